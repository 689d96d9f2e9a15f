"""English speaker phrases around a cue (session 7, classes from gold_af; composed sentences).

- A sentence that opens with its speaker phrase (head + apposition or relative clause) and a
  comma before the verb is never an inverted "..., said the military" after content.
- A day or time word after the verb ("said Tuesday, adding") is no speaker: the speaker phrase
  stands before the verb.
- "CONTENT, <Name>, the <title> of <body>, known as <X>, said": the name before its title heads
  the speaker phrase (not only the title).
- "whom" relative clauses inside a speaker phrase ("Our reporter, whom we are not naming ...").
- "she/he said" after "<Name>, the group's head of ...": the named person.
- "X, who confirmed the incident to ..., said ...": the relative clause is the speaker's aside.

Each case: text, key phrase of the content, a name the speaker must carry.
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of

EN_SUBJECT_FIRST = [
    ("A spokeswoman for the regional command, Major Ana Ruiz, said the army \"regrets any loss of life\" and had opened 14 inquiries.",
     "opened 14 inquiries", "Ana Ruiz", "the army"),
    ("Three of the doctors, who spoke on condition of anonymity because they feared reprisals, said the shelling hit two wards, including the maternity unit.",
     "shelling hit two wards", "Three of the doctors", "the shelling"),
    ("Mayor Karen Osei, who toured the damaged district, said the storm destroyed 40 homes, officials added.",
     "destroyed 40 homes", "Karen Osei", "the storm"),
    ("The camp's director, Samuel Otieno, a former teacher, said the clinic received 62 patients on Friday.",
     "received 62 patients", "Samuel Otieno", "the clinic"),
]


@pytest.mark.parametrize("text,key,speaker,bad", EN_SUBJECT_FIRST)
def test_sentence_opening_speaker_is_no_inverted_content(text, key, speaker, bad):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", bad)


EN_TIME_AFTER_CUE = [
    ("The floods have destroyed at least 3,400 houses, Aisha Bello, the head of the state emergency agency, said Monday, adding that 12 people were missing.",
     "3,400 houses", "Aisha Bello"),
    ("About 70 people were detained overnight, the city's police chief, Tomas Ek, said on Sunday, adding that most had been released.",
     "70 people were detained", "Tomas Ek"),
    ("Rescuers recovered 18 bodies from the rubble, Martin Hale, a regional fire officer, said late on Friday.",
     "recovered 18 bodies", "Martin Hale"),
]


@pytest.mark.parametrize("text,key,speaker", EN_TIME_AFTER_CUE)
def test_time_after_cue_is_no_speaker(text, key, speaker):
    check(text, "en", key, speaker)
    for day in ("Monday", "Sunday", "Friday"):
        assert_no_speaker(text, "en", day)


EN_NAME_BEFORE_TITLE = [
    ("GOMA — The clashes killed at least 600 people, Vivian Doe-Mensah, the deputy head of the U.N. mission in the region, known as MONUSCO, said Tuesday.",
     "killed at least 600", "Vivian Doe-Mensah"),
    ("The storm left 250 families homeless, Rahul Mehta, the district collector, known locally as the DC, said on Monday.",
     "250 families homeless", "Rahul Mehta"),
    # places between the content and the head still end the content (the title, then the name)
    ("Gunmen killed 23 farmers in Dalo village, Kano Local Government Area, the chairman of the council, Musa Garba, said.",
     "killed 23 farmers", "Musa Garba"),
]


@pytest.mark.parametrize("text,key,speaker", EN_NAME_BEFORE_TITLE)
def test_name_before_title_heads_the_speaker(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert "," not in text[c.start : c.end].rsplit(" ", 1)[-1]


EN_WHOM = [
    ("Our reporter in the city, whom we are not naming for his safety, says a strike on a school killed 9 people.",
     "killed 9 people", "Our reporter"),
    ("A nurse at the hospital, whom the BBC has agreed not to name, said 30 wounded children arrived in one hour.",
     "30 wounded children", "A nurse"),
]


@pytest.mark.parametrize("text,key,speaker", EN_WHOM)
def test_whom_relative_inside_speaker(text, key, speaker):
    check(text, "en", key, speaker)


def test_she_said_points_to_the_named_head_of_the_group():
    text = (
        "A spokesperson for the coalition, Captain Derek Vale, said the military takes all reports seriously.\n\n"
        "\"The gap is enormous,\" said Priya Raman, the group's head of investigations. "
        "She said researchers had checked 1,450 local reports."
    )
    check(text, "en", "checked 1,450", "Priya Raman")


def test_relative_confirming_the_incident_is_an_aside():
    text = (
        "The Police Public Relations Officer of the state command, DSP Musa Bello, who confirmed the incident "
        "to our correspondent on Sunday, said the gunmen, numbering about 80, stormed the village at night."
    )
    claims = claims_of(text, "en")
    assert not any("incident" in text[c.start : c.end] for c in claims)
    check(text, "en", "stormed the village", "Musa Bello")


# --- round 2 (gold_ag classes) ---------------------------------------------------------------

EN_ASIDES_AND_ADVERBS = [
    # a participle aside naming the outlet the speaker talked to
    ("District Police Officer Zia Khan, talking to Dawn, said the blast damaged 15 houses near the checkpoint.",
     "damaged 15 houses", "Zia Khan"),
    ("The camp manager, Ali Musa, speaking with reporters, said 300 families had arrived since Monday.",
     "300 families had arrived", "Ali Musa"),
    # an adverb between the cue and its channel
    ("Sudan's health minister, Haitham Ibrahim, said separately in Port Sudan that the ministry had recorded 2,300 cases of cholera.",
     "2,300 cases of cholera", "Haitham Ibrahim"),
    ("The governor said again on Tuesday that 40 people were missing.", "40 people were missing", "governor"),
]


@pytest.mark.parametrize("text,key,speaker", EN_ASIDES_AND_ADVERBS)
def test_asides_and_adverbs_around_the_cue(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert not text[c.start : c.end].startswith(("separately", "again", "in ", "on "))


def test_citing_with_an_acronym_relays_the_cited_body():
    text = ("Floods have displaced at least 214,000 people, the U.N. humanitarian office said on Friday, "
            "citing an assessment by the Borno State Emergency Management Agency (SEMA).")
    check(text, "en", "214,000 people", "Borno State Emergency Management Agency")


@pytest.mark.parametrize("text,key,speaker,bad", [
    ("The U.N. refugee agency said more than 3.5 million people were now displaced, citing figures compiled by its partners.",
     "3.5 million people", "refugee agency", "its partners"),
    ("The ministry said 40 people were killed, citing reports from its regional offices.",
     "40 people were killed", "ministry", "regional offices"),
])
def test_citing_its_own_unnamed_people_keeps_the_speaker(text, key, speaker, bad):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", bad)


@pytest.mark.parametrize("text,first,second", [
    ("Police spokesperson ASP Yazid Abubakar confirmed the attack in a statement but put the number of those abducted at 19.",
     "confirmed the attack", "abducted at 19"),
    ("The regional governor condemned the raid on Monday but gave a lower toll of 11 dead.",
     None, "11 dead"),
])
def test_but_put_gives_its_own_count(text, first, second):
    claims = claims_of(text, "en")
    c2 = next(c for c in claims if second in text[c.start : c.end])
    if first is not None:
        assert first not in text[c2.start : c2.end]


def test_and_accusing_after_a_participle_is_a_second_claim():
    text = ("The group's media office denied responsibility, saying in a statement that its forces \"do not target civilians\" "
            "and accusing the army of staging the incident.")
    claims = claims_of(text, "en")
    say = next(c for c in claims if "do not target" in text[c.start : c.end])
    assert not text[say.start : say.end].startswith("in a statement")
    assert "staging the incident" not in text[say.start : say.end]
    assert any("staging the incident" in text[c.start : c.end] for c in claims)


@pytest.mark.parametrize("text,key,speaker", [
    ('"October was one of the deadliest months," Danielle Bell, who heads the mission, told reporters. '
     '"We recorded 166 civilians killed and 942 injured in that month alone."', "166 civilians killed", "Danielle Bell"),
    ('"They gathered the men in the square and shot them," said Amadou Diallo, a 47-year-old farmer, who said he had lost '
     'three cousins. "Some of the bodies were burned."', "bodies were burned", "Amadou Diallo"),
    ('"We are still counting," the mayor said. "I counted 31 bodies myself."', "31 bodies", "mayor"),
])
def test_quote_sentence_goes_on_with_the_last_quoted_speaker(text, key, speaker):
    check(text, "en", key, speaker)


# --- round 3 (gold_ah classes) ---------------------------------------------------------------

@pytest.mark.parametrize("text,key,speaker,bad", [
    ("The Democratic Republic of Congo has reported more than 20,000 suspected cases and 580 deaths since January, "
     "the World Health Organization said on Friday, warning that a new strain was spreading.",
     "20,000 suspected cases", "World Health Organization", "Democratic Republic of Congo"),
    ("Neighbouring Burundi has recorded 170 confirmed cases, and Rwanda two cases, according to the Africa Centres for Disease Control.",
     "170 confirmed cases", "Africa Centres for Disease Control", "Burundi"),
    ("The monitoring mission has verified 12,162 civilian deaths, including 659 children, its head said on Thursday.",
     "including 659 children", "monitoring mission", "its head"),
])
def test_a_count_on_record_inside_a_trailing_statement(text, key, speaker, bad):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", bad)


def test_a_clock_time_is_no_sentence_end_and_a_bulletin_is_a_channel():
    text = ("MANILA — The number of people killed by the storm has climbed to 48, while 19 others remain missing, "
            "the disaster council said in its 8 a.m. bulletin on Friday.")
    c = check(text, "en", "climbed to 48", "disaster council")
    assert "bulletin" not in text[c.start : c.end]
    text2 = "The shooting began at 11 p.m. Police said four people died."
    check(text2, "en", "four people died", "Police")


def test_a_long_dateline_is_skipped():
    text = ("GENEVA/KINSHASA, Aug 9 (Reuters) - More than 20,000 suspected cases have been reported this year, "
            "the World Health Organization said.")
    c = check(text, "en", "20,000 suspected cases", "World Health Organization")
    assert not text[c.start : c.end].startswith("GENEVA")


@pytest.mark.parametrize("text,key,speaker", [
    ("At St Mary's Hospital in London, nurse Abena Owusu, 34, said she had worked 11 unpaid hours of overtime.",
     "11 unpaid hours", "Abena Owusu"),
    ("In Manchester, nurse Abena Owusu said she had worked 11 unpaid hours.", "11 unpaid hours", "Abena Owusu"),
    ("Our reporter met farmer John Okello Ouma, who said 30 cattle were stolen.", "30 cattle", "John Okello Ouma"),
    ("Police arrested the suspected leader, who later said 40 people had joined the group.", "40 people had joined", "suspected leader"),
])
def test_lower_case_title_before_a_name(text, key, speaker):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", "reporter met")


def test_according_to_a_role_and_its_name_before_who():
    text = ("At least 60 workers were treated for burns at the city hospital, according to its burn unit coordinator, "
            "Dr Samanta Roy, who said six of them were in a serious condition.")
    check(text, "en", "60 workers were treated", "Samanta Roy")
    check(text, "en", "six of them", "Samanta Roy")


@pytest.mark.parametrize("text,key,speaker,bad", [
    ("But the State Emergency Management Agency, through its Director-General, Alhaji Sani Dauda, put the death toll at 23, "
     "saying that five more bodies were recovered.", "toll at 23", "State Emergency Management Agency", "through"),
    ("The agency, through its spokesman Ali Musa, said 40 people were rescued.", "40 people were rescued", "agency", "through"),
])
def test_through_its_officer_is_the_body_speaking(text, key, speaker, bad):
    check(text, "en", key, speaker)
    assert_no_speaker(text, "en", bad)


def test_leading_according_to_before_a_trailing_cue_is_the_original_speaker():
    text = "According to police, 12 people died in the blast, the mayor told reporters."
    check(text, "en", "12 people died", "police", via="mayor")
    text2 = "According to AFP, the ministry said 12 people died."
    check(text2, "en", "12 people died", "ministry")


def test_he_said_after_a_driver_who_gave_his_name():
    text = ("The provincial transport department said in a statement that 47 people had been killed since April.\n\n"
            "A driver who gave his name only as Sipho, 34, told reporters the killing was linked to a dispute over a route. "
            "\"Everyone knows who is behind this,\" he said.")
    check(text, "en", "Everyone knows", "Sipho")


@pytest.mark.parametrize("text,key,speaker,bad_content", [
    ('A lawyer, Ricardo Mena, said relatives had no list. "Mothers have been waiting since Sunday," he said outside the '
     'prison gates, where dozens of women gathered.', "waiting since Sunday", "Ricardo Mena", "dozens of women"),
    ("The governor said outside the hospital that 12 people had died.", "12 people had died", "governor", "outside"),
])
def test_a_place_adjunct_after_the_cue_is_no_content(text, key, speaker, bad_content):
    claims = claims_of(text, "en")
    check(text, "en", key, speaker)
    assert not any(bad_content in text[c.start : c.end] for c in claims)


@pytest.mark.parametrize("text,outer,inner,speaker", [
    ("A tenant, Mrs Ngozi Obi, said at least 30 people lived in the building, which she said had shown cracks for two years.",
     "30 people lived", "had shown cracks", "Ngozi Obi"),
    ("The ministry gave a toll of 40, which it said was preliminary.", "toll of 40", "was preliminary", "ministry"),
])
def test_which_she_said_is_a_claim_of_its_own(text, outer, inner, speaker):
    c1 = check(text, "en", outer, speaker)
    c2 = check(text, "en", inner, speaker)
    assert c1 is not c2 and inner not in text[c1.start : c1.end]


def test_an_anonymous_officer_in_a_place_and_the_colonel_later():
    text = ("Militants attacked an outpost overnight, killing four soldiers, two security sources told Reuters.\n\n"
            "One of the sources, an army colonel in the area who declined to be named because he was not authorised "
            "to speak to the media, said the militants had used thermal scopes. \"They knew where our men were,\" the colonel said.")
    check(text, "en", "thermal scopes", "army colonel")
    assert all(c.source.name != "area" for c in claims_of(text, "en"))
    a = claim_with_key(text, "thermal scopes")
    b = claim_with_key(text, "knew where our men")
    assert a.source.source_id == b.source.source_id


@pytest.mark.parametrize("title", ["Chief District Officer Ramesh Kumar", "District Commissioner Ruth Achieng"])
def test_the_official_points_back_to_the_titled_person(title):
    text = (f"Police said 27 people were killed.\n\n{title} put the number of missing at eight. "
            "The injured have been airlifted to the capital, the official said.")
    a = claim_with_key(text, "missing at eight")
    b = claim_with_key(text, "airlifted to the capital")
    assert a.source.source_id == b.source.source_id


def claim_with_key(text, key):
    from _claims_helpers import claim_with
    return claim_with(claims_of(text, "en"), text, key)


def test_a_cue_introducing_a_bulleted_list_covers_the_bullets():
    text = ("The aid group said that in the first half of the year its teams had:\n"
            "- visited 4,200 detainees in 19 prisons;\n"
            "- treated 7,100 suspected cholera cases;\n"
            "- delivered supplies to 31 clinics.\n\n"
            "Funding remains short.")
    c = check(text, "en", "4,200 detainees", "aid group")
    assert "31 clinics" in text[c.start : c.end]
    assert "Funding" not in text[c.start : c.end]


def test_hospitals_admitting_patients_is_no_cue():
    text = ("The Red Cross said on Wednesday that hospitals it supports in Taiz, Hodeidah and Saada had admitted "
            "more than 1,100 weapon-wounded patients since January.")
    check(text, "en", "1,100 weapon-wounded", "Red Cross")
    assert_no_speaker(text, "en", "Saada")


@pytest.mark.parametrize("text,key,speaker", [
    ("HIGHLIGHTS\n• The IOM Displacement Tracking Matrix (DTM) estimates that 38,500 people fled the town during the week.\n"
     "• Humanitarian partners report that two of the three remaining hospitals were hit.", "38,500 people fled", "Displacement Tracking Matrix"),
    ("HIGHLIGHTS\n• The IOM Displacement Tracking Matrix (DTM) estimates that 38,500 people fled the town during the week.\n"
     "• Humanitarian partners report that two of the three remaining hospitals were hit.", "remaining hospitals were hit", "Humanitarian partners"),
    ("Aid agencies report that 40 people died.", "40 people died", "Aid agencies"),
])
def test_bulleted_speakers_and_plural_report_that(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text,key,speaker", [
    ("According to the agency's latest situation report, 29 deaths were recorded. The report said 9,347 houses had been damaged.",
     "9,347 houses", "agency"),
    ("Of those killed, 312 were victims of vigilante groups, the report said, while 105 people were kidnapped.",
     "312 were victims", "report"),
])
def test_the_report_said_still_speaks(text, key, speaker):
    check(text, "en", key, speaker)


@pytest.mark.parametrize("text,key,speaker", [
    ("After the raid, the junta's communiqué spoke of \"about 20 terrorists neutralised\" and made no mention of losses.",
     "20 terrorists neutralised", "junta"),
    ("Activists spoke of dozens of abductions in the area.", "dozens of abductions", "Activists"),
])
def test_spoke_of_a_count_is_a_claim(text, key, speaker):
    check(text, "en", key, speaker)


def test_spoke_of_without_a_count_is_no_claim():
    assert claims_of("The minister spoke of a massacre.", "en") == []
