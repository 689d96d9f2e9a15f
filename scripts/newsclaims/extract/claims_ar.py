"""Arabic-only speaker and claim helpers of claims.py: the Arabic attribution frames.

What is here: `_ar_frames` (every Arabic cue of a sentence read into Frames: the rules
"ar.cue_subject_content", "ar.cue_content", "ar.subject_cue_content", "ar.cue_subject_object",
"ar.content_cue_subject", "ar.prep_subject", "ar.participle", ... named in claims.py's docstring);
the speaker finders it calls (`_ar_subject`, `_ar_left_speaker`, `_ar_clause_subject`,
`_ar_statement`, `_trimmed_ar`, ...), the agreement tests (`_ar_speaker_gender`,
`_ar_masc_singular_verb`, ...), the Arabic relays and stance markers (`_ar_relayed_tail`,
`_ar_relay_colon`, `_ar_marker_past_beneficiary`), the Arabic headline and named-speaker helpers
(`_ar_headline_line`, `_ar_named_in_text`, `_ar_titled_surname`), and the Arabic word sets and
regexes (`_AR_*`) only these read.

How claims.py uses it: it imports the names its shared driver needs (`from
newsclaims.extract.claims_ar import (...)`; none is called as `NAME.method(...)` there, so none
needs the assignment form figures.py uses for figures_ar) and calls them only on Arabic text
(`doc.language == "ar"`). The pieces both languages use (`Frame`, `_Ctx`, `_word`, `_mention`,
`_prep_direction`, ...) live in claims_frame.py, which both modules import; this module imports
nothing from claims.py (no import cycle). Split out of claims.py unchanged (session 18): same
code, same behaviour.
"""

from __future__ import annotations

import re
from dataclasses import replace as _replace
from functools import lru_cache

from newsclaims.extract.cues import Cue, lexicon
from newsclaims.extract.lexicon import fwords
from newsclaims.extract.registry import Registry
from newsclaims.extract.sentences import (
    CLAUSE_MARKS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    QUOTES,
    STRAIGHT_QUOTES,
    Doc,
)
from newsclaims.extract.sources import (
    _AR_GENERIC_STMT_ADJ,
    capitals,
    AR_COUNT_STMTS,
    AR_CHARGED,
    _AR_PERSON_TITLES,
    _AR_TITLES,
    _ar_appos_name,
    _nisba,
    AR_ADJUNCT_START,
    AR_STOP,
    ar_time_at,
    Mention,
    short_bodies,
    ar_np_right,
    ar_ali,
    ar_stem,
    is_number,
    kind_of,
    nouns,
    trim_ar_stretch,
)
from newsclaims.extract.claims_frame import (
    _PUNCT,
    _OPEN_OR_STRAIGHT,
    _CLOSE_OR_STRAIGHT,
    _AR_BOUNDARY_WORDS,
    _AR_REL_PERSONAL,
    Frame,
    _Ctx,
    _word,
    _mention,
    _AR_SAME,
    _ar_skip_earlier,
    _AR_CHANNEL_STEMS,
    _close_quote,
    _prep_direction,
    _skip_dateline,
    _COLON_CUE,
    _before_spaces,
)

_AR_LEAD = frozenset(fwords(
    "و ف كما وقد فقد قد ثم من جهته من جهتها بدوره بدورها من جانبه من جانبها جهتهم جانبهم "
    "الا إلا أن غير لكن لكن ولكن بينما فيما حين في المقابل بالمقابل كذلك أيضا أما واما "
    "كان وكان كانت وكانت فكان"
))
_AR_NOT_SPEAKER = frozenset(fwords("بعد قبل منذ دون بدون رغم حتى لكي كي بسبب إثر اثر ما مما بين"))


def _ar_intro(doc: Doc, k: int, b: int, lex) -> int:
    """If an introducer starts at token k, return the token where the content starts, else -1."""
    r = doc.raw[k]
    f = doc.folded
    if r == ":":
        k2 = k + 1
        if k2 < b and (f[k2],) in lex.introducers:
            k2 += 1
        if k2 < b and doc.raw[k2] in _OPEN_OR_STRAIGHT:
            return k2
        return k2
    if r in OPEN_QUOTES or r in STRAIGHT_QUOTES:
        return k
    if f[k] not in lex.intro_first:
        return -1  # (one set test; no introducer starts with this word)
    for n in (2, 1):
        if tuple(f[k : k + n]) in lex.introducers and k + n <= b:
            k2 = k + n
            if k2 < b and (f[k2],) in lex.introducers:  # "أن أن", "قوله إن"
                k2 += 1
            return k2
    return -1


def _ar_statement(doc: Doc, i: int, j: int) -> tuple[int, bool]:
    """'بيان من الحركة' -> index of 'الحركة' (the speaker inside a statement phrase)."""
    lex = nouns("ar")
    f = doc.folded
    if i + 1 < j and f[i] in _AR_LATEST and ar_stem(f[i + 1]) in lex.statement:
        i += 1  # "بحسب آخر حصيلة لوزارة الصحة": the latest statement
    if i < j and (ar_stem(f[i]) in lex.statement or (f[i][:1] == "ل" and ar_stem(f[i][1:]) in lex.statement)):
        k = i + 1
        if k < j and f[k] in _AR_SAME:
            return i, False  # "وأوضح البلاغ ذاته": the same statement points back to its issuer
        # "حصيلة مؤقتة أعلنتها الوزارة": adjectives, then a reporting verb with an object
        # pronoun (a relative clause); the speaker is its subject
        for r in range(k, min(j - 1, k + 3)):
            if _ar_pronoun_verb(f[r]):
                r += 1
                while r < j - 1 and ar_time_at(f, r, j):
                    r += 1  # «حسب حصيلة نشرتها يوم الأحد مصالح ...»: a time adverb before the subject
                return r, True
            if f[r] in lex.links or not f[r].endswith(("ه", "ي")):
                break
        # adjectives of the statement: "التقديرات الأولية", "بيان رسمي", «إحصاءات غير رسمية»
        while k < j and f[k] == "غير" and k + 1 < j and (f[k + 1] in _AR_GENERIC_STMT_ADJ or f[k + 1].endswith(("يه", "ي"))):
            k += 2
            if k == j or not _word(doc.raw[k]):
                return i, False  # «وبحسب إحصاءات غير رسمية، فإن ...»: nobody is named
        while k < j and f[k] not in lex.links and not f[k].startswith("ل") and (f[k].endswith("يه") or f[k].endswith("ي") or f[k] in _AR_GENERIC_STMT_ADJ or (
            f[k].endswith("ه") and k + 1 < j and f[k + 1].startswith("ل")  # "معطيات مشتركة لهيئة ...": a feminine adjective
        )) and ar_stem(f[k]) not in _heads_ar() and not (
            f[k].startswith("ل") and ar_stem(f[k][1:]) in _heads_ar()  # "بلاغ لمديرية الأمن": the owner, not an adjective
        ):
            k += 1
        if k > i + 1 and (k == j or not _word(doc.raw[k]) or f[k] in _AR_BOUND_WORDS or is_number(f[k])) and f[i] in AR_COUNT_STMTS \
                and f[k - 1] not in _AR_GENERIC_STMT_ADJ:
            return i, True  # «حسب تقديرات أممية»، «وفق إحصاءات حكومية»: the owner is the adjective, the phrase names the speaker
        while k < j and (f[k] in lex.links or f[k] in ("رسمي", "صحفي")):
            k += 1
        if k + 1 < j and _word(doc.raw[k]) and not f[k].startswith(("ال", "ل")) and ar_stem(f[k]) not in _heads_ar() and (
            (f[k + 1].startswith("لل") and ar_stem(f[k + 1]) in _heads_ar()) or (f[k + 1][:1] == "ل" and ar_stem(f[k + 1][1:]) in _heads_ar())
        ):
            k += 1  # «معطيات مشتركة لهيئة ...»، «أرقام محدثة للمرصد»: an adjective, then the owner
        if k < j and _word(doc.raw[k]) and f[k] not in AR_STOP and (f[k],) not in lexicon("ar").introducers and not _ar_not_owner(f, k, j) \
                and f[k] not in _AR_BOUND_WORDS and not is_number(f[k]) and (f[k] not in _AR_COUNT_WORDS or f[k] in ("احد", "احدى", "احدي")):
            # (not «ونعى الحزب في بيان اثنين من عناصره قال ...»: a counted object follows the channel)
            return k, True  # (not «وجاء في البيان أن»: the introducer, no owner)
        return i, False  # "وبحسب التقرير، ...": the statement alone points back to its issuer
    return i, False


def _ar_feminine(w: str) -> bool:
    """A feminine singular participle (مرجحة، مشيرة; folded ta marbuta is ه)."""
    return w.endswith(("ه", "ة")) and not w.endswith(("يه",))


def _ar_masc_plural(doc: Doc, fr: Frame) -> bool:
    """The frame's speaker phrase is a masculine plural (الناجين، مسؤولون)."""
    men = fr.mention
    if men is None or men.j <= men.i:
        return False
    w = doc.folded[men.i]
    return len(w) > 4 and w.endswith(("ين", "ون"))


