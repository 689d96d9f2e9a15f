"""The text that extraction rules read, and the way back to the article's own offsets.

An article's text keeps what the page had between words: no-break spaces, runs of spaces, tabs,
and invisible marks (right-to-left and left-to-right marks around numbers, zero-width joiners,
soft hyphens). A phrase a reader copies from the article therefore stays a substring of the
claim or figure text we publish. The rules, though, are written for single plain spaces and no
invisible marks, so `matching_view` gives them that view of the text (each run of horizontal
space becomes one " ", invisible marks go), with the offset in the article of every character of
the view. `to_article_offsets` moves an extraction's spans back onto the article text.

Most articles have none of these characters: then the view is the text itself and nothing is
mapped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsclaims.extract.model import ClaimMention, Extraction

HORIZONTAL_SPACE = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# zero-width and bidirectional marks, soft hyphen, BOM: invisible in the page
INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"

# a no-break, narrow no-break, thin or figure space between digit groups ("1 200", "١ ٢٠٠") is
# a thousands separator: the view reads it as ","
_GROUP_SPACE = re.compile("(?<=\\d)[\u00a0\u202f\u2009\u2007](?=\\d{3}(?!\\d))")
_RUN = re.compile(f"[{HORIZONTAL_SPACE}{INVISIBLE}]+")
_HAS_SPACE = re.compile(f"[{HORIZONTAL_SPACE}]")
# any space character but the plain space, or an invisible mark (with "  ": all the view changes)
_NOT_PLAIN = re.compile(f"[{HORIZONTAL_SPACE.replace(' ', '')}{INVISIBLE}]")


def _needs_view(text: str) -> bool:
    """Whether the view differs from the text: a run of spaces, a space character other than
    " ", an invisible mark. Runs on every article, so the common cases are plain substring
    tests in C (an ASCII text can only have a tab among them)."""
    if "  " in text:
        return True
    if text.isascii():
        return "\t" in text
    return _NOT_PLAIN.search(text) is not None


def matching_view(text: str) -> tuple[str, list[int] | None]:
    """(view, offsets): the text with each run of horizontal space as one " " (a no-break space
    between digit groups as ","), and no invisible marks, and for every character of the view
    its offset in `text` (plus `len(text)` at the end). `offsets` is None when the view is the
    text itself."""
    if not _needs_view(text):
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _RUN.finditer(text):
        start, end = m.span()
        if end - start == 1 and text[start] == " ":
            continue
        parts.append(text[pos:start])
        offsets.extend(range(pos, start))
        if end - start == 1 and _GROUP_SPACE.match(text, start):
            parts.append(",")
            offsets.append(start)
        elif (space := _HAS_SPACE.search(text, start, end)) is not None:
            parts.append(" ")  # the run is a word break: one space, at its first space character
            offsets.append(space.start())
        pos = end
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(parts), offsets


def _span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """A view span [start, end) as the article span from its first to its last character."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


def to_article_offsets(extraction: Extraction, text: str, offsets: list[int]) -> Extraction:
    """The extraction with every span an offset of `text` (and every verbatim field the text at
    its new span), given the offsets `matching_view(text)` returned."""
    claims: list[ClaimMention] = []
    for c in extraction.claims:
        start, end = _span(offsets, c.start, c.end)
        cue_start, cue_end = _span(offsets, c.cue_start, c.cue_end)
        changes = dict(start=start, end=end, cue_start=cue_start, cue_end=cue_end,
                       cue=text[cue_start:cue_end])
        if c.source_start is not None and c.source_end is not None:
            s_start, s_end = _span(offsets, c.source_start, c.source_end)
            changes.update(source_start=s_start, source_end=s_end, source_text=text[s_start:s_end])
        claims.append(replace(c, **changes))
    figures = []
    for k, f in extraction.figures:
        n = f.number
        start, end = _span(offsets, n.start, n.end)
        figures.append((k, replace(f, number=replace(n, start=start, end=end, text=text[start:end]))))
    return Extraction(tuple(claims), tuple(figures))
