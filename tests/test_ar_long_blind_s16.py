"""Arabic LONG round-ups: classes the blind set gold_bb revealed (session 16, fixer FAB).

A breadth audit: sentences composed for the test (never article text), several outlet styles per
construction, positives and negatives. Classes (tests/gold_bb/FINDINGS_ar.md):

A. A speaker who comes back later in the piece with a lam of purpose: «وعاد المرصد ليرفع حصيلته
   إلى 37»، «وعاد المصدر المحلي ليؤكد، في تصريح لاحق، أن ...»، «وعاد كابوري ليقرّ بمقتل تسعة»،
   «ثم عادت الوزارة لتعلن، مساء الخميس، وفاة 4 آخرين». Only «ليعلن/لتعلن» were listed; the
   present forms of every reporting verb now count behind the lam, the subject between «عاد» and
   the verb speaks (a bare name too), and a time phrase between commas may stand before the object.
B. A statement noun with a possessive pronoun after «بحسب/وفق»: «أسفرت بحسب تقييمها الأولي عن
   مقتل ثلاثة»، «وفق تقديراته»: the one speaking goes on (the noun became a new speaker).
C. A statement's owner ends at its verb «... فيه»: «وفق بيان ثانٍ للمركز أشار فيه إلى أن ...»
   (speaker «المركز أشار فيه»).
D. A headline «PLACE: ...» is no speaker because the text cites a network named after the place
   («شبكة «دير الزور 24»»): only the whole quoted name counts.
E. «المتحدث الرسمي باسمها، X»: the official spokesperson of the body before (the adjective hid
   the possessive «باسمها»).
F. A second content clause «..، وإن البلدية أحصت تضرر 120 منزلاً» inside a relay: no claim of its
   own (the verbal noun «تضرر» is an object, not the subject of «أحصت»).
G. Figure categories: killed or maimed («قتلوا أو شوّهوا») is a combined count (`other`, the
   session-8 decision); cases counted beside diarrhoea medicine are disease cases; a crowd noun
   coordinated with a second count takes the fate verb after both («37 متظاهراً و11 من عناصر
   الأمن أصيبوا»); a side's «خسارة ثلاثة من مقاتليها» is killed; victims «بينهم 21 قتيلاً» (some of
   them killed) are killed and hurt together (`other`).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of
from newsclaims.extract import extract_article

# --- A. the speaker comes back: «وعاد X ليـVERB» -------------------------------------------------

# (text, key in the claim, speaker, figure text, category)
CAME_BACK = [
    # wire round-up: ministry, civil defence, then the ministry again
    ("أعلنت وزارة الصحة مقتل 12 شخصاً. وقال الدفاع المدني إن 4 أشخاص ما زالوا تحت الأنقاض. "
     "ثم عادت الوزارة لتؤكد أن عدد القتلى ارتفع إلى 20.", "20", "وزارة الصحة", "20", "killed"),
    # Gulf/Iraqi police style: an object verb after a time adverb
    ("قالت الشرطة إن 3 أشخاص أصيبوا. وأفاد شهود بأن النيران اشتعلت. وعادت الشرطة لتعلن مساءً اعتقال 6 مشتبه بهم.",
     "6 مشتبه", "الشرطة", "6", "detained"),
    # Syrian monitor
    ("ذكر المرصد أن 15 عنصراً قتلوا. وقال ناشطون إن الطائرات حلقت فوق المدينة. وعاد المرصد ليوثق مقتل 4 مدنيين آخرين.",
     "4 مدنيين", "المرصد", "4", "killed"),
    ("قال المرصد السوري إن 19 شخصاً قتلوا. وقال الشيخ نزيه إن وساطة أفضت إلى الإفراج عن 12 مخطوفاً. "
     "وعاد المرصد ليرفع حصيلته مساءً إلى 37 قتيلاً، من بينهم 14 من مقاتلي العشائر.", "37", "المرصد", "37", "killed"),
    # governor, a relay in between
    ("قال محافظ المدينة إن 9 أشخاص أصيبوا. ونقلت وكالة الأنباء عن مصدر طبي أن المستشفى استقبل الجرحى. "
     "وعاد المحافظ ليشير إلى أن 3 منهم فارقوا الحياة.", "3 منهم", "محافظ المدينة", "3", "killed"),
    # the UN raises its estimate
    ("قالت الأمم المتحدة إن 2,000 شخص نزحوا. وقالت منظمة أطباء بلا حدود إن فرقها عالجت 40 جريحاً. "
     "وعادت الأمم المتحدة لترفع تقديرها إلى 5 آلاف نازح.", "آلاف نازح", "الأمم المتحدة", "5 آلاف", "displaced"),
    # Yemeni local authority: a time phrase between commas, then the object
    ("أكدت مديرية الصحة وفاة 8 أشخاص. وقال مسؤول محلي إن السيول جرفت الطريق. "
     "وعادت المديرية لتعلن، مساء الخميس، وفاة 4 آخرين.", "4 آخرين", "مديرية الصحة", "4", "killed"),
    ("قال جهاز الإسعاف إن ثلاثة مدنيين قتلوا. وأفاد شهود بأن القذائف سقطت على المنازل. "
     "وعاد جهاز الإسعاف ليعلن، صباح الأربعاء، ارتفاع عدد القتلى إلى أربعة.", "أربعة", "جهاز الإسعاف", "أربعة", "killed"),
    # two anonymous sources; the first one comes back (named by its place)
    ("قال مصدر محلي في الحديدة إن 8 أشخاص قتلوا. وقال مصدر عسكري إن 3 جنود قتلوا. "
     "وعاد المصدر المحلي في الحديدة ليؤكد، في تصريح لاحق، أن حصيلة القتلى ارتفعت إلى 11، بينهم ستة عمال.",
     "إلى 11", "مصدر محلي", "11", "killed"),
    ("قال مصدر أمني إن 5 جنود قتلوا. وقال مصدر طبي إن 11 جريحاً نقلوا إلى المستشفى. "
     "وعاد المصدر الأمني ليوضح أن عدد القتلى بلغ 6.", "بلغ 6", "مصدر أمني", "6", "killed"),
    # Red Crescent raises a toll
    ("قال الهلال الأحمر إن طواقمه انتشلت 10 جثث. وأفاد سكان بأن الطيران قصف الحي مجدداً. "
     "وعاد الهلال الأحمر ليرفع الحصيلة إلى 14 قتيلاً.", "14", "الهلال الأحمر", "14", "killed"),
    # a bare surname comes back
    ("قال رئيس البلدية سامر خليل إن 30 منزلاً تضررت. وقال ناشط إن الكهرباء انقطعت. "
     "وعاد خليل ليؤكد أن 4 منازل دمرت بالكامل.", "4 منازل", "خليل", "4", "other"),
    ("قال المتحدث باسم الحكومة، إيسوفو كابوري، إن الجيش قتل 31 إرهابياً. وقال مكتب المفوض إنه وثق مقتل ألف مدني. "
     "وعاد كابوري ليقرّ، في مقابلة مع إذاعة محلية، بمقتل تسعة من الجنود خلال العملية.", "تسعة", "كابوري", "تسعة", "killed"),
    ("قال رئيس المجلس القروي إن مستوطنين أحرقوا أربعة منازل. وقالت الهيئة إن المستوطنين نفذوا 341 اعتداء. "
     "وعاد رئيس المجلس القروي ليقول مساءً إن عدد المنازل المحروقة بلغ ستة.", "ستة", "رئيس المجلس", "ستة", "other"),
    # subjectless: the last speaker goes on
    ("قالت وزارة الداخلية إن 12 سجيناً فروا. ثم عادت لتعلن إعادة القبض على 5 منهم.", "5 منهم", "وزارة الداخلية", "5", "detained"),
    ("قال المتحدث باسم الشرطة إن 4 أشخاص قتلوا. وعاد المتحدث ليقول لاحقاً إن 7 آخرين أصيبوا.",
     "7 آخرين", "المتحدث باسم الشرطة", "7", "wounded"),
    # an aside with a quoted platform name after the lam verb: no speaker there
    ("قال مستشار قائد القوات إن 5 من عناصرها قتلوا. وقالت منظمة إن القصف مستمر. "
     "وعاد المستشار نفسه ليقول، في تسجيل مصور نشره على منصة \"إكس\" مساء الأحد، إن 40 مدنياً غادروا المدينة.",
     "40 مدنياً", "مستشار", "40", "displaced"),
    ("قالت الوزارة إن 5 قتلوا. ثم عادت لتقول في بيان إن 9 قتلوا.", "9 قتلوا", "الوزارة", "9", "killed"),
    # hurried to announce (another verb of motion before the lam)
    ("وسارع الناطق باسم الجيش ليعلن أن 8 مسلحين قتلوا.", "8 مسلحين", "الناطق باسم الجيش", "8", "killed"),
    # denial on return
    ("أعلن الجيش مقتل 7 مسلحين. وقالت مصادر محلية إن الاشتباكات استمرت حتى الفجر. وعاد الجيش لينفي سقوط 3 مدنيين.",
     "3 مدنيين", "الجيش", "3", "killed"),
]


def _figure(text, key_claim, number):
    ex = extract_article(text, "ar")
    for k, fig in ex.figures:
        c = ex.claims[k]
        if text[fig.number.start:fig.number.end] == number and key_claim in text[c.start:c.end]:
            return fig
    return None


@pytest.mark.parametrize("text,key,speaker,number,category", CAME_BACK)
def test_speaker_comes_back(text, key, speaker, number, category):
    check(text, "ar", key, speaker)
    fig = _figure(text, key, number)
    assert fig is not None, f"no figure {number!r} in the claim holding {key!r}"
    assert fig.category == category


# a lam verb that is no reporting verb, or a subject that names no speaker: no claim from it
CAME_BACK_NOT = [
    "عاد النازحون ليجدوا منازلهم مدمرة بعد أن قتل 30 شخصاً.",
    "وعاد الهدوء الحذر ليخيم على المدينة بعد اشتباكات أسفرت عن مقتل 5 أشخاص.",
    "وعادت الطائرات لتقصف الحي مجدداً، ما أدى إلى مقتل 4 مدنيين.",
    "وخرج المئات ليطالبوا بالإفراج عن 20 معتقلاً.",
    "وعاد آلاف النازحين إلى منازلهم ليجدوها مدمرة.",
    "وعادت الأسواق لتفتح أبوابها بعد إغلاق دام 3 أيام.",
]


def test_radical_lam_verb_keeps_its_subject():
    # «لفت» ("pointed out"): its lam is a radical, the subject follows the verb
    check("قال الجيش إن 4 قتلوا. لفت المصدر الطبي إلى أن 7 أصيبوا.", "ar", "7 أصيبوا", "المصدر الطبي")


@pytest.mark.parametrize("text", CAME_BACK_NOT)
def test_came_back_without_a_speech_verb_is_no_claim(text):
    assert claims_of(text, "ar") == []


def test_came_back_subject_is_no_new_source_on_a_lam_noun():
    # «ليرفع حصيلته»: the toll with its pronoun is the object, never the speaker
    text = "قال المرصد إن 19 شخصاً قتلوا. وعاد المرصد ليرفع حصيلته إلى 37 قتيلاً."
    for c in claims_of(text, "ar"):
        assert "حصيلته" not in (c.source_text or "")


# --- B. «بحسب تقييمها»: the speaker's own statement --------------------------------------------

OWN_STATEMENT = [
    ("أعلنت القيادة الأمريكية أنها نفذت غارة أسفرت بحسب تقييمها الأولي عن مقتل ثلاثة من عناصر الحركة، "
     "مؤكدة أنه لم يصب أي مدني.", "ثلاثة", "القيادة الأمريكية", "تقييم"),
    ("أعلنت القيادة الأمريكية أنها نفذت غارة أسفرت بحسب بيانها عن مقتل ثلاثة من عناصر الحركة.",
     "ثلاثة", "القيادة الأمريكية", "بيان"),
    ("وقالت المنظمة إن 300 شخص نزحوا، بحسب تقديراتها.", "300", "المنظمة", "تقديرات"),
    ("وأعلن الجيش أن الغارة أسفرت، وفق تقييمه، عن مقتل 20 مسلحاً.", "20", "الجيش", "تقييم"),
    ("قال المرصد إن 14 مدنياً قتلوا. وارتفع عدد القتلى مساءً إلى 19 وفقاً لإحصاءاته.",
     "19", "المرصد", "إحصاء"),
    ("وأكدت الأمم المتحدة أن 40 ألف شخص فروا خلال أسبوع، حسب أرقامها الأولية.", "40 ألف", "الأمم المتحدة", "أرقام"),
    ("وقال المتحدث باسم الشرطة إن 9 أشخاص اعتقلوا، بحسب روايته.", "9 أشخاص", "المتحدث باسم الشرطة", "رواية"),
]


@pytest.mark.parametrize("text,key,speaker,bad", OWN_STATEMENT)
def test_own_statement_is_no_new_speaker(text, key, speaker, bad):
    check(text, "ar", key, speaker)
    for c in claims_of(text, "ar"):
        assert bad not in c.source.name and bad not in (c.source_text or "")


# a statement with a named owner still names its speaker
OWNED_STATEMENT = [
    ("قتل 12 شخصاً بحسب تقديرات الأمم المتحدة.", "12 شخصاً", "الأمم المتحدة"),
    ("قتل 12 شخصاً بحسب تقييم أولي للأمم المتحدة.", "12 شخصاً", "الأمم المتحدة"),
    ("وأصيب 30 شخصاً، وفق إحصاءات وزارة الصحة.", "30 شخصاً", "وزارة الصحة"),
    ("ونزح 5 آلاف شخص بحسب بيان للمنظمة الدولية للهجرة.", "5 آلاف", "المنظمة الدولية للهجرة"),
]


@pytest.mark.parametrize("text,key,speaker", OWNED_STATEMENT)
def test_owned_statement_names_speaker(text, key, speaker):
    check(text, "ar", key, speaker)


# --- C. «وفق بيان ثانٍ للمركز أشار فيه»: the owner ends at its verb -----------------------------

OWNER_THEN_VERB = [
    ("أعلن مركز عمليات الطوارئ أن 31 شخصاً قتلوا. ومع حلول المساء، ارتفعت الحصيلة إلى 38 قتيلاً و102 جريح، "
     "وفق بيان ثانٍ للمركز أشار فيه إلى أن 9 من القتلى أطفال.", ["38", "102", "9 من القتلى"], "مركز عمليات الطوارئ"),
    ("ارتفع عدد القتلى إلى 40، وفق بيان جديد للوزارة أكدت فيه أن 12 منهم أطفال.", ["40", "12 منهم"], "الوزارة"),
    ("ارتفع عدد القتلى إلى 40، بحسب بيان للدفاع المدني أوضح فيه أن 12 منهم أطفال.", ["40", "12 منهم"], "الدفاع المدني"),
    ("ونزحت 300 عائلة، وفق تقرير للمفوضية قالت فيه إن 40 منها عادت.", ["300", "40 منها"], "المفوضية"),
]


@pytest.mark.parametrize("text,keys,speaker", OWNER_THEN_VERB)
def test_statement_owner_ends_at_its_verb(text, keys, speaker):
    for key in keys:
        check(text, "ar", key, speaker)
    for c in claims_of(text, "ar"):
        assert "فيه" not in c.source.name and "فيه" not in (c.source_text or "")


# --- D. a headline place cited inside a network's quoted name -----------------------------------

def test_headline_place_is_no_speaker_when_a_network_carries_it():
    text = ("دير الزور: اشتباكات بين قسد ومقاتلي العشائر\n\nقالت قسد إن 3 من مقاتليها قتلوا. "
            "ونقلت شبكة «دير الزور 24» المحلية عن مصادر أن 200 عائلة نزحت.")
    for c in claims_of(text, "ar"):
        assert "دير الزور" not in c.source.name


def test_headline_quoted_name_still_speaks():
    # the whole quoted name, cited again after a class noun: a speaker (gold_n style)
    text = ("«محامو الطوارئ»: مقتل 11 مزارعاً في غرب كردفان\n\nقالت مجموعة «محامو الطوارئ» إن مسلحين "
            "قتلوا 11 مزارعاً.")
    c = check(text, "ar", "مقتل 11", "محامو الطوارئ")
    assert c.start < text.index("\n")


# --- E. «المتحدث الرسمي باسمها، X»: the body's spokesperson ------------------------------------

SPOKES_OF_IT = [
    "نفت قوات الدعم السريع استهداف المدنيين. وقال المتحدث الرسمي باسمها، عمر حمدون، إن قواته أسرت 35 عنصراً.",
    "أعلنت وزارة الصحة مقتل 5 أشخاص. وقال المتحدث الرسمي باسمها إن 12 آخرين أصيبوا.",
    "قالت الشرطة إن 3 قتلوا. وقال المتحدث الإعلامي باسمها، العقيد سامي علي، إن 4 أصيبوا.",
    "أعلن الجيش مقتل 7 مسلحين. وقال المتحدث العسكري باسمه، العميد خالد حسن، إن 2 من جنوده أصيبا.",
]


@pytest.mark.parametrize("text", SPOKES_OF_IT)
def test_spokesperson_of_it_is_the_body(text):
    ids = {c.source.source_id for c in claims_of(text, "ar")}
    assert len(ids) == 1, ids


# --- F. a second content clause inside a relay -------------------------------------------------

EMBEDDED_SECOND = [
    ("ونقلت الوكالة عن المحافظ قوله إن 3 آلاف نزحوا، وإن البلدية أحصت تضرر أكثر من 120 منزلاً.", "120", "المحافظ"),
    ("وقال رئيس البلدية إن 40 عائلة نزحت، وإن فرق الدفاع المدني سجلت انهيار 6 مبانٍ.", "6 مبان", "رئيس البلدية"),
    ("وقال المسؤول إن السيول جرفت الطريق، وأن اللجنة أحصت احتراق 30 خيمة.", "30 خيمة", "المسؤول"),
]


@pytest.mark.parametrize("text,key,speaker", EMBEDDED_SECOND)
def test_second_content_clause_stays_in_the_claim(text, key, speaker):
    check(text, "ar", key, speaker)
    assert len(claims_of(text, "ar")) == 1


# --- G. figure categories ---------------------------------------------------------------------

def _cat(text, number):
    ex = extract_article(text, "ar")
    got = [f.category for _, f in ex.figures if text[f.number.start:f.number.end].endswith(number)]
    assert got, f"no figure {number!r}"
    return got[0]


CATEGORIES = [
    # killed or maimed / wounded: a combined count
    ("وقالت اليونيسف إن أكثر من 11 ألف طفل قتلوا أو شوّهوا في اليمن منذ تصاعد النزاع.", "11 ألف", "other"),
    ("وقالت المنظمة إن 300 مدني قتلوا أو أصيبوا في الهجمات.", "300", "other"),
    ("وقالت الأمم المتحدة إن 40 طفلاً قتلوا أو شوهوا خلال الشهر الماضي.", "40", "other"),
    # maimed alone is hurt
    ("وقالت المنظمة إن 25 طفلاً شوهوا جراء انفجار ذخائر.", "25", "wounded"),
    # disease cases next to diarrhoea medicine
    ("وقالت المنظمة إن إجمالي الإصابات منذ يوليو تجاوز 90 ألف حالة، مشيرة إلى نقص أدوية الإسهال.", "90 ألف", "other"),
    ("وقالت وزارة الصحة إنها سجلت 300 إصابة بالإسهال الحاد خلال أسبوع.", "300", "other"),
    # a crowd noun coordinated with a second count: the fate verb after both
    ("قالت المفوضية إن 37 متظاهراً و11 من عناصر القوات الأمنية أصيبوا خلال المواجهات.", "37", "wounded"),
    ("قالت المفوضية إن 37 محتجاً و11 شرطياً أصيبوا خلال المواجهات.", "37", "wounded"),
    ("قالت الشرطة إن 40 متظاهراً و5 صحفيين اعتقلوا أمام البرلمان.", "40", "detained"),
    ("وقالت الوزارة إن 5 متظاهرين و3 من أفراد الشرطة قتلوا في الاشتباكات.", "5", "killed"),
    ("وقالت المصادر إن 20 معتصماً و4 من المارة أصيبوا بالاختناق.", "20", "wounded"),
    # victims among whom some are the killed: killed and hurt together
    ("وقال المدير إن مستشفيات المدينة استقبلت 63 ضحية لرصاص القناصة والقذائف، بينهم 21 قتيلاً.", "63", "other"),
    ("وقالت اللجنة إن الهجوم خلف 40 ضحية، من بينهم 12 قتيلاً و28 جريحاً.", "40", "other"),
    ("وقال المصدر إن الانفجار أوقع 30 ضحية.", "30", "killed"),
    ("وقال المصدر إن القصف خلف 40 ضحية، بينهم 12 طفلاً.", "40", "killed"),
    # a side's own loss
    ("وقالت قسد إن مقاتليها قتلوا 17 من المهاجمين، مؤكدة خسارة ثلاثة من مقاتليها.", "ثلاثة", "killed"),
    ("وأعلن الجيش خسارة 4 من جنوده في المعارك.", "4", "killed"),
]


@pytest.mark.parametrize("text,number,category", CATEGORIES)
def test_categories(text, number, category):
    assert _cat(text, number) == category


# the crowd stays a crowd: no fate after the coordinated counts, or a clause between
CROWDS = [
    ("وقالت الشرطة إن 5 آلاف متظاهر و300 من أنصار الحزب تجمعوا في الساحة.", "5 آلاف"),
    ("وقال المنظمون إن 10 آلاف متظاهر شاركوا، وأصيب 4 منهم.", "10 آلاف"),
    ("وخرج 2000 محتج في المدينة، واعتقلت الشرطة 12 منهم.", "2000"),
]


@pytest.mark.parametrize("text,number", CROWDS)
def test_crowd_stays_other(text, number):
    ex = extract_article("قال المنظمون إن الاحتجاج سلمي. " + text, "ar")
    got = [f.category for _, f in ex.figures if f.number.text.endswith(number)]
    assert got in ([], ["other"]), got


def test_loss_of_things_is_no_death():
    text = "وقالت البلدية إن السكان تكبدوا خسارة 300 منزل جراء السيول."
    ex = extract_article(text, "ar")
    assert all(f.category != "killed" for _, f in ex.figures)
