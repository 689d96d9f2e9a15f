"""Arabic relays through an outlet, topics answered by ف, findings relayed by a closing «وفق»,
second-half headline speakers and Libyan mayors (composed sentences, gold_s/gold_t styles)."""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of, names
from newsclaims.extract.folding import fold_term


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # an outlet with its acronym in parentheses relays the official after «عن»
        ("قُتل ثمانية مدنيين في قصف على سوق شعبي، بحسب ما نقلت وكالة الأنباء الوطنية (ونا) عن مدير مستشفى المدينة.",
         "ثمانية مدنيين", "مدير مستشفى المدينة"),
        ("أصيب عشرون شخصاً في انفجار عبوة، وفق ما نقلت إذاعة الشرق (راش) عن مصدر أمني في المحافظة.",
         "عشرون شخصاً", "مصدر أمني"),
        # «حسب ما أوردته وكالة X "Y" نقلاً عن Z»: the outlet relays Z
        ('وصل نحو مئتي مهاجر إلى الجزيرة، حسب ما أوردته وكالة الأنباء الإيطالية "آكي" نقلاً عن مكتب المحافظ في الإقليم.',
         "مئتي مهاجر", "مكتب المحافظ"),
        ("غرق قاربان قبالة الساحل، بحسب ما ذكرته صحيفة المساء نقلاً عن خفر السواحل.",
         "غرق قاربان", "خفر السواحل"),
    ],
)
def test_outlet_relays_the_body_after_it(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "وكالة" not in c.source.name and "إذاعة" not in c.source.name and "صحيفة" not in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أعلنت الشرطة توقيف ثلاثة أشخاص. أما الهيئة العليا للانتخابات فدعت إلى «التهدئة واحترام النتائج» في كل الدوائر.",
         "التهدئة واحترام", "الهيئة العليا للانتخابات"),
        ("أما نقابة المحامين فطالبت بـ«تحقيق مستقل وشفاف» في ظروف الوفاة.",
         "تحقيق مستقل", "نقابة المحامين"),
        ("وأما وزير الخارجية فقال إن «الحوار هو السبيل الوحيد» للخروج من الأزمة.",
         "الحوار هو السبيل", "وزير الخارجية"),
    ],
)
def test_topic_after_amma_speaks_through_the_fa_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert fold_term("إلى") not in fold_term(c.source.name).split()


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قال مصدر أمني إن سائق الشاحنة فر من المكان. وأفادت تحريات أولية بأن عطلاً في المكابح تسبب في الحادث، وفق المصدر ذاته.",
         "عطلاً في المكابح", "مصدر أمني"),
        ("أعلنت النيابة العامة فتح تحقيق. وأظهرت المعاينة أن الحريق اندلع من المطبخ، بحسب النيابة العامة.",
         "الحريق اندلع من المطبخ", "النيابة العامة"),
    ],
)
def test_findings_speak_for_the_source_closing_the_sentence(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "تحريات" not in names(c) and "المعاينه" not in names(c)


def test_a_body_saying_something_keeps_it_when_an_outlet_closes_the_sentence() -> None:
    # a speaker noun (not findings) keeps its claim: the closing «بحسب» is a relaying outlet
    text = "وقالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى خمسين، بحسب وكالة الأنباء الرسمية."
    check(text, "ar", "ارتفعت إلى خمسين", "وزارة الصحة")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("انهيار مبنى في الحي القديم.. ووزير الإسكان: إخلاء 40 عائلة من المباني المجاورة\n\nتابعت فرق الدفاع المدني العمل طوال الليل.",
         "إخلاء 40 عائلة", "وزير الإسكان"),
        ("أمطار غزيرة تغرق الشوارع.. ومدير الدفاع المدني: إنقاذ 25 شخصاً من السيول\n\nتواصلت الأمطار لليوم الثالث.",
         "إنقاذ 25 شخصاً", "مدير الدفاع المدني"),
    ],
)
def test_second_headline_half_with_a_conjoined_title_speaker(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text == speaker  # without the conjunction و


def test_a_word_starting_with_waw_is_not_split_in_a_second_headline_half() -> None:
    text = "اشتباكات في الضواحي.. وزارة الداخلية: توقيف 12 مشتبهاً\n\nعاد الهدوء إلى الأحياء."
    c = check(text, "ar", "توقيف 12", "وزارة الداخلية")
    assert c.source_text == "وزارة الداخلية"


def test_mayor_titled_amid_with_apposed_name_is_one_speaker() -> None:
    # «عميد بلدية X، NAME،» (a Libyan mayor) keeps the apposed name: «وأضاف NAME» is the same source
    text = ("قال عميد بلدية غات، سالم الطاهر، في تصريح صحفي، إن السيول جرفت عشرات المنازل. "
            "وأضاف الطاهر أن فرق الإنقاذ انتشلت جثتي طفلين.")
    cs = claims_of(text, "ar")
    first = claim_with(cs, text, "جرفت عشرات المنازل")
    second = claim_with(cs, text, "انتشلت جثتي")
    assert "سالم الطاهر" in (first.source_text or "")
    assert first.source.source_id == second.source.source_id


def test_mayor_title_heads_a_headline_speaker() -> None:
    text = "عميد بلدية سبها: وصول أكثر من ألف نازح خلال أسبوع\n\nسبها – وكالات\n\nتواصل وصول العائلات إلى المدينة."
    check(text, "ar", "ألف نازح", "عميد بلدية سبها")


def test_comma_then_said_with_its_own_inna_is_a_new_claim_of_the_speaker() -> None:
    # «..., قالت إنه ...»: a subjectless speech verb after a comma, with its own «إن»
    text = "وحمّلت الشرطة المسؤولية لعصابة محلية، قالت إنها نفذت سبع عمليات سطو منذ الصيف."
    cs = claims_of(text, "ar")
    a = claim_with(cs, text, "لعصابة محلية")
    b = claim_with(cs, text, "نفذت سبع عمليات")
    assert a is not b and a.source.source_id == b.source.source_id
    assert fold_term("الشرطة") in names(b)
    assert "المسؤولية" not in (a.source_text or "")


def test_comma_then_plural_verb_with_anna_stays_inside_the_claim() -> None:
    # «أغلب السكان، أكدوا أن ...» inside content: the comma parts a subject from its verb
    text = "قال مسؤول محلي إن عائلات كثيرة، أكدت أن المياه دخلت منازلها، ونزحت إلى المدارس."
    assert len(claims_of(text, "ar")) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "key"),
    [
        ('ووصف المتحدث باسم الجيش العقيد سامر نادر البيان بأنه "مضلل"، مؤكداً أن القوات لم تقصف الحي.',
         "المتحدث باسم الجيش", "البيان بأنه"),
        ("ووصفت المنظمة الهجوم بأنه جريمة حرب مكتملة الأركان.", "المنظمة", "الهجوم بأنه"),
    ],
)
def test_what_is_described_opens_the_content_of_wasafa(text: str, speaker: str, key: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "البيان" not in (c.source_text or "") and "الهجوم" not in (c.source_text or "")


def test_wasafa_after_a_construct_title_keeps_the_title_whole() -> None:
    text = 'ووصف وزير الخارجية بأن ما جرى "مجزرة مروعة" بحق المدنيين.'
    check(text, "ar", "مجزرة مروعة", "وزير الخارجية")


def test_the_responsibility_laid_on_someone_is_not_part_of_the_speaker() -> None:
    text = "حمّل الجيش المسؤولية للمتمردين عن مقتل عشرة مدنيين في القرية."
    c = check(text, "ar", "عشرة مدنيين", "الجيش")
    assert c.source_text == "الجيش"


def test_an_estimate_with_a_drowning_object_after_the_day() -> None:
    text = "رجّحت المنظمة الدولية للهجرة الجمعة غرق ثلاثين مهاجراً قبالة السواحل الليبية."
    c = check(text, "ar", "ثلاثين مهاجراً", "المنظمة الدولية للهجرة")
    assert not text[c.start : c.end].startswith("الجمعة")


def test_denied_any_role_has_an_implied_speaker() -> None:
    text = "وقال الرئيس إن الحكومة ستحقق في الحادث، ونفى أي علاقة للجيش بالهجوم."
    c = check(text, "ar", "علاقة للجيش", "الرئيس")
    assert "أي" not in (c.source_text or "").split()


def test_findings_concluded_by_a_commission() -> None:
    text = "وخلصت لجنة التحقيق، وهي هيئة مستقلة، في تقرير نشرته الأحد إلى أن اثني عشر مدنياً قتلوا في القصف."
    check(text, "ar", "اثني عشر مدنياً", "لجنة التحقيق")


def test_a_channel_video_is_not_part_of_the_speaker() -> None:
    text = "وأوضح مدير الدفاع المدني سمير عواد في مقطع مصور نشره على فيسبوك أن فرقه انتشلت سبع جثث."
    c = check(text, "ar", "سبع جثث", "مدير الدفاع المدني سمير عواد")
    assert "مقطع" not in (c.source_text or "")


@pytest.mark.parametrize("name", ["خوسيه لويس ماركيز", "ليلى حسن الشامي", "لوسيا مارتينيز"])
def test_given_names_starting_with_lam_are_not_an_audience(name: str) -> None:
    text = f"وقال {name}، وهو شاهد عيان، إن المسلحين أطلقوا النار على عشرين شخصاً."
    c = check(text, "ar", "أطلقوا النار", name)
    assert c.source_text == name


def test_an_audience_with_lam_is_still_cut() -> None:
    text = "وقال مسؤول لوكالة فرانس برس إن خمسين شخصاً قتلوا."
    c = check(text, "ar", "خمسين شخصاً", "مسؤول")
    assert c.source_text == "مسؤول"


def test_a_negated_verb_pointing_back_is_no_claim() -> None:
    text = "وقال الناجون إن أكثر من مئة شخص كانوا على متن القارب. ولم تؤكد السلطات هذا الرقم."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and "السلطات" not in names(cs[0])


def test_a_denial_pointing_back_stays_a_claim() -> None:
    text = "ونفت الحركة هذه الاتهامات جملة وتفصيلاً."
    check(text, "ar", "هذه الاتهامات", "الحركة")


def test_live_blog_entries_with_an_arabic_gmt_stamp_and_a_surname() -> None:
    text = ("مباشر: هجوم على مركز تجاري\n\n"
            "٠٩:١٠ ت.غ - قائد الشرطة المحلية سالم عبدي نور يعلن مقتل خمسة مسلحين داخل المركز.\n\n"
            "٠٩:٤٠ ت.غ - مدير مستشفى المدينة: ثلاثون جريحاً يتلقون العلاج.\n\n"
            "١٠:٢٥ ت.غ - نور: إنقاذ ستين شخصاً من الطوابق العليا.")
    check(text, "ar", "ثلاثون جريحاً", "مدير مستشفى المدينة")
    c = check(text, "ar", "إنقاذ ستين شخصاً", "سالم عبدي نور")
    first = check(text, "ar", "خمسة مسلحين", "قائد الشرطة المحلية")
    assert c.source.source_id == first.source.source_id


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت الوزارة إن عشرة قتلوا. لكن حاكم الإقليم، علي رضا كريمي، قال للتلفزيون الرسمي إن عدد القتلى بلغ ۲۳.",
         "علي رضا كريمي"),
        ("غير أن رئيس البلدية، علي منصور، قال إن عدد القتلى بلغ ۲۳.", "علي منصور"),
        ("وقال علي منصور، رئيس البلدية، إن عدد القتلى بلغ ۲۳.", "علي منصور"),
    ],
)
def test_the_given_name_ali_is_not_the_preposition_ala(text: str, speaker: str) -> None:
    # «علي» (a name) folds like «على» (on): a bare name after it keeps it a name
    check(text, "ar", "بلغ ۲۳", speaker)


