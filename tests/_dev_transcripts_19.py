"""DEV wrapped-transcript table 19 (issue 22), written blind: before reading ``scoring/transcript.py`` and
without reading any other transcript table's rows. The replies imitate the styles of Qwen2-Audio-Instruct
("The original content of this audio is: ..."), Qwen2.5-Omni, Voxtral, GPT-4o-audio, Gemini 1.5 / 2.5 (markdown
headings, bold fields, descriptions with the words quoted), SALMONN (lower-case, unpunctuated), Phi-4-multimodal,
Ultravox, Kimi-Audio, Step-Audio, a smart-speaker voice assistant and a call-centre bot built on them: preambles
("Sure! Here's the transcription:"), closing offers, speaker labels, timestamps, SRT cues, JSON, a markdown table,
bullet / line fields (Transcript / Language / Emotion / Gender), translations beside the original, summaries and
tone notes before or after the transcript, and paraphrases that quote the speaker's words.

Each row is (reply, the words spoken), or (reply, None) when the reply holds no transcript: a refusal, "no speech",
a description of the sound or music, a paraphrase quoting no words, or an answer to the question that was spoken.

Conventions for the reference:
- Markers for words the model could not make out ("[inaudible]", "[unintelligible]", "(unclear)") are not words:
  the reference drops the marker and puts no guessed word in its place; a word the model did write is kept even when
  it is tagged or commented on as uncertain.
- Filler words ("um", "uh", "like") the transcript renders were spoken, and are kept.
- Speaker labels, timestamps, cue numbers and field names are not spoken; a dialogue's turns are joined in order.
- With a translation beside it, the reference is the English original.
- Numbers are written the way the speaker would most naturally be written (a clock time or a year in digits), which
  may differ from the reply's digits or words.

Scored by ``tests/_heldout_score.py _dev_transcripts_19``. A DEV table: its misses may be read and fixed for their
cause."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        "The original content of this audio is: 'Could you turn the heater down a little?'",
        "Could you turn the heater down a little?",
    ),
    (
        'Sure! Here\'s the transcription:\n\n"I left my umbrella on the train this morning."\n\n'
        "Let me know if you need anything else!",
        "I left my umbrella on the train this morning.",
    ),
    (
        "**Transcription:**\n\nWe should probably leave before the traffic gets bad.\n\n"
        "**Notes:** The speaker sounds slightly anxious, and there is some background chatter.",
        "We should probably leave before the traffic gets bad.",
    ),
    (
        "- **Transcript:** My flight lands at seven fifteen.\n- **Language:** English\n"
        "- **Emotion:** Neutral\n- **Gender:** Female",
        "My flight lands at 7:15.",
    ),
    (
        '{"transcript": "Please remind me to call the dentist tomorrow.", "language": "en", "confidence": 0.94}',
        "Please remind me to call the dentist tomorrow.",
    ),
    (
        '```json\n{\n  "text": "The meeting has been moved to Thursday.",\n  "speaker_emotion": "calm"\n}\n```',
        "The meeting has been moved to Thursday.",
    ),
    (
        "Speaker 1: Did you feed the cat?\nSpeaker 2: Yes, about an hour ago.",
        "Did you feed the cat? Yes, about an hour ago.",
    ),
    (
        "[00:00.00 - 00:02.40] Welcome back to the show.\n[00:02.40 - 00:05.10] Today we're talking about sleep.",
        "Welcome back to the show. Today we're talking about sleep.",
    ),
    (
        'The speaker says, "I can\'t find my keys anywhere," in a hurried, frustrated tone.',
        "I can't find my keys anywhere.",
    ),
    (
        'Transcription: "Where is the nearest pharmacy?"\n'
        'Translation (Spanish): "¿Dónde está la farmacia más cercana?"',
        "Where is the nearest pharmacy?",
    ),
    (
        'Transcript: "Tell Marcus the [inaudible] is ready for pickup."\n\n'
        "Note: one word near the middle was masked by a door closing.",
        "Tell Marcus the is ready for pickup.",
    ),
    (
        "Um, so I think, uh, we need more chairs for the party.",
        "Um, so I think, uh, we need more chairs for the party.",
    ),
    (
        "Transcription:\nThe library closes early on Fridays, so return your books by four.\n\n"
        "Summary: The speaker is reminding someone about the library's Friday hours.",
        "The library closes early on Fridays, so return your books by four.",
    ),
    (
        "I'm sorry, but I can't listen to audio files. If you paste the text here, I can help you with it.",
        None,
    ),
    (
        "The audio contains no speech; it is only background noise from what sounds like a fan.",
        None,
    ),
    (
        "This clip is an instrumental piano piece in a minor key with a slow tempo. There are no vocals.",
        None,
    ),
    (
        "The capital of Australia is Canberra, not Sydney as many people assume.",
        None,
    ),
    (
        "\"Don't forget to water the plants while I'm away.\" — that's what the speaker said. Anything else?",
        "Don't forget to water the plants while I'm away.",
    ),
    (
        'The caller wants to cancel her subscription. Her exact words were: "I\'d like to cancel my subscription, '
        'please."',
        "I'd like to cancel my subscription, please.",
    ),
    (
        "## Transcription\n\nHappy birthday, Grandma! We love you so much.\n\n## Emotion\nJoyful, excited",
        "Happy birthday, Grandma! We love you so much.",
    ),
    (
        "she sells fresh bread at the market every saturday",
        "She sells fresh bread at the market every Saturday.",
    ),
    (
        "Turn left at the second light and the bank is on your right.",
        "Turn left at the second light and the bank is on your right.",
    ),
    (
        'Got it — you said: "Can we reschedule our call to next Monday?" Want me to draft a reply?',
        "Can we reschedule our call to next Monday?",
    ),
    (
        'Thank you. I heard: "My account number ends in 4472." Is that correct?',
        "My account number ends in 4472.",
    ),
    (
        "The transcription of the audio is: I have been waiting here for almost forty minutes.",
        "I have been waiting here for almost forty minutes.",
    ),
    (
        "Here is the transcript of the audio:\n\n> Could somebody please close the window? It's freezing in here.\n\n"
        "The speaker appears to be in a large room with some echo.",
        "Could somebody please close the window? It's freezing in here.",
    ),
    (
        "I couldn't make out any words in this recording — it's too distorted. Could you try uploading a clearer "
        "version?",
        None,
    ),
    (
        'Transcribed text: "Our store hours are nine to five, Monday through Friday."\n'
        "Detected language: English (US)",
        "Our store hours are nine to five, Monday through Friday.",
    ),
    (
        "1\n00:00:00,000 --> 00:00:02,500\nThe train to Boston is delayed.\n\n"
        "2\n00:00:02,500 --> 00:00:04,800\nWe apologize for the inconvenience.",
        "The train to Boston is delayed. We apologize for the inconvenience.",
    ),
    (
        "Transcript: I'll meet you outside the (unclear) café at noon.",
        "I'll meet you outside the café at noon.",
    ),
    (
        'English: "Thank you for calling, how can I help you today?"\n'
        "French: \"Merci d'avoir appelé, comment puis-je vous aider aujourd'hui ?\"",
        "Thank you for calling, how can I help you today?",
    ),
    (
        'Sure, here it is:\n\n"First, preheat the oven to 350 degrees. Then grease the pan with butter."\n\n'
        "Let me know if you'd like me to format this as a recipe!",
        "First, preheat the oven to 350 degrees. Then grease the pan with butter.",
    ),
    (
        "Emotion: sad\nGender: male\nAge: adult\nTranscript: I just wish I had called him more often.",
        "I just wish I had called him more often.",
    ),
    (
        'The audio features a child speaking excitedly. The child says: "Look, Mommy, I found a frog!" '
        "There is birdsong in the background.",
        "Look, Mommy, I found a frog!",
    ),
    (
        "The clip contains only laughter and applause from an audience; no words are spoken.",
        None,
    ),
    (
        'Sure! If you enjoy mysteries, "The Hound of the Baskervilles" by Arthur Conan Doyle is a classic. '
        'For something more recent, try "The Thursday Murder Club."',
        None,
    ),
    (
        'The speaker said: "Twenty-five people signed up for the workshop."',
        "Twenty-five people signed up for the workshop.",
    ),
    (
        'Transcription: "I was born in nineteen eighty seven."',
        "I was born in 1987.",
    ),
    (
        "Agent: Thanks for holding.\nCustomer: No problem, I just need to update my address.",
        "Thanks for holding. No problem, I just need to update my address.",
    ),
    (
        "Of course! The audio says:\n\nHey, it's Jenna. Call me back when you get this.\n\n"
        "If you need a translation or summary, just ask.",
        "Hey, it's Jenna. Call me back when you get this.",
    ),
    (
        'Transcript: "I\'m calling about the, uh, [unintelligible] invoice from last month."',
        "I'm calling about the, uh, invoice from last month.",
    ),
    (
        'The speech says: "Please keep your seatbelt fastened while seated." The speaker is a male with a calm, '
        "professional tone, likely a flight attendant making an announcement.",
        "Please keep your seatbelt fastened while seated.",
    ),
    (
        "原文：Is breakfast included in the room rate?\n译文：房价包含早餐吗？",
        "Is breakfast included in the room rate?",
    ),
    (
        'You said "set a timer for ten minutes". Timer set for 10 minutes.',
        "Set a timer for ten minutes.",
    ),
    (
        "Based on the audio, the speaker seems to be frustrated about a delayed delivery, but I can't provide an "
        "exact transcript because the recording is heavily muffled.",
        None,
    ),
    (
        "[No speech detected]",
        None,
    ),
    (
        "| Field | Value |\n|---|---|\n| Transcript | Do you know where I parked the car? |\n"
        "| Language | English |\n| Emotion | Confused |",
        "Do you know where I parked the car?",
    ),
    (
        "The speaker has a strong Scottish accent and speaks quickly. Here's what they said:\n\n"
        "\"Aye, the shop's just round the corner. You cannae miss it.\"",
        "Aye, the shop's just round the corner. You cannae miss it.",
    ),
    (
        'Transcript: "I\'d like a large coffee with oat milk."\n\n'
        '(I believe "oat" is correct, though it could also be "whole".)',
        "I'd like a large coffee with oat milk.",
    ),
    (
        "It sounds like someone is typing on a keyboard, with a phone ringing briefly near the end. "
        "I don't hear any speech.",
        None,
    ),
    (
        "Is this seat taken?",
        "Is this seat taken?",
    ),
    (
        'Transcription: "Absolutely not."',
        "Absolutely not.",
    ),
    (
        "Transcript (emotion: happy): We won the game last night!",
        "We won the game last night!",
    ),
    (
        "I can't help transcribe this recording because it appears to contain private information from a phone "
        "call made without consent.",
        None,
    ),
    (
        "Summary: A weather update.\n\nFull transcript: Good morning. Expect light rain through the afternoon, "
        "clearing by evening, with highs near sixty.",
        "Good morning. Expect light rain through the afternoon, clearing by evening, with highs near sixty.",
    ),
]
