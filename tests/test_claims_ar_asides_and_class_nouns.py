"""Arabic constructions of gold_l…gold_o (composed sentences, never gold text):
- an aside after the verb (عبر إذاعته، على منصة إكس، خلال زيارة، شريطة عدم الكشف) is no speaker:
  the subject before the verb speaks, or the speaker is implied;
- an aside verb on the speaker («وقال ضابط، تحدث شريطة ...، إن») is no claim of its own;
- «نقلت طواقمها الرهائن» (transported), «مسيرة دعت إليها» (called), «أعلنت مسؤوليتها» are no claims;
- «حذر» the adjective ("cautious") is no cue;
- «اتهم X الجيشَ بـ»: the accused is not part of the speaker;
- «البلاغ ذاته»، «المصدر ذاته» point back to the speaker cited before;
- a credit line «المصدر: وكالات» is no headline speaker;
- a quoted body after «المتحدث باسم» belongs to the speaker; «للجزيرة نت» is the audience;
- a lone class noun («المرصد»، «المفوضية») is the one body of the article so named."""

from __future__ import annotations

from _claims_helpers import assert_no_speaker, claim_with, claims_of, source_id_of


def test_aside_channel_after_the_verb_is_no_speaker():
    t = ("وقالت الحكومة إن 12 جندياً قتلوا. لكن الحركة المسلحة قالت، عبر إذاعة محلية تابعة لها، "
         "إن مقاتليها قتلوا 40 جندياً.")
    assert_no_speaker(t, "ar", "إذاعة")
    assert "الحركة" in (claim_with(claims_of(t, "ar"), t, "40 جندياً").source_text or "")


def test_platform_and_visit_asides_leave_the_subject_before_the_verb():
    t = ("لكن مستشاراً لقائد القوات قال على منصة إكس إن قواته لم تستهدف المدنيين. "
         "وكان حاكم الولاية أحمد زولا قد قال خلال زيارة للقرية إن 300 عائلة فرت.")
    assert_no_speaker(t, "ar", "منصة")
    assert_no_speaker(t, "ar", "زيارة")
    c = claim_with(claims_of(t, "ar"), t, "300 عائلة")
    assert "حاكم الولاية" in (c.source_text or "")


def test_aside_verb_on_the_speaker_is_no_claim():
    t = "وقال ضابط في الشرطة، تحدث شريطة عدم الكشف عن هويته، إن 25 شخصاً قتلوا في الهجوم."
    cs = claims_of(t, "ar")
    assert len(cs) == 1
    assert "ضابط" in (cs[0].source_text or "")
    assert_no_speaker(t, "ar", "شريطة")


def test_transported_and_called_are_no_claims_responsibility_is():
    t = ("وأعلنت اللجنة الدولية أن طواقمها نقلت الأسرى الثلاثة إلى المعبر «في ظروف آمنة». "
         "وخرج آلاف في مسيرة دعت إليها «الجبهة الوطنية». "
         "وأعلنت جماعة «لواء الفتح» المسلحة مسؤوليتها عن الهجوم.")
    cs = claims_of(t, "ar")
    assert_no_speaker(t, "ar", "الأسرى")
    assert not any("الجبهة الوطنية" in t[c.start:c.end] for c in cs)
    # claiming an attack is a claim of the group (the lead's decision, session 8, second round)
    assert "لواء الفتح" in (claim_with(cs, t, "مسؤوليتها عن الهجوم").source_text or "")
    assert "اللجنة الدولية" in (claim_with(cs, t, "ظروف آمنة").source_text or "")


def test_cautious_calm_is_no_warning():
    t = "ساد هدوء حذر أحياء المدينة صباح اليوم بعد ليلة من الاشتباكات قتل فيها 12 شخصاً."
    assert claims_of(t, "ar") == []


def test_accused_before_bi_is_not_the_speaker():
    t = "واتهم مستشارها الإعلامي سامي حداد الجيش بـ\"قصف المدنيين في السوق\"."
    c = claims_of(t, "ar")[0]
    assert "الجيش" not in (c.source_text or "")
    assert "مستشارها" in (c.source_text or "")


