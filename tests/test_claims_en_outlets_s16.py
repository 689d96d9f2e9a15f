"""Breadth audit (session 16, gold_be/gold_bc): English speaker constructions of outlets beyond the
Western wires - Nigerian, Indian, Pakistani, Bangladeshi, Kenyan, Gulf and Latin-American papers
in English.

- A fronted frame before the speaker is never the speaker: a participle with its object
  ("Speaking with journalists in Ilorin on Wednesday, the Commissioner ..., Mrs X, said",
  "Confirming the attack, the PPRO, SP X, said") or a prepositional adjunct ("With this, the
  death toll rose to 13, said the UNO X").
- A time adverbial between the auxiliary and the verb ("It has in the past denied") is not part
  of the speaker.
- Title modifiers before a capitalised title ("acting CEO Dr X"), an ordinal in the speaker's
  description ("living on the 17th floor"), a unit number after an acronym ("Border Guard
  Bangladesh (BGB) 2 Battalion commander Lt Col X").
- "according to the police headquarters": a body's head noun.
- The audience written as a web name ("told Dawn.com that ...") ends no sentence.
- '"...," X said in a message posted on X, in Spanish.': the channel's participle and the
  language are adjuncts, the quotation is the content.
- '"...," he said, using the government's term for the group': a manner participle.
- "X paid tribute to ... and said ...": the subject of the act speaks through the second verb.
- "X expressed concern over what it called 'mass arrests'" / "expressed shock over the tragedy".
- Headline "PTI claims 'lakhs' at rally" (a quoted object after "claims" in a headline only).
- "Kharkiv mayor X has updated the figures: four dead and 23 injured" (plural toll nouns).
- '"...," X told reporters. "Kenyans are saying enough."': a progressive cue inside a quoted
  sentence that continues the speaker.

All sentences are composed for these tests (names and numbers invented)."""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of


FRAMED = [
    ("With this, the death toll rose to 13, said Haimchar Upazila Nirbahi Officer (UNO) Rokeya Banu.",
     "death toll rose to 13", "Rokeya Banu", "With this"),
    ("With this, the number of dead rose to 9, said the district police chief.",
     "number of dead rose to 9", "district police chief", "With this"),
    ("By evening, the toll had risen to 40, said the deputy commissioner.",
     "toll had risen to 40", "deputy commissioner", "By evening"),
    ("Speaking with journalists in Ilorin on Wednesday, the Commissioner for Information, Mrs Kemi Adeyinka, said 53 persons had been rescued.",
     "53 persons had been rescued", "Kemi Adeyinka", "Speaking"),
    ("Addressing reporters in Kano on Monday, the Commissioner of Police, Mr Usman Garba, said 12 suspects had been arrested.",
     "12 suspects had been arrested", "Usman Garba", "Addressing"),
    ("Briefing newsmen at the command headquarters, the spokesperson, DSP Aliyu Musa, said 7 bodies were recovered.",
     "7 bodies were recovered", "Aliyu Musa", "Briefing"),
    ("Reacting to the incident, the state governor, Mr Dauda Bello, said 20 worshippers had been abducted.",
     "20 worshippers had been abducted", "Dauda Bello", "Reacting"),
    ("Confirming the attack, the Police Public Relations Officer in the state, SP Yakubu Sani, said 15 people were killed.",
     "15 people were killed", "Yakubu Sani", "Confirming"),
]


@pytest.mark.parametrize("text, key, speaker, bad", FRAMED)
def test_fronted_frame_is_not_the_speaker(text, key, speaker, bad):
    c = check(text, "en", key, speaker)
    assert bad not in (c.source_text or "")
    assert_no_speaker(text, "en", bad)


