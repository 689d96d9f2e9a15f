"""The speed round of session 13: each faster form finds exactly what the form it replaced found.

- figures._en_cue_matches finds the English cues after the non-word character before each
  (r.cue_scan, which sre can skip to in C) and tries r.cue_re itself only at the window's start;
  the reference is r.cue_re.finditer on the same window, as find_figures called it before. Both
  are compared (the span and text of the cue word, the end of the match) on composed texts made
  of every English cue of the lexicon with random glue around it, on hand-written edge cases
  (cues at the very start, right after a cue, inside words, after digits, underscores and
  apostrophes, across line breaks) and on the tuning gold texts, at random window bounds;
  ASCII texts (scanned with r.cue_scan_ascii) and others (r.cue_scan) both.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import figures as F
from newsclaims.extract.numbers import fold_text

TESTS = Path(__file__).resolve().parent

# composed edge cases: a cue at the start, cues back to back, inside or glued to longer words,
# after a digit, an underscore, an apostrophe or a hyphen, phrases across blanks and lines
COMPOSED = [
    "killed 12 people and wounded 30, killed-wounded killedwounded _killed 5killed killed_",
    "were killed were  killed were\nkilled 'killed' \"wounded\" (injured) [dead] -dead- dead.",
    "yet to be traced; yet  to be\tfound, x-yet to be found; the missing were found dead",
    "skilled unkilled rekilled killed's dead's arrested, detained; abducted: kidnapped!",
    "é killed ékilled killedé 3rd-killed ١killed killed٢ ",
]


def _composed(rnd: random.Random) -> list[str]:
    """Every English cue once, with random glue and separators around it."""
    keys = sorted(F._rules("en").cue_words)
    rnd.shuffle(keys)
    before = [" ", " ", " ", "  ", "\n", ", ", " \"", " (", "\t", " 12 ", "-", "5", "_", "a",
              "'", ""]
    after = ["", "", "", "s", "ed", ",", ".", "'s", "-", "_", "9", " and"]
    out = []
    for i in range(0, len(keys), 40):
        parts = []
        for k in keys[i:i + 40]:
            parts.append(rnd.choice(before) + k.replace(" ", rnd.choice([" ", "  ", "\n"]))
                         + rnd.choice(after))
            if rnd.random() < 0.3:
                parts.append(" the official said")
        out.append("".join(parts))
    return out


def _texts(seed: int) -> list[str]:
    out = list(COMPOSED) + _composed(random.Random(seed))
    for d in ("gold", "gold_b", "gold_d", "gold_r", "gold_aq"):  # (tuning sets only)
        out += [g.text for g in load_gold(TESTS / d) if g.language.startswith("en")]
    return out


def _key(ms) -> list[tuple]:
    return [(m.span("w"), m.group("w"), m.end()) for m in ms]


def test_every_english_cue_starts_and_ends_with_a_word_character():
    # what the scan rests on (without it, _rules leaves cue_scan None and finditer runs)
    r = F._rules("en")
    assert r.cue_scan is not None and F._rules("ar").cue_scan is None
    assert all(re.fullmatch(r"\w(?:.*\w)?", k, re.S) for k in r.cue_words)


@pytest.mark.parametrize("seed", [13, 31])
def test_en_cue_scan_equals_finditer(seed):
    r = F._rules("en")
    rnd = random.Random(seed)
    n = hits = at_start = 0
    kinds = set()
    for text in _texts(seed):
        ftext = fold_text(text).text
        kinds.add(ftext.isascii())
        # windows that start and end anywhere: inside a word, on a blank, inside a cue
        cuts = {0, len(ftext)} | {rnd.randrange(len(ftext) + 1) for _ in range(6)}
        cuts |= {m.start() for m in r.cue_re.finditer(ftext)} if rnd.random() < 0.2 else set()
        for pos in cuts:
            for endpos in {len(ftext), min(len(ftext), pos + rnd.randrange(300))}:
                want = _key(r.cue_re.finditer(ftext, pos, endpos))
                assert _key(F._en_cue_matches(r, ftext, pos, endpos)) == want, \
                    (pos, endpos, text[:60])
                n += 1
                hits += len(want)
                at_start += bool(want) and want[0][0][0] == pos
    assert n > 800 and hits > 5000 and at_start > 20
    assert kinds == {True, False}  # (both scans are compared)


def test_the_ascii_scan_reads_the_same_non_word_characters():
    r = F._rules("en")
    for k in range(128):
        c = chr(k)
        assert (re.match(r"\W", c) is None) == (re.match(r"[^0-9A-Za-z_]", c) is None), k
    assert r.cue_scan_ascii.pattern.startswith("[^0-9A-Za-z_](?P<w>")
    assert r.cue_scan_ascii.pattern[len("[^0-9A-Za-z_]"):] == r.cue_scan.pattern[len("\\W"):]
