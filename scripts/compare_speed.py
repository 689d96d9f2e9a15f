"""Compare the extraction speed of two source trees, interleaved in one process.

    .venv/bin/python scripts/compare_speed.py OTHER_SCRIPTS_DIR [--rounds 3] [--synth 1000] [--rules-differ]

OTHER_SCRIPTS_DIR is the `scripts/` folder of another checkout (e.g. a `git worktree` of main);
this checkout's own `scripts/` is the other side. Both packages are imported side by side (each
under its own copy of sys.modules) and extract the same texts — a synthetic corpus (synth.py,
written to /tmp) and the gold texts of tests/gold* — in alternating batches of 50 articles, so
a machine shared with other jobs slows both sides alike. Prints CPU ms per article of each side
and their ratio, and checks that both return equal extractions of every text, synthetic and gold
(a speed change must not change the output).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BATCH = 50


def _load(scripts_dir: Path) -> tuple:
    """Import newsclaims (and every extraction module) from scripts_dir; returns
    (extract_article, registry, the modules)."""
    for k in [k for k in sys.modules if k == "newsclaims" or k.startswith("newsclaims.")]:
        del sys.modules[k]
    sys.path.insert(0, str(scripts_dir))
    try:
        ex = importlib.import_module("newsclaims.extract")
        for f in sorted((scripts_dir / "newsclaims" / "extract").glob("*.py")):
            importlib.import_module("newsclaims.extract." + f.stem)  # no lazy import later
        mods = {k: v for k, v in sys.modules.items()
                if k == "newsclaims" or k.startswith("newsclaims.")}
        return ex.extract_article, ex.load_registry(), mods
    finally:
        sys.path.remove(str(scripts_dir))


def _texts(n_synth: int) -> dict[str, list[tuple[str, str]]]:
    from newsclaims.evaluate import load_gold
    from newsclaims.ingest import discover, ingest_files
    from newsclaims.synth import make_corpus

    corpus = Path("/tmp/newsclaims-compare") / f"corpus-{n_synth}"
    if len(list(corpus.glob("b*.txt"))) != n_synth:
        make_corpus(corpus, n_synth)
    articles, _ = ingest_files(discover(corpus))
    gold = [(g.text, g.language) for d in sorted((HERE.parent / "tests").glob("gold*"))
            for g in load_gold(d)]
    return {"synthetic": [(a.text, a.language) for a in articles], "gold": gold}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("other", type=Path, help="scripts/ folder of the other checkout")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--synth", type=int, default=1000, help="synthetic articles (default 1000)")
    p.add_argument("--rules-differ", action="store_true",
                   help="the two trees have different rules (e.g. the start and the end of a "
                        "tuning round): time them without requiring equal extractions")
    a = p.parse_args(argv)
    other = _load(a.other.resolve())
    this = _load(HERE)
    sides = {"other": other, "this": this}
    texts = _texts(a.synth)  # (this checkout's reader and generator)
    for name, (fn, reg, mods) in sides.items():  # warm: lexicons, caches; same output
        sys.modules.update(mods)
        out = {label: [repr(fn(t, lang, reg)) for t, lang in docs] for label, docs in texts.items()}
        if name == "other":
            first = out
            continue
        differ = [label for label in texts if out[label] != first[label]]
        if differ and not a.rules_differ:
            sys.exit("the two checkouts extract different claims or figures from the "
                     + " and the ".join(f"{label} texts" for label in differ))
    for label, docs in texts.items():
        cpu = dict.fromkeys(sides, 0.0)
        for _ in range(a.rounds):
            for b in range(0, len(docs), BATCH):
                order = list(sides) if (b // BATCH) % 2 else list(sides)[::-1]
                for name in order:
                    fn, reg, mods = sides[name]
                    sys.modules.update(mods)
                    t0 = time.process_time()
                    for t, lang in docs[b:b + BATCH]:
                        fn(t, lang, reg)
                    cpu[name] += time.process_time() - t0
        n = len(docs) * a.rounds
        print(f"{label} ({len(docs)} articles x {a.rounds}): other {1000 * cpu['other'] / n:.3f}, "
              f"this {1000 * cpu['this'] / n:.3f} ms CPU/article; this/other "
              f"{cpu['this'] / cpu['other']:.3f}")


if __name__ == "__main__":
    main()
