"""Which subject a verb speaks for (composed sentences): collective online speakers and
subjectless verbs later in their clause, a relative clause on the previous speaker's name,
"verb + speaker + ب<verbal noun>" content, speaker change with «أما X ف...», English pronoun
resolution to the previous cue's subject, dash headlines and "..., X claim" tails. (First tuned
in round 7.)

Each case: text, key phrase of the content, a name the speaker must carry, extra checks.
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of

AR = [
    # ب + verbal noun starts the content of an intro-only verb
    ("وأفادت شبكات محلية بمقتل ستة مدنيين في قصف على السوق.", "ستة مدنيين", "شبكات محلية", {}),
    ("وأفاد مصدر طبي في المستشفى بوصول جثث أربعة أشخاص.", "جثث أربعة", "مصدر طبي", {}),
    # a subjectless verb later in the clause speaks for the clause's subject
    ("نشرت صفحات محلية صوراً لعشرين شخصاً قالت إنهم اعتقلوا عند الحاجز.", "اعتقلوا عند الحاجز", "صفحات محلية", {}),
    ("من جهتهم، تداول ناشطون تسجيلاً قالوا إنه يوثق سقوط قذائف على الحي.", "يوثق سقوط", "ناشطون", {}),
    # a relative clause on the speaker's name is a new claim of that speaker
    ("وارتفع عدد الضحايا إلى 30 قتيلاً، وفق ما أعلنت لجنة الإنقاذ، التي أكدت في بيان أن فرقها انتشلت 12 جثة.",
     "انتشلت 12 جثة", "لجنة الإنقاذ", {}),
    ("وبلغت حصيلة القتلى 90، بحسب ما أحصته الشبكة الحقوقية، التي قالت إن بينهم 11 طفلاً.",
     "بينهم 11 طفلاً", "الشبكة الحقوقية", {}),
]


@pytest.mark.parametrize("text,key,speaker,want", AR)
def test_round7_ar(text, key, speaker, want):
    check(text, "ar", key, speaker, **want)


NOT_CLAIMS = [
    # a relative clause inside a content clause is no claim of its own
    ("ar", "وقال المتحدث إن القصف طال الحي الذي قالت الوزارة إنه آمن.", "الوزارة"),
    # a clause whose subject is no speaker noun lends no speaker to a later subjectless verb
    ("ar", "وقصفت الطائرات الحي الذي قال إنه خالٍ من المسلحين.", "الطائرات"),
]


@pytest.mark.parametrize("lang,text,bad", NOT_CLAIMS)
def test_round7_no_speaker(lang, text, bad):
    assert_no_speaker(text, lang, bad)


AR_AMMA = [
    # «أما X ... ف<verb>»: the topic is the new speaker, across an aside, not the previous one
    ("قال الطبيب سامر إن المستشفى استقبل 40 مصاباً. أما أبو خالد، وهو نازح من ريف حلب، فيروي أن الغارة الأولى سقطت قرب السوق، مضيفاً أنه فقد ثلاثة من أقاربه.",
     "الغارة الأولى", "أبو خالد"),
    ("قال الطبيب سامر إن المستشفى استقبل 40 مصاباً. أما أبو خالد، وهو نازح من ريف حلب، فيروي أن الغارة الأولى سقطت قرب السوق، مضيفاً أنه فقد ثلاثة من أقاربه.",
     "فقد ثلاثة", "أبو خالد"),
    ("وقال مدير الدفاع المدني إن فرقه انتشلت 9 جثث. أما المجلس المحلي للبلدة فقال إن 20 منزلاً دمرت.", "20 منزلاً", "المجلس المحلي"),
    # a quoted topic after أما, with its own adjective and a comma before the answering ف
    ("قالت الشرطة إن عناصرها أطلقوا النار في الهواء. أما «جمعية النور الخيرية» المدعومة من الخارج، فقالت إنها وزعت طروداً على 900 عائلة.",
     "900 عائلة", "جمعية النور الخيرية"),
    # a coordinated verb after a non-reporting verb keeps its own subject
    ("وقال الطبيب سامر إن المستشفى امتلأ. وثمّنت وزارة الصحة جهود المسعفين، وقالت إن عدد الجرحى بلغ 50.", "عدد الجرحى", "وزارة الصحة"),
]


@pytest.mark.parametrize("text,key,speaker", AR_AMMA)
def test_round7_amma(text, key, speaker):
    check(text, "ar", key, speaker)


EN = [
    # dash headlines: the speaker after a final dash, also after a "Topic:" prefix
    ("Floods: Toll rises to 52 — county governor\n\nRescuers searched the river banks on Monday.", "Toll rises to 52", "county governor", {}),
    ("Market blast kills nine - police chief\n\nThe blast hit the market at noon.", "kills nine", "police chief", {}),
    # "..., X claim" with no "that", in a headline and in a body sentence
    ("Mali: 30 soldiers killed in Boni ambush, militants claim\n\nThe army has not commented.", "30 soldiers", "militants", {}),
    ("The convoy lost 12 trucks in the attack, rebels claim.", "12 trucks", "rebels", {}),
]


@pytest.mark.parametrize("text,key,speaker,want", EN)
def test_round7_en(text, key, speaker, want):
    check(text, "en", key, speaker, **want)


def test_round7_dash_credit_is_no_speaker():
    text = "Gunmen kill 12 in northern village — Reuters\n\nThe village lies near the border."
    assert not claims_of(text, "en")


def test_round7_claim_noun_is_no_cue():
    text = "They have a legitimate claim.\n\nThe court will rule on the land claim\n\nThe hearing is in May."
    assert not claims_of(text, "en")


# subjects Arabic verbs find without a phrase of their own: the subject of the sentence's first
# verb ("ثمّنت الوزارة ...، وقالت في بيان إن"), a subject after the auxiliary كان
# ("وكانت الإمارات قد أعلنت إطلاق ..."), and the speaker before a relative clause whose name ends
# in a coordinated word ("مركز الإسعاف والطوارئ، الذي أوضح أن")
R10_SUBJECTS = [
    ("وأعلن المستشفى أن 20 أصيبوا. من جهتها، ثمّنت وزارة الصحة جهود المستشفى، وقالت في بيان إن عدد الجرحى يتجاوز 12 ألفاً.",
     "عدد الجرحى", "وزارة الصحة"),
    ("وقال الطبيب إن 3 توفوا. وانتقدت منظمة العفو الدولية الحصار، وقالت في تقرير إن 40 مدنياً قتلوا.", "40 مدنياً", "منظمة العفو الدولية"),
    ("وكانت دولة الإمارات قد أعلنت إطلاق عملية «الفارس الشهم 3» في نوفمبر الماضي.", "عملية", "دولة الإمارات"),
    ("وكان الجيش قد أعلن مقتل 7 مسلحين في الاشتباكات.", "مقتل 7", "الجيش"),
    ("ارتفعت الحصيلة إلى 55 قتيلاً، وفق ما أعلن مركز طب الطوارئ والدعم، الذي أوضح في منشور أن فرقه أجلت 234 عائلة.",
     "فرقه أجلت", "مركز طب الطوارئ"),
]


@pytest.mark.parametrize("text,key,speaker", R10_SUBJECTS)
def test_r10_arabic_subjects(text, key, speaker):
    check(text, "ar", key, speaker)


def test_appeal_participle_is_a_claim():
    text = "وقالت الوزارة إن المستشفيات استقبلت 120 مصاباً، مناشدة المواطنين التبرع بالدم."
    c = check(text, "ar", "التبرع بالدم", "الوزارة")
    assert c.cue == "مناشدة"


# quoted names as speakers: after بحسب, and as the subject of the clause's first verb; a
# prepositional object after an object verb («يتحدث عن») is no speaker; a headline subject with
# the conjunction («والجيش يتحدث») is named without it
R10_QUOTED = [
    ('وبحسب "مكتب توثيق الضحايا في المدينة"، شهدت المحافظة 47 عملية اغتيال أسفرت عن مقتل 38 شخصاً.',
     "مقتل 38", "مكتب توثيق الضحايا في المدينة"),
    ("وحسب «شبكة الرصد المحلية»، قتل 9 مدنيين.", "قتل 9", "شبكة الرصد المحلية"),
    ("تبنّت «جبهة التحرير الشعبية»، وهي فصيل مسلح، هجوماً على رتل، وقالت في بيان إن مقاتليها قتلوا 64 جندياً.",
     "قتلوا 64", "جبهة التحرير الشعبية"),
    ("الحركة تتبنى هجوماً.. والجيش يتحدث عن «تحييد» العشرات", "العشرات", "الجيش"),
]


@pytest.mark.parametrize("text,key,speaker", R10_QUOTED)
def test_r10_quoted_and_headline_subjects(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert c.source_text not in ("عن", "والجيش"), c.source_text


# raising a toll is a claim («رفعت الحكومة حصيلة القتلى إلى ...»), raising a flag is not; two
# headline clauses joined by و keep their own subjects; «...»، بهذا وصف X ... names X after the
# quotation; an SVO subject after لكن / غير أن and a head + quoted name speak for a participle
R10_MORE = [
    ("ورفعت وزارة الصحة عدد الوفيات إلى 40.", "إلى 40", "وزارة الصحة"),
    ("رفعت السلطات المحلية في الإقليم حصيلة قتلى الفيضانات إلى مئة وعشرين قتيلاً.", "مئة وعشرين", "السلطات المحلية"),
    ("الحكومة ترفع الحصيلة إلى 311 قتيلاً والمنظمة الدولية تحذّر من تفشي الأوبئة", "تفشي الأوبئة", "المنظمة الدولية"),
    ("الحكومة ترفع الحصيلة إلى 311 قتيلاً والمنظمة الدولية تحذّر من تفشي الأوبئة", "311 قتيلاً", "الحكومة"),
    ("«قواتنا قتلت جميع المهاجمين الستة»، بهذا وصف المتحدث العسكري الهجوم على القاعدة.", "المهاجمين الستة", "المتحدث العسكري"),
    ("«لن نترك أرضنا»، هكذا قال أحد السكان.", "نترك أرضنا", "أحد السكان"),
    ("لكن مسؤولاً في الشرطة، تحدث لوكالة محلية، قدّم حصيلة مختلفة، قائلاً إن «عدد القتلى بلغ 16 على الأقل».", "بلغ 16", "مسؤول"),
    ("وتبنت جماعة «كتائب الفتح»، المرتبطة بتنظيم محلي، الهجوم، زاعمة أن مقاتليها «قتلوا أكثر من 30 جندياً».", "30 جندياً", "كتائب الفتح"),
    ("وبحسب إحصاء لمعهد الدراسات الأمنية في العاصمة، قُتل 444 من عناصر الأمن.", "444", "معهد الدراسات الأمنية"),
]


@pytest.mark.parametrize("text,key,speaker", R10_MORE)
def test_r10_tolls_thus_and_svo_subjects(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert not text[c.start : c.end].endswith(("بهذا", "هكذا")), text[c.start : c.end]


def test_raising_a_flag_is_no_claim():
    assert claims_of("ورفع المحتجون العلم الوطني فوق المبنى.", "ar") == []


R10_H2 = [
    # "وفقاً لما أعلنته X": the clitic لما before the verb with its object pronoun
    ("ارتفع عدد الضحايا إلى 11 حالة وفاة و8 مصابين، وفقاً لما أعلنته محافظة المدينة.", "11 حالة", "محافظة المدينة"),
    # أبلغ: the phrase after the verb is the audience; the subject before it speaks
    ("وذكرت المنظمة أن الناجين الثلاثة أبلغوا فرقها بأن القارب كان يقل 60 شخصاً.", "كان يقل", "الناجين الثلاثة"),
    ("وأبلغ مسؤول محلي وكالة الأنباء بأن 5 قتلوا.", "5 قتلوا", "مسؤول محلي"),
    # "ويُدعى X": the name given after "is called" stays in the speaker phrase (not the cue ادّعى)
    ("وقال أحد الناجين، ويدعى مصطفى جاسم (34 عاماً)، إن «الدخان ملأ القاعة».", "الدخان ملأ", "مصطفى جاسم"),
]


@pytest.mark.parametrize("text,key,speaker", R10_H2)
def test_r10_lamma_audience_and_named(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert "وكالة" not in (c.source_text or "")


def test_feminine_participle_skips_a_masculine_plural_speaker():
    text = ("وذكرت المنظمة الدولية أن الناجين الثلاثة أبلغوا فرقها بأن القارب كان يقل 60 شخصاً، "
            "مرجّحةً أن يكون العشرات لا يزالون في عداد المفقودين.")
    check(text, "ar", "عداد المفقودين", "المنظمة الدولية")


def test_aged_is_no_audience_verb():
    # "يبلغ 23 عاماً" (aged 23) is no cue
    text = "وقال أحد الناجين، وهو شاب يبلغ 23 عاماً، إن المركب كان مكتظاً بالنساء."
    check(text, "ar", "مكتظاً", "أحد الناجين")


@pytest.mark.parametrize("text,key,speaker", [
    # a verbal noun (تحييد) right after a time adjunct starts the object; a quoted name later in
    # the object is no introducer
    ('أعلنت وزارة الدفاع، الخميس، تحييد 14 مسلحاً من تنظيم "الجبهة" في مناطق العملية شمالي البلاد.', "تحييد 14", "وزارة الدفاع"),
    # institution heads: خلية، جهاز، غرفة، فرع، بعثة
    ("وكانت الخلية قد أعلنت في وقت سابق من الشهر الجاري مقتل 9 من عناصر التنظيم.", "مقتل 9", "الخلية"),
    ("وكان جهاز الإسعاف قد أعلن نقل 17 مصاباً إلى المستشفيات.", "17 مصاباً", "جهاز الإسعاف"),
])
def test_r10_verbal_noun_objects_and_institution_heads(text, key, speaker):
    check(text, "ar", key, speaker)


@pytest.mark.parametrize("text,key,speaker", [
    # a verb inside a quotation of an earlier claim is quoted speech, not a new cue
    ('وقال منسق الحملة، سمير حداد، إن عدد المشاركين تجاوز مئة ألف، معتبراً أن "الشارع قال كلمته".', "الشارع قال كلمته", "سمير حداد"),
    # laying blame («حمّلت X Y مسؤولية مقتل ...») is a claim with its toll
    ("وحمّلت المنظمة الفصائل المسلحة مسؤولية مقتل 420 شخصاً.", "مقتل 420", "المنظمة"),
    # "نقلت الوكالة عن X إعلانه ...": the verbal noun with the speaker's pronoun introduces the content
    ("ونقلت الوكالة الرسمية عن المحافظ إعلانه حظراً للتجوال لمدة 48 ساعة.", "حظراً للتجوال", "المحافظ"),
])
def test_r10_quotes_blame_and_verbal_noun_introducers(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert not text[c.start : c.end].startswith("إعلانه")


def test_carrying_is_no_blame():
    assert claims_of("وحملت الطائرة 100 راكب إلى العاصمة.", "ar") == []


def test_arabic_accused_before_bi_is_no_speaker():
    t = ("ونفت الحركة مسؤوليتها عن الانفجار، واتهمت الشرطة بـ\"تلفيق الروايات\" التي أودت بحياة 9 أشخاص.")
    c = check(t, "ar", "تلفيق الروايات", "الحركة")
    assert "الشرطة" not in (c.source_text or "")
    # a speaker, then a quoted accused
    t2 = "واتهمت اللجنة «الفصائل المسلحة» بـ«قصف الأحياء السكنية»."
    c2 = check(t2, "ar", "قصف الأحياء", "اللجنة")
    assert "الفصائل" not in (c2.source_text or "")


def test_arabic_time_part_is_no_speaker_but_an_informed_source_is():
    t = "وكانت المنظمة قد حذرت مطلع الشهر من أن 40 ألف شخص قد ينزحون."
    c = check(t, "ar", "40 ألف", "المنظمة")
    assert "مطلع" not in (c.source_text or "")
    check("وقال مصدر مطلع إن 12 شخصاً اعتقلوا.", "ar", "12 شخصاً", "مصدر مطلع")


def test_arabic_time_phrase_before_an_object_is_no_speaker():
    t = "قالت الوزارة إن 5 قتلوا. وأعلن الجيش الأسبوع الماضي الإفراج عن 200 موقوف."
    c = check(t, "ar", "الإفراج عن 200", "الجيش")
    assert "الأسبوع" not in (c.source_text or "")
    t2 = "ولم تعلّق الوزارة على التقرير، لكنها أعلنت الأسبوع الماضي الإفراج عن 310 موقوفين."
    assert not any("الأسبوع" in (c.source_text or "") for c in claims_of(t2, "ar"))


def test_arabic_one_of_a_group_with_a_naming_aside_and_an_outlet_audience():
    t = ("وقال المتحدث باسم الشرطة إن 60 مسلحاً هاجموا القرية. "
         "لكن أحد أقارب الضحايا، ويدعى سالم يوسف، قال لرويترز إن عدد القتلى يتجاوز ثلاثين.")
    c = check(t, "ar", "عدد القتلى يتجاوز", "أحد أقارب الضحايا")
    assert "رويترز" not in (c.source_text or "")


def test_arabic_channel_published_by_an_outlet_is_no_speaker():
    t = ("وتبنت الجماعة الهجوم، وزعمت في بيان نشرته قناة الفجر التابعة لها، أنها قتلت 15 جندياً.")
    c = check(t, "ar", "قتلت 15 جندياً", "الجماعة")
    assert "قناة" not in (c.source_text or "")
