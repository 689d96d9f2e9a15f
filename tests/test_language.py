import pytest

from newsclaims.language import detect_language


@pytest.mark.parametrize("text,expected", [
    ("قال المرصد السوري لحقوق الإنسان إن عشرة أشخاص قتلوا في غارة جوية", "ar"),
    ("The Syrian Observatory for Human Rights said ten people were killed", "en"),
    ("قال مسؤول لوكالة Reuters إن 40 شخصاً قتلوا في القصف على المدينة", "ar"),
    ("Officials told AFP that 40 people died; الجيش declined to comment on it", "en"),
])
def test_language_from_dominant_script(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["12 34 56", "OK", "— 2016 —", ""])
def test_too_little_text_gives_no_language(text):
    assert detect_language(text) is None
