"""LangSpec.word_core lets numbers._atom_matches try the English word branch only at the core
number words and the lead words before them: the matches must be exactly those of the
one-regex scan `atom_re.finditer`."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import numbers as N
from _numbers_helpers import match_key, plain_matches

TESTS = Path(__file__).resolve().parent

# composed: leads before multipliers ("a hundred", "a few thousand", "several  hundred" with
# a line break or two blanks), leads with no multiplier, phrases holding other number words
# ("half a dozen", "a couple of"), words glued to signs and digits, a number word inside a
# longer word, a region starting inside a word or a lead
COMPOSED = [
    "A hundred people and a few thousand others; several\nhundred more, some  thousand in all.",
    "Half a dozen men, a couple of women, a dozen children and an estimated two-thirds fled.",
    "one, two-three (four) 'five' \"six\" 7seven eight9 tens of thousands, scores of dead.",
    "someone said some ten; a few said few hundred; an hundred; a\tmillion; hundreds died",
    "Threefold, twentyish, oneself: none. A fewhundred, a few  few hundred, several several thousand",
    "_a hundred a_ hundred, é hundred, à few thousand, 5a hundred, ninety-nine and a half million",
]


def _texts():
    out = list(COMPOSED)
    for d in ("gold", "gold_s", "gold_t", "gold_j", "gold_aj"):  # (tuning sets, not the blind ones)
        if (TESTS / d).exists():
            out += [g.text for g in load_gold(TESTS / d) if g.language.startswith("en")]
    return out


def test_english_spec_has_word_core():
    spec = N._spec("en")
    assert spec.word_core is not None and spec.core_lead == 2


@pytest.mark.parametrize("seed", [5, 17])
def test_core_scan_equals_one_regex_scan(seed):
    spec = N._spec("en")
    rnd = random.Random(seed)
    n = hits = 0
    for text in _texts():
        ftext = N.fold_text(text).text
        # windows that start and end anywhere: inside a word, on a blank, inside a lead
        cuts = {0, len(ftext)} | {rnd.randrange(len(ftext) + 1) for _ in range(6)}
        for pos in cuts:
            for endpos in {len(ftext), min(len(ftext), pos + rnd.randrange(200))}:
                got = match_key(N._atom_matches(spec.atom_re, ftext, pos, endpos, None,
                                           spec.word_core, spec.core_lead))
                assert got == match_key(plain_matches(spec.atom_re, ftext, pos, endpos)), (pos, endpos, text[:40])
                n += 1
                hits += len(got)
    assert n > 200 and hits > 200


@pytest.mark.parametrize("text", COMPOSED)
def test_core_scan_at_every_start(text):
    spec = N._spec("en")
    ftext = N.fold_text(text).text
    for pos in range(len(ftext) + 1):
        got = match_key(N._atom_matches(spec.atom_re, ftext, pos, len(ftext), None,
                                   spec.word_core, spec.core_lead))
        assert got == match_key(plain_matches(spec.atom_re, ftext, pos, len(ftext))), pos


def test_lead_before_multiplier_is_found_from_its_first_word():
    spec = N._spec("en")
    ftext = N.fold_text("They said a few hundred died and several thousand fled.").text
    got = N._atom_matches(spec.atom_re, ftext, 0, len(ftext), None, spec.word_core, spec.core_lead)
    assert [(m.group("vq"), m.group("w")) for m in got] == [("a few", "hundred"), ("several", "thousand")]
    assert re.sub(r"\s+", " ", got[0].group()) == "a few hundred"
