"""Breadth of number forms in both languages (session 12): one composed attributed news sentence
per form a count takes (words with and without hyphens, multipliers, fractions, decimals, digit
scripts and separators, bounds before and after, ranges, vague quantities, clitics), checked for
value, interval and kind; and forms that must give no figure (dates, percentages, ages, money,
durations, ordinals). Sentences composed for the tests."""

import pytest

from _numbers_helpers import assert_number
from newsclaims.extract.figures import find_figures
from newsclaims.extract.numbers import find_numbers

INF = None

EN = [
    ("Police said nearly two dozen people were arrested.", "nearly two dozen", 24, 24, 24,
     "approximate"),
    ("Officials said a dozen people were killed.", "a dozen", 12, 12, 12, "exact"),
    ("Witnesses said scores of people were wounded.", "scores", 20, 20, INF, "vague"),
    ("Officials said dozens more were wounded.", "dozens", 12, 12, INF, "vague"),
    ("The UN said hundreds of thousands had fled.", "hundreds of thousands", 1e5, 1e5, INF,
     "vague"),
    ("The UN said tens of thousands had fled.", "tens of thousands", 1e4, 1e4, INF, "vague"),
    ("The agency said 1.2m people were displaced.", "1.2m", 1.2e6, 1.2e6, 1.2e6, "exact"),
    ("The agency said a million people were displaced.", "a million", 1e6, 1e6, 1e6, "exact"),
    ("Police said some 300 people were arrested.", "some 300", 300, 300, 300, "approximate"),
    ("Police said at least a dozen people were arrested.", "at least a dozen", 12, 12, INF,
     "at_least"),
    ("Officials said more than a hundred people were killed.", "more than a hundred", 100, 100,
     INF, "at_least"),
    ("Officials said close to 1,000 people were killed.", "close to 1,000", 1000, 1000, 1000,
     "approximate"),
    ("Officials said just under 40 people were killed.", "just under 40", 40, 0, 40, "at_most"),
    ("Officials said an estimated 40 people were killed.", "an estimated 40", 40, 40, 40,
     "approximate"),
    ("Medics said from 150 to 200 people were wounded.", "from 150 to 200", 150, 150, 200,
     "approximate"),
    ("Medics said nine hundred and twelve people were wounded.", "nine hundred and twelve", 912,
     912, 912, "exact"),
    ("Medics said nine hundred twelve people were wounded.", "nine hundred twelve", 912, 912,
     912, "exact"),
    ("Medics said ninety-nine people were wounded.", "ninety-nine", 99, 99, 99, "exact"),
    ("Medics said three thousand four hundred people were wounded.",
     "three thousand four hundred", 3400, 3400, 3400, "exact"),
    ("Medics said two thousand and five people were wounded.", "two thousand and five", 2005,
     2005, 2005, "exact"),
    ("The UN said 12.000 people fled.", "12.000", 12000, 12000, 12000, "exact"),
    ("The UN said 1,234,567 people fled.", "1,234,567", 1234567, 1234567, 1234567, "exact"),
    ("The ministry said more than 1.5 million people fled.", "more than 1.5 million", 1.5e6,
     1.5e6, INF, "at_least"),
    ("The ministry said 500 or more people fled.", "500 or more", 500, 500, INF, "at_least"),
    ("The ministry said two to three thousand people fled.", "two to three thousand", 2000,
     2000, 3000, "approximate"),
    ("The ministry said several thousand people fled.", "several thousand", 1000, 1000, INF,
     "vague"),
    ("Officials said nearly half a million people were displaced.", "nearly half a million",
     5e5, 5e5, 5e5, "approximate"),
    ("Officials said over a dozen were killed.", "over a dozen", 12, 12, INF, "at_least"),
    ("Officials said 1.2 to 1.5 million were displaced.", "1.2 to 1.5 million", 1.2e6, 1.2e6,
     1.5e6, "approximate"),
    # new in session 12: a bound glued to the number, and "slightly"/"a little" bounds
    ("The ministry said 500-plus people fled.", "500-plus", 500, 500, INF, "at_least"),
    ("The ministry said 500+ people fled.", "500+", 500, 500, INF, "at_least"),
    ("Police said twenty-odd people were arrested.", "twenty-odd", 20, 20, INF, "at_least"),
    ("Police said forty-plus people were arrested.", "forty-plus", 40, 40, INF, "at_least"),
    ("Officials said slightly more than 40 were killed.", "slightly more than 40", 40, 40, INF,
     "at_least"),
    ("Officials said a little over 300 were detained.", "a little over 300", 300, 300, INF,
     "at_least"),
    ("Officials said slightly fewer than 40 were killed.", "slightly fewer than 40", 40, 0, 40,
     "at_most"),
    ("Officials said just below 2,000 people were evacuated.", "just below 2,000", 2000, 0,
     2000, "at_most"),
    # hundreds past ten: "twelve hundred" = 1 200
    ("Medics said twelve hundred people were wounded.", "twelve hundred", 1200, 1200, 1200,
     "exact"),
    ("Medics said twenty-five hundred people were wounded.", "twenty-five hundred", 2500, 2500,
     2500, "exact"),
    ("Medics said fifteen hundred and fifty people were wounded.",
     "fifteen hundred and fifty", 1550, 1550, 1550, "exact"),
]

