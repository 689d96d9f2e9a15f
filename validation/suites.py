"""The great-expectations suites of the package: one per table, plus one on per-article counts.

Most expectations are derived from `scripts/newsclaims/schema.py` (the one definition of every
table), so a new field, enum value or pattern is validated without touching this file:

    schema.py                       expectation
    ---------------------------     ------------------------------------------------------
    integer/number/boolean type     expect_column_values_to_be_in_type_list
    required=True                   expect_column_values_to_not_be_null
    enum=(...)                      expect_column_values_to_be_in_set
    pattern=...                     expect_column_values_to_match_regex
    minimum=...                     expect_column_values_to_be_between(min_value=...)
    unique=True / primary_key       expect_column_values_to_be_unique / compound_columns_...
    date fields                     expect_column_values_to_match_regex (ISO 8601 date)

`EXTRA` holds what the schema cannot say (intervals, span order, spans inside the article) and
`validation/thresholds.yaml` the row-count numbers that catch a silent collapse.

Each expectation is plain data: {"type": <GX expectation type>, "kwargs": {...},
"meta": {"check": <short name used in reports>}}. `newsclaims.validate_gx` runs them through one
GX checkpoint. Derived columns (prefixed `_`) are added to a table's batch by that module:
`_article_n_chars` is the `n_chars` of the row's article.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from newsclaims.schema import TABLES, Table

HERE = Path(__file__).resolve().parent
THRESHOLDS_PATH = HERE / "thresholds.yaml"

ISO_DATE = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

# pandas dtypes (or, for object columns, Python types) each Table Schema type may arrive as.
# Strings and dates are text in any CSV: their check is their pattern (dates: ISO_DATE).
PANDAS_TYPES: dict[str, list[str]] = {
    "integer": ["int64", "Int64Dtype"],
    "number": ["float64", "int64", "Int64Dtype"],
    "boolean": ["bool", "boolean"],
}

# The derived per-article table (one row per article) the row-count expectations look at.
ARTICLE_COUNTS = "article_counts"


def expect(type_: str, check: str, **kwargs) -> dict:
    return {"type": type_, "kwargs": kwargs, "meta": {"check": check}}


def schema_expectations(table: Table) -> list[dict]:
    """Everything schema.py says about one table, as expectations."""
    out: list[dict] = []
    for f in table.fields:
        col = f.name
        if f.type in PANDAS_TYPES:
            out.append(expect("expect_column_values_to_be_in_type_list", "type",
                              column=col, type_list=PANDAS_TYPES[f.type]))
        if f.required or col in table.primary_key:
            out.append(expect("expect_column_values_to_not_be_null", "not-null", column=col))
        if f.enum is not None:
            out.append(expect("expect_column_values_to_be_in_set", "in-set",
                              column=col, value_set=list(f.enum)))
        if f.pattern is not None:
            out.append(expect("expect_column_values_to_match_regex", "regex",
                              column=col, regex=f.pattern))
        if f.type == "date":
            out.append(expect("expect_column_values_to_match_regex", "iso-date",
                              column=col, regex=ISO_DATE))
        if f.minimum is not None:
            out.append(expect("expect_column_values_to_be_between", "minimum",
                              column=col, min_value=f.minimum))
        if f.unique and (col,) != table.primary_key:
            out.append(expect("expect_column_values_to_be_unique", "unique", column=col))
    if len(table.primary_key) == 1:
        out.append(expect("expect_column_values_to_be_unique", "primary-key",
                          column=table.primary_key[0]))
    else:
        out.append(expect("expect_compound_columns_to_be_unique", "primary-key",
                          column_list=list(table.primary_key)))
    return out


def _span_order(start: str, end: str) -> list[dict]:
    """start < end, and end <= n_chars of the article the row indexes into."""
    ignore = {"ignore_row_if": "either_value_is_missing"}
    return [
        expect("expect_column_pair_values_a_to_be_greater_than_b", f"{start}<{end}",
               column_A=end, column_B=start, or_equal=False, **ignore),
        expect("expect_column_pair_values_a_to_be_greater_than_b", f"{end}<=n_chars",
               column_A="_article_n_chars", column_B=end, or_equal=True, **ignore),
    ]


# What schema.py cannot express. Keyed by table name.
EXTRA: dict[str, list[dict]] = {
    "claims": [
        *_span_order("char_start", "char_end"),
        *_span_order("cue_start", "cue_end"),
        *_span_order("source_start", "source_end"),
    ],
    "figures": [
        *_span_order("char_start", "char_end"),
        expect("expect_column_pair_values_a_to_be_greater_than_b", "value_low<=value",
               column_A="value", column_B="value_low", or_equal=True,
               ignore_row_if="either_value_is_missing"),
        expect("expect_column_pair_values_a_to_be_greater_than_b", "value<=value_high",
               column_A="value_high", column_B="value", or_equal=True,
               ignore_row_if="either_value_is_missing"),
    ],
    "articles": [
        expect("expect_column_value_lengths_to_equal", "sha256-length", column="sha256",
               value=64),
    ],
}


def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def row_count_expectations(table: str, thresholds: dict) -> list[dict]:
    return [expect("expect_table_row_count_to_be_between", "row-count",
                   min_value=int(thresholds["min_rows"].get(table, 0)))]


def article_count_expectations(thresholds: dict, n_articles: int) -> list[dict]:
    """Expectations on the derived per-article table (article_id, n_claims, n_figures,
    has_claims, n_figures_if_claims: n_figures, empty for articles without claims, so its mean
    is over the articles with claims); empty below `per_article.min_articles` articles."""
    per = thresholds["per_article"]
    if n_articles < int(per["min_articles"]):
        return []
    return [
        expect("expect_column_mean_to_be_between", "figures-per-article-with-claims",
               column="n_figures_if_claims",
               min_value=float(per["min_mean_figures_per_article_with_claims"])),
        expect("expect_column_mean_to_be_between", "share-articles-with-claims",
               column="has_claims", min_value=float(per["min_share_articles_with_claims"])),
    ]


def suites(n_articles: int, thresholds: dict | None = None) -> dict[str, list[dict]]:
    """Every suite, by batch name (the four tables and `article_counts`)."""
    thresholds = thresholds or load_thresholds()
    out = {t.name: schema_expectations(t) + EXTRA.get(t.name, [])
           + row_count_expectations(t.name, thresholds) for t in TABLES}
    out[ARTICLE_COUNTS] = article_count_expectations(thresholds, n_articles)
    return out


if __name__ == "__main__":  # print the suites: `python validation/suites.py`
    import json

    print(json.dumps(suites(n_articles=10**6), indent=1, ensure_ascii=False))
