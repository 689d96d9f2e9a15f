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
C. An outlet spelt with digits or Latin letters after the verb («قال لفرانس 24 إن»، «لقناة 218»)
   is the audience of a subject standing before the verb, not the speaker.
D. An outlet relaying the speaker's own words («وأضاف X، بحسب ما نقلت عنه وكالة "مهر"، أن»، «...،
   وفق ما نقلته وكالة X») is no speaker (README: the relaying outlet is not the speaker).
E. A denial's object (رواية، أرقام، اتهامات، أنباء، تقارير، مزاعم، ادعاءات; a demonstrative before
   them) was read into the denier's name; «ووصفتها بأنها "..."» is a cue.
F. «، ودعت إلى "..."»: the preposition is no speaker; «دعت الخارجية البلدين إلى»: the parties
   called on are no speaker; «يعلن القضاء على» ("eliminating") is not the judiciary.
G. Capitals of the wars beyond the Arab world as a headline's subject («باكو تتهم يريفان بـ»);
   «المفوض العام للوكالة» speaks for the agency.
H. A participle, then its channel with the owner's pronoun («، مشيرة في بيانها إلى أن»).
I. «وبحسب الملخص»، «الموجز اليومي للوزارة»، «آخر تحديث لوزارة الصحة»: a statement of its issuer.
J. «أما الحاكم الذي عينته موسكو ...، يفغيني باليتسكي، فقال»: the topic with a relative clause and
   the bearer's name (not the governor named before).
K. «ونقلت المتحدثة ... عن ناجين قولهم إن ... . وأضافت أن»: a feminine singular verb goes on with
   the relayer, never a sound masculine plural.
L. «ذكرت وكالة تسنيم أن الحرس الثوري أعلن في بيان استهداف ...»: the body announcing speaks.
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


# --- C. an outlet named with digits or Latin letters is the audience -----------------------------

LATIN_AUDIENCE = [
    ("لكن مصدراً محلياً في المدينة قال لفرانس 24 إن الحصيلة لا تقل عن عشرين.", "الحصيلة", "مصدراً محلياً"),
    ("لكن مصدراً محلياً في بانيبانغو، فضّل عدم ذكر اسمه، قال لفرانس 24 عبر الهاتف إن 20 جندياً قتلوا.",
     "20 جندياً", "مصدراً محلياً"),
    ("غير أن ضابطاً في الشرطة قال لقناة 218 إن ثلاثة مهاجرين غرقوا.", "ثلاثة مهاجرين", "ضابطاً في الشرطة"),
    ("لكن أحد الناجين قال لـ i24 إن 7 من رفاقه فقدوا.", "7 من رفاقه", "أحد الناجين"),
    ("غير أن مسؤولاً محلياً، لم يكشف عن اسمه، قال إن الحصيلة تجاوزت 60 قتيلاً.", "60 قتيلاً", "مسؤولاً محلياً"),
]


