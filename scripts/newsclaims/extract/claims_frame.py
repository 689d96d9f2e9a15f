"""The frame of a claim and the helpers claims.py and claims_ar.py both use.

What is here: `Frame` (one cue read by one rule: its speaker, direction and content anchor) and
`_Ctx` (the sentence being read, with its quotation marks found once); the punctuation sets
(`_PUNCT`, `_OPEN_OR_STRAIGHT`, `_CLOSE_OR_STRAIGHT`) with `_word` and `_mention`; `_close_quote`,
`_skip_dateline`, `_before_spaces`, `_COLON_CUE`; and `_prep_direction` (the content of a
prepositional cue, "according to X" / «بحسب X», in either language) together with the few
pieces it reads (`_en_tail_clause`, `_ar_then_after`, `_ar_skip_earlier` and their word sets).

How it is used: claims.py and claims_ar.py import these names (`from ... import (...)`); this
module imports neither of them (no import cycle). Split out of claims.py unchanged (session 18):
same code, same behaviour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from newsclaims.extract.cues import Cue, CueEntry
from newsclaims.extract.lexicon import fwords
from newsclaims.extract.model import SourceRef
from newsclaims.extract.sentences import (
    CLAUSE_MARKS,
    CLOSE_QUOTES,
    MONTH_ABBREVS,
    OPEN_QUOTES,
    QUOTES,
    STRAIGHT_QUOTES,
    Doc,
)
from newsclaims.extract.sources import (
    ar_time_at,
    Mention,
    ar_stem,
    is_number,
)

_PUNCT = CLAUSE_MARKS | QUOTES | frozenset(".!?؟()[]-–—")
# (built once: "x in OPEN_QUOTES | STRAIGHT_QUOTES" builds the union at every test)
_OPEN_OR_STRAIGHT = OPEN_QUOTES | STRAIGHT_QUOTES
_CLOSE_OR_STRAIGHT = CLOSE_QUOTES | STRAIGHT_QUOTES
_AR_BOUNDARY_WORDS = frozenset(fwords("فيما بينما في حين حين وسط"))
# words that never occur in a speaker phrase: past 16 tokens they end the search for "إن/أن"
_AR_REL_PERSONAL = frozenset(fwords("الذي التي الذين"))


@dataclass
class Frame:
    cue: Cue
    rule: str
    region: tuple[int, int]  # tokens taken by cue + speaker (+ relay): never content
    direction: str  # "after" | "before" | "span"
    anchor: int  # after: content starts here; before: content ends here
    span_end: int = -1  # "span": content is [anchor, span_end)
    mention: Mention | None = None  # speaker as written
    pronoun: str | None = None  # "he" / implied (Arabic verb without subject: "")
    implied: bool = False
    via_mention: Mention | None = None
    relay_swap: bool = False  # the prep NP is the source, the verb speaker the via
    inherit: bool = False  # participle: speaker of the previous claim in the sentence
    quote: str = "indirect"
    ref: SourceRef | None = None
    via: SourceRef | None = None
    content: tuple[int, int] = (0, 0)
    conj: bool = False  # Arabic verb carries a conjunction clitic (وأضاف)
    through: bool = False  # "before" content that goes on after a cue inside the clause
    tail: bool = False  # through a ", and|while <clause>" tail: not when a later cue speaks there
    coref: bool = False  # the written speaker is a pronoun or an anaphor ("the ministry")
    antecedent: tuple[int, int] | None = None  # char span of the earlier mention naming ref
    silent: bool = False  # a narrated act of a speaker ("put the toll far higher"): resolved, no claim


@dataclass
class _Ctx:
    doc: Doc
    a: int
    b: int
    consumed: set[int] = field(default_factory=set)
    _quotes: list[int] | None = None

    @property
    def quotes(self) -> list[int]:
        """Token positions of the sentence's quotation marks (found once, in order)."""
        if self._quotes is None:
            doc = self.doc
            if _QUOTE_CHAR.search(doc.text, doc.starts[self.a], doc.ends[self.b - 1]) is None:
                self._quotes = []  # (a quotation mark is always a token of its own)
            else:
                self._quotes = list(compress(range(self.a, self.b), map(QUOTES.__contains__, doc.raw[self.a:self.b])))
        return self._quotes


