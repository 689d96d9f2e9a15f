"""Arabic LONG wire compilations: classes the blind set gold_ay revealed (session 14).

A breadth audit: sentences composed for the test (never article text), several styles per
construction, positives and negatives. Classes fixed (tests/gold_ay/FINDINGS_long.md):

1. An adverb or a time noun between the cue verb and its subject, or after the subject, was read
   as the speaker or glued to it: «وأشار التقرير كذلك إلى» (speaker «كذلك»), «وقالت الوزارة كذلك
   إن» («الوزارة كذلك»), «وكانت دائرة صحة ذي قار قد أعلنت ليل الأحد» (speaker «ليل»), «مجدداً».
2. «بحسب/حسب» after a verb or participle of sorting («توزعت الحصيلة بحسب الجهة المسؤولة على
   النحو الآتي: ...»، «موزعون حسب المحافظات») is "by" (a table's key), not "according to": the
   key became the speaker of the rest of the paragraph.
3. A statement with its owner right before a verb that has no subject after it («بثّ التلفزيون
   بياناً لقيادة أركان الجيش أشار إلى "..."»): the owner speaks, not the broadcaster (and
   «أشار إلى» + a quotation is content, «إلى» was the speaker).
4. Ranked tables written as prose: «جاءت حلب أولاً بـ38 ضحية، تلتها درعا (31)، ثم حمص (29)
   ودير الزور (22)»: the bare numbers in parentheses and the item joined by «و» are counts of
   the same kind.
5. Figure categories: an epidemiological report («تقريرها الوبائي»), children who suffer
   malnutrition («يعانون سوء التغذية») and suspected cases («إصابة مشتبهة») are disease cases
   (`other`), not wounded; mines and shells removed or
   defused («انتزعت 1,146 لغماً وعبوة وقذيفة») are things (`other`); fighters captured («أسر 14
   من المهاجمين») are `detained`; the participle «المحيَّدين» is neutralised (`killed`); «يضم»
   takes the category of the count before only as its members («120 عائلة تضم 620 فرداً»), not
   a prison's population after another count («... إصابة 17 شخصاً، مشيراً إلى أن السجن يضم 9
   آلاف نزيل» was wounded).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, source_id_of
from newsclaims.extract.figures import find_figures

# --- 1. adverbs and time nouns around the speaker -------------------------------------------

ADVERB_SPEAKERS = [
    ("وقالت الوزارة إن 12 شخصاً قتلوا. وقالت الوزارة كذلك إن 30 أصيبوا.", "30 أصيبوا", "الوزارة"),
    ("وذكر المرصد كذلك أن 30 مدنياً أصيبوا في القصف.", "30 مدنياً", "المرصد"),
    ("وأكد الجيش كذلك مقتل 5 مسلحين في الاشتباكات.", "5 مسلحين", "الجيش"),
    ("وأعلنت الشرطة كذلك اعتقال 7 مشتبه بهم.", "7 مشتبه", "الشرطة"),
    ("وقالت منظمة الصحة العالمية مجدداً إن 9 مستشفيات خرجت عن الخدمة.", "9 مستشفيات", "منظمة الصحة العالمية"),
    ("وحذرت الأمم المتحدة مجدداً من أن مليوني شخص يواجهون الجوع.", "مليوني شخص", "الأمم المتحدة"),
    ("وكانت دائرة صحة ذي قار قد أعلنت ليل الأحد استقبال 18 مصاباً.", "18 مصاباً", "دائرة صحة ذي قار"),
    ("وأعلنت وزارة الصحة ليل السبت مقتل 18 شخصاً.", "18 شخصاً", "وزارة الصحة"),
    ("وأعلن الدفاع المدني فجر الاثنين انتشال 7 جثث.", "7 جثث", "الدفاع المدني"),
    ("وقالت مصادر طبية فجر اليوم إن 4 أشخاص قتلوا.", "4 أشخاص", "مصادر طبية"),
    ("وأفاد الهلال الأحمر ظهر الخميس بإصابة 11 شخصاً.", "11 شخصاً", "الهلال الأحمر"),
    ("وقال محافظ المدينة عصر الجمعة إن 3 منازل انهارت.", "3 منازل", "محافظ المدينة"),
    ("وأكدت بلدية غزة ظهيرة الأحد أن 40 عائلة نزحت.", "40 عائلة", "بلدية غزة"),
    ("وكانت مديرية الصحة في نينوى قد أكدت ليل الجمعة وفاة 6 أشخاص.", "6 أشخاص", "مديرية الصحة"),
    ("وقال مصدر أمني ليل الأربعاء إن مسلحين قتلوا جنديين.", "جنديين", "مصدر أمني"),
    ("وثقت الشبكة مقتل 20 مدنياً. وأشار التقرير كذلك إلى 14 هجوماً على منشآت مدنية.", "14 هجوماً", "الشبكة"),
]


@pytest.mark.parametrize("text,key,speaker", ADVERB_SPEAKERS)
def test_adverb_or_time_noun_is_no_speaker(text, key, speaker):
    check(text, "ar", key, speaker)
    for bad in ("كذلك", "مجدد", "ليل", "فجر", "ظهر", "عصر"):
        if bad not in speaker:
            assert_no_speaker(text, "ar", bad)


# --- 2. «بحسب» of sorting is no cue -----------------------------------------------------------

SORTED_BY = [
    ("وأوضحت الشبكة أن الحصيلة توزعت بحسب الجهة المسؤولة على النحو الآتي: 23 على يد قوات الحكومة، و17 على يد جهات أخرى.",
     "23 على يد", "الشبكة", "الجهة"),
    ("وقالت المفوضية إن اللاجئين موزعون حسب المحافظات: 40 ألفاً في حلب و30 ألفاً في إدلب.", "40 ألفاً", "المفوضية", "المحافظات"),
    ("وذكر المرصد أن القتلى مقسمون بحسب الفئة العمرية إلى 20 طفلاً و30 بالغاً.", "20 طفلاً", "المرصد", "الفئة"),
    ("وأفادت المنظمة بأن الإصابات تتوزع حسب الولايات على النحو التالي: 300 في الخرطوم و200 في كسلا.", "300 في الخرطوم", "المنظمة", "الولايات"),
    ("وبيّن التقرير أن الضحايا صنفت حسب الجنس: 40 رجلاً و12 امرأة.", "40 رجلاً", "التقرير", "الجنس"),
]


@pytest.mark.parametrize("text,key,speaker,bad", SORTED_BY)
def test_sorted_by_is_no_speaker(text, key, speaker, bad):
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", bad)


ACCORDING_TO = [  # «بحسب/حسب/وفق» after anything else still names the speaker
    ("وبحسب الأمم المتحدة، نزح 40 ألف شخص من المدينة.", "40 ألف", "الأمم المتحدة"),
    ("وقتل 12 شخصاً في القصف، بحسب مصادر طبية.", "12 شخصاً", "مصادر طبية"),
    ("ونزح أكثر من 3 آلاف شخص حسب المنظمة الدولية للهجرة.", "3 آلاف", "المنظمة الدولية للهجرة"),
    ("وارتفعت الحصيلة إلى 40 قتيلاً بحسب وزارة الصحة.", "40 قتيلاً", "وزارة الصحة"),
]


@pytest.mark.parametrize("text,key,speaker", ACCORDING_TO)
def test_according_to_still_names_speaker(text, key, speaker):
    check(text, "ar", key, speaker)


# --- 3. an owned statement as the verb's subject --------------------------------------------

STATEMENT_OWNERS = [
    ("وبث التلفزيون الرسمي مساء الأحد بياناً لقيادة أركان الجيش أشار إلى \"هجوم إرهابي معقد\".", "هجوم إرهابي", "قيادة أركان الجيش",
     "التلفزيون"),
    ("ونشرت الوكالة بياناً لوزارة الدفاع أكد أن 12 مسلحاً قتلوا.", "12 مسلحاً", "وزارة الدفاع", "الوكالة"),
    ("وأذاعت القناة بياناً للشرطة قال إن 3 أشخاص اعتقلوا.", "3 أشخاص", "الشرطة", "القناة"),
    ("ونشر الموقع تقريراً لمنظمة العفو الدولية أكد أن 40 معتقلاً تعرضوا للتعذيب.", "40 معتقلاً", "منظمة العفو الدولية", "الموقع"),
    ("وتلا المذيع بياناً للجيش أشار إلى مقتل 9 مسلحين.", "9 مسلحين", "الجيش", "المذيع"),
    ("وبث التلفزيون بياناً للجيش قال فيه إن 12 مسلحاً قتلوا.", "12 مسلحاً", "الجيش", "التلفزيون"),
]


@pytest.mark.parametrize("text,key,speaker,bad", STATEMENT_OWNERS)
def test_statement_owner_speaks(text, key, speaker, bad):
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", bad)
    assert_no_speaker(text, "ar", "إلى")


STATEMENT_SUBJECTS_KEPT = [  # the issuer before the statement still speaks
    ("وأصدرت الوزارة بياناً أكدت فيه أن 12 شخصاً قتلوا.", "12 شخصاً", "الوزارة"),
    ("وأصدر الجيش بياناً قال فيه إن 12 مسلحاً قتلوا.", "12 مسلحاً", "الجيش"),
    ("ونشر الجيش بياناً يؤكد مقتل 12 مسلحاً.", "12 مسلحاً", "الجيش"),
    ("وقالت وزارة الصحة في بيان إن 7 أشخاص قتلوا.", "7 أشخاص", "وزارة الصحة"),
]


STATEMENT_ADDRESSEES = [  # a document sent or handed «لـ» someone: the sender speaks
    ("وسلمت الوزارة تقريراً للأمم المتحدة أكدت فيه أن 12 شخصاً قتلوا.", "12 شخصاً", "الوزارة", "الأمم المتحدة"),
    ("وأرسلت الوزارة تقريراً للجنة أشارت فيه إلى مقتل 12 شخصاً.", "12 شخصاً", "الوزارة", "لجنة"),
    ("ووجهت الوزارة رسالة للأمم المتحدة أكدت أن 12 شخصاً قتلوا.", "12 شخصاً", "الوزارة", "الأمم المتحدة"),
    ("وقدم الجيش تقريراً للبرلمان قال فيه إن 30 جندياً قتلوا.", "30 جندياً", "الجيش", "البرلمان"),
]


@pytest.mark.parametrize("text,key,speaker,bad", STATEMENT_ADDRESSEES)
def test_statement_addressee_is_no_speaker(text, key, speaker, bad):
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", bad)


@pytest.mark.parametrize("text,key,speaker", STATEMENT_SUBJECTS_KEPT)
def test_statement_issuer_kept(text, key, speaker):
    check(text, "ar", key, speaker)


# --- 4 and 5. figures ------------------------------------------------------------------------


def _figs(sentence):
    return [(sentence[f.number.start:f.number.end], f.category) for f in find_figures(sentence, "ar")]


FIGURES = [
    # ranked tables in prose
    ("وقالت الشبكة إن حلب جاءت أولاً بـ38 ضحية، تلتها درعا (31)، ثم حمص (29) ودير الزور (22).",
     [("بـ38", "killed"), ("31", "killed"), ("29", "killed"), ("22", "killed")]),
    ("وقالت الشبكة إن حلب جاءت أولاً بـ38 ضحية، تلتها درعا (31)، ثم حمص (29)، ودير الزور (22).",
     [("بـ38", "killed"), ("31", "killed"), ("29", "killed"), ("22", "killed")]),
    ("وذكر التقرير أن حلب تصدرت بـ38 ضحية، تلتها درعا بـ31، ثم حمص بـ29 ودير الزور بـ22.",
     [("بـ38", "killed"), ("بـ31", "killed"), ("بـ29", "killed"), ("بـ22", "killed")]),
    ("وقالت المنظمة إن محافظة إدلب جاءت أولاً باعتقال 40 شخصاً، تلتها حلب (25) ثم حماة (12).",
     [("40", "detained"), ("25", "detained"), ("12", "detained")]),
    # numbers in parentheses that are no ranked counts
    ("وقال المرصد إن 12 شخصاً قتلوا في حلب (شمال) ودمشق (2011).", [("12", "killed")]),
    # disease cases and malnutrition
    ("وقالت الوزارة في تقريرها الوبائي إن العدد التراكمي للإصابات بلغ 38 ألفاً و614 إصابة.", [("38 ألفاً و614", "other")]),
    ("وقال المدير إن المستشفى سجل خلال عشرة أيام 212 إصابة مشتبهة وست وفيات.", [("212", "other"), ("وست", "killed")]),
    ("وقال المدير إن المستشفى سجل 212 إصابة مشتبهاً بها.", [("212", "other")]),
    ("وقالت المنظمة إن مراكزها استقبلت خلال أسبوعين 1870 طفلاً يعانون سوء التغذية الحاد.", [("1870", "other")]),
    ("وقال الطبيب إن المستشفى استقبل 40 طفلاً يعانون من سوء تغذية حاد.", [("40", "other")]),
    ("وقال الطبيب إن المستشفى استقبل 40 طفلاً مصابين بسوء تغذية حاد.", [("40", "other")]),
    # malnutrition beside wounds is no disease context (gold_v)
    ("وقال الطبيب إن ثمانية وعشرين من المحررين يتلقون العلاج من سوء التغذية وجروح ناجمة عن التعذيب.",
     [("ثمانية وعشرين", "wounded")]),
    ("وقال المدير إن القصف خلف 212 إصابة بين المدنيين.", [("212", "wounded")]),
    ("وقالت الوزارة إن المستشفى استقبل 30 جريحاً جراء القصف.", [("30", "wounded")]),
    # facilities "shelled" stay `other` (gold_b, gold_ac; gold_ay's `strikes` call is left to the lead)
    ("وقال الفريق إن 23 منشأة مدنية تعرضت للقصف خلال الفترة نفسها.", [("23", "other")]),
    ("وقالت الوزارة إن 12 مدنياً قتلوا في قرية تعرضت للقصف.", [("12", "killed")]),
    ("وقال المرصد إن 40 شخصاً تعرضوا للقصف أثناء فرارهم من البلدة.", [("40", "displaced")]),
    # mines and explosives removed
    ("وذكر المشروع أن فرقه انتزعت 1,146 لغماً وعبوة ناسفة وقذيفة غير منفجرة.", [("1,146", "other")]),
    ("وقال الجيش إن فرق الهندسة أبطلت 12 عبوة ناسفة.", [("12", "other")]),
    ("وقال الفريق إنه نزع 300 لغم أرضي من الحقول.", [("300", "other")]),
    ("وقال الجيش إن المسلحين أطلقوا 40 قذيفة على البلدة.", [("40", "strikes")]),
    ("وقالت الوزارة إن الألغام قتلت 12 طفلاً.", [("12", "killed")]),
    # fighters captured
    ("وقال الجهاز إنه أسر 14 من المهاجمين.", [("14", "detained")]),
    ("وقال الجهاز إنه أسر 14 مهاجماً.", [("14", "detained")]),
    ("وقالت الحركة إنها أسرت 5 مقاتلين.", [("5", "detained")]),
    ("وقال الجيش إنه قتل 14 من المهاجمين.", [("14", "killed")]),
    ("وقال إن 200 مهاجم شاركوا في الهجوم.", [("200", "other")]),
    # neutralised
    ("وأضاف أن عدد الإرهابيين المحيَّدين منذ مطلع العام بلغ 1147 إرهابياً.", [("1147", "killed")]),
    ("وقال إن عدد المحيدين ارتفع إلى 300.", [("300", "killed")]),
    ("وقال إن القوات حيدت 40 إرهابياً.", [("40", "killed")]),
    # «يضم»: the members of the count just before only
    ("وقال المدير إن الفريق وثق إصابة 17 شخصاً بحالات اختناق، مشيراً إلى أن السجن يضم أكثر من 9 آلاف نزيل.",
     [("17", "wounded")]),
    ("وقالت الوزارة إن القصف أدى إلى تهجير 120 عائلة تضم 620 فرداً.", [("120", "displaced"), ("620", "displaced")]),
    ("وقالت الوزارة إن 120 عائلة نازحة تضم 620 فرداً وصلت إلى المخيم.", [("120", "displaced"), ("620", "displaced")]),
    ("وقال إن السجن يضم 9 آلاف سجين.", [("9 آلاف", "detained")]),
    ("وأوضحت المفوضية أن عدد اللاجئين المسجلين تجاوز 620 ألفاً، لافتة إلى أن قوائم الانتظار تضم نحو 180 ألف شخص آخرين.",
     [("تجاوز 620 ألفاً", "displaced"), ("نحو 180 ألف", "displaced")]),
    # a decimal comma before degrees (AFP Arabic): a magnitude or a temperature, no count
    ("قُتل أكثر من 800 شخص وأصيب نحو 2800 آخرين في زلزال بقوة 6,1 درجات ضرب ليل الأحد الولاية.",
     [("أكثر من 800", "killed"), ("نحو 2800", "wounded")]),
    ("وأصيب 2800 شخص في زلزال بقوة 6،1 درجات.", [("2800", "wounded")]),
    ("وقالت الحكومة إن زلزالاً بلغت قوته 5,8 درجات على مقياس ريختر أصاب 40 شخصاً.", [("40", "wounded")]),
    ("وقالت الأرصاد إن الحرارة بلغت 45,5 درجة مئوية، وإن 12 شخصاً توفوا.", [("12", "killed")]),
    ("وقالت الوزارة إن 1,873 شخصاً قتلوا.", [("1,873", "killed")]),
    ("وقالت الأمم المتحدة إن 2,1 مليون شخص نزحوا.", [("2,1 مليون", "displaced")]),
    # camps the displaced are spread over are places (the singular after 11 and more)
    ("وتستضيف المحافظة أكثر من مليوني نازح يتوزعون على نحو 200 مخيم.", [("أكثر من مليوني", "displaced")]),
    ("وقالت الوحدة إن 300 نازح يقيمون في مخيم واحد.", [("300", "displaced")]),
    ("وقالت الوحدة إن النيران التهمت 12 مخيماً.", [("12", "other")]),
]


@pytest.mark.parametrize("sentence,want", FIGURES)
def test_figures(sentence, want):
    assert _figs(sentence) == want


# --- 6. sources: a two-word outlet as the audience, a state's ministry ----------------------

AUDIENCE_OUTLETS = [
    ("وقال الضابط في الشرطة عبد القادر فارح حسن لفرانس برس إن 19 شخصاً قتلوا.", "19 شخصاً", "عبد القادر فارح حسن"),
    ("وقال الضابط في الشرطة عبد القادر فارح حسن لفرانس برس \"قتل 19 شخصاً\".", "19 شخصاً", "عبد القادر فارح حسن"),
    ("وقال مدير المستشفى أحمد علي لفرانس برس إن 12 جريحاً وصلوا.", "12 جريحاً", "أحمد علي"),
    ("وقال المتحدث باسم الشرطة لرويترز إن 5 أشخاص اعتقلوا.", "5 أشخاص", "المتحدث باسم الشرطة"),
]


@pytest.mark.parametrize("text,key,speaker", AUDIENCE_OUTLETS)
def test_outlet_audience_is_cut(text, key, speaker):
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", "برس")
    assert_no_speaker(text, "ar", "رويترز")


REGIONAL_MINISTRIES = [
    # (text, key of the national ministry's claim, key of the regional official's claim)
    ("أعلنت وزارة الصحة الاتحادية تسجيل 41 وفاة بالكوليرا. وقال وزير الصحة بولاية الخرطوم، الدكتور معتصم الأمين، "
     "إن الوزارة افتتحت 12 مركزاً للعزل.", "41 وفاة", "12 مركزاً"),
    ("أعلنت وزارة الصحة الاتحادية تسجيل 41 وفاة بالكوليرا. وقال مدير عام وزارة الصحة بولاية النيل الأبيض إن "
     "المستشفى سجل 212 إصابة مشتبهة.", "41 وفاة", "212 إصابة"),
    ("أعلنت وزارة الصحة الاتحادية تسجيل 41 وفاة. وقال مدير عام وزارة الصحة بالولاية، الطيب عثمان، إن المستشفى سجل 6 وفيات.",
     "41 وفاة", "6 وفيات"),
    ("أعلنت وزارة الصحة تسجيل 41 وفاة. وقال وزير الصحة بمحافظة البصرة إن 6 أشخاص توفوا.", "41 وفاة", "6 أشخاص"),
]


@pytest.mark.parametrize("text,national,regional", REGIONAL_MINISTRIES)
def test_regional_ministry_is_its_own_source(text, national, regional):
    assert source_id_of(text, "ar", national) != source_id_of(text, "ar", regional)


SAME_MINISTRY = [  # the nation's minister and director-general stay the ministry
    ("أعلنت وزارة الصحة تسجيل 41 وفاة. وقال وزير الصحة إن 6 مستشفيات خرجت عن الخدمة.", "41 وفاة", "6 مستشفيات"),
    ("أعلنت وزارة الصحة تسجيل 41 وفاة. وقال مدير عام وزارة الصحة إن 6 مستشفيات خرجت عن الخدمة.", "41 وفاة", "6 مستشفيات"),
]


@pytest.mark.parametrize("text,first,second", SAME_MINISTRY)
def test_national_minister_is_the_ministry(text, first, second):
    assert source_id_of(text, "ar", first) == source_id_of(text, "ar", second)
