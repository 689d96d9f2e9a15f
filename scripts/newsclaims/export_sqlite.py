"""Export a built package into SQLite (sqlite-utils) with Datasette metadata, for browsing.

The database gets the package's tables with their primary keys, foreign keys (declared and
indexed), NOT NULL on required fields, and full-text search on claim text (plus article text
and titles, and source names). The Datasette metadata (titles, a description of every column,
licence, source, facets, a canned query) is generated from schema.py and the package
descriptor, never written by hand.

    newsclaims export sqlite newsclaims.db
    datasette newsclaims.db -m metadata.json
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from newsclaims.explore import read_descriptor, read_tables
from newsclaims.schema import TABLES, Table

# Table Schema type -> SQLite column type (sqlite-utils accepts Python types).
_SQL_TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "date": str}

# Columns indexed for full-text search, per table (claims.text is the one the issue asks for).
FTS_COLUMNS = {
    "claims": ("text", "source_text"),
    "articles": ("title", "text"),
    "sources": ("name", "name_en"),
}
# Columns Datasette offers as facets, and the column that labels a row where it is referenced.
FACETS = {
    "articles": ("language", "outlet", "published_basis"),
    "sources": ("kind", "named", "registered"),
    "claims": ("source_id", "stance", "quote", "origin"),
    "figures": ("category", "kind", "origin"),
}
LABEL_COLUMNS = {"sources": "name", "articles": "title"}

COMPETING_FIGURES_SQL = """\
select a.article_id, a.title, a.published, f.category, c.source_id, s.name as source,
  s.name_en as source_en, s.kind as source_kind,
  c.via_source_id as via, c.stance, f.text as figure, f.value_low, f.value, f.value_high,
  f.kind, f.subject, c.text as claim
from figures f
  join claims c on c.claim_id = f.claim_id
  join sources s on s.source_id = c.source_id
  join articles a on a.article_id = f.article_id
where (:category = '' or f.category = :category)
order by a.article_id, f.category, f.value desc"""


@dataclass(frozen=True)
class ExportReport:
    db_path: Path
    metadata_path: Path
    counts: dict[str, int]


def _sql_value(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def create_table(db: sqlite_utils.Database, table: Table, resource: dict) -> None:
    """Create one table from its descriptor schema (types, required, keys)."""
    fields = resource["schema"]["fields"]
    columns = {f["name"]: _SQL_TYPES.get(f.get("type", "string"), str) for f in fields}
    not_null = {f["name"] for f in fields if f.get("constraints", {}).get("required")}
    pk = resource["schema"].get("primaryKey") or list(table.primary_key)
    fks = [(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
           for fk in resource["schema"].get("foreignKeys", [])]
    db[table.name].create(columns, pk=pk[0] if len(pk) == 1 else tuple(pk),
                          foreign_keys=fks or None, not_null=not_null)


def write_database(package_dir: Path, db_path: Path) -> dict[str, int]:
    """Write every table of the package into a new SQLite file at db_path; return row counts."""
    descriptor = read_descriptor(package_dir)
    resources = {r["name"]: r for r in descriptor["resources"]}
    frames = read_tables(package_dir)
    db = sqlite_utils.Database(db_path)
    counts = {}
    for table in TABLES:  # schema order: referenced tables before the tables referencing them
        if table.name not in resources:
            raise ValueError(f"the package in {package_dir} has no resource {table.name!r}")
        create_table(db, table, resources[table.name])
        df = frames[table.name]
        rows = ({k: _sql_value(v) for k, v in row.items()} for row in df.iter_rows(named=True))
        db[table.name].insert_all(rows, batch_size=1000)
        counts[table.name] = df.height
    db.index_foreign_keys()
    for name, cols in FTS_COLUMNS.items():
        db[name].enable_fts(list(cols), create_triggers=True)
    problems = db.execute("pragma foreign_key_check").fetchall()
    if problems:
        raise ValueError(f"foreign keys broken in the export: {problems[:3]}")
    db.conn.commit()
    db.close()
    return counts


def _licence(descriptor: dict) -> tuple[str | None, str | None]:
    """The package's first licence: the data licence (package.yaml lists it first)."""
    lic = (descriptor.get("licenses") or [{}])[0]
    return lic.get("name") or lic.get("title"), lic.get("path")


def datasette_metadata(descriptor: dict, database: str) -> dict:
    """Datasette metadata for the exported database: package-level text from the descriptor,
    tables and every column from schema.py."""
    licence, licence_url = _licence(descriptor)
    source = (descriptor.get("sources") or [{}])[0]
    meta: dict = {"title": descriptor.get("title") or descriptor.get("name") or database,
                  "description": descriptor.get("description", "")}
    if licence:
        meta["license"] = licence
    if licence_url:
        meta["license_url"] = licence_url
    if source.get("title"):
        meta["source"] = source["title"]
    if str(source.get("path", "")).startswith(("http://", "https://")):
        meta["source_url"] = source["path"]
    if descriptor.get("homepage"):
        meta["about_url"] = descriptor["homepage"]
    tables = {}
    for table in TABLES:
        entry = {
            "title": table.title,
            "description": table.description,
            "columns": {f.name: f.description for f in table.fields},
            "facets": list(FACETS.get(table.name, ())),
        }
        if table.name in LABEL_COLUMNS:
            entry["label_column"] = LABEL_COLUMNS[table.name]
        if table.name in FTS_COLUMNS:
            entry["fts_table"] = f"{table.name}_fts"
        tables[table.name] = entry
    meta["databases"] = {database: {
        "title": meta["title"],
        "tables": tables,
        "queries": {"competing_figures": {
            "title": "Competing figures",
            "description": "Every figure with the source that claimed it, per article and "
                           "category, highest first. Leave category empty for all.",
            "sql": COMPETING_FIGURES_SQL,
        }},
    }}
    return meta


def export_sqlite(package_dir: Path, db_path: Path,
                  metadata_path: Path | None = None) -> ExportReport:
    """Export the package into db_path (replaced atomically) and write the Datasette metadata
    (default: metadata.json beside the database)."""
    package_dir, db_path = Path(package_dir), Path(db_path)
    metadata_path = Path(metadata_path) if metadata_path else db_path.with_name("metadata.json")
    descriptor = read_descriptor(package_dir)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        counts = write_database(package_dir, tmp)
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    meta = datasette_metadata(descriptor, db_path.stem)
    metadata_path.parent.mkdir(parents=True, exist_ok=True)
    metadata_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return ExportReport(db_path, metadata_path, counts)


def search_claims(db_path: Path, query: str) -> list[str]:
    """claim_ids whose text matches a full-text query (a convenience for tests and scripts)."""
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute(
            "select claims.claim_id from claims join claims_fts on claims_fts.rowid = claims.rowid "
            "where claims_fts match ? order by claims.claim_id", (query,))]


__all__ = ["ExportReport", "datasette_metadata", "export_sqlite", "search_claims",
           "write_database"]
