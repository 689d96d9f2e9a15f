"""English wording classes the blind set gold_aj (now tuning material) tripped on, fixed as general
rules (tests/gold_aj/FINDINGS_en.md lists every miss). Each class is tested in several composed
wordings; no sentence comes from a gold passage.

- sentences: a capitalised word after "Jan."/"Mar."/"Oct." ... starts a new sentence (a place name
  ending in such a word, "the district of Zindah Jan."); a month abbreviation before a day or a
  lower-case word is no sentence end ("on Jan. 5", "in Jan. and Feb.").
"""

from __future__ import annotations

import pytest

from newsclaims.extract.sentences import tokenize

from _claims_helpers import check


def _sentences(text: str) -> list[str]:
    doc = tokenize(text, "en")
    return [text[doc.starts[a] : doc.ends[b - 1]] for a, b in doc.sents]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Aid trucks reached the village of Dar Jan. The agency said 40 families had fled.", 2),
        ("Shelling hit the hamlet of Kili Mar. Officials said two people died.", 2),
        ("Rescuers worked near Bala Oct. Nine bodies were found, a medic said.", 2),
        ("The truce collapsed on Jan. 5 and the army said 12 soldiers were killed.", 1),
        ("Fighting flared in Jan. and again in Feb. when the ministry said 40 people died.", 1),
        ("The report covers Sept. 2023 to March, the monitor said.", 1),
    ],
)
def test_month_abbreviation_sentence_end(text: str, n: int) -> None:
    got = _sentences(text)
    assert len(got) == n, got


@pytest.mark.parametrize(
    ("text", "key", "speaker"),
    [
        ("Supplies reached the district of Zindah Jan. The geological survey put the magnitude of the quake at 6.1.",
         "magnitude of the quake", "geological survey"),
        ("Teams were sent to the town of Wadi Mar. The Red Crescent said it had treated 30 people.",
         "treated 30 people", "Red Crescent"),
        ("The convoy stopped at Kot Dec. Police said four officers were wounded in the ambush.",
         "four officers were wounded", "Police"),
    ],
)
def test_claim_after_a_place_ending_in_a_month_word(text: str, key: str, speaker: str) -> None:
    check(text, "en", key, speaker)
