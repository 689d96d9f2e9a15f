"""The one definition of every table of the package.

`datapackage.json`, the data dictionary (`datapackage.md`), the validation suites and the
notebooks all read their field names, types, descriptions, enums and keys from here.
Never describe a table anywhere else: import this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --- Controlled vocabularies -------------------------------------------------------------

LANGUAGES = ("ar", "en")
SOURCE_KINDS = (
    "government",
    "ministry",
    "military",
    "armed_group",
    "monitor",
    "activists",
    "anonymous",
    "journalist",
    "media",
    "agency",
    "ngo",
    "official",
    "residents",
    "other",
)
FIGURE_KINDS = ("exact", "at_least", "at_most", "approximate", "vague")
FIGURE_CATEGORIES = ("killed", "wounded", "missing", "detained", "displaced", "strikes", "other")
QUOTE_TYPES = ("direct", "indirect")
STANCES = ("asserted", "disputed", "denied")
ORIGINS = ("extracted", "curated")
DATE_BASES = ("stated", "inferred", "unknown")

# An article id is what a user's file is called (the stem when there is no front-matter `id`):
# it starts with a letter or digit of any script and may hold spaces and punctuation, but no
# path separator, ":" (it separates the article in a row id), control character or '"', and
# does not end in a space. (Written for both Python's and polars' regex engines: no lookaround.)
_ID_BODY = r'[^\W_](?:[^/\\:\x00-\x1f\x7f"]*[^\s/\\:\x00-\x1f\x7f"])?'
ID_PATTERN = rf"^{_ID_BODY}$"
ROW_ID_PATTERN = rf"^{_ID_BODY}:[cf][0-9]{{6}}-[0-9]{{6}}$"
SOURCE_ID_PATTERN = r"^[a-z0-9][a-z0-9_.\-]*$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


# The column type of each Table Schema field type in the building process's tables: the polars
# dtype (tables.polars_schema) and the pyarrow type that pl.from_arrow turns into it (cache.arrow_table,
# used by pool workers, which build shards with pyarrow and never run polars). By name, so that this
# module imports neither library; the one place to add a field type.
COLUMN_TYPES = {
    "string": ("String", "large_string"),
    "integer": ("Int64", "int64"),
    "number": ("Float64", "float64"),
    "boolean": ("Boolean", "bool_"),
    "date": ("String", "large_string"),  # kept as ISO text; written verbatim
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Table Schema type: string, integer, number, boolean, date
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    unique: bool = False

    def descriptor(self) -> dict:
        d: dict = {"name": self.name, "type": self.type, "description": self.description}
        constraints: dict = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if self.pattern is not None:
            constraints["pattern"] = self.pattern
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if constraints:
            d["constraints"] = constraints
        return d


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]

    def descriptor(self) -> dict:
        return {
            "fields": list(self.fields),
            "reference": {"resource": self.resource, "fields": list(self.reference_fields)},
        }


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def path(self) -> str:
        return f"data/{self.name}.csv"

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def get(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    def schema_descriptor(self) -> dict:
        d: dict = {
            "fields": [f.descriptor() for f in self.fields],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.foreign_keys:
            d["foreignKeys"] = [fk.descriptor() for fk in self.foreign_keys]
        return d


def _span_fields(prefix: str, what: str, required: bool) -> tuple[Field, ...]:
    """`char_start`/`char_end` style offsets into the article's normalised text."""
    start = f"{prefix}start" if prefix else "char_start"
    end = f"{prefix}end" if prefix else "char_end"
    return (
        Field(
            start,
            "integer",
            f"Offset (0-based, in Unicode code points) where {what} starts in the article's "
            "normalised `text` (table articles).",
            required=required,
            minimum=0,
        ),
        Field(
            end,
            "integer",
            f"Offset (exclusive) where {what} ends: `text[{start}:{end}]` is exactly the verbatim "
            "text of this row.",
            required=required,
            minimum=1,
        ),
    )