_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTES))) + "]")


def _word(raw: str) -> bool:
    return raw not in _PUNCT


def _mention(doc: Doc, i: int, j: int, name_j: int | None = None, start: int | None = None) -> Mention | None:
    if j <= i:
        return None
    return Mention(i, j, name_j if name_j is not None else j, doc.starts[i] if start is None else start, doc.ends[j - 1])


_AR_SAME = frozenset(fwords("ذاته ذاتها نفسه نفسها عينه عينها المذكور المذكورة"))


_AR_TIME_CLAUSE = frozenset(fwords("بعد إثر اثر عقب بعدما"))
# «...، بحسب ما أعلنته الهيئة اليوم، من بينهم 118 طفلاً»: the part of the count after the relay
_AR_AMONG_TAIL = frozenset(fwords("بينهم بينهن بينها منهم منهن"))


def _ar_then_after(doc: Doc, ne: int, b: int) -> bool:
    """After a relay's speaker ending at ne: an optional channel («في بيان»), a comma, then a
    time clause of the event («بعد العثور على ...»، «إثر انهيار ...»)."""
    f, raw = doc.folded, doc.raw
    k = ne
    if k + 1 < b and f[k] == "في" and ar_stem(f[k + 1]) in _AR_CHANNEL_STEMS:
        k += 2
    k = _ar_skip_earlier(f, k, b)  # «في بيان مساء الثلاثاء،»
    if k + 2 < b and raw[k] in ("،", ",") and f[k + 1] == "من" and f[k + 2] in _AR_AMONG_TAIL:
        k += 1
    return k + 2 < b and raw[k] in ("،", ",", "من") and (f[k + 1] in _AR_TIME_CLAUSE or f[k + 1] in _AR_AMONG_TAIL)


def _ar_skip_earlier(f: list[str], j: int, b: int) -> int:
    """«في وقت سابق»، «في وقت لاحق»، «أمس»، «مساء الأحد» right after a verb -> the token after
    them (j when there is none)."""
    t = j
    while t < b:
        if t + 2 < b and f[t] == "في" and f[t + 1] == "وقت" and f[t + 2] in ("سابق", "لاحق", "متاخر", "مبكر"):
            t += 3
        elif ar_time_at(f, t, b):
            t += 1
        else:
            return t
    return t


_AR_CHANNEL_STEMS = frozenset(ar_stem(w) for w in fwords("بيان تصريح تصريحات حديث مؤتمر تغريدة منشور رسالة كلمة لقاء مقابلة اتصال تقرير"))


def _close_quote(doc: Doc, q: int, b: int) -> int:
    opener = doc.raw[q]
    closers = CLOSE_QUOTES if opener in OPEN_QUOTES else STRAIGHT_QUOTES
    for k in range(q + 1, min(b + 60, len(doc.raw))):
        if doc.raw[k] in closers:
            return k
        if doc.newline_before[k]:
            return -1
    return -1


_EN_NESTED_REL = frozenset("where which who whom when whose".split())


def _nested_rel_frame(ctx: _Ctx, c: Cue, men: Mention | None, region: tuple[int, int], k: int, rule: str) -> Frame:
    """The content of a relay set inside a relative clause: from k up to the clause's closing
    comma (or the sentence's end)."""
    doc, b = ctx.doc, ctx.b
    e = next((t for t in range(k + 1, b) if doc.raw[t] in CLAUSE_MARKS or doc.raw[t] in ".!?"), b)
    fr = Frame(c, rule + ".nested", region, "span", k)
    fr.span_end = e
    fr.mention = men
    return fr


