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
