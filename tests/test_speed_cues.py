"""figures._rules(lang).cue_re starts with a lookahead on the characters a cue can start with
(a speed gate): it must find exactly the matches of the same pattern without that gate, on any
text and window, and `match` at any position must agree too."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import figures as F
from newsclaims.extract.numbers import fold_text

TESTS = Path(__file__).resolve().parent

# composed: cues with and without prefixes, glued to digits, after punctuation, mixed scripts
COMPOSED = [
    "12 killed, 3 wounded; (five dead) and 40 injured.The toll: 7 bodies, dozens missing, 2 hurt!",
    "Killed 4. 'wounded' 9 -- died: 6; at least 30 people were killed and 12 others were wounded",
    "قتل 12 شخصا و12قتيلا، والقتلى 5 وللجرحى 3 وبالجرحى، فالقتلى «قتيلا» (جريحا) 40جريحا ومصابين",
    "وأصيب 7 مدنيين بجروح وقتل 3 أطفال ولقي 4 حتفهم، وعشرات الجرحى والمفقودين killed 5",
]


def _texts():
    out = [(t, lang) for t in COMPOSED for lang in ("ar", "en")]
    for d in ("gold", "gold_s", "gold_t"):  # (tuning sets, not the blind ones)
        out += [(g.text, g.language[:2]) for g in load_gold(TESTS / d)]
    return out


def _key(ms):
    return [(m.span(), m.group("w")) for m in ms]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_gated_cue_re_equals_ungated(lang):
    gated = F._rules(lang).cue_re
    head = re.match(r"\(\?=\[[^\]]*\]\)", gated.pattern)
    assert head is not None  # the gate is there
    plain = re.compile(gated.pattern[head.end():])
    rnd = random.Random(11)
    n = hits = 0
    for text, _ in _texts():
        ftext = fold_text(text).text
        cuts = {0, len(ftext)} | {rnd.randrange(len(ftext) + 1) for _ in range(3)}
        for pos in cuts:
            for endpos in {len(ftext), min(len(ftext), pos + rnd.randrange(300))}:
                got = _key(gated.finditer(ftext, pos, endpos))
                assert got == _key(plain.finditer(ftext, pos, endpos)), (lang, pos, endpos)
                hits += len(got)
                n += 1
        for pos in rnd.sample(range(len(ftext) + 1), min(40, len(ftext) + 1)):
            a, b = gated.match(ftext, pos), plain.match(ftext, pos)
            assert (a and (a.span(), a.group("w"))) == (b and (b.span(), b.group("w")))
    assert n > 500 and hits > 500
