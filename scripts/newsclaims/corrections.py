"""Reviewers' corrections (data/raw/corrections.yaml), applied on every build.

A correction rejects an extracted claim or figure, corrects some of its fields, or adds a row
the rules missed. It names its row by the stable row id (`<article>:f000123-000125`) or by
`article` + `span` (+ `table`), and says who made it, when and why. Rows a correction touched
carry `origin: curated` and `rule: <correction id>`.

A correction that no longer applies — its row vanished after a rule change, its span no longer
holds the text it was made on, the row no longer has the values it was made against (`was`), or
the rules now produce exactly what it would — raises CorrectionError naming the correction,
so the build stops instead of silently dropping a reviewer's work.

Pure: tables in, tables out (the articles table supplies the texts spans index into).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import yaml

from newsclaims.paths import RAW_DIR
from newsclaims.schema import (ARTICLES, CLAIMS, FIGURES, ID_PATTERN, SOURCES, TABLES_BY_NAME,
                               Table, row_id)
from newsclaims.tables import frame

DEFAULT_PATH = RAW_DIR / "corrections.yaml"
ACTIONS = ("reject", "correct", "add")
_TABLE_OF_LETTER = {"c": CLAIMS, "f": FIGURES}
_LETTER_OF_TABLE = {"claims": "c", "figures": "f"}
_ROW_ID = re.compile(r"^(?P<article>.+):(?P<letter>[cf])(?P<start>\d{6})-(?P<end>\d{6})$")
_CORRECTION_ID = re.compile(ID_PATTERN)

# Fields a correction may set (spans through `span`, `cue_span`, `source_span`).
CORRECTABLE = {
    "claims": {"source_id", "via_source_id", "quote", "stance", "span", "cue_span",
               "source_span"},
    "figures": {"claim_id", "value", "value_low", "value_high", "kind", "category", "subject",
                "span"},
}
SOURCE_FIELDS = {"source_id", "name", "name_en", "kind", "named", "side"}


class CorrectionError(Exception):
    """A correction is malformed or no longer applies; the message names it and says why."""


@dataclass(frozen=True)
class Correction:
    id: str
    action: str
    table: str
    who: str
    when: str
    why: str
    row: str | None = None  # target row id (reject, correct)
    set: dict = field(default_factory=dict)  # new values (correct) or the row's fields (add)
    was: dict = field(default_factory=dict)  # values the row had when the correction was made
    text: str | None = None  # verbatim text the span must still hold
    sources: tuple[dict, ...] = ()  # source rows the correction introduces

    def fail(self, why: str) -> CorrectionError:
        return CorrectionError(f"correction {self.id!r} ({self.action} {self.row or self.table})"
                               f" no longer applies: {why}")


def _span(value, where: str) -> tuple[int, int]:
    if (not isinstance(value, (list, tuple)) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 0 <= value[0] < value[1]):
        raise CorrectionError(f"{where}: a span is [start, end] with 0 <= start < end, "
                              f"not {value!r}")
    return int(value[0]), int(value[1])


def parse_correction(raw: dict, index: int) -> Correction:
    where = f"corrections[{index}]"
    if not isinstance(raw, dict):
        raise CorrectionError(f"{where}: each correction is a mapping, not {raw!r}")
    cid = str(raw.get("id") or "")
    if not _CORRECTION_ID.match(cid):
        raise CorrectionError(f"{where}: needs an `id` (letters, digits, '.', '_', '-')")
    where = f"correction {cid!r}"
    missing = [k for k in ("action", "who", "when", "why") if not raw.get(k)]
    if missing:
        raise CorrectionError(f"{where}: missing {', '.join(missing)}")
    action = raw["action"]
    if action not in ACTIONS:
        raise CorrectionError(f"{where}: action must be one of {', '.join(ACTIONS)}")
    when = raw["when"]
    if isinstance(when, dt.date):
        when = when.isoformat()
    table = raw.get("table")
    row = raw.get("row")
    if row is not None:
        m = _ROW_ID.match(str(row))
        if not m:
            raise CorrectionError(f"{where}: `row` {row!r} is not a claim or figure row id")
        letter_table = _TABLE_OF_LETTER[m["letter"]].name
        if table is not None and table != letter_table:
            raise CorrectionError(f"{where}: row {row} is in {letter_table}, not {table}")
        table = letter_table
    elif "article" in raw or "span" in raw:
        if table not in _LETTER_OF_TABLE:
            raise CorrectionError(f"{where}: with `article` + `span`, say `table: claims` or "
                                  "`table: figures`")
        start, end = _span(raw.get("span"), where)
        row = row_id(str(raw.get("article")), _LETTER_OF_TABLE[table], start, end)
    if table not in _LETTER_OF_TABLE:
        raise CorrectionError(f"{where}: name the row (`row`, or `article` + `span` + `table`)")
    values = raw.get("set") or {}
    if not isinstance(values, dict):
        raise CorrectionError(f"{where}: `set` is a mapping of field: value")
    if action == "reject" and values:
        raise CorrectionError(f"{where}: a rejection sets no fields")
    if action == "correct":
        if not values:
            raise CorrectionError(f"{where}: a correction needs `set`")
        bad = sorted(set(values) - CORRECTABLE[table])
        if bad:
            raise CorrectionError(f"{where}: cannot correct {', '.join(bad)} in {table}; "
                                  f"correctable: {', '.join(sorted(CORRECTABLE[table]))}")
    if action == "add" and raw.get("text") is None:
        raise CorrectionError(f"{where}: an added row needs `text`, the verbatim text at its "
                              "span (it proves the span still holds it)")
    sources = raw.get("sources") or []
    for s in sources:
        if not isinstance(s, dict) or not {"source_id", "name", "kind"} <= set(s) \
                or set(s) - SOURCE_FIELDS:
            raise CorrectionError(f"{where}: each of `sources` needs source_id, name, kind "
                                  f"(and may have {', '.join(sorted(SOURCE_FIELDS))})")
    return Correction(id=cid, action=action, table=table, who=str(raw["who"]), when=str(when),
                      why=str(raw["why"]), row=row, set=dict(values),
                      was=dict(raw.get("was") or {}), text=raw.get("text"),
                      sources=tuple(sources))


def parse_corrections(document) -> list[Correction]:
    if document is None:
        return []
    items = document.get("corrections") if isinstance(document, dict) else None
    if items is None:
        items = []
    if not isinstance(items, list):
        raise CorrectionError("corrections.yaml: `corrections` must be a list")
    corrections = [parse_correction(raw, i) for i, raw in enumerate(items)]
    seen: set[str] = set()
    for c in corrections:
        if c.id in seen:
            raise CorrectionError(f"correction id {c.id!r} is used twice")
        seen.add(c.id)
    return corrections


def load_corrections(path: Path | None) -> list[Correction]:
    """The corrections in a YAML file; none when path is None."""
    if path is None:
        return []
    path = Path(path)
    if not path.is_file():
        raise CorrectionError(f"corrections file not found: {path}")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorrectionError(f"{path}: not valid YAML: {exc}") from None
    return parse_corrections(document)


# --- Applying ------------------------------------------------------------------------------


def _source_row(s: dict) -> dict:
    return {"source_id": s["source_id"], "name": s["name"], "name_en": s.get("name_en"),
            "kind": s["kind"], "named": bool(s.get("named", True)), "side": s.get("side"),
            "registered": False}


class _State:
    """The tables as mutable dicts keyed by primary key, plus the article texts."""

    def __init__(self, tables: dict[str, pl.DataFrame]):
        self.texts = dict(zip(tables[ARTICLES.name]["article_id"].to_list(),
                              tables[ARTICLES.name]["text"].to_list()))
        self.rows = {
            t.name: {r[t.primary_key[0]]: r for r in tables[t.name].iter_rows(named=True)}
            for t in (SOURCES, CLAIMS, FIGURES)
        }
        self.extra_sources: dict[str, dict] = {}

    def text_at(self, c: Correction, article: str, start: int, end: int) -> str:
        text = self.texts.get(article)
        if text is None:
            raise c.fail(f"article {article!r} is not in the package")
        if end > len(text):
            raise c.fail(f"span [{start}, {end}] is past the end of article {article!r} "
                         f"({len(text)} characters)")
        return text[start:end]

    def add_sources(self, c: Correction) -> None:
        for s in c.sources:
            if s["source_id"] not in self.rows["sources"]:
                self.extra_sources[s["source_id"]] = _source_row(s)

    def has_source(self, source_id) -> bool:
        return source_id is None or source_id in self.rows["sources"] \
            or source_id in self.extra_sources


def _set_span(state: _State, c: Correction, row: dict, prefix: str, text_field: str,
              value) -> None:
    start, end = _span(value, f"correction {c.id!r}")
    row[f"{prefix}start"], row[f"{prefix}end"] = start, end
    row[text_field] = state.text_at(c, row["article_id"], start, end)


def _apply_values(state: _State, c: Correction, row: dict, values: dict) -> None:
    for name, value in values.items():
        if name == "span":
            _set_span(state, c, row, "char_", "text", value)
        elif name == "cue_span":
            _set_span(state, c, row, "cue_", "cue", value)
        elif name == "source_span":
            if value is None:
                row["source_start"] = row["source_end"] = row["source_text"] = None
            else:
                _set_span(state, c, row, "source_", "source_text", value)
        elif name in ("value", "value_low", "value_high"):
            row[name] = None if value is None else float(value)
        else:
            row[name] = value
    for name in ("source_id", "via_source_id"):
        if name in values and not state.has_source(values[name]):
            raise CorrectionError(f"correction {c.id!r}: source {values[name]!r} is not in "
                                  "the sources table; describe it under `sources:`")
    if c.table == "figures" and "claim_id" in values \
            and values["claim_id"] not in state.rows["claims"]:
        raise c.fail(f"claim {values['claim_id']!r} is not in the package")
    row["origin"], row["rule"] = "curated", c.id


def _rekey(state: _State, table: Table, old_id: str, row: dict) -> None:
    """Give a row whose span changed its new id (and re-point figures of a moved claim)."""
    letter = _LETTER_OF_TABLE[table.name]
    new_id = row_id(row["article_id"], letter, row["char_start"], row["char_end"])
    key = table.primary_key[0]
    if new_id == old_id:
        return
    rows = state.rows[table.name]
    if new_id in rows:
        raise CorrectionError(f"the corrected span of {old_id} gives {new_id}, which exists")
    del rows[old_id]
    row[key] = new_id
    rows[new_id] = row
    if table is CLAIMS:
        for f in state.rows["figures"].values():
            if f["claim_id"] == old_id:
                f["claim_id"] = new_id


def _check_text(state: _State, c: Correction, row: dict) -> None:
    if c.text is not None and row.get("text") != c.text:
        raise c.fail(f"its span now holds {row.get('text')!r}, not {c.text!r}")


def apply_one(state: _State, c: Correction) -> None:
    table = TABLES_BY_NAME[c.table]
    rows = state.rows[c.table]
    state.add_sources(c)
    if c.action == "add":
        if c.row in rows:
            raise c.fail(f"the rules now extract {c.row} themselves: remove this correction "
                         "(or turn it into a `correct`)")
        m = _ROW_ID.match(c.row or "")
        if m is None:
            raise CorrectionError(f"correction {c.id!r}: an added row needs `article` + `span`")
        row = {f: None for f in table.field_names}
        row.update({table.primary_key[0]: c.row, "article_id": m["article"]})
        _set_span(state, c, row, "char_", "text", [int(m["start"]), int(m["end"])])
        _check_text(state, c, row)
        values = dict(c.set)
        required = {"claims": ("source_id", "cue_span"),
                    "figures": ("claim_id", "value", "kind", "category")}[c.table]
        missing = [k for k in required if k not in values]
        if missing:
            raise CorrectionError(f"correction {c.id!r}: an added {c.table[:-1]} needs "
                                  f"{', '.join(missing)} under `set`")
        if c.table == "claims":
            values.setdefault("quote", "indirect")
            values.setdefault("stance", "asserted")
        else:
            values.setdefault("value_low", values["value"])
            values.setdefault("value_high", values["value"] if values["kind"] == "exact"
                              else None)
        _apply_values(state, c, row, values)
        rows[c.row] = row
        return
    row = rows.get(c.row)
    if row is None:
        raise c.fail(f"row {c.row} is no longer in {c.table} (did a rule change move or drop "
                     "it?): update the correction's row/span or remove it")
    _check_text(state, c, row)
    stale = {k: (row.get(k), v) for k, v in c.was.items() if row.get(k) != v}
    if stale:
        raise c.fail("the row changed since the correction was made: " + "; ".join(
            f"{k} is {now!r}, was {then!r}" for k, (now, then) in stale.items()))
    if c.action == "reject":
        del rows[c.row]
        if c.table == "claims":  # its figures go with it
            for fid in [k for k, f in state.rows["figures"].items() if f["claim_id"] == c.row]:
                del state.rows["figures"][fid]
        return
    before = dict(row)
    _apply_values(state, c, row, c.set)
    if {k: row[k] for k in before if k not in ("origin", "rule")} == \
            {k: before[k] for k in before if k not in ("origin", "rule")}:
        raise c.fail("the rules now give the row exactly these values: remove the correction")
    _rekey(state, table, c.row, row)


def _referenced_sources(state: _State) -> list[dict]:
    used = set()
    for claim in state.rows["claims"].values():
        used.add(claim["source_id"])
        if claim.get("via_source_id"):
            used.add(claim["via_source_id"])
    everything = {**state.extra_sources, **state.rows["sources"]}
    return [everything[s] for s in sorted(used) if s in everything]


def apply_corrections(tables: dict[str, pl.DataFrame],
                      corrections: list[Correction]) -> dict[str, pl.DataFrame]:
    """The tables with every correction applied, in file order. Raises CorrectionError."""
    if not corrections:
        return tables
    state = _State(tables)
    for c in corrections:
        apply_one(state, c)
    return {
        ARTICLES.name: tables[ARTICLES.name],
        SOURCES.name: frame(SOURCES, _referenced_sources(state)),
        CLAIMS.name: frame(CLAIMS, state.rows["claims"].values()),
        FIGURES.name: frame(FIGURES, state.rows["figures"].values()),
    }
