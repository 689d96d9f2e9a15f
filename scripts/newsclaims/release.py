"""`newsclaims release`: the built package as one deterministic archive, dist/newsclaims-<v>.zip.

The archive holds, at its root: datapackage.json and datapackage.md, the tables as CSV (the
validated files, byte for byte) and as Parquet, README.md, CHANGELOG.md, CITATION.cff, the
licences and SHA256SUMS (`sha256sum -c SHA256SUMS` checks every other file). The same sources
give the same archive bytes: entries sorted, timestamps fixed at 1980-01-01, permissions 0644,
Parquet written with pinned options (zstd level 3, statistics on, one row group size).

`--record` first writes the release into data/releases.json (see published.py) and the
per-table summary of what changed into its CHANGELOG.md entry.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from newsclaims import published, versioning
from newsclaims.diff import diff_snapshots, empty_snapshot, load_snapshot, summary_table
from newsclaims.paths import REPO_ROOT

DOCS = ("README.md", "CHANGELOG.md", "CITATION.cff", "LICENSE", "LICENSE-DATA.md")
PACKAGE_DOCS = ("datapackage.json", "datapackage.md")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644
PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 3, "statistics": True,
                   "row_group_size": 1 << 20}


class ReleaseError(Exception):
    pass


# --- Contents --------------------------------------------------------------------------------


def _typed(df: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """Text columns (as read from the CSV) cast to the Table Schema types."""
    exprs = []
    for f in schema.get("fields", []):
        col, t = pl.col(f["name"]), f.get("type")
        if t == "integer":
            exprs.append(col.cast(pl.Int64))
        elif t == "number":
            exprs.append(col.cast(pl.Float64))
        elif t == "boolean":
            exprs.append(col.replace_strict({"true": True, "false": False}, default=None,
                                            return_dtype=pl.Boolean))
        elif t == "date":
            exprs.append(col.str.to_date("%Y-%m-%d"))
    return df.with_columns(exprs) if exprs else df


def parquet_bytes(csv: bytes, schema: dict) -> bytes:
    """A table's CSV as Parquet, typed by its schema, written with pinned options."""
    names = [f["name"] for f in schema.get("fields", [])]
    if csv.strip():
        df = pl.read_csv(io.BytesIO(csv), infer_schema=False)
    else:
        df = pl.DataFrame(schema={n: pl.String for n in names})
    df = _typed(df, schema)
    buf = io.BytesIO()
    df.write_parquet(buf, **PARQUET_OPTIONS)
    return buf.getvalue()


def release_contents(package_dir: Path, docs_dir: Path | None = None) -> dict[str, bytes]:
    """Archive path -> bytes of every file of the release, SHA256SUMS included."""
    package_dir = Path(package_dir)
    docs_dir = Path(docs_dir or package_dir)
    descriptor_path = package_dir / "datapackage.json"
    if not descriptor_path.is_file():
        raise ReleaseError(f"no datapackage.json in {package_dir}: run `newsclaims build`")
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    files: dict[str, bytes] = {}
    for rel in PACKAGE_DOCS:
        if (package_dir / rel).is_file():
            files[rel] = (package_dir / rel).read_bytes()
    for r in descriptor.get("resources", []):
        data = (package_dir / r["path"]).read_bytes()
        expected = r.get("hash", "")
        if expected and expected.removeprefix("sha256:") != hashlib.sha256(data).hexdigest():
            raise ReleaseError(f"{r['path']} does not match the hash in datapackage.json: "
                               "rebuild the package (`newsclaims build`)")
        files[r["path"]] = data
        files[str(Path(r["path"]).with_suffix(".parquet").as_posix())] = \
            parquet_bytes(data, r.get("schema", {}))
    for rel in DOCS:
        if not (docs_dir / rel).is_file():
            raise ReleaseError(f"{rel} is missing from {docs_dir}")
        files[rel] = (docs_dir / rel).read_bytes()
    files["SHA256SUMS"] = sha256sums(files)
    return files


def sha256sums(files: dict[str, bytes]) -> bytes:
    lines = [f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in sorted(files)]
    return "".join(lines).encode("utf-8")


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip archive whose bytes depend only on the files' names and contents."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, so the permissions below are read
            info.external_attr = FILE_MODE << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buf.getvalue()


