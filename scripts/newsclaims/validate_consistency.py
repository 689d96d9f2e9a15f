"""Layer 3: cross-table facts that neither frictionless nor the GX suites can check, in polars.

- article-sha256, article-n-chars: the stored text is the one the offsets were computed on;
- span-text: every claim, cue, speaker and figure span equals its text in the article text;
- span-in-article: every span lies inside its article's text;
- figure-claim: a figure's claim is in the same article and its content span holds the figure;
- figures-without-claims: each article that has figures has claims;
- duplicate-claim-span: no two claims with the same span;
- row-id: claim and figure ids are `<article_id>:<c|f><start>-<end>` of their own span;
- source-unreferenced: every source is referenced by a claim (that every referenced source
  exists is a foreign key: `rows:foreign-key`);
- speaker-two-ids: the same speaker, written out in full (two words or more), is not under
  two source_ids in one article.

The tables are walked a batch of rows at a time (`Loaded.batches`); what a check needs across
batches is kept whole by `validate_rows` (`NEEDED`: the article texts, the claims' ids and
spans, the sources) or summed batch by batch (the speakers of each article, the sources
referenced).
"""

from __future__ import annotations

import hashlib

import polars as pl

from newsclaims.schema import ARTICLES, CLAIMS, FIGURES, SOURCES, Table
from newsclaims.validate import Failure, examples
from newsclaims.validate_rows import ROW, Loaded, merge_slots, row_ids

SPEAKER_MIN_WORDS = 2
# Leading words that make a mention anaphoric or generic rather than a name.
DETERMINERS = r"^((the|a|an|this|that|these|those|هذا|هذه|ذلك|تلك|هؤلاء) )+"
# Bytes of article text held at once: span checks gather each row's article text, a chunk of
# rows at a time, and hashing turns a chunk of texts into Python strings.
TEXT_BUDGET = 64 << 20
# The columns kept whole, by table (validate_rows keeps them for this layer).
NEEDED = {
    ARTICLES.name: ["article_id", "text", "n_chars"],
    CLAIMS.name: ["claim_id", "article_id", "char_start", "char_end"],
    SOURCES.name: ["source_id", "name"],
}
SPEAKER = ["article_id", "_speaker", "source_id"]


def _fail(check: str, table: Table, df: pl.DataFrame, message: str, column: str | None,
          value: pl.Expr | None = None) -> list[Failure]:
    if df.height == 0:
        return []
    head = df.head(3)
    vals = head.select(value).to_series().to_list() if value is not None else None
    return [Failure(check, table.name, message, column, df.height,
                    examples(row_ids(head, table).to_list(), vals))]


def _fail1(check: str, table: Table, df: pl.DataFrame, message: str, column: str | None,
           value: pl.Expr | None = None) -> Failure | None:
    found = _fail(check, table, df, message, column, value)
    return found[0] if found else None


def _chunks(height: int, rows: int):
    """(offset, length) of consecutive row chunks of at most `rows` rows."""
    rows = max(1, rows)
    for offset in range(0, height, rows):
        yield offset, min(rows, height - offset)


def _rows_per_chunk(texts: pl.Series) -> int:
    """Rows whose article texts fit in TEXT_BUDGET bytes, from the mean text size."""
    mean = texts.str.len_bytes().mean() or 1
    return int(TEXT_BUDGET // max(1.0, float(mean)))


def _articles(a: pl.DataFrame) -> list[Failure | None]:
    """Hashes and lengths of the stored texts, a chunk of articles at a time (each text
    becomes a Python str only inside its chunk)."""
    a = a.filter(pl.col("text").is_not_null())
    slots: list[Failure | None] = [None, None]
    for offset, length in _chunks(a.height, _rows_per_chunk(a["text"])):
        part = a.slice(offset, length)
        digests = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in part["text"].to_list()]
        part = part.with_columns(pl.Series("_sha", digests, dtype=pl.String))
        slots = merge_slots(slots, [
            _fail1("consistency:article-sha256", ARTICLES,
                   part.filter(pl.col("_sha") != pl.col("sha256")),
                   "sha256 is not the SHA-256 of the stored text (text edited after extraction?)",
                   "sha256", pl.col("sha256")),
            _fail1("consistency:article-n-chars", ARTICLES,
                   part.filter(pl.col("text").str.len_chars() != pl.col("n_chars")),
                   "n_chars is not the length of the stored text", "n_chars",
                   pl.format("{} (text has {})", pl.col("n_chars"),
                             pl.col("text").str.len_chars())),
        ])
    return slots