@pytest.mark.parametrize("text,key,speaker", LATIN_AUDIENCE)
def test_outlet_with_digits_is_the_audience(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert "24" not in (c.source_text or "") and "218" not in (c.source_text or "")


# --- D. a relay of the speaker's own words («بحسب ما نقلت عنه وكالة X») -----------------------

OWN_RELAY = [
    ('قال رئيس الجمعية، بير حسين كوليوند، إن 3 قتلوا. وأضاف كوليوند، بحسب ما نقلت عنه وكالة "مهر"، '
     'أن البحث لا يزال جارياً عن عشرة أشخاص.', "عشرة أشخاص", "كوليوند", "مهر"),
    ('وقال الوزير، بحسب ما نقلت عنه وكالة "تاس"، إن 40 جندياً قتلوا.', "40 جندياً", "الوزير", "تاس"),
    ('وأكدت المتحدثة باسم الجيش، وفق ما نقلت عنها صحيفة "هآرتس"، أن 5 جنود أصيبوا.', "5 جنود",
     "المتحدثة باسم الجيش", "هآرتس"),
    ('وأضاف المقر أن الجانب الروسي سلّم رفات ألف جندي، في حين سُلّمت 19 جثة إلى روسيا، وفق ما نقلته '
     'وكالة "إنترفاكس".', "19 جثة", "المقر", "إنترفاكس"),
    ("وأوضح المحافظ أن 12 منزلاً تضررت، حسبما نقلته عنه وكالة الأنباء الرسمية.", "12 منزلاً", "المحافظ", "الأنباء"),
]


@pytest.mark.parametrize("text,key,speaker,outlet", OWN_RELAY)
def test_outlet_relaying_the_speaker_is_no_speaker(text, key, speaker, outlet):
    c = check(text, "ar", key, speaker)
    assert outlet not in c.source.name and outlet not in (c.source_text or "")


def test_relay_from_a_named_source_still_names_it():
    # negative: «نقلت وكالة X عن مصدر» names the relayed source, not the outlet
    check("وقُتل 8 أشخاص، بحسب ما نقلت وكالة رويترز عن مصدر طبي.", "ar", "8 أشخاص", "مصدر طبي")


# --- E. denials of a report, figures or charges ----------------------------------------------------

DENIALS = [
    ("نفت وزارة الدفاع الأرمينية الرواية الأذربيجانية، وقالت إن القوات الأذربيجانية فتحت النار.",
     "الرواية الأذربيجانية", "وزارة الدفاع الأرمينية"),
    ("ونفى مصدر عسكري هندي الأرقام الباكستانية عن خسائر الجيش.", "الأرقام الباكستانية", "مصدر عسكري هندي"),
    ("ونفت الحكومة تلك الاتهامات ووصفتها بأنها \"لا أساس لها\".", "تلك الاتهامات", "الحكومة"),
    ("ونفت وزارة الصحة هذه الأرقام.", "هذه الأرقام", "وزارة الصحة"),
    ("ونفت قيادة الشرطة المحلية الأنباء المتداولة عن مقتل 3 محتجين.", "الأنباء المتداولة", "قيادة الشرطة المحلية"),
    ("ونفى الجيش السوداني المزاعم التي أوردتها قوات الدعم السريع.", "المزاعم", "الجيش السوداني"),
    ("وتنفي السلطات الإيرانية التقارير عن إعدام 12 معتقلاً.", "التقارير", "السلطات الإيرانية"),
    ("ونفت الداخلية العراقية الادعاءات بشأن تعذيب موقوفين.", "الادعاءات", "الداخلية العراقية"),
]


@pytest.mark.parametrize("text,key,speaker", DENIALS)
def test_denied_report_is_the_object(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert key.split()[0] not in (c.source_text or "")


def test_described_as_after_a_denial():
    text = "ونفت الحكومة تلك الاتهامات ووصفتها بأنها \"لا أساس لها\"."
    check(text, "ar", "لا أساس لها", "الحكومة")


def test_news_agency_name_keeps_its_word():
    # negative: «وكالة الأنباء» is a name, not a denied object
    check("ونفت وكالة الأنباء السعودية أن 5 أشخاص قتلوا.", "ar", "5 أشخاص", "وكالة الأنباء السعودية")


# --- F. the verb's preposition, the parties called on, «القضاء على» --------------------------------

def test_bare_preposition_is_no_speaker():
    text = ('قالت البعثة الأممية إن مدنيين قتلا. وأعربت البعثة، في تدوينة على منصة "إكس"، عن "قلقها البالغ"، '
            'ودعت إلى "فتح ممرات آمنة لخروج العائلات".')
    c = check(text, "ar", "فتح ممرات", "البعثة")
    assert not c.source.name.startswith("إلى")


PARTIES = [
    ("ودعت وزارة الخارجية الصينية البلدين إلى ضبط النفس.", "ضبط النفس", "وزارة الخارجية الصينية"),
    ("وطالبت الأمم المتحدة الطرفين بوقف القتال.", "بوقف القتال", "الأمم المتحدة"),
    ("وناشدت اللجنة الدولية الأطراف احترام القانون الدولي.", "احترام القانون", "اللجنة الدولية"),
]


@pytest.mark.parametrize("text,key,speaker", PARTIES)
def test_parties_called_on_are_no_speaker(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert not any(w in (c.source_text or "") for w in ("البلدين", "الطرفين", "الأطراف", "الجانبين"))


ELIMINATED = [
    ("وأعلن الجيش القضاء على 20 مسلحاً في المنطقة.", "20 مسلحاً", "الجيش"),
    ("وأعلنت القوات المسلحة القضاء على عشرات الإرهابيين.", "عشرات الإرهابيين", "القوات المسلحة"),
    ('النيجر: مقتل 12 جندياً في هجوم والجيش يعلن القضاء على "عشرات الإرهابيين"', "عشرات الإرهابيين", "الجيش"),
]


@pytest.mark.parametrize("text,key,speaker", ELIMINATED)
def test_eliminating_is_no_judiciary(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert c.source.name != "القضاء" and "القضاء" not in (c.source_text or "")


def test_the_judiciary_still_speaks():
    check("وأعلن القضاء الإيراني أن 4 متهمين أعدموا.", "ar", "4 متهمين", "القضاء الإيراني")


# --- G. capitals of the wars beyond the Arab world as a headline's subject; a commissioner -------

CAPITAL_HEADLINES = [
    ("باكو تتهم يريفان بخرق وقف إطلاق النار على الحدود\n\nوقالت وزارة الدفاع الأذربيجانية إن القوات "
     "الأرمينية أطلقت النار على مواقعها.", "بخرق وقف إطلاق النار", "باكو"),
    ("يريفان تنفي مقتل جنديين في قصف أذربيجاني\n\nونفت وزارة الدفاع الأرمينية الرواية الأذربيجانية.",
     "مقتل جنديين", "يريفان"),
]


@pytest.mark.parametrize("text,key,speaker", CAPITAL_HEADLINES)
def test_capital_is_the_headline_subject(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert "يريفان ب" not in (c.source_text or "")


def test_commissioner_general_speaks_for_the_agency():
    text = ("قالت وكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) إن 20 نازحاً قتلوا. وقال المفوض العام "
            "للوكالة إن المدرسة كانت تؤوي 4 آلاف نازح.")
    cs = _claims(text)
    assert len(cs) == 2 and cs[0].source.source_id == cs[1].source.source_id


# --- H. a participle, then its channel with the owner's pronoun («مشيرة في بيانها إلى أن») -------

OWNED_CHANNEL = [
    ('وأعلنت وزارة الداخلية تنفيذ حكم القتل بجانيين اثنين، مشيرة في بيانها إلى أن "الحكم أصبح نهائياً".',
     "الحكم أصبح نهائياً", "وزارة الداخلية"),
    ("وقالت الوزارة إن 5 أشخاص قتلوا، مضيفة في بيانها أن 3 آخرين أصيبوا.", "3 آخرين", "الوزارة"),
    ("وقال الجيش إن 5 جنود قتلوا، موضحاً في تصريحه أن 3 آخرين أصيبوا.", "3 آخرين", "الجيش"),
    ("وقالت الشرطة إن لصاً اعتقل، مؤكدة في رسالتها أن المسروقات أعيدت.", "المسروقات أعيدت", "الشرطة"),
    ("وقال المرصد إن 5 قتلوا، لافتاً في تقريره إلى أن 3 منهم أطفال.", "3 منهم أطفال", "المرصد"),
]


@pytest.mark.parametrize("text,key,speaker", OWNED_CHANNEL)
def test_participle_after_its_own_channel(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert c.rule.startswith("ar.participle")
    assert (text[c.start : c.end]).startswith(key.split()[0])


# --- I. a ministry's summary, brief or update is its statement -------------------------------------

SUMMARIES = [
    ("قالت وزارة الدفاع الروسية إن قواتها سيطرت على قريتين. وبحسب الملخص، خسر الجيش الأوكراني 400 عسكري.",
     "400 عسكري", "وزارة الدفاع الروسية"),
    ("قالت الوزارة إن 5 قتلوا. وبحسب الموجز اليومي للوزارة، أصيب 12 آخرون.", "12 آخرون", "الوزارة"),
    ("وبحسب آخر تحديث لوزارة الصحة، ارتفع عدد القتلى إلى 40.", "إلى 40", "وزارة الصحة"),
]


@pytest.mark.parametrize("text,key,speaker", SUMMARIES)
def test_summary_is_its_issuers_statement(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert c.source.name not in ("الملخص", "الموجز")


# --- J. «أما» + a titled topic with a relative clause and the bearer's name -----------------------

def test_amma_topic_with_relative_clause_and_name():
    text = ("قال حاكم مقاطعة زابوريجيا الأوكراني، إيفان فيدوروف، إن 14 بلدة قصفت. أما الحاكم الذي عينته موسكو "
            "للجزء الخاضع لسيطرتها من المقاطعة، يفغيني باليتسكي، فقال إن الجيش الأوكراني قصف المدينة.")
    c = check(text, "ar", "قصف المدينة", "باليتسكي")
    first = check(text, "ar", "14 بلدة", "فيدوروف")
    assert c.source.source_id != first.source.source_id


@pytest.mark.parametrize("text,key,speaker", [
    ("أما المسؤول الذي تحدث للوكالة فقال إن 3 قتلوا.", "3 قتلوا", "المسؤول"),
    ("أما الوزير، الذي زار المدينة أمس، فقال إن 5 منازل دمرت.", "5 منازل", "الوزير"),
    ("أما قائد الشرطة الذي وصل إلى المكان، العميد سالم حداد، فأكد أن 4 مسلحين اعتقلوا.", "4 مسلحين", "سالم حداد"),
])
def test_amma_topic_with_relative_clause(text, key, speaker):
    check(text, "ar", key, speaker)


# --- K. a feminine verb after a relay of a sound plural goes on with the relayer -------------------

def test_feminine_verb_goes_back_to_the_relayer():
    text = ("ونقلت المتحدثة باسم المنظمة، ليلى السعدي، عن ناجين قولهم إن القارب كان يقل 90 شخصاً. "
            "وأضافت أن ثماني جثث انتُشلت حتى مساء الأحد.")
    check(text, "ar", "ثماني جثث", "ليلى السعدي")
    check(text, "ar", "90 شخصاً", "ناجين")


def test_feminine_verb_after_broken_plural_sources_stays():
    # negative: «مصادر» (a broken plural) takes «وأضافت»
    check("قالت مصادر محلية إن 5 قتلوا. وأضافت أن 3 منازل دمرت.", "ar", "3 منازل", "مصادر محلية")


def test_plural_verb_after_relay_stays_with_the_witnesses():
    text = "ونقل المتحدث باسم الشرطة عن شهود قولهم إن المسلحين فروا. وأضافوا أن 3 منهم اعتقلوا لاحقاً."
    check(text, "ar", "3 منهم", "شهود")


# --- L. an outlet reports what a named body announced: the body speaks ---------------------------

@pytest.mark.parametrize("text,key,speaker", [
    ("ذكرت وكالة تسنيم أن الحرس الثوري أعلن استهداف مراكز عسكرية.", "مراكز عسكرية", "الحرس الثوري"),
    ('ذكرت وكالة أنباء "تسنيم" الإيرانية أن الحرس الثوري أعلن في بيان استهداف "مراكز عسكرية واستخباراتية".',
     "مراكز عسكرية", "الحرس الثوري"),
])
def test_outlet_reporting_a_body_announcement(text, key, speaker):
    check(text, "ar", key, speaker)


def test_body_reporting_its_own_findings_stays():
    # negative: «قالت اللجنة إنها وثّقت ...» is the committee's one claim
    check("قالت اللجنة إنها وثّقت مقتل 30 شخصاً.", "ar", "30 شخصاً", "اللجنة")


def test_a_toll_described_is_no_claim():
    # negative: «في حصيلة وصفتها بـ"غير النهائية"» describes the toll (no «و», no clause start)
    text = 'أعلنت وزارة الصحة ارتفاع حصيلة الغارات إلى 38 قتيلاً، في حصيلة وصفتها بـ"غير النهائية".'
    cs = extract_article(text, "ar").claims
    assert len(cs) == 1 and cs[0].source.name == "وزارة الصحة"
