"""English number parser: digits, separators, number words, multipliers, dozens, vague
quantities, bounds and ranges. Sentences composed for the tests."""

import pytest

from _numbers_helpers import assert_number
from newsclaims.extract.numbers import find_numbers

INF = None

# (sentence, expected mention text, value, value_low, value_high, kind)
CASES = [
    # digits
    ("Officials said 60 people were killed.", "60", 60, 60, 60, "exact"),
    ("About 1,200 families fled the town.", "About 1,200", 1200, 1200, 1200, "approximate"),
    ("The agency counted 12,345 refugees.", "12,345", 12345, 12345, 12345, "exact"),
    ("Some 1,250,000 people were displaced.", "Some 1,250,000", 1250000, 1250000, 1250000,
     "approximate"),
    ("Aid reached 1.5 million people.", "1.5 million", 1.5e6, 1.5e6, 1.5e6, "exact"),
    ("The UN said 3 thousand homes were damaged.", "3 thousand", 3000, 3000, 3000, "exact"),
    ("The flood displaced 2.3 million people.", "2.3 million", 2.3e6, 2.3e6, 2.3e6, "exact"),
    ("The report listed ٦٠ victims.", "٦٠", 60, 60, 60, "exact"),
    ("It counted 1.200 people.", "1.200", 1200, 1200, 1200, "exact"),
    # words
    ("One soldier was killed.", "One", 1, 1, 1, "exact"),
    ("Two civilians died in the strike.", "Two", 2, 2, 2, "exact"),
    ("Police arrested eleven men.", "eleven", 11, 11, 11, "exact"),
    ("Nineteen bodies were recovered.", "Nineteen", 19, 19, 19, "exact"),
    ("The army said sixty-two fighters were killed.", "sixty-two", 62, 62, 62, "exact"),
    ("The army said sixty two fighters were killed.", "sixty two", 62, 62, 62, "exact"),
    ("Forty people were hurt.", "Forty", 40, 40, 40, "exact"),
    ("A hundred protesters gathered.", "A hundred", 100, 100, 100, "exact"),
    ("One hundred people were evacuated.", "One hundred", 100, 100, 100, "exact"),
    ("Two hundred and fifty people were arrested.", "Two hundred and fifty", 250, 250, 250,
     "exact"),
    ("Three hundred twenty-five homes burned.", "Three hundred twenty-five", 325, 325, 325,
     "exact"),
    ("Five thousand people marched.", "Five thousand", 5000, 5000, 5000, "exact"),
    ("Two hundred thousand people fled.", "Two hundred thousand", 200000, 200000, 200000,
     "exact"),
    ("A million people marched.", "A million", 1e6, 1e6, 1e6, "exact"),
    ("Four million refugees live abroad.", "Four million", 4e6, 4e6, 4e6, "exact"),
    ("one thousand and fifty detainees", "one thousand and fifty", 1050, 1050, 1050, "exact"),
    ("A dozen rockets hit the city.", "A dozen", 12, 12, 12, "exact"),
    ("Three dozen people were detained.", "Three dozen", 36, 36, 36, "exact"),
    ("Two dozen shells landed.", "Two dozen", 24, 24, 24, "exact"),
    ("Half a dozen shells landed.", "Half a dozen", 6, 6, 6, "exact"),
    ("A couple of rockets landed.", "A couple of", 2, 2, 2, "exact"),
    # vague quantities (ACLED lower bounds)
    ("Dozens of people were wounded.", "Dozens", 12, 12, INF, "vague"),
    ("Scores of people were hurt.", "Scores", 20, 20, INF, "vague"),
    ("Tens of people were detained.", "Tens", 10, 10, INF, "vague"),
    ("Hundreds were arrested.", "Hundreds", 100, 100, INF, "vague"),
    ("Thousands fled the fighting.", "Thousands", 1000, 1000, INF, "vague"),
    ("Millions have been displaced.", "Millions", 1e6, 1e6, INF, "vague"),
    ("Tens of thousands marched.", "Tens of thousands", 10000, 10000, INF, "vague"),
    ("Hundreds of thousands fled.", "Hundreds of thousands", 100000, 100000, INF, "vague"),
    ("Several hundred people were detained.", "Several hundred", 100, 100, INF, "vague"),
    ("A few thousand people gathered.", "A few thousand", 1000, 1000, INF, "vague"),
    # bounds
    ("At least 12 people died.", "At least 12", 12, 12, INF, "at_least"),
    ("More than 200 were killed.", "More than 200", 200, 200, INF, "at_least"),
    ("Over 300 people were injured.", "Over 300", 300, 300, INF, "at_least"),
    ("Upwards of 40 people were held.", "Upwards of 40", 40, 40, INF, "at_least"),
    ("In excess of 5,000 homes were destroyed.", "In excess of 5,000", 5000, 5000, INF,
     "at_least"),
    ("No fewer than nine people died.", "No fewer than nine", 9, 9, INF, "at_least"),
    ("It killed 60 or more people.", "60 or more", 60, 60, INF, "at_least"),
    ("Up to 60 people may have died.", "Up to 60", 60, 0, 60, "at_most"),
    ("No more than 20 were arrested.", "No more than 20", 20, 0, 20, "at_most"),
    ("As many as 70 people were killed.", "As many as 70", 70, 0, 70, "at_most"),
    ("Fewer than ten people attended.", "Fewer than ten", 10, 0, 10, "at_most"),
    ("About 60 people were killed.", "About 60", 60, 60, 60, "approximate"),
    ("Nearly 2,000 were displaced.", "Nearly 2,000", 2000, 2000, 2000, "approximate"),
    ("Around forty people were hurt.", "Around forty", 40, 40, 40, "approximate"),
    ("Almost a thousand fled.", "Almost a thousand", 1000, 1000, 1000, "approximate"),
    ("Roughly 300 were detained.", "Roughly 300", 300, 300, 300, "approximate"),
    ("Approximately 45 bodies were found.", "Approximately 45", 45, 45, 45, "approximate"),
    ("An estimated 10,000 people marched.", "An estimated 10,000", 10000, 10000, 10000,
     "approximate"),
    ("Some 60 people were killed.", "Some 60", 60, 60, 60, "approximate"),
    ("It killed 30 or so people.", "30 or so", 30, 30, 30, "approximate"),
    # ranges
    ("Between 9 and 10 thousand people fled.", "Between 9 and 10 thousand", 9000, 9000, 10000,
     "approximate"),
    ("between 2 and 3 million people", "between 2 and 3 million", 2e6, 2e6, 3e6, "approximate"),
    ("Officials said 150 to 350 people died.", "150 to 350", 150, 150, 350, "approximate"),
    ("Officials said 150-350 people died.", "150-350", 150, 150, 350, "approximate"),
    ("Officials said 150–350 people died.", "150–350", 150, 150, 350, "approximate"),
    ("From 20 to 30 people were hurt.", "From 20 to 30", 20, 20, 30, "approximate"),
    ("Five or six people were killed.", "Five or six", 5, 5, 6, "approximate"),
    ("between five and ten rockets", "between five and ten", 5, 5, 10, "approximate"),
]


