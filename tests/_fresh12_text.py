"""A thirteenth text-verdict set (transcripts and meaning pairs only, table D of round 4), written after table C's
(``_fresh11_text``) fixes were committed and before any further change, scored once as written
(``tests/heldout_scores/fresh12_text_first_score.txt``): a third estimate of how round 4's fixes generalise. The
habits of general chat models answering "What does the speaker say?" at length: an analysis paragraph after the
transcript, "Based on the audio, …", "I believe the speaker says …", "It seems to be a voicemail. Here's what it
says: …", a transcript inside a sentence with context after, numbered "Speaker 1 —" turns, a heading "Transcript of
the voicemail", a transcript with a footnote marker, "Speaker (unknown):", a paraphrase offered beside the exact
words; plus fresh plain shapes of the issue. Meaning pairs: word-boundary confusions ("a part" / "apart",
"every day" / "everyday"), "not all" / "none", neg-raising ("I don't think it's open" / "I think it's not open"),
"only if" / "unless", "USD 50", "50 bucks", "5-10 minutes", unicode fractions, European thousands.

Conventions as in ``_fresh9_text``. Labelled by reading each row. Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str]] = [
    ('The speaker says: "Can you move your car? You\'re blocking the drive."\n\nAnalysis: The speaker is politely asking '
     "someone to move a vehicle. The tone suggests mild annoyance.", "Can you move your car? You're blocking the drive."),
    ('Based on the audio, the speaker says "the gas bill is due on Friday."', "the gas bill is due on Friday."),
    ('I believe the speaker says, "Don\'t forget your umbrella."', "Don't forget your umbrella."),
    ("It seems to be a voicemail. Here's what it says:\n\nHi, it's the dentist's office calling to confirm your "
     "appointment.", "Hi, it's the dentist's office calling to confirm your appointment."),
    ("### Transcript of the voicemail\n\nHey, it's Jo. Call me back.\n\n### Context\nA friend returning a call.",
     "Hey, it's Jo. Call me back."),
    ("Speaker 1 — Are we nearly there?\nSpeaker 2 — Ten more minutes.", "Are we nearly there? Ten more minutes."),
    ("Transcript: The heating's broken again.¹\n\n¹ Some background noise at this point.", "The heating's broken again."),
    ("Speaker (unknown): Whose bag is this?", "Whose bag is this?"),
    ('Exact words: "I\'ll be late, start without me."\nParaphrase: The speaker will be late and says not to wait.',
     "I'll be late, start without me."),
    ('In the clip, someone shouts "Stop the bus!" and then a horn sounds.', "Stop the bus!"),
    ("The recording contains one sentence:\n\n\"Your prescription is ready.\"", "Your prescription is ready."),
    ("Here's a verbatim transcript:\n\n\"Okay... so... the, uh, the keys are in the drawer.\"\n\nI kept the hesitations as "
     "spoken.", "Okay... so... the, uh, the keys are in the drawer."),
    ("What the speaker says (transcribed):\n\n> I've left the spare key with Mrs. Patel.",
     "I've left the spare key with Mrs. Patel."),
    ("The caller, who sounds like an older man, says: \"Is this the right number for the clinic?\"",
     "Is this the right number for the clinic?"),
    ("I heard the following: Pass the salt, please. Nothing else is said after that.", "Pass the salt, please."),
    ("Transcription (confidence 0.81): Turn left at the roundabout.", "Turn left at the roundabout."),
    ("The audio is a short announcement: \"The library will close in fifteen minutes.\"",
     "The library will close in fifteen minutes."),
    ("Of course. Transcription below.\n\n---\n\nWe're meeting at the usual place.\n\n---", "We're meeting at the usual place."),
    ("Here is what was said, word for word:\n1. \"Is it raining?\"\n2. \"Only a little.\"", "Is it raining? Only a little."),
    ("The speaker asks whether the museum is open late on Thursdays.",
     "The speaker asks whether the museum is open late on Thursdays."),
    # the plain shapes, written fresh
    ("Speaker 1: I'll take the window seat.\nSpeaker 2: Fine by me.", "I'll take the window seat. Fine by me."),
    ('Transcription (English): "Has anyone seen my glasses?" Translation: not required.', "Has anyone seen my glasses?"),
    ('1. Transcript: "Please sign here."\n2. Speaker emotion: neutral\n3. Background noise: traffic', "Please sign here."),
    ('The user asked: "How far is the station from here?"', "How far is the station from here?"),
    ("I think I left the stove on, The tone is slightly worried.", "I think I left the stove on"),
    # plain speech that looks like these wrappers
    ("Analysis paralysis is a real thing.", "Analysis paralysis is a real thing."),
    ("Based on the forecast, we should leave early.", "Based on the forecast, we should leave early."),
    ("Context matters more than you think.", "Context matters more than you think."),
]

MEANING: list[tuple[str, str, bool]] = [
    # the same meaning or the same speech
    ("I work out every day.", "I work out everyday.", True),
    ("It may be late.", "It maybe late.", True),
    ("I don't think it's open.", "I think it's not open.", True),
    ("It costs USD 50.", "It costs $50.", True),
    ("It's 50 bucks.", "It's $50.", True),
    ("Wait 5-10 minutes.", "Wait five to ten minutes.", True),
    ("Add ¼ cup of milk.", "Add a quarter cup of milk.", True),
    ("Only call if it's urgent.", "Don't call unless it's urgent.", True),
    ("Reply by the end of the day.", "Reply by end of day.", True),
    ("We close at 6:00.", "We close at six.", True),
    ("It's twelve thirty.", "It's 12:30.", True),
    ("He's in Flat 4.", "He's in flat four.", True),
    ("It's about 2 km away.", "It's roughly two kilometres away.", True),
    ("Turn the radio up a bit.", "Turn the radio up a little.", True),
    ("Keep them a part.", "Keep them apart.", True),
    # flips
    ("Not all of them came.", "None of them came.", False),
    ("All of them came.", "None of them came.", False),
    ("Call if it's urgent.", "Call unless it's urgent.", False),
    ("It costs USD 50.", "It costs USD 15.", False),
    ("Wait 5-10 minutes.", "Wait 5-10 hours.", False),
    ("Add ¼ cup of milk.", "Add ½ cup of milk.", False),
    ("We close at 6:00.", "We close at 6:30.", False),
    ("The left lane is closed.", "The right lane is closed.", False),
    ("She always arrives early.", "She always arrives late.", False),
    ("The parcel was sent.", "The parcel wasn't sent.", False),
    ("It's about 2 km away.", "It's about 20 km away.", False),
    ("He's in Flat 4.", "He's in Flat 14.", False),
    ("You should call him.", "You should have called him.", False),
    ("Store below 5 degrees.", "Store above 5 degrees.", False),
    ("I'm allergic to nuts.", "I'm not allergic to nuts.", False),
]
