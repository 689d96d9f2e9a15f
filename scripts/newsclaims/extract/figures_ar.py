"""Arabic-only refinements of figures.py: the Arabic constants, regexes and helpers that decide a
figure's category and subject in Arabic text.

What is here: the clitic prefix of cue words (`_AR_PREFIX`) and the article strip (`_strip_al`);
the inflected and pronoun-suffixed forms of the people cue words (`_ar_inflections`,
`_ar_pronoun_forms`, `_ar_dual_verbs`); the word lists and regexes the Arabic branches of
`find_figures` and its rules read (`_AR_*`); and the Arabic helpers only those branches call
(negation `_negated_ar`, definite numbers of things `_ar_definite_things`, «(N)» restatements
`_ar_paren_count`, the subject-then-verb order `_subject_verb_ar`, `_killed_verb_after`,
`_inherit_before_noun`, `_clause_end_ar`, crowd counts `_ar_crowd_and_count_fate`,
`_ar_victims_with_killed`).

How figures.py uses it: it binds each name it needs explicitly, one line each
(`_AR_WORD = figures_ar._AR_WORD`: an assignment, not `from ... import`, to keep CPython's
LOAD_METHOD on `NAME.search(...)`, see there), and calls or reads it only on Arabic text (in
`lang == "ar"` branches, or on rules compiled for Arabic). Pieces shared by both languages, and
Arabic helpers that need figures.py's shared rules (`_subject_rules`, `_ar_own_subject_or_object`),
stay in figures.py; this module imports nothing from figures.py at run time (no import cycle).
Split out of figures.py unchanged (session 17): same code, same behaviour.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from newsclaims.extract.numbers import fold_term, load_lexicon

if TYPE_CHECKING:  # annotations only (figures.py imports this module)
    from newsclaims.extract.figures import _Cue

_AR_PREFIX = "(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_AR_PREFIX_FIRST = "وفبكلا"  # every letter _AR_PREFIX can start with (ا: a bare «ال»)

# (session 17) a cell, gang or network before its make-up («القبض على خلية مؤلفة من ستة أشخاص»):
# the members arrested are a count, not a family's size (exclusion_reason, composition); one
# adjective may come between («خلية إرهابية تتألف من سبعة عناصر»)
_AR_CELL_BEFORE = re.compile(r"(?<!\w)(?:[وفب]?(?:ال)?)(?:خليه|خلايا|عصابه|عصابات|شبكه|شبكات)(?:[ \t\u00a0]+[^\W\d]+)?[ \t\u00a0]+\Z")


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


# Arabic object/possessive pronouns a people cue carries when its people were named before it:
# «14 شخصاً اعتقلتهم القوات»، «تم إجلاؤهم»، «جرى توقيفهم»، «شردتهم الحرب»، «لم يعثر عليهم»
_AR_PEOPLE_CATS = frozenset(("killed", "wounded", "missing", "detained", "displaced"))
_AR_OBJ_SUFFIXES = ("هم", "هن", "هما")
# families and households are counted in the feminine singular: «3000 أسرة تم إجلاؤها»، «عائلة
# جرى تهجيرها»، «شردتها الفيضانات» (not the killed/wounded: «مقتلها»، «إصابتها» name one woman)
_AR_HELD_CATS = frozenset(("missing", "detained", "displaced"))
_AR_PREPS = frozenset(("ب", "عن", "علي", "مع", "ل", "في", "من"))


_AR_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن")
_AR_PRESENT_FORMS = (("ي", ""), ("ت", ""), ("ي", "ان"), ("ت", "ان"), ("ي", "ون"), ("ي", "ن"))
_AR_PARTICIPLE_SUFFIXES = ("", "ة", "ات", "تين", "تان", "ين", "ون", "ان", "ا")


def _ar_inflections(forms: dict) -> set[str]:
    """The folded forms of figure_categories.yaml `ar_inflected` (one category): every verb in
    the persons a count takes (past: the stem and -ت -ا -تا -وا -ن; present: ي/ت + the stem with
    -ان -ون -ن) and every participle with its gender and number endings. A final -ي of a past or
    present stem drops before -وا/-ون (توفوا، يتوفون); a past in -ى drops it before -ت/-تا too
    (اختفت، اختفتا)."""
    out = set()
    for e in forms.get("verbs", ()):
        words = fold_term(e).split()
        past, rest = words[0], words[1:]
        present = rest.pop(0)[1:] if rest and rest[0].startswith("ي") and len(rest[0]) > 2 else None
        tail = " ".join(rest)
        made = [past[:-1] + "وا" if suf == "وا" and past.endswith("ي") else past + suf
                for suf in _AR_PAST_SUFFIXES]
        if e.split()[0].endswith("ى"):  # a past in -ى (اختفى): اختفت اختفتا اختفيا اختفين
            made += [past[:-1] + suf for suf in ("ت", "تا")] + [past + suf for suf in ("ا", "ن")]
        if present is not None:
            made += [pre + (present[:-1] + suf if suf == "ون" and present.endswith("ي") else present + suf)
                     for pre, suf in _AR_PRESENT_FORMS]
        out.update(f"{w} {tail}" if tail else w for w in made)
    for e in forms.get("participles", ()):
        out.update(fold_term(e + suf) for suf in _AR_PARTICIPLE_SUFFIXES)
    return out


def _ar_pronoun_forms(cue_words: dict) -> dict:
    """The folded cue words of the people categories with a plural/dual pronoun attached, derived
    by the spelling rules (a word, a multiword cue only when it ends in a preposition): the -وا of a
    plural verb keeps its waw and drops the alif (اعتقلوا -> اعتقلوهم), the feminine -ة (folded ه)
    becomes ت (إصابة -> إصابتهم), a final hamza sits on waw or ya (إجلاء -> إجلاؤهم، إجلائهم);
    words ending in alif (duals, accusatives) take none."""
    out = {}
    for w, (cat, weak) in cue_words.items():
        if cat not in _AR_PEOPLE_CATS:
            continue
        head, _, last = w.rpartition(" ")
        if head and last not in _AR_PREPS:
            continue
        if last.endswith("وا"):
            stems = (last[:-1],)
        elif last.endswith("ه"):
            stems = (last[:-1] + "ت",)
        elif last.endswith("ء"):
            stems = (last, last[:-1] + "و", last[:-1] + "ي")
        elif last.endswith("ا") or len(last) < 2 and not head:
            continue
        else:
            stems = (last,)
        for s in stems:
            for suf in _AR_OBJ_SUFFIXES + (("ها",) if cat in _AR_HELD_CATS else ()):
                out.setdefault(f"{head} {s}{suf}" if head else s + suf, (cat, weak))
    return out


_AR_DAY_UNITS = frozenset(("يوم", "اسبوع", "شهر", "ليله", "سنه"))  # folded singular time units

_AR_LETTERS = re.compile(r"[^\W\d]+")  # an Arabic cue's word: a run the cue lookbehind starts

_AR_OUT_OF_ASIDE = re.compile(r"[ \t\u00a0]+من اصل[ \t\u00a0]+[^\s،,.]+(?:[ \t\u00a0]+(?:الف|الاف|مليون))?")

# places opened, set up or set aside (folded, without «ال»): «فتحت 3 مدارس»، «خصصت 12 مركزاً»
_AR_OPENED_PLACES = frozenset((
    "مدارس", "مدرسه", "مدرستين", "طرق", "طريقا", "ممرات", "ممرا", "ممرين", "مراكز", "مركزا",
    "مركزين", "مخيمات", "مخيما", "مخيمين", "معابر", "معبرا", "معبرين", "قاعات", "صالات",
    "مساجد", "ملاعب", "فنادق", "نقاط", "نقطه"))
_AR_OPENED_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:فتح|فتحت|فتحوا|فتحنا|افتتح|افتتحت|افتتحوا|خصص|خصصت|خصصوا|خصصنا|جهز|جهزت|"
    r"جهزوا|جهزنا|اقام|اقامت|اقاموا|انشا|انشات|انشاوا|اعاد فتح|اعادت فتح|تم فتح|تم تخصيص|"
    r"تم تجهيز|فتح|افتتاح|تخصيص|تجهيز|اعاده فتح)(?:[ \t\u00a0]+[^\W\d]+){0,2}[ \t\u00a0]+"
    r"(?:(?:نحو|قرابه|حوالي|اكثر من|زهاء)[ \t\u00a0]+)?\Z")
_AR_FACILITIES = frozenset(("مستشفي", "مستشفيات", "مستوصف", "مستوصفات", "مرفق", "مرافق", "مرفقا"))

_AR_CASE_LEFT = frozenset(("حاله", "وحاله"))  # folded «حالة» before a number
_AR_CASE_DUALS = frozenset(("حالتان", "حالتين"))

_AR_BACK_DET = re.compile(r"(?<!\w)(?:هؤلاء|اولئك)[ \t\u00a0]+\Z")


_AR_DEF_NOUN_BEFORE = re.compile(r"(?<!\w)[وفب]?ال([^\W\d_]+)[ \t\u00a0]+\Z")

_AR_DEF_START = re.compile(r"[وفبلك]?ال(?!\w*[ \t\u00a0])")
# a definite noun phrase right before: up to three words that each carry the article
_AR_DEF_PHRASE_BEFORE = re.compile(r"(?<!\w)((?:ال[^\W\d_]+[ \t\u00a0]+){1,3})\Z")
_AR_DUAL_END = re.compile(r"(?:ت)?(?:ين|ان)\Z")


def _ar_definite_things(ftext: str, qs: int, qe: int, m, sr, r) -> bool:
    """A definite number that is no count of people: a definite dual of a thing («الضربتين»،
    «السفينتين»، «العربتين») or a definite number adjective after a definite noun of places or
    things («القرى الثلاث»، «المنازل الأربعة»; not after a sound masculine plural, people: «السجناء
    الهاربين الثلاثة»). It points back to things named before (tuning
    sets g, aa, ag, am: never annotated); people are the back-reference rule's (session 12)."""
    w = ftext[qs:qe]
    if not m.rule.startswith("ar.words") or "+" in m.rule or _AR_DEF_START.match(w) is None:
        return False
    stem = w[w.find("ال") + 2:]
    if m.value == 2 and stem not in ("اثنين", "اثنان", "اثنتين", "اثنتان"):
        base = _AR_DUAL_END.sub("", stem)
        return not (base in sr.persons or base + "ه" in sr.persons
                    or r.cue_words.get(stem, _THING_CUE)[0] not in ("strikes", "other"))
    pw = _AR_DEF_PHRASE_BEFORE.search(ftext, max(0, qs - 40), qs)
    if pw is None:
        return False
    for noun in pw.group(1).split():  # the definite noun and its definite adjectives
        bare = _strip_al(noun)  # («الأسرى الصهاينة الثلاثة»: people, whichever word says so)
        if noun.endswith(("ين", "ون")) or bare in sr.persons or noun in sr.persons \
                or r.cue_words.get(bare, _THING_CUE)[0] not in ("strikes", "other") \
                or r.cue_words.get(noun, _THING_CUE)[0] not in ("strikes", "other"):
            return False
    return True


