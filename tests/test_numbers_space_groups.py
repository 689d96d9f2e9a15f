"""Thousands written with a space between groups of three (SI / French style: "12 000",
"1 500 000") are one number in both languages and every digit script; groups of another length,
a list ("12 000, 300") or a year stay apart. Sentences composed for the tests."""

import pytest

from _numbers_helpers import assert_number
from newsclaims.extract.numbers import find_numbers


@pytest.mark.parametrize("sentence, language, expected, value", [
    ("Officials said 12 000 people were displaced by the floods.", "en", "12 000", 12000),
    ("The agency said 1 500 000 people needed food aid.", "en", "1 500 000", 1.5e6),
    ("Rescuers said about 3 200 homes were destroyed.", "en", "about 3 200", 3200),
    ("وقالت المفوضية إن 12 000 شخص نزحوا خلال أسبوع.", "ar", "12 000", 12000),
    ("وأفادت الأمم المتحدة بأن ١٢ ٥٠٠ أسرة فقدت منازلها.", "ar", "١٢ ٥٠٠", 12500),
])
def test_space_separated_thousands(sentence, language, expected, value):
    kind = "approximate" if expected.startswith("about") else "exact"
    assert_number(sentence, language, expected, value, value, value, kind)


@pytest.mark.parametrize("sentence, language, texts", [
    # a group of two or four digits after the space is another number
    ("Police said 12 00 was a typo.", "en", ["12", "00"]),
    ("In 2015 300 people died on the road.", "en", ["300"]),
    ("وقال المرصد إن 12 4000 رقم خاطئ.", "ar", ["12", "4000"]),
    # a comma or point after the group: two numbers of a list, or a decimal
    ("The toll rose from 12 to 15 000.5 by noon.", "en", ["12", "15", "000.5"]),
])
def test_space_groups_that_are_no_thousands(sentence, language, texts):
    found = [m.text for m in find_numbers(sentence, language)]
    for t in texts:
        assert t in found, (t, found)
