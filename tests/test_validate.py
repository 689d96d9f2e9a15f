"""Validation: a clean package passes silently; the suites follow schema.py; the CLI reports.

The corruptions themselves are in test_mutations.py.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import warnings
from pathlib import Path

import polars as pl
import pytest
from _validation_package import write_valid_package
from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.package import DESCRIPTOR
from newsclaims.schema import TABLES
from newsclaims.validate import LAYERS, Failure, render_report, validate_package
from newsclaims.validate_gx import VALIDATION_DIR, suites_module

sys.path.insert(0, str(VALIDATION_DIR))


@pytest.fixture(scope="module")
def valid_package(tmp_path_factory) -> Path:
    return write_valid_package(tmp_path_factory.mktemp("valid") / "pkg")


def _write_restamped(pkg: Path, table: str, data: bytes) -> None:
    """Write a table and its bytes and hash into the descriptor, like a buggy build would."""
    (pkg / "data" / f"{table}.csv").write_bytes(data)
    d = json.loads((pkg / DESCRIPTOR).read_text(encoding="utf-8"))
    res = next(r for r in d["resources"] if r["name"] == table)
    res["bytes"], res["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    (pkg / DESCRIPTOR).write_text(json.dumps(d), encoding="utf-8")


def _break_figure_value(pkg: Path) -> None:
    """A negative value on one figure."""
    df = pl.read_csv(pkg / "data" / "figures.csv", infer_schema=False)
    df = df.with_columns(pl.when(pl.col("text") == "8").then(pl.lit("-8"))
                         .otherwise(pl.col("value_low")).alias("value_low"))
    _write_restamped(pkg, "figures", df.write_csv(line_terminator="\n", null_value="").encode())


# --- a clean package ----------------------------------------------------------------------

def test_clean_package_passes_every_layer_with_zero_warnings(valid_package):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = validate_package(valid_package)
    assert report.ok, [str(f) for f in report.failures]
    assert report.warnings == [] and report.skipped == []
    # Deprecation notices raised while importing third-party packages are theirs, not ours.
    ours = [w for w in caught if not (issubclass(w.category, DeprecationWarning)
                                      and "site-packages" in w.filename)]
    assert [str(w.message) for w in ours] == []
    assert set(report.timings) >= set(LAYERS)


def test_plain_frictionless_also_accepts_the_clean_package(valid_package):
    from frictionless import Package

    report = Package(str(valid_package / DESCRIPTOR), basepath=str(valid_package)).validate()
    assert report.valid, report.flatten(["type", "message"])
    assert report.warnings == []


def test_missing_descriptor_is_a_failure_not_a_crash(tmp_path):
    report = validate_package(tmp_path)
    assert not report.ok
    assert "frictionless:descriptor" in report.checks_failed


def test_a_one_word_speaker_may_be_two_speakers_in_one_article(valid_package, tmp_path):
    """'المرصد' (like 'the ministry' or 'he') may refer to different speakers in one article:
    only mentions written out in full must keep one source_id (see test_mutations)."""
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    path = pkg / "data" / "claims.csv"
    df = pl.read_csv(path, infer_schema=False)
    hit = pl.col("text").str.starts_with("3 أطفال")
    assert df.filter(hit)["source_text"].to_list() == ["المرصد"]
    df = df.with_columns(pl.when(hit).then(pl.lit("agency")).otherwise(pl.col("source_id"))
                         .alias("source_id"))
    _write_restamped(pkg, "claims", df.write_csv(line_terminator="\n", null_value="").encode())
    report = validate_package(pkg, layers=("consistency",))
    assert report.ok, [str(f) for f in report.failures]


# --- the suites are derived from schema.py ----------------------------------------------

def test_suites_cover_every_constraint_of_schema_py():
    suites = suites_module().suites(n_articles=0)
    for table in TABLES:
        specs = suites[table.name]

        def has(type_, **kwargs):
            return any(s["type"] == type_ and all(s["kwargs"].get(k) == v
                                                  for k, v in kwargs.items()) for s in specs)
        for f in table.fields:
            if f.required:
                assert has("expect_column_values_to_not_be_null", column=f.name), f.name
            if f.enum:
                assert has("expect_column_values_to_be_in_set", column=f.name,
                           value_set=list(f.enum)), f.name
            if f.pattern:
                assert has("expect_column_values_to_match_regex", column=f.name,
                           regex=f.pattern), f.name
            if f.minimum is not None:
                assert has("expect_column_values_to_be_between", column=f.name,
                           min_value=f.minimum), f.name
            if f.type in ("integer", "number", "boolean"):
                assert has("expect_column_values_to_be_in_type_list", column=f.name), f.name
        assert has("expect_column_values_to_be_unique", column=table.primary_key[0])
        assert has("expect_table_row_count_to_be_between")
        assert all(s["meta"]["check"] for s in specs)


def test_per_article_expectations_apply_only_from_min_articles():
    mod = suites_module()
    minimum = mod.load_thresholds()["per_article"]["min_articles"]
    assert mod.suites(n_articles=minimum - 1)[mod.ARTICLE_COUNTS] == []
    checks = {s["meta"]["check"] for s in mod.suites(n_articles=minimum)[mod.ARTICLE_COUNTS]}
    assert checks == {"figures-per-article-with-claims", "share-articles-with-claims"}


def test_figures_suite_checks_interval_and_span_order():
    checks = {s["meta"]["check"] for s in suites_module().suites(0)["figures"]}
    assert {"value_low<=value", "value<=value_high", "char_start<char_end",
            "char_end<=n_chars"} <= checks


# --- the report and the command --------------------------------------------------------------

def test_failure_names_table_column_count_and_examples():
    f = Failure("rows:minimum", "figures", "below the minimum 0", "value_low", 2,
                (("a:f000001-000002", "-8"), ("b:f000003-000004", "-1")))
    text = str(f)
    for part in ("rows:minimum", "figures.value_low", "2 rows", "a:f000001-000002", "'-8'"):
        assert part in text
    assert f.to_dict()["examples"][0] == {"id": "a:f000001-000002", "value": "-8"}


def test_cli_validate_clean_exits_0(valid_package):
    result = CliRunner().invoke(app, ["validate", str(valid_package)])
    assert result.exit_code == 0, result.output
    assert "VALID" in result.output and "INVALID" not in result.output


def test_cli_validate_reports_the_offending_row_and_exits_1(valid_package, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    _break_figure_value(pkg)
    result = CliRunner().invoke(app, ["validate", str(pkg)])
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if "rows:minimum" in x)
    assert "figures.value_low" in line and "(1 rows)" in line
    assert "en-border-02:f" in line and "'-8'" in line
    assert "INVALID" in result.output


def test_cli_validate_json(valid_package, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    _break_figure_value(pkg)
    result = CliRunner().invoke(app, ["validate", str(pkg), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["ok"] is False
    minimum = next(f for f in report["failures"] if f["check"] == "rows:minimum")
    assert minimum["table"] == "figures" and minimum["column"] == "value_low"
    assert minimum["count"] == 1 and minimum["layer"] == "rows"
    assert minimum["examples"][0]["value"] == "-8"
    gx = [f for f in report["failures"] if f["layer"] == "gx"]
    assert any(f["column"] == "value_low" for f in gx), gx


def test_render_report_of_a_clean_package(valid_package):
    text = render_report(validate_package(valid_package, layers=("frictionless", "rows")))
    assert "frictionless" in text and "rows" in text and text.splitlines()[-1].startswith("VALID")


def test_data_docs_are_written_on_request(valid_package, tmp_path):
    docs = tmp_path / "docs"
    result = CliRunner().invoke(app, ["validate", str(valid_package), "--data-docs", str(docs)])
    assert result.exit_code == 0, result.output
    assert (docs / "index.html").is_file()


# --- reading in batches ---------------------------------------------------------------------

@pytest.mark.parametrize("block", [1, 7, 40, 1 << 20])
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_batches_split_only_between_records(tmp_path, monkeypatch, block, ending):
    """Blocks end at a newline outside quotes: a quoted value with newlines, doubled quotes,
    commas or an empty quoted string stays in one record whatever the block size, and the
    batches hold the rows a whole-file read holds, numbered as frictionless numbers them."""
    from newsclaims import validate_rows

    rows = ['id,text,n', 'a1,"one line",1', 'a2,"two\nlines, ""quoted""",2', 'a3,,3',
            'a4,"""",4', 'a5,"ends with a newline\n",5', 'a6,""," 6"']
    path = tmp_path / "t.csv"
    path.write_bytes(ending.join(rows).encode("utf-8"))  # and no newline at the end
    monkeypatch.setattr(validate_rows, "BLOCK_BYTES", block)
    header = path.read_bytes().split(b"\n", 1)[0] + b"\n"
    spans: list = []
    batches = list(validate_rows._raw_batches(header, validate_rows._blocks(path, header, spans)))
    got = pl.concat(batches)
    assert got[validate_rows.ROW].to_list() == [2, 3, 4, 5, 6, 7]
    assert got["id"].to_list() == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert got["text"].to_list() == ["one line", 'two\nlines, "quoted"', None, '"',
                                     "ends with a newline\n", None]
    again = pl.concat(validate_rows._raw_batches(header, validate_rows._blocks_at(path, spans)))
    assert again.equals(got)
