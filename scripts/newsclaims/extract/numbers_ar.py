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


def _fem_base(f: str) -> str | None:
    """The dual stem of a folded feminine noun ("ضحيه" -> "ضحيت"), or None."""
    return f[:-1] + "ت" if f.endswith("ه") and len(f) >= 3 else None


def counted_duals(lex: dict) -> tuple[set[str], set[str]]:
    """Dual forms (folded) of the counted nouns that are neither things nor listed persons:
    `counted_nouns` of numbers_ar.yaml and every one-word feminine cue noun of
    figure_categories.yaml (ar), but `counted_dual_skip` -> (the -ان/-ين and -تان/-تين forms,
    the construct forms -تا/-تي of the feminine nouns and of the thing nouns, which count only
    before a word of `construct_vehicle_after`: «عمليتي اغتيال», «شاحنتي إمداد»)."""
    cats = load_lexicon("figure_categories.yaml")
    nouns = {fold_term(t) for t in lex["counted_nouns"]}
    for cat in ("killed", "wounded", "missing", "detained", "displaced", "strikes", "other"):
        for e in cats[cat]["ar"]:
            if isinstance(e, str) and e.endswith("ة") and re.fullmatch(r"[^\W\d_]+", e) \
                    and not e.startswith("ال"):
                nouns.add(fold_term(e))
    # (session 16) the feminine of the fate participles (figure_categories.yaml ar_inflected):
    # «طفلتين مصابتين»، «شهيدتين»، «فتاتين مفقودتين» (the feminine plural is -ات: never ambiguous)
    for forms in cats["ar_inflected"].values():
        nouns |= {fold_term(p + "ة") for p in forms.get("participles", ())}
    nouns -= {fold_term(t) for t in lex["counted_dual_skip"]}
    not_duals = {fold_term(w) for w in lex["not_duals"]}
    full, construct = set(), set()
    for f in nouns:
        fem = _fem_base(f)
        base = fem or f
        full |= {base + "ان", base + "ين"}
    for f in nouns | {fold_term(t) for t in lex["thing_nouns"]}:
        fem = _fem_base(f)
        if fem:
            construct |= {fem + "ا", fem + "ي"}
    return full - not_duals, construct - not_duals


def _dual_agreement(lex: dict) -> re.Pattern:
    """After a plural-looking -ين noun: up to two -ين adjectives, then a dual verb or pronoun
    of `dual_verbs` (or a present dual يـ...ان) that agrees with it ("عاملين أجنبيين قتلا")."""
    # (session 16) and the past dual of every fate verb of figure_categories.yaml ar_inflected
    # («مدنيين جرحا»، «عاملين نزحا»)
    duals = {fold_term(e).split()[0] + "ا" for forms in load_lexicon("figure_categories.yaml")[
        "ar_inflected"].values() for e in forms.get("verbs", ())}
    verbs = alternation({fold_term(t) for t in lex["dual_verbs"]} | duals)
    return re.compile("(?:[ \t\u00a0]+(?![وف])[^\W\d_]{2,}ين){0,2}[ \t\u00a0]+(?:قد[ \t\u00a0]+)?"
                      f"(?:{verbs}|ي[^\W\d_]{{3,}}ان)(?!\w)")


def _one_of_harm(d: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(session 18) The harm contexts in which «أحد»/«إحدى»/«أحدهم» is a count of 1 (numbers.
    _is_excluded_seq): (before, after, complementizer-before, harmed group) regexes over folded
    text. `before` and the complementizer are searched ending at the number (\\Z at endpos),
    `after` and the group matched at its end."""
    def alt(key):
        return alternation(fold_term(t) for t in d[key])
    b = "[ \t\u00a0]"
    before = re.compile(f"(?:(?<!\\w)[وف]?[بل]?(?:{alt('before')})|(?<!\\w)[وف]?(?P<cond>{alt('condition_before')}))"
                        f"{b}+\\Z")
    group = f"(?:{b}+(?!(?:{alt('not_group')})(?!\\w))[^\\W\\d_]+){{0,3}}?"
    aside = "(?:[ \t\u00a0]*،[^،.؟!\n]{1,60}،)?"
    after = re.compile(f"{group}{aside}{b}+(?:(?:قد|لاحقا){b}+)?"
                       f"(?:(?P<pred>{alt('after')})|(?P<cond>{alt('condition_after')}))(?!\\w)")
    comp = re.compile(f"(?<!\\w)(?:{alt('complementizer')})[ \t\u00a0«\"“]+\\Z")  # («أن «أحد المتوفين»)
    groups = re.compile(f"{b}+(?:{alt('harmed_groups')})(?!\\w)")
    return before, after, comp, groups


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
    for t in lex["one_of_pronoun"]:  # «أحدهم»: "one of them", a count only where harm governs it
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
    counted, construct = counted_duals(lex)
    construct -= words.keys()  # a listed construct dual keeps its own rule («حالتي وفاة»)
    for t in sorted(counted | construct):
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
            # WordInfo.key: as written (the listed ones) or folded (derived: counted_duals)
            "construct_vehicle_duals": frozenset(lex["construct_vehicle_duals"]) | construct,
            "construct_vehicle_after": frozenset(
                a + fold_term(t) for t in lex["construct_vehicle_after"] for a in ("", "ال")),
            "dual_agree": _dual_agreement(lex),
            "construct_dual_not_before": frozenset(
                fold_term(t) for t in lex["construct_dual_not_before"]),
            "ten_keys": tuple(lex["teen_ten"]),
            "ordinal_before": Before({fold_term(t): t for t in lex["ordinal_before_ten"]},
                                     clitics=True),
            "vague_lead": Before({fold_term(t): t for t in lex["vague_lead"]}, clitics=True),
            "one_of_harm": _one_of_harm(lex["one_of_harm"]),
        },
    )
