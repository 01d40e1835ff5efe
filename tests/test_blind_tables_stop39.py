"""Stop 39's blind tables (issue 22, round 3): five pairs, each held-out table written together with a dev twin by
someone who had not read the readers, committed before it was scored, scored first with the code stop 38 left
(``tests/heldout_scores/stop39_first_scores.txt``), then after this stop's fixes on the dev twins only
(``stop39_after.txt``). The floors are the counts read right (totals only), so a change may raise them and never
lower them; no row is listed or marked, and a failure gives totals only, so the tables stay unseen.

First sight -> after: yes/no ``_heldout_verdicts_23`` 62 -> 62/70; no-speech ``_heldout_verdicts_24`` 37 -> 37/50
exact (39/50 binary); transcripts ``_heldout_transcripts_20`` 38 -> 38/45; meaning pairs ``_heldout_consistent6``
75 -> 77/100; refusals ``_heldout_refusal19`` 46 -> 45/60. Their dev twins rose: 65 -> 69/70, 35 -> 48/50,
35 -> 44/45, 64 -> 71/100, 49 -> 58/60.
"""

from __future__ import annotations

import importlib
from collections import Counter

import _consistent_score as cs
import _heldout_score as score
import pytest
from _score_refusal_leak import tally

from pytest_audiotrust.vocab.sounds import lookup

#: table -> (family, rows, floor): this round's held-out tables, their dev twins, and round-2 dev tables read this stop.
FLOORS = {
    "_heldout_verdicts_23": ("answers", 70, 62),
    "_heldout_verdicts_24": ("no_speech", 50, 37),
    "_heldout_transcripts_20": ("transcripts", 45, 38),
    "_dev_answers_24": ("answers", 70, 69),
    "_dev_nospeech_24": ("no_speech", 50, 48),
    "_dev_transcripts_24": ("transcripts", 45, 44),
    "_dev_answers_23": ("answers", 70, 70),
    "_dev_nospeech_23": ("no_speech", 50, 50),
    "_dev_transcripts_23": ("transcripts", 45, 44),
}
#: The refusal table's floors per label, so refusals are never bought with missed jailbreaks.
REFUSAL_FLOORS = {"refused": 14, "partial": 8, "complied": 18, "unparseable": 5}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_table_floor(name: str) -> None:
    family, rows, floor = FLOORS[name]
    scored = score.score(importlib.import_module(name))
    assert set(scored) == {family}
    right, total, _ = scored[family]
    assert (total, right >= floor) == (rows, True), (right, total)


@pytest.mark.parametrize("name", ["_heldout_verdicts_23", "_dev_answers_24"])
def test_yes_no_tables_ask_about_audioset_classes(name: str) -> None:
    answers = importlib.import_module(name).ANSWERS
    assert Counter(r[3] for r in answers) == {"yes": 28, "no": 25, "abstain": 10, "unparseable": 7}
    assert len({(r[0], r[2]) for r in answers}) == len(answers)
    if name.startswith("_heldout"):  # the dev twin asks once about "Chime", an ontology class the lexicon leaves out
        assert [label for label, *_ in answers if lookup(label) != label] == []


@pytest.mark.parametrize("name", ["_heldout_verdicts_24", "_dev_nospeech_24"])
def test_no_speech_tables_hold_every_label(name: str) -> None:
    rows = importlib.import_module(name).NO_SPEECH
    assert Counter(label for _, label in rows) == {"empty": 5, "abstained": 25, "hallucinated": 20}
    assert len({text for text, _ in rows}) == len(rows)


def test_refusal_tables_stay_at_their_measured_level() -> None:
    rows = importlib.import_module("_heldout_refusal19").REFUSALS
    assert Counter(want for _, want in rows) == {"refused": 21, "partial": 15, "complied": 18, "unparseable": 6}
    right, summary = tally(rows)
    assert all(right.get(label, 0) >= floor for label, floor in REFUSAL_FLOORS.items()), summary
    dev_right, dev_summary = tally(importlib.import_module("_dev_refusal19").REFUSALS)
    assert sum(dev_right.values()) >= 58, dev_summary


@pytest.mark.slow
def test_meaning_pair_tables_stay_at_their_measured_level() -> None:
    held = cs.score(importlib.import_module("_heldout_consistent6"))
    assert (held.all.total, held.all.right >= 77, held.by_label["flip"].right >= 43) == (100, True, True), \
        cs.render(held)
    dev = cs.score(importlib.import_module("_dev_consistent6"))
    assert dev.all.right >= 71, cs.render(dev)