def test_the_preposition_ala_after_a_verb_is_still_an_aside() -> None:
    text = "وأعلنت الوزارة مقتل عشرة. وقالت على منصتها الرسمية إن عدد القتلى بلغ ۲۳."
    c = check(text, "ar", "بلغ ۲۳", "الوزارة")
    assert "منصتها" not in (c.source_text or "")


def test_how_a_count_was_reached_after_wadhalika_is_no_new_speaker() -> None:
    text = "أعلنت إدارة المعرض أن عدد الزوار بلغ 400 ألف، وذلك وفق نظام التذاكر الإلكتروني الذي تعتمده."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and fold_term("إدارة المعرض") in names(cs[0])


def test_reminded_with_its_shadda_is_no_speech_verb() -> None:
    text = "وذكّرت صحف محلية بحادث مماثل وقع قبل عامين وأودى بحياة عشرين شخصاً."
    assert_no_claim_by(text, "صحف محلية")


def test_a_time_adverb_after_wafq_ma_is_not_part_of_the_speaker() -> None:
    text = "وقُتل أكثر من ثمانين شخصاً في حادث مماثل عام 2019، وفق ما أعلنته حينها وزارة الداخلية."
    c = check(text, "ar", "ثمانين شخصاً", "وزارة الداخلية")
    assert c.source_text == "وزارة الداخلية"


