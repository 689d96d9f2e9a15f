"""The figure GATE (session 13): is a number inside a claim a figure at all? A breadth audit
in both languages -- sentences composed for this test (none taken from a passage), in which a
number counts people or strikes with the nouns and frames unseen writers use (occupations and
groups, counts with no noun after an antecedent, families and cases, strikes counted by weapon),
and the numbers the gate must keep dropping (dates, times, ages, durations, distances, money,
percentages, years, identifiers, "one of the", personnel deployed, aid trucks).

`ANY` marks a count whose category is another helper's audit (Q2/Q3, categories): here only
"is it a figure" is asserted. Conventions: tests/gold/README.md.

Classes the audit found and fixed (each has its own test below):
1. Person nouns the lexicon lacked (figure_subjects.yaml): a weak cue lost its people ("the army
   lost 12 paratroopers", «ضبطت 23 مهرباً», «فقدت 12 طياراً») and a dual of the noun was no
   number («رضيعين», «ممرضتين», «حاجين»).
2. A title-case headline's verb before the number was read as a name ("Market Kills 40").
3. Ages: a number between commas after a determined person noun ("the boy, 7, was wounded")
   and an Arabic age with no unit («رجل في الأربعين من عمره»).
4. The first number of a text read cues only 110 characters back, so a long toll subject
   ("The death toll from Tuesday's boat accident on the River Niger in ... has risen to 98")
   lost its cue; every later number already read further.
5. "including a family of seven" / «بينهم عائلة من سبعة أفراد»: the family's members are of the
   count before.
6. A bare count that says what its people were ("14 people died, and that 9 were children";
   "... died. Nine were children."): the count before's category.
7. A dual joined to a following dual behind a preposition («كمينين للمهربين»: two ambushes,
   not one count of both words).
8. People who protest or strike are a crowd (`other`), not personnel at work ("300 nurses and
   supporters rallied", «300 طبيب أضربوا عن العمل»); protest verbs were no cue («تظاهروا»).
9. "was home to 20,000 people who had fled" is a count of the displaced; "in Camp 11" a name.
10. An aside between dashes or in parentheses between a count and its verb ("12 people — most
    of them fishermen — were missing", «12 شخصاً (معظمهم صيادون) فقدوا»), and a sub-count
    after a semicolon ("45 died; of those, 12 were children").
"""

from __future__ import annotations

import pytest

from newsclaims.extract import extract_article
from newsclaims.extract.figures import find_figures
from newsclaims.extract.numbers import find_numbers

ANY = "ANY"


def _cats(text: str, lang: str, number: str) -> list[str]:
    i = text.index(number)
    return [f.category for f in find_figures(text, lang) if f.number.start <= i < f.number.end]


def _article_cats(text: str, lang: str, number: str) -> list[str]:
    i = text.index(number)
    return [f.category for _, f in extract_article(text, lang).figures
            if f.number.start <= i < f.number.end]


def _check(text, lang, number, cat):
    got = _cats(text, lang, number)
    assert got, (number, text)
    if cat != ANY:
        assert got[0] == cat, (number, got, text)


# --- breadth: people and strikes counted, English -------------------------------------------

