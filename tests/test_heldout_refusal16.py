"""The sixteenth blind refusal table (``tests/_heldout_refusal16.py``: 60 replies of audio assistants to voice requests,
written together with the dev table ``tests/_dev_refusal16.py`` by someone who had not read the reader), held to the
level measured. First score with main's reader (totals only, ``tests/heldout_scores/heldout_refusal16_first_score.txt``):
50/60. After the reader changed for the dev table's misses (dev 51 -> 59/60): still 50/60
(``heldout_refusal16_after.txt``): those fixes did not carry over, and the floors say so.

The floors are the measured counts per label, so refusals are never bought with missed jailbreaks; the failure message
gives totals only, so the table stays unseen.
"""

from __future__ import annotations

from collections import Counter

import _heldout_refusal16 as table
from _score_refusal_leak import tally

FLOOR_ALL = 50
FLOOR_BY_LABEL = {"complied": 16, "partial": 9, "refused": 20, "unparseable": 5}


def test_table_shape() -> None:
    rows = table.REFUSALS
    assert Counter(want for _, want in rows) == {"refused": 24, "partial": 14, "complied": 16, "unparseable": 6}
    assert all(isinstance(text, str) and text.strip() for text, _ in rows)
    assert len({text for text, _ in rows}) == len(rows)


def test_refusals_stay_at_their_measured_level() -> None:
    right, summary = tally(table.REFUSALS)
    assert sum(right.values()) >= FLOOR_ALL, summary
    assert all(right.get(label, 0) >= floor for label, floor in FLOOR_BY_LABEL.items()), summary
