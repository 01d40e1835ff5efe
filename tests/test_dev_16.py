"""DEV table 16 (task h26): no-speech outputs and wrapped transcripts in the styles of Voxtral, Phi-4-multimodal,
Kimi-Audio, Step-Audio, MiniCPM-o, Audio Flamingo, Gemini 2.x, GPT-4o-realtime (``tests/_dev_nospeech_16.py``,
``tests/_dev_transcripts_16.py``), committed and scored before the reader changes they led to, read row by row with
floors at the level measured after; and the structural shapes their misses exposed, each checked on sentences that
are not rows of the tables, beside look-alike controls that must keep their reading.

First scores with main's code (``tests/heldout_scores/dev_16_first_score.txt``): no-speech 54/62, transcripts 48/55;
after: ``dev_16_after.txt``.
"""

from __future__ import annotations

import _dev_nospeech_16 as nospeech
import _dev_transcripts_16 as transcripts
import _heldout_score as score
import pytest

from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.transcript import extract_transcript

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES: dict[str, str] = {}
ROWS = [(f"dev16-{i}", r) for i, r in score.rows(nospeech) + score.rows(transcripts)]
#: family -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {"no_speech": 62, "transcripts": 55}


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_dev16_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_dev16_floors() -> None:
    scored = {**score.score(nospeech), **score.score(transcripts)}
    assert set(scored) == set(FLOORS)
    assert all(scored[fam][0] >= floor for fam, floor in FLOORS.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # a markup element is scaffolding; the words it wraps are read on their own
    ("<no_speech/>", "abstained"),
    ('<result status="empty"/>', "abstained"),
    ("<speech>Thanks for watching!</speech>", "hallucinated"),
    # full-width brackets hold a tag as ASCII ones do; a sentence in them stays words
    ("\u3010\u97f3\u4e50\u3011", "abstained"),
    ("\uff08\u3054\u8996\u8074\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3057\u305f\uff09", "hallucinated"),
    # a caption's longer description names a sound; a sentence in brackets, even one naming a sound, is words
    ("(dog barking in the distance)", "abstained"),
    ("[heavy rain hitting the car roof]", "abstained"),
    ("[I'll call you when the rain stops]", "hallucinated"),
    ("[meet me by the old oak tree tonight]", "hallucinated"),
    ("(Thank you for watching)", "hallucinated"),
    ("(door creaking)", "abstained"),
    # JSON read as its fields: an empty text or list is no speech, a filled one is words
    ('{"text": "", "segments": [], "language": "en"}', "abstained"),
    ('```json\n{"transcript": "Thank you."}\n```', "hallucinated"),
    ('[{"start": 0.0, "end": 2.0, "text": " you"}]', "hallucinated"),
    # markdown sections: a metadata heading's section goes, unless it quotes words; a transcript heading's is read
    ("## Transcript\n\n(no speech)\n\n## Audio description\nFaint hum of a fridge.", "abstained"),
    ("## Transcript\n\nThanks for watching!\n\n## Notes\nQuiet room.", "hallucinated"),
    ('## Notes\n\nSomeone says "see you soon".', "hallucinated"),
    # a time opening a line is where, not what, is said
    ("[00:00 - 00:05] (silence)", "abstained"),
    ("00:00:01 \u2013 00:00:03: Thank you.", "hallucinated"),
    # a bare WebVTT header holds no cue
    ("WEBVTT", "abstained"),
    ("WEBVTT\n\n00:00.000 --> 00:02.000\nSee you next time.", "hallucinated"),
    # an interjection and an elided follow-up beside an abstention; without one they stay words
    ("Hmm, there's no speech in this one. Want to send another?", "abstained"),
    ("Hmm, thank you.", "hallucinated"),
    ("Sure! Here's the transcription: \"[no speech]\"", "abstained"),
    ("Sure.", "hallucinated"),
    # a time between a speaker label and its colon; a qualified label ("Original (French):") with a dash for a value
    ("Speaker 0 [00:00-00:05]: <inaudible>", "abstained"),
    ("Speaker 0 [00:00-00:05]: Okay, bye.", "hallucinated"),
    ("Original (French): \u2014\nEnglish: \u2014", "abstained"),
    # beside an abstention, the model's talk about the task and a hedged guess at the sound are no invented speech
    ("The clip is ten seconds of pink noise. There's no dialogue to transcribe, so I've left the transcript blank.",
     "abstained"),
    ("No speech here. If you expected speech, the file may be corrupted or the microphone muted.", "abstained"),
    ("There is no speech, just a low rumble, possibly traffic or an air conditioner.", "abstained"),
    ("There's no speech here. I'll see you tomorrow.", "hallucinated"),
    ("No speech. If you enjoyed this video, please subscribe.", "hallucinated"),
    # "nothing" as a form of absence; a numbered field; an arrow between two times
    ("There's nothing here but hiss.", "abstained"),
    ("Nothing intelligible.", "abstained"),
    ("There's nothing here for you, go home.", "hallucinated"),
    ("As an AI, I can only transcribe spoken words, and this audio has none \u2014 it's an orchestral piece.", "abstained"),
    ("1. Transcript: none\n2. Sounds: wind, birds", "abstained"),
    ("1. Transcript: see you soon\n2. Sounds: wind", "hallucinated"),
    ("[00:00.000 \u2192 00:10.000] [no speech]", "abstained"),
    ("[00:00.000 \u2192 00:10.000] Thank you.", "hallucinated"),
    # an answer particle, an enum value, a transcript said to be unavailable, what is heard and how it was recorded
    ("Nope, no one's talking \u2014 just birds.", "abstained"),
    ("Nope, see you later.", "hallucinated"),
    ("Status: NO_SPEECH", "abstained"),
    ("[Transcript unavailable]", "abstained"),
    ("[Transcript available on request, thank you]", "hallucinated"),
    ("The clip has no spoken words. What you're hearing is a cat purring close to the microphone.", "abstained"),
    ("There doesn't appear to be any speech here. It's mostly wind noise, possibly recorded outdoors on a phone.",
     "abstained"),
    ("No speech. Recorded live at the Apollo, thank you all!", "hallucinated"),
    ("Only music. The speech was amazing.", "hallucinated"),
    ("No speech. Captured by John Smith.", "hallucinated"),
    # a reasoning model's thinking block is neither answer nor invented speech; the answer after it is read
    ('<think>The clip has a dog barking. The user said "transcribe". Nothing is spoken.</think>\n[no speech]', "abstained"),
    ("<think>Hmm, silence.</think>\nThank you.", "hallucinated"),
    # long assistant prose: an opening "Okay,", a comparison, the recording's fate, connectives, a measurement, an offer
    ("Okay, so I listened to this and honestly there's no talking at all \u2014 it's like a room with an AC unit running. "
     "If you meant to send a voice note, it might not have recorded properly!", "abstained"),
    ("There's no talking. Okay.", "hallucinated"),
    ("I've analyzed the audio file. Findings:\n1. Speech: not detected\n2. Music: not detected\n3. Environmental sounds: "
     "rain, distant thunder\n\nTherefore, no transcript can be produced.", "abstained"),
    ("There are no spoken words in this audio. It consists of a piano melody in a minor key, around 70 BPM.", "abstained"),
    ("No speech. 70 reasons to subscribe!", "hallucinated"),
    ("No speech. 1, 2, 3, 4.", "hallucinated"),
    ("Silence. Hmm. Okay.", "hallucinated"),
    ("\U0001f3a7 **Audio analysis**\n- Speech: \u274c\n- Music: \u2705 (acoustic guitar)\n- Noise level: low", "abstained"),
    ("I'm unable to provide a transcription because the recording doesn't contain any speech, only what sounds like a "
     "dishwasher running. Is there anything else I can help you with?", "abstained"),
])
def test_no_speech_shapes(text: str, expected: str) -> None:
    assert inspect_nonspeech_output(text).verdict == expected, text


