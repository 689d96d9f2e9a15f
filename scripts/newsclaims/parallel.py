"""Run a pure per-item step over many items: serially, on local processes, or on a Dask cluster,
with results in input order and a content-addressed cache in front (see cache.py).

The steps themselves are pure functions of one item (ingest: a file's name and bytes; extract:
one Article), so where they run never changes what they return: the output of a build is
byte-identical whatever the engine and the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newsclaims.cache import dumps, skip_pandas_probe

ENGINES = ("processes", "dask")
# Below this many items to compute, a pool costs more than it saves: run them here.
MIN_PARALLEL = 50
_WINDOW = 1000  # cache look-ups per round trip (bounds memory: values are loaded per window)



class EngineError(Exception):
    """The engine cannot run: unknown engine, no scheduler, unreachable or mismatched cluster."""


# Worker-side state, set once per process by the pool initializer (or per Dask task).
_STATE: dict = {}


# The collector's thresholds as this module was imported, before a build raised them for its
# own process (build._rare_collections): forked workers extract with these.
_GC_THRESHOLDS = gc.get_threshold()


def _init_worker(registry) -> None:
    gc.set_threshold(*_GC_THRESHOLDS)
    _STATE["registry"] = registry
    skip_pandas_probe()


def _malloc_trim():
    """glibc's malloc_trim, or a no-op elsewhere. Builds allocate and free many medium-sized
    objects (texts, pickled cache values) between long-lived ones; without trimming, the freed
    pages stay in the process (measured: a tenth of the peak at 30 k articles)."""
    if os.environ.get("NEWSCLAIMS_NO_TRIM"):
        return lambda: None
    try:
        import ctypes

        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    return lambda: trim(0)


release_memory = _malloc_trim()


def failure(exc: BaseException) -> str:
    """`repr(exc) (at file.py:line)`, naming the innermost frame that raised."""
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (at {Path(last.filename).name}:{last.lineno})" if last else ""
    return f"{exc!r}{where}"


def worker_registry(registry=None):
    """The registry a step runs with: the one given, else the one this worker received."""
    return _STATE.get("registry") if registry is None else registry


def run_batch(step: Callable, batch: list, registry=None) -> list[tuple[bool, object]]:
    """Apply step(item, registry) to each item: (True, value) or (False, failure message).
    A bug on one item never loses the others."""
    if registry is None:
        registry = _STATE.get("registry")
    out = []
    for item in batch:
        try:
            out.append((True, step(item, registry)))
        except Exception as exc:
            out.append((False, failure(exc)))
    return out


def run_batch_pickled(step: Callable, batch: list, registry=None) -> list[tuple[bool, object]]:
    """run_batch with each value pickled where it was computed: what a pool or Dask worker
    sends back. The process that receives it unpickles each value once and stores the very
    same bytes in the cache (instead of unpickling a pickle of the value, then pickling it
    again for the cache)."""
    return [(ok, dumps(value) if ok else value) for ok, value in run_batch(step, batch, registry)]


class _Done:
    """A future-like wrapper for work run in this process, computed when asked for."""

    def __init__(self, fn, *args):
        self._fn, self._args = fn, args

    def result(self):
        return self._fn(*self._args)


class SerialRunner:
    workers = 1
    pickled = False  # values come back as objects

    def __init__(self, registry):
        self.registry = registry

    def submit(self, step, batch):
        return _Done(run_batch, step, batch, self.registry)

    def call(self, fn, payload, **kw):
        """fn(payload, registry, **kw), run here when its result is asked for."""
        return _Done(lambda: fn(payload, self.registry, **kw))

    def close(self) -> None:
        pass


class ProcessRunner:
    """A local process pool, started on first use. Workers are forked (cheap: nothing is
    re-imported) and receive the registry once, at start. `warm` (if given) runs here first,
    so that what it loads is inherited by every forked worker instead of being loaded again
    in each one."""

    pickled = True  # values come back pickled (run_batch_pickled)

    def __init__(self, registry, jobs: int, warm: Callable[[], None] | None = None):
        from concurrent.futures import ProcessPoolExecutor

        self.workers = jobs
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if warm is not None and method == "fork":
            warm()
        self._pool = ProcessPoolExecutor(max_workers=jobs,
                                         mp_context=multiprocessing.get_context(method),
                                         initializer=_init_worker, initargs=(registry,))

    def submit(self, step, batch):
        return self._pool.submit(run_batch_pickled, step, batch)

    def call(self, fn, payload, **kw):
        """fn(payload, registry, **kw) on a worker (which has the registry from its start)."""
        return self._pool.submit(fn, payload, None, **kw)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    """Batches as tasks on an existing Dask distributed cluster. The workers must have the same
    newsclaims code installed: checked before any work is sent (a different version of a rule
    would give a different package)."""

    pickled = True

    def __init__(self, registry, scheduler: str, rules_hash: str):
        from distributed import Client

        try:
            self.client = Client(scheduler, set_as_default=False, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        versions = self.client.run(_worker_rules_hash)
        stale = sorted(w for w, h in versions.items() if h != rules_hash)
        if stale:
            self.client.close()
            raise EngineError(
                f"{len(stale)} Dask worker(s) run different newsclaims extraction rules than this "
                f"machine (e.g. {stale[0]}); install the same version on every worker")
        self.workers = max(1, sum(self.client.nthreads().values()))
        self._registry = self.client.scatter(registry, broadcast=True, hash=False)

    def submit(self, step, batch):
        return self.client.submit(run_batch_pickled, step, batch, self._registry, pure=False)

    def call(self, fn, payload, **kw):
        return self.client.submit(fn, payload, self._registry, pure=False, **kw)

    def close(self) -> None:
        self.client.close()


def _worker_rules_hash() -> str:
    from newsclaims.cache import extract_rules_hash

    return extract_rules_hash(None)


class Engine:
    """Chooses and owns the runner: serial for small jobs, else the pool or the Dask client
    (created lazily, reused across build stages, closed by `close`)."""

    def __init__(self, registry, *, engine: str = "processes", jobs: int | None = None,
                 scheduler: str | None = None, warm: Callable[[], None] | None = None):
        """`warm`: what every worker's steps will load (e.g. compile the extraction rules),
        run in this process right before a local pool is forked (see ProcessRunner); never
        run when no pool is started."""
        if engine not in ENGINES:
            raise EngineError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
        if engine == "dask" and not scheduler:
            raise EngineError("--engine dask needs --scheduler ADDRESS (e.g. tcp://host:8786)")
        self.registry = registry
        self.engine = engine
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.scheduler = scheduler
        self.warm = warm
        self._serial = SerialRunner(registry)
        self._runner = None

    def runner(self, n_items: int):
        if self.engine == "processes" and (self.jobs == 1 or n_items < MIN_PARALLEL):
            return self._serial
        if self._runner is None:
            if self.engine == "dask":
                from newsclaims.cache import extract_rules_hash

                self._runner = DaskRunner(self.registry, self.scheduler, extract_rules_hash(None))
            else:
                self._runner = ProcessRunner(self.registry, self.jobs, self.warm)
        return self._runner

    def close(self) -> None:
        if self._runner is not None:
            self._runner.close()
            self._runner = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _batch_size(n: int, workers: int) -> int:
    """About 8 batches per worker (load balance), each 16-256 items (overhead vs. latency)."""
    return max(16, min(256, -(-n // (workers * 8)) if n else 16))


def _batches(items: list, workers: int) -> list[list]:
    """Consecutive batches that shrink as the work runs out (each about an eighth of what is
    left per worker, 16-256 items): big batches while there is plenty, small ones at the end,
    so no worker sits idle while another finishes a big last batch."""
    out, j, n = [], 0, len(items)
    while j < n:
        size = _batch_size(n - j, workers)
        out.append(items[j:j + size])
        j += size
    return out


def cached_map(step: Callable, items: list, keys: Sequence[bytes] | None, engine: Engine,
               cache=None, tick: Callable[[], None] = lambda: None, consume: bool = False
               ) -> Iterator[tuple[int, bool, object]]:
    """(index, ok, value or failure message) for every item, in input order.

    Values come from the cache when their key is present, else from step(item, registry) run in
    batches on the engine's runner; new values are written to the cache (failures never are).
    With `consume`, items[i] is set to None once its result is yielded (frees memory)."""
    n = len(items)
    use_cache = cache is not None and keys is not None
    present = cache.present(keys) if use_cache else set()
    missing = [i for i in range(n) if not use_cache or keys[i] not in present]
    runner = engine.runner(len(missing))
    batches = _batches(missing, runner.workers)
    batch_of = {i: b for b, idx in enumerate(batches) for i in idx}
    inflight: deque = deque()
    next_batch = 0
    max_inflight = max(2, 4 * runner.workers)
    done: dict[int, object] = {}  # item index -> (ok, value), for the current batch
    to_write: list[tuple[bytes, object]] = []

    def fill() -> None:
        nonlocal next_batch
        while next_batch < len(batches) and len(inflight) < max_inflight:
            idx = batches[next_batch]
            inflight.append((next_batch, idx, runner.submit(step, [items[i] for i in idx])))
            next_batch += 1

    try:
        for w0 in range(0, n, _WINDOW):
            w1 = min(n, w0 + _WINDOW)
            fill()
            hits = cache.get_many([keys[i] for i in range(w0, w1) if keys[i] in present]) \
                if use_cache and present else {}
            for i in range(w0, w1):
                if use_cache and keys[i] in present:
                    if keys[i] in hits:
                        yield i, True, hits.pop(keys[i])
                    else:  # vanished or unreadable since the look-up: compute it here
                        ok, value = run_batch(step, [items[i]], engine.registry)[0]
                        if ok:
                            to_write.append((keys[i], dumps(value)))
                        yield i, ok, value
                    tick()
                    if consume:
                        items[i] = None
                    continue
                if i not in done:
                    # Items are consumed in order and batches hold ascending indices, so the
                    # batch holding item i is always the oldest one in flight.
                    nb, idx, future = inflight.popleft()
                    assert nb == batch_of[i], (nb, batch_of[i])
                    done = dict(zip(idx, future.result()))
                    fill()
                ok, value = done.pop(i)
                if ok and runner.pickled:
                    raw, value = value, pickle.loads(value)
                    if use_cache:
                        to_write.append((keys[i], raw))
                elif ok and use_cache:
                    to_write.append((keys[i], dumps(value)))
                yield i, ok, value
                tick()
                if consume:
                    items[i] = None
            if use_cache and len(to_write) >= _WINDOW:
                cache.put_many_pickled(to_write)
                to_write = []
            release_memory()
        if use_cache:
            cache.put_many_pickled(to_write)
    finally:
        for _, _, future in inflight:
            cancel = getattr(future, "cancel", None)
            if cancel:
                cancel()
