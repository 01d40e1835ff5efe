"""FIFTEENTH held-out set, wrapped transcripts (issue 22), written blind (before reading ``scoring/transcript.py`` or
any earlier transcript table's rows) in the wrappers of models and products the earlier sets did not imagine:
Qwen2.5-Omni and SALMONN-13B captions quoting the words, LTU-AS and WavLLM field lists, Ultravox answering the speech
instead of transcribing it, LLaMA-Omni and Mini-Omni chat, Gemini 2.5 Flash markdown, GPT-4o-mini-audio, Claude
behind an ASR cascade, a call-centre QA bot, a smart-speaker skill, a meeting-notes app, an accessibility captioner,
voicemail, Spanish / German / Chinese / French transcripts with translations, YAML / bullet / table / JSON / code-block
output, long reasoning with a final line, inline sound tags, and plain transcripts whose own words look like a
refusal or a wrapper. Each row is (reply, the words spoken), or (reply, None) when the reply holds no transcript.
Scored by ``tests/_heldout_score.py _heldout_transcripts_15``. First score:
``tests/heldout_scores/fifteenth_set_first_score.txt``. Never edit a row to make it pass."""

from __future__ import annotations

#: (the model's reply to "transcribe this", the words spoken in the audio or None when the reply holds no transcript).
TRANSCRIPTS: list[tuple[str, str | None]] = [
    # Qwen2.5-Omni / SALMONN-13B / LTU-AS / WavLLM / Pengi
    ('The speaker says: "Please remember to bring your ID to the appointment."',
     "Please remember to bring your ID to the appointment."),
    ('The audio contains a woman saying, "I\'ll call you back in ten minutes."', "I'll call you back in ten minutes."),
    ("Language: English. Content: I left my umbrella on the bus.", "I left my umbrella on the bus."),
    ("A man says 'turn left at the next intersection' while cars pass by.", "turn left at the next intersection"),
    ("Spoken text: the meeting has been moved to Thursday. Sound events: speech, keyboard typing.",
     "the meeting has been moved to Thursday"),
    ('The speech content is: "the quick brown fox jumps over the lazy dog". The speaker is likely a young female.',
     "the quick brown fox jumps over the lazy dog"),
    ('Transcript: "can you pass me the salt please"\nEmotion: neutral\nSpeaker: male adult',
     "can you pass me the salt please"),
    ("a woman speaks and says thank you very much", "thank you very much"),
    # Ultravox / LLaMA-Omni / Mini-Omni
    ("Sounds like you're asking about the weather tomorrow! I don't have live data, but you can check a local "
     "forecast.", None),
    ("You said: what's the fastest way to the airport?", "what's the fastest way to the airport?"),
    ("Okay! It says: see you at the park at noon.", "see you at the park at noon."),
    ("Here you go: The oven is preheated to 350 degrees. Want me to convert that to Celsius?",
     "The oven is preheated to 350 degrees."),
    # Gemini 2.5 Flash
    ("## Transcript\n\n> We're currently experiencing high call volumes. Please stay on the line.\n\n## Notes\n"
     "- Single female speaker\n- Recorded message quality",
     "We're currently experiencing high call volumes. Please stay on the line."),
    ("**Speaker A:** Did you lock the back door?\n**Speaker B:** Yes, and I set the alarm.",
     "Did you lock the back door? Yes, and I set the alarm."),
    ("**Transcription (French):** Je voudrais un café, s'il vous plaît.\n**Translation:** I would like a coffee, "
     "please.", "Je voudrais un café, s'il vous plaît."),
    # GPT-4o-mini-audio
    ('Here\'s the transcription:\n\n"The library closes at eight on weekdays."\n\nLet me know if you need anything '
     "else!", "The library closes at eight on weekdays."),
    ('Sure! The person in the recording says: "Could you turn the music down a little?" They sound a bit annoyed.',
     "Could you turn the music down a little?"),
    ("I'm sorry, I can't transcribe audio — I can only read text.", None),
    # Claude behind an ASR cascade
    ('The ASR output you shared reads: "i need to reschedule my dentist appointment". I\'ve left it as-is, without '
     "correcting capitalization.", "i need to reschedule my dentist appointment"),
    ("Here's a cleaned-up version of the transcript:\n\nI need to reschedule my dentist appointment for next week.",
     "I need to reschedule my dentist appointment for next week."),
    ('The transcript appears to be from a customer support call. The customer says: "My internet has been down since '
     'this morning."', "My internet has been down since this morning."),
    # products: call-centre QA bot, smart speaker, meeting notes, captioner, voicemail
    ("Call transcript (agent):\nThank you for calling Northwind, my name is Priya, how can I help you today?\n\n"
     "QA score: 92/100 — greeting compliant.",
     "Thank you for calling Northwind, my name is Priya, how can I help you today?"),
    ("Summary: The caller complains about a late delivery and asks for a refund. Sentiment: negative.", None),
    ('I heard: "set a timer for twenty minutes". Setting a timer for 20 minutes.', "set a timer for twenty minutes"),
    ("Transcript\n[00:00] Alex: Let's push the launch to March.\n[00:04] Jordan: Agreed, marketing needs more time.\n\n"
     "Action items:\n- Update launch date", "Let's push the launch to March. Agreed, marketing needs more time."),
    ("[upbeat music]\nNARRATOR: Every year, millions of birds migrate south.\n[birds chirping]",
     "Every year, millions of birds migrate south."),
    (">> INTERVIEWER: How long have you lived here?\n>> RESIDENT: About thirty years.",
     "How long have you lived here? About thirty years."),
    ('Voicemail from +1 555 0134 (0:07):\n"Hi, it\'s Mom, call me when you get this."',
     "Hi, it's Mom, call me when you get this."),
    # Spanish / German / Chinese, then English
    ("Transcripción: «¿Dónde está la estación de tren?»\nTraducción: Where is the train station?",
     "¿Dónde está la estación de tren?"),
    ("Das Audio enthält den Satz: „Ich komme morgen um acht Uhr.“ (English: I'm coming tomorrow at eight o'clock.)",
     "Ich komme morgen um acht Uhr."),
    ("转写：我们明天早上九点开会。\nTranslation: We have a meeting at nine tomorrow morning.", "我们明天早上九点开会。"),
    ("好的，以下是转录内容 (Sure, here is the transcription): Please fasten your seatbelts.",
     "Please fasten your seatbelts."),
    ("Lo siento, no se entiende nada en la grabación. (Sorry, nothing in the recording can be understood.)", None),
    # YAML / bullets / tables / JSON / code block / timestamps
    ('transcript: "the package was delivered to the wrong address"\nlanguage: en\nconfidence: 0.93',
     "the package was delivered to the wrong address"),
    ("- Language: English\n- Speakers: 1\n- Text: Turn off the lights when you leave.",
     "Turn off the lights when you leave."),
    ("| Start | End | Text |\n|---|---|---|\n| 0.0 | 2.1 | Hello, this is Dana. |\n| 2.1 | 4.0 | I'm returning your "
     "call. |", "Hello, this is Dana. I'm returning your call."),
    ('{"transcription": "The train to Boston is delayed by fifteen minutes.", "language": "en", "duration": 4.2}',
     "The train to Boston is delayed by fifteen minutes."),
    ('{"transcription": null, "reason": "audio too noisy"}', None),
    ("```\nplease hold while we transfer your call\n```", "please hold while we transfer your call"),
    ("[00:00.000 --> 00:03.200]  Welcome to the evening news.\n[00:03.200 --> 00:06.000]  Our top story tonight is "
     "the storm.", "Welcome to the evening news. Our top story tonight is the storm."),
    ("Transcript: [no speech detected]", None),
    ("The recording contains only background music; there are no spoken words to transcribe.", None),
    # long reasoning, hedges, inline tags
    ("First, I identify the language: it's English with a British accent. Next, I listen for the words. The speaker "
     "says the following sentence.\n\nFinal transcript: Mind the gap between the train and the platform.",
     "Mind the gap between the train and the platform."),
    ('I think the speaker says "meet me by the fountain", though the last word is a bit unclear.',
     "meet me by the fountain"),
    ("(laughs) No way, you actually did it? (laughs)", "No way, you actually did it?"),
    # plain transcripts whose words look like a refusal or a wrapper
    ("Honestly, I don't think we should go.", "Honestly, I don't think we should go."),
    ("I can't hear you, the line is breaking up.", "I can't hear you, the line is breaking up."),
    ('Transcript:\nShe said, "don\'t wait for me."', 'She said, "don\'t wait for me."'),
    ("Transcription: Good morning everyone, let's begin with the quarterly results.",
     "Good morning everyone, let's begin with the quarterly results."),
    ("Transcription: Your confirmation number is 4 7 2 9.", "Your confirmation number is 4 7 2 9."),
    ("Transcript: Stop! Don't touch that!", "Stop! Don't touch that!"),
]
