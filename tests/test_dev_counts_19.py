"""The DEV table 19 (``tests/_dev_counts_19.py``: counts, temporal-order and speaker-pair answers in real answer
styles), committed before the readers were opened and read row by row, with floors at the level measured after the
fixes it led to; and each order / speaker-pair shape its misses exposed, checked on sentences that are not rows of the
table beside look-alike controls (the count shapes are in ``tests/test_count_parser.py``).

First score with main's code (``tests/heldout_scores/dev_counts_19_first_score.txt``): counts 37/55, orders 26/30,
pairs 26/28; after (``dev_counts_19_after.txt``): counts 54/55, orders 30/30, pairs 28/28. A second batch
(``tests/_dev_counts_19b.py``), written after those fixes and committed before it was scored: first counts 15/19,
orders 8/9, pairs 6/8 (``dev_counts_19b_first_score.txt``); after its own fixes 18/19, 9/9, 8/8
(``dev_counts_19b_after.txt``). A third (``tests/_dev_counts_19c.py``), written after the second batch's fixes: first
13/16, 8/8, 7/8 (``dev_counts_19c_first_score.txt``); after its own fixes 16/16, 8/8, 8/8.
"""

from __future__ import annotations

import _dev_counts_19 as dev
import _dev_counts_19b as dev_b
import _dev_counts_19c as dev_c
import _heldout_score as score
import pytest

from pytest_audiotrust.scoring.order import read_order, read_pair

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    "dev19-counts_target-04": "'The doorbell rings about five times.': the project reads a bare approximation as the count"
                              " ('Roughly 4.' is 4 in tests/test_count_parser.py); only one the reply calls an estimate or"
                              " inexact abstains",
}
ROWS = [(f"dev19-{i}", r) for i, r in score.rows(dev)]
#: family -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {"counts": 54, "orders": 30, "pairs": 28}
#: The second batch, written after those fixes and scored once before its own (first: counts 15/19, orders 8/9, pairs 6/8).
KNOWN_MISSES_B = {
    "dev19b-counts_target-04": "'The doorbell is pressed twice, but the second press doesn't produce a ring': one of the"
                               " counted occurrences is taken back by a later clause; no rule subtracts it",
}
ROWS_B = [(f"dev19b-{i}", r) for i, r in score.rows(dev_b)]
FLOORS_B = {"counts": 18, "orders": 9, "pairs": 8}
#: The third batch, written after the second batch's fixes and scored once before its own (first: counts 13/16, orders
#: 8/8, pairs 7/8).
ROWS_C = [(f"dev19c-{i}", r) for i, r in score.rows(dev_c)]
FLOORS_C = {"counts": 16, "orders": 8, "pairs": 8}


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_dev_counts_19_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_dev_counts_19_floors() -> None:
    scored = score.score(dev)
    assert len(dev.COUNTS_WITH_TARGET) >= 50 and len(dev.ORDERS) >= 25 and len(dev.PAIRS) >= 25
    assert all(scored[fam][0] >= floor for fam, floor in FLOORS.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize("row", score.row_params(ROWS_B, KNOWN_MISSES_B) + score.row_params(ROWS_C, {}))
def test_dev_counts_19b_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


@pytest.mark.parametrize(("table", "floors"), [(dev_b, FLOORS_B), (dev_c, FLOORS_C)], ids=["second", "third"])
def test_later_batches_floors(table: object, floors: dict[str, int]) -> None:
    scored = score.score(table)
    assert all(scored[fam][0] >= floor for fam, floor in floors.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # an order stated only in doubt abstains
    ("Hard to be sure, but the dog might bark first.", "abstain"),
    ("The dog barks first, I am sure of it.", "yes"),  # control
    # a self-correction after a leading answer word is the answer
    ("No, the siren came first. Wait, listening again, the dog barks before the siren.", "yes"),
    ("No, the siren came first.", "no"),  # control
    # a JSON reply's events with their start fields
    ('{"timeline": [{"event": "siren", "onset": 0.4}, {"event": "dog bark", "onset": 2.0}]}', "no"),
    ('{"timeline": [{"event": "dog bark", "onset": 0.4}, {"event": "siren", "onset": 2.0}]}', "yes"),
    # shapes from the second batch: an answer word the stated order contradicts is no answer
    ("Yes. The siren comes first and the dog barks after it.", "unparseable"),
    ("Yes. The dog barks first, then the siren.", "yes"),  # control
])
def test_order_shapes(text: str, expected: str) -> None:
    assert read_order(text, "a dog barking", "a siren", "before")[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # voices described as different kinds of speaker are two people
    ("Clip one is a little girl; clip two is an elderly man.", "no"),
    ("Clip one is a man, and clip two is also a man.", "unparseable"),  # control: the same kind says nothing
    ("A man and a woman speak in the first clip; the second has only the woman.", "unparseable"),  # control
    # a doubt a contrast raises after the verdict leaves it open
    ("It is the same voice, though it might be a voice clone.", "abstain"),
    ("It is the same voice, though the second clip is quieter.", "yes"),  # control: the contrast is no doubt
    # shapes from the second batch: an adverb opening a statement is no answer word; accents are kinds of voice
    ("Likely the same speaker; the pitch matches.", "yes"),
    ("Probably different people.", "no"),
    ("Clip A has an Irish accent; clip B sounds Australian.", "no"),
    # shapes from the third batch: a difference in how the voice is delivered is no other speaker
    ("It is the same speaker talking at different paces.", "yes"),
    ("Different speakers, talking at the same pace.", "no"),  # control
])
def test_speaker_pair_shapes(text: str, expected: str) -> None:
    assert read_pair(text)[0] == expected
