"""The canonical source registry (data/raw/sources.yaml) and speaker-name lookup.

Aliases are matched on folded text (see folding.py) against the start of a speaker phrase,
longest alias first, on word boundaries: one dict lookup of the phrase's first word gives the
word lengths of the aliases that start with it, then one dict lookup per length. Short all-capital English aliases (WHO, AP, UN) must
match with their case, so "who said" is not the World Health Organization.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsclaims import paths, schema
from newsclaims.extract.folding import fold_term
from newsclaims.extract.lexicon import read_yaml
from newsclaims.extract.model import SourceRef

_SPACES = re.compile(r"\s+")
_WORD_RE = re.compile(r"\S+")
_SLUG = re.compile(schema.SOURCE_ID_PATTERN)
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,5}[A-Z]?\.?$")


# an English possessive ending that closes an owner's name ("the UN's")
_POSSESSIVES = ("'s", "’s")


@lru_cache(maxsize=16384)
def norm_name(name: str) -> str:
    """Folded, single-spaced form of a name: the key for aliases and derived ids."""
    return _SPACES.sub(" ", fold_term(name)).strip(" ,.:;،؛\"'“”«»()")


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    named: bool = True
    name_en: str | None = None
    side: str | None = None
    aliases: tuple[str, ...] = ()

    def ref(self) -> SourceRef:
        r = self.__dict__.get("_ref")  # one (immutable) SourceRef per entry
        if r is None:
            r = SourceRef(self.id, self.name, self.kind, self.named, True, self.name_en, self.side)
            object.__setattr__(self, "_ref", r)
        return r


@dataclass
class Registry:
    entries: tuple[Entry, ...]
    by_alias: dict[str, Entry] = field(default_factory=dict)  # folded alias -> entry
    exact_case: dict[str, str] = field(default_factory=dict)  # folded alias -> required case
    max_words: int = 1
    first_words: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word -> alias lengths (words), longest first
    by_id: dict[str, Entry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        seen_ids: set[str] = set()
        lengths: dict[str, set[int]] = {}
        for e in self.entries:
            if not _SLUG.match(e.id) or e.id in seen_ids:
                raise ValueError(f"registry: bad or duplicate id {e.id!r}")
            if e.kind not in schema.SOURCE_KINDS:
                raise ValueError(f"registry: {e.id}: unknown kind {e.kind!r}")
            seen_ids.add(e.id)
            self.by_id[e.id] = e
            for alias in (e.name, e.name_en or "", *e.aliases):
                key = norm_name(alias)
                if not key:
                    continue
                prior = self.by_alias.get(key)
                if prior is not None and prior.id != e.id:
                    raise ValueError(f"registry: alias {alias!r} used by {prior.id} and {e.id}")
                self.by_alias[key] = e
                if alias.isascii() and alias.isupper() and len(alias) <= 5:
                    self.exact_case[key] = alias
                self.max_words = max(self.max_words, key.count(" ") + 1)
                lengths.setdefault(key.split(" ", 1)[0], set()).add(key.count(" ") + 1)
        self.first_words = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}

    def __getstate__(self) -> dict:  # sent to workers without the look-up memo
        return {k: v for k, v in self.__dict__.items() if k != "_prefix_memo"}

    def get(self, source_id: str) -> Entry | None:
        return self.by_id.get(source_id)

    def match_prefix(self, phrase: str) -> tuple[Entry, int] | None:
        """The longest alias that starts `phrase` on a word boundary: (entry, length in the
        original phrase). Leading English articles ("the") are skipped by the caller."""
        memo = self.__dict__.setdefault("_prefix_memo", {})  # a pure function of the phrase
        hit = memo.get(phrase, memo)
        if hit is memo:
            if len(memo) >= 65536:
                memo.clear()
            hit = memo[phrase] = self._match_prefix(phrase)
        return hit

    def _match_prefix(self, phrase: str) -> tuple[Entry, int] | None:
        m = _WORD_RE.search(phrase)
        if m is None:
            return None
        hit = self._match_words(phrase, m)
        if "." in m.group() and _DOTTED.match(m.group()):
            # "R.S.F.": a dotted acronym names the alias without its dots
            bare = m.group().replace(".", "")
            undotted = phrase[: m.start()] + bare + phrase[m.end() :]
            alt = self._match_words(undotted, _WORD_RE.search(undotted))
            if alt is not None and alt[1] >= m.start() + len(bare):
                alt = (alt[0], alt[1] + len(m.group()) - len(bare))
                if hit is None or alt[1] > hit[1]:
                    hit = alt  # the longest alias: "U.N. refugee agency" is UNHCR, not "U.N."
        return hit

    def _match_words(self, phrase: str, m) -> tuple[Entry, int] | None:
        first = m.group()
        lengths = self.first_words.get(norm_name(first))
        whole = len(phrase.rstrip())
        if lengths is None and first.endswith(_POSSESSIVES) and m.end() == whole:
            # "according to the UN's figures" names the owner "the UN's": a one-word alias as the
            # whole phrase (not "the Red Cross's county branch": the phrase goes on)
            lengths = tuple(n for n in self.first_words.get(norm_name(first[:-2])) or () if n == 1) or None
        if lengths is None:
            return None
        words = list(_WORD_RE.finditer(phrase)) if lengths[0] > 1 else [m]
        for n in lengths:  # only the lengths of aliases that start with this word
            if n > len(words):
                continue
            end = words[n - 1].end()
            raw = phrase[: end]
            owner = (raw[:-2],) if end == whole and raw.endswith(_POSSESSIVES) else ()  # "the World Health Organization's"
            for cut in (raw.rstrip(",.:;،؛\"'”»"), raw, *owner):
                key = norm_name(cut)
                e = self.by_alias.get(key)
                if e is None:
                    continue
                need = self.exact_case.get(key)
                # (compared without the end stops: "U.N." is written with its final full stop)
                if need is not None and cut.strip(",.:;،؛\"'”» ") != need.strip(",.:;،؛\"'”» "):
                    continue
                return e, len(cut)
        return None


@lru_cache(maxsize=16384)
def derived_id(name: str) -> str:
    """Stable id of an unregistered speaker, from its normalised name."""
    return "x-" + hashlib.sha1(norm_name(name).encode("utf-8")).hexdigest()[:10]


def _entry(d: dict) -> Entry:
    return Entry(
        id=str(d["id"]),
        name=str(d["name"]),
        kind=str(d["kind"]),
        named=bool(d.get("named", True)),
        name_en=d.get("name_en"),
        side=d.get("side"),
        aliases=tuple(str(a) for a in d.get("aliases") or ()),
    )


@lru_cache(maxsize=8)
def _load(path: str) -> Registry:
    data = read_yaml(path) or []
    return Registry(tuple(_entry(d) for d in data))


def load_registry(path: Path | None = None) -> Registry:
    """Load (once) the registry at `path`, default data/raw/sources.yaml."""
    return _load(str(path or paths.REGISTRY_PATH))
