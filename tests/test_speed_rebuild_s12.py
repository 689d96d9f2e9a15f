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
