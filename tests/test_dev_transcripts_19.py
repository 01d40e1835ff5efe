"""DEV table 19 (issue 22): wrapped transcripts of audio LLMs (``tests/_dev_transcripts_19.py``), read row by row, and
the causes its misses led to, each tested on new wording in real model styles with its look-alikes that stay speech:

1. a mark for words not made out ("(unclear)", "[Inaudible 0:12]", "[two words unintelligible]") is no word
   (``_NOT_MADE_OUT`` in ``_stage_direction``, the one reader of bracketed tags), on every path, quotes included;
2. a two-column markdown table of keys and values is a field list (``_markup``);
3. a whole quoted utterance the model's narration introduces by a speech / perception verb is the transcript and the
   sentences around it are the model's (``_narrated``, from ``_unwrap_value`` and ``_heard_quote``);
4. a reply in the model's own voice that it cannot hear the audio (``_is_refusal``: the refusal reader's "no audio" with
   the audio as what is not perceived) or that nobody speaks in it (``_says_no_speech``: the no-speech reader's clause
   kinds, tied to the recording, no person but the model listening), quoting no words, holds no transcript.

First score 41/55 (``heldout_scores/dev_transcripts_19_first_score.txt``); after: ``dev_transcripts_19_after.txt``.
"""

from __future__ import annotations

import _dev_transcripts_19 as transcripts
import _heldout_score as score
import pytest

from pytest_audiotrust.scoring.transcript import extract_transcript

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {
    "transcripts-03": "numbers: 'seven fifteen' vs '7:15' is spelling, compared after the Whisper normaliser",
    "transcripts-16": "an answer to the spoken question, not separable from a transcript without the question",
    "transcripts-35": "an answer to the spoken question (a book recommendation), its titles quoted",
    "transcripts-37": "numbers: 'nineteen eighty seven' vs '1987' is spelling, compared after the Whisper normaliser",
}
ROWS = [(f"dev19-{i}", r) for i, r in score.rows(transcripts)]
FLOOR = 51


@pytest.mark.parametrize("row", score.row_params(ROWS, {f"dev19-{k}": v for k, v in KNOWN_MISSES.items()}))
def test_dev19_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_dev19_floor() -> None:
    right, total, _ = score.score(transcripts)["transcripts"]
    assert (right, total) >= (FLOOR, 55), (right, total)


def _read(reply: str) -> str | None:
    got = extract_transcript(reply)
    return None if got.refusal else got.text


@pytest.mark.parametrize(("reply", "want"), [
    # cause 1: marks for words not made out, in either bracket and any case, with a count or a time: no words
    ("Transcript: We'll need [inaudible] copies by Monday.", "We'll need copies by Monday."),
    ("**Transcription:** Can you pass me the (inaudible) please?", "Can you pass me the please?"),
    ('The speaker says: "Call [Unclear] at the front desk."', "Call at the front desk."),
    ("Speaker 1: I think it's [indistinct] o'clock.\nSpeaker 2: Okay.", "I think it's o'clock. Okay."),
    ("Transcript: I'll grab the [two words unintelligible] tomorrow.", "I'll grab the tomorrow."),
    ("[INAUDIBLE 00:03] and then we left.", "and then we left."),
    ('Transcription: "So the, um, (indecipherable) was late again."', "So the, um, was late again."),
    # ... a parenthesis of words, a name in brackets, the adjective spoken: speech
    ("Transcript: Meet me at the (new) cafe.", "Meet me at the (new) cafe."),
    ("Transcript: It's (honestly) unclear to me.", "It's (honestly) unclear to me."),
    ("The results were inaudible to most of us.", "The results were inaudible to most of us."),
    ("[Anna] Did you see that?", "[Anna] Did you see that?"),
])
def test_marks_for_words_not_made_out_are_no_words(reply: str, want: str) -> None:
    assert _read(reply) == want


