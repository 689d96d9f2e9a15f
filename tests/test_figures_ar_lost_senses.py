"""Arabic «فقد» with a body part or sense after it ("lost their sight / limbs") is a wound; «فقد»
alone or in a place stays missing, and «فقدت منازلها» displaced. Sentences composed for the tests."""

import pytest

from newsclaims.extract import extract_article


@pytest.mark.parametrize("sentence, number, category", [
    ("وقالت منظمة الصحة العالمية إن 12 شخصاً فقدوا بصرهم جراء القصف.", "12", "wounded"),
    ("وقال الطبيب إن ثلاثة أطفال فقدوا أطرافهم في الانفجار.", "ثلاثة", "wounded"),
    ("وأفاد المستشفى بأن 5 متظاهرين فقدوا أعينهم بالرصاص المطاطي.", "5", "wounded"),
    ("وذكرت المنظمة أن 9 جنود فقدوا السمع بعد الانفجار.", "9", "wounded"),
    # negatives: «فقد» alone is missing, a home lost is displacement
    ("وقال المرصد إن 12 شخصاً فقدوا في البحر.", "12", "missing"),
    ("وقال خفر السواحل إن 7 صيادين فقدوا بعد غرق القارب.", "7", "missing"),
    ("وقال المسؤول إن 40 عائلة فقدت منازلها.", "40", "displaced"),
])
def test_lost_sense_or_limb_is_a_wound(sentence, number, category):
    figures = [f for _, f in extract_article(sentence, "ar").figures]
    got = {f.number.text: f.category for f in figures}
    assert got.get(number) == category, got
