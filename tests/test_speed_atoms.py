"""numbers._atom_matches (two scans: digit runs, then the word branch) must return exactly the
matches of the one-regex scan `atom_re.finditer` it replaces, for any window."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import numbers as N
from _numbers_helpers import match_key, plain_matches

TESTS = Path(__file__).resolve().parent

# composed: digits glued to words and separators, dates, ordinals, ranges, number words
COMPOSED = [
    "On 12/3/2024 at 10:30, 1,234 people and 5.6 percent; the 3rd and 21st convoys, 7-8 trucks, "
    "three hundred and twenty-one, several hundred, a dozen, 2,000,000 and 1.5m residents, Su-24.",
    "abc1st 12abc 1.2.3.4 9/11 24/7 one2three A/320 COVID-19 a few thousand ten 10 x10 10x",
    "قتل 12 شخصا و١٢٣٤٥ جريحا، ثم ٣،٠٠٠ نازح و3.5 ألف، و20 قتيلا و12قتيلا في 2024/10/7 الساعة 10:30",
    "أكثر من ثلاثمئة وخمسين مدنيا، وعشرات الجرحى، وأحد عشر طفلا، والستين، بين 9 و10 آلاف",
    # word characters outside the scan's ranges right before a number word (no word start
    # there) and non-word ones (a word start): accented and Persian letters, tatweel,
    # diacritics, underscore, quotes, a digit glued before
    "éthree _four «five» (six) ‘seven’ ñten 5three three\tfour\nfive—six",
    "کثلاثة ـخمسة ًسبعة _ستة «أربعة» (ثلاثة) ٥ثلاثة ۵ثلاثة پنجاه ثلاثة\tأربعة\nخمسة",
]


def _texts():
    out = [(t, lang) for t in COMPOSED for lang in ("ar", "en")]
    for d in ("gold", "gold_s", "gold_t"):  # (tuning sets, not the blind one)
        out += [(g.text, g.language[:2]) for g in load_gold(TESTS / d)]
    return out


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_split_scan_equals_one_regex_scan(lang):
    spec = N._spec(lang)
    assert N._split_atom_re(spec.atom_re) is not None  # the fast path is the one tested
    assert N._word_start_scan(N._split_atom_re(spec.atom_re)[1]) is not None  # and its scan
    rnd = random.Random(7)
    n = 0
    for text, _ in _texts():
        ftext = N.fold_text(text).text
        cuts = {0, len(ftext)} | {rnd.randrange(len(ftext) + 1) for _ in range(4)}
        for pos in cuts:
            for endpos in {len(ftext), min(len(ftext), pos + rnd.randrange(300))}:
                assert match_key(N._atom_matches(spec.atom_re, ftext, pos, endpos)) \
                    == match_key(plain_matches(spec.atom_re, ftext, pos, endpos)), (lang, pos, endpos)
                n += 1
    assert n > 500


def test_unsplittable_pattern_falls_back_to_one_scan():
    import re

    rx = re.compile(N.DIGIT_PATTERN + r"|(?P<w>9/11|nine)")  # a word with digits: no split
    assert N._split_atom_re(rx) is None
    text = "after 9/11 nine 12 people"
    assert match_key(N._atom_matches(rx, text, 0, len(text))) == match_key(plain_matches(rx, text, 0, len(text)))


@pytest.mark.parametrize("pattern, gate", [
    (r"\bab|cd", "(?=[ac])"),
    (r"(?<!\w)x?y", "(?=[xy])"),
    (r"(?:q|r)|[a-c]z", "(?=[abcqr])"),
    (r"\w+", ""),  # a category: not listed
    (r"a*", ""),  # may match empty
    (r"(?i)ab", ""),  # case-insensitive
    (r"[^a]b", ""),  # negated class
])
def test_first_char_gate(pattern, gate):
    assert N.first_char_gate(pattern) == gate


def test_word_scan_is_gated():
    # the split word branch starts with the gate (what makes the scan faster)
    for lang in ("ar", "en"):
        _, word_re = N._split_atom_re(N._spec(lang).atom_re)
        assert word_re.pattern.startswith("(?=[")


def test_word_start_scan_needs_a_word_start():
    # a word branch that may start inside a word gets no word-start scan
    import re

    assert N._word_start_scan(re.compile("(?=[ab])(?:ab|b)")) is None
    assert N._word_start_scan(re.compile(r"(?=[ab])\b(?:ab|b)")) is not None


def test_digit_run_scan_stops_at_every_digit_and_only_there():
    import re
    import sys

    digit = re.compile(r"\d")
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        m = N._DIGIT_RUN.match(ch)
        assert (m is not None) == (digit.match(ch) is not None), hex(cp)
    text = "a12 b٣٤ c۵ x߁2 ١٢,٣ 4-5"
    assert [m.span() for m in N._DIGIT_RUN.finditer(text)] \
        == [m.span() for m in re.finditer(r"\d\d*", text)]