_THING_CUE = ("other", False)

# the next item of a ranked list joined by «و»: «ثم حمص (29) ودير الزور (22)»، «حمص بـ29 ودير الزور بـ22»
_AR_RANK_AND = re.compile(r"\)?[،,]?[ \t\u00a0]+و\w+(?:[ \t\u00a0]+\w+){0,2}[ \t\u00a0]+\(?\Z")


def _ar_paren_count(ftext: str, qs: int, qe: int) -> bool:
    """A bare number in parentheses after a word, as ranked tables are written in prose:
    «تلتها درعا (31)، ثم حمص (29)»."""
    return 0 < qs and ftext[qs - 1] == "(" and ftext[qe:qe + 1] == ")"


_AR_RANK = re.compile(r"(?<!\w)(?:تلت(?:ها|ه)|تلا(?:ها|ه)|يلي(?:ها|ه)|تلي(?:ها|ه)|ثم)(?!\w)")


def _negated_ar(ftext: str, pos: int) -> bool:
    """An Arabic denial right before the harm cue at pos (folded): «دون تسجيل (أي) إصابات»،
    «بدون إصابات»، «من دون أن يسفر عن ضحايا»، «ولم تسجل أي وفيات»، «عدم وقوع إصابات»، «لا إصابات».
    (SPEED: asked only for the plural harm nouns a denial names, _AR_DENIABLE, a set test per cue.)"""
    lo = max(0, pos - 34)
    if ftext.find("دون", lo, pos) < 0 and ftext.find("لم ", lo, pos) < 0 and ftext.find("عدم", lo, pos) < 0 \
            and ftext.find("لا ", lo, pos) < 0:
        return False  # (every denial holds one of these)
    return _NEGATED_AR.search(ftext, lo, pos) is not None


# the harm nouns a denial names (cue keys, folded): «دون تسجيل إصابات»، «لم تسجل وفيات»، «دون وقوع ضحايا»
_AR_DENIABLE = frozenset(("اصابات", "اصابه", "وفيات", "وفاه", "ضحايا", "قتلي", "جرحي", "اصابات بشريه",
                          "خسائر بشريه", "خسائر في الارواح", "مصابين", "اصابات خطيره"))


