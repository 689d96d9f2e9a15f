"""Session 10, claims precision: constructions that made claims no tuning gold has (the error
classes of /work/notes/claims_precision_s10.md). Every sentence is composed here in the styles of
wire, broadsheet, live-page and regional newsrooms; none is taken from an article or a gold passage.
"""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


# --- 1. a denial that only points back to an earlier statement --------------------------------
# "X rejected the army's account.", "disputed those figures", "denied the allegations in a video
# posted on Facebook, saying ...": the object names an earlier statement (a determiner, up to two
# modifiers, a statement noun) and nothing but adjuncts follows: no content of its own. Only the
# bare "dismissed the claim." was dropped before (one word after the determiner, the sentence end).


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("The Interior Ministry rejected the group's account. Its spokesman said only two protesters were hurt.", "account"),
        ("Hamas disputed the Israeli army's version in a statement on Telegram.", "version"),
        ("The ministry rejected the UN findings.", "findings"),
        ("Police disputed the organisers' count.", "count"),
        ("The ruling council has repeatedly dismissed such reports.", "reports"),
        ("The ministry confirmed the figures in a statement on Wednesday.", "figures"),
        ("Kigali rejected those allegations on Monday.", "allegations"),
    ],
)
def test_pointer_denial_is_no_claim(text: str, pointer: str) -> None:
    for c in claims_of(text, "en"):
        assert pointer not in text[c.start : c.end], text[c.start : c.end]


@pytest.mark.parametrize(
    ("text", "pointer", "key", "speaker"),
    [
        # the participle after the pointer is the claim, still of the denial's subject
        ("The junta's spokesman dismissed those figures on state television, saying that terrorists had staged the attack.",
         "figures", "terrorists had staged", "junta's spokesman"),
        ("The paramilitary force denied the allegations in a video posted on its Facebook page, saying its fighters had not entered the camp.",
         "allegations", "had not entered the camp", "paramilitary force"),
        ("Later on Friday, the regional government revised its figures, saying two more bodies had been found.",
         "revised", "two more bodies", "regional government"),
        ("The foreign ministry rejected the UN figure, saying in a statement that it was not based on reliable sources.",
         "UN figure", "not based on reliable sources", "foreign ministry"),
        # the pointer's subject is still the antecedent of the next sentence's pronoun
        ("Villagers said the drone killed five fighters. A commander of the border militia, Karwan Deloyi, disputed that account. "
         "He said three of the dead were shepherds.", "that account", "three of the dead", "Karwan Deloyi"),
        ("The generals' spokesman, Brig. Tun Lwin, rejected the findings. Speaking to state radio, he said the air force only struck rebel bases.",
         "findings", "only struck rebel bases", "Tun Lwin"),
    ],
)
def test_pointer_denial_leaves_the_participle(text: str, pointer: str, key: str, speaker: str) -> None:
    c = check(text, "en", key, speaker)
    assert pointer not in text[c.start : c.end]
    for other in claims_of(text, "en"):
        assert pointer not in text[other.start : other.end], text[other.start : other.end]


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        # NEGATIVE: the denial says something of its own and stays a claim
        ("The army dismissed the claim as 'pure fiction'.", "pure fiction", "army"),
        ("The rebels denied the accusation that they had kidnapped 12 aid workers.", "kidnapped 12 aid workers", "rebels"),
        ("The government rejected the figure of 300 dead, putting the toll at 45.", "300 dead", "government"),
        ("Russia denied targeting civilians.", "targeting civilians", "Russia"),
        ("The bureau rejected the reports as fabricated by extremist media, saying the strike hit a rebel camp.",
         "fabricated by extremist media", "bureau"),
        ("The militia denied the claims of the army and said its fighters had killed 14 soldiers.", "killed 14 soldiers", "militia"),
        ("The ministry rejected the report that 40 civilians had died in the strike.", "40 civilians had died", "ministry"),
    ],
)
def test_denial_with_content_stays_a_claim(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


# --- 2. 'X, <apposition>, called the attack "..."': a verdict after the speaker's apposition ------
# 'called the attack "a deliberate hunt"' was read only right after a bare subject: after a comma
# "called" was taken for a naming apposition ('a militia, called the "Free Men", ...'). After a
# comma it is now the verb when a pronoun or a noun stands between it and the quote.


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ('The country\'s prime minister, Jean-Marc Etienne, called the massacre "an act of pure barbarism" and said troops had been sent.',
         "act of pure barbarism", "Jean-Marc Etienne"),
        ('UN relief chief Anna Moretti, speaking in Geneva, called the shelling "a catastrophe on top of a catastrophe."',
         "catastrophe on top of", "Anna Moretti"),
        ('Information Minister Omar Saleh, the government spokesman, called the killings "a genocide in plain sight" and urged the Security Council to act.',
         "genocide in plain sight", "Omar Saleh"),
        ('The mayor of Kalehe, Ali Bashizi, called it "a massacre of the innocent".', "massacre of the innocent", "Ali Bashizi"),
        ('Amnesty\'s regional director, Tigere Chagutah, in a statement on Friday, called the raids "a brutal assault on civilians".',
         "brutal assault on civilians", "Tigere Chagutah"),
    ],
)
def test_called_after_apposition(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # NEGATIVE: a naming apposition is no verdict ("called" + "the" + the quoted name at once)
        'A militia, called the "free men of the south" by locals, said five fighters died.',
        'Residents of the camp, called the "zone of hope", told reporters they had no water.',
    ],
)
def test_naming_apposition_is_no_claim(text: str) -> None:
    for c in claims_of(text, "en"):
        assert c.cue != "called", text[c.start : c.end]


# --- 3. "..., according to X." where X named no speaker the reader knew -------------------------
# 183 of the 187 "according to" phrases of the English tuning gold carry a claim. Missed were a
# head before a place phrase ("the health office in the city": the last word "city" was read), a
# school, and statement nouns owned by an agency or the nation ("agency figures", "the national
# registry", as "official figures" / "police data" already were).


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("In Marib alone, 14 people died of cholera last month, according to the health office in the city.", "14 people died", "health office"),
        ("Nine of the wounded were children, according to doctors at the district hospital in Aden.", "Nine of the wounded", "doctors"),
        ("A 16-year-old pupil died in captivity, according to the school.", "died in captivity", "school"),
        ("Two teachers were still held on Sunday, according to the school's principal.", "Two teachers were still held", "principal"),
        ("Landslides killed 212 people in the province last year, according to agency figures.", "killed 212 people", "agency figures"),
        ("The country has more than 110,000 registered missing, according to the national registry.", "110,000 registered missing", "national registry"),
        ("At least 31 bodies were recovered, according to the civil defence office in the district.", "31 bodies were recovered", "civil defence office"),
    ],
)
def test_according_to_more_speaker_heads(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # NEGATIVE: no speaker after "according to" (a plan, a custom, a rule, ownerless estimates)
        "The evacuation went ahead according to the plan in the capital.",
        "The victims were buried according to custom at the village cemetery.",
        "Aid was shared out according to need in the camps.",
        "About 40 percent of the territory is outside state control, according to some estimates.",
    ],
)
def test_according_to_no_speaker(text: str) -> None:
    assert claims_of(text, "en") == []
