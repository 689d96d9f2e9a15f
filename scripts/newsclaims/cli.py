"""The `newsclaims` command line. Each command is a thin shell around one module."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table as RichTable

from newsclaims import paths

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

app = typer.Typer(help="Turn news articles into a validated Data Package of claims, sources "
                  "and figures.", no_args_is_help=True, add_completion=False)
console = Console(stderr=True)


def _progress_factory(enabled: bool):
    """A `progress(label, total) -> tick` callable backed by a rich progress bar."""
    if not enabled:
        return None
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=console, transient=True)

    def start(label: str, total: int):
        if not bar.live.is_started:
            bar.start()
        task = bar.add_task(label, total=total)
        return lambda: bar.advance(task)

    start.bar = bar  # type: ignore[attr-defined]
    return start


def _print_summary(report) -> None:
    table = RichTable(title=f"newsclaims build → {report.out_dir}", show_header=False)
    table.add_row("article files", str(report.n_files))
    for name in ("articles", "claims", "figures", "sources"):
        table.add_row(name, str(report.counts.get(name, 0)))
    warnings = [p for p in report.problems if p.severity == "warning"]
    table.add_row("problems", f"{len(report.errors)} errors, {len(warnings)} warnings")
    if report.validation is not None:
        v = report.validation
        table.add_row("validation", "passed" if v.ok else
                      "passed with warnings" if not v.blocking else "FAILED")
    console.print(table)
    for p in report.problems:
        console.print(f"  [{'red' if p.severity == 'error' else 'yellow'}]{escape(str(p))}[/]",
                      highlight=False)


@app.command()
def build(
    articles: Annotated[Path, typer.Option(help="Folder of article files (.txt, .md, .html).")] = paths.ARTICLES_DIR,
    out: Annotated[Path, typer.Option(help="Where to write the package (datapackage.json + data/).")] = paths.REPO_ROOT,
    registry: Annotated[Path, typer.Option(help="Source registry (YAML).")] = paths.REGISTRY_PATH,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    corrections: Annotated[Path | None, typer.Option(help="Reviewers' corrections (YAML); "
                           "default: data/raw/corrections.yaml when building the repository's "
                           "own articles, none otherwise.")] = None,
    jobs: Annotated[int | None, typer.Option(help="Worker processes for ingest and extraction "
                    "(default: one per CPU; small jobs run in-process).", min=1)] = None,
    engine: Annotated[str, typer.Option(help="`processes` (this machine) or `dask` (an "
                      "existing Dask cluster, see --scheduler).")] = "processes",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address for --engine "
                         "dask, e.g. tcp://10.0.0.5:8786.")] = None,
    cache: Annotated[bool, typer.Option(help="Reuse per-article results of earlier builds "
                     "(content-addressed; never changes the output).")] = True,
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder (default "
                         ".cache/newsclaims; safe to delete).")] = None,
) -> None:
    """Build the package from a folder of articles (default: the repository's own)."""
    from newsclaims.build import BuildFailed, build_package
    from newsclaims.corrections import DEFAULT_PATH

    if corrections is None and articles.resolve() == paths.ARTICLES_DIR.resolve() \
            and DEFAULT_PATH.is_file():
        corrections = DEFAULT_PATH

    factory = _progress_factory(progress and sys.stderr.isatty())
    try:
        report = build_package(articles, out, registry_path=registry, progress=factory,
                               corrections_path=corrections, jobs=jobs, engine=engine,
                               scheduler=scheduler, cache=cache, cache_dir=cache_dir)
    except BuildFailed as exc:
        console.print(f"[red]build failed:[/] {escape(str(exc))}")
        if exc.validation is not None:
            for failure in exc.validation.failures:
                console.print(f"  {escape(str(failure))}", highlight=False)
        raise typer.Exit(2) from None
    finally:
        if factory is not None and factory.bar.live.is_started:
            factory.bar.stop()
    _print_summary(report)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def validate(
    package_dir: Annotated[Path, typer.Argument(help="Folder holding datapackage.json.")] = paths.REPO_ROOT,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    data_docs: Annotated[Path | None, typer.Option(help="Also write great-expectations data docs (HTML) into this folder (e.g. validation/data_docs, which git ignores).")] = None,
) -> None:
    """Validate a built package (frictionless, great-expectations, consistency); exit 0 only
    when every check passes."""
    from newsclaims.validate import render_report, validate_package

    report = validate_package(package_dir, data_docs=data_docs)
    if json_out:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_report(report))
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold YAML files (tests/gold).")],
    package: Annotated[Path | None, typer.Option(help="Score this already built package instead of building the gold texts.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores and misses as JSON.")] = False,
    misses: Annotated[bool, typer.Option(help="List the misses (false negatives and positives).")] = True,
    keep: Annotated[Path | None, typer.Option(help="Keep the written articles and the built package in this folder (articles/, out/).")] = None,
    classes: Annotated[bool, typer.Option("--classes", help="Count the misses by class (wrong speaker, wrong category, number outside every claim, ...): the error profile of a set.")] = False,
) -> None:
    """Score extraction against gold annotations: P/R/F1 per table and language, and the misses."""
    from newsclaims.evaluate import print_report, run

    result = run(gold_dir, package_dir=package, keep_dir=keep)
    if json_out:
        import json

        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
    else:
        print_report(result, Console(), show_misses=misses, show_classes=classes)


