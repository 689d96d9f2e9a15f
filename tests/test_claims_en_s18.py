"""Breadth audit (session 18, blind sets gold_bn / gold_bo / gold_bp): English claim and speaker
constructions of wire dispatches (Reuters, AP, AFP, dpa, Xinhua, PTI, IRNA, Armenpress, APA),
war reporting between states (Ukrinform, Kyiv Independent, TASS, Moscow Times) and humanitarian
reporting (UN agencies, NGOs, monitors), each composed as many outlets would write it:

- a trailing participle of blame stays inside the claim ("..., blaming the RSF"; the older sets' call);
- adjectives and passives that are no cue ("over their alleged role", "Army accused of ...");
- a reduced aside between the speaker and its verb ("X, asked about the report, said", "contacted
  by AFP", "reached by phone", "responding to the allegations", "when asked");
- another speaker's label ("..., in what rights groups called a campaign of intimidation");
- a document pointing back to its issuer ("The army issued a statement. The statement said ...",
  "..., according to the statement", "According to the update, ...");
- lists of names as one speaker ("the heads of UNICEF, WFP and WHO said in a joint statement",
  "the State Commission on Prisoners of War, Hostages and Missing Persons told APA") and "the
  agencies" pointing back to such a joint speaker;
- a relay inside a relative clause ("Donbass, where, according to the DPR authorities, more than
  5,200 civilians have been killed", "camps where, the group says, nine detainees died");
- agency datelines that are no content ("MANILA, Oct. 25 (Xinhua) --", "NEW DELHI, Nov 27 (PTI)")
  and a sentence-final "..., the Ministry of Defense of Armenia reports.";
- Ukrinform's "This was reported by X" (X speaks the sentence before);
- a report's participle and a superlative apposition after the cue ("said in a report published
  on Thursday, the highest number since 2015"; "said in a joint analysis on Thursday");
- places that reported inside another speaker's statement ("Countries in Europe reported
  127,350 cases, WHO and UNICEF said");
- possessive roles and bracketed acronyms ("X, set up this year, puts the figure at ..., its
  chairman told reporters"; "The X Forces (SSPDF) denied ... Its spokesperson said");
- quotes and relatives of a speaker ('"..." she said. "Many of them tell us ..."', "said X, who
  feared the toll would rise", "does not distinguish ... but says", "said one of the residents, a
  trader who gave only his first name, Getachew. He said ...");
- a speaker named with a bare title after a toll ("The death toll has risen to nine, Oleh Kiper,
  Head of Odesa Oblast Military Administration, reported on Telegram").

All sentences are composed for these tests (names and numbers invented)."""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of


def no_claim_with(text: str, key: str) -> None:
    hits = [text[c.start : c.end] for c in claims_of(text, "en") if key in text[c.start : c.end]]
    assert not hits, hits


def speaker_ids(text: str) -> set[str]:
    return {c.source.source_id for c in claims_of(text, "en")}


# --- a trailing participle of blame stays inside the speaker's claim ---------------------------
# (gold_ag, gold_aq and gold_m annotate no claim of its own for "..., blaming X (for the attack)";
# gold_bn's and gold_bo's writers did: the older majority is kept, tests/gold_bo/FINDINGS_claims.md)

@pytest.mark.parametrize("text", [
    "A drone strike killed 30 people at a wedding, the Sudan Doctors Network said on Sunday, blaming the paramilitary RSF.",
    "Gunmen kidnapped dozens of students, the university said, blaming the Oromo Liberation Army (OLA).",
    '"Four of our comrades were martyred," the SDF spokesman told AFP, blaming Turkish forces for the attack.',
])
def test_blaming_adds_no_claim(text):
    assert len(claims_of(text, "en")) == 1


# --- adjectives and passives that are no cue ------------------------------------------------

