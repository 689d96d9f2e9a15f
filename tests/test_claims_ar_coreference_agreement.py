"""Arabic (session 5, coreference across a relay): a singular «وتابع» goes on with the singular
speaker, not the plural group he relayed; after «نقلت X عن Y قوله ...» an implied verb is Y's,
not the outlet's; one outlet named with two class nouns («شبكة/منصة X») is one source; a name
starting with ل after an institution noun is no audience; «قبل أن يوضح X أن ...» is a claim of
its own; a channel «في تحديث لاحق» is not part of the speaker.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

from _claims_helpers import assert_no_speaker, check, claims_of, source_id_of


def test_singular_verb_after_a_relayed_plural() -> None:
    text = ("وقال قائد الدورية، العقيد سالم بركة، إن الناجين أفادوا بأن المركب كان يقل نحو ستين شخصاً. "
            "وتابع أن أكثر من عشرين شخصاً ما زالوا في عداد المفقودين.")
    check(text, "ar", "عشرين شخصاً", "سالم بركة")
    check(text, "ar", "نحو ستين", "الناجين")


def test_plural_verb_after_a_relayed_plural_stays_plural() -> None:
    text = ("وقال المتحدث باسم البلدية إن الشهود أكدوا أن الحريق بدأ فجراً. "
            "وأضافوا أن 3 منازل احترقت بالكامل.")
    check(text, "ar", "3 منازل", "الشهود")


def test_implied_verb_after_an_outlet_relay() -> None:
    text = ("ونقلت «صحيفة الوادي» عن أحد سكان البلدة، ويدعى حامد يوسف، قوله إنه دفن «خمسة عشر» من جيرانه، "
            "وتابع: «لم يصل أحد لإسعاف الجرحى، وكانوا أكثر من ثلاثين».")
    check(text, "ar", "أكثر من ثلاثين", "حامد يوسف")


def test_one_outlet_two_class_nouns() -> None:
    text = ("وقالت شبكة الرقة 24 المحلية إن مستشفى المدينة استقبل 80 جريحاً.\n\n"
            "ودعا المحافظ إلى الهدوء.\n\n"
            "وذكرت منصة «الرقة 24» في تحديث لاحق أن الأهالي عثروا على جثث خمسة مخطوفين.")
    assert source_id_of(text, "ar", "80 جريحاً") == source_id_of(text, "ar", "جثث خمسة")
    c = check(text, "ar", "جثث خمسة", "الرقة 24")
    assert "تحديث" not in (c.source_text or "")


def test_lam_name_after_an_institution_noun() -> None:
    text = "وقال متحدث باسم مستشفى ليدي ريدنغ، محمد عاصم، إن المستشفى استقبل 19 جثة."
    check(text, "ar", "19 جثة", "مستشفى ليدي ريدنغ")


def test_audience_after_a_person_noun_still_cut() -> None:
    text = "وقال متحدث باسم المستشفى لوكالة فرانس برس إن 19 جثة وصلت."
    c = check(text, "ar", "19 جثة", "متحدث باسم المستشفى")
    assert "فرانس" not in (c.source_text or "")


def test_before_he_clarified_is_a_claim_of_its_own() -> None:
    text = ('وكانت الشرطة قد أعلنت في البداية مقتل 32 شخصاً، قبل أن يوضح قائدها، العميد ناصر عمر، '
            'أن "بعض الضحايا أحصوا مرتين".')
    first = check(text, "ar", "مقتل 32", "الشرطة")
    assert "أحصوا" not in text[first.start : first.end]
    assert not text[first.start : first.end].endswith("قبل")
    second = check(text, "ar", "أحصوا مرتين", "الشرطة")
    assert second.start > first.end


def test_before_that_without_a_verb_is_not_split() -> None:
    text = "وقال الجيش إن 5 جنود قتلوا قبل أن تصل التعزيزات إلى الموقع."
    c = check(text, "ar", "5 جنود", "الجيش")
    assert "التعزيزات" in text[c.start : c.end]
    assert_no_speaker(text, "ar", "التعزيزات")
    assert len(claims_of(text, "ar")) == 1


def test_director_general_of_the_ministry_is_the_ministry() -> None:
    text = ("وأعلنت وزارة الصحة في القطاع، اليوم، ارتفاع الحصيلة إلى 100 قتيل.\n\n"
            "وقال مدير عام وزارة الصحة سامي الحداد إن 18 مستشفى فقط تعمل.")
    assert source_id_of(text, "ar", "الحصيلة إلى 100") == source_id_of(text, "ar", "18 مستشفى")


def test_name_then_deputy_title_speaks_for_the_body() -> None:
    text = ("وقال الدفاع المدني إن 16 مدنياً قتلوا في الغارات.\n\n"
            "وقال كمال يوسف نائب مدير الدفاع المدني لرويترز إن فرقه استجابت لأكثر من 30 هجوماً.")
    assert source_id_of(text, "ar", "16 مدنياً") == source_id_of(text, "ar", "فرقه استجابت")
    c = check(text, "ar", "فرقه استجابت", "كمال يوسف")
    assert "رويترز" not in (c.source_text or "")


def test_passive_estimate_with_bi_has_no_speaker() -> None:
    text = "وأضافت المجموعة أن عدد الجرحى يقدر بما بين خمسة عشر وعشرين، نقل معظمهم إلى المستشفى."
    check(text, "ar", "خمسة عشر وعشرين", "المجموعة")
    assert_no_speaker(text, "ar", "بما")


def test_an_estimate_before_its_count() -> None:
    text = "ويقع المخيم شمال المدينة، ويؤوي وفق تقديرات أممية نحو 190 ألف نازح."
    assert_no_speaker(text, "ar", "نحو")


def test_patrol_commander_speaks_for_the_coast_guard() -> None:
    text = ("أعلن جهاز خفر السواحل انتشال جثث ستة عشر مهاجراً.\n\n"
            "وقال آمر دورية خفر السواحل في المدينة، العقيد فتحي سالم، إن البحث مستمر عن 30 مفقوداً.")
    assert source_id_of(text, "ar", "ستة عشر") == source_id_of(text, "ar", "30 مفقوداً")


def test_military_spokesman_of_a_named_group() -> None:
    text = ("وأعلنت حركة الخلاص إطلاق صاروخين على القاعدة.\n\n"
            "وقال المتحدث العسكري باسم حركة الخلاص إن 3 من مقاتليها قتلوا.")
    assert source_id_of(text, "ar", "إطلاق صاروخين") == source_id_of(text, "ar", "3 من مقاتليها")


def test_a_construct_body_needs_both_words() -> None:
    text = ("أعلن مركز طب الطوارئ والدعم مقتل 9 أشخاص.\n\n"
            "غير أن الناطق باسم جهاز دعم الاستقرار، سالم الورفلي، نفى سقوط أي من مقاره.")
    assert source_id_of(text, "ar", "مقتل 9") != source_id_of(text, "ar", "سقوط أي من مقاره")


def test_media_officer_in_the_directorate_speaks_for_it() -> None:
    text = ("أعلنت المديرية العامة للحماية المدنية ارتفاع الحصيلة إلى 34 قتيلاً.\n\n"
            "وأوضح المكلف بالإعلام في المديرية، العقيد كمال عاشور، أن 97 حريقاً ما زالت مشتعلة.")
    assert source_id_of(text, "ar", "إلى 34") == source_id_of(text, "ar", "97 حريقاً")


def test_spokesman_of_the_coordination_body() -> None:
    text = ("وقالت المنسقية العامة للنازحين إن 17 نازحاً قتلوا.\n\n"
            "وأوضح المتحدث باسم المنسقية، آدم سليمان، أن المخيم كان يؤوي 190 ألف نازح.")
    assert source_id_of(text, "ar", "17 نازحاً") == source_id_of(text, "ar", "190 ألف")


def test_unit_commander_speaks_for_the_army() -> None:
    text = ("وأعلن الجيش الوطني مقتل 47 مسلحاً.\n\n"
            "وقال قائد الفرقة 27 في الجيش، العقيد أحمد نور، لإذاعة العاصمة إن القوات دمرت ثلاث عربات.")
    assert source_id_of(text, "ar", "47 مسلحاً") == source_id_of(text, "ar", "ثلاث عربات")
    c = check(text, "ar", "ثلاث عربات", "أحمد نور")
    assert "إذاعة" not in (c.source_text or "")


def test_officials_plural_in_either_case() -> None:
    text = ("ونقلت وكالة رويترز عن مسؤولين أمنيين قولهم إن 15 شخصاً اعتقلوا. "
            "وأضاف المسؤولون أن التحقيقات مستمرة.")
    assert source_id_of(text, "ar", "15 شخصاً") == source_id_of(text, "ar", "التحقيقات مستمرة")


def test_an_indefinite_spokesman_of_it() -> None:
    text = ("وأعلن الجيش في بيان أنه اعترض صاروخين أطلقا من الجنوب. "
            "وقال متحدث باسمه إن جنديين أصيبا بجروح طفيفة.")
    assert source_id_of(text, "ar", "اعترض صاروخين") == source_id_of(text, "ar", "جنديين أصيبا")


def test_spokeswoman_of_a_registered_body_is_the_body() -> None:
    text = "وقالت الناطقة باسم المفوضية السامية لشؤون اللاجئين، أولغا سارادو، إن 40 ألف لاجئ عبروا الحدود."
    c = check(text, "ar", "40 ألف لاجئ", "أولغا سارادو")
    assert c.source.source_id == "unhcr"


def test_a_un_report_does_not_point_back_to_a_person() -> None:
    text = ("وقال رئيس المجلس المحلي إن الأهالي انتشلوا 9 جثث.\n\n"
            "وأشار التقرير الأممي إلى أن 1200 مدني قتلوا خلال الربع الأول من العام.")
    assert source_id_of(text, "ar", "9 جثث") != source_id_of(text, "ar", "1200 مدني")


def test_blamed_after_the_subject() -> None:
    text = 'وقالت حماس في بيان إن "المجزرة" أودت بحياة 40 شخصاً. وحملت الحركة الاحتلال المسؤولية الكاملة.'
    assert source_id_of(text, "ar", "40 شخصاً") == source_id_of(text, "ar", "المسؤولية الكاملة")
    assert_no_speaker(text, "ar", "الاحتلال")


def test_military_spokesman_of_the_group_after_the_group() -> None:
    text = ("أعلن الحوثيون استهداف سفينتين في البحر الأحمر. "
            "وقال المتحدث العسكري للجماعة يحيى سريع إن العملية نفذت بصاروخين.")
    assert source_id_of(text, "ar", "استهداف سفينتين") == source_id_of(text, "ar", "العملية نفذت")


def test_sources_that_spoke_to_an_outlet() -> None:
    c = check("ووفقاً لمصادر طبية تحدثت للجزيرة، فإن 19 شخصاً قتلوا.", "ar", "19 شخصاً", "مصادر طبية")
    assert c.source.source_id != "aljazeera"


def test_these_are_the_last_speakers() -> None:
    text = "ويقول سكان إن الطائرات قصفت المنطقة منذ الصباح. ويضيف هؤلاء أن 9 منازل دمرت."
    assert source_id_of(text, "ar", "قصفت المنطقة") == source_id_of(text, "ar", "9 منازل")
