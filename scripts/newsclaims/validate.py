"""Validation of a built package, in three layers; `validate_package` runs them all.

1. `validate_frictionless` — what only frictionless can say: the descriptor against the Data
   Package v2 profile (and against schema.py), each file's presence, bytes and sha256.
2. `validate_rows` — what frictionless' row validation says (header, UTF-8, types, required,
   enum, pattern, minimum, unique, primary and foreign keys), in polars, much faster.
   `validate_gx` — the great-expectations suites of `validation/` through one checkpoint.
3. `validate_consistency` — cross-table facts neither covers (spans equal their text, hashes,
   ids derived from spans, speakers, sources referenced).

Each layer returns `Failure`s; `validate_package` returns a report instead of raising, so the
build can refuse to publish a bad package and the CLI can say what is wrong.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

LAYERS = ("frictionless", "rows", "gx", "consistency")
SWITCH_INTERVAL = 0.0002  # seconds; see validate_package
N_EXAMPLES = 3

# Checks of the extraction's plausibility rather than of the package's integrity. They fail
# `newsclaims validate`, but `newsclaims build` still publishes a package that fails only
# these (and reports them as warnings): a doubtful coreference in one article of a large corpus
# must not withhold every other article's rows from the user.
ADVISORY_CHECKS = frozenset({"consistency:speaker-two-ids"})


@dataclass(frozen=True)
class Failure:
    """One failed check: where, how many rows, and the first few offending (id, value)."""

    check: str  # "<layer>:<name>", e.g. "rows:foreign-key", "gx:value_low<=value"
    table: str  # table name, or "package"
    message: str
    column: str | None = None
    count: int | None = None  # offending rows; None for a check on a file or a whole table
    examples: tuple[tuple[str, str], ...] = ()

    @property
    def layer(self) -> str:
        return self.check.split(":", 1)[0]

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        ex = "; ".join(f"{i} = {v!r}" if v != "" else str(i) for i, v in self.examples)
        ex = f" — e.g. {ex}" if ex else ""
        rows = f" ({self.count} rows)" if self.count is not None else ""
        return f"[{self.check}] {where}: {self.message}{rows}{ex}"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["layer"] = self.layer
        d["examples"] = [{"id": i, "value": v} for i, v in self.examples]
        return d


def examples(ids: Iterable, values: Iterable | None = None) -> tuple[tuple[str, str], ...]:
    """The first few offending (id, value) pairs, as short strings."""
    ids = list(ids)[:N_EXAMPLES]
    vals = list(values)[:N_EXAMPLES] if values is not None else [""] * len(ids)
    return tuple((str(i), _short(v)) for i, v in zip(ids, vals, strict=False))


def _short(value, limit: int = 60) -> str:
    s = "" if value is None else str(value)
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass
class ValidationReport:
    package_dir: Path
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def blocking(self) -> list[Failure]:
        """Failures that make the package wrong (everything but ADVISORY_CHECKS)."""
        return [f for f in self.failures if f.check not in ADVISORY_CHECKS]

    @property
    def advisory(self) -> list[Failure]:
        return [f for f in self.failures if f.check in ADVISORY_CHECKS]

    @property
    def checks_failed(self) -> set[str]:
        return {f.check for f in self.failures}

    def to_dict(self) -> dict:
        return {
            "package": str(self.package_dir),
            "ok": self.ok,
            "failures": [f.to_dict() for f in self.failures],
            "warnings": list(self.warnings),
            "skipped": list(self.skipped),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


def render_report(report: ValidationReport) -> str:
    """The short human-readable report: each failed check with table, column, count and the
    first few offending ids and values, grouped by layer."""
    lines = [f"newsclaims validate {report.package_dir}"]
    for layer in LAYERS:
        failures = [f for f in report.failures if f.layer == layer]
        took = report.timings.get(layer)
        timing = f" ({took:.2f} s)" if took is not None else ""
        if layer not in report.timings and not failures:
            continue
        lines.append(f"  {layer}{timing}: " + ("ok" if not failures else f"{len(failures)} failed"))
        for f in failures:
            lines.append(f"    ✗ {f}")
    for w in report.warnings:
        lines.append(f"  warning: {w}")
    for s in report.skipped:
        lines.append(f"  not checked: {s}")
    total = sum(report.timings.values())
    lines.append(("VALID" if report.ok else f"INVALID: {len(report.failures)} checks failed")
                 + f" in {total:.1f} s")
    return "\n".join(lines)


def _prefetch_gx() -> threading.Thread | None:
    """Start importing great-expectations (seconds) in the background while the first layers
    run: they spend their time in polars and hashlib, which release the GIL. The caller joins
    the thread before using GX, and imports nothing else in threads meanwhile, so no two
    threads import the same modules at once."""
    if "great_expectations" in sys.modules:
        return None
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

    def run() -> None:
        try:
            importlib.import_module("great_expectations")
        except Exception:  # noqa: BLE001 - the GX layer imports again and reports the error
            pass

    thread = threading.Thread(target=run, name="import-gx", daemon=True)
    thread.start()
    return thread


def _two_passes(report: ValidationReport, package_dir: Path, layers: tuple[str, ...],
                keep: dict[str, list[str]], prefetch: threading.Thread | None,
                data_docs: Path | None):
    """Pass one reads each table in batches for the row checks and keeps whole only the
    columns a check needs across batches; pass two reads the batches again for GX and
    consistency. Returns what pass one read."""
    from newsclaims import validate_consistency, validate_rows

    t0 = time.perf_counter()
    loaded = validate_rows.load_package(package_dir, field_checks="rows" in layers, keep=keep)
    report.failures.extend(loaded.failures)
    if "rows" in layers:
        report.failures.extend(validate_rows.check_rows(loaded))
        report.timings["rows"] = time.perf_counter() - t0
    else:
        report.timings["load"] = time.perf_counter() - t0
    steps = []
    if "gx" in layers:
        if prefetch is not None:
            prefetch.join()
        from newsclaims import validate_gx

        steps.append(("gx", validate_gx.SuiteRun(loaded, data_docs=data_docs)))
    if "consistency" in layers:
        steps.append(("consistency", validate_consistency.ConsistencyRun(loaded)))
    spent = {name: 0.0 for name, _ in steps}
    t_read = time.perf_counter()
    # GX's objects form reference cycles that hold each batch; the GX layer collects them after
    # every batch. Freezing what exists by now (GX's modules and context, every import) spares
    # those collections from walking it all again each time.
    gc.collect()
    gc.freeze()
    try:
        for table in loaded.kept_raw:
            users = [(name, run) for name, run in steps if run.wanted(table)]
            if not users:
                continue
            for raw, typed in loaded.batches(table):
                for name, run in users:
                    t = time.perf_counter()
                    run.batch(table, raw, typed)
                    spent[name] += time.perf_counter() - t
                del raw, typed
        read = time.perf_counter() - t_read - sum(spent.values())
        for name, run in steps:
            t = time.perf_counter()
            report.failures.extend(run.finish())
            spent[name] += time.perf_counter() - t
    finally:
        gc.unfreeze()
    for name, _ in steps:  # reading the batches again is shared by the layers that use them
        report.timings[name] = spent[name] + read / len(steps)
    return loaded


def validate_package(package_dir: Path, *, layers: Iterable[str] = LAYERS,
                     data_docs: Path | None = None) -> ValidationReport:
    """Run the validation layers on a package folder (datapackage.json + data/)."""
    from newsclaims import validate_consistency, validate_frictionless

    package_dir = Path(package_dir)
    layers = tuple(layers)
    report = ValidationReport(package_dir)
    if "frictionless" in layers:
        import frictionless  # noqa: F401 - imported here, not in the layer-1 thread
    keep: dict[str, list[str]] = {}  # the columns the later layers need whole, by table
    if "consistency" in layers:
        for name, cols in validate_consistency.NEEDED.items():
            keep.setdefault(name, []).extend(cols)
    if "gx" in layers:
        from newsclaims import validate_gx  # GX itself is imported in the background, below

        for name, cols in validate_gx.needed_columns().items():
            keep.setdefault(name, []).extend(cols)
    prefetch = _prefetch_gx() if "gx" in layers else None

    def timed(name, fn, *args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        report.timings[name] = time.perf_counter() - t0
        return out

    # Layer 1 streams and hashes the files (hashlib releases the GIL) in a thread while polars
    # reads them: on two cores the two overlap.
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frictionless")
    layer1 = (pool.submit(timed, "frictionless", validate_frictionless.check_package, package_dir)
              if "frictionless" in layers else None)
    pool.shutdown(wait=False)

    def join_layer1() -> None:
        if layer1 is not None:
            failures, warnings = layer1.result()
            report.failures[:0] = failures
            report.warnings.extend(warnings)

    if not {"rows", "gx", "consistency"} & set(layers):
        join_layer1()
        return report

    # The main thread hands each batch to polars (which drops the GIL) and takes the GIL back
    # dozens of times per batch, while the GX import and layer 1 run in threads: at the default
    # switch interval (5 ms) it would wait that long for the GIL almost every time.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        loaded = _two_passes(report, package_dir, layers, keep, prefetch, data_docs)
    finally:
        sys.setswitchinterval(switch)
    join_layer1()
    report.skipped.extend(f"{t}: {why}" for t, why in loaded.unreadable.items())
    return report
