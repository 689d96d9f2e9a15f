"""Where things live in the repository (one place, so nothing else hard-codes a path)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[1]
LEXICON_DIR = PACKAGE_DIR / "lexicons"
RAW_DIR = REPO_ROOT / "data" / "raw"
ARTICLES_DIR = RAW_DIR / "articles"
REGISTRY_PATH = RAW_DIR / "sources.yaml"