def _ar_pronoun_verb(w: str) -> bool:
    """"أعلنتها", "نشرها", "أوردته": a reporting verb with an object pronoun."""
    single = lexicon("ar").single
    for suf in ("ها", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            e = single.get(w[: -len(suf)])
            if (e is not None and e.kind == "verb") or w[: -len(suf)] in _AR_ISSUE_VERBS:
                return True
    return False


# verbs that issue a statement without reporting it («بيان أصدرته الشرطة»، «تقرير وزعته البعثة»):
# with an object pronoun after a statement noun, their subject owns the statement
_AR_ISSUE_VERBS = frozenset(fwords("اصدرت اصدر نشرت نشر وزعت وزع بثت بث عممت عمم"
                                   # data compiled by the body: «معطيات جمعتها هيئة X»، «إحصائية أعدتها الشبكة»
                                   " جمعت جمع أعدت أعد وثقت وثق رصدت رصد أحصت أحصى سجلت سجل"))


def _lam_clitic(w: str) -> bool:
    """A folded word that starts with the clitic lam «لـ» before a name («لمنظمة»، not «للأمم»: its
    article is folded in; not a short word such as «لها»)."""
    return w.startswith("ل") and not w.startswith("لل") and len(w) > 3


def _clitic_lam_start(doc: Doc, k: int) -> int | None:
    """"للأمم المتحدة": the speaker starts after the clitic lam (None if there is none)."""
    w = doc.folded[k]
    if _lam_clitic(w) and ar_stem(w[1:]) in _heads_ar():
        raw = doc.raw[k]
        p = 1
        while p < len(raw) and "\u064b" <= raw[p] <= "\u0652":
            p += 1
        return doc.starts[k] + p
    return None


def _ar_amma_speaker(ctx: _Ctx, i: int) -> Mention | None:
    """«أما أبو محمد، وهو نازح ...، فيروي أن»: the topic after أما is the speaker of the verb
    that carries the answering ف, across an aside between commas."""
    doc, a = ctx.doc, ctx.a
    f, raw = doc.folded, doc.raw
    rel = -1
    for t in range(i - 1, max(a, i - 30) - 1, -1):
        if f[t] == "اما":
            if rel > t + 1 and t + 1 < i and _ar_head_word(f[t + 1]) and i - 2 > rel and raw[i - 1] in ("،", ","):
                # «أما الحاكم الذي عينته موسكو للجزء ...، يفغيني باليتسكي، فقال»: the topic, its
                # relative clause, then the bearer's name between commas
                c = next((x for x in range(i - 2, max(rel, i - 6), -1) if raw[x] in ("،", ",")), -1)
                if c > rel and all(_word(raw[x]) for x in range(c + 1, i - 1)) and _ar_apposed_name(doc, c + 1, i - 1):
                    return _mention(doc, t + 1, i - 1)
                return None
            if t + 1 >= i or f[t + 1] in _AR_NOT_SPEAKER or f[t + 1] in ("في", "على", "علي", "من", "عن", "الى", "خلال", "عند", "لدى", "لدي"):
                return None  # «أما في الشمال، فقال ...»: a place, not a topic
            s0 = t + 1
            if raw[s0] in _OPEN_OR_STRAIGHT and s0 + 1 < i:
                s0 += 1  # «أما «مؤسسة X» المدعومة ...، فقالت»: a quoted topic
            elif f[s0] in _AR_NAMING_HEADS and s0 + 1 < i and raw[s0 + 1] in _OPEN_OR_STRAIGHT:
                close = _close_quote(doc, s0 + 1, i)  # «أما وكالة "هرانا" الحقوقية، فقد وثّقت»
                if s0 + 2 < close <= s0 + 8:
                    return _mention(doc, s0, close + 1)
            ne = ar_np_right(doc, s0, i)
            if ne <= s0:
                return None
            if ne == s0 + 1 and f[s0] in _AR_NAME_TITLES:
                # «أما الأب صمويل أوكافور، مدير المدرسة، فقال»: an honorific and the name after it
                while ne < i and ne - s0 <= 4 and _word(raw[ne]) and not f[ne].startswith("ال") and (
                        f[ne] not in AR_STOP or raw[ne] == "علي") and not is_number(f[ne]) and not _ar_head_word(f[ne]):
                    ne += 1
            _, text_end, name_end = trim_ar_stretch(doc, s0, ne)
            if text_end == ne and ne + 1 < i and raw[ne] in ("،", ",") and _ar_head_word(f[ne + 1]) and not any(
                    f[x].startswith("ال") for x in range(s0 + (f[s0] in _AR_NAME_TITLES), ne)):
                # «أما حسن بري، عمدة مقديشو، فقد ذكر»: a name, then its title between commas (the
                # title names the same person later: «ونفى العمدة»)
                c2 = next((x for x in range(ne + 2, min(i, ne + 11)) if raw[x] in ("،", ",")), -1)
                if c2 > ne + 1 and all(_word(raw[x]) for x in range(ne + 1, c2)):
                    return _mention(doc, s0, c2, text_end)
            return _mention(doc, s0, text_end, name_end)
        if raw[t] in (".", "؟", "!", "؛", ";"):
            return None
        if f[t] in _AR_REL_PERSONAL:
            if rel >= 0:
                return None
            rel = t  # (one relative clause on the topic: looked at when «أما» is found)
    return None


_AR_KANA = frozenset(("كان", "كانت", "وكان", "وكانت"))


def _ar_lam_cue(w: str) -> bool:
    """«ليؤكد»، «لتعلن»: a lam of purpose before a present reporting verb (its subject stands
    before it; not «لفت» "pointed out", whose lam is a radical)."""
    return w[:2] in ("لي", "لت") and len(w) > 3 and w[1:] in lexicon("ar").single


# «وعاد المرصد ليرفع حصيلته»، «ثم عادت الوزارة لتؤكد أن»: "came back to say"; before a lam cue
# the verb «عاد» opens the clause and its subject speaks
_AR_CAME_BACK = frozenset(fwords("عاد عادت عادوا وعاد وعادت وعادوا فعاد فعادت يعود تعود ويعود وتعود ليعود لتعود"))


_AR_NOT_EVENT_HEADS = frozenset(ar_stem(w) for w in fwords("عدد حصيلة وجود"))


def _ar_intro_soon(doc: Doc, k: int, b: int) -> bool:
    """An introducer («أن»، «إن»، «بأن»، ...) within the 8 words from k, before a punctuation mark."""
    f, raw = doc.folded, doc.raw
    intro = lexicon("ar").introducers
    # («قال لمراسل الوكالة من سريره في مستشفى البصرة التعليمي إن»: an audience and a place first)
    for t in range(k, min(b, k + (12 if k < b and f[k] in _AR_AUDIENCE else 8))):
        if raw[t] in _PUNCT:
            break
        if (f[t],) in intro:
            return True
    # or a verbal noun after the verb's adjuncts («قد أعلنت، في بيان، مقتل 3 جنود»، «قد أعلنت في وقت
    # سابق مقتل ...»): a stated event, the subject's claim
    t = k
    for _ in range(3):
        t0 = t
        while t < b and raw[t] in ("،", ","):
            t += 1
        t = _ar_skip_adjuncts(doc, t, b)
        while t < b and ar_time_at(f, t, b):
            t += 1
        if t == t0:
            break
    return t < b and ar_stem(f[t]) in nouns("ar").object_heads and ar_stem(f[t]) not in _AR_NOT_EVENT_HEADS


def _ar_left_speaker(ctx: _Ctx, i: int, registry: Registry) -> Mention | None:
    doc, a = ctx.doc, ctx.a
    f, raw = doc.folded, doc.raw
    if f[i].startswith("ف") or (i - 1 > a and f[i - 1] in _AR_FA_QAD):  # «أما X، فقد وثّقت»
        amma = _ar_amma_speaker(ctx, i)
        if amma is not None:
            return amma
    le = i
    appos: tuple[int, int] | None = None
    titled = False
    aside = False  # a naming or anonymity aside stood between the subject and the verb
    while le > a and f[le - 1] in lexicon("ar").preverb:
        le -= 1
    if le - 2 > a and f[i][:1] == "و" and len(f[i]) > 3 and _word(raw[le - 1]):
        v = lexicon("ar").single.get(f[le - 1])
        w = f[le - 1]
        if (v is not None and v.kind == "verb" and not v.ambiguous) or (
            # a present verb of the same person before «و» + the cue: «X تتبنى وتتحدث عن ...»
            f[i][1] in ("ت", "ي") and w[:1] == f[i][1] and len(w) >= 4 and not _ar_head_word(w) and not w.startswith("ال")
        ):
            le -= 1  # «جماعة X تتبنى وتتحدث عن ...»: two verbs of one subject
    while le > a and f[le - 1] in ("كان", "كانت", "وكان", "وكانت"):
        le -= 1  # "المرصد كان قد وثّق"
    if le - 3 > a and raw[le - 1] == ")":
        # «غير أن مشروع X (أكليد) قدّر ...»، «والدفاع المدني (الخوذ البيضاء) يعلن ...»: the
        # subject's acronym or other name in brackets before the verb
        p = next((t for t in range(le - 2, max(a, le - 8) - 1, -1) if raw[t] in ("(", ")")), -1)
        if p > a + 0 and raw[p] == "(" and p < le - 2 and _word(raw[p - 1]):
            le = p
    if le - 3 > a and raw[le - 1] in ("،", ","):
        # «لكن أحد أولياء الأمور، ويدعى موسى إدريس، قال»: a naming aside before the verb
        c = next((t for t in range(le - 2, max(a, le - 13) - 1, -1) if raw[t] in ("،", ",")), -1)
        if c > a and (_ar_head_word(f[c + 1]) or (f[c + 1] in ("احد", "احدى", "احدي") and c + 2 < le and _ar_head_word(f[c + 2]))) \
                and le - 1 - c <= 9 and _ar_name_before(doc, a, c):
            # «غير أن إبراهيم حداد، قائد قوة المهام في المنطقة، قال»، «لكن الأب صمويل أوكافور، مدير
            # المدرسة، قال»: a bare name, then its title between commas (checked before the apposed
            # name: a title is no name apposed to the subject)
            appos = (c, le - 1)
            le = c
            titled = True
        elif c > a and (f[c + 1] in _AR_NAMING_ASIDE or (
            f[c + 1] in _AR_ANON_ASIDE and any(f[t] in _AR_ANON_WORDS for t in range(c + 2, le - 1))
        ) or (
            # «لكن مسؤولاً في الإدارة، لم يكشف عن اسمه، قال»: a withheld name
            f[c + 1] in ("لم", "ولم") and any(f[t] in _AR_ANON_NAMES for t in range(c + 2, le - 1))
        )):
            # «لكن شيخاً، تحدث هاتفياً شريطة عدم ذكر اسمه، قال»: an anonymity aside
            le = c
            aside = True
        elif le - 1 - c > 8:
            pass
        elif c > a and (_ar_apposed_name(doc, c + 1, le - 1) or (
            # «لكن ضابطاً في القاعدة، هو النقيب حسين عبدي، قال»: "he is" before the name
            f[c + 1] in _AR_HE_IS and c + 2 < le - 1 and _ar_apposed_name(doc, c + 2, le - 1)
        )):
            # «رئيسة البلدية، ماريا لوبيز، قالت»، «المتحدث باسم الشرطة، العقيد X، قال»: a title,
            # its bearer's name (a rank or «د.» may lead it) between commas, then the verb
            appos = (c, le - 1)
            le = c
        elif c > a + 1 and 2 <= le - 1 - c <= 4 and _word(raw[c - 1]) and all(f[t].startswith("ال") for t in range(c + 1, le - 1)) and (
            _ar_head_word(f[c + 1]) or f[c + 1] in _AR_DESCRIPTION_HEADS
        ):
            # «لكن الملتقى الوطني ...، الجهة المنظمة، قدّر الحشد ...»: a definite description of
            # the subject between commas
            le = c
    ls = le
    bare_quoted = None
    if ls - 2 > a and raw[ls - 1] in _CLOSE_OR_STRAIGHT:
        # «و«قسد» تتحدث عن 3 قتلى»: a quoted subject name right before the verb
        q = next((t for t in range(ls - 2, max(a, ls - 7) - 1, -1) if raw[t] in _PUNCT), -1)
        if q >= a and raw[q] in _OPEN_OR_STRAIGHT and q < ls - 2:
            bare_quoted = (q + 1, ls - 1)
            ls = q
    while ls > a and not (raw[ls - 1] in _PUNCT) and le - ls < 14 and (f[ls - 1],) not in lexicon("ar").introducers:
        ls -= 1  # "الجدير بالذكر أن المرصد ... وثّق": the speaker starts after أن
    quoted_name = None
    if ls - 2 > a and ls < le and raw[ls - 1] in _CLOSE_OR_STRAIGHT and (f[ls] in _AR_AFFILIATED or all(
        f[t].startswith("ال") and f[t].endswith(("ي", "يه")) for t in range(ls, le)
    ) or (
        # «لكن شركة «كراود سولوشنز» المتخصصة في تقدير الحشود قالت»: a definite participle and
        # its complement describe the quoted name
        le - ls <= 6 and f[ls].startswith("ال") and f[ls].endswith(("ه", "ة")) and not _ar_head_word(f[ls])
        and ls + 1 < le and f[ls + 1] in ("في", "ب", "بـ") and not any(is_number(f[t]) for t in range(ls, le))
    )):
        # «لكن "المركز الإعلامي" التابع لها قال»، «غير أن صحيفة "X" الرسمية ذكرت»: a quoted name
        # (with the class noun before it) and its affiliation or adjective
        q = next((t for t in range(ls - 2, max(a, ls - 8) - 1, -1) if raw[t] in QUOTES), -1)
        if q >= a and raw[q] in _OPEN_OR_STRAIGHT and all(_word(raw[t]) for t in range(q + 1, ls - 1)):
            quoted_name = (q - 1, ls) if q - 1 >= a and f[q - 1] in _AR_NAMING_HEADS else (q + 1, ls - 1)
            ls = quoted_name[0]
    kana = False  # an auxiliary «كان» opened the clause («وكانت X قد أعلنت»)
    came_back = False
    while ls < le and (f[ls] in _AR_LEAD or raw[ls] in _PUNCT or f[ls] in _AR_KANA or f[ls] in _AR_SUBORD or (
            f[ls] in _AR_CAME_BACK and _ar_lam_cue(f[i]))):
        kana = kana or f[ls] in _AR_KANA
        came_back = came_back or f[ls] in _AR_CAME_BACK
        ls += 1  # "وكانت الإمارات قد أعلنت": the auxiliary before the subject; «بعدما كانت السلطات قد أعلنت»
    if came_back and le == i and 1 <= le - ls <= 3 and all(
            _word(raw[t]) and not is_number(f[t]) and f[t] not in AR_STOP_WORDS and f[t] not in _AR_PRONOUNS
            and not raw[t].endswith(("ً", "اً", "ا")) and not ar_time_at(f, t, le)  # («ثم عادت مساءً لتعلن»: a time, no name)
            and (f[t],) not in lexicon("ar").introducers for t in range(ls, le)):
        return _mention(doc, ls, le)  # «وعاد كابوري ليقرّ ...»: a name the lexicons need not know
    pv = next((t for t in range(ls + 1, le) if f[t] in _AR_PUBLISH_VERBS), -1)
    if pv > ls and le - pv <= 4 and all(_word(raw[t]) for t in range(pv, le)):
        le = pv  # «غير أن المنظمة نشرت صوراً قالت إنها ...»: the subject of the publishing verb speaks
    heads = _heads_ar()
    coord = False
    for t in range(le - 1, ls, -1):
        if f[t].startswith("وال") and ar_stem(f[t]) in heads and any(is_number(f[x]) for x in range(ls, t)):
            ls = t  # "طالبان ترفع الحصيلة إلى 1411 قتيلاً والأمم المتحدة تحذّر": a new coordinated subject
            break
        if ((f[t].startswith("وال") and len(f[t]) > 4) or (f[t][:1] == "و" and (_ar_head_word(f[t][1:]) or _ar_state_name(f, t, le)))) \
                and _ar_verb_in(doc, ls + 1, t):
            # «مسؤول يتحدث عن قتيلين والحزب الكردي يعلن ...»: a subject coordinated after another
            # speaker's verb and content; the earlier clause is no part of it
            ls, coord = t, True
            break
    if quoted_name is not None and le - ls < 14:
        return _mention(doc, quoted_name[0], quoted_name[1])
    if ls >= le or le - ls >= 14:
        return None
    first = f[ls]
    if first in ("احد", "احدى", "احدي") and ls + 1 < le:
        first = f[ls + 1]  # «أحد أولياء الأمور»، «أحد السكان»: one of a speaker group
    conj_start = None
    if first[:1] in ("و", "ف") and not _ar_head_word(first) and _ar_head_word(first[1:]):
        conj_start = doc.starts[ls] + 1  # «ومصادر محلية تحدثت ...»: the speaker without its conjunction
        first = first[1:]
    elif first[:1] == "و" and (ls == ctx.a or raw[ls - 1] in _PUNCT) and le - ls <= 4 and registry.match_prefix(
            doc.text[doc.starts[ls] + 1 : doc.ends[le - 1]]) is not None:
        conj_start = doc.starts[ls] + 1  # «... .. والدعم السريع تنفي ...»: a registered name after «و»
    if titled and appos is not None:
        return _mention(doc, ls, appos[1], le)  # the name and its title: «إبراهيم حداد، قائد ...»
    if le - ls <= 2 and _ar_state_name(f, ls, le) and _ar_headline_line(doc, ctx.a, ctx.b) and (
        ls == ctx.a or coord or doc.text.endswith("..", 0, _before_spaces(doc.text, doc.starts[ls]))
    ):
        # «.. وأنقرة تعلن "تحييد" 13 مسلحاً»، «روسيا تعلن ...»: a capital or a state for its government,
        # as a headline's subject
        return _mention(doc, ls, le, start=doc.starts[ls] + (1 if f[ls][:1] == "و" else 0))
    if not (_ar_head_word(first) or registry.match_prefix(doc.text[doc.starts[ls] : doc.ends[le - 1]]) or conj_start is not None or (
        coord and le - ls <= 3 and not any(is_number(f[t]) for t in range(ls, le))
    ) or (
        # «.. الصحة تعلن 13 وفاة»: a ministry's bare domain word as a headline's subject
        le - ls == 1 and ls < 40 and f[ls].startswith(("ال", "وال")) and ar_stem(first) in short_bodies("ar")
        and (ls == 0 or raw[ls - 1] in _PUNCT) and not any(doc.newline_before[t] for t in range(1, ls + 1))
    )):
        if bare_quoted is not None and ls == bare_quoted[0] and le - ls <= 5 and not any(
            is_number(f[t]) or f[t] in AR_STOP_WORDS or f[t] in _AR_PRONOUNS for t in range(ls, le - 1)
        ):
            # «وكانت «X» قد وثّقت ...»، «و«X» تقول إن ...»: a quoted name the lexicons do not know,
            # alone before the verb (only conjunctions and auxiliaries before it), is its subject
            return _mention(doc, ls, le - 1)
        if kana and le < i and f[le] == "قد" and 1 <= le - ls <= 4 and all(
            _word(raw[t]) and not is_number(f[t]) and f[t] not in AR_STOP_WORDS and f[t] not in _AR_PRONOUNS
            and (f[t],) not in lexicon("ar").introducers for t in range(ls, le)
        ) and _ar_intro_soon(doc, i + 1, ctx.b):
            # (with an introducer after the verb only: «وكان العراق قد أعلن النصر على التنظيم أواخر
            # 2017» with an object is narration unless it states a count - the object-verb branch)
            # «وكانت طهران قد أكدت أن ...»، «وكان أحمد الفلاحي قد أكد أن ...»: between the auxiliary
            # and «قد» stands the subject, a name the lexicons need not know
            return _mention(doc, ls, le)
        if le - ls <= 2 and not kana and _ar_state_name(f, ls, le) and (ls == ctx.a or raw[ls - 1] in _PUNCT or f[ls - 1] in _AR_LEAD):
            # «لكن أنقرة أعلنت تحييد 40 مسلحاً»، «وموسكو تقول إن ...»: a capital or a state at the
            # clause's start speaks for its government (as in a headline)
            return _mention(doc, ls, le, start=doc.starts[ls] + (1 if f[ls][:1] == "و" else 0))
        if 1 <= le - ls <= 5 and (le == i or aside) and _ar_speech_verb(f[i]) and _ar_contrast_before(f, raw, ls, ctx.a) and (
            f[ls].startswith("ال") or f[ls].endswith(("ون", "ين", "ات", "ا")) or (le - ls >= 2 and (
                f[ls + 1].startswith("ال") or f[ls + 1] in ("احد", "احدي")))  # «إمام المسجد»، «والد أحد الضحايا»
        ) and f[ls] not in _AR_DEMONSTRATIVES and all(
            # («المهندسين في الموقع»: a place after the noun)
            _word(raw[t]) and not is_number(f[t]) and (f[t] not in AR_STOP_WORDS or (t > ls and f[t] in ("في", "من")))
            and f[t] not in _AR_PRONOUNS
            and (f[t],) not in lexicon("ar").introducers and lexicon("ar").single.get(f[t]) is None for t in range(ls, le)
        ) and _ar_intro_soon(doc, i + 1, ctx.b):
            # «غير أن المحامين قالوا إن ...»، «لكن مزارعاً من القرية أكد أن ...»: after a contrast
            # («لكن»، «إلا أن» + noun + verb) the noun phrase before a verb of speech is its subject,
            # a noun the lexicons need not know (a plural verb agrees with people; a singular one
            # counts only for a verb of speech: not «إلا أن الأرقام تشير إلى ...»)
            return _mention(doc, ls, le)
        return None  # (accusative heads too: "غير أن مستشاراً لقائدها قال")
    qe = le - 1 if raw[le - 1] in _CLOSE_OR_STRAIGHT and le - 1 > ls else le  # the quoted name without its mark
    start = None
    si, is_stmt = _ar_statement(doc, ls, qe)
    if not is_stmt and ls + 1 < qe and (is_number(f[ls + 1]) or f[ls + 1] in _AR_COUNT_WORDS) and ar_stem(f[ls]) in nouns("ar").statement:
        return None  # «ونعى "الحزب" في بيان اثنين من عناصره قال ...»: the channel and the object, no subject
    if is_stmt and si < qe:
        # «وكان تقرير لمنظمة الهجرة قد أشار»: the statement's owner speaks
        start = _clitic_lam_start(doc, si)
        ls = si
    i2, text_end, name_end = trim_ar_stretch(doc, ls, qe)
    if first.startswith("وال") and len(first) > 4:
        start = doc.starts[ls] + 1  # "والجيش يتحدث عن": the speaker without its conjunction
    elif conj_start is not None:
        start = conj_start
    if appos is not None and text_end == qe:
        return _mention(doc, ls, appos[1], name_end, start=start)  # the name stays in the mention
    return _mention(doc, ls, text_end, name_end, start=start)


# clause openings that contrast a new subject with the one before: «غير أن X قالوا»، «بينما X يقولون»
_AR_CONTRAST = frozenset(fwords("لكن ولكن لكن بينما فيما واما اما فإن"))  # («وفي المقابل، فإن X يقولون»)
_AR_CONTRAST_ANNA = frozenset(fwords("غير الا إلا بيد حين"))


_AR_DEMONSTRATIVES = frozenset(fwords("هذا هذه ذلك تلك هؤلاء اولئك"))
# verbs whose subject speaks (people and bodies), in any person: «إلا أن إمام المسجد أكد أن»
_AR_SPEECH_LEMMAS = frozenset(("قال", "أكد", "أفاد", "أوضح", "صرح", "نفى", "زعم", "ادعى", "روى", "شدد", "أعلن", "اعترف",
                               "أقر", "ذكر", "رأى", "اعتبر", "توقع", "رجح", "حذر", "كشف"))


def _ar_speech_verb(w: str) -> bool:
    """A reporting verb as written, with no conjunction, that only a speaker can be the subject of:
    a masculine plural («قالوا»، «يؤكدون»: people) or a verb of speech («قال»، «أكدت»)."""
    e = lexicon("ar").single.get(w)
    return e is not None and e.kind == "verb" and not e.ambiguous and (
        w.endswith("وا") or (w[:1] in ("ي", "ت") and w.endswith("ون")) or e.lemma in _AR_SPEECH_LEMMAS)


def _ar_contrast_before(f: list[str], raw: list[str], ls: int, a: int) -> bool:
    """Does a contrast open the clause right before token ls («لكن»، «بينما»، «غير أن»، «إلا أن»،
    «في حين أن»)?"""
    if ls == a:
        return False
    p = f[ls - 1]
    if p in _AR_CONTRAST:
        return True
    return p == "ان" and ls - 2 >= a and f[ls - 2] in _AR_CONTRAST_ANNA


def _ar_state_name(f: list[str], i: int, j: int) -> bool:
    """Are tokens [i, j) (a conjunction «و» allowed) a capital or a state of the lexicon?"""
    first = f[i][1:] if f[i][:1] == "و" and len(f[i]) > 3 else f[i]
    return " ".join([first] + f[i + 1 : j]) in capitals("ar")


# verbs of sending or handing a document: the «لـ» after it names its addressee
_AR_SEND_VERBS = frozenset(fwords("أرسل أرسلت أرسلوا بعث بعثت بعثوا وجه وجهت وجهوا سلم سلمت سلموا قدم قدمت قدموا رفع رفعت رفعوا"))


def _ar_owned_statement_before(doc: Doc, a: int, i: int) -> Mention | None:
    """«... بياناً للجيش أكد فيه»، «تقريراً لمنظمة العفو قالت فيه»: the owner of the statement
    noun right before a verb + «فيه», or None."""
    f = doc.folded
    stmt = nouns("ar").statement
    for t in range(i - 2, max(a, i - 6) - 1, -1):
        if not _word(doc.raw[t]):
            return None
        w = f[t][:-1] if f[t].endswith("ا") and len(f[t]) > 4 else f[t]  # «بياناً» (accusative alif)
        if ar_stem(w) in stmt and f[t + 1][:1] == "ل" and len(f[t + 1]) > 2:
            if t - 1 >= a and (f[t - 1] in _AR_SEND_VERBS or (f[t - 1][:1] in ("و", "ف") and f[t - 1][1:] in _AR_SEND_VERBS)) \
                    or (t - 2 >= a and f[t - 2] in _AR_SEND_VERBS | {"و" + v for v in _AR_SEND_VERBS}):
                return None  # «سلّمت الوزارة تقريراً للأمم المتحدة»: «لـ» names the addressee, not the owner
            k = t + 1
            name = f[k][1:]
            if not (ar_stem(name) in _heads_ar() or (name.startswith("ل") and ar_stem("ا" + name) in _heads_ar())):
                return None
            return _mention(doc, k, i, start=_clitic_lam_start(doc, k))  # («للجيش» names «الجيش»)
    return None


_AR_WHICH_LEAD = frozenset(fwords("وهو وهي هو هي وهذا هذا وذلك ذلك الأمر"))


def _ar_which_subject(doc: Doc, a: int, i: int) -> Mention | None:
    """«...، وهو ما نفاه الناطق باسم الجيش، العميد X، قائلاً»: the subject of a «which» clause whose
    verb carries the object pronoun, right before the participle at i, or None."""
    f, raw = doc.folded, doc.raw
    if i - 1 <= a or raw[i - 1] not in ("،", ","):
        return None
    for t in range(i - 3, max(a, i - 15), -1):
        if raw[t] in ".؟!؛;" or (raw[t] in QUOTES):
            return None
        # («وهو رقم نفته وزارة الصحة ...، مؤكدة»: an indefinite noun for «ما»)
        if (f[t] == "ما" or (not f[t].startswith("ال") and len(f[t]) >= 3 and _word(raw[t]))) and t - 1 >= a and f[t - 1] in _AR_WHICH_LEAD \
                and t + 2 < i - 1 and f[t + 1].endswith(("ه", "ها")) \
                and len(f[t + 1]) >= 4 and _ar_head_word(f[t + 2]):
            return _mention(doc, t + 2, i - 1)
    return None


def _ar_pointing_statement(doc: Doc, a: int, si: int) -> int:
    """«(وكانت) الحصيلة الأولية (التي أعلنتها) المديرية تشير إلى ...»: the token where the
    statement noun whose owner starts at `si` begins, or -1."""
    f = doc.folded
    stmt = nouns("ar").statement
    for t in range(si, max(a - 1, si - 6), -1):
        if not _word(doc.raw[t]):
            return -1
        if ar_stem(f[t]) in stmt:
            return t
    return -1


_AR_FA_QAD = frozenset(fwords("فقد فإنه فإنها"))
_AR_DESCRIPTION_HEADS = frozenset(fwords("الجهة الجهات الطرف الهيئة"))  # «X، الجهة المنظمة، قال»
_AR_PRONOUNS = frozenset(fwords("نحن أنا انا هو هي هم أنت انت أنتم انتم هذا هذه"))  # a quoted sentence, not a name
_AR_HE_IS = frozenset(fwords("هو هي وهو وهي"))
_AR_ADDRESSEE_VERBS = frozenset(("اتهم", "دعا", "طالب", "ناشد", "حذر"))
_AR_TO = frozenset(fwords("إلى الى"))
# "but it/he/they" before a second verb of the clause's subject: «المنظمة رحبت بالقرار، لكنها قالت إن»
_AR_BUT_IT = frozenset(fwords("لكنها لكنه لكنهم ولكنها ولكنه ولكنهم"))
_AR_AS_ALSO = frozenset(fwords("كما"))  # «، كما أكد ...»: the same speaker goes on
# who a call after a claim is usually made to: «...، وطالبت السلطات بالإفراج عنهم»، «ودعت الحكومة
# إلى ...» (the authorities asked, not a new speaker; a registered body keeps its subject)
_AR_USUAL_ADDRESSEES = frozenset(fwords("السلطات الحكومة الجهات المجتمع المنظمات"))
_AR_HABITUAL = frozenset(fwords("عادة عادةً دائما دائماً دوما دوماً غالبا غالباً"))  # "usually", "always"


def _ar_habitual_after(doc: Doc, j: int, b: int, lex) -> bool:
    """«تتهم عادة ...»، «وتقول الوزارة دائماً إن»: a habit adverb after an imperfect verb, before
    any introducer or punctuation."""
    f, raw = doc.folded, doc.raw
    for t in range(j, min(b, j + 5)):
        if not _word(raw[t]) or (f[t],) in lex.introducers:
            return False
        if f[t] in _AR_HABITUAL:
            return True
    return False


_AR_EARLIER = frozenset(fwords("سابق لاحق مبكر متأخر"))
_AR_TRAILING_AUX = frozenset(fwords("قد كان كانت كانوا بعد بعدما قبل أن ان"))
_AR_ORDER_NOUNS = frozenset(ar_stem(w) for w in fwords(
    "حبس بحبس الحبس احتفاظ الاحتفاظ بالاحتفاظ توقيف بتوقيف إيقاف بإيقاف سحب بسحب سجن بسجن تمديد بتمديد إحالة بإحالة اعتقال باعتقال احتجاز باحتجاز"))
_AR_TRAILING_RELAYS = frozenset(("نقلا عن", "بحسب", "وفقا ل"))
# findings that speak for whoever made them: «وأفادت تحريات أولية بأن ...، وفق المصدر ذاته»
_AR_FINDING_NOUNS = frozenset(ar_stem(w) for w in fwords(
    "تحريات التحريات تحقيقات التحقيقات معاينة المعاينة معاينات المعاينات فحوص الفحوص فحوصات الفحوصات "
    "نتائج النتائج معلومات المعلومات تقديرات التقديرات تحليلات التحليلات المؤشرات مؤشرات"))


def _ar_trailing_relay(ctx: _Ctx, frames: list[Frame], cues: list[Cue]) -> list[Frame]:
    """«قالت التنسيقية إن 45 قتلوا، نقلاً عن كوادر طبية في المستشفى.»: a relay closing the
    sentence names the original speaker; the verb's subject only relays it."""
    doc = ctx.doc
    raw = doc.raw
    for c in cues:
        if not (c.kind == "prep" and c.entry.lemma in _AR_TRAILING_RELAYS and c.i - 1 > ctx.a and raw[c.i - 1] in ("،", ",")):
            continue
        if c.entry.lemma != "نقلا عن" and (c.end > doc.starts[c.j] if c.j < ctx.b else True):
            continue  # «وفقاً للمصدر»: (a clitic ل speaker) kept as it is
        end = c.j
        while end < ctx.b and _word(raw[end]) and end - c.j < 10:
            end += 1
        if end == c.j or (end < ctx.b and raw[end] not in (".", "؟", "!")):
            continue  # only a relay that ends the sentence
        before = [fr for fr in frames if fr.cue.i < c.i and fr.cue.kind != "prep"]
        if not before or before[-1].mention is None or before[-1].via_mention is not None or before[-1].direction != "after":
            continue
        if c.entry.lemma != "نقلا عن" and ar_stem(doc.folded[before[-1].mention.i]) not in _AR_FINDING_NOUNS:
            continue  # «قالت الوزارة إن ...، بحسب وكالة X»: only findings («أفادت تحريات ...، وفق المصدر») relay
        src = _trimmed_ar(doc, c.j, end)
        if src is None:
            continue
        fr = before[-1]
        fr.via_mention, fr.mention = fr.mention, src
        fr.direction, fr.span_end = "span", c.i - 1  # the content ends before the relay
        ctx.consumed.add(c.i)
        frames = [x for x in frames if x.cue is not c]
    return frames


_AR_IDH = frozenset(fwords("إذ اذ حيث"))
# «قدّم مصدر رواية مختلفة، إذ قال ...»: a subject narrated giving an account, then «إذ قال»
_AR_ACCOUNT_VERBS = frozenset(fwords("قدم قدمت أعطى أعطت أعطوا عرض عرضت ساق ساقت أورد أوردت روى روت قدموا"))
# «وتبنّت حركة الشباب الهجوم، قائلة ...»: what a group claimed is no part of its name
_AR_ATTACK_OBJECTS = frozenset(fwords("الهجوم الهجومين الهجمات التفجير التفجيرين التفجيرات الاعتداء العملية الكمين الغارة"))
# the attack claimed, also indefinite («تتبنى هجوماً على ...»)
_AR_ATTACK_OBJECTS_ANY = _AR_ATTACK_OBJECTS | frozenset(fwords("هجوما هجمات هجومين تفجيرا تفجيرين عملية"))
_AR_FACTIONS = frozenset(fwords("فصيل جناح فرع"))
_AR_SPOKE_OF = frozenset(fwords("تحدث تحدثت تحدثوا يتحدث تتحدث يتحدثون وتحدث وتحدثت"))
_AR_ACCOUNT_NOUNS = frozenset(fwords("رواية روايه حصيلة أرقاما أرقام رقما تقديرات تقديرا صورة تفاصيل تفسيرا معلومات"))


def _ar_account_subject(ctx: _Ctx, c: int, registry: Registry) -> Mention | None:
    """The subject of «X قدّم رواية مختلفة» before the comma at c (an «إذ قال» follows)."""
    f = ctx.doc.folded
    for v in range(c - 1, max(ctx.a, c - 10), -1):
        w = f[v]
        if w in _AR_ACCOUNT_VERBS or (w[:1] in ("و", "ف") and w[1:] in _AR_ACCOUNT_VERBS) or (
            w in _AR_SPOKE_OF and "عن" in f[v + 1 : c]  # «تحدثت مصادر لإذاعة X عن حصيلة أثقل، إذ»
        ):
            if any(x in _AR_ACCOUNT_NOUNS for x in f[v + 1 : c]):
                return _ar_left_speaker(ctx, v, registry)
            return None
    return None


def _ar_verb_in(doc: Doc, i: int, j: int) -> bool:
    """Is there a speech verb (a cue verb form, its conjunction clitic too) among tokens [i, j)?"""
    single = lexicon("ar").single
    for t in range(i, j):
        e = single.get(doc.folded[t])
        if e is None and doc.folded[t][:1] in ("و", "ف"):
            e = single.get(doc.folded[t][1:])
        if e is not None and e.kind == "verb" and not e.ambiguous:
            return True
    return False


def _ar_name_before(doc: Doc, a: int, c: int) -> bool:
    """A bare personal name of 2-4 words right before the comma at c, opening its clause (after
    the sentence start, a comma, «أن» or a leading particle)."""
    f, raw = doc.folded, doc.raw
    s = c
    while s > a and _word(raw[s - 1]) and f[s - 1] not in _AR_LEAD and (f[s - 1],) not in lexicon("ar").introducers and c - s < 5:
        s -= 1
    if not 2 <= c - s <= 4:
        return False
    if s > a and not (raw[s - 1] in _PUNCT or f[s - 1] in _AR_LEAD or (f[s - 1],) in lexicon("ar").introducers):
        return False
    if f[s] in _AR_NAME_TITLES and c - s >= 3:
        s += 1  # «الأب صمويل أوكافور»، «الشيخ حميد الكرخي»: an honorific before the name
    # (a family name may be a definite nisba after the given name: «فؤاد المقطري»، «رعد المهداوي»)
    return not any((f[t].startswith("ال") and not (t > s and f[t].endswith("ي") and len(f[t]) > 4))
                   or is_number(f[t]) or (f[t] in AR_STOP and raw[t] != "علي") or _ar_head_word(f[t])
                   or ar_time_at(f, t, c) for t in range(s, c))


# honorifics and ranks that lead a personal name («الأب»، «الشيخ»، «اللواء»، «الدكتور»)
_AR_NAME_TITLES = frozenset(fwords(
    "الأب القس المطران الشيخ الحاج الحاجة السيد السيدة الدكتور الدكتورة العميد اللواء العقيد المقدم الرائد "
    "النقيب العماد الفريق المهندس المهندسة الأستاذ الأستاذة المحامي المحامية القاضي"))


def _ar_apposed_name(doc: Doc, i: int, j: int) -> bool:
    """A person's name between commas (1-5 words, a title or «د.» may lead it): no function
    word, number, quotation or relative clause."""
    f, raw = doc.folded, doc.raw
    if not 1 <= j - i <= 6:
        return False
    for t in range(i, j):
        if raw[t] == "." and t > i and f[t - 1] in _AR_TITLE_ABBREV:
            continue
        if not _word(raw[t]) or is_number(f[t]) or ((f[t] in AR_STOP or f[t] in _AR_NOT_SPEAKER) and not ar_ali(doc, t)) or f[t] in _AR_REL_PERSONAL:
            return False
        if ar_stem(f[t]) in _heads_ar() and t > i:
            return False  # «، مدير المستشفى،»: a second title, not a name
    return True


# «د. إبراهيم آدم»: abbreviated titles whose full stop ends no sentence
_AR_TITLE_ABBREV = frozenset(fwords("د"))


def _ar_head_word(w: str) -> bool:
    """A speaker head noun, also in the accusative with its alif ("مسؤولاً" folds to مسؤولا)."""
    heads = _heads_ar()
    st = ar_stem(w)
    return st in heads or (st.endswith("ا") and st[:-1] in heads) or (
        # a dual: «المنظمتان»، «الوزارتين»، «المسؤولان»
        len(st) > 5 and st.endswith(("تان", "تين")) and st[:-3] + "ه" in heads) or (
        len(st) > 4 and st.endswith("ان") and st[:-2] in heads)


def _ar_speaker_at(doc: Doc, t: int, b: int, registry: Registry) -> bool:
    """A speaker starts at token t (before b): a speaker head noun, or a registered name that the
    text of its first three tokens begins with."""
    if doc.folded[t] in _AR_JUDICIARY and t + 1 < b and doc.folded[t + 1] in _AR_ON:
        return False  # «والجيش يعلن القضاء على "عشرات الإرهابيين"»: "eliminating", not the judiciary
    return _ar_head_word(doc.folded[t]) or registry.match_prefix(doc.text[doc.starts[t] : doc.ends[min(b, t + 3) - 1]]) is not None


def _ar_clause_subject(ctx: _Ctx, i: int, svo: bool = False) -> Mention | None:
    """"نشرت صفحات محلية أسماء 83 شخصاً قالت إنهم ...", "تداول ناشطون مقطعاً قالوا إنه ...": a
    subjectless reporting verb later in the clause speaks for the subject of the clause's first
    verb, when that subject is a speaker noun (activists, pages, sources, residents)."""
    doc, a = ctx.doc, ctx.a
    f, raw = doc.folded, doc.raw
    s0 = _skip_dateline(doc, a, i)  # «باماكو (أ ف ب) - أعلنت جماعة ...»
    while s0 < i and (f[s0] in _AR_LEAD or raw[s0] in _PUNCT):
        s0 += 1
    if s0 + 2 < i and f[s0] in _AR_FRONT_PREPS and raw[s0 + 2] in ("،", ","):
        s0 += 3  # "إلى ذلك،", "من جهتها،", "وفي المقابل،"
    if svo and s0 < i - 1 and f[s0] in ("لكن", "ولكن", "غير", "الا") and f[s0 + 1] in ("ان",):
        s0 += 2  # "غير أن مسؤولاً ...، قائلاً إن"
    elif svo and s0 < i - 1 and f[s0] in ("لكن", "ولكن"):
        s0 += 1
    kana = s0 > a and f[s0 - 1] in _AR_KANA and s0 + 2 < i and f[s0 + 1 : s0 + 6].count("قد") > 0
    if (svo or kana) and s0 < i - 1 and _ar_head_word(f[s0]):
        # "لكن مسؤولاً في الشرطة، تحدث لوكالة ...، قدّم حصيلة مختلفة، قائلاً إن": an SVO subject;
        # «وكانت التنسيقية قد خاضت إضراباً ...، قالت إن»: the subject between «كان» and «قد»
        ne = ar_np_right(doc, s0, i)
        if ne > s0:
            _, text_end, name_end = trim_ar_stretch(doc, s0, ne)
            return _mention(doc, s0, text_end, name_end)
    if s0 + 1 < i and f[s0] in _AR_NEG:
        s0 += 1  # «ولم تعلّق الوزارة على التقرير، لكنها أعلنت ...»: a negated first verb
    t = s0 + 1
    if t >= i - 1 or ar_stem(f[s0]) in _heads_ar() or f[s0] in _AR_NOT_SPEAKER or not _word(raw[s0]):
        return None
    if raw[t] in _OPEN_OR_STRAIGHT:
        # "تبنّت «جماعة ...»، فرع ...، هجوماً ...، وقالت": a quoted name as the subject
        close = _close_quote(doc, t, i)
        if close > t + 1 and close - t <= 7 and ar_stem(f[t + 1]) in _heads_ar():
            return _mention(doc, t + 1, close)
        return None
    if ar_stem(f[t]) not in _heads_ar():
        return None
    if t + 1 < i and raw[t + 1] in _OPEN_OR_STRAIGHT:
        close = _close_quote(doc, t + 1, i)
        if t + 2 < close <= t + 8:
            return _mention(doc, t, close + 1)  # "وتبنت جماعة «جيش ...»، المرتبطة ...": head + quoted name
    ne = ar_np_right(doc, t, i)
    if ne <= t:
        return None
    # «وقدّمت الشبكة رواية مختلفة، إذ ...»: the first verb's object (an account or a toll) is
    # no part of its subject
    ne = next((x for x in range(t + 1, ne) if f[x] in _AR_ACCOUNT_NOUNS or f[x] in _AR_ATTACK_OBJECTS), ne)
    _, text_end, name_end = trim_ar_stretch(doc, t, ne)
    return _mention(doc, t, text_end, name_end)


_HEADS: dict[str, frozenset[str]] = {}
_AR_WHILE = frozenset(fwords("فيما بينما"))  # «، فيما تبنّت ...»: a clause of another subject


def _heads_ar() -> frozenset[str]:
    if "ar" not in _HEADS:
        lex = nouns("ar")
        _HEADS["ar"] = frozenset(k[0] for k in lex.kinds) | lex.statement
    return _HEADS["ar"]


# "thus" before a verb that follows a quotation: «...»، بهذا وصف X الهجوم / بهذه الكلمات أعلن X
_AR_THUS = frozenset(fwords("بهذا بهذه هكذا وهكذا كذلك"))
_AR_THUS_2 = frozenset(tuple(fwords(p)) for p in ("بهذه الكلمات", "بهذه العبارات", "بهذه العبارة", "بهذا الوصف", "بهذه الطريقة",
                                                  # «...»، هذا ما قاله X / «...»، وهو ما أكده X (the verb with its pronoun)
                                                  "هذا ما", "ذلك ما", "هو ما", "وهو ما", "وهذا ما"))
# words of sorting or ranking before «بحسب/حسب/وفق»: "by" (a key of a table), not "according to"
_AR_SORTED_BY = frozenset(fwords(
    "توزعت توزع تتوزع يتوزع توزعوا يتوزعون تتوزعت موزعة موزعين موزعون موزع توزيع توزيعها توزيعهم "
    "مقسمة مقسمين مقسمون تقسم تنقسم انقسمت قسمت تقسيم تقسيمها صنفت تصنف مصنفة مصنفين تصنيف تصنيفها "
    "مرتبة مرتبين ترتيب ترتيبها رتبت"))
# "in accordance with" a rule: وفقاً للقانون / وفق المادة / بحسب الاتفاق — no speaker
_AR_RULE_NOUNS = frozenset(ar_stem(w) for w in fwords(
    "قانون القانون اتفاق الاتفاق اتفاقية الاتفاقية قرار القرار دستور الدستور مادة المادة خطة الخطة "
    "تعليمات التعليمات قواعد القواعد رغبة طلب توجيهات أوامر"  # "وفق رغبة ذويهم": a wish followed
    # legal instruments and procedures: «أوقفت 9 أشخاص وفق مذكرات قضائية»، «بحسب الأصول القانونية»
    " مذكرة المذكرة مذكرات المذكرات أمر الأمر مرسوم المرسوم لوائح اللوائح أحكام الأحكام إجراءات الإجراءات"
    " أصول الأصول ضوابط الضوابط معايير المعايير بروتوكول البروتوكول نظام النظام"
))
_AR_BLAME_NOUNS = frozenset(ar_stem(w) for w in fwords("مسؤولية المسؤولية مسؤوليه"))


def _ar_countless_account(doc: Doc, k: int, a: int, b: int) -> bool:
    """«عن» at k opens an account noun («عن حصيلة أعلى») with no number, count or bound word
    before the next clause mark, outside a headline: the speaker only mentions an account, so
    there is no claim (a headline's «.. ومصادر تتحدث عن حصيلة أكبر» is one: gold_q)."""
    f, raw = doc.folded, doc.raw
    if not (k + 1 < b and f[k] == "عن" and f[k + 1] in _AR_ACCOUNT_NOUNS):
        return False
    nc = next((x for x in range(k + 1, b) if raw[x] in ("،", ",", ".", "؛", ";")), b)
    return not any(is_number(f[t]) or f[t] in _AR_COUNT_WORDS or f[t] in _AR_BOUND_WORDS
                   for t in range(k + 1, nc)) and not _ar_headline_line(doc, a, b)


def _ar_headline_line(doc: Doc, a: int, b: int) -> bool:
    """The sentence is (part of) a headline: the text's first line, with no final full stop."""
    text = doc.text
    return text.find("\n", 0, doc.starts[a]) < 0 and doc.raw[b - 1] not in (".", "؟", "!") and (
        doc.ends[b - 1] >= len(text) or text[doc.ends[b - 1]] == "\n"
    )


def _ar_inside_quote(doc: Doc, quotes: list[int], i: int) -> bool:
    """Is token i inside a quotation opened earlier in the sentence (« without », or an odd
    number of straight quotes)? `quotes`: the sentence's quotation mark positions (_Ctx.quotes)."""
    raw = doc.raw
    opened = 0
    straight = 0
    for t in quotes:
        if t >= i:
            break
        if raw[t] in OPEN_QUOTES:
            opened += 1
        elif raw[t] in CLOSE_QUOTES:
            opened = max(0, opened - 1)
        elif raw[t] in STRAIGHT_QUOTES:
            straight += 1
    return opened > 0 or straight % 2 == 1


# indefinite class nouns followed by a quoted name: «مجموعة «X»»، «منظمة "X"»، «مبادرة «X»»
_AR_NAMING_HEADS = frozenset(fwords(
    "منظمة مجموعة جماعة حركة شبكة وكالة مبادرة هيئة جمعية مؤسسة مرصد مركز تحالف ائتلاف لجنة حملة "
    "موقع صحيفة قناة منصة نقابة رابطة اتحاد تنسيقية فصيل كتائب لواء"))
# a short fronted prepositional phrase before the clause's subject: «وفي المقابل،»، «إلى ذلك،»
_AR_FRONT_PREPS = frozenset(fwords("الى والى من ومن في وفي على وعلى"))
# adjectives of an outlet's or a body's quoted name that are no nisba: «الرسمية» is, «المحلية» is
_AR_OFFICIAL_ADJ = frozenset(fwords("المستقلة المستقل المعارضة المعارض"))
_AR_TOLL_NOUNS = frozenset(ar_stem(w) for w in fwords(
    "حصيلة الحصيلة عدد حصيلته حصيلتها حصيلتهم حصيلتهما تقديره تقديرها تقديراته تقديراتها التقديرات"))
# what a speaker "records" («سجّلت الوزارة 40 إصابة»، «سجل المرصد 12 قتيلاً»): people harmed or held,
# cases, deaths, attacks and violations counted (not «سجل المنتخب 3 أهداف»، «45 درجة»)
_AR_RECORDED_NOUNS = frozenset(ar_stem(w) for w in fwords(
    "إصابة إصابات اصابة اصابات حالة حالات وفاة وفيات حالات_وفاة قتيل قتيلا قتلى جريح جريحا جرحى مصاب مصابا مصابين"
    " ضحية ضحايا شهيد شهيدا شهداء غارة غارات هجوم هجوما هجمات خرق خرقا خروقات انتهاك انتهاكا انتهاكات"
    " اعتداء اعتداءات نازح نازحا نازحين مفقود مفقودا مفقودين معتقل معتقلا معتقلين حادث حادثا حوادث حريق حريقا حرائق"
    " عملية عمليات اعتقال اعتقالات قصف قذيفة قذائف ضربة ضربات مجزرة مجازر"))


def _ar_recorded_count(doc: Doc, j: int, b: int, lex) -> bool:
    """After «سجّل» (recorded) and its speaker: an introducer, an object noun («سجّلت الوزارة ارتفاع
    عدد ...»), or a count of people harmed, cases or attacks («40 إصابة»، «عشرات الحالات»)."""
    f, raw = doc.folded, doc.raw
    for t in range(j, min(b, j + 12)):
        if raw[t] in CLAUSE_MARKS or raw[t] in QUOTES:
            return False
        if _ar_intro(doc, t, b, lex) >= 0 or (t > j and ar_stem(f[t]) in nouns("ar").object_heads):
            return True
        if is_number(f[t]) or f[t] in _AR_COUNT_WORDS:
            u = t + 1
            while u < b and u < t + 3 and (is_number(f[u]) or f[u] in _AR_COUNT_WORDS or f[u] in _AR_RECORDED_SCALE):
                u += 1
            return u < b and (ar_stem(f[u]) in _AR_RECORDED_NOUNS or ar_stem(f[u][2:] if f[u].startswith("ال") else f[u]) in _AR_RECORDED_NOUNS)
    return False


_AR_NEWS_NOUNS = frozenset(fwords("أنباء انباء أخبارا أخبار اخبار معلومات تقارير روايات"))
_AR_RECORDED_SCALE = frozenset(fwords("ألف آلاف الف الاف ألفا الفا مليون ملايين"))


# The scan from a verb to its introducer (in _ar_frames) stops, skips or finds the content only
# at a cue, a quote mark, a colon or a sentence end, a number, a word starting with «ب», the
# threatened party, an object head (object verbs), or one of _ar_scan_stop_words(): any other
# token is a plain word of the speaker phrase, passed over without running the tests.
_AR_SCAN_STOP_MARKS = QUOTES | frozenset((":", ";", "؛", ".", "؟", "!"))


@lru_cache(maxsize=1)
def _ar_scan_stop_words() -> frozenset[str]:
    """Every word at which a test of the introducer scan in _ar_frames may fire: the asides
    («تحدث»، «طلب»), «عن»/«إلى», every introducer's first word, counts and the words that
    end a long speaker phrase («بعد»، «منذ»)."""
    return (_AR_ANON_ASIDE | frozenset(("عن", "الى", "الي")) | lexicon("ar").intro_first
            | _AR_COUNT_WORDS | _AR_NOT_SPEAKER)


def _ar_object_verb_frame(ctx: _Ctx, c: Cue, j: int, nt: int, conj: bool, registry: Registry, *,
                          time_ends_speaker: bool = False, implied_after_and: bool = False) -> Frame | None:
    """The frame of a verb that is a claim only through its object at token `nt` («نسب ... الهجوم إلى»،
    «أصدر ... تنبيهاً»): its speaker after the verb (tokens j..nt; with `time_ends_speaker` cut before a
    time phrase or a non-word), else the speaker before it when the object follows the verb at once,
    else (with `implied_after_and`) the earlier speaker of a verb joined by «و»; None when there is none."""
    doc, b, i = ctx.doc, ctx.b, c.i
    if nt > j and _ar_speaker_at(doc, j, b, registry):
        se = nt
        if time_ends_speaker:
            f, raw = doc.folded, doc.raw
            se = next((t for t in range(j + 1, nt) if not _word(raw[t]) or ar_time_at(f, t, nt)), nt)
        _, text_end, name_end = trim_ar_stretch(doc, j, se)
        fr = Frame(c, "ar.cue_subject_object", (i, nt), "after", nt, conj=conj)
        fr.mention = _mention(doc, j, text_end, name_end)
        return fr
    if nt == j and (left := _ar_left_speaker(ctx, i, registry)) is not None:
        fr = Frame(c, "ar.subject_cue_object", (left.i, nt), "after", nt, conj=conj)
        fr.mention = left
        return fr
    if nt == j and conj and implied_after_and:
        return Frame(c, "ar.cue_content", (i, nt), "after", nt, conj=conj, implied=True)
    return None


def _ar_frames(ctx: _Ctx, cues: list[Cue], registry: Registry) -> list[Frame]:
    # SPEED (session 15): runs per cue of every sentence with a cue. A new rule tests the cue's
    # lemma/kind and the folded tokens (f[t] in a frozenset, a bounded range of t) before any
    # regex or any scan of the whole sentence; a rule that needs a rare word gates on it first.
    doc, a, b = ctx.doc, ctx.a, ctx.b
    f, raw = doc.folded, doc.raw
    lex = lexicon("ar")
    # «امرأة، وتدعى سلمى،»: "named" (an aside on the speaker), not ادّعى "claimed"
    # («، المتحدثة باسم الوزارة،»: a spokeswoman, not «، متحدثةً عن ...»: spoke of)
    cues = [c for c in cues if not (f[c.i] in _AR_NAMING_ASIDE and c.i - 1 >= a and raw[c.i - 1] in ("،", ","))
            and not (c.kind == "part" and c.entry.lemma == "تحدث" and (c.j >= b or f[c.j] != "عن"))
            and not _ar_no_responsibility_claim(doc, c, a, b)
            # «ولم تصدر السلطات تقديراً»، «نسبت الصحيفة إلى مصدر قوله»: «أصدر» counts only with a warning
            # noun, «نسب» only with an attack and «إلى» (gated here: a skipped cue must not embed the next)
            and not (c.entry.lemma == "أصدر" and _ar_warning_at(f, c.j, b) < 0)
            and not (c.entry.lemma == "نسب" and _ar_blamed_act_at(f, c.j, b) < 0)
            # «أحد أبرز مسارات التهريب»: the elative "most prominent", no verb «أبرز» with its «أن»
            and not (c.entry.lemma == "أبرز" and ((c.i > a and f[c.i - 1] in _AR_ONE_OF_ELATIVE) or not any(
                f[t] in _AR_THAT_WORDS for t in range(c.j, min(b, c.j + 12)))))
            # «أحد المصابين وُصفت حالته بالحرجة»: "his condition was described as", passive narration
            and not (c.entry.lemma == "وصف" and c.j < b and f[c.j].startswith(("حالت", "حاله", "جروح", "اصاب")))
            # «وفي بيان للجيش،» leads a clause with the statement's named owner (not «وقالت، في بيان،»)
            and not (c.entry.lemma == "في بيان" and not _ar_front_statement_owner(doc, c.j - 1, b, registry))
            and not (c.kind == "verb" and c.entry.lemma == "نشر" and not _ar_post_cue(doc, c, b))
            # «إعلان حالة الطوارئ»، «في إعلان لمسافريها»: a noun, no reported statement
            and not (c.entry.lemma == "إعلان" and not _ar_announcement_of(doc, c.i, c.j, b, registry))]
    cue_starts = {c.i: c for c in cues}
    frames: list[Frame] = []
    for c in cues:
        if c.i in ctx.consumed:
            continue
        e = c.entry
        i, j = c.i, c.j
        conj = c.start > doc.starts[i]
        if e.kind == "verb" and j + 1 < b and f[j] in _AR_IN_IT and (f[j + 1].startswith("ال") or _ar_head_word(f[j + 1])):
            j += 1  # «في وقت أعلنت فيه وزارة الصحة ...»: "in which", then the subject
        if e.lemma in ("رفع", "خفض") and not any(ar_stem(f[t]) in _AR_TOLL_NOUNS for t in range(j, min(b, j + 14))):
            continue  # "رفع العلم"، "خفض الأسعار": only raising or lowering a toll or a count is a claim
        if e.kind == "verb" and not conj and j < b and raw[j] in ("،", ",") and any(f[t] in _AR_TITLES for t in range(max(a, i - 3), i)) \
                and all(_word(raw[t]) for t in range(max(a, i - 2), i)):
            continue  # «أعلن المحافظ، اللواء أحمد رفعت، ارتفاع ...»: a titled person's name, no verb
        if e.kind == "verb" and j < b and (f[i][1:] if conj else f[i])[:1] in ("ي", "ت") and _ar_habitual_after(doc, j, b, lex):
            continue  # «التي تتهم عادة الجيش بـ...»: what a speaker usually says, no claim of this article
        if e.lemma == "زاد" and not (j < b and (_ar_head_word(f[j]) or (f[j],) in lex.introducers or raw[j] == ":")):
            continue  # «وزاد الأمر سوءاً أن ...»: "increased", not "added"
        if e.lemma in _AR_THREAT_LEMMAS and e.kind == "verb" and (_ar_threat_object(doc, j, b) < 0 or not (
                f[j][:1] == "ب" or raw[j] in ("،", ",") or ar_time_at(f, j, b) or _ar_speaker_at(doc, j, b, registry))):
            continue  # «القصف يهدد حياة المدنيين»، «تهدد الأمطار بقطع الطرق»: a danger; only a speaker's threat «بـ» something
        if e.lemma == "تداول" and e.kind == "verb":
            nt = next((t for t in range(j, min(b, j + 8)) if f[t] in _AR_NEWS_NOUNS and t + 1 < b and f[t + 1] == "عن"), -1)
            if nt < 0:
                continue  # «تداول ناشطون مقطعاً»: only news of something passed on is a claim
            if nt > j and _ar_speaker_at(doc, j, b, registry):
                # «وتداول ناشطون على مواقع التواصل أنباء عن مقتل ...»: the speaker, where, then the news
                se = next((t for t in range(j + 1, nt) if f[t] in ("على", "عبر", "في") or not _word(raw[t])), nt)
                _, text_end, name_end = trim_ar_stretch(doc, j, se)
                fr = Frame(c, "ar.cue_subject_object", (i, nt), "after", nt, conj=conj)
                fr.mention = _mention(doc, j, text_end, name_end)
                frames.append(fr)
                continue
        if e.lemma == "نسب" and e.kind == "verb":
            # «ونسبت حكومة الإقليم الهجوم إلى «الحركة الشعبية»»: blame laid for an attack (only with the
            # attack as object and «إلى» after it: «نسبت الصحيفة إلى مصدر قوله» is a relay, no claim)
            nt = _ar_blamed_act_at(f, j, b)
            if nt >= 0 and (fr := _ar_object_verb_frame(ctx, c, j, nt, conj, registry)) is not None:
                frames.append(fr)
            continue
        if e.lemma == "أصدر" and e.kind == "verb":
            # «وكان المركز الوطني للأرصاد قد أصدر تنبيهاً بهطول أمطار غزيرة ...»، «أصدرت الهيئة تحذيراً
            # من ...»: a warning issued is a claim (only with a warning noun: «أصدرت المحكمة حكماً» is none)
            nt = _ar_warning_at(f, j, b)
            if nt >= 0 and (fr := _ar_object_verb_frame(ctx, c, j, nt, conj, registry, time_ends_speaker=True,
                                                          implied_after_and=True)) is not None:
                frames.append(fr)
            continue
        if e.lemma == "سجل" and e.kind == "verb" and not (_ar_recorded_count(doc, j, b, lex) and (
                _ar_speaker_at(doc, j, b, registry) or (j < b and is_number(f[j]) and _ar_left_speaker(ctx, i, registry) is not None))):
            continue  # «سجل المنتخب 3 أهداف»، «سُجلت 40 إصابة»: a speaker records people harmed, cases or attacks
        if e.lemma == "حمل" and e.kind == "verb" and not any(ar_stem(f[t]) in _AR_BLAME_NOUNS for t in range(j, min(b, j + 14))):
            continue  # "حملت الطائرة 100 راكب": only laying blame («مسؤولية») is a claim
        if e.kind == "verb" and e.lemma == "نقل" and not any(f[t] in ("عن", "قوله", "قولها", "قولهم") for t in range(j, min(b, j + (
                # «ونقلت منظمة «X»، التي تشغّل سفينة إنقاذ في المنطقة، عن ...»: a relative clause on the relay
                22 if any(f[t] in _AR_REL_PERSONAL and raw[t - 1] in ("،", ",") for t in range(j + 1, min(b, j + 10))) else 12)))) \
                and not _ar_passed_on(doc, j, b):
            continue  # "نقلت طواقمها الرهائن إلى ...": transported, no relay («نقلت X عن Y»)
        if e.kind == "verb" and e.lemma == "تحدث" and j + 1 < b and (f[j] in _AR_AUDIENCE or _ar_outlet_lam(f[j]) or _ar_lam_outlet(doc, j, registry) or (
            f[j].startswith("ل") and raw[j + 1] in _OPEN_OR_STRAIGHT
        )) and i > a and _word(raw[i - 1]) and not conj:
            nc = next((t for t in range(j, min(b, j + 10)) if raw[t] in ("،", ",", ".")), b)
            if not any(f[t] == "عن" or _ar_intro(doc, t, b, lex) >= 0 and raw[t] not in QUOTES for t in range(j, nc)):
                continue  # «ووفق مصادر تحدثت لـ«X»، فإن ...»: who the speaker spoke to, no claim of its own
        if e.kind == "verb" and e.lemma == "تحدث" and j + 1 < b and f[j] in ("الي", "إلى", "مع") and i > a \
                and raw[i - 1] in ("،", ",") and not conj:
            nc = next((t for t in range(j, min(b, j + 16)) if raw[t] in ("،", ",", ".")), b)  # «مصدر ...، تحدث
            # إلى «الصحيفة» شريطة عدم الكشف عن هويته، قال إن»: an aside on the speaker (gold_j), no cue
            if not any(f[t] == "عن" and f[t - 1] != "الكشف" or _ar_intro(doc, t, b, lex) >= 0 and raw[t] not in QUOTES
                       for t in range(j, nc)):
                continue
        if e.kind == "verb" and e.lemma == "رد" and j < b and raw[j] in ("على", "عليه", "عليها", "عليهم") and not any(
                _ar_intro(doc, t, b, lex) >= 0 and (raw[t] not in QUOTES or raw[t - 1] == ":")
                for t in range(j, next((x for x in range(j, b) if raw[x] in ("،", ",", ".", "؛", ";")), b))):
            continue  # «أن الجيش رد على الهجوم بقصف جوي»: answered by force, no reported speech (gold_j)
        if e.kind == "verb" and e.lemma == "أظهر" and not (j < b and (ar_stem(f[j]) in nouns("ar").statement or (
            f[j] in _AR_LATEST and j + 1 < b and ar_stem(f[j + 1]) in nouns("ar").statement))):
            continue  # «أظهرت الصور ...»: only data and reports («أظهرت بيانات الأمم المتحدة أن») speak through it
        if e.kind == "verb" and e.lemma == "كتب" and j < b and raw[j] == ":" and sum(1 for t in range(j + 1, b) if _word(raw[t])) <= 4:
            continue  # «كتب: فلان الفلاني»: a byline, no claim
        if e.kind == "verb" and e.lemma == "دعا" and j < b and f[j] in _AR_TO_IT:
            continue  # "مسيرة دعت إليها الجبهة": called the march, no statement
        if e.kind == "verb" and frames and i - 1 > a and raw[i - 1] in ("،", ",") and frames[-1].direction in ("after", "span") and frames[-1].anchor > i:
            continue  # "وقال ضابط، تحدث شريطة عدم الكشف عن هويته، إن": an aside on the speaker
        if e.kind == "verb" and frames and _ar_inside_quote(doc, ctx.quotes, i):
            continue  # «... "الشارع قال كلمته"»: a verb inside a quotation of an earlier claim
        if e.kind == "verb" and frames and i - 1 >= a and (raw[i - 1] in OPEN_QUOTES or (
            raw[i - 1] in STRAIGHT_QUOTES and sum(1 for t in range(a, i) if raw[t] == raw[i - 1]) % 2 == 1
        )):
            continue  # 'إن وحدات الجيش "ردّت على ..."': a verb quoted inside an earlier claim's content
        if e.kind == "verb":
            p = i - 1
            while p >= a and f[p] in ("قد", "لقد"):
                p -= 1
            if p > i - 3 and p > a and f[p] in _AR_WAS and f[p - 1] in _AR_REL_PERSONAL:
                p -= 1  # «..، التي كانت قد أعلنت ...»
            rel_men, rel_new = None, False
            if p >= a and f[p] in _AR_WHAT and e.lemma in ("وصف", "اعتبر") and j < b and f[j][:1] == "ب":
                # «انتقدت X ما وصفته بـ«...»»، «ندد X بما وصفه بـ"..."»
                fr = _ar_criticised_as(ctx, c, p, registry)
                if fr is not None:
                    frames.append(fr)
                    continue
            if p >= a and f[p] in lex.relatives and not (p - 1 >= a and (f[p - 1], f[p]) in _AR_THUS_2):
                # (not «...»، هذا ما قاله X: the quotation before it is the content)
                # "وفق ما أعلن مركز X، الذي أوضح أن ...": a relative clause on the previous
                # speaker's name is a new claim of that speaker
                prev = frames[-1].mention if frames else None
                # the previous speaker's phrase ends at the comma (a coordinated last word of
                # the name, "مركز طب الطوارئ والدعم، الذي", may fall outside the mention)
                if f[p] not in _AR_REL_PERSONAL or p - 1 < a or raw[p - 1] not in ("،", ",") or prev is None or not (
                    prev.j <= p - 1 <= prev.j + 2 and all(_word(raw[t]) for t in range(prev.j, p - 1))
                ):
                    # «ولم يصدر تعليق من الجيش، الذي كان قد أعلن مقتل ...»: a speaker noun right
                    # before the comma, named in the narration, speaks in its relative clause
                    rel_men = _ar_relative_antecedent(doc, a, p, registry) if f[p] in _AR_REL_PERSONAL else None
                    if rel_men is not None and raw[p - 1] not in ("،", ",") and (
                            ar_stem(f[rel_men.i]) in nouns("ar").statement or _ar_embedded(doc, a, i, lex, cue_starts)
                            or (frames and frames[-1].direction in ("after", "span") and frames[-1].anchor < p)):
                        rel_men = None  # «إنها مروّعة من التقارير التي تفيد بـ...»: no comma, inside a claim or on a document
                    if rel_men is None:
                        continue
                    rel_new = True
                    if e.object_ok and not e.intro_required:
                        t = j
                        while t < b and (ar_time_at(f, t, b) or (t > j and (f[t] in _AR_SAME or f[t] in _AR_EARLIER)) or raw[t] in ("،", ",")):
                            t += 1
                        t = _ar_skip_adjuncts(doc, t, b)
                        if t < b and _word(raw[t]) and not is_number(f[t]) and f[t] not in AR_STOP_WORDS and f[t] not in lex.relatives and (
                            # «ولم يصدر تعليق من الحكومة، التي تتهم المعارضة بتأجيج ...»: the accused, then the charge
                            (e.lemma == "اتهم" and _ar_accused_then_charge(f, t, min(b, t + 4))) or
                            ar_stem(f[t]) in nouns("ar").object_heads or not _ar_speaker_at(doc, t, b, registry)
                        ) and _ar_intro(doc, t, b, lex) < 0:
                            fr = Frame(c, "ar.relative_cue_object", (i, t), "after", t, conj=conj)
                            fr.mention = rel_men
                            frames.append(fr)
                            continue
                else:
                    rel_men = prev
            if e.intro_required and p >= a and (f[p],) in lex.introducers and not (
                p - 1 >= a and f[p - 1] in _AR_BEFORE_AFTER and f[p] in ("ان", "أن") and j < b and _word(raw[j]) and (f[j],) not in lex.introducers
            ):
                continue  # "إن بين القتلى": بين is "between" here (not «قبل أن يوضح قائدها أن ...»: a verb of its own)
            if (f[i] in lex.impersonal or (conj and f[i][1:] in lex.impersonal)) and j < b and (_ar_intro(doc, j, b, lex) >= 0 or f[j] in ("الى", "الي")):
                continue  # "ويُذكر أن", "يشار إلى أن": the article's own narration
            # «...»، قال أحد السكان: the quotation before the verb is the content
            q_end = i
            if i - 1 >= a and f[i - 1] in _AR_THUS:
                q_end = i - 1  # «...»، بهذا وصف ... / «...»، هكذا علّق ...
            elif i - 2 >= a and (f[i - 2], f[i - 1]) in _AR_THUS_2:
                q_end = i - 2  # «...»، بهذه الكلمات أعلن ...
            after_quote = (q_end - 1 >= a and raw[q_end - 1] in _CLOSE_OR_STRAIGHT) or (
                q_end - 2 >= a and raw[q_end - 1] in ("،", ",") and raw[q_end - 2] in _CLOSE_OR_STRAIGHT
            )
            if after_quote and j < b and ar_stem(f[j]) in nouns("ar").object_heads:
                after_quote = False  # «...»، وأعلنت اعتقال ...: the verb's object follows, no speaker
            if after_quote and e.lemma == "تبنى" and j < b and f[j] in _AR_ATTACK_OBJECTS_ANY:
                after_quote = False  # «PLACE: «X» يتبنى هجوماً على ...»: the attack follows; X claims it
            if after_quote and e.lemma == "اتهم" and j < b and _ar_accused_then_charge(f, j, min(b, j + 4)):
                after_quote = False  # «PLACE: «X» يتهم Y بقتل N»: the accused and the charge follow; X accuses
            if after_quote:
                qc = q_end - 1 if raw[q_end - 1] in QUOTES else q_end - 2
                qo = next((t for t in range(qc - 1, max(a, qc - 7) - 1, -1) if raw[t] in QUOTES), -1)
                if qo > a and _word(raw[qo - 1]):
                    after_quote = False  # "وفي تصريح لـ«الأخبار»، قال ...": a quoted name inside a phrase, not the content
            if after_quote:
                if j < b and f[j] in _AR_AUDIENCE_PRONOUNS:
                    j += 1  # «...»، هذا ما أكده لنا أحد الناجين: the audience, then the speaker
                ne = _ar_role_bearer(doc, j, _ar_np_with_place(doc, j, b), b, lex)
                if ne > j and ne + 2 < b and raw[ne] in ("،", ",") and (_ar_head_word(f[j]) or f[j] in AR_CHARGED):
                    ne = _ar_object_appos(doc, j, ne, b)  # «...»، بهذه الكلمات أعلن المتحدث ...، العميد X، مساء ...
                if ne > j:
                    _, text_end, name_end = trim_ar_stretch(doc, j, ne)
                    fr = Frame(c, "ar.content_cue_subject", (q_end, ne), "before", q_end, conj=conj)
                    fr.mention = _mention(doc, j, text_end, name_end)
                    frames.append(fr)
                    t = ne if e.object_ok else b
                    while t < b and (raw[t] in ("،", ",") or ar_time_at(f, t, b)):
                        t += 1  # «، مساء الأربعاء،»
                    if t < b and ar_stem(f[t]) in nouns("ar").object_heads:
                        # «...»، بهذه الكلمات أعلن X، مساء الأربعاء، إغراق السفينة: the object too
                        fr2 = Frame(c, "ar.cue_subject_object", (ne, t), "after", t, conj=conj)
                        fr2.mention = fr.mention
                        frames.append(fr2)
                    continue
            o = _ar_claimed_attack_object(doc, c, b)
            if o > j:
                # «وتبنّت حركة X، المرتبطة بـY، الهجوم في بيان، زاعمة ...»، «أعلن تنظيم «X» عبر وكالة
                # Z مسؤوليته عن الهجوم»: the clause's subject claims, the attack is the content
                subj = _ar_clause_subject(ctx, o)
                if subj is not None and j <= subj.i <= j + 2:
                    if subj.j < o and f[subj.i] in _AR_FACTIONS and f[subj.j] in ("من", "عن") and all(
                            _word(raw[t]) for t in range(subj.j, o)):
                        # «وتبنّى فصيل (منشق) عن حركة X الهجوم»: the faction is named by its parent
                        _, text_end, name_end = trim_ar_stretch(doc, subj.i, o)
                        subj = _mention(doc, subj.i, text_end, name_end)
                    elif subj.j + 1 < o and f[subj.j].startswith("وال") and _word(raw[subj.j]) and raw[subj.j][:1] == "و":
                        # «أعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بـ...»: a name's coordinated last word
                        _, text_end, name_end = trim_ar_stretch(doc, subj.i, subj.j + 1)
                        subj = _mention(doc, subj.i, text_end, name_end)
                    fr = Frame(c, "ar.claimed_attack", (i, o), "after", o, conj=conj)
                    fr.mention = subj
                    frames.append(fr)
                    continue
            if e.object_ok and _ar_countless_account(doc, j, a, b):
                continue  # «غير أن مصادر تحدثت عن حصيلة أعلى، إذ ...»: an account with no count, no claim
            jt = _ar_skip_earlier(f, j, b)  # «بعد أن كانت قد أعلنت في وقت سابق عن مقتل ...»
            if e.object_ok and jt < b and f[jt] == "عن" and not e.intro_required:
                # "والجيش يتحدث عن «تحييد» العشرات": a prepositional object, no subject after the verb
                left = _ar_left_speaker(ctx, i, registry)
                # a headline keeps its verb («و«قسد» تتحدث عن 3 قتلى»), as for other SVO headlines
                at = i if left is not None and _ar_headline_line(doc, a, b) else jt  # (the content keeps its «عن»)
                fr = Frame(c, "ar.subject_cue_object" if left else "ar.cue_content", ((left.i if left else i), at), "after", at, conj=conj)
                fr.mention = left
                fr.implied = left is None
                frames.append(fr)
                if left is not None and e.lemma == "تحدث":
                    gap = _ar_gapped_speaker(doc, jt + 1, b, registry)
                    if gap is not None:
                        # «التنسيقية تتحدث عن 40 ألف مشارك والسلطات عن 6 آلاف»: a second subject with
                        # the verb left out speaks the second «عن» phrase
                        g = Frame(c, "ar.gapped_subject_object", (gap.i, gap.j), "after", gap.j, conj=conj)
                        g.mention = gap
                        frames.append(g)
                continue
            if e.object_ok and j + 1 < b and f[j] in _AR_JUDICIARY and f[j + 1] in _AR_ON:
                # «والجيش يعلن القضاء على "عشرات الإرهابيين"»: "eliminating" is the object, not the judiciary
                fr = _ar_object_verb_frame(ctx, c, j, j, conj, registry, implied_after_and=True)
                if fr is not None:
                    frames.append(fr)
                continue
            # find the introducer
            if j + 2 < b and f[j] == "ما" and f[j + 1] in _AR_SO_CALLED and (raw[j + 2] in _OPEN_OR_STRAIGHT or f[j + 2] in ("ب", "بـ")):
                j += 2  # «نفى ما يعرف بـ"جيش الإسلام" أي علاقة ...»: the so-called name is the subject
                if f[j] in ("ب", "بـ") and j + 1 < b:
                    j += 1
            k, content_at = j, -1
            says_at = -1
            # (a threat verb's «بـ» word, once: the scan below starts its content there)
            threat_at = _ar_threat_object(doc, j, b) if e.lemma in _AR_THREAT_LEMMAS else -1
            stops, obj_heads = _ar_scan_stop_words(), nouns("ar").object_heads
            denied = e.stance == "denied"
            while k < b and k < j + 32:
                w = f[k]
                if k not in cue_starts and raw[k] not in _AR_SCAN_STOP_MARKS and w not in stops and w[:1] != "ب" \
                        and not w[:1].isdigit() and k != threat_at \
                        and not (e.object_ok and (ar_stem(w) in obj_heads or ar_stem(w).startswith(_AR_RESP))) \
                        and not (denied and (w in _AR_DEMONSTRATIVES or ar_stem(w) in _AR_DENIED_OBJECTS)):
                    k += 1  # a plain word of the speaker phrase: none of the tests below can stop here
                    continue
                if k > j and raw[k - 1] in ("،", ",") and f[k] in _AR_ANON_ASIDE:
                    # «عن مصدر في X، رفض كشف اسمه، أن ...»: an anonymity aside (its verb is no cue)
                    nc = next((t for t in range(k + 1, min(b, k + 10)) if raw[t] in ("،", ",")), -1)
                    if nc > k and any(f[t] in _AR_ANON_NAMES for t in range(k + 1, nc)):
                        ctx.consumed.update(t for t in range(k, nc) if t in cue_starts)
                        k = nc + 1
                        continue
                if k in cue_starts and cue_starts[k].kind == "part" and cue_starts[k].entry.lemma == "قال" and says_at < 0 and k - j <= 8 and all(
                    _word(raw[t]) for t in range(j, k)
                ):
                    # «وأضاف قائلاً إن»، «وأضاف المسؤول قائلاً: "..."»: the manner participle is part of the verb
                    ctx.consumed.add(k)
                    says_at = k
                    k += 1
                    continue
                if k > j and k in cue_starts and cue_starts[k].entry.lemma == "تحدث" and says_at < 0 and k + 1 < b and _word(raw[k - 1]) and (
                    f[k + 1] in _AR_AUDIENCE or _ar_outlet_lam(f[k + 1]) or _ar_lam_outlet(doc, k + 1, registry) or (
                        # «وروى لاجئون تحدثوا للأخبار أن»: one lam word right before the introducer
                        f[k + 1][:1] == "ل" and len(f[k + 1]) > 3 and k + 2 < b and _ar_intro(doc, k + 2, b, lex) >= 0)
                ):
                    # «وقال مصدر تحدث لوكالة الأنباء إن»: who the speaker spoke to, inside the speaker phrase
                    ctx.consumed.add(k)
                    says_at = k
                    k += 2
                    continue
                if k > j and says_at < 0 and k + 2 < b and f[k + 1] in _AR_TO_WITH and k in cue_starts and cue_starts[k].entry.lemma == "تحدث" \
                        and _word(raw[k - 1]) and _ar_spoke_to_aside(doc, k + 2, b, lex):
                    # «وأفاد شهود تحدثوا إلى «X» بأن ...»: who the speakers spoke to ends the speaker phrase
                    ctx.consumed.add(k)
                    says_at = k
                    k += 2
                    continue
                if k > j + 1 and k in cue_starts and cue_starts[k].entry.lemma == "نشر" and f[k - 2] in ("في", "عبر") \
                        and ar_stem(f[k - 1]) in _AR_CHANNEL_STEMS:
                    # «نفى ما يسمى "مجلس X"، في بيان نشره على معرفاته، أي صلة ...»: the statement's
                    # publishing verb inside an aside is no cue of its own
                    ctx.consumed.add(k)
                    k += 1
                    continue
                if k > j and k in cue_starts and cue_starts[k].kind != "prep" and not (
                        cue_starts[k].entry.lemma in ("رفع", "خفض") and not any(ar_stem(f[t]) in _AR_TOLL_NOUNS for t in range(k + 1, min(b, k + 14)))):
                    # (not «الذي شارك في رفع الأنقاض»: "removing", a verbal noun, no raised toll)
                    if raw[k - 1] in ("،", ",") and (cue_starts[k].entry.lemma == "تحدث" or (k + 1 < b and f[k + 1] in _AR_ASIDE_START)):
                        # "وقال ضابط، تحدث شريطة عدم الكشف عن هويته، إن": an aside on the speaker
                        nc = next((t for t in range(k + 1, min(b, k + 14)) if raw[t] in ("،", ",")), -1)
                        if nc > k:
                            ctx.consumed.add(k)
                            k = nc + 1
                            continue
                    rel = next((t for t in range(k - 1, max(j, k - 3) - 1, -1) if f[t] in _AR_REL_PERSONAL), -1)
                    if rel > j and raw[rel - 1] in ("،", ","):
                        # «وقال المتحدث، X، الذي كان يتحدث من أمام المستشفى، إن ...»: the verb of a
                        # relative clause on the speaker, closed by a comma with no introducer inside
                        nc = next((t for t in range(k + 1, min(b, k + 14)) if raw[t] in ("،", ",") or raw[t] in QUOTES or _ar_intro(doc, t, b, lex) >= 0), -1)
                        if nc > k and raw[nc] in ("،", ",") and nc + 1 < b and _ar_intro(doc, nc + 1, b, lex) >= 0:
                            ctx.consumed.add(k)
                            k = nc + 1
                            continue
                    break
                if raw[k] in QUOTES and k > j and f[k - 1] == "باسم":
                    close = _close_quote(doc, k, b)  # «المتحدث باسم "الجبهة"»: the body's quoted name
                    if close > k:
                        k = close + 1
                        continue
                if raw[k] in (";", "؛", ".", "؟", "!") and not (raw[k] == "." and k > j and f[k - 1] in _AR_TITLE_ABBREV):
                    break
                if e.lemma == "تحدث" and k > j and f[k] == "عن" and k + 1 < b and not any(raw[t] in QUOTES or f[t] in _AR_ANON_WORDS for t in range(j, k)):
                    content_at = k  # «تحدثت الوزارة عن خمسة قتلى»: what it spoke of is the content (with its «عن»)
                    if _ar_countless_account(doc, k, a, b):
                        content_at = -2  # «تحدثت مصادر ... عن حصيلة أثقل بكثير، إذ ...»: no claim
                    break
                if e.object_ok and ar_stem(f[k]) in nouns("ar").object_heads and (k > j or not e.intro_required):
                    break  # "رصد المرصد مقتل تسعة ... «...»" / "قد أعلنت إطلاق عملية «...»": the object starts
                if e.object_ok and k > j and ar_stem(f[k]).startswith(_AR_RESP):
                    break  # «ونفت قوات X في بيان مسؤوليتها عن القصف»: the responsibility is the object
                if denied and k > j + 1 and (ar_stem(f[k]) in _AR_DENIED_OBJECTS or (
                        f[k] in _AR_DEMONSTRATIVES and k + 1 < b and ar_stem(f[k + 1]) in _AR_DENIED_OBJECTS)):
                    break  # «نفت وزارة الدفاع الأرمينية الرواية الأذربيجانية»، «ونفت الحكومة تلك الاتهامات»
                if e.lemma == "نعى" and k > j and (is_number(f[k]) or f[k] in _AR_COUNT_WORDS):
                    break  # «ونعى حزب الله في بيان اثنين من عناصره "..."»: the mourned count is the object
                if k >= j + 16 and (is_number(f[k]) or f[k] in _AR_NOT_SPEAKER):
                    break  # a long speaker phrase (title, place, name, audience) has no count or clause
                if k == j and e.object_ok and not e.intro_required and raw[k] in _OPEN_OR_STRAIGHT:
                    qn = _ar_quoted_name(doc, k, b, lex, object_verb=True)
                    if qn > k and qn + 1 < b and (f[qn + 1].startswith(("ال", "ب")) or ar_stem(f[qn + 1]) in _heads_ar() or ar_stem(f[qn + 1]) in nouns("ar").object_heads
                                                  # «نفى «X» أي صلة»، «أعلن «X» مسؤوليته عن»
                                                  or f[qn + 1] in _AR_ANY or ar_stem(f[qn + 1]).startswith(_AR_RESP)
                                                  or (ar_time_at(f, qn + 1, b) and qn + 2 < b and _word(raw[qn + 2]))):
                        break  # "واتهمت «لجان المقاومة» الجيش بقصف ...": a quoted subject, then the object
                if raw[k] in _OPEN_OR_STRAIGHT and _ar_quoted_name(doc, k, b, lex) > k:
                    k = _ar_quoted_name(doc, k, b, lex) + 1  # «شبكة أطباء السودان» إن / وكالة الأنباء "وفا" أن
                    continue
                if raw[k] in _OPEN_OR_STRAIGHT and k > j and (f[k - 1] in _AR_AUDIENCE or any(ar_stem(f[t]) in _AR_OUTLETS for t in range(max(j, k - 3), k))) \
                        and f[k - 1] not in _AR_PLATFORM_NAMES:  # (not «على منصة إكس «...»»: the platform is named, a post follows)
                    close = _close_quote(doc, k, b)  # لـ«الشرق الأوسط»: a quoted name, not the content
                    if close > k:
                        k = close + 1
                        continue
                if raw[k] in _OPEN_OR_STRAIGHT and k > j + 1 and _word(raw[k - 1]) and any(raw[t] in ("،", ",") for t in range(j, k - 1)):
                    close = _close_quote(doc, k, b)  # «، في بيان تلقت «الشروق» نسخة منه، إن»: a quoted name inside an aside
                    if k + 1 < close <= k + 5 and close + 1 < b and _word(raw[close + 1]) and (f[close + 1],) not in lex.introducers:
                        k = close + 1
                        continue
                if k > j and f[k - 1] in _AR_BUT and (f[k],) in lex.introducers and raw[k - 2 if k - 2 >= j else k - 1] in ("،", ","):
                    break  # «أعلن ... النصر، غير أن خلاياه ...»: "however" opens a new clause, not the content
                content_at = _ar_intro(doc, k, b, lex)
                if content_at < 0 and not e.object_ok and len(f[k]) > 3 and f[k][0] == "ب" and e.lemma != "اكتفى" and (
                    ar_stem(f[k][1:]) in nouns("ar").object_heads or (k > j and _AR_DERIVED_MASDAR.match(f[k], 1) is not None)
                ) and (k > j or f[i][:1] in ("و", "ف") or (i - 1 >= a and f[i - 1] in _AR_IDH) or rel_men is not None or (
                    # «غير أن المرصد أفاد بمقتل 311»: the subject before the verb
                    k == j and _ar_left_speaker(ctx, i, registry) is not None and not _ar_embedded(doc, a, i, lex, cue_starts)
                )) and not (i > a and raw[i - 1] in ("،", ",") and any(raw[t] in ("،", ",") for t in range(j, k))
                            # (but «من جانبها، أفادت "التنسيقية" (أهلية)، بمقتل 19»: a front phrase, not a clause)
                            and not (i - 1 - a <= 3 and (f[a] in _AR_FRONT_PREPS or f[a] in _AR_IN_TURN))):
                    # (not «تدخلت الوحدات، يضيف البيان، لإسعاف 14 شخصاً أصيبوا باختناق»: a cue set
                    # off by commas inside a clause has no content past its closing comma)
                    content_at = k  # "أفادت شبكات محلية بمقتل ..."، «أما X فأفادت بنزوح ...»: ب + a verbal noun starts the content
                if content_at < 0 and k > j and f[k] == "عن" and k + 1 < b and ar_stem(f[k + 1]) in nouns("ar").object_heads and not (
                    e.object_ok and any(f[t].startswith("بال") for t in range(j, k))  # "اتهمت X Y بالمسؤولية عن القصف"
                ) and not (i - 2 >= a and raw[i - 1] in ("،", ",") and _word(raw[i - 2]) and raw[k - 1] in ("،", ",")):
                    # (not «أسفر القصف، يقول البيان، عن مقتل ثلاثة»: a cue set off by commas inside a clause)
                    content_at = k  # "كشف مصدر طبي عن مقتل ...": عن + a verbal noun starts the content
                if content_at < 0 and k == threat_at:
                    content_at = k  # «وهددت الحركة، في بيان، بـ"نقل المعركة"»: what is threatened, with its «بـ»
                    x = _ar_threatened_party(doc, j, k, registry)
                    if x < k:
                        k = content_at = x  # «وتوعد الحوثيون الولايات المتحدة بالرد»: the threatened party is content
                if content_at < 0 and e.lemma == "أعرب" and k > j and f[k] == "عن" and k + 1 < b and _word(raw[k + 1]) and (f[k + 1],) not in lex.introducers:
                    content_at = k  # «وأعرب الوزير عن قلقه إزاء ...»: what was expressed (as «معرباً عن قلقه» is)
                if content_at < 0 and e.lemma in _AR_POINT_TO and f[k] in ("الى", "الي") and k + 1 < b and (ar_stem(f[k + 1]) in nouns("ar").object_heads or (
                    e.lemma == "أشار" and (is_number(f[k + 1]) or f[k + 1] in _AR_COUNT_WORDS or f[k + 1] in _AR_BOUND_WORDS
                                           or raw[k + 1] in _OPEN_OR_STRAIGHT)  # «أشار إلى "هجوم إرهابي"»
                )):
                    content_at = k  # «وأشار الدفاع المدني في حصيلة أولية إلى مقتل 4»: إلى + a verbal noun
                    # («وتشير أرقام المنظمة إلى 300 قتيل»، «إلى نحو 40 ألف نازح»: إلى + a count)
                if content_at >= 0 and f[k - 1] in ("دون", "بدون"):
                    k = content_at + 1  # "من دون أن يحدد": a circumstance (and its verb), not the content
                    content_at = -1
                    continue
                if content_at >= 0 and k >= j + 16 and f[k - 1] in _AR_NOT_SPEAKER:
                    content_at = -1
                    break
                if content_at >= 0:
                    break
                k += 1
            if content_at == -2:
                continue
            if content_at >= 0 and says_at >= 0:
                k = says_at  # the speaker stretch ends before «قائلاً»
            elif says_at >= 0:
                ctx.consumed.discard(says_at)  # no content found: the participle stands on its own
            if content_at >= 0:
                quote = "direct" if raw[content_at - 1 if content_at > k else k] in QUOTES or raw[k] in QUOTES else "indirect"
                fr = Frame(c, "", (i, k), "after", content_at, conj=conj)
                if raw[k] in QUOTES or (content_at < b and raw[content_at] in QUOTES):
                    q = k if raw[k] in QUOTES else content_at
                    close = _close_quote(doc, q, b)
                    tail = close + 1 if close > 0 else b
                    while tail < b and raw[tail] in ".،,":
                        tail += 1
                    if close > q + 1 and (tail >= b or raw[tail] in QUOTES):
                        fr.direction, fr.anchor, fr.span_end, fr.quote = "span", q + 1, close, "direct"
                        quote = "direct"
                fr.quote = quote if fr.direction == "span" else "indirect"
                if rel_men is not None and rel_new and k > j and not (
                    ar_time_at(f, j, k) or f[j] in AR_ADJUNCT_START or f[j] in _AR_AUDIENCE or _ar_outlet_lam(f[j]) or raw[j] in ("،", ",")
                ):
                    rel_men = None  # «مستشفى المدينة، الذي قال مديره إن ...»: the relative clause has its own subject
                if rel_men is not None:
                    fr.mention = rel_men
                    fr.rule = "ar.relative_cue_content"
                    frames.append(fr)
                    continue
                j1 = j + 1 if raw[j] in ("،", ",") and j + 1 < k else j  # «قالت، عبر إذاعتها، إن»
                amma = _ar_amma_speaker(ctx, i) if k > j and (f[i].startswith("ف") or (i - 1 > a and f[i - 1] in _AR_FA_QAD)) else None
                if amma is not None:
                    # «أما المجلس الرئاسي فدعا إلى «...»»: the topic answers the ف verb; what
                    # follows the verb (إلى، في بيان) is no subject
                    fr.mention = amma
                    fr.region = (amma.i, k)
                    fr.rule = "ar.subject_cue_content"
                    frames.append(fr)
                    continue
                if k > j1 and (((f[j1] in AR_ADJUNCT_START or f[j1] in _AR_ASIDE_START) and not ar_ali(doc, j1)) or ar_time_at(f, j1, k) or _ar_outlet_lam(f[j1]) or (
                    f[j1] in _AR_ON_VIA and j1 + 1 < k and f[j1 + 1].startswith(_AR_PLATFORM_PREFIXES)  # «قال على منصة إكس إن»
                )) and not any(raw[t] in QUOTES for t in range(j, k)):
                    left = _ar_left_speaker(ctx, i, registry)
                    if left is not None:  # "وكان المرصد قد أعلن في وقت سابق أن"
                        fr.mention = left
                        fr.region = (left.i, k)
                        fr.rule = "ar.subject_cue_content"
                        frames.append(fr)
                        continue
                # (a channel's publisher is no speaker: «في بيان نشرته إذاعة X التابعة لها»)
                links = nouns("ar").links
                pub = next((t for t in range(j + 2, k) if f[t] in links and f[t] not in ("من", "عن", "ل")), k)
                if k > j and f[j] in ("في", "عبر", "خلال") and j + 1 < k and ar_stem(f[j + 1]) in _AR_CHANNEL_STEMS and not any(
                    ar_stem(f[t]) in _heads_ar() or f[t] == "عن" for t in range(j + 2, pub)
                ):
                    # "لكنه قال في بيان منفصل إنه ...": a channel, not a speaker
                    left = _ar_left_speaker(ctx, i, registry)
                    subj = _ar_clause_subject(ctx, i) if not frames and left is None else None
                    if subj is None and conj and not frames and left is None:
                        # «غير أن نقابة الأطباء شككت في الأرقام، وقالت في بيان إن»: an SVO clause's subject
                        subj = _ar_clause_subject(ctx, i, svo=True)
                    if left is not None:
                        # «غير أن رئيس البلدية X قال في تصريح لقناة "..." إن»: the subject before the verb
                        fr.mention = left
                        fr.region = (left.i, k)
                        fr.rule = "ar.subject_cue_content"
                    elif subj is not None:
                        # "ثمّنت الوزارة جهود المستشفى، وقالت في بيان إن": the clause's subject
                        fr.mention = subj
                        fr.rule = "ar.clause_subject_cue_content"
                    else:
                        fr.implied = True
                        fr.rule = "ar.cue_content"
                elif k > j and e.audience and _ar_left_speaker(ctx, i, registry) is not None:
                    # "أن الناجين الثلاثة أبلغوا فرقها بأن ...": the subject before the verb speaks,
                    # the phrase after it is the audience
                    left = _ar_left_speaker(ctx, i, registry)
                    fr.mention = left
                    fr.region = (left.i, k)
                    fr.rule = "ar.subject_cue_content"
                elif k > j and (f[j] in _AR_AUDIENCE or (f[j].startswith("ل") and raw[j + 1 : j + 2] and raw[j + 1] in OPEN_QUOTES)
                                or _ar_lam_outlet(doc, j, registry) or _ar_outlet_lam(f[j]) or (
                                    # «قال لفرانس 24 إن»، «لقناة 218»، «لـ i24»: an outlet spelt with a number or Latin letters
                                    f[j][:1] == "ل" and k - j <= 6 and any(raw[t][:1].isascii() and raw[t][:1].isalnum() for t in range(j + 1, min(k, j + 3)))
                                )) and _ar_left_speaker(ctx, i, registry) is not None:
                    # "غير أن مستشاراً لقائدها قال لـ«الشرق الأوسط»، مشترطاً ...، إن": an audience
                    # after the verb, the speaker before it
                    left = _ar_left_speaker(ctx, i, registry)
                    fr.mention = left
                    fr.region = (left.i, k)
                    fr.rule = "ar.subject_cue_content"
                elif k > j and (conj or frames) and ((e.lemma == "اتهم" and _ar_accused_then_charge(f, j, k)) or (
                        e.lemma in _AR_ADDRESSEE_VERBS and f[j] in _AR_ALL)):
                    # «..، واتهم اللواء بقتل «اثنين من أفرادنا»»: the accused, not a speaker;
                    # «..، ودعت جميع الأطراف إلى ...»: the addressees
                    fr.implied = True
                    fr.rule = "ar.cue_content"
                elif k - j == 1 and f[j] in _AR_IN_IT:
                    # «ونشرت الجماعة بياناً قالت فيه إن ...»: the statement's issuer speaks
                    subj = _ar_clause_subject(ctx, i) if not frames else None
                    own = _ar_owned_statement_before(doc, a, i)
                    if own is not None:
                        # «بثّ التلفزيون بياناً للجيش أكد فيه ...»: the statement's named owner
                        fr.mention, fr.rule = own, "ar.statement_owner_cue_content"
                    elif subj is not None:
                        fr.mention, fr.rule = subj, "ar.clause_subject_cue_content"
                    elif not frames and (left := _ar_left_speaker(ctx, i, registry)) is not None:
                        # «غير أن الرابطة أصدرت بياناً قالت فيه إن ...»: the SVO subject of the publishing verb
                        fr.mention, fr.region, fr.rule = left, (left.i, k), "ar.subject_cue_content"
                    elif frames and (ct := _ar_contrast_after(doc, frames[-1].anchor, i)) > 0 and (
                            left := _ar_left_speaker(_replace(ctx, a=ct), i, registry)) is not None:
                        # «وأفاد شهود بأن ...، غير أن قيادة الشرطة أصدرت بياناً ثانياً أكدت فيه أن ...»:
                        # a contrast inside the earlier claim opens a clause of its own subject
                        fr.mention, fr.region, fr.rule = left, (left.i, k), "ar.subject_cue_content"
                    else:
                        fr.implied, fr.rule = True, "ar.cue_content"
                elif k > j and raw[j] in ("على", "عبر") and k - j <= 6:
                    # «قدّم حصيلة أقل، إذ كتب على منصة "إكس" أن ...»، «وكتب عبر حسابه أن»: the channel
                    # after the verb is no speaker; the subject is before it or implied (gold_j)
                    left = _ar_left_speaker(ctx, i, registry)
                    subj = _ar_clause_subject(ctx, i) if left is None and not frames else None
                    if left is not None:
                        fr.mention, fr.region, fr.rule = left, (left.i, k), "ar.subject_cue_content"
                    elif subj is not None:
                        fr.mention, fr.rule = subj, "ar.clause_subject_cue_content"
                    else:
                        fr.implied, fr.rule = True, "ar.cue_content"
                elif k > j and _ar_lam_cue(f[i]):
                    # «وعاد المستشار نفسه ليقول، في تسجيل مصور نشره على منصة "إكس"، إن ...»: a lam
                    # of purpose has its subject before it; what follows the verb is an aside
                    left = _ar_left_speaker(ctx, i, registry)
                    if left is not None:
                        fr.mention, fr.region, fr.rule = left, (left.i, k), "ar.subject_cue_content"
                    else:
                        fr.implied, fr.rule = True, "ar.cue_content"
                elif k - j == 1 and f[j] in _AR_BARE_PREPS and conj:
                    # «...، ودعت إلى "فتح ممرات آمنة"»: a preposition before the quotation is no
                    # speaker; the subject goes on from the clause before
                    fr.implied, fr.rule = True, "ar.cue_content"
                elif k > j:
                    if k - j == 1 and f[j] in _AR_AUDIENCE_PRONOUNS and frames:
                        continue  # «قالوا لي إن ...» quoted inside an earlier claim: its words, not a claim
                    if frames and e.object_ok and ar_stem(f[j]) in nouns("ar").object_heads and _ar_embedded(doc, a, i, lex, cue_starts):
                        continue  # «أن فرق المفوضية سجّلت وصول 600 لاجئ، "..."»: the object of a verb inside a claim's content
                    if frames and e.object_ok and (f[j] in AR_STOP_WORDS or any(is_number(f[t]) for t in range(j, k))) \
                            and _ar_embedded(doc, a, i, lex, cue_starts):
                        continue  # «إن الفريق أحصى منذ مطلع العام 37 تفجيراً، أسفرت عن مقتل ...»: a count, no speaker
                    if e.lemma == "اتهم" and k - j >= 3 and (acc := _ar_accused_split(doc, j, k, registry)) >= 0:
                        # «اتهم المنتدى ... السلطات بترحيل "مئات المهاجرين"»: the quotation is the
                        # charge's object; the accused and the charge are content, not speaker
                        fr.region, fr.anchor = (i, acc), acc
                        k = acc
                    _ar_subject(ctx, fr, j, k, cues)
                    fr.rule = "ar.cue_subject_content"
                else:
                    own = _ar_owned_statement_before(doc, a, i) if not conj and f[i][:1] != "ف" else None
                    if own is not None:
                        # «بثّ التلفزيون بياناً لقيادة الأركان أشار إلى "..."»: the statement is the
                        # verb's subject; its named owner speaks (not the broadcaster)
                        fr.mention, fr.rule = own, "ar.statement_owner_cue_content"
                        frames.append(fr)
                        continue
                    left = _ar_left_speaker(ctx, i, registry)
                    if left is None and frames and conj and raw[i - 1] in ("،", ","):
                        # «أعلنت X ...، فيما تبنّت Y الهجوم في بيان، وقالت إنه ...»: a subjectless cue
                        # after a «فيما/بينما» clause of its own subject speaks for that subject
                        wl = next((t for t in range(i - 2, frames[-1].cue.i, -1)
                                   if f[t] in _AR_WHILE and raw[t - 1] in ("،", ",")), None)
                        if wl is not None and wl + 3 < i:
                            left = _ar_clause_subject(_replace(ctx, a=wl + 1), i)
                            if left is not None:
                                fr.mention = left
                                fr.rule = "ar.clause_subject_cue_content"
                                frames.append(fr)
                                continue
                    if left is None and not frames:
                        left = _ar_clause_subject(ctx, i)
                        if left is None and i - 1 > a and ((conj and raw[i - 1] in ("،", ",")) or (
                                f[i - 1] in _AR_BUT_IT and i - 2 > a and raw[i - 2] in ("،", ","))):
                            # «نقابة الأطباء شككت في الأرقام، وقالت إن»، «المنظمة رحبت بالقرار، لكنها قالت إن»
                            left = _ar_clause_subject(ctx, i, svo=True)
                        if left is not None:
                            fr.mention = left
                            fr.rule = "ar.clause_subject_cue_content"
                            frames.append(fr)
                            continue
                    if left is not None:
                        fr.mention = left
                        fr.region = (left.i, k)
                        fr.rule = "ar.subject_cue_content"
                        if e.lemma == "أشار" and content_at == k:
                            st = _ar_pointing_statement(doc, a, left.i)
                            if st >= 0:
                                # «وكانت الحصيلة التي أعلنتها المديرية تشير إلى سبع وفيات»: the
                                # statement and its pointing verb are the content (gold_b, gold_q)
                                fr.anchor, fr.region = st, (i, k)
                    else:
                        fr.implied = True
                        fr.rule = "ar.cue_content"
                frames.append(fr)
                continue
            if e.object_ok and not e.intro_required:
                if e.lemma == "قدر" and j < b and ar_stem(f[j]) in _AR_AMOUNT_NOUNS and (f[i][1:] if conj else f[i])[:1] in ("ي", "ت") and any(
                    f[t][:1] == "ب" and (f[t][1:] in _AR_BOUND_WORDS or is_number(f[t][1:])) for t in range(j + 1, min(b, j + 9))
                ) and not (i - 1 >= a and (f[i - 1] in lex.relatives or f[i - 1] in ("قد", "لقد"))) and f[i][:1] != "ف" \
                        and _ar_left_speaker(ctx, i, registry) is None:
                    continue  # «ويقدر عدد سكان القرية بنحو 7 آلاف نسمة»: "is estimated at", no speaker
                if _ar_embedded(doc, a, i, lex, cue_starts) and not _ar_pluperfect(doc, a, i) and not (
                        # «ذكرت وكالة تسنيم أن الحرس الثوري أعلن في بيان استهداف ...»: an outlet reports
                        # what a named body announced; the body speaks (README: the relaying outlet is no speaker)
                        frames and frames[-1].mention is not None and ar_stem(f[frames[-1].mention.i]) in _AR_OUTLETS
                        and i - 1 > a and _word(raw[i - 1]) and _ar_head_word(f[i - 1 if i - 2 < a or not _word(raw[i - 2]) else i - 2])):
                    continue  # "قالت اللجنة إنها وثّقت مقتل ...": a verb inside another claim's content
                left = _ar_left_speaker(ctx, i, registry)
                if left is not None:
                    # in a headline line ("طالبان ترفع الحصيلة إلى 1411 قتيلاً") the verb is part of
                    # the stated news: the claim text starts at it
                    anchor = i if _ar_headline_line(doc, a, b) else _ar_skip_adjuncts(doc, j, b)
                    fr = Frame(c, "ar.subject_cue_object", (left.i, j), "after", anchor, conj=conj)
                    fr.mention = left
                    frames.append(fr)
                    continue
                was = next((t for t in range(i - 3, max(a, i - 6) - 1, -1) if f[t] in _AR_WAS_ANY), -1) \
                    if i - 3 >= a and f[i - 1] in ("قد", "لقد") and _word(raw[i - 2]) and f[i - 2] not in _AR_WAS else -1
                if was >= 0 and all(_word(raw[x]) for x in range(was + 1, i - 1)):
                    # «وكان العراق قد أعلن النصر على داعش»: the subject stands between «كان» and
                    # «قد»; what follows the verb is its object. A stated count («وكانت روسيا قد
                    # أعلنت مقتل 12 جندياً») is the subject's claim, anything else narration
                    if j < b and ar_stem(f[j]) in nouns("ar").object_heads and i - 1 - was <= 3:
                        fr = Frame(c, "ar.subject_cue_object", (was + 1, j), "after", j, conj=conj)
                        fr.mention = _mention(doc, was + 1, i - 1)
                        frames.append(fr)
                    continue
                if not conj and i - 1 > a and f[i][:1] in ("ي", "ت") and _word(raw[i - 1]) and ar_stem(
                        f[i - 1][:-1] if f[i - 1].endswith("ا") and len(f[i - 1]) > 4 else f[i - 1]) in nouns("ar").statement:
                    # «أصدرت المنظمة تقريراً يوثق الغارات على ...»: the verb describes the document; what
                    # follows is its object, never a speaker. The clause's subject (the issuer) speaks.
                    subj = _ar_clause_subject(ctx, i)
                    v = a + 1 if f[a] in _AR_LEAD and a + 1 < i else a
                    if subj is None and i - 1 - v >= 2 and (f[v] in _AR_ISSUE_VERBS or (f[v][:1] == "و" and f[v][1:] in _AR_ISSUE_VERBS)) \
                            and registry.match_prefix(doc.text[doc.starts[v + 1] : doc.ends[i - 2]]) is not None:
                        subj = _mention(doc, v + 1, i - 1)  # «ونشرت هيومن رايتس ووتش تقريراً يوثق ...»: a registered issuer
                    if subj is not None and j < b:
                        fr = Frame(c, "ar.clause_subject_cue_object", (i, j), "after", j, conj=conj)
                        fr.mention = subj
                        frames.append(fr)
                    continue
                if j < b and f[j] in _AR_ANY and not conj and not frames and (sv := _ar_any_subject(doc, a, i, registry)) is not None:
                    # «.. وعائلات الموقوفين تنفي أي صلة لهم بالهجوم»: «أي» opens the object; the words
                    # before the verb (a noun phrase the lexicon need not know) deny
                    fr = Frame(c, "ar.subject_cue_object", (sv.i, j), "after", i if _ar_headline_line(doc, a, b) else j, conj=conj)
                    fr.mention = sv
                    frames.append(fr)
                    continue
                if j < b and (ar_stem(f[j]) in nouns("ar").object_heads or (f[j] in _AR_ANY and conj) or (
                    e.lemma == "أمر" and ar_stem(f[j]) in _AR_ORDER_NOUNS  # «وأمر بحبس السائق»
                )):
                    # "وأعلنت مقتل ...": no subject of its own, the object follows the verb
                    # («ونفى أي دور لبلغراد»: «أي» opens the object, never a speaker)
                    fr = Frame(c, "ar.cue_content", (i, j), "after", j, conj=conj, implied=True)
                    frames.append(fr)
                    continue
                if j + 2 < b and raw[j] in ("،", ",") and ar_time_at(f, j + 1, b):
                    # «وعاد جهاز الإسعاف ليعلن، صباح الأربعاء، ارتفاع ...»، «وأعلنت، مساء الاثنين،
                    # مقتل ...»: a time phrase between commas, then the object (no subject after the verb)
                    t = j + 1
                    while t < b and (ar_time_at(f, t, b) or f[t] in _AR_SAME):
                        t += 1
                    if t + 1 < b and raw[t] in ("،", ",") and ar_stem(f[t + 1]) in nouns("ar").object_heads:
                        fr = Frame(c, "ar.cue_content", (i, t + 1), "after", t + 1, conj=conj, implied=True)
                        subj = _ar_clause_subject(ctx, i) if not frames else None
                        if subj is not None:
                            fr.mention, fr.implied, fr.rule = subj, False, "ar.clause_subject_cue_object"
                        frames.append(fr)
                        continue
                jt = j + 1 if j + 1 < b and f[j] == "في" and f[j + 1] == "وقت" else j  # «في وقت سابق»
                if jt < b and ar_time_at(f, jt, b):
                    # «لكنها أعلنت الأسبوع الماضي الإفراج عن ...»: a time phrase, then the object
                    t = jt
                    while t < b and (ar_time_at(f, t, b) or (t > jt and (f[t] in _AR_SAME or (jt > j and f[t] in _AR_EARLIER) or (
                        is_number(f[t]) and f[t - 1] in _AR_YEAR_WORDS)))):
                        t += 1  # («صباح اليوم نفسه»، «أواخر عام 2017»)
                    if t < b and ar_stem(f[t]) in nouns("ar").object_heads:
                        # («في وقت سابق مقتل خمسة»: the earlier-time phrase stays in the content)
                        fr = Frame(c, "ar.cue_content", (i, t if jt == j else j), "after", t if jt == j else j, conj=conj, implied=True)
                        subj = _ar_clause_subject(ctx, i) if not frames else None
                        if subj is not None:  # «ولم تعلّق الوزارة ...، لكنها أعلنت ...»
                            fr.mention, fr.implied, fr.rule = subj, False, "ar.clause_subject_cue_object"
                        frames.append(fr)
                        continue
                    if jt == j and j < t < b and _ar_speaker_at(doc, t, b, registry):
                        j = t  # «وأعلنت الأسبوع الماضي وزارة الصحة مقتل ...»: the subject after the time phrase
                    elif jt == j and j < t < b and _word(raw[t]):
                        # a time phrase, then an object noun the lexicon does not list: a time phrase is
                        # never the speaker. A subject before the verb that names no speaker («وكان
                        # العراق قد أعلن أواخر عام 2017 النصر على ...») makes it narration; with no
                        # subject there («لكنها أعلنت الأسبوع الماضي أسر ...») the speaker is implied
                        p = i - 1
                        while p >= a and f[p] in ("قد", "لقد"):
                            p -= 1
                        if p >= a and _word(raw[p]) and f[p] not in _AR_LEAD and not f[p].startswith(("لكن", "ولكن")):
                            continue
                        frames.append(Frame(c, "ar.cue_content", (i, t), "after", t, conj=conj, implied=True))
                        continue
                if j < b and f[j][:1] == "ب" and (f[j][1:] in _AR_BOUND_WORDS or is_number(f[j][1:])):
                    continue  # «وأن عدد الجرحى يقدر بما بين خمسة عشر وعشرين»: a passive estimate, no speaker
                if conj and frames and e.lemma in _AR_ADDRESSEE_VERBS and e.lemma != "اتهم" and j < b and raw[i - 1] in ("،", ",") and (
                        f[j] in _AR_TO or ((not _ar_head_word(f[j]) or f[j] in _AR_USUAL_ADDRESSEES) and f[j].startswith("ال") and (
                            # «، وطالبت السلطات بالإفراج عنهم»: طالب calls with ب + a verbal noun
                            (t2 := ar_np_right(doc, j, b)) < b and (f[t2] in _AR_TO or (
                                e.lemma == "طالب" and f[t2][:1] == "ب" and len(f[t2]) > 4 and f[t2][1:3] == "ال")) and t2 - j <= 3
                            and registry.match_prefix(doc.text[doc.starts[j] : doc.ends[t2 - 1]]) is None))):
                    # «قالت الوزارة إن ...، ودعت (الأطراف) إلى التهدئة»: a second claim of the clause's
                    # speaker; what follows the verb is the addressee and the call
                    frames.append(Frame(c, "ar.cue_content", (i, j), "after", j, conj=conj, implied=True))
                    continue
                if j + 2 < b and f[j] == "ما" and f[j + 1] in _AR_SO_CALLED:
                    j += 2  # «نفى ما يسمى "مجلس X" أي صلة ...»: the so-called name is the subject
                    if f[j] in ("ب", "بـ") and j + 1 < b:
                        j += 1
                ne = ar_np_right(doc, j, b)
                hit = registry.match_prefix(doc.text[doc.starts[j] : doc.ends[max(ne, j + 1) - 1]]) if ne > j else None
                if hit is not None:
                    end_char = doc.starts[j] + hit[1]
                    while ne > j + 1 and doc.starts[ne - 1] >= end_char:
                        ne -= 1
                elif ne > j + 1:
                    # «وحمّلت الوزارة المسؤولية لفصيل ...»: the responsibility is the object; «وسجّل
                    # التقرير ثماني مجازر»: a count word (a nisba to the NP rule) starts the object
                    ne = next((t for t in range(j + 1, ne) if ar_stem(f[t]).startswith(_AR_RESP) or f[t] in _AR_COUNT_WORDS or (
                        # «نفت وزارة الدفاع الأرمينية الرواية الأذربيجانية»: what is denied starts the object
                        e.stance == "denied" and ar_stem(f[t]) in _AR_DENIED_OBJECTS) or (
                        # «وأعلن الجيش القضاء على 20 مسلحاً»: "eliminating", the object
                        f[t] in _AR_JUDICIARY and t + 1 < b and f[t + 1] in _AR_ON) or (
                        # «ودعت وزارة الخارجية الصينية البلدين إلى ضبط النفس»: the parties called on
                        e.lemma in _AR_ADDRESSEE_VERBS and f[t] in _AR_PARTIES)), ne)
                if j < b and raw[j] in _OPEN_OR_STRAIGHT:
                    lex_n = nouns("ar")  # «وثّقت «الشبكة ...» مقتل ...»: the object starts after the name
                    qn = _ar_quoted_name(doc, j, b, lex, object_verb=True)
                    if qn > j:
                        ne = qn + 1  # 'وأعلن "حزب الله" في بيان مقتل ...'
                        if ne < b and (f[ne].startswith(("ال", "ب")) or ar_stem(f[ne]) in _heads_ar() or ar_stem(f[ne]) in lex_n.object_heads or raw[ne] in ("،", ",")
                                       or (ar_time_at(f, ne, b) and ne + 1 < b and _word(raw[ne + 1]))  # 'ونعى "حزب الله" مساءً أحد عناصره
                                       or (e.lemma == "نعى" and (is_number(f[ne]) or f[ne] in _AR_COUNT_WORDS))  # 'ونعى "حزب الله" اثنين من عناصره
                                       # 'ونعى "حزب الله" في بيان اثنين ...': a channel, then the object
                                       or (f[ne] in ("في", "عبر") and ne + 1 < b and ar_stem(f[ne + 1]) in _AR_CHANNEL_STEMS)):
                            # the name inside the quotation marks is the speaker
                            fr = Frame(c, "ar.cue_subject_object", (i, ne), "after", _ar_skip_adjuncts(doc, ne, b), conj=conj)
                            fr.mention = _mention(doc, j + 1, qn)
                            frames.append(fr)
                            continue
                ne0 = ne
                if ne + 1 < b and ne > j and f[ne] in ("في", "من") and kind_of(f[j:ne], "ar") in _AR_PLACED_KINDS:
                    # «أعلنت مصادر في المعارضة السورية مقتل ...»: where a source or official is from
                    ne2 = ar_np_right(doc, ne + 1, b)
                    if ne2 > ne + 1 and ne2 < b and ar_stem(f[ne2]) in nouns("ar").object_heads:
                        ne = ne2
                if ne == ne0 and ne + 3 < b and ne > j and f[ne] == "في" and raw[ne - 1] not in ("،", ","):
                    ne = _ar_placed_body(doc, ne, b)  # «أعلنت وزارة الدفاع في النيجر، مساء الثلاثاء، مقتل ...»
                if ne < b and raw[ne] == "(":
                    close = next((t for t in range(ne + 1, min(b, ne + 8)) if raw[t] == ")"), -1)
                    if close > 0:
                        ne = close + 1  # "قوات سوريا الديمقراطية (قسد)"
                if ne > j and not conj and f[j][:1] == "ب" and len(f[j]) > 3 and not _ar_head_word(f[j]) and i > a and _word(raw[i - 1]) \
                        and f[i - 1] not in _AR_LEAD and not f[i - 1].startswith(("و", "ف")):
                    continue  # «شعارات تطالب بوقف الحرب»: a non-speaker noun's verb and its ب-object
                if ne > j and (f[j] in _AR_AUDIENCE or (f[j].startswith("ل") and ar_stem(f[j][1:]) in _AR_OUTLETS)):
                    continue  # "دبلوماسيون تحدثوا لوكالة فرانس برس": the audience, not a subject
                if e.lemma in _AR_ADDRESSEE_VERBS and ne - j >= 2 and f[j].startswith("ال") and _ar_head_word(f[j]) and f[j + 1].startswith("ال") and not _nisba(f[j + 1]) \
                        and _ar_speaker_at(doc, j + 1, b, registry) and registry.match_prefix(doc.text[doc.starts[j] : doc.ends[j + 1]]) is None:
                    ne = j + 1  # «واتهمت الشبكة الدعم السريع بقصف ...»: a body's class noun, then the accused
                    # («ودعا الجيش السكان إلى ...»، «وناشدت الوزارة المواطنين»: then the addressee)
                elif e.lemma in ("اتهم", "حمل") and ne - j >= 2 and (acc := _ar_blamed_after_subject(doc, j, ne, b, registry)) > j:
                    ne = acc  # «واتهم ناشطون الميليشيا بقتل ...»، «اتهمت الوزارة المتمردين بـ»: the blamed one
                elif e.lemma == "اتهم" and ne - j >= 3 and (acc := _ar_accused_split(doc, j, min(ne + 1, b), registry)) >= 0:
                    ne = acc  # «اتهم المنتدى التونسي للحقوق ... السلطات بترحيل ...»: the accused starts the object
                elif e.lemma == "حمل" and ne - j >= 2 and f[j].startswith("ال") and _ar_head_word(f[j]) and f[j + 1].startswith("ال") \
                        and not _nisba(f[j + 1]) and not f[j + 1].endswith(("يه", "ي")):
                    ne = j + 1  # «وحمّلت الحركة الاحتلال المسؤولية»: the blamed one after the subject
                elif not conj and not frames and e.lemma == "اتهم" and j < ne and _ar_accused_then_charge(f, j, min(ne + 1, b)) \
                        and not ar_time_at(f, j, ne) and (left := _ar_left_speaker(ctx, i, registry)) is not None:
                    # «ميانمار: «جيش أراكان» يتهم الجيش بقتل 40 قروياً»، «الحوثيون يتهمون التحالف بـ...»:
                    # the subject before the verb accuses; the accused and the charge are content
                    fr = Frame(c, "ar.subject_cue_content", (left.i, j), "after", j, conj=conj)
                    fr.mention = left
                    frames.append(fr)
                    continue
                elif (conj or frames) and j < ne and ((e.lemma == "اتهم" and _ar_accused_then_charge(f, j, min(ne + 1, b))) or (
                        e.lemma in _AR_ADDRESSEE_VERBS and f[j] in _AR_ALL) or (
                        # «...، وحمّلت قيادة الدعم السريع «المسؤولية الكاملة»»: the blamed one, then the blame
                        conj and frames and e.lemma == "حمل" and ne + 1 < b and ar_stem(f[ne + (raw[ne] in _OPEN_OR_STRAIGHT)]).startswith(_AR_RESP))) \
                        and not ar_time_at(f, j, ne):
                    # «... إنها "لا تستهدف المدنيين"، واتهمت الجيش باستخدام ...»: the accused
                    # and the accusation follow; the speaker is the clause's own
                    fr = Frame(c, "ar.cue_content", (i, j), "after", j, conj=conj, implied=True)
                    frames.append(fr)
                    continue
                if ne > j and ne + 2 < b and raw[ne] in ("،", ",") and (_ar_head_word(f[j]) or f[j] in AR_CHARGED):
                    ne = _ar_object_appos(doc, j, ne, b)  # «أعلن المتحدث باسم X، العميد Y، مساء الثلاثاء، تنفيذ ...»
                if ne > j and ne + 1 < b and f[ne].startswith("وال") and len(f[ne]) > 4 and _ar_head_word(f[j]) and not _ar_head_word(f[ne][1:]) and (
                    ar_stem(f[ne + 1]) in nouns("ar").object_heads or raw[ne + 1] in ("،", ",")
                ):
                    ne += 1  # «أعلن جهاز الإسعاف والطوارئ انتشال ...»: a name joined by و, then the object
                elif ne > j and ne + 3 < b and f[ne].startswith("وال") and len(f[ne]) > 4 and _ar_head_word(f[j]) and not _ar_head_word(f[ne][1:]) \
                        and f[ne + 1] == "في" and not ar_time_at(f, ne + 2, b):
                    # «أعلن مركز طب الطوارئ والدعم في طرابلس ارتفاع ...»: the joined name, its place, then the object
                    pe = ar_np_right(doc, ne + 2, b)
                    if ne + 2 < pe < b and pe - ne <= 5 and ar_stem(f[pe]) in nouns("ar").object_heads:
                        ne = pe
                joint_obj = -1
                if ne > j and ne + 1 < b and (_ar_head_word(f[j]) or hit is not None) and f[ne][:1] == "و":
                    # «أعلن الجهاز والهلال الأحمر، في بيان مشترك، انتشال ...»: a joint subject
                    ne, joint_obj = _ar_joint_subject_end(doc, ne, b, registry)
                if ne > j and ne < b and not (
                    # «واعتقلت القوات 40 شاباً، يؤكد الناشطون، في حملة دهم»: an imperfect cue set off by
                    # commas inside a clause; the clause around it is the content (below)
                    not conj and raw[ne] in ("،", ",") and i - 2 >= a and raw[i - 1] in ("،", ",") and _word(raw[i - 2])
                    and f[i][:1] in ("ي", "ت") and ne + 1 < b and _word(raw[ne + 1])
                ):
                    obj = _ar_skip_adjuncts(doc, ne, b)
                    if not conj and i - 2 >= a and raw[i - 1] in ("،", ",") and _word(raw[i - 2]) and _ar_no_object(doc, obj, b, registry):
                        # «قتل 12 شخصاً في القصف، أعلنت وزارة الصحة.»، «...، أكد ناشطون.»: an object verb
                        # with no object after its speaker; the clause before the comma is its content
                        _, text_end, name_end = trim_ar_stretch(doc, j, ne)
                        fr = Frame(c, "ar.content_cue_subject", (i, ne), "before", i, conj=conj)
                        fr.mention = _mention(doc, j, text_end, name_end)
                        frames.append(fr)
                        continue
                    if e.lemma == "تحدث" and raw[ne] in ("،", ",") and (obj >= b or f[obj] != "عن") and (
                            (pt := next((t for t in range(ne, b) if t in cue_starts and cue_starts[t].kind == "part"), -1)) > 0
                            and "عن" not in f[ne:pt]):
                        # «وتحدث أحد الناجين، ويدعى X، لـ"..." عبر الهاتف، قائلاً إن»: spoke (no content
                        # of its own); the participle's content is the claim, by this speaker
                        _, text_end, name_end = trim_ar_stretch(doc, j, ne)
                        fr = Frame(c, "ar.cue_subject_object", (i, ne), "after", obj, conj=conj, silent=True)
                        fr.mention = _mention(doc, j, text_end, name_end)
                        frames.append(fr)
                        continue
                    if joint_obj > 0:
                        obj = joint_obj  # (past «، في بيان مشترك،»)
                    _, text_end, name_end = trim_ar_stretch(doc, j, ne)
                    fr = Frame(c, "ar.cue_subject_object", (i, ne), "after", obj, conj=conj)
                    fr.mention = _mention(doc, j, text_end, name_end)
                    frames.append(fr)
                    continue
            # content, cue speaker: «...»، قال المصدر. — also «...، كما أفاد الدفاع المدني.» ("as X said")
            kama = not conj and i - 2 > a and f[i - 1] == "كما" and raw[i - 2] in ("،", ",")
            if i - 1 >= a and (raw[i - 1] in ("،", ",") or raw[i - 1] in _CLOSE_OR_STRAIGHT or kama) and not all(
                f[t] in _AR_LEAD for t in range(a, i - 1 - kama) if _word(raw[t])
            ):  # (not «من جهتها، أعربت X عن ...»: a discourse phrase is no content)
                ne = _ar_np_with_place(doc, j, b)
                rest = [t for t in raw[ne:b] if _word(t)]
                if ne > j and (not rest or f[ne] in AR_ADJUNCT_START or raw[ne] in ("،", ",") or (f[ne].startswith("ل") and len(f[ne]) > 3)) and not (
                        kama and rest):  # (after «كما» only a speaker ending the sentence)
                    fr = Frame(c, "ar.content_cue_subject", (i, ne), "before", i - kama, conj=conj)
                    fr.mention = _mention(doc, j, ne)
                    if ne + 1 < b and raw[ne] in ("،", ",") and raw[i - 1] in ("،", ",") and i - 2 >= a and _word(raw[i - 2]) \
                            and _word(raw[ne + 1]) and (ne + 1) not in cue_starts and not f[ne + 1].startswith("و") \
                            and (f[ne + 1] not in _AR_BOUNDARY_WORDS or (f[ne + 1] == "في" and (ne + 2 >= b or f[ne + 2] != "حين"))) \
                            and f[ne + 1] not in _AR_REL_PERSONAL:
                        # «تدخلت الوحدات، يضيف البيان، لإسعاف 14 شخصاً»: a cue set off by commas
                        # inside the clause, which goes on after it
                        fr.through = True
                    frames.append(fr)
            continue
        if e.kind == "part":
            k = j
            content_at = _ar_intro(doc, k, b, lex) if k < b else -1
            if content_at < 0 and k < b and f[k] in ("الى", "الي"):
                content_at = k  # "مشيراً إلى مقتل ..." (the content keeps its «إلى», as «دعت إلى ...» does)
            if content_at < 0 and k + 1 < b and f[k] == "عن" and (ar_stem(f[k + 1]) in nouns("ar").object_heads or e.lemma in ("أعرب", "تحدث")):
                content_at = k  # «، كاشفاً عن اعتقال 23 شخصاً»: عن + a verbal noun; «معربةً عن قلقها من ...»
            if content_at < 0 and k + 2 < b and (f[k] in _AR_ON_VIA or f[k] in ("في", "خلال") or f[k] in _AR_AUDIENCE or _ar_outlet_lam(f[k])) and (
                ar_stem(f[k + 1]) in _AR_CHANNEL_STEMS or f[k + 1].startswith(_AR_PLATFORM_PREFIXES) or f[k] in _AR_AUDIENCE or _ar_outlet_lam(f[k])
                # «، مشيرة في بيانها إلى أن»، «موضحاً في تصريحه أن»: the channel with its owner's pronoun
                or (f[k + 1].endswith(("ها", "ه")) and _ar_unowned(f[k + 1]) in _AR_CHANNEL_STEMS)
            ):
                # «، قائلة في بيان نشرته إذاعة "الأندلس" إن ...»، «مضيفاً لوكالة X أن ...»: a channel or
                # an audience between the participle and its introducer
                for t in range(k + 2, min(b, k + 12)):
                    if raw[t] in ".؟!؛;" or (t in cue_starts and cue_starts[t].kind != "verb"):
                        break
                    if raw[t] not in QUOTES and (f[t],) in lex.introducers:
                        at = _ar_intro(doc, t, b, lex)
                        if at >= 0:
                            content_at = at
                            break
            if content_at < 0:
                if not e.object_ok or not (i > a and raw[i - 1] in ("،", ",")):
                    continue
                content_at = j
            fr = Frame(c, "ar.participle", (i, max(j, content_at)), "after", content_at, inherit=True)
            which = _ar_which_subject(doc, a, i) if frames else None
            if which is not None:
                # «أنها أسرت 450 جندياً، وهو ما نفاه الناطق باسم الجيش، العميد X، قائلاً إن ...»:
                # the subject of the «which» clause speaks through the participle
                fr.mention, fr.inherit, fr.rule = which, False, "ar.which_subject_participle"
            if not frames:
                # "وتبنّت الحركة الهجوم في بيان، زاعمة أنه ...": no claim before it in the
                # sentence, the subject of the clause's verb (a speaker noun) speaks
                subj = _ar_clause_subject(ctx, i, svo=True)
                if subj is not None:
                    fr.mention, fr.inherit, fr.rule = subj, False, "ar.clause_subject_participle"
            frames.append(fr)
            continue
        # prepositions
        if i - 1 > a and f[i - 1] in _AR_THAT_IS and frames:
            continue  # «...، وذلك وفق منظومة العد التي تعتمدها»: how the claim was reached, no new speaker
        if i > a and f[i - 1] in _AR_SORTED_BY:
            continue  # «توزعت الحصيلة بحسب الجهة المسؤولة»، «موزعين حسب المحافظات»: sorted by, no speaker
        src_i = j - 1 if e.lemma == "في بيان" else j  # («وفي بيان للجيش،»: the statement noun is the cue's last word)
        start_char = None
        if e.attach and j < b and c.end > doc.starts[j]:
            start_char = c.end  # the clitic ل is part of the cue; the speaker starts after it
        # "بحسب ما أفادت الوزارة"
        via_men = None
        fused = f[i].endswith("ما") and not e.attach  # حسبما
        if src_i < b and (f[src_i] in ("ما", "لما") or fused) and (src_i + (0 if fused else 1)) in cue_starts and cue_starts[src_i + (0 if fused else 1)].kind == "verb":
            v = cue_starts[src_i + (0 if fused else 1)]
            ctx.consumed.add(v.i)
            src_i = v.j
            start_char = None
            from_him = src_i < b and f[src_i] in _AR_FROM_HIM
            if src_i < b and f[src_i] in ("به", "بها", "عنه", "عنها"):
                src_i += 1  # "وفق ما أفادت به منظمة ..."
            while src_i < b - 1 and ar_time_at(f, src_i, b):
                src_i += 1  # «وفق ما أعلنته حينها سلطات ...»: a time adverb before the speaker
            src_i = _ar_skip_audience(doc, src_i, b)  # «بحسب ما قاله لـ«تلفزيون سوريا» الناشط X»
            if v.entry.lemma == "نقل":  # "ووفق ما نقلت وكالة X عن مسؤول"
                ne0 = ar_np_right(doc, src_i, b)
                # (the relay's «عن» ends the outlet's phrase: «وكالة سبأ التابعة للحوثيين عن مصدر»)
                ne0 = next((t for t in range(src_i + 1, ne0) if f[t] == "عن"), ne0)
                if ne0 < b and raw[ne0] in _OPEN_OR_STRAIGHT:
                    close = _close_quote(doc, ne0, b)  # «وبحسب ما نقلت قناة «المسيرة» عن ...»
                    if ne0 < close <= ne0 + 6:
                        ne0 = close + 1
                if ne0 < b and raw[ne0] == "(":  # «بحسب ما نقلت وكالة X (سونا) عن ...»: its acronym
                    close = next((t for t in range(ne0 + 1, min(b, ne0 + 6)) if raw[t] == ")"), -1)
                    if close > 0:
                        ne0 = close + 1
                via_end = ne0
                if ne0 < b and (f[ne0] in _AR_AFFILIATED or f[ne0].startswith("ال")):
                    # «بحسب ما نقلت وكالة "سبأ" التابعة للحوثيين عن مصدر»: the outlet's affiliation
                    # or adjective before the relayed source
                    t = next((x for x in range(ne0 + 1, min(b, ne0 + 6)) if f[x] == "عن" or not _word(raw[x])), b)
                    if t < b and f[t] == "عن":
                        ne0 = t
                if ne0 < b and f[ne0] == "عن":
                    via_men = _trimmed_ar(doc, src_i, via_end)
                    src_i = ne0 + 1
                elif from_him or (frames and frames[-1].cue.i < i and frames[-1].mention is not None and f[v.i].endswith(("ته", "تها", "له", "لها"))):
                    # «وأضاف X، بحسب ما نقلت عنه وكالة "مهر"، أن ...»، «وأضاف المقر أن ...، وفق ما
                    # نقلته وكالة X»: the outlet relays the speaker's own words, no speaker of its own
                    if from_him:
                        # (the subject of the verb before the aside speaks: «وقال الوزير، بحسب ...، إن»)
                        vc = next((cue_starts[t] for t in range(i - 2, max(a, i - 9) - 1, -1) if t in cue_starts and cue_starts[t].kind == "verb"), None)
                        subj = _trimmed_ar(doc, vc.j, i - 1) if vc is not None and vc.j < i - 1 and raw[i - 1] in ("،", ",") \
                            and all(_word(raw[t]) for t in range(vc.j, i - 1)) else None
                        fr = _prep_direction(ctx, c, _trimmed_ar(doc, src_i, via_end), via_end, "ar.prep_relayed_own", frames)
                        if fr is not None:
                            fr.via_mention = _trimmed_ar(doc, src_i, via_end)
                            fr.mention, fr.implied = subj, subj is None
                            if vc is not None and raw[i - 1] in ("،", ","):
                                ctx.consumed.add(vc.i)
                            frames.append(fr)
                    continue
            elif src_i < b:
                # «حسب ما أوردته وكالة X "إيفي" نقلاً عن مندوبية ...»: the outlet relays the body
                ne0 = ar_np_right(doc, src_i, b)
                if ne0 < b and raw[ne0] in _OPEN_OR_STRAIGHT:
                    close = _close_quote(doc, ne0, b)
                    if ne0 < close <= ne0 + 6:
                        ne0 = close + 1
                rc = cue_starts.get(ne0)
                if rc is not None and rc.kind == "prep" and rc.entry.lemma == "نقلا عن" and rc.j < b:
                    via_men = _trimmed_ar(doc, src_i, ne0)
                    ctx.consumed.add(rc.i)
                    src_i = rc.j
        if src_i < b and raw[src_i] in _OPEN_OR_STRAIGHT:
            # 'وبحسب "مكتب توثيق الشهداء"، شهدت ...': a quoted speaker name
            close = _close_quote(doc, src_i, b)
            if src_i + 1 < close <= src_i + 8 and all(_word(raw[t]) for t in range(src_i + 1, close)):
                fr = _prep_direction(ctx, c, _mention(doc, src_i + 1, close), close + 1, "ar.prep_subject", frames)
                if fr is not None:
                    fr.via_mention = via_men
                    frames.append(fr)
                continue
        if src_i + 1 < b and f[src_i] in _AR_NAMING_HEADS and raw[src_i + 1] in _OPEN_OR_STRAIGHT:
            # 'وبحسب منظمة "مواطنة"، فإن ...': a class noun and its quoted name
            close = _close_quote(doc, src_i + 1, b)
            if src_i + 2 < close <= src_i + 8 and all(_word(raw[t]) for t in range(src_i + 2, close)):
                fr = _prep_direction(ctx, c, _mention(doc, src_i, close + 1), close + 1, "ar.prep_subject", frames)
                if fr is not None:
                    fr.via_mention = via_men
                    frames.append(fr)
                continue
        if src_i < b and f[src_i] in AR_COUNT_STMTS and _ar_ownerless(doc, src_i, b):
            continue  # «وفق تقديرات عام 2022»، «وفق تقديرات تعود إلى ...»: estimates nobody is named for
        if src_i < b and f[src_i][:2] == "ال" and ar_stem(f[src_i]) in _AR_HEDGE_NOUNS and _ar_bare_finding(doc, src_i, b):
            continue  # «نجم بحسب المعلومات الأولية عن تماس»، «حسب التحقيقات الأولية»: a hedge, nobody's
        if src_i < b and (_ar_own_statement(f[src_i]) or (f[src_i][:1] == "ل" and _ar_own_statement(f[src_i][1:]))):
            # «أسفرت بحسب تقييمها الأولي عن مقتل ثلاثة»، «وفق تقديراته»: the statement of the one
            # speaking (its pronoun) - the speaker goes on, no new source
            ne = src_i + 1
            while ne < b and ne < src_i + 3 and f[ne].startswith("ال") and f[ne].endswith(("ي", "يه", "ه")) and not _ar_head_word(f[ne]):
                ne += 1  # «الأولي»، «الأخيرة»، «الرسمية»
            fr = _prep_direction(ctx, c, _mention(doc, src_i, ne), ne, "ar.prep_own_statement", frames)
            if fr is not None:
                fr.mention, fr.implied = None, True
                frames.append(fr)
            continue
        si, is_stmt = _ar_statement(doc, src_i, b)
        if e.lemma == "جاء في" and not (is_stmt or (src_i < b and ar_stem(f[src_i]) in nouns("ar").statement)):
            continue  # «جاء في المرتبة الأولى»: only «جاء في بيان/تقرير ...» reports a statement
        if si < b and ar_stem(f[si]) in nouns("ar").object_heads:
            continue  # "أسفر بحسب حصيلة أولية عن مصرع ...": a toll, not a speaker
        if si < b and (ar_stem(f[si]) in _AR_RULE_NOUNS or (f[si][:1] == "ل" and ar_stem(f[si][1:]) in _AR_RULE_NOUNS)):
            continue  # "وفقاً للقانون الدولي"، "وفق المادة 4": a rule followed, not a speaker
        if is_stmt and si > src_i + 1:
            for t in range(src_i + 1, si):
                if t in cue_starts and cue_starts[t].kind == "verb":
                    ctx.consumed.add(t)  # «حسب حصيلة نشرتها يوم الأحد X»: the relative verb is no cue of its own
        if is_stmt and _clitic_lam_start(doc, si) is not None:
            start_char = _clitic_lam_start(doc, si)
            j = si
        ne = ar_np_right(doc, si, b)
        if ne <= si:
            continue
        if is_stmt and ne > si + 1:
            # «وفق بيان ثانٍ للمركز أشار فيه إلى أن ...»: the owner ends at the verb «... فيه»,
            # which speaks of its own (the owner's statement)
            v = next((t for t in range(si + 1, ne) if t in cue_starts and cue_starts[t].kind == "verb"
                      and t + 1 < b and f[t + 1] in _AR_IN_IT), -1)
            if v > si:
                ne = v
        rt = next((t for t in range(si + 1, min(ne, b - 1) + 1) if f[t] == "نقلا"), -1) if via_men is None else -1
        rc = cue_starts.get(rt) if rt > 0 else None
        if rc is not None and rc.kind == "prep" and rc.entry.lemma == "نقلا عن" and rc.j < b and _word(raw[rc.j]):
            # «بحسب وكالة الأنباء الرسمية نقلاً عن مصدر أمني»، «حسب حصيلة بثّها التلفزيون نقلاً عن
            # خفر السواحل»، «وفقاً لوكالة سانا نقلاً عن ...»: the outlet relays; the relayed source speaks
            via_men = _mention(doc, si, rt, start=start_char) if (start_char is not None and si == j) else _trimmed_ar(doc, si, rt)
            start_char = None
            ctx.consumed.add(rc.i)
            si = rc.j
            ne = ar_np_right(doc, si, b)
            if ne <= si:
                continue
        if not is_stmt and ne > si + 1 and ar_stem(f[si]) in nouns("ar").statement:
            # «وفق شهادات جمعها ...»: the statement noun alone points back to its issuer
            ne = next((t for t in range(si + 1, ne) if _ar_not_owner(f, t, b)), ne)
        k = ne
        while k < b and k < si + 14 and k not in cue_starts and raw[k] not in ".؟!؛;":
            content_at = _ar_intro(doc, k, b, lex)
            if content_at >= 0 and raw[k] not in _OPEN_OR_STRAIGHT:
                _, text_end, name_end = trim_ar_stretch(doc, si, k)
                men = _mention(doc, si, text_end, name_end, start=start_char if si == j else None)
                fr = Frame(c, "ar.prep_subject_content" + (".statement" if is_stmt else ""), (c.i, k), "after", content_at)
                fr.mention = men
                fr.via_mention = via_men
                frames.append(fr)
                break
            k += 1
        else:
            k = -1
        if k >= 0 and frames and frames[-1].cue is c:
            continue
        ne = _ar_role_bearer(doc, si, ne, b, lex)  # «بحسب ما قاله الناشط الإعلامي أبو حسن الحوراني، الذي ...»
        if ne + 2 < b and raw[ne] in ("،", ","):
            # «..، بحسب ما أعلنه المتحدث باسم حكومة الولاية، قريشي بدلون.»: the bearer's name
            e2 = next((t for t in range(ne + 1, min(b, ne + 6)) if not _word(raw[t])), min(b, ne + 6))
            if (e2 >= b or raw[e2] in ("،", ",", ".", "؟", "!")) and _ar_appos_name(doc, si, ne, e2):
                ne = e2
        _, text_end, name_end = trim_ar_stretch(doc, si, ne)
        men = _mention(doc, si, text_end, name_end, start=start_char if si == j else None)
        rule = "ar.prep_subject" + (".statement" if is_stmt else "")
        fr = _prep_direction(ctx, c, men, ne, rule, frames)
        if fr is not None:
            fr.via_mention = via_men
            frames.append(fr)
    return frames


# «مسؤوليتها»، «المسؤولية» (responsibility), not «مسؤولين»، «مسؤولي الأمن» (officials)
_AR_RESP = tuple(fwords("مسؤولية مسؤوليت مسئولية مسئوليت"))
AR_STOP_WORDS = frozenset(fwords("في من على عن الى إلى منذ خلال بعد قبل أن ان إن الذي التي قد كما لكن"))
_AR_LATEST = frozenset(fwords("آخر أحدث أخر"))
_AR_TO_IT = frozenset(fwords("إليها اليها إليه اليه لها له إليهم اليهم"))
# words that open an aside right after a verb ("قال، عبر إذاعته، إن"، "قال على منصة إكس إن"،
# "تحدث شريطة عدم الكشف عن هويته"): never the speaker
_AR_ASIDE_START = frozenset(fwords("على شريطة بشرط مشترطا مشترطة مفضلا مفضلة طالبا طالبة رافضا رافضة"))


_AR_IN_IT = frozenset(fwords("فيه فيها فيهم"))


def _ar_no_responsibility_claim(doc: Doc, c: Cue, a: int, b: int) -> bool:
    """Claiming an attack is a claim of the group (the lead's decision, session 8), but not with
    no attack named after «تبنى», nor when
    negated («ولم يعلن تنظيم X مسؤوليته عن الهجوم»، «لم تتبنَّ أي جهة») or when the verb only
    describes a statement («أي بيان يتبنى الهجوم»، «في بيان تبنّت فيه الهجوم، زعمت ...»).
    «أعلن» is read as a claim of responsibility by the same reading the frame uses
    (_ar_claimed_attack_object), so the negated and the claimed cases see one window."""
    e, f, i = c.entry, doc.folded, c.i
    if c.kind != "verb" or e.lemma not in ("تبنى", "أعلن"):
        return False
    o = _ar_claimed_attack_object(doc, c, b)
    if e.lemma == "أعلن" and o < 0:
        return False
    if i - 1 >= a and f[i - 1] in _AR_NEG:
        return True
    if e.lemma == "تبنى" and o < 0:
        return True  # «جبهة X تتبنى وتتحدث عن ...»، «تتبنى الحكومة خطة ...»: no attack claimed
    return e.lemma == "تبنى" and (
        (i - 1 >= a and ar_stem(f[i - 1]) in nouns("ar").statement) or (c.j < b and f[c.j] in _AR_IN_IT))


# how far after «تبنى»/«أعلن» the attack or the responsibility noun may stand: a group's full name
# with its affiliation («جماعة X المرتبطة بتنظيم القاعدة») and a channel («عبر وكالة أعماق التابعة
# له») fit; an introducer («أن»، «إن») ends the search first, so it never reaches another clause
_AR_CLAIM_WINDOW = 18


def _ar_claimed_attack_object(doc: Doc, c: Cue, b: int) -> int:
    """«تبنّى X الهجوم»، «أعلن X مسؤوليته عن الهجوم»: the index of the attack noun (تبنى) or the
    responsibility noun (أعلن) within _AR_CLAIM_WINDOW tokens after the verb, before any
    introducer; else -1. The one reading of "claimed responsibility": the cue filter
    (_ar_no_responsibility_claim) and the frame (ar.claimed_attack) both use it."""
    e, f = c.entry, doc.folded
    if c.kind != "verb" or e.lemma not in ("تبنى", "أعلن"):
        return -1
    intro = lexicon("ar").introducers
    for t in range(c.j, min(b, c.j + _AR_CLAIM_WINDOW)):
        if (f[t],) in intro or f[t] in ("ان", "إن", "بان"):
            return -1
        if e.lemma == "تبنى" and f[t] in _AR_ATTACK_OBJECTS_ANY:
            return t
        if e.lemma == "أعلن" and ar_stem(f[t]).startswith(_AR_RESP):
            return t
    return -1


_AR_RANK_ADJ = frozenset(fwords("الأول الاول الثاني الركن"))


def _ar_object_appos(doc: Doc, j: int, c: int, b: int) -> int:
    """After an object verb's titled subject [j, c) and the comma at c: a person's name (a rank or
    honorific may lead it) closed by another comma belongs to the speaker -> the closing comma;
    else c."""
    f, raw = doc.folded, doc.raw
    if f[j] not in AR_CHARGED and kind_of(f[j:c], "ar") not in ("official", "journalist", "other", "military") and ar_stem(f[j]) not in _AR_PERSON_TITLES:
        return c
    e = next((t for t in range(c + 1, min(b, c + 9)) if raw[t] in ("،", ",")), -1)
    s0 = c + 1 + (f[c + 1] in _AR_TITLES)
    if s0 == c + 2 and s0 < e and f[s0] in _AR_RANK_ADJ:
        s0 += 1  # «الملازم الأول X»، «اللواء الركن X»: the rank's own adjective
    if e < 0 or not 1 <= e - s0 <= 4:
        return c
    for t in range(s0, e):
        w = f[t]
        if not _word(raw[t]) or is_number(w) or (w.startswith("ال") and t == s0) or ((w in AR_STOP or w in AR_ADJUNCT_START) and not ar_ali(doc, t)) \
                or ar_time_at(f, t, e) or ar_stem(w) in _heads_ar() or (ar_stem(w) in nouns("ar").object_heads and s0 == c + 1):
            return c  # (after a rank or «الدكتور» a name may look like a verbal noun: «سامي حداد»)
    return e


def _ar_placed_body(doc: Doc, p: int, b: int) -> int:
    """An object verb's subject, then «في» + a place of up to four words closed by a comma, a
    time adjunct between commas and the object («أعلنت وزارة الصحة في حكومة صنعاء، مساء
    الجمعة، ارتفاع ...»): the place belongs to the speaker -> the closing comma; else p."""
    f, raw = doc.folded, doc.raw
    c = next((t for t in range(p + 1, min(b, p + 6)) if raw[t] in ("،", ",")), -1)
    if c < 0:
        # «أعلنت وزارة الصحة في قطاع غزة ارتفاع ...»: a place of up to three words, no comma, then
        # the object (not a channel or a time: «أعلنت الوزارة في بيان مقتل ...»)
        for t in range(p + 2, min(b, p + 5)):
            if not _word(raw[t - 1]) or is_number(f[t - 1]) or ar_stem(f[t - 1]) in _AR_CHANNEL_STEMS or f[t - 1] in _AR_CHANNEL_WORDS \
                    or ar_time_at(f, t - 1, b) or f[t - 1] in AR_STOP_WORDS:
                return p
            if ar_stem(f[t]) in nouns("ar").object_heads:
                return t
        return p
    if c < p + 2 or not all(_word(raw[t]) and not is_number(f[t]) for t in range(p + 1, c)):
        return p
    t = c + 1
    end = c
    if t < b and f[t] in _AR_TITLES:
        # «أعلن رئيس الفريق المفاوض في ملف الأسرى، العميد يحيى كزمان، إتمام ...»: the titled name too
        c2 = next((x for x in range(t + 1, min(b, t + 6)) if raw[x] in ("،", ",")), -1)
        if c2 < 0 or not all(_word(raw[x]) and not is_number(f[x]) for x in range(t + 1, c2)):
            return p
        end = t = c2
        t += 1
    if t < b and ar_time_at(f, t, b):
        c2 = next((x for x in range(t + 1, min(b, t + 5)) if raw[x] in ("،", ",")), -1)
        if c2 < 0:
            return p
        t = c2 + 1
    if end > c:
        return end if t < b and _word(raw[t]) else p  # (the name closed by its comma, then the object)
    return end if t < b and ar_stem(f[t]) in nouns("ar").object_heads else p


def _ar_but_it_said(ctx: _Ctx, fr: Frame, prev: Frame | None = None) -> bool:
    """«قال الجيش إن 5 قتلوا، لكنه أكد أن 3 أصيبوا»، «، كما أشار إلى أن»: "but he/it" or "as
    also" + a speech verb with its own introducer after a comma is a new claim of the same speaker
    (not «إن المنظمة "ترحب ..."، لكنها تطالب "..."»: a verb of the reported content with no
    introducer). After an object claim («أكد الوالي سقوط الضحايا، لكنه قدّر عدد القتلى بنحو 35»،
    «أعلن الجيش مقتل 6، كما أكد اعتقال 11») an object verb needs no introducer: the first content
    is a noun phrase, no clause whose subject the pronoun could be."""
    doc, ci, k = ctx.doc, fr.cue.i, fr.region[1]
    if not (ci - 2 > ctx.a and (doc.folded[ci - 1] in _AR_BUT_IT or doc.folded[ci - 1] in _AR_AS_ALSO)
            and doc.raw[ci - 2] in ("،", ",") and k < ctx.b and fr.cue.kind == "verb" and doc.raw[k] not in QUOTES):
        return False
    if _ar_intro(doc, k, ctx.b, lexicon("ar")) >= 0:
        return True
    return fr.cue.entry.object_ok and prev is not None and "object" in prev.rule and _word(doc.raw[k])


def _ar_comma_said(ctx: _Ctx, fr: Frame, prev: Frame | None = None) -> bool:
    """«وحمّلت الوزارة المسؤولية لفصيل منشق، قالت إنه نفذ 12 هجمة»: a subjectless speech verb
    after a comma, with its own «إن» (outside any quotation), is a new claim of the same speaker.
    So is one right after the object of an object verb's claim («ونعى الحزب اثنين من عناصره قال
    إنهما ...»: the verb describes the object)."""
    doc = ctx.doc
    ci, k = fr.cue.i, fr.region[1]
    after_object = prev is not None and "object" in prev.rule and ci - 1 > ctx.a and _word(doc.raw[ci - 1])
    if not (ci - 1 > ctx.a and (doc.raw[ci - 1] in ("،", ",") or after_object) and fr.direction == "after" and k < ctx.b and fr.anchor == k + 1):
        return False
    if doc.raw[k] not in _AR_INNA or fr.cue.kind != "verb":
        return False
    return sum(1 for q in ctx.quotes if q < ci) % 2 == 0


_AR_INNA = frozenset("إن إنه إنها إنهم إنهن إنهما".split())  # (as written: «أن» after a verb is no new claim)


def _ar_embedded(doc: Doc, a: int, i: int, lex, cue_starts: dict[int, Cue]) -> bool:
    """An object verb inside an indirect content clause: an introducer (أن، إنها) led by an
    earlier cue of the sentence, with no clause mark or quotation between it and the verb
    ("غير أن X قدّرت" / "الجدير بالذكر أن X وثّق" are no content clause)."""
    raw, f = doc.raw, doc.folded
    t = i - 1
    while t >= a and t >= i - 8:
        r = raw[t]
        if r in CLAUSE_MARKS or r in QUOTES or r in _PUNCT:
            return False
        if ((f[t],) in lex.introducers and f[t] not in ("قوله", "قولها", "قولهم")) or (
                # «... قوله إن ...، وإن البلدية أحصت تضرر 120 منزلاً»: a second content clause
                f[t][:1] == "و" and f[t][1:] in _AR_AND_THAT and t > a and raw[t - 1] in ("،", ",")):
            return any(a <= x < t and c.kind != "prep" for x, c in cue_starts.items())
        t -= 1
    return False


_AR_AND_THAT = frozenset(fwords("إن أن ان إنه أنه انه إنها أنها انها إنهم أنهم انهم"))


_AR_CHANNEL_WORDS = frozenset(fwords(
    "بيان بيانات تصريح تصريحات حديث مؤتمر تغريدة منشور رسالة كلمة لقاء مقابلة اتصال تقرير له لها لهم "
    "صحفي صحافي هاتفي مصور متلفز رسمي مقتضب اليوم أمس مساء صباح يوم الأحد الاثنين الثلاثاء "
    "الأربعاء الخميس الجمعة السبت"
))


def _ar_skip_adjuncts(doc: Doc, k: int, b: int) -> int:
    """Skip "في بيان له" / "اليوم" / "عبر تغريدة" before the content of an object verb."""
    f = doc.folded
    start = k
    while k < b and k - start < 6:
        if f[k] in ("في", "عبر", "خلال") and k + 1 < b and f[k + 1] in _AR_CHANNEL_WORDS:
            k += 2
            continue
        if k > start and f[k] in _AR_CHANNEL_WORDS:
            k += 1
            continue
        if f[k] in _AR_ON_VIA and k + 2 < b and f[k + 1].startswith(_AR_PLATFORM_PREFIXES):
            k += 3 if f[k + 2] in _AR_PLATFORM_NAMES else 2  # «في بيان على منصة تلغرام مسؤوليتها ...»
            continue
        if f[k] in ("اليوم", "امس") or (f[k] in _AR_WEEKDAYS and k + 1 < b and ar_stem(f[k + 1]) in nouns("ar").object_heads):
            k += 1  # «رجّحت المفوضية الخميس غرق ...»: the day before the object
            continue
        break
    return k


_AR_ANY = frozenset(fwords("أي أية"))


def _ar_any_subject(doc: Doc, a: int, i: int, registry: Registry) -> Mention | None:
    """The noun phrase that opens the clause right before the verb at i (1-4 words, no number,
    particle or clause mark; a conjunction «و» glued to its first word left out), or None."""
    f, raw = doc.folded, doc.raw
    if not 1 <= i - a <= 4 or not all(_word(raw[t]) and not is_number(f[t]) and f[t] not in AR_STOP_WORDS
                                     and f[t] not in _AR_NOT_SPEAKER and f[t] not in _AR_LEAD for t in range(a, i)):
        return None
    m = _mention(doc, a, i)
    w = f[a]
    if m is not None and w[:1] == "و" and len(w) > 3 and not _ar_head_word(w) and registry.match_prefix(
            doc.text[doc.starts[a] : doc.ends[i - 1]]) is None:
        m.start += 1  # «وعائلات الموقوفين»: the speaker without its conjunction
    return m


_AR_COUNT_WORDS = frozenset(fwords(
    "اثنين اثنان اثنتين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس ست سبع ثماني تسع عشر "
    "عشرات مئات أحد إحدى"))
_AR_PLATFORM_NAMES = frozenset(fwords("إكس اكس تلغرام تليغرام فيسبوك فيس تويتر إنستغرام انستغرام يوتيوب تيك"))
_AR_THAT_IS = frozenset(fwords("وذلك"))
_AR_NEG = frozenset(fwords("لم ولم فلم لا ولا"))
_AR_DEMONSTRATIVES = frozenset(fwords("هذا هذه ذلك تلك هذين هاتين هؤلاء أولئك"))
_AR_WEEKDAYS = frozenset(fwords("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"))


# «على منصة إكس»، «عبر صفحته»، «على حسابه»: where a post was published (never a speaker)
_AR_ON_VIA = frozenset(fwords("على عبر"))
# subordinators before a clause's subject: «بعدما كانت السلطات قد أعلنت ...»
_AR_SUBORD = frozenset(fwords("بعدما عندما حينما لما"))


_AR_POST_PLATFORMS = frozenset(ar_stem(w) for w in fwords(
    "منصة صفحة صفحته صفحتها حساب حسابه حسابها قناة قناته قناتها تلغرام تليغرام فيسبوك إكس اكس تويتر "
    "إنستغرام انستغرام يوتيوب واتساب"))
# bare platform nouns a quoted name follows: «على منصة «إكس»»، «على صفحة «مرصد حلب»»
_AR_PLATFORM_NAMED = frozenset(fwords("منصة صفحة حساب قناة موقع"))


def _ar_post_cue(doc: Doc, c: Cue, b: int) -> bool:
    """«ونشرت الوزارة على تلغرام: «...»»، «كتب المتحدث عبر حسابه في إكس "..."»: a publishing verb
    speaks only as a post quoted - «على/عبر/في» + a platform, then a colon or an opening quotation
    mark, within twelve tokens of the verb (room for a subject, a time adverb and «على قناتها في
    تلغرام»). A quotation mark that names the platform or the page («على منصة «إكس»»، «على صفحة
    «مرصد حلب»»: right after a bare platform noun, or holding a platform's name) is no post."""
    f, raw = doc.folded, doc.raw
    seen = False
    for t in range(c.j, min(b, c.j + 12)):
        if raw[t] == ":":
            return seen
        if seen and raw[t] in _OPEN_OR_STRAIGHT and t + 1 < b:
            if f[t - 1] not in _AR_PLATFORM_NAMED and ar_stem(f[t + 1]) not in _AR_POST_PLATFORMS:
                return True
            continue
        if (f[t] in _AR_ON_VIA or f[t] == "في") and t + 1 < b:
            seen = seen or any(ar_stem(f[x].strip("«»\"")) in _AR_POST_PLATFORMS for x in range(t + 1, min(b, t + 4)))
        if (f[t],) in lexicon("ar").introducers or f[t] in ("ان", "إن", "بان"):
            return False
    return False


def _ar_pluperfect(doc: Doc, a: int, i: int) -> bool:
    """«بعدما كان قد أعلن ...»، «بعد أن كانت قد ذكرت ...»: an earlier statement of its own."""
    f = doc.folded
    t = i - 1
    if t >= a and f[t] in ("قد", "لقد"):
        t -= 1
    if t >= a and f[t] in ("وكان", "وكانت", "وكانوا") and t - 1 >= a and doc.raw[t - 1] in ("،", ","):
        return True  # «...، وكان قد أحصى في وقت سابق 37 قتيلاً»
    if t >= a and f[t] in ("كان", "كانت", "كانوا"):
        t -= 1
        # («علماً أنه كان قد أعلن ...»، «في حين كان قد وثّق ...»)
        return t >= a and (f[t] in _AR_SUBORD or f[t] in ("ان", "انه", "انها", "حين"))
    return False


# speakers named by where they are from: «مصادر في المعارضة»، «مسؤول في الوزارة»، «أطباء في المستشفى»
_AR_PLACED_KINDS = frozenset(("anonymous", "official", "activists", "residents", "journalist", "other"))
# «شريطة عدم الكشف عن هويته»: the عن of an anonymity condition introduces nothing
_AR_ANON_WORDS = frozenset(fwords("شريطة بشرط شرط عدم الكشف الإفصاح"))
# verbs that point to their content with «إلى»: «أشار إلى مقتل ...»، «لفت إلى ...»
_AR_POINT_TO = frozenset(("أشار", "لفت", "نوه"))
_AR_PLATFORM_PREFIXES = tuple(fwords("منصه منصات صفحت صفحه حساب موقعه موقعها"))
_AR_OUTLETS = frozenset(ar_stem(w) for w in fwords("موقع صحيفة قناة وكالة شبكة إذاعة مجلة منصة حساب صفحة لموقع لصحيفة لقناة لوكالة تلفزيون التلفزيون راديو"))


def _ar_outlet_lam(w: str) -> bool:
    """«لإذاعة»، «للتلفزيون»، «لصحيفة»: lam glued to an outlet noun (the audience of a verb)."""
    if len(w) < 4 or w[0] != "ل":
        return False
    return ar_stem(w[1:]) in _AR_OUTLETS or (w.startswith("لل") and ar_stem(w) in _AR_OUTLETS)


# "affiliated to" after a body's name: «"المركز الإعلامي" التابع لها»
_AR_AFFILIATED = frozenset(fwords("التابع التابعة المرتبط المرتبطة الموالي الموالية المدعوم المدعومة"))
_AR_NAMING_ASIDE = frozenset(fwords("ويدعى ويُدعى واسمه واسمها وتدعى يدعى تدعى"))
# a verb opening an aside on how the speaker spoke, with an anonymity condition after it
_AR_BARE_PREPS = frozenset(fwords("إلى الى على عن من في"))
# what a denial denies (a report, figures, charges): never part of the denier's name
_AR_DENIED_OBJECTS = frozenset(ar_stem(w) for w in fwords(
    "الرواية الروايات الاتهامات الاتهام الأرقام الاحصاءات الإحصاءات الأنباء الأخبار التقارير التقرير المزاعم "
    "الادعاءات الادعاء الشائعات المعلومات التصريحات البيانات"))
_AR_JUDICIARY = frozenset(fwords("القضاء"))
_AR_ON = frozenset(fwords("على"))
def _ar_unowned(w: str) -> str:
    """The stem of a noun without its possessive pronoun: «بيانها» -> «بيان»، «رسالتها» -> «رساله»."""
    w = w[:-2] if w.endswith("ها") else w[:-1]
    return ar_stem(w[:-1] + "ه" if w.endswith("ت") else w)


_AR_PARTIES = frozenset(fwords("البلدين الطرفين الجانبين الأطراف الاطراف الدولتين الجارتين"))
_AR_FROM_HIM = frozenset(fwords("عنه عنها عنهم عنهما"))
_AR_ANON_ASIDE = frozenset(fwords("تحدث تحدثت طلب طلبت فضل فضلت رفض رفضت مفضلا مفضلة طالبا طالبة"))


def _ar_passed_on(doc: Doc, j: int, b: int) -> bool:
    """«ونقل شهود عيان لـ"اليوم السابع" أن ...»: «نقل» with a speaker noun for subject, perhaps an
    audience, then «أن»: passed on what they saw (no «عن»; not «نقلت الفرق 12 جريحاً إلى ...»)."""
    f, raw = doc.folded, doc.raw
    if j >= b or not _ar_head_word(f[j]):
        return False
    for t in range(j + 1, min(b, j + 9)):
        if f[t] in ("ان", "بان"):
            return f[t - 1] not in ("بعد", "قبل", "منذ", "حتى")
        if not (_word(raw[t]) or raw[t] in QUOTES) or is_number(f[t]) or f[t] in ("الي", "إلى", "الى"):
            return False
    return False


def _ar_lam_outlet(doc: Doc, j: int, registry: Registry) -> bool:
    """«قال لبي بي سي إن»، «لرويترز»: lam glued to a registered outlet's name is the audience."""
    w = doc.raw[j]
    if not w.startswith("ل") or len(w) < 3:
        return False
    rest = doc.text[doc.starts[j] + 1 : doc.ends[min(len(doc.raw), j + 4) - 1]]
    hit = registry.match_prefix(rest)
    if hit is None and w.startswith("لل"):
        hit = registry.match_prefix("ا" + rest)  # «للجزيرة»: lam + the article
    return hit is not None and hit[0].kind in ("media", "agency")


_AR_AUDIENCE = frozenset(("ل", "لـ", "لصحيفه", "لموقع", "لقناه", "لوكاله", "لشبكه", "لمراسل", "لمراسلنا"))


# threat verbs (cues_ar.yaml): a claim only with the «بـ» of what is threatened
_AR_THREAT_LEMMAS = frozenset(("هدد", "توعد"))
# «بـ» words that open no threatened thing: a name («باسم»), a conjunction, a preposition
_AR_BA_NOT_OBJECT = frozenset(fwords("باسم بأن بان بإن بشأن بسبب بعد بين بحسب برئاسة بقيادة"))


def _ar_threat_object(doc: Doc, j: int, b: int) -> int:
    """The token where what a threat verb threatens starts: the first «بـ» word (or «بـ» + a
    quotation) after the subject, within 14 words, before a full stop, a quotation or a number
    (not «باسم»، not a place or body «بمحافظة»); -1 if there is none."""
    f, raw = doc.folded, doc.raw
    for t in range(j, min(b, j + 14)):
        r = raw[t]
        if r in QUOTES or r in (".", "؟", "!", ":", "؛", ";") or is_number(f[t]):
            return -1
        w = f[t]
        if w[:1] == "ب" and w not in _AR_BA_NOT_OBJECT and (
                w in ("ب", "بـ") or (len(w) > 3 and ar_stem(w) not in _heads_ar() and ar_stem(w[1:]) not in _heads_ar())):
            return t
    return -1


def _ar_threatened_party(doc: Doc, j: int, k: int, registry: Registry) -> int:
    """Between a threat verb's subject start j and its «بـ» word k: where the threatened party starts
    (after a registered name, or a definite noun after a definite nisba adjective: «الجيش الوطني
    الليبي الجماعات المسلحة»), else k."""
    f = doc.folded
    if k - j < 2 or not all(_word(doc.raw[t]) for t in range(j, k)):
        return k
    hit = registry.match_prefix(doc.text[doc.starts[j] : doc.ends[k - 1]])
    if hit is not None:
        end_char = doc.starts[j] + hit[1]
        x = next((t for t in range(j + 1, k) if doc.starts[t] >= end_char), k)
        if x < k and (f[x][:2] == "ال" or registry.match_prefix(doc.text[doc.starts[x] : doc.ends[k - 1]]) is not None):
            return x
    for t in range(j + 2, k):
        if f[t][:2] == "ال" and f[t - 1][:2] == "ال" and _nisba(f[t - 1]) and not _nisba(f[t]):
            return t
    return k


# "after/since/with" before the verbal noun «إعلان» that reports a statement
_AR_AFTER_PREPS = frozenset(fwords("بعد عقب إثر اثر منذ قبل مع من"))


def _ar_announcement_of(doc: Doc, i: int, j: int, b: int, registry: Registry) -> bool:
    """«بعد إعلان وزارة الصحة ارتفاع ...»: the verbal noun «إعلان» right after "after/since/with",
    then a speaker (a head noun or a registered name) and an object noun (مقتل، ارتفاع، إحباط ...)."""
    f = doc.folded
    if i == 0 or f[i - 1] not in _AR_AFTER_PREPS or j >= b or not _ar_speaker_at(doc, j, b, registry):
        return False
    ne = ar_np_right(doc, j, b)
    t = _ar_skip_adjuncts(doc, ne, b) if ne > j else b
    return t < b and ar_stem(f[t]) in nouns("ar").object_heads


_AR_TO_WITH = frozenset(fwords("إلى الى مع"))  # «تحدث إلى/مع»: who the speaker spoke to


def _ar_spoke_to_aside(doc: Doc, k: int, b: int, lex) -> bool:
    """After «تحدث(وا) إلى/مع»: the audience (a quoted outlet, an outlet, reporters) runs to the
    introducer of the outer verb within a few words, with no «عن» (what was spoken of) on the way."""
    f, raw = doc.folded, doc.raw
    for t in range(k, min(b, k + 9)):
        if f[t] == "عن" or raw[t] in ("،", ",", ".", ":", "؛", ";"):
            return False
        if t > k and raw[t] not in QUOTES and _ar_intro(doc, t, b, lex) >= 0:
            return True
    return False


_AR_PERSON_ROLE_KINDS = frozenset(("activists", "journalist", "official", "other"))


def _ar_role_bearer(doc: Doc, si: int, ne: int, b: int, lex) -> int:
    """After a person's role phrase [si, ne) («الناشط الإعلامي»، «المتحدث باسم الجهاز»), an optional
    «في» + place, then the bearer's bare name up to a comma or the sentence end
    («... في غزة محمود بصل،») -> the end of the name; else ne."""
    f, raw = doc.folded, doc.raw
    if ne >= b or ne - si > 6 or not _word(raw[ne]):
        return ne
    s0 = ne
    if f[ne] == "في" and ne + 2 < b and _word(raw[ne + 1]) and not is_number(f[ne + 1]):
        s0 = ne + 2  # «في غزة»، «في شمال الضفة»، «في حي الشجاعية»: the place, then the name
        while s0 < min(b, ne + 5) and _word(raw[s0]) and f[s0].startswith("ال") and f[s0] not in AR_STOP:
            s0 += 1
    kind = kind_of(f[si:ne], "ar")
    if f[s0].startswith("ال") or not _word(raw[s0]) or kind not in _AR_PERSON_ROLE_KINDS or f[ne - 1] in _AR_AFFILIATED or (
            kind == "other" and not f[si].startswith("ال")):
        return ne  # (not «مركز رصد الزلازل التابع لجامعة طهران»: an institution and its owner)
    e2 = next((t for t in range(s0, min(b, s0 + 5)) if not _word(raw[t])), min(b, s0 + 5))
    aud = next((t for t in range(s0 + 1, e2) if f[t] in _AR_AUDIENCE or f[t] in _AR_AUDIENCE_PRONOUNS or _ar_outlet_lam(f[t])), -1)
    if aud > 0 and (e2 >= b or raw[e2] in ("،", ",", ".", "؟", "!") or (aud + 1 < b and raw[aud + 1] in _OPEN_OR_STRAIGHT)):
        e2 = aud  # «ذلك ما قاله المسعف سامي يوسف لمراسلنا.»: the name ends before the audience
    if (e2 >= b or raw[e2] in ("،", ",", ".", "؟", "!") or e2 == aud) and all(
            f[t] not in AR_STOP and not is_number(f[t]) and not ar_time_at(f, t, e2) and not _ar_head_word(f[t])
            and not (f[t][:1] == "ل" and _ar_head_word(f[t][1:]))
            and ar_stem(f[t]) not in nouns("ar").object_heads and (f[t],) not in lex.introducers for t in range(ne + (s0 > ne), e2)):
        return e2
    return ne


def _ar_skip_audience(doc: Doc, k: int, b: int) -> int:
    """«لـ«تلفزيون سوريا»»، «لصحيفة «الوطن»»: a quoted audience outlet at k, followed by a word
    -> the token after its closing quote; else k."""
    f, raw = doc.folded, doc.raw
    if k + 2 >= b or raw[k + 1] not in _OPEN_OR_STRAIGHT or not (f[k] in _AR_AUDIENCE or _ar_outlet_lam(f[k])):
        return k
    close = _close_quote(doc, k + 1, b)
    if k + 2 < close <= k + 7 and close + 1 < b and _word(raw[close + 1]):
        return close + 1
    return k


def _ar_quoted_name(doc: Doc, q: int, b: int, lex, object_verb: bool = False) -> int:
    """A short quotation that names a speaker, not its words: 1-5 words, closing before an
    introducer, an adjunct (في بيان، لـ، عبر), a comma or a relay (عن), and never right after
    a colon. Returns the closing quote's index, else -1."""
    raw, f = doc.raw, doc.folded
    if q > 0 and raw[q - 1] == ":":
        return -1
    close = _close_quote(doc, q, b)
    if close < 0 or close - q - 1 < 1 or close - q - 1 > 5 or close + 1 >= b:
        return -1
    if any(not _word(raw[t]) or is_number(f[t]) for t in range(q + 1, close)):
        return -1
    nxt = close + 1
    w = f[nxt]
    if q > 0 and f[q - 1] == "باسم":
        return close  # «المتحدث باسم "الإطار ..." الذي يضم ...»: the body a spokesperson speaks for
    if q > 0 and f[q - 1] in _AR_NAMING_HEADS:
        return close  # «مجموعة «محامو الطوارئ» الحقوقية»، «منظمة "مواطنة"»: an indefinite class noun names the quote
    if _ar_intro(doc, nxt, b, lex) >= 0 and raw[nxt] not in QUOTES:
        return close
    if w.startswith("ال") and (w.endswith(("ي", "يه")) or w in _AR_OFFICIAL_ADJ) and nxt + 1 < b and _ar_intro(doc, nxt + 1, b, lex) >= 0 and raw[nxt + 1] not in QUOTES:
        return close  # «وأفادت «الوكالة الوطنية» الرسمية بأن»: the name, an adjective, the introducer
    if raw[nxt] in ("،", ",", "(") or w in ("عن", "في", "عبر", "على", "علي", "ل", "لـ", "المرتبطه", "المدعومه", "التابعه", "الموالية", "المواليه", "الموالي") or (w.startswith("ل") and len(w) > 3):
        return close
    if w.startswith("ال") and nxt + 1 < b and _ar_intro(doc, nxt + 1, b, lex) >= 0 and raw[nxt + 1] not in QUOTES:
        return close  # «وأفادت «الوكالة الوطنية للإعلام» الرسمية بأن»: the name, an adjective, the introducer
    if object_verb and _word(raw[nxt]):
        return close
    return -1


def _ar_no_object(doc: Doc, k: int, b: int, registry: Registry) -> bool:
    """Nothing that can be an object verb's object from k to the clause end b: no word at all, or
    only who was told («... لوكالة فرانس برس.»، «لرويترز»; no count, object noun or quotation)."""
    raw, f = doc.raw, doc.folded
    rest = [t for t in range(k, b) if _word(raw[t])]
    if not rest:
        return True
    return k < b and len(rest) <= 5 and (f[k] in _AR_AUDIENCE or _ar_outlet_lam(f[k]) or _ar_lam_outlet(doc, k, registry)) and not any(
        is_number(f[t]) or raw[t] in QUOTES or raw[t] in ("،", ",", ":") or ar_stem(f[t]) in nouns("ar").object_heads for t in range(k, b))


def _ar_np_with_place(doc: Doc, j: int, b: int) -> int:
    """A speaker phrase after the verb, with a short closing place phrase ("طبيب في المدينة."; not
    a channel: «، قال الدفاع المدني في بيان.»)."""
    raw, f = doc.raw, doc.folded
    ne = ar_np_right(doc, j, b)
    rest = [t for t in raw[ne:b] if _word(t)]
    if ne > j and rest and len(rest) <= 4 and f[ne] in ("في", "من") and all(raw[t] not in CLAUSE_MARKS for t in range(ne, b)) \
            and not (f[ne] == "في" and ne + 1 < b and ar_stem(f[ne + 1]) in _AR_CHANNEL_STEMS):
        ne = b
        while ne > j and not _word(raw[ne - 1]):
            ne -= 1
    return ne


_AR_ASIDE_CHANNEL = frozenset(fwords("في عبر خلال"))


def _ar_aside_close(doc: Doc, t: int, k: int) -> int:
    """The comma that closes an aside opened before t (before k, outside quotation marks), or -1."""
    raw = doc.raw
    inside = False
    for x in range(t, k):
        if raw[x] in QUOTES:
            inside = not inside if raw[x] in STRAIGHT_QUOTES else raw[x] in OPEN_QUOTES
        elif raw[x] in ("،", ",") and not inside:
            return x
    return -1


def _ar_subject(ctx: _Ctx, fr: Frame, j: int, k: int, cues: list[Cue]) -> None:
    """Speaker stretch between a verb and its introducer, with relays split off."""
    doc = ctx.doc
    f = doc.folded
    if j + 2 < k and f[j] == "ما" and f[j + 1] in _AR_SO_CALLED:
        j += 2  # «نفى ما يسمى "مجلس منبج العسكري"»، «ما يعرف بـ"جيش X"»: the so-called name
        if f[j] in ("ب", "بـ") and j + 1 < k:
            j += 1
    if j < k and (f[j] in _AR_AUDIENCE or _ar_outlet_lam(f[j])) and fr.cue.entry.lemma != "نقل":
        # «وصرّح لـ«الأنباء» بأن ...»، «وقال لوكالة الأنباء مسؤول إن»: the audience first
        j2 = j + 1
        if j2 < k and doc.raw[j2] in _OPEN_OR_STRAIGHT:
            close = _close_quote(doc, j2, k)
            j2 = close + 1 if close > j2 else j2
        elif f[j] not in ("ل", "لـ"):
            j2 = max(j + 1, ar_np_right(doc, j, k))
        while j2 < k and not _word(doc.raw[j2]):
            j2 += 1
        if j2 >= k:
            fr.implied = True
            fr.mention = None
            fr.rule = "ar.cue_content"
            return
        j = j2
    # relay: "نقلت وكالة X عن وزارة Y", "قالت سانا نقلاً عن مصدر", "... بحسب وكالة X"
    for c in cues:
        if j < c.i < k and c.kind == "prep":
            ctx.consumed.add(c.i)
            if c.entry.lemma in ("نقلا عن", "على لسان"):
                fr.via_mention = _trimmed_ar(doc, j, c.i)
                fr.mention = _trimmed_ar(doc, c.j, k)
            else:
                fr.mention = _trimmed_ar(doc, j, c.i)
                fr.via_mention = _trimmed_ar(doc, c.j, k)
            return
    if fr.cue.entry.lemma == "نقل":
        if j < k and f[j] == "عن":
            fr.mention = _trimmed_ar(doc, j + 1, k)  # "ونُقل عن مصدر أمني أن": no relaying outlet
            if fr.mention is None:
                fr.implied = True
            return
        for r in range(j + 1, k):
            if f[r] == "عن":
                fr.via_mention = _trimmed_ar(doc, j, r)
                si, is_stmt = _ar_statement(doc, r + 1, k)
                # «ونقلت وكالة X عن بيان لمركز الإعلام التابع لـY أن ...»: the statement's owner speaks
                owner = _trimmed_ar(doc, si, k) if is_stmt and r + 1 < si < k else None
                if owner is not None and owner.i == si and _lam_clitic(f[si]):
                    owner = _replace(owner, start=owner.start + 1)  # the clitic ل is no part of the name
                fr.mention = owner or _trimmed_ar(doc, r + 1, k)
                return
    if k - j == 1 and f[j] in _AR_AUDIENCE_PRONOUNS:
        fr.implied = True  # «قالوا لي إن ...» inside a quotation: "they told me", no named speaker
        fr.mention = None
        return
    if fr.cue.entry.lemma in _AR_ADDRESSEE_VERBS and k - j >= 3:
        q = next((t for t in range(j + 2, k) if f[t] in _AR_ALL), -1)
        if q > 0:
            k = q  # «ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى»: the addressees (gold_j)
    if fr.cue.entry.lemma == "اتهم" and k - j >= 2 and f[k - 1] in ("ب", "بـ"):
        # «واتهمت الجيش بـ"فبركة ..."»: the phrase before بـ is the accused, not the speaker;
        # «واتهمت الشبكة «الدعم السريع» بـ»: a quoted accused after the speaker
        acc = k - 2
        if doc.raw[acc] in _CLOSE_OR_STRAIGHT:
            acc = next((t for t in range(acc - 1, max(j, acc - 8) - 1, -1) if doc.raw[t] in _OPEN_OR_STRAIGHT), -1)
        if acc == j or (acc == j + 1 and doc.raw[acc] not in _CLOSE_OR_STRAIGHT and _ar_whole_name(doc, j, k - 1)):
            # «واتهمت الدعم السريع بـ"..."»: the accused alone (a registered name), the speaker implied
            fr.implied = True
            fr.mention = None
            return
        if acc > j and doc.raw[k - 2] in _CLOSE_OR_STRAIGHT:
            k = acc
        elif acc > j + 1 and f[acc].startswith("ال"):
            k = acc  # «واتهم مستشارها الإعلامي X الجيش بـ»: a definite accused right before بـ
        elif acc > j and doc.raw[acc] not in _CLOSE_OR_STRAIGHT:
            e2 = _ar_name_end(doc, j, acc + 1)
            if j < e2 <= acc:
                k = e2  # «واتهمت حماس إسرائيل بـ»: a registered speaker, then the accused
    if fr.cue.entry.lemma in ("دعا", "طالب", "ناشد") and k - j >= 3:
        # «دعت الأمم المتحدة إلى تنظيم التوزيع «لتفادي ...»»: what is called for, from إلى on,
        # is the content, not the speaker's
        t = next((t for t in range(j + 1, k) if f[t] in _AR_TO), -1)
        if t > j:
            k = t
            fr.region = (fr.region[0], k)
            fr.anchor = k
    if fr.cue.entry.lemma == "وصف" and k - j >= 2 and f[k - 1].startswith("ال") and doc.raw[k].startswith("بأن") and not (
        f[k - 2][:2] != "ال" and _ar_head_word(f[k - 2])  # «وصف وزير الخارجية بأن»: a construct, the speaker
    ):
        # «وصف المتحدث باسم الحكومة X التقرير بأنه "مفبرك"»: what is described is the content
        k = k - 1
        fr.region = (fr.region[0], k)
        fr.anchor = k
    if fr.cue.entry.object_ok and k - j >= 2:
        # «حمّل الجيش المسؤولية للمتمردين عن مقتل ...»: the responsibility and whom it is laid on
        # follow the speaker
        k = next((t for t in range(j + 1, k) if ar_stem(f[t]).startswith(_AR_RESP)), k)
    if fr.cue.entry.audience:
        # "وأبلغ مسؤول محلي وكالة الأنباء بأن": the audience (an outlet) follows the speaker
        k = next((t for t in range(j + 1, k) if ar_stem(f[t]) in _AR_OUTLETS or (f[t].startswith("ل") and ar_stem(f[t][1:]) in _AR_OUTLETS)), k)
    si, is_stmt = _ar_statement(doc, j, k)
    j1 = si + 1 if si < k and doc.raw[si] in ("،", ",") else si
    if not is_stmt and j1 > si and j1 + 1 < k and f[j1] in _AR_ASIDE_CHANNEL:
        # «وقالت، في بيان، وزارة الداخلية إن»، «وذكر، في تصريح لـ«الجزيرة نت»، مدير الدفاع المدني أن»:
        # an aside between commas right after the verb, then the subject (a speaker head noun)
        c = _ar_aside_close(doc, j1 + 1, k)
        if c > 0 and c + 1 < k and _ar_head_word(f[c + 1]) and not ar_time_at(f, c + 1, k):
            men = _trimmed_ar(doc, c + 1, k)
            if men is not None:
                fr.mention = men
                return
    if not is_stmt and j1 < k and ((f[j1] in _AR_ASIDE_START and not ar_ali(doc, j1)) or f[j1] in ("عبر", "خلال", "في")) and not any(doc.raw[t] in QUOTES for t in range(j1, k)):
        fr.implied = True  # "قال على منصة إكس إن": a channel or an aside, the speaker is implied
        fr.mention = None
        return
    fr.mention = _trimmed_ar(doc, si, k)
    if is_stmt and fr.mention is not None:
        cl = _clitic_lam_start(doc, si)
        if cl is not None:
            fr.mention.start = cl
    if fr.mention is None:
        fr.implied = True


_AR_AUDIENCE_PRONOUNS = frozenset(fwords("لي لنا له لها لهم لهن لك لكم"))
# «ما يسمى»، «ما يعرف بـ»، «ما تسمى»: "the so-called", before a speaker's name
_AR_SO_CALLED = frozenset(fwords("يسمى تسمى يسمي تسمي يعرف تعرف يطلق بات"))


def _ar_name_end(doc: Doc, i: int, j: int) -> int:
    """The token end of a registered name starting at i (within j), else -1."""
    from newsclaims.extract.registry import load_registry

    hit = load_registry().match_prefix(doc.text[doc.starts[i] : doc.ends[j - 1]])
    if hit is None:
        return -1
    end = doc.starts[i] + hit[1]
    return next((t + 1 for t in range(i, j) if doc.ends[t] >= end - 1), -1)


def _ar_whole_name(doc: Doc, i: int, j: int) -> bool:
    """Is [i, j) exactly one registered name («الدعم السريع»)?"""
    from newsclaims.extract.registry import load_registry

    phrase = doc.text[doc.starts[i] : doc.ends[j - 1]]
    hit = load_registry().match_prefix(phrase)
    return hit is not None and hit[1] >= len(phrase) - 1


def _trimmed_ar(doc: Doc, i: int, j: int) -> Mention | None:
    if i < j and doc.raw[i] in _OPEN_OR_STRAIGHT:
        close = _close_quote(doc, i, j)
        if i + 1 < close < j - 1 and all(_word(doc.raw[t]) and doc.folded[t].startswith("ال") for t in range(close + 1, j)):
            j = close  # «الوكالة الوطنية للإعلام» الرسمية: the quoted name without its adjective
    while i < j and (doc.raw[i] in _PUNCT or ar_time_at(doc.folded, i, j)):
        i += 1  # a time phrase before the subject ("أكد الشهر الماضي ...") is never a speaker
    while j > i and doc.raw[j - 1] in _PUNCT:
        if doc.raw[j - 1] in QUOTES and any(doc.raw[t] in QUOTES for t in range(i, j - 1)):
            break  # keep a quoted name whole: موقع "المدن"
        j -= 1
    if j <= i:
        return None
    _, text_end, name_end = trim_ar_stretch(doc, i, j)
    return _mention(doc, i, text_end, name_end)


_AR_POSSESSIVE = ("هما", "هم", "ها", "ه")
_AR_CLAIM_NOUNS = frozenset(fwords("زعم ادعاء ادعائ مزاعم"))


def _ar_own_statement(w: str) -> bool:
    """«تقييمها»، «تقديراته»، «روايتهم»، «بيانها»: a statement noun with a possessive pronoun."""
    if w[-1:] not in ("ه", "م", "ا"):
        return False
    for suf in _AR_POSSESSIVE:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            stmt = nouns("ar").statement
            # («وفق زعمه»، «حسب ادعائها»: its own claim)
            return ar_stem(base) in stmt or (base.endswith("ت") and ar_stem(base[:-1] + "ه") in stmt) or base in _AR_CLAIM_NOUNS
    return False


def _ar_relayed_tail(doc: Doc, fr: Frame, nxt: Frame, bd: int, b: int, end: int) -> int:
    """«وأضاف المصدر أن ...، فيما تحفظت الأجهزة الأمنية على ثلاثة، بحسب شهود من أهالي القرية.»: a
    relay that closes the sentence names another speaker for the «فيما/بينما/في حين» clause
    before it; the verb's content ends before that clause (else `end`)."""
    f, raw = doc.folded, doc.raw
    men, own = nxt.mention, fr.mention
    if men is None or nxt.cue.entry.lemma not in ("بحسب", "وفقا ل"):
        return end
    t = nxt.region[1]
    while t < b and t < nxt.region[1] + 6 and _word(raw[t]):
        t += 1  # («بحسب شهود من أهالي القرية»: the speaker phrase may run past the region)
    while t < b and raw[t] in ("،", ",", ".", "؟", "!"):
        t += 1
    if t < b:
        return end  # only a relay that ends the sentence
    if f[men.i] in ("المصدر", "المصادر") or (men.j < len(f) and f[men.j] in _AR_SAME) or (own is not None and f[own.i] == f[men.i]):
        return end  # «، بحسب المصدر ذاته»: the same speaker goes on
    for x in range(bd - 1, fr.anchor + 1, -1):
        if raw[x - 1] in ("،", ",") and (f[x] in ("فيما", "بينما") or (f[x] == "في" and x + 1 < bd and f[x + 1] == "حين") or (
                # «...، وهو ما يعني تشريد نحو عشرين عائلة، وفق ما قال أحد مسعفيه»
                (f[x] in ("وهو", "وهي") and x + 1 < bd and f[x + 1] == "ما") or (f[x] == "ما" and x + 1 < bd and f[x + 1] == "يعني"))):
            return x - 1
    return end


def _ar_marker_past_beneficiary(f: list[str], t: int, w: str, words: tuple[str, ...]) -> bool:
    """«لم يتسن لرويترز التحقق»، «تعذر للمراسل التحقق»: the marker's words with,
    after its verb (its first one or two words), the one the check was not possible for («ل» + a name)."""
    for p in (1, 2):
        k = t + p
        if p < len(words) and k < len(f) and f[k] != words[p] and f[k].startswith("ل") \
                and (w, *f[t + 1 : k]) == words[:p] and tuple(f[k + 1 : k + 1 + len(words) - p]) == words[p:]:
            return True
    return False


_AR_JOINT = frozenset(fwords("مشترك مشتركة المشترك المشتركة"))


def _ar_joint_subject_end(doc: Doc, ne: int, b: int, registry: Registry) -> tuple[int, int]:
    """An object verb's subject ending at ne, then «و» + another speaker's name (a head noun or a
    registered name), then the object (after adjuncts such as «في بيان مشترك»): the joint phrase is
    the subject (session-9 decision: one claim, the joint phrase its speaker). Returns the new end
    and the object's start, or (ne, -1) when the coordination is no second speaker."""
    f, raw = doc.folded, doc.raw
    ne0 = ne
    while ne + 1 < b and ne - ne0 < 2 and f[ne][:3] == "وال" and not _ar_head_word(f[ne][1:]) and f[ne + 1][:1] == "و":
        ne += 1  # «جهاز الإسعاف والطوارئ والهلال ...»: the first name's coordinated last word
    w = f[ne]
    if w[:1] != "و" or len(w) < 4 or not _word(raw[ne]):
        return ne0, -1
    rest = w[1:]
    # (a member no lexicon knows, «والحشد الشعبي», only with «مشترك» before the object)
    need_joint = not (_ar_head_word(rest) or (rest[:2] == "ال" and _ar_head_word(rest[2:])) or registry.match_prefix(
        doc.text[doc.starts[ne] + 1 : doc.ends[min(b, ne + 3) - 1]]) is not None)
    if need_joint and rest[:2] != "ال":
        return ne0, -1
    e = ne + 1
    while e < b and e - ne < 8 and _word(raw[e]) and (f[e][:2] == "ال" or (
            f[e][:1] == "و" and len(f[e]) > 3 and (_ar_head_word(f[e][1:]) or _ar_head_word(f[e])))):
        e += 1  # «والهلال الأحمر الليبي»، «ووزارة الدفاع»: the member's genitive and adjectives, or a third member
    t = e
    for _ in range(4):
        t0 = t
        while t < b and (raw[t] in ("،", ",") or f[t] in _AR_JOINT or ar_time_at(f, t, b)):
            t += 1  # «، في بيان مشترك،»، «مساء الأحد»
        t = _ar_skip_adjuncts(doc, t, b)
        if t == t0:
            break
    if t >= b or ar_stem(f[t]) not in nouns("ar").object_heads or (need_joint and _AR_JOINT.isdisjoint(f[e:t])):
        return ne0, -1
    return e, t


def _ar_ownerless_label(doc: Doc, qa: int, qp: int, registry: Registry) -> bool:
    """«حصيلة أسبوعية»، «الحصيلة الرسمية»، «بالأرقام»: a document noun before a headline's colon
    with only generic adjectives after it (no owner: not «حصيلة الصحة»، «بيان الجيش»، «تقرير أممي»)."""
    f = doc.folded
    return qp - qa <= 3 and all(
        f[t] in _AR_GENERIC_STMT_ADJ or (f[t][:2] == "ال" and f[t][2:] in _AR_GENERIC_STMT_ADJ) for t in range(qa + 1, qp)
    ) and (qp - qa == 1 or registry.match_prefix(doc.text[doc.starts[qa] : doc.ends[qp - 1]]) is None)


def _ar_relay_colon(doc: Doc, a: int, b: int, registry: Registry) -> Frame | None:
    """A headline or live-blog line «OUTLET عن SPEAKER: content» («وكالة «فارس» عن مصدر أمني:
    ...»، «سانا عن مصدر عسكري: ...»): the speaker after «عن», the outlet its relay."""
    raw, f = doc.raw, doc.folded
    t = next((x for x in range(a + 1, min(b - 3, a + 6)) if f[x] == "عن"), -1)
    if t < 0 or ":" in raw[a:t]:
        return None
    p = next((x for x in range(t + 2, min(b - 2, t + 9)) if raw[x] == ":"), -1)
    if p < 0 or sum(1 for x in range(p + 1, b) if _word(raw[x])) < 2:
        return None
    if any(not _word(raw[x]) for x in range(t + 1, p)):
        return None
    text = doc.text
    if not (ar_stem(f[t + 1]) in _heads_ar() or registry.match_prefix(text[doc.starts[t + 1] : doc.ends[p - 1]]) is not None):
        return None
    # the outlet: a registered agency or medium, or an outlet noun with its (quoted) name
    oa, ob = a, t
    while oa < ob and not _word(raw[oa]):
        oa += 1
    while ob > oa and not _word(raw[ob - 1]):
        ob -= 1
    if ob <= oa:
        return None
    hit = registry.match_prefix(text[doc.starts[oa] : doc.ends[ob - 1]])
    if not (ar_stem(f[oa]) in _AR_OUTLETS or (hit is not None and hit[0].kind in ("agency", "media"))):
        return None
    fr = Frame(Cue(_COLON_CUE, p, p + 1, doc.starts[p], doc.ends[p]), "ar.headline_relay", (a, p + 1), "after", p + 1)
    fr.mention = _mention(doc, t + 1, p)
    fr.via_mention = _mention(doc, oa, ob)
    return fr


_AR_WAS = frozenset(fwords("كان كانت كانوا"))
_AR_WAS_ANY = frozenset(fwords("كان كانت كانوا وكان وكانت وكانوا"))
_AR_IN_IT = frozenset(fwords("فيه فيها فيهم"))
_AR_AMOUNT_NOUNS = frozenset(fwords("عدد حجم تكلفة تكلفه كلفة كلفه قيمة قيمه خسائر"))  # «وتقدر تكلفة الحوادث بأكثر من ...»
# (session 16) with a pronoun, and quantities: «كمية من المخدرات تُقدر قيمتها بنحو 12 مليون جنيه»
_AR_AMOUNT_NOUNS = _AR_AMOUNT_NOUNS | frozenset(ar_stem(w) for w in fwords(
    "قيمتها قيمته قيمتهما عددها عدده عددهم حجمها حجمه تكلفتها تكلفته كلفتها كلفته خسائرها خسائره "
    "كمية كميه كميتها كميته كميات مساحة مساحتها مساحته وزن وزنها وزنه"))
_AR_SUBJUNCTIVE = frozenset(fwords("يكون تكون يكونوا يرتفع ترتفع يتجاوز تتجاوز يصل تصل يزيد تزيد يتم"))
_AR_BOUND_WORDS = frozenset(fwords("نحو حوالي حوالى قرابة زهاء أكثر أقل ما يقارب"))
_AR_BEFORE_AFTER = frozenset(fwords("قبل بعد"))
_AR_ALL = frozenset(fwords("جميع كل كافة مختلف"))  # «دعت جميع الأطراف»: a quantified addressee
_AR_ANON_NAMES = frozenset(fwords("اسمه اسمها اسمهم اسمهما هويته هويتها هويتهم هويتهما"))
_AR_YEAR_WORDS = frozenset(fwords("عام العام سنة السنة"))
_AR_BUT = frozenset(fwords("غير إلا الا بيد"))
# an indefinite verbal noun of a derived form after ب («بارتقاء»، «باستقبال»، «بانهيار»: افتعال،
# استفعال، انفعال، إفعال): the complement of «أفاد X بـ...», never a speaker phrase
_AR_DERIVED_MASDAR = re.compile(r"ا(?:ست)?\w{2,3}ا\w$")


_AR_DATING = frozenset(fwords("تعود يعود ترجع يرجع"))


# «بحسب المعلومات الأولية»، «وفق المعطيات المتوفرة»، «حسب الأرقام الرسمية»: hedges with no owner
_AR_HEDGE_NOUNS = _AR_FINDING_NOUNS | frozenset(ar_stem(w) for w in fwords("المعطيات البيانات الأرقام الإحصاءات الإحصائيات"))


# warnings issued («أصدر تنبيهاً/تحذيراً/إنذاراً»): folded, without the article or the tanween alef
_AR_BLAMED_ACTS = frozenset(fwords("القصف الهجوم الحادث الحريق الانفجار الهجمات الغارة الغارات الاغتيال المجزرة"))
_AR_IN_TURN = frozenset(fwords("بدوره بدورها بدورهم وبدوره وبدورها وبدورهم"))
_AR_WARNING_NOUNS = frozenset(fwords("تنبيه تحذير إنذار تنبيهات تحذيرات إنذارات"))
# «انتقدت فعاليات جمعوية ما وصفته بـ«التأخر»»، «ندد الحزب بما اعتبره "تضييقاً"»، «حذرت مما وصفته بـ»
_AR_WHAT = frozenset(fwords("ما بما مما عما"))
_AR_CRITIC_VERBS = frozenset(fwords(
    "انتقد انتقدت انتقدوا ينتقد تنتقد استنكر استنكرت استنكروا يستنكر تستنكر ندد نددت نددوا يندد تندد "
    "أدان أدانت أدانوا يدين تدين شجب شجبت شجبوا رفض رفضت رفضوا يرفض ترفض حذر حذرت حذروا يحذر تحذر "
    "اشتكى اشتكت اشتكوا يشتكي تشتكي استغرب استغربت استغربوا احتج احتجت احتجوا يحتج تحتج"))


_AR_CONTRAST_TAIL = frozenset(fwords("غير لكن ولكن إلا الا"))


_AR_ONE_OF_ELATIVE = frozenset(fwords("أحد إحدى احد احدى من ومن"))
_AR_THAT_WORDS = frozenset(fwords("أن ان بأن بان أنه انه أنها انها"))


def _ar_warning_at(f: list[str], j: int, b: int) -> int:
    """The warning noun («تنبيهاً»، «التحذير») within 10 words after «أصدر», or -1."""
    t = next((t for t in range(j, min(b, j + 10)) if f[t].removeprefix("ال").removesuffix("ا") in _AR_WARNING_NOUNS), -1)
    return t if 0 <= t < b - 1 else -1


def _ar_blamed_act_at(f: list[str], j: int, b: int) -> int:
    """The attack noun after «نسب» (within 9 words) with «إلى» right after it, or -1."""
    t = next((t for t in range(j, min(b, j + 9)) if f[t] in _AR_ATTACK_OBJECTS or f[t] in _AR_BLAMED_ACTS), -1)
    return t if t >= 0 and any(f[x] in ("الى", "الي") for x in range(t + 1, min(b, t + 4))) else -1


def _ar_contrast_after(doc: Doc, lo: int, i: int) -> int:
    """The token after the last «، غير أن»/«، إلا أن»/«، لكن» in (lo, i), or -1."""
    f, raw = doc.folded, doc.raw
    for t in range(i - 1, lo + 1, -1):
        if f[t] in ("ان", "أن") and f[t - 1] in ("غير", "الا", "إلا") and t - 2 > lo and raw[t - 2] in ("،", ","):
            return t + 1
        if f[t] in ("لكن", "ولكن") and raw[t - 1] in ("،", ","):
            return t + 1
    return -1


def _ar_gapped_speaker(doc: Doc, k: int, b: int, registry: Registry) -> Mention | None:
    """In «... عن 40 ألف مشارك والسلطات عن 6 آلاف»: the «و» + speaker noun phrase right before a
    second «عن» (the verb gapped), as a mention without its «و»; else None."""
    f, raw = doc.folded, doc.raw
    for t in range(k, min(b, k + 12)):
        if not _word(raw[t]):
            return None
        w = f[t]
        if w[:1] != "و" or len(w) < 4 or not (_ar_head_word(w[1:]) or registry.match_prefix(doc.text[doc.starts[t] + 1 : doc.ends[min(b, t + 3) - 1]]) is not None):
            continue
        u = next((x for x in range(t + 1, min(b, t + 5)) if f[x] == "عن" or not _word(raw[x])), -1)
        if u > t and f[u] == "عن" and u + 1 < b and (is_number(f[u + 1]) or f[u + 1] in _AR_COUNT_WORDS or f[u + 1] in _AR_BOUND_WORDS):
            return _mention(doc, t, u, start=doc.starts[t] + 1)
        return None
    return None


def _ar_criticised_as(ctx: _Ctx, c: Cue, p: int, registry: Registry) -> Frame | None:
    """«انتقدت فعاليات جمعوية بحي X ما وصفته بـ«التأخر في التدخل»»: the description after «بـ» is
    the claim of the one who criticised (the subject of a criticism verb shortly before «ما»)."""
    doc, a = ctx.doc, ctx.a
    f = doc.folded
    for t in range(p - 1, max(a, p - 10) - 1, -1):
        w = f[t]
        if w in _AR_CRITIC_VERBS or (w[:1] in ("و", "ف") and w[1:] in _AR_CRITIC_VERBS):
            break
        if not _word(doc.raw[t]):
            return None
    else:
        return None
    men = None
    if t + 1 < p:
        ne = min(ar_np_right(doc, t + 1, p), p)
        if ne > t + 1 and _ar_speaker_at(doc, t + 1, ne, registry):
            _, text_end, name_end = trim_ar_stretch(doc, t + 1, ne)
            men = _mention(doc, t + 1, text_end, name_end)
    if men is None:
        men = _ar_left_speaker(ctx, t, registry)
    if men is None:
        return None
    fr = Frame(c, "ar.criticised_as", (min(t, men.i), c.j), "after", c.j)
    fr.mention = men
    return fr


def _ar_bare_finding(doc: Doc, i: int, b: int) -> bool:
    """A definite finding noun at i («المعلومات»، «التحقيقات»، «المعطيات») with only generic
    adjectives after it («الأولية»، «المتوفرة») and no owner: not a genitive, a relative clause or a
    lam owner («المعلومات التي جمعها المرصد»، «التحقيقات الأولية للشرطة»)."""
    f, raw = doc.folded, doc.raw
    k = i + 1
    while k < b and f[k][:2] == "ال" and f[k][2:] in _AR_GENERIC_STMT_ADJ:
        k += 1
    # (after a definite noun no genitive follows: an owner comes only with a lam, a relative
    # clause, «من»/«لدى», or a definite participle such as «الصادرة»/«الواردة»)
    return k >= b or not _word(raw[k]) or not (f[k][:1] == "ل" or f[k][:2] == "ال" or f[k] in _AR_REL_PERSONAL or f[k] in ("من", "عند"))


def _ar_ownerless(doc: Doc, i: int, b: int) -> bool:
    """After a statement noun at i and its adjectives: a time phrase, a year or «تعود إلى» (not an
    owner): «تقديرات عام 2022»، «تقديرات تعود إلى عام 2020»، «بيانات جمعها ...»."""
    f, raw = doc.folded, doc.raw
    k = i + 1
    while k < b and _word(raw[k]) and not f[k].startswith("ل") and (f[k].endswith(("ي", "يه")) or f[k] in _AR_GENERIC_STMT_ADJ) \
            and not _ar_head_word(f[k]):
        k += 1
    if k >= b or not _word(raw[k]):
        return False
    if f[k] == "غير" and k + 1 < b and (f[k + 1] in _AR_GENERIC_STMT_ADJ or f[k + 1].endswith(("يه", "ي"))) and (k + 2 >= b or not _word(raw[k + 2])):
        return True  # «وبحسب إحصاءات غير رسمية، فإن ...»: unofficial, nobody's
    return _ar_not_owner(f, k, b)


def _ar_not_owner(f: list[str], k: int, b: int) -> bool:
    """The word at k after a statement noun names no owner: a time phrase, a year, «تعود إلى»، or
    a verb with its object pronoun («شهادات جمعها»، «أرقام أعدها»)."""
    w = f[k]
    return ar_time_at(f, k, b) or (w in _AR_YEAR_WORDS and k + 1 < b and is_number(f[k + 1])) or w in _AR_DATING or (
        w.endswith("ها") and 4 <= len(w) <= 6 and not w.startswith(("ال", "ل")) and not _ar_head_word(w)  # «جمعها»، «أعدها»
        and not (k + 1 < b and (f[k + 1].startswith("ال") or _ar_head_word(f[k + 1])))  # (not «نشرتها هيئة الإسعاف»: its subject follows)
    )


_AR_GROUP_PLURALS = frozenset(fwords("شهود سكان أهالي مصادر نشطاء ناشطون ناجون مسعفون أطباء عمال"))
_AR_IN_NAMES = frozenset(fwords("ياسين حسنين بحرين فلسطين"))  # singular words in -ين


def _ar_without_conjunction(w: str, lemma: str) -> str:
    """The verb form w without a glued «و»/«ف» («وأضافت» -> «أضافت»), unless that letter is the
    lemma's own first letter («وصف»)."""
    if w[:1] in ("و", "ف") and len(w) > 3 and w[1:2] != lemma[:1]:
        return w[1:]
    return w


def _ar_masc_singular_verb(w: str, lemma: str) -> bool:
    """«قال»، «تابع»، «أضاف»، «يقول»: a third-person masculine singular verb (not «قالت»، «تقول»، «قالوا»)."""
    w = _ar_without_conjunction(w, lemma)
    if w.endswith(("ت", "وا", "ون", "ن")):
        return False
    return not (w[:1] == "ت" and lemma[:1] != "ت")


def _ar_fem_singular_verb(w: str, lemma: str) -> bool:
    """«قالت»، «وأضافت»، «تابعت»: a past third-person feminine singular verb."""
    w = _ar_without_conjunction(w, lemma)
    return w.endswith("ت") and not lemma.endswith("ت") and len(w) > 3


# person titles and nouns whose gender shows in their form (folded, without ال)
_AR_MASC_PERSONS = frozenset(fwords(
    "متحدث ناطق رئيس مدير قائد وزير مسؤول مسئول محافظ منسق ممثل مستشار نائب سفير مندوب أمين عضو ضابط "
    "محامي طبيب ناشط مراسل خبير محلل باحث مصدر شاهد مختار شيخ عميد عقيد لواء مقدم مسعف صياد ناجي"))
_AR_FEM_PERSONS = frozenset(fwords(
    "متحدثة ناطقة رئيسة مديرة وزيرة مسؤولة مسئولة منسقة ممثلة مستشارة نائبة سفيرة مندوبة أمينة عضوة "
    "محامية طبيبة ناشطة مراسلة خبيرة محللة باحثة شاهدة ناجية مسعفة"))


def _ar_speaker_gender(name: str, body: bool = False) -> str | None:
    """"m" / "f" when the first word of a folded speaker name shows its gender: a person's title
    («المتحدث»، «الوزيرة»); with `body`, also a body's head noun (a feminine «وزارة»، «الشرطة»،
    «قوات» agrees with «قالت»، a masculine «الجيش» with «قال»)."""
    first = name.split(" ", 1)[0] if name else ""
    if first.startswith("ال"):
        first = first[2:]
    if first in _AR_MASC_PERSONS:
        return "m"
    if first in _AR_FEM_PERSONS:
        return "f"
    if not body or len(first) < 3 or first.endswith(("ون", "ين", "يه")):
        return None
    if first.endswith(("ه", "ات")):
        return "f"
    return "m" if _ar_head_word(first) else None


def _ar_plural_group(name: str) -> bool:
    """A plural group speaker («الناجين»، «شهود عيان»، «مصادر طبية»، «ناشطون»)."""
    first = name.split(" ", 1)[0] if name else ""
    if first.startswith("ال"):
        first = first[2:]
    return first in _AR_GROUP_PLURALS or (len(first) > 4 and first.endswith(("ين", "ون")) and first not in _AR_IN_NAMES)


def _ar_sound_plural(name: str) -> bool:
    """A speaker named by a sound masculine plural («ناجين»، «الناشطون»، «مسعفين»): it takes a
    masculine plural verb, never «وأضافت»."""
    first = name.split(" ", 1)[0] if name else ""
    if first.startswith("ال"):
        first = first[2:]
    return len(first) > 4 and first.endswith(("ين", "ون")) and first not in _AR_IN_NAMES


def _ar_accused_then_charge(f: list[str], j: int, e: int) -> bool:
    """«(اتهمت) الجيش باستخدام ...»، «اللواء بقتل»، «الأمم المتحدة بالتقصير»: one to three words (the
    accused), then the charge with ب (not «مسؤول بالوزارة»، «متحدث باسمها»: a speaker's place)."""
    t = next((x for x in range(j + 1, min(e, j + 4)) if f[x][:1] == "ب" and len(f[x]) > 3), -1)
    if t < 0:
        # «واتهم الأجهزة الأمنية بـ"فبركة الاعترافات"»: a bare «بـ» before the quoted charge, after
        # a definite noun and its adjectives (not «واتهمت حماس إسرائيل بـ«...»»: the subject first)
        x = next((x for x in range(j + 1, min(e + 1, j + 4, len(f))) if f[x] in ("ب", "بـ")), -1)
        return x > j and all(f[t][:2] == "ال" for t in range(j, x))
    if f[t].startswith("باسم"):
        return False
    w = f[t]
    return not _ar_head_word(w[1:]) and not _ar_head_word(ar_stem(w)) and not _ar_head_word(w[3:] if w.startswith("بال") else w)


_AR_FRONT_AUDIENCE = frozenset(fwords("جريدة الجريدة مراسل مراسلنا الصحفيين الصحافيين وسائل الصحافة الإعلام"))


def _ar_front_statement_owner(doc: Doc, k: int, b: int, registry: Registry) -> bool:
    """«وفي بيان للجيش[،:]»، «وفي تصريح لمدير المستشفى،»: a statement noun at k, at most one
    adjective, then its owner with a clitic lam (a speaker noun or a registered name; not «لاحق»،
    «لها»), the lead closed by a comma or colon within a few words."""
    f, raw = doc.folded, doc.raw
    t = k + 1
    if t < b and not f[t].startswith("ل") and _word(raw[t]) and (f[t].endswith(("ي", "يه")) or f[t] in ("صحفي", "رسمي", "مشترك")):
        t += 1  # «في بيان رسمي للوزارة»
    if t >= b or not f[t].startswith("ل") or len(f[t]) < 4:
        return False
    name = f[t][1:]
    if name.startswith("ل"):
        name = "ا" + name  # «للجيش» names «الجيش»
    if ar_stem(name) in _AR_OUTLETS or name in _AR_FRONT_AUDIENCE or _ar_outlet_lam(f[t]) or _ar_lam_outlet(doc, t, registry):
        return False  # «في تصريح لجريدة X»، «لوكالة الأنباء»: the audience, not the owner
    if not (_ar_head_word(name) or registry.match_prefix(doc.text[doc.starts[t] + 1 : doc.ends[min(b, t + 3) - 1]]) is not None
            or (name.startswith("ال") and registry.match_prefix(name) is not None)):
        return False
    return any(raw[x] in ("،", ",", ":") for x in range(t + 1, min(b, t + 7)))


def _ar_gender_class(w: str) -> str:
    """The agreement class of a folded definite word by its ending: masculine plural (-ون/-ين),
    feminine (-ة, folded -ه, and -ات), or other."""
    if len(w) > 5 and w.endswith(("ون", "ين")):
        return "pl"
    if w.endswith(("ه", "ات")):
        return "f"
    return "m"


def _ar_blamed_after_subject(doc: Doc, j: int, ne: int, b: int, registry: Registry) -> int:
    """«اتهم/حمّل SUBJECT BLAMED بـ/مسؤولية ...» where the phrase j..ne runs over both: where the blamed
    one starts, or -1. Two word shapes end a subject: an indefinite sound plural or nisba
    («ناشطون الميليشيا»، «مصادر محلية القوات»: a noun with its nun or an indefinite adjective is no
    construct head), and a one-word definite subject followed by a definite word that cannot be its
    adjective («الوزارة المتمردين»، «الناشطون الميليشيات»، «الجيش المتمردين»: no agreement)."""
    f = doc.folded
    # the subject: a speaker noun, or a nominative masculine plural («المتظاهرون»، «حقوقيون»; an -ين
    # plural right after the verb is its object: «واتهم المسلحين الأكراد ...»)
    if not (_ar_head_word(f[j]) or (len(f[j]) > 5 and f[j].endswith("ون"))) or (len(f[j]) > 5 and f[j].endswith("ين")) \
            or registry.match_prefix(doc.text[doc.starts[j] : doc.ends[min(ne, j + 3) - 1]]) is not None:
        return -1
    if not any(f[t][:1] == "ب" and len(f[t]) > 3 and not f[t].startswith("باسم") or ar_stem(f[t]).startswith(_AR_RESP)
               for t in range(j + 1, min(b, ne + 4))):
        return -1  # the charge («بقتل») or the blame («مسؤولية») must follow
    if not f[j].startswith("ال"):
        for k in range(j + 1, min(ne, j + 4)):
            w = f[k - 1]
            if w.startswith("ال") or not _word(doc.raw[k - 1]):
                return -1
            if f[k].startswith("ال") and ((len(w) > 4 and w.endswith(("ون", "ين"))) or _nisba(w)):
                return k
        return -1
    w2 = f[j + 1]
    if not w2.startswith("ال") or _nisba(w2) or w2.endswith("يه"):
        return -1
    c1, c2 = _ar_gender_class(f[j]), _ar_gender_class(w2)
    if c1 == c2 or (c1 != "pl" and c2 != "pl" and not _ar_head_word(w2)):
        # («القوات المسلحة»، «الحكومة المؤقتة»، «المصادر المطلعة»: adjectives agree; «المفوضية
        # العليا»: an elative; only a plural or a speaker noun of another class is the blamed one)
        return -1
    return j + 1


def _ar_accused_split(doc: Doc, j: int, stop: int, registry: Registry) -> int:
    """«اتهم X Y بـ...» with the charge before stop: where the accused Y starts (the first charge
    word from j + 2 on, then _ar_accused_start up to it), or -1 when there is no charge or no split."""
    f = doc.folded
    ch = next((t for t in range(j + 2, stop) if _ar_accused_then_charge(f, t - 1, t + 1)), -1)
    if ch < 0:
        return -1
    acc = _ar_accused_start(doc, j, ch, registry)
    return acc if acc < ch else -1


def _ar_accused_start(doc: Doc, j: int, ne: int, registry: Registry) -> int:
    """Where the accused starts inside a phrase j..ne that runs up to the charge («اتهم X Y بـ...»),
    or ne when no split is found. X keeps a registered name whole; the accused is the first definite
    non-adjective word right after a definite word («... الاقتصادية والاجتماعية السلطات»: a definite
    noun cannot be the genitive of a definite word), or a head noun there («الحكومة قوات الأمن»), or a
    bare proper name after a definite word («الجيش الإسرائيلي حماس»)."""
    f = doc.folded
    lo = j + 1
    hit = registry.match_prefix(doc.text[doc.starts[j] : doc.ends[ne - 1]])
    if hit is not None:
        end_char = doc.starts[j] + hit[1]
        while lo < ne and doc.starts[lo] < end_char:
            lo += 1
        if lo >= ne:
            return ne
        if lo > j + 1:
            return lo  # the registered name, then the accused

    def definite(w: str) -> bool:
        return w.startswith(("ال", "وال", "لل"))

    for k in range(max(lo, j + 1, ne - 3), ne):  # the accused is short: at most three words
        if not definite(f[k - 1]) or f[k].startswith("و"):
            continue
        if _ar_head_word(f[k]) or (k - 1 > j and f[k].startswith("ال") and not _nisba(f[k]) and not _nisba(f[k][2:])):
            return k  # (not right after a one-word subject: «الاتحاد العام»، «الهلال الأحمر» are one name)
    if ne - j >= 3 and definite(f[ne - 2]) and not definite(f[ne - 1]) and not f[ne - 1].startswith(("ل", "و", "ب")):
        return ne - 1
    return ne


def _ar_relative_antecedent(doc: Doc, a: int, p: int, registry: Registry) -> Mention | None:
    """«... من قوات الدعم السريع، التي ...»: the speaker noun phrase that ends at the comma before
    the relative pronoun at p (a head noun or a registered name, at most 8 words back)."""
    f, raw = doc.folded, doc.raw
    e = p - 1  # the comma
    if e - 1 < a:
        return None
    if raw[e] not in ("،", ","):
        if not _word(raw[e]):
            return None  # (not «... لـ«المصدر أونلاين» الذين قالوا»: a quoted audience)
        e = p  # «لمنظمة العفو التي قالت إن ...»: no comma, the phrase ends at the pronoun
    if raw[e - 1] in _CLOSE_OR_STRAIGHT:
        q = next((t for t in range(e - 2, max(a, e - 9) - 1, -1) if raw[t] in QUOTES), -1)
        if q < a or raw[q] not in _OPEN_OR_STRAIGHT or q + 1 >= e - 1:
            return None
        ls = q - 1 if q - 1 >= a and f[q - 1] in _AR_NAMING_HEADS else q + 1
        return _mention(doc, ls, e - 1 if ls == q + 1 else e)
    ls = e
    while ls > a and e - ls < 8 and _word(raw[ls - 1]) and not is_number(f[ls - 1]) and f[ls - 1] not in AR_STOP \
            and f[ls - 1] not in _AR_NOT_SPEAKER and f[ls - 1] not in _AR_REL_PERSONAL:
        ls -= 1
    # the phrase's first word is its head: a speaker noun or a registered name
    if ls < e and (_ar_head_word(f[ls]) or registry.match_prefix(doc.text[doc.starts[ls] : doc.ends[e - 1]]) is not None):
        si, is_stmt = _ar_statement(doc, ls, e)
        if is_stmt and ls < si < e:
            # «تقرير لمنظمة X التي قالت إن ...»: the statement's owner is the antecedent
            _, text_end, name_end = trim_ar_stretch(doc, si, e)
            strip = 1 if _lam_clitic(f[si]) else 0
            return _mention(doc, si, text_end, name_end, start=doc.starts[si] + strip)
        _, text_end, name_end = trim_ar_stretch(doc, ls, e)
        return _mention(doc, ls, text_end, name_end)
    # «التقى الوزير بممثلي منظمة الصحة العالمية، التي قالت إن»، «مقر الهلال الأحمر، الذي أعلن»:
    # a speaker noun phrase or a registered name closing the phrase after words that name no speaker
    found = next((t for t in range(ls + 1, e) if (hit := registry.match_prefix(doc.text[doc.starts[t] : doc.ends[e - 1]])) is not None
                  and doc.starts[t] + hit[1] >= doc.ends[e - 1] - 1), -1)
    if found < 0:
        found = next((t for t in range(ls + 1, e) if _ar_head_word(f[t]) and f[t].startswith("ال") and ar_np_right(doc, t, e) == e
                      and not any(f[x][:1] == "ب" for x in range(t + 1, e))), -1)
    if found > 0:
        _, text_end, name_end = trim_ar_stretch(doc, found, e)
        return _mention(doc, found, text_end, name_end)
    return None


def _ar_speaker_surname(doc: Doc, q: int, before: int) -> bool:
    """Does the word at q end a name earlier in the text, right before a speech verb?"""
    f = doc.folded
    single = lexicon("ar").single
    w = f[q]
    for t in range(before - 1):
        if f[t] == w and t > 0 and _word(doc.raw[t - 1]):
            v = f[t + 1]
            e = single.get(v) or (single.get(v[1:]) if v[:1] in ("و", "ف") else None)
            if e is not None and e.kind == "verb":
                return True
    return False


def _ar_titled_surname(doc: Doc, q: int, after: int) -> bool:
    """Does the word at q end a titled name later in the text («العميد يحيى سريع،»)?"""
    f, raw = doc.folded, doc.raw
    w = f[q]
    for t in range(after + 2, len(f) - 1):
        if f[t] == w and (raw[t + 1] in ("،", ",") or f[t + 1] in _AR_SAID_NEXT) and any(f[x] in _AR_TITLES for x in range(t - 3, t - 1)):
            return True
        if f[t] == w and (f[t + 1] in _AR_SAID_NEXT or f[t + 1] in ("في", "عبر", "خلال")) and any(
                (f[x] in _AR_TITLES or _ar_head_word(f[x])) and f[x - 1] in _AR_SAID_BEFORE
                and all(_word(raw[y]) and not f[y].startswith(("ال", "لل", "بال")) and f[y] not in AR_STOP for y in range(x + 2, t + 1))
                for x in range(max(1, t - 4), t - 1)):
            # (the name's own words, not «قال جيش أراكان المتمرد في ميانمار»: a place after the speaker)
            return True  # «زيلينسكي: ...» then «قال الرئيس الأوكراني فولوديمير زيلينسكي في خطابه إن»
    return False


# publishing verbs whose subject then speaks about what it published («نشرت صوراً قالت إنها»)
_AR_PUBLISH_VERBS = frozenset(fwords("نشر نشرت أصدر أصدرت بث بثت وزع وزعت عرض عرضت"))
_AR_SAID_NEXT = frozenset(fwords("قال أعلن أكد إن أن"))
_AR_SAID_BEFORE = frozenset(fwords("قال وقال أعلن وأعلن أكد وأكد أوضح وأوضح كتب وكتب"))


def _ar_named_in_text(doc: Doc, qa: int, qp: int) -> bool:
    """Does the quoted name [qa, qp) occur elsewhere in the text in quotes after a class noun
    («مجموعة "محامو الطوارئ"»)? The whole quoted name: «دير الزور: ...» is a place even when
    the text cites «شبكة «دير الزور 24»»."""
    text = doc.text
    name = text[doc.starts[qa] : doc.ends[qp - 1]]
    at = text.find(name, doc.ends[qp - 1])
    while at > 0:
        lead = text[max(0, at - 16) : at].rstrip()
        if lead[-1:] in "«\"“" and text[at + len(name) : at + len(name) + 1] in "»\"”" and fwords(lead[:-1].split()[-1] if lead[:-1].split() else "")[:1] and fwords(lead[:-1].split()[-1])[0] in _AR_NAMING_HEADS:
            return True
        if qp - qa == 1 and lead.split() and ar_stem(fwords(lead.split()[-1])[0]) in _heads_ar() and not text[at + len(name) : at + len(name) + 1].isalpha():
            return True  # «الإطفاء»: ... then «أعلنت قوة الإطفاء العام»: the distinctive word of a body's name
        at = text.find(name, at + len(name))
    return False