NOT_CUES = [
    ("Iran has executed three men convicted over their alleged role in protests, the judiciary's Mizan news agency "
     "reported on Thursday.", "executed three men", "Mizan news agency"),
    ("Police detained two men over his alleged links to the gang, a police spokesman said.", "detained two men", "police spokesman"),
    ("Prosecutors charged four officers over their reported involvement in the killings, the attorney general's office said.",
     "charged four officers", "attorney general"),
    ("The court sentenced 11 people for their alleged part in the riot, state media reported.", "sentenced 11 people", "state media"),
]


@pytest.mark.parametrize("text,key,speaker", NOT_CUES)
def test_possessive_adjective_is_no_cue(text, key, speaker):
    check(text, "en", key, speaker)
    for c in claims_of(text, "en"):
        assert c.cue.lower() not in ("alleged", "reported") or c.source_text and speaker.lower() in c.source_text.lower()


PASSIVE_ACCUSED = [
    "Mali: army and Russian allies accused of killing civilians in village\n\nLocal officials said 20 civilians were killed.",
    "Police accused of firing on crowd in Nairobi\n\nRights groups said six protesters were shot dead.",
    "Militia accused of abducting 30 farmers\n\nVillagers said the gunmen came at dawn.",
]


@pytest.mark.parametrize("text", PASSIVE_ACCUSED)
def test_headline_passive_accused_of_has_no_speaker(text):
    first = text.split("\n", 1)[0]
    subject = first.split(" accused", 1)[0].split(": ")[-1]
    assert_no_speaker(text, "en", subject)


def test_active_accused_keeps_its_speaker():
    check("The ministry accused the rebels of shelling the market, killing nine.", "en", "the rebels of shelling", "ministry")


# --- reduced asides between the speaker and its verb -----------------------------------------

ASIDES = [
    ("Russia's Ministry of Defence, asked about the report, said its forces had struck only military targets.",
     "struck only military targets", "Ministry of Defence"),
    ("A spokesman for the army, contacted by AFP, said three soldiers were wounded.", "three soldiers were wounded", "spokesman for the army"),
    ("The district commissioner, reached by phone on Sunday, said 14 people were missing.", "14 people were missing", "district commissioner"),
    ("The ministry, responding to the allegations, said no civilians had been harmed.", "no civilians had been harmed", "ministry"),
    ("The police chief, when asked about the toll, said 11 passengers were killed.", "11 passengers were killed", "police chief"),
    ("The governor, asked whether more troops would be sent, said 400 police were already deployed.",
     "400 police were already deployed", "governor"),
    ("The health ministry, pressed by reporters, said 62 patients were still in hospital.", "62 patients", "health ministry"),
]


@pytest.mark.parametrize("text,key,speaker", ASIDES)
def test_reduced_aside_between_speaker_and_verb(text, key, speaker):
    check(text, "en", key, speaker)


# --- another speaker's label: "in what X called ..." ------------------------------------------

IN_WHAT = [
    ("Iran executed three men on Thursday, the Mizan news agency reported, in what rights groups called part of a "
     "campaign of intimidation.", "campaign of intimidation", "rights groups"),
    ("Police fired on the crowd, in what witnesses called an unprovoked attack.", "an unprovoked attack", "witnesses"),
    ("The strike hit a school, in what local officials described as the deadliest attack this year.",
     "the deadliest attack this year", "local officials"),
    ("Troops burned the village on Monday, in what the United Nations called \"a grave violation\" of the truce.",
     "a grave violation", "United Nations"),
]


