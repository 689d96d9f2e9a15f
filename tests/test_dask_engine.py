"""`--engine dask`: extraction on a Dask distributed cluster gives the same bytes as a local build."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims import parallel
from newsclaims.build import build_package
from newsclaims.package import package_files
from newsclaims.synth import make_corpus

distributed = pytest.importorskip("distributed")


def package_bytes(out: Path) -> dict[str, bytes]:
    return {rel: (out / rel).read_bytes() for rel in package_files()}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as c:
        yield c


def where(item, registry):
    return item, distributed.get_worker().address, registry is not None


def test_dask_build_is_byte_identical_to_a_local_build(cluster, tmp_path):
    corpus = make_corpus(tmp_path / "articles", 40, seed=5)
    local = build_package(corpus, tmp_path / "local", jobs=1, cache=False, validate=False)
    remote = build_package(corpus, tmp_path / "dask", engine="dask",
                           scheduler=cluster.scheduler_address, cache=False, validate=False)
    assert remote.counts == local.counts and local.counts["claims"] > 0
    assert package_bytes(tmp_path / "dask") == package_bytes(tmp_path / "local")


def test_batches_run_on_the_cluster_workers_in_order(cluster):
    items = list(range(100))
    with parallel.Engine({"registry": 1}, engine="dask", scheduler=cluster.scheduler_address) as e:
        out = list(parallel.cached_map(where, items, None, e))
    assert [v[0] for _, _, v in out] == items
    assert {v[1] for _, _, v in out} <= set(cluster.scheduler_info["workers"])
    assert all(v[2] for _, _, v in out)  # the scattered registry reached the workers


def test_workers_with_other_rules_are_refused(cluster, monkeypatch):
    monkeypatch.setattr(parallel, "_worker_rules_hash", lambda: "something else")
    with pytest.raises(parallel.EngineError, match="different newsclaims extraction rules"):
        parallel.Engine(None, engine="dask", scheduler=cluster.scheduler_address).runner(1)


def test_dask_needs_a_scheduler():
    with pytest.raises(parallel.EngineError, match="--scheduler"):
        parallel.Engine(None, engine="dask")


def test_cli_reports_an_unreachable_scheduler(tmp_path):
    from typer.testing import CliRunner

    from newsclaims.cli import app

    corpus = make_corpus(tmp_path / "articles", 3, seed=1)
    result = CliRunner().invoke(app, ["build", "--no-progress", "--articles", str(corpus),
                                      "--out", str(tmp_path / "out"), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9", "--no-cache"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.output
    assert not (tmp_path / "out").exists()