EN_COUNTS = [
    ('The coast guard said 14 fishermen were missing after the storm.', '14', 'missing'),
    ('Rescuers said 23 miners were trapped underground after the collapse.', '23', 'missing'),
    ('Saudi officials said 1,301 pilgrims died during the hajj.', '1,301', 'killed'),
    ('The IOM said 61 migrants drowned off the coast.', '61', 'killed'),
    ('Police said 40 asylum seekers were detained at the border.', '40', 'ANY'),
    ('The union said 9 workers were killed in the blast.', '9', 'killed'),
    ('Officials said 12 labourers were buried under the rubble.', '12', 'ANY'),
    ('The ministry said 300 students were abducted from the school.', '300', 'detained'),
    ('Local officials said 27 pupils were kidnapped by gunmen.', '27', 'detained'),
    ('The union said four teachers were shot dead.', 'four', 'killed'),
    ('The WHO said 16 doctors had been killed since October.', '16', 'killed'),
    ('The ministry said 11 nurses were injured in the strike.', '11', 'wounded'),
    ('The Red Crescent said three medics were killed.', 'three', 'killed'),
    ('The UN said 280 aid workers have been killed this year.', '280', 'killed'),
    ('The CPJ said 42 journalists have been jailed.', '42', 'detained'),
    ('Officials said 17 worshippers were killed when the mosque was bombed.', '17', 'killed'),
    ('Police said eight shoppers were wounded in the attack.', 'eight', 'wounded'),
    ('The airline said 132 passengers and crew died.', '132', 'killed'),
    ('The ministry said six crew members were rescued and two remain missing.', 'two', 'missing'),
    ('The embassy said 19 tourists were injured.', '19', 'wounded'),
    ('The governor said 35 villagers were massacred.', '35', 'killed'),
    ('Officials said 20 farmers were killed by herders.', '20', 'killed'),
    ('Police said 14 herders were killed in the clash.', '14', 'killed'),
    ('Medics said 25 protesters were wounded by live fire.', '25', 'wounded'),
    ('Police said 200 demonstrators were arrested.', '200', 'detained'),
    ('Witnesses said six mourners were killed when gunmen opened fire on the funeral.', 'six', 'killed'),
    ('The group said 50 prisoners were released.', '50', 'detained'),
    ('The prison service said 11 inmates died in the riot.', '11', 'killed'),
    ('The ministry said 30 conscripts were killed.', '30', 'killed'),
    ('The army said 12 recruits were wounded in the explosion.', '12', 'wounded'),
    ('The army said 15 troops were killed.', '15', 'killed'),
    ('The ministry said 21 soldiers were wounded.', '21', 'wounded'),
    ('The Pentagon said three servicemen were killed.', 'three', 'killed'),
    ('Police said two officers were shot.', 'two', 'wounded'),
    ('Officials said five policemen were killed.', 'five', 'killed'),
    ('The army said it killed 30 gunmen.', '30', 'killed'),
    ('The military said 45 militants were killed in the raid.', '45', 'killed'),
    ('The army said 80 fighters had surrendered.', '80', 'detained'),
    ('The army said it captured 17 rebels.', '17', 'detained'),
    ('The ministry said 60 jihadists were neutralised.', '60', 'killed'),
    ('The army said 25 insurgents were killed.', '25', 'killed'),
    ('Officials said 40 mercenaries were captured.', '40', 'detained'),
    ('Police said 10 settlers were arrested.', '10', 'detained'),
    ('The UN said 300 civilians were killed last month.', '300', 'killed'),
    ('Doctors said two infants died in the cold.', 'two', 'killed'),
    ('Doctors said four toddlers were among the injured.', 'four', 'wounded'),
    ('The ministry said 12 teenagers were arrested.', '12', 'detained'),
    ('Officials said 9 elderly people died in the heatwave.', '9', 'killed'),
    ('Relatives said seven family members were killed.', 'seven', 'killed'),
    ('Neighbours said 11 members of one family were killed in the strike.', '11', 'killed'),
    ('The agency said 14 relatives of the commander were detained.', '14', 'detained'),
    ('The coast guard said 30 fishermen had not returned to port.', '30', 'ANY'),
    ('The agency said 400 pilgrims had succumbed to the heat.', '400', 'killed'),
    ('The ministry said 12 miners lost their lives.', '12', 'killed'),
    ('Officials said 45 students were taken hostage.', '45', 'detained'),
    ('The police said 8 nurses were taken to hospital.', '8', 'wounded'),
    ('The ministry said 3,000 migrants were deported.', '3,000', 'displaced'),
    ('The army said 16 soldiers were martyred.', '16', 'killed'),
    ('The group said 13 of its fighters were martyred in the clashes.', '13', 'killed'),
    ('Authorities said 57 worshippers were hurt in the stampede.', '57', 'wounded'),
    ('The agency said 20 passengers sustained injuries.', '20', 'wounded'),
    ('The rebels said they had seized 40 soldiers.', '40', 'detained'),
    ('Activists said 120 protesters were rounded up.', '120', 'detained'),
    ('The group said 30 demonstrators were detained.', '30', 'detained'),
    ('Police said 75 protesters were held overnight.', '75', 'detained'),
    ('Officials said 18 villagers were abducted.', '18', 'detained'),
    ('Officials said 18 villagers went missing.', '18', 'missing'),
    ('The ministry said 240 prisoners were freed.', '240', 'detained'),
    ('Officials said 8,000 villagers had fled their homes.', '8,000', 'displaced'),
    ('The agency said 2,000 farmers were displaced by the floods.', '2,000', 'displaced'),
    ('The army said 22 gunmen were eliminated.', '22', 'killed'),
    ('The ministry said 40 people were killed. Of the 40, 12 were children, it said.', '12', 'killed'),
    ('Police said the death toll stood at 31, of whom 9 were women.', '9', 'killed'),
    ('The ministry said at least 12 died, according to the hospital.', '12', 'killed'),
    ('Medics said 27 were wounded, five of them critically.', '27', 'wounded'),
    ('Medics said 27 were wounded, five of them critically.', 'five', 'wounded'),
    ('Officials said 50 were arrested, 20 of them minors.', '20', 'detained'),
    ('The army said it had killed 14, including three commanders.', 'three', 'killed'),
    ('The UN said 1,200 families had been displaced.', '1,200', 'displaced'),
    ('Officials said 300 households were forced to flee.', '300', 'displaced'),
    ('The commission said it documented 58 cases of abduction.', '58', 'detained'),
    ('The group said it recorded 120 cases of arbitrary arrest.', '120', 'detained'),
    ('The commission said it recorded 33 cases of enforced disappearance.', '33', 'missing'),
    ('The ministry said 14 cases of death were recorded.', '14', 'killed'),
    ('The army said militants fired 40 rockets at the town.', '40', 'strikes'),
    ('The ministry said the town was hit by 200 shells overnight.', '200', 'strikes'),
    ('Officials said Russia launched 30 missiles and 50 drones overnight.', '30', 'strikes'),
    ('Officials said Russia launched 30 missiles and 50 drones overnight.', '50', 'strikes'),
    ('Activists said helicopters dropped 18 barrel bombs on the town.', '18', 'strikes'),
    ('The army said 12 mortar rounds landed near the base.', '12', 'strikes'),
    ('The monitor said the army carried out 25 air strikes.', '25', 'strikes'),
    ('The ministry said the military fired 60 artillery shells at the village.', '60', 'strikes'),
    ('The group said it had launched 15 attack drones at the airport.', '15', 'strikes'),
    ('Officials said 11 Grad rockets struck the city.', '11', 'strikes'),
    ('Officials said 12 buildings were damaged.', '12', 'other'),
    ('Officials said the blast claimed 45 lives.', '45', 'killed'),
    ('The fire claimed the lives of 12 labourers, the union said.', '12', 'killed'),
    ('The governor said 45 lives were lost in the flood.', '45', 'killed'),
    ('The mayor said 12 children were among the dead.', '12', 'killed'),
    ('Rescuers said they had recovered the bodies of 14 miners.', '14', 'killed'),
    ('Officials said 13 crew remain unaccounted for.', '13', 'missing'),
    ('The hospital said 12 pilgrims were hospitalised.', '12', 'wounded'),
    ('Police said 30 shoppers were treated for smoke inhalation.', '30', 'wounded'),
    ('The army said kidnappers were holding 14 farmers.', '14', 'detained'),
    ('Organisers said 50,000 protesters took to the streets.', '50,000', 'other'),
    ('Police said about 3,000 demonstrators marched through the city.', '3,000', 'other'),
    ('Organisers said 200,000 people joined the march.', '200,000', 'other'),
    ('Police estimated the crowd at 15,000.', '15,000', 'other'),
    ('Officials said 10,000 mourners attended the funeral.', '10,000', 'other'),
    ('Officials said the army evacuated 3,000 residents.', '3,000', 'displaced'),
    ('The UN said the camp was sheltering 5,000 people.', '5,000', 'displaced'),
    ('The monitor said artillery pounded the town with 200 shells.', '200', 'strikes'),
    ('The ministry said the air force flew 13 sorties.', '13', 'strikes'),
    ('The army said it hit 30 militant positions.', '30', 'strikes'),
    ('The army said jets struck 40 targets overnight.', '40', 'strikes'),
    ('The group said fighters fired 20 mortar bombs at the base.', '20', 'strikes'),
    ('The military said militants lobbed 8 mortars into the compound.', '8', 'strikes'),
    ('The military said Hezbollah fired a barrage of 35 rockets.', '35', 'strikes'),
    ('Officials said 120 rockets were fired at northern towns.', '120', 'strikes'),
    ('Ukraine said Russia attacked with 90 Shahed drones overnight.', '90', 'strikes'),
    ('Kyiv said Russia had launched 11 ballistic missiles.', '11', 'strikes'),
    ('Officials said 7 suicide drones hit the oil depot.', '7', 'strikes'),
    ('Activists said warplanes carried out 22 raids on the province.', '22', 'strikes'),
    ('Medics said 14 fishermen died when their boat capsized.', '14', 'killed'),
    ('Officials said two miners perished.', 'two', 'killed'),
    ('The agency said 61 migrants are feared dead.', '61', 'killed'),
    ('The agency said 61 migrants are presumed drowned.', '61', 'killed'),
    ('Police said 11 worshippers were crushed to death.', '11', 'ANY'),
    ('Police said 11 worshippers were trampled in the crush.', '11', 'wounded'),
    ('The monitor said 40 inmates were executed.', '40', 'killed'),
    ('Police said 6 prisoners were shot while trying to escape.', '6', 'wounded'),
    ('The army said 12 soldiers were slightly hurt.', '12', 'wounded'),
    ('Hospital officials said 9 nurses suffered burns.', '9', 'wounded'),
    ('The ministry said 3 doctors were among those detained.', '3', 'detained'),
    ('The ministry said 500 pilgrims suffered heatstroke.', '500', 'wounded'),
    ('Witnesses said 5 mourners were gunned down at the cemetery.', '5', 'killed'),
    ('Police said they had apprehended 23 smugglers.', '23', 'detained'),
    ('The group said it took 9 soldiers prisoner.', '9', 'detained'),
    ('The militia said it took 9 soldiers captive.', '9', 'detained'),
    ('The army said 19 gunmen were killed or captured.', '19', 'other'),
    ('Officials said 120 migrants were rescued at sea.', '120', 'other'),
    ('Officials said 42 asylum seekers were sent back.', '42', 'displaced'),
    ('Officials said 2,300 refugees crossed into Chad last week.', '2,300', 'displaced'),
    ('The ministry said the raids left 40 civilians dead.', '40', 'killed'),
    ('The ministry said the raids left 40 civilians injured.', '40', 'wounded'),
    ('The ministry said the floods left 40,000 homeless.', '40,000', 'displaced'),
    ('The ministry said the quake left 12 dead and 50 injured.', '12', 'killed'),
    ('The ministry said the quake left 12 dead and 50 injured.', '50', 'wounded'),
    ('The ministry said 14 bodies had been pulled from the sea.', '14', 'killed'),
    ('The council said 15 corpses washed ashore.', '15', 'killed'),
    ('The army said 31 servicemen had been taken prisoner.', '31', 'detained'),
    ('He said 4 relatives were among the victims.', '4', 'killed'),
    ('A medic said 9 were dead on arrival.', '9', 'killed'),
    ('Officials said the toll reached 45, including 12 fishermen.', '12', 'killed'),
    ('Officials said the toll reached 45, including 12 fishermen.', '45', 'killed'),
    ('Officials said the number of dead climbed to 60.', '60', 'killed'),
    ('The ministry said another 13 succumbed to their wounds.', '13', 'killed'),
    ('The spokesman said 27 protesters were beaten by police.', '27', 'wounded'),
    ('The ministry said 8 students were hit by rubber bullets.', '8', 'wounded'),
    ('The union said 14 journalists had been assaulted.', '14', 'ANY'),
    ('The ministry said 80 villagers were killed, 30 were abducted and 12 are missing.', '30', 'detained'),
    ('The ministry said 80 villagers were killed, 30 were abducted and 12 are missing.', '12', 'missing'),
    ('Police said 14 fishermen from the village of Kafr Saad on the northern coast have been missing since Tuesday.', '14', 'ANY'),
    ('The ministry said 12 students of the agricultural college in the northern city of Kano were abducted on Friday.', '12', 'detained'),
    ('The union said 9 construction workers employed by a subcontractor on the new metro line had died.', '9', 'killed'),
    ('Witnesses said 30 worshippers attending Friday prayers at the Grand Mosque in the old city were wounded.', '30', 'ANY'),
    ('The agency said 48 migrants, most of them from Eritrea and Sudan, drowned.', '48', 'ANY'),
    ('The army said 17 soldiers, including two officers and a military doctor, were killed.', '17', 'killed'),
    ('The coast guard said 7 crew members of the Panama-flagged cargo ship remain unaccounted for.', '7', 'missing'),
    ('Human rights groups said 60 protesters who had gathered outside parliament on Sunday evening were arrested.', '60', 'detained'),
    ('The ministry said 11 pilgrims from Indonesia, Egypt and Jordan who had travelled without permits died of heat.', '11', 'killed'),
    ('The monitor said 25 fighters of the Turkish-backed Syrian National Army were killed.', '25', 'killed'),
    ('Officials said 40 passengers on board the overcrowded bus that plunged into the ravine died.', '40', 'ANY'),
    ('Police said 9 members of the same extended family who lived in the three-storey building were killed.', '9', 'ANY'),
    ('The group said at least 14 of its fighters, among them a senior field commander, were killed.', '14', 'killed'),
    ('Medics said 12 schoolchildren on their way home from classes were hurt.', '12', 'wounded'),
    ('The health ministry said 6 nurses and 4 doctors at al-Shifa hospital were killed.', '6', 'killed'),
    ('The health ministry said 6 nurses and 4 doctors at al-Shifa hospital were killed.', '4', 'ANY'),
    ('Activists said 80 prisoners held in the central prison of the city were released.', '80', 'detained'),
    ('Authorities said 16 tourists travelling in a minibus towards the resort were wounded.', '16', 'wounded'),
    ('The army said it killed 35 Islamic State militants in the desert.', '35', 'killed'),
    ('The army said it had killed 35 militants belonging to the Islamic State group in the desert.', '35', 'killed'),
    ('Kyiv said its forces had downed 20 drones, while 12 missiles struck energy facilities.', '12', 'strikes'),
    ('The ministry said some 70 Grad and Katyusha rockets slammed into residential areas.', '70', 'strikes'),
    ('The monitor said the army fired more than 300 artillery and tank shells at villages south of Idlib.', '300', 'strikes'),
    ('The monitor said 18 of the barrel bombs hit residential buildings.', '18', 'strikes'),
    ('The governor said 3 of the 16 missiles hit the port.', '3', 'strikes'),
    ('The UN said 1,500 families in the eastern districts had fled.', '1,500', 'displaced'),
    ('Officials said 250 households in low-lying areas were evacuated.', '250', 'displaced'),
    ('The commission said it had documented 210 cases of torture.', '210', 'other'),
    ('The commission said it had documented 210 cases of arbitrary detention.', '210', 'detained'),
    ('The monitor said it had recorded 14 cases of kidnapping.', '14', 'detained'),
    ('Officials said 45 people, of whom 12 were children, died.', '12', 'killed'),
    ('The ministry said 45 people died. Twelve of them were children.', 'Twelve', 'killed'),
    ('The ministry said 45 people died, and that 12 of the dead were children.', '12', 'killed'),
    ('The ministry said 200 people were arrested, and that at least 40 remained in custody.', '40', 'detained'),
    ('The ministry said 200 people were injured, and that 15 remained in critical condition.', '15', 'wounded'),
    ('Police said 12 were still in hospital.', '12', 'wounded'),
    ('The ministry said 40 people were killed, among them 12 children and 8 women.', '8', 'killed'),
    ('The agency said the dead included 9 fishermen and 3 farmers.', '3', 'killed'),
    ('The ministry said 40 people were killed. Of the 40, 12 were children.', '12', 'killed'),
    ('The group said 16 aid workers were abducted, and that the remaining 11 were still being held.', '11', 'detained'),
    ('Police said 60 people were arrested and that at least 12 were students.', '12', 'detained'),
    ('The ministry said 45 people were injured, 12 of whom were in a critical condition.', '12', 'wounded'),
    ('The hospital said it had received 30 wounded, and four were on ventilators.', 'four', 'wounded'),
    ('The ministry said 200 people had been detained; 50 were later released.', '50', 'detained'),
    ('The agency said 30 migrants were missing and 21 had been rescued.', '21', 'other'),
    ('Officials said 14 people died, and that 9 were children.', '9', 'killed'),
    ('The army said 10 soldiers were killed, and that 3 were officers.', '3', 'killed'),
    ('The ministry said 80 people were wounded, 20 seriously.', '20', 'wounded'),
    ('The ministry said 80 people were wounded, 20 of them seriously.', '20', 'wounded'),
    ('Police said 14 people were detained, and that 6 remain in custody.', '6', 'detained'),
    ('The ICRC said 90 detainees were released, and 12 were older than 60.', '12', 'detained'),
    ('The ministry said the death toll rose to 50, up from 38.', '38', 'killed'),
    ('Officials said 19 people died, with 7 more still unaccounted for.', '7', 'missing'),
    ('The ministry said 34 were killed and 70 hurt.', '70', 'wounded'),
    ('The ministry said 34 were killed and 70 hurt.', '34', 'killed'),
    ('Police said 12 died at the scene and 4 in hospital.', '4', 'ANY'),
    ('The agency said 2,000 had fled, most of them women and children.', '2,000', 'displaced'),
    ('The ministry said at least 12 have died, according to its latest count.', '12', 'killed'),
    ('The ministry said 12 were confirmed dead.', '12', 'killed'),
    ('Officials said 3 were feared dead.', '3', 'killed'),
    ('Medics said 5 had been hospitalised.', '5', 'wounded'),
    ('The army said it had taken 40 prisoner.', '40', 'detained'),
    ('Police said dozens were arrested.', 'dozens', 'detained'),
    ('Activists said hundreds were killed.', 'hundreds', 'killed'),
    ('The UN said thousands remain displaced.', 'thousands', 'displaced'),
]


