"""Tokens and sentences with character offsets, aware of Arabic punctuation and quotes.

A sentence ends at . ! ? ؟ or a line break, but not inside a quotation (“ ” « » " ") that
closes within the paragraph, not after an abbreviation ("Col.", "U.S.") and not inside a
number ("3.5"). Clause marks (, ، ; ؛ :) are kept as tokens for the claim rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress

from newsclaims.extract.folding import fold_term

_WORD = r"[\w\u064B-\u0652\u0670]+(?:[-'’][\w\u064B-\u0652\u0670]+)*"
_W = r"[\w\u064B-\u0652\u0670]"
# A token is a digit run (with inner separators), a word, or any other single non-space
# character: `\d+(?:[.,٫٬]\d+)*|_WORD|\S`, written to start with its first character (\S)
# and tell the three apart by a look-behind at it, so the regex engine skips the blanks
# between tokens in a C loop instead of trying the pattern at each of them (the same matches).
# The repeats are possessive (*+): nothing follows them in the pattern, so the greedy match
# never backtracks anyway, and the engine skips recording backtrack points (~9 % faster).
_TOKEN = re.compile(r"\S(?:(?<=\d)\d*+(?:[.,٫٬]\d+)*+|(?<=" + _W + ")" + _W + r"*+(?:[-'’]" + _W
                    + r"+)*+|)")
_END = frozenset(".!?؟")
_NEWLINE = re.compile(r"\n")
_SPECIAL = frozenset(".!?؟\"“”«»„")
OPEN_QUOTES = frozenset("“«„")
CLOSE_QUOTES = frozenset("”»")
STRAIGHT_QUOTES = frozenset('"')
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | STRAIGHT_QUOTES
CLAUSE_MARKS = frozenset(",،;؛:")
# month abbreviations that go on with their day ("Nov. 26"): also figures._abbrev_dot
MONTH_ABBREVS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ABBREV = frozenset(
    "mr mrs ms dr col lt gen maj capt sgt cpl st no prof rep sen gov adm brig cmdr pvt jr sr "
    "inc corp co ltd vs etc fig approx est u.s u.n u.k".split()
) | MONTH_ABBREVS | frozenset(("د",))  # Arabic «د. إبراهيم آدم» (دكتور)


@dataclass
class Doc:
    """An article split into tokens (parallel lists) and sentences (token index ranges)."""

    text: str
    language: str
    starts: list[int]
    ends: list[int]
    raw: list[str]
    folded: list[str]
    sents: list[tuple[int, int]]  # [first token, last token + 1)
    sent_of: list[int]  # token index -> sentence index
    newline_before: list[bool]
    bars: frozenset[int] = frozenset()  # token indices of the bars between a flattened table's cells

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of tokens [i, j)."""
        return self.starts[i], self.ends[j - 1]

    def str(self, i: int, j: int) -> str:
        if j <= i:
            return ""
        return self.text[self.starts[i] : self.ends[j - 1]]

    def fstr(self, i: int, j: int) -> str:
        return " ".join(self.folded[i:j])


_FOLDED: dict[str, str] = {}  # token -> folded token, shared by all articles (bounded)


def _fold_tokens(raw: list[str]) -> list[str]:
    """Folded form of every token: one dict lookup per token, folding only unseen tokens."""
    cache = _FOLDED
    out = list(map(cache.get, raw))
    if None in out:
        if len(cache) > 200_000:
            cache.clear()
        k = -1
        try:
            while True:  # list.index finds the few unseen tokens in C (new numbers, names)
                k = out.index(None, k + 1)
                t = raw[k]
                out[k] = cache[t] = fold_term(t)
        except ValueError:
            pass
    return out


def token_hits(tokens: list[str], test, memo: dict) -> list[int]:
    """Indices of the tokens for which test(token) is true, in order. The verdict is memoised
    per distinct token in `memo` (shared by all articles, bounded), so the scan over every
    token runs in C (map + compress) and only unseen tokens call `test`."""
    flags = list(map(memo.get, tokens))
    if None in flags:
        if len(memo) > 200_000:
            memo.clear()
        k = -1
        try:
            while True:
                k = flags.index(None, k + 1)
                t = tokens[k]
                flags[k] = memo[t] = bool(test(t))
        except ValueError:
            pass
    return list(compress(range(len(tokens)), flags))


# the same pattern as one capturing group: split() returns [gap, token, gap, token, ..., gap]
# (strings only, no match object per token), the tokens' offsets are the running lengths
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")


