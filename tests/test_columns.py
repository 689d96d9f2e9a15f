"""The columnar rows extraction workers send back equal the row dicts, column by column."""

from __future__ import annotations

import pytest

from newsclaims.extract import extract_article, load_registry
from newsclaims.ingest import article_from_bytes
from newsclaims.tables import columns_for_article, rows_for_article, to_columns

# Composed for this test: several speakers, a relayed claim, figures with bounds and ranges.
TEXTS = {
    "ar": ("قالت وزارة الصحة في بيان إن 23 شخصاً قتلوا وأصيب أكثر من 40 آخرين في قصف.\n"
           "وأفاد المرصد السوري لحقوق الإنسان بأن عدد القتلى ارتفع إلى 31 بينهم سبعة أطفال.\n"
           "وقال مصدر طبي لمراسلنا إن عشرات الجرحى نقلوا إلى مستشفيات المدينة.\n"),
    "en": ("The Interior Ministry said 18 people were killed and dozens wounded on Sunday.\n"
           "A police source told Reuters that between 20 and 25 people had died.\n"
           '"We have received 12 bodies so far," a doctor at the city hospital said.\n'
           "The governor said no one was killed, and the army said 3 soldiers were missing.\n"),
    "none": "A quiet day. Nothing was said by anyone about anything.\n",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_columns_for_article_equal_to_columns_of_rows(name):
    text = TEXTS[name]
    language = "ar" if name == "ar" else "en"
    article, problems = article_from_bytes(text.encode("utf-8"), f"{name}-columns.txt")
    assert article is not None, problems
    extraction = extract_article(article.text, article.language, load_registry())
    if name != "none":
        assert extraction.claims and extraction.figures  # the comparison covers real rows
    assert article.language == language
    expected = to_columns(rows_for_article(article, extraction)).columns
    assert columns_for_article(article, extraction) == expected


def test_add_articles_equals_add_article_of_each_row():
    """The build adds a shard's articles rows column by column (TableBuilder.add_articles):
    the same frame as one article_row per article, front matter present or not."""
    from newsclaims.schema import ARTICLES
    from newsclaims.tables import TableBuilder, article_row

    raw = {"plain": TEXTS["en"], "ar": TEXTS["ar"],
           "front": "---\ntitle: A title\nurl: https://example.org/a\noutlet: Example\n"
                    "published: 2024-05-01\n---\n" + TEXTS["en"]}
    articles = []
    for name, text in raw.items():
        article, problems = article_from_bytes(text.encode("utf-8"), f"{name}-rows.txt")
        assert article is not None, problems
        articles.append(article)
    assert any(a.title for a in articles) and any(not a.title for a in articles)
    one, bulk = TableBuilder(), TableBuilder()
    for a in articles:
        one.add_article(article_row(a))
    bulk.add_articles(articles)
    assert bulk.frame(ARTICLES).equals(one.frame(ARTICLES))
    assert bulk.frame(ARTICLES).height == 0  # frame() hands the rows over once
