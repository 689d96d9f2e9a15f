"""The figures speed round's rewrites find what the plain scans they replace found.

_clause_start reads the last sentence end back from the number with str.rfind and scans for
reporting words only after it; the reference below is the forward regex scan it replaced.
"""

from __future__ import annotations

import random

import pytest

from newsclaims.extract import figures as F

_PIECES = {
    "en": ["said", "that", "the", "total", "reported", "toll", "while", "killed", ".", ";", "!",
           "?", "3.5", ".5", "5.", ",", "and", "but", "12", "people\n", "told", "stated", "...",
           "٣.٤", "noting", "u.s.", "nov.", "gov.", "st", "no."],
    "ar": ["قال", "إن", "وقال", "بينما", "فيما", "وأن", ".", "،", "و", "؛", "؟", "مقتل", "3.5",
           "القتلى", "أفادت", "ذكرت", "\n", "بأن", "٣.٤", "..", ".٥"],
}
_GAPS = [" ", "", "  ", "\n", ", ", "."]


def _reference_clause_start(ftext: str, pos: int, r, lo: int) -> int:
    start = lo
    for rx in (F._HARD, r.barrier, F._COMMA_JOIN):
        for m in rx.finditer(ftext, lo, pos):
            if rx is r.barrier and F._ADJ_BEFORE.search(ftext, max(0, m.start() - 12), m.start()):
                continue
            if rx is F._HARD and m.group() == "." and m.end() < pos and F._abbrev_dot(ftext, m.start()):
                continue  # (session 15) "u.s.", "nov. 26", "gov.": no sentence end
            start = max(start, m.end())
    return start


def _texts(lang: str, n: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(n):
        t = "".join(rnd.choice(_PIECES[lang]) + rnd.choice(_GAPS)
                    for _ in range(rnd.randint(1, 30)))
        pos = rnd.randint(0, len(t))
        yield t, rnd.randint(0, pos), pos


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_clause_start_matches_the_forward_scan(lang):
    r = F._rules(lang)
    for t, lo, pos in _texts(lang, 3000, 7):
        assert F._clause_start(t, pos, r, lo) == _reference_clause_start(t, pos, r, lo), (t, lo, pos)


@pytest.mark.parametrize("text,expected", [
    ("He said. Then 5", 8),  # after the full stop
    ("It rose 3.5 times", 0),  # a decimal point is no sentence end
    ("Really? Yes; 40", 12),  # the last of several
    ("ends with a dot.", 16),  # a dot at the end of the window
    ("قال: «قتل ٣.٥»؛ ثم 12", 15),
])
def test_last_hard_end(text, expected):
    assert F._last_hard_end(text, 0, len(text)) == expected
    ends = [m.end() for m in F._HARD.finditer(text, 0, len(text))]
    assert expected == (ends[-1] if ends else 0)


def test_weapons_in_the_air_are_both_intercepted_and_downed():
    for lang in ("en", "ar"):
        r = F._rules(lang)
        shared = r.intercept_objects & r.downed_weapons
        assert "drones" in shared or "مسيرات" in shared
        assert r.intercept_objects - r.downed_weapons  # bombs, attacks: intercepted only
        assert r.downed_weapons - r.intercept_objects  # cruise missiles, «درون»: downed only
