"""DEV no-speech table 16 (issue 22, task h26), written before reading ``scoring/hallucination.py`` past its function
names, in the styles of models and products the earlier tables use least: Voxtral, Phi-4-multimodal, Kimi-Audio,
Step-Audio, MiniCPM-o, Audio Flamingo, Gemini 2.x with markdown headings, GPT-4o-realtime, whisper.cpp. Placeholders in
many forms (bracket and special-token tags, dashes and symbols, JSON / YAML with an empty text field, SRT and WebVTT
with no spoken cue, "music only", long polite refusals to transcribe noise) and hallucinated words that must still
count (closing phrases of video subtitles, a real sentence in brackets, a caption naming a sound and then adding
speech, lyrics). Labelled by reading: "empty" (no words at all), "abstained" (says there is no speech, names the
sound, or a placeholder), "hallucinated" (any invented words). A DEV table: its misses may be read and fixed for their
cause. First score: ``tests/heldout_scores/dev_16_first_score.txt``."""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # placeholders as tags and special tokens
    ("[inaudible]", ABSTAINED),
    ("<|nospeech|>", ABSTAINED),
    ("(silence)", ABSTAINED),
    ("[BLANK_AUDIO]", ABSTAINED),
    ("<|startoftranscript|><|nocaptions|><|endoftext|>", ABSTAINED),
    ("[no audible speech]", ABSTAINED),
    ("<no_speech/>", ABSTAINED),
    ("(background noise)", ABSTAINED),
    ("*sound of waves crashing on rocks*", ABSTAINED),
    ("[Music] [Applause]", ABSTAINED),
    ("[unintelligible]", ABSTAINED),
    ("\U0001f507 No speech detected", ABSTAINED),
    ("（无语音）", ABSTAINED),
    # no words at all
    ("\u2205", EMPTY),
    ("\u2014", EMPTY),
    ("...", EMPTY),
    ("   \n  ", EMPTY),
    # short statements and product placeholders
    ("No transcript available.", ABSTAINED),
    ("Music only.", ABSTAINED),
    ("Only background noise, no words.", ABSTAINED),
    ("No speech.", ABSTAINED),
    ("N/A (no dialogue; instrumental track)", ABSTAINED),
    ("Transcript unavailable: the audio contains only a ringing telephone.", ABSTAINED),
    ("Transcription: [none \u2014 the clip is silent]", ABSTAINED),
    ("Speaker 1: [silence]", ABSTAINED),
    ("00:00:00 \u2013 00:00:08: (no speech)", ABSTAINED),
    # structured outputs with nothing spoken in them
    ('{"text": "", "language": "en", "segments": []}', ABSTAINED),
    ('```json\n{\n  "transcript": null,\n  "reason": "no speech detected"\n}\n```', ABSTAINED),
    ("transcript: ''\nnote: audio contains instrumental music only", ABSTAINED),
    ("1\n00:00:00,000 --> 00:00:10,000\n[MUSIC]\n", ABSTAINED),
    ("WEBVTT\n\n", ABSTAINED),
    ("WEBVTT\n\n00:00.000 --> 00:06.500\n[rain on a tin roof]", ABSTAINED),
    # model prose: Voxtral, Phi-4, MiniCPM-o, Audio Flamingo, Gemini, GPT-4o-realtime
    ("There is no speech in this audio. It appears to be a recording of rain falling on a roof.", ABSTAINED),
    ("The audio does not contain any human voice; it is a piece of solo piano music.", ABSTAINED),
    ("The audio consists of birds chirping and a gentle breeze. No one is speaking.", ABSTAINED),
    ("## Transcript\n\n*No spoken content detected.*\n\n## Sound description\n- Steady traffic noise\n"
     "- A car horn at ~0:04", ABSTAINED),
    ("Hmm, I'm not catching any words there \u2014 just some static and a bit of hum. Want to try recording again?",
     ABSTAINED),
    ("I'm sorry, but I wasn't able to find any spoken words in this recording. It seems to contain only a low "
     "electrical hum and a few clicks. If you meant to upload a different file, feel free to share it and I'll "
     "transcribe it right away.", ABSTAINED),
    ("I can't transcribe this one \u2014 it's just a vacuum cleaner running the whole time, with no voices I can pick "
     "out.", ABSTAINED),
    ("There's nothing to transcribe here; it's purely ambient city noise.", ABSTAINED),
    ("The clip contains a dog barking repeatedly. There are no words.", ABSTAINED),
    ("I hear a crowd cheering, but I can't make out any individual words.", ABSTAINED),
    ("Sorry, the recording only has someone typing on a keyboard \u2014 nothing was said.", ABSTAINED),
    ("**Transcription:** \u2014\n\n**Notes:** The file is silent apart from faint tape hiss.", ABSTAINED),
    # hallucinated words that must still count
    ("Thank you for watching.", HALLUCINATED),
    ("Thank you.", HALLUCINATED),
    ("Subtitles by the Amara.org community", HALLUCINATED),
    ("Untertitel im Auftrag des ZDF f\u00fcr funk, 2017", HALLUCINATED),
    ("[I'll see you tomorrow at the station.]", HALLUCINATED),
    ("[wind howling] Is anyone out there? Hello?", HALLUCINATED),
    ("(door creaks) Mom? Is that you?", HALLUCINATED),
    ("\u266a I'm walking down the road tonight \u266a", HALLUCINATED),
    ("No speech detected. Thanks for watching, and don't forget to subscribe!", HALLUCINATED),
    ('{"text": " Thank you.", "language": "en"}', HALLUCINATED),
    ("1\n00:00:00,000 --> 00:00:02,000\nSee you next time!", HALLUCINATED),
    ("Speaker 1: Okay, let's get started.", HALLUCINATED),
    ("(silence) ... Okay, bye.", HALLUCINATED),
    ('Transcript: "Please hold, your call is important to us."', HALLUCINATED),
    ('The audio is mostly silent, but at the end someone says "okay, that\'s it."', HALLUCINATED),
    ('## Transcript\n\nMusic plays softly. "Welcome to the morning show."', HALLUCINATED),
    ("[BLANK_AUDIO] Thanks for listening.", HALLUCINATED),
    ('Music only \u2014 the lyrics are "hold me closer, tiny dancer".', HALLUCINATED),
]
