"""Arabic, session 9 round 2: the speaker phrase and the claim boundary (gold_as FINDINGS_ar "What
would generalise"). Every sentence is composed here in the styles of Levant, Gulf, Egyptian, Iraqi
and Maghreb newsrooms (both word orders, negatives); none is taken from an article or a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of


# --- 1. a participle / relative clause after the speaker ends the speaker phrase -----------------
# «وأفاد شهود تحدثوا إلى «X» بأن»: «تحدثوا» was read as the cue and «إلى «X»» as its speaker;
# «معطيات جمعتها هيئة X»: «جمعتها هيئة» was the speaker (only «نشر/أصدر» opened a relative clause).


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ("وأفاد شهود عيان تحدثوا إلى «الجزيرة نت» بأن القصف استهدف السوق وقتل 5 أشخاص.", "استهدف السوق", "شهود عيان", "الجزيرة"),
        ("وقال شهود عيان تحدثوا إلى وكالة فرانس برس إن 12 شخصاً قتلوا في الغارة.", "12 شخصاً قتلوا", "شهود عيان", "فرانس"),
        ("وذكر مسعفون تحدثوا إلى رويترز أن عدد القتلى ارتفع إلى 20.", "عدد القتلى ارتفع", "مسعفون", "رويترز"),
        ("وأكد سكان محليون تحدثوا مع «شفق نيوز» أن الطائرة المسيرة قصفت سيارة تقل 3 أشخاص.", "قصفت سيارة", "سكان محليون", "شفق"),
        ("وأوضحت مصادر طبية تحدثت إلى «اليوم السابع» أن المستشفى استقبل 9 مصابين.", "استقبل 9 مصابين", "مصادر طبية", "اليوم السابع"),
        ("أفاد ناشطون تحدثوا إلى الصحفيين بأن قوات الأمن اعتقلت 14 متظاهراً في ساحة التحرير.", "اعتقلت 14 متظاهراً", "ناشطون", "الصحفيين"),
    ],
)
def test_spoke_to_clause_ends_the_speaker(text: str, key: str, speaker: str, bad: str) -> None:
    c = check(text, "ar", key, speaker)
    assert bad not in (c.source_text or "")
    assert not c.cue.startswith("تحدث")


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ("وبحسب معطيات جمعتها هيئة شؤون الأسرى، ارتفع عدد المعتقلين في المحافظة إلى 640.", "عدد المعتقلين", "هيئة شؤون الأسرى", "جمعتها"),
        ("وحسب إحصائية أعدتها الشبكة السورية لحقوق الإنسان، قتل 112 مدنياً خلال الشهر الماضي.", "112 مدنياً", "الشبكة السورية لحقوق الإنسان", "أعدتها"),
        ("وتشير بيانات جمعتها منظمة الصحة العالمية إلى أن 14 مستشفى خرجت عن الخدمة.", "14 مستشفى", "منظمة الصحة العالمية", "جمعتها"),
        ("ووفق أرقام وثقتها المفوضية المصرية للحقوق والحريات، اختفى 27 شخصاً منذ مطلع العام.", "اختفى 27 شخصاً", "المفوضية المصرية", "وثقتها"),
        ("وبحسب حصيلة أحصتها الرابطة المغربية لحقوق الإنسان، أوقف 45 مهاجراً قرب السياج.", "أوقف 45 مهاجراً", "الرابطة المغربية لحقوق الإنسان", "أحصتها"),
        ("وطبقاً لإحصاءات رصدتها مفوضية حقوق الإنسان العراقية فإن 31 متظاهراً أصيبوا.", "31 متظاهراً", "مفوضية حقوق الإنسان", "رصدتها"),
    ],
)
def test_data_compiled_by_a_body(text: str, key: str, speaker: str, bad: str) -> None:
    c = check(text, "ar", key, speaker)
    assert bad not in (c.source_text or "")


def test_spoke_about_is_still_a_cue() -> None:
    # «تحدث ... عن»: what was spoken of is a content (the aside reading needs no «عن»)
    text = "وتحدث الوزير إلى الصحفيين عن مقتل 4 جنود في الهجوم على الثكنة."
    assert any("4 جنود" in text[c.start : c.end] for c in claims_of(text, "ar"))


# --- 2. «، لكنه/كما + cue» and «، وتوعّدت/وهدّدت» open a new claim of the same speaker ------------


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        ("وأكد والي الولاية سقوط الضحايا، لكنه قدّر عدد القتلى بنحو 35 شخصاً.", "سقوط الضحايا", "بنحو 35", "والي الولاية"),
        ("وأكد المحافظ وقوع الانفجار، لكنه نفى سقوط قتلى بين المدنيين.", "وقوع الانفجار", "سقوط قتلى", "المحافظ"),
        ("وأعلن الجيش مقتل 6 مسلحين، كما أكد اعتقال 11 آخرين.", "مقتل 6", "اعتقال 11", "الجيش"),
        ("أعلنت وزارة الداخلية ضبط 40 كيلوغراماً من المخدرات، كما أعلنت توقيف 7 مهربين.", "ضبط 40", "توقيف 7", "وزارة الداخلية"),
        ("وقال الناطق باسم الشرطة إن 3 عناصر قتلوا، لكنه أكد أن الوضع تحت السيطرة.", "3 عناصر", "الوضع تحت السيطرة", "الناطق باسم الشرطة"),
        ("وأفاد المصدر بأن 8 أشخاص قتلوا، كما أشار إلى أن 15 آخرين أصيبوا.", "8 أشخاص", "15 آخرين", "المصدر"),
        ("ونعت القيادة في بيان الجنود الخمسة، وتوعدت بملاحقة المهاجمين.", "الجنود الخمسة", "بملاحقة المهاجمين", "القيادة"),
        ("ونفت الحركة مسؤوليتها عن التفجير، وهددت بالرد على أي اعتداء.", "عن التفجير", "بالرد على", "الحركة"),
        ("وقال الجيش إن 5 جنود قتلوا في الكمين، وهدد بالرد على الهجوم.", "5 جنود", "بالرد على الهجوم", "الجيش"),
    ],
)
def test_second_cue_opens_a_new_claim(text: str, first: str, second: str, speaker: str) -> None:
    a = check(text, "ar", first, speaker)
    b = check(text, "ar", second, speaker)
    assert second not in text[a.start : a.end]
    assert first not in text[b.start : b.end]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a verb of the reported content, no introducer: still one claim
        ("وقال المتحدث إن المنظمة ترحب بالقرار، لكنها تطالب بوقف القصف.", "تطالب بوقف"),
        # a non-speech verb after «كما»
        ("وأعلنت الشرطة اعتقال 5 أشخاص، كما صادرت كميات من الأسلحة.", "صادرت"),
    ],
)
def test_no_new_claim_without_a_speech_verb(text: str, inside: str) -> None:
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and inside in text[cs[0].start : cs[0].end], [text[c.start : c.end] for c in cs]


# --- 3. «هدّد/توعّد ... بـ»: threat cues, a PP may stand between the subject and «بـ» -----------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وهددت قوات الدعم السريع، في منشور على تلغرام، بـ\"نقل المعركة إلى بورتسودان\".", "نقل المعركة", "قوات الدعم السريع"),
        ("وتوعد الحوثيون، في بيان على قناة المسيرة، بالرد على الغارات الأمريكية.", "بالرد على الغارات", "الحوثيون"),
        ("وهدد المتحدث باسم الحركة، خلال مؤتمر صحفي، بـ«استهداف كل المواقع العسكرية».", "استهداف كل المواقع", "المتحدث باسم الحركة"),
        ("وهدّد الجيش الوطني الليبي بالرد بقوة على أي هجوم يستهدف قواته.", "بالرد بقوة", "الجيش الوطني الليبي"),
        ("وتوعدت وزارة الداخلية العراقية مساء الجمعة بملاحقة منفذي الهجوم على الحاجز.", "بملاحقة منفذي", "وزارة الداخلية العراقية"),
        ("توعّد قائد الشرطة في ولاية الخرطوم بمحاسبة كل من يثبت تورطه في أعمال النهب.", "بمحاسبة كل", "قائد الشرطة"),
        ("ويتوعد حزب الله بالانتقام لمقتل قادته في الغارة.", "بالانتقام لمقتل", "حزب الله"),
    ],
)
def test_threat_cue_with_ba(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "الفيضانات تهدد آلاف المنازل في المنطقة الساحلية.",
        "ويهدد نقص الوقود حياة مئات المرضى في المستشفيات.",
        "وتهدد الأمطار الغزيرة بقطع الطرق الجبلية في المنطقة.",
    ],
)
def test_danger_is_no_threat_claim(text: str) -> None:
    assert not [c for c in claims_of(text, "ar") if c.cue.lstrip("و").startswith(("يهدد", "تهدد", "هدد"))], claims_of(text, "ar")


# --- 4. a headline label before the colon is no speaker ------------------------------------------


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("حصيلة أسبوعية: تحييد 3 إرهابيين وتوقيف 17 عنصر دعم", "حصيلة"),
        ("الحصيلة الرسمية: 15 قتيلاً في انهيار مبنى سكني بالإسكندرية", "الحصيلة"),
        ("بالأرقام: مقتل 40 شخصاً في أسبوع من المعارك جنوب طرابلس", "بالأرقام"),
        ("حصيلة جديدة: ارتفاع عدد ضحايا الفيضانات في درنة إلى 120", "حصيلة"),
        ("الأرقام الأولية: نزوح 5 آلاف عائلة من ريف إدلب", "الأرقام"),
        ("حصيلة يومية: اعتقال 22 فلسطينياً في الضفة الغربية", "حصيلة"),
    ],
)
def test_headline_label_is_no_speaker(headline: str, label: str) -> None:
    text = headline + "\nوقالت مصادر محلية إن الاشتباكات تجددت مساء الأحد في عدة أحياء."
    assert_no_speaker(text, "ar", label)
    check(text, "ar", "الاشتباكات تجددت", "مصادر محلية")


@pytest.mark.parametrize(
    ("headline", "key", "speaker"),
    [
        ("حصيلة الصحة: 34 قتيلاً في غارات على مخيم النصيرات", "34 قتيلاً", "حصيلة الصحة"),
        ("بيان الجيش: مقتل 4 مسلحين في اشتباك قرب الحدود", "مقتل 4", "بيان الجيش"),
        ("تقرير أممي: نزوح 20 ألفاً خلال أسبوع في دارفور", "نزوح 20", "تقرير أممي"),
        ("الجيش الأردني: مقتل 5 مهربين على الحدود الشمالية", "مقتل 5", "الجيش الأردني"),
    ],
)
def test_headline_with_an_owner_keeps_its_speaker(headline: str, key: str, speaker: str) -> None:
    text = headline + "\nوقالت مصادر محلية إن الاشتباكات تجددت مساء الأحد في عدة أحياء."
    check(text, "ar", key, speaker)


# --- 5. a name first, then its role in a comma apposition: the role is the speaker's --------------
# «قال اللواء X، محافظ شمال سيناء، إن ...» then «وأضاف المحافظ»: two sources (the apposition was cut
# from the speaker phrase, and «المحافظ» found it alone); «الدكتور X، مدير عام وزارة الصحة» was not
# one source with the ministry (the README: a body and its director are one source).


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        ("وقال اللواء سامح الدمرداش، محافظ شمال سيناء، إن 43 مصاباً عبروا المعبر. وأضاف المحافظ أن 65 آخرين ينتظرون.", "43 مصاباً", "65 آخرين"),
        ("وقال أحمد زعيتر، رئيس بلدية القصر، إن القصف دمر 3 منازل. وأضاف رئيس البلدية أن الأهالي نزحوا.", "3 منازل", "الأهالي نزحوا"),
        ("وقال محمد العلي، مدير المستشفى، إن 9 جثث وصلت. وأشار المدير إلى أن 20 مصاباً يتلقون العلاج.", "9 جثث", "20 مصاباً"),
        ("أكد العقيد خالد الزهراني، قائد قوات حرس الحدود في المنطقة، أن دورية ضبطت 7 متسللين. وأوضح القائد أن التحقيق جار.", "7 متسللين", "التحقيق جار"),
        ("وقال عبد الرحيم بن سالم، والي ولاية قفصة، إن 11 شخصاً أصيبوا. وتابع الوالي أن المستشفى الجهوي استقبلهم.", "11 شخصاً", "المستشفى الجهوي"),
        ("وذكر ريبوار حسن، قائممقام قضاء العمادية، أن الغارة قتلت مزارعين اثنين. وأضاف القائممقام أن الأهالي غادروا القرية.", "مزارعين اثنين", "غادروا القرية"),
    ],
)
def test_name_first_role_apposition_goes_on(text: str, first: str, later: str) -> None:
    from _claims_helpers import source_id_of

    assert source_id_of(text, "ar", first) == source_id_of(text, "ar", later)


@pytest.mark.parametrize(
    ("text", "key", "body_key"),
    [
        ("وأعلنت وزارة الصحة مقتل 40 شخصاً. وقال الدكتور منير الحلو، مدير عام الوزارة، إن 12 مصاباً في حالة حرجة.", "12 مصاباً", "مقتل 40"),
        ("وقال الدكتور منير الحلو، مدير عام وزارة الصحة، إن 1203 أشخاص قتلوا. وكانت وزارة الصحة قد أعلنت في وقت سابق مقتل 40 شخصاً.", "1203 أشخاص", "مقتل 40"),
        ("وأعلنت هيئة الإسعاف نقل 17 مصاباً. وقال أسامة الفيتوري، المتحدث باسم الهيئة، إن 3 منهم في حالة خطرة.", "3 منهم", "17 مصاباً"),
    ],
)
def test_name_first_role_of_a_body_is_the_body(text: str, key: str, body_key: str) -> None:
    from _claims_helpers import source_id_of

    assert source_id_of(text, "ar", key) == source_id_of(text, "ar", body_key)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a resident named with no role: a source of its own beside the governor
        ("وقال المحافظ إن 4 أشخاص قتلوا. وقال أحمد سالم، أحد سكان الحي، إن القصف استمر ساعتين.", "4 أشخاص", "استمر ساعتين"),
        # a role of another body: the hospital's director is not the ministry
        ("وأعلنت وزارة الصحة مقتل 40 شخصاً. وقال محمد العلي، مدير مستشفى الشفاء، إن 9 جثث وصلت.", "مقتل 40", "9 جثث"),
    ],
)
def test_other_people_stay_apart(text: str, a: str, b: str) -> None:
    from _claims_helpers import source_id_of

    assert source_id_of(text, "ar", a) != source_id_of(text, "ar", b)


# --- 6. a joint speaker of an object verb: the whole joint phrase speaks (session-9 decision) ----


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأعلن جهاز الإسعاف والطوارئ والهلال الأحمر الليبي، في بيان مشترك، انتشال 9 جثث من موقع الاشتباكات.", "انتشال 9 جثث", "جهاز الإسعاف والطوارئ والهلال الأحمر الليبي"),
        ("وأكدت وزارة الداخلية ووزارة الدفاع في بيان مشترك اعتقال 30 مشتبهاً.", "اعتقال 30", "وزارة الداخلية ووزارة الدفاع"),
        ("أعلنت وزارة الداخلية والجيش مقتل 5 مسلحين.", "مقتل 5", "وزارة الداخلية والجيش"),
        ("وأعلنت الشرطة والنيابة العامة، مساء الأحد، توقيف 4 متهمين في القضية.", "توقيف 4", "الشرطة والنيابة العامة"),
        ("أعلن الجيش العراقي والحشد الشعبي في بيان مشترك مقتل 11 عنصراً من تنظيم الدولة.", "مقتل 11", "الجيش العراقي والحشد الشعبي"),
    ],
)
def test_joint_subject_of_an_object_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text == speaker
    assert "مشترك" not in text[c.start : c.end]


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # one body whose name ends in a coordinated word, and verbs whose object starts with و
        ("أعلنت وزارة الصحة والسكان وفاة 4 أشخاص في الحادث.", "وفاة 4", "وزارة الصحة والسكان"),
        ("وأعلن الجيش وقف العمليات العسكرية في المنطقة لمدة 48 ساعة.", "وقف العمليات", "الجيش"),
        ("وأكدت الوزارة وفاة 3 أطفال بسبب البرد.", "وفاة 3", "الوزارة"),
    ],
)
def test_no_joint_without_a_second_body(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text == speaker


# --- 7. «أي» opens the object: the noun phrase before the verb denies (headlines and SVO) --------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("الأمن يعلن توقيف 12 مشتبهاً.. وعائلات الموقوفين تنفي أي صلة لهم بالهجوم\nوقال مصدر أمني إن التحقيقات مستمرة.", "صلة لهم", "عائلات الموقوفين"),
        ("عائلات الضحايا تنفي أي صلة لأبنائها بالتنظيم\nوقالت مصادر محلية إن الجنازات أقيمت مساء الأحد.", "لأبنائها بالتنظيم", "عائلات الضحايا"),
        ("المعارضة تنفي أي علاقة لها بالاحتجاجات.", "علاقة لها", "المعارضة"),
        ("وذوو المعتقلين ينفون أي تورط لأبنائهم في أعمال العنف.", "تورط لأبنائهم", "ذوو المعتقلين"),
        ("ونفت عائلات الموقوفين أي صلة لأبنائها بالهجوم.", "صلة لأبنائها", "عائلات الموقوفين"),
    ],
)
def test_any_opens_the_object_svo(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert not (c.source_text or "").startswith(("أي", "وأي"))


# --- 8. «تقريراً يوثق X»: the verb describes the document; X is its object, never a speaker ------


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ("وأصدرت منظمة العفو الدولية تقريراً يوثق الغارات على المستشفيات، وقالت إن 30 مدنياً قتلوا.", "30 مدنياً", "منظمة العفو الدولية", "الغارات"),
        ("ونشرت هيومن رايتس ووتش تقريراً يوثق الانتهاكات في السجون، وقالت فيه إن 17 معتقلاً توفوا.", "17 معتقلاً", "هيومن رايتس ووتش", "الانتهاكات"),
        ("ونشرت المنظمة بياناً يتهم الجيش بقتل 12 مدنياً.", "بقتل 12", "المنظمة", "الجيش"),
        ("وأصدرت اللجنة الوطنية لحقوق الإنسان تقريرا يوثق الاعتقالات التعسفية، مؤكدة أن 45 شخصاً ما زالوا محتجزين.", "45 شخصاً", "اللجنة الوطنية لحقوق الإنسان", "الاعتقالات"),
        ("أصدرت الشبكة السورية لحقوق الإنسان تقريراً يؤكد أن 30 مدنياً قتلوا في الغارات.", "30 مدنياً", "الشبكة السورية", "الغارات"),
    ],
)
def test_document_clause_verb(text: str, key: str, speaker: str, bad: str) -> None:
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", bad)


# --- 9. «بعد إعلان X + object»: the verbal noun after "after/since" reports X's statement ---------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ويأتي ذلك بعد أسابيع من إعلان المديرية العامة للأمن الوطني إحباط 42 محاولة للهجرة غير النظامية.", "إحباط 42", "المديرية العامة للأمن الوطني"),
        ("وجاء ذلك بعد إعلان وزارة الصحة ارتفاع عدد القتلى إلى 40.", "عدد القتلى إلى 40", "وزارة الصحة"),
        ("وذلك عقب إعلان الجيش مقتل 5 من جنوده في كمين قرب الحدود.", "مقتل 5", "الجيش"),
        ("وتأتي الغارات إثر إعلان الحوثيين استهداف سفينتين في البحر الأحمر.", "استهداف سفينتين", "الحوثيين"),
        ("وتصاعد التوتر منذ إعلان قوات الدعم السريع السيطرة على المدينة.", "السيطرة على المدينة", "قوات الدعم السريع"),
    ],
)
def test_announcement_after_a_preposition(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "وجاء ذلك بعد إعلان حالة الطوارئ في المدينة.",
        "ويأتي إعلان الحكومة حالة الطوارئ بعد الفيضانات.",
        "وتحدثت الوزارة في إعلان مشترك مع المنظمة عن خطة جديدة للإغاثة.",
        "ونشرت الصحيفة إعلاناً عن وظائف جديدة في الوزارة.",
    ],
)
def test_announcement_noun_is_no_cue(text: str) -> None:
    assert not [c for c in claims_of(text, "ar") if "إعلان" in c.cue], claims_of(text, "ar")


def test_said_in_an_announcement_keeps_its_claim() -> None:
    text = "وقالت شركة الخطوط الجوية السودانية في إعلان لمسافريها إن ثماني رحلات ألغيت حتى الآن."
    check(text, "ar", "ثماني رحلات", "شركة الخطوط الجوية السودانية")


@pytest.mark.parametrize(
    ("text", "key", "speaker", "party"),
    [
        # the threatened party between the speaker and «بـ» is content, not part of the speaker
        ("وتوعد الحوثيون الولايات المتحدة بالرد على الغارات.", "بالرد على الغارات", "الحوثيون", "الولايات المتحدة"),
        ("يتوعد قائد الجيش اللبناني المهربين بالملاحقة، قائلاً إن الحدود لن تبقى مفتوحة.", "بالملاحقة", "قائد الجيش اللبناني", "المهربين"),
        ("وهدد الجيش الوطني الليبي الجماعات المسلحة بالرد الحاسم.", "بالرد الحاسم", "الجيش الوطني الليبي", "الجماعات المسلحة"),
    ],
)
def test_threatened_party_is_no_speaker(text: str, key: str, speaker: str, party: str) -> None:
    c = check(text, "ar", key, speaker)
    assert party not in (c.source_text or "")
