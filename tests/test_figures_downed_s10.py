"""Weapons in the air shot down are no figure (session-5 decision, tests/gold/README.md) also when
modifiers stand between the number and the weapon noun (session 10: gold_b/gold_d re-annotated)."""

import pytest

from newsclaims.extract.figures import find_figures

DOWNED = [
    ("Air defences shot down four anti-ship ballistic missiles over the Red Sea, the army said.", "four"),
    ("The ministry said forces shot down seven one-way attack drones overnight.", "seven"),
    ("The navy said it had shot down 12 Iranian-made attack drones.", "12"),
    ("Officials said the crew downed two long-range cruise missiles near the port.", "two"),
    ("Forces shot down 31 Shahed-type drones, the air force said on Telegram.", "31"),
    ("The command said its jets shot down three low-flying Houthi drones.", "three"),
    # (session 18) aircraft shot down are weapons in the air too (gold_an, gold_bn; Arabic already
    # so): no figure (was `other` since session 10)
    ("The army said it shot down two fighter jets carrying missiles.", "two"),
]

KEPT = [
    # a count after the downed weapons is still a figure
    ("The ministry said forces shot down seven one-way attack drones and killed 12 fighters.", "12", "killed"),
    # weapons launched stay strikes
    ("The army said the rebels launched seven one-way attack drones at the base.", "seven", "strikes"),
]


@pytest.mark.parametrize("sentence,word", DOWNED)
def test_weapons_downed_behind_modifiers_are_no_figure(sentence, word):
    i = sentence.index(word)
    assert not [f for f in find_figures(sentence, "en") if f.number.start <= i < f.number.end]


@pytest.mark.parametrize("sentence,word,category", KEPT)
def test_other_counts_near_downed_weapons_stay(sentence, word, category):
    i = sentence.index(word)
    got = [f.category for f in find_figures(sentence, "en") if f.number.start <= i < f.number.end]
    assert got == [category]
