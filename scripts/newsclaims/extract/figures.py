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

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from newsclaims.extract.model import FigureMention, NumberMention
from newsclaims.extract.numbers import fold_term, load_lexicon, numbers_folded

# scoring of cue candidates (see figure_categories.yaml)
MAX_WORDS = 8
COMMA_COST = 3.0
NUMBER_COST = 2.0
WEAK_COST = 2.0
LEFT_COST = 0.5
OTHER_COST = 4.0
JOINER_COST = 1.5  # per clause joiner crossed ("died and 2 others are missing")
MAX_SCORE = 9.0
WINDOW = 160  # characters of context read on each side of a number

_WORD = re.compile(r"[^\W\d_]+")
_HARD = re.compile(r"[!?؟;؛\n]|\.(?!\d)")
_COMMA = re.compile(r"[,،]")
_AR_PREFIX = "(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"

# Words that end the counted noun phrase after a number.
_SUBJECT_STOP = {
    "en": set("""was were is are be been being have has had who whom which that in on at by
        after before during when while from to with as near since including among into across
        over under said says say according amid for but or than this these those it its their
        his her they them there where because due following inside outside around about
        reportedly also still yet all both each lost""".split()),
    "ar": {fold_term(w) for w in """في على إلى الى عن خلال جراء إثر اثر بعد قبل عند عندما حين
        منذ قد لقد إن أن ان كما وذلك ذلك التي الذي الذين اللذين حيث بينهم منهم بسبب نتيجة مع
        داخل قرب بالقرب وفق بحسب حسب وفقا أمس امس اليوم يوم بينما فيما وقد أثناء لدى ضمن بين
        وهو وهي هو هي هم كانوا كان كانت وكان وكانت أيضا ايضا فقط حتى أو او ثم لكن وأن وإن
        بينها جميعهم""".split()},
}
_SUBJECT_LEAD = {"en": {"of", "the"}, "ar": {"من"}}
_SUBJECT_TRAIL = {"en": {"of", "the", "and", "a", "an"}, "ar": {"من", "و"}}
_MAX_SUBJECT_WORDS = 5


@dataclass(frozen=True)
class _Rules:
    cue_re: re.Pattern
    after_re: re.Pattern
    before_re: re.Pattern
    year_before_re: re.Pattern
    joiner_re: re.Pattern
    year_min: int
    year_max: int
    max_plain_digits: int


def _group_name(cat: str, weak: bool) -> str:
    return f"{cat}__w" if weak else cat


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    cats = load_lexicon("figure_categories.yaml")
    excl = load_lexicon("figure_exclusions.yaml")
    fold = fold_term if lang == "ar" else (lambda s: s)
    groups = []
    for cat, by_lang in cats.items():
        if cat == "clause_joiners":
            continue
        strong, weak = [], []
        for e in by_lang.get(lang, ()):
            if isinstance(e, dict):
                (weak if e.get("weak") else strong).append(fold(e["re"]))
            else:
                strong.append(fold(e))
        for entries, is_weak in ((strong, False), (weak, True)):
            if entries:
                entries = sorted(entries, key=len, reverse=True)
                groups.append(f"(?P<{_group_name(cat, is_weak)}>{'|'.join(entries)})")
    alts = "|".join(groups)
    if lang == "ar":
        cue_re = re.compile(f"(?<!\\w){_AR_PREFIX}(?:{alts})(?!\\w)")
    else:
        cue_re = re.compile(f"\\b(?:{alts})\\b", re.I)
    ex = excl[lang]
    after = "|".join(f"(?P<{k}>{fold(v)})" for k, v in ex["after"].items())
    before = "|".join(f"(?P<{k}>{fold(v)})" for k, v in ex["before"].items() if k != "year")
    flags = re.I if lang == "en" else 0
    return _Rules(
        cue_re=cue_re,
        after_re=re.compile(f"\\s*(?:{after})", flags),
        before_re=re.compile(f"(?:{before})\\s*\\Z", flags),
        year_before_re=re.compile(f"(?:{fold(ex['before']['year'])})\\s*\\Z", flags),
        joiner_re=re.compile(f"(?<!\\w)(?:{'|'.join(fold(j) for j in cats['clause_joiners'][lang])})"
                             "(?!\\w)", flags),
        year_min=excl["years"]["min"],
        year_max=excl["years"]["max"],
        max_plain_digits=excl["max_plain_digits"],
    )


@dataclass
class _Cue:
    fs: int  # folded start including clitics
    fe: int
    ws: int  # the cue word itself (without clitics)
    cat: str
    weak: bool