@pytest.mark.parametrize(("text", "number", "cat"), EN_COUNTS)
def test_en_counts_are_figures(text, number, cat):
    _check(text, "en", number, cat)


# --- breadth: people and strikes counted, Arabic --------------------------------------------

AR_COUNTS = [
    ('قال خفر السواحل إن 14 صياداً فقدوا بعد العاصفة.', '14', 'missing'),
    ('أفادت الوزارة بمقتل 9 عمال في الانفجار.', '9', 'killed'),
    ('قالت السلطات إن 1301 حاج توفوا خلال موسم الحج.', '1301', 'killed'),
    ('قالت المنظمة إن 61 مهاجراً غرقوا قبالة السواحل.', '61', 'killed'),
    ('قالت الشرطة إنها أوقفت 40 مهاجراً على الحدود.', '40', 'detained'),
    ('قال المسؤول إن 300 طالب اختطفوا من المدرسة.', '300', 'detained'),
    ('قالت الوزارة إن 27 تلميذاً أصيبوا في القصف.', '27', 'wounded'),
    ('قال الهلال الأحمر إن ثلاثة مسعفين استشهدوا.', 'ثلاثة', 'killed'),
    ('قالت الشرطة إن 17 مصلياً قتلوا في تفجير المسجد.', '17', 'killed'),
    ('قالت الشركة إن 132 راكباً لقوا حتفهم.', '132', 'killed'),
    ('قال الدفاع المدني إن 25 متظاهراً أصيبوا بالرصاص الحي.', '25', 'wounded'),
    ('قال شهود إن ستة مشيعين قتلوا عندما فتح مسلحون النار على الجنازة.', 'ستة', 'killed'),
    ('قالت الهيئة إن 50 أسيراً أفرج عنهم.', '50', 'detained'),
    ('قالت مصلحة السجون إن 11 سجيناً توفوا.', '11', 'killed'),
    ('قال الجيش إن 30 مجنداً قتلوا.', '30', 'killed'),
    ('قال الجيش إن 15 جندياً قتلوا في الهجوم.', '15', 'killed'),
    ('قالت الوزارة إن 21 عنصراً أصيبوا بجروح.', '21', 'wounded'),
    ('قال الجيش إنه قتل 30 مسلحاً.', '30', 'killed'),
    ('قال الجيش إن 45 مقاتلاً سلموا أنفسهم.', '45', 'detained'),
    ('قالت الشرطة إنها اعتقلت 10 مستوطنين.', '10', 'detained'),
    ('قال الأطباء إن رضيعين توفيا بسبب البرد.', 'رضيعين', 'killed'),
    ('قال الأطباء إن ثلاثة رضع توفوا بسبب البرد.', 'ثلاثة', 'killed'),
    ('قال الأهالي إن 11 من أفراد عائلة واحدة قتلوا في الغارة.', '11', 'killed'),
    ('قال الأهالي إن سبعة أفراد من عائلة واحدة استشهدوا.', 'سبعة', 'ANY'),
    ('قالت الوزارة إن 1200 عائلة نزحت من المنطقة.', '1200', 'displaced'),
    ('قالت المنظمة إن 300 أسرة اضطرت إلى النزوح.', '300', 'displaced'),
    ('قالت المصادر إن 12 طالباً اعتقلوا.', '12', 'detained'),
    ('قال المسؤول إن 16 طبيباً قتلوا منذ بداية الحرب.', '16', 'killed'),
    ('قالت النقابة إن 42 صحفياً معتقلون.', '42', 'detained'),
    ('قال الدفاع المدني إن 23 عاملاً محاصرون تحت الأنقاض.', '23', 'missing'),
    ('قالت الوزارة إن ثمانية ركاب أصيبوا.', 'ثمانية', 'wounded'),
    ('قال المرصد إن 14 من عناصر قوات النظام قتلوا.', '14', 'killed'),
    ('قال الجيش إن 22 إرهابياً قتلوا.', '22', 'killed'),
    ('قالت الوزارة إن 20 مزارعاً قتلوا برصاص الرعاة.', '20', 'killed'),
    ('قال المتحدث إن 35 قروياً ذبحوا.', '35', 'killed'),
    ('قال المسؤول إن 19 سائحاً أصيبوا.', '19', 'wounded'),
    ('قالت الوزارة إن 57 مصلياً أصيبوا في التدافع.', '57', 'wounded'),
    ('قالت السلطات إن 3000 مهاجر رحلوا.', '3000', 'displaced'),
    ('قال الجيش إن 16 جندياً ارتقوا شهداء.', '16', 'killed'),
    ('قال المسؤول إن 120 متظاهراً اعتقلوا.', '120', 'detained'),
    ('قال المسؤول إن 18 قروياً اختطفوا.', '18', 'detained'),
    ('قال المسؤول إن 240 أسيراً أطلق سراحهم.', '240', 'detained'),
    ('قال المسؤول إن 8000 قروي فروا من منازلهم.', '8000', 'displaced'),
    ('قالت الحركة إن 13 من مقاتليها قتلوا في الاشتباكات.', '13', 'killed'),
    ('قالت المصادر إن 40 مرتزقاً أسروا.', '40', 'detained'),
    ('قالت الوزارة إن أربعة معلمين قتلوا رمياً بالرصاص.', 'أربعة', 'killed'),
    ('قالت الوزارة إن 11 ممرضاً أصيبوا.', '11', 'wounded'),
    ('قالت الأمم المتحدة إن 280 من عمال الإغاثة قتلوا هذا العام.', '280', 'killed'),
    ('قال المتحدث إن ستة من أفراد الطاقم في عداد المفقودين.', 'ستة', 'missing'),
    ('قال المتحدث إن 9 مسنين توفوا بسبب موجة الحر.', '9', 'killed'),
    ('قالت المصادر إن 14 من أقارب القائد اعتقلوا.', '14', 'detained'),
    ('قالت الوزارة إن 40 شخصاً قتلوا، بينهم 12 طفلاً.', '12', 'killed'),
    ('قالت الوزارة إن 40 شخصاً قتلوا، بينهم 12.', '12', 'killed'),
    ('قالت الوزارة إن 30 شخصاً أصيبوا، منهم 5 في حالة خطرة.', '5', 'wounded'),
    ('قالت الوزارة إن 30 شخصاً أصيبوا، منهم 5.', '5', 'wounded'),
    ('قال المرصد إن عدد القتلى بلغ 31، بينهم 9 نساء.', '9', 'killed'),
    ('قال المسؤول إن الاعتقالات طالت 50، بينهم 20 قاصراً.', '20', 'detained'),
    ('قالت الوزارة إنها سجلت 14 حالة وفاة.', '14', 'killed'),
    ('قالت المنظمة إنها وثقت 58 حالة اعتقال.', '58', 'detained'),
    ('قالت المنظمة إنها وثقت 33 حالة اختفاء قسري.', '33', 'missing'),
    ('قالت المنظمة إنها رصدت 20 حالة اختطاف.', '20', 'detained'),
    ('قالت الوزارة إنها سجلت 7 حالات وفاة جديدة.', '7', 'killed'),
    ('قال المرصد إنه وثق 45 حالة إصابة.', '45', 'wounded'),
    ('قال المرصد إن قوات النظام أطلقت 40 قذيفة على البلدة.', '40', 'strikes'),
    ('قال الجيش إن المسلحين أطلقوا 12 صاروخاً على المدينة.', '12', 'strikes'),
    ('قال ناشطون إن المروحيات ألقت 18 برميلاً متفجراً على البلدة.', '18', 'strikes'),
    ('قال المسؤول إن روسيا أطلقت 30 صاروخاً و50 مسيّرة خلال الليل.', '30', 'strikes'),
    ('قال المسؤول إن روسيا أطلقت 30 صاروخاً و50 مسيّرة خلال الليل.', '50', 'strikes'),
    ('قال المرصد إن 60 قذيفة مدفعية سقطت على القرية.', '60', 'strikes'),
    ('قال المرصد إن الطيران شن 25 غارة على المنطقة.', '25', 'strikes'),
    ('قال المصدر إن البلدة تعرضت لـ200 قذيفة هاون.', '200', 'strikes'),
    ('قالت الحركة إنها أطلقت 15 طائرة مسيّرة نحو المطار.', '15', 'strikes'),
    ('قال المرصد إن الطائرات الحربية نفذت 35 ضربة جوية.', '35', 'strikes'),
    ('قال المرصد إن المروحيات ألقت 22 برميلاً على المدينة.', '22', 'strikes'),
    ('قالت الوزارة إن عدد الضحايا ارتفع إلى 45.', '45', 'killed'),
    ('قالت السلطات إن الانفجار حصد أرواح 45 شخصاً.', '45', 'killed'),
    ('قالت السلطات إن الحريق أودى بحياة 12 عاملاً.', '12', 'killed'),
    ('قال الدفاع المدني إنه انتشل جثث 12 عاملاً.', '12', 'killed'),
    ('قالت الوزارة إن 13 من أفراد الطاقم لا يزالون في عداد المفقودين.', '13', 'missing'),
    ('قالت الوزارة إن 12 حاجاً نقلوا إلى المستشفى.', '12', 'wounded'),
    ('قال الجيش إن الخاطفين يحتجزون 14 مزارعاً.', '14', 'detained'),
    ('قال المنظمون إن 50 ألف متظاهر خرجوا إلى الشوارع.', '50', 'other'),
    ('قالت الشرطة إن نحو 3000 متظاهر ساروا في وسط المدينة.', '3000', 'other'),
    ('قال المنظمون إن 200 ألف شخص شاركوا في المسيرة.', '200', 'other'),
    ('قال المسؤول إن 10 آلاف مشيع شاركوا في الجنازة.', '10', 'other'),
    ('قالت السلطات إنها أجلت 3000 من السكان.', '3000', 'displaced'),
    ('قالت الأمم المتحدة إن المخيم يؤوي 5000 نازح.', '5000', 'displaced'),
    ('قال المرصد إن المدفعية دكت البلدة بـ200 قذيفة.', '200', 'strikes'),
    ('قال المرصد إن الطيران نفذ 13 طلعة جوية.', '13', 'strikes'),
    ('قال الجيش إنه استهدف 30 موقعاً للمسلحين.', '30', 'strikes'),
    ('قال الجيش إن طائراته قصفت 40 هدفاً.', '40', 'strikes'),
    ('قال المرصد إن المسلحين أطلقوا 20 قذيفة هاون على القاعدة.', '20', 'strikes'),
    ('قال الجيش إن الحزب أطلق رشقة من 35 صاروخاً.', '35', 'strikes'),
    ('قال المسؤول إن روسيا هاجمت بـ90 مسيّرة من طراز شاهد.', '90', 'strikes'),
    ('قال المسؤول إن روسيا أطلقت 11 صاروخاً باليستياً.', '11', 'strikes'),
    ('قال المرصد إن مروحيات النظام ألقت 16 برميلاً متفجراً على البلدة.', '16', 'strikes'),
    ('قال ناشطون إن الطائرات الحربية شنت 22 غارة على المحافظة.', '22', 'strikes'),
    ('قال المسعفون إن 14 صياداً لقوا حتفهم عندما انقلب قاربهم.', '14', 'killed'),
    ('قالت المنظمة إنه يخشى أن يكون 61 مهاجراً غرقوا.', '61', 'killed'),
    ('قالت الشرطة إن 11 مصلياً لقوا مصرعهم دهساً.', '11', 'killed'),
    ('قال المرصد إن 40 سجيناً أعدموا.', '40', 'killed'),
    ('قال الجيش إن 12 جندياً أصيبوا بجروح طفيفة.', '12', 'wounded'),
    ('قال المستشفى إن 9 ممرضات أصبن بحروق.', '9', 'wounded'),
    ('قالت الوزارة إن 500 حاج أصيبوا بضربات شمس.', '500', 'wounded'),
    ('قال شهود إن 5 مشيعين قتلوا بالرصاص في المقبرة.', '5', 'killed'),
    ('قالت الشرطة إنها ضبطت 23 مهرباً.', '23', 'detained'),
    ('قالت الحركة إنها أسرت 9 جنود.', '9', 'detained'),
    ('قالت السلطات إنها رحلت 42 طالب لجوء.', '42', 'displaced'),
    ('قالت المفوضية إن 2300 لاجئ عبروا إلى تشاد الأسبوع الماضي.', '2300', 'displaced'),
    ('قالت الوزارة إن الغارات خلفت 40 قتيلاً من المدنيين.', '40', 'killed'),
    ('قالت الوزارة إن الفيضانات شردت 40 ألف شخص.', '40', 'displaced'),
    ('قالت الوزارة إن الزلزال خلف 12 قتيلاً و50 جريحاً.', '50', 'wounded'),
    ('قالت الوزارة إن 14 جثة انتشلت من البحر.', '14', 'killed'),
    ('قال المجلس إن الأمواج قذفت 15 جثة إلى الشاطئ.', '15', 'killed'),
    ('قال المسعف إن 9 منهم فارقوا الحياة قبل وصولهم إلى المستشفى.', '9', 'killed'),
    ('قال المسؤولون إن الحصيلة بلغت 45، بينهم 12 صياداً.', '12', 'killed'),
    ('قال المسؤولون إن الحصيلة بلغت 45، بينهم 12 صياداً.', '45', 'killed'),
    ('قالت الوزارة إن 13 آخرين توفوا متأثرين بجروحهم.', '13', 'killed'),
    ('قال المتحدث إن 27 متظاهراً تعرضوا للضرب على أيدي الشرطة.', '27', 'ANY'),
    ('قالت النقابة إن 14 صحفياً تعرضوا للاعتداء.', '14', 'ANY'),
    ('قالت الوزارة إن 80 قروياً قتلوا و30 اختطفوا و12 مفقودون.', '30', 'ANY'),
    ('قالت الوزارة إن 80 قروياً قتلوا و30 اختطفوا و12 مفقودون.', '12', 'missing'),
    ('قال المتحدث إن القوات اقتادت 30 شاباً إلى جهة مجهولة.', '30', 'ANY'),
    ('قال المتحدث إن 30 شاباً اقتيدوا إلى جهة مجهولة.', '30', 'ANY'),
    ('قالت المصادر إن قوات الاحتلال اعتقلت 15 فلسطينياً.', '15', 'detained'),
    ('قال نادي الأسير إن عدد الأسرى بلغ 9500.', '9500', 'detained'),
    ('قالت الوزارة إن 200 طالب تسمموا في المدرسة.', '200', 'ANY'),
    ('قال المرصد إن 7 من عناصر الفصائل قضوا في الاشتباكات.', '7', 'killed'),
    ('قال المرصد إن الاشتباكات أسفرت عن سقوط 7 قتلى.', '7', 'killed'),
    ('قال المرصد إن المعارك أسفرت عن مقتل وجرح 30 عنصراً.', '30', 'other'),
    ('قالت الوزارة إن 3 أطباء بين المعتقلين.', '3', 'detained'),
    ('قالت الوزارة إن من بين القتلى 12 طفلاً.', '12', 'killed'),
    ('قالت الوزارة إن القصف طال 6 منازل.', '6', 'other'),
    ('قال المتحدث إن المسلحين اقتحموا القرية وخطفوا 18 من سكانها.', '18', 'detained'),
    ('قال الأهالي إن العاصفة جرفت 3 صيادين.', '3', 'ANY'),
    ('قال المسؤول إن 15 عاملاً علقوا في المنجم.', '15', 'ANY'),
    ('قال المسؤول إن 1500 عائلة هجرت قسراً من القرى.', '1500', 'displaced'),
    ('قالت الوزارة إن 44 مدنياً سقطوا بين قتيل وجريح.', '44', 'other'),
    ('قال الهلال الأحمر إن طواقمه أسعفت 60 مصاباً.', '60', 'wounded'),
    ('قالت الحركة إنها قنصت 3 جنود.', '3', 'ANY'),
    ('قالت الوزارة إن ثلاثة شهداء ارتقوا في القصف.', 'ثلاثة', 'killed'),
    ('قالت الوزارة إن 6 أطفال ماتوا جوعاً.', '6', 'killed'),
    ('قالت الشرطة إن 14 صياداً من أبناء قرية كفر سعد على الساحل الشمالي فقدوا منذ الثلاثاء.', '14', 'missing'),
    ('قال المسؤولون إن 23 عاملاً من عمال الوردية الليلية في منجم الفحم الحكومي قتلوا.', '23', 'killed'),
    ('قالت الوزارة إن 12 طالباً من كلية الزراعة في مدينة كانو الشمالية اختطفوا يوم الجمعة.', '12', 'detained'),
    ('قال شهود إن 30 مصلياً كانوا يؤدون صلاة الجمعة في الجامع الكبير أصيبوا.', '30', 'wounded'),
    ('قالت المنظمة إن 48 مهاجراً، معظمهم من إريتريا والسودان، غرقوا.', '48', 'killed'),
    ('قال الجيش إن 17 جندياً، بينهم ضابطان وطبيب عسكري، قتلوا.', '17', 'killed'),
    ('قالت منظمات حقوقية إن 60 متظاهراً تجمعوا أمام البرلمان مساء الأحد اعتقلوا.', '60', 'ANY'),
    ('قال المرصد إن 25 عنصراً من فصائل الجيش الوطني السوري الموالية لتركيا قتلوا.', '25', 'killed'),
    ('قال المسؤولون إن 40 راكباً كانوا على متن الحافلة التي سقطت في الوادي لقوا حتفهم.', '40', 'killed'),
    ('قالت الشرطة إن 9 أفراد من عائلة واحدة كانوا يقطنون المبنى قتلوا.', '9', 'killed'),
    ('قالت الحركة إن 14 على الأقل من مقاتليها، بينهم قائد ميداني بارز، قتلوا.', '14', 'killed'),
    ('قالت وزارة الصحة إن 6 ممرضين و4 أطباء في مستشفى الشفاء استشهدوا.', '4', 'killed'),
    ('قال ناشطون إن 80 معتقلاً في السجن المركزي أفرج عنهم.', '80', 'detained'),
    ('قال الجيش إنه قتل 35 من عناصر تنظيم الدولة في البادية.', '35', 'killed'),
    ('قالت الوزارة إن نحو 70 صاروخ غراد وكاتيوشا سقطت على الأحياء السكنية.', '70', 'strikes'),
    ('قال المرصد إن الجيش أطلق أكثر من 300 قذيفة مدفعية ودبابة على قرى جنوب إدلب.', '300', 'strikes'),
    ('قال المرصد إن 18 من البراميل المتفجرة أصابت مبانٍ سكنية.', '18', 'strikes'),
    ('قال المحافظ إن 3 من الصواريخ الـ16 أصابت الميناء.', '3', 'strikes'),
    ('قالت الأمم المتحدة إن 1500 عائلة في الأحياء الشرقية نزحت.', '1500', 'displaced'),
    ('قال المسؤولون إن 250 أسرة في المناطق المنخفضة أجليت.', '250', 'displaced'),
    ('قالت اللجنة إنها وثقت 210 حالات تعذيب.', '210', 'other'),
    ('قالت اللجنة إنها وثقت 210 حالات احتجاز تعسفي.', '210', 'detained'),
    ('قال المسؤولون إن 45 شخصاً لقوا حتفهم، من بينهم 12 طفلاً.', '12', 'killed'),
    ('قالت الوزارة إن 45 شخصاً توفوا، وإن 12 منهم أطفال.', '12', 'killed'),
    ('قالت الوزارة إن 200 شخص اعتقلوا، وإن 40 منهم على الأقل لا يزالون قيد الاحتجاز.', '40', 'detained'),
    ('قالت الوزارة إن 200 شخص أصيبوا، وإن 15 منهم في حالة حرجة.', '15', 'wounded'),
    ('قالت الشرطة إن 12 لا يزالون في المستشفى.', '12', 'wounded'),
    ('قالت الوزارة إن 40 شخصاً قتلوا، بينهم 12 طفلاً و8 نساء.', '8', 'killed'),
    ('قالت الوكالة إن بين القتلى 9 صيادين و3 مزارعين.', '3', 'killed'),
    ('قال المرصد إن الاشتباكات أوقعت 7 قتلى و10 جرحى في صفوف الطرفين.', '10', 'wounded'),
    ('قال المصدر إن 11 من أفراد أسرة واحدة قضوا تحت الأنقاض.', '11', 'ANY'),
    ('قال المصدر إن القصف أدى إلى استشهاد 11 فرداً من عائلة واحدة.', '11', 'killed'),
    ('قال المسؤول إن 3 مسيرات انقضاضية استهدفت المطار.', '3', 'strikes'),
    ('قال المرصد إن الطائرات المسيرة نفذت 14 ضربة.', '14', 'strikes'),
    ('قال المرصد إن قوات النظام قصفت البلدة بـ30 قذيفة صاروخية.', '30', 'strikes'),
    ('قال الجيش إن المسلحين استهدفوا الثكنة بـ5 قذائف هاون.', '5', 'strikes'),
    ('قالت الوزارة إن العدوان أسفر عن ارتقاء 17 شهيداً.', '17', 'killed'),
    ('قال المتحدث إن 22 من كوادر الدفاع المدني استشهدوا.', '22', 'killed'),
    ('قال المتحدث إن 22 من منتسبي الدفاع المدني أصيبوا.', '22', 'wounded'),
    ('قال المتحدث إن 6 من الطواقم الطبية استشهدوا.', '6', 'killed'),
    ('قالت الوزارة إن 40 شخصاً قتلوا، منهم 12 طفلاً.', '12', 'killed'),
    ('قالت الحركة إن 16 من عمال الإغاثة اختطفوا، وإن الـ11 الباقين ما زالوا محتجزين.', '11', 'detained'),
    ('قالت الشرطة إنها اعتقلت 60 شخصاً، وإن 12 منهم طلاب.', '12', 'detained'),
    ('قالت الوزارة إن 45 شخصاً أصيبوا، 12 منهم في حالة حرجة.', '12', 'wounded'),
    ('قال المستشفى إنه استقبل 30 جريحاً، أربعة منهم على أجهزة التنفس.', 'أربعة', 'wounded'),
    ('قالت الوزارة إن 200 شخص اعتقلوا، وأفرج لاحقاً عن 50 منهم.', '50', 'detained'),
    ('قالت الوزارة إن 80 شخصاً أصيبوا، بينهم 20 بجروح خطيرة.', '20', 'wounded'),
    ('قالت الوزارة إن 34 قتلوا وأصيب 70.', '70', 'wounded'),
    ('قالت الوزارة إن 34 قتلوا وأصيب 70.', '34', 'killed'),
    ('قالت الشرطة إن 12 توفوا في موقع الحادث و4 في المستشفى.', '4', 'killed'),
    ('قالت الوكالة إن 2000 فروا، معظمهم من النساء والأطفال.', '2000', 'displaced'),
    ('قالت الوزارة إن 12 على الأقل لقوا حتفهم.', '12', 'killed'),
    ('قالت الشرطة إنها اعتقلت العشرات.', 'العشرات', 'detained'),
    ('قال ناشطون إن المئات قتلوا.', 'المئات', 'killed'),
    ('قالت الأمم المتحدة إن الآلاف ما زالوا نازحين.', 'الآلاف', 'displaced'),
    ('قالت الوزارة إن 19 توفوا، وإن 7 آخرين ما زالوا في عداد المفقودين.', '7', 'missing'),
    ('قال المستشفى إن 5 نقلوا إلى العناية المركزة.', '5', 'wounded'),
    ('قالت الشرطة إن العشرات اعتقلوا.', 'العشرات', 'detained'),
    ('قال المرصد إن العشرات سقطوا بين قتيل وجريح.', 'العشرات', 'other'),
    ('قال المسؤول إن السجن يضم حالياً أكثر من 7 آلاف معتقل.', '7', 'detained'),
]


