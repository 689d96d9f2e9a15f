"""Layer 2a: the row checks frictionless makes (header, UTF-8, types, constraints, keys), in polars.

frictionless validates rows in pure Python (about 18 k rows/s). These are the same checks on
columns, a batch of rows at a time: `load_package` reads each CSV (UTF-8, header) in batches of
whole records (`BLOCK_BYTES` of the file each) into string columns the way frictionless does
(`""` is missing), parses them to their Table Schema types, and checks required, enum, pattern,
minimum and foreign keys batch by batch, summing the batches' counts. Of each table it keeps
only the columns a check needs whole (`Loaded.kept`): primary keys and unique columns (checked
once every batch is read), the columns other tables' foreign keys point to, and what the later
layers ask for. The later layers read the batches again (`Loaded.batches`): no layer holds a
whole table.

Rows are named by their primary key, or `row N` (frictionless' row number: the header is
row 1) when the key itself is missing.
"""

from __future__ import annotations

import codecs
import csv
import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from newsclaims.schema import TABLES, TABLES_BY_NAME, Field, Table
from newsclaims.validate import N_EXAMPLES, Failure, examples

ROW = "_row"  # frictionless row number of each data row (header = 1)
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
# Bytes of CSV parsed at a time (a batch ends at the last whole record in them).
BLOCK_BYTES = 32 << 20
UTF8_CHUNK = 1 << 24  # bytes decoded at a time by the UTF-8 check of a file that fails

# A table's foreign keys are checked batch by batch against the referenced table's keys, so
# every referenced table must be read before the tables that point to it.
for _i, _t in enumerate(TABLES):
    for _fk in _t.foreign_keys:
        assert TABLES_BY_NAME[_fk.resource] in TABLES[:_i], (
            f"{_t.name} refers to {_fk.resource}, which schema.TABLES lists after it")


class _ParseError(Exception):
    pass


@dataclass
class Loaded:
    """What pass one over the package kept: per readable table, its path and header, its row
    count, the columns whose cells did not all parse to their type, the columns kept whole
    (raw strings, plus ROW), and the row checks' failures."""

    package_dir: Path
    # table -> (csv, header line, (offset, length) of each block of records)
    paths: dict[str, tuple[Path, bytes, list[tuple[int, int]]]] = field(default_factory=dict)
    n_rows: dict[str, int] = field(default_factory=dict)
    kept_raw: dict[str, pl.DataFrame] = field(default_factory=dict)  # ROW + kept columns
    type_errors: dict[str, set[str]] = field(default_factory=dict)  # table -> columns
    failures: list[Failure] = field(default_factory=list)  # encoding, header, parse
    unreadable: dict[str, str] = field(default_factory=dict)  # table -> why it was skipped
    field_failures: dict[str, list[Failure]] = field(default_factory=dict)
    fk_failures: dict[str, list[Failure]] = field(default_factory=dict)

    def ok(self, *names: str) -> bool:
        """True when every named table was read."""
        return all(n in self.kept_raw for n in names)

    def kept(self, name: str, as_gx: bool = False) -> pl.DataFrame:
        """The kept columns of a table, parsed (bad cells null); with as_gx, a column with
        cells that did not parse stays raw strings, as the GX layer sees it."""
        return parse(TABLES_BY_NAME[name], self.kept_raw[name],
                     self.type_errors.get(name, set()) if as_gx else set())

    def batches(self, name: str) -> Iterator[tuple[pl.DataFrame, pl.DataFrame]]:
        """The table again, batch by batch: (raw strings + ROW, parsed)."""
        path, header, spans = self.paths[name]
        table = TABLES_BY_NAME[name]
        yield from ahead((raw, parse(table, raw))
                         for raw in _raw_batches(header, _blocks_at(path, spans)))


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


def _record_end(data: bytes) -> int:
    """The end of the last whole CSV record in data (after a newline outside quotes), or 0.
    A newline is outside quotes when the quotes before it are even in number (RFC 4180 doubles
    a quote inside a quoted value)."""
    quotes = data.count(b'"')
    pos, tail = len(data), 0
    while True:
        nl = data.rfind(b"\n", 0, pos)
        if nl < 0:
            return 0
        tail += data.count(b'"', nl + 1, pos)
        if (quotes - tail) % 2 == 0:
            return nl + 1
        pos = nl