def write_archive(files: dict[str, bytes], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(zip_bytes(files))
    os.replace(tmp, path)
    return path


# --- Changelog -------------------------------------------------------------------------------


def _block_markers(version: str) -> tuple[str, str]:
    return (f"<!-- newsclaims:changes {version} (written by `newsclaims release --record`; "
            "do not edit between these markers) -->", f"<!-- /newsclaims:changes {version} -->")


def changes_block(diff, version: str) -> str:
    start, end = _block_markers(version)
    since = diff.old_version or "nothing (first release)"
    lines = [start, f"Rows per table, compared with {since}:", "", summary_table(diff)]
    schema = [c for c in diff.schema_changes] + [
        type(c)(c.kind, f"{r.name}: {c.what}") for r in diff.resources for c in r.schema_changes]
    if schema and diff.old_version:
        lines += ["", "Schema changes:", ""] + [f"- {c.what} ({c.kind})" for c in schema]
    lines.append(end)
    return "\n".join(lines)


def update_changelog(text: str, version: str, date: str, block: str) -> str:
    """CHANGELOG.md text with `block` inside the entry of `version` (created when missing)."""
    start, end = _block_markers(version)
    if start in text and end in text:
        i, j = text.index(start), text.index(end) + len(end)
        return text[:i] + block + text[j:]
    heading = re.search(rf"^## \[{re.escape(version)}\][^\n]*\n", text, re.MULTILINE)
    if heading:
        nxt = re.search(r"^## \[", text[heading.end():], re.MULTILINE)
        at = heading.end() + (nxt.start() if nxt else len(text) - heading.end())
        section = text[heading.end():at].rstrip("\n")
        rest = text[at:].lstrip("\n")
        tail = "\n" + rest if rest else ""
        return text[:heading.end()] + section + "\n\n" + block + "\n" + tail
    entry = f"## [{version}] - {date}\n\n{block}\n\n"
    first = re.search(r"^## \[\d+\.\d+\.\d+\]", text, re.MULTILINE)
    if first:
        return text[:first.start()] + entry + text[first.start():]
    return text.rstrip("\n") + "\n\n" + entry


# --- The command -----------------------------------------------------------------------------


@dataclass
class ReleaseResult:
    version: str
    archive: Path
    sha256: str
    recorded: bool = False
    notes: list[str] = field(default_factory=list)


def record(root: Path) -> list[str]:
    """Record the current package as its version in data/releases.json and write the per-table
    changes into its CHANGELOG.md entry. Returns notes; raises ReleaseError when it may not."""
    meta = published.package_yaml(root)
    version, date = str(meta["version"]), published.release_date(meta) or ""
    current = load_snapshot(root, root)
    now = published.fingerprint(current)
    releases = published.load_releases(root)
    existing = next((r for r in releases if r["version"] == version), None)
    if existing is not None:
        if not published.same_data(now, existing):
            raise ReleaseError(f"release {version} is already recorded with other data: bump "
                               "the version (published data never change under a version)")
        return [f"release {version} was already recorded with these data"]
    previous = published.last_release(releases, before=version)
    newer = [r["version"] for r in releases
             if versioning.parse(r["version"]) > versioning.parse(version)]
    if newer:
        raise ReleaseError(f"version {version} is older than recorded {', '.join(newer)}")
    if previous is None:
        old = empty_snapshot()
    else:
        old = published.release_snapshot(root, previous)
        if old is None:
            raise ReleaseError(f"cannot find the content of release {previous['version']} "
                               "(no dist/ archive, no commit recording it) to compare with")
    diff = diff_snapshots(old, current)
    if previous is not None:
        problems = versioning.check_bump(previous["version"], version, diff.required_bump)
        if problems:
            raise ReleaseError("; ".join(problems))
    changelog = root / published.CHANGELOG
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n"
    changelog.write_text(update_changelog(text, version, date, changes_block(diff, version)),
                         encoding="utf-8")
    releases.append({"version": version, "date": date, **now})
    published.write_releases(root, releases)
    return [f"recorded release {version} in {published.RELEASES} and its changes in "
            f"{published.CHANGELOG}"]


def release(root: Path = REPO_ROOT, dist: Path | None = None, *, do_record: bool = False,
            validate: bool = True) -> ReleaseResult:
    root = Path(root)
    if not (root / "datapackage.json").is_file():
        raise ReleaseError(f"no datapackage.json in {root}: run `newsclaims build` first")
    problems = published.metadata_problems(root)
    if problems:
        raise ReleaseError("; ".join(problems))
    if validate:
        from newsclaims.validate import validate_package

        report = validate_package(root)
        if not report.ok:
            raise ReleaseError("the package is not valid: " + "; ".join(map(str, report.failures)))
    version = str(published.package_yaml(root)["version"])
    notes = record(root) if do_record else []
    if version not in published.changelog_versions(root):
        raise ReleaseError(f"{published.CHANGELOG} has no `## [{version}]` entry")
    if not do_record and not any(r["version"] == version for r in published.load_releases(root)):
        notes.append(f"release {version} is not recorded in {published.RELEASES}: run "
                     "`newsclaims release --record` to publish it")
    path = (Path(dist) if dist else root / published.DIST) / f"newsclaims-{version}.zip"
    write_archive(release_contents(root), path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return ReleaseResult(version, path, digest, do_record, notes)
