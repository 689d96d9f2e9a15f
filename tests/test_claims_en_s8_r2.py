"""English claims/sources, session 8 round 2: the lead's second-round calls and round-1 leftovers
(tests/gold/README.md, "Decided by the lead (session 8, second round)"). Every class in several
composed wordings in other newsroom styles; no sentence comes from a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of, source_id_of


# "X claimed responsibility for <an attack>" is a claim of the group (the lead's call)
@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("The Islamic State group claimed responsibility for the bombing in a post on its Amaq outlet.",
         "responsibility for the bombing", "Islamic State"),
        ("A little-known militia calling itself the Northern Brigade claimed responsibility for the ambush on Monday.",
         "responsibility for the ambush", "militia"),
        ("Separatist rebels claimed responsibility for the raid in an email to reporters, saying they had seized 12 soldiers.",
         "responsibility for the raid", "rebels"),
        ("KABUL (Reuters) - A Taliban splinter faction claimed responsibility for Tuesday's blast at the market.",
         "responsibility for Tuesday's blast", "Taliban splinter faction"),
        ("In a message on Telegram, the jihadist group claimed responsibility for the attack on the convoy.",
         "responsibility for the attack on the convoy", "jihadist group"),
        ("The Baloch insurgents claimed credit for the assault on the camp.",
         "credit for the assault", "insurgents"),
    ],
)
def test_claimed_responsibility_for_an_attack_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the bombing.",
        "The attackers, who claimed responsibility for the blast, fled north.",
        "The militants did not claim responsibility for the kidnapping.",
    ],
)
def test_no_responsibility_claim_without_a_claiming_subject(text: str) -> None:
    assert not any("responsibility" in text[c.start : c.end] for c in claims_of(text, "en"))


# a habitual description in a relative clause is background, no claim (the lead's call)
@pytest.mark.parametrize(
    "text",
    [
        "The junta, which routinely accuses France of arming the jihadists, gave no toll.",
        "Rwanda, which often blames Kinshasa for the violence, did not comment.",
        "The militia, which regularly accuses the army of shelling villages, was not reached.",
        "The ministry, which usually blames smugglers for such deaths, did not respond.",
        "Hamas, which frequently accuses Israel of targeting aid workers, gave no figure on Monday.",
    ],
)
def test_habitual_relative_accusation_is_no_claim(text: str) -> None:
    assert claims_of(text, "en") == []


# a generic headline speaker ("..., Gaza officials say", "Officials: ...", "Police say ...") is the
# body below that gives the headline's count, even when other bodies of its kind speak too
_HEADLINE_GENERIC_CASES = [
    (
        'Shelling of market in Kharkiv kills 9, Ukrainian officials say\n\n'
        "An artillery barrage on a covered market in Kharkiv killed nine people and wounded 21 on Friday, the regional prosecutor's office said. The interior ministry said rescuers were still at the scene.",
        'kills 9', 'killed nine people',
    ),
    (
        'Officials: 17 killed in attack on Nigerian village\n\n'
        'ABUJA - Gunmen killed 17 villagers in Plateau state overnight, the state government said on Tuesday. The defence ministry said troops had been sent to the area. The information ministry said the attack was condemned.',
        '17 killed', 'Gunmen killed 17',
    ),
    (
        'Police say 40 arrested after clashes in Dhaka\n\n'
        'DHAKA - The interior ministry said the situation was calm. Officers detained 40 people after clashes near the university, the Dhaka Metropolitan Police said on Saturday. The traffic police said roads were reopened.',
        '40 arrested', 'Officers detained 40',
    ),
    (
        'Flash floods kill 31 in Afghan province, authorities say\n\n'
        "KABUL - The Taliban's agriculture ministry said crops were lost. Flash floods swept through villages in Baghlan province, killing 31 people, the provincial disaster management department said. The health ministry said clinics were open.",
        'Flash floods kill 31', 'killing 31 people',
    ),
    (
        'Israeli raid on Nablus kills 6, Palestinian officials say\n\n'
        'RAMALLAH - Israeli forces killed six Palestinians during a raid on Nablus, the Palestinian health ministry said on Tuesday. The Palestinian foreign ministry said the raid was a crime.',
        'raid on Nablus kills 6', 'killed six Palestinians',
    ),
]


@pytest.mark.parametrize(("text", "head_key", "body_key"), _HEADLINE_GENERIC_CASES)
def test_generic_headline_speaker_is_the_count_giver(text: str, head_key: str, body_key: str) -> None:
    assert source_id_of(text, "en", head_key) == source_id_of(text, "en", body_key)


def test_generic_headline_speaker_stays_apart_from_a_civilian_count_giver() -> None:
    text = ("Boat capsizes off Libya, 20 dead, officials say\n\n"
            "A boat carrying migrants capsized off Tobruk, leaving 20 dead, a charity running rescue boats said. "
            "The coast guard said it had found the wreck.")
    assert source_id_of(text, "en", "Boat capsizes off Libya") != source_id_of(text, "en", "leaving 20 dead")


# "<headline>, 14 dead – LASEMA": a body's acronym after a final dash speaks, and is the body below
# whose capitalised words spell it (or that names it again); an unknown acronym with no such body
# ("– KTN", a credit) stays no speaker
@pytest.mark.parametrize(
    ("text", "head_key", "body_key"),
    [
        ("Ferry overturns near Ikorodu, 11 dead – LASEMA\n\nLAGOS – Eleven passengers drowned when a ferry "
         "overturned, the Lagos State Emergency Management Agency said on Sunday.",
         "Ferry overturns near Ikorodu", "Eleven passengers drowned"),
        ("Tanker explosion kills 9 in Niger State – NEMA\n\nNine people died and 20 were hurt when a fuel tanker "
         "exploded, the National Emergency Management Agency said.",
         "Tanker explosion kills 9", "Nine people died"),
        ("12 dead in bus crash on Lagos-Ibadan expressway - FRSC\n\nABUJA - Twelve travellers were killed when "
         "a bus hit a trailer, the Federal Road Safety Corps (FRSC) said.",
         "12 dead in bus crash", "Twelve travellers were killed"),
        ("Boat mishap: 6 bodies recovered — NIWA\n\nSix bodies were pulled from the river on Monday, the "
         "National Inland Waterways Authority said.",
         "6 bodies recovered", "Six bodies were pulled"),
        ("Market fire destroys 300 shops — KSFS\n\nKANO — About 300 shops were destroyed, the Kano State "
         "Fire Service said, adding that no one died.",
         "Market fire destroys 300 shops", "300 shops were destroyed"),
    ],
)
def test_dash_headline_acronym_is_the_body_below(text: str, head_key: str, body_key: str) -> None:
    assert source_id_of(text, "en", head_key) == source_id_of(text, "en", body_key)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters storm parliament in Nairobi - KTN\n\nPolice said 30 people were held.",
        "Floods displace 4,000 in Dhaka slums - AFP\n\nThe relief ministry said shelters were open.",
    ],
)
def test_dash_headline_credit_acronym_is_no_speaker(text: str) -> None:
    head = text.split("\n")[0]
    assert not [c for c in claims_of(text, "en") if c.start < len(head)]


# 'X called the attack "a deliberate hunt for civilians"': a quoted characterisation is a claim
@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ('Regional governor Oleh Syniehubov called the strike "a deliberate attack on civilians".',
         "deliberate attack on civilians", "Oleh Syniehubov"),
        ('The foreign ministry called the shelling of the hospital "a flagrant violation of international law".',
         "flagrant violation", "foreign ministry"),
        ('President Ruto called the killings "unacceptable and cowardly" on Tuesday.',
         "unacceptable and cowardly", "Ruto"),
        ("Amnesty International calls the new law “an assault on free speech”.",
         "assault on free speech", "Amnesty International"),
        ('The mayor called it "a barbaric crime" and said 14 people were killed.',
         "barbaric crime", "mayor"),
        ('Local leaders called the raid on the camp "a massacre of innocents".',
         "massacre of innocents", "Local leaders"),
    ],
)
def test_called_np_quote_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("A militia called the Northern Brigade said it had killed 12 soldiers.", "killed 12 soldiers", "militia"),
        ('The operation was called "the final push" by officers, the army said on Monday.', "final push", "army"),
        ("A rebel faction called the Free Valley Front said 20 of its fighters had died.", "20 of its fighters", "rebel faction"),
    ],
)
def test_called_as_a_name_is_no_cue(text: str, key: str, speaker: str) -> None:
    c = check(text, "en", key, speaker)
    assert c.cue.lower() not in ("called", "calls")


# "Al Jazeera's <Name>, reporting from <place>, said": the outlet's named correspondent speaks, a
# source of their own (not the outlet, which may speak for itself in the same story)
@pytest.mark.parametrize(
    ("text", "key", "person", "outlet_key"),
    [
        ("Al Jazeera's Tareq Abu Azzoum, reporting from Deir el-Balah, said at least 20 people were killed. "
         "Al Jazeera said its office in the city was hit.", "20 people were killed", "Tareq Abu Azzoum", "office in the city"),
        ("Reporting from Khartoum, Al Jazeera's Hiba Morgan said the shelling had killed 30. "
         "Al Jazeera said two of its staff were hurt.", "shelling had killed 30", "Hiba Morgan", "two of its staff"),
        ("The BBC's Lyse Doucet said aid lorries had not moved for a week. The BBC said it had withdrawn its team.",
         "aid lorries had not moved", "Lyse Doucet", "withdrawn its team"),
        ("Al Jazeera's correspondent Ali Hashem said 14 missiles struck the port. Al Jazeera said its crew was safe.",
         "14 missiles struck the port", "Ali Hashem", "its crew was safe"),
        ("Reuters' Mohammed Salem, speaking from Rafah, said the crossing was shut. Reuters said it could not verify the toll.",
         "the crossing was shut", "Mohammed Salem", "could not verify the toll"),
    ],
)
def test_outlet_correspondent_is_a_person_of_their_own(text: str, key: str, person: str, outlet_key: str) -> None:
    c = check(text, "en", key, person)
    assert c.source.source_id != source_id_of(text, "en", outlet_key)


def test_outlet_subunit_stays_the_outlet() -> None:
    text = "Reuters' Arabic Service said three people died. Reuters said the figure was provisional."
    assert source_id_of(text, "en", "three people died") == source_id_of(text, "en", "figure was provisional")


# 'X posted on Telegram: "..."' / 'posted on its Facebook page that ...': "posted on" a channel, then a
# colon or "that", is a cue (a post's content); "troops posted on the border" stays no cue
@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ('The interior ministry posted on Telegram: "Twelve civilians were killed in the strike."',
         "Twelve civilians were killed", "interior ministry"),
        ("Governor Ahmed Musa posted on his Facebook page that 14 people were injured.", "14 people were injured", "Ahmed Musa"),
        ("The regional administration posted on X that 30 drones were launched overnight.",
         "30 drones were launched", "regional administration"),
        ("Police posted on the force's website that 22 suspects had been arrested.", "22 suspects", "Police"),
        ('JNIM posted on its Telegram channel: "Our fighters killed 40 soldiers."', "killed 40 soldiers", "JNIM"),
    ],
)
def test_posted_on_a_channel_is_a_cue(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("Troops posted on the border said 3 smugglers were caught.", "3 smugglers", "Troops"),
        ("Soldiers posted on the hill that overlooks the town fired at the crowd, residents said.",
         "fired at the crowd", "residents"),
    ],
)
def test_posted_as_stationed_is_no_cue(text: str, key: str, speaker: str) -> None:
    c = check(text, "en", key, speaker)
    assert c.cue != "posted"


# "X claimed responsibility for the attack and said ...": two claims of X (the second cue goes on
# with the first one's speaker); "claimed responsibility and said" / "claimed the attack and said": one
@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        ("Islamic State claimed responsibility for the bombing and said 20 soldiers had been killed.",
         "responsibility for the bombing", "20 soldiers", "Islamic State"),
        ("The rebels claimed responsibility for the ambush on Sunday and said they had seized 12 trucks.",
         "responsibility for the ambush", "seized 12 trucks", "rebels"),
        ("A Taliban faction claimed responsibility for the raid in a message to reporters and said 9 police died.",
         "responsibility for the raid", "9 police died", "Taliban faction"),
    ],
)
def test_claimed_responsibility_and_said(text: str, first: str, second: str, speaker: str) -> None:
    a = check(text, "en", first, speaker)
    b = check(text, "en", second, speaker)
    assert second not in text[a.start : a.end] and a.source.source_id == b.source.source_id


def test_claimed_responsibility_alone_then_said_is_one_claim() -> None:
    text = "The banned group claimed responsibility and said 20 soldiers had been killed."
    assert [text[c.start : c.end] for c in claims_of(text, "en")] == ["20 soldiers had been killed"]


# "X, the party of the ousted prime minister, rejected ... It said ...": a party is a body (its
# apposition's "minister" made it a person), so "It" points back to it, not to an earlier body
@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("The interior ministry said 300 people were detained. The Awami League, the party of the ousted prime minister, "
         "rejected the figures in a statement. It said that 44 of its members had been killed.", "44 of its members", "Awami League"),
        ("The army said 12 soldiers died. The Justice Party, the party of the former president, rejected the army's account. "
         "It said 30 supporters were arrested.", "30 supporters", "Justice Party"),
        ("Police said the march was peaceful. The opposition Labour Party, the party of the late prime minister, "
         "rejected the police account. It said 15 activists were held.", "15 activists", "Labour Party"),
    ],
)
def test_a_party_is_a_body_for_it(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)
