"""English object verbs: the claim's text is the verb phrase ("denied targeting civilians", "put
the toll at 57"), and a count narrated inside a trailing speaker's statement ("Local officials
counted 40 houses, the statement said") is that speaker's claim. Composed sentences."""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


@pytest.mark.parametrize(
    "text, key, speaker",
    [
        ("The paramilitary group denied shelling the camp on Friday.", "denied shelling the camp", "paramilitary group"),
        ("A rights monitor put the toll at 44, higher than the official count.", "put the toll at 44", "rights monitor"),
        ("The local council put the death toll higher at 31 on Monday.", "put the death toll higher at 31", "local council"),
        ("Hospital officials gave a toll of 17 dead and 40 wounded.", "gave a toll of 17 dead", "Hospital officials"),
        ("The navy confirmed two sailors were missing after the collision.", "confirmed two sailors were missing", "navy"),
        ("The relief agency estimated 3,000 families had fled the valley.", "estimated 3,000 families", "relief agency"),
    ],
)
def test_object_verb_phrase_is_the_claim_text(text, key, speaker):
    check(text, "en", key, speaker)


def test_object_verb_that_clause_keeps_the_content_after_that():
    text = "The army denied that its drones had struck the school in the north."
    c = check(text, "en", "its drones had struck", "army")
    assert not text[c.start : c.end].startswith("denied")


def test_bare_pronoun_object_is_not_a_claim_text():
    text = "Rebels said they had shot down a helicopter. The defence ministry denied it, saying the crew had landed safely."
    for c in claims_of(text, "en"):
        assert text[c.start : c.end] != "denied it"


def test_count_inside_a_trailing_statement_is_the_statements():
    text = (
        "An earthquake struck the hills on Sunday, killing nine people, the Civil Defence Ministry said in a statement.\n\n"
        "Village officials counted 40 houses that had collapsed in two districts, the statement said. "
        "Rescue teams were looking for three people under the rubble, it added."
    )
    check(text, "en", "40 houses that had collapsed", "Civil Defence Ministry")
    check(text, "en", "looking for three people", "Civil Defence Ministry")


def test_count_relayed_by_an_outlet_stays_with_the_counter():
    text = "The observatory documented 35 deaths in the province, the French news agency reported."
    check(text, "en", "35 deaths", "observatory")


def test_gave_a_count_with_a_number_is_a_claim_without_one_it_is_not():
    text = "The disaster agency gave a lower count of 50 dead. The police gave a higher count."
    check(text, "en", "a lower count of 50 dead", "disaster agency")
    assert not any("higher count" in text[c.start : c.end] for c in claims_of(text, "en"))


@pytest.mark.parametrize("tail, speaker", [("official says", "official"), ("Taliban official says", "Taliban official"),
                                           ("an official says", "official")])
def test_headline_tail_official_says(tail, speaker):
    text = f"Floods kill at least 68 in the north, {tail}\n\nKABUL - Heavy rain fell on Friday."
    check(text, "en", "Floods kill at least 68", speaker)


def test_anonymity_aside_before_said_is_not_an_inverted_cue():
    text = ("A drone killed three fighters on Thursday, a border security official said.\n\n"
            "The official, who spoke on condition of anonymity, said the drone hit a car near the river.")
    check(text, "en", "hit a car near the river", "border security official")
