"""Language detection from the script of the text (Arabic letters vs Latin letters)."""

from __future__ import annotations

import regex

_ARABIC = regex.compile(r"\p{Script=Arabic}")
_LATIN = regex.compile(r"\p{Script=Latin}")


def detect_language(text: str) -> str | None:
    """`ar` when Arabic letters dominate, `en` when Latin letters do, None when neither
    script has at least 20 letters (too little text to tell)."""
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if max(arabic, latin) < 20:
        return None
    return "ar" if arabic >= latin else "en"
