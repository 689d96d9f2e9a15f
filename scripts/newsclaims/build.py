"""Build: a folder of article files in, a validated Data Package out, published atomically.

Stages: ingest (files -> Articles) -> extract (pure, per article) -> tables -> write into a
staging folder -> validate -> move into place. A failed validation or an interrupted build
leaves the previous package exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsclaims.corrections import CorrectionError, apply_corrections, load_corrections
from newsclaims.extract import extract_article
from newsclaims.extract.registry import load_registry
from newsclaims.ingest import Article, Problem, discover, ingest_files
from newsclaims.package import package_files, write_package
from newsclaims.tables import ArticleRows, assemble, rows_for_article
from newsclaims.validate import ValidationReport, validate_package

STAGING_PREFIX = ".build-"


class BuildFailed(Exception):
    def __init__(self, message: str, validation: ValidationReport | None = None):
        super().__init__(message)
        self.validation = validation


@dataclass
class BuildReport:
    out_dir: Path
    n_files: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    validation: ValidationReport | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors and (self.validation is None or self.validation.ok)


def extract_rows(article: Article, registry) -> ArticleRows:
    """The pure per-article step: one article in, its rows out."""
    return rows_for_article(article, extract_article(article.text, article.language, registry))


def extract_all(articles: Iterable[Article], registry, problems: list[Problem],
                tick: Callable[[], None] = lambda: None) -> list[ArticleRows]:
    rows = []
    for article in articles:
        try:
            rows.append(extract_rows(article, registry))
        except Exception as exc:  # a bug on one article must not lose the others
            last = traceback.extract_tb(exc.__traceback__)[-1]
            problems.append(Problem(article.source_file, f"extraction failed: {exc!r} "
                                    f"(at {Path(last.filename).name}:{last.lineno})"))
        tick()
    return rows


def _clean_stale_staging(parent: Path, name: str) -> None:
    """Remove staging folders that an interrupted build of the same package left behind."""
    for stale in parent.glob(f"{STAGING_PREFIX}{name}-*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)


def publish(stage: Path, out_dir: Path) -> None:
    """Move a staged package into out_dir: one rename when out_dir is new, else replace each
    package file (atomic per file, the descriptor last, so a reader never sees new tables
    described by nothing), leaving every other file in out_dir alone."""
    if not out_dir.exists():
        os.replace(stage, out_dir)
        return
    (out_dir / "data").mkdir(exist_ok=True)
    for rel in package_files():
        os.replace(stage / rel, out_dir / rel)
    shutil.rmtree(stage, ignore_errors=True)


def build_package(articles_dir: Path, out_dir: Path, *, registry_path: Path | None = None,
                  validate: bool = True, progress: Callable[[str, int], Callable[[], None]] | None = None,
                  metadata: dict | None = None,
                  corrections_path: Path | None = None) -> BuildReport:
    """Build the package of every article file in articles_dir into out_dir.

    `progress(label, total)` may return a tick function (the CLI passes a rich progress bar).
    Raises BuildFailed when nothing could be built or validation fails; per-article problems
    are collected in the report and the other articles still build."""
    articles_dir, out_dir = Path(articles_dir), Path(out_dir)
    if not articles_dir.is_dir():
        raise BuildFailed(f"articles folder not found: {articles_dir}")
    report = BuildReport(out_dir)
    paths = discover(articles_dir)
    report.n_files = len(paths)
    articles, problems = ingest_files(paths)
    report.problems.extend(problems)
    articles.sort(key=lambda a: a.article_id)
    registry = load_registry(registry_path)
    tick = progress("extracting", len(articles)) if progress else (lambda: None)
    rows = extract_all(articles, registry, report.problems, tick)
    tables = assemble(rows)
    try:  # reviewers' corrections (data/raw/corrections.yaml for the repository's build)
        tables = apply_corrections(tables, load_corrections(corrections_path))
    except CorrectionError as exc:
        raise BuildFailed(str(exc)) from None
    report.counts = {name: df.height for name, df in tables.items()}

    # Stage beside (or inside) the destination, on the same file system, then move.
    parent = out_dir if out_dir.exists() else out_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_staging(parent, out_dir.name)
    stage = parent / f"{STAGING_PREFIX}{out_dir.name}-{os.getpid()}"
    try:
        write_package(tables, stage, metadata)
        if validate:
            report.validation = validate_package(stage)
            if not report.validation.ok:
                raise BuildFailed("the new package failed validation; the previous package "
                                  f"in {out_dir} was left untouched", report.validation)
        publish(stage, out_dir)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)
    return report
