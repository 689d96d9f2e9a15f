"""Text normalisation: the one function that decides what an article's text *is*.

Every character offset in the package indexes into the output of `normalize_text`, so it must
be deterministic and depend on nothing but its input (and the boilerplate lexicon).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
import yaml

from newsclaims.extract.view import HORIZONTAL_SPACE, INVISIBLE, matching_view
from newsclaims.paths import LEXICON_DIR

# what a line may start or end with that is not part of it: spaces and invisible marks
_LINE_EDGES = regex.compile(f"^[\\s{HORIZONTAL_SPACE}{INVISIBLE}]+|[\\s{HORIZONTAL_SPACE}{INVISIBLE}]+$")


def _trim_line(line: str) -> str:
    """The line without spaces and invisible marks at its ends. Every such character is " " or
    not printable, so a line that starts and ends otherwise is returned as it is without the
    regex (whose end branch tries every position: a third of normalisation's time)."""
    first, last = line[:1], line[-1:]
    if first.isprintable() and last.isprintable() and first != " " and last != " " and line:
        return line
    return _LINE_EDGES.sub("", line)

# C0/C1 control characters except tab and newline.
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANK_LINES = regex.compile(r"\n{3,}")


@lru_cache(maxsize=1)
def _boilerplate_pattern() -> regex.Pattern:
    """All line patterns as one alternation: one fullmatch per line instead of one per pattern."""
    data = yaml.safe_load((LEXICON_DIR / "boilerplate.yaml").read_text(encoding="utf-8"))
    languages = data["languages"]
    return regex.compile("|".join(f"(?:{p.replace('LANG', languages)})" for p in data["line_patterns"]),
                         regex.IGNORECASE | regex.VERSION1)


def is_boilerplate(line: str) -> bool:
    """True when the whole line is site furniture (a language switcher, share bar, footer)."""
    stripped = line.strip()
    if not stripped:
        return False
    return _boilerplate_pattern().fullmatch(stripped) is not None


def normalize_text(raw: str) -> str:
    """NFC, `\\n` line endings, no control characters or byte-order mark, trimmed lines, at most
    one blank line in a row, boilerplate lines removed.

    What lies between words is kept as the page had it (no-break spaces, runs of spaces, tabs,
    right-to-left marks, zero-width joiners, soft hyphens), so a phrase copied from the article
    is a substring of the claim and figure texts; extraction reads a view of the text with single
    spaces and no invisible marks (`extract.view`) and maps its spans back.

    Tatweel (ـ, the kashida in «بـ28», «الـ»، «عاجـــل») is kept: it is a visible character of
    the article, so a phrase quoted from the article with it is still a substring of the text
    (extraction folds it away, `extract.folding`)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text).lstrip("\ufeff")
    text = _CONTROL.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = _trim_line(line)
        if line and is_boilerplate(matching_view(line)[0]):
            continue
        lines.append(line)
    text = "\n".join(lines).strip("\n")
    return _BLANK_LINES.sub("\n\n", text)
