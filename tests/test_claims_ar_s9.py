"""Arabic, session 9: posts quoted with no colon, one reading of "claimed responsibility", and
leftovers of session 8. Every sentence is composed here (newsroom styles of the Levant, the Gulf,
Egypt and the Maghreb; both word orders; with and without «قد» and time adverbs); none is taken
from an article or from a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


# --- 1. a post quoted after the platform phrase: a colon OR an opening quotation mark ------------
# «نشرت الوزارة على تلغرام «...»» never became a claim: the gate wanted a colon before the quote.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ونشرت الوزارة على تلغرام «قتل 12 مدنياً في القصف على البلدة».", "قتل 12 مدنياً", "الوزارة"),
        ("ونشرت وزارة الداخلية، مساء الأحد، على قناتها في تلغرام «ضبطنا 14 مهرباً على الحدود».", "ضبطنا 14 مهرباً", "وزارة الداخلية"),
        ("نشرت الداخلية المصرية عبر صفحتها الرسمية على فيسبوك \"تم ضبط 9 متهمين في القاهرة\".", "ضبط 9 متهمين", "الداخلية المصرية"),
        ("وقد نشر الجيش اللبناني على حسابه في منصة إكس «أصيب 3 عسكريين جراء القصف الإسرائيلي».", "أصيب 3 عسكريين", "الجيش اللبناني"),
        ("نشر الجيش اللبناني في منصة إكس «أصيب 3 عسكريين جراء القصف».", "أصيب 3 عسكريين", "الجيش اللبناني"),
        ("ونشر المتحدث باسم الحكومة على حسابه «نرفض هذه الاتهامات جملة وتفصيلاً».", "نرفض هذه الاتهامات", "المتحدث باسم الحكومة"),
        ("نشرت المديرية العامة للأمن الوطني على صفحتها «توقيف 7 أشخاص يشتبه في تورطهم في السرقة».", "توقيف 7 أشخاص", "المديرية العامة للأمن الوطني"),
        ("ونشرت الوزارة على منصة «إكس» «انتشال 5 جثث من تحت الأنقاض حتى الآن».", "انتشال 5 جثث", "الوزارة"),
        ("كتب المتحدث عبر حسابه في إكس \"لن نتراجع عن مطالبنا\".", "لن نتراجع", "المتحدث"),
        # the colon keeps working
        ("ونشرت الوزارة على تلغرام: «قتل 12 مدنياً في القصف».", "قتل 12 مدنياً", "الوزارة"),
    ],
)
def test_post_quoted_with_or_without_colon(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "تلغرام" not in (c.source_text or "") and "إكس" not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "نشرت الوزارة صوراً للدمار في المدينة.",
        "ونشرت الوزارة على صفحتها صوراً للدمار الذي خلفه القصف.",
        "ونشرت الوزارة على منصة «إكس» صوراً للدمار.",
        "ونشرت الوزارة على صفحة «مرصد حلب» صوراً للضحايا.",
        "نشرت الوكالة «صور الضحايا» على موقعها.",
        "ونشرت صحيفة «الأيام» تقريراً عن الحادث.",
    ],
)
def test_publishing_without_a_quoted_post_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text, "ar") if c.cue.startswith(("نشر", "ونشر"))], claims_of(text, "ar")


# --- 2. «أعلن X مسؤوليته» / «تبنى X الهجوم»: one reading, one window ----------------------------
# The negation filter read 10 tokens for «أعلن», the frame 18: a negated claim with a long subject
# between the verb and «مسؤوليته» escaped the negation test.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة في بيان نشرته على منصاتها مسؤوليتها عن الهجوم على الثكنة.", "الهجوم على الثكنة", "جماعة نصرة الإسلام والمسلمين"),
        ("وأعلن تنظيم الدولة مسؤوليته عن الهجوم الذي أودى بحياة 12 جندياً.", "أودى بحياة 12", "تنظيم الدولة"),
        ("وقد تبنى فرع تنظيم الدولة في غرب أفريقيا يوم الأحد الهجوم على المعسكر.", "الهجوم على المعسكر", "فرع تنظيم الدولة"),
        ("وتبنت حركة الشباب الهجوم على القاعدة العسكرية قرب مقديشو.", "الهجوم على القاعدة", "حركة الشباب"),
        ("أعلنت جبهة تحرير ماسينا مساء أمس عبر وكالة محلية مسؤوليتها عن الكمين الذي استهدف الدورية.", "الكمين الذي استهدف", "جبهة تحرير ماسينا"),
    ],
)
def test_claimed_attack_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "ولم تعلن أي جهة مسؤوليتها عن التفجير.",
        # the responsibility noun 13 tokens after the verb (beyond the old 10-token window)
        "ولم يعلن تنظيم الدولة الإسلامية عبر وكالة أعماق التابعة له حتى مساء اليوم مسؤوليته عن التفجير.",
        "لم تعلن الجماعة المسلحة الناشطة في منطقة الساحل الأفريقي حتى ساعة متأخرة من الليل مسؤوليتها عن الهجوم.",
        "ولم تتبنَّ أي جهة الهجوم على الحافلة حتى الآن.",
    ],
)
def test_negated_claim_of_responsibility_is_no_claim(text: str) -> None:
    assert not claims_of(text, "ar"), [text[c.start : c.end] for c in claims_of(text, "ar")]
