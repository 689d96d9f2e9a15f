"""Score a built package against gold annotations, as the held-out evaluation does (issue 3).

Gold: one YAML file per passage (format in tests/gold/README.md). A build is compared per
article and per table (claims, figures, sources) with one-to-one (maximum bipartite) matching,
and precision, recall and F1 are reported per table and language.

The scoring functions are pure (gold objects + polars frames in, an `Evaluation` out); `run`
is the thin I/O shell: it writes the gold texts as plain `.txt` articles, builds them with
`newsclaims.build.build_package` (or reads a package already built) and scores the tables.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import yaml

from newsclaims import paths, schema
from newsclaims.extract.folding import fold_term

TABLE_NAMES = ("claims", "figures", "sources")
# Category synonyms the gold or a build might use; the schema vocabulary is the target.
CATEGORY_ALIASES = {"bodies": "killed", "dead": "killed", "deaths": "killed",
                    "injured": "wounded", "injuries": "wounded", "arrested": "detained",
                    "hostages": "detained"}
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_SPACES = re.compile(r"\s+")
_MIN_NAME = 3


# --- Gold ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldClaim:
    speaker: tuple[str, ...]  # alternative names of one speaker
    key: str


@dataclass(frozen=True)
class GoldFigure:
    speaker: tuple[str, ...]
    text: str
    category: str
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    language: str
    text: str
    claims: tuple[GoldClaim, ...]
    figures: tuple[GoldFigure, ...]
    sources: tuple[tuple[str, ...], ...]
    path: str = ""
    text_file: str | None = None


class GoldError(ValueError):
    pass


def _names(value, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not items or not all(isinstance(v, str) and v.strip() for v in items):
        raise GoldError(f"{where}: speaker must be a name or a list of names, got {value!r}")
    return tuple(str(v).strip() for v in items)


def _number(value, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GoldError(f"{where}: expected a number, got {value!r}")
    return float(value)


def strip_front_matter(content: str) -> str:
    """The body of an article file: a leading `---` YAML block is removed."""
    from newsclaims.frontmatter import split_front_matter

    return split_front_matter(content).body


def parse_gold(data: dict, where: str = "", repo_root: Path = paths.REPO_ROOT) -> GoldArticle:
    if not isinstance(data, dict):
        raise GoldError(f"{where}: a gold file is a mapping")
    unknown = set(data) - {"id", "language", "text", "text_file", "claims", "figures", "sources"}
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    text_file = data.get("text_file")
    if ("text" in data) == (text_file is not None):
        raise GoldError(f"{where}: give exactly one of `text` and `text_file`")
    if text_file is not None:
        text = strip_front_matter((repo_root / text_file).read_text(encoding="utf-8"))
    else:
        text = str(data["text"])
    claims = tuple(
        GoldClaim(_names(c.get("speaker"), f"{where} claim {i}"), str(c["key"]))
        for i, c in enumerate(data.get("claims") or [])
    )
    figures = []
    for i, f in enumerate(data.get("figures") or []):
        w = f"{where} figure {i}"
        unknown = set(f) - {"speaker", "text", "value", "value_low", "value_high", "category"}
        if unknown:
            raise GoldError(f"{w}: unknown keys {sorted(unknown)}")
        figures.append(GoldFigure(_names(f.get("speaker"), w), str(f["text"]), str(f["category"]),
                                  _number(f.get("value"), w), _number(f.get("value_low"), w),
                                  _number(f.get("value_high"), w)))
    sources = tuple(_names(s, f"{where} source {i}") for i, s in enumerate(data.get("sources") or []))
    return GoldArticle(str(data["id"]), str(data["language"]), text, claims, tuple(figures),
                       sources, where, text_file)


def load_gold(gold_dir: Path, repo_root: Path = paths.REPO_ROOT) -> list[GoldArticle]:
    """Every `*.yaml` under gold_dir (recursively), sorted by id."""
    gold = []
    for path in sorted(Path(gold_dir).rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        gold.append(parse_gold(data, str(path), repo_root))
    ids = [g.id for g in gold]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise GoldError(f"duplicate gold ids: {dupes}")
    return sorted(gold, key=lambda g: g.id)


def check_gold(g: GoldArticle) -> list[str]:
    """Problems that make a gold file ill-formed (empty list when it is fine)."""
    problems: list[str] = []
    if not re.fullmatch(schema.ID_PATTERN, g.id):
        problems.append(f"id {g.id!r} is not a valid article id")
    if g.language not in schema.LANGUAGES:
        problems.append(f"language {g.language!r} not in {schema.LANGUAGES}")
    if g.text_file is None and not 300 <= len(g.text) <= 2500:
        problems.append(f"text has {len(g.text)} characters (want 300-2500)")
    for c in g.claims:
        if c.key not in g.text:
            problems.append(f"claim key {c.key!r} is not a verbatim substring of the text")
    for f in g.figures:
        if f.text not in g.text:
            problems.append(f"figure text {f.text!r} is not a verbatim substring of the text")
        if f.category not in schema.FIGURE_CATEGORIES:
            problems.append(f"figure {f.text!r}: category {f.category!r} not in the schema")
        ranged = f.value_low is not None or f.value_high is not None
        if ranged == (f.value is not None) or (ranged and None in (f.value_low, f.value_high)):
            problems.append(f"figure {f.text!r}: give `value`, or both `value_low` and `value_high`")
    source_keys = {tuple(norm(n) for n in s) for s in g.sources}
    for what, items in (("claim", g.claims), ("figure", g.figures)):
        for item in items:
            if tuple(norm(n) for n in item.speaker) not in source_keys:
                problems.append(f"{what} speaker {item.speaker} is not listed in sources")
    for s in g.sources:
        if not any(norm(n) in norm(g.text) for n in s):
            problems.append(f"source {s} is not named in the text")
    return problems


# --- Matching primitives ------------------------------------------------------------------

def norm(text: str) -> str:
    """Folded (Arabic letter variants, diacritics, case), whitespace collapsed."""
    return _SPACES.sub(" ", fold_term(text or "")).strip()


def _name_key(name: str) -> str:
    return _LEADING_ARTICLE.sub("", norm(name))


def names_match(gold_name: str, predicted_name: str) -> bool:
    """Does a predicted speaker name name the gold speaker? One contains the other; the
    shorter has at least 3 characters; a shorter predicted name must be whole words. Equal
    names always match, however short ("UN" names "UN")."""
    g, p = _name_key(gold_name), _name_key(predicted_name)
    if g and g == p:
        return True
    if len(g) < _MIN_NAME or len(p) < _MIN_NAME:
        return False
    if g in p:
        return True
    return len(p) < len(g) and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", g) is not None


def speaker_matches(gold_names: Iterable[str], predicted_names: Iterable[str]) -> bool:
    predicted = [p for p in predicted_names if p]
    return any(names_match(g, p) for g in gold_names for p in predicted)


def category_of(category: str | None) -> str:
    c = (category or "").strip().lower()
    return CATEGORY_ALIASES.get(c, c)


def _equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-6


def max_matching(n_gold: int, edges: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths); edges[i] = predicted indices gold i may
    match, in order of preference. Returns (gold, predicted) pairs, sorted by gold index."""
    owner: dict[int, int] = {}  # predicted -> gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# --- Predictions --------------------------------------------------------------------------