def _blocks(path: Path, header: bytes, spans: list[tuple[int, int]] | None = None
            ) -> Iterator[bytes]:
    """The data records of a CSV file (after its header line), BLOCK_BYTES at a time, each
    block ending at a record boundary. Appends each block's (offset, length) to spans."""
    offset = len(header)
    with path.open("rb") as fh:
        fh.seek(offset)
        carry = b""
        while True:
            chunk = fh.read(BLOCK_BYTES)
            data = carry + chunk if carry else chunk
            if not data:
                return
            end = _record_end(data) if chunk else len(data)
            if not end:
                carry = data
                continue
            block, carry = data[:end], data[end:]
            del data
            if spans is not None:
                spans.append((offset, end))
            offset += end
            yield block
            if not chunk:
                return


def _blocks_at(path: Path, spans: list[tuple[int, int]]) -> Iterator[bytes]:
    """The blocks a first reading of the file found, read again."""
    with path.open("rb") as fh:
        for offset, length in spans:
            fh.seek(offset)
            yield fh.read(length)


def _raw_batches(header: bytes, blocks: Iterable[bytes], first_row: int = 2
                 ) -> Iterator[pl.DataFrame]:
    """The table's rows as string columns (an empty cell, quoted or not, is missing, as
    frictionless' missingValues [""] says) plus ROW, one block of records at a time; at least
    one (maybe empty) frame. Raises _ParseError where polars cannot read a block as CSV (nor
    as UTF-8: polars checks it)."""
    row, yielded = first_row, False
    for block in blocks:
        try:  # the header line first, so that a short first row is ragged, as in the file
            raw = pl.read_csv(header + block, infer_schema=False, has_header=True)
        except Exception as exc:  # ragged rows, broken quoting
            raise _ParseError(str(exc).split("\n", 1)[0]) from exc
        del block
        if raw.height == 0:
            continue
        empty = raw.select((pl.col(c) == "").any() for c in raw.columns).row(0)
        raw = raw.with_columns(pl.when(pl.col(c) == "").then(None).otherwise(pl.col(c)).alias(c)
                               for c, has_empty in zip(raw.columns, empty, strict=True)
                               if has_empty)
        yield raw.with_row_index(ROW, offset=row)
        row += raw.height
        yielded = True
    if not yielded:
        try:
            raw = pl.read_csv(header, infer_schema=False, has_header=True)
        except Exception as exc:
            raise _ParseError(str(exc).split("\n", 1)[0]) from exc
        yield raw.with_row_index(ROW, offset=row)


def ahead(items: Iterator) -> Iterator:
    """items, each made one ahead in a thread: polars reads the next batch (without the GIL,
    on the other core) while the caller checks this one. Exceptions arrive in order."""
    q: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()
    done = object()

    def put(entry) -> bool:
        while not stop.is_set():
            try:
                q.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not put((None, item)):
                    return
            put((None, done))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            put((exc, None))

    threading.Thread(target=run, name="validate-read-ahead", daemon=True).start()
    try:
        while True:
            exc, item = q.get()
            if exc is not None:
                raise exc
            if item is done:
                return
            yield item
            del item
    finally:
        stop.set()


def _parse_expr(col: str, f: Field) -> pl.Expr:
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


def parse(table: Table, raw: pl.DataFrame, keep_raw: Iterable[str] = ()) -> pl.DataFrame:
    """raw's columns parsed to their Table Schema types (cells that do not parse become null),
    but those in keep_raw."""
    keep_raw = set(keep_raw)
    return raw.with_columns(_parse_expr(f.name, f).alias(f.name) for f in table.fields
                            if f.name in raw.columns and f.type != "string"
                            and f.name not in keep_raw)


def _header(path: Path) -> tuple[bytes, list[str]]:
    with path.open("rb") as fh:
        line = fh.readline()
    return line, next(csv.reader([line.decode("utf-8").split("\n", 1)[0]]), [])


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


def merge_slots(total: list[Failure | None] | None,
                part: list[Failure | None]) -> list[Failure | None]:
    """Slot-by-slot sum of the failures of two consecutive batches: counts add up and the
    examples stay the first few in row order, so batching changes nothing in the report."""
    if total is None:
        return list(part)
    out: list[Failure | None] = []
    for a, b in zip(total, part, strict=True):
        if a is None or b is None:
            out.append(a if b is None else b)
        elif a.count is None or b.count is None:
            out.append(a)
        else:
            out.append(replace(a, count=a.count + b.count,
                               examples=(a.examples + b.examples)[:N_EXAMPLES]))
    return out


