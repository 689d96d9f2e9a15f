"""The shortcuts taken for speed give exactly what the plain computation gives.

Each shortcut (a pre-filter, a memo, a faster constructor) is compared with the plain version
on every position or token of composed texts, so a later change of the plain code that the
shortcut no longer matches fails here instead of changing output unnoticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pytest

from newsclaims.extract import figures, numbers
from newsclaims.extract.cues import lexicon
from newsclaims.extract.model import ClaimMention, NumberMention, SourceRef, fast_init
from newsclaims.extract.numbers import Before, fold_text
from newsclaims.extract.registry import load_registry
from newsclaims.extract.sentences import token_hits, tokenize

# Composed for this test: qualifiers, ranges, tolls, ages, years and dates before numbers.
TEXTS = {
    "ar": ("قالت وزارة الصحة إن أكثر من 40 شخصاً قتلوا، وارتفعت حصيلة القتلى إلى 52، بينهم "
           "طفل يبلغ من العمر 12 عاماً. وأفاد المرصد بسقوط ما بين 9 و10 آلاف نازح منذ عام 2023، "
           "ونحو ثلاثين جريحاً في الحادي عشر من الشهر. وذكر مصدر أن قرابة 200 عائلة نزحت.\n"
           "«قُتل 7 وأصيب عشرات»، قال الناطق باسمها في بيان.\n"),
    "en": ("The health ministry said more than 40 people were killed, bringing the death toll to "
           "52, including a boy aged 12. Up to 9,000 people fled between 2019 and 2023, and "
           "at least thirty were wounded on March 11. Its spokesman, Omar Haddad, said about "
           "200 families were displaced, while fewer than 15 were detained.\n"
           '"Seven died," he told reporters; the UN said some 3 to 5 aid workers are missing.\n'),
}


def _befores(lang: str) -> list[Before]:
    spec = numbers._spec(lang)
    r = figures._rules(lang)
    found = [spec.qual, spec.range_between, spec.range_from, r.before, r.year_before,
             r.inherit_before, r.toll_before, r.age_qualified]
    found += [v for v in spec.extra.values() if isinstance(v, Before)]
    return found


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_before_trie_matches_like_the_alternation(lang):
    """Before's trie regex finds the phrase the plain alternation (longest first) finds."""
    ftext = fold_text(TEXTS[lang]).text
    checked = differ = 0
    for b in _befores(lang):
        # the trie and the alternation agree only on single-spaced phrases without edge blanks
        assert all(p == " ".join(p.split()) for p in b.labels), b.labels
        clitics = b.rx.pattern == numbers.before_regex(b.labels, True, numbers.trie_regex).pattern
        plain = Before.__new__(Before)
        plain.__dict__.update(b.__dict__,
                              rx=numbers.before_regex(b.labels, clitics, numbers.alternation))
        differ += plain.rx.pattern != b.rx.pattern
        for pos in range(len(ftext) + 1):
            for lo in (0, max(0, pos - 7)):
                assert b.match(ftext, pos, lo) == plain.match(ftext, pos, lo), (lang, pos, lo)
        checked += sum(plain.match(ftext, p) is not None for p in range(len(ftext) + 1))
    assert checked > 5  # the texts do contain phrases the matchers find
    assert differ > 3  # (a single phrase is the same regex both ways)


def test_before_trie_prefers_the_longest_phrase_that_fits():
    """Phrases that are prefixes of each other (read backwards), with and without a clitic."""
    b = Before({"over": "o", "well over": "w", "more than": "m", "than": "t"})
    ftext = "as well over 5, more than 6, less than 7, swell over 8, over 9"
    got = [b.match(ftext, ftext.index(d)) for d in "56789"]
    at = ftext.index
    assert got == [(at("well"), "w"), (at("more"), "m"), (at("than 7"), "t"),
                   (at("over 8"), "o"), (at("over 9"), "o")]
    ar = Before({"اكثر من": "a", "من": "m"}, clitics=True)
    t = "وباكثر من 5 وضمن 6 ومن 7"
    assert [ar.match(t, t.index(d)) for d in "567"] == [(0, "a"), None, (t.index("ومن"), "m")]


def test_registry_prefix_memo_equals_the_lookup():
    reg = load_registry()
    phrases = ["the health ministry said", "وزارة الصحة في بيان", "UN agency", "who said",
               "the Syrian Observatory for Human Rights", "", "  ", "Reuters, citing"]
    for p in phrases * 2:  # the second round comes from the memo
        assert reg.match_prefix(p) == reg._match_prefix(p)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_token_hits_equals_a_scan_of_every_token(lang):
    doc = tokenize(TEXTS[lang], lang)
    first = lexicon(lang).first
    memo: dict = {}
    for test in (lambda w: w in first or w[1:] in first, lambda w: w[:1].isdigit()):
        expected = [k for k, w in enumerate(doc.folded) if test(w)]
        assert token_hits(doc.folded, test, memo) == expected
        assert token_hits(doc.folded, test, memo) == expected  # from the memo
        memo.clear()
    assert token_hits([], bool, {}) == []


