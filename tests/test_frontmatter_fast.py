"""Front matter of plain `key: value` lines is read without the YAML parser
(frontmatter._simple_mapping): whenever that path gives an answer it must be exactly what YAML
reads (same keys, values and types), and every other block must go to YAML."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import yaml

from newsclaims import frontmatter
from newsclaims.extract.lexicon import SAFE_LOADER
from newsclaims.frontmatter import _simple_mapping, split_front_matter

TYPICAL = [
    "id: b0000001\nlanguage: en\npublished: 2016-07-28\noutlet: Synthetic Wire\n",
    "id: sy-2024-03-aleppo\nlanguage: ar\nurl: https://example.org/news/2024/03/a?id=7&x=y\n"
    "title: وزارة الصحة تعلن حصيلة جديدة\npublished: 2024-03-01\npublished_basis: stated\n"
    "retrieved: 2024-03-02\nlicense: CC BY 4.0\noutlet: Example Daily\n",
    "title: Officials say 12 killed, dozens hurt in market blast\nnotes: checked by hand (twice)\n",
    "id: 123abc\ntitle: 3 killed in Homs\noutlet: Al Jazeera's wire desk\n",
    "title: A title   \nid:   spaced\n",  # spaces around the value are not part of it
    "id: a1\ntitle: x\nid: b2\n",  # a repeated key: the last value, first place
    "published: 2016-7-28\n",  # not YAML's date form: text (ingest then reports it)
    "title: a:b c\nurl: http://x.y/z#frag\nnotes: 50% of them; \"quoted\" inside\n",
]

# Each must go to YAML (another type, YAML syntax, an error, or a character YAML treats apart).
OTHER = [
    "published: yes\n", "title: No\n", "notes: ON\n", "notes: off\n", "title: null\n",
    "title: ~\n", "id: 123\n", "id: 0x1f\n", "id: 1_000\n", "id: 1:20\n", "id: 3.5\n",
    "id: .inf\n", "id: -5\n", "id: +5\n", "title: <<\n", "title: =\n",
    "published: 2016-02-30\n", "published: 2016-07-28 10:00:00\n",
    "title: 'quoted'\n", 'title: "quoted"\n', "title: [a, b]\n", "title: {a: b}\n",
    "title: &anchor x\n", "title: *alias\n", "title: !tag x\n", "title: |\n  block\n",
    "title: >\n  folded\n", "title: %x\n", "title: @x\n", "title: `x\n", "title: #x\n",
    "title: a #comment\n", "title: a: b\n", "title: a:\n", "title:\n", "title: \n",
    "title:x\n", "title: a\tb\n", "title: a\u00a0b\n", "title: a\u200fb\n", "title: a\rb\n",
    "  title: indented\n", "title: a\n  continued\n", "# comment\ntitle: a\n", "title: a\n\n",
    "yes: x\n", "null: x\n", "1: x\n", "ti tle: x\n", "title: a\n- b\n", "title: a", "",
    "title: a\u2028b\n", "title: ? x\n", "title: - x\n", "title: ,x\n",
]


def _yaml(block: str):
    return yaml.load(block, Loader=SAFE_LOADER)


def _types(d: dict) -> dict:
    return {k: type(v) for k, v in d.items()}


@pytest.mark.parametrize("block", TYPICAL)
def test_typical_front_matter_is_read_here_exactly_as_yaml_reads_it(block):
    fast = _simple_mapping(block)
    assert fast is not None  # the fast path is taken
    assert fast == _yaml(block) and _types(fast) == _types(_yaml(block))


def test_dates_are_dates_and_text_is_text():
    fast = _simple_mapping(TYPICAL[1])
    assert fast["published"] == dt.date(2024, 3, 1) and fast["id"] == "sy-2024-03-aleppo"
    assert fast["title"] == "وزارة الصحة تعلن حصيلة جديدة"


@pytest.mark.parametrize("block", OTHER)
def test_anything_else_goes_to_yaml(block):
    assert _simple_mapping(block) is None


def test_random_lines_read_here_are_read_as_yaml_reads_them():
    """Random values built from characters that matter to YAML: whenever the fast path answers,
    YAML gives the same mapping (types included)."""
    rng = random.Random(15)
    alphabet = list("aAyYnNoOtTfF019 -:#'\",.[]{}&*!|>%@`~=<+_/?\t") + ["\u00a0", "é", "ع"]
    words = ["yes", "no", "on", "off", "true", "null", "Null", "2016-07-28", "2016-13-01",
             "0x1", "1_0", "1:2", ".5", "inf", "NaN", "a", "ok", "12", "٣"]
    answered = 0
    for _ in range(3000):
        parts = [rng.choice(words) if rng.random() < 0.4 else
                 "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 3))]
        value = rng.choice(["", " "]).join(parts)
        block = f"id: x1\n{rng.choice(['title', 'notes', 'on', 'y'])}: {value}\n"
        fast = _simple_mapping(block)
        if fast is None:
            continue
        answered += 1
        assert fast == _yaml(block) and _types(fast) == _types(_yaml(block)), block
    assert answered > 300  # the check is not vacuous


def test_a_front_matter_error_still_names_its_line(monkeypatch):
    with pytest.raises(frontmatter.FrontMatterError) as err:
        split_front_matter("---\nid: a1\ntitle: [unclosed\n---\nBody.\n")
    assert err.value.line is not None and err.value.line >= 2
    split = split_front_matter("---\nid: a1\npublished: 2020-01-02\n---\nBody.\n")
    assert split.meta == {"id": "a1", "published": dt.date(2020, 1, 2)} and split.body == "Body.\n"
