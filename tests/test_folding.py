from newsclaims.extract.folding import fold, fold_term


def test_folding_maps_spans_back_over_dropped_diacritics():
    text = "وفقاً لمصدرٍ أمني قال إن"
    folded = fold(text)
    assert "وفقا لمصدر امني" in folded.text
    i = folded.text.index("امني")
    start, end = folded.to_original(i, i + len("امني"))
    assert text[start:end] == "أمني"
    j = folded.text.index("لمصدر")
    s, e = folded.to_original(j, j + len("لمصدر"))
    assert text[s:e] == "لمصدر"  # the trailing tanween is outside the word's last letter


def test_folding_english_case_and_apostrophes():
    text = "Russia’s Defence Ministry SAID"
    folded = fold(text)
    assert folded.text == "russia's defence ministry said"
    assert fold_term("Ministry") == "ministry"


def test_fold_term_unifies_alef_ya_and_ta_marbuta():
    assert fold_term("إصابة") == fold_term("اصابه")
    assert fold_term("مستشفى") == fold_term("مستشفي")


def test_folding_drops_tatweel_and_maps_spans_back_over_it():
    text = "قـــال مصدر لـ«الجزيرة» إن الحصيلة ارتفعت بـ28 قتيلا"
    folded = fold(text)
    assert folded.text.startswith("قال مصدر ل«الجزيره»")
    assert fold_term("بـ28") == "ب28"
    i = folded.text.index("قال")
    s, e = folded.to_original(i, i + 3)
    assert text[s:e] == "قـــال"
