"""Round 9 (composed texts): time phrases and adjuncts never join or replace a speaker; speakers
named after a quote with trailing adjuncts ("a resident reached by phone"). Negatives: titles
that contain a time-looking word ("النائب العام") stay whole."""

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


def test_headline_with_a_trailing_colon_speaker():
    t = "Gunmen kill 20 in village raid: monitor\n\nThe raid happened on Sunday, police said.\n"
    check(t, "en", "kill 20 in village", "monitor")


def test_place_before_a_colon_is_still_no_speaker():
    t = "Darfur: gunmen kill 20 in village raid\n\nThe raid happened on Sunday, police said.\n"
    assert not [c for c in claims_of(t, "en") if "gunmen kill 20" in t[c.start:c.end]]


def test_arabic_headline_with_a_trailing_colon_speaker():
    t = "مقتل 20 شخصاً في هجوم على قرية: مصدر طبي\n\nوقعت الهجمات يوم الأحد.\n"
    check(t, "ar", "مقتل 20 شخصاً", "مصدر طبي")


def _sid(text: str, lang: str, key: str) -> str:
    return claim_with(claims_of(text, lang), text, key).source.source_id


def test_unnamed_acronym_spokesman_is_the_body():
    t = "The Israeli army said 12 rockets were fired from Lebanon. An IDF spokesman said three soldiers were wounded."
    assert _sid(t, "en", "12 rockets") == _sid(t, "en", "three soldiers") == "idf"


def test_named_spokesperson_in_apposition_after_the_quote_is_the_body():
    t = ('The UN refugee agency said 300 people had crossed the river. '
         '"We need more shelters," said Maria Lopez, a spokeswoman for the UN refugee agency.')
    assert _sid(t, "en", "300 people") == _sid(t, "en", "more shelters") == "unhcr"


def test_possessive_body_before_a_personal_name_is_the_body():
    t = ("The International Organization for Migration said 40 migrants were missing. "
         "The International Organization for Migration's Laila Haddad said 12 bodies were found.")
    assert _sid(t, "en", "40 migrants") == _sid(t, "en", "12 bodies") == "iom"


def test_possessive_with_a_common_noun_is_not_a_person():
    t = "Police said four people died. The country's interior minister said 30 were arrested."
    assert _sid(t, "en", "four people") != _sid(t, "en", "30 were")


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


def test_arabic_anaphoric_body_with_two_candidates_stays_apart():
    t = ("قالت وزارة الصحة إن 20 قتلوا. وقالت وزارة الداخلية إن 30 اعتقلوا. "
         "وقال المتحدث باسم الوزارة أحمد علي إن 5 أصيبوا.")
    sid = _sid(t, "ar", "5 أصيبوا")
    assert sid not in (_sid(t, "ar", "20 قتلوا"), _sid(t, "ar", "30 اعتقلوا"))


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


def test_arabic_headline_with_a_quoted_speaker():
    t = "«الشبكة السورية»: توثيق مقتل 803 أشخاص في أحداث الساحل\n\nوقع الهجوم يوم الأحد.\n"
    check(t, "ar", "توثيق مقتل 803", "الشبكة السورية")


def test_arabic_headline_with_a_quoted_place_is_no_claim():
    t = "«الفاشر»: مقتل 20 شخصاً في قصف\n\nوقع الهجوم يوم الأحد.\n"
    assert not claims_of(t, "ar")


def test_surname_of_a_role_named_in_narration_speaks_for_the_body():
    t = ("At least 31 people were killed, the rights commission said on Tuesday.\n\n"
         "In a statement signed by its chairperson, Grace Wanjiru Otieno, the commission said it had "
         "recorded 532 arrests.\n\n"
         '"We are deeply disturbed by the use of force," Ms Otieno said.\n')
    assert _sid(t, "en", "deeply disturbed") == _sid(t, "en", "532 arrests")


def test_unrelated_surname_stays_its_own_speaker():
    t = ("At least 31 people were killed, the rights commission said on Tuesday.\n\n"
         "In a statement signed by its chairperson, Grace Otieno, the commission said it had "
         "recorded 532 arrests.\n\n"
         '"We were not consulted," Ms Kamau said.\n')
    assert _sid(t, "en", "not consulted") != _sid(t, "en", "532 arrests")


def test_bare_claimed_responsibility_is_no_claim_but_saying_is():
    t = ("A little-known group claimed responsibility for the attack in a post on Telegram, "
         "saying it had killed 5 soldiers.")
    cs = claims_of(t, "en")
    assert not [c for c in cs if "for the attack" in t[c.start:c.end]]
    check(t, "en", "killed 5 soldiers", "group")


def test_bare_disputed_the_account_is_no_claim():
    t = "Police said 10 people died. The Kuki council disputed the police account."
    assert not [c for c in claims_of(t, "en") if "account" in t[c.start:c.end]]


def test_disputed_the_claim_that_keeps_its_content():
    t = "The army disputed the claim that 40 civilians had died."
    check(t, "en", "40 civilians", "army")
