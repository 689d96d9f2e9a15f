"""From ingested articles and their extractions to the four tables (polars), in schema order.

Pure: no file I/O. Row ids come from content (article id + span), so a rebuild keeps the id of
every unchanged row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter, itemgetter

import polars as pl

from newsclaims.extract.model import Extraction, SourceRef
from newsclaims.ingest import Article
from newsclaims.schema import ARTICLES, CLAIMS, COLUMN_TYPES, FIGURES, SOURCES, Table, row_id

_POLARS_TYPES = {t: getattr(pl, dtype) for t, (dtype, _) in COLUMN_TYPES.items()}


def polars_schema(table: Table) -> dict[str, pl.DataType]:
    return {f.name: _POLARS_TYPES[f.type] for f in table.fields}


def frame(table: Table, rows: Iterable[dict]) -> pl.DataFrame:
    """A DataFrame with exactly the table's columns and types, sorted by its primary key."""
    rows = list(rows)
    schema = polars_schema(table)
    df = pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)
    return df.select(table.field_names).sort(list(table.primary_key))


def columns_frame(table: Table, columns: tuple[list, ...]) -> pl.DataFrame:
    """A table's columns (one list of values per field, in schema order) as a frame of its
    polars types, in the order given."""
    return pl.DataFrame(dict(zip(table.field_names, columns)), schema=polars_schema(table))


@dataclass(frozen=True)
class ArticleRows:
    """All rows one article contributes (claims and figures), plus the sources it refers to."""

    article: dict
    claims: list[dict]
    figures: list[dict]
    sources: list[SourceRef]


def article_row(a: Article) -> dict:
    return {
        "article_id": a.article_id, "url": a.url, "outlet": a.outlet, "title": a.title,
        "language": a.language, "published": a.published, "published_basis": a.published_basis,
        "retrieved": a.retrieved, "license": a.license, "notes": a.notes,
        "source_file": a.source_file, "n_chars": a.n_chars, "sha256": a.sha256, "text": a.text,
    }


def _article_getters() -> list:
    """Per articles-table field, the function of an Article that article_row puts there."""
    if not _ARTICLE_GETTERS:
        keys = article_row(Article("x", "en", "", "x.txt")).keys()
        _ARTICLE_GETTERS.extend(attrgetter(f) if f in keys else (lambda a: None)
                                for f in ARTICLES.field_names)
    return _ARTICLE_GETTERS


_ARTICLE_GETTERS: list = []


def rows_for_article(article: Article, extraction: Extraction) -> ArticleRows:
    text = article.text
    aid = article.article_id
    claims: list[dict] = []
    claim_ids: list[str] = []
    sources: list[SourceRef] = []
    for c in extraction.claims:
        cid = row_id(aid, "c", c.start, c.end)
        claim_ids.append(cid)
        sources.append(c.source)
        if c.via is not None:
            sources.append(c.via)
        claims.append({
            "claim_id": cid, "article_id": aid, "source_id": c.source.source_id,
            "via_source_id": c.via.source_id if c.via else None,
            "source_text": c.source_text, "source_start": c.source_start,
            "source_end": c.source_end, "cue": c.cue, "cue_start": c.cue_start,
            "cue_end": c.cue_end, "text": text[c.start:c.end], "char_start": c.start,
            "char_end": c.end, "quote": c.quote, "stance": c.stance, "rule": c.rule,
            "origin": "extracted",
        })
    figures = []
    for claim_index, f in extraction.figures:
        n = f.number
        figures.append({
            "figure_id": row_id(aid, "f", n.start, n.end), "claim_id": claim_ids[claim_index],
            "article_id": aid, "text": text[n.start:n.end], "char_start": n.start,
            "char_end": n.end, "value_low": float(n.value_low), "value": float(n.value),
            "value_high": None if n.value_high is None else float(n.value_high),
            "kind": n.kind, "category": f.category, "subject": f.subject, "rule": f.rule,
            "origin": "extracted",
        })
    return ArticleRows(article_row(article), claims, figures, sources)


