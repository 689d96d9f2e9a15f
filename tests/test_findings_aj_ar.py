"""Arabic: general gaps found by classifying every Arabic miss of tests/gold_aj (session 8).

See tests/gold_aj/FINDINGS_ar.md for the classes. Only clearly general grammar gaps are fixed
here, each restated in several composed variants (other units, places, titles, word orders);
no sentence is taken from an article or from the gold passages.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claim_with, claims_of


# --- a speaker in construct with an administrative unit and the unit's proper name ------------
# «أعلن حاكم مقاطعة X ...»: with an object-taking cue (no «أن» to end the subject) the speaker ran
# only to the bare unit noun («حاكم مقاطعة») and the place name went into the content.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أعلن حاكم مقاطعة خيرسون الأوكرانية، أولكسندر بروكودين، مقتل رجلين في قصف مدفعي.", "مقتل رجلين", "حاكم مقاطعة خيرسون"),
        ("أعلنت حكومة ولاية نهر النيل حالة الطوارئ في ثلاث محليات.", "حالة الطوارئ", "حكومة ولاية نهر النيل"),
        ("أعلن محافظ ولاية شمال كردفان مقتل خمسة مدنيين في هجوم على سوق.", "مقتل خمسة", "محافظ ولاية شمال كردفان"),
        ("وأكد رئيس بلدية مدينة زوارة انتشال ١٢ جثة من الشاطئ.", "انتشال ١٢ جثة", "رئيس بلدية مدينة زوارة"),
        ("ونفى مدير ناحية ربيعة وقوع إصابات بين المدنيين.", "وقوع إصابات", "مدير ناحية ربيعة"),
        ("وأعلن قائد شرطة محافظة ديالى اعتقال أربعة مطلوبين.", "اعتقال أربعة", "قائد شرطة محافظة ديالى"),
        ("أعلن والي ولاية كسلا، مساء الأحد، إجلاء ٣٠٠ أسرة من القرى المغمورة.", "إجلاء ٣٠٠ أسرة", "والي ولاية كسلا"),
    ],
)
def test_speaker_keeps_the_units_proper_name(text: str, key: str, speaker: str) -> None:
    c = check(text, "ar", key, speaker)
    assert speaker.split()[-1] not in text[c.start : c.end]


@pytest.mark.parametrize(
    ("text", "key", "not_speaker"),
    [
        # the unit is definite or the word after it is the object: nothing changes
        ("أعلن محافظ المدينة مقتل ثلاثة عمال في انفجار.", "مقتل ثلاثة", "مقتل"),
        ("أعلنت إدارة المنطقة إغلاق المعبر حتى إشعار آخر.", "إغلاق المعبر", "إغلاق"),
        ("قال حاكم ولاية بورنو إن ٢٠ مزارعاً قتلوا.", "٢٠ مزارعاً", "مزارعاً"),
    ],
)
def test_unit_name_does_not_swallow_the_object(text: str, key: str, not_speaker: str) -> None:
    c = claim_with(claims_of(text, "ar"), text, key)
    assert not_speaker not in (c.source_text or "")


# --- a court as the subject before its verb («وكانت المحكمة ... قد أعلنت») --------------------
# «محكمة» was no speaker head: an SVO or pluperfect clause led by a court went to the previous
# speaker by coreference.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("وقال سكان إن القصف استمر طوال الليل. وكانت المحكمة الجنائية الدولية قد أعلنت أنها تحقق في جرائم حرب.", "تحقق في جرائم", "المحكمة الجنائية الدولية"),
        ("وأكدت اللجنة أن ٣٠ معتقلاً أفرج عنهم. وكانت محكمة الاستئناف قد أكدت أن الاعتقال غير قانوني.", "الاعتقال غير قانوني", "محكمة الاستئناف"),
        ("وقالت الشرطة إن خمسة أشخاص اعتقلوا. والمحكمة العليا قالت إن الجلسة تأجلت.", "الجلسة تأجلت", "المحكمة العليا"),
        ("أفاد مصدر أمني بأن الهجوم أسفر عن قتيلين. وقالت المحكمة العسكرية إن ١٢ متهماً سيحاكمون.", "١٢ متهماً", "المحكمة العسكرية"),
    ],
)
def test_a_court_speaks_for_itself(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


# --- a subjectless cue after a «فيما/بينما» clause of another subject ---------------------------
# «أعلنت X ...، فيما تبنّت Y الهجوم في بيان، وقالت إنه ...»: «وقالت» went to X (the sentence's
# earlier speaker); its subject is the one of the «فيما» clause right before it.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("أعلن الدفاع المدني انتشال ٧ جثث، فيما تبنّى تنظيم داعش الهجوم في بيان، وقال إن ٢٠ جندياً قتلوا.", "٢٠ جندياً", "تنظيم داعش"),
        ("وأعلنت خدمة الإسعاف أنها نقلت ٢٦ جريحاً، فيما تبنّت حركة الشباب الهجوم في بيان عبر إذاعتها، وقالت إنه أسفر عن مقتل ٣٠ جندياً.", "٣٠ جندياً", "حركة الشباب"),
        ("قالت الشرطة إن ثلاثة أشخاص قتلوا، بينما تبنت جماعة مسلحة التفجير، وأكدت أن عشرة جنود قتلوا.", "عشرة جنود", "جماعة مسلحة"),
        ("قال الجيش إنه قتل ١٥ مسلحاً، فيما نشرت الحركة صوراً للهجوم، وقالت إن خسائرها محدودة.", "خسائرها محدودة", "الحركة"),
    ],
)
def test_cue_after_a_while_clause_takes_its_subject(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # the «فيما» clause has no speaker noun as subject: the earlier speaker goes on
        ("قالت الوزارة إن ٤٠ شخصاً قتلوا، فيما استمر القصف حتى الصباح، وأضافت أن ٩٠ أصيبوا.", "٩٠ أصيبوا", "الوزارة"),
        ("قال المرصد إن ١٢ مدنياً قتلوا، بينما تواصلت الاشتباكات في الريف، وأضاف أن ٣٠ أصيبوا.", "٣٠ أصيبوا", "المرصد"),
    ],
)
def test_while_clause_without_speaker_keeps_the_speaker(text: str, key: str, speaker: str) -> None:
    check(text, "ar", key, speaker)
