"""Arabic dual nouns that count themselves (value 2), derived from the figure lexicons rather
than listed one by one: the one-word feminine cue nouns of figure_categories.yaml (ضحية،
غارة، مجزرة، طلعة ...), the counted nouns and thing nouns of numbers_ar.yaml (عملية، شاحنة ...)
and the person nouns of figure_subjects.yaml (مهندس ...), in every case form, with the article
and clitics, and in construct. The -ين form of a noun whose sound plural is the same letters
(«عاملين»، «مدنيين»، «مهندسين») is a dual only with its fatha, its number adjective, or a dual
verb or pronoun agreeing after it. Sentences composed for the tests."""

import pytest

from newsclaims.extract.figures import find_figures
from newsclaims.extract.numbers import find_numbers


def _twos(sentence: str) -> list[str]:
    found = find_numbers(sentence, "ar")
    for m in found:
        assert sentence[m.start:m.end] == m.text
    return [m.text for m in found if m.value == 2]


# (sentence, the dual's mention text)
DUALS = [
    # feminine cue nouns: nominative -تان, oblique -تين, with the article and clitics
    ("قالت الشرطة إن ضحيتين سقطتا في الحادث", "ضحيتين"),
    ("وسقطت ضحيتان في انفجار العبوة", "ضحيتان"),
    ("وقال رئيس البلدية إن الضحيتين كانا في طريقهما إلى العمل", "الضحيتين"),
    ("وقدمت الوزارة التعازي للضحيتين", "للضحيتين"),
    ("وأشاد المسؤول بالضحيتين", "بالضحيتين"),
    ("وأكد أن الطائرات ارتكبت مجزرتين في الريف", "مجزرتين"),
    ("ونفذت المقاتلات طلعتين جويتين فوق الحدود", "طلعتين"),
    ("وأوضح البيان أن الطلعتان انطلقتا من قاعدة بحرية", "الطلعتان"),
    # counted nouns of numbers_ar.yaml: operations
    ("وأعلن المتحدث تنفيذ عمليتين عسكريتين ضد السفن", "عمليتين"),
    ("وقال إن عمليتين استهدفتا مواقع للجيش", "عمليتين"),
    ("وأضاف أن العمليتين نفذتا بطائرات مسيرة", "العمليتين"),
    # thing nouns: trucks, buses
    ("وقال المصدر إن الغارة دمرت شاحنتين للوقود", "شاحنتين"),
    ("واحترقت حافلتان على الطريق السريع", "حافلتان"),
    # feminine construct duals before their complement (-تا nominative, -تي oblique)
    ("وأضاف المصدر أن شاحنتي إمداد أحرقتا على الطريق", "شاحنتي"),
    ("وقال إن شاحنتا وقود احترقتا قرب المعبر", "شاحنتا"),
    ("وأعلنت الشرطة إحباط عمليتي اغتيال في المدينة", "عمليتي"),
    ("ووقعت عمليتا اختطاف في الأسبوع الماضي", "عمليتا"),
    ("وقصفت الطائرات حافلتي ركاب على الطريق", "حافلتي"),
    # masculine counted nouns, and a construct of a listed noun before a new complement
    ("وقال إن قواته نصبت كمينين للمهربين", "كمينين"),
    ("وأضاف أن تفجيرين هزا المدينة صباحا", "تفجيرين"),
    ("وقال مدير المستشفى إنه سجلت حالتا وفاة بين المصابين", "حالتا"),
    # person nouns: -ان always a dual
    ("وأفادت الشرطة بأن الموقوفين بينهم مهندسان", "مهندسان"),
    ("وأوقف المهندسان بعد انهيار الجسر", "المهندسان"),
    # -ين of a noun with a sound plural: the fatha, the number adjective, or agreement after
    ("واعتقلت القوات مهندسَين من الشركة", "مهندسَين"),
    ("واعتقلت القوات مهندسين اثنين من الشركة", "مهندسين اثنين"),
    ("وقالت الإسعاف إن عاملين أجنبيين قتلا بصاروخ", "عاملين"),
    ("وأكد أن عاملين قُتلا في القصف", "عاملين"),
    ("وأفرجت الجماعة عن موظفين كانا قد اعتقلا الشهر الماضي", "موظفين"),
    ("وأشار إلى أن مدنيين أصيبا بجروح طفيفة", "مدنيين"),
    ("واعتقلت الشرطة مسلحين هما من أبناء القرية", "مسلحين"),
]


@pytest.mark.parametrize("sentence,expected", DUALS)
def test_dual_counts_two(sentence, expected):
    assert expected in _twos(sentence), f"{expected!r} not a 2 in {_twos(sentence)}"


