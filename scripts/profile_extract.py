"""Profile extraction over the gold texts: `.venv/bin/python scripts/profile_extract.py [MB] [--top N]`.

Repeats the texts of tests/gold, tests/gold_b and tests/gold_d (never gold_c, the blind set)
to about MB megabytes of UTF-8 (default 2), times extract_article over them (claims + figures,
one core, warm lexicons), then runs cProfile once and prints the hottest functions.

Prints ms of CPU per 2 KB (2,048 UTF-8 bytes) per language and overall, the extrapolated
articles/s of ~2 KB on 2 cores, the share of the figure parser, and the top functions.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from newsclaims.evaluate import load_gold
from newsclaims import extract as _extract
from newsclaims.extract import extract_article
from newsclaims.extract import figures as _figures
from newsclaims.extract.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
GOLD = ("gold", "gold_b", "gold_d")


def corpus(mb: float) -> list[tuple[str, str]]:
    texts = [(g.text, g.language) for d in GOLD for g in load_gold(ROOT / "tests" / d)]
    out, size, k = [], 0, 0
    while size < mb * 1e6:
        t = texts[k % len(texts)]
        out.append(t)
        size += len(t[0].encode("utf-8"))
        k += 1
    return out


def timed(docs, reg) -> float:
    t0 = time.process_time()
    for text, lang in docs:
        extract_article(text, lang, reg)
    return time.process_time() - t0


def main(argv: list[str]) -> None:
    top = 25
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
        del argv[argv.index("--top") : argv.index("--top") + 2]
    mb = float(argv[0]) if argv else 2.0
    reg = load_registry()
    docs = corpus(mb)
    for text, lang in docs[:50]:  # warm: lexicons, caches
        extract_article(text, lang, reg)
    total_kb = sum(len(t.encode("utf-8")) for t, _ in docs) / 2048
    rows = []
    for lang in ("ar", "en"):
        sub = [d for d in docs if d[1] == lang]
        kb = sum(len(t.encode("utf-8")) for t, _ in sub) / 2048
        rows.append((lang, len(sub), kb, min(timed(sub, reg) for _ in range(3))))
    cpu = sum(r[3] for r in rows)
    # the figure parser's share: the same run with the parser switched off
    real = _figures.find_figures
    _figures.find_figures = lambda *a, **k: ()
    _extract._STAGES.clear()  # extract_article looks its stages up once: again, patched
    try:
        no_fig = min(timed(docs, reg) for _ in range(2))
    finally:
        _figures.find_figures = real
        _extract._STAGES.clear()
    print(f"{len(docs)} articles, {total_kb * 2048 / 1e6:.2f} MB UTF-8 (gold texts repeated)")
    for lang, n, kb, s in rows:
        print(f"  {lang}: {n} articles, {s * 1000 / kb:.3f} ms CPU per 2 KB")
    per2k = cpu * 1000 / total_kb
    print(f"  all: {per2k:.3f} ms CPU per 2 KB; figures {(cpu - no_fig) * 1000 / total_kb:.3f} ms of it")
    print(f"  => {2 * 1000 / per2k:,.0f} articles/s of 2 KB on 2 cores (extraction only, extrapolated)")
    prof = cProfile.Profile()
    prof.enable()
    for text, lang in docs:
        extract_article(text, lang, reg)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    print(buf.getvalue())


if __name__ == "__main__":
    main(sys.argv[1:])
