"""Speed rewrites in the claim path give exactly what the plain code gives."""

import random

from newsclaims.extract.claims import _EN_ROLE_NAME, _role_name_search


def test_role_name_search_equals_the_plain_search():
    # composed word soup: the pronouns inside other words ("bits", "theirs", "_its", "9its"),
    # capitalised and lower-case roles and names, commas and runs of spaces
    words = ["its", "their", "bits", "Its", "spokesman", "chief", "secretary-general", "Omar", "Ali",
             "Khan", ",", " ", "head", "X", "said", "theirs", "_its", "9its", "édits", "its,", "Their"]
    rng = random.Random(5)
    found = 0
    for _ in range(30000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12))).replace(" ,", ",")
        plain, fast = _EN_ROLE_NAME.search(text), _role_name_search(text)
        assert (plain is None) == (fast is None), text
        if plain is not None:
            found += 1
            assert (plain.span(), plain.groups()) == (fast.span(), fast.groups()), text
    assert found > 100  # (the soup does hold role names)


def test_role_name_search_examples():
    assert _role_name_search("The union said its spokesman, Ana Ruiz, was hurt.").group(1) == "Ana Ruiz"
    assert _role_name_search("Their chief Omar Khan spoke.") is None  # (capital T: no match, as plain)
    assert _role_name_search("Visits their head Omar") .group(1) == "Omar"
    assert _role_name_search("habits chief Omar") is None  # "its" inside a word


def test_token_spans_equal_finditer():
    # composed texts: English and Arabic words, digit groups, decimals, quotes, dashes, runs
    # of blanks and line breaks, a text that starts or ends with a blank or a mark
    from newsclaims.extract.sentences import _TOKEN, token_spans

    pieces = ["The", "army", "said", "1,250", "3.5", "«قتلى»", "قال", "المرصد", "٣٬٠٠٠", '"', "“", "”",
              "-", "—", ",", ".", "U.S.", "it's", "al-Shabaab", "\n", " ", "  ", "\t", "؟", "(", ")", "x2"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(0, 25)))
        ms = list(_TOKEN.finditer(text))
        assert token_spans(text) == ([m.start() for m in ms], [m.end() for m in ms], [m.group() for m in ms]), text
