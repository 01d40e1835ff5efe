"""FOURTEENTH held-out set, wrapped transcripts (issue 22), written blind (before reading ``scoring/transcript.py`` or
any earlier transcript table's rows) in the wrappers of models and products the earlier sets did not imagine: Voxtral
and Step-Audio replies in the spoken language with a translation, Whisper-style JSON with segments, SRT and WebVTT
cues, speaker diarisation (labels, timestamps, JSON turns), Gemini 2.x markdown headings and block quotes, GPT-4o
realtime voice mode transcribed ("They said, ..."), Kimi-Audio special tokens, Audio Flamingo captions quoting the
words, chain-of-thought with a final transcript line, inline emotion tags, trailing commentary and offers, refusals to
transcribe noise, and plain transcripts whose own words look like a wrapper. Each row is (reply, the words spoken), or
(reply, None) when the reply holds no transcript. Scored by ``tests/_heldout_score.py _heldout_transcripts_14``. First
score: ``tests/heldout_scores/fourteenth_set_first_score.txt``. Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    # spoken language first, then a translation
    ('Transcription: "Bonjour, je voudrais réserver une table pour deux."\n'
     '(Translation: "Hello, I\'d like to book a table for two.")', "Bonjour, je voudrais réserver une table pour deux."),
    ('Transcripción: "¿Dónde está la estación de tren?"\nTraducción: "Where is the train station?"',
     "¿Dónde está la estación de tren?"),
    ('Detected language: Italian\nTranscript: "Vorrei un caffè, per favore."\nEnglish: "I would like a coffee, please."',
     "Vorrei un caffè, per favore."),
    ('"Ich habe meinen Schlüssel verloren." (I have lost my key.)', "Ich habe meinen Schlüssel verloren."),
    ("转写：我明天去北京。\nTranslation: I'm going to Beijing tomorrow.", "我明天去北京。"),
    # JSON and tags
    ('{"text": "Turn left at the next roundabout.", "language": "en", "confidence": 0.94}',
     "Turn left at the next roundabout."),
    ('{"segments": [{"start": 0.0, "end": 1.8, "text": "Where is the"}, '
     '{"start": 1.8, "end": 3.1, "text": "nearest pharmacy?"}]}', "Where is the nearest pharmacy?"),
    ('[{"speaker": "S1", "text": "Is the kitchen still open?"}, {"speaker": "S2", "text": "Only until ten."}]',
     "Is the kitchen still open? Only until ten."),
    ('<transcript lang="en">The kettle has boiled.</transcript>', "The kettle has boiled."),
    ("<|transcript|>Set an alarm for seven tomorrow.<|endoftranscript|>", "Set an alarm for seven tomorrow."),
    ("```\nWe need three more chairs in the hall.\n```", "We need three more chairs in the hall."),
    # SRT and WebVTT cues
    ("1\n00:00:00,000 --> 00:00:02,400\nI'll meet you at the station\n\n2\n00:00:02,400 --> 00:00:04,100\n"
     "at half past six.", "I'll meet you at the station at half past six."),
    ("WEBVTT\n\n00:00.000 --> 00:03.200\n<v Anna>Can you hear me now?</v>", "Can you hear me now?"),
    ("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nThe store opens\n\n2\n00:00:01.500 --> 00:00:03.000\n"
     "at nine on Sundays.", "The store opens at nine on Sundays."),
    ("[0.00s - 2.10s] The printer is out of paper.", "The printer is out of paper."),
    # speaker diarisation
    ("[SPEAKER_00] Hi, is this the help desk?\n[SPEAKER_01] Yes, how can I help?",
     "Hi, is this the help desk? Yes, how can I help?"),
    ("Speaker A (00:01): The meeting moved to Thursday.\nSpeaker B (00:03): Thanks for letting me know.",
     "The meeting moved to Thursday. Thanks for letting me know."),
    ("User: What's the weather like in Oslo?", "What's the weather like in Oslo?"),
    ("Speaker 1: I think the tone was wrong.", "I think the tone was wrong."),
    # Gemini markdown, Phi-4 and Audio Flamingo framing
    ("## Transcript\n\n> The parcel will arrive between nine and eleven.\n\n## Notes\n- Single speaker, female\n"
     "- Calm tone", "The parcel will arrive between nine and eleven."),
    ("**Transcript:** Keep the receipt for the warranty.\n**Language:** English\n**Speakers:** 1",
     "Keep the receipt for the warranty."),
    ('Sure, here\'s the transcription of the audio:\n\n"Call me back when you get this message."\n\n'
     "The speaker seems to be leaving a voicemail.", "Call me back when you get this message."),
    ('The transcription of the audio is as follows: "My flight lands at gate twelve."', "My flight lands at gate twelve."),
    ('The audio contains a woman saying "Watch out for the step."', "Watch out for the step."),
    ("Transcript (confidence 0.87): Bring an umbrella tomorrow.", "Bring an umbrella tomorrow."),
    # GPT-4o realtime voice mode, transcribed
    ('Sure! They said, "I\'m running about ten minutes late." Sounds like they\'re in a car.',
     "I'm running about ten minutes late."),
    ("You want a transcript of the clip. Here it is: Please close the window behind you.",
     "Please close the window behind you."),
    # chain of thought, then the transcript
    ("Listening carefully, the first word sounds like 'could', then 'you', 'pass', 'the', 'salt'.\n"
     "Final transcript: Could you pass the salt?", "Could you pass the salt?"),
    # trailing commentary, offers, tags
    ("Don't forget to water the plants. The speaker sounds tired and speaks slowly.", "Don't forget to water the plants."),
    ("The gate code is four five one nine. Let me know if you'd like this translated or summarized!",
     "The gate code is four five one nine."),
    ("Okay, I'll see you there. (Note: background noise made the last word hard to hear.)", "Okay, I'll see you there."),
    ("[happy] We won the match! [laughs]", "We won the match!"),
    ("Transcript:\n1. Good morning, everyone.\n2. Let's get started.", "Good morning, everyone. Let's get started."),
    # plain transcripts whose own words look like a wrapper (kept whole)
    ("the fire exit is on your left", "the fire exit is on your left"),
    ("Send me the transcript of yesterday's meeting.", "Send me the transcript of yesterday's meeting."),
    ('She said "not today" and hung up.', 'She said "not today" and hung up.'),
    ("Translation is not my job, I only answer the phone.", "Translation is not my job, I only answer the phone."),
    # no transcript in the reply
    ("I can't transcribe this: the clip only contains traffic noise and no words.", None),
    ("There's no speech in this recording, only a dog barking.", None),
    ("Sorry, the audio is too noisy for me to make out any words.", None),
    ("A man is speaking in a crowded café, but I can't make out what he says.", None),
    ("Transcript: (music only, no lyrics)", None),
    ("I'm unable to process audio input. Please provide the text you'd like me to work with.", None),
]
