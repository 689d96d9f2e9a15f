"""Arabic wars abroad and local security press: families audited by breadth (session 18, fixer FAFa).

The blind sets gold_bq (wars beyond the Arab world in Arabic media) and gold_br (local security
and crime press) showed classes of forms the rules did not read. Each class is composed anew in
the styles of many outlets (never a passage of the sets), positives and negatives:

- people evacuated out of a building «مهدد بالانهيار» stay evacuated: the building's risk is no
  risk on the people (moving verbs «نقلت ... إلى ملاجئ» as an evacuation were tried and left out:
  the cue words cost ~1 % instructions);
- weapons SEIZED («ضبطت 15 طائرة مسيرة»، «صادرت 20 صاروخاً») or LOST to jamming («180 مسيرة فُقدت»)
  are no figure (README sessions 5 and 9), launched ones stay `strikes`;
- the goods of ONE smuggling attempt («أحبطت محاولة تهريب (240) كيلوغراماً»، «مليون حبة») are no
  figure, a count of attempts stays `other`; a unit after a bracketed count is read; a vague
  amount «من» a currency («بعشرات الملايين من الريالات») is money;
- a court's «قضت» before its ruling («قضت غيابياً»، «قضت بسجن») is no death, a fugitive «في حالة
  فرار»، «فارين من العدالة» no displaced person; the dying «قضوا»، «قضى على» stay `killed`;
- cases an authority opened or handled («فتح 160 ألف قضية»، «تعاملت مع 17.402 قضية») are acts
  counted (`other`); the cases of one person («مطلوبة في 37 قضية», session 16) stay none;
- a cell, gang or network dismantled or caught, then its make-up («تفكيك خلية تتكون من أربعة
  متطرفين») is its members arrested: `detained`; people handed over to the security forces
  («سلّما ثمانية من المسلحين إلى أمن المحافظة») `detained`; a swap's return as a noun («عودة 84
  عسكرياً ... مقابل تسليم»، «استعادة 120 جندياً في التبادل») `detained`, also after a quote («أسر
  "40 جندياً"»); «العشرات من الأسر» are families, not people back from captivity;
- «الـ N» after a singular noun is an ordinal («عملية التبادل الـ 64»، «الـ 93 من نوعها»), after a
  plural the definite count («الأسرى الـ 40»);
- devices blown up «تحت السيطرة» are bombs defused (`other`), not attacks; shelters and sites
  people are moved to («ثلاثة مواقع إيواء») are places, no figure.
"""

import pytest

from _figure_helpers import expected_values as _expected, figure_values


def _figures(text):
    return figure_values(text, "ar")


