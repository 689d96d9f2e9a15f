"""Figure rules of session 8: the session-8 decided conflicts (tests/gold/README.md) and the
general gaps the blind sets gold_al and gold_am showed (tests/gold_al/FINDINGS_figures.md,
tests/gold_am/FINDINGS_figures.md). Every sentence is composed here, in several newsroom styles;
none is taken from a passage.

- whereabouts unknown / taken to an unknown place / fate unknown = `missing`, even for people
  taken away;
- people "at risk" / "threatened" (a harm that may come) = no figure; people in need now stay
  `other`;
- harm at the event that is not a wound (suffocation, tear gas or smoke inhaled, heatstroke,
  fainting, unconscious) = `wounded`; a combined killed-and-wounded count = `other`;
- people rescued who are hurt (a condition or injury word) stay `wounded`;
- a held noun (prisoners, detainees) does not beat the harm said of the count;
- "carried out N operations" = `strikes` (not surgeries or rescues);
- year spans and bare temperatures are no count;
- an Arabic dual with its number adjective (and agreeing adjectives between) is ONE count.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(f.number.text, f.number.value, f.category) for f in find_figures(text, lang)]


def _cat(text: str, lang: str, word: str) -> str | None:
    cats = [c for t, _, c in _figs(text, lang) if word in t]
    return cats[0] if cats else None


# --- whereabouts unknown = missing (session-8 decision) ----------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Police said 30 people were abducted by gunmen, and their families do not know where "
           "they are.", "30"),
    ("en", "The monitor said at least 22 had been kidnapped by both sides, with their fate still "
           "unknown.", "22"),
    ("en", "Activists said 14 students were arrested on Friday and taken to an unknown location.",
     "14"),
    ("en", "Relatives said 12 fishermen were detained by the coastguard, and nobody knows where "
           "they are held.", "12"),
    ("en", "The union said 9 drivers were seized at the checkpoint and their whereabouts remain "
           "unclear.", "9"),
    ("ar", "وقالت الشرطة إن مسلحين اقتادوا 30 شخصاً إلى جهة مجهولة.", "30"),
    ("ar", "وأضاف أن أكثر من 200 شاب اعتقلوا ولا تعرف عائلاتهم أماكن احتجازهم.", "200"),
    ("ar", "وقال المرصد إن مصير 22 مختطفاً لا يزال مجهولاً.", "22"),
    ("ar", "وقالت إن المسلحين اقتادوا 12 رجلاً، وإن العائلات لا تعرف إن كانوا أحياء أم أمواتاً.",
     "12"),
    ("ar", "وأفاد ناشطون بأن قوات الأمن اعتقلت 15 طالباً ونقلتهم إلى أماكن مجهولة.", "15"),
])
def test_whereabouts_unknown_is_missing_even_when_taken(lang, text, word):
    assert _cat(text, lang, word) == "missing", _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Police said 40 people were arrested on Monday.", "40"),
    ("en", "Police said 40 people were arrested, 12 of whom are still unaccounted for.", "40"),
    ("ar", "وقال إن 50 شخصاً اعتقلوا أمس ولم تعرف التهم الموجهة إليهم.", "50"),
    ("ar", "وقالت الوزارة إن 20 مشتبهاً به اعتقلوا في المدينة.", "20"),
    # only a part's fate unknown: the count stays held
    ("en", "The commission said 531 people had been injured and 47 arrested, many of them "
           "abducted and taken to unknown destinations.", "47"),
    ("ar", "وأكدت أن فرقها رصدت اعتقال ما لا يقل عن أربعين متظاهراً، وأن بعضهم ما زال مجهول "
           "المصير.", "أربعين"),
    ("ar", "وقال إن 360 منهم اعتقلوا ولا يزال مصير كثيرين منهم مجهولاً.", "360"),
    # a held verb is no held noun: the harm after it is another person's
    ("en", "Four men have been arrested on suspicion of murder after a man was stabbed to death, "
           "police said.", "Four"),
])
def test_held_with_known_whereabouts_stay_detained(lang, text, word):
    assert _cat(text, lang, word) == "detained", _figs(text, lang)


# --- at risk / threatened = no figure (session-8 decision) ------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The agency said the floods threaten the lives of 3,000 people.", "3,000"),
    ("en", "The UN said 12,000 people are at risk of famine in the district.", "12,000"),
    ("en", "Aid groups warned that some 40,000 children were at high risk of cholera.", "40,000"),
    ("en", "The mayor said the blaze endangered the lives of more than 500 residents.", "500"),
    ("ar", "وقالت الوكالة إن السيول تهدد حياة 3000 شخص.", "3000"),
    ("ar", "وقالت الأمم المتحدة إن 12 ألف شخص معرضون لخطر المجاعة.", "12 ألف"),
    ("ar", "وحذرت المنظمة من أن نحو 400 ألف طفل مهددون بالموت جوعاً.", "400 ألف"),
])
def test_people_at_risk_are_no_figure(lang, text, word):
    assert _cat(text, lang, word) is None, _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "Officials said 2 million people need aid.", "2 million", "other"),
    ("en", "The ministry said 15 people were killed in the floods.", "15", "killed"),
    ("ar", "وقالت الوكالة إن 3000 شخص نزحوا بسبب السيول.", "3000", "displaced"),
])
def test_needs_and_harms_that_happened_stay(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- non-wound harm at the event = wounded; combined count = other -----------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Medics said 40 protesters suffered tear gas inhalation.", "40"),
    ("en", "The ministry said 15 pilgrims died and 80 suffered heatstroke.", "80"),
    ("en", "Organisers said 16 marchers fainted in the heat.", "16"),
    ("en", "Doctors said seven were pulled out unconscious.", "seven"),
    ("en", "Rescuers said 12 residents were overcome by smoke.", "12"),
    ("ar", "وقالت الوزارة إن 80 حاجاً أصيبوا بضربات شمس.", "80"),
    ("ar", "وقال الطبيب إن المستشفى استقبل 16 حالة إغماء.", "16"),
    ("ar", "وأفاد الدفاع المدني بتسجيل 14 حالة اختناق جراء الحريق.", "14"),
    ("ar", "وقال إنه ساعد في إخراج أكثر من عشرة أشخاص فاقدين للوعي.", "عشرة"),
    ("ar", "وقال المدير إن المستشفى استقبل عشر حالات، بينها أربع حالات اختناق شديد.", "أربع"),
])
def test_harm_that_is_not_a_wound_is_wounded(lang, text, word):
    assert _cat(text, lang, word) == "wounded", _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "He said three of the migrants had been taken to hospital with hypothermia.", "three",
     "other"),
    ("ar", "وقال مدير المستشفى إن المستشفى استقبل 40 مراجعاً.", "40", "other"),
    ("en", "The army said it had killed or wounded more than 300 fighters.", "300", "other"),
    ("en", "The ministry reported 45 casualties.", "45", "other"),
    ("ar", "وقال الجيش إنه خسر 300 عسكري بين قتيل وجريح.", "300", "other"),
])
def test_patients_without_harm_and_combined_counts_are_other(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- rescued people who are hurt stay wounded ---------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("ar", "وقال إن الأطباء يقاتلون من أجل إنقاذ حياة ٢٣ شخصاً في حالة خطرة.", "٢٣", "wounded"),
    ("ar", "وقالت الشركة إن الفرق أنقذت ثمانية عمال مصابين بكسور.", "ثمانية", "wounded"),
    ("en", "Rescuers pulled out 11 people with serious injuries, the agency said.", "11",
     "wounded"),
    ("en", "The agency said it rescued 30 people, who were taken to hospital.", "30", "other"),
    ("ar", "وقال الدفاع المدني إنه أنقذ 12 شخصاً ونقلهم إلى المستشفى.", "12", "other"),
])
def test_rescued_and_hurt_stay_wounded(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- a held noun does not beat the harm ---------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("ar", "وقال مدير المرصد إن عشرات السجناء أصيبوا بالرصاص الحي.", "عشرات", "wounded"),
    ("ar", "وأفاد المرصد بأن حصيلة القتلى بلغت 17 شخصاً، هم 11 سجيناً وستة من الحراس.", "11",
     "killed"),
    ("ar", "وأفاد المرصد بأن حصيلة القتلى بلغت 17 شخصاً، هم 11 سجيناً وستة من الحراس.", "ستة",
     "killed"),
    ("en", "The toll rose to 17, including 11 prisoners and six guards, the monitor said.", "11",
     "killed"),
    ("en", "The monitor said dozens of inmates were wounded by live fire.", "dozens", "wounded"),
    ("ar", "وقالت الهيئة إن ثلاثة معتقلين توفوا تحت التعذيب.", "ثلاثة", "killed"),
    # the harm of a part, or of another clause, leaves the held count held
    ("en", "He said one of the 12 hostages had died.", "12", "detained"),
    ("ar", "وأعلن الجيش تحرير ٢٠ رهينة وقتل جميع الخاطفين.", "٢٠", "detained"),
    ("ar", "وقال إن 20 معتقلاً أفرج عنهم اليوم.", "20", "detained"),
])
def test_held_noun_does_not_beat_the_harm(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- operations carried out are strikes ---------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "The group said it had carried out 11 operations against shipping over the past "
           "week.", "11", "strikes"),
    ("en", "The army said it conducted 35 military operations in the province in March.", "35",
     "strikes"),
    ("en", "The rebels said they had launched more than 60 operations against government "
           "positions.", "60", "strikes"),
    ("ar", "وأكد أن الجماعة نفذت أكثر من ٤٠ عملية منذ مارس.", "٤٠", "strikes"),
    ("ar", "وقالت الحركة إنها نفذت 25 عملية ضد القوات الإسرائيلية خلال أسبوع.", "25", "strikes"),
    ("ar", "وقال المصدر إن المقاتلين شنوا 12 عملية على مواقع الجيش.", "12", "strikes"),
    # surgeries, rescues, raids and a medical setting are no attacks
    ("en", "The hospital director said surgeons carried out 23 emergency operations overnight.",
     "23", "other"),
    ("en", "The coastguard said it conducted 14 rescue operations on Sunday.", "14", "other"),
    ("en", "Doctors carried out 40 operations in one day, the charity said.", "40", "other"),
    ("ar", "وقال الطبيب إن الفريق نفذ 30 عملية جراحية.", "30", "other"),
    ("ar", "وقال إن الأطباء نفذوا 40 عملية في يوم واحد.", "40", "other"),
])
def test_operations_carried_out_are_strikes(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- year spans and bare temperatures are no count -----------------------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "More than 68,000 people displaced by the 2020-2022 war have returned, the "
           "administration said.", "2020"),
    ("en", "The group lost about 4,000 fighters in the 2023\u20132024 war, officials said.",
     "2023"),
    ("ar", "وقالت المنظمة إن 3000 شخص نزحوا خلال حرب 2011-2012.", "2011"),
    ("en", "The official said 46,000 people were evacuated to tents in temperatures of 18 below "
           "zero.", "18"),
    ("ar", "وقال المسؤول إن الفرق أجلت نحو ٤٦ ألف شخص إلى مخيمات في ظل حرارة تصل إلى ١٨ تحت "
           "الصفر.", "١٨"),
])
def test_year_spans_and_temperatures_are_no_count(lang, text, word):
    assert _cat(text, lang, word) is None, _figs(text, lang)
    assert _figs(text, lang), "the real count is still found"


def test_a_count_range_is_still_a_range():
    assert ("300-500", 300.0, "displaced") in _figs(
        "The agency said between 300-500 people were displaced.", "en")


# --- an Arabic dual with its number adjective is one count ----------------------------------------

@pytest.mark.parametrize(("text", "words", "cat"), [
    ("وأفادت مصادر طبية بمقتل مهاجرَين إثيوبيين اثنين وإصابة تسعة مواطنين.",
     ("مهاجرَين", "اثنين"), "killed"),
    ("وقالت المصادر إن طفلين سوريين اثنين قتلا.", ("طفلين", "اثنين"), "killed"),
    ("وقالت إن المسلحين اقتادوا زوجها وابنيها الاثنين.", ("ابنيها", "الاثنين"), "detained"),
    ("وقال المصدر إن مستوطنَين اثنين أصيبا.", ("مستوطنَين", "اثنين"), "wounded"),
])
def test_dual_with_its_number_adjective_is_one_count(text, words, cat):
    figs = [f for f in _figs(text, "ar") if f[1] == 2]
    assert len(figs) == 1, figs
    assert all(w in figs[0][0] for w in words) and figs[0][2] == cat, figs


def test_two_coordinated_duals_stay_two_counts():
    figs = _figs("وأفرجت السلطات عن سجينين وصحفيين اثنين.", "ar")
    assert [v for _, v, _ in figs] == [2, 2], figs


# --- second round: quoted counts, fractures, still in prison, nights in shelters, "others" -----

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    # a verb before a quoted count still governs it
    ("ar", "مؤكداً أن الجماعة نفذت \"أكثر من ٤٠ عملية\" منذ منتصف مارس.", "٤٠", "strikes"),
    ("ar", "وأضاف أن القوات حررت «أكثر من ستين» من النزلاء كانوا عالقين في الطوابق العليا.",
     "ستين", "other"),
    # fractures are injuries; a held noun gives way to them
    ("ar", "وقالت مصادر إن ستة من المفرج عنهم نُقلوا إلى الأقسام الداخلية بسبب كسور وجروح.",
     "ستة", "wounded"),
    ("ar", "وقال الطبيب إن تسعة عمال أصيبوا بكسور في الانهيار.", "تسعة", "wounded"),
    # still in prison
    ("ar", "مضيفاً أن سبعة من أبناء الحي ما زالوا في السجون الإسرائيلية.", "سبعة", "detained"),
    ("ar", "وقالت العائلات إن 12 من أبنائها لا يزالون في المعتقلات.", "12", "detained"),
    ("en", "The brother said seven men from the street are still in Israeli prisons.", "seven",
     "detained"),
    ("en", "The group said 40 people remain in detention.", "40", "detained"),
    ("ar", "وقالت الهيئة إن ثلاثة معتقلين قضوا في سجون النظام.", "ثلاثة", "killed"),
    # nights in schools, tents, mosques; women who took refuge («لجأن»)
    ("ar", "وقال إن 60 منزلاً احترقت، وإن عشرات العائلات تبيت في المدارس.", "عشرات", "displaced"),
    ("ar", "وأكدت أن نحو ثلاثين امرأة وفتاة لجأن إلى مسجد القرية.", "ثلاثين", "displaced"),
    ("en", "The mayor said dozens of families are sleeping in schools.", "dozens", "displaced"),
    ("en", "Officials said 300 villagers spent the night in tents after the quake.", "300",
     "displaced"),
    # "N others" with nothing of their own are more of the count before, same sentence
    ("en", "He said the group had documented 21 deaths, but had been unable to confirm three "
           "others reported by residents.", "three", "killed"),
    ("en", "The ministry confirmed 40 deaths and said it was checking reports of 12 others.",
     "12", "killed"),
    ("ar", "وقالت الوزارة إنها وثقت مقتل 21 شخصاً، لكنها لم تتمكن من تأكيد ثلاثة آخرين.", "ثلاثة",
     "killed"),
    ("en", "Rescuers said 14 miners died and 8 others were rescued.", "8", "other"),
    ("en", "The army said 20 soldiers were killed, while 30 others were evacuated.", "30",
     "displaced"),
])
def test_second_round_constructions(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


# --- a body's make-up, capacities and area units are no count -----------------------------------

@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The minister announced that a committee of five judges would investigate.", "five"),
    ("en", "He said the patrol of 12 fighters had been returning when it was hit, killing four.",
     "12"),
    ("en", "The ministry said a delegation of 20 officials would visit the camp.", "20"),
    ("en", "A pilgrim said police let the crowd into a lane meant for a few hundred.", "hundred"),
    ("ar", "وأعلنت الوزارة أن الضحايا العسكريين كانوا ضمن وحدة تضم ٣٥ جندياً، قتل منهم سبعة.",
     "٣٥"),
    ("ar", "وقال إن لجنة من خمسة قضاة ستحقق في الأحداث.", "خمسة"),
    ("ar", "وأعلن الجيش مقتل 3 من أفراد دورية مؤلفة من 12 عنصراً.", "12"),
    ("ar", "وقال إن القصف أحرق \"مئات الدونمات\" من البساتين.", "مئات"),
])
def test_make_up_capacity_and_area_are_no_count(lang, text, word):
    assert _cat(text, lang, word) is None, _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "The army said a crew of 22 was evacuated.", "22", "other"),
    ("en", "He said the patrol of 12 fighters had been returning when it was hit, killing four.",
     "four", "killed"),
    ("ar", "وقالت الوزارة إن 80 عائلة تضم 450 فرداً نزحت.", "450", "displaced"),
    ("ar", "وأعلن الجيش مقتل 3 من أفراد دورية مؤلفة من 12 عنصراً.", "3", "killed"),
])
def test_counts_next_to_a_make_up_stay(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    # a body that was attacked is counted (gold_l): the people targeted
    ("en", "The spokesman said its fighters had targeted \"a unit of more than 100 troops\" "
           "returning from training.", "100"),
    ("en", "The group said it ambushed a patrol of 15 soldiers near the border.", "15"),
    ("ar", "وقال إن مقاتليه هاجموا دورية من 12 جندياً.", "12"),
])
def test_a_body_attacked_is_counted(lang, text, word):
    assert _cat(text, lang, word) is not None, _figs(text, lang)


# --- compounds headed by people; families not back home ----------------------------------------

@pytest.mark.parametrize(("lang", "text", "word", "cat"), [
    ("en", "A local official said residents had found the bodies of three truck drivers by the "
           "roadside.", "three", "killed"),
    ("en", "Police said 12 bus drivers were arrested.", "12", "detained"),
    ("ar", "وقالت ناشطة إن عشرات العائلات لم تعد إلى منازلها حتى الآن.", "عشرات", "displaced"),
    ("ar", "وقالت البلدية إن 300 أسرة لم تعد بعد إلى بيوتها.", "300", "displaced"),
    ("en", "The council said hundreds of families have not returned to their homes.", "hundreds",
     "displaced"),
    ("en", "The mayor said 2,000 residents cannot return home because of the fighting.", "2,000",
     "displaced"),
    # without the homes: missing (came back from nowhere) or still held
    ("ar", "وقال إن 40 شاباً خرجوا للصيد ولم يعودوا.", "40", "missing"),
    ("en", "Relatives said 25 of the children taken have not returned.", "25", "detained"),
])
def test_compound_heads_and_homes_not_returned_to(lang, text, word, cat):
    assert _cat(text, lang, word) == cat, _figs(text, lang)


def test_vehicles_alone_stay_no_count():
    assert _cat("Officials said 700 aid trucks were waiting at the crossing.", "en", "700") is None