@dataclass(frozen=True)
class PredClaim:
    claim_id: str
    source_id: str
    text: str
    names: tuple[str, ...]  # sources.name, sources.name_en, claims.source_text


@dataclass(frozen=True)
class PredFigure:
    figure_id: str
    text: str
    value: float | None
    value_low: float | None
    value_high: float | None
    category: str
    names: tuple[str, ...]  # of its claim


@dataclass(frozen=True)
class PredSource:
    source_id: str
    names: tuple[str, ...]  # registry/first names + every source_text used in this article


def _float(v) -> float | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    return float(v)


def _rows(df: pl.DataFrame | None) -> list[dict]:
    return [] if df is None else df.to_dicts()


def predictions(tables: dict[str, pl.DataFrame]) -> dict[str, dict[str, list]]:
    """Per article id: {"claims": [PredClaim], "figures": [PredFigure], "sources": [PredSource]}."""
    source_names: dict[str, tuple[str, ...]] = {}
    for s in _rows(tables.get("sources")):
        source_names[str(s["source_id"])] = tuple(
            str(s[k]) for k in ("name", "name_en") if s.get(k) not in (None, ""))
    out: dict[str, dict[str, list]] = defaultdict(lambda: {t: [] for t in TABLE_NAMES})
    claims_by_id: dict[str, PredClaim] = {}
    article_sources: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for c in _rows(tables.get("claims")):
        sid = str(c["source_id"])
        source_text = c.get("source_text") or ""
        claim = PredClaim(str(c["claim_id"]), sid, str(c["text"] or ""),
                          source_names.get(sid, ()) + ((str(source_text),) if source_text else ()))
        claims_by_id[claim.claim_id] = claim
        aid = str(c["article_id"])
        out[aid]["claims"].append(claim)
        names = article_sources[aid].setdefault(sid, list(source_names.get(sid, ())))
        if source_text and source_text not in names:
            names.append(str(source_text))
    for aid, by_source in article_sources.items():
        out[aid]["sources"] = [PredSource(sid, tuple(n)) for sid, n in sorted(by_source.items())]
    for f in _rows(tables.get("figures")):
        claim = claims_by_id.get(str(f["claim_id"]))
        out[str(f["article_id"])]["figures"].append(PredFigure(
            str(f["figure_id"]), str(f["text"] or ""), _float(f.get("value")),
            _float(f.get("value_low")), _float(f.get("value_high")),
            category_of(f.get("category")), claim.names if claim else ()))
    return out


