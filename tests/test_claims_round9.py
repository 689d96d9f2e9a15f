"""Round 9 (composed texts): time phrases and adjuncts never join or replace a speaker; speakers
named after a quote with trailing adjuncts ("a resident reached by phone"). Negatives: titles
that contain a time-looking word ("النائب العام") stay whole."""

from __future__ import annotations

from _claims_helpers import check, claim_with, claims_of, names
from newsclaims.extract.folding import fold_term


def test_arabic_time_phrase_after_the_verb_is_not_the_speaker():
    t = "وكان مدير الدفاع المدني في المحافظة كريم الجبوري قد أعلن الأسبوع الماضي أن فرقه انتشلت 14 جثة."
    c = check(t, "ar", "انتشلت 14 جثة", "كريم الجبوري")
    assert fold_term("الماضي") not in names(c)


def test_arabic_time_phrase_between_verb_and_named_subject():
    t = "وقالت الشهر الماضي منظمة الصحة العالمية إن الكوليرا أودت بحياة 30 شخصاً."
    c = check(t, "ar", "أودت بحياة", "منظمة الصحة العالمية")
    assert fold_term("الشهر") not in names(c)


def test_arabic_adjunct_after_a_surname_does_not_join_it():
    t = ("قالت المسؤولة في الصليب الأحمر سلمى حداد إن 200 أسرة نزحت من القرية. "
         "وقالت حداد في وقت لاحق إن الأسر باتت بلا مأوى.")
    c = claim_with(claims_of(t, "ar"), t, "باتت بلا مأوى")
    assert fold_term("وقت") not in names(c) and fold_term("حداد") in names(c)


def test_arabic_general_prosecutor_keeps_his_title():
    t = "وقال النائب العام إن 12 متهماً أحيلوا إلى المحكمة."
    check(t, "ar", "أحيلوا إلى المحكمة", "النائب العام")
