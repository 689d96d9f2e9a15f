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
# # Competing figures: who claimed which numbers
#
# For each event, every figure claimed in the articles (killed, wounded, missing, ...), one
# line per figure: the interval its wording implies (`value_low`–`value_high`) with the stated
# `value` marked, labelled with the source it is attributed to and coloured by the kind of
# source. An arrow means the wording sets no upper bound ("at least 41", "dozens").
#
# **Events.** Articles have no event column, and date and place cannot be derived reliably from
# the text, so each article is its own event by default (labelled by its title). To compare
# articles about the same incident, give a CSV with columns `article_id,event` in the
# environment variable `NEWSCLAIMS_EVENTS`; articles it does not list stay on their own.
#
# **Inputs.** The package is read through its `datapackage.json`, from the folder named by
# `NEWSCLAIMS_PACKAGE` (default: the repository root). Charts go to `NEWSCLAIMS_CHARTS`
# (default: `notebooks/charts/`) as PNG and SVG, with the tables behind them as CSV.

# %%
import altair as alt
import polars as pl

from newsclaims.explore import (charts_dir, kind_colours, package_dir, read_events, read_tables,
                                save_chart)
from newsclaims.schema import FIGURE_CATEGORIES

PACKAGE = package_dir()
CHARTS = charts_dir()
tables = read_tables(PACKAGE)
articles, sources, claims, figures = (tables[n] for n in ("articles", "sources", "claims", "figures"))
events = read_events(articles)
print(f"package: {PACKAGE}")
print({name: df.height for name, df in tables.items()}, f"events: {events['event'].n_unique()}")

# %% [markdown]
# ## One row per claimed figure, with who claimed it
#
# A figure's source is the source of the claim it is stated in. The label names the source
# (its English name when known), the relay when the claim is second-hand, and the stance when
# the article reports the claim as disputed or denied.

# %%
source_names = sources.select(
    "source_id",
    pl.coalesce("name_en", "name").alias("source"),
    pl.col("kind").alias("source_kind"),
)
via_names = source_names.select(
    pl.col("source_id").alias("via_source_id"), pl.col("source").alias("via")
)
claimed = (
    figures.join(claims.select("claim_id", "source_id", "via_source_id", "stance"),
                 on="claim_id", how="left")
    .join(source_names, on="source_id", how="left")
    .join(via_names, on="via_source_id", how="left")
    .join(events, on="article_id", how="left")
    .with_columns(
        label=pl.concat_str(
            pl.col("source"),
            pl.when(pl.col("via").is_not_null()).then(pl.format(" (via {})", "via")).otherwise(pl.lit("")),
            pl.when(pl.col("stance") != "asserted").then(pl.format(" [{}]", "stance")).otherwise(pl.lit("")),
            pl.format(": {}", "text"),
        ),
        panel=pl.format("{} · {}", "event", "category"),
        open_ended=pl.col("value_high").is_null(),
    )
)
# An open interval is drawn as an arrow reaching past its lower bound; the arrow's end is only
# a drawing aid (a quarter of the panel's largest value beyond the bound), not a claimed number.
panel_max = pl.max_horizontal("value", "value_high").max().over("panel")
claimed = claimed.with_columns(
    high_drawn=pl.coalesce("value_high", pl.col("value_low") + 0.25 * panel_max + 1)
).sort("event", "category", pl.col("value"), descending=[False, False, True])
claimed.select("event", "category", "label", "value_low", "value", "value_high", "kind", "origin")

# %% [markdown]
# ## The spread between the highest and the lowest claim
#
# Per event and category: how many figures and sources, the highest and the lowest stated
# value and who claimed them, and the spread (highest − lowest). A ratio of 5 means the highest
# claim is five times the lowest.

# %%
ordered = claimed.sort("value")
spread = (
    ordered.group_by("event", "category", maintain_order=True)
    .agg(
        n_figures=pl.len(),
        n_sources=pl.col("source_id").n_unique(),
        lowest=pl.col("value").first(),
        lowest_by=pl.col("source").first(),
        highest=pl.col("value").last(),
        highest_by=pl.col("source").last(),
    )
    .with_columns(
        spread=pl.col("highest") - pl.col("lowest"),
        ratio=pl.when(pl.col("lowest") > 0).then((pl.col("highest") / pl.col("lowest")).round(2)),
    )
    .sort("event", pl.col("category").cast(pl.Enum(FIGURE_CATEGORIES)))
)
spread.write_csv(CHARTS / "competing_figures_spread.csv")
spread

