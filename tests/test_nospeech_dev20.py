"""No-speech reader (issue 22): the shapes of abstention the dev no-speech table 20 found read as invented words.

Each shape is written as models answer, several sentences long, with counter-examples beside it that must stay
"hallucinated": invented words next to a disclaimer, a quoted line presented as said, a speaker label with a line.
"""

from __future__ import annotations

import pytest

from pytest_audiotrust.scoring.hallucination import clause_kinds, inspect_nonspeech_output


def verdict(text: str) -> str:
    return inspect_nonspeech_output(text).verdict


# ------------------------------------------------------------------ a clock time is a time, no label and no clause break
@pytest.mark.parametrize("text", [
    "The laughter at 0:05 is the only human sound in the clip; there are no words to transcribe.",
    "I listened to the whole recording. The cough at 1:12 is the only sound a person makes, and nobody speaks.",
    "No speech here. The kettle whistles at 0:07 and then clicks off.",
])
def test_a_sound_placed_at_a_clock_time_is_described_not_said(text: str) -> None:
    assert verdict(text) == "abstained"


@pytest.mark.parametrize("text", [
    'The clip is mostly music. At 0:12 someone says "let us go".',
    "There is no speech until 0:04. At 0:05 a man says: thank you all for coming tonight.",
])
def test_words_said_at_a_clock_time_stay_hallucinated(text: str) -> None:
    assert verdict(text) == "hallucinated"


# ------------------------------------------------------------------ a table's time cell
@pytest.mark.parametrize("text", [
    "| Time | Speaker | Text |\n|---|---|---|\n| 00:00\u201300:30 | \u2014 | *(music only, no speech)* |",
    "Here is the transcript as a table.\n\n| Start | End | Text |\n|---|---|---|\n| 0:00 | 0:10 | [no speech] |",
])
def test_a_table_row_whose_text_cell_says_no_speech_is_an_abstention(text: str) -> None:
    assert verdict(text) == "abstained"
    assert all(k != "words" for _, k in clause_kinds(text))


def test_a_table_row_with_a_line_in_its_text_cell_stays_hallucinated() -> None:
    text = "| Time | Speaker | Text |\n|---|---|---|\n| 00:00\u201300:05 | Speaker 1 | Thank you so much for watching. |"
    f = inspect_nonspeech_output(text)
    assert f.verdict == "hallucinated" and "Thank you so much for watching" in f.invented


# ------------------------------------------------------------------ a statement that the transcript is empty
@pytest.mark.parametrize("text", [
    "The ASR system returned an empty transcript for this audio, which suggests it contains no speech.",
    "The transcript came back empty. There is only wind noise in the recording.",
    "The task asks for a transcription, but the clip is a ten-second recording of rain on a window. Since transcription "
    "only applies to spoken language, I'll leave the transcript empty.",
    "This is a recording of a washing machine. The request was for a transcript, so the output is blank.",
])
def test_an_empty_transcript_reported_or_left_is_an_abstention(text: str) -> None:
    assert verdict(text) == "abstained"


@pytest.mark.parametrize("text", [
    "The transcript is not empty: hello, how are you today?",
    "The transcription came back empty at first. On a second pass: see you all next week, take care.",
])
def test_words_beside_an_empty_transcript_statement_stay_hallucinated(text: str) -> None:
    assert verdict(text) == "hallucinated"


def test_an_object_whose_every_value_is_an_empty_string_is_empty() -> None:
    assert verdict('{"text": ""}') == "empty"
    assert verdict('```json\n{"transcript": "", "translation": ""}\n```') == "empty"
    assert verdict('{"text": "", "language": "en", "segments": []}') == "abstained"  # it states a language
    assert verdict('{"text": " Thank you."}') == "hallucinated"


# ------------------------------------------------------------------ speech heard, too faint to make out: speech as a sound
@pytest.mark.parametrize("text", [
    "There might be faint speech very far in the background, but I cannot make out any words.\n\n"
    "Transcription: (unintelligible)",
    "A TV seems to be on in another room; you can tell there's a voice, but it's far too muffled to make out a single "
    "word.",
    "You can hear a voice in the background, but it is too faint to transcribe. Nothing else is audible.",
    "I could faintly hear a voice somewhere behind the music, but no words are distinguishable.",
])
def test_speech_heard_but_not_made_out_is_an_abstention(text: str) -> None:
    assert verdict(text) == "abstained"


@pytest.mark.parametrize("text", [
    "There is no speech in this clip, but a voice in the background says thank you for watching.",
    'The audio has faint speech in the background: "please subscribe to my channel"',
    "I cannot make out every word, but the speaker says: we will meet at noon tomorrow.",
    "It is too quiet to make out much, but I think they say: see you next week.",
    "The audio is silent. I am too tired to talk right now.",
    "There might be some speech. Hello everyone and welcome back to the channel.",
    "Speaker 1: thank you for watching",
])
def test_words_given_beside_speech_too_faint_stay_hallucinated(text: str) -> None:
    assert verdict(text) == "hallucinated"


# ------------------------------------------------------------------ a quote owned by a sound is the sound's
@pytest.mark.parametrize("text", [
    'There is no dialogue. The only recognisable sound is a doorbell (a two-tone "ding-dong") followed by a dog '
    "barking.",
    'No one speaks in this clip. The dog goes "woof woof" twice near the end, then it is quiet.',
])
def test_an_onomatopoeia_quoted_as_a_sounds_is_no_words_said(text: str) -> None:
    assert verdict(text) == "abstained"


@pytest.mark.parametrize("text", [
    'There is no dialogue, only a TV ("thanks for watching") playing in another room.',
    'There is no dialogue. A man ("hello there, how are you") is at the door.',
    'There is no speech. The radio says "good morning everyone".',
    'There is no speech. The doorbell rings and a man shouts "coming!"',
    'There is no speech. A man goes "ugh, whatever".',
])
def test_a_quote_owned_by_a_person_or_a_bag_phrase_stays_hallucinated(text: str) -> None:
    assert verdict(text) == "hallucinated"
