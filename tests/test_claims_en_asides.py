"""English speaker phrases with an anonymity aside between commas, and cues after a negated
adverb ("could not independently confirm"). Composed sentences."""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


@pytest.mark.parametrize(
    "text, key, speaker",
    [
        ("A police official in the district, who declined to be identified, said dozens of families had fled.",
         "dozens of families had fled", "A police official in the district"),
        ("A nurse, who spoke on condition of anonymity, said 14 children were among the dead.",
         "14 children were among the dead", "A nurse"),
        ("A local elder, who asked not to be named for fear of reprisals, put the toll at 23.",
         "put the toll at 23", "A local elder"),
    ],
)
def test_anonymity_aside_is_not_part_of_the_speaker(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "who" not in (c.source_text or "")


def test_other_who_aside_keeps_its_own_reading():
    c = check("The mayor, who visited the site on Monday, said 19 people died.", "en", "19 people died", "mayor")
    assert c.source_text and "mayor" in c.source_text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The news agency could not independently confirm the tolls.",
        "Reporters were unable to independently verify the figures, and the army has yet to publicly deny the report.",
    ],
)
def test_negated_adverb_cue_is_no_claim(text):
    assert claims_of(text, "en") == []
