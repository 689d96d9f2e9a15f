"""A definite class noun ("the group", "the militant group", "the movement") names the body
that is the subject of the sentence just before, even when that sentence is no claim ("JNIM
claimed the attack.", "The RSF denied the accusations.") and even when an earlier speaker
carries the noun in its own name ("the Emergency Doctors group"). Sentences composed for this test.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of


@pytest.mark.parametrize("actor, sentence", [
    ("JNIM", "The al-Qaeda-linked JNIM claimed the attack on Monday."),
    ("RSF", "The RSF denied the accusations."),
    ("Islamic State", "The Islamic State group claimed responsibility for the ambush."),
    ("Ambazonia Defence Forces", "The Ambazonia Defence Forces rejected the account."),
    ("M23", "M23 took control of the town on Friday."),
])
def test_class_noun_points_to_the_actor_of_the_sentence_before(actor, sentence):
    text = ("Gunmen killed at least 35 villagers in the district, the Emergency Doctors group said on Saturday. "
            f"{sentence} In a statement on Telegram, the group said its fighters had killed 30 soldiers.")
    c = check(text, "en", "killed 30 soldiers", actor)
    first = claim_with(claims_of(text, "en"), text, "35 villagers")
    assert first.source.source_id != c.source.source_id


def test_actor_sentence_with_a_person_subject_is_no_antecedent():
    text = ("Amnesty International said the police killed 12 protesters. "
            "President Ruto rejected the report. The organisation said it had interviewed 40 witnesses.")
    check(text, "en", "40 witnesses", "Amnesty International")


def test_registered_body_of_another_class_is_no_antecedent():
    # a state army is no "group": the group is the non-state speaker before it
    text = ("Hamas said three hostages were freed on Sunday. "
            "The Israeli military confirmed the handover. The group said 12 more would be released.")
    check(text, "en", "12 more would be released", "Hamas")


@pytest.mark.parametrize("noun", ["the militant group", "the armed group", "the rebel movement", "the aid group"])
def test_descriptive_class_noun_is_the_class_of_the_last_speaker(noun):
    body = "Doctors Without Borders" if "aid" in noun else "Hamas"
    text = (f"{body} said three people were freed at the crossing on Sunday. "
            f"{noun[0].upper() + noun[1:]} said 12 more would be released.")
    check(text, "en", "12 more would be released", body)


def test_unregistered_state_army_is_no_group():
    text = ("The Sudan Doctors Network said 40 people were killed in the market on Monday. "
            "The Nigerian army took control of the town. The group said 12 of the dead were children.")
    check(text, "en", "12 of the dead", "Sudan Doctors Network")


def test_lede_description_is_the_body_named_next_past_a_registered_speaker_in_its_sentence():
    text = ("Drone strike on market kills dozens, medics say\n\n"
            "PORT SUDAN (Reuters) - A drone strike on a livestock market killed at least 43 people on Saturday, "
            "a medical group said, while the paramilitary Rapid Support Forces denied any role in the attack.\n\n"
            "The Sudan Doctors Network said 43 civilians, among them nine children, were killed.")
    cs = claims_of(text, "en")
    net = claim_with(cs, text, "among them nine children").source.source_id
    assert claim_with(cs, text, "livestock market").source.source_id == net
    assert claim_with(cs, text, "kills dozens").source.source_id == net
    assert claim_with(cs, text, "denied any role").source.source_id != net


def test_headline_hospital_is_the_hospital_named_below_not_any_official():
    text = ("Hotel siege: police say nine dead, hospital says it received 14 bodies\n\n"
            "MOGADISHU (AP) — Somali police said nine people were killed, while the director of Medina "
            "Hospital, Dr. Hodan Abdi Warsame, told The Associated Press the hospital had received 14 bodies.\n\n"
            "COGAT, the body that oversees aid, said 86 trucks had entered.")
    cs = claims_of(text, "en")
    h = claim_with(cs, text, "it received 14 bodies").source.source_id
    assert claim_with(cs, text, "had received 14 bodies").source.source_id == h
    assert claim_with(cs, text, "86 trucks").source.source_id != h


def test_inverted_cue_keeps_the_role_apposition_before_its_channel():
    text = ('Doctors Without Borders said 40 people were killed in the strike. "Our staff carried the wounded out," '
            "said Michel Laroche, MSF's head of emergency operations, in a statement released in Nairobi.")
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "carried the wounded").source.source_id == claim_with(cs, text, "40 people").source.source_id


def test_crowd_sources_minister_count_and_organisers():
    text = ("Protest drew 'more than 100,000', organisers say; ministry puts crowd at 35,000\n\n"
            "BELGRADE (AFP) - Students who organised Saturday's rally in Belgrade said on Sunday in a statement "
            "that more than 100,000 citizens had filled the streets.\n\n"
            "The interior ministry gave a far lower figure. Police counted 35,000 people at the peak of the rally, "
            "Interior Minister Dragan Milovac told the Informer daily, adding that 22 people had been detained.\n\n"
            "The ministry said eight police officers were lightly injured.")
    cs = claims_of(text, "en")
    org = claim_with(cs, text, "had filled the streets")
    assert "organised" in (org.source_text or "")
    assert claim_with(cs, text, "drew 'more than 100,000'").source.source_id == org.source.source_id
    mini = claim_with(cs, text, "Police counted 35,000")
    assert "Milovac" in (mini.source_text or "")
    assert claim_with(cs, text, "puts crowd at 35,000").source.source_id == mini.source.source_id
    assert claim_with(cs, text, "eight police officers").source.source_id == mini.source.source_id


@pytest.mark.parametrize("first, later", [
    ("the district magistrate", "Magistrate Anil Kumar Verma"),
    ("the regional prefecture", "Prefect Jacques Billant"),
    ("the Ministry of Disaster Management and Relief", "State minister Mohibur Rahman"),
    ("Ukraine's Ministry of Reintegration", "Deputy minister Iryna Marchenko"),
])
def test_title_office_and_ranked_minister_are_one_source(first, later):
    text = (f"At least 29 people were killed in the disaster, {first} said on Tuesday. "
            f"{later} said 61 people were being treated in hospitals.")
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "29 people").source.source_id == claim_with(cs, text, "61 people").source.source_id


def test_place_title_headline_with_two_titled_people_is_not_merged_by_title():
    text = ("Two officials spoke.\n\nThe district magistrate said 12 people died. Magistrate Anil Verma said "
            "5 were hurt. Magistrate Ravi Rao said 3 were missing.")
    cs = claims_of(text, "en")
    ids = {claim_with(cs, text, k).source.source_id for k in ("12 people", "5 were hurt", "3 were missing")}
    assert len(ids) == 3


def test_bare_spokeswoman_title_after_a_narrated_body():
    text = ("A local human rights group said 28 people were killed. Its director, Marie Pierre, said the group "
            "had collected testimonies.\n\n"
            "Haiti's National Police gave a lower toll. Spokeswoman Nadege Joseph said officers had found 17 "
            'bodies. "The situation is under control," she said.')
    cs = claims_of(text, "en")
    pol = claim_with(cs, text, "found 17").source.source_id
    assert pol != claim_with(cs, text, "28 people").source.source_id
    assert claim_with(cs, text, "under control").source.source_id == pol


@pytest.mark.parametrize("office, person", [
    ("the state prosecutor's office", "State prosecutor Martina Lizarraga"),
    ("the regional governor", "Governor Andrei Pavlenko"),
])
def test_office_or_bare_title_and_the_titled_name(office, person):
    text = (f"Nineteen bodies were found near the city on Monday, {office} said. "
            f"{person} said 11 of the victims had been shot.")
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "Nineteen bodies").source.source_id == claim_with(cs, text, "11 of the victims").source.source_id


@pytest.mark.parametrize("staff", ["the army general staff", "the military's high command", "the army command"])
def test_army_staff_speaks_for_the_army(staff):
    text = ("Mali's armed forces said on Tuesday they had killed dozens of jihadists after an ambush. "
            f"In a statement read on state television, {staff} said 14 soldiers were wounded.")
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "14 soldiers").source.source_id == claim_with(cs, text, "dozens of jihadists").source.source_id


@pytest.mark.parametrize("tail", ["emergency service says", "ambulance service says", "emergency services say"])
def test_headline_emergency_service_is_the_emergency_body_below(tail):
    text = (f"Tripoli clashes kill at least 9, {tail}\n\n"
            "TRIPOLI (AFP) - Heavy fighting killed at least nine people, the Emergency Medicine Centre said.\n\n"
            "The interior ministry said a ceasefire had taken hold.")
    cs = claims_of(text, "en")
    head = claim_with(cs, text, "clashes kill at least 9")
    assert head.source.source_id == claim_with(cs, text, "Heavy fighting").source.source_id
