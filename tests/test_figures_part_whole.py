"""A part of a whole: "N of (the) M <noun> <verb>", "N out of M", «N من أصل M ...». The verb
after the whole's noun phrase tells what happened to the part; the whole is the group the part
came from: its own noun's category (hostages, protesters), or no figure for residents, people,
staff (a population, like "of its 200 inhabitants"). Sentences composed for the tests."""

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text, lang):
    return {f.number.text: (f.number.value, f.category) for f in find_figures(text, lang)}


# (language, sentence, {figure text: (value, category)} expected exactly)
CASES = [
    ("en", "The mayor said 1,600 of the 2,000 residents were still displaced.",
     {"1,600": (1600, "displaced")}),
    ("en", "About 900 of the town's 4,000 residents have fled their homes, the council said.",
     {"About 900": (900, "displaced")}),
    ("en", "The governor said 1,200 residents out of 5,000 had fled.",
     {"1,200": (1200, "displaced")}),
    ("en", "Police said 300 out of 1,000 protesters were arrested.",
     {"300": (300, "detained"), "1,000": (1000, "other")}),
    ("en", "The army said two of the 30 hostages were killed.",
     {"two": (2, "killed"), "30": (30, "detained")}),
    ("en", "The agency said 11 of its 40 staff were missing.", {"11": (11, "missing")}),
    ("en", "The coast guard said 40 of the 120 people on board were missing.",
     {"40": (40, "missing"), "120": (120, "other")}),
    ("en", "Eight of the 25 miners were pulled out dead, rescuers said.",
     {"Eight": (8, "killed")}),
    ("ar", "وقال رئيس المجلس إن نحو ١٬٦٠٠ من أصل ٢٬٠٠٠ من سكان البلدة ما زالوا خارج منازلهم.",
     {"نحو ١٬٦٠٠": (1600, "displaced")}),
    ("ar", "وقال المصدر إن 12 شخصاً من أصل 40 قتلوا في الهجوم.", {"12": (12, "killed")}),
    ("ar", "وقال الجيش إن اثنين من أصل 30 رهينة قتلوا.",
     {"اثنين": (2, "killed"), "30": (30, "detained")}),
    ("ar", "وذكرت الشرطة أن 300 من أصل ألف متظاهر اعتقلوا.",
     {"300": (300, "detained"), "ألف": (1000, "other")}),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_part_of_whole(lang, text, expected):
    assert _figs(text, lang) == expected


def test_range_and_list_are_not_parts():
    # "between 300 and 500" is a range, "5 of them" has no whole count
    got = _figs("Officials said between 300 and 500 people were killed.", "en")
    assert list(got.values()) == [(300, "killed")] or len(got) == 1
    got = _figs("The ministry said 12 people were killed, 5 of them children.", "en")
    assert got.get("12") == (12, "killed")


# Distractors around real counts: the troops' own verb, ratios, contact lost "with" people.
DISTRACTORS = [
    ("en", "The governor said 20,000 troops had been deployed and 150 people arrested.",
     {"150": (150, "detained")}),
    ("en", "Officials said 3,000 police were sent to the city, where 12 protesters were killed.",
     {"12": (12, "killed")}),
    ("en", "He said 300 soldiers stationed at the base were wounded.",
     {"300": (300, "wounded")}),
    ("en", "He said 1 in 4 children in the camp was malnourished.", {}),
    ("en", "The ministry said 1 in 10 of the wounded had died.", {}),
    ("ar", "وأضاف أن واحداً من كل أربعة أطفال في المخيم يعاني من سوء التغذية.", {}),
    ("ar", "وقالت المنظمة إن طفلاً من كل عشرة أطفال في المخيم مصاب بسوء التغذية.", {}),
    ("ar", "وقال الجيش إن اللواء 47 فقد الاتصال مع 14 جندياً.", {"14": (14, "missing")}),
    ("ar", "وقال خفر السواحل إنه انقطع الاتصال مع قارب يقل تسعة صيادين.",
     {"تسعة": (9, "missing")}),
]


@pytest.mark.parametrize("lang,text,expected", DISTRACTORS)
def test_distractors_around_counts(lang, text, expected):
    assert _figs(text, lang) == expected


# A competing count by a new speaker in the next clause or sentence, bare after its verb.
COMPETING = [
    ("en", "Organisers put the crowd at 250,000; police estimated 60,000.",
     {"250,000": (250000, "other"), "estimated 60,000": (60000, "other")}),
    ("en", "Organisers put the crowd at 250,000, while police estimated 60,000.",
     {"250,000": (250000, "other"), "estimated 60,000": (60000, "other")}),
    ("en", "Organisers claimed 250,000 marchers. Police said 60,000.",
     {"250,000": (250000, "other"), "60,000": (60000, "other")}),
    ("en", "The ministry said 12 people were killed. The army said 3.",
     {"12": (12, "killed"), "3": (3, "killed")}),
    ("ar", "وقدر المنظمون عدد المشاركين بـ250 ألفاً. وقالت الشرطة إنهم 60 ألفاً.",
     {"بـ250 ألفاً": (250000, "other"), "60 ألفاً": (60000, "other")}),
    # not across a paragraph, not a date or a clock time
    ("en", "The UN said 300 people had died. The storm hit on June 3.", {"300": (300, "killed")}),
    ("en", "The ministry said 12 people were killed.\nThe army said 3.", {"12": (12, "killed")}),
]


@pytest.mark.parametrize("lang,text,expected", COMPETING)
def test_competing_count_next_clause(lang, text, expected):
    assert _figs(text, lang) == expected
