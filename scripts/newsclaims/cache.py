"""Content-addressed cache of per-article work, so a rebuild pays only for what changed.

Two kinds of entry live in one SQLite file (`<cache dir>/cache.sqlite`, default
`.cache/newsclaims/` in the repository, which git ignores):

- ingest:  sha256(file name + raw bytes + ingest code)        -> the Article it reads as
- extract: sha256(normalised text + language + article id      -> its claims, figures and the
                  + extraction rules)                               sources they refer to
- shard:   sha256(the extract keys of ~1,000 consecutive         -> their claims and figures as
                  articles)                                         Arrow IPC, and sources
- build:   sha256(every input, all package code)                 -> the package it gave

The article id is in the extract key because it reaches the rows (claim and figure ids); no other
article metadata does (the articles row itself is always rebuilt from the Article, never cached).
"Rules" are the bytes of the code and data that decide an entry (see RULE_FILES_*: extraction
sources, every lexicon, the registry file, the row layout) plus the versions of the libraries
they call, so editing a rule, a lexicon or the registry invalidates exactly the entries it must.

Values are pickled plain objects. The cache is an accelerator only: deleting it at any time gives
the same output on the next build, just slower. It is written by the building process alone
(pool or Dask workers only compute), inside one transaction per batch, so an interrupted build
leaves no half-written entry.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.ipc as pa_ipc

from newsclaims.paths import PACKAGE_DIR, REPO_ROOT
from newsclaims.schema import COLUMN_TYPES

# Bump when the layout of cached values or of the database changes.
FORMAT = 1
CACHE_SUBDIR = Path(".cache") / "newsclaims"
DB_NAME = f"cache-v{FORMAT}.sqlite"
_BATCH = 500  # keys per SELECT (SQLite allows 32766 parameters; smaller keeps latency even)

# Code and data each entry kind depends on (relative to the package dir; globs allowed).
RULE_FILES_INGEST = ("ingest.py", "normalize.py", "extract/view.py", "frontmatter.py", "html_text.py",
                     "language.py", "schema.py", "lexicons/boilerplate.yaml")
RULE_FILES_EXTRACT = ("extract/**/*.py", "lexicons/*.yaml", "tables.py", "schema.py")
LIBRARIES_INGEST = ("pyyaml", "regex", "selectolax", "trafilatura")
LIBRARIES_EXTRACT = ("pyyaml", "regex", "text2num")


def default_cache_dir() -> Path:
    """`.cache/newsclaims` in the repository when running from a checkout, else in the home."""
    if (REPO_ROOT / "pyproject.toml").is_file():
        return REPO_ROOT / CACHE_SUBDIR
    return Path.home() / CACHE_SUBDIR


def _library_versions(names: Iterable[str]) -> str:
    out = []
    for name in names:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return ";".join(out)


def files_digest(patterns: Iterable[str], base: Path = PACKAGE_DIR,
                 extra: Iterable[Path] = ()) -> str:
    """sha256 over (relative name, bytes) of every file matching the patterns, in name order."""
    files: dict[str, Path] = {}
    for pattern in patterns:
        for p in base.glob(pattern):
            if p.is_file() and "__pycache__" not in p.parts:
                files[p.relative_to(base).as_posix()] = p
    for p in extra:
        files[f"<extra>/{Path(p).name}"] = Path(p)
    h = hashlib.sha256()
    for name in sorted(files):
        data = files[name].read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


@lru_cache(maxsize=1)
def ingest_rules_hash() -> str:
    return hashlib.sha256(
        f"ingest;{FORMAT};{sys.version_info[:2]};{_library_versions(LIBRARIES_INGEST)};"
        f"{files_digest(RULE_FILES_INGEST)}".encode()).hexdigest()


def extract_rules_hash(registry_path: Path | None) -> str:
    """Hash of everything extraction output depends on besides the article itself."""
    registry = files_digest((), extra=[registry_path]) if registry_path else "-"
    return hashlib.sha256(
        f"extract;{FORMAT};{sys.version_info[:2]};{_library_versions(LIBRARIES_EXTRACT)};"
        f"{files_digest(RULE_FILES_EXTRACT)};{registry}".encode()).hexdigest()


def package_code_hash() -> str:
    """Every source and data file of the package: what turns inputs into the output."""
    return files_digest(("**/*.py", "**/*.yaml"))


def build_key(ingest_keys: Sequence[bytes], extract_rules: str, extra: dict) -> bytes:
    """Key of a whole build: every input file (by content key, in order), the extraction
    rules, all package code, and the build's other inputs (`extra`, JSON-able)."""
    h = hashlib.sha256(f"b\0{FORMAT}\0{extract_rules}\0{package_code_hash()}\0".encode())
    h.update(json.dumps(extra, sort_keys=True, default=str).encode())
    for key in ingest_keys:
        h.update(key)
    return h.digest()


def shard_key(extract_keys: Sequence[bytes]) -> bytes:
    """Key of a shard (consecutive articles): the extract keys of its members, in order."""
    h = hashlib.sha256(f"s\0{FORMAT}\0ipc\0".encode())  # ipc: frames stored as Arrow IPC
    for key in extract_keys:
        h.update(key)
    return h.digest()


def ingest_key(rules: str, file_name: str, raw: bytes) -> bytes:
    h = hashlib.sha256(f"i\0{rules}\0{file_name}\0".encode())
    h.update(raw)
    return h.digest()


