"""Ingest: good files become articles; each kind of bad input becomes a Problem naming the
file (and line where there is one) while the other files are still read."""

from pathlib import Path

import pytest

from newsclaims.ingest import MAX_ARTICLE_BYTES, discover, ingest_files, parse_article

AR = "قال المرصد السوري لحقوق الإنسان إن عشرة مدنيين قتلوا في غارة جوية على البلدة أمس.\n"
EN = "The health ministry said 14 people were killed and 30 wounded in the shelling on Monday.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_plain_txt_without_front_matter(tmp_path):
    write(tmp_path, "report-1.txt", EN)
    [article], problems = ingest_files(discover(tmp_path))
    assert problems == []
    assert article.article_id == "report-1"
    assert article.language == "en"
    assert article.text == EN.strip()
    assert article.published is None and article.published_basis == "unknown"
    assert len(article.sha256) == 64 and article.n_chars == len(EN.strip())


def test_front_matter_fields(tmp_path):
    write(tmp_path, "x.md", "---\nid: my-id\nlanguage: ar\npublished: 2016-09-19\n"
          "outlet: Example\nurl: https://example.org/a\nretrieved: 2026-11-20\n---\n" + AR)
    [article], problems = ingest_files(discover(tmp_path))
    assert problems == []
    assert (article.article_id, article.language, article.published, article.published_basis,
            article.outlet, article.retrieved) == ("my-id", "ar", "2016-09-19", "stated",
                                                   "Example", "2026-11-20")
    assert article.source_file == "x.md"


def test_language_detected_from_script(tmp_path):
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.txt", EN)
    articles, _ = ingest_files(discover(tmp_path))
    assert [a.language for a in articles] == ["ar", "en"]


def test_html_page_main_text_is_extracted(tmp_path):
    body = "".join(f"<p>{EN.strip()} Paragraph {i} adds detail about the strike and its toll.</p>"
                   for i in range(4))
    html = ("<!DOCTYPE html><html><head><title>Strike toll rises</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>Strike toll rises</h1>{body}</article>"
            "<footer>© 2016 Example Media</footer></body></html>")
    write(tmp_path, "page.html", html)
    [article], problems = ingest_files(discover(tmp_path))
    assert [p for p in problems if p.severity == "error"] == []
    assert "14 people were killed" in article.text
    assert "<p>" not in article.text and "Home" not in article.text.split("\n")[0]


def errors_for(tmp_path, name, content):
    write(tmp_path, "good.txt", EN)
    write(tmp_path, name, content)
    articles, problems = ingest_files(discover(tmp_path))
    assert [a.article_id for a in articles] == ["good"], "the good article must still be read"
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1
    assert errors[0].file == name
    return errors[0]


def test_empty_file(tmp_path):
    err = errors_for(tmp_path, "empty.txt", "  \n\n")
    assert "empty" in err.reason


def test_undecodable_bytes_name_the_line(tmp_path):
    err = errors_for(tmp_path, "latin1.txt", "line one\nline two\nna\xefve caf\xe9\n".encode("latin-1"))
    assert "UTF-8" in err.reason and err.line == 3


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_read(tmp_path, encoding):
    raw = ("\ufeff" if encoding == "utf-16-be" else "") + AR
    write(tmp_path, "u16.txt", raw.encode(encoding))
    [article], problems = ingest_files(discover(tmp_path))
    assert problems == [] and article.text == AR.strip() and article.language == "ar"


def test_broken_utf16_is_refused_with_advice(tmp_path):
    err = errors_for(tmp_path, "u16.txt", EN.encode("utf-16")[:-1] + b"\x00\xd8")
    assert "UTF-16" in err.reason and "UTF-8" in err.reason and err.line == 1


def test_broken_front_matter_names_the_line(tmp_path):
    err = errors_for(tmp_path, "broken.md", "---\nid: b\ntitle: [oops\nlanguage: en\n---\n" + EN)
    assert "YAML" in err.reason and err.line is not None and 2 <= err.line <= 5


def test_unclosed_front_matter(tmp_path):
    err = errors_for(tmp_path, "unclosed.md", "---\nid: c\n" + EN)
    assert "never closed" in err.reason and err.line == 1


