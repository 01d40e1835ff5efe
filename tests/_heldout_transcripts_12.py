"""TWELFTH held-out set, wrapped transcripts (issue 22), written blind (before reading ``scoring/transcript.py`` past its
function names or any earlier transcript table) in the wrappers audio LLMs put around a transcript: speaker labels,
language tags, numbered and markdown sections, quotes, "The user asked / said / requests: ...", JSON and XML-ish tags,
emoji labels, and trailing commentary on tone, emotion, accent or translation. Each row is (reply, the words spoken),
or (reply, None) when the reply holds no transcript. Scored by ``tests/_heldout_score.py _heldout_transcripts_12``:
right when ``extract_transcript(reply).text`` equals the words after ``scoring.text.basic`` (or, for None, when the
reply is kept whole as holding no transcript). First score: ``tests/heldout_scores/twelfth_set_first_score.txt``.
Never edit a row to make it pass."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    ("Speaker 1: Could you turn the heating down a little?", "Could you turn the heating down a little?"),
    ('Transcription (English): "The train to Leeds leaves from platform four."\nTranslation: not required.',
     "The train to Leeds leaves from platform four."),
    ('1. Transcript: "I left my keys on the kitchen table."\n2. Speaker emotion: calm\n3. Background: quiet room',
     "I left my keys on the kitchen table."),
    ('The user asked: "What time does the pharmacy close today?"', "What time does the pharmacy close today?"),
    ("Please remind me to call the dentist tomorrow morning. The tone is slightly frustrated.",
     "Please remind me to call the dentist tomorrow morning."),
    ("[en] We should leave before the traffic gets bad.", "We should leave before the traffic gets bad."),
    ("**Transcript**\n\n> Honestly, I think the second option is cheaper.\n\n**Language:** English",
     "Honestly, I think the second option is cheaper."),
    ('Sure! Here is the transcription of the audio:\n\n"Set a timer for twenty minutes."\n\nLet me know if you need '
     "anything else!", "Set a timer for twenty minutes."),
    ('The speaker says: "My flight was cancelled, so I\'ll be home late." The speaker sounds tired and a little annoyed.',
     "My flight was cancelled, so I'll be home late."),
    ("SPEAKER_00: Good morning everyone.\nSPEAKER_01: Morning! Shall we start?",
     "Good morning everyone. Morning! Shall we start?"),
    ("Language: English\nTranscript: the meeting has been moved to Thursday at three",
     "the meeting has been moved to Thursday at three"),
    ('"Turn left at the next roundabout." (Emotion: neutral; Gender: female)', "Turn left at the next roundabout."),
    ('In the audio, a man says, "I can\'t find my wallet anywhere."', "I can't find my wallet anywhere."),
    ("### Transcription\nThe package was delivered to the wrong address.\n\n### Notes\nSome background noise; the speaker "
     "has a Scottish accent.", "The package was delivered to the wrong address."),
    ('Transcript: "Is this seat taken?"\nTranslation (French): « Cette place est-elle prise ? »', "Is this seat taken?"),
    ("The audio says: add milk, eggs and bread to the shopping list. The speaker is calm and speaks clearly.",
     "add milk, eggs and bread to the shopping list."),
    ("<transcript>Could you spell your last name for me?</transcript>", "Could you spell your last name for me?"),
    ("Here's what I heard:\n- \"We're out of coffee again.\"\n\nTone: exasperated.", "We're out of coffee again."),
    ('The person asked, "Where is the nearest bus stop?" They sound lost and slightly anxious.',
     "Where is the nearest bus stop?"),
    ('{"text": "Happy birthday, I hope you have a wonderful day.", "language": "en", "emotion": "happy"}',
     "Happy birthday, I hope you have a wonderful day."),
    ("Transcription: The doctor will see you now.\nEmotion: Neutral\nSpeaker gender: Male", "The doctor will see you now."),
    ('A woman is speaking. She says: "Please keep your bags with you at all times." Her tone is formal, like an '
     "announcement.", "Please keep your bags with you at all times."),
    ("Speaker A: I think we should postpone the launch.\nSpeaker B: Agreed, another week at least.\n\nSummary: the "
     "speakers agree to delay the launch.", "I think we should postpone the launch. Agreed, another week at least."),
    ("Transcript:\n\nThe lecture will start at nine sharp, so please be on time.\n\n---\nConfidence: high",
     "The lecture will start at nine sharp, so please be on time."),
    ('"Don\'t forget to water the plants." — said in a cheerful tone.', "Don't forget to water the plants."),
    ("The user said: book a table for two at seven thirty", "book a table for two at seven thirty"),
    ('The user requests: "Play some relaxing jazz music."', "Play some relaxing jazz music."),
    ("Okay, the audio contains the following sentence: I would like a refund for this order. The speaker seems "
     "frustrated.", "I would like a refund for this order."),
    ('Transcribed text → "The museum is closed on Mondays."', "The museum is closed on Mondays."),
    ("Text: We have to leave now or we will miss the bus.\nTranslation: not needed (already English).",
     "We have to leave now or we will miss the bus."),
    ("(English) Thanks for calling, how can I help you today?", "Thanks for calling, how can I help you today?"),
    ('🎙️ Transcript: "Where did you park the car?"\n😐 Emotion: neutral', "Where did you park the car?"),
    ('Sure. "It\'s going to rain later, so take an umbrella." The speaker sounds like a young woman with an Australian '
     "accent.", "It's going to rain later, so take an umbrella."),
    ("Speaker 2 (female, calm): The results will be posted online on Friday.",
     "The results will be posted online on Friday."),
    ("Transcript — \"I'll send you the invoice by email.\" Emotion detected: neutral (0.87).",
     "I'll send you the invoice by email."),
    # no transcript in the reply
    ("I'm sorry, but I can't transcribe this audio because it contains no speech.", None),
    ("Could you please upload the audio again? The file seems to be empty.", None),
]
