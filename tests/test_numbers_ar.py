"""Arabic number parser: digits of every script, number words with gender/case and clitics,
compounds, multipliers, vague quantities, bounds and ranges. Sentences composed for the tests."""

import pytest

from _numbers_helpers import assert_number
from newsclaims.extract.numbers import find_numbers

INF = None

# (sentence, expected mention text, value, value_low, value_high, kind)
CASES = [
    # digits, three scripts, separators, multipliers
    ("قتل 60 عنصرا في الهجوم", "60", 60, 60, 60, "exact"),
    ("قتل ٦٠ عنصرا في الهجوم", "٦٠", 60, 60, 60, "exact"),
    ("قتل ۶۰ عنصرا في الهجوم", "۶۰", 60, 60, 60, "exact"),
    ("نزح 1,200 شخص من القرية", "1,200", 1200, 1200, 1200, "exact"),
    ("نزح ١٬٢٠٠ شخص من القرية", "١٬٢٠٠", 1200, 1200, 1200, "exact"),
    ("نزح 1.5 مليون شخص منذ بداية الحرب", "1.5 مليون", 1.5e6, 1.5e6, 1.5e6, "exact"),
    ("نزح ١٫٥ مليون شخص", "١٫٥ مليون", 1.5e6, 1.5e6, 1.5e6, "exact"),
    ("فر ٣ آلاف مدني من البلدة", "٣ آلاف", 3000, 3000, 3000, "exact"),
    ("فر 10 آلاف مدني من البلدة", "10 آلاف", 10000, 10000, 10000, "exact"),
    ("يعيش 5 ملايين لاجئ في دول الجوار", "5 ملايين", 5e6, 5e6, 5e6, "exact"),
    ("وصل عدد المعتقلين إلى 2 مليون", "2 مليون", 2e6, 2e6, 2e6, "exact"),
    # clitics glued to digits
    ("قتل خمسة مدنيين و20 عنصرا", "و20", 20, 20, 20, "exact"),
    ("ارتفعت الحصيلة لـ60 قتيلا", "لـ60", 60, 60, 60, "exact"),
    ("بلغت الحصيلة ال60 قتيلا", "ال60", 60, 60, 60, "exact"),
    # units, both genders and cases, with clitics
    ("قتل واحد من المسلحين", "واحد", 1, 1, 1, "exact"),
    ("أصيب اثنان من المدنيين", "اثنان", 2, 2, 2, "exact"),
    ("أصيبت اثنتان من النساء", "اثنتان", 2, 2, 2, "exact"),
    ("اعتقلت الشرطة اثنين من الناشطين", "اثنين", 2, 2, 2, "exact"),
    ("قتلت ثلاث نساء", "ثلاث", 3, 3, 3, "exact"),
    ("قتل ثلاثة رجال", "ثلاثة", 3, 3, 3, "exact"),
    ("قتل أربعة جنود وخمسة مدنيين", "وخمسة", 5, 5, 5, "exact"),
    ("قتل أربعة جنود وخمسة مدنيين", "أربعة", 4, 4, 4, "exact"),
    ("أصيبت خمس نساء بجروح", "خمس", 5, 5, 5, "exact"),
    ("قتل ستة عناصر", "ستة", 6, 6, 6, "exact"),
    ("جرحت ست نساء", "ست", 6, 6, 6, "exact"),
    ("قتل سبعة أطفال", "سبعة", 7, 7, 7, "exact"),
    ("عثر على ثمانية جثث", "ثمانية", 8, 8, 8, "exact"),
    ("قتلت ثماني نساء", "ثماني", 8, 8, 8, "exact"),
    ("فقد تسعة صيادين", "تسعة", 9, 9, 9, "exact"),
    ("أعدم عشرة أسرى", "عشرة", 10, 10, 10, "exact"),
    ("أفرج عن عشر نساء", "عشر", 10, 10, 10, "exact"),
    ("أشارت المصادر إلى سقوط ثلاثةٍ من العناصر", "ثلاثةٍ", 3, 3, 3, "exact"),
    ("وقال إن بخمسة صواريخ استهدفت الموقع", "بخمسة", 5, 5, 5, "exact"),
    ("أكد أن الخمسة قتلوا في القصف", "الخمسة", 5, 5, 5, "exact"),
    ("وللثلاثة أطفال أسماء معروفة", "وللثلاثة", 3, 3, 3, "exact"),
    # teens
    ("قتل أحد عشر جنديا", "أحد عشر", 11, 11, 11, "exact"),
    ("قتلت إحدى عشرة امرأة", "إحدى عشرة", 11, 11, 11, "exact"),
    ("قتل اثنا عشر مدنيا", "اثنا عشر", 12, 12, 12, "exact"),
    ("شاهد اثني عشر جثمانا", "اثني عشر", 12, 12, 12, "exact"),
    ("أصيبت اثنتا عشرة امرأة", "اثنتا عشرة", 12, 12, 12, "exact"),
    ("نقلت اثنتي عشرة جثة", "اثنتي عشرة", 12, 12, 12, "exact"),
    ("قتل ثلاثة عشر مسلحا", "ثلاثة عشر", 13, 13, 13, "exact"),
    ("قتلت خمس عشرة امرأة", "خمس عشرة", 15, 15, 15, "exact"),
    ("اعتقل تسعة عشر شابا", "تسعة عشر", 19, 19, 19, "exact"),
    # tens and compounds
    ("قتل عشرون مدنيا", "عشرون", 20, 20, 20, "exact"),
    ("أحصت المنظمة ستين قتيلا", "ستين", 60, 60, 60, "exact"),
    ("قتل ستون عنصرا", "ستون", 60, 60, 60, "exact"),
    ("قتل ثلاثة وعشرون مدنيا", "ثلاثة وعشرون", 23, 23, 23, "exact"),
    ("أحصى خمسا وأربعين غارة", None, None, None, None, None),  # placeholder removed below
    ("قتل خمسة و أربعون شخصا", "خمسة و أربعون", 45, 45, 45, "exact"),
    ("وثق المرصد سبعة وتسعين قتيلا", "سبعة وتسعين", 97, 97, 97, "exact"),
    # hundreds
    ("قتل مئة شخص", "مئة", 100, 100, 100, "exact"),
    ("قتل مائة شخص", "مائة", 100, 100, 100, "exact"),
    ("أصيب مئتان من المتظاهرين", "مئتان", 200, 200, 200, "exact"),
    ("اعتقل نحو مئتين من المحتجين", "نحو مئتين", 200, 200, 200, "approximate"),
    ("نزحت مائتا أسرة", "مائتا", 200, 200, 200, "exact"),
    ("قتل ثلاثمئة مدني", "ثلاثمئة", 300, 300, 300, "exact"),
    ("قتل ثلاثمائة مدني", "ثلاثمائة", 300, 300, 300, "exact"),
    ("قتل ثلاث مئة مدني", "ثلاث مئة", 300, 300, 300, "exact"),
    ("قتل مئة وخمسون شخصا", "مئة وخمسون", 150, 150, 150, "exact"),
    ("قتل مائة وثلاثة وعشرون شخصا", "مائة وثلاثة وعشرون", 123, 123, 123, "exact"),
    ("شنت الطائرات خمسمائة غارة", "خمسمائة", 500, 500, 500, "exact"),
    # thousands, millions
    ("شارك ألف متظاهر", "ألف", 1000, 1000, 1000, "exact"),
    # a singular before its noun is "ألفُ/ألفَ متظاهر" (no alif): "ألفا متظاهر" is the dual
    ("شارك ألفا متظاهر", "ألفا", 2000, 2000, 2000, "exact"),
    ("نزح ألفان من السكان", "ألفان", 2000, 2000, 2000, "exact"),
    ("نزح ألفين من السكان", "ألفين", 2000, 2000, 2000, "exact"),
    # "ألفا"/"مليونا" alone before an indefinite noun: the dual in construct
    ("لقي ألفا شخص حتفهم في الفيضانات", "ألفا", 2000, 2000, 2000, "exact"),
    ("فرّ مليونا نازح من الإقليم منذ الربيع", "مليونا", 2e6, 2e6, 2e6, "exact"),
    ("اعتُقل الفا متظاهر خلال أسبوع", "الفا", 2000, 2000, 2000, "exact"),
    # ... and the accusative singular otherwise (tanween, a number before, من, end of clause)
    ("تجاوز عدد المفقودين ألفاً بحسب الصليب الأحمر", "ألفاً", 1000, 1000, 1000, "exact"),
    ("قتل ألفًا شخص بحسب رواية الأهالي", "ألفًا", 1000, 1000, 1000, "exact"),
    ("نزح ألفا من سكان القرى الحدودية", "ألفا", 1000, 1000, 1000, "exact"),
    ("بلغ عدد الجرحى ألفا، وفق الوزارة", "ألفا", 1000, 1000, 1000, "exact"),
    ("بلغ عدد النازحين 35 ألفا شخص", "35 ألفا", 35000, 35000, 35000, "exact"),
    ("قتل ألفا وثلاثمئة شخص", "ألفا وثلاثمئة", 1300, 1300, 1300, "exact"),
    # a plural verb or nominative plural after it: the accusative 1 000, no construct
    ("قالت المفوضية إن ألفا نزحوا من القرية", "ألفا", 1000, 1000, 1000, "exact"),
    ("ذكر المسؤول أن ألفا يعيشون في المخيم", "ألفا", 1000, 1000, 1000, "exact"),
    ("أكد الدفاع المدني أن مليونا فروا من المدينة", "مليونا", 1e6, 1e6, 1e6, "exact"),
    ("قالت الأمم المتحدة إن ألفا لاجئ عبروا الحدود", "ألفا", 2000, 2000, 2000, "exact"),
    ("نزح ثلاثة آلاف شخص", "ثلاثة آلاف", 3000, 3000, 3000, "exact"),
    ("نزح عشرة آلاف شخص", "عشرة آلاف", 10000, 10000, 10000, "exact"),
    ("نزح أحد عشر ألفا", "أحد عشر ألفا", 11000, 11000, 11000, "exact"),
    ("نزح مئة ألف شخص", "مئة ألف", 100000, 100000, 100000, "exact"),
    ("نزح مئتا ألف شخص", "مئتا ألف", 200000, 200000, 200000, "exact"),
    ("نزح ثلاثمائة ألف شخص", "ثلاثمائة ألف", 300000, 300000, 300000, "exact"),
    ("نزح ألفان وخمسمئة شخص", "ألفان وخمسمئة", 2500, 2500, 2500, "exact"),
    ("نزح ثلاثة آلاف ومئتا شخص", "ثلاثة آلاف ومئتا", 3200, 3200, 3200, "exact"),
    ("نزح مليون شخص", "مليون", 1e6, 1e6, 1e6, "exact"),
    ("نزح مليونان", "مليونان", 2e6, 2e6, 2e6, "exact"),
    ("نزح مليون ونصف المليون", "مليون ونصف المليون", 1.5e6, 1.5e6, 1.5e6, "exact"),
    ("نزح ثلاثة ملايين شخص", "ثلاثة ملايين", 3e6, 3e6, 3e6, "exact"),
    ("بلغت الحصيلة أربعمائة وستة وثلاثين قتيلا", "أربعمائة وستة وثلاثين", 436, 436, 436,
     "exact"),
    ("ارتفعت الحصيلة إلى 27 ألفاً و540 شهيدا", "27 ألفاً و540", 27540, 27540, 27540, "exact"),
    ("نزح 4 آلاف و85 شخصا", "4 آلاف و85", 4085, 4085, 4085, "exact"),
    ("أصيب واحد وثلاثون شخصا", "واحد وثلاثون", 31, 31, 31, "exact"),
    ("أصيبت إحدى وأربعون امرأة", "إحدى وأربعون", 41, 41, 41, "exact"),
    ("يحتاج قرابة مليوني طفل إلى اللقاح", "قرابة مليوني", 2e6, 2e6, 2e6, "approximate"),
    # dual nouns count 2
    ("أصيب جنديان في الهجوم", "جنديان", 2, 2, 2, "exact"),
    ("قتلت امرأتين في القصف", "امرأتين", 2, 2, 2, "exact"),
    ("أعلن مقتل شخصين", "شخصين", 2, 2, 2, "exact"),
    ("دمر المقاتلون دبابتين", "دبابتين", 2, 2, 2, "exact"),
    # vague quantities (ACLED lower bounds)
    ("أصيب عشرات المدنيين", "عشرات", 10, 10, INF, "vague"),
    ("أصيب العشرات بجروح", "العشرات", 10, 10, INF, "vague"),
    ("ونقل لعشرات من آخرين جرحى", "لعشرات", 10, 10, INF, "vague"),
    ("اعتقل مئات الشبان", "مئات", 100, 100, INF, "vague"),
    ("نزح آلاف السكان", "آلاف", 1000, 1000, INF, "vague"),
    ("نزح الآلاف من السكان", "الآلاف", 1000, 1000, INF, "vague"),
    ("تظاهر عشرات الآلاف في الساحة", "عشرات الآلاف", 10000, 10000, INF, "vague"),
    ("نزح مئات الآلاف", "مئات الآلاف", 100000, 100000, INF, "vague"),
    ("فر ملايين السوريين", "ملايين", 1e6, 1e6, INF, "vague"),
    # bounds
    ("قتل أكثر من 200 شخص", "أكثر من 200", 200, 200, INF, "at_least"),
    ("قتل ما لا يقل عن 15 مدنيا", "ما لا يقل عن 15", 15, 15, INF, "at_least"),
    ("قتل ما يزيد عن خمسين شخصا", "ما يزيد عن خمسين", 50, 50, INF, "at_least"),
    ("قتل ما يزيد على ٣٠ شخصا", "ما يزيد على ٣٠", 30, 30, INF, "at_least"),
    ("اعتقل أزيد من 40 شخصا", "أزيد من 40", 40, 40, INF, "at_least"),
    ("قتل بأكثر من عشرين غارة", "بأكثر من عشرين", 20, 20, INF, "at_least"),
    ("قتل 60 على الأقل", "60 على الأقل", 60, 60, INF, "at_least"),
    ("قال إن العدد لا يتجاوز ألفي شخص", "لا يتجاوز ألفي", 2000, 0, 2000, "at_most"),
    ("قد يصل العدد إلى حتى 300 شخص", "حتى 300", 300, 0, 300, "at_most"),
    ("قتل ما لا يزيد عن عشرة", "ما لا يزيد عن عشرة", 10, 0, 10, "at_most"),
    ("اعتقل أقل من 50 شخصا", "أقل من 50", 50, 0, 50, "at_most"),
    ("قتل نحو 60 عنصرا", "نحو 60", 60, 60, 60, "approximate"),
    ("قتل حوالي ستين عنصرا", "حوالي ستين", 60, 60, 60, "approximate"),
    ("نزح قرابة 10 آلاف", "قرابة 10 آلاف", 10000, 10000, 10000, "approximate"),
    ("نزح زهاء ألفي شخص", "زهاء ألفي", 2000, 2000, 2000, "approximate"),
    ("قتل ما يقارب 70 شخصا", "ما يقارب 70", 70, 70, 70, "approximate"),
    ("قتل 70 تقريبا", "70 تقريبا", 70, 70, 70, "approximate"),
    # ranges
    ("نزح بين 9 و10 آلاف شخص", "بين 9 و10 آلاف", 9000, 9000, 10000, "approximate"),
    ("قتل ما بين 150 و200 شخص", "ما بين 150 و200", 150, 150, 200, "approximate"),
    ("قتل من 150 إلى 350 شخصا", "من 150 إلى 350", 150, 150, 350, "approximate"),
    ("قتل 150-350 شخصا", "150-350", 150, 150, 350, "approximate"),
    ("قتل أربعة أو خمسة أشخاص", "أربعة أو خمسة", 4, 4, 5, "approximate"),
]
CASES = [c for c in CASES if c[1] is not None]