@pytest.mark.parametrize("text,key,speaker", IN_WHAT)
def test_in_what_x_called_is_a_claim_of_x(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert not text[c.start : c.end].startswith("in what")


def test_what_it_called_stays_a_label_of_the_sentence_speaker():
    text = "The ministry rejected what it called fabricated figures."
    assert len(claims_of(text, "en")) == 1
    check(text, "en", "fabricated figures", "ministry")


# --- a document pointing back to its issuer ---------------------------------------------------

STATEMENTS = [
    ("The army issued a statement on Monday. The statement said 14 militants were killed in the raid.",
     "14 militants were killed", "army"),
    ("Police released a statement on Friday. The statement said three officers were hurt.", "three officers were hurt", "Police"),
    ("The Air Force reported the attack. Air defence shot down 61 drones, according to the statement.",
     "shot down 61 drones", "Air Force"),
    ("The ministry published its daily update. According to the update, 32 soldiers were wounded.",
     "32 soldiers were wounded", "ministry"),
    ("The health ministry said 40 people died. According to the statement, 12 of them were children.",
     "12 of them were children", "health ministry"),
    ("The rebels said they had captured the town. According to the report, 20 soldiers surrendered.",
     "20 soldiers surrendered", "rebels"),
]


@pytest.mark.parametrize("text,key,speaker", STATEMENTS)
def test_statement_points_back_to_its_issuer(text, key, speaker):
    check(text, "en", key, speaker)


def test_according_to_plan_has_no_speaker():
    assert claims_of("According to the plan, troops will withdraw by Friday.", "en") == []


# --- lists of names as one speaker, and "the agencies" ----------------------------------------

LISTS = [
    ("More than 400,000 children are malnourished, the heads of UNICEF, WFP and WHO said in a joint statement.",
     "400,000 children are malnourished", "heads of UNICEF, WFP and WHO"),
    ("More than 400,000 children are malnourished, UNICEF, WFP and WHO said in a joint statement.",
     "400,000 children", "UNICEF, WFP and WHO"),
    ("UNICEF, WFP and WHO said in a joint statement that 400,000 children were malnourished.",
     "400,000 children", "UNICEF, WFP and WHO"),
    ("Four detainees were handed over, the State Commission on Prisoners of War, Hostages and Missing Persons told APA.",
     "Four detainees were handed over", "State Commission on Prisoners of War, Hostages and Missing Persons"),
    ("The Ministry of Agriculture, Forestry and Fisheries said 300 farms were flooded.", "300 farms were flooded",
     "Ministry of Agriculture, Forestry and Fisheries"),
]


@pytest.mark.parametrize("text,key,speaker", LISTS)
def test_list_of_names_is_one_speaker(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "," not in text[c.start : c.end].rstrip(",") or "malnourished" in text[c.start : c.end]


@pytest.mark.parametrize("text", [
    "On Monday, Russia and Ukraine said they had exchanged 150 prisoners each.",
    "In Kharkiv, the mayor and the governor said nine people were hurt.",
])
def test_fronted_adjunct_is_no_list_item(text):
    for c in claims_of(text, "en"):
        assert not (c.source_text or "").startswith(("On ", "In "))


AGENCIES = [
    'More than 400,000 children are malnourished, UNICEF, WFP and WHO said in a joint statement. "Children are dying," the agencies said.',
    "Countries in Europe reported 127,350 measles cases last year, WHO's European regional office and UNICEF said in a joint "
    "analysis on Thursday. More than 40% of cases were in children, and 38 deaths were reported, the agencies said.",
    "UNHCR and IOM said 2,000 people had crossed the border. The two agencies said another 500 were waiting.",
]


@pytest.mark.parametrize("text", AGENCIES)
def test_the_agencies_point_back_to_the_joint_speaker(text):
    assert len(speaker_ids(text)) == 1, [(c.source_text, c.source.source_id) for c in claims_of(text, "en")]


# --- a relay inside a relative clause ---------------------------------------------------------

NESTED = [
    ("Kiev has repeatedly denied targeting civilians in Donbass, where, according to the DPR authorities, more than "
     "5,200 civilians have been killed since 2014.", "5,200 civilians have been killed", "DPR authorities"),
    ("The war, which according to the United Nations has killed more than 20,000 people, entered its third year.",
     "killed more than 20,000 people", "United Nations"),
    ("The report describes makeshift camps where, the group says, at least nine detainees died from beatings.",
     "nine detainees died", "the group"),
    ("The fighting spread to Tawila, where, aid workers said, 400,000 people had already sought refuge.",
     "400,000 people had already sought refuge", "aid workers"),
    ("The army retook the district, where, according to local officials, 60 homes were burned.",
     "60 homes were burned", "local officials"),
]


@pytest.mark.parametrize("text,key,speaker", NESTED)
def test_relay_inside_relative_clause_speaks_for_the_clause(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert text[c.start : c.end].split(",")[0] != text.split(",")[0]


def test_plain_trailing_relay_keeps_the_whole_sentence():
    check("Floods hit the region, where 40 people died, according to the disaster agency.", "en",
          "Floods hit the region", "disaster agency")


# --- datelines and a sentence-final "X reports." ----------------------------------------------

DATELINES = [
    ("MANILA, Oct. 25 (Xinhua) -- The death toll from the storm has climbed to 85, the country's disaster agency said Friday.",
     "death toll from the storm", "disaster agency", "Xinhua"),
    ("NEW DELHI, Nov 27 (PTI) The death toll rose to 12, police said on Thursday.", "death toll rose to 12", "police", "PTI"),
    ("ISLAMABAD, Dec. 3 (APP) -- Six soldiers were martyred in the clash, the ISPR said.", "Six soldiers", "ISPR", "APP"),
    ("BEIJING, March 9 (Xinhua) -- Rescuers have pulled 14 survivors from the rubble, local authorities said.",
     "14 survivors", "local authorities", "Xinhua"),
]


@pytest.mark.parametrize("text,key,speaker,agency", DATELINES)
def test_agency_dateline_is_no_content(text, key, speaker, agency):
    c = check(text, "en", key, speaker)
    assert agency not in text[c.start : c.end]


REPORTS_END = [
    ("Units of the Azerbaijani armed forces opened fire at Armenian positions near the village, the Ministry of Defense "
     "of Armenia reports.", "opened fire at Armenian positions", "Ministry of Defense of Armenia"),
    ("Three drones were shot down over the region overnight, Governor Alexander Bogomaz reports.",
     "Three drones were shot down", "Alexander Bogomaz"),
    ("Two people were injured in the shelling of Kherson, the regional military administration reports.",
     "Two people were injured", "regional military administration"),
]


@pytest.mark.parametrize("text,key,speaker", REPORTS_END)
def test_sentence_final_reports_is_a_cue(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text", [
    "Human rights groups have published several reports.",
    "The commission reviewed the police reports.",
])
def test_plural_noun_reports_is_no_cue(text):
    assert claims_of(text, "en") == []


# --- "This was reported by X" --------------------------------------------------------------------

THIS_WAS = [
    ("The total combat losses of the Russian army are estimated at 1,198,400 personnel, including 1,150 over the past day.\n\n"
     "This was reported by the General Staff of the Armed Forces of Ukraine on Facebook, Ukrinform reports.",
     "1,150 over the past day", "General Staff"),
    ("Nine people were killed in the overnight strike on the city. This was stated by the head of the regional "
     "administration on Telegram.", "Nine people were killed", "head of the regional administration"),
    ("Rescue work continues at the site of the collapse. This was announced by the State Emergency Service.",
     "Rescue work continues", "State Emergency Service"),
]


@pytest.mark.parametrize("text,key,speaker", THIS_WAS)
def test_this_was_reported_by_speaks_the_sentence_before(text, key, speaker):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", "Ukrinform")


# --- the report's participle and a superlative apposition -------------------------------------

REPORT_TAILS = [
    ("Iran put at least 640 people to death this year, Amnesty International said in a report published on Thursday, the "
     "highest number it has recorded since 2015.", "640 people to death", "Amnesty"),
    ("At least 214 civilians were killed in October, the mission said on Friday, the highest monthly toll since 2022.",
     "214 civilians were killed", "mission"),
    ("Some 3,000 people fled the district, the agency said in a report released on Monday, the largest displacement this year.",
     "3,000 people fled", "agency"),
    ("Measles cases reached 127,350 last year, WHO and UNICEF said in a joint analysis on Thursday.", "127,350", "WHO and UNICEF"),
]


@pytest.mark.parametrize("text,key,speaker", REPORT_TAILS)
def test_apposition_after_the_cue_is_no_content(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "highest" not in text[c.start : c.end] and "largest" not in text[c.start : c.end]


PLACES_REPORTED = [
    ("Countries in Europe and Central Asia reported 127,350 measles cases last year, WHO's European regional office and "
     "UNICEF said.", "127,350 measles cases", "UNICEF"),
    ("Provinces reported 2,300 dengue cases in the past week, the health ministry said.", "2,300 dengue cases", "health ministry"),
]


@pytest.mark.parametrize("text,key,speaker", PLACES_REPORTED)
def test_places_that_reported_speak_through_the_trailing_speaker(text, key, speaker):
    check(text, "en", key, speaker)


def test_a_body_that_reported_keeps_its_own_count():
    # the ministry is a speaker of its own: its count, relayed by the agency (the older rule)
    text = "The ministry reported 12 deaths, the agency said."
    assert any("12 deaths" in text[c.start : c.end] for c in claims_of(text, "en"))


# --- possessive roles and bracketed acronyms --------------------------------------------------

def test_its_chairman_owns_the_body_that_opens_the_content():
    text = ("The Syrian Network for Human Rights estimates that 112,000 people remain disappeared. Syria's National "
            "Commission for Missing Persons, set up this year, puts the figure at \"between 120,000 and 150,000\", its "
            "chairman, Dr Bassel Haddad, told reporters.")
    ids = {text[c.start : c.end][:12]: c.source.source_id for c in claims_of(text, "en")}
    assert len(set(ids.values())) == 2, ids


ACRONYM_BODIES = [
    "The South Sudan People's Defence Forces (SSPDF) denied bombing the market. Its spokesperson, Maj. Gen. Deng Mabior, "
    "said the army had targeted rebel positions.",
    "The Kenya National Commission on Human Rights (KNCHR) said 61 people were arrested. Its chairwoman, Roseline Odede, "
    "said the arrests were arbitrary.",
    "The National Disaster Management Authority (NDMA) said 40 houses collapsed. Its spokesman, Ali Khan, said 12 people were hurt.",
]


@pytest.mark.parametrize("text", ACRONYM_BODIES)
def test_bracketed_acronym_is_the_same_body(text):
    assert len(speaker_ids(text)) == 1, [(c.source_text, c.source.source_id) for c in claims_of(text, "en")]


# --- quotes and relatives of a speaker ---------------------------------------------------------

def test_quote_after_quote_with_a_first_person_cue_goes_on():
    text = ('IOM spokesperson Karla Brenner said 58,400 people had arrived. "Families are walking for three days with '
            'nothing," she said. "Many of them tell us relatives were killed on the way."')
    check(text, "en", "relatives were killed", "Karla Brenner")


@pytest.mark.parametrize("text,key,speaker", [
    ('"We have counted 42 bodies so far," said Jean-Paul Kasereka, the administrator of the chiefdom, who feared the toll '
     "would rise as searches continued.", "the toll would rise", "Kasereka"),
    ("The mayor said 20 people were missing and feared the number would climb.", "the number would climb", "mayor"),
])
def test_feared_with_a_clause_is_a_claim(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text", [
    "Residents feared reprisals after the raid.",
    "Many feared the worst.",
])
def test_feared_without_a_clause_is_none(text):
    assert claims_of(text, "en") == []


@pytest.mark.parametrize("text,key,speaker", [
    ("Gaza's Health Ministry said 64 bodies had been brought to hospitals. The ministry does not distinguish between "
     "civilians and combatants in its count but says more than half of the dead have been women and children.",
     "more than half of the dead", "Health Ministry"),
    ("The monitor does not give a breakdown but says at least 300 of the dead were civilians.", "300 of the dead", "monitor"),
    ("The army did not comment on the raid but said 12 militants were killed.", "12 militants were killed", "army"),
])
def test_negated_first_verb_then_but_says(text, key, speaker):
    check(text, "en", key, speaker)


def test_named_member_after_the_quote_is_he():
    text = ('A doctor and two residents told Reuters that 26 people were killed. The doctor said the hospital had received '
            '26 bodies. "There were bodies everywhere," said one of the residents, a trader who gave only his first name, '
            "Getachew. He said he had helped bury 11 people.")
    check(text, "en", "helped bury 11", "Getachew")


# --- a bare title after the toll ----------------------------------------------------------------

TITLED = [
    ("The death toll has risen to nine, Oleh Kiper, Head of Odesa Oblast Military Administration, reported on Telegram "
     "on Thursday morning.", "risen to nine", "Oleh Kiper"),
    ("The death toll has risen to nine, Oleh Kiper, head of the Odesa Oblast Military Administration, reported on Telegram.",
     "risen to nine", "Oleh Kiper"),
    ("The death toll has risen to nine, Oleh Kiper, the head of the regional administration, said.", "risen to nine", "Oleh Kiper"),
    ("The number of injured has grown to 31, Ivan Fedorov, Head of Zaporizhzhia Regional Military Administration, said.",
     "grown to 31", "Ivan Fedorov"),
]


@pytest.mark.parametrize("text,key,speaker", TITLED)
def test_named_speaker_with_bare_title_after_a_toll(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "death toll" not in (c.source_text or "") and "number" not in (c.source_text or "")


# --- a second "that" clause after a quoted one ------------------------------------------------

@pytest.mark.parametrize("text,key,speaker", [
    ('In its monthly report, OCHA wrote that "in at least nine of the attacks, Israeli forces were present", and that '
     "430 Palestinians had been displaced since January.", "430 Palestinians had been displaced", "OCHA"),
    ('The ministry said that "the situation is stable", and that 12 patients had been discharged.', "12 patients", "ministry"),
    ('The rights group said that "abuses are systematic", and that 64 detainees had died in custody.', "64 detainees", "rights group"),
])
def test_second_that_clause_after_a_quote(text, key, speaker):
    check(text, "en", key, speaker)


# --- headlines ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,key,speaker", [
    ("Myanmar: WHO logs 89 attacks on health care this year\n\nThe World Health Organization says it has verified 89 attacks.",
     "89 attacks on health care", "WHO"),
    ("The monitor has logged 312 violations of the ceasefire since March, its director said.", "312 violations", "monitor"),
    ("IRGC: Dozens of Zionist military targets hit in 'True Promise' wave\n\nTEHRAN, Nov. 27 (IRNA) - The Islamic "
     "Revolution Guards Corps (IRGC) announced on Thursday that it had targeted dozens of centres.", "military targets hit", "IRGC"),
])
def test_headline_and_log_speakers(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text", [
    "Engineers checked the flight logs on Monday.",
    "He logged in to the system before the blast.",
])
def test_logs_without_a_count_is_no_cue(text):
    assert claims_of(text, "en") == []


