"""English relays of a speaker's informants and a commander's unit.

- "X said survivors had told his crew that 65 were on board": the survivors speak (X relays
  them); "X said witnesses told him 12 bodies were found" likewise. A named person inside the
  content ("Ali said Omar told him that ...") is not taken out (a name may be the topic).
- "..., where she said 40,000 marched, ...": the pronoun of a non-restrictive "where/when" clause
  speaks (its claim ends with the clause).
- "Colonel X, who commands the Tobruk coast guard patrol, said ..." where "the coast guard"
  speaks too: the colonel speaks for it (a body and its head are one source).

All sentences are composed for these tests."""

from __future__ import annotations

import pytest

from _claims_helpers import check, source_id_of


@pytest.mark.parametrize("text, key, speaker, via", [
    ("Colonel Ahmed Salem said survivors had told his crew that about 65 people were on board.",
     "65 people were on board", "survivors", "Ahmed Salem"),
    ("The mayor said witnesses told him 12 bodies were found near the bridge.", "12 bodies", "witnesses", "mayor"),
    ("A nurse said relatives have told the hospital that 7 children are still missing.", "7 children", "relatives", "nurse"),
])
def test_informants_inside_a_said_clause_speak(text, key, speaker, via):
    check(text, "en", key, speaker, via=via)


def test_a_named_person_inside_the_content_is_not_taken_out():
    check("Ali Haddad said Omar told him that 4 shops were looted.", "en", "4 shops", "Ali Haddad")


def test_who_commands_the_unit_of_a_body_that_speaks():
    t = ("The boat sank off the coast, killing 14 migrants, Varnia's coast guard said. "
         "Colonel Ivo Brandt, who commands the Port Lerin coast guard patrol, said 30 people were still missing.")
    assert source_id_of(t, "en", "30 people") == source_id_of(t, "en", "14 migrants")


def test_who_commands_another_body_stays_apart():
    t = ("The boat sank off the coast, killing 14 migrants, Varnia's coast guard said. "
         "Colonel Ivo Brandt, who commands the northern army brigade, said 30 people were still missing.")
    assert source_id_of(t, "en", "30 people") != source_id_of(t, "en", "14 migrants")


@pytest.mark.parametrize("text, key", [
    ("The interior minister, Karin Vollmer, welcomed the turnout. Speaking in Hamburg, where she said 40,000 "
     "people marched, she praised the police.", "40,000 people marched"),
    ("The interior minister, Karin Vollmer, welcomed the turnout. She then flew to Hamburg, where she said "
     "40,000 people marched.", "40,000 people marched"),
])
def test_where_she_said_is_the_pronouns_claim(text, key):
    c = check(text, "en", key, "Karin Vollmer")
    assert "praised" not in text[c.start : c.end]


def test_where_it_has_recorded_stays_no_speaker():
    from _claims_helpers import claims_of
    t = "Floods hit the north, the worst since 1990, when it rained for 9 days."
    assert not claims_of(t, "en")
