"""Ingest: article files in, normalised `Article` records (or a `Problem` naming file and line).

`parse_article` is pure (content in, article out); `read_article` and `ingest_dir` are the I/O
edges. A bad file never stops the others: it becomes a Problem and the build goes on.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from newsclaims import frontmatter
from newsclaims.html_text import extract_html, looks_like_html
from newsclaims.language import detect_language
from newsclaims.extract.view import matching_view
from newsclaims.normalize import normalize_text
from newsclaims.schema import DATE_BASES, ID_PATTERN, LANGUAGES

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# News articles are 1-50 KB; anything above this is a dump, a binary or a mistake.
MAX_ARTICLE_BYTES = 2_000_000
_ID = re.compile(ID_PATTERN)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")


@dataclass(frozen=True)
class Article:
    article_id: str
    language: str
    text: str
    source_file: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: str = "unknown"
    retrieved: str | None = None
    license: str | None = None
    notes: str | None = None

    @property
    def n_chars(self) -> int:
        return len(self.text)

    @cached_property  # computed once (ingest, the articles row and the caches all ask)
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @cached_property  # computed where the file is read, and cached (pickled) with the Article
    def reading_sha256(self) -> str:
        """sha256 of the text as a reader sees it (the matching view: single spaces, no
        invisible marks), so the same article pasted with other spacing is a duplicate."""
        view, offsets = matching_view(self.text)
        return self.sha256 if offsets is None else hashlib.sha256(view.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Problem:
    file: str
    reason: str
    line: int | None = None
    severity: str = "error"  # "error" fails the build's exit code; "warning" does not

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.reason}"


class IngestError(Exception):
    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


def decode(raw: bytes) -> str:
    """Strict UTF-8 (a BOM is dropped), or strict UTF-16 when the file starts with its byte-order
    mark (what Windows Notepad saves as "Unicode"); the error names the line of the first bad
    byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(f"starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                              f"(at byte offset {exc.start}); re-save the file as UTF-8",
                              line=1) from None
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise IngestError("file contains NUL bytes: not a text file", line=line)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise IngestError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8", line=line) from None


