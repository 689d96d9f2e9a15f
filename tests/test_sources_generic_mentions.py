"""Source identity of generic and partial mentions (composed texts, round 2 of gold_q/gold_r):
a headline's "government" / "rebels" / country / place-named body, "a county official" and "the
state government", organisers who give the same number as a body, "her ministry", a party
leader, a command spokesman with a rank, a minister and the ministry holding his domain word, an
armed wing of a body that speaks under its own name, a rank after an unnamed spokesman.
Negatives: a lede's "officials" and a named official, organisers and a union with other numbers,
a rank after a body that is no spokesman, a country and its ministry."""

from __future__ import annotations

import pytest

from _claims_helpers import source_id_of


def _same(t: str, a: str, b: str, lang: str = "en") -> bool:
    return source_id_of(t, lang, a) == source_id_of(t, lang, b)


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Floods kill 14 in river towns, says government\n"
         "The interior ministry said on Monday that 14 people drowned when the river burst its banks.",
         "kill 14", "14 people drowned"),
        ("Bus crash leaves 9 dead, government says\n"
         "The transport ministry said nine passengers died and 20 were hurt near the pass.",
         "leaves 9 dead", "nine passengers"),
        ("Delta rebels say they seized 3 oil barges\n"
         "The Delta Liberation Front said its fighters had seized three barges, while the navy said it "
         "had recovered one of them.", "seized 3 oil", "seized three barges"),
        ("Kordo insurgents say they burned 4 trucks in convoy attack\n"
         "The Kordo Freedom Army said it destroyed four trucks in the ambush.", "burned 4 trucks", "four trucks"),
        ("Marrin says 12 soldiers killed in border clash\n"
         "The presidency said 12 soldiers were killed when gunmen attacked a post, and a local source "
         "said the toll was higher.", "12 soldiers killed in", "gunmen attacked"),
        ("Harlo interim administration says 300 died of cholera\n"
         "At least 300 people have died of cholera this year, the region's interim administration said.",
         "300 died of cholera", "300 people have died"),
        ("Upland water board says 40 wells dried up\n"
         "The province's water board said 40 wells had dried up and 12 villages needed tankers.",
         "40 wells dried up", "12 villages"),
    ],
)
def test_headline_generic_joins_the_body_quoted_below(text, a, b):
    assert _same(text, a, b)


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("The toll from the raid has risen to 30, a county official said. Marda County Commissioner "
         "Peter Lado Ajak told reporters that 11 children were missing.", "risen to 30", "11 children"),
        ("Twelve houses burned in the attack, the state government said. Lower Nile State health "
         "minister Grace Akol Deng said 40 people were treated at the main hospital.",
         "Twelve houses", "40 people were treated"),
    ],
)
def test_generic_level_official_joins_the_named_speaker_with_that_word(text, a, b):
    assert _same(text, a, b)


def test_headline_officials_join_the_one_named_governor():
    t = ("Gunmen kill 7 in hill villages, officials say\n"
         "Gunmen killed seven people in two hill villages, Governor Ruth Malonga Beya said on Friday.")
    assert _same(t, "kill 7 in hill", "seven people")


def test_lede_officials_stay_apart_from_a_named_official():
    # a first line that is a lede sentence, not a headline: "officials" may be others
    t = ("Seven people were killed in two hill villages on Friday, officials said.\n"
         "The district police chief, Amos Kiberu Lwanga, said 11 people were missing.")
    assert not _same(t, "Seven people", "11 people")


def test_organisers_and_the_body_that_gives_their_number():
    t = ("Teachers rally in capital: organisers say 60,000 marched\n"
         "The Teachers' Federation, which called the strike, said 60,000 people marched to parliament. "
         "Police put the figure at 15,000.")
    assert _same(t, "60,000 marched", "marched to parliament")
    t2 = ("Farmers march: organizers put the crowd at 25,000\n"
          "The Growers Alliance said some 25,000 farmers took part. The national police said 4 were detained.")
    assert _same(t2, "crowd at 25,000", "farmers took part")


def test_organisers_and_a_union_with_other_numbers_stay_apart():
    t = ("Organisers said more than 90,000 people marched in the capital on Saturday.\n"
         "The dockers' union said 400,000 had joined strikes across the country.")
    assert not _same(t, "90,000 people", "400,000")


def test_her_ministry_is_the_minister_before_it():
    t = ("Health Minister Dora Lindqvist said 14 clinics had closed. "
         "Three nurses were hurt in the unrest, her ministry said later.")
    assert _same(t, "14 clinics", "Three nurses")


def test_party_leader_is_the_one_party():
    t = ("The opposition Green Unity Party (GUP) said 300,000 people attended its rally. "
         '"This square is full," party leader Anja Tomsen Brekke told the crowd.')
    assert _same(t, "300,000 people", "square is full")


def test_minister_and_the_ministry_holding_the_domain_word():
    t = ("According to the Ministry of Justice and Public Security, 4,000 suspects were detained. "
         "Security minister Alvaro Ruiz Pena said 300 had been released.")
    assert _same(t, "4,000 suspects", "300 had been released")


def test_command_spokesman_with_a_rank_is_the_military_sharing_a_word():
    t = ("The Eastern Military (EMF) said four soldiers were killed. "
         "Northern Military Command spokesman Col. Ivo Marsh said two others were wounded. "
         "The Highland Liberation Army said it had killed nine soldiers.")
    assert _same(t, "four soldiers", "two others")
    assert not _same(t, "two others", "killed nine")


def test_rank_after_an_unnamed_spokesman_is_that_spokesman():
    t = ("Three soldiers were killed in the clash, the army spokesman said on Sunday. "
         "In a statement, Colonel Fadi Marun Haddad said the troops had seized 40 rifles.")
    assert _same(t, "Three soldiers", "40 rifles")


def test_rank_after_a_body_that_is_no_spokesman_stays_apart():
    t = ("The rebel command said it had lost 20 fighters. "
         "General Tomas Kerrin Vale said the figures were invented.")
    assert not _same(t, "20 fighters", "figures were invented")


def test_armed_wing_of_an_unregistered_body_is_the_body():
    t = ("Highland strikes: KLF says 5 fighters lost\n"
         "The Mountain Guard (MG), the KLF's armed wing, said five of its fighters had been killed.")
    assert _same(t, "5 fighters lost", "five of its fighters")


def test_country_and_its_ministry_stay_apart():
    t = ("Norland says the strikes hit only depots. "
         "Norland's health ministry said 16 people were wounded.")
    assert not _same(t, "only depots", "16 people")


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("The Families Forum said 120,000 people attended. According to the forum, 24 hostages are alive.",
         "120,000 people", "24 hostages"),
        ("The Lawyers Association said 52 people were detained. According to the association, 38 of them were students.",
         "52 people", "38 of them"),
        ("The Harbour Foundation said 300 boats were lost. According to the foundation, 40 crews are missing.",
         "300 boats", "40 crews"),
    ],
)
def test_civic_body_class_noun_points_back(text, a, b):
    assert _same(text, a, b)
