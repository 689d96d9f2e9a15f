"""`newsclaims diff`: rows added, removed, changed by primary key; schema changes; sources."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import _packages as P
from newsclaims.cli import app
from newsclaims.diff import (DiffError, diff_snapshots, diff_specs, load_snapshot,
                             schema_changes, to_json, to_markdown)
from newsclaims.release import release_contents, write_archive
from newsclaims.schema import FIGURES


def _by_name(diff):
    return {r.name: r for r in diff.resources}


@pytest.fixture
def base(tmp_path) -> Path:
    return P.write(tmp_path / "old", P.rows())


def test_identical_packages_have_no_changes(base, tmp_path):
    other = P.write(tmp_path / "same", P.rows())
    d = diff_specs(str(base), str(other))
    assert d.empty and d.required_bump is None
    assert all(r.rows_before == r.rows_after for r in d.resources)


def test_changed_field_has_before_and_after(base, tmp_path):
    rows = P.rows()
    fig = next(f for f in rows["figures"] if f["text"] == "dozens")
    fig["category"], fig["value"] = "killed", 24.0
    d = diff_specs(str(base), str(P.write(tmp_path / "new", rows)))
    figures = _by_name(d)["figures"]
    assert figures.added == [] and figures.removed == []
    assert figures.changed == {fig["figure_id"]: {"value": ("12", "24"),
                                                  "category": ("wounded", "killed")}}
    assert all(_by_name(d)[n].empty for n in ("articles", "sources", "claims"))
    assert d.required_bump == "patch"


def test_added_article_adds_rows_in_every_table(tmp_path):
    old = P.write(tmp_path / "old", P.rows(with_arabic=False))
    new = P.write(tmp_path / "new", P.rows(with_arabic=True))
    d = diff_specs(str(old), str(new))
    res = _by_name(d)
    assert res["articles"].added == ["ar-1"]
    assert res["sources"].added == ["correspondent", "local-source"]
    assert len(res["claims"].added) == 2
    assert all(k.startswith("ar-1:c") for k in res["claims"].added)
    assert len(res["figures"].added) == 2
    assert (res["figures"].rows_before, res["figures"].rows_after) == (2, 4)
    assert d.required_bump == "minor"
    # and the other way round, everything Arabic is removed
    back = diff_specs(str(new), str(old))
    assert _by_name(back)["articles"].removed == ["ar-1"]
    assert back.required_bump == "patch"


def _schema():
    return copy.deepcopy(FIGURES.schema_descriptor())


def test_schema_changes_and_their_bumps():
    old = _schema()
    assert schema_changes(old, _schema()) == []

    new = _schema()
    new["fields"].append({"name": "confidence", "type": "number"})
    assert [(c.kind, c.what) for c in schema_changes(old, new)] == \
        [("major", "field `confidence` added")]

    new = _schema()
    new["fields"] = [f for f in new["fields"] if f["name"] != "subject"]
    assert ("major", "field `subject` removed") in [(c.kind, c.what)
                                                    for c in schema_changes(old, new)]

    new = _schema()
    next(f for f in new["fields"] if f["name"] == "subject")["name"] = "counted"
    assert [(c.kind, c.what) for c in schema_changes(old, new)] == \
        [("major", "field `subject` renamed to `counted`")]

    new = _schema()
    next(f for f in new["fields"] if f["name"] == "value")["type"] = "integer"
    assert ("major", "field `value` retyped from number to integer") in \
        [(c.kind, c.what) for c in schema_changes(old, new)]

    new = _schema()
    new["fields"][1], new["fields"][2] = new["fields"][2], new["fields"][1]
    assert [c.what for c in schema_changes(old, new)] == ["fields re-ordered"]

    new = _schema()
    next(f for f in new["fields"] if f["name"] == "category")["constraints"]["enum"].append("sick")
    assert [(c.kind, c.what) for c in schema_changes(old, new)] == \
        [("minor", "constraints of field `category` changed")]

    new = _schema()
    next(f for f in new["fields"] if f["name"] == "kind")["description"] = "Reworded."
    assert [(c.kind, c.what) for c in schema_changes(old, new)] == \
        [("patch", "description of field `kind` changed")]


def test_schema_change_in_a_package_needs_a_major_bump(base):
    old = load_snapshot(base)
    new = load_snapshot(base)
    new.descriptor = copy.deepcopy(new.descriptor)
    figs = next(r for r in new.descriptor["resources"] if r["name"] == "figures")
    next(f for f in figs["schema"]["fields"] if f["name"] == "value_low")["type"] = "integer"
    d = diff_snapshots(old, new)
    assert d.required_bump == "major"
    assert "retyped" in to_markdown(d)


def test_release_zip_and_folder_compare_equal(base, tmp_path):
    P.make_repo(tmp_path / "repo", P.rows())
    archive = write_archive(release_contents(tmp_path / "repo"), tmp_path / "r.zip")
    d = diff_specs(str(archive), str(base))
    assert d.empty
    # a zip whose files sit in one top-level folder works too
    import zipfile

    nested = tmp_path / "nested.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(nested, "w") as dst:
        for name in src.namelist():
            dst.writestr(f"newsclaims-0.1.0/{name}", src.read(name))
    assert diff_specs(str(nested), str(base)).empty


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c",
                           "user.email=t@example.org", *args], check=True, capture_output=True,
                          text=True).stdout


def test_git_refs(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    P.write(repo / "pkg", P.rows(with_arabic=False))
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "first")
    _git(repo, "tag", "v0.1.0")
    P.write(repo / "pkg", P.rows(with_arabic=True))
    d = diff_specs("v0.1.0:pkg", str(repo / "pkg"), repo=repo)
    assert _by_name(d)["articles"].added == ["ar-1"]
    assert d.old_version == "0.1.0"
    _git(repo, "commit", "-qam", "second")
    assert diff_specs("HEAD~1:pkg", "HEAD:pkg", repo=repo).required_bump == "minor"
    with pytest.raises(DiffError):
        load_snapshot("no-such-ref", repo)


def test_markdown_and_json(base, tmp_path):
    rows = P.rows()
    rows["figures"] = [f for f in rows["figures"] if f["text"] != "9"]
    fig = next(f for f in rows["figures"] if f["text"] == "14")
    fig["subject"] = "people | at the market"
    d = diff_specs(str(base), str(P.write(tmp_path / "new", rows)))
    md = to_markdown(d)
    assert "| figures | 4 | 3 | 0 | 1 | 1 |" in md
    assert "Needs a **patch** version bump." in md
    assert f"- `{fig['figure_id']}`: `subject` ∅ → people \\| at the market" in md
    assert "Removed (1): `ar-1:f" in md
    data = json.loads(to_json(d))
    figures = next(r for r in data["resources"] if r["name"] == "figures")
    assert figures["changed"] == [{"key": fig["figure_id"], "fields": {
        "subject": {"before": None, "after": "people | at the market"}}}]
    assert data["required_bump"] == "patch"
    assert len(figures["removed"]) == 1


def test_cli_diff(base, tmp_path):
    rows = P.rows(with_arabic=False)
    new = P.write(tmp_path / "new", rows)
    result = CliRunner().invoke(app, ["diff", str(base), str(new), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["required_bump"] == "patch"
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "missing"), str(new)])
    assert result.exit_code == 2
