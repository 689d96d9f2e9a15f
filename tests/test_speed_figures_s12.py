"""The figures speed round of session 12: each cheaper test decides as the one it replaced.

- _HARD (a sentence end) starts with one character class, so that sre scans for its characters
  in C; the reference is the alternation it was written as before, on composed texts and on the
  tuning gold texts, with search, finditer and findall at random bounds.
- _unit_link_before is a necessary condition of _unit_make_up (the link word before the
  number), so the article-wide gate _units_here is computed only after it holds: wherever
  _unit_make_up is true, _unit_link_before must be true too.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import figures as F
from newsclaims.extract.figures import find_figures

_HARD_BEFORE = re.compile(r"[!?؟;؛\n]|\.(?!\d)")  # _HARD as it was written before
_HARD_PIECES = ["3.5", "3.", ".5", ".", "..", "!", "?", "؟", ";", "؛", "\n", "a", "word", " ",
                "12", "٣", ".٣", "،", ",", "said.", "\u00a0", "...", "x.y", "0"]
ROOT = Path(__file__).resolve().parent


def _spans(rx, text, lo, hi):
    m = rx.search(text, lo, hi)
    return (m and m.span(), [m.span() for m in rx.finditer(text, lo, hi)],
            rx.findall(text, lo, hi))


def test_hard_finds_what_the_alternation_found_in_composed_texts():
    rnd = random.Random(12)
    hits = 0
    for _ in range(6000):
        text = "".join(rnd.choice(_HARD_PIECES) for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        assert _spans(F._HARD, text, lo, hi) == _spans(_HARD_BEFORE, text, lo, hi), (text, lo, hi)
        hits += _HARD_BEFORE.search(text, lo, hi) is not None
    assert 1000 < hits < 5000  # (both outcomes are exercised)


def test_hard_finds_what_the_alternation_found_in_gold_texts():
    rnd = random.Random(5)
    for d in ("gold", "gold_b", "gold_d"):
        for g in load_gold(ROOT / d):
            text = g.text
            assert [m.span() for m in F._HARD.finditer(text)] == \
                [m.span() for m in _HARD_BEFORE.finditer(text)]
            for _ in range(20):
                lo = rnd.randint(0, len(text))
                hi = min(len(text), lo + rnd.randint(0, 300))
                assert _spans(F._HARD, text, lo, hi) == _spans(_HARD_BEFORE, text, lo, hi)


@pytest.mark.parametrize("text, expected", [
    ("3.5 million", []), ("said. Then", ["."]), ("end.", ["."]), ("a!b?c\nd", ["!", "?", "\n"]),
    ("قال؛ ثم؟", ["؛", "؟"]), ("v.2", []), ("v.٢", []), ("a..b", [".", "."]),
])
def test_hard_sentence_ends(text, expected):
    assert F._HARD.findall(text) == expected


_LINK_PIECES = {
    "en": ["a", "committee", "Unit", "UNİT", "unıt", "ſquad", "squad", "panel", "teams", "patrol",
           "of", "OF", "Of", "comprising", "compriſing", "COMPRİSING", "made up of", "consisting",
           "composed", "12", "five", "killed", "the", "said", ",", "-", "'", "«"],
    "ar": ["وحدة", "وحده", "الوفد", "وفد", "لجنه", "فريق", "فرقه", "كتيبه", "هيئه", "تضم", "يضم",
           "مكونه", "مؤلف", "من", "ومن", "12", "٣٥", "قتل", "جنديا", "ثلاثة", "،", "«"],
}
_BLANKS = [" ", "  ", "\t", "\u00a0", " \u00a0", ""]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_unit_link_before_holds_wherever_a_unit_make_up_is_read(lang):
    rnd = random.Random(3 if lang == "en" else 4)
    made_up = skipped = 0
    for _ in range(5000):
        text = "".join(rnd.choice(_LINK_PIECES[lang]) + rnd.choice(_BLANKS)
                       for _ in range(rnd.randint(1, 8)))
        for qs in range(len(text) + 1):
            if F._unit_make_up(text, lang, qs):
                made_up += 1
                assert F._unit_link_before(text, lang, qs), (text, qs)
            elif not F._unit_link_before(text, lang, qs):
                skipped += 1
    assert made_up > 200 and skipped > 1000


@pytest.mark.parametrize("lang, text, number, expected", [
    ("en", "a committee of five judges", "five", True),
    ("en", "the patrol comprising 12 fighters", "12", True),
    ("en", "the Squad OF\u00a012", "12", True),
    ("en", "killed 12 people", "12", False),
    ("en", "a unit of12", "12", False),  # (no blank before the number)
    ("ar", "وحدة تضم ٣٥ جندياً", "٣٥", True),
    ("ar", "لجنة مكونة من خمسة قضاة", "خمسة", True),
    ("ar", "قتل ٣٥ جندياً", "٣٥", False),
])
def test_unit_link_before(lang, text, number, expected):
    assert F._unit_link_before(text, lang, text.index(number)) is expected


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister said a committee of five judges would investigate."),
    ("en", "A patrol of 12 fighters crossed the river at night."),
    ("ar", "وقال المتحدث إن وحدة تضم ٣٥ جندياً وصلت إلى المدينة."),
])
def test_unit_make_up_is_still_no_figure(lang, text):
    assert find_figures(text, lang) == []


def test_unit_link_word_without_a_body_still_counts():
    figs = find_figures("Shelling killed 12 of the villagers on Monday.", "en")
    assert [(f.category, f.number.value) for f in figs] == [("killed", 12)]
