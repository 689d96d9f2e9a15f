"""Arabic: general gaps found by classifying every Arabic miss of the blind sets gold_al and gold_am
(session 8; see tests/gold_al/FINDINGS_ar.md and tests/gold_am/FINDINGS_ar.md), plus leftovers of
gold_aj. Each fix is restated in composed variants (other bodies, places, titles, tenses and word
orders); no sentence is taken from an article or from the gold passages.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of


# --- «اتهم X Y بـ...»: the accused and the charge are content, never part of the speaker ---------
# A long body name ran on over the accused («المنتدى ... والاجتماعية السلطات بترحيل») because a
# definite noun after a definite phrase looked like more of the name.


@pytest.mark.parametrize(
    ("text", "key", "speaker", "accused"),
    [
        ("اتهم المرصد الأورومتوسطي لحقوق الإنسان السلطات بترحيل مئات المهاجرين.", "بترحيل مئات", "المرصد الأورومتوسطي لحقوق الإنسان", "السلطات"),
        ("واتهمت الرابطة التونسية للدفاع عن حقوق الإنسان الشرطة باستخدام القوة.", "باستخدام القوة", "الرابطة التونسية للدفاع عن حقوق الإنسان", "الشرطة"),
        ("في المقابل، اتهم المنتدى الوطني للحقوق الاقتصادية والاجتماعية السلطات بترحيل \"مئات العمال\" قسراً.", "مئات العمال", "المنتدى الوطني للحقوق الاقتصادية والاجتماعية", "السلطات"),
        ("واتهمت المفوضية العليا لحقوق الإنسان الفصائل المسلحة بارتكاب انتهاكات.", "بارتكاب انتهاكات", "المفوضية العليا لحقوق الإنسان", "الفصائل"),
        ("ويتهم الاتحاد العام للشغل الحكومة بالتقصير في حماية العمال.", "بالتقصير", "الاتحاد العام للشغل", "الحكومة"),
        ("واتهم حزب العمال الكردستاني الجيش التركي بقصف القرى الحدودية.", "بقصف القرى", "حزب العمال الكردستاني", "الجيش التركي"),
        ("واتهمت الحكومة السودانية قوات الدعم السريع بقتل 30 مدنياً.", "بقتل 30", "الحكومة السودانية", "قوات"),
        ("اتهمت وزارة الخارجية الأمريكية إيران بتزويد المتمردين بالصواريخ.", "بتزويد", "وزارة الخارجية الأمريكية", "إيران"),
    ],
)
def test_accused_is_not_part_of_the_speaker(text: str, key: str, speaker: str, accused: str) -> None:
    c = check(text, "ar", key, speaker)
    assert accused not in (c.source_text or ""), c.source_text


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # a headline: «PLACE: «X» يتهم Y بـ...» — X (quoted, after the place) accuses, Y is accused
        ("ميانمار: «جيش أراكان» يتهم الجيش بقتل 40 قروياً\n\nيانغون - قال جيش أراكان في بيان إن الطائرات قصفت القرية.", "بقتل 40", "جيش أراكان"),
        ("ليبيا: «حكومة الوحدة» تتهم قوات حفتر باستهداف المطار\n\nطرابلس - قالت الحكومة إن المطار أغلق.", "باستهداف المطار", "حكومة الوحدة"),
        ("السودان: «الدعم السريع» تتهم الجيش بقتل 15 مدنياً في غارة\n\nالخرطوم - قالت قوات الدعم السريع إن الغارة استهدفت سوقاً.", "بقتل 15", "الدعم السريع"),
        ("«منظمة العفو» تتهم الشرطة بقتل 6 متظاهرين\n\nنيروبي - قالت منظمة العفو الدولية إن الشرطة أطلقت النار.", "بقتل 6", "منظمة العفو"),
        # a plural present verb: «الحوثيون يتهمون ...»
        ("اليمن: الحوثيون يتهمون التحالف بقتل 12 صياداً\n\nصنعاء - قالت جماعة الحوثي إن القصف طال قارباً.", "بقتل 12", "الحوثيون"),
    ],
)
def test_headline_accuser_before_the_verb(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert text[c.start : c.end].find(speaker) < 0


# --- workers, employees, fishermen, volunteers and miners speak as witnesses ------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("لكن أحد العاملين في المنطقة، ويدعى عثمان الطيب، قال للإذاعة إن 20 عاملاً ماتوا، مؤكداً أن آخرين تحت الأنقاض.", "آخرين تحت", "أحد العاملين"),
        ("لكن أحد العاملين، ويدعى عثمان، قال إن 20 عاملاً ماتوا.", "20 عاملاً", "أحد العاملين"),
        ("غير أن موظفاً في البلدية قال إن المياه مقطوعة منذ يومين.", "المياه مقطوعة", "موظفاً في البلدية"),
        ("لكن أحد المعدنين، ويدعى علي، قال إن 20 شخصاً ماتوا.", "20 شخصاً", "أحد المعدنين"),
        ("وقال عمال في المصنع إن الحريق اندلع ليلاً.", "الحريق اندلع", "عمال في المصنع"),
        ("وقال أحد المتطوعين في الهلال الأحمر إن الفرق انتشلت 12 جثة.", "12 جثة", "أحد المتطوعين"),
        ("وأكد صيادون من المدينة أنهم عثروا على جثث تطفو قرب الشاطئ.", "عثروا على جثث", "صيادون"),
    ],
)
def test_workers_and_volunteers_are_speakers(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_accusing_verb_inside_content_is_no_claim() -> None:
    text = "وقال السكان إن المسلحين يتهمون القرويين بالتعاون مع الجيش."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and claim_with(cs, text, "القرويين").source_text == "السكان"


# --- a post's platform and the verb's preposition are no part of the speaker ------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker_text"),
    [
        ("وكتب الوزير على «إكس» أن الهجوم فشل.", "الهجوم فشل", "الوزير"),
        ("وكتب المحافظ على «فيسبوك»: «الوضع تحت السيطرة».", "تحت السيطرة", "المحافظ"),
        ("من جهتها، أعربت بعثة الاتحاد الأفريقي عن \"قلقها العميق\" إزاء تصاعد الهجمات.", "قلقها العميق", "بعثة الاتحاد الأفريقي"),
        ("وأعرب المتحدث باسم الأمين العام للأمم المتحدة عن \"قلق بالغ\" إزاء التقارير.", "قلق بالغ", "المتحدث باسم الأمين العام للأمم المتحدة"),
        # a name that folds like the preposition «على» stays whole
        ("وقالت المسؤولة الإعلامية في البلدية، السيدة منى علي، إن 9 منازل تضررت.", "9 منازل", "السيدة منى علي"),
    ],
)
def test_platform_and_preposition_cut_from_speaker(text: str, key: str, speaker_text: str) -> None:
    c = claim_with(claims_of(text, "ar"), text, key)
    assert (c.source_text or "").endswith(speaker_text), c.source_text


def test_surname_posting_on_quoted_platform_is_the_titled_speaker() -> None:
    text = "وقال حاكم الإقليم، يوري كليمنكو، إن خمسة قتلوا. وكتب كليمنكو على «تلغرام»: «الإنقاذ مستمر»."
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "خمسة قتلوا").source.source_id == claim_with(cs, text, "الإنقاذ مستمر").source.source_id


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وأعرب وزير الخارجية الفرنسي عن أسفه لسقوط ضحايا مدنيين.", "أسفه لسقوط", "وزير الخارجية الفرنسي"),
        ("أعربت بعثة الأمم المتحدة عن قلقها العميق إزاء تصاعد العنف، داعية إلى وقف إطلاق النار.", "قلقها العميق", "بعثة الأمم المتحدة"),
        ("وأعربت منظمة الصحة العالمية، في بيان، عن قلقها من تفشي الكوليرا في المخيمات.", "تفشي الكوليرا", "منظمة الصحة العالمية"),
    ],
)
def test_expressed_concern_without_quotes_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- «نقلت Z عن بيان لـX أن ...»: the statement's owner speaks, Z relays ------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker", "via"),
    [
        ("ونقلت وكالة فرات للأنباء عن بيان لمركز الإعلام التابع لقوات الدفاع الشعبي أن الطائرات نفذت 40 غارة.", "40 غارة", "مركز الإعلام التابع لقوات الدفاع الشعبي", "وكالة فرات"),
        ("ونقلت قناة المسيرة عن بيان لوزارة الصحة أن 7 أشخاص قتلوا.", "7 أشخاص", "وزارة الصحة", "قناة المسيرة"),
        ("ونقل التلفزيون الرسمي عن تصريحات لقائد الشرطة أن 9 أشخاص اعتقلوا.", "9 أشخاص", "قائد الشرطة", "التلفزيون الرسمي"),
        ("ونقلت الوكالة عن بيان صادر عن الحركة أن 4 من عناصرها قتلوا.", "4 من عناصرها", "الحركة", "الوكالة"),
        ("ونقلت الوكالة عن بيان للجيش أن 5 جنود قتلوا.", "5 جنود", "الجيش", "الوكالة"),
    ],
)
def test_relay_of_an_owned_statement(text: str, key: str, speaker: str, via: str) -> None:
    c = check(text, "ar", key, speaker, via=via)
    assert not c.source.name.startswith(("بيان", "تصريحات", "ل")), c.source.name


def test_relay_of_an_owned_statement_is_not_the_previous_speaker() -> None:
    text = ("وقالت وزارة الدفاع إن 3 قتلوا. ونقلت وكالة فرات للأنباء عن بيان لمركز الإعلام التابع لقوات الدفاع الشعبي "
            "أن الطائرات نفذت 40 غارة، مؤكدة أن مقاتليها قتلوا 12 جندياً.")
    cs = claims_of(text, "ar")
    first = claim_with(cs, text, "3 قتلوا").source.source_id
    assert claim_with(cs, text, "40 غارة").source.source_id != first
    assert claim_with(cs, text, "12 جندياً").source.source_id == claim_with(cs, text, "40 غارة").source.source_id


# --- relative clauses: the antecedent speaks (with or without a comma) ---------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وجاء ذلك بعد تقرير لمنظمة هيومن رايتس ووتش التي قالت إن القوات أعدمت 12 معتقلاً.", "أعدمت 12", "هيومن رايتس ووتش"),
        ("وزار الوفد مقر الهلال الأحمر الذي أعلن انتشال 30 جثة من الأنقاض.", "30 جثة", "الهلال الأحمر"),
        ("وتسلمت البعثة شكوى من نقابة الأطباء التي أكدت أن 5 من أعضائها اعتقلوا.", "5 من أعضائها", "نقابة الأطباء"),
        ("ولم يصدر تعليق من الحكومة، التي تتهم المعارضة بتأجيج العنف.", "بتأجيج العنف", "الحكومة"),
        ("وبلغت قوة الزلزال ٦٫٨ درجات، وفق مركز رصد الزلازل، الذي أفاد برصد أكثر من ٤٠٠ هزة ارتدادية.", "هزة ارتدادية", "مركز رصد الزلازل"),
        ("وتجاوزت الحصيلة 50 قتيلاً، بحسب الدفاع المدني، الذي أفاد بانتشال 20 جثة.", "20 جثة", "الدفاع المدني"),
    ],
)
def test_relative_clause_cue_is_the_antecedents(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause has its own subject, or the antecedent is no speaker
        "واستهدفت الغارة المنطقة التي قال الجيش إنها تضم مخازن أسلحة.",
        "وأشاد السكان بالدفاع المدني الذي انتشل 12 جثة.",
    ],
)
def test_relative_clause_without_a_speaker_antecedent(text: str) -> None:
    for c in claims_of(text, "ar"):
        assert c.source_text not in ("المنطقة", "السكان")


# --- a body and its own official, named through a class noun, an office or a synonym ----------


@pytest.mark.parametrize(
    ("text", "key_body", "key_official"),
    [
        ("وقدّرت تنسيقية تظاهرات المدينة أعداد المشاركين بأكثر من عشرين ألفاً. وقال الناطق باسم التنسيقية، علي حسن، إن 37 متظاهراً أصيبوا.", "عشرين ألفاً", "37 متظاهراً"),
        ("أعلن الهلال الأحمر الليبي أن متطوعيه انتشلوا 34 جثة. وقال مسؤول الإعلام في فرع الجمعية بمصراتة، سالم علي، إن بين الجثث ست نساء.", "34 جثة", "ست نساء"),
        ("\"قسد\" تعلن إحباط محاولة فرار\n\nأعلنت قوات سوريا الديمقراطية أنها أحبطت محاولة فرار. وقال المتحدث باسم المركز الإعلامي لقسد، سامي علي، إن ستة سجناء قتلوا.", "أحبطت محاولة", "ستة سجناء"),
        ("قتل 42 شخصاً، وفق ما أعلنت الشرطة المحلية الأحد. وقالت المتحدثة باسم شرطة الولاية، ماري جون، إن المهاجمين أحرقوا المنازل.", "قتل 42", "أحرقوا المنازل"),
        ("وقال الجيش اليمني إن قواته صدت هجوماً. وأوضح المتحدث باسم القوات المسلحة، العميد سالم، أن 12 مهاجماً قتلوا.", "صدت هجوماً", "12 مهاجماً"),
        ("وأعلنت قوات الدعم السريع السيطرة على البلدة. وقال المستشار الإعلامي لقائدها، أحمد سالم، إن 30 جندياً أسروا.", "السيطرة على البلدة", "30 جندياً"),
        ("وأعلنت حكومة ولاية النيل الأزرق حالة الطوارئ. وقال واليها، أحمد سالم، إن 12 قرية غمرتها المياه.", "حالة الطوارئ", "12 قرية"),
    ],
)
def test_body_and_its_own_official_are_one_source(text: str, key_body: str, key_official: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, key_body).source.source_id == claim_with(cs, text, key_official).source.source_id


def test_unlinked_officials_stay_apart() -> None:
    # a state's police spokeswoman does not join a ministry; an army's spokesman not a militia
    text = ("وقالت وزارة الصحة إن 12 شخصاً قتلوا. وقالت المتحدثة باسم شرطة الولاية، ماري جون، إن 6 اعتقلوا. "
            "وقالت قوات الدعم السريع إن قواتها تقدمت. وقال المتحدث باسم القوات المسلحة، العميد سالم، إن الهجوم صُد.")
    cs = claims_of(text, "ar")
    ids = {k: claim_with(cs, text, k).source.source_id for k in ("12 شخصاً", "6 اعتقلوا", "قواتها تقدمت", "الهجوم صُد")}
    assert ids["12 شخصاً"] != ids["6 اعتقلوا"]
    assert ids["قواتها تقدمت"] != ids["الهجوم صُد"]


# --- a definite singular person noun refers back to the recent speaker so described ---------


@pytest.mark.parametrize(
    ("text", "key_first", "key_next"),
    [
        ("وقال أحد الناجين، ويدعى سالم محمد، إنه فقد والده. وأضاف الناجي أن أكثر من ألفي شخص فروا.", "فقد والده", "ألفي شخص"),
        ("وقال قائممقام قضاء الزيبار، كاوه علي، إن 11 قرية نزحت. وأضاف المسؤول المحلي أن القصف أحرق البساتين.", "11 قرية", "أحرق البساتين"),
        ("وقال رئيس بلدية المدينة، أحمد سالم، إن 5 قتلوا. وأضاف المسؤول المحلي أن المياه مقطوعة.", "5 قتلوا", "المياه مقطوعة"),
        ("وقال أحد الصيادين، ويدعى عمر، إنهم عثروا على جثث. وأضاف الصياد أن القارب كان مكتظاً.", "عثروا على جثث", "مكتظاً"),
        ("وروى أحد شهود العيان أن الطائرة حلقت فوق السوق. وأضاف الشاهد أن 3 منازل دمرت.", "حلقت فوق", "3 منازل"),
    ],
)
def test_person_noun_refers_back(text: str, key_first: str, key_next: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, key_first).source.source_id == claim_with(cs, text, key_next).source.source_id


# --- «تحدث X، ...، قائلاً إن»: the participle's content is the claim; «وتدعى» names, never claims --


@pytest.mark.parametrize(
    ("text", "key", "speaker", "not_content"),
    [
        ("وتحدث أحد الناجين، ويدعى سالم محمد، لـ\"راديو المدينة\" عبر الهاتف من قرية مجاورة، قائلاً إنه فقد والده.", "فقد والده", "أحد الناجين", "عبر الهاتف"),
        ("وتحدثت إحدى الناجيات، وتدعى فاطمة، للإذاعة من مخيم النزوح، قائلة إن المسلحين أحرقوا منزلها.", "أحرقوا منزلها", "إحدى الناجيات", "مخيم النزوح"),
        ("وقالت سيدة، وتدعى سلمى، إن ابنها اعتقل.", "ابنها اعتقل", "سيدة", "سلمى"),
        ("وقالت امرأة من القرية، تدعى سلمى، إن ابنها اعتقل.", "ابنها اعتقل", "امرأة من القرية", "سلمى"),
        ("لكن إحدى الممرضات، وتدعى هدى، قالت إن المستشفى ممتلئ.", "المستشفى ممتلئ", "إحدى الممرضات", "هدى"),
    ],
)
def test_spoke_then_participle_and_naming_asides(text: str, key: str, speaker: str, not_content: str) -> None:
    check(text, "ar", key, speaker)
    assert not any(not_content in text[c.start : c.end] for c in claims_of(text, "ar"))


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وتحدثت الوزارة، في بيان، عن مقتل 5 أشخاص.", "مقتل 5", "الوزارة"),
        ("وادعت الجماعة أن 50 جندياً قتلوا.", "50 جندياً", "الجماعة"),
        ("لكن إحدى الناجيات قالت إن المسلحين أحرقوا القرية.", "أحرقوا القرية", "إحدى الناجيات"),
    ],
)
def test_spoke_of_and_claimed_stay_claims(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- two named people with one title are two sources; a place is no owner ------------------


def test_second_governor_with_another_name_is_another_source() -> None:
    text = ("وقال حاكم المقاطعة، إيفان بيتروف، إن 13 قتلوا. وفي المنطقة المجاورة، قال الحاكم أولكسندر سيرينكو "
            "إن القصف أسفر عن مقتل شخصين. وأضاف الحاكم إيفان بيتروف أن 20 أصيبوا.")
    cs = claims_of(text, "ar")
    first = claim_with(cs, text, "13 قتلوا").source.source_id
    assert claim_with(cs, text, "مقتل شخصين").source.source_id != first
    assert claim_with(cs, text, "20 أصيبوا").source.source_id == first


def test_office_director_in_the_province_is_not_the_province_sources() -> None:
    text = ("أفادت مصادر طبية في محافظة صعدة بمقتل شخصين. ونقلت قناة محلية عن مدير مكتب الصحة في المحافظة، "
            "طه سالم، قوله إن المديريات تعرضت لأكثر من ١٢٠ قذيفة.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "مقتل شخصين").source.source_id != claim_with(cs, text, "١٢٠ قذيفة").source.source_id


# --- headline speakers: a surname the body titles, the coast guard -----------------------------


@pytest.mark.parametrize(
    ("text", "head_key", "body_key"),
    [
        ("زيلينسكي: روسيا أطلقت أكثر من ٧٠٠ مسيّرة خلال أسبوع\n\nكييف – الجزيرة نت\n\nقُتل 13 شخصاً في زابوريجيا. "
         "من جهته، قال الرئيس الأوكراني فولوديمير زيلينسكي في خطابه المسائي إن روسيا أطلقت «أكثر من ٧٠٠ مسيّرة».", "خلال أسبوع", "«أكثر من"),
        ("ماكرون: فرنسا سترسل مساعدات إلى لبنان\n\nباريس - قال الرئيس الفرنسي إيمانويل ماكرون إن الطائرات ستقلع غداً.", "مساعدات إلى", "ستقلع غداً"),
        ("خفر السواحل الموريتاني: انتشال 52 جثة بعد غرق زورق\n\nنواكشوط - أعلن خفر السواحل الموريتاني، الجمعة، انتشال جثث 52 مهاجراً.", "52 جثة", "جثث 52"),
    ],
)
def test_headline_speaker_is_the_body_speaker(text: str, head_key: str, body_key: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, head_key).source.source_id == claim_with(cs, text, body_key).source.source_id


def test_place_headline_after_a_speakers_place_is_no_speaker() -> None:
    text = ("ميانمار: غارة جوية على سوق في راخين ومقتل العشرات\n\n"
            "قال جيش أراكان المتمرد في ميانمار إن طائرات الجيش قصفت سوقاً مزدحمة.")
    for c in claims_of(text, "ar"):
        assert c.source_text != "ميانمار"


# --- emphatic «أنفسهم»، «متحدثاً عن»، the subject of a publishing verb -------------------------


@pytest.mark.parametrize(
    ("text", "key", "speaker_text"),
    [
        ("وشارك في المسيرة أكثر من 50 ألف شخص، بحسب المنظمين أنفسهم.", "50 ألف", "المنظمين"),
        ("وقال المسعفون أنفسهم إن 12 جريحاً نقلوا.", "12 جريحاً", "المسعفون"),
        ("وقالت سارة علي، المتحدثة باسم الوزارة، إن 5 قتلوا.", "5 قتلوا", "سارة علي، المتحدثة باسم الوزارة"),
    ],
)
def test_speaker_text_without_emphatic(text: str, key: str, speaker_text: str) -> None:
    assert claim_with(claims_of(text, "ar"), text, key).source_text == speaker_text


def test_spoke_of_participle_is_its_own_claim() -> None:
    text = "وقال المتحدث إن المعتقلين أكثر بكثير، متحدثاً عن \"عشرات الشبان\" الذين اقتيدوا إلى جهات مجهولة."
    cs = claims_of(text, "ar")
    a, b = claim_with(cs, text, "أكثر بكثير"), claim_with(cs, text, "جهات مجهولة")
    assert a is not b and a.source.source_id == b.source.source_id


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقالت الوزارة إن 5 قتلوا. غير أن منظمة العفو الدولية نشرت صوراً قالت إنها تظهر مقتل 20 مدنياً، مؤكدة أن العدد أكبر.", "20 مدنياً", "منظمة العفو الدولية"),
        ("وقالت الوزارة إن 5 قتلوا. غير أن منظمة العفو الدولية نشرت صوراً قالت إنها تظهر مقتل 20 مدنياً، مؤكدة أن العدد أكبر.", "العدد أكبر", "منظمة العفو الدولية"),
        ("لكن الجماعة بثت تسجيلاً مصوراً قالت إنه يظهر أسر 12 جندياً.", "12 جندياً", "الجماعة"),
        ("غير أن رابطة المحامين أصدرت بياناً قالت فيه إن 30 محامياً اعتقلوا.", "30 محامياً", "رابطة المحامين"),
        ("لكن الجيش نشر بياناً أكد فيه أن 4 جنود قتلوا.", "4 جنود", "الجيش"),
    ],
)
def test_publishing_verbs_subject_speaks(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert "نشرت" not in (c.source_text or "") and "بثت" not in (c.source_text or "")


# --- a headline's group and the group's own state body ----------------------------------------


@pytest.mark.parametrize(
    ("text", "head_key", "body_key"),
    [
        ("الحوثيون: 38 قتيلاً بغارات على ميناء\n\nصنعاء - قالت وزارة الصحة في حكومة الحوثيين، الجمعة، إن الحصيلة ارتفعت إلى 38 قتيلاً. "
         "وأعلن المتحدث العسكري باسم جماعة الحوثي أن الجماعة استهدفت سفينة.", "بغارات على", "الحصيلة ارتفعت"),
        ("الحوثيون: مقتل 12 صياداً بقصف للتحالف\n\nصنعاء - قال مكتب الصحة التابع للحوثيين إن القصف قتل 12 صياداً.", "مقتل 12", "قتل 12"),
    ],
)
def test_headline_group_is_its_state_body(text: str, head_key: str, body_key: str) -> None:
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, head_key).source.source_id == claim_with(cs, text, body_key).source.source_id


def test_headline_group_does_not_take_its_spokesman_first_named() -> None:
    text = ("الحوثيون: 38 قتيلاً بغارات على ميناء\n\nصنعاء - قالت وزارة الصحة في حكومة الحوثيين إن الحصيلة ارتفعت إلى 38 قتيلاً. "
            "وأعلن المتحدث العسكري باسم جماعة الحوثي، يحيى سالم، أن الجماعة استهدفت سفينة.")
    cs = claims_of(text, "ar")
    assert claim_with(cs, text, "الحصيلة ارتفعت").source.source_id != claim_with(cs, text, "استهدفت سفينة").source.source_id
