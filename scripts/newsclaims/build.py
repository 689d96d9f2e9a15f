"""Build: a folder of article files in, a validated Data Package out, published atomically.

Stages: ingest (files -> Articles) -> extract (pure, per article) -> tables -> write into a
staging folder -> validate -> move into place. A failed validation or an interrupted build
leaves the previous package exactly as it was.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import os
import pickle
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import polars as pl

from newsclaims.cache import (Cache, arrow_bytes, arrow_table, build_key, default_cache_dir,
                              dumps, extract_key, extract_rules_hash, frame_bytes,
                              frame_from_bytes, ingest_key, ingest_rules_hash, open_cache,
                              shard_key)
from newsclaims.corrections import CorrectionError, apply_corrections, load_corrections
from newsclaims.extract import extract_article
from newsclaims.extract.registry import load_registry
from newsclaims.ingest import (Article, IngestError, Problem, article_from_bytes, collect,
                               discover, read_raw)
from newsclaims.package import DESCRIPTOR, DICTIONARY, package_files, write_package
from newsclaims.parallel import (Engine, EngineError, cached_map, failure, release_memory,
                                 worker_registry)
from newsclaims.paths import REGISTRY_PATH
from newsclaims.schema import CLAIMS, FIGURES
from newsclaims.tables import (ArticleColumns, ArticleRows, TableBuilder, article_row,
                               columns_for_article, columns_frame, from_columns)
from newsclaims.validate import ValidationReport, validate_package

STAGING_PREFIX = ".build-"


class _Clock:
    """Records the seconds since the previous call under each stage name."""

    def __init__(self, into: dict[str, float]):
        self.into, self.last = into, time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = self.into.get(stage, 0.0) + now - self.last
        self.last = now


class BuildFailed(Exception):
    def __init__(self, message: str, validation: ValidationReport | None = None):
        super().__init__(message)
        self.validation = validation


@dataclass
class BuildReport:
    out_dir: Path
    n_files: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    validation: ValidationReport | None = None
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    cache: dict[str, int] = field(default_factory=dict)  # hits, misses, writes
    unchanged: bool = False  # nothing changed since the build of the package in out_dir

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors and (self.validation is None or not self.validation.blocking)


def extract_step(article: Article, registry) -> tuple:
    """What extraction contributes beyond the article itself (what the cache stores and what
    workers send back): claims, figures and the sources they refer to."""
    return columns_for_article(article, extract_article(article.text, article.language, registry))


# Composed sentences (with a speaker and a count) that run every stage of extraction, so that
# warm_extraction compiles the rules each stage loads on its first use; the second of each
# language has a cue that counts only in its context ("had come home": a swap's prisoners)
# without that context, which compiles the rules loaded lazily for it (figures' plain_re).
_WARM_TEXTS = (("en", "The health ministry said on Monday that 12 people were killed.\n"),
               ("en", "Officials said 40 families had come home on Monday.\n"),
               ("ar", "وقالت وزارة الصحة إن 12 شخصا قتلوا يوم الاثنين.\n"),
               ("ar", "وقال المسؤول إن 30 عائلة عاد أفرادها يوم الاثنين.\n"))


def warm_extraction(registry=None) -> None:
    """Import the extraction code and compile its rules and lexicons (about 2 s) in this
    process. A build runs it right before it forks its worker pool: each worker inherits them
    instead of compiling them again at its first article. Extraction is pure, so the output
    does not depend on it; a rule a stage loads only for rarer input is still loaded on use."""
    for language, text in _WARM_TEXTS:
        extract_article(text, language, registry)


def ingest_step(item: tuple[str, bytes], registry=None) -> tuple[Article | None, list[Problem]]:
    """The pure per-file step: (file name, bytes) in, (Article or None, problems) out."""
    name, raw = item
    try:
        return article_from_bytes(raw, name)
    except IngestError as exc:
        return None, [Problem(name, exc.reason, exc.line)]


# A file whose stat signature is unchanged since its content key was recorded is not read
# again (as git's index does), unless it was modified less than this long before the record: a
# second write within one timestamp tick could leave its signature unchanged.
STAT_TRUST_NS = 2_000_000_000


@dataclass
class Inputs:
    """The input files: (name, bytes) per readable file (bytes None when its stat signature
    says it is unchanged: read only if needed), their content keys, and the problems of
    unreadable ones (by the index of the next readable file, to keep file order)."""

    items: list[tuple[str, bytes | None]]
    keys: list[bytes]
    problems_at: dict[int, list[Problem]]
    paths: list[Path] = field(default_factory=list)
    stat_index: dict = field(default_factory=dict)  # name -> (signature, key, recorded ns)
    stat_changed: bool = True


def _signature(st: os.stat_result) -> tuple:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def read_inputs(paths: list[Path], known: dict | None = None) -> Inputs:
    """Content keys of the files; `known` (a previous stat_index) lets unchanged files go
    unread."""
    known = known or {}
    rules = ingest_rules_hash()
    now = time.time_ns()
    inputs = Inputs([], [], {})
    for path in paths:
        try:
            st = path.stat()
            sig = _signature(st)
            entry = known.get(path.name)
            if entry is not None and entry[0] == sig and \
                    entry[2] - max(st.st_mtime_ns, st.st_ctime_ns) > STAT_TRUST_NS:
                raw, key, recorded = None, entry[1], entry[2]
            else:
                raw = read_raw(path)
                key, recorded = ingest_key(rules, path.name, raw), now
        except IngestError as exc:
            inputs.problems_at.setdefault(len(inputs.items), []).append(
                Problem(path.name, exc.reason, exc.line))
            continue
        except OSError as exc:
            inputs.problems_at.setdefault(len(inputs.items), []).append(
                Problem(path.name, f"cannot read file: {exc.strerror or exc}"))
            continue
        inputs.items.append((path.name, raw))
        inputs.keys.append(key)
        inputs.paths.append(path)
        inputs.stat_index[path.name] = (sig, key, recorded)
    inputs.stat_changed = inputs.stat_index != known
    return inputs


def _stat_index_key(articles_dir: Path) -> bytes:
    return hashlib.sha256(f"stat\0{ingest_rules_hash()}\0{articles_dir.resolve()}".encode()).digest()


def ingest_all(paths: list[Path] | Inputs, engine: Engine, cache: Cache | None = None
               ) -> tuple[list[Article], list[Problem]]:
    """ingest.ingest_files, with cached results per file content and misses run on the engine."""
    inputs = paths if isinstance(paths, Inputs) else read_inputs(paths)
    items, keys, problems_at = inputs.items, list(inputs.keys), dict(inputs.problems_at)
    unread = [i for i, (_, raw) in enumerate(items) if raw is None]
    if unread:  # files trusted unread whose article is not cached after all: read them now
        cached = (cache.present([keys[i] for i in unread], count=False)
                  if cache is not None else set())
        rules = ingest_rules_hash()
        for i in unread:
            if keys[i] not in cached:
                raw = inputs.paths[i].read_bytes()
                items[i] = (items[i][0], raw)
                keys[i] = ingest_key(rules, items[i][0], raw)

    def results():
        for i, ok, value in cached_map(ingest_step, items, keys if cache is not None else None,
                                       engine, cache, consume=True):  # frees each file's bytes
            if i in problems_at:  # unreadable files listed before this one
                yield None, problems_at.pop(i)
            yield value if ok else (None, [Problem(items[i][0], f"ingest failed: {value}")])
        for i in sorted(problems_at):
            yield None, problems_at[i]

    return collect(results())


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _package_record(out_dir: Path) -> dict:
    return {rel: _sha256_file(out_dir / rel) for rel in (DESCRIPTOR, DICTIONARY)}


def _package_intact(out_dir: Path, record: dict) -> bool:
    """out_dir holds exactly the package the record describes: descriptor and dictionary
    unchanged, and every table file matching the size and hash its descriptor states."""
    try:
        if _package_record(out_dir) != record["files"]:
            return False
        descriptor = json.loads((out_dir / DESCRIPTOR).read_text(encoding="utf-8"))
        for resource in descriptor["resources"]:
            path = out_dir / resource["path"]
            if path.stat().st_size != resource["bytes"] or \
                    "sha256:" + _sha256_file(path) != resource["hash"]:
                return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return True


def iter_extracted(articles: list[Article], registry, problems: list[Problem],
                   tick: Callable[[], None] = lambda: None, *, engine: Engine | None = None,
                   cache: Cache | None = None, registry_path: Path | None = None
                   ) -> Iterator[ArticleColumns]:
    """Every article's rows, in the order given, streamed (nothing is held for all articles).
    Results come from the cache when the article and the rules are unchanged, else from the
    engine (serial, process pool or Dask); failures become problems, the others still build."""
    own = engine is None
    engine = engine or Engine(registry, jobs=1)
    keys = None
    if cache is not None:
        rules = extract_rules_hash(registry_path)
        keys = [extract_key(rules, a.article_id, a.language, a.sha256) for a in articles]
    try:
        for i, ok, value in cached_map(extract_step, articles, keys, engine, cache, tick):
            article = articles[i]
            if ok:
                yield ArticleColumns(article_row(article), *value)
            else:
                problems.append(Problem(article.source_file, f"extraction failed: {value}"))
    finally:
        if own:
            engine.close()


# Articles per shard on average. A rebuild with one article changed rebuilds that article's
# shard from its members' per-article entries (~0.8 ms each: unpickle, columns, frames) while an
# unchanged shard loads as Arrow frames (~20 us per article, ~0.5 ms per shard): smaller shards
# cost the changed one less and the others about the same (measured at 20 k, process CPU of the
# one-changed rebuild, 3 interleaved runs each: 1000 -> 2.56 s, 500 -> 2.43 s, 250 -> 2.21 s).
SHARD_MEAN = 250
SHARD_MAX = 4 * SHARD_MEAN


def plan_shards(articles: list[Article]) -> list[tuple[int, int]]:
    """Consecutive ranges of the articles (in id order), cut after each article whose id hashes
    to 0 modulo SHARD_MEAN (or after SHARD_MAX articles): the cuts depend on ids alone, so
    adding, removing or changing an article changes only its own shard."""
    ranges, start = [], 0
    for i, a in enumerate(articles):
        h = int.from_bytes(hashlib.blake2b(a.article_id.encode("utf-8"), digest_size=8).digest(),
                           "big")
        if h % SHARD_MEAN == 0 or i + 1 - start >= SHARD_MAX:
            ranges.append((start, i + 1))
            start = i + 1
    if start < len(articles):
        ranges.append((start, len(articles)))
    return ranges


def extract_tables(articles: list[Article], registry, problems: list[Problem],
                   tick: Callable[[], None] = lambda: None, *, engine: Engine,
                   cache: Cache | None = None, registry_path: Path | None = None
                   ) -> dict[str, pl.DataFrame]:
    """The four tables of the articles (sorted by id), extracting only what no cache holds.
    Consumes `articles` (each entry is set to None once its rows are made, to free its text).

    Two cache levels: a shard (about SHARD_MEAN consecutive articles) whose members are all
    unchanged comes back as ready polars frames; any other shard goes to the engine's workers
    whole (or, near the end of the work, in a few consecutive pieces), with the per-article
    cache entries of its unchanged members: the worker extracts only the changed ones and
    builds the shard's claims and figures frames itself (shard_step), so this process only
    stores what comes back and concatenates frames. A shard with a failed article is never
    cached, so the failure is reported again."""
    out = TableBuilder()
    ranges = plan_shards(articles)
    keys = skeys = None
    have: set[bytes] = set()
    if cache is not None:
        rules = extract_rules_hash(registry_path)
        keys = [extract_key(rules, a.article_id, a.language, a.sha256) for a in articles]
        skeys = [shard_key(keys[s:e]) for s, e in ranges]
        have = cache.present(skeys)
    work = [n for n in range(len(ranges)) if skeys is None or skeys[n] not in have]
    present: set[bytes] = set()
    n_extract = sum(e - s for s, e in (ranges[n] for n in work))
    if cache is not None and work:
        present = cache.present([keys[i] for n in work for i in range(*ranges[n])])
        n_extract -= len(present)
    runner = engine.runner(n_extract)
    pieces = _plan_pieces([ranges[n] for n in work], runner.workers)
    store = cache is not None

    def members(s: int, e: int) -> list[tuple]:
        cached = cache.get_many_pickled([keys[i] for i in range(s, e) if keys[i] in present]) \
            if present else {}
        return [(a.article_id, a.language, a.text, cached.get(keys[i]) if cached else None)
                for i, a in zip(range(s, e), articles[s:e])]

    results = _run_pieces(runner, [p for ps in pieces for p in ps], members, store)
    to_write: list[tuple[bytes, bytes]] = []
    done_since_trim = 0
    w = 0  # index into work / pieces
    for n, (s, e) in enumerate(ranges):
        if skeys is not None and skeys[n] in have:
            value = _shard_from_cache(cache.get_many([skeys[n]]).get(skeys[n]))
            if value is None:  # vanished or unreadable since the look-up: recompute it here
                present |= cache.present(keys[s:e], count=False)
                part = shard_step(members(s, e), registry, store=True, ipc=False)
                value = _shard_value([part], articles, s, keys, skeys[n], problems, to_write)
        else:
            value = _shard_value([next(results) for _ in pieces[w]], articles, s, keys,
                                 skeys[n] if skeys else None, problems, to_write)
            w += 1
        for _ in range(s, e):
            tick()
        claims, figures, sources = value
        # the articles table is always made from the articles themselves
        out.add_articles(articles[s:e])
        articles[s:e] = [None] * (e - s)  # done with: their texts live in the articles frame only
        out.add_frames({CLAIMS.name: claims, FIGURES.name: figures})
        out.add_sources(sources)
        done_since_trim += e - s
        if store and len(to_write) >= _WRITE_BATCH:
            cache.put_many_pickled(to_write)
            to_write = []
        if done_since_trim >= _WRITE_BATCH:
            release_memory()
            done_since_trim = 0
    if store:
        cache.put_many_pickled(to_write)
    for _ in results:  # (nothing left)
        pass
    return out.tables_dict()


_WRITE_BATCH = 1000  # articles between cache writes (one transaction each) and memory trims


class _Member(NamedTuple):
    """What extract_step reads of an Article (all a worker is sent of one)."""

    article_id: str
    language: str
    text: str


def shard_step(members: list[tuple], registry=None, *, store: bool = True,
               ipc: bool = True) -> tuple:
    """Where a shard (or a piece of one) is made, on a worker: its members are
    (article id, language, text, the article's cache entry as stored or None). Extracts each
    member without a readable entry and builds the claims and figures tables of all members
    that did not fail: (outcome per member, claims, figures, sources). An outcome is (True, the
    new value pickled for the cache (None without `store` or when it came from the cache)) or
    (False, failure message). With `ipc` (on a worker) the tables are Arrow IPC bytes (what a
    shard cache entry stores, cheap to send and to store), built with pyarrow, never polars:
    polars' thread pool does not survive a fork (a worker forked after its parent used polars
    would hang), pyarrow's does. Without `ipc` the step runs in the building process itself
    (serially, or to mend a shard entry) and the tables are polars frames, built as
    TableBuilder builds them (no Arrow detour, and no pandas import: see
    cache.skip_pandas_probe)."""
    registry = worker_registry(registry)
    claims = tuple([] for _ in CLAIMS.fields)
    figures = tuple([] for _ in FIGURES.fields)
    sources: dict[str, tuple] = {}
    outcomes = []
    for article_id, language, text, entry in members:
        value = None
        if entry is not None:
            try:
                value = pickle.loads(entry)
            except Exception:  # a damaged or foreign entry is a miss, never an error
                value = None
        if value is not None:
            outcome = (True, None)
        else:
            try:
                value = extract_step(_Member(article_id, language, text), registry)
            except Exception as exc:
                outcomes.append((False, failure(exc)))
                continue
            outcome = (True, dumps(value) if store else None)
        for col, values in zip(claims, value[0]):
            col.extend(values)
        for col, values in zip(figures, value[1]):
            col.extend(values)
        for src in value[2]:
            if src[0] not in sources:
                sources[src[0]] = src
        outcomes.append(outcome)
    if ipc:
        claims = arrow_bytes(arrow_table(CLAIMS, claims))
        figures = arrow_bytes(arrow_table(FIGURES, figures))
    else:
        claims, figures = columns_frame(CLAIMS, claims), columns_frame(FIGURES, figures)
    return outcomes, claims, figures, tuple(sources.values())


def _plan_pieces(ranges: list[tuple[int, int]], workers: int) -> list[list[tuple[int, int]]]:
    """Per shard, the consecutive pieces its members are sent in: the whole shard while much
    work is left, split near the end into pieces of about a sixteenth of what is left per
    worker (at least 16 articles), so that no worker sits idle while another makes a big last
    shard."""
    if workers <= 1:  # nobody to keep busy: a piece would only cost a concatenation
        return [[r] for r in ranges]
    left = sum(e - s for s, e in ranges)
    out = []
    for s, e in ranges:
        limit = max(16, left // (workers * 8))
        k = max(1, (e - s) // limit)  # pieces of limit to 2 * limit articles
        cuts = [s + (e - s) * j // k for j in range(k + 1)]
        out.append(list(zip(cuts, cuts[1:])))
        left -= e - s
    return out


def _run_pieces(runner, pieces: list[tuple[int, int]], members: Callable, store: bool
                ) -> Iterator[tuple]:
    """shard_step of each piece on the runner, a few in flight, results in order."""
    inflight: deque = deque()
    todo = iter(pieces)
    ahead = max(2, 4 * runner.workers)
    ipc = getattr(runner, "pickled", True)

    def fill() -> None:
        for s, e in itertools.islice(todo, ahead - len(inflight)):
            inflight.append(runner.call(shard_step, members(s, e), store=store, ipc=ipc))

    try:
        fill()
        while inflight:
            future = inflight.popleft()
            fill()
            yield future.result()
    finally:
        for future in inflight:
            cancel = getattr(future, "cancel", None)
            if cancel:
                cancel()


def _shard_value(parts: list[tuple], articles: list[Article], s: int, keys: list | None,
                 key: bytes | None, problems: list[Problem], to_write: list) -> tuple:
    """A shard's claims and figures frames and sources from what shard_step returned for its
    pieces (starting at articles[s]); queues the new per-article entries and (when no member
    failed) the shard's entry in to_write."""
    complete = True
    i = s
    for outcomes, *_ in parts:
        for ok, value in outcomes:
            if not ok:
                problems.append(Problem(articles[i].source_file, f"extraction failed: {value}"))
                complete = False
            elif value is not None and keys is not None:
                to_write.append((keys[i], value))
            i += 1
    if len(parts) == 1:
        _, claims, figures, sources = parts[0]
    else:
        claims = pl.concat([_frame(p[1]) for p in parts], how="vertical")
        figures = pl.concat([_frame(p[2]) for p in parts], how="vertical")
        seen: dict = {}
        for p in parts:
            for src in p[3]:
                seen.setdefault(src[0], src)
        sources = tuple(seen.values())
    if key is not None and complete:
        to_write.append((key, dumps((_ipc(claims), _ipc(figures), sources))))
    return _frame(claims), _frame(figures), sources


