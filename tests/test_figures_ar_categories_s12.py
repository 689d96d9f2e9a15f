"""Arabic figure categories by breadth (session 12): on unseen text the number was found but given
another category, because the writers used another form of the category's word. Sentences
composed for the test: each puts a count and one form of a category word in a usual news order.

1. Pronoun-carrying forms, derived by rule from every people cue (figures._ar_pronoun_forms):
   the verb or verbal noun with the object/possessive pronoun of the people counted before it
   («14 شخصاً اعتقلتهم القوات»، «تم إجلاؤهم»، «جرى توقيفهم»، «شردتهم الحرب»، «لم يعثر عليهم»).
2. Forms missing from the lexicon: perished (هلكوا), lost their lives (فقدوا حياتهم), died of their
   wounds (متأثرين بجراحهم: killed, not wounded), taken prisoner (وقعوا في الأسر), a woman
   prisoner (أسيرة), the reflexive/present of displacement (تهجروا، ينزحون), driven out of homes
   (طردوا من منازلهم), disappeared (اختفوا، الإخفاء القسري، مختفين), trace/news lost (فقد أثرهم،
   انقطعت أخبارهم), their place unknown (لا يعرف مكانهم).
3. Over-prediction of `wounded`: an illness a count "has" («مصابون بسوء التغذية»، «بأمراض مزمنة»)
   is no wound (session-8 decision: disease cases are `other`); people who left hospital are no
   people displaced (session-9: the discharged are `other`). Harm at the event (suffocation,
   burns, fainting) stays `wounded` (session-8 decision). Families or people affected
   («14 ألف أسرة تضررت») are `other`, not the displaced sub-count after them.
4. «مسيرة»/«مسيرات» is a drone (`strikes`) only when its sentence speaks of one (an aircraft, a
   launch, a strike, air defence, downing); else a march, a crowd: `other`."""

import pytest

from newsclaims.extract.figures import find_figures


def _cats(sentence, word):
    i = sentence.index(word)
    return [f.category for f in find_figures(sentence, "ar") if f.number.start <= i < f.number.end]


