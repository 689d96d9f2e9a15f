"""Main text and metadata of an HTML article page, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None


def looks_like_html(content: str) -> bool:
    head = content.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        "<body" in head and "</" in content
    )


def extract_html(content: str) -> HtmlArticle | None:
    """The article's main text, or None when the page has no article text."""
    doc = trafilatura.bare_extraction(
        content,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
        favor_precision=True,
        deduplicate=False,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return HtmlArticle(
        text=doc.text,
        title=doc.title or None,
        published=doc.date or None,
        url=doc.url or None,
        outlet=doc.sitename or None,
    )