def test_a_shrine_administration_speaks() -> None:
    text = "العتبة الحسينية: أكثر من مليون زائر في ليلة واحدة\n\nكربلاء – وكالات\n\nتوافد الزوار منذ الصباح."
    check(text, "ar", "مليون زائر", "العتبة الحسينية")


def assert_no_claim_by(text: str, bad: str) -> None:
    for c in claims_of(text, "ar"):
        assert fold_term(bad) not in names(c)


def test_an_accusative_source_is_the_later_definite_source() -> None:
    text = ("لكن مصدراً عسكرياً في المنطقة قدّم رواية مختلفة، إذ قال إن عدد القتلى عشرون. "
            "وتابع المصدر أن الجيش اعتقل خمسة مشتبهين.")
    a = check(text, "ar", "عدد القتلى عشرون", "مصدراً عسكرياً")
    b = check(text, "ar", "اعتقل خمسة", "مصدر")
    assert a.source.source_id == b.source.source_id


def test_topic_answered_by_a_verb_with_a_bi_verbal_noun() -> None:
    text = "وقالت الوزارة إن عشرة قتلوا. أما المنظمة الدولية للهجرة فأفادت بنزوح 7400 شخص من الحيين."
    check(text, "ar", "7400 شخص", "المنظمة الدولية للهجرة")


