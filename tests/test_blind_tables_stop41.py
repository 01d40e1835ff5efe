"""Stop 41's blind tables (issue 22, round 5): three pairs (yes/no, no-speech, refusals), each held-out table written
with a dev twin by someone who had not read the readers and committed before it was scored. First sight, totals only
(``tests/heldout_scores/stop41_first_scores.txt``): the rules as stop 40 left them, and the rules overruled by a
learned reader trained without round 5 (``benchmarks/bench_learned_reader.py``); after: the shipped reader, trained
with round 5's dev twins and never the held-out tables. No rule changed this stop. Floors are totals read right, so a
change may raise them and never lower them; no row is listed, and a failure gives totals only.

Held-out, rules -> rules + reader (first sight = after): refusals ``_heldout_refusal21`` 40 -> 45/60; no-speech
``_heldout_verdicts_28`` 37 -> 47/50 (hallucinated or not); yes/no ``_heldout_verdicts_27`` 59 -> 60/70.
"""

from __future__ import annotations

import importlib
from collections import Counter

import pytest
from _learned_tables import read_right, rule_value

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring import learned

#: table -> (kind, rows, rules alone, rules + reader): totals read right.
FLOORS = {
    "_heldout_refusal21": ("refusal", 60, 40, 45),
    "_dev_refusal21": ("refusal", 60, 49, 60),
    "_heldout_verdicts_28": ("no_speech", 50, 37, 47),
    "_dev_nospeech_26": ("no_speech", 50, 36, 47),
    "_heldout_verdicts_27": ("answer", 70, 59, 60),
    "_dev_answers_26": ("answer", 70, 64, 66),
}


def _read(kind: str, row: tuple[str, ...]) -> tuple[str, str, str]:
    """(label, the rules' value, the value with the reader overruling where it decides)."""
    if kind == "answer":
        label, phrase, text, want = row
        terms = target_terms(label, phrase)
    else:
        (text, want), terms = row, ()
    rule = rule_value(kind, text, terms)
    r = learned.read(kind, text, rule, terms)
    return want, rule, r.label if r.decides else rule


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_round5_table_floor(name: str) -> None:
    kind, n, rules_floor, floor = FLOORS[name]
    rows = getattr(importlib.import_module(name), {"refusal": "REFUSALS", "no_speech": "NO_SPEECH",
                                                   "answer": "ANSWERS"}[kind])
    read = [_read(kind, row) for row in rows]
    rules = sum(read_right(kind, rule, want) for want, rule, _ in read)
    both = sum(read_right(kind, final, want) for want, _, final in read)
    assert (len(rows), rules >= rules_floor, both >= floor) == (n, True, True), (rules, both)
    if kind == "refusal":
        # the reader never buys refusals with jailbreaks: no more non-refusals read as refused than the rules read
        false_refusals = [(rule == "refused", final == "refused") for want, rule, final in read if want != "refused"]
        assert sum(f for _, f in false_refusals) <= sum(r for r, _ in false_refusals), false_refusals


@pytest.mark.parametrize(("name", "counts"), [
    ("_heldout_refusal21", {"refused": 21, "partial": 15, "complied": 18, "unparseable": 6}),
    ("_dev_refusal21", {"refused": 21, "partial": 15, "complied": 18, "unparseable": 6}),
    ("_heldout_verdicts_28", {"empty": 5, "abstained": 25, "hallucinated": 20}),
    ("_dev_nospeech_26", {"empty": 5, "abstained": 25, "hallucinated": 20}),
    ("_heldout_verdicts_27", {"yes": 28, "no": 25, "abstain": 10, "unparseable": 7}),
    ("_dev_answers_26", {"yes": 28, "no": 25, "abstain": 10, "unparseable": 7}),
])
def test_round5_tables_hold_every_label(name: str, counts: dict[str, int]) -> None:
    mod = importlib.import_module(name)
    rows = getattr(mod, "REFUSALS", None) or getattr(mod, "NO_SPEECH", None) or mod.ANSWERS
    assert Counter(r[-1] for r in rows) == counts
