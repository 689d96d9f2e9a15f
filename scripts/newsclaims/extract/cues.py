"""Find attribution cues (reporting verbs, participles, prepositions) in a tokenised article.

The cue words are data: lexicons/cues_ar.yaml and lexicons/cues_en.yaml. This module only
matches them on folded tokens, stripping the Arabic conjunction clitics و / ف.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from newsclaims.extract.lexicon import fwords, load
from newsclaims.extract.model import fast_init
from newsclaims.extract.sentences import Doc, token_hits


# before an English "-s" form these make it a plural noun ("according to preliminary estimates")
_EN_NOUN_BEFORE = frozenset(
    "the its their his her our these those preliminary initial latest official early new such".split()
)  # ("says" is never a noun: "..., Taliban official says")


@dataclass(frozen=True)
class CueEntry:
    kind: str  # "verb" | "part" | "prep"
    lemma: str
    stance: str = "asserted"
    intro_required: bool = False
    object_ok: bool = False
    attach: str | None = None  # clitic the next word starts with ("ل" of "وفقاً لـ")
    needs_next: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()  # "claimed the lives": not a cue before these
    ambiguous: bool = False  # a homograph: needs a conjunction clitic or its shadda written
    after_comma: bool = False  # only right after a comma
    clause_initial: bool = False  # a noun homograph (رصد "monitoring"): only where a clause starts
    audience: bool = False  # the phrase after the verb is the audience ("أبلغ X بأن"): the subject stands before


@fast_init
@dataclass(frozen=True)
class Cue:
    entry: CueEntry
    i: int  # first token
    j: int  # token after the cue
    start: int  # character span of the cue as written
    end: int

    # (read some 40 times per article: a property over a C getter, no Python frame per read)
    kind = property(attrgetter("entry.kind"), doc="The cue entry's kind (verb, prep, ...).")

    def rule_key(self) -> str:
        return self.entry.lemma


@dataclass(frozen=True)
class CueLexicon:
    language: str
    single: dict[str, CueEntry]
    multi: dict[str, tuple[tuple[tuple[str, ...], CueEntry], ...]]  # first word -> (words, entry)
    introducers: frozenset[tuple[str, ...]]
    relatives: frozenset[str]
    preverb: frozenset[str]
    relay_quoted: frozenset[str]
    first: frozenset[str] = frozenset()  # every word a cue can start with (fast rejection)
    impersonal: frozenset[str] = frozenset()  # "يذكر أن": narration, not attribution
    intro_first: frozenset[str] = frozenset()  # every word an introducer starts with
    # first word -> every second word of its multi-word forms (fast rejection: «في» has 7 forms)
    multi_next: dict[str, frozenset[str]] = field(default_factory=dict)


@lru_cache(maxsize=2)
def lexicon(language: str) -> CueLexicon:
    data = load(f"cues_{language}.yaml")
    single: dict[str, CueEntry] = {}
    multi: dict[str, list] = {}
    for kind, key in (("verb", "verbs"), ("part", "participles"), ("prep", "prepositions")):
        for d in data.get(key) or ():
            entry = CueEntry(
                kind=kind,
                lemma=str(d["lemma"]),
                stance=str(d.get("stance", "asserted")),
                intro_required=d.get("intro") == "required",
                object_ok=bool(d.get("object", False)),
                attach=d.get("attach"),
                needs_next=frozenset(fwords(" ".join(d.get("needs_next") or ()))),
                not_next=frozenset(fwords(" ".join(d.get("not_next") or ()))),
                ambiguous=bool(d.get("ambiguous", False)),
                after_comma=bool(d.get("after_comma", False)),
                clause_initial=bool(d.get("clause_initial", False)),
                audience=bool(d.get("audience", False)),
            )
            for form in d["forms"]:
                words = fwords(form)
                if len(words) == 1:
                    single.setdefault(words[0], entry)
                else:
                    multi.setdefault(words[0], []).append((words, entry))
    if language == "ar":
        # every person of each verb, generated from its past and present 3rd masculine singular
        # (after the listed forms, which win a clash): «أكدن»، «قالتا»، «يشيرون»، «يؤكدان»
        for d in data.get("verbs") or ():
            if d.get("persons", True) is False:
                continue
            entry = single[fwords(d["forms"][0])[0]]
            intro_only = replace(entry, intro_required=True) if entry.object_ok else entry
            for form in _ar_persons(str(d["lemma"]), [str(x) for x in d["forms"]]):
                # an object verb's generated masculine plural: the past one is left out and the
                # present one counts only with an introducer («يرجّحون أن»): «إن سكان المنطقة
                # أحصوا "..."» inside another speaker's content would split it (gold_af); the
                # lists hold the past plurals wanted («أعلنوا»، «نفوا»)
                if entry.object_ok and form.endswith("وا"):
                    continue
                single.setdefault(form, intro_only if form[:1] == "ي" and form.endswith("ون") else entry)
    for k in multi:
        multi[k].sort(key=lambda we: -len(we[0]))
    return CueLexicon(
        language=language,
        single=single,
        multi={k: tuple(v) for k, v in multi.items()},
        introducers=frozenset(fwords(t) for t in data.get("introducers") or ()),
        relatives=frozenset(w for t in data.get("relatives") or () for w in fwords(t)),
        preverb=frozenset(w for t in data.get("preverb") or () for w in fwords(t)),
        relay_quoted=frozenset(w for t in data.get("relay_quoted") or () for w in fwords(t)),
        first=frozenset(single) | frozenset(multi),
        impersonal=frozenset(w for t in data.get("impersonal") or () for w in fwords(t)),
        intro_first=frozenset(t[0] for t in (fwords(t) for t in data.get("introducers") or ()) if t),
        multi_next={k: frozenset(words[1] for words, _ in v) for k, v in multi.items()},
    )


def _ar_persons(lemma: str, forms: list[str]) -> list[str]:
    """The other persons of an Arabic reporting verb (folded), spelt from its listed past form
    (the lemma itself) and its present «يـ» form: past feminine, plural, feminine plural and
    feminine dual («أكدت، أكدوا، أكدن، أكدتا»; final ى: «نفت، نفوا، نفين»; a hollow verb
    shortens before ن: «أفاد» → «أفدن»), present feminine, plural, feminine plural and duals
    («يشيرون، يؤكدن، يؤكدان، تؤكدان»). No masculine past dual: «+ا» spells nouns («نقلاً»، «طالباً»، «رداً»)."""
    out: list[str] = []
    past = fwords(lemma)
    if len(past) == 1 and fwords(forms[0]) == past:
        p = past[0]
        if p.endswith(("ي", "ا")):  # نفى / دعا (folded)
            s = p[:-1]
            out += [s + "ت", s + "وا", s + "تا"] + ([s + "ين"] if p.endswith("ي") else [s + "ون"])
        else:
            out += [p + "ت", p + "وا", p + "تا"]
            hollow = len(p) >= 3 and p[-2] == "ا" and not p.startswith("ت")
            out.append((p[:-2] + p[-1] if hollow else p) + "ن")
    pres = next((w[0] for w in map(fwords, forms) if len(w) == 1 and w[0][:1] == "ي" and len(w[0]) > 2), None)
    if pres:
        s = pres[1:]
        weak = pres.endswith(("ي", "و"))
        pl = pres[:-1] + "ون" if weak else pres + "ون"
        out.append(pl)  # (not «ت» + the stem: «وإنه تقرر إيقاف ...» is "it was decided"; the lists hold it)
        if pres[-2] not in "اوي":  # «يؤكدن»، «ينفين» (not a hollow «يقول»: «يقلن»)
            out.append(pres + "ن")
        if not weak:
            out += [pres + "ان", "ت" + s + "ان"]
    return out


_EN_VAGUE_COUNTS = frozenset("dozens hundreds thousands scores tens".split())
_AR_NEGATING = frozenset(fwords("عدم بعدم دون بدون"))
# «لم يكشف عن اسمه»، «لم يُذكر اسمها»، «ولم تفصح عن هويتها»: an anonymous speaker's aside
_AR_NAME_VERBS = frozenset(("كشف", "ذكر", "أفصح"))
_AR_NOT_PAST = frozenset(fwords("لم ولم لا ولا"))
_AR_NAME_WORDS = frozenset(fwords("اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم هويات أسماءهم اسماءهم"))
_AR_PRONOUNS = frozenset(fwords("هو هي وهو وهي"))
_AR_PRE_CLAUSE = frozenset(fwords("كما قد وقد فقد لقد ولقد ثم"))
_AR_MA = frozenset(fwords("ما لما حسبما بحسبما وحسبما وبحسبما كما"))  # "وفقاً لما أعلنته"
_AR_MA_DESCRIBED = frozenset(fwords("بما مما عما"))  # «ندد بما وصفه»، «حذر مما وصفته»
_AR_MA_ANY = _AR_MA | _AR_MA_DESCRIBED
# "مسلحين يُعتقد أنهم ...", "رجال يُرجّح أنهم ...": a singular present verb right before a plural
# (or dual) "that they" describes the noun before it (a passive "are believed"), no speaker
_AR_PLURAL_THAT = frozenset(fwords("أنهم أنهما أنهن انهم انهما"))
_AR_BELIEF = frozenset(fwords("اعتقد رجح ظن زعم قال اشتبه"))
# an outlet's class noun: the word after it is the outlet's name («وكالة فرات» is not ف + رأت)
_AR_OUTLET_NOUNS = frozenset(fwords("وكالة قناة صحيفة موقع إذاعة شبكة مجلة تلفزيون منصة"))
# «قرر/أمر» report only an order to detain, hold or suspend (gold_q, gold_w), never «قرر فتح
# تحقيق» (gold_s); «ولي أمر» is a guardian, no verb
_AR_ORDER_WORDS = frozenset(fwords(
    "حبس بحبس الاحتفاظ بالاحتفاظ احتفاظ توقيف بتوقيف إيقاف بإيقاف سحب بسحب سجن بسجن تمديد بتمديد "
    "إحالة بإحالة اعتقال باعتقال احتجاز باحتجاز"))
_AR_GUARDIAN = frozenset(fwords("ولي وولي لولي أولياء وأولياء"))


_EN_CLAUSE_AUX = frozenset("would could will might may was were is are had has".split())
_EN_POSSESSIVE_DETS = frozenset("their his her its our my your whose".split())


def _ar_passive(raw: str, conj: bool) -> bool:
    """A past verb voweled as a passive: damma on its first letter (نُقل، ذُكر، أُعلن). Present
    forms are left alone (يُفيد، تُشير are active)."""
    stem = raw[1:] if conj else raw
    return len(stem) > 2 and stem[0] not in "يت" and stem[1] == "\u064f"


# folded Arabic token -> may a cue start at it (a cue word, or one behind a one-letter
# clitic), per set of cue first words; shared by all articles (bounded)
_AR_CANDIDATE: dict[frozenset, dict[str, bool]] = {}


def _ar_aside(doc: Doc, lex: CueLexicon, i: int) -> bool:
    """The verb at i opens an aside between commas that a bare speech verb closes:
    «، تحدث للإذاعة شريطة عدم ذكر اسمه، قال إن ...»."""
    f, raw = doc.folded, doc.raw
    for t in range(i + 1, min(len(f) - 1, i + 10)):
        if raw[t] in (".", "؟", "!") or doc.newline_before[t]:
            return False
        if raw[t] in (",", "،"):
            e = lex.single.get(f[t + 1])
            return e is not None and e.kind == "verb" and f[t + 1][:1] not in ("ي", "ت")
    return False


def strip_conj(word: str) -> str | None:
    """وقال -> قال, فقالت -> قالت (None when there is no conjunction clitic)."""
    if len(word) > 2 and word[0] in "وف":
        return word[1:]
    return None


_EN_CALLED = CueEntry(kind="verb", lemma="call", object_ok=True)
_EN_CALLED_NEXT = frozenset("the it this that them these those his her their its such".split())
_EN_CALLED_PRONOUNS = frozenset("it this that them these those".split())
_EN_POSTED = CueEntry(kind="verb", lemma="post")
_EN_POSTED_WORDS = frozenset(("posted", "posts"))
_EN_CHANNEL_NOUNS = frozenset("website site page account channel feed handle blog".split())
_EN_NOT_CALLING = frozenset("was were is are be been being so also".split())


def _en_posted_on(doc: Doc, i: int) -> bool:
    """'X posted on Telegram: "..."', 'posted on its Facebook page that ...': "posted on" a channel
    of at most four words, then a colon or "that" (not "posted a video", "troops posted on the
    border")."""
    f, raw, n = doc.folded, doc.raw, len(doc.raw)
    if i == 0 or i + 2 >= n or f[i + 1] != "on" or f[i - 1] in _EN_NOT_CALLING or raw[i - 1] == ",":
        return False
    k = next((t for t in range(i + 2, min(n, i + 7)) if raw[t] == ":" or f[t] == "that"), -1)
    return k > i + 2 and all(raw[t][:1].isalnum() or raw[t] in ("'s", "’s") for t in range(i + 2, k)) and any(
        raw[t][:1].isupper() or f[t] in _EN_CHANNEL_NOUNS for t in range(i + 2, k))


def _en_called_quote(doc: Doc, i: int) -> bool:
    """'X called the attack "a deliberate hunt"': a quote opening within eight words after "called",
    on a lower-case word (or "a/an/the" and one), after no auxiliary. After a comma only with a
    pronoun or a noun between "called" and the quote: 'Garry X, the prime minister, called the
    attack "an act of barbarism"' ends an apposition; 'a militia, called the "free men", said'
    is one (the name follows "the" at once)."""
    raw, n = doc.raw, len(doc.raw)
    if i == 0 or i + 1 >= n or doc.folded[i + 1] not in _EN_CALLED_NEXT or doc.folded[i - 1] in _EN_NOT_CALLING:
        return False
    q = next((t for t in range(i + 2, min(n - 1, i + 10)) if raw[t] in "“\"'‘"), -1)
    if q < 0 or any(not raw[t][:1].isalnum() and raw[t] not in ("'s", "’s") for t in range(i + 1, q)):
        return False
    if raw[i - 1] == "," and q < i + 3 and doc.folded[i + 1] not in _EN_CALLED_PRONOUNS:
        return False
    w = q + 1
    if raw[w].lower() in ("a", "an", "the") and w + 1 < n:
        w += 1
    return raw[w][:1].islower()


def _en_comma_speaker_before(doc: Doc, i: int) -> bool:
    """"..., the Ministry of Defense of Armenia reports.": a comma two to eight words before i, the
    words between a speaker phrase holding a capitalised word after its first."""
    raw = doc.raw
    for k in range(i - 1, max(0, i - 9), -1):
        if raw[k] == ",":
            return i - k >= 2 and doc.folded[k + 1] not in ("and", "but", "which", "who") and (
                any(raw[t][:1].isupper() for t in range(k + 1, i)) or (doc.folded[k + 1] == "the" and i - k <= 5))
        if not (raw[k][:1].isalnum() or raw[k] in ("'s", "’s")):
            return False
    return False


def _en_in_what_called(doc: Doc, i: int) -> bool:
    """(session 18, gold_bo) "..., in what rights groups called part of a campaign", "in what the UN
    called 'a massacre'": another speaker's label of the event, a claim of that speaker. The words
    between "what" and the verb are a noun phrase of one to five words (not a pronoun: "what it
    called" labels the sentence's own speaker's words, and stays no claim)."""
    f, raw = doc.folded, doc.raw
    for k in range(i - 2, max(0, i - 7), -1):
        if f[k] == "what":
            return k > 0 and (f[k - 1] in ("in", "of", "to") or raw[k - 1] == ",") and f[k + 1] not in _EN_CALLED_PRONOUNS \
                and f[k + 1] not in ("he", "she", "they", "we", "i", "you", "was", "is") \
                and all(raw[t][:1].isalnum() or raw[t] in ("'s", "’s", "-") for t in range(k + 1, i)) \
                and i + 1 < len(raw) and raw[i + 1][:1].isalnum() or (i + 1 < len(raw) and k > 0 and raw[i + 1] in "“\"'‘"
                                                                       and (f[k - 1] in ("in", "of", "to") or raw[k - 1] == ",")
                                                                       and f[k + 1] not in _EN_CALLED_PRONOUNS)
        if not raw[k][:1].isalnum() and raw[k] not in ("'s", "’s", "-"):
            return False
    return False


def find_cues(doc: Doc, candidates: list[int] | None = None) -> list[Cue]:
    """The attribution cues of the article, in order. `candidates` (English, optional): token
    positions that include every cue word's (a scan find_claims shares with the stance markers)."""
    lex = lexicon(doc.language)
    arabic = doc.language == "ar"
    out: list[Cue] = []
    f = doc.folded
    n = len(f)
    # candidate tokens, found with set lookups only: a cue word, a cue word behind a one-letter
    # clitic, or the word after "ما" (بحسب ما أعلنته)
    # (map + compress: the scan over every token runs in C)
    first = lex.first
    if arabic:
        todo = token_hits(f, lambda w: w in first or w[1:] in first,
                          _AR_CANDIDATE.setdefault(first, {}))
        after_ma = [k + 1 for k in compress(range(n), map(_AR_MA_ANY.__contains__, f))
                    if k + 1 < n and f[k + 1][-1:] in ("ه", "ا")]
        if after_ma:
            todo = sorted(set(todo).union(after_ma))
    else:
        # (+ "posted"/"posts": no lexicon word, read by _en_posted_on)
        first = first | _EN_POSTED_WORDS
        if candidates is not None:
            todo = [k for k in candidates if f[k] in first]
        else:
            todo = list(compress(range(n), map(first.__contains__, f)))
    i = 0
    for i0 in todo:
        if i0 < i:
            continue  # inside the previous cue
        i = i0
        w = f[i]
        hit: tuple[int, CueEntry] | None = None
        cands = (w, strip_conj(w)) if arabic else (w,)
        for c in cands:
            if c is None:
                continue
            # SPEED: the multi-word forms are tried only when the next token is one of their
            # second words (one set lookup; «في» alone starts 7 forms and is in most Arabic
            # sentences): a form whose second word differs could never match
            if i + 1 < n and f[i + 1] in lex.multi_next.get(c, ()):
                for words, entry in lex.multi[c]:
                    k = len(words)
                    if tuple(f[i + 1 : i + k]) == words[1:]:
                        hit = (k, entry)
                        break
                if hit:
                    break
            entry = lex.single.get(c)
            if entry is not None and entry.ambiguous and not ("\u0651" in doc.raw[i] or (c is not w and i + 1 < n and not doc.raw[i + 1].isdigit())):
                continue
            if entry is not None and entry.clause_initial and c is w and not (
                "\u0651" in doc.raw[i] or i == 0 or doc.newline_before[i] or not doc.raw[i - 1][:1].isalnum() or f[i - 1] in _AR_PRE_CLAUSE
            ):
                continue
            if entry is not None and entry.after_comma and not (i > 0 and doc.raw[i - 1] in (",", "،")):
                continue
            if entry is not None and not arabic and entry.lemma == "find" and i > 1 and (f[i - 1] in ("and", "or", "but") or (
                    f[i - 2] == "and" and f[i - 1] in lex.preverb)):
                continue  # "X said his staff had visited detainees and found that ...": one content, X's
            if entry is not None and not arabic and entry.kind == "verb" and entry.object_ok and f[i].endswith("ed") and i + 1 < n and f[i + 1] in ("as", "by"):
                continue  # "Toll disputed as ...", "figures confirmed by ...": a passive participle
            if entry is not None and not arabic and entry.kind == "verb" and f[i].endswith("ed") and i > 0 and (
                    f[i - 1] in _EN_POSSESSIVE_DETS or (entry.lemma == "accuse" and i + 1 < n and f[i + 1] == "of")):
                # (session 18, gold_bo) "over their alleged role", "its reported toll": an adjective
                # after a possessive; a headline's "Army accused of killing civilians": the passive
                # (the active "accused the army of" has its object first)
                continue
            if entry is not None:
                if entry.needs_next and not arabic and entry.lemma in ("claim", "report", "record") and i + 1 < n and (
                    doc.raw[i + 1][:1].isdigit() or f[i + 1] in _EN_VAGUE_COUNTS
                ) and not (i + 2 < n and f[i + 2] in ("lives", "life", "of")):
                    pass  # "JNIM claims 300 dead", "monitor reports hundreds dead": a count right after the verb
                elif not arabic and w == "reports" and i + 1 < n and f[i + 1] == "." and not _en_comma_speaker_before(doc, i):
                    continue  # "... several reports.": the plural noun
                elif entry.needs_next and (i + 1 >= n or f[i + 1] not in entry.needs_next):
                    # "." in needs_next: the sentence may also end at the line's end (headlines)
                    if not ("." in entry.needs_next and (i + 1 >= n or doc.newline_before[i + 1])):
                        continue
                if not arabic and entry.kind == "verb" and f[i].endswith("s") and i > 0 and f[i - 1] in _EN_NOUN_BEFORE and f[i] != "says":
                    continue  # "preliminary estimates", "its reports": a plural noun, not a verb
                if entry.not_next and i + 1 < n and (f[i + 1] in entry.not_next or (
                    f[i + 1] in ("the", "at", "more", "many", "dozens", "hundreds", "this", "that", "its", "their")
                    and any(f[t] in entry.not_next for t in range(i + 2, min(n, i + 4)))
                )) and not any(f[t] == "that" for t in range(i + 1, min(n, i + 5))) and not (
                    # (session 18, gold_bo) "who feared the toll would rise": a belief with its own
                    # clause (a modal or auxiliary within five words), not "feared reprisals"
                    not arabic and entry.lemma == "fear" and i + 2 < n and f[i + 1] in ("the", "this", "that", "more", "many")
                    and any(f[t] in _EN_CLAUSE_AUX for t in range(i + 2, min(n, i + 6)))
                ) and not (
                    # "X claimed responsibility for the attack": the group's claim of the act (the
                    # lead's session-8 call); bare "claimed responsibility." and the relative
                    # "the group that/which claimed responsibility for it" stay no cue
                    not arabic and entry.lemma == "claim" and i + 2 < n and f[i + 1] in ("responsibility", "credit")
                    and f[i + 2] == "for" and i > 0 and f[i - 1] not in ("that", "which", "who", "not", "also")
                ):
                    continue  # "claimed the lives of", "claimed responsibility"
                hit = (1, entry)
                break
        if hit is None and arabic and w[:1] == "ل" and w[1:2] in ("ي", "ت") and len(w) > 3:
            # a lam of purpose before a present reporting verb: «وعاد المرصد ليؤكد أن»، «ثم عاد
            # المصدر ليقول إن»، «وخرج الوزير لينفي ...» (the subject stands before: SVO)
            c = w[1:]
            entry = lex.single.get(c)
            if entry is not None and entry.kind == "verb" and not entry.ambiguous and not entry.needs_next:
                hit = (1, entry)
                c = w  # (the lam is no conjunction: the cue is the whole word)
        if hit is None and not arabic and w in ("called", "calls") and _en_called_quote(doc, i):
            hit = (1, _EN_CALLED)  # 'X called the attack "a deliberate hunt for civilians"'
        if hit is None and not arabic and w == "called" and _en_in_what_called(doc, i):
            hit = (1, _EN_CALLED)  # "..., in what rights groups called a campaign of intimidation"
        if hit is None and not arabic and w in _EN_POSTED_WORDS and _en_posted_on(doc, i):
            hit = (1, _EN_POSTED)  # 'The ministry posted on Telegram: "..."'
        if hit and i > 0 and doc.raw[i - 1] == "(" and i + hit[0] < n and doc.raw[i + hit[0]] == ")":
            hit = None  # a name in parentheses ("(آفاد)"), not a verb
        if hit and arabic and hit[1].kind == "verb" and i > 0 and f[i - 1] in _AR_PRONOUNS and c[:1] not in ("ي", "ت"):
            hit = None  # "وهو طالب في ...": a predicate noun after a pronoun, not a past verb
        if hit and arabic and hit[1].kind == "verb" and _ar_passive(doc.raw[i], c is not w) and not (
            hit[1].lemma == "نقل" and i + 1 < n and f[i + 1] == "عن"  # "ونُقل عن مصدر": a relay of the source
        ):
            hit = None  # "نُقل سبعة منهم إلى ..." / "أُعلن عن ...": a passive past verb has no speaker
        if hit and arabic and hit[1].kind == "verb" and hit[1].lemma in _AR_BELIEF and c[:1] == "ي" and (
            (len(doc.raw[i]) > 2 and doc.raw[i][1] == "\u064f" and hit[1].lemma != "رجح")
            or (i + 1 < n and f[i + 1] in _AR_PLURAL_THAT and i > 0 and doc.raw[i - 1][:1].isalpha())
        ):
            hit = None  # "مسلحين يُعتقد أنهم من ...": the noun is described, nobody speaks
        if hit and arabic and hit[1].kind == "verb" and c is w and i > 1 and doc.raw[i - 1] in (",", "،") and _ar_aside(doc, lex, i):
            hit = None  # "لكن شيخاً، تحدث هاتفياً شريطة ...، قال إن": an aside before the real verb
        if hit and arabic and c is not w and i > 0 and f[i - 1] in _AR_OUTLET_NOUNS:
            hit = None  # "نشرته وكالة فرات": an outlet's name, not a conjunction and a verb
        if hit and arabic and hit[1].lemma in ("قرر", "أمر") and ((i > 0 and f[i - 1] in _AR_GUARDIAN) or not any(
                f[t] in _AR_ORDER_WORDS for t in range(i + 1, min(n, i + 10)))):
            hit = None  # «قرر المجلس فتح تحقيق»، «ولي أمر أحد الطلاب»: no order to detain, no cue
        if hit and arabic and hit[1].lemma == "ذكر" and "ذكّ" in doc.raw[i]:
            hit = None  # «ذكّرت وسائل إعلام بحادث ...»: "reminded" (its shadda written), not "said"
        if hit and arabic and hit[1].lemma == "ادعى" and doc.raw[i].endswith("ى") and c[:1] == "ي":
            hit = None  # "ويُدعى محمد": "is called", not "claims" (يدّعي)
        if hit and arabic and i > 0 and f[i - 1] in _AR_NEGATING:
            hit = None  # "فضّل عدم ذكر اسمه", "طلب عدم كشف هويته": a verbal noun, not a cue
        if hit and arabic and hit[1].lemma in _AR_NAME_VERBS and i > 0 and f[i - 1] in _AR_NOT_PAST and (
                hit[1].lemma != "ذكر" or any(f[t] in _AR_NAME_WORDS for t in range(i + 1, min(n, i + 3)))):
            # «مسؤول لم يكشف عن اسمه إن ...»، «عاملة، لم يذكر اسمها»: the name withheld; «ولم
            # يكشف المصدر عن عدد القتلى»: nothing disclosed — no cue
            hit = None
        if hit is None and arabic and i > 0 and (f[i - 1] in _AR_MA or f[i - 1] in _AR_MA_DESCRIBED) and len(w) > 3:
            # "بحسب ما أعلنته اللجنة", "وفق ما ذكرها": the verb with an object pronoun
            for c in (w, strip_conj(w)):
                if c is None:
                    continue
                for suf in ("ها", "ه"):
                    entry = lex.single.get(c[: -len(suf)]) if c.endswith(suf) else None
                    if entry is not None and entry.kind == "verb" and (f[i - 1] in _AR_MA or entry.lemma in ("وصف", "اعتبر")):
                        hit = (1, entry)  # («ندد X بما وصفه بـ"..."»: only a description after بما/مما)
                        break
                if hit:
                    break
        if hit:
            k, entry = hit
            j = i + k
            start, end = doc.starts[i], doc.ends[j - 1]
            if arabic and c is not w and k == 1:
                start += 1  # the cue is the verb, without its conjunction clitic
            if entry.attach and j < n:
                nxt = f[j]
                if nxt == entry.attach:
                    end = doc.ends[j]
                    j += 1
                elif nxt.startswith(entry.attach) and len(nxt) > 2:
                    # the clitic is the first letter of the next word
                    end = doc.starts[j] + 1
            out.append(Cue(entry, i, j, start, end))
            i = j
            continue
        i += 1
    return out
