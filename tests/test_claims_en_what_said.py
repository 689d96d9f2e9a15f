"""Two small English constructions of claims.

- "what it said were the prisoners" / "what they said was a field hospital": a free relative
  with "said" + a copula is the speaker's own proposition (a claim of the pronoun's antecedent,
  or of the clause's subject), unlike "what it called fabricated figures" (a label, no claim).
- "..., it said, citing satellite imagery": evidence cited, not a relayed speaker.
- A live-blog entry "13:20 GMT - NAME: ..." whose short capitalised NAME the text has speaking
  ("NAME said ...") is a headline claim of NAME, unlike a topic line ("Background: ...").

All sentences are composed for these tests."""

from __future__ import annotations

import pytest

from _claims_helpers import check, claims_of


@pytest.mark.parametrize("text, key, speaker", [
    ("The Dorna Front said it had overrun an outpost. It released photos showing what it said were 9 captured guards.",
     "were 9 captured guards", "Dorna Front"),
    ("The navy published footage of what it said was a smuggling boat carrying 40 migrants.",
     "was a smuggling boat", "navy"),
    ("Residents said the shelling went on all night. They filmed what they said were 3 bodies in the street.",
     "were 3 bodies", "Residents"),
])
def test_what_it_said_was_is_a_claim(text, key, speaker):
    c = check(text, "en", key, speaker)
    assert c.rule.startswith("en.what_said")


def test_what_it_called_stays_a_label():
    t = "The ministry rejected what it called fabricated figures of 300 dead."
    assert not [c for c in claims_of(t, "en") if c.rule.startswith("en.what_said")]


LIVE = (
    "LIVE: Fighting near the northern dam\n"
    "09:10 GMT - KMLF: \"we hold the dam\"\n"
    "The rebel KMLF said in a post on Telegram that its fighters controlled the dam and had captured 6 soldiers.\n"
    "08:30 GMT - Background\n"
    "The dam supplies power to the capital.\n"
)


def test_live_blog_entry_name_that_speaks_below():
    c = check(LIVE, "en", "we hold the dam", "KMLF")
    assert c.rule == "en.headline_colon:colon"
    assert c.source.source_id == check(LIVE, "en", "captured 6 soldiers", "KMLF").source.source_id


def test_live_blog_topic_name_that_never_speaks_is_no_speaker():
    t = ("LIVE: Storm hits the coast\n"
         "10:00 GMT - Varna: \"roads closed\"\n"
         "Officials in Varna said 12 roads were closed by flooding.\n")
    assert not [c for c in claims_of(t, "en") if c.rule.startswith("en.headline_colon")]


@pytest.mark.parametrize("evidence", ["satellite imagery", "drone footage", "its own records"])
def test_said_citing_evidence_keeps_the_speaker(evidence):
    t = (f"The UN said 300 children were at risk of cholera. Another 884 buildings were destroyed, "
         f"it said, citing {evidence}.")
    check(t, "en", "884 buildings", "UN")


def test_said_citing_a_speaker_is_a_relay():
    t = "The UN said 300 children were at risk. Another 884 buildings were destroyed, it said, citing local officials."
    check(t, "en", "884 buildings", "local officials")