PRONOUN_FORMS = [
    ("وقالت المنظمة إن 14 متظاهراً تم اعتقالهم خلال الليل.", "detained"),
    ("وقالت المنظمة إن 14 متظاهراً جرى توقيفهم في الساحة.", "detained"),
    ("وقالت المنظمة إن 14 شخصاً اعتقلتهم القوات عند الحاجز.", "detained"),
    ("وقالت المنظمة إن 14 شاباً اعتقلهم الجيش من منازلهم.", "detained"),
    ("وقالت المنظمة إن 14 جندياً أسرتهم الحركة في الهجوم.", "detained"),
    ("وقالت المنظمة إن 14 شخصاً احتجزتهم الشرطة دون تهمة.", "detained"),
    ("وقالت المنظمة إن 14 مهاجراً أوقفتهم الشرطة قرب الحدود.", "detained"),
    ("وقالت المنظمة إن 14 صحفياً تم إطلاق سراحهم أمس.", "detained"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص تم إجلاؤهم من الساحل.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص جرى إجلاؤهم قبل العاصفة.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص تم تهجيرهم من القرى.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص هجرتهم المعارك.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص شردتهم الحرب.", "displaced"),
    ("وقالت السلطات إن 14 شخصاً لم يعثر عليهم بعد.", "missing"),
    ("وقالت السلطات إن 14 شخصاً انقطع الاتصال بهم منذ الفيضان.", "missing"),
    ("وقالت السلطات إن 14 امرأة لم يعثر عليهن حتى الآن.", "missing"),
]


@pytest.mark.parametrize("sentence,cat", PRONOUN_FORMS)
def test_pronoun_forms(sentence, cat):
    assert _cats(sentence, "14") == [cat]


NEW_FORMS = [
    ("وقال المسؤول إن 14 شخصاً هلكوا في الحريق.", "killed"),
    ("وقال المسؤول إن 14 شخصاً فقدوا حياتهم في الانهيار.", "killed"),
    ("وقال المسؤول إن 14 عاملاً فقدوا أرواحهم في المنجم.", "killed"),
    ("وقال الطبيب إن المستشفى استقبل 30 جريحاً، توفي منهم لاحقاً ثلاثة متأثرين بجراحهم.", "killed"),
    ("وقالت المنظمة إن 14 جندياً وقعوا في الأسر خلال المعركة.", "detained"),
    ("وقالت الهيئة إن 14 أسيرة ما زلن في السجون.", "detained"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص تهجروا من المدينة.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص ينزحون كل أسبوع.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص طردوا من منازلهم.", "displaced"),
    ("وقالت الأمم المتحدة إن 14 ألف شخص أخرجوا من بيوتهم بالقوة.", "displaced"),
    ("وقالت السلطات إن 14 شخصاً اختفوا بعد المداهمة.", "missing"),
    ("وقالت الرابطة إن 14 شخصاً تعرضوا للإخفاء القسري.", "missing"),
    ("وقالت الرابطة إن 14 مختفياً قسرياً لم يعرف مصيرهم.", "missing"),
    ("وقالت السلطات إن 14 بحاراً فقد أثرهم في العاصفة.", "missing"),
    ("وقالت السلطات إن 14 شخصاً انقطعت أخبارهم منذ أسبوع.", "missing"),
    ("وقالت الرابطة إن 14 شاباً لا تعرف عائلاتهم مكانهم.", "missing"),
    ("وقالت الرابطة إن 14 شخصاً غيبوا قسراً.", "missing"),
    ("وقال المسعفون إن 14 جريحة نقلن إلى المستشفى.", "wounded"),
]


@pytest.mark.parametrize("sentence,cat", NEW_FORMS)
def test_new_forms(sentence, cat):
    assert _cats(sentence, "14" if "14" in sentence else "ثلاثة") == [cat]


KEPT = [
    # a wound named with the verb stays wounded; the dead beside it stay killed
    ("قال المسعفون إن 14 شخصاً أصيبوا بجروح في القصف.", "14", ["wounded"]),
    ("قال المسعفون إن 14 شخصاً أصابتهم الشظايا.", "14", ["wounded"]),
    ("قال المسعفون إن 14 شخصاً أصيبوا بالاختناق.", "14", ["wounded"]),
    ("قال المسعفون إن 14 شخصاً أغمي عليهم خلال التظاهرة.", "14", ["wounded"]),
    ("وقال المسؤول إن 14 شخصاً لقوا حتفهم في الغارة.", "14", ["killed"]),
    # «فقدوا» alone is still missing; «فقدوا منازلهم» still displaced
    ("قالت السلطات إن 14 شخصاً فقدوا في البحر.", "14", ["missing"]),
    ("قالت الأمم المتحدة إن 14 ألف شخص فقدوا منازلهم.", "14", ["displaced"]),
    # whereabouts unknown after being taken stays missing (session-8 decision)
    ("وقالت المنظمة إن قوات الأمن اقتادت 14 شاباً إلى جهة مجهولة المصير.", "14", ["missing"]),
    # the pronoun forms take no category that was not there: a thing's «ها» is none of them
    ("وقال الحاكم إن 14 منزلاً أصابتها القذائف.", "14", ["other"]),
]


@pytest.mark.parametrize("sentence,word,cats", KEPT)
def test_kept(sentence, word, cats):
    assert _cats(sentence, word) == cats


NOT_WOUNDED = [
    ("قال المدير إن 14 طفلاً مصابون بسوء التغذية الحاد.", ["other"]),
    ("قال المدير إن 14 شخصاً مصابون بأمراض مزمنة.", ["other"]),
    ("قال المدير إن 14 مسناً أصيبوا بأمراض تنفسية.", ["other"]),
    ("قال المدير إن 14 شخصاً غادروا المستشفى بعد تلقي الإسعافات.", ["other"]),
    ("قال المدير إن 14 جريحاً خرجوا من المستشفى صباح اليوم.", ["other"]),
    ("قالت الأم إن 14 طفلاً من الحي أصيبوا بالحمى خلال أسبوع.", ["other"]),
]


AFFECTED = [
    # families affected, the verb agreeing after their count: the affected, not the displaced
    # sub-count named after them
    ("وقالت المنظمة إن أكثر من 14 ألف أسرة تضررت من السيول، بينها 900 أسرة نازحة.", "14", ["other"]),
    ("وقالت المنظمة إن أكثر من 14 ألف أسرة تضررت من السيول، بينها 900 أسرة نازحة.", "900",
     ["displaced"]),
    ("وقال المكتب إن 14 ألف شخص تضرروا من العاصفة في الإقليم.", "14", ["other"]),
    # a house's bare «تضرر» after another count takes nothing from it
    ("وقال أحد السكان إنه فقد 14 من أقاربه وأن منزله تضرر بالكامل.", "14", ["killed"]),
]


@pytest.mark.parametrize("sentence,word,cats", AFFECTED)
def test_affected(sentence, word, cats):
    assert _cats(sentence, word) == cats


@pytest.mark.parametrize("sentence,cats", NOT_WOUNDED)
def test_not_wounded(sentence, cats):
    assert _cats(sentence, "14") == cats


DRONES = [
    "قال المرصد إن روسيا أطلقت 14 مسيرة على كييف ليلاً.",
    "قال الجيش إن الحوثيين أطلقوا 14 مسيرة باتجاه السفن.",
    "قال المرصد إن روسيا هاجمت المدينة بـ14 مسيّرة.",
    "قال المرصد إن 14 مسيرة انقضاضية ضربت المدينة.",
    "قال الجيش إن القوات استهدفت المواقع بـ14 طائرة مسيرة.",
]

MARCHES = [
    ("قال المنظمون إن 14 مسيرة خرجت في المدن يوم الجمعة.", ["other"]),
    ("قال المنظمون إن 14 مسيرة جابت شوارع العاصمة.", ["other"]),
    ("قال المنظمون إن المحتجين نظموا 14 مسيرة في المحافظات.", ["other"]),
    ("قال المنظمون إن الشرطة فرقت 14 مسيرة بالقوة.", ["other"]),
    ("قال المنظمون إن 14 ألفاً ساروا في المسيرة.", ["other"]),
]


@pytest.mark.parametrize("sentence", DRONES)
def test_drones_stay_strikes(sentence):
    assert _cats(sentence, "14") == ["strikes"]


@pytest.mark.parametrize("sentence,cats", MARCHES)
def test_marches_are_no_strikes(sentence, cats):
    assert _cats(sentence, "14") == cats


def test_downed_drones_stay_no_figure():
    # weapons in the air shot down are no figure (session-5 decision); the drone context keeps
    # the downing rule working on the bare noun
    assert _cats("وقال الجيش إن الدفاعات الجوية أسقطت 14 مسيرة فوق المدينة.", "14") == []
