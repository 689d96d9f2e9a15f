"""A small valid package for the validation tests: six composed articles (3 English, 3 Arabic).

The texts are composed for these tests. Every row is built by locating its phrases in the text,
so spans, ids and hashes are true by construction, not produced by the code under test. Six
articles is above `per_article.min_articles` in validation/thresholds.yaml, so the row-count
expectations are active on it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsclaims.package import write_package
from newsclaims.schema import ARTICLES, CLAIMS, FIGURES, SOURCES, row_id
from newsclaims.tables import frame

SOURCES_ROWS = [
    ("civil-defence", "The civil defence", "civil defence", "government", True),
    ("residents", "Residents", "residents", "residents", False),
    ("monitoring-group", "A monitoring group", "a monitoring group", "monitor", False),
    ("border-army", "The army", "the army", "military", True),
    ("police-spokesman", "a police spokesman", "a police spokesman", "official", False),
    ("fire-service", "the fire service", "the fire service", "government", True),
    ("health-ministry-ar", "وزارة الصحة", "the health ministry", "ministry", True),
    ("local-source", "مصدر محلي", "a local source", "anonymous", False),
    ("observatory", "المرصد", "the observatory", "monitor", True),
    ("agency", "الوكالة", "the agency", "agency", True),
    ("national-army", "الجيش", "the army", "military", True),
]

# (figure text, value_low, value, value_high, kind, category)
# claim: (source_id, source phrase or None, cue, content, figures, quote, stance, via)
ARTICLES_SPEC = [
    ("en-flood-01", "en",
     "Heavy rain flooded the river valley on Tuesday. The civil defence said 14 people were "
     "killed and at least 30 were injured in three villages. Residents told reporters that "
     "dozens of families had fled their homes.",
     [("civil-defence", "The civil defence", "said",
       "14 people were killed and at least 30 were injured in three villages",
       [("14", 14, 14, 14, "exact", "killed"), ("at least 30", 30, 30, None, "at_least", "wounded")],
       "indirect", "asserted", None),
      ("residents", "Residents", "told reporters", "dozens of families had fled their homes",
       [("dozens", 12, 12, None, "vague", "displaced")], "indirect", "asserted", None)]),
    ("en-border-02", "en",
     "A monitoring group reported that 8 fighters died in clashes near the border crossing. "
     "The army denied the report, saying only 2 soldiers were wounded. A monitoring group "
     "later said that 3 more bodies were found.",
     [("monitoring-group", "A monitoring group", "reported that",
       "8 fighters died in clashes near the border crossing",
       [("8", 8, 8, 8, "exact", "killed")], "indirect", "asserted", None),
      ("border-army", "The army", "saying", "only 2 soldiers were wounded",
       [("2", 2, 2, 2, "exact", "wounded")], "indirect", "denied", None),
      ("monitoring-group", "A monitoring group", "said that", "3 more bodies were found",
       [("3", 3, 3, 3, "exact", "killed")], "indirect", "asserted", None)]),
    ("en-market-03", "en",
     "\"Nobody was hurt,\" a police spokesman said of the fire at the market. According to the "
     "fire service, about 40 shops burned down overnight.",
     [("police-spokesman", "a police spokesman", "said", "Nobody was hurt,", [], "direct",
       "asserted", None),
      ("fire-service", "the fire service", "According to", "about 40 shops burned down overnight",
       [("about 40", 36, 40, 44, "approximate", "other")], "indirect", "asserted", None)]),
    ("ar-shelling-04", "ar",
     "قالت وزارة الصحة إن 23 شخصا قتلوا وأصيب 50 آخرون في القصف. "
     "وأفاد مصدر محلي بأن خمسة من المسلحين قتلوا قرب الجسر.",
     [("health-ministry-ar", "وزارة الصحة", "قالت", "23 شخصا قتلوا وأصيب 50 آخرون في القصف",
       [("23", 23, 23, 23, "exact", "killed"), ("50", 50, 50, 50, "exact", "wounded")],
       "indirect", "asserted", None),
      ("local-source", "مصدر محلي", "أفاد", "خمسة من المسلحين قتلوا قرب الجسر",
       [("خمسة", 5, 5, 5, "exact", "killed")], "indirect", "asserted", None)]),
    ("ar-village-05", "ar",
     "ذكر المرصد أن عشرات المدنيين نزحوا من القرية الشرقية. "
     "ونقلت الوكالة عن المرصد أن 3 أطفال بين القتلى.",
     [("observatory", "المرصد", "ذكر", "عشرات المدنيين نزحوا من القرية الشرقية",
       [("عشرات", 10, 10, None, "vague", "displaced")], "indirect", "asserted", None),
      ("observatory", "المرصد", "نقلت", "3 أطفال بين القتلى",
       [("3", 3, 3, 3, "exact", "killed")], "indirect", "asserted", "agency")]),
    ("ar-arrests-06", "ar",
     "أعلن الجيش اعتقال 12 مشتبها بهم في المدينة. ولم يصدر أي تعليق من الحكومة.",
     [("national-army", "الجيش", "أعلن", "اعتقال 12 مشتبها بهم في المدينة",
       [("12", 12, 12, 12, "exact", "detained")], "indirect", "asserted", None)]),
]


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def tables() -> dict:
    articles, claims, figures = [], [], []
    for aid, lang, text, claim_specs in ARTICLES_SPEC:
        articles.append({
            "article_id": aid, "url": None, "outlet": None, "title": None, "language": lang,
            "published": "2025-05-0" + aid[-1], "published_basis": "stated", "retrieved": None,
            "license": None, "notes": None, "source_file": f"{aid}.txt", "n_chars": len(text),
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text": text})
        pos = 0
        for sid, phrase, cue, content, figs, quote, stance, via in claim_specs:
            ss, se = _span(text, phrase, pos) if phrase else (None, None)
            cs, ce = _span(text, cue, pos)
            s, e = _span(text, content, pos)
            pos = e
            cid = row_id(aid, "c", s, e)
            claims.append({
                "claim_id": cid, "article_id": aid, "source_id": sid, "via_source_id": via,
                "source_text": phrase, "source_start": ss, "source_end": se, "cue": cue,
                "cue_start": cs, "cue_end": ce, "text": content, "char_start": s,
                "char_end": e, "quote": quote, "stance": stance, "rule": "test.composed",
                "origin": "curated"})
            for ftext, low, value, high, kind, category in figs:
                fs, fe = _span(text, ftext, s)
                figures.append({
                    "figure_id": row_id(aid, "f", fs, fe), "claim_id": cid, "article_id": aid,
                    "text": ftext, "char_start": fs, "char_end": fe, "value_low": float(low),
                    "value": float(value), "value_high": None if high is None else float(high),
                    "kind": kind, "category": category, "subject": None,
                    "rule": "test.composed", "origin": "curated"})
    sources = [{"source_id": sid, "name": name, "name_en": name_en, "kind": kind,
                "named": named, "side": None, "registered": False}
               for sid, name, name_en, kind, named in SOURCES_ROWS]
    return {ARTICLES.name: frame(ARTICLES, articles), SOURCES.name: frame(SOURCES, sources),
            CLAIMS.name: frame(CLAIMS, claims), FIGURES.name: frame(FIGURES, figures)}


def write_valid_package(out_dir: Path) -> Path:
    write_package(tables(), Path(out_dir))
    return Path(out_dir)
