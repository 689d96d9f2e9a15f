"""Arabic (session 5, wire copy): «أفاد X بـ<verbal noun>» of a derived form; counts and estimates
named by an owner adjective («حسب تقديرات أممية») are a source of their own; «واتهمت Y بـ...»
after a claim keeps the clause's speaker (Y is the accused); «غير أن / إلا أن» after a comma is
"however", never the content of the verb before it; a time phrase with a year is never a speaker.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of, source_id_of


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("من جهته، أفاد المستشفى الأهلي باستقبال 19 جثة وعشرات الجرحى منذ الفجر.", "19 جثة", "المستشفى الأهلي"),
        ("وأفاد مراسلنا في حلب بارتقاء أربعة مدنيين في قصف على حي سكني.", "أربعة مدنيين", "مراسلنا في حلب"),
        ("وأفادت مصادر محلية بانهيار مبنى من خمسة طوابق على ساكنيه.", "مبنى من خمسة", "مصادر محلية"),
        ("وأفاد الهلال الأحمر بانتشال 12 جثة من البحر.", "12 جثة", "الهلال الأحمر"),
    ],
)
def test_afada_with_a_derived_verbal_noun(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_a_speaker_phrase_with_bi_keeps_its_place() -> None:
    text = "وأفاد مصدر بمستشفى الشفاء بأن سبعة جرحى وصلوا خلال الليل."
    check(text, "ar", "سبعة جرحى", "مصدر بمستشفى الشفاء")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقال الجيش إن قواته صدت الهجوم. وتشهد المنطقة نزاعاً خلّف أكثر من 20 ألف قتيل، حسب تقديرات أممية.",
         "20 ألف قتيل", "تقديرات أممية"),
        ("وأكدت الشرطة توقيف 30 شخصاً. ونزح نحو 4 آلاف شخص منذ مطلع العام، وفق إحصاءات حكومية.",
         "4 آلاف شخص", "إحصاءات حكومية"),
    ],
)
def test_counts_named_by_an_owner_adjective(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # generic adjectives point back to the last speaker
        ("وقالت الوزارة إن 9 أشخاص قتلوا. وأصيب 14 آخرون، حسب أرقام رسمية.", "14 آخرون", "الوزارة"),
        ("وأعلن الدفاع المدني انتشال جثتين. وما زال 3 في عداد المفقودين، وفق بيان مشترك.", "3 في عداد", "الدفاع المدني"),
        # what an act was based on is no speaker of its own
        ("وقالت القيادة إن طائراتها نفذت ثلاث ضربات استناداً إلى معلومات استخبارية دقيقة.", "ثلاث ضربات", "القيادة"),
    ],
)
def test_generic_statement_adjectives_point_back(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)
    for c in claims_of(text, "ar"):
        assert c.source.name not in ("مشترك", "أرقام رسمية", "معلومات استخبارية")


@pytest.mark.parametrize(
    ("text", "key", "speaker", "accused"),
    [
        ('وقالت الحركة في بيان إنها "لا تستهدف المدنيين"، واتهمت الجيش باستخدام الأحياء دروعاً بشرية.',
         "الأحياء دروعاً", "الحركة", "الجيش"),
        ("وأعلنت الوزارة مقتل 6 أشخاص في القصف، واتهمت الميليشيات بخرق الهدنة.", "بخرق الهدنة", "الوزارة", "الميليشيات"),
    ],
)
def test_accused_after_the_verb_is_not_the_speaker(text: str, key: str, speaker: str, accused: str) -> None:
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", accused)


def test_accuser_and_accused_both_named() -> None:
    check("واتهمت الشبكة الدعم السريع بقصف المخيم.", "ar", "بقصف المخيم", "الشبكة")


@pytest.mark.parametrize(
    "text",
    [
        "وكان البلد قد أعلن أواخر عام 2017 النصر على التنظيم، غير أن خلاياه ما زالت تنشط في الصحراء.",
        "وكانت الحكومة قد أعلنت مطلع سنة 2020 انتهاء العمليات، إلا أن الهجمات تواصلت في الشمال.",
    ],
)
def test_however_is_not_the_content(text: str) -> None:
    for c in claims_of(text, "ar"):
        assert "ما زالت" not in text[c.start : c.end]
    assert_no_speaker(text, "ar", "2017")
    assert_no_speaker(text, "ar", "2020")


def test_however_before_a_new_speaker() -> None:
    text = "وأعلن الجيش مقتل 5 مسلحين، إلا أن مصادر محلية قالت إن القتلى مدنيون."
    check(text, "ar", "مقتل 5 مسلحين", "الجيش")
    check(text, "ar", "القتلى مدنيون", "مصادر محلية")


def test_a_country_commission_is_not_the_un_office() -> None:
    text = "وقالت مفوضية حقوق الإنسان العراقية إن فرقها رصدت اعتقال 40 متظاهراً."
    c = check(text, "ar", "اعتقال 40", "مفوضية حقوق الإنسان العراقية")
    assert c.source.source_id != "ohchr"
    c2 = check("وقالت مفوضية حقوق الإنسان إن 12 مدنياً قتلوا في القصف.", "ar", "12 مدنياً", "مفوضية")
    assert c2.source.source_id == "ohchr"


def test_a_group_adjective_keeps_the_registered_group() -> None:
    c = check("وقالت جماعة أنصار الله الحوثية إن 4 من عناصرها قتلوا.", "ar", "4 من عناصرها", "أنصار الله")
    assert c.source.registered


def test_the_centre_affiliated_to_the_ministry_is_the_centre() -> None:
    text = ("أعلن مركز الطوارئ والإسعاف في بنغازي الثلاثاء أن الاشتباكات أوقعت ستة قتلى.\n\n"
            "وأوضح المركز التابع لوزارة الصحة عبر صفحته أن فرقه أجلت 90 عائلة.")
    assert source_id_of(text, "ar", "ستة قتلى") == source_id_of(text, "ar", "90 عائلة")


def test_reaching_an_agreement_is_the_object() -> None:
    c = check("وأعلنت الحكومة المؤقتة التوصل إلى وقف لإطلاق النار بوساطة محلية.", "ar", "وقف لإطلاق النار", "الحكومة المؤقتة")
    assert "التوصل" not in (c.source_text or "")


def test_description_closed_by_a_registered_short_name() -> None:
    c = check("وقالت وكالة الأنباء الرسمية (سانا) إن 4 مدنيين أصيبوا بقذائف.", "ar", "4 مدنيين", "وكالة الأنباء الرسمية")
    assert c.source.source_id == "sana"


def test_a_gloss_of_the_owner_is_not_the_speaker() -> None:
    text = "قالت وزارة الصحة في حكومة صنعاء التابعة لجماعة أنصار الله (الحوثيين) إن الغارات قتلت 74 شخصاً."
    c = check(text, "ar", "74 شخصاً", "وزارة الصحة")
    assert c.source.source_id != "houthis"
