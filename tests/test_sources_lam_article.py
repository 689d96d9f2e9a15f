"""A source named after «وفقاً ل» / «طبقاً ل» whose first word carries the article: the cue takes
the first lam of «للمرصد» and the mention starts at the article's own lam («لمرصد ...»). The
source's name must still be the body's name with its article («المرصد ...»), and a registered
body must resolve to its registry entry; the verbatim span stays what the text says."""
import pytest

from newsclaims.extract import extract_article


@pytest.mark.parametrize("text, name, source_id", [
    ("قتل 12 مدنياً في قصف على ريف إدلب، وفقاً للمرصد السوري لحقوق الإنسان.",
     "المرصد السوري لحقوق الإنسان", "sohr"),
    ("ونزح أكثر من ٤٠ ألف شخص خلال أسبوع وفقا للأمم المتحدة.", "الأمم المتحدة", "un"),
    ("وقُتل ثلاثة عناصر، طبقاً للمرصد السوري لحقوق الإنسان، في اشتباكات ليلية.",
     "المرصد السوري لحقوق الإنسان", "sohr"),
    # unregistered bodies keep their article too (and a stable id from that name)
    ("وأصيب عشرات المدنيين، وفقاً للمرصد المحلي للانتهاكات.", "المرصد المحلي للانتهاكات", None),
    ("وقتل خمسة أشخاص، وفقا للمكتب الإعلامي في المدينة.", "المكتب الإعلامي", None),
    # a word without the article keeps its own first letter
    ("وقتل ثلاثون شخصاً وفقاً لوزارة الصحة في القطاع.", "وزارة الصحة", None),
])
def test_lam_article_after_according_to(text, name, source_id):
    ex = extract_article(text, "ar")
    assert len(ex.claims) == 1
    claim = ex.claims[0]
    assert claim.source.name == name
    if source_id is not None:
        assert claim.source.source_id == source_id and claim.source.registered
    assert text[claim.source_start:claim.source_end] == claim.source_text


def test_same_body_with_and_without_clitic_is_one_source():
    text = ("قال المرصد السوري لحقوق الإنسان إن 9 مقاتلين قتلوا. "
            "وأصيب 14 آخرون، وفقاً للمرصد السوري لحقوق الإنسان.")
    ex = extract_article(text, "ar")
    assert {c.source.source_id for c in ex.claims} == {"sohr"}