def _prep_direction(ctx: _Ctx, c: Cue, men: Mention | None, ne: int, rule: str, frames: list[Frame]) -> Frame | None:
    """Content of a prepositional cue: the clause before it, or the one after its speaker."""
    doc, a, b = ctx.doc, ctx.a, ctx.b
    if men is None:
        return None
    left_limit = frames[-1].region[1] if frames else a
    if ne < b and doc.language == "ar" and doc.folded[ne] in _AR_SAME and ne > c.i + 1:
        ne += 1  # «، حسب المصدر ذاته، ...»: the same-word closes the speaker phrase (Maghreb agencies)
    # (the words between, counted in C: the tokens minus the punctuation marks)
    lo = max(a, left_limit)
    before = max(0, c.i - lo) - sum(map(_PUNCT.__contains__, doc.raw[lo:c.i]))
    if before >= 3 and doc.language == "en" and c.i - 2 > a and doc.folded[c.i - 1 - (doc.raw[c.i - 1] == ",")] in _EN_NESTED_REL \
            and ne + 1 < b and doc.raw[ne] == "," and _word(doc.raw[ne + 1]):
        # (session 18, gold_bn) "Donbass, where, according to the DPR authorities, more than 5,200
        # civilians have been killed", "the war, which according to the UN has killed 20,000,
        # ...": the relay inside a relative clause speaks for the clause after it
        return _nested_rel_frame(ctx, c, men, (c.i, ne), ne + 1, rule)
    if before >= 3 and doc.language == "en" and doc.folded[c.i - 1] in _EN_NESTED_REL and ne < b and _word(doc.raw[ne]) \
            and doc.folded[c.i - 1] != "where" and doc.raw[c.i - 2] == ",":
        return _nested_rel_frame(ctx, c, men, (c.i, ne), ne, rule)
    if before >= 3:
        fr = Frame(c, rule, (c.i, ne), "before", c.i)
        if c.i > a and _word(doc.raw[c.i - 1]) and ne < b and _word(doc.raw[ne]) and not is_number(doc.folded[ne]):
            # "أسفرت بحسب الوكالة عن سقوط ...", "left, according to X, ...": the cue sits
            # inside the clause, whose content goes on after the speaker
            fr.through = True
        elif doc.language == "ar" and c.i > a + 1 and doc.raw[c.i - 1] in ("،", ",") and ne + 1 < b and doc.raw[ne] in ("،", ",") \
                and _word(doc.raw[ne + 1]) and _word(doc.raw[c.i - 2]) and doc.folded[ne + 1] not in _AR_REL_PERSONAL and not (
                    doc.folded[ne + 1] in _AR_BOUNDARY_WORDS and (doc.folded[ne + 1] != "في" or doc.folded[ne + 2:ne + 3] == ["حين"])):
            # «شارك عشرات الآلاف، بحسب منظمين، في مسيرة انطلقت ...»: a relay set off by commas
            # inside the clause, which goes on after it
            fr.through = True
        elif doc.language == "en" and c.i > a + 1 and doc.raw[c.i - 1] == "," and _en_tail_clause(doc, ne, b, verb_ok=True):
            # "has killed 26,000, according to X, and displaced about two million", "..., according
            # to ministry data, down from about 60,000": the account goes on after the relay
            fr.through = fr.tail = True
        elif doc.language == "ar" and c.i > a + 1 and doc.raw[c.i - 1] in ("،", ",") and _ar_then_after(doc, ne, b):
            # «انتشلت الفرق 9 جثث، بحسب ما أعلنته هيئة X في بيان، بعد العثور على جثتين أخريين»:
            # the event's time clause after the relay is still the speaker's account
            fr.through = True
    else:
        k = ne
        while k < b and doc.raw[k] in (",", "،", ":"):
            k += 1
        if k >= b or doc.raw[k] in ".!?؟":
            if before < 1:
                return None
            fr = Frame(c, rule, (c.i, ne), "before", c.i)
            fr.mention = men
            return fr
        if doc.language == "ar" and before == 0:
            # "وبحسب دبلوماسيين عرب تحدثوا لوكالة ...، تجاوز العدد ...": a sentence-initial
            # cue's speaker phrase runs to the first comma; the content follows it
            p = next((t for t in range(k, min(b, k + 8)) if doc.raw[t] in ("،", ",")), -1)
            if p > k and not any(is_number(doc.folded[t]) or doc.raw[t] in QUOTES for t in range(k, p)):
                k = p + 1
        elif doc.language == "en" and before == 0 and (doc.folded[k] in ("who", "whom", "whose", "which") or doc.folded[k] in _EN_ASIDE_PARTICIPLES):
            # "According to an official of X who asked not to be named, 9 people died", "According
            # to a police officer speaking on condition of anonymity, ...": the speaker's own clause
            p = next((t for t in range(k + 1, min(b, k + 16)) if doc.raw[t] in CLAUSE_MARKS), -1)
            if p > k and doc.raw[p] == "," and not any(is_number(doc.folded[t]) or doc.raw[t] in QUOTES for t in range(k, p)):
                k = p + 1
        fr = Frame(c, rule, (min(c.i, men.i), ne), "after", k)
    fr.mention = men
    return fr


