"""Count the CPU instructions of one steady pass of extraction, for one or more source trees.

    .venv/bin/python scripts/count_instructions.py [OTHER_SCRIPTS_DIR ...] [--articles 300]

Timing on a shared 2-core machine varies by 2-3 % between runs of the same code, which hides
most single speed changes. valgrind's callgrind counts instructions instead: the same count for
the same code and inputs, whatever else the machine is doing. For each tree (this checkout's
`scripts/` first, then each OTHER_SCRIPTS_DIR, e.g. the `scripts/` of a `git worktree` of an
older commit) it extracts the first N articles of a synthetic corpus (synth.py, in /tmp) once to
load and warm everything, then once more inside `itertools.starmap`, and counts only that second
pass (`--toggle-collect=starmap_next`). Needs valgrind (Debian: `apt-get install valgrind`);
takes about three minutes per tree at 300 articles.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_ROOT = Path("/tmp/newsclaims-instructions")

# Runs inside valgrind, in a fresh interpreter whose PYTHONPATH is the tree measured.
_PASS = """
import itertools, sys
from pathlib import Path
from newsclaims.extract import extract_article, load_registry
from newsclaims.ingest import discover, ingest_files
articles, _ = ingest_files(discover(Path(sys.argv[1]))[:int(sys.argv[2])])
registry = load_registry()
for a in articles:  # warm pass: lexicons loaded, rules compiled, caches filled (not counted)
    extract_article(a.text, a.language, registry)
list(itertools.starmap(extract_article, [(a.text, a.language, registry) for a in articles]))
"""


def count(scripts_dir: Path, corpus: Path, n: int) -> int:
    """Instructions of the counted pass over the first n articles of `corpus`, with the
    newsclaims package of `scripts_dir`."""
    with tempfile.TemporaryDirectory() as tmp:
        script, out = Path(tmp) / "pass.py", Path(tmp) / "callgrind.out"
        script.write_text(_PASS, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(scripts_dir), PYTHONHASHSEED="0")
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=starmap_next", f"--callgrind-out-file={out}",
             sys.executable, str(script), str(corpus), str(n)],
            capture_output=True, text=True, env=env, cwd=tmp)
        found = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
        if proc.returncode != 0 or found is None:
            raise RuntimeError(f"valgrind failed for {scripts_dir}:\n{proc.stderr[-2000:]}")
        return int(found.group(1))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("others", nargs="*", type=Path, help="other trees' scripts/ folders")
    p.add_argument("--articles", type=int, default=300)
    a = p.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from newsclaims.synth import make_corpus

    corpus = CORPUS_ROOT / f"corpus-{a.articles}"
    if len(list(corpus.glob("b*.txt"))) != a.articles:
        make_corpus(corpus, a.articles)
    trees = [HERE, *(o.resolve() for o in a.others)]
    first = None
    for tree in trees:
        n = count(tree, corpus, a.articles)
        first = first or n
        print(f"{n / 1e6:12,.1f} M instructions  {n / a.articles / 1e3:8,.0f} k per article  "
              f"{n / first:6.3f} of the first  {tree}", flush=True)


if __name__ == "__main__":
    main()