# (a bare «لم» before a fate verb is no denial: «لم تخسر سوى 12 مقاتلاً» counts them)
_AR_NEG_VERBS = (r"(?:تسجيل|تسجل|يسجل|وقوع|يقع|تقع|تسفر|يسفر|تخلف|يخلف|توجد|يوجد|ترد|يرد|تبلغ|يبلغ|ترصد|يرصد"
                 r"|تسبب|يتسبب|تتسبب|تودي|يودي|تؤد|يؤد|تؤدي|يؤدي|تحدث|يحدث|ينجم|تنجم)")
_NEGATED_AR = re.compile(
    r"(?<!\w)(?:(?:بدون|دون|عدم|لا|ولا)(?:[ \t\u00a0]+ان)?(?:[ \t\u00a0]+" + _AR_NEG_VERBS + r")?"
    r"|(?:لم|ولم|فلم)[ \t\u00a0]+" + _AR_NEG_VERBS + r")"
    r"(?:[ \t\u00a0]+(?:عن|في|الي))?(?:[ \t\u00a0]+(?:وقوع|سقوط|تسجيل))?(?:[ \t\u00a0]+اي)?[ \t\u00a0]+\Z")

_AR_CAPTURE = frozenset(("اسر",))

# fighters captured whom the person nouns leave out (their numbers elsewhere are force sizes):
# «أسر 14 من المهاجمين»، «أسر 3 مهاجمين» (folded)
_AR_CAPTURED_FIGHTERS = frozenset(("المهاجمين", "مهاجمين", "مهاجما", "مهاجمون", "المقاتلين", "مقاتلين", "مقاتلا"))
_AR_OTHERS = frozenset(("اخرين", "اخرون", "اخري"))

_AR_REL_AFTER = re.compile(r"[ \t\u00a0]+(?:ممن|من[ \t\u00a0]+(?:الذين|اللواتي|اللاتي))[ \t\u00a0]+")

_AR_CLAUSE_END = re.compile(r"[ \t\u00a0]*(?:[.،,؛!]|\Z)")
_AR_FATE_LIST_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اصيب|جرح|قتل|استشهد|توفي|اعتقل)[ \t\u00a0]+[^\s]+"
                                  r"(?:[ \t\u00a0]+[^\W\d]+)?[ \t\u00a0]*\Z")
_AR_OTHERS_SUBJECT = re.compile(r"[ \t\u00a0]+(?:(?:اشخاص|اشخاصا|شخصا)[ \t\u00a0]+)?اخرون(?!\w)")
_AR_ESCAPED = frozenset(("فروا", "هربوا", "فر", "هرب", "فرت", "هربت", "تمكنوا"))  # folded  # "وأسر سبعة آخرين": more people  # أسر: "families" after a count, "capture" before people

# «غادر/خرج N (منهم) المستشفى»: the leave verb before the count and the hospital right after it
_AR_LEAVE_HOSPITAL = re.compile(r"[وف]?(?:غادر|خرج)")
_AR_HOSPITAL_NEXT = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,2}?[ \t\u00a0]+(?:ال)?(?:مستشفي|مستشفى|مستشفيات)(?!\w)")

_AR_OF_WORD = re.compile(r"[ \t\u00a0]+(?:من[ \t\u00a0]+[^\W\d_]+|علي[ \t\u00a0]+الاقل)")
_AR_HEDGE = re.compile(r"[ \t\u00a0]+(?:يخشي|يعتقد|يرجح|يحتمل|يفترض|يظن)[ \t\u00a0]+"
                       r"(?:ان|انهم|انهن)(?!\w)")


def _killed_verb_after(ftext: str, pos: int, cue_at: dict) -> _Cue | None:
    """Arabic: a strong killed verb as the next word after a group noun (not a new clause with
    و): what happened to the group; also past a "من X" and a hedge ("427 لاجئاً من الروهينغا
    يُخشى أنهم لقوا حتفهم")."""
    o = _AR_OF_WORD.match(ftext, pos)
    if o is None and ftext[pos - 1:pos] == "ي":  # a construct plural and its complement:
        o = _AR_WORD.match(ftext, pos)  # "معتقلي غزة أُعدموا"
    for p in ((pos, o.end()) if o is not None else (pos,)):
        h = _AR_HEDGE.match(ftext, p)
        w = _AR_WORD.match(ftext, h.end() if h is not None else p)
        if w is None or w.group(1).startswith("و"):
            continue
        k = cue_at.get(w.start(1))
        if k is None and w.group(1).endswith("وا"):  # a plural verb and its object: "لقوا حتفهم"
            w2 = _AR_WORD.match(ftext, w.end())
            k = cue_at.get(w2.start(1)) if w2 is not None else None
        if k is not None and k.cat == "killed" and not k.weak:
            return k
    return None


# the death verbs and nouns that can take a count of wounded as their subject or object (the
# nouns are also _DEATH_NOUNS, which adds the ones not (yet) seen with the wounded)
_AR_DEATH_NOUNS_OF_WOUNDED = ("وفاه", "مقتل", "استشهاد")  # (folded)

_AR_SUB_VERB_AFTER = re.compile(r"[ \t\u00a0]+(?:منهم|منها|منهن|منهما)[ \t\u00a0]+")

# escaped from kidnappers (not a prison break): «خمسة رهائن تمكنوا من الفرار من أيدي خاطفيهم»
# stay held people freed (README session 9: freed from captivity is `detained`)
_AR_CAPTORS = re.compile(r"(?<!\w)(?:ال)?(?:خاطف(?:ين|يهم|يها|يه)?|مختطف(?:ين|يهم)|آسري(?:هم|ه)|اسري(?:هم|ه))(?!\w)")
# fled / escaped (folded) and a prison named near: the escapees of a prison break
_AR_FLED = re.compile(r"[وفب]?(?:ال)?(?:فار(?:ين|ون|ان)?|فر(?:وا|ار)?|هرب(?:وا)?|هارب(?:ين|ون)|"
                      r"الهارب(?:ين|ون))(?!\w)")
_AR_PRISON = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:سجن|سجون|سجناء|سجين|سجينا|نزلاء|مساجين|"
                        r"زنزانه|زنازين)(?!\w)")
# «السجناء الهاربين الثلاثة»: the fled participle right before the number after a held noun
# (the held noun itself is the cue: «أعادت القبض على السجناء الفارين الخمسة» stays detained)
_AR_FLED_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:سجناء|نزلاء|مساجين|سجينين|معتقلين|موقوفين)"
                             r"[ \t\u00a0]+(?:ال)?(?:فار|هارب)(?:ين|ون)[ \t\u00a0]+\Z")
