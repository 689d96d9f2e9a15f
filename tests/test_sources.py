"""Speaker phrases: boundaries, kinds, named/anonymous, ids, without relying on the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from _claims_helpers import claim_with, claims_of
from newsclaims.extract import extract_article
from newsclaims.extract.registry import Registry, derived_id
from newsclaims.extract.sources import kind_of
from newsclaims.extract.lexicon import fwords


@pytest.mark.parametrize(
    "phrase, lang, kind",
    [
        ("وزارة الخارجية", "ar", "ministry"),
        ("وزير الدفاع", "ar", "official"),
        ("Interior Minister Ali Demir", "en", "official"),
        ("القيادة العامة", "ar", "military"),
        ("المرصد الإقليمي", "ar", "monitor"),
        ("وكالة الأنباء", "ar", "agency"),
        ("مراسلنا", "ar", "journalist"),
        ("مصدر عسكري", "ar", "anonymous"),
        ("ناشطين", "ar", "activists"),
        ("أهالي البلدة", "ar", "residents"),
        ("الحركة", "ar", "armed_group"),
        ("ميليشيا محلية", "ar", "armed_group"),
        ("المتحدث باسم الجيش", "ar", "official"),
        ("the interior ministry", "en", "ministry"),
        ("the army", "en", "military"),
        ("the army spokesman", "en", "official"),
        ("a military source", "en", "anonymous"),
        ("activists", "en", "activists"),
        ("residents", "en", "residents"),
        ("our correspondent", "en", "journalist"),
        ("the news agency", "en", "agency"),
        ("the rebel brigade", "en", "armed_group"),
        ("Raed Saleh, the head of the rescue group", "en", "official"),
        ("the local civil defence", "en", "ngo"),
    ],
)
def test_kind_from_head_noun(phrase, lang, kind):
    assert kind_of(list(fwords(phrase)), lang) == kind


EMPTY = Registry(())


@pytest.mark.parametrize(
    "text, lang, key, source_text",
    [
        ("وقال المرصد الإقليمي للحقوق في بيان له إن 5 مدنيين قتلوا.", "ar", "5 مدنيين", "المرصد الإقليمي للحقوق"),
        ("مصدر مطلع من داخل المدينة التي يحاصرها الجيش قد أفاد: أن 30 شخصاً نزحوا.", "ar", "30 شخصاً",
         "مصدر مطلع من داخل المدينة"),
        ("وأكد قائد الفوج الثالث العقيد عمر سالم أن الهجوم صُد.", "ar", "الهجوم صُد", "قائد الفوج الثالث العقيد عمر سالم"),
        ("The Regional Monitoring Centre for Rights said on Monday that 14 people died.", "en", "14 people died",
         "The Regional Monitoring Centre for Rights"),
        ("The mayor of the town, who survived the attack, said 9 houses burned.", "en", "9 houses burned",
         "The mayor of the town"),
    ],
)
def test_speaker_boundaries_without_the_registry(text, lang, key, source_text):
    ex = extract_article(text, lang, registry=EMPTY)
    c = claim_with(list(ex.claims), text, key)
    assert c.source_text == source_text
    assert c.source.registered is False
    assert c.source.source_id == derived_id(c.source.name)


def test_unregistered_speaker_id_is_stable_across_articles():
    a = extract_article("قال مصدر عسكري إن 3 جنود قتلوا.", "ar").claims[0]
    b = extract_article("وأفاد مصدر عسكري بأن الطريق أغلق.", "ar").claims[0]
    assert a.source.source_id == b.source.source_id
    assert a.source.named is False and a.source.kind == "anonymous"


def test_registered_speaker_is_the_same_in_both_languages():
    a = extract_article("وأفادت وزارة الدفاع الروسية بأن 20 مسلحاً قتلوا.", "ar").claims[0]
    b = extract_article("Russia's defence ministry said 20 militants were killed.", "en").claims[0]
    c = extract_article("The Russian Defense Ministry said 20 militants were killed.", "en").claims[0]
    assert a.source.source_id == b.source.source_id == c.source.source_id == "ru-mod"
    assert a.source.registered and a.source.name_en == "Russian Defence Ministry"


def test_named_flag():
    cs = claims_of("Activists said 4 were killed. The Red Crescent said 6 were hurt.", "en")
    assert [c.source.named for c in cs] == [False, True]


def test_coreference_prefers_the_most_recent_compatible_speaker():
    text = (
        "The health ministry said 12 people died. A local source said 20 died. "
        "The ministry later said the toll had risen to 15. The source added that the market was destroyed."
    )
    cs = claims_of(text, "en")
    by = {text[c.start : c.end]: c.source.source_id for c in cs}
    ministry = by["12 people died"]
    source = by["20 died"]
    assert ministry != source
    assert by["the toll had risen to 15"] == ministry
    assert by["the market was destroyed"] == source


def test_unresolvable_pronoun_gives_no_claim():
    # "he" with no earlier speaker cannot be attributed
    assert claims_of("He said 5 people were killed.", "en") == []


# statement nouns name a document, not a speaker: the owner after them speaks
# (بلاغ is the Maghreb communiqué; إحصائيات / إحصاء are statistics)
@pytest.mark.parametrize("text,key,speaker", [
    ("وقالت وزارة الداخلية إن 300 قتلوا. وأضاف بلاغ الوزارة أن 120 أصيبوا.", "120 أصيبوا", "وزارة الداخلية"),
    ("وأفاد بلاغ لمديرية الأمن بأن 14 شخصاً اعتقلوا.", "14 شخصاً", "مديرية الأمن"),
    ("وبحسب إحصائيات المرصد السوري، قتل 40 شخصاً.", "قتل 40", "المرصد السوري"),
    ("وبحسب إحصاء لمنظمة الهجرة، نزح 4 آلاف شخص.", "نزح 4 آلاف", "منظمة الهجرة"),
])
def test_arabic_statement_nouns_give_the_owner(text, key, speaker):
    c = claim_with(claims_of(text, "ar"), text, key)
    assert speaker in (c.source_text or "") or speaker in c.source.name, (c.source_text, c.source.name)
    assert not (c.source_text or "").startswith(("بلاغ", "إحصا")), c.source_text


@pytest.mark.parametrize("text,key,speaker", [
    ("The border crossing remained closed for a second day, traders said.", "remained closed", "traders"),
    ("The road was cut by floodwater, drivers said, and dozens of lorries were stranded.", "cut by floodwater", "drivers"),
    ("Three boats never returned, fishermen in the port said.", "Three boats", "fishermen"),
])
def test_occupation_groups_are_speakers(text, key, speaker):
    c = claim_with(claims_of(text, "en"), text, key)
    assert speaker in (c.source_text or ""), c.source_text
