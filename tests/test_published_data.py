"""Nobody changes the published data silently.

The first test is the guard on this repository: once a release is recorded in
data/releases.json (`newsclaims release --record`), the tables may only differ from it under a
new version, bumped by the right kind for the change, with a CHANGELOG.md entry. The citation
files always carry the package's version and date. The other tests show that the guard fails
in each case it exists for, on miniature repositories.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import _packages as P
from newsclaims import published
from newsclaims.paths import REPO_ROOT
from newsclaims.release import release


def test_repository_published_data_unchanged_or_properly_versioned():
    problems = published.published_problems(REPO_ROOT)
    assert problems == [], "\n".join(problems)


def test_repository_citation_files_match_the_package():
    meta = published.package_yaml(REPO_ROOT)
    cff = published.yaml.safe_load((REPO_ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    zen = json.loads((REPO_ROOT / ".zenodo.json").read_text(encoding="utf-8"))
    date = str(meta["created"])[:10]
    assert (cff["version"], str(cff["date-released"])) == (meta["version"], date)
    assert (zen["version"], zen["publication_date"]) == (meta["version"], date)
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert zen["upload_type"] == "dataset"
    descriptor = REPO_ROOT / "datapackage.json"
    if descriptor.is_file():  # present once the package has been built
        d = json.loads(descriptor.read_text(encoding="utf-8"))
        assert (d["version"], d.get("created", "")[:10]) == (meta["version"], date), \
            "datapackage.json is stale: rebuild with `newsclaims build`"
    assert meta["version"] in published.changelog_versions(REPO_ROOT)


def test_repository_release_record_is_well_formed():
    for r in published.load_releases(REPO_ROOT):
        published.versioning.parse(r["version"])
        assert set(r) >= {"version", "date", "files", "schemas", "rows"}
        assert all(len(h) == 64 for h in r["files"].values())


@pytest.fixture
def repo(tmp_path) -> Path:
    root = P.make_repo(tmp_path / "repo", P.rows())
    release(root, do_record=True, validate=False)
    assert published.published_problems(root) == []
    return root


def _change_a_figure(root: Path, version: str = "0.1.0", date: str = "2026-11-26"):
    rows = P.rows()
    rows["figures"][0]["value"] = 99.0
    P.write(root, rows, version, f"{date}T00:00:00Z")


def _add_an_article(root: Path, version: str, date: str = "2026-12-01"):
    rows = P.rows()
    rows["articles"].append(P.article("en-2", "A composed article without figures.", "en"))
    P.write(root, rows, version, f"{date}T00:00:00Z")


def test_guard_fails_when_data_change_without_a_bump(repo):
    _change_a_figure(repo)
    (problem,) = published.published_problems(repo)
    assert "published data of release 0.1.0 changed (data/figures.csv)" in problem
    assert "not bumped" in problem


def test_guard_fails_when_a_schema_changes_without_a_bump(repo):
    d = json.loads((repo / "datapackage.json").read_text())
    figs = next(r for r in d["resources"] if r["name"] == "figures")
    figs["schema"]["fields"][3]["description"] = "Reworded."
    (repo / "datapackage.json").write_text(json.dumps(d))
    (problem,) = published.published_problems(repo)
    assert "schema of figures" in problem


def test_guard_accepts_a_patch_for_a_correction(repo):
    published.set_version(repo, "0.1.1", "2026-12-01")
    _change_a_figure(repo, "0.1.1", "2026-12-01")
    assert published.published_problems(repo) == []


def test_guard_fails_on_the_wrong_kind_of_bump(repo):
    published.set_version(repo, "0.1.1", "2026-12-01")
    _add_an_article(repo, "0.1.1")
    (problem,) = published.published_problems(repo)
    assert "0.1.0 -> 0.1.1 is a patch bump but the changes need a minor bump" in problem
    published.set_version(repo, "0.2.0", "2026-12-01")
    _add_an_article(repo, "0.2.0")
    assert published.published_problems(repo) == []


def test_guard_fails_without_a_changelog_entry(repo):
    published.set_version(repo, "0.2.0", "2026-12-01")
    _add_an_article(repo, "0.2.0")
    log = repo / "CHANGELOG.md"
    text = log.read_text()
    log.write_text(text.replace("## [0.2.0] - 2026-12-01", "## 0.2.0 somewhere"))
    (problem,) = published.published_problems(repo)
    assert "CHANGELOG.md has no `## [0.2.0]` entry" in problem


def test_guard_fails_when_citation_files_disagree(repo):
    zen = repo / ".zenodo.json"
    zen.write_text(zen.read_text().replace('"publication_date": "2026-11-26"',
                                           '"publication_date": "2026-11-27"'))
    (problem,) = published.published_problems(repo)
    assert ".zenodo.json says version 0.1.0 of 2026-11-27" in problem
    zen.write_text(zen.read_text().replace("2026-11-27", "2026-11-26"))
    # a package built before the version was bumped is stale
    published.set_version(repo, "0.1.1", "2026-12-01")
    problems = published.published_problems(repo)
    assert any("datapackage.json says version 0.1.0" in p and "rebuild" in p for p in problems)


def test_guard_cannot_check_a_bump_without_the_released_content(repo):
    (repo / "dist" / "newsclaims-0.1.0.zip").unlink()
    published.set_version(repo, "0.2.0", "2026-12-01")
    _add_an_article(repo, "0.2.0")
    (problem,) = published.published_problems(repo)
    assert "cannot be found" in problem


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c",
                           "user.email=t@example.org", *args], check=True, capture_output=True,
                          text=True).stdout


def test_guard_finds_the_released_content_in_git(repo):
    """Without a dist/ archive, the commit that recorded the release supplies its tables."""
    (repo / "dist" / "newsclaims-0.1.0.zip").unlink()
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "release 0.1.0")
    published.set_version(repo, "0.1.1", "2026-12-01")
    _add_an_article(repo, "0.1.1")
    (problem,) = published.published_problems(repo)
    assert "need a minor bump" in problem
    published.set_version(repo, "0.2.0", "2026-12-01")
    _add_an_article(repo, "0.2.0")
    assert published.published_problems(repo) == []


def test_cli_bump_sets_the_version_everywhere(repo, monkeypatch):
    from typer.testing import CliRunner

    from newsclaims import paths
    from newsclaims.cli import app

    monkeypatch.setattr(paths, "REPO_ROOT", repo)
    _add_an_article(repo, "0.1.0")  # new rows, not yet versioned
    result = CliRunner().invoke(app, ["bump", "--date", "2026-12-02"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "0.2.0"  # added rows: auto picks minor
    yaml_text = (repo / published.PACKAGE_YAML).read_text()
    assert 'version: 0.2.0\ncreated: "2026-12-02T00:00:00Z"' in yaml_text
    assert yaml_text.startswith("# Package-level metadata")  # comments kept
    assert "## [0.2.0] - 2026-12-02" in (repo / "CHANGELOG.md").read_text()
    # after a rebuild with the new version everything agrees
    _add_an_article(repo, "0.2.0", "2026-12-02")
    assert published.published_problems(repo) == []
    result = CliRunner().invoke(app, ["bump", "major", "--date", "2026-12-03"])
    assert result.stdout.strip() == "1.0.0"