def _spans(table: Table, df: pl.DataFrame, text_col: str, start: str, end: str,
           optional: bool = False) -> list[Failure | None]:
    """text_col == article_text[start:end], and the span lies inside the article (df carries
    `_article_text` and its length `_n`). One slot per check, None where it passes."""
    s, e, t = pl.col(start), pl.col(end), pl.col(text_col)
    rows = df.filter(pl.col("_article_text").is_not_null())
    out: list[Failure | None] = []
    if optional:  # all three empty is fine (speaker implied); any one empty is not
        some = t.is_not_null() | s.is_not_null() | e.is_not_null()
        partial = rows.filter(some & (t.is_null() | s.is_null() | e.is_null()))
        out.append(_fail1("consistency:span-text", table, partial,
                          f"{text_col}, {start} and {end} must be all given or all empty",
                          text_col, pl.format("{}..{}", s, e)))
        rows = rows.filter(t.is_not_null() & s.is_not_null() & e.is_not_null())
    else:
        rows = rows.filter(s.is_not_null() & e.is_not_null())
    outside = (s < 0) | (e <= s) | (e > pl.col("_n"))
    out.append(_fail1("consistency:span-in-article", table, rows.filter(outside),
                      f"span {start}..{end} is not inside its article's text", start,
                      pl.format("{}..{} of {} chars", s, e, pl.col("_n"))))
    inside = rows.filter(~outside).with_columns(
        pl.col("_article_text").str.slice(s, e - s).alias("_actual"))
    out.append(_fail1("consistency:span-text", table,
                      inside.filter(pl.col("_actual") != t.fill_null("")),
                      f"text[{start}:{end}] is not {text_col}", text_col,
                      pl.format("{} ≠ text[span] {}", t, pl.col("_actual"))))
    return out


def _row_id(table: Table, df: pl.DataFrame, id_col: str, letter: str) -> Failure | None:
    expected = pl.format("{}:" + letter + "{}-{}", pl.col("article_id"),
                         pl.col("char_start").cast(pl.String).str.zfill(6),
                         pl.col("char_end").cast(pl.String).str.zfill(6))
    bad = df.filter(pl.col(id_col).is_not_null() & pl.col("char_start").is_not_null()
                    & pl.col("char_end").is_not_null() & (pl.col(id_col) != expected))
    return _fail1("consistency:row-id", table, bad,
                  f"{id_col} is not <article_id>:{letter}<char_start>-<char_end>", id_col,
                  pl.format("expected {}", expected))


CLAIM_SPANS = [("text", "char_start", "char_end", False), ("cue", "cue_start", "cue_end", False),
               ("source_text", "source_start", "source_end", True)]
FIGURE_SPANS = [("text", "char_start", "char_end", False)]