@pytest.mark.parametrize(("reply", "want"), [
    # cause 2: a key/value table is a field list; its transcript row holds the words, other rows are metadata
    ("| Property | Value |\n| --- | --- |\n| Spoken text | Where's the remote? |\n| Speaker gender | Male |",
     "Where's the remote?"),
    ('| Key | Value |\n|:--|:--|\n| **Transcript** | "Where\'s the remote?" |\n| Emotion | Neutral |', "Where's the remote?"),
    ("Here's a breakdown of the clip:\n\n| Aspect | Details |\n|---|---|\n| Speech | Let's get going before it rains. |\n"
     "| Tone | Urgent |\n\nHope this helps!", "Let's get going before it rains."),
    ("| | |\n|---|---|\n| Speaker 1 | Table for two? |\n| Speaker 2 | Yes, by the window. |",
     "Table for two? Yes, by the window."),
])
def test_a_key_value_table_is_a_field_list(reply: str, want: str) -> None:
    assert _read(reply) == want


def test_a_table_naming_no_transcript_or_speaker_is_left_as_text() -> None:
    table = "| Item | Price |\n|---|---|\n| Milk | 2 |\n| Eggs | 3 |"
    assert _read(table) == table


@pytest.mark.parametrize(("reply", "want"), [
    # cause 3: a whole quoted utterance introduced by a speech / perception verb in the model's narration
    ('In the recording, a woman with a British accent speaks over cafe noise. She says: "Two flat whites, please." '
     "Cups clatter afterwards.", "Two flat whites, please."),
    ('Got it. I heard: "Cancel my two o\'clock." Should I go ahead and do that?', "Cancel my two o'clock."),
    ('The clip opens with a doorbell. Then a man says, "Package for you!" A dog starts barking.', "Package for you!"),
    ('Sure. What I caught was: "Leave the keys under the mat." The rest is drowned out by traffic.',
     "Leave the keys under the mat."),
    ('The recording starts with rain on a window. The girl asks: "Can we go outside?" Her father answers: "Not yet."',
     "Can we go outside? Not yet."),
    # ... a quote inside speech, a quote that does not end its sentence: the speech stays
    ('My dad always says, "Measure twice, cut once." I never listened.',
     'My dad always says, "Measure twice, cut once." I never listened.'),
    ('The clip is a voicemail. Mark says "call me" twice before hanging up.',
     'The clip is a voicemail. Mark says "call me" twice before hanging up.'),
])
def test_a_quote_in_narration_is_the_transcript(reply: str, want: str) -> None:
    assert _read(reply) == want


@pytest.mark.parametrize("reply", [
    # cause 4: the model cannot hear the audio, or says in its own voice that nobody speaks, quoting nothing
    "Sorry, I'm not able to process audio input. You could type out what was said and I'll help.",
    "The recording is just wind and distant traffic; nobody speaks at any point.",
    "I listened to the whole clip but couldn't pick out any words. It's mostly static.",
    "This is a short jingle with synth and drums, no lyrics.",
    "There's no dialogue here, just a dog barking a few times.",
    "Unfortunately I could not detect any speech in the audio you sent.",
    "[No speech detected]",
])
def test_a_note_in_the_models_voice_holds_no_transcript(reply: str) -> None:
    assert _read(reply) is None


@pytest.mark.parametrize("speech", [
    # ... the same words said by someone: a person besides the model listening, someone addressed, the world described
    "I can't hear you, the line is bad.",
    "I can't hear you, the audio keeps cutting out.",
    "Sorry, I didn't hear what you said, can you repeat that?",
    "There are no words for how much I miss you.",
    "No one is talking to me.",
    "Don't say a word.",
    "Nothing to say.",
    "He never talks about his father.",
    "There was no speech at the ceremony this year.",
    "Silence! No talking during the exam.",
])
def test_speech_about_not_hearing_or_not_speaking_stays_a_transcript(speech: str) -> None:
    assert _read(speech) == speech


def test_in_a_transcript_slot_nobody_speaking_is_speech_a_note_on_the_clip_is_not() -> None:
    assert _read("Transcript: Nobody is talking.") == "Nobody is talking."
    assert _read("## Transcript\n\nThere is no speech in this clip.") is None
