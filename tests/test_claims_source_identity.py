"""Round 8 (composed texts): one source per speaker in an article — a body and its spokesperson
or head are one source; a title-only or surname mention joins the one fuller mention containing
it; registry aliases for bodies with everyday descriptive names. Negatives: a country is not its
ministry, a body named inside another speaker's affiliation is not that speaker, and two fuller
mentions that both contain a title leave it alone."""

from __future__ import annotations

from _claims_helpers import claim_with, claims_of


def _sid(text: str, lang: str, key: str) -> str:
    return claim_with(claims_of(text, lang), text, key).source.source_id


def test_spokesman_for_a_registered_body_is_the_body():
    t = ("The UN refugee agency said 4,000 people had fled the district. "
         "A spokesman for the UN refugee agency, Omar Dalil, later said 300 more had crossed the river.")
    assert _sid(t, "en", "4,000 people") == _sid(t, "en", "300 more") == "unhcr"


def test_body_spokesman_name_joins_the_body_in_the_article():
    t = ("Police said 12 people were killed when the bridge collapsed. "
         "Police spokesman Tom Akolo told reporters that 30 others were injured.")
    assert _sid(t, "en", "12 people") == _sid(t, "en", "30 others")


def test_title_only_mention_joins_the_full_mention():
    t = ("The district governor said two schools were destroyed by the floods. "
         "Later, District Governor Amina Waweru said 14 people had drowned.")
    a, b = _sid(t, "en", "two schools"), _sid(t, "en", "14 people")
    assert a == b


def test_minister_and_ministry_are_one_source():
    t = ("The interior ministry said 1,200 people were arrested across the country. "
         "Interior Minister Paul Renaud said 90 officers were hurt.")
    assert _sid(t, "en", "1,200 people") == _sid(t, "en", "90 officers")


def test_acronym_head_and_descriptive_alias_resolve_to_the_body():
    t = ("The military's media wing said six soldiers were killed in the raid. "
         "The DG ISPR told a news conference that 14 attackers were killed.")
    assert _sid(t, "en", "six soldiers") == _sid(t, "en", "14 attackers") == "pk-ispr"
    t2 = "Scotland Yard said 40 people were arrested. The Met said nine officers were hurt."
    assert _sid(t2, "en", "40 people") == _sid(t2, "en", "nine officers") == "uk-met-police"


def test_country_is_not_its_ministry():
    t = ("Israel said the strike hit a command post. "
         "Israel's health ministry said 16 people were wounded.")
    assert _sid(t, "en", "command post") != _sid(t, "en", "16 people")


def test_body_inside_an_affiliation_is_not_the_speaker():
    t = ("Police said three suspects were detained. "
         "Inspector Rafiq Alam of the Karim Road police station said the gate was locked.")
    assert _sid(t, "en", "three suspects") != _sid(t, "en", "gate was locked")


def test_ambiguous_title_stays_apart():
    t = ("Hospital officials said 20 people died. Army officials said 11 soldiers were hurt. "
         "Officials said the road was closed.")
    ids = {_sid(t, "en", "20 people"), _sid(t, "en", "11 soldiers")}
    assert len(ids) == 2  # "Officials" is inside both: it joins neither


def test_arabic_spokesman_of_a_registered_body_is_the_body():
    t = ("أعلنت وزارة الصحة الفلسطينية أن 40 شخصاً قتلوا في الغارات. "
         "وقال المتحدث باسم وزارة الصحة الفلسطينية خالد ناصر إن 120 جريحاً نقلوا إلى المستشفيات.")
    assert _sid(t, "ar", "40 شخصاً") == _sid(t, "ar", "120 جريحاً")


def test_arabic_surname_joins_the_full_name():
    t = ("قال الناطق باسم فرق الإنقاذ المحلية سامر حداد إن 9 أشخاص انتشلوا من تحت الأنقاض. "
         "وأضاف حداد أن فرقه تبحث عن 5 مفقودين، ثم قال حداد إن البحث توقف.")
    assert _sid(t, "ar", "9 أشخاص") == _sid(t, "ar", "البحث توقف")


def test_arabic_lone_title_does_not_merge():
    t = ("قال رئيس البلدية إن 3 منازل دمرت. وقال رئيس لجنة الطوارئ إن 7 أسر نزحت. "
         "وقال رئيس إن الطريق أغلق.")
    assert _sid(t, "ar", "3 منازل") != _sid(t, "ar", "7 أسر")
