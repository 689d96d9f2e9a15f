"""Fold text for matching while keeping a map back to the original offsets.

Arabic spelling varies (أ/إ/آ/ا, ى/ي, ة/ه, optional diacritics such as the tanween of "وفقاً");
English varies in case and apostrophes. Lexicon matching runs on the folded string; every match
is mapped back with `to_original`, so spans always index into the real text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef) and the tatweel (ـ, a
# stretch of the baseline: «بـ28», «قـــال») are dropped when folding.
_DROPPED = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}
_LETTER_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
}


@dataclass(frozen=True)
class Folded:
    text: str  # the folded string
    starts: tuple[int, ...]  # starts[i] = offset in the original of folded char i; len+1 entries

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) back to the original text."""
        if end <= start:
            o = self.starts[start]
            return o, o
        return self.starts[start], self.starts[end - 1] + 1


def fold_char(ch: str) -> str:
    if ch in _DROPPED:
        return ""
    return _LETTER_MAP.get(ch, ch).lower()


_TABLE = str.maketrans({**{c: None for c in _DROPPED}, **_LETTER_MAP})


@lru_cache(maxsize=4096)
def fold_term(term: str) -> str:
    """Fold a lexicon entry the same way as the text (fold_char on every character)."""
    if "Σ" in term:  # str.lower gives a final sigma by context; fold_char lowers one by one
        return "".join(fold_char(c) for c in term)
    return term.translate(_TABLE).lower()


def fold(text: str) -> Folded:
    out: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        for c in f:
            out.append(c)
            starts.append(i)
    starts.append(len(text))
    return Folded("".join(out), tuple(starts))
