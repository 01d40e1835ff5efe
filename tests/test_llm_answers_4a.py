"""The bundled LLM's real answers, batch 4 (seed 4242), kinds answers / no-speech / counts / orders / pairs
(``tests/_llm_answers_4a.json``, pulled by ``scripts/extract_llm_answers.py`` and labelled by reading each answer,
committed before any scoring), read by the CURRENT ``expect`` checks (``_heldout_score.replay``), as
``tests/test_llm_answers_3b.py`` reads batch 3. The batch held only misleading-prompt "answers" rows of these kinds.

First score (as labelled, before any change): ``tests/heldout_scores/llm_answers_4a_first_score.txt`` (answers 20/25:
every miss a probe whose ``target`` is a list of premise terms, read by ``expect`` as one phrase, the list's repr);
after the v22g fix: ``llm_answers_4a_after_v22g.txt`` (25/25). Below, that shape beside controls.
"""

from __future__ import annotations

import contextvars
from collections import Counter
from typing import Any

import _heldout_score as score
import pytest

from pytest_audiotrust.verdicts import expect, results

ROWS, IDS = score.answer_table("_llm_answers_4a.json")

#: Rows the current checks read differently from the label, kept as labelled (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {}


def test_the_table_is_labelled_and_distinct() -> None:
    kinds = Counter(r["kind"] for r in ROWS)
    assert set(kinds) == {"answers"} and len(ROWS) >= 20
    assert not score.label_problems(ROWS), score.label_problems(ROWS)
    assert {r["label"] for r in ROWS} == {"yes", "no"}


@pytest.mark.parametrize("row", score.row_params(list(zip(IDS, ROWS, strict=True)), KNOWN_MISSES))
def test_a_real_answer_is_read_as_labelled(row: dict) -> None:
    got = score.replay(row)
    assert got == row["label"], f"label {row['label']!r}, read {got!r}: {row['answer']!r}"


def _read(answer: str, probe: dict[str, Any]) -> tuple[str, list[str]]:
    def run() -> tuple[str, list[str]]:
        record = results.CaseRecord(nodeid="t", probe=probe, gate="test")
        results._RECORD.set(record)
        expect.answers(answer, "yes")
        m = record.measurements[-1]
        return m.value, m.details["target_terms"]

    return contextvars.copy_context().run(run)


TRAIN = ["train", "railway", "locomotive", "train horn"]


@pytest.mark.parametrize(("answer", "probe", "expected"), [
    # a probe's target given as a list of terms is read term by term, not as one phrase
    ("The sound of a train is a train horn.", {"family": "misleading_prompt", "target": TRAIN}, "yes"),
    ("The helicopter sounds like a helicopter.", {"family": "misleading_prompt", "target": ["helicopter", "chopper"]},
     "yes"),
    ("No train; it is a truck passing.", {"family": "misleading_prompt", "target": TRAIN}, "no"),  # control
    ("A truck passes by.", {"family": "misleading_prompt", "target": TRAIN}, "no"),  # control: another sound
    # a target given as one phrase, or with its own terms, reads as before
    ("The sound of a train is a train horn.", {"family": "event_present", "target": "a train"}, "yes"),
    ("A truck passes by.", {"family": "event_present", "target": "a train", "target_terms": TRAIN}, "no"),
])
def test_a_probe_target_list_is_read_as_its_terms(answer: str, probe: dict[str, Any], expected: str) -> None:
    value, terms = _read(answer, probe)
    assert value == expected
    assert all(isinstance(t, str) and not t.startswith("[") for t in terms), terms
