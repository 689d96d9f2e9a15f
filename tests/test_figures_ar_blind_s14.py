"""Arabic figures: the classes the blind learning sets gold_au and gold_av revealed (session 14).

Sentences composed for the test (never article text), several styles per construction, with
positives and negatives (what must NOT be counted or must keep another category). Classes
(see tests/gold_au/FINDINGS_figures.md):
1. first person plural of a side's own statement: «قتلنا 35 منهم»، «أعدمنا»، «جرحنا»;
2. families wiped out: «أباد 2,134 عائلة»، «أُبيدت 300 عائلة» (killed);
3. assassination operations counted: «وثق 63 عملية اغتيال» (strikes, like massacres);
4. capacity with its adjective or a licence's limit: «قدرته الاستيعابية لا تتجاوز 1200»،
   «ترخيصه لا يسمح بأكثر من 40» (no figure);
5. got out of the kidnappers' hands: «أفلتوا من قبضة الخاطفين» (detained: freed from captivity);
6. a number in parentheses restating a number word: «ثلاثة (03) إرهابيين» (one figure);
7. a breakdown after «هم:» with a colon;
8. places opened or set up: «فتحت 3 مدارس لإيواء ...»، «فتحت 18 طريقاً» (no figure);
9. the bodies of held or missing people: «عثر على جثتي اثنين منهم» (killed);
10. a partitive of an `other` group with the passive wound verb: «سبعة من الناجين أصيبوا»;
11. a number word with its counted noun right after «فجر اليوم»/«صباح اليوم» is no day;
12. the neutralised as a group: «الإرهابيين المحيدين» (killed);
13. vehicles and bases: «جرفت السيول 30 سيارة»، «استهدف مركبتين»، «دمر قاعدتين» (other);
14. escapees of a prison break named by «الفارين» (other, README session 9);
15. «ما زالوا في عداد المفقودين» beats a killed verb of an earlier clause;
16. «شبابنا» (our young men) is a person noun.
"""

import pytest

from newsclaims.extract.figures import find_figures


def _cats(sentence, word):
    i = sentence.index(word)
    return [f.category for f in find_figures(sentence, "ar") if f.number.start <= i < f.number.end]


