"""An eleventh text-verdict set (transcripts and meaning pairs only, table B of round 4), written after table A's
(``_fresh9_text``) fixes were committed and before any further change, by imagining other products than table A
did: speech APIs' own outputs (AWS Transcribe, Azure, AssemblyAI, Rev.ai-like monologues), Whisper's raw special
tokens, CSV/TSV exports, Otter/Teams-style speaker blocks, a language tag per line, a raw and a corrected
transcript, a reasoning preamble ("Let me listen carefully."), bold quotes, a confidence line after; plus fresh
rows of the issue's plain shapes. Meaning pairs: US clock idioms ("a quarter after five", "quarter till six"),
pounds-and-pence and euro amounts said the British way, spelled names against the word, e-mail addresses read out,
"gonna"/"wanna", bounds by preposition ("over 18" / "under 18", "until five" / "from five", "by 5%" / "to 5%"),
past against future ("a week ago" / "in a week", "last Monday" / "next Monday"), who gave whom, teen/ty numbers,
fractions, frequencies, modal flips ("must not" / "don't have to").

Conventions as in ``_fresh9_text``: indirect speech is kept whole; of two versions ("Raw" / "Corrected") the first
is the transcript; tags that are no words go; homophones are the same speech. Labelled by reading each row.
Same shapes as ``tests/_heldout_text.py``. Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str]] = [
    ('{"jobName": "call-0412", "results": {"transcripts": [{"transcript": "Hi, I\'m calling about my bill."}], '
     '"items": [{"start_time": "0.1", "alternatives": [{"content": "Hi"}]}]}, "status": "COMPLETED"}',
     "Hi, I'm calling about my bill."),
    ('{"RecognitionStatus": "Success", "Offset": 500000, "Duration": 23000000, "DisplayText": "Where is gate twelve?"}',
     "Where is gate twelve?"),
    ('{"id": "5551", "status": "completed", "text": "Please hold the line.", "confidence": 0.94, "audio_duration": 2}',
     "Please hold the line."),
    ('{"monologues": [{"speaker": 0, "elements": [{"type": "text", "value": "Good"}, {"type": "punct", "value": " "}, '
     '{"type": "text", "value": "morning"}, {"type": "punct", "value": "."}]}]}', "Good morning."),
    ("<|startoftranscript|><|en|><|transcribe|><|notimestamps|> The shop is closed on Mondays.<|endoftext|>",
     "The shop is closed on Mondays."),
    ("<|0.00|> Keep your ticket with you.<|2.40|>", "Keep your ticket with you."),
    ("start,end,speaker,text\n0.00,1.40,S1,Is the kettle on?\n1.40,2.10,S2,It just boiled.",
     "Is the kettle on? It just boiled."),
    ("start\tend\ttext\n0\t1520\tMind the step.\n1520\t2900\tIt's slippery.", "Mind the step. It's slippery."),
    ("Speaker 1  0:00\nIs this the right room for the interview?\n\nSpeaker 2  0:04\nYes, come on in.",
     "Is this the right room for the interview? Yes, come on in."),
    ("Anna Lee   0:02\nCan everyone see my screen?\n\nTom Ward   0:05\nYes, we can.", "Can everyone see my screen? Yes, we can."),
    ("[en] Turn the music down, please.", "Turn the music down, please."),
    ("Raw: i cant here you the line is bad\nCorrected: I can't hear you, the line is bad.",
     "i cant here you the line is bad"),
    ("Let me listen carefully. The speaker says: \"We're boarding in ten minutes.\"", "We're boarding in ten minutes."),
    ("Sure — the speaker says **\"Leave it on the doorstep.\"**", "Leave it on the doorstep."),
    ("Transcript: The lift is out of order.\nConfidence: 92%", "The lift is out of order."),
    ("_Note: the audio quality is low, so some words are guesses._\n\nI'll see you at the station.",
     "I'll see you at the station."),
    ("Transcript (auto-generated, may contain errors):\nthe red bag is under the seat", "the red bag is under the seat"),
    ("1. [0:00] Good afternoon.\n2. [0:02] How can I help?", "Good afternoon. How can I help?"),
    ("Transcription:\n\n[Speaker 1]: Did you get the tickets?\n\n[Speaker 2]: Two of them, yes.",
     "Did you get the tickets? Two of them, yes."),
    ("🎙️ Speaker: Please have your passport ready.", "Please have your passport ready."),
    ("Verbatim transcript below:\n\nuh the the parking is round the back", "uh the the parking is round the back"),
    ("The speaker mentions that the store closes early on Fridays.",
     "The speaker mentions that the store closes early on Fridays."),
    ("The speaker said hello and asked what time it was.", "The speaker said hello and asked what time it was."),
    ("Transcript: \"Bring a jacket.\" [END]", "Bring a jacket."),
    # the plain shapes, written fresh
    ('Speaker 1: "Are you ready?"\nSpeaker 2: "Almost, give me a minute."', "Are you ready? Almost, give me a minute."),
    ('Transcription (English): "The train is delayed by twenty minutes." Translation: not required.',
     "The train is delayed by twenty minutes."),
    ('1. Transcript: "Can I pay by card?"\n2. Speaker emotion: calm\n3. Speaker gender: male', "Can I pay by card?"),
    ("The user asked: Where's the nearest cash machine?", "Where's the nearest cash machine?"),
    ("Please stop calling this number, The tone is firm and annoyed.", "Please stop calling this number"),
    ('The user asked: "Could you repeat that?" The user sounds confused.', "Could you repeat that?"),
    # plain speech that looks like these wrappers
    ("Raw eggs can make you ill.", "Raw eggs can make you ill."),
    ("Confidence is everything in an interview.", "Confidence is everything in an interview."),
    ("Start, end, and everything in between.", "Start, end, and everything in between."),
]

MEANING: list[tuple[str, str, bool]] = [
    # the same meaning or the same speech
    ("Meet me at a quarter after five.", "Meet me at 5:15.", True),
    ("The film starts at quarter till six.", "The film starts at 5:45.", True),
    ("It's £3.50.", "It's three pounds fifty.", True),
    ("That's €10.", "That's ten euro.", True),
    ("It's $1.99.", "It's a dollar ninety-nine.", True),
    ("He's 6ft.", "He's six feet.", True),
    ("Walk 10K steps a day.", "Walk ten thousand steps a day.", True),
    ("It takes 3-4 days.", "It takes three to four days.", True),
    ("My name is Kate, K-A-T-E.", "My name is Kate, Kate.", True),
    ("Email john dot smith at gmail dot com.", "Email john.smith@gmail.com.", True),
    ("I'm gonna call at 5.", "I am going to call at five.", True),
    ("I wanna leave early.", "I want to leave early.", True),
    ("I'll meet you there.", "I'll meat you there.", True),
    ("Flight 2-0-9 is boarding.", "Flight two oh nine is boarding.", True),
    ("Go to Rm 12.", "Go to Room 12.", True),
    ("It opens at 10 AM.", "It opens at ten in the morning.", True),
    ("Give Tom the keys.", "Give the keys to Tom.", True),
    ("It's no problem.", "It's not a problem.", True),
    ("Walk half a mile.", "Walk 0.5 miles.", True),
    ("Send it ASAP.", "Send it as soon as possible.", True),
    # flips
    ("Meet me at a quarter after five.", "Meet me at a quarter to five.", False),
    ("It's £3.50.", "It's three pounds fifteen.", False),
    ("My name is Kate, K-A-T-E.", "My name is Kate, K-A-T-H.", False),
    ("Tickets are for over 18s.", "Tickets are for under 18s.", False),
    ("The shop is open until five.", "The shop is open from five.", False),
    ("Prices increased by 5%.", "Prices increased to 5%.", False),
    ("I called her a week ago.", "I'll call her in a week.", False),
    ("It was delivered last Monday.", "It will be delivered next Monday.", False),
    ("Tom gave Anna the keys.", "Anna gave Tom the keys.", False),
    ("There were sixteen cars.", "There were sixty cars.", False),
    ("She's eighteen.", "She's eighty.", False),
    ("Fill it a quarter full.", "Fill it a third full.", False),
    ("The drive takes half an hour.", "The drive takes an hour and a half.", False),
    ("Water the plants every other day.", "Water the plants every day.", False),
    ("Take it three times a day.", "Take it three times a week.", False),
    ("Give 0.5 ml.", "Give 5 ml.", False),
    ("You may leave now.", "You may not leave now.", False),
    ("You must not sign it.", "You don't have to sign it.", False),
    ("Neither Anna nor Ben is coming.", "Both Anna and Ben are coming.", False),
    ("I'd rather not go.", "I'd rather go.", False),
    ("Do not exceed 2 tablets a day.", "Exceed 2 tablets a day.", False),
]
