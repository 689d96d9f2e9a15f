"""Attributed counts outside war tolls, each class in several wordings and both languages where
it applies: wounded who later died, a partitive death verb that belongs to its sub-count, patients
of whom only most went home, returnees and border crossers, fate unknown, families with no body,
prison sentences, munitions fired at a crowd, a venue's capacity. Sentences composed for the
tests (no published text)."""

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text, lang):
    return {f.number.text: (f.number.value, f.category) for f in find_figures(text, lang)}


CASES = [
    # wounded who later died are killed (a death verb or noun right before the wounded count)
    ("ar", "وقالت السلطات إن الحصيلة ارتفعت إلى 23 قتيلاً، بعدما توفي خمسة من المصابين متأثرين بجروحهم.",
     {"23": (23, "killed"), "خمسة": (5, "killed")}),
    ("ar", "وقال الوزير إن ثلاثة جرحى توفوا لاحقاً في المستشفى.", {"ثلاثة": (3, "killed")}),
    ("ar", "وأعلنت الوزارة وفاة أربعة جرحى متأثرين بحروقهم.", {"أربعة": (4, "killed")}),
    ("en", "Officials said the toll rose to 23 after five of the injured died in hospital.",
     {"23": (23, "killed"), "five": (5, "killed")}),
    # ... but not a neighbouring count's own noun
    ("ar", "وقال المصدر إنه سقط 60 قتيلاً و120 جريحاً.",
     {"60": (60, "killed"), "و120": (120, "wounded")}),
    # a death verb with its partitive belongs to the sub-count after it, not the total
    ("ar", "وقالت المنظمة إن المركز استقبل خلال أسبوعين 1240 مريضاً، توفي منهم تسعة.",
     {"1240": (1240, "other"), "تسعة": (9, "killed")}),
    ("ar", "وقالت المنظمة إن البلاد سجلت 258 حالة كوليرا، توفي منها 86 شخصاً.",
     {"258": (258, "other"), "86": (86, "killed")}),
    ("ar", "وقالت الوزارة إن 40 شخصاً أصيبوا، توفي منهم ثلاثة.",
     {"40": (40, "wounded"), "ثلاثة": (3, "killed")}),
    # only most of the wounded went home: the count stays wounded
    ("ar", "وقالت الوزارة إن مستشفيات المدينة استقبلت 33 مصاباً غادر معظمهم بعد تلقي العلاج.",
     {"33": (33, "wounded")}),
    ("ar", "وقالت الوزارة إن 33 مصاباً غادروا المستشفى.", {"33": (33, "other")}),
    # returnees and people who got across a border are displaced
    ("ar", "وقال رئيس البلدية إن 12 عائلة عادت إلى عرسال بعد أسابيع.", {"12": (12, "displaced")}),
    ("ar", "وقالت إدارة المعبر إنه يستقبل يومياً نحو ثلاثة آلاف عائد.",
     {"نحو ثلاثة آلاف": (3000, "displaced")}),
    ("ar", "وقالت الوزارة إن 133 مهاجراً تمكنوا من دخول المدينة.", {"133": (133, "displaced")}),
    ("ar", "وقال الجيش إن نحو 950 ألف شخص انتقلوا إلى المنطقة الإنسانية.",
     {"نحو 950 ألف": (950000, "displaced")}),
    ("en", "The force said it had pushed back 1,300 people who tried to cross the river.",
     {"1,300": (1300, "displaced")}),
    ("en", "The ministry said 133 migrants managed to enter the enclave.",
     {"133": (133, "displaced")}),
    # the families do not know their fate: missing; families with no body: missing
    ("ar", "وقال رئيس الهيئة إن عائلات مئات المعتقلين ما زالت تجهل مصيرهم.", {"مئات": (100, "missing")}),
    ("ar", "وقال إن 300 معتقل لا تعرف عائلاتهم مصيرهم.", {"300": (300, "missing")}),
    ("ar", "وقال ممثل الرابطة إن نحو 600 عائلة لم تتسلّم أي جثمان حتى اليوم.",
     {"نحو 600": (600, "missing")}),
    ("ar", "وقال أحد الأقارب إن أكثر من 40 شاباً من البلدة لم يعودوا.",
     {"أكثر من 40": (40, "missing")}),
    # sentenced to prison: detained
    ("ar", "وقال النائب العام إن المحكمة أصدرت أحكاماً بالسجن على 12 مسؤولاً.",
     {"12": (12, "detained")}),
    # tear gas fired into a crowd: strikes; a venue's capacity: no figure
    ("en", "Officers fired 45 tear gas canisters into the stands, the commission said.",
     {"45": (45, "strikes")}),
    ("en", "The stadium, which holds 38,000, was full, the police chief said.", {}),
    ("en", "He said the hall can hold 2,000 and was half empty.", {}),
    # «كفر» starts a place name, not ك + «فر» (fled)
    ("ar", "وقالت أسر في محافظة كفر الشيخ إن 43 شاباً من قراها كانوا على متن المركب.",
     {"43": (43, "other")}),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_counts_outside_war(lang, text, expected):
    assert _figs(text, lang) == expected
