"""The per-article cache: keys change exactly when what decides an entry changes, a rebuild from
the cache gives the same bytes as a build without it, and a damaged cache is only a miss."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from newsclaims import build as build_module
from newsclaims.build import build_package, plan_shards
from newsclaims.ingest import discover, ingest_files
from newsclaims.cache import Cache, extract_key, extract_rules_hash, files_digest, ingest_key
from newsclaims.package import package_files
from newsclaims.paths import REGISTRY_PATH
from newsclaims.synth import make_corpus
from newsclaims.validate import ValidationReport

N = 24


@pytest.fixture(autouse=True)
def trust_stat_at_once(monkeypatch):
    """Files are trusted unread from their second build on, however recently written (the
    guard against same-tick rewrites is tested on its own below)."""
    monkeypatch.setattr(build_module, "STAT_TRUST_NS", -10**18)


def package_bytes(out: Path) -> dict[str, bytes]:
    return {rel: (out / rel).read_bytes() for rel in package_files()}


@pytest.fixture
def corpus(tmp_path) -> Path:
    return make_corpus(tmp_path / "articles", N, seed=3)


def build(corpus: Path, out: Path, cache_dir: Path | None, **kw):
    return build_package(corpus, out, validate=False, jobs=1, cache=cache_dir is not None,
                         cache_dir=cache_dir, **kw)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_keys_depend_on_exactly_text_language_id_and_rules():
    base = extract_key("r1", "a1", "en", _sha("Police said 3 people died."))
    assert base == extract_key("r1", "a1", "en", _sha("Police said 3 people died."))
    assert len({base,
                extract_key("r2", "a1", "en", _sha("Police said 3 people died.")),
                extract_key("r1", "a2", "en", _sha("Police said 3 people died.")),
                extract_key("r1", "a1", "ar", _sha("Police said 3 people died.")),
                extract_key("r1", "a1", "en", _sha("Police said 4 people died."))}) == 5
    assert ingest_key("r", "a.txt", b"x") != ingest_key("r", "b.txt", b"x")
    assert ingest_key("r", "a.txt", b"x") != ingest_key("r", "a.txt", b"y")


def test_rules_digest_follows_file_contents(tmp_path):
    (tmp_path / "lexicons").mkdir()
    lex = tmp_path / "lexicons" / "cues.yaml"
    lex.write_text("said: 1\n")
    first = files_digest(["lexicons/*.yaml"], base=tmp_path)
    assert files_digest(["lexicons/*.yaml"], base=tmp_path) == first
    lex.write_text("said: 2\n")
    assert files_digest(["lexicons/*.yaml"], base=tmp_path) != first
    (tmp_path / "lexicons" / "more.yaml").write_text("")
    assert len({first, files_digest(["lexicons/*.yaml"], base=tmp_path)}) == 2


def test_registry_content_is_part_of_the_extraction_rules(tmp_path):
    copy = tmp_path / "sources.yaml"
    shutil.copy(REGISTRY_PATH, copy)
    assert extract_rules_hash(copy) == extract_rules_hash(REGISTRY_PATH)
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert extract_rules_hash(copy) != extract_rules_hash(REGISTRY_PATH)


def test_store_round_trip_and_damaged_entries_are_misses(tmp_path):
    with Cache(tmp_path / "c") as cache:
        cache.put_many([(b"k1", {"a": [1, 2]}), (b"k2", ("x", None))])
        assert cache.present([b"k1", b"k2", b"k3"]) == {b"k1", b"k2"}
        assert cache.get_many([b"k2", b"k1", b"k3"]) == {b"k1": {"a": [1, 2]}, b"k2": ("x", None)}
        cache._db.execute("UPDATE entries SET value = x'00ff' WHERE key = ?", (b"k1",))
        assert cache.get_many([b"k1", b"k2"]) == {b"k2": ("x", None)}


def test_cached_rebuild_is_byte_identical_and_pays_only_for_changes(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    reference = build(corpus, tmp_path / "ref", None)
    assert reference.counts["claims"] > N  # the composed articles do yield claims
    expected = package_bytes(tmp_path / "ref")

    cold = build(corpus, tmp_path / "cold", cache_dir)
    # one entry per file (ingest), per article (extract) and per shard, the files' stat
    # signatures, and the build's record
    shards = len(plan_shards(sorted(ingest_files(discover(corpus))[0], key=lambda a: a.article_id)))
    assert cold.cache["hits"] == 0 and cold.cache["writes"] == 2 * N + shards + 2
    assert package_bytes(tmp_path / "cold") == expected

    warm = build(corpus, tmp_path / "warm", cache_dir)
    assert warm.cache["hits"] == N + shards and warm.cache["writes"] == 1  # shards, not articles
    assert package_bytes(tmp_path / "warm") == expected

    changed = sorted(corpus.glob("*.txt"))[3]
    changed.write_text(changed.read_text(encoding="utf-8")
                       + "The governor said 41 people were killed on Monday.\n", encoding="utf-8")
    one = build(corpus, tmp_path / "one", cache_dir)
    # the changed file and article, and its shard, miss; the shard's other members hit
    assert one.cache["misses"] == 3 and one.cache["writes"] == 5  # + stat signatures
    assert package_bytes(tmp_path / "one") != expected
    fresh = build(corpus, tmp_path / "fresh", None)
    assert package_bytes(tmp_path / "one") == package_bytes(tmp_path / "fresh")

    shutil.rmtree(cache_dir)  # deleting the cache never changes the output
    build(corpus, tmp_path / "again", cache_dir)
    assert package_bytes(tmp_path / "again") == package_bytes(tmp_path / "fresh")


def test_registry_change_invalidates_extraction_but_not_ingest(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    registry = tmp_path / "sources.yaml"
    shutil.copy(REGISTRY_PATH, registry)
    build(corpus, tmp_path / "a", cache_dir, registry_path=registry)
    registry.write_text(registry.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = build(corpus, tmp_path / "b", cache_dir, registry_path=registry)
    assert again.cache["hits"] == N  # ingest only: every article and shard is extracted again
    assert again.cache["writes"] > N


def test_unchanged_rebuild_checks_the_package_and_skips_the_work(corpus, tmp_path, monkeypatch):
    cache_dir, out = tmp_path / "cache", tmp_path / "out"
    first = build(corpus, out, cache_dir)
    assert not first.unchanged
    expected = package_bytes(out)
    again = build(corpus, out, cache_dir)
    assert again.unchanged and again.counts == first.counts
    assert again.cache["misses"] == 0 and again.cache["writes"] == 0
    assert package_bytes(out) == expected

    claims = out / "data" / "claims.csv"  # a damaged package is rebuilt, not trusted
    claims.write_bytes(claims.read_bytes().replace(b"extracted", b"EXTRACTED", 1))
    repaired = build(corpus, out, cache_dir)
    assert not repaired.unchanged and package_bytes(out) == expected

    # A validated build is not satisfied by an earlier unvalidated one. (The validator is
    # stubbed: what is tested here is when it runs, not what it checks.)
    calls = []
    monkeypatch.setattr(build_module, "validate_package",
                        lambda d: calls.append(d) or ValidationReport(d))
    validated = build_package(corpus, out, validate=True, jobs=1, cache_dir=cache_dir)
    assert not validated.unchanged and len(calls) == 1
    again = build_package(corpus, out, validate=True, jobs=1, cache_dir=cache_dir)
    assert again.unchanged and again.validation.ok and len(calls) == 1
    assert again.validation.package_dir == out

    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "Police said 9 people died.\n",
                       encoding="utf-8")
    assert not build(corpus, out, cache_dir).unchanged


def test_shard_cuts_depend_on_ids_alone(monkeypatch):
    from newsclaims import build as b
    from newsclaims.ingest import Article

    monkeypatch.setattr(b, "SHARD_MEAN", 7)
    monkeypatch.setattr(b, "SHARD_MAX", 1000)
    arts = [Article(f"a{i:04d}", "en", "x", f"a{i}.txt") for i in range(300)]
    ranges = b.plan_shards(arts)
    assert len(ranges) > 10 and ranges[0][0] == 0 and ranges[-1][1] == 300
    assert all(r[1] == q[0] for r, q in zip(ranges, ranges[1:]))
    cuts = {arts[e - 1].article_id for _, e in ranges[:-1]}
    inserted = sorted(arts + [Article("a0150x", "en", "y", "new.txt")], key=lambda a: a.article_id)
    assert {inserted[e - 1].article_id for _, e in b.plan_shards(inserted)[:-1]} >= cuts - {"a0150"}


def test_many_shards_one_change_recomputes_one_article_and_one_shard(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "SHARD_MEAN", 4)
    monkeypatch.setattr(build_module, "SHARD_MAX", 8)
    cache_dir = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache_dir)
    changed = sorted(corpus.glob("*.txt"))[N // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "Police said 9 people died.\n",
                       encoding="utf-8")
    one = build(corpus, tmp_path / "b", cache_dir)
    # its file, its article, its shard, the stat signatures, the build record
    assert one.cache["writes"] == 5
    fresh = build(corpus, tmp_path / "c", None)
    assert package_bytes(tmp_path / "b") == package_bytes(tmp_path / "c")


def test_unchanged_files_are_not_read_unless_written_just_before(corpus, tmp_path, monkeypatch):
    reads = []
    real = build_module.read_raw
    monkeypatch.setattr(build_module, "read_raw", lambda p: reads.append(p.name) or real(p))
    cache_dir = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache_dir)
    assert len(reads) == N
    reads.clear()
    changed = sorted(corpus.glob("*.txt"))[5]
    changed.write_text(changed.read_text(encoding="utf-8") + "Police said 9 people died.\n",
                       encoding="utf-8")
    build(corpus, tmp_path / "b", cache_dir)
    assert reads == [changed.name]

    # With the real guard, files written moments ago are read again every time.
    monkeypatch.setattr(build_module, "STAT_TRUST_NS", 2_000_000_000)
    reads.clear()
    build(corpus, tmp_path / "c", cache_dir)
    assert len(reads) == N
    assert package_bytes(tmp_path / "c") == package_bytes(tmp_path / "b")


def test_lost_article_entries_are_read_again(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache_dir)
    with Cache(cache_dir) as cache:  # drop everything but the stat signatures
        cache._db.execute("DELETE FROM entries WHERE length(value) < 20000")
    build(corpus, tmp_path / "b", cache_dir)
    assert package_bytes(tmp_path / "b") == package_bytes(tmp_path / "a")