# --- Scoring ------------------------------------------------------------------------------

def claim_matches(g: GoldClaim, p: PredClaim) -> bool:
    return norm(g.key) in norm(p.text) and speaker_matches(g.speaker, p.names)


def same_value(g: GoldFigure, p: PredFigure) -> bool:
    """The gold's value, or its interval when it gives none, is the predicted one."""
    if g.value is not None:
        return _equal(g.value, p.value)
    return _equal(g.value_low, p.value_low) and _equal(g.value_high, p.value_high)


def figure_matches(g: GoldFigure, p: PredFigure) -> bool:
    if norm(g.text) not in norm(p.text) or category_of(g.category) != p.category:
        return False
    return same_value(g, p) and speaker_matches(g.speaker, p.names)


def source_matches(g: tuple[str, ...], p: PredSource) -> bool:
    return speaker_matches(g, p.names)


MATCHERS: dict[str, Callable] = {"claims": claim_matches, "figures": figure_matches,
                                 "sources": source_matches}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Miss:
    table: str
    language: str
    article_id: str
    kind: str  # "missed" (false negative) or "spurious" (false positive)
    text: str  # what was missed or predicted, readable
    reason: str = ""  # the class of the miss (missed_reason, spurious_reason): where to look first


@dataclass
class Evaluation:
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)  # (language, table)
    misses: list[Miss] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # build problems (a crashed article...)

    def reason_counts(self) -> dict[tuple[str, str, str, str], int]:
        """(language, table, kind, reason) -> number of misses: the error profile of a set."""
        return dict(sorted(Counter((m.language, m.table, m.kind, m.reason) for m in self.misses).items()))

    def as_dict(self) -> dict:
        return {
            "scores": {lang: {t: s.as_dict() for (l2, t), s in sorted(self.scores.items()) if l2 == lang}
                       for lang in sorted({lang for lang, _ in self.scores})},
            "misses": [m.__dict__ for m in self.misses],
            "problems": list(self.problems),
        }