def test_bad_date_names_its_line(tmp_path):
    err = errors_for(tmp_path, "date.md", "---\nid: d\nlanguage: en\npublished: 19/09/2016\n---\n" + EN)
    assert "published" in err.reason and err.line == 4


def test_unsupported_language(tmp_path):
    err = errors_for(tmp_path, "fr.md", "---\nlanguage: fr\n---\n" + EN)
    assert "unsupported language" in err.reason and err.line == 2


@pytest.mark.parametrize("name", ["article 12.txt", "مقال القصف ٣.txt", "Report (2).txt",
                                  "wire_copy.v2-final.txt"])
def test_any_plain_file_name_is_the_article_id(tmp_path, name):
    # the held-out files are named as their owners named them: the stem is the id, as it is
    write(tmp_path, name, AR)
    articles, problems = ingest_files(discover(tmp_path))
    assert problems == [] and [a.article_id for a in articles] == [Path(name).stem]


def test_language_cannot_be_detected(tmp_path):
    err = errors_for(tmp_path, "digits.txt", "12 34 56 78\n2016\n")
    assert "language" in err.reason


def test_html_with_no_article_text(tmp_path):
    err = errors_for(tmp_path, "junk.html",
                     "<html><head><script>var a=1;</script></head><body><nav></nav></body></html>")
    assert "HTML" in err.reason


@pytest.mark.parametrize("bad_id", ["../x", "/etc/passwd", "a/b", "..", ".hidden", "a\\\\b", "a:b",
                                    "_draft"])
def test_ids_that_would_escape_the_output_folder(tmp_path, bad_id):
    err = errors_for(tmp_path, "escape.md", f"---\nid: '{bad_id}'\n---\n" + AR)
    assert "invalid article id" in err.reason and err.line == 2


def test_duplicate_id(tmp_path):
    write(tmp_path, "good.txt", EN)
    write(tmp_path, "other.md", "---\nid: good\n---\n" + AR)
    articles, problems = ingest_files(discover(tmp_path))
    assert [a.source_file for a in articles] == ["good.txt"]
    assert problems[0].file == "other.md" and "duplicate article id" in problems[0].reason


def test_duplicate_text_under_another_name(tmp_path):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "b.txt", EN.replace(" ", "  ").replace("e", "e\u200f", 1))  # same words
    articles, problems = ingest_files(discover(tmp_path))
    assert len(articles) == 1
    assert "same text as a.txt" in problems[0].reason


def test_oversized_file(tmp_path):
    err = errors_for(tmp_path, "huge.txt", "word " * (MAX_ARTICLE_BYTES // 5 + 10))
    assert "larger than any article" in err.reason


def test_unknown_front_matter_key_is_a_warning_not_an_error(tmp_path):
    write(tmp_path, "w.md", "---\nlanguage: en\nauthor: someone\n---\n" + EN)
    [article], problems = ingest_files(discover(tmp_path))
    assert [(p.severity, p.line) for p in problems] == [("warning", 3)]
    assert article.article_id == "w"


def test_only_article_files_are_discovered(tmp_path):
    for name in ["a.txt", "b.md", "c.html", ".hidden.txt", "notes.docx", "d.TXT"]:
        write(tmp_path, name, EN)
    assert [p.name for p in discover(tmp_path)] == ["a.txt", "b.md", "c.html", "d.TXT"]


def test_parse_article_is_pure():
    a1, _ = parse_article(EN, "z.txt")
    a2, _ = parse_article(EN, "z.txt")
    assert a1 == a2


def test_articles_in_subfolders_are_found_in_path_order(tmp_path):
    for sub in ("en", "ar", ".git"):
        (tmp_path / sub).mkdir()
    write(tmp_path / "en", "b.txt", EN)
    write(tmp_path / "ar", "a.txt", AR)
    write(tmp_path / ".git", "x.txt", EN.replace("14", "15"))  # hidden folders are skipped
    write(tmp_path, "notes.csv", "a,b\n")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == ["ar/a.txt", "en/b.txt"]
    articles, problems = ingest_files(discover(tmp_path))
    assert problems == [] and [a.article_id for a in articles] == ["a", "b"]
