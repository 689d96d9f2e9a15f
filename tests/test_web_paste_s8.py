"""Page noise of articles pasted from news sites (session 8, gold_an FINDINGS): corrections and
editor's notes, teasers behind a bar, key-point bullets that name their speaker, flattened
tables ("Killed: 40 | Wounded: 120" after a line naming its source; one speaker per cell).

Every text is composed for these tests, in the styles of several sites; none is from gold_an.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of
from newsclaims.extract import extract_article
from newsclaims.extract.folding import fold_term
from newsclaims.normalize import normalize_text


def _figures(text: str, lang: str) -> list[tuple[str, str, float, str]]:
    """(speaker names folded, number text, value, category) of every figure."""
    ex = extract_article(text, lang)
    out = []
    for k, f in ex.figures:
        c = ex.claims[k]
        who = fold_term(" | ".join((c.source.name, c.source.name_en or "", c.source_text or "")))
        out.append((who, f.number.text, f.number.value, f.category))
    return out


def _has_figure(figs, speaker: str, value: float, category: str) -> bool:
    return any(fold_term(speaker) in who and v == value and cat == category for who, _, v, cat in figs)


# --- corrections, amendment and editor's notes; teasers behind a bar -----------------------

@pytest.mark.parametrize("line", [
    "Correction, 10 October: An earlier version of this story misstated the toll as 31.",
    "Correction: This article originally said 14 people were wounded; the figure is 41.",
    "Clarification (May 3): The ministry's figure covers only the capital.",
    "Editor's note: This story has been updated with the army's statement.",
    "This article was amended on 13 February to correct the name of a battalion.",
    "This story has been corrected to show that 12, not 21, soldiers were killed.",
    "An earlier version of this report gave the number of detainees as 490.",
    "تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد الجرحى 71، والصحيح 17.",
    "تنويه: ذكرت نسخة سابقة أن الهجوم وقع الإثنين، والصحيح أنه وقع الثلاثاء.",
    "ملاحظة المحرر: حُدّث هذا الخبر بإضافة تصريحات المتحدث باسم الجيش.",
    "ورد في نسخة سابقة من هذا التقرير أن عدد القتلى 9، والصحيح 19.",
    "عُدّل هذا الخبر لتصحيح اسم المستشفى.",
    "Also Read | Governor says situation 'under control', appeals for calm",
    "Read more | Minister: 26 killed in ambush",
    "اقرأ أيضاً | الصحة: 40 قتيلاً في قصف على السوق",
])
def test_correction_notes_and_bar_teasers_are_dropped_at_ingest(line):
    body = "The army said 12 soldiers were killed in the attack."
    assert normalize_text(f"{body}\n\n{line}") == body


@pytest.mark.parametrize("line", [
    "Correctional officers said 12 inmates escaped during the riot.",
    "Update: the health ministry said 40 people were killed.",
    "Updated 14:05 GMT",
    "This report was released by the ministry, which said 500 people had died.",
    "وقال المتحدث إن تصحيح الأرقام جارٍ بعد انتشال 12 جثة.",
    "تصحيح المسار السياسي ضروري، قال الوزير.",
])
def test_reporting_lines_that_look_alike_are_kept(line):
    assert normalize_text(line) == line


def test_numbers_of_a_correction_are_no_figures_of_the_last_speaker():
    raw = ("وقال مصدر طبي في مستشفى المدينة إن المستشفى استقبل 23 مصاباً.\n\n"
           "تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد الموقوفين 350، والصحيح 305.")
    text = normalize_text(raw)
    assert [v for _, _, v, _ in _figures(text, "ar")] == [23]


# --- key-point bullets that name their speaker ----------------------------------------------

@pytest.mark.parametrize("text, key, speaker, value, category", [
    ("Key points\n- UN rights office: at least 31 dead, over 90 injured\n- Curfew extended for a third night\n\n"
     "The UN human rights office said on Tuesday that 31 people had died.", "at least 31 dead", "UN rights office", 31, "killed"),
    ("Key points\n• Government: 9 dead, \"no one killed by police\"\n• Protests spread to three cities\n\n"
     "The government has said nine people died.", "9 dead", "Government", 9, "killed"),
    ("Summary\n* Syrian Arab Red Crescent: 44 wounded taken to hospital\n* Roads closed in the north\n\n"
     "The Red Crescent said its teams were still working.", "44 wounded", "Red Crescent", 44, "wounded"),
    ("At a glance\n– Health ministry: 18 killed, including 5 children\n– Army denies targeting civilians\n\n"
     "The health ministry said 18 people had been killed.", "18 killed", "Health ministry", 18, "killed"),
    ("نقاط رئيسية:\n- الدفاع المدني: انتشال 14 جثة من تحت الأنقاض\n- انقطاع الكهرباء عن المدينة\n\n"
     "وقال الدفاع المدني إن فرقه ما زالت تبحث عن مفقودين.", "انتشال 14 جثة", "الدفاع المدني", 14, "killed"),
    ("أبرز النقاط\n• اليونيسف: مقتل 12 طفلاً على الأقل\n• الجيش ينفي استهداف المدنيين\n\n"
     "وقالت منظمة الأمم المتحدة للطفولة إن الأطفال يدفعون الثمن.", "مقتل 12 طفلاً", "اليونيسف", 12, "killed"),
    ("ملخص:\n- وزارة الصحة: 37 جريحاً في المستشفيات\n- إغلاق المدارس ثلاثة أيام\n\n"
     "وقالت وزارة الصحة إن بين الجرحى حالات حرجة.", "37 جريحاً", "وزارة الصحة", 37, "wounded"),
])
def test_a_key_point_bullet_that_names_its_speaker_is_a_claim_with_its_figures(text, key, speaker, value, category):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    check(text, lang, key, speaker)
    assert _has_figure(_figures(text, lang), speaker, value, category)


@pytest.mark.parametrize("text, lang", [
    ("Key points\n- 363 bodies recovered since 2020\n- Search teams still at work\n\n"
     "The search authority said ten more bodies were found.", "en"),
    ("نقاط رئيسية:\n- 363 جثة انتشلت منذ 2020\n- الفرق تواصل البحث\n\n"
     "وقالت الهيئة إنها انتشلت عشر جثث جديدة.", "ar"),
])
def test_a_bullet_without_a_speaker_stays_no_claim(text, lang):
    first_para = text.split("\n\n")[0]
    assert all(c.start >= len(first_para) for c in claims_of(text, lang))


# --- flattened tables -------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, cells", [
    ("The interior ministry said on Monday that 40 people were killed in the raids. Figures released by the ministry:\n\n"
     "Killed: 40 | Wounded: 120 | Missing: 7\n\nRescue work went on.", "interior ministry",
     [(40, "killed"), (120, "wounded"), (7, "missing")]),
    ("The army said its troops repelled the attack on the base. It gave the following toll:\n\n"
     "Soldiers killed: 12 | Injured: 30 | Attackers neutralised: 25\n\nThe area was sealed off.", "army",
     [(12, "killed"), (30, "wounded"), (25, "killed")]),
    ("Officials in the province said the storm destroyed homes across the coast.\n\n"
     "Toll according to the provincial disaster office:\nDead: 19 | Missing: 11 | Displaced: 4,500\n\n"
     "More rain is forecast.", "provincial disaster office",
     [(19, "killed"), (11, "missing"), (4500, "displaced")]),
    ("قالت وزارة الصحة في الولاية إن 22 مدنياً قتلوا في القصف.\n\nالحصيلة بحسب وزارة الصحة:\n"
     "قتلى: 22 | جرحى: 64 | أطفال بين القتلى: 6\n\nوتواصل الفرق عملها.", "وزارة الصحة",
     [(22, "killed"), (64, "wounded"), (6, "killed")]),
    ("أعلن الدفاع المدني انتهاء عمليات البحث في الحي.\n\nوبحسب حصيلة أعلنها الدفاع المدني:\n"
     "وفيات: 9 | مصابون: 41 | مفقودون: 3\n\nوتستمر عمليات رفع الأنقاض.", "الدفاع المدني",
     [(9, "killed"), (41, "wounded"), (3, "missing")]),
])
def test_a_count_table_after_a_line_naming_its_source_is_one_claim_of_that_source(text, speaker, cells):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    line = next(ln for ln in text.split("\n") if "|" in ln)
    c = check(text, lang, line.split(" | ")[0], speaker)
    assert text[c.start : c.end] == line
    figs = _figures(text, lang)
    start = text.index(line)
    table = [(v, cat) for (who, t, v, cat) in figs if text.find(t, start) < start + len(line) and text.find(t, start) >= 0
             and t in line]
    for value, category in cells:
        assert (value, category) in table, (value, category, table)


def test_a_table_of_one_measure_per_place_takes_the_measure_from_its_introducing_line():
    text = ("وقالت وزارة الخارجية إن عدد الوفيات ارتفع.\n\nوبحسب حصيلة جمعتها وكالة فرانس برس، توزعت الوفيات على النحو التالي:\n"
            "مصر: 58 | الأردن: 14 | تونس: 9\n\nوتتواصل عمليات الدفن.")
    check(text, "ar", "مصر: 58", "فرانس برس")
    figs = _figures(text, "ar")
    for v in (58, 14, 9):
        assert _has_figure(figs, "فرانس برس", v, "killed"), figs


@pytest.mark.parametrize("text, lang", [
    ("A strong earthquake struck the province on Sunday, the disaster agency said.\n\nThe quake in numbers:\n"
     "Magnitude: 6.1 | Depth: 9 km | Injured: 31 | Buildings collapsed: 12", "en"),
    ("أعلنت إدارة الكوارث أن زلزالاً ضرب الولاية فجر اليوم.\n\nالزلزال في أرقام:\n"
     "القوة: 6.1 | العمق: 9 كلم | الجرحى: 31 | المباني المنهارة: 12", "ar"),
    ("قالت السلطات إن الفيضانات اجتاحت عدة قرى.\n\nفي أرقام:\nالقتلى: 8 | النازحون: 1200", "ar"),
])
def test_an_unattributed_summary_table_is_no_claim(text, lang):
    line = text.split("\n")[-1]
    start = text.index(line)
    assert all(c.end <= start for c in claims_of(text, lang))


@pytest.mark.parametrize("text, lang, cells", [
    ("Latest estimates\nDisaster centre: more than 900 missing | IOM: about 300 dead | Provincial police: 4 bodies recovered\n\n"
     "Rescuers dug with spades.", "en", [("Disaster centre", "900 missing"), ("IOM", "300 dead"), ("Provincial police", "4 bodies")]),
    ("Health ministry: 40 killed | Syrian Observatory for Human Rights: 52 killed\n\nThe fighting went on.", "en",
     [("Health ministry", "40 killed"), ("Observatory", "52 killed")]),
    ("الحصائل المتداولة\nوزارة الصحة: 40 قتيلاً | المرصد السوري لحقوق الإنسان: 52 قتيلاً\n\nوتتواصل المعارك.", "ar",
     [("وزارة الصحة", "40 قتيلاً"), ("المرصد السوري", "52 قتيلاً")]),
    ("آخر الأرقام\nالدفاع المدني: انتشال 7 جثث | الهلال الأحمر: إسعاف 25 مصاباً\n\nوتستمر عمليات البحث.", "ar",
     [("الدفاع المدني", "انتشال 7 جثث"), ("الهلال الأحمر", "إسعاف 25 مصاباً")]),
])
def test_a_table_with_a_speaker_before_each_cell_is_one_claim_per_speaker(text, lang, cells):
    for speaker, key in cells:
        c = check(text, lang, key, speaker)
        assert "|" not in text[c.start : c.end]


@pytest.mark.parametrize("line", [
    "Published 12 February 2025 | Updated 14:05 GMT",
    "نُشر في: الثلاثاء 4 مارس 2025 | 12:45",
    "Home | World | Africa",
])
def test_a_bar_line_that_is_no_table_is_one_sentence(line):
    from newsclaims.extract.sentences import tokenize
    doc = tokenize(line, "en")
    assert not doc.bars and len(doc.sents) == 1


# --- a headline country as speaker: the state body that gives the headline's count ------------

@pytest.mark.parametrize("text, key, body", [
    ("Chad says 17 soldiers killed in attack on lake base\n\nN'DJAMENA (Reuters) - Seventeen soldiers were killed when "
     "Boko Haram fighters attacked a base on Lake Chad, the army's spokesman said on Monday.", "17 soldiers killed", "army"),
    ("Mali says 40 jihadists killed in air strikes\n\nBAMAKO - The armed forces general staff said in a statement that 40 "
     "terrorists had been killed in strikes near Boni. A local official said civilians were among the dead.", "40 jihadists killed",
     "general staff"),
    ("Armenia says 49 troops killed in border clashes\n\nYEREVAN, Sept 13 - Armenia's defence ministry said 49 of its "
     "soldiers had been killed in overnight fighting, and accused Azerbaijani forces of shelling towns. Azerbaijan's "
     "military government said it had responded to provocations.", "49 troops killed", "defence ministry"),
    ("Peru says 12 police wounded as protesters block highway\n\nLIMA - Twelve police officers were wounded, the interior "
     "ministry said on Friday. Human rights groups said 30 protesters were hurt.", "12 police wounded", "interior ministry"),
])
def test_a_headline_country_is_the_state_body_that_gives_its_count(text, key, body):
    cs = claims_of(text, "en")
    head = next(c for c in cs if key in text[c.start:c.end])
    giver = next(c for c in cs if c.start > text.index("\n") and body in fold_term(c.source.name + " " + (c.source_text or "")))
    assert head.source.source_id == giver.source.source_id


def test_a_headline_country_whose_count_a_monitor_gives_first_stays_apart():
    text = ("Syria says 12 killed in strike on Idlib market\n\nA monitoring group said 12 people were killed in the strike, "
            "and residents said the market had been crowded.")
    cs = claims_of(text, "en")
    head = next(c for c in cs if "12 killed" in text[c.start:c.end])
    others = {c.source.source_id for c in cs if c.start > text.index("\n")}
    assert head.source.source_id not in others


@pytest.mark.parametrize("text, lang, speaker", [
    ("Fighting raged in the north. The health ministry said the toll was as follows:\nKilled: 40 | Wounded: 120\n\nRescue work went on.",
     "en", "health ministry"),
    ("وقالت وزارة الصحة إن الحصيلة جاءت كالتالي:\nقتلى: 40 | جرحى: 120\n\nوتتواصل أعمال الإنقاذ.", "ar", "وزارة الصحة"),
    ("The army said fighting went on all night. The police released the following figures:\nKilled: 40 | Wounded: 120",
     "en", "police"),
    ("Kestria's interior ministry said on Sunday that 40 people had died. The emergencies agency said roads were cut. "
     "Figures released by the ministry:\nKilled: 40 | Wounded: 120 | Missing: 9\n\nThe rain went on.", "en", "interior ministry"),
])
def test_a_count_table_after_a_claim_a_subject_or_an_anaphor_is_that_speakers(text, lang, speaker):
    line = next(ln for ln in text.split("\n") if "|" in ln)
    c = check(text, lang, line.split(" | ")[0], speaker)
    assert text[c.start : c.end] == line
    figs = _figures(text, lang)
    assert _has_figure(figs, speaker, 40, "killed") and _has_figure(figs, speaker, 120, "wounded")
