"""A lede or headline that names its speaker only generically, then the body of the text that
names it (the gold_s / gold_t conventions): one source.
- "X officials said" and "X chief/director/spokesman NAME": the officials of that body;
- "a district administrator said" and "Regional administrator NAME": the same role noun;
- a headline's "civil defence says" and the text's "the city's civil defence agency";
- "hospital officials" and the one named hospital that speaks;
- "a rights group said" / "activists say" and the one named group quoted right after.
Negatives keep apart what the text keeps apart: another body's chief, two named hospitals."""

from __future__ import annotations

import pytest

from _claims_helpers import source_id_of


def test_body_officials_then_the_body_chief():
    t = ("Armed men attacked a bus station on Friday, killing 6 people, port security officials said. "
         "Security chief Ramon Ortega Vidal said 4 suspects had been arrested near the docks.")
    assert source_id_of(t, "en", "4 suspects") == source_id_of(t, "en", "killing 6")


def test_two_word_body_officials_then_its_director():
    t = ("Floods swept away 14 homes overnight, emergency management officials said on Monday. "
         "Emergency management director Clara Ruiz Soto said 210 families were in shelters.")
    assert source_id_of(t, "en", "210 families") == source_id_of(t, "en", "14 homes")


def test_officials_of_one_body_and_the_chief_of_another_stay_apart():
    t = ("Gunmen killed 5 guards at a mine, civil protection officials said. "
         "Police chief Luis Mendoza Prieto said 2 attackers were detained.")
    assert source_id_of(t, "en", "2 attackers") != source_id_of(t, "en", "5 guards")


def test_unnamed_role_then_the_named_holder_of_that_role():
    t = ("Fighters burned 30 huts in a raid on a fishing village, a local administrator said on Sunday. "
         "Provincial administrator Joana Mabote Cruz said 7 people were abducted.")
    assert source_id_of(t, "en", "7 people") == source_id_of(t, "en", "30 huts")


def test_headline_body_then_the_named_agency_and_its_spokesman():
    t = ("Shelling of market kills 12, civil defence says\n\n"
         "KHARTOUM (Reuters) - Shelling hit a busy market, killing 12 people, the city's civil defence agency said. "
         "\"We recovered 12 bodies,\" civil defence spokesman Omar Saleh said. He said 20 were hurt.")
    a = source_id_of(t, "en", "killing 12")
    assert source_id_of(t, "en", "We recovered") == a
    assert source_id_of(t, "en", "20 were hurt") == a
    assert source_id_of(t, "en", "Shelling of market") == a


def test_hospital_officials_and_the_one_named_hospital():
    t = ("Strikes kill 19 in northern town, hospital officials say\n\n"
         "Air strikes killed 19 people overnight, according to hospital officials. "
         "Al-Amal Hospital said 8 of the dead were children.")
    assert source_id_of(t, "en", "8 of the dead") == source_id_of(t, "en", "killed 19")


def test_a_rights_group_then_the_named_group():
    t = ("Security forces detained 300 protesters over the weekend, a rights group said. "
         "The group Voces Libres said 40 of those held were students.")
    assert source_id_of(t, "en", "40 of those") == source_id_of(t, "en", "300 protesters")


def test_headline_activists_and_the_activist_group_of_the_lede():
    t = ("Shelling kills 9 in border town, activists say\n\n"
         "Shelling killed 9 people in the town of Tarsa on Monday, a local activist group said. "
         "The Tarsa Coordination Committee, which tracks abuses, said 3 children were among the dead.")
    a = source_id_of(t, "en", "3 children")
    assert source_id_of(t, "en", "Shelling killed") == a
    assert source_id_of(t, "en", "Shelling kills 9") == a


def test_headline_officials_and_the_unnamed_official_of_the_lede():
    t = ("Clashes kill 11 near frontline town, officials say\n\n"
         "Clashes killed 11 fighters near the town on Sunday, a security official said, speaking on condition of anonymity. "
         "A spokesman for the rebels said 4 of their fighters were captured.")
    assert source_id_of(t, "en", "Clashes kill 11") == source_id_of(t, "en", "Clashes killed 11")


def test_a_countrys_officials_are_not_its_military_spokesman():
    t = ("Arvanian officials said 30 hostages were still held in the tunnels.\n"
         "An Arvanian military spokesman said 4 soldiers were killed on Sunday.")
    assert source_id_of(t, "en", "4 soldiers") != source_id_of(t, "en", "30 hostages")


def test_officials_of_a_lede_line_and_a_local_official_stay_apart():
    t = ("BAMAKO (AP) - Gunmen killed 20 herders in the north, officials said Monday.\n"
         "A local official, speaking on condition of anonymity, said 9 children were among the dead.")
    assert source_id_of(t, "en", "9 children") != source_id_of(t, "en", "killed 20")


