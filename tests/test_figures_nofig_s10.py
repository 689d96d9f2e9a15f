"""Things hit, in the passive after their noun phrase, are things damaged (`other`), as "shells had
hit four houses" and "40 homes were damaged" are (README: things destroyed or damaged stay `other`).
Session 10: the no-figure-made class "N <things> had been hit" (three tuning sets). People hit stay
`wounded`, targets and positions struck stay `strikes`, weapons that hit something stay `strikes`.
Sentences composed for the test."""

import pytest

from newsclaims.extract.figures import find_figures


def _cats(sentence, word):
    i = sentence.index(word)
    return [f.category for f in find_figures(sentence, "en") if f.number.start <= i < f.number.end]


HIT_THINGS = [
    ("The rights group said that at least 58 schools and 23 clinics had been hit.", "58"),
    ("The rights group said that at least 58 schools and 23 clinics had been hit.", "23"),
    ("The charity said three of its ambulances had been hit by gunfire near the crossing.", "three"),
    ("The agency said two of its warehouses were hit overnight.", "two"),
    ("A company spokesman said 17 power substations had been hit since March.", "17"),
    ("Local officials said 30 buses were hit by shrapnel at the depot.", "30"),
    ("The mayor said that nine bakeries have been hit in the district.", "nine"),
    ("Eleven fishing boats were hit in the harbour, the port authority said.", "Eleven"),
]

KEPT = [
    # people hit are wounded
    ("The ministry said three people were hit by gunfire near the market.", "three", "wounded"),
    ("Medics said 14 protesters were hit by rubber bullets outside parliament.", "14", "wounded"),
    # positions and targets hit are strikes
    ("The army said five positions were hit in the night.", "five", "strikes"),
    ("The army said it had hit 12 targets across the region.", "12", "strikes"),
    # weapons that hit something (active verb, no auxiliary) are strikes launched
    ("The governor said 10 drones hit the city overnight.", "10", "strikes"),
]


@pytest.mark.parametrize("sentence,word", HIT_THINGS)
def test_things_hit_are_other(sentence, word):
    assert _cats(sentence, word) == ["other"]


@pytest.mark.parametrize("sentence,word,category", KEPT)
def test_people_targets_and_weapons_hit_keep_their_category(sentence, word, category):
    assert _cats(sentence, word) == [category]
