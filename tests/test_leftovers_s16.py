"""Families session 15's helpers found on composed sentences and left (session 16, issue 3, helper
LO), audited by breadth in both languages: every sentence composed here in several newsroom styles
(wire, broadsheet, rights-group and UN updates, headlines; active and passive; both word orders),
never copied from an article or a gold passage. Positives and negatives.

Conventions (tests/gold/README.md; where silent, what the tuning sets annotate):
1. Executions: executed and hanged people, and counted executions, are `killed` (README session 9);
   death sentences passed and the condemned still alive («قضت بإعدام»، «ينتظرون تنفيذ حكم الإعدام»)
   are `other` (the lexicon's choice: death sentences `other`); English "on death row" is
   `detained` since session 18 (people held, as gold_bo's blind writer read it).
2. "N others still being treated / in hospital / in critical condition" after a toll are the hurt,
   `wounded`, not the dead before them. Patients treated with no harm named stay `other` (README:
   "patients treated"); a hospital as the speaker names no harm ("The hospital said 90 people had
   been treated" is `other`; the tuning gold agrees: gold_w's "1.7 lakh people were treated at
   emergency heat shelters" is `other`).
4. Victims of harms that are no death (trafficking, fraud, scams, sexual or domestic violence,
   torture, identity theft) are `other`; victims of a strike or a bombing who died stay `killed`.
5. "feared dead / drowned / presumed dead", «يُخشى أن يكونوا قد لقوا حتفهم» are `killed` (two blind
   annotators' call); "feared trapped / missing", «يُخشى أن يكونوا محاصرين» are `missing`.
6. Vague counts take the ACLED lower bound ("hundreds" 100, "tens of thousands" 10000; «الآلاف»،
   «المئات» with a noun after them). The same written in digits ("1,000s of", "100s of", "10s of
   thousands") is no count yet: a lexicon word with digits breaks the split digit/word atom scan
   (numbers._split_atom_re, tests/test_speed_atoms.py); left for a numbers change that keeps it.

Left (audited, failing, not changed; see the session-16 report): "the court sentenced 12 men to
death" (`killed`: "death" after the count), "executed 40 search warrants" / "executed 200 trades"
(`killed`: things executed are rare in news), «و17 آخرين وصفت حالتهم بالحرجة» (`killed`: «وصفت» is
a not-cue; «توصف» is read), "17 others sought treatment" (`killed`), «30 شخصاً سقطوا ضحية عصابة احتيال» (`killed` by «سقطوا»),
«25 من ضحايا الهجوم يتلقون العلاج» (`killed`; English reads the care), "the victims of the strike
numbered 35" (`strikes`), "the scheme had 2,000 victims" (`killed`).
"""

from __future__ import annotations

import pytest

from newsclaims.extract.figures import find_figures

K, O, D, W, P, M = "killed", "other", "detained", "wounded", "displaced", "missing"


def _fig(text: str, lang: str, word: str):
    i = text.index(word)
    return [f for f in find_figures(text, lang) if f.number.start <= i < f.number.end]


def _cats(text: str, lang: str, word: str) -> list[str]:
    return [f.category for f in _fig(text, lang, word)]


# 1. Executions -----------------------------------------------------------------------------------

