"""Arabic figure families left failing by session 13's audits (session 14), composed as FAMILIES.

All sentences are composed for these tests (none is published text).

6. Manners of dying of people: «احترقوا»، «أحرقوا أحياء»، «شنقوا»، «ذبحوا»، «أعدموا»، «غرقوا»،
   «قضوا»، «فارقوا الحياة»، «حتى الموت», and their verbal nouns (احتراق of people، إعدام، غرق) are
   `killed`; suffocation without a death word (اختناق، «اختنقوا») is a harm, `wounded` (session-8
   decision: the difference is death); things burnt («احترقت 3 سيارات»، «احتراق 30 خيمة») stay
   `other`; people rescued from drowning or a fire are `other` (alive), not killed.
7. A partitive «N من + group noun» whose group word is itself a category word (النازحين، اللاجئين،
   المعتقلين، الجرحى، الأسرى): the verb or verbal noun decides — after the group («12 من النازحين
   قتلوا») and, fixed here, right before the count («مقتل 12 من النازحين»، «اعتقلت 20 من الجرحى»،
   «بين القتلى 7 من اللاجئين»). With no harm word the group noun still counts («100 من النازحين
   عادوا»: displaced; «5 من الأسرى أفرج عنهم»: detained).
"""

import pytest

from newsclaims.extract.figures import find_figures


def _cats(sentence, word):
    i = sentence.index(word)
    return [f.category for f in find_figures(sentence, "ar") if f.number.start <= i < f.number.end]


DEATH_MANNERS = [
    # burnt
    ("وقال الدفاع المدني إن 5 أشخاص احترقوا داخل منزلهم.", "5", "killed"),
    ("وقالت الوزارة إن 10 عمال احترقوا في المصنع.", "10", "killed"),
    ("وأفادت الوزارة باحتراق 5 أشخاص داخل الحافلة.", "5", "killed"),
    ("وقال المسؤول إن 4 أشخاص أحرقوا أحياء داخل منازلهم.", "4", "killed"),
    ("وقال الدفاع المدني إن 5 أشخاص لقوا حتفهم حرقاً.", "5", "killed"),
    # hanged, executed, slaughtered
    ("وقالت منظمة حقوقية إن 3 معتقلين شنقوا في السجن.", "3", "killed"),
    ("وقالت المنظمة إن 25 شخصاً شنقوا منذ بداية العام.", "25", "killed"),
    ("وقالت المنظمة إن السلطات شنقت 7 سجناء الشهر الماضي.", "7", "killed"),
    ("وقالت المنظمة إن 12 سجيناً أعدموا الأسبوع الماضي.", "12", "killed"),
    ("وأكدت المنظمة إعدام 12 سجيناً.", "12", "killed"),
    ("وأفادت مصادر بإعدام 4 أسرى ميدانياً.", "4", "killed"),
    ("وقال ناشطون إن 7 رهائن ذبحوا على يد المسلحين.", "7", "killed"),
    # drowned
    ("وقال خفر السواحل إن 40 مهاجراً غرقوا قبالة السواحل.", "40", "killed"),
    ("وأعلن خفر السواحل غرق 40 مهاجراً.", "40", "killed"),
    ("وقال الدفاع المدني إن 3 أطفال غرقوا في بركة مياه.", "3", "killed"),
    ("وقالت الشرطة إن 8 أشخاص لقوا مصرعهم غرقاً.", "8", "killed"),
    ("وقال الهلال الأحمر إن 11 شخصاً قضوا غرقاً في النهر.", "11", "killed"),
    # died, passed away, to death
    ("وقال المسؤول إن 9 أشخاص قضوا في الحريق.", "9", "killed"),
    ("وقال المرصد إن 3 معتقلين قضوا تحت التعذيب.", "3", "killed"),
    ("وقال المسعفون إن 3 جرحى فارقوا الحياة في المستشفى.", "3", "killed"),
    ("وقال الناشطون إن 4 معتقلين ضربوا حتى الموت.", "4", "killed"),
    ("وقال شهود إن 6 أشخاص سحقوا حتى الموت في التدافع.", "6", "killed"),
    ("وقالت الوزارة إن 5 أطفال اختنقوا حتى الموت داخل الملجأ.", "5", "killed"),
    ("وقالت الوزارة إن 5 أشخاص توفوا اختناقاً.", "5", "killed"),
    ("وذكرت المنظمة أن 20 شخصاً ماتوا اختناقاً في الشاحنة.", "20", "killed"),
    ("وأعلنت الوزارة وفاة 5 أشخاص اختناقاً بالدخان.", "5", "killed"),
    # suffocation with no death word: a harm (session 8)
    ("وقال الدفاع المدني إن 5 أطفال اختنقوا داخل الملجأ.", "5", "wounded"),
    ("وقال الناشطون إن 30 متظاهراً اختنقوا بالغاز المسيل للدموع.", "30", "wounded"),
    ("وقال الدفاع المدني إن 30 شخصاً أصيبوا بالاختناق.", "30", "wounded"),
    ("وقال مصدر طبي إن 30 شخصاً عانوا من الاختناق جراء الغاز.", "30", "wounded"),
    ("وقال الدفاع المدني إن اختناق 8 أشخاص بالدخان استدعى نقلهم.", "8", "wounded"),
    ("وذكرت الوزارة أن 14 شخصاً أصيبوا بحروق.", "14", "wounded"),
    ("وقال المستشفى إن 6 أشخاص يعانون من حروق خطيرة.", "6", "wounded"),
    # things burnt stay things
    ("وقال الدفاع المدني إن الحريق أدى إلى احتراق 30 خيمة.", "30", "other"),
    ("وقال الدفاع المدني إن 20 منزلاً احترقت بالكامل.", "20", "other"),
    ("وقال مسؤول إن النار أتت على المحال، واحترقت 3 سيارات.", "3", "other"),
    # rescued alive: not killed
    ("وقال الدفاع المدني إن 15 شخصاً أنقذوا من الغرق.", "15", "other"),
    ("وقال الجيش إنه أنقذ 40 مهاجراً من الغرق.", "40", "other"),
    ("وقال الدفاع المدني إن 10 أشخاص نجوا من الحريق.", "10", "other"),
]