@pytest.mark.parametrize("sentence,expected,value,low,high,kind", CASES)
def test_arabic_number(sentence, expected, value, low, high, kind):
    assert_number(sentence, "ar", expected, value, low, high, kind)


# (sentence, text that must NOT be (part of) a number mention)
NOT_NUMBERS = [
    ("قتل مدنيون يوم الاثنين الماضي", "الاثنين"),
    ("في القرن التاسع عشر", "عشر"),
    ("في الذكرى الحادية عشرة للثورة", "عشرة"),
    ("قال أحد الجنود إن الهجوم فشل", "أحد"),
    ("قالت إحدى النساء إن ابنها قتل", "إحدى"),
    ("شارك في الاجتماع يوم الأربعاء", "الأربعاء"),
    ("تقدمت القوات يوم الثلاثاء", "الثلاثاء"),
    ("وصلت الخمسينيات من العمر", "الخمسينيات"),
    ("قالت الأستاذة إن الستينات كانت هادئة", "الستينات"),
    ("تنقل أسرته إلى الجنوب", "أسرته"),
    ("أعلن وقف إطلاق النار الساعة 10:30 صباحا", "10"),
    ("جرى الهجوم في 2016-09-17", "2016"),
    ("صدر البيان في 17/09/2016", "17"),
    ("ارتفعت الأسعار بنسبة 12 في المئة", "المئة"),
    ("قالت إحدى المسعفات إن المستشفى امتلأ", "إحدى"),
    ("وقال واحد من الشهود إن القصف عنيف", "من"),
]


