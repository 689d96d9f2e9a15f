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
# # Who speaks: the sources behind the claims
#
# Which kinds of speaker the articles quote, in which language, and how often; which sources
# reach the articles second-hand and through whom; which claims the articles report as
# disputed or denied.
#
# The package is read through its `datapackage.json`, from `NEWSCLAIMS_PACKAGE` (default: the
# repository root); charts and tables go to `NEWSCLAIMS_CHARTS` (default: `notebooks/charts/`).

# %%
import altair as alt
import polars as pl

from newsclaims.explore import charts_dir, kind_colours, package_dir, read_tables, save_chart

PACKAGE = package_dir()
CHARTS = charts_dir()
tables = read_tables(PACKAGE)
articles, sources, claims, figures = (tables[n] for n in ("articles", "sources", "claims", "figures"))
print(f"package: {PACKAGE}")
print({name: df.height for name, df in tables.items()})

# %% [markdown]
# ## Claims per source
#
# Every claim with its source, the source's kind and the language of the article it is in.

# %%
named = sources.select(
    "source_id", pl.coalesce("name_en", "name").alias("source"), "kind", "named", "registered"
)
said = (
    claims.join(named, on="source_id", how="left")
    .join(articles.select("article_id", "language"), on="article_id", how="left")
)
per_source = (
    said.group_by("source_id", "source", "kind", "named", "registered")
    .agg(
        claims=pl.len(),
        articles=pl.col("article_id").n_unique(),
        languages=pl.col("language").unique().sort().str.join(", "),
        disputed_or_denied=(pl.col("stance") != "asserted").sum(),
    )
    .join(
        figures.join(claims.select("claim_id", "source_id"), on="claim_id")
        .group_by("source_id").agg(figures=pl.len()),
        on="source_id", how="left",
    )
    .with_columns(pl.col("figures").fill_null(0))
    .sort(["claims", "source_id"], descending=[True, False])
)
per_source.write_csv(CHARTS / "who_speaks_sources.csv")
per_source

# %% [markdown]
# ## Sources by kind and language
#
# How many distinct sources of each kind speak in each language, and how many claims they
# make. Sources that appear only as relays are counted under Relays, not here.

# %%
by_kind = (
    said.group_by("kind", "language")
    .agg(sources=pl.col("source_id").n_unique(), claims=pl.len())
    .sort("kind", "language")
)
by_kind.write_csv(CHARTS / "who_speaks_kinds.csv")
by_kind

# %% [markdown]
# ## Relays: who is quoted through whom
#
# A claim reported second-hand ("the ministry said, according to AFP") has a `via_source_id`:
# the relaying outlet or speaker.

# %%
relays = (
    claims.filter(pl.col("via_source_id").is_not_null())
    .join(named.select("source_id", "source"), on="source_id", how="left")
    .join(named.select(pl.col("source_id").alias("via_source_id"), pl.col("source").alias("via"),
                       pl.col("kind").alias("via_kind")), on="via_source_id", how="left")
    .group_by("via_source_id", "via", "via_kind", "source_id", "source")
    .agg(claims=pl.len(), articles=pl.col("article_id").n_unique())
    .sort(["claims", "via_source_id", "source_id"], descending=[True, False, False])
)
relays.write_csv(CHARTS / "who_speaks_relays.csv")
print(f"{relays['claims'].sum()} of {claims.height} claims are relayed")
relays

# %% [markdown]
# ## Disputed and denied claims
#
# Claims the article presents as doubted or contested (`disputed`) or rejected (`denied`),
# with the figures they contain.

# %%
contested = (
    said.filter(pl.col("stance") != "asserted")
    .join(
        figures.group_by("claim_id").agg(
            figures=pl.format("{} {}", "text", "category").str.join("; ")),
        on="claim_id", how="left",
    )
    .select("claim_id", "article_id", "language", "source", "kind", "stance", "cue", "text",
            "figures")
    .sort("article_id", "claim_id")
)
contested.write_csv(CHARTS / "who_speaks_contested.csv")
contested

# %% [markdown]
# ## Chart: who speaks, how often, in which language

# %%
alt.data_transformers.disable_max_rows()
domain, palette = kind_colours(said["kind"].drop_nulls().unique())
colour = alt.Color("kind:N", title="source kind", scale=alt.Scale(domain=domain, range=palette))

if said.height:
    per_claim = said.select("source", "kind", "language", "stance")
    n_sources = per_claim["source"].n_unique()
    sources_bar = alt.Chart(per_claim).mark_bar().encode(
        x=alt.X("count():Q", title="claims", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("source:N", title=None, sort="-x", axis=alt.Axis(labelLimit=300)),
        color=colour,
        column=alt.Column("language:N", title="article language"),
        tooltip=["source:N", "kind:N", "language:N", "count():Q"],
    ).properties(width=240, height=alt.Step(18) if n_sources > 1 else 30,
                 title="Claims per source")
    kinds_bar = alt.Chart(per_claim).mark_bar().encode(
        x=alt.X("count():Q", title="claims", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("kind:N", title=None, sort="-x"),
        color=alt.Color("stance:N", title="stance",
                        scale=alt.Scale(domain=["asserted", "disputed", "denied"],
                                        range=["#d0d0d0", "#7a7a7a", "#262626"])),
        order=alt.Order("stance:N", sort="ascending"),
        tooltip=["kind:N", "stance:N", "count():Q"],
    ).properties(width=240, title="Claims per kind of source, by stance")
    chart = alt.vconcat(sources_bar, kinds_bar).resolve_scale(color="independent")
else:
    chart = alt.Chart(pl.DataFrame({"note": ["no claims in this package"]})).mark_text(
        size=16).encode(text="note:N").properties(width=420, height=60)

chart = chart.properties(title=alt.Title("Who speaks", anchor="start")).configure(
    font="DejaVu Sans")
paths = save_chart(chart, "who_speaks", CHARTS)
print(*paths, sep="\n")
chart
