"""Arabic attribution: every word order, relays, anonymous sources, coreference, stance.

All sentences are composed for these tests.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of

CASES = [
    # verb - subject - introducer - content (VSO)
    ("وأفادت وزارة الصحة بأن 23 شخصاً قتلوا في القصف الذي طال السوق.", "23 شخصاً قتلوا", "وزارة الصحة",
     {"kind": "ministry", "cue": "أفادت", "rule": "ar.cue_subject_content:أفاد"}),
    ("وقال الجيش الأردني في بيان له اليوم إن طائراته دمرت ثلاثة مخازن للسلاح.", "دمرت ثلاثة مخازن", "الجيش الأردني",
     {"kind": "military", "not_in_content": "بيان"}),
    ("قال مراسلنا في حلب أن 9 جثث وصلت إلى المشفى الميداني.", "9 جثث وصلت", "مراسلنا", {"kind": "journalist"}),
    ("وذكرت وكالة الأنباء الرسمية أن القوات استعادت السيطرة على القرية.", "استعادت السيطرة", "وكالة الأنباء الرسمية",
     {"kind": "agency"}),
    ("أكد الهلال الأحمر أن فرقه أجلت 40 جريحاً من المدينة.", "أجلت 40 جريحاً", "الهلال الأحمر", {}),
    ("وصرح المتحدث باسم الشرطة العقيد سامر يوسف بأن 14 شخصاً اعتقلوا.", "14 شخصاً اعتقلوا", "سامر يوسف",
     {"kind": "official"}),
    ("وأشار المرصد السوري لحقوق الإنسان إلى أن عدد القتلى ارتفع إلى 31.", "عدد القتلى ارتفع", "المرصد السوري",
     {"source_id": "sohr", "kind": "monitor"}),
    # subject - cue - content (SVO)
    ("مصدر طبي في المستشفى الوطني قد أفاد: أن 11 مصاباً يتلقون العلاج.", "11 مصاباً يتلقون", "مصدر طبي",
     {"kind": "anonymous", "rule": "ar.subject_cue_content:أفاد"}),
    ("غير أن ناشطين محليين أكدوا أن عدد النازحين تجاوز ألفي شخص.", "عدد النازحين تجاوز", "ناشطين محليين",
     {"kind": "activists"}),
    ("أما منظمة الصحة العالمية فقالت إن المستشفيات تعمل بنصف طاقتها.", "تعمل بنصف طاقتها", "منظمة الصحة العالمية",
     {"source_id": "who"}),
    # object verbs
    ("وأعلنت القيادة العامة للجيش مقتل خمسة من جنودها في كمين.", "مقتل خمسة من جنودها", "القيادة العامة للجيش",
     {"rule": "ar.cue_subject_object:أعلن"}),
    ("ونفت وزارة الداخلية في بيان سقوط قتلى خلال تفريق المظاهرة.", "سقوط قتلى", "وزارة الداخلية",
     {"stance": "denied", "not_in_content": "بيان"}),
    ("اتهمت منظمة العفو الدولية قوات الأمن باعتقال عشرات الطلاب.", "قوات الأمن باعتقال", "منظمة العفو الدولية",
     {"source_id": "amnesty"}),
    ("وقدّرت الأمم المتحدة عدد النازحين بنحو مئتي ألف شخص.", "عدد النازحين بنحو", "الأمم المتحدة", {"source_id": "un"}),
    # content - preposition - speaker
    ("قتل سبعة مدنيين بينهم طفلان في غارة على البلدة، بحسب الدفاع المدني.", "قتل سبعة مدنيين", "الدفاع المدني",
     {"cue": "بحسب", "not_in_content": "الدفاع المدني"}),
    ("كما قتل أربعة عناصر من الفصيل في الاشتباكات بحسب بيان من الفصيل، فيما تستمر المعارك.", "قتل أربعة عناصر", "الفصيل",
     {"rule": "ar.prep_subject.statement:بحسب"}),
    ("أصيب عشرة أشخاص في الانفجار، وفقاً لمصادر طبية.", "أصيب عشرة أشخاص", "مصادر طبية", {"cue": "وفقاً ل"}),
    ("قتل ثلاثة أشخاص على الأقل بحسب ما أفادت وزارة الصحة المحلية.", "قتل ثلاثة أشخاص", "وزارة الصحة المحلية", {}),
    ("وجاء على لسان محافظ المدينة أن المياه غمرت 300 منزل.", "المياه غمرت 300 منزل", "محافظ المدينة", {}),
    # preposition - speaker - content
    ("وبحسب شبكة حقوقية محلية، فإن 120 شخصاً اعتقلوا منذ بداية الشهر.", "120 شخصاً اعتقلوا", "شبكة حقوقية محلية", {}),
    # direct quotes
    ("وقال قائد ميداني: «دمرنا دبابتين وأسرنا ستة جنود».", "دمرنا دبابتين", "قائد ميداني", {"quote": "direct"}),
    ("«لم يبق في الحي أي مستشفى يعمل»، قال طبيب في المدينة.", "لم يبق في الحي", "طبيب في المدينة",
     {"quote": "direct", "rule": "ar.content_cue_subject:قال"}),
    # relays
    ("نقلت وكالة الأناضول عن مصدر أمني قوله إن 6 مسلحين قتلوا.", "6 مسلحين قتلوا", "مصدر أمني",
     {"via": "الأناضول", "kind": "anonymous"}),
    ("وقالت قناة محلية نقلاً عن مسؤول في البلدية إن الفيضان شرد 500 عائلة.", "الفيضان شرد 500 عائلة", "مسؤول في البلدية",
     {"via": "قناة محلية"}),
    # audiences, fused prepositions, relays inside prepositions, statements of an organisation
    ("وقال مسؤول محلي لـ«الوطن» إن المياه وصلت إلى الطابق الثاني.", "المياه وصلت", "مسؤول محلي",
     {"not_in_content": "الوطن"}),
    ("حسبما أفادت الإذاعة المحلية، فإن 25 شخصاً نقلوا إلى المستشفيات.", "25 شخصاً نقلوا", "الإذاعة المحلية", {}),
    ("ووفق ما نقلت قناة العربية عن مصدر عسكري، فإن 4 طائرات مسيرة أسقطت.", "4 طائرات مسيرة", "مصدر عسكري",
     {"via": "العربية"}),
    ("وتشير الأرقام الأولية للأمم المتحدة إلى أن 15 ألف شخص فروا.", "15 ألف شخص فروا", "الأمم المتحدة",
     {"source_id": "un"}),
    ("وأكدت مصادر أهلية مقتل شابين برصاص مجهولين.", "مقتل شابين", "مصادر أهلية", {"not_in_content": "أهلية"}),
    ("وقدّر ناشطون أعداد النازحين بالآلاف.", "أعداد النازحين", "ناشطون", {"not_in_content": "ناشطون"}),
    ("وكان المرصد قد أعلن في وقت سابق أن الاشتباكات أسفرت عن مقتل 18 عنصراً.", "أسفرت عن مقتل 18", "المرصد",
     {"rule": "ar.subject_cue_content:أعلن"}),
    ('نقل موقع "الأفق" عن مصادر في الشرطة أن عدد الموقوفين بلغ 34.', "عدد الموقوفين بلغ 34", "مصادر في الشرطة",
     {"via": "الأفق"}),
    ("وقال شهود لرويترز إن الطائرات قصفت المستشفى مرتين.", "قصفت المستشفى", "شهود",
     {"kind": "residents", "source_text": "شهود"}),
    ("ونفت قوات سوريا الديمقراطية (قسد) هذه الاتهامات.", "هذه الاتهامات", "قوات سوريا الديمقراطية",
     {"source_id": "sdf", "not_in_content": "قسد", "stance": "denied"}),
    # stance
    ("وأعلن التنظيم أن مقاتليه قتلوا 50 جندياً، وسط تشكيك من مصادر مستقلة في هذا الرقم.", "قتلوا 50 جندياً", "التنظيم",
     {"stance": "disputed"}),
    ("وزعمت الجماعة أنها أسقطت طائرة مسيرة، ولم يتسن التحقق من ذلك.", "أسقطت طائرة", "الجماعة", {"stance": "disputed"}),
]


@pytest.mark.parametrize("text, key, speaker, want", CASES, ids=[c[1] for c in CASES])
def test_arabic_claim(text, key, speaker, want):
    check(text, "ar", key, speaker, **want)


def test_participle_starts_a_claim_of_the_same_speaker():
    text = "وقالت البلدية إن السيول جرفت 20 سيارة، مشيرة إلى أن فرق الإنقاذ انتشلت جثتين."
    a = check(text, "ar", "جرفت 20 سيارة", "البلدية")
    # the participle's implied speaker is shown as the earlier mention that named it
    b = check(text, "ar", "انتشلت جثتين", "البلدية", rule="ar.participle:أشار", source_text="البلدية")
    assert (b.source_start, b.source_end) == (a.source_start, a.source_end)
    assert a.source.source_id == b.source.source_id
    assert "انتشلت" not in text[a.start : a.end]  # one claim per content unit


def test_coreference_implied_subject_and_demonstrative():
    text = (
        "قال مصدر في الدفاع المدني إن 8 أشخاص قتلوا في الغارة. "
        "وأضاف أن بين القتلى ثلاث نساء. "
        "ويرى هذا المصدر أن الحصيلة مرشحة للارتفاع. "
        "وأكد المصدر أن فرق الإنقاذ ما زالت تعمل."
    )
    first = check(text, "ar", "8 أشخاص قتلوا", "مصدر في الدفاع المدني", kind="anonymous")
    # "وأضاف" with no subject, "هذا المصدر" and "المصدر" all show the antecedent's mention
    implied = check(text, "ar", "ثلاث نساء", "مصدر", source_text="مصدر في الدفاع المدني")
    demo = check(text, "ar", "مرشحة للارتفاع", "مصدر", source_text="مصدر في الدفاع المدني")
    defin = check(text, "ar", "فرق الإنقاذ ما زالت", "مصدر", source_text="مصدر في الدفاع المدني")
    assert implied.source_start == demo.source_start == defin.source_start == first.source_start < first.start
    assert first.source.source_id == implied.source.source_id == demo.source.source_id == defin.source.source_id


def test_two_speakers_in_one_sentence_get_two_claims():
    text = "وقال الجيش إن 12 مسلحاً قتلوا، في حين ذكر ناشطون أن القتلى مدنيون."
    a = check(text, "ar", "12 مسلحاً قتلوا", "الجيش")
    b = check(text, "ar", "القتلى مدنيون", "ناشطون", kind="activists")
    assert a.end <= b.start
    assert "ناشطون" not in text[a.start : a.end]


def test_relative_clause_verb_is_not_a_cue():
    text = "وأفادت الوزارة بأن 60 شخصاً قتلوا، وهو الرقم الذي قالت عنه المعارضة إنه أقل من الحقيقة."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and cs[0].cue == "أفادت"


def test_embedded_speech_stays_in_the_outer_claim():
    text = "قال مصدر محلي إن أغلب السكان، أكدوا أن القصف استمر ساعتين، كما أن القتلى هم بحسب المصدر من المدنيين."
    cs = claims_of(text, "ar")
    assert len(cs) == 1
    assert "من المدنيين" in text[cs[0].start : cs[0].end]


def test_statement_as_speaker_resolves_to_its_issuer():
    text = "قتل جنديان في الهجوم بحسب بيان نشرته الحركة على موقعها. وقال البيان إن مقاتليها عادوا إلى مواقعهم."
    a = check(text, "ar", "قتل جنديان", "الحركة", kind="armed_group")
    b = check(text, "ar", "عادوا إلى مواقعهم", "الحركة", source_text="الحركة")  # the issuer, not "البيان"
    assert b.source_start < a.end
    assert a.source.source_id == b.source.source_id


def test_impersonal_narration_is_not_attributed():
    text = "قال الجيش إن 5 مسلحين قتلوا. ويُذكر أن المدينة شهدت معارك مماثلة العام الماضي."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and "المدينة شهدت" not in text[cs[0].start : cs[0].end]


def test_name_in_parentheses_is_not_a_verb():
    # "آفاد" (a disaster agency's acronym) folds like the verb أفاد
    text = "أعلنت هيئة الطوارئ التركية (آفاد) أن 120 شخصاً قتلوا."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and cs[0].cue == "أعلنت"


def test_speaker_words_about_others_are_not_the_articles_doubt():
    text = "ونفت الوزارة سقوط مدنيين، معتبرة أن هذه ادعاءات لا أساس لها."
    cs = claims_of(text, "ar")
    assert [c.stance for c in cs] == ["denied", "asserted"]


def test_wifq_ma_afadat_bihi():
    text = "قتل 9 أشخاص في القصف، وفق ما أفادت به منظمة الدفاع المدني السوري."
    check(text, "ar", "قتل 9 أشخاص", "الدفاع المدني", source_id="white-helmets")