AR = [
    ("وقال المصدر إن مدنيا واحدا قتل", "واحدا", 1, 1, 1, "exact"),
    ("وقال المصدر إن اثنتين من النساء قتلتا", "اثنتين", 2, 2, 2, "exact"),
    ("وقال المصدر إن ثمان نساء قتلن", "ثمان", 8, 8, 8, "exact"),
    ("وقال المصدر إن ثلاثةَ رجال قتلوا", "ثلاثةَ", 3, 3, 3, "exact"),
    ("وقال المصدر إن ثماني عشرة امرأة قتلت", "ثماني عشرة", 18, 18, 18, "exact"),
    ("وقال المصدر إن خمسون شخصا قتلوا", "خمسون", 50, 50, 50, "exact"),
    ("وقال المصدر إن واحد وثلاثين شخصا قتلوا", "واحد وثلاثين", 31, 31, 31, "exact"),
    ("وقال المصدر إن مائتي شخص قتلوا", "مائتي", 200, 200, 200, "exact"),
    ("وقال المصدر إن ثلاث مئة شخص قتلوا", "ثلاث مئة", 300, 300, 300, "exact"),
    ("وقال المصدر إن ثلاثمائة شخص قتلوا", "ثلاثمائة", 300, 300, 300, "exact"),
    ("وقال المصدر إن ثمانمائة شخص قتلوا", "ثمانمائة", 800, 800, 800, "exact"),
    ("وقال المصدر إن ثلاثمئة وخمسة وعشرين شخصا قتلوا", "ثلاثمئة وخمسة وعشرين", 325, 325, 325,
     "exact"),
    ("وقال المصدر إن ألفي شخص نزحوا", "ألفي", 2000, 2000, 2000, "exact"),
    ("وقال المصدر إن خمسة عشر ألف شخص نزحوا", "خمسة عشر ألف", 15000, 15000, 15000, "exact"),
    ("وقال المصدر إن ألوف المدنيين نزحوا", "ألوف", 1000, 1000, INF, "vague"),
    ("وقال المصدر إن مليونين نزحوا", "مليونين", 2e6, 2e6, 2e6, "exact"),
    ("وقال المصدر إن مليونين ونصف شخص نزحوا", "مليونين ونصف", 2.5e6, 2.5e6, 2.5e6, "exact"),
    ("وقال المصدر إن ١.٥ مليون شخص نزحوا", "١.٥ مليون", 1.5e6, 1.5e6, 1.5e6, "exact"),
    ("وقال المصدر إن ما يربو على 200 شخص قتلوا", "ما يربو على 200", 200, 200, INF,
     "at_least"),
    ("وقال المصدر إن زهاء 200 شخص قتلوا", "زهاء 200", 200, 200, 200, "approximate"),
    ("وقال المصدر إن ما بين 150 و200 شخص قتلوا", "ما بين 150 و200", 150, 150, 200,
     "approximate"),
    ("وقال المصدر إن ١٥٠-٢٠٠ شخص قتلوا", "١٥٠-٢٠٠", 150, 150, 200, "approximate"),
    ("وقال المصدر إن ١,٢٠٠ شخص نزحوا", "١,٢٠٠", 1200, 1200, 1200, "exact"),
    ("وقال المصدر إن ۱٬۲۰۰ شخص نزحوا", "۱٬۲۰۰", 1200, 1200, 1200, "exact"),
    ("وقال المصدر إن الطيران تسبب لمئات العائلات بالنزوح", "لمئات", 100, 100, INF, "vague"),
    ("وقال المصدر إن عشرات آلاف المدنيين نزحوا", "عشرات آلاف", 1e4, 1e4, INF, "vague"),
    ("وقال المصدر إن أكثر من مليوني شخص نزحوا", "أكثر من مليوني", 2e6, 2e6, INF, "at_least"),
    ("وقال المصدر إن ثلاثة وعشرين ألفا نزحوا", "ثلاثة وعشرين ألفا", 23000, 23000, 23000,
     "exact"),
    # new in session 12: «بضع/بضعة» before a vague plural is part of it (the same lower bound
    # as "several hundred"); «نيف/ونيف» (twenty-odd) a lower bound; «ما يصل إلى» up to
    ("وقال المصدر إن بضع مئات نزحوا", "بضع مئات", 100, 100, INF, "vague"),
    ("وقال المصدر إن بضعة آلاف نزحوا", "بضعة آلاف", 1000, 1000, INF, "vague"),
    ("وقال المصدر إن بضع عشرات من المدنيين قتلوا", "بضع عشرات", 10, 10, INF, "vague"),
    ("وقال المصدر إن عشرين ونيف قتلوا", "عشرين ونيف", 20, 20, INF, "at_least"),
    ("وقال المصدر إن نيف وعشرين شخصا قتلوا", "نيف وعشرين", 20, 20, INF, "at_least"),
    ("وقال المصدر إن ألف ونيف شخص نزحوا", "ألف ونيف", 1000, 1000, INF, "at_least"),
    ("وقال المصدر إن عشرة آلاف ونيف نزحوا", "عشرة آلاف ونيف", 10000, 10000, INF, "at_least"),
    ("وقال المصدر إن ما يصل إلى 400 شخص قتلوا", "ما يصل إلى 400", 400, 0, 400, "at_most"),
    ("وقال المصدر إن ما يصل الى ثلاثين مسلحا قتلوا", "ما يصل الى ثلاثين", 30, 0, 30,
     "at_most"),
]