def _frame(value: bytes | pl.DataFrame) -> pl.DataFrame:
    """A shard_step table (IPC bytes from a worker, a frame made here) as a polars frame."""
    return frame_from_bytes(value) if isinstance(value, bytes) else value


def _ipc(value: bytes | pl.DataFrame) -> bytes:
    """The same as IPC bytes (what a shard cache entry stores)."""
    return value if isinstance(value, bytes) else frame_bytes(value)


def _shard_from_cache(entry) -> tuple | None:
    """A shard entry (claims and figures as Arrow IPC, sources) back to frames; None when the
    entry is missing or not of that shape (then its members are recomputed)."""
    try:
        claims, figures, sources = entry
        return frame_from_bytes(claims), frame_from_bytes(figures), sources
    except Exception:  # a damaged or foreign entry is a miss, never an error
        return None


def extract_all(articles: Iterable[Article], registry, problems: list[Problem],
                tick: Callable[[], None] = lambda: None, *, jobs: int = 1,
                engine: str = "processes", scheduler: str | None = None) -> list[ArticleRows]:
    """Every article's rows as a list (for callers that want them all at once; the build
    streams them with iter_extracted instead). Output is identical for any jobs/engine."""
    with Engine(registry, engine=engine, jobs=jobs, scheduler=scheduler) as eng:
        return [from_columns(c) for c in
                iter_extracted(list(articles), registry, problems, tick, engine=eng)]


