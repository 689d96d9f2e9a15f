"""The gold dev set is well-formed, and the scorer counts what issue 3 says it counts."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from newsclaims import paths, schema
from newsclaims.evaluate import (
    GoldArticle,
    GoldClaim,
    GoldError,
    GoldFigure,
    check_gold,
    load_gold,
    print_report,
    max_matching,
    names_match,
    parse_gold,
    score,
)

GOLD_DIR = paths.REPO_ROOT / "tests" / "gold"
# The tuning dev set, the blind generalisation set (tests/gold_b/README.md), the blind final
# measurement set (tests/gold_c/README.md) and the blind tuning set (tests/gold_d/README.md)
# share one format.
GOLD_DIRS = (GOLD_DIR, *(paths.REPO_ROOT / "tests" / name
                          for name in ("gold_b", "gold_c", "gold_d", "gold_e", "gold_f", "gold_g",
                                       "gold_h", "gold_i", "gold_j", "gold_k", "gold_l",
                                       "gold_m", "gold_n", "gold_o", "gold_p", "gold_q",
                                       "gold_r", "gold_s", "gold_t", "gold_u",
                                       "gold_v", "gold_w", "gold_x", "gold_y", "gold_z", "gold_aa",
                                       "gold_ab", "gold_ac", "gold_ad", "gold_ae", "gold_af",
                                       "gold_ag", "gold_ah", "gold_ai", "gold_aj", "gold_al",
                                       "gold_am", "gold_an", "gold_ak", "gold_ao",
                                       "gold_as", "gold_aq", "gold_ap", "gold_at",
                                       "gold_au", "gold_av", "gold_aw", "gold_ax", "gold_ay",
                                       "gold_az", "gold_ba", "gold_bb", "gold_bc", "gold_bd", "gold_be",
                                       "gold_bf", "gold_bg", "gold_bh", "gold_bi", "gold_bj",
                                       "gold_bk", "gold_bl", "gold_bm",
                                       "gold_bn", "gold_bo", "gold_bp", "gold_bq", "gold_br", "gold_bs")))

# --- hand-made predictions ----------------------------------------------------------------

TEXT = ("The Defence Ministry said 60 soldiers were killed. A local source said five militiamen "
        "died, adding that dozens were wounded.")


def gold_article(**over) -> GoldArticle:
    base = dict(
        id="a1", language="en", text=TEXT,
        claims=(GoldClaim(("Defence Ministry",), "60 soldiers were killed"),
                GoldClaim(("local source",), "five militiamen died"),
                GoldClaim(("local source",), "dozens were wounded")),
        figures=(GoldFigure(("Defence Ministry",), "60", "killed", value=60),
                 GoldFigure(("local source",), "five", "killed", value=5),
                 GoldFigure(("local source",), "dozens", "wounded", value=12)),
        sources=(("Defence Ministry",), ("local source",)),
    )
    base.update(over)
    return GoldArticle(**base)


def frames(claims: list[dict], figures: list[dict], sources: list[dict]) -> dict[str, pl.DataFrame]:
    return {"claims": pl.DataFrame(claims, schema={c: pl.String for c in
                                                   ("claim_id", "article_id", "source_id",
                                                    "source_text", "text")}),
            "figures": pl.DataFrame(figures, schema={"figure_id": pl.String, "claim_id": pl.String,
                                                     "article_id": pl.String, "text": pl.String,
                                                     "value_low": pl.Float64, "value": pl.Float64,
                                                     "value_high": pl.Float64, "category": pl.String}),
            "sources": pl.DataFrame(sources, schema={"source_id": pl.String, "name": pl.String,
                                                     "name_en": pl.String})}


SOURCES = [{"source_id": "mod", "name": "وزارة الدفاع", "name_en": "Defence Ministry"},
           {"source_id": "local-source", "name": "local source", "name_en": None}]


def claim(cid, sid, text, source_text=None, aid="a1"):
    return {"claim_id": cid, "article_id": aid, "source_id": sid, "source_text": source_text,
            "text": text}


def figure(fid, cid, text, value, category, low=None, high=None, aid="a1"):
    return {"figure_id": fid, "claim_id": cid, "article_id": aid, "text": text,
            "value_low": value if low is None else low, "value": value, "value_high": high,
            "category": category}


PERFECT_CLAIMS = [claim("c1", "mod", "60 soldiers were killed", "The Defence Ministry"),
                  claim("c2", "local-source", "five militiamen died", "A local source"),
                  claim("c3", "local-source", "dozens were wounded", None)]
PERFECT_FIGURES = [figure("f1", "c1", "60", 60, "killed", high=60),
                   figure("f2", "c2", "five", 5, "killed", high=5),
                   figure("f3", "c3", "dozens", 12, "wounded")]


def f1s(ev, lang="en"):
    return {t: ev.scores[(lang, t)].f1 for t in ("claims", "figures", "sources")}


def test_perfect_prediction_scores_one():
    ev = score([gold_article()], frames(PERFECT_CLAIMS, PERFECT_FIGURES, SOURCES))
    assert f1s(ev) == {"claims": 1.0, "figures": 1.0, "sources": 1.0}
    assert ev.misses == []


def test_missing_claim_lowers_recall_only():
    ev = score([gold_article()], frames(PERFECT_CLAIMS[:2], PERFECT_FIGURES[:2], SOURCES))
    s = ev.scores[("en", "claims")]
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)
    assert s.precision == 1.0 and s.recall == pytest.approx(2 / 3)
    assert [m.kind for m in ev.misses if m.table == "claims"] == ["missed"]


def test_claim_that_swallows_two_statements_matches_only_one():
    merged = [claim("c1", "mod", "60 soldiers were killed", "The Defence Ministry"),
              claim("c2", "local-source", "five militiamen died, adding that dozens were wounded")]
    s = score([gold_article()], frames(merged, [], SOURCES)).scores[("en", "claims")]
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)


def test_wrong_speaker_is_not_a_match():
    wrong = [claim("c1", "local-source", "60 soldiers were killed", "A local source")]
    figs = [figure("f1", "c1", "60", 60, "killed", high=60)]
    ev = score([gold_article()], frames(wrong, figs, SOURCES))
    assert ev.scores[("en", "claims")].tp == 0
    assert ev.scores[("en", "figures")].tp == 0


def test_wrong_value_or_category_or_text_is_not_a_match():
    for bad in (figure("f1", "c1", "60", 6, "killed", high=6),
                figure("f1", "c1", "60", 60, "wounded", high=60),
                figure("f1", "c1", "soldiers", 60, "killed", high=60)):
        ev = score([gold_article()], frames(PERFECT_CLAIMS, [bad], SOURCES))
        s = ev.scores[("en", "figures")]
        assert (s.tp, s.fp) == (0, 1), bad


def test_category_synonyms_agree():
    figs = [figure("f1", "c1", "60", 60, "bodies", high=60)]
    ev = score([gold_article()], frames(PERFECT_CLAIMS, figs, SOURCES))
    assert ev.scores[("en", "figures")].tp == 1


def test_range_compares_low_and_high():
    g = gold_article(figures=(GoldFigure(("Defence Ministry",), "300 and 500", "missing",
                                         value_low=300, value_high=500),))
    good = figure("f1", "c1", "between 300 and 500", 300, "missing", low=300, high=500)
    bad = figure("f1", "c1", "between 300 and 500", 300, "missing", low=300, high=None)
    assert score([g], frames(PERFECT_CLAIMS, [good], SOURCES)).scores[("en", "figures")].tp == 1
    assert score([g], frames(PERFECT_CLAIMS, [bad], SOURCES)).scores[("en", "figures")].tp == 0


def test_one_to_one_does_not_double_count():
    # Two predicted copies of one claim: one match, one false positive.
    dup = PERFECT_CLAIMS + [claim("c9", "mod", "said 60 soldiers were killed")]
    s = score([gold_article()], frames(dup, [], SOURCES)).scores[("en", "claims")]
    assert (s.tp, s.fp, s.fn) == (3, 1, 0)
    # One predicted figure cannot satisfy two identical gold figures.
    g = gold_article(figures=(GoldFigure(("Defence Ministry",), "60", "killed", value=60),) * 2)
    s = score([g], frames(PERFECT_CLAIMS, PERFECT_FIGURES[:1], SOURCES)).scores[("en", "figures")]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)


def test_matching_is_maximum_not_greedy():
    # Gold 0 could take pred 0 or 1; gold 1 only pred 0: a greedy pass would match one.
    assert max_matching(2, [[0, 1], [0]]) == [(0, 1), (1, 0)]


def test_predictions_in_other_articles_do_not_count():
    other = [dict(c, article_id="b2") for c in PERFECT_CLAIMS]
    ev = score([gold_article()], frames(other, [], SOURCES))
    assert ev.scores[("en", "claims")].tp == 0 and ev.scores[("en", "claims")].fp == 0


def test_sources_one_per_distinct_speaker():
    extra = PERFECT_CLAIMS + [claim("c4", "afp", "something else", "AFP")]
    s = score([gold_article()], frames(extra, [], SOURCES)).scores[("en", "sources")]
    assert (s.tp, s.fp, s.fn) == (2, 1, 0)


def test_folding_matches_arabic_letter_variants():
    text = "وأفادت وزارة الدفاع الروسية بأن 60 عنصراً قتلوا في الغارة. " * 6
    g = GoldArticle("ar1", "ar", text, (GoldClaim(("وزارة الدفاع الروسية",), "60 عنصراً قتلوا"),),
                    (GoldFigure(("وزارة الدفاع الروسية",), "60", "killed", value=60),),
                    (("وزارة الدفاع الروسية",),))
    # Predicted spellings differ: ة→ه, ا→أ, a diacritic, extra spaces.
    claims = [claim("c1", "mod-ru", "أن 60 عنصرا  قتلوا", "وزاره الدفاع الروسيّة", aid="ar1")]
    figs = [figure("f1", "c1", "60", 60, "killed", high=60, aid="ar1")]
    src = [{"source_id": "mod-ru", "name": "وزارة الدفاع الروسيه", "name_en": None}]
    ev = score([g], frames(claims, figs, src))
    assert f1s(ev, "ar") == {"claims": 1.0, "figures": 1.0, "sources": 1.0}


@pytest.mark.parametrize(("gold", "pred", "ok"), [
    ("Defence Ministry", "Syria's Defence Ministry", True),
    ("the Defence Ministry", "Defence Ministry", True),
    ("Defence Ministry", "Ministry", True),          # whole word of the gold name
    ("Defence Ministry", "the", False),             # article only
    ("Defence Ministry", "Def", False),             # not a whole word
    ("Defence Ministry", "he", False),              # too short
    ("مصدر", "المصدر", True),
    ("Health Ministry", "Interior Ministry", False),
    ("UN", "UN", True),                             # equal names match, however short
    ("UN", "U.N.", False),                          # ... but a short name never by containment
    ("UN", "UNHCR", False),
])
def test_names_match(gold, pred, ok):
    assert names_match(gold, pred) is ok


def test_parse_gold_rejects_bad_files():
    with pytest.raises(GoldError):
        parse_gold({"id": "x", "language": "en", "claims": []})  # no text
    with pytest.raises(GoldError):
        parse_gold({"id": "x", "language": "en", "text": "t", "figures": [
            {"speaker": "a", "text": "1", "value": "one", "category": "killed"}]})
    bad = parse_gold({"id": "x", "language": "en", "text": "Police said 5 died." * 20,
                      "claims": [{"speaker": "Police", "key": "6 died"}],
                      "figures": [{"speaker": "Army", "text": "5", "value": 5, "category": "dead"}],
                      "sources": ["Police"]})
    problems = " ".join(check_gold(bad))
    assert "'6 died'" in problems and "'dead'" in problems and "not listed in sources" in problems


# --- the gold dev set itself ----------------------------------------------------------------

GOLD_SETS = {d.name: load_gold(d) for d in GOLD_DIRS}
GOLD = GOLD_SETS["gold"]
ALL_GOLD = [g for gold in GOLD_SETS.values() for g in gold]


@pytest.mark.parametrize("g", ALL_GOLD, ids=[g.id for g in ALL_GOLD])
def test_gold_file_is_well_formed(g):
    assert check_gold(g) == []
    assert all(f.category in schema.FIGURE_CATEGORIES for f in g.figures)
    if g.text_file is None:
        assert Path(g.path).stem == g.id


# the fourteenth session's blind learning sets each hold one language
ONE_LANGUAGE_SETS = {"gold_au": "ar", "gold_av": "ar", "gold_ay": "ar", "gold_aw": "en",
                     "gold_az": "ar", "gold_ba": "en",
                     "gold_bb": "ar", "gold_bc": "en", "gold_bd": "ar", "gold_be": "en",
                     "gold_bf": "ar", "gold_bg": "en",
                     "gold_bh": "en", "gold_bi": "en", "gold_bj": "en",
                     "gold_bk": "ar", "gold_bl": "ar", "gold_bm": "ar",
                     "gold_bn": "en", "gold_bo": "en", "gold_bp": "en",
                     "gold_bq": "ar", "gold_br": "ar", "gold_bs": "ar"}


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_covers_both_languages(name):
    gold = GOLD_SETS[name]
    by_lang = {lang: [g for g in gold if g.language == lang] for lang in schema.LANGUAGES}
    if name in ONE_LANGUAGE_SETS:
        only = ONE_LANGUAGE_SETS[name]
        assert len(by_lang[only]) >= 10
        assert all(not v for lang, v in by_lang.items() if lang != only)
    else:
        assert all(len(v) >= 10 for v in by_lang.values())


def test_gold_ids_are_unique_across_sets():
    ids = [g.id for g in ALL_GOLD]
    assert len(ids) == len(set(ids))


@pytest.mark.slow
def test_evaluate_end_to_end_on_a_few_gold_files(tmp_path):
    pytest.importorskip("newsclaims.build", exc_type=ImportError)  # until extraction lands
    from typer.testing import CliRunner

    from newsclaims.cli import app

    for name in ("en/en_01_wire_relay.yaml", "ar/ar_01_verb_first_health.yaml"):
        (tmp_path / Path(name).name).write_text((GOLD_DIR / name).read_text(encoding="utf-8"),
                                                encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert set(scores) == {"ar", "en"}
    for lang in scores.values():
        assert set(lang) == {"claims", "figures", "sources"}
        for s in lang.values():
            assert all(0.0 <= s[k] <= 1.0 for k in ("precision", "recall", "f1"))


# --- miss classes (evaluate --classes) ----------------------------------------------------

def _reasons(ev, table, kind):
    return sorted(m.reason for m in ev.misses if m.table == table and m.kind == kind)


def test_a_figure_with_the_wrong_speaker_category_or_value_is_classed_so():
    # 60 given to the local source (speaker), five as wounded (category), dozens as 10 (value)
    claims = [claim("c1", "mod", "60 soldiers were killed", "The Defence Ministry"),
              claim("c2", "local-source", "five militiamen died", "A local source"),
              claim("c3", "local-source", "dozens were wounded", None)]
    figs = [figure("f1", "c2", "60", 60, "killed", high=60),
            figure("f2", "c2", "five", 5, "wounded", high=5),
            figure("f3", "c3", "dozens", 10, "wounded")]
    ev = score([gold_article()], frames(claims, figs, SOURCES))
    by_text = {m.text.split(": ")[1].split(" =")[0]: m.reason
               for m in ev.misses if m.table == "figures" and m.kind == "missed"}
    assert by_text == {"60": "speaker", "five": "category", "dozens": "value"}
    assert _reasons(ev, "figures", "spurious") == ["twin of a missed figure"] * 3
    counts = ev.reason_counts()
    assert counts[("en", "figures", "missed", "speaker")] == 1
    assert sum(n for (_, t, k, _), n in counts.items() if t == "figures" and k == "spurious") == 3


def test_a_number_without_a_figure_is_told_apart_from_one_outside_every_claim():
    # the ministry's claim holds "60" but no figure was made; the local source's claims are gone
    ev = score([gold_article()], frames(PERFECT_CLAIMS[:1], [], SOURCES))
    missed = {m.text.split(": ")[1].split(" =")[0]: m.reason
              for m in ev.misses if m.table == "figures" and m.kind == "missed"}
    assert missed == {"60": "no figure in its claim", "five": "outside every claim",
                      "dozens": "outside every claim"}


def test_claim_misses_are_classed_by_where_the_key_went():
    merged = [claim("c1", "mod", "60 soldiers were killed", "The Defence Ministry"),
              claim("c2", "local-source", "five militiamen died, adding that dozens were wounded"),
              claim("c3", "mod", "the base was hit", "The Defence Ministry")]
    ev = score([gold_article()], frames(merged, [], SOURCES))
    assert _reasons(ev, "claims", "missed") == ["inside another speaker's claim"]
    assert _reasons(ev, "claims", "spurious") == ["nothing in the gold"]
    wrong = [claim("c1", "local-source", "60 soldiers were killed", "A local source")]
    ev = score([gold_article()], frames(wrong, [], SOURCES))
    assert "speaker" in _reasons(ev, "claims", "missed")
    assert _reasons(ev, "claims", "spurious") == ["twin of a missed claim"]


def test_classes_are_printed_and_in_the_json():
    from io import StringIO

    from rich.console import Console

    ev = score([gold_article()], frames(PERFECT_CLAIMS[:1], [], SOURCES))
    buf = StringIO()
    print_report(ev, Console(file=buf, width=200), show_misses=True, show_classes=True)
    out = buf.getvalue()
    assert "misses by class" in out and "outside every claim" in out
    assert all("reason" in m for m in ev.as_dict()["misses"])
