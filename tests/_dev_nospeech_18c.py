"""DEV no-speech batch 18c (issue 22, task h32), a third first-sight check written after the 18b fixes, in the styles
of Qwen2.5-Omni, SALMONN-13B, an ASR cascade and voice-assistant products: chatty descriptions, captions with
several sound events, hedged guesses, a refusal with a suggestion, and invented words after them. Labelled by reading
("empty", "abstained", "hallucinated"). A DEV table. First score: ``tests/heldout_scores/dev_18c_first_score.txt``."""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    ("The audio is a recording of heavy rainfall with occasional thunder; no human speech can be identified.", ABSTAINED),
    ("A car engine idles, then accelerates away. There's no talking.", ABSTAINED),
    ("[Sound of a door opening] [Footsteps] [Door closes]", ABSTAINED),
    ("It sounds like someone is washing dishes, but nobody says anything.", ABSTAINED),
    ("I don't hear anyone talking \u2014 could it be the wrong file? It's just a hum.", ABSTAINED),
    ("Hmm, this seems to be only an electric guitar riff. No vocals that I can tell.", ABSTAINED),
    ("Transcript: [inaudible]\nConfidence: low", ABSTAINED),
    ("ASR output: <empty>", ABSTAINED),
    ("The speech recognizer returned nothing for this clip.", ABSTAINED),
    ("Sounds like a baby babbling and cooing, no actual words.", ABSTAINED),
    ("The background has a TV playing faintly, but I can't make out any words from it.", ABSTAINED),
    ("(\u6ca1\u6709\u68c0\u6d4b\u5230\u8bed\u97f3)", ABSTAINED),
    ("\u00bfHola? \u00bfHay alguien ah\u00ed?", HALLUCINATED),
    ("The audio contains only a dog barking. The owner says \"quiet, Max!\"", HALLUCINATED),
    ("Based on the audio, the speaker says: \"Thank you for your attention.\"", HALLUCINATED),
    ("\u0414\u043e \u0441\u0432\u0438\u0434\u0430\u043d\u0438\u044f!", HALLUCINATED),
    ("Ah, okay, yeah.", HALLUCINATED),
    ("", EMPTY),
]
