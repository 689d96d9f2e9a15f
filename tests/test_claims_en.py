"""English attribution: every word order, relays, anonymous sources, coreference, stance.

All sentences are composed for these tests.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of

CASES = [
    # speaker - cue - content
    ("The provincial health department said 18 people were killed in the blast.", "18 people were killed",
     "provincial health department", {"rule": "en.subject_cue_content:say", "cue": "said"}),
    ("The army said in a statement on Friday that 4 soldiers were missing.", "4 soldiers were missing", "army",
     {"kind": "military", "not_in_content": "statement"}),
    ("A senior security official told reporters that 30 suspects had been arrested.", "30 suspects had been arrested",
     "senior security official", {"kind": "official", "not_in_content": "reporters"}),
    ("Local officials told the BBC that the floods had destroyed 1,200 homes.", "destroyed 1,200 homes",
     "Local officials", {"not_in_content": "BBC"}),
    ("Organisers estimated that 50,000 people joined the march.", "50,000 people joined", "Organisers", {}),
    ("The UN refugee agency reported that 90,000 people had crossed the border.", "90,000 people had crossed",
     "UN refugee agency", {"source_id": "unhcr"}),
    # content - speaker - cue
    ("At least 15 civilians died in the shelling, the regional governor said on Sunday.", "15 civilians died",
     "regional governor", {"rule": "en.content_subject_cue:say"}),
    # a "with ..." tail after a mid-sentence cue goes on with the same content
    ("The toll rose to 212, the disaster agency said, with hundreds still missing.", "hundreds still missing",
     "disaster agency", {"rule": "en.content_subject_cue:say"}),
    ("Three medics were among the dead, hospital staff told AFP.", "Three medics", "hospital staff",
     {"not_in_content": "AFP"}),
    # content - cue - speaker
    ("Forty people were detained overnight, said the interior ministry.", "Forty people were detained",
     "interior ministry", {"rule": "en.content_cue_subject:say"}),
    ("“We pulled 11 bodies from the rubble,” said a rescue worker in the town.", "11 bodies from the rubble",
     "rescue worker", {"quote": "direct"}),
    ('"The hospital has no fuel left," said Dr Sara Malik, the hospital director.', "no fuel left",
     "Sara Malik", {"quote": "direct", "kind": "official"}),
    # prepositions
    ("According to the Syrian Observatory for Human Rights, 26 fighters were killed.", "26 fighters were killed",
     "Syrian Observatory", {"source_id": "sohr", "cue": "According to"}),
    ("Nine people drowned in the flooding, according to a statement from the civil protection agency.",
     "Nine people drowned", "civil protection agency", {"rule": "en.prep_subject.statement:according to"}),
    ("By the ministry's latest count, 640 people have died of the disease.", "640 people have died", "ministry", {}),
    # appositions, relative clauses, ages
    ("The Observatory, which relies on a network of informants, said 17 soldiers were killed.",
     "17 soldiers were killed", "Observatory", {"not_in_content": "informants"}),
    ("Ahmed Karimi, a spokesman for the provincial council, said 60 houses had collapsed.", "60 houses had collapsed",
     "Ahmed Karimi", {"kind": "official"}),
    ("The village chief, Musa Adamu, 61, told reporters that gunmen had abducted 22 people.",
     "abducted 22 people", "Musa Adamu", {}),
    ("A nurse at the clinic, speaking on condition of anonymity, said 5 children had died.", "5 children had died",
     "nurse at the clinic", {}),
    # relays
    ("The defence ministry said, according to Reuters, that 70 militants were killed.", "70 militants were killed",
     "defence ministry", {"via": "Reuters"}),
    ("State television, citing a military source, said 12 drones were shot down.", "12 drones were shot down",
     "military source", {"via": "State television", "kind": "anonymous"}),
    ("The agency reported 8 dead, citing the local health office.", "8 dead", "local health office",
     {"via": "agency"}),
    ("TASS quoted the regional governor as saying that 3 people were injured.", "3 people were injured",
     "regional governor", {"via": "TASS", "rule": "en.relay_quoted:quote"}),
    ("According to AFP, the coast guard said 41 migrants were rescued.", "41 migrants were rescued", "coast guard",
     {"via": "Agence France-Presse"}),
    # datelines, concessive clauses, plural heads
    ("GAZA CITY (AFP) - Strikes killed 31 people overnight, the civil defence agency said.", "Strikes killed 31",
     "civil defence agency", {"not_in_content": "AFP"}),
    ("About 200 people are missing, though the government says the number is lower.", "the number is lower",
     "government", {}),
    ("Relief groups said 3,000 tents were delivered, while local charities said many families slept outside.",
     "many families slept outside", "local charities", {"not_in_content": "tents"}),
    # stance
    ("The army denied that its troops had fired on protesters.", "its troops had fired", "army",
     {"stance": "denied"}),
    ("The militia said it had captured 300 soldiers, a figure that could not be independently verified.",
     "captured 300 soldiers", "militia", {"stance": "disputed"}),
    ("Police rejected the organisers' figure of 80,000 marchers.", "80,000 marchers", "Police", {"stance": "denied"}),
]


@pytest.mark.parametrize("text, key, speaker, want", CASES, ids=[c[1] for c in CASES])
def test_english_claim(text, key, speaker, want):
    check(text, "en", key, speaker, **want)


def test_participle_adding_is_its_own_claim():
    text = "The coastguard said 26 bodies had been recovered, adding that the search would continue overnight."
    a = check(text, "en", "26 bodies had been recovered", "coastguard")
    b = check(text, "en", "the search would continue", "coastguard", rule="en.participle:add", source_text="The coastguard")
    assert a.source.source_id == b.source.source_id and a.end <= b.start


def test_cue_in_the_middle_of_a_quote_gives_two_claims():
    text = "“Two of our medics were killed,” said Omar Nasser, a volunteer, “and four ambulances were hit.”"
    a = check(text, "en", "Two of our medics", "Omar Nasser", quote="direct")
    b = check(text, "en", "four ambulances were hit", "Omar Nasser", quote="direct")
    assert a.source.source_id == b.source.source_id


def test_quote_continuation_in_the_next_sentence():
    text = "“The camp is full,” the aid worker said. “We turned away 300 families yesterday.”"
    check(text, "en", "300 families", "aid worker", quote="direct")


def test_pronoun_and_definite_coreference():
    text = (
        "Jonas Berg, the mission's chief monitor, said 19 civilians were killed in the area last week. "
        "He said most of them were farmers. "
        "The Human Rights Monitoring Mission added that 7 others were missing. "
        "Mr Berg told reporters the mission had no access to the front line."
    )
    a = check(text, "en", "19 civilians", "Jonas Berg")
    # "He" is shown as the antecedent that names him
    b = check(text, "en", "most of them were farmers", "Jonas Berg", source_text="Jonas Berg, the mission's chief monitor")
    c = check(text, "en", "had no access", "Berg")
    assert a.source.source_id == b.source.source_id == c.source.source_id
    # the mission's own chief monitor is the mission's source (a body and its head are one)
    d = check(text, "en", "7 others were missing", "Human Rights Monitoring Mission")
    assert d.source.source_id == a.source.source_id


def test_definite_organisation_resolves_to_earlier_registered_speaker():
    text = (
        "The Syrian Observatory for Human Rights said 33 people were killed. "
        "The monitor added that 10 of them were children."
    )
    a = check(text, "en", "33 people", "Syrian Observatory")
    # "The monitor" is shown as the mention that named it
    b = check(text, "en", "10 of them were children", "Syrian Observatory", source_text="The Syrian Observatory for Human Rights")
    assert a.source.source_id == b.source.source_id == "sohr"


def test_two_speakers_in_one_sentence():
    text = "Police said about 4,000 people took part, while organisers said the turnout was 25,000."
    a = check(text, "en", "4,000 people took part", "Police")
    b = check(text, "en", "the turnout was 25,000", "organisers")
    assert a.end <= b.start and "organisers" not in text[a.start : a.end]


def test_first_person_verbs_inside_quotes_are_not_attributions():
    text = '"We documented 45 cases of torture," said the researcher.'
    cs = claims_of(text, "en")
    assert len(cs) == 1 and cs[0].cue == "said"


def test_passive_and_infinitive_are_not_cues():
    assert claims_of("The figure was denied. He refused to say how many were held.", "en") == []


def test_relative_clause_cue_attributes_to_the_antecedent():
    text = "The claim was rejected by the rival brigade, which said it had lost only 6 fighters."
    check(text, "en", "it had lost only 6 fighters", "rival brigade", kind="armed_group")


def test_trailing_report_is_a_relay_not_a_claim():
    text = "The health office said 9 people were killed in the raid, the rebels' radio station reported."
    cs = claims_of(text, "en")
    assert len(cs) == 1
    c = check(text, "en", "9 people were killed", "health office")
    assert c.via is not None and "radio station" in c.via.name


def test_stance_clause_after_a_claim_is_not_a_claim():
    text = "Rebels said they had killed 40 soldiers, a claim the army denied."
    cs = claims_of(text, "en")
    assert len(cs) == 1 and cs[0].stance == "denied"


def test_coordinated_verb_keeps_the_subject():
    text = "The governor said 6 people had died, and accused the militia of shelling homes."
    a = check(text, "en", "6 people had died", "governor")
    b = check(text, "en", "the militia of shelling homes", "governor")
    assert a.source.source_id == b.source.source_id


def test_but_said_after_a_quoted_object_is_a_second_claim():
    # 'confirmed "N deaths" but said ...': the quotation ends the first content, the second cue
    # starts a claim of the same subject (gold_s: "said A, and denied that B" is two claims)
    for text, k1, k2 in [
        ('The district governor, Ana Lobo, confirmed "at least nine deaths" but said the toll could rise as searches went on.',
         "at least nine deaths", "toll could rise"),
        ('Police acknowledged "a few injuries" but denied that officers had fired live rounds.',
         "a few injuries", "fired live rounds"),
    ]:
        cs = claims_of(text, "en")
        a, b = claim_with(cs, text, k1), claim_with(cs, text, k2)
        assert a is not b and k2 not in text[a.start : a.end]
        assert a.source.source_id == b.source.source_id


def test_statement_read_on_television_is_no_content():
    text = ("Twelve soldiers were killed and four wounded in an ambush near the border, "
            "the defence ministry said in a statement read on state television on Friday.")
    c = check(text, "en", "Twelve soldiers were killed", "defence ministry")
    assert "state television" not in text[c.start : c.end]


def test_possessive_owner_role_and_name_after_the_content():
    # "..., IOM's chief of mission, X, said": the content, then an owner's role and its name
    text = ("Divers recovered a further five bodies on Tuesday, raising the number of dead to 31, "
            "UNICEF's country representative, Maria Obote, said.")
    c = check(text, "en", "raising the number of dead", "Maria Obote")
    assert text[c.start : c.end].startswith("Divers recovered")


def test_dotted_un_agency_points_back_to_the_agency_named_before():
    text = ("The International Organization for Migration said 40 people drowned off the coast. "
            "The U.N. agency said the boat had left with about 200 people on board.")
    a = check(text, "en", "40 people drowned", "International Organization for Migration")
    b = check(text, "en", "about 200 people", "International Organization for Migration")
    assert a.source.source_id == b.source.source_id


def test_dotted_us_agency_is_not_a_non_us_body():
    text = "Amnesty International said 9 were killed. The U.S. agency said 12 people were killed."
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "12 people").source.source_id != claim_with(cs, text, "9 were").source.source_id


def test_statement_adjunct_then_up_from_tail_keeps_the_content_before_the_cue():
    # "..., the authority said in its latest report on Sunday, up from 64 a day earlier": the
    # report adjunct is no content, and the "up from" tail goes on with the content before
    text = ("Landslides have killed at least 45 people in the hills since Monday, the disaster authority "
            "said in its latest report on Friday, up from 30 a day earlier.")
    c = check(text, "en", "killed at least 45", "disaster authority")
    assert "up from 30" in text[c.start : c.end]
    text2 = "The disaster authority said in its daily update that 12 villages had been cut off."
    c2 = check(text2, "en", "12 villages", "disaster authority")
    assert "daily update" not in text2[c2.start : c2.end]


def test_who_added_after_an_inverted_speaker_and_his_apposition_is_the_person():
    text = ('"We counted 25 shells in one hour," said Musa Idris, a nurse at the Al-Noor Hospital, '
            "who added that the hospital had run out of oxygen.")
    a = check(text, "en", "We counted 25 shells", "Musa Idris")
    b = check(text, "en", "run out of oxygen", "Musa Idris")
    assert a.source.source_id == b.source.source_id


def test_inverted_upper_case_who_is_the_health_organization():
    # ", WHO says": the World Health Organization, not a relative pronoun; ", who said" stays one
    for text in ["Cholera has killed 58 people in the province since May, WHO said on Tuesday.",
                 "Cholera outbreak in the east: 58 deaths, WHO says\n\nThe outbreak began in May."]:
        c = check(text, "en", "58", "WHO")
        assert c.source.source_id == "who"
    assert not any(c.source.source_id == "who" for c in claims_of(
        "The charity's director, who said 12 people died, called for calm.", "en"))


def test_headline_tail_coastguard_says():
    text = "More than 900 migrants reach the island in two days, coastguard says\n\nBoats kept arriving."
    check(text, "en", "900 migrants", "coastguard")


def test_participial_apposition_of_the_subject_is_not_the_speaker():
    text = ("Police said 40,000 had marched in the capital, and the independent counting firm Tallia, "
            "working for a group of newspapers, estimated the march at 52,300.")
    c = check(text, "en", "52,300", "Tallia")
    assert "working for" not in (c.source_text or "") and "newspapers" not in c.source.name
    p = check(text, "en", "40,000 had marched", "Police")
    assert "Tallia" not in text[p.start : p.end]


def test_according_to_a_plural_role_noun_is_a_speaker():
    text = "The budget for public universities has lost a third of its value this year, according to rectors."
    check(text, "en", "lost a third", "rectors")


def test_registry_name_followed_by_its_own_head_noun_is_a_different_speaker():
    text = "The UN human rights monitoring mission said 12 civilians were killed."
    c = check(text, "en", "12 civilians", "monitoring mission")
    assert c.source.source_id != "un" and not c.source.registered


def test_he_skips_plural_speakers():
    text = (
        "At least 40 people were killed, officials said. Interior Minister Ali Demir told reporters "
        "that 1,607 people had been injured. He said the toll was expected to rise."
    )
    a = check(text, "en", "1,607 people", "Ali Demir", kind="official")
    b = check(text, "en", "expected to rise", "Ali Demir", source_text="Interior Minister Ali Demir")
    assert a.source.source_id == b.source.source_id