def token_spans(text: str) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, tokens) of the _TOKEN matches in text, as finditer would give them."""
    pieces = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))  # offsets[k]: where piece k starts
    return offsets[1:-1:2], offsets[2::2], pieces[1::2]


def tokenize(text: str, language: str) -> Doc:
    starts, ends, raw = token_spans(text)
    folded = _fold_tokens(raw)
    n = len(raw)
    newline_before = [False] * n
    breaks: list[int] = []
    if "\n" in text:
        for m in _NEWLINE.finditer(text):
            k = bisect_left(starts, m.start())
            if k < n and not newline_before[k]:
                newline_before[k] = True
                breaks.append(k)
    # only punctuation, quotes and line starts can end a sentence: visit just those tokens
    # (a special token is one character long, the "\S" branch of _TOKEN; a "." inside "3.5"
    # belongs to a longer token and is none: one C-level scan of the tokens finds them)
    events = list(compress(range(n), map(_SPECIAL.__contains__, raw)))
    bars = _table_bars(text, raw, starts, breaks) if "|" in text else frozenset()
    if breaks or bars:
        events = sorted(set(events).union(breaks, bars))
    sents: list[tuple[int, int]] = []
    s = 0
    open_quote = -1  # token index of an unclosed opening quote
    closers = _Closers(raw, events, breaks)
    for i in events:
        if newline_before[i] and i > s:
            sents.append((s, i))
            s = i
            open_quote = -1
        if i in bars:
            # a flattened table's cell ends at its bar; the bar is a sentence of its own
            if i > s:
                sents.append((s, i))
            sents.append((i, i + 1))
            s = i + 1
            open_quote = -1
            continue
        t = raw[i]
        if t not in _SPECIAL:
            continue
        if t in OPEN_QUOTES or (t in STRAIGHT_QUOTES and open_quote < 0):
            if closers.closes_in_paragraph(i, t):
                open_quote = i
            continue
        if t in CLOSE_QUOTES or t in STRAIGHT_QUOTES:
            open_quote = -1
            # A quote closing right after a sentence end closes the sentence too,
            # unless the attribution follows (“...,” he said / “...” قال).
            if i > s and raw[i - 1] in _END and i + 1 < n and not newline_before[i + 1]:
                nxt = raw[i + 1]
                if nxt[:1].isupper() or nxt in OPEN_QUOTES:
                    sents.append((s, i + 1))
                    s = i + 1
            continue
        if t in _END and open_quote < 0:
            # (_abbrev is true only after a one-character token or a word of _ABBREV)
            if t == "." and i > 0 and (len(raw[i - 1]) == 1 or folded[i - 1] in _ABBREV) \
                    and _abbrev(raw, folded, i, text, starts):
                continue
            # SPEED: both tests below need a "." glued to the tokens on both sides; a sentence's
            # full stop has a blank after it, so the cheap offset test skips them for nearly all
            if t == "." and 0 < i < n - 1 and ends[i] == starts[i + 1] and ends[i - 1] == starts[i]:
                if raw[i - 1][-1:].isdigit() and raw[i + 1][:1].isdigit():
                    continue  # «بـ4.128 تدخلاً»: a number glued to a clitic (one token "بـ4"), not a sentence end
                if folded[i + 1] in _WEB_SUFFIXES:
                    continue  # "told Dawn.com that ...": an outlet's web name, not a sentence end
            j = i + 1
            while j < n and raw[j] in _END and not newline_before[j]:
                j += 1
            if j < n and raw[j] in CLOSE_QUOTES and not newline_before[j]:
                j += 1
            if j > s:
                sents.append((s, j))
            s = j
    if s < n:
        sents.append((s, n))
    # merge overlaps produced by the quote look-ahead
    fixed: list[tuple[int, int]] = []
    for a, b in sents:
        if fixed and a < fixed[-1][1]:
            a = fixed[-1][1]
        if b > a:
            fixed.append((a, b))
    sent_of = [0] * n
    for k, (a, b) in enumerate(fixed):
        sent_of[a:b] = [k] * (b - a)
    return Doc(text, language, starts, ends, raw, folded, fixed, sent_of, newline_before, bars)


_WEB_SUFFIXES = frozenset("com net org".split())


BULLETS = frozenset(("-", "•", "*", "–", "—", "·", "▪", "●", "◦", "►", "■"))
_CELL_LABEL = 8  # tokens: a table cell's label (before its colon) is at most this long


def _table_bars(text: str, raw: list[str], starts: list[int], breaks: list[int]) -> frozenset[int]:
    """The bars of the lines that are flattened tables: every cell between bars is "LABEL:
    value" ("Killed: 40 | Wounded: 120", «قتلى: 14 | جرحى: 31», "Health ministry: 40 |
    Monitor: 52"). A clock time's colon ("Updated 14:05") is no label's; a line of one cell or
    with a cell that has no label ("Published 3 May | Updated 14:05 GMT") is no table."""
    n = len(raw)
    bounds = [0, *breaks, n]
    out: list[int] = []
    for la, lb in zip(bounds, bounds[1:]):
        line_bars = [k for k in range(la, lb) if raw[k] == "|"]
        if not line_bars:
            continue
        cells = list(zip([la, *(k + 1 for k in line_bars)], [*line_bars, lb]))
        if all(_cell_label_end(raw, a, b) > 0 for a, b in cells):
            out.extend(line_bars)
    return frozenset(out)


def _cell_label_end(raw: list[str], a: int, b: int) -> int:
    """The token index of the colon that ends a table cell's label, -1 when there is none."""
    for k in range(a + 1, min(b - 1, a + _CELL_LABEL + 1)):
        if raw[k] == ":" and not (raw[k - 1][-1:].isdigit() and raw[k + 1][:1].isdigit()):
            return k
    return -1