CASES = [
    # --- people moved in an evacuation -------------------------------------------------------
    ('وذكر الدفاع المدني أنه تم نقل 120 عائلة إلى مراكز إيواء بعد غمر الحي بالمياه.',
     [(120, "displaced")]),
    ('وأكد مسؤول في البلدية أن الفرق ستنقل 80 مسناً من دار الرعاية ضمن خطة الإجلاء.',
     [(80, "displaced")]),
    ('وقال رئيس البلدية إن فرق الطوارئ أجلت 46 ساكناً من مبنيين مهددين بالانهيار.',
     [(46, "displaced")]),
    ('وقال الناطق إن الدفاع المدني أجلى 30 شخصاً من عمارة مهددة بالسقوط.',
     [(30, "displaced")]),
    # negatives: the wounded moved stay wounded; a relay «نقلت وكالة» and goods moved count no
    # one displaced; no evacuation or shelter near: no move of the displaced
    ('وقال المسعفون إن فرق الإجلاء نقلت 15 جريحاً إلى المستشفى.', [(15, "wounded")]),
    ('ونقلت وكالة الأنباء الرسمية عن مصدر أمني أن خمسة جنود قتلوا في الهجوم.', [(5, "killed")]),
    ('وقال المسؤول إن الشاحنات نقلت 300 طن من المساعدات إلى مراكز الإيواء.', []),
    ('وقالت الشركة إنها نقلت 40 موظفاً إلى فرعها الجديد في العاصمة.', [(40, "other")]),
    ('وقالت المنظمة إن 12 ألف شخص معرضون لخطر المجاعة في المنطقة.', []),
    # --- weapons seized or lost --------------------------------------------------------------
    ('وقال قائد الشرطة إن قوات الأمن ضبطت ما يزيد على 200 مسيرة صغيرة ومعدات لتصنيعها.', []),
    ('وقال المصدر إن القوات ضبطت 15 طائرة مسيرة في مستودع قرب الحدود.', []),
    ('وأوضح البيان أن الوحدات صادرت 20 صاروخاً كانت معدة للتهريب.', []),
    ('وقالت الجماعة إن مقاتليها غنموا عشرات القذائف من الموقع.', []),
    ('وقال المتحدث إن نحو مئة وثمانين مسيرة "فُقدت" بفعل الحرب الإلكترونية.', []),
    ('وقال سلاح الجو إن روسيا أطلقت 537 مسيرة وصاروخاً، وإن الدفاعات أسقطت 480 منها، فيما فُقدت 40 مسيرة أخرى.',
     [(537, "strikes")]),
    # negatives: weapons launched stay strikes; marches stay a crowd; soldiers lost stay dead
    ('وقال الجيش إن القوات الروسية أطلقت 87 مسيرة على المدينة خلال الليل.', [(87, "strikes")]),
    ('وقالت الشرطة إن 14 مسيرة جابت شوارع المدينة احتجاجاً على الغلاء.', [(14, "other")]),
    ('وقال المتحدث إن الجيش فقد 12 جندياً في المعارك.', [(12, "killed")]),
    # --- goods of one smuggling attempt, money -----------------------------------------------
    ('وقال المتحدث إن الدوريات أحبطت محاولة تهريب (240) كيلوغراماً من القات المخدر.', []),
    ('وأعلنت الوزارة أنها أحبطت محاولة تهريب مليون ونصف المليون حبة كبتاغون.', []),
    ('وقالت المديرية إنها أحبطت محاولة تهريب 600 ألف قرص مخدر عبر الميناء.', []),
    ('وقال المصدر إن أفراد العصابة سلبوا مبالغ تقدر بعشرات الملايين من الريالات.', []),
    ('وقالت الشرطة إن الشبكة جنت مئات الآلاف من الدولارات من عمليات الاحتيال.', []),
    # negatives: attempts counted stay events; people caught stay detained
    ('وقال قائد حرس الحدود إن وحداته أحبطت 34 محاولة تهريب خلال الشهر.', [(34, "other")]),
    ('وقال المتحدث إن الدوريات ضبطت (6) مخالفين لنظام أمن الحدود.', [(6, "detained")]),
    # --- a court's «قضت», a fugitive's «فرار» --------------------------------------------------
    ('وقال مصدر قضائي إن محكمة الجنايات قضت بسجن خمسة متهمين عشر سنوات.', [(5, "other")]),
    ('وأوضح المصدر أن المحكمة برأت متهمَين اثنين، فيما قضت غيابياً في حق آخر.', []),
    ('وقال المحامي إن الهيئة قضت بإدانة ستة موظفين في قضية الرشوة.', [(6, "other")]),
    ('وقال المصدر إن قوات الأمن تلاحق خمسة متهمين فارين من العدالة.', [(5, "other")]),
    # negatives: the dying «قضى» stays killed; people fleeing stay displaced
    ('وقال المسعفون إن أربعة أشخاص قضوا في الحريق.', [(4, "killed")]),
    ('وقال المسعف إن الحريق قضى على ثلاثة أشخاص من عائلة واحدة.', [(3, "killed")]),
    ('وقالت المفوضية إن أكثر من خمسة آلاف شخص فارين من المعارك وصلوا إلى الحدود.', [(5000, "displaced")]),
    # --- cases an authority opened or handled ------------------------------------------------
    ('وقال مكتب المدعي العام إنه فتح أكثر من 160 ألف قضية بشأن جرائم حرب مفترضة.', [(160000, "other")]),
    ('وبحسب أرقام المديرية، تعاملت إدارة مكافحة المخدرات منذ مطلع العام مع 17.402 قضية، وضبطت خلالها 26.911 متورطاً.',
     [(17402, "other"), (26911, "detained")]),
    ('وقالت النيابة العامة إنها أحالت 312 قضية فساد إلى المحاكم خلال العام.', [(312, "other")]),
    ('وأوضح التقرير أن عدد القضايا بلغ 450 قضية في الربع الأول.', [(450, "other")]),
    # negatives: the cases of one person stay no count; people arrested in cases stay detained
    ('وقالت الشرطة إن المتهمة مطلوبة في 37 قضية جنائية.', []),
    ('وقال المصدر إن المتهم صدرت بحقه أحكام في 12 قضية.', []),
    ('وأشار المصدر إلى أن الحملات أسفرت عن ضبط 1.240 متهماً في قضايا اتجار بالمخدرات.', [(1240, "detained")]),
    # --- a cell dismantled: its members arrested ----------------------------------------------
    ('وأعلن المكتب المركزي تفكيك خلية إرهابية تتكون من أربعة متطرفين موالين لتنظيم داعش.', [(4, "detained")]),
    ('وقالت المديرية إنها أطاحت بعصابة مؤلفة من ستة أشخاص تنشط في سرقة السيارات.', [(6, "detained")]),
    ('وأفاد البلاغ بأن المصالح الأمنية فككت شبكة إجرامية تضم 12 عنصراً.', [(12, "detained")]),
    ('وقالت الشرطة إنها ألقت القبض على عصابة مكونة من خمسة أفراد.', [(5, "detained")]),
    # negatives: a cell told with no dismantling keeps its noun; a family's size is none
    ('وقال المصدر إن خلية تتكون من خمسة عناصر تنشط في المنطقة منذ سنوات.', [(5, "other")]),
    ('وقال الجار إن الأب فقد أسرته المكونة من تسعة أفراد.', []),
    # --- people handed over to the authorities; a swap's return -------------------------------
    ('وقال المصدر إن العشيرة سلّمت ثلاثة مطلوبين للشرطة.', [(3, "detained")]),
    ('وقال المتحدث إن الجيش أسر "40 جندياً" خلال المعارك.', [(40, "detained")]),
    # negatives: weapons and aid handed over are none; remains keep their noun
    ('وقال المصدر إن الأهالي سلموا 40 قطعة سلاح إلى السلطات.', []),
    ('وقال المصدر إن المنظمة سلمت 300 سلة غذائية إلى العائلات.', []),
    ('وقال المقر إن الجانب الروسي سلّم رفات ألف جندي، في حين سُلّمت 19 جثة إلى روسيا.',
     [(1000, "killed"), (19, "killed")]),
    ('وقالت المصادر إن المواجهات أجبرت العشرات من الأسر على النزوح من القرى.', [(10, "displaced")]),
    # --- «الـ N» after a singular: an ordinal -------------------------------------------------
    ('وقال المقر إن هذه هي عملية التبادل الـ 64 منذ بدء الحرب، وإن أكثر من 5800 أوكراني عادوا من الأسر.',
     [(5800, "detained")]),
    ('وقال المصدر إن الحادثة هي الـ 93 من نوعها هذا العام، وأسفرت عن مقتل 3 أشخاص.', [(3, "killed")]),
    ('وقال المصدر إن الغارة الـ 13 على البلدة أسفرت عن مقتل 4 أشخاص.', [(4, "killed")]),
    # negatives: after a plural it is the definite count
    ('وقال المصدر إن الأسرى الـ 40 عادوا إلى ذويهم بعد التبادل.', [(40, "detained")]),
    ('وقال المتحدث إن المحتجزين الـ 25 أُفرج عنهم.', [(25, "detained")]),
    # --- devices blown up under control; shelters counted -------------------------------------
    ('وقال العميد إن القطعات عثرت على مضافات "وتم تفجير 11 عبوة ناسفة تحت السيطرة".', [(11, "other")]),
    ('وقال المصدر إن الفرق الهندسية فجّرت 6 عبوات ناسفة بشكل مسيطر عليه.', [(6, "other")]),
    ('وقال المصدر إن المسلحين فجّروا 3 عبوات ناسفة استهدفت دورية للجيش.', [(3, "strikes")]),
    ('وقال الحاكم إن نحو ألف وخمسمئة شخص عبروا الحدود، وإن السلطات نقلتهم إلى ثلاثة مواقع إيواء مؤقتة.',
     [(1500, "displaced")]),
    ('وقال المسؤول إن البلدية افتتحت خمسة ملاجئ جديدة استقبلت 400 نازح.', [(400, "displaced")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_wars_security_family(text, expected):
    assert _figures(text) == _expected(expected)