@pytest.mark.parametrize("text,body", [
    ("Nigeria: Floods displace over 600,000 across 28 states – IFRC launches emergency appeal\n\nThe floods have killed 286 "
     "people, the National Emergency Management Agency said.", "launches"),
    ("Sudan: 40 killed in El Fasher shelling – UNICEF calls for ceasefire\n\nLocal doctors said 40 people were killed.", "calls"),
])
def test_headline_dash_clause_is_no_speaker(text, body):
    for c in claims_of(text, "en"):
        assert body not in (c.source_text or ""), c.source_text


def test_headline_country_is_the_body_that_gives_its_count():
    text = ("Iran says 627 killed in Israeli strikes\n\nDUBAI (Reuters) - Israeli strikes on Iran have killed 627 people since "
            "the start of the conflict, an Iranian health ministry spokesman, Hossein Kermani, said on state television. "
            "Iran's judiciary said separately that security forces had arrested 54 people.")
    cs = claims_of(text, "en")
    head = next(c for c in cs if "627 killed in Israeli" in text[c.start : c.end])
    body = next(c for c in cs if "have killed 627" in text[c.start : c.end])
    judiciary = next(c for c in cs if "arrested 54" in text[c.start : c.end])
    assert head.source.source_id == body.source.source_id != judiciary.source.source_id


