"""A twelfth text-verdict set (transcripts and meaning pairs only, table C of round 4), written after table B's
(``_fresh10_text``) fixes were committed and before any further change, scored once as written
(``tests/heldout_scores/fresh11_text_first_score.txt``): a second estimate of how round 4's fixes generalise. Habits
neither table A nor B holds: TV closed captions (">> ANCHOR:", "[MUSIC PLAYING]"), Q/A interview turns, SSML,
Python-repr dicts, JSON arrays of strings, an indented code block, an arrow or dash after the label, a quote with
its attribution after it, a summary then "Exact words:", a keyword line after, "[audio cuts off]", a colon spoken
inside a quoted transcript; plus fresh plain shapes of the issue. Meaning pairs: numbers that trade places ("buy 2,
get 1 free"), from/to with numbers, scores ("3-1" / "1-3"), "hardly"/"barely" as negators, anticlockwise, compass
compounds, "grand", "three-quarters of an hour", military time, double negation.

Conventions as in ``_fresh9_text``. Labelled by reading each row. Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str]] = [
    (">> ANCHOR: Good evening, and welcome.\n>> REPORTER: Thanks, Tom.", "Good evening, and welcome. Thanks, Tom."),
    ("[MUSIC PLAYING] Welcome back to the show. [APPLAUSE]", "Welcome back to the show."),
    ("Q: How long have you worked here?\nA: About six years.", "How long have you worked here? About six years."),
    ("<speak>Turn off the porch light.</speak>", "Turn off the porch light."),
    ("{'text': 'Call me when you land.', 'language': 'en'}", "Call me when you land."),
    ('["Hello?", "Is anyone there?"]', "Hello? Is anyone there?"),
    ("Transcript:\n\n    Put the heating on low.", "Put the heating on low."),
    ("Transcript → Put the kettle on.", "Put the kettle on."),
    ("Transcript — We're out of bread.", "We're out of bread."),
    ("“Close the window, it's freezing.” — Speaker 1", "Close the window, it's freezing."),
    ("> Close the window.\n> — Speaker 1", "Close the window."),
    ("The caller wants a refund. Exact words: \"I want my money back.\"", "I want my money back."),
    ("Transcript: I'd like to cancel my order.\nKeywords: cancel, order\nIntent: cancellation",
     "I'd like to cancel my order."),
    ("Transcript: ...and that's why I left early. [audio cuts off]", "and that's why I left early."),
    ('Transcript: "Note: the meeting is at three."', "Note: the meeting is at three."),
    ("Transcript: Summary of today: we shipped it.", "Summary of today: we shipped it."),
    ("Here's the text from the audio (Spanish), with an English translation below:\n\nHola, ¿qué tal?\n\nEnglish: Hi, how "
     "are you?", "Hola, ¿qué tal?"),
    ("He said: \"Meet me by the clock tower.\"", "Meet me by the clock tower."),
    ("Speaker 1 said: Turn it down, please.", "Turn it down, please."),
    ("[00:00.000 --> 00:02.000]  Hi, it's me.\n[00:02.000 --> 00:04.000]  Call me back.", "Hi, it's me. Call me back."),
    ("Audio transcript (3 s):\nIs the shop still open?", "Is the shop still open?"),
    ("**[00:00] Host:** Welcome back.\n**[00:03] Guest:** Glad to be here.", "Welcome back. Glad to be here."),
    # the plain shapes, written fresh
    ("SPEAKER 1: Where's the remote?\nSPEAKER 2: Under the cushion.", "Where's the remote? Under the cushion."),
    ('Transcription (English): "I\'ll be there by six." Translation: not required.', "I'll be there by six."),
    ('1. Transcript: "Where did you park?"\n2. Speaker emotion: worried', "Where did you park?"),
    ('The user asked: "What\'s the weather like in Leeds?"', "What's the weather like in Leeds?"),
    ("My flight got cancelled again, The tone is slightly frustrated.", "My flight got cancelled again"),
    # plain speech that looks like these wrappers
    ("Q and A starts at noon.", "Q and A starts at noon."),
    ("Keywords matter for search.", "Keywords matter for search."),
    ("He said he'd call.", "He said he'd call."),
]

MEANING: list[tuple[str, str, bool]] = [
    # the same
    ("It's twenty to three.", "It's 2:40.", True),
    ("The film starts at three-thirty.", "The film starts at 3:30.", True),
    ("Report at 0700.", "Report at seven a.m.", True),
    ("Music from the 70s.", "Music from the seventies.", True),
    ("Seventy-five percent of it.", "75% of it.", True),
    ("It takes three-quarters of an hour.", "It takes 45 minutes.", True),
    ("We're open 9 to 5.", "We're open nine till five.", True),
    ("The score was 3-1.", "The score was three to one.", True),
    ("It's £1m.", "It's one million pounds.", True),
    ("It cost 5,000 dollars.", "It cost five grand.", True),
    ("I'm not sure.", "I'm unsure.", True),
    ("Take a left at the lights.", "Turn left at the lights.", True),
    ("It's half price.", "It's 50% off.", True),
    ("The door isn't unlocked.", "The door is locked.", True),
    # flips
    ("Buy 2, get 1 free.", "Buy 1, get 2 free.", False),
    ("Go from floor 2 to floor 9.", "Go from floor 9 to floor 2.", False),
    ("Mix 2 parts water with 1 part vinegar.", "Mix 1 part water with 2 parts vinegar.", False),
    ("The score was 3-1.", "The score was 1-3.", False),
    ("I can hardly hear you.", "I can hear you.", False),
    ("Barely anyone came.", "Everyone came.", False),
    ("Turn it clockwise.", "Turn it anticlockwise.", False),
    ("Turn it clockwise.", "Turn it counterclockwise.", False),
    ("Head north-east.", "Head north-west.", False),
    ("Don't leave without me.", "Leave without me.", False),
    ("Wait, don't send it.", "Wait, send it.", False),
    ("Set the volume to 8.", "Set the volume to 80.", False),
    ("It's in room 3B.", "It's in room 3D.", False),
    ("It's on the first floor.", "It's on the fourth floor.", False),
    ("Less than half of them came.", "More than half of them came.", False),
    ("It cost 5,000 dollars.", "It cost five hundred dollars.", False),
]
