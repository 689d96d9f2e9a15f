"""A correction participle after an inverted cue stays inside the claim (gold_aa README:
"correcting an earlier toll of 30", "revising down an earlier toll of 21"), with its earlier
count: "..., the ministry said, revising an earlier statement that had reported four deaths."
Ordering an inquiry ("the prosecutor ordered an urgent investigation") is an act, no claim.

All sentences are composed for these tests."""

from __future__ import annotations

import pytest

from _claims_helpers import check


@pytest.mark.parametrize("tail, key", [
    ("revising an earlier statement that had reported 150 deaths", "had reported 150 deaths"),
    ("correcting an earlier toll of 150", "an earlier toll of 150"),
    ("updating a figure of 150 it gave on Sunday", "a figure of 150"),
])
def test_correction_participle_stays_in_the_claim(tail, key):
    t = f"Floods killed 212 people in the valley, the disaster agency said, {tail}."
    c = check(t, "en", key, "disaster agency")
    assert "Floods killed 212" in t[c.start : c.end]


@pytest.mark.parametrize("text", [
    "The public prosecutor ordered an urgent investigation into the collision.",
    "The governor ordered a probe, and police detained 2 railway workers.",
])
def test_ordering_an_inquiry_is_no_claim(text):
    from _claims_helpers import claims_of
    assert not [c for c in claims_of(text, "en") if c.cue == "ordered"]


def test_ordering_residents_out_stays_a_claim():
    check("The army ordered residents of 12 villages to leave their homes.", "en", "12 villages", "army")
