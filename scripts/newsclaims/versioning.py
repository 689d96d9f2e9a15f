"""Semantic versions of the package, as the Data Package version recipe says.

- major: a change of schema (a table or field added, removed, renamed, retyped or re-ordered,
  or a primary key changed): readers' code may break;
- minor: data added (new rows) or a backwards-compatible metadata change (a constraint or
  vocabulary relaxed);
- patch: a correction of existing data (rows changed or removed) or of descriptions.

`required_bump` reads a `diff.PackageDiff` and says which kind the change needs;
`check_bump` says whether going from one version to another is such a bump.
"""

from __future__ import annotations

import re

KINDS = ("patch", "minor", "major")
_RANK = {k: i for i, k in enumerate(KINDS)}
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def parse(version: str) -> tuple[int, int, int]:
    m = _SEMVER.match(str(version))
    if not m:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    return int(m[1]), int(m[2]), int(m[3])


def bump(version: str, kind: str) -> str:
    major, minor, patch = parse(version)
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    if kind == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"bump kind must be one of {', '.join(KINDS)}, not {kind!r}")


def bump_kind(old: str, new: str) -> str | None:
    """The kind of bump that leads from old to new, or None when new is not a next version
    of old (equal, lower, or skipping versions, like 0.1.0 -> 0.3.0)."""
    for kind in KINDS:
        if bump(old, kind) == new:
            return kind
    return None


def max_kind(kinds) -> str | None:
    kinds = [k for k in kinds if k]
    return max(kinds, key=_RANK.__getitem__) if kinds else None


def at_least(kind: str, required: str | None) -> bool:
    return required is None or _RANK[kind] >= _RANK[required]


def required_bump(diff) -> str | None:
    """The smallest bump kind the changes in `diff` (a diff.PackageDiff) need; None if none."""
    kinds = [c.kind for c in diff.schema_changes]
    for r in diff.resources:
        kinds.extend(c.kind for c in r.schema_changes)
        if r.added:
            kinds.append("minor")
        if r.removed or r.changed:
            kinds.append("patch")
    return max_kind(kinds)


def check_bump(old: str, new: str, required: str | None) -> list[str]:
    """Problems with releasing `new` after `old` for changes needing a `required` bump.

    A larger bump than needed is allowed (a minor release may contain corrections); a smaller
    one, or a version that is not the next one of its kind, is not."""
    if required is None:
        return []
    kind = bump_kind(old, new)
    if kind is None:
        expected = bump(old, required)
        if new == old:
            return [f"the data changed since release {old} but the version is still {old}: "
                    f"bump it ({required}: {expected})"]
        return [f"version {new} is not a next version of {old}: the changes need a {required} "
                f"bump ({expected})"]
    if not at_least(kind, required):
        return [f"{old} -> {new} is a {kind} bump but the changes need a {required} bump "
                f"({bump(old, required)})"]
    return []
