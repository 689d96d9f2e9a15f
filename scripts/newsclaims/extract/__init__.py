"""Pure extraction: article text in, claims and figures out (see model.py).

`extract_article(text, language)` tokenises the text (sentences.py), finds attribution cues
(cues.py), reads each into a claim with its speaker (claims.py, sources.py, registry.py), and
attaches the figures that the number parser (figures.py) finds inside each claim.
"""

from __future__ import annotations

from bisect import bisect_right

from newsclaims.extract.model import ClaimMention, Extraction, FigureMention
from newsclaims.extract.registry import Registry, load_registry
from newsclaims.extract.view import matching_view, to_article_offsets

__all__ = ["extract_article", "load_registry", "Registry", "Extraction"]


_STAGES: list = []  # [tokenize, find_claims, find_figures], imported on the first call


def _find_figures():
    try:
        from newsclaims.extract.figures import find_figures
    except ImportError:  # the number parser is not installed yet
        return None
    return find_figures


def _stages() -> list:
    """The stage functions, imported once (an import statement inside a function runs the
    import machinery on every call, about a microsecond each)."""
    if not _STAGES:
        from newsclaims.extract.claims import find_claims
        from newsclaims.extract.sentences import tokenize

        _STAGES.extend((tokenize, find_claims, _find_figures()))
    return _STAGES


def extract_article(text: str, language: str, registry: Registry | None = None) -> Extraction:
    """All claims of one article (sorted by span) and the figures inside them, with spans into
    `text`. The rules read its matching view (single spaces, no invisible marks: view.py)."""
    view, offsets = matching_view(text)
    extraction = _extract_view(view, language, registry)
    return extraction if offsets is None else to_article_offsets(extraction, text, offsets)


def _extract_view(text: str, language: str, registry: Registry | None) -> Extraction:
    tokenize, find_claims, finder = _STAGES or _stages()
    if registry is None:
        registry = load_registry()
    lang = "ar" if language.lower().startswith("ar") else "en"
    doc = tokenize(text, lang)
    claims: list[ClaimMention] = find_claims(doc, registry)
    claims = _drop_overlaps(claims)
    figures: list[tuple[int, FigureMention]] = []
    if finder is not None and claims:
        # One pass over the article (the parser reads context around each number anyway);
        # each figure goes to the innermost claim whose content contains it.
        # claims no longer overlap (sorted by start): the one starting last at or before a
        # figure is the only one that can contain it
        starts = [c.start for c in claims]
        lo = starts[0]
        hi = max(c.end for c in claims)
        for fig in finder(text, lang, lo, hi):
            s, e = fig.number.start, fig.number.end
            k = bisect_right(starts, s) - 1
            if k >= 0 and e <= claims[k].end:
                figures.append((k, fig))
        figures.sort(key=lambda p: (p[1].number.start, p[1].number.end, p[0]))
    return Extraction(tuple(claims), tuple(figures))


def _drop_overlaps(claims: list[ClaimMention]) -> list[ClaimMention]:
    """Claims never share content: a later claim that overlaps an earlier one is cut or dropped."""
    out: list[ClaimMention] = []
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            prev = out[-1]
            if c.end <= prev.end:
                continue  # nested: the outer claim keeps it
            continue
        out.append(c)
    return out
