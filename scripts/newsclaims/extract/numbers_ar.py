"""Arabic number words: compile lexicons/numbers_ar.yaml into the shared number grammar.

Forms: units with gender/case (خمسة/خمس، اثنان/اثنين/اثنتان/اثنتين), teens (أحد عشر، إحدى عشرة،
اثنا/اثني/اثنتا/اثنتي عشرة، ثلاثة عشر)، tens (عشرون/عشرين)، hundreds (مئة/مائة، مئتان/مئتين،
ثلاثمئة، ثلاث مئة)، multipliers (ألف/ألفان/ألفين/آلاف، مليون/ملايين، مليار), compounds joined by
و (ثلاثة وعشرون، مئة وخمسون، ألفين وخمسمئة), clitics on the first word (و، ف، ب، ل، ك، ال),
vague plurals (عشرات، مئات، آلاف، عشرات الآلاف). The grammar itself is in numbers.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsclaims.extract.numbers import (
    DIGIT_PATTERN,
    Before,
    LangSpec,
    WordInfo,
    alternation,
    fold_term,
    load_lexicon,
    trie_regex,
)


def _person_duals(lex: dict) -> dict[str, bool]:
    """Dual forms of the person nouns of lexicons/figure_subjects.yaml (folded) -> whether
    the form needs a written fatha to be a dual. -ان is always a dual ("شابان", "مواطنان");
    -ين is a dual when the noun's plural is broken ("جنديين", "شابين"), but for a noun whose
    sound plural is listed (مسلحين، مواطنين، مدنيين) only "مسلحَين" with its fatha is a dual.
    Words that only look dual are in `not_duals` (طالبان = Taliban)."""
    persons = {fold_term(p) for p in load_lexicon("figure_subjects.yaml")["person_nouns"]["ar"]}
    not_duals = {fold_term(w) for w in lex["not_duals"]}
    out: dict[str, bool] = {}
    for p in sorted(persons):
        if p.endswith(("ين", "ون", "ات", "ان")) and len(p) > 3 or len(p) < 3:
            continue  # (a plural; not a three-letter noun that ends so: «عون» → «عونان»)
        if p.endswith("ا") and p[:-1] in persons:
            continue  # accusative "عنصرا": the stem is listed too
        base = p[:-1] + "ت" if p.endswith("ه") else p
        for form, fatha in ((base + "ان", False), (base + "ين", base + "ين" in persons)):
            if form not in not_duals:
                out[form] = fatha
    return out


def thing_duals(lex: dict) -> set[str]:
    """Dual forms (folded) of the thing nouns of numbers_ar.yaml: "رصيفين", "مدرستين",
    "مستشفيين"."""
    out = set()
    for t in lex["thing_nouns"]:
        f = fold_term(t)
        base = f[:-1] + "ت" if f.endswith("ه") else f
        out |= {base + "ان", base + "ين"}
    return out - {fold_term(w) for w in lex["not_duals"]}


@lru_cache(maxsize=1)
def spec() -> LangSpec:
    lex = load_lexicon("numbers_ar.yaml")
    words: dict[str, WordInfo] = {}

    def add(term: str, info: WordInfo) -> None:
        words[fold_term(term)] = info

    for t, v in lex["units"].items():
        add(t, WordInfo("num", v, key=t))
    unit_forms = {fold_term(t): v for t, v in lex["units"].items() if 3 <= v <= 9}
    unit_forms |= {fold_term(t): v for t, v in lex["teen_units"].items()}
    ten_forms = [fold_term(t) for t in lex["teen_ten"]]
    # tries, not plain alternations: tried at every word start (under each clitic split)
    teen_pattern = f"(?:{trie_regex(unit_forms)})\\s+(?:{trie_regex(ten_forms)})"
    for t, v in lex["tens"].items():
        add(t, WordInfo("num", v, key=t))
    for t in lex["hundred_words"]:
        add(t, WordInfo("hund", 100, 1, key=t))
    for t in lex["hundred_dual"]:
        add(t, WordInfo("hund", 100, 2, key=t))
    for u, v in lex["hundred_compound_units"].items():
        for h in lex["hundred_words"]:
            add(u + h, WordInfo("num", v * 100, key=u + h))
    for t, d in lex["multipliers"].items():
        add(t, WordInfo("mult", d["value"], d.get("count", 1), bool(d.get("plural")), key=t))
    for t, v in lex["fraction_words"].items():
        add(t, WordInfo("half", v, key=t))
    for t in lex["one_before_tens"]:
        add(t, WordInfo("num", 1, key=t, needs_tens=True))
    for t in lex["dual_nouns"]:
        add(t, WordInfo("num", 2, key=t, dual_noun=True))
    for t in lex["fatha_duals"]:
        add(t, WordInfo("num", 2, key=t, dual_noun=True, needs_fatha=True))
    for t, needs_fatha in _person_duals(lex).items():
        if t not in words:
            words[t] = WordInfo("num", 2, key=t, dual_noun=True, needs_fatha=needs_fatha)
    for t in sorted(thing_duals(lex)):
        if t not in words:
            words[t] = WordInfo("num", 2, key=t, dual_noun=True)
    for t, v in lex["vague"].items():
        add(t, WordInfo("vague", v, key=t))

    word_alt = trie_regex(words)
    prefix = fold_term(lex["prefix"])
    atom_re = re.compile(
        f"{DIGIT_PATTERN}|(?<!\\w)(?P<pre>{prefix})(?P<w>{teen_pattern}|{word_alt})(?!\\w)")
    # the first word of every word-branch match: the clitics and a number word, or a teen's unit
    # (the only number in two words: every lexicon term is one word of word characters)
    if not all(re.fullmatch(r"\w+", t) for t in [*words, *unit_forms]):
        raise ValueError("numbers_ar.yaml: a number term that is not one word (see LangSpec.word_heads)")
    word_heads = re.compile(f"(?:{prefix})(?:{trie_regex(unit_forms)}|{word_alt})")

    # teens are matched as one atom "<unit> عشر": resolve their value here
    teen_re = re.compile(f"(?P<u>{alternation(unit_forms)})\\s+(?:{alternation(ten_forms)})")

    class _Words(dict):
        def get(self, k, default=None):  # noqa: D401 - dict with computed teens
            v = dict.get(self, k)
            if v is not None:
                return v
            m = teen_re.fullmatch(k)
            if m:
                return WordInfo("num", 10 + unit_forms[m.group("u")], key=k)
            return default

    def quals(section: dict) -> dict:
        return {fold_term(t): (kind, t) for kind, terms in section.items() for t in terms}

    q_kinds = quals(lex["qualifiers"])
    p_kinds = {" ".join(k.split()): v for k, v in quals(lex["postposed"]).items()}
    p_alt = alternation(p_kinds)
    rng = lex["range"]
    return LangSpec(
        lang="ar",
        atom_re=atom_re,
        words=_Words(words),
        qual=Before(q_kinds, clitics=True),
        post_re=re.compile(f"\\s+(?P<q>{p_alt})(?!\\w)"),
        post_kinds=p_kinds,
        range_between=Before({fold_term(t): t for t in rng["between"]}, clitics=True),
        range_from=Before({fold_term(t): t for t in rng["from"]}, clitics=True),
        range_to_re=re.compile(
            f"\\s+(?P<c>{alternation(fold_term(t) for t in rng['to'])})\\s*"),
        range_or_re=re.compile(f"\\s+(?:{alternation(fold_term(t) for t in rng['or'])})\\s+"),
        change_re=re.compile(
            f"(?<!\\w)[وف]?(?:{alternation(fold_term(t) for t in lex['change_verbs'])})(?!\\w)"
            "[^.!?؟\\n]{0,40}\\Z"),
        clitic_re=re.compile(prefix),
        and_word="و",
        word_heads=word_heads,
        extra={
            "definite_excluded": tuple(lex["definite_excluded"]),
            "construct_duals": frozenset(lex["construct_duals"]),  # WordInfo.key: as written
            "construct_vehicle_duals": frozenset(lex["construct_vehicle_duals"]),  # as written
            "construct_vehicle_after": frozenset(fold_term(t) for t in lex["construct_vehicle_after"]),
            "construct_dual_not_before": frozenset(
                fold_term(t) for t in lex["construct_dual_not_before"]),
            "ten_keys": tuple(lex["teen_ten"]),
            "ordinal_before": Before({fold_term(t): t for t in lex["ordinal_before_ten"]},
                                     clitics=True),
        },
    )
