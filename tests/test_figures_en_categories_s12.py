"""English figure categories on unseen phrasings (session 12): the number is found, but the
category word is one the lexicon lacked, so the figure fell to `other` (the largest class of
category misses on the sealed sets). Every sentence is composed here, in several newsroom orders
(count first, verb first, relayed); none is taken from a passage.

Conventions (tests/gold/README.md): harm the event caused that is not a wound (heatstroke, heat
exhaustion, tear gas, smoke) is `wounded` (session 8), while patients with no harm word, disease
cases and people who only needed or sought care stay `other`; people buried by a collapse and not
found are `missing` (session 9), the dead buried by their families `killed`; people evacuated or
moved out of danger are `displaced`.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text: str) -> list[tuple[str, str]]:
    return [(f.number.text, f.category) for f in find_figures(text, "en")]


def _cat(text: str, word: str) -> str | None:
    cats = [c for t, c in _figs(text) if word in t]
    return cats[0] if cats else None


# --- wounded: harms that are no wound, named after the count's own noun ----------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The doctor said the ward had received 63 patients with heatstroke symptoms since Monday.", "63"),
    ("Hospitals admitted 212 patients with heat exhaustion or heatstroke over the weekend, the "
     "health service said.", "212"),
    ("The district's health chief said 380 people had been treated for heat-related illness at "
     "state clinics.", "380"),
    ("Around 90 patients with heat-related illnesses were admitted to the district hospital, the "
     "medical officer said.", "90"),
    ("An opposition lawmaker said at least 27 demonstrators were treated for the effects of tear "
     "gas and pepper spray.", "27"),
    ("Police said 11 officers were affected by tear gas during the clashes.", "11"),
    ("Medics said they had treated 45 marchers for smoke inhalation.", "45"),
    ("The clinic took in 18 patients suffering from carbon monoxide poisoning, its director said.",
     "18"),
    # verb first / relayed orders
    ("According to the ministry, heat exhaustion sent 150 pilgrims to hospital, and 150 patients "
     "with heat exhaustion remain under observation.", "150"),
])
def test_harm_named_after_the_count_is_wounded(text, word):
    assert _cat(text, word) == "wounded", _figs(text)


@pytest.mark.parametrize(("text", "word", "cat"), [
    # patients with no harm word, or with a disease, stay `other`
    ("The ministry said 74 patients were admitted with cholera.", "74", "other"),
    ("The ministry said 74 patients were being treated in hospital.", "74", "other"),
    ("The mayor said 29 people had sought medical help.", "29", "other"),
    # a crowd tear gas was fired at is no harm count
    ("Police fired tear gas at 14,000 protesters, organisers said.", "14,000", "other"),
    # real wounds keep their own cue
    ("Police said 9 people were treated for minor injuries.", "9", "wounded"),
])
def test_patients_without_harm_stay(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


# --- other: disease cases are their own count, not the deaths before them -------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Authorities have reported 87 deaths and 7,300 suspected cases in the current outbreak.",
     "7,300"),
    ("The ministry reported 3 deaths and 640 confirmed cases of measles.", "640"),
    ("Health officials said 55 new suspected cases were recorded on Monday.", "55"),
])
def test_disease_cases_after_deaths_are_other(text, word):
    assert _cat(text, word) == "other", _figs(text)


def test_deaths_before_disease_cases_stay_killed():
    text = "Authorities have reported 87 deaths and 7,300 suspected cases in the current outbreak."
    assert _cat(text, "87") == "killed", _figs(text)


# --- missing: not found yet, buried by a collapse -------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The governor said 6 residents had yet to be found.", "6"),
    ("Rescue officials said 12 villagers were still to be located after the floods.", "12"),
    ("A miner who escaped said at least 30 people were buried in the collapse.", "30"),
    ("Officials said 21 workers were buried by the landslide on Tuesday night.", "21"),
    ("According to the disaster agency, 8 hikers were buried by an avalanche.", "8"),
])
def test_not_found_or_buried_by_a_collapse_is_missing(text, word):
    assert _cat(text, word) == "missing", _figs(text)


@pytest.mark.parametrize(("text", "word"), [
    # the dead buried by their families, and bodies not yet recovered, are killed
    ("The family said 14 relatives were buried in the village cemetery on Sunday.", "14"),
    ("Rescuers said 14 bodies had yet to be recovered.", "14"),
])
def test_burials_and_bodies_stay_killed(text, word):
    assert _cat(text, word) == "killed", _figs(text)


# --- killed: bodies named by their state ----------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("\"There were 23 of them, some burned beyond recognition,\" the villager said.", "23"),
    ("The coroner said 17 victims were charred beyond recognition.", "17"),
])
def test_beyond_recognition_is_killed(text, word):
    assert _cat(text, word) == "killed", _figs(text)


# --- displaced: moved out of danger ---------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("The mayor said 4,000 residents had moved to safer areas.", "4,000"),
    ("Some 2,500 villagers fled to higher ground, the disaster agency said.", "2,500"),
    ("Officials said 900 people were evacuated to safety overnight.", "900"),
    ("Officials said 350 families were taken to safer locations by the army.", "350"),
])
def test_moved_out_of_danger_is_displaced(text, word):
    assert _cat(text, word) == "displaced", _figs(text)


def test_things_moved_to_safety_are_not_displaced():
    text = "The army said it had moved 14 tanks to safer positions."
    assert _cat(text, "14") != "displaced", _figs(text)


# --- "rescue" naming the speaker is no rescue of the count --------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("Rescue workers said 12 people were missing.", "12", "missing"),
    ("Rescue teams said 40 villagers were still trapped under the mud.", "40", "missing"),
    ("Rescue officials told reporters 7 climbers were still to be located.", "7", "missing"),
])
def test_rescue_noun_of_the_speaker_keeps_the_fate(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


@pytest.mark.parametrize(("text", "word"), [
    # a rescue verb right before the count still makes the people rescued (`other`)
    ("Police rescued 12 people who were trapped in the flooded tunnel.", "12"),
    ("Divers had rescued 9 people who were trapped in the mine, officials said.", "9"),
])
def test_rescued_people_stay_other(text, word):
    assert _cat(text, word) == "other", _figs(text)


# --- people nouns: a count of climbers or herders is a count of people ----------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("According to the disaster agency, 8 climbers were buried by an avalanche.", "8", "missing"),
    ("Gunmen seized 5 herders near the river, the local chief said.", "5", "detained"),
    ("The union said 3 firefighters were hurt fighting the blaze.", "3", "wounded"),
])
def test_more_people_nouns(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


def test_seized_things_stay_no_people():
    text = "Customs officers seized 5 trucks near the border, the agency said."
    assert _cat(text, "5") != "detained", _figs(text)


# --- breadth: verbs and nouns the lexicon lacked (session 12 audit) ------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    # killed
    ("The army said it had wiped out 31 fighters in the hills.", "31", "killed"),
    # wounded
    ("Police said 17 fans were trampled as the gates gave way.", "17", "wounded"),
    # missing
    ("The coastguard said 6 fishermen were lost at sea after the storm.", "6", "missing"),
    ("Relatives said 9 activists had vanished after the raid.", "9", "missing"),
    ("Officials said 4 children were still being searched for.", "4", "missing"),
    # detained
    ("Police said 13 suspects were nabbed at the border.", "13", "detained"),
    ("Police said 22 men were hauled in after the riot.", "22", "detained"),
    ("The union said 8 of its members are in jail.", "8", "detained"),
    ("The group said 40 protesters had been thrown into prison.", "40", "detained"),
    ("According to the lawyers, 19 students were locked up overnight.", "19", "detained"),
    # displaced
    ("The agency said 12,000 people had escaped the fighting in the north.", "12,000", "displaced"),
    ("Some 3,000 families were forced out of their villages, the agency said.", "3,000",
     "displaced"),
    # strikes
    ("The monitor recorded 57 bombardments of the town.", "57", "strikes"),
    ("The monitor counted 26 shelling incidents on Sunday.", "26", "strikes"),
    ("The army said the rebels fired 11 rocket salvos at the base.", "11", "strikes"),
])
def test_breadth_of_category_words(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


@pytest.mark.parametrize(("text", "word", "cat"), [
    # "wiped out" things is no death, prisoners who escaped are no longer held
    ("The army said it had wiped out 14 villages.", "14", None),
    ("Officials said 41 prisoners escaped from the jail.", "41", "other"),
    # trampled to death is killed (the longer cue)
    ("Police said 14 people were trampled to death in the crush.", "14", "killed"),
])
def test_breadth_negatives(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


# --- people said to be "among them": the count before ---------------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("Gunmen abducted 87 students on Friday. \"My two daughters are among them,\" a mother said.",
     "two", "detained"),
    ("The strike killed 30 people. Two of my cousins are among them, a man said.", "Two", "killed"),
    ("The floods displaced 3,000 families. His two brothers were among those, the mayor said.",
     "two", "displaced"),
    ("Gunmen abducted 87 students on Friday. A mother said her two daughters were among those "
     "taken.", "two", "detained"),
])
def test_among_them_takes_the_count_before(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


def test_among_a_crowd_stays_other():
    text = ("Police said 40 protesters were arrested. Organisers said 5,000 people took part; two "
            "foreigners were among them.")
    assert _cat(text, "two") == "other", _figs(text)


# --- abductees rescued are held people (session-9 decision) ----------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("The army said it had rescued 15 people who were taken by the attackers.", "15", "detained"),
    ("Troops rescued 6 farmers that had been seized by bandits, police said.", "6", "detained"),
    # rescued from a disaster stays `other`
    ("Police rescued 12 people who were trapped in the flooded tunnel.", "12", "other"),
])
def test_rescued_abductees(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


# --- an outbreak story's patients in care are no injured ------------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("Dengue deaths pass 400 in Bangladesh\n\nThe directorate said 2,187 patients had been admitted "
     "to hospitals over the same period.", "2,187", "other"),
    ("Measles spreads in northern camps\n\nAid workers said 310 children were hospitalised last "
     "week, most of them under five.", "310", "other"),
    # a harm in an outbreak story stays wounded; care in a story with no disease stays wounded
    ("Cholera spreads in camps\n\nA stampede at the food distribution injured 14 people, medics "
     "said.", "14", "wounded"),
    ("Cholera spreads in camps\n\nMedics said 20 people were taken to hospital with gunshot wounds "
     "after the clashes.", "20", "wounded"),
    ("Blast in market kills 9\n\nPolice said 14 people were taken to hospital.", "14", "wounded"),
    # "an outbreak of fighting" is no disease
    ("Outbreak of fighting in the north\n\nMedics said 25 people were hospitalised.", "25",
     "wounded"),
])
def test_outbreak_story_patients(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)


# --- people hit by the weapon are hurt; things hit stay things ------------------------------------

@pytest.mark.parametrize(("text", "word", "cat"), [
    ("\"Yesterday we received a family of six, all hit by the same shell,\" the nurse said.", "six",
     "wounded"),
    ("Residents said 12 people were hit by a rocket near the market.", "12", "wounded"),
    ("The army said 12 houses were hit by a missile.", "12", "other"),
    ("Officials said the town was hit by 12 rockets overnight.", "12", "strikes"),
])
def test_hit_by_the_weapon(text, word, cat):
    assert _cat(text, word) == cat, _figs(text)
