"""Attributed counts in police, crime and casualty tallies, each class in several wordings and
both languages where it applies: people shot (wounded) with the fatal part of the count
(killed), a death verb elided in a second count ("and one on the way to hospital"), people last
seen (missing), patients named by two kinds of wound, a bound and an aside between a subject and
its verb, resources and arms that are no figure. Sentences composed for the tests (no published
text)."""

import pytest

from newsclaims.extract.figures import find_figures


def _figs(text, lang):
    return {f.number.text: (f.number.value, f.category) for f in find_figures(text, lang)}


CASES = [
    # --- people shot are wounded (people hit); "fatally" and "shot dead" are killed
    ("en", "Police said 31 people were shot, five of them fatally, over the weekend.",
     {"31": (31, "wounded"), "five": (5, "killed")}),
    ("en", "At least 31 shot, 5 fatally, over holiday weekend in Chicago",
     {"At least 31": (31, "wounded"), "5": (5, "killed")}),
    ("en", "Last year 109 people were shot over the same weekend, 19 of them fatally, a tally showed.",
     {"109": (109, "wounded"), "19": (19, "killed")}),
    ("en", "Police said 12 people were shot and three were fatally wounded.",
     {"12": (12, "wounded"), "three": (3, "killed")}),
    ("en", "The sheriff said four men were fatally shot outside the bar.", {"four": (4, "killed")}),
    ("en", "Two teenagers were shot in the leg, police said.", {"Two": (2, "wounded")}),
    ("en", "Police said seven people had been shot, two of whom died.",
     {"seven": (7, "wounded"), "two": (2, "killed")}),
    ("en", "The gunman shot 14 people before officers stopped him, police said.",
     {"14": (14, "wounded")}),
    ("en", "Police said 3 protesters were shot with rubber bullets.", {"3": (3, "wounded")}),
    ("en", "The army said 4 soldiers were shot dead and 6 were shot.",
     {"4": (4, "killed"), "6": (6, "wounded")}),
    ("en", "Police said 5 people were shot dead on Friday.", {"5": (5, "killed")}),
    ("en", "She said her husband and two of her sons were shot dead in front of her.",
     {"two": (2, "killed")}),
    ("en", "Police said four people were shot to death in the house.", {"four": (4, "killed")}),
    # (aircraft shot down stay things destroyed)
    ("en", "The army said two jets were shot down over the border.", {"two": (2, "other")}),
    # ... but weapons shot down are no figure, and shots fired are no people
    ("en", "The army said its troops shot down 41 drones overnight.", {}),
    ("en", "The air force said 12 drones were shot down.", {}),
    # --- an elided death verb in the second of two coordinated counts
    ("en", "Five of the victims died at the scene, and one on the way to hospital, she said.",
     {"Five": (5, "killed"), "one": (1, "killed")}),
    ("en", "Police said three died at the scene and two more en route to the hospital.",
     {"three": (3, "killed"), "two": (2, "killed")}),
    # (the wounded taken to hospital stay wounded)
    ("en", "Police said 12 people were taken to hospital.", {"12": (12, "wounded")}),
    # --- people last seen, or feared for, are missing (not held)
    ("en", "We still hold serious concerns for one man who was last seen near the bridge, he said.",
     {"one": (1, "missing")}),
    ("en", "Police said two hikers were last seen on Sunday afternoon.", {"two": (2, "missing")}),
    ("en", "The coastguard said it had grave fears for three fishermen.", {"three": (3, "missing")}),
    # (people held stay detained)
    ("en", "The militia is holding 35 hostages, the minister said.", {"35": (35, "detained")}),
    # --- patients named by two kinds of wound are wounded
    ("en", "She said her team had operated on 314 patients with bullet and shrapnel wounds.",
     {"314": (314, "wounded")}),
    ("en", "The clinic treated 40 people for gunshot or blast injuries, the charity said.",
     {"40": (40, "wounded")}),
    # --- Arabic: a bound after the subject noun, then an aside, then the verb
    ("ar", "قالت الشبكة إن 43 مدنياً على الأقل، بينهم 11 امرأة وسبعة أطفال، قُتلوا في هجوم على القرية.",
     {"43": (43, "killed"), "11": (11, "killed"), "وسبعة": (7, "killed")}),
    ("ar", "وقال المصدر إن 20 شخصاً على الأقل، معظمهم من النساء، أصيبوا بجروح.",
     {"20": (20, "wounded")}),
    ("ar", "أفاد المرصد بأن 12 مقاتلاً على الأقل، بينهم قائدان، لقوا حتفهم.",
     {"12": (12, "killed"), "قائدان": (2, "killed")}),
    ("ar", "ذكرت المنظمة أن 1200 أسرة على الأقل، أي نحو ستة آلاف شخص، نزحت من القرى.",
     {"1200": (1200, "displaced"), "نحو ستة آلاف": (6000, "displaced")}),
    # (English does the same without a rule of its own)
    ("en", "The network said 43 civilians, including 11 women and seven children, were killed.",
     {"43": (43, "killed"), "11": (11, "killed"), "seven": (7, "killed")}),
    # --- a wound cue past another count is that count's, not the personnel's
    ("en", "She said her team of eight surgeons had operated on 314 patients with bullet wounds.",
     {"314": (314, "wounded")}),
    ("en", "He said five nurses had treated 40 wounded people.", {"40": (40, "wounded")}),
    ("en", "He said 8 doctors and 30 patients were killed.", {"8": (8, "killed"), "30": (30, "killed")}),
    # --- things destroyed past an aside of the subject
    ("en", "Police said 11 vehicles, including two commercial buses, were razed.",
     {"11": (11, "other"), "two": (2, "other")}),
    ("en", "The army said 40 houses, most of them in the old town, were destroyed.",
     {"40": (40, "other")}),
    # --- people deployed: a long noun phrase with a person head, or a list joined by "and"
    ("en", "The minister said 70 Australian Defence Force personnel had been sent to help.", {}),
    ("en", "The minister said 70 Australian Defence Force personnel and two Black Hawk helicopters "
           "had been sent to help with evacuations.", {}),
    ("en", "The governor said 300 soldiers and two helicopters had been deployed.", {}),
    ("en", "Police said 70 Australian Defence Force personnel were killed.", {"70": (70, "killed")}),
    ("en", "She said 12 Red Cross volunteers had been injured.", {"12": (12, "wounded")}),
    ("en", "Officials said 300 National Guard troops were deployed and 12 people were arrested.",
     {"12": (12, "detained")}),
    # --- an amount whose digits are glued to a currency is no count ("Rs1 million")
    ("en", "The government announced Rs1 million in compensation for each deceased passenger.", {}),
    ("en", "He said the families of some freed pupils had paid ransoms of up to N3 million.", {}),
    ("en", "The firm paid R2 million to the 14 families of the dead.", {"14": (14, "killed")}),
    ("en", "Officials said 1.5 million people were displaced and a million more fled.",
     {"1.5 million": (1500000, "displaced"), "a million": (1000000, "displaced")}),
    ("ar", "وقالت المنظمة إن 3 ملايين شخص نزحوا.", {"3 ملايين": (3000000, "displaced")}),
    # --- disaster counts: survivors with an injury named, missing and feared dead, people
    # still under a collapsed building, people present underground, evacuated by air
    ("en", "The agency said rescue teams had brought out five survivors with burns overnight.",
     {"five": (5, "wounded")}),
    ("en", "He said 17 survivors were rescued.", {"17": (17, "other")}),
    ("en", "At least 21 people are missing and feared dead after the boat capsized, IOM said.",
     {"At least 21": (21, "missing")}),
    ("en", "Police said three fishermen were missing, presumed drowned.", {"three": (3, "missing")}),
    ("en", "My neighbour's two children are still under there, she said.", {"two": (2, "missing")}),
    ("en", "He said 19 workers had been underground when the blast occurred.", {}),
    ("en", "He said 19 miners were trapped underground.", {"19": (19, "missing")}),
    ("en", "He said 411 people had been evacuated from the valley.", {"411": (411, "displaced")}),
    ("en", "Three climbers were airlifted to hospital, police said.", {"Three": (3, "wounded")}),
    # --- a held group with its fate participle right after it (a reduced relative)
    ("en", "The number of inmates killed in the riot rose to 31, the agency said.",
     {"31": (31, "killed")}),
    ("en", "The number of detainees who died in custody rose to 12, the group said.",
     {"12": (12, "killed")}),
    ("en", "The number of prisoners released rose to 300, the ministry said.",
     {"300": (300, "detained")}),
    # --- Arabic duals of three-letter and newly listed person nouns, possessive duals
    ("ar", "أعلنت المديرية عن وفاة تسعة أشخاص، من بينهم عونان من أعوانها، في الحرائق.",
     {"تسعة": (9, "killed"), "عونان": (2, "killed")}),
    ("ar", "أعلنت الوزارة مقتل نزيلين وإصابة تسعة من الحراس.",
     {"نزيلين": (2, "killed"), "تسعة": (9, "wounded")}),
    ("ar", "وقالت المنظمة إن الجماعة أفرجت عن الزميلين.", {"الزميلين": (2, "detained")}),
    ("ar", "وقال المصدر إن الفرق انتشلت جثث خمسة أشخاص، بينهم سيدة وطفلاها.",
     {"خمسة": (5, "killed"), "وطفلاها": (2, "killed")}),
    # --- lives taken; patients who recovered; an outbreak's isolation centres
    ("ar", "نقابة الأطباء: الكوليرا تحصد 64 روحاً في الولاية", {"64": (64, "killed")}),
    ("ar", "قالت النقابة إن وباء الكوليرا حصد أرواح 64 شخصاً في الولاية.", {"64": (64, "killed")}),
    ("ar", "وقال المدير إن الخسائر في الأرواح بلغت 12 شخصاً.", {"12": (12, "killed")}),
    ("ar", "وقال إن 40 جريحاً تماثلوا للشفاء.", {"40": (40, "other")}),
    ("ar", "وقال إن 1856 حالة إصابة سُجلت في مراكز العزل، تماثل منها 1702 للشفاء.",
     {"1856": (1856, "other"), "1702": (1702, "other")}),
    ("ar", "وقال إن الحريق في ردهة العزل أدى إلى إصابة 31 شخصاً بحروق.", {"31": (31, "wounded")}),
    ("en", "He said 1,856 cases had been recorded at isolation centres.", {"1,856": (1856, "other")}),
    # --- a verbal noun with و before a count with its own noun: the noun decides
    ("ar", "الداخلية: 148 مصاباً وانهيار 1.260 منزلاً",
     {"148": (148, "wounded"), "1.260": (1260, "other")}),
    ("ar", "وقالت الوزارة إن الزلزال خلف 148 مصاباً وانهيار 1260 منزلاً.",
     {"148": (148, "wounded"), "1260": (1260, "other")}),
    ("ar", "سقط 60 قتيلاً وأصيب 120 شخصاً.", {"60": (60, "killed"), "120": (120, "wounded")}),
    # --- a toll with its verbal noun after بـ, a relative clause in its subject; a cue past a
    # comma and another count is not the toll's
    ("ar", "أفاد مصدر طبي بارتفاع عدد ضحايا الحريق الذي اندلع في المستشفى إلى ٢٣ شخصاً، فيما "
           "أصيب ١٤ آخرون بجروح.", {"٢٣": (23, "killed"), "١٤": (14, "wounded")}),
    ("ar", "أفادت الوزارة بارتفاع عدد المصابين إلى 40 شخصاً.", {"40": (40, "wounded")}),
    # --- speaker-phrase passages (gold_ag classes): how the dead died is no wound; a group
    # noun after "of" with its verb; treatment, departures, arrivals, questioning, divers
    ("en", "The group tallied 149 people killed outside combat and said at least 70 of them were "
           "shot at close range.", {"149": (149, "killed"), "at least 70": (70, "killed")}),
    ("en", "Police said dozens of protesters were arrested.", {"dozens": (12, "detained")}),
    ("en", "He said hundreds of residents fled the town.", {"hundreds": (100, "displaced")}),
    ("en", "Thirty of the protesters were detained, police said.", {"Thirty": (30, "detained")}),
    ("en", "Hundreds of protesters marched, police said.", {"Hundreds": (100, "other")}),
    ("en", "He said 31 people had been admitted for treatment.", {"31": (31, "wounded")}),
    ("en", "The army said it had hit dozens of militant targets.", {"dozens": (12, "strikes")}),
    ("en", 'The military said it had struck "dozens of terrorist targets" in the area.',
     {"dozens": (12, "strikes")}),
    ("en", "Dozens of militant fighters were killed.", {"Dozens": (12, "killed")}),
    ("en", "He said the hospital had treated 16 survivors with machete and gunshot wounds.",
     {"16": (16, "wounded")}),
    ("en", "He said at least 60 families have already left for the city.",
     {"at least 60": (60, "displaced")}),
    ("en", "She said they had counted 1,200 families arriving at the camp since Wednesday.",
     {"1,200": (1200, "displaced")}),
    ("en", "Residents said at least 30 young men had been picked up for questioning.",
     {"at least 30": (30, "detained")}),
    ("en", "The army said it had deployed 40 divers and two helicopters.", {}),
    ("en", "Two divers were killed, the navy said.", {"Two": (2, "killed")}),
    ("en", "The team recorded 37 bombings in the countryside since January.",
     {"37": (37, "strikes")}),
    ("ar", "قال إن الفريق أحصى منذ مطلع العام 37 تفجيراً في الريف، أسفرت عن مقتل 118 مدنياً.",
     {"37": (37, "strikes"), "118": (118, "killed")}),
    ("ar", "وقال إن الجيش نفذ تفجير 3 منازل في القرية.", {"3": (3, "other")}),
    ("ar", "وقالت الشبكة إنها أحصت 78 حالة اختفاء قسري في المحافظة.", {"78": (78, "missing")}),
    ("ar", "وقالت الشبكة إن 19 حالة اختطاف سجلت.", {"19": (19, "detained")}),
    # --- counts outside war tolls (gold_ah): temperatures glued to C/F, durations with an
    # adjective, emergency numbers, strikers, people expected to arrive, evacuations,
    # operations postponed
    ("en", "He said 12 people died when temperatures passed 38C in the south-east.",
     {"12": (12, "killed")}),
    ("en", "Temperatures reached 42.5C as 12 people died.", {"12": (12, "killed")}),
    ("en", "The army said 3 F-16 jets struck 12 targets.", {"12": (12, "strikes")}),
    ("en", "The agency said 571 excess deaths were recorded over the four hottest days.",
     {"571": (571, "killed")}),
    ("en", "He said 42 people died in the past three weeks.", {"42": (42, "killed")}),
    ("en", "Ambulance services received 8,400 more 999 calls than usual, NHS England said.", {}),
    ("en", "He said crews answered 2,150 calls for help.", {"2,150": (2150, "other")}),
    ("en", "Nurses' strike: union says 42,000 walked out, NHS England puts figure lower",
     {"42,000": (42000, "other")}),
    ("en", "The union said about 42,000 of its members had walked out.",
     {"about 42,000": (42000, "other")}),
    ("en", "The army said 12 air strikes hit the town.", {"12": (12, "strikes")}),
    ("en", "Authorities estimate that a further 60,000 to 80,000 people could arrive before the rains.",
     {"60,000 to 80,000": (60000, "displaced")}),
    ("en", "A wildfire forced the evacuation of about 3,500 residents and tourists from a dozen villages.",
     {"about 3,500": (3500, "displaced")}),
    ("en", "NHS England said 13,100 planned operations and outpatient appointments had been postponed.",
     {}),
    # --- Arabic border crossings and returns, the search still going on, the led away
    ("ar", "وذكرت المندوبية أن 47 شخصاً تمكنوا من الوصول سباحة إلى الشاطئ، وأُعيد 29 منهم فوراً إلى المغرب.",
     {"47": (47, "displaced"), "29": (29, "displaced")}),
    ("ar", "وقالت إن 30 شخصاً وصلوا سباحة.", {"30": (30, "displaced")}),
    ("ar", "وأضاف أن البحث لا يزال جارياً عن شخصين يُعتقد أنهما كانا داخل العقار.",
     {"شخصين": (2, "missing")}),
    ("ar", "وأضاف أن فرق الإنقاذ انتشلت ستة مصابين، وأن البحث جارٍ عن ثلاثة آخرين.",
     {"ستة": (6, "wounded"), "ثلاثة": (3, "missing")}),
    ("ar", "وذكر الجهاز أن دورياته أوقفت 212 مهاجراً، وأن شخصين يشتبه في تورطهما بالتهريب اقتيدا إلى النيابة.",
     {"212": (212, "detained"), "شخصين": (2, "detained")}),
    ("en", "The rebels seized the town after a battle, capturing at least 60 Congolese soldiers, "
           "sources said.", {"at least 60": (60, "detained")}),
    # --- a condition of a partitive's group: hurt (survivors alone stay other)
    ("en", "Two of the rescued are in a critical condition, he said.", {"Two": (2, "wounded")}),
    ("en", "Five of the survivors are in serious condition.", {"Five": (5, "wounded")}),
    ("en", "Forty of the survivors were taken to hospital, the coast guard said.",
     {"Forty": (40, "other")}),
    ("ar", "وقال إن ثلاثة من الناجين في حالة خطيرة.", {"ثلاثة": (3, "wounded")}),
    # --- helicopters used and handguns recovered are no figure; helicopters destroyed stay other
    ("ar", "وأعلنت القوات المسلحة أنها سخرت ثلاث مروحيات لنقل المساعدات.", {}),
    ("ar", "وقالت الوزارة إن مفارز الجيش استرجعت ثلاثة مسدسات رشاشة وكمية من الذخيرة.", {}),
    ("ar", "وقال إن المسلحين قتلوا ثلاثة جنود وأحرقوا مروحيتين.",
     {"ثلاثة": (3, "killed"), "مروحيتين": (2, "other")}),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_tally_classes(lang, text, expected):
    assert _figs(text, lang) == expected