@dataclass(frozen=True)
class _Check:
    check: str
    column: str | None
    message: str
    mask: pl.Expr
    whole: bool  # decided on the whole column (uniqueness), not row by row


def _field_specs(table: Table) -> list[_Check]:
    """Every field constraint of the table, in report order. Masks read raw cells by name and
    the parsed value of each non-string field as `<name>__parsed`."""
    checks: list[_Check] = []
    for f in table.fields:
        c, p = pl.col(f.name), pl.col(f"{f.name}__parsed")
        if f.type != "string":
            checks.append(_Check("rows:type", f.name, f"not a valid {f.type}",
                                 c.is_not_null() & p.is_null(), False))
        if f.required or f.name in table.primary_key:
            checks.append(_Check("rows:required", f.name, "required value is missing",
                                 c.is_null(), False))
        if f.enum is not None:
            checks.append(_Check("rows:enum", f.name, f"not one of {', '.join(f.enum)}",
                                 c.is_not_null() & ~c.is_in(list(f.enum)), False))
        if f.pattern is not None:
            checks.append(_Check("rows:pattern", f.name, f"does not match {f.pattern}",
                                 c.is_not_null() & ~c.str.contains(f.pattern), False))
        if f.minimum is not None:
            checks.append(_Check("rows:minimum", f.name, f"below the minimum {f.minimum}",
                                 (p < f.minimum).fill_null(False), False))
        if f.unique:
            checks.append(_Check("rows:unique", f.name, "value is not unique",
                                 c.is_not_null() & c.is_duplicated(), True))
    pk = list(table.primary_key)
    if len(pk) > 1:
        checks.append(_Check("rows:primary-key", None, "primary key is not unique",
                             pl.all_horizontal(pl.col(k).is_not_null() for k in pk)
                             & pl.struct(pk).is_duplicated(), True))
    else:
        checks.append(_Check("rows:primary-key", pk[0], "primary key is not unique",
                             pl.col(pk[0]).is_not_null() & pl.col(pk[0]).is_duplicated(), True))
    return checks


def rows_columns(table: Table) -> list[str]:
    """The columns the row checks need whole: primary key, unique columns, and the columns
    other tables' foreign keys refer to."""
    cols = list(table.primary_key) + [f.name for f in table.fields if f.unique]
    for t in TABLES:
        for fk in t.foreign_keys:
            if fk.resource == table.name:
                cols += fk.reference_fields
    return list(dict.fromkeys(cols))


def _run_checks(table: Table, checks: list[_Check], raw: pl.DataFrame,
                typed: pl.DataFrame | None) -> list[Failure | None]:
    """One slot per check: its failure on these rows, or None. The masks are counted in one
    parallel pass and only the failing ones are filtered for examples."""
    both = raw
    if typed is not None:
        both = raw.with_columns(typed[f.name].alias(f"{f.name}__parsed")
                                for f in table.fields if f.type != "string")
    counts = both.select(c.mask.sum().alias(str(i)) for i, c in enumerate(checks)).row(0)
    out: list[Failure | None] = []
    for c, n in zip(checks, counts, strict=True):
        found = offending(c.check, table, both, c.mask, c.column, c.message) if n else []
        out.append(found[0] if found else None)
    return out


def _foreign_keys(loaded: Loaded, table: Table, df: pl.DataFrame) -> list[Failure]:
    """The rows of df whose (non-empty) foreign key is not among the referenced table's keys,
    per foreign key whose table was read."""
    out: list[Failure] = []
    for fk in table.foreign_keys:
        if fk.resource not in loaded.kept_raw:
            continue  # the referenced table could not be read: already reported
        ref = loaded.kept_raw[fk.resource].select(
            pl.col(r).alias(f) for f, r in zip(fk.fields, fk.reference_fields, strict=True))
        cols = list(fk.fields)
        present = df.filter(pl.any_horizontal(pl.col(c).is_not_null() for c in cols))
        dangling = present.join(ref.unique(), on=cols, how="anti", nulls_equal=False,
                                maintain_order="left")
        if dangling.height == 0:
            continue
        head = dangling.head(3)
        out.append(Failure(
            "rows:foreign-key", table.name,
            f"{', '.join(cols)} not found in {fk.resource}.{', '.join(fk.reference_fields)}",
            ", ".join(cols), dangling.height,
            examples(row_ids(head, table).to_list(), head[cols[0]].to_list())))
    return out


