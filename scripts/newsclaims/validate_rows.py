"""Layer 2a: the row checks frictionless makes (header, UTF-8, types, constraints, keys), in polars.

frictionless validates rows in pure Python (about 18 k rows/s). These are the same checks on
whole columns: `load_package` reads each CSV (UTF-8, header) into string columns the way
frictionless does (`""` is missing), parses them to their Table Schema types, and
`check_rows` checks required, enum, pattern, minimum, unique, primary and foreign keys.
The typed tables it returns feed the great-expectations and consistency layers.

Rows are named by their primary key, or `row N` (frictionless' row number: the header is
row 1) when the key itself is missing.
"""

from __future__ import annotations

import codecs
import csv
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from newsclaims.schema import TABLES, TABLES_BY_NAME, Field, Table
from newsclaims.validate import Failure, examples

ROW = "_row"  # frictionless row number of each data row (header = 1)
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")


@dataclass
class Loaded:
    """The package's tables as read: raw strings and parsed values, per readable table."""

    package_dir: Path
    raw: dict[str, pl.DataFrame] = field(default_factory=dict)  # all String, plus ROW
    typed: dict[str, pl.DataFrame] = field(default_factory=dict)  # parsed; bad cells -> null
    type_errors: dict[str, set[str]] = field(default_factory=dict)  # table -> columns
    failures: list[Failure] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)  # table -> why it was skipped
    field_failures: dict[str, list[Failure]] = field(default_factory=dict)  # made while loading

    def ok(self, *names: str) -> bool:
        """True when every named table was read."""
        return all(n in self.typed for n in names)

    def release_raw(self) -> None:
        """Drop the raw strings no later layer reads (every column but those that did not parse
        to their type): after the row checks they only hold memory."""
        for name, raw in self.raw.items():
            keep = sorted(self.type_errors.get(name, set()))
            self.raw[name] = raw.select(ROW, *keep)


UTF8_CHUNK = 1 << 24  # bytes decoded at a time by the UTF-8 check


def _utf8_error(path: Path) -> str | None:
    """Where the file is not UTF-8, or None. Decodes 16 MB at a time (a multi-byte character
    cut by a chunk boundary is carried over), so a large table never sits in memory as one
    bytes object and one str."""
    carry, offset, lines = b"", 0, 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(UTF8_CHUNK)
            final = not chunk
            data = carry + chunk
            try:
                _, used = codecs.utf_8_decode(data, "strict", final)
            except UnicodeDecodeError as exc:
                line = lines + data.count(b"\n", 0, exc.start) + 1
                return (f"not UTF-8: byte 0x{data[exc.start]:02x} at byte {offset + exc.start}"
                        f" (line {line})")
            lines += data.count(b"\n", 0, used)
            offset += used
            carry = data[used:]
            if final:
                return None


def _parse(col: str, f: Field) -> pl.Expr:
    c = pl.col(col)
    if f.type == "integer":
        return c.str.strip_chars().cast(pl.Int64, strict=False)
    if f.type == "number":
        return c.str.strip_chars().cast(pl.Float64, strict=False)
    if f.type == "boolean":
        mapping = {**{v: True for v in TRUE_VALUES}, **{v: False for v in FALSE_VALUES}}
        return c.replace_strict(mapping, default=None, return_dtype=pl.Boolean)
    if f.type == "date":
        return pl.when(c.str.to_date("%Y-%m-%d", strict=False).is_not_null()).then(c)
    return c


def _read_table(package_dir: Path, table: Table, loaded: Loaded) -> None:
    path = package_dir / table.path
    if not path.is_file():
        loaded.unreadable[table.name] = f"{table.path} not found"
        return  # the frictionless layer reports the missing file
    error = _utf8_error(path)
    if error is not None:
        loaded.failures.append(Failure("rows:encoding", table.name, error))
        loaded.unreadable[table.name] = "not UTF-8"
        return
    with path.open("rb") as fh:
        first_line = fh.readline().decode("utf-8").split("\n", 1)[0]
    header = next(csv.reader([first_line]), [])
    if header != table.field_names:
        missing = [n for n in table.field_names if n not in header]
        extra = [n for n in header if n not in table.field_names]
        dup = sorted({n for n in header if header.count(n) > 1})
        what = "; ".join(p for p in (
            missing and f"missing columns: {', '.join(missing)}",
            extra and f"extra columns: {', '.join(extra)}",
            dup and f"duplicated columns: {', '.join(dup)}",
        ) if p) or "columns in another order than the schema"
        loaded.failures.append(Failure("rows:header", table.name, what))
        loaded.unreadable[table.name] = "header does not match the schema"
        return
    try:  # polars reads the file itself: no copy of its bytes in Python
        raw = pl.read_csv(path, infer_schema=False, has_header=True)
    except Exception as exc:  # ragged rows, broken quoting
        msg = str(exc).split("\n", 1)[0]
        loaded.failures.append(Failure("rows:parse", table.name, f"not readable as CSV: {msg}"))
        loaded.unreadable[table.name] = "not readable as CSV"
        return
    # frictionless' missingValues [""]: an empty cell, quoted or not, is missing. Only columns
    # that hold a quoted "" are rewritten, one at a time (a copy of one column, not the table).
    empty = raw.select((pl.col(c) == "").any() for c in raw.columns).row(0)
    for c, has_empty in zip(raw.columns, empty, strict=True):
        if has_empty:
            raw = raw.with_columns(pl.when(pl.col(c) == "").then(None).otherwise(pl.col(c)).alias(c))
    raw = raw.with_row_index(ROW, offset=2)
    typed = raw.with_columns(_parse(f.name, f).alias(f.name) for f in table.fields)
    loaded.raw[table.name] = raw
    loaded.typed[table.name] = typed