_AR_ARREST_BEFORE = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:قبض|القبض|اعتقال|اعتقلت|اعتقلوا|توقيف|اوقفت|"
                               r"اوقفوا|قبضت|ضبط|ضبطت)(?!\w)")

_AR_BODY_DUALS = ("جثتي ", "جثتا ", "جثماني ", "جثمانا ")
_AR_BODIES_BEFORE = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:جثث|جثه|جثامين|جثمان|رفات)[ \t\u00a0]+\Z")

_AR_TWO_WORDS = frozenset(("اثنين", "اثنان", "اثنتين", "اثنتان"))
# «بينهم مدير الشركة و...»: an "including" word, then up to three words of one listed person
_AR_AMONG_LISTED = re.compile(r"(?<!\w)(?:من[ \t\u00a0]+)?(?:بينهم|بينهن|ضمنهم|منهم)"
                              r"(?:[ \t\u00a0]+[^\W\d_]+){1,3}[ \t\u00a0]+\Z")


def _inherit_before_noun(ftext: str, qs: int, r) -> tuple | None:
    """Arabic number adjective after its noun, after an "including" word: "من بينهم تونسيان
    اثنان", "بينهم أطفال ثلاثة"."""
    j = qs
    while j > 0 and ftext[j - 1] in " \t\u00a0":
        j -= 1
    k = j
    while k > 0 and not ftext[k - 1].isspace():
        k -= 1
    if k == j or not ftext[k:j].isalpha():
        return None
    inh = r.inherit_before.match(ftext, k)
    return None if inh is None else (qs, inh[1])


# a count right after a verb that is "others" («وأصيب 31 آخرون»، «وإصابة ثلاثة آخرين»)
_AR_OTHERS_COUNT = re.compile(r"(?:[ \t\u00a0]+[^\s،,.؛]+){1,3}?[ \t\u00a0]+(?:ال)?اخر(?:ون|ين|ان)(?!\w)")

_AR_BEFORE_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+\Z")
_AR_AND_WORD_BEFORE = re.compile(r"(?<!\w)و[^\W\d_]{2,}[ \t\u00a0]+\Z")  # «وانهيار 1260»


# Folded dual verbs of the toll categories (their subject is two people named before them).
_AR_DUAL_VERBS = frozenset(("قتلا", "استشهدا", "اصيبا", "جرحا", "توفيا", "اعتقلا", "فقدا",
                            "اختطفا", "خطفا", "اسرا", "لقيا", "غرقا", "نزحا"))


@lru_cache(maxsize=1)
def _ar_dual_verbs() -> frozenset:
    """_AR_DUAL_VERBS and the past duals, masculine and feminine, of every verb of
    figure_categories.yaml `ar_inflected` (session 16: «طفلتين استشهدتا وأصيبت والدتهما»)."""
    out = set(_AR_DUAL_VERBS)
    for forms in load_lexicon("figure_categories.yaml")["ar_inflected"].values():
        for e in forms.get("verbs", ()):
            past = fold_term(e).split()[0]
            out |= {past + "ا", past + "تا"}
    return frozenset(out)


_NUM_BEFORE_AR = re.compile(r"[\d٠-٩۰-۹][ \t\u00a0]+\Z")

# people living in the stricken areas are people affected (gold_j: `other`), unlike people merely
# living in a region (gold_t, gold_y: no figure): «17 مليون شخص يعيشون في المناطق المتضررة»
_AR_AFFECTED_AREA = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,2}?[ \t\u00a0]+(?:يعيشون|يقطنون|يسكنون)[ \t\u00a0]+"
                               r"في[ \t\u00a0]+(?:ال)?(?:مناطق|مدن|قري|احياء|محافظات|بلدات)[ \t\u00a0]+"
                               r"(?:ال)?(?:متضرره|منكوبه|المتضرره|المنكوبه)(?!\w)")
_AR_ATTACKERS_BEFORE = re.compile(r"(?<!\w)(?:شنه|شنها|نفذه|نفذها|(?:قدر|يقدر|قدرت|تقدر)[ \t\u00a0]+"
                                  r"(?:عددهم|عددهن|عدد المهاجمين|عدد المسلحين))[ \t\u00a0]+[\"«“]?\Z")

_AR_EXCEED = ("تجاوز ", "تجاوزت ", "يتجاوز ", "تتجاوز ", "تخطي ", "تخطت ", "يتخطي ", "يتخطى ",
              "فاق ", "فاقت ", "يفوق ", "تفوق ")

_AR_WORD = re.compile(r"[ \t\u00a0«\"“]+([^\W\d_]+)")
# kin and companions with a possessive pronoun (folded): a dual «ابنتيه»، «ولديها», a plural
# «أحفاده»، «أصدقائه», a singular «شقيقه»
_AR_KIN = ("(?:ابن|ابنت|بنت|ولد|طفل|طفلت|شقيق|شقيقت|اخ|اخو|اخت|زوج|زوجت|حفيد|حفيدت|صديق|رفيق|"
           "زميل|جار|قريب|ابناء|اولاد|بنات|اطفال|اخوه|اخوان|اخوات|اشقاء|شقيقات|احفاد|اصدقاء|"
           "اصدقا|رفاق|زملاء|زملا|اقارب|اقرباء|جيران|عائلت|افراد اسرت|"
           # parents, and plurals written with their hamza on a seat («أشقائه»، «أبنائها»)
           "والد|والدت|اشقا|ابنا|اخوت)")
_AR_PRON = "(?:ه|ها|هم|هن|هما|ي|نا|ك|كم)"
_AR_KIN_DUAL = re.compile(f"[وف]?{_AR_KIN}(?:ي|تي){_AR_PRON}\\Z")
_AR_KIN_AFTER = re.compile(f"[ \t\u00a0]+(?:من[ \t\u00a0]+)?(?:ال)?{_AR_KIN}(?:ي|ئ|ت)?{_AR_PRON}?(?!\\w)")
_AR_KIN_WORD = re.compile(f"(?<![^ \t\u00a0]){_AR_KIN}(?:ي|ئ|ت)?{_AR_PRON}[ \t\u00a0]+\\Z")

