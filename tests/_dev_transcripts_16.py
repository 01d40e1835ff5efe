"""DEV wrapped-transcript table 16 (issue 22, task h26), written before reading ``scoring/transcript.py`` past its
function names, in the wrappers of models and products the earlier tables use least: Voxtral, Phi-4-multimodal,
Kimi-Audio, Step-Audio, MiniCPM-o, Audio Flamingo, Gemini 2.x with markdown headings, GPT-4o-realtime; transcripts in
JSON / YAML / SRT / WebVTT cues, diarised speaker turns with timestamps, markdown code blocks and tables,
"Original (French): ... English: ...", quotes followed by a summary, tone, confidence or language line, and a restated
question. Each row is (reply, the words spoken), or (reply, None) when the reply holds no transcript; a reply holding
an original and a translation was spoken in the original's language. Scored by ``tests/_heldout_score.py
_dev_transcripts_16``. A DEV table: its misses may be read and fixed for their cause. First score:
``tests/heldout_scores/dev_16_first_score.txt``."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    # JSON and YAML
    ('{"text": "Can you book a table for two at seven?", "language": "en"}', "Can you book a table for two at seven?"),
    ('{"segments": [{"start": 0.0, "end": 1.8, "text": " Hello, this is Maria."}, {"start": 1.8, "end": 3.5, '
     '"text": " I\'m calling about the flat."}], "language": "en"}', "Hello, this is Maria. I'm calling about the flat."),
    ('```json\n{\n  "transcript": "Two coffees and a croissant, please.",\n  "speaker_emotion": "cheerful"\n}\n```',
     "Two coffees and a croissant, please."),
    ('transcript: "Please send the invoice by Friday."\nlanguage: en\nconfidence: 0.94',
     "Please send the invoice by Friday."),
    ("segments:\n  - speaker: A\n    text: Where did you park?\n  - speaker: B\n    text: Behind the library.",
     "Where did you park? Behind the library."),
    ("transcription: |\n  I'm running about ten minutes late,\n  save me a seat.\nspeaker_count: 1",
     "I'm running about ten minutes late, save me a seat."),
    ('<transcript lang="en">Can you pick up the kids at four?</transcript>', "Can you pick up the kids at four?"),
    # subtitles
    ("1\n00:00:00,000 --> 00:00:02,400\nThe bus is running late\n\n2\n00:00:02,400 --> 00:00:04,100\n"
     "so start without me.", "The bus is running late so start without me."),
    ("WEBVTT\n\n00:00.000 --> 00:03.200\n<v Speaker 1>I need to reset my password.\n\n00:03.200 --> 00:05.000\n"
     "<v Speaker 1>It says my account is locked.", "I need to reset my password. It says my account is locked."),
    ("1\n00:00:00,500 --> 00:00:03,000\n[music]\n\n2\n00:00:03,000 --> 00:00:06,000\nWelcome back to the show.",
     "Welcome back to the show."),
    ("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500 align:start\nWe're closing in five minutes.\n\n2\n"
     "00:00:02.500 --> 00:00:04.000\nPlease bring your items to the till.",
     "We're closing in five minutes. Please bring your items to the till."),
    # diarised turns with timestamps
    ("[00:00:01] Speaker A: Is the pharmacy still open?\n[00:00:03] Speaker B: Until nine, I think.",
     "Is the pharmacy still open? Until nine, I think."),
    ("00:00 \u2013 00:04  Agent: Thank you for calling, how can I help?\n00:04 \u2013 00:07  Caller: My internet keeps "
     "dropping out.", "Thank you for calling, how can I help? My internet keeps dropping out."),
    ("Anna (0.0s\u20132.1s): Have you seen my glasses?\nTom (2.1s\u20133.4s): They're on your head.",
     "Have you seen my glasses? They're on your head."),
    ("| Time | Speaker | Text |\n|---|---|---|\n| 0:00 | S1 | Did you lock the back door? |\n| 0:02 | S2 | Yes, twice. |",
     "Did you lock the back door? Yes, twice."),
    ("Speaker 1 (angry): I've been on hold for forty minutes!", "I've been on hold for forty minutes!"),
    # markdown: code blocks, headings (Gemini 2.x), numbered sections
    ("Here's the transcript:\n\n```\nturn left at the next roundabout\n```", "turn left at the next roundabout"),
    ('## Transcription\n\n**Speaker:** "Let\'s grab lunch after the meeting."\n\n## Analysis\n- **Tone:** friendly\n'
     "- **Background:** office chatter", "Let's grab lunch after the meeting."),
    ("### Transcript\n\n**[00:00]** Okay, let's start with the quarterly numbers.\n**[00:03]** Revenue is up eight "
     "percent.\n\n### Summary\nA short business update.",
     "Okay, let's start with the quarterly numbers. Revenue is up eight percent."),
    ("**1. Transcript**\nTurn the volume down, please.\n\n**2. Emotion**\nIrritated", "Turn the volume down, please."),
    ("# Audio analysis\n\n## What was said\n> The parcel is with your neighbour at number twelve.\n\n"
     "## Speaker\nAdult male, British accent, calm.", "The parcel is with your neighbour at number twelve."),
    # original and translation
    ("Original (French): Je voudrais un billet pour Lyon, s'il vous pla\u00eet.\nEnglish: I would like a ticket to "
     "Lyon, please.", "Je voudrais un billet pour Lyon, s'il vous pla\u00eet."),
    ("Original (Spanish): \u00bfD\u00f3nde est\u00e1 la estaci\u00f3n de tren?\nTranslation: Where is the train "
     "station?", "\u00bfD\u00f3nde est\u00e1 la estaci\u00f3n de tren?"),
    ("**Original (Italian):** Il treno \u00e8 in ritardo di venti minuti.\n**English:** The train is twenty minutes "
     "late.", "Il treno \u00e8 in ritardo di venti minuti."),
    ("English translation: I'm hungry.\nOriginal (German): Ich habe Hunger.", "Ich habe Hunger."),
    ("Transcript: I think the battery is almost dead.\nTranslation (Spanish): Creo que la bater\u00eda est\u00e1 casi "
     "agotada.", "I think the battery is almost dead."),
    # quotes with a trailing summary / tone / confidence / language line
    ('"We ran out of milk again, can you grab some on the way home?"\n\nSummary: The speaker asks someone to buy milk.',
     "We ran out of milk again, can you grab some on the way home?"),
    ("Move the meeting to next Tuesday afternoon.\nTone: neutral, businesslike", "Move the meeting to next Tuesday afternoon."),
    ("The package should arrive on Monday.\n(Confidence: 87%)", "The package should arrive on Monday."),
    ("I'll be there in ten minutes.\nDetected language: English (en-US)", "I'll be there in ten minutes."),
    ('"Check the oil before the long drive."\nLanguage: English \u00b7 Accent: Scottish', "Check the oil before the long drive."),
    ('"Let the dog out before you leave." \u2014 transcribed with high confidence.', "Let the dog out before you leave."),
    ("The meeting is cancelled due to the weather. [confidence: high]", "The meeting is cancelled due to the weather."),
    # restated question / conversational wrappers
    ("You asked me to transcribe the audio. The speaker says: I can't find my charger anywhere.",
     "I can't find my charger anywhere."),
    ('Q: What did the speaker say?\nA: "The results will be posted online tomorrow."',
     "The results will be posted online tomorrow."),
    ('Sure \u2014 they said, "Could you close the window, it\'s freezing in here." Sounds like they\'re a bit cold!',
     "Could you close the window, it's freezing in here."),
    ('Got it! You said: "Add eggs and spinach to my shopping list." Want me to add anything else?',
     "Add eggs and spinach to my shopping list."),
    ('The speaker is asking: "Is this seat taken?"', "Is this seat taken?"),
    # Voxtral, Phi-4, Kimi-Audio, Step-Audio, MiniCPM-o, Audio Flamingo
    ("Here is the transcription:\n\nThe lecture starts at nine sharp, don't be late.\n\nThe speaker appears to be "
     "reminding a student.", "The lecture starts at nine sharp, don't be late."),
    ('The audio says: "I\'d like to return these shoes, they\'re too small." It sounds like a customer at a shop counter.',
     "I'd like to return these shoes, they're too small."),
    ('Transcription: "Where\'s the nearest cash machine?"', "Where's the nearest cash machine?"),
    ("<|startoftranscript|><|en|><|transcribe|> The elevator is out of order, please use the stairs.<|endoftext|>",
     "The elevator is out of order, please use the stairs."),
    ("Transcription result: The printer on the third floor is jammed again. (Speaker emotion: annoyed)",
     "The printer on the third floor is jammed again."),
    ('The speech content is: "Remember to water the plants while I\'m away."', "Remember to water the plants while I'm away."),
    ("Sure, the transcription is as follows: I'll text you the address later tonight. The speaker sounds relaxed and "
     "speaks at a moderate pace.", "I'll text you the address later tonight."),
    ('The audio contains a man saying "the gate code is four four seven one" followed by a door opening.',
     "the gate code is four four seven one"),
    ("A woman speaks calmly over light rain: 'Don't forget your umbrella.'", "Don't forget your umbrella."),
    ("[phone rings] Hello? Yes, this is Daniel speaking.", "Hello? Yes, this is Daniel speaking."),
    # look-alikes: spoken words that resemble wrapper lines must stay
    ("Let's go over the plan again.\nTone it down a bit, everyone's asleep.",
     "Let's go over the plan again. Tone it down a bit, everyone's asleep."),
    ("Thank you for calling. Your confidence means a lot to us.", "Thank you for calling. Your confidence means a lot to us."),
    ("English is not my first language, please speak slowly.", "English is not my first language, please speak slowly."),
    # no transcript in the reply
    ("I'm sorry, I can't transcribe this \u2014 the audio appears to contain only music.", None),
    ("I can't make out any words \u2014 the recording is mostly wind noise. Could you upload a clearer version?", None),
    ("## Transcript\n\n_No speech detected._\n\n## Audio description\nA dog barking twice and traffic in the distance.",
     None),
    ("There's no speech in this clip to transcribe.", None),
]
