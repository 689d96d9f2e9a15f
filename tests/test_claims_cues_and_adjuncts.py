"""Cue words and adjuncts (composed texts): time phrases and adjuncts never join or replace a
speaker; speakers named after a quote with trailing adjuncts ("a resident reached by phone");
which words start a claim (urged, called on, revised, appealed, estimates, "claimed they",
"according to official data", "disputed the claim that") and which do not ("claimed the lives
of", "according to plan", bare "claimed responsibility" / "disputed the account"); "he said"
after narration. Negatives: titles that contain a time-looking word ("النائب العام") stay whole.
(First tuned in round 9; its headline and source-identity cases moved to
test_claims_headlines_and_data_sources.py and test_claims_source_identity.py.)"""

from __future__ import annotations

from _claims_helpers import check, claim_with, claims_of, names
from newsclaims.extract.folding import fold_term


def test_arabic_time_phrase_after_the_verb_is_not_the_speaker():
    t = "وكان مدير الدفاع المدني في المحافظة كريم الجبوري قد أعلن الأسبوع الماضي أن فرقه انتشلت 14 جثة."
    c = check(t, "ar", "انتشلت 14 جثة", "كريم الجبوري")
    assert fold_term("الماضي") not in names(c)


def test_arabic_time_phrase_between_verb_and_named_subject():
    t = "وقالت الشهر الماضي منظمة الصحة العالمية إن الكوليرا أودت بحياة 30 شخصاً."
    c = check(t, "ar", "أودت بحياة", "منظمة الصحة العالمية")
    assert fold_term("الشهر") not in names(c)


def test_arabic_adjunct_after_a_surname_does_not_join_it():
    t = ("قالت المسؤولة في الصليب الأحمر سلمى حداد إن 200 أسرة نزحت من القرية. "
         "وقالت حداد في وقت لاحق إن الأسر باتت بلا مأوى.")
    c = claim_with(claims_of(t, "ar"), t, "باتت بلا مأوى")
    assert fold_term("وقت") not in names(c) and fold_term("حداد") in names(c)


def test_arabic_general_prosecutor_keeps_his_title():
    t = "وقال النائب العام إن 12 متهماً أحيلوا إلى المحكمة."
    check(t, "ar", "أحيلوا إلى المحكمة", "النائب العام")


def test_speaker_after_quote_with_a_participle_adjunct():
    t = 'The town was attacked at dawn. "We buried 40 people in one day," said a resident reached by phone.'
    check(t, "en", "buried 40 people", "resident")


def test_speaker_after_quote_contacted_by_an_outlet():
    t = '"Nobody came to help us," said an elder contacted by AFP on Monday.'
    check(t, "en", "Nobody came", "elder")


def test_participle_followed_by_a_clause_is_not_a_bare_adjunct():
    t = '"We buried 40 people," said the man interviewed by police, who then arrested 20 suspects.'
    cs = [c for c in claims_of(t, "en") if "arrested 20" in t[c.start:c.end]]
    assert not cs


def test_urged_with_content_is_a_claim():
    t = "The health ministry urged residents to leave the area after 30 people were killed."
    check(t, "en", "residents to leave", "health ministry")


def test_called_on_is_a_claim_but_called_x_y_is_not():
    t = "The UN called on both sides to stop the fighting. She called the attack barbaric."
    check(t, "en", "both sides to stop", "UN")
    assert not [c for c in claims_of(t, "en") if "barbaric" in t[c.start:c.end]]


def test_revised_figure_is_a_claim():
    t = "The Red Crescent revised its figure down to 3,800 dead on Friday."
    check(t, "en", "down to 3,800", "Red Crescent")


def test_arabic_appeal_is_a_claim():
    t = "وناشد المرصد السوري المجتمع الدولي التدخل لوقف القصف."
    check(t, "ar", "المجتمع الدولي التدخل", "المرصد السوري")


def test_said_then_a_finite_verb_is_content_not_a_speaker():
    t = "Musa Bello, whose son was taken, said the gunmen arrived at night."
    c = claim_with(claims_of(t, "en"), t, "arrived at night")
    assert fold_term("Musa Bello") in names(c)


