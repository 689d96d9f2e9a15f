"""The figure-cue lexicon stays small enough to compile, and its `then` entries read as the plain
phrases they stand for (session 16, issue 7).

Every entry of figure_categories.yaml is expanded to all the phrases it matches, and they go into
one trie-shaped regex per language (figures._rules: cue_re, cue_scan, cue_scan_ascii), compiled
in EVERY process that extracts: once per build in the parent, in each one-changed rebuild, in
each benchmark sample. A trie shares prefixes, not suffixes, so a product of alternations costs
its full product: one English entry of session 15 put 23,040 phrases in (the trie went from 19,413
to 46,805 phrases and the compile from ~1.1 s to ~4.2 s). A long entry is therefore written
`{re: HEAD, then: TAIL}`: its heads go into the trie, each followed by one copy of TAIL.
"""

from __future__ import annotations

import pytest

from newsclaims.extract import figures as F
from newsclaims.extract.figures import find_figures
from newsclaims.extract.folding import fold_term
from newsclaims.extract.lexicon import load
from newsclaims.extract.numbers import expand

# Largest entry (trie phrases) in session 16 after the rewrite: English 432, Arabic 2,100 (the
# Arabic trie compiles in ~0.15 s); the entry that prompted this guard had 23,040.
MAX_ENTRY = {"en": 1_000, "ar": 3_000}
# Trie phrases per language in session 16 after the rewrite: English 8,576, Arabic 16,568
MAX_TRIE = {"en": 15_000, "ar": 25_000}


def _entries(lang: str):
    cats = load("figure_categories.yaml")
    fold = fold_term if lang == "ar" else (lambda s: s)
    for cat in F._CATEGORIES:
        for e in cats[cat].get(lang, ()):
            yield cat, fold(e["re"] if isinstance(e, dict) else e)
    for group in cats["context_cues"]:
        for e in group["cues"].get(lang, ()):
            yield "context", fold(e)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_lexicon_entry_puts_thousands_of_phrases_into_the_cue_trie(lang):
    sizes = [(len(expand(p)), cat, p) for cat, p in _entries(lang)]
    big = [s for s in sizes if s[0] > MAX_ENTRY[lang]]
    assert not big, (
        f"these {lang} cue entries expand to more than {MAX_ENTRY[lang]} phrases each: {big}. Every "
        "phrase goes into the cue trie, which every extracting process (each build worker, each "
        "one-changed rebuild) compiles at start-up; a trie does not share suffixes, so a product of "
        "alternations costs its full product. Write the entry as {re: HEAD, then: TAIL} (its heads "
        "go into the trie, each followed by one copy of TAIL), or split it.")
    total = sum(s[0] for s in sizes)
    assert total <= MAX_TRIE[lang], (
        f"the {lang} cue trie has {total} phrases (limit {MAX_TRIE[lang]}): its compile time, paid in "
        "every extracting process, grows with it; write long products as {re: HEAD, then: TAIL}")


@pytest.mark.parametrize("name", ["cue_re", "cue_scan", "cue_scan_ascii", "plain_re"])
def test_every_english_cue_is_read_whole(name):
    """Each cue phrase, followed by a blank, is matched whole: the pattern picks the longest cue at a
    place (as a plain trie does), also where a `then` entry's tail competes with the words that go on
    from its head ("were taken to hospital" wounded, "... with hypothermia" other). If this holds
    for every phrase, the longest cue wins in any text (a shorter one picked first would be picked
    in that phrase too). A failure names the phrase: order the entry's alternatives longest first."""
    r = F._rules("en")
    pat = getattr(r, name)
    pat = pat.compiled if name == "plain_re" else pat
    lead = " " if name.startswith("cue_scan") else ""
    bad = []
    for w in r.cue_words:
        if name == "plain_re" and w in r.context_only:
            continue
        m = pat.match(f"{lead}{w} .")
        if m is None or m.group("w") != w:
            bad.append((w, m and m.group("w")))
    assert not bad, bad[:20]


def test_a_then_entry_stands_for_all_its_phrases():
    r = F._rules("en")
    # head x tail, blanks included: 20 heads x 1,152 tails of the hospital-intake entry
    for w in ("taken to hospital with hypothermia", "were rushed to a clinic for observation",
              "being admitted to the hospitals with severe diarrhoea", "brought to clinics for tests"):
        assert r.cue_words[w] == ("other", False)
    assert r.cue_words["were taken to hospital"] == ("wounded", False)
    assert "were taken to hospital with gunshot wounds" not in r.cue_words
    assert len(r.cue_re.pattern) < 250_000  # (was 527,578 characters)


@pytest.mark.parametrize("tail", ["tear[- ]gas", "(?:a |the )?(ward)", "air +strikes", "a {2}b"])
def test_a_then_tail_the_trie_cannot_copy_is_refused(tail):
    with pytest.raises(ValueError):
        F._blanks_re(tail)


# composed sentences whose category a `then` entry decides; negatives: the head without its tail
THEN_CASES = [
    ("Rescuers said 18 climbers had been rushed to a clinic with severe hypothermia.", "18", "other"),
    ("Rescuers said 18 climbers had been rushed to hospital after the avalanche.", "18", "wounded"),
    ("The agency said 45 migrants were brought to the hospital for observation.", "45", "other"),
    ("The agency said 45 migrants were brought to the hospital with gunshot wounds.", "45", "wounded"),
    ("He said 30 of the survivors were taken to\nhospital with  hypothermia.", "30", "other"),
    ("Officials said 300 families were moved to safer areas before the cyclone.", "300", "displaced"),
    ("Officials said 300 families were moved to the capital before the cyclone.", "300", "other"),
    ("Witnesses said 7 civilians were struck by mortar rounds in the market.", "7", "wounded"),
    ("Witnesses said 7 civilians were struck by a car in the market.", "7", "other"),
    ("Medics said 25 children were treated for malnutrition and gunshot wounds.", "25", "wounded"),
    ("Medics said 25 children were treated for acute malnutrition.", "25", "other"),
    ("Locals said 60 residents spent the night in the local mosque.", "60", "displaced"),
    ("The coast guard said 11 tourists had been swept away by the waves.", "11", "missing"),
]


@pytest.mark.parametrize("text,number,cat", THEN_CASES)
def test_then_entries_decide_the_category(text, number, cat):
    assert [f.category for f in find_figures(text, "en") if f.number.text == number] == [cat]