@pytest.mark.parametrize("text, key, speaker", [
    ("Speaking to reporters, the district magistrate said 4 people were injured.", "4 people were injured", "district magistrate"),
    ("In Maiduguri, the state police commissioner, Mr Yusuf Lawal, said 5 people were killed.", "5 people were killed", "Yusuf Lawal"),
    ("In a statement, the Director-General, Dr Jide Okafor, said 18 deaths were recorded.", "18 deaths were recorded", "Jide Okafor"),
    ("Contacted by phone, the Officer-in-Charge of the police station said 6 people were detained.", "6 people were detained", "Officer-in-Charge"),
    # a noun phrase, not a frame, keeps speaking
    ("Fleeing residents, including a teacher, said 15 bodies lay in the street.", "15 bodies lay in the street", "Fleeing residents"),
])
def test_framed_speakers_that_already_held(text, key, speaker):
    check(text, "en", key, speaker)


def test_time_adverbial_after_the_auxiliary_is_not_the_speaker():
    t = "The RSF has not commented on the accusations. It has in the past denied targeting civilians."
    c = check(t, "en", "targeting civilians", "RSF")
    assert "past" not in (c.source_text or "")
    t2 = "The army has in recent years said its strikes only hit fighters."
    check(t2, "en", "strikes only hit fighters", "army")


@pytest.mark.parametrize("text, key, speaker", [
    ("At Kenyatta National Hospital, acting CEO Dr Richard Omondi said the facility had received 46 patients.",
     "received 46 patients", "Richard Omondi"),
    ("Interim administrator Dr Samuel Oduya said 200 families were displaced.", "200 families were displaced", "Samuel Oduya"),
    ("An Indian expatriate living on the 17th floor, who gave his name only as Rakesh, said he ran down the stairs.",
     "ran down the stairs", "Rakesh"),
    ("Border Guard Bangladesh (BGB) 2 Battalion commander Lt Col Imran Hossain told BSS that his forces had pushed back 340 Rohingyas.",
     "pushed back 340 Rohingyas", "Imran Hossain"),
    ("Joint forces have arrested 1,247 people across the country, according to the police headquarters.",
     "arrested 1,247 people", "police headquarters"),
    ("The militants killed 6 soldiers in the raid, according to army headquarters.", "killed 6 soldiers", "army headquarters"),
    ("Local administration officials, speaking on condition of anonymity, told Dawn.com that the blast damaged at least 12 houses.",
     "damaged at least 12 houses", "Local administration officials"),
    ("A police officer told Rappler.com that 9 people were missing.", "9 people were missing", "police officer"),
    ("Prime Minister Tariq Mehmood paid tribute to the martyred soldiers and said the nation stood with its armed forces.",
     "nation stood with its armed forces", "Tariq Mehmood"),
])
def test_outlet_speaker_phrases(text, key, speaker):
    check(text, "en", key, speaker)


def test_web_name_ends_no_sentence():
    t = "Officials told Dawn.com that 12 houses were damaged. The army said 3 soldiers died."
    cs = claims_of(t, "en")
    assert any("12 houses were damaged" in t[c.start:c.end] for c in cs)
    assert any("3 soldiers died" in t[c.start:c.end] for c in cs)


@pytest.mark.parametrize("text, speaker", [
    ('"We are facing the worst crisis in a decade," Ombudsperson Ines Marquez said in a message posted on X, in Spanish.', "Ines Marquez"),
    ('"We are facing the worst crisis in a decade," Ombudsperson Ines Marquez said in a message posted on X.', "Ines Marquez"),
    ('"We are facing the worst crisis in a decade," the mayor said in a statement, in Spanish.', "mayor"),
    ('"We are facing the worst crisis in a decade," the mayor said in a video posted on Facebook.', "mayor"),
    ('"We are facing the worst crisis in a decade," the mayor wrote in a message posted on Telegram on Monday.', "mayor"),
])
def test_channel_participle_and_language_leave_the_quote_as_content(text, speaker):
    check(text, "en", "worst crisis in a decade", speaker)
    for c in claims_of(text, "en"):
        assert "posted" not in text[c.start:c.end] and "Spanish" not in text[c.start:c.end]