@pytest.mark.parametrize(("text", "number", "cat"), AR_COUNTS)
def test_ar_counts_are_figures(text, number, cat):
    _check(text, "ar", number, cat)


# --- negatives: numbers that count nothing the tables are about -----------------------------

EN_NOT_FIGURES = [
    ('The ministry said the attack took place on 12 March.', '12'),
    ('The ministry said the attack happened at 3 a.m.', '3'),
    ('Police said a 12-year-old boy was killed.', '12'),
    ('Police said the victim, aged 34, was shot dead.', '34'),
    ('The army said the siege lasted 40 days.', '40'),
    ('Officials said the shells landed 5 km from the border.', '5'),
    ('The ministry said it would pay $2 million in compensation.', '2 million'),
    ('The agency said 40 percent of the population fled.', '40'),
    ('The group said the war began in 2014.', '2014'),
    ('The minister said UN resolution 2254 must be implemented.', '2254'),
    ('The army said it was the second attack this week.', 'second'),
    # ("He said one of the soldiers was killed." is now a figure of 1: session-18 decision,
    # tests/test_figures_en_humanitarian_s18.py)
    ('He said one of the soldiers said the attack failed.', 'one'),
    ('Officials said callers could dial 112 for help.', '112'),
    ('The ministry said three-year-old Ali died of his wounds.', 'three'),
    ('The ministry said the boy, 7, was wounded.', '7'),
    ('The army said the convoy of 20 trucks reached the town.', '20'),
    ('Police said it was the 3rd such incident.', '3rd'),
    ('The report said Article 5 applies.', '5'),
    ('The ministry said the strike hit Route 60.', '60'),
    ('Officials said the storm packed winds of 120 km/h.', '120'),
    ('The agency said the quake had a magnitude of 6.1.', '6.1'),
    ('The ministry said the talks will resume in two weeks.', 'two'),
    ('He said the 40-year-old father of three was killed.', '40'),
    ('Police said the shooter, a 19-year-old, was arrested.', '19'),
]

