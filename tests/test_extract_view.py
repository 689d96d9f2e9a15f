"""Articles keep no-break spaces, runs of spaces, tabs and invisible marks (extract/view.py):
extraction reads a view with single spaces and no marks, and its spans come back onto the
article text, so a phrase copied from the page is a substring of what we publish.

The texts are composed for these tests: each is written once plainly and once the way pages
paste (no-break spaces, doubled spaces, right-to-left marks around numbers, soft hyphens)."""

from __future__ import annotations

import polars as pl
import pytest
from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.extract import extract_article
from newsclaims.extract.view import matching_view

NBSP, RLM, LRM, ZWNJ, SHY = "\u00a0", "\u200f", "\u200e", "\u200c", "\u00ad"

# (plain text, the same text as a page pastes it, language)
PAIRS = [
    ("The Health Ministry said 14 people were killed and 30 wounded in the shelling.",
     f"The Health{NBSP}Ministry said  14{NBSP}people were killed and 30 wounded in the shel{SHY}ling.",
     "en"),
    ('"We have received 12 bodies," a doctor at the hospital told AFP. The army said 1,200 fled.',
     f'"We have received 12{NBSP}bodies,"  a doctor at the hospital told AFP.  The army said\t1,200 fled.',
     "en"),
    ("وقالت وزارة الصحة إن 60 شخصاً قتلوا وأصيب 25 آخرون في القصف.",
     f"وقالت وزارة{NBSP}الصحة إن {RLM}60{RLM} شخصاً قتلوا  وأصيب {RLM}25{RLM} آخرون في القصف.",
     "ar"),
    ("وأفاد مصدر محلي بمقتل خمسة عناصر، فيما قال المرصد السوري إن الحصيلة بلغت 12 قتيلاً.",
     f"وأفاد مصدر{ZWNJ} محلي بمقتل خمسة عناصر،  فيما قال المرصد{NBSP}السوري إن الحصيلة بلغت {LRM}12{LRM} قتيلاً.",
     "ar"),
]


def _summary(ex):
    claims = [(c.source.source_id, c.quote, c.stance, c.rule) for c in ex.claims]
    figures = [(k, f.number.value, f.number.value_low, f.number.value_high, f.category, f.rule)
               for k, f in ex.figures]
    return claims, figures


@pytest.mark.parametrize("plain,pasted,lang", PAIRS)
def test_pasted_text_gives_the_same_claims_and_figures_as_the_plain_text(plain, pasted, lang):
    a, b = extract_article(plain, lang), extract_article(pasted, lang)
    assert a.claims and a.figures
    assert _summary(a) == _summary(b)


@pytest.mark.parametrize("plain,pasted,lang", PAIRS)
def test_every_span_of_the_pasted_text_is_its_verbatim_field(plain, pasted, lang):
    ex = extract_article(pasted, lang)
    for c in ex.claims:
        assert pasted[c.cue_start:c.cue_end] == c.cue
        if c.source_start is not None:
            assert pasted[c.source_start:c.source_end] == c.source_text
    for _, f in ex.figures:
        assert pasted[f.number.start:f.number.end] == f.number.text


@pytest.mark.parametrize("plain,pasted,lang", PAIRS)
def test_spans_read_the_same_words_in_both_texts(plain, pasted, lang):
    view_of = lambda s: " ".join(matching_view(s)[0].split())  # noqa: E731
    a, b = extract_article(plain, lang), extract_article(pasted, lang)
    for ca, cb in zip(a.claims, b.claims):
        assert view_of(pasted[cb.start:cb.end]) == plain[ca.start:ca.end]
    for (_, fa), (_, fb) in zip(a.figures, b.figures):
        assert matching_view(fb.number.text)[0] == fa.number.text


def test_a_phrase_copied_from_the_page_is_inside_the_claim_text():
    plain, pasted, lang = PAIRS[0]
    ex = extract_article(pasted, lang)
    copied = f"14{NBSP}people were killed"
    assert any(copied in pasted[c.start:c.end] for c in ex.claims)
    assert [f.number.text for _, f in ex.figures][:1] == ["14"]


def test_a_number_with_a_no_break_thousands_space_keeps_it_in_the_figure_text():
    ex = extract_article(f"The UN said 1{NBSP}200 people were displaced by the fighting.", "en")
    assert [(f.number.text, f.number.value, f.category) for _, f in ex.figures] == [
        (f"1{NBSP}200", 1200, "displaced")]


def test_view_of_plain_text_is_the_text_itself():
    text = "The ministry said 12 people were killed.\nقال المرصد إن خمسة قتلوا."
    assert matching_view(text) == (text, None)


def test_view_offsets_point_at_each_character_in_the_text():
    text = f"a{NBSP}{NBSP}b {RLM}12{RLM} c\td{SHY}e"
    view, offsets = matching_view(text)
    assert view == "a b 12 c de"
    assert len(offsets) == len(view) + 1 and offsets[-1] == len(text)
    for i, ch in enumerate(view):
        assert text[offsets[i]] == ch or (ch == " " and text[offsets[i]].isspace())


def test_build_of_a_pasted_article_passes_validation(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "pasted.txt").write_text(PAIRS[2][1] + "\n\n" + PAIRS[3][1] + "\n", encoding="utf-8")
    out = tmp_path / "pkg"
    result = CliRunner().invoke(app, ["build", "--no-progress", "--articles", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = pl.read_csv(out / "data" / "articles.csv")["text"][0]
    assert f"{RLM}60{RLM}" in text and NBSP in text
    figures = pl.read_csv(out / "data" / "figures.csv")
    assert sorted(figures["value"].to_list()) == [5.0, 12.0, 25.0, 60.0]
    for row in figures.iter_rows(named=True):
        assert text[row["char_start"]:row["char_end"]] == row["text"]


@pytest.mark.parametrize("text,value", [
    ("Police said 12\u202f500 people marched through the capital.", 12500),
    ("وقالت الأمم المتحدة إن ١\u00a0٢٠٠ أسرة نزحت من القرية.", 1200),
])
def test_no_break_spaces_between_digit_groups_are_thousands_separators(text, value):
    ex = extract_article(text, "ar" if "ال" in text else "en")
    assert [f.number.value for _, f in ex.figures] == [value]


def test_a_plain_space_between_numbers_is_not_a_thousands_separator():
    view, _ = matching_view(f"killed 3{NBSP}{NBSP}200 wounded, and 5 000")
    assert view == "killed 3 200 wounded, and 5 000"
