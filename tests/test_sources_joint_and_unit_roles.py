"""Two English source rules around people introduced in passing.

- "X, who runs the Y camp, said ..." then "the camp manager added": one speaker (the role names
  the unit the person runs); another unit's manager stays apart.
- A joint lead subject ("a nurse and a rights group said") is one source, and the one member
  quoted later with an indefinite article ("A nurse who ...") is a source of its own
  (gold_y README: the nurse, resident or local official quoted later stays apart).

All sentences are composed for these tests."""

from __future__ import annotations

import pytest

from _claims_helpers import source_id_of


@pytest.mark.parametrize("intro, role", [
    ("Maria Ortiz, who runs the Palo Verde shelter,", "the shelter director"),
    ("But Daniel Osei, who manages the Kibera field clinic,", "the clinic manager"),
    ("Hamid Rasuli, who heads a camp for displaced families,", "the camp manager"),
])
def test_who_runs_then_the_unit_role(intro, role):
    t = (f"Floods cut the main road, officials said. {intro} said 300 people had arrived overnight. "
         f'"We need blankets and 40 more tents," {role} added.')
    assert source_id_of(t, "en", "40 more tents") == source_id_of(t, "en", "300 people")


def test_another_units_role_stays_apart():
    t = ("Maria Ortiz, who runs the Palo Verde shelter, said 300 people had arrived. "
         "The clinic manager said 4 children were treated.")
    assert source_id_of(t, "en", "4 children") != source_id_of(t, "en", "300 people")


@pytest.mark.parametrize("member", ["A nurse who treated the wounded", "A nurse", "The nurse"])
def test_joint_lead_member_quoted_later_is_its_own_source(member):
    t = ("Shelling hit a clinic in the town, killing 7 people, a nurse and a local rights group said. "
         f"{member} said 15 patients were still in the building.")
    assert source_id_of(t, "en", "15 patients") != source_id_of(t, "en", "killing 7")




def test_a_body_name_with_and_still_takes_its_class_noun():
    t = ("Some 900 families have returned home, Varnia's Ministry of Migration and Displacement said. "
         "Each family receives a grant of 200 dollars, the ministry said.")
    assert source_id_of(t, "en", "grant of 200") == source_id_of(t, "en", "900 families")


def test_pakistans_military_and_its_media_wing_are_one_source():
    t = ("Pakistan's military said 12 of its soldiers were killed in the clashes. "
         "In a statement, Pakistan's Inter-Services Public Relations (ISPR) said its troops had destroyed 9 posts.")
    assert source_id_of(t, "en", "9 posts") == source_id_of(t, "en", "12 of its soldiers") == "pk-ispr"