def test_a_rights_group_then_the_named_group_past_an_unnamed_speaker():
    t = ("At least 5 people died in two days of unrest, a rights group said, as the government insisted calm had returned. "
         "The group Voces Libres said its lawyers had counted 210 arrests.")
    assert source_id_of(t, "en", "210 arrests") == source_id_of(t, "en", "5 people died")
    assert source_id_of(t, "en", "calm had returned") != source_id_of(t, "en", "5 people died")


def test_a_described_group_is_not_the_body_named_after_its_own_spokesperson():
    t = ("Shelling killed 14 people in the valley, a local self-defence group said on Monday.\n"
         "A spokesperson for the group said 6 fighters were wounded. "
         "The exiled Popular Salvation Council put the toll at 19.")
    assert source_id_of(t, "en", "toll at 19") != source_id_of(t, "en", "killed 14")


def test_headline_rights_group_is_the_one_rights_monitor_quoted():
    t = ("Rights group says 30 killed in raids on villages\n\n"
         "BEIRUT (AP) - Gunmen killed 30 civilians in three villages, the Syrian Observatory for Human Rights said. "
         "Police said 4 suspects were held.")
    assert source_id_of(t, "en", "30 killed in raids") == source_id_of(t, "en", "Gunmen killed 30")


def test_the_countrys_agency_described_then_named():
    t = ("Floods in the south\n\nFloods killed 17 people, the country's disaster management agency said.\n\n"
         "The Somali Disaster Management Agency (SoDMA) said 90,000 people fled.")
    assert source_id_of(t, "en", "90,000 people") == source_id_of(t, "en", "Floods killed 17")


def test_the_countrys_agency_and_another_named_body_stay_apart():
    t = ("Floods in the south\n\nFloods killed 17 people, the country's disaster management agency said.\n\n"
         "The Kenya Red Cross said 90,000 people fled.")
    assert source_id_of(t, "en", "90,000 people") != source_id_of(t, "en", "Floods killed 17")


def test_the_organisation_whose_own_content_names_it():
    t = ("Doctors Without Borders (MSF) has suspended its work at the clinic after 2 patients were shot, "
         "the organisation said. MSF said 218 wounded people were treated. "
         "The International Organization for Migration said 33,000 people fled.")
    assert source_id_of(t, "en", "suspended its work") == source_id_of(t, "en", "218 wounded")
    assert source_id_of(t, "en", "suspended its work") != source_id_of(t, "en", "33,000 people")


def test_headline_residents_and_the_joint_subject_of_the_lede():
    t = ("Gunmen kill 22 farmers in raid — Residents\n\n"
         "Gunmen killed at least 22 farmers on Monday, residents and a militia leader said.\n\n"
         "Police said 15 bodies were found.")
    assert source_id_of(t, "en", "kill 22 farmers") == source_id_of(t, "en", "killed at least 22")
    assert source_id_of(t, "en", "15 bodies") != source_id_of(t, "en", "killed at least 22")


def test_the_army_and_the_one_countrys_armed_forces_in_lower_case():
    t = "Jihadists attacked a convoy near the border, the army said. The Arvanian armed forces said 9 soldiers died."
    assert source_id_of(t, "en", "attacked a convoy") == source_id_of(t, "en", "9 soldiers")


@pytest.mark.parametrize("first, later", [
    ("Varnia's army", "The armed forces"),
    ("The Varnian army", "The armed forces"),
    ("Varnia's military", "The armed forces"),
    ("The Varnian armed forces", "The army"),
])
def test_a_countrys_army_then_the_bare_armed_forces(first, later):
    t = (f"{first} says 7 soldiers killed in ambush\n\n"
         f"{later} said in a statement that a supply column was attacked near the river at dawn.")
    assert source_id_of(t, "en", "supply column") == source_id_of(t, "en", "7 soldiers")


def test_the_bare_armed_forces_with_no_army_speaking_stay_their_own():
    t = ("Rebels seized the town, residents said. "
         "The armed forces said in a statement that 5 soldiers were wounded.")
    assert source_id_of(t, "en", "5 soldiers") != source_id_of(t, "en", "seized the town")


def test_a_described_group_then_the_body_named_with_the():
    t = ("Shelling killed 9 people in the market, a local activist group said. "
         "The Emergency Medics, which documents abuses, said 3 children were among the dead.")
    assert source_id_of(t, "en", "3 children") == source_id_of(t, "en", "Shelling killed 9")


def test_a_described_group_then_a_person_stays_apart():
    t = "Shelling killed 9 people, a local activist group said. Omar Haddad said 3 children died."
    assert source_id_of(t, "en", "3 children") != source_id_of(t, "en", "Shelling killed 9")


