"""Arabic: a person's title whose head the lexicon files under a body (محافظ، قائد، قائممقام)
keeps its comma-apposed name, so a later surname is the same source (round 2)."""

from __future__ import annotations

import pytest

from _claims_helpers import check, source_id_of


@pytest.mark.parametrize(
    ("text", "first", "later", "name"),
    [
        ("قال محافظ الأنبار، سالم جواد العبيدي، مساء الخميس، إن ثلاثة مدنيين قتلوا في القصف. "
         "وأوضح العبيدي أن فرق الإنقاذ انتشلت جثتين.", "ثلاثة مدنيين", "انتشلت جثتين", "سالم جواد العبيدي"),
        ("قال قائممقام قضاء سنجار في محافظة نينوى، كاوا نوري حسين، إن خمسة أشخاص أصيبوا. "
         "وأضاف حسين أن الأهالي نزحوا.", "خمسة أشخاص", "الأهالي نزحوا", "كاوا نوري حسين"),
        ("وأكد قائد شرطة المدينة، العقيد مهند فاضل، يوم السبت، أن عشرة مطلوبين اعتقلوا. "
         "وتابع فاضل أن التحقيقات مستمرة.", "عشرة مطلوبين", "التحقيقات مستمرة", "مهند فاضل"),
    ],
)
def test_titled_head_keeps_apposed_name(text: str, first: str, later: str, name: str) -> None:
    check(text, "ar", first, name)
    assert source_id_of(text, "ar", first) == source_id_of(text, "ar", later)


def test_body_with_comma_adjunct_is_not_a_name() -> None:
    text = "قالت وزارة الصحة، في بيان، إن مدنيين اثنين قتلا. وقال محافظ المدينة إن الطرق أغلقت."
    c = check(text, "ar", "مدنيين اثنين", "وزارة الصحة")
    assert "في بيان" not in (c.source_text or "")


def test_headline_body_named_inside_two_later_speakers_is_the_leads() -> None:
    # the headline's short body name occurs in the lead's society and in a later federation
    text = (
        "سيول تجتاح الإقليم.. والهلال الأحمر يعلن حصيلة أولية\n\n"
        "وأعلن رئيس جمعية الهلال الأحمر الباكستاني، نعمان علي شاه، أن السيول أودت بحياة 14 شخصاً.\n\n"
        "من جهته، قال الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر إنه أطلق نداءً عاجلاً."
    )
    head = source_id_of(text, "ar", "حصيلة أولية")
    assert head == source_id_of(text, "ar", "أودت بحياة")
    assert head != source_id_of(text, "ar", "نداءً عاجلاً")


@pytest.mark.parametrize("adj", [("محلية", "محلي"), ("طبية", "طبي"), ("أمنية", "أمني")])
def test_headline_plural_sources_are_the_texts_one_source_of_that_kind(adj: tuple[str, str]) -> None:
    pl, sg = adj
    text = (
        f"الجيش يعلن مقتل 9 جنود في هجوم.. ومصادر {pl} تتحدث عن حصيلة أعلى\n\n"
        f"أعلن الجيش مقتل تسعة جنود. وقال مصدر {sg} في البلدة، طالباً عدم كشف اسمه، إن عدد القتلى تجاوز العشرين."
    )
    assert source_id_of(text, "ar", "حصيلة أعلى") == source_id_of(text, "ar", "تجاوز العشرين")


def test_headline_plural_sources_with_two_kinds_in_the_text_stay_apart() -> None:
    text = (
        "الجيش يعلن مقتل 9 جنود.. ومصادر محلية تتحدث عن حصيلة أعلى\n\n"
        "وقال مصدر محلي إن عدد القتلى تجاوز العشرين. وقال مصدر أمني إن المهاجمين فروا. "
        "وذكر مصدر محلي آخر في القرية أن السكان نزحوا."
    )
    assert source_id_of(text, "ar", "حصيلة أعلى") != source_id_of(text, "ar", "المهاجمين فروا")


def test_before_parliament_is_no_part_of_the_name() -> None:
    text = "وقال وزير الداخلية، سالم عبد الله، أمام البرلمان إن 14 مطلوباً اعتقلوا. وأضاف عبد الله أن التحقيق مستمر."
    c = check(text, "ar", "14 مطلوباً", "سالم عبد الله")
    assert "البرلمان" not in (c.source_text or "") and "البرلمان" not in c.source.name
    assert c.source.source_id == source_id_of(text, "ar", "التحقيق مستمر")


def test_he_is_before_an_svo_subjects_name() -> None:
    text = ("وقال المحافظ إن الهدوء عاد إلى المدينة. لكن مسعفاً في المستشفى، هو الدكتور كريم ناصر، "
            "قال في اتصال هاتفي إن سبعة جرحى وصلوا. وأضاف ناصر أن اثنين منهم في حالة حرجة.")
    c = check(text, "ar", "سبعة جرحى", "كريم ناصر")
    assert c.source.source_id == source_id_of(text, "ar", "في حالة حرجة")
    assert c.source.source_id != source_id_of(text, "ar", "الهدوء عاد")


@pytest.mark.parametrize("adverb", ["صباحاً", "مساءً", "ليلاً", "فجراً"])
def test_time_adverb_after_an_auxiliary_is_no_speaker(adverb: str) -> None:
    text = (f"أعلنت مديرية الصحة ارتفاع الحصيلة إلى 40 قتيلاً، بعدما كانت قد أعلنت {adverb} مقتل "
            "خمسة وعشرين شخصاً.")
    c = check(text, "ar", "خمسة وعشرين", "مديرية الصحة")
    assert adverb not in (c.source_text or "")


def test_object_verbs_body_keeps_its_place_before_a_time_adjunct() -> None:
    text = ("الدفاع: مقتل 12 جندياً\n\nأعلنت وزارة الدفاع في حكومة الوحدة، مساء الأحد، مقتل اثني عشر جندياً "
            "في هجوم على نقطة تفتيش.")
    c = check(text, "ar", "اثني عشر جندياً", "وزارة الدفاع في حكومة الوحدة")
    assert not text[c.start : c.end].startswith("في")


def test_definite_title_with_a_name_points_back_to_the_indefinite_one() -> None:
    text = ("قتل 30 شخصاً في هجوم على قرية، وفق ما قاله منسق جمعية أهلية لوكالة الأنباء. "
            "وأوضح المنسق سامي موسى أن المهاجمين أحرقوا المنازل.")
    c = check(text, "ar", "أحرقوا المنازل", "سامي موسى")
    assert c.source.source_id == source_id_of(text, "ar", "هجوم على قرية")


def test_two_domain_disaster_agency_keeps_its_whole_name() -> None:
    text = 'ارتفعت الحصيلة إلى 9 قتلى، وفق ما أعلنته إدارة الكوارث والطوارئ التركية "آفاد".'
    check(text, "ar", "9 قتلى", "إدارة الكوارث والطوارئ التركية")