def exclusion_reason(ftext: str, lang: str, qs: int, qe: int, m: NumberMention,
                     cue_starts: set[int]) -> str | None:
    """Why the number at folded [qs, qe) is not a count, or None when it may be one."""
    r = _rules(lang)
    raw = ftext[qs:qe]
    if m.kind == "exact" and raw.isdigit():
        if len(raw) > r.max_plain_digits:
            return "long_digits"
        if len(raw) == 4 and r.year_min <= m.value <= r.year_max:
            nxt = re.match(r"\s+", ftext[qe:qe + 3])
            follows_cue = nxt is not None and (qe + nxt.end()) in cue_starts
            if not follows_cue or r.year_before_re.search(ftext, max(0, qs - 30), qs):
                return "year"
    a = r.after_re.match(ftext, qe)
    if a:
        return a.lastgroup
    b = r.before_re.search(ftext, max(0, qs - 30), qs)
    if b:
        return b.lastgroup
    return None


def find_figures(text: str, language: str, start: int = 0, end: int | None = None
                 ) -> list[FigureMention]:
    """The numbers in text[start:end] that are counts, with category and subject."""
    fd, found = numbers_folded(text, language, start, end)
    if not found:
        return []
    lang = "ar" if language == "ar" else "en"
    r = _rules(lang)
    ftext = fd.text
    w0 = max(0, found[0][0] - WINDOW)
    w1 = min(len(ftext), found[-1][1] + WINDOW)
    cues: list[_Cue] = []
    for c in r.cue_re.finditer(ftext, w0, w1):
        g = c.lastgroup
        cues.append(_Cue(c.start(), c.end(), c.start(g), g.removesuffix("__w"), g.endswith("__w")))
    if not cues:
        return []
    cue_starts = {c.fs for c in cues} | {c.ws for c in cues}
    toks = [t.start() for t in _WORD.finditer(ftext, w0, w1)]
    num_starts = [qs for qs, _, _ in found]
    spans = [(qs, qe) for qs, qe, _ in found]
    joiner = r.joiner_re
    out = []
    for qs, qe, m in found:
        if exclusion_reason(ftext, lang, qs, qe, m, cue_starts):
            continue
        best = None
        for c in cues:
            if c.fe <= qs:
                gs, ge, left = c.fe, qs, True
            elif c.fs >= qe:
                gs, ge, left = qe, c.fs, False
            else:
                continue
            if ge - gs > WINDOW:
                continue
            words = bisect_left(toks, ge) - bisect_left(toks, gs)
            if words > MAX_WORDS:
                continue
            gap = ftext[gs:ge]
            if _HARD.search(gap):
                continue
            score = words + COMMA_COST * len(_COMMA.findall(gap))
            score += JOINER_COST * len(joiner.findall(gap))
            score += NUMBER_COST * (bisect_left(num_starts, ge) - bisect_left(num_starts, gs))
            if c.weak:
                score += WEAK_COST
            if left:
                score += LEFT_COST
            if c.cat == "other":
                score += OTHER_COST
            if score <= MAX_SCORE and (best is None or score < best[0]):
                best = (score, c)
        if best is None:
            continue
        c = best[1]
        cs, ce = fd.to_original(c.ws, c.fe)
        subject = _subject(text, fd, ftext, lang, qe, cues, spans)
        out.append(FigureMention(m, c.cat, subject, f"{m.rule}|cat.{c.cat}:{text[cs:ce]}"))
    return out


_SUBJ_TOKEN = re.compile(r"([ \t\u00a0]*)([^\W\d_]+(?:[-'][^\W\d_]+)*)")


def _subject(text, fd, ftext, lang, pos, cues, spans) -> str | None:
    """The counted noun phrase right after a number ("soldiers", "عنصرا من قوات النظام")."""
    stop = _SUBJECT_STOP[lang]
    cue_at = {c.fs: c for c in cues}
    kept: list[tuple[int, int, str]] = []
    seen_noun_cue = False
    for _ in range(_MAX_SUBJECT_WORDS + 4):
        t = _SUBJ_TOKEN.match(ftext, pos)
        if not t:
            break
        ts, te = t.start(2), t.end(2)
        if any(s <= ts < e for s, e in spans):
            break
        word = t.group(2).lower()
        c = cue_at.get(ts)
        if c is not None and c.cat != "other":
            if kept or seen_noun_cue:
                break
            seen_noun_cue = True  # "60 قتيلا من المدنيين", "12 bodies of soldiers": skip it
            pos = c.fe
            continue
        if word in stop or (lang == "en" and kept and word.endswith(("ed", "ing"))):
            break  # "5,000 protesters gathered": a verb after the noun ends the phrase
        if not kept and word in _SUBJECT_LEAD[lang]:
            pos = te
            continue
        kept.append((ts, te, word))
        if len(kept) >= _MAX_SUBJECT_WORDS:
            break
        pos = te
    while kept and kept[-1][2] in _SUBJECT_TRAIL[lang]:
        kept.pop()
    if not kept:
        return None
    s, e = fd.to_original(kept[0][0], kept[-1][1])
    return text[s:e]