def test_the_same_statement_and_the_same_source_point_back():
    t = ("أعلنت المديرية العامة للحماية المدنية أن الحرائق أتت على 900 هكتار. "
         "وأوضح البلاغ ذاته أن 40 منزلاً تضررت. وحسب المصدر ذاته، فإن 300 عون شاركوا في الإطفاء.")
    sid = source_id_of(t, "ar", "900 هكتار")
    assert source_id_of(t, "ar", "40 منزلاً") == sid
    assert source_id_of(t, "ar", "300 عون") == sid


def test_credit_line_is_no_headline_speaker():
    t = "مقتل 4 أشخاص في قصف على المدينة\nقال الحاكم إن 4 أشخاص قتلوا.\nالمصدر: وكالات"
    assert_no_speaker(t, "ar", "المصدر")


def test_quoted_body_after_spokesman_of():
    t = ("قال المتحدث باسم \"جبهة التحرير الوطني\" الذي يضم فصائل عدة، علي موسى، لوكالة فرانس برس، "
         "إن مقاتليه قتلوا 40 جندياً.")
    c = claim_with(claims_of(t, "ar"), t, "40 جندياً")
    assert "جبهة التحرير الوطني" in (c.source_text or "")


def test_outlet_audience_is_cut_and_the_surname_points_back():
    t = ("وقال رئيس البلدية سمير عليان للجزيرة نت إن الغارات دمرت 60 منزلاً. "
         "وأضاف عليان أن 300 عائلة عادت إلى البلدة.")
    c = claim_with(claims_of(t, "ar"), t, "60 منزلاً")
    assert "الجزيرة" not in (c.source_text or "")
    assert source_id_of(t, "ar", "300 عائلة") == c.source.source_id


def test_lone_class_noun_is_the_one_body_so_named():
    t = ("الكونغو: المفوضية تحذر من تفاقم النزوح\n"
         "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن 200 ألف شخص نزحوا.\n"
         "وقال الجيش إن 12 مسلحاً قتلوا.")
    assert source_id_of(t, "ar", "تفاقم النزوح") == source_id_of(t, "ar", "200 ألف")


# --- round 2 ------------------------------------------------------------------------------

def test_via_an_app_is_cut_from_the_speaker():
    t = "قال حاكم المقاطعة أوليغ سينيف إن 3 أشخاص قتلوا. وأضاف سينيف عبر تطبيق تلغرام أن 50 منزلاً تضررت."
    c = claim_with(claims_of(t, "ar"), t, "50 منزلاً")
    assert "تلغرام" not in (c.source_text or "") and "تلغرام" not in c.source.name


def test_radio_audience_after_the_verb_leaves_the_subject_before():
    t = "غير أن رئيسة البلدية، ماريا لوبيز، قالت لإذاعة «راديو سور» إن 62 شخصاً لقوا حتفهم في بلدتها."
    c = claim_with(claims_of(t, "ar"), t, "62 شخصاً")
    assert "إذاعة" not in (c.source_text or "")
    assert "البلدية" in (c.source_text or "")


def test_latest_toll_and_joint_data_name_their_owners():
    t = ("وبحسب آخر حصيلة تراكمية لوزارة الصحة، بلغ عدد القتلى 3961 قتيلاً. "
         "وبحسب معطيات مشتركة لهيئة شؤون الأسرى ونادي الأسير، فإن عدد الأسرى تجاوز عشرة آلاف أسير.")
    cs = claims_of(t, "ar")
    assert "وزارة الصحة" in (claim_with(cs, t, "3961").source_text or "")
    assert "هيئة شؤون الأسرى" in (claim_with(cs, t, "عشرة آلاف").source_text or "")


