"""A fifteenth text-verdict set (transcripts and meaning pairs only, table F of round 4), written after table E's
(``_fresh13_text``) fixes were committed, as the last estimate of the final code: half the rows in the plain shapes
the issue lists, written harder (a grader's table "of the kinds above"), half in habits no earlier table holds.
Scored once as written (``tests/heldout_scores/fresh14_text_first_score.txt``), then its causes were fixed.

Conventions as in ``_fresh9_text``. Labelled by reading each row. Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str]] = [
    # the shapes, harder
    ("Speaker 1: Okay — so, um, where were we?\nSpeaker 2: Page four.", "Okay — so, um, where were we? Page four."),
    ("Speaker 1 (female): Can I help you?\nSpeaker 2 (male): Just looking, thanks.", "Can I help you? Just looking, thanks."),
    ('Transcription (English, US): "Grab me a coffee on your way in." Translation: N/A.', "Grab me a coffee on your way in."),
    ('Transcription (French): "On se voit demain." Translation (English): "See you tomorrow."', "On se voit demain."),
    ('1. Transcript: "The alarm code is the same as before."\n2. Speaker emotion: slightly impatient\n3. Gender: female',
     "The alarm code is the same as before."),
    ('1) Transcript — "Leave the porch light on."\n2) Emotion — neutral', "Leave the porch light on."),
    ('The user asked: "Can you read that back to me?" (spoken quickly)', "Can you read that back to me?"),
    ("The user said: I need a plumber today, it's an emergency.", "I need a plumber today, it's an emergency."),
    ("Pick up some bread on the way home, The tone is casual, almost bored.", "Pick up some bread on the way home"),
    ("Please don't touch that, The tone is slightly frustrated and the speaker is male.", "Please don't touch that"),
    ("The tone of this one is calm: \"We'll sort it out tomorrow.\"", "We'll sort it out tomorrow."),
    # habits no earlier table holds
    ("[Transcript begins]\nMorning, everyone.\n[Transcript ends]", "Morning, everyone."),
    ("Voice memo (0:07):\n“Remember to call the bank about the card.”", "Remember to call the bank about the card."),
    ("ASR hypothesis #1: turn of the lights\nASR hypothesis #2: turn off the lights", "turn of the lights"),
    ("Transcript\n-----------\nSpeaker A | Is the pool heated?\nSpeaker B | Yes, all year.",
     "Is the pool heated? Yes, all year."),
    ("Result ✅\n\nWe'll need three more chairs.", "We'll need three more chairs."),
    ("Caption: Mind your head on the way down.", "Mind your head on the way down."),
    ("The voicemail reads:\n\nHi, it's Sam, call me back.\n\n(end of message)", "Hi, it's Sam, call me back."),
    ("Detected speech (en-GB, 2.3 s): Could you close the door?", "Could you close the door?"),
    ("<p>Transcript:</p><blockquote>Hold the lift, please!</blockquote>", "Hold the lift, please!"),
    # plain speech that looks like these wrappers
    ("Caption this photo for me later.", "Caption this photo for me later."),
    ("The result was a draw.", "The result was a draw."),
]

MEANING: list[tuple[str, str, bool]] = [
    # the kinds, harder
    ("See you on the 2nd.", "See you on the second.", True),
    ("See you on the 2nd.", "See you in two.", False),
    ("It's quarter past nine at night.", "It's 21:15.", True),
    ("It's 21:15.", "It's 9:15 am.", False),
    ("That's 99p.", "That's ninety-nine pence.", True),
    ("That's 99p.", "That's ninety-nine pounds.", False),
    ("Ring 0161 496 0000.", "Ring oh one six one, four nine six, oh oh oh oh.", True),
    ("Ring 0161 496 0000.", "Ring oh one six one, four nine six, oh oh oh one.", False),
    ("The code is X-R-7.", "The code is X R seven.", True),
    ("We'd never agree.", "We would never agree.", True),
    ("You can leave early.", "You can't leave early.", False),
    ("It's thirteen euros.", "It's thirty euros.", False),
    ("I've never met her.", "I've met her.", False),
    ("Move £200 from savings into current.", "Move £200 from current into savings.", False),
    ("It's 10 km.", "It's 10 miles.", False),
    ("Their flight is late.", "There flight is late.", True),
    # other kinds
    ("The lift is out of order.", "The lift is working.", False),
    ("Keep left.", "Keep right.", False),
    ("Pay within 30 days.", "Pay after 30 days.", False),
    ("Half the seats are taken.", "50% of the seats are taken.", True),
]
