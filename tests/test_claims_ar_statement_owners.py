"""Arabic (session 5, hard figure cases): who owns a statement noun. Estimates dated by a year or
«تعود إلى» name nobody (narration); testimonies «جمعها» point back to the speaker; «نشرتها X»
names X; «بياناً قالت فيه» / «أعلنت فيه X» / «وقدّرت فيها» never make «فيه/فيها» a speaker; two
coordinated verbs share their subject («X تتبنى وتتحدث عن»); forums and unions speak.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import assert_no_speaker, check, claims_of


@pytest.mark.parametrize(
    "text",
    [
        "وقال الدفاع المدني إن 4 قتلوا. وتقع البلدة على بعد 8 كيلومترات من المدينة، ويقطنها نحو 30 ألف نسمة، وفق تقديرات عام 2021.",
        "وقال الجيش إن قواته صدت الهجوم. ويقطن الإقليم نحو ثلاثة ملايين نسمة، بحسب إحصاءات تعود إلى عام 2019.",
    ],
)
def test_dated_estimates_name_nobody(text: str) -> None:
    for c in claims_of(text, "ar"):
        assert "نسمة" not in text[c.start : c.end], (c.source.name, text[c.start : c.end])
    assert_no_speaker(text, "ar", "عام")
    assert_no_speaker(text, "ar", "تعود")


def test_testimonies_it_collected_point_back() -> None:
    text = 'لكن المنتدى المدني للحقوق قال إن شاباً توفي، وإن عدد الموقوفين "يفوق الألف" وفق شهادات جمعها من العائلات.'
    check(text, "ar", "يفوق الألف", "المنتدى المدني للحقوق")
    assert_no_speaker(text, "ar", "جمعها")


def test_figures_it_published_name_the_publisher() -> None:
    check("وأصيب 35 شخصاً بحسب أرقام أولية نشرتها هيئة الإسعاف.", "ar", "أصيب 35 شخصاً", "هيئة الإسعاف")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("ونشرت الحركة على قناتها بياناً قالت فيه إن مقاتليها قتلوا 14 جندياً.", "قتلوا 14 جندياً", "الحركة"),
        ("ويأتي ذلك في وقت أعلنت فيه وزارة الصحة استشهاد ثلاثة شبان برصاص القوات.", "استشهاد ثلاثة", "وزارة الصحة"),
        ("قالت اللجنة إن 120 شخصاً قتلوا، مصححة حصيلة أولية أعلنتها أمس وقدّرت فيها عدد القتلى بنحو 80.", "بنحو 80", "اللجنة"),
    ],
)
def test_in_it_is_never_a_speaker(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)
    assert_no_speaker(text, "ar", "فيه")


def test_two_coordinated_verbs_share_the_subject() -> None:
    text = '١٤:٢٠ - جبهة الخلاص تتبنى وتتحدث عن "عشرات القتلى"\n\nوقال الجيش إن الهجوم صد.'
    c = check(text, "ar", "عشرات القتلى", "جبهة الخلاص")
    assert "تتبنى" not in (c.source_text or "")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("لكن المنتدى الوطني للحقوق قال إن 12 محتجاً أوقفوا.", "12 محتجاً", "المنتدى الوطني للحقوق"),
        ("وأكد الاتحاد العام للشغل أن 3 نقابيين اعتقلوا.", "3 نقابيين", "الاتحاد العام للشغل"),
    ],
)
def test_forums_and_unions_speak(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_is_estimated_at_has_no_speaker() -> None:
    text = "وقالت المنظمة إن 35 طفلاً قتلوا.\n\nويقدر عدد سكان القرية بنحو 7 آلاف نسمة."
    for c in claims_of(text, "ar"):
        assert "نسمة" not in text[c.start : c.end]


def test_an_estimate_with_its_subject_is_a_claim() -> None:
    check("وتقدر الأمم المتحدة عدد النازحين بنحو 30 ألفاً.", "ar", "30 ألفاً", "الأمم المتحدة")


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أما الشبكة الحقوقية فتقدّر عدد المختفين قسرياً بأكثر من 112 ألف شخص.", "المختفين قسرياً", "الشبكة الحقوقية"),
        ("وفقاً لإحصائيات المرصد، الذي يقدّر عدد قتلى الحرب بأكثر من 600 ألف شخص.", "قتلى الحرب", "المرصد"),
    ],
)
def test_an_estimate_with_a_subject_before_it(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)
