"""Arabic (round 2): the addressee and the thing called for after دعا/ناشد/طالب are content, not
speaker; a relay's speaker keeps its comma-apposed name and an indefinite construct after باسم;
a quoted SVO subject keeps its descriptive participle.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, source_id_of


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ("ودعا الجيش السكان إلى الابتعاد عن خطوط التماس.", "الابتعاد عن خطوط", "الجيش", "السكان"),
        ("وناشدت الوزارة المواطنين إلى عدم الاقتراب من مجاري السيول.", "عدم الاقتراب", "الوزارة", "المواطنين"),
        ("فيما دعت منظمة الصحة العالمية إلى إرسال فرق طبية عاجلة «لاحتواء الوباء».", "إرسال فرق طبية", "منظمة الصحة العالمية", "إرسال"),
    ],
)
def test_called_for_and_addressee_are_no_speaker(text: str, key: str, speaker: str, bad: str) -> None:
    c = check(text, "ar", key, speaker)
    assert bad not in (c.source_text or "")


def test_relay_speaker_keeps_construct_after_bism_and_apposed_name() -> None:
    text = ("قتل 14 شخصاً في انهيار أرضي، بحسب ما أعلنه المتحدث باسم حكومة ولاية بدخشان، نور أحمد كريمي. "
            "وقال كريمي إن فرق الإنقاذ انتشلت ثماني جثث.")
    c = check(text, "ar", "انهيار أرضي", "ولاية بدخشان")
    assert "كريمي" in (c.source_text or "")
    assert c.source.source_id == source_id_of(text, "ar", "انتشلت ثماني جثث")
    assert "بحسب" not in text[c.start : c.end]


def test_quoted_svo_subject_with_a_participle_phrase() -> None:
    text = ("قال المنظمون إن 400 ألف شخص شاركوا في المسيرة. لكن مؤسسة «عدّاد الحشود» المتخصصة في الإحصاء "
            "قالت إن العدد لم يتجاوز 90 ألفاً.")
    c = check(text, "ar", "لم يتجاوز 90 ألفاً", "عدّاد الحشود")
    assert c.source.source_id != source_id_of(text, "ar", "400 ألف شخص")


def test_committee_head_is_no_audience() -> None:
    text = ("قال رئيس لجنة شؤون المفقودين التابعة للحكومة، سامر علي ناصر، في تغريدة، إن 40 جثة انتُشلت. "
            "وقال مسؤول لوكالة الأنباء إن البحث مستمر.")
    check(text, "ar", "40 جثة", "لجنة شؤون المفقودين")
    c = check(text, "ar", "البحث مستمر", "مسؤول")
    assert "الأنباء" not in (c.source_text or "")


def test_placed_title_keeps_its_titled_name_before_the_object() -> None:
    text = ("أعلن رئيس الوفد المفاوض في ملف المعتقلين، العقيد سالم يحيى العمري، الإفراج عن 40 معتقلاً. "
            "وأوضح العمري أن بين المفرج عنهم ثلاثة جرحى.")
    c = check(text, "ar", "عن 40 معتقلاً", "سالم يحيى العمري")
    assert c.source.source_id == source_id_of(text, "ar", "ثلاثة جرحى")


@pytest.mark.parametrize("lead", ["بعد أن كان قد أعلن في وقت سابق", "بعدما كانت قد أعلنت صباحاً"])
def test_earlier_toll_of_the_same_body_is_its_own_claim(lead: str) -> None:
    text = f"أعلن جهاز الطوارئ ارتفاع حصيلة الاشتباكات إلى 14 قتيلاً، {lead} مقتل تسعة أشخاص."
    a = check(text, "ar", "إلى 14 قتيلاً", "جهاز الطوارئ")
    b = check(text, "ar", "مقتل تسعة أشخاص", "جهاز الطوارئ")
    assert a.start != b.start
    assert "كان" not in text[a.start : a.end] and "قد" not in text[a.start : a.end].split()


def test_quote_first_titled_name_and_the_object_after_it() -> None:
    text = ("«أصبنا الهدف بدقة»، بهذه الكلمات أعلن المتحدث باسم الجيش، العميد سامر يوسف، مساء الأحد، "
            "إسقاط طائرة مسيرة فوق المدينة. وأضاف يوسف أن العملية انتهت.")
    a = check(text, "ar", "أصبنا الهدف", "سامر يوسف")
    b = check(text, "ar", "طائرة مسيرة", "سامر يوسف")
    assert a.start != b.start
    assert a.source.source_id == source_id_of(text, "ar", "العملية انتهت")


def test_quote_first_doctor_named_like_a_verbal_noun() -> None:
    text = "«الوضع مأساوي»، قال مدير المستشفى، الدكتور سامي حداد، للصحفيين. وأضاف حداد أن خمسة جرحى وصلوا."
    c = check(text, "ar", "الوضع مأساوي", "سامي حداد")
    assert c.source.source_id == source_id_of(text, "ar", "خمسة جرحى")


def test_media_officer_of_a_branch_speaks_for_it() -> None:
    text = ("انتشلت فرق الهلال الأحمر الليبي، فرع سرت، جثامين 9 مهاجرين، وفق ما أعلنه الفرع في منشور. "
            "وقال مسؤول الإعلام في الفرع، علي سالم، إن الجثث كانت متحللة.")
    assert source_id_of(text, "ar", "جثامين 9") == source_id_of(text, "ar", "الجثث كانت متحللة")
