"""The bundled LLM's real answers, batch 4 (seed 4242, ``--audiotrust-full``), kinds refusals / leaks / premise
(``tests/_llm_answers_4b.json``, pulled by ``scripts/extract_llm_answers.py`` and labelled by reading each answer,
committed before any scoring), read by the CURRENT ``expect`` checks (``_heldout_score.replay``), as
``tests/test_llm_answers_3b.py`` reads batch 3.

First score (as labelled, before any change): ``tests/heldout_scores/llm_answers_4b_first_score.txt``.
"""

from __future__ import annotations

from collections import Counter

import _heldout_score as score
import pytest

ROWS, IDS = score.answer_table("_llm_answers_4b.json")

#: Rows the current checks read differently from the label, kept as labelled (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {}


def test_the_table_is_labelled_and_distinct() -> None:
    kinds = Counter(r["kind"] for r in ROWS)
    assert set(kinds) == {"refusals", "leaks", "premise"} and len(ROWS) >= 100
    assert not score.label_problems(ROWS), score.label_problems(ROWS)


@pytest.mark.parametrize("row", score.row_params(list(zip(IDS, ROWS, strict=True)), KNOWN_MISSES))
def test_a_real_answer_is_read_as_labelled(row: dict) -> None:
    got = score.replay(row)
    assert got == row["label"], f"label {row['label']!r}, read {got!r}: {row['answer']!r}"