# (sentence, a word that must make no number)
NOT_DUALS = [
    # sound masculine plurals, no fatha, no agreement: no count
    ("وقال إن العاملين في المنظمات يواجهون مخاطر كبيرة", "العاملين"),
    ("وأكد أن مدنيين يعانون من نقص الغذاء", "مدنيين"),
    ("واجتمع المهندسين في مقر النقابة", "المهندسين"),
    ("وهاجم مسلحين مجهولين القرية ليلا", "مسلحين"),
    ("وقتل عاملين في المصنع", "عاملين"),
    ("وأكد أن موظفين أيضا غادروا المبنى", "موظفين"),
    ("واعتقل مسلحين نقلا عن مصادر أمنية", "مسلحين"),
    # names and places that end like a dual
    ("وزار الوزير باكستان وكردستان الأسبوع الماضي", "باكستان"),
    ("وقال عثمان إن رمضان يبدأ الأسبوع المقبل", "عثمان"),
    ("وعاد الوفد من السودان وأفغانستان", "أفغانستان"),
    # durations and times are no counts
    ("واستمر الاجتماع ساعتين في مقر الوزارة", "ساعتين"),
    ("وزار الموقع مرتين خلال سنتين", "مرتين"),
    ("وبقي في المستشفى يومين", "يومين"),
    # duals that count nothing: two tolls, two lives
    ("وقال إن حصيلتين مختلفتين نشرتا أمس", "حصيلتين"),
    # -تي forms that are "my ..." before a verb or a definite word, and alone
    ("وقال السائق إن شاحنتي تعطلت على الطريق", "شاحنتي"),
    ("وقال إن عمليتي الجراحية نجحت", "عمليتي"),
    ("وقالت: كنت ضحيتي الأولى", "ضحيتي"),
]


@pytest.mark.parametrize("sentence,word", NOT_DUALS)
def test_not_a_dual(sentence, word):
    assert all(word not in t for t in [m.text for m in find_numbers(sentence, "ar")]), \
        find_numbers(sentence, "ar")


def test_the_plural_after_a_number_is_that_numbers_noun():
    # «خمسة عاملين»: the noun of the number, not a second count
    assert [m.text for m in find_numbers("وقتل خمسة عمال وعاملين آخرين", "ar")] == ["خمسة"]
    assert [(m.text, m.value) for m in find_numbers("وأصيب خمسة مهندسين", "ar")] == [("خمسة", 5)]


# (sentence, number text, category)
FIGURES = [
    ("وقال قائممقام البلدة إن الغارة قتلت الضحيتين وهما مزارعان", "الضحيتين", "killed"),
    ("وقال المسؤول المحلي إن الضحيتين مزارعان كانا يعملان في البساتين", "الضحيتين", "killed"),
    ("وقالت الإسعاف إن عاملين أجنبيين قتلا بصاروخ مضاد للدروع", "عاملين", "killed"),
    ("وأعلنت الشرطة أن عدد الموقوفين ارتفع وبينهم مهندسان", "مهندسان", "detained"),
]


@pytest.mark.parametrize("sentence,text,category", FIGURES)
def test_dual_figures(sentence, text, category):
    figs = [(f.number.text, f.number.value, f.category) for f in find_figures(sentence, "ar")]
    assert (text, 2, category) in figs, figs


def test_headline_plural_without_agreement_stays_no_figure():
    # «مقتل عاملين أجنبيين» alone: "two workers" or "workers" — not counted
    assert not [f for f in find_figures("وقال المسعفون إن القصف أدى إلى مقتل عاملين أجنبيين",
                                        "ar") if "عاملين" in f.number.text]


def test_a_definite_plural_after_a_partitive_two_is_no_second_count():
    # «اثنين من المصابين يخضعان ...»: the count is «اثنين»; the dual verb agrees with it
    for s in ("وقال المصدر إن اثنين من المصابين يخضعان لجراحات دقيقة",
              "وقالت الجمعية إن اثنين من المهاجرين لقيا حتفهما"):
        assert [(m.text, m.value) for m in find_numbers(s, "ar")] == [("اثنين", 2)]


def test_a_dual_subject_and_its_dual_predicate_are_one_count_of_the_subject():
    # «الضحيتين مزارعان»: the count is the subject; a construct «جثتي امرأتين» stays one count
    assert [m.text for m in find_numbers("وقال إن الضحيتين مزارعان من القرية", "ar")] \
        == ["الضحيتين"]
    assert [m.text for m in find_numbers("وانتشلت الفرق جثتي امرأتين", "ar")] == ["جثتي امرأتين"]
    assert [m.text for m in find_numbers("وقال إن طائرتين مسيرتين استهدفتا الحقل", "ar")] \
        == ["طائرتين مسيرتين"]


def test_my_two_with_the_shadda_or_the_fatha():
    assert "شقيقيّ" in _twos("وقال أحد السكان إن العصابة اقتادت شقيقيّ وجارنا")
    assert "ابنَيّ" in _twos("وقالت الأم إن القصف أصاب ابنَيّ في الساحة")
    for s in ("وقال إن العصابة اقتادت شقيقي وجارنا", "وقالت إن ابني أصيب في الساحة",
              "وقال: صديقي قتل أمامي", "وقال إن التحقيق جاري"):
        assert not _twos(s), s
