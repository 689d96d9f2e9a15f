"""Figure rules of session 9: the general gaps the blind sets gold_aq (what a count counts) and
gold_as (speaker phrases) showed (tests/gold_aq/FINDINGS_figures.md) and the session-9 decided
conflicts (tests/gold/README.md). Every sentence is composed here, in several newsroom styles;
none is taken from a passage.

- a death said by its outcome ("did not survive") is `killed`;
- patients treated "for burns" / "with fractures" and amputations are `wounded`; patients
  treated for an illness stay `other`;
- the injured who left hospital («غادر N المستشفى») are `other`, people who left a village stay
  `displaced`;
- a combined passive «يُقتلون أو يُصابون» is `other` (session-8 decision);
- projectiles launched («مقذوفات») and bombing runs are `strikes`;
- the dual of neighbours («جارين») and the accused («متهماً») count;
- security forces counted with no toll cue are personnel deployed: no figure (session-9
  decision); their dead, wounded and captured, forces lost or targeted, and police inside the
  place hit stay counts;
- a fate that cannot be traced ("could not be located", "searching the rubble for N") is
  `missing`;
- families counted by their leaving, "from homes", crossing into a country's territory are
  `displaced`.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(f.number.text, f.number.value, f.category) for f in find_figures(text, lang)]


def _cat(text: str, lang: str, word: str) -> str | None:
    cats = [c for t, _, c in _figs(text, lang) if word in t]
    return cats[0] if cats else None


# --- a death said by its outcome ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ('"Yesterday we took in a family of five. Two of the children did not survive," she said.',
     "Two", "killed"),
    ("The surgeon said three of the wounded did not survive the night.", "three", "killed"),
    ("Two of the passengers didn't survive, the airline said.", "Two", "killed"),
    ("Hospital staff said four of the burn victims failed to survive.", "four", "killed"),
    ("Medics said 11 of the people pulled from the river did not survive.", "11", "killed"),
    # negative: survivors are not the dead
    ("Two officers survived with serious injuries, the spokesman said.", "Two", "wounded"),
])
def test_did_not_survive_is_killed(text, word, cat):
    assert _cat(text, "en", word) == cat, _figs(text, "en")


# --- patients treated for a named harm ---------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("The charity's teams were treating nine patients for burns, it said.", "nine", "wounded"),
    ("MSF said it had treated 23 patients for burns since Friday.", "23", "wounded"),
    ("Doctors saw 30 patients with fractures after the tremor.", "30", "wounded"),
    ("The field clinic is caring for 14 patients with amputations, the group said.", "14",
     "wounded"),
    # negatives: an illness or no harm named
    ("The clinic was treating 40 patients for diabetes, the ministry said.", "40", "other"),
    ("The hospital has 200 patients on dialysis, its director said.", "200", "other"),
])
def test_patients_treated_for_a_harm_are_wounded(text, word, cat):
    assert _cat(text, "en", word) == cat, _figs(text, "en")


@pytest.mark.parametrize(("text", "word", "cat"), [
    ("وأوضح مصدر طبي أن بين الواصلين 12 طفلاً يعانون من بتر في الأطراف.", "12", "wounded"),
    ("وقالت المنظمة إن فرقها تتابع حالة 30 مصاباً يعانون من بتر في الساقين.", "30", "wounded"),
    ("وأشار إلى أن سبعة من المصابين خضعوا لعمليات بتر.", "سبعة", "wounded"),
    # negative: an illness is no wound
    ("وقال إن 46 من المحتجزين يعانون من أمراض جلدية.", "46", "other"),
])
def test_amputations_are_wounded_ar(text, word, cat):
    assert _cat(text, "ar", word) == cat, _figs(text, "ar")


# --- the injured who left hospital ------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("وقال المصدر إن اثنين من المصابين يخضعان لجراحات، بينما غادر أربعة المستشفى بعد تلقيهم "
     "الإسعافات.", "أربعة", "other"),
    ("وبحسب مدير الصحة، فقد غادر ستة المستشفى مساء أمس بعد تحسن حالتهم.", "ستة", "other"),
    ("وغادر تسعة منهم المستشفى بعد تلقي العلاج، وفق المصدر.", "تسعة", "other"),
    ("وأضاف أن 12 مصاباً غادروا المستشفيات بعد تلقيهم العلاج.", "12", "other"),
    # negatives: people who left their village or town are displaced
    ("وقال المحافظ إن 40 عائلة غادرت القرية خوفاً من القصف.", "40", "displaced"),
    ("وأفاد ناشطون بأن 300 شخص غادروا المدينة قرب المستشفى الوطني.", "300", "displaced"),
])
def test_left_hospital_is_discharged_ar(text, word, cat):
    assert _cat(text, "ar", word) == cat, _figs(text, "ar")


# --- combined killed-or-wounded (session-8 decision) ------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("ar", "وقالت المنظمة إن أكثر من 40 طفلاً يُقتلون أو يُصابون يومياً في القطاع.", "40"),
    ("ar", "وأضاف التقرير أن نحو عشرة أطفال يقتلون أو يصابون كل أسبوع.", "عشرة"),
    ("ar", "وقالت الأمم المتحدة إن 25 مدنياً يُقتلون أو يُصابون يومياً في المدينة.", "25"),
    ("ar", "أفاد مصدر محلي بسقوط 14 مهاجراً بين قتيل وجريح.", "14"),
    ("en", "UNICEF said more than 40 children are killed or injured every day.", "40"),
    ("en", "The agency said about 15 civilians were killed or wounded each week.", "15"),
])
def test_combined_passives_are_other(lang, text, word):
    assert _cat(text, lang, word) == "other", _figs(text, lang)


# --- weapons launched -------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("ar", "وأوضح أن الميليشيا أطلقت منذ مطلع الشهر 27 مقذوفاً عسكرياً على القرى الحدودية.", "27"),
    ("ar", "وقال إن الحوثيين أطلقوا خمسة مقذوفات على مدينة حدودية.", "خمسة"),
    ("ar", "وأكد المتحدث سقوط 12 مقذوفاً على أحياء سكنية خلال الليل.", "12"),
    ("en", "He said the aircraft had made four bombing runs and dropped at least six bombs.",
     "four"),
    ("en", "The army said its jets carried out 12 bombing runs on rebel positions.", "12"),
    ("en", "Residents counted three bombing runs over the market before noon.", "three"),
])
def test_projectiles_and_bombing_runs_are_strikes(lang, text, word):
    assert _cat(text, lang, word) == "strikes", _figs(text, lang)


# --- Arabic nouns that count: neighbours (dual) and the accused --------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("وقال أحد السكان إنه فقد جارين له وإن منزله تضرر بالكامل.", "جارين", "killed"),
    ("وقالت العائلة إنها فقدت جارين في القصف الليلي.", "جارين", "killed"),
    ("وقال مصدر أمني إن الأجهزة تمكنت من ضبط 14 متهماً من طرفي المشاجرة.", "14", "detained"),
    ("وأعلنت الداخلية ضبط تسعة متهمين في الواقعة.", "تسعة", "detained"),
    ("وأسفرت الحملة عن ضبط 22 متهماً بالاتجار بالبشر.", "22", "detained"),
])
def test_neighbours_and_accused_count_ar(text, word, cat):
    assert _cat(text, "ar", word) == cat, _figs(text, "ar")


@pytest.mark.parametrize("text", [
    "وقال المصدر إن الشرطة ضبطت 8 بنادق آلية وكمية من الذخيرة.",
    "وأعلنت القوات ضبط 23 قطعة سلاح متوسط وخفيف.",
])
def test_weapons_seized_are_no_figure_ar(text):
    assert _figs(text, "ar") == []


# --- security forces deployed are no figure (session-9 decision) -------------------------------

@pytest.mark.parametrize("text", [
    "Some 400 soldiers and police entered the complex early Wednesday, it said.",
    "Around 1,000 personnel of the reserve guard took part, he said.",
    "The governor said she had asked the president for 1,500 more troops.",
    "The ministry said 2,000 troops entered the city on Friday.",
    "More than 300 officers took part in the raid, police said.",
    "About 250 gendarmes moved into the district overnight, the prefecture said.",
    # (the session-9 decision re-annotated gold en_29, which made this `other`)
    "The statement said the operation involved about 5,000 troops.",
])
def test_security_forces_deployed_are_no_figure(text):
    assert _figs(text, "en") == []


@pytest.mark.parametrize(("text", "word", "cat"), [
    ("The army said 400 soldiers were killed in the assault.", "400", "killed"),
    ("Police said 13 officers were hurt by stones.", "13", "wounded"),
    ("The rebels said they had captured 12 soldiers.", "12", "detained"),
    ("The general staff said Russian losses had reached 612,370 troops.", "612,370", "other"),
    ("The group said it had targeted a unit of more than 100 troops.", "100", "other"),
    ("He said between 300 and 400 policemen had been in the mosque at the time.", "300", "other"),
    ("Around 80,000 people took part in the march, the organisers said.", "80,000", "other"),
    ("He said 38 migrants entered the enclave.", "38", "other"),
])
def test_forces_harmed_lost_or_present_stay(text, word, cat):
    assert _cat(text, "en", word) == cat, _figs(text, "en")


# --- fates that cannot be traced are missing ---------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Its delegate said 15 prisoners could still not be located.", "15"),
    ("The warden said 22 inmates could not be accounted for after the riot.", "22"),
    ("Officials said eight crew members cannot be traced.", "eight"),
    ("The governor said rescuers were still searching the rubble for two residents.", "two"),
    ("Volunteers are searching the debris for at least 30 people, the mayor said.", "30"),
])
def test_untraced_are_missing(text, word):
    assert _cat(text, "en", word) == "missing", _figs(text, "en")


# --- displaced by leaving or crossing ----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The district mayor said about 700 families had left the town after the clashes.",
     "700"),
    ("en", '"Nearly 150 families left on Sunday night alone," the man said.', "150"),
    ("en", "Some 90 households have fled since the shelling began, the council said.", "90"),
    ("en", "Fighting drives thousands from homes, UN says", "thousands"),
    ("ar", "وأضاف المصدر أن عشرات الأسر من الرعاة عبرت إلى الأراضي الموريتانية مع قطعانها.",
     "عشرات"),
    ("ar", "وقالت المفوضية إن 500 شخص عبروا إلى الأراضي التشادية خلال يومين.", "500"),
])
def test_families_leaving_and_crossing_are_displaced(lang, text, word):
    assert _cat(text, lang, word) == "displaced", _figs(text, lang)


@pytest.mark.parametrize(("text", "word", "cat"), [
    ("The mayor said 700 families had received food parcels.", "700", "other"),
    ("He said 40 families had been given tents in the camp.", "40", "displaced"),
])
def test_families_without_leaving_stay(text, word, cat):
    assert _cat(text, "en", word) == cat, _figs(text, "en")


# --- whereabouts unknown in Arabic: nothing known, a fate hidden --------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("وأشارت المجموعة إلى أن أسر ما لا يقل عن 300 منهم لا تعرف عنهم شيئاً حتى الآن.", "300"),
    ("وقال إن عائلات 12 صياداً لا تعرف عنهم شيئاً منذ أسبوع.", "12"),
    ("وقال مسؤول إن الجماعة تخفي مصير المئات من المختطفين المدنيين.", "المئات"),
    ("وقالت المنظمة إن الميليشيا تخفي مصير 40 معتقلاً منذ عامين.", "40"),
    ("وقال المحامي إن السلطات أخفت مصير عشرات من المعتقلين.", "عشرات"),
])
def test_nothing_known_or_fate_hidden_is_missing_ar(text, word):
    assert _cat(text, "ar", word) == "missing", _figs(text, "ar")


@pytest.mark.parametrize(("text", "word"), [
    ("وقال إن القوات اعتقلت المئات من المحتجين.", "المئات"),
    ("وأضاف أن الشرطة أوقفت 30 شاباً بعد المظاهرة.", "30"),
])
def test_held_with_no_fate_word_stay_detained_ar(text, word):
    assert _cat(text, "ar", word) == "detained", _figs(text, "ar")


# --- a population given as the total of a share is not the share's category ---------------------

@pytest.mark.parametrize(("text", "word"), [
    ("ويقول المكتب إن نحو 90% من سكان القطاع البالغ عددهم 2.1 مليون نسمة نزحوا مرة واحدة على الأقل.",
     "مليون"),
    ("وقال إن نصف سكان المدينة الذين يبلغ عددهم 300 ألف نسمة نزحوا منها.", "300"),
    ("وأكد أن نحو 90 من سكانها البالغ عددهم 200 نسمة لقوا حتفهم.", "200"),
])
def test_population_total_is_not_the_share(text, word):
    assert _cat(text, "ar", word) in (None, "other"), _figs(text, "ar")


def test_people_displaced_counted_in_nasama_stay_ar():
    text = "وقالت المنظمة إن نحو واحد وعشرين ألف نسمة نزحوا من المخيم."
    assert _cat(text, "ar", "ألف") == "displaced", _figs(text, "ar")


# --- houses occupied or turned into posts are no figure (session-9 decision) ----------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وأضافت المصادر أن القوات حولت أربعة منازل إلى ثكنات عسكرية."),
    ("ar", "وذكرت مصادر محلية أن قوات الاحتلال حوّلت منزلين في أطراف المخيم إلى ثكنتين عسكريتين."),
    ("ar", "وقال شهود إن المسلحين احتلوا خمسة منازل في الحي."),
    ("en", "Residents said soldiers occupied 12 houses on the edge of the village."),
    ("en", "The militia commandeered 6 homes near the bridge, locals said."),
])
def test_houses_occupied_are_no_figure(lang, text):
    assert _figs(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("ar", "وقال إن القصف دمر أربعة منازل.", "أربعة"),
    ("ar", "وقال إن الغارة دمرت منزلين.", "منزلين"),
    ("en", "Shelling destroyed 25 houses, residents said.", "25"),
])
def test_houses_destroyed_stay_other(lang, text, word):
    assert _cat(text, lang, word) == "other", _figs(text, lang)


# --- held people taken to hospital with a wound named are wounded ---------------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "The agency said 11 prisoners had been taken to hospital with gunshot and knife wounds.",
     "11", "wounded"),
    ("en", "Officials said 7 inmates were rushed to hospital with stab wounds after the fight.", "7",
     "wounded"),
    ("ar", "وقال إن معظم المحررين كانوا في حالة سيئة، وإن 9 منهم نُقلوا إلى المستشفى لإصابتهم بجروح "
           "وكسور.", "9", "wounded"),
    ("ar", "وأفرج عن 111 أسيراً، سبعة منهم نُقلوا إلى المستشفى بجروح بالرصاص.", "سبعة", "wounded"),
    # negatives: no wound named, they stay patients
    ("ar", "وقال إن المحررين بحالة سيئة، وإن 9 منهم نقلوا إلى المستشفى.", "9", "other"),
    ("ar", "وأفرج عن 111 أسيراً، سبعة منهم نُقلوا إلى المستشفى.", "سبعة", "other"),
])
def test_held_in_hospital_with_a_wound_are_wounded(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- «بين قتيل وجريح» a few words after the count makes it combined ------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("أفاد مصدر محلي بسقوط 14 مهاجراً إفريقياً بين قتيل وجريح جراء قصف مدفعي.", "14", "other"),
    ("سقط 20 شخصاً من سكان البلدة بين قتيل وجريح.", "20", "other"),
    ("وأسفر الانفجار عن سقوط نحو 40 عاملاً أجنبياً ما بين قتيل وجريح.", "40", "other"),
    ("وقالت المصادر إن 12 عنصراً سقطوا بين قتلى وجرحى.", "12", "other"),
    # negatives: a toll and a wounded count of their own
    ("وقال إن الهجوم أدى إلى مقتل 5 جنود وإصابة 7 آخرين.", "5", "killed"),
    ("وقال إن الهجوم أدى إلى مقتل 5 جنود وإصابة 7 آخرين.", "7", "wounded"),
])
def test_between_killed_and_wounded_is_combined_ar(text, word, cat):
    assert _cat(text, "ar", word) == cat, _figs(text, "ar")


# --- wounded and sick counted together are a combined count; companions are no count -------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("ar", "قال المحافظ إن المعبر استقبل اليوم ٤٣ مصاباً ومريضاً فلسطينياً.", "٤٣", "other"),
    ("ar", "وأجلت المنظمة 120 جريحاً ومريضاً من المستشفى المحاصر.", "120", "other"),
    ("ar", "وقال إن 15 مصاباً أو مريضاً ينتظرون الإجلاء.", "15", "other"),
    ("en", "The WHO said it had evacuated 60 wounded and sick children to Jordan.", "60", "other"),
    # negatives: the wounded alone
    ("en", "He said 60 wounded were taken to hospital.", "60", "wounded"),
    ("ar", "وعبر 30 جريحاً المعبر صباح اليوم.", "30", "wounded"),
])
def test_wounded_and_sick_are_combined(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


@pytest.mark.parametrize("text", [
    "قال المحافظ إن المعبر استقبل اليوم ٤٣ مصاباً ومريضاً برفقة ٦٥ مرافقاً.",
    "وعبر 30 جريحاً و20 مرافقاً المعبر.",
])
def test_companions_are_no_count_ar(text):
    assert not [t for t, _, _ in _figs(text, "ar") if t in ("٦٥", "20", "و20")], _figs(text, "ar")


# --- «عبر الحدود» as a preposition ("across the border") is no crossing -------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("وقال إن الضحايا مدنيون من أهالي المنطقة، بينهم شقيقان يعملان في تهريب البضائع عبر الحدود.",
     "شقيقان", "killed"),
    ("وقال إن 300 شخص عبروا الحدود إلى تشاد.", "300", "displaced"),
    ("وقالت المفوضية إن 40 عائلة عبرت الحدود خلال الليل.", "40", "displaced"),
])
def test_across_the_border_is_no_crossing_ar(text, word, cat):
    assert _cat(text, "ar", word) == cat, _figs(text, "ar")


# --- a crowd noun with a relative clause takes the passive verb after it ---------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("He said three worshippers who tried to escape were shot dead.", "three", "killed"),
    ("Police said 12 protesters who blocked the road were arrested.", "12", "detained"),
    ("The union said 40 marchers who reached the square were injured by rubber bullets.", "40",
     "wounded"),
    ("He said 200 mourners who attended the funeral were later detained.", "200", "detained"),
    ("Officials said 20 pilgrims who were travelling by bus were killed.", "20", "killed"),
    # negatives: no fate verb after the relative clause
    ("Organisers said 5,000 marchers who reached the square were peaceful.", "5,000", "other"),
    ("Police said 3,000 protesters who gathered outside parliament later went home.", "3,000",
     "other"),
])
def test_crowd_noun_relative_clause_then_fate(text, word, cat):
    assert _cat(text, "en", word) == cat, _figs(text, "en")
