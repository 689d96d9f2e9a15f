"""Arabic, session 8 round 2: the lead's second-round decisions and the leftovers of gold_al,
gold_am and gold_an (tests/gold_al/FINDINGS_ar.md, tests/gold_am/FINDINGS_ar.md,
tests/gold_an/FINDINGS.md). Every case is a composed sentence in some newsroom's style (other
groups, places, word orders); none is taken from an article or a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


# --- claiming an attack is a claim of the group (the lead's decision, session 8) ---------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وتبنّت جماعة أنصار السنة الهجوم في بيان بثته عبر قناتها، زاعمة أن عناصرها قتلوا 9 جنود.", "الهجوم في بيان", "جماعة أنصار السنة"),
        ("وأعلن تنظيم الدولة الإسلامية عبر وكالته مسؤوليته عن التفجير، زاعماً أنه قتل 14 عنصراً.", "مسؤوليته عن التفجير", "تنظيم الدولة الإسلامية"),
        ("من جهتها، أعلنت حركة الشباب في بيان مسؤوليتها عن الهجوم على الفندق.", "مسؤوليتها عن الهجوم", "حركة الشباب"),
        ("وتبنت جبهة تحرير ماسينا الهجوم.", "الهجوم", "جبهة تحرير ماسينا"),
        ("وتبنّت جماعة «أنصار الإسلام»، المرتبطة بتنظيم القاعدة، الكمين في رسالة إلى الصحفيين، قائلة إنها أسرت 5 جنود.", "الكمين في رسالة", "أنصار الإسلام"),
        ("وتبنّى فصيل منشق عن جبهة التحرير الهجوم على الحافلة.", "الهجوم على الحافلة", "فصيل منشق عن جبهة التحرير"),
        ("قال الجيش إن 6 جنود قتلوا، فيما تبنّت حركة الشباب الهجوم في بيان عبر إذاعتها، وقالت إنه أسفر عن مقتل 20.", "الهجوم في بيان", "حركة الشباب"),
        # a headline: «PLACE: «X» يتبنى هجوماً على ...» — the quoted group claims, the attack is the content
        ("النيجر: «ولاية الساحل» يتبنى هجوماً على ثكنة للجيش\n\nنيامي - قال الجيش إن 12 جندياً قتلوا.", "هجوماً على ثكنة", "ولاية الساحل"),
        ("الصومال: حركة الشباب تتبنى تفجيراً في سوق بلدوين\n\nمقديشو - قالت الشرطة إن 8 أشخاص قتلوا.", "تفجيراً في سوق", "حركة الشباب"),
    ],
)
def test_claiming_an_attack_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "ولم تتبنَّ أي جهة الهجوم حتى مساء الأحد.",
        "ولم يعلن أي تنظيم مسؤوليته عن التفجير حتى الآن.",
        "ولم يصدر عن الجماعة أي بيان يتبنى الهجوم حتى ساعة كتابة الخبر.",
        "ولا تعلن الحركة عادةً مسؤوليتها عن مثل هذه الهجمات.",
    ],
)
def test_no_claim_of_an_attack_not_claimed(text: str) -> None:
    assert claims_of(text, "ar") == []


def test_a_statement_that_claims_the_attack_is_no_claim_of_its_own() -> None:
    text = "وزعمت الجماعة، في بيان تبنّت فيه الهجوم، أنها قتلت 40 من عناصر الميليشيات."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and "قتلت 40" in text[cs[0].start : cs[0].end]
    check(text, "ar", "قتلت 40", "الجماعة")


@pytest.mark.parametrize(
    "text",
    [
        # a habitual description is background, no claim (the lead's decision)
        "ولم يصدر تعليق من الحركة المسلحة، التي تتهم الجيش عادةً باستهداف المدنيين.",
        "ولم تعلق الميليشيا على الحادث، وهي التي تتهم عادة القوات الحكومية بخرق الهدنة.",
    ],
)
def test_habitual_accusation_is_no_claim(text: str) -> None:
    assert claims_of(text, "ar") == []


@pytest.mark.parametrize(
    ("text", "faction", "parent_key"),
    [
        ("وأعلن فصيل منشق عن جبهة التحرير مسؤوليته عن الهجوم، فيما نفى المتحدث باسم الجبهة الأم، سالم داود، أي علاقة لها به.", "فصيل منشق عن جبهة التحرير", "أي علاقة"),
        ("وتبنّى فصيل من الحركة الشعبية الهجوم، بينما نفى الناطق باسم الحركة الأم أي صلة به.", "فصيل من الحركة الشعبية", "أي صلة"),
    ],
)
def test_the_parent_body_is_not_the_faction(text: str, faction: str, parent_key: str) -> None:
    cs = claims_of(text, "ar")
    assert faction in (check(text, "ar", "الهجوم", faction).source_text or "")
    parent = check(text, "ar", parent_key, "الأم")
    assert parent.source.source_id != check(text, "ar", "الهجوم", faction).source.source_id, [c.source.name for c in cs]


# --- an earlier statement inside a claim is a claim of its own («بعد أن كانت قد أعلنت في وقت سابق عن») --


@pytest.mark.parametrize(
    ("text", "first_key", "second_key", "speaker"),
    [
        ("وقالت الوزارة إن 20 شخصاً قتلوا، بعد أن كانت قد أعلنت في وقت سابق عن مقتل 12 شخصاً.", "20 شخصاً", "مقتل 12", "الوزارة"),
        ("وأكدت الشرطة مقتل 7 أشخاص، بعدما كانت قد تحدثت مساء الأحد عن 4 قتلى.", "مقتل 7", "4 قتلى", "الشرطة"),
        ("وقال المرصد إن 15 مدنياً قتلوا في القصف، بعد أن كان قد أعلن في وقت سابق عن إصابة 20.", "15 مدنياً", "إصابة 20", "المرصد"),
        ("ورفعت هيئة الإسعاف الحصيلة إلى 31 قتيلاً، وقالت إن 9 في حالة حرجة، بعد أن كانت قد أعلنت أمس عن 18 قتيلاً.", "9 في حالة", "18 قتيلاً", "هيئة الإسعاف"),
        ("وأعلن الدفاع المدني انتشال 40 جثة، بعد أن كان قد أعلن في وقت سابق عن انتشال 25.", "انتشال 40", "انتشال 25", "الدفاع المدني"),
    ],
)
def test_an_earlier_statement_is_its_own_claim(text: str, first_key: str, second_key: str, speaker: str) -> None:
    a = check(text, "ar", first_key, speaker)
    b = check(text, "ar", second_key, speaker)
    assert (a.start, a.end) != (b.start, b.end)
    assert second_key not in text[a.start : a.end]


def test_an_earlier_statement_of_another_speaker() -> None:
    text = "وقالت وزارة الصحة إن الحصيلة ارتفعت إلى 30 قتيلاً، بعد أن كانت الأمم المتحدة قد أعلنت في وقت سابق عن مقتل 12 شخصاً."
    check(text, "ar", "30 قتيلاً", "وزارة الصحة")
    check(text, "ar", "مقتل 12", "الأمم المتحدة")


# --- posts quoted: «نشرت X على تلغرام: «...»»، «كتب X على منصة إكس: ...» ---------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ونشرت وزارة الداخلية على تلغرام: «قتل 12 مسلحاً في العملية».", "12 مسلحاً", "وزارة الداخلية"),
        ("ونشرت الوزارة على قناتها في تلغرام: \"أصيب 5 عناصر\".", "أصيب 5", "الوزارة"),
        ("ونشر محافظ الإقليم على حسابه في فيسبوك: «انتشلنا 14 جثة حتى الآن».", "14 جثة", "محافظ الإقليم"),
        ("ونشرت هيئة البث عبر منصة إكس: «الحصيلة ارتفعت إلى 9 قتلى».", "9 قتلى", "هيئة البث"),
        ("وكتب وزير الداخلية على منصة إكس: «اعتقلنا 30 مشتبهاً بهم».", "30 مشتبهاً", "وزير الداخلية"),
        ("وكتبت منسقة الشؤون الإنسانية على منصة «إكس»: «قتل 27 طفلاً في أسبوع».", "27 طفلاً", "منسقة الشؤون الإنسانية"),
    ],
)
def test_a_post_quoted_is_a_claim(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "على" not in (c.source_text or "") and "عبر" not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "ونشرت الصحيفة تقريراً عن الهجوم.",
        "ونشرت الوزارة على موقعها صوراً للدمار.",
        "ونشر الناشطون على فيسبوك مقاطع مصورة للقصف.",
    ],
)
def test_publishing_without_a_quoted_post_is_no_claim(text: str) -> None:
    assert claims_of(text, "ar") == []


# --- a headline's second part after «..» with its own registered subject («.. والدعم السريع تنفي») ----


@pytest.mark.parametrize(
    ("text", "key", "speaker", "not_speaker"),
    [
        ("السودان: لجان المقاومة تتحدث عن 40 قتيلاً .. والدعم السريع تنفي استهداف المدنيين\n\nالخرطوم - قالت قوات الدعم السريع إن السوق استهدف.",
         "استهداف المدنيين", "الدعم السريع", "لجان"),
        ("اليمن: الصحة تعلن 12 قتيلاً .. والحوثيون يتهمون التحالف بقصف السوق\n\nصنعاء - قالت وزارة الصحة إن 12 قتلوا.",
         "بقصف السوق", "الحوثيون", "الصحة"),
        ("دارفور: شهود يتحدثون عن 25 قتيلاً .. والدعم السريع تنفي مهاجمة المخيم\n\nنيالا - قال شهود إن القصف استمر ساعات.",
         "مهاجمة المخيم", "الدعم السريع", "شهود"),
    ],
)
def test_headline_second_speaker_after_two_dots(text: str, key: str, speaker: str, not_speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert not_speaker not in (c.source_text or "")


# --- a headline's short name of a long body name («لجنة تقصي الحقائق:» / «... وتقصي الحقائق ...») ---


@pytest.mark.parametrize(
    ("text", "head_key", "body_key"),
    [
        ("لجنة تقصي الحقائق: توثيق مقتل 200 شخص في أحداث الجنوب\n\nعمان - أعلنت اللجنة الوطنية المستقلة للتحقيق وتقصي الحقائق في أحداث الجنوب أنها وثقت مقتل 200 شخص.",
         "توثيق مقتل 200", "وثقت مقتل"),
        ("هيئة مكافحة الفساد: توقيف 14 موظفاً\n\nالرباط - قالت الهيئة الوطنية للنزاهة والوقاية من الفساد ومكافحة الفساد إنها أحالت 14 موظفاً على القضاء.",
         "توقيف 14", "أحالت 14"),
        ("نقابة عمال الموانئ: 3 آلاف عامل في الإضراب\n\nالإسكندرية - قالت النقابة العامة لعمال الموانئ إن 3 آلاف عامل توقفوا عن العمل.",
         "3 آلاف عامل في", "توقفوا عن"),
    ],
)
def test_headline_short_name_is_the_body(text: str, head_key: str, body_key: str) -> None:
    from _claims_helpers import claim_with

    cs = claims_of(text, "ar")
    assert claim_with(cs, text, head_key).source.source_id == claim_with(cs, text, body_key).source.source_id


# --- the event's time clause after a trailing relay («، بحسب ما أعلنته X في بيان، بعد ...») ----------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وانتشلت فرق الإنقاذ 9 جثث، بحسب ما أعلنته هيئة الإسعاف في بيان مساء الأحد، بعد العثور على جثتين أخريين تحت الأنقاض.", "جثتين أخريين", "هيئة الإسعاف"),
        ("وارتفعت حصيلة القتلى إلى 14، وفق ما ذكرته الشرطة، إثر وفاة 3 جرحى في المستشفى.", "وفاة 3 جرحى", "الشرطة"),
        ("وقتل 5 أشخاص، بحسب مصادر طبية، عقب سقوط قذيفتين على السوق.", "سقوط قذيفتين", "مصادر طبية"),
    ],
)
def test_time_clause_after_a_trailing_relay(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_a_trailing_relay_at_the_end_keeps_its_clause() -> None:
    text = "وقتل 5 أشخاص في القصف، بحسب الدفاع المدني."
    c = check(text, "ar", "5 أشخاص", "الدفاع المدني")
    assert "الدفاع" not in text[c.start : c.end]
