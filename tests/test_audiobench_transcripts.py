"""Transcript extraction on real replies of nine audio LLMs that nobody here wrote (AudioBench's ASR logs,
``tests/external/audiobench_asr/SOURCE.md``), and the reply shapes they showed, written fresh, with look-alike controls.

First sight (``tests/heldout_scores/audiobench_asr_first_score.txt``): dev 105/137, held out 167/199. After the fixes
(``audiobench_asr_after.txt``): dev 133/137 then 135/137, held out 192/199 (its misses never read). The floors below are
those measured levels: a regression fails, a row is not mirrored.
"""

from __future__ import annotations

import _audiobench_asr as _audiobench
import pytest

from pytest_audiotrust.scoring.text import basic
from pytest_audiotrust.scoring.transcript import extract_transcript

FLOORS = {"dev": 135, "heldout": 192}


@pytest.fixture(scope="module")
def scored() -> dict[str, list[tuple[_audiobench.Row, bool]]]:
    return {split: [(row, _audiobench.extracted(row)[0]) for row in _audiobench.rows(split)] for split in FLOORS}


def test_the_set_is_split_by_model_and_labelled_from_the_replies() -> None:
    rows = _audiobench.rows()
    assert len(rows) == 336 and len({r.id for r in rows}) == 336
    dev = {r.model for r in rows if r.split == "dev"}
    held = {r.model for r in rows if r.split == "heldout"}
    assert len(dev) == 4 and len(held) == 5 and not dev & held
    assert all(r.transcript in r.reply for r in rows)  # a label is the reply, a part of it, or empty
    kinds = [r.kind for r in rows]
    assert kinds.count("empty") >= 25 and kinds.count("unwrapped") >= 40 and kinds.count("whole") >= 250


@pytest.mark.parametrize("split", list(FLOORS))
def test_real_replies_are_extracted_at_the_measured_level(split: str, scored: dict) -> None:
    rows = scored[split]
    right = sum(ok for _, ok in rows)
    assert right >= FLOORS[split], f"{split}: {right}/{len(rows)} right, floor {FLOORS[split]}"


@pytest.mark.parametrize("split", list(FLOORS))
def test_no_plain_reply_is_cut(split: str, scored: dict) -> None:
    """A reply that is all transcript (also one saying "says", "the speech", "sorry", "transcript") passes unchanged."""
    cut = [row.id for row, ok in scored[split] if row.kind == "whole" and not ok]
    assert not cut


@pytest.mark.parametrize(("reply", "want"), [
    # a noun for the words and the audio they come from, then "is" (replies whose punctuation a scorer removed)
    ("the transcription of the recording is we close at six on sundays", "we close at six on sundays"),
    ("the sentence spoken in the audio is bring the umbrella inside", "bring the umbrella inside"),
    ("the transformed text from the speech is the bus leaves at noon", "the bus leaves at noon"),
    ("the text output of processing the speech is mind the gap", "mind the gap"),
    ("s text output is keep the receipt", "keep the receipt"),
    ("Here's the text output is: Keep the receipt.", "Keep the receipt."),
    # a clause about the audio announcing the text
    ("the speech when converted into text would read as follows the shop opens at nine", "the shop opens at nine"),
    ("the recording has been transformed into the following text the parcel arrived", "the parcel arrived"),
    # the model restating its transcript
    ("turn left at the bank which has been transcribed as turn left at the bank", "turn left at the bank"),
    ("call me after lunch transcribing this we get the text call me after lunch", "call me after lunch"),
    ("shut the gate which is then transcribed as shut the gate", "shut the gate"),
    # a translation appended (one side in another language)
    ("je suis fatigue which translates to i am tired", "je suis fatigue"),
    ("where is the station which translates to donde esta la estacion", "where is the station"),
    ("the transcription of the spoken words is meet me at the corner", "meet me at the corner"),
    # assistant talk after the transcript
    ("the kettle is on sure i can help you transcribe the audio please upload the recording", "the kettle is on"),
    ("we missed the train i am sorry i am not sure what you are asking could you provide more context",
     "we missed the train"),
])
def test_wrapped_shapes_real_models_used(reply: str, want: str) -> None:
    ex = extract_transcript(reply)
    assert basic(ex.text) == basic(want) and not ex.refusal, (ex.text, ex.rule)


@pytest.mark.parametrize("reply", [
    # look-alikes: speech with the wrapper's words in it
    "the speech is usually short and to the point",
    "the text is on the table",
    "the transcript is ready for review",
    "the sentence is final",
    "the division was as follows",
    "the speech went as follows",
    "the following speech was given by the mayor",
    "it is a phrase which translates to good luck",
    "sorry i missed your speech yesterday",
    "sorry could you say that again",
    "thank you for calling how can i help you today",
    "hello can you send me the file by tonight",
    "That is very important says Holmes.",
    "the interviewer's questions are omitted from the transcript",
    "the audio book says chapter one begins here",
    "there is no fire without some smoke",
    "this recording feature originally came from his band",
    "i will never get this speech right",
    "the police investigated the person behind the counterfeit money",
    "his father was a doctor and his mother a nurse",
    "the name la paz which translates to peace",
    "the speech is about to begin",
    "please provide the text by friday",
])
def test_speech_that_looks_like_a_wrapper_is_kept(reply: str) -> None:
    ex = extract_transcript(reply)
    assert ex.text == reply and not ex.refusal, ex.rule


@pytest.mark.parametrize("reply", [
    "i am sorry i am not sure what you are asking could you please clarify your question",
    "I'm sorry, I didn't understand your question. Could you rephrase it?",
    "the provided audio does not contain any spoken content",
    "The recording doesn't contain any speech, so no transcription can be produced.",
    "There is no speech in this recording, only a dog barking.",
    # an answer about the audio, or the instruction echoed
    "the recording is about a family moving to a new city",
    "the first name of the woman mentioned in the audio is clara",
    "the audio input needs to be transcribed into written text",
    "Transcription:",
])
def test_a_reply_with_no_transcript_is_kept_whole_and_flagged(reply: str) -> None:
    ex = extract_transcript(reply)
    assert ex.text == reply and ex.refusal and ex.method == "no transcript kept", ex.rule


@pytest.mark.parametrize("reply", [
    "I'm sorry, but I can't help transcribe this recording.",
    # the model's own voice without "I": a dropped subject after "sorry", the assistant naming itself
    "Sorry, can't help with that.",
    "As an AI model, cannot assist with transcribing this recording.",
])
def test_a_refusal_is_still_a_refusal(reply: str) -> None:
    ex = extract_transcript(reply)
    assert ex.refusal and ex.method == "refusal kept", ex.rule