export_app = typer.Typer(help="Export a built package for exploration (SQLite + Datasette).",
                         no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("sqlite")
def export_sqlite(
    db: Annotated[Path, typer.Argument(help="SQLite file to write (replaced if it exists).")],
    package: Annotated[Path, typer.Option(help="Folder holding datapackage.json.")] = paths.REPO_ROOT,
    metadata: Annotated[Path | None, typer.Option(help="Datasette metadata file (default: metadata.json beside the database).")] = None,
) -> None:
    """Write the tables into SQLite (keys, full-text search) plus Datasette metadata."""
    from newsclaims.export_sqlite import export_sqlite as run_export

    try:
        report = run_export(package, db, metadata)
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]export failed:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    counts = ", ".join(f"{n} {name}" for name, n in report.counts.items())
    console.print(f"wrote {report.db_path} ({counts}) and {report.metadata_path}")
    console.print(f"browse: datasette {report.db_path} -m {report.metadata_path}", highlight=False)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="Old package: folder, release zip, or git ref "
                                            "(REF or REF:folder) of this repository.")],
    new: Annotated[str, typer.Argument(help="New package, same forms; default: the "
                                            "repository's working tree.")] = str(paths.REPO_ROOT),
    json_: Annotated[bool, typer.Option("--json", help="Print JSON instead of Markdown.")] = False,
    limit: Annotated[int, typer.Option(help="Rows listed per kind of change in Markdown "
                                            "(0: the summary only).")] = 50,
) -> None:
    """What changed between two versions of the package, per table and field."""
    from newsclaims.diff import DiffError, diff_specs, to_json, to_markdown

    try:
        result = diff_specs(old, new)
    except DiffError as exc:
        console.print(f"[red]diff failed:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    sys.stdout.write(to_json(result) if json_ else to_markdown(result, limit))


@app.command()
def release(
    record: Annotated[bool, typer.Option(help="Record this version's hashes in "
                                              "data/releases.json and its changes in "
                                              "CHANGELOG.md.")] = False,
    dist: Annotated[Path, typer.Option(help="Where to write the archive.")] = paths.REPO_ROOT / "dist",
) -> None:
    """Write dist/newsclaims-<version>.zip (deterministic) from the built package."""
    from newsclaims.release import ReleaseError, release as make_release

    try:
        result = make_release(paths.REPO_ROOT, dist, do_record=record)
    except ReleaseError as exc:
        console.print(f"[red]release failed:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    for note in result.notes:
        console.print(note, highlight=False)
    print(f"{result.sha256}  {result.archive}")


@app.command()
def cite(
    format: Annotated[str, typer.Option("--format", "-f", help="bibtex, apa or cff.")] = "bibtex",
) -> None:
    """Print the citation of the current version."""
    from newsclaims.cite import CitationError, citation

    try:
        sys.stdout.write(citation(paths.REPO_ROOT, format))
    except CitationError as exc:
        console.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from None


@app.command()
def bump(
    kind: Annotated[str, typer.Argument(help="patch, minor, major, or auto (the kind the "
                                             "changes since the last release need).")] = "auto",
    date: Annotated[str, typer.Option(help="Release date, YYYY-MM-DD (default: today).")] = "",
) -> None:
    """Set the next version and release date in package.yaml, CITATION.cff, .zenodo.json and
    open its CHANGELOG.md entry; then rebuild and `newsclaims release --record`."""
    import datetime as dt

    from newsclaims import published, versioning

    current = str(published.package_yaml(paths.REPO_ROOT)["version"])
    if kind == "auto":
        last, kind = published.needed_bump(paths.REPO_ROOT)
        if kind is None:
            console.print("nothing changed since the last release" if last else
                          "no release recorded yet: give the kind")
            raise typer.Exit(1)
        current = last
    try:
        version = versioning.bump(current, kind)
        published.set_version(paths.REPO_ROOT, version, date or dt.date.today().isoformat())
    except ValueError as exc:
        console.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from None
    print(version)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(ctx: typer.Context) -> None:
    """Benchmark on synthetic corpora: `newsclaims bench 1000 10000 100000 [--jobs N]`."""
    from newsclaims.bench import main

    main(list(ctx.args))


if __name__ == "__main__":
    app()