def test_he_said_goes_to_the_person_the_narration_introduced():
    t = ("Police said 12 people were abducted in the raid.\n\n"
         "Musa Bello, a farmer whose son was taken, was in his field when the gunmen came.\n\n"
         '"They took my two wives and my brother\'s children," he said.\n')
    check(t, "en", "took my two wives", "Musa Bello")


def test_he_said_without_a_narrated_person_stays_with_the_speaker():
    t = ("A police spokesman said 12 people were abducted in the raid.\n\n"
         "Kano State, the worst hit, has closed its schools.\n\n"
         '"We are searching the forest," he said.\n')
    check(t, "en", "searching the forest", "police spokesman")


def test_he_said_after_a_named_resident_whose_name_ends_in_s():
    t = ("Police said 30 people were abducted. A resident of the village, Malam Yakubu Idris, told "
         'reporters that well over 100 were taken. "They took my two wives," he said.')
    check(t, "en", "took my two wives", "Idris")


def test_they_said_after_residents_stays_plural():
    t = ("Police said 30 people were abducted. Residents said well over 100 were taken. "
         '"They took everyone," they said.')
    check(t, "en", "took everyone", "Residents")


def test_english_leading_time_phrase_is_not_part_of_the_speaker():
    for lead in ("Last month", "Earlier this week", "On Monday"):
        t = f"{lead} the army said 40 fighters were killed in the clashes."
        c = check(t, "en", "40 fighters", "army")
        assert "month" not in names(c) and "week" not in names(c) and "monday" not in names(c)


def test_noun_plus_pronoun_relative_is_not_a_speaker():
    t = ("The monitor said 40 people were kidnapped in March. "
         "It was the highest figure it has recorded since it began monitoring kidnappings.")
    assert not [c for c in claims_of(t, "en") if "figure it" in names(c)]


def test_relayed_survivors_keep_the_inner_speaker():
    t = ("The four survivors, three men and a woman, told aid workers that the boat had left the port "
         "with 45 people on board, the IOM and UNHCR said.")
    c = check(t, "en", "45 people on board", "survivors")
    assert c.via is not None


def test_apposition_with_a_quantifier_before_the_verb():
    t = "The survivors, all from Guinea, told aid workers that 30 people had drowned."
    check(t, "en", "30 people had drowned", "survivors")


def test_quantified_apposition_inside_content_is_not_a_speaker():
    t = "Gunmen killed 12 villagers, most of them women, and torched homes, police said."
    check(t, "en", "12 villagers", "police")


def test_claimed_the_lives_is_a_toll_not_a_speaker():
    t = ("A strike on a monastery claimed the lives of at least 23 people, "
         "according to local resistance groups and a rescue worker.")
    c = check(t, "en", "at least 23 people", "local resistance groups")
    assert "monastery" not in names(c)


def test_claimed_with_a_clause_is_still_a_cue():
    t = "The rebels claimed they had killed 40 soldiers."
    check(t, "en", "killed 40 soldiers", "rebels")


def test_according_to_official_data_is_a_claim():
    t = "According to official data, 40 soldiers have been killed in the region since January."
    check(t, "en", "40 soldiers", "official data")


def test_according_to_plan_and_plural_nouns_are_no_speakers():
    t = "The vote went ahead according to plan, with 40 observers present."
    assert not claims_of(t, "en")
    t = "According to preliminary estimates, 40 soldiers have been killed."
    assert not [c for c in claims_of(t, "en") if "preliminary" in names(c) and "according" in names(c)]


def test_present_tense_estimates_after_a_subject_is_still_a_cue():
    t = "The UN estimates 40,000 people have fled the fighting."
    check(t, "en", "40,000 people", "UN")


def test_official_data_after_another_speaker_is_its_own_source():
    t = ("Police chief Anil Kumar said 600 raids were carried out. "
         "According to official data, 19 soldiers have been killed in the region since January.")
    c = check(t, "en", "19 soldiers", "official data")
    assert "kumar" not in names(c)