@pytest.mark.parametrize("sentence,word", NOT_NUMBERS)
def test_arabic_not_number(sentence, word):
    found = find_numbers(sentence, "ar")
    i = sentence.index(word)
    for m in found:
        assert not (m.start <= i < m.end), f"{word!r} parsed as {m}"


def test_mentions_sorted_non_overlapping_and_region():
    s = "قتل 5 أشخاص وأصيب ثلاثة وعشرون آخرون، ونزح أكثر من ألفي شخص."
    found = find_numbers(s, "ar")
    assert [m.text for m in found] == ["5", "ثلاثة وعشرون", "أكثر من ألفي"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    start = s.index("وأصيب")
    inside = find_numbers(s, "ar", start, s.index("،"))
    assert [m.text for m in inside] == ["ثلاثة وعشرون"]
    assert all(start <= m.start for m in inside)


def test_diacritics_keep_exact_spans():
    s = "قُتِلَ خمسةٌ وعشرونَ عنصراً وأُصيبَ أكثرُ مِن مئةٍ"
    found = find_numbers(s, "ar")
    assert [m.value for m in found] == [25, 100]
    for m in found:
        assert s[m.start:m.end] == m.text
    assert found[1].kind == "at_least"


def test_rise_from_to_is_not_a_range():
    s = "ارتفعت الحصيلة من 50 إلى 60 قتيلا"
    found = find_numbers(s, "ar")
    assert [(m.text, m.kind) for m in found] == [("50", "exact"), ("60", "exact")]


def test_dual_noun_after_a_number_is_its_noun_not_a_second_number():
    found = find_numbers("بين الضحايا أربعة مسعفين وطفلان", "ar")
    assert [(m.text, m.value) for m in found] == [("أربعة", 4), ("وطفلان", 2)]


def test_five_and_twenty_are_separate_digits():
    found = find_numbers("قتل 5 و20 جريحا", "ar")
    assert [m.value for m in found] == [5, 20]


# --- Round 2 ------------------------------------------------------------------------------
# "X آلاف/ألفا وY" is one number only when Y < 1000 and nothing stands between (numbers_ar.yaml)
ROUND2 = [
    ("ارتفعت الحصيلة إلى 38 ألفا و214 قتيلا", "38 ألفا و214", 38214),
    ("ارتفعت الحصيلة إلى 38 ألفاً و214 قتيلا", "38 ألفاً و214", 38214),
    ("أصيب 6 آلاف و45 شخصا", "6 آلاف و45", 6045),
    ("نحو مليون و300 ألف نازح", "نحو مليون و300 ألف", 1.3e6),
    ("يواجه نصف مليون شخص الجوع", "نصف مليون", 5e5),
    # generic duals of person nouns: -ان always, -ين for broken plurals or with a fatha
    ("قتل شابان في المواجهات", "شابان", 2),
    ("اعتقل الجيش شابين من البلدة", "شابين", 2),
    ("قتل مسلحَين في الكمين", "مسلحَين", 2),
    ("استشهاد مواطنَين في الغارة", "مواطنَين", 2),
    ("أصيب مواطنان بجروح", "مواطنان", 2),
    ("أسر المقاتلون ضابطين", "ضابطين", 2),
    ("نقل طفلتان إلى المستشفى", "طفلتان", 2),
]


@pytest.mark.parametrize("sentence,expected,value", ROUND2)
def test_round2_arabic_number(sentence, expected, value):
    got = [(m.text, m.value) for m in find_numbers(sentence, "ar")]
    assert (expected, value) in got, got


ROUND2_SPLIT = [
    # Y >= 1000, or a noun between: two numbers
    ("بلغ العدد 3 آلاف و1500", [("3 آلاف", 3000), ("و1500", 1500)]),
    ("قتل 5 آلاف شخص و20 جريحا", [("5 آلاف", 5000), ("و20", 20)]),
    # a year is not the low end of a range
    ("منذ أكتوبر 2023 إلى 41 ألفا", [("2023", 2023), ("41 ألفا", 41000)]),
]


@pytest.mark.parametrize("sentence,expected", ROUND2_SPLIT)
def test_round2_arabic_numbers_kept_apart(sentence, expected):
    assert [(m.text, m.value) for m in find_numbers(sentence, "ar")] == expected


ROUND2_NOT = [
    ("مسلحين", "هاجم مسلحين الحاجز"),  # no fatha: the plural "gunmen"
    ("مواطنين", "طالب مواطنين بالمساعدة"),
    ("طالبان", "سيطرت حركة طالبان على المعبر"),  # looks dual: Taliban
    ("العاملين", "أضرب آلاف العاملين"),
    ("كميات", "قدرت كميات الأمطار"),  # ك + "مئات" look-alike
    ("نصف", "قتل نصف السكان"),  # "half of": no number
]


@pytest.mark.parametrize("word,sentence", ROUND2_NOT)
def test_round2_arabic_not_number(word, sentence):
    i = sentence.index(word)
    for m in find_numbers(sentence, "ar"):
        assert not (m.start <= i < m.end), f"{word!r} read as {m}"


def test_region_starting_inside_a_date_reads_no_number():
    s = "رام الله 12-3-2024 - استشهد شابان"
    start = s.index("3-2024")
    assert [m.text for m in find_numbers(s, "ar", start)] == ["شابان"]


@pytest.mark.parametrize("sentence,text,value", [
    ("قتل ٣،٠٠٠ شخص", "٣،٠٠٠", 3000),          # Arabic comma as thousands separator
    ("نزح ١٢،٥٠٠ شخص", "١٢،٥٠٠", 12500),
    ("قتل ٣٬٠٠٠ شخص", "٣٬٠٠٠", 3000),          # Arabic thousands separator
    ("نزح 4,5 آلاف شخص", "4,5 آلاف", 4500),     # decimal comma before a multiplier
    ("نزح ٢،٥ مليون شخص", "٢،٥ مليون", 2500000),
    ("قتل ٣ آلاف و٥٠٠ شخص", "٣ آلاف و٥٠٠", 3500),
])
def test_round3_separators(sentence, text, value):
    got = [(n.text, n.value) for n in find_numbers(sentence, "ar")]
    assert got == [(text, value)]


@pytest.mark.parametrize("sentence,expected", [
    ("في 3، 4 و5 من الشهر", [3, 4, 5]),          # a list with Arabic commas and spaces
    ("قتل 12،13 شخصا", [12, 13]),                # two digits after the comma: not thousands
    ("بأن كمية الأمطار كبيرة", []),               # كمية is not ك + مية
])
def test_round3_not_separators(sentence, expected):
    assert [n.value for n in find_numbers(sentence, "ar")] == expected


@pytest.mark.parametrize("sentence, expected, value, kind", [
    ("قال إن 109 آلاف شخص نزحوا", "109 آلاف", 109000, "exact"),  # digits + آلاف for any N
    ("نزح 25 آلاف مدني", "25 آلاف", 25000, "exact"),
    ("نزح 4 آلاف مدني", "4 آلاف", 4000, "exact"),
    ("خرج آلافاً إلى الشوارع", "آلافاً", 1000, "vague"),  # accusative plural alone
    ("أوضح أن المصابَين نقلا إلى المستشفى", "المصابَين", 2, "exact"),  # dual with fatha
    # a dual noun with its number adjective is one count, written as the adjective
    # the dual noun and its number adjective are written as one figure (gold_t, gold_v)
    ("أعلن الجيش أسر معتقلَين اثنين", "معتقلَين اثنين", 2, "exact"),
    ("أفرج عن الأسرى الثلاثة عشر", "الثلاثة عشر", 13, "exact"),
    ("نزوح مئات الآلاف من السكان", "مئات الآلاف", 100000, "vague"),
])
def test_round6_arabic_forms(sentence, expected, value, kind):
    found = [m for m in find_numbers(sentence, "ar") if m.text == expected]
    assert found, [m.text for m in find_numbers(sentence, "ar")]
    assert found[0].value == value and found[0].kind == kind


@pytest.mark.parametrize("sentence, word", [
    ("نقل المصابين إلى المستشفى", "المصابين"),  # plural without the fatha: no number
    ("قتل منذ 2011 آلاف الأشخاص", "2011 آلاف"),  # a year is not multiplied
])
def test_round6_arabic_not_numbers(sentence, word):
    assert word not in [m.text for m in find_numbers(sentence, "ar")]


@pytest.mark.parametrize("sentence, values", [
    ("أعلن الجيش أسر معتقلَين اثنين", [2]),          # not 2 + 2
    ("وأعلنت الشرطة توقيف مستوطنَين اثنين", [2]),
    ("قتل جنديين اثنين وأصيب طفلان", [2, 2]),        # two counts: each once
    ("أصيب جنديان، واثنان من المدنيين", [2, 2]),     # a comma between: two counts
])
def test_dual_with_number_adjective_counts_once(sentence, values):
    assert [n.value for n in find_numbers(sentence, "ar")] == values


@pytest.mark.parametrize("sentence, expected", [
    # two dual nouns joined by و are two counts (the second is not the first one's noun)
    ("بينهم طفلان وأسيران سابقان", [("طفلان", 2), ("وأسيران", 2)]),
    ("أصيب جنديان وطفلان في القصف", [("جنديان", 2), ("وطفلان", 2)]),
    ("أفرج عن سجينين وصحفيين اثنين", [("سجينين", 2), ("وصحفيين اثنين", 2)]),
    # two injuries as a dual noun
    ("وصلت 9 إصابات، بينها إصابتان خطيرتان", [("9", 9), ("إصابتان", 2)]),
    ("ونقلت إصابتين إلى المستشفى", [("إصابتين", 2)]),
])
def test_coordinated_duals_count_each(sentence, expected):
    assert [(n.text, n.value) for n in find_numbers(sentence, "ar")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a second number of thousands after "X آلاف و": a range, not X thousand and Y
    ("قدر المنظمون عددهم بين عشرة آلاف واثني عشر ألفاً",
     [("بين عشرة آلاف واثني عشر ألفاً", 10000, 12000)]),
    ("نزح ما بين ثلاثة آلاف وخمسة آلاف شخص", [("ما بين ثلاثة آلاف وخمسة آلاف", 3000, 5000)]),
    ("بين مليونين وثلاثة ملايين نازح", [("بين مليونين وثلاثة ملايين", 2e6, 3e6)]),
    # ... while smaller parts still join: 3 500, 3 025, 1 200 000
    ("بلغ العدد ثلاثة آلاف وخمسمئة شخص", [("ثلاثة آلاف وخمسمئة", 3500, 3500)]),
    ("ثلاثة آلاف وخمسة وعشرون", [("ثلاثة آلاف وخمسة وعشرون", 3025, 3025)]),
    ("نزح مليون ومئتا ألف شخص", [("مليون ومئتا ألف", 1.2e6, 1.2e6)]),
])
def test_second_multiplier_starts_a_new_number(sentence, expected):
    assert [(n.text, n.value_low, n.value_high) for n in find_numbers(sentence, "ar")] \
        == expected