# --- speaker identity: a country's own body, an unnamed staffer --------------------------------

def test_a_country_s_body_spokesman_is_not_a_body_named_with_the_country():
    text = ("Iran Human Rights, a monitor based in Oslo, counted 712 executions over the same period. Iran's judiciary "
            "spokesman, Mohsen Rahmati, told reporters in Tehran that the reports were \"fabricated\".")
    assert len(speaker_ids(text)) == 2


def test_an_unnamed_staffer_is_a_source_of_his_own():
    text = ('The Education Cluster said 5,300 schools remained closed. "A whole generation is losing its right to learn," '
            "said a cluster coordinator in Ouagadougou, who asked not to be named.")
    assert len(speaker_ids(text)) == 2


def test_the_body_s_named_spokesperson_stays_one_source():
    text = ("The education ministry said 5,300 schools remained closed. Its spokesperson, Awa Traore, said 800,000 pupils "
            "were affected.")
    assert len(speaker_ids(text)) == 1


@pytest.mark.parametrize("text,key,speaker,not_in_speaker", [
    ("Yesterday, Russia and Ukraine said they had swapped 150 prisoners each.", "swapped 150 prisoners", "Russia and Ukraine", "Yesterday"),
    ("Two people were killed in Kherson, Mykolaiv and Zaporizhzhia, Ukraine's emergency service said.", "Two people were killed",
     "emergency service", "Mykolaiv"),
    ("Rescuers pulled 14 people from the rubble in Kharkiv, Governor Oleh Synehubov and Mayor Ihor Terekhov said.",
     "Rescuers pulled 14 people", "Oleh Synehubov", "Kharkiv"),
    ("Syria, Iraq and Jordan said in a joint statement that the border would reopen.", "the border would reopen", "Syria, Iraq and Jordan", "statement"),
])
def test_list_items_stop_at_content_and_adjuncts(text, key, speaker, not_in_speaker):
    c = check(text, "en", key, speaker)
    assert not_in_speaker not in (c.source_text or "")


