"""The figures speed round of session 10: each cheaper test finds what the scan it replaced found.

- exclusion_reason reads the `after` words of figure_exclusions.yaml (percent, money, years
  old, ...) through _ByNextChar, which runs only the alternatives that may start with the next
  non-blank character; the reference is the one alternation of them all (r.after_re,
  r.after_cased_re), compared at every position of composed texts and of the gold texts that
  are tuning material (never the sealed ones).
"""

from __future__ import annotations

import random
import re
import re._parser as sre_parse
from pathlib import Path

import pytest

from newsclaims.extract import figures as F
from newsclaims.extract.numbers import numbers_folded

TESTS = Path(__file__).parent
# the sealed gold sets (CONTEXT.md): never opened, not even to compare two regexes
_SEALED = {"gold_c", "gold_f", "gold_p", "gold_u", "gold_x", "gold_ae", "gold_ai", "gold_ak",
           "gold_ao", "gold_ap"}


def test_str_isspace_is_the_regex_blank_class():
    # _ByNextChar skips blanks with str.isspace where the pattern's \s* skips them
    blank = re.compile(r"\s")
    for i in range(0x110000):
        ch = chr(i)
        assert ch.isspace() == (blank.match(ch) is not None), hex(i)


@pytest.mark.parametrize("pattern, first, blank", [
    (r"%|per\s?cent\b", {"%", "p"}, False),
    (r"-?\s*(?:years?|days?)[-\s]old\b", {"-", "y", "d"}, False),
    (r"(?:of\s+)?(?:May|June)(?![a-z])", {"o", "M", "J"}, False),
    (r"(?:km)?", {"k"}, True),  # may match nothing
    (r"\s+x", {"x"}, False),  # the blanks are skipped, "x" is the first non-blank
    (r"[a-c]+", {"a", "b", "c"}, False),
    (r"\bx", {"x"}, False),  # zero width first
    (r"(?=y)x", {"x"}, False),
])
def test_lead_sets(pattern, first, blank):
    got_first, got_blank = F._lead(sre_parse.parse(pattern).data)
    assert got_first == frozenset(first)
    assert got_blank is blank


@pytest.mark.parametrize("pattern", [r".x", r"[^a]", r"\wx", r"\d+", r"(?i:x)", r"[\u0000-\uffff]"])
def test_lead_unknown_start(pattern):
    assert F._lead(sre_parse.parse(pattern).data)[0] is None


def test_by_next_char_leaves_out_what_cannot_start_there():
    alts = {"a": r"apple", "b": r"-?\s*banana", "c": r"\d+x", "d": r"(?:z)?"}
    by = F._ByNextChar(alts)
    assert list(by._pattern("a").groupindex) == ["a", "c", "d"]  # c: \d is not told apart
    assert list(by._pattern("b").groupindex) == ["b", "c", "d"]
    assert list(by._pattern(None).groupindex) == ["c", "d"]  # end of text: blanks-only ones
    assert list(by._pattern("").groupindex) == ["a", "b", "c", "d"]
    assert by.match("  banana", 0).lastgroup == "b"
    assert by.match("x - banana", 1).lastgroup == "b"
    assert by.match("apple", 0).lastgroup == "a"
    assert by.match("12x", 0).lastgroup == "c"


_AFTER_PIECES = {
    "en": ["12", "3", "2011", "percent", "per", "cent", "%", "years", "old", "year-old", "-",
           "days", "km", "miles", "dollars", "$", "us", "euros", "of", "them", "people", "killed",
           "a", "times", "in", "every", "five", "feet", "tons", "hectares", "p.m.", "am", "pm",
           "Brigade", "Street", "January", "of March", "May", "may", "sq", "km2", "billion",
           "bn", "m", "1990s", "s", "th", "st", "were", "soldiers", "inhabitants", "'s", ",", "."],
    "ar": ["12", "٣", "2011", "بالمئة", "في", "المئة", "%", "عاما", "من", "العمر", "يوما",
           "كيلومتر", "كم", "دولار", "ألف", "شخص", "قتيلا", "منهم", "نسمة", "صباحا", "مساء",
           "مرات", "مرة", "آذار", "من الشهر", "درجة", "طن", "برميل", "يوميا", "لكل", "عن", "كل",
           "،", ".", "هم"],
}
_BLANKS = ["", " ", " ", "  ", "\t", "\u00a0", "\n", " \u00a0 "]


def _same(a, b) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span() == b.span()
                                                         and a.lastgroup == b.lastgroup))


def _check_every_position(text: str, lang: str) -> int:
    r = F._rules(lang)
    fd, _ = numbers_folded(text, lang)
    ftext = fd.text
    hits = 0
    for pos in range(len(ftext) + 1):
        want = r.after_re.match(ftext, pos)
        assert _same(r.after.match(ftext, pos), want), (lang, ftext[pos:pos + 40])
        hits += want is not None
    if r.after_cased is not None:
        for pos in range(len(text) + 1):
            want = r.after_cased_re.match(text, pos)
            assert _same(r.after_cased.match(text, pos), want), (lang, text[pos:pos + 40])
            hits += want is not None
    return hits


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_after_words_by_next_char_agree_on_composed_texts(lang):
    rnd = random.Random(10)
    hits = 0
    for _ in range(400):
        text = "".join(rnd.choice(_AFTER_PIECES[lang]) + rnd.choice(_BLANKS)
                       for _ in range(rnd.randint(1, 25)))
        hits += _check_every_position(text, lang)
    assert hits > 500  # the pieces do make the alternatives match


def test_after_words_by_next_char_agree_on_the_tuning_gold_texts():
    from newsclaims.evaluate import load_gold

    n = 0
    for d in sorted(TESTS.glob("gold*")):
        if d.name in _SEALED or not d.is_dir():
            continue
        for g in load_gold(d):
            _check_every_position(g.text, "ar" if g.language.startswith("ar") else "en")
            n += 1
    assert n > 100
