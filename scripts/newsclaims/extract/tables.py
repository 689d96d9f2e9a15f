"""Flattened tables pasted from a news page: one line of cells "LABEL: value | LABEL: value".

The tokenizer makes each cell a sentence of its own (sentences.py, `Doc.bars`). A cell that
names its speaker ("IOM: about 640 dead") is a claim of that speaker like an attributed
headline (claims.py). A table of counts ("Killed: 24 | Wounded: 87", «قتلى: 14 | جرحى: 31»)
is ONE claim of the source its introducing line names ("Figures released by the ministry:",
"It gave the following toll:", «الحصيلة بحسب حكومة الولاية:», «بحسب حصيلة جمعتها وكالة فرانس
برس ...:»); a table whose introducer attributes it to nobody («الزلزال في أرقام:», "In
numbers:") is the outlet's own summary, no claim.
"""

from __future__ import annotations

from newsclaims.extract.folding import fold_term
from newsclaims.extract.model import ClaimMention
from newsclaims.extract.sentences import Doc
from newsclaims.extract.sources import kind_of

# words of an introducing line that attribute what follows to a source: a preposition of
# source ("by", «بحسب»), a verb of releasing or compiling, a pronoun standing for the last
# speaker ("It gave the following toll:")
_ATTRIBUTING = {
    "en": frozenset("by according from per it its they their gave give gives released releases issued issues "
                    "published publishes provided provides compiled compiles listed lists shared".split()),
    "ar": frozenset(fold_term(w) for w in (
        "بحسب وبحسب حسب وحسب وفق ووفق وفقا ووفقا وفقاً ووفقاً طبقا طبقاً عن نقلا نقلاً جمعتها أصدرتها "
        "نشرتها أعلنتها أوردتها وزعتها قدمتها أعلن أعلنت أصدر أصدرت نشر نشرت أورد أوردت").split()),
}
_AGENTS = {"en": frozenset(("by", "from", "according", "per")),
           "ar": frozenset(fold_term(w) for w in "بحسب وبحسب حسب وحسب وفق ووفق وفقا ووفقا وفقاً ووفقاً طبقا طبقاً".split())}
_SKIP = {"en": frozenset(("to", "the")), "ar": frozenset()}


def _word(t: str) -> bool:
    return t[:1].isalnum() or t[:1] == "_"


def _speaker_of(claim: ClaimMention) -> tuple:
    """The source, its span (or None) and its relay of an earlier claim, taken over by the table."""
    src = (claim.source_start, claim.source_end) if claim.source_start is not None else None
    return claim.source, src, claim.via


def _resolved(doc: Doc, resolver, mention, i: int, j: int) -> tuple:
    """The source the words [i, j) name (None when they name none) and its span."""
    m = mention(doc, i, j)
    ref = resolver.resolve(m)
    return ref, ((m.start, m.end) if ref is not None else None)


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [first, end) of the lines that hold table bars."""
    out: list[tuple[int, int]] = []
    n = len(doc.raw)
    for k in sorted(doc.bars):
        if out and k < out[-1][1]:
            continue
        a = k
        while a > 0 and not doc.newline_before[a]:
            a -= 1
        b = k + 1
        while b < n and not doc.newline_before[b]:
            b += 1
        out.append((a, b))
    return out


def _counts(doc: Doc, a: int, b: int) -> bool:
    """Whether some cell of the line [a, b) gives a number right after its label's colon."""
    raw = doc.raw
    return any(raw[k] == ":" and k + 1 < b and raw[k + 1][:1].isdigit() for k in range(a, b))


def table_claims(doc: Doc, claims: list[ClaimMention], resolver, registry, mention) -> list[ClaimMention]:
    """Claims for the count tables of the article that no claim covers yet: each attributed to
    the source named in its introducing line (a registered name), or, when the line points back
    ("by the ministry", "It gave", «بحسب حكومة الولاية»), to the speaker of the claim before it."""
    if not doc.bars:
        return []
    raw, f, text = doc.raw, doc.folded, doc.text
    lang = doc.language
    attributing = _ATTRIBUTING[lang]
    out: list[ClaimMention] = []
    for a, b in _lines(doc):
        start, end = doc.starts[a], doc.ends[b - 1]
        if a == 0 or not _counts(doc, a, b) or any(c.start < end and start < c.end for c in claims):
            continue
        # the introducing line: the sentence before the table, ending with a colon
        ib = a
        ia, _ = doc.sents[doc.sent_of[ib - 1]]
        if raw[ib - 1] != ":" or ib - ia < 2:
            continue
        words = [t for t in range(ia, ib - 1) if f[t] in attributing]
        inside = [c for c in claims if doc.starts[ia] <= c.start and c.end <= doc.starts[ib - 1] + 1]
        if not words and not inside:
            continue  # «الزلزال في أرقام:», "In numbers:": the outlet's own summary
        ref = src = via = None
        if inside:  # "The ministry said the toll was as follows:": the table is that speaker's
            ref, src, via = _speaker_of(inside[-1])
        for t in range(words[0] + 1 if words else ib, ib - 1):  # a registered name after the attributing word
            if ref is not None:
                break
            hit = registry.match_prefix(text[doc.starts[t] : doc.ends[ib - 2]])
            if hit is not None:
                e = t
                while e < ib - 1 and doc.starts[e] < doc.starts[t] + hit[1]:
                    e += 1
                ref, src = _resolved(doc, resolver, mention, t, e)
        agent = next((t for t in words if f[t] in _AGENTS[lang]), None)
        if ref is None and agent is not None:
            # "Toll according to the provincial disaster office:", «الحصيلة بحسب حكومة الولاية:»:
            # the phrase after the preposition of source, up to the colon
            i = agent + 1
            while i < ib - 1 and f[i] in _SKIP[lang]:
                i += 1
            if 1 <= ib - 1 - i <= 6 and all(_word(raw[t]) for t in range(i, ib - 1)):
                ref, src = _resolved(doc, resolver, mention, i, ib - 1)
        if ref is None and lang == "en" and words and 1 <= words[0] - ia <= 5 and f[words[0]] not in _AGENTS[lang] \
                and all(_word(raw[t]) for t in range(ia, words[0])) \
                and kind_of([w for w in f[ia:words[0]] if w not in ("the", "a", "an")], lang) is not None:
            # "The army released the following figures:": its subject
            ref, src = _resolved(doc, resolver, mention, ia, words[0])
        prev = sorted((c for c in claims if c.end <= start), key=lambda c: c.end)
        if ref is not None and not inside and src is not None:
            # "by the ministry" after "Kyrgyzstan's health ministry said ...": the body named before
            head = fold_term(text[src[0] : src[1]].split()[-1])
            named = [c for c in prev if head in fold_term(c.source.name + " " + (c.source_text or "")).split()]
            if named and named[-1].source.source_id != ref.source_id:
                ref, src, via = _speaker_of(named[-1])
        if ref is None:
            if not prev:
                continue
            ref, src, via = _speaker_of(prev[-1])
        cue_at = ib - 1
        out.append(ClaimMention(
            source=ref, cue=raw[cue_at], cue_start=doc.starts[cue_at], cue_end=doc.ends[cue_at],
            start=start, end=end, quote="indirect", stance="asserted", rule=f"{lang}.table:colon",
            source_text=text[src[0] : src[1]] if src else None,
            source_start=src[0] if src else None, source_end=src[1] if src else None, via=via,
        ))
    return out
