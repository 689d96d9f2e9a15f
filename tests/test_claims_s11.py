"""Session 11, figures in no claim (/work/notes/noclaim_s11.md): the constructions whose numbers no
predicted claim covered. Every sentence is composed here in the styles of wire, broadsheet, live-page
and regional newsrooms; none is taken from an article or a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


# --- 1. the account goes on after a postposed cue ------------------------------------------------
# "A, X said, and B" / ", while B" / ", but B" / ", out of N ..." / "according to X, and <verb> ..." /
# «...، بحسب ما أعلنته X، من بينهم ...» / «...، بعدما كان قد أحصى ...»: the tail is still the
# speaker's account (gold: the number after the cue is the speaker's figure).


@pytest.mark.parametrize(
    ("text", "lang", "key", "speaker"),
    [
        ("More than 900 people were hurt, the civil defence said, and some 2,100 homes were damaged.",
         "en", "2,100 homes", "civil defence"),
        ("Six miners were rescued alive, the mine operator said on Tuesday, while 14 remain trapped underground.",
         "en", "14 remain trapped", "mine operator"),
        ("Two soldiers were killed, a military spokesman said, but the number of wounded had risen to 17.",
         "en", "risen to 17", "military spokesman"),
        ("Measles has killed 85 children since March, the health minister, Grace Obi, said on Monday, out of more than 4,000 suspected cases.",
         "en", "4,000 suspected", "Grace Obi"),
        ("The toll rose to 64, the regional governor said on Friday, July 12, up from 41 a day earlier.",
         "en", "41 a day earlier", "regional governor"),
        ("The storm has killed at least 30 people, according to the interior ministry, and left thousands without power.",
         "en", "thousands without power", "interior ministry"),
        ("Some 8,000 migrants crossed the Channel in small boats this year, according to Home Office figures, down from about 11,000 a year earlier.",
         "en", "11,000 a year earlier", "Home Office"),
        ("ارتفع عدد ضحايا الانهيار إلى 37 قتيلاً، بحسب ما أعلنته المديرية العامة للدفاع المدني مساء الأحد، من بينهم تسعة أطفال.",
         "ar", "تسعة أطفال", "المديرية العامة"),
        ("ارتفعت حصيلة الاشتباكات إلى 60 قتيلاً، وفق ما أفادت الشبكة الحقوقية اليوم، بعدما كانت قد وثقت 22 قتيلاً أمس.",
         "ar", "22 قتيلاً", "الشبكة الحقوقية"),
    ],
)
def test_tail_after_postposed_cue_is_the_speakers(text: str, lang: str, key: str, speaker: str) -> None:
    check(text, lang, key, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "key", "speaker", "other"),
    [
        # the tail has a relay of its own: it stays that relay's claim
        ("Kyiv received the remains of 600 soldiers, the coordination centre said, while Moscow received 40, according to a Russian senator.",
         "en", "Moscow received 40", "Russian senator", "coordination centre"),
        # a new speaker with its own verb in the tail: the first claim ends at its cue
        ("At least 12 protesters were killed, the rights commission said, while a police spokesman put the toll at five.",
         "en", "toll at five", "police spokesman", "rights commission"),
    ],
)
def test_tail_with_a_speaker_of_its_own_stays_apart(text: str, lang: str, key: str, speaker: str, other: str) -> None:
    c = check(text, lang, key, speaker)
    assert other not in (c.source_text or "")
    for d in claims_of(text, lang):
        if other in (d.source_text or ""):
            assert key not in text[d.start : d.end], text[d.start : d.end]


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        # a time/situation clause and a verb of the speaker are no continuation of the content
        ("Three people were killed, police said, as rescuers searched the rubble for 20 others.", "rescuers searched"),
        ("Nine people drowned, the coast guard said, and called on fishermen to stay in port.", "called on fishermen"),
        ("Five houses collapsed, the mayor said, and that was only the start.", "that was only"),
    ],
)
def test_tail_that_is_not_the_content(text: str, outside: str) -> None:
    said = [c for c in claims_of(text, "en") if c.cue == "said"]
    assert said, text
    for c in said:
        assert outside not in text[c.start : c.end], text[c.start : c.end]


# --- 2. a known cue in a form the lexicon lacked -----------------------------------------------
# "had given a toll of", "had spoken of", ", estimating that": the perfect and the participle of
# cues already read in their simple forms.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("The provincial health office, which is run by the council, said 31 people died. Its director, Ana Cruz, had earlier given a figure of 22.",
         "figure of 22", "Ana Cruz"),
        ("A day before, the army had given a toll of 14 dead in the ambush.", "toll of 14", "army"),
        ("The federation's spokesman had spoken of more than 700 missing on Monday.", "700 missing", "federation's spokesman"),
        ('"The valley is cut off," the WFP country director, Omar Said, told Reuters, estimating that 40,000 people needed food aid.',
         "40,000 people needed", "Omar Said"),
        ("The rescue service said it had pulled 19 survivors out, estimating that dozens more were still trapped.",
         "dozens more were still trapped", "rescue service"),
    ],
)
def test_cue_forms(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The families were given the bodies of 12 relatives on Sunday.",
        "Displaced families have been given tents by the Red Crescent.",
        "The court had given the ministry a week to respond.",
        "Officials have spoken of a massacre in the village.",
        "Estimating the cost at $2 million, engineers began work on the bridge.",
        "Given the scale of the flooding, 40 schools stayed shut on Monday.",
    ],
)
def test_cue_forms_negative(text: str) -> None:
    assert claims_of(text, "en") == []


# --- 3. headline present tenses the lexicon lacked ---------------------------------------------
# "UN verifies 12,000 deaths", "..., aid agencies warn" (line end), "NDRRMC revises toll: 24 dead".


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("Rights monitor verifies more than 3,100 civilian deaths in Sudan\n\nGENEVA - The figure covers the last year.",
         "3,100 civilian deaths", "Rights monitor"),
        ("Tens of thousands flee as clashes reach the capital, aid agencies warn\n\nNAIROBI - Fighting spread on Monday.",
         "Tens of thousands flee", "aid agencies"),
        ("Doctors warn that the toll could pass 200 by Friday.", "toll could pass 200", "Doctors"),
        ("14:05 - Civil protection revises toll: 31 dead, 12 missing.", "31 dead", "Civil protection"),
    ],
)
def test_headline_present_cues(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The mission, which verifies every case individually, published its report in March.",
        "Sirens warn residents of incoming rockets several times a day.",
        "Officials did not warn residents before the dam was opened.",
        "Residents were told to warn their neighbours about 40 looters.",
    ],
)
def test_headline_present_cues_negative(text: str) -> None:
    assert claims_of(text, "en") == []
