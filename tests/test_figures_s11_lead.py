"""Figure rules of session 11 (lead), each a general construction met in the tuning sets or in
both languages' conventions. Sentences composed for the test.

1. Arabic: «يوم» followed by a weekday or «أمس» is the day a count happened, not a duration
   («توفي ثلاثة يوم الجمعة», «اعتقلت 12 يوم السبت و7 يوم الأحد»); «ثلاثة أيام», «40 يوماً»
   stay durations.
2. Arabic: tens or hundreds after a time noun are no number adjective of it («في بعض الأيام
   يلفظ البحر العشرات من الجثث»); «ليالي الاحتجاجات الأربع» stays a duration.
3. English accidents counted are `other`, as in Arabic (every accident count of the tuning sets
   is annotated so): "in 15 road accidents"; the toll around them keeps its own category.
4. English: the subject of an ACTIVE category verb whose object is a count is the agent, not
   the victim ("Three explosions killed 12 people", "Four gunmen killed at least 30"); passives
   ("21 passengers had been killed") keep the verb's category."""

import pytest

from newsclaims.extract.figures import find_figures


def _cats(sentence, word, lang):
    i = sentence.index(word)
    return [f.category for f in find_figures(sentence, lang) if f.number.start <= i < f.number.end]


@pytest.mark.parametrize("sentence, word, expected", [
    ("وأفاد مصدر طبي بأن خمسة أصيبوا، وتوفي ثلاثة يوم الجمعة متأثرين بجروحهم.", "ثلاثة", ["killed"]),
    ("وقالت الشرطة إنها اعتقلت 12 يوم السبت و7 يوم الأحد في المدينة.", "12", ["detained"]),
    ("وقالت الشرطة إنها اعتقلت 12 يوم السبت و7 يوم الأحد في المدينة.", "و7", ["detained"]),
    ("وذكر الدفاع المدني أن السيول جرفت سيارة تقل عائلة، وقضى أربعة يوم أمس غرقاً.", "أربعة", ["killed"]),
    ("وقالت وزارة الصحة إن الغارة قتلت 6 يوم الاثنين وأصابت آخرين.", "6", ["killed"]),
    ("وقال الصيادون إن في بعض الأيام يلفظ البحر العشرات من الجثث على الشاطئ.", "العشرات", ["killed"]),
    # durations stay durations
    ("وقال المسؤول إن الحصار استمر 40 يوما قبل أن يرفع.", "40", []),
    ("وأضاف أن الهدنة صمدت ثلاثة أيام فقط، بحسب الوسطاء.", "ثلاثة", []),
    ("وقال إن الاعتصام دام خمسة أيام متتالية.", "خمسة", []),
    ("وقال الأهالي إنهم قضوا ليالي الاحتجاجات الأربع في الشوارع.", "الأربع", []),
])
def test_arabic_day_after_a_count(sentence, word, expected):
    assert _cats(sentence, word, "ar") == expected


@pytest.mark.parametrize("sentence, word, expected", [
    ("Police said they recorded 418 road accidents over the holiday, in which 37 people died.", "418", ["other"]),
    ("Police said they recorded 418 road accidents over the holiday, in which 37 people died.", "37", ["killed"]),
    ("The ministry said 7 people died and 23 were injured in 15 road accidents.", "15", ["other"]),
    ("The ministry said 7 people died and 23 were injured in 15 road accidents.", "23", ["wounded"]),
    ("There had been 12 crashes on the motorway since Friday, the traffic police said.", "12", ["other"]),
    ("The quake was followed by 40 aftershocks, the institute said.", "40", []),
])
def test_english_accidents_counted(sentence, word, expected):
    assert _cats(sentence, word, "en") == expected


@pytest.mark.parametrize("sentence, word, expected", [
    ("Three explosions killed 12 people near the market, police said.", "Three", ["other"]),
    ("Three explosions killed 12 people near the market, police said.", "12", ["killed"]),
    ("Four gunmen killed at least 30 villagers, the governor said.", "Four", ["other"]),
    ("Four gunmen killed at least 30 villagers, the governor said.", "30", ["killed"]),
    ("The ministry said 1,207 accidents killed 96 people last year.", "1,207", ["other"]),
    # the victims stay victims: passives, and verbs with no count after them
    ("21 passengers had been killed, officials said.", "21", ["killed"]),
    ("Nine devotees, including six women, were killed, police said.", "Nine", ["killed"]),
    ("Five soldiers were wounded in the attack, the army said.", "Five", ["wounded"]),
    ("At least 35 are believed to be dead, the mayor said.", "35", ["killed"]),
])
def test_english_active_verb_with_a_count_object(sentence, word, expected):
    assert _cats(sentence, word, "en") == expected