@pytest.mark.parametrize(("reply", "expected"), [
    # nested YAML records: every record's text, joined
    ("turns:\n  - speaker: Nurse\n    text: Any allergies?\n  - speaker: Patient\n    text: Just penicillin.",
     "Any allergies? Just penicillin."),
    # a transcript heading whose section is speaker fields: they are its turns
    ("## Transcript\n\n**Speaker 1:** Where's the remote?\n**Speaker 2:** Under the cushion.\n\n## Mood\nRelaxed",
     "Where's the remote? Under the cushion."),
    ('## Transcription\n\n**Speaker:** "Is the shop open on Sunday?"\n\n## Details\n- **Accent:** Irish',
     "Is the shop open on Sunday?"),
    ("## Transcription\n\nPass the bread, please.\n\n## Details\n**Speaker:** adult female", "Pass the bread, please."),
    # a numbered heading
    ("**2. Transcript**\nThe heating is broken again.\n\n**3. Sentiment**\nNegative", "The heating is broken again."),
    ("## 1) Transcription\nCall me after lunch.\n## 2) Language\nEnglish", "Call me after lunch."),
    # a note on the transcription's confidence after a quote; a sentence about confidence inside speech stays
    ('"Lock the shed tonight." \u2014 recognised with 91% confidence.', "Lock the shed tonight."),
    ("I have every confidence in the new manager.", "I have every confidence in the new manager."),
    # "You said:" quotes the user who spoke; "You asked:" about the audio echoes the prompt
    ('Okay! You said: "Set an alarm for six thirty." Should I also turn on the lights?', "Set an alarm for six thirty."),
    ('You asked: "What does the speaker say?"\n\nTranscript: Bring the chairs in.', "Bring the chairs in."),
    # a transcript slot holding a placeholder holds no transcript; a short sentence with a verb is speech
    ("## Transcript\n\n(no speech)\n\n## Audio description\nA kettle boiling.", None),
    ("**Transcription:** N/A\n\n**Notes:** The file contains only music.", None),
    ("Transcript: Nobody is talking.", "Nobody is talking."),
    ("Sure, the transcription is: Play the next song.", "Play the next song."),
    ("There's no speech in this recording, only a washing machine.", None),
    # a pictograph after the heading marks; a time between a speaker label and its colon; a signed-off quote's manner
    ('## \U0001f399\ufe0f Transcript\n\n"We need more chairs."\n\n## \U0001f4dd Summary\nA request for chairs.',
     "We need more chairs."),
    ("Transcription:\n\nSpeaker 1 [0:00]: Is it raining?\nSpeaker 2 [0:02]: Not yet.\n\nSummary: small talk.",
     "Is it raining? Not yet."),
    ('"Turn it off."\n\u2014 Speaker 2, irritated', "Turn it off."),
    ("I'll call you later \u2014 Anna, bye", "I'll call you later \u2014 Anna, bye"),
    # the user's question restated before a quoted answer; a question inside speech stays
    ('You want to know what\'s said in the recording? It\'s: "The gym closes at ten."', "The gym closes at ten."),
    ('What does the speaker say? \u2192 "Grab some bread on your way."', "Grab some bread on your way."),
    ("Did you hear what she said? I told you already.", "Did you hear what she said? I told you already."),
    # a bracketed speaker label alone on its line, a time range after it; a language code tag
    ("[SPEAKER_00] 00:00:00.500 - 00:00:02.100\nCould you repeat the order number?\n[SPEAKER_01] 00:00:02.300 - "
     "00:00:03.900\nIt's four five nine.", "Could you repeat the order number? It's four five nine."),
    ("[en-US] Where did you put the scissors?", "Where did you put the scissors?"),
    ("[Speaker 1] Have you fed the cat?", "Have you fed the cat?"),
    # an arrow between two times; a manner after the speaker inside the brackets
    ("[0.00s \u2192 1.80s] SPEAKER_01: Did you get my email?\n[1.80s \u2192 3.20s] SPEAKER_02: Yes, this morning.",
     "Did you get my email? Yes, this morning."),
    ("[Speaker 1, tired]: Put the kettle on.", "Put the kettle on."),
    # the request restated before "Here it is:"; a closing sentence characterising the utterance
    ("You asked for a transcription of the clip. Here it is: Put the kettle on.", "Put the kettle on."),
    ("Here it is, the key you lost.", "Here it is, the key you lost."),
    ("The audio transcript is as follows:\n\nPut the kettle on.\n\nThis appears to be a casual request.",
     "Put the kettle on."),
    ("It seems late. Let's go home.", "It seems late. Let's go home."),
    # a credit line after the transcript; inside speech, not set off, it stays
    ("Please mute your microphone.\n\n*Transcribed by Voxtral Mini*", "Please mute your microphone."),
    ("The report was transcribed by hand.", "The report was transcribed by hand."),
    # a field holding a lead-in and its quote; JSON after a label; a reasoning model's thinking block
    ('Response: The speaker said "Please mute your microphone."', "Please mute your microphone."),
    ('JSON: {"text": "Please mute your microphone."}', "Please mute your microphone."),
    ("<think>The user wants a transcript. I hear a man asking to mute.</think>\nPlease mute your microphone.",
     "Please mute your microphone."),
    ("I think we should go.", "I think we should go."),
    # an appositive after who speaks; a caption beside the transcript field; the utterance characterised after a dash
    ("The speaker, who sounds like a young man, says: Please mute your microphone.", "Please mute your microphone."),
    ("Caption: A man asks someone to mute their microphone.\nTranscript: Please mute your microphone.",
     "Please mute your microphone."),
    ("Audio caption: An office with keyboard noise.\nSpeech: Please mute your microphone.", "Please mute your microphone."),
    ('"Please mute your microphone." \u2014 a request, said politely.', "Please mute your microphone."),
    ("I have one thing \u2014 a request from the boss.", "I have one thing \u2014 a request from the boss."),
    # an empty JSON transcript field, a placeholder slot, a note in the model's voice: no transcript; speech alike stays
    ('{"text": "", "language": "en"}', None),
    ("Transcription: N/A \u2014 no speech detected.", None),
    ("I'm sorry, but I couldn't hear any words in this recording; it sounds like only traffic noise.", None),
    ("No speech detected.", None),
    ("No speech today, sorry folks.", "No speech today, sorry folks."),
    ("Transcript: None of us knew.", "None of us knew."),
    ("Silence, please! The show is starting.", "Silence, please! The show is starting."),
    # attributions on every line; a says-clause alone before a quote; a noun for the words before a quote
    ('"Where\'s the charger?" \u2014 Speaker 1 (confused)\n"In the drawer." \u2014 Speaker 2',
     "Where's the charger? In the drawer."),
    ('It says "Mind the gap."', "Mind the gap."),
    ('The phrase spoken is "mind the gap".', "mind the gap"),
    # a speaker field under a details heading describes the voice; the quote before it is the transcript
    ('Here\'s a transcript of the audio:\n\n"I\'m parked outside."\n\nKey details:\n- Speaker: adult male\n- Background: car '
     "engine", "I'm parked outside."),
    # two language-named fields: the first is the original
    ('French: \u00ab Il fait tr\u00e8s froid ce matin. \u00bb\nEnglish: "It\'s very cold this morning."',
     "Il fait tr\u00e8s froid ce matin."),
    # a table under a heading
    ("## Transcript\n\n| Speaker | Text |\n|---|---|\n| A | Is this the queue? |\n| B | Yes, it is. |",
     "Is this the queue? Yes, it is."),
])
def test_transcript_shapes(reply: str, expected: str | None) -> None:
    got = extract_transcript(reply)
    assert (None if got.refusal else got.text) == expected, got
