"""DEV table 20 (issue 22): wrapped transcripts of audio LLMs (``tests/_dev_transcripts_20.py``), read row by row, and
the causes its misses led to, each tested on new wording in real model styles with its look-alikes that stay speech:

1. a metadata field's value is its own line: a paragraph after it is unlabelled text, the transcript when every
   labelled field is metadata (``_metadata_lines`` in ``_from_fields``);
2. a bracketed note on the model's hearing ("[possibly 'letter']", "(maybe 'Marc')") is not spoken: it hedges or
   mentions a word by quoting it (``_misheard`` in ``_drop_stage``);
3. every quoted turn the model's narration hands to a speaker after the first quote is the transcript, in order
   ('… asks, "…" and the mother replies, "…"'); a clause in the model's or user's person or voicing what might be
   said ("You could also say, "…"") offers an example (``_later_turns``);
4. an account of the speech in the third person, the recording's speaker as subject of what they do, quoting nothing
   and with nobody speaking as "I"/"we"/"you", holds no transcript (``_describes_speech``);
5. a section that answers ("**Answer:** …") beside a field reporting the words heard is the model's reply, and so is
   a paragraph after the quoted words of a reporting field ("ASR output: "…" ⏎⏎ I don't have live store hours …");
   a label inside a quote is said.

First score 47/55 (``heldout_scores/dev_transcripts_20_first_score.txt``).
"""

from __future__ import annotations

import _dev_transcripts_20 as transcripts
import _heldout_score as score
import pytest

from pytest_audiotrust.scoring.transcript import extract_transcript

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {}
ROWS = [(f"dev20-{i}", r) for i, r in score.rows(transcripts)]
FLOOR = 55


@pytest.mark.parametrize("row", score.row_params(ROWS, {f"dev20-{k}": v for k, v in KNOWN_MISSES.items()}))
def test_dev20_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_dev20_floor() -> None:
    right, total, _ = score.score(transcripts)["transcripts"]
    assert (right, total) >= (FLOOR, 55), (right, total)


def _read(reply: str) -> str | None:
    got = extract_transcript(reply)
    return None if got.refusal else got.text


@pytest.mark.parametrize(("reply", "want"), [
    # cause 1: a metadata field on its own line, then the words in a paragraph of their own
    ("Detected language: Spanish\n\n¿Dónde está la estación de tren?", "¿Dónde está la estación de tren?"),
    ("**Language:** French\n\nJe voudrais un café, s'il vous plaît.", "Je voudrais un café, s'il vous plaît."),
    ("Emotion: neutral\n\nPlease close the door when you leave.", "Please close the door when you leave."),
    # ... a metadata field alone, and speaker turns, are read as before
    ("Language: English", "Language: English"),
    ("Speaker 1: Hi.\nSpeaker 2: Hello.", "Hi. Hello."),
])
def test_a_paragraph_after_a_metadata_line_is_the_transcript(reply: str, want: str) -> None:
    assert _read(reply) == want


@pytest.mark.parametrize(("reply", "want"), [
    # cause 2: a note on the model's hearing, hedged or mentioning a word, in either bracket
    ("Transcript: \"Ask Kate [or possibly 'Cate'] about the invoice.\"", "Ask Kate about the invoice."),
    ("Transcription: Send it to Mark (maybe 'Marc') by Friday.", "Send it to Mark by Friday."),
    ('The speaker says: "Grab the blue folder [could be \'bolder\'] from my desk."', "Grab the blue folder from my desk."),
    # ... a bracketed word that is neither stays
    ("Meet me at the (new) cafe.", "Meet me at the (new) cafe."),
    ("[Anna] Did you see that?", "[Anna] Did you see that?"),
])
def test_a_note_on_what_was_heard_is_not_spoken(reply: str, want: str) -> None:
    assert _read(reply) == want


@pytest.mark.parametrize(("reply", "want"), [
    # cause 3: each quoted turn the narration hands to a speaker, in order
    ('A woman asks, "Is this seat taken?" and a man answers, "No, go ahead."', "Is this seat taken? No, go ahead."),
    ('"Hello there," he says, "how are you?"', "Hello there, how are you?"),
    ('The customer says, "I need a refund," and the agent replies, "Let me check that for you."',
     "I need a refund, Let me check that for you."),
    ("In the clip, the coach shouts, \"Pick it up!\" then, after a whistle, she adds, \"Two more laps.\"",
     "Pick it up! Two more laps."),
    # ... a second quote that is the model's own example is not a turn
    ('The speaker says, "Book a table for two." You could also say, "Reserve a table for two."', "Book a table for two."),
    ('The speaker says, "Book a table for two." A more formal version would be, "I would like to reserve a table."',
     "Book a table for two."),
    ('The caller says, "Cancel my order." Someone might reply, "Sure, which one?"', "Cancel my order."),
])
def test_every_narrated_turn_is_the_transcript(reply: str, want: str) -> None:
    assert _read(reply) == want


@pytest.mark.parametrize("reply", [
    # cause 4: an account of the speech in the third person, quoting nothing
    "The speaker is complaining about the noise next door and wants the landlord to act.",
    "Basically, the caller is asking whether the store is open on Sunday.",
    "The two speakers discuss the budget for next year and agree to meet again on Friday.",
    "In summary, the narrator describes a walk through the old town at night.",
])
def test_an_account_of_the_speech_holds_no_transcript(reply: str) -> None:
    assert _read(reply) is None


@pytest.mark.parametrize("speech", [
    # ... a speaker who speaks as "we"/"I" or to "you", a state, the past tense, a title: said
    "In short, we need to leave now.",
    "The speaker is late again, so we start without him.",
    "The Speaker announced his resignation this morning.",
    "The speaker was a tall man with a red tie.",
    "The caller wants a refund, and I think you should give it to him.",
])
def test_speech_about_a_speaker_stays_a_transcript(speech: str) -> None:
    assert _read(speech) == speech


@pytest.mark.parametrize(("reply", "want"), [
    # cause 5: the model's answer beside the words it reports hearing
    ('**Question heard:** "What is the capital of Australia?"\n**Answer:** The capital of Australia is Canberra.',
     "What is the capital of Australia?"),
    ("Transcript: What's the capital of Australia?\n\nAnswer: Canberra.", "What's the capital of Australia?"),
    ('Heard: "set an alarm for seven"\n\nDone! Your alarm is set for 7:00 AM.', "set an alarm for seven"),
    ('You said: "Turn off the kitchen lights."\n\nOkay, turning off the kitchen lights.', "Turn off the kitchen lights."),
    # ... the spoken words a question, or holding "Answer:", and an interview's answers: said
    ('Transcript: "Is it going to rain tomorrow?"', "Is it going to rain tomorrow?"),
    ('Transcript: "Answer: the capital of France is Paris."', "Answer: the capital of France is Paris."),
    ('Transcript: "Question: what is two plus two? Answer: four."', "Question: what is two plus two? Answer: four."),
    ("Q: How long have you worked here?\nA: About five years.", "How long have you worked here? About five years."),
    ("Question: How long have you worked here?\nAnswer: About five years.",
     "How long have you worked here? About five years."),
])
def test_the_models_answer_is_not_the_transcript(reply: str, want: str) -> None:
    assert _read(reply) == want