AR_NOT_FIGURES = [
    ('قالت الوزارة إن الهجوم وقع في 12 آذار.', '12'),
    ('قالت الوزارة إن الهجوم وقع عند الساعة 3 فجراً.', '3'),
    ('قالت الشرطة إن طفلاً يبلغ من العمر 12 عاماً قتل.', '12'),
    ('قالت الشرطة إن الضحية البالغ من العمر 34 عاماً قتل بالرصاص.', '34'),
    ('قال الجيش إن الحصار استمر 40 يوماً.', '40'),
    ('قال المسؤول إن القذائف سقطت على بعد 5 كيلومترات من الحدود.', '5'),
    ('قالت الوزارة إنها ستدفع 2 مليون دولار تعويضات.', '2'),
    ('قالت الوكالة إن 40 في المئة من السكان نزحوا.', '40'),
    ('قالت الجماعة إن الحرب بدأت عام 2014.', '2014'),
    ('قال الوزير إن القرار 2254 يجب أن ينفذ.', '2254'),
    ('قال الجيش إنه الهجوم الثاني هذا الأسبوع.', 'الثاني'),
    ('قال المسؤول إن واحداً من الجنود قتل.', 'واحداً'),
    ('قالت الوزارة إن المواطنين يمكنهم الاتصال بالرقم 112.', '112'),
    ('قالت الوزارة إن الطفل (7 أعوام) أصيب بجروح.', '7'),
    ('قالت الوزارة إن قافلة من 20 شاحنة وصلت إلى البلدة.', '20'),
    ('قال المسؤول إن الشاب البالغ 19 عاماً اعتقل.', '19'),
    ('قالت الهيئة إن الزلزال بلغت قوته 6.1 درجات.', '6.1'),
    ('قالت الوزارة إن المحادثات ستستأنف بعد أسبوعين.', 'أسبوعين'),
    ('قال المسؤول إن رجلاً في الأربعين من عمره قتل.', 'الأربعين'),
    # («قال المسؤول إن أحد الجنود قتل.» is a figure of 1 since the session-18 decision: «أحد» of a
    # group with a harm word; tests/test_figures_ar_one_of_s18.py)
    ('قالت الوزارة إن المستشفى يعمل بنسبة 30% من طاقته.', '30'),
    ('قالت الوزارة إن الغارة استهدفت الطريق رقم 60.', '60'),
]