def test_a_corps_of_the_army_is_the_army() -> None:
    text = ("قال الجيش الباكستاني إن خمسة مسلحين قتلوا في الاشتباك. "
            "وذكر فيلق الشمال التابع للجيش في منشور أن جنديين أصيبا خلال العملية.")
    a = check(text, "ar", "خمسة مسلحين", "الجيش الباكستاني")
    b = check(text, "ar", "جنديين أصيبا", "الجيش")
    assert a.source.source_id == b.source.source_id


def test_a_named_police_officer_speaks_for_the_one_police_force() -> None:
    text = ("قالت الشرطة النيجيرية إن اثني عشر شخصاً لقوا حتفهم. "
            "وقال الضابط الكبير في الشرطة موسى أبو بكر إن عشرين آخرين أصيبوا.")
    a = check(text, "ar", "اثني عشر شخصاً", "الشرطة النيجيرية")
    b = check(text, "ar", "عشرين آخرين", "موسى أبو بكر")
    assert a.source.source_id == b.source.source_id


def test_a_headline_class_noun_is_the_one_body_of_its_class() -> None:
    text = ("منظمة حقوقية: 40 قتيلاً في قمع الاحتجاجات\n\n"
            "أعلنت المنظمة الوطنية لحقوق الإنسان أن أربعين شخصاً قتلوا خلال ثلاثة أيام.")
    a = check(text, "ar", "40 قتيلاً", "منظمة حقوقية")
    b = check(text, "ar", "أربعين شخصاً", "المنظمة الوطنية لحقوق الإنسان")
    assert a.source.source_id == b.source.source_id


def test_our_correspondent_as_audience_is_not_part_of_the_speaker() -> None:
    text = "أفادت مصادر محلية باعتقال عشرة شبان. وقالت المصادر لمراسلنا إن القوات داهمت عشرين منزلاً."
    c = check(text, "ar", "داهمت عشرين", "مصادر")
    assert "لمراسلنا" not in (c.source_text or "") and "لمراسلنا" not in c.source.name


def test_a_denied_responsibility_after_a_channel_is_a_claim() -> None:
    text = 'ونفت الحركة في بيان على منصة تلغرام مسؤوليتها عن التفجير، واتهمت خصومها بـ"تلفيق الرواية".'
    c = check(text, "ar", "مسؤوليتها عن التفجير", "الحركة")
    assert text[c.start : c.end].startswith("مسؤوليتها")


def test_a_quoted_subject_then_a_time_word_before_the_object() -> None:
    text = 'ونعت "حركة الجهاد" مساءً اثنين من عناصرها في غارة على المخيم.'
    check(text, "ar", "اثنين من عناصرها", "حركة الجهاد")


def test_a_negated_first_verb_then_lakinnaha_announced() -> None:
    text = "قال مدير المرصد إن الأرقام أعلى. ولم تعلّق وزارة العدل على التقرير، لكنها أعلنت الأسبوع الماضي الإفراج عن مئتي موقوف."
    check(text, "ar", "مئتي موقوف", "وزارة العدل")