def columns_for_article(article: Article, extraction: Extraction) -> tuple:
    """`to_columns(rows_for_article(article, extraction)).columns`, built straight into
    columns without a dict per row (what extraction workers send back and the cache stores;
    tests/test_columns.py checks the two agree). Columns are read with C-level `map` over
    attribute getters: this runs once per article in every worker."""
    text = article.text
    aid = article.article_id
    cl = extraction.claims
    n = len(cl)
    starts = list(map(_START, cl))
    ends = list(map(_END, cl))
    claim_ids = [f"{aid}:c{s:06d}-{e:06d}" for s, e in zip(starts, ends)]  # = schema.row_id
    srcs = list(map(_SOURCE, cl))
    vias = list(map(_VIA, cl))
    claims = (
        claim_ids, [aid] * n, list(map(_SOURCE_ID, srcs)),
        [v.source_id if v else None for v in vias],
        list(map(_SOURCE_TEXT, cl)), list(map(_SOURCE_START, cl)), list(map(_SOURCE_END, cl)),
        list(map(_CUE, cl)), list(map(_CUE_START, cl)), list(map(_CUE_END, cl)),
        [text[s:e] for s, e in zip(starts, ends)], starts, ends,
        list(map(_QUOTE, cl)), list(map(_STANCE, cl)), list(map(_RULE, cl)),
        ["extracted"] * n,
    )
    fl = extraction.figures
    m = len(fl)
    figs = list(map(_SECOND, fl))
    nums = list(map(_NUMBER, figs))
    fstarts = list(map(_START, nums))
    fends = list(map(_END, nums))
    figures = (
        [f"{aid}:f{s:06d}-{e:06d}" for s, e in zip(fstarts, fends)],  # = schema.row_id
        [claim_ids[k] for k, _ in fl], [aid] * m,
        [text[s:e] for s, e in zip(fstarts, fends)], fstarts, fends,
        list(map(float, map(_VALUE_LOW, nums))), list(map(float, map(_VALUE, nums))),
        [None if h is None else float(h) for h in map(_VALUE_HIGH, nums)],
        list(map(_KIND, nums)), list(map(_CATEGORY, figs)), list(map(_SUBJECT, figs)),
        list(map(_RULE, figs)), ["extracted"] * m,
    )
    seen: dict[str, tuple] = {}
    for s, v in zip(srcs, vias):
        if s.source_id not in seen:
            seen[s.source_id] = (s.source_id, s.name, s.name_en, s.kind, s.named, s.side,
                                 s.registered)
        if v is not None and v.source_id not in seen:
            seen[v.source_id] = (v.source_id, v.name, v.name_en, v.kind, v.named, v.side,
                                 v.registered)
    return claims, figures, tuple(seen.values())


_START, _END, _SOURCE, _VIA, _SOURCE_ID = (attrgetter(a) for a in (
    "start", "end", "source", "via", "source_id"))
_SOURCE_TEXT, _SOURCE_START, _SOURCE_END, _CUE, _CUE_START, _CUE_END = (attrgetter(a) for a in (
    "source_text", "source_start", "source_end", "cue", "cue_start", "cue_end"))
_QUOTE, _STANCE, _RULE, _NUMBER, _VALUE_LOW, _VALUE, _VALUE_HIGH = (attrgetter(a) for a in (
    "quote", "stance", "rule", "number", "value_low", "value", "value_high"))
_KIND, _CATEGORY, _SUBJECT = (attrgetter(a) for a in ("kind", "category", "subject"))
_SECOND = itemgetter(1)
_CLAIM_FIELDS = ("claim_id", "article_id", "source_id", "via_source_id", "source_text",
                 "source_start", "source_end", "cue", "cue_start", "cue_end", "text",
                 "char_start", "char_end", "quote", "stance", "rule", "origin")
_FIGURE_FIELDS = ("figure_id", "claim_id", "article_id", "text", "char_start", "char_end",
                  "value_low", "value", "value_high", "kind", "category", "subject", "rule",
                  "origin")
# columns_for_article builds the columns in this order: it must be the schema's
if list(_CLAIM_FIELDS) != list(CLAIMS.field_names) or \
        list(_FIGURE_FIELDS) != list(FIGURES.field_names):
    raise ImportError("tables.columns_for_article: update its column order to the schema's")


def source_rows(refs: Iterable[SourceRef]) -> list[dict]:
    """One row per source_id; the first reference (in article-id, then text order) names it."""
    seen: dict[str, dict] = {}
    for s in refs:
        if s.source_id not in seen:
            seen[s.source_id] = {
                "source_id": s.source_id, "name": s.name, "name_en": s.name_en,
                "kind": s.kind, "named": s.named, "side": s.side, "registered": s.registered,
            }
    return list(seen.values())


@dataclass(frozen=True)
class ArticleColumns:
    """One article's rows in columnar form: the shape workers send back and the cache stores
    (`columns` gives the plain-tuple payload). `claims` and `figures` hold one list of values per
    field, in schema order; `sources` the distinct sources the article refers to, first
    reference first, as tuples in SOURCES field order."""

    article: dict
    claims: tuple[list, ...]
    figures: tuple[list, ...]
    sources: tuple[tuple, ...]

    @property
    def columns(self) -> tuple:
        return self.claims, self.figures, self.sources


def to_columns(rows: ArticleRows) -> ArticleColumns:
    return ArticleColumns(
        rows.article,
        tuple([r.get(f) for r in rows.claims] for f in CLAIMS.field_names),
        tuple([r.get(f) for r in rows.figures] for f in FIGURES.field_names),
        tuple(tuple(d[f] for f in SOURCES.field_names) for d in source_rows(rows.sources)),
    )


