"""Shared assertion for the number-parser tests in both languages."""

from newsclaims.extract.numbers import find_numbers


def assert_number(sentence, language, expected, value, low, high, kind):
    """`expected` is found as one number mention of `sentence`, with that value, interval and
    kind, and every mention's span is its verbatim text."""
    found = find_numbers(sentence, language)
    for m in found:
        assert sentence[m.start:m.end] == m.text
    match = [m for m in found if m.text == expected]
    assert match, f"{expected!r} not in {[m.text for m in found]}"
    m = match[0]
    assert m.value == value
    assert m.value_low == low
    assert m.value_high == high
    assert m.kind == kind
