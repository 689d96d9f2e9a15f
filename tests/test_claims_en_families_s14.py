"""English speaker forms that session 13's audits left failing (session 14, breadth audit):
data and records as the subject ("Official figures show", "Data from the ministry showed"), an
aside between the speaker and the cue ("Karim, his voice breaking, said"), an acronym subject
spelt like a verb ("IS said"), and a body's own count that "stands at" a number ("The ministry's
latest toll stands at 70 dead"). Positives name the speaker a claim must carry; negatives the
words no speaker may be. Every sentence is composed here; none is taken from an article.
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of

SPEAKERS = [
    # data and records as the subject: their owner speaks
    ("Official figures show 40 people were killed in the floods.", "40 people", "Official"),
    ("Official figures showed that 40 people died.", "40 people", "Official"),
    ("Hospital records seen by Reuters show 40 patients died in May.", "40 patients", "Hospital"),
    ("Data from the health ministry showed 40 people died last week.", "40 people", "health ministry"),
    ("Data from the ministry showed that 40 people had died.", "40 people", "ministry"),
    ("Figures from the UN refugee agency show 40,000 people have fled.", "40,000", "UN refugee agency"),
    ("Government data show 40 people were killed.", "40 people", "Government"),
    ("Police figures showed 40 people were arrested.", "40 people", "Police"),
    ("Figures released by the army show 40 soldiers were killed.", "40 soldiers", "army"),
    ("Statistics from the ministry show that 40 schools were damaged.", "40 schools", "ministry"),
    # an aside between the speaker and the cue: how the speaker spoke
    ("Karim, his voice breaking, said 12 of his relatives had been killed.", "12 of his", "Karim"),
    ("Karim Haddad, his voice breaking, said his 3 sons were dead.", "3 sons", "Karim Haddad"),
    ("Amina, 34, said 12 people from her street had died.", "12 people", "Amina"),
    ("Amina, tears in her eyes, told AFP that 12 neighbours had died.", "12 neighbours", "Amina"),
    ("Amina, tears streaming down her face, said 12 neighbours had died.", "12 neighbours", "Amina"),
    ("Amina, who lost her home in the strike, said 12 neighbours had died.", "12 neighbours", "Amina"),
    ("The mayor, speaking by phone, said 12 people had died.", "12 people", "mayor"),
    ("The mayor, visibly shaken, said 12 people had died.", "12 people", "mayor"),
    ("The mayor, clearly moved, told reporters 12 people had died.", "12 people", "mayor"),
    ("Ali, sobbing, said 12 neighbours were dead.", "12 neighbours", "Ali"),
    ("The farmer, fighting back tears, said 12 of his cows had died.", "12 of his", "farmer"),
    ("Mr Okello, choking back tears, said 12 pupils had drowned.", "12 pupils", "Okello"),
    ("The boy, his leg bandaged, said 12 classmates died.", "12 classmates", "boy"),
    ("The men, their faces covered, said they had killed 12 soldiers.", "12 soldiers", "men"),
    ("Her mother, her hands shaking, said 4 children were still missing.", "4 children", "mother"),
    ("The governor, however, said 12 people had died.", "12 people", "governor"),
    ("Residents, fearing more attacks, said 12 people had died.", "12 people", "Residents"),
    ("The army, acting on a tip-off, said it arrested 12 men.", "12 men", "army"),
    # an acronym subject spelt like a verb
    ("IS said its fighters killed 12 soldiers.", "12 soldiers", "IS"),
    ("The IS said 12 soldiers were killed.", "12 soldiers", "IS"),
    ("In a statement, IS said 12 soldiers were killed.", "12 soldiers", "IS"),
    ("IS said in a statement that it killed 12 soldiers.", "12 soldiers", "IS"),
    ("The Islamic State group (IS) said it killed 12 soldiers.", "12 soldiers", "Islamic State"),
    ("ISIS said its fighters killed 12 soldiers.", "12 soldiers", "ISIS"),
    ("ISIS claimed the attack, saying it killed 12 soldiers.", "12 soldiers", "ISIS"),
    ("ISWAP said it killed 12 soldiers.", "12 soldiers", "ISWAP"),
    ("AQAP said its fighters had killed 12 soldiers.", "12 soldiers", "AQAP"),
    ("IS-K said it killed 12 soldiers.", "12 soldiers", "IS-K"),
    # a body's count "stands at" a number
    ("The ministry's latest toll stands at 70 dead.", "70 dead", "ministry"),
    ("The ministry's latest toll stands at 70 people.", "70 people", "ministry"),
    ("The health ministry's toll stood at 70 on Tuesday.", "70", "health ministry"),
    ("Police figures stood at 70 arrests on Sunday.", "70 arrests", "Police"),
    ("The health ministry puts the toll at 70.", "70", "health ministry"),
    ("The health ministry put the death toll at 70 on Tuesday.", "70", "health ministry"),
    ("The UN puts the number of displaced at 40,000.", "40,000", "UN"),
    ("According to the ministry's latest toll, 70 people have died.", "70 people", "ministry"),
    ("The death toll stands at 70, the ministry said.", "70", "ministry"),
    ("The toll now stands at 70, officials said.", "70", "officials"),
    ("The ministry said the toll stood at 70.", "70", "ministry"),
]


@pytest.mark.parametrize("text, key, speaker", SPEAKERS)
def test_the_claim_names_its_speaker(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text, bad", [
    ("Karim, his voice breaking, said 12 of his relatives had been killed.", "voice"),
    ("The boy, his leg bandaged, said 12 classmates died.", "bandaged"),
    ("The mayor, visibly shaken, said 12 people had died.", "shaken"),
    ("The death toll stands at 70, the ministry said.", "death"),
    ("The toll now stands at 70, officials said.", "toll"),
    ("The ministry, citing hospital records, said 12 died.", "records"),
    ("The UN's count of the displaced stands at 40,000 people.", "displaced"),
    ("The tally of the victims now stands at 70 people.", "victims"),
])
def test_no_speaker_is_the_aside_or_the_toll(text, bad):
    assert_no_speaker(text, "en", bad)


@pytest.mark.parametrize("text", [
    "The death toll stands at 70.",
    "Unemployment stands at 12 per cent.",
    "The latest figures show 40 people died.",
    "THE ARMY IS SAID TO HAVE KILLED 12.",
    "The claim IS rejected by 12 soldiers.",
    "The dam stood at 40 metres before the flood.",
])
def test_no_claim(text):
    assert claims_of(text, "en") == []