def cell_bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole table cell: a bar (or the line's edge) on each side."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    before = k == 0 or text[k - 1] in "|\n"
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    after = k == len(text) or text[k] in "|\n"
    return before and after and ("|" in text[max(0, start - 2) : start] or "|" in text[end : end + 2])


_QUOTE_REACH = 250  # tokens: a quotation closes within this many tokens or not at all


class _Closers:
    """Does the quotation opened at token i close before the paragraph ends (and within
    _QUOTE_REACH tokens)? Answered by bisect over the closing marks and line starts, so a text
    full of unmatched quotes costs O(n log n), not O(n * reach)."""

    def __init__(self, raw: list[str], events: list[int], breaks: list[int]):
        self.n = len(raw)
        marks = list(map(raw.__getitem__, events))  # (SPEED: the filters below run in C)
        self.curly = list(compress(events, map(CLOSE_QUOTES.__contains__, marks)))
        self.straight = list(compress(events, map(STRAIGHT_QUOTES.__contains__, marks)))
        self.breaks = breaks  # sorted token indices with a newline before them

    def closes_in_paragraph(self, i: int, t: str) -> bool:
        marks = self.curly if t in OPEN_QUOTES else self.straight
        k = bisect_right(marks, i)
        if k == len(marks):
            return False
        c = marks[k]
        if c >= min(self.n, i + _QUOTE_REACH):
            return False
        k = bisect_right(self.breaks, i)
        return k == len(self.breaks) or self.breaks[k] > c


def _abbrev(raw: list[str], folded: list[str], i: int, text: str, starts: list[int]) -> bool:
    prev = raw[i - 1]
    if starts[i] != starts[i - 1] + len(prev):
        return False  # space before the period
    if prev == "X" and i >= 2 and folded[i - 2] in ("on", "via", "platform") and (i < 3 or raw[i - 3] != "."):
        return False  # "said in a post on X. He said": the platform, not an initial
    if prev.isalpha() and len(prev) == 1 and prev.isupper():
        return True  # initials, "U.S."
    if prev in ("a", "p", "m") and i >= 3:
        # a clock time "8 a.m. bulletin": the period inside it, and the last one when the
        # sentence goes on in lower case ("at 11 p.m. Police said" ends the sentence)
        if prev != "m" and i + 1 < len(raw) and raw[i + 1] == "m" and starts[i + 1] == starts[i] + 1:
            return True
        if prev == "m" and raw[i - 2] == "." and raw[i - 3] in ("a", "p") and i + 1 < len(raw) and (
                raw[i + 1][:1].islower() or raw[i + 1] in (",", ";")):  # ("hit around 1 a.m., said a member of ...")
            return True
    if folded[i - 1] in MONTH_ABBREVS and i + 1 < len(raw) and raw[i + 1][:1].isupper():
        return False  # "the district of Zindah Jan. The survey said": a word in "Jan"/"Mar", then a new
        # sentence; a month abbreviation goes on with its day or in lower case ("Jan. 5", "Jan. and Feb.")
    if folded[i - 1] in _ABBREV:
        return True
    if len(prev) == 1 and "\u0621" <= prev <= "\u064a" and i + 1 < len(raw) and len(raw[i + 1]) == 1 and starts[i + 1] == starts[i] + 1 and "\u0621" <= raw[i + 1] <= "\u064a":
        return True  # Arabic letter abbreviations: «ت.غ» (GMT), «ص.ب»، «ق.م»
    return False