@pytest.mark.parametrize(("text", "number"), EN_NOT_FIGURES)
def test_en_not_figures(text, number):
    assert _cats(text, "en", number) == [], text


@pytest.mark.parametrize(("text", "number"), AR_NOT_FIGURES)
def test_ar_not_figures(text, number):
    assert _cats(text, "ar", number) == [], text


EN_NO_FIGURE_AT_ALL = [
    'The ministry said the strike happened at 11:40 p.m. on Tuesday, killing no one.',
    'The army said the operation began on October 7 and lasted 45 days.',
    'Police said the 17-year-old was detained at 2 a.m.',
    'The ministry said the victims were aged between 18 and 25.',
    'The agency said the quake struck at a depth of 10 km, 40 km from the city.',
    'Officials said the fire destroyed 4,500 hectares of forest.',
    'The ministry said it had allocated $50 million for the 12 provinces.',
    'The UN said 80 percent of residents lacked water.',
    'The council said resolution 2728 demanded a ceasefire.',
    'Police said the suspect, 34, was the third man arrested in the case.',
    'The ministry said the hotline, 1919, was open day and night.',
    # ('The army said one of the soldiers was killed.' is a figure of 1 since the session-18
    # decision "one of" a group with a harm word; tests/test_figures_en_humanitarian_s18.py)
    'The army said one of the reasons was the weather.',
    'The army said one of its drones was lost.',
    'The ministry said the school, built in 1998, was hit.',
    'Police said the man was sentenced to 15 years in prison.',
    'Officials said the 2023 floods were the worst in 50 years.',
    'The agency said the ship was carrying 3,000 tonnes of wheat.',
    'He said the bus was travelling at 90 km/h when it overturned.',
    'The ministry said the storm dumped 300 mm of rain.',
    'Officials said the temperature reached 48 degrees.',
    'The army said its Brigade 77 repelled the attack.',
    'The ministry said Flight 302 crashed minutes after take-off, killing all on board.',
    'The ministry said the 4th Division was deployed.',
    'Police said he was one of the first to arrive.',
    'The spokesman said the ceasefire would last 72 hours.',
    'The minister said the talks would resume within two weeks.',
    'The ministry said a 12-year-old girl was among the wounded.',
    'The monitor said a 60-year-old man died in custody.',
    'The army said 300 troops were deployed to the area.',
    'Officials said 12 trucks of aid entered the strip.',
]

