"""figures._cue_matches tries the Arabic cue pattern only at the words `cue_heads` accepts: the
matches (spans, the cue word, its group) must be exactly those of `cue_re.finditer` on the same
window, on composed texts made of every cue of the lexicon and on the tuning gold texts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsclaims.evaluate import load_gold
from newsclaims.extract import figures as F
from newsclaims.extract.numbers import fold_text

TESTS = Path(__file__).resolve().parent

# composed: cues with clitics, glued to digits and punctuation, across a line break, a tab and
# two spaces, inside a longer word, a chunk repeated, a context-only cue, Persian letters
COMPOSED = [
    "قتل 12 شخصا وأصيب عشرون، والقتلى «قتلى» (جرحى)؛ بالقتلى 12قتيلا قتيلا5 وللجرحى فالمصابين",
    "نزح آلاف السكان ولجأوا إلى المدارس، واعتقل\nخمسة، وفقد\tثلاثة  آخرون، فر، وفر لهم الماء",
    "انتشال 5 جثث من تحت الأنقاض، قتلى قتلى قتلى، مشتبه بهم، المختطفين والرهائن والأسرى",
    "ـقتلى ًجرحى _قتلى ‘جرحى’ کقتلى ۵قتلى القتلىون والقتيلة بالجرحى، فُقد العشرات",
]


def _composed(rnd: random.Random) -> list[str]:
    """Every Arabic cue word once, with random clitics, glue and separators around it."""
    keys = sorted(F._rules("ar").cue_words)
    rnd.shuffle(keys)
    seps = [" ", " ", " ", "  ", "\n", "، ", " «", "» ", " (", "\t", " 12", "-", "5"]
    clitics = ["", "", "", "و", "ف", "ال", "وال", "بال", "لل", "ب", "ل", "ك", "فب", "ي"]
    out = []
    for i in range(0, len(keys), 60):
        parts = []
        for k in keys[i:i + 60]:
            parts.append(rnd.choice(seps) + rnd.choice(clitics) + k + rnd.choice(["", "", "ها", "ين"]))
            if rnd.random() < 0.3:
                parts.append(" قال المسؤول")
        out.append("".join(parts))
    return out


def _texts(seed: int) -> list[str]:
    out = list(COMPOSED) + _composed(random.Random(seed))
    for d in ("gold", "gold_s", "gold_t", "gold_j", "gold_aj"):  # (tuning sets, not the blind ones)
        out += [g.text for g in load_gold(TESTS / d) if g.language.startswith("ar")]
    return out


def _key(ms) -> list[tuple]:
    return [(m.span(), m.span("w"), m.group("w"), m.group()) for m in ms]


def test_only_arabic_has_cue_heads():
    assert F._rules("ar").cue_heads is not None and F._rules("en").cue_heads is None


@pytest.mark.parametrize("seed", [5, 17])
def test_cue_heads_scan_equals_finditer(seed):
    r = F._rules("ar")
    rnd = random.Random(seed)
    n = hits = 0
    for text in _texts(seed):
        ftext = fold_text(text).text
        # windows that start and end anywhere: inside a word, on a blank, inside a cue
        cuts = {0, len(ftext)} | {rnd.randrange(len(ftext) + 1) for _ in range(5)}
        for pos in cuts:
            for endpos in {len(ftext), min(len(ftext), pos + rnd.randrange(300))}:
                got = _key(F._cue_matches(r, ftext, pos, endpos))
                assert got == _key(r.cue_re.finditer(ftext, pos, endpos)), (pos, endpos, text[:40])
                n += 1
                hits += len(got)
    assert n > 500 and hits > 5000


def test_every_cue_match_starts_with_an_accepted_word():
    # the property the shortcut rests on, checked on the matches themselves
    r = F._rules("ar")
    seen = 0
    for text in _texts(1):
        ftext = fold_text(text).text
        for m in r.cue_re.finditer(ftext):
            assert r.cue_heads.fullmatch(F._AR_LETTERS.match(ftext, m.start()).group()), m.group()
            seen += 1
    assert seen > 5000
