"""HELD-OUT wrapped-transcript table 16 (issue 22), written blind: before reading ``scoring/transcript.py`` and
without reading any other transcript table's rows. HELD OUT: never read by whoever changes the parser; scored before
and after by tests/_heldout_score.py.

The replies imitate the styles of Qwen2-Audio-Instruct, Qwen2.5-Omni, Voxtral, GPT-4o-audio / gpt-4o-transcribe
via chat, Gemini 1.5 / 2.5 (markdown headings, bold labels, blockquotes, descriptions with the words quoted),
SALMONN (lower-case, unpunctuated), Phi-4-multimodal, Ultravox, Kimi-Audio, Step-Audio, a smart-speaker voice
assistant and a call-centre / clinic bot built on them: preambles ("Absolutely, here's the transcript:"), closing
offers, speaker labels, timestamps, WebVTT cues, JSON segments, a markdown table, line fields (Transcription /
Gender / Emotion), translations beside (or before) the original, summaries and accent notes before or after the
transcript, and paraphrases that quote the speaker's words.

Each row is (reply, the words spoken), or (reply, None) when the reply holds no transcript: a refusal, "no speech",
a description of the sound or music, a paraphrase quoting no words, an empty "Transcription: (silence)", a missing
attachment, or an answer to the question that was spoken.

Conventions for the reference:
- Markers for words the model could not make out ("[inaudible]", "(unclear)") are not words: the reference drops the
  marker and puts no guessed word in its place; a word the model did write is kept even when it is tagged or
  commented on as uncertain.
- Filler words and false starts the transcript renders were spoken, and are kept.
- Speaker labels, timestamps, cue headers and field names are not spoken; a dialogue's turns are joined in order.
- With a translation beside it, the reference is the English original.
- Numbers are written the way the speaker would most naturally be written (a clock time or a sum of money in
  digits), which may differ from the reply's digits or words."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        'The speech content is: "Can you pass me the salt, please?"',
        "Can you pass me the salt, please?",
    ),
    (
        'Here\'s what was said in the audio clip:\n\n*"The printer on the third floor is out of paper again."*\n\n'
        "Hope that helps!",
        "The printer on the third floor is out of paper again.",
    ),
    (
        "**Transcript**\n\n> I've been meaning to ask you about the garden.\n\n"
        "**Speaker characteristics:** Older male, warm tone, slight rasp.",
        "I've been meaning to ask you about the garden.",
    ),
    (
        "Transcript: Let's grab lunch at the new Thai place.\nLanguage: English\nEmotion: Happy\n"
        "Speaker gender: Male",
        "Let's grab lunch at the new Thai place.",
    ),
    (
        '{"segments": [{"start": 0.0, "end": 1.8, "text": "Hold the elevator!"}, '
        '{"start": 1.8, "end": 3.2, "text": "Thanks so much."}], "language": "en"}',
        "Hold the elevator! Thanks so much.",
    ),
    (
        "A: Is the pharmacy still open?\nB: Only until eight tonight.",
        "Is the pharmacy still open? Only until eight tonight.",
    ),
    (
        "(0:00) Good evening, everyone. (0:03) Thank you all for coming tonight.",
        "Good evening, everyone. Thank you all for coming tonight.",
    ),
    (
        'In a soft, almost whispering voice, the woman says "Please don\'t wake the baby."',
        "Please don't wake the baby.",
    ),
    (
        "Original (English): We're running about ten minutes late.\n"
        "German translation: Wir verspäten uns um etwa zehn Minuten.",
        "We're running about ten minutes late.",
    ),
    (
        'Transcription: "Bring the [inaudible] and the blue folder to the front desk."',
        "Bring the and the blue folder to the front desk.",
    ),
    (
        "So, like, I was— I was gonna say we could, um, just order pizza.",
        "So, like, I was— I was gonna say we could, um, just order pizza.",
    ),
    (
        'Transcription: "The parking garage on Elm Street will be closed for repairs all next week."\n\n'
        "In short, the speaker is announcing a temporary closure.",
        "The parking garage on Elm Street will be closed for repairs all next week.",
    ),
    (
        "As a text-based model, I don't have the ability to hear or transcribe audio. Could you share a written "
        "version instead?",
        None,
    ),
    (
        "There doesn't appear to be any spoken content in this audio—just ambient street noise and a passing car.",
        None,
    ),
    (
        "This is an upbeat electronic track with a steady four-on-the-floor beat and synth pads. No lyrics or "
        "spoken words are present.",
        None,
    ),
    (
        "A spider has eight legs.",
        None,
    ),
    (
        'The speaker politely declines the invitation. Specifically, he says "I\'m afraid I can\'t make it on '
        'Saturday."',
        "I'm afraid I can't make it on Saturday.",
    ),
    (
        "### Transcribed Text\nI'm so proud of you for finishing the marathon!\n\n### Detected Emotion\n"
        "Pride / happiness",
        "I'm so proud of you for finishing the marathon!",
    ),
    (
        "the bus leaves from platform six at half past nine",
        "The bus leaves from platform six at half past nine.",
    ),
    (
        "Could you send me the slides after the meeting?",
        "Could you send me the slides after the meeting?",
    ),
    (
        'Sounds like you said, "What time does the museum open on Sundays?" — I can look that up if you tell me '
        "which city you're in.",
        "What time does the museum open on Sundays?",
    ),
    (
        'I understood: "I want to check the status of my order." Let me pull that up for you.',
        "I want to check the status of my order.",
    ),
    (
        "Transcription of the provided audio: the package was left at the wrong address",
        "The package was left at the wrong address.",
    ),
    (
        "Here's the transcription:\n\n> Honestly, I think we should wait until spring to paint the house.\n\n"
        "Note: The audio quality drops noticeably toward the end.",
        "Honestly, I think we should wait until spring to paint the house.",
    ),
    (
        "The recording is too noisy for me to identify any words with confidence. I'd recommend re-recording in a "
        "quieter environment.",
        None,
    ),
    (
        'Transcript: "The total comes to forty-two dollars and fifty cents."',
        "The total comes to $42.50.",
    ),
    (
        "WEBVTT\n\n00:00.000 --> 00:02.000\nAttention, passengers.\n\n"
        "00:02.000 --> 00:05.500\nThe doors on the left side will open.",
        "Attention, passengers. The doors on the left side will open.",
    ),
    (
        "Transcript: My sister lives in Portsmouth (unclear) near the coast.",
        "My sister lives in Portsmouth near the coast.",
    ),
    (
        'Traducción: "¿Puedo pagar con tarjeta?"\nOriginal (inglés): "Can I pay by card?"',
        "Can I pay by card?",
    ),
    (
        'Absolutely, here\'s the transcript:\n\n"Step one, unplug the router. Step two, wait thirty seconds and '
        'plug it back in."\n\nFeel free to ask if anything else comes up!',
        "Step one, unplug the router. Step two, wait thirty seconds and plug it back in.",
    ),
    (
        "Gender: Female\nEstimated age: 30s\nEmotion: Annoyed\nTranscription: Why is the music always so loud in "
        "here?",
        "Why is the music always so loud in here?",
    ),
    (
        'A man with a deep voice speaks over the sound of rain. He says: "We\'ll have to cancel the picnic." '
        "A dog barks once afterward.",
        "We'll have to cancel the picnic.",
    ),
    (
        "Only coughing and the rustle of paper can be heard in this clip; nobody says anything.",
        None,
    ),
    (
        'Some popular names for golden retrievers are "Sunny," "Maple," and "Cooper." You could also go with '
        '"Biscuit" if you want something playful!',
        None,
    ),
    (
        'The speaker said: "Fifteen minutes until boarding."',
        "Fifteen minutes until boarding.",
    ),
    (
        'Transcript: "The concert starts at seven thirty p.m."',
        "The concert starts at 7:30 p.m.",
    ),
    (
        "Nurse: Can you tell me your date of birth?\nPatient: It's March third.",
        "Can you tell me your date of birth? It's March third.",
    ),
    (
        "No problem! The recording says:\n\nHi, this is Dr. Patel's office calling to confirm your appointment.\n\n"
        "Would you like me to summarize it as well?",
        "Hi, this is Dr. Patel's office calling to confirm your appointment.",
    ),
    (
        '"I told him the [inaudible] was in the garage, but he [inaudible] listen."',
        "I told him the was in the garage, but he listen.",
    ),
    (
        'The audio is a recorded announcement. The words are: "Mind the gap between the train and the platform." '
        "The voice is female and formal.",
        "Mind the gap between the train and the platform.",
    ),
    (
        "English transcript: Where can I buy a ticket for the ferry?\n中文翻译：我在哪里可以买到渡轮票？",
        "Where can I buy a ticket for the ferry?",
    ),
    (
        'I heard "play some jazz in the kitchen." Playing jazz on Kitchen Speaker.',
        "Play some jazz in the kitchen.",
    ),
    (
        "The speaker is describing the plot of a movie they watched, but much of it is unintelligible, so I can "
        "only give a rough summary: a detective investigates a theft at a museum.",
        None,
    ),
    (
        "Transcription: (silence)",
        None,
    ),
    (
        "| Attribute | Result |\n| --- | --- |\n| Text | I need two tickets for the late show. |\n"
        "| Emotion | Neutral |\n| Language | en |",
        "I need two tickets for the late show.",
    ),
    (
        "The speaker has an Australian accent. Transcript follows:\n\n"
        '"No worries, mate, I\'ll sort it out this arvo."',
        "No worries, mate, I'll sort it out this arvo.",
    ),
    (
        'Transcript: "Can you grab the red folder from my desk?"\n\n'
        '(I\'m fairly confident about "red," though the audio briefly cuts out there.)',
        "Can you grab the red folder from my desk?",
    ),
    (
        "I hear a doorbell followed by footsteps and a door opening, but there is no speech in the recording.",
        None,
    ),
    (
        "Have you seen my glasses?",
        "Have you seen my glasses?",
    ),
    (
        'Transcript: "Not today, thanks."',
        "Not today, thanks.",
    ),
    (
        "[Emotion: surprised] Wait, you already finished the whole project?",
        "Wait, you already finished the whole project?",
    ),
    (
        "It looks like the audio attachment didn't come through — I only see your text message. Could you try "
        "attaching it again?",
        None,
    ),
    (
        "Summary: Someone leaving a voicemail about a lost wallet.\n\nVerbatim: Hi, I think I found your wallet at "
        "the coffee shop on Fifth. Give me a call.",
        "Hi, I think I found your wallet at the coffee shop on Fifth. Give me a call.",
    ),
    (
        '```json\n{"emotion": "tired", "gender": "female", "transcription": "I think I\'ll go to bed early '
        'tonight."}\n```',
        "I think I'll go to bed early tonight.",
    ),
    (
        'You asked, "Is it going to snow this weekend?" I don\'t have access to live weather data, but a local '
        "forecast site will have the latest.",
        "Is it going to snow this weekend?",
    ),
]
