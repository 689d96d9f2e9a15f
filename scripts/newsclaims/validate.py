"""Validation of a built package: is every file what the descriptor says, and every span true?

`validate_package` returns a report instead of raising, so the build can refuse to publish a bad
package and the CLI can print what failed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from newsclaims.package import DESCRIPTOR
from newsclaims.schema import CLAIMS, FIGURES, TABLES


@dataclass(frozen=True)
class Failure:
    check: str
    table: str
    message: str
    count: int = 1
    examples: tuple[str, ...] = ()

    def __str__(self) -> str:
        ex = f" e.g. {', '.join(self.examples)}" if self.examples else ""
        return f"[{self.check}] {self.table}: {self.message} ({self.count} rows){ex}"


@dataclass
class ValidationReport:
    package_dir: Path
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def frictionless_failures(package_dir: Path) -> list[Failure]:
    """Descriptor, schemas, types, constraints, keys, bytes and hashes, via frictionless."""
    os.environ.setdefault("FRICTIONLESS_DISABLE_TELEMETRY", "1")
    from frictionless import Package

    package = Package(str(package_dir / DESCRIPTOR), basepath=str(package_dir))
    report = package.validate()
    failures = []
    for task in report.tasks:
        errors = task.errors
        by_type: dict[str, list] = {}
        for e in errors:
            by_type.setdefault(e.type, []).append(e)
        for etype, errs in sorted(by_type.items()):
            failures.append(Failure(f"frictionless:{etype}", task.name or "package",
                                    errs[0].message, len(errs),
                                    tuple(str(getattr(e, "row_number", "")) for e in errs[:3])))
    for e in report.errors:
        failures.append(Failure(f"frictionless:{e.type}", "package", e.message))
    return failures


def span_failures(package_dir: Path) -> list[Failure]:
    """Every claim, cue, source mention and figure span equals its verbatim text."""
    tables = {t.name: pl.read_csv(package_dir / t.path, infer_schema=False) for t in TABLES}
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"]))
    failures = []
    checks = [
        (CLAIMS.name, "claim_id", "text", "char_start", "char_end"),
        (CLAIMS.name, "claim_id", "cue", "cue_start", "cue_end"),
        (CLAIMS.name, "claim_id", "source_text", "source_start", "source_end"),
        (FIGURES.name, "figure_id", "text", "char_start", "char_end"),
    ]
    for table, key, col, start, end in checks:
        bad = []
        for row in tables[table].iter_rows(named=True):
            if row[start] is None and row[col] is None:
                continue
            text = texts.get(row["article_id"])
            if text is None or row[start] is None or row[end] is None:
                bad.append(row[key])
                continue
            if text[int(row[start]):int(row[end])] != (row[col] or ""):
                bad.append(row[key])
        if bad:
            failures.append(Failure("span-text", table, f"text[{start}:{end}] != {col}",
                                    len(bad), tuple(bad[:3])))
    return failures


def validate_package(package_dir: Path) -> ValidationReport:
    report = ValidationReport(package_dir)
    report.failures.extend(frictionless_failures(package_dir))
    if report.ok:
        report.failures.extend(span_failures(package_dir))
    return report
