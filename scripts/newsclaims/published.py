"""The record of published releases (data/releases.json) and the guard that keeps it honest.

`newsclaims release --record` writes, per version, the SHA-256 of every table file, a hash of
every table schema and the row counts. `published_problems` (run by
tests/test_published_data.py) then fails when the tables differ from the last recorded release
but the version was not bumped, or was bumped by the wrong kind for the change (see
versioning.py), or CHANGELOG.md lacks the entry, or the citation files disagree with the
package's version and date. Nobody can change the published data silently.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import polars as pl
import yaml

from newsclaims import versioning
from newsclaims.diff import DiffError, Snapshot, _git, diff_snapshots, load_snapshot
from newsclaims.paths import REPO_ROOT

RELEASES = Path("data") / "releases.json"
CHANGELOG = "CHANGELOG.md"
CITATION = "CITATION.cff"
ZENODO = ".zenodo.json"
PACKAGE_YAML = Path("scripts") / "newsclaims" / "package.yaml"
DIST = "dist"
_ABOUT = ("Published releases of the newsclaims package: per version, the SHA-256 of each table "
          "file, a SHA-256 of each table schema (canonical JSON) and the row counts. Written by "
          "`newsclaims release --record`; checked by tests/test_published_data.py. Never edit.")
_HEADING = re.compile(r"^## \[(\d+\.\d+\.\d+)\]", re.MULTILINE)


# --- Fingerprints and the record -------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def schema_hash(schema: dict) -> str:
    return _sha256(json.dumps(schema, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def fingerprint(snapshot: Snapshot) -> dict:
    """What identifies the published data of a package: table bytes, schemas, row counts."""
    files, schemas, rows = {}, {}, {}
    for name, r in sorted(snapshot.resources().items()):
        data = snapshot.files[r["path"]]
        files[r["path"]] = _sha256(data)
        schemas[name] = schema_hash(r.get("schema", {}))
        rows[name] = pl.read_csv(io.BytesIO(data), infer_schema=False).height if data.strip() \
            else 0
    return {"files": files, "schemas": schemas, "rows": rows}


def same_data(a: dict, b: dict) -> bool:
    return a["files"] == b["files"] and a["schemas"] == b["schemas"]


def load_releases(root: Path = REPO_ROOT) -> list[dict]:
    path = root / RELEASES
    if not path.is_file():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("releases", []))


def write_releases(root: Path, releases: list[dict]) -> None:
    releases = sorted(releases, key=lambda r: versioning.parse(r["version"]))
    text = json.dumps({"about": _ABOUT, "releases": releases}, ensure_ascii=False, indent=2)
    (root / RELEASES).parent.mkdir(parents=True, exist_ok=True)
    (root / RELEASES).write_text(text + "\n", encoding="utf-8")


def last_release(releases: list[dict], before: str | None = None) -> dict | None:
    """The highest recorded release (below `before` when given)."""
    candidates = [r for r in releases
                  if before is None or versioning.parse(r["version"]) < versioning.parse(before)]
    return max(candidates, key=lambda r: versioning.parse(r["version"]), default=None)


# --- Metadata kept equal across files ---------------------------------------------------------


def package_yaml(root: Path = REPO_ROOT) -> dict:
    return yaml.safe_load((root / PACKAGE_YAML).read_text(encoding="utf-8"))


def release_date(meta: dict) -> str | None:
    created = meta.get("created")
    return str(created)[:10] if created else None


def metadata_problems(root: Path = REPO_ROOT) -> list[str]:
    """package.yaml, datapackage.json, CITATION.cff and .zenodo.json agree on version and date."""
    meta = package_yaml(root)
    version, date = str(meta.get("version")), release_date(meta)
    problems = []
    try:
        versioning.parse(version)
    except ValueError as exc:
        problems.append(f"{PACKAGE_YAML}: {exc}")
    if not date:
        problems.append(f"{PACKAGE_YAML}: `created` (the release date, "
                        "'YYYY-MM-DDT00:00:00Z') is missing")
    seen = {}
    descriptor = root / "datapackage.json"
    if descriptor.is_file():
        d = json.loads(descriptor.read_text(encoding="utf-8"))
        seen["datapackage.json"] = (d.get("version"), release_date(d))
    cff = root / CITATION
    if cff.is_file():
        c = yaml.safe_load(cff.read_text(encoding="utf-8"))
        seen[CITATION] = (str(c.get("version")), str(c.get("date-released") or "") or None)
    else:
        problems.append(f"{CITATION} is missing")
    zen = root / ZENODO
    if zen.is_file():
        z = json.loads(zen.read_text(encoding="utf-8"))
        seen[ZENODO] = (z.get("version"), z.get("publication_date"))
    else:
        problems.append(f"{ZENODO} is missing")
    for name, (v, d) in seen.items():
        if v != version or d != date:
            problems.append(f"{name} says version {v} of {d}, but {PACKAGE_YAML} says {version} "
                            f"of {date}" + (" (rebuild the package)" if name ==
                                           "datapackage.json" else ""))
    return problems


def changelog_versions(root: Path = REPO_ROOT) -> set[str]:
    path = root / CHANGELOG
    return set(_HEADING.findall(path.read_text(encoding="utf-8"))) if path.is_file() else set()


# --- Where a recorded release's content can be found ------------------------------------------


def archive_path(root: Path, version: str) -> Path:
    return root / DIST / f"newsclaims-{version}.zip"


def release_snapshot(root: Path, release: dict) -> Snapshot | None:
    """The content of a recorded release: its archive in dist/, else the first commit whose
    data/releases.json records it and whose tables have its hashes. None when neither exists."""
    candidates: list[str] = []
    zip_path = archive_path(root, release["version"])
    if zip_path.is_file():
        candidates.append(str(zip_path))
    try:
        commits = _git(root, "log", "--format=%H", "--reverse", "--", str(RELEASES)).split()
    except (KeyError, OSError):
        commits = []
    for commit in commits:
        c = commit.decode()
        try:
            recorded = json.loads(_git(root, "show", f"{c}:./{RELEASES.as_posix()}"))
        except (KeyError, ValueError):
            continue
        if any(r.get("version") == release["version"] for r in recorded.get("releases", [])):
            candidates.append(c)
    for spec in candidates:
        try:
            snap = load_snapshot(spec, root)
        except DiffError:
            continue
        if same_data(fingerprint(snap), release):
            return snap
    return None


# --- The guard ------------------------------------------------------------------------------


def published_problems(root: Path = REPO_ROOT) -> list[str]:
    """Everything that would let published data change silently. Empty when all is well."""
    problems = metadata_problems(root)
    releases = load_releases(root)
    if not releases or not (root / "datapackage.json").is_file():
        return problems
    version = str(package_yaml(root).get("version"))
    current = load_snapshot(root, root)
    now = fingerprint(current)
    logged = changelog_versions(root)
    for r in releases:
        if r["version"] not in logged:
            problems.append(f"{CHANGELOG} has no `## [{r['version']}]` entry for recorded "
                            f"release {r['version']}")
    recorded = {r["version"]: r for r in releases}
    last = last_release(releases)
    if version in recorded:
        if not same_data(now, recorded[version]):
            changed = sorted(p for p in set(now["files"]) | set(recorded[version]["files"])
                             if now["files"].get(p) != recorded[version]["files"].get(p))
            changed += sorted(f"schema of {n}" for n in set(now["schemas"]) |
                              set(recorded[version]["schemas"])
                              if now["schemas"].get(n) != recorded[version]["schemas"].get(n))
            problems.append(
                f"the published data of release {version} changed ({', '.join(changed)}) but "
                f"the version was not bumped: bump it in {PACKAGE_YAML}, rebuild, add a "
                f"{CHANGELOG} entry (`newsclaims diff` lists the changes)")
        if version != last["version"]:
            problems.append(f"version {version} is older than the last release "
                            f"{last['version']}")
        return problems
    # A new, not yet recorded version.
    if versioning.parse(version) <= versioning.parse(last["version"]):
        problems.append(f"version {version} is not above the last release {last['version']}")
        return problems
    if version not in logged:
        problems.append(f"{CHANGELOG} has no `## [{version}]` entry for the new version")
    if same_data(now, last):
        return problems
    old = release_snapshot(root, last)
    if old is None:
        problems.append(f"the data changed since release {last['version']}, and its content "
                        f"(dist/ archive or the commit recording it) cannot be found to check "
                        f"that {last['version']} -> {version} is the right kind of bump")
        return problems
    diff = diff_snapshots(old, current)
    problems += versioning.check_bump(last["version"], version, diff.required_bump)
    return problems


# --- Setting a new version -----------------------------------------------------------------


def _replace_line(text: str, key: str, value: str, where: str) -> str:
    pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
    if len(pattern.findall(text)) != 1:
        raise ValueError(f"{where}: expected exactly one top-level `{key}:` line")
    return pattern.sub(f"{key}: {value}", text)


def set_version(root: Path, version: str, date: str) -> None:
    """Write a new version and release date (YYYY-MM-DD) into package.yaml, CITATION.cff and
    .zenodo.json (keeping their comments), and open its CHANGELOG.md entry."""
    versioning.parse(version)
    p = root / PACKAGE_YAML
    text = _replace_line(p.read_text(encoding="utf-8"), "version", version, str(PACKAGE_YAML))
    p.write_text(_replace_line(text, "created", f'"{date}T00:00:00Z"', str(PACKAGE_YAML)),
                 encoding="utf-8")
    c = root / CITATION
    text = _replace_line(c.read_text(encoding="utf-8"), "version", version, CITATION)
    c.write_text(_replace_line(text, "date-released", date, CITATION), encoding="utf-8")
    z = root / ZENODO
    text = z.read_text(encoding="utf-8")
    text = re.sub(r'"version":\s*"[^"]*"', f'"version": "{version}"', text, count=1)
    text = re.sub(r'"publication_date":\s*"[^"]*"', f'"publication_date": "{date}"', text,
                  count=1)
    z.write_text(text, encoding="utf-8")
    log = root / CHANGELOG
    text = log.read_text(encoding="utf-8") if log.is_file() else "# Changelog\n"
    if version not in set(_HEADING.findall(text)):
        entry = f"## [{version}] - {date}\n\n### Changed\n\n- (describe the changes)\n\n"
        first = re.search(r"^## \[\d+\.\d+\.\d+\]", text, re.MULTILINE)
        text = (text[:first.start()] + entry + text[first.start():]) if first \
            else text.rstrip("\n") + "\n\n" + entry
        log.write_text(text, encoding="utf-8")


def needed_bump(root: Path = REPO_ROOT) -> tuple[str | None, str | None]:
    """(last recorded version, the bump kind the built package's changes since it need)."""
    last = last_release(load_releases(root))
    if last is None:
        return None, None
    old = release_snapshot(root, last)
    if old is None:
        raise ValueError(f"cannot find the content of release {last['version']}")
    return last["version"], diff_snapshots(old, load_snapshot(root, root)).required_bump
