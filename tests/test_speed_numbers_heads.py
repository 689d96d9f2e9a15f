"""LangSpec.word_heads lets numbers._atom_matches try the word branch only at the words it
accepts: the matches must be exactly those of the one-regex scan `atom_re.finditer`."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import numbers as N
from _numbers_helpers import match_key, plain_matches

TESTS = Path(__file__).resolve().parent

# composed: number words with clitics, teens across a blank, a line break or a tab, number
# words glued to punctuation, quotes and digits, a chunk repeated (located in order), the
# same word inside a longer one
COMPOSED = [
    "قتل ثلاثة عشر شخصا و«خمسة» جرحى، (أربعة) منهم أطفال؛ وثلاثة\nعشر آخرون، خمسة\tعشر",
    "أكثر من ثلاثمئة وخمسين مدنيا، وعشرات الجرحى، وأحد عشر طفلا، والستين، بين 9 و10 آلاف",
    "ثلاثة ثلاثة، ثلاثة والثلاثة بالثلاثة ثلاثةأيام 5ثلاثة ثلاثة5 مستوطنين اثنين وطفلين",
    "ـخمسة ًسبعة _ستة ‘أربعة’ کثلاثة ۵ثلاثة عشرات الآلاف ومئات المصابين وألفا شخص",
    "نحو 12 ألفا، وقرابة مليوني نازح، وعشرة آلاف، ومئة وعشرون قتيلا ثم عشر",
]


def _texts():
    out = list(COMPOSED)
    for d in ("gold", "gold_s", "gold_t"):  # (tuning sets, not the blind ones)
        out += [g.text for g in load_gold(TESTS / d) if g.language.startswith("ar")]
    return out


def test_arabic_spec_has_word_heads():
    assert N._spec("ar").word_heads is not None


@pytest.mark.parametrize("seed", [3, 11])
def test_heads_scan_equals_one_regex_scan(seed):
    spec = N._spec("ar")
    rnd = random.Random(seed)
    n = hits = 0
    for text in _texts():
        ftext = N.fold_text(text).text
        # windows that start and end anywhere: inside a word, on a blank, inside a teen
        cuts = {0, len(ftext)} | {rnd.randrange(len(ftext) + 1) for _ in range(6)}
        for pos in cuts:
            for endpos in {len(ftext), min(len(ftext), pos + rnd.randrange(200))}:
                got = match_key(N._atom_matches(spec.atom_re, ftext, pos, endpos, spec.word_heads))
                assert got == match_key(plain_matches(spec.atom_re, ftext, pos, endpos)), (pos, endpos, text[:40])
                n += 1
                hits += len(got)
    assert n > 200 and hits > 200


def test_every_word_match_starts_with_an_accepted_word():
    # the property the shortcut rests on, checked on the matches themselves
    spec = N._spec("ar")
    _, word_re = N._split_atom_re(spec.atom_re)
    seen = 0
    for text in _texts():
        ftext = N.fold_text(text).text
        for m in word_re.finditer(ftext):
            first = re.match(r"\w+", ftext[m.start():]).group()
            assert spec.word_heads.fullmatch(first), m.group()
            seen += 1
    assert seen > 50


def test_teen_across_blank_is_found_from_its_first_word():
    spec = N._spec("ar")
    ftext = N.fold_text("وصل ثلاثة عشر مهاجرا").text
    got = N._atom_matches(spec.atom_re, ftext, 0, len(ftext), spec.word_heads)
    assert [m.group("w") for m in got] == ["ثلاثه عشر"]
