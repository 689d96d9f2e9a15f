"""Arabic relays through an outlet, topics answered by ف, findings relayed by a closing «وفق»,
second-half headline speakers and Libyan mayors (composed sentences, gold_s/gold_t styles)."""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of, names
from newsclaims.extract.folding import fold_term


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # an outlet with its acronym in parentheses relays the official after «عن»
        ("قُتل ثمانية مدنيين في قصف على سوق شعبي، بحسب ما نقلت وكالة الأنباء الوطنية (ونا) عن مدير مستشفى المدينة.",
         "ثمانية مدنيين", "مدير مستشفى المدينة"),
        ("أصيب عشرون شخصاً في انفجار عبوة، وفق ما نقلت إذاعة الشرق (راش) عن مصدر أمني في المحافظة.",
         "عشرون شخصاً", "مصدر أمني"),
        # «حسب ما أوردته وكالة X "Y" نقلاً عن Z»: the outlet relays Z
        ('وصل نحو مئتي مهاجر إلى الجزيرة، حسب ما أوردته وكالة الأنباء الإيطالية "آكي" نقلاً عن مكتب المحافظ في الإقليم.',
         "مئتي مهاجر", "مكتب المحافظ"),
        ("غرق قاربان قبالة الساحل، بحسب ما ذكرته صحيفة المساء نقلاً عن خفر السواحل.",
         "غرق قاربان", "خفر السواحل"),
    ],
)
def test_outlet_relays_the_body_after_it(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "وكالة" not in c.source.name and "إذاعة" not in c.source.name and "صحيفة" not in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أعلنت الشرطة توقيف ثلاثة أشخاص. أما الهيئة العليا للانتخابات فدعت إلى «التهدئة واحترام النتائج» في كل الدوائر.",
         "التهدئة واحترام", "الهيئة العليا للانتخابات"),
        ("أما نقابة المحامين فطالبت بـ«تحقيق مستقل وشفاف» في ظروف الوفاة.",
         "تحقيق مستقل", "نقابة المحامين"),
        ("وأما وزير الخارجية فقال إن «الحوار هو السبيل الوحيد» للخروج من الأزمة.",
         "الحوار هو السبيل", "وزير الخارجية"),
    ],
)
def test_topic_after_amma_speaks_through_the_fa_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert fold_term("إلى") not in fold_term(c.source.name).split()


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قال مصدر أمني إن سائق الشاحنة فر من المكان. وأفادت تحريات أولية بأن عطلاً في المكابح تسبب في الحادث، وفق المصدر ذاته.",
         "عطلاً في المكابح", "مصدر أمني"),
        ("أعلنت النيابة العامة فتح تحقيق. وأظهرت المعاينة أن الحريق اندلع من المطبخ، بحسب النيابة العامة.",
         "الحريق اندلع من المطبخ", "النيابة العامة"),
    ],
)
def test_findings_speak_for_the_source_closing_the_sentence(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "تحريات" not in names(c) and "المعاينه" not in names(c)


def test_a_body_saying_something_keeps_it_when_an_outlet_closes_the_sentence() -> None:
    # a speaker noun (not findings) keeps its claim: the closing «بحسب» is a relaying outlet
    text = "وقالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى خمسين، بحسب وكالة الأنباء الرسمية."
    check(text, "ar", "ارتفعت إلى خمسين", "وزارة الصحة")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("انهيار مبنى في الحي القديم.. ووزير الإسكان: إخلاء 40 عائلة من المباني المجاورة\n\nتابعت فرق الدفاع المدني العمل طوال الليل.",
         "إخلاء 40 عائلة", "وزير الإسكان"),
        ("أمطار غزيرة تغرق الشوارع.. ومدير الدفاع المدني: إنقاذ 25 شخصاً من السيول\n\nتواصلت الأمطار لليوم الثالث.",
         "إنقاذ 25 شخصاً", "مدير الدفاع المدني"),
    ],
)
def test_second_headline_half_with_a_conjoined_title_speaker(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text == speaker  # without the conjunction و


def test_a_word_starting_with_waw_is_not_split_in_a_second_headline_half() -> None:
    text = "اشتباكات في الضواحي.. وزارة الداخلية: توقيف 12 مشتبهاً\n\nعاد الهدوء إلى الأحياء."
    c = check(text, "ar", "توقيف 12", "وزارة الداخلية")
    assert c.source_text == "وزارة الداخلية"


def test_mayor_titled_amid_with_apposed_name_is_one_speaker() -> None:
    # «عميد بلدية X، NAME،» (a Libyan mayor) keeps the apposed name: «وأضاف NAME» is the same source
    text = ("قال عميد بلدية غات، سالم الطاهر، في تصريح صحفي، إن السيول جرفت عشرات المنازل. "
            "وأضاف الطاهر أن فرق الإنقاذ انتشلت جثتي طفلين.")
    cs = claims_of(text, "ar")
    first = claim_with(cs, text, "جرفت عشرات المنازل")
    second = claim_with(cs, text, "انتشلت جثتي")
    assert "سالم الطاهر" in (first.source_text or "")
    assert first.source.source_id == second.source.source_id


def test_mayor_title_heads_a_headline_speaker() -> None:
    text = "عميد بلدية سبها: وصول أكثر من ألف نازح خلال أسبوع\n\nسبها – وكالات\n\nتواصل وصول العائلات إلى المدينة."
    check(text, "ar", "ألف نازح", "عميد بلدية سبها")
