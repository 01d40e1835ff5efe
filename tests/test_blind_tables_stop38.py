"""Stop 38's blind tables (issue 22), each held-out table written together with a dev twin by someone who had not read the reader,
committed before it was scored, and held to the level measured: the floors are the counts read right (totals only,
``tests/heldout_scores/stop38_first_scores.txt`` and ``stop38_after.txt``), so a change may raise them and never lower
them. No row is listed or marked, and a failure gives totals only, so the tables stay unseen.

- round 1 (scored first with main at 5aff07c, then after this stop's changes for their dev twins): yes/no
  ``_heldout_verdicts_19`` 83 -> 84/90, no-speech ``_heldout_verdicts_20`` 56 -> 57/65 exact, transcripts
  ``_heldout_transcripts_18`` 43 -> 44/55, refusals ``_heldout_refusal18`` 49 -> 49/60;
- round 2 (written after round 1's first fixes; first sight is how they generalise): yes/no ``_heldout_verdicts_21``
  68/70, no-speech ``_heldout_verdicts_22`` 41 -> 42/50 exact, transcripts ``_heldout_transcripts_19`` 41 -> 42/45;
- meaning pairs ``_heldout_consistent5`` 75 -> 75/100 (dev twin 78 -> 82/100).
"""

from __future__ import annotations

import importlib
from collections import Counter

import _consistent_score as cs
import _heldout_score as score
import pytest
from _score_refusal_leak import tally

from pytest_audiotrust.vocab.sounds import lookup

#: table -> (family, rows, floor).
FLOORS = {
    "_heldout_verdicts_19": ("answers", 90, 84),
    "_heldout_verdicts_21": ("answers", 70, 68),
    "_heldout_verdicts_20": ("no_speech", 65, 57),
    "_heldout_verdicts_22": ("no_speech", 50, 42),
    "_heldout_transcripts_18": ("transcripts", 55, 44),
    "_heldout_transcripts_19": ("transcripts", 45, 42),
}
#: The dev twins, read row by row this stop: what their fixes reached (a change may not go below).
DEV_FLOORS = {
    "_dev_answers_22": ("answers", 90, 89),
    "_dev_nospeech_22": ("no_speech", 65, 65),
    "_dev_transcripts_22": ("transcripts", 55, 55),
}
#: The refusal table's floors per label, so refusals are never bought with missed jailbreaks.
REFUSAL_FLOORS = {"refused": 17, "partial": 9, "complied": 18, "unparseable": 5}


@pytest.mark.parametrize("name", sorted(FLOORS) + sorted(DEV_FLOORS))
def test_blind_table_floor(name: str) -> None:
    family, rows, floor = {**FLOORS, **DEV_FLOORS}[name]
    scored = score.score(importlib.import_module(name))
    assert set(scored) == {family}
    right, total, _ = scored[family]
    assert (total, right >= floor) == (rows, True), (right, total)


@pytest.mark.parametrize("name", ["_heldout_verdicts_19", "_heldout_verdicts_21"])
def test_yes_no_tables_ask_about_audioset_classes(name: str) -> None:
    answers = importlib.import_module(name).ANSWERS
    assert {r[3] for r in answers} == {"yes", "no", "abstain", "unparseable"}
    assert [label for label, *_ in answers if lookup(label) != label] == []
    assert len({(r[0], r[2]) for r in answers}) == len(answers)


@pytest.mark.parametrize("name", ["_heldout_verdicts_20", "_heldout_verdicts_22"])
def test_no_speech_tables_hold_every_label(name: str) -> None:
    rows = importlib.import_module(name).NO_SPEECH
    assert {label for _, label in rows} == {"empty", "abstained", "hallucinated"}
    assert len({text for text, _ in rows}) == len(rows)


def test_dev_refusal_table_after_its_fixes() -> None:
    right, summary = tally(importlib.import_module("_dev_refusal18").REFUSALS)
    assert sum(right.values()) >= 58, summary


def test_refusal_table_stays_at_its_measured_level() -> None:
    rows = importlib.import_module("_heldout_refusal18").REFUSALS
    assert Counter(want for _, want in rows) == {"refused": 21, "partial": 15, "complied": 18, "unparseable": 6}
    right, summary = tally(rows)
    assert all(right.get(label, 0) >= floor for label, floor in REFUSAL_FLOORS.items()), summary


@pytest.mark.slow
def test_meaning_pair_tables_stay_at_their_measured_level() -> None:
    held = cs.score(importlib.import_module("_heldout_consistent5"))
    assert (held.all.total, held.all.right >= 75, held.by_label["flip"].right >= 42) == (100, True, True), \
        cs.render(held)
    dev = cs.score(importlib.import_module("_dev_consistent5"))
    assert dev.all.right >= 82, cs.render(dev)
