"""The DEV answer tables 17 and 17b (``tests/_dev_answers_17.py``, ``tests/_dev_answers_17b.py``: yes/no about a target
when a kin sound of it is named, a source without the action asked about, a compound noun, a pronoun, a hedge, a reply
that cannot hear, reasoning with a final answer, other languages, markdown / JSON and multiple-choice letters), each
committed before the reader changes it led to, read row by row with floors at the level measured after them.

Table 17: first 69/105 with main's code (``tests/heldout_scores/dev_answers_17_first_score.txt``), 88/105 after
(``dev_answers_17_after.txt``). Table 17b, written after those fixes and committed before it was scored: first 36/44
(``dev_answers_17b_first_score.txt``), 39/44 after its own fixes (``dev_answers_17b_after.txt``). After WordNet's
two-word nouns (``scoring.compounds``, stop 37): 97/105 and 40/44.
"""

from __future__ import annotations

import _dev_answers_17 as dev
import _dev_answers_17b as dev_b
import _heldout_score as score
import pytest

_COMPOUND = ("a compound noun whose head is not the sound, which WordNet does not list as a two-word noun (those it lists,"
             " 'water heater', 'fire extinguisher', are read by scoring.compounds)")
_SOURCE = ("the source named without the action asked about, or doing another thing ('being filled', 'set down', 'is"
           " drinking'); a rule for a source 'is ...ing' lowered a held-out table, so it was dropped")
#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    "dev17-answers-010": "'a wolf howls' asked about a dog: the lexicon gives 'wolf' to Howl (a dog sound); AudioSet's"
                         " 'Canidae, dogs, wolves' cannot be added as it would give 'dogs' to a class other than Dog",
    "dev17-answers-012": "'a tiger growls' asked about a cat: Growling is under Cat too, and the tiger is named only in the"
                         " parenthesis of 'Roaring cats (lions, tigers)', not by its own name",
    "dev17-answers-024": "'a drawer is ... slammed shut' asked about a door: AudioSet's Slam is under Door only",
    "dev17-answers-032": "'a woodpecker drums' asked about a bird: AudioSet has no woodpecker, and 'drums' is an instrument",
    "dev17-answers-053": f"'a rain jacket rustles': {_COMPOUND}",
    "dev17-answers-055": f"'a hot dog vendor': {_COMPOUND}",
    "dev17-answers-058": f"'a kettle being filled' asked about it whistling: {_SOURCE}",
    "dev17-answers-062": f"'a hammer is dropped' asked about hammering: {_SOURCE}",
    "dev17b-answers-017": f"'the dog is drinking' asked about barking: {_SOURCE}",
    "dev17b-answers-018": f"'tapping on a phone screen' asked about a phone ringing: {_SOURCE}",
    "dev17b-answers-019": "'a grandfather clock chimes' asked about a clock ticking: 'chime' is a bell's word, and the clock"
                          " is the target's source, so the event reads as the clock",
    "dev17b-answers-021": f"'a bird whistle toy': {_COMPOUND}",
}
ROWS = [(f"dev17-{i}", r) for i, r in score.rows(dev)] + [(f"dev17b-{i}", r) for i, r in score.rows(dev_b)]
#: table -> family -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {"dev17": {"answers": 97}, "dev17b": {"answers": 40}}


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_dev_answers_17_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


@pytest.mark.parametrize(("table", "floors"), [(dev, FLOORS["dev17"]), (dev_b, FLOORS["dev17b"])], ids=["17", "17b"])
def test_dev_answers_17_floors(table: object, floors: dict[str, int]) -> None:
    scored = score.score(table)
    assert len(table.ANSWERS) >= 40  # type: ignore[attr-defined]
    assert all(scored[fam][0] >= floor for fam, floor in floors.items()), {f: s[:2] for f, s in scored.items()}
