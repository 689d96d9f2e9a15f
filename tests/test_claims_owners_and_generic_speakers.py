"""One source per speaker when the text names it indirectly (gold_l conventions):
- a possessive role ("Its spokesman, X", "the group's spokesman X") right after a sentence that
  narrates a body without quoting it speaks for that body;
- a class-noun possessive ("X, the group's emergency coordinator") is the body that spoke before;
- a body's sub-unit head ("head of the SDF media center") speaks for the body;
- "Syria's Interior Ministry" is a body, not a person named after a possessive;
- a dotted acronym ("R.S.F.") names the registered body; "the agency" points back to a UN agency;
- "Health Minister X" is "Sudan's Ministry of Health";
- a headline's generic speaker ("say Gaza officials", "Aid Groups Say", "– regional governor") is
  the one body (or person) of its kind quoted in the article; a bare "the United Nations" in the
  body of the text stays the UN;
- "Superintendent of Police X" is the police; "Hamas's armed wing" is Hamas when Hamas speaks.
Negatives keep apart what the text keeps apart."""

from __future__ import annotations

from _claims_helpers import claim_with, claims_of, source_id_of


def test_its_spokesman_after_a_narrated_body_speaks_for_it():
    t = ("The regional water authority gave a different account. "
         "Its spokeswoman, Dana Olu, said 48 villages had lost their supply. "
         "The Red Cross said 3,000 people needed drinking water.")
    c = claim_with(claims_of(t, "en"), t, "48 villages")
    assert "water authority" in c.source.name
    assert "Dana Olu" in (c.source_text or "")
    assert source_id_of(t, "en", "48 villages") != source_id_of(t, "en", "3,000 people")


def test_group_spokesman_after_a_responsibility_claim_is_the_group():
    t = ("Police said 9 people died in the blast at the bus depot. "
         "The outlawed Northern Liberation Front claimed responsibility. "
         "In a message to reporters, the group's spokesman Amar Tedla said its fighters had hit 20 buses.")
    c = claim_with(claims_of(t, "en"), t, "20 buses")
    assert "Northern Liberation Front" in c.source.name
    assert source_id_of(t, "en", "20 buses") != source_id_of(t, "en", "9 people")


def test_class_possessive_coordinator_is_the_aid_group_before():
    t = ("The Karam Relief Foundation said its clinic had treated 90 children since Monday. "
         '"We are out of antibiotics," Rosa Kemp, the group\'s field coordinator, said. '
         "The militia said in a post that it had seized 12 trucks.")
    assert source_id_of(t, "en", "out of antibiotics") == source_id_of(t, "en", "90 children")
    assert source_id_of(t, "en", "12 trucks") != source_id_of(t, "en", "90 children")


def test_the_group_after_a_dotted_acronym_is_not_a_coordinator():
    t = ("Doctors Without Borders said 31 patients died. "
         '"We are running out of blood," Ana Ruiz, the group\'s medical coordinator, said. '
         "The R.S.F. denied targeting civilians. On Telegram, the group said it had captured 40 soldiers.")
    assert source_id_of(t, "en", "40 soldiers") == source_id_of(t, "en", "targeting civilians") == "rsf-sudan"


def test_sub_unit_head_speaks_for_the_registered_body():
    t = ("The Syrian Democratic Forces (SDF) said seven people were killed. "
         "Aras Heval, head of the SDF press office, told reporters that 13 others were wounded.")
    assert source_id_of(t, "en", "13 others") == source_id_of(t, "en", "seven people") == "sdf"


def test_country_possessive_ministry_is_a_body_its_director_joins():
    t = ("Iraq's Interior Ministry said it had arrested 300 suspects. "
         "Brig Saad Maan, the ministry's security director in Basra, said 14 officers were hurt.")
    assert source_id_of(t, "en", "14 officers") == source_id_of(t, "en", "300 suspects")


def test_the_agency_points_back_to_the_un_agency():
    t = ("The International Organization for Migration said 61 people drowned off Libya. "
         "The agency said the route remained the deadliest in the world.")
    assert source_id_of(t, "en", "deadliest") == source_id_of(t, "en", "61 people") == "iom"


def test_portfolio_minister_joins_the_countrys_ministry_of_that_portfolio():
    t = ("Chad's Ministry of Health says the outbreak has killed 120 people. "
         "Health Minister Idriss Mahamat told reporters that 4,000 cases had been recorded. "
         "The World Health Organization says 95 people have died.")
    assert source_id_of(t, "en", "4,000 cases") == source_id_of(t, "en", "120 people")
    assert source_id_of(t, "en", "95 people") != source_id_of(t, "en", "120 people")


def test_apposed_personal_name_makes_she_point_back_to_the_title():
    t = ("According to the Labour party, which said 5 members were missing, the raids went on. "
         "Peru's ombudsman, Elena Quispe, said 3,000 people had fled. "
         '"This is the worst crisis in years," she said.')
    assert source_id_of(t, "en", "worst crisis") == source_id_of(t, "en", "3,000 people")


def test_headline_generic_officials_are_the_ministry_quoted_below():
    t = ("Strikes on camp kill dozens, say Gaza officials\n"
         "Strikes killed at least 38 people, according to the Gaza health ministry, which said 74 were wounded.\n"
         "The Israeli military said it had hit a command post.")
    assert source_id_of(t, "en", "kill dozens") == source_id_of(t, "en", "74 were wounded")
    assert source_id_of(t, "en", "kill dozens") != source_id_of(t, "en", "command post")


def test_headline_aid_groups_are_the_one_aid_group_quoted():
    t = ("Assault on city leaves scores dead, aid groups say\n"
         "Medecins Sans Frontieres said its hospital had received 163 wounded people.\n"
         "The governor of the province said more than 200 civilians had been killed.")
    assert source_id_of(t, "en", "scores dead") == source_id_of(t, "en", "163 wounded")


def test_headline_regional_governor_is_the_governor_named_below():
    t = ("Shelling kills four, injures 17 – regional governor\n"
         "Russian forces shelled the city 93 times, killing four civilians, Oblast Governor Ivan Petrenko said.\n"
         "The air force said 38 drones were shot down.")
    assert source_id_of(t, "en", "kills four") == source_id_of(t, "en", "93 times")


def test_provincial_governor_stays_apart_from_the_governors_spokesman():
    t = ("The provincial governor said 9 people had died in the floods. "
         '"These numbers are too low," the governor\'s spokesman, Hadi Saleh, told AFP.')
    assert source_id_of(t, "en", "9 people") != source_id_of(t, "en", "too low")


def test_bare_united_nations_in_the_text_stays_the_un():
    t = ("Floods worsen cholera in camps\n"
         "The floods killed 41 people, according to the UN humanitarian office, OCHA.\n"
         "The United Nations says nearly 12 million people have been forced from their homes.")
    assert source_id_of(t, "en", "12 million") == "un"


def test_superintendent_of_police_is_the_police_of_the_headline():
    t = ("26 killed in blast at railway station, say police\n"
         "At least 26 people were killed when a bomber blew himself up, police said.\n"
         '"The bomber carried 8 kg of explosives," Senior Superintendent of Police Imran Qadir told reporters.')
    assert source_id_of(t, "en", "8 kg") == source_id_of(t, "en", "26 people")


def test_armed_wing_of_a_speaking_movement_is_the_movement():
    t = ("Hamas said the talks had stalled. Hamas's armed wing claimed that its fighters had "
         "captured three soldiers. The army said 4 soldiers were killed.")
    assert source_id_of(t, "en", "three soldiers") == source_id_of(t, "en", "talks had stalled") == "hamas"