def test_arabic_quoted_body_before_an_object_noun_is_the_speaker():
    t = "وثّقت «الشبكة السورية لحقوق الإنسان» مقتل 50 شخصاً في المحافظة."
    check(t, "ar", "مقتل 50 شخصاً", "الشبكة السورية لحقوق الإنسان")


def test_claimed_responsibility_is_a_claim_and_saying_another():
    # the lead's session-8 call (tests/gold/README.md): "claimed responsibility for <an attack>" is a claim
    t = ("A little-known group claimed responsibility for the attack in a post on Telegram, "
         "saying it had killed 5 soldiers.")
    c = check(t, "en", "responsibility for the attack", "group")
    assert "killed 5" not in t[c.start:c.end]
    check(t, "en", "killed 5 soldiers", "group")


def test_bare_disputed_the_account_is_no_claim():
    t = "Police said 10 people died. The Kuki council disputed the police account."
    assert not [c for c in claims_of(t, "en") if "account" in t[c.start:c.end]]


def test_disputed_the_claim_that_keeps_its_content():
    t = "The army disputed the claim that 40 civilians had died."
    check(t, "en", "40 civilians", "army")


def test_statement_carried_by_an_agency_is_an_adjunct():
    t = "Floods killed 11 people, the interior ministry said in a statement carried by the official news agency on Sunday."
    c = claim_with(claims_of(t, "en"), t, "Floods killed 11")
    assert "ministry" in (c.source_text or "")


def test_without_giving_after_a_quote_adds_nothing():
    t = '"We will not yield," the president wrote on X, without giving a toll.'
    cs = claims_of(t, "en")
    assert claim_with(cs, t, "We will not yield")
    assert not any("without giving" in t[c.start:c.end] for c in cs)


def test_reported_missing_is_a_participle_not_a_cue():
    t = "Fourteen people initially reported missing had been found alive, the ministry said."
    cs = claims_of(t, "en")
    c = claim_with(cs, t, "found alive")
    assert "ministry" in (c.source_text or "")
    assert len(cs) == 1


def test_and_that_with_a_new_subject_stays_in_the_same_claim():
    t = "The oversight authority said it had sent monitors to hospitals and that its officers had also recorded 112 arrests."
    cs = claims_of(t, "en")
    assert len(cs) == 1 and "112 arrests" in t[cs[0].start:cs[0].end]


def test_a_weather_service_forecast_is_a_claim():
    t = ("Floods killed 812 people, the disaster authority said, as the Met Office forecast another spell "
         "of heavy rain for the next 72 hours. The Met Office has forecast more rain over the next three days.")
    cs = claims_of(t, "en")
    assert "Met Office" in (claim_with(cs, t, "another spell").source_text or "")
    assert "Met Office" in (claim_with(cs, t, "more rain over").source_text or "")


def test_the_noun_forecast_is_no_cue():
    t = "The weather forecast said rain would fall on 40 villages. The forecast for Monday is grim."
    cs = claims_of(t, "en")
    assert all("weather" not in (c.source_text or "").split() or "forecast" in (c.source_text or "") for c in cs)
    assert not any("for Monday" in t[c.start:c.end] for c in cs)


def test_both_sides_after_the_content_is_the_speaker():
    t = "Arvania and Norland each released 150 prisoners on Saturday in an exchange, both sides said."
    c = claim_with(claims_of(t, "en"), t, "150 prisoners")
    assert c.source_text == "both sides"


def test_put_the_number_of_confirmed_cases_at():
    t = ("Arvania's health ministry, in figures released late on Thursday, put the number of confirmed cases "
         "at 9,841 and said 1,320 patients were still being treated.")
    cs = claims_of(t, "en")
    assert "health ministry" in (claim_with(cs, t, "confirmed cases at 9,841").source_text or "")
    assert "health ministry" in (claim_with(cs, t, "1,320 patients").source_text or "")


def test_an_adjectival_participle_after_of_is_no_cue():
    t = "The ministry said the number of reported deaths rose to 40."
    cs = claims_of(t, "en")
    assert len(cs) == 1 and "ministry" in (cs[0].source_text or "")