_AR_AMONG = frozenset(("بين", "ضمن", "من"))
_AR_ASIDE = re.compile(r"[ \t\u00a0]*،[ \t\u00a0]*(?:اي|بينهم|منهم|معظمهم|غالبيتهم)[ \t\u00a0]"
                       r"[^،.:؛!?\n]{1,60}،"
                       # (session 13) the same aside between dashes or in parentheses: «12 شخصاً -
                       # معظمهم صيادون - فقدوا»، «(معظمهم صيادون)» (an em or en dash is folded to "-")
                       r"|[ \t\u00a0]+-[ \t\u00a0]*(?:اي|بينهم|منهم|معظمهم|غالبيتهم)[ \t\u00a0][^-،.:؛!?()\n]{1,60}?[ \t\u00a0]-(?=[ \t\u00a0])"
                       r"|[ \t\u00a0]*\([ \t\u00a0]*(?:اي|بينهم|منهم|معظمهم|غالبيتهم)[ \t\u00a0][^()\n]{1,60}\)")
AR_SUBJECT_WORDS = 6


def _subject_verb_ar(ftext, qe, cue_at, sr, num_set=frozenset()) -> tuple[_Cue, bool] | None:
    """Arabic: the category verb after the number's subject noun phrase governs it ("خمسة
    فلسطينيين استشهدوا", "أن ثلاثة من عناصر الأمن لقوا حتفهم", "ثلاثة من المدنيين بين القتلى",
    "خطفت ثلاثة من عناصر الجيش وقتلتهم"). The phrase is at most 6 words with no punctuation,
    no stop word and no category cue of its own; after it a verb (a word with و only when it
    carries the object pronoun: "وقتلتهم"), or بين/ضمن + a category noun. Returns (cue, whether
    it is the verb: a verb is the subject's own predicate, so "وأصيب آخرون" after it does not
    make the count mixed; "بين قتيل وجريح" still does). A second count coordinated with و
    shares the verb ("١٤ متظاهراً وسبعة من عناصر الأمن أصيبوا")."""
    pos = qe
    coord = False
    for n in range(AR_SUBJECT_WORDS + 2):
        if n > 0 and ftext.startswith(" علي الاقل", pos):
            pos += 10  # a bound after the noun: «١٢٠٠ أسرة على الأقل وصلت إلى المخيم», also
            # before an aside: «٤٣ مدنياً على الأقل، بينهم ١١ امرأة، قُتلوا»
        a = _AR_ASIDE.match(ftext, pos) if n > 0 else None
        if a is not None:  # "خمسة آلاف أسرة، أي نحو 30 ألف شخص، نزحت"
            pos = a.end()
        elif n > 0 and ftext.startswith(" من اصل ", pos):
            oa = _AR_OUT_OF_ASIDE.match(ftext, pos)  # «12 شخصاً من أصل 40 قتلوا»: the whole
            if oa is not None:  # is an aside of the subject
                pos = oa.end()
        w = _AR_WORD.match(ftext, pos)
        if w is None:
            return None
        word = w.group(1)
        if n > 0 and not coord and word.startswith("و") and w.start(1) in num_set:
            coord = True
            pos = w.end()
            continue
        c = cue_at.get(w.start(1))
        if c is not None and c.cat != "other" and not c.weak:
            if n == 0:
                return None  # the number's own noun ("خمسة جرحى"): the usual rules read it
            if word.startswith("و") and not word.endswith(("هم", "هن")):
                return None  # "... وأصيب آخرون": a new clause
            return c, True
        if c is not None and c.weak and c.cat == "displaced" and n > 0 and c.ws == w.start(1) \
                and c.ws == c.fs:
            return c, True  # an arrival verb (people only) after the subject, its bound
            # skipped: «١٢٠٠ أسرة على الأقل وصلت إلى المخيم»
        if word in _AR_AMONG and n > 0:
            w2 = _AR_WORD.match(ftext, w.end())
            c2 = cue_at.get(w2.start(1)) if w2 else None
            if c2 is not None and c2.cat != "other" and not c2.weak and word != "من":
                return c2, False  # "ثلاثة من المدنيين بين القتلى"
        if (word in sr.stop and word not in _AR_AMONG) or (n > 0 and word.startswith("و")
                                                           and word not in sr.persons
                                                           and word[1:] not in sr.persons):
            return None
        pos = w.end()
    return None


# «ارتقيا شهيدين»: a dual verb of dying or harm, then its dual predicate (folded text)
_AR_PREDICATE_DUALS = frozenset(("شهيدين", "قتيلين", "جريحين", "ضحيتين", "شهيدتين", "قتيلتين"))
_AR_PREDICATE_GAP = re.compile(r"[ \t\u00a0]+(?:من[ \t\u00a0]+[^\W\d_]+[ \t\u00a0]+)?[وف]?"
                               r"(?:ارتقي|سقط|قضي|استشهد|قتل|راح|وقع|اصيب|جرح|ذهب)(?:ا|تا)"
                               r"[ \t\u00a0]+")
_AR_AIRCRAFT = frozenset(("طايره", "طايرات", "طايرتين", "طايرتان", "مروحيه", "مروحيات",
                          "مروحيتين", "مروحيتان", "مقاتله", "مقاتلات"))
# a shoot-down verb at most two words before the number, no comma between (folded text)
_AR_SHOT_DOWN_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ب|ل)?(?:اسقط|اسقطت|اسقطوا|اسقطنا|اسقاط|الاسقاط)"
                                  r"(?:[ \t\u00a0]+[^\W\d_،,]+){0,2}[ \t\u00a0]+\Z")

# Bombs set off named after their number (ar): «فجروا ثلاث عبوات ناسفة»، «تفجير 3 سيارات مفخخة»
# (read only after a detonation verb, verbs_before.detonated); the dual «سيارتين مفخختين» is one
# word, checked by its stem (_AR_VEHICLE_DUAL) and «مفخخ» right after it.
_AR_BOMB_AFTER = re.compile(r"[ \t\u00a0]+(?:عبو(?:ه|ات)[ \t\u00a0]+ناسف|(?:سيار|عرب|اليات|اليه|مركب)\w*"
                            r"[ \t\u00a0]+مفخخ)")
_AR_VEHICLE_DUAL = frozenset(("سيا", "عرب", "الي", "مرك"))
# (session 15) the bombs counted went off, the verb after them: «3 سيارات مفخخة انفجرت قرب القاعدة»،
# «عبوتان ناسفتان انفجرتا» (read only after a bomb noun)
_AR_BLEW_AFTER = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){1,2}[ \t\u00a0]+(?:انفجرت|انفجرتا|انفجرا|انفجر|انفجرن)(?!\w)")

