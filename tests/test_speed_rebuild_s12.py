"""The one-article-changed rebuild (issue 7): what its process compiles and loads.

A rebuild extracts the changed article in the building process, which has compiled nothing;
the figure cues without their context-only members (figures' plain_re, a trie of ~80 KB per
language) are compiled only when a context-only cue is met without its context. The texts are
composed for these tests."""

from __future__ import annotations

import re

import pytest

from newsclaims.build import warm_extraction
from newsclaims.extract.figures import _rules, find_figures
from newsclaims.extract.lexicon import LazyPattern


def test_lazy_pattern_compiles_on_first_match_and_matches_as_re():
    pattern = r"(?P<w>came home|come home|home)\b"
    lazy = LazyPattern(pattern)
    assert not lazy.is_compiled
    eager = re.compile(pattern)
    texts = ["they had come home on Monday", "homeless people came home", "no match here", ""]
    for text in texts:
        for pos in range(len(text) + 1):
            for endpos in (len(text), max(pos, len(text) - 3)):
                a, b = lazy.match(text, pos, endpos), eager.match(text, pos, endpos)
                assert (a and (a.span(), a.group("w"))) == (b and (b.span(), b.group("w")))
    assert lazy.is_compiled
    assert lazy.match("came home").group("w") == "came home"
    assert lazy.match("homeless") is None  # \b: "home" inside a longer word is no match
    assert LazyPattern("abc", re.I).match("ABC") is not None


def _figures(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.number.text, f.category) for f in find_figures(text, lang)]


@pytest.mark.parametrize("lang,plain,context_only,in_context,category", [
    ("en", "The ministry said on Monday that 12 people were killed.\n",
     "Officials said 40 families had come home on Monday.\n",
     "The two sides held a prisoner exchange on Friday. Officials said 40 civilians had come "
     "home.\n", "detained"),
    ("ar", "وقالت الوزارة إن 12 شخصا قتلوا يوم الاثنين.\n",
     "وقال المسؤول إن 30 عائلة عاد أفرادها يوم الاثنين.\n",
     "وأتم الطرفان صفقة تبادل يوم الجمعة. وقال المسؤول إن 30 شخصا عادوا إلى ديارهم.\n",
     "detained"),
])
def test_plain_cues_are_compiled_only_for_a_context_only_cue_without_its_context(
        lang, plain, context_only, in_context, category):
    _rules.cache_clear()
    try:
        assert ("12", "killed") in _figures(plain, lang)
        assert not _rules(lang).plain_re.is_compiled  # a usual article does not need them
        # the cue counts in its context (no fall-back needed) ...
        assert ("40" if lang == "en" else "30", category) in _figures(in_context, lang)
        assert not _rules(lang).plain_re.is_compiled
        # ... and without it, it is no detainee count (the fall-back compiles the plain cues)
        found = _figures(context_only, lang)
        assert found and all(c != category for _, c in found)
        assert _rules(lang).plain_re.is_compiled
    finally:
        _rules.cache_clear()


def test_warming_compiles_the_lazy_rules_before_workers_are_forked():
    _rules.cache_clear()
    try:
        warm_extraction()
        assert _rules("en").plain_re.is_compiled and _rules("ar").plain_re.is_compiled
    finally:
        _rules.cache_clear()


# --- the building process collects cycles rarely while it reads and assembles -------------

import gc  # noqa: E402
from pathlib import Path  # noqa: E402

from newsclaims import build as build_module  # noqa: E402
from newsclaims import parallel  # noqa: E402
from newsclaims.build import GC_THRESHOLDS, BuildFailed, build_package  # noqa: E402
from newsclaims.package import package_files  # noqa: E402
from newsclaims.synth import make_corpus  # noqa: E402


def _package(out: Path) -> dict[str, bytes]:
    return {rel: (out / rel).read_bytes() for rel in package_files()}


