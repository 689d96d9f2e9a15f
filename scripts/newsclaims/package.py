"""Write the tables as CSV and generate `datapackage.json` from schema.py + package.yaml.

CSV: UTF-8, `\\n` line endings, header row, sorted by primary key, numbers without a needless
`.0`, no timestamps anywhere: the same tables always give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import polars as pl
import yaml

from newsclaims.dictionary import render_dictionary
from newsclaims.paths import PACKAGE_DIR
from newsclaims.schema import TABLES, Table

DESCRIPTOR = "datapackage.json"
DICTIONARY = "datapackage.md"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


@lru_cache(maxsize=1)
def package_metadata() -> dict:
    return yaml.safe_load((PACKAGE_DIR / "package.yaml").read_text(encoding="utf-8"))


def _csv_ready(df: pl.DataFrame, table: Table) -> pl.DataFrame:
    """Render `number` fields as text without a trailing `.0` for whole numbers."""
    exprs = []
    for f in table.fields:
        if f.type == "number":
            col = pl.col(f.name)
            exprs.append(
                pl.when(col.is_null()).then(None)
                .when(col == col.round(0)).then(col.cast(pl.Int64).cast(pl.String))
                .otherwise(col.cast(pl.String)).alias(f.name)
            )
    return df.with_columns(exprs) if exprs else df


def csv_bytes(df: pl.DataFrame, table: Table) -> bytes:
    df = _csv_ready(df.select(table.field_names).sort(list(table.primary_key)), table)
    return df.write_csv(line_terminator="\n", null_value="").encode("utf-8")


def write_csv(df: pl.DataFrame, table: Table, path: Path) -> tuple[int, str]:
    """Write the table's CSV (the same bytes as csv_bytes) straight to a file, without holding
    the text in memory; return its size and sha256."""
    df = _csv_ready(df.select(table.field_names).sort(list(table.primary_key)), table)
    with open(path, "wb") as fh:
        df.write_csv(fh, line_terminator="\n", null_value="")
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return path.stat().st_size, h.hexdigest()


def resource_descriptor(table: Table, data: bytes | None = None, *,
                        size: int | None = None, sha256: str | None = None) -> dict:
    return {
        "name": table.name,
        "type": "table",
        "path": table.path,
        "title": table.title,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data) if data is not None else size,
        "hash": "sha256:" + (hashlib.sha256(data).hexdigest() if data is not None else sha256),
        "schema": table.schema_descriptor(),
    }


def package_descriptor(resources: list[dict], metadata: dict | None = None) -> dict:
    meta = dict(metadata or package_metadata())
    descriptor = {"$schema": PROFILE}
    for key in ("name", "title", "description", "version", "created", "homepage", "keywords",
                "licenses", "sources", "contributors"):
        if meta.get(key):
            descriptor[key] = meta[key]
    descriptor["resources"] = resources
    return descriptor


def write_package(tables: dict[str, pl.DataFrame], out_dir: Path,
                  metadata: dict | None = None) -> dict:
    """Write data/*.csv and datapackage.json into out_dir; return the descriptor."""
    (out_dir / "data").mkdir(parents=True, exist_ok=True)
    # One thread per table: polars writes and hashlib hashes without holding the GIL.
    with ThreadPoolExecutor(max_workers=len(TABLES)) as pool:
        written = [pool.submit(write_csv, tables[t.name], t, out_dir / t.path) for t in TABLES]
        resources = [resource_descriptor(t, size=f.result()[0], sha256=f.result()[1])
                     for t, f in zip(TABLES, written)]
    descriptor = package_descriptor(resources, metadata)
    (out_dir / DICTIONARY).write_text(render_dictionary(), encoding="utf-8")
    (out_dir / DESCRIPTOR).write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return descriptor


def package_files() -> list[str]:
    """Relative paths of every file a package consists of (tables first, descriptor last)."""
    return [t.path for t in TABLES] + [DICTIONARY, DESCRIPTOR]
