"""English figures in humanitarian and rights reporting (session 18, breadth audit of the blind set
gold_bp's category / no-figure / spurious misses), and the session-18 decision on "one of" a group.

Families:
- "one of" a group whose predicate is a harm or fate word is a figure of 1 (tests/gold/README.md,
  "Decided conflicts (session 18)"): "one of its paramedics was killed", "one of the wounded later
  died", "one of the society's ambulances was destroyed"; a lone singular noun ("a soldier was
  killed"), "one of the reasons", "one of the largest", "one of two hospitals", "one day",
  "one-year-old", "one of the dead was a child" and "one by one" are no figures.
- returnees said with other verbs (UNHCR, IOM, OCHA): "gone back to their villages", "had already
  gone home", "returned or been forced back from Iran", "left voluntarily" -> `displaced`.
- executions counted by a monitor ("counted 712 executions, including 19 women") -> `killed`.
- an elided second count ("146 aid workers kidnapped and 260 wounded"): each count keeps its own
  participle.
- the count's noun and one more person sharing a verb ("three patients and a midwife died").
- people treated for wounds whatever group they belong to ("73 new arrivals with gunshot wounds").
- disease cases named by a long string of modifiers ("suspected cholera and acute watery
  diarrhoea cases") -> `other`.
- families searching for missing relatives past an aside -> `missing`.
- children freed from an armed group's ranks ("rescued 14 children forcibly recruited") -> `detained`.
- the people a monitor interviewed are no count of what befell them (`other`, as gold_v/gold_z).
- negatives: the bodies of a joint statement ("the three agencies", "14 aid organisations"),
  communities and detention sites (places), "one by one".

Every sentence is composed here (UN News, ReliefWeb, Reuters/AP/AFP Geneva briefings, NGO press
releases, The New Humanitarian, Guardian, Al Jazeera styles); none is taken from an article.
Values and categories follow tests/gold/README.md.
"""

from __future__ import annotations

import pytest

from _figure_helpers import figures_with, has_figure as _has

K, W, M, D, P, S, O = "killed", "wounded", "missing", "detained", "displaced", "strikes", "other"


# --- "one of" a group: the session-18 decision ----------------------------------------------

ONE_OF = [
    ('The Red Crescent said one of its paramedics was killed and two were wounded.', 1, K),
    ('The ministry said one of the wounded later died in hospital.', 1, K),
    ('The IFRC said one of its own staff members had been injured near Kosti last week.', 1, W),
    ('The society said one of its ambulances was destroyed in the shelling.', 1, O),
    ('The army said one of the soldiers was killed in the ambush.', 1, K),
    ('Police said one of the suspects was arrested on Friday evening.', 1, D),
    ('The charity said one of its drivers had been abducted on the road to Kidal.', 1, D),
    ('"One of our nurses was shot dead at the gate," the hospital director said.', 1, K),
    ('The family said one of them is still missing after the boat capsized.', 1, M),
    ('UNRWA said one of its teachers died of his wounds on Tuesday.', 1, K),
    ('The agency said one of its warehouses was damaged in the strike.', 1, O),
    ('The WFP said one of its contractors was seriously injured when the convoy was hit.', 1, W),
    ('The monitor said one of the detainees had died in custody.', 1, K),
    ('The Islamic Health Committee said one of its paramedics was among the dead.', 1, K),
    ('The ministry said one of its inspectors was among the wounded.', 1, W),
    ('One of its peacekeepers was wounded by sniper fire near the base, the mission said.', 1, W),
    ('The mission said one of its peacekeepers, 27-year-old Ram Thapa, was killed.', 1, K),
]


@pytest.mark.parametrize(("text", "value", "cat"), ONE_OF)
def test_one_of_a_group_with_a_fate_is_one(text, value, cat):
    word = "One" if text.lstrip('"').startswith("One") else "one"
    assert _has(text, word, value, cat), text


ONE_OF_NOT = [
    'The minister said one of the reasons for the delay was the lack of fuel.',
    'WHO said it was one of the largest cholera outbreaks on record.',
    'OCHA said one of two hospitals in the town had closed for lack of fuel.',
    'The agency said one day of fighting had emptied the market.',
    'The ministry said a one-year-old child was among the dead.',
    'The army said a soldier was killed in the ambush.',
    'The minister said one of the dead was a child.',
    'One of the soldiers said the attackers came from the hills.',
    'The army said one of the soldiers killed was a commander.',
    '"They described people being swept away one by one," said an IOM spokesperson.',
    'The rescuers said the bodies were brought out one after another.',
    'The agency said one of the camps was running out of water.',
]


@pytest.mark.parametrize("text", ONE_OF_NOT)
def test_one_of_without_a_fate_is_no_figure(text):
    assert figures_with(text, "one", "en") == [], text


def test_one_of_and_the_rest_of_the_count():
    text = 'The Red Crescent said one of its paramedics was killed and two were wounded.'
    assert _has(text, "two", 2, W)


# --- category families ---------------------------------------------------------------------

