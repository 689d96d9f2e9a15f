"""The figures speed round of session 9: each cheaper test finds what the scan it replaced found.

- _units_here (the gate of _unit_make_up) tests the body nouns as substrings of the lowered
  article instead of a case-insensitive regex scan; the reference is that regex.
- _subject checks the run of blank-separated words after a number word by word instead of
  matching the whole run with a regex first; the reference is the function as it was.
"""

from __future__ import annotations

import random
import re

import pytest

from newsclaims.extract import figures as F
from newsclaims.extract.numbers import _norm_key, numbers_folded

_UNIT_RE = {
    "en": re.compile(r"committee|panel|team|patrol|unit|squad|delegation|contingent|battalion|"
                     r"detachment|platoon|commission|jury|board", re.I),
    "ar": re.compile(r"وحده|دوريه|لجنه|فريق|فرقه|كتيبه|سريه|مفرزه|وفد|هيئه"),
}
_UNIT_PIECES = {
    "en": ["a", "Unit", "UNIT", "unİt", "unıt", "ſquad", "Squad", "sQuAd", "panel", "PANEL",
           "boar", "d", "jury", "JURİ", "team", "Team", "teams", "patrol", "of", "12", "killed",
           "commission", "comm", "ission", "ﬆ", "K", "İ", "ı", "ſ", "-", ",", "the"],
    "ar": ["وحدة", "وحده", "الوفد", "وفد", "لجنة", "لجنه", "فريق", "فرقه", "كتيبه", "هيئه", "سريه",
           "قتل", "12", "من", "دوري", "ه", "مفرز", "و"],
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_units_gate_agrees_with_the_case_insensitive_scan(lang):
    rnd = random.Random(9)
    seen = set()
    for _ in range(4000):
        text = "".join(rnd.choice(_UNIT_PIECES[lang]) + rnd.choice(["", " ", "  "])
                       for _ in range(rnd.randint(1, 6)))
        expected = _UNIT_RE[lang].search(text) is not None
        seen.add(expected)
        assert F._units_here(text, lang) == expected, text
    assert seen == {True, False}


@pytest.mark.parametrize("text, expected", [
    ("A ſquad of 12 soldiers", True),  # re.I matches «ſ» with s; str.lower() keeps it
    ("the UNİT of 12", True),  # «İ» matches i under re.I; lowered it becomes i + a dot
    ("the unıt of 12", True),
    ("twelve soldiers were killed", False),
])
def test_units_gate_letters_lower_does_not_fold(text, expected):
    assert F._units_here(text, "en") is expected


_SUBJ_RUN_BEFORE = re.compile(r"(?:[ \t\u00a0]+[^\W\d_]+(?:[-'][^\W\d_]+)*){1,12}")
_SUBJ_PIECES = {
    "en": ["soldiers", "of", "the", "army", "were", "killed", "people", "and", "civilians", "12",
           "three", "wounded", "in", "the", "strike", ",", ".", "-", "'s", "local", "security",
           "forces", "Police", "officers", "died", "aid", "workers", "from", "the", "north",
           "children", "women", "bodies", "arrested", "gathered", "men's", "well-known"],
    "ar": ["جنود", "من", "قوات", "النظام", "قتلوا", "شخصا", "و", "مدنيين", "12", "ثلاثة",
           "جريحا", "في", "الغارة", "،", ".", "عنصرا", "الأمن", "وأصيب", "بجروح", "طفلا",
           "امرأة", "جثة", "للمسلحين", "المنطقة", "اعتقلوا", "أشخاص"],
}


def _reference_subject(text, fd, ftext, lang, pos, cue_at, limit, sr) -> str | None:
    """_subject as it was before this round (session 9 start, af151a6): the whole run first."""
    run = _SUBJ_RUN_BEFORE.match(ftext, pos)
    if not run:
        return None
    kept: list[tuple[int, int, str]] = []
    after_cue = False
    lead_trail = sr.lead_trail
    for t in F._SUBJ_WORD.finditer(ftext, pos, min(run.end(), limit)):
        ts, te = t.span()
        if ts < pos:
            continue  # inside a multi-word cue already consumed
        word = t.group()
        if word in sr.stop:
            break
        if kept and kept[-1][2] in ("and", "و") and word not in sr.persons:
            kept.pop()
            break  # "18 troops and shot down": "and" only joins people
        if lang == "ar" and kept and ((word[0] == "و" and len(word) > 1
                                       and word[1:] not in sr.persons)
                                      or (len(word) > 3 and word.endswith("وا"))):
            break  # "... وصلت", "شخص نزحوا": a new clause or a verb
        if lang == "ar" and kept and word.startswith(("بال", "لل", "بت", "وب", "ول")):
            break  # "شخصا بتهمة التهريب": a prepositional phrase
        c = cue_at.get(ts)
        person = c is not None and c.cat in sr.person_cats and not (
            lang == "en" and word.endswith(("ed", "ing")))  # "arrested" is a verb, not people
        if c is not None and not person:
            if kept or after_cue:
                break
            after_cue = True  # "60 قتيلا من المدنيين", "12 bodies of soldiers": skip the cue
            pos = c.fe
            continue
        if not kept and word in sr.lead:
            pos = te
            after_cue = False
            continue
        if after_cue:
            break  # a cue noun not followed by "of"/"من": no subject ("10 براميل متفجرة")
        if lang == "en" and kept and word.endswith(("ed", "ing")):
            break  # "5,000 protesters gathered": a verb after the noun ends the phrase
        if kept and word in sr.place and kept[-1][2] in lead_trail:
            kept.pop()
            break  # "مدني من المنطقة"
        kept.append((ts, te, word))
        if c is not None:
            pos = c.fe
            if ftext[ts:c.fe].count(" "):  # a multi-word cue ("barrel bombs"): keep it whole
                kept[-1] = (ts, c.fe, word)
        else:
            pos = te
        if len(kept) >= sr.max_words:
            break
    while kept and kept[-1][2] in sr.trail:
        kept.pop()
    if not kept:
        return None
    s, e = fd.to_original(kept[0][0], kept[-1][1])
    return text[s:F._past_diacritics(text, e)]


def _cue_at(ftext: str, lang: str) -> dict:
    r = F._rules(lang)
    out = {}
    for m in r.cue_re.finditer(ftext):
        cat, weak = r.cue_words[_norm_key(m.group("w"))]
        out[m.start()] = F._Cue(m.start(), m.end(), m.start("w"), cat, weak)
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_subject_reads_the_same_run_as_the_whole_run_regex(lang):
    rnd = random.Random(90)
    sr = F._subject_rules(lang)
    found_some = 0
    for _ in range(600):
        text = "".join(rnd.choice(_SUBJ_PIECES[lang]) + rnd.choice([" ", " ", " ", "  ", "\t", ""])
                       for _ in range(rnd.randint(1, 30)))
        fd, found = numbers_folded(text, lang)
        ftext = fd.text
        cue_at = _cue_at(ftext, lang)
        positions = [qe for _, qe, _ in found] + [rnd.randint(0, len(ftext)) for _ in range(3)]
        for pos in positions:
            for limit in (len(ftext), pos + rnd.randint(0, 40)):
                got = F._subject(text, fd, ftext, lang, pos, cue_at, limit, sr)
                want = _reference_subject(text, fd, ftext, lang, pos, cue_at, limit, sr)
                assert got == want, (text, pos, limit)
                found_some += got is not None
    assert found_some > 100
