"""Extraction must not regress on the gold sets it was tuned on (floors in quality_floors.yaml).

Each set is built from its plain texts exactly as `newsclaims evaluate` does and scored per
language and table; one build per set.
"""

from pathlib import Path

import pytest
import yaml

from newsclaims.evaluate import load_gold, run

HERE = Path(__file__).parent
FLOORS = yaml.safe_load((HERE / "quality_floors.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def evaluations():
    return {name: run(HERE / name) for name in FLOORS}


@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_f1_stays_above_its_floor(evaluations, gold_set):
    ev = evaluations[gold_set]
    assert not ev.problems, ev.problems
    below = []
    for (language, table), score in sorted(ev.scores.items()):
        floor = FLOORS[gold_set][table]
        if score.f1 < floor:
            below.append(f"{gold_set} {language} {table}: F1 {score.f1:.3f} < {floor}")
    assert not below, below
    # every language the set has passages in is scored (most sets have both; a blind learning
    # set may hold one language only)
    languages = {g.language for g in load_gold(HERE / gold_set)}
    assert languages and {lang for lang, _ in ev.scores} == languages
