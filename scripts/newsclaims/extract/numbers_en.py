"""English number words: compile lexicons/numbers_en.yaml into the shared number grammar.

Forms: "one" ... "nineteen", tens with or without hyphen ("sixty-two", "sixty two"),
"a hundred", "two hundred and fifty", "three thousand", "1.5 million", "a dozen", "three dozen",
vague plurals ("dozens", "scores of", "hundreds", "tens of thousands", "several hundred").
The grammar itself is in numbers.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsclaims.extract.numbers import DIGIT_PATTERN, LangSpec, WordInfo, alternation, load_lexicon


@lru_cache(maxsize=1)
def spec() -> LangSpec:
    lex = load_lexicon("numbers_en.yaml")
    words: dict[str, WordInfo] = {}
    for t, v in lex["units"].items():
        words[t] = WordInfo("num", v, key=t)
    for t, v in lex["tens"].items():
        words[t] = WordInfo("num", v, key=t)
    for t in lex["hundred_words"]:
        words[t] = WordInfo("hund", 100, 1, key=t)
    for t, d in lex["multipliers"].items():
        words[t] = WordInfo("mult", d["value"], d.get("count", 1), key=t)
    for t in lex["dozen_words"]:
        words[t] = WordInfo("dozen", 12, 1, key=t)
    for t, d in lex["vague"].items():
        words[t] = WordInfo("vague", d["value"], needs_of=bool(d.get("needs_of")), key=t)

    mults = alternation(list(lex["hundred_words"]) + list(lex["multipliers"])
                        + list(lex["dozen_words"]))
    arts = alternation(lex["article_words"])
    vq = alternation(lex["vague_before_multiplier"])
    atom_re = re.compile(
        f"{DIGIT_PATTERN}"
        f"|\\b(?:(?P<vq>{vq})\\s+(?=(?:{mults})\\b)|(?P<pre>{arts})\\s+(?=(?:{mults})\\b))?"
        f"(?P<w>{alternation(words)})\\b",
        re.I,
    )

    def quals(section: dict) -> tuple[str, dict]:
        kinds = {}
        for kind, terms in section.items():
            for t in terms:
                kinds[" ".join(t.lower().split())] = (kind, t)
        return alternation(kinds), kinds

    q_alt, q_kinds = quals(lex["qualifiers"])
    p_alt, p_kinds = quals(lex["postposed"])
    rng = lex["range"]
    return LangSpec(
        lang="en",
        atom_re=atom_re,
        words={k.lower(): v for k, v in words.items()},
        qual_re=re.compile(f"(?<![\\w.])(?P<q>{q_alt})\\s+\\Z", re.I),
        qual_kinds=q_kinds,
        post_re=re.compile(f"\\s+(?P<q>{p_alt})(?![\\w])", re.I),
        post_kinds=p_kinds,
        range_between_re=re.compile(f"\\b(?:{alternation(rng['between'])})\\s+\\Z", re.I),
        range_from_re=re.compile(f"\\b(?:{alternation(rng['from'])})\\s+\\Z", re.I),
        range_to_re=re.compile(f"\\s+(?P<c>{alternation(rng['to'])})\\s+", re.I),
        range_or_re=re.compile(f"\\s+(?:{alternation(rng['or'])})\\s+", re.I),
        change_re=re.compile(
            f"\\b(?:{alternation(lex['change_verbs'])})\\b[^.!?\\n]{{0,40}}\\Z", re.I),
        clitic_re=re.compile(r"(?!)"),  # English never glues letters to digits
        and_word="and",
        extra={
            "one_before": re.compile(
                f"\\b(?:{alternation(lex['one_not_number_before'])})\\s+\\Z", re.I),
            "one_after": re.compile(
                f"\\s*(?:{alternation(lex['one_not_number_after'])})\\b", re.I),
        },
    )