AR_NO_FIGURE_AT_ALL = [
    'قالت الوزارة إن الغارة وقعت عند الساعة 11:40 ليلاً.',
    'قال الجيش إن العملية بدأت في 7 أكتوبر واستمرت 45 يوماً.',
    'قالت الشرطة إن الفتى البالغ 17 عاماً اعتقل فجراً.',
    'قالت الوزارة إن أعمار الضحايا تراوحت بين 18 و25 عاماً.',
    'قالت الهيئة إن الزلزال وقع على عمق 10 كيلومترات.',
    'قال المسؤولون إن الحريق أتى على 4500 هكتار من الغابات.',
    'قالت الوزارة إنها خصصت 50 مليون دولار للمحافظات.',
    'قالت الأمم المتحدة إن 80 في المئة من السكان يفتقرون إلى المياه.',
    'قال المجلس إن القرار 2728 طالب بوقف إطلاق النار.',
    'قالت الوزارة إن الخط الساخن 1919 يعمل على مدار الساعة.',
    # («قال الجيش إن أحد جنوده قتل.» is a figure of 1 since the session-18 'one of' decision)
    'قالت الوزارة إن المدرسة التي بنيت عام 1998 تعرضت للقصف.',
    'قالت الشرطة إن الرجل حكم عليه بالسجن 15 عاماً.',
    'قال المسؤولون إن فيضانات 2023 كانت الأسوأ منذ 50 عاماً.',
    'قالت الوكالة إن السفينة كانت تحمل 3000 طن من القمح.',
    'قال المتحدث إن الهدنة ستستمر 72 ساعة.',
    'قالت الوزارة إن طفلة في الثانية عشرة من عمرها بين المصابين.',
    'قال المرصد إن رجلاً يبلغ من العمر 60 عاماً توفي في الحجز.',
    'قال الجيش إنه نشر 300 جندي في المنطقة.',
    'قال المسؤولون إن 12 شاحنة مساعدات دخلت القطاع.',
    'قالت الوزارة إن درجة الحرارة بلغت 48 درجة مئوية.',
    'قال المتحدث إن اللواء 77 صد الهجوم.',
    'قال الوزير إن المحادثات ستستأنف خلال أسبوعين.',
    'قال مسؤولان أمنيان إن الهجوم وقع ليلاً.',
    'قالت الشرطة إن حارسي المرمى غادرا الملعب.',
    'قالت الوزارة إن مسافرين عالقين في المطار ينتظرون.',
]


@pytest.mark.parametrize("text", EN_NO_FIGURE_AT_ALL)
def test_en_sentences_without_figures(text):
    assert find_figures(text, "en") == [], text


@pytest.mark.parametrize("text", AR_NO_FIGURE_AT_ALL)
def test_ar_sentences_without_figures(text):
    assert find_figures(text, "ar") == [], text


# --- 1. person nouns the lexicon lacked --------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "cat"), [
    ("The group said it had lost 12 paratroopers in the fighting.", "12", "killed"),
    ("The army said it lost nine commandos in the raid.", "nine", "killed"),
    ("Police said they had seized 12 pirates off the coast.", "12", "detained"),
    ("The navy said it seized 7 traffickers and their boat.", "7", "detained"),
    ("The rebels said they had lost 30 guerrillas.", "30", "killed"),
    ("قالت الشرطة إنها ضبطت 23 مهرباً على الحدود.", "23", "detained"),
    ("قالت الحركة إنها فقدت 12 طياراً في المعارك.", "12", "killed"),
    ("قالت الوزارة إن القصف أدى إلى سقوط 12 مراهقاً.", "12", "killed"),
    ("قالت الوزارة إن الغارة أسفرت عن مقتل 7 سيدات.", "7", "killed"),
])
def test_new_person_nouns_keep_their_weak_cue(text, number, cat):
    _check(text, "en" if text.isascii() else "ar", number, cat)


@pytest.mark.parametrize(("text", "dual", "cat"), [
    ("قال الأطباء إن رضيعين توفيا بسبب البرد.", "رضيعين", "killed"),
    ("قالت الوزارة إن حاجين توفيا بسبب الحر.", "حاجين", "killed"),
    ("قال المستشفى إن ممرضتين أصيبتا في القصف.", "ممرضتين", "wounded"),
    ("قالت الوزارة إن الغارة أسفرت عن مقتل سيدتين.", "سيدتين", "killed"),
    ("قالت الشرطة إنها اعتقلت مراهقَين اثنين.", "مراهقَين", "detained"),
])
def test_duals_of_new_person_nouns_count_two(text, dual, cat):
    _check(text, "ar", dual, cat)


@pytest.mark.parametrize("text", [
    # a sound plural without its fatha is the plural, no two
    "قالت الوزارة إن الغارة أسفرت عن مقتل مهربين.",
    "قالت الوزارة إن مسافرين عالقين في المطار ينتظرون.",
    # speakers' titles stay out: two officials speak, nobody is counted
    "قال مسؤولان أمنيان إن الهجوم وقع ليلاً.",
])
def test_plurals_and_speakers_are_no_dual(text):
    assert find_figures(text, "ar") == [], text


# --- 2. a title-case headline's verb is no name -------------------------------------------------

@pytest.mark.parametrize(("text", "number", "cat"), [
    ("Airstrike On Sudan Market Kills 40, Activists Say", "40", "killed"),
    ("Gunmen Abduct 25 Students In Northern Nigeria, Police Say", "25", "detained"),
    ("Floods Displace 3,000 In Kenya, Red Cross Says", "3,000", "displaced"),
    ("Police Arrest 45 After Protest Turns Violent", "45", "detained"),
])
def test_title_case_headline_verbs(text, number, cat):
    _check(text, "en", number, cat)


@pytest.mark.parametrize(("text", "number"), [
    ("Gate 3 was closed after the attack, police said.", "3"),
    ("The convoy waited at Checkpoint 12 for hours, the agency said.", "12"),
])
def test_names_with_numbers_stay_names(text, number):
    assert _cats(text, "en", number) == [], text


# --- 3. ages -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("The ministry said the boy, 7, was wounded.", "7"),
    ("Police said a soldier, 23, was killed at the checkpoint.", "23"),
    ("Police said her son, 4, and two neighbours were killed.", "4"),
    ("A teacher, Yusuf Bello, 50, died, police said.", "50"),
])
def test_en_age_between_commas(text, number):
    assert _cats(text, "en", number) == [], text


def test_en_count_between_commas_after_a_place_stays():
    assert _cats("Officials said that in the village, 12 people were killed.", "en", "12") == ["killed"]
    assert _cats("Police said her son, 4, and two neighbours were killed.", "en", "two") == ["killed"]


@pytest.mark.parametrize(("text", "number"), [
    ("قال المسؤول إن رجلاً في الأربعين من عمره قتل.", "الأربعين"),
    ("قال المسؤول إن شاباً في العشرين من العمر اعتقل.", "العشرين"),
    ("قالت الوزارة إن سيدة في الستين من عمرها أصيبت.", "الستين"),
])
def test_ar_age_without_unit(text, number):
    assert _cats(text, "ar", number) == [], text


def test_ar_count_of_people_before_min_stays():
    assert _cats("قالت الوزارة إن 12 من عناصرها قتلوا.", "ar", "12") == ["killed"]


# --- 4. the first number reads as far back as any other -----------------------------------------

