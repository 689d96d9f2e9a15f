"""Speaker nouns of shipping and property news: a vessel's operator or owner speaks for it
("crew of 23 safe, says operator", "the ship's owner said"); a speaker that "fears" a toll
states it ("UN agency fears dozens died"), unlike "fears for", "feared reprisals", "feared dead".

All sentences are composed for these tests."""

from __future__ import annotations

import pytest

from _claims_helpers import check


@pytest.mark.parametrize("text, key, speaker", [
    ("Crew of 19 safe after drone strike, says operator\n\nATHENS (AP) - A tanker was hit off the coast.",
     "Crew of 19 safe", "operator"),
    ("The ship's owner said all 21 sailors had been evacuated to a nearby port.", "21 sailors", "ship's owner"),
    ("Four crew members were injured, the vessel's operators said in a statement.", "Four crew members", "operators"),
])
def test_operator_and_owner_are_speakers(text, key, speaker):
    check(text, "en", key, speaker)


def test_a_speaker_fears_a_toll():
    t = "Migrant boat lands on Lerin coast; UN agency fears dozens died\n\nLERIN - A boat landed on Monday."
    check(t, "en", "dozens died", "UN agency")
    check("The charity feared that 200 people had drowned off the coast.", "en", "200 people had drowned", "charity")


@pytest.mark.parametrize("text", [
    "Dozens feared dead in ferry sinking\n\nDHAKA - A ferry sank on Monday.",
    "Residents fear for their lives as fighting nears the town.",
    "Many families feared reprisals after the raid.",
])
def test_fear_that_is_no_statement(text):
    from _claims_helpers import claims_of
    assert not [c for c in claims_of(text, "en") if c.cue.lower().startswith("fear")]
