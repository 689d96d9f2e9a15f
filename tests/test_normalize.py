import unicodedata

import pytest

from newsclaims.normalize import is_boilerplate, normalize_text


def test_nfc_line_endings_invisible_characters_and_spaces():
    raw = "Cafe\u0301  said\u200b:\r\n\r\n\r\n\r\nقال\u200f   المصدر\u00a0إن\rend\t\tline  "
    text = normalize_text(raw)
    assert text == "Café said:\n\nقال المصدر إن\nend line"
    assert unicodedata.is_normalized("NFC", text)


def test_tatweel_is_kept_so_phrases_quoted_from_the_article_stay_substrings():
    raw = "عاجـــل: ارتفعت الحصيلة لـ60 قتيلاً بحسب الـ«مرصد»"
    assert normalize_text(raw) == raw


def test_bidi_controls_bom_and_soft_hyphen_are_removed():
    raw = "\ufeff\u202bقال\u202c مصدر\u2066 عسكري\u2069 co\u00adoperate"
    assert normalize_text(raw) == "قال مصدر عسكري cooperate"


@pytest.mark.parametrize("line", [
    "This post is also available in: English",
    "This article is also available in: Arabic French",
    "Also available in English",
    "Read this article in Arabic",
    "هذه المقالة متوفرة أيضاً باللغة: English",
    "Share this article on Facebook Twitter WhatsApp",
    "شارك على فيسبوك تويتر",
    "Read more: Five things to know about the ceasefire",
    "اقرأ أيضاً: حصيلة جديدة لضحايا القصف",
    "© 2016 Example Media. All rights reserved.",
    "Tags: Syria, Deir ez-Zor, airstrikes",
])
def test_site_furniture_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Share prices fell sharply after the strike was reported.",
    "The ministry said the report is also available in the archive of the agency.",
    "قال المرصد إن 12 شخصاً قتلوا في القصف.",
    "Available figures suggest at least 40 people died.",
    "Follow-up strikes hit the same village on Monday, residents said.",
    "Copyrighted footage showed the aftermath, the agency said.",
])
def test_reporting_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_boilerplate_is_dropped_but_article_lines_kept():
    raw = "This post is also available in: English\nقال المرصد إن خمسة قتلوا.\nTags: syria"
    assert normalize_text(raw) == "قال المرصد إن خمسة قتلوا."


def test_normalisation_is_idempotent():
    raw = "  A  line\u200b with   spaces \r\n\n\n\nقـال  مصدر  "
    once = normalize_text(raw)
    assert normalize_text(once) == once