class ConsistencyRun:
    """The cross-table checks on a package read by `validate_rows`: `batch` takes each batch
    of a table (articles before claims and figures), `finish` returns the failures in the order
    of the module docstring's tables: articles, claims, figures, sources."""

    def __init__(self, loaded: Loaded):
        self.loaded = loaded
        self.slots: dict[str, list[Failure | None] | None] = {}
        self.speakers: list[pl.DataFrame] = []
        self.used: list[pl.Series] = []
        self.text = self.index = self.claims = self.with_claims = None
        if loaded.ok(ARTICLES.name):
            a = loaded.kept(ARTICLES.name)
            self.text = a["text"]
            self.index = a.select("article_id").with_row_index("_ai").unique(
                "article_id", keep="first")
        if loaded.ok(CLAIMS.name):
            c = loaded.kept(CLAIMS.name)
            self.claims = c.select(
                "claim_id", pl.col("article_id").alias("_claim_article"),
                pl.col("char_start").alias("_claim_start"), pl.col("char_end").alias("_claim_end"))
            self.with_claims = c.select("article_id").unique()

    def wanted(self, name: str) -> bool:
        """Whether the batches of this table are of use."""
        if name == ARTICLES.name:
            return self.loaded.ok(ARTICLES.name)
        if name == CLAIMS.name:
            return self.loaded.ok(CLAIMS.name) and (self.loaded.ok(ARTICLES.name)
                                                    or self.loaded.ok(SOURCES.name))
        if name == FIGURES.name:
            return self.loaded.ok(ARTICLES.name, FIGURES.name)
        return False

    def batch(self, name: str, raw: pl.DataFrame, typed: pl.DataFrame) -> None:
        if name == ARTICLES.name:
            found = _articles(typed)
        elif name == CLAIMS.name:
            if self.loaded.ok(SOURCES.name):
                self.used.append(pl.concat([typed["source_id"], typed["via_source_id"]])
                                 .drop_nulls().unique())
            if not self.loaded.ok(ARTICLES.name):
                return
            found = self._span_checks(CLAIMS, typed, CLAIM_SPANS)
            found.append(_row_id(CLAIMS, typed, "claim_id", "c"))
            self.speakers.append(self._speakers(typed))
        elif name == FIGURES.name:
            found = self._span_checks(FIGURES, typed, FIGURE_SPANS)
            found.append(_row_id(FIGURES, typed, "figure_id", "f"))
            if self.claims is not None:
                found += self._figure_claims(typed)
        else:
            return
        self.slots[name] = merge_slots(self.slots.get(name), found)

    def _span_checks(self, table: Table, df: pl.DataFrame,
                     spans: list[tuple[str, str, str, bool]]) -> list[Failure | None]:
        """Every (text column, start, end, optional) span of df against its article's text.
        The text is gathered per row (by row index: joining the text column itself is several
        times slower), so df is walked in chunks whose gathered texts fit in TEXT_BUDGET: a
        million claims would otherwise hold a copy of their article's text each."""
        ai = df.select("article_id").join(self.index, on="article_id", how="left",
                                          maintain_order="left")["_ai"]
        columns = [ROW, *table.primary_key, "article_id"]
        for col, start, end, _ in spans:
            columns += [c for c in (col, start, end) if c not in columns]
        df = df.select(columns)
        slots: list[Failure | None] | None = None
        for offset, length in _chunks(df.height, _rows_per_chunk(self.text)):
            gathered = self.text.gather(ai.slice(offset, length))
            part = df.slice(offset, length).with_columns(
                gathered.alias("_article_text"), gathered.str.len_chars().alias("_n"))
            found: list[Failure | None] = []
            for col, start, end, optional in spans:
                found += _spans(table, part, col, start, end, optional)
            slots = merge_slots(slots, found)
        if slots is None:  # no rows
            slots = [None] * sum(3 if optional else 2 for *_, optional in spans)
        return slots

    @staticmethod
    def _speakers(c: pl.DataFrame) -> pl.DataFrame:
        """The batch's speakers written out in full, one row per (article, speaker, source_id):
        how many claims, and the first three (row, claim_id, source_text)."""
        speaker = (pl.col("source_text").str.strip_chars().str.to_lowercase()
                   .str.replace_all(r"\s+", " ").str.replace(DETERMINERS, ""))
        spoken = (c.select(ROW, "claim_id", "article_id", "source_id", "source_text")
                  .filter(pl.col("source_text").is_not_null())
                  .with_columns(speaker.alias("_speaker")))
        spoken = spoken.filter(pl.col("_speaker").str.count_matches(" ") + 1 >= SPEAKER_MIN_WORDS)
        return spoken.group_by(SPEAKER).agg(
            pl.len().alias("_n"), pl.col(ROW, "claim_id", "source_text").head(3))

    def _figure_claims(self, f: pl.DataFrame) -> list[Failure | None]:
        f = f.select(ROW, "figure_id", "claim_id", "article_id", "char_start", "char_end")
        j = f.join(self.claims, on="claim_id", how="inner",
                   maintain_order="left")  # dangling claim_ids: rows:foreign-key
        other = _fail1("consistency:figure-claim", FIGURES,
                       j.filter(pl.col("_claim_article") != pl.col("article_id")),
                       "the figure's claim is in another article", "claim_id", pl.col("claim_id"))
        outside = j.filter((pl.col("_claim_article") == pl.col("article_id"))
                           & ((pl.col("char_start") < pl.col("_claim_start"))
                              | (pl.col("char_end") > pl.col("_claim_end"))))
        out = _fail1("consistency:figure-claim", FIGURES, outside,
                     "the figure is not inside its claim's content span", "char_start",
                     pl.format("{}..{} not in claim {}..{}", pl.col("char_start"),
                               pl.col("char_end"), pl.col("_claim_start"), pl.col("_claim_end")))
        orphans = f.join(self.with_claims, on="article_id", how="anti", maintain_order="left")
        return [other, out, _fail1("consistency:figures-without-claims", FIGURES, orphans,
                                   "the figure's article has figures but no claims",
                                   "article_id", pl.col("article_id"))]

    def _claims_whole(self) -> list[Failure | None]:
        c = self.loaded.kept(CLAIMS.name)
        span = ["article_id", "char_start", "char_end"]
        dup = _fail1("consistency:duplicate-claim-span", CLAIMS,
                     c.filter(pl.struct(span).is_duplicated() & pl.col("char_start").is_not_null()),
                     "another claim has the same span", "char_start",
                     pl.format("{}..{}", pl.col("char_start"), pl.col("char_end")))
        # The same speaker as written out in full, under two source_ids in one article. A bare
        # one-word mention ("the ministry", "he", "المرصد", "this source", "هذا المصدر") may
        # refer to different speakers in one article, so only mentions of SPEAKER_MIN_WORDS
        # words or more count, articles and demonstratives aside: "the health ministry",
        # "وزارة الصحة".
        clash = None
        if self.speakers:
            s = pl.concat(self.speakers)
            self.speakers = []
            n = s.group_by(SPEAKER).agg(pl.col("_n").sum())
            clashing = n.filter(pl.col("source_id").n_unique().over("article_id", "_speaker") > 1)
            count = int(clashing["_n"].sum())
            if count:
                head = (s.join(clashing.select(SPEAKER), on=SPEAKER, how="semi", nulls_equal=True)
                        .explode(ROW, "claim_id", "source_text").sort(ROW).head(3))
                clash = Failure(
                    "consistency:speaker-two-ids", CLAIMS.name,
                    "the same speaker appears under two source_ids in one article", "source_id",
                    count, examples(row_ids(head, CLAIMS).to_list(), head.select(pl.format(
                        "{} → {}", pl.col("source_text"), pl.col("source_id"))).to_series()))
        return [dup, clash]

    def _sources(self) -> Failure | None:
        used = (pl.concat(self.used).unique() if self.used
                else pl.Series("source_id", [], dtype=pl.String))
        s = self.loaded.kept(SOURCES.name).filter(pl.col("source_id").is_not_null())
        unused = s.join(used.to_frame("source_id"), on="source_id", how="anti",
                        maintain_order="left")
        return _fail1("consistency:source-unreferenced", SOURCES, unused,
                      "no claim refers to this source", "source_id", pl.col("name"))

    def finish(self) -> list[Failure]:
        out: list[Failure | None] = []
        ok = self.loaded.ok
        if ok(ARTICLES.name):
            out += self.slots.get(ARTICLES.name) or []
            if ok(CLAIMS.name):
                out += self.slots.get(CLAIMS.name) or []
                out += self._claims_whole()
            if ok(FIGURES.name):
                out += self.slots.get(FIGURES.name) or []
        if ok(CLAIMS.name, SOURCES.name):
            out.append(self._sources())
        return [f for f in out if f is not None]
