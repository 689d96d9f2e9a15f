"""Shards made on the workers (build.shard_step): a worker extracts a shard's changed members
and builds the shard's claims and figures frames itself; the building process only stores what
comes back and concatenates frames. The package must be byte-identical whatever the engine, the
number of workers, the pieces a shard is cut into and what the cache holds; a failed article is
still reported (naming its file) and keeps its shard out of the cache."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from newsclaims import build as build_module
from newsclaims import parallel
from newsclaims.build import _plan_pieces, build_package
from newsclaims.cache import DB_NAME
from newsclaims.package import package_files
from newsclaims.synth import make_corpus

N = 2 * parallel.MIN_PARALLEL + 30  # enough to extract that the pool is used
MARK = "Zanzibar-qwerty"  # a word no composed article holds: the patched extraction fails on it


@pytest.fixture(autouse=True)
def trust_stat_at_once(monkeypatch):
    monkeypatch.setattr(build_module, "STAT_TRUST_NS", -10**18)


@pytest.fixture
def corpus(tmp_path) -> Path:
    return make_corpus(tmp_path / "articles", N, seed=5)


def package_bytes(out: Path) -> dict[str, bytes]:
    return {rel: (out / rel).read_bytes() for rel in package_files()}


def build(corpus: Path, out: Path, cache_dir: Path | None, jobs: int):
    return build_package(corpus, out, validate=False, jobs=jobs, cache=cache_dir is not None,
                         cache_dir=cache_dir)


def _entries(cache_dir: Path) -> list[tuple[bytes, object]]:
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        rows = db.execute("SELECT key, value FROM entries").fetchall()
    out = []
    for key, value in rows:
        try:
            out.append((key, pickle.loads(value)))
        except Exception:
            out.append((key, None))
    return out


def _is_shard(value) -> bool:
    return isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], bytes)


def test_pieces_cover_every_shard_in_order_and_shrink_only_near_the_end():
    ranges = [(0, 300), (300, 1000), (1000, 1250)] + [(1250 + 200 * k, 1450 + 200 * k)
                                                      for k in range(100)]
    pieces = _plan_pieces(ranges, workers=2)
    assert len(pieces) == len(ranges)
    for (s, e), ps in zip(ranges, pieces):
        assert ps[0][0] == s and ps[-1][1] == e
        assert all(p[1] == q[0] for p, q in zip(ps, ps[1:]))
        assert all(p[1] - p[0] >= 16 or len(ps) == 1 for p in ps)
    assert all(len(ps) == 1 for ps in pieces[:60])  # plenty of work left: whole shards
    assert len(pieces[-1]) > 1 and max(e - s for s, e in pieces[-1]) < 32  # the last: pieces
    assert _plan_pieces([], workers=2) == []


def test_pool_and_serial_and_cache_give_the_same_bytes(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "SHARD_MEAN", 16)  # several shards, some cut in pieces
    monkeypatch.setattr(build_module, "SHARD_MAX", 64)
    serial = build(corpus, tmp_path / "serial", None, jobs=1)
    assert serial.counts["claims"] > N and not serial.problems
    expected = package_bytes(tmp_path / "serial")
    cache_dir = tmp_path / "cache"
    pooled = build(corpus, tmp_path / "pooled", cache_dir, jobs=2)
    assert pooled.counts == serial.counts and not pooled.problems
    assert package_bytes(tmp_path / "pooled") == expected
    entries = _entries(cache_dir)
    n_shards = sum(_is_shard(v) for _, v in entries)
    assert n_shards > 3  # the shards the workers made were stored
    warm = build(corpus, tmp_path / "warm", cache_dir, jobs=2)
    assert warm.cache["misses"] == 0 and package_bytes(tmp_path / "warm") == expected

    # No shard in the cache and one article's entry damaged: every shard goes back to the
    # workers with its members' entries; the damaged one is extracted again, none is lost.
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        for key, value in entries:
            if _is_shard(value):
                db.execute("DELETE FROM entries WHERE key = ?", (key,))
        article_keys = [k for k, v in entries if isinstance(v, tuple) and len(v) == 3
                        and isinstance(v[0], tuple)]
        assert len(article_keys) == N
        db.execute("UPDATE entries SET value = x'00ff' WHERE key = ?", (article_keys[7],))
    again = build(corpus, tmp_path / "again", cache_dir, jobs=2)
    assert not again.problems and package_bytes(tmp_path / "again") == expected
    # the damaged article's entry, every shard's, the build record
    assert again.cache["writes"] == 1 + n_shards + 1


def test_a_failed_article_is_reported_by_name_and_its_shard_is_not_cached(corpus, tmp_path,
                                                                          monkeypatch):
    bad = sorted(corpus.glob("*.txt"))[N // 2]
    bad.write_text(bad.read_text(encoding="utf-8") + f"The {MARK} office said 3 people died.\n",
                   encoding="utf-8")
    real = build_module.extract_article

    def fragile(text, language, registry=None):
        if MARK in text:
            raise RuntimeError("a bug met this article")
        return real(text, language, registry)

    monkeypatch.setattr(build_module, "extract_article", fragile)  # before the pool forks
    cache_dir = tmp_path / "cache"
    for jobs, out in ((2, "a"), (2, "b"), (1, "c")):
        report = build(corpus, tmp_path / out, cache_dir if out != "c" else None, jobs=jobs)
        failed = [p for p in report.problems if "extraction failed" in p.reason]
        assert [p.file for p in failed] == [bad.name], report.problems
        assert "RuntimeError('a bug met this article')" in failed[0].reason
        assert report.counts["articles"] == N  # its articles row stays; the others all build
        if out == "b":  # its shard was not cached: the article is extracted (and fails) again
            assert report.cache["misses"] == 2  # the shard and the article; all else hits
    assert package_bytes(tmp_path / "a") == package_bytes(tmp_path / "c")
    assert package_bytes(tmp_path / "b") == package_bytes(tmp_path / "c")
