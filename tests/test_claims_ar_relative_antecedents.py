"""Arabic (session 5): a body the narration names right before «، الذي/التي (كان قد) أعلن ...»
speaks in the relative clause; a time phrase between the verb and its subject or object is
never the speaker.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ولم يصدر أي تعليق من الجيش، الذي كان قد أعلن يوم السبت مقتل 14 مسلحاً في المنطقة.",
         "مقتل 14 مسلحاً", "الجيش"),
        ("ولم ترد قوات الدعم السريع على طلب للتعليق، ولم يصدر شيء عن قوات الدعم السريع، التي كانت قد أعلنت الشهر الماضي أسر 30 جندياً.",
         "30 جندياً", "قوات الدعم السريع"),
        ("وتعذر الوصول إلى وزارة الصحة، التي أعلنت صباح اليوم ارتفاع عدد الوفيات إلى 61.",
         "عدد الوفيات إلى 61", "وزارة الصحة"),
        ("ويأتي ذلك بعد يومين من هجوم في الريف الغربي نسب إلى «جبهة التحرير»، التي أكدت في بيان مقتل 5 من عناصرها.",
         "مقتل 5 من", "جبهة التحرير"),
    ],
)
def test_relative_clause_of_a_named_body(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأعلنت الأسبوع الماضي وزارة الداخلية توقيف 23 مشتبهاً بهم في العاصمة.", "توقيف 23", "وزارة الداخلية"),
        ("وأكدت مساء الخميس مصادر طبية سقوط سبعة قتلى في القصف.", "سبعة قتلى", "مصادر طبية"),
    ],
)
def test_time_phrase_between_verb_and_subject(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)
    for bad in ("الأسبوع", "مساء"):
        assert_no_speaker(text, "ar", bad)


def test_a_relative_with_its_own_subject_is_not_the_antecedent() -> None:
    text = "ونقل الجرحى إلى مستشفى المدينة، الذي قال مديره إن 14 شخصاً قتلوا."
    assert_no_speaker(text, "ar", "مستشفى المدينة")
