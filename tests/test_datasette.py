"""Datasette on the exported SQLite: started on 127.0.0.1 in a subprocess, queried through its
JSON API, stopped: once for the seed article freshly built, once for the hand-made sample
package (whose numbers are known exactly)."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from fixtures.sample_package import make_sample_package
from newsclaims import paths
from newsclaims.build import build_package
from newsclaims.export_sqlite import export_sqlite

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base: str, path: str, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read().decode("utf-8"))


@contextlib.contextmanager
def serve(db_paths: list[Path], metadata: Path):
    """Run `datasette serve` on 127.0.0.1 and a free port; yield its base URL; stop it."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", *map(str, db_paths), "-m", str(metadata),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(base, "/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.poll() is not None else ""
                    pytest.fail(f"datasette did not start: {out}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory):
    """The repository's articles (the seed) freshly built, exported and served."""
    root = tmp_path_factory.mktemp("datasette-seed")
    report = build_package(paths.ARTICLES_DIR, root / "pkg", registry_path=paths.REGISTRY_PATH)
    assert report.validation is not None and report.validation.ok
    seed = export_sqlite(root / "pkg", root / "seed.db")
    with serve([seed.db_path], seed.metadata_path) as base:
        yield base


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    """The hand-made sample package, exported and served."""
    root = tmp_path_factory.mktemp("datasette-sample")
    sample = export_sqlite(make_sample_package(root / "pkg"), root / "sample.db")
    with serve([sample.db_path], sample.metadata_path) as base:
        yield base


def test_seed_figures_through_the_json_api(seed_server):
    """The seed's competing tolls, each with the source that claimed it."""
    rows = _get(seed_server, "/seed/competing_figures.json", category="killed", _shape="array")
    killed = {(r["source_id"], r["value"]) for r in rows}
    assert ("ru-mod", 60) in killed  # the registry's Russian defence ministry
    assert {60, 5, 12, 7} <= {r["value"] for r in rows}
    by_value = {r["value"]: r for r in rows}
    assert by_value[12]["source_kind"] == "journalist"  # our correspondent: 12 bodies
    assert by_value[5]["source_kind"] == "anonymous"  # a local source: 5 militiamen
    wounded = _get(seed_server, "/seed/competing_figures.json", category="wounded",
                   _shape="array")
    assert any(r["kind"] == "vague" and r["source_kind"] == "journalist" for r in wounded)


def test_table_api_filters_and_labels(datasette):
    rows = _get(datasette, "/sample/figures.json", category__exact="killed", _sort_desc="value",
                _shape="array")
    assert [r["value"] for r in rows] == [45, 41, 34, 30, 8]
    # foreign keys are expanded with the label column of the referenced table
    claims = _get(datasette, "/sample/claims.json", source_id__exact="army", _labels="on",
                  _shape="array")
    assert len(claims) == 1 and claims[0]["source_id"] == {"value": "army",
                                                             "label": "army spokesman"}
    assert claims[0]["stance"] == "disputed"


def test_full_text_search_through_datasette(datasette):
    rows = _get(datasette, "/sample/claims.json", _search="civilians", _shape="array")
    assert [r["claim_id"] for r in rows] == ["en-market:c000176-000206"]
    assert rows[0]["via_source_id"] == "afp"


def test_metadata_is_served(datasette):
    meta = _get(datasette, "/-/metadata.json")
    assert meta["license"] == "CC-BY-4.0"
    columns = meta["databases"]["sample"]["tables"]["figures"]["columns"]
    assert "value_high" in columns and "unbounded" in columns["value_high"]