# participles that open a speaker's aside ("a police officer speaking on condition of anonymity")
_EN_ASIDE_PARTICIPLES = frozenset("speaking talking requesting asking declining quoted contacted reached interviewed".split())


_EN_TAIL_CLAUSE = frozenset("and but while whereas".split())


def _en_tail_clause(doc: Doc, k: int, b: int, verb_ok: bool = False) -> bool:
    """After ", X said": ", and|but|while <clause>" or ", out of <count>" goes on with the content
    (not a verb of the speaker, "and called for calm", nor a quotation, nor "and that": a cue's own).
    `verb_ok`: after "according to X" a verb goes on with the content's own subject ("has killed
    26,000, according to X, and displaced two million"); "up/down from" goes on there too."""
    f, raw = doc.folded, doc.raw
    if not (k + 3 < b and raw[k] == ","):
        return False
    w, nx = f[k + 1], f[k + 2]
    if w == "out" or (verb_ok and w in ("up", "down")):
        return nx == ("of" if w == "out" else "from") and any(is_number(f[t]) for t in range(k + 3, min(b, k + 7)))
    return w in _EN_TAIL_CLAUSE and _word(raw[k + 2]) and nx != "that" and not (
        (nx.endswith("ed") and not verb_ok) or nx in ("said", "told", "says", "is", "was", "has", "had", "also", "then"))


_DASHES = frozenset("-–—")


def _skip_dateline(doc: Doc, i: int, j: int) -> int:
    """"BEIRUT (Reuters) - ...", "دمشق - ...": a dateline at the start of a paragraph."""
    raw = doc.raw
    if i >= j:
        return i  # empty content (a cue at the very end of the text): no dateline to skip
    if not (i == 0 or doc.newline_before[i]):
        return i
    for k in range(i, min(j, i + (8 if doc.language == "ar" else 12))):  # ("GENEVA/KINSHASA, Aug 9 (Reuters) -")
        if raw[k] in _DASHES:
            return k + 1 if k > i else i
        if doc.language == "en" and raw[k] == "." and k > i and doc.folded[k - 1] in MONTH_ABBREVS:
            continue  # (session 18, gold_bo) "MANILA, Oct. 25 (Xinhua) -- ...": the month's period
        if doc.language == "en" and raw[k] == ")" and k - 2 > i and raw[k - 2] == "(" and raw[k - 1][:1].isupper() \
                and k + 1 < j and raw[k + 1][:1].isupper() and raw[k + 1][:1].isalpha():
            return k + 1  # "NEW DELHI, Nov 27 (PTI) The death toll ...": the agency's dateline with no dash
        if raw[k] in ".!?؟" or (doc.language == "en" and raw[k].isalpha() and raw[k][:1].islower()):
            return i
        if doc.language == "ar" and raw[k] in _OPEN_OR_STRAIGHT:
            return i  # «في المقابل، تبنى تنظيم "داعش - ولاية الساحل"»: a dash inside a quoted name (gold_j)
    return i


_COLON_CUE = CueEntry("verb", "colon")


def _before_spaces(text: str, k: int) -> int:
    """len(text[:k].rstrip(" ")), without the copy."""
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k
