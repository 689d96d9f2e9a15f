"""Plain data classes passed between the extraction stages.

Extraction is a pure function: text in, these objects out. Every object carries absolute
character offsets into the article's normalised text, so `text[start:end]` is its verbatim text.
Row ids and table layout are added later by `newsclaims.tables`.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields


def fast_init(cls):
    """Give a frozen dataclass a faster __init__ (same signature, defaults and result).

    The generated __init__ of a frozen dataclass sets every field through
    object.__setattr__, about 4x slower than writing the instance dict directly; extraction
    creates tens of these per article. Frozen stays frozen: assignment still raises."""
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init: {cls.__name__} has __post_init__; keep the generated __init__")
    names, params = [], []
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"fast_init: {cls.__name__}.{f.name} needs the generated __init__")
        names.append(f.name)
        params.append(f.name if f.default is MISSING else f"{f.name}=_d_{f.name}")
    env = {f"_d_{f.name}": f.default for f in fields(cls) if f.default is not MISSING}
    body = "".join(f"    d[{n!r}] = {n}\n" for n in names)
    exec(f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n{body}", env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@fast_init
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


@fast_init
@dataclass(frozen=True)
class FigureMention:
    """A number that counts something (killed, wounded, ...), not a date, age or percentage."""

    number: NumberMention
    category: str  # one of schema.FIGURE_CATEGORIES
    subject: str | None  # whose dead/wounded, as written, when stated
    rule: str  # number rule + category rule, e.g. "ar.digits|cat:killed:قتلى"


@fast_init
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


@fast_init
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
