"""Arabic (session 5, long newsroom articles): «وزاد المتحدث ذاته أن» (Maghrebi "added"); an
anonymity aside «، رفض كشف اسمه،» is no cue; a name joined by «و» keeps its place phrase before the
object; after a claim, «واتهم X بـ...» and «ودعت جميع الأطراف إلى ...» name the accused and the
addressees, not a new speaker; a closed quotation keeps its last word («لم تصل بعد»).

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claim_with, claims_of


def test_zada_continues_the_speaker() -> None:
    text = ("وقال رئيس البلدية، سعيد الحمداني، إن عشرات الأسر باتت في العراء. "
            "وزاد المتحدث ذاته أن «المساعدات لم تصل بعد».")
    c = check(text, "ar", "المساعدات لم تصل بعد", "سعيد الحمداني")
    assert text[c.start : c.end].endswith("بعد")


@pytest.mark.parametrize(
    "text",
    [
        "وزاد الأمر سوءاً أن الأمطار تواصلت طوال الليل.",
        "وزاد عدد النازحين خلال الأسبوع الماضي بشكل كبير.",
    ],
)
def test_zada_increased_is_no_cue(text: str) -> None:
    assert all(c.cue not in ("زاد", "وزاد") for c in claims_of(text, "ar"))


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ونقل مراسلنا في المدينة عن مصدر في «مجلس الأعيان»، رفض كشف اسمه، أن نحو مئتي عائلة نزحت.",
         "مئتي عائلة نزحت", "مصدر في «مجلس الأعيان"),
        ("وقال ضابط في الشرطة، رفض ذكر اسمه، إن أربعة عناصر قتلوا في الكمين.", "أربعة عناصر", "ضابط في الشرطة"),
        ("وأكد مسعف، فضّل عدم نشر هويته، أن 11 جريحاً نقلوا إلى المستشفى.", "11 جريحاً", "مسعف"),
    ],
)
def test_anonymity_aside_is_no_cue(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", "اسمه")
    assert_no_speaker(text, "ar", "هويته")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أعلن مركز الإسعاف والطوارئ في بنغازي ارتفاع عدد القتلى إلى 14 شخصاً.", "عدد القتلى إلى 14", "مركز الإسعاف والطوارئ في بنغازي"),
        ("وأعلنت هيئة الإغاثة والتنمية في دارفور وصول 3 آلاف نازح إلى المخيم.", "3 آلاف نازح", "هيئة الإغاثة والتنمية في دارفور"),
    ],
)
def test_joined_name_with_its_place(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "في" not in text[c.start : c.end].split()[:1]


@pytest.mark.parametrize(
    ("text", "key", "speaker", "other"),
    [
        ("غير أن الناطق باسم الجهاز نفى سقوط أي من مقاره، واتهم اللواء بقتل «اثنين من أفرادنا» بعد أسرهما.",
         "اثنين من أفرادنا", "الناطق باسم الجهاز", "اللواء"),
        ("بدورها، قالت البعثة الأممية إنها «تشعر بقلق بالغ»، ودعت جميع الأطراف إلى وقف فوري لإطلاق النار.",
         "وقف فوري", "البعثة الأممية", "جميع الأطراف"),
        ("وقالت الوحدة إن 700 شاحنة تنتظر على المعبر، واتهمت الأمم المتحدة بالتقصير في توزيعها.",
         "بالتقصير في توزيعها", "الوحدة", "الأمم المتحدة"),
    ],
)
def test_accused_and_addressees_after_a_claim(text: str, key: str, speaker: str, other: str) -> None:
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", other)


def test_a_speaker_with_a_bi_place_still_speaks() -> None:
    text = "وقالت الحركة إنها صدت الهجوم، واتهم مسؤول بالوزارة الجيش بقصف المدنيين."
    c = check(text, "ar", "بقصف المدنيين", "مسؤول بالوزارة")
    assert "الحركة" not in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأشارت قيادة الشرطة في بيان إلى توقيف 23 شخصاً.", "إلى توقيف 23", "قيادة الشرطة"),
        ("وقالت المفوضية إن فرقها رصدت اعتقال 40 متظاهراً، داعية إلى الإفراج عنهم.", "إلى الإفراج عنهم", "المفوضية"),
        ('١٥:١٠ - الجبهة تتبنى وتتحدث عن "عشرات القتلى"\n', 'عن "عشرات القتلى"', "الجبهة"),
        ("وكشف مصدر أمني عن مقتل ثلاثة عناصر في كمين.", "عن مقتل ثلاثة", "مصدر أمني"),
    ],
)
def test_the_content_keeps_its_preposition(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert not (c.source_text or "").endswith(("إلى", "عن"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("وقال المرصد إن 25 مدنياً خطفوا، مرجحاً أن يكون العدد أكبر.", "أن يكون العدد أكبر"),
        ("وتوقع المحافظ أن ترتفع الحصيلة خلال الليل.", "أن ترتفع الحصيلة"),
    ],
)
def test_an_before_a_subjunctive_verb_stays(text: str, key: str) -> None:
    claim_with(claims_of(text, "ar"), text, key)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأعلنت الرئاسة تشكيل لجنة تحقيق تقدم تقريرها خلال 30 يوماً.", "لجنة تحقيق", "الرئاسة"),
        ("وأعلن المحافظ صرف تعويضات لأسر الضحايا.", "تعويضات لأسر", "المحافظ"),
        ("وأعلنت السلطات فرض حظر تجول في المدينة.", "حظر تجول", "السلطات"),
    ],
)
def test_announced_measures_are_objects(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert len((c.source_text or "").split()) <= 2


def test_fatah_is_still_a_speaker() -> None:
    check("وأعلنت حركة فتح مقتل 3 من عناصرها.", "ar", "مقتل 3", "حركة فتح")


def test_the_negation_of_the_next_cue_is_not_content() -> None:
    text = "وتحدثت تقارير إعلامية محلية عن سقوط 8 قتلى، فيما لم تؤكد السلطات الحصيلة."
    c = check(text, "ar", "سقوط 8 قتلى", "تقارير إعلامية محلية")
    assert text[c.start : c.end].rstrip().endswith("قتلى")