def _describe_gold(table: str, g) -> str:
    if table == "claims":
        return f"{' | '.join(g.speaker)}: {g.key}"
    if table == "figures":
        value = g.value if g.value is not None else f"{g.value_low}-{g.value_high}"
        return f"{' | '.join(g.speaker)}: {g.text} = {value:g} {g.category}" if isinstance(
            value, float) else f"{' | '.join(g.speaker)}: {g.text} = {value} {g.category}"
    return " | ".join(g)


def _describe_pred(table: str, p) -> str:
    who = " | ".join(dict.fromkeys(p.names)) or "?"
    if table == "claims":
        return f"{who}: {p.text}"
    if table == "figures":
        value = p.value if p.value_high is None or p.value_low == p.value_high else \
            f"{p.value_low:g}-{p.value_high:g}"
        value = f"{value:g}" if isinstance(value, float) else value
        return f"{who}: {p.text} = {value} {p.category}"
    return f"{p.source_id} ({who})"


def score(gold: Sequence[GoldArticle], tables: dict[str, pl.DataFrame]) -> Evaluation:
    """Compare the predicted tables with the gold, article by article."""
    predicted = predictions(tables)
    ev = Evaluation()
    for lang in sorted({g.language for g in gold}):
        for table in TABLE_NAMES:
            ev.scores[(lang, table)] = Score()
    for g in gold:
        pred = predicted.get(g.id, {t: [] for t in TABLE_NAMES})
        gold_items = {"claims": g.claims, "figures": g.figures, "sources": g.sources}
        for table in TABLE_NAMES:
            gi, pi, match = gold_items[table], pred[table], MATCHERS[table]
            edges = [[j for j, p in enumerate(pi) if match(x, p)] for x in gi]
            pairs = max_matching(len(gi), edges)
            s = ev.scores[(g.language, table)]
            s.tp += len(pairs)
            s.fn += len(gi) - len(pairs)
            s.fp += len(pi) - len(pairs)
            hit_g, hit_p = {i for i, _ in pairs}, {j for _, j in pairs}
            lost = [x for i, x in enumerate(gi) if i not in hit_g]
            extra = [p for j, p in enumerate(pi) if j not in hit_p]
            ev.misses += [Miss(table, g.language, g.id, "missed", _describe_gold(table, x),
                               missed_reason(table, x, extra, pred["claims"]))
                          for x in lost]
            ev.misses += [Miss(table, g.language, g.id, "spurious", _describe_pred(table, p),
                               spurious_reason(table, p, lost))
                          for p in extra]
    return ev


def missed_reason(table: str, g, unmatched: Sequence, claims: Sequence[PredClaim]) -> str:
    """Why a gold row found no partner, judged against the predictions left unmatched: the
    first test that a relaxed match passes names what was wrong."""
    if table == "figures":
        number = norm(g.text)
        same_text = [p for p in unmatched if number in norm(p.text)]
        valued = [p for p in same_text if same_value(g, p)]
        if any(category_of(g.category) == p.category for p in valued):
            return "speaker"  # number, value and category right; the claim's speaker is not
        if valued:
            return "category"
        if same_text:
            return "value"
        if any(number in norm(c.text) for c in claims):
            return "no figure in its claim"  # the number sits in a claim but was not taken
        return "outside every claim"
    if table == "claims":
        if any(norm(g.key) in norm(p.text) for p in unmatched):
            return "speaker"
        if any(norm(g.key) in norm(c.text) for c in claims):
            return "inside another speaker's claim"  # merged into a claim matched elsewhere
        return "not found"
    return "speaker not found"


def spurious_reason(table: str, p, missed: Sequence) -> str:
    """A predicted row with no gold partner: the twin of a missed gold row (same number / key,
    wrong speaker or category) or a row the gold has nothing for."""
    if table == "figures" and any(norm(g.text) in norm(p.text) for g in missed):
        return "twin of a missed figure"
    if table == "claims" and any(norm(g.key) in norm(p.text) for g in missed):
        return "twin of a missed claim"
    return "nothing in the gold"


# --- I/O shell ----------------------------------------------------------------------------

