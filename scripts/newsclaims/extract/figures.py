"""Figures: the numbers that count something (killed, wounded, detained, strikes ...).

`find_figures(text, language, start, end)` takes every number `find_numbers` finds in
text[start:end], drops those that are not counts (dates, years, times, ages, durations,
percentages, money, distances, identifiers: lexicons/figure_exclusions.yaml), and gives each of
the rest a category from the nearest governing cue word (lexicons/figure_categories.yaml) and a
subject (the counted noun phrase right after the number, as written). A number with no cue word
in its clause is not a figure. Context outside [start, end) may be read; only figures whose span
lies inside are returned.
"""

from __future__ import annotations

import gc
import re
import re._constants as _sre
import re._parser as _sre_parse
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

from newsclaims.extract.lexicon import LazyPattern
from newsclaims.extract.model import FigureMention, NumberMention
from newsclaims.extract.numbers_ar import thing_duals
from newsclaims.extract.sentences import MONTH_ABBREVS
from newsclaims.extract.numbers import _spec as _numbers_spec
from newsclaims.extract.numbers import (
    TAIL_MARKS,
    Before,
    _norm_key,
    expand,
    fold_term,
    load_lexicon,
    numbers_folded,
    trie_regex,
)
from newsclaims.extract import figures_ar


# The Arabic-only refinements (figures_ar.py), bound by assignment rather than by
# `from figures_ar import ...`: CPython 3.11 compiles `NAME.method(...)` on a name an import
# binds as LOAD_ATTR, making a bound method per call, where an assigned name gets LOAD_METHOD
# (the import form cost +0.34 % instructions, scripts/count_instructions.py).
_AR_AFFECTED_AREA = figures_ar._AR_AFFECTED_AREA
_AR_AIRCRAFT = figures_ar._AR_AIRCRAFT
_AR_AMONG = figures_ar._AR_AMONG
_AR_AMONG_LISTED = figures_ar._AR_AMONG_LISTED
_AR_AND_WORD_BEFORE = figures_ar._AR_AND_WORD_BEFORE
_AR_ARREST_BEFORE = figures_ar._AR_ARREST_BEFORE
_AR_ATTACKERS_BEFORE = figures_ar._AR_ATTACKERS_BEFORE
_AR_CELL_BEFORE = figures_ar._AR_CELL_BEFORE
_AR_BACK_DET = figures_ar._AR_BACK_DET
_AR_BEFORE_WORD = figures_ar._AR_BEFORE_WORD
_AR_BETWEEN_MIXED = figures_ar._AR_BETWEEN_MIXED
_AR_BLEW_AFTER = figures_ar._AR_BLEW_AFTER
_AR_BODIES_BEFORE = figures_ar._AR_BODIES_BEFORE
_AR_BODY_DUALS = figures_ar._AR_BODY_DUALS
_AR_BOMB_AFTER = figures_ar._AR_BOMB_AFTER
_AR_WEAPON_WORDS = figures_ar._AR_WEAPON_WORDS
_ar_weapon_seized_or_lost = figures_ar._ar_weapon_seized_or_lost
_AR_CAPTORS = figures_ar._AR_CAPTORS
_AR_CAPTURE = figures_ar._AR_CAPTURE
_AR_CAPTURED_FIGHTERS = figures_ar._AR_CAPTURED_FIGHTERS
_AR_CASE_DUALS = figures_ar._AR_CASE_DUALS
_AR_CASE_LEFT = figures_ar._AR_CASE_LEFT
_AR_CAUSE_GATE = figures_ar._AR_CAUSE_GATE
_AR_CLAUSE_END = figures_ar._AR_CLAUSE_END
_AR_CROWD_PERSONS = figures_ar._AR_CROWD_PERSONS
_AR_DAY_UNITS = figures_ar._AR_DAY_UNITS
_AR_DEATH_NOUNS_OF_WOUNDED = figures_ar._AR_DEATH_NOUNS_OF_WOUNDED
_AR_DEF_NOUN_BEFORE = figures_ar._AR_DEF_NOUN_BEFORE
_AR_DENIABLE = figures_ar._AR_DENIABLE
_AR_UNDER_CONTROL = figures_ar._AR_UNDER_CONTROL
_ar_ordinal_al = figures_ar._ar_ordinal_al
_ar_cell_dismantled = figures_ar._ar_cell_dismantled
_ar_cases_handled = figures_ar._ar_cases_handled
_AR_NOT_HARM_SENSE = figures_ar._AR_NOT_HARM_SENSE
_ar_not_harm_sense = figures_ar._ar_not_harm_sense
_AR_ESCAPED = figures_ar._AR_ESCAPED
_AR_EXCEED = figures_ar._AR_EXCEED
_AR_FACILITIES = figures_ar._AR_FACILITIES
_AR_FATE_LIST_BEFORE = figures_ar._AR_FATE_LIST_BEFORE
_AR_FLED = figures_ar._AR_FLED
_AR_FLED_BEFORE = figures_ar._AR_FLED_BEFORE
_AR_HOSPITAL = figures_ar._AR_HOSPITAL
_AR_HOSPITAL_NEXT = figures_ar._AR_HOSPITAL_NEXT
_AR_KIN_AFTER = figures_ar._AR_KIN_AFTER
_AR_KIN_DUAL = figures_ar._AR_KIN_DUAL
_AR_KIN_WORD = figures_ar._AR_KIN_WORD
_AR_LEAVE_HOSPITAL = figures_ar._AR_LEAVE_HOSPITAL
_AR_LETTERS = figures_ar._AR_LETTERS
_AR_LIVES_THREATENED = figures_ar._AR_LIVES_THREATENED
_AR_OPENED_BEFORE = figures_ar._AR_OPENED_BEFORE
_AR_OPENED_PLACES = figures_ar._AR_OPENED_PLACES
_AR_OTHERS = figures_ar._AR_OTHERS
_AR_OTHERS_COUNT = figures_ar._AR_OTHERS_COUNT
_AR_OTHERS_SUBJECT = figures_ar._AR_OTHERS_SUBJECT
_AR_PREDICATE_DUALS = figures_ar._AR_PREDICATE_DUALS
_AR_PREDICATE_GAP = figures_ar._AR_PREDICATE_GAP
_AR_PREFIX = figures_ar._AR_PREFIX
_AR_PREFIX_FIRST = figures_ar._AR_PREFIX_FIRST
_AR_PRISON = figures_ar._AR_PRISON
_AR_RANK = figures_ar._AR_RANK
_AR_RANK_AND = figures_ar._AR_RANK_AND
_AR_REL_AFTER = figures_ar._AR_REL_AFTER
_AR_SEIZED_ABOARD = figures_ar._AR_SEIZED_ABOARD
_AR_SHOT_DOWN_BEFORE = figures_ar._AR_SHOT_DOWN_BEFORE
_AR_SUB_VERB_AFTER = figures_ar._AR_SUB_VERB_AFTER
_AR_TO_HOSPITAL = figures_ar._AR_TO_HOSPITAL
_AR_TRANSFER_BEFORE = figures_ar._AR_TRANSFER_BEFORE
_AR_TREATED_FOR_HARM = figures_ar._AR_TREATED_FOR_HARM
_AR_TWO_WORDS = figures_ar._AR_TWO_WORDS
_AR_VEHICLE_DUAL = figures_ar._AR_VEHICLE_DUAL
_AR_WORD = figures_ar._AR_WORD
_AR_WOUND_VERB = figures_ar._AR_WOUND_VERB
_AR_NAMELY = figures_ar._AR_NAMELY  # (session 17)
_AR_NAMELY_BEFORE = figures_ar._AR_NAMELY_BEFORE
_AR_UNDER_WATCH = figures_ar._AR_UNDER_WATCH
_ar_unbracket = figures_ar._ar_unbracket
_NUM_BEFORE_AR = figures_ar._NUM_BEFORE_AR
_ar_crowd_and_count_fate = figures_ar._ar_crowd_and_count_fate
_ar_definite_things = figures_ar._ar_definite_things
_ar_dual_verbs = figures_ar._ar_dual_verbs
_ar_inflections = figures_ar._ar_inflections
_ar_paren_count = figures_ar._ar_paren_count
_ar_pronoun_forms = figures_ar._ar_pronoun_forms
_ar_victims_with_killed = figures_ar._ar_victims_with_killed
_clause_end_ar = figures_ar._clause_end_ar
_inherit_before_noun = figures_ar._inherit_before_noun
_killed_verb_after = figures_ar._killed_verb_after
_negated_ar = figures_ar._negated_ar
_strip_al = figures_ar._strip_al
_subject_verb_ar = figures_ar._subject_verb_ar

# scoring of cue candidates (see figure_categories.yaml)
MAX_WORDS = 8
COMMA_COST = 3.0
NUMBER_COST = 2.0
WEAK_COST = 2.0
LEFT_COST = 0.5
OTHER_COST = 4.0  # (not counted against MAX_SCORE)
PERSON_NOUN_COST = 1.0
LEFT_JOINER_COST = 2.5
INHERIT_BELOW = 3.0  # an "including" number keeps its own cue only when this close
JOINER_COST = 1.5  # per clause joiner crossed ("died and 2 others are missing")
COORD_COST = 2.0  # Arabic cue on the right with و/ف attached: starts the next clause
MAX_SCORE = 9.0
CONTEXT_REACH = 400  # characters around a context cue read for its context word
WINDOW = 110  # characters of context read on each side of a number

_WORD = re.compile(r"[^\W\d_]+")
# a sentence end: one character, "." only before no digit. Written as one class first (then
# the "." test) rather than `[!?؟;؛\n]|\.(?!\d)`: a pattern that starts with a class lets
# sre skip to the class's characters in C; the alternation entered its match at every
# position. The same matches (tests/test_speed_figures_s12.py)
_HARD = re.compile(r"[.!?؟;؛\n](?:(?<=\.)(?!\d)|(?<!\.))")
# a sentence that opens with a clause of its own, then a comma and a count ("They came from two
# directions, about 70 or 80 of them"): the count is no sub-count of the sentence before
_CLAUSE_THEN_COUNT = re.compile(r"[.!?;\n][\"“”' \t\u00a0]*(?:they|we|there|the attackers|the settlers|"
                                r"the gunmen|the assailants)[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[^\W\d][\w'-]*){0,8},"
                                r"[ \t\u00a0]+(?:(?:about|around|some|nearly|roughly|approximately|at least|"
                                r"more than|over|perhaps|maybe)[ \t\u00a0]+)?\Z")
_COMMA = re.compile(r"[,،]")


# (session 18, gold_bn) a list of things destroyed goes on past a comma: "have destroyed 671
# warplanes, 283 helicopters and 24,104 tanks"
_EN_COMMA_ITEM = re.compile(r"(?:[ \t\u00a0]+[a-z-]+){1,3},[ \t\u00a0]+")
_EVENTS_NOUN = re.compile(r"[ \t\u00a0]+(?:shootings|shooting incidents|firefights|gunfights|gun battles)\b")
_ATTACKER_NOUNS = frozenset(("gunmen", "attackers", "assailants", "militants", "insurgents",
                            "terrorists", "fighters", "raiders", "bandits", "jihadists", "rebels"))
_INITIALS = re.compile(r"(?<![\w.])([a-z])\.([a-z])\.(?=[ \t\u00a0-])")


def _INITIALS_MASK(m: re.Match) -> str:
    return f"{m.group(1)}\u2024{m.group(2)}\u2024"  # one dot leader for each stop


def _drop_restated(ftext: str, found: list) -> list:
    """A number in parentheses restating the number word right before it is the same count
    («حيدت ثلاثة (03) إرهابيين»، "three (3) soldiers": Algerian MoD and legal style, gold_av)."""
    keep = None
    for k in range(1, len(found)):
        qs, qe, m = found[k]
        pe = found[k - 1][1]
        if qs - pe <= 3 and ftext[qs - 1:qs] == "(" and ftext[qe:qe + 1] == ")" \
                and not ftext[pe:qs - 1].strip() and m.value == found[k - 1][2].value \
                and found[k - 1][2].value_high == m.value_high:
            if keep is None:
                keep = list(found[:k])
            continue
        if keep is not None:
            keep.append(found[k])
    return found if keep is None else keep


def _first_chars(words, extra: str) -> str:
    """A lookahead on the first characters of `words` (the keys of a trie_regex) and `extra`."""
    chars = {w[0] for w in words if w} | set(extra)
    ws = r"\s" if any(c.isspace() for c in chars) else ""  # trie_regex turns " " into \s+
    return "(?=[" + ws + "".join(re.escape(c) for c in sorted(chars) if not c.isspace()) + "])"


def _last_match(rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of `rx` in text[lo:hi] (the nearest one before a number at `hi`)."""
    m = None
    for m in rx.finditer(text, lo, hi):
        pass
    return m


def _lead(items) -> tuple[frozenset | None, bool]:
    """What a match of a parsed (sub)pattern (re._parser items) can start with: (the first
    character that is not blank (\\s), as a set -- None when it cannot be told --; can the match
    be blanks only (or empty)). Conservative: every construct it does not know gives None."""
    first: set[str] = set()
    for op, av in items:
        f, blank = _lead_item(op, av)
        if f is None:
            return None, True
        first |= f
        if not blank:
            return frozenset(first), False
    return frozenset(first), True


def _lead_item(op, av) -> tuple[frozenset | None, bool]:
    if op is _sre.LITERAL:
        ch = chr(av)
        return (frozenset(), True) if ch.isspace() else (frozenset(ch), False)
    if op is _sre.IN:
        chars, blank = set(), False
        for op2, av2 in av:
            if op2 is _sre.LITERAL:
                chars.add(chr(av2))
            elif op2 is _sre.RANGE and av2[1] - av2[0] <= 512:
                chars.update(chr(i) for i in range(av2[0], av2[1] + 1))
            elif op2 is _sre.CATEGORY and av2 is _sre.CATEGORY_SPACE:
                blank = True
            else:
                return None, True  # a negated set, \w, \d, a wide range
        blank = blank or any(ch.isspace() for ch in chars)
        return frozenset(ch for ch in chars if not ch.isspace()), blank
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset(), True  # zero width
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None, True
        return _lead(av[3].data)
    if op is _sre.ATOMIC_GROUP:
        return _lead(av.data)
    if op is _sre.BRANCH:
        first, blank = set(), False
        for alt in av[1]:
            f, b = _lead(alt.data)
            if f is None:
                return None, True
            first |= f
            blank = blank or b
        return frozenset(first), blank
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        f, b = _lead(av[2].data)
        return (None, True) if f is None else (f, b or av[0] == 0)
    return None, True  # ".", [^...], a back reference


class _ByNextChar:
    """`\\s*(?:(?P<a>A)|(?P<b>B)|...)`.match(text, pos) trying only the alternatives that can
    match there: those whose match may start with the first non-blank character at or after
    pos (or may be blanks only, or whose start cannot be told: _lead). An alternative left out
    cannot match at any position of the blank run where the leading \\s* may stop (its match
    would have to start with that character), so the same alternative wins at the same place:
    same span, same lastgroup. (figure_exclusions.yaml's `after` has some twenty alternatives,
    read after every number; most numbers are followed by a word only a few of them can start
    with, and the capitalised `after` words by none: no regex runs at all.)"""

    def __init__(self, alternatives: dict[str, str]):
        self._alternatives = alternatives
        self._leads = {k: _lead(_sre_parse.parse(v).data) for k, v in alternatives.items()}
        self._compiled: dict[tuple, re.Pattern | None] = {}
        self._by_key: dict[str, re.Pattern | None] = {}  # text[pos:pos + 2] -> its pattern

    def match(self, text: str, pos: int) -> re.Match | None:
        key = text[pos:pos + 2]
        try:
            rx = self._by_key[key]
        except KeyError:
            rx = self._by_key[key] = self._pattern_for(key)
        return rx.match(text, pos) if rx is not None else None

    def _pattern_for(self, key: str) -> re.Pattern | None:
        """The pattern for a position whose next two characters are `key`.
        (str.isspace is re's \\s: checked over all of Unicode in the tests.)"""
        if key[:1] and not key[0].isspace():
            return self._pattern(key[0])
        if key[1:] and not key[1].isspace():
            return self._pattern(key[1])
        if not key:
            return self._pattern(None)  # the end of the text: nothing but blanks to match
        return self._pattern("")  # more blanks (or blanks up to the end): every alternative

    def _pattern(self, ch: str | None) -> re.Pattern | None:
        """The alternatives that may match before the non-blank character `ch` (None: before
        the end of the text; "": all of them), in their order; None when there are none."""
        names = tuple(k for k, (f, blank) in self._leads.items()
                      if ch == "" or f is None or blank or (ch is not None and ch in f))
        if names not in self._compiled:
            self._compiled[names] = re.compile(
                "\\s*(?:" + "|".join(f"(?P<{k}>{self._alternatives[k]})" for k in names) + ")") \
                if names else None
        return self._compiled[names]


class _GatedContext:
    """A context_cues regex behind a cheap gate (SPEED, session 18): the 800-character window is
    searched only when one of the group's `gate` substrings (each context word holds one) is in
    it. Same matches as the regex alone; frequent cue words («نقلت» of «نقلت وكالة») pay a few
    substring tests instead of a regex scan."""

    __slots__ = ("rx", "gate")

    def __init__(self, rx: re.Pattern, gate: tuple) -> None:
        self.rx, self.gate = rx, gate

    def search(self, text: str, lo: int, hi: int):
        window = text[lo:hi]
        for g in self.gate:
            if g in window:
                return self.rx.search(text, lo, hi)
        return None


@dataclass(frozen=True)
class _Rules:
    cue_re: re.Pattern
    cue_heads: re.Pattern | None  # Arabic: the words a cue_re match can start (_cue_matches)
    cue_scan: re.Pattern | None  # English: cue_re after the blank before it (_en_cue_matches)
    cue_scan_ascii: re.Pattern | None  # the same for an ASCII text (a cheaper character test)
    plain_re: LazyPattern  # the cues without the context-only ones (see find_figures); only
    # a context-only cue without its context needs it: compiled then (~0.2-0.5 s per language)
    rescued: re.Pattern  # a rescue verb shortly before the number
    cue_words: dict  # folded word/phrase -> (category, weak)
    context_only: dict  # cue key -> the words one of which must stand near (context_cues)
    after_re: re.Pattern
    after: _ByNextChar  # after_re.match, trying only the alternatives the next word can start
    after_cased: _ByNextChar | None  # after_cased_re.match, the same way
    after_cased_re: re.Pattern | None  # English month names: "60 may have died" is no date
    before: Before
    year_before: Before
    joiner_re: re.Pattern
    inherit_before: Before
    anaphora_before: re.Pattern
    year_min: int
    year_max: int
    max_plain_digits: int
    not_cues: frozenset
    toll_before: Before  # "rose to", "إلى" right before a number
    toll_object: re.Pattern | None  # "bringing the death toll to": verb ... to/at
    toll_verb: re.Pattern | None  # Arabic verbs whose subject follows: "ارتفعت حصيلة"
    toll_estimate: re.Pattern | None  # Arabic "قدّرت X عدد Y بـN"
    event_nouns: frozenset  # English events and harms counted with no cue ("violations")
    barrier: re.Pattern
    barrier_right: re.Pattern
    intercept: re.Pattern
    intercept_objects: frozenset
    downed_weapons: frozenset  # weapons shot down are no figure (one or two words)
    intercept_weapons: re.Pattern  # destruction verbs + "intercepted" (weapons only)
    struck_targets: frozenset  # "destroyed 20 targets" stays strikes
    shoot_down: re.Pattern  # ... but "shot down 460 targets" is other
    dropped: frozenset  # bombs a shoot-down verb «أسقط» drops: strikes, not interceptions
    not_counted: re.Pattern
    generic: frozenset
    time_plurals: frozenset
    person_generic: frozenset  # person nouns + generic count nouns
    age_qualified: Before
    partitive: re.Pattern  # "of the" / "من" between a number and its own noun
    post_inherit: re.Pattern  # "3 of them children", "22 منهم"
    mixed_gap: re.Pattern  # "killed or missing", "بين قتيل وجريح": the gap between the cues
    discharged_left: re.Pattern | None  # "خرج 22 منهم": treated and gone home -> other
    discharged_right: re.Pattern | None  # "97 injured were discharged"
    found_alive: re.Pattern | None  # "14 people reported missing had been found alive"
    ill_after: re.Pattern | None  # "46 of them were suffering from skin diseases"
    alert_after: re.Pattern | None  # "another 50,000 on evacuation alert": no figure
    alert_word: str  # a word every alert_after phrase has (a cheap gate)
    deployed_left: re.Pattern | None  # "deployed 1,700 officers": personnel, no figure
    deployed_right: re.Pattern | None  # "5,000 troops were being sent"
    deployed_sent: re.Pattern | None  # "... personnel and two helicopters had been sent"
    security_nouns: frozenset  # "Some 400 soldiers and police entered": personnel, no figure
    detonated_before: re.Pattern | None  # «فجّروا عبوتين»: bombs set off (ar)
    seized_before: re.Pattern | None  # «ضبط 3 مخازن أسلحة»: things seized (ar)
    freed_before: re.Pattern  # «حررت ٢٧ نزيلاً»: people freed (trapped ones are rescued)
    rescued_from: frozenset  # "rescued 27 fishermen from three trawlers": no people
    deploy_verb: re.Pattern  # the deployment verbs anywhere before the number
    animals: frozenset  # "6,180 livestock had perished": other
    vehicle_duals: frozenset  # «سيارتي إسعاف» (two ambulances) are things: other
    places: re.Pattern  # not_counted nouns that stay no figure even when destroyed
    own_nouns: frozenset  # "50 casualties": decides its number over a cue further away
    escaped: frozenset  # "41 prisoners had broken out": the held are no longer held
    strike_times: re.Pattern  # "shelled the town 93 times": strikes
    personnel: re.Pattern | None  # "1,500 rescuers are taking part": personnel, no figure
    thing_duals: frozenset  # Arabic duals of things ("رصيفين"): never people
    damaged_after: re.Pattern | None  # "«خزانين للوقود» اشتعلت فيهما النيران"
    hit_before: re.Pattern | None  # "الغارات طالت مبنيين"
    one_unit_after: re.Pattern | None  # "members of one family": "one" is no count
    one_unit_before: re.Pattern | None  # "من عائلة واحدة"
    disease: re.Pattern  # an outbreak named in the sentence: its "cases" are no injuries
    raided: re.Pattern  # a raid verb just before a number of houses: places searched
    raided_nouns: frozenset
    patient_nouns: frozenset  # "60 patients ... still being treated": other unless a wound
    treat_cues: frozenset  # the treatment cues that make patients `wounded` only with a wound
    treat_wound: re.Pattern  # "... being treated for burns": the wound named after the cue
    thing_fate: re.Pattern | None  # "20 houses had been buried": English, after the noun only
    at_risk: re.Pattern | None  # "350 ألف مريض مهددون بفقدان العلاج": at risk, not counted
    hit_things: frozenset  # "shells had hit four houses": buildings hit are other
    march_drone: frozenset  # «مسيرة»/«مسيرات»: a drone only with a drone context, else a march
    drone_ctx: re.Pattern | None  # the words of that context (in the cue's sentence)


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    """The rules of a language, made once per process (every process that extracts, at start).

    With the garbage collector paused: re's parser makes a few hundred thousand objects for the
    cue tries (English: three patterns of ~130,000 characters), and the collections they set off
    walk every object of the process again and again: half of the compile time (measured 0.55-0.8
    s -> 0.38 s a pattern), nothing collected (the objects live on in the patterns)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _make_rules(lang)
    finally:
        if paused:
            gc.enable()


def _make_rules(lang: str) -> _Rules:
    cats = load_lexicon("figure_categories.yaml")
    excl = load_lexicon("figure_exclusions.yaml")
    vb = cats["verbs_before"]
    fold = fold_term if lang == "ar" else (lambda s: s)
    air = list(cats["air_weapons"][lang])  # weapons in the air: both intercepted and downed
    md = cats.get("march_or_drone", {}).get(lang)
    cue_words: dict[str, tuple[str, bool]] = {}
    # an entry {re: HEAD, then: TAIL} is the phrases HEAD + blank + TAIL: every one a key of
    # cue_words, but in the trie only its heads, each marked to go on with TAIL (trie_regex)
    tails: list[str] = []
    headed: dict[str, None] = {}  # the heads (with their mark) and ...
    tailed: set[str] = set()  # ... the phrases they stand for in the trie
    for cat, by_lang in cats.items():
        if cat not in _CATEGORIES:
            continue
        for e in by_lang.get(lang, ()):
            weak = isinstance(e, dict) and bool(e.get("weak"))
            pattern = fold(e["re"] if isinstance(e, dict) else e)
            if isinstance(e, dict) and "then" in e:
                tail = fold(e["then"])
                mark = TAIL_MARKS[len(tails)]
                tails.append(_blanks_re(tail))
                ends = expand(tail)
                for h in expand(pattern):
                    headed[_norm_key(h) + mark] = None
                    for t in ends:
                        w = _norm_key(f"{h} {t}")
                        cue_words.setdefault(w, (cat, weak))
                        tailed.add(w)
                continue
            for w in expand(pattern):
                cue_words.setdefault(_norm_key(w), (cat, weak))
    if lang == "ar":
        for cat, forms in cats["ar_inflected"].items():
            for w in _ar_inflections(forms):
                cue_words.setdefault(_norm_key(w), (cat, False))
        for w, v in _ar_pronoun_forms(cue_words).items():
            cue_words.setdefault(w, v)
    context_only = {}
    for group in cats["context_cues"]:
        ctx = re.compile(f"(?<!\\w)(?:{_alt(group['context'][lang], fold_term if lang == 'ar' else str.lower)})(?!\\w)")
        gate = (group.get("gate") or {}).get(lang)
        if gate:  # SPEED (session 18): substrings one of which every context word holds
            ctx = _GatedContext(ctx, tuple(fold_term(g) if lang == "ar" else g.lower() for g in gate))
        for e in group["cues"].get(lang, ()):
            for w in expand(fold(e)):
                if _norm_key(w) not in cue_words:
                    cue_words[_norm_key(w)] = (group["category"], bool(group.get("weak")))
                    context_only[_norm_key(w)] = ctx
    words = [w for w in cue_words if w not in tailed]
    trie = trie_regex(words + list(headed), tails)
    plain = trie_regex([w for w in words if w not in context_only] + list(headed), tails)
    # (?=[...]): the characters a cue can start with, so finditer rejects most positions (spaces,
    # digits, punctuation) before the boundary test and the trie's alternation; same matches
    first = _first_chars(cue_words, _AR_PREFIX_FIRST if lang == "ar" else "")
    cue_scan = cue_scan_ascii = None
    if lang == "ar":
        # a digit may be glued before the cue: "12قتيلا"
        cue_re = re.compile(f"{first}(?<![^\\W\\d]){_AR_PREFIX}(?P<w>{trie})(?!\\w)")
        plain_re = LazyPattern(f"{_AR_PREFIX}(?P<w>{plain})(?!\\w)")
        # a match reads the word it starts (_AR_LETTERS) to its end: clitics + a cue's first word
        cue_heads = re.compile(
            f"{_AR_PREFIX}(?:{trie_regex({_AR_LETTERS.match(w).group() for w in cue_words})})")
    else:
        cue_re = re.compile(f"{first}\\b(?P<w>{trie})\\b")  # folded text is lowercase: no re.I
        plain_re = LazyPattern(f"(?P<w>{plain})\\b")
        cue_heads = None  # (English tries too many first words: "were", "in")
        # every cue starts and ends with a word character: then a match after the window's
        # start is one right after a non-word character, which the scan reads (_en_cue_matches)
        if all(_WORD_ENDS.fullmatch(w) for w in cue_words):
            cue_scan = re.compile(f"\\W(?P<w>{trie})\\b")
            # (in ASCII, \W is exactly these characters: a bitmap test instead of four Unicode
            # property look-ups per character skipped)
            cue_scan_ascii = re.compile(f"[^0-9A-Za-z_](?P<w>{trie})\\b")
    ex = excl[lang]
    cased = {"date", "name"} if lang == "en" else set()
    after_alts = {k: fold(v) for k, v in ex["after"].items() if k not in cased}
    after = "|".join(f"(?P<{k}>{v})" for k, v in after_alts.items())
    after_cased_alts = {k: v for k, v in ex["after"].items() if k in cased}
    after_cased = "|".join(f"(?P<{k}>{v})" for k, v in after_cased_alts.items())
    low = fold_term if lang == "ar" else str.lower
    before = {low(p): k for k, ps in ex["before"].items() if k != "year" for p in ps}
    return _Rules(
        cue_re=cue_re,
        cue_heads=cue_heads,
        cue_scan=cue_scan,
        cue_scan_ascii=cue_scan_ascii,
        plain_re=plain_re,
        rescued=_near_re(cats["rescued_before"][lang], low, left=True),
        cue_words=cue_words,
        context_only=context_only,
        after_re=re.compile(f"\\s*(?:{after})"),
        after=_ByNextChar(after_alts),
        after_cased_re=re.compile(f"\\s*(?:{after_cased})") if after_cased else None,
        after_cased=_ByNextChar(after_cased_alts) if after_cased else None,
        before=Before(before, clitics=lang == "ar"),
        year_before=Before({low(p): "year" for p in ex["before"]["year"]},
                           clitics=lang == "ar"),
        joiner_re=re.compile(f"(?<!\\w)(?:{'|'.join(fold(j) for j in cats['clause_joiners'][lang])})"
                             "(?!\\w)"),
        inherit_before=Before({low(p): p for p in cats["inherit_after"][lang]},
                              clitics=lang == "ar"),
        anaphora_before=re.compile(
            f"(?<!\\w)(?:{'|'.join(re.escape(low(p)) for p in cats['anaphora'][lang])})(?!\\w)"
            "(?:\\s+[^\\W\\d]+){0,4}[\\s«\"“']*\\Z"),  # 'عددهم «لم يتجاوز ...»'
        year_min=excl["years"]["min"],
        year_max=excl["years"]["max"],
        max_plain_digits=excl["max_plain_digits"],
        not_cues=frozenset(low(w) for w in cats["not_cues"][lang]),
        toll_before=Before({low(p): p for p in cats["toll_verbs"][lang]["before_number"]},
                           clitics=lang == "ar"),
        toll_object=_words_re(cats["toll_verbs"][lang].get("object_verbs"), low),
        toll_verb=_words_re(cats["toll_verbs"][lang].get("verb"), low),
        toll_estimate=_words_re(cats["toll_verbs"][lang].get("estimate_verbs"), low),
        event_nouns=frozenset(low(w) for w in cats.get("event_nouns", {}).get(lang, ())),
        barrier=_words_re(cats["toll_verbs"]["barrier"][lang], low),
        barrier_right=_words_re(cats["toll_verbs"]["barrier_right"][lang], low),
        intercept=re.compile(f"(?<!\\w)(?:{_AR_PREFIX if lang == 'ar' else ''})"
                             f"(?:{_alt(cats['interception'][lang], low)})(?!\\w)"),
        intercept_weapons=re.compile(f"(?<!\\w)(?:{_AR_PREFIX if lang == 'ar' else ''})"
                                     f"(?:{_alt(cats['interception'][lang] + cats['intercept_weapons'][lang], low)})(?!\\w)"),
        intercept_objects=frozenset(_norm_key(w) for e in air + cats["interception_objects"][lang]
                                    for w in expand(fold(e))),
        downed_weapons=frozenset(_norm_key(w) for e in air + cats["downed_weapons"][lang]
                                 for w in expand(fold(e))),
        struck_targets=frozenset(low(w) for w in cats["struck_targets"][lang]),
        dropped=frozenset(_norm_key(w) for e in cats["dropped_bombs"][lang] for w in expand(fold(e))),
        shoot_down=re.compile(f"(?<!\\w)(?:{_AR_PREFIX if lang == 'ar' else ''})"
                              f"(?:{_alt(cats['shoot_down'][lang], low)})(?!\\w)"),
        not_counted=re.compile(f"[ \\t\\u00a0]+{_AR_PREFIX if lang == 'ar' else _EN_OF_DET}"
                               f"(?:(?:{'|'.join(low(w) for w in cats['not_counted_modifiers'][lang])})"
                               "[ \\t\\u00a0]+)?"
                               f"(?:{_alt(cats['not_counted_nouns'][lang], low)})(?!\\w)"
                               # (not the first noun of a compound whose head is people: "three
                               # truck drivers", "two aid convoy workers")
                               + (f"(?![ \\t\\u00a0]+(?:{_alt(_person_heads(), low)})(?!\\w))"
                                  if lang == "en" else "")),
        partitive=re.compile(cats["partitive"][lang]),
        post_inherit=re.compile(cats["inherit_after_number"][lang]),
        mixed_gap=re.compile(cats["mixed_categories"][lang]),
        discharged_left=_near_re(cats["discharged"][lang].get("left"), low, left=True),
        discharged_right=_near_re(cats["discharged"][lang].get("right"), low, left=False),
        found_alive=_near_re(cats["found_alive"][lang], low, left=False, reach=8),
        ill_after=_near_re(cats["ill_after"][lang], low, left=False),
        alert_after=_near_re(cats["alert_after"][lang], low, left=False),
        alert_word="evacuat" if lang == "en" else "اخلاء",
        deployed_left=_near_re(cats["deployed"][lang].get("left"), low, left=True),
        deployed_right=_near_re(cats["deployed"][lang].get("right"), low, left=False),
        deployed_sent=_near_re(cats["deployed"][lang].get("sent"), low, left=False, reach=6),
        security_nouns=frozenset(low(w) for w in cats["deployed"][lang].get("security_nouns", ())),
        detonated_before=_before_re(vb["detonated"].get(lang), "[وف]?(?:ب)?", ""),
        seized_before=_before_re(vb["seized"].get(lang), "[وف]?", r"(?:[ \t\u00a0]+(?:علي|على))?"),
        freed_before=_before_re(vb["freed"][lang], "[وف]?" if lang == "ar" else "",
                                r"(?:[ \t\u00a0]+[^\W\d_]+)?"),
        rescued_from=frozenset(cats["rescued_from"].get(lang, ())),
        deploy_verb=_words_re(cats["deployed"][lang]["left"], low),
        animals=frozenset(_strip_al(low(w)) for w in cats["animal_nouns"][lang]),
        vehicle_duals=frozenset(low(w) for w in cats.get("vehicle_duals", {}).get(lang, ())),
        places=re.compile(f"[ \\t\\u00a0]+{_AR_PREFIX if lang == 'ar' else '(?:of[ ]+)?'}"
                          f"(?:(?:{'|'.join(low(w) for w in cats['not_counted_modifiers'][lang])})"
                          "[ \\t\\u00a0]+)?"
                          f"(?:{_alt(cats['places'][lang], low)})(?!\\w)"),
        own_nouns=frozenset(_norm_key(w) for e in cats["own_nouns"][lang] for w in expand(fold(e))),
        escaped=frozenset(_norm_key(w) for e in cats["escaped"][lang] for w in expand(fold(e))),
        strike_times=_words_re(cats["strike_times"][lang], low),
        personnel=_near_re(cats["personnel"][lang], low, left=False),
        damaged_after=re.compile(r"(?:[ \t\u00a0»\"”']+(?:[^\W\d]+|[وف]?\d[\d.,]*)){0,5}"  # («142
                                 r"[ \t\u00a0»\"”']+"  # سيارة للأمن و20 سيارة خاصة تعرضت للإحراق»)
                                 f"(?:{_alt(cats['damaged_after']['ar'], low)})(?!\\w)")
        if lang == "ar" else None,
        hit_before=_words_re(cats["damaged_after"]["before"], low) if lang == "ar" else None,
        thing_duals=frozenset(thing_duals(load_lexicon("numbers_ar.yaml"))) if lang == "ar"
        else frozenset(),
        one_unit_after=re.compile(f"[ \\t\u00a0]+(?:{_alt(ex['one_unit'], low)})(?!\\w)")
        if lang == "en" else None,
        one_unit_before=re.compile(f"(?<!\\w){_AR_PREFIX}(?:{_alt(ex['one_unit'], low)})"
                                   "[ \t\u00a0]+\\Z") if lang == "ar" else None,
        raided=_near_re(cats["raided"]["verbs"][lang], low, left=True),
        raided_nouns=frozenset(low(w) for w in cats["raided"]["nouns"][lang]),
        disease=re.compile(f"(?<!\\w){_AR_PREFIX if lang == 'ar' else ''}"
                           f"(?:{_alt(cats['disease_context'][lang], low)})(?!\\w)"),
        generic=frozenset(low(w) for w in cats["generic_count_nouns"][lang]),
        patient_nouns=frozenset(low(w) for w in cats["patients_treated"][lang]["nouns"]),
        treat_cues=frozenset(_norm_key(low(w)) for w in cats["patients_treated"][lang]["cues"]),
        treat_wound=re.compile(cats["patients_treated"][lang]["wound"]),
        at_risk=_near_re(cats["at_risk"][lang], low, left=False),
        hit_things=frozenset(_strip_al(low(w)) for w in cats["hit_things"][lang]),
        march_drone=frozenset(_norm_key(low(w)) for w in (md or {}).get("cues", ())),
        drone_ctx=re.compile(f"(?<!\\w){_AR_PREFIX if lang == 'ar' else ''}(?:{'|'.join(low(w) for w in md['context'])})"
                             "(?!\\w)") if md else None,
        thing_fate=_words_re(cats["thing_fate_after"].get(lang), low)
        if cats["thing_fate_after"].get(lang) else None,
        time_plurals=frozenset(_strip_al(low(w)) for w in excl["ar"]["before"]["duration"]),
        age_qualified=Before({low(p): "age" for p in ex["age_before_qualifier"]},
                             clitics=lang == "ar"),
        person_generic=frozenset(low(w) for w in cats["generic_count_nouns"][lang])
        | _subject_rules(lang).persons,
    )


_EN_OF_DET = "(?:of[ ]+(?:(?:the|its|their|his|her|our)[ ]+)?)?"  # "two of its ambulances"
_CATEGORIES = ("killed", "wounded", "missing", "detained", "displaced", "strikes", "other")


def _blanks_re(pattern: str) -> str:
    """The `then` regex of an entry with its blanks as the trie writes them (\\s+)."""
    if re.compile(pattern).groups or re.search(r"\[[^\]]* | [*+{]", pattern):
        raise ValueError(f"a `then` takes no capturing group, no blank in [...] and no blank "
                         f"repeated but by ?: {pattern!r}")
    return pattern.replace(" ?", "(?: )?").replace(" ", r"\s+")


def _alt(words, low) -> str:
    """Regex alternation of folded lexicon words/phrases, longest first (a blank: any run of
    blanks). Shaped as a trie, which finds the same matches without trying every word at every
    position: the words that match at one position are prefixes of each other, and the trie
    too tries the longer first. (Not so for phrases with two blanks in a row: those keep the
    plain alternation.)"""
    folded = {low(w) for w in words}
    if any("  " in w or "\t" in w or "\n" in w for w in folded):
        return "|".join(sorted((re.escape(low(w)).replace("\\ ", "\\s+") for w in words),
                               key=len, reverse=True))
    return trie_regex(folded)


def _near_re(words, low, left: bool, reach: int = 4) -> re.Pattern | None:
    """Verbs that make a wounded count `other` (patients discharged): on the left of the number
    at most 2 words before it, on the right at most 4 words after it, in the same clause."""
    if not words:
        return None
    alt = f"(?<!\\w)(?:[وف]?)(?:{_alt(words, low)})(?!\\w)"
    # a quote may close after a word ('«خمسة عشر شخصاً على الأقل» كانوا داخل المبنى',
    # 'غادر «22 مصاباً»'): the quoted count and the verb outside the quote are one clause
    if left:
        gap = r"(?:[ \t\u00a0]+[«\"“']?[^\W\d]+){0,2}[ \t\u00a0]*[«\"“']?"
        return re.compile(f"{alt}{gap}\\Z")
    gap = r"(?:[»\"”']?[ \t\u00a0]+[^\W\d]+){0,%d}[»\"”']?[ \t\u00a0]*" % reach
    return re.compile(f"{gap}[ \t\u00a0]{alt}")


def _before_re(words, prefix: str, gap: str) -> re.Pattern | None:
    """A verb of `words` (written folded) right before the end of the searched span, after
    `prefix` (clitics) and before `gap` (a word or particle allowed before the number)."""
    if not words:
        return None
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(f"(?<!\\w){prefix}(?:{alt}){gap}[ \t\u00a0]+\\Z")


def _words_re(words, low) -> re.Pattern | None:
    """Whole-word alternation of folded lexicon words (an attached و/ف/ل allowed)."""
    if not words:
        return None
    return re.compile(f"(?<!\\w)(?:[وفل]?)(?:{_alt(words, low)})(?!\\w)")


@dataclass
class _Cue:
    fs: int  # folded start including clitics
    fe: int
    ws: int  # the cue word itself (without clitics)
    cat: str
    weak: bool


def exclusion_reason(text: str, fd, lang: str, qs: int, qe: int, m: NumberMention,
                     cue_starts: set[int], cues=(), cue_pos=()) -> str | None:
    """Why the number at folded [qs, qe) is not a count, or None when it may be one."""
    # SPEED (session 15): called for every number; gate a new exclusion by lang/value and a
    # substring test of the few characters it reads (ftext is lower-case) before its regex.
    r = _rules(lang)
    ftext = fd.text
    raw = ftext[qs:qe]
    if lang == "ar" and raw[:1] in ("و", "ف") and raw[1:].isdigit():
        raw = raw[1:]  # «بين عامي 2011 و2024»: a year joined by و is still a year
    if m.kind == "exact" and raw.isdigit():
        if len(raw) > r.max_plain_digits:
            return "long_digits"
        if len(raw) == 4 and r.year_min <= m.value <= r.year_max:
            nxt = re.match(r"\s+", ftext[qe:qe + 3])
            follows_cue = nxt is not None and (qe + nxt.end()) in cue_starts
            if not follows_cue or r.year_before.match(ftext, qs):
                return "year"
    if m.value_high is not None and m.value_low is not None \
            and r.year_min <= m.value_low <= r.year_max and r.year_min <= m.value_high <= r.year_max \
            and _YEAR_SPAN.fullmatch(raw):
        return "year"  # "displaced by the 2020-2022 war", «حرب 2011-2024»: years, no count
    if lang == "en" and (ftext[qe:qe + 1] == "-" and ftext[qe + 1:qe + 2].isdigit()
                         or qs > 1 and ftext[qs - 1] == "-" and ftext[qs - 2].isdigit()):
        lo = qs - 1 if ftext[qe:qe + 1] == "-" else ftext.rfind(" ", 0, qs - 1)
        if _SCORE_VERB.search(ftext, max(0, lo - 16), max(0, lo + 1)):
            return "score"  # "after the home team lost 3-2": a match score
    a = r.after.match(ftext, qe)  # (r.after_re.match, only its alternatives that may match)
    if a is None and ftext[qe:qe + 1] == ")" and lang == "ar" and ftext[qs - 1:qs] == "(":
        a = r.after.match(ftext, qe + 1)  # (session 18) «تهريب (240) كيلوغراماً»: the unit after
        # the bracketed count (Gulf agencies' style, _ar_unbracket)
    if lang == "ar" and ftext.endswith("ال ", 0, qs) and _ar_ordinal_al(ftext, qs, qe):
        return "ordinal"  # (session 18) «عملية التبادل الـ 64»، «الحادثة الـ 93 من نوعها»: the
        # 64th exchange, not 64 people («الأسرى الـ 40»: the 40 prisoners, a count)
    if a and a.lastgroup == "cases" and lang == "ar" and _ar_cases_handled(ftext, qs, qe):
        return "cases_handled"  # (session 18) «فتح أكثر من 160 ألف قضية»، «تعاملت مع 17.402
        # قضية»: cases an authority opened or handled, a count (`other`, find_figures); «مطلوبة
        # في 37 قضية» stays no count
    if a and not (a.lastgroup == "pronoun" and (
            _COMPARED_BEFORE.search(ftext, max(0, qs - 40), qs)
            or r.anaphora_before.search(ftext, max(0, qs - 60), qs))):
        return a.lastgroup  # (not "up from 87 it had announced at noon": an earlier count;
        # not "المتضررين البالغ عددهم 12 ألفاً هم من الأطفال": a count the pronoun restates)
    if r.after_cased is not None:  # on the original text: month names are capitalised
        a = r.after_cased.match(text, fd.orig(qe - 1) + 1)  # (r.after_cased_re.match)
        if a:
            return a.lastgroup
    b = r.before.match(ftext, qs)
    if b and b[1] == "composition" and lang == "ar" \
            and _AR_CELL_BEFORE.search(ftext, max(0, b[0] - 14), b[0]):
        b = None  # (session 17) «القبض على خلية مؤلفة من ستة أشخاص»: the members of a cell, gang
        # or network are a count (a family's size «أسرته المكونة من تسعة أفراد» is none)
    if b and b[1] == "date" and ("+bound:" in m.rule or not (
            m.value <= 31 or r.year_min <= m.value <= r.year_max)):
        b = None  # "منذ 7 أكتوبر أكثر من 40 ألف شخص": a count after the date, not a day
    if b and b[1] in ("time", "duration") and lang == "ar" and ftext.startswith("ساعه ", b[0]) \
            and b[0] >= 2 and ftext[b[0] - 2] in _ASCII_AND_ARABIC_DIGITS and ftext[b[0] - 1] == " ":
        b = None  # (session 18) «استقبل خلال 48 ساعة قرابة 1700 مريض»: an hour count before is a
        # duration, the number after it a count (not «الساعة 1700», a clock time)
    if b and b[1] == "age" and (m.value > AGE_MAX or ".vague:" in m.rule):
        b = None  # "قال المنظمون إنهم تجاوزوا خمسين ألفا": no age is that large; "they came in
        # their hundreds" is a crowd
    if b and b[1] == "identifier" and lang == "ar" and ftext.startswith("مجموعه", b[0]) \
            and ftext.endswith(" ما ", 0, b[0]):
        b = None  # «ما مجموعه 120 شخصاً»: "a total of", not the group noun «مجموعة العشرين»
    if b and b[1] == "identifier" and lang == "en" and ftext.startswith("number", b[0]) \
            and _NUMBER_VERB.search(ftext, max(0, b[0] - 16), b[0]):
        b = None  # "the dead now number 70", "thought to number 30": the verb, not "number 7"
    if b and b[1] == "identifier" and lang == "ar" and not raw[:1].isdigit() \
            and "+bound:" not in m.rule and _ARTICLE_SHORT.fullmatch(ftext[b[0]:qs].split()[-1]):
        b = None  # "إم 23" is a name, "الأم وطفليها" (the mother and her two children) is not
    if b and not (b[1] == "duration" and lang == "ar" and (raw[:1].isdigit() or "+bound:" in m.rule
                                                            or qe + 1 in cue_starts
                                                            or _person_noun_after(ftext, qe))
                  and _strip_al(ftext[b[0]:qs].split()[-1].lstrip("وفب")) in _AR_DAY_UNITS):
        return b[1]  # (a digit or a bound after "اليوم" starts a new phrase: "اعتقلت فجر اليوم
        # ما لا يقل عن 35 مواطنا"; so does a number word with its counted cue noun: «شن فجر
        # اليوم سبع غارات»; only a number adjective follows its unit: "يوم واحد")
    if m.value == 1 and (r.one_unit_after.match(ftext, qe) if lang == "en"
                         else r.one_unit_before.search(ftext, max(0, qs - 20), qs)):
        return "one_unit"  # "seven members of one family", "من عائلة واحدة"
    # (speed: each English number pays these two; a cheap necessary condition first - the
    # capacity phrase holds "for"/"of" (ftext is lower-case), the families noun follows the number)
    if lang == "en" and (ftext.find("of", max(0, qs - 48), qs) >= 0 or ftext.find("for", max(0, qs - 48), qs) >= 0) \
            and _CAPACITY_BEFORE.search(ftext, max(0, qs - 48), qs):
        return "capacity"  # "we had prepared for around 15,000 people", "permission for 80,000": a plan, no count
    if lang == "en" and 1 < m.value < 10 and _FAMILIES_AFTER.match(ftext, qe) \
            and _MEMBERS_OF_BEFORE.search(ftext, max(0, qs - 24), qs):
        return "one_unit"  # "19 members of two families": the families hold the count, no count of their own
        # (not a disaster agency's tally, session 17: "121,450 people from 31,208 families have
        # been affected" gives both counts, gold_bi)
    if m.value == 1 and lang == "en" and ftext.endswith("another ", max(0, qs - 8), qs):
        return "one_unit"  # "for every person let out, they take another one": a pronoun
    if m.value == 1 and lang == "en" and (_ONE_ADVERB.match(ftext, qe)
                                          or ftext.endswith("one by ", max(0, qs - 7), qs)):
        return "one_unit"  # (session 18, gold_bo) "killed them one by one", "one after another",
        # "one at a time": a manner, no count
    # (SPEED: _AGE_QUAL reads a "+bound:" rule; the substring test skips its call for the others)
    if m.value <= AGE_MAX and m.kind != "exact" and "+bound:" in m.rule and _AGE_QUAL.search(m.rule) \
            and r.age_qualified.match(ftext, qs):
        return "age"  # "the dead were over 60", "children under five"
    if lang == "en" and "+bound:" not in m.rule \
            and (_named_number(text, fd, ftext, qs, qe, cue_starts)
                 or _the_number_name(text, fd, ftext, qs, qe)):
        return "name"  # (a bound word is never part of a name: "in Lebanon some 20 died")
    if lang == "en" and m.kind == "exact" and raw.isdigit() \
            and _PLACE_NUMBER_BEFORE.search(ftext, max(0, qs - 16), qs):
        return "name"  # "near kilometre 45 of the highway", "at exit 12", "block 7": a place's
        # number, no count
    if lang == "en" and m.kind == "exact" and m.value <= AGE_MAX and raw.isdigit() \
            and ftext[qe:qe + 1] == "," and (
                _apposed_age(text, fd.orig(qs))  # "A teacher, Yusuf Bello, 50, died"
                or _SINGULAR_APPOSED.search(ftext, max(0, qs - 40), qs)
                and _SINGULAR_VERB_AFTER.match(ftext, qe)):
        return "age"  # "the victim, 34, was shot twice", "a driver, 52, was injured": a number
        # apposed to one person (a name, or a singular noun with a singular verb) is an age
    if m.kind != "vague" and _definite_word(ftext, lang, qs):
        # "ليالي الاحتجاجات الأربع": a number adjective after a time noun (up to 3 words back;
        # not «في بعض الأيام يلفظ البحر العشرات»: tens are no adjective of a time)
        words = ftext[max(0, qs - 40):qs].split()[-3:]
        if any(_strip_al(w.lstrip("وفب")) in r.time_plurals or _strip_al(w) in r.time_plurals
               for w in words):
            return "duration"
    return None


_ONE_ADVERB = re.compile(r"[ \t\u00a0]+(?:by[ \t\u00a0]+one|after[ \t\u00a0]+(?:another|the[ \t\u00a0]+other)|"
                         r"at[ \t\u00a0]+a[ \t\u00a0]+time)(?!\w)")


# a capitalised word, then "of"/"for"/"on"/"and" (and "the"): inside a body's name
_ORG_LINKS = (" of ", " for ", " on ", " and ", " the ")  # (SPEED: a cheap test first)
_ORG_NAME_BEFORE = re.compile(r"\b[A-Z][\w'-]+[ \t\u00a0]+(?:of|for|on|and)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z")


def _person_noun_after(ftext: str, qe: int) -> bool:
    """Arabic: a person noun right after a number word («اعتقلت صباح اليوم ثلاثة شبان»)."""
    nw = _NOUN.match(ftext, qe)
    return nw is not None and nw.group(1) in _subject_rules("ar").persons


AGE_MAX = 100
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d[ \t\u00a0]*[-\u2013\u2014/][ \t\u00a0]*(?:19|20)?\d\d")
# An earlier count named right before a number (its pronoun after is the speaker's).
_COMPARED_BEFORE = re.compile(r"(?:(?:up|down|rising|falling|revised)[ \t\u00a0]+from|compared[ \t\u00a0]+"
                              r"(?:with|to)|(?:figure|toll|total|tally|count|estimate)[ \t\u00a0]+of|"
                              r"مقارنة[ \t\u00a0]+ب|بعدما[ \t\u00a0]+كانت)[ \t\u00a0]+"
                              r"(?:about[ \t\u00a0]+|around[ \t\u00a0]+|some[ \t\u00a0]+)?\Z")
_PLACE_POPULATION = re.compile(r"(?<!\w)(?:عدد سكان|[وف]?[يت](?:قطن|سكن))")
# a population given as the total of a share («90% من سكان القطاع البالغ عددهم 2.1 مليون نسمة
# نزحوا», gold_aq): the verb after it is the share's, the total stays a population (`other`, gold_b)
_TOTAL_APPOSITION = re.compile(r"(?<!\w)(?:ال)?(?:بالغ|[يت]بلغ) عدد(?:هم|هن|ها)[ \t\u00a0]+(?:(?:نحو|قرابه|حوالي)[ \t\u00a0]+)?\Z")
_NASAMA = re.compile(r"[ \t\u00a0]*(?:ال)?نسم(?:ه|ات)(?!\w)")
_ARTICLE_SHORT = re.compile(r"[وفب]?(?:ال|لل)[^\W\d]{1,3}")  # "الأم": a noun, no letter name
_AGE_QUAL = re.compile(r"\+bound:\w+:(?:over|under|above|below|فوق|دون)\Z")
_CAP_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][A-Za-z]+)[ \t]+\Z")  # inside a sentence
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December About Some Nearly Around "
    "Almost Over Under Another Only Just And But The Of At In On By To".split())


_PLACE_WORD_BEFORE = re.compile(r"(?<![\w])(?:in|at|from|to|near|of|on|inside|outside|into|"
                                r"for|by|the|a|an)[ \t]+\Z")
_NAME_COMMA = re.compile(r"(?<![\w.])([A-Z][\w'-]+),[ \t]*\Z")


def _apposed_age(text: str, os_: int) -> bool:
    """A number between commas right after a person's name is the person's age; so is one
    right after a determined person noun ("the boy, 7, was wounded", "her son, 4,")."""
    mc = _NAME_COMMA.search(text, max(0, os_ - 30), os_)
    if mc is not None:
        return mc.group(1) not in _NOT_NAMES
    mp = _PERSON_COMMA.search(text, max(0, os_ - 40), os_)
    return mp is not None and _one_person(mp.group(1).lower())


# a singular person noun after a determiner, then a comma (session 13): "the boy, 7,"
_PERSON_COMMA = re.compile(r"(?<![\w])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)"
                           r"[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+)?([a-z]+),[ \t]*\Z")
_ONE_PERSON = frozenset("boy girl son daughter child baby infant toddler teenager teen youth man "
                        "woman mother father wife husband brother sister nephew niece cousin "
                        "grandson granddaughter grandmother grandfather victim pupil student "
                        "schoolboy schoolgirl".split())


def _one_person(w: str) -> bool:
    """A singular person noun: listed, or a listed plural person noun less its "s"."""
    return w in _ONE_PERSON or (w + "s") in _subject_rules("en").persons


_SINGULAR_APPOSED = re.compile(r"(?<![\w-])(?:the|a|an|his|her|their|its|our)[ \t\u00a0]+"
                               r"(?:[a-z-]+[ \t\u00a0]+)?(?!(?:toll|total|tally|number|figure|count|estimate)\b)"
                               r"[a-z-]+[^s\W],[ \t\u00a0]*\Z")
_SINGULAR_VERB_AFTER = re.compile(r",[ \t\u00a0]*(?:was|is|has|had|died|dies|remains|who)(?!\w)")
_CAPACITY_BEFORE = re.compile(r"(?<![\w-])(?:prepared|planned|designed|built|equipped|arrangements|capacity)"
                              r"[ \t\u00a0]+(?:for|of)[ \t\u00a0]+(?:(?:around|about|some|up[ \t\u00a0]+to|roughly|nearly|only|just)[ \t\u00a0]+)?\Z", re.I)
_MEMBERS_OF_BEFORE = re.compile(r"(?<![\w-])(?:members|relatives|people|children|women|men)[ \t\u00a0]+(?:from|of)[ \t\u00a0]+\Z", re.I)
_FAMILIES_AFTER = re.compile(r"[ \t\u00a0]+(?:families|households|clans|tribes)\b", re.I)
_PLACE_NUMBER_BEFORE = re.compile(r"(?<![\w-])(?:kilometre|kilometer|km|milepost|exit|gate|block|sector|"
                                  r"platform|route|highway|junction|"
                                  # a building's parts: "in pavilion 3", "ward 7", "cell 12", "terminal 2"
                                  r"pavilion|ward|cellblock|cell|wing|building|floor|room|hall|terminal|berth|zone)[ \t\u00a0]+\Z", re.I)
_THE_BEFORE = re.compile(r"(?<![\w])the[ \t\u00a0]+\Z")
_CAP_AFTER = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)\b")


def _the_number_name(text, fd, ftext, qs, qe) -> bool:
    """A bare number between "the" and a capitalised word that is not a nationality is a
    unit's or a building's name ("the 92 Base Hospital", "the 4 Rajput regiment"; not "the 14
    Palestinians")."""
    if not ftext[qs:qe].isdigit() or not _THE_BEFORE.search(ftext, max(0, qs - 5), qs):
        return False
    mc = _CAP_AFTER.match(text, fd.orig(qe - 1) + 1)
    if mc is None or mc.group(1) in _NOT_NAMES:
        return False
    w = mc.group(1)
    return not w.endswith(("ns", "is", "s", "ese", "ch", "sh"))


def _named_number(text, fd, ftext, qs, qe, cue_starts) -> bool:
    """A number right after a capitalised word inside a sentence and not followed by a
    counted noun is part of a name ("Magik 9", "Gate 3", "told Radio Sawa 40 ..." is not:
    "told Reuters 12 soldiers ..." keeps 12 because a noun follows)."""
    os_ = fd.orig(qs)
    j = os_ - 1  # cheap pre-check: a space, then a word ending there
    if j < 2 or text[j] != " " or not text[j - 1].isalpha():
        return False
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if not text[j].isupper():
        return False
    mc = _CAP_BEFORE.search(text, max(0, os_ - 30), os_)
    if mc is None or mc.group(1) in _NOT_NAMES:
        return False
    if _norm_key(mc.group(1).lower()) in _rules("en").cue_words \
            and not _PLACE_WORD_BEFORE.search(text, max(0, mc.start(1) - 10), mc.start(1)):
        return False  # a title-case headline's verb: "Airstrike On Market Kills 40, Activists
        # Say" (not a place's name after a preposition: "a fire in Camp 11")
    nw = _NOUN.match(ftext, qe)
    persons = _subject_rules("en").persons
    if nw is not None and (nw.start(1) in cue_starts or nw.group(1) in persons):
        return False
    n2 = _NOUN.match(ftext, nw.end()) if nw is not None else None
    return n2 is None or n2.group(1) not in persons  # "in Lebanon 20 health workers died"


# A capitalised head noun of a place or body right after a capitalised cue word: the cue is part
# of a proper name ("Hostages Square", "Missing Families Forum", "Martyrs Hospital").
_NAME_NOUN_AFTER = re.compile(
    r"'?[ \t\u00a0]+(?:and[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+)?(?:Square|Street|Road|Avenue|"
    r"Boulevard|Bridge|Hospital|Cemetery|Memorial|Monument|Park|Plaza|Hall|Families|Forum|"
    r"Brigades?|Society|Club|Committee|Affairs|Association|Commission|Movement|Network|"
    r"Foundation|Fund|Day|Mothers|Relatives)\b")
# (only cue words that name bodies and places are read so: a cheap set lookup first)
_NAME_CUE_WORDS = frozenset(("hostages", "martyrs", "missing", "detainees", "prisoners",
                             "refugees", "displaced", "victims", "disappeared", "wounded",
                             "survivors", "casualties", "mothers", "families"))
_NAME_NOUN_AFTER_F = re.compile(_NAME_NOUN_AFTER.pattern.replace("[A-Z][a-z]+", "[a-z]+").lower())


_CELL_TAIL = re.compile(r"[ \t\u00a0]*(?:[^\W\d_]+[ \t\u00a0]*)?(?:\||\n|\Z)")
_CELL_HEAD = re.compile(r"(?:^|\||\n)[ \t\u00a0]*([^|\n:]{1,80}?)[ \t\u00a0]*:[ \t\u00a0]*"
                        r"(?:[^\W\d_]+[ \t\u00a0]+){0,3}\Z")


def _cue_cat(ftext: str, a: int, b: int, r) -> str | None:
    """The category of the first (non-weak) cue word in ftext[a:b], None when there is none."""
    for c in r.cue_re.finditer(ftext, a, b):
        if r.not_cues and c.group() in r.not_cues:
            continue
        cat, weak = r.cue_words[_norm_key(c.group("w"))]
        if not weak:
            return cat
    return None


def _table_cell_category(ftext: str, qs: int, qe: int, r) -> str | None:
    """A number that is a flattened table cell's whole value ("Killed: 24 |", «جرحى: 31 |»,
    "Motorbikes destroyed: 30" at the line's end, one unit word allowed): the category its label
    names, else the one its introducing line names («توزعت الوفيات على النحو التالي:» then
    «مصر: 323 | الأردن: 41»), else other. None when the number is no such cell's value."""
    ls = ftext.rfind("\n", 0, qs) + 1
    le = ftext.find("\n", qe)
    le = len(ftext) if le < 0 else le
    tail = _CELL_TAIL.match(ftext, qe)
    if "|" not in ftext[ls:le] or tail is None or _cue_cat(ftext, qe, tail.end(), r) is not None:
        return None  # (not "IOM: about 640 dead |": a count with its own noun reads as usual)
    head = _CELL_HEAD.search(ftext, max(ls - 1, 0), qs)
    if head is None:
        return None
    cat = _cue_cat(ftext, head.start(1), head.end(1), r)
    if cat is None and ls > 1:
        ps = ftext.rfind("\n", 0, ls - 1) + 1
        if ftext[ps:ls - 1].rstrip().endswith(":"):
            cat = _cue_cat(ftext, ps, ls - 1, r)
    return cat or "other"


_CUE_HEAD_STARTS: dict[str, tuple[int, ...]] = {}  # chunk -> offsets of its words cue_heads takes


def _cue_matches(r: _Rules, ftext: str, pos: int, endpos: int) -> list[re.Match]:
    """Arabic: list(r.cue_re.finditer(ftext, pos, endpos)), the big cue pattern tried only at
    the words `r.cue_heads` fullmatches.

    finditer enters the clitic split and the trie of 8,500 cues at every word start of the
    window, some 250 per article, for about 15 cues. A match starts a run of letters
    (_AR_LETTERS: its lookbehind) and reads it to its end: the run ends where the cue has a
    blank or where the cue ends ((?!\\w)). So the run is one that cue_heads (clitics + a cue's
    first word) fullmatches, the text read as ending at endpos as finditer reads it. The window
    is cut at spaces in C (str.split(" "): chunk k starts k spaces and the lengths of the chunks
    before it in); which runs of a chunk ("(والقتلى،") cue_heads takes is a function of the
    chunk, memoised (most chunks recur across articles). The candidates are tried in increasing
    order, skipping those inside the last match, as finditer reaches them: the same matches
    (tests/test_speed_figure_cues.py compares both). (English: the first words of its cues are common
    ones, "were", "in", "for", so the candidates cost more than the scan.)"""
    memo = _CUE_HEAD_STARTS
    chunks = ftext[pos:endpos].split(" ")
    heads = list(map(memo.get, chunks))
    if None in heads:
        if len(memo) > 200_000:
            memo.clear()
        fullmatch = r.cue_heads.fullmatch
        k = -1
        try:
            while True:  # (list.index finds the few unseen chunks in C)
                k = heads.index(None, k + 1)
                c = chunks[k]
                heads[k] = memo[c] = tuple(w.start() for w in _AR_LETTERS.finditer(c)
                                           if fullmatch(w.group()))
        except ValueError:
            pass
    out = []
    last = pos  # the end of the last match (matches do not overlap)
    ends = list(accumulate(map(len, chunks)))
    match = r.cue_re.match
    for k in compress(range(len(chunks)), heads):
        at = pos + k + (ends[k - 1] if k else 0)  # where chunk k starts
        for off in heads[k]:
            if at + off >= last:
                m = match(ftext, at + off, endpos)
                if m is not None:
                    out.append(m)
                    last = m.end()
    return out


_WORD_ENDS = re.compile(r"\w(?:.*\w)?", re.S)  # a word or phrase from word character to word character


def _en_cue_matches(r: _Rules, ftext: str, pos: int, endpos: int) -> list[re.Match]:
    """English: the cues of r.cue_re.finditer(ftext, pos, endpos), as matches whose group "w"
    has the spans and text finditer's have (the match itself may start one character earlier).

    finditer tries the pattern at every position of the window (about 2,000 per article),
    each a call into the matcher that the lookahead and the word boundary then reject; inside a
    word, where most positions are, the boundary fails. Every cue starts and ends with a word
    character (checked when r.cue_scan is made), so a cue that starts after `pos` has a
    non-word character right before it: r.cue_scan (that character, then the cue) lets sre skip
    in C to the next non-word character, a fifth of the positions. Only a cue at `pos` itself has
    that character outside the window: cue_re.match tries it there. A match ends with a word
    character, so the next cue starts after a non-word character at or past its end: the scan
    finds the same cues in the same order (tests/test_speed_s13.py compares both). An ASCII
    text (most English ones) is scanned with r.cue_scan_ascii: in ASCII, \\W is [^0-9A-Za-z_],
    which sre tests with a bitmap instead of Unicode property look-ups."""
    scan = r.cue_scan_ascii if ftext.isascii() else r.cue_scan
    first = r.cue_re.match(ftext, pos, endpos)
    if first is None:
        return list(scan.finditer(ftext, pos, endpos))
    out = [first]
    out.extend(scan.finditer(ftext, first.end(), endpos))
    return out


# (session 18) vehicle duals that count things (numbers_ar dual_nouns; folded), and the verbs
# of taking, stealing or spotting things right before a thing dual (folded)
_AR_VEHICLE_DUALS = frozenset(("سيارتين", "سيارتان", "مركبتين", "مركبتان", "اليتين", "اليتان",
                               "عربتين", "عربتان", "عجلتين", "عجلتان"))
_AR_TAKEN_BEFORE = re.compile(r"(?<!\w)[وف]?(?:سرق|سرقت|سرقوا|نهب|نهبت|نهبوا|رصد|رصدت|رصدوا|ضبط|ضبطت|"
                              r"ضبطوا|صادر|صادرت|صادروا|استولي|استولت|استولوا|غنم|غنمت|غنموا)"
                              r"(?:[ \t\u00a0]+علي)?[ \t\u00a0]+\Z")
# (session 18) a fate verb, then a time phrase, right before a count («أوقفت هذا الشهر 64 لاجئاً»،
# «اعتقلت أمس 30 نازحاً»), and the need phrases of people in need (folded text)
_AR_VERB_TIME_BEFORE = re.compile(
    r"(?<!\w)([^\W\d]+)(?:[ \t\u00a0]+(?:هذا|هذه|الشهر|الاسبوع|الماضي|الماضيه|الحالي|الجاري|اليوم|امس|"
    r"مساء|صباح|فجر|ليل|ليله|الليله|خلال|منذ|يوم|الايام|الاخيره|الماضيين|الساعات|العام|الاحد|الاثنين|الثلاثاء|"
    r"الاربعاء|الخميس|الجمعه|السبت)){1,4}[ \t\u00a0]+\Z")
_AR_NEED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:يحتاج|تحتاج|يحتاجون)[ \t\u00a0]+\Z")
_AR_NEED_AFTER = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,4}?[ \t\u00a0]+(?:يحتاجون|يحتاج|تحتاج|بحاجه|في حاجه)"
                            r"[ \t\u00a0]+(?:الي|ل)(?:[ \t\u00a0]+|ل)?(?:ال)?(?:مساعد|غذاء|دعم|اغاث|رعايه|حمايه)")


def _ar_fate_before_time(ftext: str, qs: int, cue_at: dict):
    """(session 18) A strong fate cue (killed, wounded, missing, detained) right before a time
    phrase before the number («أوقفت هذا الشهر 64 لاجئاً»), or None."""
    m = _AR_VERB_TIME_BEFORE.search(ftext, max(0, qs - 48), qs)
    if m is None:
        return None
    k = cue_at.get(m.start(1))
    return k if k is not None and not k.weak and k.cat in _FATES_HELD and k.cat != "displaced" else None


_ASCII_AND_ARABIC_DIGITS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def _ar_one_of_cue(ftext: str, qs: int, qe: int, cue_at: dict):
    """(session 18) The harm cue that makes «أحد»/«أحدهم» a count of 1 (numbers_ar one_of_harm):
    its group's own predicate after it («أحد النزلاء الفارين قُتل»، «أحدهم بجروح خطيرة»), the
    harm word right before it («يقتادوا أحدهم إلى جهة مجهولة»), the condition around it («حالة
    أحدهم وصفت بالحرجة») or its harmed group («أن أحد المتوفين»), in that order."""
    before, after, comp, groups = _numbers_spec("ar").extra["one_of_harm"]
    spans = []
    a = after.match(ftext, qe)
    if a is not None and a.group("pred") is not None:
        spans.append(a.span("pred"))
    lo = max(0, qs - 24)
    b = before.search(ftext, lo, qs)
    if b is not None and b.group("cond") is None:
        spans.append(b.span())
    if a is not None and a.group("cond") is not None:
        spans.append(a.span("cond"))
    if comp.search(ftext, lo, qs) is not None:
        g = groups.match(ftext, qe)
        if g is not None:
            spans.append(g.span())
    for s, e in spans:
        for p in range(s, e):  # («إصابته خطيرة»: the cue is the adjective)
            k = cue_at.get(p)
            if k is not None and k.cat != "other":
                return k
    return None


def find_figures(text: str, language: str, start: int = 0, end: int | None = None
                 ) -> list[FigureMention]:
    """The numbers in text[start:end] that are counts, with category and subject."""
    fd, found = numbers_folded(text, language, start, end)
    if not found:
        return []
    if len(found) > 1 and "(" in fd.text:  # (a restated number is in parentheses)
        found = _drop_restated(fd.text, found)
    lang = "ar" if language.lower().startswith("ar") else "en"
    r = _rules(lang)
    ftext = fd.text
    if lang == "ar" and "(" in ftext:
        ftext, found = _ar_unbracket(ftext, found, _subject_rules(lang).persons)
    elif lang == "en" and ("u.s." in ftext or "u.n." in ftext or "u.k." in ftext or "e.u." in ftext):
        ftext = _INITIALS.sub(_INITIALS_MASK, ftext)  # (session 18, gold_bn/gold_bo) wire copy's
        # "three U.S. soldiers were killed", "two U.S.-supplied ATACMS missiles": the stops of
        # initials end no sentence (same length: every offset stays)
    # (the first number reads back as far as the rules that read furthest, as every later one
    # does: "The death toll from Tuesday's boat accident on the River Niger in Mokwa Local
    # Government Area of Niger State has risen to 98" -- the cue is 115 characters back)
    w0 = max(0, found[0][0] - FIRST_REACH)
    w1 = min(len(ftext), found[-1][1] + WINDOW)
    cues: list[_Cue] = []
    cue_words = r.cue_words
    not_cues = r.not_cues
    num_ends0 = {qe for _, qe, _ in found} if lang == "ar" else ()
    is_ar = lang == "ar"
    # (Arabic: the same matches as r.cue_re.finditer, found faster)
    # (English: the scan's matches may start a character before the cue: its start is the
    # start of group "w", which is where finditer's matches of cue_re start)
    at = 0 if is_ar else "w"
    for c in _cue_matches(r, ftext, w0, w1) if is_ar else \
            _en_cue_matches(r, ftext, w0, w1) if r.cue_scan is not None else \
            r.cue_re.finditer(ftext, w0, w1):
        cs0, ce0 = c.start(at), c.end()
        if not_cues and ftext[cs0:ce0] in not_cues:
            continue  # "وفر" (provided) is not و + "فر" (fled)
        if is_ar:
            if ce0 - cs0 == 2 and ftext.startswith("فر", cs0) and ftext[ce0:ce0 + 1] in ("،", ",") \
                    and cs0 > 0 and ftext[cs0 - 1] == " ":
                continue  # «محسن رضائي فر، قوله»: the end of a (Persian) name before its comma
            if ftext.startswith("تحت", cs0) and _FROM_BEFORE.search(ftext, max(0, cs0 - 4), cs0):
                continue  # "انتشال 5 جثث من تحت الأنقاض": recovered from, not still under
        if not is_ar and ftext.endswith(_ORG_LINKS, 0, cs0) and text[fd.orig(cs0)].isupper() \
                and _ORG_NAME_BEFORE.search(text, max(0, fd.orig(cs0) - 48), fd.orig(cs0)):
            continue  # (session 18, gold_bn) a word inside a body's name counts nothing: "the
            # Coordination Headquarters for the Treatment of Prisoners of War said 26 ... were
            # seriously wounded", "the Commission on Missing Persons said"
        key = _norm_key(c.group("w"))
        cat, weak = cue_words[key]
        ctx = r.context_only.get(key)
        if ctx is not None and not ctx.search(ftext, max(0, cs0 - CONTEXT_REACH),
                                              c.end() + CONTEXT_REACH):
            # "had come home" is a released prisoner's only in an exchange story; a shorter
            # plain cue at the same place still counts ("لجأوا" of "لجأوا إلى")
            c0, c = c, r.plain_re.match(ftext, cs0)
            if c is None:  # a plain cue inside it ("are sheltering in" with no
                sp = ftext.find(" ", cs0, ce0)  # flight story: "sheltering in" still counts)
                while c is None and 0 <= sp < ce0 - 1:
                    c = r.plain_re.match(ftext, sp + 1)
                    sp = ftext.find(" ", sp + 1, ce0)
                if c is not None:  # (session 17, Arabic too: «بين العائدين» with no swap near
                    cs0, ce0 = c.start(), c.end()  # is the returnees' plain «العائدين»)
            if c is None:
                continue
            key = _norm_key(c.group("w"))
            cat, weak = cue_words[key]
        if not is_ar:
            if key in _NAME_CUE_WORDS and _NAME_NOUN_AFTER_F.match(ftext, c.end()) \
                    and text[fd.orig(c.start("w"))].isupper() \
                    and _NAME_NOUN_AFTER.match(text, fd.orig(c.end() - 1) + 1):
                continue  # "Hostages Square", "the Missing Families Forum", "Martyrs Hospital":
                # a cue word inside a proper name counts nothing
            if cat != "other" and _negated(ftext, cs0):
                continue  # "no injuries to its 22 crew", "no deaths": a cue denied counts nothing
            if cat == "wounded" and ftext.startswith(" down", ce0):
                continue  # "of which 87 were shot down": weapons downed, not people hit
        elif key == "من الاسر" and cs0 - 1 in num_ends0:
            continue  # (session 18) «أجبرت العشرات من الأسر على النزوح»: a count of families
            # («الأُسَر»), not of people back «من الأسر» (from captivity)
        elif key in _AR_NOT_HARM_SENSE and _ar_not_harm_sense(ftext, key, c.start("w"), ce0):
            continue  # (session 18) a court's «قضت غيابياً/بسجن» (ruled, not "died"); a fugitive
            # «في حالة فرار»، «فارين من العدالة» (on the run, not fleeing home)
        elif key in _AR_DENIABLE and _negated_ar(ftext, c.start("w")):
            continue  # «أنقذت 43 شخصاً دون تسجيل إصابات»، «ولم تسفر عن وقوع ضحايا»: a harm denied counts nothing
        elif key.startswith("مشتبه") and _adjective_after_noun(ftext, c.start(), num_ends0):
            continue  # "ثلاثة مسلحين مشتبه بهم قتلوا": suspected militants, not suspects held
        elif c.group("w") == "فقد" and "\u064f" in text[fd.orig(c.start("w")):
                                                       fd.orig(c.end() - 1) + 1]:
            cat, weak = "missing", False  # passive "فُقد العشرات" (went missing), not "فقد" (lost)
        cues.append(_Cue(cs0, c.end(), c.start("w"), cat, weak))
    cue_starts = {c.fs for c in cues} | {c.ws for c in cues}
    cue_at = {c.fs: c for c in cues}
    cue_pos = [c.fs for c in cues]
    cue_end = {c.fe: c for c in cues}
    whys = [exclusion_reason(text, fd, lang, qs, qe, m, cue_starts, cues, cue_pos)
            for qs, qe, m in found]
    for i in range(1, len(found)):  # "January 26 and 30", "aged 43 and 71": the list goes on
        if whys[i] is None and whys[i - 1] in _LISTED \
                and _LIST_GAP.fullmatch(ftext, found[i - 1][1], found[i][0]) \
                and "+bound:" not in found[i][2].rule \
                and (ftext[found[i][0]] == "و"
                     or ftext[found[i - 1][1]:found[i][0]].strip()) \
                and not _counted_noun_after(ftext, found[i][1], cue_starts, lang):
            # (a connector is needed, and a bound starts a count of its own: "since October 7
            # more than 40,000 people")
            whys[i] = whys[i - 1]
    # only counts stand between a cue and a number: dates, ages and years in between do not
    # (the nearest-cue score still pays for every number crossed)
    num_starts = [qs for (qs, _, _), why in zip(found, whys) if not why or why == "population"]
    num_set = frozenset(num_starts)
    all_starts = [qs for qs, _, _ in found]
    # (not "one" of a unit, «من عائلة واحدة»: it owns no cue after it, «12 فرداً من عائلة واحدة
    # قتلوا» is the 12's verb)
    # (SPEED: with no "one_unit" number, the usual case, every end, gathered in C)
    num_ends = frozenset(map(_SECOND, found)) if "one_unit" not in whys else frozenset(
        qe for (_, qe, _), why in zip(found, whys) if why != "one_unit")
    out = []
    sr = _subject_rules(lang)
    # once per article: words two rare rules need (each rule checks them again near the number)
    risk_here = any(g in ftext for g in _RISK_GATE[lang])
    units_here = None  # _units_here, once a number follows a link word (_unit_link_before)
    table_here = "|" in ftext  # flattened table cells (_table_cell_category)
    prev = None  # (folded end, category, inherited, noun) of the previous figure
    used: set[int] = set()  # cues that govern a figure already
    prev_destroyed = False  # the previous figure counts things destroyed
    victim = None  # (end, category) of the last figure of a victim category
    downed_end = None  # end of the last count of weapons downed (no figure; nor are its parts)
    present_end = None  # end of the last count of personnel deployed or people present
    seen: dict = {}  # value -> category of the first earlier figure of a victim category
    earlier = None  # the same for the text before `start` (_victims_before, once if needed)
    basis: dict[int, _Basis] = {}  # id(number mention) -> how its figure got its category
    # SPEED (session 15): this loop runs for every number of every article (~90 us each, the
    # largest cost of extraction). A new rule here puts its cheap necessary test first - the
    # category/lang already decided, a frozenset look-up of the noun, `ftext.find("word", a, b)
    # >= 0` or `"word" in ftext[a:b]` over the few characters it reads - and only then its regex;
    # a rule that needs a rare word checks it once per article before the loop (as risk_here,
    # table_here) and never .search()es a window around every number unconditionally.
    for i, (qs, qe, m) in enumerate(found):
        why = whys[i]
        if why == "times" and _strike_times(ftext, qs, r):
            prev = (qe, "strikes", False, None, True)
            out.append(FigureMention(m, "strikes", None, f"{m.rule}|cat.strikes:times"))
            basis[id(m)] = _Basis("cat", "strikes", "times")
            continue  # "shelled the town and nearby villages 93 times"
        if why == "population" and lang == "ar" and _PLACE_POPULATION.search(
                ftext, max(0, qs - 40), qs) and _NASAMA.match(ftext, qe):
            continue  # "ويقدَّر عدد سكان المحافظة بنحو 450 ألف نسمة": a place's population
        if why == "population":  # "of its 200 inhabitants": a count, but of no victims
            pc_ = None
            if lang == "ar":  # "نحو واحد وعشرين ألف نسمة نزحوا من المخيم": the verb right
                nm_ = _NASAMA.match(ftext, qe)  # after the people tells what they are
                pc_ = cue_at.get(nm_.end() + 1) if nm_ is not None else None
                if pc_ is not None and (pc_.weak or pc_.cat not in _FATES_HELD
                                        or _TOTAL_APPOSITION.search(ftext, max(0, qs - 30), qs)):
                    pc_ = None
            cat_ = pc_.cat if pc_ is not None else "other"
            if pc_ is None and _emptied_place(ftext, lang, qs):
                cat_ = "displaced"  # «تهجير 11 تجمعاً يقطنها نحو 480 شخصاً»، «أخلى ثلاثة عقارات
                # تقطنها 36 أسرة»: the people of places emptied are displaced (gold_ag, gold_ah)
            prev = (qe, cat_, False, None, False)
            out.append(FigureMention(m, cat_, None, f"{m.rule}|cat.{cat_}:population"))
            basis[id(m)] = _Basis("cat", cat_, "population")
            continue
        if why == "cases_handled":  # (session 18) «فتح أكثر من 160 ألف قضية»: acts counted
            prev = (qe, "other", False, None, False)
            out.append(FigureMention(m, "other", None, f"{m.rule}|cat.other:cases-handled"))
            basis[id(m)] = _Basis("cat", "other", "cases-handled")
            continue
        if why == "residents" and lang == "en" and _DISPLACED_NEXT.match(ftext, qe):
            why = None  # "was home to some 190,000 displaced people": the displaced count (gold_r)
        if why:
            continue
        if is_ar and m.value == 2 and prev is not None and qs - prev[0] < 40 and out \
                and out[-1].number.value == 2 and (
                    ftext[qs:qe] in _AR_PREDICATE_DUALS and _AR_PREDICATE_GAP.fullmatch(ftext, prev[0], qs)
                    or ftext[qs] == "ل" and len(ftext[prev[0]:qs].split()) <= 1
                    and not _COMMA.search(ftext, prev[0], qs)):
            continue  # «نعى اثنين من عناصره ارتقيا شهيدين»، «عنصرين سقطا قتيلين»: the dual
            # after the dual verb is the predicate of the count before it, the same two people;
            # «استقبل حالتي وفاة لرجلين»: the two cases are of the two men
        if table_here:
            tc = _table_cell_category(ftext, qs, qe, r)
            if tc is not None:  # "Killed: 24 | Wounded: 87": the cell's label (or the table's
                # introducing line) names what its number counts, never the next cell
                prev = (qe, tc, False, None, False)
                out.append(FigureMention(m, tc, None, f"{m.rule}|cat.{tc}:table_cell"))
                basis[id(m)] = _Basis("cat", tc, "table_cell")
                continue
        m_qe = qe
        if ftext[qe:qe + 1] in _CLOSE_QUOTES and ftext[qe + 1:qe + 2] == " ":
            qe += 1  # '"dozens" of people were trapped': the number's noun is after the quote
        limit = found[i + 1][0] if i + 1 < len(found) else len(ftext)
        subject = _subject(text, fd, ftext, lang, qe, cue_at, limit, sr)
        cat, how, inherited, subj_verb, by_toll = None, None, False, False, False
        in_need = False
        opponents = False
        c, score = _own_cue(cues, cue_pos, qs, qe, ftext), 0.0
        if c is not None and c.cat == "other" and lang == "ar" \
                and ftext[c.fe - 2:c.fe] in ("ين", "ان") \
                and ftext[c.ws:c.fe - 2] in r.person_generic:
            c = None  # "أودت بحياة شخصين": a dual of a plain person noun names no category
        partitive = False
        if c is None:  # "Thirty of the survivors", "ثلاثة من الجرحى": the noun is its own
            pm = r.partitive.match(ftext, qe)
            pc = cue_at.get(pm.end()) if pm else None
            if pm is not None and lang == "en" and (pc is None or pc.cat == "other"):
                wm = _MOD_WORD.match(ftext, pm.end())  # "dozens of militant targets": a
                hc = cue_at.get(wm.end()) if wm is not None else None  # modifier before the
                if hc is not None and hc.cat == "strikes" and not hc.weak:  # head noun
                    pc = hc
            if pc is not None and not pc.weak and not (
                    pc.cat == "other" and ftext[pc.ws:pc.fe] in r.person_generic) \
                    and not (pc.cat == "other" and _verb_right_before(ftext, qs, cue_end)):
                # (not "tens of thousands of people": "people" is the number's plain noun)
                c, partitive = pc, True
                if pc.cat == "detained":  # «تخفي مصير المئات من المختطفين»: a fate said right
                    j = bisect_left(cue_pos, qs) - 1  # before the count beats the held group
                    if j >= 0 and cues[j].cat == "missing" and not cues[j].weak \
                            and not ftext[cues[j].fe:qs].strip():
                        c = cues[j]
                elif lang == "ar" and pc.cat in _HELD_GROUPS | {"wounded"}:
                    # (session 14) «مقتل 12 من النازحين»، «اعتقلت 20 من الجرحى»، «بين القتلى 7 من
                    # اللاجئين»: a harm or holding said right before the count is what happened
                    # to the group; the group noun only says who they were
                    j = bisect_left(cue_pos, qs) - 1
                    if j >= 0 and not cues[j].weak and cues[j].cat in _HARM_BEFORE_GROUP and cues[j].cat != pc.cat \
                            and not ftext[cues[j].fe:qs].strip() and ftext[qs] != "و" \
                            and not _owned_by_number(ftext, cues[j].fs, num_ends, qe):
                        # (not «17 شهيداً وستة عشر ألفاً من الجرحى»: the noun of the count before)
                        c = cues[j]
                # "40 of the detainees died", "three of the wounded died": a killed verb
                # right after the group noun tells what happened to them
                k = _after_group(ftext, pc, cues, cue_pos, r, lang)
                if k is not None:
                    c = k
        own = c is not None
        if c is None:
            c, score = _best_cue(ftext, lang, qs, qe, cues, cue_pos, all_starts, r, used,
                                 num_ends=num_ends)
            if c is None and is_ar and ftext.endswith(_TWO_WORDS, qs, qe):
                k0 = bisect_left(cue_pos, qs)  # (session 17) «بلاغان عن مفقودين اثنين»، «هناك
                if k0 < len(cues) and cues[k0].fs == qs and cues[k0].fe < qe \
                        and cues[k0].cat in _FATES_HELD and not cues[k0].weak:
                    c, score, own = cues[k0], 0.0, True  # قتيلين اثنين»: with no cue around it,
                    # the number's own dual noun names what it counts (_own_cue leaves it to a
                    # verbal noun before: «وفاة موقوفين اثنين»)
            if c is not None and c.fe <= qs and lang == "ar" \
                    and (ftext[qs] == "و" or _AR_AND_WORD_BEFORE.search(ftext, max(0, qs - 24), qs)) \
                    and _owned_by_number(ftext, c.fs, num_ends, qe):
                # («148 مصاباً وانهيار 1260 منزلاً»: a verbal noun with و before the number)
                oc = cue_at.get(qe + 1)  # «3 وفيات و41 إصابة بالكوليرا»: the count joined by و
                if oc is not None and not oc.weak:  # has its own noun; the one before is
                    c, score, own = oc, 0.0, True  # the first count's
            if c is not None and c.fs > qe and c.cat != "other" \
                    and _sub_verb_after(ftext, lang, c, all_starts):
                # "استقبل 1240 مريضاً، توفي منهم تسعة", "... 861 حالة، توفي منها": the verb
                # with its partitive is the sub-count's, not the total's
                c, score = _best_cue(ftext, lang, qs, qe, cues, cue_pos, all_starts, r, used,
                                     skip=c.fs, num_ends=num_ends)
            if c is not None and c.fs > qe and c.cat != "other" \
                    and _subcount_between(ftext, qe, c.fs, all_starts, r):
                # "received hundreds of people, among them 41 with severe burns": the cue
                # after the sub-count is the sub-count's
                c, score = _best_cue(ftext, lang, qs, qe, cues, cue_pos, all_starts, r, used,
                                     skip=c.fs, num_ends=num_ends)
            if lang == "en" and c is not None and c.fe <= qs and c.cat != "other" \
                    and _NEW_EVENT.search(ftext, c.fe, qs):
                oc = cue_at.get(qe + 1)  # "arrested after an estimated 300,000 protesters"
                if oc is not None and oc.cat == "other" and not oc.weak \
                        and ftext[oc.ws:oc.fe] not in r.person_generic:
                    c, score, own = oc, 0.0, True
            if c is not None and c.weak and c.cat != "other" and c.fe <= qs:
                so = _specific_other_cue_after(ftext, qe, cues, cue_pos, r)
                if so is not None:  # "had reached some 150,000 people with food": the aid
                    c, score = so, 0.0  # phrase after the people names what they are
            if c is not None and c.fs >= qe and c.cat != "other" \
                    and _LOCATIVE_GAP.search(ftext, qe, c.fs):
                ov = _other_verb_left(ftext, qs, cue_end, r)  # "suspended distributions for
                if ov is not None:  # 300,000 people in camps": the camps are where they are
                    c, score = ov, 0.0
            if lang == "ar" and c is not None and c.fs > qe and c.cat in _FATES_HELD \
                    and _thing_list_before(ftext, qe, c, cue_starts, sr, r):
                c, score = None, MAX_SCORE + 1  # "استهدف 200 مدرسة ومركز إيواء": the shelters
                # are things targeted, not displaced people
            if c is not None and c.fe <= qs and c.cat in _FATES_HELD \
                    and _OPPONENTS[lang].search(ftext, max(0, qs - 40), qs):
                c, score, opponents = None, MAX_SCORE + 1, True  # "killed in a gunfight
                # with about 30 armed men", «في اشتباك مع نحو ثلاثين مسلحاً»: the other side
            if lang == "ar":
                svv = _subject_verb_ar(ftext, qe, cue_at, sr, num_set)
                sv = svv[0] if svv else None
                # the verb after the subject governs it when nothing closer does, or when it
                # takes the subject back as its object ("خطفوا أربعة ... وقتلوهم")
                if sv is not None and (sv is c or c is None or c.cat == "other"
                                       or score > SUBJECT_VERB_BELOW
                                       or ftext[sv.fe - 2:sv.fe] in ("هم", "هن")
                                       or (svv[1] and ftext[qs] == "و" and c.fe <= qs)):
                    # ("خمسة قتلوا وثلاثة جنود أصيبوا": و starts the count's own clause)
                    c, score, subj_verb = sv, 0.0, svv[1]
            if lang == "en" and (c is None or c.cat == "other" or score > SUBJECT_VERB_BELOW):
                # "Nine devotees, including six women, were killed": the verb after the
                # subject noun phrase
                sv = _subject_verb(ftext, qe, cue_at, sr)
                if sv is not None and not _count_object_after(ftext, sv.fe, num_starts):
                    c, score = sv, 0.0  # (not "Three explosions killed 12 people": the
                    # subject of an active verb with a count for its object is the agent)
        if lang == "en" and c is not None and c.cat == "other" and qe <= c.fs <= qe + 2 \
                and _REL_AFTER.match(ftext, c.fe):
            rv = _verb_after_relative(ftext, c.fe, cues, cue_pos)
            if rv is not None:
                c, score = rv, 0.0  # "three worshippers who tried to escape were shot dead",
                # "12 protesters who blocked the road were arrested": the main verb after the
                # crowd noun's relative clause tells what happened to them (gold_aq)
        if lang == "en" and c is not None and c.cat == "displaced" and c.fs > qe \
                and " back" in ftext[c.fe:c.fe + 80] and _NOUN_WHO.match(ftext, qe):
            for k in cues[bisect_left(cue_pos, c.fe):bisect_left(cue_pos, c.fe + 80)]:
                gap = ftext[c.fe:k.ws]
                if _COMMA.search(gap) or _HARD.search(gap):
                    break
                if k.cat == "other" and _PUSHED_BACK.match(ftext, k.ws):
                    c, score = k, 0.0  # (session 16) "312 Rohingya who had crossed the river
                    # overnight had been pushed back": the main verb after the crossers' relative
                    break
        if lang == "en" and c is not None and c.cat in ("detained", "wounded") and not c.weak \
                and c.fs >= qe and len(ftext[qe:c.fs].split()) <= 2 \
                and not _OF_THE_BEFORE.search(ftext, max(0, qs - 12), qs):
            # ("one of the 12 hostages had died": the verb is the one's)
            sv = _subject_verb(ftext, c.fe, cue_at, sr)  # "nine hostages were killed"
            if sv is not None and _number_in(all_starts, c.fe, sv.fs) \
                    and (_AUX_VERB.search(ftext, qe, c.ws)
                         or _cue_before_number(cue_pos, all_starts, c.fe, sv.fs)):
                sv = None  # "40 soldiers were wounded and 3 were killed", "30 prisoners
                # escaped and two guards were killed": once the count has its own verb, the
                # verb after "and <number>" is the second count's (but "12 inmates and two
                # guards had been injured" share one verb)
            elif sv is not None and " and " in (gap := ftext[c.fe:sv.fs]) \
                    and _AND_COUNT_GAP.fullmatch(gap) and _number_in(all_starts, c.fe, sv.fs):
                sv = None  # (session 18) "recorded 146 aid workers kidnapped and 260 wounded",
                # "30 teachers arrested and five killed": the second count is elided to its
                # number and its own participle; the first keeps its participle
            if sv is None and c.cat == "detained" and c.fs > qe and ftext.endswith("ed", c.ws, c.fe) \
                    and not _AUX_VERB.search(ftext, qe, c.ws):
                sv = _fate_after_participle(ftext, c.fe, cue_at)  # (session 15) "the 3 soldiers
                # captured on Monday had been killed": the participle is the noun's relative
            if sv is not None and sv.cat in _FATES and (c.cat == "detained" or sv.cat == "killed"):
                c, score, own = sv, 0.0, True  # ("four injured later died")
            elif c.cat == "detained" and (sv is None or sv.cat == "other"):
                e = sv if sv is not None and _norm_key(ftext[sv.ws:sv.fe]) in r.escaped \
                    else _escape_after(ftext, c.fe, cue_at, r)
                if e is not None and not (ftext[c.ws:c.fe] in _CAPTIVES
                                          and ftext[e.ws:e.fe] in _CAPTIVES_FREED):
                    c, score, own = e, 0.0, False  # "41 prisoners had broken out", "30 inmates
                # were at large": no longer held (but hostages who escaped their captors stay
                # held people, gold_n; and abductees rescued by forces are people freed from
                # captivity, `detained` by the session-9 decision, as gold_aa, al, am annotate)
        if lang == "ar" and c is not None and c.fs > qe:
            mv = _main_verb_after_relative(ftext, qe, c, cues, cue_pos)
            if mv is not None:  # (session 13) «3 ممن أصيبوا في الانفجار توفوا»: the relative
                c, score, own = mv, 0.0, False  # names the group, the verb after it its fate
        if is_ar and m.value == 1 and (c is None or c.fs > qe) and "احد" in ftext[qs:qs + 4]:
            pv = _ar_one_of_cue(ftext, qs, qe, cue_at)
            if pv is not None:  # (session 18) «أحد الموظفين المحتجزين، وهو ...، توفي»، «أحد
                c, score, own = pv, 0.0, True  # النزلاء الفارين قُتل»: "one of" a group, its own
                # harm predicate (numbers_ar one_of_harm) is what happened to it, not the group noun
        if is_ar and c is not None and c.cat == "displaced" and qe <= c.fs <= qe + 1 and not c.weak:
            # (session 18) the own noun of refugees, migrants or the displaced right after the count
            hv = _ar_fate_before_time(ftext, qs, cue_at)
            if hv is not None:  # «أوقفت السلطات هذا الشهر 64 لاجئاً»: the arrest verb before
                c, score, own = hv, 0.0, True  # a time phrase governs the count
            elif ("حتاج" in ftext[max(0, qs - 16):qs] or "حاج" in ftext[c.fe:c.fe + 60]
                  or "حتاج" in ftext[c.fe:c.fe + 60]) \
                    and (_AR_NEED_BEFORE.search(ftext, max(0, qs - 16), qs)
                         or _AR_NEED_AFTER.match(ftext, c.fe)):
                in_need = True  # «يحتاج 1.2 مليون لاجئ إلى مساعدات غذائية»: people in need now are
                # `other` (README session 8), whatever noun names them (set below)
        if lang == "ar" and c is not None and c.cat in _PEOPLE_HELD and not c.weak \
                and ((c.fs >= qe and (not ftext[qe:c.fs].strip()
                                      or _OTHERS_OF.fullmatch(ftext, qe, c.fs)))
                     or (own and c.fe == qe)):
            k = _killed_verb_after(ftext, c.fe, cue_at)
            if k is not None:  # "73 أسيراً استشهدوا", "أربعة جرحى توفوا لاحقاً"
                c, score, own = k, 0.0, True
            elif c.cat == "detained":
                w = _AR_WORD.match(ftext, c.fe)  # "40 سجينا فروا من السجن": escaped
                if w is not None and w.group(1) in _AR_ESCAPED \
                        and not _AR_CAPTORS.search(ftext, w.end(), w.end() + 50):
                    c, score, own = _Cue(w.start(1), w.end(), w.start(1), "other", False), 0.0, \
                        False
        if lang == "en" and c is not None and c.cat == "killed" and c.fs >= qe \
                and ftext.startswith("victims", c.ws) and len(ftext[qe:c.fs].split()) <= 2:
            sv = _wounded_after_victims(ftext, c.fe, cue_at)  # (session 15) "40 victims of
            if sv is not None:  # the blast were being treated": victims in care are the hurt
                c, score, own = sv, 0.0, True
        if is_ar and c is not None and (
                c.cat == "displaced" and _AR_FLED.match(ftext, c.ws) is not None
                or c.cat == "detained"
                and (fm := _AR_FLED_BEFORE.search(ftext, max(0, qs - 30), qs)) is not None
                and c.ws >= fm.start()) \
                and _AR_PRISON.search(ftext, max(0, qs - PRISON_REACH), qe + 80) is not None:
            # «البحث جار عن الفارين الخمسة» after a prison riot: escaped inmates are `other`
            # (README session 9), not people displaced; recaptured ones are held again
            # («أعادت القبض على السجناء الفارين الخمسة»: `detained`, README session 9)
            c = _Cue(c.fs, c.fe, c.ws, "detained" if _AR_ARREST_BEFORE.search(
                ftext, max(0, qs - 40), qs) else "other", False)
        if c is not None and (c.cat in ("detained", "wounded") or c.cat == "displaced" and is_ar) \
                and not c.weak and (c.fs >= qe or (own and c.fe == qe)):  # (own: "مقتل أسيرين";
            # session 17, Arabic: the displaced killed «أودت بحياة 43 نازحاً»، «إصابة 20 نازحاً»)
            d = _death_right_before(ftext, lang, qs, cues, cue_pos)
            if d is not None and (lang == "ar" or c.cat == "wounded") \
                    and (ftext[qs] == "و" or (d.fs - 1) in num_ends or d.fs in num_ends):
                d = None  # another count's noun: "سقط 60 قتيلا و120 جريحا"، (session 13) «خلفت
                # 12 قتيلاً و40 معتقلاً»: the 40 are held, not killed
            if d is not None and c.cat == "wounded" and (
                    d.cat != "killed" or not _DEATH_OF_WOUNDED[lang].fullmatch(ftext, d.fs, d.fe)):
                d = None  # "بعد وفاة ثلاثة جرحى", "توفي خمسة من المصابين": wounded who died
                # (not another count's noun: "سقط 60 قتيلا و120 جريحا")
            if d is not None:  # "the killing of 4 hostages", "مقتل ثلاثة من الأسرى"
                c, score, own = d, 0.0, True
        if lang == "ar" and (c is None or c.cat == "other" or c.fe <= qs):
            p_ = qs
            while p_ > 0 and ftext[p_ - 1] in " \t\u00a0\"«“":  # (session 18: a quote may
                p_ -= 1  # open before the count, «أنه أسر "أكثر من ٣٠٠ جندي وضابط"»)
            cb = cue_end.get(p_) if p_ < qs else None  # the cue right before the number
            if cb is not None and cb.cat == "other" and _strip_al(ftext[cb.ws:cb.fe]) in _AR_CAPTURE:
                nw0 = _NOUN.match(ftext, qe)
                if nw0 is not None and nw0.group(1) == "من":  # "أسر 40 من عناصر الميليشيا"
                    nw0 = _NOUN.match(ftext, nw0.end())
                if nw0 is not None and (nw0.group(1) in sr.persons or nw0.group(1) in _AR_OTHERS
                                        or nw0.group(1) in _AR_CAPTURED_FIGHTERS
                                        or nw0.group(1) in ("منهم", "منهن")):  # "وأسر ثمانية منهم"
                    # "أسر 12 عنصرا": capture, also after a farther cue or the count's plain
                    # noun («أسر 40 شخصاً»، «قتلوا وأسر 7 آخرون»)
                    c = _Cue(cb.fs, cb.fe, cb.ws, "detained", False)
            elif cb is not None and cb.cat == "killed" and ftext[cb.ws:cb.fe] == "فقد" and (
                        _AR_OTHERS_SUBJECT.match(ftext, qe)
                        or (ftext[cb.fs] == "و" and _AR_CLAUSE_END.match(ftext, qe)
                            and _AR_FATE_LIST_BEFORE.search(ftext, max(0, cb.fs - 40), cb.fs))):
                # "وفُقد 7 آخرون" unvowelled: «آخرون» is the subject of the passive (went
                # missing), not the object of «فقد» (lost: «فقد الجيش 12 آخرين»); so is a bare
                # count closing a list of passive fates: «قتل 12 وأصيب 30 وفقد 7.»
                c = _Cue(cb.fs, cb.fe, cb.ws, "missing", False)
        if lang == "en" and c is not None and not own and c.fe <= qs and c.cat in _FATES_HELD \
                and _thing_after_clause(ftext, fd, qs, qe, c, cue_starts, r, sr):
            c, score = None, MAX_SCORE + 1  # "arrested 457 and that more than 900 fires"
        if c is not None and not own and (c.weak or c.fe < qs and ftext[c.fe:qs].strip()
                                          or (c.fe <= qs and _owned_by_number(ftext, c.fs,
                                                                              num_ends, qe))):
            oc = cue_at.get(qe + 1)  # "the hospital received 50 casualties", "the strike
            # caused 26 casualties": a noun that always counts itself, right after the number
            if oc is not None and oc.cat == "other" and _norm_key(ftext[oc.ws:oc.fe]) in r.own_nouns:
                c, score, own = oc, 0.0, True
        if c is not None and c.cat != "other" and c.fs > qe and not own:
            oc = cue_at.get(qe + 1)  # "2,500 بلاغ من عائلات تبحث عن": the count's own noun
            if oc is not None and oc.cat == "other" and not oc.weak and oc.fe < c.fs \
                    and ftext[oc.ws:oc.fe] not in r.person_generic \
                    and (_PREP_GAP.match(ftext, oc.fe)
                         or (_norm_key(ftext[oc.ws:oc.fe]) in r.own_nouns
                             and (lang == "ar" or r.post_inherit.match(ftext, c.fe)))):  # "٤١٢ حالة إجهاد حراري،
                # توفي منها أربعة": the deaths are a part of the cases
                c, score, own = oc, 0.0, True
        if lang == "ar" and (c is None or c.cat in ("other", "strikes") or c.weak and not own) \
                and ftext.find("فقد", max(0, qs - 40), qs) >= 0:
            lc = _lost_kin(ftext, qs, qe, cue_end, sr)
            if lc is not None:  # «فقد ابنتيه»، «فقد شقيقه وثلاثة من أصدقائه في الغارة»: the
                c, score, own = lc, 0.0, True  # people one "lost" are dead (not the raid)
        if is_ar and c is not None and not own and ftext.startswith("ب", qs) and c.fe <= qs \
                and ftext.find("عدد", max(0, qs - TOLL_REACH), c.fs) >= 0:
            t = _toll_cue(ftext, lang, qs, cues, cue_pos, num_starts, r)
            if t is not None and t.fs < c.fs:  # (session 17) «مقدراً عدد المفقودين أثناء
                c, score, own, by_toll = t, 0.0, False, True  # الفرار بما بين 150 و200»: the
                # noun counted after «عدد» of an estimate verb, not a cue of its adverbial
        if c is None or c.cat == "other" or score > TOLL_KEEP \
                or (c.fs > qe + 3 and _NEW_CLAUSE_AFTER.match(ftext, qe) is not None) \
                or (c.fs > qe and not own and _number_in(all_starts, qe + 1, c.fs)
                    and _COMMA.search(ftext, qe, c.fs)):
            # («ارتفاع عدد ضحايا الحريق إلى ٢٣ شخصاً، بينهم ١٤ مريضاً كانوا يتلقون العلاج»:
            # a cue past a comma and another count is that count's)
            # ("Gaza toll passes 60,000 as strikes kill 47 more": the cue after "as" is the
            # next clause's)
            t = _toll_cue(ftext, lang, qs, cues, cue_pos, num_starts, r)
            if t is not None:  # "the death toll from ... rose to 1,340"
                c, score, own, by_toll = t, 0.0, False, True
        nw = _NOUN.match(ftext, qe)
        noun = nw.group(1) if nw else None
        if is_ar and noun is not None and _strip_al(noun) in _AR_OPENED_PLACES \
                and _AR_OPENED_BEFORE.search(ftext, max(0, qs - 40), qs):
            continue  # «فتحت السلطات 3 مدارس لإيواء العائلات»، «فتحت 18 طريقاً أمام العائدين»:
            # places opened or set up for people are no count of the people (gold_au)
        if lang == "en" and c is not None and nw is not None \
                and (c.cat == "other" and c.ws == nw.start(1)
                     or c.cat == "displaced" and c.ws > qe and " with " in ftext[c.fe:c.fe + 6]
                     and len(ftext[qe:c.ws].split()) <= 1):  # (session 18) "treated 73 new
            # arrivals with gunshot or shrapnel wounds", "refugees with bullet wounds"
            wm = _WITH_WOUND.match(ftext, c.fe)  # "received 41 patients with gunshot wounds"
            k = cue_at.get(wm.end()) if wm is not None else None
            if k is not None and k.cat == "wounded" and not k.weak:
                c, score, own = k, 0.0, True
        if c is not None and nw is not None and not own and not by_toll \
                and not (lang == "ar" and _person_dual(ftext, qs, qe, sr)) \
                and _wrong_object(c, qs, nw, cue_starts, fd, lang, sr):
            wrong = c
            c, score = None, MAX_SCORE + 1
            if wrong.cat == "strikes" and not wrong.weak:  # "hold 35 villagers after raid":
                c2, s2 = _best_cue(ftext, lang, qs, qe, cues, cue_pos, all_starts, r, used,
                                   skip=wrong.fs)  # the next cue may govern the people
                if c2 is not None and c2.cat != "strikes" \
                        and not _wrong_object(c2, qs, nw, cue_starts, fd, lang, sr):
                    c, score = c2, s2
        if lang == "en" and c is not None and c.fs >= qe and c.cat in _HELD_GROUPS \
                and not ftext[qe:c.fs].strip():
            k = _fate_of_group(c, cues, cue_pos, c.fe + 60, ftext)  # "1,180 prisoners who
            if k is not c:  # died under torture": their fate counts
                c, score, own = k, 0.0, True
        if c is not None and c.fs >= qe and c.cat in _HELD_GROUPS and not own:
            pm0 = r.post_inherit.match(ftext, qe)  # "Two of those released were wounded": the
            if pm0 is not None and not ftext[pm0.end():c.fs].strip():  # group's own fate
                k = _after_group(ftext, c, cues, cue_pos)
                if k is not None:
                    c, score, own = k, 0.0, True
        weak_c = c is not None and c.weak and not own and c.cat != "other" \
            and score <= INHERIT_BELOW
        # a sentence ends between the previous figure and this number
        hard_before = prev is not None and _HARD.search(ftext, prev[0], qs) is not None
        rel = prev is not None and c is not None and not own and c.fs >= qe \
            and _REL_AFTER.match(ftext, qe) \
            and r.inherit_before.match(ftext, qs) is not None
        if not rel and lang == "en" and c is not None and c.cat == "displaced" and c.fs > qe \
                and prev is not None and prev[1] in _FATES and ftext.startswith("shelter", c.ws) \
                and r.inherit_before.match(ftext, qs) is not None \
                and len(ftext[qe:c.ws].split()) <= 2:
            rel = True  # (session 18, gold_bo) "killed 23 people, among them at least eight
            # children sheltering there": the participle tells where they were, the toll's
            # fate governs the sub-count (not "of whom 317,000 were staying in evacuation centers")
        if prev is not None and (not hard_before
                                 or _of_them_next_sentence(ftext, prev[0], qs, qe, r, lang)
                                 and _event_before(ftext, qs, cues, cue_pos) is None) \
                and (c is None or c.cat == "other" or score > INHERIT_BELOW or weak_c or rel
                     or (partitive and c.cat not in ("killed", "wounded")
                         and r.inherit_before.match(ftext, qs) is not None)):
            # ("اعتقلت سبعة، بينهم اثنان من الفارين من السجن": a sub-count of the detained)
            inh = r.inherit_before.match(ftext, qs) or _inherit_past_determiner(ftext, qs, r)
            if inh is not None and inh[1] in _CONTAINS and len(ftext[prev[0]:inh[0]].split()) > 2 \
                    and not any(w in _AR_OTHERS for w in _WORD_RUN.findall(ftext, qe, qe + 30)[:2]):
                # «السجن يضم 9 آلاف نزيل» after another count: only «120 عائلة تضم 620 فرداً»
                # (or «... تضم نحو 180 ألف شخص آخرين»: more of the same)
                inh = None
            if inh is not None and c is not None and c.cat == "other" and c.fs >= qe \
                    and not ftext[qe:c.fs].strip() and " " in ftext[c.ws:c.fe].strip():
                inh = None  # "بينها 18 حالة تعذيب": a case noun with its event counts that
            pm = r.post_inherit.match(ftext, qe)
            if pm is not None and c is not None and pm.group().rstrip().endswith("more") \
                    and ftext[c.ws:c.fe] not in r.person_generic:
                pm = None  # "15 more faced death sentences": "more" only when nothing else counts
            if pm is not None and pm.group().rstrip().endswith("more"):
                nm = _NOUN.match(ftext, pm.end())  # "seven more soldiers had been shifted to
                if nm is not None and nm.group(1) in sr.persons:  # hospital in critical
                    pm = None  # condition": the people's own words in the sentence decide
            if pm is not None and c is not None and c.weak and c.cat == "wounded" and c.fs >= qe:
                pm = None  # "ووصفت حالة اثنين منهم بالحرجة": the condition word tells
            if pm is not None and lang == "ar" and pm.group().split()[-1] in _AR_OTHERS:
                wv = _weak_verb_left(ftext, qs, cue_end)
                if wv is not None:
                    c, score, own, pm = wv, 0.0, True, None  # "مقتل ١١ عنصراً وضبط ٥ آخرين":
                    # the weak verb right before the number governs its "others" (people caught)
            if pm is not None and hard_before and lang == "en" and _CLAUSE_THEN_COUNT.search(
                    ftext, max(prev[0], qs - 80), qs):
                pm = None  # (session 17) '"They came from two directions, about 70 or 80 of
                # them," he said': a group's size after its own clause, not a part of the count
                # in the sentence before (see group-size)
            if inh is None and (c is None or c.cat == "other" or c.weak
                                or (c.fs in used and c.fe <= qs)) \
                    and pm is not None \
                    and not _other_verb_before(ftext, qs, cue_end, r):
                inh = (qs, " ".join(pm.group().split()))  # "5 of them children", "خرج 22 منهم"
            if inh is None and lang == "ar" and not ftext[qs].isdigit() and not (own and c is not None and c.weak):
                inh = _inherit_before_noun(ftext, qs, r)  # "من بينهم تونسيان اثنان"
                # (not after «وضبط» of «مصرع ثلاثة منهم وضبط أربعة آخرين»: that verb governs)
            if inh is None and lang == "ar" and (ftext[qs] == "ب" or _ar_paren_count(ftext, qs, qe)) and prev[1] != "other" \
                    and (_AR_RANK.search(ftext, prev[0], qs) or _AR_RANK_AND.match(ftext, prev[0], qs)) \
                    and len(ftext[prev[0]:qs].split()) <= RANK_WORDS:
                inh = (qs, "rank")  # "احتجاز 97 شخصاً، تلتها قوات ... بـ61، ثم ... بـ29"
            if weak_c and inh is None:
                pass  # a weak verb near the number: only an explicit phrase overrides it
            elif inh is None and (prev[2] or prev[4]) and _joined(ftext, lang, prev[0], qs):
                inh = (qs, "and")  # "بينهم 212 طفلاً و97 سيدة"
            if inh is None and lang == "ar" and ftext[qs] == "و" and prev[1] != "other" \
                    and (noun is None or noun in sr.persons or noun in sr.stop
                         or noun in sr.lead or noun == "تحت"
                         or ftext[nw.start(1) - 1] in "لب" and ftext[nw.start(1) - 2].isspace()) \
                    and _list_item(ftext, prev[0], qs):
                inh = (qs, "list")  # "قتل 40، و23 تحت التعذيب، و286 من الفصائل"
            if inh is None and is_ar and prev[1] != "other" and (
                    ftext[qs] == "و" or ftext.startswith("ال", qs)) \
                    and (ftext.find("بين", max(prev[0], qs - 48), qs) >= 0
                         or ftext.find("منهم", max(prev[0], qs - 48), qs) >= 0
                         or ftext.find("ضمنهم", max(prev[0], qs - 48), qs) >= 0) \
                    and _AR_AMONG_LISTED.search(ftext, max(prev[0], qs - 48), qs):
                inh = (qs, "among:listed")  # «بينهم مدير الشركة ومهندسان»، «بينهم أم وأطفالها
                # الأربعة»: a listed person (a word or three), then a count of the same group
            if inh is None and lang == "en" and c is None and prev[1] != "other" \
                    and _en_list_item(text, fd, ftext, prev[0], qs, qe, sr, r):
                inh = (qs, "list")  # "79 fighters, 55 civilians ... as well as 18 Bedouin"
            if inh is None and ftext.find("(", prev[0], qs) >= 0 and _PAREN_AFTER.fullmatch(ftext, prev[0], qs):
                inh = (qs, "(")  # "2,450 families (about 14,000 people)"
            if inh is None and lang == "en" and prev[1] != "other" \
                    and (c is None or c.cat == "other") and _AMONG_THEM_AFTER.match(ftext, qe):
                inh = (qs, "among them")  # "adding that 16 women and eight children were
                # among them": a breakdown of the count before
            if inh is None and lang == "en" and prev[1] in _FATES_HELD \
                    and (c is None or c.cat == "other") and _were_people(ftext, qe, sr):
                inh = (qs, "were")  # "14 people died, and that 9 were children": what the
                # people of the count before were (session 13)
            if inh is None and c is not None and c.cat == "other" and noun in r.generic \
                    and noun == prev[3] and not r.barrier.search(ftext, prev[0], qs) \
                    and ftext[c.ws:c.fe] in r.person_generic \
                    and not _other_verb_before(ftext, qs, cue_end, r):
                inh = (qs, noun)  # "... 1,176 cases, followed by X with 438 cases"
                # (not after a specific `other` cue: "provided cash assistance to 3,300
                # families" counts aid recipients, whatever the families before were)
            if inh is not None and is_ar and inh[1] in _AR_NAMELY \
                    and ftext[max(0, qs - 30):qs].split()[-1:] != [inh[1]]:
                continue  # (session 17, gold_bl) «ثلاثة أشخاص، هم الطباخ واثنان من مساعديه»،
                # «ثلاثة من أفراد عائلتها، هم زوجها وطفلاها»: "namely" names the same people one
                # by one, the count in it is no sub-count (not «بينهم العريس وثماني نساء»)
            if inh is not None:
                cat, how, inherited = prev[1], f"inherit:{inh[1]}", True
        if cat is None:
            if (c is None or (c.cat == "other" and (own or ftext[c.ws:c.fe] in sr.persons
                                                    or ftext[c.ws:c.fe] in r.generic))) \
                    and not opponents \
                    and not _specific_other_after(ftext, qe, cues, cue_pos, r) \
                    and not _other_verb_before(ftext, qs, cue_end, r):
                # ("provided cash assistance to 3,300 families": aid recipients)
                # no cue, or only a generic "people"/"أشخاص"/"cases": look further in the
                # sentence
                fc = _fallback_cue(ftext, lang, qs, qe, cues, bisect_left(cue_pos, qs),
                                   num_starts, r, own, fd, used)
                if fc is not None and (fc.fs > qe and (
                        _sub_verb_after(ftext, lang, fc, all_starts)
                        or _owned_by_number(ftext, fc.fs, num_ends, qe))
                        or own and fc.fe <= qs and _owned_by_number(ftext, fc.fs, num_ends, qe)
                        and ftext[c.ws:c.fe] not in r.person_generic):
                    # («3 وفيات و41 إصابة بالكوليرا»: the deaths' noun is the 3's)
                    fc = None  # "258 حالة كوليرا، توفي منها 86": the sub-count's verb; "1,523
                    # cases and 23 deaths": the next count's own noun
                c = fc or c
            if c is not None and is_ar and c.cat == "other" and c.fs >= qe and ftext.find("و", c.fe, c.fe + 3) >= 0 \
                    and _AR_CROWD_PERSONS.match(ftext, c.ws):
                c = _ar_crowd_and_count_fate(ftext, c, cues, cue_pos, num_starts) or c
            if c is not None and prev is not None and c.fs < qe \
                    and _anaphora(ftext, qs, cues, cue_pos, r) \
                    and (c.cat == "other" or c.fe <= prev[0] or _other_cue_between(
                        cues, cue_pos, c, qs)):
                c = None  # "the number could be as high as 130": refers back («ثلاثة من
                # الجرحى توفوا، ليرتفع العدد إلى 61»: not to the cue before the last figure)
            if c is not None:
                cs, ce = fd.to_original(c.ws, c.fe)
                cat, how = c.cat, text[cs:ce]
                if is_ar and cat == "killed" and ftext.startswith("ضح", c.ws) and _ar_victims_with_killed(ftext, c.fe):
                    cat, how = "other", f"victims:{how}"  # «63 ضحية ...، بينهم 21 قتيلاً»: killed and hurt
                if cat == "strikes" and r.march_drone and _norm_key(ftext[c.ws:c.fe]) in r.march_drone \
                        and not _in_sentence(ftext, r.drone_ctx, c.ws, c.fe):
                    cat, how = "other", f"march:{how}"  # «14 مسيرة جابت الشوارع»، «ساروا في
                    # المسيرة»: marches, a crowd (no aircraft, launch, strike or air defence in
                    # the sentence: no drone)
                if not (subj_verb and not _OR_NEXT.match(ftext, c.fe)) \
                        and _mixed(ftext, lang, c, cues, cue_pos, num_starts, r):
                    cat, how = "other", f"mixed:{how}"  # "died or gone missing"
                elif lang == "ar" and _between_mixed(ftext, qe, cue_at, cues, cue_pos,
                                                     num_starts, r):
                    cat, how = "other", f"mixed-between:{how}"  # "45 ضحية بين قتيل وجريح"
        if cat is None or (cat == "other" and not inherited and c is not None
                           and ftext[c.ws:c.fe] not in sr.persons):
            pm = r.post_inherit.match(ftext, qe)  # "حيث يقيم نحو 2500 منهم في مدارس ومبان":
            g = _event_before(ftext, qs, cues, cue_pos) if pm is not None \
                and not _MORE.search(pm.group()) else None  # "of them": the group named before
            if g is not None and (cat is None or c.cat == "other") \
                    and not (c is not None and c.fs > g.fs and c.fe <= qs):
                cs, ce = fd.to_original(g.ws, g.fe)
                cat, how, c = g.cat, f"of-them:{text[cs:ce]}", g
        if cat is None and lang == "ar" and m.kind == "vague" and ftext.startswith("بال", qs) \
                and any(_strip_al(w) in sr.persons for w in ftext[max(0, qs - 30):qs].split()[-3:]):
            cat, how = "other", "group-in-their"  # «المسلحين جاؤوا بالمئات»: a group came in
            # its hundreds (gold_ab: attackers counted are `other`)
        if lang == "ar" and (cat is None or c is None or c.fe <= qs) \
                and (am := _AR_ATTACKERS_BEFORE.search(ftext, max(0, qs - 24), qs)) is not None \
                and not (c is not None and c.cat in _FATES_HELD and not c.weak
                         and "عدده" in am.group() and ftext[c.fs:c.ws].endswith("ال")
                         and c.fe <= am.start() and len(ftext[c.fe:am.start()].split()) <= 1):
            # (session 13: not the definite group of a victim category right before «عددهم»:
            # «المعتقلين يقدر عددهم بـ40»، «النازحين يقدر عددهم بنحو 3000», their own category)
            cat, how = "other", "attackers-numbered"  # «هجوم شنه مئات المسلحين»، «المهاجمين الذين
            # قُدّر عددهم بنحو 15»: the attackers' number (gold_ab, gold_j: `other`)
        if cat is None and lang == "en" and _NUMBERED_BEFORE.search(ftext, max(0, qs - 12), qs):
            cat, how = "other", "group-numbered"  # "the attackers numbered about 50": a group's
            # size (gold_ab, gold_ad: attackers counted are `other`)
        if cat is None and prev is not None and qs - prev[0] < ANAPHORA_REACH \
                and _anaphora(ftext, qs, cues, cue_pos, r):
            cat, how = prev[1], "anaphora"
            if cat == "other" and "killed" in seen.values() \
                    and _REVISED_BEFORE[lang].search(ftext, max(0, qs - 50), qs):
                cat = "killed"  # "said 2,445 people had been killed ... and 1,320 houses
                # destroyed. ... the figure had been revised to 'between 1,000 and 1,500'": a
                # revised figure is the death toll's, not the houses'
            elif cat != "killed" and "killed" in seen.values() \
                    and _EARLIER_FIGURE[lang].search(ftext, max(0, qs - 40), qs):
                cat = "killed"  # "had earlier given a figure of 40": a competing toll is the
                # death toll, whatever the count just before it
            elif cat == "wounded" and _TOTAL_ANY.search(ftext, max(0, qs - 60), qs):
                g = _event_before(ftext, qs, cues, cue_pos, total=True)
                if g is not None and g.cat == "killed":
                    cat = "killed"  # "12 had been killed and 30 injured, bringing the total
                    # to 4,100": the running total is the dead's
        if cat is None and prev is not None and prev[1] != "other" and lang == "en" \
                and not hard_before \
                and _AND_BEFORE["en"].search(ftext, max(0, qs - 8), qs) \
                and _WERE_AFTER.match(ftext, qe):
            cat, how, inherited = prev[1], "inherit:parallel", True  # "six of the dead were
            # village volunteers ... and two were civilians"
        if (cat is None or (c is not None and c.weak and not own and c.fe <= qs
                            and not inherited)) \
                and prev is not None and prev[1] != "other" and _NO_NOUN_AFTER.match(ftext, qe) \
                and not hard_before:
            v = _REPEAT_VERB[lang].search(ftext, max(0, qs - 30), qs)
            if v is not None and re.search(r"(?<!\w)[وف]?" + v.group(1) + r"(?!\w)",
                                           ftext[max(0, prev[0] - 120):prev[0]]):
                cat, how, inherited = prev[1], "inherit:repeated", True  # "X said it had
                # received the bodies of 9 people, and Y said it had received eight" (over a
                # weak cue before: "a second hospital said it had received six")
        if cat is None and prev is not None and not hard_before \
                and _COMPETING[lang].search(ftext, prev[0], qs) and _NO_NOUN_AFTER.match(ftext, qe) \
                and (_COMPETING_VERB[lang].search(ftext, max(0, qs - 45), qs)
                     or ftext.startswith("estimated ", qs)):
            cat, how, inherited = prev[1], "inherit:competing", True  # "قدّرت الشرطة عددهم
            # بـ130 ألف متظاهر، بينما تحدث المنظمون عن أكثر من مئتي ألف", "..., while activists
            # said 45.
        if cat is None and prev is not None and qs - prev[0] < 160 \
                and _NO_NOUN_AFTER.match(ftext, qe) \
                and ftext.find("\n", prev[0], qs) < 0 \
                and len(_HARD.findall(ftext, prev[0], qs)) == 1 \
                and (_COMPETING_VERB[lang].search(ftext, max(0, qs - 45), qs)
                     or ftext.startswith("estimated ", qs)):
            cat, how, inherited = prev[1], "inherit:competing-next", True  # "Organisers put
            # the crowd at 250,000; police estimated 60,000.", "... Police said 60,000.": the
            # bare count right after a new speaker's verb is the same count, competing
        if (cat is None or (cat == "other" and not inherited and c is not None
                            and ftext[c.ws:c.fe] in r.generic)) \
                and victim is not None and not _HARD.search(ftext, victim[0], qs) \
                and not _NEW_CONTENT.search(ftext, victim[0], qs) \
                and not _new_statement(ftext, victim[0], qs, r) \
                and _case_count(ftext, lang, qs, qe, r) \
                and not _named_cases_between(ftext, victim[0], qs, cues, cue_pos, r):
            cat, how, inherited = victim[1], "inherit:cases", True  # "استقبل ... 15 إصابة،
            # غادرت ثماني منها ...، فيما حُوّلت حالتان إلى مستشفى": the sentence's cases
        if cat is None and (prev is None or hard_before) \
                and m.value != 1:
            pm = r.post_inherit.match(ftext, qe)
            if pm is not None and not _MORE.search(pm.group()):
                cat, how = "other", "group-size"  # "The attackers came in large numbers,
                # several hundred of them": the size of a group named before, no victims
        if cat is None and prev is not None and _elided_place_item(text, fd, ftext, lang, prev[0], qs,
                                                                 qe):
            cat, how, inherited = prev[1], "inherit:elided", True  # "11 were neutralised in
            # Iraq ..., and eight in Syria": the verb of the count before, left out
        if cat is None and prev is not None and lang == "en" and ftext.endswith("(+", 0, qs) \
                and ftext[qe:qe + 1] == ")" and len(ftext[prev[0]:qs].split()) <= 5 \
                and not _HARD.search(ftext, prev[0], qs - 2):
            cat, how, inherited = prev[1], "inherit:delta", True  # (session 18, gold_bn) the
            # General Staff's daily tallies: "35,110 artillery systems (+27)": the day's rise
        if (cat is None or (cat == "other" and not inherited and c is not None
                            and ftext[c.ws:c.fe] in r.person_generic)):
            g = _count_named_before(ftext, lang, qs, cues, cue_pos, num_starts)
            if g is not None:
                cs, ce = fd.to_original(g.ws, g.fe)
                cat, how = g.cat, f"count-named-before:{text[cs:ce]}"
        if r.thing_duals and m.value == 2 \
                and (ftext[qs:m_qe] in r.thing_duals or ftext[qs + 1:m_qe] in r.thing_duals
                     or ftext[qs:m_qe] in _AR_VEHICLE_DUALS or ftext[qs + 1:m_qe] in _AR_VEHICLE_DUALS):
            if _AR_TAKEN_BEFORE.search(ftext, max(0, qs - 24), qs):
                continue  # (session 18) «سرقوا سيارتين»، «رصدت قاربين»، «استولوا على آليتين»:
                # things stolen, seized or spotted are no figure (session-9 decision)
            if _intercept_before(ftext, qs, r) or _hit_before(ftext, qs, r) \
                    or r.damaged_after.match(
                    ftext, qe, min(len(ftext), qe + 80)):  # "تدمير رصيفين", "خزانين اشتعلت"
                cat, how = "other", "destroyed:dual"
            elif cat != "other":
                continue  # "غرق قاربين": two boats sank, no people
        if lang == "en" and _VESSELS_SANK.match(ftext, qe):
            continue  # "after two boats sank", "three trawlers that capsized": the vessels that
            # went down are no count (their people are); "the navy sank 6 boats" stays a thing
        ied = lang == "ar" and ("عبو" in ftext[qs:m_qe] or _AR_BOMB_AFTER.match(ftext, m_qe)
                                or "مفخخ" in ftext[m_qe:m_qe + 9] and ftext[qs:qs + 3] in _AR_VEHICLE_DUAL) and (
            r.detonated_before.search(ftext, max(0, qs - 30), qs) is not None
            or ftext[qs] == "ب" and _TARGETED_WITH.search(ftext, max(0, qs - 40), qs) is not None
            or _AR_BLEW_AFTER.match(ftext, m_qe) is not None)  # «3 سيارات مفخخة انفجرت»
        if ied and "سيطر" in ftext[m_qe:m_qe + 40] and _AR_UNDER_CONTROL.match(ftext, m_qe):
            cat, how = "other", "defused"  # (session 18) «تفجير 11 عبوة ناسفة تحت السيطرة»:
            # devices the forces blew up in a controlled way are bombs defused, no attacks
        elif ied:  # «فجّروا عبوتين ناسفتين»، «استهدفوا حافلة بعبوتين ناسفتين»: bombs set off are
            cat, how = "strikes", "ied"  # strikes (gold_r), unlike bombs found or defused
        if not ied and lang == "en" and ftext.startswith((" shoot", " firef", " gunf", " gun b"), qe) \
                and _EVENTS_NOUN.match(ftext, qe):
            ied, cat, how = True, "strikes", "events-counted"  # (session 18, gold_bo) a monitor's
            # count of gun violence: "has counted 1,421 shootings" (events counted, session 8;
            # not "14 conflicts that could have turned into shootings")
        elif not ied and _struck_facility(ftext, lang, qs, qe):
            ied, cat, how = True, "strikes", "struck-facility"  # "jets struck nine militant
            # sites", «هاجموا ثلاثة معسكرات»، «استهدف أكثر من 230 مركزاً»: targets struck
        nc = r.not_counted.match(ftext, qe) if not ied else None
        # a dual noun counts itself: the word after it is no noun of its count unless it is a
        # dual adjective («عبوتين ناسفتين»): «استهدفت بصاروخين سيارة» (the verb's object)
        dual_self = is_ar and m.value == 2 and ftext.endswith(("ين", "ان"), qs, m_qe) \
            and " " not in ftext[qs:m_qe] and m.rule.startswith("ar.words") \
            and ftext[qs:m_qe].lstrip("وفبل") not in _AR_TWO_WORDS \
            and nw is not None and not nw.group(1).endswith(("ين", "ان"))
        if nc is not None and lang == "ar" and ftext.startswith(" و", qe):
            w_ = _AR_WORD.match(ftext, qe)  # «جثث المسلحين الخمسة وأحزمة ناسفة»: a thing joined
            if w_ is not None and r.not_counted.match(" " + w_.group(1)[1:]) is not None:
                nc = None  # by و is the next item of the list, not the number's noun
        if nc is not None and dual_self:
            nc = None
        blocked = nc is not None and not (cat == "strikes" and c is not None
                                          and qe <= c.ws <= qe + 2 and c.fe >= nc.end())
        if blocked and is_ar and c is not None and c.fe <= qs and ftext.startswith("محاول", c.ws):
            continue  # (session 18) «أحبطت محاولة تهريب (240) كيلوغراماً من القات»، «محاولة تهريب
            # مليون حبة»: the goods of one attempt, no count of attempts (goods: no figure)
        # («ثلاث عبوات ناسفة استهدفت دورية»: a longer strike cue that begins with the noun; or
        # one as long, session 17: "six drone boats" launched are a strike cue, "boats" a thing)
        if lang == "en" and not blocked and i + 1 < len(found):
            om = _OF_WHOLE.match(ftext, qe)  # "29 of the country's 47 counties": places too
            if om is not None and om.end() == found[i + 1][0] \
                    and r.places.match(ftext, found[i + 1][1]):
                continue
        if blocked and r.places.match(ftext, qe):
            continue  # "at least 20 villages had been razed": places are no figures
        destroyed = (blocked and lang == "ar" and r.damaged_after.match(
            ftext, qe, min(len(ftext), qe + 60)) is not None) or (blocked or cat in (
                "strikes", "other") or (
            cat is not None and nw is not None
            and (subject or noun).rsplit(None, 1)[-1] not in sr.persons  # ("people whose
            # homes were damaged" are no things destroyed; "4 police stations" are)
            and _cue_at_word(ftext, nw.start(1), r) in (None, "other"))) \
            and _destroyed(ftext, lang, qs, qe, all_starts, r, sr, cues, cue_pos)
        # ("112 officers had been injured, 4 police stations set on fire": things, not people)
        if cat == "strikes" and prev_destroyed and is_ar and ftext[qs] == "و" and not destroyed \
                and c is not None and c.fe <= qs and prev is not None and prev[1] == "other" \
                and (not ftext[prev[0]:qs].strip() or _joined(ftext, lang, prev[0], qs)):
            destroyed = True  # (session 17) «الغارات دمرت رافعتين وثلاثة خزانات وقود»: the
            # strikes that destroyed the first item are no noun of the next one
        if (blocked or (cat is None and prev_destroyed and lang == "ar" and m.value == 2
                        and not ftext[qs].isdigit())) \
                and not destroyed and prev is not None and prev[1] == "other" \
                and prev[3] is not None and prev[3] not in r.person_generic \
                and (_joined(ftext, lang, prev[0], qs)
                     or lang == "en" and prev_destroyed and _EN_COMMA_ITEM.fullmatch(ftext, prev[0], qs)):
            # (an Arabic dual noun is its own noun: "دمرت ثلاث مضافات وعجلتين")
            destroyed = True  # "3 tanks and 40 vehicles", "خمسة منازل وست مركبات": the list
            # of things goes on
        if destroyed:  # "destroyed at least six tanks", "42 cars set on fire"
            cat, how = "other", f"destroyed:{how or 'damaged'}"
        elif blocked and not (inherited and cat == "other"):
            present_end = qe
            continue  # "warnings for 14 districts", "700 aid trucks were waiting"
            # (but "set fire to 42 cars, including 31 police cars": part of a count of things)
        if (cat is None or (cat == "other" and not inherited and (
                not own or ftext[c.ws:c.fe] in r.person_generic))
                or (cat == "displaced" and seen.get(m.value) == "detained")
                or (cat == "wounded" and c is not None and c.weak  # "all 20 were beaten": the
                    and seen.get(m.value) == "detained")) \
                and m.value != 1 \
                and (_back_reference(ftext, lang, qs, noun, sr, r)
                     or (lang == "ar" and cat is None
                         and ((m.value == 2 and _DEFINITE_DUAL.match(ftext, qs, qe)
                               and ftext[qs:qe].lstrip("وفب")[2:] not in r.thing_duals)
                              or _definite_count_of_people(ftext, lang, qs, cue_starts, sr)))) \
                and (m.value in seen or (
                    start > 0 and m.value in (earlier if earlier is not None else (
                        earlier := _victims_before(text, language, start))))):
            # ("أن الطفلين يبلغان من العمر ...": the two children counted before, gold_m)
            # ("the four had crossed into Israel": the freed hostages counted before)
            # («إن المجندات الأربع عدن إلى ...»: the four conscripts freed before, gold_b,
            # gold_j; the count before may be in the narration before the first claim)
            cat, how = seen.get(m.value) or earlier[m.value], "back-reference"  # "... freed
            # three hostages. The Red Cross said it had transported the three men": the same
            # people again
        if cat is None and lang == "ar" and noun is not None \
                and _strip_al(noun) in r.struck_targets:
            if r.strike_times.search(ftext, max(0, qs - 30), qs) is not None:
                cat, how = "strikes", f"targets:{noun}"  # "قصفت الطائرات ١٢ موقعاً للمسلحين"
            elif not _cue_just_before(ftext, qs, cues, cue_pos):
                continue  # "أعاد انتشاره في ١٢ موقعاً": places, no figure (not "أخمدوا حرائق
                # في ١٩ موقعاً": fires in 19 sites are counted)
        if lang == "en" and cat == "other" and c is not None and c.fs >= qe \
                and ftext[c.ws:c.fe] in _GATHERED:
            j = bisect_left(cue_pos, c.fe)
            k = cues[j] if j < len(cues) else None
            if k is not None and k.cat == "displaced" and not k.weak \
                    and len(ftext[c.fe:k.fs].split()) <= 5 and not _COMMA.search(ftext, c.fe, k.fs) \
                    and not _HARD.search(ftext, c.fe, k.fs):
                cat, how = "displaced", f"gathered:{ftext[k.fs:k.fe]}"  # "about 3,000 people
                # had gathered around the clinic seeking safety": a crowd of people who fled
        if lang == "en" and cat != "killed" and ftext.startswith(" lives", qe) \
                and _LIVES_VERB.search(ftext, max(0, qs - 24), qs):
            cat, how = "killed", "lives-claimed"  # "the air strike claimed 22 lives", "cost
            # 14 lives": the lives taken are the dead, whatever event noun stands before
        if lang == "en" and cat in ("killed", "other") and "victim" in ftext[qe:qe + 40] \
                and "victim" in how \
                and (vm := _VICTIMS_FATE.match(ftext, qe)) is not None:
            # (session 16) "eight of the rescued victims sustained varying degrees of
            # injuries", "five of the victims were abducted": the verb after the noun tells
            # their fate; "victims" alone stays the dead
            cat, how = ("wounded" if vm.group(1) is None else "detained"), "victims-fate"
        if lang == "en" and cat == "detained" and how in _HELD_NOUNS \
                and (em := _HELD_EVACUATED.match(ftext, qe)) is not None:
            # (session 17) "Hundreds of inmates were moved out of the custodial centre after the
            # walls collapsed", "300 prisoners were evacuated": the held people evacuated
            # (session-9 decision: people evacuated are `displaced`); "transferred" stays
            cat, how = "displaced", f"held-evacuated:{em.group(1)}"
        if lang == "en" and not inherited and noun is not None and noun in sr.persons \
                and (cat is None or cat == "other" or (cat == "displaced" and c is not None
                                                        and c.fs >= qe)) \
                and _TAKE_BEFORE.search(ftext, max(0, qs - 24), qs) \
                and _TAKEN_AFTER.match(ftext, qe):
            cat, how = "detained", "taken-away"  # "gunmen took at least 20 people from the
            # village", "had taken 15 men from their homes": people carried off by an active
            # verb whose place word follows the counted people (not "took 30 people to hospital")
        if cat is None and is_ar and ftext[qs] == "و" \
                and _AR_NAMELY_BEFORE.search(ftext, max(0, qs - 40), qs):
            continue  # (session 17) «أوقفت أربعة أشخاص، هم صاحب المصنع وثلاثة من عماله»: the
            # people the count names one by one
        if cat is None and not is_ar and ftext.find("cases", qe, qe + 80) >= 0 \
                and _LONG_CASES_AFTER.match(ftext, qe):
            cat, how = "other", "long-cases"  # (session 18) "41,000 suspected cholera and acute
            # watery diarrhoea cases", "12,000 suspected measles and rubella cases": disease
            # cases named by a long string of modifiers are cases (session-8: `other`)
        if cat is None and subject is not None and m.value != 1 \
                and not _definite_word(ftext, lang, qs):
            # a count of something else: "23 enemy tanks" (not "one": "from one family";
            # not places or aid vehicles: "11 districts", "700 aid trucks")
            cat, how = "other", f"noun:{subject}"
            if lang == "en" and not _counted_thing(subject, sr, r) \
                    and not _destroyed(ftext, lang, qs, qe, all_starts, r, sr, cues, cue_pos):
                continue  # "visited 33 sites", "found hundreds of shoes", "2,000 ships
                # diverted": things that are neither people, events nor things destroyed
            if lang == "ar" and noun is not None and _strip_al(noun) in _AR_FACILITIES \
                    and not _destroyed(ftext, lang, qs, qe, all_starts, r, sr, cues, cue_pos):
                present_end = qe
                continue  # «١٨ مستشفى فقط من أصل ٣٦ تعمل جزئياً»: facilities working or
                # closed are no figure (gold_y; as in English, where they are no counted thing)
            if lang == "ar" and (noun is None or noun not in sr.persons) \
                    and r.seized_before.search(ftext, max(0, qs - 24), qs):
                continue  # «ضبط 3 مخازن أسلحة»، «صادرت 40 قطعة سلاح»: things seized are no
                # figure (gold_q, gold_t, gold_ab)
        if is_ar and inherited and how == "inherit:and" and noun is not None and noun not in sr.persons \
                and r.seized_before is not None and any(
                    prev[0] < n < qs and r.seized_before.search(ftext, max(0, n - 24), n) for n in all_starts):
            continue  # «اعتقلت 20 شخصاً وصادرت 15 سيارة و40 هاتفاً»: the list after the seizure is of things seized
        if lang == "ar" and c is not None and cat in _PEOPLE_HELD and c.fe <= qs \
                and c.fs == c.ws and not ftext[c.fe:qs].strip():
            d = cue_end.get(c.fs - 1)  # "وفاة محتجزين اثنين": the death governs the held
            if d is not None and _strip_al(ftext[d.ws:d.fe]) in _DEATH_NOUNS:
                cs, ce = fd.to_original(d.ws, d.fe)
                cat, how = "killed", f"death-of:{text[cs:ce]}"
        if is_ar and cat in _PEOPLE_HELD and (
                ftext.startswith(_AR_BODY_DUALS, qs)
                or (bm := _AR_BODIES_BEFORE.search(ftext, max(0, qs - 12), qs)) is not None
                and bm.start() - 1 not in num_ends0 and ftext[qs] != "و"):
            # (not «انتشال 12 جثة و7 مفقودين»: the bodies are counted, the next count is new)
            cat, how = "killed", "bodies-of"  # «عثر على جثتي اثنين منهم»، «انتشلت جثث ثلاثة من
            # المفقودين»: the bodies of the held or missing are the dead (README: جثث → killed)
        if c is not None and c.fs >= qe and (cat in _RESCUABLE or (
                cat in ("killed", "wounded") and _rescued_verb(ftext, qs, r))) \
                and not (cat == "killed" and not ftext[qe:c.fs].strip()
                         and ftext[c.ws:c.fe] not in ("lives", "life")) \
                and not (partitive and cat == "detained") \
                and not _rescued_abductees(ftext, lang, qs, qe) \
                and not (cat == "detained" and (_strip_al(ftext[c.ws:c.fe]) in _HELD_BY_CAPTORS
                                                or _TAKEN_REL.fullmatch(ftext, c.ws, c.fe)
                                                # (session 17) "rescued 11 victims from the
                                                # kidnappers' den": held people freed
                                                or ftext.startswith("victim", c.ws)
                                                and " from " in ftext[c.ws:c.fe])) \
                and not (cat == "wounded" and not c.weak
                         and not _CARE_WORD.search(ftext, c.ws, c.fe)) \
                and _rescued_right_before(ftext, qs, r):
            cat, how = "other", f"rescued:{how}"  # "إنقاذ 37 شخصاً كانوا محتجزين" (not "rescued
            # 11 of the captives": freed hostages stay held people, gold_m/gold_o)
        elif cat == "killed" and c is not None and c.fe <= qs and ftext[c.ws:c.fe] == "lives" \
                and _rescued_right_before(ftext, qs, r):
            cat, how = "other", f"rescued:{how}"  # "saved the lives of 30 migrants": people saved
        if cat == "missing" and c is not None and c.fs >= qe and _TRAPPED_WORD.match(ftext, c.ws) \
                and r.freed_before.search(ftext, max(0, qs - 24), _unquoted(ftext, qs)):
            cat, how = "other", f"freed-trapped:{how}"  # «وحررت ٢٧ نزيلاً كانوا عالقين داخل
            # المبنى», "freed 27 guests who were trapped": people trapped and freed are rescued
            # (gold_ab), not hostages
        if lang == "en" and cat == "other" and c is not None and c.fe < qs and noun is not None \
                and noun in r.rescued_from and ftext[c.ws:c.fe].startswith(("rescu", "pulled", "evacuat")):
            continue  # "rescued 27 fishermen from three trawlers": the boats are no people
        if cat == "other" and c is not None and c.fe <= qs and _rescued_verb(ftext, qs, r) \
                and _rescued_abductees(ftext, lang, qs, qe):
            cat, how = "detained", f"freed-abductees:{how}"  # "security forces had since
            # rescued 12 of the children" after an abduction (gold_m)
        if cat == "other" and not is_ar and c is not None and c.fe <= qs \
                and (ftext.find("recruit", qe, qe + 70) >= 0 or ftext.find("soldiers", qe, qe + 40) >= 0
                     or ftext.find("conscript", qe, qe + 70) >= 0) \
                and _RECRUITED_AFTER.match(ftext, qe) and _FREED_BEFORE.search(ftext, max(0, qs - 40), qs):
            cat, how = "detained", f"freed-recruits:{how}"  # (session 18, gold_bp; UNICEF, army
            # and police styles) "troops rescued 14 children forcibly recruited by armed groups",
            # "freed 12 child soldiers": people freed from an armed group's hold, as freed
            # abductees (session-9 decision)
        if cat == "displaced" and lang == "ar" and c is not None \
                and _ESCAPE_WORD.match(ftext, c.ws) and (
                    (_in_sentence(ftext, _HOSTAGE_CONTEXT[lang], qs, qe)
                     and not _TO_PLACE.match(ftext, c.fe))  # ("فروا إلى الأدغال": fled)
                    or (_MANAGED.search(ftext, max(0, c.fs - 12), c.fs)
                        and _HOSTAGE_CONTEXT[lang].search(ftext, max(0, qs - CONTEXT_REACH),
                                                          qs))):
            cat, how = "detained", f"escaped-hostages:{how}"  # "نحو ثمانين راكباً تمكنوا من
            # الفرار" from hijackers (gold_n: escaped hostages are held people)
        if cat == "displaced" and c is not None and _DEPORT.match(ftext, c.ws) \
                and _PRISON_CONTEXT[lang].search(ftext, max(0, qs - CONTEXT_REACH), qs):
            cat, how = "detained", f"deported-prisoners:{how}"  # "70 of them would be deported
            # abroad": released prisoners (gold_l, gold_n, gold_o)
        if cat == "wounded" and c is not None and c.weak and not inherited and prev is not None \
                and prev[1] == "detained" and r.post_inherit.match(ftext, qe) \
                and not _wound_named_after(ftext, lang, qe):
            cat, how = "other", f"patients:{how}"  # "بين المفرج عنهم 111 ...، سبعة منهم نُقلوا
            # إلى المستشفى": freed prisoners admitted to hospital are patients (gold_l)
        if lang == "ar" and cat == "wounded" and c is not None and not inherited and prev is not None \
                and prev[1] == "other" and prev[0] <= c.ws and c.fe <= qs and r.post_inherit.match(ftext, qe) \
                and _hospital_after(ftext, lang, qe, all_starts, qs):
            cat, how = "other", f"patients:{how}"  # «43 شخصاً تلقوا إسعافات بسبب الاختناق، نُقل
            # سبعة منهم إلى المستشفى»: a sub-count of people treated (other) is patients too (gold_ad)
        if cat == "wounded" and c is not None and not inherited and c.fs >= qe \
                and _bare_count_of_held(ftext, lang, qs, qe, c) \
                and not _wound_named_after(ftext, lang, qe):
            cat, how = "other", f"patients:{how}"  # "the detainees were beaten and that six had
            # been taken to hospital": the held people named before, now patients (gold_l)
        if cat == "other" and inherited and _hospital_after(ftext, lang, qe, all_starts, qs):
            cat, how = "wounded", f"hospital:{how}"  # "rescued 83 others, 11 of whom were
            # taken to hospital": survivors taken to hospital are hurt
        elif cat == "killed" and inherited and lang == "en" and _OTHERS_NEXT.match(ftext, qe) \
                and _hospital_after(ftext, lang, qe, all_starts, qs):
            cat, how = "wounded", f"hospital:{how}"  # "the bodies of 27 were recovered and about
            # 40 others had been taken to clinics": the others beside the dead, in care, are hurt
        elif cat == "detained" and _hospital_after(ftext, lang, qe, all_starts):
            cat, how = "other", f"patients:{how}"  # "four had been taken straight to hospital",
            # «أربعة من الأسرى نُقلوا فور وصولهم إلى المستشفى»: held or freed people taken to
            # hospital are patients (gold_l, gold_r)
            if _wound_named_after(ftext, lang, qe):
                cat, how = "wounded", f"hospital-wound:{how}"  # "11 prisoners had been taken to
                # hospital with gunshot and knife wounds": a wound named makes them hurt (gold_as)
        if cat == "wounded" and c is not None and not _INJURY[lang].search(ftext, c.ws, c.fe + 12) \
                and not _INJURY[lang].search(ftext, qe, min(len(ftext), qe + 24)) \
                and _in_sentence(ftext, r.disease, qs, qe) \
                and not (lang == "ar" and _INJURY["ar"].search(ftext, qe, _clause_end_ar(ftext, qe))):
            # (an injury word right after the count: «إصابة 67 آخرين بحروق واختناق» in a fire
            # at a COVID ward)
            cat, how = "other", f"disease:{how}"  # "the outbreak has infected nearly 10,000",
            # «١٣٢٠ مريضاً يتلقون العلاج في مراكز الكوليرا»: disease cases and patients (gold_o,
            # gold_s), not injuries
        elif lang == "en" and cat == "wounded" and c is not None \
                and _CARE_ONLY.fullmatch(ftext, c.ws, c.fe) \
                and not _INJURY[lang].search(ftext, qe, min(len(ftext), qe + 24)) \
                and _OUTBREAK_LEAD.search(ftext, 0, min(len(ftext), LEAD_REACH)):
            cat, how = "other", f"outbreak-story:{how}"  # a dengue story's "2,187 patients had
            # been admitted to hospitals": care with no harm named, in a story whose lead names
            # the disease, counts patients (session-8 decision: disease cases are `other`)
        elif (cat in ("displaced", "detained", "missing") and not own
              or cat == "killed" and how == "inherit:cases") \
                and _CASES_AFTER[lang].match(ftext, qe) and _in_sentence(ftext, r.disease, qs, qe):
            cat, how = "other", f"disease-cases:{how}"  # «ما بين 30 و40 حالة جديدة تصل يومياً،
            # أغلبها من مخيمات النازحين»: cases of the outbreak, whatever the camps after them;
            # (session 17, gold_bl) nor the deaths counted before them: «... بينها 389 وفاة،
            # مشيرة إلى تسجيل 1.135 حالة جديدة و47 وفاة»
        if lang == "ar" and cat in ("killed", "wounded") and not inherited \
                and "بين" in ftext[qe:qe + 60] and _AR_BETWEEN_MIXED.match(ftext, qe):
            cat, how = "other", f"mixed-between:{how}"  # «بسقوط 14 مهاجراً إفريقياً بين قتيل
            # وجريح»: a combined count (session-8 decision), whatever verb stands before it
        elif cat == "wounded" and c is not None and c.fs >= qe and not inherited \
                and _AND_SICK[lang].match(ftext, c.fe):
            cat, how = "other", f"wounded-and-sick:{how}"  # «43 مصاباً ومريضاً», "evacuated 60
            # wounded and sick children": patients of both kinds, a combined count (gold_as)
        if cat in _FATE_RULE_CATS:  # (the rules below only ever change these categories)
            if cat == "wounded" and _discharged(ftext, qs, c.fe if partitive else qe, r,
                                                num_starts=all_starts):
                cat, how = "other", f"discharged:{how}"  # "97 مصابا غادروا المستشفيات"
            elif cat == "displaced" and lang == "ar" and c is not None and c.fe <= qs \
                    and _AR_LEAVE_HOSPITAL.match(ftext, c.ws, qs) and _AR_HOSPITAL_NEXT.match(ftext, qe):
                cat, how = "other", f"discharged:{how}"  # «غادر أربعة المستشفى بعد تلقيهم
                # الإسعافات»: patients who left hospital (gold_aq), not people who left home
            elif cat == "wounded" and noun in r.patient_nouns and c is not None and c.fs >= qe \
                    and _norm_key(ftext[c.ws:c.fe]) in r.treat_cues \
                    and not r.treat_wound.match(ftext, c.fe, c.fe + 60):
                cat, how = "other", f"patients:{how}"  # "60 patients were still being treated",
                # «ستين مريضاً ما زالوا يتلقون العلاج»: patients, no injury named (gold_q, gold_w)
            elif cat == "missing" and lang == "en" and c is not None and c.fs >= qe \
                    and ftext.startswith("trapped", c.ws) and _IN_NAMED_PLACE.match(
                        text, fd.orig(c.fe - 1) + 1):
                cat, how = "other", f"besieged:{how}"  # "260,000 people remain trapped in El
                # Fasher": people cut off in a city (gold_h, gold_z), not trapped under rubble
            elif cat == "displaced" and lang == "en" and not inherited \
                    and (_CREW_OF.search(ftext, max(0, qs - 12), qs)
                         or _CREW_AFTER.match(ftext, qe)):
                cat, how = "other", f"crew:{how}"  # "crew of 22 evacuated", "18 sailors were
                # evacuated from the burning tanker": a ship's crew taken off are rescued (gold_t)
            elif cat == "detained" and lang == "en" and not inherited and c is not None \
                    and ftext[c.ws:c.fe] in _HOLDING_WORDS \
                    and _shelter_before(ftext, qs):
                cat, how = "displaced", f"sheltered:{how}"  # "relief camps were housing 58,000
                # inmates", "the reception centre ... was now holding close to 900": people a
                # shelter holds are the displaced (gold_q, gold_w), not detainees
            elif cat == "detained" and c is not None and not inherited and c.fs >= qe \
                    and " not " in ftext[c.fs:c.fe] and "return" in ftext[c.fs:c.fe] \
                    and _BOAT_BEFORE.search(ftext, max(0, qs - 40), qs):
                cat, how = "missing", f"boat-not-back:{how}"  # "two boats carrying about 30 men
                # had not returned": people at sea not back are missing, not abducted
            elif cat in ("displaced", "detained") and c is not None and not inherited \
                    and _fate_unknown_after(ftext, c, qs, cues, cue_pos, all_starts):
                cat, how = "missing", f"fate-unknown:{how}"  # "dozens fled into the bush and have
                # not returned", "2,590 Yazidis abducted in 2014 remain missing": their fate is
                # unknown (gold_w, gold_z)
            elif noun is not None and not inherited and not dual_self \
                    and how not in ("ied", "struck-facility") and (
                    cat == "strikes" or cat == "wounded" and lang == "ar" and c is not None
                    and c.fe <= qs and ftext.startswith("اصاب", c.ws)) \
                    and (noun if lang == "en" else _strip_al(noun)) in r.hit_things:
                cat, how = "other", f"hit-thing:{how}"  # "shells had hit at least four houses":
                # buildings hit, not strikes (gold_g, gold_z)
            elif cat in ("detained", "displaced") and not inherited \
                    and _CARE_BEFORE[lang].search(ftext, max(0, qs - 40), qs):
                cat, how = "other", f"care:{how}"  # "provided medical care to 52 of the freed
                # migrants", «قدمت الرعاية الطبية لـ٤٦ من المحررين»: patients (gold_e, gold_z)
            elif is_ar and cat in ("detained", "displaced", "wounded", "killed") and not inherited \
                    and (c is None or c.fs >= qe or not own) \
                    and _AR_AID_TO_BEFORE.search(ftext, max(0, qs - 30), qs):
                cat, how = "other", f"vaccinated:{how}"  # (session 18) «أوصلت لقاحات لنحو 150 ألف
                # طفل»: people vaccinated (README session 8: vaccinated people `other`)
            elif cat == "displaced" and c is not None and c.fs > qe and not inherited \
                    and _TREATED_AT.search(ftext, qe, c.fs):
                cat, how = "other", f"patients:{how}"  # "1.7 lakh people were treated at
                # emergency heat shelters": patients treated there (gold_w)
            elif cat == "displaced" and lang == "en" and c is not None and c.ws >= qe \
                    and not inherited and _DIED_AFTER.match(ftext, c.fe):
                cat, how = "killed", f"refugees-died:{how}"  # "some 427 Rohingya refugees are
                # feared to have drowned", "40 migrants died": the noun names who, the verb the toll
            elif cat == "displaced" and noun in r.patient_nouns and not inherited:
                cat, how = "other", f"patients:{how}"  # "evacuated 120 patients to other hospitals",
                # «إخلاء نحو مئة وعشرين مريضاً»: patients moved, not people displaced (gold_w)
        if (cat in ("other", "detained") or cat == "killed" and c is not None
                and ftext.startswith("victims", c.ws)) and lang == "en" \
                and (not inherited or cat == "other") and _any_in(ftext, qe, _SHELTER_GATE) \
                and _MOVED_TO_SHELTER.match(ftext, qe):
            cat, how = "displaced", f"moved-to-shelter:{how}"  # "nearly 800,000 people had been moved
            # to 9,000 cyclone shelters", "3,000 families were taken to evacuation centres"; (session
            # 17, gold_bi) "42 families from the vicinity had been shifted to two relief camps",
            # "4,862 people had been moved to 57 safety centres", "15,000 were in 120 evacuation
            # centres", "90 households were put up in community halls"; a part of the affected
            # with its own verb: "1.2 million affected, of whom 297,000 were staying in 2,300
            # evacuation centers"; flood victims so moved are no toll ("14,880 flood victims were
            # housed at 212 relief centres", Malaysian style)
        if cat == "missing" and _any_in(ftext, qe, _FOUND_GATE[lang]) \
                and _discharged(ftext, qs, c.fe if partitive else qe, r, left=False,
                                right=r.found_alive, num_starts=all_starts):
            cat, how = "other", f"found:{how}"  # "14 people reported missing had been found
            # alive": survivors (gold_t)
        elif cat in ("detained", "displaced") and _any_in(ftext, qe, _ILL_GATE[lang]) \
                and _discharged(ftext, qs, qe, r, left=False, right=r.ill_after,
                                num_starts=all_starts):
            cat, how = "other", f"ill:{how}"  # "46 of them were suffering from skin diseases":
            # patients (gold_t)
        if cat in ("missing", "detained", "other") and lang == "en" and prev is not None and prev[1] == "detained" \
                and ("search" in ftext[max(0, qs - 40):qs] or "hunt" in ftext[max(0, qs - 40):qs]) \
                and _SOUGHT.search(ftext, max(0, qs - 40), qs) \
                and (noun in _AT_LARGE_NOUNS or _OTHERS_MORE_NEXT.match(ftext, qe)):
            continue  # (session 17) "arrested four members of the cell and ... a search was under
            # way for two others", "a manhunt was launched for two more suspects": suspects
            # still at large, neither held nor missing people
        if cat == "killed" and lang == "en" and c is not None and c.fe <= qs \
                and ftext.startswith(("buried", "swept away", "washed away"), c.ws) \
                and noun is not None and noun in r.hit_things:
            cat, how = "other", f"destroyed:{how}"  # (session 17) "landslides buried at least 12
            # houses", "the flood swept away 40 homes": things, not people
        if cat == "strikes" and c is not None and not destroyed \
                and _intercepted(ftext, qs, c, num_starts, r):
            cat, how = "other", f"intercepted:{how}"  # "shot down 4 missiles"
        if cat == "killed" and c is not None and nw is not None \
                and _NEUTRALISE.match(ftext, c.ws, c.fe) \
                and (_DEVICE.match(nw.group(1))  # (session 18) "neutralised 27 Shahed drones"
                     or lang == "en" and _downed_weapon(ftext, lang, qs, qe, nw, None, None, r)):
            cat, how = "other", f"destroyed:{how}"  # "neutralised 3 explosive devices": things
        if cat == "other" and how is not None and how.startswith(("intercepted:", "destroyed:", "noun:")) \
                and _downed_weapon(ftext, lang, qs, qe, nw, c if how.startswith("intercepted:") else None,
                                   prev[3] if prev is not None else None, r) \
                and (not how.startswith("noun:")
                     or _destroyed(ftext, lang, qs, qe, all_starts, r, sr, cues, cue_pos)):
            downed_end = qe
            continue  # "shot down 41 drones", «أسقطت الدفاعات 12 مسيرة»: weapons downed are no
            # figure (decided conflict, tests/gold/README.md)
        if downed_end is not None and downed_end <= qs and _part_of_downed(ftext, downed_end, qs, qe):
            downed_end = qe
            continue  # "downed 80 drones, 35 of them over the capital", "another 12 were lost to
            # jamming": a part of the weapons downed
        if cat == "other" and lang == "en" and c is not None and noun in _ATTACKER_NOUNS \
                and ftext.startswith(("taken part", "took part", "taking part", "take part"), c.ws):
            continue  # (session 18, gold_bo) "four gunmen had taken part in the ambush": the
            # attackers' number, as personnel taking part (session 9), counts no victims
        if is_ar and cat == "other" and not inherited and _ar_cell_dismantled(ftext, qs):
            cat, how = "detained", "cell-dismantled"  # (session 18) «تفكيك خلية إرهابية تتكون من
            # أربعة متطرفين»: a cell dismantled is its members arrested
        if is_ar and cat in ("strikes", "other") and c is not None and ftext[c.ws:c.fe] in _AR_WEAPON_WORDS \
                and _ar_weapon_seized_or_lost(ftext, qs, qe, c):
            continue  # (session 18) «ضبطت 15 طائرة مسيرة»، «180 مسيرة فُقدت»: weapons seized or
            # lost are no figure (README sessions 5 and 9)
        if lang == "ar" and noun is not None and _strip_al(noun) in r.animals \
                or lang == "en" and noun is not None and noun in r.animals:
            cat, how = "other", f"animals:{noun}"  # "6,180 livestock had perished"
        elif r.vehicle_duals and cat not in (None, "other") and ftext[qs:qe] in r.vehicle_duals:
            cat, how = "other", f"vehicles:{how}"  # «سيارتي إسعاف تعرضتا لإطلاق نار أثناء نقل
            # المصابين»: two ambulances, not two wounded
        if cat == "other" and present_end is not None and not inherited \
                and not _number_in(all_starts, present_end, qs) \
                and (_joined(ftext, lang, present_end, qs)
                     or _OUT_OF.search(ftext, max(present_end, qs - 16), qs)
                     and len(ftext[present_end:qs].split()) <= 5
                     and not _HARD.search(ftext, present_end, qs)) \
                and (noun is None or noun not in sr.persons):
            present_end = qe
            continue  # "تجنيد 8 آلاف عون إطفاء و30 طائرة": the resources deployed go on (not
            # past a count kept in between, session 17: "seven FIRs registered. "Eleven houses
            # and six shops were set on fire")
        if cat == "other" and noun is not None and not own \
                and (lang == "en" and _deployed_np(ftext, qe, subject, found, i, r, sr)
                     or _person_head(ftext, nw, noun, sr)
                     and (_discharged(ftext, qs, qe, r, r.deployed_left, r.deployed_right)
                     or _deployed_far(ftext, qs, all_starts, r)
                     or lang == "en" and (_HAS_RIGHT_BEFORE.search(ftext, max(0, qs - 14), qs)
                                          or _THERE_ARE.search(ftext, max(0, qs - 30), qs))
                     and not _ON_BOARD_AFTER.match(ftext, qe)
                     )) \
                and not (lang == "ar" and _AR_AFFECTED_AREA.match(ftext, qe, min(len(ftext), qe + 90))):
            present_end = qe
            continue  # "1,700 officers had been deployed": personnel, no figure; "police had
            # 600 personnel at the site": people a body has (gold_aa, gold_w: merely present)
        if noun is not None and not own and not inherited \
                and ((cat == "other" and how.startswith(_SECURITY_HOW))
                     or (cat == "displaced" and how.endswith("entered"))) \
                and _security_head(ftext, nw, noun, r) \
                and not _SECURITY_HARMED.search(ftext, max(0, qs - 80), qs) \
                and not _SECURITY_INSIDE.match(ftext, qe) \
                and not _SECURITY_VERBLESS.match(ftext, nw.end()):
            present_end = qe
            continue  # "Some 400 soldiers and police entered the complex", "asked for 1,500
            # more troops", "1,000 personnel took part": forces with no toll are personnel
            # deployed, no figure (session-9 decision, tests/gold/README.md)
        if cat == "other" and lang == "ar" and not own and not inherited \
                and _LIVE_BEFORE.search(ftext, max(0, qs - 60), qs):
            continue  # "ويعيش في قطاع غزة نحو 2.3 مليون فلسطيني": people living there
        if cat == "other" and not destroyed \
                and (noun is not None and (noun in r.raided_nouns or _strip_al(noun) in r.raided_nouns)
                     or lang == "ar" and ftext[qe - 2:qe] in ("ين", "ان")
                     and ftext[qs:qe - 2] in r.raided_nouns) \
                and (r.raided.search(ftext, max(0, qs - 40), qs)
                     or lang == "en" and _RAIDED_AFTER.match(ftext, qe) is not None):
            continue  # "raided more than 20 homes", «داهمت أكثر من عشرين منزلاً», the dual
            # «حوّلت منزلين إلى ثكنتين»: places (session-9 decision); (session 17) the
            # passive after the noun: "at least 20 homes had been broken into"
        if cat is not None and cat != "other" and not own and not inherited and c is not None \
                and c.fs > qe and r.deployed_right is not None \
                and _number_in(all_starts, qe + 1, c.fs):
            g = r.deployed_right.match(ftext, qe, min(len(ftext), qe + 80))
            if g is not None and g.end() <= c.fs and not _COMMA.search(g.group()) \
                    and not _HARD.search(g.group()) and _number_in(all_starts, g.end(), c.fs):
                present_end = qe
                continue  # "20,000 troops had been deployed and 150 people arrested": the
                # troops' own verb, not the next count's
        if cat is None or (cat == "other" and m.value == 1 and not ftext.startswith(" of ", qe)):
            continue  # "one" needs a real cue: "from one family" is no figure; (session 18)
            # "one of its ambulances was destroyed" passed numbers' one_of_fate: a thing's fate
        if cat in ("other", "displaced") and c is not None and prev is not None \
                and prev[1] == "detained" and _OTHERS_AFTER.match(ftext, qe) \
                and _norm_key(ftext[c.ws:c.fe]) in _GOT_AWAY \
                and not hard_before:
            continue  # "arrested four gang members while two others escaped": not counted
        if r.alert_word in ftext[qe:qe + 60] \
                and _discharged(ftext, qs, qe, r, left=False, right=r.alert_after,
                                num_starts=all_starts):
            continue  # "another 50,000 on evacuation alert": not displaced yet (gold_w)
        if (ftext.find("los", qe, qe + 70) >= 0 if lang == "en"
                else ftext.find("فقدان", qe, qe + 70) >= 0 or ftext.find("خساره", qe, qe + 70) >= 0) \
                and _discharged(ftext, qs, qe, r, left=False, right=r.at_risk,
                                num_starts=all_starts):
            continue  # "350 ألف مريض مهددون بفقدان العلاج", "children at risk of cholera"
        if cat == "wounded" and lang == "en" and prev is not None and prev[1] == "killed" \
                and c is not None and ftext[c.ws:c.fe].endswith("shot") \
                and _OF_THEM_AFTER.match(ftext, qe) and not hard_before:
            cat, how = "killed", f"shot-of-dead:{how}"  # "149 people killed ..., at least 70
            # of them were shot at close range": how the dead died, not people hit and alive
        if cat == "detained" and lang == "en" and c is not None and c.weak \
                and _TAKEN_TO_HOSPITAL.match(ftext, qe):
            cat, how = "wounded", f"hospital:{how}"  # "34 people had been taken to Moi County
            # Referral Hospital": a named hospital, not a detention
        if inherited and how.startswith(_COMPARED_HOW) and m.value and len(out) > 1:
            cat = _closest_in_sentence(text, out, m, cat)  # "4,117 killed and 16,902 wounded,
            # up from 4,025": the earlier figure of the count it is closest to
        if cat != "other" and not own and _CROWD_GATE[lang] in ftext[max(0, qs - 24):qs] \
                and _CROWD_OF[lang].search(ftext, max(0, qs - 24), qs):
            cat, how = "other", f"crowd:{how}"  # "27 were injured when a crowd of about 5,000
            # pushed towards the gates": the crowd's size (gold_w), not the toll
        if (cat == "other" or c is not None and c.fs > qe and _number_in(all_starts, qe + 1, c.fs)) \
                and not inherited and not destroyed \
                and r.personnel.match(ftext, qe, min(len(ftext), qe + 60)) \
                and (cat == "other" or _cue_past_count(ftext, qe, c.fs, all_starts)) \
                and not (c is not None and c.fs > qe and (
                    _PROTEST.match(ftext, c.ws) or _PROTEST_OBJECT.match(ftext, c.fe)
                    or ftext.startswith("infected", c.ws))):
            # (session 16: "five health workers had been infected": disease cases, `other`)
            present_end = qe
            continue  # "أكثر من ألف وخمسمئة عنصر من فرق الإنقاذ يشاركون": rescuers at work;
            # "her team of eight surgeons had operated on 314 patients with bullet wounds": the
            # wound cue is the patients' (past their count), not the surgeons'
        if cat == "detained" and not inherited and c is not None \
                and _HELD_NOUN[lang].fullmatch(ftext, c.ws, c.fe) and (
                c.fs >= qe or prev is not None and c.fe <= qs and c.fs >= prev[0]
                and not ftext[prev[0]:c.fs].strip()):
            h = _held_harmed(ftext, lang, qs, c, cues, cue_pos, all_starts, prev, hard_before, r)
            if h is not None:
                cat, how = h, f"held-harmed:{how}"  # "dozens of prisoners were shot", «حصيلة
                # القتلى 17، هم 11 سجيناً»: the harm, not the holding, is what is counted
        if cat not in ("other", None) and not inherited and c is not None and (
                c.fs > qe + 1 and _number_in(all_starts, qe + 1, c.fs)
                or lang == "en" and c.fe <= qs and (_number_in(all_starts, c.fe, qs)
                                                    or _COMMA.search(ftext, c.fe, qs))):
            k = cue_at.get(qe + 1)
            if k is not None and k.cat == "other" and not k.weak and k is not c \
                    and ftext[k.ws:k.fe] in _CASE_WORDS and not _OF_NEXT.match(ftext, k.fe):
                # (people nouns share a later verb: "14 protesters and seven police were hurt")
                cat, how = "other", f"own-noun:{ftext[k.ws:k.fe]}"  # "21,470 cases and 604
                # deaths": the count's own noun, not the next count's cue
        if cat == "displaced" and c is not None and c.fs > qe and prev is not None \
                and not hard_before and prev[1] not in ("other", "displaced") \
                and _LOCATIVE_AFTER.match(ftext, qe) and r.inherit_before.match(ftext, qs):
            cat, how = prev[1], f"inherit-place:{how}"  # "406 deaths, including 58 in the Kalma
            # camp": a place the part is in, not displaced people
        if cat == "other" and str(how).startswith("noun:") and prev is not None \
                and not hard_before and prev[1] != "other" and _OTHERS_WORD[lang].match(ftext, qe) \
                and not _rescued_right_before(ftext, qs, r):
            cat, how = prev[1], f"others:{how}"  # "documented 21 deaths but could not confirm
            # three others": "others" with nothing of their own are more of the count before
        if lang == "en" and cat == "other" and str(how).startswith("noun:") and prev is not None \
                and prev[1] not in ("other", "strikes") and qs - prev[0] < ANAPHORA_REACH \
                and _AMONG_THEM.match(ftext, qe):
            cat, how = prev[1], f"among-them:{how}"  # "gunmen abducted 87 students ... 'My two
            # daughters are among them'": people said to be among the count before are of it
        if cat == "other" and _operations_carried_out(ftext, lang, qs, qe):
            cat, how = "strikes", f"operations:{how}"  # "carried out 11 operations against
            # shipping", «نفذت أكثر من ٤٠ عملية»: attacks a side counts (not surgeries, rescues)
        if cat == "other" and not is_ar and c is not None and c.ws == qe + 1 \
                and " and " in ftext[c.fe:c.fe + 6]:
            am = _AND_ONE_MORE.match(ftext, c.fe)
            k = cue_at.get(am.end()) if am is not None else None
            if k is not None and k.cat in _FATES and not k.weak:
                cat, how = k.cat, f"and-one-more:{how}"  # (session 18) "three patients and a
                # midwife died in the blast", "12 patients and their doctor were killed": one
                # subject, the count's noun and one more person, and the verb of both
        if cat not in ("other", None) and not is_ar and not inherited \
                and (ftext.find("interview", qs - 60 if qs > 60 else 0, qs) >= 0
                     or ftext.find("testimon", qs - 60 if qs > 60 else 0, qs) >= 0
                     or ftext.find("spoke ", qs - 60 if qs > 60 else 0, qs) >= 0
                     or ftext.find("surveyed", qs - 60 if qs > 60 else 0, qs) >= 0) \
                and _INTERVIEWED_BEFORE.search(ftext, max(0, qs - 60), qs):
            cat, how = "other", f"interviewed:{how}"  # (session 18) "based on interviews with 112
            # former detainees", "interviewed 40 refugees": the people a monitor spoke to are a
            # count of sources, `other` as gold_v/gold_z annotate them ("had interviewed more
            # than 900 witnesses", "interviewed 214 survivors"), not of what befell them
        if cat == "other" and not is_ar and (ftext.find("xecution", qe, qe + 40) >= 0
                                             or ftext.find("hangings", qe, qe + 40) >= 0
                                             or ftext.find("beheadings", qe, qe + 40) >= 0) \
                and _EXECUTIONS_AFTER.match(ftext, qe):
            cat, how = "killed", f"executions:{how}"  # (session 18) "counted 712 executions",
            # "carried out 25 public executions": the executed dead counted by their executions
            # (README session 9; not "15 families alleging executions": the noun is the count's)
        if cat == "other" and (_MOST_GATE[lang] in (mw := ftext[qe:qe + 90])
                               or lang == "en" and ("ly for " in mw or "most for " in mw)) \
                and _MOST_HARMED[lang].match(ftext, qe):
            cat, how = "wounded", f"most-harmed:{how}"  # "gave first aid to 64 people, most of
            # them for tear-gas inhalation", «أسعف 43 شخصاً، معظمهم بسبب الاختناق»: people
            # treated, most for a harm, are wounded (session-8 decision)
        if cat == "other" and lang == "ar" and "متن" in ftext[max(0, qs - 24):qs] \
                and _AR_SEIZED_ABOARD.search(ftext, max(0, qs - 90), qs):
            cat, how = "detained", f"seized-aboard:{how}"  # «احتجزت سفينة صيد وعلى متنها 9
            # صيادين»، «ضبطت ثلاثة قوارب على متنها 427 مهاجراً»: the people on a vessel seized are
            # held with it (gold_q, gold_av, gold_ay; README session 9: migrants intercepted and
            # held are `detained`); a boat intercepted and sent back or rescued stays `other`
        if cat == "other" and lang == "ar" and _AR_CAUSE_GATE.search(ftext, qe, qe + 60) \
                and _AR_TREATED_FOR_HARM.match(ftext, qe):
            cat, how = "wounded", f"treated-for-harm:{how}"  # «27 شخصاً تلقوا إسعافات بسبب
            # الاختناق»، «أسعفت الطواقم 60 شخصاً جراء استنشاق الدخان»: people treated for a harm
            # the event caused are wounded (session-8 decision; gold_t, gold_ad)
        if cat == "other" and _HURT_GATE[lang] in ftext[qe:qe + 70] and _HURT_AFTER[lang].match(ftext, qe):
            cat, how = "wounded", f"hurt-after:{how}"  # "eight others were pulled out alive with
            # broken bones", «أُنقذ ثمانية آخرون وهم مصابون بكسور»: people rescued or counted who
            # are hurt are wounded (gold_am)
        if cat == "displaced" and _sea_arrival(ftext, lang, qs, qe):
            cat, how = "other", f"sea-arrival:{how}"  # "400 migrants landed on the island",
            # «وصل 2000 مهاجر إلى الجزيرة»: migrants arrived, intercepted or rescued at sea are
            # `other`, deported ones stay `displaced` (session-8 second-round decision)
        if cat == "displaced" and c is not None and not inherited \
                and _migrants_moving(ftext, lang, c, qe):
            cat, how = "other", f"migrants-moving:{how}"  # "300 migrants cross into Ceuta each
            # week": migrants crossing irregularly stay `other` (not_displaced_movers)
        if cat == "displaced" and lang == "en" and "back" in ftext[max(0, qs - 70):qs] \
                and _PUSHED_BACK_BEFORE.search(ftext, max(0, qs - 70), qs) is not None:
            cat, how = "other", f"pushed-back:{how}"  # "pushed back three boats with 150
            # refugees on board", "pushing back dozens of asylum seekers": people pushed back at
            # sea or at a border are `other`, like sea arrivals (the lead's session-9 decision)
        if cat == "detained" and _fate_unknown_later(ftext, lang, qe, all_starts):
            cat, how = "missing", f"whereabouts-unknown:{how}"  # "arrested, and their families
            # do not know where they are held", «اقتادوهم إلى جهة مجهولة»: missing (session 8)
        if _unit_link_before(ftext, lang, qs):
            if units_here is None:
                units_here = _units_here(ftext, lang)
            if units_here and _unit_make_up(ftext, lang, qs):
                continue  # "a committee of five judges", "the patrol of 12 fighters", «وحدة تضم
                # ٣٥ جندياً»: the make-up of a body, not a count of what happened to anyone
        if risk_here and _at_risk(ftext, lang, qs, qe, far_to=len(ftext) if cat == "other" else (
                c.ws if c is not None and c.ws > qe else None)):
            continue  # "threatens the lives of 3,000 people", «١٢ ألفاً معرضون لخطر المجاعة»:
            # a harm that may come is no count (session-8 decision)
        if m.value == 1 and _one_thing(ftext, lang, qs, qe, nw, cue_starts, sr):
            continue  # "at one monastery", «متظاهراً واحداً توفي»: one place, one explicit person
        if is_ar and how != "back-reference" and ftext.find("ال", qs, qs + 4) >= 0 \
                and _ar_definite_things(ftext, qs, qe, m, sr, r):
            continue  # «أحصت 52 قتيلاً في القرى الثلاث»، «مبينة أن الضربتين أسفرتا»: a definite
            # count of places or things points back to ones named before, no count of its own
        if in_need and cat == "displaced":
            cat, how = "other", f"in-need:{how}"
        prev = (qe, cat, inherited, noun, c is not None and c.fe <= qs and not inherited)
        prev_destroyed = destroyed
        if cat != "other":
            victim = (qe, cat)
        if cat != "other" and m.value is not None:
            seen.setdefault(m.value, cat)
        if c is not None and not inherited:
            used.add(c.fs)
        out.append(FigureMention(m, cat, subject, f"{m.rule}|cat.{cat}:{how}"))
        basis[id(m)] = _Basis("cat", cat, f"{how}", cat == "other" and f"{how}".startswith("noun:"))
    if seen and lang == "en":
        _same_count_later(out, basis)
    if lang == "en" and len(out) > 1:
        _coordinated_subjects(out, text, basis)
        if "among" in ftext:
            _among_the_count(out, text, basis)
    if lang == "en" and out and "among th" in ftext:
        _among_those_fate(out, text, basis)
    if len(found) > 1 and _PART_GATE[lang] in ftext:
        _part_of_whole(out, found, whys, ftext, lang, cue_at, sr, r, num_set, basis)
    if lang == "en" and len(out) < len(found):
        nl = ftext.find("\n", 0, found[0][0] + 200)
        if nl > found[0][0]:  # (a number in the first line, the headline)
            _bare_crowd_counts(out, found, whys, ftext, nl)
    return out


# (session 15) a crowd size said as a bare number in a headline: "Santiago pension march:
# police say 35,000, organisers claim 300,000", "Tens of thousands march in Lima; police say
# 8,000" (the crowd word earlier in the headline; the number is the whole content of the cue)
_SAY_BARE = re.compile(r"(?<!\w)(?:say|says|said|claim|claims|claimed|estimate|estimates|estimated|"
                       r"count|counts|counted)[ \t\u00a0]*[\"'“‘]?\Z")
_BARE_END = re.compile(r"[\"'”’]?[ \t\u00a0]*(?:\Z|\n|[,;.]|[-–—][ \t\u00a0])")
_CROWD_WORD = re.compile(r"(?<!\w)(?:march(?:es|ed|ers)?(?![ \t\u00a0]*\d)|protests?|protesters|protestors|rall(?:y|ies|ied)|"
                         r"demonstrat(?:ion|ions|ors|ed|e)|crowds?|turnout|took to the streets|"
                         r"take to the streets|vigils?)(?!\w)")


def _bare_crowd_counts(out: list, found: list, whys: list, ftext: str, nl: int) -> None:
    """English: a number that is all a speaker says ("police say 8,000") in a headline (ending
    at nl) that names a march, protest or crowd before it is the crowd's size (`other`)."""
    have = None
    for (qs, qe, m), why in zip(found, whys):
        if qs > nl:
            break
        if why or not _SAY_BARE.search(ftext, max(0, qs - 14), qs) or not _BARE_END.match(ftext, qe):
            continue
        if have is None:
            have = {id(f.number) for f in out}
        if id(m) in have or not _CROWD_WORD.search(ftext, 0, qs):
            continue
        out.append(FigureMention(m, "other", None, f"{m.rule}|cat.other:bare-crowd"))
    out.sort(key=lambda f: f.number.start)


class _Basis(NamedTuple):
    """How a figure got its category: what the post-passes (_same_count_later,
    _coordinated_subjects, _part_of_whole) read, so that they never parse the `rule` column
    (which only reports the same steps as text: "<number rule>|cat.<cat>:<how>|<step>:<cat>")."""

    step: str  # "cat" (find_figures' own decision), "same-count" or "coordinated"
    cat: str
    how: str = ""  # step "cat": what decided, e.g. a cue as written, "noun:<subject>", "inherit:and"
    own_noun: bool = False  # find_figures made it `other` by the count's own noun ("noun:...")
    # (kept through the later steps that give it a fate)

    @property
    def word(self) -> str:
        """The last word of the decision: the cue or noun after the last ":" (or the category
        a later step gave)."""
        return self.how.rsplit(":", 1)[-1] if self.step == "cat" else self.cat


# "at least 90 members of the security forces and 48 gunmen loyal to the former government were
# also killed": two counts joined by "and" before one verb; the first has only its noun
_RESTATED_GAP = re.compile(r"[ \t\u00a0]+(?:families|households)[ \t\u00a0]+(?:or|comprising)[ \t\u00a0]+\Z", re.I)
_COORD_GAP = re.compile(r"[ \t\u00a0]+(?:[A-Za-z'-]+[ \t\u00a0]+){1,6}and[ \t\u00a0]+\Z")


def _coordinated_subjects(out, text, basis: dict) -> None:
    """English: a count whose category is only its own noun (`other`), joined by "and" to the
    next count whose category comes from the verb after it (no comma between), shares that
    verb: "90 members of the security forces and 48 gunmen ... were killed"."""
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        if f.category != "other" or g.category == "other" or g.number.start - f.number.end > 70:
            continue
        if not basis[id(f.number)].own_noun:
            if g.number.start - f.number.end < 30 \
                    and _RESTATED_GAP.fullmatch(text, f.number.end, g.number.start):
                out[k] = FigureMention(f.number, g.category, f.subject, f"{f.rule}|restated:{g.category}")
                basis[id(f.number)] = _Basis("coordinated", g.category)
            continue
        if _RESTATED_GAP.fullmatch(text, f.number.end, g.number.start):
            pass  # (session 16) "1,243 families or 4,870 individuals were staying in evacuation
            # centres" (Philippine sitreps): the same people counted twice, one fate
        elif not _COORD_GAP.fullmatch(text, f.number.end, g.number.start) \
                or basis[id(g.number)].word not in _FATE_VERB_WORDS:
            continue
        out[k] = FigureMention(f.number, g.category, f.subject,
                               f"{f.rule}|coordinated:{g.category}")
        basis[id(f.number)] = _Basis("coordinated", g.category, own_noun=True)


# "Nine civilians were among the 26 killed", "14 children are reportedly among the 40 wounded":
# the part's own noun, then "among the" and the whole's count
_AMONG_GAP = re.compile(r"[ \t\u00a0]+(?:[A-Za-z'-]+[ \t\u00a0]+){0,3}(?:were|are|was|is)[ \t\u00a0]+"
                        r"(?:(?:also|reportedly|probably|likely|believed[ \t\u00a0]+to[ \t\u00a0]+be|said[ \t\u00a0]+to[ \t\u00a0]+be)"
                        r"[ \t\u00a0]+)?among[ \t\u00a0]+(?:the[ \t\u00a0]+)?", re.I)


def _among_the_count(out, text, basis: dict) -> None:
    """(session 14) English: a count made `other` by its own noun, then "were among the N
    <fate>": a part of the whole, with the whole's category ("Nine civilians were among the 26
    killed" -> nine killed). Not a combined or `other` whole ("among the 26 casualties")."""
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        if f.category != "other" or g.category not in _AMONG_FATES or not basis[id(f.number)].own_noun \
                or g.number.start - f.number.end > 80:
            continue
        if _AMONG_GAP.fullmatch(text, f.number.end, g.number.start) is None:
            continue
        out[k] = FigureMention(f.number, g.category, f.subject, f"{f.rule}|among:{g.category}")
        basis[id(f.number)] = _Basis("coordinated", g.category, own_noun=True)


_AMONG_FATES = frozenset(("killed", "wounded", "missing", "detained", "displaced"))
# (session 18, gold_bo) a count made `other` by its own noun, described by a relative clause, then
# "were among those killed": "Five former FARC fighters who signed the 2016 peace deal were among
# those killed" (the relative clause holds a year or a number: the nearest cue is too far)
_AMONG_THOSE = re.compile(r"[ \t\u00a0]+(?:[A-Za-z'-]+[ \t\u00a0]+){0,4}?(?:who|that)\b[^.;,!?\n]{0,90}?"
                          r"\b(?:were|are|was|is)[ \t\u00a0]+(?:also[ \t\u00a0]+)?among[ \t\u00a0]+(?:those|the)[ \t\u00a0]+"
                          r"(killed|dead|wounded|injured|hurt|missing|detained|arrested|abducted|kidnapped)\b",
                          re.I)
_AMONG_THOSE_CAT = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded",
                    "hurt": "wounded", "missing": "missing", "detained": "detained",
                    "arrested": "detained", "abducted": "detained", "kidnapped": "detained"}


def _among_those_fate(out, text, basis: dict) -> None:
    """(session 18) English: "N <people> who ... were among those killed": the fate after the
    relative clause counts the N."""
    for k, f in enumerate(out):
        b = basis.get(id(f.number))
        if f.category != "other" or b is None or not b.own_noun:
            continue
        m = _AMONG_THOSE.match(text, f.number.end)
        if m is None:
            continue
        cat = _AMONG_THOSE_CAT[m.group(1).lower()]
        out[k] = FigureMention(f.number, cat, f.subject, f"{f.rule}|among-those:{cat}")
        basis[id(f.number)] = _Basis("coordinated", cat, own_noun=True)


_FATE_VERB_WORDS = frozenset(("killed", "wounded", "injured", "died", "arrested", "detained",
                              "missing", "displaced", "dead"))


# "1,600 of the town's 2,000 residents were displaced", "300 out of 1,000 protesters were
# arrested", «نحو ١٬٦٠٠ من أصل ٢٬٠٠٠ من سكان البلدة ما زالوا خارج منازلهم»: the part and the
# whole share one noun phrase, and the verb after it tells what happened to the part.
_PART_GATE = {"en": " of ", "ar": " من "}
_PART_GAP = {
    "en": re.compile(r"[ 	 ]+(?:[a-z]+[ 	 ]+)?out[ 	 ]+of[ 	 ]+"
                     r"(?:(?:the|its|their|a[ 	 ]+total[ 	 ]+of)[ 	 ]+)?"
                     r"|[ 	 ]+of[ 	 ]+(?:(?:the|its|their|his|her|our)[ 	 ]+)?"
                     r"(?:[a-z]+'s?[ 	 ]+)?"),
    "ar": re.compile(r"[ 	 ]+(?:[^\W\d_]+[ 	 ]+)?من[ 	 ]+(?:اصل|اجمالي|مجموع)"
                     r"[ 	 ]+"),
}


def _last_step(b: _Basis) -> tuple:
    """The last step that decided a figure's category (two figures decided alike have equal
    ones)."""
    return (b.step, b.cat, b.how)


def _index_of(out: list, number) -> int | None:
    """The index of the figure of this number mention in `out` (None if it made no figure;
    the last one should a number ever make two)."""
    for k in range(len(out) - 1, -1, -1):
        if out[k].number is number:
            return k
    return None


def _part_of_whole(out, found, whys, ftext, lang, cue_at, sr, r, num_set, basis) -> None:
    """A count followed by "of/out of/من أصل" and a larger count is the part of a whole: the
    verb after the whole's noun phrase governs the part, and the whole is the group it came
    from (its own noun's category, or no figure for residents, people, families)."""
    gate = _PART_GATE[lang]
    for i in range(len(found) - 1):
        qs, qe, m = found[i]
        ms, me, mm = found[i + 1]
        if ms - qe > 40 or ftext.find(gate, qe - 1, ms + 1) < 0 or whys[i] \
                or (whys[i + 1] and (whys[i + 1] != "population" or lang != "ar")) \
                or mm.value is None or m.value is None or m.value >= mm.value:
            continue  # (cheap gates first: the gap is short and holds "of"/«من»)
        g = _PART_GAP[lang].match(ftext, qe)
        if g is None or g.end() != ms:
            continue
        if whys[i + 1] == "population":  # «مليوني نازح من أصل 2.3 مليون نسمة»: the whole
            km = _index_of(out, mm)  # population is no figure beside its part
            if km is not None and _index_of(out, m) is not None:
                del out[km]
            continue
        oc = cue_at.get(me + 1)  # the whole's own noun ("30 hostages") is not its verb
        pos = oc.fe if oc is not None and not oc.weak else me
        if lang == "en":
            sv = _subject_verb(ftext, pos, cue_at, sr)
        else:
            w = _AR_WORD.match(ftext, pos) if pos != me else None
            sv = cue_at.get(w.start(1)) if w is not None else None  # «30 رهينة قتلوا»
            if sv is None or sv.cat == "other":
                svv = _subject_verb_ar(ftext, pos, cue_at, sr, num_set) \
                    or _subject_verb_ar(ftext, qe, cue_at, sr, num_set)  # «12 شخصاً من أصل 40 قتلوا»
                sv = svv[0] if svv else None
        kn, km = _index_of(out, m), _index_of(out, mm)
        fn = out[kn] if kn is not None else None
        if sv is None and fn is not None and km is not None and fn.category != "other" \
                and fn.category == out[km].category \
                and _last_step(basis[id(m)]) == _last_step(basis[id(mm)]):
            # one cue after both gave them the same fate: "Eight of the 25 miners were
            # pulled out dead"
            sv = _Cue(-1, -1, -1, fn.category, False)
        if (sv is None or sv.weak) and lang == "ar" and fn is not None \
                and basis[id(m)].own_noun:
            # «سبعة من أصل 12 حياً»: «أصل» is no noun of the part; it counts what the whole counts
            if km is not None:
                out[kn] = FigureMention(m, out[km].category, out[km].subject,
                                        f"{m.rule}|cat.{out[km].category}:part-of:whole")
                basis[id(m)] = _Basis("cat", out[km].category, "part-of:whole")
            else:
                del out[kn]
            continue
        if sv is None or sv.weak or sv.cat == "strikes":
            continue
        if sv.cat == "other" and fn is None and oc is None:
            nw = _NOUN.match(ftext, me)  # "14 of the country's 30 provinces were affected":
            if nw is None or nw.group(1) not in sr.persons:  # places, not people
                continue
        if fn is not None and fn.category not in ("other", sv.cat) \
                and (oc is None or oc.cat != fn.category):
            continue  # the part has a fate of its own
        verb = ftext[sv.ws:sv.fe] if sv.fs >= 0 else basis[id(m)].word
        part = FigureMention(m, sv.cat, fn.subject if fn else None,
                             f"{m.rule}|cat.{sv.cat}:part-of:{verb}")
        basis[id(m)] = _Basis("cat", sv.cat, f"part-of:{verb}")
        whole = None
        if km is not None and oc is not None and not oc.weak and oc.fs != sv.fs:
            if oc.cat == out[km].category:
                whole = out[km]
            else:
                whole = FigureMention(mm, oc.cat, out[km].subject,
                                      f"{mm.rule}|cat.{oc.cat}:whole:{ftext[oc.ws:oc.fe]}")
                basis[id(mm)] = _Basis("cat", oc.cat, f"whole:{ftext[oc.ws:oc.fe]}")
        # (a whole of residents, people or staff is the group they came from: no figure)
        if kn is not None:
            out[kn] = part
        else:
            out.insert(km if km is not None else len(out), part)
            km = _index_of(out, mm)
        if km is not None:
            if whole is None:
                del out[km]
            else:
                out[km] = whole


def _same_count_later(out: list, basis: dict) -> None:
    """A bare count of people with no verb (a live-blog or headline line: '13:20 GMT - JNIM:
    "more than 50 soldiers"', 'Army: 12 soldiers') takes the fate the text gives the same
    number of the same people later ('had killed "more than 50 soldiers"')."""
    fates = {}
    for f in out:
        if f.category in _FATES_HELD and f.subject and f.number.value is not None:
            fates.setdefault((f.number.value, f.subject.rsplit(None, 1)[-1].lower()), f.category)
    if not fates:
        return
    for i, f in enumerate(out):
        if f.category == "other" and f.subject:
            b = basis[id(f.number)]
            head = f.subject.rsplit(None, 1)[-1].lower()
            if b.how != f"noun:{f.subject}" and b.word != head:
                continue  # (only the count's own noun made it `other`)
            cat = fates.get((f.number.value, head))
            if cat is not None:
                out[i] = FigureMention(f.number, cat, f.subject, f"{f.rule}|same-count:{cat}")
                basis[id(f.number)] = _Basis("same-count", cat, own_noun=b.own_noun)


_PLACE_PREP_BEFORE = re.compile(r"(?<!\w)(?:at|in|inside|near|from|on)[ \t\u00a0]+\Z")
_ONE_KEEPS = frozenset("more other others was is were has had who of person died".split())


def _one_thing(ftext, lang, qs, qe, nw, cue_starts, sr) -> bool:
    """A "one" that counts no victims: Arabic واحد/واحدة is an adjective after its noun ("one
    explicit person is not a figure", gold_g/gold_l); English "one" before a noun that is
    neither a person nor a cue after a place preposition ("at one monastery alone")."""
    raw = ftext[qs:qe]
    if lang == "ar":
        return raw.startswith("واحد") or raw[1:].startswith("واحد")
    if raw != "one" or nw is None or not _PLACE_PREP_BEFORE.search(ftext, max(0, qs - 8), qs):
        return False
    w = nw.group(1)
    return not (w in sr.persons or w in _ONE_KEEPS or w in sr.stop or w in _NP_STOP
                or nw.start(1) in cue_starts or _AUX_VERB.fullmatch(w))


STRIKE_TIMES_WORDS = 8


def _strike_times(ftext: str, qs: int, r) -> bool:
    """Is "N times" the number of strikes of a shelling verb a few words before it?"""
    lo = max(0, qs - 80)
    v = _last_match(r.strike_times, ftext, lo, qs)
    if v is None:
        return False
    gap = ftext[v.end():qs]
    return len(gap.split()) <= STRIKE_TIMES_WORDS and not _HARD.search(gap)


_OUT_OF = re.compile(r"(?<!\w)(?:out of(?: the| a total of)?|من اصل|من مجموع)[ \t\u00a0]+\Z")


def _counted_thing(subject: str, sr, r) -> bool:
    """English: is a counted noun phrase with no cue people, an event or a harm that news
    counts ("23 enemy tanks" only when destroyed: see _destroyed)? Any person noun or event
    noun among its words makes it one ("1,200 violations", "Russian servicemen", "480
    aftershocks")."""
    words = subject.split()
    for w in words:
        lw = w.lower()
        if lw in sr.persons or lw in r.person_generic or lw in r.event_nouns \
                or _PERSON_LIKE.search(lw):
            return True
    head = words[-1] if words else ""
    return len(words) == 1 and _PEOPLE_NAME.fullmatch(head) is not None  # "three Russians"


# words that name people by their ending ("settlers", "pensioners", "veterans", "tribesmen",
# "employees", "residents"); a lone capitalised word is a people ("Kurds", "Rohingya"; not
# "AK rifles", "RAF Typhoon jets")
_PEOPLE_NAME = re.compile(r"[A-Z][a-z]+[saei]")  # (not a model name: "two Yak-130 jets")
_PERSON_LIKE = re.compile(r"(?:ers|ors|ists|ians|ans|ees|ants|ents|men|women|folk|ese|ren)\Z")


_CONTRAST = frozenset(("بينما", "فيما", "while", "whereas"))


def _new_statement(ftext: str, a: int, b: int, r) -> bool:
    """A reporting verb or a that-clause between a and b ("..., بينما أفاد مصدر بأن ..."); a
    bare contrast word (فيما، while) continues the statement."""
    return any(x.group() not in _CONTRAST for x in r.barrier.finditer(ftext, a, b))


def _named_cases_between(ftext, a: int, b: int, cues, cue_pos, r) -> bool:
    """A specific `other` cue between the victims' figure and a case count names the cases'
    own kind ("... فيما تجاوز عدد الحالات المشتبه بها 13 ألف حالة")."""
    for j in range(bisect_left(cue_pos, a), len(cues)):
        c = cues[j]
        if c.fs >= b:
            break
        if c.cat == "other" and not c.weak and ftext[c.ws:c.fe] not in r.person_generic:
            return True
    return False


def _case_count(ftext: str, lang: str, qs: int, qe: int, r) -> bool:
    """A count of "cases" with no event of its own: "حالتان" (the dual), "N حالات", "N cases"."""
    word = ftext[qs:qe].split()[-1]
    if lang == "ar" and (word in _AR_CASE_DUALS or word[1:] in _AR_CASE_DUALS):
        return True
    nw = _NOUN.match(ftext, qe)
    return nw is not None and nw.group(1) in r.generic \
        and nw.group(1) in ("cases", "حالات", "حاله")


_BACK_DET = re.compile(r"(?<![\w])(?:the|these|those|all)[ \t\u00a0]+\Z")


def _definite_count_of_people(ftext: str, lang: str, qs: int, cue_starts, sr) -> bool:
    """«المجندات الأربع»، «الأسرى الثلاثة»: an Arabic number word with the article right after
    a definite noun of people (or of a counted group, a cue word) is the adjective of a group
    counted before ("the four conscripts"), not a new count."""
    if not _definite_word(ftext, lang, qs):
        return False
    d = _AR_DEF_NOUN_BEFORE.search(ftext, max(0, qs - 24), qs)
    if d is None:
        return False
    return d.group(1) in sr.persons or d.start(1) - 2 in cue_starts or d.start() in cue_starts


def _victims_before(text: str, language: str, start: int) -> dict:
    """value -> category of the first figure of a victim category in text[:start] (the
    narration before the first claim: «استشهد طفلان ...» before «أن الطفلين ...»)."""
    out: dict = {}
    for f in find_figures(text, language, 0, start):
        if f.category != "other" and f.number.value is not None:
            out.setdefault(f.number.value, f.category)
    return out


def _back_reference(ftext: str, lang: str, qs: int, noun, sr, r) -> bool:
    """"the three men", "these 11 people", "هؤلاء الـ11": a definite count of people that
    points back to a figure given before (no noun or a person noun after it)."""
    det = _BACK_DET if lang == "en" else _AR_BACK_DET
    if not det.search(ftext, max(0, qs - 8), qs):
        return False
    return noun is None or noun in sr.persons or _strip_al(noun) in sr.persons \
        or noun in r.person_generic or noun in sr.stop  # "all 20 were beaten"


_ONE_AND_BEFORE = re.compile(r"(?<!\w)(?:an?|the|his|her|their)[ \t\u00a0]+[a-z]+[ \t\u00a0]+and"
                             r"[ \t\u00a0]+\Z")
_DET_BEFORE = re.compile(r"(?<!\w)(?:his|her|their|its|our|my|the)[ \t\u00a0]+\Z")


_ONE_AND_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:an?|the|his|her|their)[ \t\u00a0]+[a-z]+[ \t\u00a0]+and"
                                   r"[ \t\u00a0]+\Z")
# "16 women and eight children were among them": a breakdown that names its group after it
_AMONG_THEM_AFTER = re.compile(r"(?:[ \t\u00a0]+(?:[a-z]+|[\d,]+)){1,6}?[ \t\u00a0]+(?:were|was|are|is)"
                               r"[ \t\u00a0]+(?:also[ \t\u00a0]+)?among[ \t\u00a0]+them\b")


def _inherit_past_determiner(ftext, qs, r):
    """"among them his two nephews", "including their 3 children": an "including" phrase
    before a possessive or "the" before the number."""
    d = _DET_BEFORE.search(ftext, max(0, qs - 8), qs)
    if d is None:  # "among them the groom and eight women": one listed person, then the count
        if ftext.find("and", max(0, qs - 5), qs) < 0:
            return None
        d2 = _ONE_AND_RIGHT_BEFORE.search(ftext, max(0, qs - 30), qs)
        return r.inherit_before.match(ftext, d2.start()) if d2 is not None else None
    inh = r.inherit_before.match(ftext, d.start())
    if inh is None:  # "including a woman and her two sons": a listed person before
        d2 = _ONE_AND_BEFORE.search(ftext, max(0, d.start() - 30), d.start())
        inh = r.inherit_before.match(ftext, d2.start()) if d2 is not None else None
    return inh


def _other_cue_between(cues, cue_pos, c, qs) -> bool:
    """A strong cue of another category between cue c and the number: c is not the last word
    on what was counted ("three of the wounded died, bringing the number to 61")."""
    for j in range(bisect_left(cue_pos, c.fe), len(cues)):
        x = cues[j]
        if x.fs >= qs:
            break
        if x.cat != c.cat and x.cat != "other" and not x.weak:
            return True
    return False


_BALIGH_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ال)?بالغ(?:ه|ين)?[ \t\u00a0]+\Z")  # (folded)


def _anaphora(ftext, qs, cues, cue_pos, r) -> bool:
    """"the number could be as high as 130", «عددهم لم يتجاوز»: a word that refers back to the
    figure before, with no specific cue of its own in between ("the number of casualties was
    nearly 200" is the casualties')."""
    a = r.anaphora_before.search(ftext, max(0, qs - 40), qs)
    if a is None or _BALIGH_BEFORE.search(ftext, max(0, a.start() - 12), a.start()):
        return False  # «المتضررين البالغ عددهم 12 ألفاً»: the noun right before is counted
    for j in range(bisect_left(cue_pos, a.start()), len(cues)):
        c = cues[j]
        if c.fs >= qs:
            break
        if ftext[c.ws:c.fe] not in r.person_generic or ftext[c.ws:c.fe] in _CASE_NOUNS:
            return False  # ("the number of confirmed cases at 9,841": a count of its own)
    return True


_CASE_NOUNS = frozenset(("cases", "حالات", "الحالات"))


# (session 17) houses raided or burgled, said after the noun (places, session-9 decision)
_RAIDED_AFTER = re.compile(
    r"[ \t\u00a0]+[a-z-]+(?:[ \t\u00a0]+(?:had|have|has|were|was|are|is|being|been|reportedly|"
    r"allegedly|also|all|so far|since))+[ \t\u00a0]+(?:broken into|burgled|burglarised|burglarized|"
    r"raided|searched|stormed|occupied|commandeered)(?![\w-])")


_GATHERED = frozenset(("gathered", "gathering", "massed", "assembled", "converged", "crowded"))
# (session 16) the fate of counted "victims" told by the verb after them (not "the 19 victims
# were shot": shot victims are the dead)
_VICTIMS_FATE = re.compile(
    r"(?:[ \t\u00a0]+(?:of|the|rescued|surviving|other|those))*[ \t\u00a0]+victims?"
    r"(?:[ \t\u00a0]+(?:were|was|had|have|has|been|are|is|also|reportedly|allegedly|all|later))*"
    r"[ \t\u00a0]+(?:(?:injured|wounded|hurt|sustained|suffered|received treatment)\b"
    r"|(abducted|kidnapped|taken hostage|arrested|regained(?:[ \t\u00a0]+their)?[ \t\u00a0]+freedom|"
    r"freed|set free|released by|escaped from captivity|whisked away|carried away|taken away)\b)")
# (session 17: "eight of the victims had regained freedom", Nigerian copy for freed abductees)
_HELD_NOUNS = frozenset(("inmates", "prisoners", "detainees"))  # (the cue that chose `detained`)
_HELD_EVACUATED = re.compile(
    r"(?:[ \t\u00a0]+(?:of|the|its|their|other|awaiting-trial|male|female))*[ \t\u00a0]+(?:inmates|prisoners|detainees)"
    r"(?:[ \t\u00a0]+(?:were|was|had|have|has|been|"
    r"also|safely|later|all))+[ \t\u00a0]+(evacuated|moved out|relocated|moved to safety|taken to safety)(?![\w-])")
_LIVES_VERB = re.compile(r"(?<!\w)(?:claimed|claiming|claims|claim|cost|costing|costs|took|taking|"
                         r"takes|taken)(?:[ \t\u00a0]+(?:at least|more than|over|nearly|almost|about|"
                         r"around|some|another|a further))?[ \t\u00a0]+\Z")
_TAKE_BEFORE = re.compile(r"(?<!\w)(?:took|taken|taking|seized|snatched|grabbed|dragged|led)"
                          r"(?:[ \t\u00a0]+(?:away|off))?[ \t\u00a0]+\Z")
_TAKEN_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z'-]+){0,3}?[ \t\u00a0]+(?:away|from)(?![\w-])"
                          r"(?![ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:rubble|debris|water|sea|"
                          r"fire|flames|hospital|wreckage|mud|beach|beaches|shore|coast|roofs?|"
                          r"rooftops?|flood|floods|floodwaters|boats?|ships?))")
_AND_BEFORE = {"en": re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+)and[ \t\u00a0]+\Z"),
               "ar": re.compile(r"(?:[ \t\u00a0]|،)\Z")}
_PLACE_PREP_AFTER = {"en": re.compile(r"[ \t\u00a0]+(?:(?:in|at|on|near|inside|across|around)"
                                      r"[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z]|(?:across|around|in)"
                                      r"[ \t\u00a0]+the[ \t\u00a0]+(?:country|region|province|"
                                      r"state|capital|north|south|east|west)\b|nationwide\b)"),
                     "ar": re.compile(r"[ \t\u00a0]+(?:في|ب)[ \t\u00a0]*[^\W\d_]")}
ELIDED_REACH = 250  # characters from the count before to the elided item


def _elided_place_item(text, fd, ftext, lang, a: int, qs: int, qe: int) -> bool:
    """"... killed 30 in Gaza and eight in Syria", "اعتقال 40 في القاهرة و12 في الإسكندرية":
    a bare count with only a place after it, joined by "and"/و to the count before in the same
    sentence, repeats that count's verb."""
    if qs - a > ELIDED_REACH or _HARD.search(ftext, a, qs):
        return False
    if lang == "en":
        return bool(_AND_BEFORE["en"].search(ftext, max(0, qs - 8), qs)) \
            and _PLACE_PREP_AFTER["en"].match(text, fd.orig(qe)) is not None  # (capitalised)
    return ftext[qs] == "و" and _PLACE_PREP_AFTER["ar"].match(ftext, qe) is not None


COUNT_REACH = 300  # characters read back for the count a sentence's "our count" refers to
_COUNT_WORD = {
    "en": re.compile(r"\b(?:number|count|toll|tally|figure|estimate|total)s?\b"),
    "ar": re.compile(r"(?<!\w)(?:[وف]?(?:ال)?(?:عدد|حصيله|رقم|اجمالي|تقدير)(?:هم|ها)?)(?!\w)"),
}
COUNT_NOUN_GAP = 30  # characters from "number of" to its category noun ("number of newly displaced")


def _count_named_before(ftext, lang, qs, cues, cue_pos, num_starts) -> _Cue | None:
    """'X put the number of newly displaced much higher. "Our count is between 90,000 and
    110,000 people"': a count word in the number's clause refers to a count named (with no
    number of its own) in the sentence before, whose category noun decides."""
    cw = _COUNT_WORD[lang]
    h = _last_match(_HARD, ftext, max(0, qs - COUNT_REACH), qs)
    s0 = h.end() if h is not None else max(0, qs - COUNT_REACH)
    if not cw.search(ftext, s0, qs):
        return None  # the number's own sentence must point back with a count word
    named = None
    for m in cw.finditer(ftext, max(0, s0 - COUNT_REACH), s0):
        for j in range(bisect_left(cue_pos, max(0, m.start() - COUNT_NOUN_GAP)), len(cues)):
            c = cues[j]  # ("the death toll": a cue that holds the count word)
            if c.fs > m.end() + COUNT_NOUN_GAP or c.fs >= s0:
                break
            if c.fe < m.end() and not (c.fs <= m.start() and c.fe >= m.end()):
                continue
            if c.cat != "other" and not c.weak:
                named = c
                break
    if named is None:
        return None
    k = bisect_left(num_starts, named.fe)
    if k < len(num_starts) and num_starts[k] < qs:
        return None  # the named count has a number of its own before this one
    return named


OF_THEM_REACH = 200  # characters from the previous figure to an "N of them" of the next sentence


def _of_them_next_sentence(ftext, a: int, qs: int, qe: int, r, lang: str = "") -> bool:
    """'... had reached 214. It said 61 of them were fighters': an explicit "of them"/"منهم"
    points back across one sentence end (same paragraph) to the figure before; so does a bare
    count that says what its people were ("14 people died. Nine were children")."""
    if qs - a > OF_THEM_REACH or "\n" in ftext[a:qs] or not (
            r.post_inherit.match(ftext, qe)
            or lang == "en" and _were_people(ftext, qe, _subject_rules(lang))):
        return False
    ends = _HARD.findall(ftext, a, qs)
    return len(ends) == 1 and ends[0] in ".;؛"  # (or a semicolon: "45 died; of those, 12 were
    # children")


# a bare count, then what its people were: "9 were children", "three are women and girls"
_WERE_PEOPLE = re.compile(r"[ \t\u00a0]+(?:were|are)[ \t\u00a0]+(?:(?:all|also|mostly|either)[ \t\u00a0]+)?"
                          r"([a-z]+)(?![\w-])")


def _were_people(ftext: str, qe: int, sr) -> bool:
    """Right after the number: "were/are <person noun>" (a count of people of the count before)."""
    wp = _WERE_PEOPLE.match(ftext, qe)
    return wp is not None and wp.group(1) in sr.persons


_LISTED = ("date", "age")


# Personnel who protest or strike are a crowd, not workers on duty (session 13; gold_ah: "about
# 300 nurses and supporters rallied", «300 طبيب أضربوا عن العمل»): the cue after the count
# names a protest, or takes one for its object ("took part in the march", «شاركوا في
# الاعتصام»; not «شاركوا في حماية المسيرة»: guarding it) (folded)
_PROTEST_WORDS = (r"(?:rall(?:y|ied|ies|ying)|march(?:ed|es|ing)?|protest(?:ed|s|ing)?|"
                  r"demonstrat(?:ed|ion|ions|ing)|walked out|walk-?out|(?:on|went on|go on) strike|"
                  r"strik(?:e|es|ing)|sit-?ins?|picket(?:ed|ing|s)?|took to the streets|staged|"
                  r"[وف]?(?:ت|ي)?تظاهر(?:وا|ون|ن)?|[وف]?(?:ت|ي)?(?:اعتصم|اضرب)(?:وا|ون|ن)?|"
                  r"[وفبل]?(?:ال)?(?:مسير(?:ه|ات)|اعتصام|اضراب|تظاهر(?:ه|ات)|احتجاج(?:ات|يه)?|"
                  r"وقف(?:ه|ات) احتجاجي(?:ه|ات)))(?!\w)")
_PROTEST = re.compile(_PROTEST_WORDS)
_PROTEST_OBJECT = re.compile(r"(?:[ \t\u00a0]+(?:في|الي|in|into|on|a|an|the|its|their))*[ \t\u00a0]+"
                             + _PROTEST_WORDS)


def _counted_noun_after(ftext: str, qe: int, cue_starts, lang: str) -> bool:
    """A person noun or a cue word right after the number: a count, not the next item of a
    date or age list ("between January 26 and 30, 40 people died")."""
    nw = _NOUN.match(ftext, qe)
    return nw is not None and (nw.start(1) in cue_starts or nw.start() + 1 in cue_starts
                               or nw.group(1) in _subject_rules(lang).persons)
_FROM_BEFORE = re.compile(r"(?<!\w)من[ \t\u00a0]+\Z")
RANK_WORDS = 10


def _negated(ftext: str, pos: int) -> bool:
    """A denial right before the cue at pos: "no deaths", "none of them seriously hurt"."""
    if ftext.find("no", max(0, pos - 34), pos) < 0 and ftext.find("zero", max(0, pos - 8), pos) < 0 \
            and ftext.find("neither", max(0, pos - 34), pos) < 0:
        return False  # (cheap gate: every denial word holds "no", "zero" or "neither")
    return _NEGATED.search(ftext, max(0, pos - 34), pos) is not None


_NEGATED = re.compile(r"(?<![\w-])(?:no|zero|(?:none of them|none|nobody|no one|neither of them)"
                      r"(?:[ \t\u00a0]+(?:was|were|is|are|had been|has been))?"
                      r"(?:[ \t\u00a0]+(?:seriously|badly|critically|gravely))?)[ \t\u00a0]+\Z")
_PREP_GAP = re.compile(r"[ \t\u00a0]+(?:of|from|for|by|with|من|عن|الى|على)(?!\w)")
_OF_THE_BEFORE = re.compile(r"\bof[ \t\u00a0]+(?:the|its|their|our|his|her)[ \t\u00a0]+\Z")
_HELD_GROUPS = frozenset(("detained", "displaced", "missing"))
_HARM_BEFORE_GROUP = frozenset(("killed", "wounded", "detained", "missing"))
_WORD_RUN = re.compile(r"\w+")
# "which hold": the members of the count just before («تهجير 120 عائلة تضم 620 فرداً»)
_CONTAINS = frozenset(("تضم", "يضم", "تضمان", "يضمان"))
_NOUN_WHO = re.compile(r"(?:[ \t\u00a0]+[a-z'-]+){0,2}[ \t\u00a0]+(?:who|that)\b")
_PUSHED_BACK = re.compile(r"(?:had been|have been|has been|were|was|being)[ \t\u00a0]+(?:pushed|forced)[ \t\u00a0]+back")


def _main_verb_after_relative(ftext, qe, c, cues, cue_pos) -> _Cue | None:
    """Arabic «N ممن <verb> ... <verb>» / «N من الذين ...»: when the cue chosen is the relative
    clause's verb (the group: «ممن أصيبوا»، «ممن اعتقلوا»), a strong people verb of another
    category a few words after it (same clause) is what happened to the N («توفوا»)."""
    rm = _AR_REL_AFTER.match(ftext, qe)
    if rm is None or c.fs != rm.end() or c.cat not in _FATES_HELD:
        return None
    for k in range(bisect_left(cue_pos, c.fe), len(cues)):
        d = cues[k]
        gap = ftext[c.fe:d.fs]
        if _HARD.search(gap) or _COMMA.search(gap) or len(gap.split()) > 4:
            return None
        if d.cat in _FATES_HELD and not d.weak and d.cat != c.cat \
                and not ftext[d.fs:d.ws].endswith("ال") \
                and not (d.fs < d.ws and ftext[d.fs] in "وف"):
            return d  # (not a noun, «ال»; not a new clause, «وقتل آخرون»)
    return None
_FATES = frozenset(("killed", "wounded", "missing"))
_FATES_HELD = frozenset(("killed", "wounded", "missing", "detained", "displaced"))
_FATE_RULE_CATS = frozenset(("wounded", "missing", "detained", "displaced", "strikes"))
_REL_AFTER = re.compile(r"[ \t\u00a0]+(?:who|whom|which|that)\b")
# the auxiliaries of a passive fate verb, ending the words before a cue or starting it
_AUX_WORDS = r"(?:were|was|are|is|had been|have been|has been|got)"
_AUX_END = re.compile(r"\b" + _AUX_WORDS + r"(?:[ \t\u00a0]+(?:[a-z]+ly|later|also|then|all))?[ \t\u00a0]+\Z")
_AUX_START = re.compile(_AUX_WORDS + r"\b")


def _verb_after_relative(ftext: str, rel: int, cues, cue_pos) -> _Cue | None:
    """English: after "<count> <crowd noun> who/that ...", the first fate cue that is a passive
    verb (an auxiliary before it or in it) within the clause, at most 12 words on."""
    j = bisect_left(cue_pos, rel)
    while j < len(cues):
        k = cues[j]
        gap = ftext[rel:k.ws]
        if len(gap.split()) > 12 or _COMMA.search(gap) or _HARD.search(gap):
            return None
        if (_AUX_START.match(ftext, k.ws) or _AUX_END.search(ftext, max(rel, k.ws - 16), k.ws)):
            return k if k.cat in _FATES_HELD and not k.weak else None
        j += 1
    return None
_THAT_GAP = re.compile(r"\b(?:that|and|while|but|whereas)\b")
_RESCUE_NOUN = re.compile(r"(?<!\w)(?:rescue|rescuers?)(?!\w)")


def _escape_after(ftext: str, pos: int, cue_at: dict, r) -> _Cue | None:
    """An escape or rescue verb right after a held group noun, across an aside and auxiliaries
    ("2,300 inmates escaped", "41 prisoners, most of them ..., had broken out")."""
    a = _ASIDE.match(ftext, pos)
    p = a.end() if a is not None else pos
    x = _AUX.match(ftext, p)
    k = cue_at.get(x.end() if x is not None else p)
    return k if k is not None and _norm_key(ftext[k.ws:k.fe]) in r.escaped else None


_BETWEEN_AFTER = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+)?[ \t\u00a0]+بين[ \t\u00a0]+")


def _between_mixed(ftext, qe, cue_at, cues, cue_pos, num_starts, r) -> bool:
    """Arabic "N <noun> بين قتيل وجريح": the count splits into two categories (other)."""
    b = _BETWEEN_AFTER.match(ftext, qe)
    k = cue_at.get(b.end()) if b is not None else None
    return k is not None and _mixed(ftext, "ar", k, cues, cue_pos, num_starts, r)


def _cue_at_word(ftext: str, pos: int, r) -> str | None:
    """The category of the cue word that starts at `pos`, if any."""
    m = r.cue_re.match(ftext, pos)
    return None if m is None else r.cue_words[_norm_key(m.group("w"))][0]


_EN_LIST_GAP = re.compile(
    r"(?:[ \t\u00a0]+[a-z][a-z'-]*){0,6}[ \t\u00a0]*(?:—[^—\n]{0,120}—|\([^()\n]{0,80}\))?"
    r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:(?:and|as well as|plus)[ \t\u00a0]+)?"
    r"|[ \t\u00a0]+(?:and|as well as|plus)[ \t\u00a0]+)"
    r"(?:(?:my|his|her|their|our|the|its)[ \t\u00a0]+)?(?:[a-z]+'s[ \t\u00a0]+)?")


def _en_list_item(text, fd, ftext, a: int, qs: int, qe: int, sr, r) -> bool:
    """English: a further item of a list of counted people after a figure ("79 Druze fighters,
    55 Druze civilians ... and 189 members of the security forces, as well as 18 Bedouin"): only
    a short noun phrase (an aside allowed) and a comma or "and" between, and a person noun or a
    capitalised group name after the number."""
    if not _EN_LIST_GAP.fullmatch(ftext, a, qs):
        return False
    nw = _NOUN.match(ftext, qe)
    if nw is None:
        return False
    n2 = _NOUN.match(ftext, nw.end())
    if n2 is not None and _cue_at_word(ftext, n2.start(1), r) == "other" \
            and n2.group(1) not in r.person_generic:
        return False  # "61 police vehicles"
    if nw.group(1) in sr.persons or nw.group(1) in ("others", "more"):
        return True
    if n2 is not None and n2.group(1) in sr.persons and _cue_at_word(ftext, nw.start(1), r) is None:
        return True  # "... and some 250 armed loyalists": one adjective before the people
    o = fd.orig(nw.start(1))
    if not fd.original[o].isupper():
        return False
    return n2 is None or n2.group(1) in sr.persons or not fd.original[fd.orig(n2.start(1))].isupper()


# the death verbs and nouns that can take a count of wounded as their subject or object (the
# nouns are also _DEATH_NOUNS, which adds the ones not (yet) seen with the wounded)
_DEATH_OF_WOUNDED = {
    "ar": re.compile(r"[وف]?(?:ب|ل)?(?:" + "|".join(_AR_DEATH_NOUNS_OF_WOUNDED)
                     + r"|توفي|توفيت|توفوا|استشهد|مات|ماتت|لقي|لقيت|فارق|فارقت)"),
    "en": re.compile(r"deaths?|died|killing|killed"),
}
_AND_COUNT_GAP = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*and[ \t\u00a0]+(?:(?:at least|more than|over|some|about|"
                            r"around|nearly|almost|another|a further)[ \t\u00a0]+)?(?:[\d][\d,.]*|[a-z-]+)"
                            r"[ \t\u00a0]+(?:(?:others?|more)[ \t\u00a0]+)?")
_AND_ONE_MORE = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]+(?:a|an|the|their|its|his|her|one|another)[ \t\u00a0]+"
                           r"(?:[a-z'-]+[ \t\u00a0]+){0,2}?[a-z'-]+[ \t\u00a0]+(?:(?:were|was|had been|have been|"
                           r"are|is|also|later)[ \t\u00a0]+)?")
_INTERVIEWED_BEFORE = re.compile(r"(?<!\w)(?:interviews?|interviewed|interviewing|testimon(?:y|ies)|"
                                 r"spoke|surveyed)(?:[ \t\u00a0]+(?:with|of|from|to))?[ \t\u00a0]+(?:(?:at least|"
                                 r"more than|over|some|about|around|nearly|almost|dozens of|hundreds of)"
                                 r"[ \t\u00a0]+)?\Z")
_LONG_CASES_AFTER = re.compile(r"(?:[ \t\u00a0]+(?!(?:were|was|are|is|had|have|has|been|in|of|from|at|on|to|"
                               r"by|with|who|which|that|the|its|their|said|says|since|after|before)\b)"
                               r"[a-z'-]+){2,7}?[ \t\u00a0]+cases(?!\w)")
_RECRUITED_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z'-]+){0,2}?[ \t\u00a0]+(?:(?:who|that)[ \t\u00a0]+(?:had[ \t\u00a0]+)?"
                              r"(?:been|were)[ \t\u00a0]+)?(?:forcibly[ \t\u00a0]+|forcefully[ \t\u00a0]+)?"
                              r"(?:recruited|conscripted|enlisted)(?!\w)|[ \t\u00a0]+(?:child|underage)[ \t\u00a0]+soldiers(?!\w)")
_FREED_BEFORE = re.compile(r"(?<!\w)(?:rescued|freed|released|recovered|removed|separated|extracted|liberated|"
                           r"demobili[sz]ed)(?:[ \t\u00a0]+(?:at least|more than|over|some|about|around|nearly))?"
                           r"[ \t\u00a0]+\Z")
_EXECUTIONS_AFTER = re.compile(r"[ \t\u00a0]+(?:(?:public|secret|judicial|summary|extrajudicial|confirmed|"
                               r"recorded|known|documented|reported|mass|more|further|new|other|such|"
                               r"drug-related|political)[ \t\u00a0]+)?(?:executions|hangings|beheadings)(?!\w)")
_MOST_OF_THEM = re.compile(r"[ \t\u00a0]+(?:معظمهم|معظمهن|اغلبهم|اغلبهن|غالبيتهم|بعضهم|"
                           r"most of them|some of them|many of them)(?!\w)")
_TARGETED_WITH = re.compile(r"(?<!\w)[وف]?(?:استهدف|استهدفت|استهدفوا|هاجم|هاجمت|هاجموا|"
                            r"ضرب|ضربت|ضربوا)[ \t\u00a0]+[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?"
                            r"[ \t\u00a0]+\Z")
_BOAT_BEFORE = re.compile(r"\b(?:boats?|vessels?|ships?|trawlers?|dinghies|dinghy|canoes?|"
                          r"fishing boats?)\b[^.;\n]{0,25}\b(?:carrying|with|aboard|on board)\b")
_CASES_AFTER = {
    "ar": re.compile(r"[ \t\u00a0]+(?:حاله|حالات|اصابه|اصابات)(?!\w)"),
    "en": re.compile(r"[ \t\u00a0]+(?:new |suspected |confirmed )?(?:cases|infections)\b"),
}
_SCORE_VERB = re.compile(r"\b(?:lost|won|beat|beaten|drew|defeated|victory|defeat|win|loss|"
                         r"score|scored|scoreline)[ \t\u00a0]+\Z")


def _sub_verb_after(ftext: str, lang: str, c: _Cue, all_starts) -> bool:
    """A verb with its partitive and a number right after it («توفي منهم تسعة», «... منها 12»):
    the verb is the sub-count's, not the count's before it (Arabic only)."""
    return lang == "ar" and _AR_SUB_VERB_AFTER.match(ftext, c.fe) is not None \
        and _number_in(all_starts, c.fe, c.fe + 14)
_OF_BEFORE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+\Z|[ \t\u00a0]*\Z")


def _death_right_before(ftext, lang, qs, cues, cue_pos) -> _Cue | None:
    """A strong killed/wounded cue written right before a count of held people ("the deaths
    of 3 hostages", "killed 4 prisoners", «مقتل ثلاثة من الأسرى»): what happened to them."""
    k = bisect_left(cue_pos, qs) - 1
    if k < 0:
        return None
    c = cues[k]
    if c.weak and k > 0 and lang == "ar" and c.fe <= qs and ftext.startswith("حياه", c.ws):
        d = cues[k - 1]  # (session 17) «أودت بحياة 43 نازحاً»: the weak «حياة» after a strong
        # killing verb («أودى ب-») is that verb's object
        if d.cat == "killed" and not d.weak and 0 <= c.fs - d.fe <= 3:
            return d if _OF_BEFORE.fullmatch(ftext, c.fe, qs) else None
    if c.fe > qs or c.weak or c.cat not in ("killed", "wounded"):
        return None
    return c if _OF_BEFORE.fullmatch(ftext, c.fe, qs) else None


def _rescued_right_before(ftext: str, qs: int, r) -> bool:
    """A rescue verb right before the number, not one of an earlier count across "and"/و
    ("48 migrants were rescued and 12 bodies recovered")."""
    m = r.rescued.search(ftext, max(0, qs - 40), qs)
    return m is not None and not _AND_GAP.search(m.group()) \
        and not _TO_BEFORE.search(ftext, max(0, m.start() - 4), m.start()) \
        and not _SAID_GAP.search(m.group())


# "Rescue workers said 12 people were missing": the noun of the speaker, not a rescue verb
_SAID_GAP = re.compile(r"(?<!\w)(?:said|say|says|told|reported|added|stated|confirmed)(?!\w)")


# A wound cue that is only care or a transfer ("taken to hospital", «نقلوا إلى المستشفى»,
# "treated"): people rescued and then cared for stay rescued (`other`); a harm or condition
# word ("in serious condition", «فاقدين للوعي», "with fractures") keeps the rescued `wounded`
# (gold_al, gold_am; like gold_ah's "survivors with burns").
_CARE_WORD = re.compile(r"hospital|treat|care|admit|taken|rushed|مستشف|نقل|علاج|تلق|اسعاف|إسعاف",
                        re.I)


# "efforts to rescue nine farmers abducted": a rescue still to come leaves them held
_TO_BEFORE = re.compile(r"(?<!\w)to[ \t\u00a0]+\Z", re.I)


_AND_GAP = re.compile(r"(?<!\w)(?:and|و)(?!\w)|[ \t\u00a0]و")


def _rescued_verb(ftext: str, qs: int, r) -> bool:
    """A rescue *verb* right before the number ("rescued 18 of the victims"), not the noun
    ("rescue workers recovered 12 bodies"): the rescued are alive, so not killed or wounded."""
    m = r.rescued.search(ftext, max(0, qs - 40), qs)
    return m is not None and not _RESCUE_NOUN.match(ftext, m.start() + (
        1 if ftext[m.start():m.start() + 1] in "وف" else 0))


def _thing_after_clause(ftext, fd, qs, qe, c, cue_starts, r, sr) -> bool:
    """English: a people verb on the left that a clause joiner ("and that", "while") separates
    from a number followed by its own noun of things ("said 457 people had been arrested and that
    more than 900 fires had been set"): the verb does not count the things."""
    if not _THAT_GAP.search(ftext, c.fe, qs):
        return False
    nw = _NOUN.match(ftext, qe)
    if nw is None:
        return False
    noun = nw.group(1)
    n2 = _NOUN.match(ftext, nw.end())
    if noun in sr.persons and n2 is not None and n2.start(1) in cue_starts:
        c2 = _cue_at_word(ftext, n2.start(1), r)
        if c2 == "other" and n2.group(1) not in r.person_generic:
            return True  # "61 police vehicles damaged": the head noun is a thing
    if noun in sr.persons or noun in sr.stop or noun in sr.lead or noun in r.generic \
            or noun in _NP_STOP or nw.start(1) in cue_starts or _demonym(fd, "en", nw):
        return False
    return n2 is None or (n2.group(1) not in sr.persons and n2.start(1) not in cue_starts)
_DEATH_NOUNS = frozenset(_AR_DEATH_NOUNS_OF_WOUNDED + ("مصرع", "اعدام", "موت", "تصفيه"))
PRISON_REACH = 300
_RESCUABLE = frozenset(("detained", "missing"))
_PEOPLE_HELD = frozenset(("detained", "missing", "displaced", "wounded"))
# a new content clause: ", and that", «، وأن», «، كما أن»; the Arabic «وأن» needs no comma
# («أن ٣٧ شخصاً أصيبوا وأن أكثر من مئتي منزل أُحرقت»)
_NEW_CONTENT = re.compile(r"(?:[,،]\s*(?:and\s+that|كما\s+ان)|(?:[,،]\s*|(?<!\w))(?:وان|وبان))(?!\w)")
_LIST_GAP = re.compile(r"\s*(?:,|and|to|or|-|او|الى|حتى)?\s*")
_MIXABLE = frozenset(("killed", "wounded", "missing", "detained", "displaced"))


def _other_verb_left(ftext: str, qs: int, cue_end: dict, r) -> _Cue | None:
    """The specific `other` verb written right before the number, if any."""
    p = qs
    while p > 0 and ftext[p - 1] in " \t\u00a0\"'«»“”":
        p -= 1
    c = cue_end.get(p)
    return c if c is not None and c.cat == "other" and not c.weak \
        and ftext[c.ws:c.fe] not in r.person_generic else None


def _weak_verb_left(ftext: str, qs: int, cue_end: dict) -> _Cue | None:
    """The weak detention verb written right before the number, if any ("وضبط ٥ آخرين"; not
    "غادر عشرون آخرون": patients who left)."""
    p = qs
    while p > 0 and ftext[p - 1] in " \t\u00a0":
        p -= 1
    c = cue_end.get(p)
    return c if c is not None and c.weak and c.cat == "detained" else None


def _other_verb_before(ftext: str, qs: int, cue_end: dict, r) -> bool:
    """A specific `other` verb right before the number ('"neutralised" six of them', "rescued
    five of them"): the count is what that verb did, not a part of the figure before."""
    return _other_verb_left(ftext, qs, cue_end, r) is not None


# a place phrase between a count and a cue: the cue names where the people are, not what
# happened to them
_LOCATIVE_GAP = re.compile(r"(?<!\w)(?:in|at|inside|near|around|across|في|داخل)(?!\w)")


LIST_ITEM_WORDS = 7


def _list_item(ftext: str, a: int, b: int) -> bool:
    """Arabic list with the verb elided: the previous count, a few words, then a comma right
    before "و<number>" ("قُتل 40، و23 تحت التعذيب")."""
    gap = ftext[a:b].rstrip()
    return gap.endswith(("،", ",")) and len(gap.split()) <= LIST_ITEM_WORDS \
        and not _COMMA.search(gap, 0, len(gap) - 1)


_OR_WORD = re.compile(r"(?<!\w)or(?!\w)")  # "killed or captured 200": one count of both


def _mixed(ftext, lang, c, cues, cue_pos, num_starts, r) -> bool:
    """Is cue `c` coordinated with a cue of another category that governs the same count
    ("2,500 people have died or gone missing", "37 شخصا بين قتيل وجريح", "عدد الضحايا
    والمفقودين")? See mixed_categories in figure_categories.yaml."""
    if c.cat not in _MIXABLE or c.weak:
        return False
    k = bisect_left(cue_pos, c.fs)
    for a, b in ((k, k + 1), (k - 1, k)):
        if a < 0 or b >= len(cues):
            continue
        x, y = cues[a], cues[b]
        if x.cat == y.cat or x.cat not in _MIXABLE or y.cat not in _MIXABLE or x.weak or y.weak:
            continue
        if {x.cat, y.cat} == {"wounded", "displaced"}:
            continue  # "were injured and evacuated": the injured were moved
        if not r.mixed_gap.fullmatch(ftext, x.fe, y.fs):
            continue
        if lang == "ar" and (_number_in(num_starts, x.fs, x.fe) or _number_in(num_starts, y.fs, y.fe)):
            continue  # "سقوط شهيدين وإصابة ستة": the dual counts itself, the next noun has its
            # own number; so does a dual after the first count («ثلاثة قتلى وجريحين», session 16)
        if lang == "ar" and "او" not in ftext[x.fe:y.fs] and not (
                y.ws > y.fs and ftext[y.fs] == "و"):
            continue
        if lang == "ar" and _ar_own_subject_or_object(ftext, x, y, num_starts):
            continue  # "جندياً قُتل وأصيب اثنان": قتل has its own subject; "تحرير 346 رهينة
            # وقتل جميع المهاجمين": the second verb has its own object
        # (session 17: «أجبر 40 ألفاً على النزوح وأودى بحياة 12 مدنياً»: the object of «أودى
        # بحياة» is its own number)
        ye = y.fe + 6 if lang == "ar" and ftext.startswith(" بحياه", y.fe) else y.fe
        if _owns_next_number(ftext, ye, num_starts) \
                and not (lang == "en" and _OR_WORD.search(ftext, x.fe, y.fs)) \
                and not (lang == "ar" and not ftext[x.fe:y.fs].strip()
                         and not _number_just_before(ftext, x.fs, num_starts)
                         and not ftext[x.fs:x.fe].endswith(("هم", "هن", "هما"))
                         and not _AR_OTHERS_COUNT.match(ftext, y.fe)):
            # («ثمانية أشخاص، بينهم مدنيان، لقوا حتفهم وأُصيب 23 آخرون»: «حتفهم» carries its
            # own subject's pronoun, so the next verb and its number are a new clause;
            # «قتلوا وأُصيب 31 آخرون»: "M others" is a new count of its own verb, whatever
            # stands between the first count and «قتلوا», gold_an)
            continue  # "killed and injured 12": the second cue has its own number
            # (not Arabic "مقتل وإصابة العشرات", "وقتلت وأصابت نحو أربعين": two verbal nouns in
            # construct or two verbs sharing one object)
        return True
    return False


def _number_in(num_starts, lo: int, hi: int) -> bool:
    """Does a number start in [lo, hi)?"""
    k = bisect_left(num_starts, lo)
    return k < len(num_starts) and num_starts[k] < hi


def _cue_before_number(cue_pos, num_starts, lo: int, hi: int) -> bool:
    """Does a cue start in [lo, the first number in [lo, hi))? (a verb of the first count's
    own before the coordinated second count)"""
    k = bisect_left(num_starts, lo)
    first = num_starts[k] if k < len(num_starts) and num_starts[k] < hi else hi
    j = bisect_left(cue_pos, lo)
    return j < len(cue_pos) and cue_pos[j] < first


def _cue_past_count(ftext: str, qe: int, cs: int, num_starts) -> bool:
    """Is another count between the number and its cue on the right, not joined to it by
    and/or/a comma ("eight surgeons had operated on 314 patients with ... wounds": the cue is
    the 314's; not "8 doctors and 30 patients were killed": one list)?"""
    k = bisect_left(num_starts, qe + 1)
    if k >= len(num_starts) or num_starts[k] >= cs:
        return False
    gap = ftext[qe:num_starts[k] + 1]  # (with the next count's first letter: «وسبعة»)
    return not _AND_GAP.search(gap) and not _COMMA.search(gap) and " or " not in gap


def _ar_own_subject_or_object(ftext: str, x: _Cue, y: _Cue, num_starts) -> bool:
    """Arabic: two coordinated cues that do not share one count: the first verb comes right
    after a person noun (its own subject: "امرأة قُتلت وأصيب ثلاثة"), or the second one is
    followed by a word that is not a preposition (its own object: "وقتل جميع المهاجمين")."""
    sr = _subject_rules("ar")
    if ftext[x.fs:x.fe].lstrip("وف") in _ar_dual_verbs():
        return True  # "عاملين أجنبيين قُتلا وأصيب ستة آخرون": a dual verb agrees with its own
        # subject of two before it
    b = _AR_BEFORE_WORD.search(ftext, max(0, x.fs - 20), x.fs)
    if b is not None and not ftext.endswith("وا", x.fs, x.fe) \
            and (b.group(1) in sr.persons or b.group(1)[1:] in sr.persons):
        # (not "عناصرها قتلوا وجرحوا المئات": an active plural verb's subject is the agent)
        k = bisect_left(num_starts, b.start()) - 1  # (not "سبعة أشخاص قتلوا أو أصيبوا": the
        if k < 0 or len(ftext[num_starts[k]:b.start()].split()) > 3:  # noun is the count's)
            return True
    w = _AR_WORD.match(ftext, y.fe)
    return w is not None and y.fe <= x.fe + 8 and x.fs > 0 and ftext[x.fs - 1:x.fs] == " " \
        and _NUM_BEFORE_AR.search(ftext, max(0, x.fs - 12), x.fs) is not None \
        and w.group(1) not in sr.stop and w.group(1) not in _AR_AMONG


def _number_just_before(ftext: str, pos: int, num_starts) -> bool:
    """A count shortly before `pos` in the same clause ("خمسة قتلوا وأصيب 12", "42 مدنياً على
    الأقل قُتلوا وأصيب 76": قتلوا has its own)."""
    k = bisect_left(num_starts, pos) - 1
    return k >= 0 and len(ftext[num_starts[k]:pos].split()) <= 7 \
        and not _HARD.search(ftext, num_starts[k], pos) \
        and not _COMMA.search(ftext, num_starts[k], pos)


TOLL_KEEP = 1.5  # a category cue this close to the number beats the toll verb's subject
TOLL_REACH = 220  # characters read back from a toll verb for its subject
FIRST_REACH = TOLL_REACH + 40  # characters of cues read before the first number (a toll verb's
# subject, read back from the verb before the number)
_PAREN_AFTER = re.compile(r"(?:\s*[^\W\d]+){0,3}\s*\(\s*")
_TO_AT = re.compile(r"(?<!\w)(?:to|at)\s*\Z")
_NOUN = re.compile(r"[ \t\u00a0]+(?:[وفبل]?ال|ل|ب)?([^\W\d_]+)")


def _definite_word(ftext: str, lang: str, qs: int) -> bool:
    """An Arabic number word with the article ("الأربع"): an adjective after its noun."""
    return lang == "ar" and not ftext[qs].isdigit() and (
        ftext.startswith("ال", qs) or ftext.startswith(("وال", "فال", "بال"), qs))


def _first_cue(cues, cue_pos, lo: int, hi: int, ftext: str = "", generic=frozenset()
               ) -> _Cue | None:
    """The first strong category cue in folded [lo, hi) (a weak one if none). An `other`
    cue counts only when it is specific ("الإصابات بالكوليرا", "protesters"), not a generic
    "people"/"cases" ("the number of people killed": killed)."""
    weak = None
    for j in range(bisect_left(cue_pos, lo), len(cues)):
        c = cues[j]
        if c.fe > hi:
            break
        if c.cat == "other":
            if not generic or ftext[c.ws:c.fe] in generic:
                continue
            return weak or c
        if not c.weak:
            return c
        weak = weak or c
    return weak


def _clause_start(ftext: str, pos: int, r, lo: int) -> int:
    """Where the clause that ends at `pos` starts: after the last sentence end, reporting
    word ("said that", "أن") or ", and" before it (not before `lo`)."""
    start = _last_hard_end(ftext, lo, pos)
    # (a reporting word is one word: none that starts before the sentence end ends after it)
    for m in r.barrier.finditer(ftext, start, pos):
        if _ADJ_BEFORE.search(ftext, max(0, m.start() - 12), m.start()):
            continue  # "the total confirmed dead", "the reported toll": an adjective
        start = max(start, m.end())
    for m in _COMMA_JOIN.finditer(ftext, lo, pos):
        start = max(start, m.end())
    return start


def _last_hard_end(ftext: str, lo: int, pos: int) -> int:
    """The end of the last sentence end (_HARD: one character) in ftext[lo:pos], else lo (read
    back from pos with str.rfind, not a regex scan from lo)."""
    h = max(ftext.rfind(ch, lo, pos) for ch in _HARD_CHARS)
    p = ftext.rfind(".", h + 1 if h >= lo else lo, pos)
    while p >= 0 and p + 1 < pos and (ftext[p + 1].isdecimal() or _abbrev_dot(ftext, p)):
        # "3.5", "U.S.", "Nov. 26", "Gov. X" are no sentence end
        p = ftext.rfind(".", h + 1 if h >= lo else lo, p)
    h = max(h, p)
    return h + 1 if h >= lo else lo


_HARD_CHARS = "!?؟;؛\n"  # (and a "." before no digit)
# words whose full stop ends no sentence (folded; sentences.py's list): titles, "No.", "St."
_ABBREV_WORDS = frozenset(
    "mr mrs ms dr col lt gen maj capt sgt cpl st no nos prof rep sen gov adm brig cmdr pvt jr sr "
    "inc corp co ltd vs approx est ft mt".split())


def _abbrev_dot(ftext: str, p: int) -> bool:
    """The full stop at p closes an abbreviation, not a sentence (English, folded text):
    initials ("u.s.", "u.n."), a title ("gov.", "dr."), or a month before its day ("nov. 26")."""
    w = ftext[p - 6 if p > 6 else 0:p]
    sp = w.rfind(" ")
    if sp < 0 and p > 6:
        return False  # a long word
    w = w[sp + 1:]
    if len(w) == 1:  # "u.s.": the inner stop (a letter follows)
        return "a" <= w <= "z" and ftext[p + 1:p + 2].isalpha()
    if len(w) == 3 and w[1] == ".":  # ... and the last one (not "3.5.")
        return w[0].isalpha() and w[2].isalpha()
    if w in _ABBREV_WORDS:
        return True
    return w in MONTH_ABBREVS and ftext[p + 1:p + 3].strip()[:1].isdecimal()


_WITH_WOUND = re.compile(r"[ \t\u00a0]+(?=(?:with|for)[ \t\u00a0])")
_ADJ_BEFORE = re.compile(r"(?<!\w)(?:the|total|an?|its|their|of)[ \t\u00a0]+\Z")


_COMMA_JOIN = re.compile(r"[,،]\s*(?:and|but|while|whereas|و|بينما|فيما)(?!\w)")


def _toll_cue(ftext, lang, qs, cues, cue_pos, num_starts, r) -> _Cue | None:
    """The head noun of a toll verb's subject: "The death toll from the earthquake that
    struck southern Turkey rose to 1,340" -> "death toll"; "ارتفع عدد الوفيات جراء ... إلى
    18 حالة" -> "الوفيات" (see toll_verbs in figure_categories.yaml)."""
    tb = r.toll_before.match(ftext, qs)
    g = r.person_generic
    if lang == "en":
        if tb is None and ftext.startswith("to", qs - 3) and " " in ftext[qs - 4:qs - 3]:
            g2 = _TOLL_VERB_GAP.search(ftext, max(0, qs - 70), qs)  # "rose on Thursday to 31",
            if g2 is not None:  # "climbed sharply overnight to 45": an adverbial before "to"
                tb = (g2.start(), None)
        if tb is not None:
            vs = tb[0]
            lo = _clause_start(ftext, vs, r, max(0, vs - TOLL_REACH))
            return _compound_head(_region_cue(cues, cue_pos, num_starts, lo, vs, ftext, g),
                                  cues, cue_pos, vs, ftext)
        if r.toll_object is None or not _TO_AT.search(ftext, max(0, qs - 4), qs):
            return None
        lo = max(0, qs - TOLL_REACH)  # "raising the number of Palestinians killed in the
        # West Bank and east Jerusalem since October 2023 to 1,002": the object may be long
        v = _last_match(r.toll_object, ftext, _clause_start(ftext, qs, r, lo), qs)
        if v is None:
            return None
        t = _region_cue(cues, cue_pos, num_starts, v.end(), qs, ftext, g)
        if t is None and _TOTAL.search(ftext, v.end(), qs):
            t = _event_before(ftext, v.start(), cues, cue_pos, total=True)  # "detain more UN staff,
            # raising total to 23": the total of what the verb before did
        return t
    if tb is None and ftext.startswith(_AR_EXCEED, qs):
        lo = _clause_start(ftext, qs, r, max(0, qs - TOLL_REACH))  # «عدد النازحين في المنطقة
        return _region_cue(cues, cue_pos, num_starts, lo, qs, ftext, g)  # تجاوز 140 ألف شخص»:
        # the verb is read as the number's bound; its subject is the toll noun before it
    if tb is None:
        if ftext.startswith("ب", qs) and r.toll_estimate is not None:
            lo = _clause_start(ftext, qs, r, max(0, qs - TOLL_REACH))
            v = None
            for v in r.toll_estimate.finditer(ftext, lo, qs):
                pass  # "قدّرت المنظمة عدد المتضررين ... بأكثر من مئة ألف": the object's noun
            if v is not None:
                lo2 = v.end()
                for cw in _COUNT_WORD["ar"].finditer(ftext, v.end(), qs):
                    lo2 = cw.end()  # "قدّر منظمو المسيرة عدد المشاركين بـ": the counted noun
                return _region_cue(cues, cue_pos, num_starts, lo2, qs, ftext, g)  # follows عدد
        return None
    te = tb[0]
    lo = _clause_start(ftext, te, r, max(0, te - TOLL_REACH))
    v = _last_match(r.toll_verb, ftext, lo, qs)
    if v is None:
        return None
    if v.end() >= te:  # "حصيلة القتلى بلغت 60": the subject is before the verb
        return _region_cue(cues, cue_pos, num_starts, lo, v.start(), ftext, g)
    return _region_cue(cues, cue_pos, num_starts, v.end(), te, ftext, g) \
        or _region_cue(cues, cue_pos, num_starts, lo, v.start(), ftext, g)


_NUMBER_VERB = re.compile(r"(?<!\w)(?:now|(?:thought|believed|estimated|said|expected|likely|feared|"
                          r"reported|known|understood) to)[ \t\u00a0]+\Z")
_NUMBERED_BEFORE = re.compile(r"\bnumbered[ \t\u00a0]+\Z")
_REVISED_BEFORE = {
    "en": re.compile(r"\b(?:revised|corrected|updated|amended)\b"),
    "ar": re.compile(r"(?<!\w)(?:عدل|عدلت|تعديل|صحح|صححت|تصحيح|حدث|حدثت|تحديث)(?!\w)"),
}
_TRAPPED_WORD = re.compile(r"(?:عالق|محاصر|محتجزين داخل|trapped|stranded)")
_TOTAL = re.compile(r"\b(?:total|tally|number|count|figure)\b")
_TOLL_VERB_GAP = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|jumps|increased|soared|grew|grown|"
    r"fell|fallen|dropped|declined|shot up|went up|gone up|crept up|edged up)"
    r"(?:[ \t\u00a0]+(?!to\b)[^\W\d_][\w.']*){1,4}?[ \t\u00a0]+to[ \t\u00a0]*\Z")
_TOTAL_ANY = re.compile(r"\b(?:total|tally|toll)\b|(?<!\w)(?:ال)?(?:اجمالي|حصيله)")  # (folded)
EVENT_WORDS = 12


def _compound_head(c, cues, cue_pos, hi: int, ftext: str):
    """English noun compounds end in their head: in "cattle raid death toll rises to 74",
    "air strike casualty toll", "flood deaths climb to 30" the event noun only modifies the
    toll noun right after it, which names the category."""
    if c is None or c.cat != "strikes":
        return c
    j = bisect_left(cue_pos, c.fe)
    while j < len(cues) and cues[j].fe <= hi and not ftext[c.fe:cues[j].fs].strip(" \t\u00a0") \
            and cues[j].fs > c.fs and cues[j].cat != "other":
        c = cues[j]
        j += 1
    return c


def _event_before(ftext, pos: int, cues, cue_pos, total: bool = False) -> _Cue | None:
    """The nearest strong category cue before `pos` in the same sentence (at most 12 words).
    A running total after "N killed and M injured" is the dead's (`total`): "61 had been
    killed and 140 injured in the past day, bringing the total since the war began to 43,922"."""
    for j in range(bisect_left(cue_pos, pos) - 1, -1, -1):
        c = cues[j]
        gap = ftext[c.fe:pos]
        if _HARD.search(gap) or len(gap.split()) > EVENT_WORDS:
            return None
        if c.cat != "other" and not c.weak:
            if total and c.cat == "wounded" and j > 0:
                k = cues[j - 1]  # the killed cue just before, one clause: "killed and 140 injured"
                if k.cat == "killed" and not k.weak and not _HARD.search(ftext, k.fe, c.fs) \
                        and len(ftext[k.fe:c.fs].split()) <= 4 \
                        and (" and " in ftext[k.fe:c.fs] or ftext[c.fs] == "و"):
                    return k
            return c
    return None


def _region_cue(cues, cue_pos, num_starts, lo: int, hi: int, ftext: str, generic
                ) -> _Cue | None:
    """First cue of the subject [lo, hi), read after the last number in it when there is
    one ("... إلى 30 والجرحى إلى 50": 50 is the wounded's)."""
    k = bisect_left(num_starts, hi) - 1
    if k >= 0 and num_starts[k] >= lo:
        c = _first_cue(cues, cue_pos, num_starts[k], hi, ftext, generic)
        if c is not None and c.fs >= num_starts[k]:
            return _fate_of_group(c, cues, cue_pos, hi, ftext)
    return _fate_of_group(_first_cue(cues, cue_pos, lo, hi, ftext, generic), cues, cue_pos, hi,
                          ftext)


_REL_WORD = re.compile(r"[ \t\u00a0]+(?:الذين|اللذين|اللواتي|اللاتي|who|that)[ \t\u00a0]+(?:had[ \t\u00a0]+|have[ \t\u00a0]+|were[ \t\u00a0]+)?")


def _fate_of_group(c, cues, cue_pos, hi: int, ftext: str):
    """A held group noun followed by a relative clause whose verb is a fate: the fate counts
    ("عدد الأسرى الذين استشهدوا في السجون ... إلى 66", "the number of detainees who died")."""
    if c is None or c.cat not in _HELD_GROUPS:
        return c
    rm = _REL_WORD.match(ftext, c.fe)
    if rm is not None:
        at = rm.end()
    elif ftext[c.fe:c.fe + 1] == " ":
        at = c.fe + 1  # a participle right after the noun: "the number of inmates killed in
        # the riot rose to 31" (a reduced relative)
    else:
        return c
    j = bisect_left(cue_pos, at)
    if j < len(cues) and cues[j].fs == at and cues[j].fe <= hi \
            and cues[j].cat in _FATES and not cues[j].weak:
        return cues[j]
    return c


INTERCEPT_WORDS = 4
SUBJECT_VERB_BELOW = 2.5  # a cue this close to the number beats the subject's verb
# between a subject noun phrase and its verb: an aside ("including six women", "(among them
# 15 children)") and auxiliaries ("had been", "are believed to be", "were confirmed")
_ASIDE = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:including|among them|among whom|of whom|or|"
                    r"mostly|many of them|most of them|all of them|"
                    r"(?:\d[\d,.]*|[a-z]+)[ \t\u00a0]+(?:of|among)[ \t\u00a0]+(?:them|whom))\b"
                    r"(?:[^.;:!?,()\n]|(?<=\d)[,.](?=\d)){0,80}?,(?!\d)"
                    r"|\([^()\n]{1,80}\)"  # ("29 people, 13 of them children, were killed")
                    # (session 13) an aside between dashes: "12 people - most of them fishermen -
                    # were missing" (an em or en dash is folded to "-")
                    r"|[ \t\u00a0]+-[ \t\u00a0]*[^-.;:!?()\n]{1,80}?[ \t\u00a0]-(?=[ \t\u00a0]))")
_AUX = re.compile(r"(?:[ \t\u00a0]+(?:had|have|has|were|was|are|is|been|being|be|reportedly|"
                  r"also|all|now|later|since|subsequently|confirmed|believed|feared|presumed|"
                  r"said|reported|thought|known|to|either|still|then|lightly|slightly|seriously|"
                  r"critically|severely|badly|fatally|mortally|moderately|completely|totally|"
                  r"partially|partly|fully|entirely|largely|almost|"
                  r"among(?:[ \t\u00a0]+(?:the|those))?))*[ \t\u00a0]+")  # "were among the dead"
# (session 16) the same, plus hedges and manner adverbs of South Asian and African dailies, for
# the subject's own verb only: "six members of a family, including ..., were allegedly abducted",
# "were forcibly disappeared", "were arbitrarily detained", "were brutally murdered"
_AUX_SV = re.compile(r"(?:[ \t\u00a0]+(?:had|have|has|were|was|are|is|been|being|be|reportedly|"
                     r"also|all|now|later|since|subsequently|confirmed|believed|feared|presumed|"
                     r"said|reported|thought|known|to|either|still|then|lightly|slightly|seriously|"
                     r"critically|severely|badly|fatally|mortally|moderately|completely|totally|"
                     r"partially|partly|fully|entirely|largely|almost|"
                     r"allegedly|apparently|possibly|probably|likely|forcibly|arbitrarily|illegally|unlawfully|brutally|"
                     r"among(?:[ \t\u00a0]+(?:the|those))?))*[ \t\u00a0]+")  # "were among the dead"
# a new event between a left cue and the number: "arrested after 300,000 protesters marched"
_REMAIN_GO = re.compile(r"(?:remain|remains|remained|went|go|gone)[ \t\u00a0]+")
_NEW_EVENT = re.compile(r"\b(?:after|before|when|as|while|whereas|since|and|but)\b")
_AUX_VERB = re.compile(r"\b(?:had|have|has|were|was|are|is|been)\b")
_NP_WORD = re.compile(r"[ \t\u00a0]+([a-z][a-z'-]*)")
NP_PLAIN_WORDS = 5  # words of one noun phrase ("members of the government security forces")
NP_MAX_WORDS = 10  # "of"/"from"/"and N" joints across coordinated phrases
_NP_INNER = frozenset(("of", "from", "and", "for"))  # "members of the Volunteers for the
# Defence of the Homeland (VDP) had been killed"
_LAST_AUX = re.compile(r"[ \t\u00a0]([a-z]+)[ \t\u00a0]+\Z")
_NP_DET = re.compile(r"[ \t\u00a0]+(?:the|its|their|his|her|our|a|an|my|your)(?=[ \t\u00a0])")  # "members of a family"
_NP_NUMBER = re.compile(r"[ \t\u00a0]+(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|"
                        r"nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|"
                        r"seventy|eighty|ninety|hundred|dozens|hundreds|thousands)\b)")
_NP_PLACES = re.compile(r"(?:[ \t\u00a0]+[a-z-]+)?[ \t\u00a0]+(?:regions|provinces|districts|states|villages|"
                        r"towns|cities|countries|municipalities|areas|counties|governorates|oblasts|"
                        r"localities|communities|barangays|prefectures)\b")
_NP_ARTICLE = re.compile(r"[ \t\u00a0]+(?:a|an)(?=[ \t\u00a0])")
_NP_STOP = frozenset("and or but while who which that of said says told according to in on "
                     "at from by with".split())


def _count_object_after(ftext: str, pos: int, starts: list[int]) -> bool:
    """A count (one of `starts`, the sorted starts of the numbers that may be counts) starts
    right after pos, after blanks: the verb ending at pos has a count for its object ("killed 12
    people", "injured at least 30"; not "left eight trapped some 500 meters down")."""
    k = pos
    while k < len(ftext) and ftext[k] in " \t\u00a0":
        k += 1
    return k > pos and _number_in(starts, k, k + 1)


_PARTICIPLE_STOP = frozenset("and or but who which that said says told while as when and "
                             "because".split())


def _fate_after_participle(ftext, fe, cue_at) -> _Cue | None:
    """(session 15) English: after a held participle that qualifies the noun ("the 3 soldiers
    captured on Monday", "5 suspects arrested after the blast"), the main verb a few words on
    (auxiliaries first) tells the people's fate: killed or wounded. None if no such verb."""
    pos = fe
    for _ in range(6):
        x = _AUX.match(ftext, pos)
        if x is not None and _AUX_VERB.search(x.group()):
            c = cue_at.get(x.end())
            if c is not None and c.cat in ("killed", "wounded") and not c.weak:
                return c
            return None
        w = _NP_WORD.match(ftext, pos)
        if w is None or w.group(1) in _PARTICIPLE_STOP or w.group(1) in _AUX_WORDS:
            return None
        pos = w.end()
    return None


_AUX_WORDS = frozenset(("had", "have", "has", "were", "was", "are", "is", "been"))
_VICTIMS_GAP = re.compile(r"[ \t\u00a0]+(?:(?:of|in|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[a-z'-]+[ \t\u00a0]+)?"
                          r"(?:(?:were|was|are|is|have|had|has|been|being|still|all|in)[ \t\u00a0]+){0,4}")


_CARE_WORDS = ("treat", "hospital", "condition", "intensive", "critical", "admitted", "care")


def _wounded_after_victims(ftext, fe, cue_at) -> _Cue | None:
    """(session 15) English: a wounded verb right after "victims" (and its "of the blast",
    auxiliaries): "40 victims were taken to hospital", "victims of the blast were being treated"
    (the victims still in care are the hurt, not the dead)."""
    g = _VICTIMS_GAP.match(ftext, fe)
    if g is None:
        return None
    p = fe + 1
    while p <= g.end():
        c = cue_at.get(p)
        if c is not None and c.cat == "wounded" and not c.weak \
                and any(k in ftext[c.ws:c.fe] for k in _CARE_WORDS):
            return c  # (not "the 19 victims were shot at close range": the dead)
        p = ftext.find(" ", p + 1, g.end()) + 1 or g.end() + 1
    return None


def _subject_verb(ftext, qe, cue_at, sr) -> _Cue | None:
    """English: the category verb after the number's subject noun phrase governs it, across
    an aside and auxiliaries ("Nine devotees, including six women, were killed", "21
    passengers had been killed", "at least 35 are believed to be dead"). The noun phrase is at
    most 4 words with no cue of its own other than a generic noun ("people")."""
    pos = qe
    words = plain = 0
    coord = False
    head = None
    for _ in range(NP_MAX_WORDS + NP_PLAIN_WORDS):
        starts = [pos]
        # SPEED: _ASIDE opens with ",", "(" or "-" after optional blanks: in the first two
        # characters, or both are blank (a rarer run of blanks, left to the regex)
        h = ftext[pos : pos + 2]
        a = _ASIDE.match(ftext, pos) if "," in h or "(" in h or "-" in h or h.isspace() else None
        if a is not None:
            starts.append(a.end())
        for p in starts:
            x = _AUX_SV.match(ftext, p)
            if x is None:
                continue
            if p != pos and not x.group().strip():
                # after an aside only an auxiliary ties the verb to the subject, or a verb
                # that takes no object ("at least 40, most of them women, died", "17, among
                # them three journalists, lost their lives"; not "killed 5, including two
                # women, wounded 8": a verb with a count after it is the next clause's)
                c = cue_at.get(x.end())
                if c is None:  # "19, all of them fishermen, remain missing"
                    rm = _REMAIN_GO.match(ftext, x.end())
                    c = cue_at.get(rm.end()) if rm is not None else None
                if c is not None and c.cat in _FATES_HELD and not c.weak \
                        and _NP_NUMBER.match(ftext, c.fe) is None:
                    return c
                continue
            c = cue_at.get(x.end())
            if c is not None and coord and not x.group().strip() \
                    and not ftext[c.ws:c.fe].endswith("ed"):
                return None  # "95,000 cases and 258 deaths": the second count's own noun
            if c is not None and not c.weak and c.cat != "strikes" and (
                    c.cat != "other" or (p == pos and _AUX_VERB.search(x.group()))):
                return c  # an `other` verb after an auxiliary: "151 had been rescued"
            if c is None and (head in sr.persons or p != pos) and x.group().strip():
                b = _LAST_AUX.search(x.group())  # "20 social leaders were being held": the
                c = cue_at.get(x.start() + b.start(1)) if b is not None else None  # passive
                if c is not None and c.fe > x.end() and (
                        (c.cat == "detained" and head in sr.persons)  # (weak) cue starts at
                        # the last auxiliary; people are held
                        or (p != pos and c.cat == "wounded" and not c.weak)):
                    return c  # (session 16) "30, most of them children, were being treated
                    # for burns": after an aside too

        w = _NP_WORD.match(ftext, pos)
        if w is not None and w.group(1) in _NP_INNER and words < NP_MAX_WORDS:
            # "125 members of the security forces and 148 fighters from armed groups had
            # been killed": "of"/"from" inside the phrase, "and <number> ..." coordination
            if w.group(1) == "and":
                n = _NP_NUMBER.match(ftext, w.end())
                if n is None:
                    w2 = _NP_WORD.match(ftext, w.end())  # "40 staff and patients had been"
                    c2 = cue_at.get(w2.start(1)) if w2 is not None else None
                    if w2 is not None and (w2.group(1) in sr.persons or (
                            c2 is not None and c2.cat == "other" and not c2.weak)):
                        pos, words = w.end(), words + 1
                        continue
                    return None
                pos, words, plain, coord = n.end(), words + 2, 0, True
            else:
                pos, words = w.end(), words + 1
                d = _NP_DET.match(ftext, pos)  # "two of its staff were among the dead"
                if d is not None:
                    pos = d.end()
            continue
        if w is not None and w.group(1) in ("in", "across") and words < NP_MAX_WORDS:
            n = _NP_NUMBER.match(ftext, w.end())
            pl = _NP_PLACES.match(ftext, n.end()) if n is not None else None
            if pl is not None:  # (session 18, gold_bo) "nearly 2.6 million people in eight
                pos, words = pl.end(), words + 2  # regions had been affected": where they are
                continue
        if w is None or w.group(1) in _NP_STOP or w.group(1) in sr.stop:
            return None
        c = cue_at.get(w.start(1))
        if c is not None and (c.cat != "other" or c.weak):
            return None  # the noun phrase has its own cue ("four injured soldiers")
        pos = w.end()
        head = w.group(1)
        words += 1
        plain += 1
        if plain > NP_PLAIN_WORDS:
            return None
    return None


def _lost_kin(ftext: str, qs: int, qe: int, cue_end: dict, sr) -> _Cue | None:
    """The weak «فقد» (lost) right before a count of kin or companions, or before a kinsman
    and the count joined to him: «فقد ابنتيه»، «فقدت ثلاثة من أبنائها»، «فقد شقيقه وثلاثة من
    أصدقائه». Returns the cue (killed) or None."""
    end = qs - 1
    c = cue_end.get(end) if ftext[end] in " \t\u00a0" else None
    if c is None and ftext[qs] == "و":  # «فقد شقيقه وثلاثة»: one kinsman before the joined count
        km = _AR_KIN_WORD.search(ftext, max(0, qs - 30), qs)
        if km is None:
            return None
        end = km.start() - 1
        c = cue_end.get(end) if ftext[end] in " \t\u00a0" else None
    if c is None or not c.weak or c.cat != "killed" or not ftext.startswith("فقد", c.ws):
        return None
    if _AR_KIN_DUAL.match(ftext, qs, qe) or _AR_KIN_AFTER.match(ftext, qe):
        return c
    nw = _NOUN.match(ftext, qe)
    return c if nw is not None and nw.group(1) in sr.persons else None
_OR_NEXT = re.compile(r"[ \t\u00a0]+(?:او|ام)(?!\w)")


def _destroyed(ftext, lang, qs, qe, all_starts, r, sr, cues=(), cue_pos=()) -> bool:
    """Is the number the object of a destruction verb (things destroyed, burned, shot down,
    cleared are `other`)? The verb comes at most 4 words before the number (same clause, no
    other number between) or after its noun phrase and auxiliaries ("74 drones had been shot
    down", "42 cars set on fire"). Never for people or for targets struck."""
    if ftext[qe:qe + 1] in _CLOSE_QUOTES:
        qe += 1  # 'destroyed "at least six" tanks': the noun after the quoted number
    if lang == "en":
        pi = r.post_inherit.match(ftext, qe)  # "five drones ... and two of them were shot down"
        if pi is not None and "more" not in pi.group():
            x = _AUX.match(ftext, pi.end())
            if x is not None and x.group().strip() and r.intercept.match(ftext, x.end()):
                return True
        pa = _PART_AFTER.match(ftext, qe)  # ("87 of which were shot down")
        x = _AUX.match(ftext, qe if pa is None else pa.end())  # "of which 87 were shot down": a
        # bare count of weapons downed
        if x is not None and x.group().strip() and r.shoot_down.match(ftext, x.end()):
            return True
    nw = _NOUN.match(ftext, qe)
    if nw is not None and nw.group(1) == "of" and lang == "en":
        nw = _NOUN.match(ftext, nw.end())  # "torched dozens of vehicles"
        if nw is not None and nw.group(1) in _DETERMINERS:
            nw = _NOUN.match(ftext, nw.end())  # "two of its schools had been damaged"
    noun = nw.group(1) if nw else None
    np_start = qe if nw is None else nw.start()
    if noun in sr.persons and lang == "en":  # "4 police stations set on fire": a compound
        n2 = _NOUN.match(ftext, nw.end())
        if n2 is not None and n2.group(1) not in sr.persons and n2.group(1) not in sr.stop \
                and n2.group(1) not in _NP_STOP:
            np_start, nw, noun = nw.end(), n2, n2.group(1)
    if noun is None or noun in sr.persons or noun in sr.stop or noun in _NP_STOP \
            or noun in r.generic:  # "1,000 families left homeless": people, not things
        return False
    lo = max(0, qs - 60)
    for v in r.intercept.finditer(ftext, lo, qs):
        if noun in r.struck_targets and not r.shoot_down.match(ftext, v.start()):
            continue  # "destroyed 20 targets" are strikes; "shot down 460 targets" are not
        if r.dropped and _dropped(noun, lang, ftext, v, r):
            continue  # «أسقطت الطائرات 20 قنبلة»: bombs dropped, not downed
        gap = ftext[v.end():qs]
        if len(gap.split()) <= INTERCEPT_WORDS and not _HARD.search(gap) \
                and not _COMMA.search(gap) and not _THAT_WORD.search(gap) \
                and bisect_left(all_starts, qs) == bisect_left(all_starts, v.end()) \
                and not _object_between(ftext, v.end(), qs, cues, cue_pos, r):
            return True  # (not "three hospitals had been damaged and that 14 ambulances")
    if lang != "en" or noun in r.struck_targets:
        return False
    pos = np_start
    for _ in range(7):
        w = _NP_WORD.match(ftext, pos)
        if w is not None and w.group(1) == "and" and pos > np_start:
            n = _NP_NUMBER.match(ftext, w.end()) or _NP_ARTICLE.match(ftext, w.end())
            if n is not None:  # "30 schools and 12 clinics were damaged", "nine apartment
                pos = n.end()  # blocks and a pharmacy had been damaged"
                continue
            n = _NP_WORD.match(ftext, w.end())
            if n is not None and n.group(1) in r.hit_things:
                pos = n.end()  # (session 17) "23 caves and shelters ... had been destroyed"
                continue
        if w is None or w.group(1) in _NP_STOP or w.group(1) in sr.stop \
                or w.group(1) in sr.persons or (pos > np_start
                                                and r.intercept.match(ftext, w.start(1))):
            break  # ("4 police stations set on fire": the verb ends the noun phrase)
        pos = w.end()
    head = ftext[np_start:pos].rsplit(None, 1)[-1].lower() if pos > np_start else ""
    if pos > np_start and ftext[pos:pos + 1] in ",(" or ftext[pos + 1:pos + 2] == "(":
        a = _ASIDE.match(ftext, pos)  # "11 vehicles, including two buses, were razed"
        if a is not None:
            pos = a.end()
    if pos > np_start and " by " in ftext[pos:pos + 24]:
        rr = _REDUCED_RELATIVE.match(ftext, pos)  # (session 17) "23 caves and shelters used by
        if rr is not None:  # the group had been destroyed"
            pos = rr.end()
    x = _AUX.match(ftext, pos)
    if x is None or pos == np_start:
        return False
    return x.end() > pos and (r.intercept.match(ftext, x.end()) is not None
                              or _thing_fate_at(ftext, x.end(), r)
                              or (head in r.hit_things  # (not "14 protesters were hit")
                                  and _PASSIVE_HIT.match(ftext, pos) is not None))


_REDUCED_RELATIVE = re.compile(r"(?:[ \t\u00a0]+(?:used|held|run|owned|built|operated|controlled|occupied|"
                               r"manned|belonging))?[ \t\u00a0]+(?:by|to)[ \t\u00a0]+(?:the[ \t\u00a0]+|its[ \t\u00a0]+|"
                               r"their[ \t\u00a0]+)?[a-z'-]+(?:[ \t\u00a0]+[a-z'-]+)?(?=[ \t\u00a0]+(?:had|have|has|were|was|are|is)\b)")


def _thing_fate_at(ftext: str, pos: int, r) -> bool:
    """A fate of things at `pos` ("buried", "crushed"), not one of people ("crushed to death",
    "buried alive": session 14)."""
    m = r.thing_fate.match(ftext, pos)
    return m is not None and not ftext.startswith((" to death", " alive"), m.end())


# things hit (figure_categories hit_things, the head noun), in the passive after their noun
# phrase, are things damaged (`other`, like "shells had hit four houses"): "96 schools and 41
# clinics had been hit", "three ambulances were hit by gunfire" (people hit are wounded, and
# targets/positions struck strikes: both returned above; the active "10 drones hit the city"
# has no auxiliary and stays out)
_PASSIVE_HIT = re.compile(r"[ \t\u00a0]+(?:(?:had|have|has)[ \t\u00a0]+(?:(?:also|reportedly)[ \t\u00a0]+)?been"
                          r"|were|was)"
                          r"(?:[ \t\u00a0]+(?:also|directly|badly|partly|partially))?"
                          r"[ \t\u00a0]+(?:hit|struck)(?!\w)")


_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "our", "these", "those"))
_CLOSE_QUOTES = frozenset("\"'”’»")


_HAS_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:had|has|have)(?:[ \t\u00a0]+only)?[ \t\u00a0]+\Z")
# people living in a region, the verb first (gold_y: "ويعيش في قطاع غزة نحو 2.3 مليون فلسطيني")
_LIVE_BEFORE = re.compile(r"(?<!\w)(?:[وف]?(?:يعيش|تعيش|يقطن|تقطن|يسكن|تسكن)(?:[ \t\u00a0]+[^\W\d]+){0,4}"
                          # the number of a people present in a country (tuning am, z): «عدد
                          # السودانيين الموجودين على أراضيها بنحو 1.2 مليون» (nationals, migrants or
                          # foreigners: not a crowd or the people inside a building)
                          r"|(?:عدد|اعداد)[ \t\u00a0]+(?:ال[^\W\d]+يين|المهاجرين|اللاجيين|الاجانب|"
                          r"الوافدين|الافغان|الاكراد)[ \t\u00a0]+(?:الموجود|المقيم|المتواجد)(?:ين|ون)"
                          r"(?:[ \t\u00a0]+[^\W\d]+){0,3})[ \t\u00a0]+\Z")
_THERE_ARE = re.compile(r"(?<!\w)there[ \t\u00a0]+(?:are|were|is|was)(?:[ \t\u00a0]+(?:now|still|currently"
                        r"|already))?[ \t\u00a0]+\Z")  # "there are 850,000 migrants in Libya"
# people who got away while others were arrested: no count (gold_z: "arrested four gang members
# while two others escaped", «ألقت القبض على ثلاثة ... فيما فرّ اثنان آخران»)
_OTHERS_AFTER = re.compile(r"[ \t\u00a0]+(?:others|more|اخران|اخرون|اخرين|اخري)(?!\w)")
_GOT_AWAY = frozenset(("escaped", "fled", "got away", "فر", "هرب", "فروا", "هربوا", "فرا", "هربا",
                       "تمكن من الفرار", "لاذ بالفرار", "لاذوا بالفرار"))
_ON_BOARD_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z]+){0,2}[ \t\u00a0]+(?:on board|aboard)\b")
# a right-hand cue of "most of them" is theirs, not the count's («يعيشون ..., أغلبهم من
# النازحين»، «2.3 مليون فلسطيني، نزح معظمهم»)
_MOST_OF = re.compile(r"(?<!\w)(?:اغلبهم|معظمهم|غالبيتهم|اكثرهم|most of them|many of them|"
                      r"most of whom|many of whom)(?!\w)")
_MOST_OF_FIRST = frozenset("امغm")  # the first characters of _MOST_OF's phrases
_TREATED_AT = re.compile(r"\btreated[ \t\u00a0]+(?:at|in)\b")
_THAT_WORD = re.compile(r"(?<!\w)(?:that|ان|وان|بان)(?!\w)")  # a new content clause


def _intercept_before(ftext: str, qs: int, r) -> bool:
    """A destruction verb at most 4 words before the number, same clause."""
    for v in r.intercept.finditer(ftext, max(0, qs - 60), qs):
        gap = ftext[v.end():qs]
        if len(gap.split()) <= INTERCEPT_WORDS and not _HARD.search(gap) \
                and not _COMMA.search(gap):
            return True
    return False


def _hit_before(ftext: str, qs: int, r) -> bool:
    """A strike verb right before a thing's dual ("طالت مبنيين"), at most one word between."""
    for v in r.hit_before.finditer(ftext, max(0, qs - 40), qs):
        gap = ftext[v.end():qs]
        if len(gap.split()) <= 1 and not _HARD.search(gap) and not _COMMA.search(gap):
            return True
    return False


def _object_between(ftext, lo: int, hi: int, cues, cue_pos, r) -> bool:
    """A category cue between a destruction verb and the number that is not a weapon: the verb
    has its own object or a new verb starts ("shot down a helicopter and killed 36 fighters",
    "repelled assaults near 14 settlements")."""
    for j in range(bisect_left(cue_pos, lo), len(cues)):
        c = cues[j]
        if c.fs >= hi:
            break
        if c.cat == "other":
            continue
        key = _norm_key(ftext[c.ws:c.fe])
        if c.cat == "strikes" and (key in r.intercept_objects
                                   or key.rsplit(" ", 1)[-1] in r.intercept_objects):
            continue
        return True
    return False


# "neutralised" people are killed (see the lexicon's Choices), devices neutralised are things
_NEUTRALISE = re.compile(r"neutrali|[وف]?(?:تحييد|حيد)")
_DEVICE = re.compile(r"(?:explosive|device|bomb|mine|ied|charge|shell|عبو|لغم|الغام|ألغام|قنبل|متفجر)")


_PART_BEFORE = re.compile(r"(?<!\w)(?:another|a further|an additional|including|of which|of them|منها|ومنها|منهم|من بينها|بينها)"
                          r"[ \t\u00a0]+\Z")
_PART_AFTER = re.compile(r"[ \t\u00a0]+(?:of them|of which|منها)(?!\w)")


def _part_of_downed(ftext: str, downed_end: int, qs: int, qe: int) -> bool:
    """Is this number a part of the weapons downed just before, in the same sentence ("35 of
    them", "another 12", «منها 30»)?"""
    if _HARD.search(ftext, downed_end, qs):
        return False
    gap = ftext[downed_end:qs]
    return bool(_PART_BEFORE.search(ftext, max(downed_end, qs - 20), qs)
                or _PART_AFTER.match(ftext, qe)
                # the list of parts goes on: "... 43 over Kursk and 29 over Bryansk"
                or (len(gap.split()) <= 6 and "،" not in gap and "," not in gap
                    and (ftext[qs] == "و" or gap.endswith((" and ", " و")))))


_OF_WEAPON = re.compile(r"[ \t\u00a0]+(?:(?:the|its|their|these|those)[ \t\u00a0]+)?([a-z]+)")


def _bare_aux(ftext: str, qe: int) -> bool:
    """Does a bare number go straight on to its verb ("... and 87 were shot down")?"""
    x = _AUX.match(ftext, qe)
    return x is not None and bool(x.group().strip())


def _downed_weapon(ftext: str, lang: str, qs: int, qe: int, nw, c, prev_noun, r) -> bool:
    """Is the thing counted a weapon in the air (the noun after the number, one or two words,
    the strikes cue that named it, a dual that is its own noun, or the previous count's noun
    for "N of them"/«منها N»): "41 drones", «12 طائرة مسيرة», «مسيّرتين», "seven rockets, and
    three of them were shot down"?"""
    keys = [_norm_key(ftext[qs:qe])]  # «أسقطت مسيّرتين»: a dual counts itself
    if prev_noun is not None and (nw is None or nw.group(1) in ("of", "منها", "منهم")
                                  or _PART_BEFORE.search(ftext, max(0, qs - 20), qs)
                                  or _PART_AFTER.match(ftext, qe)
                                  or (lang == "en" and _bare_aux(ftext, qe))):
        keys.append(_strip_al(_norm_key(prev_noun)) if lang == "ar" else _norm_key(prev_noun))
    if nw is not None:
        w = _norm_key(nw.group(1))
        w = _strip_al(w) if lang == "ar" else w
        keys.append(w)
        if w == "of":  # "118 of the drones had been shot down", "shot down 40 of the missiles"
            ofm = _OF_WEAPON.match(ftext, nw.end())
            if ofm is not None:
                keys.append(ofm.group(1))
                nw = ofm
        n2 = _NOUN.match(ftext, nw.end())
        if n2 is not None:
            w2 = _norm_key(n2.group(1))
            keys.append(f"{w} {w2}")
            if lang == "en":
                keys.append(w2)  # "23 Ukrainian drones": a demonym or adjective before the noun
    if c is not None:
        keys.append(_norm_key(ftext[c.ws:c.fe]))
        if lang == "en" and ftext.startswith("target", c.ws):
            pw = _EN_WORD_BEFORE.search(ftext, max(0, c.ws - 16), c.ws)
            if pw is not None:  # 'intercepted two "suspicious aerial targets"' (session 17)
                keys.append(f"{pw.group(1)} {keys[-1]}")
    if lang == "en" and nw is not None:
        pws = _en_phrase_words(ftext, qe)
        keys.extend(pws)  # "four anti-ship ballistic missiles"
        if len(pws) > 2:  # (session 17) "four unmanned aerial vehicles launched from ...",
            for k in range(len(pws) - 1):  # "seven guided aerial bombs overnight"
                keys.append(f"{pws[k]} {pws[k + 1]}")
                if k + 2 < len(pws):
                    keys.append(f"{pws[k]} {pws[k + 1]} {pws[k + 2]}")
    if any(k in r.downed_weapons for k in keys):
        return True
    if lang == "en":  # (session 18, gold_an/gold_bn) aircraft shot down are weapons in the air:
        # "had shot down five Indian aircraft", "downed three Su-25 jets" (not "destroyed 671
        # warplanes" on the ground: a shoot-down verb must govern the count)
        return any(k in _EN_AIRCRAFT for k in keys) \
            and _EN_SHOT_DOWN_BEFORE.search(ftext, max(0, qs - 30), qs) is not None
    # aircraft are weapons in the air only when a shoot-down verb governs the count («تمكنت من
    # إسقاط سبع طائرات»، «أسقطت تسعاً منها» after «طائرة مسيّرة»; not «دمر 5 طائرات في المطار»)
    return lang == "ar" and any(_strip_al(k) in _AR_AIRCRAFT for k in keys) \
        and _AR_SHOT_DOWN_BEFORE.search(ftext, max(0, qs - 30), qs) is not None


_EN_AIRCRAFT = frozenset(("aircraft", "jets", "jet", "planes", "plane", "warplanes", "warplane",
                          "helicopters", "helicopter", "fighter jets", "fighters", "bombers",
                          "gunships", "choppers"))
_EN_SHOT_DOWN_BEFORE = re.compile(r"\b(?:shot down|shoot down|shooting down|downed)"
                                  r"(?:[ \t\u00a0]+[^\W\d_,]+){0,2}[ \t\u00a0]+\Z")


# The words of an English noun phrase after a number, up to its head: modifiers, hyphenated
# compounds ("seven one-way attack drones", "four anti-ship ballistic missiles"); it stops at a
# word that cannot be inside the phrase (a preposition, conjunction, verb form below) or at
# punctuation.
_EN_PHRASE_WORD = re.compile(r"[ \t\u00a0]+((?:[a-z]\u2024)+(?:-[A-Za-z0-9]+)*|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
                             r"(?![\w-])")  # (session 18: "Su-25", "U.S.-made" masked by _INITIALS)
_EN_PHRASE_STOP = frozenset(
    "and or but of in on over at near into onto from to by with without as that which who "
    "were was are is had have has been being carrying aimed fired launched targeting".split())


_EN_WORD_BEFORE = re.compile(r"([a-z]+)[ \t\u00a0]+\Z")
# an aside between a count and its verb: ", 27-year-old Ali Jaber, was", ", Ali and Hassan, were"
_EN_APPOSITION = re.compile(r",[ \t\u00a0]+((?:an?[ \t\u00a0]+)?[\w'-]+(?:[ \t\u00a0]+[\w'-]+){0,4}),"
                            r"[ \t\u00a0]+(?=(?:was|were|had|has|have|is|are)\b)")


def _en_phrase_words(ftext: str, qe: int, limit: int = 4) -> list[str]:
    """The lower-cased words of the noun phrase right after an English number, at most `limit`
    words (the last one is its head when the phrase is that short)."""
    words, pos = [], qe
    for _ in range(limit):
        m = _EN_PHRASE_WORD.match(ftext, pos)
        if m is None:
            break
        w = m.group(1).lower()
        if w in _EN_PHRASE_STOP:
            break
        words.append(w)
        pos = m.end()
    return words


def _dropped(noun: str, lang: str, ftext: str, v, r) -> bool:
    """Is this a bomb that the shoot-down verb at `v` drops («أسقطت الطائرات 20 قنبلة»،
    «أسقط قنبلتين»)?"""
    key = _strip_al(noun) if lang == "ar" else noun
    return key in r.dropped and r.shoot_down.match(ftext, v.start()) is not None


def _intercepted(ftext, qs, c, num_starts, r) -> bool:
    """Is the strikes noun of this number a weapon shot down or destroyed ("shot down four
    missiles", "أسقطت الدفاعات 5 مسيرات")? The verb comes at most 4 words before the number,
    with no comma, sentence end or other number in between."""
    key = _norm_key(ftext[c.ws:c.fe])
    if (key not in r.intercept_objects and key.rsplit(" ", 1)[-1] not in r.intercept_objects
            and not (key in ("targets", "target")
                     and ftext.endswith(("aerial ", "air "), max(0, c.ws - 7), c.ws))) \
            or c.fs < qs:
        return False  # (session 17: 'intercepted two "suspicious aerial targets"')
    lo = max(0, qs - 60)
    for v in r.intercept_weapons.finditer(ftext, lo, qs):
        if r.dropped and _dropped(key, "", ftext, v, r):
            continue  # «أسقطت الطائرات 20 قنبلة»: bombs dropped are strikes
        gap = ftext[v.end():qs]
        words = len(gap.split())
        if _HARD.search(gap) or _COMMA.search(gap):
            continue
        if words <= INTERCEPT_WORDS \
                and bisect_left(num_starts, qs) == bisect_left(num_starts, v.end()):
            return True
        if words <= 2 * INTERCEPT_WORDS and (gap.endswith((" and ", " و")) or ftext[qs] == "و"):
            return True  # "shot down four missiles and two drones"
    # the passive after the weapon noun: "40 missiles were intercepted", "12 of the rockets
    # had been intercepted by air defences"
    return bool(_PASSIVE_INTERCEPT.match(ftext, c.fe))


_PASSIVE_INTERCEPT = re.compile(
    # (session 18, gold_bn/gold_bo) also a weapon's launch site between: "one missile launched from
    # Yemen had been intercepted", "two rockets fired from Gaza were intercepted"; and "15
    # missiles had been neutralised by air defence"
    r"(?:[ \t\u00a0]+(?:launched|fired)[ \t\u00a0]+(?:from|at|towards?)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Za-z'-]+,?)?"
    r"[ \t\u00a0]+(?:(?:were|was|had|have|has|been|being|all|also|"
    r"reportedly|successfully)[ \t\u00a0]+){1,3}(?:intercepted|neutrali[sz]ed)(?!\w)")


# medical care given right before a count (the number may carry «لـ»)
_CREW_OF = re.compile(r"\bcrew[ \t\u00a0]+of[ \t\u00a0]+\Z")
_CREW_AFTER = re.compile(r"(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+(?:crew|crewmen|crew members|sailors|seafarers|"
                         r"seamen|mariners)\b")
SHELTER_REACH = 90  # characters read back (same sentence) for the shelter holding a count
_SHELTER_BEFORE = re.compile(r"\b(?:relief|evacuation|reception|accommodation|transit|displacement|refugee)"
                             r"[ \t\u00a0]+(?:camps?|centres?|centers?|sites?|shelters?)\b"
                             # "the camps near Cox's Bazar now hold 1.1 million Rohingya"
                             r"|\b(?:the|these|those|its|their)[ \t\u00a0]+(?:camps?|shelters?)\b")
_HOLDING_WORDS = frozenset(("inmates", "inmate", "holding", "hold", "holds", "held", "housing"))
_CUSTODY_PLACE = re.compile(r"\b(?:detention|prison|jail|internment|custody|police)\b")
def _shelter_before(ftext: str, qs: int) -> bool:
    """A relief camp or reception centre earlier in the number's sentence, and no place of
    custody ("the detention centre was holding 640 migrants")."""
    m = _last_match(_SHELTER_BEFORE, ftext, max(0, qs - SHELTER_REACH), qs)
    return m is not None and not _HARD.search(ftext, m.end(), qs) \
        and not _CUSTODY_PLACE.search(ftext, max(0, m.start() - 30), qs)


# (session 18) vaccines or aid delivered to the people counted right after (folded)
# (not aid: «وزعت مساعدات على 300 عائلة نازحة» stays the displaced, tests/test_figures.py)
_AR_AID_TO_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:لقاحات|لقاح|تطعيمات|جرعات|جرعات لقاح)"
                               r"[ \t\u00a0]+(?:الي[ \t\u00a0]+|علي[ \t\u00a0]+|ل)?\Z")
_CARE_BEFORE = {
    "en": re.compile(r"(?<!\w)(?:medical care|medical treatment|medical assistance|first aid|"
                     r"treatment|care)[ \t\u00a0]+to[ \t\u00a0]+\Z"),
    "ar": re.compile(r"(?<!\w)(?:ال)?(?:رعايه الطبيه|رعايه طبيه|اسعافات الاوليه|اسعافات اوليه|"
                     r"علاج|اسعافات)[ \t\u00a0]+(?:الي[ \t\u00a0]+|ل[ \t\u00a0]*)?\Z"),
}
_IN_NAMED_PLACE = re.compile(r"[ \t\u00a0]+(?:in|inside)[ \t\u00a0]+(?:the[ \t\u00a0]+(?:city|town|besieged)"
                             r"|(?!The\b)[A-Z])")  # "trapped in El Fasher", "in the city"


# from a sub-count's number to a cue that is its own: the cue right after the number («بينهم ٤٣
# مصاباً») or after "with/for" ("among them 41 with severe burns"); not a predicate of the
# whole ("23 people including seven children were killed")
_SUBCOUNT_OWN_GAP = re.compile(r"\S+[ \t\u00a0]+(?:(?:with|for|suffering[ \t\u00a0]+from)[ \t\u00a0]+"
                               r"(?:[a-z-]+[ \t\u00a0]+){0,2})?")


def _subcount_owns(ftext: str, gs: int, ge: int, num_starts, r) -> bool:
    """The last number in [gs, ge) is a sub-count ("among them 41") whose phrase runs on to
    `ge` with no comma: a cue at `ge` is that sub-count's."""
    k = bisect_left(num_starts, ge) - 1
    if k < 0 or num_starts[k] < gs:
        return False
    p = num_starts[k]
    return r.inherit_before.match(ftext, p) is not None \
        and _SUBCOUNT_OWN_GAP.fullmatch(ftext, p, ge) is not None


def _cue_just_before(ftext: str, qs: int, cues, cue_pos, reach: int = 4) -> bool:
    """A category cue at most `reach` words before the number, same clause."""
    k = bisect_left(cue_pos, qs) - 1
    if k < 0 or cues[k].fe > qs:
        return False
    gap = ftext[cues[k].fe:qs]
    return len(gap.split()) <= reach and not _HARD.search(gap) and not _COMMA.search(gap)


def _subcount_between(ftext: str, qe: int, hi: int, num_starts, r) -> bool:
    """A sub-count ("among them 41", «بينهم ٤٣») between the number and a cue after it."""
    for p in num_starts[bisect_left(num_starts, qe):bisect_left(num_starts, hi)]:
        if r.inherit_before.match(ftext, p) is not None:
            return True
    return False


FATE_REACH = 80  # characters from a flight or capture cue to a "fate unknown" cue after it
_FATE_WORDS = ("missing", "unknown", "fate", "whereabouts", "happened", "heard from",
               "مفقود", "مصير", "يعودوا")  # a missing cue that says the fate is unknown


def _fate_unknown_after(ftext, c, qs, cues, cue_pos, num_starts) -> bool:
    """A displacement or capture cue followed in its clause by a cue that their fate is unknown
    ("fled into the bush and have not returned", «فروا إلى الأدغال ولم يعودوا», "abducted by IS in
    2014 remain missing", «معتقل لا تعرف عائلاتهم مصيرهم»), no other number between. A flight
    verb also takes a "have not come back" after it (alone: an abducted count, detained)."""
    j = bisect_left(cue_pos, c.fe)
    while j < len(cues) and cues[j].cat == c.cat and cues[j].fs - c.fe <= FATE_REACH:
        j += 1  # "المختطفات والمختطفين الذين ما زالوا في عداد المفقودين"
    if j >= len(cues):
        return False
    k = cues[j]
    if k.weak or k.fs - c.fe > FATE_REACH:
        return False
    kt = ftext[k.fs:k.fe]
    if not (k.cat == "missing" and (c.cat == "displaced" or any(w in kt for w in _FATE_WORDS))
            or c.cat == "displaced" and k.cat == "detained" and " not " in kt):
        return False
    gap = ftext[c.fe:k.fs]
    if _HARD.search(gap) or _COMMA.search(gap) or not (c.fe <= qs or c.fs >= qs):
        return False
    for p in num_starts[bisect_left(num_starts, c.fe):bisect_left(num_starts, k.fs)]:
        if p != qs and not _YEAR.match(ftext, p):
            return False  # another count between ("fled and 30 are missing"; a year is not)
    i = bisect_left(num_starts, k.fe)
    if i < len(num_starts) and num_starts[i] - k.fe <= 24 \
            and _OF_PART.fullmatch(ftext, k.fe, num_starts[i]):
        return False  # (session 17) "dozens were taken hostage and the whereabouts of about
        # 15 of them were unknown": the unknown fate is a part's, the count stays held
    return True


_OF_PART = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:about|some|around|at least|nearly|over|more than|"
                      r"an estimated|up to)[ \t\u00a0]+)?")
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")


# Operations a side says it carried out are attacks (`strikes`): the verb right before the
# count, "operations" (optionally military/armed ...) right after it; never surgeries, rescues,
# evacuations, exchanges, raids, searches or births («عملية جراحية»، "emergency operations").
_OPS_GATE = {"en": "operation", "ar": "عملي"}
_OPS_BEFORE = {
    "en": re.compile(r"(?<!\w)(?:carried|carries|carrying|carry)[ \t\u00a0]+out[ \t\u00a0]+\Z|"
                     r"(?<!\w)(?:conducted|conducts|conducting|launched|launches|executed|mounted|"
                     r"staged)[ \t\u00a0]+\Z", re.I),
    # (session 17) a time phrase may stand between: «نفذت منذ بداية العام «أكثر من 120 عملية جوية»»
    "ar": re.compile(r"(?<!\w)[وف]?(?:نفذ|نفذت|نفذوا|ينفذ|تنفذ|شن|شنت|شنوا|يشن|تشن)[ \t\u00a0]+"
                     r"(?:(?:منذ|خلال)(?:[ \t\u00a0]+[^\W\d]+){1,3}[ \t\u00a0]+)?\Z"),
}
_OPS_AFTER = {
    "en": re.compile(r"[ \t\u00a0]+(?:(?:military|armed|combat|offensive|attack|hostile|joint|"
                     r"separate|special|successful)[ \t\u00a0]+)?operations?(?!\w)"
                     r"(?![ \t\u00a0]+(?:rooms?|cent(?:re|er)s?|theat(?:re|er)s?))", re.I),
    "ar": re.compile(r"[ \t\u00a0]+عملي(?:ه|ات)(?!\w)(?![ \t\u00a0]+(?:ال)?(?:جراحي|انقاذ|ولاد|اخلاء|"
                     r"تبادل|بحث|زرع|قيصري|اغتيال|اغاثه|اغاثيه|تفتيش|دهم|مداهم|تمشيط|اعتقال|"
                     r"بيع|شراء|تهريب|تسلل|تطعيم|تلقيح|غسيل|نقل|توزيع|ترحيل|عوده|اجلاء|"
                     r"ومحاول))"),
}


# "N <people> are among them / among those": the count before (not "among them N": inherit_after)
_AMONG_THEM = re.compile(r"(?:[ \t\u00a0]+[a-z'-]+){1,3}?[ \t\u00a0]+(?:are|were|is|was|remain|remained)"
                         r"(?:[ \t\u00a0]+(?:also|still|now))?[ \t\u00a0]+among[ \t\u00a0]+(?:them|those|the[ \t\u00a0]+victims)"
                         r"(?!\w)", re.I)
# a care cue that names no harm ("admitted to hospitals", "hospitalised", "being treated")
_CARE_ONLY = re.compile(r"(?:(?:were|was|been|being|are|is)[ \t\u00a0]+)?(?:hospitali[sz]ed|admitted to (?:a |the )?hospitals?|"
                        r"admitted for (?:treatment|medical treatment|care)|being treated|receiving treatment|"
                        r"(?:still[ \t\u00a0]+)?under treatment|hospital|(?:taken|rushed) to (?:a |the )?hospitals?|"
                        r"rushed to hospital|taken to hospital|received medical (?:treatment|care|attention))")
# an outbreak story: its lead names a disease (not "an outbreak of fighting")
_OUTBREAK_LEAD = re.compile(r"\b(?:cholera|measles|dengue|malaria|ebola|mpox|covid(?:-19)?|coronavirus|"
                            r"meningitis|typhoid|diphtheria|polio|influenza|bird flu|avian flu|"
                            r"yellow fever|lassa fever|marburg|chikungunya)\b")
LEAD_REACH = 600  # folded characters of the headline and lead read for an outbreak story
_OTHERS_WORD = {"en": re.compile(r"[ \t\u00a0]+others(?!\w)", re.I),
                "ar": re.compile(r"[ \t\u00a0]+(?:اخرين|اخرون)(?!\w)")}


def _unquoted(ftext: str, qs: int) -> int:
    """The position before an opening quote right before the number (its spaces kept): a verb
    before a quoted count still governs it (حررت "أكثر من ستين"، نفذت «أكثر من ٤٠ عملية»)."""
    j = qs
    while j > 0 and ftext[j - 1] in _QUOTES:
        j -= 1
    return j


_QUOTES = "\"'«“‘"


# A hurt state said right after a count and its noun (gate: a cheap substring first): "eight
# others were pulled out alive with broken bones", "12 survivors, who were injured",
# «أُنقذ ثمانية آخرون وهم مصابون بكسور ورضوض»، «ستة عمال مصابين بحروق»
_HURT_GATE = {"en": " with ", "ar": "مصاب"}
_HURT_AFTER = {
    "en": re.compile(r"(?:[ \t\u00a0]+(?!with\b)[\w-]+){0,5}?[ \t\u00a0]+with[ \t\u00a0]+(?:serious[ \t\u00a0]+|"
                     r"severe[ \t\u00a0]+|minor[ \t\u00a0]+|multiple[ \t\u00a0]+)?(?:broken[ \t\u00a0]+(?:bones|limbs|legs|arms)|"
                     r"fractures|injuries|burns|wounds|gunshot[ \t\u00a0]+wounds|head[ \t\u00a0]+injuries|bruises)\b"),
    "ar": re.compile(r"(?:[ \t\u00a0]+[^\s،.؛,]+){0,3}?[ \t\u00a0]*،?[ \t\u00a0]*(?:و?(?:هم|هن|هما)[ \t\u00a0]+)?"
                     r"مصاب(?:ون|ين|ات|ان)[ \t\u00a0]+(?:ب)?(?:جروح|كسور|حروق|رضوض|اصابات|الرصاص|طلقات|شظايا)"),
}

# Military sites and facilities a side struck, named right after the count, with the attack
# verb right before it (bound words between) are `strikes`, like "targets" (gold_al, gold_an:
# "jets struck nine militant sites", «هاجمت ثلاثة معسكرات», «استهدف أكثر من 230 مركزاً للإيواء»);
# houses, schools and other buildings hit stay things (figure_categories hit_things).
_STRUCK_BEFORE = {
    "en": re.compile(r"\b(?:struck|hit|targeted|bombed|attacked|raided|shelled|stormed|pounded)"
                     r"[ \t\u00a0]+(?:(?:more than|at least|about|around|some|nearly|over|up to|"
                     r"another|a further)[ \t\u00a0]+)?\Z"),
    "ar": re.compile(r"(?<!\w)[وف]?(?:استهدف\w*|قصف\w*|هاجم\w*|ضرب(?:ت|وا|نا)?|اغار\w*[ \t\u00a0]+علي|"
                     r"استهداف|مهاجمه)[ \t\u00a0]+[\"«]?(?:(?:اكثر من|ما لا يقل عن|نحو|حوالي|قرابه)"
                     r"[ \t\u00a0]+)?\Z"),
}
_STRUCK_NOUN = {
    "en": re.compile(r"(?:[ \t\u00a0]+(?!(?:of|the|our|their|its|his|her|my|your|these|those|which|that)\b)"
                     r"[\"'“‘]?[\w-]+[\"'”’]?){0,2}?[ \t\u00a0]+(?:sites|positions|"
                     r"hideouts|depots|camps|bases|installations|launchers|launch sites|headquarters|"
                     r"outposts|posts|checkpoints|strongholds|bunkers|tunnels|shelters|warehouses|"
                     r"barracks|command centres|command centers|facilities|infrastructure sites)\b"),
    "ar": re.compile(r"[ \t\u00a0]+[\"«]?(?:مواقع|موقعا|معسكرات|معسكرا|مقرات|مقرا|مراكز|مركزا|مستودعات|"
                     r"مستودعا|مخازن|مخزنا|قواعد|نقاط|منصات|اوكار|وكرا|ثكنات|تحصينات|انفاق|نفقا|"
                     r"مخابي|مرابض)(?!\w)"),
}


# (session 18, gold_bn/gold_bo/gold_bj) places attacked are targets struck (session-9 decision):
# "attacked 38 settlements", "hitting 14 towns and villages", "shelled three settlements" - not
# places a storm or a flood hit ("Floods hit 30 villages": _STRUCK_NATURE in the sentence)
_STRUCK_PLACE = re.compile(r"(?:[ \t\u00a0]+(?:more|other|nearby|border|frontline|front-line|residential))?"
                           r"[ \t\u00a0]+(?:settlements|towns|villages|communities|localities|hamlets|"
                           r"population cent(?:re|er)s)\b")
_STRUCK_PLACE_BEFORE = re.compile(r"\b(?:struck|striking|hit|hitting|targeted|targeting|bombed|bombing|attacked|"
                                  r"attacking|shelled|shelling|pounded|pounding|bombarded|bombarding|"
                                  r"fired on|fired at)[ \t\u00a0]+(?:(?:more than|at least|about|around|some|"
                                  r"nearly|over|up to|another|a further)[ \t\u00a0]+)?\Z")
_STRUCK_NATURE = re.compile(r"\b(?:storms?|floods?|flooding|flash floods|(?:earth)?quakes?|cyclones?|typhoons?|"
                            r"hurricanes?|rains?|landslides?|wildfires?|fires?|blazes?|droughts?|outages?|"
                            r"blackouts?|heat ?waves?|snow|tornado(?:e?s)?|tsunamis?|tremors?|epidemics?|"
                            r"outbreaks?|cholera|disease|locusts?|winds?|waves?)\b")
# a target named first and the depots after it: "had hit the refinery, which it said supplies
# fuel to the troops, as well as two ammunition depots"
_STRUCK_LIST_BEFORE = re.compile(r"\b(?:struck|hit|targeted|bombed|attacked|shelled|pounded)\b[^.;!?\d\n]{0,110}?"
                                 r"(?:,?[ \t\u00a0]+(?:as well as|and))[ \t\u00a0]+\Z")
# targets attacked in the passive: "Some 350 police stations and government buildings had been
# attacked", "12 checkpoints had been attacked" (not houses "hit": hit_things are damaged)
_STRUCK_PASSIVE = re.compile(r"(?:[ \t\u00a0]+[\w-]+){0,2}?[ \t\u00a0]+(?:police stations|stations|posts|outposts|"
                             r"checkpoints|settlements|villages|towns|communities|depots|bases|positions|"
                             r"barracks|offices|government buildings|government offices)"
                             r"(?:[ \t\u00a0]+and(?:[ \t\u00a0]+[\w-]+){1,3}?)?"
                             r"[ \t\u00a0]+(?:(?:had|have|has|were|was|been|reportedly|also)[ \t\u00a0]+){1,3}"
                             r"(?:attacked|targeted|shelled|bombed|stormed)\b")
_STRUCK_GATE = ("settlem", "town", "villag", "communit", "localit", "hamlet", "population cent")


def _struck_facility(ftext: str, lang: str, qs: int, qe: int) -> bool:
    # (the anchored noun match first: it fails at once for almost every number)
    if _STRUCK_NOUN[lang].match(ftext, qe) is not None:
        if _STRUCK_BEFORE[lang].search(ftext, max(0, qs - 40), qs) is not None:
            return True
        if lang == "en" and _STRUCK_LIST_BEFORE.search(ftext, max(0, qs - 160), qs) is not None:
            return True
    if lang != "en":
        return False
    # SPEED: the place nouns and passive verbs are rare in the few words after a number
    after = ftext[qe:qe + 70]
    if any(g in after for g in _STRUCK_GATE) and _STRUCK_PLACE.match(ftext, qe) is not None \
            and _STRUCK_PLACE_BEFORE.search(ftext, max(0, qs - 40), qs) is not None \
            and not _STRUCK_NATURE.search(ftext, _sentence_lo(ftext, qs, 200), qs):
        return True
    return ("attacked" in after or "targeted" in after or "shelled" in after or "bombed" in after
            or "stormed" in after) and _STRUCK_PASSIVE.match(ftext, qe) is not None


# People treated (or counted), "most of them" for a harm (session-8 harm decision: "treated N
# people, most of them for <harm>" counts as the harm word)
_MOST_GATE = {"en": " of ", "ar": "هم"}  # (and "mostly for", "most for": session 17)
_HARM_EN = (r"(?:tear[- ]?gas|smoke|fumes|gas inhalation|inhalation|suffocation|asphyxia|burns|"
            r"injuries|wounds|gunshot wounds|bullet wounds|fractures|broken bones|bruises|"
            r"heat ?stroke|heat exhaustion|heat stress|rubber bullets|pellet injuries|"
            r"fainting|fainting spells|loss of consciousness)")  # (session 16, "most of them for
# exhaustion and fainting": the harm word may close a pair)
_MOST_HARMED = {
    # (session 17) also "treated 38 patients, mostly for gunshot and machete wounds", "most for
    # burns": the adverb or "most" without "of them" before "for" (not "rescued 112, many with
    # injuries": gold_ag), and a harm word after two kinds
    "en": re.compile(r"(?:[ \t\u00a0]+[^\s,;.]+){0,9}?[ \t\u00a0]*,[ \t\u00a0]+(?:(?:(?:most|many|all|the majority|"
                     r"nearly all|almost all)[ \t\u00a0]+of[ \t\u00a0]+(?:them|whom)[ \t\u00a0]+(?:were[ \t\u00a0]+)?"
                     r"(?:treated[ \t\u00a0]+)?(?:for|with|from|suffering from|affected by|hit by))"
                     r"|(?:most|mostly|mainly|largely|chiefly|primarily)[ \t\u00a0]+(?:treated[ \t\u00a0]+)?for)[ \t\u00a0]+"
                     r"(?:the[ \t\u00a0]+)?(?:effects[ \t\u00a0]+of[ \t\u00a0]+)?"
                     r"(?:\w+[ \t\u00a0]+(?:(?:and|or)[ \t\u00a0]+)?){0,3}"
                     + _HARM_EN + r"\b"),
    "ar": re.compile(r"(?:[ \t\u00a0]+[^\s،,؛.]+){0,5}?[ \t\u00a0]*[،,][ \t\u00a0]*(?:معظمهم|اغلبهم|غالبيتهم|"
                     r"جميعهم|معظمها|اغلبها|غالبيتها)[ \t\u00a0]+(?:(?:بسبب|جراء|نتيجه|من|ب)[ \t\u00a0]*)?"
                     r"(?:ال)?(?:حالات[ \t\u00a0]+)?(?:ال)?(?:اختناق|استنشاق|حروق|كسور|جروح|رضوض|اصابات|"
                     r"ضربات|ضربه|اجهاد|الاختناق|الحروق|الكسور|الجروح|الرصاص)"),
}

# A place emptied (its people forced out or evacuated) in the same sentence before a population
# count: the count is of displaced people
_EMPTIED = {
    "en": re.compile(r"\b(?:evacuated|evacuation of|displaced|displacing|forcibly removed|forced out|"
                     r"emptied|expelled)\b"),
    "ar": re.compile(r"(?<!\w)[وف]?(?:ب)?(?:تهجير|هجر|هجرت|هجروا|تهجر|اخلاء|اخلي|اخلت|اخلوا|اجلاء|"
                     r"اجلي|اجلت|اجلوا|ترحيل)(?!\w)"),
}


def _sentence_lo(ftext: str, qs: int, reach: int) -> int:
    """The start of the number's sentence (after ". " or a line break), at most reach back."""
    return max(qs - reach, ftext.rfind(". ", 0, qs) + 1, ftext.rfind("\n", 0, qs) + 1, 0)


def _emptied_place(ftext: str, lang: str, qs: int) -> bool:
    return _EMPTIED[lang].search(ftext, _sentence_lo(ftext, qs, 120), qs) is not None


# Sea arrivals of migrants (session-8 second-round decision: migrants intercepted, rescued or
# arrived at sea are `other`; deported or expelled ones stay `displaced`). The sentence around
# the count must name an arrival (or interception, rescue) and either the sea or migrants; a
# deportation word keeps it displaced. Refugees arriving over land stay displaced.
_SEA_GATE = {"en": ("arriv", "reach", "land", "intercept", "rescu", "crossed the", "shores"),
             "ar": ("وصل", "وصول", "اعترض", "اعتراض", "انقذ", "انقاذ")}
_SEA_ARRIVAL = {
    "en": re.compile(r"\b(?:arriv\w*|reached|reach|landed|land on|intercept\w*|rescu\w*|crossed the|shores)\b"),
    "ar": re.compile(r"(?<!\w)[وف]?(?:وصل\w*|وصول|اعترض\w*|اعتراض|انقذ\w*|انقاذ)(?!\w)")}
_SEA_WHERE = {
    "en": re.compile(r"\b(?:sea|seas|shores?|coast|coastline|boats?|dinghy|dinghies|vessels?|island|"
                     r"channel|mediterranean|aegean|migrants?|asylum[- ]seekers?)\b"),
    # (no «جزيرة»: also Gezira state and Al Jazeera, gold_au «نزوح 640 أسرة وصلت إلى المناقل»)
    "ar": re.compile(r"(?<!\w)(?:ال)?(?:بحر\w*|سواحل|ساحل|شواطي|شاطي|قوارب|قارب|زوارق|زورق|"
                     r"مهاجر\w*)(?!\w)")}
_SEA_DEPORT = {
    "en": re.compile(r"\b(?:deport\w*|expel\w*|expulsions?|pushed back|pushbacks?|evacuat\w*|"
                     r"taken off|wildfires?|flames)\b"),
    "ar": re.compile(r"(?<!\w)[وف]?(?:ترحيل\w*|رحل\w*|يرحل|ترحل|مرحل\w*|طرد\w*|ابعاد|مبعد\w*|"
                     r"اجلاء|اجلت|اجلي\w*|حريق|الحريق|النيران)(?!\w)")}
# refugees named by the count itself stay displaced ("137 Rohingya refugees landed", «300 لاجئ»)
_SEA_REFUGEES = {"en": re.compile(r"(?:\s+[\w-]+){0,2}?\s+refugees?\b"),
                 "ar": re.compile(r"[ \t\u00a0]+(?:من )?(?:ال)?لاجي")}


# "pushed back [three boats with] N ...": the count is the object of a push-back (at most five
# words between, no clause joiner or stop; see the category's use above)
_PUSHED_BACK_BEFORE = re.compile(r"\b(?:pushed|pushing|push|pushes) back\s+(?:(?!and\b|but\b|while\b)[\w'-]+\s+){0,5}$")


@lru_cache(maxsize=2)
def _movers_rx(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(the crossing/staying cues, the migrant nouns) of not_displaced_movers, folded."""
    d = load_lexicon("figure_categories.yaml")["not_displaced_movers"]
    if not d["cues"][lang]:
        return None
    fold = fold_term if lang == "ar" else str.lower
    cues = "|".join(fold(e) for e in d["cues"][lang])
    movers = "|".join(fold(e) for e in d["movers"][lang])
    pre = _AR_PREFIX if lang == "ar" else ""
    return (re.compile(f"{pre}(?:{cues})\\Z"),
            re.compile(f"(?:[ \\t\\u00a0]+[^\\W\\d]+){{0,1}}?[ \\t\\u00a0]+{pre}(?:{movers})(?!\\w)"))


def _migrants_moving(ftext: str, lang: str, c, qe: int) -> bool:
    """Is the displaced cue `c` of the number ending at folded `qe` one of not_displaced_movers,
    with a migrant noun right after the number ("300 migrants cross into", «نحو 300 مهاجر يعبرون إلى»)?"""
    rx = _movers_rx(lang)
    if rx is None:
        return False
    cue_rx, mover_rx = rx
    return cue_rx.match(ftext[c.ws:c.fe]) is not None and mover_rx.match(ftext, qe) is not None


def _sea_arrival(ftext: str, lang: str, qs: int, qe: int) -> bool:
    s0 = _sentence_lo(ftext, qs, 110)
    e0 = min(qe + 110, len(ftext))
    for stop in (". ", "\n"):
        k = ftext.find(stop, qe, e0)
        if k >= 0:
            e0 = k
    win = ftext[s0:e0]
    if not any(g in win for g in _SEA_GATE[lang]):
        return False
    return _SEA_ARRIVAL[lang].search(win) is not None and _SEA_WHERE[lang].search(win) is not None \
        and _SEA_DEPORT[lang].search(win) is None \
        and _SEA_REFUGEES[lang].match(ftext, qe, min(len(ftext), qe + 40)) is None


def _operations_carried_out(ftext: str, lang: str, qs: int, qe: int) -> bool:
    """"carried out 11 operations", «نفذت الجماعة ٤٠ عملية» (see _OPS_BEFORE/_OPS_AFTER)."""
    if _OPS_GATE[lang] not in ftext[qe:qe + 30]:
        return False  # the cheap gate
    return _OPS_AFTER[lang].match(ftext, qe) is not None \
        and _OPS_BEFORE[lang].search(ftext, max(0, qs - 48), _unquoted(ftext, qs)) is not None \
        and not _MEDICAL[lang].search(ftext, max(0, qs - 80), min(len(ftext), qe + 60))


# a medical setting: "doctors carried out 40 operations" are surgeries
_MEDICAL = {"en": re.compile(r"doctor|surgeon|surgical|hospital|medic|patient|clinic|nurse", re.I),
            "ar": re.compile(r"طبيب|اطباء|جراح|مستشف|مرضي|مريض|طبي|عياد")}


_CASE_WORDS = frozenset(("cases", "حاله", "حالات"))  # (folded) bare cases are no people
_OF_NEXT = re.compile(r"[ \t\u00a0]+(?:of(?!\w)|من(?!\w)|ب|اصاب|جرح|وفا|قتل|اختناق)", re.I)  # "cases
# of", «حالة إصابة»: the case noun with its harm
_LOCATIVE_AFTER = re.compile(r"[ \t\u00a0]+(?:in|at|inside|في|داخل)[ \t\u00a0]", re.I)
_HARM_REACH = 60  # folded characters from a held noun to a harm cue of its clause
# the held nouns (not verbs: "Four arrested after a man was stabbed to death")
_HELD_NOUN = {
    "en": re.compile(r"(?:prisoners?|inmates?|detainees?|hostages?|captives?|abductees?|"
                     r"kidnapped|abducted|freed|released)(?: (?:prisoners?|detainees?|hostages?))?",
                     re.I),
    "ar": re.compile(r"(?:ال)?(?:سجين|سجينا|سجينان|سجينين|سجناء|معتقل|معتقلا|معتقلين|معتقلون|"
                     r"اسير|اسيرا|اسري|اسرى|رهين|رهينه|رهائن|مختطف|مختطفا|مختطفين|مخطوف|مخطوفين|"
                     r"محتجز|محتجزا|محتجزين|نزيل|نزيلا|نزلاء|مفرج عنهم|محررين|محرر|محررا)"),
}
_WHOLE_BEFORE = re.compile(r"(?:(?<!\w)(?:of|among)(?:[ \t\u00a0]+(?:the|its|their))?|(?<!\w)من"
                           r"(?:[ \t\u00a0]+(?:بين|اصل))?)[ \t\u00a0]+\Z", re.I)


def _held_harmed(ftext, lang, qs, c, cues, cue_pos, num_starts, prev, hard_before, r):
    """A count named by a held noun (prisoners, detainees, hostages, freed detainees) that a
    harm befell: a strong killed/wounded cue after the noun in its clause, no other count
    between ("dozens of prisoners were shot with live rounds", «ستة من المفرج عنهم نُقلوا ...
    بسبب كسور وجروح»), or a breakdown of a toll given just before ("the toll rose to 17: 11
    prisoners and six guards", «حصيلة القتلى 17، هم 11 سجيناً»). Returns the category or None."""
    if prev is not None and not hard_before and prev[1] in ("killed", "wounded") \
            and (c.fe <= qs or r.inherit_before.match(ftext, qs) is not None):
        return prev[1]  # (c before the number: the previous count's own held noun, shared
        # by the list: «هم 11 سجيناً وستة من الحراس»)
    if c.fe <= qs or _WHOLE_BEFORE.search(ftext, max(0, qs - 16), qs):
        return None  # ("one of the 12 hostages had died": the harm is the part's)
    j = bisect_left(cue_pos, c.fe)
    while j < len(cues) and cues[j].fs - c.fe <= _HARM_REACH:
        k = cues[j]
        j += 1
        if k.cat not in ("killed", "wounded") or k.weak:
            continue
        if lang == "en" and ftext.endswith("condition", k.ws, k.fe) and not any(
                w in ftext[k.ws:k.fe] for w in ("critical", "serious", "grave", "life")):
            continue  # (session 17) 'the three released captives were in "stable condition"':
            # a state of health, no harm; freed people stay held people (session-9 decision)
        gap = ftext[c.fe:k.ws]
        if _COMMA.search(gap) or _HARD.search(gap) or _AND_GAP.search(gap):
            return None  # ("تحرير ٢٠ رهينة وقتل الخاطفين": the killing is another clause's)
        n = bisect_left(num_starts, c.fe)
        if n < len(num_starts) and num_starts[n] < k.fs:
            return None  # another count between has its own fate
        return k.cat
    return None


# Session-8 decisions (tests/gold/README.md): people whose whereabouts are unknown are
# `missing` even when they were taken away; people "at risk"/"threatened" are no figure.
_FATE_GATE = {"en": ("know", "unknown", "unclear", "contact", "touch", "whereabouts"),
              "ar": ("مجهول", "تعرف", "يعرف", "تعلم", "يعلم", "اتصال")}
_FATE_LATER = {
    "en": re.compile(r"whereabouts|\bfates?(?:[ \t\u00a0]+\w+){0,2}?[ \t\u00a0]+(?:unknown|unclear)"
                     r"|(?:do|does|did)(?:[ \t\u00a0]+not|n['’]?t)[ \t\u00a0]+know[ \t\u00a0]+(?:where|whether|if)"
                     r"|(?:no one|nobody)[ \t\u00a0]+knows[ \t\u00a0]+where"
                     r"|lost[ \t\u00a0]+(?:contact|touch)[ \t\u00a0]+with"
                     r"|unknown[ \t\u00a0]+(?:locations?|destinations?|places?)", re.I),
    "ar": re.compile(r"(?<!\w)[وف]?(?:(?:ال)?مجهول(?:ه|ين|ي|و|ون|ا|ان)?(?!\w)"
                     r"|(?:لا|لم)[ \t\u00a0]+(?:تعرف|يعرف|يعرفون|تعلم|يعلم|يعلمون)(?:[ \t\u00a0]+[^\W\d]+){0,2}?"
                     r"[ \t\u00a0]+(?:عن[ \t\u00a0]+)?(?:اماكن|مكان|مصير|اين|ان[ \t\u00a0]+كانوا|اذا[ \t\u00a0]+كانوا|"
                     r"شيئا)"
                     r"|(?:فقد|فقدت|فقدوا|انقطع)[ \t\u00a0]+(?:ال)?اتصال)"),
}


def _fate_unknown_later(ftext: str, lang: str, qe: int, num_starts) -> bool:
    """A held count whose fate is said unknown later in its sentence, no other count between
    ("30 people were abducted, and their families do not know where they are", «أكثر من ٢٠٠
    شاب اعتُقلوا ولا تعرف عائلاتهم أماكن احتجازهم», «اقتادوا ثلاثين إلى جهة مجهولة»)."""
    hi = min(len(ftext), qe + 160)
    window = ftext[qe:hi]
    if not any(g in window for g in _FATE_GATE[lang]):
        return False  # the cheap gate
    e = _HARD.search(ftext, qe, hi)
    if e is not None:
        hi = e.start()
    m = _FATE_LATER[lang].search(ftext, qe, hi)
    if m is None or _SOME_OF[lang].search(ftext, qe, m.start()):
        return False  # ("47 arrested, many of them taken to unknown destinations", «اعتقال
        # أربعين ... وأن بعضهم مجهول المصير»: only a part's fate is unknown, the count stays held)
    k = bisect_left(num_starts, qe)
    if k < len(num_starts) and 0 <= num_starts[k] - m.end() <= 24 \
            and _OF_PART.fullmatch(ftext, m.end(), num_starts[k]):
        return False  # (session 17) "dozens were taken hostage and the whereabouts of about
        # 15 of them were unknown": a part's fate, the count stays held
    return k >= len(num_starts) or num_starts[k] >= m.start()


_SOME_OF = {
    "en": re.compile(r"(?<!\w)(?:many|some|most|several|part|a number|dozens|hundreds|a few|few)"
                     r"[ \t\u00a0]+of[ \t\u00a0]+(?:them|whom|those)(?!\w)", re.I),
    "ar": re.compile(r"(?<!\w)[وف]?(?:بعض(?:هم|هن)|كثير(?:ا|ون|ين)?[ \t\u00a0]+من(?:هم|هن)|"
                     r"عدد(?:ا)?[ \t\u00a0]+من(?:هم|هن)|اغلب(?:هم|هن)|معظم(?:هم|هن)|غالبيت(?:هم|هن)|"
                     r"(?:جزء|قسم)[ \t\u00a0]+من(?:هم|هن))(?!\w)"),
}
# A body's make-up before the number (no crews, groups or convoys: "a crew of 22 evacuated" is
# counted, gold_t; "a group of 30 gunmen" may be the attackers)
_UNIT_OF = {
    "en": re.compile(r"(?<!\w)(?:committee|panel|team|patrol|unit|squad|delegation|contingent|"
                     r"battalion|detachment|platoon|commission|jury|board)s?[ \t\u00a0]+(?:of|"
                     r"comprising|made up of|consisting of|composed of)[ \t\u00a0]+\Z", re.I),
    "ar": re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:وحده|دوريه|لجنه|فريق|فرقه|كتيبه|سريه|مفرزه|وفد|"
                     r"هيئه)(?:[ \t\u00a0]+(?!من(?!\w))[^\W\d]+){0,2}?[ \t\u00a0]+(?:تضم|يضم|"
                     r"مكون(?:ه)?[ \t\u00a0]+من|مؤلف(?:ه)?[ \t\u00a0]+من|مولف(?:ه)?[ \t\u00a0]+من|"
                     r"من)[ \t\u00a0]+\Z"),
}
# ... unless the body is what an attack was aimed at ("had targeted a unit of more than 100
# troops": the people attacked, gold_l)
_ATTACKED_BEFORE = {
    "en": re.compile(r"(?:target|attack|ambush|struck|strik|hit|shell|bomb|raid)\w*[ \t\u00a0\"'«“]+"
                     r"(?:[\"'«“]?\w+[ \t\u00a0]+){0,2}\Z", re.I),
    "ar": re.compile(r"(?:استهدف|هاجم|كمين|قصف|ضرب|اغار)\w*[ \t\u00a0\"'«“]+"
                     r"(?:[\"'«“]?[^\W\d]+[ \t\u00a0]+){0,2}\Z"),
}


# the body nouns of _UNIT_OF alone: no number is a body's make-up in an article without one.
# Plain substring tests (English: in the article lowered by _lowered_for_gates, as _UNIT_OF
# reads it with re.I): a case-insensitive regex scan of the whole article cost 0.4 ms per
# English article, a sixth of all its extraction, and finds nothing in most articles
_UNIT_GATE = {
    "en": ("committee", "panel", "team", "patrol", "unit", "squad", "delegation", "contingent",
           "battalion", "detachment", "platoon", "commission", "jury", "board"),
    "ar": ("وحده", "دوريه", "لجنه", "فريق", "فرقه", "كتيبه", "سريه", "مفرزه", "وفد", "هيئه"),
}
# the only characters re.I matches with an ASCII letter that str.lower() does not turn into it
# (checked over all of Unicode): «İ» and «ı» match i, «ſ» matches s
_RE_I_ONLY_LETTERS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _lowered_for_gates(text: str) -> str:
    """text lowered so that a lowercase ASCII word is a substring of it whenever a re.I regex
    finds the word in text (a cheap gate's test; offsets are not kept)."""
    if not text.isascii():
        text = text.translate(_RE_I_ONLY_LETTERS)
    return text.lower()


def _units_here(ftext: str, lang: str) -> bool:
    """A body noun of _UNIT_OF is in the article (the gate of _unit_make_up)."""
    low = _lowered_for_gates(ftext) if lang == "en" else ftext
    return any(w in low for w in _UNIT_GATE[lang])


# the words _UNIT_OF's link between the body and the number ends with
_UNIT_LINK_ENDS = {"en": ("of", "comprising"), "ar": ("تضم", "يضم", "من")}


def _unit_link_before(ftext: str, lang: str, qs: int) -> bool:
    """Does the word before the number, blanks between, end as a link of _UNIT_OF does ("of",
    "comprising"; «تضم»، «يضم»، «من»)? A necessary condition of _unit_make_up, a few steps per
    number: the article-wide gate (_units_here: a scan of the whole article per body noun, and
    the English article lowered) is computed only once a number passes it, and most articles
    have no such number. (English: the word lowered as _units_here lowers, since _UNIT_OF
    reads with re.I.)"""
    p = qs
    while p > 0 and ftext[p - 1] in _BLANK_CHARS:
        p -= 1
    if p == qs:
        return False  # (_UNIT_OF wants a blank before the number)
    if lang == "en":
        return _lowered_for_gates(ftext[max(0, p - 10):p]).endswith(_UNIT_LINK_ENDS["en"])
    return ftext.endswith(_UNIT_LINK_ENDS["ar"], 0, p)


_BLANK_CHARS = frozenset(" \t\u00a0")


def _unit_make_up(ftext: str, lang: str, qs: int) -> bool:
    """A body's make-up right before the number (see _UNIT_OF), not a body attacked."""
    m = _UNIT_OF[lang].search(ftext, max(0, qs - 48), qs)
    return m is not None and not _ATTACKED_BEFORE[lang].search(ftext, max(0, m.start() - 40),
                                                                m.start())


_RISK_GATE = {"en": ("risk", "danger", "threat", "imperil"), "ar": ("هدد", "معرض", "خطر")}
_RISK_BEFORE = {
    "en": re.compile(r"(?:threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|imperil(?:s|led|ing)?|"
                     r"(?:puts?|putting|places?|placed|placing)[ \t\u00a0]+at[ \t\u00a0]+risk)"
                     r"[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:lives?|safety)[ \t\u00a0]+of[ \t\u00a0]+\Z",
                     re.I),
    "ar": re.compile(r"(?<!\w)[وف]?(?:ت|ي)?هدد(?:ان|ون|ت)?[ \t\u00a0]+(?:ب)?حيا(?:ه|ة)[ \t\u00a0]+\Z"),
}
def _risk_after(reach: int) -> dict[str, re.Pattern]:
    """A risk phrase at most `reach` words after the count (same clause): "12,000 children are
    at risk of", «١٢ ألف شخص معرضون لخطر»، «يواجهون خطر المجاعة», "face the risk of famine"."""
    return {
        "en": re.compile(r"(?:[ \t\u00a0]+(?!and\b|or\b)[a-z-]+){0,%d}?[ \t\u00a0]+(?:(?:are|were|is|was|"
                         r"remain|remains|remained|still|now|being|currently|also|deemed|considered)"
                         r"[ \t\u00a0]+)*(?:at[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?risk|in[ \t\u00a0]+"
                         r"(?:grave[ \t\u00a0]+|immediate[ \t\u00a0]+|imminent[ \t\u00a0]+)?danger|"
                         r"under[ \t\u00a0]+threat|threatened[ \t\u00a0]+(?:by|with)|"
                         r"fac(?:e|es|ed|ing)[ \t\u00a0]+(?:an?[ \t\u00a0]+|the[ \t\u00a0]+)?(?:\w+[ \t\u00a0]+)?"
                         r"(?:risk|threat|danger)[ \t\u00a0]+of)(?!\w)" % reach, re.I),
        "ar": re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,%d}?[ \t\u00a0]+(?:[وف]?(?:معرض|مهدد)"
                         r"(?:ون|ين|ه|ات|ان|تان)?[ \t\u00a0]+(?:ل|ب)|[وف]?[يت]واجه(?:ون|ان)?[ \t\u00a0]+"
                         r"(?:ال)?خطر)" % reach),
    }


_RISK_AFTER = _risk_after(3)
# a count with no harm cue may have its place or age between it and the risk ("300,000
# children across eastern Libya were at risk of cholera", «٣ ملايين طفل دون سن الخامسة
# معرضون لخطر الإصابة»): two words more (tuning sets b, r, ag)
_RISK_AFTER_FAR = _risk_after(5)


def _at_risk(ftext: str, lang: str, qs: int, qe: int, far_to: int | None = None) -> bool:
    """People a harm threatens, not one that happened: "the floods threaten the lives of 3,000
    people", "12,000 people are at risk of famine", «تهدد حياة ثلاثة آلاف شخص»، «١٢ ألف شخص
    معرضون لخطر المجاعة». People in need now ("2 million need aid") stay counted."""
    lo, hi = max(0, qs - 40), min(len(ftext), qe + (80 if far_to is not None else 60))
    if not any(g in ftext[lo:hi] for g in _RISK_GATE[lang]):
        return False  # the cheap gate
    if _RISK_BEFORE[lang].search(ftext, lo, qs):
        return True
    if lang == "ar" and ftext.endswith("حياه ", lo, qs) and not ftext[qs - 6:qs - 5].isalpha() \
            and _AR_LIVES_THREATENED.match(ftext, qe, hi):
        return True  # «حياة العشرات من الأسرى مهددة» (README session 8: at risk, no figure)
    m = _RISK_AFTER[lang].match(ftext, qe, hi)
    if m is None and far_to is not None:  # the farther reach ends before the count's own cue
        m = _RISK_AFTER_FAR[lang].match(ftext, qe, min(hi, far_to))  # ("killed in areas at risk")
    if m is not None and lang == "ar" and _AR_RISK_OF_BUILDING.search(m.group()):
        return False  # (session 18) «أجلت 46 شخصاً من مبنى مهدد بالانهيار»: the building the
        # people were taken out of is under threat, not the people
    return m is not None and not _COMMA.search(m.group()) and not _HARD.search(m.group())


# a building named with «من»/«في» right before the risk word (_at_risk: the word describes it)
_AR_RISK_OF_BUILDING = re.compile(r"[ \t\u00a0](?:من|في|داخل)[ \t\u00a0]+(?:ال)?(?:مبن|مبان|منزل|منازل|بيت|بيوت|"
                                  r"عمار|بناي|مساكن|مسكن|سد|جسر)[^\W\d]*[ \t\u00a0]+[وف]?(?:معرض|مهدد)")


def _after_group(ftext, pc, cues, cue_pos, r=None, lang=None) -> _Cue | None:
    """A strong killed cue at most 3 words after a partitive's group noun, same clause (a
    wounded one for held groups, and for any group when the wound is named: "Five of the
    rescued were being treated for burns"; a detained, displaced or missing one after a plain
    group of people: "dozens of protesters were arrested")."""
    j = bisect_left(cue_pos, pc.fe)
    while lang == "en" and j < len(cues) and len(ftext[pc.fe:cues[j].fs].split()) <= 1 \
            and (cues[j].cat == pc.cat or cues[j].cat == "other"
                 and ftext[cues[j].ws:cues[j].fe] in r.person_generic):
        j += 1  # "40 of the displaced people were wounded", "of the released prisoners": the
        # group's own noun
    if j < len(cues):
        k = cues[j]
        gap = ftext[pc.fe:k.fs]
        cm = _COMMA.search(gap)
        if cm is not None and lang == "en":  # "28 of the freed migrants, most of them from Eritrea, were
            a = _ASIDE.match(ftext, pc.fe + cm.start())  # being treated for torture wounds"
            if a is not None and a.end() <= k.fs and _AUX.fullmatch(ftext, a.end(), k.fs):
                gap = ftext[pc.fe:pc.fe + cm.start()] + " " + ftext[a.end():k.fs]
        if (k.cat == "killed" or (k.cat == "wounded" and (
                pc.cat in _HELD_GROUPS
                or r is not None and r.treat_wound.match(ftext, k.fe, k.fe + 60)
                or _CONDITION.search(ftext, k.ws, k.fe)
                or lang == "ar" and (_AR_WOUND_VERB.fullmatch(ftext, k.ws, k.fe)
                                     or _AR_UNDER_WATCH.match(ftext, k.ws, k.fe))))
                or k.cat in _HELD_GROUPS and pc.cat == "other" and r is not None
                and _norm_key(ftext[pc.ws:pc.fe]) not in r.own_nouns) \
                and pc.cat != k.cat and not k.weak \
                and len(gap.split()) <= 3 and not _COMMA.search(gap) and not _HARD.search(gap):
            return k  # "18 of the detainees had visible injuries"
    return None


def _discharged(ftext, qs, qe, r, left=None, right=None, num_starts=()) -> bool:
    """Is this wounded count one of patients who went home ("خرج 22 منهم", "240 had since been
    discharged")? A discharge verb right before the number or a few words after it, with no
    comma, sentence end or other digit in between. `left`/`right`: other verb lists read the
    same way (personnel deployed: "5,000 troops were being sent")."""
    left = r.discharged_left if left is None else left
    right = r.discharged_right if right is None else right
    if left:
        lo = max(0, qs - 40)
        g = left.search(ftext, lo, qs)
        if g is not None and not _COMMA.search(g.group()) and not _HARD.search(g.group()) \
                and " that " not in g.group():  # (session 17: "14 relief teams had been deployed
            return True  # and that 216 people had been rescued": a new clause of the speech)
    if right:
        g = right.match(ftext, qe, min(len(ftext), qe + 80))
        if g is not None and not _COMMA.search(g.group()) and not _HARD.search(g.group()) \
                and not _MOST_OF_THEM.match(ftext, g.end()):  # «33 مصاباً غادر معظمهم»: only
            # most went home, the count stays wounded
            k = bisect_left(num_starts, g.end())  # "تسع إصابات غادر ستة منها": the verb has
            return k >= len(num_starts) or ftext[g.end():num_starts[k]].strip() != ""  # its own
    return False


# A held count followed, in its clause, by a transfer to hospital: the count is of patients.
_HOSPITAL_AFTER = {
    "en": re.compile(r"(?:[ \t\u00a0]+(?!and\b)[^\W\d]+){0,6}?[ \t\u00a0]+(?:taken|rushed|transferred|"
                     r"moved|admitted|sent|flown|evacuated)[ \t\u00a0]+(?:(?:straight|directly|"
                     r"immediately|later)[ \t\u00a0]+)?to[ \t\u00a0]+(?:(?:a|the)[ \t\u00a0]+)?"
                     r"(?:hospitals?|clinics?|medical cent(?:re|er)s?)(?!\w)", re.I),
    "ar": re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,4}?[ \t\u00a0]+[وف]?(?:نقلوا|نقل|نقلن|نقلت|"
                     r"ادخلوا|ادخل|اسعفوا|اسعف)(?:[ \t\u00a0]+[^\W\d]+){0,3}?[ \t\u00a0]+"
                     r"(?:الي|إلى|إلي|الى)[ \t\u00a0]+(?:" + _AR_HOSPITAL + "|"
                     r"(?:ال)?(?:مجمع|مركز)(?:[ \t\u00a0]+[^\W\d]+){0,2}[ \t\u00a0]+(?:ال)?طبي(?!\w))"),
}  # «سبعة منهم نُقلوا إلى مجمع فلسطين الطبي» (gold_j); (session 15) «ثلاثة في حالة صحية سيئة
# نُقلوا إلى مركز طبرق الطبي» (gold_ay: survivors taken to a medical centre are hurt)


def _hospital_after(ftext: str, lang: str, qe: int, num_starts, qs: int = -1) -> bool:
    """A transfer to hospital in the number's clause, with no other number before it
    (Arabic also with the verb before the number: «نُقل أحد عشر منهم إلى المستشفى»)."""
    if lang == "ar" and qs > 0 and _AR_TRANSFER_BEFORE.search(ftext, max(0, qs - 12), qs) \
            and _AR_TO_HOSPITAL.match(ftext, qe):
        return True
    m = _HOSPITAL_AFTER[lang].match(ftext, qe, min(len(ftext), qe + 90))
    if m is None or _COMMA.search(m.group()):
        return False
    k = bisect_left(num_starts, qe)
    return k >= len(num_starts) or num_starts[k] >= m.end()


_DISPLACED_NEXT = re.compile(r"[ \t\u00a0]+(?:internally[ \t\u00a0]+)?(?:displaced|refugees|idps|evacuees)\b"
                             # (session 13) "was home to about 20,000 people who had fled"
                             r"|[ \t\u00a0]+(?:people|persons|civilians|residents|families)[ \t\u00a0]+"
                             r"(?:who[ \t\u00a0]+(?:had[ \t\u00a0]+|have[ \t\u00a0]+)?(?:fled|been[ \t\u00a0]+displaced"
                             r"|been[ \t\u00a0]+uprooted|escaped)|displaced|uprooted)\b")
_MOVED_TO_SHELTER = re.compile(
    r"(?:[ \t\u00a0]+[\w,.'-]+){0,4}?[ \t\u00a0]+(?:(?:had[ \t\u00a0]+been|have[ \t\u00a0]+been|has[ \t\u00a0]+been|were|was|"
    r"been|are[ \t\u00a0]+being|were[ \t\u00a0]+being)[ \t\u00a0]+(?:moved|taken|evacuated|relocated|transferred|brought|"
    r"shifted)[ \t\u00a0]+to|(?:are|were|remain|remained|is|was)[ \t\u00a0]+(?:still[ \t\u00a0]+|currently[ \t\u00a0]+|now[ \t\u00a0]+)?"
    r"(?:(?:staying|sheltering|living|housed|lodged)[ \t\u00a0]+)?(?:in|at)|(?:are|were|had[ \t\u00a0]+been|have[ \t\u00a0]+been|has[ \t\u00a0]+been)[ \t\u00a0]+(?:put[ \t\u00a0]+up|"
    r"accommodated)[ \t\u00a0]+(?:in|at))"
    r"[ \t\u00a0]+(?:[\w,.-]+[ \t\u00a0]+){0,3}?(?:shelters|evacuation[ \t\u00a0]+cent(?:re|er)s|relief[ \t\u00a0]+camps|"
    r"relief[ \t\u00a0]+cent(?:re|er)s|safety[ \t\u00a0]+cent(?:re|er)s|welfare[ \t\u00a0]+cent(?:re|er)s|"
    r"displacement[ \t\u00a0]+camps|safer[ \t\u00a0]+ground|higher[ \t\u00a0]+ground|safer[ \t\u00a0]+(?:places|locations|areas)|"
    r"community[ \t\u00a0]+halls)\b")
_SHELTER_GATE = ("shelters", "centres", "centers", "camps", "ground", "safer", "halls")
_VESSELS_SANK = re.compile(r"[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+)?(?:boats?|vessels?|ships?|trawlers?|dinghies|"
                           r"dinghy|ferries|barges?|canoes?)[ \t\u00a0]+(?:(?:that|which|had|have|has|"
                           r"reportedly|also|later|both|all)[ \t\u00a0]+){0,2}(?:sank|sunk|capsized|"
                           r"overturned|went[ \t\u00a0]+down)\b")
_DIED_AFTER = re.compile(r"[ \t\u00a0]+(?:(?:are|were|have|had|has|been|now|all|also|later)[ \t\u00a0]+){0,3}"
                         r"(?:(?:feared|believed|presumed|thought|reported|known)[ \t\u00a0]+"
                         r"(?:to[ \t\u00a0]+)?(?:have[ \t\u00a0]+)?)?(?:drowned|died|perished|dead|killed)\b")
_OTHERS_NEXT = re.compile(r"[ \t\u00a0]+others\b", re.I)
_OTHERS_MORE_NEXT = re.compile(r"[ \t\u00a0]+(?:others|more)\b")
_SOUGHT = re.compile(r"(?<!\w)(?:search(?:ing)?|manhunt|hunt(?:ing)?)[ \t\u00a0]+(?:(?:was|is|were|are|has been|had been)"
                     r"[ \t\u00a0]+)?(?:(?:under[ \t\u00a0]+way|underway|launched|continuing|on|began|started)[ \t\u00a0]+)?"
                     r"for[ \t\u00a0]+(?:(?:at[ \t\u00a0]+least|another|the)[ \t\u00a0]+)?\Z")
_AT_LARGE_NOUNS = frozenset(("suspects", "attackers", "gunmen", "assailants", "accomplices", "culprits",
                             "perpetrators", "fugitives", "escapees"))
_HOSPITAL_WORD = re.compile(r"hospital|مستشف")
_AUX_GAP = re.compile(r"(?:[ \t\u00a0]+(?:had|have|has|were|was|been|being|later|also|then|"
                      r"all|of|them|قد|تم|منهم|منهن))*[ \t\u00a0]+")


def _bare_count_of_held(ftext: str, lang: str, qs: int, qe: int, c) -> bool:
    """A number with no noun of its own, right before its weak hospital cue, in a sentence that
    names held or freed people before it ("the prisoners ... and that four had been taken to
    hospital")."""
    if not _AUX_GAP.fullmatch(ftext, qe, c.fs) or not _HOSPITAL_WORD.search(ftext, c.ws, c.fe):
        return False  # "37 injured passengers were taken to hospital" stay wounded
    lo = max(0, qs - 300)
    for h in _HARD.finditer(ftext, lo, qs):
        lo = h.end()
    return _PRISON_CONTEXT[lang].search(ftext, lo, qs) is not None


_MORE_WORDS = frozenset(("more", "additional", "extra", "further", "new", "of"))  # (of:
# "dozens of passengers had been standing")


_SECURITY_HOW = ("noun:", "took part", "taking part", "take part")
# ... but not forces lost, targeted or inside the place hit: "Russian losses ... had reached
# 612,370 troops" (gold_h), "targeted a unit of more than 100 troops" (gold_l), "between 300 and
# 400 policemen had been in the mosque at the time" (gold_d)
_SECURITY_HARMED = re.compile(r"\b(?:loss(?:es)?|lost|losing|target(?:ed|ing|s)?|ambush(?:ed|ing)?|"
                              r"attack(?:ed|ing)?|(?:unit|convoy|patrol|column|group) of)\b")
# (a verbless headline count, "Rebels: \"at least 35 soldiers\"", takes the later fate)
_SECURITY_VERBLESS = re.compile(r"[ \t\u00a0]*[\"\u201d\u00bb']?[ \t\u00a0]*(?:\n|\Z)")
_SECURITY_INSIDE = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,2}?[ \t\u00a0]+(?:had been|have been|were|was)"
                              r"[ \t\u00a0]+(?:in|inside)[ \t\u00a0]+(?:the|a)\b")


def _security_head(ftext: str, nw, noun: str, r) -> bool:
    """The number's noun is a security-force noun (figure_categories.yaml deployed.security_nouns),
    also after "more"/"additional" ("1,500 more troops")."""
    if not r.security_nouns:
        return False
    if noun in r.security_nouns:
        return True
    if noun not in _MORE_WORDS:
        return False
    nw = _NOUN.match(ftext, nw.end())
    return nw is not None and nw.group(1) in r.security_nouns


def _person_head(ftext: str, nw, noun: str, sr) -> bool:
    """The number's noun is a person noun, also after "more"/"additional"/"of" and one modifier
    ("150 more police officers would be sent", "dozens of passengers had been standing")."""
    if noun in sr.persons:
        return True
    if noun not in _MORE_WORDS:
        return False
    for _ in range(2):
        nw = _NOUN.match(ftext, nw.end())
        if nw is None:
            return False
        if nw.group(1) in sr.persons:
            return True
    return False


DEPLOY_REACH = 120  # characters read back for a deployment verb with asides in between
# a condition named by a wounded cue: "Two of the rescued are in a critical condition",
# «ثلاثة من الناجين في حالة خطيرة» (the group's own noun names no injury)
_CONDITION = re.compile(r"critical|serious|grave|خطير|حرج")
_MOD_WORD = re.compile(r"[a-z][a-z-]*[a-rt-z][ \t\u00a0]+")  # one word, not a plural in -s
_OF_THEM_AFTER = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:them|whom)\b")
_AND_ONLY = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]+\Z")


def _deployed_np(ftext, qe, subject, found, i, r, sr) -> bool:
    """English: the number's noun phrase has a person head ("70 Australian Defence Force
    personnel") and a verb of sending follows it, also past a second count joined by "and"
    ("70 ... personnel and two Black Hawk helicopters had been sent"): people deployed, no
    figure."""
    if not subject:
        return False
    low = subject.lower()
    if low.rsplit(None, 1)[-1] not in sr.persons:
        return False
    k = ftext.find(low, qe, qe + 4 + len(low))
    if k < 0 or r.deployed_sent is None:
        return False
    se = k + len(low)
    if i + 1 < len(found) and _AND_ONLY.match(ftext, se, found[i + 1][0]):
        se = found[i + 1][1]  # the second count's noun phrase is read by the gap
    g = r.deployed_sent.match(ftext, se, min(len(ftext), se + 90))
    return g is not None and not _COMMA.search(g.group()) and not _HARD.search(g.group()) \
        and not _SENT_AWAY.match(ftext, g.end())


_SENT_AWAY = re.compile(r"[ \t\u00a0]+(?:to[ \t\u00a0]+(?:(?:a|the)[ \t\u00a0]+)?(?:hospitals?|clinics?)|home)\b")


def _deployed_far(ftext: str, qs: int, num_starts, r) -> bool:
    """A deployment verb earlier in the number's sentence, asides between ("deployed, over the
    past week and as part of a new plan, some 3,000 troops"; "نشر خلال الأسبوع الماضي ... نحو
    3000 عنصر"): no other number and no reporting verb in between."""
    lo = max(0, qs - DEPLOY_REACH)
    v = _last_match(r.deploy_verb, ftext, lo, qs)
    if v is None:
        return False
    gap = ftext[v.end():qs]
    if " that " in gap:
        return False  # (session 17) "14 relief teams had been deployed and that 216 people had
        # been rescued": a new clause of the speech, not the deployment's object
    return not _HARD.search(gap) and bisect_left(num_starts, v.end()) == bisect_left(
        num_starts, qs) and not r.barrier.search(gap)


def _thing_list_before(ftext, qe, c, cue_starts, sr, r) -> bool:
    """Arabic: the number's own noun is a thing and the cue is inside a و-coordinated list of
    things after it ("200 مدرسة ومركز إيواء")."""
    nw = _NOUN.match(ftext, qe)
    if nw is None or nw.start(1) in cue_starts or nw.start() + 1 in cue_starts:
        return False
    w = nw.group(1)
    if w in sr.persons or w in r.generic or w in sr.stop or w in sr.lead or len(w) < 3:
        return False
    gap = ftext[nw.end():c.fs].split()
    return 1 <= len(gap) + 1 <= 3 and (gap[0] if gap else ftext[c.fs:c.ws]).startswith("و")


def _specific_other_after(ftext, qe, cues, cue_pos, r) -> bool:
    """A specific `other` cue within 3 words after the number ("a million people without
    electricity"): the count is of that, not of the sentence's dead or displaced."""
    return _specific_other_cue_after(ftext, qe, cues, cue_pos, r) is not None


def _specific_other_cue_after(ftext, qe, cues, cue_pos, r) -> _Cue | None:
    for j in range(bisect_left(cue_pos, qe), len(cues)):
        c = cues[j]
        if len(ftext[qe:c.fs].split()) > 3:
            return None
        if c.cat == "other" and ftext[c.ws:c.fe] not in r.person_generic:
            return c
    return None


def _wrong_object(c, qs, nw, cue_starts, fd, lang, sr) -> bool:
    """A cue that cannot govern this count: a weak verb before a number of things ("released
    3 reports", "holding 5 meetings": only people are released or held), or a strikes cue
    for a number of people ("12 people were hit")."""
    noun = nw.group(1)
    if c.cat == "strikes" and noun in sr.persons:
        n2 = _NOUN.match(fd.text, nw.end()) if fd is not None else None
        return n2 is None or n2.group(1) not in _TARGET_NOUNS  # ("struck 40 militant targets")
    if not c.weak and c.cat != "strikes":
        return False
    if c.fe <= qs and fd is not None and fd.text[c.ws:c.fe] in _TOLL_NOUNS:
        return False  # "its earlier toll of 24 given after midnight": a toll counts people
    for _ in range(3):  # "خمسة فقط من عناصر", "12 of the soldiers": skip to the noun
        if noun not in sr.lead or fd is None:
            break
        n1 = _NOUN.match(fd.text, nw.end())
        if n1 is None:
            break
        nw, noun = n1, n1.group(1)
    if c.cat == "strikes":  # "dozens of gunmen" after "two car bombs"
        return noun in sr.persons
    if c.fe > qs and noun in sr.stop:
        return False  # "41 were lost": no noun (the right-side verb may govern)
    if noun in sr.persons or nw.start(1) in cue_starts or nw.start(0) + 1 in cue_starts \
            or _demonym(fd, lang, nw) or (noun == "others" and c.fs > qs and "taken" not in fd.text[c.ws:c.fe]):
        return False  # ("25 others were held": people, session 14)
    n2 = _NOUN.match(fd.text, nw.end()) if fd is not None else None
    return n2 is None or n2.group(1) not in sr.persons  # "nine Egyptian men"


def _verb_right_before(ftext: str, qs: int, cue_end) -> bool:
    """A cue of a victim category right before the number (blanks and quotes between): it
    governs a partitive of a plain group ("اعتقلت «المئات» من المحتجين", "arrested dozens of
    the protesters"), not the group noun."""
    p = qs
    while p > 0 and ftext[p - 1] in " \t\u00a0«\"“'":
        p -= 1
    c = cue_end.get(p)
    return c is not None and c.cat != "other" and not c.weak


def _adjective_after_noun(ftext: str, pos: int, num_ends) -> bool:
    """Is the word at `pos` written right after a noun (not right after a number)?"""
    p = pos
    while p > 0 and ftext[p - 1] in " \t\u00a0":
        p -= 1
    return p < pos and p not in num_ends and p > 0 and ftext[p - 1].isalpha()


def _person_dual(ftext: str, qs: int, qe: int, sr) -> bool:
    """Is the number a dual of a person noun ("طفلين", "شخصين")? It is its own noun: the words
    after it ("أودت بحياة طفلين في القرية") are no object of the verb before."""
    return ftext[qe - 2:qe] in ("ين", "ان") and ftext[qs:qe - 2].lstrip("وفبل") in sr.persons


_TWO_WORDS = ("اثنين", "اثنان", "اثنتين", "اثنتان")


def _own_cue(cues, cue_pos, qs, qe, ftext: str = "") -> _Cue | None:
    """A cue that is the number's own word: a dual noun ("قتيلين", "دبابتين")."""
    k = bisect_left(cue_pos, qs)
    if k < len(cues) and cues[k].fe == qe and cues[k].ws >= qs:
        return cues[k]
    if k < len(cues) and cues[k].fs == qs and cues[k].fe < qe and cues[k].cat != "other" \
            and not ftext.endswith(_TWO_WORDS, qs, qe):
        return cues[k]  # "جثتي امرأتين": the first of two duals read as one count (not
        # "وفاة موقوفين اثنين": a noun with its number adjective, the verbal noun before decides)
    return None


JOIN_WORDS = 5  # "ثلاثة من عناصر الدفاع الجوي وأربعة": the noun phrase between may be long


def _joined(ftext: str, lang: str, a: int, b: int) -> bool:
    """Only a noun and "and"/"و" between two numbers: "212 طفلاً و97", "12 boys and 4"."""
    gap = ftext[a:b].split()
    if not gap or len(gap) > JOIN_WORDS or _COMMA.search(ftext, a, b):
        return False
    return gap[-1] in ("and", "و") or (lang == "ar" and b > 0 and ftext[b - 1] == "و") \
        or ftext[b:b + 1] == "و"


def _owned_by_number(ftext: str, pos: int, num_ends, qe: int) -> bool:
    """Is the cue at `pos` written right after another number (that number's own noun)?"""
    p = pos
    while p > 0 and ftext[p - 1] in " \t\u00a0":
        p -= 1
    return p != qe and p in num_ends


def _best_cue(ftext, lang, qs, qe, cues, cue_pos, num_starts, r, used=frozenset(), skip=-1,
              num_ends=frozenset()) -> tuple[_Cue | None, float]:
    """The nearest governing cue word of the number at folded [qs, qe), by the scores in
    figure_categories.yaml; walks outwards on each side and stops at a hard boundary."""
    best = None
    best_score = MAX_SCORE + 1
    k = bisect_left(cue_pos, qs)
    joiner = r.joiner_re
    for left, idx in ((False, range(k, len(cues))), (True, range(k - 1, -1, -1))):
        for j in idx:
            c = cues[j]
            if c.fs == skip:
                continue
            if left:
                if c.fe > qs:
                    continue  # overlaps the number
                gs, ge = c.fe, qs
            else:
                if c.fs < qe:
                    continue
                gs, ge = qe, c.fs
            if ge - gs > WINDOW:
                break
            gap = ftext[gs:ge]
            words = len(gap.split())
            blank = not words
            if words and _QUOTE_RX.search(gap):  # 'killed "several dozen': a quote is no word
                words -= sum(map(_QUOTE_CHARS.issuperset, gap.split()))  # (C-level count of the quote-only words)
            aside = None
            if not left and words > 3 and lang == "en" and gap.count(",") == 2:
                aside = _EN_APPOSITION.search(gap)  # (session 17) "one of its paramedics, 27-year-old
                if aside is not None:  # X, was among the dead": the aside's words and commas are free
                    words -= len(aside.group(1).split())
            if words > MAX_WORDS or words >= best_score or _HARD.search(gap):
                break
            if num_ends and (not left or ftext[c.ws:c.fe] in r.person_generic) \
                    and _owned_by_number(ftext, c.fs, num_ends, qe) and not _OF_GAP.match(gap):
                if left:  # "18,000 people are sharing twelve latrines": "people" is 18,000's
                    break  # and starts that count's clause
                continue  # "طال ثلاثة مساجد ومدرسة يأوي إليها نحو 500 نازح": نازح is 500's
                # (not "shot down 42 of 57 drones": one noun for both)
            if left and c.fs in used and _NEW_CONTENT.search(gap):
                break  # "35 were unaccounted for, and that about 400 people": a new clause
            if not left and not blank and ("وان" in gap or "وبان" in gap or "that" in gap
                                           or "كما" in gap) \
                    and _NEW_CONTENT.search(gap):
                break  # "استقبل ۷۳ مريضاً، وإن «طفلين» توفيا": the next content clause's cue
            if not left and not blank and c.cat != "other" and (
                    ("هم" in gap or " of " in gap) and _MOST_OF.search(gap)
                    # SPEED: every phrase of _MOST_OF starts with one of _MOST_OF_FIRST (the
                    # character test skips the regex call after nearly every cue)
                    or ftext[c.fe + 1 : c.fe + 2] in _MOST_OF_FIRST and _MOST_OF.match(ftext, c.fe + 1)):
                continue  # "نحو أربعة ملايين شخص يعيشون ...، أغلبهم من النازحين": most of them
            if blank:  # (a blank gap has no comma and no joiner)
                score = words + 0.0
            else:
                score = words + COMMA_COST * (gap.count(",") + gap.count("،") - (2 if aside else 0))
                score += (LEFT_JOINER_COST if left else JOINER_COST) * len(joiner.findall(
                    gap if aside is None else gap[:aside.start()] + gap[aside.end():]))
            score += NUMBER_COST * (bisect_left(num_starts, ge) - bisect_left(num_starts, gs))
            if left:
                score += LEFT_COST
            else:
                if lang == "ar" and c.ws > c.fs and ftext[c.fs] in "وف":
                    score += COORD_COST  # "مقتل 5 وإصابة 20": a new coordinated clause
                if words == 0 and c.cat in ("detained", "displaced", "missing"):
                    score += PERSON_NOUN_COST  # "executed 12 prisoners": the verb wins
                if words > 0 and _owns_next_number(ftext, c.fe, num_starts) \
                        and not ftext.endswith(_PREP_ENDS, c.fs, c.fe):
                    continue  # "sank 6 boats and killed 20": killed is 20's (not "were staying
                    # in 3,100 evacuation centres": a preposition's number is a place)
                if lang == "en" and words > 1 \
                        and bisect_left(num_starts, ge) > bisect_left(num_starts, qe) \
                        and not _OF_GAP.match(gap) \
                        and _NUM_RIGHT_BEFORE.search(ftext, max(gs, ge - 40), ge):
                    continue  # "two jets dropped three bombs": bombs is three's
            if c.weak:
                score += WEAK_COST
            if left and c.cat == "other" and ftext[c.ws:c.fe] in _AR_CASE_LEFT:
                continue  # «تتابع حالة 41 حاجاً»: the state of the count, not its noun
            if c.cat == "other" and left and (ftext.startswith("'s", c.fe)
                                              or r.barrier.search(gap)):
                continue  # "the People's Defense Force said two jets": a name, the speaker's
            if c.cat == "other":
                score += OTHER_COST
                if score - OTHER_COST > MAX_SCORE:
                    continue
            elif score > MAX_SCORE:
                continue
            if score < best_score:
                best, best_score = c, score
            if left and words == 0 and c.cat == "other" and not c.weak \
                    and ftext[c.ws:c.fe] not in r.person_generic:
                break  # "انتشلوا 27 جثة وأنقذوا 24 شخصا": the verb right before is the count's
    return best, best_score


_OF_THE_PEOPLE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|those|these)[ \t\u00a0]+")


def _rescued_abductees(ftext: str, lang: str, qs: int, qe: int) -> bool:
    """"rescued 12 of the children" in an abduction story: freed abductees are held people
    (gold_m, gold_o), not people rescued from a disaster."""
    return lang == "en" and _OF_THE_PEOPLE.match(ftext, qe) is not None \
        and _HOSTAGE_CONTEXT["en"].search(ftext, max(0, qs - CONTEXT_REACH), qs) is not None


def _in_sentence(ftext: str, rx: re.Pattern, qs: int, qe: int) -> bool:
    """Does `rx` match in the sentence of the number at folded [qs, qe)?"""
    h = _last_match(_HARD, ftext, max(0, qs - 300), qs)
    lo = h.end() if h is not None else max(0, qs - 300)
    h2 = _HARD.search(ftext, qe, qe + 300)
    return rx.search(ftext, lo, h2.start() if h2 is not None else min(len(ftext), qe + 300)) \
        is not None


_MANAGED = re.compile(r"(?<!\w)تمكن(?:وا|ت|ا)?[ \t\u00a0]+من[ \t\u00a0]+\Z")  # "تمكنوا من الفرار"
_TARGET_NOUNS = frozenset(("targets", "positions", "sites", "hideouts", "camps", "bases",
                           "اهداف", "مواقع", "مقرات", "اوكار"))  # after a person adjective
_CAPTIVES_FREED = frozenset(("escaped", "fled", "rescued", "saved"))
_CAPTIVES = frozenset(("hostages", "hostage", "captives", "captive", "abductees",
                       # abducted people who escaped their captors stay held people (gold_n,
                       # gold_ad: "17 of the abducted worshippers had escaped from their captors")
                       "abducted", "kidnapped",
                       # (session 16) Nigerian police copy: "12 kidnap victims were rescued"
                       "kidnapped victims", "abducted victims", "kidnap victims",
                       "abduction victims", "kidnapping victims", "kidnapped victim",
                       "abducted victim", "kidnap victim"))
# held by captors: rescued, they are freed hostages (detained, gold_m, gold_aa: "rescued 8
# hostages", «حررت القوات 15 رهينة»), unlike people rescued from a disaster (folded, no ال)
_HELD_BY_CAPTORS = frozenset(("hostages", "hostage", "captives", "captive", "abductees",
                              "kidnapped", "abducted", "kidnapped victims", "abducted victims",
                              "kidnap victims", "abduction victims", "kidnapping victims", "رهاين", "رهينه", "رهاينا", "مختطفين",
                              "مخطوفين", "مختطفا", "مخطوفا", "مختطفات", "مخطوفات"))
# "rescued 15 people who were taken by the attackers": abductees freed (session-9 decision:
# people freed from captivity are `detained`), not people rescued from a disaster
_TAKEN_REL = re.compile(r"(?:that|who)[ \t\u00a0]+(?:were|was|had[ \t\u00a0]+been|have[ \t\u00a0]+been)"
                        r"[ \t\u00a0]+(?:taken|snatched|seized)(?:[ \t\u00a0]+away)?")
_ESCAPE_WORD = re.compile(r"(?:[وف]?(?:ال)?(?:فرار|فروا|فر|هربوا|هرب|الفرار)(?!\w)|escaped|fled)")
# a fight "with" a group: the number after it counts the other side (gold_s: attackers are
# `other`), not the victims of the verb before
_OPPONENTS = {
    "en": re.compile(r"\b(?:gunfights?|gun ?battles?|firefights?|clash(?:es)?|fighting|battles?|"
                     r"shoot-?outs?|exchanges? of fire|skirmish(?:es)?|standoff)[ \t\u00a0]+with"
                     r"[ \t\u00a0]+(?:(?:about|around|some|nearly|at least|more than|up to|an estimated|"
                     r"roughly|almost|over)[ \t\u00a0]+)?\Z"),
    "ar": re.compile(r"(?<!\w)(?:ال)?(?:اشتباك(?:ات)?|مواجه(?:ه|ات)|معرك(?:ه)|معارك|تبادل لاطلاق النار)"
                     r"[ \t\u00a0]+مع[ \t\u00a0]+\Z"),
}
_TO_PLACE = re.compile(r"[ \t\u00a0]+(?:الي|نحو|باتجاه|صوب)(?!\w)")  # folded إلى
_AND_SICK = {"en": re.compile(r"[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?:the[ \t\u00a0]+)?sick\b"),
             "ar": re.compile(r"[ \t\u00a0]+(?:و|او[ \t\u00a0]+)(?:ال)?(?:مريض|مريضا|مرضي)(?!\w)")}
_CLAUSE_END = re.compile(r"[,;.\n\u060c\u061b]")


def _wound_named_after(ftext: str, lang: str, qe: int) -> bool:
    """Does the count's clause name a wound after it ("taken to hospital with gunshot wounds",
    «نُقلوا إلى المستشفى لإصابتهم بجروح»)? Read only in the rare held-people-in-hospital rules."""
    seg = ftext[qe:qe + 110]
    e = _CLAUSE_END.search(seg)
    return _INJURY[lang].search(seg, 0, e.start() if e is not None else len(seg)) is not None


# injury words that stay injuries in a disease story ("a stampede at the cholera centre
# injured 12")
_INJURY = {
    "en": re.compile(r"(?:wound|injur|hurt|maim|gunshot|burn|stab)"),
    "ar": re.compile(r"[وفبل]?(?:ال)?(?:جرح|جريح|جراح|جروح|بجروح|حروق|بحروق|طعن|رصاص|اختناق|حراره (?:ال)?جسم)"),
}  # (suffocation and hypothermia are harm at the event: session-8 decision; «أعراض» is no disease then)
_HOSTAGE_CONTEXT = {
    "en": re.compile(r"\b(?:hostages?|hijack(?:ed|ers|ing)?|kidnapp(?:ed|ers|ing)|captors|abduct(?:ed|ors|ion|ing))\b"),
    "ar": re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:رهائن|رهينه|خطف|الخاطفين|خاطفين|مختطف|مختطفين|الخاطفون)"),
}
_DEPORT = re.compile(r"(?:deport|[وف]?(?:ال)?(?:ابعاد|ابعد|مبعد|ترحيل|رحل))")
_PRISON_CONTEXT = {
    "en": re.compile(r"\b(?:prisoners?|detainees|released|freed|captives|hostages)\b"),
    "ar": re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:اسري|اسير|معتقلين|المفرج|الافراج|المحررين|محررين)"),
}
_OF_WHOLE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|its|their)[ \t\u00a0]+)?"
                       r"(?:[a-z]+'s[ \t\u00a0]+)?")
_QUOTE_CHARS = frozenset("\"'«»“”‘’")
_SECOND = itemgetter(1)
_QUOTE_RX = re.compile("[\"'«»“”‘’]")
# the competing estimate is reported: "while activists said 45", "بينما تحدث المنظمون عن ..."
_COMPETING_VERB = {
    "en": re.compile(r"\b(?:said|says|say|put (?:it|the (?:figure|number|toll|total)) at|gave|"
                     r"estimated|counted|reported|claimed|spoke of|cited)\b[^.;\n]{0,20}\Z"),
    "ar": re.compile(r"(?<!\w)[وف]?(?:تحدث|تحدثت|تحدثوا|قال|قالت|قالوا|قدر|قدرت|قدروا|افاد|افادت|"
                     r"ذكر|ذكرت|اشار|اشارت|اكد|اكدت)(?!\w)[^.؛\n]{0,25}\Z"),
}
ANAPHORA_REACH = 400  # characters from the figure before to a "the number" that points back
_EARLIER_FIGURE = {
    "en": re.compile(r"\b(?:earlier|previous|lower|higher|initial|preliminary|first)\b[^.;\n]{0,25}?"
                     r"\b(?:figure|toll|count|tally|estimate)[ \t\u00a0]+of"
                     r"[ \t\u00a0]+(?:about[ \t\u00a0]+|around[ \t\u00a0]+)?\Z"),
    "ar": re.compile(r"(?:حصيله|رقم|رقما|عدد)[ \t\u00a0]+(?:سابق|سابقه|اوليه|اولي|اقل|اعلي)"),
}
_OTHERS_OF = re.compile(r"[ \t\u00a0]+(?:اخرين|اخرون)[ \t\u00a0]+من[ \t\u00a0]+")  # "عشرات آخرين من"
_COMPETING = {"ar": re.compile(r"(?<!\w)(?:بينما|فيما|في حين)(?!\w)"),
             "en": re.compile(r"\b(?:while|whereas|but)\b")}  # a competing estimate follows
# People taken to a hospital named by its proper name ("taken to Moi County Referral Hospital").
_TAKEN_TO_HOSPITAL = re.compile(
    r"(?:[ \t\u00a0]+[a-z]+){0,2}[ \t\u00a0]+(?:had[ \t\u00a0]+|have[ \t\u00a0]+)?(?:been[ \t\u00a0]+|were[ \t\u00a0]+|was[ \t\u00a0]+)?"
    r"(?:taken|rushed|transferred|brought|evacuated)[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    r"(?:[\w'.-]+[ \t\u00a0]+){1,4}(?:hospital|clinic|medical cent(?:re|er)|infirmary)(?!\w)")

# A clause joiner right after a number: a cue after it belongs to the next clause.
_NEW_CLAUSE_AFTER = re.compile(r"[ \t\u00a0]+(?:as|after|amid|while|when|since|فيما|بينما|مع|بعد)[ \t\u00a0]")

# Comparisons with an earlier figure ("up from 4,025"): inherit from the closest count.
_COMPARED_HOW = ("inherit:up from", "inherit:down from", "inherit:compared with",
                 "inherit:compared to", "inherit:from an earlier", "inherit:from a previous",
                 "inherit:an earlier", "inherit:مقارنة", "inherit:مقابل")
_SENTENCE_BREAK = re.compile(r"[.!?;\n؛؟]")


def _closest_in_sentence(text: str, out: list, m, cat: str) -> str:
    """The category of the figure of this sentence (the last three before `m`) whose value is
    the nearest to m's by ratio: a compared earlier figure belongs to the count it revises."""
    best, dist = None, None
    for f in out[-3:]:
        v = f.number.value
        if not v or f.category == "other" or _SENTENCE_BREAK.search(text, f.number.end,
                                                                     m.start):
            continue
        d = max(v, m.value) / min(v, m.value)
        if dist is None or d < dist:
            best, dist = f.category, d
    return best if best is not None and dist is not None and dist < 1.5 else cat


# Cheap gates for the phrase lists read after a number (found_alive, ill_after): one of these
# words must stand within the next 100 characters.
_FOUND_GATE = {"en": ("alive", "safe", "unharmed"), "ar": ("احياء", "الحياه")}
_ILL_GATE = {"en": ("suffer", " ill ", "sick"), "ar": ("يعان", "تعان", "بامراض")}


def _any_in(ftext: str, qe: int, words) -> bool:
    return any(map(ftext[qe:qe + 100].__contains__, words))  # (SPEED: no generator frame)


# A crowd named right before its size: "a crowd of about 5,000", «حشد من نحو ٥ آلاف».
_CROWD_GATE = {"en": "of ", "ar": "حشد"}  # (cheap gates: "of" / «حشد» must stand before)
_CROWD_OF = {"en": re.compile(r"(?<!\w)(?:crowds?|throngs?|gatherings?|mob|sea of people) of[ \t\u00a0]+\Z"),
             "ar": re.compile(r"(?<!\w)(?:حشد|حشود) (?:من|يضم|تضم|قوامه|قوامها)[ \t\u00a0]+\Z")}

# A counting verb right before a bare number that repeats the verb of the count before it.
_REPEAT_VERB = {
    "en": re.compile(r"(?<!\w)(received|recorded|counted|recovered|registered|buried|identified|"
                     r"documented|treated|admitted)[ \t\u00a0]+\Z"),
    "ar": re.compile(r"(?<!\w)[وف]?(استقبل|استقبلت|سجل|سجلت|وثق|وثقت|انتشل|انتشلت|احصي|احصت|"
                     r"عالج|عالجت)[ \t\u00a0]+\Z"),
}
_NO_NOUN_AFTER = re.compile(r"[ \t\u00a0]*[.،,؛;:!؟?»\"”)\n]|[ \t\u00a0]*\Z")
_WERE_AFTER = re.compile(r"[ \t\u00a0]+(?:were|was|are|is)[ \t\u00a0]")
_DEFINITE_DUAL = re.compile(r"[وفب]?ال[^\W\d_]+(?:ين|ان)\Z")  # "الطفلين", "والجنديين"
_MORE = re.compile(r"more|اخر")  # "N more", "N آخرين": more of the same, not a part of a group
_TOLL_NOUNS = frozenset(("toll", "tolls", "حصيله"))
_PREP_ENDS = (" in", " at", " into", " to", " في")
_OF_GAP = re.compile(r"\s*(?:out\s+)?of\s")  # "42 of 57 drones": one noun for both
_NUM_RIGHT_BEFORE = re.compile(
    r"(?<![\w,.])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"dozens|hundreds|thousands|dozen)[ \t\u00a0]+\Z")


def _owns_next_number(ftext: str, pos: int, num_starts: list) -> bool:
    """Is a number (with its qualifier) written right after the cue ending at `pos`?"""
    k = bisect_left(num_starts, pos)
    return k < len(num_starts) and not ftext[pos:num_starts[k]].strip()


FALLBACK_WORDS_LEFT = 25
FALLBACK_WORDS_RIGHT = 12
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(?:[وفبل]?ال|ل)?([^\W\d_]+)")


def _demonym(fd, lang: str, nw: re.Match) -> bool:
    """People named by nationality ("172,000 Syrians", "ألف سوري"): English words written
    capitalised (read on the original text), Arabic nisba nouns (-ي, -يين, -يون)."""
    w = nw.group(1)
    if fd is None:
        return False
    if lang == "ar":
        return len(w) > 3 and (w.endswith(("ي", "يين", "يون"))
                               # the accusative after 11-99: «186 يمنياً»، «12 سورياً»
                               or len(w) > 4 and w.endswith("يا") and not w.endswith("ايا")) \
            and not w.endswith("الي")
    o = fd.orig(nw.start(1))
    return w.endswith(("ns", "is", "s", "ese", "ch", "sh")) and fd.original[o].isupper() \
        and fd.original[o + 1:o + 2].islower()


def _may_cross(ftext, lang, gs, ge, num_starts, r) -> bool:
    """Numbers between a cue and the number may be crossed only when they are an aside
    ("23 people, including seven children, were killed") or coordinated ("12 soldiers and
    three officers were among the dead")."""
    for n in num_starts[bisect_left(num_starts, gs):bisect_left(num_starts, ge)]:
        if r.inherit_before.match(ftext, n) is None and not _joined(ftext, lang, gs, n):
            return False
    return True


def _fallback_cue(ftext: str, lang: str, qs: int, qe: int, cues: list, k: int,
                  num_starts: list, r, own: bool = False, fd=None, used=frozenset()
                  ) -> _Cue | None:
    """A number followed by a person noun with no specific cue in its clause ("قد بلغ 60
    عنصرا ...", "23 people, including seven children, were killed"): take the nearest
    killed/wounded/... cue in the same sentence (commas allowed), up to 25 words to the left
    or 12 to the right, never past another number."""
    if not own:  # a dual person noun is its own noun ("شخصين")
        nw = _NEXT_WORD.match(ftext, qe)
        persons = _subject_rules(lang).persons
        if not nw or (nw.group(1) not in persons
                      and nw.group(1) not in r.generic
                      and not _demonym(fd, lang, nw)):
            n2 = _NEXT_WORD.match(ftext, nw.end()) if nw else None
            if n2 is None or (n2.group(1) not in persons
                              and not (nw.group(1) == "of" and n2.group(1) in r.generic)):
                return None  # (a person noun after one adjective: "nine Egyptian men";
                # "hundreds of families")
    best, best_score = None, None
    for left, idx in ((False, range(k, len(cues))), (True, range(k - 1, -1, -1))):
        for j in idx:
            c = cues[j]
            if (c.fe > qs) if left else (c.fs < qe):
                continue
            if c.cat in ("other", "strikes") or c.weak:
                continue  # the fallback counts people: never strikes
            gs, ge = (c.fe, qs) if left else (qe, c.fs)
            gap = ftext[gs:ge]
            words = len(gap.split())
            if _HARD.search(gap) or words > (FALLBACK_WORDS_LEFT if left
                                             else FALLBACK_WORDS_RIGHT):
                break
            if not _may_cross(ftext, lang, gs, ge, num_starts, r):
                break  # another number in between: the cue is that number's
            if left and c.fs in used and _NEW_CONTENT.search(gap):
                break  # the cue counts its own number; ", and that ..." starts a new clause
            if (r.barrier if left else r.barrier_right).search(gap):
                break  # "the agency for refugees estimated that 150,000 people": speaker's;
                # "..., مشيرا إلى أن إحدى الضربات": a new statement
            if not left and (_MOST_OF.search(gap) or _MOST_OF.match(ftext, c.fe + 1)):
                break  # "4 million people live there, most of them displaced": theirs
            if not left and _subcount_owns(ftext, gs, ge, num_starts, r):
                break  # "received 300 people, among them 41 with severe burns": the burns
                # are the sub-count's (not "23 people, including seven children, were killed")
            score = words
            if not left and _owns_next_number(ftext, c.fe, num_starts):
                break  # "... and killed around 200": the cue is 200's
            if not left and lang == "ar" and c.ws > c.fs and ftext[c.fs] in "وف":
                score += 1  # "مقتل شخصين وإصابة ثالث": the و-cue starts the next count
            if best is None or score < best_score:
                best, best_score = c, score
            break  # the nearest usable cue on this side
    return best


_SUBJ_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
SUBJ_RUN_WORDS = 12  # words read after a number: blank-separated, no punctuation in between
_BLANKS = " \t\u00a0"


@dataclass(frozen=True)
class _SubjectRules:
    max_words: int
    person_cats: frozenset
    lead: frozenset
    trail: frozenset
    stop: frozenset
    place: frozenset
    persons: frozenset
    lead_trail: frozenset


@lru_cache(maxsize=None)
def _person_heads() -> list[str]:
    """English person nouns (figure_subjects.yaml), the heads of compounds like "truck drivers"."""
    return list(load_lexicon("figure_subjects.yaml")["person_nouns"]["en"])


@lru_cache(maxsize=None)
def _subject_rules(lang: str) -> _SubjectRules:
    lex = load_lexicon("figure_subjects.yaml")
    fold = fold_term if lang == "ar" else str.lower
    d = lex[lang]
    persons = {fold(w) for w in lex["person_nouns"][lang]}
    if lang == "ar":  # the accusative singular after 11-99 and after a verb: "فقد ١١ فرداً"
        persons |= {p + "ا" for p in persons if len(p) > 2
                    and not p.endswith(("ا", "ه", "ين", "ون", "ات"))}
        # with a possessive pronoun: "اثنين من أبنائها"، "عناصره" (the hamza of -اء sits on ي)
        persons |= {(p[:-1] + "ي" if p.endswith("اء") else p) + suf for p in persons
                    for suf in ("ه", "ها", "هم", "هن", "نا") if len(p) > 2
                    and not p.endswith(("ه", "ين", "ون"))}
    return _SubjectRules(lex["max_words"], frozenset(lex["person_categories"]),
                         *(frozenset(fold(w) for w in d[k])
                           for k in ("lead", "trail", "stop", "place")),
                         frozenset(persons),
                         frozenset(fold(w) for w in d["lead"] + d["trail"]))


def _subject(text, fd, ftext, lang, pos, cue_at, limit, sr) -> str | None:
    """The counted noun phrase right after a number ("soldiers", "عنصرا من قوات النظام").
    `limit`: where the next number starts."""
    kept: list[tuple[int, int, str]] = []
    after_cue = False
    lead_trail = sr.lead_trail
    # The run of words right after the number: each word after blanks only, at most
    # SUBJ_RUN_WORDS of them. Checked word by word as the loop reads them (it mostly stops after
    # two or three words), not matched whole by a regex first (the same words: _SUBJ_WORD).
    run_end, run_words = pos, 0
    for t in _SUBJ_WORD.finditer(ftext, pos, limit):
        ts, te = t.span()
        run_words += 1
        # (SPEED: the usual gap, one plain space, is blank without a slice and a strip)
        if run_words > SUBJ_RUN_WORDS or ts == run_end or (
                ts != run_end + 1 or ftext[run_end] != " ") and ftext[run_end:ts].strip(_BLANKS):
            break  # past the run: punctuation, a digit or no blank before the word
        run_end = te
        if ts < pos:
            continue  # inside a multi-word cue already consumed
        word = t.group()
        if word in sr.stop:
            break
        if kept and kept[-1][2] in ("and", "و") and word not in sr.persons:
            kept.pop()
            break  # "18 troops and shot down": "and" only joins people
        if lang == "ar" and kept and ((word[0] == "و" and len(word) > 1
                                       and word[1:] not in sr.persons)
                                      or (len(word) > 3 and word.endswith("وا"))):
            break  # "... وصلت", "شخص نزحوا": a new clause or a verb
        if lang == "ar" and kept and word.startswith(("بال", "لل", "بت", "وب", "ول")):
            break  # "شخصا بتهمة التهريب": a prepositional phrase
        c = cue_at.get(ts)
        person = c is not None and c.cat in sr.person_cats and not (
            lang == "en" and word.endswith(("ed", "ing")))  # "arrested" is a verb, not people
        if c is not None and not person:
            if kept or after_cue:
                break
            after_cue = True  # "60 قتيلا من المدنيين", "12 bodies of soldiers": skip the cue
            pos = c.fe
            continue
        if not kept and word in sr.lead:
            pos = te
            after_cue = False
            continue
        if after_cue:
            break  # a cue noun not followed by "of"/"من": no subject ("10 براميل متفجرة")
        if lang == "en" and kept and word.endswith(("ed", "ing")):
            break  # "5,000 protesters gathered": a verb after the noun ends the phrase
        if kept and word in sr.place and kept[-1][2] in lead_trail:
            kept.pop()
            break  # "مدني من المنطقة"
        kept.append((ts, te, word))
        if c is not None:
            pos = c.fe
            if ftext[ts:c.fe].count(" "):  # a multi-word cue ("barrel bombs"): keep it whole
                kept[-1] = (ts, c.fe, word)
        else:
            pos = te
        if len(kept) >= sr.max_words:
            break
    while kept and kept[-1][2] in sr.trail:
        kept.pop()
    if not kept:
        return None
    s, e = fd.to_original(kept[0][0], kept[-1][1])
    return text[s:_past_diacritics(text, e)]


def _past_diacritics(text: str, e: int) -> int:
    while e < len(text) and "\u064b" <= text[e] <= "\u0652":
        e += 1
    return e
