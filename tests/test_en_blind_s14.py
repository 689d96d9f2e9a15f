"""English audit of the classes the blind set gold_aw (session 14) found (tests/gold_aw/FINDINGS_en.md).

Each class is a family of composed passages in several wire and broadsheet styles, with positives
(the speaker a claim must carry, two mentions that are one source) and negatives (a speaker the
claim must not get, two mentions that stay apart). All texts are composed for this file.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with
from newsclaims.extract import extract_article, load_registry

REG = load_registry()
HEAD = "Toll rises after attack\n\n"


def _claims(text: str):
    return list(extract_article(text, "en", REG).claims)


def _sid(text: str, key: str) -> str:
    return claim_with(_claims(text), text, key).source.source_id


# --- class 1: "he/she said" after a person named with a comma apposition ---------------------
# A ranked name before its title's apposition ("Maj. Gen. X, the military government's
# spokesperson,") and a bare personal name ending in -s ("said Jean-Baptiste Louis, a police
# inspector") are one person: the next "He said" is theirs, not an earlier speaker's.
PRONOUN_AFTER_PERSON = [
    (HEAD + "A member of a rescue team told AP that 30 people died. Maj. Gen. Kyaw Min Oo, the military "
     "government's spokesperson, denied that civilians were hit. He told state television that 18 fighters "
     "had been killed.", "18 fighters", "Kyaw Min Oo"),
    (HEAD + "A nurse said 12 people were wounded. Col. Amadou Traore, the army's spokesman, rejected the "
     "account. He said 40 militants had been killed.", "40 militants", "Amadou Traore"),
    (HEAD + "A witness told Reuters that 9 houses burned. Brig. Gen. Sami Haddad, commander of the "
     "operation, denied that the army used shells. He said 25 fighters had surrendered.",
     "25 fighters", "Sami Haddad"),
    (HEAD + "The National Rights Network, a local group, said 120 people died. Its executive director, Marie "
     "Joseph, told AP that 45 homes burned.\n\n\"People were shot in their beds,\" said Jean-Baptiste Louis, a "
     "local police inspector, adding that nine officers were wounded. He said police had arrested three "
     "suspects.", "three suspects", "Jean-Baptiste Louis"),
    (HEAD + "The Health Ministry said 50 people died. Its spokeswoman, Ana Ruiz, said 20 were children.\n\n"
     "\"The road is lined with families,\" said Carlos Reyes, a local priest, adding that the shelling went on "
     "all night. He said 300 people had fled.", "300 people", "Carlos Reyes"),
    (HEAD + "The Red Crescent said 31 people were treated. Its president, Leila Nour, said 9 were critical. "
     "\"We found two more bodies,\" said Thomas Harris, a volunteer, adding that rain slowed the search. She "
     "said 3 people were still trapped.", "3 people", "Thomas Harris"),
    (HEAD + "The RSF denied the attack. Its spokesman, Omar Jibril, called the toll fabricated.\n\n"
     "Al Jazeera's Osman Idris, reporting from Omdurman, said the road was lined with families. \"Many walked "
     "for 30 kilometres,\" he said.", "30 kilometres", "Osman Idris"),
    (HEAD + "Officials said 14 people died. Its director, Lena Haas, said 6 were missing. \"We found two more "
     "bodies,\" said Thomas Harris, a volunteer. He said 3 people were still trapped.", "3 people", "Thomas Harris"),
]


@pytest.mark.parametrize("text, key, speaker", PRONOUN_AFTER_PERSON)
def test_a_pronoun_goes_back_to_the_person_just_named(text, key, speaker):
    check(text, "en", key, speaker)


# negatives: a plural body in -s is no person ("he" does not point back to it), and a
# ranked name with no apposition still works as before
PRONOUN_NOT_TO = [
    (HEAD + "Police spokesman Ali Khan said 12 people died. The Emergency Lawyers said 30 were killed. "
     "He said 4 officers were wounded.", "4 officers", "Emergency Lawyers"),
    (HEAD + "Army spokesman Col. Ali Khan said 12 people died. Doctors Without Borders said 30 were treated. "
     "He said 4 soldiers were wounded.", "4 soldiers", "Doctors Without Borders"),
]


@pytest.mark.parametrize("text, key, bad", PRONOUN_NOT_TO)
def test_a_pronoun_does_not_go_to_a_plural_body(text, key, bad):
    c = claim_with(_claims(text), text, key)
    assert bad.lower() not in (c.source.name + " " + (c.source_text or "")).lower()


# --- class 2: a role "for <place>" after a possessive owner --------------------------------
# "The UN's humanitarian coordinator for Sudan, X" works for the UN, not for "Sudan's army".
ROLE_FOR_PLACE_APART = [
    (HEAD + "Sudan's army said its aircraft carried out 14 strikes. The UN's humanitarian coordinator for "
     "Sudan, Ingrid Holm, said 3,000 families had fled.", "14 strikes", "3,000 families"),
    (HEAD + "Yemen's army said 20 fighters were killed. The WHO's representative for Yemen, Adam Roy, said "
     "40 cholera cases were recorded.", "20 fighters", "40 cholera"),
    (HEAD + "Haiti's police said 9 officers were wounded. UNICEF's chief of communication for Haiti, Lola "
     "Brun, said 30 children were displaced.", "9 officers", "30 children"),
]


@pytest.mark.parametrize("text, first, later", ROLE_FOR_PLACE_APART)
def test_a_role_for_a_place_is_not_that_places_body(text, first, later):
    assert _sid(text, first) != _sid(text, later)


ROLE_OF_BODY_SAME = [  # the "of/for"-phrase still names the body when no possessive precedes
    (HEAD + "The Civil Defence said 12 people died. The head of the Civil Defence, Ali Omar, said 5 were "
     "children.", "12 people", "5 were"),
    (HEAD + "The Red Crescent said 30 people were treated. A spokesman for the Red Crescent, Omar Ali, "
     "said 8 were in critical condition.", "30 people", "8 were"),
]


@pytest.mark.parametrize("text, first, later", ROLE_OF_BODY_SAME)
def test_a_role_of_a_body_is_that_body(text, first, later):
    assert _sid(text, first) == _sid(text, later)