# (session 15) people treated for a harm, or counted by it, right after the count: «43 شخصاً تلقوا
# إسعافات بسبب الاختناق»، «60 شخصاً جراء استنشاق الدخان» (gate: a cause word in the next 60
# characters, _AR_CAUSE_GATE)
# (session 15) a vessel seized, then the people on board: «احتجزت سفينة وعلى متنها 9 صيادين»
# (read only with «متن» right before the count; not «اعترضت»/«أنقذت»: turned back or rescued)
_AR_SEIZED_ABOARD = re.compile(
    r"(?<!\w)[وف]?(?:احتجز|احتجزت|احتجزوا|احتجاز|ضبط|ضبطت|ضبطوا|اوقف|اوقفت|اوقفوا|ايقاف|صادر|صادرت|"
    r"حجز|حجزت|اقتاد|اقتادت|اقتادوا|استولت|استولوا|اختطف|اختطفت|اختطفوا|خطف|خطفت|اسر|اسرت)"
    r"(?:[ \t\u00a0]+[^\s،,.؛\d]+){1,6}?[ \t\u00a0]+و?(?:علي|على)[ \t\u00a0]+متن(?:ها|ه|هما)"
    r"(?:[ \t\u00a0]+[^\s\d]+){0,3}?[ \t\u00a0]*\Z")
_AR_CAUSE_GATE = re.compile(r"بسبب|جراء|نتيجه|اثر")
_AR_TREATED_FOR_HARM = re.compile(
    r"(?:[ \t\u00a0]+[^\s،,؛.\d]+){0,2}?(?:[ \t\u00a0]+(?:تلقوا|تلقي|تلقين|يتلقون|يتلقين|تلقيا|تلقت)"
    r"[ \t\u00a0]+(?:ال)?(?:اسعافات|اسعافا|علاجا|علاج|العلاج|رعايه)(?:[ \t\u00a0]+(?:ال)?(?:اوليه|لازمه|طبيه))?)?"
    r"[ \t\u00a0]+(?:بسبب|جراء|نتيجه|اثر)[ \t\u00a0]+(?:ال)?(?:حالات[ \t\u00a0]+)?(?:ال)?"
    r"(?:اختناق|استنشاق|حروق|كسور|جروح|رضوض|ضربات|ضربه|اغماء|الاختناق|الحروق|الغاز)(?!\w)")

# «حياة N (من الأسرى) مهددة / في خطر»: the lives before the count are the ones threatened (not
# «أودت بحياة N»: the ب of the killing verb's object is no word start here)
_AR_LIVES_THREATENED = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,3}?[ \t\u00a0]+(?:[وف]?(?:مهدد|معرض)"
                                  r"(?:ه|ون|ين|ات)?|في[ \t\u00a0]+خطر)(?!\w)")

# the passive wound verb itself («سبعة من الناجين أصيبوا بكسور»، «عشرات من المتظاهرين جرحوا»,
# gold_au): the group's own fate, unlike a weak "taken to hospital"
_AR_WOUND_VERB = re.compile(r"[وف]?(?:اصيب(?:وا|ت|ا|تا)?|اصبن|جرحوا|جرح)")

# (session 17, gold_bl) kept under medical watch: «اثنين من الناجين ما زالا تحت المراقبة بسبب انخفاض
# حاد في درجة حرارة الجسم» (the survivors in hospital are hurt: the session-17 decision)
_AR_UNDER_WATCH = re.compile(r"(?:تحت|قيد)[ \t\u00a0]+(?:ال)?(?:ملاحظه|مراقبه)")

# (session 17, gold_bl) "namely" lists: «ثلاثة أشخاص، هم الطباخ واثنان من مساعديه» (a count inside
# names the same people again, no sub-count; not «بينهم العريس وثماني نساء»)
_AR_NAMELY = frozenset(("هم", "وهم", "هن", "وهن"))
_AR_NAMELY_BEFORE = re.compile(r"[،,][ \t\u00a0]+و?(?:هم|هن)[ \t\u00a0]+[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){0,2}[ \t\u00a0]*\Z")

_AR_BRACKET_NOUN = re.compile(r"\)[ \t\u00a0]+(و?)([^\W\d_]+)")


def _ar_unbracket(ftext: str, found: list, persons) -> tuple[str, list]:
    """(session 17, gold_bl) Gulf agencies write counts in parentheses with their noun after
    them: «ضبط (21370) مخالفاً، منهم (13102) مخالف لنظام الإقامة، و(4811) لنظام أمن الحدود».
    The parentheses are blanked (same length: offsets keep) so the count reads as if written
    bare; a glued «و(» becomes « و» (the clitic on the number). Only before the count's noun (a
    tamyiz in -ا, a person noun) or a prepositional phrase («لنظام»): not a ranked table's «درعا
    (31)، ثم حمص (29) ودير الزور (22)»."""
    chars = None
    out = []
    for qs, qe, m in found:
        b = _AR_BRACKET_NOUN.match(ftext, qe) if qs > 0 and ftext[qs - 1] == "(" else None
        w = b.group(2) if b is not None else ""
        if b is None or not (b.group(1) == "" and (w.endswith("ا") and len(w) > 3 or w[0] in "لب")
                             or (b.group(1) + w) in persons or w in persons):
            out.append((qs, qe, m))
            continue
        if chars is None:
            chars = list(ftext)
        chars[qe] = " "
        if qs >= 2 and ftext[qs - 2] == "و" and (qs < 3 or not ftext[qs - 3].isalpha()):
            chars[qs - 2], chars[qs - 1] = " ", "و"
            qs -= 1
        else:
            chars[qs - 1] = " "
        out.append((qs, qe, m))
    return ("".join(chars), out) if chars is not None else (ftext, found)


# A held count followed, in its clause, by a transfer to hospital: the count is of patients.
_AR_HOSPITAL = r"(?:ال)?(?:مستشفي|مستشفى|مستشفيات|مستوصف|عياده)(?!\w)"

_AR_TRANSFER_BEFORE = re.compile(r"(?<!\w)[وف]?(?:نقل|نقلت|ادخل|اسعف|نقلوا)[ \t\u00a0]+\Z")
_AR_TO_HOSPITAL = re.compile(r"(?:[ \t\u00a0]+(?:منهم|منهن|منها))?[ \t\u00a0]+(?:الي|إلى|إلي|الى)"
                             r"[ \t\u00a0]+" + _AR_HOSPITAL)

_AR_KILLED_AMONG = re.compile(r"(?:من )?بينه(?:م|ن) (?:[^ .،,؛]+ ){1,3}?(?:قتيل|قتلى|قتلي)")


def _ar_victims_with_killed(ftext, at):
    """«استقبلت 63 ضحية لرصاص القناصة، بينهم 21 قتيلاً»: victims among whom some are the
    killed are killed and wounded together (the session-8 combined count, `other`)."""
    m = _AR_KILLED_AMONG.search(ftext, at, at + 120)
    return m is not None and "." not in ftext[at : m.start()]


