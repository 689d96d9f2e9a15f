import unicodedata

import pytest

from newsclaims.normalize import is_boilerplate, normalize_text


def test_nfc_line_endings_blank_lines_and_trimmed_lines():
    raw = "  Cafe\u0301 said:\r\n\r\n\r\n\r\n\u200fقال المصدر إن\u00a0\rend line\t "
    text = normalize_text(raw)
    assert text == "Café said:\n\nقال المصدر إن\nend line"
    assert unicodedata.is_normalized("NFC", text)


def test_what_lies_between_words_is_kept_as_the_page_had_it():
    # no-break spaces, runs of spaces, tabs, right-to-left marks, zero-width characters and soft
    # hyphens stay, so a phrase copied from the page is still a substring of the text
    raw = "قال\u200f   المصدر\u00a0إن ‏60‏ قتلوا\nThe  ministry\tsaid co\u00adoperate\u200b 1\u00a0000"
    assert normalize_text(raw) == raw


def test_tatweel_is_kept_so_phrases_quoted_from_the_article_stay_substrings():
    raw = "عاجـــل: ارتفعت الحصيلة لـ60 قتيلاً بحسب الـ«مرصد»"
    assert normalize_text(raw) == raw


def test_byte_order_mark_control_characters_and_marks_at_line_edges_are_removed():
    raw = "\ufeff\u202bقال\u202c مصدر\u2066 عسكري\u2069\x07 co\u00adoperate\u200f"
    assert normalize_text(raw) == "قال\u202c مصدر\u2066 عسكري\u2069 co\u00adoperate"


def test_boilerplate_lines_are_found_through_no_break_spaces():
    raw = "Share\u00a0this article on  Facebook Twitter\nقال المرصد إن خمسة قتلوا."
    assert normalize_text(raw) == "قال المرصد إن خمسة قتلوا."


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


@pytest.mark.parametrize("line", ["", " ", "x", " x", "x ", "\u200fقال", "قال\u200f", "\u00a0a b\u00a0",
                                  "\ta\t", "a\u00ad", "\u2066x\u2069", "a  b", "«قال»", "\u200b"])
def test_line_trimming_fast_path_agrees_with_the_edge_pattern(line):
    from newsclaims.normalize import _LINE_EDGES, _trim_line
    assert _trim_line(line) == _LINE_EDGES.sub("", line)


@pytest.mark.parametrize("line", [
    "Watch: Rescuers dig through the rubble after the blast",
    "Video: The moment the bridge collapsed",
    "شاهد أيضاً: لقطات من موقع الانفجار",
    "فيديو: فرق الإنقاذ تنتشل ناجين",
    "طالع أيضاً: ماذا نعرف عن الهدنة؟",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "إعلان",
    "Listen to this article",
    "4 min read",
    "Skip to content",
    "Recommended Stories",
    "list of 4 items",
    "end of list",
    "Sign up for our newsletter",
    "Subscribe to our daily Middle East briefing.",
    "Photo: Smoke rises over the district after the strike. (AFP/Getty Images)",
    "Image caption, Rescuers search the rubble of a collapsed building",
    "Image source, Getty Images",
    "الصورة: دخان يتصاعد فوق الحي بعد الغارة",
    "صورة أرشيفية",
    "AFP via Getty Images",
    "(Reporting by Jane Roe; Additional reporting by Omar Haddad in Amman; Editing by Alex Stone)",
    "Source: Al Jazeera and news agencies",
    "Source: Reuters, AFP",
    "المصدر: الجزيرة + وكالات",
    "المصدر: وكالات",
])
def test_teasers_captions_credits_and_ad_slots_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Watchdog groups said at least 40 people were killed in the raids.",
    "Video footage verified by the agency showed 12 bodies in the street.",
    "Advertisements placed by the ministry called for calm.",
    "Photographs taken by residents showed dozens of people fleeing, witnesses said.",
    "Sources said 30 fighters were killed in the ambush.",
    "Source: 12 soldiers killed in overnight attack",
    "المصدر: الجيش يقتل خمسة مسلحين في الريف الشرقي",
    "مصدر أمني: مقتل خمسة مسلحين",
    "شاهد عيان قال إن عشرات الجرحى نقلوا إلى المستشفى.",
    "صورة قاتمة رسمها التقرير عن أوضاع النازحين.",
    "Subscribers to the service reported outages, the company said.",
    "The reporting by local media put the toll at 30.",
    # a caption that attributes something is kept: it is a claim of its speaker
    "Image caption, Relatives wait outside the hospital. Officials said 37 people were hurt",
    "Photo: Rescuers at the site, where 12 bodies were found, according to the civil defence.",
    "الصورة: جنازة الضحايا في البلدة التي قال الأهالي إن 9 من أبنائها قتلوا",
])
def test_reporting_lines_that_start_like_furniture_are_kept(line):
    assert not is_boilerplate(line)