def _text(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def parse_article(content: str, file_name: str, is_html: bool = False) -> tuple[Article, list[Problem]]:
    """Turn a file's decoded content into an Article. Raises IngestError for bad input;
    returns warnings (unknown front-matter keys) beside the article."""
    if not content.strip():
        raise IngestError("empty file", line=1)
    warnings: list[Problem] = []
    meta: dict = {}
    body = content
    if not is_html:
        try:
            split = frontmatter.split_front_matter(content)
        except frontmatter.FrontMatterError as exc:
            raise IngestError(exc.reason, line=exc.line) from None
        meta, body = split.meta, split.body
        for key in sorted(set(map(str, meta)) - frontmatter.KNOWN_KEYS):
            warnings.append(Problem(file_name, f"unknown front-matter key {key!r} ignored",
                                    frontmatter.key_line(content, key), "warning"))
    stem = Path(file_name).stem
    html_meta = None
    if is_html or looks_like_html(body) or len(_TAG.findall(body)) >= 3:
        html_meta = extract_html(body)
        if html_meta is None:
            raise IngestError("HTML with no article text (nothing that reads as an article body)")
        body = html_meta.text
    text = normalize_text(body)
    if not text:
        raise IngestError("no article text after normalisation (only blank or boilerplate lines)")

    def line_of(key: str) -> int | None:
        return frontmatter.key_line(content, key)

    article_id = _text(meta, "id") or stem
    if not _ID.fullmatch(article_id) or ".." in article_id:
        raise IngestError(
            f"invalid article id {article_id!r}: start with a letter or digit; no '/', '\\', ':', "
            "'\"', '..' or control characters (no paths)", line=line_of("id"))
    language = _text(meta, "language")
    if language is None:
        language = detect_language(text)
        if language is None:
            raise IngestError("cannot detect the language (too few Arabic or Latin letters); "
                              "add `language: ar` or `language: en` to the front matter")
    elif language.lower() not in LANGUAGES:
        raise IngestError(f"unsupported language {language!r}; expected one of "
                          f"{', '.join(LANGUAGES)}", line=line_of("language"))
    dates = {}
    for key in ("published", "retrieved"):
        try:
            dates[key] = frontmatter.as_iso_date(meta.get(key))
        except ValueError:
            raise IngestError(f"`{key}` is not an ISO date (YYYY-MM-DD): {meta.get(key)!r}",
                              line=line_of(key)) from None
    published = dates["published"] or (html_meta.published if html_meta else None)
    basis = _text(meta, "published_basis") or ("stated" if published else "unknown")
    if basis not in DATE_BASES:
        raise IngestError(f"`published_basis` must be one of {', '.join(DATE_BASES)}",
                          line=line_of("published_basis"))
    article = Article(
        article_id=article_id,
        language=language.lower(),
        text=text,
        source_file=file_name,
        url=_text(meta, "url") or (html_meta.url if html_meta else None),
        outlet=_text(meta, "outlet") or (html_meta.outlet if html_meta else None),
        title=_text(meta, "title") or (html_meta.title if html_meta else None),
        published=published,
        published_basis=basis,
        retrieved=dates["retrieved"],
        license=_text(meta, "license"),
        notes=_text(meta, "notes"),
    )
    return article, warnings


def _check_size(size: int) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise IngestError(f"file is {size:,} bytes, larger than any article "
                          f"(limit {MAX_ARTICLE_BYTES:,}); split it or check it is an article")


def article_from_bytes(raw: bytes, file_name: str) -> tuple[Article, list[Problem]]:
    """The pure core of reading a file: its name and bytes in, the Article out (with its
    hashes computed, so they travel with it from a worker and in the cache)."""
    _check_size(len(raw))
    article, problems = parse_article(decode(raw), file_name,
                                      is_html=Path(file_name).suffix.lower() in (".html", ".htm"))
    article.sha256, article.reading_sha256  # noqa: B018 - fill the cached properties
    return article, problems


def read_article(path: Path) -> tuple[Article, list[Problem]]:
    _check_size(path.stat().st_size)  # before reading: a huge file is never loaded
    return article_from_bytes(path.read_bytes(), path.name)


def read_raw(path: Path) -> bytes:
    """A file's bytes for `article_from_bytes`; raises IngestError (too large) or OSError."""
    _check_size(path.stat().st_size)
    return path.read_bytes()


def discover(articles_dir: Path) -> list[Path]:
    """Article files in a folder and its subfolders (a corpus kept as `ar/` and `en/`), in a
    fixed order: by path relative to the folder. Hidden files and folders and other suffixes are
    skipped."""
    # os.scandir knows the file type without a stat per file; sorting strings, not Path objects,
    # is about ten times faster: both matter at 100 k files.
    found: list[str] = []
    folders = [""]
    while folders:
        rel = folders.pop()
        with os.scandir(articles_dir / rel if rel else articles_dir) as entries:
            for e in entries:
                if e.name.startswith("."):
                    continue
                if e.is_dir():
                    folders.append(f"{rel}{e.name}/")
                elif os.path.splitext(e.name)[1].lower() in ARTICLE_SUFFIXES and e.is_file():
                    found.append(rel + e.name)
    return [articles_dir / name for name in sorted(found)]


def read_one(path: Path) -> tuple[Article | None, list[Problem]]:
    """read_article with its failure as a Problem instead of an exception."""
    try:
        return read_article(path)
    except IngestError as exc:
        return None, [Problem(path.name, exc.reason, exc.line)]
    except OSError as exc:
        return None, [Problem(path.name, f"cannot read file: {exc.strerror or exc}")]


def ingest_files(paths: list[Path]) -> tuple[list[Article], list[Problem]]:
    """Read every file; duplicates (same id, or same text under another id) are problems."""
    return collect(read_one(path) for path in paths)


def collect(results: Iterable[tuple[Article | None, list[Problem]]]
            ) -> tuple[list[Article], list[Problem]]:
    """Articles and problems from per-file results given in file order; the first file with an
    id or a text wins, later duplicates become problems."""
    articles: list[Article] = []
    problems: list[Problem] = []
    by_id: dict[str, Article] = {}
    by_hash: dict[str, Article] = {}
    for article, file_problems in results:
        problems.extend(file_problems)
        if article is None:
            continue
        if article.article_id in by_id:
            first = by_id[article.article_id]
            problems.append(Problem(article.source_file, f"duplicate article id {article.article_id!r}: "
                                    f"already read from {first.source_file}; file skipped"))
            continue
        key = article.reading_sha256
        if key in by_hash:
            first = by_hash[key]
            problems.append(Problem(article.source_file, "duplicate article: same text as "
                                    f"{first.source_file} (id {first.article_id!r}); file skipped"))
            continue
        by_id[article.article_id] = article
        by_hash[key] = article
        articles.append(article)
    return articles, problems
