"""Arabic (round 2): an order to detain, hold or suspend («قرر/أمر» + حبس، الاحتفاظ، سحب يد) is a
claim of its issuer (gold_o, gold_q, gold_w; gold_d and gold_h had left them out: the later sets
win), «قرر فتح تحقيق» is none (gold_s); «ولي أمر» is a guardian; a verb form that is a titled
person's name («اللواء أحمد رفعت،») is no cue; «ذي قار» is one place name.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقررت النيابة العامة حبس صاحب المصنع خمسة عشر يوماً على ذمة التحقيق.", "صاحب المصنع", "النيابة العامة"),
        ("وأمرت محكمة الجنايات بحبس المتهمين الثلاثة احتياطياً.", "المتهمين الثلاثة", "محكمة الجنايات"),
        ("وقرر قاضي التحقيق الاحتفاظ بمدير المحطة وعونين آخرين.", "بمدير المحطة", "قاضي التحقيق"),
        ("وقرر وزير الصحة سحب يد مدير المستشفى وإحالته إلى التحقيق.", "سحب يد مدير", "وزير الصحة"),
    ],
)
def test_detention_and_suspension_orders_are_claims(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


def test_subjectless_order_after_a_named_issuer() -> None:
    text = "وأعلن النائب العام فتح تحقيق في الحادث، وأمر بحبس مالك العبارة أربعة أيام."
    c = check(text, "ar", "مالك العبارة", "النائب العام")
    assert "بحبس" not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "وقرر المجلس البلدي فتح تحقيق في أسباب الحريق.",
        "وقال ولي أمر أحد التلاميذ، ويدعى سامي العلي، إن المدرسة أغلقت أبوابها.",
    ],
)
def test_no_order_cue(text: str) -> None:
    assert all(c.cue not in ("قرر", "أمر") for c in claims_of(text, "ar"))


def test_guardian_keeps_his_claim() -> None:
    text = "وقال ولي أمر أحد التلاميذ، ويدعى سامي العلي، إن المدرسة أغلقت أبوابها بعد الحريق."
    check(text, "ar", "المدرسة أغلقت", "سامي العلي")


def test_titled_name_that_looks_like_a_verb() -> None:
    text = "أعلن محافظ أسوان، اللواء سامح رفعت، ارتفاع عدد ضحايا انقلاب الحافلة إلى 12 شخصاً."
    c = check(text, "ar", "انقلاب الحافلة", "سامح رفعت")
    assert c.cue == "أعلن"


def test_dhi_qar_is_one_place_name() -> None:
    text = "وأعلنت دائرة صحة ذي قار، فجر الخميس، وفاة 9 مرضى في حريق. وقال محافظ ذي قار إن التحقيق بدأ."
    c = check(text, "ar", "وفاة 9 مرضى", "دائرة صحة ذي قار")
    assert "قار" not in text[c.start : c.start + 6]
    check(text, "ar", "التحقيق بدأ", "محافظ ذي قار")


def test_branch_and_its_spokesman_are_one_source() -> None:
    text = ("أعلن الهلال الأحمر الليبي فرع درنة انتشال 12 جثة من الشاطئ. وأوضح المتحدث باسم الفرع، "
            "سالم عمر الدرسي، أن الفرق أنقذت تسعة مهاجرين.")
    c = check(text, "ar", "انتشال 12 جثة", "فرع درنة")
    assert c.source.source_id == claim_with(claims_of(text, "ar"), text, "تسعة مهاجرين").source.source_id


def test_media_director_of_a_directorate_speaks_for_it() -> None:
    text = ("قالت دائرة صحة النجف إن مستشفيات المحافظة استقبلت 80 حالة اختناق. وأوضح مدير إعلام الدائرة، "
            "حسن الكوفي، أن عشرين مريضاً ما زالوا في المستشفى.")
    a = claim_with(claims_of(text, "ar"), text, "80 حالة").source.source_id
    assert a == claim_with(claims_of(text, "ar"), text, "عشرين مريضاً").source.source_id


def test_local_health_office_is_not_the_ministry() -> None:
    text = ("أعلنت وزارة الصحة أن عدد الوفيات بالكوليرا بلغ 90 حالة. وقال مدير مكتب الصحة في مديرية "
            "الزهرة، علي عبده سالم، إن المديرية سجلت 12 وفاة.")
    a = claim_with(claims_of(text, "ar"), text, "بلغ 90").source.source_id
    assert a != claim_with(claims_of(text, "ar"), text, "سجلت 12 وفاة").source.source_id


def test_health_office_director_joins_the_office() -> None:
    text = ("قتل تسعة أشخاص في التدافع، وفق ما أعلن مكتب الصحة العامة في المحافظة. وقال مدير مكتب الصحة، "
            "الدكتور سعيد ناصر، إن بين الضحايا أربع نساء.")
    a = claim_with(claims_of(text, "ar"), text, "في التدافع").source.source_id
    assert a == claim_with(claims_of(text, "ar"), text, "أربع نساء").source.source_id