EXECUTIONS = [
    ("en", "Iran executed 9 prisoners last week, Amnesty International said.", "9", K),
    ("en", "Amnesty said Iran had executed at least 9 prisoners since Monday.", "9", K),
    ("en", "The rights group said authorities hanged 4 men at dawn on Thursday.", "4", K),
    ("en", "Four men were hanged in a prison west of the capital on Wednesday, the group said.", "Four", K),
    ("en", "Saudi Arabia executed 81 men in a single day, the interior ministry said.", "81", K),
    ("en", "The ministry said 81 men were executed on Saturday for terrorism offences.", "81", K),
    ("en", "According to the rights group, at least 30 people were hanged in the past month.", "30", K),
    ("en", "The group said 12 people had been put to death so far this year.", "12", K),
    ("en", "The monitor said the militants executed 15 captured soldiers.", "15", K),
    ("en", "Witnesses said the fighters summarily executed 20 villagers.", "20", K),
    ("en", "The UN said 300 people had been executed in the first half of the year.", "300", K),
    ("en", "Singapore hanged two drug traffickers this week, activists said.", "two", K),
    ("en", "Activists said two men were executed by firing squad.", "two", K),
    ("en", "Officials said 7 inmates were executed by lethal injection.", "7", K),
    ("en", "Amnesty said at least 1,153 executions were recorded last year.", "1,153", K),
    ("en", "The group said the number of executions rose to 975.", "975", K),
    ("en", "The group said 14 hangings had been carried out since January.", "14", K),
    ("en", "Human rights groups said 14 people were sentenced to death.", "14", O),
    # (session 18: the condemned still held are `detained`, as the blind writer of gold_bo read them)
    ("en", "Amnesty said 50 people remain on death row.", "50", "detained"),
    ("en", "The office said it had received complaints from 15 families alleging executions.", "15", O),
    ("en", "The army said it executed 30 air strikes overnight.", "30", "strikes"),
    ("ar", "وقالت منظمة العفو الدولية إن السلطات نفذت حكم الإعدام بحق 30 سجيناً الأسبوع الماضي.", "30", K),
    ("ar", "نفذت السلطات حكم الإعدام بحق 30 سجيناً، بحسب منظمة حقوقية.", "30", K),
    ("ar", "ونفذت السلطات حكم الإعدام بحق 5 معتقلين فجر اليوم، وفق ناشطين.", "5", K),
    ("ar", "وقالت المنظمة إن السلطات نفذت حكم الإعدام في 7 مدانين رمياً بالرصاص.", "7", K),
    ("ar", "وقالت المنظمة إن السلطات نفذت حكم الإعدام شنقاً بحق 6 سجناء.", "6", K),
    ("ar", "وأعلنت وزارة الداخلية أن السلطات أعدمت 12 شخصاً أدينوا بالإرهاب.", "12", K),
    ("ar", "أعدمت السلطات 12 شخصاً فجر الخميس، وفق ما أفادت منظمة حقوقية.", "12", K),
    ("ar", "وقالت المنظمة إن 12 شخصاً أعدموا شنقاً في سجن مركزي.", "12", K),
    ("ar", "وأفادت المنظمة بإعدام 9 سجناء منذ مطلع الأسبوع.", "9", K),
    ("ar", "وذكرت المنظمة أن السلطات نفذت أحكام إعدام بحق 15 شخصاً خلال شهر.", "15", K),
    ("ar", "وقال المرصد إن المسلحين أعدموا 20 مدنياً ميدانياً.", "20", K),
    ("ar", "وقالت المنظمة إن عدد الإعدامات ارتفع إلى 975.", "975", K),
    ("ar", "وقالت المنظمة إن عدد الإعدامات المنفذة هذا العام بلغ 975 إعداماً.", "975", K),
    ("ar", "وأكد ناشطون تنفيذ حكم الإعدام شنقاً بحق أربعة رجال.", "أربعة", K),
    ("ar", "وقالت الأمم المتحدة إن 300 شخص أعدموا في النصف الأول من العام.", "300", K),
    ("ar", "وقالت المنظمة إن السلطات شنقت 4 رجال في سجن مركزي.", "4", K),
    ("ar", "وقالت مصادر محلية إن التنظيم أعدم 8 من عناصر الأمن.", "8", K),
    ("ar", "وقالت المنظمة إن المحكمة أصدرت أحكاماً بالإعدام بحق 14 شخصاً.", "14", O),
    ("ar", "وأفاد محامون بأن المحكمة قضت بإعدام 12 متهماً.", "12", O),
    ("ar", "وقالت المنظمة إن 50 شخصاً ينتظرون تنفيذ حكم الإعدام.", "50", O),
    ("ar", "وقالت الوزارة إنها نفذت 12 مشروعاً هذا العام.", "12", O),
    ("ar", "وقالت الشرطة إنها نفذت 40 مذكرة تفتيش.", "40", O),
    ("ar", "وأعلن الجيش أنه نفذ 30 غارة جوية خلال الليل.", "30", "strikes"),
    ("ar", "وقالت المنظمة إن 15 عائلة تحدثت عن إعدامات ميدانية.", "15", O),
]


@pytest.mark.parametrize("lang,sentence,word,cat", EXECUTIONS)
def test_executions(lang, sentence, word, cat):
    assert _cats(sentence, lang, word) == [cat]


