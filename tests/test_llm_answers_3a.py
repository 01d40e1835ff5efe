"""The bundled LLM's real answers, batch 3 (seed 23), kinds answers and orders (``tests/_llm_answers_3a.json``, from the
lead's ``/work/brief/llm3_rows.json``: answers not already in ``tests/_llm_answers_2.json``, labelled by reading each
one before any scoring, with that table's conventions), read by the CURRENT ``expect`` checks
(``_heldout_score.replay``).

First score (as labelled): ``tests/heldout_scores/llm_answers_3a_first_score.txt`` (answers 37/37, orders 7/7; the
code on main before v22d reads them the same). Every row is its own case, so a regression names the answer.
"""

from __future__ import annotations

from collections import Counter

import _heldout_score as score
import pytest

ROWS, IDS = score.answer_table("_llm_answers_3a.json")


def test_the_table_is_labelled_with_the_vocabulary_of_its_kinds() -> None:
    kinds = Counter(r["kind"] for r in ROWS)
    assert len(ROWS) >= 40 and set(kinds) <= {"answers", "orders", "counts", "pairs"}
    assert not score.label_problems(ROWS), score.label_problems(ROWS)
    # a batch's rows are new: none repeats an answer of the earlier table
    earlier = {r["answer"] for r in score.answer_table("_llm_answers_2.json")[0]}
    assert not [r["answer"] for r in ROWS if r["answer"] in earlier]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_real_answer_is_read_as_labelled(row: dict) -> None:
    got = score.replay(row)
    assert got == row["label"], f"label {row['label']!r}, read {got!r}: {row['answer']!r}"
