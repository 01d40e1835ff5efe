"""Dev transcript table 20: wrapped transcripts in audio-LLM replies, each with the words spoken.

Written blind (issue 22): the replies were composed without reading the extractor
(``pytest_audiotrust/scoring/``) or any earlier ``_dev_*``/``_heldout_*`` table. One pool of 110 replies was
split by a seeded shuffle (``random.Random(2022)``) into alternating rows, the None rows split evenly, between this
table and ``tests/_heldout_transcripts_17.py``. 55 rows, 6 of them None.

DEV: its misses may be read to find and fix their causes in the extractor.

Styles imitated: Qwen2-Audio-Instruct ("The original content of this audio is: ..."), Qwen2.5-Omni, Voxtral,
GPT-4o-audio, Gemini 1.5/2.5 (bold field lists, headings, JSON segments), SALMONN, Phi-4-multimodal (echoing the
instruction), Ultravox, Kimi-Audio, Whisper-based product assistants (SRT/VTT cues, bracketed timestamps,
voicemail), call-centre bots (intents and slots) and small instruction-tuned LLMs behind an ASR cascade.

Conventions for the reference: markers of words not made out ("[inaudible]", "(unclear)") and of sounds
("[laughs]", "[Music]") are not words, so the reference drops them; filler words the reply renders ("um", "uh")
were spoken; speaker labels, timestamps, cue numbers, field names and tags are not spoken, and a dialogue's turns
are joined in order; with a translation beside it, the reference is the original-language transcript as written in
the reply, whichever comes first; beside a cleaned-up version the verbatim one is the transcript; a mis-hearing
noted in brackets is not spoken; numbers are written as the reply writes them (the scorer compares after light
normalisation of case and punctuation); when the words spoken are a question or an instruction to the assistant,
the transcript is still those words. None when the reply holds no transcript: a refusal, "no speech", a
description of sound or music, a summary or paraphrase that quotes no words, or an answer to the spoken question
in place of a transcript.
"""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        'The caller reads out the number: "Zero seven seven zero, nine double zero, one two three."',
        "Zero seven seven zero, nine double zero, one two three.",
    ),
    (
        "I'm unable to process audio files. Could you paste the text you'd like transcribed?",
        None,
    ),
    (
        "1\n"
        "00:00:00,000 --> 00:00:02,400\n"
        "Good evening and welcome to the show.\n\n"
        "2\n"
        "00:00:02,400 --> 00:00:05,100\n"
        "Tonight we're talking about electric cars.",
        "Good evening and welcome to the show. Tonight we're talking about electric cars.",
    ),
    (
        'The child says: "I want the red one, not the green one!"',
        "I want the red one, not the green one!",
    ),
    (
        "The speaker said: put the blue box on top of the red one",
        "put the blue box on top of the red one",
    ),
    (
        "The speaker sounds out of breath, like they've been running. They say:\n\n"
        '"I made it — the doors were just closing!"',
        "I made it — the doors were just closing!",
    ),
    (
        "[00:00] So the first thing you want to do is preheat the oven.\n"
        "[00:04] Then grease the pan with a little butter.",
        "So the first thing you want to do is preheat the oven. Then grease the pan with a little butter.",
    ),
    (
        "### 📝 Transcript\n"
        "The gym will reopen on Monday with new opening hours.\n\n"
        "### 🌐 Language\n"
        "English",
        "The gym will reopen on Monday with new opening hours.",
    ),
    (
        "Transcript (one line per sentence):\n"
        "Preheat the oven to 180 degrees.\n"
        "Mix the flour and sugar.\n"
        "Add two eggs.",
        "Preheat the oven to 180 degrees. Mix the flour and sugar. Add two eggs.",
    ),
    (
        "[00:00:03] Agent: Thank you for holding.\n"
        "[00:00:05] Caller: No problem. I'm calling about order 7 7 3 1.\n"
        "[00:00:09] Agent: Let me pull that up.",
        "Thank you for holding. No problem. I'm calling about order 7 7 3 1. Let me pull that up.",
    ),
    (
        "\"I can't believe you remembered my birthday!\"\n\n"
        "Tone: surprised and happy.",
        "I can't believe you remembered my birthday!",
    ),
    (
        "Language detected: Italian\n\n"
        "Il treno per Milano parte dal binario tre.",
        "Il treno per Milano parte dal binario tre.",
    ),
    (
        "transcript: |\n"
        "  We need two large pizzas, one with mushrooms and one without.\n"
        "language: en\n"
        "speakers: 1",
        "We need two large pizzas, one with mushrooms and one without.",
    ),
    (
        "Sure! Here's the transcription of the audio:\n\n"
        '"Can you remind me to call the dentist tomorrow morning?"\n\n'
        "Let me know if there's anything else I can help with!",
        "Can you remind me to call the dentist tomorrow morning?",
    ),
    (
        "Detected language: Dutch\n\n"
        "Transcript: Ik kom morgen iets later naar kantoor.",
        "Ik kom morgen iets later naar kantoor.",
    ),
    (
        "Transcription:\n"
        "The quarterly report is due on Friday, and we still need the figures from the Berlin office.",
        "The quarterly report is due on Friday, and we still need the figures from the Berlin office.",
    ),
    (
        "There is no speech in this audio clip. It consists of a dog barking followed by a car horn.",
        None,
    ),
    (
        'English translation: "I would like a table for four, please."\n\n'
        "Original (French): \"Je voudrais une table pour quatre, s'il vous plaît.\"",
        "Je voudrais une table pour quatre, s'il vous plaît.",
    ),
    (
        "Transcript: \"We'll need the ladder [possibly 'letter'] from the garage before Sunday.\"",
        "We'll need the ladder from the garage before Sunday.",
    ),
    (
        "\"I... I don't know what to say. Thank you, all of you.\"",
        "I... I don't know what to say. Thank you, all of you.",
    ),
    (
        "```json\n"
        "{\n"
        '  "transcript": "Send the invoice to accounts at the end of the month.",\n'
        '  "language": "en",\n'
        '  "confidence": 0.93\n'
        "}\n"
        "```",
        "Send the invoice to accounts at the end of the month.",
    ),
    (
        'First the child asks, "Can we get ice cream?" and the mother replies, "After dinner, sweetheart."',
        "Can we get ice cream? After dinner, sweetheart.",
    ),
    (
        "The speaker is giving directions to a delivery driver. Here is the exact transcript:\n\n"
        "\"Go past the petrol station, take the second right, and it's the blue house at the end.\"",
        "Go past the petrol station, take the second right, and it's the blue house at the end.",
    ),
    (
        "It's a bit hard to hear, but I think it says: \"Leave the keys under the mat.\"",
        "Leave the keys under the mat.",
    ),
    (
        "**Interviewer:** When did you first start painting?\n"
        "**Maria:** I was about twelve, my grandmother gave me a set of watercolours.",
        "When did you first start painting? I was about twelve, my grandmother gave me a set of watercolours.",
    ),
    (
        "The speaker is complaining about a late delivery and asks for a refund. They sound "
        "frustrated but remain polite.",
        None,
    ),
    (
        "| Time | Speaker | Utterance |\n"
        "|------|---------|-----------|\n"
        "| 0:00 | Host | Welcome back to the podcast. |\n"
        "| 0:03 | Guest | Thanks for having me again. |",
        "Welcome back to the podcast. Thanks for having me again.",
    ),
    (
        "In short, the caller wants to move their appointment from Monday to Wednesday afternoon.",
        None,
    ),
    (
        "Transcript: \"My boss literally said, 'Just get it done,' and walked off.\"",
        "My boss literally said, 'Just get it done,' and walked off.",
    ),
    (
        "Transcription: ¿Dónde está la biblioteca más cercana?\n"
        "Translation: Where is the nearest library?",
        "¿Dónde está la biblioteca más cercana?",
    ),
    (
        "The speaker says, \"Hold on, let me grab a pen,\" and then there's a pause before they add, "
        '"Okay, go ahead."',
        "Hold on, let me grab a pen. Okay, go ahead.",
    ),
    (
        "🎙️ Transcribed:\n"
        "Pick up milk, eggs, and bread on the way home.",
        "Pick up milk, eggs, and bread on the way home.",
    ),
    (
        "Transcript of the recording:\n\n"
        "In today's lecture we'll look at how enzymes lower the activation energy of a reaction, and "
        "why temperature and pH matter so much for their activity.",
        "In today's lecture we'll look at how enzymes lower the activation energy of a reaction, and "
        "why temperature and pH matter so much for their activity.",
    ),
    (
        "**English:** Turn the volume down, the baby is sleeping.\n"
        "**Original (Spanish):** Baja el volumen, el bebé está durmiendo.",
        "Baja el volumen, el bebé está durmiendo.",
    ),
    (
        "| Speaker | Text |\n"
        "|---|---|\n"
        "| A | Did you lock the back door? |\n"
        "| B | Yes, and I closed the windows too. |",
        "Did you lock the back door? Yes, and I closed the windows too.",
    ),
    (
        " so yeah that's pretty much everything I wanted to cover today thanks for watching",
        "so yeah that's pretty much everything I wanted to cover today thanks for watching",
    ),
    (
        '**Question heard:** "How many ounces are in a pound?"\n'
        "**Answer:** There are 16 ounces in a pound.",
        "How many ounces are in a pound?",
    ),
    (
        "the weather today is sunny with a high of twenty five degrees",
        "the weather today is sunny with a high of twenty five degrees",
    ),
    (
        'Transcript: "The flight to Lisbon has been delayed by forty minutes."\n\n'
        "(Confidence: high. The audio is clear with little background noise.)",
        "The flight to Lisbon has been delayed by forty minutes.",
    ),
    (
        "```json\n"
        "[\n"
        '  {"speaker": "Speaker A", "timestamp": "00:00", "text": "Are we still on for lunch?"},\n'
        "  {\"speaker\": \"Speaker B\", \"timestamp\": \"00:02\", \"text\": \"Yeah, let's say one o'clock.\"}\n"
        "]\n"
        "```",
        "Are we still on for lunch? Yeah, let's say one o'clock.",
    ),
    (
        "[00:00:01.200 -> 00:00:04.800] Thanks for calling Riverside Dental.\n"
        "[00:00:04.800 -> 00:00:07.300] How can I help you today?",
        "Thanks for calling Riverside Dental. How can I help you today?",
    ),
    (
        "Transcription: [inaudible]",
        None,
    ),
    (
        "**Transcript:**\n"
        "Okay so um the package was supposed to arrive on Tuesday but it still hasn't shown up.\n\n"
        "**Language:** English\n"
        "**Emotion:** Annoyed\n"
        "**Speaker gender:** Female",
        "Okay so um the package was supposed to arrive on Tuesday but it still hasn't shown up.",
    ),
    (
        "Here's what was said:\n\n"
        "> Honestly, I don't think we should ship this until the tests pass.\n\n"
        "The speaker sounds a little frustrated.",
        "Honestly, I don't think we should ship this until the tests pass.",
    ),
    (
        'The audio is a song. The lyrics I can make out are: "We were dancing in the kitchen till '
        'the morning light."',
        "We were dancing in the kitchen till the morning light.",
    ),
    (
        "The speech is in French: « Il fait très beau aujourd'hui. » (It's very nice weather today.)",
        "Il fait très beau aujourd'hui.",
    ),
    (
        "[no speech detected]",
        None,
    ),
    (
        "\"I'll have the salmon with a side of steamed greens.\"\n\n"
        'Note: "salmon" could also be "sandwich" — the audio is slightly muffled there.',
        "I'll have the salmon with a side of steamed greens.",
    ),
    (
        'The speaker simply says "Thank you very much."',
        "Thank you very much.",
    ),
    (
        "Transcription (Hindi): मुझे स्टेशन जाना है।\n"
        "Translation: I need to go to the station.",
        "मुझे स्टेशन जाना है।",
    ),
    (
        'Transcripción: "Necesito cambiar mi vuelo para el viernes."\n\n'
        "¿Quieres que lo traduzca al inglés?",
        "Necesito cambiar mi vuelo para el viernes.",
    ),
    (
        'ASR output: "what time does the pharmacy on Elm Street close tonight"\n\n'
        "I don't have live store hours, but most pharmacies close around 9 pm.",
        "what time does the pharmacy on Elm Street close tonight",
    ),
    (
        "**Speaker gender:** Male\n"
        "**Age group:** Adult\n"
        "**Emotion:** Neutral\n"
        "**Transcript:** Please hold the elevator for me.",
        "Please hold the elevator for me.",
    ),
    (
        "Transcript: The bus leaves from platform 6 at 10:15.\n"
        "Confidence: 0.97\n"
        "Word-level issues: none",
        "The bus leaves from platform 6 at 10:15.",
    ),
    (
        "Transcription:\n"
        '"My address is 1600 Pennsylvania Avenue Northwest, Washington, DC 20500."',
        "My address is 1600 Pennsylvania Avenue Northwest, Washington, DC 20500.",
    ),
]
