"""Headlines and named data sources: a speaker after a headline's colon, dash or comma ("Army
spokesman: ...", "..., civil society says"), a place before a colon is no speaker; figures
"according to figures compiled by" / "data from" a tracker, estimates, announced actions and
"..., the minister said" tails; "according to him" after a named speaker.

Each case: text, key phrase of the content, a name the speaker must carry, extra checks.
Sentences composed for these tests. (First tuned in rounds 6 and 9.)
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of

EN6 = [
    ("Police said 12 people died. According to figures compiled by the Delta Conflict Monitor, at least 300 people were killed in May.",
     "300 people", "Delta Conflict Monitor", {}),
    ("Police said 12 people died. Data from the Border Drowning Tracker shows 45 migrants drowned this year.",
     "45 migrants", "Border Drowning Tracker", {}),
    ("Gunmen kill 17 in village raid, civil society says\n\nThe raid began at dawn.", "kill 17", "civil society", {}),
    ("Humanitarian partners estimate that 4,000 people will need shelter.", "4,000", "Humanitarian partners", {}),
    ("The governor declared three days of mourning and ordered residents of low-lying areas to vacate.",
     "three days of mourning", "governor", {}),
    ("A police spokesman gave a toll of 38 dead.", "38 dead", "police spokesman", {}),
    ("The toll has climbed to 90, the minister said on Friday, with 40 others still missing.", "40 others", "minister", {}),
    ("Army spokesman: nine soldiers killed in border ambush\n\nThe ambush happened at night.", "nine soldiers", "Army spokesman",
     {"rule": "en.headline_colon:colon"}),
]


AR6 = [
    ("الدفاع المدني في المدينة: 21 قتيلاً في قصف سوق شعبي\n\nقصفت الطائرات السوق صباحاً.", "21 قتيلاً", "الدفاع المدني"),
    ("مراسلنا: سبعة جرحى في قصف على حي سكني\n\nوقع القصف ليلاً.", "سبعة جرحى", "مراسلنا"),
]


@pytest.mark.parametrize("text,key,speaker,want", EN6)
def test_round6_en(text, key, speaker, want):
    check(text, "en", key, speaker, **want)


@pytest.mark.parametrize("text,key,speaker", AR6)
def test_round6_ar_headline(text, key, speaker):
    check(text, "ar", key, speaker)


NOT_SPEAKERS6 = [
    ('The mayor said 12 died. "We buried them at noon according to local custom. Nine are in hospital," he said.', "custom"),
    ('The rebels said they had "freed" Tamra and rejected what it called "fake" casualty figures.', "Tamra"),
    ("An estimated 9,000 people have been affected, the agency said.", "An"),
    ("Sudan: thousands flee as fighting spreads\n\nFighting spread on Monday.", "Sudan"),
    ("The video shows soldiers firing at a car.", "video"),
]


@pytest.mark.parametrize("text,bad", NOT_SPEAKERS6)
def test_round6_not_speakers(text, bad):
    for c in claims_of(text, "en"):
        assert bad not in (c.source_text or ""), c.source_text
        assert bad != c.source.name


def test_round6_according_to_him_resolves():
    text = 'The district chief, Omar Bello, told reporters the boat capsized. According to him, the boat had "between 80 and 90 passengers" on board.'
    check(text, "en", "80 and 90", "Omar Bello")


def test_headline_with_a_trailing_colon_speaker():
    t = "Gunmen kill 20 in village raid: monitor\n\nThe raid happened on Sunday, police said.\n"
    check(t, "en", "kill 20 in village", "monitor")


def test_place_before_a_colon_is_still_no_speaker():
    t = "Darfur: gunmen kill 20 in village raid\n\nThe raid happened on Sunday, police said.\n"
    assert not [c for c in claims_of(t, "en") if "gunmen kill 20" in t[c.start:c.end]]


def test_arabic_headline_with_a_trailing_colon_speaker():
    t = "مقتل 20 شخصاً في هجوم على قرية: مصدر طبي\n\nوقعت الهجمات يوم الأحد.\n"
    check(t, "ar", "مقتل 20 شخصاً", "مصدر طبي")


def test_arabic_headline_with_a_quoted_speaker():
    t = "«الشبكة السورية»: توثيق مقتل 803 أشخاص في أحداث الساحل\n\nوقع الهجوم يوم الأحد.\n"
    check(t, "ar", "توثيق مقتل 803", "الشبكة السورية")


def test_arabic_headline_with_a_quoted_place_is_no_claim():
    t = "«الفاشر»: مقتل 20 شخصاً في قصف\n\nوقع الهجوم يوم الأحد.\n"
    assert not claims_of(t, "ar")


# "Home Office figures show that ...", "police data showed ...": a statement noun owned by a
# name or an owner noun speaks through "show", and the owner is the speaker; without an
# owner ("The latest figures show") there is no claim
OWNED_DATA = [
    ("Coast Guard figures show that 1,240 people were rescued in the Aegean last month.", "1,240 people", "Coast Guard"),
    ("Interior Ministry data showed 88 migrants had drowned since January.", "88 migrants", "Interior Ministry"),
    ("Police data show that 312 people were arrested during the protests.", "312 people", "Police"),
    ("According to Health Bureau figures, 45 people drowned in the floods.", "45 people drowned", "Health Bureau"),
]


@pytest.mark.parametrize("text,key,speaker", OWNED_DATA)
def test_owned_data_speaks_through_show(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert not (c.source_text or "").lower().endswith(("figures", "data")), c.source_text


def test_unowned_figures_show_is_no_claim():
    assert claims_of("The latest figures show that 45 people drowned.", "en") == []


# live-blog entries "HH:MM — SPEAKER: content" are attributed lines like headlines
def test_live_blog_entries_with_a_colon_speaker():
    text = ("تغطية مباشرة\n"
            "09:10 — أفاد مراسلنا بسقوط 4 شهداء في قصف على مخيم.\n"
            "10:25 — مصادر طبية في المستشفى الأهلي: ارتفاع عدد الشهداء إلى ۹، بينهم ۳ أطفال.\n"
            "12:40 — الدفاع المدني: طواقمنا تعاملت مع 8 غارات.\n")
    check(text, "ar", "ارتفاع عدد الشهداء", "مصادر طبية")
    check(text, "ar", "طواقمنا تعاملت", "الدفاع المدني")
    en = "Live updates\n10:05 GMT - Health ministry: 40 killed in strikes on the city.\n11:30 GMT - Floods: roads closed in the north.\n"
    check(en, "en", "40 killed", "Health ministry")
    assert not any("roads closed" in en[c.start : c.end] for c in claims_of(en, "en"))


def test_arabic_headline_svo_claims_keep_their_verb_and_dotted_parts():
    text = ("الحكومة ترفع الحصيلة إلى 311 قتيلاً والمنظمة الدولية تحذّر من تفشي الأوبئة\n"
            "العاصمة - رفعت الحكومة الحصيلة.\n")
    c = check(text, "ar", "ترفع الحصيلة", "الحكومة")
    assert text[c.start : c.end].startswith("ترفع")
    check(text, "ar", "تحذّر من تفشي", "المنظمة الدولية")
    # a headline's second part after "..", with a quoted speaker before the colon
    text2 = "انتشال 17 جثة لمهاجرين قبالة الساحل.. و«الهجرة الدولية»: عشرات المفقودين\nالمدينة - الوسط\n"
    check(text2, "ar", "عشرات المفقودين", "الهجرة الدولية")
    # ... or a quoted SVO subject after "..": the claim keeps its verb and names the body
    text3 = "قصف يطال قرية قرب الحدود.. و«الجيش» يتحدث عن 8 قتلى\nالمدينة - مراسلنا\n"
    c = check(text3, "ar", "8 قتلى", "الجيش")
    assert text3[c.start : c.end].startswith("يتحدث")


def test_arabic_headline_quoted_speaker_before_dots():
    text = "«الإغاثة»: 6 قتلى و11 جريحاً في انهيار مبنى.. والبحث مستمر\nالمدينة - مراسلنا\nقال شاهد إن المبنى قديم.\n"
    c = check(text, "ar", "6 قتلى و11 جريحاً", "الإغاثة")
    assert c.rule.startswith("ar.headline_colon")
    # an unquoted place before the colon stays no speaker
    assert not any(c.rule.startswith("ar.headline") for c in claims_of("حلب: 6 قتلى في انهيار مبنى.. والبحث مستمر\nالمدينة - مراسلنا\n", "ar"))


def test_arabic_quoted_body_glued_to_lam_is_part_of_the_speaker_no_quote():
    text = ("قُتل خمسة أشخاص في القصف، بحسب ما أعلن المكتب الإعلامي لـ«جبهة الساحل». "
            "وقال مصدر طبي إن 9 أصيبوا.")
    cs = claims_of(text, "ar")
    assert not any(text[c.start : c.end].startswith("جبهة") for c in cs)
    check(text, "ar", "خمسة أشخاص", "المكتب الإعلامي")


def test_admission_participle():
    text = "وأكد الجيش أن الرتل تعرض لكمين، معترفاً بـ«سقوط 6 قتلى وإصابة 14 بجروح»."
    check(text, "ar", "سقوط 6 قتلى", "الجيش")


def test_reports_and_claims_before_a_count():
    text = ("Government says 16 security personnel killed as monitor reports hundreds dead on coast\n"
            "CITY - The monitor said more than 1,000 people were killed.\n")
    check(text, "en", "hundreds dead on coast", "monitor")
    for t in ("The monsoon season claims hundreds of lives each year.", "The season claims 300 lives a year."):
        assert claims_of(t, "en") == [], t


def test_put_without_a_figure_points_back():
    assert claims_of("But the military put the toll much lower.", "en") == []
    check("Officials put the number displaced by the conflict since May 2023 at more than 60,000.", "en", "60,000", "Officials")


def test_declining_to_give_his_name_ends_the_attribution():
    text = '"They went house by house," a resident of the town told Reuters by phone, declining to give his name.'
    c = check(text, "en", "house by house", "resident")
    assert "declining" not in text[c.start : c.end]


def test_english_headline_raise_toll_keeps_its_verb():
    text = ("Floods: officials raise death toll to 64 as aid agency warns of disease\n\n"
            "CITY - Rescue teams searched the river banks on Monday, police said.\n")
    c = check(text, "en", "raise death toll to 64", "officials")
    assert text[c.start : c.end].startswith("raise")
    # in running text the content starts after the verb; other uses of 'raise' are no cue
    c2 = check("The ministry later raised its toll to 95 after more bodies were found.", "en", "toll to 95", "ministry")
    assert not claims_of("Residents raised concerns about the dam. The fire raised the alarm.", "en")
    # a headline verb with a one-word object is no claim
    t3 = "Militia group denies role\n\nCITY - Drones hit the field.\n"
    assert not any("denies role" in t3[c.start : c.end] for c in claims_of(t3, "en"))


def test_live_blog_entry_with_a_role_and_a_name_before_the_colon():
    t = ("Live: siege in the capital\n\n"
         "09:10 GMT — Police spokesman Ali Noor says the siege is over.\n\n"
         "09:40 GMT — Hospital director Amina Yusuf Dahir: at least 14 people have died and 60 are being treated.\n")
    c = claim_with(claims_of(t, "en"), t, "14 people have died")
    assert "Amina Yusuf Dahir" in (c.source_text or "")


def test_a_topic_before_a_colon_is_no_speaker():
    t = "Medics in Sudan: The War Goes On\n\nDoctors said 12 clinics had closed.\n"
    assert not any("War Goes On" in t[c.start:c.end] for c in claims_of(t, "en"))


def test_live_blog_present_tense_narrated_verb_then_says():
    t = ("Live: siege\n\n10:05 GMT — The French embassy condemns the attack and says no French citizens "
         "were among the 14 victims.\n")
    c = claim_with(claims_of(t, "en"), t, "no French citizens")
    assert "embassy" in (c.source_text or "")


def test_a_plural_noun_is_no_present_tense_verb():
    t = "Rebel fighters attacked the base overnight and said 20 soldiers were captured."
    c = claim_with(claims_of(t, "en"), t, "20 soldiers")
    assert "fighters" in (c.source_text or "")