FORMS = [
    # returnees said with other verbs
    ('Some 310,000 people have gone back to their villages since July, the UN refugee agency says.',
     '310,000', 310000, P),
    ('IOM said about 2,000 families had made their way back to their homes in Rutshuru.',
     '2,000', 2000, P),
    ('The governor said 41,000 people had already gone home "as security returns".', '41,000', 41000, P),
    ('Over 1.5 million Afghans have returned or been forced back from Iran and Pakistan since January, '
     'the UN refugee agency said.', '1.5 million', 1500000, P),
    ('More than 1.5 million Afghans forced back from Iran and Pakistan this year, UN says',
     '1.5 million', 1500000, P),
    ('The ministry said 12,000 Syrians had been sent back from Lebanon since April.', '12,000', 12000, P),
    ('Iran\'s interior ministry said "more than 800,000" had left voluntarily.', '800,000', 800000, P),
    ('Ankara said 600,000 Syrians had voluntarily returned home since 2016.', '600,000', 600000, P),
    # executions counted
    ('Iran Human Rights counted 712 executions over the same period, including 19 women.',
     '712', 712, K),
    ('Iran Human Rights counted 712 executions over the same period, including 19 women.',
     '19', 19, K),
    ('Amnesty said the authorities carried out at least 853 executions last year.', '853', 853, K),
    ('The monitor recorded 25 public executions in the first half of the year.', '25', 25, K),
    # an elided second count keeps its own participle; so does the first
    ('The database also recorded 146 aid workers kidnapped and 260 wounded.', '146', 146, D),
    ('The database also recorded 146 aid workers kidnapped and 260 wounded.', '260', 260, W),
    ('The group said it had documented 30 teachers arrested and five killed since May.', '30', 30, D),
    ('The army said 40 soldiers wounded and three killed were flown to the capital.', '40', 40, W),
    # the count's noun and one more person share the verb
    ('A nurse said three patients and a midwife died in the blast.', 'three', 3, K),
    ('The ministry said 12 patients and their doctor were killed when the clinic was hit.', '12', 12, K),
    ('WHO said four patients and a nurse were wounded in the attack on the hospital.', 'four', 4, W),
    # people treated for wounds, whatever group they belong to
    ('MSF said its clinics had treated 73 new arrivals with gunshot or shrapnel wounds since '
     'mid-October.', '73', 73, W),
    ('The charity said it treated 45 refugees with shrapnel wounds at the border post.', '45', 45, W),
    # disease cases with a long name
    ('More than 41,000 suspected cholera and acute watery diarrhoea cases have been reported, WHO said.',
     '41,000', 41000, O),
    ('The ministry said 8,200 acute watery diarrhoea cases were recorded in the camps.', '8,200', 8200, O),
    # families searching for the missing, past an aside
    ('The ICRC said it had registered more than 35,000 requests from families in Syria looking for '
     'missing relatives.', '35,000', 35000, M),
    # children freed from armed groups
    ('The Defense Ministry said troops had rescued 14 children forcibly recruited by armed groups.',
     '14', 14, D),
    ('The army said it had freed 12 child soldiers from the rebels\' camp.', '12', 12, D),
    # the interviewed are a count of sources (gold_v, gold_z)
    ('HRW said it interviewed 40 refugees in eastern Chad.', '40', 40, O),
    ('Amnesty said it had spoken to researchers and interviewed 28 former detainees.', '28', 28, O),
]


@pytest.mark.parametrize(("text", "word", "value", "cat"), FORMS)
def test_humanitarian_figure_category(text, word, value, cat):
    assert _has(text, word, value, cat), text


# --- negatives: bodies, places, readings that are no count of people -----------------------

NOT_FIGURES = [
    ('Since January, at least 63 children have died in facilities supported by the three agencies, '
     'the statement said.', 'three'),
    ('The statement, signed by 14 aid organisations, said the road must open.', '14'),
    ('The four UN agencies said 12 children were killed.', 'four'),
    ('B\'Tselem said 120 Palestinians had been forced out of three herding communities.', 'three'),
    ('The group said settlers had attacked five Bedouin communities this month.', 'five'),
    ('The commission said it had visited four detention sites holding more than 3,500 people.', 'four'),
    ('The group said it held the men in two secret detention centres near the border.', 'two'),
    ('The statement was signed by 11 charities and two UN agencies.', '11'),
    ('The agency said 15 families alleging executions had filed complaints.', 'alleging'),
]


@pytest.mark.parametrize(("text", "word"), NOT_FIGURES)
def test_not_a_count_of_people(text, word):
    assert figures_with(text, word, "en") == [], text


def test_families_alleging_executions_stay_families():
    text = 'The office said it had received complaints from 15 families alleging executions.'
    assert _has(text, "15", 15, O)
    assert not _has(text, "15", 15, K)


def test_the_count_held_in_detention_sites_stays():
    text = 'The commission said it had visited four detention sites holding more than 3,500 people.'
    assert _has(text, "3,500", 3500, D)


def test_prisoners_coming_home_in_a_swap_stay_detained():
    # "had come home" in a prisoner exchange is the released (context cue), not returnees
    text = ('The two sides completed a prisoner exchange on Friday. The ombudsman said 190 soldiers '
            'and 60 civilians had come home.')
    assert _has(text, "60", 60, D)


def test_returnees_do_not_swallow_discharged_patients():
    # the hospital's "went home" is a discharge, not a return of the displaced
    text = 'The hospital said 22 wounded people went home after treatment.'
    assert not _has(text, "22", 22, P)
