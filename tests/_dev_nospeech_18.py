"""DEV no-speech table 18 (issue 22, task h32), written before reading ``scoring/hallucination.py`` past its function
names. Replies a model gives on a clip with no speech in it: "no speech" said in other languages (Spanish, German,
French, Italian, Portuguese, Dutch, Russian, Chinese, Japanese, Korean), foreign-language Whisper closings that must stay
invented words, captions ("[music]", "(wind noise)", "♪"), special-token tags, apologies, "The audio contains only…",
JSON / YAML fields, speaker labels, timestamps, SRT / VTT, a "Transcript:" line then commentary on tone, numbered
sections, a model refusing to transcribe, and lyrics (real words, so a transcript of something). Labelled by reading:
"empty" (no words at all), "abstained" (says there is no speech, names the sound, or a placeholder), "hallucinated"
(any invented words). A DEV table: its misses may be read and fixed for their cause. First score:
``tests/heldout_scores/dev_18_first_score.txt``."""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # "no speech" in another language
    ("No hay habla.", ABSTAINED),
    ("Kein gesprochener Text.", ABSTAINED),
    ("\u6ca1\u6709\u8bed\u97f3", ABSTAINED),
    ("Pas de parole.", ABSTAINED),
    ("Aucune parole d\u00e9tect\u00e9e dans cet extrait.", ABSTAINED),
    ("No se detect\u00f3 voz; solo hay m\u00fasica de fondo.", ABSTAINED),
    ("Keine Sprache erkannt \u2013 nur Rauschen.", ABSTAINED),
    ("Nessun parlato rilevato.", ABSTAINED),
    ("Sem fala no \u00e1udio.", ABSTAINED),
    ("Geen spraak gedetecteerd.", ABSTAINED),
    ("\u0420\u0435\u0447\u044c \u043d\u0435 \u043e\u0431\u043d\u0430\u0440\u0443\u0436\u0435\u043d\u0430.", ABSTAINED),
    ("\u97f3\u58f0\u306a\u3057", ABSTAINED),
    ("\uc74c\uc131\uc774 \uc5c6\uc2b5\ub2c8\ub2e4.", ABSTAINED),
    ("\u97f3\u9891\u4e2d\u6ca1\u6709\u4eba\u8bf4\u8bdd\uff0c\u53ea\u6709\u96e8\u58f0\u3002", ABSTAINED),
    ("[M\u00fasica]", ABSTAINED),
    ("[Musique]", ABSTAINED),
    ("(Applaus)", ABSTAINED),
    # foreign-language Whisper closings and credits: invented words
    ("Sous-titres r\u00e9alis\u00e9s par la communaut\u00e9 d'Amara.org", HALLUCINATED),
    ("\u5b57\u5e55by\u7d22\u5170\u5a05", HALLUCINATED),
    ("Subt\u00edtulos realizados por la comunidad de Amara.org", HALLUCINATED),
    ("\u3054\u8996\u8074\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3057\u305f", HALLUCINATED),
    ("\u041f\u0440\u043e\u0434\u043e\u043b\u0436\u0435\u043d\u0438\u0435 \u0441\u043b\u0435\u0434\u0443\u0435\u0442...",
     HALLUCINATED),
    ("\u8bf7\u4e0d\u541d\u70b9\u8d5e \u8ba2\u9605 \u8f6c\u53d1 \u6253\u8d4f\u652f\u6301\u660e\u955c\u4e0e\u70b9\u70b9"
     "\u680f\u76ee", HALLUCINATED),
    ("Grazie per la visione!", HALLUCINATED),
    ("MBC \ub274\uc2a4 \uc774\ub355\uc601\uc785\ub2c8\ub2e4.", HALLUCINATED),
    ("Vielen Dank f\u00fcrs Zuschauen!", HALLUCINATED),
    # captions, symbols, tags
    ("\u266a", ABSTAINED),
    ("\u266a\u266a\u266a", ABSTAINED),
    ("(wind noise)", ABSTAINED),
    ("[music playing softly]", ABSTAINED),
    ("[NO SPEECH]", ABSTAINED),
    ("<|nocaptions|>", ABSTAINED),
    ("<silence>", ABSTAINED),
    ("[ Silence ]", ABSTAINED),
    ("", EMPTY),
    ("-", EMPTY),
    # short prose, apologies, refusals
    ("The audio contains only the sound of a ticking clock.", ABSTAINED),
    ("The audio contains only instrumental music; there are no vocals.", ABSTAINED),
    ("Apologies \u2014 I couldn't detect any speech in the file you sent.", ABSTAINED),
    ("Sorry, there's nothing spoken in this clip. I can only hear a fan whirring.", ABSTAINED),
    ("I'm unable to transcribe this audio because it doesn't contain any speech.", ABSTAINED),
    ("I won't be able to provide a transcript: the recording is just engine noise from start to finish.", ABSTAINED),
    ("No one says anything in this recording. You can hear footsteps on gravel and a distant siren.", ABSTAINED),
    ("This appears to be an instrumental jazz piece (saxophone and upright bass). No lyrics or speech.", ABSTAINED),
    # structured outputs
    ('{"transcription": "", "detected_language": null, "no_speech_prob": 0.97}', ABSTAINED),
    ('{\n  "speech_detected": false,\n  "transcript": "",\n  "sounds": ["dishes clattering", "water running"]\n}',
     ABSTAINED),
    ("text: \"\"\nlanguage: unknown\nnote: only wind noise", ABSTAINED),
    ("Speaker 1: \u2014", ABSTAINED),
    ("SPEAKER_00: [inaudible]", ABSTAINED),
    ("[00:00.00 --> 00:05.00] [Music]", ABSTAINED),
    ("1\n00:00:00,000 --> 00:00:04,000\n\u266a\u266a", ABSTAINED),
    ("WEBVTT\n\nNOTE no speech in this file\n", ABSTAINED),
    # "Transcript:" then commentary, numbered sections, markdown
    ("Transcript: (none)\nTone: n/a \u2014 the clip is a dishwasher humming.", ABSTAINED),
    ("**Transcript:** _[no speech]_\n**Tone:** neutral\n**Background:** light rain", ABSTAINED),
    ("1. Transcription: No speech present.\n2. Sound events: thunder, rain.\n3. Language: N/A", ABSTAINED),
    ("Transcript: \"Hey, can you hear me?\"\nTone: hesitant, quiet.", HALLUCINATED),
    ("1. Transcription: Good morning, everyone.\n2. Sound events: applause.", HALLUCINATED),
    # hallucinated words in other wrappers
    ('{"transcription": "Thanks for watching!", "no_speech_prob": 0.91}', HALLUCINATED),
    ("SPEAKER_00: Okay, so, um, yeah.", HALLUCINATED),
    ("[00:00.00 --> 00:03.00] Please subscribe to my channel.", HALLUCINATED),
    ("(wind noise) I think we should head back now.", HALLUCINATED),
    ("\u266a And I will always love you \u266a", HALLUCINATED),
    ("The song's lyrics go: \"Let it be, let it be, whisper words of wisdom.\"", HALLUCINATED),
    ("Lyrics:\nWe are the champions, my friends\nAnd we'll keep on fighting till the end", HALLUCINATED),
    ("No hay habla. Gracias por ver el video.", HALLUCINATED),
    ("Translation: \"Thank you for watching.\" (original: \u8c22\u8c22\u89c2\u770b)", HALLUCINATED),
    ("I couldn't hear much, but I think someone says \"let's go\" near the end.", HALLUCINATED),
]
