"""Arabic numbers inside a claim that got no figure (session 12, tuning sets). Sentences composed
for the test.

1. A definite group counted before (gold_b, gold_m; README: the same people again take the
   figure's category): a number word with the article right after a definite noun of people
   («المجندات الأربع»، «الأسرى الثلاثة») or a definite dual («الطفلين») takes the category of the
   same number counted before, also when that count is in the narration before the first claim.
   A definite count of things or of time («الدول الخمس»، «السنوات الثلاث الماضية») stays no figure,
   and so does a definite group whose number was never counted before.
2. The organisers' crowd (gold_o, gold_ad, gold_an; README: crowd sizes are `other`, organisers
   giving a crowd size are a source): a count with no noun said by the organisers («.. والمنظمون:
   مئات الآلاف»، «المنظمون يتحدثون عن "مئات الآلاف"») is the crowd, `other`. A count with its own
   cue keeps its category; places and durations the organisers name stay no figure."""

from newsclaims.extract import extract_article
from newsclaims.extract.figures import find_figures


def _cats(text, word, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return [f.category for f in find_figures(text, "ar") if f.number.start <= i < f.number.end]


def _article_cats(text, word, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return [f.category for _, f in extract_article(text, "ar").figures
            if f.number.start <= i < f.number.end]


DEFINITE_GROUP = [
    ("أعلنت الحركة الإفراج عن ثلاث مجندات صباح اليوم. وقال المكتب في بيان إن المجندات الثلاث "
     "وصلن إلى المستشفى.", "الثلاث", "detained"),
    ("قالت الوزارة إن خمسة جنود قتلوا في الهجوم. وأضافت أن الجنود الخمسة من وحدة واحدة.",
     "الخمسة", "killed"),
    ("أعلنت الشرطة اعتقال أربعة مجندين فروا من الخدمة. وقال المتحدث إن المجندين الأربعة "
     "أحيلوا إلى القضاء.", "الأربعة", "detained"),
]

NOT_THE_GROUP = [
    # things and spans of time are no group of people counted before
    "قالت الوزارة إن خمسة جنود قتلوا في الهجوم. وأضافت أن الدول الخمس اتفقت على التهدئة.",
    "قالت الوزارة إن ثلاثة جنود قتلوا في الهجوم. وأضافت أن السنوات الثلاث الماضية شهدت هدوءاً.",
    "قالت الوزارة إن ثلاثة جنود قتلوا في الهجوم. وأضافت أن المواقع الثلاثة تعرضت لهجوم.",
]


def test_definite_group_takes_the_earlier_count():
    for text, word, cat in DEFINITE_GROUP:
        assert _cats(text, word) == [cat], text


def test_definite_things_stay_no_figure():
    for text in NOT_THE_GROUP:
        word = text.split("أن ")[-1].split()[1]
        assert _cats(text, word) == [], text
        assert len(find_figures(text, "ar")) == 1, text  # only the soldiers' count


def test_definite_group_never_counted_stays_no_figure():
    text = "وقال المكتب في بيان إن المجندات الأربع وصلن إلى المستشفى."
    assert _cats(text, "الأربع") == []
    text = "وقال المسؤول إن الطفلين يبلغان من العمر ثماني سنوات."
    assert _cats(text, "الطفلين") == []


def test_a_different_number_is_no_back_reference():
    text = ("أعلنت الحركة الإفراج عن ثلاث مجندات صباح اليوم. وقال المكتب في بيان إن المجندات الأربع "
            "وصلن إلى المستشفى.")
    assert _cats(text, "الأربع") == []


# the count before is in the narration before the first claim (outside every claim)
NARRATION_FIRST = (
    "قتل طفلان وأصيبت امرأة بجروح مساء اليوم في قصف استهدف حياً سكنياً في المدينة.\n\n"
    "وأوضح مدير مكتب الصحة في المحافظة أن الطفلين يبلغان من العمر تسع سنوات، "
    "وأن المصابة نقلت إلى المستشفى.\n")


def test_definite_dual_after_narration_count():
    assert _article_cats(NARRATION_FIRST, "الطفلين") == ["killed"]


def test_definite_dual_with_no_count_before_in_article():
    text = ("وأوضح مدير مكتب الصحة في المحافظة أن الطفلين يبلغان من العمر تسع سنوات، "
            "وأن المصابة نقلت إلى المستشفى.\n")
    assert _article_cats(text, "الطفلين") == []
    # a count of something else before (two buildings destroyed: `other`) gives no category
    text = ("دمر القصف مبنيين في الحي مساء اليوم.\n\n"
            "وأوضح مدير مكتب الصحة في المحافظة أن الطفلين يبلغان من العمر تسع سنوات.\n")
    assert _article_cats(text, "الطفلين") == []


ORGANISERS_CROWD = [
    ("مسيرة كبيرة في المدينة تضامناً مع السكان.. والمنظمون: عشرات الآلاف", "عشرات"),
    ("تظاهرة في العاصمة.. والمنظمون يتحدثون عن \"مئات الآلاف\"", "مئات"),
    ("وقدر منظمو الوقفة الحضور بنحو ثلاثة آلاف.", "ثلاثة"),
]

ORGANISERS_OTHER = [
    # a count with its own cue keeps it
    ("وقال المنظمون إن خمسة متظاهرين أصيبوا خلال المسيرة.", "خمسة", ["wounded"]),
    ("وقال المنظمون إن 3 أشخاص اعتقلوا قبل المسيرة.", "3", ["detained"]),
    # places, durations and helpers are no crowd
    ("وقال المنظمون إن المهرجان سيقام في 20 مدينة الشهر المقبل.", "20", []),
    ("وقال المنظمون إن الفعالية ستستمر 3 أيام.", "3", []),
    ("وقال منظمو الحملة إن الحملة جمعت تبرعات من 40 دولة.", "40", []),
]


def test_organisers_count_is_the_crowd():
    for text, word in ORGANISERS_CROWD:
        assert _cats(text, word) == ["other"], text


def test_organisers_other_counts():
    for text, word, cats in ORGANISERS_OTHER:
        assert _cats(text, word) == cats, text
