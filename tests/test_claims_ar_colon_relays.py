"""Arabic (session 5): a headline or live-blog line «OUTLET عن SPEAKER: content» gives the claim
to the speaker after «عن», with the outlet as its relay.

All sentences are composed for these tests (none is taken from an article).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


@pytest.mark.parametrize(
    ("text", "key", "speaker", "via"),
    [
        ("١١:٢٠ – وكالة «مهر» عن مسؤول في الهلال الأحمر: انتشلنا ١٧ جثة من تحت الأنقاض.\n",
         "انتشلنا ١٧ جثة", "مسؤول في الهلال الأحمر", "مهر"),
        ("سانا عن مصدر عسكري: إسقاط طائرتين مسيرتين فوق ريف حماة الشمالي\n\nوقال الجيش في بيان إن الوحدات تصدت للهجوم.",
         "إسقاط طائرتين", "مصدر عسكري", "سانا"),
        ("الجزيرة عن مصادر طبية: 9 قتلى في قصف على مخيم للنازحين\n\nأفادت مصادر طبية بسقوط تسعة قتلى.",
         "9 قتلى في قصف", "مصادر طبية", "الجزيرة"),
        ("14:05 - موقع «الوطن» عن مدير مستشفى المدينة: استقبلنا أكثر من أربعين مصاباً منذ الصباح\n",
         "أربعين مصاباً", "مدير مستشفى المدينة", "الوطن"),
    ],
)
def test_outlet_relays_a_colon_speaker(text: str, key: str, speaker: str, via: str) -> None:
    c = check(text, "ar", key, speaker, via=via)
    assert "عن" not in (c.source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        # a topic before «عن», no outlet: no relay
        "تقرير عن الأوضاع في الشمال: نقص حاد في الأدوية والوقود خلال الشتاء\n",
        # a colon speaker whose content holds «عن»: the plain headline rule
        "الدفاع المدني: البحث عن مفقودين تحت أنقاض مبنى منهار في الحي\n",
    ],
)
def test_no_relay_without_an_outlet_before_an(text: str) -> None:
    for c in claims_of(text, "ar"):
        assert c.via is None