def test_sentence_events_from_special_characters():
    doc = tokenize('He said "it is 3.5 km." Then: «لا». Dr. X left! Why?\nNext line', "en")
    assert [doc.text[doc.starts[a]:doc.ends[b - 1]] for a, b in doc.sents] == [
        'He said "it is 3.5 km."', "Then: «لا».", "Dr. X left!", "Why?", "Next line"]


def test_fast_init_builds_the_same_objects():
    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"
        c: object = None

    Fast = fast_init(dataclass(frozen=True)(type("Fast", (), {"__annotations__": Plain.__annotations__,
                                                              "b": "x", "c": None})))
    for args, kw in (((1,), {}), ((1, "y"), {}), ((1,), {"c": 3}), ((), {"a": 2, "b": "z"})):
        p, f = Plain(*args, **kw), Fast(*args, **kw)
        assert (p.a, p.b, p.c) == (f.a, f.b, f.c)
    with pytest.raises(AttributeError):
        f.a = 5  # still frozen
    with pytest.raises(TypeError):
        Fast()  # a required field stays required
    ref = SourceRef("x-1", "the ministry", "government", True, False)
    c = ClaimMention(ref, "said", 1, 5, 6, 20, "indirect", "asserted", "r")
    assert c.source_text is None and c.via is None  # defaults kept
    assert replace(c, cue="told").cue == "told" and c.cue == "said"
    n = NumberMention(0, 2, "40", 40.0, 40.0, None, "exact", "en.digits")
    assert n == NumberMention(start=0, end=2, text="40", value=40.0, value_low=40.0,
                              value_high=None, kind="exact", rule="en.digits")
    assert hash(n) == hash(NumberMention(0, 2, "40", 40.0, 40.0, None, "exact", "en.digits"))


def test_fast_init_refuses_a_post_init():
    @dataclass(frozen=True)
    class WithPost:
        a: int

        def __post_init__(self):
            pass

    with pytest.raises(TypeError):
        fast_init(WithPost)


def test_token_regex_equals_the_plain_alternation():
    """sentences._TOKEN starts with \\S (so the engine skips blanks in C): the same tokens as
    the plain `digits | word | any other character`, on digits with separators, hyphenated and
    apostrophised words, diacritics, Arabic-Indic digits and lone marks."""
    import re

    from newsclaims.extract import sentences

    plain = re.compile(r"\d+(?:[.,٫٬]\d+)*|" + sentences._WORD + r"|\S")
    extra = ("1,200.5 3.5% ١٢٬٥ 2024-10-07 well-known O’Brien's co-op -x 'quoted' ««»» …"
             " قُتِلَ ٣٠ وَ٤٠ _under_score é ß ǅ 5th ۱۲ \u064b\u064c x\u0670y ,,, a-b-c-")
    for text in (*TEXTS.values(), extra, " leading", "trailing ", "", "\n\n x \t y"):
        assert [m.span() for m in sentences._TOKEN.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text


def test_fold_chars_equals_translate():
    """numbers.fold_chars (a str.replace per character to change that `in` finds) gives exactly
    str.translate with the folding table: on ASCII, Arabic with every letter variant,
    diacritics, tatweel, both kinds of Arabic-Indic digits, punctuation and mixed text."""
    from newsclaims.extract import numbers as N

    every = "".join(chr(c) for c in N._TABLE)
    samples = (*TEXTS.values(), every, every[::-1] * 3, "", "plain ASCII, With Caps 123.",
               "قُتِلَ ٣٠ شخصاً وأُصيب ۱۲ آخرون في «الرقّة» – الأحد؛ نسبة ٥٪ ٫ ٬",
               "O’Brien’s ‘quote’ ʼ — É ß Σ İ ǅ and Arabic إلى مؤسسة ـــ", "ـ" * 5, "ً")
    for text in samples:
        assert N.fold_chars(text) == text.translate(N._TABLE), text
        assert N.Folded(text).text == text.translate(N._TABLE)
        # the dropped marks' offsets (str.find per mark) are those of a regex class scan
        assert N._dropped_at(text) == [m.start() for m in re.finditer(f"[{N._DROPPED}]", text)], text


def test_lexicons_and_registry_load_as_the_pure_python_loader_reads_them():
    # read_yaml goes through libyaml (CSafeLoader) when installed: it must give the very
    # objects yaml.safe_load gives, for every lexicon and the source registry
    import yaml

    from newsclaims import paths
    from newsclaims.extract.lexicon import read_yaml

    files = sorted(paths.LEXICON_DIR.glob("*.yaml")) + [paths.REGISTRY_PATH]
    assert len(files) > 5
    for path in files:
        plain = yaml.safe_load(path.read_text(encoding="utf-8"))
        fast = read_yaml(path)
        assert fast == plain and repr(fast) == repr(plain), path.name
