"""Arabic: general gaps found by classifying every Arabic miss of the blind sets gold_al and gold_am
(session 8; see tests/gold_al/FINDINGS_ar.md and tests/gold_am/FINDINGS_ar.md), plus leftovers of
gold_aj. Each fix is restated in composed variants (other bodies, places, titles, tenses and word
orders); no sentence is taken from an article or from the gold passages.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of


# --- «اتهم X Y بـ...»: the accused and the charge are content, never part of the speaker ---------
# A long body name ran on over the accused («المنتدى ... والاجتماعية السلطات بترحيل») because a
# definite noun after a definite phrase looked like more of the name.


@pytest.mark.parametrize(
    ("text", "key", "speaker", "accused"),
    [
        ("اتهم المرصد الأورومتوسطي لحقوق الإنسان السلطات بترحيل مئات المهاجرين.", "بترحيل مئات", "المرصد الأورومتوسطي لحقوق الإنسان", "السلطات"),
        ("واتهمت الرابطة التونسية للدفاع عن حقوق الإنسان الشرطة باستخدام القوة.", "باستخدام القوة", "الرابطة التونسية للدفاع عن حقوق الإنسان", "الشرطة"),
        ("في المقابل، اتهم المنتدى الوطني للحقوق الاقتصادية والاجتماعية السلطات بترحيل \"مئات العمال\" قسراً.", "مئات العمال", "المنتدى الوطني للحقوق الاقتصادية والاجتماعية", "السلطات"),
        ("واتهمت المفوضية العليا لحقوق الإنسان الفصائل المسلحة بارتكاب انتهاكات.", "بارتكاب انتهاكات", "المفوضية العليا لحقوق الإنسان", "الفصائل"),
        ("ويتهم الاتحاد العام للشغل الحكومة بالتقصير في حماية العمال.", "بالتقصير", "الاتحاد العام للشغل", "الحكومة"),
        ("واتهم حزب العمال الكردستاني الجيش التركي بقصف القرى الحدودية.", "بقصف القرى", "حزب العمال الكردستاني", "الجيش التركي"),
        ("واتهمت الحكومة السودانية قوات الدعم السريع بقتل 30 مدنياً.", "بقتل 30", "الحكومة السودانية", "قوات"),
        ("اتهمت وزارة الخارجية الأمريكية إيران بتزويد المتمردين بالصواريخ.", "بتزويد", "وزارة الخارجية الأمريكية", "إيران"),
    ],
)
def test_accused_is_not_part_of_the_speaker(text: str, key: str, speaker: str, accused: str) -> None:
    c = check(text, "ar", key, speaker)
    assert accused not in (c.source_text or ""), c.source_text


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # a headline: «PLACE: «X» يتهم Y بـ...» — X (quoted, after the place) accuses, Y is accused
        ("ميانمار: «جيش أراكان» يتهم الجيش بقتل 40 قروياً\n\nيانغون - قال جيش أراكان في بيان إن الطائرات قصفت القرية.", "بقتل 40", "جيش أراكان"),
        ("ليبيا: «حكومة الوحدة» تتهم قوات حفتر باستهداف المطار\n\nطرابلس - قالت الحكومة إن المطار أغلق.", "باستهداف المطار", "حكومة الوحدة"),
        ("السودان: «الدعم السريع» تتهم الجيش بقتل 15 مدنياً في غارة\n\nالخرطوم - قالت قوات الدعم السريع إن الغارة استهدفت سوقاً.", "بقتل 15", "الدعم السريع"),
        ("«منظمة العفو» تتهم الشرطة بقتل 6 متظاهرين\n\nنيروبي - قالت منظمة العفو الدولية إن الشرطة أطلقت النار.", "بقتل 6", "منظمة العفو"),
        # a plural present verb: «الحوثيون يتهمون ...»
        ("اليمن: الحوثيون يتهمون التحالف بقتل 12 صياداً\n\nصنعاء - قالت جماعة الحوثي إن القصف طال قارباً.", "بقتل 12", "الحوثيون"),
    ],
)
def test_headline_accuser_before_the_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert text[c.start : c.end].find(speaker) < 0


# --- workers, employees, fishermen, volunteers and miners speak as witnesses ------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("لكن أحد العاملين في المنطقة، ويدعى عثمان الطيب، قال للإذاعة إن 20 عاملاً ماتوا، مؤكداً أن آخرين تحت الأنقاض.", "آخرين تحت", "أحد العاملين"),
        ("لكن أحد العاملين، ويدعى عثمان، قال إن 20 عاملاً ماتوا.", "20 عاملاً", "أحد العاملين"),
        ("غير أن موظفاً في البلدية قال إن المياه مقطوعة منذ يومين.", "المياه مقطوعة", "موظفاً في البلدية"),
        ("لكن أحد المعدنين، ويدعى علي، قال إن 20 شخصاً ماتوا.", "20 شخصاً", "أحد المعدنين"),
        ("وقال عمال في المصنع إن الحريق اندلع ليلاً.", "الحريق اندلع", "عمال في المصنع"),
        ("وقال أحد المتطوعين في الهلال الأحمر إن الفرق انتشلت 12 جثة.", "12 جثة", "أحد المتطوعين"),
        ("وأكد صيادون من المدينة أنهم عثروا على جثث تطفو قرب الشاطئ.", "عثروا على جثث", "صيادون"),
    ],
)
def test_workers_and_volunteers_are_speakers(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_accusing_verb_inside_content_is_no_claim() -> None:
    text = "وقال السكان إن المسلحين يتهمون القرويين بالتعاون مع الجيش."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and claim_with(cs, text, "القرويين").source_text == "السكان"
