"""Semver bump kinds per the Data Package version recipe."""

from __future__ import annotations

import pytest

from newsclaims import versioning
from newsclaims.diff import PackageDiff, ResourceDiff, SchemaChange


def test_parse_and_bump():
    assert versioning.parse("1.20.3") == (1, 20, 3)
    assert versioning.bump("0.1.0", "patch") == "0.1.1"
    assert versioning.bump("0.1.7", "minor") == "0.2.0"
    assert versioning.bump("0.9.4", "major") == "1.0.0"
    for bad in ("1.2", "v1.2.3", "01.2.3", "1.2.3-rc1", ""):
        with pytest.raises(ValueError):
            versioning.parse(bad)
    with pytest.raises(ValueError):
        versioning.bump("1.0.0", "huge")


def test_bump_kind_recognises_only_next_versions():
    assert versioning.bump_kind("0.1.0", "0.1.1") == "patch"
    assert versioning.bump_kind("0.1.3", "0.2.0") == "minor"
    assert versioning.bump_kind("0.1.3", "1.0.0") == "major"
    assert versioning.bump_kind("0.1.0", "0.1.0") is None
    assert versioning.bump_kind("0.1.0", "0.3.0") is None  # skips 0.2.0
    assert versioning.bump_kind("0.2.0", "0.1.1") is None  # goes down
    assert versioning.bump_kind("0.1.3", "0.2.3") is None  # patch not reset


def _diff(added=(), removed=(), changed=None, schema=(), package_schema=()):
    r = ResourceDiff("figures", added=list(added), removed=list(removed),
                     changed=dict(changed or {}), schema_changes=list(schema))
    return PackageDiff("old", "new", "0.1.0", None, [r], list(package_schema))


def test_required_bump_by_kind_of_change():
    assert versioning.required_bump(_diff()) is None
    assert versioning.required_bump(_diff(changed={"a:f1": {"value": ("5", "7")}})) == "patch"
    assert versioning.required_bump(_diff(removed=["a:f1"])) == "patch"
    assert versioning.required_bump(_diff(added=["a:f2"])) == "minor"
    # the largest kind wins
    assert versioning.required_bump(_diff(added=["x"], removed=["y"])) == "minor"
    assert versioning.required_bump(
        _diff(added=["x"], schema=[SchemaChange("major", "field `x` added")])) == "major"
    assert versioning.required_bump(
        _diff(package_schema=[SchemaChange("major", "resource `x` removed")])) == "major"


def test_check_bump():
    assert versioning.check_bump("0.1.0", "0.1.0", None) == []
    (msg,) = versioning.check_bump("0.1.0", "0.1.0", "patch")
    assert "not bumped" in msg or "still 0.1.0" in msg
    (msg,) = versioning.check_bump("0.1.0", "0.1.1", "minor")
    assert "patch bump" in msg and "minor" in msg and "0.2.0" in msg
    assert versioning.check_bump("0.1.0", "0.1.1", "patch") == []
    assert versioning.check_bump("0.1.0", "0.2.0", "minor") == []
    # a larger bump than needed is allowed; a skipped version is not
    assert versioning.check_bump("0.1.0", "0.2.0", "patch") == []
    assert versioning.check_bump("0.1.0", "1.0.0", "minor") == []
    (msg,) = versioning.check_bump("0.1.0", "0.3.0", "minor")
    assert "not a next version" in msg
    (msg,) = versioning.check_bump("0.2.0", "0.2.1", "major")
    assert "major" in msg and "1.0.0" in msg