# 2. Others still in care after a toll ------------------------------------------------------------

STILL_IN_CARE = [
    ("en", "The ministry said 12 people were killed and 30 others are still being treated in hospital.", "30", W),
    ("en", "Police said four people died and 9 others remain in hospital.", "9", W),
    ("en", "The health ministry said 20 were killed, while 15 others were in critical condition.", "15", W),
    ("en", "Officials said the blast killed 7 people; 11 others remain in a critical condition.", "11", W),
    ("en", "The governor said 3 people died and 14 others were still receiving treatment.", "14", W),
    ("en", "The hospital said 5 people were dead and 8 others were being treated for their injuries.", "8", W),
    ("en", "Medics said 2 were killed, adding that 6 others remained hospitalised.", "6", W),
    ("en", "Rescuers said 10 people drowned and 4 others were still in hospital on Friday.", "4", W),
    ("en", "The army said 3 soldiers were killed and 5 others were receiving medical treatment.", "5", W),
    ("en", "The army said 3 soldiers were killed and 5 others were undergoing treatment.", "5", W),
    ("en", "The ministry said 40 people had died and 22 others were still under treatment.", "22", W),
    ("en", "Officials said 6 people were killed. Eighteen others are still being treated, they said.", "Eighteen", W),
    ("en", "The ministry said 25 were killed, and 14 remain in serious condition.", "14", W),
    ("en", "Police said 3 people died while 20 others were admitted to hospital.", "20", W),
    ("en", "The ministry said four were killed and 10 are still being treated.", "10", W),
    ("en", "The ministry said 12 people were killed and 30 others are still being treated in hospital.", "12", K),
    ("en", "The hospital said 30, most of them children, were being treated for burns.", "30", W),
    ("en", "The ministry said 30, most of them children, were being treated for burns.", "30", W),
    ("en", "The ministry said 30, including 12 children, were being treated for burns.", "30", W),
    ("en", "The hospital said 90 people had been treated since the attack.", "90", O),
    ("en", "Doctors at the hospital said 90 people had been treated.", "90", O),
    ("en", "The hospital said 90 people had arrived since the attack.", "90", O),
    ("en", "The hospital said 12 people were wounded in the blast.", "12", W),
    ("en", "The hospital said 12 people had died of their wounds.", "12", K),
    ("en", "Doctors said they had treated 90 people, most of them women.", "90", O),
    ("en", "The clinic said 200 patients were treated for diarrhoea this week.", "200", O),
    ("en", "The ministry said 30 people remain in hospital with cholera.", "30", O),
    ("ar", "وقالت الوزارة إن 12 شخصاً قتلوا، بينما لا يزال 30 آخرون يتلقون العلاج في المستشفى.", "30", W),
    ("ar", "وأفادت الوزارة بمقتل 12 شخصاً، فيما يتلقى 30 آخرون العلاج.", "30", W),
    ("ar", "وقال مسؤول إن 4 أشخاص لقوا حتفهم و9 آخرين لا يزالون في المستشفى.", "9", W),
    ("ar", "وأعلنت الوزارة مقتل 20 شخصاً، فيما حالة 15 آخرين حرجة.", "15", W),
    ("ar", "وقالت الوزارة إن 7 أشخاص قتلوا، و11 آخرون حالتهم حرجة.", "11", W),
    ("ar", "وقال المحافظ إن 3 أشخاص توفوا، و14 آخرين يخضعون للعلاج.", "14", W),
    ("ar", "وقالت مصادر طبية إن 5 أشخاص قتلوا و8 آخرين يتلقون العلاج من إصاباتهم.", "8", W),
    ("ar", "وأفاد الدفاع المدني بغرق 10 أشخاص، بينما لا يزال 4 آخرون في المستشفى.", "4", W),
    ("ar", "وقال الجيش إن 3 جنود قتلوا و5 آخرين يتلقون العلاج.", "5", W),
    ("ar", "وقالت الوزارة إن 40 شخصاً توفوا، و22 آخرين لا يزالون تحت العلاج.", "22", W),
    ("ar", "وقالت الوزارة إن 25 شخصاً قتلوا، و14 آخرون في حالة خطيرة.", "14", W),
    ("ar", "وأفادت مصادر طبية بمقتل 6 أشخاص، مشيرة إلى أن 18 آخرين ما زالوا يرقدون في المستشفى.", "18", W),
    ("ar", "وقال الهلال الأحمر إن 3 أشخاص توفوا، ونقل 20 آخرون إلى المستشفى.", "20", W),
    ("ar", "وقالت الوزارة إن حصيلة القتلى بلغت 9، فيما يرقد 7 آخرون في العناية المركزة.", "7", W),
    ("ar", "وقالت الوزارة إن 40 شخصاً توفوا، و22 آخرين لا يزالون تحت العلاج.", "40", K),
    ("en", "Officials said 8 people died and 17 others were recovering in hospital.", "17", W),
    ("en", "Officials said 8 people died and 17 others were hospitalized.", "17", W),
    ("en", "The ministry said 8 people died; another 17 remain hospitalised.", "17", W),
    ("en", "The ministry said 8 people died and a further 17 were in intensive care.", "17", W),
    ("en", "Police said eight people were killed and 17 others remain in serious but stable condition.", "17", W),
    ("en", "Police said eight people were killed, with 17 others in hospital.", "17", W),
    ("en", "The ministry said 8 people were killed, while 17 others were on life support.", "17", W),
    ("en", "Medics said 8 were killed and 17 others were fighting for their lives.", "17", W),
    ("en", "Rescuers said 8 died and 17 others were rushed to hospital.", "17", W),
    ("en", "The ministry said 8 people died and 17 others were receiving care at local clinics.", "17", W),
    ("en", "The hospital said 12 people remain in intensive care.", "12", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا و17 آخرين يرقدون في المستشفى.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، فيما لا يزال 17 آخرون في العناية المركزة.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، و17 آخرين يتماثلون للشفاء في المستشفى.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، و17 آخرين نقلوا إلى المستشفيات.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، بينما يخضع 17 آخرون للعلاج.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، و17 آخرين يصارعون الموت.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، و17 آخرون تحت المراقبة الطبية.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، ولا يزال 17 آخرون يتلقون الرعاية الطبية.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، و17 آخرين توصف حالتهم بالحرجة.", "17", W),
    ("ar", "وقالت الوزارة إن 8 أشخاص توفوا، وأدخل 17 آخرون المستشفى.", "17", W),
    ("ar", "وقالت الوزارة إن 12 شخصاً قتلوا، وغادر 50 آخرون المستشفى بعد تلقيهم العلاج.", "50", O),
    ("ar", "وقال المستشفى إنه استقبل 90 مراجعاً منذ الصباح.", "90", O),
    ("ar", "وقالت الوزارة إن 30 شخصاً يتلقون العلاج من الكوليرا.", "30", O),
    ("ar", "وقالت الوزارة إن 5 أشخاص قتلوا و8 آخرين فقدوا.", "8", M),
]


@pytest.mark.parametrize("lang,sentence,word,cat", STILL_IN_CARE)
def test_still_in_care(lang, sentence, word, cat):
    assert _cats(sentence, lang, word) == [cat]


# 4. Victims that are no deaths -------------------------------------------------------------------

VICTIMS = [
    ("en", "Police said 300 people fell victim to a phone scam last year.", "300", O),
    ("en", "The agency said it had identified 120 victims of trafficking.", "120", O),
    ("en", "The UN said 40 victims of human trafficking were rescued.", "40", O),
    ("en", "The charity said it supported 75 victims of sexual violence.", "75", O),
    ("en", "Police said 12 people had fallen victim to online fraud.", "12", O),
    ("en", "The ministry said 500 victims of domestic violence sought help.", "500", O),
    ("en", "Police said 30 victims of the cyberattack filed complaints.", "30", O),
    ("en", "The group said 60 victims of torture had received care.", "60", O),
    ("en", "Police said 200 people were victims of identity theft.", "200", O),
    ("en", "Prosecutors said the gang had 85 victims of forced labour on its farms.", "85", O),
    ("en", "Health officials said 14 victims of the strike were buried on Friday.", "14", K),
    ("en", "The ministry said 20 victims of the bombing had been identified.", "20", K),
    ("en", "Rescuers said 12 victims were pulled from the rubble dead.", "12", K),
    ("en", "The health ministry said 45 victims of the airstrike were killed.", "45", K),
    ("en", "Officials said 9 victims of the shelling died in hospital.", "9", K),
    ("en", "Police said the 18 victims of the crash were all from the same village.", "18", K),
    ("en", "Residents said 40 victims of the violence were buried in a mass grave.", "40", K),
    ("en", "The ministry said 25 victims of the attack were being treated in hospital.", "25", W),
    ("ar", "وقالت الشرطة إن 300 شخص وقعوا ضحية احتيال هاتفي العام الماضي.", "300", O),
    ("ar", "وقالت المنظمة إنها رصدت 120 من ضحايا الاتجار بالبشر.", "120", O),
    ("ar", "وقالت الأمم المتحدة إنه تم إنقاذ 40 من ضحايا الاتجار بالبشر.", "40", O),
    ("ar", "وقالت الجمعية إنها قدمت الدعم لـ75 من ضحايا العنف الجنسي.", "75", O),
    ("ar", "وقالت الشرطة إن 12 شخصاً وقعوا ضحايا لعمليات نصب إلكتروني.", "12", O),
    ("ar", "وقالت الوزارة إن 500 من ضحايا العنف الأسري طلبوا المساعدة.", "500", O),
    ("ar", "وقالت الشرطة إن 200 شخص وقعوا ضحايا لسرقة الهوية.", "200", O),
    ("ar", "وقالت المنظمة إن 60 من ضحايا التعذيب تلقوا الرعاية.", "60", O),
    ("ar", "وقالت الشرطة إن 8 نساء وقعن ضحية للاتجار بالبشر.", "8", O),
    ("ar", "وقالت النيابة إن 40 شخصاً كانوا ضحايا شبكة احتيال.", "40", O),
    ("ar", "وقالت وزارة الصحة إن 14 من ضحايا القصف دفنوا يوم الجمعة.", "14", K),
    ("ar", "وقالت الوزارة إن عدد ضحايا القصف ارتفع إلى 35.", "35", K),
    ("ar", "وقالت الوزارة إن 20 من ضحايا التفجير تم التعرف على هوياتهم.", "20", K),
    ("ar", "وأفاد الدفاع المدني بانتشال 12 ضحية من تحت الأنقاض.", "12", K),
    ("ar", "وقالت وزارة الصحة إن 45 من ضحايا الغارة قتلوا على الفور.", "45", K),
    ("ar", "وقالت الوزارة إن حصيلة ضحايا القصف بلغت 40 قتيلاً.", "40", K),
    ("ar", "وقال الجيش إنه حرر 30 من الأسرى.", "30", D),
]


@pytest.mark.parametrize("lang,sentence,word,cat", VICTIMS)
def test_victims(lang, sentence, word, cat):
    assert _cats(sentence, lang, word) == [cat]


# 5. Feared dead ----------------------------------------------------------------------------------

FEARED = [
    ("en", "Officials said 20 people were feared dead after the landslide.", "20", K),
    ("en", "At least 40 migrants are feared drowned after their boat capsized, the IOM said.", "40", K),
    ("en", "The coast guard said 12 fishermen were presumed dead.", "12", K),
    ("en", "Police said 7 climbers were feared killed in the avalanche.", "7", K),
    ("en", "The agency said dozens were feared dead in the collapse.", "dozens", K),
    ("en", "Officials said 15 people are believed dead after the fire.", "15", K),
    ("en", "The ministry said 9 people were feared dead and 20 injured.", "9", K),
    ("en", "The ministry said 9 people were feared dead and 20 injured.", "20", W),
    ("en", "Twenty feared dead as bus plunges into gorge, police say", "Twenty", K),
    ("en", "Police said 11 people were presumed drowned.", "11", K),
    ("en", "The governor said 6 people were feared to have died.", "6", K),
    ("en", "Officials said 14 hikers were feared to have been killed.", "14", K),
    ("en", "The IOM said it feared 60 people had drowned.", "60", K),
    ("en", "Rescuers said 30 miners were feared trapped underground.", "30", M),
    ("en", "The UN said 100 people were feared missing after the floods.", "100", M),
    ("en", "Authorities said 50 workers were feared buried under the mud.", "50", M),
    ("ar", "وقالت السلطات إنه يُخشى أن يكون 20 شخصاً قد لقوا حتفهم في الانهيار.", "20", K),
    ("ar", "وقالت المنظمة إنه يخشى أن 40 مهاجراً قد غرقوا.", "40", K),
    ("ar", "وقال خفر السواحل إن 12 صياداً يُرجح أنهم لقوا حتفهم.", "12", K),
    ("ar", "وقالت الشرطة إن 7 متسلقين يُخشى أنهم قُتلوا في الانهيار الثلجي.", "7", K),
    ("ar", "وقالت الوكالة إن هناك مخاوف من أن يكون 50 شخصاً قد لقوا حتفهم.", "50", K),
    ("ar", "وقالت السلطات إن 15 شخصاً يُعتقد أنهم لقوا حتفهم في الحريق.", "15", K),
    ("ar", "وأفادت المنظمة بأن 60 مهاجراً يُخشى أن يكونوا قد غرقوا.", "60", K),
    ("ar", "ويُخشى أن يكون 25 شخصاً قد لقوا حتفهم، بحسب الدفاع المدني.", "25", K),
    ("ar", "وقال الدفاع المدني إن 9 أشخاص يُفترض أنهم توفوا.", "9", K),
    ("ar", "وقالت السلطات إن 30 عاملاً يُخشى أن يكونوا محاصرين تحت الأنقاض.", "30", M),
    ("ar", "وقالت الأمم المتحدة إن 100 شخص يُخشى أنهم في عداد المفقودين.", "100", M),
]


@pytest.mark.parametrize("lang,sentence,word,cat", FEARED)
def test_feared(lang, sentence, word, cat):
    assert _cats(sentence, lang, word) == [cat]


# 6. Vague counts ---------------------------------------------------------------------------------

VAGUE = [
    ("en", "Police said hundreds of protesters were arrested.", "hundreds", "hundreds", 100, D),
    ("en", "The UN said tens of thousands of people were displaced.", "tens", "tens of thousands", 10000, P),
    ("ar", "وقال ناشطون إن الآلاف من المتظاهرين خرجوا إلى الشوارع.", "الآلاف", "الآلاف", 1000, O),
    ("ar", "وقالت الأمم المتحدة إن الآلاف من العائلات نزحوا من المدينة.", "الآلاف", "الآلاف", 1000, P),
    ("ar", "وقالت الشرطة إنها اعتقلت المئات من المحتجين.", "المئات", "المئات", 100, D),
    ("ar", "وقال المرصد إن المئات من المدنيين قتلوا في الهجوم.", "المئات", "المئات", 100, K),
    ("ar", "وقالت المنظمة إن عشرات الآلاف من الأشخاص نزحوا.", "عشرات", "عشرات الآلاف", 10000, P),
    ("ar", "وقال شهود إن الآلاف تظاهروا في الساحة.", "الآلاف", "الآلاف", 1000, O),
    ("ar", "وقالت الوزارة إن المئات أصيبوا في المواجهات.", "المئات", "المئات", 100, W),
    ("ar", "وقالت الأمم المتحدة إن مئات الآلاف من السكان فروا من منازلهم.", "مئات", "مئات الآلاف", 100000, P),
    ("ar", "وقالت المنظمة إن المئات من الأطفال لقوا حتفهم.", "المئات", "المئات", 100, K),
    ("ar", "وقال الجيش إنه قتل العشرات من المسلحين.", "العشرات", "العشرات", 10, K),
]


@pytest.mark.parametrize("lang,sentence,word,text,value,cat", VAGUE)
def test_vague(lang, sentence, word, text, value, cat):
    figs = _fig(sentence, lang, word)
    assert [(f.number.text, f.number.value, f.category) for f in figs] == [(text, value, cat)]


NOT_COUNTS = [
    ("en", "Police said 12 men in their 20s were arrested after the 1990s case reopened.", "20s"),
    ("en", "Police said 12 men in their 20s were arrested after the 1990s case reopened.", "1990s"),
    ("ar", "وقالت الشركة إنها باعت الآلاف من السيارات.", "الآلاف"),
]


@pytest.mark.parametrize("lang,sentence,word", NOT_COUNTS)
def test_not_counts(lang, sentence, word):
    assert _cats(sentence, lang, word) == []
