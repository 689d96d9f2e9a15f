"""Speaker constructions around figures (composed sentences):

- "X was quoted by Y as saying ..." / "X was quoted as saying ...": the passive's subject speaks,
  Y is only the relay (before: "by Y" was read as the speaker);
- "no official confirmed ..." / "nobody said": no speaker, no claim;
- "a claim that could not be verified": the noun "claim" is no cue;
- "X claimed the attack and, in a message, put the toll at 23": the act's subject speaks through
  the coordinated cue (but "X said A and rejected B" and "X put the toll at 30 and said B" keep
  their first cue's speaker, and "claimed the real toll was ... and accused" stays one claim);
- a quotation running over paragraphs (the first paragraph opens a quote and never closes it,
  the next opens it again and ends with the cue) gives the first paragraph to the same speaker.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of


@pytest.mark.parametrize("sentence, speaker, via", [
    ("Russia's defence ministry was quoted by the state news agency TASS as saying that its forces had "
     "struck 14 military targets.", "defence ministry", "TASS"),
    ("Red Crescent official Marie Haddad was quoted by Al-Wasat as saying that another 10,100 people were "
     "reported missing.", "Marie Haddad", "Al-Wasat"),
    ("A senior army officer was quoted as saying that 40 soldiers had died.", "army officer", None),
    ("The provincial governor was quoted by local television as saying 12 people had drowned.", "governor", "television"),
])
def test_passive_quoted_as_saying_gives_the_subject(sentence, speaker, via):
    key = sentence.split("saying ", 1)[1].removeprefix("that ")[:18]
    c = check(sentence, "en", key, speaker)
    assert "by" not in (c.source_text or "").split()
    if via:
        assert c.via is not None and via.lower() in (c.via.name + " " + (c.via.name_en or "")).lower()


@pytest.mark.parametrize("text", [
    "It was reported that power had been cut to parts of the city, but no official confirmed the outages.",
    "Nobody said how many people had died in the blast.",
    "No one claimed responsibility for the attack.",
])
def test_nobody_is_no_speaker(text):
    assert claims_of(text, "en") == []


def test_claim_noun_is_no_cue():
    text = "The army said it had killed 12 militants, a claim that could not be independently verified."
    cs = claims_of(text, "en")
    assert len(cs) == 1 and "army" in cs[0].source.name.lower()


@pytest.mark.parametrize("subject", ["The banned Tehreek-i-Taliban Pakistan", "The Islamic State group", "JNIM"])
def test_act_then_coordinated_cue_keeps_the_subject(subject):
    text = (f"{subject} claimed the attack and, in a message to journalists, put the number of soldiers "
            "killed at 23.")
    check(text, "en", "soldiers killed at 23", subject.removeprefix("The ").removeprefix("banned "))


def test_police_arrested_and_said():
    text = "Police arrested 12 people overnight and said they were investigating the bombing."
    check(text, "en", "investigating the bombing", "Police")


@pytest.mark.parametrize("text, first, second", [
    ("The interior ministry put the death toll at more than 30 and said security forces had been deployed.",
     "more than 30", "security forces had been deployed"),
    ("Opposition lawmakers claimed the real toll was well over a hundred and accused the government of "
     "hiding deaths.", "well over a hundred", "hiding deaths"),
])
def test_first_cue_speaker_goes_on(text, first, second):
    cs = claims_of(text, "en")
    a, b = claim_with(cs, text, first), claim_with(cs, text, second)
    assert a.source.source_id == b.source.source_id


@pytest.mark.parametrize("oq, cq", [("“", "”"), ('"', '"')])
def test_quote_over_paragraphs_goes_to_the_later_cue(oq, cq):
    text = ("GAZA (AP) — An air strike on a school killed at least 17 people, the civil defence agency said.\n\n"
            f"{oq}Our crews pulled 17 bodies from the classrooms on the second floor. Most of them were women.\n\n"
            f"{oq}There are still at least six people under the rubble,{cq} Hamdan said.\n\n"
            f"{oq}We were asleep when it hit,{cq} said Umm Khaled, 40.")
    cs = claims_of(text, "en")
    first = claim_with(cs, text, "pulled 17 bodies")
    second = claim_with(cs, text, "six people under the rubble")
    assert first.source.source_id == second.source.source_id
    assert "Most of them were women" in text[first.start : first.end]
    assert not text[first.start : first.end].startswith(oq)
    assert "Hamdan" in (first.source_text or first.source.name)


def test_closed_quote_paragraph_is_not_taken():
    text = ("The agency said 17 people were killed.\n\n"
            "“Our crews pulled 17 bodies from the classrooms.”\n\n"
            "“There are still six people under the rubble,” Hamdan said.")
    cs = claims_of(text, "en")
    assert not any("pulled 17 bodies" in text[c.start : c.end] for c in cs)


@pytest.mark.parametrize("role", ["a spokesman for the agency", "the spokeswoman for the agency",
                                  "a spokesperson for Gaza's Civil Defence", "the director of the agency"])
def test_narrated_role_gives_the_later_surname_to_its_body(role):
    text = ("GAZA (AP) — An air strike killed at least 17 people, according to Gaza's Civil Defence agency.\n\n"
            f"Mahmoud Saleh Hamdan, {role}, described the scene in a voice message to journalists.\n\n"
            "“There are still at least six people under the rubble,” Hamdan said.\n\n"
            "The Israeli military said it had struck a command centre.")
    cs = claims_of(text, "en")
    body = claim_with(cs, text, "at least 17 people").source.source_id
    assert claim_with(cs, text, "six people under the rubble").source.source_id == body
    assert claim_with(cs, text, "struck a command centre").source.source_id != body


def test_surname_without_a_narrated_role_stays_a_person():
    text = ("An air strike killed at least 17 people, according to Gaza's Civil Defence agency.\n\n"
            "Mahmoud Saleh Hamdan, a teacher at the school, described the scene.\n\n"
            "“There are still six people under the rubble,” Hamdan said.")
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "six people").source.source_id != claim_with(cs, text, "17 people").source.source_id


@pytest.mark.parametrize("subject", ["Four survivors", "Four survivors – three men and a teenage boy –",
                                     "Survivors — most of them Syrians —"])
@pytest.mark.parametrize("audience", ["rescuers", "aid workers", "investigators"])
def test_survivors_told_an_audience_relay(subject, audience):
    text = (f"{subject} told {audience} the boat carried 45 people when it overturned, "
            "IOM spokesman Flavio Di Giacomo said.")
    c = check(text, "en", "the boat carried 45 people", "survivors")
    assert "IOM" not in (c.source_text or "")


@pytest.mark.parametrize("appos", ["a German charity that operates rescue ships", "a rescue charity"])
def test_class_noun_given_by_the_speakers_own_apposition(appos):
    text = ("The UN refugee agency UNHCR said more than 1,900 people had died since January. "
            f"Sea-Watch, {appos}, said its plane had spotted six bodies. "
            "The charity said Italian authorities had ordered its ship to a distant port.")
    cs = claims_of(text, "en")
    sw = claim_with(cs, text, "six bodies").source.source_id
    assert claim_with(cs, text, "distant port").source.source_id == sw


@pytest.mark.parametrize("stamp", ["09:40 -", "09:40 GMT —", "21:05 –"])
def test_live_blog_entry_speaker_colon_with_more_sentences(stamp):
    text = ("Earthquake: live updates\n\n"
            f"{stamp} Turkey's disaster agency AFAD: death toll in Turkey rises to 5,894, with 34,810 injured. "
            "More than 25,000 search and rescue personnel are working in 10 provinces.\n\n"
            "10:15 - The White Helmets say at least 1,020 people have died.")
    check(text, "en", "rises to 5,894", "AFAD")


@pytest.mark.parametrize("actor", ["Al-Shabaab", "The Houthis", "Hamas"])
def test_it_said_after_a_registered_body_narrated(actor):
    text = ("Police Captain Ali Warsame said the attacker drove a minibus into a queue of trucks.\n\n"
            f"{actor} claimed responsibility for the attack. In a statement on a website linked to the group, "
            "it said its fighter had killed more than 30 soldiers.")
    c = claim_with(claims_of(text, "en"), text, "killed more than 30")
    assert "Warsame" not in c.source.name and "Warsame" not in (c.source_text or "")


def test_claims_to_with_an_aim_is_no_claim():
    text = ("Violence between CODECO, which claims to defend the Lendu community, and rival militias has "
            "flared repeatedly since 2017, and the province hosts well over a million displaced people.")
    assert claims_of(text, "en") == []


@pytest.mark.parametrize("first", ["It does not distinguish between combatants and civilians",
                                   "It gave no breakdown"])
def test_pronoun_clause_then_but_says(first):
    text = ("The ministry said 53 people had been killed in the previous 24 hours. "
            f"{first}, but says women and children make up more than half of the dead.")
    cs = claims_of(text, "en")
    assert claim_with(cs, text, "more than half").source.source_id == claim_with(cs, text, "53 people").source.source_id


@pytest.mark.parametrize("adj", ["sharply different", "conflicting", "competing"])
def test_plural_noun_after_an_adjective_is_no_cue(adj):
    text = (f"Protesters filled the centre of the capital, with organisers and the authorities giving {adj} "
            "counts of the turnout.")
    assert claims_of(text, "en") == []


@pytest.mark.parametrize("passive", ["It was also reported that", "It was later reported that", "It was widely reported that"])
def test_passive_report_without_agent_is_no_claim(passive):
    text = ("Radio Okapi quoted a local chief as saying that residents had buried 15 bodies. "
            f"{passive} shelling had hit a displacement site west of the town.")
    assert not any("displacement site" in text[c.start : c.end] for c in claims_of(text, "en"))


@pytest.mark.parametrize("rel, key", [
    ("which had earlier cited a figure of 11,300 dead", "a figure of 11,300"),
    ("which had earlier reported 23 dead", "23 dead"),
])
def test_relative_clause_cue_before_the_main_verb(rel, key):
    text = f"The Libyan Red Crescent, {rel}, said it had never issued such a toll."
    cs = claims_of(text, "en")
    a, b = claim_with(cs, text, key), claim_with(cs, text, "never issued")
    assert a is not b and a.source.source_id == b.source.source_id


def test_what_a_body_documents_is_no_claim():
    text = "The Emergency Lawyers, which documents abuses in Sudan's war, said the toll was likely to rise."
    assert not any("abuses" in text[c.start : c.end] for c in claims_of(text, "en"))


@pytest.mark.parametrize("text", ["The minister cited security reasons for the closure.",
                                  "RT cited the ministry as saying 20 drones were launched."])
def test_cite_without_a_count_is_no_count_claim(text):
    assert not any(c.cue == "cited" and "reasons" in text[c.start : c.end] for c in claims_of(text, "en"))
