"""Load a lexicon YAML file from scripts/newsclaims/lexicons once."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

from newsclaims import paths
from newsclaims.extract.folding import fold_term


# libyaml's loader when available: the same objects as yaml.safe_load (checked on every
# lexicon and the registry) in a tenth of the time. Every process that extracts (each build
# worker, each CLI run) parses all lexicons once: ~0.2 s of its start-up with the pure-Python one.
# Front matter is read with it too (frontmatter.py).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path) -> object:
    """yaml.safe_load of a UTF-8 file, through libyaml when available."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@lru_cache(maxsize=64)
def load(name: str) -> dict:
    return read_yaml(paths.LEXICON_DIR / name) or {}


def fwords(term: str) -> tuple[str, ...]:
    """A lexicon term as a tuple of folded words."""
    return tuple(fold_term(str(term)).split())


class LazyPattern:
    """A regular expression compiled on its first use: for big lexicon patterns that only rare
    input needs, so that a process extracting a few articles (a rebuild with one article
    changed) does not compile them. Offers the Pattern methods the rules call."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.compiled.match(string, pos, endpos)
