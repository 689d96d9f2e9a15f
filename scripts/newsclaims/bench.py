"""Benchmark: build and validate synthetic corpora of N articles and print one table.

    .venv/bin/python scripts/bench.py 1000 10000 100000      (or: newsclaims bench ...)

For each N: generate the corpus (synth.py; /tmp/newsclaims-perf, never data/), then, each in a
fresh process (so peak memory is per run and nothing is warm that a user's run would not have):
a cold build (empty cache), validation of its package, a rebuild with nothing changed, a rebuild
through the whole pipeline with every article cached (what a change of packaging code costs), and
a rebuild with one article changed. As a reference it times spaCy's `blank("xx")` tokenizer and
our extraction, both on one core, on the same sample of texts. Costs per million articles are
extrapolated from the measured throughput, and labelled so.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_ROOT = Path("/tmp/newsclaims-perf")
SAMPLE = 3000  # articles for the single-core extraction vs. spaCy comparison
USD_PER_CORE_HOUR = 0.04  # assumption for the cost column (on-demand cloud vCPU, 2026 prices)


def _rss_mib() -> tuple[float, float]:
    """Peak RSS of this process and of its largest child (workers), in MiB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def child(argv: list[str]) -> None:
    """One measured step in a fresh process; prints one JSON line."""
    p = argparse.ArgumentParser()
    p.add_argument("step", choices=["build", "validate", "sample"])
    p.add_argument("--corpus", type=Path)
    p.add_argument("--out", type=Path)
    p.add_argument("--cache-dir", type=Path)
    p.add_argument("--jobs", type=int)
    a = p.parse_args(argv)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    t0 = time.perf_counter()
    result: dict = {}
    if a.step == "build":
        from newsclaims.build import build_package

        result["import_s"] = time.perf_counter() - t0
        r = build_package(a.corpus, a.out, validate=False, jobs=a.jobs, cache_dir=a.cache_dir)
        result.update({"timings": r.timings, "counts": r.counts, "cache": r.cache,
                       "unchanged": r.unchanged, "errors": len(r.errors),
                       "build_s": time.perf_counter() - t0 - result["import_s"]})
    elif a.step == "validate":
        from newsclaims.validate import validate_package

        v = validate_package(a.out)
        result = {"ok": v.ok, "failures": [str(f)[:300] for f in v.failures]}
    else:
        result = _sample(a.corpus)
    result["seconds"] = time.perf_counter() - t0
    result["rss_mib"], result["workers_rss_mib"] = _rss_mib()
    print(json.dumps(result))


def _sample(corpus: Path) -> dict:
    """Single-core extraction vs. spaCy blank("xx") tokenizer on the same texts."""
    import spacy

    from newsclaims.extract import extract_article, load_registry
    from newsclaims.ingest import discover, ingest_files

    articles, _ = ingest_files(discover(corpus)[:SAMPLE])
    registry = load_registry()
    extract_article(articles[0].text, articles[0].language, registry)  # load lexicons first
    t = time.perf_counter()
    for a in articles:
        extract_article(a.text, a.language, registry)
    ours = time.perf_counter() - t
    nlp = spacy.blank("xx")
    nlp.tokenizer(articles[0].text)
    t = time.perf_counter()
    tokens = sum(len(nlp.tokenizer(a.text)) for a in articles)
    spacy_s = time.perf_counter() - t
    return {"n": len(articles), "ours_s": ours, "spacy_s": spacy_s, "tokens": tokens,
            "mb": sum(len(a.text.encode("utf-8")) for a in articles) / 1e6}


