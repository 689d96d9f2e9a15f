import datetime as dt

import pytest

from newsclaims.frontmatter import FrontMatterError, as_iso_date, split_front_matter


def test_no_front_matter_keeps_whole_body():
    split = split_front_matter("Just text.\n---\nnot front matter")
    assert split.meta == {}
    assert split.body.startswith("Just text.")


def test_front_matter_is_parsed_and_body_line_known():
    split = split_front_matter("---\nid: a1\nlanguage: en\n---\nBody line\n")
    assert split.meta == {"id": "a1", "language": "en"}
    assert split.body == "Body line\n"
    assert split.body_line == 5


def test_unclosed_front_matter_names_line_one():
    with pytest.raises(FrontMatterError) as err:
        split_front_matter("---\nid: a1\nBody without closing fence\n")
    assert err.value.line == 1
    assert "never closed" in err.value.reason


def test_invalid_yaml_names_the_file_line():
    with pytest.raises(FrontMatterError) as err:
        split_front_matter("---\nid: a1\ntitle: [unclosed\nlanguage: en\n---\nBody\n")
    assert err.value.line in (3, 4, 5)
    assert "invalid YAML" in err.value.reason


def test_front_matter_that_is_not_a_mapping():
    with pytest.raises(FrontMatterError):
        split_front_matter("---\n- a\n- b\n---\nBody\n")


@pytest.mark.parametrize("value,expected", [
    (dt.date(2016, 9, 19), "2016-09-19"),
    ("2016-09-19", "2016-09-19"),
    (None, None),
    ("", None),
])
def test_iso_dates(value, expected):
    assert as_iso_date(value) == expected


def test_bad_date_raises():
    with pytest.raises(ValueError):
        as_iso_date("19/09/2016")
