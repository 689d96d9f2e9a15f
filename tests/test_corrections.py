"""Reviewers' corrections: reject, correct, add; stale corrections stop the build."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import _packages as P
from newsclaims.corrections import (DEFAULT_PATH, CorrectionError, apply_corrections,
                                    load_corrections, parse_corrections)
from newsclaims.schema import row_id

WHO = {"who": "A. Reviewer", "when": "2026-11-26", "why": "checked against the text"}


def _tables():
    return P.tables(P.rows())


def _apply(*items, tables=None):
    return apply_corrections(tables or _tables(),
                             parse_corrections({"corrections": [dict(i, **WHO) for i in items]}))


def _fig(tables, text):
    return tables["figures"].filter(tables["figures"]["text"] == text).row(0, named=True)


def _claim(tables, source_id):
    return tables["claims"].filter(tables["claims"]["source_id"] == source_id).row(0, named=True)


def _spans_hold(tables):
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"]))
    for name in ("claims", "figures"):
        for r in tables[name].iter_rows(named=True):
            assert texts[r["article_id"]][r["char_start"]:r["char_end"]] == r["text"]
    for r in tables["claims"].iter_rows(named=True):
        assert texts[r["article_id"]][r["cue_start"]:r["cue_end"]] == r["cue"]


def test_no_corrections_leave_tables_alone():
    t = _tables()
    assert apply_corrections(t, []) is t


def test_shipped_corrections_file_parses():
    assert DEFAULT_PATH.is_file()
    load_corrections(DEFAULT_PATH)  # documented, valid; may be empty
    assert "corrections" in yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def test_reject_a_figure():
    t = _tables()
    fig = _fig(t, "dozens")
    out = _apply({"id": "c1", "action": "reject", "row": fig["figure_id"]})
    assert fig["figure_id"] not in out["figures"]["figure_id"].to_list()
    assert out["figures"].height == 3 and out["claims"].height == 4


def test_reject_a_claim_takes_its_figures_and_unused_source():
    t = _tables()
    claim = _claim(t, "residents")
    out = _apply({"id": "c1", "action": "reject", "row": claim["claim_id"]})
    assert claim["claim_id"] not in out["claims"]["claim_id"].to_list()
    assert claim["claim_id"] not in out["figures"]["claim_id"].to_list()
    assert out["figures"].height == 3
    assert "residents" not in out["sources"]["source_id"].to_list()


def test_correct_category_marks_row_curated():
    t = _tables()
    fig = _fig(t, "14")
    out = _apply({"id": "corr-7", "action": "correct", "row": fig["figure_id"],
                  "set": {"category": "wounded", "subject": "people"},
                  "was": {"category": "killed"}})
    row = _fig(out, "14")
    assert (row["category"], row["subject"], row["origin"], row["rule"]) == \
        ("wounded", "people", "curated", "corr-7")
    other = _fig(out, "9")
    assert (other["origin"], other["rule"]) == ("extracted", "test.rule")


def test_keyed_by_article_and_span():
    t = _tables()
    fig = _fig(t, "9")
    out = _apply({"id": "c1", "action": "correct", "article": "ar-1", "table": "figures",
                  "span": [fig["char_start"], fig["char_end"]], "text": "9",
                  "set": {"value": 11}})
    assert _fig(out, "9")["value"] == 11.0


def test_correct_span_gives_new_id_and_text():
    t = _tables()
    fig = _fig(t, "dozens")
    start, end = P.span(P.EN_TEXT, "that dozens")
    out = _apply({"id": "c1", "action": "correct", "row": fig["figure_id"],
                  "set": {"span": [start, end]}})
    new = out["figures"].filter(out["figures"]["char_start"] == start).row(0, named=True)
    assert new["figure_id"] == row_id("en-1", "f", start, end)
    assert new["text"] == "that dozens"
    assert fig["figure_id"] not in out["figures"]["figure_id"].to_list()
    _spans_hold(out)


def test_correct_claim_span_repoints_its_figures():
    t = _tables()
    claim = _claim(t, "health-ministry")
    start, end = P.span(P.EN_TEXT, "14 people were killed")
    out = _apply({"id": "c1", "action": "correct", "row": claim["claim_id"],
                  "set": {"span": [start, end]}})
    new_id = row_id("en-1", "c", start, end)
    assert new_id in out["claims"]["claim_id"].to_list()
    assert _fig(out, "14")["claim_id"] == new_id
    _spans_hold(out)


def test_correct_source_to_a_new_speaker():
    t = _tables()
    claim = _claim(t, "residents")
    out = _apply({"id": "c1", "action": "correct", "row": claim["claim_id"],
                  "set": {"source_id": "market-traders"},
                  "sources": [{"source_id": "market-traders", "name": "market traders",
                               "kind": "residents", "named": False}]})
    assert "market-traders" in out["sources"]["source_id"].to_list()
    assert "residents" not in out["sources"]["source_id"].to_list()
    with pytest.raises(CorrectionError, match="not in the sources table"):
        _apply({"id": "c2", "action": "correct", "row": claim["claim_id"],
                "set": {"source_id": "nobody-known"}})


def test_add_a_missed_figure():
    t = _tables()
    claim = _claim(t, "residents")
    start, end = P.span(P.EN_TEXT, "three")
    out = _apply({"id": "add-1", "action": "add", "table": "figures", "article": "en-1",
                  "span": [start, end], "text": "three",
                  "set": {"claim_id": claim["claim_id"], "value": 3, "kind": "exact",
                          "category": "displaced", "subject": "families"}})
    row = _fig(out, "three")
    assert row["figure_id"] == row_id("en-1", "f", start, end)
    assert (row["value_low"], row["value"], row["value_high"]) == (3.0, 3.0, 3.0)
    assert (row["origin"], row["rule"], row["category"]) == ("curated", "add-1", "displaced")
    _spans_hold(out)


def test_add_a_missed_claim():
    start, end = P.span(P.EN_TEXT, "three families fled")
    cs, ce = P.span(P.EN_TEXT, "told reporters")
    out = _apply({"id": "add-2", "action": "add", "table": "claims", "article": "en-1",
                  "span": [start, end], "text": "three families fled",
                  "set": {"source_id": "residents", "cue_span": [cs, ce]}})
    row = out["claims"].filter(out["claims"]["rule"] == "add-2").row(0, named=True)
    assert (row["cue"], row["quote"], row["stance"], row["origin"]) == \
        ("told reporters", "indirect", "asserted", "curated")
    _spans_hold(out)


def test_stale_corrections_stop_with_their_id():
    t = _tables()
    fig = _fig(t, "14")
    with pytest.raises(CorrectionError, match=r"'gone-1'.*no longer in figures"):
        _apply({"id": "gone-1", "action": "reject", "row": "en-1:f000001-000003"})
    with pytest.raises(CorrectionError, match=r"'was-1'.*category is 'killed', was 'wounded'"):
        _apply({"id": "was-1", "action": "correct", "row": fig["figure_id"],
                "set": {"category": "missing"}, "was": {"category": "wounded"}})
    with pytest.raises(CorrectionError, match=r"'same-1'.*exactly these values"):
        _apply({"id": "same-1", "action": "correct", "row": fig["figure_id"],
                "set": {"category": "killed"}})
    with pytest.raises(CorrectionError, match=r"'text-1'.*now holds '14'"):
        _apply({"id": "text-1", "action": "reject", "row": fig["figure_id"], "text": "41"})
    with pytest.raises(CorrectionError, match=r"'dup-1'.*the rules now extract"):
        _apply({"id": "dup-1", "action": "add", "table": "figures", "article": "en-1",
                "span": [fig["char_start"], fig["char_end"]], "text": "14",
                "set": {"claim_id": fig["claim_id"], "value": 14, "kind": "exact",
                        "category": "killed"}})
    start, end = P.span(P.EN_TEXT, "three")
    with pytest.raises(CorrectionError, match=r"'add-3'.*now holds 'three', not 'four'"):
        _apply({"id": "add-3", "action": "add", "table": "figures", "article": "en-1",
                "span": [start, end], "text": "four",
                "set": {"claim_id": fig["claim_id"], "value": 4, "kind": "exact",
                        "category": "displaced"}})
    with pytest.raises(CorrectionError, match=r"'art-1'.*article 'en-9' is not in the package"):
        _apply({"id": "art-1", "action": "add", "table": "figures", "article": "en-9",
                "span": [0, 2], "text": "xx",
                "set": {"claim_id": fig["claim_id"], "value": 4, "kind": "exact",
                        "category": "displaced"}})


@pytest.mark.parametrize("item, message", [
    ({"action": "reject", "row": "en-1:f000001-000003", **WHO}, "needs an `id`"),
    ({"id": "x", "action": "reject", "row": "en-1:f000001-000003", "who": "R"},
     "missing when, why"),
    ({"id": "x", "action": "delete", "row": "en-1:f000001-000003", **WHO}, "action must be"),
    ({"id": "x", "action": "reject", "row": "en-1:x1", **WHO}, "not a claim or figure row id"),
    ({"id": "x", "action": "correct", "row": "en-1:f000001-000003", "set": {"text": "9"}, **WHO},
     "cannot correct text"),
    ({"id": "x", "action": "correct", "row": "en-1:f000001-000003", **WHO}, "needs `set`"),
    ({"id": "x", "action": "reject", "article": "en-1", "span": [3, 1], "table": "figures",
      **WHO}, "span is"),
    ({"id": "x", "action": "reject", "article": "en-1", "span": [1, 3], **WHO}, "table: claims"),
    ({"id": "x", "action": "add", "table": "figures", "article": "en-1", "span": [1, 3],
      **WHO}, "needs `text`"),
])
def test_malformed_corrections(item, message):
    with pytest.raises(CorrectionError, match=message):
        parse_corrections({"corrections": [item]})


def test_duplicate_ids_and_load_errors(tmp_path: Path):
    item = {"id": "x", "action": "reject", "row": "en-1:f000001-000003", **WHO}
    with pytest.raises(CorrectionError, match="used twice"):
        parse_corrections({"corrections": [item, item]})
    with pytest.raises(CorrectionError, match="not found"):
        load_corrections(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("corrections: [\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="not valid YAML"):
        load_corrections(bad)
    good = tmp_path / "good.yaml"
    good.write_text("# comment\ncorrections:\n  - id: r1\n    action: reject\n"
                    "    row: en-1:f000001-000003\n    who: R\n    when: 2026-11-26\n"
                    "    why: wrong\n", encoding="utf-8")
    (c,) = load_corrections(good)
    assert (c.id, c.table, c.when) == ("r1", "figures", "2026-11-26")
    assert load_corrections(None) == []


def test_build_applies_corrections_and_stops_on_stale_ones(tmp_path: Path, monkeypatch):
    """The build runs corrections after assembling; a stale one fails it, naming the id."""
    from newsclaims import build

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "en-1.txt").write_text(P.EN_TEXT + "\n", encoding="utf-8")
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text(yaml.safe_dump({"corrections": [
        {"id": "stale-9", "action": "reject", "row": "en-1:f000500-000502", **WHO}]}),
        encoding="utf-8")
    with pytest.raises(build.BuildFailed, match="stale-9"):
        build.build_package(articles, tmp_path / "out", corrections_path=corrections,
                            validate=False)
    assert not (tmp_path / "out" / "datapackage.json").exists()


def test_build_writes_curated_rows(tmp_path: Path):
    """Rows added by corrections reach the published, validated CSVs with their provenance."""
    import polars as pl

    from newsclaims import build

    text = "Three families fled the village before dawn."
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "en-2.txt").write_text(text + "\n", encoding="utf-8")
    c_start, c_end = P.span(text, "Three families fled the village")
    claim_id = row_id("en-2", "c", c_start, c_end)
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text(yaml.safe_dump({"corrections": [
        {"id": "add-claim", "action": "add", "table": "claims", "article": "en-2",
         "span": [c_start, c_end], "text": "Three families fled the village",
         "set": {"source_id": "village-elder", "cue_span": list(P.span(text, "fled"))},
         "sources": [{"source_id": "village-elder", "name": "village elder",
                      "kind": "residents", "named": False}], **WHO},
        {"id": "add-figure", "action": "add", "table": "figures", "article": "en-2",
         "span": list(P.span(text, "Three")), "text": "Three",
         "set": {"claim_id": claim_id, "value": 3, "kind": "exact", "category": "displaced"},
         **WHO}]}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    report = build.build_package(articles, out, corrections_path=corrections)
    assert report.validation is not None and report.validation.ok
    figures = pl.read_csv(out / "data" / "figures.csv", infer_schema=False)
    row = figures.filter(pl.col("rule") == "add-figure").row(0, named=True)
    assert (row["text"], row["origin"], row["claim_id"]) == ("Three", "curated", claim_id)
    sources = pl.read_csv(out / "data" / "sources.csv", infer_schema=False)
    assert "village-elder" in sources["source_id"].to_list()