@pytest.mark.parametrize("sentence,expected,value,low,high,kind", CASES)
def test_english_number(sentence, expected, value, low, high, kind):
    assert_number(sentence, "en", expected, value, low, high, kind)


# (sentence, text that must NOT be (part of) a number mention)
NOT_NUMBERS = [
    ("Someone fired at the crowd.", "one"),
    ("None of the soldiers were hurt.", "None"),
    ("One of the soldiers said the attack failed.", "One"),
    ("No one was hurt.", "one"),
    ("They blamed one another.", "one"),
    ("The Su-24 crashed near the border.", "24"),
    ("An F16 jet flew over.", "16"),
    ("It was the 3rd attack this month.", "3"),
    ("The ceasefire started at 10:30.", "10"),
    ("It happened on 2016-09-17.", "09"),
    ("The often-cited tone was harsh.", "ten"),
    ("The team scores goals.", "scores"),
]


@pytest.mark.parametrize("sentence,word", NOT_NUMBERS)
def test_english_not_number(sentence, word):
    found = find_numbers(sentence, "en")
    i = sentence.index(word)
    for m in found:
        assert not (m.start <= i < m.end), f"{word!r} parsed as {m}"


def test_rise_from_to_is_not_a_range():
    found = find_numbers("The toll rose from 50 to 60 on Sunday.", "en")
    assert [(m.text, m.kind) for m in found] == [("50", "exact"), ("60", "exact")]


def test_killed_and_wounded_are_separate():
    found = find_numbers("It killed 5 and wounded 20.", "en")
    assert [m.value for m in found] == [5, 20]