def _clean_stale_staging(parent: Path, name: str) -> None:
    """Remove staging folders that an interrupted build of the same package left behind."""
    for stale in parent.glob(f"{STAGING_PREFIX}{name}-*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)


def publish(stage: Path, out_dir: Path) -> None:
    """Move a staged package into out_dir: one rename when out_dir is new, else replace each
    package file (atomic per file, the descriptor last, so a reader never sees new tables
    described by nothing), leaving every other file in out_dir alone."""
    if not out_dir.exists():
        os.replace(stage, out_dir)
        return
    (out_dir / "data").mkdir(exist_ok=True)
    for rel in package_files():
        os.replace(stage / rel, out_dir / rel)
    shutil.rmtree(stage, ignore_errors=True)


# Thresholds of the cyclic garbage collector while the building process reads and assembles
# (see _rare_collections).
GC_THRESHOLDS = (100_000, 20, 20)


class _rare_collections:
    """Raises the cyclic collector's thresholds until `close` (idempotent) puts the previous
    ones back. Reading and assembling create many small containers (each cached article's
    columns, 20,000 Articles per 20,000 files) that stay alive and hold no reference cycle: at
    the default thresholds the collector walked them again and again (measured on a rebuild
    with one article changed at 20 k: about 0.4 s of 4-5 s). Cycles are still collected, only
    less often; pool workers are forked with the default thresholds (parallel._init_worker)."""

    def __init__(self):
        self._previous = gc.get_threshold()
        gc.set_threshold(*GC_THRESHOLDS)

    def close(self) -> None:
        if self._previous is not None:
            gc.set_threshold(*self._previous)
            self._previous = None


def build_package(articles_dir: Path, out_dir: Path, *, registry_path: Path | None = None,
                  validate: bool = True, progress: Callable[[str, int], Callable[[], None]] | None = None,
                  metadata: dict | None = None,
                  corrections_path: Path | None = None,
                  jobs: int | None = None, engine: str = "processes", scheduler: str | None = None,
                  cache: bool = True, cache_dir: Path | None = None) -> BuildReport:
    """Build the package of every article file in articles_dir into out_dir.

    `progress(label, total)` may return a tick function (the CLI passes a rich progress bar).
    Raises BuildFailed when nothing could be built or validation fails; per-article problems
    are collected in the report and the other articles still build.

    Speed (never the output): `jobs` worker processes (default: one per CPU; small jobs run
    serially), or `engine="dask"` on the cluster at `scheduler`; per-article results are cached
    in `cache_dir` (default .cache/newsclaims) unless `cache` is False."""
    articles_dir, out_dir = Path(articles_dir), Path(out_dir)
    if not articles_dir.is_dir():
        raise BuildFailed(f"articles folder not found: {articles_dir}")
    report = BuildReport(out_dir)
    clock = _Clock(report.timings)
    paths = discover(articles_dir)
    report.n_files = len(paths)
    registry_file = Path(registry_path) if registry_path else REGISTRY_PATH
    registry = load_registry(registry_path)
    store = open_cache(cache_dir or default_cache_dir()) if cache else None
    gc_pause = _rare_collections()
    try:
        stat_key = _stat_index_key(articles_dir)
        known = store.get_many([stat_key]).get(stat_key) if store is not None else None
        inputs = read_inputs(paths, known)
        if store is not None and inputs.stat_changed:
            store.put_many([(stat_key, inputs.stat_index)])
        clock("read")
        whole_key = None
        if store is not None:
            # The package is a pure function of these: when they are all unchanged and out_dir
            # still holds the package they gave (checked byte for byte), there is nothing to do.
            whole_key = build_key(inputs.keys, extract_rules_hash(registry_file), {
                "corrections": _sha256_file(corrections_path) if corrections_path else None,
                "metadata": metadata, "problems": [str(p) for v in inputs.problems_at.values()
                                                   for p in v]})
            record = store.get_many([whole_key]).get(whole_key)
            if record and (record["validated"] or not validate) and _package_intact(out_dir, record):
                report.counts, report.problems = record["counts"], record["problems"]
                if validate:  # what validating these very files reported when they were built
                    report.validation = record["validation"]
                    report.validation.package_dir = out_dir
                report.unchanged = True
                clock("check")
                return report
        with Engine(registry, engine=engine, jobs=jobs, scheduler=scheduler,
                    warm=lambda: warm_extraction(registry)) as eng:
            articles, problems = ingest_all(inputs, eng, store)
            del inputs
            report.problems.extend(problems)
            articles.sort(key=lambda a: a.article_id)
            clock("ingest")
            tick = progress("extracting", len(articles)) if progress else (lambda: None)
            tables = extract_tables(articles, registry, report.problems, tick, engine=eng,
                                    cache=store, registry_path=registry_file)
            del articles
            clock("extract")
        gc_pause.close()
        try:  # reviewers' corrections (data/raw/corrections.yaml for the repository's build)
            tables = apply_corrections(tables, load_corrections(corrections_path))
        except CorrectionError as exc:
            raise BuildFailed(str(exc)) from None
        report.counts = {name: df.height for name, df in tables.items()}
        _write_and_publish(tables, out_dir, metadata, validate, report, clock)
        if store is not None:  # problems too are a pure function of the inputs
            store.put_many([(whole_key, {
                "files": _package_record(out_dir), "counts": report.counts,
                "problems": report.problems, "validated": validate,
                "validation": report.validation})])
    except EngineError as exc:
        raise BuildFailed(str(exc)) from None
    finally:
        gc_pause.close()
        if store is not None:
            report.cache = {"hits": store.hits, "misses": store.misses, "writes": store.writes}
            store.close()
    return report


def _write_and_publish(tables: dict, out_dir: Path, metadata: dict | None, validate: bool,
                       report: BuildReport, clock: _Clock) -> None:
    # Stage beside (or inside) the destination, on the same file system, then move.
    parent = out_dir if out_dir.exists() else out_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_staging(parent, out_dir.name)
    stage = parent / f"{STAGING_PREFIX}{out_dir.name}-{os.getpid()}"
    try:
        write_package(tables, stage, metadata)
        tables.clear()  # the caller's frames are no longer needed: free them before validating
        clock("write")
        if validate:
            report.validation = validate_package(stage)
            clock("validate")
            if report.validation.blocking:
                raise BuildFailed("the new package failed validation; the previous package "
                                  f"in {out_dir} was left untouched", report.validation)
            report.problems.extend(Problem("package", f"published with an advisory check "
                                           f"failed: {f}", severity="warning")
                                   for f in report.validation.advisory)
        publish(stage, out_dir)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)
