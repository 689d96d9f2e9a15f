"""Mutation tests: each corruption of a valid package must fail validation and name its check.

Every mutation is applied to a copy of one valid package (tests/_validation_package.py). Row
corruptions re-stamp the descriptor's bytes and hash, as a buggy build would, so that the check
under test — not the hash — has to catch them. Each mutation also records whether plain
frictionless (full row validation) rejects it: our frictionless + polars row layers must give
the same verdict on every one.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
from _validation_package import write_valid_package

from newsclaims.package import DESCRIPTOR
from newsclaims.validate import validate_package

# Checks of ours that plain frictionless does not make (the descriptor against schema.py).
OURS_ONLY = {"frictionless:schema-drift", "frictionless:profile"}


@pytest.fixture(scope="module")
def valid_package(tmp_path_factory) -> Path:
    return write_valid_package(tmp_path_factory.mktemp("valid") / "pkg")


# --- helpers: edit a package copy the way a buggy build would --------------------------------

def read(pkg: Path, table: str) -> pl.DataFrame:
    return pl.read_csv(pkg / "data" / f"{table}.csv", infer_schema=False)


def descriptor(pkg: Path) -> dict:
    return json.loads((pkg / DESCRIPTOR).read_text(encoding="utf-8"))


def write_descriptor(pkg: Path, d: dict) -> None:
    (pkg / DESCRIPTOR).write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")


def restamp(pkg: Path, table: str) -> None:
    data = (pkg / "data" / f"{table}.csv").read_bytes()
    d = descriptor(pkg)
    for r in d["resources"]:
        if r["name"] == table:
            r["bytes"], r["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    write_descriptor(pkg, d)


def write_bytes(pkg: Path, table: str, data: bytes) -> None:
    (pkg / "data" / f"{table}.csv").write_bytes(data)
    restamp(pkg, table)


def write(pkg: Path, table: str, df: pl.DataFrame) -> None:
    write_bytes(pkg, table, df.write_csv(line_terminator="\n", null_value="").encode("utf-8"))


def edit(table: str, where: tuple[str, str], **changes: str | None) -> Callable[[Path], None]:
    """Set columns of the row(s) where column == value (all cells are strings)."""
    col, value = where

    def apply(pkg: Path) -> None:
        df = read(pkg, table)
        hit = pl.col(col) == value
        assert df.filter(hit).height >= 1, f"no {table} row with {col} == {value!r}"
        write(pkg, table, df.with_columns(
            pl.when(hit).then(pl.lit(v, dtype=pl.String)).otherwise(pl.col(k)).alias(k)
            for k, v in changes.items()))
    return apply


def claim_id_of(pkg: Path, text_prefix: str) -> str:
    return read(pkg, "claims").filter(pl.col("text").str.starts_with(text_prefix))["claim_id"][0]


# --- the mutations ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Mutation:
    name: str
    apply: Callable[[Path], None]
    check: str  # the check that must be named (a prefix when it ends with ":")
    frictionless_rejects: bool  # does plain `frictionless validate` reject it?


def _fk_broken(pkg):
    edit("figures", ("text", "14"), claim_id="en-flood-01:c000000-000001")(pkg)


def _duplicate_pk(pkg):
    df = read(pkg, "figures")
    write(pkg, "figures", pl.concat([df, df.filter(pl.col("text") == "12")]))


def _wrong_hash(pkg):
    d = descriptor(pkg)
    d["resources"][3]["hash"] = "sha256:" + hashlib.sha256(b"another file").hexdigest()
    write_descriptor(pkg, d)


def _wrong_bytes(pkg):
    d = descriptor(pkg)
    d["resources"][1]["bytes"] += 1
    write_descriptor(pkg, d)


def _missing_file(pkg):
    (pkg / "data" / "sources.csv").unlink()


def _extra_column(pkg):
    write(pkg, "figures", read(pkg, "figures").with_columns(pl.lit("0.9").alias("confidence")))


def _missing_column(pkg):
    write(pkg, "claims", read(pkg, "claims").drop("stance"))


def _non_utf8(pkg):
    data = (pkg / "data" / "claims.csv").read_bytes()
    i = data.index("المرصد".encode())
    write_bytes(pkg, "claims", data[:i] + b"\xff" + data[i + 1:])


def _figure_outside_article(pkg):
    arts = read(pkg, "articles")
    n = int(arts.filter(pl.col("article_id") == "ar-arrests-06")["n_chars"][0])
    edit("figures", ("text", "12"), char_start=str(n + 2), char_end=str(n + 4),
         figure_id=f"ar-arrests-06:f{n + 2:06d}-{n + 4:06d}")(pkg)


def _text_edited(pkg):
    df = read(pkg, "articles")
    write(pkg, "articles", df.with_columns(pl.col("text").str.replace("Tuesday", "Monday")))


def _source_unreferenced(pkg):
    df = read(pkg, "sources")
    ghost = pl.DataFrame([{"source_id": "ghost", "name": "A ghost", "name_en": None,
                           "kind": "other", "named": "false", "side": None,
                           "registered": "false"}], schema=df.schema)
    write(pkg, "sources", pl.concat([df, ghost]))


def _speaker_two_ids(pkg):
    edit("claims", ("claim_id", claim_id_of(pkg, "3 more bodies")), source_id="border-army")(pkg)


def _figures_collapse(pkg):
    write(pkg, "figures", read(pkg, "figures").head(1))


def _descriptor_invalid(pkg):
    d = descriptor(pkg)
    d["resources"][0]["schema"]["fields"][0]["type"] = "whole"
    write_descriptor(pkg, d)


def _schema_drift(pkg):
    d = descriptor(pkg)
    fields = d["resources"][3]["schema"]["fields"]
    next(f for f in fields if f["name"] == "category")["constraints"].pop("enum")
    write_descriptor(pkg, d)


def _empty_cue_span(pkg):
    c = read(pkg, "claims").filter(pl.col("cue") == "saying")
    edit("claims", ("cue", "saying"), cue_end=c["cue_start"][0])(pkg)


def _row_id(pkg):
    edit("claims", ("text", "Nobody was hurt,"), claim_id="en-market-03:c000002-000018")(pkg)


def _figure_in_other_article(pkg):
    edit("figures", ("text", "2"), claim_id=claim_id_of(pkg, "14 people"))(pkg)


def _duplicate_claim_span(pkg):
    df = read(pkg, "claims")
    twin = df.filter(pl.col("text").str.starts_with("8 fighters")).with_columns(
        pl.lit("en-border-02:c000001-000002").alias("claim_id"))
    write(pkg, "claims", pl.concat([df, twin]))


def _figures_without_claims(pkg):
    write(pkg, "claims", read(pkg, "claims").filter(pl.col("article_id") != "ar-arrests-06"))


def _ragged_row(pkg):
    data = (pkg / "data" / "sources.csv").read_bytes()
    write_bytes(pkg, "sources", data + b"ghost,A ghost\n")


MUTATIONS = [
    Mutation("broken-foreign-key", _fk_broken, "rows:foreign-key", True),
    Mutation("span-not-its-text", edit("claims", ("text", "dozens of families had fled their homes"),
                                       text="hundreds of families had fled their homes"),
             "consistency:span-text", False),
    Mutation("negative-value", edit("figures", ("text", "8"), value_low="-8"), "rows:minimum", True),
    Mutation("low-above-value", edit("figures", ("text", "23"), value_low="30"),
             "gx:value_low<=value", False),
    Mutation("value-above-high", edit("figures", ("text", "about 40"), value_high="38"),
             "gx:value<=value_high", False),
    Mutation("duplicate-primary-key", _duplicate_pk, "rows:primary-key", True),
    Mutation("unknown-category", edit("figures", ("text", "50"), category="injured"),
             "rows:enum", True),
    Mutation("unknown-language", edit("articles", ("article_id", "en-market-03"), language="fr"),
             "rows:enum", True),
    Mutation("wrong-hash", _wrong_hash, "frictionless:hash-count", True),
    Mutation("wrong-byte-count", _wrong_bytes, "frictionless:byte-count", True),
    Mutation("missing-resource-file", _missing_file, "frictionless:missing-file", True),
    Mutation("extra-column", _extra_column, "rows:header", True),
    Mutation("missing-column", _missing_column, "rows:header", True),
    Mutation("empty-required-field", edit("claims", ("cue", "told reporters"), cue=None),
             "rows:required", True),
    Mutation("non-utf8-bytes", _non_utf8, "rows:encoding", True),
    Mutation("figure-outside-article", _figure_outside_article, "consistency:span-in-article", False),
    Mutation("article-text-edited", _text_edited, "consistency:article-sha256", False),
    Mutation("source-unreferenced", _source_unreferenced, "consistency:source-unreferenced", False),
    Mutation("speaker-under-two-ids", _speaker_two_ids, "consistency:speaker-two-ids", False),
    Mutation("figures-collapse", _figures_collapse, "gx:figures-per-article-with-claims", False),
    Mutation("not-an-integer", edit("claims", ("cue", "said"), cue_start="x5"), "rows:type", True),
    Mutation("not-a-date", edit("articles", ("article_id", "en-flood-01"), published="2025-13-45"),
             "rows:type", True),
    Mutation("not-a-boolean", edit("sources", ("source_id", "residents"), named="yes"),
             "rows:type", True),
    Mutation("pattern-mismatch", edit("articles", ("article_id", "ar-village-05"),
                                      sha256="F" * 64), "rows:pattern", True),
    Mutation("descriptor-invalid", _descriptor_invalid, "frictionless:", True),
    Mutation("schema-drift", _schema_drift, "frictionless:schema-drift", False),
    Mutation("empty-cue-span", _empty_cue_span, "gx:cue_start<cue_end", False),
    Mutation("row-id-not-from-span", _row_id, "consistency:row-id", False),
    Mutation("figure-claim-in-other-article", _figure_in_other_article,
             "consistency:figure-claim", False),
    Mutation("duplicate-claim-span", _duplicate_claim_span, "consistency:duplicate-claim-span",
             False),
    Mutation("figures-without-claims", _figures_without_claims,
             "consistency:figures-without-claims", True),
    Mutation("ragged-row", _ragged_row, "rows:required", True),
]


def _names(report) -> list[str]:
    return [str(f) for f in report.failures]


def mutated(valid_package: Path, tmp_path: Path, m: Mutation) -> Path:
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    m.apply(pkg)
    return pkg


def test_at_least_fifteen_distinct_mutations():
    assert len({m.name for m in MUTATIONS}) == len(MUTATIONS) >= 15
    assert len({m.check for m in MUTATIONS}) >= 15


def test_rewriting_a_table_unchanged_keeps_its_bytes(valid_package, tmp_path):
    """The helpers re-write CSVs: a no-op edit must give the same bytes (and so still pass)."""
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    for table in ("articles", "sources", "claims", "figures"):
        before = (pkg / "data" / f"{table}.csv").read_bytes()
        write(pkg, table, read(pkg, table))
        assert (pkg / "data" / f"{table}.csv").read_bytes() == before


@pytest.mark.parametrize("m", MUTATIONS, ids=lambda m: m.name)
def test_mutation_fails_validation_and_names_its_check(m, valid_package, tmp_path):
    pkg = mutated(valid_package, tmp_path, m)
    report = validate_package(pkg)
    assert not report.ok
    if m.check.endswith(":"):
        named = [c for c in report.checks_failed if c.startswith(m.check) and c not in OURS_ONLY]
        assert named, _names(report)
    else:
        assert m.check in report.checks_failed, _names(report)
    failure = next(f for f in report.failures if f.check.startswith(m.check))
    assert (failure.count is None or failure.count >= 1) and failure.table and failure.message


@pytest.mark.parametrize("m", MUTATIONS, ids=lambda m: m.name)
def test_same_verdict_as_plain_frictionless(m, valid_package, tmp_path):
    """frictionless (descriptor, bytes, hash) + polars rows == frictionless' full validation."""
    from frictionless import FrictionlessException, Package

    pkg = mutated(valid_package, tmp_path, m)
    try:
        full = Package(str(pkg / DESCRIPTOR), basepath=str(pkg)).validate()
        full_rejects, errors = not full.valid, full.flatten(["type", "message"])[:5]
    except FrictionlessException as exc:  # a descriptor it cannot even load
        full_rejects, errors = True, [str(exc)]
    assert full_rejects == m.frictionless_rejects, errors
    ours = validate_package(pkg, layers=("frictionless", "rows"))
    ours_rejects = any(f.check not in OURS_ONLY for f in ours.failures)
    assert ours_rejects == m.frictionless_rejects, _names(ours)


