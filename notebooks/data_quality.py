# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Data quality: where the rows come from, and whether the build holds
#
# Which extraction rules produced how many rows, how many rows a reviewer curated, which
# articles yielded no claims at all, and the validation report of the package as it is now.
#
# The package is read through its `datapackage.json`, from `NEWSCLAIMS_PACKAGE` (default: the
# repository root); charts and tables go to `NEWSCLAIMS_CHARTS` (default: `notebooks/charts/`).

# %%
import altair as alt
import polars as pl

from newsclaims.explore import charts_dir, package_dir, read_tables, save_chart
from newsclaims.validate import validate_package

PACKAGE = package_dir()
CHARTS = charts_dir()
tables = read_tables(PACKAGE)
articles, sources, claims, figures = (tables[n] for n in ("articles", "sources", "claims", "figures"))
print(f"package: {PACKAGE}")
print({name: df.height for name, df in tables.items()})

# %% [markdown]
# ## Validation of the current build
#
# The same checks `newsclaims validate` runs (`newsclaims.validate.validate_package`): the
# descriptor, files, bytes and hashes, every row's types and constraints, primary and foreign
# keys, and every span against the article text. One row per failed check.

# %%
report = validate_package(PACKAGE)
validation = pl.DataFrame(
    [{"check": f.check, "table": f.table, "column": getattr(f, "column", None),
      "rows": f.count, "message": f.message, "detail": str(f)} for f in report.failures],
    schema={"check": pl.String, "table": pl.String, "column": pl.String, "rows": pl.Int64,
            "message": pl.String, "detail": pl.String},
)
validation.write_csv(CHARTS / "data_quality_validation.csv")
print("VALID: every check passed" if report.ok else f"INVALID: {len(report.failures)} checks failed")
for warning in getattr(report, "warnings", []):
    print("warning:", warning)
for name, seconds in getattr(report, "timings", {}).items():
    print(f"  {name}: {seconds:.2f} s")
validation

# %% [markdown]
# ## Rows per rule
#
# `rule` names the extraction rule (or the correction) behind each row, as
# `<rule>:<lexicon entry>`; for figures it joins the number-parser rule and the category rule
# with `|`. The full table counts every rule id; the chart counts rule *families* (the part
# before `:`), separately for claims, figures' number rules and figures' category rules, so a
# rule that never fires, or fires far too often, stands out.

# %%
rule_rows = pl.concat([
    claims.select(pl.lit("claims").alias("table"), "rule", "origin"),
    figures.select(pl.lit("figures").alias("table"), "rule", "origin"),
])
per_rule = (
    rule_rows.group_by("table", "rule", "origin").agg(rows=pl.len())
    .sort(["table", "rows", "rule"], descending=[False, True, False])
)
per_rule.write_csv(CHARTS / "data_quality_rules.csv")


def family(rule: pl.Expr) -> pl.Expr:
    return rule.str.split(":").list.first().fill_null("(none)")


figure_parts = figures.select("origin", parts=pl.col("rule").str.split("|"))
families = pl.concat([
    claims.select(pl.lit("claims").alias("rules"), family(pl.col("rule")).alias("family"),
                  "origin"),
    figure_parts.select(pl.lit("figures: number rule").alias("rules"),
                        family(pl.col("parts").list.first()).alias("family"), "origin"),
    figure_parts.select(pl.lit("figures: category rule").alias("rules"),
                        family(pl.col("parts").list.get(1, null_on_oob=True)).alias("family"),
                        "origin"),
])
per_family = (
    families.group_by("rules", "family", "origin").agg(rows=pl.len())
    .sort(["rules", "rows", "family"], descending=[False, True, False])
)
per_family.write_csv(CHARTS / "data_quality_rule_families.csv")
per_rule

# %% [markdown]
# ## Curated rows
#
# `origin` is `curated` when a reviewer's correction made the row, `extracted` when the rules
# did. The share says how much of the package rests on hand corrections.

# %%
curated = (
    rule_rows.group_by("table")
    .agg(rows=pl.len(), curated=(pl.col("origin") == "curated").sum())
    .with_columns(share_curated=pl.when(pl.col("rows") > 0)
                  .then((pl.col("curated") / pl.col("rows")).round(3)))
    .sort("table")
)
curated.write_csv(CHARTS / "data_quality_curated.csv")
curated

# %% [markdown]
# ## Articles with no claims
#
# An article with no claims is either one that attributes nothing (a weather report) or one
# the rules missed: worth a look either way. Articles with claims but no figures are listed too.

# %%
per_article = (
    articles.select("article_id", "language", "title", "n_chars")
    .join(claims.group_by("article_id").agg(claims=pl.len()), on="article_id", how="left")
    .join(figures.group_by("article_id").agg(figures=pl.len()), on="article_id", how="left")
    .with_columns(pl.col("claims", "figures").fill_null(0))
    .sort("article_id")
)
per_article.write_csv(CHARTS / "data_quality_articles.csv")
no_claims = per_article.filter(pl.col("claims") == 0)
print(f"{no_claims.height} of {articles.height} articles have no claims; "
      f"{per_article.filter((pl.col('claims') > 0) & (pl.col('figures') == 0)).height} "
      "have claims but no figures")
no_claims

# %% [markdown]
# ## Chart: rows per rule family, extracted or curated

# %%
alt.data_transformers.disable_max_rows()
if per_family.height:
    chart = alt.Chart(per_family).mark_bar().encode(
        x=alt.X("sum(rows):Q", title="rows", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("family:N", title=None, sort="-x", axis=alt.Axis(labelLimit=360)),
        color=alt.Color("origin:N", scale=alt.Scale(domain=["extracted", "curated"],
                                                    range=["#4e79a7", "#f28e2b"])),
        row=alt.Row("rules:N", title=None, sort=["claims", "figures: number rule",
                                                 "figures: category rule"],
                    header=alt.Header(labelFontWeight="bold", labelAngle=0, labelAlign="left")),
        tooltip=["rules:N", "family:N", "origin:N", "sum(rows):Q"],
    ).resolve_scale(y="independent").properties(width=360)
else:
    chart = alt.Chart(pl.DataFrame({"note": ["no claims or figures in this package"]})).mark_text(
        size=16).encode(text="note:N").properties(width=420, height=60)

status = "valid" if report.ok else f"INVALID ({len(report.failures)} checks failed)"
chart = chart.properties(title=alt.Title(
    "Rows per extraction rule family", anchor="start",
    subtitle=f"{articles.height} article{'s' * (articles.height != 1)}, "
             f"{no_claims.height} without claims · build {status}",
)).configure(font="DejaVu Sans")
paths = save_chart(chart, "data_quality", CHARTS)
print(*paths, sep="\n")
chart