def test_headline_prisoner_groups_are_the_joint_prisoner_bodies():
    from _claims_helpers import claims_of
    text = (
        "Troops detain dozens in raids, prisoner groups say\n\n"
        "RAMALLAH - Troops detained at least 30 people overnight, the Prisoners' Society and the "
        "Commission of Detainee Affairs said in a joint statement.\n\n"
        "The Red Crescent said its crews treated seven people."
    )
    cs = claims_of(text, "en")
    head = next(c for c in cs if c.source_text == "prisoner groups")
    body = next(c for c in cs if "30 people" in text[c.start : c.end])
    red = next(c for c in cs if "seven people" in text[c.start : c.end])
    assert head.source.source_id == body.source.source_id != red.source.source_id



def test_sentence_initial_described_association_is_the_association_named_later():
    from _claims_helpers import claims_of
    text = (
        "DAMASCUS - An association of former prisoners said on Monday it had listed 900 people who died in custody.\n\n"
        "The health ministry said 12 bodies were found.\n\n"
        "The Association of Prisoners and the Disappeared of Tadmur said in a report that it had interviewed 150 survivors."
    )
    cs = claims_of(text, "en")
    lede = next(c for c in cs if "900 people" in text[c.start : c.end])
    named = next(c for c in cs if "150 survivors" in text[c.start : c.end])
    assert lede.source.source_id == named.source.source_id


def test_spokesperson_for_the_group_is_not_a_described_group():
    from _claims_helpers import claims_of
    text = (
        "A strike killed 30 people, a local militia group said on Monday.\n\n"
        "A spokesperson for the group said jets dropped two bombs.\n\n"
        "The National Unity Council put the number of dead at 35 in a statement."
    )
    cs = claims_of(text, "en")
    spk = next(c for c in cs if "two bombs" in text[c.start : c.end])
    council = next(c for c in cs if "at 35" in text[c.start : c.end])
    assert spk.source.source_id != council.source.source_id


@pytest.mark.parametrize("tail, body", [("emergency centre says", "the Emergency Medicine Centre"),
                                        ("operations center says", "the Health Emergency Operations Center")])
def test_headline_centre_or_service_is_the_body_below(tail, body):
    from _claims_helpers import claims_of
    text = f"Clashes kill 19 in the capital, {tail}\n\nTRIPOLI - Fighting overnight killed 19 people and wounded 63, {body} said on Tuesday."
    cs = claims_of(text, "en")
    head = next(c for c in cs if "Clashes kill 19" in text[c.start : c.end])
    lead = next(c for c in cs if "wounded 63" in text[c.start : c.end])
    assert head.source.source_id == lead.source.source_id


@pytest.mark.parametrize("headline, body", [
    ("Dorvan governor: 3 killed as drones hit villages", "regional Gov. Pavel Ostrov said"),
    ("Kelm mayor says 3 killed as drones hit villages", "Mayor Ivan Petrov said"),
    ("Dorvan governor: 3 killed as drones hit villages", "Governor Pavel Ostrov said"),
])
def test_headline_place_title_is_the_one_titled_person(headline, body):
    t = f"{headline}\n\nDrones struck two villages on Saturday, killing 3 civilians, {body}."
    assert source_id_of(t, "en", "3 killed as drones") == source_id_of(t, "en", "killing 3 civilians")


def test_headline_place_title_with_two_titled_people_stays_apart():
    t = ("Dorvan governor: 3 killed as drones hit villages\n\n"
         "Drones struck two villages, killing 3 civilians, Governor Pavel Ostrov said. "
         "Governor Lina Marek of the neighbouring region said 2 houses burned.")
    assert source_id_of(t, "en", "3 killed as drones") not in (
        source_id_of(t, "en", "killing 3 civilians"), source_id_of(t, "en", "2 houses"))


def test_a_described_group_that_speaks_again_by_its_class_noun_stays_itself():
    t = ("Shelling killed 9 people in the market, a local resistance committee said. "
         "The committee said in a statement that 3 children were among the dead. It put the wounded at 20.\n\n"
         "The Varno Doctors Network gave a higher toll of 14 killed.")
    assert source_id_of(t, "en", "3 children") == source_id_of(t, "en", "Shelling killed 9")
    assert source_id_of(t, "en", "toll of 14") != source_id_of(t, "en", "Shelling killed 9")


@pytest.mark.parametrize("lede, named", [
    ("a civil society leader", "Marie Kahindo, president of civil society in Beni territory,"),
    ("a local youth leader", "Amos Teke, head of the local youth council,"),
])
def test_an_unnamed_leader_then_the_named_head_of_that_body(lede, named):
    t = (f"Gunmen attacked a village overnight, killing at least 17 people, {lede} said on Tuesday. "
         f'"We have counted 17 bodies so far," {named} told Reuters. He said 6 people were missing.')
    assert source_id_of(t, "en", "6 people were missing") == source_id_of(t, "en", "killing at least 17")