# accusative ثلاثاً, duals of things counted when destroyed, فتيان (plural of فتى), the
# feminine and possessive person duals (composed sentences)
@pytest.mark.parametrize("sentence,expected,value", [
    ("واستقبل المستشفى ثلاثاً وعشرين إصابة.", "ثلاثاً وعشرين", 23),
    ("وقال إن القصف دمر جسرين على النهر.", "جسرين", 2),
    ("وأفاد بأن مدرستين تضررتا.", "مدرستين", 2),
    ("وقال إن الحريق أتى على مخزنين للحبوب.", "مخزنين", 2),
    ("وبين المعتقلين أسيرتان محررتان.", "أسيرتان", 2),
    ("وبينهم سائحان أجنبيان.", "سائحان", 2),
])
def test_round_lm_arabic_numbers(sentence, expected, value):
    assert_number(sentence, "ar", expected, value, value, value, "exact")


@pytest.mark.parametrize("sentence,word", [
    ("وقال إن أغلب الضحايا من الرجال والفتيان.", "والفتيان"),
    ("وتعود الرفات لرجال وفتيان.", "وفتيان"),
])
def test_round_lm_arabic_not_numbers(sentence, word):
    assert all(m.text != word for m in find_numbers(sentence, "ar"))


# a quarter of a multiplier, and a quarter added after one (composed sentences, gold_s)
@pytest.mark.parametrize("sentence,expected,value", [
    ("وقال الضابط إن ربع مليون مصلٍّ احتشدوا في الموقع.", "ربع مليون", 250000),
    ("وقدّر المنظمون عدد المشاركين بمليون وربع شخص.", "بمليون وربع", 1250000),
    ("وأوضح أن مليوناً ونصف المليون نزحوا.", "مليوناً ونصف المليون", 1500000),
])
def test_round_st_arabic_fractions(sentence, expected, value):
    found = [(m.text, m.value) for m in find_numbers(sentence, "ar")]
    assert (expected, value) in found, found


def test_round_st_a_quarter_alone_is_no_number():
    assert find_numbers("وقال إن ربع السكان غادروا المدينة.", "ar") == []


def test_a_few_and_ten_is_thirteen_at_least():
    from newsclaims.extract.numbers import find_numbers
    for text in ("تبحث عن بضعة عشر مفقوداً", "إن بضع عشرة امرأة"):
        assert [n.value for n in find_numbers(text, "ar")] == [13]
    assert find_numbers("إن بضعة أشخاص أصيبوا", "ar") == []


def test_round_s5b2_two_workers_dual_but_not_the_plural_of_those_working():
    found = [(m.text, m.value) for m in find_numbers("وقالت الشرطة إن عاملان زراعيان قتلا.", "ar")]
    assert ("عاملان", 2) in found, found
    assert find_numbers("وقالت إن العاملين في المجال الإنساني غادروا.", "ar") == []
