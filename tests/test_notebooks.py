"""The analysis notebooks: in sync with their jupytext sources, and they run.

Every notebook is executed (nbclient, the .venv's own `python3` kernel) against a package
freshly built from the repository's articles (the seed) into a temp folder, and must write its
charts; the competing-figures run is also checked against the seed's known tolls.
The competing-figures notebook also runs on the hand-made sample package, whose numbers are
known, to check the spread it computes.
"""

from __future__ import annotations

import csv
from pathlib import Path

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient

from fixtures.sample_package import EVENT, make_sample_package
from newsclaims import paths
from newsclaims.build import build_package

NOTEBOOK_DIR = paths.REPO_ROOT / "notebooks"
NOTEBOOKS = ("competing_figures", "who_speaks", "data_quality")
CHARTS = {"competing_figures": "competing_figures", "who_speaks": "who_speaks",
          "data_quality": "data_quality"}

pytestmark = pytest.mark.slow


def run_notebook(name: str, package: Path, charts: Path, monkeypatch, events: Path | None = None):
    """Execute notebooks/<name>.py (the source of truth) in a fresh kernel; return the notebook."""
    nb = jupytext.read(NOTEBOOK_DIR / f"{name}.py")
    monkeypatch.setenv("NEWSCLAIMS_PACKAGE", str(package))
    monkeypatch.setenv("NEWSCLAIMS_CHARTS", str(charts))
    if events is None:
        monkeypatch.delenv("NEWSCLAIMS_EVENTS", raising=False)
    else:
        monkeypatch.setenv("NEWSCLAIMS_EVENTS", str(events))
    monkeypatch.setenv("GX_ANALYTICS_ENABLED", "False")
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return nb


def assert_chart(charts: Path, name: str) -> None:
    png, svg = charts / f"{name}.png", charts / f"{name}.svg"
    assert png.is_file() and png.stat().st_size > 2000, png
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<svg") and "</svg>" in text


def check_seed_spread(charts: Path) -> None:
    """The seed's competing death tolls: 60 (Russian defence ministry) is the highest, and the
    local source's 5 the lowest killed figure of the article."""
    with open(charts / "competing_figures_spread.csv", encoding="utf-8") as f:
        killed = [r for r in csv.DictReader(f) if r["category"] == "killed"]
    assert len(killed) == 1, killed  # one article = one event by default
    row = killed[0]
    assert float(row["highest"]) == 60 and row["highest_by"] == "Russian Defence Ministry"
    assert float(row["lowest"]) == 5
    assert int(row["n_sources"]) >= 3


@pytest.fixture(scope="module")
def built_package(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("package") / "pkg"
    report = build_package(paths.ARTICLES_DIR, out, registry_path=paths.REGISTRY_PATH)
    assert report.validation is not None and report.validation.ok
    return out


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_ipynb_is_in_sync_with_its_py_source(name):
    from_py = jupytext.read(NOTEBOOK_DIR / f"{name}.py")
    stored = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    cells = lambda nb: [(c.cell_type, c.source) for c in nb.cells]  # noqa: E731
    assert cells(stored) == cells(from_py), (
        f"notebooks/{name}.ipynb is stale: run `jupytext --to ipynb notebooks/{name}.py`")
    assert all(not c.get("outputs") for c in stored.cells), "commit the .ipynb without outputs"
    assert stored.metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_on_a_fresh_build(name, built_package, tmp_path, monkeypatch):
    charts = tmp_path / "charts"
    nb = run_notebook(name, built_package, charts, monkeypatch)
    assert_chart(charts, CHARTS[name])
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    if name == "competing_figures":
        check_seed_spread(charts)
    if name == "data_quality":
        outputs = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
        assert "VALID: every check passed" in outputs  # the build fixture validated


def test_competing_figures_groups_articles_into_events(tmp_path, monkeypatch):
    """On the sample package, the events file merges the English and Arabic market reports."""
    package = make_sample_package(tmp_path / "sample")
    charts = tmp_path / "charts"
    run_notebook("competing_figures", package, charts, monkeypatch,
                 events=package / "events.csv")
    assert_chart(charts, "competing_figures")
    with open(charts / "competing_figures_spread.csv", encoding="utf-8") as f:
        rows = {(r["event"], r["category"]): r for r in csv.DictReader(f)}
    assert set(rows) == {(EVENT, "killed"), (EVENT, "wounded")}
    killed = rows[EVENT, "killed"]
    # 34 and 30 (ministry, two languages), 41+ (observatory), 8 (army), about 45 (local source)
    assert (killed["n_figures"], killed["n_sources"]) == ("5", "4")
    assert (float(killed["lowest"]), killed["lowest_by"]) == (8, "army spokesman")
    assert (float(killed["highest"]), killed["highest_by"]) == (45, "a local source")
    assert float(killed["spread"]) == 37
    wounded = rows[EVENT, "wounded"]
    assert (float(wounded["lowest"]), float(wounded["highest"])) == (12, 61)
    svg = (charts / "competing_figures.svg").read_text(encoding="utf-8")
    assert EVENT in svg and "army spokesman [disputed]: 8" in svg
