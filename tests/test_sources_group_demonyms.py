"""A group named by its plural ("the Houthis", "the Zagawis") and its spokesman named by the
group's demonym ("Houthi military spokesman X", "Zagawi spokesman Y") are one source (gold_k,
gold_q, gold_t: an armed group and its military spokesman); an anonymous "a Zagawi official"
stays apart (gold_r: an anonymous official beside the body); "a border guard spokesman" speaks for
"border guards". A headline's "rights group" is the "human rights centre" quoted below. A place's possessive before a
registered armed group ("Yemen's Houthi movement") names the group itself, never a state body's
alias of another country ("Russia's defence ministry").

Sentences composed for these tests."""

from __future__ import annotations

from _claims_helpers import claims_of, source_id_of


def test_demonym_military_spokesman_joins_the_plural_group():
    t = ("The Zagawis said they had attacked two army posts near the river. "
         "Zagawi military spokesman Idris Kamoun said 14 soldiers were killed in the raids.")
    assert source_id_of(t, "en", "14 soldiers") == source_id_of(t, "en", "two army posts")


def test_demonym_spokesman_without_qualifier_joins_the_group():
    t = ("The Tamarins said on Sunday their fighters had seized a border town. "
         "\"We lost nobody,\" Tamarin spokesman Ali Wero said. "
         "Tamarin spokesman Ali Wero said 30 soldiers had surrendered.")
    assert source_id_of(t, "en", "30 soldiers") == source_id_of(t, "en", "seized a border town")


def test_anonymous_demonym_official_stays_apart():
    t = ("The Zagawis said they had attacked two army posts near the river. "
         "A Zagawi official, speaking on condition of anonymity, said 40 prisoners were held.")
    assert source_id_of(t, "en", "40 prisoners") != source_id_of(t, "en", "two army posts")


def test_demonym_of_another_group_links_nothing():
    t = ("The Zagawis said they had attacked two army posts near the river. "
         "Marsan military spokesman Adil Fofo said 9 of his fighters were killed.")
    assert source_id_of(t, "en", "9 of his") != source_id_of(t, "en", "two army posts")


def test_place_possessive_before_a_registered_armed_group_is_the_group():
    t = ("Yemen's Houthi movement said it had fired three missiles at a tanker. "
         "The Houthis later said the ship was burning.")
    assert source_id_of(t, "en", "three missiles") == source_id_of(t, "en", "ship was burning") == "houthis"


def test_place_possessive_before_a_state_body_keeps_its_country():
    t = "Russia's defence ministry said 40 drones were launched overnight."
    (c,) = claims_of(t, "en")
    assert c.source.source_id == "ru-mod"


def test_lower_case_body_words_match_the_plural_body():
    # "a border guard spokesman" and "Lithuanian border guards": the role's body words in the
    # singular name the plural body
    t = ("Lithuanian border guards said the freed detainees were in good condition. "
         "Three of them were taken to a clinic for check-ups, a border guard spokesman said.")
    assert source_id_of(t, "en", "Three of them") == source_id_of(t, "en", "good condition")


def test_single_class_noun_is_no_plural_generic_speaker():
    t = ("Darfur city assault leaves scores dead, aid groups say\n\n"
         "Doctors Without Borders said the one hospital it still supports received 60 wounded. "
         "Claire Nicolet, the group's emergency coordinator, said 12 of them died.")
    assert source_id_of(t, "en", "12 of them") == source_id_of(t, "en", "60 wounded")


def test_headline_rights_group_is_the_rights_centre_quoted_below():
    t = ("Varnia frees 20 prisoners; rights group says 900 remain\n\n"
         "The Kastel human rights centre said 912 political prisoners were still held.")
    assert source_id_of(t, "en", "900 remain") == source_id_of(t, "en", "912 political")


def test_one_of_its_rescuers_speaks_for_the_service():
    t = ("The regional emergency service said its teams had pulled 9 people alive from the rubble. "
         '"We are working through the night," said one of its rescuers, Taras Bondar.')
    assert source_id_of(t, "en", "working through the night") == source_id_of(t, "en", "9 people alive")