def test_chunked_layers_report_what_whole_tables_do(valid_package, tmp_path, monkeypatch):
    """Every layer reads big tables a batch of records at a time, and the GX and consistency
    layers walk each batch a chunk of rows at a time; they sum the chunks' failures, and GX
    checks uniqueness on the rows that repeat a value only. With one row per batch and per
    chunk, a package broken on many rows of every table must get the very report (checks,
    counts, first examples, order) that whole tables give."""
    from newsclaims import validate_consistency, validate_gx, validate_rows

    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    figures = read(pkg, "figures")
    figures = pl.concat([figures, figures.filter(pl.col("text").is_in(["12", "8"]))])
    write(pkg, "figures", figures.with_columns(value_low=pl.lit("999")))
    claims = read(pkg, "claims")
    write(pkg, "claims", claims.with_columns(
        cue_end=pl.when(pl.col("cue").str.starts_with("sa")).then(pl.col("cue_start"))
        .otherwise(pl.col("cue_end")),
        text=pl.when(pl.col("quote") == "direct").then(pl.lit("Someone was hurt,"))
        .otherwise(pl.col("text")),
        stance=pl.when(pl.col("cue").str.starts_with("sa")).then(pl.lit("maybe"))
        .otherwise(pl.col("stance"))))
    _text_edited(pkg)
    _speaker_two_ids(pkg)
    layers = ("rows", "gx", "consistency")
    with monkeypatch.context() as m:
        m.setattr(validate_gx, "DUPLICATES", frozenset())
        m.setattr(validate_rows, "BLOCK_BYTES", 1 << 30)
        whole = validate_package(pkg, layers=layers)
    monkeypatch.setattr(validate_rows, "BLOCK_BYTES", 1)
    monkeypatch.setattr(validate_gx, "CHUNK_BYTES", 1)
    monkeypatch.setattr(validate_consistency, "TEXT_BUDGET", 1)
    chunked = validate_package(pkg, layers=layers)
    many = [f for f in whole.failures if (f.count or 0) > 1]
    assert {"rows:enum", "rows:primary-key", "gx:value_low<=value", "gx:cue_start<cue_end",
            "gx:primary-key", "consistency:span-in-article",
            "consistency:speaker-two-ids"} <= {f.check for f in many}, _names(whole)
    assert [f.to_dict() for f in chunked.failures] == [f.to_dict() for f in whole.failures]
