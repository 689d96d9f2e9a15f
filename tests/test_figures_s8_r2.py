"""Figure rules of the lead's session-8 second-round decisions (tests/gold/README.md, "Decided by
the lead (session 8, second round)") and the gaps found with them. Every sentence is composed
here, in several newsroom styles; none is taken from a passage.

- events counted by the speaker (massacres, car bombs / roadside bombs set off, bombs dropped,
  attacks launched) are `strikes`; bombs and car bombs defused, seized or destroyed stay `other`;
- migrants arrived, intercepted or rescued at sea are `other`; deported or expelled ones stay
  `displaced`; refugees arriving over land (or named refugees) stay `displaced`;
- the critical/serious part of the wounded is a `wounded` figure of its own;
- a combined killed-and-missing count is `other`;
- disease cases are `other`, deaths from the disease `killed`;
- "two dozen" is 24, "dozens" stays 12.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(f.number.text, f.number.value, f.category) for f in find_figures(text, lang)]


def _cat(text: str, lang: str, word: str) -> str | None:
    cats = [c for t, _, c in _figs(text, lang) if word in t]
    return cats[0] if cats else None


# --- events counted are strikes -------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The observatory said regime forces had carried out 45 massacres this year.", "45"),
    ("en", "The rights network documented 7 massacres in the province last month, it said.", "7"),
    ("en", "Activists said there had been three massacres in the villages since Sunday.", "three"),
    ("en", "Officials said the insurgents set off two car bombs outside the ministry.", "two"),
    ("en", "The army said its jets dropped 20 barrel bombs on the town overnight.", "20"),
    ("en", "The ministry said insurgents launched 15 attacks on police posts last week.", "15"),
    ("ar", "وقالت الشبكة إن قوات النظام ارتكبت 45 مجزرة خلال العام الماضي.", "45"),
    ("ar", "وقال المرصد إنه وثق سبع مجازر في ريف المحافظة منذ مطلع الشهر.", "سبع"),
    ("ar", "وأفاد مصدر أمني بأن المسلحين فجروا سيارتين مفخختين أمام مبنى الوزارة.", "سيارتين"),
    ("ar", "وقال الجيش إن المتشددين فجروا خمس سيارات مفخخة عند الحاجز الرئيسي.", "خمس"),
    ("ar", "وقال الجيش في بيان إن المسلحين فجّروا 3 سيارات مفخخة قرب الثكنة.", "3"),
    ("ar", "وقال المصدر إن عناصر التنظيم فجروا ثلاث عبوات ناسفة على الطريق الدولي.", "ثلاث"),
    ("ar", "وأضاف أن الطيران ألقى أكثر من 60 قنبلة على الحي.", "60"),
])
def test_events_counted_are_strikes(lang, text, word):
    assert _cat(text, lang, word) == "strikes", _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Police said they defused four bombs near the stadium.", "four"),
    ("ar", "وقال الجيش إن قواته دمرت خمس سيارات مفخخة قبل وصولها إلى المدينة.", "خمس"),
    ("ar", "وأضاف أن الطيران دمر ثلاث سيارات مفخخة قبل تفجيرها.", "ثلاث"),
    ("ar", "وقالت الشرطة إنها فككت ثلاث عبوات ناسفة على الطريق.", "ثلاث"),
])
def test_bombs_defused_or_destroyed_stay_other(lang, text, word):
    assert _cat(text, lang, word) == "other", _figs(text, lang)


# --- migrants at sea are other, deported ones displaced -------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The ministry said 400 migrants landed on the island over the weekend.", "400"),
    ("en", "The coastguard said 250 migrants reached the coast on Friday.", "250"),
    ("en", "The agency said more than 1,000 people crossed the sea to Italy this week.", "1,000"),
    ("en", "The Home Office said 610 people crossed the Channel in 12 small boats on Sunday.",
     "610"),
    ("en", "The interior ministry said about 30,000 migrants have reached Spanish shores by sea "
           "this year.", "30,000"),
    ("en", "The coast guard said it had intercepted 146 irregular migrants in the Aegean.", "146"),
    ("ar", "وقالت الوزارة إن 400 مهاجر وصلوا إلى الجزيرة خلال عطلة نهاية الأسبوع.", "400"),
    ("ar", "وقالت المنظمة إن 250 مهاجراً وصلوا إلى السواحل الإيطالية.", "250"),
    ("ar", "وبحسب المفوضية، وصل نحو 30 ألف مهاجر إلى إسبانيا منذ بداية العام.", "30 ألف"),
    ("ar", "وقال خفر السواحل إنه اعترض 150 مهاجراً في عرض البحر.", "150"),
])
def test_migrants_arrived_or_intercepted_at_sea_are_other(lang, text, word):
    assert _cat(text, lang, word) == "other", _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Officials said 70 migrants were deported back to Guinea by boat.", "70"),
    ("en", "Authorities said 230 migrants were expelled across the border.", "230"),
    ("en", "A wooden boat carrying 137 Rohingya refugees landed on a beach, the agency said.",
     "137"),
    ("en", "The agency said 34,000 people fleeing Darfur had crossed into eastern Chad this month.",
     "34,000"),
    ("en", "The coast guard said its boats had evacuated 640 people from beaches as the wildfire "
           "reached the shore.", "640"),
    ("ar", "وقالت السلطات إنها رحلت 70 مهاجراً إلى غينيا عبر البحر.", "70"),
    ("ar", "وقالت الوزارة إنه تم ترحيل 500 مهاجر إلى بلدانهم.", "500"),
    ("ar", "وقالت المفوضية إن عشرين ألف لاجئ وصلوا إلى تشاد خلال الأسبوعين الماضيين.", "عشرين ألف"),
])
def test_deported_migrants_and_land_refugees_stay_displaced(lang, text, word):
    assert _cat(text, lang, word) == "displaced", _figs(text, lang)


# --- the critical part of the wounded; killed-and-missing; disease; two dozen ----------------

@pytest.mark.parametrize(("lang", "text", "total", "part"), [
    ("en", "The hospital said 40 people were wounded, five of them in critical condition.",
     "40", "five"),
    ("en", "He said 40 were injured, two of whom are in serious condition.", "40", "two"),
    ("en", "Medics said 25 were hurt and three of them were in intensive care.", "25", "three"),
    ("ar", "وقال المستشفى إن 40 شخصاً أصيبوا، بينهم خمسة في حالة حرجة.", "40", "خمسة"),
    ("ar", "وقال إن 40 أصيبوا، حالة اثنين منهم خطيرة.", "40", "اثنين"),
])
def test_critical_part_of_wounded_is_its_own_wounded_figure(lang, text, total, part):
    assert _cat(text, lang, total) == "wounded", _figs(text, lang)
    assert _cat(text, lang, part) == "wounded", _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The governor said 120 people were killed or missing after the floods.", "120"),
    ("en", "Officials said 300 people were dead or missing.", "300"),
    ("en", "Rescuers said 60 people were dead or unaccounted for.", "60"),
    ("ar", "وقال المحافظ إن 120 شخصاً بين قتيل ومفقود.", "120"),
    ("ar", "وقال المحافظ إن عدد القتلى والمفقودين بلغ 85 شخصاً.", "85"),
])
def test_killed_and_missing_combined_is_other(lang, text, word):
    assert _cat(text, lang, word) == "other", _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "The ministry said 1,200 cholera cases were recorded, and 15 people died of the "
           "disease.", "1,200", "other"),
    ("en", "The ministry said 1,200 cholera cases were recorded, and 15 people died of the "
           "disease.", "15", "killed"),
    ("en", "WHO said there were 300 suspected cases of measles.", "300", "other"),
    ("en", "The ministry said 2,000 people had been infected with cholera.", "2,000", "other"),
    ("ar", "وقالت الوزارة إن 2000 شخص أصيبوا بالكوليرا.", "2000", "other"),
    ("ar", "وقالت المنظمة إن هناك 300 حالة اشتباه بالحصبة.", "300", "other"),
    ("ar", "وقالت الوزارة إن 20 شخصاً توفوا بالكوليرا.", "20", "killed"),
    ("ar", "وقالت الوزارة إنها سجلت 45 إصابة جديدة بالفيروس خلال يومين.", "45", "other"),
    ("ar", "وأعلنت وزارة الصحة تسجيل 12 إصابة بفيروس كورونا في المخيم.", "12", "other"),
    ("en", "The ministry said 45 people were infected with the virus in the camp.", "45", "other"),
    ("ar", "وقال المستشفى إن فيروساً أصاب أنظمته، وإن 12 شخصاً أصيبوا في الانفجار.", "12",
     "wounded"),
])
def test_disease_cases_other_deaths_killed(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


@pytest.mark.parametrize(("text", "value"), [
    ("Police said two dozen people were arrested.", 24),
    ("Witnesses said about two dozen protesters were wounded.", 24),
    ("Residents said dozens of protesters were wounded.", 12),
])
def test_two_dozen_is_24(text, value):
    vals = [v for _, v, _ in _figs(text, "en")]
    assert vals == [value], _figs(text, "en")


# --- people rescued or counted who are hurt are wounded (gold_am FINDINGS "Left") ------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "Rescuers said eight others were pulled out alive with broken bones.", "eight",
     "wounded"),
    ("en", "The coastguard said 40 migrants were rescued with burns from fuel.", "40", "wounded"),
    ("en", "Rescuers said they had pulled 12 survivors from the rubble, three of them with "
           "serious injuries.", "three", "wounded"),
    ("ar", "وقال المصدر إن 14 عاملاً لقوا حتفهم، فيما أُنقذ ثمانية آخرون وهم مصابون بكسور ورضوض.",
     "ثمانية", "wounded"),
    ("ar", "وقال الدفاع المدني إنه أنقذ 7 عمال وهم مصابون بحروق.", "7", "wounded"),
    ("ar", "وقال إن فرق الإنقاذ أخرجت عشرة أشخاص أحياء، وهم مصابون بكسور.", "عشرة", "wounded"),
    # no hurt state: the rescued stay `other`, hostages held, the evacuated displaced
    ("ar", "وقال إن 30 مهاجراً أنقذوا وهم في حالة جيدة.", "30", "other"),
    ("en", "The army said it rescued 30 hostages with the help of local hunters.", "30",
     "detained"),
    ("en", "Officials said 300 people were evacuated with their belongings.", "300", "displaced"),
])
def test_rescued_who_are_hurt_are_wounded(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- military sites and facilities struck are strikes (gold_al, gold_an FINDINGS) ------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "The army said its jets struck nine militant sites overnight.", "nine", "strikes"),
    ("en", "The army said its jets struck two hideouts, killing several fighters.", "two",
     "strikes"),
    ("en", "The military said it had targeted 14 weapons depots in the south.", "14", "strikes"),
    ("en", "The media office said the army had targeted more than 230 shelters since the war "
           "began.", "230", "strikes"),
    ("en", "The rebels said they attacked three army checkpoints on the highway.", "three",
     "strikes"),
    ("en", 'The defence ministry said its forces had struck nine "terrorist infrastructure" sites '
           "across the border.", "nine", "strikes"),
    ("ar", "وقال المكتب إن الجيش استهدف أكثر من 230 مركزاً للإيواء منذ بدء الحرب.", "230",
     "strikes"),
    ("ar", "وقالت الحركة إن مقاتليها هاجموا ثلاثة معسكرات للجيش.", "ثلاثة", "strikes"),
    ("ar", "وقال الجيش إنه استهدف 14 مستودعاً للأسلحة في الجنوب.", "14", "strikes"),
    ("ar", "وقال المتحدث إن الطائرات قصفت «خمسة مواقع» للمسلحين.", "خمسة", "strikes"),
    # "N of our positions" is no list of sites struck by the speaker's side (gold_t)
    ("en", '"The rebels attacked three of our positions before dawn and we pushed them back," '
           "the official said.", "three", None),
    # houses hit stay things; sites destroyed stay other
    ("ar", "وقال الدفاع المدني إن الغارات استهدفت خمسة منازل في البلدة.", "خمسة", "other"),
])
def test_military_sites_struck_are_strikes(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- people treated, most of them for a harm, are wounded (session-8 harm decision) ----------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "The Red Cross said its volunteers had given first aid to 64 people in the capital on "
           "Monday alone, most of them for tear-gas inhalation.", "64", "wounded"),
    ("en", "The Red Crescent said it had treated 80 people, most of them for smoke inhalation.",
     "80", "wounded"),
    ("en", "Medics said they treated 45 protesters, many of whom were hit by rubber bullets.",
     "45", "wounded"),
    ("ar", "وقال الهلال الأحمر إنه أسعف 43 شخصاً، معظمهم بسبب الاختناق بالغاز المسيل للدموع.", "43",
     "wounded"),
    ("ar", "وقالت الطواقم إنها تعاملت مع 60 حالة، أغلبها حالات اختناق.", "60", "wounded"),
    # no harm word: patients stay `other`
    ("en", "The hospital said it received 120 patients, most of them children.", "120", "other"),
    ("en", "The clinic said it treated 300 people, most of them for diarrhoea.", "300", "other"),
    ("ar", "وقال المستشفى إنه استقبل 120 مريضاً، معظمهم من الأطفال.", "120", "other"),
])
def test_treated_most_for_a_harm_are_wounded(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- "M others" after a second verb is its own count (gold_an) --------------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("ar", "قالت حكومة الولاية إن 14 مدنياً، بينهم خمسة أطفال، قتلوا وأصيب 31 آخرون في قصف "
           "مدفعي استهدف أحياء سكنية.", "31", "wounded"),
    ("ar", "وقال إن سبعة جنود، بينهم ضابط، قتلوا وجرح عشرة آخرون في الهجوم.", "عشرة", "wounded"),
    ("ar", "وقالت الوزارة إن ثمانية أشخاص، بينهم طفلان، لقوا حتفهم وأصيب 23 آخرون.", "23",
     "wounded"),
    # two verbs sharing one object stay a combined count
    ("ar", "وقال إن المسلحين قتلوا وأصابوا 40 شخصاً.", "40", "other"),
    ("ar", "وقال المصدر إن 37 شخصاً بين قتيل وجريح.", "37", "other"),
])
def test_others_after_second_verb_are_their_own_count(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- the people of places emptied are displaced (gold_ag, gold_ah) ----------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("ar", "وقالت الهيئة إن المستعمرين تسببوا في تهجير 11 تجمعاً بدوياً يقطنها نحو 480 شخصاً.",
     "480", "displaced"),
    ("ar", "وقال رئيس الحي إن الحي أخلى ثلاثة عقارات مجاورة احترازياً، تقطنها 36 أسرة جرى تسكينها "
           "مؤقتاً.", "36", "displaced"),
    ("en", "Officials said the army evacuated two villages home to some 3,000 inhabitants.",
     "3,000", "displaced"),
    # a place hit, not emptied: its population stays `other`
    ("ar", "وقال إن الغارة استهدفت مبنى يقطنه 40 شخصاً.", "40", "other"),
    ("en", "The mayor said the town, home to 20,000 residents, was shelled overnight.", "20,000",
     "other"),
])
def test_people_of_places_emptied_are_displaced(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)