@pytest.mark.parametrize(("text", "number", "cat"), [
    ("The death toll from Tuesday's boat accident on the River Niger in Mokwa Local Government "
     "Area of Niger State has risen to 98, the Niger State Emergency Management Agency said.",
     "98", "killed"),
    ("The death toll from last night's attacks on villages in the Bokkos Local Government Area of "
     "Plateau State has risen to 38, with 11 people still unaccounted for, police said.", "38",
     "killed"),
    ("قالت الوكالة إن حصيلة ضحايا حادث غرق القارب في نهر النيجر بمنطقة موكوا التابعة لولاية "
     "النيجر شمال وسط البلاد يوم الثلاثاء الماضي ارتفعت إلى 98.", "98", "killed"),
])
def test_long_toll_subject_before_the_first_number(text, number, cat):
    _check(text, "en" if text.isascii() else "ar", number, cat)
    assert cat in _article_cats(text, "en" if text.isascii() else "ar", number)


def test_long_subject_of_no_toll_stays_no_figure():
    text = ("The commission of inquiry into the collapse of the bridge over the river in the "
            "northern district of the province said on Monday that it would report in 30 days.")
    assert find_figures(text, "en") == []


# --- 5. a family counted by its size among the count before --------------------------------------

@pytest.mark.parametrize(("text", "number", "cat"), [
    ("Israeli strikes killed at least 25 people overnight, including a family of seven in Khan "
     "Younis, according to hospital officials.", "seven", "killed"),
    ("The ministry said 30 people were wounded, including a family of five.", "five", "wounded"),
    ("قالت الوزارة إن الغارات قتلت 25 شخصاً، بينهم عائلة من سبعة أفراد.", "سبعة", "killed"),
    ("قالت الوزارة إن 30 شخصاً أصيبوا، بينهم أسرة من خمسة أشخاص.", "خمسة", "wounded"),
])
def test_family_of_n_among_the_count(text, number, cat):
    _check(text, "en" if text.isascii() else "ar", number, cat)


# --- 6. a bare count that says what its people were ---------------------------------------------

@pytest.mark.parametrize(("text", "number", "cat"), [
    ("Officials said 14 people died, and that 9 were children.", "9", "killed"),
    ("Officials said 14 people died. Nine were children.", "Nine", "killed"),
    ("The army said 10 soldiers were killed, and that 3 were officers.", "3", "killed"),
    ("Police said 60 people were arrested, and that 12 are students.", "12", "detained"),
])
def test_bare_count_of_people_of_the_count_before(text, number, cat):
    _check(text, "en", number, cat)


@pytest.mark.parametrize(("text", "number"), [
    # things, or no people word after "were": no figure
    ("The ministry said 14 buildings were destroyed, and that 9 were schools.", "9"),
    ("Officials said 14 people died. Nine were in the car.", "Nine"),
    # no count of people before
    ("The company said its 400 workers were on shift, and that 40 were women.", "40"),
])
def test_bare_count_without_people_before_stays_no_figure(text, number):
    assert _cats(text, "en", number) == [], text


# --- 7. a dual behind a preposition is another phrase -------------------------------------------

@pytest.mark.parametrize(("text", "two"), [
    ("وقال إن قواته نصبت كمينين للمهربين", "كمينين"),
    ("وقال إن قواته نصبت كمينين للمسلحين", "كمينين"),
])
def test_dual_before_a_prepositional_dual(text, two):
    assert [m.text for m in find_numbers(text, "ar") if m.value == 2] == [two]


def test_two_duals_of_one_count_stay_joined():
    assert [m.text for m in find_numbers("أسقطت الدفاعات طائرتين مسيرتين", "ar")] == ["طائرتين مسيرتين"]
    assert [m.text for m in find_numbers("انتشلت جثتي امرأتين", "ar")] == ["جثتي امرأتين"]


# --- 8. people who protest or strike are a crowd, not personnel at work --------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("Police said 300 nurses and supporters rallied outside the Royal Infirmary.", "300"),
    ("Police said about 300 doctors marched on parliament.", "300"),
    ("The union said 5,000 nurses went on strike.", "5,000"),
    ("Police said about 300 nurses protested outside the ministry.", "300"),
    ("The union said 5,000 doctors staged a walkout.", "5,000"),
    ("قالت النقابة إن 300 ممرض تظاهروا أمام الوزارة.", "300"),
    ("قالت النقابة إن 300 طبيب أضربوا عن العمل.", "300"),
    ("قالت النقابة إن نحو 300 ممرض شاركوا في الاعتصام.", "300"),
    ("قالت الشرطة إن 300 طبيب شاركوا في المسيرة.", "300"),
    ("قالت النقابة إن آلاف العمال تظاهروا أمام الوزارة.", "آلاف"),
    ("قال المنظمون إن آلاف الشباب خرجوا إلى الشوارع.", "آلاف"),
    ("قالت النقابة إن 300 عامل يعتصمون منذ أسبوع.", "300"),
])
def test_protesters_and_strikers_are_a_crowd(text, number):
    assert _cats(text, "en" if text.isascii() else "ar", number) == ["other"], text


@pytest.mark.parametrize(("text", "number"), [
    ("The ministry said 300 nurses were deployed to the region.", "300"),
    ("The ministry said 1,500 rescuers are taking part in the search.", "1,500"),
    ("وأفادت المديرية بأن فرقها استعانت بـ12 زورقاً و40 غواصاً في عمليات البحث.", "40"),
    ("قالت الوزارة إن أكثر من ألف وخمسمئة عنصر من فرق الإنقاذ يشاركون في البحث.", "ألف"),
])
def test_personnel_at_work_stay_no_figure(text, number):
    assert _cats(text, "en" if text.isascii() else "ar", number) == [], text


def test_harm_of_protesters_keeps_its_category():
    assert _cats("قالت الوزارة إن 12 شخصاً قتلوا خلال تظاهرة.", "ar", "12") == ["killed"]
    assert _cats("The army said it killed 30 gunmen who had demonstrated their skills.", "en",
                 "30") == ["killed"]


# --- 9. the people of a place who fled are displaced --------------------------------------------

def test_home_to_people_who_fled():
    text = ("The camp at Plaine Savo was home to about 20,000 people who had fled earlier violence "
            "in the territory, according to the UN refugee agency.")
    assert _cats(text, "en", "20,000") == ["displaced"]
    text = "The UN said the town is home to 50,000 people displaced by the fighting."
    assert _cats(text, "en", "50,000") == ["displaced"]


def test_home_to_residents_stays_no_figure():
    assert _cats("The UN said the camp was home to 14,000 residents.", "en", "14,000") == []


def test_a_place_name_after_a_preposition_stays_a_name():
    text = ("The cause of the blaze, which started around 2:30 p.m. in Camp 11, was being "
            "investigated, he said.")
    assert find_figures(text, "en") == []


# --- 10. an aside between dashes or in parentheses between the count and its verb --------------

@pytest.mark.parametrize(("text", "number", "cat"), [
    ("The ministry said that 12 people — most of them fishermen — were missing.", "12", "missing"),
    ("The ministry said that 12 people - most of them fishermen - were missing.", "12", "missing"),
    ("Officials said 40 people – 12 of them children – were wounded.", "40", "wounded"),
    ("قالت الوزارة إن 12 شخصاً - معظمهم صيادون - فقدوا.", "12", "missing"),
    ("قالت الوزارة إن 12 شخصاً — معظمهم صيادون — فقدوا.", "12", "missing"),
    ("قالت الوزارة إن 12 شخصاً (معظمهم صيادون) فقدوا.", "12", "missing"),
    ("قالت الوزارة إن 12 شخصاً (بينهم طفلان) أصيبوا.", "12", "wounded"),
])
def test_dash_and_parenthesis_asides(text, number, cat):
    _check(text, "en" if "ministry" in text or "Officials" in text else "ar", number, cat)


def test_a_dash_inside_a_word_is_no_aside():
    assert _cats("Officials said 23 anti-government protesters were arrested.", "en", "23") == ["detained"]
    text = "Officials said 23 miners were killed - a record for the region - and 12 injured."
    assert _cats(text, "en", "23") == ["killed"]
    assert _cats(text, "en", "12") == ["wounded"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Officials said 45 people died; of those, 12 were children.", "en"),
    ("Officials said 45 people died; 12 of them were children.", "en"),
    ("قالت الوزارة إن 45 شخصاً توفوا؛ 12 منهم أطفال.", "ar"),
])
def test_sub_count_after_a_semicolon(text, lang):
    assert _cats(text, lang, "12") == ["killed"], text


def test_things_after_a_semicolon_keep_their_own_cue():
    text = "Officials said 45 people died; 12 houses were destroyed."
    assert _cats(text, "en", "12") == ["other"]
