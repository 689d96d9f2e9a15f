"""Plain data classes passed between the extraction stages.

Extraction is a pure function: text in, these objects out. Every object carries absolute
character offsets into the article's normalised text, so `text[start:end]` is its verbatim text.
Row ids and table layout are added later by `newsclaims.tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NumberMention:
    """A number as written in the text, with the interval its wording implies."""

    start: int
    end: int
    text: str
    value: float
    value_low: float
    value_high: float | None  # None = unbounded above ("more than 200", "dozens")
    kind: str  # one of schema.FIGURE_KINDS
    rule: str  # which parser rule / lexicon entry recognised it


@dataclass(frozen=True)
class FigureMention:
    """A number that counts something (killed, wounded, ...), not a date, age or percentage."""

    number: NumberMention
    category: str  # one of schema.FIGURE_CATEGORIES
    subject: str | None  # whose dead/wounded, as written, when stated
    rule: str  # number rule + category rule, e.g. "ar.digits|cat:killed:قتلى"


@dataclass(frozen=True)
class SourceRef:
    """A speaker, resolved to a stable id (registry id, or derived from the normalised name)."""

    source_id: str
    name: str
    kind: str  # one of schema.SOURCE_KINDS
    named: bool
    registered: bool
    name_en: str | None = None
    side: str | None = None


@dataclass(frozen=True)
class ClaimMention:
    """One statement attributed to one speaker: a clause led by its own cue."""

    source: SourceRef
    cue: str
    cue_start: int
    cue_end: int
    start: int  # content span
    end: int
    quote: str  # "direct" | "indirect"
    stance: str  # "asserted" | "disputed" | "denied"
    rule: str
    # speaker as written at this claim; for an implied speaker (وأضاف، مشيراً), a pronoun or an
    # anaphor ("the ministry") the earlier mention that named it; None when there is none
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    via: SourceRef | None = None


@dataclass(frozen=True)
class Extraction:
    """What one article yields. `figures` pairs each figure with the index of its claim."""

    claims: tuple[ClaimMention, ...] = ()
    figures: tuple[tuple[int, FigureMention], ...] = field(default_factory=tuple)
