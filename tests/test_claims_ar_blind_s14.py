"""Arabic speakers and claims the blind set gold_av (session 14) showed missing - each class checked
on composed sentences in several styles (positives and negatives), never on the set's passages.

All sentences are composed for these tests (none is published text).
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of, names
from newsclaims.extract.folding import fold_term

PRE = "وقالت الشرطة إن 52 تلميذاً مفقودون. "

# --- a personal name, then its title between commas, then the verb (subject first) ---
NAME_TITLE = [
    (PRE + "لكن الأب صمويل أوكافور، مدير المدرسة، قال لوكالة فرانس برس إن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "صمويل أوكافور"),
    (PRE + "لكن صمويل أوكافور، مدير المدرسة، قال إن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "صمويل أوكافور"),
    (PRE + "غير أن سامي حداد، عمدة البلدة، أكد أن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "سامي حداد"),
    (PRE + "غير أن حسن علي، عمدة المدينة، قال إن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "حسن علي"),
    (PRE + "إلا أن الشيخ حميد الكرخي، أحد وجهاء العشيرة، أوضح أن 40 عائلة غادرت القرية.", "40 عائلة", "حميد الكرخي"),
    (PRE + "بينما الدكتور فؤاد المقطري، مدير المستشفى، ذكر أن 96 مريضاً وصلوا أمس.", "96 مريضاً", "فؤاد المقطري"),
    (PRE + "الأب صمويل أوكافور، مدير المدرسة، قال إن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "صمويل أوكافور"),
    (PRE + "لكن اللواء رعد المهداوي، قائد شرطة المحافظة، نفى أن يكون 80 تلميذاً قد خطفوا.", "80 تلميذاً", "رعد المهداوي"),
    (PRE + "أما الأب صمويل أوكافور، مدير المدرسة، فقال إن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "صمويل أوكافور"),
    (PRE + "أما حسن عبدي بري، عمدة مقديشو، فقد ذكر أن البلدية ستعالج 30 جريحاً.", "30 جريحاً", "حسن عبدي بري"),
    (PRE + "أما مريم يوسف، رئيسة البلدية، فأكدت أن 30 جريحاً نقلوا إلى المستشفى.", "30 جريحاً", "مريم يوسف"),
    # the title first, then the name (already read so; kept as a contrast)
    (PRE + "لكن مدير المدرسة، صمويل أوكافور، قال إن عدد المخطوفين يتجاوز 80 تلميذاً.", "80 تلميذاً", "صمويل أوكافور"),
]


@pytest.mark.parametrize("text, key, speaker", NAME_TITLE)
def test_name_then_title_before_the_verb(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert "الشرطة" not in names(c)


# the title between commas names the same person later («ونفى العمدة»، «وأضاف المدير»): one source
LATER_TITLE = [
    (PRE + "أما حسن عبدي بري، عمدة مقديشو، فقد ذكر أن البلدية ستعالج 30 جريحاً. ونفى العمدة سقوط 12 مسؤولاً.", "30 جريحاً", "12 مسؤولاً"),
    (PRE + "لكن الأب صمويل أوكافور، مدير المدرسة، قال إن العدد يتجاوز 80 تلميذاً. وأضاف المدير أن 26 تلميذاً عادوا.", "80 تلميذاً", "26 تلميذاً"),
]


@pytest.mark.parametrize("text, first, later", LATER_TITLE)
def test_title_between_commas_names_the_later_mention(text, first, later):
    cs = claims_of(text, "ar")
    a = [c for c in cs if first in text[c.start : c.end]]
    b = [c for c in cs if later in text[c.start : c.end]]
    assert a and b and a[0].source.source_id == b[0].source.source_id


# negatives: a name and a title inside the content, or a place between commas, are no speaker
NAME_TITLE_NOT = [
    ("وقال المتحدث باسم الجيش إن سامي حداد، قائد الكتيبة، قتل مع 12 من عناصره.", "12 من عناصره", "المتحدث باسم الجيش", "سامي حداد"),
    ("وقالت الوزارة إن 12 شخصاً قتلوا. لكن البلدة، مركز الاشتباكات، شهدت هدوءاً حذراً، وقال سكان إن 5 جرحى نقلوا.", "5 جرحى", "سكان", "البلدة"),
]


@pytest.mark.parametrize("text, key, speaker, bad", NAME_TITLE_NOT)
def test_name_title_negatives(text, key, speaker, bad):
    c = check(text, "ar", key, speaker)
    assert fold_term(bad) not in names(c)


# --- «تحدثوا لـX» after an indefinite speaker: whom they spoke to, inside the speaker phrase ---
SPOKE_TO = [
    ("وروى لاجئون تحدثوا للأخبار أن جنوداً دهموا قرى عدة وقتلوا 9 رجال.", "9 رجال", "لاجئون"),
    ("وأفاد شهود عيان تحدثوا للصحفيين بأن 12 شخصاً قتلوا.", "12 شخصاً", "شهود عيان"),
    ("وقالت نساء تحدثن للأخبار إن 12 شخصاً قتلوا.", "12 شخصاً", "نساء"),
    ("وذكر نازحون تحدثوا لوكالة الأنباء أن 12 شخصاً قتلوا.", "12 شخصاً", "نازحون"),
    ("وأكد سكان تحدثوا إلى \"العربية\" أن 12 شخصاً قتلوا.", "12 شخصاً", "سكان"),
    ("وروى شهود تحدثوا لرويترز أن 12 شخصاً قتلوا.", "12 شخصاً", "شهود"),
    ("وقال مسعفون تحدثوا للمرصد إن 30 جريحاً نقلوا إلى المستشفى.", "30 جريحاً", "مسعفون"),
]


@pytest.mark.parametrize("text, key, speaker", SPOKE_TO)
def test_spoke_to_an_outlet_inside_the_speaker(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert c.cue != "تحدثوا" and c.cue != "تحدثن"


# --- «نقل X (لـY) أن»: passed on, with no «عن» ---
PASSED_ON = [
    ("ونقل شهود عيان لـ\"اليوم السابع\" أن الأهالي انتشلوا 12 جثة من العربات.", "12 جثة", "شهود عيان"),
    ("ونقل سكان لوكالة الأنباء أن 12 شخصاً قتلوا.", "12 شخصاً", "سكان"),
    ("ونقل مراسلنا أن 12 شخصاً قتلوا في القصف.", "12 شخصاً", "مراسلنا"),
    ("ونقلت مصادر محلية بأن 7 مدنيين أصيبوا.", "7 مدنيين", "مصادر محلية"),
    ("ونقلت الوكالة عن مصدر أمني أن 12 شخصاً قتلوا.", "12 شخصاً", "مصدر أمني"),
]


@pytest.mark.parametrize("text, key, speaker", PASSED_ON)
def test_passed_on_without_an_from(text, key, speaker):
    check(text, "ar", key, speaker)


# «نقل» of people or bodies (transported) stays no claim
TRANSPORTED = [
    "ونقل الجيش جثث 12 قتيلاً إلى المستشفى.",
    "ونقلت فرق الإسعاف 12 جريحاً إلى المستشفى بعد أن توقف القصف.",
    "ونقل المسعفون الجرحى إلى مستشفى المدينة قبل أن ينقطع الطريق.",
    "ونقلت طواقم الدفاع المدني 30 مصاباً إلى المستشفيات.",
]


@pytest.mark.parametrize("text", TRANSPORTED)
def test_transported_is_no_claim(text):
    assert not [c for c in claims_of(text, "ar") if c.cue.startswith(("نقل", "ونقل"))]


# --- «أحدهم، وهو <description> يدعى <name>،»: a member named on their own ---
NAMED_MEMBER = [
    ("وروى لاجئون أن جنوداً دهموا قرى عدة، وقال أحدهم، وهو راعٍ من قرية دوغوفري يدعى حمادي ولد سيدي: \"قتلوا تسعة رجال\".", "تسعة رجال", "حمادي ولد سيدي"),
    ("وقال سكان إن القصف استمر. وقال أحدهم، وهو معلم يدعى سامي حداد، إن 12 شخصاً قتلوا.", "12 شخصاً", "سامي حداد"),
    ("وقال سكان إن القصف استمر. وقال أحدهم، ويدعى سامي حداد، إن 12 شخصاً قتلوا.", "12 شخصاً", "سامي حداد"),
]


@pytest.mark.parametrize("text, key, speaker", NAMED_MEMBER)
def test_member_named_after_a_description(text, key, speaker):
    check(text, "ar", key, speaker)


def test_member_described_without_a_name_is_the_group():
    text = "وقال سكان إن القصف استمر. وقال أحدهم، وهو معلم في المدرسة، إن 12 شخصاً قتلوا."
    check(text, "ar", "12 شخصاً", "سكان")


# --- the second half of a split quotation after an aside naming the outlet ---
SPLIT = [
    ("«الوضع تحت السيطرة»، قال وزير الداخلية، القاضي سليم حداد، في حديث لـ«النهار»، «لكن السجن يضم 3700 سجين».", "3700 سجين", "وزير الداخلية"),
    ("«لم نعد نملك محاليل»، صرّح مدير المستشفى، الدكتور فؤاد المقطري، لـ«المصدر أونلاين»، «وقد استقبلنا أمس 96 حالة».", "96 حالة", "مدير المستشفى"),
    ("\"الوضع تحت السيطرة\"، قال الوزير لـ\"النهار\"، \"لكن السجن يضم 3700 سجين\".", "3700 سجين", "الوزير"),
    ("«الوضع تحت السيطرة»، قال وزير الداخلية، «لكن السجن يضم 3700 سجين».", "3700 سجين", "وزير الداخلية"),
]


@pytest.mark.parametrize("text, key, speaker", SPLIT)
def test_split_quote_after_an_outlet_aside(text, key, speaker):
    check(text, "ar", key, speaker)


def test_quoted_outlet_name_alone_is_no_second_half():
    text = "«الوضع تحت السيطرة»، قال الوزير في حديث لـ«النهار». وقتل 12 شخصاً في المدينة."
    assert not [c for c in claims_of(text, "ar") if "النهار" in text[c.start : c.end]]


# --- a legal instrument after «وفق/بموجب/بحسب» is no speaker ---
RULES = [
    "وذكرت الشرطة أن القوات \"أوقفت 9 أشخاص متورطين بأعمال التخريب وفق مذكرات قضائية\".",
    "وقالت الشرطة إنها أوقفت 9 أشخاص وفق مذكرة قضائية.",
    "وقالت الوزارة إنها رحّلت 40 مهاجراً وفق الإجراءات المعمول بها.",
    "وأكد المتحدث أن 12 موقوفاً أحيلوا إلى القضاء حسب الأصول القانونية.",
    "وأعلنت النيابة أنها أفرجت عن 30 معتقلاً وفق مرسوم العفو.",
]


@pytest.mark.parametrize("text", RULES)
def test_legal_instrument_is_no_speaker(text):
    for c in claims_of(text, "ar"):
        assert not (c.source_text or "").startswith(("مذكر", "الإجراءات", "الأصول", "مرسوم"))
        assert c.cue not in ("وفق", "حسب")


def test_according_to_a_body_stays_a_source():
    check("وقتل 12 شخصاً في القصف، وفق مصادر طبية.", "ar", "12 شخصاً", "مصادر طبية")


# --- «وختمت القيادة بيانها بالتأكيد على أن»: its own statement ends the speaker ---
OWN_STATEMENT = [
    ("وختمت القيادة بيانها بالتأكيد على أن قواتها \"ستحمي 300 متظاهر\".", "300 متظاهر", "القيادة"),
    ("واختتم الوزير كلمته بالتأكيد على أن 12 شخصاً قتلوا.", "12 شخصاً", "الوزير"),
    ("وقال الوزير في كلمته إن 12 شخصاً قتلوا.", "12 شخصاً", "الوزير"),
]


@pytest.mark.parametrize("text, key, speaker", OWN_STATEMENT)
def test_own_statement_ends_the_speaker(text, key, speaker):
    c = check(text, "ar", key, speaker)
    assert "بيان" not in (c.source_text or "") and "كلمت" not in (c.source_text or "")
