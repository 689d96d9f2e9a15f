"""Figure-side wording classes the set gold_aj (now tuning material) tripped on, fixed as general
rules (tests/gold_aj/FINDINGS_ar.md, FINDINGS_en.md). Every sentence is composed here.

- weapons "shot down" in a launch count ("of which 87 were shot down", "and 35 were shot down")
  are no figure (weapons downed, decided conflict), never people shot (`wounded`);
- "sheltered N" (people given shelter) is `displaced`; so is «لجؤوا» (took refuge; the plural's
  other spelling of «لجأوا»);
- «أودى/أودت بـ N» (took the lives of) is `killed` without «حياة»;
- «أسقط/أسقطت N قنبلة» (aircraft dropped bombs) are strikes, not weapons downed;
- a vehicle dual in construct («سيارتي/سيارتا إسعاف») counts 2, but «سيارتي» before a verb is
  "my car"; the dual «وكرين» (two hideouts) counts 2.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(f.number.text, f.number.value, f.category) for f in find_figures(text, lang)]


@pytest.mark.parametrize("text", [
    "The army said the enemy launched 120 drones overnight, of which 87 were shot down or jammed.",
    "Officials said 40 missiles were fired, of which 35 were shot down.",
    "The ministry said Russia launched 120 drones overnight and 87 were shot down.",
    "The air force said it tracked 60 rockets, 41 of which were shot down.",
])
def test_weapons_shot_down_in_a_launch_count_are_no_people(text):
    figs = _figs(text, "en")
    assert all(cat != "wounded" for _, _, cat in figs), figs
    assert [v for _, v, cat in figs if cat == "strikes"] == [max(v for _, v, _ in figs)]
    assert len(figs) == 1, figs  # the weapons downed are no figure


@pytest.mark.parametrize(("text", "value", "cat"), [
    ("Police said 31 people were shot, five fatally.", 31, "wounded"),
    ("Gunmen shot 12 villagers, the mayor said.", 12, "wounded"),
])
def test_people_shot_stay_wounded(text, value, cat):
    assert (value, cat) in [(v, c) for _, v, c in _figs(text, "en")]


@pytest.mark.parametrize(("text", "value"), [
    ("The mission said it had sheltered about 600 civilians at its base.", 600),
    ("A spokesman said the church sheltered 250 people from the fighting.", 250),
    ("The agency said the school has sheltered some 1,200 residents since Monday.", 1200),
])
def test_sheltered_people_are_displaced(text, value):
    assert (value, "displaced") in [(v, c) for _, v, c in _figs(text, "en")]


@pytest.mark.parametrize(("text", "value"), [
    ("وقال المسؤول إن نحو ثلاثة آلاف شخص لجؤوا إلى المدارس.", 3000),
    ("وقالت الأمم المتحدة إن 500 عائلة لجأت إلى مخيمات قريبة.", 500),
    ("وأفاد المكتب بأن أكثر من 900 مدني لجأوا إلى الكنائس.", 900),
    ("وقالت المنظمة إن آلاف السكان يلجؤون إلى المدارس كل ليلة، بينهم 400 طفل.", None),
])
def test_took_refuge_is_displaced(text, value):
    figs = _figs(text, "ar")
    if value is None:
        assert figs and all(c == "displaced" for _, _, c in figs), figs
    else:
        assert (value, "displaced") in [(v, c) for _, v, c in figs], figs


@pytest.mark.parametrize(("text", "value"), [
    ("وقال المتحدث إن الهجوم أودى بأكثر من 40 شخصا.", 40),
    ("وقالت الوزارة إن الهجمات أودت بـ 30 شخصا على الأقل.", 30),
    ("وذكر المرصد أن الانفجار أودى بحياة 12 مدنيا.", 12),
    ("وقال مسؤول محلي إن الكمين أودى بنحو عشرين جنديا.", 20),
])
def test_took_the_lives_of_is_killed(text, value):
    assert (value, "killed") in [(v, c) for _, v, c in _figs(text, "ar")]


@pytest.mark.parametrize(("text", "value"), [
    ("وقال الجيش إن الطائرات أسقطت 20 قنبلة على المدينة.", 20),
    ("وقال الدفاع المدني إن الطيران الحربي أسقط 8 قنابل على الحي.", 8),
    ("وقال الجيش إن الطائرات ألقت 15 قنبلة على الحي.", 15),
])
def test_bombs_dropped_are_strikes(text, value):
    assert (value, "strikes") in [(v, c) for _, v, c in _figs(text, "ar")]


@pytest.mark.parametrize("text", [
    "وقال الجيش إن الدفاعات الجوية أسقطت 20 مسيرة.",
    "وقال الجيش إنه أسقط 5 صواريخ فوق المدينة.",
])
def test_weapons_downed_stay_no_figure(text):
    assert _figs(text, "ar") == []


@pytest.mark.parametrize(("text", "word"), [
    ("وقال المصدر إن القصف دمر سيارتي إسعاف.", "سيارتي"),
    ("وقال الهلال الأحمر إن سيارتي إسعاف احترقتا في الهجوم.", "سيارتي"),
    ("وقال الدفاع المدني إن سيارتا إطفاء احترقتا قرب المحطة.", "سيارتا"),
    ("وقال الجيش إنه دمر وكرين لعناصر التنظيم.", "وكرين"),
])
def test_construct_and_rare_duals_count_two(text, word):
    assert (word, 2) in [(t, v) for t, v, _ in _figs(text, "ar")]


@pytest.mark.parametrize("text", [
    "وقال إن سيارتي تعطلت في الطريق.",
    "وقال الشاهد إن سيارتي احترقت أمام المنزل.",
])
def test_my_car_is_no_count(text):
    assert all(v != 2 for _, v, _ in _figs(text, "ar"))


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن سيارتي إسعاف تعرضتا لإطلاق نار أثناء نقل المصابين.",
    "وقال الهلال الأحمر إن سيارتا إسعاف أصيبتا بشظايا خلال إجلاء الجرحى.",
])
def test_vehicle_duals_near_a_person_cue_are_things(text):
    assert [(v, c) for _, v, c in _figs(text, "ar") if v == 2] == [(2, "other")]
