"""Arabic no-figure-made classes of session 11 (gold figures inside a predicted claim that got no
figure, tuning sets; /work/notes/nofig_ar_s11.md). Sentences composed for the test.

1. Things swept away, collapsed, damaged or burned (README: things destroyed, burnt or damaged are
   `other`) where the verb is a verbal noun or a sweep verb before a thing's dual («انهيار جسرين»،
   «جرفت المياه جسرين»، «ألحق أضراراً بمدرستين»), or a passive after the thing's noun phrase
   («ثلاثين سيارة أُحرقت»، «مدرستين ... تضررتا»، «... سيارة خاصة تعرضت للإحراق»): gold_ac, gold_w,
   gold_an, gold_v. People swept away stay no `other`, places destroyed stay no figure.
2. Accidents counted are events the speaker counts, `other` (gold_e, gold_af, gold_ah, gold_am: all
   nine accident counts of the tuning sets): «في 1.207 حوادث مرور»، «سجلت 418 حادثاً». The toll
   around them keeps its own category; aftershocks stay no figure."""

import pytest

from newsclaims.extract.figures import find_figures


def _cats(sentence, word):
    i = sentence.index(word)
    return [f.category for f in find_figures(sentence, "ar") if f.number.start <= i < f.number.end]


THINGS_DAMAGED = [
    ("وقالت البلدية إن السيول جرفت جسرين وأتلفت شبكة الطرق في المنطقة.", "جسرين"),
    ("وأفاد المحافظ بأن انهيار جسرين فوق الوادي قطع الطريق إلى القرى الجبلية.", "جسرين"),
    ("وذكرت الوزارة في بيان أن القصف ألحق أضراراً بمستشفيين في المدينة.", "بمستشفيين"),
    ("وأشار المسؤول إلى أن الفيضان ألحق أضرارا بمدرستين ابتدائيتين.", "بمدرستين"),
    ("وأوضحت الوكالة أن مدرستين تابعتين لها تضررتا خلال الاقتحام.", "مدرستين"),
    ("وقال شهود إن نحو أربعين سيارة أُحرقت خلال الليل في حي السلام.", "أربعين"),
    ("وقال الحارس لـ«الشرق» إن 15 محلاً تجارياً أُحرقت في السوق.", "15"),
    ("وأضاف الناطق أن 35 حافلة للنقل و12 سيارة أجرة تعرضت للإحراق.", "35"),
    ("وأضاف الناطق أن 35 حافلة للنقل و12 سيارة أجرة تعرضت للإحراق.", "12"),
    ("وبحسب الدفاع المدني، فإن 18 منزلاً تعرضت لأضرار جسيمة بسبب العاصفة.", "18"),
    ("وقال المسؤول إن 12 شاحنة تعرضت للتدمير في الغارة.", "12"),
]

KEPT_THINGS = [
    # people swept away or killed in a collapse keep no `other`
    ("وقالت السلطات إن السيول جرفت شخصين في الوادي.", "شخصين", []),
    ("وقال الدفاع المدني إن انهيار مبنى قديم أدى إلى مقتل ثلاثة أشخاص.", "ثلاثة", ["killed"]),
    # places stay no figure, destroyed or not; things seized or sent stay no figure
    ("وقال الحاكم إن ثلاث قرى دمرت بالكامل.", "ثلاث", []),
    ("وقالت الشرطة إن 20 سيارة مسروقة صودرت خلال الحملة.", "20", []),
    ("وقالت الوزارة إنها أرسلت 30 سيارة إسعاف إلى المنطقة.", "30", []),
    # the wounded before the burned vehicles stay wounded
    ("وقالت الشرطة إن 7 عناصر أصيبوا وإن 12 سيارة للأمن تعرضت للإحراق.", "7", ["wounded"]),
]

ACCIDENTS = [
    ("وقالت المديرية إن 38 شخصاً لقوا حتفهم وأصيب 1.412 آخرون بجروح في 1.207 حوادث مرور خلال أسبوع.",
     "1.207"),
    ("وأفادت الحماية المدنية بتسجيل 7 وفيات و23 جريحاً في 15 حادث مرور خلال 48 ساعة.", "15"),
    ("وأوضح البيان أن الولاية سجلت أثقل حصيلة بوفاة ستة أشخاص وإصابة 74 آخرين في 52 حادثاً.", "52"),
    ("وأكدت القيادة أن وحداتها سجلت 418 حادثاً في المناطق التي تغطيها، خلّفت 29 قتيلاً و611 جريحاً.",
     "418"),
    ("وقال مدير المرور إن المديرية سجلت 7340 حادثاً مرورياً خلال المدة نفسها.", "7340"),
    ("وأعلنت المديرية تسجيل 1.035 حادث مرور خلفت 31 قتيلاً و1.420 جريحاً خلال أسبوع.", "1.035"),
    ("وقال المسؤول إن 217 حادثاً مرورياً وقعت خلال العيد وأسفرت عن وفاة 14 شخصاً.", "217"),
    ("وأوضح المتحدث أن الوحدات سجلت 64 حادث سير في المدن الكبرى.", "64"),
]

KEPT_TOLLS = [
    # the toll of the accidents keeps its category
    ("وأعلنت المديرية تسجيل 1.035 حادث مرور خلفت 31 قتيلاً و1.420 جريحاً خلال أسبوع.", "31", ["killed"]),
    ("وأعلنت المديرية تسجيل 1.035 حادث مرور خلفت 31 قتيلاً و1.420 جريحاً خلال أسبوع.", "1.420",
     ["wounded"]),
    ("وقال المسؤول إن 217 حادثاً مرورياً وقعت خلال العيد وأسفرت عن وفاة 14 شخصاً.", "14", ["killed"]),
    ("وقالت الشرطة إن 12 شخصاً أصيبوا في حادث مرور على الطريق السريع.", "12", ["wounded"]),
    ("وقال المتحدث إن 5 أشخاص قتلوا في حادث سير مروع.", "5", ["killed"]),
    ("وقال الوزير إن ثلاثة قتلى سقطوا في حوادث متفرقة.", "ثلاثة", ["killed"]),
    # aftershocks stay no figure
    ("وقال المرصد إنه سجل 40 هزة ارتدادية منذ الزلزال.", "40", []),
]


@pytest.mark.parametrize("sentence,word", THINGS_DAMAGED)
def test_things_swept_away_damaged_or_burned_are_other(sentence, word):
    assert _cats(sentence, word) == ["other"]


@pytest.mark.parametrize("sentence,word,cats", KEPT_THINGS)
def test_people_places_and_things_not_damaged_keep_their_reading(sentence, word, cats):
    assert _cats(sentence, word) == cats


@pytest.mark.parametrize("sentence,word", ACCIDENTS)
def test_accidents_counted_are_other(sentence, word):
    assert _cats(sentence, word) == ["other"]


@pytest.mark.parametrize("sentence,word,cats", KEPT_TOLLS)
def test_accident_tolls_keep_their_category(sentence, word, cats):
    assert _cats(sentence, word) == cats
