"""The source registry: one id per speaker in both languages, folded alias matching."""

from __future__ import annotations

import re

import pytest

from newsclaims import schema
from newsclaims.extract.registry import Registry, _entry, derived_id, load_registry


@pytest.fixture(scope="module")
def reg() -> Registry:
    return load_registry()


def test_registry_is_sizeable_and_valid(reg):
    assert len(reg.entries) >= 40
    ids = [e.id for e in reg.entries]
    assert len(ids) == len(set(ids))
    for e in reg.entries:
        assert re.match(schema.SOURCE_ID_PATTERN, e.id)
        assert e.kind in schema.SOURCE_KINDS
        assert e.name_en


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("وزارة الدفاع الروسية", "ru-mod"),
        ("وزاره الدفاع الروسيه", "ru-mod"),  # ta marbuta written as ha
        ("Russian Defence Ministry", "ru-mod"),
        ("Russia's defence ministry", "ru-mod"),
        ("russian defense ministry", "ru-mod"),
        ("المرصد السوري لحقوق الإنسان", "sohr"),
        ("Syrian Observatory for Human Rights", "sohr"),
        ("القيادة الوسطى للجيش الأميركي", "us-centcom"),
        ("CENTCOM", "us-centcom"),
        ("الجيش الإسرائيلي", "idf"),
        ("Israeli military", "idf"),
        ("وكالة الصحافة الفرنسية", "afp"),
        ("AFP", "afp"),
        ("الخوذ البيضاء", "white-helmets"),
        ("Médecins Sans Frontières", "msf"),
        ("أطباء بلا حدود", "msf"),
    ],
)
def test_aliases_in_both_languages_resolve_to_one_id(reg, phrase, expected):
    hit = reg.match_prefix(phrase)
    assert hit is not None and hit[0].id == expected


def test_longest_alias_wins_and_span_is_the_alias(reg):
    text = "المرصد السوري لحقوق الإنسان في بريطانيا"
    entry, n = reg.match_prefix(text)
    assert entry.id == "sohr"
    assert text[:n] == "المرصد السوري لحقوق الإنسان"


def test_short_uppercase_aliases_need_their_case(reg):
    assert reg.match_prefix("WHO officials")[0].id == "who"
    assert reg.match_prefix("who said") is None
    assert reg.match_prefix("AP reported")[0].id == "ap"


def test_no_match_for_unknown_speakers(reg):
    assert reg.match_prefix("a local council in the north") is None
    assert reg.match_prefix("مصدر عسكري") is None


def test_derived_ids_are_stable_and_fold_spelling():
    a = derived_id("مصدر  عسكري")
    assert a == derived_id("مصدر عسكري") == derived_id("مصدرٌ عسكريّ")
    assert a.startswith("x-") and re.match(schema.SOURCE_ID_PATTERN, a)
    assert derived_id("Local Council") == derived_id("local council")
    assert derived_id("local council") != derived_id("local councils")


def test_registry_rejects_alias_clash_and_bad_kind():
    a = _entry({"id": "a", "name": "A", "kind": "media", "aliases": ["Same"]})
    b = _entry({"id": "b", "name": "B", "kind": "media", "aliases": ["same"]})
    with pytest.raises(ValueError):
        Registry((a, b))
    with pytest.raises(ValueError):
        Registry((_entry({"id": "c", "name": "C", "kind": "nonsense"}),))


def test_alias_followed_by_an_arabic_comma_still_matches(reg):
    # «أعلنت اللجنة الدولية للصليب الأحمر، الخميس، أن ...»: the Arabic comma ends the alias
    for phrase in ("اللجنة الدولية للصليب الأحمر،", "المرصد السوري لحقوق الإنسان، الأحد", "الجيش الإسرائيلي؛"):
        hit = reg.match_prefix(phrase)
        assert hit is not None, phrase
        assert phrase[: hit[1]].rstrip("،؛") == phrase[: hit[1]] or hit[1] <= len(phrase)
    assert reg.match_prefix("اللجنة الدولية للصليب الأحمر،")[0].id == "icrc"
    assert derived_id("مصدر عسكري،") == derived_id("مصدر عسكري")