def _run(*args: str | Path) -> dict:
    cmd = [sys.executable, "-m", "newsclaims.bench", "_child", *map(str, args)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_one(n: int, root: Path, jobs: int, log=print) -> dict:
    from newsclaims.synth import make_corpus

    corpus, out, cache = root / f"corpus-{n}", root / f"out-{n}", root / f"cache-{n}"
    if len(list(corpus.glob("b*.txt"))) != n or (corpus / ".changed").exists():
        make_corpus(corpus, n)
        (corpus / ".changed").unlink(missing_ok=True)
    for d in (out, cache, root / f"out-{n}-warm"):
        shutil.rmtree(d, ignore_errors=True)
    input_mb = sum(p.stat().st_size for p in corpus.glob("b*.txt")) / 1e6
    row: dict = {"n": n, "input_mb": input_mb, "jobs": jobs}
    log(f"[{n}] cold build")
    row["cold"] = _run("build", "--corpus", corpus, "--out", out, "--cache-dir", cache,
                       "--jobs", jobs)
    log(f"[{n}] validate")
    row["validate"] = _run("validate", "--out", out)
    log(f"[{n}] rebuild, nothing changed")
    row["nochange"] = _run("build", "--corpus", corpus, "--out", out, "--cache-dir", cache,
                           "--jobs", jobs)
    log(f"[{n}] rebuild through the pipeline, every article cached")
    row["warm"] = _run("build", "--corpus", corpus, "--out", root / f"out-{n}-warm",
                       "--cache-dir", cache, "--jobs", jobs)
    shutil.rmtree(root / f"out-{n}-warm", ignore_errors=True)
    log(f"[{n}] rebuild, one article changed")
    changed = sorted(corpus.glob("b*.txt"))[n // 2]
    changed.write_text(changed.read_text(encoding="utf-8")
                       + "The governor said 41 people were killed on Monday.\n", encoding="utf-8")
    (corpus / ".changed").touch()  # regenerate next time
    row["one"] = _run("build", "--corpus", corpus, "--out", out, "--cache-dir", cache,
                      "--jobs", jobs)
    log(f"[{n}] single-core sample vs spaCy")
    row["sample"] = _run("sample", "--corpus", corpus)
    row["cache_mb"] = sum(p.stat().st_size for p in cache.glob("*")) / 1e6
    row["package_mb"] = sum(p.stat().st_size for p in (out / "data").glob("*.csv")) / 1e6
    return row


def summarise(row: dict, usd_per_core_hour: float = USD_PER_CORE_HOUR) -> dict:
    n, cold = row["n"], row["cold"]
    extract_s = cold["timings"]["extract"]
    build_s = cold["build_s"]  # in-process: without interpreter start-up and imports
    validate_s = row["validate"]["seconds"]
    sample = row["sample"]
    per_article = (build_s + validate_s) / n
    core_hours = per_article * 1e6 / 3600 * row["jobs"]
    peak = max(row[k]["rss_mib"] for k in ("cold", "nochange", "warm", "one"))
    units_2kb = row["input_mb"] * 1e6 / 2048  # the corpus in 2 KB units
    return {
        "articles": n,
        "extract articles/s": n / extract_s,
        # what the corpus asks of extraction (a corpus denser in claims is slower per article)
        "corpus claims per 2 KB": row["cold"]["counts"]["claims"] / units_2kb,
        "corpus figures per 2 KB": row["cold"]["counts"]["figures"] / units_2kb,
        "extract MB/s": row["input_mb"] / extract_s,
        "full build s": build_s,
        "python start + imports s": cold["import_s"],
        "validation s": validate_s,
        "build+validate s": build_s + validate_s,
        "build peak RSS MiB (main process)": peak,
        "build peak RSS MiB (a worker)": cold["workers_rss_mib"],
        "validation peak RSS MiB": row["validate"]["rss_mib"],
        "no-change rebuild s": row["nochange"]["build_s"],
        "no-change % of full": 100 * row["nochange"]["build_s"] / build_s,
        "all-cached rebuild s": row["warm"]["build_s"],
        "one-changed rebuild s": row["one"]["build_s"],
        "1-core extract ms/article": 1000 * sample["ours_s"] / sample["n"],
        "1-core spaCy tokenizer ms/article": 1000 * sample["spacy_s"] / sample["n"],
        "extract / spaCy tokenizer": sample["ours_s"] / sample["spacy_s"],
        "per 1M articles h (extrapolated)": per_article * 1e6 / 3600,
        "per 1M articles core-h (extrapolated)": core_hours,
        f"per 1M articles USD at {usd_per_core_hour}/core-h (extrapolated)":
            core_hours * usd_per_core_hour,
        "cache MB": row["cache_mb"],
        "package MB": row["package_mb"],
    }


def render(summaries: list[dict]) -> str:
    keys = list(summaries[0])
    width = max(map(len, keys))
    lines = [f"{'':{width}}  " + "  ".join(f"{s['articles']:>10,}" for s in summaries)]
    for k in keys[1:]:
        cells = []
        for s in summaries:
            v = s[k]
            cells.append(f"{v:>10,.0f}" if abs(v) >= 100 else f"{v:>10.3g}")
        lines.append(f"{k:{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_child":
        return child(argv[1:])
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    p.add_argument("--json", type=Path, help="Also write the raw measurements here.")
    p.add_argument("--table", type=Path, help="Only print the table of an earlier --json.")
    a = p.parse_args(argv)
    if a.table:
        print(render([summarise(r) for r in json.loads(a.table.read_text())]))
        return
    if a.root.resolve().is_relative_to(Path(__file__).resolve().parents[2] / "data"):
        p.error("generated corpora never go under data/")
    load_before = os.getloadavg()[0]
    rows = [bench_one(n, a.root, a.jobs, log=lambda m: print(m, file=sys.stderr, flush=True))
            for n in a.sizes]
    if a.json:
        a.json.write_text(json.dumps(rows, indent=2))
    print(f"newsclaims bench: {os.cpu_count()} CPUs, --jobs {a.jobs}, "
          f"{time.strftime('%Y-%m-%d')}, commit {_commit()}, load average before/after "
          f"{load_before:.1f}/{os.getloadavg()[0]:.1f} (other processes share the CPUs)")
    print(render([summarise(r) for r in rows]))
    for r in rows:
        if not r["validate"]["ok"]:
            print(f"note: the {r['n']:,}-article package failed validation: "
                  f"{'; '.join(r['validate']['failures'])[:500]}")


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, cwd=Path(__file__).parent).stdout.strip() or \
            os.environ.get("NEWSCLAIMS_COMMIT", "?")
    except OSError:
        return os.environ.get("NEWSCLAIMS_COMMIT", "?")


if __name__ == "__main__":
    main()
