"""Arabic (session 7 probe): the session's speaker-phrase classes in other newsrooms' wording.

Each class fixed in tests/test_claims_ar_session7.py is restated as Syrian, Lebanese,
Palestinian, Iraqi, Egyptian, Maghreb, Gulf, Sudanese and Yemeni papers and the Arabic services
of foreign broadcasters would phrase it: other word orders, agreement, clitics, punctuation,
titles, the passive «أفيد», and numbers as Arabic-Indic digits, words and «عشرات». Passing
variants stay as guards of the class; the precision block holds look-alikes that must not
give a claim or a speaker.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claim_with, claims_of
from newsclaims.extract import extract_article


def figure_values(text: str, key: str) -> list[float]:
    """Values of the figures inside the (shortest) claim holding `key`."""
    ex = extract_article(text, "ar")
    c = claim_with(list(ex.claims), text, key)
    idx = list(ex.claims).index(c)
    return [f.number.value for i, f in ex.figures if i == idx]


# --- a statement issued by its owner after حسب/وفق/بحسب ------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker", "value"),
    [
        ("لقي ١٤ شخصاً مصرعهم في انهيار مبنى، وفق حصيلة نشرتها مساء الجمعة مديرية الدفاع المدني.", "١٤ شخصاً", "مديرية الدفاع المدني", 14),
        ("وأصيب عشرات المتظاهرين، بحسب تقرير أصدره اليوم المرصد العراقي لحقوق الإنسان.", "عشرات المتظاهرين", "المرصد العراقي", 10),
        ("وقتل سبعة عمال، حسب بيان وزعته صباح السبت نقابة عمال البناء.", "سبعة عمال", "نقابة عمال البناء", 7),
        ("توفي 22 حاجاً، وفق إحصائية نشرتها الأربعاء وزارة الصحة.", "22 حاجاً", "وزارة الصحة", 22),
        ("ونزحت ٣٠٠ أسرة، بحسب نشرة عممتها أمس مفوضية اللاجئين.", "٣٠٠ أسرة", "مفوضية اللاجئين", 300),
        ("فُقد 11 مهاجراً قبالة السواحل، حسب حصيلة أولية بثّها التلفزيون الرسمي نقلاً عن خفر السواحل.", "11 مهاجراً", "خفر السواحل", 11),
    ],
)
def test_probe_statement_issued_by_its_owner(text: str, key: str, speaker: str, value: float) -> None:
    check(text, "ar", key, speaker)
    assert value in figure_values(text, key)


@pytest.mark.parametrize(
    ("text", "key", "speaker", "via"),
    [
        ("فُقد 11 مهاجراً قبالة السواحل، حسب حصيلة أولية بثّها التلفزيون الرسمي نقلاً عن خفر السواحل.", "11 مهاجراً", "خفر السواحل", "التلفزيون"),
        ("قتل خمسة أشخاص، بحسب وكالة الأنباء الرسمية نقلاً عن مصدر أمني.", "خمسة أشخاص", "مصدر أمني", "وكالة الأنباء"),
        ("أصيب ٩ أشخاص، وفقاً لوكالة سانا نقلاً عن مصدر طبي.", "٩ أشخاص", "مصدر طبي", "سانا"),
    ],
)
def test_probe_outlet_relaying_after_according_to(text: str, key: str, speaker: str, via: str) -> None:
    check(text, "ar", key, speaker, via=via)


# --- a cue set off by commas inside a clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "before", "after", "speaker"),
    [
        ("قال الجيش إن الهجوم صد. وقد أسفر القصف، يقول البيان، عن مقتل ثلاثة مدنيين.", "أسفر القصف", "ثلاثة مدنيين", "الجيش"),
        ("وأصيب ١٢ شرطياً، تضيف الوزارة، خلال مواجهات في الحي.", "١٢ شرطياً", "مواجهات في الحي", "الوزارة"),
        ("واعتقلت القوات 40 شاباً، يؤكد الناشطون، في حملة دهم فجراً.", "40 شاباً", "حملة دهم", "الناشطون"),
        ("ونقل الجرحى، تقول المصادر الطبية، إلى مستشفى الشفاء.", "نقل الجرحى", "مستشفى الشفاء", "المصادر الطبية"),
        ("وانتشلت الفرق عشرات الجثث، يضيف المتحدث، من تحت الأنقاض.", "عشرات الجثث", "تحت الأنقاض", "المتحدث"),
    ],
)
def test_probe_cue_set_off_inside_the_clause(text: str, before: str, after: str, speaker: str) -> None:
    c = check(text, "ar", after, speaker)
    assert before in text[c.start : c.end]


# --- offices named by duty, ranks -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقالت المكلفة بالإعلام بمديرية الصحة، السيدة نادية بن علي، إن 9 حالات سجلت.", "9 حالات", "نادية بن علي"),
        ("وصرّح المسؤول عن الاتصال في المديرية، النقيب رضا حمدي، بأن ستة أشخاص أصيبوا.", "ستة أشخاص", "رضا حمدي"),
        ("وأكد المقدم الركن سعد الزبيدي أن ١٥ مسلحاً قتلوا.", "١٥ مسلحاً", "سعد الزبيدي"),
        ("وأعلن العقيد الركن يحيى سريع استهداف 4 سفن.", "4 سفن", "يحيى سريع"),
        ("وقال العميد أول ركن عبد الله الحربي إن عشرات المتسللين أوقفوا.", "عشرات المتسللين", "عبد الله الحربي"),
        ("وأوضح المكلف بالإعلام لدى الحماية المدنية، الملازم أول نسيم برناوي، أن 3 أشخاص توفوا.", "3 أشخاص", "نسيم برناوي"),
        ("وذكرت الناطقة باسم الشرطة، النقيب سعاد حمدي، أن ١١ موقوفاً أحيلوا إلى النيابة.", "١١ موقوفاً", "سعاد حمدي"),
    ],
)
def test_probe_office_named_by_duty_and_ranks(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert not text[c.start : c.end].startswith(("بالإعلام", "عن الاتصال", "الملازم", "الركن"))


@pytest.mark.parametrize(
    "text",
    [
        "قتل 3 أشخاص وفقاً للمكلف بالإعلام في المديرية.",
        "قتل 3 أشخاص، وفقاً للمسؤول عن الإعلام في الشرطة.",
    ],
)
def test_probe_office_by_duty_after_a_lam_clitic(text: str) -> None:
    c = check(text, "ar", "قتل 3 أشخاص", "بالإعلام" if "بالإعلام" in text else "عن الإعلام")
    assert "وفقاً" not in text[c.start : c.end]


# --- a role + the bearer's bare name after the content, audience after «ما قاله» ---------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قتل 5 مدنيين، بحسب ما قاله لـ\"بي بي سي عربي\" الناشط الحقوقي سامر الخطيب.", "5 مدنيين", "سامر الخطيب"),
        ("اعتقل ١٨ شاباً، وفق ما أفاد به لوكالة «الأناضول» الصحفي المحلي يوسف حمدان.", "١٨ شاباً", "يوسف حمدان"),
        ("أصيب ثلاثة أطفال، حسبما أكدته لـ«الشرق الأوسط» الناشطة الحقوقية ليلى عبد الله.", "ثلاثة أطفال", "ليلى عبد الله"),
        ("نزحت عشرات العائلات، بحسب رئيس المجلس المحلي في بلدة كفرنبل حسن العمر.", "عشرات العائلات", "حسن العمر"),
        ("قتل 6 أشخاص، وفق ما صرح به مدير مستشفى الأقصى في دير البلح خليل الدقران.", "6 أشخاص", "خليل الدقران"),
        ("وقد هُدم 12 منزلاً، على حد قول الناشط أحمد الصالح.", "12 منزلاً", "أحمد الصالح"),
        ("قتل أربعة أشخاص على حد تعبير مصدر طبي في المدينة.", "أربعة أشخاص", "مصدر طبي"),
    ],
)
def test_probe_speaker_after_the_content(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "الذي" not in text[c.start : c.end]


# --- «هذا ما قاله X» after a quotation ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("\"دفنّا ١٧ شخصاً في يوم واحد\"، هذا ما قالته لنا أم محمد، وهي نازحة من الحي.", "١٧ شخصاً", "أم محمد"),
        ("«لم يبق في القرية سوى عشرات الأسر»، هذا ما يؤكده مختار القرية.", "عشرات الأسر", "مختار القرية"),
        ("«خسرنا 3 من زملائنا»، ذلك ما قاله المسعف سامي يوسف لمراسلنا.", "3 من زملائنا", "سامي يوسف"),
        ("«استقبلنا 60 جريحاً»، هكذا قال مدير المستشفى.", "60 جريحاً", "مدير المستشفى"),
    ],
)
def test_probe_this_is_what_x_said(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text is not None and not c.source_text.startswith(("لنا", "لمراسلنا"))


# --- a relative aside inside the speaker phrase ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقالت مديرة الهلال الأحمر، التي زارت المخيم أمس، إن ٢٠٠ خيمة احترقت.", "٢٠٠ خيمة", "مديرة الهلال الأحمر"),
        ("وأكد رئيس البلدية، علي حسن، الذي تفقد المكان، أن 8 منازل دمرت.", "8 منازل", "علي حسن"),
        ("وقال الأطباء، الذين يعملون في ظروف صعبة، إن 30 مريضاً ينتظرون.", "30 مريضاً", "الأطباء"),
        ("وتقول المنظمة، التي توثق الانتهاكات منذ 2011، إن 50 معتقلاً توفوا تحت التعذيب.", "50 معتقلاً", "المنظمة"),
        ("ويؤكد الأهالي، الذين فروا من القرية، أن 30 منزلاً أحرقت.", "30 منزلاً", "الأهالي"),
        ("وأفاد المتحدث باسم الشرطة، الذي رفض كشف اسمه، بأن خمسة موقوفين أحيلوا إلى القضاء.", "خمسة موقوفين", "المتحدث باسم الشرطة"),
    ],
)
def test_probe_relative_aside_inside_the_speaker_phrase(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_probe_quoted_outlet_inside_an_aside_is_no_content() -> None:
    text = "وقالت المديرية، في بيان تلقت «الشروق» نسخة منه، إن 9 أشخاص أصيبوا."
    c = check(text, "ar", "9 أشخاص", "المديرية")
    assert "الشروق" not in text[c.start : c.end]


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # a relative clause on a speaker named after words that name nobody (a comma before it)
        ("والتقى الوزير بممثلي منظمة الصحة العالمية، التي قالت إن 3 مستشفيات خرجت عن الخدمة.", "3 مستشفيات", "منظمة الصحة العالمية"),
        ("واستهدف القصف مقر الهلال الأحمر، الذي أعلن لاحقاً مقتل اثنين من متطوعيه.", "اثنين من متطوعيه", "الهلال الأحمر"),
        ("وزار الوزير مقر اللجنة الدولية للصليب الأحمر، التي أكدت أن ٥ من موظفيها فقدوا.", "٥ من موظفيها", "الصليب الأحمر"),
    ],
)
def test_probe_relative_clause_on_a_named_speaker(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert not (c.source_text or "").startswith(("الوزير", "مقر"))


# --- an SVO clause then a second verb of its subject ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("لكن الحركة نفت الرواية، وأكدت في بيان أن ١٢ من عناصرها قتلوا.", "١٢ من عناصرها", "الحركة"),
        ("المنظمة رحبت بالقرار، لكنها قالت إن 40 معتقلاً ما زالوا في السجون.", "40 معتقلاً", "المنظمة"),
        ("أما الوزارة فقد انتقدت التقرير، وقالت إن عدد الضحايا لم يتجاوز عشرة.", "لم يتجاوز عشرة", "الوزارة"),
        ("والأهالي تجمعوا أمام المستشفى، وقالوا إن 7 من أبنائهم مفقودون.", "7 من أبنائهم", "الأهالي"),
        ("وقال الجيش إن 5 جنود قتلوا، لكنه أكد أن ٣ أصيبوا بجروح طفيفة.", "٣ أصيبوا", "الجيش"),
    ],
)
def test_probe_svo_clause_then_second_verb(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- «اكتفى بالقول», participles, conjoined calls, blame ------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ورفض الجيش التعليق، مكتفياً بالقول إن التحقيق جار.", "التحقيق جار", "الجيش"),
        pytest.param("ولم تعلق الوزارة على الأرقام، واكتفى متحدثها بالقول إن \"الوضع تحت السيطرة\".", "تحت السيطرة", "الوزارة",
                     marks=pytest.mark.xfail(strict=True, reason="a subject between «اكتفى» and «بالقول»: its possessive must "
                                             "resolve to the negated clause's subject, which is no speaker (sources)")),
        ("وأدانت الهيئة الهجوم الذي أودى بحياة 9 أشخاص، مطالبةً بتحقيق دولي.", "بتحقيق دولي", "الهيئة"),
        ("وقال الاتحاد إن ٧٠ صحفياً اعتقلوا، مندداً بـ\"القمع الممنهج\".", "القمع الممنهج", "الاتحاد"),
        ("أعلنت النقابة إضراباً شاملاً، مذكرةً بأن 3 من أعضائها ما زالوا محتجزين.", "3 من أعضائها", "النقابة"),
        ("قال المرصد إن 11 مدنياً قتلوا، ودعا المجتمع الدولي إلى التحرك.", "إلى التحرك", "المرصد"),
        ("أكدت اللجنة أن عشرات المعتقلين تعرضوا للتعذيب، وطالبت السلطات بالإفراج عنهم.", "بالإفراج عنهم", "اللجنة"),
        ("أعلنت الوزارة ارتفاع الوفيات إلى 120، ودعت المنظمات الدولية إلى التدخل العاجل.", "التدخل العاجل", "الوزارة"),
        ("وأكد مسعفون أن عشرات الجرحى نقلوا إلى المستشفيات، مشيرين إلى أن 5 منهم في حالة حرجة.", "5 منهم", "مسعفون"),
        ("وأفادت الشبكة بمقتل ٤ مدنيين، وحمّلت النظام مسؤولية المجزرة.", "مسؤولية المجزرة", "الشبكة"),
    ],
)
def test_probe_said_no_more_participles_calls_blame(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_probe_but_it_said_ends_the_first_claim() -> None:
    text = "وقال الجيش إن 5 جنود قتلوا، لكنه أكد أن ٣ أصيبوا بجروح طفيفة."
    c = claim_with(claims_of(text, "ar"), text, "5 جنود")
    assert "٣" not in text[c.start : c.end] and "لكنه" not in text[c.start : c.end]


def test_probe_conjoined_call_names_no_addressee_as_speaker() -> None:
    for text in ("قال المرصد إن 11 مدنياً قتلوا، ودعا المجتمع الدولي إلى التحرك.",
                 "أكدت اللجنة أن عشرات المعتقلين تعرضوا للتعذيب، وطالبت السلطات بالإفراج عنهم."):
        assert_no_speaker(text, "ar", "المجتمع الدولي")
        assert_no_speaker(text, "ar", "السلطات")


def test_probe_blamed_party_is_no_speaker() -> None:
    text = "وأفادت الشبكة بمقتل ٤ مدنيين، وحمّلت النظام مسؤولية المجزرة."
    assert_no_speaker(text, "ar", "النظام")


# --- habitual cues ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وتتهم المعارضة عادةً القوات الحكومية بقصف الأحياء السكنية.",
        "ويقول المسؤولون دوماً إن الأرقام مبالغ فيها.",
        "والجماعة التي تنفي دائماً استهداف المدنيين لم تعلق.",
    ],
)
def test_probe_habitual_cue_is_no_claim(text: str) -> None:
    assert claims_of(text, "ar") == []


# --- a body merged with its own officer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body_key", "role_key"),
    [
        ("أعلنت وزارة الصحة الفلسطينية استشهاد 5 شبان. وقال الناطق باسمها، الدكتور أشرف القدرة، إن 20 آخرين أصيبوا.", "5 شبان", "20 آخرين"),
        ("قالت خلية الإعلام الأمني إن 4 إرهابيين قتلوا. وأوضح المتحدث باسم الخلية، اللواء سعد معن، أن العملية مستمرة.", "4 إرهابيين", "العملية مستمرة"),
        ("أكدت الشرطة توقيف ١٣ شخصاً. وأضاف مدير إعلام الشرطة، العقيد خالد يوسف، أن 6 منهم أفرج عنهم.", "١٣ شخصاً", "6 منهم"),
    ],
)
def test_probe_body_and_its_own_officer(text: str, body_key: str, role_key: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, body_key).source.source_id == claim_with(cs, text, role_key).source.source_id


# --- headline speakers before a colon; bare «المصدر» -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "body"),
    [
        ("الدفاع المدني: انتشال 9 جثث من تحت الأنقاض\n\nقال الدفاع المدني إن فرقه انتشلت تسع جثث.", "انتشال 9 جثث", "الدفاع المدني"),
        ("«الصحة»: ٣٢ إصابة جديدة بالكوليرا\n\nأعلنت وزارة الصحة تسجيل 32 إصابة جديدة.", "٣٢ إصابة", "وزارة الصحة"),
    ],
)
def test_probe_headline_speaker(text: str, key: str, body: str) -> None:
    c = claim_with(claims_of(text, "ar"), text, key)
    assert body in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أفادت الوكالة الوطنية للإعلام بمقتل ٣ أشخاص. وأشار المصدر إلى أن 5 آخرين جرحوا.", "5 آخرين", "الوكالة الوطنية"),
        ("أعلنت قيادة الشرطة توقيف 8 مطلوبين. وبحسب المصدر نفسه، فإن اثنين منهم فرا.", "اثنين منهم", "قيادة الشرطة"),
    ],
)
def test_probe_bare_source_points_back(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- passive «أفيد», speaker after the content, agreement ---------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قتل ١٠ أشخاص وأصيب 15 آخرون، قال مسؤولون محليون.", "١٠ أشخاص", "مسؤولون محليون"),
        ("إن 4 جنود قتلوا في الكمين، قالت مصادر عسكرية.", "4 جنود", "مصادر عسكرية"),
        ("وقالوا، أي السكان، إن عشرات المنازل تضررت.", "عشرات المنازل", "السكان"),
        ("وأكدت مصادر محلية، فضلت عدم الكشف عن هويتها، أن 3 مدنيين قتلوا.", "3 مدنيين", "مصادر محلية"),
    ],
)
def test_probe_order_and_agreement(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- precision: look-alikes that give no claim / no speaker ---------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("وقالت الوزارة إن مدير المستشفى سامر يوسف أصيب في القصف.", "سامر يوسف"),
        ("وقال الجيش إن مقاتلي الحركة هاجموا 3 مواقع.", "الحركة"),
        ("وأكد المتحدث أن الأمم المتحدة لم تتلق أي طلب.", "الأمم المتحدة"),
        ("وقال الجيش يوم الأحد في بيان إن 4 أصيبوا.", "يوم الأحد"),
        ("وقال أحد السكان لـ«العربي الجديد» إن 4 أصيبوا.", "العربي الجديد"),
        ("وانتقد المرصد منظمة العفو الدولية التي قالت إن 50 قتلوا.", "المرصد"),
    ],
)
def test_probe_mentioned_is_no_speaker(text: str, bad: str) -> None:
    assert_no_speaker(text, "ar", bad)


@pytest.mark.parametrize(
    "text",
    [
        "وزار الوزير المستشفى الذي يضم 200 سرير.",
        "ونشرت الوزارة صوراً لـ 12 مبنى مدمراً.",
        "ودعت الحكومة الأهالي إلى الابتعاد عن المنطقة.",
        "وشارك الآلاف في تشييع الضحايا يوم الجمعة.",
    ],
)
def test_probe_no_claim_at_all(text: str) -> None:
    cs = claims_of(text, "ar")
    assert all("200 سرير" not in text[c.start : c.end] and "تشييع" not in text[c.start : c.end] for c in cs)
    if text.startswith("ونشرت") or text.startswith("وزار") or text.startswith("وشارك"):
        assert cs == []