def test_an_unnamed_leader_then_the_head_of_another_body_stays_apart():
    t = ("Gunmen attacked a village overnight, killing at least 17 people, a civil society leader said. "
         '"We treated 9 wounded," Paul Mbele, head of the district hospital, told Reuters.')
    assert source_id_of(t, "en", "9 wounded") != source_id_of(t, "en", "killing at least 17")


def test_a_countrys_ombudsman_is_the_one_named_ombudsman():
    t = ("Ombudsman Clara Ibsen Ruiz said her office had confirmed 40 deaths in the region. "
         "Varnia's ombudsman has warned for months that 3 villages were at risk.")
    assert source_id_of(t, "en", "3 villages") == source_id_of(t, "en", "40 deaths")


def test_a_governor_heads_the_departmental_government_that_speaks():
    t = ("The departmental government of Alto Verde put the number of displaced at 3,100. "
         "Governor Tomas Ibarra told a radio station that 12 shelters were full.")
    assert source_id_of(t, "en", "12 shelters") == source_id_of(t, "en", "3,100")


def test_a_governor_and_two_level_governments_stay_apart():
    t = ("The departmental government of Alto Verde put the number of displaced at 3,100. "
         "The regional government of Bajo Verde said 900 had fled. "
         "Governor Tomas Ibarra told a radio station that 12 shelters were full.")
    assert source_id_of(t, "en", "12 shelters") not in (source_id_of(t, "en", "3,100"), source_id_of(t, "en", "900 had fled"))


def test_a_places_governor_is_not_another_regions_named_governor():
    t = ("Glide bombs hit Kharkiv, killing 4 people, regional Governor Petro Lysenko said. "
         "Belgorod's governor said one civilian was killed when a drone hit a car.")
    assert source_id_of(t, "en", "one civilian") != source_id_of(t, "en", "killing 4")


@pytest.mark.parametrize("unit", ["the Kelm-based Tiger Corps", "the army's 7th Infantry Division", "the 4th Brigade"])
def test_an_army_unit_speaks_for_the_army(unit):
    t = (f"Two militants and a soldier were killed in a gunfight near the border, the army said. "
         f"In a statement, {unit} said troops had recovered 2 rifles.")
    assert source_id_of(t, "en", "2 rifles") == source_id_of(t, "en", "soldier were killed")


def test_a_defence_spokesperson_is_the_one_army_speaking():
    t = ("Two militants were killed in a gunfight, the army said. "
         "The operation was continuing and 1 militant was hiding in the forest, a defence spokesperson said.")
    assert source_id_of(t, "en", "1 militant") == source_id_of(t, "en", "Two militants")


def test_an_armed_groups_brigades_are_not_the_army():
    t = ("Two fighters were killed in a strike, the army said. "
         "The Qassam Brigades said their fighters had destroyed 3 tanks.")
    assert source_id_of(t, "en", "3 tanks") != source_id_of(t, "en", "Two fighters")


def test_un_headline_spokesperson_and_figures_are_the_one_un_body():
    t = ("Gang attack near Varn kills at least 50, UN says\n\n"
         "Gang members killed at least 50 people in the town, the United Nations human rights office said on Friday.\n\n"
         "U.N. rights spokesperson Lena Holm told a briefing that 16 people had been injured.\n\n"
         "Gang violence killed more than 5,600 people last year, according to U.N. figures.")
    sid = source_id_of(t, "en", "killed at least 50 people")
    assert source_id_of(t, "en", "16 people") == sid == source_id_of(t, "en", "5,600") == "ohchr"


def test_un_data_alone_stays_apart_from_another_un_body():
    t = ("Some 100,000 people had fled the area, the U.N. humanitarian office OCHA said. "
         "Ethnic violence has killed thousands of people since 2017, according to U.N. data.")
    assert source_id_of(t, "en", "thousands") != source_id_of(t, "en", "100,000")


@pytest.mark.parametrize("description", [
    "a Kenyan doctors' group", "a Britain-based war monitor", "an Ecuador-based rights watchdog",
    "a Tigrayan aid network",
])
def test_a_description_with_a_capitalised_adjective_then_the_named_body(description):
    t = (f"Troops shot dead 23 villagers in a raid on a market town, {description} said on Monday.\n\n"
         "The Horizon Relief Collective said in a statement that 41 others were wounded.")
    assert source_id_of(t, "en", "41 others") == source_id_of(t, "en", "shot dead 23")


def test_a_description_then_a_named_person_stays_apart():
    t = ("Troops shot dead 23 villagers in a raid on a market town, a Kenyan doctors' group said on Monday.\n\n"
         "Interior minister Paul Odhiambo Kiprop said 41 attackers were arrested.")
    assert source_id_of(t, "en", "41 attackers") != source_id_of(t, "en", "shot dead 23")