POSITIVE = [
    # 1. first person plural
    ('وقال المتحدث باسم الفصيل: "قتلنا 35 منهم وأسرنا 11".', '35', 'killed'),
    ('وقال المتحدث باسم الفصيل: "قتلنا 35 منهم وأسرنا 11".', '11', 'detained'),
    ('وأضاف القائد في تسجيل مصور: "لقد قتلنا أكثر من 20 من عناصر العدو".', '20', 'killed'),
    ('وقالت الحركة في بيانها: "أعدمنا ثلاثة جواسيس".', 'ثلاثة', 'killed'),
    ('وقال الناطق: "جرحنا 14 من المهاجمين قبل أن ينسحبوا".', '14', 'wounded'),
    ('وتابع: "وقتلنا 40 عنصراً من القوة المهاجمة".', '40', 'killed'),
    # 2. wiped out
    ('وقال المكتب إن الاحتلال أباد 1,200 عائلة بشكل كامل.', '1,200', 'killed'),
    ('وذكر التقرير أن نحو 300 عائلة أُبيدت بالكامل منذ بدء الحرب.', '300', 'killed'),
    ('وأكدت الوزارة أن القصف أباد 45 أسرة ومسحها من السجل المدني.', '45', 'killed'),
    # 3. assassinations counted
    ('وقال المكتب إنه وثق 63 عملية اغتيال خلال الشهر.', '63', 'strikes'),
    ('وأحصى المرصد منذ مطلع العام 120 عملية اغتيال في المحافظة.', '120', 'strikes'),
    ('وقالت الشبكة إن المحافظة شهدت 14 عملية اغتيال نفذها مجهولون.', '14', 'strikes'),
    # 5. out of the kidnappers' hands
    ('وأضاف أن 26 تلميذاً أفلتوا من قبضة الخاطفين وعادوا إلى منازلهم.', '26', 'detained'),
    ('وقالت الشرطة إن خمسة رهائن تمكنوا من الفرار من أيدي خاطفيهم.', 'خمسة', 'detained'),
    ('وأكد المصدر أن 12 من المخطوفين هربوا من قبضة الخاطفين ليلاً.', '12', 'detained'),
    # 6. the number word counts once
    ('وقالت الوزارة إن المفارز حيدت ثلاثة (03) إرهابيين.', 'ثلاثة', 'killed'),
    ('وأوقفت المفارز أربعة (04) عناصر دعم للجماعات الإرهابية.', 'أربعة', 'detained'),
    # 7. a breakdown after «هم:»
    ('ووثق المرصد مقتل 300 شخص، بينهم 120 مدنياً، هم: 41 طفلاً، و22 سيدة.', '41', 'killed'),
    ('ووثق المرصد مقتل 300 شخص، بينهم 120 مدنياً، هم: 41 طفلاً، و22 سيدة.', '22', 'killed'),
    ('وقالت الوزارة إن 30 شخصاً أصيبوا، وهم: 12 طفلاً و18 امرأة.', '12', 'wounded'),
    ('وأحصت الشبكة اعتقال 90 شخصاً، من بينهم 30 امرأة، هن: 10 طالبات و20 موظفة.', '10', 'detained'),
    # 9. bodies of the held or missing
    ('وقال المكتب إن أربعة من المخطوفين أطلق سراحهم، وعثر على جثتي اثنين منهم قرب الطريق.', 'اثنين', 'killed'),
    ('وأفاد المصدر بأن الفرق عثرت على جثث ثلاثة من المفقودين على الشاطئ.', 'ثلاثة', 'killed'),
    ('وقالت العائلات إن الأهالي انتشلوا جثث خمسة من المختطفين من بئر مهجورة.', 'خمسة', 'killed'),
    # 10. a partitive of an `other` group with the wound verb
    ('وقال مدير الدفاع المدني إن سبعة من الناجين أصيبوا بكسور ورضوض.', 'سبعة', 'wounded'),
    ('وأفاد شهود بأن عشرة من المتظاهرين أصيبوا بالرصاص المطاطي.', 'عشرة', 'wounded'),
    ('وقالت الإدارة إن أربعة من الركاب جرحوا في الحادث.', 'أربعة', 'wounded'),
    ('وأوضح المسعفون أن ستة من المصلين أصيبوا جراء سقوط السقف.', 'ستة', 'wounded'),
    # 11. not a day after «اليوم»
    ('أفاد مصدر محلي بأن الطيران شن فجر اليوم سبع غارات على المديرية.', 'سبع', 'strikes'),
    ('وقالت الهيئة إن القوات اعتقلت صباح اليوم ثلاثة شبان من البلدة.', 'ثلاثة', 'detained'),
    ('وذكر مراسلنا أن الطائرات نفذت مساء اليوم أربع غارات على الحي.', 'أربع', 'strikes'),
    # 12. the neutralised as a group
    ('وأوضحت الوزارة أن من بين الإرهابيين المحيدين عنصرين خطيرين.', 'عنصرين', 'killed'),
    ('وقال البيان إن الإرهابيين المحيدين ثلاثة.', 'ثلاثة', 'killed'),
    # 13. things swept away, vehicles and bases hit or destroyed
    ('وقال مدير الدفاع المدني إن السيول جرفت زهاء 30 سيارة.', '30', 'other'),
    ('وأكد أن المياه جرفت 12 منزلاً طينياً في القرية.', '12', 'other'),
    ('وتابع المتحدث أن الاحتلال استهدف مركبتين تابعتين للجهاز.', 'مركبتين', 'other'),
    ('وقال إن الطيران استهدف شاحنتين محملتين بالمساعدات.', 'شاحنتين', 'other'),
    ('وأعلن الجيش أنه دمر قاعدتين لوجستيتين للجماعات المسلحة.', 'قاعدتين', 'other'),
    # 14. escapees of a prison break
    ('وقالت المصادر إن التمرد انتهى في السجن، وإن البحث جار عن الفارين الخمسة.', 'الخمسة', 'other'),
    ('وأعلنت الشرطة أن 20 سجيناً فروا من السجن المركزي.', '20', 'other'),
    # 15. still among the missing
    ('وقال إن حارساً قتل وأن 52 تلميذاً ما زالوا في عداد المفقودين.', '52', 'missing'),
    ('وأضاف أن شخصاً قتل وإن 9 صيادين لا يزالون في عداد المفقودين.', '9', 'missing'),
    # 16. our young men
    ('وقال أحد الوجهاء: "فقدنا خمسة من شبابنا في الاشتباكات".', 'خمسة', 'killed'),
]

