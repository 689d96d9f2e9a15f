"""A speaker who gives only a first name keeps it: "One, who asked to be identified only as
Hamid, said", "A third witness, identified only by his first name, Karim, said", "A survivor,
giving only her first name, Amina, told AFP". The clause that hands the name over is no
anonymity aside ("A police official, who declined to be identified, said" stays "A police
official") and no adjunct that ends the speaker phrase. Sentences composed for this test.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of, claim_with


@pytest.mark.parametrize("phrase, name", [
    ("One, who asked to be identified only as Hamid,", "Hamid"),
    ("A third witness, identified only by his first name, Karim,", "Karim"),
    ("A survivor, giving only her first name, Amina,", "Amina"),
    ("A fisherman, identified only as Musa,", "Musa"),
    ("One of them, who gave his name as Ali,", "Ali"),
    ("A teacher, who gave only his first name, Yusuf,", "Yusuf"),
])
def test_first_name_given_in_an_aside_names_the_speaker(phrase, name):
    text = ("Residents reached by phone said fighting was continuing in the town. "
            f"{phrase} said the gunmen had taken 15 men from the market.")
    check(text, "en", "taken 15 men", name)


def test_anonymity_aside_still_ends_the_speaker():
    text = "A police official, who declined to be identified, said seven people were detained overnight."
    c = check(text, "en", "seven people were detained", "police official")
    assert "identified" not in (c.source_text or "")


def test_identified_by_role_is_not_a_name():
    text = "A police officer, identified by the force as a sergeant, said four men were arrested."
    c = claim_with(claims_of(text, "en"), text, "four men were arrested")
    assert "police officer" in c.source.name


@pytest.mark.parametrize("person", ["a Red Cross volunteer", "an MSF nurse", "a UNICEF worker"])
def test_pronoun_points_to_a_body_named_through_one_of_its_people(person):
    # the governor spoke before; "she" is the volunteer who spoke last, not the governor
    text = ("The governor of the province said on Thursday that 42 people had been killed in the attacks. "
            f'"We buried 30 people yesterday, and we are still searching," said {person}, who spoke on '
            'condition of anonymity. "There are others," she said, "in the forest."')
    cs = claims_of(text, "en")
    first = claim_with(cs, text, "We buried 30")
    other = claim_with(cs, text, "There are others")
    assert other.source.source_id == first.source.source_id
