"""Turn attribution cues into claims: who (speaker), what (content span), how (cue, quote).

Each cue is read by one rule, named in ClaimMention.rule as "<lang>.<rule>:<cue lemma>":
  ar.cue_subject_content    وأفادت وزارة الدفاع بأن ...      (verb, speaker, introducer, content)
  ar.cue_content            وأضاف أن ...                      (implied speaker: coreference)
  ar.subject_cue_content    مصدر ... قد أفاد: أن ...
  ar.cue_subject_object     أعلن الجيش مقتل ...               (object-taking verbs)
  ar.subject_cue_object     غير أن مصادر موالية نفت تدمير ...
  ar.content_cue_subject    «...»، قال المصدر.
  ar.prep_subject           ... بحسب بيان من الحركة / وبحسب المرصد، ...
  ar.prep_subject_content   وجاء على لسان X أن ... / حسبما أفاد X، فإن ...
  ar.participle             ...، مؤكداً أن ...                 (speaker of the sentence's claim)
  en.subject_cue_content    The ministry said 60 were killed.
  en.content_subject_cue    60 were killed, the ministry said.
  en.content_cue_subject    60 were killed, said the ministry.
  en.relative_cue_content   ... by the army command, which said it had lost 40 soldiers.
  en.coordinated_cue        ... said 9 had died, and accused the rebels of ...
  en.prep_subject           According to the Observatory, ... / ..., according to X.
  en.relay_quoted           RT quoted the ministry as saying ...
  en.participle             ..., adding that ...
  <lang>.quote_continuation “...,” he said. “...”  (the next quoted sentence, same speaker)
Relays ("according to AFP" after a verb, "citing X", "نقلت وكالة X عن Y", "X said A, Y reported")
keep the original speaker as source and the relaying outlet as via.
The Arabic frames (`_ar_frames`, the Arabic speaker finders and their word sets) are in
claims_ar.py; `Frame`, `_Ctx` and the helpers both languages use are in claims_frame.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace as _replace
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from newsclaims.extract.cues import _EN_POSTED_WORDS, Cue, CueEntry, find_cues, lexicon
from newsclaims.extract.lexicon import fwords, load
from newsclaims.extract.model import ClaimMention, SourceRef
from newsclaims.extract.registry import Registry
from newsclaims.extract.sentences import (
    BULLETS,
    CLAUSE_MARKS,
    CLOSE_QUOTES,
    MONTH_ABBREVS,
    OPEN_QUOTES,
    QUOTES,
    STRAIGHT_QUOTES,
    Doc,
    cell_bounded,
    token_hits,
)
from newsclaims.extract.registry import norm_name
from newsclaims.extract.sources import (
    kind_lasts,
    prefix_acronym,
    POSS_ROLE_ANY_EN,
    EN_DETERMINERS,
    EN_STOP,
    Mention,
    Resolver,
    short_bodies,
    unify_speakers,
    ar_stem,
    en_np_right,
    is_number,
    kind_of,
    nouns,
    trim_en_stretch,
    _en_key,
)

# The shared frame pieces (claims_frame.py) and the Arabic frames (claims_ar.py): see their docstrings.
from newsclaims.extract.claims_frame import (
    _PUNCT,
    _OPEN_OR_STRAIGHT,
    _CLOSE_OR_STRAIGHT,
    _AR_BOUNDARY_WORDS,
    Frame,
    _Ctx,
    _word,
    _mention,
    _close_quote,
    _prep_direction,
    _nested_rel_frame,
    _EN_NESTED_REL,
    _en_tail_clause,
    _DASHES,
    _skip_dateline,
    _COLON_CUE,
    _before_spaces,
)
from newsclaims.extract.claims_ar import (
    _ar_feminine,
    _ar_masc_plural,
    _AR_DEMONSTRATIVES,
    _ar_state_name,
    _AR_BUT_IT,
    _AR_AS_ALSO,
    _AR_TRAILING_AUX,
    _AR_TRAILING_RELAYS,
    _ar_trailing_relay,
    _AR_IDH,
    _AR_ATTACK_OBJECTS,
    _ar_account_subject,
    _ar_head_word,
    _heads_ar,
    _ar_headline_line,
    _ar_frames,
    _ar_but_it_said,
    _ar_comma_said,
    _AR_NEG,
    _ar_pluperfect,
    _ar_outlet_lam,
    _ar_lam_outlet,
    _AR_AUDIENCE,
    _ar_relayed_tail,
    _ar_marker_past_beneficiary,
    _ar_ownerless_label,
    _ar_relay_colon,
    _AR_SUBJUNCTIVE,
    _AR_CONTRAST_TAIL,
    _ar_masc_singular_verb,
    _ar_fem_singular_verb,
    _ar_speaker_gender,
    _ar_plural_group,
    _ar_sound_plural,
    _ar_speaker_surname,
    _ar_titled_surname,
    _ar_named_in_text,
)

_EN_LEAD = frozenset("and but so yet meanwhile however also while whereas though although as".split())
# "..., a claim the army denied": a stance on the previous claim, not a claim of its own
_EN_CHARGE_NOUNS = frozenset("accusation accusations allegation allegations charge charges".split())
_EN_CLAIM_NOUNS = frozenset("claim claims figure figures account allegation allegations accusation accusations report reports number toll".split())
_EN_TOLD_OBJ = frozenset(
    "reporters journalists the a an news agency conference press television tv radio local "
    "state media outlet newspaper channel "
    # audiences who are people: "survivors told rescuers the boat carried 45"
    "rescuers investigators officials police doctors medics workers volunteers staff crews crew "
    "authorities lawmakers parliament mourners villagers relatives families guards monitors".split()
)
_EN_ADJ_AFTER = frozenset(
    "on in at late early earlier later yesterday today tonight monday tuesday wednesday thursday "
    "friday saturday sunday a statement statements briefing press conference news interview "
    "told last week night morning evening afternoon this".split()
)
_EN_SAME_DAY = frozenset((d, w, n) for d in ("the", "that") for w in ("same", "following", "previous", "next")
                         for n in ("day", "morning", "evening", "night", "afternoon"))
_EN_ADJ_NOUNS = frozenset(
    "statement briefing conference interview post tweet video message telegram report press "
    "televised speech letter news joint written".split()
)
_EN_BOUNDARY_WORDS = frozenset("while whereas but and although though where".split())
_CITING = frozenset(("citing", "quoting"))
_EN_SPEECH_VERBS = frozenset("said says say told tells reported reports announced stated claimed added".split())
_EN_TITLE_NOUNS = frozenset(
    "director head chief spokesman spokeswoman spokesperson minister commander governor mayor "
    "representative coordinator adviser advisor secretary president founder manager leader "
    "deputy envoy ambassador official officer editor".split()
)
_EN_COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen dozens scores hundreds thousands".split()
)
_EN_MODALS = frozenset("can could will would shall should may might must do does did to not never".split())
_EN_TOLL_SINGULAR = frozenset("toll death casualty number figure count tally".split())
_EN_TOLL_WORDS = frozenset("toll death casualty number figure count tally tolls figures numbers counts tallies".split())  # ("updated the figures: four dead", session 16)
_EN_SMALL_NUMS = frozenset("a one two three four five six seven eight nine ten several".split())
# after ", X said," these go on with the same content ("..., the ministry said, raising the
# total killed since October to 3,287")
_EN_TAIL_GOES_ON = frozenset("with including among raising bringing taking pushing up down revising correcting updating".split())  # "up from 622"; a correction participle stays inside the claim (gold_aa README)
_EN_TAIL_PREPS = frozenset("in on by via over at during from through for with to".split())
EN_OK_LOWER_ED_WORDS = frozenset("armed united unidentified unnamed named based led backed".split())


def _at_least_words(raw: list[str], i: int, j: int, n: int) -> bool:
    for t in range(i, j):
        if raw[t] not in _PUNCT:
            n -= 1
            if n <= 0:
                return True
    return False


def _en_whole_quote(doc: Doc, a: int, b: int) -> bool:
    """The sentence is one quotation: it opens with a quote mark whose closing mark ends it."""
    raw = doc.raw
    if raw[a] not in _OPEN_OR_STRAIGHT:
        return False
    close = _close_quote(doc, a, b)
    return close > a + 2 and all(raw[t] in ".!?" for t in range(close + 1, b))


_BULLETS = frozenset(("-", "•", "*", "–", "—", "·", "▪"))


def _en_bullets_after(doc: Doc, s: int, j: int, by_sent: dict) -> int:
    """A cue whose clause ends with a colon and a bulleted list ("The organization said its
    teams had:" + "- visited 5,600 detainees;" ...): the claim runs through the bullets (up to
    one that carries a cue of its own); else j."""
    raw, sents = doc.raw, doc.sents
    end = j
    item = False  # the sentence after a numbered marker ("1." alone) is its item
    for n in range(s + 1, len(sents)):
        a2, b2 = sents[n]
        if n in by_sent:
            break
        if item:
            item = False
        elif b2 - a2 == 2 and doc.newline_before[a2] and raw[a2].isdigit() and len(raw[a2]) <= 2 and raw[a2 + 1] in ".)" \
                and n + 1 < len(sents) and not doc.newline_before[sents[n + 1][0]]:
            item = True  # "1." + "At least 60 civilians killed;": a numbered list
            continue
        elif raw[a2] not in _BULLETS or not doc.newline_before[a2]:
            break
        end = b2
        while end > a2 and not _word(raw[end - 1]):
            end -= 1
    return end


# --- English ------------------------------------------------------------------------------


# a transliterated Arabic article before a capitalised name ("al-Tahir", "el-Sayed", "as-Sadr")
_EN_NAME_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul)-[A-Z]")


def _en_cap_name(w: str) -> bool:
    """A name's word: capitalised, or an Arabic surname with its article ("al-Shamiri")."""
    return w[:1].isupper() or (w[:1] in "aeu" and _EN_NAME_ARTICLE.match(w) is not None)


# prepositions that front a phrase before a parenthetical cue ("Since the swap, he said, ...")
_EN_FRONT_PREPS = frozenset("since after before during until following despite within among besides".split())


_EN_TITLE_MODIFIERS = frozenset("acting interim deputy former outgoing incoming assistant senior caretaker".split())


def _en_np_ok(doc: Doc, i: int, j: int) -> bool:
    if j <= i or j - i > 20 or (j - i > 16 and not (doc.raw[j - 1][:1].isupper() and doc.raw[j - 2][:1].isupper() and "of" in doc.folded[i:j])):
        return False
    f, raw = doc.folded, doc.raw
    first = raw[i]
    lex = nouns("en")
    if not (
        f[i] in EN_DETERMINERS
        or f[i] in lex.pronouns
        or first[:1].isupper()
        or (first[:1] in "aeu" and _EN_NAME_ARTICLE.match(first) is not None)  # "al-Tahir Abdelrahim"
        or (f[i] in ("al", "el") and i + 1 < j and raw[i + 1][:1].isupper())  # "al Qaeda's affiliate"
        or (_en_key(f[i]),) in lex.kinds
        or any((_en_key(f[t]),) in lex.kinds for t in range(i + 1, min(j, i + 4)))  # "local NGOs"
        or any((f[t], _en_key(f[t + 1])) in lex.kinds for t in range(i, min(j - 1, i + 3)))  # "civil society"
        or _en_common_title(doc, i, j)  # "nurse Abena Mensah", "farmer John Okello"
        or (f[i] in _EN_TITLE_MODIFIERS and i + 2 < j and raw[i + 1][:1].isupper() and _en_np_ok(doc, i + 1, j))  # "acting CEO Dr X"
    ):
        return False
    for t in range(i, j):
        w = f[t]
        if w[:1].isdigit():  # (is_number)
            if t + 2 < j and raw[t + 1] == "-" and f[t + 2].startswith(("year", "month")):
                continue  # an age: "a 27-year-old marcher"
            if _en_name_number(doc, i, t, j):
                continue  # part of a name: "Rescue 1122 spokesman", "Task Force 88"
            if t == j - 2 and t - 1 > i and raw[t - 1] == "(" and raw[t + 1] == ")" and w.isdigit() and len(w) <= 3:
                continue  # an age in parentheses: "Local councillor Grace Achieng (41)"
            if w.isdigit() and len(w) <= 3 and t + 2 < j and f[t + 1] in ("st", "nd", "rd", "th"):
                continue  # an ordinal: "the army's 6th Infantry Division", "an expatriate living on the 17th floor"
            return False
        if w in _EN_NOT_IN_NP and not (
            w in ("wounded", "killed") and t > i and f[t - 1] == "the"  # "volunteers helping the wounded"
        ) and not (w == "is" and _en_upper_word(raw, t)):  # ("IS", the Islamic State group: session 14)
            return False  # (a word is never part of a name number: only digits are)
    return True


def _en_common_title(doc: Doc, i: int, j: int) -> bool:
    """One lower-case common noun before a capitalised personal name of two to four words
    ("nurse Abena Mensah", "farmer John Okello"): a title written in lower case."""
    w = doc.folded[i]
    if not 2 < j - i - 1 + 2 <= 6 or not w.isalpha() or len(w) < 3 or w in EN_STOP or w.endswith(("ed", "ing", "ly")):
        return False
    raw = doc.raw
    return j - i - 1 >= 2 and all(raw[t][:1].isupper() and raw[t][:1].isalpha() for t in range(i + 1, j)) \
        and doc.folded[i + 1] not in EN_DETERMINERS


_EN_NOT_IN_NP = frozenset(("was", "were", "is", "are", "killed", "wounded", "died", "be", "been", "that"))


_EN_NAME_NUMBER_NEXT = frozenset("spokesman spokeswoman spokesperson official officials chief head director commander "
                                 "operations operation sector".split())  # ("the army spokesman for the Sokola 1 operations")


def _en_name_number(doc: Doc, i: int, t: int, j: int) -> bool:
    """A bare number inside a name ("Rescue 1122", "Task Force 88"): after a capitalised word,
    before the phrase's end, a capitalised word or a title; never a year."""
    raw, f = doc.raw, doc.folded
    if t <= i or not raw[t].isdigit() or f[t - 1] in EN_DETERMINERS:
        return False
    if not raw[t - 1][:1].isupper() and not (raw[t - 1] == ")" and t + 1 < j and raw[t + 1][:1].isupper()):
        return False  # ("Border Guard Bangladesh (BGB) 2 Battalion commander": after the acronym)
    if 1900 <= int(raw[t]) <= 2100:
        return False
    return t + 1 >= j or raw[t + 1][:1].isupper() or f[t + 1] in _EN_NAME_NUMBER_NEXT


@lru_cache(maxsize=1)
def _en_speechy_words() -> frozenset[str]:
    """Every word the test at the end of _en_left_speaker may stop at (speech verbs, one-word
    verb cues): a cheap set check before the test itself."""
    single = lexicon("en").single
    return frozenset(_EN_SPEECH_VERBS) | frozenset(w for w, e in single.items() if e.kind == "verb")


def _en_name_before_appos(doc: Doc, a: int, ls: int) -> Mention | None:
    """The capitalised name right before ", a/an <noun> who ...": "said Karim Haddad, a farmer
    who said he ..." (the apposition describes the named person, who speaks)."""
    raw, f = doc.raw, doc.folded
    if ls - 2 <= a or raw[ls - 1] != "," or f[ls] not in ("a", "an"):
        return None
    s0 = ls - 1
    while s0 > a and ls - 1 - s0 < 5 and raw[s0 - 1][:1].isupper() and raw[s0 - 1][:1].isalpha() \
            and f[s0 - 1] not in EN_DETERMINERS:
        s0 -= 1
    if s0 >= ls - 1 or not (s0 == a or raw[s0 - 1] in CLAUSE_MARKS or f[s0 - 1] in _EN_SPEECH_VERBS):
        return None
    return _mention(doc, s0, ls - 1)


def _en_age_hyphen(doc: Doc, t: int, a: int) -> bool:
    """The hyphen of an age adjective: "52-year-old", "six-month-old"."""
    return doc.raw[t] == "-" and t > a and t + 1 < len(doc.folded) \
        and doc.folded[t + 1].startswith(("year", "month")) and doc.raw[t - 1][:1].isalnum()


def _en_upper_word(raw: list[str], t: int) -> bool:
    """An all-capital word of two or more letters ("IS said"): an acronym, not a function word;
    not inside an all-capital line ("THE ARMY IS SAID TO ...")."""
    w = raw[t]
    return len(w) > 1 and w.isupper() and not any(
        0 <= x < len(raw) and len(raw[x]) > 1 and raw[x].isupper() for x in (t - 1, t + 1, t + 2))


_EN_PAST_ADV_ENDS = frozenset("past years months weeks days".split())


