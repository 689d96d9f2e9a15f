"""Load a lexicon YAML file from scripts/newsclaims/lexicons once."""

from __future__ import annotations

from functools import lru_cache

import yaml

from newsclaims import paths
from newsclaims.extract.folding import fold_term


@lru_cache(maxsize=64)
def load(name: str) -> dict:
    return yaml.safe_load((paths.LEXICON_DIR / name).read_text(encoding="utf-8")) or {}


def fwords(term: str) -> tuple[str, ...]:
    """A lexicon term as a tuple of folded words."""
    return tuple(fold_term(str(term)).split())