def extract_key(rules: str, article_id: str, language: str, text_sha256: str) -> bytes:
    """`text_sha256`: the hex sha256 of the article's text (Article.sha256, computed where the
    file was read and carried with the article: hashing 100 k texts again here cost ~2 s of
    every rebuild)."""
    return hashlib.sha256(
        f"x\0{rules}\0{article_id}\0{language}\0{text_sha256}".encode()).digest()


def frame_bytes(df: pl.DataFrame) -> bytes:
    """A frame as Arrow IPC (uncompressed): what a shard entry stores. Writing it is about three
    times cheaper than pickling the frame (polars' own serialisation), and reads cost the same."""
    buf = io.BytesIO()
    df.write_ipc(buf, compression="uncompressed")
    return buf.getvalue()


_ARROW_TYPES = {t: getattr(pa, arrow)() for t, (_, arrow) in COLUMN_TYPES.items()}


def arrow_table(table, columns: Sequence[list]) -> pa.Table:
    """A table's columns (one list of values per field, in schema order) as an Arrow table of
    the types polars gives them (tables.polars_schema): pl.from_arrow of it equals the frame
    TableBuilder makes of the same columns. Built without polars (see build.shard_step)."""
    return pa.Table.from_arrays([pa.array(c, type=_ARROW_TYPES[f.type])
                                 for c, f in zip(columns, table.fields)],
                                names=list(table.field_names))


class _NoPandas:
    """A meta-path finder that refuses to import pandas (see skip_pandas_probe)."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("pandas is not imported here", name=name)
        return None


def skip_pandas_probe() -> None:
    """Let pyarrow's first conversion of Python lists (arrow_table) run without importing
    pandas: pyarrow imports pandas once per process only to ask whether the list is a pandas
    object (measured: 0.2-0.3 s in every pool worker, 0.6 s of CPU per build with two). One
    conversion here with pandas hidden makes pyarrow record that it has none for that question;
    an explicit use (Table.to_pandas) still imports it. Run only in pool workers, which never
    hold pandas objects (parallel._init_worker); a no-op where pandas is already imported."""
    if "pandas" in sys.modules:
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        pa.array([], type=pa.int64())
    finally:
        sys.meta_path.remove(finder)


def arrow_bytes(table: pa.Table) -> bytes:
    """An Arrow table as IPC file bytes (what frame_bytes gives for a polars frame)."""
    sink = pa.BufferOutputStream()
    with pa_ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def frame_from_bytes(data: bytes) -> pl.DataFrame:
    """frame_bytes (or arrow_bytes) back to a polars frame. polars' read_ipc copies into
    buffers of its own; pyarrow's reader (a third of the CPU) hands polars buffers that keep the
    whole IPC bytes alive (strings then held twice: measured +96 MiB of peak at 10 k)."""
    return pl.read_ipc(io.BytesIO(data))


def dumps(value: object) -> bytes:
    """A value as the cache stores it."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class Cache:
    """A key -> pickled value store in one SQLite file. Use as a context manager."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / DB_NAME
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        # Values are mostly blobs of 2 KB to a few MB: with SQLite's default 4 KiB pages each one
        # is a chain of overflow pages, and writing them costs about twice the CPU (measured at
        # 10,000 articles: 0.72 s of user+sys time vs 0.35 s). Only takes effect when the file
        # is created; an existing cache keeps its page size.
        self._db.execute("PRAGMA page_size=65536")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        # A rowid table with a separate key index: `present` reads only the (small) index.
        self._db.execute("CREATE TABLE IF NOT EXISTS entries "
                         "(key BLOB NOT NULL UNIQUE, value BLOB NOT NULL)")
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _stored(self, keys: Sequence[bytes]) -> Iterator[tuple[bytes, bytes]]:
        """(key, stored value) of those keys that are present, read _BATCH keys at a time."""
        for i in range(0, len(keys), _BATCH):
            chunk = keys[i:i + _BATCH]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(
                f"SELECT key, value FROM entries WHERE key IN ({marks})", chunk)

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, object]:
        """The cached values of those keys that are present (unpickled)."""
        found: dict[bytes, object] = {}
        for key, value in self._stored(keys):
            try:
                found[key] = pickle.loads(value)
            except Exception:  # a damaged or foreign entry is a miss, never an error
                continue
        return found

    def get_many_pickled(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The cached values of those keys that are present, as stored (still pickled: for a
        worker to unpickle)."""
        return dict(self._stored(keys))

    def present(self, keys: Sequence[bytes], count: bool = True) -> set[bytes]:
        """Which of the keys have an entry (values are not read); `count` adds them to the
        hit and miss statistics."""
        found: set[bytes] = set()
        for i in range(0, len(keys), _BATCH):
            chunk = keys[i:i + _BATCH]
            marks = ",".join("?" * len(chunk))
            found.update(k for (k,) in self._db.execute(
                f"SELECT key FROM entries WHERE key IN ({marks})", chunk))
        if count:
            self.hits += len(found)
            self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: Iterable[tuple[bytes, object]]) -> None:
        self.put_many_pickled([(k, dumps(v)) for k, v in items])

    def put_many_pickled(self, rows: Sequence[tuple[bytes, bytes]]) -> None:
        """put_many for values already pickled with `dumps` (workers pickle what they send
        back: the same bytes go into the cache, not pickled a second time here)."""
        if not rows:
            return
        self._db.execute("BEGIN")
        try:
            self._db.executemany("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", rows)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self.writes += len(rows)

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM entries").fetchone()[0]


def open_cache(directory: Path | None) -> Cache | None:
    """The cache in `directory`, or None (no caching) when it cannot be opened."""
    if directory is None:
        return None
    try:
        return Cache(directory)
    except (OSError, sqlite3.Error):
        return None