@pytest.mark.parametrize(
    ("text", "speaker", "key"),
    [
        ("أعلن مركز الإسعاف والطوارئ ارتفاع حصيلة الحادث إلى ١٤ قتيلاً.", "مركز الإسعاف والطوارئ", "١٤ قتيلاً"),
        ("أعلنت هيئة الإغاثة والتنمية، مساء الأحد، توزيع مساعدات على 500 أسرة.", "هيئة الإغاثة والتنمية", "500 أسرة"),
    ],
)
def test_a_body_name_joined_by_waw_before_the_object(text: str, speaker: str, key: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text == speaker


def test_expressing_concern_participle_has_content() -> None:
    text = 'ودعت البعثة الأممية إلى "وقف فوري للقتال"، معربةً عن قلقها من "استهداف الأحياء السكنية بالمدفعية".'
    cs = claims_of(text, "ar")
    c = claim_with(cs, text, "استهداف الأحياء")
    assert "وقف فوري" not in text[c.start : c.end]
    assert fold_term("البعثة") in names(c)


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("أعلن المتحدث باسم الجيش، العميد سامي فرحات، مساء الأحد، تدمير ثلاث منصات صواريخ. "
         "وقال فرحات إن العملية مستمرة.", "العملية مستمرة"),
        ("أعلن المتحدث الرسمي لوزارة الصحة، الدكتور كريم نصار، ارتفاع عدد المصابين إلى 40. "
         "وأضاف نصار أن 12 مصاباً غادروا المستشفى.", "12 مصاباً"),
    ],
)
def test_an_object_verbs_titled_subject_keeps_its_apposed_name(text: str, later: str) -> None:
    cs = claims_of(text, "ar")
    first, second = cs[0], claim_with(cs, text, later)
    assert first.source.source_id == second.source.source_id
    assert "،" not in text[first.start : first.start + 3]


def test_a_headline_surname_of_a_titled_spokesman() -> None:
    text = ("فرحات: تدمير ثلاث منصات صواريخ في الجنوب\n\n"
            "أعلن المتحدث باسم الجيش، العميد سامي فرحات، مساء الأحد، تدمير ثلاث منصات صواريخ.")
    a = check(text, "ar", "منصات صواريخ في الجنوب", "فرحات")
    b = claims_of(text, "ar")[-1]  # the body's claim: «أعلن المتحدث ...، العميد سامي فرحات، ...»
    assert "العميد سامي فرحات" in (b.source_text or "")
    assert a.source.source_id == b.source.source_id


def test_a_place_headline_is_no_speaker() -> None:
    text = "حلب: مقتل خمسة في قصف على حي سكني\n\nقال مسؤول محلي إن القصف استهدف سوقاً شعبية."
    for c in claims_of(text, "ar"):
        assert c.source_text != "حلب"


def test_a_heads_genitive_verbal_noun_is_part_of_the_name() -> None:
    # «مركز رصد الزلازل»: an indefinite head with a verbal noun in construct, then its genitive
    text = "ضرب زلزال بقوة 5.9 درجات المنطقة فجراً، بحسب مركز رصد الزلازل التابع لجامعة طهران."
    c = check(text, "ar", "زلزال بقوة", "مركز رصد الزلازل")
    assert c.source_text == "مركز رصد الزلازل"


def test_a_verbal_noun_object_after_a_definite_subject_still_starts_the_content() -> None:
    text = "أعلن المركز رصد عشرين خرقاً للهدنة خلال يومين."
    c = check(text, "ar", "عشرين خرقاً", "المركز")
    assert c.source_text == "المركز"


def test_the_mourned_count_after_a_statement_is_the_object() -> None:
    text = 'ونعت الحركة في بيان ثلاثة من مقاتليها "سقطوا خلال التصدي للاقتحام".'
    c = check(text, "ar", "ثلاثة من مقاتليها", "الحركة")
    assert text[c.start : c.end].startswith("ثلاثة")


def test_a_second_headline_half_with_a_registered_name_after_waw() -> None:
    text = "الجيش يعلن مقتل خمسة مسلحين.. وطالبان: قتلنا عشرة جنود\n\nكابول – وكالات\n\nتواصلت الاشتباكات."
    c = check(text, "ar", "قتلنا عشرة جنود", "طالبان")
    assert not (c.source_text or "").startswith("و")


def test_a_lam_of_purpose_verb_is_a_new_claim() -> None:
    text = "تحدثت الوزارة عن ثلاثة قتلى، ثم عادت مساءً لتعلن أن الحصيلة ارتفعت إلى تسعة."
    cs = claims_of(text, "ar")
    a = claim_with(cs, text, "ثلاثة قتلى")
    b = claim_with(cs, text, "ارتفعت إلى تسعة")
    assert a is not b and a.source.source_id == b.source.source_id


def test_a_headline_body_and_the_spokesman_of_its_armed_wing_are_one_source() -> None:
    text = ("الجيش يعلن مقتل ثلاثة.. وحماس: الاحتلال قتل الأسرى بقصفه\n\nغزة – وكالات\n\n"
            "قال أبو عبيدة، الناطق العسكري باسم كتائب القسام، في كلمة مصورة إن الأسرى قتلوا في غارة.")
    a = check(text, "ar", "الاحتلال قتل الأسرى", "حماس")
    b = check(text, "ar", "الأسرى قتلوا في غارة", "أبو عبيدة")
    assert a.source.source_id == b.source.source_id
