"""The fourteenth held-out sets (``tests/_heldout_verdicts_14.py``: yes/no, no-speech, counts; and
``tests/_heldout_transcripts_14.py``: wrapped transcripts), written blind in the styles of Voxtral, Phi-4-multimodal,
Kimi-Audio, Step-Audio, MiniCPM-o, Audio Flamingo, GPT-4o voice mode and Gemini markdown, and committed before they
were scored. Scored once with main's code (``tests/heldout_scores/fourteenth_set_first_score.txt``, totals only):
answers 77/86, no-speech 20/29, counts 15/17, transcripts 31/43. The floors below are those counts, so a change may
raise them and never lower them; no row is listed or marked, so the sets stay unseen.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_transcripts_14 as transcripts
import _heldout_verdicts_14 as fourteen
import pytest

from pytest_audiotrust.vocab.sounds import lookup

#: (table module, family -> rows read right, the floor a change may not go below): at first sight answers 77, no-speech
#: 20, counts 15, transcripts 31 (`fourteenth_set_first_score.txt`); after this round 77, 25, 15, 34
#: (`fourteenth_set_after.txt`); after the next round 78, 27, 15, 37; after the round of dev table 19, transcripts 38;
#: after stop 38 transcripts 39 (`stop38_after.txt`).
FLOORS = [
    (fourteen, {"answers": 78, "no_speech": 27, "counts": 15}),
    (transcripts, {"transcripts": 39}),
]


@pytest.mark.parametrize(("module", "floors"), FLOORS, ids=["verdicts_14", "transcripts_14"])
def test_fourteenth_set_floors(module: object, floors: dict[str, int]) -> None:
    scored = score.score(module)
    assert set(scored) == set(floors)
    assert all(scored[fam][0] >= floor for fam, floor in floors.items()), {f: s[:2] for f, s in scored.items()}


def test_fourteenth_verdict_table_shape() -> None:
    answers, no_speech, counts = fourteen.ANSWERS, fourteen.NO_SPEECH, fourteen.COUNTS_WITH_TARGET
    assert (len(answers), len(no_speech), len(counts), len(fourteen.COUNTS)) == (86, 29, 17, 0)
    assert {r[3] for r in answers} == {fourteen.YES, fourteen.NO, fourteen.ABSTAIN, fourteen.UNPARSEABLE}
    assert {r[1] for r in no_speech} == {fourteen.EMPTY, fourteen.ABSTAINED, fourteen.HALLUCINATED}
    assert all((isinstance(n, int) and n >= 0) or n == fourteen.ABSTAIN for _, n, _ in counts)
    assert [label for label, *_ in answers if lookup(label) != label] == []  # every target an AudioSet display name
    assert len({(r[0], r[2]) for r in answers}) == len(answers)
    assert len({t for t, _ in no_speech}) == len(no_speech) and len({t for t, *_ in counts}) == len(counts)


def test_fourteenth_transcript_table_shape() -> None:
    rows = transcripts.TRANSCRIPTS
    assert len(rows) == 43 and sum(words is None for _, words in rows) == 6
    assert len({reply for reply, _ in rows}) == len(rows)
    assert all(words is None or words.strip() for _, words in rows)
