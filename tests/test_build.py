"""End-to-end builds through the CLI, on folders of composed articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from frictionless import Package
from typer.testing import CliRunner

from newsclaims import build as build_module
from newsclaims.cli import app
from newsclaims.package import package_files
from newsclaims.paths import REPO_ROOT
from newsclaims.validate import Failure, ValidationReport

AR_ARTICLE = """قالت وزارة الصحة في بيان إن 23 شخصاً قتلوا وأصيب أكثر من 40 آخرين في قصف استهدف سوقاً شعبية.
من جهته، أفاد المرصد السوري لحقوق الإنسان بأن عدد القتلى ارتفع إلى 31 بينهم سبعة أطفال.
وقال مصدر طبي لمراسلنا إن عشرات الجرحى نقلوا إلى مستشفيات المدينة.
"""
EN_ARTICLE = """The Interior Ministry said 18 people were killed and dozens wounded when a car bomb exploded near a checkpoint on Sunday.
A police source, who spoke on condition of anonymity, told Reuters that at least 25 people had died.
"We have received 12 bodies so far," a doctor at the city hospital said.
"""


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ar-market-shelling.txt").write_text(AR_ARTICLE, encoding="utf-8")
    (folder / "en-car-bomb.txt").write_text(EN_ARTICLE, encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(app, ["build", "--no-progress", *args])


def read(out: Path, table: str) -> pl.DataFrame:
    return pl.read_csv(out / "data" / f"{table}.csv", infer_schema=False)


def test_build_plain_txt_corpus_gives_a_valid_package(tmp_path):
    out = tmp_path / "pkg"
    result = run("--articles", str(corpus(tmp_path / "in")), "--out", str(out))
    assert result.exit_code == 0, result.output
    for rel in package_files():
        assert (out / rel).is_file(), rel
    report = Package(str(out / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "message"])[:5]
    articles = read(out, "articles")
    assert sorted(articles["article_id"]) == ["ar-market-shelling", "en-car-bomb"]
    assert sorted(articles["language"]) == ["ar", "en"]
    assert read(out, "claims").height >= 4
    assert read(out, "figures").height >= 4


def test_every_span_is_the_rows_verbatim_text(tmp_path):
    out = tmp_path / "pkg"
    assert run("--articles", str(corpus(tmp_path / "in")), "--out", str(out)).exit_code == 0
    texts = dict(read(out, "articles").select("article_id", "text").iter_rows())
    checked = 0
    for table, cols in [("claims", [("text", "char_start", "char_end"), ("cue", "cue_start", "cue_end"),
                                    ("source_text", "source_start", "source_end")]),
                        ("figures", [("text", "char_start", "char_end")])]:
        for row in read(out, table).iter_rows(named=True):
            for col, start, end in cols:
                if row[start] is None:
                    continue
                assert texts[row["article_id"]][int(row[start]):int(row[end])] == row[col]
                checked += 1
    assert checked >= 12


def test_two_builds_are_byte_identical(tmp_path):
    articles = corpus(tmp_path / "in")
    for name in ("one", "two"):
        assert run("--articles", str(articles), "--out", str(tmp_path / name)).exit_code == 0
    for rel in package_files():
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes(), rel


def test_bad_files_are_reported_and_the_rest_still_builds(tmp_path):
    articles = corpus(tmp_path / "in")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    (articles / "broken.md").write_text("---\nid: x\ntitle: [oops\n---\nText", encoding="utf-8")
    (articles / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    out = tmp_path / "pkg"
    result = run("--articles", str(articles), "--out", str(out))
    assert result.exit_code == 1
    for name in ("empty.txt", "broken.md:", "latin1.txt:1"):
        assert name in result.output
    assert read(out, "articles").height == 2


def test_failed_validation_leaves_previous_package_untouched(tmp_path, monkeypatch):
    articles = corpus(tmp_path / "in")
    out = tmp_path / "pkg"
    assert run("--articles", str(articles), "--out", str(out)).exit_code == 0
    before = {rel: (out / rel).read_bytes() for rel in package_files()}
    (articles / "en-extra.txt").write_text(EN_ARTICLE.replace("18", "19"), encoding="utf-8")

    def failing(stage):
        return ValidationReport(stage, [Failure("test", "figures", "forced failure")])

    monkeypatch.setattr(build_module, "validate_package", failing)
    result = run("--articles", str(articles), "--out", str(out))
    assert result.exit_code == 2
    assert "failed validation" in result.output
    assert {rel: (out / rel).read_bytes() for rel in package_files()} == before
    assert not list(out.glob(".build-*")), "no staging folder left behind"


def test_advisory_check_failure_still_publishes_with_a_warning(tmp_path, monkeypatch):
    articles = corpus(tmp_path / "in")
    out = tmp_path / "pkg"

    def advisory_only(stage):
        return ValidationReport(stage, [Failure("consistency:speaker-two-ids", "claims",
                                                "the same speaker under two source_ids")])

    monkeypatch.setattr(build_module, "validate_package", advisory_only)
    result = run("--articles", str(articles), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "passed with warnings" in result.output
    assert "speaker-two-ids" in result.output
    assert read(out, "articles").height == 2


def test_interrupted_write_leaves_previous_package_untouched(tmp_path, monkeypatch):
    articles = corpus(tmp_path / "in")
    out = tmp_path / "pkg"
    assert run("--articles", str(articles), "--out", str(out)).exit_code == 0
    before = {rel: (out / rel).read_bytes() for rel in package_files()}

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "write_package", crash)
    with pytest.raises(KeyboardInterrupt):
        build_module.build_package(articles, out, cache=False)  # no cache: the write must happen
    assert {rel: (out / rel).read_bytes() for rel in package_files()} == before


def test_missing_articles_folder_is_a_clear_error(tmp_path):
    result = run("--articles", str(tmp_path / "nope"), "--out", str(tmp_path / "pkg"))
    assert result.exit_code == 2
    assert "articles folder not found" in result.output


def test_console_script_is_installed_in_the_venv():
    exe = Path(sys.executable).parent / "newsclaims"
    assert exe.is_file()
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=True)
    for command in ("build", "validate"):
        assert command in result.stdout


def test_committed_package_is_what_the_code_builds(tmp_path):
    """The dataset in the repository is exactly the build of data/raw: nobody edits it by hand,
    and nobody changes the extraction without rebuilding it (`newsclaims build`)."""
    out = tmp_path / "pkg"
    result = run("--out", str(out))  # the repository's own inputs, written elsewhere
    assert result.exit_code == 0, result.output
    for rel in package_files():
        committed = REPO_ROOT / rel
        assert committed.is_file(), f"{rel} missing: run `newsclaims build`"
        assert (out / rel).read_bytes() == committed.read_bytes(), (
            f"{rel} differs from a fresh build: run `newsclaims build` and commit")


def test_files_named_with_spaces_and_arabic_letters_build_a_valid_package(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "مقال القصف ٣.txt").write_text(AR_ARTICLE, encoding="utf-8")
    (src / "Car bomb (Reuters).txt").write_text(EN_ARTICLE, encoding="utf-8")
    out = tmp_path / "pkg"
    result = run("--articles", str(src), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(read(out, "articles")["article_id"]) == ["Car bomb (Reuters)", "مقال القصف ٣"]
    assert set(read(out, "claims")["article_id"]) == {"Car bomb (Reuters)", "مقال القصف ٣"}
    report = Package(str(out / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "message"])[:5]
