"""DEV table 18 and batch 18b (task h32): no-speech replies (no speech said in other languages, Whisper closings in
other languages, captions, JSON / YAML, SRT / VTT, tone commentary, lyrics) and wrapped transcripts (labels in other
languages, translations, speaker turns with times, quotes with a manner, lyrics, list items)
(``tests/_dev_nospeech_18.py``, ``tests/_dev_transcripts_18.py``, ``..._18b.py``), committed and scored before the
reader changes they led to, read row by row with floors at the level measured after.

First scores: table 18 with main's code no-speech 52/67, transcripts 41/56 (``dev_18_first_score.txt``); batch 18b
after the table 18 fixes no-speech 30/31, transcripts 24/26 (``dev_18b_first_score.txt``); batch 18c (no-speech, after
the 18b fixes) 15/18 (``dev_18c_first_score.txt``); after: ``dev_18_after.txt``, ``dev_18b_after.txt``,
``dev_18c_after.txt``.
"""

from __future__ import annotations

import _dev_nospeech_18 as nospeech
import _dev_nospeech_18b as nospeech_b
import _dev_nospeech_18c as nospeech_c
import _dev_transcripts_18 as transcripts
import _dev_transcripts_18b as transcripts_b
import _heldout_score as score
import pytest

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {}
ROWS = [(f"dev18-{i}", r) for i, r in score.rows(nospeech) + score.rows(transcripts)] \
    + [(f"dev18b-{i}", r) for i, r in score.rows(nospeech_b) + score.rows(transcripts_b)] \
    + [(f"dev18c-{i}", r) for i, r in score.rows(nospeech_c)]
#: (table, family) -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {("18", "no_speech"): 67, ("18", "transcripts"): 56, ("18b", "no_speech"): 31, ("18b", "transcripts"): 26,
          ("18c", "no_speech"): 18}


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_dev18_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_dev18_floors() -> None:
    scored = {("18", f): s for f, s in {**score.score(nospeech), **score.score(transcripts)}.items()}
    scored |= {("18b", f): s for f, s in {**score.score(nospeech_b), **score.score(transcripts_b)}.items()}
    scored |= {("18c", f): s for f, s in score.score(nospeech_c).items()}
    assert set(scored) == set(FLOORS)
    assert all(scored[key][0] >= floor for key, floor in FLOORS.items()), {k: s[:2] for k, s in scored.items()}
