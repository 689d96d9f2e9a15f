"""What changed between two versions of the package: `newsclaims diff OLD NEW`.

OLD and NEW may each be a package folder (holding datapackage.json), a release archive
(`dist/newsclaims-<version>.zip`) or a git ref of this repository (`v0.1.0`, `HEAD~3`, or
`REF:path/to/package-folder`). Per resource: rows added, removed and changed (matched by primary
key, with field-level before/after), and schema changes, each with the version bump it needs.
Output as Markdown (for the changelog) or JSON.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from newsclaims.paths import REPO_ROOT

DESCRIPTOR = "datapackage.json"
# Package-level properties that change with every release and are not a change of the data.
_RELEASE_PROPERTIES = {"version", "created", "resources", "$schema"}


class DiffError(Exception):
    pass


# --- Loading a package from a folder, a zip or a git ref ---------------------------------


@dataclass
class Snapshot:
    """A package as it was: its descriptor and the bytes of its resources."""

    label: str
    descriptor: dict
    files: dict[str, bytes]

    @property
    def version(self) -> str | None:
        return self.descriptor.get("version")

    def resources(self) -> dict[str, dict]:
        return {r["name"]: r for r in self.descriptor.get("resources", [])}


def empty_snapshot(label: str = "(nothing)") -> Snapshot:
    return Snapshot(label, {"resources": []}, {})


def _from_reader(label: str, read) -> Snapshot:
    try:
        descriptor = json.loads(read(DESCRIPTOR))
    except (KeyError, FileNotFoundError) as exc:
        raise DiffError(f"{label}: no {DESCRIPTOR} found") from exc
    files = {}
    for r in descriptor.get("resources", []):
        path = r.get("path")
        if isinstance(path, str):
            try:
                files[path] = read(path)
            except (KeyError, FileNotFoundError) as exc:
                raise DiffError(f"{label}: resource file {path} is missing") from exc
    return Snapshot(label, descriptor, files)


def _zip_prefix(names: list[str]) -> str:
    """'' when datapackage.json is at the archive root, else its single top-level folder."""
    if DESCRIPTOR in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names if n.endswith("/" + DESCRIPTOR)
            and n.count("/") == 1}
    return (tops.pop() + "/") if len(tops) == 1 else ""


def _git(repo: Path, *args: str) -> bytes:
    proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True)
    if proc.returncode != 0:
        raise KeyError(proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout


def is_git_ref(ref: str, repo: Path = REPO_ROOT) -> bool:
    try:
        _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        return True
    except (KeyError, OSError):
        return False


def load_snapshot(spec: str | Path, repo: Path = REPO_ROOT) -> Snapshot:
    """A package from a folder, a release zip, or `REF[:folder]` in the git repository `repo`."""
    path = Path(spec)
    if path.is_dir():
        return _from_reader(str(spec), lambda rel: (path / rel).read_bytes())
    if path.is_file():
        if not zipfile.is_zipfile(path):
            raise DiffError(f"{spec}: neither a package folder nor a zip archive")
        with zipfile.ZipFile(path) as archive:
            prefix = _zip_prefix(archive.namelist())
            return _from_reader(str(spec), lambda rel: archive.read(prefix + rel))
    ref, _, folder = str(spec).partition(":")
    if not is_git_ref(ref, repo):
        raise DiffError(f"{spec}: not a folder, a zip archive or a git ref of {repo}")
    folder = folder.strip("/")

    def read(rel: str) -> bytes:
        return _git(repo, "show", f"{ref}:./{folder + '/' if folder else ''}{rel}")

    return _from_reader(str(spec), read)


# --- Comparing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaChange:
    kind: str  # the bump it needs: major, minor or patch
    what: str

    def as_dict(self) -> dict:
        return {"bump": self.kind, "change": self.what}


@dataclass
class ResourceDiff:
    name: str
    rows_before: int = 0
    rows_after: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # key -> {field: (before, after)}
    changed: dict[str, dict[str, tuple]] = field(default_factory=dict)
    schema_changes: list[SchemaChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.schema_changes)

    def as_dict(self) -> dict:
        return {
            "name": self.name, "rows_before": self.rows_before, "rows_after": self.rows_after,
            "added": self.added, "removed": self.removed,
            "changed": [{"key": k, "fields": {f: {"before": b, "after": a}
                                              for f, (b, a) in fields.items()}}
                        for k, fields in self.changed.items()],
            "schema_changes": [c.as_dict() for c in self.schema_changes],
        }


@dataclass
class PackageDiff:
    old: str
    new: str
    old_version: str | None
    new_version: str | None
    resources: list[ResourceDiff] = field(default_factory=list)
    schema_changes: list[SchemaChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.schema_changes and all(r.empty for r in self.resources)

    @property
    def required_bump(self) -> str | None:
        from newsclaims.versioning import required_bump

        return required_bump(self)

    def as_dict(self) -> dict:
        return {
            "old": {"spec": self.old, "version": self.old_version},
            "new": {"spec": self.new, "version": self.new_version},
            "required_bump": self.required_bump,
            "schema_changes": [c.as_dict() for c in self.schema_changes],
            "resources": [r.as_dict() for r in self.resources],
        }


def _rows(data: bytes) -> pl.DataFrame:
    """A CSV as text columns: compare what is written, not what a parser makes of it."""
    if not data.strip():
        return pl.DataFrame()
    return pl.read_csv(io.BytesIO(data), infer_schema=False)


def _key(row: dict, pk: list[str]) -> str:
    return "|".join("" if row[k] is None else str(row[k]) for k in pk)


def schema_changes(old: dict, new: dict) -> list[SchemaChange]:
    """Changes between two Table Schema descriptors, each with the bump it needs."""
    changes: list[SchemaChange] = []
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    new_fields = {f["name"]: f for f in new.get("fields", [])}
    old_names, new_names = list(old_fields), list(new_fields)
    removed = [n for n in old_names if n not in new_fields]
    added = [n for n in new_names if n not in old_fields]
    # A field removed and another added at the same position with the same type: a rename.
    for name in list(removed):
        i = old_names.index(name)
        if i < len(new_names) and new_names[i] in added \
                and new_fields[new_names[i]].get("type") == old_fields[name].get("type"):
            changes.append(SchemaChange("major", f"field `{name}` renamed to `{new_names[i]}`"))
            removed.remove(name)
            added.remove(new_names[i])
    changes += [SchemaChange("major", f"field `{n}` removed") for n in removed]
    changes += [SchemaChange("major", f"field `{n}` added") for n in added]
    common_old = [n for n in old_names if n in new_fields]
    common_new = [n for n in new_names if n in old_fields]
    if common_old != common_new:
        changes.append(SchemaChange("major", "fields re-ordered"))
    for n in common_new:
        a, b = old_fields[n], new_fields[n]
        if a.get("type") != b.get("type"):
            changes.append(SchemaChange(
                "major", f"field `{n}` retyped from {a.get('type')} to {b.get('type')}"))
        if a.get("constraints") != b.get("constraints"):
            changes.append(SchemaChange("minor", f"constraints of field `{n}` changed"))
        for prop in sorted((set(a) | set(b)) - {"name", "type", "constraints"}):
            if a.get(prop) != b.get(prop):
                changes.append(SchemaChange("patch", f"{prop} of field `{n}` changed"))
    if old.get("primaryKey") != new.get("primaryKey"):
        changes.append(SchemaChange("major", f"primary key changed from {old.get('primaryKey')} "
                                             f"to {new.get('primaryKey')}"))
    if old.get("foreignKeys") != new.get("foreignKeys"):
        changes.append(SchemaChange("minor", "foreign keys changed"))
    if old.get("missingValues") != new.get("missingValues"):
        changes.append(SchemaChange("major", "missing values changed"))
    return changes


def diff_resource(name: str, old: dict | None, new: dict | None,
                  old_data: bytes | None, new_data: bytes | None) -> ResourceDiff:
    rd = ResourceDiff(name)
    old_df = _rows(old_data) if old_data is not None else pl.DataFrame()
    new_df = _rows(new_data) if new_data is not None else pl.DataFrame()
    rd.rows_before, rd.rows_after = old_df.height, new_df.height
    if old is not None and new is not None:
        rd.schema_changes = schema_changes(old.get("schema", {}), new.get("schema", {}))
    pk = list((new or old or {}).get("schema", {}).get("primaryKey") or [])
    if isinstance(pk, str):
        pk = [pk]
    if not pk or any(k not in df.columns for k in pk for df in (old_df, new_df) if df.width):
        pk = None
    if pk is None:  # no usable key: rows are compared whole
        key_of = lambda row: json.dumps(row, ensure_ascii=False, sort_keys=True)  # noqa: E731
    else:
        key_of = lambda row: _key(row, pk)  # noqa: E731
    before = {key_of(r): r for r in old_df.iter_rows(named=True)}
    after = {key_of(r): r for r in new_df.iter_rows(named=True)}
    rd.added = sorted(k for k in after if k not in before)
    rd.removed = sorted(k for k in before if k not in after)
    common = [c for c in new_df.columns if c in old_df.columns]
    for k in sorted(k for k in after if k in before):
        a, b = before[k], after[k]
        fields = {c: (a[c], b[c]) for c in common if a[c] != b[c]}
        if fields:
            rd.changed[k] = fields
    return rd


def diff_snapshots(old: Snapshot, new: Snapshot) -> PackageDiff:
    pd = PackageDiff(old.label, new.label, old.version, new.version)
    old_res, new_res = old.resources(), new.resources()
    for name in sorted(set(old_res) - set(new_res)):
        pd.schema_changes.append(SchemaChange("major", f"resource `{name}` removed"))
    for name in sorted(set(new_res) - set(old_res)):
        if old_res:  # a first release adds its resources; later, a new table is new data
            pd.schema_changes.append(SchemaChange("minor", f"resource `{name}` added"))
    names = [n for n in new_res] + [n for n in old_res if n not in new_res]
    for name in names:
        o, n = old_res.get(name), new_res.get(name)
        pd.resources.append(diff_resource(
            name, o, n,
            old.files.get(o["path"]) if o else None,
            new.files.get(n["path"]) if n else None))
    if old_res:
        for prop in sorted((set(old.descriptor) | set(new.descriptor)) - _RELEASE_PROPERTIES):
            if old.descriptor.get(prop) != new.descriptor.get(prop):
                pd.schema_changes.append(SchemaChange("patch", f"package `{prop}` changed"))
    return pd


def diff_specs(old: str, new: str, repo: Path = REPO_ROOT) -> PackageDiff:
    return diff_snapshots(load_snapshot(old, repo), load_snapshot(new, repo))


# --- Rendering -----------------------------------------------------------------------------


def _cell(value, width: int = 60) -> str:
    if value is None:
        return "∅"
    text = str(value).replace("\n", "⏎").replace("|", "\\|").replace("`", "'")
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_table(diff: PackageDiff) -> str:
    lines = ["| table | rows before | rows after | added | removed | changed |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in diff.resources:
        lines.append(f"| {r.name} | {r.rows_before} | {r.rows_after} | {len(r.added)} | "
                     f"{len(r.removed)} | {len(r.changed)} |")
    return "\n".join(lines)


def to_markdown(diff: PackageDiff, limit: int = 50) -> str:
    """Markdown for the changelog: a summary table, schema changes, then per-table details
    (at most `limit` rows listed per kind of change; 0 for the summary only)."""
    old_v = diff.old_version or "—"
    new_v = diff.new_version or "—"
    out = [f"Changes from `{diff.old}` ({old_v}) to `{diff.new}` ({new_v}):", "",
           summary_table(diff), ""]
    bump = diff.required_bump
    out.append(f"Needs a **{bump}** version bump." if bump else "No change to the data.")
    schema = list(diff.schema_changes) + [
        SchemaChange(c.kind, f"{r.name}: {c.what}") for r in diff.resources
        for c in r.schema_changes]
    if schema:
        out += ["", "Schema and metadata changes:", ""]
        out += [f"- {c.what} ({c.kind})" for c in schema]
    if limit <= 0:
        return "\n".join(out) + "\n"
    for r in diff.resources:
        if not (r.added or r.removed or r.changed):
            continue
        out += ["", f"#### {r.name}"]
        for label, keys in (("Added", r.added), ("Removed", r.removed)):
            if keys:
                shown = ", ".join(f"`{_cell(k)}`" for k in keys[:limit])
                more = f" and {len(keys) - limit} more" if len(keys) > limit else ""
                out += ["", f"{label} ({len(keys)}): {shown}{more}"]
        if r.changed:
            out += ["", f"Changed ({len(r.changed)}):", ""]
            for k in list(r.changed)[:limit]:
                parts = "; ".join(f"`{f}` {_cell(b)} → {_cell(a)}"
                                  for f, (b, a) in r.changed[k].items())
                out.append(f"- `{_cell(k)}`: {parts}")
            if len(r.changed) > limit:
                out.append(f"- and {len(r.changed) - limit} more")
    return "\n".join(out) + "\n"


def to_json(diff: PackageDiff) -> str:
    return json.dumps(diff.as_dict(), ensure_ascii=False, indent=2) + "\n"
