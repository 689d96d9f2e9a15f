"""Small hand-made packages for the versioning, diff, release and corrections tests.

The article texts are composed for these tests. Rows are built by locating phrases in the text,
so every span is true by construction and the packages pass validation.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from newsclaims.package import package_metadata, write_package
from newsclaims.schema import ARTICLES, CLAIMS, FIGURES, SOURCES, row_id
from newsclaims.tables import frame

EN_TEXT = ("The health ministry said that 14 people were killed in the shelling of the market. "
           "Residents told reporters that dozens were wounded and that three families fled.")
AR_TEXT = ("قال مراسلنا إن 9 جثث انتشلت من تحت الأنقاض. "
           "وأفاد مصدر محلي بأن عشرات الجرحى نقلوا إلى المستشفى.")

SOURCE_ROWS = {
    "health-ministry": {"source_id": "health-ministry", "name": "health ministry",
                        "name_en": "health ministry", "kind": "ministry", "named": True,
                        "side": None, "registered": False},
    "residents": {"source_id": "residents", "name": "Residents", "name_en": "residents",
                  "kind": "residents", "named": False, "side": None, "registered": False},
    "correspondent": {"source_id": "correspondent", "name": "مراسلنا",
                      "name_en": "our correspondent", "kind": "journalist", "named": False,
                      "side": None, "registered": False},
    "local-source": {"source_id": "local-source", "name": "مصدر محلي",
                     "name_en": "a local source", "kind": "anonymous", "named": False,
                     "side": None, "registered": False},
}


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def article(aid: str, text: str, language: str) -> dict:
    return {"article_id": aid, "url": None, "outlet": None, "title": None,
            "language": language, "published": "2024-03-01", "published_basis": "stated",
            "retrieved": None, "license": None, "notes": None, "source_file": f"{aid}.txt",
            "n_chars": len(text), "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "text": text}


def claim(aid: str, text: str, source: str, source_phrase: str | None, cue: str,
          content: str) -> dict:
    cs, ce = span(text, cue)
    s, e = span(text, content, ce)
    ss, se = span(text, source_phrase) if source_phrase else (None, None)
    return {"claim_id": row_id(aid, "c", s, e), "article_id": aid, "source_id": source,
            "via_source_id": None, "source_text": source_phrase, "source_start": ss,
            "source_end": se, "cue": cue, "cue_start": cs, "cue_end": ce, "text": content,
            "char_start": s, "char_end": e, "quote": "indirect", "stance": "asserted",
            "rule": "test.rule", "origin": "extracted"}


def figure(aid: str, text: str, claim_row: dict, number: str, value: float, kind: str,
           category: str, value_high: float | None = None) -> dict:
    s, e = span(text, number, claim_row["char_start"])
    return {"figure_id": row_id(aid, "f", s, e), "claim_id": claim_row["claim_id"],
            "article_id": aid, "text": number, "char_start": s, "char_end": e,
            "value_low": float(value), "value": float(value),
            "value_high": None if value_high is None and kind != "exact"
            else float(value if value_high is None else value_high),
            "kind": kind, "category": category, "subject": None, "rule": "test.rule",
            "origin": "extracted"}


def rows(with_arabic: bool = True) -> dict[str, list[dict]]:
    """The rows of the base test package: one English article, optionally one Arabic."""
    en_c1 = claim("en-1", EN_TEXT, "health-ministry", "health ministry", "said",
                  "14 people were killed in the shelling of the market")
    en_c2 = claim("en-1", EN_TEXT, "residents", "Residents", "told reporters",
                  "dozens were wounded and that three families fled")
    out = {
        "articles": [article("en-1", EN_TEXT, "en")],
        "sources": [SOURCE_ROWS["health-ministry"], SOURCE_ROWS["residents"]],
        "claims": [en_c1, en_c2],
        "figures": [
            figure("en-1", EN_TEXT, en_c1, "14", 14, "exact", "killed"),
            figure("en-1", EN_TEXT, en_c2, "dozens", 12, "vague", "wounded"),
        ],
    }
    if with_arabic:
        ar_c1 = claim("ar-1", AR_TEXT, "correspondent", "مراسلنا", "قال",
                      "9 جثث انتشلت من تحت الأنقاض")
        ar_c2 = claim("ar-1", AR_TEXT, "local-source", "مصدر محلي", "وأفاد",
                      "عشرات الجرحى نقلوا إلى المستشفى")
        out["articles"].append(article("ar-1", AR_TEXT, "ar"))
        out["sources"] += [SOURCE_ROWS["correspondent"], SOURCE_ROWS["local-source"]]
        out["claims"] += [ar_c1, ar_c2]
        out["figures"] += [
            figure("ar-1", AR_TEXT, ar_c1, "9", 9, "exact", "killed"),
            figure("ar-1", AR_TEXT, ar_c2, "عشرات", 10, "vague", "wounded"),
        ]
    return out


def tables(table_rows: dict[str, list[dict]]):
    return {t.name: frame(t, table_rows[t.name]) for t in (ARTICLES, SOURCES, CLAIMS, FIGURES)}


def metadata(version: str = "0.1.0", created: str = "2026-11-26T00:00:00Z") -> dict:
    meta = dict(package_metadata())
    meta["version"] = version
    meta["created"] = created
    return meta


def write(out: Path, table_rows: dict[str, list[dict]], version: str = "0.1.0",
          created: str = "2026-11-26T00:00:00Z") -> Path:
    write_package(tables(table_rows), out, metadata(version, created))
    return out


REPO_DOCS = ("README.md", "CHANGELOG.md", "CITATION.cff", "LICENSE", "LICENSE-DATA.md",
             ".zenodo.json")


def make_repo(root: Path, table_rows: dict[str, list[dict]], version: str = "0.1.0",
              date: str = "2026-11-26") -> Path:
    """A miniature repository: package.yaml, citation files and changelog at `version`/`date`,
    the package built at the root."""
    from newsclaims.paths import PACKAGE_DIR, REPO_ROOT
    from newsclaims.published import set_version

    (root / "scripts" / "newsclaims").mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGE_DIR / "package.yaml", root / "scripts" / "newsclaims" / "package.yaml")
    for name in REPO_DOCS:
        shutil.copy(REPO_ROOT / name, root / name)
    (root / "CHANGELOG.md").write_text("# Changelog\n\n## [Unreleased]\n", encoding="utf-8")
    set_version(root, version, date)
    write(root, table_rows, version, f"{date}T00:00:00Z")
    return root
