"""A headline's bare country ("Egypt says ...", "Niger says ...") is the one state body quoted
in the article when that body is named with no place of its own ("the interior ministry", "the
National Defence Ministry"); "the group's military" or a body of another place is no such
candidate. A generic "the military" is never an insurgent army that names itself an army ("the
Baloch Liberation Army", "the Kachin Independence Army"). A "Chief fire officer X" heads the fire
service quoted before; "according to the municipal corporation" names a city government.

Sentences composed for these tests."""

from __future__ import annotations

from _claims_helpers import check, source_id_of


def test_country_headline_is_the_one_unqualified_ministry():
    t = ("Kestria says 14 rebels killed in border raids\n\n"
         "KESTRA (Reuters) - Security forces killed 14 rebels in raids near the border, the interior ministry said on Monday.\n\n"
         "A local rights group said three of the dead were farmers.")
    assert source_id_of(t, "en", "14 rebels killed in border") == source_id_of(t, "en", "Security forces killed")


def test_country_headline_and_capitalised_portfolio_ministry():
    t = ("Varnia says 9 soldiers killed in ambush\n\n"
         "Nine soldiers were killed in an ambush in the north, the National Defence Ministry said.\n\n"
         "The group's military wing said it had lost two fighters.")
    assert source_id_of(t, "en", "9 soldiers killed") == source_id_of(t, "en", "Nine soldiers were")


def test_country_headline_with_two_state_bodies_is_the_one_that_gives_its_count():
    # (gold_an README, session 8: "Niger says ..." in a headline is the body that gives the toll
    # in the text; before, two state bodies left the headline apart)
    t = ("Varnia says 9 soldiers killed in ambush\n\n"
         "Nine soldiers were killed in an ambush in the north, the defence ministry said.\n\n"
         "The interior ministry said 40 suspects had been detained.")
    h = source_id_of(t, "en", "9 soldiers killed")
    assert h == source_id_of(t, "en", "Nine soldiers were") and h != source_id_of(t, "en", "40 suspects")


def test_country_headline_with_two_state_bodies_and_no_count_below_stays_apart():
    t = ("Varnia says 9 soldiers killed in ambush\n\n"
         "Soldiers were killed in an ambush in the north, the defence ministry said.\n\n"
         "The interior ministry said 40 suspects had been detained.")
    h = source_id_of(t, "en", "9 soldiers killed")
    assert h != source_id_of(t, "en", "Soldiers were killed") and h != source_id_of(t, "en", "40 suspects")


def test_the_military_is_not_an_insurgent_liberation_army():
    t = ("The military said 33 attackers were killed when troops ended the siege. "
         "The Tarsan Liberation Army said its fighters were still holding dozens of soldiers.")
    assert source_id_of(t, "en", "33 attackers") != source_id_of(t, "en", "still holding dozens")


def test_chief_fire_officer_speaks_for_the_fire_brigade():
    t = ("A blaze in a textile depot killed nine workers overnight, the city's fire brigade said. "
         "Chief fire officer Rakesh Pillai said 30 people had been rescued from the roof.")
    assert source_id_of(t, "en", "30 people") == source_id_of(t, "en", "nine workers")


def test_according_to_the_municipal_corporation_is_a_claim():
    t = "The factory had no fire clearance, according to the municipal corporation."
    check(t, "en", "no fire clearance", "municipal corporation")
