"""The data dictionary (`datapackage.md`), rendered from schema.py: never written by hand."""

from __future__ import annotations

from newsclaims.schema import TABLES, Table

HEADER = (
    "# Data dictionary\n\n"
    "Generated from `scripts/newsclaims/schema.py` by `newsclaims build`; do not edit by hand.\n"
    "Offsets are 0-based Unicode code point positions in `articles.text`; "
    "`text[char_start:char_end]` is always the row's verbatim text.\n"
)


def _constraints(f) -> str:
    parts = []
    if f.required:
        parts.append("required")
    if f.unique:
        parts.append("unique")
    if f.enum:
        parts.append("one of " + ", ".join(f"`{v}`" for v in f.enum))
    if f.pattern:
        parts.append(f"pattern `{f.pattern}`")
    if f.minimum is not None:
        parts.append(f"≥ {f.minimum}")
    return "; ".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(table: Table) -> str:
    lines = [f"## `{table.name}` — {table.title}", "", table.description, "",
             f"File: `{table.path}` · primary key: `{', '.join(table.primary_key)}`"]
    for fk in table.foreign_keys:
        lines.append(f"· `{', '.join(fk.fields)}` → `{fk.resource}.{', '.join(fk.reference_fields)}`")
    lines += ["", "| field | type | constraints | description |", "|---|---|---|---|"]
    for f in table.fields:
        desc = _cell(f.description)
        lines.append(f"| `{f.name}` | {f.type} | {_cell(_constraints(f))} | {desc} |")
    return "\n".join(lines) + "\n"


def render_dictionary() -> str:
    return HEADER + "\n" + "\n".join(render_table(t) for t in TABLES)
