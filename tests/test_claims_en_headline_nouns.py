"""Speaker nouns of shipping and property news: a vessel's operator or owner speaks for it
("crew of 23 safe, says operator", "the ship's owner said").

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
