"""Generalisation probe of the session-7 English speaker-phrase classes (composed sentences).

The session's rules were tuned on the wording of the gold passages; these variants restate
each class in other newsroom styles (wire, BBC/Guardian, South Asian and African papers, UN
releases): other word order, tense, determiners, dashes and parentheses, lower-case titles,
plural subjects, numbers in words and digits. Passing variants guard the class; the ones that
failed before this file came with general fixes:

- an age in parentheses after a name ("Local councillor Grace Achieng (41) said");
- a typewriter dash pair around an aside ("The district officer -- talking to X -- said");
- "while/when" before the aside's participle ("The spokesman, while talking to journalists, said");
- "the official" after a body's titled head ("Kenya Red Cross Secretary-General X ... The official added");
- "has confirmed/registered N" on record inside a trailing statement ("..., the Inspector General
  said"), while "..., the outlet said" with the subject's own noun keeps the counting subject;
- a number inside a cited name ("citing officials of the Rescue 1122 service");
- a numbered list after a colon ("reported the following:" + "1. ..." + "2. ...");
- precision: "said nothing/little about N ..." is no claim.

Each case: text, key phrase of the content, a name the speaker must carry.
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of
from newsclaims.extract import extract_article

SPEAKER_PHRASES = [
    ("Fatima Yusuf, 52, a trader from Maiduguri, said the gunmen had burned 35 shops in the market.",
     "burned 35 shops", "Fatima Yusuf"),
    ("The attack killed 14 villagers, said Peter Mwangi, 47, a community elder in Marsabit.",
     "killed 14 villagers", "Peter Mwangi"),
    ("A resident of Khan Younis, Ahmed Saleh, who fled his home last week, told Al Jazeera that at least 20 neighbours were buried under the rubble.",
     "20 neighbours were buried", "Ahmed Saleh"),
    ("Local councillor Grace Achieng (41), speaking by phone from Kisumu, said 9 people had drowned.",
     "9 people had drowned", "Grace Achieng"),
    ("Local councillor Grace Achieng (41) said 9 people had drowned.",
     "9 people had drowned", "Grace Achieng"),
    ("Abdul Karim, a 38-year-old shopkeeper in Quetta's Hazara Town, said police had arrested 11 suspects.",
     "arrested 11 suspects", "Abdul Karim"),
    ("Mohammed Ali -- a father of five from Rafah -- said two of his children were wounded in the strike.",
     "children were wounded", "Mohammed Ali"),
    ("Mohammed Ali — a father of five from Rafah — said two of his children were wounded in the strike.",
     "children were wounded", "Mohammed Ali"),
    ("Shopkeepers who witnessed the blast said more than 30 people were injured.",
     "30 people were injured", "Shopkeepers"),
    ("Five soldiers were killed and 8 wounded in the ambush, said army spokesman Lt Col Kagame Ndori, 44, on Friday.",
     "8 wounded in the ambush", "Kagame Ndori"),
]


@pytest.mark.parametrize("text,key,speaker", SPEAKER_PHRASES)
def test_speaker_phrase_variants(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "(41)" not in c.source.name  # an age in parentheses is no part of the name


LOWER_CASE_TITLES = [
    ("police spokesman Bala Elkana said 17 suspects had been arrested.", "17 suspects", "Bala Elkana"),
    ("Seven people died in the fire, district commissioner Wilson Wanyanga told reporters.",
     "Seven people died", "Wilson Wanyanga"),
    ("According to senior superintendent of police Imran Shah, 6 militants were killed in the raid.",
     "6 militants were killed", "Imran Shah"),
    ("The toll rose to 28, fire brigade chief Luis Moreno said on Wednesday.", "toll rose to 28", "Luis Moreno"),
    ("midwife Joyce Kamau, who has worked at the clinic for a decade, said 12 mothers gave birth during the shelling.",
     "12 mothers gave birth", "Joyce Kamau"),
    ("Farmer Musa Bello (56) told the Guardian that bandits had killed 7 villagers.", "killed 7 villagers", "Musa Bello"),
]


@pytest.mark.parametrize("text,key,speaker", LOWER_CASE_TITLES)
def test_lower_case_title_variants(text, key, speaker):
    check(text, "en", key, speaker)


ASIDES = [
    ("The provincial health minister, talking to reporters in Peshawar, said 23 people had died of heatstroke.",
     "23 people had died", "health minister", "reporters"),
    ("Interior Minister Rana Sanaullah, speaking to Geo News, said that 40 suspects were in custody.",
     "40 suspects", "Rana Sanaullah", "Geo News"),
    ("The district officer -- talking to The Nation on Sunday -- said 5 schools had been flooded.",
     "5 schools had been flooded", "district officer", "Nation"),
    ("The district officer – talking to The Nation on Sunday – said 5 schools had been flooded.",
     "5 schools had been flooded", "district officer", "Nation"),
    ("The commissioner, in an interview with Daily Trust, said 300 households were displaced.",
     "300 households", "commissioner", "Daily Trust"),
    ("The spokesman, while talking to journalists, confirmed that 8 soldiers had been martyred.",
     "8 soldiers", "spokesman", "journalists"),
    ("The spokesman, when talking to journalists, confirmed that 8 soldiers had been martyred.",
     "8 soldiers", "spokesman", "journalists"),
    ("The spokesman, while speaking to journalists, said 8 soldiers had been killed.",
     "8 soldiers", "spokesman", "journalists"),
]


@pytest.mark.parametrize("text,key,speaker,audience", ASIDES)
def test_aside_variants(text, key, speaker, audience):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", audience)


RELAYS = [
    ("State media reported that 15 people were killed, citing the National Disaster Management Authority (NDMA).",
     "15 people were killed", "National Disaster Management Authority", "State media"),
    ("At least 41 people have died, the Associated Press reported, citing the Kenya Red Cross Society (KRCS).",
     "41 people have died", "Kenya Red Cross Society", None),
    ("The news agency, citing the Provincial Disaster Management Authority (PDMA), said 230 houses were damaged.",
     "230 houses", "Provincial Disaster Management Authority", "news agency"),
    ("Dawn reported 19 deaths, citing officials of the Rescue 1122 service.",
     "19 deaths", "Rescue 1122", "Dawn"),
    ("Geo News reported that 12 were injured, citing a Rescue 1122 spokesman.",
     "12 were injured", "Rescue 1122 spokesman", "Geo News"),
    ("Hundreds were feared dead, the Associated Press reported, citing a local official.",
     "feared dead", "local official", None),
]


@pytest.mark.parametrize("text,key,speaker,via", RELAYS)
def test_citing_relay_variants(text, key, speaker, via):
    if via is None:
        check(text, "en", key, speaker)
    else:
        check(text, "en", key, speaker, via=via)
    assert len(claims_of(text, "en")) == 1  # ("1122 service" is no claim of its own)


ACCORDING_TRAILING = [
    ("According to the state emergency agency, 56 people were killed, a spokesman said.",
     "56 people were killed", "state emergency agency", "spokesman"),
    ("According to police, at least 13 people died in the stampede, the state governor told reporters.",
     "13 people died", "police", "governor"),
    ("According to figures from the Health Ministry, 212 people had been wounded, officials said on Thursday.",
     "212 people had been wounded", "Health Ministry", "officials"),
    ("According to hospital sources, the toll had risen to 31, a doctor at the facility told the BBC.",
     "toll had risen to 31", "hospital sources", "doctor"),
]


@pytest.mark.parametrize("text,key,speaker,via", ACCORDING_TRAILING)
def test_according_to_then_trailing_speaker(text, key, speaker, via):
    check(text, "en", key, speaker, via=via)


COUNTS_ON_RECORD = [
    ("The ministry has documented 1,450 deaths since January, including 300 women, the UN human rights office said in a statement.",
     "1,450 deaths", "UN human rights office"),
    ("Local authorities have registered more than 8,000 displaced families, OCHA said on Monday.",
     "8,000 displaced families", "OCHA"),
    ("Police have confirmed 22 arrests, the Inspector General said in a press release.",
     "22 arrests", "Inspector General"),
    ("The health ministry has confirmed 140 cholera deaths, WHO said on Tuesday.", "140 cholera deaths", "WHO"),
    ("Authorities had confirmed 9 fatalities, a UN spokesperson told reporters in Geneva.", "9 fatalities", "UN spokesperson"),
    ("The agency has registered 3,100 new arrivals since Monday, UNHCR said.", "3,100 new arrivals", "UNHCR"),
    ("A total of 17 bodies have been recovered so far, according to the National Emergency Management Agency (NEMA).",
     "17 bodies", "National Emergency Management Agency"),
    # "the" + a noun of the counting subject's own phrase points back to the subject
    ("Mediazona, an independent Russian outlet, has confirmed the names of 4,210 soldiers killed in the war, the outlet said last week.",
     "4,210 soldiers", "Mediazona"),
    ("The Red Cross has verified 51 deaths, including 12 children, its spokeswoman said.", "51 deaths", "Red Cross"),
]


@pytest.mark.parametrize("text,key,speaker", COUNTS_ON_RECORD)
def test_count_on_record_inside_trailing_statement(text, key, speaker):
    check(text, "en", key, speaker)
    assert len(claims_of(text, "en")) == 1


COREFERENCE = [
    ("Dr Amina Bashir, the medical superintendent of the Lady Reading Hospital, said 34 injured had been brought in. "
     "She said nine of them were in critical condition.", "nine of them", "Amina Bashir"),
    ("Deputy Commissioner Imran Qureshi said 12 people had been rescued. Qureshi added that the search would continue overnight.",
     "search would continue", "Imran Qureshi"),
    ("A senior police officer, who requested anonymity, said four suspects were arrested. The officer said two more were being questioned.",
     "two more were being questioned", "senior police officer"),
    ("Kenya Red Cross Secretary-General Ahmed Idris said 15 people drowned. The official added that 3,000 people were displaced.",
     "3,000 people were displaced", "Ahmed Idris"),
    ("Governor Babagana Zulum said 600 families had received food. The governor said 20 more camps were needed.",
     "20 more camps", "Babagana Zulum"),
    ("Local councillor Grace Achieng (41) said 9 people had drowned. Achieng said 3 more were missing.",
     "3 more were missing", "Grace Achieng"),
]


@pytest.mark.parametrize("text,key,speaker", COREFERENCE)
def test_coreference_variants(text, key, speaker):
    check(text, "en", key, speaker)


def test_the_official_after_a_volunteer_stays_unresolved():
    """A volunteer is no official: "The official" after him is somebody else."""
    text = "Red Crescent volunteer Omar Haddad said 8 bodies were found. The official said the search continued."
    c = check(text, "en", "search continued", "official")
    assert "Haddad" not in c.source.name


PUT_AT = [
    ("The police put the death toll at 19.", "19", "police", 19, "killed"),
    ("Officials put the number of displaced at more than 12,000.", "12,000", "Officials", 12000, "displaced"),
    ("Rescue officials, however, put the figure at 45 dead and 120 injured.", "45 dead", "Rescue officials", 45, "killed"),
    ("The ministry confirmed the attack but put the number of dead at seven.", "dead at seven", "ministry", 7, "killed"),
    ("The Red Crescent puts the number of those missing at around 200.", "200", "Red Crescent", 200, "missing"),
    ("The provincial government has put the toll at 31, while local media say at least 40 died.", "toll at 31",
     "provincial government", 31, "killed"),
]


@pytest.mark.parametrize("text,key,speaker,value,category", PUT_AT)
def test_put_the_number_at_variants(text, key, speaker, value, category):
    c = check(text, "en", key, speaker)
    ex = extract_article(text, "en")
    k = list(ex.claims).index(c)
    assert any(f.number.value == value and f.category == category for i, f in ex.figures if i == k)


REPORT_THAT = [
    ("Aid agencies report that 2,300 people have crossed the border since Friday.", "2,300 people", "Aid agencies"),
    ("Local partners reported that at least 14 schools had been destroyed.", "14 schools", "Local partners"),
    ("The cluster reports that 48,000 children are out of school.", "48,000 children", "cluster"),
    ("UNICEF has reported that 9 children were killed in the strike.", "9 children", "UNICEF"),
    ("Residents report that dozens of houses were torched overnight.", "houses were torched", "Residents"),
]


@pytest.mark.parametrize("text,key,speaker", REPORT_THAT)
def test_report_that_variants(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "report" not in c.source.name.lower()


LISTS = [
    ("Floods hit the region on Monday.\nThe National Disaster Management Authority said in its update:\n"
     "- 42 people were killed\n- 130 were injured\n- 11 remain missing\nThe rains are expected to continue.",
     "National Disaster Management Authority", ("42", "130", "11")),
    ("Floods hit the region on Monday.\nAccording to OCHA, as of 10 June:\n• 5,000 people have been displaced;\n"
     "• 12 health facilities were damaged;\n• 3 bridges collapsed.\nMore rain is forecast.",
     "OCHA", ("5,000", "12 health facilities")),
    ("Fighting continued in the north.\nThe UN agency reported the following:\n1. At least 60 civilians killed;\n"
     "2. 210 wounded.\nTalks were due on Friday.", "UN agency", ("60 civilians", "210 wounded")),
    ("Fighting continued in the north.\nThe UN agency reported on Friday that:\n1. At least 60 civilians were killed;\n"
     "2. 210 were wounded.\nTalks were due on Friday.", "UN agency", ("60 civilians", "210 were wounded")),
]


@pytest.mark.parametrize("text,speaker,keys", LISTS)
def test_colon_list_variants(text, speaker, keys):
    for key in keys:
        check(text, "en", key, speaker)
    assert not any("Talks" in text[c.start : c.end] or "rain" in text[c.start : c.end] for c in claims_of(text, "en"))


def test_numbered_list_stops_at_an_item_with_its_own_cue():
    text = ("Results were announced.\nThe commission said:\n1. Turnout was high.\n2. Voting was calm.\n"
            "The opposition said 14 of its agents were arrested.")
    check(text, "en", "Voting was calm", "commission")
    check(text, "en", "14 of its agents", "opposition")


NO_CLAIM = [
    "The president met Governor Zulum, who said nothing about the 30 missing fishermen.",
    "The army said little about the 12 soldiers captured on Sunday.",
    "Police arrested 12 men in Mombasa on Tuesday.",
    "She said in Nairobi on Tuesday, 14 March.",
    "The ministry thanked UNICEF, which delivered 4,000 tents.",
    "Officials from the UN and the Red Cross visited 3 camps on Sunday.",
    "The report, which was published by Amnesty International, is 80 pages long.",
    "The hospital, in Lahore, received 25 patients.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(text):
    assert claims_of(text, "en") == []


def test_said_nothing_had_is_a_claim():
    check("Police said nothing had been stolen from the 4 houses.", "en", "stolen from the 4 houses", "Police")


def test_relative_said_after_an_inverted_cue_keeps_the_speaker():
    text = '"We will rebuild," said the mayor, who said 40 homes were gone.'
    check(text, "en", "40 homes", "mayor")


ACCORDING_TO_ASIDE = [
    ("According to an official of the Borno State Emergency Management Agency who asked not to be named, 9 people died.",
     "9 people died", "official of the Borno State Emergency Management Agency"),
    ("According to a police officer speaking on condition of anonymity, 14 militants were arrested.",
     "14 militants", "police officer"),
    ("According to the army, which gave no details, 5 soldiers were killed.", "5 soldiers", "army"),
    ("According to a doctor who treated the wounded, 3 of them died overnight.", "3 of them died", "doctor"),
]


@pytest.mark.parametrize("text,key,speaker", ACCORDING_TO_ASIDE)
def test_according_to_speaker_with_its_own_clause(text, key, speaker):
    """The clause that describes the speaker after a sentence-initial 'According to X' is no content."""
    c = check(text, "en", key, speaker)
    assert text[c.start : c.end].startswith(key.split()[0])


QUOTE_THEN_WHO_SAID = [
    ('"We counted 40 bodies," a volunteer who said he had worked through the night told AFP.',
     "We counted 40 bodies", "he had worked through the night", "volunteer"),
    ('"Two of our colleagues were killed," the reporter who said he witnessed the attack told the BBC.',
     "colleagues were killed", "he witnessed the attack", "reporter"),
]


@pytest.mark.parametrize("text,quote_key,rel_key,speaker", QUOTE_THEN_WHO_SAID)
def test_who_said_inside_a_trailing_speaker_phrase_keeps_the_quote(text, quote_key, rel_key, speaker):
    """'"Q," X who said R told Y': Q is X's (the told cue), R is X's second claim, ending before 'told'."""
    check(text, "en", quote_key, speaker)
    rel = check(text, "en", rel_key, speaker)
    assert "told" not in text[rel.start : rel.end]


PASSIVE_PUT = [
    ("The toll was put at 33 by the provincial government.", "toll was put at 33", "provincial government", 33, "killed"),
    ("The death toll has been put at more than 70 by local officials.", "more than 70", "local officials", 70, "killed"),
    ("The number of displaced is put at about 4,000 by the UN refugee agency (UNHCR).", "about 4,000", "UN refugee agency", 4000, "displaced"),
]


@pytest.mark.parametrize("text,key,speaker,value,category", PASSIVE_PUT)
def test_passive_put_the_number_at_by_agent(text, key, speaker, value, category):
    c = check(text, "en", key, speaker)
    assert "by" not in text[c.start : c.end].split()
    ex = extract_article(text, "en")
    k = list(ex.claims).index(c)
    assert any(f.number.value == value and f.category == category for i, f in ex.figures if i == k)


def test_put_at_without_a_count_is_no_claim():
    assert claims_of("The suspect was put at the scene by two witnesses.", "en") == []
    text = "The fighting has put at risk 2 million people, the UN said."
    check(text, "en", "put at risk", "UN")  # the UN's claim; "put at risk" speaks for nobody
    assert len(claims_of(text, "en")) == 1
