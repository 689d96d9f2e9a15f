"""Statement verbs of wire copy and of translated official English ("the ministry stressed that",
"reiterated", "affirmed", "pointed out", "admitted that 23 ...") are cues; the same words used for
an act ("recalled its ambassador", "maintained the road", "hospitals admitted 300 patients",
"observed a minute's silence") are not."""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


@pytest.mark.parametrize("verb", [
    "asserted", "reiterated", "stressed", "emphasised", "emphasized", "affirmed", "reaffirmed",
    "pointed out", "conceded", "admitted", "underlined", "argued", "clarified", "specified",
    "cautioned", "maintained", "recalled", "highlighted", "mentioned", "observed", "suggested",
])
def test_statement_verb_with_that_clause(verb):
    t = f"The Interior Ministry {verb} that 23 people were killed in the attack on the convoy."
    check(t, "en", "23 people were killed", "Interior Ministry")


@pytest.mark.parametrize("verb", ["stresses", "reiterates", "affirms", "points out", "emphasizes"])
def test_headline_present_statement_verb(verb):
    t = f"The health ministry {verb} that 40 patients died for lack of fuel at the hospital."
    check(t, "en", "40 patients died", "health ministry")


@pytest.mark.parametrize("participle", ["emphasising", "reiterating", "affirming", "pointing out"])
def test_participle_adds_a_claim_of_the_same_speaker(participle):
    t = (f"The army said 12 soldiers were killed in the ambush, {participle} that 30 attackers "
         "were killed in the fighting that followed.")
    check(t, "en", "30 attackers", "army")


@pytest.mark.parametrize("sentence", [
    "The government recalled its ambassador after 23 people were killed in the border clash.",
    "Engineers maintained the road where 23 people were killed last year.",
    "Hospitals admitted more than 300 patients after the blast.",
    "Mourners observed a minute's silence for the 23 people killed in the attack.",
    "The stresses of the long siege have worn down the 23 families left in the village.",
    "Officials highlighted the plight of 5,000 families in the camp.",
])
def test_the_same_words_for_an_act_are_no_cue(sentence):
    assert claims_of(sentence, "en") == []
