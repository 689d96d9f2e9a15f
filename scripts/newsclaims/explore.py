"""Read a built package for exploration (notebooks, SQLite export) and save charts.

Everything goes through the package's own `datapackage.json`: resource paths and column types
come from the descriptor, so the same code reads this repository's package or one built from a
user's corpus. Which package and where charts go are named by environment variables, so a
notebook runs unchanged against any package.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl

from newsclaims.package import DESCRIPTOR
from newsclaims.paths import REPO_ROOT

PACKAGE_ENV = "NEWSCLAIMS_PACKAGE"  # folder holding datapackage.json (default: the repo root)
CHARTS_ENV = "NEWSCLAIMS_CHARTS"  # where notebooks write charts (default: notebooks/charts)
EVENTS_ENV = "NEWSCLAIMS_EVENTS"  # optional CSV article_id,event grouping articles into events
DEFAULT_CHARTS_DIR = REPO_ROOT / "notebooks" / "charts"

# Table Schema type -> polars type used to read the CSV column.
_POLARS_TYPES = {
    "string": pl.String,
    "integer": pl.Int64,
    "number": pl.Float64,
    "boolean": pl.Boolean,
    "date": pl.Date,
}


def package_dir() -> Path:
    return Path(os.environ.get(PACKAGE_ENV) or REPO_ROOT).resolve()


def charts_dir() -> Path:
    out = Path(os.environ.get(CHARTS_ENV) or DEFAULT_CHARTS_DIR).resolve()
    out.mkdir(parents=True, exist_ok=True)
    return out


def read_descriptor(pkg_dir: Path) -> dict:
    path = Path(pkg_dir) / DESCRIPTOR
    if not path.is_file():
        raise FileNotFoundError(f"no {DESCRIPTOR} in {pkg_dir}: build a package first "
                                f"(`newsclaims build --out {pkg_dir}`) or set {PACKAGE_ENV}")
    return json.loads(path.read_text(encoding="utf-8"))


def resource_schema(resource: dict) -> dict[str, pl.DataType]:
    return {f["name"]: _POLARS_TYPES.get(f.get("type", "string"), pl.String)
            for f in resource["schema"]["fields"]}


def read_resource(pkg_dir: Path, resource: dict) -> pl.DataFrame:
    """One tabular resource, typed as its descriptor says; empty cells are nulls."""
    schema = resource_schema(resource)
    path = Path(pkg_dir) / resource["path"]
    # Dates are read as text and parsed, since polars 2 will not cast String to Date.
    read_as = {k: (pl.String if v == pl.Date else v) for k, v in schema.items()}
    df = pl.read_csv(path, schema=read_as, encoding="utf8")
    dates = [k for k, v in schema.items() if v == pl.Date]
    if dates:
        df = df.with_columns(pl.col(c).str.to_date("%Y-%m-%d", strict=False) for c in dates)
    return df


def read_tables(pkg_dir: Path | None = None) -> dict[str, pl.DataFrame]:
    """Every tabular resource of the package, by resource name."""
    pkg_dir = Path(pkg_dir) if pkg_dir is not None else package_dir()
    descriptor = read_descriptor(pkg_dir)
    return {r["name"]: read_resource(pkg_dir, r) for r in descriptor["resources"]
            if r.get("schema")}


def read_events(articles: pl.DataFrame, events_csv: Path | str | None = None) -> pl.DataFrame:
    """article_id -> event. An event groups the articles that report the same incident.

    Articles carry no event column, and date + place cannot be derived reliably, so by default
    every article is its own event, labelled by its title (plus its id when another article
    has the same title), or by its id and date when it has no title. A CSV with columns `article_id,event`
    (named by NEWSCLAIMS_EVENTS, or passed here) groups articles into events; articles it does
    not list stay on their own."""
    events_csv = events_csv or os.environ.get(EVENTS_ENV)
    untitled = pl.concat_str(pl.col("article_id"),
                             pl.format(" ({})", pl.col("published").cast(pl.String)),
                             ignore_nulls=True)
    title_taken = pl.col("title").count().over("title") > 1  # same headline, other article
    own = articles.select(
        "article_id",
        pl.when(pl.col("title").is_null()).then(untitled)
        .when(title_taken).then(pl.format("{} ({})", "title", "article_id"))
        .otherwise(pl.col("title")).alias("own_event"),
    )
    if not events_csv:
        return own.rename({"own_event": "event"})
    mapping = pl.read_csv(events_csv, schema={"article_id": pl.String, "event": pl.String})
    return (own.join(mapping, on="article_id", how="left")
            .select("article_id", pl.coalesce("event", "own_event").alias("event")))


def save_chart(chart, name: str, out_dir: Path | None = None) -> list[Path]:
    """Save an Altair chart as PNG and SVG (offline, through vl-convert); return the paths."""
    out_dir = Path(out_dir) if out_dir is not None else charts_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{name}.png", out_dir / f"{name}.svg"]
    chart.save(str(paths[0]), scale_factor=2)
    chart.save(str(paths[1]))
    return paths


# One colour per source kind (schema.SOURCE_KINDS order), the same in every chart; chosen to
# stay distinguishable in print and for the commonest colour-vision deficiencies (Tableau 10
# first, then darker and lighter tones for the rarer kinds).
_KIND_PALETTE = ("#4e79a7", "#a0cbe8", "#f28e2b", "#e15759", "#59a14f", "#8cd17d",
                 "#79706e", "#b07aa1", "#9d7660", "#edc948", "#76b7b2", "#ff9da7",
                 "#499894", "#bab0ac")


def kind_colours(kinds=None) -> tuple[list[str], list[str]]:
    """(domain, range) for a colour scale of source kinds: only the kinds given (all when None),
    in schema order, each with its fixed colour."""
    from newsclaims.schema import SOURCE_KINDS

    colour = dict(zip(SOURCE_KINDS, _KIND_PALETTE, strict=True))
    wanted = set(SOURCE_KINDS if kinds is None else kinds)
    domain = [k for k in SOURCE_KINDS if k in wanted]
    return domain, [colour[k] for k in domain]
