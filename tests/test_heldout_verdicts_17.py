"""The seventeenth held-out set (``tests/_heldout_verdicts_17.py``: 65 outputs of audio models played a clip with no
speech and asked to transcribe it), written blind together with its dev twin ``tests/_dev_nospeech_20.py`` in the
styles of Whisper (tags, captions, phantom closings and subtitle credits in several languages, repetition loops),
faster-whisper / WhisperX segments, SRT / WebVTT cues, Qwen2-Audio, Qwen2.5-Omni, SALMONN, Gemini, GPT-4o-audio,
Voxtral, product assistants and LLMs behind an ASR cascade, and committed before it was scored. Scored once with
main's code (``tests/heldout_scores/seventeenth_set_first_score.txt``, totals only): 57/65 exact, 57/65 binary
(hallucinated or not). The floor below is the binary count, so a change may raise it and never lower it; no row is
listed or marked, so the set stays unseen.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_verdicts_17 as seventeen

#: rows whose reading is right on the question that matters (did the model put words in the silence?): empty and
#: abstained count alike. At first sight 57 of 65 (`seventeenth_set_first_score.txt`); 65 after its misses were read as
#: dev (quotes mentioned, not said; speech supposed or missed; hedged descriptions, list bullets, "only" after a verb of
#: hearing in another language).
FLOOR = 65


def test_seventeenth_set_binary_floor() -> None:
    rows = seventeen.NO_SPEECH
    right = sum((score.no_speech_verdict(text) == "hallucinated") == (label == "hallucinated") for text, label in rows)
    assert right >= FLOOR, f"{right}/{len(rows)} < floor {FLOOR}"


def test_seventeenth_set_shape() -> None:
    rows = seventeen.NO_SPEECH
    assert len(rows) == 65
    assert {label for _, label in rows} == {seventeen.EMPTY, seventeen.ABSTAINED, seventeen.HALLUCINATED}
    assert len({text for text, _ in rows}) == len(rows)