def test_gc_thresholds_are_raised_while_extracting_and_restored_after(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "articles", 12, seed=5)
    before = gc.get_threshold()
    assert before != GC_THRESHOLDS
    seen = []
    real = build_module.extract_tables

    def spy(*a, **kw):
        seen.append(gc.get_threshold())
        return real(*a, **kw)

    monkeypatch.setattr(build_module, "extract_tables", spy)
    build_package(corpus, tmp_path / "a", validate=False, jobs=1, cache_dir=tmp_path / "c")
    assert seen == [GC_THRESHOLDS] and gc.get_threshold() == before
    # also when the build fails after extraction (a bad corrections file)
    bad = tmp_path / "corrections.yaml"
    bad.write_text("- {this is: [not, a, correction\n", encoding="utf-8")
    with pytest.raises(BuildFailed):
        build_package(corpus, tmp_path / "b", validate=False, jobs=1, cache=False,
                      corrections_path=bad)
    assert gc.get_threshold() == before
    # a pool worker (forked while they are raised) extracts with the thresholds of before
    old = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        parallel._init_worker(None)
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*old)


def test_reading_and_extracting_leave_no_reference_cycles_per_article(tmp_path):
    """What the pause relies on: the containers a build makes per article while it reads,
    extracts and assembles are freed by reference counting. (A build makes a few cycles once:
    importlib.metadata's, when the cache keys read library versions.) The cyclic garbage of a
    corpus of 10 and of one of 40 articles must be the same."""
    from newsclaims.build import extract_tables, ingest_all, read_inputs
    from newsclaims.ingest import discover
    from newsclaims.parallel import Engine

    def garbage(n: int) -> list[int]:
        corpus = make_corpus(tmp_path / f"articles-{n}", n, seed=7)
        build_package(corpus, tmp_path / f"warm-{n}", validate=False, jobs=1, cache=False)
        out = []
        gc.collect()
        gc.disable()
        try:
            for cache in (None, tmp_path / f"cache-{n}", tmp_path / f"cache-{n}"):
                store = build_module.open_cache(cache) if cache else None
                with Engine(None, jobs=1) as eng:
                    articles, _ = ingest_all(read_inputs(discover(corpus)), eng, store)
                    articles.sort(key=lambda a: a.article_id)
                    tables = extract_tables(articles, None, [], engine=eng, cache=store)
                assert tables["claims"].height > 0
                del tables, articles
                if store is not None:
                    store.close()
                out.append(gc.collect())
        finally:
            gc.enable()
        return out

    small, big = garbage(10), garbage(40)
    assert small == big and small[0] == 0  # cold, cold with a cache, from the cache


def test_one_changed_rebuild_equals_a_cold_build(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "STAT_TRUST_NS", -10**18)
    corpus = make_corpus(tmp_path / "articles", 16, seed=9)
    cache_dir = tmp_path / "cache"
    build_package(corpus, tmp_path / "a", validate=False, jobs=1, cache_dir=cache_dir)
    for lang, sentence in (("en", "Officials said 40 families had come home on Monday.\n"),
                           ("ar", "وقال المسؤول إن 30 عائلة عاد أفرادها يوم الاثنين.\n")):
        changed = next(p for p in sorted(corpus.glob("*.txt"))
                       if f"language: {lang}" in p.read_text(encoding="utf-8"))
        changed.write_text(changed.read_text(encoding="utf-8") + sentence, encoding="utf-8")
        _rules.cache_clear()  # as in a fresh process: the changed article compiles its rules
        try:
            one = build_package(corpus, tmp_path / "a", validate=False, jobs=2,
                                cache_dir=cache_dir)
        finally:
            _rules.cache_clear()
        assert one.cache["misses"] >= 1 and not one.unchanged
        build_package(corpus, tmp_path / f"cold-{lang}", validate=False, jobs=1, cache=False)
        assert _package(tmp_path / "a") == _package(tmp_path / f"cold-{lang}")


def test_default_shards_hold_about_250_articles_and_a_change_touches_one():
    from types import SimpleNamespace

    from newsclaims.build import SHARD_MAX, SHARD_MEAN, plan_shards

    assert SHARD_MEAN == 250 and SHARD_MAX == 1000
    articles = [SimpleNamespace(article_id=f"x{i:06d}") for i in range(20000)]
    ranges = plan_shards(articles)
    sizes = [e - s for s, e in ranges]
    assert sum(sizes) == 20000 and max(sizes) <= SHARD_MAX
    assert 150 <= 20000 / len(ranges) <= 400
    # removing one article changes its own shard only: the other shards' members are the same
    gone = articles[:10000] + articles[10001:]
    ids = lambda arts, rs: {tuple(a.article_id for a in arts[s:e]) for s, e in rs}  # noqa: E731
    before, after = ids(articles, ranges), ids(gone, plan_shards(gone))
    assert len(before - after) == 1 and len(after - before) == 1
