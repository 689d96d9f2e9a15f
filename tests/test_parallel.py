"""Parallel extraction: a process pool gives byte-identical packages and keeps input order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclaims import parallel
from newsclaims.build import build_package, extract_all
from newsclaims.extract.registry import load_registry
from newsclaims.ingest import discover, ingest_files
from newsclaims.package import package_files
from newsclaims.parallel import Engine, ProcessRunner, SerialRunner, cached_map
from newsclaims.synth import make_corpus

N = 2 * parallel.MIN_PARALLEL + 10  # large enough that the pool is used


def package_bytes(out: Path) -> dict[str, bytes]:
    return {rel: (out / rel).read_bytes() for rel in package_files()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("articles"), N, seed=11)


def pid_of(item, registry):
    if item == "boom":
        raise ValueError("bad item")
    return item, os.getpid()


def test_pool_keeps_order_uses_workers_and_isolates_failures():
    items = [f"i{k}" for k in range(300)]
    items[123] = "boom"
    with Engine(None, jobs=2) as engine:
        assert isinstance(engine.runner(len(items)), ProcessRunner)
        out = list(cached_map(pid_of, items, None, engine))
    assert [i for i, _, _ in out] == list(range(300))
    assert [v[0] for i, ok, v in out if ok] == [x for x in items if x != "boom"]
    failed = [(i, v) for i, ok, v in out if not ok]
    assert len(failed) == 1 and failed[0][0] == 123
    assert "ValueError('bad item')" in failed[0][1] and "test_parallel.py" in failed[0][1]
    pids = {v[1] for _, ok, v in out if ok}
    assert os.getpid() not in pids and len(pids) >= 1


def test_small_jobs_run_here():
    with Engine(None, jobs=2) as engine:
        assert isinstance(engine.runner(parallel.MIN_PARALLEL - 1), SerialRunner)
        out = list(cached_map(pid_of, ["a", "b"], None, engine))
    assert [v for _, _, v in out] == [("a", os.getpid()), ("b", os.getpid())]


def test_parallel_build_is_byte_identical_to_serial(corpus, tmp_path):
    serial = build_package(corpus, tmp_path / "serial", jobs=1, cache=False, validate=False)
    pooled = build_package(corpus, tmp_path / "pooled", jobs=2, cache=False, validate=False)
    assert serial.counts == pooled.counts and serial.counts["claims"] > 0
    assert not serial.problems and not pooled.problems
    assert package_bytes(tmp_path / "pooled") == package_bytes(tmp_path / "serial")


def test_extract_all_same_rows_for_any_number_of_jobs(corpus):
    articles, _ = ingest_files(discover(corpus))
    registry = load_registry()
    one, two = [], []
    assert extract_all(articles, registry, one, jobs=1) == extract_all(articles, registry, two, jobs=2)
    assert one == two == []


_WARMED: list[int] = []  # pids of the processes that ran warm_marker


def warm_marker():
    _WARMED.append(os.getpid())


def warmed_in(item, registry):
    return item, list(_WARMED)


def test_warm_runs_once_here_before_the_pool_forks_and_workers_inherit_it():
    _WARMED.clear()
    with Engine(None, jobs=2, warm=warm_marker) as engine:
        assert isinstance(engine.runner(parallel.MIN_PARALLEL - 1), SerialRunner)
        assert _WARMED == []  # no pool, no warm-up
        out = list(cached_map(warmed_in, list(range(200)), None, engine))
    assert _WARMED == [os.getpid()]  # once, in this process
    assert all(ok and v[1] == [os.getpid()] for _, ok, v in out)  # every worker has it already
    _WARMED.clear()
