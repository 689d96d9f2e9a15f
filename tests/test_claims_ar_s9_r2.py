"""Arabic, session 9 round 2: the speaker phrase and the claim boundary (gold_as FINDINGS_ar "What
would generalise"). Every sentence is composed here in the styles of Levant, Gulf, Egyptian, Iraqi
and Maghreb newsrooms (both word orders, negatives); none is taken from an article or a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of


# --- 1. a participle / relative clause after the speaker ends the speaker phrase -----------------
# «وأفاد شهود تحدثوا إلى «X» بأن»: «تحدثوا» was read as the cue and «إلى «X»» as its speaker;
# «معطيات جمعتها هيئة X»: «جمعتها هيئة» was the speaker (only «نشر/أصدر» opened a relative clause).


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ("وأفاد شهود عيان تحدثوا إلى «الجزيرة نت» بأن القصف استهدف السوق وقتل 5 أشخاص.", "استهدف السوق", "شهود عيان", "الجزيرة"),
        ("وقال شهود عيان تحدثوا إلى وكالة فرانس برس إن 12 شخصاً قتلوا في الغارة.", "12 شخصاً قتلوا", "شهود عيان", "فرانس"),
        ("وذكر مسعفون تحدثوا إلى رويترز أن عدد القتلى ارتفع إلى 20.", "عدد القتلى ارتفع", "مسعفون", "رويترز"),
        ("وأكد سكان محليون تحدثوا مع «شفق نيوز» أن الطائرة المسيرة قصفت سيارة تقل 3 أشخاص.", "قصفت سيارة", "سكان محليون", "شفق"),
        ("وأوضحت مصادر طبية تحدثت إلى «اليوم السابع» أن المستشفى استقبل 9 مصابين.", "استقبل 9 مصابين", "مصادر طبية", "اليوم السابع"),
        ("أفاد ناشطون تحدثوا إلى الصحفيين بأن قوات الأمن اعتقلت 14 متظاهراً في ساحة التحرير.", "اعتقلت 14 متظاهراً", "ناشطون", "الصحفيين"),
    ],
)
def test_spoke_to_clause_ends_the_speaker(text: str, key: str, speaker: str, bad: str) -> None:
    c = check(text, "ar", key, speaker)
    assert bad not in (c.source_text or "")
    assert not c.cue.startswith("تحدث")


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ("وبحسب معطيات جمعتها هيئة شؤون الأسرى، ارتفع عدد المعتقلين في المحافظة إلى 640.", "عدد المعتقلين", "هيئة شؤون الأسرى", "جمعتها"),
        ("وحسب إحصائية أعدتها الشبكة السورية لحقوق الإنسان، قتل 112 مدنياً خلال الشهر الماضي.", "112 مدنياً", "الشبكة السورية لحقوق الإنسان", "أعدتها"),
        ("وتشير بيانات جمعتها منظمة الصحة العالمية إلى أن 14 مستشفى خرجت عن الخدمة.", "14 مستشفى", "منظمة الصحة العالمية", "جمعتها"),
        ("ووفق أرقام وثقتها المفوضية المصرية للحقوق والحريات، اختفى 27 شخصاً منذ مطلع العام.", "اختفى 27 شخصاً", "المفوضية المصرية", "وثقتها"),
        ("وبحسب حصيلة أحصتها الرابطة المغربية لحقوق الإنسان، أوقف 45 مهاجراً قرب السياج.", "أوقف 45 مهاجراً", "الرابطة المغربية لحقوق الإنسان", "أحصتها"),
        ("وطبقاً لإحصاءات رصدتها مفوضية حقوق الإنسان العراقية فإن 31 متظاهراً أصيبوا.", "31 متظاهراً", "مفوضية حقوق الإنسان", "رصدتها"),
    ],
)
def test_data_compiled_by_a_body(text: str, key: str, speaker: str, bad: str) -> None:
    c = check(text, "ar", key, speaker)
    assert bad not in (c.source_text or "")


def test_spoke_about_is_still_a_cue() -> None:
    # «تحدث ... عن»: what was spoken of is a content (the aside reading needs no «عن»)
    text = "وتحدث الوزير إلى الصحفيين عن مقتل 4 جنود في الهجوم على الثكنة."
    assert any("4 جنود" in text[c.start : c.end] for c in claims_of(text, "ar"))


# --- 2. «، لكنه/كما + cue» and «، وتوعّدت/وهدّدت» open a new claim of the same speaker ------------


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        ("وأكد والي الولاية سقوط الضحايا، لكنه قدّر عدد القتلى بنحو 35 شخصاً.", "سقوط الضحايا", "بنحو 35", "والي الولاية"),
        ("وأكد المحافظ وقوع الانفجار، لكنه نفى سقوط قتلى بين المدنيين.", "وقوع الانفجار", "سقوط قتلى", "المحافظ"),
        ("وأعلن الجيش مقتل 6 مسلحين، كما أكد اعتقال 11 آخرين.", "مقتل 6", "اعتقال 11", "الجيش"),
        ("أعلنت وزارة الداخلية ضبط 40 كيلوغراماً من المخدرات، كما أعلنت توقيف 7 مهربين.", "ضبط 40", "توقيف 7", "وزارة الداخلية"),
        ("وقال الناطق باسم الشرطة إن 3 عناصر قتلوا، لكنه أكد أن الوضع تحت السيطرة.", "3 عناصر", "الوضع تحت السيطرة", "الناطق باسم الشرطة"),
        ("وأفاد المصدر بأن 8 أشخاص قتلوا، كما أشار إلى أن 15 آخرين أصيبوا.", "8 أشخاص", "15 آخرين", "المصدر"),
        ("ونعت القيادة في بيان الجنود الخمسة، وتوعدت بملاحقة المهاجمين.", "الجنود الخمسة", "بملاحقة المهاجمين", "القيادة"),
        ("ونفت الحركة مسؤوليتها عن التفجير، وهددت بالرد على أي اعتداء.", "عن التفجير", "بالرد على", "الحركة"),
        ("وقال الجيش إن 5 جنود قتلوا في الكمين، وهدد بالرد على الهجوم.", "5 جنود", "بالرد على الهجوم", "الجيش"),
    ],
)
def test_second_cue_opens_a_new_claim(text: str, first: str, second: str, speaker: str) -> None:
    a = check(text, "ar", first, speaker)
    b = check(text, "ar", second, speaker)
    assert second not in text[a.start : a.end]
    assert first not in text[b.start : b.end]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a verb of the reported content, no introducer: still one claim
        ("وقال المتحدث إن المنظمة ترحب بالقرار، لكنها تطالب بوقف القصف.", "تطالب بوقف"),
        # a non-speech verb after «كما»
        ("وأعلنت الشرطة اعتقال 5 أشخاص، كما صادرت كميات من الأسلحة.", "صادرت"),
    ],
)
def test_no_new_claim_without_a_speech_verb(text: str, inside: str) -> None:
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and inside in text[cs[0].start : cs[0].end], [text[c.start : c.end] for c in cs]


# --- 3. «هدّد/توعّد ... بـ»: threat cues, a PP may stand between the subject and «بـ» -----------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وهددت قوات الدعم السريع، في منشور على تلغرام، بـ\"نقل المعركة إلى بورتسودان\".", "نقل المعركة", "قوات الدعم السريع"),
        ("وتوعد الحوثيون، في بيان على قناة المسيرة، بالرد على الغارات الأمريكية.", "بالرد على الغارات", "الحوثيون"),
        ("وهدد المتحدث باسم الحركة، خلال مؤتمر صحفي، بـ«استهداف كل المواقع العسكرية».", "استهداف كل المواقع", "المتحدث باسم الحركة"),
        ("وهدّد الجيش الوطني الليبي بالرد بقوة على أي هجوم يستهدف قواته.", "بالرد بقوة", "الجيش الوطني الليبي"),
        ("وتوعدت وزارة الداخلية العراقية مساء الجمعة بملاحقة منفذي الهجوم على الحاجز.", "بملاحقة منفذي", "وزارة الداخلية العراقية"),
        ("توعّد قائد الشرطة في ولاية الخرطوم بمحاسبة كل من يثبت تورطه في أعمال النهب.", "بمحاسبة كل", "قائد الشرطة"),
        ("ويتوعد حزب الله بالانتقام لمقتل قادته في الغارة.", "بالانتقام لمقتل", "حزب الله"),
    ],
)
def test_threat_cue_with_ba(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "الفيضانات تهدد آلاف المنازل في المنطقة الساحلية.",
        "ويهدد نقص الوقود حياة مئات المرضى في المستشفيات.",
        "وتهدد الأمطار الغزيرة بقطع الطرق الجبلية في المنطقة.",
    ],
)
def test_danger_is_no_threat_claim(text: str) -> None:
    assert not [c for c in claims_of(text, "ar") if c.cue.lstrip("و").startswith(("يهدد", "تهدد", "هدد"))], claims_of(text, "ar")
