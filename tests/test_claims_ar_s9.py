"""Arabic, session 9: posts quoted with no colon, one reading of "claimed responsibility", and
leftovers of session 8. Every sentence is composed here (newsroom styles of the Levant, the Gulf,
Egypt and the Maghreb; both word orders; with and without «قد» and time adverbs); none is taken
from an article or from a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


# --- 1. a post quoted after the platform phrase: a colon OR an opening quotation mark ------------
# «نشرت الوزارة على تلغرام «...»» never became a claim: the gate wanted a colon before the quote.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ونشرت الوزارة على تلغرام «قتل 12 مدنياً في القصف على البلدة».", "قتل 12 مدنياً", "الوزارة"),
        ("ونشرت وزارة الداخلية، مساء الأحد، على قناتها في تلغرام «ضبطنا 14 مهرباً على الحدود».", "ضبطنا 14 مهرباً", "وزارة الداخلية"),
        ("نشرت الداخلية المصرية عبر صفحتها الرسمية على فيسبوك \"تم ضبط 9 متهمين في القاهرة\".", "ضبط 9 متهمين", "الداخلية المصرية"),
        ("وقد نشر الجيش اللبناني على حسابه في منصة إكس «أصيب 3 عسكريين جراء القصف الإسرائيلي».", "أصيب 3 عسكريين", "الجيش اللبناني"),
        ("نشر الجيش اللبناني في منصة إكس «أصيب 3 عسكريين جراء القصف».", "أصيب 3 عسكريين", "الجيش اللبناني"),
        ("ونشر المتحدث باسم الحكومة على حسابه «نرفض هذه الاتهامات جملة وتفصيلاً».", "نرفض هذه الاتهامات", "المتحدث باسم الحكومة"),
        ("نشرت المديرية العامة للأمن الوطني على صفحتها «توقيف 7 أشخاص يشتبه في تورطهم في السرقة».", "توقيف 7 أشخاص", "المديرية العامة للأمن الوطني"),
        ("ونشرت الوزارة على منصة «إكس» «انتشال 5 جثث من تحت الأنقاض حتى الآن».", "انتشال 5 جثث", "الوزارة"),
        ("كتب المتحدث عبر حسابه في إكس \"لن نتراجع عن مطالبنا\".", "لن نتراجع", "المتحدث"),
        # the colon keeps working
        ("ونشرت الوزارة على تلغرام: «قتل 12 مدنياً في القصف».", "قتل 12 مدنياً", "الوزارة"),
    ],
)
def test_post_quoted_with_or_without_colon(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "تلغرام" not in (c.source_text or "") and "إكس" not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "نشرت الوزارة صوراً للدمار في المدينة.",
        "ونشرت الوزارة على صفحتها صوراً للدمار الذي خلفه القصف.",
        "ونشرت الوزارة على منصة «إكس» صوراً للدمار.",
        "ونشرت الوزارة على صفحة «مرصد حلب» صوراً للضحايا.",
        "نشرت الوكالة «صور الضحايا» على موقعها.",
        "ونشرت صحيفة «الأيام» تقريراً عن الحادث.",
    ],
)
def test_publishing_without_a_quoted_post_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text, "ar") if c.cue.startswith(("نشر", "ونشر"))], claims_of(text, "ar")


# --- 2. «أعلن X مسؤوليته» / «تبنى X الهجوم»: one reading, one window ----------------------------
# The negation filter read 10 tokens for «أعلن», the frame 18: a negated claim with a long subject
# between the verb and «مسؤوليته» escaped the negation test.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة في بيان نشرته على منصاتها مسؤوليتها عن الهجوم على الثكنة.", "الهجوم على الثكنة", "جماعة نصرة الإسلام والمسلمين"),
        ("وأعلن تنظيم الدولة مسؤوليته عن الهجوم الذي أودى بحياة 12 جندياً.", "أودى بحياة 12", "تنظيم الدولة"),
        ("وقد تبنى فرع تنظيم الدولة في غرب أفريقيا يوم الأحد الهجوم على المعسكر.", "الهجوم على المعسكر", "فرع تنظيم الدولة"),
        ("وتبنت حركة الشباب الهجوم على القاعدة العسكرية قرب مقديشو.", "الهجوم على القاعدة", "حركة الشباب"),
        ("أعلنت جبهة تحرير ماسينا مساء أمس عبر وكالة محلية مسؤوليتها عن الكمين الذي استهدف الدورية.", "الكمين الذي استهدف", "جبهة تحرير ماسينا"),
    ],
)
def test_claimed_attack_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "ولم تعلن أي جهة مسؤوليتها عن التفجير.",
        # the responsibility noun 13 tokens after the verb (beyond the old 10-token window)
        "ولم يعلن تنظيم الدولة الإسلامية عبر وكالة أعماق التابعة له حتى مساء اليوم مسؤوليته عن التفجير.",
        "لم تعلن الجماعة المسلحة الناشطة في منطقة الساحل الأفريقي حتى ساعة متأخرة من الليل مسؤوليتها عن الهجوم.",
        "ولم تتبنَّ أي جهة الهجوم على الحافلة حتى الآن.",
    ],
)
def test_negated_claim_of_responsibility_is_no_claim(text: str) -> None:
    assert not claims_of(text, "ar"), [text[c.start : c.end] for c in claims_of(text, "ar")]


# --- 3a. «وقال التقرير» / «وأضاف البيان» / «وأضافت» after the narration named the report's author --
# «أصدرت منظمة X تقريراً ...» is narration (no cue): the report then spoke as a source of its own
# («التقرير»), or a subjectless «وأضافت» went to the speaker before the report.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أصدرت منظمة العفو الدولية تقريراً عن الغارات الأخيرة. وقال التقرير إن الضربات استهدفت أحياء سكنية.", "استهدفت أحياء", "منظمة العفو الدولية"),
        ("ونشرت لجنة حماية الصحفيين تقريرها السنوي يوم الخميس. وذكر التقرير أن 45 صحفياً قتلوا خلال العام.", "45 صحفياً", "لجنة حماية الصحفيين"),
        ("وأصدر المرصد الأورومتوسطي بياناً يوم الاثنين. وقال البيان إن 11 طفلاً قتلوا في الغارات.", "11 طفلاً", "المرصد الأورومتوسطي"),
        ("وقالت الوزارة في بيان إن 15 قتلوا. ونشرت الشرطة بياناً مساء الأحد. وقال البيان إن 4 أشخاص اعتقلوا.", "4 أشخاص اعتقلوا", "الشرطة"),
        ("وفي تقرير صادر عن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، قتل 25 شخصاً. وأشار التقرير إلى أن 4 آلاف نزحوا.", "4 آلاف نزحوا", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
        ("أصدرت منظمة هيومن رايتس ووتش تقريراً عن السجون. وبحسب التقرير، فإن 300 معتقل توفوا تحت التعذيب.", "300 معتقل", "هيومن رايتس ووتش"),
        # a subjectless verb of the issuer's gender
        ("أصدرت منظمة العفو الدولية تقريراً عن الغارات الأخيرة. وأضافت أن الضربات استهدفت أحياء سكنية.", "استهدفت أحياء", "منظمة العفو الدولية"),
        ("قالت وزارة الصحة إن 10 أشخاص قتلوا. وأصدرت منظمة العفو الدولية تقريراً عن الغارات. وأضافت أن الضربات طالت مدرستين.", "طالت مدرستين", "منظمة العفو الدولية"),
        ("قال الجيش إن 10 مسلحين قتلوا. وقد أصدر المرصد السوري لحقوق الإنسان تقريراً عن المعارك. وتابع أن 4 مدنيين قتلوا أيضاً.", "4 مدنيين", "المرصد السوري"),
    ],
)
def test_report_author_named_in_the_narration(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source.name not in ("التقرير", "البيان")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # a speaker named after the report: «وأضافت» goes on with that speaker
        ("أصدرت منظمة العفو الدولية تقريراً عن الغارات. وقالت وزارة الصحة إن 10 قتلوا. وأضافت أن 20 أصيبوا.", "20 أصيبوا", "وزارة الصحة"),
        # a masculine verb does not go to a feminine issuer
        ("قالت وزارة الصحة إن 10 أشخاص قتلوا. وأصدرت منظمة العفو الدولية تقريراً عن الغارات. وأضاف أن الضربات طالت مدرستين.", "طالت مدرستين", "وزارة الصحة"),
        # pictures are no document: «البيان» is the earlier speaker's
        ("وقالت الوزارة في بيان إن 15 قتلوا. ونشرت الشرطة صوراً للمعتقلين. وقال البيان إن 4 أشخاص اعتقلوا.", "4 أشخاص اعتقلوا", "الوزارة"),
        # a report is no statement: «وقال البيان» keeps the statement's speaker
        ("قالت الوزارة في بيان إن 15 قتلوا. وأصدرت منظمة العفو الدولية تقريراً عن الغارات. وأضاف البيان أن 40 أصيبوا.", "40 أصيبوا", "الوزارة"),
    ],
)
def test_report_author_does_not_take_over(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- 3b. a UN official is not the UN agency that spoke before -----------------------------------
# «منسق الأمم المتحدة ...» was merged into «منظمة الأمم المتحدة للطفولة» (the words «الأمم المتحدة»
# are in both): each UN body or official is its own speaker unless the text ties them.

_UNICEF = "قالت منظمة الأمم المتحدة للطفولة (يونيسف) إن 50 طفلاً قتلوا في المعارك. "
_WFP = "وقال برنامج الأغذية العالمي التابع للأمم المتحدة إن مليون شخص يواجهون الجوع. "


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (_UNICEF + "وكتب منسق الأمم المتحدة للشؤون الإنسانية في اليمن على منصة إكس: «نحتاج إلى وصول آمن للمساعدات».", "وصول آمن"),
        (_UNICEF + "وكتب منسق الأمم المتحدة للشؤون الإنسانية في اليمن على منصة إكس «نحتاج إلى وصول آمن للمساعدات».", "وصول آمن"),
        (_UNICEF + "وقال منسق الأمم المتحدة للشؤون الإنسانية في اليمن إن المساعدات متوقفة منذ أسبوع.", "متوقفة منذ"),
        (_WFP + "وقالت منسقة الأمم المتحدة المقيمة في السودان إن 20 عاملاً قتلوا منذ بداية الحرب.", "20 عاملاً"),
        (_WFP + "من جهته، قال منسق الأمم المتحدة في السودان، في تغريدة، إن الممرات الإنسانية مغلقة.", "الممرات الإنسانية"),
        (_UNICEF + "وأضاف مبعوث الأمم المتحدة إلى اليمن أن الهدنة صامدة رغم الخروقات.", "الهدنة صامدة"),
        ("وقالت منظمة الصحة العالمية إن 300 حالة كوليرا سجلت. وقد أكد منسق الأمم المتحدة المقيم في اليمن أن المستشفيات تعمل بنصف طاقتها.", "بنصف طاقتها"),
    ],
)
def test_un_official_is_not_another_un_agency(text: str, key: str) -> None:
    from _claims_helpers import claim_with

    cl = claims_of(text, "ar")
    first, second = cl[0], claim_with(cl, text, key)
    assert first.source.source_id != second.source.source_id, (first.source, second.source)


@pytest.mark.parametrize(
    ("text", "key", "first_key"),
    [
        # the text ties them: the UN itself spoke, its coordinator is its own official
        ("وقالت الأمم المتحدة إن مليوني شخص نزحوا. وكتب منسق الأمم المتحدة المقيم في السودان على منصة إكس «الوضع لا يحتمل».", "لا يحتمل", "مليوني شخص"),
        # the agency's own representative is the agency
        (_UNICEF + "وقال ممثل اليونيسف في اليمن إن المساعدات متوقفة.", "المساعدات متوقفة", "50 طفلاً"),
    ],
)
def test_un_official_of_the_same_body_joins_it(text: str, key: str, first_key: str) -> None:
    from _claims_helpers import claim_with

    cl = claims_of(text, "ar")
    assert claim_with(cl, text, key).source.source_id == claim_with(cl, text, first_key).source.source_id


# --- 3c. a headline's second part after «..» or «،» with its own (multi-word) subject ------------
# «الجيش يعلن ... .. والدعم السريع تنفي ...»: the second verb speaks for its own subject, never
# for the first one's.

_BODY = "\n\nالخرطوم - قال الجيش إن قواته دخلت البلدة."


@pytest.mark.parametrize(
    ("text", "key", "speaker", "first"),
    [
        ("الجيش يعلن السيطرة على البلدة .. وقوات الدعم السريع تنفي دخول القوات" + _BODY, "دخول القوات", "قوات الدعم السريع", "الجيش"),
        ("الجيش يعلن السيطرة على البلدة، وقوات الدعم السريع تنفي دخول القوات" + _BODY, "دخول القوات", "قوات الدعم السريع", "الجيش"),
        ("الجيش يعلن السيطرة على البلدة.. ولجان المقاومة الشعبية تنفي دخول القوات" + _BODY, "دخول القوات", "لجان المقاومة الشعبية", "الجيش"),
        ("الجيش يعلن السيطرة على البلدة .. وشبكة أطباء السودان تتحدث عن مقتل 15 مدنياً" + _BODY, "مقتل 15", "شبكة أطباء السودان", "الجيش"),
        ("الشرطة تعلن تفريق المحتجين، وتنسيقية المهنيين المستقلين تتحدث عن 30 جريحاً\n\nبيروت - قالت الشرطة إن عناصرها تعرضوا للرشق.", "30 جريحاً", "تنسيقية المهنيين المستقلين", "الشرطة"),
        ("الحوثيون يعلنون استهداف سفينة .. والقيادة المركزية الأمريكية تنفي إصابتها\n\nصنعاء - قال المتحدث العسكري للحوثيين إن السفينة أصيبت.", "إصابتها", "القيادة المركزية الأمريكية", "الحوثيون"),
        ("الحكومة تعلن رفع الحصار .. وهيئة الدفاع عن المعتقلين تؤكد استمرار الاعتقالات\n\nعدن - قالت الحكومة إن الطرق فتحت.", "استمرار الاعتقالات", "هيئة الدفاع عن المعتقلين", "الحكومة"),
        ("وزارة الصحة: 25 قتيلاً في القصف .. والمرصد السوري لحقوق الإنسان يتحدث عن 31\n\nدمشق - قالت وزارة الصحة إن الحصيلة أولية.", "عن 31", "المرصد السوري لحقوق الإنسان", "وزارة الصحة"),
    ],
)
def test_headline_second_subject(text: str, key: str, speaker: str, first: str) -> None:
    c = check(text, "ar", key, speaker)
    assert first not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "ونشرت وكالة الأنباء الرسمية بياناً للوزارة. وقال البيان إن 4 أشخاص اعتقلوا.",
        "وأصدرت صحيفة الأيام تقريراً لمنظمة محلية. وذكر التقرير أن 4 أشخاص اعتقلوا.",
    ],
)
def test_publisher_of_another_bodys_document_is_not_its_author(text: str) -> None:
    from _claims_helpers import claim_with

    c = claim_with(claims_of(text, "ar"), text, "4 أشخاص")
    assert "وكالة" not in c.source.name and "صحيفة" not in c.source.name, c.source


# «ونفت الحركة أي علاقة ...»: «أي» ("any") opens the denied object; it read as a nisba of the name
# («الحركة أي»).


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ونفت الحركة أي علاقة لها بالتفجير.", "علاقة لها", "الحركة"),
        ("ونفى الجيش الإسرائيلي أي مسؤولية عن القصف.", "مسؤولية عن القصف", "الجيش الإسرائيلي"),
        ("وقد نفت وزارة الداخلية أية صلة لعناصرها بالحادث.", "صلة لعناصرها", "وزارة الداخلية"),
        ("نفت الشرطة المغربية، الأحد، أي تجاوزات خلال تفريق الوقفة.", "تجاوزات خلال", "الشرطة المغربية"),
        ("ونفت الجماعة أي تورط في الهجوم على القافلة.", "تورط في الهجوم", "الجماعة"),
    ],
)
def test_any_opens_the_denied_object(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "أي" not in (c.source_text or "").split()