ARTICLES = Table(
    name="articles",
    title="Articles",
    description="One row per news article, with its metadata and the normalised text that every "
    "character offset in the other tables indexes into.",
    fields=(
        Field("article_id", "string", "Stable id of the article: the `id` of its front matter, "
              "or the stem of its file name.", required=True, unique=True, pattern=ID_PATTERN),
        Field("url", "string", "Where the article was published, when known."),
        Field("outlet", "string", "The news outlet that published it, when known (left empty "
              "rather than guessed)."),
        Field("title", "string", "Headline, when known."),
        Field("language", "string", "BCP-47 language code of the text (from the front matter or "
              "detected from its script).", required=True, enum=LANGUAGES),
        Field("published", "date", "Publication date (ISO 8601), when known."),
        Field("published_basis", "string", "How `published` is known: `stated` by the source, "
              "`inferred` from the text (see `notes`), or `unknown`.", required=True,
              enum=DATE_BASES),
        Field("retrieved", "date", "Date the article was retrieved, when known."),
        Field("license", "string", "Licence or rights statement of the article text, when known."),
        Field("notes", "string", "Curator's notes on the article's metadata (for instance how a "
              "date was inferred)."),
        Field("source_file", "string", "File name of the raw input the article was read from.",
              required=True),
        Field("n_chars", "integer", "Length of `text` in Unicode code points.", required=True,
              minimum=0),
        Field("sha256", "string", "SHA-256 of `text` encoded as UTF-8: proves the text is the one "
              "the offsets were computed on.", required=True, pattern=SHA256_PATTERN),
        Field("text", "string", "The article's normalised text (Unicode NFC, `\\n` line endings, "
              "no control characters, lines trimmed, site boilerplate removed). What lies between "
              "words is kept as the source had it (no-break spaces, runs of spaces, "
              "right-to-left marks, the tatweel), so a phrase copied from the article is a "
              "substring of the claim and figure texts. All offsets index into it.",
              required=True),
    ),
    primary_key=("article_id",),
)

SOURCES = Table(
    name="sources",
    title="Sources",
    description="The speakers that claims are attributed to: ministries, armies, monitors, "
    "agencies, anonymous sources, correspondents, armed groups. One row per speaker across all "
    "articles and both languages.",
    fields=(
        Field("source_id", "string", "Stable id of the speaker: the registry id "
              "(data/raw/sources.yaml) when the speaker is registered, else derived from the "
              "normalised name.", required=True, unique=True, pattern=SOURCE_ID_PATTERN),
        Field("name", "string", "Name of the speaker: the registry's canonical name, or the name "
              "as first written in the articles.", required=True),
        Field("name_en", "string", "English name, where known."),
        Field("kind", "string", "What kind of speaker this is.", required=True,
              enum=SOURCE_KINDS),
        Field("named", "boolean", "True when the speaker is identified by name; false for "
              "anonymous speakers (\"a source\", \"activists\", \"residents\").", required=True),
        Field("side", "string", "Party or affiliation, where the registry records one."),
        Field("registered", "boolean", "True when the speaker comes from the source registry, "
              "false when it was found in the text only.", required=True),
    ),
    primary_key=("source_id",),
)