@pytest.mark.parametrize("sentence,expected,value,low,high,kind", EN)
def test_english_number_forms(sentence, expected, value, low, high, kind):
    assert_number(sentence, "en", expected, value, low, high, kind)


@pytest.mark.parametrize("sentence,expected,value,low,high,kind", AR)
def test_arabic_number_forms(sentence, expected, value, low, high, kind):
    assert_number(sentence, "ar", expected, value, low, high, kind)


# a glued "+"/"-plus" is no bound where no count stands before it, and "بضع/بضعة" alone (a few)
# is still no number
@pytest.mark.parametrize("sentence,language,word", [
    ("Officials said the 3+2 talks failed.", "en", "3+"),
    ("He said the team won 2-1 in the final.", "en", "2-1"),
    ("وقال المصدر إن بضعة مدنيين قتلوا", "ar", "بضعة"),
    ("وقال المصدر إن الطائرات قصفت بضع مرات", "ar", "بضع"),
])
def test_not_a_bound_or_number(sentence, language, word):
    found = find_numbers(sentence, language)
    i = sentence.index(word)
    assert all(not (m.start <= i < m.end and m.kind != "exact") for m in found), \
        [(m.text, m.kind) for m in found]
    if language == "ar":
        assert all(word not in m.text for m in found)


def _figs(text, lang):
    return [(f.number.text, f.number.value, f.number.kind, f.category)
            for f in find_figures(text, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    ("Police said 500-plus people were arrested.", "en",
     [("500-plus", 500, "at_least", "detained")]),
    ("Police said twenty-odd people were arrested.", "en",
     [("twenty-odd", 20, "at_least", "detained")]),
    ("وقال المصدر إن بضع مئات من المدنيين نزحوا", "ar",
     [("بضع مئات", 100, "vague", "displaced")]),
    ("وقال المصدر إن نيف وعشرين مدنيا قتلوا في القصف", "ar",
     [("نيف وعشرين", 20, "at_least", "killed")]),
    ("وقال المصدر إن ما يصل إلى 400 شخص قتلوا", "ar",
     [("ما يصل إلى 400", 400, "at_most", "killed")]),
    # dates, years, percentages, ages, money, durations and ordinals: no figure
    ("Officials said the attack happened on 12 March, killing 5 people.", "en",
     [("5", 5, "exact", "killed")]),
    ("Officials said 40% of homes were destroyed.", "en", []),
    ("Officials said 40 percent of homes were destroyed.", "en", []),
    ("Officials said a 12-year-old boy was killed.", "en", []),
    ("Officials said the damage cost $40 million.", "en", []),
    ("Officials said the fighting lasted 12 days.", "en", []),
    ("Officials said the first convoy was hit and the second strike killed a child.", "en", []),
    ("Officials said the war entered its 3rd year in 2014.", "en", []),
    ("وقال المصدر إن الهجوم وقع عام 2014 وقتل 5 أشخاص", "ar", [("5", 5, "exact", "killed")]),
    ("وقال المصدر إن 40 في المئة من المنازل دمرت", "ar", []),
    ("وقال المصدر إن طفلا يبلغ من العمر 12 عاما قتل", "ar", []),
    ("وقال المصدر إن الخسائر بلغت 40 مليون دولار", "ar", []),
    ("وقال المصدر إن القتال استمر 12 يوما", "ar", []),
    ("وقال المصدر إن الغارة الثانية أصابت مدرسة", "ar", []),
])
def test_figures_of_number_forms(text, lang, expected):
    assert _figs(text, lang) == expected
