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


@pytest.mark.parametrize(
    "text, key, speaker",
    [
        ("The city police, in a statement posted at 11:15 pm, said officers had shot dead six robbers.",
         "shot dead six robbers", "city police"),
        ("The navy, in a post on its official channel, said 40 migrants were rescued.", "40 migrants were rescued", "navy"),
        ("The provincial ministry has since put the toll at 31.", "put the toll at 31", "provincial ministry"),
    ],
)
def test_channel_aside_and_since_before_the_verb(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "statement" not in (c.source_text or "") and "since" not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "CORRECTION: An earlier version of this article said 22 people had died.",
        "The health ministry has since revised the figure.",
        "The army later confirmed the toll.",
    ],
)
def test_correction_notes_and_pointing_back_objects_are_no_claims(text):
    assert claims_of(text, "en") == []


def test_complained_that_is_a_cue_and_repeatedly_is_skipped():
    text = "Village elders have repeatedly complained that the shelling has emptied dozens of farms. Farmers complained about prices."
    check(text, "en", "emptied dozens of farms", "Village elders")
    assert not any("prices" in text[c.start : c.end] for c in claims_of(text, "en"))


@pytest.mark.parametrize("verb", ["disputes", "rejects", "questions"])
def test_it_says_after_a_present_tense_pointing_back_sentence_is_that_body(verb):
    text = ("The health office said 300 people had been killed.\n\n"
            f"The militia {verb} the office's figures, which do not count fighters. It says it has killed about 40 soldiers.")
    check(text, "en", "about 40 soldiers", "militia")


def test_lower_case_arabic_article_name_in_an_apposition_speaks():
    text = "The village head, al-Hadi Osman, told a local radio that some 300 families had fled towards the town."
    check(text, "en", "300 families had fled", "al-Hadi Osman")


def test_fronted_phrase_then_parenthetical_cue_keeps_the_clause():
    text = ("The mediator, Sheikh Nasser Obeid, told reporters the talks took a month. "
            "After the exchange, he said, dozens of families had asked him about their sons.")
    check(text, "en", "dozens of families had asked", "Nasser Obeid")
