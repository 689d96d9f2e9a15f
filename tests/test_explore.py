"""newsclaims.explore: reading a package through its descriptor, events, chart colours."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from fixtures.sample_package import EVENT, make_sample_package
from newsclaims.explore import kind_colours, read_events, read_tables
from newsclaims.schema import SOURCE_KINDS


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return make_sample_package(tmp_path_factory.mktemp("explore") / "pkg")


def test_tables_typed_from_the_descriptor(package):
    tables = read_tables(package)
    assert set(tables) == {"articles", "sources", "claims", "figures"}
    assert tables["articles"].schema["published"] == pl.Date
    assert tables["articles"]["published"].to_list()[0] == dt.date(2026, 3, 1)
    assert tables["sources"].schema["named"] == pl.Boolean
    assert tables["figures"].schema["value_high"] == pl.Float64
    assert tables["figures"].filter(pl.col("text") == "at least 41")["value_high"].to_list() == [None]
    # empty cells are nulls, not empty strings
    assert tables["claims"]["via_source_id"].null_count() == 4


def test_resource_paths_come_from_the_descriptor(package, tmp_path):
    moved = tmp_path / "moved"
    (moved / "tables").mkdir(parents=True)
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for r in descriptor["resources"]:
        (moved / "tables" / f"{r['name']}.csv").write_bytes((package / r["path"]).read_bytes())
        r["path"] = f"tables/{r['name']}.csv"
    (moved / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    assert read_tables(moved)["figures"].height == 7


def test_missing_package_names_the_variable(tmp_path):
    with pytest.raises(FileNotFoundError, match="NEWSCLAIMS_PACKAGE"):
        read_tables(tmp_path)


def test_each_article_is_its_own_event_by_default(monkeypatch):
    monkeypatch.delenv("NEWSCLAIMS_EVENTS", raising=False)
    articles = pl.DataFrame({
        "article_id": ["a", "b", "c", "d"],
        "title": ["Strike", "Strike", None, "Flood"],
        "published": [None, None, dt.date(2016, 9, 19), None],
    })
    events = dict(read_events(articles).iter_rows())
    assert events == {"a": "Strike (a)", "b": "Strike (b)", "c": "c (2016-09-19)", "d": "Flood"}


def test_an_events_file_groups_articles(package):
    articles = read_tables(package)["articles"]
    events = dict(read_events(articles, package / "events.csv").iter_rows())
    assert events["en-market"] == events["ar-market"] == EVENT
    assert events["en-rain"] == "en-rain (2026-03-02)"  # not listed: on its own


def test_kind_colours_are_fixed_per_kind():
    all_domain, all_range = kind_colours()
    assert all_domain == list(SOURCE_KINDS) and len(set(all_range)) == len(SOURCE_KINDS)
    domain, palette = kind_colours(["monitor", "ministry"])
    assert domain == ["ministry", "monitor"]  # schema order
    assert palette == [all_range[SOURCE_KINDS.index(k)] for k in domain]
