"""Shared assertion for the number-parser tests in both languages, and the reference scan the
number-scan speed tests compare their shortcuts with."""

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


def plain_matches(atom_re, ftext, pos, endpos):
    """Every match of `atom_re` from `pos` that starts before `endpos`, by one plain finditer:
    what the number scans' shortcuts (word heads, core words, atom gates) must reproduce."""
    out = []
    for m in atom_re.finditer(ftext, pos):
        if m.start() >= endpos:
            break
        out.append(m)
    return out


def match_key(ms):
    """Matches as comparable values: span, group name, text and the groups that matched."""
    return [(m.span(), m.lastgroup, m.group(),
             {k: v for k, v in m.groupdict().items() if v is not None}) for m in ms]
