"""Cue lexicon matching: Arabic clitics and conjugations, homographs, English forms."""

from __future__ import annotations

import pytest

from newsclaims.extract.cues import find_cues
from newsclaims.extract.sentences import tokenize


def cues(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = tokenize(text, lang)
    out = []
    for c in find_cues(doc):
        assert text[c.start : c.end]  # spans index the text
        out.append((c.kind, c.entry.lemma, text[c.start : c.end]))
    return out


@pytest.mark.parametrize(
    "text, lemma, written",
    [
        ("قال المسؤول إن", "قال", "قال"),
        ("وقالت الوزارة إن", "قال", "قالت"),
        ("فقال: نعم", "قال", "قال"),
        ("يقول السكان إن", "قال", "يقول"),
        ("وأفادت الوكالة بأن", "أفاد", "أفادت"),
        ("أفاد مصدر بأن", "أفاد", "أفاد"),
        ("وأكّد الناطق أن", "أكد", "أكّد"),
        ("وأضافت أن", "أضاف", "أضافت"),
        ("ذكرت الصحيفة أن", "ذكر", "ذكرت"),
        ("أعلنت القيادة مقتل", "أعلن", "أعلنت"),
        ("وأوضح المدير أن", "أوضح", "أوضح"),
        ("صرّح الوزير بأن", "صرح", "صرّح"),
        ("وأشار إلى أن", "أشار", "أشار"),
        ("ونفت الشرطة ذلك", "نفى", "نفت"),
        ("اتهمت المنظمة الجيش", "اتهم", "اتهمت"),
        ("وزعم التنظيم أن", "زعم", "زعم"),
        ("ولفت إلى أن", "لفت", "لفت"),
    ],
)
def test_arabic_verbs_with_clitics_and_conjugations(text, lemma, written):
    found = cues(text, "ar")
    assert found and found[0][0] == "verb" and found[0][1] == lemma and found[0][2] == written


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("، مؤكداً أن", "أكد"),
        ("، مشيرة إلى أن", "أشار"),
        ("، مبيناً أن", "بين"),
        ("، لافتاً إلى أن", "لفت"),
        ("، مضيفاً أن", "أضاف"),
        ("، موضحة أن", "أوضح"),
    ],
)
def test_arabic_participles(text, lemma):
    found = cues(text, "ar")
    assert found and found[0][:2] == ("part", lemma)


@pytest.mark.parametrize(
    "text, lemma, written",
    [
        ("بحسب المرصد", "بحسب", "بحسب"),
        ("وحسب مصادر", "بحسب", "وحسب"),
        ("وفقاً لمصادر محلية", "وفقا ل", "وفقاً ل"),
        ("وفقا ل المصادر", "وفقا ل", "وفقا ل"),
        ("نقلاً عن مصدر", "نقلا عن", "نقلاً عن"),
        ("على لسان قائد", "على لسان", "على لسان"),
    ],
)
def test_arabic_prepositions(text, lemma, written):
    found = cues(text, "ar")
    assert found and found[0][:2] == ("prep", lemma) and found[0][2] == written


def test_arabic_homograph_between_is_not_a_cue():
    # بين "between" folds like بيّن "explained"
    assert cues("سقط القتلى بين المدنيين", "ar") == []
    assert cues("عدد القتلى بما بين 40 و50", "ar") == []
    assert cues("وبيّن المصدر أن", "ar")[0][1] == "بين"


def test_arabic_noun_homograph_of_participle_needs_a_comma():
    assert cues("اعتقل 19 متهماً في القضية", "ar") == []
    assert cues("نفت ذلك، متهمة الجيش بالكذب", "ar")[-1][:2] == ("part", "اتهم")


@pytest.mark.parametrize(
    "text, kind, lemma",
    [
        ("The army said", "verb", "say"),
        ("Officials say", "verb", "say"),
        ("he told reporters", "verb", "tell"),
        ("the agency reported", "verb", "report"),
        ("Police denied", "verb", "deny"),
        ("the group claimed", "verb", "claim"),
        ("The UN estimated", "verb", "estimate"),
        (", adding that", "part", "add"),
        (", according to the ministry", "prep", "according to"),
        (", citing a source", "prep", "citing"),
    ],
)
def test_english_cues(text, kind, lemma):
    found = cues(text, "en")
    assert found and found[0][:2] == (kind, lemma)


def test_english_nouns_are_not_verb_cues():
    assert cues("The reports and claims were many. The United States acted.", "en") == []


def test_arabic_passive_past_verb_is_no_cue():
    from newsclaims.extract.cues import find_cues
    from newsclaims.extract.sentences import tokenize

    # "نُقل سبعة منهم إلى ..." (seven were transferred), "ذُكر أن": passive, no speaker
    for text in ("نُقل سبعة منهم إلى المستشفى.", "وذُكر أن 5 قتلوا.", "أُعلن عن الحداد."):
        assert find_cues(tokenize(text, "ar")) == [], text
    # present forms with a damma on the prefix are active; "نُقل عن X" still relays X
    for text in ("ويُفيد المرصد بأن 4 قتلوا.", "ونُقل عن مصدر أمني أن 5 قتلوا."):
        assert len(find_cues(tokenize(text, "ar"))) == 1, text