def test_language_tags_and_empty_input():
    assert find_numbers("", "en") == []
    assert [m.value for m in find_numbers("قتل 5", "ar-SY")] == [5]
    assert [m.value for m in find_numbers("5 killed", "en-GB")] == [5]
    assert find_numbers("5 killed", "en", 3, 1) == []


def test_offsets_with_region():
    s = "Police said 5,000 attended; organisers said 20,000."
    start = s.index("organisers")
    found = find_numbers(s, "en", start)
    assert [(m.text, m.start) for m in found] == [("20,000", s.index("20,000"))]


@pytest.mark.parametrize("sentence,expected,value", [
    ("About half a million people fled.", "About half a million", 5e5),
    ("Half a million people fled.", "Half a million", 5e5),
    ("The ministry counted 1.28 million marchers.", "1.28 million", 1.28e6),
    ("Unions said 3.5 million took part.", "3.5 million", 3.5e6),
    ("Police counted 93,000 in the capital.", "93,000", 93000),
])
def test_round2_english_large_numbers(sentence, expected, value):
    assert [(m.text, m.value) for m in find_numbers(sentence, "en")] == [(expected, value)]


def test_half_alone_is_not_a_number():
    assert find_numbers("Half of the residents left.", "en") == []


@pytest.mark.parametrize("sentence, expected", [
    # a multiplier glued to a decimal: UK headline style
    ("Floods have displaced nearly 1.5m people", [("nearly 1.5m", 1.5e6)]),
    ("The UN said 2.3m people need food aid", [("2.3m", 2.3e6)]),
    ("The fund lost 4.2bn last year", [("4.2bn", 4.2e9)]),
    # not after a whole number: "5m" is metres there
    ("Crews built a 5m wall around the site", [("5", 5)]),
])
def test_glued_multiplier_after_a_decimal(sentence, expected):
    assert [(n.text, n.value) for n in find_numbers(sentence, "en")] == expected


# South Asian multipliers; "scores" before a toll word or after a killing verb; "one" as a
# pronoun (gold_l, gold_m, gold_o constructions, composed sentences)
@pytest.mark.parametrize("sentence,expected,value,low,high,kind", [
    ("Officials said 3.5 lakh pilgrims attended.", "3.5 lakh", 350000, 350000, 350000,
     "exact"),
    ("The crowd was about two lakh, police said.", "about two lakh", 200000, 200000, 200000,
     "approximate"),
    ("The scheme covers 1.2 crore households.", "1.2 crore", 12000000, 12000000, 12000000,
     "exact"),
    ("Flood leaves scores dead in the north", "scores", 20, 20, INF, "vague"),
    ("Militia attack kills scores, officials say", "scores", 20, 20, INF, "vague"),
])
def test_round_lm_english_numbers(sentence, expected, value, low, high, kind):
    assert_number(sentence, "en", expected, value, low, high, kind)


@pytest.mark.parametrize("sentence,word", [
    ("The bodies lay one on top of the other.", "one"),
    ("They came out one after the other.", "one"),
    ("She scores well in tests.", "scores"),
])
def test_round_lm_english_not_numbers(sentence, word):
    assert all(m.text != word for m in find_numbers(sentence, "en"))


# a quarter of a multiplier; "scores" quoted before "of", or before an auxiliary and a toll
# word (gold_s constructions, composed sentences)
@pytest.mark.parametrize("sentence,expected,value,low,high,kind", [
    ("Police said a quarter of a million pilgrims had gathered.", "quarter of a million",
     250000, 250000, 250000, "exact"),
    ("Organisers put the crowd at a quarter million.", "quarter million",
     250000, 250000, 250000, "exact"),
    ('A witness said "scores" of people were hurt.', "scores", 20, 20, INF, "vague"),
    ("Officials said scores were injured when the stand collapsed.", "scores", 20, 20, INF,
     "vague"),
    ("He said scores had been arrested overnight.", "scores", 20, 20, INF, "vague"),
])
def test_round_st_english_numbers(sentence, expected, value, low, high, kind):
    assert_number(sentence, "en", expected, value, low, high, kind)


@pytest.mark.parametrize("sentence,word", [
    ("A quarter of the residents left.", "quarter"),
    ("The home side scores were level at half time.", "scores"),
])
def test_round_st_english_not_numbers(sentence, word):
    assert all(word not in m.text for m in find_numbers(sentence, "en"))
