"""Session 15's build pipeline changes: one mapping of field types to polars and pyarrow column
types (schema.COLUMN_TYPES), pool workers that build Arrow tables without importing pandas,
and shards made in the building process itself (the serial runner, a mended shard entry) as
polars frames, uncut. The output must not change by a byte (tests/test_shards_on_workers.py
and test_parallel.py compare serial, pool, Dask and cached builds)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import polars as pl
import pytest

from newsclaims import build as build_module
from newsclaims.build import _plan_pieces, shard_step
from newsclaims.cache import arrow_table, dumps, frame_from_bytes
from newsclaims.schema import ARTICLES, CLAIMS, COLUMN_TYPES, FIGURES, SOURCES
from newsclaims.tables import polars_schema

# Composed for this test (not from any article).
TEXTS = (
    ("p1", "en", "The health ministry said on Monday that 12 people were killed in the city.\n"
                 "Residents said dozens of homes were damaged.\n"),
    ("p2", "ar", "وقالت وزارة الصحة إن 7 أشخاص قتلوا وأصيب 20 آخرون في القصف.\n"),
    ("p3", "en", "The weather stayed mild all week and the market reopened.\n"),  # no claim
    ("p4", "en", "Police said at least 3 people were arrested after the protest.\n"),
)


def test_every_field_type_has_one_polars_and_one_arrow_type():
    used = {f.type for t in (ARTICLES, SOURCES, CLAIMS, FIGURES) for f in t.fields}
    assert used <= set(COLUMN_TYPES), used - set(COLUMN_TYPES)
    for table in (CLAIMS, FIGURES):
        empty = pl.from_arrow(arrow_table(table, [[] for _ in table.fields]))
        assert dict(empty.schema) == polars_schema(table)  # the same types, whichever library


def test_worker_tables_equal_the_frames_built_here():
    members = [(aid, lang, text, None) for aid, lang, text in TEXTS]
    outcomes, claims, figures, sources = shard_step(members, None, store=True, ipc=True)
    here = shard_step(members, None, store=True, ipc=False)
    assert isinstance(claims, bytes) and isinstance(here[1], pl.DataFrame)
    assert frame_from_bytes(claims).equals(here[1]) and frame_from_bytes(figures).equals(here[2])
    assert sources == here[3] and [ok for ok, _ in outcomes] == [True] * 4
    assert here[1].height >= 3 and here[2].height >= 4  # claims of p1, p2, p4; their figures
    assert "p3" not in set(here[1]["article_id"])  # no speaker, no claim
    assert here[2]["value"].null_count() == 0 and here[2]["value_high"].null_count() > 0
    # members whose entry is cached are read from it, not extracted again
    cached = [(aid, lang, "", dumps(build_module.extract_step(
        build_module._Member(aid, lang, text), None))) for aid, lang, text, _ in members]
    again = shard_step(cached, None, store=True, ipc=False)
    assert again[1].equals(here[1]) and again[2].equals(here[2])
    assert [v for _, v in again[0]] == [None] * 4  # nothing new to store


def test_one_worker_gets_whole_shards_and_several_get_pieces_near_the_end():
    ranges = [(0, 250), (250, 500), (500, 520)]
    assert _plan_pieces(ranges, workers=1) == [[r] for r in ranges]
    assert len(_plan_pieces(ranges, workers=2)[1]) > 1


def test_pool_workers_build_arrow_tables_without_importing_pandas():
    # A fresh interpreter: this test process may have imported pandas already (the workers
    # would then inherit it, and there would be nothing to skip).
    code = textwrap.dedent("""
        import sys
        from newsclaims.build import shard_step
        from newsclaims.parallel import ProcessRunner
        
        def pandas_here():
            return "pandas" in sys.modules

        runner = ProcessRunner(None, 1)
        try:
            part = runner.call(shard_step, [("p1", "en", "Police said 3 people were hurt.\\n",
                                              None)], store=True, ipc=True).result()
            print(len(part[1]) > 0, runner._pool.submit(pandas_here).result())
        finally:
            runner.close()
        import pyarrow as pa
        print("pandas" in sys.modules, type(pa.table({"a": [1]}).to_pandas()).__name__)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    # the worker built the shard's Arrow tables without pandas; here pandas still imports when
    # asked for (explicitly)
    assert out.stdout.split("\n")[:2] == ["True False", "False DataFrame"], out.stdout


def test_skipping_the_probe_is_a_no_op_once_pandas_is_imported():
    pytest.importorskip("pandas")
    from newsclaims.cache import skip_pandas_probe

    skip_pandas_probe()  # pandas is in sys.modules: nothing is hidden, nothing changes
    assert "pandas" in sys.modules
    import pyarrow as pa

    assert type(pa.table({"a": [1]}).to_pandas()).__name__ == "DataFrame"
