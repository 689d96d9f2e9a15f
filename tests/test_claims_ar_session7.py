"""Arabic (session 7): speaker wording around counts, as other newsrooms phrase it.

- A toll "published by X" after «حسب/وفق/بحسب»: the statement noun, a verb with an object
  pronoun that issues it (نشر، أصدر، وزّع، بثّ، عمّم), an optional time adverb, then the owner
  («حسب حصيلة نشرتها يوم الأحد مصالح الحماية المدنية»).
- A cue set off by commas inside a clause («تدخلت الوحدات، يضيف البيان، لإسعاف ...»): the
  clause on both sides is its content, and a «ب» + verbal noun after its closing comma is no
  introducer.
- An office named by its duty («المكلف بالإعلام بالمديرية ...»، «المسؤولة عن الإعلام في ...»)
  is a speaker phrase, its ranked bearer («الملازم الأول X») in apposition; a general
  directorate named by the service it runs speaks for that service (one source).

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claim_with, claims_of

LEAD = "قال الجيش إن الهجوم صد. "


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("لقي 38 شخصاً حتفهم في حوادث مرور، حسب حصيلة نشرتها يوم الأحد مصالح الحماية المدنية.", "38 شخصاً", "الحماية المدنية"),
        ("لقي 12 شخصاً حتفهم، وفق حصيلة أصدرتها أمس وزارة الصحة.", "12 شخصاً", "وزارة الصحة"),
        ("قتل خمسة أشخاص، بحسب بيان أصدرته مساء الأحد الشرطة المحلية.", "خمسة أشخاص", "الشرطة المحلية"),
        ("نزح 400 شخص، بحسب تقرير وزعته البعثة الأممية.", "400 شخص", "البعثة الأممية"),
        ("أصيب 20 شخصاً، وفق أرقام نشرها الدفاع المدني.", "20 شخصاً", "الدفاع المدني"),
        ("اعتقل 9 أشخاص، حسب بلاغ عممته صباح اليوم المديرية العامة للأمن الوطني.", "9 أشخاص", "المديرية العامة للأمن"),
    ],
)
def test_statement_issued_by_its_owner(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "before", "after", "speaker"),
    [
        (LEAD + "كما تدخلت وحدات الإنقاذ، يضيف البيان، لإسعاف 14 شخصاً أصيبوا باختناق في منازلهم.", "تدخلت وحدات", "14 شخصاً", "الجيش"),
        ("وقتل خمسة مدنيين، تقول الوزارة، بعد سقوط قذيفة على السوق.", "خمسة مدنيين", "سقوط قذيفة", "الوزارة"),
        ("ونقل 30 مصاباً، يوضح المصدر الطبي، إلى مستشفى المدينة.", "30 مصاباً", "مستشفى المدينة", "المصدر الطبي"),
    ],
)
def test_cue_set_off_inside_the_clause(text: str, before: str, after: str, speaker: str) -> None:
    c = check(text, "ar", after, speaker)
    assert before in text[c.start : c.end]


@pytest.mark.parametrize(
    ("text", "own_next"),
    [
        ("قتل خمسة مدنيين، قالت الوزارة، مشيرة إلى أن 7 أصيبوا.", "7 أصيبوا"),
        ("قتل خمسة مدنيين، قالت الوزارة، فيما نفى الجيش ذلك.", None),
        ("قتل خمسة مدنيين، قالت الوزارة، التي تدير المستشفى.", None),
    ],
)
def test_cue_between_commas_does_not_swallow_the_next_clause(text: str, own_next: str | None) -> None:
    c = claim_with(claims_of(text, "ar"), text, "خمسة مدنيين")
    content = text[c.start : c.end]
    assert "مشيرة" not in content and "فيما" not in content and "التي" not in content
    if own_next:
        check(text, "ar", own_next, "الوزارة")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("دعا المكلف بالإعلام بالمديرية العامة للحماية المدنية، الملازم الأول سمير داود، المواطنين إلى الحذر، مؤكداً أن 5 أشخاص توفوا.",
         "5 أشخاص توفوا", "سمير داود"),
        ("وأكد المكلف بالاتصال بولاية سطيف وفاة 3 أشخاص في الحادث.", "وفاة 3 أشخاص", "المكلف بالاتصال"),
        ("وأعلنت المسؤولة عن الإعلام في البعثة، سارة منصور، مقتل 3 أشخاص.", "مقتل 3 أشخاص", "سارة منصور"),
        ("وقال الملازم الأول كريم بوزيد إن 4 أشخاص أصيبوا.", "4 أشخاص", "كريم بوزيد"),
        ("وأعلن المسؤول عن الإعلام في الشرطة، الرقيب أول ماهر سعيد، توقيف 6 مشتبه بهم.", "توقيف 6", "ماهر سعيد"),
    ],
)
def test_office_named_by_its_duty(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert not text[c.start : c.end].startswith(("بالإعلام", "بالاتصال", "في البعثة", "الملازم"))


def test_general_directorate_speaks_for_its_service() -> None:
    text = ("لقي 38 شخصاً حتفهم خلال أسبوع، حسب حصيلة نشرتها مصالح الحماية المدنية. "
            "ودعا المكلف بالإعلام بالمديرية العامة للحماية المدنية، الملازم الأول سمير داود، السائقين إلى الحذر، "
            "مؤكداً أن 90 بالمائة من الحوادث سببها السرعة.")
    cs = claims_of(text, "ar")
    first = claim_with(cs, text, "38 شخصاً")
    later = claim_with(cs, text, "سببها السرعة")
    assert first.source.source_id == later.source.source_id


def test_general_directorate_of_another_service_stays_apart() -> None:
    text = ("لقي 38 شخصاً حتفهم خلال أسبوع، حسب حصيلة نشرتها مصالح الحماية المدنية. "
            "وقال المكلف بالإعلام بالمديرية العامة للأمن الوطني، العميد سمير داود، إن 12 سائقاً أوقفوا.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "38 شخصاً").source.source_id != claim_with(cs, text, "12 سائقاً").source.source_id


def test_publishing_verb_without_statement_is_no_owner_phrase() -> None:
    assert_no_speaker("ونشرت الصحيفة صوراً قالت إنها لـ 9 قتلى.", "ar", "صوراً")


@pytest.mark.parametrize(
    ("text", "body_key", "role_key"),
    [
        # a state service's class noun «الجهاز» after the service spoke
        ("قال الدفاع المدني في غزة إن 23 شخصاً قتلوا. وقال المتحدث باسم الجهاز، محمود سالم، إن طواقمه تبحث عن 11 شخصاً.",
         "23 شخصاً", "11 شخصاً"),
        ("وأعلن جهاز الإسعاف مقتل 9 أشخاص. وقال الناطق باسم الجهاز، أسامة الهادي، إن 4 مسعفين أصيبوا.", "9 أشخاص", "4 مسعفين"),
        # honorific + name (an «ال» surname) + the role, the ministry after a lam
        ("أعلنت وزارة الصحة والسكان وفاة 4 مواطنين. وصرح الدكتور حسام المصري، المتحدث الرسمي لوزارة الصحة والسكان، بأن 19 مصاباً غادروا.",
         "4 مواطنين", "19 مصاباً"),
        ("قالت وزارة الداخلية إن 6 أوقفوا. وقال العقيد سامي الحربي، المتحدث باسم الوزارة، إن 3 منهم فروا.", "6 أوقفوا", "3 منهم"),
        # the media officer of a unit, its owner after «في»
        ("ونعت هيئة الحشد الشعبي ثلاثة من عناصرها، فيما أكد مسؤول إعلام محور الشمال في الحشد، علي كاظم، أن العدد ارتفع إلى أربعة.",
         "ثلاثة من عناصرها", "ارتفع إلى أربعة"),
    ],
)
def test_body_and_its_own_officer_are_one_source(text: str, body_key: str, role_key: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, body_key).source.source_id == claim_with(cs, text, role_key).source.source_id


@pytest.mark.parametrize(
    "text",
    [
        # «الجهاز» names a state service, not an army or a group
        "قال الجيش إن 5 قتلوا. وقال المتحدث باسم الجهاز، أسامة الهادي، إن طواقمه انتشلت 3 جثث.",
        "قالت حركة حماس إن 5 قتلوا. وقال المتحدث باسم الجهاز، أسامة الهادي، إن طواقمه انتشلت 3 جثث.",
        # a person named with no link to the body stays apart
        "أعلنت وزارة الصحة وفاة 4 مواطنين. وقال الدكتور سامي الحربي، مدير مستشفى المدينة، إن 19 مصاباً وصلوا.",
    ],
)
def test_officer_of_another_body_stays_apart(text: str) -> None:
    cs = claims_of(text, "ar")
    assert len({c.source.source_id for c in cs}) == 2


# --- speakers after the content and inside relative asides (gold_ag classes) ------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # a quoted audience between «ما قاله» and the speaker; a role + the bearer's bare name
        ("اعتقلت دورية 14 شاباً، بحسب ما قاله لـ«تلفزيون سوريا» الناشط الإعلامي أبو حسن الحوراني، الذي يتابع الملف.",
         "14 شاباً", "أبو حسن الحوراني"),
        ("داهمت القوات 20 منزلاً، وفق ما أكده لصحيفة «الوطن» الصحفي المحلي سامر يوسف.", "20 منزلاً", "سامر يوسف"),
        ("أصيب 7 أشخاص، بحسب الناشط الحقوقي محمد العلي.", "7 أشخاص", "محمد العلي"),
        ("قتل 3 مدنيين، بحسب ما قاله المتحدث باسم الدفاع المدني في إدلب أحمد شيخو.", "3 مدنيين", "أحمد شيخو"),
    ],
)
def test_speaker_after_the_content_with_audience_and_name(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "الذي" not in text[c.start : c.end]


def test_surname_after_a_named_speaker_after_the_content() -> None:
    text = ("اعتقلت دورية 14 شاباً، بحسب ما قاله لـ«تلفزيون سوريا» الناشط الإعلامي أبو حسن الحوراني. "
            "وأضاف الحوراني أن الدورية داهمت 20 منزلاً.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "14 شاباً").source.source_id == claim_with(cs, text, "20 منزلاً").source.source_id


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقال المتحدث باسم الوزارة، الدكتور خليل حمدان، الذي كان يتحدث من أمام المستشفى، إن المستشفيات استقبلت 52 شهيداً.",
         "52 شهيداً", "خليل حمدان"),
        ("وقال مدير الدفاع المدني، الذي كان يتفقد موقع الانهيار، إن فرقه انتشلت 6 جثث.", "6 جثث", "مدير الدفاع المدني"),
        ("وقالت الناطقة باسم البعثة، سارة منصور، التي كانت تتحدث للصحفيين في جنيف، إن 300 عائلة نزحت.", "300 عائلة", "سارة منصور"),
    ],
)
def test_relative_aside_with_a_verb_inside_the_speaker_phrase(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("«انتشلنا 11 جثة حتى الآن، بينهم ستة أطفال»، هذا ما قاله المتحدث باسم الدفاع المدني في غزة محمود سالم، في تعقيبه على القصف.",
         "11 جثة", "محمود سالم"),
        ("«فقدت خمسة من أقاربي في الغارة»، هذا ما أكده لنا أحد الناجين.", "خمسة من أقاربي", "أحد الناجين"),
        ("«أحصينا 40 غارة خلال يوم واحد»، وهذا ما قاله مدير المرصد.", "40 غارة", "مدير المرصد"),
    ],
)
def test_this_is_what_x_said_after_a_quotation(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text is not None and not c.source_text.startswith("لنا")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أصيب 12 مواطناً خلال هجوم للمستوطنين، وفق ما أفاد به مسؤول ملف الاستيطان في شمال الضفة غسان ناصر.", "12 مواطناً", "غسان ناصر"),
        ("قتل 4 أشخاص، بحسب مدير الإسعاف في حي الشجاعية سامي حمد.", "4 أشخاص", "سامي حمد"),
    ],
)
def test_role_place_then_bearer_name(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("غير أن نقابة الأطباء شككت في الأرقام الرسمية، وقالت في بيان إن عدد الوفيات تجاوز 90 حالة.", "90 حالة", "نقابة الأطباء"),
        ("لكن المنظمة رفضت الرواية الرسمية، وقالت في تقرير إن 40 شخصاً قتلوا.", "40 شخصاً", "المنظمة"),
        ("نقابة المحامين انتقدت الحملة، وقالت إن 25 محامياً اعتقلوا.", "25 محامياً", "نقابة المحامين"),
    ],
)
def test_svo_clause_subject_speaks_through_a_second_verb(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أحد الجيران روى لـ«الموقع» أن 4 أشخاص ما زالوا تحت الأنقاض.", "4 أشخاص", "أحد الجيران"),
        ("أحد الجيران ويدعى سمير الحلبي قال إن 3 أطفال قتلوا.", "3 أطفال", "سمير الحلبي"),
        ("وقال جيران العائلة إن 5 من أفرادها فقدوا.", "5 من أفرادها", "جيران العائلة"),
    ],
)
def test_neighbours_speak(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "وقال عضو في الفريق إن الفريق أحصى منذ مطلع العام 37 تفجيراً، أسفرت عن مقتل 118 مدنياً.",
        "وقال مصدر طبي إن المستشفى سجل خلال الأسبوع 40 إصابة، أغلبها عن طريق الرصاص.",
    ],
)
def test_counting_verb_inside_a_claim_is_no_claim(text: str) -> None:
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and cs[0].cue in ("قال",)


# --- counts outside war tolls (gold_ah classes) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب إحصاءات غير رسمية، فإن حوادث انهيار الآبار أودت بحياة أكثر من 60 عاملاً.",
        "قتل 60 شخصاً، وفق أرقام غير رسمية.",
        "وتقدر تكلفة حوادث المرور على الاقتصاد بأكثر من 100 مليار دينار سنوياً.",
        "وتقدر خسائر المزارعين بنحو 5 ملايين دولار.",
    ],
)
def test_unowned_statistics_and_estimated_amounts_are_no_claims(text: str) -> None:
    assert claims_of(text, "ar") == []


def test_unofficial_statistics_of_a_named_owner_still_speak() -> None:
    text = "قتل 60 شخصاً، وفق أرقام غير رسمية للمرصد."
    check(text, "ar", "60 شخصاً", "المرصد")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقال أب لأحد القاصرين الموقوفين، رفض الكشف عن اسمه، للموقع إن ابنه غادر المنزل.", "ابنه غادر", "أب لأحد القاصرين"),
        ("وقالت أم لإحدى الطالبات إن ابنتها أصيبت.", "ابنتها أصيبت", "أم لإحدى الطالبات"),
    ],
)
def test_one_of_after_a_speaker_is_no_audience(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "body"),
    [
        ("«الإطفاء»: وفاة 6 أشخاص في حريق بناية\n\nأعلنت قوة الإطفاء العام وفاة 6 أشخاص وإصابة 27 آخرين في الحريق.",
         "وفاة 6 أشخاص في حريق", "قوة الإطفاء"),
        ("«الطوارئ»: 45 قتيلاً في هجوم على قرى\n\nقالت غرفة طوارئ المدينة إن 45 شخصاً قتلوا في الهجوم.",
         "45 قتيلاً في هجوم", "غرفة طوارئ"),
        ("الشركة الوطنية للكهرباء: انقطاع التيار عن 40 قرية\n\nأعلنت الشركة الوطنية للكهرباء انقطاع التيار عن 40 قرية.",
         "التيار عن 40 قرية\n", "الشركة الوطنية"),
    ],
)
def test_headline_name_is_the_body_of_the_text(text: str, key: str, body: str) -> None:
    c = claim_with(claims_of(text, "ar"), text, key.strip())
    assert "headline_colon" in c.rule
    assert body in c.source.name


@pytest.mark.parametrize(
    ("text", "body_key", "role_key"),
    [
        ("أعلنت الشركة السودانية للموارد المعدنية مصرع 11 عاملاً. وقال مدير إدارة التعدين بالشركة، المهندس سامي علي، إن البئر انهارت.",
         "مصرع 11", "البئر انهارت"),
        ("قال جهاز الإسعاف إن 5 قتلوا. وقال مدير الإمداد والتجهيز في الجهاز، محمد سالم، إن 3 سيارات تضررت.", "5 قتلوا", "3 سيارات"),
    ],
)
def test_department_head_speaks_for_its_owner(text: str, body_key: str, role_key: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, body_key).source.source_id == claim_with(cs, text, role_key).source.source_id


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف المصدر أن الوحدات قامت بـ4.128 تدخلاً لإسعاف 39 جريحاً.",
        "وزعت المؤسسة 3.500 قفة و1.200 غطاء على الأسر، فيما أعلن الجيش إجلاء 312 شخصاً.",
    ],
)
def test_a_number_glued_to_a_clitic_does_not_end_the_sentence(text: str) -> None:
    from newsclaims.extract.sentences import tokenize

    assert len(tokenize(text, "ar").sents) == 1


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("لقي 43 شخصاً حتفهم، حسب حصيلة نشرتها مصالح الحماية المدنية. وأوضح البيان أن 6 توفوا في المسيلة. "
         "وأضاف المصدر أن الوحدات أخمدت 812 حريقاً.", "812 حريقاً", "الحماية المدنية"),
        ("قالت وزارة الصحة إن 5 قتلوا. وأضاف المصدر أن 3 أصيبوا.", "3 أصيبوا", "وزارة الصحة"),
    ],
)
def test_bare_source_after_a_body_is_the_body(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_bare_source_after_an_anonymous_source_stays_that_source() -> None:
    text = "قال مصدر أمني إن 5 قتلوا. وقالت الوزارة إن 4 أصيبوا. وأضاف المصدر أن 3 فقدوا."
    check(text, "ar", "3 فقدوا", "مصدر أمني")


def test_headline_body_inside_a_fuller_name_is_one_source() -> None:
    text = ("نقابة الأطباء: الكوليرا تحصد 64 روحاً في الولاية\n\n"
            "قالت اللجنة التمهيدية لنقابة أطباء السودان إن الكوليرا حصدت أرواح 64 شخصاً. "
            "وأضافت النقابة في بيان أن 11 منهم توفوا في منازلهم.")
    cs = claims_of(text, "ar")
    ids = {claim_with(cs, text, k).source.source_id for k in ("تحصد 64", "حصدت أرواح", "11 منهم")}
    assert len(ids) == 1


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقال رئيس البلدية، السيد حسن فواز، الذي شارك في عمليات رفع الأنقاض، لـ«الموقع» إن المنزل سوي بالأرض.", "سوي بالأرض", "حسن فواز"),
        ("وقالت مديرة المدرسة، التي شاركت في رفع الركام، إن 3 تلاميذ أصيبوا.", "3 تلاميذ", "مديرة المدرسة"),
    ],
)
def test_verbal_noun_raf_in_a_relative_aside_is_no_cue(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_blamed_party_after_a_conjoined_blame_verb_is_no_speaker() -> None:
    text = "وأوضحت التنسيقية في بيان أن بين القتلى سبعة أطفال، وحمّلت قيادة الدعم السريع «المسؤولية الكاملة» عن الهجوم."
    c = check(text, "ar", "المسؤولية الكاملة", "التنسيقية")
    assert "قيادة" not in c.source.name


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("في المقابل، رفضت مصلحة السجون التعليق على هذه الأرقام، واكتفت بالقول إنها «تعمل وفق القانون».", "وفق القانون", "مصلحة السجون"),
        ("قال المتحدث باسم الشرطة إن 3 أوقفوا، واكتفى بالقول إن التحقيق جار.", "التحقيق جار", "المتحدث باسم الشرطة"),
        ("وقالت مصلحة الأرصاد الجوية إن الأمطار ستستمر ثلاثة أيام.", "الأمطار ستستمر", "مصلحة الأرصاد"),
    ],
)
def test_said_no_more_than(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_contenting_with_an_act_is_no_claim() -> None:
    assert claims_of("واكتفت الوزارة بإصدار بيان مقتضب.", "ar") == []


def test_contenting_with_a_first_name_inside_a_speaker_phrase_is_no_cue() -> None:
    text = "وقال أحد السكان، ويدعى داويت واكتفى بذكر اسمه الأول لدواعٍ أمنية، لوكالة الأنباء إنه ساعد في دفن 28 شخصاً."
    check(text, "ar", "دفن 28 شخصاً", "داويت")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قالت الوزارة إن 5 أشخاص قتلوا، ودعت إلى التهدئة.", "إلى التهدئة", "الوزارة"),
        ("أفاد مكتب المفوضية بأن فرقه وثقت إصابة 31 شخصاً، ودعا إلى إطلاق سراح المعتقلين.", "إطلاق سراح", "مكتب المفوضية"),
        ("قدّرت الحكومة عدد القتلى بواحد وأربعين، ودعت المجتمع الدولي إلى وقف الإمدادات.", "وقف الإمدادات", "الحكومة"),
        ("قال الجيش إن 3 جنود أصيبوا، وناشد الأطراف المتحاربة إلى وقف القتال.", "وقف القتال", "الجيش"),
    ],
)
def test_conjoined_call_after_a_claim_is_the_same_speakers(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert c.source_text is None or "الأطراف" not in c.source_text


def test_conjoined_call_by_a_named_body_keeps_its_subject() -> None:
    text = "قالت الوزارة إن 5 أشخاص قتلوا، ودعت الأمم المتحدة إلى التهدئة."
    check(text, "ar", "إلى التهدئة", "الأمم المتحدة")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("قالت الجمعية إن 400 شاب احتجزوا، منددة بما وصفته \"المقاربة الأمنية\".", "المقاربة الأمنية", "الجمعية"),
        ("أفادت الوزارة بأن 71 أستاذاً تغيبوا، مذكّرة بأن الأيام غير المعمول بها ستخصم من الرواتب.", "ستخصم من الرواتب", "الوزارة"),
        ("وتوقع المركز الوطني للأرصاد استمرار الحالة المدارية حتى الأسبوع المقبل.", "استمرار الحالة", "المركز الوطني للأرصاد"),
        ("وتوقعت إدارة الأرصاد الجوية هطول أمطار غزيرة خلال اليومين المقبلين.", "هطول أمطار", "إدارة الأرصاد"),
    ],
)
def test_condemning_reminding_and_forecasting(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_memo_noun_is_no_cue() -> None:
    assert claims_of("سلمت الوزارة مذكرة إلى السفارة، مذكرة رسمية.", "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "ولم يصدر تعليق فوري من قوات الدعم السريع، التي تتهم عادة الجيش بـ\"فبركة\" الاتهامات.",
        "وتقول الوزارة دائماً إن الأرقام مبالغ فيها.",
        "والحركة تنفي غالباً أي دور لها في الهجمات.",
    ],
)
def test_what_a_speaker_usually_says_is_no_claim(text: str) -> None:
    assert claims_of(text, "ar") == []


def test_habit_adverb_inside_the_content_does_not_cancel_the_claim() -> None:
    text = "وتقول الوزارة إن الوضع دائماً صعب في 5 مدن."
    check(text, "ar", "5 مدن", "الوزارة")


def test_secretary_generals_spokesman_is_the_body() -> None:
    text = ("قالت الأمم المتحدة إن 13 من موظفيها محتجزون. "
            "وقال المتحدث باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، إن المنظمة ترحب بالإفراج عن اثنين.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "13 من موظفيها").source.source_id == claim_with(cs, text, "الإفراج عن اثنين").source.source_id


def test_headline_bare_source_is_the_texts_one_anonymous_source() -> None:
    text = ("انهيار عقار في المدينة.. ومصدر: انتشال 5 جثث\n\n"
            "قال مصدر أمني بمديرية الأمن إن فرق الحماية المدنية انتشلت جثث خمسة أشخاص.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "انتشال 5 جثث").source.source_id == claim_with(cs, text, "جثث خمسة").source.source_id


def test_media_department_head_speaks_for_the_body_not_the_media() -> None:
    text = ("أعلنت هيئة الدفاع المدني والإسعاف ارتفاع عدد الوفيات إلى 18. "
            "وقال مدير إدارة الإعلام بالهيئة، المقدم خالد سالم، إن الفرق أنقذت 40 شخصاً.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "إلى 18").source.source_id == claim_with(cs, text, "40 شخصاً").source.source_id