# people counted as a crowd (an `other` noun) who may also be the people a fate befell
_AR_CROWD_PERSONS = re.compile(r"(?:ال)?(?:متظاهر|محتج|معتصم|مصل|مضرب)")
_AR_FATES = frozenset(("killed", "wounded", "detained", "missing", "displaced"))


def _ar_crowd_and_count_fate(ftext, c, cues, cue_pos, num_starts):
    """«37 متظاهراً و11 من عناصر الأمن أصيبوا»، «5 متظاهرين و3 شرطيين قتلوا»: the crowd noun
    is coordinated with a second count; the fate verb after both governs both. The fate cue,
    or None."""
    m = re.match(r"(\s*)و\s*", ftext[c.fe : c.fe + 4])
    if m is None or not ((c.fe + m.end()) in num_starts or (c.fe + m.end(1)) in num_starts):
        return None
    for j in range(bisect_left(cue_pos, c.fe + m.end()), min(len(cues), bisect_left(cue_pos, c.fe) + 4)):
        y = cues[j]
        gap = ftext[c.fe : y.fs]
        if len(gap.split()) > 8 or any(x in gap for x in ("،", ",", ".", "؛", ":")):
            return None
        if y.cat in _AR_FATES and not y.weak:
            return y
    return None


# «N <noun> <adjective> بين قتيل وجريح» (folded): the combined count's phrase a few words after it
_AR_BETWEEN_MIXED = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,5}?[ \t\u00a0]+(?:ما[ \t\u00a0]+)?بين[ \t\u00a0]+"
                               r"(?:قتيل|قتلي|شهيد|شهدا|ميت|متوفي)[ \t\u00a0]+و(?:جريح|جرحي|مصاب|مصابين|مفقود)")

_AR_CLAUSE_STOP = re.compile(r"[،,.؛;!?؟\n\d٠-٩]")


def _clause_end_ar(ftext: str, qe: int, reach: int = 80) -> int:
    """(session 15) Where the count's clause ends (the next comma, stop or number, at most
    `reach` characters on): «ثمانية وعشرين من المحررين يتلقون العلاج من سوء التغذية وجروح
    ناجمة عن التعذيب» names a wound in its clause (gold_v: `wounded`, not disease cases)."""
    m = _AR_CLAUSE_STOP.search(ftext, qe, min(len(ftext), qe + reach))
    return m.start() if m is not None else min(len(ftext), qe + reach)


# (session 18, gold_bq) weapons seized or lost are no figure (README session 9: "weapons,
# vehicles and goods seized ... are no figure"; session 5: weapons in the air downed): «ضبطت
# ما يزيد على 200 مسيرة صغيرة»، «صادرت 20 صاروخاً»، «غنمت عشرات القذائف»، «نحو 180 مسيرة
# "فُقدت" بفعل الحرب الإلكترونية». The folded weapon words the rule reads (the cue's word):
_AR_WEAPON_WORDS = frozenset(("مسيره", "مسيرات", "طايره مسيره", "طايرات مسيره", "صاروخ", "صاروخا",
                              "صاروخين", "صاروخان", "صواريخ", "قذيفه", "قذايف", "قذيفتين"))
_AR_SEIZED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ضبط|ضبطت|ضبطوا|ضبطنا|صادر|صادرت|صادروا|مصادره|حجز|حجزت|"
                               r"حجزوا|غنم|غنمت|غنموا|استولت[ \t\u00a0]+علي|استولوا[ \t\u00a0]+علي|"
                               r"استولي[ \t\u00a0]+علي|عثرت[ \t\u00a0]+علي|عثروا[ \t\u00a0]+علي|"
                               r"العثور[ \t\u00a0]+علي|ضبط[ \t\u00a0]+وحجز|فقدت)"
                               r"(?:[ \t\u00a0]+[^\W\d]+){0,2}[ \t\u00a0]+\Z")
_AR_LOST_AFTER = re.compile(r"(?:[ \t\u00a0«»\"”']+[^\W\d]+){0,3}?[ \t\u00a0«»\"”']+(?:فقدت|فقدتا)(?!\w)")


def _ar_weapon_seized_or_lost(ftext: str, qs: int, qe: int, c) -> bool:
    """A weapon count seized («ضبطت 15 طائرة مسيرة») or lost to jamming («180 مسيرة فُقدت»)?
    Called only when the count's cue is a weapon word (_AR_WEAPON_WORDS)."""
    if _AR_SEIZED_BEFORE.search(ftext, max(0, qs - 50), qs):
        return True
    return "فقد" in ftext[qe:qe + 60] and _AR_LOST_AFTER.match(ftext, max(qe, c.fe), qe + 60) is not None



# (session 18, gold_br) cue words of a harm in another sense: a court «قضت»/«قضى» followed by its
# ruling («قضت غيابياً في حق ثلاثة»، «قضت بسجن خمسة متهمين»، «قضت المحكمة بـ»: ruled, not died);
# a fugitive's flight («لا يزالون في حالة فرار»، «خمسة متهمين فارين من العدالة»: on the run from
# the law, not people fleeing their homes). Folded keys; checked only for these words.
_AR_RULED_KEYS = frozenset(("قضت", "قضي", "وقضت", "فقضت"))
_AR_NOT_HARM_SENSE = _AR_RULED_KEYS | frozenset(("فرار", "فارين", "فارون", "الفارين", "الفارون", "فار", "حاله"))
_AR_RULED_AFTER = re.compile(r"[ \t\u00a0]+(?:(?:ال)?محكمه[ \t\u00a0]+|(?:هيئه|الهيئه)[ \t\u00a0]+[^\W\d]+[ \t\u00a0]+)?"
                             r"(?:غيابيا|حضوريا|ابتداييا|ابتدائيا|استينافيا|استئنافيا|نهائيا|"
                             r"في[ \t\u00a0]+حق|بحق|ب(?:ال)?(?:سجن|حبس|ادانه|براءه|براء|تغريم|غرامه|عقوبه|"
                             r"عقوبات|ايداع|الزام|رفض|قبول|تاييد|احاله|عدم|افراج|الافراج|اخلاء|وقف|نقض|"
                             r"اشغال|مصادره|ترحيل|ابعاد))(?!\w)")
_AR_FUGITIVE_BEFORE = re.compile(r"(?<!\w)(?:حاله|حالات)[ \t\u00a0]+\Z")
_AR_FUGITIVE_AFTER = re.compile(r"[ \t\u00a0]+(?:من[ \t\u00a0]+)?(?:وجه[ \t\u00a0]+)?(?:ال)?عداله(?!\w)")


