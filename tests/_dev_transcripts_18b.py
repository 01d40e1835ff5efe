"""DEV wrapped-transcript batch 18b (issue 22, task h32), written after the fixes table 18 led to, as a first-sight
check that they generalise: transcripts in wrappers of the styles of table 18 and others (labels in other languages,
translations, speaker turns with times, lyrics, quotes with a manner, list items), and replies holding no transcript.
Each row is (reply, the words spoken) or (reply, None). A DEV table. First score:
``tests/heldout_scores/dev_18b_first_score.txt``."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    ("Transcription : Je cherche la gare routi\u00e8re.\nTraduction : I'm looking for the bus station.",
     "Je cherche la gare routi\u00e8re."),
    ("Trascrizione: Dove posso comprare i biglietti?", "Dove posso comprare i biglietti?"),
    ("\u8bc6\u522b\u7ed3\u679c\uff1a\u660e\u5929\u4e0b\u5348\u4e09\u70b9\u5f00\u4f1a\u3002", "\u660e\u5929\u4e0b\u5348"
     "\u4e09\u70b9\u5f00\u4f1a\u3002"),
    ("Original: Ich habe meinen Schl\u00fcssel verloren.\n\u00dcbersetzung: I lost my key.",
     "Ich habe meinen Schl\u00fcssel verloren."),
    ('The woman says in Spanish: "\u00bfMe puede ayudar, por favor?" (Can you help me, please?)',
     "\u00bfMe puede ayudar, por favor?"),
    ('A man shouts angrily, "Get off my lawn!"', "Get off my lawn!"),
    ("The announcer says: \u201cFlight 214 is now boarding at gate nine.\u201d", "Flight 214 is now boarding at gate nine."),
    ("**Nurse** (0:02): How are you feeling today?\n**Patient** (0:04): A bit dizzy.",
     "How are you feeling today? A bit dizzy."),
    ("Teacher (00:00): Open your books to page ten.\nStudent (00:03): Which book?",
     "Open your books to page ten. Which book?"),
    ("speakers: 2\nsegments:\n  - speaker: A\n    text: Is it raining?\n  - speaker: B\n    text: Just a little.",
     "Is it raining? Just a little."),
    ("Here is the transcript:\n\n- Preheat the oven to two hundred degrees.\n- Grease the tin.",
     "Preheat the oven to two hundred degrees. Grease the tin."),
    ("[Chorus]\nOh, carry me home\nCarry me home tonight", "Oh, carry me home Carry me home tonight"),
    ("Lyrics (partial): \"Hey Jude, don't make it bad\"", "Hey Jude, don't make it bad"),
    ("The choir is singing: \"Silent night, holy night.\"", "Silent night, holy night."),
    ("Transcript: Can you hear me now?\n\nThe speaker sounds frustrated, like they've been repeating themselves.",
     "Can you hear me now?"),
    ('{"result": {"transcript": "Two tickets for the matinee, please.", "confidence": 0.88}}',
     "Two tickets for the matinee, please."),
    ("WEBVTT\n\n00:00.000 --> 00:02.000\n[music]\n\n00:02.000 --> 00:04.500\nGood morning, Vietnam!",
     "Good morning, Vietnam!"),
    ("Speaker 1 [00:00:02]: I'll take the window seat.", "I'll take the window seat."),
    ("In the recording a little girl asks her mum, 'Can I have a puppy?'", "Can I have a puppy?"),
    ("Okay, here's what was said: the parking lot closes at midnight.", "the parking lot closes at midnight."),
    ("Sprache: Deutsch\nTranskription: Wir sehen uns morgen.", "Wir sehen uns morgen."),
    ("Lyrics are not something I can reproduce, but I can tell you the song is a slow country ballad.", None),
    ("No hay voz en la grabaci\u00f3n, solo el sonido de una puerta.", None),
    ("\u97f3\u58f0\u306a\u3057\uff08\u96e8\u306e\u97f3\u306e\u307f\uff09", None),
    ("I can't transcribe this \u2014 there's only birdsong.", None),
    ("Speaker notes are on the second slide.", "Speaker notes are on the second slide."),
]
