"""The fifteenth held-out sets (``tests/_heldout_verdicts_15.py``: yes/no, no-speech, counts; and
``tests/_heldout_transcripts_15.py``: wrapped transcripts), written blind in the styles of Qwen2.5-Omni, SALMONN-13B,
LTU / LTU-AS, Pengi, WavLLM, Ultravox, LLaMA-Omni, Mini-Omni, Gemini 2.5 Flash, GPT-4o-mini-audio, Claude behind an
ASR cascade and product assistants, and committed before they were scored. Scored once with main's code
(``tests/heldout_scores/fifteenth_set_first_score.txt``, totals only): answers 143/154, no-speech 15/41, counts 27/30,
transcripts 37/51. The floors below are those counts, so a change may raise them and never lower them; no row is
listed or marked, so the sets stay unseen.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_transcripts_15 as transcripts
import _heldout_verdicts_15 as fifteen
import pytest

from pytest_audiotrust.vocab.sounds import lookup

#: (table module, family -> rows read right, the floor a change may not go below): at first sight answers 143,
#: no-speech 15, counts 27, transcripts 37 (`fifteenth_set_first_score.txt`); at the end of that round answers 145,
#: transcripts 39 (`fifteenth_set_after.txt`); after the round of dev table 19 (markers of unheard words, markdown
#: field tables, quotes inside narration, replies saying there is no speech) transcripts 42; after stop 38 answers 146,
#: transcripts 45 (`stop38_after.txt`).
FLOORS = [
    (fifteen, {"answers": 146, "no_speech": 15, "counts": 27}),
    (transcripts, {"transcripts": 45}),
]


@pytest.mark.parametrize(("module", "floors"), FLOORS, ids=["verdicts_15", "transcripts_15"])
def test_fifteenth_set_floors(module: object, floors: dict[str, int]) -> None:
    scored = score.score(module)
    assert set(scored) == set(floors)
    assert all(scored[fam][0] >= floor for fam, floor in floors.items()), {f: s[:2] for f, s in scored.items()}


def test_fifteenth_verdict_table_shape() -> None:
    answers, no_speech, counts = fifteen.ANSWERS, fifteen.NO_SPEECH, fifteen.COUNTS_WITH_TARGET
    assert (len(answers), len(no_speech), len(counts), len(getattr(fifteen, "COUNTS", []))) == (154, 41, 30, 0)
    assert {r[3] for r in answers} == {fifteen.YES, fifteen.NO, fifteen.ABSTAIN, fifteen.UNPARSEABLE}
    assert {r[1] for r in no_speech} == {fifteen.EMPTY, fifteen.ABSTAINED, fifteen.HALLUCINATED}
    assert all((isinstance(n, int) and n >= 0) or n == fifteen.ABSTAIN for _, n, _ in counts)
    assert all(target.strip() for *_, target in counts)
    assert [label for label, *_ in answers if lookup(label) != label] == []  # every target an AudioSet display name
    assert len({(r[0], r[2]) for r in answers}) == len(answers)
    assert len({t for t, _ in no_speech}) == len(no_speech) and len({t for t, *_ in counts}) == len(counts)


def test_fifteenth_transcript_table_shape() -> None:
    rows = transcripts.TRANSCRIPTS
    assert len(rows) == 51 and sum(words is None for _, words in rows) == 7
    assert len({reply for reply, _ in rows}) == len(rows)
    assert all(words is None or words.strip() for _, words in rows)
