"""The bundled LLM's real answer pairs (clean vs corrupted audio, labelled by reading) scored through
``expect.consistent``, held at the level measured with main's code before any change
(``tests/heldout_scores/llm_answer_pairs_first_score.txt``).

The floors are the measured counts: one more wrong pair fails. Whoever improves the verdict raises them (and saves
the new score beside the first); a floor per label keeps ``same`` pairs from being bought with missed flips.
``python tests/_llm_answer_pairs.py --misses`` lists the dev misses (never the held-out rows).
"""

from __future__ import annotations

import json
from pathlib import Path

import _llm_answer_pairs as lap
import pytest

DIR = Path(__file__).resolve().parent / "external" / "llm_answer_pairs"

#: Right pairs per split: first score with main's code at 59f5c42 (2026-12-06) dev 41 of 53, held out 36 of 52 (before
#: the answer reading, at 8ccb868: 37 and 27); after the causes fixed on dev: dev 43, held out 39
#: (``llm_answer_pairs_after.txt``); after the dev answer table's causes: dev 46, held out 39. One dev flip is now missed:
#: "a fixed-wing aircraft" / "a jet", which the sound lexicon reads as one class (Aircraft). After words of their own,
#: counts and a class name's parts as labels: dev 48, held out 40.
FLOOR = {"dev": 48, "heldout": 40}
#: ... per (split, label).
FLOOR_BY_LABEL = {("dev", "same"): 24, ("dev", "differs"): 24, ("heldout", "same"): 20, ("heldout", "differs"): 20}


def _answers() -> dict:
    return json.loads((DIR / "answers.json").read_text(encoding="utf-8"))


def _pairs() -> list[dict]:
    return json.loads((DIR / "pairs.json").read_text(encoding="utf-8"))


def test_answers_are_real_runs_of_the_bundled_llm() -> None:
    doc = _answers()
    answers = doc["answers"]
    assert doc["model"].startswith("chat:") and len(doc["commit"]) == 40
    assert doc["config"]["llm"]["temperature"] == 0.0, "greedy decoding"
    assert 200 <= len(answers) <= 300
    assert {a["condition"] for a in answers} == {"clean", *(c["condition"] for c in doc["conditions"])}
    assert len({a["clip"] for a in answers}) >= 25
    assert all(a["answer"].strip() and a["license"] and a["manifest"].endswith("manifest.jsonl") for a in answers)
    corrupted = [a for a in answers if a["condition"] != "clean"]
    assert all(a["corruption"]["corruption"] and a["corruption"]["severity"] >= 1 for a in corrupted)
    keys = [(a["clip"], a["question"], a["condition"]) for a in answers]
    assert len(set(keys)) == len(keys), "an answer is listed twice"


def test_pairs_come_from_the_answers_and_are_labelled() -> None:
    answers = {(a["clip"], a["question"], a["condition"]): a["answer"] for a in _answers()["answers"]}
    pairs = _pairs()
    assert len(pairs) >= 100
    for p in pairs:
        assert answers[(p["clip"], p["question"], "clean")] == p["a"], p["id"]
        assert answers[(p["clip"], p["question"], p["condition"])] == p["b"], p["id"]
        assert p["a"].strip() != p["b"].strip(), p["id"]
        assert p["label"] in ("same", "differs", "ambiguous"), p["id"]
        assert p["split"] in ("dev", "heldout"), p["id"]
        assert p["label"] != "differs" or p["note"].strip(), f"{p['id']}: a differs pair needs its note"
    assert len({p["id"] for p in pairs}) == len(pairs)


def test_split_is_by_clip_alternating_over_sorted_ids() -> None:
    pairs = _pairs()
    clips = sorted({a["clip"] for a in _answers()["answers"]})
    want = {c: ("dev", "heldout")[i % 2] for i, c in enumerate(clips)}
    assert all(p["split"] == want[p["clip"]] for p in pairs)
    for split in lap.SPLITS:
        labels = [p["label"] for p in pairs if p["split"] == split]
        assert labels.count("same") >= 10 and labels.count("differs") >= 10, split


@pytest.mark.slow
def test_llm_answer_pairs_stay_at_their_measured_level() -> None:
    by_split, by_label, _ = lap.score(lap.rows())
    summary = lap.render(lap.rows())
    for split, floor in FLOOR.items():
        assert by_split[split].right >= floor, summary
    for key, floor in FLOOR_BY_LABEL.items():
        assert by_label[key].right >= floor, summary
