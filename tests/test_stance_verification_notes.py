"""The newsroom's note that it could not verify what it reports ("Reuters could not independently
verify the toll.", «ولم يتسنَّ لرويترز التحقق من هذه الأرقام») is usually a sentence of its own right
after the claim: it marks the claims of the sentence before it as disputed, and no other claim.
A sentence that has a claim of its own keeps its own stance; a check of something else ("could not
confirm the identity of the attackers") doubts nothing; "the disputed region" is a place, not a doubt."""

from __future__ import annotations

import pytest

from _claims_helpers import claim_with, claims_of


def stance(text: str, lang: str, key: str) -> str:
    return claim_with(claims_of(text, lang), text, key).stance


@pytest.mark.parametrize("note", [
    "Reuters could not independently verify the toll.",
    "AFP was unable to verify the figures.",
    "The figures could not be independently confirmed.",
    "The Associated Press could not immediately verify the claim.",
    "The toll could not be verified.",
    "It was not possible to independently verify the reports.",
    "Reuters could not independently verify.",
])
def test_english_note_after_the_claim_marks_it_disputed(note):
    t = (f"Gunmen killed 14 villagers in a night raid, a regional official said on Sunday. {note}\n\n"
         "The army said 3 soldiers died in a separate attack.")
    assert stance(t, "en", "killed 14") == "disputed"
    assert stance(t, "en", "3 soldiers") == "asserted"


def test_english_note_doubts_only_the_sentence_right_before_it():
    t = ("The health ministry said 40 people were killed in the strikes. "
         "A local monitor said 52 had died. Reuters could not independently verify either toll.")
    assert stance(t, "en", "52 had died") == "disputed"
    assert stance(t, "en", "40 people") == "asserted"


@pytest.mark.parametrize("note", [
    "Police could not confirm the identity of the attackers.",
    "Police could not independently confirm the identity of the attackers.",
    "Officials said they would verify the list of names on Monday.",
])
def test_english_check_of_something_else_doubts_nothing(note):
    t = f"The ministry said 40 people were killed in the attack. {note}"
    assert stance(t, "en", "40 people") == "asserted"


def test_a_note_inside_a_claim_sentence_is_that_claims_own():
    t = ("The ministry said 40 people were killed. "
         "A monitor said 52 had died, a figure Reuters could not independently verify.")
    assert stance(t, "en", "52 had died") == "disputed"
    assert stance(t, "en", "40 people") == "asserted"


@pytest.mark.parametrize("adjective", ["disputed", "contested"])
def test_a_disputed_place_is_no_doubt(adjective):
    t = f"Shelling in the {adjective} border region killed 12 civilians, the army said."
    assert stance(t, "en", "killed 12") == "asserted"


def test_a_claim_that_says_the_toll_is_disputed_still_is():
    t = "Shelling killed 12 civilians, the army said, a toll disputed by local residents."
    assert stance(t, "en", "killed 12") == "disputed"


@pytest.mark.parametrize("note", [
    "ولم يتسنَّ لرويترز التحقق من هذه الأرقام بشكل مستقل.",
    "ولم يتسن التحقق من الحصيلة من مصدر مستقل.",
    "وتعذر للمراسل التحقق من صحة هذه المعلومات.",
    "ولا يمكن التحقق من هذه الأرقام.",
])
def test_arabic_note_after_the_claim_marks_it_disputed(note):
    t = f"وقال المرصد إن 40 شخصاً قتلوا في الغارات. {note}\n\nوقالت وزارة الصحة إن 12 شخصاً أصيبوا."
    assert stance(t, "ar", "40 شخصاً") == "disputed"
    assert stance(t, "ar", "12 شخصاً") == "asserted"


def test_arabic_sentence_that_could_not_reach_a_place_doubts_nothing():
    t = "وقال مصدر طبي إن 9 أشخاص قتلوا. ولم يتسن للمراسل الوصول إلى المستشفى."
    assert stance(t, "ar", "9 أشخاص") == "asserted"
