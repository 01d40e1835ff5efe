"""The sixteenth held-out transcript set (``tests/_heldout_transcripts_16.py``), written blind alongside the dev table
``tests/_dev_transcripts_19.py`` in the wrappers of Qwen2-Audio, Qwen2.5-Omni, Voxtral, GPT-4o-audio, Gemini, SALMONN,
Phi-4-multimodal, Ultravox, Kimi-Audio, Step-Audio and product assistants, and scored before the extractor changed
for the dev table's misses (``tests/heldout_scores/heldout_transcripts_16_first_score.txt``, totals only): 36/55.
After that change: 44/55 (``heldout_transcripts_16_after.txt``). The floor is the count after, so a change may raise
it and never lower it; no row is listed or marked, so the set stays unseen.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_transcripts_16 as sixteen

#: Rows read right at first sight, and the floor a change may not go below.
FIRST, FLOOR = 36, 44


def test_sixteenth_transcript_set_floor() -> None:
    right, total, _ = score.score(sixteen)["transcripts"]
    assert total == 55 and right >= FLOOR > FIRST, (right, total)


def test_sixteenth_transcript_table_shape() -> None:
    rows = sixteen.TRANSCRIPTS
    assert len(rows) == 55 and sum(words is None for _, words in rows) == 11
    assert len({reply for reply, _ in rows}) == len(rows)
    assert all(words is None or words.strip() for _, words in rows)