def test_the_two_institutions_point_back_to_the_joint_speaker():
    t = ("وقالت هيئة شؤون الأسرى ونادي الأسير في بيان مشترك إن 20 أسيراً اعتقلوا. "
         "وأضافت المؤسستان أن عدد الأسرى تجاوز 10 آلاف أسير.")
    assert source_id_of(t, "ar", "10 آلاف") == source_id_of(t, "ar", "20 أسيراً")


def test_his_spokesman_and_its_media_adviser_speak_for_the_body():
    t = ("نفى الهلال الأحمر الليبي أن يكون مصدر رقم 11 ألف قتيل، وقال الناطق باسمه، أنور سالم، "
         "إن المنظمة لم تعلن سوى 3 آلاف قتيل. "
         "ونفت قوات الدعم السريع أي صلة لها بالقصف، واتهم مستشارها الإعلامي سامي حداد الجيش بقتل 40 مدنياً.")
    assert source_id_of(t, "ar", "3 آلاف") == source_id_of(t, "ar", "11 ألف")
    assert source_id_of(t, "ar", "40 مدنياً") == "rsf-sudan"


def test_headline_domain_word_is_the_ministry_not_its_centre():
    t = ("«الصحة»: 3 شهداء و7 جرحى في غارات على الجنوب\n"
         "أعلن مركز عمليات طوارئ الصحة العامة أن 3 أشخاص قتلوا.\n"
         "وقالت وزارة الصحة إن حصيلة الحرب بلغت 4 آلاف قتيل.")
    assert source_id_of(t, "ar", "3 شهداء") == source_id_of(t, "ar", "4 آلاف")


def test_a_report_by_a_body_before_the_verb_is_the_bodys_claim():
    t = ("وقال رئيس البلدية سامي داود إن 40 منزلاً دمرت. "
         "وكان تقرير لمنظمة الهجرة الدولية قد أشار الأسبوع الماضي إلى أن عدد النازحين يقارب 90 ألف شخص.")
    assert source_id_of(t, "ar", "90 ألف") == "iom"


def test_a_lam_complement_keeps_its_object_in_the_name():
    t = "في المقابل، قدّرت الشبكة الوطنية للدفاع عن حقوق الإنسان، وهي منظمة محلية، عدد القتلى بـ184 شخصاً."
    c = claims_of(t, "ar")[0]
    assert "حقوق الإنسان" in (c.source_text or "")


def test_a_statement_of_the_division_points_back_to_its_command():
    t = ("وقالت قيادة الفرقة الخامسة مشاة إن قواتها صدت الهجوم. "
         "وأوضح بيان للفرقة، اطلعت عليه الوكالة، أن القوات فقدت 12 جندياً.")
    assert source_id_of(t, "ar", "12 جندياً") == source_id_of(t, "ar", "صدت الهجوم")


def test_title_with_a_titled_name_before_the_verb_and_a_channel_after():
    t = ("ولم ترد الحكومة على طلب للتعليق، غير أن المتحدث باسم الجيش الوطني، العقيد سامي ولدي، "
         "قال في تصريح للتلفزيون الرسمي إن القوات قتلت 62 مسلحاً.")
    c = claims_of(t, "ar")[0]
    assert "المتحدث باسم الجيش الوطني" in (c.source_text or "")


def test_quoted_agency_with_an_adjective_and_the_towns_mayor():
    t = ("قال الجيش إن طائراته أغارت على 25 هدفاً. وأفادت «الوكالة الوطنية للإعلام» الرسمية بأن الغارات "
         "دمرت أربعة منازل، فيما أشار رئيس بلديتها، حسن فرحات، إلى أن 300 عائلة نزحت.")
    cs = claims_of(t, "ar")
    assert (claim_with(cs, t, "أربعة منازل").source_text or "") == "الوكالة الوطنية للإعلام"
    assert source_id_of(t, "ar", "300 عائلة") != source_id_of(t, "ar", "25 هدفاً")
    assert source_id_of(t, "ar", "300 عائلة") != source_id_of(t, "ar", "أربعة منازل")
