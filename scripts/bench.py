"""Benchmark newsclaims on synthetic corpora: `.venv/bin/python scripts/bench.py 1000 10000 100000`.

See scripts/newsclaims/bench.py (also `newsclaims bench`)."""

from newsclaims.bench import main

if __name__ == "__main__":
    main()
