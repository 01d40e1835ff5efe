"""A fourteenth text-verdict set (transcripts and meaning pairs only, table E of round 4), written after table D's
(``_fresh12_text``) fixes were committed and before any further change, scored once as written
(``tests/heldout_scores/fresh13_text_first_score.txt``): a fourth estimate of how round 4's fixes generalise.
Habits no earlier table holds: Speechmatics-like word tokens with punctuation, XML segments, YAML lists of turns,
LRC time tags ("[00:12.00]Hello"), SRT with font tags, "TRANSCRIPTION START/END", a time mid-sentence, "Word count:",
"Speaker identification: 2 speakers", an emoji pointing at the transcript, a label with commas in its parenthetical;
plus fresh plain shapes of the issue. Meaning pairs: single/double, first/second class, upper/lower, inbound/outbound,
ascending/descending, "got to" / "have to", "at the latest", won/lost, 66 / 660, "3-5" / "between 3 and 5".

Conventions as in ``_fresh9_text``. Labelled by reading each row. Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str]] = [
    ('{"results": [{"type": "word", "alternatives": [{"content": "See"}]}, {"type": "word", "alternatives": [{"content": '
     '"you"}]}, {"type": "word", "alternatives": [{"content": "soon"}]}, {"type": "punctuation", "alternatives": '
     '[{"content": "."}]}]}', "See you soon."),
    ('<transcript><segment start="0.0">Hi there.</segment><segment start="1.2">Bye now.</segment></transcript>',
     "Hi there. Bye now."),
    ("- speaker: A\n  text: Is the car ready?\n- speaker: B\n  text: Not until four.", "Is the car ready? Not until four."),
    ("[00:12.00]Hold me closer\n[00:15.50]Tiny dancer", "Hold me closer Tiny dancer"),
    ('1\n00:00:00,000 --> 00:00:02,000\n<font color="#ffffff">Keep calm.</font>', "Keep calm."),
    ("TRANSCRIPTION START\nthe van is parked outside\nTRANSCRIPTION END", "the van is parked outside"),
    ("Transcript: Hi there (0:02) how are you doing?", "Hi there how are you doing?"),
    ("Transcript: We need more chairs in hall B.\nWord count: 8", "We need more chairs in hall B."),
    ("Speaker identification: 2 speakers\n\nA: Did you lock up?\nB: Twice.", "Did you lock up? Twice."),
    ("Okay, here's the transcript for you 👇\n\nI'll pick you up at seven.", "I'll pick you up at seven."),
    ("Transcribed text (verbatim, with disfluencies): I, er, I'll check.", "I, er, I'll check."),
    ("Sure! 🎧 Transcript: Don't forget the milk.", "Don't forget the milk."),
    ("Here's a transcript of the audio:\n\n**[0:00]** Welcome aboard.\n**[0:03]** Please take your seats.",
     "Welcome aboard. Please take your seats."),
    ("The audio has a man and a woman talking.\nMan: Where to?\nWoman: The airport, please.", "Where to? The airport, please."),
    ("Transcript: Keep the receipt.\n\nPlease note that this transcription may contain errors.", "Keep the receipt."),
    ("What I could make out:\n\n...turn right at the church, then...", "turn right at the church, then"),
    ("The person in the recording speaks Spanish: \"¿Dónde está la salida?\" (Where is the exit?)",
     "¿Dónde está la salida?"),
    # the plain shapes, written fresh
    ("Speaker 1: Are you still at work?\nSpeaker 2: Just leaving now.", "Are you still at work? Just leaving now."),
    ('Transcription (English): "Two lattes, please." Translation: not required.', "Two lattes, please."),
    ('1. Transcript: "The gate code changed."\n2. Speaker emotion: calm', "The gate code changed."),
    ('The user asked: "Is there parking at the venue?"', "Is there parking at the venue?"),
    ("We're running out of time, The tone is tense.", "We're running out of time"),
    # plain speech that looks like these wrappers
    ("Word count doesn't matter here.", "Word count doesn't matter here."),
    ("Okay, here's the plan: we leave at six.", "Okay, here's the plan: we leave at six."),
    ("A: the first option, or B: the second?", "A: the first option, or B: the second?"),
]

MEANING: list[tuple[str, str, bool]] = [
    # the same
    ("I've got to go.", "I have to go.", True),
    ("Reply by Friday.", "Reply on Friday at the latest.", True),
    ("It takes 3-5 days.", "It takes between three and five days.", True),
    ("Table for two at 8, please.", "I'd like a table for two at eight.", True),
    ("Gate 5A.", "Gate five A.", True),
    ("We're open 24 hours.", "We're open twenty-four hours.", True),
    ("He won by 2 points.", "He won by two points.", True),
    ("It's a single room.", "It's a single room, please.", True),
    ("It's on the lower deck.", "It's on the bottom deck.", True),
    ("Press the hash key.", "Press the pound key.", True),
    # flips
    ("Book a single room.", "Book a double room.", False),
    ("Two first-class tickets.", "Two second-class tickets.", False),
    ("It's on the upper deck.", "It's on the lower deck.", False),
    ("The inbound train is late.", "The outbound train is late.", False),
    ("Sort it in ascending order.", "Sort it in descending order.", False),
    ("He won by 2 points.", "He lost by 2 points.", False),
    ("Bus sixty-six.", "Bus six sixty.", False),
    ("Please hold.", "Please don't hold.", False),
    ("It takes 3-5 days.", "It takes 3-5 weeks.", False),
    ("The shop opens at 9.", "The shop closes at 9.", False),
    ("I've got to go.", "I haven't got to go.", False),
    ("Take the stairs up.", "Take the stairs down.", False),
]
