"""Shared look-ups for the figure audits: a text's figures as (value, category) pairs, and whether
a figure whose number text holds a word has a given value and category."""

from __future__ import annotations

from newsclaims.extract import extract_article
from newsclaims.extract.model import FigureMention


def figure_values(text: str, lang: str) -> list:
    """Every figure of the text as (value, category), a range as ((low, high), category); sorted."""
    out = []
    for _, f in extract_article(text, lang).figures:
        n = f.number
        v = (n.value_low, n.value_high) if "+range" in n.rule else n.value
        out.append((v, f.category))
    return sorted(out, key=repr)


def expected_values(exp) -> list:
    """An audit's expected (value, category) pairs in figure_values' form."""
    return sorted(((tuple(float(x) for x in v) if isinstance(v, tuple) else float(v), c)
                   for v, c in exp), key=repr)


def figures_with(text: str, word: str, lang: str) -> list[FigureMention]:
    """The text's figures whose number text contains `word` (case-folded)."""
    return [f for _, f in extract_article(text, lang).figures if word.lower() in f.number.text.lower()]


def has_figure(text: str, word: str, value, cat: str, lang: str = "en") -> bool:
    """A figure holding `word` with `value` ((low, high) for a range) and category `cat`."""
    for f in figures_with(text, word, lang):
        n = f.number
        ok = (n.value_low, n.value_high) == value if isinstance(value, tuple) else n.value == value
        if ok and f.category == cat:
            return True
    return False