def test_manner_participle_after_he_said_keeps_the_quote():
    t = ('Military officer Capt. Omar Hassan Ali told HOL by phone that the attackers used two car bombs. '
         '"We repulsed them. More than 60 of the khawarij were killed," he said, using the government\'s term for the group.')
    check(t, "en", "We repulsed them", "Omar Hassan Ali")
    assert not [c for c in claims_of(t, "en") if "government's term" in t[c.start:c.end]]


@pytest.mark.parametrize("text, key, speaker", [
    ('Rights organisation Ain o Salish Kendra (ASK) expressed concern over what it called "mass arrests".', "mass arrests", "Ain o Salish Kendra"),
    ("Chief Minister Ravi Kumar expressed shock over the tragedy and ordered a probe.", "shock over the tragedy", "Ravi Kumar"),
    ("The commission expressed deep concern over the killing of 14 protesters.", "killing of 14 protesters", "commission"),
])
def test_expressed_concern_is_a_claim(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text", [
    "The governor expressed condolences to the families of the victims.",
    "The president expressed his gratitude to the rescue teams.",
])
def test_expressed_without_a_view_is_no_claim(text):
    assert not [c for c in claims_of(text, "en") if c.cue.lower().startswith("express")]


def test_headline_claims_a_quoted_figure():
    t = "PTI claims 'lakhs' at Swabi rally; police say 15,000 attended\n\nThe party held a rally on Sunday."
    check(t, "en", "lakhs", "PTI")
    check(t, "en", "15,000 attended", "police")


def test_claims_noun_before_a_quote_in_the_body_is_no_cue():
    t = 'The group\'s claims "cannot be verified", officials said.'
    assert not [c for c in claims_of(t, "en") if c.cue.lower() == "claims"]


@pytest.mark.parametrize("text, key, speaker", [
    ('09:30 - Kharkiv mayor Petro Savchenko has updated the figures: four dead and 23 injured.', "four dead and 23 injured", "Petro Savchenko"),
    ("The ministry raised its figures for the dead to 40.", "dead to 40", "ministry"),
])
def test_plural_toll_nouns_after_update(text, key, speaker):
    check(text, "en", key, speaker)


def test_updated_without_a_toll_is_no_claim():
    t = "The ministry updated its website on Monday."
    assert not claims_of(t, "en")


def test_progressive_cue_inside_a_continued_quote():
    t = '"This is the biggest turnout," its convenor, Amina Wekesa, told reporters. "Kenyans are saying enough."'
    check(t, "en", "Kenyans are saying enough", "Amina Wekesa")


def test_reported_cue_inside_a_quote_still_names_its_speaker():
    # a quoted sentence whose own cue has a subject that is not a progressive stays that subject's
    t = '"We counted the dead," the mayor said. "The governor said 12 died."'
    cs = claims_of(t, "en")
    assert any("12 died" in t[c.start:c.end] for c in cs)


@pytest.mark.parametrize("text, key, speaker", [
    ("The Permanent Secretary of the agency, Dr Femi Adeola, who disclosed this in a statement on Wednesday, said the victims were mostly artisans.",
     "victims were mostly artisans", "Femi Adeola"),
    ("The spokesman, who confirmed this to our correspondent, said 5 people died.", "5 people died", "spokesman"),
])
def test_who_disclosed_this_is_an_aside(text, key, speaker):
    check(text, "en", key, speaker)
    assert not [c for c in claims_of(text, "en") if text[c.start:c.end].startswith(("this", "it "))]


def test_who_said_with_content_stays_a_claim():
    t = "The officer, who said 12 people had died, asked not to be named."
    check(t, "en", "12 people had died", "officer")


def test_updated_its_figures_alone_is_no_claim():
    t = ("The National Disaster Office has updated its figures. Director Jon Tari told local radio that "
         "14 people were confirmed dead.")
    cs = claims_of(t, "en")
    assert not [c for c in cs if "updated its figures" in t[c.start:c.end]]
    check(t, "en", "14 people were confirmed dead", "Jon Tari")
