"""Benchmark: `newsclaims validate` against plain `frictionless validate` on a big valid package.

Generates a synthetic, valid package of about `--figures` figure rows (default 1 million: 20 k
articles of 10 claims with 5 figures each, half English, half Arabic, composed from templates),
then times both commands on it, each as a fresh process (imports included), and prints the
times and their ratio. Not a test: it takes minutes.

    .venv/bin/python scripts/bench_validate.py [--figures 1000000] [--out /tmp/newsclaims-bench]
        [--repeat 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from newsclaims.package import write_package
from newsclaims.schema import ARTICLES, CLAIMS, FIGURES, SOURCES, row_id
from newsclaims.tables import polars_schema

import polars as pl

CLAIMS_PER_ARTICLE = 10
CATEGORIES = ("killed", "wounded", "missing", "detained", "displaced")
# Composed templates: a speaker, a cue, then five counted numbers in the content.
EN = ("{s} said ", "{0} people were killed, {1} wounded, {2} missing, {3} detained and {4} "
      "displaced in the district.")
AR = ("قال {s} إن ", "{0} شخصا قتلوا وأصيب {1} وفقد {2} واعتقل {3} ونزح {4} من المنطقة.")
SOURCES_EN = [f"the district office {i}" for i in range(50)]
SOURCES_AR = [f"المكتب المحلي {i}" for i in range(50)]
BV = Path(__file__).resolve().parents[1] / ".venv" / "bin"


def generate(n_figures: int, out: Path, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    n_articles = max(1, n_figures // (CLAIMS_PER_ARTICLE * len(CATEGORIES)))
    art = {f.name: [] for f in ARTICLES.fields}
    cl = {f.name: [] for f in CLAIMS.fields}
    fig = {f.name: [] for f in FIGURES.fields}
    k = 0
    for a in range(n_articles):
        lang = "ar" if a % 2 else "en"
        aid = f"bench-{a:06d}"
        (head, body), names = (AR, SOURCES_AR) if lang == "ar" else (EN, SOURCES_EN)
        parts: list[str] = []
        pos = 0
        for _ in range(CLAIMS_PER_ARTICLE):
            sid_n = k % len(names)
            k += 1
            name = names[sid_n]
            nums = [str(rng.randint(1, 999)) for _ in CATEGORIES]
            lead = head.format(s=name)
            content = body.format(*nums)
            ss = pos + lead.index(name)
            cue = "said" if lang == "en" else "قال"
            cs = pos + lead.index(cue)
            s = pos + len(lead)
            e = s + len(content)
            cid = row_id(aid, "c", s, e)
            for col, v in (("claim_id", cid), ("article_id", aid),
                           ("source_id", f"{lang}-office-{sid_n:02d}"), ("via_source_id", None),
                           ("source_text", name), ("source_start", ss),
                           ("source_end", ss + len(name)), ("cue", cue), ("cue_start", cs),
                           ("cue_end", cs + len(cue)), ("text", content), ("char_start", s),
                           ("char_end", e), ("quote", "indirect"), ("stance", "asserted"),
                           ("rule", "bench.template"), ("origin", "extracted")):
                cl[col].append(v)
            search = 0
            for num, cat in zip(nums, CATEGORIES, strict=True):
                i = content.index(num, search)
                search = i + len(num)
                fs = s + i
                val = float(num)
                for col, v in (("figure_id", row_id(aid, "f", fs, fs + len(num))),
                               ("claim_id", cid), ("article_id", aid), ("text", num),
                               ("char_start", fs), ("char_end", fs + len(num)), ("value_low", val),
                               ("value", val), ("value_high", val), ("kind", "exact"),
                               ("category", cat), ("subject", None), ("rule", "bench.template"),
                               ("origin", "extracted")):
                    fig[col].append(v)
            sentence = lead + content + " "
            parts.append(sentence)
            pos += len(sentence)
        text = "".join(parts).rstrip(" ")
        for col, v in (("article_id", aid), ("url", None), ("outlet", None), ("title", None),
                       ("language", lang), ("published", "2025-01-01"),
                       ("published_basis", "stated"), ("retrieved", None), ("license", None),
                       ("notes", None), ("source_file", f"{aid}.txt"), ("n_chars", len(text)),
                       ("sha256", hashlib.sha256(text.encode("utf-8")).hexdigest()),
                       ("text", text)):
            art[col].append(v)
    src = {f.name: [] for f in SOURCES.fields}
    for lang, names in (("en", SOURCES_EN), ("ar", SOURCES_AR)):
        for i, name in enumerate(names):
            for col, v in (("source_id", f"{lang}-office-{i:02d}"), ("name", name),
                           ("name_en", None), ("kind", "official"), ("named", True),
                           ("side", None), ("registered", False)):
                src[col].append(v)
    tables = {t.name: pl.DataFrame(d, schema=polars_schema(t))
              for t, d in ((ARTICLES, art), (SOURCES, src), (CLAIMS, cl), (FIGURES, fig))}
    if out.exists():
        shutil.rmtree(out)
    write_package(tables, out)
    return {name: df.height for name, df in tables.items()}


def timed(cmd: list[str]) -> tuple[float, int, str]:
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "False"}
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return time.perf_counter() - t0, proc.returncode, proc.stdout + proc.stderr


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--figures", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/newsclaims-bench"))
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each command this many times and keep the fastest (shared machines)")
    ap.add_argument("--skip-frictionless", action="store_true",
                    help="only time newsclaims validate")
    args = ap.parse_args()

    t0 = time.perf_counter()
    counts = generate(args.figures, args.out)
    size = sum(p.stat().st_size for p in (args.out / "data").glob("*.csv"))
    print(f"generated {args.out} in {time.perf_counter() - t0:.1f} s: "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + f"; {size / 1e6:.0f} MB of CSV")

    ours, rc, out = min(timed([str(BV / "newsclaims"), "validate", str(args.out), "--json"])
                        for _ in range(args.repeat))
    try:
        layers = json.loads(out[out.index("{"):])["timings"]
    except ValueError:
        layers = {}
    print(f"newsclaims validate:   {ours:7.1f} s  (exit {rc}; "
          + ", ".join(f"{k} {v:.1f} s" for k, v in layers.items()) + ")")
    if rc != 0:
        print(out[-3000:])
    if args.skip_frictionless:
        return rc
    fl, frc, fout = min(timed([str(BV / "frictionless"), "validate",
                               str(args.out / "datapackage.json")]) for _ in range(args.repeat))
    rows = sum(counts.values())
    print(f"frictionless validate: {fl:7.1f} s  (exit {frc}; {rows / fl:,.0f} rows/s)")
    if frc != 0:
        print(fout[-2000:])
    print(f"ratio: newsclaims validate is {fl / ours:.1f}x faster than frictionless validate")
    return rc


if __name__ == "__main__":
    sys.exit(main())
