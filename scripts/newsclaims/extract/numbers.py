"""Find number mentions in Arabic and English text.

`find_numbers(text, language)` returns every number as written: digits of any script ("60",
"٦٠", "۶۰", "1,200", "1.5 million", "١٠ آلاف"), number words ("ثلاثة وعشرون", "مئتي ألف",
"two hundred and fifty", "three dozen"), vague quantities ("عشرات", "dozens", "tens of
thousands"), bound qualifiers ("أكثر من 200", "up to 60") and ranges ("150 to 350",
"بين 9 و10 آلاف"), each with the interval its wording implies.

How: the text is folded (Arabic letter variants and digits unified, diacritics dropped; a
bisect map keeps original offsets). One precompiled regex per language finds *atoms* (a digit
group, or one number word with its clitics); a small grammar joins adjacent atoms into numbers
(units, tens, hundreds, multipliers); then qualifiers and ranges around them are read. The words
live in lexicons/numbers_<lang>.yaml (read once); the language modules compile them.
Whether a number is a *count* (not a year, age, percentage...) is decided in figures.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import index as _same_offset
from itertools import compress
from pathlib import Path

from newsclaims.extract.lexicon import read_yaml
from newsclaims.extract.model import NumberMention

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"

# --- Folding (1:1 letter/digit map + dropped diacritics, offsets kept) -------------------

_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "’": "'", "‘": "'", "ʼ": "'", "٫": ".", "٬": ",", "٪": "%", "–": "-", "—": "-",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_DROPPED = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670\u0640"
# A-Z are lowered too (1:1, so offsets are kept): all matching runs case-sensitively on
# lowercase text, which is about 3x faster than re.IGNORECASE.
_TABLE = str.maketrans(_LETTERS | _DIGITS | {c: None for c in _DROPPED}
                       | {chr(c): chr(c + 32) for c in range(65, 91)})
# The same table as a list indexed by code point: str.translate looks a list up about 2.4x
# faster than a dict on Arabic text; code points past its end raise IndexError, which
# translate reads as "unchanged", like a key missing from the dict.
_TABLE_SEQ: list = [chr(c) for c in range(max(_TABLE) + 1)]
for _c, _v in _TABLE.items():
    _TABLE_SEQ[_c] = _v
# Non-ASCII text: str.translate looks every character up one at a time (about 23 ns each on
# Arabic), but a text holds only a dozen distinct characters that change: each of the ~70
# characters to change is looked for with `in` (a vectorised C scan, about 1.2 instructions a
# character: all 70 cost half of one regex class scan, which tests every character against the
# class) and one str.replace per character found changes them (ASCII text keeps translate's
# faster ASCII path). No replacement is itself a character to replace, so the order of the
# replacements does not matter: the result is text.translate(_TABLE) (fold_chars).
_REPLACE = {chr(c): v or "" for c, v in _TABLE.items()}
_REPLACE_ITEMS = tuple(sorted(_REPLACE.items()))
if set(_REPLACE.values()) & set(_REPLACE):
    raise ImportError("numbers: a folding replacement is itself folded; fold_chars needs translate")


def fold_chars(text: str) -> str:
    """text.translate(_TABLE), faster: the character-for-character folding of Folded."""
    if text.isascii():
        return text.translate(_TABLE_SEQ)
    for c, v in _REPLACE_ITEMS:
        if c in text:
            text = text.replace(c, v)
    return text


def _dropped_at(text: str) -> list[int]:
    """The offsets of the characters folding drops (diacritics, tatweel) in `text`, in order:
    each of the ten found with str.find (C scans; cheaper than a regex class scan and a match
    object per mark)."""
    out: list[int] = []
    for c in _DROPPED:
        k = text.find(c)
        while k >= 0:
            out.append(k)
            k = text.find(c, k + 1)
    out.sort()
    return out


_TERM_TABLE = str.maketrans(_LETTERS | {c: None for c in _DROPPED})  # for lexicon terms/regexes


def fold_term(term: str) -> str:
    """Fold a lexicon entry (or regex fragment) like the text: Arabic letter variants only."""
    return term.translate(_TERM_TABLE)


class Folded:
    """Folded text plus the map back to original offsets (only diacritics are dropped)."""

    __slots__ = ("text", "original", "_removed", "_bounds", "orig")

    def __init__(self, text: str):
        self.original = text
        self.text = fold_chars(text)
        # orig(f): the original offset of folded offset f. SPEED: an attribute, not a method -
        # figures asks it ~100 times an article, and most texts drop no character (then an
        # offset is its own original: operator.index, a C call with no Python frame)
        if len(self.text) != len(text):
            self._removed = _dropped_at(text)
            self._bounds = [r - j for j, r in enumerate(self._removed)]
            self.orig = partial(_orig_offset, self._bounds)
        else:
            self._removed = self._bounds = None
            self.orig = _same_offset

    def to_original(self, fs: int, fe: int) -> tuple[int, int]:
        if fe <= fs:
            o = self.orig(fs)
            return o, o
        return self.orig(fs), self.orig(fe - 1) + 1

    def to_folded(self, o: int) -> int:
        return o - bisect_left(self._removed, o) if self._removed else o


def _orig_offset(bounds: list[int], f: int) -> int:
    """Folded.orig of a text that lost characters to folding."""
    return f + bisect_right(bounds, f)


@lru_cache(maxsize=64)
def fold_text(text: str) -> Folded:
    """Fold once per text: numbers and figures of the same article share it."""
    return Folded(text)


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    return read_yaml(LEXICONS / name)


_REV_AR_CLITICS = "(?:لا[بك]?|لل|[بلك])?[وف]?"  # "وبال", "لل", "ف" ... read backwards


class Before:
    """Literal phrases that end right before a position (only whitespace in between).

    Matching runs backwards on the reversed window, so one anchored `match` replaces a search
    over every start position. `phrases` maps folded lowercase phrases to labels.

    The reversed phrases are one trie-shaped regex (`trie_regex`), not an alternation: sre
    tries the branches of an alternation one after the other (over 200 for the exclusion
    phrases), while a trie reads one character per node, so a position where no phrase ends
    fails at the first character or two, in C, and needs no pre-check in Python. It matches the
    same phrase: phrases are single-spaced and never end in a blank, so two phrases that both
    match at a position are one a prefix of the other, and both the alternation (longest first)
    and the trie (a longer branch before the end of a shorter word) try the longer first, and
    the shorter when what follows it (clitics, `(?!\w)`) fails.
    """

    def __init__(self, phrases: dict, clitics: bool = False):
        self.labels = {_norm_key(p): v for p, v in phrases.items()}
        self.rx = before_regex(self.labels, clitics, trie_regex)
        self.span = max(len(p) for p in self.labels) + 8

    def match(self, ftext: str, pos: int, lo: int = 0):
        """(start, label) of the phrase ending before `pos` (not before `lo`), or None."""
        w0 = pos - self.span  # = max(0, lo, pos - span), without the call
        if w0 < lo:
            w0 = lo
        if w0 < 0:
            w0 = 0
        a = w0 - 1 if w0 > lo and w0 > 0 else w0
        m = self.rx.match(ftext[a:pos][::-1])
        if m is None:
            return None
        start = pos - m.end()
        if start < lo:
            return None
        # the only capturing groups are q (a word phrase) and s (a symbol): the one matched
        return start, self.labels[_norm_key(m.group(m.lastgroup)[::-1])]


def before_regex(phrases, clitics: bool, union) -> re.Pattern:
    """The backwards regex of `Before`: blanks, then a reversed phrase, as `union` (trie_regex,
    or `alternation` for the plain reference the tests compare with) writes the alternatives;
    after a word (read backwards: before it) Arabic clitics may follow, then no word character.
    """
    words = [p for p in phrases if p[:1].isalnum()]
    syms = [p for p in phrases if not p[:1].isalnum()]
    alts = []
    if words:
        pre = _REV_AR_CLITICS if clitics else ""
        alts.append(f"(?P<q>{union(w[::-1] for w in words)}){pre}(?!\\w)")
    if syms:
        alts.append(f"(?P<s>{union(w[::-1] for w in syms)})")
    return re.compile("[ \t\u00a0]*(?:" + "|".join(alts) + ")")


def expand(pattern: str) -> list[str]:
    """All strings a small finite regex matches ("kill(?:ed|ing|s)?" -> kill, killed, ...).

    Lexicon entries are written as such regexes for readability; expanding them lets every
    entry go into one trie-shaped regex (see `trie_regex`), which is much faster than an
    alternation of branches."""
    from itertools import product
    from re import _constants as C
    from re import _parser as P

    def ex(items) -> list[str]:
        res = [""]
        for op, av in items:
            if op is C.LITERAL:
                opts = [chr(av)]
            elif op is C.IN:
                opts = []
                for k, v in av:
                    if k is C.LITERAL:
                        opts.append(chr(v))
                    elif k is C.RANGE:
                        opts += [chr(c) for c in range(v[0], v[1] + 1)]
                    else:
                        raise ValueError(f"unsupported class in {pattern!r}")
            elif op is C.SUBPATTERN:
                opts = ex(av[-1])
            elif op is C.BRANCH:
                opts = [x for alt in av[1] for x in ex(alt)]
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, sub = av
                if hi > 3:
                    raise ValueError(f"unbounded repeat in {pattern!r}")
                so = ex(sub)
                opts = ["".join(c) for n in range(lo, hi + 1) for c in product(so, repeat=n)]
            elif op is C.AT:
                opts = [""]
            else:
                raise ValueError(f"unsupported regex feature in {pattern!r}")
            res = [r + o for r in res for o in opts]
        return res

    return ex(P.parse(pattern))


# (the last code points, which no text or cue has: a tail is tried before the words that go on
# from its head, and the tail of an earlier entry before a later one's, as cue_words keeps
# the category of the earlier entry)
TAIL_MARKS = "".join(map(chr, range(0x10FFFD, 0x10FFDD, -1)))


def trie_regex(words, tails=()) -> str:
    """One regex matching exactly `words`, shaped as a trie (longest match first).

    A word may end with TAIL_MARKS[k]: there the regex goes on with a blank and tails[k] (a
    regex). A lexicon entry written as `{re: HEAD, then: TAIL}` enters the trie so: its few
    heads each followed by one copy of TAIL, rather than every head x tail phrase as a word of
    its own (a trie shares prefixes, not suffixes: 23,040 phrases of one entry tripled the
    compile time of the English cues). Whether the longest cue still wins is the caller's to
    check (tests/test_cue_lexicon_size.py reads every cue back whole).

    At each node the branches go in reverse character order (so a longer word is tried before
    the word that ends at the node, whose end makes the rest optional); a space matches \\s+.
    Built from the sorted words rather than a node per character: the words sharing a prefix are
    a run of the sorted list, and a run with one next character is a chain written at once (each
    process that extracts builds tries of about 30,000 words, 670,000 characters, at start-up)."""
    if len(tails) > len(TAIL_MARKS):
        raise ValueError(f"more than {len(TAIL_MARKS)} tails")
    ws = sorted(set(words))
    out = _trie_emit(ws, 0) if ws else ""
    for mark, tail in zip(TAIL_MARKS, tails):
        out = out.replace(mark, f"\\s+(?:{tail})")
    return out


def _trie_escape(chars: str) -> str:
    return re.escape(chars).replace("\\ ", r"\s+")


def _trie_emit(ws: list[str], d: int) -> str:
    """The regex of the sorted, distinct words `ws` past their common prefix ws[0][:d]."""
    ends = len(ws[0]) == d  # the prefix itself is a word (it sorts first)
    rest = ws[1:] if ends else ws
    if not rest:
        return ""
    first, last = rest[0], rest[-1]
    if not ends and first[d] == last[d]:  # one branch: the chain of their common prefix
        e, n = d + 1, min(len(first), len(last))
        while e < n and first[e] == last[e]:
            e += 1
        return _trie_escape(first[d:e]) + _trie_emit(rest, e)
    alts = []
    j = len(rest)
    while j > 0:  # runs of the same character at d, the last (largest) first
        ch = rest[j - 1][d]
        i = j - 1
        while i > 0 and rest[i - 1][d] == ch:
            i -= 1
        alts.append(_trie_escape(ch) + _trie_emit(rest[i:j], d + 1))
        j = i
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


def alternation(terms) -> str:
    """Regex alternation of literal terms, longest first (so "ثلاثمئة" beats "ثلاث")."""
    uniq = sorted(set(terms), key=lambda t: (-len(t), t))
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in uniq)


# --- Atoms and the language spec ---------------------------------------------------------

# Digit atoms shared by both languages (text is folded: all digits are ASCII here).
# Dates and clock times are matched first and dropped, so their parts never become numbers.
# multiplier words (folded) that may follow a decimal comma
_MULT_WORDS = r"(?:thousand|million|billion|الف|الاف|مليون|ملايين|مليار)"
DIGIT_PATTERN = (  # the (?=\d) guard makes non-digit positions fail fast (4x faster)
    r"(?=\d)(?:(?P<date>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?!\d)|\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    r"|\d{1,4}/\d{1,4}(?![\d/]))"  # "24/7", "9/11": not counts
    r"|(?P<ord>\d+(?:st|nd|rd|th)\b)"
    r"|(?P<dig>\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.])|\d{1,3}(?:\u060c\d{3})+(?![\d,\u060c])"
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d{1,3}[,\u060c]\d{1,2}(?!\d)(?=\s*(?:" + _MULT_WORDS + r"|درج))"
    r"|\d+(?:\.\d+)?))"
)
# South Asian grouping (Indian/Pakistani/Bangladeshi papers): lakhs and crores in pairs before the
# last three digits, "1,15,000" = 115,000, "12,50,000" = 1,250,000, "1,00,00,000" = 10 million.
# A single space between groups of three is a thousands separator too (SI / French style,
# "12 000", "1 500 000"), unless a comma or point follows (a list or a decimal: "12 000.5").
# Arabic comma "٣،٠٠٠" is a thousands separator between digit groups (never followed by
# another comma-separated group of another length); a comma with 1-2 digits before a
# multiplier is a decimal comma ("4,5 آلاف" = 4 500, "2,5 million"), and so is one before degrees
# (AFP Arabic: «زلزال بقوة 6,1 درجات», not a count 6).


@dataclass(frozen=True)
class WordInfo:
    kind: str  # num | hund | mult | dozen | vague | half
    value: float
    count: int = 1
    plural: bool = False
    needs_of: bool = False
    key: str = ""  # the lexicon entry as written, for the rule id
    needs_tens: bool = False  # "إحدى" is 1 only before "وعشرون"
    dual_noun: bool = False  # "جنديين" = 2
    needs_fatha: bool = False  # "مسلحَين" = 2 only when written with the fatha (else plural)


@dataclass(slots=True)
class Atom:
    fs: int  # folded start (including attached clitics)
    ws: int  # folded start of the word itself
    fe: int
    kind: str
    value: float
    count: int
    plural: bool
    digits: bool
    pre: str
    key: str
    info: WordInfo | None = None


@dataclass(slots=True)
class Seq:
    """A parsed number (one or more atoms)."""

    fs: int
    fe: int
    value: float
    kind: str  # exact | vague
    digits: bool
    words: bool
    mult: float  # the largest multiplier word used (0 if none)
    key: str  # vague lexicon key
    n_atoms: int
    first: Atom


@dataclass(frozen=True)
class LangSpec:
    lang: str
    atom_re: re.Pattern
    words: dict  # folded lowercase word -> WordInfo
    qual: Before  # qualifier right before a number -> (kind, key)
    post_re: re.Pattern  # qualifier right after a number (matched at its end)
    post_kinds: dict
    range_between: Before  # "between" right before the first number
    range_from: Before
    range_to_re: re.Pattern  # the gap between the numbers in a from/to range
    range_or_re: re.Pattern
    change_re: re.Pattern  # change verbs before "from"
    clitic_re: re.Pattern  # letters that may be attached to digits ("و20", "ال60")
    and_word: str  # "and" / "و"
    extra: dict  # language-specific data (exclusions)
    # fullmatches every word (maximal \w run) at which a match of atom_re's word branch can
    # start: its clitics and a number word, or the first word of a number written in several
    # ("ثلاثة" of "ثلاثة عشر"); None when not given (see _word_matches_at_heads)
    word_heads: re.Pattern | None = None
    # the words a match's (?P<w>) group can be (followed by \b), and the most words (each
    # followed by blanks) that the word branch may match before that group ("a few" of "a few
    # hundred": 2); None when not given (see _word_matches_at_cores)
    word_core: re.Pattern | None = None
    core_lead: int = 0


_SPECS: dict[str, LangSpec] = {}  # language as given -> its spec (looked up per article)


def _spec(language: str) -> LangSpec:
    spec = _SPECS.get(language)
    if spec is None:
        spec = _SPECS[language] = _load_spec(language)
    return spec


def _load_spec(language: str) -> LangSpec:
    language = language.lower()[:2]  # "ar", "ar-SY", "en-GB"
    if language == "ar":
        from newsclaims.extract.numbers_ar import spec
    elif language == "en":
        from newsclaims.extract.numbers_en import spec
    else:
        raise ValueError(f"unsupported language {language!r}")
    return spec()


def _norm_key(s: str) -> str:
    """Lexicon key of a matched (already folded, lowercase) string: single spaces."""
    return " ".join(s.split()) if " " in s or "\t" in s or "\n" in s else s


# --- The grammar -------------------------------------------------------------------------

_WS_ONLY = re.compile(r"[ \t\u00a0]*")
_FRACTION_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+")  # "a quarter of a million"


# A digit run: the class holds every decimal digit (\d) and what lies outside the ranges that
# hold none (test_speed_atoms checks every code point); ranges are tested in C without a Unicode
# look-up per character, so the scan skips text twice as fast as with \d; the lookbehind keeps
# the digits among the characters it stops at.
_DIGIT_RUN = re.compile(r"[^\x00-/:-\u065f\u066a-\u06ef\u06fa-\u07bf](?<=\d)\d*")
_SPLIT: dict[str, tuple[re.Pattern, re.Pattern] | None] = {}  # atom_re pattern -> (digits, words)


# Word characters (\w) written as ranges: a class of everything else is tested in C without
# a Unicode look-up per character (as \W needs), so a scan that starts with it skips the
# letters inside words fast. (Other word characters only make the scan stop more often.)
_WORD_RANGES = "a-zA-Z0-9_\u0621-\u063a\u0640-\u064a\u0660-\u0669"
_WORD_SCAN: dict[str, re.Pattern | None] = {}  # gated word branch -> its word-start scan
# the ranges hold no non-word character (they all lie below 0x700): checked once
_RANGES_ONLY_WORD = not re.search(
    f"[{_WORD_RANGES}]", "".join(ch for ch in map(chr, range(0x0700)) if not re.match(r"\w", ch)))


def _word_start_scan(word_re: re.Pattern) -> re.Pattern | None:
    """A character outside `_WORD_RANGES`, then the gated word branch, when every match of
    the branch starts a word (it opens with a gate of word characters, then `(?<!\\w)` or
    `\\b`); else None. A word-branch match at p > pos has a non-word character at p - 1, so
    this scan finds it from there; see _atom_matches."""
    pat = word_re.pattern
    if pat not in _WORD_SCAN:
        scan = None
        gate = re.match(r"\(\?=\[(\w+)\]\)", pat)
        if gate is not None and pat.startswith(("(?<!\\w)", "\\b"), gate.end()) \
                and _RANGES_ONLY_WORD:
            scan = re.compile(f"[^{_WORD_RANGES}]" + pat)
        _WORD_SCAN[pat] = scan
    return _WORD_SCAN[pat]


def _split_atom_re(atom_re: re.Pattern) -> tuple[re.Pattern, re.Pattern] | None:
    """atom_re is `DIGIT_PATTERN|WORDS`: the two branches as regexes of their own (None when
    it is not of that form or the word branch may hold a digit: then it is scanned whole)."""
    if atom_re.pattern not in _SPLIT:
        head = DIGIT_PATTERN + "|"
        words = atom_re.pattern[len(head):]
        ok = atom_re.pattern.startswith(head) and "\\d" not in words \
            and not any(ch.isdigit() for ch in words)
        _SPLIT[atom_re.pattern] = (re.compile(DIGIT_PATTERN), re.compile(first_char_gate(words) + words)
                                   ) if ok else None
    return _SPLIT[atom_re.pattern]


def first_char_gate(pattern: str) -> str:
    """A lookahead on the characters a match of `pattern` can start with ("" when they cannot
    be listed: a class like \\w, any character, an empty match). Put in front of a pattern that
    starts with a lookbehind or \\b, it lets the scan reject most positions (spaces, digits,
    punctuation) with one class test: same matches, found faster."""
    from re import _constants as C, _parser

    def chars_in(items) -> set | None:
        out = set()
        for op, av in items:
            if op is C.LITERAL:
                out.add(chr(av))
            elif op is C.RANGE and av[1] - av[0] < 256:
                out.update(map(chr, range(av[0], av[1] + 1)))
            else:
                return None  # a category or a negated class
        return out

    def firsts(items) -> tuple[set | None, bool]:  # (first characters, may match empty)
        out: set = set()
        for op, av in items:
            if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
                continue  # zero width (a lookahead only narrows what follows)
            if op is C.LITERAL:
                return out | {chr(av)}, False
            if op is C.IN:
                cs = chars_in(av)
                return (None if cs is None else out | cs), False
            if op is C.SUBPATTERN and not av[1] and not av[2]:
                sub, empty = firsts(av[3])
            elif op is C.BRANCH:
                sub, empty = set(), False
                for alt in av[1]:
                    a, e = firsts(alt)
                    if a is None:
                        return None, False
                    sub |= a
                    empty = empty or e
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                sub, empty = firsts(av[2])
                empty = empty or av[0] == 0
            else:
                return None, False
            if sub is None:
                return None, False
            out |= sub
            if not empty:
                return out, False
        return out, True

    parsed = _parser.parse(pattern)
    if parsed.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
        return ""
    chars, empty = firsts(parsed)
    if chars is None or empty or not chars:
        return ""
    ws = "\\s" if any(c.isspace() for c in chars) else ""
    return "(?=[" + ws + "".join(re.escape(c) for c in sorted(chars) if not c.isspace()) + "])"


def _atom_matches(atom_re: re.Pattern, ftext: str, pos: int, endpos: int,
                  word_heads: re.Pattern | None = None, word_core: re.Pattern | None = None,
                  core_lead: int = 0) -> list[re.Match]:
    """The matches of `atom_re.finditer(ftext, pos)` that start before endpos, found faster.

    Scanning with the whole `DIGIT_PATTERN|WORDS` tries both branches at every character. The
    digit branch can only start at a digit and always matches there (its last alternative is
    any digit run), and the word branch never contains a digit nor starts inside a digit match
    (which holds digits, separators and a glued st/nd/rd/th), so: the digit matches are
    DIGIT_PATTERN matched at each digit run not inside the previous digit match (digit runs are
    found by a scan that skips other characters in C), the word matches are those of the word
    branch alone, and the two, merged by position, are the matches of the whole regex.
    `word_heads` (LangSpec.word_heads), when given, finds the word matches faster: see
    _word_matches_at_heads; so does `word_core` (LangSpec.word_core): see
    _word_matches_at_cores."""
    pair = _split_atom_re(atom_re)
    if pair is None:
        out = []
        for m in atom_re.finditer(ftext, pos):
            if m.start() >= endpos:
                break
            out.append(m)
        return out
    digit_re, word_re = pair
    out = []
    last = -1
    for r in _DIGIT_RUN.finditer(ftext, pos):
        p = r.start()
        if p >= endpos:
            break
        if p < last:
            continue  # inside the previous match ("1,234": the run "234")
        m = digit_re.match(ftext, p)
        if m is not None:
            out.append(m)
            last = m.end()
    n_digits = len(out)
    scan = _word_start_scan(word_re)
    if scan is not None and word_heads is not None:
        out += _word_matches_at_heads(word_re, word_heads, ftext, pos, endpos)
    elif scan is not None and word_core is not None:
        out += _word_matches_at_cores(word_re, word_core, core_lead, ftext, pos, endpos)
    elif scan is None:
        for m in word_re.finditer(ftext, pos):
            if m.start() >= endpos:
                break
            out.append(m)
    else:  # a word at `pos` or right where the last one ended (the scan needs the character
        p = pos  # before a word), else after the next non-word character
        while p < endpos:
            m = word_re.match(ftext, p)
            if m is None:
                g = scan.search(ftext, p)
                if g is None:
                    break
                m = word_re.match(ftext, g.start() + 1)
                if m.start() >= endpos:
                    break
            out.append(m)
            p = m.end()
    if n_digits and len(out) > n_digits:
        out.sort(key=_M_START)
    return out


_M_START = re.Match.start
_NON_SPACE = re.compile(r"\S*")
_RUN = re.compile(r"\w+")
_HEAD_STARTS: dict[str, dict[str, tuple[int, ...]]] = {}  # heads pattern -> chunk -> offsets


def _word_matches_at_heads(word_re: re.Pattern, word_heads: re.Pattern, ftext: str, pos: int,
                           endpos: int) -> list[re.Match]:
    """The word-branch matches that _atom_matches's word-start scan finds (leftmost first, not
    overlapping, starting in [pos, endpos)), tried only at the words `word_heads` accepts.

    The scan tries the branch at every word start: an Arabic article has hundreds of words and
    a dozen number words, and each try runs the clitic split and the trie of ~2,000 words. A
    match starts a word (_word_start_scan's condition) and holds only word characters up to
    the word's end or to a blank (a number in several words), so its first word is one that
    `word_heads` fullmatches. The text is cut at blanks in C (str.split); which words of a
    blank-free chunk ("(ثلاثة،") `word_heads` accepts is a function of the chunk, memoised
    (most chunks recur across articles; an empty tuple: none, so the chunk is skipped)."""
    memo = _HEAD_STARTS.setdefault(word_heads.pattern, {})
    # the chunk that holds endpos whole: a word starting before endpos is seen to its end
    stop = _NON_SPACE.match(ftext, endpos).end() if endpos < len(ftext) else endpos
    chunks = ftext[pos:stop].split()
    heads = list(map(memo.get, chunks))
    if None in heads:
        if len(memo) > 200_000:
            memo.clear()
        k = -1
        try:
            while True:  # (list.index finds the few unseen chunks in C)
                k = heads.index(None, k + 1)
                c = chunks[k]
                heads[k] = memo[c] = tuple(r.start() for r in _RUN.finditer(c) if word_heads.fullmatch(r.group()))
        except ValueError:
            pass
    out = []
    last = pos  # the end of the last match (matches do not overlap)
    at = pos  # where the next chunk to locate may start
    for k in compress(range(len(chunks)), heads):
        c = chunks[k]
        # locate chunk k: the first occurrence from `at` that is a whole chunk (blanks or the
        # region's ends around it); an earlier whole occurrence would be an equal chunk,
        # accepted too, hence located before
        q = ftext.find(c, at)
        while not ((q == pos or ftext[q - 1].isspace()) and (q + len(c) == len(ftext) or ftext[q + len(c)].isspace())):
            q = ftext.find(c, q + 1)
        at = q + len(c)
        for r in heads[k]:
            p = q + r
            if p >= endpos:
                return out
            if p >= last:
                m = word_re.match(ftext, p)
                if m is not None:
                    out.append(m)
                    last = m.end()
    return out


_CORE_SCAN: dict[tuple[str, bool], re.Pattern] = {}  # (word_core pattern, ASCII text) -> its scan


def _word_matches_at_cores(word_re: re.Pattern, word_core: re.Pattern, lead: int, ftext: str,
                           pos: int, endpos: int) -> list[re.Match]:
    """The word-branch matches that _atom_matches's word-start scan finds (leftmost first, not
    overlapping, starting in [pos, endpos)), tried only at `pos`, at the words where
    `word_core` matches and at the `lead` words before each of them.

    The word-start scan enters the whole branch at every word start, and English starts many
    words with the letters of a number word and of its optional lead ("a", "an", "some",
    "several", "a few": "a hundred", "several thousand"), each tried and dropped. A match is
    its lead, then a core word at a word start, so the scan looks for the core words alone (one
    C scan for a blank or sign, then the core's trie; a lookahead finds them overlapping too);
    a match starts at such a word, at one of the `lead` words before it (blanks between), or
    at `pos` (where no character before is read). Those candidates are tried in increasing
    order, as the word-start scan reaches them, so the same leftmost matches are found."""
    # (an ASCII text, most English ones, is scanned with [^0-9A-Za-z_]: the same characters
    # of ASCII as the class of _WORD_RANGES, tested against a smaller class)
    key = (word_core.pattern, ftext.isascii())
    scan = _CORE_SCAN.get(key)
    if scan is None:
        scan = _CORE_SCAN[key] = re.compile(
            f"[^{'0-9A-Za-z_' if key[1] else _WORD_RANGES}](?={first_char_gate(word_core.pattern)}(?:{word_core.pattern}))")
    out = []
    last = pos  # candidates below it were tried, or lie inside a match
    m = word_re.match(ftext, pos)
    if m is not None:
        if m.start() >= endpos:
            return out
        out.append(m)
        last = m.end()
    else:
        last = pos + 1
    for h in scan.finditer(ftext, pos):
        p = h.end()
        cands = [p]
        q = p
        for _ in range(lead):  # the starts of the words before p (blanks between)
            b = q
            while b > last and ftext[b - 1].isspace():
                b -= 1
            if b == q or b <= last:
                break
            q = b
            while q > last and (ftext[q - 1].isalnum() or ftext[q - 1] == "_"):
                q -= 1
            if q == b:
                break
            cands.append(q)
        for c in reversed(cands):
            if c < last:
                continue
            if c >= endpos:
                return out
            m = word_re.match(ftext, c)
            if m is not None:
                out.append(m)
                last = m.end()
            else:
                last = c + 1
    return out


# Arabic: a word in -ين/-ان right before «اثنين/اثنتان...» (the dual noun it qualifies).
_DUAL_BEFORE = re.compile(r"(?<!\w)([^\W\d_]{3,}ين)[ \t\u00a0]+\Z")  # (not -ان: «بيان اثنين»)
# Between a dual noun and its number adjective: nothing, or up to two agreeing adjectives
# ("مهاجرَين إثيوبيين اثنين": one count of two, written with all its words).
_DUAL_ADJ_GAP = re.compile(r"[ \t\u00a0]*(?:(?![وف])[^\W\d_]{2,}(?:ين|يين)[ \t\u00a0]+){0,2}")
# (an adjective never starts with و/ف: «سجينين وصحفيين اثنين» are two counts)


def _dual_noun_before(atoms: list[Atom], ftext: str, s: int) -> bool:
    """Is the last atom a dual noun that the number adjective at s qualifies (nothing or its
    agreeing adjectives between: «مستوطنين اثنين»، «مهاجرين إثيوبيين اثنين»)?"""
    return bool(atoms) and atoms[-1].info is not None and atoms[-1].info.dual_noun \
        and _DUAL_ADJ_GAP.fullmatch(ftext, atoms[-1].fe, s) is not None


_MIN_BEFORE = re.compile(r"(?<!\w)من[ \t\u00a0]+\Z")  # «من المعدّنين»: partitive, no dual count
_TWO_GOES_ON = re.compile(r"[ \t\u00a0]+(?:و|عشر)")  # "اثنين وعشرين", "اثني عشر": no adjective
_NOT_DUAL_WORDS = frozenset(("بين", "حين", "اين", "الان", "كان", "مكان", "ان", "لان", "بان",
                             "وبين", "ومن", "عن", "فان", "وان", "سوي", "حوالين"))


def _glued_amount_before(ftext: str, ws: int, atoms: list) -> bool:
    """Does a multiplier word at `ws` follow digits that made no number (glued to letters, as
    in "Rs1 million")?"""
    j = ws
    while j > 0 and ftext[j - 1] in " \t\u00a0":
        j -= 1
    if j == ws or j == 0 or not ftext[j - 1].isdigit():
        return False
    return not atoms or atoms[-1].fe < j


def _atoms(spec: LangSpec, ftext: str, pos: int, endpos: int, fd: Folded | None = None
           ) -> list[Atom]:
    atoms: list[Atom] = []
    words = spec.words
    has_vq = "vq" in spec.atom_re.groupindex
    for m in _atom_matches(spec.atom_re, ftext, pos, endpos, spec.word_heads, spec.word_core,
                           spec.core_lead):
        s = m.start()
        grp = m.lastgroup
        if grp == "date" or grp == "ord":
            continue
        if grp == "dig":
            raw = m.group("dig")
            fs = s
            # letters glued before the digits: only clitics ("و20", "ال60") are allowed
            j = s
            while j > 0 and ftext[j - 1].isalpha():
                j -= 1
            if j < s:
                if not spec.clitic_re.fullmatch(ftext, j, s):
                    continue
                fs = j
            elif s >= 2 and ftext[s - 1] in "-/" and ftext[s - 2].isalpha():
                continue  # "Su-24", "COVID-19", "A/320"
            end = m.end()
            value = float(raw) if raw.isdigit() else _digit_value(raw, ftext, end)
            if spec.lang == "en" and end < len(ftext) and ftext[end] in "kmb":
                g = _GLUED_MULT.match(ftext, end)  # "1.5m people", "2.1bn" (m/bn decimals only:
                if g is not None and (raw.count(".") == 1 or g.group(1) in _GLUED_ANY):
                    # "a 5m wall" is metres); "10k", "12k", "2mn", "2.5mln" (session 14)
                    if g.group(1) == "k" and _K_NO_COUNT.match(ftext, g.end()):
                        continue  # (session 15) a format or a race: "4K footage", "a 5k run"
                    value, end = value * _GLUED_VALUES[g.group(1)], g.end()
            atoms.append(Atom(fs, s, end, "num", value, 1, False, True, ftext[fs:s], ""))
            continue
        w = m.group("w")
        pre = m.group("pre") or ""
        ws = m.start("w")
        for k in range(len(pre)):  # prefer the longest word: "واحد" is not و + "أحد"
            if pre[k:] + w in words:
                pre, w, ws = pre[:k], pre[k:] + w, ws - (len(pre) - k)
                break
        info = words.get(_norm_key(w))
        if info is None:
            continue
        kind, value = info.kind, info.value
        if kind == "mult" and not pre and _glued_amount_before(ftext, ws, atoms):
            continue  # "Rs1 million", "N3 million", "R2 billion": the rest of an amount whose
            # digits are glued to a currency (no count; the digits were skipped above)
        vq = m.group("vq") if has_vq else None
        if vq:  # "several hundred" -> vague lower bound
            kind = "vague"
        if info.needs_of and not _OF.match(ftext, m.end()) and not (
                "of_or_before" in spec.extra and (
                    spec.extra["of_or_before"].match(ftext, m.end())
                    or _HEADLINE_KILLS.search(ftext, max(0, ws - 12), ws) is not None)):
            continue  # ("leaves scores dead", "kills scores": a headline's toll)
        if pre and "ال" in pre and info.key in spec.extra.get("definite_excluded", ()):
            if kind == "num" and value == 2 and _dual_noun_before(atoms, ftext, s):
                atoms[-1].fe = m.end()  # «وابنيها الاثنين»: the definite number adjective of a
                # dual is part of its count (not "Monday")
            continue
        if info.dual_noun and atoms and not ftext[atoms[-1].fe:s].strip() \
                and not pre.startswith(("و", "ف")):
            if atoms[-1].info is not None and atoms[-1].info.dual_noun \
                    and not pre.startswith(("ل", "ب", "ك")) and (  # «كمينين للمهربين»: a preposition starts another phrase
                    ftext[atoms[-1].fe - 1] in "اي"
                    or ftext.endswith(ftext[m.end() - 2:m.end()], 0, atoms[-1].fe)):
                atoms[-1].fe = m.end()  # "جثتي امرأتين": the construct dual and its dual noun
                # are one count, written with both words (gold_v annotates «امرأتين»), and so
                # are two duals of one case («طائرتين مسيرتين»); not «الضحيتين مزارعان» (a
                # subject and its predicate: the first is the count)
            continue  # "أربعة مسعفين": the noun of the number before ("طفلان وأسيران": two)
        if info.dual_noun and pre.endswith("ال") and _MIN_BEFORE.search(ftext, max(0, s - 6), s):
            continue  # (session 17, gold_bl) «مصرع ١١ من المعدّنين»: a definite -ين/-ان noun after
            # «من» is the plural (or the pair already counted) the count before is taken from
        if info.dual_noun and info.key in spec.extra.get("construct_vehicle_duals", ()):
            nxt = _NEXT_WORD.match(ftext, m.end())
            if nxt is None or nxt.group(1) not in spec.extra["construct_vehicle_after"]:
                continue  # «سيارتي تعطلت»: "my car", not «سيارتي إسعاف» (two ambulances)
        if kind == "num" and value == 2 and not info.dual_noun \
                and _dual_noun_before(atoms, ftext, s):
            s = atoms.pop().fs  # "مستوطنَين اثنين": the dual noun and its number adjective are
            # one count, written with both words (gold_t, gold_v)
        elif kind == "num" and value == 2 and spec.lang == "ar" and not pre \
                and not info.dual_noun and not _TWO_GOES_ON.match(ftext, m.end()):
            d = _DUAL_BEFORE.search(ftext, max(0, s - 24), s)  # "احتجزت صيادَين اثنين": an
            if d is not None and d.group(1) not in _NOT_DUAL_WORDS:  # unlisted dual noun
                s = d.start(1)
        if info.needs_fatha and not _fatha_before(fd, m.end() - 2) \
                and not (ftext[m.end() - 1] == "ي" and (_fatha_before(fd, m.end() - 1)
                                                         or _shadda_on(fd, m.end() - 1))) \
                and (pre.endswith(("ال", "لل")) or "dual_agree" not in spec.extra
                     or not spec.extra["dual_agree"].match(ftext, m.end())):
            continue  # "مسلحين" without a fatha is the plural "gunmen" (a construct dual
            # "سائقَي" has its fatha before the last letter), unless a dual verb agrees after
            # the indefinite noun ("عاملين أجنبيين قتلا": numbers_ar.yaml, dual_verbs; not
            # «اثنين من المصابين يخضعان»: the count is اثنين)
        if kind in ("vague", "hund") and "ك" in pre:
            continue  # "كميات"/"كمية" (quantity) is not ك + "مئات"/"مية"
        if kind == "hund" and "ال" in pre and info.count == 1 and not (
                pre == "ال" and _REACH_BEFORE.search(ftext, max(0, s - 24), s)):
            continue  # "في المئة", "بالمئة": percent; but a count that reaches the hundred
            # («تجاوز عددهم المئة»، «تخطى حاجز المئة»، «يقارب المئة») is the number
        count = info.count
        if kind == "mult" and info.key in spec.extra.get("construct_duals", ()) \
                and _construct_dual(spec, ftext, fd, ws, m.end(), atoms):
            count = 2  # "قتل ألفا شخص": the dual in construct, 2 000
        atoms.append(Atom(s, ws, m.end(), kind, value, count, info.plural, False, pre,
                          info.key if not vq else f"{vq.strip()} {info.key}", info))
    return atoms


_NEXT_WORD = re.compile(r"[ \t\u00a0]+(\w+)")
# the verb or bound right before «المئة» when it is "the hundred" and not "percent" (folded text)
_REACH_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطي|تخطت|يتخطي|يتخطون|تجاوزوا|تخطوا|فاق|فاقت|يفوق|"
    r"يفوقون|قارب|قاربت|يقارب|تقارب|يقاربون|ناهز|يناهز|بلغ|بلغت|يبلغ|وصل الى|وصلت الى|قرابه|زهاء|نحو|"
    r"حوالي|حاجز|عتبه|ارتفع الى|ارتفعت الى)[ \t\u00a0]+(?:عدد(?:هم|هن|ها|ه)[ \t\u00a0]+)?\Z")


def _construct_dual(spec: LangSpec, ftext: str, fd: Folded | None, ws: int, we: int,
                    atoms: list[Atom]) -> bool:
    """Is "ألفا"/"مليونا" at folded [ws, we) the dual in construct ("ألفا شخص" = 2 000) rather
    than the accusative singular ("12 ألفا", "ألفا من المدنيين" = 1 000)? Alone, without a
    tanween, directly before an indefinite noun (numbers_ar.yaml, construct_duals)."""
    if atoms and not ftext[atoms[-1].fe:ws].strip():
        return False  # "12 ألفا": the thousands of a number before
    if fd is not None:
        o0, o1 = fd.to_original(ws, we)
        if "\u064b" in fd.original[o0:o1 + 1]:
            return False  # "ألفاً", "ألفًا": the tanween marks the accusative singular
    nxt = _NEXT_WORD.match(ftext, we)
    if nxt is None:
        return False
    w = nxt.group(1)
    if w[0].isdigit() or w.startswith(("و", "ف", "ال", "بال", "لل", "وال")) \
            or w in spec.extra["construct_dual_not_before"] or spec.words.get(w) is not None:
        return False
    # a construct dual is followed by a singular noun in the genitive; a word ending in the
    # plural -وا/-ون is a verb or a nominative plural, so "ألفا" is the accusative 1 000:
    # "إن ألفا نزحوا"، "إن ألفا يعيشون في المخيمات" (but "ألفا شخص", "ألفا لاجئ" = 2 000)
    return not w.endswith(("وا", "ون"))


def _shadda_on(fd: Folded | None, f: int) -> bool:
    """Is the letter at folded position `f` written with a shadda («شقيقيّ»: my two brothers)?"""
    if fd is None:
        return False
    o = fd.orig(f)
    return "\u0651" in fd.original[o + 1:o + 3]


def _fatha_before(fd: Folded | None, f: int) -> bool:
    """Is the letter before folded position `f` written with a fatha (ـَين: dual)?"""
    if fd is None:
        return False
    o = fd.orig(f)
    return "\u064e" in fd.original[max(0, o - 2):o]


def _digit_value(raw: str, ftext: str, end: int) -> float:
    if "\u060c" in raw or "," in raw:
        head, _, tail = raw.replace("\u060c", ",").partition(",")
        if len(tail) <= 2:  # decimal comma before a multiplier: "4,5 آلاف"
            return float(f"{head}.{tail}")
        raw = raw.replace("\u060c", ",")
        return float(raw.replace(",", ""))
    if " " in raw:  # "12 000": a space between groups of three
        return float(raw.replace(" ", ""))
    if raw.count(".") > 1:
        return float(raw.replace(".", ""))
    if "." in raw:
        intpart, dec = raw.split(".")
        # "1.200" with no multiplier after it: a thousands separator (European / some Arabic
        # outlets); "1.5 million", "2.500 مليون" stay decimals.
        if len(dec) == 3 and len(intpart) <= 3 and not _MULT_AFTER.match(ftext, end):
            return float(intpart + dec)
        return float(raw)
    return float(raw)


_GLUED_MULT = re.compile(r"(mln|mn|m|bn|k)(?![\w])")
_GLUED_VALUES = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "k": 1e3}
_GLUED_ANY = frozenset(("k", "mn", "mln"))  # glued to whole numbers too ("10k", "2mn")
# a glued "k" that names a video format or a race distance, not thousands (session 15): "4K
# footage", "an 8K screen", "a 5k run", "the 10k race" (no count of anything)
_K_NO_COUNT = re.compile(r"(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]+)(?:footage|videos?|resolution|cameras?|tvs?|"
                         r"televisions?|screens?|displays?|monitors?|streams?|streaming|ultra|uhd|hdr|"
                         r"quality|images?|recordings?|clips?|runs?|races?|fun runs?|walks?|marathons?|"
                         r"road races?|charity runs?|trail runs?|swims?|rides?|course|route|loop)(?![\w])")
_MULT_AFTER = re.compile(r"\s*(?:thousand|million|billion|bn|الف|مليون|ملايين|مليار|الاف)")
_OF = re.compile(r"[\"”’']?\s+(?:of|more|others)\b")  # "scores of", '"scores" of', "scores more"
_HEADLINE_KILLS = re.compile(r"\b(?:leaves?|left|leaving|kills?|killed|killing)\s+\Z", re.I)
_OF_GAP = re.compile(r"\s+of\s+")


# every gap `_connect` may accept between two atoms (blanks, a dash, "and", «و»), and more
_JOIN_GAP = re.compile(r"\s*(?:-|and|و)?\s*")


def _connect(spec: LangSpec, ftext: str, prev: Atom, prev_kind: str, a: Atom) -> bool:
    """May atom `a` continue the number that ended with `prev`?"""
    gap = ftext[prev.fe:a.fs]
    k = a.kind
    if spec.lang == "ar":
        if a.pre == "وال" and prev.pre.endswith("ال") or a.pre == "و":  # "الأربع والعشرين"
            if not gap or gap.strip():
                return False
            has_and = True
        elif a.pre == "":
            g = gap.strip()
            if gap == "" or "\n" in gap:
                return False
            if g == "":
                has_and = False
            elif g == "و":
                has_and = True
            else:
                return False
        else:
            return False
        if k == "num":
            return has_and and prev_kind in ("num", "hund", "mult")
        if k == "hund":
            return (not has_and and prev_kind == "num") or (has_and and prev_kind == "mult")
        if k == "mult":
            return not has_and and prev_kind in ("num", "hund")
        if k == "half":
            return has_and and prev_kind == "mult"
        return False
    # English
    if "\n" in gap:
        return False
    g = gap.strip()
    if g == "-":
        return k == "num" and prev_kind == "num"
    if not gap:
        return False
    if g == "":
        return k in ("num", "hund", "mult", "dozen")
    if g == "and":
        return k == "num" and prev_kind in ("hund", "mult")
    return False


def _parse(spec: LangSpec, ftext: str, atoms: list[Atom], i: int) -> tuple[int, Seq | None]:
    a0 = atoms[i]
    n = len(atoms)
    if a0.kind == "vague" or (a0.kind == "mult" and a0.plural):
        value, key, j = a0.value, a0.key, i + 1
        # "tens of thousands", "عشرات الآلاف", "مئات آلاف": multiply by a following plural
        if j < n and atoms[j].kind in ("mult", "vague") and atoms[j].value >= 1000 \
                and atoms[j].value > value:
            gap = ftext[a0.fe:atoms[j].fs]
            ok = (_OF_GAP.fullmatch(gap) if spec.lang == "en"
                  else (gap.strip() == "" and gap and atoms[j].pre in ("", "ال")))
            if ok:
                value *= atoms[j].value
                key = f"{key} {atoms[j].key}"
                j += 1
        end = atoms[j - 1].fe
        return j, Seq(a0.fs, end, value, "vague", False, True, 0, key, j - i, a0)
    if a0.kind == "half":
        # "نصف مليون", "half a million" = 500 000; "ربع مليون", "a quarter of a million" = 250 000
        if i + 1 < n and atoms[i + 1].kind == "mult" and atoms[i + 1].count == 1 \
                and not atoms[i + 1].plural and atoms[i + 1].pre in ("", "ال", "a") \
                and (_WS_ONLY.fullmatch(ftext, a0.fe, atoms[i + 1].fs)
                     or _FRACTION_OF.fullmatch(ftext, a0.fe, atoms[i + 1].fs)) \
                and atoms[i + 1].fs > a0.fe:
            b = atoms[i + 1]
            return i + 2, Seq(a0.fs, b.fe, b.value * a0.value, "exact", False, True, b.value, "",
                              2, a0)
        return i + 1, None
    total = 0.0
    g = 0.0
    last_mult = float("inf")
    top_mult = 0.0
    prev_kind = ""
    j = i
    while j < n:
        a = atoms[j]
        k = a.kind
        if j > i:
            if a.digits and not (spec.lang == "ar" and prev_kind == "mult" and a.pre == "و"
                                 and a.value < last_mult):
                break  # digits join only "12 ألفاً و391"
            if k == "vague" or not _connect(spec, ftext, atoms[j - 1], prev_kind, a):
                break
            if a.info is not None and a.info.dual_noun or atoms[j - 1].info is not None \
                    and atoms[j - 1].info.dual_noun:
                break
        if k == "num":
            v = a.value
            if j == i:
                g = v
            elif prev_kind == "mult" and g == 0:
                if v >= last_mult or _next_scale(spec, ftext, atoms, j, last_mult):
                    break  # ("عشرة آلاف واثني عشر ألفاً": a second number of thousands)
                g = v
            elif prev_kind == "num" and spec.lang == "en" and not a0.digits and v < 10 \
                    and 20 <= g % 100 <= 90 and g % 10 == 0:
                g += v  # "sixty-two", "two hundred sixty two"
            elif prev_kind == "num" and spec.lang == "ar" and 0 < g % 100 < 10 \
                    and 20 <= v <= 90 and v % 10 == 0:
                g += v  # "ثلاثة وعشرون"
            elif (prev_kind == "hund" or g % 100 == 0) and g >= 100 and v < 100:
                g += v  # "مئة وخمسون", "ثلاثمئة وخمسة", "two hundred and fifty"
            else:
                break
        elif k == "hund":
            if j == i or (prev_kind == "mult" and g == 0):
                g = 100.0 * a.count
            elif prev_kind == "num" and a.count == 1 and g == int(g) and (
                    1 <= g <= 9 or spec.lang == "en" and 11 <= g <= 99 and not a0.digits):
                g *= 100  # "three hundred"; "twelve hundred", "twenty-five hundred" (1 200,
                # 2 500: English counts hundreds past ten)
            else:
                break
        elif k == "mult":
            m = a.value
            if m >= last_mult:
                break
            if j == i:
                total += a.count * m
            elif g > 0 and a.count == 1 and (not a.plural or 3 <= g <= 10
                                             or atoms[j - 1].digits and g < 1000):
                # plural آلاف/ملايين after words only for 3-10; after digits news writes
                # it for any N ("109 آلاف" = 109 000)
                total += g * m
                g = 0
            else:
                break
            last_mult = m
            top_mult = max(top_mult, m)
        elif k == "dozen":
            if j == i:
                g = 12.0 * a.count
            elif prev_kind == "num" and g <= 20:
                g *= 12
            else:
                break
            prev_kind = k
            j += 1
            break
        elif k == "half":
            if prev_kind == "mult" and g == 0:
                total += last_mult * a.value
                prev_kind = k
                j += 1
                # "مليون ونصف المليون": the repeated multiplier belongs to the half
                if j < n and atoms[j].kind == "mult" and atoms[j].value == last_mult \
                        and atoms[j].pre in ("", "ال") and not ftext[a.fe:atoms[j].fs].strip():
                    j += 1
            break
        else:
            break
        prev_kind = k
        j += 1
    value = total + g
    if j == i + 1:  # one atom (most numbers): digits or words, never both
        return j, Seq(a0.fs, a0.fe, value, "exact", a0.digits, not a0.digits, top_mult, "", 1,
                      a0)
    used = atoms[i:j]
    return j, Seq(a0.fs, atoms[j - 1].fe, value, "exact", any(x.digits for x in used),
                  any(not x.digits for x in used), top_mult, "", j - i, a0)


def _next_scale(spec: LangSpec, ftext: str, atoms: list[Atom], j: int, scale: float) -> bool:
    """Do the number words from atoms[j] on end in a multiplier as large as `scale`? Then they
    are a number of their own ("بين عشرة آلاف واثني عشر ألفاً": 10 000 and 12 000, not 10 012)."""
    k, prev_kind = j, atoms[j].kind
    while k + 1 < len(atoms) and k - j < 4:
        b = atoms[k + 1]
        if b.digits or not _connect(spec, ftext, atoms[k], prev_kind, b):
            return False
        if b.kind == "mult":
            return b.value >= scale
        if b.kind not in ("num", "hund"):
            return False
        k, prev_kind = k + 1, b.kind
    return False


def _ar_one_of_harm(spec: LangSpec, ftext: str, s: Seq) -> bool:
    """Is «أحد»/«إحدى»/«أحدهم» at `s` governed by a harm word (numbers_ar.yaml one_of_harm)? The
    harm word right before it («مقتل أحد مسعفيه»), the group's harm predicate after it («أحد
    النزلاء قُتل»، «أحدهم بجروح خطيرة»), the condition around it («حالة أحد الجرحى حرجة»), or a
    harmed group after a complementizer («أن أحد المتوفين»)."""
    before, after, comp, groups = spec.extra["one_of_harm"]
    lo = max(0, s.fs - 24)
    b = before.search(ftext, lo, s.fs)
    a = after.match(ftext, s.fe)
    if b is not None:
        if b.group("cond") is None or (a is not None and a.group("cond") is not None):
            return True
    elif a is not None and a.group("pred") is not None:
        return True
    return comp.search(ftext, lo, s.fs) is not None and groups.match(ftext, s.fe) is not None


def _is_excluded_seq(spec: LangSpec, ftext: str, s: Seq) -> bool:
    extra = spec.extra
    if s.first.info is not None and s.first.info.needs_tens and (s.n_atoms == 1 or s.value % 10 != 1):
        if s.n_atoms == 1 and s.first.pre in ("", "و", "ف") and _ar_one_of_harm(spec, ftext, s):
            return False  # (session 18) «مقتل أحد مسعفيه»، «أحدهم في حالة حرجة»: "one of" a
            # group that a harm word governs is a count of 1 (tests/gold/README.md)
        return True  # "أحد الجنود": the pronoun, not a number
    if s.n_atoms == 1 and not s.first.digits:
        key = s.first.key
        if spec.lang == "en" and key == "one":
            if extra["one_after"].match(ftext, s.fe):
                # (session 17) the part of a toll said with "one of": "one of them was in a
                # serious condition", "one of its fighters was killed" (gold_bi, gold_bj)
                if not ("of " in ftext[s.fe:s.fe + 5] and (extra["one_of_harm"].match(ftext, s.fe)
                                                           or extra["one_of_fate"].match(ftext, s.fe))):
                    return True
            b = extra["one_before"].match(ftext, s.fs)
            if b is not None and not (b[1] == "that" and extra["one_noun_after"].match(ftext, s.fe)) \
                    and not (b[1] == "which" and ftext.endswith(("in which ", "during which "), 0, s.fs)
                             and extra["one_noun_after"].match(ftext, s.fe)):
                return True  # (not "said that one soldier was injured": a complementizer; nor,
                # session 18, gold_bn, "violations in which one Indian porter was wounded")
        if spec.lang == "ar" and key in extra["ten_keys"] and not s.first.pre:
            if extra["ordinal_before"].match(ftext, s.fs):
                return True
    return False


def _seqs(spec: LangSpec, ftext: str, atoms: list[Atom]) -> list[Seq]:
    out = []
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        if a.digits and (i + 1 == n or atoms[i + 1].digits
                         or _JOIN_GAP.fullmatch(ftext, a.fe, atoms[i + 1].fs) is None):
            # digits alone (most numbers): what _parse returns for them (a digit atom after a
            # "num" never continues it, nor a word that _connect cannot join: see _JOIN_GAP),
            # and _is_excluded_seq excludes no digits alone
            out.append(Seq(a.fs, a.fe, a.value, "exact", True, False, 0.0, "", 1, a))
            i += 1
            continue
        j, s = _parse(spec, ftext, atoms, i)
        if j <= i:
            j = i + 1
        if s is not None and not _is_excluded_seq(spec, ftext, s):
            out.append(s)
        i = j
    return out


def _mention(fd: Folded, text: str, fs: int, fe: int, value, low, high, kind, rule):
    bounds = fd._bounds
    if bounds is None:  # (Folded.to_original, inlined: nothing was dropped)
        s, e = (fs, fe) if fe > fs else (fs, fs)
    else:
        s, e = fd.to_original(fs, fe)
        n = len(text)
        while e < n and text[e] in _DROPPED:  # keep trailing tanween: "ثلاثةٍ"
            e += 1
    return NumberMention(s, e, text[s:e], float(value), float(low),
                         None if high is None else float(high), kind, rule)


def numbers_folded(text: str, language: str, start: int = 0, end: int | None = None):
    """Core: returns (folded, [(folded_start, folded_end, NumberMention)]) for figures.py."""
    spec = _spec(language)
    fd = fold_text(text)
    ftext = fd.text
    fs0 = fd.to_folded(start)
    fe0 = len(ftext) if end is None else fd.to_folded(end)
    ss = fs0  # read from the start of the token: a region that starts inside "12-3-2024"
    while ss > 0 and fs0 - ss < 40 and not ftext[ss - 1].isspace():
        ss -= 1
    atoms = _atoms(spec, ftext, ss, fe0, fd)
    seqs = [s for s in _seqs(spec, ftext, atoms) if fs0 <= s.fs and s.fe <= fe0]
    lang = spec.lang
    digits_base, words_base = f"{lang}.digits", f"{lang}.words"
    range_gap = _range_gap(spec)
    out = []
    i = 0
    while i < len(seqs):
        s = seqs[i]
        base = digits_base if s.digits else words_base
        if s.kind == "vague":
            vs = s.fs
            lead = spec.extra.get("vague_lead")
            if lead is not None and (q := lead.match(ftext, s.fs, fs0)) is not None:
                vs = q[0]  # «بضع مئات»: "a few" is part of the vague count's text
            out.append((vs, s.fe, _mention(fd, text, vs, s.fe, s.value, s.value, None,
                                           "vague", f"{lang}.vague:{s.key}")))
            i += 1
            continue
        # ranges: "150-350", "150 to 350", "between 9 and 10 thousand", "بين 9 و10 آلاف"
        if i + 1 < len(seqs) and seqs[i + 1].kind == "exact" \
                and range_gap.fullmatch(ftext, s.fe, seqs[i + 1].fs) is not None:
            r = _range(spec, ftext, s, seqs[i + 1], fs0)
            if r is not None:
                rs, conn, low, high = r
                t = seqs[i + 1]
                out.append((rs, t.fe, _mention(fd, text, rs, t.fe, low, low, high,
                                               "approximate", f"{base}+range:{conn}")))
                i += 2
                continue
        kind, low, high, rule, qs, qe = "exact", s.value, s.value, base, s.fs, s.fe
        q = spec.qual.match(ftext, s.fs, fs0)
        if q and q[1][0] == "none":
            q = None  # "handed over 4 hostages": a phrasal verb's particle, no bound
        if q:
            qs, (kind, key) = q
        else:
            m = spec.post_re.match(ftext, s.fe)
            if m and m.end() <= fe0:
                kind, key = spec.post_kinds[_norm_key(m.group("q"))]
                qe = m.end()
        if kind != "exact":
            rule = f"{base}+bound:{kind}:{key}"
            if kind == "at_least":
                low, high = s.value, None
            elif kind == "at_most":
                low, high = 0, s.value
        out.append((qs, qe, _mention(fd, text, qs, qe, s.value, low, high, kind, rule)))
        i += 1
    return fd, out


_RANGE_GAPS: dict[tuple[str, str], re.Pattern] = {}


def _range_gap(spec: LangSpec) -> re.Pattern:
    """What `_range` may accept between two numbers, as one regex: blanks, a dash, the "to"
    or the "or" connector. Most neighbouring numbers lie sentences apart; fullmatching this on
    the gap in place drops them before `_range` slices and strips the gap (a necessary
    condition: _range finds a connector only in such a gap)."""
    key = (spec.range_to_re.pattern, spec.range_or_re.pattern)
    rx = _RANGE_GAPS.get(key)
    if rx is None:
        rx = _RANGE_GAPS[key] = re.compile(f"\\s*-?\\s*|(?:{key[0]})|(?:{key[1]})")
    return rx


def _range(spec: LangSpec, ftext: str, a: Seq, b: Seq, fs0: int):
    """If `a` and `b` form a range, return (folded start, connector, low, high)."""
    gap = ftext[a.fe:b.fs]
    start = a.fs
    conn = None
    if a.n_atoms == 1 and a.digits and a.fe - a.fs == 4 and 1900 <= a.value <= 2100 \
            and not 1900 <= b.value <= 2100:
        return None  # "منذ أكتوبر 2023 إلى 43 ألفا": a year, then the count it rose to
    if gap.strip() == "-" and a.digits and b.digits and "\n" not in gap:
        conn = "-"
    elif spec.lang == "ar" and b.first.pre == "و" and gap and not gap.strip():
        mb = spec.range_between.match(ftext, a.fs, fs0)
        if mb:
            conn, start = "بين", mb[0]
    else:
        if b.first.pre and spec.lang == "ar":
            return None
        mt = spec.range_to_re.fullmatch(gap)
        if mt:
            word = _norm_key(mt.group("c"))
            if word == spec.and_word:
                mb = spec.range_between.match(ftext, a.fs, fs0)
                if not mb:
                    return None
                conn, start = spec.and_word, mb[0]
            else:
                mf = spec.range_from.match(ftext, a.fs, fs0)
                if mf:
                    if spec.change_re.search(ftext, max(0, mf[0] - 60), mf[0]):
                        return None
                    start = mf[0]
                conn = word
        elif spec.range_or_re.fullmatch(gap):
            conn = _norm_key(gap)
    if conn is None:
        return None
    low, high = a.value, b.value
    if b.mult and not a.mult and low * b.mult <= high and low < b.mult:
        low = low * b.mult
    if not high > low:
        return None
    return start, conn, low, high


def find_numbers(text: str, language: str, start: int = 0, end: int | None = None
                 ) -> list[NumberMention]:
    """Every number mention in text[start:end]; offsets absolute in `text`, sorted by start,
    non-overlapping. Includes years, dates' day numbers, ages...: figures.py filters those."""
    _, found = numbers_folded(text, language, start, end)
    return [m for _, _, m in found]
