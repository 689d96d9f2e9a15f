"""`newsclaims release`: a deterministic archive, loadable with frictionless, polars and pandas."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest

import _packages as P
from newsclaims import published
from newsclaims.release import (ReleaseError, parquet_bytes, record, release, release_contents,
                                update_changelog, zip_bytes)


@pytest.fixture
def repo(tmp_path) -> Path:
    return P.make_repo(tmp_path / "repo", P.rows())


def test_archive_contents(repo):
    result = release(repo, validate=False)
    assert result.archive == repo / "dist" / "newsclaims-0.1.0.zip"
    with zipfile.ZipFile(result.archive) as z:
        names = z.namelist()
        assert names == sorted(names)
        assert set(names) == {
            "datapackage.json", "datapackage.md", "README.md", "CHANGELOG.md", "CITATION.cff",
            "LICENSE", "LICENSE-DATA.md", "SHA256SUMS",
            *(f"data/{t}.{ext}" for t in ("articles", "sources", "claims", "figures")
              for ext in ("csv", "parquet"))}
        for info in z.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
        # the CSVs are the built files, byte for byte
        for t in ("articles", "figures"):
            assert z.read(f"data/{t}.csv") == (repo / "data" / f"{t}.csv").read_bytes()
        sums = z.read("SHA256SUMS").decode().splitlines()
        listed = {}
        for line in sums:
            digest, name = line.split("  ", 1)
            listed[name] = digest
        assert set(listed) == set(names) - {"SHA256SUMS"}
        for name, digest in listed.items():
            assert hashlib.sha256(z.read(name)).hexdigest() == digest
    assert result.sha256 == hashlib.sha256(result.archive.read_bytes()).hexdigest()


def test_same_sources_same_bytes(tmp_path):
    a = P.make_repo(tmp_path / "a", P.rows())
    b = P.make_repo(tmp_path / "b", P.rows())
    os.utime(b / "data" / "claims.csv", (1_000_000_000, 1_000_000_000))
    (b / "README.md").chmod(0o600)
    one = release(a, validate=False).archive.read_bytes()
    two = release(b, validate=False).archive.read_bytes()
    assert one == two
    assert release(a, validate=False).archive.read_bytes() == one
    # and a different table gives a different archive
    rows = P.rows()
    rows["figures"][0]["category"] = "missing"
    c = P.make_repo(tmp_path / "c", rows)
    assert release(c, validate=False).archive.read_bytes() != one


def test_zip_bytes_ignore_insertion_order():
    files = {"b.txt": b"2", "a.txt": b"1"}
    assert zip_bytes(files) == zip_bytes(dict(reversed(files.items())))


_PARQUET_SCRIPT = """
import sys, hashlib
from pathlib import Path
from newsclaims.release import parquet_bytes
import json
d = json.loads(Path(sys.argv[1], "datapackage.json").read_text())
r = next(r for r in d["resources"] if r["name"] == "figures")
data = Path(sys.argv[1], r["path"]).read_bytes()
print(hashlib.sha256(parquet_bytes(data, r["schema"])).hexdigest())
"""


def test_parquet_is_byte_stable_across_processes(repo):
    digests = {subprocess.run([sys.executable, "-c", _PARQUET_SCRIPT, str(repo)], check=True,
                              capture_output=True, text=True).stdout.strip() for _ in range(2)}
    assert len(digests) == 1 and len(digests.pop()) == 64


def test_parquet_is_typed_like_the_schema(repo):
    d = json.loads((repo / "datapackage.json").read_text())
    res = {r["name"]: r for r in d["resources"]}
    figures = pl.read_parquet(io.BytesIO(parquet_bytes(
        (repo / "data" / "figures.csv").read_bytes(), res["figures"]["schema"])))
    assert figures.schema["char_start"] == pl.Int64
    assert figures.schema["value"] == pl.Float64
    assert figures.schema["text"] == pl.String
    row = figures.filter(pl.col("text") == "dozens").row(0, named=True)
    assert (row["value"], row["value_low"], row["value_high"], row["kind"]) == \
        (12.0, 12.0, None, "vague")
    articles = pl.read_parquet(io.BytesIO(parquet_bytes(
        (repo / "data" / "articles.csv").read_bytes(), res["articles"]["schema"])))
    assert articles.schema["published"] == pl.Date
    assert str(articles["published"][0]) == "2024-03-01"
    assert articles["text"].to_list() == sorted([P.AR_TEXT, P.EN_TEXT],
                                                key=lambda t: t != P.AR_TEXT)
    sources = pl.read_parquet(io.BytesIO(parquet_bytes(
        (repo / "data" / "sources.csv").read_bytes(), res["sources"]["schema"])))
    assert sources.schema["named"] == pl.Boolean
    assert dict(zip(sources["source_id"], sources["named"]))["health-ministry"] is True


def test_frictionless_loads_and_validates_the_archive(repo):
    from frictionless import Package

    archive = release(repo, validate=False).archive
    package = Package(str(archive))
    assert package.version == "0.1.0"
    report = package.validate()
    assert report.valid, report.flatten(["type", "note"])
    figures = package.get_resource("figures").read_rows()
    assert sorted(r["text"] for r in figures) == sorted(["14", "dozens", "9", "عشرات"])


def test_readme_recipes_load_the_archive(repo):
    """The polars and pandas lines of the README, on a local archive instead of a URL."""
    import pandas as pd

    archive = release(repo, validate=False).archive
    z = zipfile.ZipFile(io.BytesIO(archive.read_bytes()))
    figures = pl.read_parquet(z.read("data/figures.parquet"))
    assert figures.height == 4
    claims = pd.read_csv(io.BytesIO(z.read("data/claims.csv")))
    assert len(claims) == 4


def test_refuses_a_stale_or_inconsistent_package(repo):
    (repo / "data" / "figures.csv").write_bytes(
        (repo / "data" / "figures.csv").read_bytes().replace(b"dozens", b"scores"))
    with pytest.raises(ReleaseError, match="does not match the hash"):
        release_contents(repo)


def test_refuses_when_citation_disagrees(repo):
    cff = repo / "CITATION.cff"
    cff.write_text(cff.read_text().replace("version: 0.1.0", "version: 0.0.9"))
    with pytest.raises(ReleaseError, match="CITATION.cff says version 0.0.9"):
        release(repo, validate=False)


def test_record_then_next_releases(repo):
    result = release(repo, do_record=True, validate=False)
    assert result.recorded
    (entry,) = published.load_releases(repo)
    assert entry["version"] == "0.1.0"
    assert entry["files"]["data/figures.csv"] == hashlib.sha256(
        (repo / "data" / "figures.csv").read_bytes()).hexdigest()
    assert entry["rows"] == {"articles": 2, "sources": 4, "claims": 4, "figures": 4}
    log = (repo / "CHANGELOG.md").read_text()
    assert "| figures | 0 | 4 | 4 | 0 | 0 |" in log
    # recording the same data again changes nothing
    assert record(repo) == ["release 0.1.0 was already recorded with these data"]

    # a correction without a bump is refused
    rows = P.rows()
    rows["figures"][0]["category"] = "missing"
    P.write(repo, rows)
    with pytest.raises(ReleaseError, match="already recorded with other data"):
        record(repo)

    # a patch bump for added rows is refused: they need a minor bump
    rows["articles"].append(P.article("en-2", "No numbers here.", "en"))
    published.set_version(repo, "0.1.1", "2026-12-01")
    P.write(repo, rows, "0.1.1", "2026-12-01T00:00:00Z")
    with pytest.raises(ReleaseError, match="needs? a minor bump|need a minor bump"):
        record(repo)

    published.set_version(repo, "0.2.0", "2026-12-01")
    P.write(repo, rows, "0.2.0", "2026-12-01T00:00:00Z")
    release(repo, do_record=True, validate=False)
    assert [r["version"] for r in published.load_releases(repo)] == ["0.1.0", "0.2.0"]
    log = (repo / "CHANGELOG.md").read_text()
    assert log.index("## [0.2.0]") < log.index("## [0.1.0]")
    block = log[log.index("<!-- newsclaims:changes 0.2.0"):
                log.index("<!-- /newsclaims:changes 0.2.0")]
    assert "compared with 0.1.0" in block
    assert "| articles | 2 | 3 | 1 | 0 | 0 |" in block
    assert "| figures | 4 | 4 | 0 | 0 | 1 |" in block
    assert (repo / "dist" / "newsclaims-0.2.0.zip").is_file()
    assert published.published_problems(repo) == []


def test_update_changelog_replaces_its_block_only():
    text = "# Changelog\n\n## [0.2.0] - 2026-12-01\n\nNotes.\n\n## [0.1.0] - 2026-11-26\n\nOld.\n"
    once = update_changelog(text, "0.2.0", "2026-12-01", "BLOCK-A")
    assert once.index("Notes.") < once.index("BLOCK-A") < once.index("## [0.1.0]")
    assert once.endswith("Old.\n")
    # the markers are inside the block the real code writes; replace via markers
    from newsclaims.release import _block_markers

    start, end = _block_markers("0.2.0")
    with_markers = update_changelog(text, "0.2.0", "2026-12-01", f"{start}\nA\n{end}")
    again = update_changelog(with_markers, "0.2.0", "2026-12-01", f"{start}\nB\n{end}")
    assert "\nA\n" not in again and again.count(start) == 1 and "\nB\n" in again
    fresh = update_changelog("# Changelog\n\n## [Unreleased]\n", "0.1.0", "2026-11-26", "X")
    assert fresh.endswith("## [0.1.0] - 2026-11-26\n\nX\n\n")


def test_repository_release_archive_loads_with_frictionless(tmp_path):
    """The release of this repository's built package (once built) is a valid package."""
    from frictionless import Package

    from newsclaims.paths import REPO_ROOT

    if not (REPO_ROOT / "datapackage.json").is_file():
        pytest.skip("the repository's package is not built yet (`newsclaims build`)")
    result = release(REPO_ROOT, tmp_path / "dist", validate=False)
    report = Package(str(result.archive)).validate()
    assert report.valid, report.flatten(["type", "note"])
