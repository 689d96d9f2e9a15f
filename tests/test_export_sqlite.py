"""`newsclaims export sqlite`: tables, keys, full-text search and Datasette metadata."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

from fixtures.sample_package import make_sample_package
from newsclaims.cli import app
from newsclaims.export_sqlite import export_sqlite, search_claims
from newsclaims.schema import CLAIMS, FIGURES, TABLES


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("export")
    package = make_sample_package(root / "pkg")
    report = export_sqlite(package, root / "out" / "claims.db")
    return package, report.db_path, report.metadata_path


def test_every_table_with_its_rows(exported):
    _, db_path, _ = exported
    db = sqlite_utils.Database(db_path)
    for table in TABLES:
        assert db[table.name].exists()
        assert [c.name for c in db[table.name].columns] == table.field_names
    counts = {t.name: db[t.name].count for t in TABLES}
    assert counts == {"articles": 3, "sources": 5, "claims": 5, "figures": 7}


def test_primary_and_foreign_keys(exported):
    _, db_path, _ = exported
    db = sqlite_utils.Database(db_path)
    for table in TABLES:
        assert db[table.name].pks == list(table.primary_key)
    fks = {(fk.column, fk.other_table, fk.other_column) for fk in db["claims"].foreign_keys}
    assert fks == {("article_id", "articles", "article_id"), ("source_id", "sources", "source_id"),
                   ("via_source_id", "sources", "source_id")}
    fks = {(fk.column, fk.other_table, fk.other_column) for fk in db["figures"].foreign_keys}
    assert fks == {("claim_id", "claims", "claim_id"), ("article_id", "articles", "article_id")}
    conn = sqlite3.connect(db_path)
    conn.execute("pragma foreign_keys = on")
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):  # a figure of a claim that does not exist
        conn.execute("insert into figures (figure_id, claim_id, article_id, text, char_start, "
                     "char_end, value_low, value, kind, category, rule, origin) values "
                     "('x:f000000-000001', 'x:c000000-000001', 'en-market', '1', 0, 1, 1, 1, "
                     "'exact', 'killed', 'r', 'extracted')")
    with pytest.raises(sqlite3.IntegrityError):  # required field
        conn.execute("insert into sources (source_id, name, kind, named) values ('s', 'S', "
                     "'other', 1)")
    conn.close()


def test_values_keep_their_types(exported):
    _, db_path, _ = exported
    conn = sqlite3.connect(db_path)
    row = conn.execute("select value_low, value, value_high, kind from figures "
                       "where text = 'at least 41'").fetchone()
    assert row == (41.0, 41.0, None, "at_least")
    assert conn.execute("select named, registered from sources where source_id = 'army'"
                        ).fetchone() == (0, 0)
    assert conn.execute("select published from articles where article_id = 'ar-market'"
                        ).fetchone() == ("2026-03-01",)
    # offsets still index the article text
    start, end, text, body = conn.execute(
        "select f.char_start, f.char_end, f.text, a.text from figures f join articles a "
        "using (article_id) where f.text like 'نحو%'").fetchone()
    assert body[start:end] == text == "نحو 45"


def test_full_text_search_on_claim_text(exported):
    _, db_path, _ = exported
    assert search_claims(db_path, "gunmen") == ["en-market:c000276-000296"]
    assert search_claims(db_path, "civilians") == ["en-market:c000176-000206"]
    assert search_claims(db_path, "مدنيا") == ["ar-market:c000078-000111"]
    assert search_claims(db_path, "killed") == ["en-market:c000095-000136",
                                                "en-market:c000276-000296"]
    assert search_claims(db_path, "earthquake") == []
    # the index follows later edits (triggers)
    conn = sqlite3.connect(db_path)
    conn.execute("update claims set text = 'an earthquake' where claim_id = ?",
                 ("en-market:c000276-000296",))
    conn.commit()
    conn.close()
    assert search_claims(db_path, "earthquake") == ["en-market:c000276-000296"]
    assert search_claims(db_path, "gunmen") == []


def test_datasette_metadata_describes_every_column(exported):
    _, db_path, metadata_path = exported
    assert metadata_path == db_path.with_name("metadata.json")
    meta = json.loads(metadata_path.read_text(encoding="utf-8"))
    assert meta["license"] == "CC-BY-4.0"
    assert meta["license_url"].startswith("https://creativecommons.org/")
    assert meta["source"] and meta["title"] and meta["description"]
    tables = meta["databases"][db_path.stem]["tables"]
    assert set(tables) == {t.name for t in TABLES}
    for table in TABLES:
        entry = tables[table.name]
        assert entry["title"] == table.title and entry["description"] == table.description
        assert entry["columns"] == {f.name: f.description for f in table.fields}
        assert all(c in table.field_names for c in entry["facets"])
    assert tables["claims"]["fts_table"] == "claims_fts"
    assert tables["sources"]["label_column"] == "name"
    assert "figures" in meta["databases"][db_path.stem]["queries"]["competing_figures"]["sql"]
    assert CLAIMS.get("text").description in json.dumps(meta, ensure_ascii=False)
    assert FIGURES.get("value_high").description == tables["figures"]["columns"]["value_high"]


def test_cli_export_replaces_the_database(tmp_path):
    package = make_sample_package(tmp_path / "pkg")
    db = tmp_path / "b.db"
    db.write_bytes(b"not a database")
    meta = tmp_path / "meta" / "m.json"
    runner = CliRunner()
    result = runner.invoke(app, ["export", "sqlite", str(db), "--package", str(package),
                                 "--metadata", str(meta)])
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(db)["figures"].count == 7
    assert "b" in json.loads(meta.read_text(encoding="utf-8"))["databases"]
    assert not (tmp_path / "metadata.json").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_export_without_a_package_fails_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["export", "sqlite", str(tmp_path / "x.db"),
                                      "--package", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.db").exists()