def from_columns(cols: ArticleColumns) -> ArticleRows:
    """Back to row dicts (sources as SourceRef), equal to the ArticleRows it came from up to
    repeated references to the same source."""
    def dicts(table: Table, columns: tuple[list, ...]) -> list[dict]:
        return [dict(zip(table.field_names, values)) for values in zip(*columns)]

    refs = [SourceRef(**dict(zip(SOURCES.field_names, s))) for s in cols.sources]
    return ArticleRows(cols.article, dicts(CLAIMS, cols.claims), dicts(FIGURES, cols.figures), refs)


_CHUNK = 5000  # articles per columnar chunk: bounds the Python objects alive at any time


class TableBuilder:
    """Streams articles into polars frames: values are appended to one list per column, and
    every _CHUNK articles those lists become frames and are dropped, so rows are never held
    twice for the whole corpus. Also keeps the distinct sources, first reference first."""

    def __init__(self, tables: tuple[Table, ...] = (ARTICLES, CLAIMS, FIGURES)):
        self.tables = tables
        self.chunks: dict[str, list[pl.DataFrame]] = {t.name: [] for t in tables}
        self.columns = {t.name: tuple([] for _ in t.fields) for t in tables}
        self.sources: dict[str, tuple] = {}
        self._n = 0

    def flush(self) -> None:
        for t in self.tables:
            cols = self.columns[t.name]
            if cols[0]:
                self.chunks[t.name].append(columns_frame(t, cols))
                self.columns[t.name] = tuple([] for _ in t.fields)

    def add(self, item: ArticleRows | ArticleColumns) -> None:
        """One article's rows (its articles row too, when this builder makes that table)."""
        if not isinstance(item, ArticleColumns):
            item = to_columns(item)
        columns = self.columns
        if ARTICLES.name in columns:
            for col, name in zip(columns[ARTICLES.name], ARTICLES.field_names):
                col.append(item.article.get(name))
        self.add_columns(item.claims, item.figures, item.sources)

    def add_columns(self, claims: tuple[list, ...], figures: tuple[list, ...],
                    sources: tuple[tuple, ...]) -> None:
        """One article's claims, figures and sources in columnar form (`ArticleColumns.columns`,
        what workers send back), without an articles row."""
        columns = self.columns
        for col, values in zip(columns[CLAIMS.name], claims):
            col.extend(values)
        for col, values in zip(columns[FIGURES.name], figures):
            col.extend(values)
        self.add_sources(sources)
        self._tick()

    def add_article(self, row: dict) -> None:
        """Only the articles row of an article (its other rows come as frames)."""
        for col, name in zip(self.columns[ARTICLES.name], ARTICLES.field_names):
            col.append(row.get(name))
        self._tick()

    def add_articles(self, articles: list[Article]) -> None:
        """The articles rows of consecutive articles, read column by column: the same as
        `add_article(article_row(a))` for each (tests/test_columns.py checks it)."""
        for col, get in zip(self.columns[ARTICLES.name], _article_getters()):
            col.extend(map(get, articles))
        before, self._n = self._n, self._n + len(articles)
        if before // _CHUNK != self._n // _CHUNK:
            self.flush()

    def _tick(self) -> None:
        self._n += 1
        if self._n % _CHUNK == 0:
            self.flush()

    def add_sources(self, sources: Iterable[tuple]) -> None:
        for s in sources:
            if s[0] not in self.sources:
                self.sources[s[0]] = s

    def add_frames(self, frames: dict[str, pl.DataFrame]) -> None:
        """Append ready frames (rows that follow everything added so far)."""
        self.flush()
        for name, df in frames.items():
            if df.height:
                self.chunks[name].append(df)

    def frame(self, table: Table) -> pl.DataFrame:
        """All rows of one table so far, in the order added (not sorted), and forgets them."""
        self.flush()
        parts = self.chunks.pop(table.name)
        self.chunks[table.name] = []
        df = pl.concat(parts, how="vertical") if parts else pl.DataFrame(schema=polars_schema(table))
        return df.select(table.field_names)

    def tables_dict(self) -> dict[str, pl.DataFrame]:
        """The four tables, sorted by primary key."""
        return {
            ARTICLES.name: _sorted(self.frame(ARTICLES), ARTICLES),
            SOURCES.name: frame(SOURCES, (dict(zip(SOURCES.field_names, s))
                                          for s in self.sources.values())),
            CLAIMS.name: _sorted(self.frame(CLAIMS), CLAIMS),
            FIGURES.name: _sorted(self.frame(FIGURES), FIGURES),
        }


def _sorted(df: pl.DataFrame, table: Table) -> pl.DataFrame:
    key = list(table.primary_key)
    # Rows arrive in article order, which is nearly always key order already: then mark the
    # key sorted (later sorts are free) instead of sorting a second copy of the table.
    if len(key) == 1 and df[key[0]].is_sorted():
        return df.set_sorted(key[0])
    return df.sort(key)


def assemble(per_article: Iterable[ArticleRows | ArticleColumns]) -> dict[str, pl.DataFrame]:
    """The four tables from every article's rows (given in article-id order), streamed."""
    builder = TableBuilder()
    for item in per_article:
        builder.add(item)
    return builder.tables_dict()
