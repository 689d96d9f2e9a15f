"""Arabic (round 2): a relay set off by commas inside its clause («X، بحسب Y، REST») keeps the
clause's rest; organisers and their coordinator are one source; an anonymous source inside a
body is not the body.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of, source_id_of


@pytest.mark.parametrize(
    ("text", "cue", "rest"),
    [
        ("شارك آلاف المحتجين، بحسب منظمين، في وقفة أمام مبنى البرلمان مساء السبت.", "منظمين", "أمام مبنى البرلمان"),
        ("وقتل أربعة أشخاص، وفق مصادر طبية، في غارة استهدفت سوقاً شعبية وأصيب 15 آخرون.", "مصادر طبية", "وأصيب 15 آخرون"),
        ("ونزحت مئات العائلات، حسب الأمم المتحدة، من القرى الحدودية خلال الأسبوع.", "الأمم المتحدة", "من القرى الحدودية"),
    ],
)
def test_comma_relay_inside_the_clause_keeps_the_rest(text: str, cue: str, rest: str) -> None:
    c = check(text, "ar", rest, cue)
    assert text[c.start : c.end].split("،")[0].strip()[:4] == text[:4]


def test_comma_relay_before_a_new_clause_stops() -> None:
    text = "وقتل ثلاثة مدنيين في القصف، بحسب المرصد، في حين قال الجيش إن الهجوم صد بالكامل."
    c = claim_with(claims_of(text, "ar"), text, "الهجوم صد")
    assert "الجيش" in (c.source_text or "")
    assert all("الهجوم صد" not in text[x.start : x.end] for x in claims_of(text, "ar") if x.source_text == "المرصد")


def test_organisers_and_their_coordinator_are_one_source() -> None:
    text = (
        "تجمع الآلاف، بحسب منظمين، في ساحة المدينة للمطالبة بالإفراج عن المعتقلين. "
        "وقالت منسقة الحملة الوطنية للتضامن، سلمى فريد الخطيب، إن عدد المشاركين تجاوز عشرين ألفاً."
    )
    assert source_id_of(text, "ar", "ساحة المدينة") == source_id_of(text, "ar", "تجاوز عشرين ألفاً")


def test_an_anonymous_source_inside_a_directorate_is_not_the_directorate() -> None:
    text = (
        "المسيرة تمر بهدوء.. والدفاع المدني: نقل 9 مصابين\n\n"
        "وقال مصدر في مديرية الدفاع المدني إن تسعة أشخاص نقلوا إلى المستشفى. "
        "وكانت المديرية قد أعلنت الأسبوع الماضي إخلاء 40 عائلة من المنطقة."
    )
    anon = source_id_of(text, "ar", "نقلوا إلى المستشفى")
    body = source_id_of(text, "ar", "إخلاء 40 عائلة")
    assert anon != body
    assert source_id_of(text, "ar", "نقل 9 مصابين") == body


@pytest.mark.parametrize(
    ("text", "key", "speaker", "bad"),
    [
        ('أفادت نقابة الأطباء بأن 30 مسعفاً أصيبوا، واتهمت الدعم السريع بـ"استهداف سيارات الإسعاف".',
         "استهداف سيارات الإسعاف", "نقابة الأطباء", "الدعم السريع"),
        ("واتهمت حماس إسرائيل بـ«خرق الهدنة» في بيان مقتضب.", "خرق الهدنة", "حماس", "إسرائيل"),
    ],
)
def test_accused_before_bi_is_no_speaker(text: str, key: str, speaker: str, bad: str) -> None:
    c = check(text, "ar", key, speaker)
    assert bad not in (c.source_text or "")
