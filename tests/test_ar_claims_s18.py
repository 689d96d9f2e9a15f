"""Arabic claims and sources: classes the session-18 blind sets gold_bq (wars beyond the Arab
world), gold_br (local security and crime press) and gold_bs (humanitarian, health, UN) revealed
(fixer FAC; tests/gold_br/FINDINGS_claims.md).

A breadth audit: sentences composed for the test (never article text), in the house styles of
many outlets (wires, Gulf, Levant, Iraqi, Maghreb and Sudanese press), positives and negatives.
Classes:

A. A withheld name: «مسؤول أمني لم يكشف عن اسمه إن ...»، «عاملة إغاثة، لم يذكر اسمها،
   قولها إن»: the negated «كشف/ذكر/أفصح» of the anonymity clause was read as a second cue, so
   «عن اسمه» or «اسمها» became the speaker. A negated disclosure is no cue («ولم يكشف المصدر عن
   عدد القتلى»), and the clause is no part of the speaker's name.
B. A body's media officer or department speaks for it: «المكلف بالإعلام على مستوى المديرية»،
   «الإدارة العامة للعلاقات والإعلام الأمني في الوزارة»، «مدير الإعلام الأمني في الوزارة» are one
   source with the body named before (README: a body and its spokesperson are one source).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check
from newsclaims.extract import extract_article


def _claims(text: str):
    return extract_article(text, "ar").claims


# --- A. a withheld name --------------------------------------------------------------------------

WITHHELD = [
    # verb first, the clause glued to the speaker
    ("وقال مسؤول محلي لم يكشف عن اسمه إن 14 مدنياً قتلوا في القصف.", "14 مدنياً", "مسؤول محلي"),
    ("وقال مسؤول أمني لم يكشف عن اسمه إن الحصيلة ثقيلة.", "الحصيلة ثقيلة", "مسؤول أمني"),
    ("وأكد ضابط في الشرطة لم يُكشف عن هويته أن المهاجمين خطفوا خمسة أشخاص.", "خمسة أشخاص", "ضابط في الشرطة"),
    ("وأوضح مصدر حكومي لم يفصح عن هويته أن نحو 300 أسرة نزحت.", "300 أسرة", "مصدر حكومي"),
    ("وذكرت موظفة في المستشفى لم تذكر اسمها أن 22 جريحاً وصلوا ليلاً.", "22 جريحاً", "موظفة في المستشفى"),
    ("وأفاد شاهد عيان لم يكشف عن هويته بأن سبعة أشخاص أصيبوا.", "سبعة أشخاص", "شاهد عيان"),
    ("وقال مسؤول في الإدارة المحلية لم يكشف عن اسمه إن السلطات نقلت نحو ألفي شخص.", "ألفي شخص",
     "مسؤول في الإدارة المحلية"),
    # between commas
    ("وقال طبيب، لم يكشف عن اسمه خوفاً من الانتقام، إن المستشفى استقبل 40 جثة.", "40 جثة", "طبيب"),
    ("وقال ضابط في الجيش، لم يكشف عن هويته، إن 12 جندياً قتلوا.", "12 جندياً", "ضابط في الجيش"),
    # a relay of an unnamed person
    ("ونقلت الوكالة عن مصدر عسكري لم تكشف عن اسمه قوله إن ثمانية جنود قتلوا.", "ثمانية جنود", "مصدر عسكري"),
    ("ونقل التقرير عن ناشطة في المخيم، لم يذكر اسمها، قولها إن 12 طفلاً توفوا.", "12 طفلاً", "ناشطة في المخيم"),
    ("ونقل التقرير عن عاملة إغاثة في المدينة، لم يذكر اسمها، قولها إن فريقها فقد ثلاثة زملاء.",
     "ثلاثة زملاء", "عاملة إغاثة"),
    # the other anonymity forms keep working
    ("وقال أحد السكان، طالباً عدم الكشف عن اسمه، إن المسلحين أحرقوا 20 منزلاً.", "20 منزلاً", "أحد السكان"),
    ("وأكد مصدر طبي رفض الكشف عن اسمه أن سبعة أطفال بين القتلى.", "سبعة أطفال", "مصدر طبي"),
]


@pytest.mark.parametrize("text,key,speaker", WITHHELD)
def test_withheld_name_is_no_speaker(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert not (c.source_text or "").startswith(("عن ", "اسم"))
    assert not c.source.name.startswith(("عن ", "اسم"))


@pytest.mark.parametrize("text", [
    "ولم تكشف الوزارة عن هوية المهاجمين.",
    "ولم يكشف المصدر عن عدد القتلى.",
    "ولم يفصح الجيش عن حجم خسائره.",
])
def test_negated_disclosure_is_no_claim(text):
    assert not _claims(text)


def test_disclosure_still_a_cue():
    check("وكشف مصدر أمني أن 12 شخصاً اعتقلوا في المداهمة.", "ar", "12 شخصاً", "مصدر أمني")
    check("وذكر البيان أن خمسة مسلحين قتلوا.", "ar", "خمسة مسلحين", "البيان")


def test_withheld_name_not_in_the_source_name():
    c = check("وقال مسؤول أمني لم يكشف عن اسمه إن 30 شخصاً قتلوا.", "ar", "30 شخصاً", "مسؤول أمني")
    assert "يكشف" not in c.source.name


# --- B. a body's media officer or department -----------------------------------------------------

MEDIA_DEPT = [
    ("أعلنت المديرية العامة للحماية المدنية وفاة 34 شخصاً. وقال الملازم الأول نسيم برناوي، المكلف "
     "بالإعلام على مستوى المديرية، إن 12 حريقاً سجلت.", "12 حريقاً"),
    ("أعلنت وزارة الداخلية ضبط 4 متهمين. وقالت الإدارة العامة للعلاقات والإعلام الأمني في الوزارة "
     "إن 97 شخصاً أوقفوا.", "97 شخصاً"),
    ("أعلنت وزارة الداخلية ضبط 4 متهمين. وقال مدير الإعلام الأمني في الوزارة إن 7 آخرين فروا.", "7 آخرين"),
    ("أعلنت مديرية الأمن العام ضبط 20 متهماً. وقال الناطق الإعلامي باسم المديرية، العقيد عامر "
     "السرطاوي، إن 3 أصيبوا.", "3 أصيبوا"),
    ("أعلنت قيادة شرطة المحافظة اعتقال 5 مطلوبين. وقال مدير إعلام الشرطة إن 2 منهم فروا.", "2 منهم"),
    ("أعلنت وزارة الدفاع إسقاط 6 مسيرات. وقالت إدارة الإعلام في الوزارة إن 4 جنود أصيبوا.", "4 جنود"),
]


@pytest.mark.parametrize("text,key", MEDIA_DEPT)
def test_media_department_is_its_body(text, key):
    cs = _claims(text)
    first = cs[0].source.source_id
    hit = [c for c in cs if key in text[c.start : c.end]]
    assert hit and hit[0].source.source_id == first, [(c.source.name, c.source_text) for c in cs]


def test_media_department_of_another_body_stays_apart():
    # negative: the media office of the POLICE is no voice of the health ministry named before
    text = ("أعلنت وزارة الصحة وفاة 9 أشخاص. وقال مدير الإعلام الأمني في الشرطة إن 3 مشتبه بهم أوقفوا.")
    cs = _claims(text)
    hit = [c for c in cs if "3 مشتبه" in text[c.start : c.end]]
    assert hit and hit[0].source.source_id != cs[0].source.source_id
