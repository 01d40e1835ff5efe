"""The bundled LLM's real answers to the example suites' question and trust probes (``tests/_llm_answers_2.json``,
pulled by ``scripts/extract_llm_answers.py`` without the plugin's verdicts and labelled by a person reading each
answer, committed before any scoring), read by the CURRENT ``expect`` checks (``_heldout_score.replay``). Rows
000-112 come from the main job's results; 113-171 from a seed-22 run's response cache, their probe context rebuilt
from the question (see the table's ``sources``).

First score (as labelled, before any change): ``tests/heldout_scores/llm_answers_2_first_score.txt``. Every row is
its own case, so a regression names the answer; the floors are the measured accuracy per kind (raised after the
v22c fixes: ``tests/heldout_scores/llm_answers_2_after_v22c.txt``).
"""

from __future__ import annotations

from collections import Counter

import _heldout_score as score
import pytest

ROWS, IDS = score.answer_table("_llm_answers_2.json")

#: Rows the current checks read differently from the label, kept as labelled (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {}  # refusals-024 ("... right now at the station at noon.") read since v22e

#: kind -> the share of rows read as labelled (measured on the first score; a drop fails).
FLOORS = {"answers": 86 / 86, "orders": 1.0, "counts": 5 / 5, "refusals": 36 / 36, "leaks": 1.0, "pairs": 6 / 6,
          "premise": 1.0}


def test_the_table_is_large_labelled_and_covers_every_kind() -> None:
    assert len(ROWS) >= 170
    kinds = Counter(r["kind"] for r in ROWS)
    assert set(kinds) == set(score.LABELS_2) | {"counts"}
    assert not score.label_problems(ROWS), score.label_problems(ROWS)


@pytest.mark.parametrize("row", score.row_params(list(zip(IDS, ROWS, strict=True)), KNOWN_MISSES))
def test_a_real_answer_is_read_as_labelled(row: dict) -> None:
    got = score.replay(row)
    assert got == row["label"], f"label {row['label']!r}, read {got!r}: {row['answer']!r}"


def test_accuracy_per_kind_holds_its_floor() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for r in ROWS:
        total[r["kind"]] += 1
        right[r["kind"]] += score.replay(r) == r["label"]
    low = {k: f"{right[k]}/{total[k]}" for k in total if right[k] / total[k] < FLOORS[k]}
    assert not low, low