def load_package(package_dir: Path, field_checks: bool = False) -> Loaded:
    """Read every table. With field_checks, each table's field checks (`check_rows`) run as
    soon as it is read, and the raw strings of its parsed columns are dropped before the next
    table is read, so they are never all in memory at once."""
    loaded = Loaded(Path(package_dir))
    for table in TABLES:
        _read_table(loaded.package_dir, table, loaded)
        if table.name not in loaded.raw:
            continue
        raw, typed = loaded.raw[table.name], loaded.typed[table.name]
        bad = set()
        for f in table.fields:
            if f.type != "string" and (raw[f.name].is_not_null() & typed[f.name].is_null()).any():
                bad.add(f.name)
        loaded.type_errors[table.name] = bad
        if field_checks:
            loaded.field_failures[table.name] = _field_checks(table, raw, typed)
            loaded.raw[table.name] = raw.select(  # string columns are shared with typed
                ROW, *(f.name for f in table.fields if f.type == "string" or f.name in bad))
    return loaded


def row_ids(df: pl.DataFrame, table: Table) -> pl.Series:
    """Each row's primary key, or `row N` where the key is missing."""
    pk = table.primary_key
    key = pl.col(pk[0]) if len(pk) == 1 else pl.concat_str([pl.col(c) for c in pk], separator="|")
    return df.select(pl.coalesce(key, pl.format("row {}", pl.col(ROW)))).to_series()


def offending(check: str, table: Table, df: pl.DataFrame, mask: pl.Expr, column: str | None,
              message: str, value: pl.Expr | None = None) -> list[Failure]:
    """A Failure for the rows of df where mask holds (nothing when there are none)."""
    bad = df.filter(mask)
    if bad.height == 0:
        return []
    head = bad.head(3)
    shown = value if value is not None else (pl.col(column) if column else None)
    vals = head.select(shown).to_series().to_list() if shown is not None else None
    return [Failure(check, table.name, message, column, bad.height,
                    examples(row_ids(head, table).to_list(), vals))]


def _field_checks(table: Table, raw: pl.DataFrame, typed: pl.DataFrame) -> list[Failure]:
    """Every field constraint of the table; the masks are counted in one parallel pass and
    only the failing ones are filtered for examples."""
    # raw cells, plus the parsed value of each non-string field as `<name>__parsed`
    both = raw.with_columns(typed[f.name].alias(f"{f.name}__parsed")
                            for f in table.fields if f.type != "string")
    checks: list[tuple[str, str | None, str, pl.Expr]] = []
    for f in table.fields:
        c, p = pl.col(f.name), pl.col(f"{f.name}__parsed")
        if f.type != "string":
            checks.append(("rows:type", f.name, f"not a valid {f.type}",
                           c.is_not_null() & p.is_null()))
        if f.required or f.name in table.primary_key:
            checks.append(("rows:required", f.name, "required value is missing", c.is_null()))
        if f.enum is not None:
            checks.append(("rows:enum", f.name, f"not one of {', '.join(f.enum)}",
                           c.is_not_null() & ~c.is_in(list(f.enum))))
        if f.pattern is not None:
            checks.append(("rows:pattern", f.name, f"does not match {f.pattern}",
                           c.is_not_null() & ~c.str.contains(f.pattern)))
        if f.minimum is not None:
            checks.append(("rows:minimum", f.name, f"below the minimum {f.minimum}",
                           (p < f.minimum).fill_null(False)))
        if f.unique:
            checks.append(("rows:unique", f.name, "value is not unique",
                           c.is_not_null() & c.is_duplicated()))
    pk = list(table.primary_key)
    if len(pk) > 1:
        checks.append(("rows:primary-key", None, "primary key is not unique",
                       pl.all_horizontal(pl.col(k).is_not_null() for k in pk)
                       & pl.struct(pk).is_duplicated()))
    else:
        checks.append(("rows:primary-key", pk[0], "primary key is not unique",
                       pl.col(pk[0]).is_not_null() & pl.col(pk[0]).is_duplicated()))
    counts = both.select(mask.sum().alias(str(i)) for i, (*_, mask) in enumerate(checks)).row(0)
    out: list[Failure] = []
    for (check, column, message, mask), n in zip(checks, counts, strict=True):
        if n:
            out += offending(check, table, both, mask, column, message)
    return out


def _foreign_key_checks(loaded: Loaded, table: Table) -> list[Failure]:
    out: list[Failure] = []
    raw = loaded.raw[table.name]
    for fk in table.foreign_keys:
        if fk.resource not in loaded.raw:
            continue  # the referenced table could not be read: already reported
        ref = loaded.raw[fk.resource].select(
            [pl.col(r).alias(f) for f, r in zip(fk.fields, fk.reference_fields, strict=True)]
        ).unique()
        cols = list(fk.fields)
        present = raw.filter(pl.any_horizontal(pl.col(c).is_not_null() for c in cols))
        dangling = present.join(ref, on=cols, how="anti", nulls_equal=False)
        if dangling.height:
            head = dangling.head(3)
            out.append(Failure(
                "rows:foreign-key", table.name,
                f"{', '.join(cols)} not found in {fk.resource}.{', '.join(fk.reference_fields)}",
                ", ".join(cols), dangling.height,
                examples(row_ids(head, table).to_list(), head[cols[0]].to_list())))
    return out


def check_rows(loaded: Loaded) -> list[Failure]:
    out: list[Failure] = []
    for table in TABLES:
        if table.name in loaded.field_failures:
            out += loaded.field_failures[table.name]
        elif table.name in loaded.raw:
            out += _field_checks(table, loaded.raw[table.name], loaded.typed[table.name])
    for table in TABLES:
        if table.name in loaded.raw:
            out += _foreign_key_checks(loaded, table)
    return out
