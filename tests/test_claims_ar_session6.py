"""Arabic (session 6): classes of speaker wording around figures.

- A quoted name the lexicons do not know, alone before its verb (after «و» or «وكانت ... قد»),
  is the subject: «وكانت «X» قد وثّقت مقتل ...»، «و«X» تقول إن ...» (before, the claim fell back
  to the previous speaker). A quoted sentence before a verb is no name.
- A statement noun pointing to a count is a claim of its owner: «وتشير أرقام المنظمة إلى 300
  قتيل»، «وكانت الحصيلة التي أعلنتها المديرية تشير إلى سبع وفيات» (إلى + a number, a count word
  or a bound word, as «إلى مقتل» already was).

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of

LEAD = "قال الجيش إن الهجوم صد. "


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        (LEAD + "وكانت «هەنگاو» قد وثقت العام الماضي مقتل 43 عاملاً.", "مقتل 43", "هەنگاو"),
        (LEAD + "وكانت «بتسيلم» قد أعلنت مقتل 12 فلسطينياً.", "مقتل 12", "بتسيلم"),
        (LEAD + "وكان «ميدان» قد أفاد بأن 9 أشخاص قتلوا.", "9 أشخاص قتلوا", "ميدان"),
        (LEAD + "و«ريبريف» تقول إن 81 شخصاً أعدموا.", "81 شخصاً", "ريبريف"),
        (LEAD + 'وكانت "أوتشا" قد ذكرت أن 3 آلاف نزحوا.', "3 آلاف نزحوا", "أوتشا"),
    ],
)
def test_quoted_unknown_name_before_its_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "الجيش" not in c.source.name


def test_quoted_sentence_before_a_verb_is_no_name() -> None:
    text = LEAD + '"نحن بخير" تقول إن 3 قتلوا.'
    for c in claims_of(text, "ar"):
        assert "نحن" not in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        (LEAD + "وتشير إحصاءات المنظمة إلى 300 قتيل.", "300 قتيل", "المنظمة"),
        (LEAD + "وتشير تقديرات الأمم المتحدة إلى نحو 40 ألف نازح.", "40 ألف نازح", "الأمم المتحدة"),
        (LEAD + "وكانت التقديرات الأولية للوزارة تشير إلى 40 قتيلاً.", "40 قتيلاً", "الوزارة"),
        (LEAD + "وكانت الحصيلة الأولية التي أعلنتها المديرية صباح السبت تشير إلى سبع وفيات.", "سبع وفيات", "المديرية"),
        (LEAD + "ويشير تقرير المفوضية إلى أكثر من ألف مفقود.", "ألف مفقود", "المفوضية"),
    ],
)
def test_statement_pointing_to_a_count(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("قالت منظمة «بتسيلم» لحقوق الإنسان إن 31 قتلوا.", "وكانت «بتسيلم» قد وثقت العام الماضي مقتل 43 شخصاً."),
        ("قالت جمعية «سند» الخيرية إن 31 أسرة نزحت.", "و«سند» تقول إن 43 شخصاً فقدوا."),
        ("وقالت مجموعة «هەنگاو» إن 31 عاملاً قتلوا.", "وكانت «هەنگاو» قد أعلنت مقتل 43 عاملاً."),
    ],
)
def test_proper_name_alone_is_the_earlier_class_named_speaker(first: str, later: str) -> None:
    text = first + " وقال الجيش إن 2 أصيبا. " + later
    cs = claims_of(text, "ar")
    ids = {c.source.source_id for c in cs if "الجيش" not in c.source.name}
    assert len(ids) == 1, [(c.source.name, c.source_text) for c in cs]


@pytest.mark.parametrize(
    ("text", "stmt"),
    [
        (LEAD + "وكانت الحصيلة الأولى التي أعلنتها الوزارة صباح السبت تشير إلى 632 قتيلاً.", "الحصيلة الأولى"),
        (LEAD + "وكانت التقديرات الأولية للوزارة تشير إلى 40 قتيلاً.", "التقديرات الأولية"),
    ],
)
def test_pointing_statement_is_part_of_the_content(text: str, stmt: str) -> None:
    c = check(text, "ar", "تشير إلى", "الوزارة")
    assert stmt in text[c.start : c.end]


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قال الجيش إن 3 قتلوا. غير أن المرصد السوري أفاد بمقتل 311 شخصاً.", "311", "المرصد السوري"),
        ("لكن الشبكة أفادت بسقوط 40 قتيلاً في القصف.", "40 قتيلاً", "الشبكة"),
        ("والدفاع المدني يفيد بانتشال 12 جثة من تحت الأنقاض.", "12 جثة", "الدفاع المدني"),
        ("غير أن المرصد السوري قدّم حصيلة أعلى بكثير، إذ أفاد بمقتل 311 شخصاً.", "311", "المرصد السوري"),
        ("وقدّمت الشبكة رواية مختلفة، حيث أفادت بمقتل 40 مدنياً.", "40 مدنياً", "الشبكة"),
    ],
)
def test_subject_before_afada_bi_masdar(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "رواية" not in c.source.name and "حصيلة" not in c.source.name


def test_afada_inside_another_claim_is_no_claim_of_its_own() -> None:
    text = "قال الجيش إن المرصد أفاد بمقتل 311 شخصاً."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and "الجيش" in cs[0].source.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('قتل سبعة مدنيين في غارات، بحسب ما نقلت وكالة "سبأ" التابعة للحوثيين عن مصدر طبي.', "مصدر طبي"),
        ("قتل سبعة مدنيين في غارات، بحسب ما نقلت وكالة سبأ التابعة للحوثيين عن مصدر طبي.", "مصدر طبي"),
        ("قتل سبعة مدنيين في غارات، وفق ما نقلت قناة المنار الموالية للحزب عن مصدر أمني.", "مصدر أمني"),
        ("قتل سبعة مدنيين في غارات، بحسب ما نقلت وكالة الأنباء الرسمية عن مسؤول محلي.", "مسؤول محلي"),
    ],
)
def test_relay_outlet_with_affiliation_then_its_source(text: str, speaker: str) -> None:
    c = check(text, "ar", "سبعة مدنيين", speaker)
    assert "وكالة" not in c.source.name and "قناة" not in c.source.name


def test_object_of_a_verb_inside_content_is_no_speaker() -> None:
    text = 'وأوضحت ممثلة المفوضية في تشاد أن فرق المفوضية سجّلت وصول ما بين 600 و800 لاجئ يومياً، "كثير منهم جرحى".'
    for c in claims_of(text, "ar"):
        assert "وصول" not in c.source.name, c.source.name


@pytest.mark.parametrize(
    "text",
    [
        "وتبنت حركة الشباب الهجوم، قائلة في بيان إن مقاتليها قتلوا 20 جندياً.",
        'وتبنت حركة الشباب الهجوم، قائلة في بيان نشرته إذاعة "الأندلس" إن مقاتليها قتلوا 20 جندياً.',
        "وتبنت حركة الشباب التفجير، قائلة عبر منصة تلغرام إن مقاتليها قتلوا 20 جندياً.",
    ],
)
def test_participle_after_a_channel_then_its_introducer(text: str) -> None:
    c = check(text, "ar", "20 جندياً", "حركة الشباب")
    assert "الهجوم" not in (c.source_text or "") and "التفجير" not in (c.source_text or "")


def test_participle_with_an_audience_keeps_the_speaker() -> None:
    text = "قال الجيش إن 3 قتلوا، مضيفاً في تصريح لقناة محلية أن 5 أصيبوا."
    check(text, "ar", "5 أصيبوا", "الجيش")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('ونعى "حزب الله" في بيان اثنين من عناصره قال إنهما قتلا في غارة.', "حزب الله"),
        ("ونعت الحركة في بيان ثلاثة من مقاتليها قالت إنهم قتلوا في غارة.", "الحركة"),
    ],
)
def test_counted_object_after_a_channel_is_no_owner(text: str, speaker: str) -> None:
    for c in claims_of(text, "ar"):
        assert "عناصر" not in c.source.name and "مقاتلي" not in c.source.name
    check(text, "ar", "في غارة", speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("غير أن منظمة الصحة العالمية (WHO) قالت إن 61 ألفاً قتلوا.", "61 ألفاً", "منظمة الصحة العالمية"),
        ("والدفاع المدني السوري (الخوذ البيضاء) يعلن أن عدد الوفيات ارتفع إلى 1730.", "1730", "الدفاع المدني"),
        ("غير أن مشروع بيانات مواقع النزاعات المسلحة (أكليد) قدّر عدد القتلى بأكثر من 61 ألفاً.", "61 ألفاً", "مشروع بيانات"),
        ("لكن الملتقى الوطني لدعم المقاومة، الجهة المنظمة، قدّر الحشد بما بين 40 و50 ألف مشارك.", "40 و50 ألف", "الملتقى الوطني"),
    ],
)
def test_subject_with_brackets_or_a_description_before_its_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "الحشد" not in c.source.name


def test_live_blog_colon_speaker_with_its_acronym() -> None:
    text = "تغطية مباشرة | زلزال\n\n09:30 - إدارة الكوارث والطوارئ التركية (آفاد): عدد القتلى في تركيا بلغ 12 ألفاً و391."
    check(text, "ar", "12 ألفاً", "إدارة الكوارث والطوارئ التركية")


@pytest.mark.parametrize(
    "headline",
    [
        "حرب السودان في عامها الثالث: حصيلة القتلى بين التقديرات الرسمية والبحثية",
        "أرقام متباينة بين بيروت والمفوضية: عودة اللاجئين السوريين من لبنان",
    ],
)
def test_headline_between_two_parties_is_a_topic(headline: str) -> None:
    text = headline + "\n\nقال الجيش إن 3 قتلوا."
    for c in claims_of(text, "ar"):
        assert "بين" not in c.source.name, c.source.name


@pytest.mark.parametrize(
    ("text", "speaker", "not_in_speaker"),
    [
        ("أعلنت وزارة الصحة في قطاع غزة ارتفاع الحصيلة إلى 55 ألفاً.", "وزارة الصحة", "ارتفاع"),
        ("أعلنت الشرطة في ولاية كادونا مقتل 12 شخصاً.", "الشرطة", "مقتل"),
        ("أعلنت الوزارة في بيان مقتل 12 شخصاً.", "الوزارة", "بيان"),
    ],
)
def test_place_of_the_subject_before_the_object(text: str, speaker: str, not_in_speaker: str) -> None:
    c = claims_of(text, "ar")[0]
    assert speaker in c.source.name and not_in_speaker not in c.source.name, c.source.name


def test_subject_between_kana_and_qad() -> None:
    assert claims_of("وكان العراق قد أعلن النصر على داعش أواخر 2017، لكن خلايا التنظيم ما زالت تنشط.", "ar") == []
    text = "قال الجيش إن 3 قتلوا. وكانت روسيا قد أعلنت مقتل 12 جندياً."
    check(text, "ar", "مقتل 12", "روسيا")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ولم تصدر الحكومة أي تعليق، غير أن التلفزيون الرسمي بثّ بياناً للجيش أكد فيه «تحييد عشرات الإرهابيين».", "عشرات", "الجيش"),
        ("ونشرت الصحيفة تقريراً لمنظمة العفو قالت فيه إن 5 قتلوا.", "5 قتلوا", "منظمة العفو"),
        ("ونشرت الجماعة بياناً قالت فيه إن 5 قتلوا.", "5 قتلوا", "الجماعة"),
    ],
)
def test_statement_owner_speaks_in_it(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "التلفزيون" not in c.source.name and "الصحيفة" not in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ('وأعلنت قوات الدعم السريع أنها أسرت 450 جندياً، وهو ما نفاه الناطق باسم الجيش، العميد نبيل عبد الله، قائلاً إن "القوات تنشر صوراً مفبركة".',
         "صوراً مفبركة", "الناطق باسم الجيش"),
        ("وقالت الوزارة إن 5 قتلوا، وهو ما أكده مصدر طبي، مضيفاً أن 12 أصيبوا.", "12 أصيبوا", "مصدر طبي"),
        ('وقال المسؤول إن عدد القتلى "تجاوز 10 آلاف"، وهو رقم نفته وزارة الصحة، مؤكدة أن الحصيلة لا تتجاوز 4 آلاف.', "4 آلاف", "وزارة الصحة"),
    ],
)
def test_which_clause_subject_speaks_through_the_participle(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_class_noun_prefers_the_speaker_named_with_it() -> None:
    text = ("قالت المنظمة الدولية للهجرة إن 61 مهاجراً غرقوا. وقال الهلال الأحمر الليبي إن متطوعيه انتشلوا 11 جثة. "
            "وبحسب أرقام المنظمة، لقي أكثر من 2250 مهاجراً حتفهم.")
    check(text, "ar", "2250", "المنظمة الدولية للهجرة")
    text2 = "قال الهلال الأحمر إن 11 قتلوا. وأضافت المنظمة أن 5 أصيبوا."
    check(text2, "ar", "5 أصيبوا", "الهلال الأحمر")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("غارات على صعدة.. وصحة صنعاء: سبعة قتلى و19 جريحاً\n\nقتل سبعة مدنيين في غارات، بحسب مصدر طبي.", "19 جريحاً", "صحة صنعاء"),
        ("الصحة في غزة: ارتفاع حصيلة الشهداء إلى 55 ألفاً\n\nأعلنت وزارة الصحة في قطاع غزة ارتفاع الحصيلة.", "55 ألفاً", "الصحة في غزة"),
        ("محامو الطوارئ: مقتل 120 في هجوم على قرية\n\nقالت مجموعة «محامو الطوارئ» الحقوقية إن 120 مدنياً قتلوا.", "مقتل 120", "محامو الطوارئ"),
    ],
)
def test_headline_colon_bodies(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_headline_unknown_unquoted_name_needs_the_body() -> None:
    text = "أهالي القرية: مقتل 12 في هجوم\n\nقال الجيش إن 3 قتلوا."
    for c in claims_of(text, "ar"):
        assert "مقتل 12" not in text[c.start : c.end] or "أهالي" in c.source.name


def test_account_with_no_count_then_idh_is_no_claim_of_its_own() -> None:
    text = "غير أن مصادر محلية وأمنية تحدثت لإذاعة دولية عن حصيلة أثقل بكثير، إذ قال مسؤول محلي إن 40 جندياً قتلوا."
    cs = claims_of(text, "ar")
    assert all("حصيلة أثقل" not in text[c.start : c.end] for c in cs)
    check(text, "ar", "40 جندياً", "مسؤول محلي")
    check("غير أن مصادر محلية تحدثت عن حصيلة أعلى، إذ أفادت بمقتل 40 شخصاً.", "ar", "40 شخصاً", "مصادر محلية")
    check("وتحدثت الوزارة عن حصيلة تبلغ 40 قتيلاً.", "ar", "40 قتيلاً", "الوزارة")


@pytest.mark.parametrize(
    ("headline", "body", "key"),
    [
        ("دهوك: مقتل ثلاثة بقصف تركي.. وأنقرة تعلن \"تحييد\" 13 مسلحاً", "قالت وزارة الدفاع التركية في بيان إن طائراتها \"حيّدت 13 إرهابياً\".", "13 مسلحاً"),
        ("روسيا تطلق مسيّرات على أوكرانيا.. وكييف: مقتل ستة أشخاص", "وقال رئيس الإدارة العسكرية لمدينة كييف، أولكسندر بوندار، إن ستة أشخاص قُتلوا.", "مقتل ستة"),
        ("خيرسون: مقتل 3 بمسيّرات... وموسكو تعلن مقتل 12 جندياً أوكرانياً",
         "قالت وزارة الدفاع الروسية إن 12 جندياً قتلوا. وقال حاكم مقاطعة بيلغورود الروسية إن امرأة قتلت.", "مقتل 12"),
    ],
)
def test_headline_capital_is_the_state_body_of_the_text(headline: str, body: str, key: str) -> None:
    text = headline + "\n\n" + body
    cs = claims_of(text, "ar")
    head = claim_with(cs, text, key)
    body_ids = {c.source.source_id for c in cs if c is not head and ("وزار" in c.source.name or "الإدارة" in c.source.name)}
    assert head.source.source_id in body_ids, (head.source.name, [(c.source.name) for c in cs])


def test_capital_at_the_start_of_a_headline_is_a_place() -> None:
    text = "الخرطوم: مقتل 12 في قصف على سوق\n\nقال الجيش إن 3 قتلوا."
    for c in claims_of(text, "ar"):
        assert "الخرطوم" not in c.source.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("أعلنت الإدارة العسكرية لمقاطعة خيرسون جنوبي أوكرانيا، اليوم السبت، مقتل ثلاثة أشخاص.", "الإدارة العسكرية لمقاطعة خيرسون"),
        ("وقال المتحدث الرسمي لولاية كادونا إن 3 قتلوا.", "المتحدث الرسمي لولاية كادونا"),
    ],
)
def test_place_served_after_lam_is_part_of_the_speaker(text: str, speaker: str) -> None:
    c = claims_of(text, "ar")[0]
    assert speaker in c.source.name, c.source.name
    assert not text[c.start : c.end].startswith(("لمقاطعة", "لولاية", "جنوبي")), text[c.start : c.end]


def test_headline_states_as_subjects_are_their_bodies() -> None:
    text = ("روسيا تعلن السيطرة على بلدة في دونيتسك وكييف تتحدث عن أكبر هجوم بالمسيّرات\n\n"
            "أعلنت وزارة الدفاع الروسية أن قواتها سيطرت على بلدة. وقال سلاح الجو الأوكراني إن روسيا أطلقت 479 مسيّرة.")
    cs = claims_of(text, "ar")
    ru = claim_with(cs, text, "السيطرة على بلدة في دونيتسك")
    ua = claim_with(cs, text, "أكبر هجوم")
    assert ru.source.source_id == source_id_of_text(cs, text, "قواتها سيطرت")
    assert ua.source.source_id == source_id_of_text(cs, text, "479 مسيّرة")


def source_id_of_text(cs, text: str, key: str) -> str:
    return claim_with(cs, text, key).source.source_id


def test_committees_are_no_audience() -> None:
    text = "قالت تنسيقية لجان المقاومة في الفاشر إن 23 مدنياً قُتلوا.\n\nوأوضحت التنسيقية في بيان أن بين القتلى سبعة أطفال."
    c = check(text, "ar", "23 مدنياً", "تنسيقية لجان المقاومة")
    assert c.source.source_id == claim_with(claims_of(text, "ar"), text, "سبعة أطفال").source.source_id


@pytest.mark.parametrize("platform", ["تلغرام", "فيسبوك", "إكس"])
def test_platform_after_a_surname_is_no_part_of_it(platform: str) -> None:
    text = f"أعلن حاكم المنطقة، إيهور كوفال، أن ضربة استهدفت حياً سكنياً.\n\nوكتب كوفال على {platform}: «لا يزال خمسة أشخاص تحت الأنقاض»."
    cs = claims_of(text, "ar")
    c = claim_with(cs, text, "خمسة أشخاص")
    assert platform not in c.source.name and c.source.source_id == cs[0].source.source_id


def test_definite_title_with_a_compound_name_points_back() -> None:
    text = "قال ضابط في الشرطة الصومالية إن 27 رهينة حرروا. وأضاف الضابط عبد الله محمد أن 5 قتلوا."
    cs = claims_of(text, "ar")
    assert len({c.source.source_id for c in cs}) == 1, [c.source.name for c in cs]


def test_body_controlled_by_a_group_is_not_the_group() -> None:
    text = ("وأعلن المتحدث العسكري باسم الحوثيين، العميد عبد الملك الحمزي، أن قواتهم أطلقت صاروخاً. "
            "من جهتها، قالت مؤسسة موانئ البحر الأحمر الخاضعة للحوثيين إن الغارات دمرت ثلاثة أرصفة.")
    cs = claims_of(text, "ar")
    assert len({c.source.source_id for c in cs}) == 2, [c.source.name for c in cs]


def test_headline_rights_body_is_the_texts_rights_commission() -> None:
    text = "هيئة حقوقية: مقتل 38 مدنياً في هجوم\n\nقالت اللجنة الإثيوبية لحقوق الإنسان إن 38 مدنياً قتلوا."
    cs = claims_of(text, "ar")
    assert len({c.source.source_id for c in cs}) == 1, [c.source.name for c in cs]


@pytest.mark.parametrize(
    "text",
    [
        "ونعى «حزب الله» في بيان اثنين من عناصره، قال إنهما قتلا «على طريق القدس».",
        'ونعى "حزب الله" في بيان اثنين من عناصره قال إنهما قتلا "على طريق القدس".',
        "ونعى حزب الله اثنين من عناصره قال إنهما قتلا في غارة على البلدة.",
    ],
)
def test_mourning_and_the_relative_said_are_two_claims(text: str) -> None:
    cs = claims_of(text, "ar")
    assert len(cs) == 2, [text[c.start : c.end] for c in cs]
    assert all("حزب الله" in c.source.name for c in cs)
    assert "اثنين" in text[cs[0].start : cs[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "قالت المديرية العامة للحماية المدنية إن 7 قتلوا. وقال الناطق الرسمي باسم الحماية المدنية، النقيب نسيم برناوي، إن 12 أصيبوا.",
        "أفادت مديرية الصحة في محافظة دهوك بأن ثلاثة مدنيين قتلوا. وقال مدير صحة دهوك، آزاد برواري، إن بين القتلى امرأة وطفلها.",
        "قُتل تسعة أشخاص في تفجير، وفق ما أعلنه المتحدث باسم الشرطة الصومالية، الرائد عبد الفتاح حرسي آدم.\n\nوأضاف آدم أن قوات الأمن قتلت مسلحين.",
    ],
)
def test_body_and_its_officer_are_one_source(text: str) -> None:
    cs = claims_of(text, "ar")
    assert len(cs) == 2 and len({c.source.source_id for c in cs}) == 1, [c.source.name for c in cs]


def test_named_spokesman_of_the_same_body_points_back_to_the_unnamed_one() -> None:
    text = "وقال متحدث باسم المستشفى المركزي إن 12 جريحاً وصلوا. وأضاف المتحدث باسم المستشفى محمد نعيم أن ثلاثة توفوا."
    cs = claims_of(text, "ar")
    assert len({c.source.source_id for c in cs}) == 1, [c.source.name for c in cs]
    text2 = "وقال متحدث باسم الشرطة إن 12 اعتقلوا. وأضاف المتحدث باسم المستشفى محمد نعيم أن ثلاثة توفوا."
    assert len({c.source.source_id for c in claims_of(text2, "ar")}) == 2


def test_department_head_in_the_ministry_is_the_ministry() -> None:
    text = ("أعلنت وزارة الصحة في قطاع غزة ارتفاع الحصيلة إلى 500 قتيل. "
            "وقال مدير عام المستشفيات في الوزارة محمد زقوت إن المستشفيات خرجت عن الخدمة.")
    cs = claims_of(text, "ar")
    assert len({c.source.source_id for c in cs}) == 1, [c.source.name for c in cs]


def test_audience_between_commas_before_the_introducer() -> None:
    text = "وقال الرئيس المشارك لمكتب العدالة في الإدارة، خالد إبراهيم العلي، لعنب بلدي، إن العفو يشمل ألف موقوف."
    c = check(text, "ar", "ألف موقوف", "خالد إبراهيم العلي")
    assert "عنب" not in c.source.name


def test_a_notice_names_its_publisher() -> None:
    text = "قال الجيش إن 3 قتلوا. ووزعت الجمعية 500 سلة غذائية على الأسر، بحسب إعلان نشرته الجمعية على صفحتها."
    c = check(text, "ar", "500 سلة", "الجمعية")
    assert "إعلان" not in c.source.name


def test_a_name_beginning_with_lam_after_the_title_is_no_audience() -> None:
    text = 'وقالت مديرة عملياتها في المنطقة، لينا حداد، إن "آلاف الأسر باتت بلا مأوى".'
    check(text, "ar", "آلاف الأسر", "لينا حداد")