# %% [markdown]
# ## The range chart
#
# One panel per event and category (in the order of `schema.FIGURE_CATEGORIES`), its title
# giving the range of the stated values; figures sorted from the highest stated value down.
# When there are more than `MAX_PANELS` panels, the chart keeps those where most sources
# compete (at least two figures each, when there are any); the spread table lists them all.

# %%
def number(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,}"


def panel_title(r: dict) -> str:
    head = f"{r['event']} · {r['category']}: "
    if r["n_figures"] == 1:
        return head + f"{number(r['lowest'])} (one figure)"
    sources = "one source" if r["n_sources"] == 1 else f"{r['n_sources']} sources"
    return head + (f"{number(r['lowest'])} to {number(r['highest'])}, spread "
                   f"{number(r['spread'])} ({r['n_figures']} figures from {sources})")


MAX_PANELS = 12
competing = spread.filter(pl.col("n_figures") >= 2)
shown = (competing if competing.height and spread.height > MAX_PANELS else spread).sort(
    ["n_sources", "spread", "event", "category"], descending=[True, True, False, False],
    nulls_last=True).head(MAX_PANELS)
shown = spread.join(shown.select("event", "category"), on=["event", "category"], how="semi")
titles = {f"{r['event']} · {r['category']}": panel_title(r) for r in shown.iter_rows(named=True)}
claimed = claimed.filter(pl.col("panel").is_in(list(titles))).with_columns(
    panel=pl.col("panel").replace_strict(titles))
panel_order = list(titles.values())
print(f"charting {len(titles)} of {spread.height} event/category panels")
alt.data_transformers.disable_max_rows()
domain, palette = kind_colours(claimed["source_kind"].drop_nulls().unique())
kind_colour = alt.Color("source_kind:N", title="source kind",
                        scale=alt.Scale(domain=domain, range=palette))
tooltip = ["source:N", "via:N", "stance:N", "text:N", "value_low:Q", "value:Q", "value_high:Q",
           "kind:N", "subject:N", "origin:N"]

if claimed.height:
    data = claimed.select("panel", "label", "source", "via", "stance", "source_kind", "text",
                          "value_low", "value", "value_high", "high_drawn", "open_ended",
                          "kind", "subject", "origin")
    y = alt.Y("label:N", title=None, sort=alt.EncodingSortField("value", order="descending"),
              axis=alt.Axis(labelLimit=360))
    base = alt.Chart(data)
    interval = base.mark_rule(strokeWidth=3, opacity=0.6).encode(
        x=alt.X("value_low:Q", title="claimed number"), x2="high_drawn:Q", y=y,
        color=kind_colour, strokeDash=alt.StrokeDash(
            "open_ended:N", legend=None,
            scale=alt.Scale(domain=[False, True], range=[[1, 0], [4, 3]])),
        tooltip=tooltip)
    arrow = base.transform_filter("datum.open_ended").mark_point(
        shape="triangle-right", filled=True, size=60, opacity=1).encode(
        x="high_drawn:Q", y=y, color=kind_colour, tooltip=tooltip)
    stated = base.mark_point(filled=True, size=90, opacity=1, stroke="black",
                             strokeWidth=0.5).encode(
        x="value:Q", y=y, color=kind_colour, tooltip=tooltip)
    chart = (
        alt.layer(interval, arrow, stated, data=data)
        .properties(width=420)
        .facet(facet=alt.Facet("panel:N", title=None, sort=panel_order,
                               header=alt.Header(labelFontWeight="bold", labelAnchor="start",
                                                 labelFontSize=12)), columns=1)
        .resolve_scale(x="independent", y="independent")
    )
else:
    chart = alt.Chart(pl.DataFrame({"note": ["no figures in this package"]})).mark_text(
        size=16).encode(text="note:N").properties(width=420, height=60)

chart = chart.properties(title=alt.Title(
    "Competing figures: who claimed which numbers",
    subtitle="line: the interval the wording implies · dot: the stated number · "
             "dashed arrow: no upper bound",
    anchor="start")).configure(font="DejaVu Sans").configure_legend(symbolOpacity=1)
paths = save_chart(chart, "competing_figures", CHARTS)
print(*paths, sep="\n")
chart