def _ar_not_harm_sense(ftext: str, key: str, ws: int, we: int) -> bool:
    """Is the cue word at ftext[ws:we] a court's ruling or a fugitive's flight (_AR_NOT_HARM_SENSE)?"""
    if key in _AR_RULED_KEYS:
        return _AR_RULED_AFTER.match(ftext, we) is not None
    if key == "حاله":
        return ftext.startswith((" فرار", " الفرار"), we)  # «في حالة فرار»: no case counted
    return _AR_FUGITIVE_BEFORE.search(ftext, max(0, ws - 8), ws) is not None \
        or _AR_FUGITIVE_AFTER.match(ftext, we) is not None


# (session 18, gold_bq, gold_br) court or police cases an authority opened, handled, referred or
# investigated are acts it counts (`other`, like reports filed): «فتح أكثر من 160 ألف قضية»،
# «تعاملت منذ مطلع العام مع 17.402 قضية»، «أحالت 312 قضية إلى القضاء». The cases of one
# person («مطلوبة في 37 قضية»، «متهم في 12 قضية», session 16) and a court's docket («نظرت في 12
# قضية», tests/test_figures.py) stay no count: only these acts of the police or prosecution right
# before the number (a word between at most) lift the "cases" exclusion.
_AR_CASES_ACT_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:فتح|فتحت|فتحنا|افتتح|مع|سجل|سجلت|سجلنا|احال|احالت|احلنا|انجز|انجزت|انجاز|"
    r"حقق[ \t\u00a0]+في|حققت[ \t\u00a0]+في|(?:ال)?تحقيق[ \t\u00a0]+في|"
    r"رصد|رصدت|تلقي|تلقت|باشر|باشرت|عالج|عالجت|معالجه|قيد|قيدت|حرك|حركت|ضبط|ضبطت|"
    r"اجمالي|مجموع|عدد|بلغ|بلغت|يبلغ|تبلغ)(?:[ \t\u00a0]+[^\W\d]+){0,1}[ \t\u00a0]+\Z")


def _ar_cases_handled(ftext: str, qs: int, qe: int) -> bool:
    """Cases counted by an authority (_AR_CASES_ACT_BEFORE), «قضية/قضايا» after the number."""
    return ftext.startswith((" قضي", " قضاي"), qe) and \
        _AR_CASES_ACT_BEFORE.search(ftext, max(0, qs - 30), qs) is not None


# (session 18, gold_br) a cell, gang or network dismantled, brought down or caught, then its
# make-up: the members are arrested (`detained`, README session 9 and the gold_bl/br writers):
# «تفكيك خلية إرهابية تتكون من أربعة متطرفين»، «أطاحت بعصابة مؤلفة من ستة أشخاص»، «فككت شبكة
# تضم 12 عنصراً». (A cell's make-up with no such verb, «خلية تنشط في ...», keeps its category.)
_AR_CELL_DISMANTLED = re.compile(
    r"(?<!\w)[وفل]?(?:تفكيك|فكك|فككت|فككوا|فككنا|الاطاحه[ \t\u00a0]+ب|اطاحت[ \t\u00a0]+ب|اطاح[ \t\u00a0]+ب|"
    r"اطاحوا[ \t\u00a0]+ب|القبض[ \t\u00a0]+علي|قبض[ \t\u00a0]+علي|توقيف|اوقفت|ايقاف|ضبط|ضبطت|اسقاط|"
    r"اسقطت|تحييد|حيدت)[ \t\u00a0]*(?:ال)?(?:خليه|عصابه|شبكه)(?:[ \t\u00a0]+[^\W\d]+){0,2}[ \t\u00a0]+"
    r"(?:تتكون|يتكون|مكونه|المكونه|مكون|مولفه|المولفه|مؤلفه|تتالف|يتالف|تضم|يضم)(?:[ \t\u00a0]+من)?[ \t\u00a0]+\Z")


def _ar_cell_dismantled(ftext: str, qs: int) -> bool:
    """The number is the make-up of a cell dismantled (_AR_CELL_DISMANTLED) right before it."""
    lo = max(0, qs - 80)
    if "خلي" not in ftext[lo:qs] and "عصاب" not in ftext[lo:qs] and "شبك" not in ftext[lo:qs]:
        return False  # the cheap gate
    return _AR_CELL_DISMANTLED.search(ftext, lo, qs) is not None


# (session 18, gold_bq, gold_br) «الـ N» after a singular noun is an ordinal: «عملية التبادل الـ 64»،
# «الغارة الـ 13»، «هي الـ 93 من نوعها»، «للمرة الـ 5» (folded: «ال 64»); after a plural it is the
# definite count, «الأسرى الـ 40» (the 40 prisoners). A singular: a feminine in -ه, «هي/هو», or
# one of the event nouns below; or «من نوعها»، «على التوالي» after the number.
_AR_ORDINAL_AL_BEFORE = re.compile(
    r"(?<!\w)(?:[وف]?(?:هي|هو)|[^\W\d]+ه|[وفبل]?(?:ال)?(?:تبادل|يوم|هجوم|قصف|عام|شهر|اسبوع|اعتداء|"
    r"انفجار|حادث|خرق|اجتماع|مؤتمر|لقاء|اسبوع))[ \t\u00a0]+ال[ \t\u00a0]+\Z")
_AR_ORDINAL_AFTER = re.compile(r"[ \t\u00a0]+(?:من[ \t\u00a0]+نوع(?:ها|ه)|علي[ \t\u00a0]+التوالي)(?!\w)")


def _ar_ordinal_al(ftext: str, qs: int, qe: int) -> bool:
    """Is the number after «الـ » (folded «ال ») an ordinal (_AR_ORDINAL_AL_BEFORE/_AFTER)?"""
    return _AR_ORDINAL_AL_BEFORE.search(ftext, max(0, qs - 40), qs) is not None \
        or _AR_ORDINAL_AFTER.match(ftext, qe) is not None


# (session 18, gold_br) a controlled detonation after the devices: «تفجير 11 عبوة ناسفة تحت السيطرة»،
# «فجّرت 6 عبوات بشكل مسيطر عليه»
_AR_UNDER_CONTROL = re.compile(r"(?:[ \t\u00a0]+[^\W\d]+){0,4}?[ \t\u00a0]+(?:تحت[ \t\u00a0]+(?:ال)?سيطره|"
                               r"(?:بشكل|بصوره|بطريقه)[ \t\u00a0]+(?:مسيطر|متحكم)|مسيطرا[ \t\u00a0]+عليه)")