def test_short_arabic_name_of_the_migration_agency(reg):
    # «الهجرة الدولية» is the Arabic press's short name of the IOM
    assert reg.match_prefix("الهجرة الدولية")[0].id == reg.match_prefix("International Organization for Migration")[0].id


@pytest.mark.parametrize("phrase, expected", [
    ("Gaza's civil defence agency", "gaza-civil-defence"),
    ("الدفاع المدني في قطاع غزة", "gaza-civil-defence"),
    ("Magen David Adom", "mda"),
    ("MDA", "mda"),
    ("Russian MoD", "ru-mod"),
])
def test_r10_aliases(reg, phrase, expected):
    assert reg.match_prefix(phrase)[0].id == expected


def test_syrian_civil_defence_is_not_gaza(reg):
    assert reg.match_prefix("الدفاع المدني السوري")[0].id != "gaza-civil-defence"
    assert reg.match_prefix("mda said") is None  # a short upper-case alias needs its case


def test_dotted_initials_take_the_longest_alias():
    reg = load_registry()
    hit = reg.match_prefix("U.N. refugee agency said")
    assert hit is not None and hit[0].id == "unhcr" and hit[1] == len("U.N. refugee agency")
    hit = reg.match_prefix("U.N. officials said")
    assert hit is not None and hit[0].id == "un"


# "According to the UN's figures", "Amnesty’s report": a registered body named as the owner of a
# statement is that body (before, the possessive word matched no alias and the speaker got a
# derived id "UN's" beside the registered UN of the same article)
@pytest.mark.parametrize("phrase, expected, length", [
    ("UN's", "un", 2),
    ("Amnesty’s", "amnesty", 7),
    ("World Health Organization's", "who", 25),
    ("Amnesty International's", "amnesty", 21),
])
def test_a_possessive_owner_is_the_registered_body(reg, phrase, expected, length):
    hit = reg.match_prefix(phrase)
    assert hit is not None and hit[0].id == expected and hit[1] == length


@pytest.mark.parametrize("phrase", ["Unity's", "Amnestyx's", "UNs", "UN's figures",
                                    "Red Cross's county branch"])  # the owner must end the phrase
def test_a_possessive_of_another_word_is_no_alias(reg, phrase):
    assert reg.match_prefix(phrase) is None


def test_the_owner_and_the_body_are_one_source_in_an_article():
    from newsclaims.extract import extract_article
    text = ("The UN said 30 people were missing. According to the UN's figures, 4,000 people have "
            "been displaced. Amnesty International said 20 people were arrested; Amnesty's report "
            "said 12 of them were children.")
    ids = {c.source.source_id for c in extract_article(text, "en").claims}
    assert ids == {"un", "amnesty"}


@pytest.mark.parametrize("text, expected", [
    ("Rights group Amnesty International said 20 people were arrested.", "amnesty"),
    ("Medical charity Médecins Sans Frontières said its team had treated 31 wounded people.", "msf"),
    ("The medical charity Doctors Without Borders said 31 people were treated.", "msf"),
])
def test_a_class_description_before_a_registered_name_is_that_body(text, expected):
    from newsclaims.extract import extract_article
    assert [c.source.source_id for c in extract_article(text, "en").claims] == [expected]


@pytest.mark.parametrize("text", [
    "A local rights group said 12 children were killed.",  # no name after the class noun
    "The UN human rights monitoring mission said 5 civilians were killed.",  # the UN's own body
])
def test_a_description_without_a_registered_name_stays_its_own_speaker(text):
    from newsclaims.extract import extract_article
    ids = [c.source.source_id for c in extract_article(text, "en").claims]
    assert len(ids) == 1 and ids[0].startswith("x-")