NEGATIVE = [
    # 4. capacity and a licence's limit
    ('وقال المحامي إن السجن يضم أكثر من 3500 سجين رغم أن قدرته الاستيعابية لا تتجاوز 1200.', '1200'),
    ('وقال إن المخيم مكتظ رغم أن طاقته الاستيعابية 800 شخص فقط.', '800'),
    ('وأوضح أن المبنى مكتظ رغم أن ترخيصه لا يسمح بأكثر من 40 ساكناً.', '40'),
    ('وقال إن المدرسة تؤوي 600 نازح رغم أن قدرتها الاستيعابية 250.', '250'),
    # 6. the restated digits are no second figure
    ('وقالت الوزارة إن المفارز حيدت ثلاثة (03) إرهابيين.', '03'),
    # 8. places opened or set up
    ('وقال القائمقام إن السلطات فتحت 3 مدارس لإيواء العائلات المتضررة.', '3'),
    ('وقالت البلدية إن طواقمها فتحت 18 طريقاً رئيسياً أمام العائدين.', '18'),
    ('وأعلنت الوزارة أنها خصصت 12 مركزاً لاستقبال النازحين.', '12'),
    ('وقالت الوكالة إنها افتتحت خمس مدارس لإيواء الأسر النازحة.', 'خمس'),
    ('وقال المحافظ إن السلطات أقامت 4 مخيمات لاستقبال الفارين.', '4'),
    # 11. a day number stays a date/duration
    ('وقال إنهم بقوا في العراء منذ اليوم الثالث للحرب.', 'الثالث'),
    # vehicles sent are no figure
    ('وقال إن الجيش أرسل مركبتين إلى موقع الحادث.', 'مركبتين'),
    ('وقال إن القوات سيطرت على قاعدتين عسكريتين.', 'قاعدتين'),
]

# categories that must NOT change (escapes from fighting stay displaced; bodies counted first)
KEEP = [
    ('وقالت المنظمة إن 3000 شخص فروا من القصف إلى القرى المجاورة.', '3000', 'displaced'),
    ('وقالت المفوضية إن الفارين من المعارك بلغوا 40 ألفاً.', '40', 'displaced'),
    ('وقال الدفاع المدني إنه تم انتشال 12 جثة و7 مفقودين.', '7', 'missing'),
    ('وقال المكتب إن أربعة من المخطوفين أفرج عنهم بعد دفع فدية.', 'أربعة', 'detained'),
    ('وقال المدير إن سبعة من الناجين نقلوا إلى المستشفى للمراقبة.', 'سبعة', 'other'),
    ('وقال المسؤول إن 3 مدارس دمرت في القصف.', '3', 'other'),
    ('وقالت الشبكة إن المحافظة شهدت 47 عملية ومحاولة اغتيال.', '47', 'other'),
]


@pytest.mark.parametrize("sentence,word,cat", POSITIVE)
def test_category(sentence, word, cat):
    assert _cats(sentence, word) == [cat]


@pytest.mark.parametrize("sentence,word", NEGATIVE)
def test_no_figure(sentence, word):
    assert _cats(sentence, word) == []


@pytest.mark.parametrize("sentence,word,cat", KEEP)
def test_kept(sentence, word, cat):
    assert _cats(sentence, word) == [cat]
