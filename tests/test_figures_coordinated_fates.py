"""Two counts in coordinated clauses, each with its own verb: the verb after "and <number>" is
the second count's, never the first's. Found at the end of session 7 ("40 soldiers were wounded
and 3 were killed" gave 40 killed: the rule that lets a verb after a held/wounded noun govern
its number - "four injured later died", "nine hostages were killed" - read across the
coordination). Every sentence is composed here.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.number.text, f.category) for f in find_figures(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said 40 soldiers were wounded and 3 were killed.",
     [("40", "wounded"), ("3", "killed")]),
    ("Police said 40 people were injured and 3 others died.",
     [("40", "wounded"), ("3", "killed")]),
    ("Officials said 12 people were hurt and two died in the blast.",
     [("12", "wounded"), ("two", "killed")]),
    ("Rescuers said 15 people were injured and five were killed when the roof collapsed.",
     [("15", "wounded"), ("five", "killed")]),
    ("The army said 30 fighters were captured and two others were killed.",
     [("30", "detained"), ("two", "killed")]),
    ("Police said 12 protesters were arrested and 3 were killed in the clashes.",
     [("12", "detained"), ("3", "killed")]),
    # the comma and "while" forms, and the order killed-first, were already right
    ("The ministry said 40 soldiers were wounded, and 3 were killed.",
     [("40", "wounded"), ("3", "killed")]),
    ("The army said 40 soldiers were wounded while 3 were killed.",
     [("40", "wounded"), ("3", "killed")]),
    ("The army said 3 soldiers were killed and 40 were wounded.",
     [("3", "killed"), ("40", "wounded")]),
    ("قالت الوزارة إن 40 جندياً أصيبوا وقتل 3 آخرون.", [("40", "wounded"), ("3", "killed")]),
])
def test_each_coordinated_count_keeps_its_own_verb(text, expected):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    assert _figs(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb after a held/wounded noun still governs the same count
    ("The ministry said four injured soldiers later died in hospital.", [("four", "killed")]),
    ("The group said nine hostages were killed in the raid.", [("nine", "killed")]),
])
def test_a_verb_after_the_counts_own_noun_still_governs_it(text, expected):
    assert _figs(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated SUBJECTS share the one verb after them
    ("The agency said 12 inmates and two guards had been injured.",
     [("12", "wounded"), ("two", "wounded")]),
    ("Medics said 30 hostages and four rescuers were killed in the assault.",
     [("30", "killed"), ("four", "killed")]),
])
def test_coordinated_subjects_share_the_verb_after_them(text, expected):
    assert _figs(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first count's own verb is not an auxiliary + participle but an active verb
    ("Officials said 30 prisoners escaped and two guards were killed.",
     [("30", "other"), ("two", "killed")]),
    ("The ministry said 12 hostages fled and three others were wounded.",
     [("12", "detained"), ("three", "wounded")]),  # hostages who fled stay held (gold_n)
    ("Police said 40 detainees escaped and 5 were killed in the gunfight.",
     [("40", "other"), ("5", "killed")]),
])
def test_an_active_verb_of_the_first_count_ends_it(text, expected):
    assert _figs(text, "en") == expected
