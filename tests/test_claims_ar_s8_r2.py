"""Arabic, session 8 round 2: the lead's second-round decisions and the leftovers of gold_al,
gold_am and gold_an (tests/gold_al/FINDINGS_ar.md, tests/gold_am/FINDINGS_ar.md,
tests/gold_an/FINDINGS.md). Every case is a composed sentence in some newsroom's style (other
groups, places, word orders); none is taken from an article or a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


# --- claiming an attack is a claim of the group (the lead's decision, session 8) ---------------


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وتبنّت جماعة أنصار السنة الهجوم في بيان بثته عبر قناتها، زاعمة أن عناصرها قتلوا 9 جنود.", "الهجوم في بيان", "جماعة أنصار السنة"),
        ("وأعلن تنظيم الدولة الإسلامية عبر وكالته مسؤوليته عن التفجير، زاعماً أنه قتل 14 عنصراً.", "مسؤوليته عن التفجير", "تنظيم الدولة الإسلامية"),
        ("من جهتها، أعلنت حركة الشباب في بيان مسؤوليتها عن الهجوم على الفندق.", "مسؤوليتها عن الهجوم", "حركة الشباب"),
        ("وتبنت جبهة تحرير ماسينا الهجوم.", "الهجوم", "جبهة تحرير ماسينا"),
        ("وتبنّت جماعة «أنصار الإسلام»، المرتبطة بتنظيم القاعدة، الكمين في رسالة إلى الصحفيين، قائلة إنها أسرت 5 جنود.", "الكمين في رسالة", "أنصار الإسلام"),
        ("وتبنّى فصيل منشق عن جبهة التحرير الهجوم على الحافلة.", "الهجوم على الحافلة", "فصيل منشق عن جبهة التحرير"),
        ("قال الجيش إن 6 جنود قتلوا، فيما تبنّت حركة الشباب الهجوم في بيان عبر إذاعتها، وقالت إنه أسفر عن مقتل 20.", "الهجوم في بيان", "حركة الشباب"),
        # a headline: «PLACE: «X» يتبنى هجوماً على ...» — the quoted group claims, the attack is the content
        ("النيجر: «ولاية الساحل» يتبنى هجوماً على ثكنة للجيش\n\nنيامي - قال الجيش إن 12 جندياً قتلوا.", "هجوماً على ثكنة", "ولاية الساحل"),
        ("الصومال: حركة الشباب تتبنى تفجيراً في سوق بلدوين\n\nمقديشو - قالت الشرطة إن 8 أشخاص قتلوا.", "تفجيراً في سوق", "حركة الشباب"),
    ],
)
def test_claiming_an_attack_is_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "ولم تتبنَّ أي جهة الهجوم حتى مساء الأحد.",
        "ولم يعلن أي تنظيم مسؤوليته عن التفجير حتى الآن.",
        "ولم يصدر عن الجماعة أي بيان يتبنى الهجوم حتى ساعة كتابة الخبر.",
        "ولا تعلن الحركة عادةً مسؤوليتها عن مثل هذه الهجمات.",
    ],
)
def test_no_claim_of_an_attack_not_claimed(text: str) -> None:
    assert claims_of(text, "ar") == []


def test_a_statement_that_claims_the_attack_is_no_claim_of_its_own() -> None:
    text = "وزعمت الجماعة، في بيان تبنّت فيه الهجوم، أنها قتلت 40 من عناصر الميليشيات."
    cs = claims_of(text, "ar")
    assert len(cs) == 1 and "قتلت 40" in text[cs[0].start : cs[0].end]
    check(text, "ar", "قتلت 40", "الجماعة")


@pytest.mark.parametrize(
    "text",
    [
        # a habitual description is background, no claim (the lead's decision)
        "ولم يصدر تعليق من الحركة المسلحة، التي تتهم الجيش عادةً باستهداف المدنيين.",
        "ولم تعلق الميليشيا على الحادث، وهي التي تتهم عادة القوات الحكومية بخرق الهدنة.",
    ],
)
def test_habitual_accusation_is_no_claim(text: str) -> None:
    assert claims_of(text, "ar") == []


@pytest.mark.parametrize(
    ("text", "faction", "parent_key"),
    [
        ("وأعلن فصيل منشق عن جبهة التحرير مسؤوليته عن الهجوم، فيما نفى المتحدث باسم الجبهة الأم، سالم داود، أي علاقة لها به.", "فصيل منشق عن جبهة التحرير", "أي علاقة"),
        ("وتبنّى فصيل من الحركة الشعبية الهجوم، بينما نفى الناطق باسم الحركة الأم أي صلة به.", "فصيل من الحركة الشعبية", "أي صلة"),
    ],
)
def test_the_parent_body_is_not_the_faction(text: str, faction: str, parent_key: str) -> None:
    cs = claims_of(text, "ar")
    assert faction in (check(text, "ar", "الهجوم", faction).source_text or "")
    parent = check(text, "ar", parent_key, "الأم")
    assert parent.source.source_id != check(text, "ar", "الهجوم", faction).source.source_id, [c.source.name for c in cs]
