"""Layer 2b: the great-expectations suites of `validation/`, one GX checkpoint per table.

GX has no polars support: each table crosses to pandas at this boundary (`to_pandas()`, strings
Arrow-backed, nullable integers as `Int64`), never whole. Expectations that look at one row at a
time (types, not-null, sets, regexes, ranges, column pairs) run on each batch of rows that
`Loaded.batches` reads (in chunks of CHUNK_BYTES of the columns they name), and their counts and
examples are summed over the chunks; the others (uniqueness, row counts, means) run once, on the
columns they name, which `validate_rows` keeps whole (`needed_columns`): uniqueness on the rows
that repeat a value only, the per-article means on counts summed batch by batch. A column whose
cells did not all parse to their type (`validate_rows` reports them) is handed over as the raw
strings, so the suite's type expectation fails on it too. GX runs in an ephemeral context, with
no analytics, no progress bars, and data docs (HTML) only when asked for. It is imported here
only: it takes seconds.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import warnings
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import polars as pl

from newsclaims.paths import REPO_ROOT
from newsclaims.schema import ARTICLES, CLAIMS, FIGURES, TABLES_BY_NAME
from newsclaims.validate import N_EXAMPLES, Failure, examples
from newsclaims.validate_rows import Loaded

VALIDATION_DIR = REPO_ROOT / "validation"
# A first pass only says which expectations fail (fast); a second pass on those alone collects
# counts and offending ids (GX's own cost is per expectation, not per row).
FAST_FORMAT = {"result_format": "BOOLEAN_ONLY"}
# Expectations decided row by row: a table's verdict is the sum of its chunks' verdicts. Any
# other type (unique, compound unique, row count, mean) sees the whole table.
ROW_WISE = frozenset({
    "expect_column_values_to_be_in_type_list",
    "expect_column_values_to_not_be_null",
    "expect_column_values_to_be_in_set",
    "expect_column_values_to_match_regex",
    "expect_column_values_to_be_between",
    "expect_column_value_lengths_to_equal",
    "expect_column_pair_values_a_to_be_greater_than_b",
})
# Uniqueness: decided by the rows whose value occurs more than once, which polars finds; GX
# sees only those rows (the same verdict, count and examples as on the whole table, without
# hashing a million keys in pandas).
DUPLICATES = frozenset({
    "expect_column_values_to_be_unique",
    "expect_compound_columns_to_be_unique",
})
# Size (polars' estimate) of the columns of one chunk handed to pandas at a time.
CHUNK_BYTES = 32 << 20


@lru_cache(maxsize=1)
def suites_module():
    """validation/suites.py, the readable definition of every suite."""
    spec = importlib.util.spec_from_file_location("newsclaims_validation_suites",
                                                  VALIDATION_DIR / "suites.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module




def needed_columns() -> dict[str, list[str]]:
    """Per table, the columns its expectations that are not decided row by row name (plus the
    id column): `validate_rows` keeps them whole."""
    out: dict[str, list[str]] = {}
    for name, specs in suites_module().suites(0).items():
        table = TABLES_BY_NAME.get(name)
        if table is None:
            continue
        cols = [table.primary_key[0]]
        for spec in specs:
            if spec["type"] not in ROW_WISE:
                cols += [c for c in _spec_columns(spec) if c in table.field_names]
        out[name] = list(dict.fromkeys(cols))
    return out


def _gx_view(loaded: Loaded, name: str, raw: pl.DataFrame, typed: pl.DataFrame,
             n_chars: pl.DataFrame | None) -> pl.DataFrame:
    """A batch as GX sees it: parsed columns (raw strings where parsing failed anywhere in the
    table) + derived (`_article_n_chars`, from n_chars: article_id -> n_chars)."""
    table = TABLES_BY_NAME[name]
    bad = loaded.type_errors.get(name, set())
    df = typed.select([raw[c] if c in bad else typed[c] for c in table.field_names])
    if n_chars is not None:
        df = df.with_columns(typed.select("article_id").join(
            n_chars, on="article_id", how="left", maintain_order="left")["_article_n_chars"])
    return df


def _article_counts(articles: pl.DataFrame, counts: dict[str, list[pl.DataFrame]]
                    ) -> pl.DataFrame:
    """One row per article: its numbers of claims and figures (counts: per table, the
    batches' per-article counts)."""
    a = articles.select("article_id").drop_nulls().unique(maintain_order=True)

    def count(name: str, col: str) -> pl.DataFrame:
        return (pl.concat(counts[name]).group_by("article_id").agg(pl.col("_n").sum())
                .rename({"_n": col}))

    df = (a.join(count(CLAIMS.name, "n_claims"), on="article_id", how="left")
          .join(count(FIGURES.name, "n_figures"), on="article_id", how="left")
          .with_columns(pl.col("n_claims", "n_figures").fill_null(0).cast(pl.Int64)))
    return df.with_columns(
        (pl.col("n_claims") > 0).cast(pl.Int64).alias("has_claims"),
        pl.when(pl.col("n_claims") > 0).then(pl.col("n_figures")).cast(pl.Float64)
        .alias("n_figures_if_claims"))

def _to_pandas(df: pl.DataFrame):
    """Integers with gaps become pandas' nullable Int64 (polars would give float64); the
    others keep numpy dtypes, which GX validates with vectorised code."""
    pdf = df.to_pandas()
    for name, dtype in df.schema.items():
        if dtype == pl.Int64 and df[name].null_count():
            pdf[name] = pdf[name].astype("Int64")
    return pdf


def _exception_message(result) -> str | None:
    info = result.exception_info or {}
    if info.get("raised_exception"):
        return str(info.get("exception_message"))
    for v in info.values():
        if isinstance(v, dict) and v.get("raised_exception"):
            return str(v.get("exception_message"))
    return None


def _columns(kwargs: dict) -> list[str]:
    if "column" in kwargs:
        return [kwargs["column"]]
    if "column_A" in kwargs:
        return [kwargs["column_A"], kwargs["column_B"]]
    return list(kwargs.get("column_list") or [])


def _describe(type_: str, kwargs: dict) -> str:
    args = ", ".join(f"{k}={v}" for k, v in kwargs.items()
                     if k not in ("column", "column_A", "column_B", "column_list", "batch_id",
                                  "condition_parser")
                     and not (k == "value_set" and len(v) > 8))
    return f"{type_}({args})" if args else type_


def _num(value) -> str:
    """Numbers as a reader writes them: 23 not 23.0, 0.167 not 0.16666666666666666."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return str(int(f)) if f.is_integer() else f"{f:.3g}"


def _failure(name: str, id_col: str, result, type_errors: set[str]) -> Failure | None:
    config = result.expectation_config
    kwargs = {k: v for k, v in config.kwargs.items() if v is not None}
    cols = _columns(kwargs)
    check = "gx:" + (config.meta or {}).get("check", config.type)
    error = _exception_message(result)
    if error is not None:
        if set(cols) & type_errors:
            return None  # the type expectation on that column names the problem
        return Failure(check, name, f"{config.type} could not run: {error[:200]}",
                       ", ".join(cols) or None)
    r = result.result or {}
    count = r.get("unexpected_count")
    index = r.get("partial_unexpected_index_list") or []
    if index:
        shown = [c for c in cols if c != id_col] or [id_col]
        values = [", ".join(f"{c}={_num(row.get(c))}" for c in shown) if len(shown) > 1
                  else row.get(shown[0]) for row in index]
        ex = examples([row.get(id_col) for row in index], values)
    elif "observed_value" in r:
        ex = (("observed", _num(r["observed_value"])),)
    else:
        ex = ()
    return Failure(check, name, _describe(config.type, kwargs), ", ".join(cols) or None,
                   int(count) if count is not None else None, ex)


class _Runner:
    """An ephemeral GX context and the checkpoints made in it, reused across validations in one
    process (GX spends most of its time per expectation on bookkeeping, not on data)."""

    def __init__(self, data_docs: Path | None = None):
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.execution_engine import pandas_execution_engine

        # GX fingerprints every pandas batch under HASH_THRESHOLD bytes (hashing each row: a
        # sixth of its time here) for a batch marker nothing reads: no fingerprints.
        pandas_execution_engine.HASH_THRESHOLD = 0

        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.data_docs = data_docs
        if data_docs is not None:
            self.context.add_data_docs_site(site_name="newsclaims", site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                  "base_directory": str(Path(data_docs).resolve())},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            })
        self.source = self.context.data_sources.add_pandas("newsclaims")
        self.checkpoints: dict[str, object] = {}

    def checkpoint(self, name: str, specs: list[dict], result_format: dict, docs: bool):
        from great_expectations.checkpoint import UpdateDataDocsAction
        from great_expectations.expectations.expectation_configuration import (
            ExpectationConfiguration,
        )

        key = json.dumps([name, specs, result_format, docs], sort_keys=True, default=str)
        if key in self.checkpoints:
            return self.checkpoints[key]
        gx, uid = self.gx, f"{name}-{len(self.checkpoints)}"
        suite = gx.ExpectationSuite(name=uid)
        for i, spec in enumerate(specs):  # meta "n": results do not come back in suite order
            suite.add_expectation_configuration(ExpectationConfiguration(
                type=spec["type"], kwargs=spec["kwargs"], meta={**spec["meta"], "n": i}))
        suite = self.context.suites.add(suite)
        batch_def = self.source.add_dataframe_asset(uid).add_batch_definition_whole_dataframe(uid)
        vd = self.context.validation_definitions.add(
            gx.ValidationDefinition(name=uid, data=batch_def, suite=suite))
        actions = [UpdateDataDocsAction(name="data_docs")] if docs else []
        cp = self.context.checkpoints.add(gx.Checkpoint(
            name=uid, validation_definitions=[vd], actions=actions, result_format=result_format))
        self.checkpoints[key] = cp
        return cp

    def run(self, name: str, specs: list[dict], df, result_format: dict, docs: bool = False):
        cp = self.checkpoint(name, specs, result_format, docs)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = cp.run(batch_parameters={"dataframe": df})
        self.forget_batches()
        return [r for vr in out.run_results.values() for r in vr.results]

    def forget_batches(self) -> None:
        """The data source's execution engine keeps every batch it was given and the metrics
        computed on it (per-row masks included): drop them, or a table validated chunk by chunk
        would end up in memory whole after all."""
        engine = self.source.get_execution_engine()
        engine.batch_manager.reset_batch_cache()
        engine.batch_manager.batch_data_cache.clear()
        if isinstance(getattr(engine, "_metric_cache", None), dict):
            engine._metric_cache.clear()


@lru_cache(maxsize=1)
def _shared_runner() -> _Runner:
    return _Runner()


def _spec_columns(spec: dict) -> list[str]:
    return _columns({k: v for k, v in spec["kwargs"].items() if v is not None})


def _parts(df: pl.DataFrame, specs: list[dict], id_col: str, mode: str):
    """The frames one group of expectations runs on: only the columns they name (and the id
    column that names offending rows); the whole table ("whole"), its rows whose values of
    those columns occur more than once ("duplicates"), or chunks of rows of about CHUNK_BYTES."""
    named: list[str] = []
    for spec in specs:
        named += [c for c in _spec_columns(spec) if c not in named and c in df.columns]
    if mode == "whole" and not named:
        # expectations on the table itself (row count) name no column: they get the table's
        # number of rows, not a million ids to convert and hash
        yield pl.DataFrame({id_col: pl.zeros(df.height, pl.UInt8, eager=True)})
        return
    df = df.select([id_col] + [c for c in named if c != id_col])
    if mode == "duplicates":
        key = pl.col(named[0]) if len(named) == 1 else pl.struct(named)
        yield df.filter(key.is_duplicated())
        return
    if mode == "whole" or df.height == 0:
        yield df
        return
    parts = -(-df.estimated_size() // CHUNK_BYTES)  # of equal size: no small last one
    rows = max(1, -(-df.height // max(1, parts)))
    for offset in range(0, df.height, rows):
        yield df.slice(offset, rows)


def _release_memory() -> None:
    """Give the pages of a freed chunk back (pyarrow's pool and glibc keep them otherwise, and
    the next chunk would not always reuse them)."""
    import gc

    import pyarrow as pa

    from newsclaims.parallel import release_memory

    gc.collect()  # GX's result objects hold the chunk in reference cycles
    pa.default_memory_pool().release_unused()
    release_memory()


def _merge(a: Failure | None, b: Failure | None) -> Failure | None:
    """One expectation's failures on two consecutive chunks: counts add up, the examples stay
    the first few in row order."""
    if a is None or b is None:
        return a if b is None else b
    if a.count is None or b.count is None:
        return a
    return replace(a, count=a.count + b.count, examples=(a.examples + b.examples)[:N_EXAMPLES])


def _run_group(runner: _Runner, name: str, specs: list[dict], index: list[int], parts,
               id_col: str, type_errors: set[str], docs: bool,
               found: dict[int, Failure | None]) -> None:
    """Run the expectations specs[i] for i in index on each frame of parts, adding their
    failures (merged over the frames) to found, by index in the suite."""
    group = [specs[i] for i in index]
    for part in parts:
        pdf = _to_pandas(part)
        results = runner.run(name, group, pdf, FAST_FORMAT, docs=docs)
        failed = sorted(r.expectation_config.meta["n"] for r in results if not r.success)
        if failed:
            details = {"result_format": "SUMMARY", "partial_unexpected_count": N_EXAMPLES,
                       "unexpected_index_column_names": [id_col]}
            for result in runner.run(f"{name}-failed", [group[n] for n in failed], pdf, details):
                at = index[failed[result.expectation_config.meta["n"]]]
                found[at] = _merge(found.get(at), _failure(name, id_col, result, type_errors))
        del pdf
        _release_memory()


class SuiteRun:
    """The suites of validation/suites.py on a package read by `validate_rows`: `batch` runs
    the row-wise expectations on each batch of a table, `finish` the others and returns the
    failures, by table and in suite order."""

    def __init__(self, loaded: Loaded, data_docs: Path | None = None):
        self.loaded = loaded
        self.suites = suites_module()
        n_articles = loaded.n_rows.get(ARTICLES.name, 0) if loaded.ok(ARTICLES.name) else 0
        self.definitions = self.suites.suites(n_articles)
        self.runner = _Runner(data_docs) if data_docs is not None else _shared_runner()
        self.docs = data_docs is not None
        self.found: dict[str, dict[int, Failure | None]] = {n: {} for n in TABLES_BY_NAME}
        self.counts: dict[str, list[pl.DataFrame]] = {CLAIMS.name: [], FIGURES.name: []}
        self.n_chars = None
        if loaded.ok(ARTICLES.name):
            n = loaded.kept(ARTICLES.name).select("article_id",
                                                  pl.col("n_chars").alias("_article_n_chars"))
            self.n_chars = n.filter(pl.col("article_id").is_not_null()).unique(
                "article_id", keep="first")

    def wanted(self, name: str) -> bool:
        return self.loaded.ok(name)

    def batch(self, name: str, raw: pl.DataFrame, typed: pl.DataFrame) -> None:
        specs = self.definitions[name]
        index = [i for i, s in enumerate(specs) if s["type"] in ROW_WISE]
        table = TABLES_BY_NAME[name]
        n_chars = self.n_chars if name in (CLAIMS.name, FIGURES.name) else None
        df = _gx_view(self.loaded, name, raw, typed, n_chars)
        if index:
            _run_group(self.runner, name, specs, index,
                       _parts(df, [specs[i] for i in index], table.primary_key[0], "rows"),
                       table.primary_key[0], self.loaded.type_errors.get(name, set()),
                       self.docs, self.found[name])
        if name in self.counts:
            self.counts[name].append(typed.group_by("article_id").agg(pl.len().alias("_n")))

    def finish(self) -> list[Failure]:
        failures: list[Failure] = []
        for name, table in TABLES_BY_NAME.items():
            if not self.loaded.ok(name):
                continue
            specs, found = self.definitions[name], self.found[name]
            id_col, errors = table.primary_key[0], self.loaded.type_errors.get(name, set())
            kept = self.loaded.kept(name, as_gx=True)
            for i, s in enumerate(specs):
                if s["type"] in DUPLICATES:
                    _run_group(self.runner, name, specs, [i],
                               _parts(kept, [s], id_col, "duplicates"), id_col, errors,
                               self.docs, found)
            whole = [i for i, s in enumerate(specs) if s["type"] not in ROW_WISE | DUPLICATES]
            if whole:
                _run_group(self.runner, name, specs, whole,
                           _parts(kept, [specs[i] for i in whole], id_col, "whole"), id_col,
                           errors, self.docs, found)
            failures += [found[i] for i in sorted(found) if found[i] is not None]
        specs = self.definitions.get(self.suites.ARTICLE_COUNTS)
        if specs and self.loaded.ok(ARTICLES.name, CLAIMS.name, FIGURES.name):
            counts = _article_counts(self.loaded.kept(ARTICLES.name), self.counts)
            found = {}
            groups = [[i for i, s in enumerate(specs) if s["type"] in ROW_WISE],
                      [i for i, s in enumerate(specs) if s["type"] not in ROW_WISE]]
            for mode, index in zip(("rows", "whole"), groups, strict=True):
                if index:
                    _run_group(self.runner, self.suites.ARTICLE_COUNTS, specs, index,
                               _parts(counts, [specs[i] for i in index], "article_id", mode),
                               "article_id", set(), self.docs, found)
            failures += [found[i] for i in sorted(found) if found[i] is not None]
        return failures