# --- session-17 leftovers: a count after the audience; the Philippine armed forces' spokesperson --

@pytest.mark.parametrize("text,key,speaker", [
    ("A local official told AFP 10 people had died in the landslide.", "10 people had died", "local official"),
    ("The mayor told Reuters 23 houses were destroyed.", "23 houses were destroyed", "mayor"),
    ("A paramedic told Al Jazeera 15 people had been taken to hospital.", "15 people had been taken", "paramedic"),
    ("The rescue chief told Rescue 1122 that 12 people were hurt.", "12 people were hurt", "rescue chief"),
    ("A witness told Channel 4 that 30 bodies were seen.", "30 bodies were seen", "witness"),
])
def test_count_after_the_audience_opens_the_content(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text", [
    "AFP spokesperson Col. Francel Padilla said three soldiers were wounded in the clash.",
    "AFP public affairs chief Col. Xerxes Trinidad said 12 rebels surrendered in Samar.",
])
def test_afp_spokesperson_with_a_rank_is_no_news_agency(text):
    for c in claims_of(text, "en"):
        assert c.source.source_id != "afp" and c.source.kind not in ("agency", "media"), c.source


def test_afp_itself_stays_the_agency():
    text = "At least 16 of the dead were shot in Nairobi, according to a tally by AFP."
    assert any(c.source.source_id == "afp" for c in claims_of(text, "en"))


def test_in_what_the_group_called_is_the_speaker_s_own_label():
    text = ("Yemen's Houthis said on Thursday they had attacked a bulk carrier in the Red Sea, in what the group called a "
            "response to Israeli strikes on Hodeidah.")
    cs = claims_of(text, "en")
    assert len(cs) == 1 and "response to Israeli strikes" in text[cs[0].start : cs[0].end]
