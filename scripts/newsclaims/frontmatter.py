"""YAML front matter: an optional `---` block at the top of a `.txt` or `.md` article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

# libyaml's loader when available (the lexicons' one): same results as yaml.safe_load, about
# 10x faster (ingest parses one front matter per article, so at 100k articles this is most of
# the ingest time).
from newsclaims.extract.lexicon import SAFE_LOADER


class FrontMatterError(ValueError):
    """Malformed front matter; `line` is 1-based in the file, when known."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class Split:
    meta: dict
    body: str
    body_line: int  # 1-based line number in the file where the body starts


KNOWN_KEYS = frozenset(
    {"id", "url", "outlet", "title", "language", "published", "published_basis", "retrieved",
     "license", "notes"}
)


def split_front_matter(content: str) -> Split:
    """Separate a leading `---` YAML block from the body. No block: empty meta, whole body."""
    if not (content.startswith("---\n") or content.startswith("---\r\n") or content.rstrip() == "---"):
        return Split({}, content, 1)
    lines = content.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\n") in ("---", "..."):
            block = "".join(lines[1:i])
            meta = _load_yaml(block)
            return Split(meta, "".join(lines[i + 1 :]), i + 2)
    raise FrontMatterError("front matter opened with '---' on line 1 is never closed", line=1)


# Most front matter is a few plain `key: value` lines (id, language, dates, outlet, url, title).
# Those are read here without the YAML parser, with YAML's own meaning (measured: 40 us of
# ingest's ~150 us per article through libyaml, ~5 us here); anything else goes to YAML.
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): +(.*?) *")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")  # a plain scalar never starts with these


def _resolved(scalar: str) -> bool:
    """YAML would read this plain scalar as something other than text (a boolean, null, number,
    date, merge key...): one of the loader's own implicit resolvers matches it."""
    return any(r.match(scalar) for _, r in SAFE_LOADER.yaml_implicit_resolvers.get(scalar[0], ()))


def _simple_mapping(block: str) -> dict | None:
    """What YAML reads from a block of plain `key: value` lines whose values are ISO dates or
    text YAML reads as text (no quotes, comments, flow or block syntax, tabs or other
    invisible characters, or word YAML resolves to another type); None for any other block.
    tests/test_frontmatter_fast.py checks it against YAML."""
    if not block.endswith("\n"):
        return None
    meta: dict = {}
    for line in block[:-1].split("\n"):
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None:
            return None
        key, value = m.groups()
        if not value or value[0] in _INDICATORS or not value.isprintable() or ": " in value \
                or " #" in value or value[-1] == ":" or _resolved(key):
            return None
        if _ISO_DATE.fullmatch(value):  # YAML's timestamp without a time: a date
            try:
                value = dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
            except ValueError:
                return None  # YAML raises its own error
        elif _resolved(value):
            return None
        meta[key] = value
    return meta


def _load_yaml(block: str) -> dict:
    simple = _simple_mapping(block)
    if simple is not None:
        return simple
    try:
        meta = yaml.load(block, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        # +2: the block starts on file line 2 and marks are 0-based.
        raise FrontMatterError(f"invalid YAML in front matter: {problem}",
                               line=mark.line + 2 if mark else None) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter must be a mapping of `key: value` lines", line=2)
    return meta


def key_line(content: str, key: str) -> int | None:
    """1-based line where `key:` is defined in the front matter, for error messages."""
    for n, line in enumerate(content.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return n
        if n > 1 and line.rstrip() == "---":
            return None
    return None


def as_iso_date(value: object) -> str | None:
    """Accept a YAML date or an ISO `YYYY-MM-DD` string; None for empty."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()).isoformat()
    raise ValueError(f"not a date: {value!r}")