def read_tables(package_dir: Path) -> dict[str, pl.DataFrame]:
    """The claims, figures and sources tables of a built package, every column as text."""
    data = Path(package_dir) / "data"
    return {name: pl.read_csv(data / f"{name}.csv", infer_schema=False)
            for name in TABLE_NAMES if (data / f"{name}.csv").exists()}


def write_articles(gold: Iterable[GoldArticle], articles_dir: Path) -> None:
    """Each gold text as a plain `<id>.txt` (no front matter), like the held-out articles."""
    articles_dir.mkdir(parents=True, exist_ok=True)
    for g in gold:
        (articles_dir / f"{g.id}.txt").write_text(g.text, encoding="utf-8")


def run(gold_dir: Path, package_dir: Path | None = None, keep_dir: Path | None = None,
        registry_path: Path | None = paths.REGISTRY_PATH) -> Evaluation:
    """Build the gold texts (unless package_dir is given) and score the build. With keep_dir,
    the articles and the built package stay in keep_dir/articles and keep_dir/out."""
    gold = load_gold(gold_dir)
    if package_dir is not None:
        return score(gold, read_tables(package_dir))
    with tempfile.TemporaryDirectory(prefix="newsclaims-eval-") as tmp:
        return _build_and_score(gold, Path(keep_dir) if keep_dir else Path(tmp), registry_path)


def _build_and_score(gold: list[GoldArticle], work: Path, registry_path: Path | None) -> Evaluation:
    from newsclaims.build import build_package

    articles_dir, out_dir = work / "articles", work / "out"
    if articles_dir.exists():
        shutil.rmtree(articles_dir)
    write_articles(gold, articles_dir)
    registry = registry_path if registry_path is not None and Path(registry_path).exists() else None
    # Package validation is `newsclaims validate`'s job; here only the rows matter.
    report = build_package(articles_dir, out_dir, registry_path=registry, validate=False)
    ev = score(gold, read_tables(out_dir))
    ev.problems = [str(p) for p in report.problems]
    return ev


def print_report(ev: Evaluation, console, show_misses: bool = True, show_classes: bool = False
                 ) -> None:
    """The scores as a rich table (table × language), the misses' classes (with
    show_classes), then the misses grouped by table."""
    from rich.markup import escape
    from rich.table import Table as RichTable

    out = RichTable(title="newsclaims evaluate: precision / recall / F1")
    for col in ("language", "table", "gold", "predicted", "matched", "P", "R", "F1"):
        out.add_column(col, justify="left" if col in ("language", "table") else "right")
    for (lang, table), s in sorted(ev.scores.items()):
        out.add_row(lang, table, str(s.tp + s.fn), str(s.tp + s.fp), str(s.tp),
                    f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(out)
    for problem in ev.problems:
        console.print(f"[red]build problem:[/] {escape(problem)}", highlight=False)
    if show_classes and ev.misses:
        classes = RichTable(title="misses by class (FN = missed, FP = spurious)")
        for col in ("language", "table", "kind", "class", "n"):
            classes.add_column(col, justify="right" if col == "n" else "left")
        for (lang, table, kind, reason), n in ev.reason_counts().items():
            classes.add_row(lang, table, "FN" if kind == "missed" else "FP", reason, str(n))
        console.print(classes)
    if not show_misses:
        return
    for table in TABLE_NAMES:
        rows = [m for m in ev.misses if m.table == table]
        if not rows:
            continue
        console.print(f"\n[bold]{table}[/]: {sum(m.kind == 'missed' for m in rows)} missed (FN), "
                      f"{sum(m.kind == 'spurious' for m in rows)} spurious (FP)")
        for m in sorted(rows, key=lambda m: (m.language, m.article_id, m.kind)):
            tag = "[red]FN[/]" if m.kind == "missed" else "[yellow]FP[/]"
            why = f" [dim]({escape(m.reason)})[/]" if m.reason else ""
            console.print(f"  {tag} {escape(m.article_id)}: {escape(m.text)}{why}", highlight=False, markup=True,
                          soft_wrap=True)