_EN_LIST_FUNCTION = frozenset("the of for on and in 's ’s de des du la le heads head chiefs leaders directors".split())
_EN_LIST_NOT_FIRST = frozenset("in on at from after before during since by meanwhile however separately earlier later also "
                               "yesterday today tonight overnight elsewhere instead still but and so then thus "
                               "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                               "july august september october november december".split())


def _en_name_list_item(doc: Doc, p: int, e: int, last: bool = False) -> bool:
    """A name inside a list of speakers: one to seven words, every one capitalised or a function
    word ("the heads of UNICEF", "Hostages and Missing Persons"), ending in a capitalised word,
    not a fronted adjunct ("On Monday", "In Kharkiv")."""
    f, raw = doc.folded, doc.raw
    if not (1 <= e - p <= 7) or f[p] in _EN_LIST_NOT_FIRST or not raw[e - 1][:1].isupper():
        return False
    return all(raw[t][:1].isupper() or f[t] in _EN_LIST_FUNCTION for t in range(p, e)) and (not last or raw[p][:1].isupper() or f[p] == "the")


_EN_LEFT_MARKS = CLAUSE_MARKS | QUOTES | _DASHES  # (see _en_left_speaker)


def _en_left_speaker(ctx: _Ctx, i: int) -> Mention | None:
    doc, a = ctx.doc, ctx.a
    f, raw = doc.folded, doc.raw
    lex = lexicon("en")
    le = i
    while le > a and f[le - 1] in lex.preverb and not _en_upper_word(raw, le - 1):
        le -= 1  # (not an acronym spelt like one: "IS said" is the Islamic State group, session 14)
    if le - 4 >= a and f[le - 1] in _EN_PAST_ADV_ENDS and f[le - 3] == "in" and f[le - 2] in ("the", "recent") \
            and f[le - 4] in lex.preverb:
        # "It has in the past denied", "The army has in recent years said": a time adverbial
        # between the auxiliary and the verb is not part of the speaker (session 16, gold_be/bc)
        le -= 3
        while le > a and f[le - 1] in lex.preverb and not _en_upper_word(raw, le - 1):
            le -= 1
    le = _en_skip_aside(doc, a, le)  # "Governor X, however, put the toll at 52"
    if le - 3 > a and (raw[le - 1] in ("–", "—") or (raw[le - 1] == "-" and _spaced_dash(doc, le - 1))):
        # "Four survivors – three men and a teenage boy – told rescuers": the dashed apposition
        # (also with spaced hyphens: "Minister X - the minister in charge of ... - told")
        d = next((t for t in range(le - 2, max(a, le - 16), -1) if raw[t] == raw[le - 1]
                  and (raw[t] != "-" or _spaced_dash(doc, t))), -1)
        if d > a:
            le = d
    elif le - 5 > a and raw[le - 1] == "-" and raw[le - 2] == "-" and doc.ends[le - 2] == doc.starts[le - 1]:
        # the typewriter dash: "The district officer -- talking to The Nation -- said"
        d = next((t for t in range(le - 3, max(a, le - 14), -1) if raw[t] == "-" and raw[t - 1] == "-"
                  and doc.ends[t - 1] == doc.starts[t]), -1)
        if d - 1 > a:
            le = d - 1
    while le > a and f[le - 1] in lex.preverb and not _en_upper_word(raw, le - 1):
        le -= 1
    anon = _en_anonymous_who(doc, a, le)
    if anon is not None:
        return anon  # "where a doctor who spoke on condition of anonymity ... said"
    if le - 1 > a and raw[le - 1] == ",":
        c = le - 2
        while c > a and c > le - 28 and raw[c] not in CLAUSE_MARKS and raw[c] not in QUOTES:
            c -= 1
        if c > a and raw[c] == "," and f[c + 1 : c + 3] == ["one", "of"]:
            return _en_comma_speaker(ctx, le)  # "X, one of hundreds of groups that ..., said"
    # "the ministry in a statement on Monday said"
    # (the loop only acts at an "in"/"on": one C-level look at the seven tokens first)
    for p in range(max(a, le - 7), le) if "in" in f[max(a, le - 7):le] or "on" in f[max(a, le - 7):le] else ():
        if f[p] in ("in", "on") and p > a and all(f[t] in _EN_ADJ_AFTER or f[t] in _EN_ADJ_NOUNS or f[t] in ("its", "his", "her", "their") for t in range(p, le)) or (
                # "A report published by X on the same day said", "X on the following day said"
                f[p] == "on" and p > a and tuple(f[p + 1 : le]) in _EN_SAME_DAY):
            le = p
            break
    ls = le
    while ls > a:
        t = raw[ls - 1]
        # SPEED: a clause mark, a quote (not a scare quote) or a dash (not an age's hyphen) ends
        # the phrase; one set test tells the plain tokens, nearly all, from these
        if t in _EN_LEFT_MARKS and (t in CLAUSE_MARKS or (t in QUOTES and not _en_scare_quote(raw, ls - 1, a, le)) or (
                t in _DASHES and not _en_age_hyphen(doc, ls - 1, a))):  # "A 52-year-old teacher said"
            break
        if not (le - ls <= 16 or (le - ls <= 22 and ("who" in f[ls:le] or "whose" in f[ls:le])) or (
                # "deputy head of the Russian Center for Reconciliation of the Opposing Parties in Syria
                # Rear Admiral X told": a long body name, then the person's rank and name
                le - ls <= 20 and "of" in f[ls:le] and raw[le - 1][:1].isupper() and raw[le - 2][:1].isupper())):
            break
        if f[ls - 1] in _EN_SUBORDINATORS and not (f[ls - 1] == "as" and ls - 2 >= a and f[ls - 2] in _EN_AS_NAME):
            break
        ls -= 1
    if ls - 2 >= a and raw[ls - 1] == "," and "and" in f[ls:le] and _en_name_list_item(doc, ls, le, last=True):
        # (session 18, gold_bp, gold_bn) a list of names: "the heads of UNICEF, WFP and WHO said in a
        # joint statement", "the State Commission on Prisoners of War, Hostages and Missing Persons
        # told APA": the items before the last comma belong to the speaker
        k = ls
        while k - 2 >= a and raw[k - 1] == ",":
            p = k - 2
            while p > a and raw[p - 1] not in CLAUSE_MARKS and raw[p - 1] not in QUOTES and k - 1 - p < 8:
                p -= 1
            if not _en_name_list_item(doc, p, k - 1):
                break
            k = p
        ls = k
    while ls < le - 1 and (f[ls] in _EN_LEAD or raw[ls] in _BULLETS):  # ("• Humanitarian partners report that")
        ls += 1
    if le - ls > 2 and f[ls + 1] == "whom" and f[ls] in ("of", "among"):
        ls += 2  # "76 hostages remain, of whom Israeli authorities believe 34 are dead"
    ls = _en_skip_time(f, ls, le)  # "Last month the army said": time is never the speaker
    if ls < le - 3 and f[ls] in _EN_FRONTED_PREPS:
        # "In a post on X the ministry said", "In a statement on Telegram the group said": a fronted
        # adjunct with no comma, then the subject with its determiner
        p = next((t for t in range(ls + 2, le) if f[t] in _EN_SUBJECT_DETS and f[t - 1] not in _EN_PREPS_BEFORE_NP
                  and _en_np_ok(doc, t, le) and kind_of(f[t:le], "en") is not None), -1)
        if p > 0 and all(_word(raw[t]) for t in range(ls, p)):
            ls = p
    if ls >= le:
        return _en_comma_speaker(ctx, ls)
    if f[ls] in ("no", "nobody", "none", "neither") and le - ls <= 3:
        return None  # "but no official confirmed the outages": nobody speaks
    if le - ls == 2 and f[ls] in ("where", "when") and f[le - 1] in _EN_SUBJ_PRONOUNS and ls > a and raw[ls - 1] == ",":
        return _mention(doc, le - 1, le)  # "..., where she said 40,000 marched": the pronoun speaks
    if le - ls >= 2 and f[le - 1] in ("it", "they", "he", "she", "we") and f[le - 2] not in _EN_LEAD and raw[le - 2][:1].isalpha():
        if (f[ls] in ("earlier", "later", "previously", "initially") or f[ls] in _EN_FRONTED_PREPS or (
                # "Later that night it said": the stretch starts after "that"
                le - ls == 2 and f[ls] in _EN_TIME_NOUNS and ls - 2 >= a and f[ls - 1] == "that" and f[ls - 2] in ("later", "earlier"))) and le - ls <= 6 \
                and all(_word(raw[t]) and not raw[t][:1].isupper() or t == ls for t in range(ls, le - 1)) \
                and not _en_finite_verb(doc, ls, le - 1) and not any(f[t] in _EN_FINITE_AUX for t in range(ls, le - 1)):
            return _mention(doc, le - 1, le)  # "Earlier in the day it had reported three dead": a fronted adjunct, then the pronoun
        return None  # "the highest figure it has recorded": a relative clause, not a speaker
    if f[le - 1] in ("and", "or", "but", "nor"):
        # "The banned X claimed the attack and, in a message, put the toll at 23": the subject
        # of the sentence's first verb (an act, not a report) speaks through the second
        return _en_coordinated_subject(ctx, le - 1) if f[le - 1] == "and" or (f[le - 1] == "but" and raw[le - 2] == ",") else None
        # ('... had "liberated" Zamzam and rejected ...' inside a claim: no subject of its own)
    if ls > a and f[ls - 1] in ("that", "who") and le - ls <= 6 and raw[ls][:1].islower() and not _en_np_ok(doc, ls, le):
        # "the group that claimed responsibility said ...": the noun phrase before the relative
        ns = _en_np_left(doc, ls - 1, a)
        if ns is not None and f[ns] in EN_DETERMINERS:
            _, text_end, name_end = trim_en_stretch(doc, ns, ls - 1)
            return _mention(doc, ns, text_end, name_end)
    single = lex.single
    who = f.index("who", ls + 1, le) if ls + 1 < le and "who" in f[ls + 1 : le] else le
    if who < le and who - ls <= 7 and ls > a + 1 and raw[ls - 1] == "," and f[ls] in ("a", "an") \
            and not any(f[t] in _EN_SPEECH_VERBS for t in range(who, le)) and _en_np_ok(doc, ls, who):
        named = _en_name_before_appos(doc, a, ls)
        if named is not None:
            return named  # "said Karim, a 35-year-old farmer who said he lost ...": the name speaks
    if who < le and any(f[t] in ("name", "named", "identified") for t in range(who, le)) and _en_np_ok(doc, ls, who):
        le = who  # "a resident who gave his name as Rabih told AFP": the relative clause names him
    elif who < le and who - ls <= 6 and ls - 2 >= a and raw[ls - 1] in QUOTES and raw[ls - 2] in (",", "?", "!") \
            and f[who + 1] in _EN_SPEECH_VERBS and f[ls] in EN_DETERMINERS and _en_np_ok(doc, ls, who):
        le = who  # '"We counted 40 bodies," a volunteer who said he had worked all night told AFP': the quote is his
    elif who < le and who - ls <= 4 and f[ls] in ("a", "an", "one", "another") and kind_of(f[ls + 1 : who], "en") in ("residents", "anonymous", "official", "other") \
            and not any(f[t] in _EN_SPEECH_VERBS for t in range(who, le)) and _en_np_ok(doc, ls, who):
        le = who  # "A shopkeeper who was about 100 metres away told TOLOnews": a speaker and where he was
    elif who < le and who - ls <= 12 and f[ls] in ("a", "an", "one", "another") and not any(f[t] in _EN_SPEECH_VERBS for t in range(who, le)) \
            and all(_word(raw[t]) for t in range(who, le)) and _en_np_ok(doc, ls, who) and not _en_np_ok(doc, ls, le):
        le = who  # "A member of the Civilian Guard (CG) who took part in the recovery of the bodies said"
    elif who < le and who - ls <= 3 and le - who <= 9 and f[who - 1].endswith("s") and (
            # ("Several devotees who were present accused ...", "Families who had gathered said")
            f[who + 1].endswith("ed") or f[who + 1] in ("were", "are", "had", "have")) \
            and kind_of(f[ls:who], "en") in ("residents", "other", "activists") and raw[who + 1][:1].islower() \
            and all(_word(raw[t]) or raw[t] in ("'s", "’s") for t in range(who, le)) and not any(f[t] in _EN_SPEECH_VERBS for t in range(who, le)):
        # "Students who organised Saturday's rally said": the relative clause says who they are
        return _mention(doc, ls, le, le)
    elif who == le and ls + 2 < le and "whose" in f[ls + 2 : min(le, ls + 7)] and f[ls] in ("a", "an", "one", "another"):
        whose = f.index("whose", ls + 2, le)
        if le - whose >= 3 and not any(f[t] in _EN_SPEECH_VERBS for t in range(whose, le)) \
                and all(_word(raw[t]) or raw[t] in ("-", "'s", "’s") for t in range(whose, le)) and _en_np_ok(doc, ls, whose):
            le = whose  # "a father whose son was shot dead in May told Amnesty that ...": the relative clause says who he is
    if not _en_speechy_words().isdisjoint(f[ls:le]) and any(
            f[t] in _EN_SPEECH_VERBS or (f[t] in single and single[f[t]].kind == "verb" and raw[t][:1].islower() and not (
                single[f[t]].needs_next and f[t + 1] not in single[f[t]].needs_next)) for t in range(ls, le)):
        return None  # "The organization said it had documented ...": inside another cue's content
    if not _en_np_ok(doc, ls, le):
        return None
    if "this" in f[ls:le] and any(f[t] == "this" and f[t + 1] in ("story", "article") for t in range(ls, le - 1)):
        return None  # "An earlier version of this story said 30": the outlet's correction note
    ls, le = _statement_en(doc, ls, le)  # "A statement from the interior ministry said"
    _, text_end, name_end = trim_en_stretch(doc, ls, le)
    return _mention(doc, ls, text_end, name_end)


# adjectives before a cue form in -s that make it a plural noun ("different counts", "conflicting reports")
_EN_NOUN_ADJ = frozenset("different differing conflicting competing contradictory varying initial "
                         "earlier latest preliminary separate unconfirmed".split())
_EN_AUX_VERBS = frozenset("does do did has have had is are was were".split())
_EN_ATTACK_NOUNS = frozenset("attack attacks bombing bombings ambush assault strike raid killing killings blast explosion operation abduction kidnapping".split())
_EN_EVENT_NOUNS = frozenset("incident incidents development developments news".split())
_EN_NOT_ACT_VERBS = frozenset("said told reported announced stated added says tells reports announces states adds confirmed denied".split())


def _en_coordinated_subject(ctx: _Ctx, andi: int) -> Mention | None:
    """The subject of a sentence "NP VERBed ... and [, aside,] CUE ...": a noun phrase at the
    sentence start, a past verb of an act (not a report: its content would hold the "and"),
    no subordinate "that" or clause mark before the "and"."""
    doc, a = ctx.doc, ctx.a
    f, raw = doc.folded, doc.raw
    s0 = a
    while s0 < andi and f[s0] in _EN_LEAD:
        s0 += 1
    v = next((t for t in range(s0 + 1, min(andi, s0 + 12)) if raw[t][:1].islower() and (
        f[t].endswith("ed") or f[t] in _EN_IRREGULAR_PAST or (f[t] in _EN_AUX_VERBS and f[s0] in _EN_SUBJ_PRONOUNS and t == s0 + 1))
        and f[t] not in EN_OK_LOWER_ED_WORDS and f[t - 1] not in EN_DETERMINERS), -1)
    if v < 0 or f[v] in _EN_NOT_ACT_VERBS or (f[v] == "claimed" and not (f[v + 1] in ("responsibility", "credit") or (
            f[v + 1] in ("the", "an", "a", "sunday's", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's")
            and f[v + 2] in _EN_ATTACK_NOUNS))):
        return None  # ("Lawmakers claimed the real toll was ... and accused ...": a claim's content goes on)
    e = lexicon("en").single.get(f[v])
    if e is not None and e.kind == "verb" and (f[v] != "claimed" or (f[v + 1] in ("responsibility", "credit") and f[v + 2] == "for")):
        # "The ministry put the toll at 30 and said ...", "X claimed responsibility for the attack
        # and said ..." (a cue of its own): the first cue's speaker goes on
        return None
    end = andi - 1 if f[andi] == "but" else andi  # ("It does not distinguish ..., but says ...")
    if any(raw[t] in CLAUSE_MARKS or raw[t] in QUOTES or raw[t] in _SINGLE_QUOTES or f[t] in ("that", "who", "which", "when", "after", "as") or (
            f[t] in _EN_NOT_ACT_VERBS or f[t] in _EN_SPEECH_VERBS and t != v) for t in range(s0, end)):
        return None  # ("X says the figures are inflated and has said ...": the first cue's speaker goes on)
    if not _en_np_ok(doc, s0, v) or not any(raw[t][:1].isupper() or (_en_key(f[t]),) in nouns("en").kinds for t in range(s0, v)):
        return None
    _, text_end, name_end = trim_en_stretch(doc, s0, v)
    return _mention(doc, s0, text_end, name_end)


# a single quotation mark standing as a token of its own ("called it 'a cowardly act' and said"); an
# apostrophe inside a word ("Qaeda's", "o'clock") is part of the word
_SINGLE_QUOTES = frozenset("'‘’")

# discourse asides between commas, between a subject and its verb ("X, however, said")
_EN_ASIDES = frozenset((
    ("however",), ("meanwhile",), ("too",), ("though",), ("instead",), ("separately",), ("likewise",),
    ("in", "turn"), ("for", "its", "part"), ("for", "his", "part"), ("for", "her", "part"),
    ("for", "their", "part"), ("in", "contrast"), ("by", "contrast"), ("on", "the", "other", "hand"),
    ("for", "example"), ("in", "particular"), ("in", "response"),
))


_EN_NOT_MANNER_ING = frozenset("according including citing quoting during following regarding concerning excluding "
                               "representing speaking reporting writing talking something nothing anything".split())


def _en_manner_aside(doc: Doc, a: int, le: int) -> int:
    """(session 14) How the speaker spoke, set off by commas right before the verb: "Karim, his
    voice breaking, said", "Amina, tears in her eyes, told AFP", "The mayor, visibly shaken,
    said", "She, fighting back tears, said", "Ali, sobbing, said". Returns the comma before the
    aside (the subject ends there), or 0."""
    raw, f = doc.raw, doc.folded
    for n in range(1, 7):
        s = le - 1 - n
        if s - 1 <= a or raw[s - 1] != ",":
            continue
        ws = f[s : le - 1]
        if not all(_word(raw[t]) for t in range(s, le - 1)):
            return 0
        first, last = ws[0], ws[-1]
        if (first in ("his", "her", "their") and 2 <= n <= 4 and (any(w.endswith("ing") and len(w) > 5 for w in ws[1:])
                                                                  or last.endswith("ed"))) \
                or (first == "tears" and n >= 2) \
                or (first.endswith("ing") and len(first) > 5 and first not in _EN_NOT_MANNER_ING and n <= 5
                    and raw[s][:1].islower()) \
                or (n <= 2 and first.endswith("ly") and len(first) > 4 and (last.endswith("ed") or last in _EN_MANNER_ADJ)) \
                or (n == 1 and last in _EN_MANNER_ADJ):
            return s - 1
    return 0


_EN_MANNER_ADJ = frozenset("shaken emotional tearful distraught moved upset angry furious calm sobbing weeping "
                           "crying trembling shaking visibly".split())


_EN_ASKED_ASIDE = {
    "asked": frozenset("about to whether if for by on at during after over what how why".split()),
    "contacted": frozenset("by on via at over".split()),
    "reached": frozenset("by on via at over".split()),
    "responding": frozenset(("to",)),
    "replying": frozenset(("to",)),
    "reacting": frozenset(("to",)),
    "interviewed": frozenset("by on at in after".split()),
    "questioned": frozenset("by on about at over".split()),
    "pressed": frozenset("by on about over for".split()),
}
_EN_ASKED_WORDS = frozenset(_EN_ASKED_ASIDE)
_EN_DOCUMENT_NOUNS = frozenset("statement update report bulletin communique communiqué release sitrep".split())


def _en_skip_aside(doc: Doc, a: int, le: int) -> int:
    """", however," right before the verb: the subject ends before the first comma."""
    raw, f = doc.raw, doc.folded
    if le - 2 <= a or raw[le - 1] != ",":
        return le
    for n in (1, 2, 3, 4):
        s = le - 1 - n
        if s - 1 > a and raw[s - 1] == "," and tuple(f[s : le - 1]) in _EN_ASIDES:
            return s - 1
    for n in (2, 3, 4, 5):
        s = le - 1 - n
        if s - 1 > a and raw[s - 1] == "," and f[s] in ("citing", "quoting") and f[s + 1] in ("its", "their", "his", "her"):
            return s - 1  # "X, citing its own registry, put ...": X's own document
    for n in range(2, 8):
        s = le - 1 - n
        c = s - 1 if s - 1 > a and f[s - 1] in ("while", "when") else s  # ("X, while talking to journalists, said")
        if c - 1 > a and raw[c - 1] == "," and f[s] in ("reporting", "speaking", "writing", "talking") and f[s + 1] in ("from", "in", "at", "to", "on", "with"):
            return c - 1  # "Al Jazeera's X, reporting from Gaza City, said": where the speaker is
    if not _EN_ASKED_WORDS.isdisjoint(f[max(a, le - 11) : le - 1]):
        # (session 18, gold_bp) a reduced clause of how the speaker was reached: "Russia's Ministry
        # of Defence, asked about the report, said", "X, contacted by AFP, said", "X, reached by
        # phone on Sunday, told ...", "X, responding to the allegations, said"
        for s in range(le - 2, max(a + 1, le - 11), -1):
            if raw[s] in CLAUSE_MARKS or raw[s] in QUOTES:
                break
            if f[s] in _EN_ASKED_ASIDE and raw[s - 1] == "," and (le - 2 == s or f[s + 1] in _EN_ASKED_ASIDE[f[s]]):
                return s - 1
            if f[s] in _EN_ASKED_ASIDE and f[s - 1] == "when" and s - 2 > a and raw[s - 2] == ",":
                return s - 2  # "X, when asked about the toll, said"
    for s in range(le - 4, max(a + 1, le - 14), -1):
        if raw[s - 1] == "," and f[s] == "through" and f[s + 1] in ("its", "their", "his", "her") \
                and all(_word(raw[t]) or raw[t] in (",", "-", ".") for t in range(s, le - 1)):
            return s - 1  # "The agency, through its Director-General, Alhaji X, put the toll at 23": its voice
        if raw[s - 1] == "," and f[s] in ("in", "on") and f[s + 1] in ("a", "an", "its", "their", "his", "her") and (
                _en_key(f[s + 2]) in nouns("en").statement or f[s + 2] in ("post", "video", "message", "briefing")) and all(
                raw[t] not in (",", ";") and raw[t] not in QUOTES for t in range(s, le - 1)):
            return s - 1  # "The national police, in a statement posted at 10 pm, said": its channel
    s = _en_described_name(doc, a, le)
    if s > 0:
        return s  # "The X Network, another monitoring group, said": the name speaks
    s = _en_manner_aside(doc, a, le)
    if s > 0:
        return s  # "Karim, his voice breaking, said": how the speaker spoke
    if "who" in f[max(a, le - 14) : le - 1]:
        for s in range(le - 3, max(a, le - 14), -1):
            if raw[s] in CLAUSE_MARKS or raw[s] in QUOTES:
                break
            if (f[s] == "who" or (f[s] == "and" and f[s + 1] == "who")) and raw[s - 1] == "," and s - 1 > a \
                    and not _EN_ANON_WORDS.isdisjoint(f[s + 1 : le - 1]):  # (", and who asked not to be named,")
                if raw[le - 2][:1].isupper() and f[le - 3] in ("as", "name"):
                    break  # "One, who asked to be identified only as Hamid, said": a name of his own
                return s - 1  # "A police official, who declined to be identified, said": his anonymity
    return le


def _en_scare_quote(raw: list[str], q: int, a: int, le: int) -> bool:
    """Is the quotation mark at q one of a single capitalised word quoted inside a speaker's
    phrase ('A self-proclaimed "General" of the Bui Warriors claimed', 'the so-called "Emir" of
    the group said'), with a word before the opening mark and one after the closing mark?"""
    o = q - 2  # q closes: "General" right before it, its opening mark before that
    if o - 1 >= a and q + 1 < le and raw[o] in QUOTES and raw[q - 1][:1].isupper() and _word(raw[q - 1]) \
            and raw[o - 1].lower().rsplit("-", 1)[-1] in _EN_SCARE_LEAD and (raw[q + 1] in ("of", "for") or raw[q + 1][:1].isupper()):
        return True
    c = q + 2  # q opens: the word after it, then the closing mark
    return q - 1 >= a and c + 1 < le and raw[c] in QUOTES and raw[q + 1][:1].isupper() and _word(raw[q + 1]) \
        and raw[q - 1].lower().rsplit("-", 1)[-1] in _EN_SCARE_LEAD and (raw[c + 1] in ("of", "for") or raw[c + 1][:1].isupper())


# the words before a quoted title in a speaker's phrase ("self-proclaimed", "so-called", "the")
_EN_SCARE_LEAD = frozenset("proclaimed styled called declared appointed the a an its their".split())


def _en_described_name(doc: Doc, a: int, le: int) -> int:
    """"The Syrian Network for Human Rights, another monitoring group, said", "JNIM, al-Qaeda's
    Sahel branch, claimed": a capitalised name at the sentence start, then a describing apposition
    that is no name ("another <noun>", "<Owner>'s <noun>") closed by the comma before the verb.
    The comma after the name (the speaker ends there), or 0."""
    raw, f = doc.raw, doc.folded
    if le - 3 <= a or raw[le - 1] != ",":
        return 0
    c = next((t for t in range(le - 2, max(a, le - 9), -1) if raw[t] == ","), -1)
    if c <= a or le - 1 - c < 2 or not ((_word(raw[c - 1]) and raw[c - 1][:1].isupper()) or raw[c - 1] == ")"):
        return 0
    ap = range(c + 1, le - 1)
    if not (f[c + 1] == "another" or (f[c + 1] not in EN_DETERMINERS and any(raw[t].endswith(("'s", "’s")) for t in ap))):
        return 0  # ("X (HPG), the PKK's armed wing, said": the whole phrase, which ties X to its owner, as before)
    if not all(_word(raw[t]) or raw[t] in ("'s", "’s", "-") for t in ap) or not _en_np_ok(doc, c + 1, le - 1):
        return 0
    h = le - 2  # the apposition's head noun
    if f[h] in _EN_PERSON_ROLE_HEADS:
        return 0  # "X, Human Rights Watch's senior researcher, said": a person's role keeps the person's phrase
    if f[h] not in _EN_BODY_PARTS:
        # "al Qaeda's affiliate in the Sahel", "Islamic State's branch in West Africa": a place
        # after the head part ("in"/"for" and up to four words)
        p = next((t for t in range(c + 2, le - 2) if f[t] in ("in", "for")), -1)
        if p > 0 and f[p - 1] in _EN_BODY_PARTS and le - 2 - p <= 4:
            h = p - 1
    if f[h] not in _EN_BODY_PARTS and (kind_of(f[c + 1 : le - 1], "en") in (None, "official", "journalist") or (
            (_en_key(f[h]),) not in nouns("en").kinds and _en_key(f[h]) not in kind_lasts("en"))):
        # the apposition must describe a speaking body ("another rights group", "al-Qaeda's Sahel
        # branch"); a person's role keeps the person's phrase ("X, the mayor's spokesman,")
        return 0
    # the name: capitalised words (and a bracketed acronym) back to the sentence start
    t = c - 1
    while t > a and (_word(raw[t - 1]) or raw[t - 1] in ("(", ")", "-", "&")) and not raw[t - 1] in CLAUSE_MARKS:
        t -= 1
    if t != a or not any(raw[x][:1].isupper() for x in range(t, c) if f[x] not in EN_DETERMINERS):
        return 0
    return c


# a person's role heading an apposition ("<Owner>'s senior researcher"): no body's part
_EN_PERSON_ROLE_HEADS = frozenset(
    "researcher researchers analyst officer expert director spokesman spokeswoman spokesperson head chief "
    "coordinator representative adviser advisor chairman chairwoman chairperson president commander".split())
# a body's part named in an apposition: "al-Qaeda's Sahel branch", "the group's armed wing"
_EN_BODY_PARTS = frozenset("branch wing arm affiliate offshoot franchise faction ally".split())

# a speaker phrase before its verb starts after these ("... disputed as JNIM claims 300 dead")
_EN_SUBORDINATORS = frozenset("that as while whereas because although though".split())
_EN_AS_NAME = frozenset("name names named known identified only such same described".split())  # "gave his name as X"

_EN_MONTHS = frozenset("january february march april may june july august september october november december".split())
_EN_TIME_NOUNS = frozenset(
    "week month year weekend night morning evening afternoon monday tuesday wednesday thursday friday "
    "saturday sunday".split()
) | _EN_MONTHS


def _en_skip_time(f: list[str], i: int, j: int) -> int:
    """Skip a leading time phrase ("last month", "on Monday", "earlier this week", "yesterday")."""
    while i < j - 1:
        if f[i] in ("yesterday", "today", "tonight", "earlier", "later", "overnight"):
            i += 1
        elif f[i] in ("last", "this", "next", "on", "late", "early") and i + 1 < j - 1 and f[i + 1] in _EN_TIME_NOUNS:
            i += 2
        else:
            break
    return i


_EN_APPOS_LEAD = frozenset("a an the known also who whom which whose where speaking asking requesting declining reached contacted interviewed cited quoted identified giving".split())
# "who gave only his first name, X", "identified only as X", "giving only her first name, X":
# the segments that hand the speaker a name of his own
_EN_NAMING_LEAD = frozenset(("who", "identified", "giving"))
_EN_NAMING_WORDS = frozenset(("name", "named", "identified", "as"))


def _en_np_left(doc: Doc, end: int, a: int) -> int | None:
    """Start of the noun phrase that ends at token `end` (exclusive), walking left."""
    f, raw = doc.folded, doc.raw
    k = end
    if k - 1 > a and raw[k - 1] == ")":
        # "the UN humanitarian office (OCHA), which said": the acronym in parentheses
        op = next((t for t in range(k - 2, max(a, k - 8) - 1, -1) if raw[t] == "("), -1)
        if op > a:
            k = op
    while k > a and end - k < 12:
        w = f[k - 1]
        if raw[k - 1] in _PUNCT or w in EN_STOP or is_number(w):
            break
        if raw[k - 1][:1].islower() and (w in _EN_IRREGULAR_PAST or w == "met" or (w.endswith("ed") and w not in EN_OK_LOWER_ED_WORDS)) \
                and not (k - 2 >= a and f[k - 2] in EN_DETERMINERS):
            break  # "Our reporter met farmer John Doe, who said": the verb's object
        k -= 1
        if w in EN_DETERMINERS:
            break
    return k if k < end and _en_np_ok(doc, k, end) else None


def _en_name_run(doc: Doc, s: int, e: int) -> bool:
    """A personal name filling a comma segment: two to four capitalised words, no place noun
    ("Vivian Doe-Mensah", not "Kano Local Government Area" or "Dalo Village")."""
    raw = doc.raw
    return 2 <= e - s <= 5 and all(raw[t][:1].isupper() or raw[t] in ("-", ".") for t in range(s, e)) \
        and raw[s][:1].isalpha() and _EN_PLACE_HEADS.isdisjoint(doc.folded[s:e]) and "area" not in doc.folded[s:e] \
        and doc.folded[s] not in EN_DETERMINERS


def _en_comma_speaker(ctx: _Ctx, t: int) -> Mention | None:
    """The speaker when the verb follows a comma: "The Observatory, a Britain-based monitor,
    said", "The town's mayor, Ahmed Suleiman, 54, told", "The governor, in a statement, said",
    "The Observatory, which relies on ..., said"."""
    doc, a = ctx.doc, ctx.a
    raw, f = doc.raw, doc.folded
    if t <= a or raw[t - 1] != ",":
        return None
    end = t - 1  # the comma closing the last segment
    segs: list[tuple[int, int]] = []
    k = end
    while len(segs) < 4:
        s0 = k
        while s0 > a and raw[s0 - 1] not in CLAUSE_MARKS and raw[s0 - 1] not in QUOTES and not _spaced_dash(doc, s0 - 1):
            s0 -= 1  # ("14:20 GMT — The UN mission, MONUSCO, says": a live-blog stamp before the dash)
        if s0 >= k:
            return None
        rel = next((t for t in range(k - 1, s0, -1) if f[t] in ("that", "which") and f[t - 1] in _EN_CLAIM_NOUNS), -1)
        if rel > 0:
            # "..., a figure that the UN's humanitarian office, OCHA, said": the speaker
            # starts after the claim noun's relative pronoun
            segs.append((rel + 1, k))
            break
        segs.append((s0, k))
        if s0 > a and raw[s0 - 1] == "," and (k - s0 <= 12 or (k - s0 <= 24 and (f[s0] in _EN_APPOS_LEAD or f[s0:s0 + 2] == ["one", "of"] or (
                # "Salim Aziz, head of the ... office in the Northern Regional Government, said"
                _en_key(f[s0]) in _EN_TITLE_NOUNS and f[s0 + 1] in ("of", "for", "at") and s0 - 1 > a and _en_cap_name(raw[s0 - 2]))))):
            first = f[s0]
            # this segment is an apposition / age / relative clause / adjunct: keep walking
            if first in _EN_APPOS_LEAD or is_number(first) or first in _EN_COUNT_LEAD or first in ("in", "on", "at") or raw[s0][:1].isupper() or f[s0 : s0 + 2] == ["one", "of"] or (
                # "the counting firm Occurrence, working for a group of media outlets, estimated"
                first in _EN_APPOS_PARTICIPLES and s0 + 1 < k and f[s0 + 1] in ("for", "with", "on", "in", "at")) or (
                first == "for" and k - s0 <= 6 and f[s0 + 1] in _EN_FOR_REASON) or (
                _en_key(first) in _EN_TITLE_NOUNS and s0 - 1 > a and _en_cap_name(raw[s0 - 2])
            ) or (
                # "Omar Saleh, health minister in the eastern administration, gave": a title
                # after a modifier, right after a capitalised name
                raw[s0][:1].islower() and s0 - 1 > a and _en_cap_name(raw[s0 - 2])
                and f[s0] not in EN_STOP and f[s0] not in _EN_SUBORDINATORS  # (not "..., while the director of X, Name, told")
                and any(_en_key(f[t]) in _EN_TITLE_NOUNS for t in range(s0 + 1, min(k, s0 + 3)))
            ) or (
                # "Omar Khalil, his brother, said", "Hassan, her husband, told": a kinship or
                # role noun after a possessive, right after a capitalised name (the name speaks)
                first in ("his", "her", "their") and 2 <= k - s0 <= 3 and s0 - 1 > a and _en_cap_name(raw[s0 - 2])
                and all(raw[t][:1].islower() and raw[t].isalpha() and not f[t].endswith(("ing", "ed")) for t in range(s0 + 1, k))
            ):
                k = s0 - 1
                continue
        break
    if len(segs) > 1 and all(f[t] in _EN_LEAD or f[t] in ("meanwhile", "separately", "earlier", "later") for t in range(*segs[-1])):
        segs.pop()  # "However, a commander ..., Qari Zubair, said"
    elif len(segs) > 1 and segs[-1][0] <= a + 1 and _en_fronted_frame(doc, *segs[-1]):
        # "Speaking with journalists in Ilorin on Wednesday, the Commissioner for Information,
        # Mrs X, said", "Confirming the attack, the PPRO, SP X, said", "With this, the toll rose
        # to 13, said X": a fronted participial frame or prepositional adjunct is never the speaker
        segs.pop()
    elif len(segs) > 1 and (f[segs[-1][0]] in _EN_FRONTED_PREPS) and segs[-1][0] <= a + 1:
        s0, s1 = segs[-1]
        p = next((t for t in range(s1 - 1, max(s0, s1 - 4), -1) if f[t] in ("its", "their")), -1)
        if p > s0 + 1 and _word(raw[p - 1]) and all(_word(raw[t]) for t in range(p, s1)) \
                and any(_en_key(f[t]) in _EN_TITLE_NOUNS for t in range(p + 1, s1)):
            # "In a post on Telegram its adviser, X, said": a fronted adjunct with no comma, then
            # the possessive role, which ties the named person to the body (its spokesperson)
            segs[-1] = (p, s1)
        else:
            segs.pop()  # "At a camp 2 km from the border, a returnee, Gul Mohammad, said": a fronted adjunct
    if len(segs) > 2 and (not _en_np_ok(doc, *segs[-1]) or _en_finite_verb(doc, *segs[-1])):
        # "Gunmen killed 23 farmers in Dalo village, Kano Local Government Area, the chairman of
        # the council, Musa Garba, said": capitalised places end the content before the head
        q = next((q for q in range(len(segs) - 2, 0, -1) if f[segs[q][0]] in ("the", "a", "an")
                  and _en_np_ok(doc, *segs[q])
                  and all(raw[segs[x][0]][:1].isupper() for x in range(q + 1, len(segs) - 1))), None)
        if q is not None and q + 2 < len(segs):
            if _en_name_run(doc, *segs[q + 1]) and not any(raw[x][:1].isupper() for x, _ in segs[:q]):
                # "..., Vivian Doe, the deputy head of the UN mission, known as MONUSCO, said": a
                # name before its title (no name after it): the name heads the speaker phrase
                segs = segs[:q + 2]
            else:
                segs = segs[:q + 1] + segs[-1:]
    if len(segs) > 1 and (not _en_np_ok(doc, *segs[-1]) or _en_finite_verb(doc, *segs[-1])) and _en_np_ok(doc, *segs[-2]) and (
            f[segs[-2][0]] in ("the", "a", "an") or (raw[segs[-2][0]].endswith(("'s", "’s")) and segs[-2][1] - segs[-2][0] >= 2)
            or (len(segs) > 2 and _en_name_run(doc, *segs[-2]) and (f[segs[-3][0]] in ("the", "a", "an") or (
                # (session 18, gold_bn) "..., Oleh Kiper, Head of Odesa Oblast Military Administration,
                # reported": a bare title after the name
                _en_key(f[segs[-3][0]]) in _EN_TITLE_NOUNS and segs[-3][0] + 1 < segs[-3][1] and f[segs[-3][0] + 1] in ("of", "for", "at"))))):
        # ("..., Aisha Bello, the head of the agency, said": a name, then its title)
        segs.pop()  # "The toll has risen to 113, the council chairman, Musa Kassah, said": the content, then the head
        # ("..., IOM's chief of mission, Mohammed Farah, said": a possessive owner leads it)
    head_s, head_e = segs[-1]
    while head_s < head_e - 1 and f[head_s] in _EN_LEAD:
        head_s += 1
    if not _en_np_ok(doc, head_s, head_e) or f[head_s] in ("who", "which", "where"):
        return None
    # the mention: head segment plus its appositions (not relative clauses or adjuncts)
    m_end = head_e
    for s0, s1 in reversed(segs[:-1]):
        if (f[s0] in ("who", "whom", "which", "whose", "where") and not any(f[t] in ("name", "named", "identified") for t in range(s0, s1))) or (
                f[s0] in ("identified", "giving") and not any(f[t] in _EN_NAMING_WORDS for t in range(s0 + 1, s1))) or f[s0] in ("in", "on", "at", "for", "speaking", "asking", "requesting", "declining", "reached", "contacted", "interviewed", "cited", "quoted") or f[s0] in _EN_APPOS_PARTICIPLES or (is_number(f[s0]) and not _en_age_np(doc, s0, s1)):
            break
        if not (_en_np_ok(doc, s0, s1) or f[s0] in ("known", "also") or f[s0] in _EN_NAMING_LEAD or _en_age_np(doc, s0, s1)):
            break
        m_end = s1
    _, text_end, name_end = trim_en_stretch(doc, head_s, m_end)
    if m_end > head_e and any(f[s0] in _EN_NAMING_LEAD and any(f[t] in _EN_NAMING_WORDS for t in range(s0, s1)) for s0, s1 in segs[:-1]) \
            and raw[m_end - 1][:1].isupper():
        # "a 41-year-old survivor, who gave only his first name, Issouf, told": the name is his
        return _mention(doc, head_s, m_end, m_end)
    if m_end > head_e and text_end < head_e and raw[head_e] == "," and raw[head_e + 1][:1].isupper():
        # "A construction worker who escaped, Chinedu Okafor, 34, said": the relative clause
        # stays inside the mention when a name follows it
        return _mention(doc, head_s, m_end, text_end)
    return _mention(doc, head_s, text_end, name_end)


_EN_APPOS_PARTICIPLES = frozenset("working acting operating based writing reporting".split())
# a fronted frame before the speaker (session 16, gold_be: Nigerian, Indian, Pakistani dailies):
# "Speaking with journalists ...,", "Addressing reporters ...,", "Confirming the incident ...,",
# "Reacting to the attack,", "With this,", "By evening,"
_EN_FRAME_PREPS = frozenset("with by for amid under despite following upon".split())
_EN_FRAME_NEXT = frozenset("to with at on in the a an this that his her their its our newsmen reporters journalists "
                           "correspondents pressmen the press".split())


def _en_fronted_frame(doc: Doc, s0: int, s1: int) -> bool:
    """A sentence-initial comma segment that frames the report (a participle with its object, or
    a prepositional adjunct), not a noun phrase that could speak."""
    f, raw = doc.folded, doc.raw
    w = f[s0]
    if w in _EN_FRAME_PREPS:  # (the place/time prepositions of _EN_FRONTED_PREPS have their own branch)
        return s1 - s0 >= 2
    return w.endswith("ing") and len(w) > 5 and raw[s0][:1].isupper() and s1 - s0 >= 2 and f[s0 + 1] in _EN_FRAME_NEXT


# "A resident, who gave only his first name, Ali, for fear of reprisals, said": a reason aside
# after the speaker's name
_EN_FOR_REASON = frozenset("fear safety security reasons his her their personal protection".split())
# "The four survivors, three men and a woman, told ...", "The survivors, all from Guinea, said"
_EN_COUNT_LEAD = frozenset(
    "two three four five six seven eight nine ten all both most many some several mostly including among each".split()
)
_EN_FRONTED_PREPS = frozenset("at in on near outside inside from after before during behind".split())
_EN_SUBJECT_DETS = frozenset("the its their his her".split())
_EN_PREPS_BEFORE_NP = frozenset("in on at of for from to with by via about near into onto over under through".split())
_EN_PUT_AT_NOT = frozenset("risk stake ease rest odds".split())  # "put X at risk": no count
_EN_IRREGULAR_PAST = frozenset("put gave given sent wrote held made shared read told took taken struck hit did paid met spoke".split())


def _en_narrated_group(doc: Doc, a: int, b: int) -> Mention | None:
    """A sentence with no claim whose subject is a plural speaker noun and whose verb is past
    ("Student organisers disputed the account.", "Residents fled to the hills."): that subject."""
    f, raw = doc.folded, doc.raw
    while a < b - 1 and (f[a] in _EN_LEAD or raw[a] in _PUNCT):
        a += 1
    ne = next((t for t in range(a + 1, min(b, a + 7)) if raw[t][:1].islower() and (
        f[t].endswith("ed") or f[t] in _EN_IRREGULAR_PAST) and f[t] not in EN_OK_LOWER_ED_WORDS
        and f[t - 1] not in EN_DETERMINERS), -1)
    if ne < 0 or not f[ne - 1].endswith("s") or any(not _word(raw[t]) for t in range(a, ne)) or not _en_np_ok(doc, a, ne):
        return None
    if kind_of(f[a:ne], "en") is None or any(is_number(f[t]) for t in range(a, ne)):
        return None
    return _mention(doc, *_trim_np(doc, a, ne))


_EN_NARR_AUX = frozenset("did does has had gave gives offered offers declined declines disputed gave kept keeps".split())


def _after_narrated_subject(doc: Doc, a: int, b: int, narr_person: Mention | None,
                            narr_org: Mention | None, registry: Registry | None = None) -> tuple[Mention | None, Mention | None]:
    """The narrated person and body that a later "he said" / "it said" may point to, after the
    claim-less sentence [a, b): its speaker subject replaces both (one of them, by number)."""
    subj = _en_narrated_subject(doc, a, b, registry)
    if subj is None:
        return narr_person, narr_org
    return (subj[0], None) if subj[1] else (None, subj[0])


# present-tense verbs that point back ("The army disputes the ministry's figures. It says ..."))
_EN_NARR_PRESENT = frozenset("disputes rejects denies dismisses contests questions blames accuses".split())


def _en_narrated_subject(doc: Doc, a: int, b: int, registry: Registry | None = None) -> tuple[Mention, bool] | None:
    """A sentence with no claim whose subject is a speaker noun phrase before its verb ("A
    security official in Kirkuk gave a different account.", "The RSF did not respond.", "The
    Commission of Detainees' Affairs, which keeps a tally, gave a higher number."): that subject
    and whether it is one person (for a following "he said" / "it said")."""
    f, raw = doc.folded, doc.raw
    while a < b - 1 and (f[a] in _EN_LEAD or raw[a] in _PUNCT):
        a += 1
    if not raw[a][:1].isupper():
        return None
    ne, t = -1, a + 1
    stop = min(b, a + 14)
    while t < stop:
        if raw[t] == "," and t + 1 < b and f[t + 1] in ("which", "who"):
            c = next((k for k in range(t + 2, min(b, t + 16)) if raw[k] == ","), -1)
            if c < 0 or c + 1 >= b or not (f[c + 1] in _EN_NARR_AUX or f[c + 1].endswith("ed")):
                return None
            ne, verb = t, c + 1
            break
        if not _word(raw[t]) and raw[t] not in ("'s", "’s", "'", "’"):
            return None
        if raw[t][:1].islower() and (f[t] in _EN_NARR_AUX or (f[t].endswith("ed") and f[t] not in EN_OK_LOWER_ED_WORDS)
                                     or f[t] in _EN_NARR_PRESENT) \
                and f[t - 1] not in EN_DETERMINERS:
            ne, verb = t, t
            break
        t += 1
    if ne <= a or any(is_number(f[k]) for k in range(a, ne)) or not _en_np_ok(doc, a, ne):
        return None
    i, j = a, ne
    # the head: the words before "in/at/of <place>" ("A security official in Kirkuk")
    h = next((k for k in range(i + 1, j) if f[k] in ("in", "at", "from", "of")), j)
    kind = kind_of(f[i:h], "en")
    if kind is None and registry is not None and h - i <= 4:
        # "Al-Shabaab claimed responsibility for the attack.": a registered body
        k0 = i + 1 if f[i] == "the" and h > i + 1 else i
        hit = registry.match_prefix(doc.text[doc.starts[k0] : doc.ends[h - 1]])
        if hit is not None and hit[1] >= doc.ends[h - 1] - doc.starts[k0] and hit[0].kind not in ("official", "journalist", "anonymous", "other", "media", "agency"):
            kind = hit[0].kind
    if kind is None and not (h - i <= 2 and raw[h - 1].isupper() and raw[h - 1].isalpha() and len(raw[h - 1]) >= 2):
        return None  # (an acronym body: "The RSF did not respond")
    return _mention(doc, *_trim_np(doc, i, j)), kind in ("official", "journalist", "anonymous", "other")


_EN_FIGURE_NOUNS = frozenset("figure number estimate count toll tally total".split())
_EN_POSTED_NOUNS = frozenset("message messages video videos post posts letter speech address tweet clip recording note notice circular".split())
_EN_PLACE_PLURALS = frozenset("countries states provinces regions districts nations territories cities towns governorates "
                               "municipalities counties prefectures".split())
_EN_SUPERLATIVES = frozenset("highest lowest largest biggest worst deadliest heaviest most first second third fourth fifth "
                              "greatest smallest latest".split())
_EN_PUBLISHED = frozenset("presented published released issued posted shared sent submitted seen obtained carried read broadcast aired televised".split())  # "a statement read on state television"
_EN_RESULT_PARTICIPLES = frozenset("killing wounding injuring leaving displacing destroying".split())


def _en_trailing_participle(doc: Doc, k: int, b: int) -> tuple[int, int] | None:
    """After an inverted speaker and a short channel ("residents told RFI"), ", killing at least
    23 civilians." up to the sentence end: that participle clause, else None."""
    raw, f = doc.raw, doc.folded
    t = k
    while t < b and t - k <= 6 and _word(raw[t]):
        t += 1
    if t + 2 >= b or raw[t] != "," or f[t + 1] not in _EN_RESULT_PARTICIPLES:
        return None
    e = b
    while e > t + 2 and raw[e - 1] in _PUNCT:
        e -= 1
    if any(raw[x] in QUOTES for x in range(t + 1, e)):
        return None
    return (t + 1, e) if e - (t + 1) >= 3 else None


_EN_GIVEN_COUNTS = frozenset(("count", "figure", "tally", "number", "estimate"))


# verbs taking the noun "blame" ("trade blame", "shift blame", "lay blame")
_EN_BLAME_NOUN_VERBS = frozenset("trade trading traded shift shifting shifted lay laying laid apportion deflect share "
                                 "accept accepted take took taking assign assigned pin pinned".split())

# a denial's one-word object that is its whole content: "The rebels denied responsibility."
_EN_DENIED_NOUNS = frozenset("responsibility involvement wrongdoing culpability guilt".split())


# what a denial points back to ("rejected the army's account", "disputed those figures")
_EN_POINTER_NOUNS = _EN_CLAIM_NOUNS | frozenset("findings version versions count counts tally numbers statistics criticism".split())
_EN_POINTER_DETS = frozenset("the these those this that such its their".split())
_EN_NOT_MODIFIER = frozenset("as of that and or by from with to for which who".split())


def _en_bare_this(doc: Doc, k: int, b: int) -> bool:
    """After a cue's object "this": the sentence ends, or only adjuncts follow ("at a briefing in
    Abuja on Thursday.", "to our correspondent.", "while speaking with journalists.", ", saying ...")."""
    f, raw = doc.folded, doc.raw
    if k >= b or raw[k] in ".!?;":
        return True
    if raw[k] == "," and k + 1 < b and len(f[k + 1]) > 5 and f[k + 1].endswith("ing") and f[k + 1] not in _EN_NOT_PARTICIPLE:
        return True  # "denied this, saying none of the dead belonged to the group"
    if f[k] in ("while", "when") and k + 1 < b and f[k + 1].endswith("ing"):
        return True  # "stated this while briefing journalists in Yola"
    return _en_tail_adjunct(doc, k, b)


def _en_pointer_object(doc: Doc, j: int, b: int) -> bool:
    """"The army dismissed the claim.", "M23 rejected the army's account in a statement, saying ...":
    the object names an earlier statement (a determiner, up to two modifiers, a statement noun) and
    only adjuncts follow it: it points back, no content of its own ("dismissed the claim as 'pure
    fiction'", "denied the accusation that ..." say something)."""
    f, raw = doc.folded, doc.raw
    if j + 1 >= b or f[j] not in _EN_POINTER_DETS:
        return False
    k = j + 1
    while _en_key(f[k]) not in _EN_POINTER_NOUNS:
        if k >= j + 3 or not _word(raw[k]) or f[k] in _EN_NOT_MODIFIER or k + 1 >= b:
            return False
        k += 1
    k += 1
    return k >= b or raw[k] in ".!?;" or _en_tail_adjunct(doc, k, b) or (
        raw[k] == "," and k + 1 < b and len(f[k + 1]) > 5 and f[k + 1].endswith("ing") and f[k + 1] not in _EN_NOT_PARTICIPLE)


def _en_no_object_claim(e: CueEntry, f: list[str], j: int) -> bool:
    """"gave a toll of 38", "declared three days of mourning", "mourned two of its fighters"
    are claims; "gave a higher count", "declared a state of emergency", "mourned the victims"
    are not."""
    if e.lemma == "cite":
        # ("cited a figure of 11,300 dead"; not "cited the ministry", "cited security reasons")
        return _EN_GIVEN_COUNTS.isdisjoint(f[j : j + 3]) and "toll" not in f[j : j + 3] or not any(is_number(w) for w in f[j + 2 : j + 6])
    if e.lemma == "give":
        # ("gave a lower death toll of 60", "gave a lower count of 50 dead"; not "gave a higher count")
        return "toll" not in f[j : j + 4] and not (
            not _EN_GIVEN_COUNTS.isdisjoint(f[j : j + 4]) and any(is_number(w) for w in f[j + 2 : j + 7]))
    if e.lemma in ("declare", "mourn"):
        return not any(is_number(w) or (w in _EN_SMALL_NUMS and w != "a") for w in f[j : j + 3])
    if e.lemma == "say" and j < len(f) and f[j] in ("nothing", "little"):
        return j + 1 >= len(f) or f[j + 1] not in ("had", "has", "was", "were", "is", "are", "could", "would")
        # ("said nothing about the toll" says nothing; "said nothing had been found" does)
    return False


def _spaced_dash(doc: Doc, t: int) -> bool:
    """A dash standing between spaces ("GMT — The"), not inside "45-year-old"."""
    return doc.raw[t] in _DASHES and 0 < t < len(doc.raw) - 1 and doc.ends[t - 1] < doc.starts[t] and doc.ends[t] < doc.starts[t + 1]


def _en_finite_verb(doc: Doc, i: int, j: int) -> bool:
    """A clause, not a noun phrase: a lower-case past verb after the first two words ("The
    attack on Djibo began at dawn and lasted hours")."""
    f, raw = doc.folded, doc.raw
    return any(raw[t][:1].islower() and (f[t] in _EN_IRREGULAR_PAST or f[t] in _EN_CLAUSE_VERBS or (
        f[t].endswith("ed") and f[t] not in EN_OK_LOWER_ED_WORDS and f[t - 1] not in EN_DETERMINERS and f[t - 1] not in ("by", "and", "or")
    )) for t in range(i + 2, j))


# (session 18, gold_bn: "The death toll ... has risen to nine, Oleh Kiper, Head of ..., reported")
_EN_CLAUSE_VERBS = frozenset("began begun ran came went fell rose grew broke left stood risen fallen grown".split())


def _en_np_ing(doc: Doc, j: int, b: int) -> bool:
    """"Residents described gunmen going from house to house", "Witnesses described soldiers
    firing on the crowd": a plain noun phrase, then its -ing verb (what the speaker saw)."""
    f, raw = doc.folded, doc.raw
    for t in range(j + 1, min(b, j + 5)):
        if not _word(raw[t]) or raw[t][:1].isupper():
            return False
        if f[t].endswith("ing") and len(f[t]) > 4 and f[t] not in ("morning", "evening", "building", "bombing", "shelling", "killing", "fighting", "wedding"):
            return t > j and all(raw[x][:1].islower() or x == j for x in range(j, t)) and f[t - 1] not in ("the", "a", "an", "of")
    return False


_EN_MODALS = frozenset("would could might may will should can must".split())
_EN_FINITE_AUX = frozenset("was were is are had has have will would could may might did".split())


def _en_subject_goes_on(doc: Doc, ne: int, b: int) -> bool:
    """After "said <NP>," an aside closed by a second comma and then a finite verb ("Dr X, director
    of Y, said the boys, aged eight and ten, were dead on arrival"): the noun phrase is the subject
    of the content clause, not an inverted speaker."""
    raw, f = doc.raw, doc.folded
    c2 = next((t for t in range(ne + 2, min(b, ne + 10)) if raw[t] in CLAUSE_MARKS or raw[t] in QUOTES), -1)
    return c2 > 0 and raw[c2] == "," and c2 + 1 < b and f[c2 + 1] in _EN_FINITE_AUX and f[ne + 1] not in ("who", "which", "whose")


def _en_appos_subject(ctx: _Ctx, i: int) -> bool:
    """The sentence opens with a speaker and its apposition right before the verb at i ("A
    community leader, Chief X, said"): no content stands before the comma."""
    doc, a = ctx.doc, ctx.a
    raw = doc.raw
    commas = [t for t in range(a, i - 1) if raw[t] == ","]
    if len(commas) != 1 or any(not _word(raw[t]) and raw[t] != "," for t in range(a, i - 1)):
        return False
    men = _en_comma_speaker(ctx, i)
    s0 = a
    while s0 < i and doc.folded[s0] in _EN_LEAD:
        s0 += 1
    return men is not None and men.i <= s0 and any(raw[t][:1].isupper() for t in range(commas[0] + 1, i - 1))


def _en_subject_opens(ctx: _Ctx, i: int) -> bool:
    """The sentence opens with the speaker phrase that ends at the comma before the verb at i,
    made of a head and at least one apposition or relative clause ("A spokesperson for X,
    Captain Y, said the military ...", "Governor X, who visited the scene, announced ...",
    "Two of the sources, who spoke on condition of anonymity because ..., said"): the verb
    is the subject's, not an inverted "..., said the military" after content."""
    doc, a = ctx.doc, ctx.a
    raw = doc.raw
    if i - 3 <= a or "," not in raw[a : i - 1]:
        return False
    s0 = a
    while s0 < i and (doc.folded[s0] in _EN_LEAD or raw[s0] in _PUNCT):
        s0 += 1
    c0 = s0  # the end of the first segment, as _en_comma_speaker cuts it
    while c0 < i and raw[c0] not in CLAUSE_MARKS and raw[c0] not in QUOTES and not _spaced_dash(doc, c0):
        c0 += 1
    if doc.folded[s0] in _EN_FRONTED_PREPS and c0 + 1 < i and raw[c0] == "," and c0 - s0 <= 8 \
            and not _en_finite_verb(doc, s0, c0) and "," in raw[c0 + 1 : i - 1]:
        # "On Monday, its spokesman, X, said ...", "In a statement, the group's spokesman, X, said":
        # a fronted adjunct, then the speaker phrase (_en_comma_speaker drops the adjunct too)
        s0 = c0 = c0 + 1
        while c0 < i and raw[c0] not in CLAUSE_MARKS and raw[c0] not in QUOTES and not _spaced_dash(doc, c0):
            c0 += 1
    if not _en_np_ok(doc, s0, c0):
        return False  # (cheap gate: content, not a noun phrase, opens the sentence)
    men = _en_comma_speaker(ctx, i)
    return men is not None and men.i <= s0 and not _en_finite_verb(doc, men.i, men.j)


# a day or time word right after an inverted cue ("said Tuesday", "said on Monday", "said late
# on Friday"): when the speaker goes
_EN_TIME_AFTER = _EN_TIME_NOUNS | frozenset("on late early last this yesterday today tonight earlier later overnight".split())


def _en_time_after(f: list[str], j: int, b: int) -> bool:
    """The words after the cue up to the next punctuation are a time ("said Tuesday, adding")."""
    if j >= b or f[j] not in _EN_TIME_AFTER:
        return False
    t = j
    while t < b and t < j + 4 and f[t] in _EN_TIME_AFTER:
        t += 1
    return (t >= b or not f[t][:1].isalnum()) and any(w in _EN_TIME_NOUNS or w in ("yesterday", "today", "tonight") for w in f[j:t])


def _en_clause_subject(ctx: _Ctx, end: int) -> Mention | None:
    """The subject of the first past-tense verb of the sentence before token `end` (a
    coordinated or participial cue with no reporting verb of its own before it)."""
    doc, a = ctx.doc, ctx.a
    f, raw = doc.folded, doc.raw
    # after ", but" the second clause has its own subject ("X did not claim it, but its agency
    # published a statement saying ...": the agency); else the sentence's first past verb
    but = next((t for t in range(end - 1, a + 1, -1) if f[t] == "but" and raw[t - 1] == ","), -1)
    for lo in ((but + 1, a + 1) if but > 0 else (a + 1,)):
        for t in range(lo, end):
            w = raw[t]
            if not (w[:1].islower() and (w.endswith("ed") or w in _EN_IRREGULAR_PAST)) or w in EN_OK_LOWER_ED_WORDS:
                continue
            if f[t - 1] in ("by", "the", "a", "an", "its", "their", "his", "her", "is", "was", "are", "were", "been", "be"):
                continue  # a participle inside a noun phrase or a passive ("which is linked to ...")
            if (t + 1 < end and f[t + 1] == "by") or _en_key(f[t - 1]) in nouns("en").statement:
                continue  # "In a statement carried by SANA, the ministry condemned ...": a reduced relative
            c0 = next((x for x in range(t - 1, lo - 1, -1) if raw[x] == ","), lo - 1)
            if any(f[x] in ("who", "which") for x in range(c0 + 1, t)):
                continue  # "The governor, X, who visited the area, condemned ...": the relative clause's verb
            m = _en_left_speaker(ctx, t)
            if m is not None:
                return m
            if raw[t - 1] not in (",",):
                break  # the first verb has no speaker-like subject
    if but < 0:
        # a live blog's present tense: "The US embassy condemns the attack and says ..."
        t = next((t for t in range(a + 1, end) if raw[t] in _EN_PRESENT_NARRATION), -1)
        if t > a and f[t - 1] not in ("the", "a", "an", "its", "their", "his", "her", "to"):
            return _en_left_speaker(ctx, t)
        # (session 18, gold_bo) "The ministry does not distinguish between civilians and
        # combatants but says more than half ...": the subject of a negated auxiliary
        t = next((t for t in range(a + 1, min(end, a + 12)) if f[t] in ("does", "did", "do") and f[t + 1] in ("not", "n't", "never")), -1)
        if t > a and "but" in f[t : end + 1]:
            return _en_left_speaker(ctx, t)
    return None


# "reported missing", "confirmed dead", "declared dead": a participle on the people, no cue
_EN_REPORTED_STATE = frozenset("missing dead killed injured wounded abducted kidnapped detained safe".split())
# present-tense verbs that narrate what a speaker did before "and says ..."
_EN_PRESENT_NARRATION = frozenset(
    "condemns denounces rejects welcomes announces confirms denies urges calls warns expresses offers "
    "blames accuses praises mourns deplores criticises criticizes demands vows pledges".split()
)


def _en_age_np(doc: Doc, s0: int, s1: int) -> bool:
    """"19-year-old student Pooja Kumari": an age-led noun phrase (a bare "34" is just an age)."""
    return s0 + 3 < s1 and doc.raw[s0 + 1] == "-" and doc.folded[s0 + 2].startswith(("year", "month"))


def _en_segment_before(ctx: _Ctx, t: int) -> Mention | None:
    """The noun phrase filling the clause segment that ends at token t (exclusive)."""
    doc, a = ctx.doc, ctx.a
    raw, f = doc.raw, doc.folded
    s0 = t
    while s0 > a and raw[s0 - 1] not in CLAUSE_MARKS and raw[s0 - 1] not in QUOTES and raw[s0 - 1] not in _DASHES:
        s0 -= 1
    while s0 < t - 1 and f[s0] in _EN_LEAD:
        s0 += 1
    if not _en_np_ok(doc, s0, t):
        return None
    return _mention(doc, *_trim_np(doc, s0, t))


_EN_NOT_PARTICIPLE = frozenset("during including according regarding concerning following excluding "
                               "notwithstanding something nothing anything everything morning evening "
                               "building".split())


def _en_tail_adjunct(doc: Doc, k: int, b: int) -> bool:
    """Only prepositional adjuncts from k to the sentence end ("in its daily report on
    Tuesday.", "by phone.", "on condition of anonymity."): no clause of its own."""
    f, raw = doc.folded, doc.raw
    if raw[k] == "," and k + 1 < b and (f[k + 1] in _EN_DISTANCE_LEAD or (f[k + 1] == "in" and f[k + 2 : k + 3] and f[k + 2] in _EN_LANGUAGES)):
        k += 1  # "told AFP at the site, some 60 kilometres from the city.", "said in a statement, in Spanish."
    if f[k] not in _EN_TAIL_PREPS and f[k] not in _EN_DISTANCE_LEAD and f[k] not in _EN_PLACE_PREPS and f[k] not in _EN_TAIL_LEADS and not (
            k + 1 < b and (f[k + 1] in _EN_CLOCK or raw[k + 1] == ":") and is_number(f[k])):  # ("told AFP around 10pm": the audience skipped with "around")
        return False
    words = 0
    clock = -1  # (the end of a clock time being read: "around 10:00pm", "at 9 a.m.")
    for t in range(k, b):
        if t < clock:
            continue
        if raw[t] == "." and t < b - 1 and t > k and raw[t - 1][:1].isupper() and len(raw[t - 1]) <= 2:
            continue  # the full stops of "the U.N." end no sentence
        if raw[t] in ".!?" or raw[t] in CLOSE_QUOTES:
            return words > 0
        if raw[t] == "," and t + 1 < b and (f[t + 1] in _EN_DISTANCE_LEAD or (f[t + 1] == "in" and t + 2 < b and f[t + 2] in _EN_LANGUAGES)):
            continue  # "at the site in Teuchitlan, some 60 kilometres from Guadalajara.", "..., in Spanish."
        if raw[t] == "," and t + 1 < b and (f[t + 1] == "who" or (f[t + 1] == "where" and f[k] in _EN_PLACE_PREPS)):
            return words > 0  # "reached by telephone, who asked not to be named." / "outside the gates, where ..."
        if f[t] == "who" and words > 1 and raw[t][:1] == "w":
            return True  # "an aid worker based in the port who asked not to be named."
        if raw[t] == "," and t + 1 < b and len(f[t + 1]) > 5 and f[t + 1].endswith("ing") \
                and f[t + 1] not in _EN_NOT_PARTICIPLE:
            return words > 0  # "in a report published on Friday, warning that ...": a participle
            # clause of its own follows the adjuncts
        if not _word(raw[t]) and raw[t] not in ("(", ")"):
            return False
        if raw[t] in ("(", ")"):
            continue
        if is_number(f[t]) and t + 1 < b and f[t + 1] in _EN_DISTANCE_UNITS:
            continue
        if is_number(f[t]) and t + 1 < b and (f[t + 1] in _EN_CLOCK or raw[t + 1] == ":"):
            # '"...," he told The Daily Star around 10:00pm.': a clock time is no count
            clock = t + 1
            if raw[clock] == ":" and clock + 1 < b and f[clock + 1].isdigit() and len(f[clock + 1]) == 2:
                clock += 2
            elif raw[clock] == ":":
                return False
            while clock < b and f[clock] in _EN_CLOCK and f[clock] != "time":
                clock += 1
            words += 1
            continue
        if is_number(f[t]) or (f[t] in EN_STOP and f[t] not in _EN_TAIL_PREPS and f[t] not in _EN_TAIL_LEADS and f[t] not in _EN_DISTANCE_LEAD) \
                or f[t] in ("that", "was", "were", "had", "has", "is", "are"):
            return False
        words += 1
        if words > 16:
            return False
    return words > 0


_EN_DISTANCE_LEAD = frozenset("some about around roughly nearly".split())
# "put the toll higher", "put the number of dead much lower": a count compared with another's
_EN_PUT_COMPARE = frozenset("higher lower greater smaller bigger".split())
# other words that start a tail of adjuncts: '"...," Muhari said here on Monday.' (the wires'
# "here", where the story is filed), '"...," he said amid tears.'
_EN_TAIL_LEADS = frozenset(("here", "amid", "amidst"))
# the language a statement was made in ("said in a message posted on X, in Spanish."): an adjunct
_EN_LANGUAGES = frozenset("spanish portuguese french arabic english hindi urdu bengali bangla swahili amharic somali hausa "
                          "yoruba igbo tagalog filipino burmese pashto dari persian farsi russian ukrainian turkish kurdish "
                          "hebrew tamil telugu marathi punjabi sinhala nepali indonesian malay thai vietnamese chinese "
                          "mandarin japanese korean german italian creole lingala tigrinya".split())
# '"...," he said outside the prison gates': where the speaker stood
_EN_PLACE_PREPS = frozenset("outside inside near beside".split())
_EN_DISTANCE_UNITS = frozenset("km kilometres kilometers miles metres meters mi".split())


_EN_REACHED = frozenset("reached contacted interviewed speaking quoted visited telephoned based stationed".split())


def _en_reduced_relative(doc: Doc, k: int, b: int) -> bool:
    """A participle with only adjuncts after it up to the sentence end ("reached by phone.",
    "contacted by Reuters on Monday.", "speaking on condition of anonymity.")."""
    w, r = doc.folded[k], doc.raw[k]
    # only participles that describe how a speaker was reached: "said the gunmen arrived at
    # night" is a content clause, not a speaker with an adjunct
    if not r[:1].islower() or w not in _EN_REACHED:
        return False
    return _en_tail_adjunct(doc, k + 1, b)


def _en_skip_to_that(doc: Doc, k: int, b: int) -> int:
    """"told local radio station Magik 9 that", "said on its Telegram channel that": the
    audience / channel up to "that" (no verb, no clause mark), else k."""
    f, raw = doc.folded, doc.raw
    for t in range(k, min(b, k + 10)):
        if f[t] == "that":
            return t if t > k else k
        if not _word(raw[t]) or (f[t] in EN_STOP and f[t] not in _EN_TAIL_PREPS) or (raw[t][:1].islower() and f[t].endswith("ed") and f[t] not in ("based", "run", "owned")):
            return k
    return k


_EN_CLOCK = frozenset(("a", "p", "m", ".", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "local", "time"))
# adverbs between a cue and its content or adjuncts ("said separately in Port Sudan that")
_EN_CUE_ADVERBS = frozenset("separately also again repeatedly publicly privately previously initially subsequently".split())


def _skip_en_adjuncts(doc: Doc, k: int, b: int, told: bool) -> int:
    f, raw = doc.folded, doc.raw
    if k + 1 < b and f[k] in _EN_CUE_ADVERBS and (f[k + 1] == "that" or f[k + 1] in _EN_TAIL_PREPS):
        k += 1
    start = k
    if k < b and (told or f[k] in _EN_TAIL_PREPS or f[k] in _EN_PLACE_PREPS):
        t = _en_skip_to_that(doc, k, b)
        if t > k:
            return t
    if told and k < b and f[k] in ("him", "her", "them", "us", "me"):
        return k + 2 if k + 1 < b and f[k + 1] == "that" else k + 1  # "Residents told him several families had left"
    if told and k < b:
        # the audience: "told Reuters", "told our correspondent", "told reporters"
        ne = en_np_right(doc, k, b)
        # "told the BBC his staff had ...", "told VOA Somali the toll was ...": a determiner
        # after the audience's first word starts the content (no "that")
        det = next((t for t in range(k + 1, ne) if f[t] in EN_DETERMINERS and (
            raw[t - 1][:1].isupper() or f[t - 1] in _EN_TOLD_OBJ or f[t - 1] in _EN_ADJ_NOUNS)), -1)
        if k < det <= k + 6 and f[k] not in ("that",):
            return det
        if k < ne <= k + 6 and f[k] not in ("that",):
            k = ne
    if k < b and f[k] == "to" and k == start:
        # "confirmed to Reuters that ...": the audience
        for t in range(k + 1, min(b, k + 7)):
            if f[t] == "that":
                return t
    while k < b:
        w = f[k]
        if told and k > start and is_number(w) and k + 1 < b and raw[k + 1][:1].islower() and raw[k + 1].isalpha() \
                and f[k + 1] not in _EN_TOLD_NUM_NEXT:
            break  # (session 17 leftover) "told AFP 10 people had died": the count opens the content
        if told and k - start < 5 and (raw[k][:1].isupper() or w in _EN_TOLD_OBJ or (k > start and is_number(w) and raw[k - 1][:1].isupper() and f[k - 1] not in _EN_TIME_NOUNS)) and w not in ("that",):
            k += 1
            continue
        if told and k > start and raw[k] == "." and k + 1 < b and f[k + 1] in _EN_WEB_SUFFIXES and doc.ends[k - 1] == doc.starts[k]:
            k += 2  # "told Dawn.com that ...", "told Rappler.com": an outlet's web name (session 16)
            continue
        if w in ("on", "in", "at", "via", "during", "through", "by", "from"):
            rest = k + 1
            while rest < b and _word(raw[rest]) and not is_number(f[rest]) and f[rest] not in EN_STOP and rest - k <= 7:
                rest += 1
            if rest - k <= 7 and (rest >= b or (raw[rest] in ".!?" and rest >= b - 1) or raw[rest] in CLOSE_QUOTES or raw[rest] == ","):
                # (a full stop inside "the U.N." is no sentence end)
                k = rest
                continue
            nx = f[k + 1] if k + 1 < b else ""
            nx2 = f[k + 2] if k + 2 < b else ""
            if nx in ("a", "an", "the", "its", "his", "her", "their") and w in ("in", "on", "via", "through", "during"):
                # "said in a televised speech that ...", "said during a visit to the camp that":
                # the channel or occasion up to its "that"
                th = next((t for t in range(k + 2, min(b, k + 9)) if f[t] == "that"), -1)
                if th > 0 and all(_word(raw[t]) and not is_number(f[t]) and f[t] not in _EN_FINITE_AUX for t in range(k + 2, th)):
                    k = th
                    break
            if nx in ("a", "its", "his", "her", "their") and w in ("in", "on", "via", "through"):
                # "said in its latest report on Sunday", "in a written statement": a statement noun
                # after the determiner and at most two words
                # ("said in a joint analysis on Thursday": the speaker's own document, session 18; not a
                # statement noun of the lexicon, where "an AFP analysis of air force data" would speak)
                sn = next((t for t in range(k + 2, min(b, k + 8)) if _en_key(f[t]) in nouns("en").statement or f[t] == "analysis"), -1)
                if sn > 0 and (all(_word(raw[t]) and not is_number(f[t]) for t in range(k + 2, sn)) or (
                        # "in its 8 a.m. bulletin": a clock time before the noun
                        is_number(f[k + 2]) and all(f[t] in _EN_CLOCK for t in range(k + 3, sn)))):
                    k = sn + 1
                    continue
            if raw[k + 1 : k + 2] and raw[k + 1][:1].isupper() or nx in _EN_ADJ_AFTER and nx not in ("a", "an", "the", "this", "last") or (nx in ("a", "an", "the", "its", "his", "her", "their") and nx2 in _EN_ADJ_NOUNS):
                k += 2 if nx not in ("a", "an", "the", "its", "his", "her", "their") else 3
                continue
            break
        if w in _EN_ADJ_AFTER and w not in ("a", "an", "the", "this"):
            k += 1
            continue
        if w == "this" and k + 1 < b and f[k + 1] in _EN_TIME_NOUNS:
            k += 2  # "said earlier this month that ...": a time adverbial before the content
            continue
        if k > start and f[k - 1] in ("on", "in", "at") and raw[k][:1].isupper():
            k += 1
            continue
        if k > start and is_number(w) and len(w) <= 2 and f[k - 1] in _EN_MONTH_NAMES:
            k += 1  # "said on June 17, with ...": the day after its month
            continue
        break
    return k


_EN_TOLD_NUM_NEXT = frozenset("that on in at about by from for the a an and or news".split())
_EN_WEB_SUFFIXES = frozenset("com net org pk in ng ke ph bd co uk za gh ae".split())
_EN_MONTH_NAMES = _EN_MONTHS | MONTH_ABBREVS  # (the abbreviations the sentence splitter knows)


def _en_frames(ctx: _Ctx, cues: list[Cue], registry: Registry) -> list[Frame]:
    # SPEED (session 15): runs per cue of every sentence with a cue. A new rule tests the cue's
    # lemma/kind and the folded tokens (f[t] in a frozenset, a bounded range of t) before any
    # regex or any scan of the whole sentence; a rule that needs a rare word gates on it first.
    doc, a, b = ctx.doc, ctx.a, ctx.b
    f, raw = doc.folded, doc.raw
    lex = lexicon("en")
    frames: list[Frame] = []
    cue_at = {c.i: c for c in cues}
    # relay: "RT quoted the ministry as saying ..." (map/compress: the scan runs in C)
    relays = () if lex.relay_quoted.isdisjoint(f[a:b]) else compress(range(a, b), map(lex.relay_quoted.__contains__, f[a:b]))
    for t in relays:
        for s in range(t + 1 if t - 1 > a and f[t - 1] in _EN_COPULAS else t + 2, min(b, t + 14)):
            if f[s] == "as" and s + 1 < b and (f[s + 1] in ("saying", "telling") or (
                    # "quoted a military source as denying the accusation and saying ...": any
                    # participle cue of the quoted source
                    s + 1 in cue_at and cue_at[s + 1].kind == "part" and f[s + 1].endswith("ing"))):
                c = cue_at.get(s + 1) or None
                from newsclaims.extract.cues import CueEntry

                cue = Cue(CueEntry("verb", "quote"), t, t + 1, doc.starts[t], doc.ends[t])
                k = s + 2
                if k < b and f[k] == "that":
                    k += 1
                fr = Frame(cue, "en.relay_quoted", (t, s + 2), "after", k)
                if c is not None and c.entry.object_ok:
                    fr.anchor = s + 1  # "as accusing the rebels of ...": the participle's phrase is the content
                if c is not None and c.entry.stance == "denied" and k + 1 < b and f[k] in ("the", "this", "these", "those", "such") \
                        and (f[k + 1] in _EN_CLAIM_NOUNS or f[k + 1] in _EN_CHARGE_NOUNS):
                    fr.silent = True  # "as denying the accusation and saying ...": it points back
                if t - 1 > a and f[t - 1] in _EN_PASSIVE_AUX:
                    # "X was quoted by TASS as saying", "X was quoted as saying": the passive's
                    # subject is the speaker, the agent after "by" the relay
                    fr.mention = _en_left_speaker(ctx, t - 1)
                    if fr.mention is None:
                        continue
                    fr.via_mention = _mention(doc, *(_trim_np(doc, t + 2, s))) if f[t + 1] == "by" and s > t + 2 else None
                    fr.region = (fr.mention.i, s + 2)
                else:
                    fr.mention = _mention(doc, *(_trim_np(doc, t + 1, s)))
                    fr.via_mention = _en_left_speaker(ctx, t)
                    if fr.via_mention:
                        fr.region = (fr.via_mention.i, s + 2)
                if c is not None:
                    ctx.consumed.add(c.i)
                frames.append(fr)
                break
    for c in cues:
        if c.i in ctx.consumed:
            continue
        e = c.entry
        i, j = c.i, c.j
        if e.kind == "verb":
            if e.lemma == "put" and i - 1 > a and f[i - 1] in ("was", "were", "been", "is", "are") and j + 1 < b and f[j] == "at":
                # "The toll was put at 33 by the provincial government": the agent puts the number
                by = next((t for t in range(j + 2, min(b, j + 8)) if f[t] == "by"), -1)
                ne = en_np_right(doc, by + 1, b) if by > 0 else -1
                if by > 0 and ne > by + 1 and any(is_number(f[t]) or f[t] in _EN_COUNT_WORDS for t in range(j + 1, by)) \
                        and _en_np_ok(doc, by + 1, ne):
                    fr = Frame(c, "en.passive_put_by", (by, ne), "span", a)
                    fr.span_end = by
                    fr.mention = _mention(doc, *_trim_np(doc, by + 1, ne))
                    frames.append(fr)
                continue
            if i - 2 == a and f[a] == "this" and f[i - 1] == "was" and j + 1 < b and f[j] == "by" and doc.sent_of[a] > 0:
                # (session 18, gold_bn) Ukrinform's "This was reported by the General Staff of the
                # Armed Forces of Ukraine on Facebook, Ukrinform reports.": the agent speaks the
                # sentence before (the outlet that reports it is the relay)
                ne = en_np_right(doc, j + 1, b)
                pa, pb = doc.sents[doc.sent_of[a] - 1]
                if ne > j + 1 and _en_np_ok(doc, j + 1, ne) and pb - pa >= 4 and not _ar_headline_line(doc, pa, pb):
                    fr = Frame(c, "en.this_was_said_by", (a, ne), "span", pa)
                    fr.span_end = pb
                    fr.mention = _mention(doc, *_trim_np(doc, j + 1, ne))
                    for c2 in cues:
                        if c2.i > ne and c2.kind == "verb" and c2.j + 1 >= b and c2.i - 1 > ne and raw[c2.i - 2] == ",":
                            ctx.consumed.add(c2.i)  # ("..., Ukrinform reports.")
                            fr.via_mention = _mention(doc, c2.i - 1, c2.i)
                    frames.append(fr)
                    continue
            if j + 1 < b and raw[j] == "," and not e.object_ok and i - 3 > a and _word(raw[j + 1]):
                # (session 18, gold_bp) "makeshift camps where, the group says, at least nine
                # detainees died", "Tawila, where, aid workers said, 400,000 had sought refuge": a
                # speaker set off by commas inside a relative clause speaks for what follows it
                p = next((t for t in range(i - 1, max(a, i - 8), -1) if not _word(raw[t]) or f[t] in _EN_NESTED_REL), -1)
                if p - 1 > a and raw[p] == "," and f[p - 1] in _EN_NESTED_REL and p + 1 < i \
                        and _en_np_ok(doc, p + 1, i):
                    fr = _nested_rel_frame(ctx, c, _mention(doc, *_trim_np(doc, p + 1, i)), (p - 1, j + 1), j + 1, "en.nested_rel_cue")
                    frames.append(fr)
                    continue
            if e.lemma == "put" and j < b and f[j] == "at":
                continue  # "The fighting has put at risk 2 million people": no number of its own
            if e.lemma == "blame" and f[i] == "blame" and i > a and f[i - 1] in _EN_BLAME_NOUN_VERBS:
                continue  # "as Sudan's warring sides trade blame": the noun
            if i > a and f[i - 1] in ("to", "not", "never", "what", "was", "were", "is", "are", "been", "be", "being", "a", "an", "the", "of") \
                    and not _en_upper_word(raw, i - 1):  # ("IS said": the group's acronym, session 14)
                continue  # infinitive, negation, passive ("the claim was rejected"), "an estimated 600", "the number of confirmed cases"
            if i - 1 > a and f[i - 1] in ("also", "further", "later", "earlier", "widely", "initially", "previously") \
                    and f[i - 2] in ("was", "were", "is", "are", "been", "being"):
                continue  # "It was also reported that ...": a passive without its agent (gold_ad)
            if i > a and f[i - 1] in _EN_NOUN_ADJ and raw[i].endswith("s"):
                continue  # "giving sharply different counts of the turnout", "conflicting reports": a noun
            if e.lemma == "claim" and j + 1 < b and f[j] == "to" and raw[j + 1][:1].islower() and f[j + 1] not in ("have", "be", "the"):
                continue  # "CODECO, which claims to defend the Lendu": an aim, no statement ("claimed to have killed" is one)
            if e.lemma == "speak" and not any(is_number(w) or raw[t] in QUOTES or w in _EN_COUNT_WORDS
                                             for t, w in enumerate(f[j : j + 5], j)):
                continue  # "spoke of a massacre": no count of its own ('spoke of "about 20 ... neutralised"' is one)
            if e.lemma == "admit" and f[j] != "that" and any(is_number(w) for w in f[j : j + 3]):
                continue  # "hospitals ... had admitted more than 1,100 patients": admissions, no statement
            if e.lemma == "order" and not _EN_INQUIRY_NOUNS.isdisjoint(f[j : j + 4]):
                continue  # "The prosecutor ordered an urgent investigation": an act, no statement (gold_s, gold_z)
            if i - 1 > a and f[i - 1].endswith("ly") and f[i - 2] in ("to", "not", "never", "cannot"):
                continue  # "could not independently confirm the tolls", "to publicly deny": no statement
            if i - 1 > a and f[i - 2] == "what" and f[i - 1] in nouns("en").pronouns:
                if e.lemma in ("say", "claim") and j + 1 < b and f[j] in _EN_COPULAS and f[i - 1] not in ("we", "i", "you"):
                    # "a video showing what it said were the prisoners": the speaker's own
                    # proposition (the copula and its complement), not a label
                    fr = Frame(c, "en.what_said", (i - 1, j), "after", j)
                    ne = en_np_right(doc, a, i - 2) if f[a] not in nouns("en").pronouns else a
                    if a < ne < i - 3 and _en_np_ok(doc, a, ne) and (_en_key(f[ne - 1]),) in nouns("en").kinds:
                        # "The army published footage of what it said was ...": the clause's subject
                        fr.mention = _mention(doc, *(_trim_np(doc, a, ne)))
                    else:
                        fr.mention = _mention(doc, i - 1, i)
                        fr.pronoun = f[i - 1]
                    frames.append(fr)
                continue  # "rejected what it called fabricated figures": a label, not a claim
            if e.lemma in ("call", "describe") and "what" in f[max(a, i - 6) : i - 1]:
                # (session 18, gold_bo) "..., in what rights groups called part of a campaign of
                # intimidation", "in what local officials described as the deadliest attack": the
                # label is a claim of the noun phrase between "what" and the verb
                k = max(t for t in range(max(a, i - 6), i - 1) if f[t] == "what")
                if i - k == 3 and f[k + 1] == "the" and raw[k + 2][:1].islower():
                    continue  # "..., in what the group called a response to ...": the speaker's own label (as "what it called")
                if k > a and (f[k - 1] in ("in", "of", "to") or raw[k - 1] == ",") and f[k + 1] not in nouns("en").pronouns \
                        and all(_word(raw[t]) for t in range(k + 1, i)):
                    s0 = j + 1 if j < b and f[j] == "as" else j
                    fr = Frame(c, "en.in_what_called", (k, s0), "after", s0)
                    fr.mention = _mention(doc, *_trim_np(doc, k + 1, i))
                    frames.append(fr)
                    continue
            if i - 3 > a and f[i - 1] in _EN_SUBJ_PRONOUNS and f[i - 2] in _EN_FIGURE_NOUNS and f[i - 3] in ("a", "an", "the") \
                    and raw[i - 4] == "," and e.lemma in ("say", "claim") and j + 1 < b and f[j] in _EN_FINITE_AUX | _EN_MODALS:
                # "..., at least 120 deaths, a figure he said would rise as families recovered bodies":
                # the pronoun's own claim about the figure (gold_af, gold_am)
                fr = Frame(c, "en.what_said", (i - 3, j), "after", j)
                fr.mention = _mention(doc, i - 1, i)
                fr.pronoun = f[i - 1]
                frames.append(fr)
                continue
            if i - 2 > a and f[i - 2] in ("which", "who") and f[i - 1] in _EN_SUBJ_PRONOUNS and raw[i - 3] == "," \
                    and e.lemma in ("say", "claim") and j + 1 < b and _word(raw[j]) and _word(raw[j + 1]) and f[j] != "that":
                # "..., the building, which she said had shown cracks for years": the pronoun's
                # own claim inside the relative clause
                fr = Frame(c, "en.what_said", (i - 2, j), "after", j)
                fr.mention = _mention(doc, i - 1, i)
                fr.pronoun = f[i - 1]
                frames.append(fr)
                continue
            if j < b and f[j] in _EN_REPORTED_STATE and e.lemma in ("report", "confirm", "declare", "list") and doc.raw[i].endswith("ed"):
                continue  # "Fourteen people initially reported missing had been found": a participle
            # (the two calls below only where they can answer: a quotation mark before the cue; the
            # word before the cue "which"/"who" or an adjunct - their own first steps, done here)
            quotes = ctx.quotes
            if quotes and quotes[0] < i and _en_quoted_cue(doc, quotes, i, b, cue_at):
                continue  # '"My sister called and said she was trapped," said X': the quote's own words
            rel = _en_relative_at(doc, a, i) if i - 1 > a and (f[i - 1] in ("which", "who") or f[i - 1] in _EN_REL_ADJUNCTS) else -1
            if rel > a + 1 and _en_no_object_claim(e, f, j):
                continue  # "met Governor X, who said nothing about the 30 missing fishermen"
            if rel > a + 1 and e.lemma == "confirm" and j + 1 < b and f[j] in ("the", "this", "these") \
                    and (f[j + 1] in _EN_ATTACK_NOUNS or f[j + 1] in _EN_EVENT_NOUNS or ((_en_key(f[j + 1]) in _EN_CLAIM_NOUNS or f[j + 1] == "numbers") and j + 2 < b and (
                        raw[j + 2] == "," or _en_adjunct_tail(doc, j + 2, b)))):
                continue  # "X, who confirmed the incident to our correspondent, said ...": the speaker's aside
                # ("X, who confirmed the figures in a statement on Wednesday, said ...")
            if rel > a + 1 and f[rel] == "who" and j + 1 < b and f[j] in ("this", "it") and (raw[j + 1] == "," or _en_adjunct_tail(doc, j + 1, b)):
                continue  # "Dr X, who disclosed this in a statement on Wednesday, said ...": a pointer, no content (session 16)
            if rel > a + 1 and f[rel] == "who" and frames and frames[-1].direction == "before" and frames[-1].mention is not None \
                    and frames[-1].rule.startswith("en.content_cue_subject") and frames[-1].region[1] <= rel <= frames[-1].region[1] + 12 \
                    and raw[rel - 1] == "," and raw[frames[-1].region[1]] in (",", "who") and not any(raw[t] in QUOTES for t in range(frames[-1].region[1], rel)):
                # '"...," said Adam Haroun, a volunteer at the X Hospital, who added that ...': the
                # person the inverted cue named speaks again, not the hospital of his apposition
                k = _skip_en_adjuncts(doc, j, b, told=e.lemma == "tell")
                if k < b and f[k] == "that":
                    k += 1
                frames.append(Frame(c, "en.relative_cue_content", (rel, k), "after", k, inherit=True))
                continue
            if rel > a + 1:
                # "..., the army command, which said it had lost 40 soldiers" / "X, which earlier
                # in the day had reported 23 dead"
                ns = _en_np_left(doc, rel - 1, a)
                if ns is None:
                    continue
                k = _skip_en_adjuncts(doc, j, b, told=e.lemma == "tell")
                if k < b and f[k] == "that":
                    k += 1
                fr = Frame(c, "en.relative_cue_content", (ns, k), "after", k)
                n0, n_text, n_name = _trim_np(doc, ns, rel - 1)
                n_name = next((t for t in range(n0 + 1, n_name) if raw[t] == "("), n_name)  # "X (OCHA)" is X
                fr.mention = _mention(doc, n0, n_name, n_name)
                if ns - 1 > a and raw[ns - 1] == "," and f[ns] in ("a", "an") and frames \
                        and frames[-1].mention is not None and frames[-1].mention.j == ns - 1:
                    # "according to the AAPP, a monitoring group, which also counts 22,100": the
                    # class noun describes the body just named
                    fr.mention = frames[-1].mention
                frames.append(fr)
                continue
            if i > a and f[i - 1] in ("which",):
                continue
            # inverted: ", said the ministry."  (never "told X": X is the audience)
            if e.lemma != "tell" and not e.object_ok and i > a and (raw[i - 1] in (",",) or raw[i - 1] in _CLOSE_OR_STRAIGHT) and not (
                    raw[i - 1] == "," and (_en_skip_aside(doc, a, i) < i  # ("X, who spoke on condition of anonymity, said ...")
                                           or _en_subject_opens(ctx, i))) \
                    and not _en_time_after(f, j, b):  # ("..., Name, the head of X, said Tuesday, adding": a day, no speaker)
                ne = en_np_right(doc, j, b)
                appos_rel = False
                after = ne
                while after < b and raw[after] in ("."):
                    after += 1
                if ne < b and raw[ne] == ",":
                    ne2 = en_np_right(doc, ne + 1, b)
                    if ne2 + 1 < b and f[ne2] == "and" and raw[ne2 - 1][:1].isupper() and "for" in f[ne + 1 : ne2]:
                        # "said X, Amnesty's Regional Director for East and Southern Africa.": the
                        # region the title covers goes on past "and" (capitalised words to the end)
                        e2 = next((t for t in range(ne2 + 1, min(b, ne2 + 5)) if not raw[t][:1].isupper()), min(b, ne2 + 5))
                        if e2 > ne2 + 1 and (e2 >= b or raw[e2] in ".!?" or raw[e2] in QUOTES):
                            ne2 = e2
                    if ne2 > ne + 1 and _en_np_ok(doc, ne + 1, ne2) and (ne2 >= b or raw[ne2] in ".!?" or raw[ne2] in QUOTES or (
                        raw[ne2] == "," and ne2 + 1 < b and f[ne2 + 1] in ("which", "who")  # "said X, the director of Y, which put ..."
                    ) or (raw[ne2] == "," and ne2 + 2 < b and f[ne2 + 1] in ("in", "on", "at") and f[ne2 + 2] in ("a", "an", "the")
                          and (raw[ne + 1].endswith(("'s", "’s")) or f[ne + 1] in ("a", "an", "the")))):  # "said X, MSF's head of operations, in a statement
                        ne = ne2  # apposition: "said the union's leader, Sophie Martin."
                    elif ne2 + 4 < b and f[ne2] in ("who", "whose") and f[ne + 1] in ("a", "an") and _en_np_ok(doc, ne + 1, ne2) \
                            and "name" in f[ne2 : ne2 + 9]:
                        # (session 18, gold_bo) "said one of the residents, a trader who gave only his
                        # first name, Getachew.": the described member's name ends the speaker
                        ne = ne2
                        appos_rel = True
                if ne > j and ne + 1 < b and f[ne] == "from" and f[j] in ("a", "an", "one") and _en_np_ok(doc, j, ne):
                    ne2 = en_np_right(doc, ne + 1, b)  # "..., said a 41-year-old woman from Soro village."
                    if ne2 > ne + 1 and (ne2 >= b or raw[ne2] in ".!?" or raw[ne2] in QUOTES):
                        ne = after = ne2
                rel_ok = False
                named_rel = 0
                if ne > j and ne < b and f[ne] in ("who", "whose") and (appos_rel or _en_np_ok(doc, j, ne)) and not any(raw[t] in QUOTES or raw[t] in (";",) for t in range(ne, b)):
                    after = b  # "..., said a villager who asked not to be named."
                    rel_ok = True
                    rel = ne
                    while ne < b and raw[ne] not in (".", ","):
                        ne += 1
                    ne = min(ne, b)
                    if ne + 1 < b and raw[ne] == "," and any(f[t] in ("name", "named", "identified") for t in range(rel, ne)):
                        # "..., said a woman who gave only her first name, Gloria.": the name is hers
                        e2 = ne + 1
                        while e2 < b and raw[e2][:1].isupper() and _word(raw[e2]):
                            e2 += 1
                        if e2 > ne + 1 and e2 - ne <= 5 and (e2 >= b or raw[e2] in ".!?" or raw[e2] in QUOTES):
                            named_rel = e2
                elif ne > j and ne + 1 < b and _en_np_ok(doc, j, ne) and _en_reduced_relative(doc, ne, b):
                    after = b  # "..., said a resident reached by phone." / "contacted by AFP"
                    rel_ok = True
                if ne > j and ne < b and raw[ne] == "," and raw[i - 1] == "," and (_en_appos_subject(ctx, i) or _en_subject_goes_on(doc, ne, b)):
                    pass  # "A community leader, Chief X, said the attackers, numbering 100, came ...": X speaks
                elif ne > j and (rel_ok or _en_np_ok(doc, j, ne)) and (after >= b or ne >= b or raw[ne] in (",", ";", ".") or raw[ne] in QUOTES):
                    fr = Frame(c, "en.content_cue_subject", (i, ne), "before", i)
                    _, text_end, name_end = trim_en_stretch(doc, j, ne)
                    fr.mention = _mention(doc, j, named_rel, named_rel) if named_rel else _mention(doc, j, text_end, name_end)
                    frames.append(fr)
                    continue
            via = swap = None
            # "Reuters, citing a military source, said": relay segment right before the verb
            pc = _segment_prep(ctx, cues, i) if i - 1 > a and raw[i - 1] == "," else None  # (its own first test)
            if pc is not None:
                ne = en_np_right(doc, pc.j, i)
                src = _mention(doc, *_trim_np(doc, *_statement_en(doc, pc.j, ne))) if ne > pc.j else None
                men = _en_segment_before(ctx, pc.i - 1)
                if src is None or men is None:
                    continue
                ctx.consumed.add(pc.i)
                if pc.entry.lemma in _CITING:
                    men, via = src, men
                else:
                    via = src
            else:
                men = _en_left_speaker(ctx, i)
            if men is not None and men.j - men.i >= 3 and f[men.i] in ("a", "an", "the") and f[men.i + 1] in _EN_CLAIM_NOUNS:
                continue  # "..., a claim the army denied"
            if _en_no_object_claim(e, f, j):
                continue
            if f[i] == "claims" and j < b and f[j] not in ("that", "it", "its", "their", "to") and not _ar_headline_line(doc, a, b):
                continue  # 'The group's claims "cannot be verified"': a quoted object only in a headline ("PTI claims 'lakhs' at rally")
            if e.lemma == "condemn" and not (j + 2 < b and f[j + 2] in ("called", "described", "termed", "dubbed")):
                continue  # only "condemned what it called '...'": not "condemned what happened"
            if e.lemma == "blame" and j < b and f[j] in ("for", "on"):
                continue  # "Separatists blamed for deadly raid": a passive, no speaker
            if e.lemma == "accuse" and f[j : j + 2] in (["each", "other"], ["one", "another"]):
                continue  # "the army and the RSF accused each other of the attack": no claim of one speaker
            if men is None and i > a and (f[i - 1] == "and" or (f[i - 1] == "but" and i - 2 > a and (
                    raw[i - 2] == "," or not frames or raw[i - 2] in _CLOSE_OR_STRAIGHT or e.lemma in ("put", "give")))):
                # ("X confirmed the attack in a statement but put the number at 19": a count of its own)
                # "... said 9 people had died, and accused the rebels of ...": same subject
                # ('confirmed "seven deaths" but said the number could rise': a quoted object ends
                # the first content)
                k = _skip_en_adjuncts(doc, j, b, told=e.lemma == "tell")
                if k < b and f[k] == "that":
                    k += 1
                fr = Frame(c, "en.coordinated_cue", (i - 1, k), "after", k, inherit=True)
                rel = _en_coordinated_relative(doc, a, i) if f[i - 1] == "and" and ("which" in f[max(a, i - 16) : i] or "who" in f[max(a, i - 16) : i]) else -1
                if rel > 0:
                    # "..., OHCHR, which verified the ages of 8,119 victims and said nearly 70% ...":
                    # the relative pronoun's antecedent speaks through the coordinated cue
                    ns = _en_np_left(doc, rel - 1, a)
                    if ns is not None:
                        n0, _, n_name = _trim_np(doc, ns, rel - 1)
                        n_name = next((t for t in range(n0 + 1, n_name) if raw[t] == "("), n_name)
                        fr.mention = _mention(doc, n0, n_name, n_name)
                        fr.inherit = False
                        frames.append(fr)
                        continue
                if not frames:
                    # "X, the army's spokesman, posted a map on X and said ...": the subject
                    # of the clause's first verb
                    fr.mention = _en_clause_subject(ctx, i - 1)
                    if fr.mention is None:
                        continue
                    fr.inherit = False
                frames.append(fr)
                continue
            if men is None:
                continue
            if men.i - 1 > a and f[men.i - 1] == "that" and any(
                x.direction == "after" and x.anchor == men.i and x.cue.entry.lemma in ("say", "tell") for x in frames
            ):
                continue  # "X told state radio that the government had recorded 14 deaths": X's content
            if men.i - 2 > a and f[men.i - 1] == "that" and f[men.i - 2] == "and" and any(
                x.direction == "after" and x.cue.i < men.i and x.anchor < men.i for x in frames
            ):
                continue  # "X said A and that its officers had recorded 112 arrests": one content (X's)
            if f[i] == "tell" and (f[i - 1] in _EN_MODALS or i + 1 >= b or not (raw[i + 1][:1].isupper() or f[i + 1] in _EN_TOLD_OBJ)):
                continue  # "Nobody can tell us that": only "X tell Reuters/reporters ..." reports speech
            if f[i] in ("deny", "confirm") and (f[i - 1] in _EN_MODALS or f[men.i] in ("i", "you", "we") or men.j - men.i > 4):
                continue  # "police deny ...": a short plural subject; not "could not confirm", "I confirm"
            if e.lemma == "describe" and not (j < b and (f[j] == "that" or raw[j] in QUOTES or raw[j] == ":")) and "as" not in f[j : min(b, j + 14)] \
                    and not _en_np_ing(doc, j, b):
                continue  # "Witnesses described a chaotic scene": narration ("described it as a massacre" is a claim)
            if e.lemma == "raise" and not any(_en_key(f[t]) in _EN_TOLL_WORDS for t in range(j, min(b, j + 3))):
                continue  # "raised the alarm": only raising a toll or a count is a claim
            if e.lemma == "raise" and not any(f[t] in _EN_TOLL_SINGULAR for t in range(j, min(b, j + 3))) \
                    and not any(raw[t] == ":" or is_number(f[t]) for t in range(j, b)):
                continue  # "The NDMO has updated its figures.": the plural noun alone points to figures given after it
            if e.lemma == "raise" and kind_of(f[men.i : men.j], "en") is None and not any(
                    raw[t][:1].isupper() for t in range(men.i + (f[men.i] in ("the", "a", "an")), men.j)):
                continue  # "The new deaths raised the toll to 50, officials said": no speaker moves a toll
            pointer = (e.stance == "denied" or e.lemma in ("revise", "confirm", "dispute")) and e.object_ok and _en_pointer_object(doc, j, b) or (
                # "The Director ..., Major General X, disclosed this at a briefing in Abuja", "A source
                # denied this to L'Orient Today": a bare "this" points back to the sentence before
                j < b and f[j] == "this" and _en_bare_this(doc, j + 1, b))
            # ("The army dismissed the claim.": it points back, no content of its own; the frame
            # stays, silent, so that "He said ..." and ", saying ..." after it find its speaker)

            if e.lemma == "put" and not any((f[t] == "at" and not (t + 1 < b and f[t + 1] in _EN_PUT_AT_NOT)) or is_number(f[t])
                                            for t in range(j, min(b, j + 18))):
                if not (kind_of(f[men.i : men.j], "en") is not None and any(f[t] in _EN_PUT_COMPARE for t in range(j, min(b, j + 12)))):
                    continue  # "the floods put their harvest at risk": a state, not a number
                # "the district head, X, put the number of the missing higher": no figure of its own,
                # it points back (no claim: gold README, "gave a lower toll"), but the frame stays,
                # silent, so that his quote after it ('"We counted 96," he said') is his
                pointer = True
            nxt_cue = min((x.i for x in cues if x.i > i and x.kind != "prep" and f[x.i - 1] not in ("of", "the", "a", "an")), default=b) if e.lemma in ("put", "give") else b
            # ("gave a confirmed toll of 5,300": the adjective "confirmed" is no cue of its own)
            silent = pointer or e.lemma in ("put", "give") and not any(f[t] == "at" or is_number(f[t]) or f[t] in _EN_COUNT_WORDS for t in range(j, nxt_cue))
            # ("put the toll far higher, telling a radio that 200 ...": the figure is the next claim's)
            if e.lemma == "show" and not any(
                _en_key(f[t]) in nouns("en").statement and not (men.i <= t < men.j)
                for t in range(max(a, men.i - 3), i)
            ) and not _en_owned_data(doc, men.i, men.j):
                continue  # "data from X shows ...": only counts and records speak through "show"
            if e.lemma == "show" and f[i] in ("stands", "stood", "stand") and not _en_count_stands(doc, men, i):
                continue  # (session 14) "The ministry's toll stands at 70": the owner of the count
                # right before the verb (not "the tally of the victims stands at 70")
            k = _skip_en_adjuncts(doc, j, b, told=e.lemma == "tell")
            subj_i = men.i
            # "the ministry said, according to AFP, that ..." / "..., citing the ministry."
            if k + 1 < b and raw[k] == "," and (k + 1) in cue_at and cue_at[k + 1].kind == "prep":
                pc = cue_at[k + 1]
                ne = _en_prep_np_end(doc, pc.j, en_np_right(doc, pc.j, b), b)
                if ne + 3 == b and raw[ne] == "(" and raw[ne + 2] == ")" or ne + 3 < b and raw[ne] == "(" and raw[ne + 2] == ")" and raw[ne + 3] in ".!?":
                    ne += 3  # "..., it said, citing the State Emergency Management Agency (SEMA).": its acronym
                if ne > pc.j:
                    st = _statement_en(doc, pc.j, ne)
                    src = _mention(doc, *_trim_np(doc, *st))
                    ctx.consumed.add(pc.i)
                    subj_i = men.i  # the content (before the cue) ends before the relaying subject
                    if pc.entry.lemma in _CITING and st == (pc.j, ne) and not _en_speaker_head(doc, pc.j, ne, registry):
                        pass  # "..., it said, citing satellite imagery": its evidence, no speaker
                    elif pc.entry.lemma in _CITING and st != (pc.j, ne) and f[st[0]] in ("its", "their", "his", "her", "our"):
                        pass  # "..., citing figures compiled by its partners": its own unnamed people
                    elif pc.entry.lemma in _CITING:
                        men, via = src, men
                    else:
                        via = src
                    k = _skip_en_adjuncts(doc, ne, b, told=False)
                    if k < b and raw[k] == "," and not (k + 1 < b and f[k + 1] in ("adding", "saying", "noting")):
                        k += 1
            comma_framed = (
                men.i > a + 2 and raw[men.i - 1] == "," and raw[k : k + 1] == [","]
                and _at_least_words(raw, a, men.i - 1, 3)
            ) if k < b else False
            if k + 3 < b and f[k] in _EN_PUBLISHED and _en_key(f[k - 1]) in nouns("en").statement and men.i > a + 2 and raw[men.i - 1] == ",":
                # (session 18, gold_bp) "..., Amnesty International said in a report published on
                # Thursday, the highest number it has recorded since 2015": an apposition on the
                # content's number after the report's participle, no content of its own
                t = next((x for x in range(k + 1, min(b, k + 7)) if not _word(raw[x])), -1)
                if t > k + 1 and raw[t] == "," and t + 2 < b and f[t + 1] in ("the", "a", "an", "its") and f[t + 2] in _EN_SUPERLATIVES:
                    k = t
            if k + 1 < b and f[k] in _EN_PUBLISHED and (_en_key(f[k - 1]) in nouns("en").statement or f[k - 1] in _EN_POSTED_NOUNS) and (
                    raw[k + 1] in (".", "!", "?") or _en_tail_adjunct(doc, k + 1 + (f[k + 1] in ("late", "early", "earlier", "later")), b)):
                k = b  # "..., the group said in a report presented on Thursday.": the report's participle
                # ("..., X said in a message posted on X.", "in a video shared on Facebook": session 16)
            elif k + 1 < b and f[k] in _EN_PUBLISHED and _en_key(f[k - 1]) in nouns("en").statement:
                th = next((t for t in range(k + 1, min(b, k + 9)) if f[t] == "that"), -1)
                if th > 0 and all(_word(raw[t]) and not is_number(f[t]) for t in range(k + 1, th)):
                    k = th  # "said in a report released on Monday that ...": the content after "that"
            if k < b and not comma_framed and _en_tail_adjunct(doc, k, b):
                k = b  # only adjuncts follow the cue: the content is the clause before it
            after_quote = men.i - 1 > a and (raw[men.i - 1] in _CLOSE_OR_STRAIGHT or (
                raw[men.i - 1] == "," and raw[men.i - 2] in _CLOSE_OR_STRAIGHT))
            end_like = comma_framed or k >= b or raw[k] in (".", "!", "?", ";") or raw[k] in CLOSE_QUOTES or (
                # '"...," X told the crowd, a figure she said was based on ...': an apposition on the quote's number
                raw[k] == "," and k + 2 < b and f[k + 1] in ("a", "an") and f[k + 2] in _EN_FIGURE_NOUNS
            ) or (
                # (session 18) "..., X said on Thursday, the highest monthly toll since 2022": a
                # superlative apposition on the content's number
                raw[k] == "," and k + 2 < b and f[k + 1] in ("the", "a", "an", "its") and f[k + 2] in _EN_SUPERLATIVES
                and men.i > a + 2 and raw[men.i - 1] == ","
            ) or (
                # "have killed 97, the authority said in its latest report, up from 64 a day earlier"
                raw[k] == "," and k + 2 < b and f[k + 1] in ("up", "down") and f[k + 2] == "from"
                and men.i > a + 2 and raw[men.i - 1] == ","
            ) or (
                # '"...," she told the Guardian from her hospital bed, where she was being treated':
                # after a quotation, a clause on where or when the speaker was is no content
                raw[k] == "," and after_quote and k + 1 < b and f[k + 1] in ("where", "when", "while", "as", "after", "before", "since")
            ) or (
                raw[k] == "," and (k + 1 >= b or f[k + 1] in ("adding", "saying", "noting", "citing", "according", "quoting", "declining", "asking", "requesting", "speaking", "without") or raw[k + 1] in QUOTES
                                   or ((f[k + 1] in ("using", "being") or f[k + 1].endswith("ing") and len(f[k + 1]) > 5) and (
                                       (men.j - men.i == 1 and f[men.i] in nouns("en").pronouns)
                                       or after_quote)))  # '"...," X told reporters, accusing ...'
            )
            pron = f[men.i] if men.j - men.i == 1 and f[men.i] in nouns("en").pronouns else None
            if pron in ("we", "i"):
                continue  # "We counted 40 bodies," he said: the verb is inside the quotation
            if pron is not None and comma_framed and f[men.i - 2] in ("which", "who", "where") and raw[men.i - 3] == "," \
                    and k + 1 < b and raw[k] == "," and _word(raw[k + 1]):
                # "the transport company, which, he added, had been fined twice": the relative
                # clause after the parenthetical cue is the speaker's content
                fr = Frame(c, "en.relative_parenthetical", (men.i - 2, k + 1), "after", k + 1)
            elif end_like:
                # content precedes the speaker: "60 were killed, the ministry said."
                anchor = min(men.i, subj_i)
                while anchor > a and raw[anchor - 1] in (",",) :
                    anchor -= 1
                fr = Frame(c, "en.content_subject_cue", (men.i, max(j, k)), "before", anchor)
                if frames and frames[-1].direction == "after" and frames[-1].region[0] == men.i and men.j < frames[-1].cue.i < i \
                        and f[frames[-1].cue.i - 1] in ("who", "whom"):
                    # '"...," a volunteer who said he had worked all night told AFP': the relative
                    # clause's own claim starts at its pronoun, after this speaker's quote
                    frames[-1].region = (frames[-1].cue.i - 1, frames[-1].region[1])
                    frames[-1].direction, frames[-1].span_end = "span", i  # (up to this cue)
                if k + 3 < b and raw[k] == "," and f[k + 1] in _EN_MONTHS and is_number(f[k + 2]) and raw[k + 3] == ",":
                    k += 3  # "said on Sunday, October 27, up from 46": the date's apposition
                if k + 1 < b and raw[k] == "," and f[k + 1] in _EN_TAIL_GOES_ON and men.i > a + 2:
                    # "has risen to 188, the minister said, with 90 still missing": the tail
                    # after the cue goes on with the same content
                    fr.through = True
                elif men.i > a + 2 and raw[men.i - 1] == "," and _en_tail_clause(doc, k, b):
                    # "...were injured, he said, and some 5,400 houses were destroyed", "..., she
                    # said, while 21 had been picked up", "..., he said on Friday, out of 17,800
                    # suspected cases": the speaker's account goes on after the cue
                    fr.through = fr.tail = True
                elif k + 2 < b and raw[k] == "," and f[a] in _EN_FRONT_PREPS and raw[men.i - 1] == "," and men.i - a <= 8 \
                        and _word(raw[k + 1]) and not any(raw[t] in QUOTES or raw[t] == "," for t in range(a, men.i - 1)):
                    # "Since the swap, he said, dozens of families had called him": a fronted
                    # phrase, the cue, then the clause it belongs to
                    fr.through = True
            else:
                if k == j and c.entry.object_ok and not silent and k + 1 < b and _word(raw[k]) and (
                        _word(raw[k + 1]) or (e.stance == "denied" and f[k] in _EN_DENIED_NOUNS and raw[k + 1] in (".", "!", ";"))
                        # ("The rebels denied responsibility." alone; "denied responsibility, saying ...": the participle's)
                ) and f[k] != "that" and raw[k] not in _OPEN_OR_STRAIGHT:
                    # an object verb's content is the verb phrase: "denied targeting civilians",
                    # "put the toll at 57" (the object alone would read as the opposite or a fragment)
                    k = c.i
                if k < b and raw[k] == ",":
                    k += 1
                if k < b and f[k] == "that":
                    k += 1
                if k < b and raw[k] == ":":
                    k += 1
                if c.entry.object_ok and k > c.i and _at_least_words(raw, k, b, 2) and _ar_headline_line(doc, a, b):
                    k = c.i  # a headline keeps its verb: "Taliban raise toll to 1,411" (not "... denies role")
                if via is None and e.lemma == "say" and k + 4 < b and "told" in f[k + 1 : k + 5]:
                    inner = _en_told_inside(doc, k, b)
                    if inner is not None:
                        # "X said survivors had told his crew that 65 were on board": the
                        # survivors speak, relayed by X
                        via, men, k = men, inner[0], inner[1]
                        pron = None
                fr = Frame(c, "en.subject_cue_content", (men.i, k), "after", k)
                if k < b and raw[k] in _OPEN_OR_STRAIGHT:
                    close = _close_quote(doc, k, b)
                    # a quotation that ends the clause is the content; a quoted word that the
                    # sentence goes on from ('said "rioters" would be ...') is part of it
                    if close > k + 1 and not (close + 1 < b and _word(raw[close + 1])) and not (
                            # (session 18, gold_bp) 'OCHA wrote that "...", and that 430 Palestinians had
                            # been displaced': a second "that" clause of the same cue goes on after the quote
                            close + 3 < b and raw[close + 1] == "," and f[close + 2] == "and" and f[close + 3] == "that"):
                        fr.direction, fr.anchor, fr.span_end, fr.quote = "span", k + 1, close, "direct"
            if fr.direction == "after" and men.j - men.i == 1 and men.i > a and f[men.i - 1] in ("where", "when") and raw[men.i - 2 : men.i - 1] == [","]:
                cm = next((t for t in range(fr.anchor + 2, b) if raw[t] == ","), -1)
                if cm > 0:  # "..., where she said 40,000 marched, she called ...": the relative clause
                    fr.direction, fr.span_end = "span", cm
            fr.mention = men
            fr.silent = silent
            fr.pronoun = pron if via is None else None
            fr.via_mention = via
            m0 = fr.region[0]
            if m0 - 3 >= a and f[m0 - 1] in ("that", "which") and f[m0 - 2] in _EN_CLAIM_NOUNS and f[m0 - 3] in ("a", "an", "the"):
                # "..., a figure that OCHA said it could not confirm": the noun phrase belongs
                # to this speaker's clause, not to the content of the claim before it
                fr.region = (m0 - 3, fr.region[1])
            if via is not None and fr.direction == "after":
                fr.region = (min(fr.region[0], via.i, men.i), max(fr.region[1], via.j, men.j))
            frames.append(fr)
            continue
        if e.kind == "part":
            if i > a and f[i - 1] in ("as", "without"):
                continue  # "without saying where": no statement
            if e.lemma == "put" and not any(f[t] == "at" and not (t + 1 < b and f[t + 1] in _EN_PUT_AT_NOT) for t in range(j, min(b, j + 18))):
                continue  # ", putting the lives of 300 families at risk": a state, not a count
            if e.lemma not in ("say", "claim", "tell") and i > a and (raw[i - 1] in OPEN_QUOTES or (
                raw[i - 1] in STRAIGHT_QUOTES and doc.ends[i - 1] == doc.starts[i]
            )) and not (j < b and (f[j] in ("that", "of") or raw[j] == ":")):
                continue  # 'fired "warning shots"': a quoted noun, not a participle
            if e.lemma not in ("say", "claim", "tell") and i > a and raw[i - 1] != "," and _word(raw[i - 1]) and not (
                j < b and (f[j] in ("that", "of") or raw[j] in (":",) or raw[j] in QUOTES)
            ) and not (f[i - 1] == "and" and e.lemma in ("accuse", "blame", "deny") and any(x.cue.kind == "part" for x in frames)):
                # ('denied responsibility, saying ... and accusing the army of ...': a second participle)
                continue  # "troops fired warning shots": such a participle follows a comma or takes "that"
            k = j
            if e.lemma == "tell":
                k = _en_skip_to_that(doc, k, b)
                if k == j:
                    continue
            elif k < b and f[k] in ("in", "on", "via"):
                k = _en_skip_to_that(doc, k, b)  # "saying in a statement that ...": its channel
            if k < b and f[k] == "that":
                k += 1
            if k < b and raw[k] == ":":
                k += 1
            fr = Frame(c, "en.participle", (i, k), "after", k, inherit=True)
            w0 = next((t for t in range(i - 1, max(a, i - 8) - 1, -1) if f[t] == "with" or not _word(raw[t])), -1)
            if w0 >= a and f[w0] == "with" and w0 + 1 < i and _en_np_ok(doc, w0 + 1, i):
                # "..., with a security source saying hundreds may have died": the absolute
                # construction's own subject speaks
                fr.region = (w0, k)
                fr.mention = _mention(doc, *_trim_np(doc, w0 + 1, i))
                fr.inherit = False
            elif not any(x.region[0] < i for x in frames) and e.lemma in ("say", "claim", "tell", "accuse", "deny", "write"):
                # "its news agency published a statement saying ...", "X posted a message on
                # Telegram saying ...": the subject of the clause's verb speaks
                fr.mention = _en_clause_subject(ctx, i)
                if fr.mention is not None:
                    fr.inherit = False
            frames.append(fr)
            continue
        # prepositions: according to / citing / quoting
        ne0 = en_np_right(doc, j, b)
        knowing = _en_knowing_end(doc, j, ne0, b, registry)
        ne = knowing or _en_prep_np_end(doc, j, ne0, b)
        if ne != ne0 and not knowing and not _en_speaker_head(doc, j, ne, registry):
            ne = ne0  # the coordinated words name no speaker: keep the first phrase
        if ne <= j:
            continue
        # ("according to people familiar with its count": the whole phrase is the speaker)
        si, se = (j, ne) if knowing else _statement_en(doc, j, ne)
        if e.lemma == "by" and (si, se) == (j, ne) and not knowing:
            continue  # "by" only counts with a statement noun: "by the ministry's count"
        if ne - j == 1 and f[j] in _EN_OBJ_PRONOUNS:
            # "According to him, ...": the pronoun points back to a speaker
            men = _mention(doc, j, ne)
            fr = _prep_direction(ctx, c, men, ne, "en.prep_subject", frames)
            if fr is not None:
                fr.pronoun = _EN_OBJ_PRONOUNS[f[j]]
                frames.append(fr)
            continue
        if (si, se) == (j, ne) and not knowing and not _en_speaker_head(doc, j, ne, registry) and not _en_official_data(doc, j, ne) \
                and not (2 <= ne - j <= 3 and f[j] in ("the", "this", "that") and f[ne - 1] in _EN_DOCUMENT_NOUNS and e.lemma == "according to"):
            # ("according to the statement", "according to the latest update": the issuer of the
            # document the story just named, or its last speaker - the resolver's statement rule)
            continue  # "according to Islamic rites", "according to plan": no speaker
        if e.lemma in _CITING and (si, se) != (j, ne) and f[si] in ("its", "their", "his", "her", "our"):
            continue  # "..., citing figures compiled by its partners": the speaker's own unnamed people
        men = _mention(doc, *_trim_np(doc, si, se))
        via, rule = None, "en.prep_subject" + (".statement" if (si, se) != (j, ne) else "")
        if ne + 4 < b and raw[ne] == "," and f[ne + 1] in ("which", "who") and f[ne + 2] in ("cited", "quoted") \
                and e.lemma == "according to":
            # "..., according to AFP, which cited a hospital source.": the outlet relays, the
            # source it cites speaks (as in "AFP reported, citing a hospital source")
            ne2 = en_np_right(doc, ne + 3, b)
            if ne2 > ne + 3 and (ne2 >= b or raw[ne2] in ".,;") and _en_np_ok(doc, ne + 3, ne2):
                via, men, ne = men, _mention(doc, *_trim_np(doc, ne + 3, ne2)), ne2
        fr = _prep_direction(ctx, c, men, ne, rule, frames)
        if fr is not None:
            fr.via_mention = via
            frames.append(fr)
    frames.sort(key=lambda x: x.region[0])
    for fr in frames:
        if fr.rule == "en.relative_cue_content" and fr.cue.entry.lemma not in _EN_TALLY_LEMMAS:  # (not "which documents abuses": what the body does)
            for m in frames:
                if m is not fr and m.rule == "en.subject_cue_content" and m.region[0] <= fr.region[0] and fr.anchor < m.cue.i < m.region[1]:
                    # "X, which had earlier cited a figure of 11,300 dead, said ...": the main
                    # verb's region starts at its cue, leaving the relative clause its content
                    m.region = (m.cue.i, m.region[1])
    frames.sort(key=lambda x: x.region[0])
    for n in range(len(frames) - 1, 0, -1):
        # ("Police counted 35,000, the minister told the daily, adding ...": any such pair)
        last, prev = frames[n], frames[n - 1]
        if (
            last.direction == "before" and (last.cue.entry.lemma in ("say", "tell") if last.cue.kind == "verb" else (
                # "Burundi has recorded 170 cases, according to the Africa CDC": the tally's source
                last.cue.kind == "prep" and last.cue.entry.lemma == "according to" and last.mention is not None))
            and prev.direction == "after" and prev.cue.kind == "verb" and (prev.cue.entry.lemma in _EN_TALLY_LEMMAS or (
                # "The DR Congo has reported 20,000 cases, the WHO said": a count on record
                prev.cue.entry.lemma in ("report", "verify", "confirm", "register") and ctx.doc.folded[prev.cue.i - 1] in ("has", "have", "had")) or (
                # (session 18, gold_bp) "Countries in Europe and Central Asia reported 127,350 measles
                # cases, WHO and UNICEF said": places that reported, no speaker of their own
                prev.cue.entry.lemma == "report" and prev.mention is not None and last.mention is not None
                and kind_of(ctx.doc.folded[prev.mention.i : prev.mention.j], "en") is None
                and ctx.doc.folded[prev.mention.i] in _EN_PLACE_PLURALS) or (
                # (session 18, gold_bp) "X puts the figure at 150,000, its chairman told reporters":
                # the possessive points back to the body that gives the figure
                prev.cue.entry.lemma in ("put", "estimate") and last.mention is not None and prev.mention is not None
                and ctx.doc.folded[last.mention.i] in ("its", "their")))
            and prev.via_mention is None and last.via_mention is None
        ):
            lm, fo = last.mention, ctx.doc.folded
            if lm is not None and (fo[lm.i] in ("its", "their") or (
                    # "Mediazona, an independent Russian outlet, has confirmed ..., the outlet said":
                    # "the" + a noun of the counting subject's own phrase points back to it
                    lm.j - lm.i == 2 and fo[lm.i] == "the" and ctx.doc.raw[lm.i + 1].islower()
                    and fo[lm.i + 1] in fo[ctx.a : prev.cue.i])):
                # "A rights network has documented ..., including 659 children, its director
                # said": the possessive points back to the counting body, which says it all
                end = last.mention.i
                while end > prev.anchor and ctx.doc.raw[end - 1] in (",",):
                    end -= 1
                prev.direction, prev.span_end = "span", end
                frames.pop(n)
            else:
                frames.pop(n - 1)  # the count is narrated inside the trailing speaker's statement
            break
    return _en_relays(ctx, frames, registry)


_EN_ANON_WORDS = frozenset("anonymity named identified".split())


def _en_anonymous_who(doc: Doc, a: int, le: int) -> Mention | None:
    """"a doctor who spoke on condition of anonymity because he was not authorized to brief
    the media said": the noun phrase before a "who" clause asking for anonymity (no commas)."""
    f, raw = doc.folded, doc.raw
    if "who" not in f[max(a, le - 26) + 1 : le - 1]:
        return None  # (the walk below finds no "who": one C-level look first, per cue)
    for t in range(le - 2, max(a, le - 26), -1):
        if raw[t] in CLAUSE_MARKS or raw[t] in QUOTES:
            return None
        if f[t] == "who":
            if not any(f[x] in _EN_ANON_WORDS for x in range(t + 1, le)):
                return None
            ns = _en_np_left(doc, t, a)
            if ns is not None and ns - 2 > a and f[ns - 1] in ("in", "at", "from", "near", "of", "with"):
                n2 = _en_np_left(doc, ns - 1, a)
                if n2 is not None and f[n2] in ("a", "an", "one", "another"):
                    ns = n2  # "an army colonel in the area who declined to be named": the colonel
            return _mention(doc, *_trim_np(doc, ns, t)) if ns is not None else None
    return None


_EN_REL_ADJUNCTS = frozenset(
    "earlier later also had has have in the day on this week last night morning evening afternoon "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _en_coordinated_relative(doc: Doc, a: int, i: int) -> int:
    """Index of ", which/who" whose clause's first verb is a past verb and goes on, with no comma,
    to "and" + the cue at i ("OHCHR, which verified the ages ... and said"); else -1."""
    f, raw = doc.folded, doc.raw
    for t in range(i - 2, max(a, i - 16), -1):
        if raw[t] in (",", ";", ":") or raw[t] in QUOTES:
            return -1
        if f[t] in ("which", "who") and raw[t] != "WHO":
            v = raw[t + 1] if t + 1 < i - 1 else ""
            if t - 1 > a + 1 and raw[t - 1] == "," and v[:1].islower() and (v.endswith("ed") or v in _EN_IRREGULAR_PAST):
                return t
            return -1
    return -1


def _en_relative_at(doc: Doc, a: int, i: int) -> int:
    """Index of ", which/who" before the cue at i when only adjuncts stand between them
    ("which earlier in the day had reported"); else -1."""
    f, raw = doc.folded, doc.raw
    for w in range(i - 1, max(a, i - 8), -1):
        if f[w] in ("which", "who") and raw[w] != "WHO":  # (", WHO said": the World Health Organization)
            between = f[w + 1 : i]
            if w - 1 > a and raw[w - 1] == "," and all(x in _EN_REL_ADJUNCTS for x in between) and (
                not any(x in ("had", "has", "have") for x in between) or any(x in ("earlier", "later", "also") for x in between)
            ):  # "which had admitted 600 patients" is no statement; "which earlier had reported" is
                return w
            return -1
        if f[w] not in _EN_REL_ADJUNCTS:
            return -1
    return -1


def _en_prep_np_end(doc: Doc, j: int, ne: int, b: int) -> int:
    """The speaker after "according to" / "citing" may go on to the sentence's end with a
    coordinated speaker ("citing residents and health workers") or an apposed name ("the
    ship's manager, Cosmoship Management.")."""
    if ne <= j or ne >= b:
        return ne
    f, raw = doc.folded, doc.raw
    if f[ne] == "and" or raw[ne] == ",":
        ne2 = en_np_right(doc, ne + 1, b)
        ends = ne2 >= b or raw[ne2] in ".!?" or (raw[ne2] == "," and (f[ne] == "and" or (
            ne2 + 1 < b and f[ne2 + 1] in ("who", "whose"))))  # ("according to its coordinator, Dr X, who said")
        if ne + 1 < ne2 <= ne + 6 and ends and not any(is_number(f[t]) for t in range(ne + 1, ne2)) and (
            f[ne] == "and" or (_en_np_ok(doc, ne + 1, ne2) and all(raw[t][:1].isupper() for t in range(ne + 1, ne2)))
        ):
            return ne2
    return ne


_EN_OBJ_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_EN_INQUIRY_NOUNS = frozenset(("investigation", "investigations", "inquiry", "inquiries", "probe", "probes"))
_EN_SUBJ_PRONOUNS = frozenset(("he", "she", "they", "it"))
_EN_TOLD_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))


def _en_told_inside(doc: Doc, k: int, b: int) -> tuple[Mention, int] | None:
    """A content that opens with "<people noun phrase> (had) told <object> that ...": (the inner
    speaker, the start of its content), else None. Only a plural or group speaker noun of the
    lexicon ("survivors", "witnesses", "residents", "officials"): a name may be the topic."""
    f, raw = doc.folded, doc.raw
    t = next((x for x in range(k + 1, min(b, k + 5)) if f[x] == "told"), -1)
    if t < 0:
        return None
    e = t - 1 if f[t - 1] in ("had", "have", "has") else t
    if e - 1 > k and raw[e - 1] in _DASHES:
        # "Four survivors – three men and a teenage boy – told rescuers ...": a dashed apposition
        d = next((x for x in range(k + 1, e - 1) if raw[x] in _DASHES), -1)
        if d > k:
            e = d
    if e <= k or any(not _word(raw[x]) for x in range(k, e)) or not _en_np_ok(doc, k, e):
        return None
    if (_en_key(f[e - 1]),) not in nouns("en").kinds or not f[e - 1].endswith("s"):
        return None
    th = next((x for x in range(t + 2, min(b, t + 6)) if f[x] == "that"), -1)
    if th < 0 and t + 3 < b and f[t + 1] in _EN_TOLD_PRONOUNS and _word(raw[t + 2]):
        th = t + 1  # "witnesses told him 12 bodies were found"
    if th < 0 and t + 4 < b and _word(raw[t + 1]) and f[t + 1].endswith("s") and (_en_key(f[t + 1]),) in nouns("en").kinds \
            and (f[t + 2] in _EN_CLAUSE_OPENERS or is_number(f[t + 2])):
        th = t + 1  # "survivors told rescuers the boat carried 45 people"
    if th < 0 or any(not _word(raw[x]) for x in range(t + 1, th)):
        return None
    return _mention(doc, k, e), th + 1


_EN_CLAUSE_OPENERS = frozenset("the a an they he she it their his her its we i".split())
_EN_OWNER_NOUNS = frozenset("police military army hospital ministry government authorities".split())
_EN_DATA_OWNERS = frozenset("official government police military army hospital ministry health state census authorities agency national".split())
_EN_PLACE_PP = frozenset(("in", "at"))  # "the health office in the city": a place phrase after the head


_EN_KNOWING = {"familiar": ("with",), "close": ("to",), "briefed": ("on",)}


def _en_knowing_end(doc: Doc, j: int, ne: int, b: int, registry: Registry) -> int:
    """"people familiar with the matter", "sources close to the command", "officials briefed on
    the findings": a speaker noun and its knowing post-modifier, which ends the noun phrase early
    ("people familiar"). The end of the whole phrase, or 0."""
    f = doc.folded
    links = _EN_KNOWING.get(f[ne - 1]) if ne - 1 > j else None
    if not links or ne >= b or f[ne] not in links or not _en_speaker_head(doc, j, ne - 1, registry):
        return 0
    end = en_np_right(doc, ne + 1, b)
    return end if end > ne + 1 else 0


_EN_STAND_ADVS = frozenset(("now", "currently", "still", "officially", "already"))


def _en_count_stands(doc: Doc, men, i: int) -> bool:
    """"X's (latest) toll (now) stands at N", "Police figures stood at N": a statement noun right
    before the verb (an adverb between), and the speaker its owner: a possessive or a capitalised
    owner word right before it (not "the count of the displaced")."""
    f, raw = doc.folded, doc.raw
    t = i - 1
    while t > men.i and f[t] in _EN_STAND_ADVS:
        t -= 1
    if _en_key(f[t]) not in nouns("en").statement:
        return False
    if t < men.i or t - men.j > 2 or not all(raw[x][:1].islower() and raw[x].isalpha() for x in range(men.j, t)):
        return False  # ("The ministry's latest toll": an adjective or two between)
    return any(raw[x].endswith(("'s", "’s", "'", "’")) for x in range(men.i, min(men.j, t))) \
        or _en_owned_data(doc, men.i, t + 1)


def _en_official_data(doc: Doc, i: int, j: int) -> bool:
    """"according to official data / government figures / hospital records": the data are the
    speaker when an owner word qualifies a statement noun (not "according to plan")."""
    f = doc.folded
    if j - i < 2 or j - i > 3 or _en_key(f[j - 1]) not in nouns("en").statement:
        return False
    return any(f[t] in _EN_DATA_OWNERS for t in range(i, j - 1))


def _en_owned_data(doc: Doc, i: int, j: int) -> bool:
    """"Home Office figures", "police data": a statement noun headed by its owner (a name or an
    owner word), the subject of "show" ("The latest figures show" has no owner)."""
    f, raw = doc.folded, doc.raw
    if j - i < 2 or _en_key(f[j - 1]) not in nouns("en").statement:
        return False
    return any((raw[t][:1].isupper() and f[t] not in EN_DETERMINERS) or f[t] in _EN_DATA_OWNERS for t in range(i, j - 1))


def _en_speaker_head(doc: Doc, i: int, j: int, registry: Registry) -> bool:
    """A phrase after "according to" names a speaker: its last word is capitalised (a name),
    a speaker noun of the lexicon, or the phrase is in the registry; or its head before a place
    phrase does ("the health office in the city", "doctors at the district hospital")."""
    raw, f = doc.raw, doc.folded
    last = j - 1
    while last > i and not _word(raw[last]):
        last -= 1
    w = raw[last]
    if w[:1].isupper() or not w[:1].isalpha():
        return True
    lex = nouns("en")
    if (_en_key(f[last]),) in lex.kinds or _en_key(f[last]) in kind_lasts("en"):
        return True
    if registry.match_prefix(doc.text[doc.starts[i] : doc.ends[j - 1]]) is not None:
        return True
    p = next((t for t in range(i + 1, last) if f[t] in _EN_PLACE_PP), 0)
    return p > 0 and _en_speaker_head(doc, i, p, registry)


def _en_quoted_cue(doc: Doc, quotes: list[int], i: int, b: int, cue_at: dict[int, Cue]) -> bool:
    """A cue inside a quotation that is itself attributed right after it closes
    ('"... and said she could not breathe," said X' / '..., he said').
    `quotes`: the sentence's quote-mark positions (only they change the quote state)."""
    raw = doc.raw
    open_at = -1
    for t in quotes:
        if t >= i:
            break
        r = raw[t]
        if r in OPEN_QUOTES:
            open_at = t
        elif r in CLOSE_QUOTES:
            open_at = -1
        elif r in STRAIGHT_QUOTES:
            open_at = t if open_at < 0 else -1
    if open_at < 0:
        return False
    close = _close_quote(doc, open_at, b)
    if close <= i:
        return False
    # ('"...," its spokeswoman, Maria Lopez, told reporters': a speaker phrase with an
    # apposition may run longer; it holds no quotation and no new clause)
    for t in range(close + 1, min(b, close + 6)):
        if raw[t] in ".!?;":
            return False
        if t in cue_at and cue_at[t].kind == "verb":
            return True
    if "," not in raw[close + 1 : close + 10]:  # (an apposition: "its field coordinator in the north, Dr X, said")
        return False
    for t in range(close + 6, min(b, close + 13)):
        if raw[t] == "." and doc.starts[t] == doc.ends[t - 1] and raw[t - 1][:1].isupper() and len(raw[t - 1]) <= 4:
            continue  # a title's abbreviation ("Col.", "Dr.")
        if raw[t] in ".!?;" or raw[t] in QUOTES or doc.folded[t] in ("and", "but", "while", "as"):
            return False
        if t in cue_at and cue_at[t].kind == "verb":
            return True
    return False


def _segment_prep(ctx: _Ctx, cues: list[Cue], i: int) -> Cue | None:
    """A prepositional cue opening the comma segment that ends right before token i."""
    doc = ctx.doc
    if i - 1 <= ctx.a or doc.raw[i - 1] != ",":
        return None
    f = doc.folded
    for c in cues:
        if c.kind == "prep" and c.i < i - 1 and c.i > ctx.a and doc.raw[c.i - 1] == ",":
            if not any(doc.raw[t] in CLAUSE_MARKS for t in range(c.j, i - 1)):
                if c.j < i - 1 and f[c.j] in ("its", "their", "his", "her") and _en_key(f[i - 2]) in nouns("en").statement:
                    return None  # "X, citing its own registry, put ...": X's own document, no relay
                return c
    return None


def _trim_np(doc: Doc, i: int, j: int) -> tuple[int, int, int]:
    _, text_end, name_end = trim_en_stretch(doc, i, j)
    return i, text_end, name_end


def _statement_en(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """'a statement from the ministry' -> the ministry; "the ministry's figures" -> the ministry's."""
    lex = nouns("en")
    f = doc.folded
    # (a statement noun with a link word after it: none when no link word is there at all)
    for k in (range(i, j) if not lex.links.isdisjoint(f[i + 1 : j]) else ()):
        if _en_key(f[k]) in lex.statement and k + 1 < j and f[k + 1] in lex.links:
            m = k + 1
            while m < j and f[m] in lex.links:
                m += 1
            if m < j:
                return m, j
    if j - i >= 2 and _en_key(f[j - 1]) in lex.statement:
        for k in range(j - 2, i - 1, -1):
            if f[k].endswith("'s"):
                return i, k + 1
        if (doc.raw[j - 2][:1].isupper() and f[j - 2] not in EN_DETERMINERS) or f[j - 2] in _EN_OWNER_NOUNS:
            return i, j - 1  # "Home Office figures", "police data": the owner speaks
    return i, j


def _en_relays(ctx: _Ctx, frames: list[Frame], registry: Registry) -> list[Frame]:
    """Merge a prepositional frame that relays the verb frame next to it:
    "According to AFP, the ministry said ..." (via AFP) and "State media reported 14 dead,
    citing the ministry." (source: the ministry, via: state media)."""
    doc = ctx.doc
    out: list[Frame] = []
    for n, fr in enumerate(frames):
        prev = out[-1] if out else None
        if fr.cue.kind == "prep" and fr.mention is not None and fr.rule.startswith("en.prep") and not fr.rule.endswith(".nested"):
            lemma = fr.cue.entry.lemma
            nxt_verb = None
            nxt = frames[n + 1] if n + 1 < len(frames) else None
            if (
                fr.direction == "after" and lemma not in _CITING and nxt is not None and nxt.cue.kind == "prep"
                and nxt.cue.entry.lemma in _CITING and nxt.direction == "after" and nxt.via_mention is None
                and _only_punct(doc, fr.mention.j, nxt.cue.i)
            ):
                # "According to Al Arabiya, citing a security source, ...": the cited source
                # speaks, relayed by the outlet
                nxt.via_mention = fr.mention
                nxt.region = (fr.region[0], nxt.region[1])
                continue
            if fr.direction == "after":
                # According to AFP, the ministry said ...
                for other in frames:
                    if other.cue.kind == "verb" and other.mention is not None and other.via_mention is None and _only_punct(doc, fr.mention.j, other.region[0]) and other.region[0] >= fr.mention.j:
                        nxt_verb = other
                        break
                if nxt_verb is None and lemma == "according to" and n + 1 < len(frames) and frames[n + 1].cue.kind == "verb" \
                        and frames[n + 1].direction == "before" and frames[n + 1].cue.entry.lemma in ("say", "tell") \
                        and frames[n + 1].mention is not None and frames[n + 1].via_mention is None and frames[n + 1].pronoun is None:
                    # "According to police, 12 people died, the mayor told reporters": the police
                    # speak, relayed by the trailing speaker
                    tr = frames[n + 1]
                    tr.via_mention, tr.mention = tr.mention, fr.mention
                    continue
                if nxt_verb is not None:
                    if lemma in _CITING:
                        nxt_verb.via_mention, nxt_verb.mention = nxt_verb.mention, fr.mention
                        nxt_verb.pronoun = None
                    else:
                        nxt_verb.via_mention = fr.mention
                    nxt_verb.region = (fr.region[0], nxt_verb.region[1])
                    continue
            elif prev is not None and prev.cue.kind == "verb" and prev.direction == "after" and prev.via_mention is None and prev.mention is not None:
                rel = _en_relative_before_prep(doc, prev.anchor, fr.cue.i) if lemma == "according to" else -1
                if rel > 0:
                    hit = registry.match_prefix(doc.text[doc.starts[fr.mention.i] : doc.ends[fr.mention.j - 1]])
                    if hit is not None and hit[0].kind in ("agency", "media"):
                        rel = -1  # "..., which was shelled overnight, according to AFP": the outlet relays
                if rel > 0:
                    # "X said the road was cut by fighting, in which eight people were killed,
                    # according to local police": the police speak for the relative clause only
                    fr.direction, fr.anchor, fr.span_end = "span", rel + 1, fr.cue.i - 1
                    fr.region = (rel, fr.region[1])
                    out.append(fr)
                    continue
                # ..., citing the ministry.  /  ..., according to AFP.
                if lemma in _CITING:
                    prev.via_mention, prev.mention = prev.mention, fr.mention
                    prev.pronoun = None
                else:
                    prev.via_mention = fr.mention
                prev.direction, prev.span_end = "span", fr.cue.i
                continue
        out.append(fr)
    return out


def _en_adjunct_tail(doc: Doc, k: int, b: int) -> bool:
    """Only a channel/time adjunct from k to the next comma or the sentence end ("in a statement on
    Wednesday,", "on Monday."): nothing a speaker says."""
    raw, f = doc.raw, doc.folded
    if k >= b or f[k] not in ("in", "on", "at", "to", "late", "earlier", "yesterday", "today"):
        return False
    told = f[k] == "to"  # "to AFP", "to our correspondent", "to reporters"
    for t in range(k, min(b, k + 9)):
        if raw[t] in (",", ".", ";", "!", "?"):
            return t > k + told
        if not (f[t] in _EN_ADJ_AFTER or f[t] in _EN_ADJ_NOUNS or f[t] in ("its", "his", "her", "their", "the") or (
                told and (f[t] in _EN_TOLD_OBJ or f[t] in ("to", "our", "correspondent") or raw[t][:1].isupper()))):
            return False
    return k + 9 >= b


_EN_REL_PREPS = frozenset("in during after among of from at on".split())


def _en_relative_before_prep(doc: Doc, lo: int, p: int) -> int:
    """The comma opening a relative clause that runs up to the comma before the trailing
    "according to" at p (", in which eight people were killed, according to police"; ", where
    two drivers were shot dead, according to ..."), or -1. The clause holds a finite verb and no
    other comma."""
    raw, f = doc.raw, doc.folded
    if p - 4 <= lo or raw[p - 1] != ",":
        return -1
    for t in range(p - 2, max(lo, p - 26), -1):
        if raw[t] in CLAUSE_MARKS or raw[t] in QUOTES:
            if raw[t] != "," or t + 2 >= p - 1:
                return -1
            w = f[t + 1]
            if w in ("which", "where", "when") or (w in _EN_REL_PREPS and f[t + 2] in ("which", "whom")):
                finite = _en_finite_verb(doc, t - 1, p - 1) or any(f[x] in _EN_AUX_VERBS for x in range(t + 2, p - 1))
                return t if finite else -1
            return -1
    return -1


def _only_punct(doc: Doc, i: int, j: int) -> bool:
    if j < i:
        return False
    return all(not _word(doc.raw[t]) or doc.folded[t] in ("on", "in", "a", "statement", "late", "earlier") for t in range(i, j))


# --- content spans ------------------------------------------------------------------------


def _boundary_before(doc: Doc, lo: int, hi: int) -> int:
    """Last clause boundary token in [lo, hi): a comma or a clause-joining word."""
    words = _AR_BOUNDARY_WORDS if doc.language == "ar" else _EN_BOUNDARY_WORDS
    f = doc.folded
    for t in range(hi - 1, lo, -1):
        if doc.raw[t] in (",", "،", ";", "؛") or f[t] in words:
            if f[t] in ("and", "و") and t + 1 < hi and is_number(f[t - 1]) and is_number(f[t + 1]):
                continue  # "between 800 and 900": a range, not two clauses
            return t
    return -1


def _set_contents(ctx: _Ctx, frames: list[Frame]) -> None:
    """The content span of each frame; `frames` are in reading order (by region start: the
    caller sorted them)."""
    doc, a, b = ctx.doc, ctx.a, ctx.b
    for n, fr in enumerate(frames):
        nxt = frames[n + 1] if n + 1 < len(frames) else None
        prv = frames[n - 1] if n > 0 else None
        if fr.direction == "span":
            fr.content = (fr.anchor, fr.span_end)
            continue
        if fr.direction == "after":
            end = b
            if nxt is not None:
                end = nxt.region[0]
                if nxt.direction == "before" and nxt.anchor <= nxt.region[0]:
                    bd = _boundary_before(doc, fr.anchor, nxt.anchor)
                    end = bd if bd > fr.anchor else nxt.anchor
                    if doc.language == "ar" and nxt.cue.kind == "prep" and bd == nxt.anchor - 1 and doc.raw[bd] in ("،", ","):
                        end = _ar_relayed_tail(doc, fr, nxt, bd, b, end)
            fr.content = (fr.anchor, max(fr.anchor, end))
        else:
            start = a
            if prv is not None:
                start = prv.region[1]
                if prv.direction == "after":
                    start = max(start, prv.content[1])
                elif prv.direction == "span":
                    start = max(start, prv.span_end + 1)
            end = fr.anchor
            if fr.through and not (nxt is not None and (nxt.direction == "before" or fr.tail)):
                # (a tail with a relay of its own is that relay's content: "..., the ministry
                # said, while Moscow received 38, according to X")
                end = nxt.region[0] if nxt is not None else b
            fr.content = (start, max(start, end))


def _substrings(s: str) -> frozenset[str]:
    """Every substring of s, the empty one too: `tok in _substrings(s)` is `tok in s`."""
    return frozenset(s[x:y] for x in range(len(s) + 1) for y in range(x, len(s) + 1))


# what _trim_content strips, each as one set (a token in CLAUSE_MARKS or in the string of marks)
_TRIM_LEAD_MARKS = CLAUSE_MARKS | _substrings("-–—")
_TRIM_END_MARKS = CLAUSE_MARKS | _substrings(".!?؟-–—")
_TRIM_TAIL_MARKS = CLAUSE_MARKS | _substrings(".!?؟")
_TRIM_TAIL_WORDS = {"ar": _AR_BOUNDARY_WORDS | frozenset(("و", "as")), "en": _EN_BOUNDARY_WORDS | frozenset(("و", "as"))}


@lru_cache(maxsize=2)
def _trim_lead_words(lang: str) -> frozenset[str]:
    """The words _trim_content strips before the content: "that", and in Arabic every
    one-word introducer («أن»، «إن»)."""
    return frozenset(["that"] + ([t[0] for t in lexicon(lang).introducers if len(t) == 1] if lang == "ar" else []))


def _trim_content(doc: Doc, i: int, j: int, lang: str) -> tuple[int, int, bool]:
    raw, f = doc.raw, doc.folded
    i = _skip_dateline(doc, i, j)
    lead = _trim_lead_words(lang)
    while i < j and (raw[i] in _TRIM_LEAD_MARKS or f[i] in lead):
        i += 1
    while j > i and raw[j - 1] in _TRIM_END_MARKS:
        j -= 1
    direct = False
    if j - i >= 2:  # (a quotation needs its mark and a word)
        if raw[i] in _OPEN_OR_STRAIGHT and raw[j - 1] in _CLOSE_OR_STRAIGHT and _close_quote(doc, i, j) in (j - 1, -1):
            i += 1
            j -= 1
            direct = True
        elif raw[i] in _OPEN_OR_STRAIGHT and _close_quote(doc, i, j) < 0:
            i += 1
            direct = True
        elif raw[j - 1] in CLOSE_QUOTES and not any(raw[t] in OPEN_QUOTES for t in range(i, j)):
            j -= 1
            direct = True
    if lang == "ar" and i > 0 and j - i >= 2 and f[i] in _AR_SUBJUNCTIVE and f[i - 1] in ("ان", "أن"):
        i -= 1  # «مرجحاً أن يكون العدد أكبر»: «أن» + a subjunctive verb is the content's own start
    tail = _TRIM_TAIL_WORDS[lang]
    while j > i and (raw[j - 1] in _TRIM_TAIL_MARKS or f[j - 1] in tail or (
        # «...، غير» / «...، لكن» before the next cue's own subject («غير أن الشرطة أكدت ...»)
        lang == "ar" and f[j - 1] in _AR_CONTRAST_TAIL and j - 2 > i and raw[j - 2] in ("،", ",")
    ) or (
        lang == "ar" and (f[j - 1] in _AR_NEG or f[j - 1] in _AR_BUT_IT or f[j - 1] in _AR_AS_ALSO) and j < len(raw) and _word(raw[j])  # «...، فيما لم تؤكد السلطات»: the negation, "but it" or "as also" of the next cue («، لكنه أكد»، «، كما أكد»)
    ) or (
        lang == "ar" and f[j - 1] in _AR_TRAILING_AUX and not direct and not (j < len(raw) and raw[j] in _CLOSE_OR_STRAIGHT)  # «...، بعد أن كانت قد» (its own earlier claim follows;
        # not «"الخيام لم تصل بعد"»: a closed quotation keeps its last word)
    )):
        j -= 1
    return i, j, direct


# --- stance -------------------------------------------------------------------------------


def _stance_lex(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    data = load(f"stance_{lang}.yaml")
    return {k: tuple(sorted({fwords(t) for t in data.get(k) or ()}, key=len, reverse=True)) for k in ("disputed", "denied")}


_STANCE: dict[str, dict] = {}
_STANCE_MEMO: dict[str, dict[str, bool]] = {}  # folded Arabic token -> may a marker start there


def _stance_en_next(w: str) -> tuple[frozenset[str], tuple]:
    """English: (the second words of the markers that start with w, its one-word markers in
    order). SPEED: _stance_hits tries the multi-word markers only when the next word is one
    of their second words («could» starts 12 markers); no other could match."""
    got = _STANCE_EN_NEXT.get(w)
    if got is None:
        cands = _stance_first("en").get(w, ())
        got = _STANCE_EN_NEXT[w] = (frozenset(t[1] for t, _ in cands if len(t) > 1),
                                    tuple(c for c in cands if len(c[0]) == 1))
    return got


_STANCE_EN_NEXT: dict[str, tuple[frozenset[str], tuple]] = {}


def _stance_first(lang: str) -> dict[str, list]:
    """First word of a stance marker -> [(marker words, stance)]."""
    if lang not in _STANCE:
        first: dict[str, list] = {}
        for st, terms in _stance_lex(lang).items():
            for t in terms:
                first.setdefault(t[0], []).append((t, st))
        _STANCE[lang] = first
    return _STANCE[lang]


@lru_cache(maxsize=1)
def _en_scan_words() -> frozenset[str]:
    """The words an English article is scanned for once (find_claims): the first words of the
    cues and of the stance markers; each reader then keeps its own from the few positions."""
    # (+ "posted", which cues.py reads itself only before "on <channel>:" / "that")
    return frozenset(lexicon("en").first) | frozenset(_stance_first("en")) | _EN_POSTED_WORDS


_EN_ADJECTIVE_STANCES = frozenset(("disputed", "contested"))


def _stance_hits(doc: Doc, candidates: list[int] | None = None) -> tuple[list[int], list[str]]:
    """Every stance marker of the article, found once: (token positions, stances), in order.
    `candidates` (English): the positions of _en_scan_words() in the article."""
    lang = doc.language
    first = _stance_first(lang)
    f = doc.folded
    if lang == "ar":
        todo = token_hits(f, lambda w: w in first or (w[:1] in ("و", "ف") and w[1:] in first),
                          _STANCE_MEMO.setdefault(lang, {}))
    elif candidates is not None:
        todo = [k for k in candidates if f[k] in first]
    else:
        todo = list(compress(range(len(f)), map(first.__contains__, f)))
    pos: list[int] = []
    sts: list[str] = []
    for t in todo:
        w = f[t]
        cands = first.get(w, ())
        if not cands and lang == "ar" and len(w) > 2:
            w = w[1:]
            cands = first.get(w, ())
        found = None
        if lang == "en" and cands:
            seconds, singles = _stance_en_next(w)
            if t + 1 >= len(f) or f[t + 1] not in seconds:
                cands = singles  # (the same matches, in the same order)
        for words, st in cands:
            if (w,) + tuple(f[t + 1 : t + len(words)]) == words or (
                    lang == "ar" and len(words) > 1 and _ar_marker_past_beneficiary(f, t, w, words)):
                if st == "disputed":
                    found = st
                    break
                found = found or st
        if found is not None and lang == "en" and w in _EN_ADJECTIVE_STANCES and t > 0 and f[t - 1] in ("the", "a", "an", "this", "that", "its"):
            found = None  # "the disputed region", "a contested election": a thing, not a doubt
        if found is not None:
            pos.append(t)
            sts.append(found)
    return pos, sts


def _stance(fr: Frame, b: int, hits: tuple[list[int], list[str]]) -> str:
    """The cue's own stance, else "disputed" if a doubt marker follows the content start in
    the sentence, else "denied" if a denial does, else "asserted"."""
    if fr.cue.entry.stance != "asserted":
        return fr.cue.entry.stance
    pos, sts = hits
    found = "asserted"
    for k in range(bisect_left(pos, fr.content[0]), len(pos)):
        if pos[k] >= b:
            break
        if sts[k] == "disputed":
            return "disputed"
        found = sts[k]
    return found


# --- driver -------------------------------------------------------------------------------


def _live_blog_stamp(doc: Doc, a: int, b: int) -> int:
    """After a leading live-blog time stamp ("11:40 —", "10:05 GMT -") the entry's first token;
    else a."""
    raw = doc.raw
    if a + 3 < b and raw[a].isdigit() and raw[a + 1] == ":" and raw[a + 2].isdigit():
        k = a + 3
        if raw[k].upper() in ("GMT", "UTC", "ET", "BST"):
            k += 1
        elif k + 3 < b and raw[k] == "ت" and raw[k + 1] == "." and raw[k + 2] == "غ":
            k += 3  # «١١:٠٥ ت.غ -» (توقيت غرينتش)
        if k < b and (raw[k] in _DASHES or raw[k] == "|"):
            return k + 1
    return a


# every attributed headline has its speaker before a colon (p below, also «OUTLET عن SPEAKER:»)
# or after a final dash, colon or opening bracket (d below): a token of one of these
_HEADLINE_MARKS = frozenset((":", "(")) | _DASHES


def _headline_mark_sentences(doc: Doc) -> list[int]:
    """The sentences, in order, with a token that a headline's speaker needs (_HEADLINE_MARKS):
    found by one C-level scan of the article, so the headline tests run on these few sentences
    only, never on the many sentences that cannot be a headline."""
    raw, sent_of = doc.raw, doc.sent_of
    return sorted({sent_of[t] for t in compress(range(len(raw)), map(_HEADLINE_MARKS.__contains__, raw))})


def _headline_frames(doc: Doc, registry: Registry) -> dict[int, Frame]:
    """Attributed headlines: a line of its own, "SPEAKER: content" («الدفاع المدني: 34 شهيداً
    في ...», "Army spokesman: 12 soldiers killed"), the speaker a short phrase headed by a
    speaker noun or a registered name. The sentence must be the whole line."""
    out: dict[int, Frame] = {}
    text, raw, f = doc.text, doc.raw, doc.folded
    n = len(text)
    bars = "|" in text  # (a flattened table's cell is a line of its own: "IOM: about 640 dead |")
    for s in _headline_mark_sentences(doc):
        a0, b = doc.sents[s]
        st, en = doc.starts[a0], doc.ends[b - 1]
        # a headline's second part after "..": «انتشال 17 جثة.. و«الهجرة الدولية»: عشرات المفقودين»
        # (the tests read the text in place: a copy of the text before each sentence made
        # this loop quadratic in the article's length)
        after_dots = st > 1 and text.endswith("..", 0, _before_spaces(text, st))
        # ... or its first part before "..": «الصحة»: 3 شهداء ... على الجنوب.. والحصيلة ...
        before_dots = text.endswith("..", 0, en)
        if not (bars and cell_bounded(text, st, en)) and ((st > 0 and text[st - 1] != "\n" and not after_dots) or (
                en < n and text[en] != "\n" and not before_dots and not (
                # "09:40 - Turkey's disaster agency AFAD: toll rises to 5,894. More than ...": a
                # live-blog entry's first sentence, the entry going on after it
                doc.language == "en" and raw[a0][:1].isdigit() and _live_blog_stamp(doc, a0, b) > a0))):
            continue
        if after_dots and doc.folded[a0] == "و" and a0 + 1 < b:
            a0 += 1
        if raw[a0] in BULLETS and a0 + 3 < b and (a0 == 0 or doc.newline_before[a0]):
            a0 += 1  # a key-point bullet: "- UN rights office: at least 22 dead", «• اليونيسف: ...»
            st = doc.starts[a0]
        a = _live_blog_stamp(doc, a0, b)  # "11:40 — مصادر طبية: ...": a live-blog entry
        if b - a < 4 or b - a > (60 if a > a0 else 30):
            continue
        p = next((t for t in range(a + 1, min(b - 2, a + 7)) if raw[t] == ":"), -1)
        if p < 0 and doc.language == "ar":
            # (a longer name with its bracketed acronym: «إدارة الكوارث والطوارئ التركية (آفاد):»)
            p = next((t for t in range(a + 7, min(b - 2, a + 10)) if raw[t] == ":" and raw[t - 1] == ")"), -1)
        # "Toll rises to 40 — council chairman": the speaker after a final dash
        e = b
        while e > a and not _word(raw[e - 1]):
            e -= 1
        # ... or after a final colon ("Gunmen kill 20 in raid: monitor")
        d = next((t for t in range(e - 2, max(a + 2, e - 8), -1) if raw[t] in _DASHES or raw[t] == ":"), -1)
        if d < 0 and e < b and raw[e] == ")":
            # "مقتل 20 في غارة على سوق (مصادر طبية)": the speaker in final parentheses
            d = next((t for t in range(e - 2, max(a + 2, e - 8), -1) if raw[t] == "("), -1)
        if d >= 0 and (any(not _word(raw[t]) for t in range(d + 1, e)) or not _at_least_words(raw, a, d, 3)):
            d = -1
        if d >= 0:
            hit = registry.match_prefix(text[doc.starts[d + 1] : doc.ends[e - 1]])
            if hit is not None and hit[0].kind in ("agency", "media"):
                ok = False  # "... — Reuters": a credit line, not a speaker
            elif doc.language == "ar":
                # (not «...: حصيلة القتلى بين التقديرات الرسمية والبحثية»: "between" two parties is a topic)
                ok = (ar_stem(f[d + 1]) in _heads_ar() or hit is not None) and "بين" not in f[d + 1 : e]
            else:
                if hit is not None:
                    # (session 18, gold_bp) "... – IFRC launches emergency appeal": a clause of the
                    # body's own after the dash (a lower-case verb after its name), no speaker
                    rest = text[doc.starts[d + 1] + hit[1] : doc.ends[e - 1]].split()
                    if rest and rest[0][:1].islower() and rest[0].isalpha() and rest[0].endswith(("s", "ed")) and len(rest) >= 2:
                        hit = None
                ok = _en_np_ok(doc, d + 1, e) and (
                    (_en_key(f[e - 1]),) in nouns("en").kinds or hit is not None
                    # "... - civil society", "..., emergency room says": a two-word speaker noun
                    or (e - d > 2 and (f[e - 2], _en_key(f[e - 1])) in nouns("en").kinds)
                    # "Ferry capsizes, 14 dead – LASEMA": a body's acronym alone after a dash
                    # (spelled by a body named in the text, or named again in it: not "– KTN", a credit)
                    or (e == d + 2 and raw[d] in _DASHES and 3 <= len(raw[d + 1]) <= 8 and raw[d + 1].isalpha() and raw[d + 1].isupper()
                        and (raw[d + 1] in text[doc.ends[b - 1]:] or any(prefix_acronym(raw[d + 1], m.group(0)) for m in re.finditer(
                            r"[A-Z][\w'-]*(?: (?:of |for |and |the )*[A-Z][\w'-]*)+", text[doc.ends[b - 1]:]))))
                ) and not any(is_number(f[t]) for t in range(d + 1, e))
            if ok:
                cue = Cue(_COLON_CUE, d, d + 1, doc.starts[d], doc.ends[d])
                fr = Frame(cue, f"{doc.language}.headline_dash", (d, b), "before", d)
                fr.mention = _mention(doc, d + 1, e)
                out[s] = fr
                continue
        qa, qp = a, p
        if p > a + 2 and raw[a] in _OPEN_OR_STRAIGHT and raw[p - 1] in _CLOSE_OR_STRAIGHT:
            qa, qp = a + 1, p - 1  # «الشبكة السورية»: ... — a quoted speaker name
        elif doc.language == "ar" and p > a + 3 and raw[a + 1] in _OPEN_OR_STRAIGHT and raw[p - 1] in _CLOSE_OR_STRAIGHT \
                and _ar_head_word(f[a]) and all(_word(raw[t]) for t in range(a + 2, p - 1)):
            # «منظمة «ريناس»: مقتل ...»: a class noun and the quoted name (whole, as the speaker)
            fr = Frame(Cue(_COLON_CUE, p, p + 1, doc.starts[p], doc.ends[p]), "ar.headline_colon", (a, p + 1), "after", p + 1)
            fr.mention = _mention(doc, a, p)
            out[s] = fr
            continue
        if doc.language == "ar" and "عن" in f[a + 1 : a + 6]:
            fr = _ar_relay_colon(doc, a, b, registry)
            if fr is not None:
                out[s] = fr
                continue
        if doc.language == "ar" and p > a + 3 and raw[p - 1] == ")":
            # «09:30 - إدارة الكوارث والطوارئ التركية (آفاد): ...»: the speaker's acronym in brackets
            ob = next((t for t in range(p - 2, max(qa, p - 7), -1) if raw[t] == "("), -1)
            if ob > qa and all(_word(raw[t]) for t in range(ob + 1, p - 1)):
                qp = ob
        if doc.language == "ar" and qp > qa + 1 and ar_stem(f[qa]) in _heads_ar():
            # «مصدر أمني لـ«الشرق»: ...»، «مدير المستشفى للجزيرة نت: ...»: the audience outlet
            # after the speaker is no part of it
            t = next((t for t in range(qa + 1, qp) if f[t] in _AR_AUDIENCE or _ar_outlet_lam(f[t])
                      or _ar_lam_outlet(doc, t, registry)), -1)
            if t > qa and all(_word(raw[x]) for x in range(qa, t)):
                qp = t
        if p < 0 or any(not _word(raw[t]) for t in range(qa, qp)):
            continue
        if not _at_least_words(raw, p + 1, b, 2):
            continue
        if qp - qa == 1 and f[qa] in ("المصدر", "المصادر", "مصدر", "source", "sources"):
            continue  # "المصدر: RT + وكالات", "Source: Reuters": a credit line, no speaker
        waw = False
        if doc.language == "ar":
            if after_dots and qa == a and f[qa][:1] == "و" and len(f[qa]) > 3 and ar_stem(f[qa]) not in _heads_ar() and (
                ar_stem(f[qa][1:]) in _heads_ar() or registry.match_prefix(text[doc.starts[qa] + 1 : doc.ends[qp - 1]]) is not None
                or (ar_stem(f[qa][1:]) in short_bodies("ar") and qp - qa <= 2)  # «.. وصحة صنعاء: ...»
                or _ar_state_name(f, qa, qp)  # «.. وكييف: مقتل ستة»: the capital's government
            ) and registry.match_prefix(text[doc.starts[qa] : doc.ends[qp - 1]]) is None:
                waw = True  # «... .. ووزير الطوارئ: إجلاء ...»، «.. وحماس: ...»: the speaker after its conjunction
            # a quoted name of a word or two before the colon is a speaker («الصحة»: ...)
            ok = waw or ar_stem(f[qa]) in _heads_ar() or registry.match_prefix(text[doc.starts[qa] : doc.ends[qp - 1]]) is not None or (
                (qa > a or (p + 1 < b and is_number(f[p + 1])) or (
                    # «الداخلية: القبض على 37 متهماً»، «الدفاع: إسقاط 12 مسيرة»، «الداخلية: القبض على خلية
                    # مسؤولة عن ...»: a ministry's act as a verbal noun
                    p + 2 < b and ar_stem(f[p + 1]) in nouns("ar").object_heads and f[qa][:2] == "ال"
                )) and qp - qa == 1 and ar_stem(f[qa]) in short_bodies("ar")
            ) or (  # («الصحة»: ...، or bare with a count right after: «الصحة: 6 وفيات»)
                # «الصحة اللبنانية: ...»، «صحة غزة: ...»، «... .. والصحة: ...»: a domain word with its
                # owner or adjective, or after a headline's "..", is that ministry (not a bare topic)
                ar_stem(f[qa]) in short_bodies("ar") and (qp - qa == 2 or after_dots or (
                    # «الصحة في غزة: ...»: the domain word and its place
                    3 <= qp - qa <= 4 and f[qa].startswith("ال") and f[qa + 1] == "في"))
            ) or (
                # «"محامو الطوارئ": ...»: a quoted name the article names elsewhere with a class noun
                # («الإطفاء»: ... and «قوة الإطفاء العام»: one quoted word of a body's name)
                (qa > a or (s == 0 and qp - qa <= 4)) and (qp - qa >= 2 or qa > a) and _ar_named_in_text(doc, qa, qp)
            ) or (
                # «١٢:١٥ ت.غ - حسن: ارتفاع الحصيلة ...»: a live-blog entry's surname of a speaker an
                # earlier entry named before its verb («... عبد الفتاح آدم حسن يعلن»)
                a > a0 and qp - qa == 1 and _ar_speaker_surname(doc, qa, a0)
            ) or (
                # «سريع: استهداف سفينتين ...» then «المتحدث ...، العميد يحيى سريع،»: a headline's
                # surname of a titled person the text quotes
                s == 0 and qa == a and qp - qa == 1 and _ar_titled_surname(doc, qa, b)
            )
            if ok and "بين" in f[qa:qp]:
                ok = False  # «أرقام متباينة بين بيروت والمفوضية: ...»: figures of two parties, a topic
            if ok and not waw and ar_stem(f[qa]) in nouns("ar").statement and _ar_ownerless_label(doc, qa, qp, registry):
                ok = False  # «حصيلة أسبوعية: ...»، «بالأرقام: ...»: a label of the headline, nobody speaks
        else:
            # a capitalised word alone is no speaker ("Sudan: ...", "Floods: ..." are topics)
            kinds = nouns("en").kinds
            ok = _en_np_ok(doc, a, p) and (
                (_en_key(f[p - 1]),) in kinds
                or registry.match_prefix(text[st : doc.ends[p - 1]]) is not None
                # "Hospital director Amina Yusuf Dahir: 14 people have died": a role, then a name
                or any((_en_key(f[t]),) in kinds and raw[t][:1].islower() and all(raw[x][:1].isupper() for x in range(t + 1, p))
                       for t in range(max(a, p - 5), p - 1))
                # "13:20 GMT - JNIM: 'more than 50 soldiers'": a live-blog entry's (or a quoted
                # headline's) short capitalised name that the text has speaking ("JNIM said")
                or ((a > a0 or (p + 1 < b and raw[p + 1] in _OPEN_OR_STRAIGHT)) and qp - qa <= 3
                    and all(raw[t][:1].isupper() for t in range(qa, qp)) and _en_named_speaking(doc, qa, qp))
                # "BNPB: 19 dead, 7 missing in ...": a headline's acronym that spells a body named below
                or (s == 0 and p == a + 1 and 3 <= len(raw[a]) <= 8 and raw[a].isalpha() and raw[a].isupper()
                    and _en_acronym_body_below(doc, raw[a], b))
            ) and not any(is_number(f[t]) for t in range(a, p))
        if not ok:
            continue
        cue = Cue(_COLON_CUE, p, p + 1, doc.starts[p], doc.ends[p])
        k = p + 1
        fr = Frame(cue, f"{doc.language}.headline_colon", (a, k), "after", k)
        fr.mention = _mention(doc, qa, qp)
        if doc.language == "ar" and (waw or (f[qa].startswith("وال") and len(f[qa]) > 4)):
            fr.mention.start += 1  # «... .. والصحة: ...»: the speaker without its conjunction
        out[s] = fr
    return out


def _en_acronym_body_below(doc: Doc, acr: str, b: int) -> bool:
    """Is `acr` spelled by the capitalised words of a body named after token b, the name headed
    by a speaker noun ("National Disaster Mitigation Agency" for "BNPB"; not the "National
    Eligibility Test" for a headline's topic "NET")?"""
    kinds = nouns("en").kinds
    body = doc.text[doc.ends[b - 1]:]
    if acr not in body:
        return False
    # (or the body's name with the acronym in brackets after it: "the National Disaster
    # Mitigation Agency (BNPB)", an acronym of the body's own language)
    for m in re.finditer(r"[A-Z][\w'-]*(?: (?:of |for |and |the )*[A-Z][\w'-]*)+(?= \((" + re.escape(acr) + r")\))?", body):
        ws = m.group(0).lower().split()
        if ((_en_key(ws[-1]),) in kinds or tuple(ws[-2:]) in kinds or ws[-1] == "corps") and (m.group(1) or prefix_acronym(acr, m.group(0))):
            # ("corps": "The Islamic Revolution Guards Corps (IRGC)" for "IRGC: ...", session 18)
            return True
    return False


_EN_NAME_SPEAKS = re.compile(r"\s+(?:said|says|claimed|claims|told|stated|announced|reported)\b")


_EN_COPULAS = frozenset(("was", "were", "is", "are"))
_EN_PASSIVE_AUX = _EN_COPULAS | frozenset(("been", "being"))
_EN_NAME_PREPS = frozenset("in of for from at near to by with on outside inside across".split())


def _en_named_speaking(doc: Doc, qa: int, qp: int) -> bool:
    """Does the name [qa, qp) occur elsewhere in the text right before a speech verb ("JNIM said")?"""
    text = doc.text
    name = text[doc.starts[qa] : doc.ends[qp - 1]]
    at = text.find(name, doc.ends[qp - 1])
    while at > 0:
        end = at + len(name)
        if not text[at - 1 : at].isalnum() and _EN_NAME_SPEAKS.match(text, end) and (
                text[max(0, at - 12) : at].rsplit(None, 1)[-1:] or [""])[0].lower() not in _EN_NAME_PREPS:
            return True  # (not "Officials in Varna said": a place of the speaker)
        at = text.find(name, end)
    return False


# "The ministry's toll now stands at 70", "The army's count of the dead rose to 12": a toll owned by
# a speaker, with no cue verb (the article-wide test first; the sentence test only where it hit)
_EN_POSS_TOLL_TEXT = re.compile(r"['’]s (?:[a-z]+ ){0,2}(?:toll|tally|count)\b")
_EN_POSS_TOLL_MODS = frozenset(
    "death latest official updated new revised provisional preliminary own overall casualty final cumulative".split())
_EN_POSS_TOLL_VERBS = frozenset(
    "stands stood rose risen climbed reached jumped increased hit is was now rises climbs reaches".split())
_EN_POSS_TOLL_CUE = CueEntry(kind="verb", lemma="toll")


def _en_possessive_toll(doc: Doc, a: int, b: int, registry: Registry) -> Frame | None:
    """A sentence that opens with a speaker's possessive toll and gives its number: the owner
    speaks ("The health ministry's death toll has climbed to 215", "NDMA's toll rose to 66"); not
    "This year's death toll" or "Bangladesh's toll" (no speaker owns them)."""
    f, raw = doc.folded, doc.raw
    t = a + 1 if f[a] == "the" else a
    p = next((x for x in range(t, min(b, t + 4)) if f[x].endswith("'s")), -1)
    if p < 0:
        return None
    k = p + 1
    while k < b and f[k] in _EN_POSS_TOLL_MODS:
        k += 1
    if k >= b or f[k] not in ("toll", "tally", "count"):
        return None
    v = next((x for x in range(k + 1, min(b, k + 7)) if f[x] in _EN_POSS_TOLL_VERBS), -1)
    if v < 0 or not any(is_number(f[x]) for x in range(v + 1, b)) or raw[b - 1] == "?":
        return None
    words = f[t:p] + [f[p][:-2]]
    own = raw[p][:-2]
    if kind_of(words, "en") is None and not (own.isupper() and own.isalpha() and len(own) >= 2) \
            and registry.match_prefix(doc.text[doc.starts[t] : doc.ends[p] - 2]) is None:
        return None
    c = Cue(_EN_POSS_TOLL_CUE, k, k + 1, doc.starts[k], doc.ends[k])
    fr = Frame(c, "en.possessive_toll", (a, k), "after", k)
    fr.mention = _mention(doc, a, p + 1, p + 1)
    return fr


def _en_owned_toll_frame(doc: Doc, a: int, b: int, registry: Registry, resolver: Resolver) -> Frame | None:
    """The possessive toll frame of sentence [a, b) with its speaker resolved, or None."""
    fr = _en_possessive_toll(doc, a, b, registry)
    if fr is None:
        return None
    m = fr.mention
    t = m.i + (doc.folded[m.i] == "the")
    own = doc.text[doc.starts[t] : doc.ends[m.j - 1] - 2].lower()  # "NDMA's" -> "ndma"
    # the owner already spoke under its bare name ("NDMA said ... NDMA's toll now stands at 70")
    fr.ref = next((r for r, _ in reversed(resolver.history) if r.name.lower() == own or (r.name_en or "").lower() == own), None)
    if fr.ref is not None:
        fr.coref = True
        fr.antecedent = resolver.anchors.get(fr.ref.source_id)
        resolver.remember(fr.ref)
        return fr
    fr.ref = resolver.resolve(fr.mention)
    if fr.ref is None:
        return None
    fr.coref = resolver.how == "coref"
    fr.antecedent = resolver.anchors.get(fr.ref.source_id)
    resolver.remember(fr.ref)
    return fr


def find_claims(doc: Doc, registry: Registry) -> list[ClaimMention]:
    # SPEED (session 15): the loop below runs per sentence; article-wide passes (after it) start
    # with a substring test of doc.text for the rare words they need (", a ", '\n"'), as here.
    scan = None
    if doc.language == "en":  # (one C-level scan for the cues' and the stance markers' words)
        words = _en_scan_words()
        scan = list(compress(range(len(doc.folded)), map(words.__contains__, doc.folded)))
    cues = find_cues(doc, scan)
    heads = _headline_frames(doc, registry)
    poss_toll = doc.language == "en" and _EN_POSS_TOLL_TEXT.search(doc.text) is not None
    if not cues and not heads and not poss_toll:
        return []
    hits = _stance_hits(doc, scan)
    resolver = Resolver(doc, registry)
    by_sent: dict[int, list[Cue]] = {}
    for c in cues:
        by_sent.setdefault(doc.sent_of[c.i], []).append(c)
    lang = doc.language
    prefix = lang + "."  # (a frame's rule "en.x" is the claim's rule "en.x:lemma")
    out: list[ClaimMention] = []
    last_direct: Frame | None = None
    narr = _Narration(doc, registry)  # what the narration introduced since the last claim
    # (an Arabic article with a trailing relay cue «نقلا عن»، «بحسب» anywhere: only then is each
    # sentence's cues looked through for one)
    ar_relays = lang == "ar" and any(c.kind == "prep" and c.entry.lemma in _AR_TRAILING_RELAYS for c in cues)
    for s, (a, b) in enumerate(doc.sents):
        scues = by_sent.get(s, [])
        if not scues and s not in heads and lang == "en":
            narr.pending.append((True, a, b))
        if scues and last_direct is not None and lang == "en" and s not in heads and _en_whole_quote(doc, a, b) and all(
                "we" in doc.folded[max(a, c.i - 3) : c.i] or "i" in doc.folded[max(a, c.i - 3) : c.i]
                or doc.folded[c.i - 1] in ("are", "is", "were", "was")  # ('"Kenyans are saying enough."': a progressive inside the quote)
                # (session 18, gold_bp) '"Many of them tell us relatives were killed on the way."':
                # a cue addressed to the first person is the quoted speaker's own words
                or (c.j < b and doc.folded[c.j] in ("us", "me") and c.entry.lemma in ("tell", "say"))
                or (c.entry.kind == "prep" and c.entry.lemma == "by") for c in scues):
            scues = []  # '"...," X told reporters. "We recorded 166 deaths."': the speaker's own cue inside the quote
            # ('"... since they were taken away by police."': a passive's agent inside the quote attributes nothing)
        if not scues and s not in heads:
            # “...,” he said. “...”  — a quoted sentence with no cue continues the last speaker
            if last_direct is not None and doc.raw[a] in _OPEN_OR_STRAIGHT:
                i, j, _ = _trim_content(doc, a, b, lang)
                if j > i:
                    cm = _claim(doc, last_direct, i, j, f"{lang}.quote_continuation:{last_direct.cue.entry.lemma}", "direct", "asserted",
                                implied=True, antecedent=resolver.anchors.get(last_direct.ref.source_id))
                    out.append(cm)
                    last_direct = None
                    continue
            last_direct = None
            if poss_toll and doc.raw[a] not in _OPEN_OR_STRAIGHT:
                fr = _en_owned_toll_frame(doc, a, b, registry, resolver)
                if fr is not None:
                    _set_contents(_Ctx(doc, a, b), [fr])
                    i, j, _ = _trim_content(doc, *fr.content, lang)
                    if j > i:
                        out.append(_claim(doc, fr, i, j, "en.possessive_toll:toll", "indirect", "asserted"))
            continue
        ctx = _Ctx(doc, a, b)
        frames = _ar_frames(ctx, scues, registry) if lang == "ar" else _en_frames(ctx, scues, registry)
        if ctx.consumed:  # (a cue read as part of another frame's phrase)
            frames = [fr for fr in frames if fr.cue.i not in ctx.consumed or fr.rule == "en.relay_quoted"]
        if ar_relays and frames and any(c.kind == "prep" and c.entry.lemma in _AR_TRAILING_RELAYS for c in scues):
            frames = _ar_trailing_relay(ctx, frames, scues)
        if lang == "ar":
            for fr in frames:
                ci = fr.cue.i
                if fr.mention is None and not fr.inherit and ci - 3 > a and doc.folded[ci - 1] in _AR_IDH and doc.raw[ci - 2] in ("،", ","):
                    m = _ar_account_subject(ctx, ci - 2, registry)
                    if m is not None:
                        fr.mention, fr.pronoun, fr.implied = m, None, False
        if s in heads and all(fr.mention is None and fr.pronoun is None for fr in frames):
            # «نقابة X: مقتل 3 صحافيين يرفع الحصيلة إلى 212»: the colon's speaker governs the
            # line; a subjectless verb inside it is no claim of its own
            frames = [heads[s]]
        frames += _trailing_quotes(ctx, frames)
        # resolve speakers in reading order
        kept: list[Frame] = []
        frames.sort(key=lambda x: x.region[0])
        for fr in frames:
            if fr.inherit:
                fr.ref = kept[-1].ref if kept else None
                if lang == "ar" and len(kept) > 1 and fr.cue.kind == "part" and _ar_feminine(doc.folded[fr.cue.i]) and _ar_masc_plural(doc, kept[-1]):
                    # "ذكرت المنظمة أن الناجين أبلغوا ...، مرجّحةً": a feminine participle agrees
                    # with the earlier feminine speaker, not the masculine plural one
                    other = next((x for x in reversed(kept[:-1]) if not _ar_masc_plural(doc, x)), None)
                    if other is not None:
                        fr.ref = other.ref
                fr.implied = True
                if fr.ref is None:
                    continue
            elif fr.mention is not None and fr.pronoun is None:
                owner = _en_role_owner(doc, fr.mention, s, registry) if lang == "en" else None
                if owner is not None:
                    # "The banned X Army claimed responsibility. ... the group's spokesman Y said":
                    # the role speaks for the body the sentence before narrated
                    fr.ref = resolver.resolve(owner)
                    resolver.how = "name"
                    if fr.ref is not None:
                        resolver.speaks_as_person(fr.ref)  # ("Spokeswoman X said ... 'Y,' she said")
                else:
                    fr.ref = resolver.resolve(fr.mention)
                fr.coref = resolver.how == "coref"
            elif fr.pronoun is not None and nouns(lang).pronouns.get(fr.pronoun) == "group" and narr.settled().group is not None:
                # "Student organisers disputed the account. In a statement, they said ...": the
                # plural subject the narration just gave, not the previous speaker
                fr.ref = resolver.resolve(narr.group)
                fr.coref = True
            elif fr.pronoun is not None and nouns(lang).pronouns.get(fr.pronoun) == "person" and narr.settled().person is not None:
                # "Musa Bello, a farmer whose son was taken, ... ¶ '...,' he said": the person the
                # narration just introduced, not the previous paragraph's speaker
                fr.ref = resolver.resolve(narr.person)
                fr.coref = True
            elif fr.pronoun is not None and nouns(lang).pronouns.get(fr.pronoun) == "org" and narr.settled().org is not None:
                # "The RSF did not respond to a request for comment. ... it said": the body the
                # narration just named, not the previous speaker
                fr.ref = resolver.resolve(narr.org)
                fr.coref = True
            else:
                fr.ref = resolver.implied(fr.pronoun)
                if lang == "ar" and fr.pronoun is None and fr.cue.kind == "verb":
                    # «أصدرت منظمة X تقريراً يوثق ... . وأضافت أن ...»: the body the narration showed
                    # issuing a report since the last speaker was named (of the verb's gender)
                    fem = _ar_fem_singular_verb(doc.folded[fr.cue.i], fr.cue.entry.lemma)
                    if fem or _ar_masc_singular_verb(doc.folded[fr.cue.i], fr.cue.entry.lemma):
                        fr.ref = resolver.ar_issuer(fr.cue.i, feminine=fem) or fr.ref
                if lang == "ar" and fr.ref is not None and fr.cue.kind == "verb" and _ar_masc_singular_verb(doc.folded[fr.cue.i], fr.cue.entry.lemma) \
                        and _ar_plural_group(resolver.history[-1][1] if resolver.history else ""):
                    # «... إن الناجين أفادوا بأن ... . وتابع أن ...»: a singular verb goes on with the
                    # last singular speaker, not the plural group it relayed
                    fr.ref = next((r for r, nm in reversed(resolver.history) if not _ar_plural_group(nm)), fr.ref)
                elif lang == "ar" and fr.ref is not None and fr.cue.kind == "verb" and resolver.history and _ar_fem_singular_verb(
                        doc.folded[fr.cue.i], fr.cue.entry.lemma) and _ar_sound_plural(resolver.history[-1][1]):
                    # «ونقلت المتحدثة ... عن ناجين قولهم إن ... . وأضافت أن ...»: a feminine singular
                    # verb never agrees with a sound masculine plural; it goes on with the relayer
                    fr.ref = next((r for r, nm in reversed(resolver.history) if not _ar_plural_group(nm)), fr.ref)
                if lang == "ar" and fr.ref is not None and fr.cue.kind == "verb" and resolver.history and fr.ref is resolver.history[-1][0]:
                    # «قالت الوزارة ... وقال المتحدث باسم الجيش ... وأضافت أن ...»: a feminine verb goes
                    # on with the last feminine speaker, not the man cited just before (and a
                    # masculine verb after a woman with the last masculine one)
                    w = doc.folded[fr.cue.i]
                    fem = _ar_fem_singular_verb(w, fr.cue.entry.lemma)
                    last = _ar_speaker_gender(resolver.history[-1][1])
                    if (fem and last == "m") or (not fem and last == "f" and _ar_masc_singular_verb(w, fr.cue.entry.lemma)):
                        want = "f" if fem else "m"
                        fr.ref = next((r for r, nm in resolver.history[-4:-1][::-1] if _ar_speaker_gender(nm, body=True) == want), fr.ref)
                fr.coref = True
                if fr.ref is not None:
                    resolver.remember(fr.ref)
            if fr.ref is None:
                continue
            # who an implied or anaphoric speaker is, as the text named it before this claim
            fr.antecedent = resolver.anchors.get(fr.ref.source_id)
            if fr.via_mention is not None:
                fr.via = resolver.resolve(fr.via_mention)
                if fr.via is not None and fr.via.source_id == fr.ref.source_id:
                    fr.via = None
                elif fr.via is not None and lang == "ar":
                    resolver.remember(fr.ref)  # «ونقلت X عن Y قوله ...، وتابع: ...»: Y goes on, not the outlet
            # the same speaker again inside its own claim ("... هم بحسب المصدر ...") or an
            # embedded verb with no subject of its own: part of the earlier claim
            if kept and kept[-1].ref.source_id == fr.ref.source_id and kept[-1].direction == "after" and (
                fr.cue.kind == "prep" or (fr.implied and not fr.conj and not fr.inherit and not (
                    lang == "ar" and _ar_pluperfect(doc, a, fr.cue.i))  # «..., بعدما كان قد أعلن مقتل 27»: a claim of its own
                    and not (lang == "ar" and (_ar_comma_said(ctx, fr, kept[-1]) or doc.folded[fr.cue.i][:1] == "ل"  # «ثم عادت لتعلن أن»
                                               or _ar_but_it_said(ctx, fr, kept[-1]))))  # «إن 5 قتلوا، لكنه أكد أن 3 أصيبوا»
            ):
                continue
            kept.append(fr)
        if lang == "en":
            if not kept and poss_toll and doc.raw[a] not in _OPEN_OR_STRAIGHT:
                # ("The ministry's toll now stands at 70": "stands" read as a cue found no speaker)
                fr = _en_owned_toll_frame(doc, a, b, registry, resolver)
                if fr is not None:
                    kept = [fr]
            kept = _en_trailing_relay(kept)
        _set_contents(ctx, kept)
        last_direct = None
        if kept:
            narr.reset()
        elif lang == "en":
            narr.pending.append((False, a, b))
        for fr in kept:
            if fr.silent:
                continue
            i, j, direct = _trim_content(doc, *fr.content, lang)
            if lang == "en" and doc.raw[b - 1] == ":" and j >= b - 1 and fr.direction == "after":
                j = _en_bullets_after(doc, s, j, by_sent)  # "its teams had:" + a bulleted list
            if not _at_least_words(doc.raw, i, j, 2) and not (
                    # "Pension march: police say 35,000, organisers claim 300,000": a headline's bare
                    # count is the speaker's figure
                    lang == "en" and j - i == 1 and is_number(doc.folded[i]) and fr.direction == "after"
                    and fr.cue.kind == "verb" and _ar_headline_line(doc, a, b)) and not (
                    # «وتبنّت حركة X الهجوم، قائلة ...»: the attack claimed is the whole content
                    lang == "ar" and j - i == 1 and fr.cue.entry.lemma == "تبنى" and doc.folded[i] in _AR_ATTACK_OBJECTS):
                continue
            if lang == "ar" and doc.folded[i] in _AR_DEMONSTRATIVES and not _at_least_words(doc.raw, i, j, 3) and fr.cue.i > a and doc.folded[fr.cue.i - 1] in _AR_NEG:
                continue  # «ولم تؤكد السلطات هذا الرقم»: a negated verb pointing back, no content of its own
            quote = "direct" if (fr.quote == "direct" or direct) else "indirect"
            rule = fr.rule + ":" + fr.cue.entry.lemma if fr.rule.startswith(prefix) else f"{lang}.{fr.rule.split('.', 1)[1]}:{fr.cue.entry.lemma}"
            cm = _claim(doc, fr, i, j, rule, quote, _stance(fr, b, hits))
            out.append(cm)
            if quote == "direct":
                last_direct = fr
            elif not (last_direct is not None and fr.rule == "en.relative_cue_content" and fr.ref is not None
                      and fr.ref.source_id == last_direct.ref.source_id):
                last_direct = None  # ('"A," said X, who said he lost three cousins. "B."': X's quote goes on)
            if lang == "en" and fr.direction == "before" and j <= fr.region[0]:
                k = _en_trailing_participle(doc, fr.region[1], b)
                if k is not None:
                    # "Gunmen attacked a market, residents said, killing at least 23 civilians.":
                    # the participle clause after the speaker is the same speaker's content
                    out.append(_claim(doc, fr, k[0], k[1], f"{lang}.trailing_participle:{fr.cue.entry.lemma}", "indirect", "asserted"))
    if lang == "en" and out:
        out = _en_role_surnames(doc, out)
        if '\n"' in doc.text or "\n“" in doc.text:  # (a paragraph that opens with a quote mark)
            out = _en_open_quote_paragraphs(doc, out)
        if ", a " in doc.text or ", the " in doc.text or ", an " in doc.text:  # (a role apposition)
            out = _en_narrated_role_surnames(doc, out)
        # "Ecuador prison riot toll revised up to 31": a toll is what is said, never a speaker
        out = [c for c in out if not (c.source_text and c.source_text.rsplit(" ", 1)[-1].lower() in ("toll", "tally"))]
    if doc.bars:  # a flattened table of counts after the line that names its source
        from newsclaims.extract.tables import table_claims
        out += table_claims(doc, out, resolver, registry, _mention)
    nl = doc.text.find("\n")
    out = unify_speakers(out, registry, lang, nl if nl >= 0 else -1, doc.text)
    out.sort(key=lambda c: (c.start, c.end))
    if hits[0]:
        out = _verification_notes(doc, out, hits)
    return out


# "Reuters could not independently verify the toll." / «ولم يتسنَّ التحقق من هذه الأرقام»: the
# newsroom's own note that it could not check what the sentence before reported
_VERIFY_WORDS = frozenset(("verify", "verified", "confirm", "confirmed", "unverified", "التحقق", "التاكد"))
# what such an English note is about, when it names it (not "could not confirm the identity of ...")
_EN_VERIFIED_OBJECTS = frozenset((
    "it", "this", "that", "these", "those", "toll", "tolls", "figure", "figures", "number", "numbers", "report",
    "reports", "claim", "claims", "account", "accounts", "casualties", "death", "deaths", "tally", "statement",
    "statements", "details", "information", "allegation", "allegations", "assertion", "assertions", "estimate",
    "estimates", "count", "counts", "casualty", "either", "report's", "them"))


def _verification_notes(doc: Doc, out: list[ClaimMention], hits: tuple[list[int], list[str]]) -> list[ClaimMention]:
    """A sentence of narration (no claim of its own) that says the claims could not be verified
    marks the claims of the sentence right before it as disputed."""
    f = doc.folded
    starts = doc.starts
    flagged: set[int] = set()  # sentence indices whose claims the notes doubt
    for t, st in zip(*hits):
        if st != "disputed":
            continue
        s = doc.sent_of[t]
        a, b = doc.sents[s]
        if s == 0 or not any(w in _VERIFY_WORDS for w in f[t : min(t + 6, b)]):
            continue
        lo, hi = starts[a], doc.ends[b - 1]
        if any(c.start < hi and c.end > lo for c in out):
            continue  # a sentence with a claim of its own: the stance is that claim's (_stance)
        if doc.language == "en" and not any(w in _EN_VERIFIED_OBJECTS for w in f[a:b]) and not (
                f[b - 1] in (".", "!") and f[b - 2] in _VERIFY_WORDS):  # (or none: "... could not be verified.")
            continue
        flagged.add(s - 1)
    if not flagged:
        return out
    sent_of = doc.sent_of

    def sentence_of(char: int) -> int:
        return sent_of[max(bisect_right(starts, char) - 1, 0)]
    return [_replace(c, stance="disputed") if c.stance == "asserted" and sentence_of(max(c.end - 1, c.start)) in flagged
            else c for c in out]


_EN_SURNAME_ONLY = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Miss)\.? )?([A-Z][\w'’-]+)$")
_EN_ROLE_WORDS = r"(?:spokes(?:man|woman|person)|director(?:-general)?|head|chief|secretary[- ]general|coordinator|commander|president|chairman|chairwoman|chairperson)"


@lru_cache(maxsize=1024)
def _narrated_role_pattern(sur: str) -> re.Pattern:
    """"<First names> <sur>, a/the ... spokesman/director ... for/of/at <body>[,.]" (compiled once per surname)."""
    return re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}" + re.escape(sur) + r", (?:an?|the) (?:[\w'’-]+ ){0,3}?" + _EN_ROLE_WORDS
                      + r" (?:for|of|at) ((?:the )?[\w'’ -]{2,60}?)[,.]")


def _en_narrated_role_surnames(doc: Doc, out: list[ClaimMention]) -> list[ClaimMention]:
    """"Mahmoud Hamdan, a spokesman for the agency, described the scene ..." (narration, no
    claim) then '"...," Hamdan said': the surname speaks for the body the apposition names (the
    agency that spoke before, a speaker so named), one source with it."""
    bare = {}
    for c in out:
        st = c.source_text
        if not st or c.source.registered or (" " in st and st[:2] not in ("Mr", "Ms", "Dr", "Mi")):
            continue  # (a bare surname or an honorific and a surname only)
        m = _EN_SURNAME_ONLY.match(st.strip())
        if m is not None and c.source.name.strip().endswith(m.group(1)) and len(c.source.name.split()) <= 2:
            bare.setdefault(c.source.source_id, (m.group(1), c))
    if not bare:
        return out
    text = doc.text
    remap: dict[str, SourceRef] = {}
    for sid, (sur, first) in bare.items():
        # the pattern holds "<surname>, ": it is tried only in a window around each occurrence
        # (C-level finds), not over the whole text before the claim
        pat, m = _narrated_role_pattern(sur), None
        k = text.find(sur + ", ", 0, first.start)
        while k >= 0 and m is None:
            m = pat.search(text, max(0, k - 80), min(first.start, k + len(sur) + 120))
            k = text.find(sur + ", ", k + 1, first.start)
        if m is None:
            continue
        body = m.group(1)
        words = body.lower().split()
        if words[0] == "the" and len(words) <= 3 and not any(w[:1].isupper() for w in body.split()[1:]):
            noun = words[-1]
            cands = [c for c in out if c.start < m.start() and c.source.source_id != sid and c.source.kind not in ("official", "anonymous", "journalist", "residents")
                     and (noun in c.source.name.lower() or noun in (c.source.name_en or "").lower() or noun in (c.source_text or "").lower()
                          or c.source.kind in _CLASS_KINDS_EN.get(noun, ()))]
        else:
            key = body.lower().removeprefix("the ")
            cands = [c for c in out if c.source.source_id != sid and (key in c.source.name.lower() or key in (c.source.name_en or "").lower()
                                                                        or key in (c.source_text or "").lower())]
        if cands:
            remap[sid] = max(cands, key=lambda c: (c.start < m.start(), c.start if c.start < m.start() else -c.start)).source
    if not remap:
        return out
    return [_replace(c, source=remap[c.source.source_id]) if c.source.source_id in remap else c for c in out]


# class nouns of a narrated role's body ("a spokesman for the agency") -> the speaker kinds it names
_CLASS_KINDS_EN = {
    "agency": ("ngo", "agency", "government", "monitor"), "group": ("armed_group", "ngo", "monitor", "activists"),
    "organisation": ("ngo", "monitor"), "organization": ("ngo", "monitor"), "ministry": ("ministry",),
    "movement": ("armed_group",), "army": ("military",), "military": ("military",), "force": ("government", "military"),
}
_EN_PARA = re.compile(r"[^\n]+")


def _en_open_quote_paragraphs(doc: Doc, out: list[ClaimMention]) -> list[ClaimMention]:
    """A quotation running over paragraphs: a paragraph that opens a quote and does not close
    it, with no claim of its own, followed by a paragraph that opens the quote again and names
    the speaker at its end ('"Our crews pulled 17 bodies ... ¶ "There are still six under the
    rubble," Hamdan said.'): the first paragraph is a claim of that speaker (one per paragraph)."""
    text = doc.text
    n_text = len(text)

    def para_end(k: int) -> int:
        e = text.find("\n", k)
        return n_text if e < 0 else e

    def next_paras(k: int, n: int) -> list[tuple[int, int]]:
        got = []
        while k < n_text and len(got) < n:
            while k < n_text and text[k] == "\n":
                k += 1
            if k >= n_text:
                break
            e = para_end(k)
            got.append((k, e))
            k = e
        return got

    # the paragraphs that open with a quote mark (found by C-level scans, not a walk of all)
    opens = []
    for mark in ('\n"', "\n“"):
        k = text.find(mark)
        while k >= 0:
            opens.append(k + 1)
            k = text.find(mark, k + 1)
    added = []
    for ps in sorted(opens):
        pe = para_end(ps)
        p = text[ps:pe]
        lead = 0
        if "”" in p or p.count('"') > 1:
            continue
        if any(c.start < pe and c.end > ps for c in out):
            continue
        for qs, qe in next_paras(pe, 2):
            q = text[qs:qe].lstrip()
            if not q or q[0] not in "“\"":
                break
            hit = next((c for c in out if qs <= c.start < qe and c.quote == "direct" and c.cue_start > c.start), None)
            if hit is not None:
                i = bisect_left(doc.starts, ps + lead + 1)  # (after the opening quote mark)
                j = bisect_left(doc.starts, pe)
                i, j, _ = _trim_content(doc, i, j, "en")
                if j > i and _at_least_words(doc.raw, i, j, 3):
                    added.append(_replace(hit, start=doc.starts[i], end=doc.ends[j - 1], rule="en.open_quote_paragraph:" + hit.rule.rsplit(":", 1)[-1]))
                break
            if "”" in q or q.count('"') > 1:
                break  # a quote closed with no cue: another paragraph's quotation
    return out + added if added else out


class _Narration:
    """The person, plural speaker and body that claim-less English sentences introduced since
    the last claim (for a later "he/they/it said"). Read lazily: the sentences are only noted,
    and read (in order, as find_claims once read each) when a pronoun speaker asks; a claim
    clears them, so most are never read."""

    __slots__ = ("doc", "registry", "person", "group", "org", "pending")

    def __init__(self, doc: Doc, registry: Registry):
        self.doc, self.registry = doc, registry
        self.person = self.group = self.org = None
        self.pending: list[tuple[bool, int, int]] = []  # (a sentence with no cue, a, b)

    def reset(self) -> None:
        self.person = self.group = self.org = None
        self.pending.clear()

    def settled(self) -> _Narration:
        doc = self.doc
        for no_cue, a, b in self.pending:
            if no_cue:
                self.person = _en_narrated_person(doc, a, b, self.registry) or self.person
            self.group = _en_narrated_group(doc, a, b) or self.group
            self.person, self.org = _after_narrated_subject(doc, a, b, self.person, self.org, self.registry)
        self.pending.clear()
        return self


# "its spokesman, X", "their commander Y": what follows the possessive (the role, then the name)
_EN_ROLE_AFTER_POSS = (
    r"\s+(?:spokes(?:man|woman|person)|chair(?:man|woman|person)?|head|director|president|"
    r"chief|commander|coordinator|representative|secretary[- ]general)\s*,?\s+((?:[A-Z][\w'-]+\s){0,2}[A-Z][\w'-]+)"
)
_EN_ROLE_NAME = re.compile(r"\b(?:its|their)" + _EN_ROLE_AFTER_POSS)
# the same pattern with no leading \b, once per possessive: each starts with a literal, which
# the regex engine finds by a fast scan (the \b version, and one that starts with the alternation
# "(?:its|their)", try every position of the article: 45 µs per English article against 2 µs)
_EN_ROLE_NAME_SCANS = tuple(re.compile(w + _EN_ROLE_AFTER_POSS) for w in ("its", "their"))
_EN_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+([A-Z][\w'-]+)$")


def _role_name_search(text: str) -> re.Match | None:
    """_EN_ROLE_NAME.search(text): for each possessive, the first candidate of its scan pattern
    at which the full pattern (with its word boundary) matches; the leftmost of the two."""
    first = None
    for scan in _EN_ROLE_NAME_SCANS:
        pos = 0
        while (m := scan.search(text, pos)) is not None:
            full = _EN_ROLE_NAME.match(text, m.start())
            if full is not None:
                if first is None or full.start() < first.start():
                    first = full  # (the leftmost of the two possessives' first matches)
                break
            pos = m.start() + 1
    return first


def _en_role_surnames(doc: Doc, claims: list[ClaimMention]) -> list[ClaimMention]:
    """"In a statement signed by its chairperson, Grace Otieno, the commission said ..." then
    "Ms Otieno said": the surname speaks for the body whose role the narration gave her."""
    from dataclasses import replace

    text = doc.text
    if ("its" not in text and "their" not in text) or _role_name_search(text) is None:
        return claims  # (no role name anywhere: none inside any claim's paragraph either)
    owners: dict[str, set[str]] = {}
    refs = {}
    for c in claims:
        lo = doc.text.rfind("\n", 0, min(c.start, c.cue_start)) + 1  # the claim's paragraph
        for m in _EN_ROLE_NAME.finditer(doc.text, lo, max(c.end, c.cue_end)):
            owners.setdefault(m.group(1).rsplit(" ", 1)[-1], set()).add(c.source.source_id)
            refs[c.source.source_id] = c.source
    if not owners:
        return claims
    out = []
    for c in claims:
        m = _EN_HONORIFIC.match((c.source_text or "").strip())
        own = owners.get(m.group(1)) if m else None
        if own and len(own) == 1 and not c.source.registered:
            sid = next(iter(own))
            if sid != c.source.source_id:
                c = replace(c, source=refs[sid])
        out.append(c)
    return out


_EN_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
_EN_BODY_KINDS = frozenset(("government", "ministry", "military", "armed_group", "monitor", "ngo", "agency", "media"))


def _en_role_owner(doc: Doc, men: Mention, s: int, registry: Registry) -> Mention | None:
    """A possessive role mention ("Its spokesman, X", "the group's spokesman X", "X, its
    director") right after a sentence whose subject is a body that made no claim ("The
    Taliban's disaster ministry gave a lower figure.", "The banned X Army claimed
    responsibility."): that body's noun phrase, else None."""
    if s == 0 or men.j - men.i < 2:
        return None
    text = doc.text[men.start : men.end]
    bare = (men.j - men.i == 2 and doc.folded[men.i] in ("a", "the") and doc.folded[men.i + 1] in _EN_SPOKES) or (
        # "Spokeswoman Nadège Joseph said": a bare title before a name
        2 <= men.j - men.i <= 4 and doc.folded[men.i] in _EN_SPOKES and doc.raw[men.i][:1].isupper()
        and all(doc.raw[t][:1].isupper() for t in range(men.i + 1, men.j)))
    if not bare and "its" not in text.lower() and "their" not in text.lower() and "'s" not in text and "’s" not in text:
        return None  # (cheap pre-check before the pattern)
    pm = POSS_ROLE_ANY_EN.search(norm_name(text)) if not bare else None
    if pm is None and not bare:
        return None  # ("A spokesperson said ..." after "The Metropolitan police put the figure lower.")
    f, raw = doc.folded, doc.raw
    a0 = doc.sents[s][0]
    if f[men.i] in ("its", "their") and men.i > a0 + 4 and raw[men.i - 1] == "," and raw[a0][:1].isupper():
        # (session 18, gold_bp) "Syria's National Commission for Missing Persons, set up this year,
        # puts the figure at 150,000, its chairman, Dr X, told reporters": the body that opens
        # the sentence's content owns the role
        ne = next((t for t in range(a0 + 1, min(men.i, a0 + 12)) if not (_word(raw[t]) and (raw[t][:1].isupper() or f[t] in ("of", "for", "on", "and", "the")))), -1)
        if ne > a0 + 1 and (raw[ne] == "," or raw[ne][:1].islower()) and _en_np_ok(doc, a0, ne) and (
                kind_of(f[a0:ne], "en") in _EN_BODY_KINDS or _registered_np(doc, a0, ne, registry) is not None):
            return _mention(doc, *_trim_np(doc, a0, ne))
    if any(raw[t][:1].isupper() or is_number(f[t]) for t in range(a0 + 1, men.i)):
        return None  # "A separate group, the X Network, ..., its director Y said": the body is in this sentence
    a, b = doc.sents[s - 1]
    while a < b - 1 and (f[a] in _EN_LEAD or raw[a] in _PUNCT):
        a += 1
    ne = next((t for t in range(a + 1, min(b, a + 18)) if raw[t][:1].islower() and (
        f[t].endswith("ed") or f[t] in _EN_IRREGULAR_PAST) and f[t] not in EN_OK_LOWER_ED_WORDS
        and f[t - 1] not in EN_DETERMINERS), -1)  # (not "the banned X": an adjective)
    if ne > a + 1:
        # "The International Federation ... (IFRC) has launched": the name before its acronym / auxiliary
        ne = next((t for t in range(a + 1, ne) if raw[t] == "(" or f[t] in ("has", "have", "had", "was", "were")), ne)
    if ne < 0 or ne - a > 12 or not _en_np_ok(doc, a, ne) or any(not _word(raw[t]) or (f[t] in EN_STOP and not (
            f[t] == "and" and raw[t + 1][:1].isupper())) for t in range(a, ne)):
        return None  # ("Red Cross and Red Crescent": "and" inside a name)
    if kind_of(f[a:ne], "en") not in _EN_BODY_KINDS and _registered_np(doc, a, ne, registry) is None:
        return None  # ("The Houthis did not comment ... Their military spokesman": a registered name)
    cls = re.match(r"(?:, )?the (\w+)['’]s", pm.group(0)) if pm is not None else None
    if cls and cls.group(1) not in ("group", "organisation", "organization", "agency", "body") and cls.group(1) not in f[a:ne]:
        return None  # "the union's leader" after "Police said ...": not that body
    return _mention(doc, *_trim_np(doc, a, ne))


def _registered_np(doc: Doc, a: int, ne: int, registry: Registry):
    k = a + 1 if doc.folded[a] in ("the", "a", "an") and ne > a + 1 else a
    hit = registry.match_prefix(doc.text[doc.starts[k] : doc.ends[ne - 1]])
    return hit if hit is not None and hit[0].kind not in ("media", "agency") else None


_EN_NOT_FIRST_NAMES = frozenset("the a an on in at by for with after before during when while but and mr mrs ms dr".split())


def _en_narrated_person(doc: Doc, a: int, b: int, registry: Registry) -> Mention | None:
    """A narration sentence that opens with a personal name and an apposition or relative
    clause ("Musa Bello, a farmer whose son was taken, ..."): two or three capitalised
    words, then a comma; not a registered body, not a place-dateline."""
    raw, f = doc.raw, doc.folded
    titled = _en_titled_subject(doc, a, b)
    if titled is not None:
        return titled
    c1 = next((t for t in range(a + 1, min(b, a + 9)) if raw[t] == ","), -1)
    if c1 > 0 and any(_en_key(f[t]) in _EN_TITLE_NOUNS for t in range(a, c1)) and raw[a][:1].isupper():
        # "The state's security secretary, Carlos Ruiz Vega, defended the raid.": a role and
        # its bearer's name before a narrated past verb
        c2 = c1 + 1
        while c2 < b and c2 - c1 <= 5 and raw[c2][:1].isupper() and raw[c2].replace("-", "").isalpha():
            c2 += 1
        if 3 <= c2 - c1 <= 5 and c2 + 1 < b and raw[c2] == "," and f[c2 + 1].endswith("ed") and raw[c2 + 1].islower():
            return _mention(doc, a, c2)
    j = a
    while j < b and j - a < 4 and raw[j][:1].isupper() and raw[j].isalpha() and not raw[j].isupper():
        j += 1
    if not 2 <= j - a <= 3 or j >= b or raw[j] != "," or f[a] in _EN_NOT_FIRST_NAMES:
        return None
    if j + 1 < b and f[j + 1] not in ("a", "an", "the", "who", "whose", "whom", "his", "her", "aged") and not is_number(f[j + 1]):
        return None
    if f[j - 1] in _EN_PLACE_HEADS or (_en_key(f[j - 1]),) in nouns("en").kinds:
        return None  # "Kano State, the worst hit, ...", "Relief Web, an aid portal, ..."
    if registry.match_prefix(doc.text[doc.starts[a] : doc.ends[j - 1]]) is not None:
        return None
    return _mention(doc, a, j)


def _en_titled_subject(doc: Doc, a: int, b: int) -> Mention | None:
    """"Separately, Chief Minister Aftab Khan condemned the attack.": a person's title and
    name as the subject of a narrated past verb."""
    raw, f = doc.raw, doc.folded
    s0 = a
    if s0 + 1 < b and f[s0] in ("separately", "meanwhile", "later", "earlier", "however") and raw[s0 + 1] == ",":
        s0 += 2
    j = s0
    while j < b and j - s0 < 8 and (raw[j][:1].isupper() or f[j] in ("of", "for")) and raw[j].replace(".", "").replace("-", "").isalpha():
        j += 1
    if j - s0 < 3 or j >= b or not (f[j].endswith("ed") and raw[j][:1].islower()):
        return None
    if not (raw[j - 1][:1].isupper() and raw[j - 2][:1].isupper()) or kind_of(f[s0:j], "en") != "official":
        return None
    return _mention(doc, s0, j)


_EN_PLACE_HEADS = frozenset(
    "state province city county district region camp town village valley river island islands "
    "republic strip bank township governorate square street road hospital school market".split()
)


def _en_trailing_relay(frames: list[Frame]) -> list[Frame]:
    """"The ministry said 12 people were killed, Al-Masirah television reported." -> the
    ministry's claim, relayed by the television (not a second claim)."""
    if len(frames) < 2:
        return frames
    last, prev = frames[-1], frames[-2]
    if (
        last.direction == "before" and last.cue.kind == "verb" and last.cue.entry.lemma in ("report", "say")
        and prev.direction == "after" and prev.cue.kind == "verb" and prev.pronoun is None
        and (not prev.implied or prev.cue.entry.lemma in _EN_ACTION_LEMMAS)
        and prev.via is None and last.ref is not None and prev.ref is not None
        and last.ref.source_id != prev.ref.source_id and last.pronoun is None
    ):
        if prev.cue.entry.lemma in _EN_ACTION_LEMMAS:
            # "The government declared an emergency after ... left 80 dead, officials said" / "The
            # prime minister ordered X and declared Y, his office said": the actions are narrated
            # by the trailing speaker, who says the whole sentence
            k = len(frames) - 2
            while k > 0 and frames[k - 1].cue.kind == "verb" and frames[k - 1].cue.entry.lemma in _EN_ACTION_LEMMAS:
                k -= 1
            return frames[:k] + [last]
        prev.via = last.ref
        return frames[:-1]
    return frames


# verbs that narrate an action rather than report speech (a trailing "X said" speaks for them)
_EN_ACTION_LEMMAS = frozenset(("declare", "order", "mourn"))
# a count narrated inside a trailing speaker's statement: "Local officials counted 40 ruined
# houses, the statement said" is the statement's (a reporting outlet's "reported" stays a relay)
_EN_TALLY_LEMMAS = frozenset(("count", "tally", "record", "document"))


_DIRECTION = attrgetter("direction")


def _trailing_quotes(ctx: _Ctx, frames: list[Frame]) -> list[Frame]:
    """“A,” said X, “B.” — the quote after a content-first attribution is X's too."""
    doc, b = ctx.doc, ctx.b
    raw = doc.raw
    out = []
    if "before" not in map(_DIRECTION, frames) or not ctx.quotes:  # (the frames' directions, read in C)
        return out  # (no content-first frame, or no quotation mark in the sentence to follow one)
    starts = sorted(fr.region[0] for fr in frames)
    for fr in frames:
        if fr.direction != "before":
            continue
        k = fr.region[1]
        nxt = next((x for x in starts if x >= k), b)
        limit = min(b, nxt, k + 10)
        close = -1
        while True:
            while k < limit and raw[k] not in OPEN_QUOTES and raw[k] not in STRAIGHT_QUOTES:
                if raw[k] in ".!?؟;؛":
                    k = limit
                    break
                k += 1
            if k >= limit:
                break
            close = _close_quote(doc, k, b)
            if k > 0 and (raw[k - 1].endswith("ـ") or raw[k - 1] in ("ل", "ب", "و")):
                # «المركز الإعلامي لـ«قوات ...»»: a quoted name glued to a particle, no quote; the
                # quote may follow it («قال الوزير، في حديث لـ«النهار»، «لكن ...»»)
                if close <= k or close - k > 6 or close + 1 >= b or raw[close + 1] not in ("،", ","):
                    close = -1
                    break
                k = close + 1
                limit = min(b, nxt, k + 4)
                close = -1
                continue
            break
        if close < 0:
            continue
        if close > k + 1:
            rule = f"{doc.language}.quote_continuation"
            out.append(Frame(fr.cue, rule, (k, k + 1), "span", k + 1, span_end=close, inherit=True, quote="direct"))
    return out


def _claim(
    doc: Doc, fr: Frame, i: int, j: int, rule: str, quote: str, stance: str, implied: bool = False,
    antecedent: tuple[int, int] | None = None,
) -> ClaimMention:
    """The claim of frame `fr` over content tokens [i, j). Its source span is the speaker as
    written, or, when the speaker is implied (وأضاف، مشيراً، a quote continuing) or only a
    pronoun or anaphor ("he said", "the ministry added"), the earlier mention that named it."""
    start, end = doc.starts[i], doc.ends[j - 1]
    m = fr.mention if not (fr.implied or implied) else None
    src_text = src_start = src_end = None
    if implied:
        span = antecedent
    else:
        span = fr.antecedent if (fr.implied or fr.coref or m is None) else None
    if span is not None:
        src_start, src_end = span
        src_text = doc.text[src_start:src_end]
    elif m is not None:
        src_start, src_end = m.start, m.end
        src_text = doc.text[src_start:src_end]
    return ClaimMention(
        source=fr.ref,
        cue=doc.text[fr.cue.start : fr.cue.end],
        cue_start=fr.cue.start,
        cue_end=fr.cue.end,
        start=start,
        end=end,
        quote=quote,
        stance=stance,
        rule=rule,
        source_text=src_text,
        source_start=src_start,
        source_end=src_end,
        via=fr.via,
    )