def _not_readable(loaded: Loaded, table: Table, path: Path, parse_error: str = "") -> None:
    """Report a table that cannot be read: where it is not UTF-8, if anywhere (as the first
    problem, even when a record before it is already not CSV), else why it is not CSV."""
    error = _utf8_error(path)
    if error is not None:
        loaded.failures.append(Failure("rows:encoding", table.name, error))
        loaded.unreadable[table.name] = "not UTF-8"
    else:
        loaded.failures.append(Failure("rows:parse", table.name,
                                       f"not readable as CSV: {parse_error}"))
        loaded.unreadable[table.name] = "not readable as CSV"


def _load_table(loaded: Loaded, table: Table, field_checks: bool, keep: list[str]) -> None:
    path = loaded.package_dir / table.path
    if not path.is_file():
        loaded.unreadable[table.name] = f"{table.path} not found"
        return  # the frictionless layer reports the missing file
    try:
        header_line, header = _header(path)
    except UnicodeDecodeError:
        header_line, header = None, None
    if header_line is None:
        return _not_readable(loaded, table, path)
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
    keep = list(dict.fromkeys([*rows_columns(table), *keep]))
    checks = _field_specs(table) if field_checks else []
    per_row = [c for c in checks if not c.whole]
    # the foreign keys are checked once the table is read (one join each, not one per batch)
    fk_cols = [c for fk in table.foreign_keys for c in fk.fields if c not in keep]
    fk_cols = list(dict.fromkeys(fk_cols)) if field_checks else []
    slots: list[Failure | None] | None = None
    bad: set[str] = set()
    parts: list[pl.DataFrame] = []
    spans: list[tuple[int, int]] = []
    batches = ahead(_raw_batches(header_line, _blocks(path, header_line, spans)))
    while True:
        try:
            raw = next(batches)
        except StopIteration:
            break
        except _ParseError as exc:
            return _not_readable(loaded, table, path, str(exc))
        typed = parse(table, raw)
        parsed = [f.name for f in table.fields if f.type != "string"]
        if parsed:
            failed = raw.select((pl.col(c).is_not_null() & typed[c].is_null()).any()
                                for c in parsed).row(0)
            bad |= {c for c, b in zip(parsed, failed, strict=True) if b}
        if field_checks:
            slots = merge_slots(slots, _run_checks(table, per_row, raw, typed))
        parts.append(raw.select(ROW, *keep, *fk_cols))
        del raw, typed
    kept = pl.concat(parts, rechunk=True)
    del parts
    if field_checks:
        loaded.fk_failures[table.name] = _foreign_keys(loaded, table, kept)
        kept = kept.select(ROW, *keep)
    loaded.kept_raw[table.name] = kept
    loaded.n_rows[table.name] = kept.height
    loaded.type_errors[table.name] = bad
    loaded.paths[table.name] = (path, header_line, spans)
    if field_checks:
        whole = _run_checks(table, [c for c in checks if c.whole], kept, None)
        by_check = iter(slots or [None] * len(per_row))
        by_whole = iter(whole)
        ordered = [next(by_whole) if c.whole else next(by_check) for c in checks]
        loaded.field_failures[table.name] = [f for f in ordered if f is not None]


def load_package(package_dir: Path, field_checks: bool = False,
                 keep: dict[str, Iterable[str]] | None = None) -> Loaded:
    """Read every table once, batch by batch (pass one): with field_checks, run the row checks
    as each batch is read; keep of each table the columns the checks need whole and those
    `keep` names."""
    loaded = Loaded(Path(package_dir))
    keep = keep or {}
    for table in TABLES:
        _load_table(loaded, table, field_checks, list(keep.get(table.name, ())))
    return loaded


def check_rows(loaded: Loaded) -> list[Failure]:
    """The row checks' failures: every table's field checks, then its foreign keys."""
    out: list[Failure] = []
    for table in TABLES:
        out += loaded.field_failures.get(table.name, [])
    for table in TABLES:
        out += loaded.fk_failures.get(table.name, [])
    return out
