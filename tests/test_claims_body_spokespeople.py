"""A body and its own spokesperson, head or director are one source (the lead's convention,
annotated so in gold_g, gold_h and gold_i): the role names its body through a possessive
("its spokesman, X", «مديرها»), a class noun ("the ministry's spokesman", «الناطق باسم الجهاز»),
the body's short name or initials ("PDMA Director General X") or an apposition ("X, an IOM
spokesman in Rome"). The person's name stays in the claim's source_text. Negatives: a person with
no link to a body stays apart, a possessive never points to a person, a police *official* is no
spokesperson, and a place word shared with another speaker links nothing."""

from __future__ import annotations

from _claims_helpers import claim_with, claims_of, source_id_of


def test_its_spokesman_is_the_body_that_spoke_before():
    t = ("The army denied the report, calling it fabricated. "
         "Its spokesman, Colonel Yusuf Bakri, said 14 soldiers were missing after the clashes.")
    assert source_id_of(t, "en", "14 soldiers") == source_id_of(t, "en", "fabricated")
    c = claim_with(claims_of(t, "en"), t, "14 soldiers")
    assert "Yusuf Bakri" in (c.source_text or "")


def test_their_director_after_two_bodies_takes_the_nearest():
    t = ("The city's police said 40,000 people joined the march. "
         "The Coalition for Fair Rent said 120,000 had taken part. "
         "Their director, Nadia Flores, said 35 buses brought marchers from the north.")
    rent = source_id_of(t, "en", "120,000 had")
    assert source_id_of(t, "en", "35 buses") == rent != source_id_of(t, "en", "40,000 people")


def test_possessive_role_never_points_to_a_person():
    t = ("Samir Haddad, a farmer, said 3 cows died in the strike. "
         "The relief agency Hope Bridge said 60 families fled. "
         "Its coordinator, Lina Aziz, said 12 tents burned.")
    assert source_id_of(t, "en", "12 tents") == source_id_of(t, "en", "60 families")
    assert source_id_of(t, "en", "12 tents") != source_id_of(t, "en", "3 cows")


def test_class_noun_spokesman_joins_the_ministry_named_before():
    t = ("The interior ministry said 200 people were detained overnight. "
         "Rafael Ortiz, a spokesman for the ministry, said 17 officers were hurt.")
    assert source_id_of(t, "en", "17 officers") == source_id_of(t, "en", "200 people")


def test_possessive_body_role_with_a_place_joins_the_body():
    t = ("The Centre for Research on Displacement said 9,000 people had left the valley. "
         "The centre's director in Tarsa, Hamid Jalil, said 400 of them were children.")
    assert source_id_of(t, "en", "400 of them") == source_id_of(t, "en", "9,000 people")


def test_initials_of_the_body_name_its_director():
    t = ("The Provincial Relief Authority said 51 people drowned. "
         "PRA Director General Asim Qadir said 2,300 houses were damaged.")
    assert source_id_of(t, "en", "2,300 houses") == source_id_of(t, "en", "51 people")


def test_body_spokesman_in_apposition_before_the_role():
    t = ("The Harbour Rescue Service said 33 people were pulled from the water. "
         "Ana Ruiz, a Harbour Rescue Service spokeswoman in Valletta, said 8 were still missing.")
    assert source_id_of(t, "en", "8 were still") == source_id_of(t, "en", "33 people")


def test_head_of_mission_keeps_the_class_noun_not_the_name():
    t = ("The monitoring mission said 700 civilians had been killed since May. "
         "Head of mission Clara Venn said 90 of them were children.")
    assert source_id_of(t, "en", "90 of them") == source_id_of(t, "en", "700 civilians")


def test_police_official_stays_apart_from_the_police():
    t = ("A police official in Rawa said 6 bodies were found. "
         "Later the Rawa district police said 11 suspects were arrested.")
    assert source_id_of(t, "en", "6 bodies") != source_id_of(t, "en", "11 suspects")


def test_place_modifier_is_no_surname_of_another_speaker():
    t = ("The government's office in Lisbon said 30,000 people marched. "
         "Lisbon police said 25 people were detained.")
    assert source_id_of(t, "en", "25 people") != source_id_of(t, "en", "30,000 people")


def test_unlinked_person_stays_apart():
    t = ("The health ministry said 80 people were wounded. "
         "Omar Saleh, a surgeon at the main hospital, said 12 were in critical condition.")
    assert source_id_of(t, "en", "12 were") != source_id_of(t, "en", "80 people")


def test_arabic_spokesman_of_the_ministry_with_a_title_is_the_ministry():
    t = ("أعلنت وزارة الصحة أن 45 شخصاً قتلوا في القصف. "
         "وقال المتحدث باسم الوزارة الدكتور سامي الحلو إن 120 جريحاً نقلوا إلى المستشفيات.")
    assert source_id_of(t, "ar", "120 جريحاً") == source_id_of(t, "ar", "45 شخصاً")
    c = claim_with(claims_of(t, "ar"), t, "120 جريحاً")
    assert "سامي الحلو" in (c.source_text or "")


