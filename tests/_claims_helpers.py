"""Shared assertions for the claim tests: find the claim holding a phrase, check who said it."""

from __future__ import annotations

from newsclaims.extract import extract_article
from newsclaims.extract.folding import fold_term
from newsclaims.extract.model import ClaimMention


def claims_of(text: str, lang: str) -> list[ClaimMention]:
    ex = extract_article(text, lang)
    for c in ex.claims:
        assert text[c.start : c.end], c
        assert text[c.cue_start : c.cue_end] == c.cue
        if c.source_text is not None:
            assert text[c.source_start : c.source_end] == c.source_text
    return list(ex.claims)


def claim_with(claims: list[ClaimMention], text: str, key: str) -> ClaimMention:
    hits = [c for c in claims if key in text[c.start : c.end]]
    assert hits, f"no claim contains {key!r}: {[text[c.start:c.end] for c in claims]}"
    return min(hits, key=lambda c: c.end - c.start)


def names(c: ClaimMention) -> str:
    parts = [c.source.name, c.source.name_en or "", c.source_text or ""]
    return fold_term(" | ".join(parts))


def check(text: str, lang: str, key: str, speaker: str, **want) -> ClaimMention:
    c = claim_with(claims_of(text, lang), text, key)
    assert fold_term(speaker) in names(c), f"{key!r}: speaker {names(c)!r}, wanted {speaker!r}"
    for field, value in want.items():
        if field == "via":
            got = c.via and fold_term(c.via.name + " " + (c.via.name_en or ""))
            assert got and fold_term(value) in got, f"via {got!r}, wanted {value!r}"
        elif field == "source_id":
            assert c.source.source_id == value
        elif field == "kind":
            assert c.source.kind == value, f"kind {c.source.kind}, wanted {value}"
        elif field == "not_in_content":
            assert value not in text[c.start : c.end]
        else:
            assert getattr(c, field) == value, f"{field}: {getattr(c, field)!r}, wanted {value!r}"
    return c


def source_id_of(text: str, lang: str, key: str) -> str:
    """The source id of the (shortest) claim whose content holds `key`."""
    return claim_with(claims_of(text, lang), text, key).source.source_id


def assert_no_speaker(text: str, lang: str, bad: str) -> None:
    """No claim in `text` takes a speaker whose phrase or name contains `bad`."""
    for c in claims_of(text, lang):
        assert bad not in (c.source_text or ""), c.source_text
        assert bad not in c.source.name