@pytest.mark.parametrize("sentence, word, cat", DEATH_MANNERS, ids=[f"{c[2]}-{i}" for i, c in enumerate(DEATH_MANNERS)])
def test_manner_of_dying(sentence, word, cat):
    assert _cats(sentence, word) == [cat]


def test_two_counts_suffocated_then_died():
    s = "وقال الدفاع المدني إن 8 أشخاص اختنقوا وتوفي اثنان منهم."
    assert _cats(s, "8") == ["wounded"]
    assert _cats(s, "اثنان") == ["killed"]


PARTITIVES = [
    # the verb after the group
    ("وقالت الوزارة إن 12 من النازحين قتلوا في القصف.", "12", "killed"),
    ("وقالت المنظمة إن 20 من اللاجئين غرقوا قبالة السواحل.", "20", "killed"),
    ("وقال المرصد إن 7 من المعتقلين توفوا تحت التعذيب.", "7", "killed"),
    ("وقال مسؤول إن 3 من الجرحى توفوا في المستشفى.", "3", "killed"),
    ("وقالت الوزارة إن 40 من النازحين أصيبوا في القصف.", "40", "wounded"),
    ("وقال ناشطون إن 9 من المعتقلين أعدموا.", "9", "killed"),
    ("وقال المستشفى إن 3 من النازحين توفوا بسبب البرد.", "3", "killed"),
    ("وقالت المنظمة إن 3 من الرهائن قتلوا خلال العملية.", "3", "killed"),
    # the verb or verbal noun right before the count (fixed)
    ("وقال المرصد إن القصف أسفر عن مقتل 12 من النازحين.", "12", "killed"),
    ("وأعلنت الوزارة مقتل 12 من النازحين.", "12", "killed"),
    ("وقالت الوزارة إن القصف أسفر عن مقتل 12 من النازحين في المخيم.", "12", "killed"),
    ("وقال المرصد إن القصف أسفر عن مقتل 12 من اللاجئين.", "12", "killed"),
    ("وقال المرصد إن القصف أسفر عن مقتل 12 من المعتقلين.", "12", "killed"),
    ("وقال المرصد إن القصف أسفر عن مقتل 12 من الأسرى.", "12", "killed"),
    ("وقالت الوزارة إن القصف أدى إلى إصابة 40 من النازحين.", "40", "wounded"),
    ("وقال المرصد إن القصف أسفر عن إصابة 12 من المعتقلين.", "12", "wounded"),
    ("وقال الجيش إنه اعتقل 15 من النازحين.", "15", "detained"),
    ("وأعلنت الوزارة اعتقال 12 من النازحين.", "12", "detained"),
    ("وقالت الأمم المتحدة إنه تم اعتقال 12 من الجرحى.", "12", "detained"),
    ("وقالت الوزارة إن القوات اعتقلت 20 من الجرحى من المستشفى.", "20", "detained"),
    ("وقالت الوزارة إنه قتل 12 من المعتقلين في السجن.", "12", "killed"),
    ("وقالت الوزارة إنه توفي 3 من المعتقلين.", "3", "killed"),
    ("وقال الهلال الأحمر إنه أصيب 5 من المسعفين.", "5", "wounded"),
    ("وقالت الوزارة إن بين القتلى 12 من النازحين.", "12", "killed"),
    ("وقالت المنظمة إن من بين القتلى 7 من اللاجئين.", "7", "killed"),
    # no harm word: the group noun counts
    ("وقال المسؤول إن 100 من النازحين عادوا إلى منازلهم.", "100", "displaced"),
    ("وقالت المفوضية إن 300 من اللاجئين وصلوا إلى الحدود.", "300", "displaced"),
    ("وقال الدفاع المدني إن 8 من المصابين في حالة حرجة.", "8", "wounded"),
    ("وقال المسؤول إن 5 من الأسرى أفرج عنهم.", "5", "detained"),
    # an evacuation of the wounded keeps them wounded (no harm verb before the count)
    ("وقالت الأمم المتحدة إنه تم إجلاء 12 من الجرحى.", "12", "wounded"),
]


@pytest.mark.parametrize("sentence, word, cat", PARTITIVES, ids=[f"{c[2]}-{i}" for i, c in enumerate(PARTITIVES)])
def test_partitive_group_the_verb_decides(sentence, word, cat):
    assert _cats(sentence, word) == [cat]


def test_count_joined_after_another_count_keeps_its_group():
    # the noun right before the joined count is the first count's own noun, not this count's fate
    s = "وقالت الوزارة إن الحصيلة ارتفعت إلى 4117 شهيداً وستة عشر ألفاً وتسعمئة واثنين من الجرحى."
    assert _cats(s, "ستة عشر") == ["wounded"]
    assert _cats(s, "4117") == ["killed"]