CLAIMS = Table(
    name="claims",
    title="Claims",
    description="Who said what: one row per statement attributed to a speaker (a clause led by "
    "its own reporting cue), with character spans into the article text.",
    fields=(
        Field("claim_id", "string", "Stable id: `<article_id>:c<char_start>-<char_end>`, "
              "zero-padded to six digits.", required=True, unique=True, pattern=ROW_ID_PATTERN),
        Field("article_id", "string", "The article the claim is in.", required=True,
              pattern=ID_PATTERN),
        Field("source_id", "string", "The speaker the article attributes the claim to.",
              required=True, pattern=SOURCE_ID_PATTERN),
        Field("via_source_id", "string", "The relaying outlet or speaker, when the claim is "
              "reported second-hand (\"the ministry said, according to AFP\").",
              pattern=SOURCE_ID_PATTERN),
        Field("source_text", "string", "The speaker as written (\"the source\", \"وزارة الدفاع "
              "الروسية\"): the mention at this claim, or, when the speaker is only implied (a "
              "verb with no subject such as \"وأضاف\", a participle, \"he said\"), the earlier "
              "mention it refers to. Empty when no mention can be pointed to."),
        *_span_fields("source_", "the speaker mention", required=False),
        Field("cue", "string", "The reporting verb or phrase (\"said\", \"according to\", "
              "\"أفاد\", \"بحسب\").", required=True),
        *_span_fields("cue_", "the cue", required=True),
        Field("text", "string", "The content of the claim, verbatim.", required=True),
        *_span_fields("", "the content", required=True),
        Field("quote", "string", "`direct` for a quotation in quotation marks, else `indirect`.",
              required=True, enum=QUOTE_TYPES),
        Field("stance", "string", "How the article presents the claim: `asserted`, or reported "
              "as `disputed` (doubted, contested) or `denied`.", required=True, enum=STANCES),
        Field("rule", "string", "Id of the extraction rule or lexicon entry that produced the "
              "row, or of the correction that made it.", required=True),
        Field("origin", "string", "`extracted` by the rules, or `curated` by a reviewer's "
              "correction.", required=True, enum=ORIGINS),
    ),
    primary_key=("claim_id",),
    foreign_keys=(
        ForeignKey(("article_id",), "articles", ("article_id",)),
        ForeignKey(("source_id",), "sources", ("source_id",)),
        ForeignKey(("via_source_id",), "sources", ("source_id",)),
    ),
)

FIGURES = Table(
    name="figures",
    title="Figures",
    description="The numbers inside claims (60 killed, 12 bodies, \"dozens\" wounded), with the "
    "interval the wording implies, what they count and whose they are.",
    fields=(
        Field("figure_id", "string", "Stable id: `<article_id>:f<char_start>-<char_end>`.",
              required=True, unique=True, pattern=ROW_ID_PATTERN),
        Field("claim_id", "string", "The claim the figure is stated in: its source is the "
              "figure's source.", required=True, pattern=ROW_ID_PATTERN),
        Field("article_id", "string", "The article the figure is in.", required=True,
              pattern=ID_PATTERN),
        Field("text", "string", "The number as written, verbatim (\"60\", \"خمسة\", "
              "\"more than 200\", \"dozens\").", required=True),
        *_span_fields("", "the number", required=True),
        Field("value_low", "number", "Lower bound of the interval the wording implies.",
              required=True, minimum=0),
        Field("value", "number", "The number given (for vague quantities, the ACLED-style "
              "lower bound: tens 10, dozens 12, hundreds 100, thousands 1000).", required=True,
              minimum=0),
        Field("value_high", "number", "Upper bound of the interval the wording implies; empty "
              "when unbounded (\"more than 200\", \"dozens\")."),
        Field("kind", "string", "`exact`, `at_least` (more than, at least), `at_most` (up to), "
              "`approximate` (about, nearly) or `vague` (dozens, hundreds).", required=True,
              enum=FIGURE_KINDS),
        Field("category", "string", "What is counted, from the governing words.", required=True,
              enum=FIGURE_CATEGORIES),
        Field("subject", "string", "Whose dead, wounded or detained, as written (\"عناصر من "
              "قوات الأسد\", \"civilians\"), when stated."),
        Field("rule", "string", "Id of the number-parser and category rules that produced the "
              "row, or of the correction that made it.", required=True),
        Field("origin", "string", "`extracted` by the rules, or `curated` by a reviewer's "
              "correction.", required=True, enum=ORIGINS),
    ),
    primary_key=("figure_id",),
    foreign_keys=(
        ForeignKey(("claim_id",), "claims", ("claim_id",)),
        ForeignKey(("article_id",), "articles", ("article_id",)),
    ),
)

TABLES: tuple[Table, ...] = (ARTICLES, SOURCES, CLAIMS, FIGURES)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def row_id(article_id: str, letter: str, start: int, end: int) -> str:
    """Content-derived id of a claim (`c`) or figure (`f`) row: article id + span."""
    return f"{article_id}:{letter}{start:06d}-{end:06d}"