def test_arabic_possessive_director_is_the_body():
    t = ("قالت منظمة أطباء الإغاثة إن 30 مريضاً توفوا بسبب نقص الوقود. "
         "وأكدت مديرة عملياتها في المنطقة، هالة يوسف، أن 12 مستشفى توقفت عن العمل.")
    assert source_id_of(t, "ar", "12 مستشفى") == source_id_of(t, "ar", "30 مريضاً")


def test_arabic_head_of_the_committees_mission_is_the_committee():
    t = ("قالت لجنة الإنقاذ الدولية إن 70 شخصاً أصيبوا في الزلزال. "
         "وقال رئيس بعثة اللجنة في المدينة، كريم داود، إن 14 جثة انتشلت من الأنقاض.")
    assert source_id_of(t, "ar", "14 جثة") == source_id_of(t, "ar", "70 شخصاً")


def test_arabic_place_word_links_no_spokesman_to_a_governor():
    t = ("قال محافظ الموصل رعد العبيدي إن 8 أشخاص قتلوا. "
         "وقال المتحدث باسم قيادة شرطة الموصل إن 20 مشتبهاً اعتقلوا.")
    assert source_id_of(t, "ar", "20 مشتبهاً") != source_id_of(t, "ar", "8 أشخاص")


def test_arabic_director_of_a_fully_named_centre_is_no_other_body():
    t = ("قال المرصد الوطني لحقوق الإنسان إن 16 مدنياً قتلوا. "
         "وقال مدير مركز الإسعاف الوطني إن 40 مصاباً نقلوا إلى المستشفيات.")
    assert source_id_of(t, "ar", "40 مصاباً") != source_id_of(t, "ar", "16 مدنياً")


def test_dotted_initials_spokesperson_is_the_registered_un():
    t = ("Gunmen seized four aid workers in the north, U.N. spokesperson Mia Torres said, "
         "adding that 11 staff had been moved to the capital.")
    assert source_id_of(t, "en", "four aid workers") == "un"


def test_bare_spokesperson_name_speaks_for_the_body_before():
    t = ("The regional health bureau said 37 people were killed in the landslide. "
         "Spokesperson Hanna Belay said 90 houses were buried.")
    assert source_id_of(t, "en", "90 houses") == source_id_of(t, "en", "37 people")


def test_short_and_full_un_office_names_are_one_source():
    t = ("The U.N. human rights office said 70 people were killed in the attack. "
         "Gangs hold most of the capital, the U.N. rights office said, adding that 40 were kidnapped.")
    assert source_id_of(t, "en", "70 people") == source_id_of(t, "en", "40 were")


def test_headline_un_is_the_one_un_body_of_the_article():
    t = ("Floods kill 52 in the south, UN says\n\n"
         "At least 52 people were killed by the floods, the U.N. humanitarian office said on Monday, "
         "and 8,000 families lost their homes.")
    assert source_id_of(t, "en", "Floods kill 52") == source_id_of(t, "en", "At least 52")


def test_headline_un_stays_the_un_with_two_un_bodies():
    t = ("Floods kill 52 in the south, UN says\n\n"
         "At least 52 people were killed by the floods, the U.N. humanitarian office said on Monday. "
         "The U.N. refugee agency said 8,000 families had crossed the border.")
    assert source_id_of(t, "en", "Floods kill 52") == "un"


def test_second_reading_of_an_apposed_role_names_the_body():
    # "for the Mediterranean" names no speaker; the body before the role (IOM) does
    t = ("The International Organization for Migration said 61 migrants were missing. "
         "Carla Rossi, IOM spokesperson for the Mediterranean, said 22 survivors had reached the port.")
    assert source_id_of(t, "en", "22 survivors") == source_id_of(t, "en", "61 migrants")


def test_leader_of_a_named_body_is_the_body_but_a_loose_opposition_leader_is_not():
    t = ("The FNU union said 800,000 people marched. FNU leader Paul Girard said 40 towns joined.")
    assert source_id_of(t, "en", "40 towns") == source_id_of(t, "en", "800,000 people")
    t2 = ("Organisers from the opposition alliance said 90,000 people marched. "
          "Opposition leader Ana Lobo said 25 protesters were beaten.")
    assert source_id_of(t2, "en", "25 protesters") != source_id_of(t2, "en", "90,000 people")


def test_spokesperson_for_the_charity_named_after_its_class_noun_is_that_charity():
    t = ("The UN refugee agency said 41 migrants drowned off the island. "
         "A spokesperson for the charity Sea Lantern told AFP that 2,000 people had landed at the weekend.")
    assert source_id_of(t, "en", "2,000 people") != source_id_of(t, "en", "41 migrants")
    c = claim_with(claims_of(t, "en"), t, "2,000 people")
    assert "Sea Lantern" in c.source.name + (c.source_text or "")


def test_spokesperson_for_the_group_named_so_joins_the_group():
    t = ("The group Voces Libres said 300 people were detained. "
         "A spokeswoman for the group Voces Libres said 40 of them were minors. "
         "The interior ministry said 12 officers were hurt.")
    assert source_id_of(t, "en", "40 of them") == source_id_of(t, "en", "300 people")
