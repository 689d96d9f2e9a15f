"""Arabic speakers on unseen styles (session 12): how writers refer back to a speaker they named.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import claim_with, claims_of


def _same_speaker(text: str, first: str, later: str) -> None:
    cs = claims_of(text, "ar")
    a, b = claim_with(cs, text, first), claim_with(cs, text, later)
    assert b.source.source_id == a.source.source_id, (a.source.name, b.source.name)


def _new_speaker(text: str, first: str, later: str, name: str) -> None:
    cs = claims_of(text, "ar")
    a, b = claim_with(cs, text, first), claim_with(cs, text, later)
    assert b.source.source_id != a.source.source_id, (a.source.name, b.source.name)
    assert name in b.source.name


# --- an epithet of another word points back to the person just cited ----------------------------

EPITHETS = [
    # a feminine official, then «المسؤولة» with a nisba
    ("قالت المتحدثة باسم المفوضية هالة يوسف إن 900 لاجئ عبروا الحدود. "
     "وأضافت المسؤولة الأممية أن 200 منهم أطفال.", "900 لاجئ", "200 منهم"),
    # a spokesperson by the other word for it
    ("قال الناطق باسم الشرطة العقيد سمير داود إن 4 لصوص اعتقلوا. "
     "وأضاف المتحدث أن 2 منهم مطلوبان للقضاء.", "4 لصوص", "2 منهم"),
    ("قالت المتحدثة باسم البلدية ليلى نصار إن 30 عائلة أخليت. "
     "وأوضحت الناطقة أن 12 منزلاً آيلة للسقوط.", "30 عائلة", "12 منزلاً"),
    # a commander or ranked officer, then «الضابط» / «المسؤول العسكري» / «المسؤول الأمني»
    ("قال قائد شرطة الولاية العميد فارس الحربي إن 4 مهربين اعتقلوا. "
     "وأضاف الضابط أن 2 منهم أجانب.", "4 مهربين", "2 منهم"),
    ("قال قائد المنطقة العسكرية الثانية اللواء منذر سالم إن قواته قتلت 8 مسلحين. "
     "وأضاف المسؤول العسكري أن 2 من جنوده أصيبوا.", "8 مسلحين", "2 من جنوده"),
    ("قال قائد شرطة المدينة إن 5 لصوص اعتقلوا. وأشار المسؤول الأمني إلى أن 3 منهم من خارج المدينة.",
     "5 لصوص", "3 منهم"),
    # a hospital director who is a doctor, then «الطبيب»
    ("قال مدير مستشفى الرحمة الدكتور نبيل حداد إن 14 جثة وصلت إلى المستشفى. "
     "وأضاف الطبيب أن 30 جريحاً يتلقون العلاج.", "14 جثة", "30 جريحاً"),
    # a politburo member, then «القيادي في الحركة» (the movement named in the first mention)
    ("قال عضو المكتب السياسي لحركة الأحرار سامر عودة إن 50 أسيراً سيطلق سراحهم. "
     "وأضاف القيادي في الحركة أن الوسطاء يضغطون لإتمام الصفقة.", "50 أسيراً", "الوسطاء يضغطون"),
]


@pytest.mark.parametrize("text,first,later", EPITHETS)
def test_epithet_points_back_to_the_person_cited(text, first, later):
    _same_speaker(text, first, later)


def test_army_spokesman_then_the_military_official():
    # the spokesman speaks for the army (one source); «المسؤول العسكري» is that spokesman
    text = ("قال المتحدث باسم الجيش الإسرائيلي يوآف ليفي إن 12 صاروخاً أطلقت. "
            "وأضاف المسؤول العسكري أن 4 منها اعترضت.")
    _same_speaker(text, "12 صاروخاً", "4 منها")


NEW_PEOPLE = [
    # a body spoke, not a person: «الطبيب» / «الضابط» / «المسؤول العسكري» is someone new
    ("قالت وزارة الصحة إن 30 شخصاً قتلوا. وقال الطبيب إن 4 جرحى في حالة حرجة.", "30 شخصاً", "4 جرحى", "الطبيب"),
    ("قال الجيش إن 12 صاروخاً أطلقت. وقال الضابط إن 4 منها اعترضت.", "12 صاروخاً", "4 منها", "الضابط"),
    ("قال الجيش الإسرائيلي إن 12 صاروخاً أطلقت. وقال المسؤول العسكري إن 4 منها اعترضت.",
     "12 صاروخاً", "4 منها", "المسؤول العسكري"),
    # the earlier person is no doctor / no officer
    ("قال رئيس البلدية عادل منصور إن 9 منازل انهارت. وقال الطبيب إن 6 مصابين نقلوا إلى المستشفى.",
     "9 منازل", "6 مصابين", "الطبيب"),
    ("قال الناشط الحقوقي كريم بدوي إن 20 شخصاً اعتقلوا. وقال الضابط إن 11 منهم أفرج عنهم.",
     "20 شخصاً", "11 منهم", "الضابط"),
    # the epithet bears a name of its own: a new person (not the official cited before)
    ("قال مسؤول في البلدية إن 40 عائلة نزحت. "
     "وأفادت المسؤولة الصحية في المنطقة سناء عيسى بأن 16 مصاباً نقلوا إلى المستشفى.",
     "40 عائلة", "16 مصاباً", "سناء عيسى"),
    # «القيادي في الحركة» of another movement than the one named before
    ("قال عضو المكتب السياسي لحركة الأحرار سامر عودة إن 50 أسيراً سيطلق سراحهم. "
     "وقال القيادي في الجبهة إن 7 من عناصرها قتلوا.", "50 أسيراً", "7 من عناصرها", "القيادي"),
]


@pytest.mark.parametrize("text,first,later,name", NEW_PEOPLE)
def test_epithet_without_a_fitting_antecedent_is_a_new_speaker(text, first, later, name):
    _new_speaker(text, first, later, name)


# --- an aside between commas right after the verb, then the subject -----------------------------

ASIDE_THEN_SUBJECT = [
    ("وقالت، في بيان، وزارة الداخلية إن 11 مسلحاً قتلوا في الاشتباكات.", "11 مسلحاً", "وزارة الداخلية"),
    ("وأكدت، في تصريح صحفي، المتحدثة باسم البعثة أن 6 موظفين اختطفوا.", "6 موظفين", "المتحدثة باسم البعثة"),
    # a quoted outlet inside the aside
    ("وذكر، في تصريح لـ«الأنباء اليوم»، مدير الدفاع المدني أن 40 شخصاً أنقذوا.", "40 شخصاً", "مدير الدفاع المدني"),
    ("وأوضح، خلال مؤتمر صحفي عقده في العاصمة، رئيس اللجنة أن 300 طلب رفضت.", "300 طلب", "رئيس اللجنة"),
]


@pytest.mark.parametrize("text,key,speaker", ASIDE_THEN_SUBJECT)
def test_aside_after_the_verb_then_its_subject(text, key, speaker):
    c = claim_with(claims_of(text, "ar"), text, key)
    assert c.source_text == speaker, c.source_text
    assert "في" not in c.source.name.split()[0]


@pytest.mark.parametrize("aside", ["في بيان", "في بيان، الخميس", "خلال مؤتمر صحفي", "عبر منصة إكس"])
def test_aside_with_no_subject_after_it_keeps_the_speaker_before(aside):
    text = f"قال الجيش إن 5 جنود قتلوا. وأضاف، {aside}، أن 7 آخرين أصيبوا."
    cs = claims_of(text, "ar")
    first, later = claim_with(cs, text, "5 جنود"), claim_with(cs, text, "7 آخرين")
    assert later.source.source_id == first.source.source_id, later.source.name


# --- «وكانت X قد أعلنت»: the subject between the auxiliary and «قد», a name the lexicons lack -------

PLUPERFECT_NAMES = [
    ("قالت المنظمة إن 50 شخصاً أعدموا. وكانت هيومن رايتس ووتش قد أكدت في وقت سابق أن السلطات لا تنفذ الإعدام إلا في جرائم خطيرة.",
     "لا تنفذ الإعدام", "هيومن رايتس ووتش"),
    ("قالت المنظمة إن 50 شخصاً أعدموا. وكان سليم الراشد قد أكد في وقت سابق أن 7 منهم قاصرون.",
     "7 منهم قاصرون", "سليم الراشد"),
    ("قالت المنظمة إن 50 شخصاً أعدموا. وكانت طهران قد أكدت في وقت سابق أنها لا تنفذ الإعدام إلا في جرائم خطيرة.",
     "لا تنفذ الإعدام", "طهران"),
]


@pytest.mark.parametrize("text,key,speaker", PLUPERFECT_NAMES)
def test_pluperfect_subject_is_the_speaker(text, key, speaker):
    c = claim_with(claims_of(text, "ar"), text, key)
    assert speaker in c.source.name, c.source.name


@pytest.mark.parametrize("text,key", [
    # no subject between the auxiliary and «قد»: the speaker cited before goes on
    ("قالت المنظمة إن 50 شخصاً أعدموا. وكانت قد أكدت في وقت سابق أن 7 منهم قاصرون.", "7 منهم"),
    # a demonstrative is no speaker
    ("قالت المنظمة إن 50 شخصاً أعدموا. وكان ذلك قد أكد أن الوضع خطير جداً.", "الوضع خطير"),
])
def test_pluperfect_without_a_named_subject_keeps_the_last_speaker(text, key):
    cs = claims_of(text, "ar")
    c = claim_with(cs, text, key)
    assert c.source.source_id == claim_with(cs, text, "50 شخصاً").source.source_id, c.source.name


def test_pluperfect_state_background_is_no_new_speaker():
    # a state's past announcement is the article's background (as the tuning gold reads it)
    text = "قال الجيش إن 5 جنود قتلوا. وكان العراق قد أعلن النصر على التنظيم أواخر 2017."
    assert not any(c.source.name == "العراق" for c in claims_of(text, "ar"))


def test_pluperfect_event_is_no_speaker():
    text = "قال الجيش إن 5 جنود قتلوا. وكانت الغارات قد أوقعت 20 قتيلاً في البلدة."
    assert not any("20 قتيلاً" in text[c.start : c.end] for c in claims_of(text, "ar"))


# --- a capital or a state before its verb at a clause's start speaks for its government ----------

@pytest.mark.parametrize("text,key,speaker", [
    ("قال الجيش إن 5 جنود قتلوا. لكن أنقرة أعلنت تحييد 40 مسلحاً في المنطقة.", "40 مسلحاً", "أنقرة"),
    ("قال الجيش الأوكراني إن 5 جنود قتلوا. وموسكو تقول إن 40 جندياً أوكرانياً قتلوا.", "40 جندياً", "موسكو"),
])
def test_state_name_before_its_verb(text, key, speaker):
    c = claim_with(claims_of(text, "ar"), text, key)
    assert c.source.name == speaker or speaker in (c.source_text or ""), c.source.name


def test_state_name_inside_a_clause_is_no_speaker():
    # «في دمشق» is a place inside the narration, not the subject of the verb
    text = "قال الجيش إن 5 جنود قتلوا. وأضاف أن المحتجين في دمشق أعلنوا الإضراب."
    c = claim_with(claims_of(text, "ar"), text, "المحتجين")
    assert "دمشق" not in c.source.name


# --- «أحدهم»: one of the speakers just cited -------------------------------------------------

@pytest.mark.parametrize("text,first,later", [
    ("وقال سكان للمراسل إن 20 منزلاً أحرقت. وأكد أحدهم أن المسلحين كانوا ملثمين.", "20 منزلاً", "ملثمين"),
    ("وقالت ممرضات في المستشفى إن 14 طفلاً توفوا. وأضافت إحداهن أن الأدوية نفدت منذ أسبوع.", "14 طفلاً", "الأدوية نفدت"),
])
def test_one_of_them_is_the_group_just_cited(text, first, later):
    _same_speaker(text, first, later)


# --- a subjectless verb agrees in gender with its speaker ------------------------------------

@pytest.mark.parametrize("text,first,later", [
    # a feminine verb after a man: the body (feminine) cited before him
    ("قالت وزارة الصحة إن 30 شخصاً قتلوا. وقال المتحدث باسم الجيش إن الغارة استهدفت مقاتلين. "
     "وأضافت أن 60 شخصاً أصيبوا.", "30 شخصاً", "60 شخصاً"),
    ("قالت المنظمة إن 12 مستشفى توقفت. وقال مدير مستشفى الأمل إن الوقود نفد. وتابعت أن 40 طبيباً غادروا.",
     "12 مستشفى", "40 طبيباً"),
    # a masculine verb after a woman: the man cited before her
    ("قال وزير الداخلية إن 8 مهربين اعتقلوا. وقالت المتحدثة باسم البعثة إن الحدود أغلقت. "
     "وأضاف أن 3 منهم أجانب.", "8 مهربين", "3 منهم"),
])
def test_subjectless_verb_goes_on_with_the_speaker_of_its_gender(text, first, later):
    _same_speaker(text, first, later)


@pytest.mark.parametrize("text,first,later", [
    # the verb agrees with the last speaker: it goes on
    ("قالت وزارة الصحة إن 30 شخصاً قتلوا. وقال المتحدث باسم الجيش إن الغارة استهدفت مقاتلين. "
     "وأضاف أن 60 مسلحاً قتلوا.", "الغارة استهدفت", "60 مسلحاً"),
    ("قال وزير الداخلية إن 8 مهربين اعتقلوا. وقالت المتحدثة باسم البعثة إن الحدود أغلقت. "
     "وأضافت أن المعبر سيفتح غداً.", "الحدود أغلقت", "المعبر سيفتح"),
])
def test_agreeing_verb_keeps_the_last_speaker(text, first, later):
    _same_speaker(text, first, later)


def test_pluperfect_subject_of_a_stated_event_after_an_aside():
    text = "قال الجيش إن 5 جنود قتلوا. وكانت سرايا الفجر قد أعلنت، في بيان، مقتل 3 من عناصرها."
    c = claim_with(claims_of(text, "ar"), text, "3 من عناصرها")
    assert "سرايا الفجر" in c.source.name, c.source.name
