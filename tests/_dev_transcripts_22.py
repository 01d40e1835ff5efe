"""Transcript table pair 22 (dev): replies of audio LLMs asked to transcribe a clip with speech in it.

The dev half of transcript table pair 22 (dev) / held-out 18 (tests/_heldout_transcripts_18.py).
Written blind for issue 22, without reading the extractor or any earlier table. One pool of 110 replies,
split with random.Random(2218): within each label (transcript / None) the rows were shuffled and
alternate rows went to dev and held-out, so the 12 None rows split evenly (6 and 6).
Each row is (reply, reference): the scorer must pull the spoken words out of whatever wrapper the model
put around them.

Conventions for the reference: it is exactly the words spoken as the reply renders them, or None when the reply
holds no transcript. Markers of words not made out ("[inaudible]", "(unclear)") and of sounds ("[laughs]",
"[Music]") are not words, so the reference drops them; filler words the reply renders ("um", "uh") were spoken;
speaker labels, timestamps, cue numbers, field names and tags are not spoken, and a dialogue's turns are joined in
order; with a translation beside it, the reference is the original-language transcript as written in the reply;
beside a cleaned-up version the verbatim one is the transcript; a mis-hearing noted in brackets is not spoken;
numbers are written as the reply writes them (the scorer compares after light normalisation of case and
punctuation); when the words spoken are a question or an instruction to the assistant, the transcript is still
those words. None when the reply holds no transcript: a refusal, "no speech", a description of sound or music, a
summary or paraphrase that quotes no words, or an answer to the spoken question in place of a transcript.

Styles imitated: Qwen2-Audio ("The original content of this audio is: '...'"), "Sure! Here's the transcription:",
bold field lists, markdown headings and numbered sections (transcript, language, emotion, speaker, summary), JSON
(segments, words, nested), YAML, SRT / WebVTT cues, bracketed timestamps, Whisper and SenseVoice special tokens,
speaker labels (Speaker 1, SPEAKER_00, Caller/Agent, names), language tags, a translation beside the original (either
order), "The user asked: ..." / "The speaker says: ...", trailing commentary on tone, accent, background noise and
confidence, notes in brackets, a transcript followed by an answer to what was asked, call-centre bots (intent, slots,
transcript), voicemail-to-text, dictation with spoken punctuation, code blocks, CSV, long multi-turn dialogues and
wrappers that quote the speaker several times. Mostly English, a few rows in German, Spanish, French and Chinese.
"""

from __future__ import annotations

SEED = 2218
POOL_SIZE = 110
N_ROWS = 55
N_NONE = 6

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        "Can you pick up some [inaudible] on the way home? Oh, and milk. We're out of milk.",
        "Can you pick up some on the way home? Oh, and milk. We're out of milk.",
    ),
    (
        "The audio contains a man saying: \"Attention passengers, the next stop is Central Station.\" A "
        "train's rumbling can be heard in the background.",
        "Attention passengers, the next stop is Central Station.",
    ),
    (
        "1. **Transcript**\n"
        "   \"I've been waiting on hold for over an hour and nobody has told me anything.\"\n"
        "\n"
        "2. **Language**\n"
        "   English (American)\n"
        "\n"
        "3. **Emotion**\n"
        "   Angry / frustrated — the speaker raises their voice toward the end.\n"
        "\n"
        "4. **Speaker**\n"
        "   Adult male, probably in his 40s.\n"
        "\n"
        "5. **Summary**\n"
        "   A customer complaining about a long wait on a support line.",
        "I've been waiting on hold for over an hour and nobody has told me anything.",
    ),
    (
        "We'll meet in the lobby of the Fairmont [could also be \"Fremont\"] at nine and head over "
        "together.",
        "We'll meet in the lobby of the Fairmont at nine and head over together.",
    ),
    (
        "**Transcription:** Please remind me to water the plants on Sunday morning.\n"
        "**Language:** English\n"
        "**Speaker:** Adult female\n"
        "**Emotion:** Neutral\n"
        "**Background noise:** Low",
        "Please remind me to water the plants on Sunday morning.",
    ),
    (
        "[00:00] So the main thing is the deadline.\n"
        "[00:04] We can't move it again.\n"
        "[00:07] Is everybody clear on that?",
        "So the main thing is the deadline. We can't move it again. Is everybody clear on that?",
    ),
    (
        "{\"intent\": \"PlayMusic\", \"slots\": {\"artist\": \"Miles Davis\", \"room\": \"kitchen\"}, "
        "\"utterance\": \"play some miles davis in the kitchen\"}",
        "play some miles davis in the kitchen",
    ),
    (
        "请把空调温度调到二十六度。",
        "请把空调温度调到二十六度。",
    ),
    (
        "The user asked: \"What's the capital of Australia?\"\n"
        "\n"
        "The capital of Australia is Canberra. Many people assume it's Sydney, but Canberra was "
        "purpose-built as a compromise between Sydney and Melbourne.",
        "What's the capital of Australia?",
    ),
    (
        "Clean version: We need the report by Monday.\n"
        "Verbatim: Uh, we, we need the, um, the report by Monday.",
        "Uh, we, we need the, um, the report by Monday.",
    ),
    (
        "I believe the speaker is saying: \"I left it on the kitchen counter.\" The audio quality is "
        "fairly poor, so some words may be off.",
        "I left it on the kitchen counter.",
    ),
    (
        "{\"words\": [{\"w\": \"turn\", \"t\": 0.12}, {\"w\": \"left\", \"t\": 0.41}, {\"w\": \"at\", "
        "\"t\": 0.66}, {\"w\": \"the\", \"t\": 0.74}, {\"w\": \"next\", \"t\": 0.88}, {\"w\": \"light\", "
        "\"t\": 1.15}]}",
        "turn left at the next light",
    ),
    (
        "A woman asks, \"Do you know where the library is?\" and a man replies, \"Two blocks down, on your "
        "left.\" She says, \"Thanks so much.\"",
        "Do you know where the library is? Two blocks down, on your left. Thanks so much.",
    ),
    (
        "SPEAKER_00: So the study found that people who walk after dinner sleep better.\n"
        "SPEAKER_01: Really? By how much?\n"
        "SPEAKER_00: About twenty minutes more per night, on average.\n"
        "SPEAKER_01: [crosstalk] That's actually—\n"
        "SPEAKER_00: —a lot, yeah.",
        "So the study found that people who walk after dinner sleep better. Really? By how much? About "
        "twenty minutes more per night, on average. That's actually— —a lot, yeah.",
    ),
    (
        "So, the — [cough] — the results were, uh, mixed. [pause] Let's say mixed.",
        "So, the — — the results were, uh, mixed. Let's say mixed.",
    ),
    (
        "Here's the transcript of the audio:\n"
        "\n"
        "\"Welcome back to the channel. Today we're going to look at three easy ways to speed up your "
        "laptop.\"\n"
        "\n"
        "If you'd like, I can also summarize the key points or provide timestamps.",
        "Welcome back to the channel. Today we're going to look at three easy ways to speed up your laptop.",
    ),
    (
        "WEBVTT\n"
        "\n"
        "intro-1\n"
        "00:00:01.000 --> 00:00:03.500 align:start\n"
        "Hi, I'm Sam, and this is <i>Quick Fix</i>.\n"
        "\n"
        "intro-2\n"
        "00:00:03.500 --> 00:00:07.000\n"
        "Today: how to unclog a sink without calling a plumber.",
        "Hi, I'm Sam, and this is Quick Fix. Today: how to unclog a sink without calling a plumber.",
    ),
    (
        "00:00 – 00:04: Welcome to the Riverside Gallery audio tour.\n"
        "00:04 – 00:09: Please stay behind the rope and do not use flash photography.\n"
        "00:09 – 00:12: Enjoy your visit.",
        "Welcome to the Riverside Gallery audio tour. Please stay behind the rope and do not use flash "
        "photography. Enjoy your visit.",
    ),
    (
        "The speaker says: \"Don't forget to bring your passport, they won't let you board without it.\"",
        "Don't forget to bring your passport, they won't let you board without it.",
    ),
    (
        "```\n"
        "the password reset link expires after twenty four hours\n"
        "```",
        "the password reset link expires after twenty four hours",
    ),
    (
        "```yaml\n"
        "language: fr\n"
        "speaker: female, adult\n"
        "transcript: >\n"
        "  Bonjour, je vous appelle au sujet de la facture du mois dernier.\n"
        "  Il y a une erreur sur le montant.\n"
        "emotion: calm\n"
        "```",
        "Bonjour, je vous appelle au sujet de la facture du mois dernier. Il y a une erreur sur le montant.",
    ),
    (
        "Speaker 1: Did you lock the back door?\n"
        "Speaker 2: I thought you did.\n"
        "Speaker 1: Great. Just great.",
        "Did you lock the back door? I thought you did. Great. Just great.",
    ),
    (
        "```json\n"
        "{\n"
        "  \"result\": {\n"
        "    \"alternatives\": [\n"
        "      {\n"
        "        \"transcript\": \"can you move my dentist appointment to friday\",\n"
        "        \"confidence\": 0.93\n"
        "      }\n"
        "    ],\n"
        "    \"is_final\": true\n"
        "  }\n"
        "}\n"
        "```",
        "can you move my dentist appointment to friday",
    ),
    (
        "**Transcript**\n"
        "\n"
        "**Speaker A:** Have you finished the slides?\n"
        "**Speaker B:** Almost. I still need the chart for Q3.\n"
        "**Speaker A:** Okay, send it over by four.\n"
        "\n"
        "**Notes:**\n"
        "* Two speakers, both adult.\n"
        "* Office setting; keyboard typing audible.",
        "Have you finished the slides? Almost. I still need the chart for Q3. Okay, send it over by four.",
    ),
    (
        "No way, you actually did that? [laughs] I can't believe you. [laughs] Okay, okay, tell me the "
        "rest.",
        "No way, you actually did that? I can't believe you. Okay, okay, tell me the rest.",
    ),
    (
        "Dictated text:\n"
        "\n"
        "dear professor hill comma i will not be able to attend tomorrow's lecture period i apologize for "
        "the inconvenience period",
        "dear professor hill comma i will not be able to attend tomorrow's lecture period i apologize for "
        "the inconvenience period",
    ),
    (
        "start,end,speaker,text\n"
        "0.00,1.80,A,\"Morning, Jess.\"\n"
        "1.80,3.50,B,\"Morning! Coffee?\"\n"
        "3.50,4.60,A,\"Please. Black, no sugar.\"",
        "Morning, Jess. Morning! Coffee? Please. Black, no sugar.",
    ),
    (
        "**Sprache:** Deutsch\n"
        "**Transkript:** Der Zug nach Hamburg fährt heute von Gleis sieben ab.\n"
        "**Übersetzung:** The train to Hamburg departs from platform seven today.",
        "Der Zug nach Hamburg fährt heute von Gleis sieben ab.",
    ),
    (
        "Transcript: \"Hey, what's a good substitute for buttermilk?\"\n"
        "\n"
        "Answer: Mix one cup of milk with one tablespoon of lemon juice or white vinegar, and let it sit "
        "for five minutes.",
        "Hey, what's a good substitute for buttermilk?",
    ),
    (
        "\"I honestly don't know what you want me to say anymore.\"\n"
        "\n"
        "The speaker sounds frustrated and tired, with a slight tremor in the voice. There is faint "
        "traffic noise in the background, suggesting the recording was made near a street.",
        "I honestly don't know what you want me to say anymore.",
    ),
    (
        "The original content of this audio is: 'Könnten Sie das Fenster bitte ein bisschen aufmachen?'",
        "Könnten Sie das Fenster bitte ein bisschen aufmachen?",
    ),
    (
        "Mensaje de voz (0:15):\n"
        "«Hola, soy Lucía. Te llamo para decirte que la reunión de mañana se cancela. Ya te escribo luego.»",
        "Hola, soy Lucía. Te llamo para decirte que la reunión de mañana se cancela. Ya te escribo luego.",
    ),
    (
        "Transcript:\n"
        "\n"
        "Agent: Thank you for calling Northwind Insurance, this is Kevin speaking.\n"
        "Customer: Hi Kevin, I need to file a claim. Someone backed into my car in a parking lot.\n"
        "Agent: I'm sorry to hear that. Is anyone hurt?\n"
        "Customer: No, thankfully. Just the bumper.\n"
        "Agent: Okay. Do you have the other driver's insurance details?\n"
        "Customer: Yes, I took a photo of their card.\n"
        "Agent: Perfect, you can upload that in the app, and I'll open the claim now.\n"
        "\n"
        "Summary: Customer reports a minor parking-lot collision; claim opened.",
        "Thank you for calling Northwind Insurance, this is Kevin speaking. Hi Kevin, I need to file a "
        "claim. Someone backed into my car in a parking lot. I'm sorry to hear that. Is anyone hurt? No, "
        "thankfully. Just the bumper. Okay. Do you have the other driver's insurance details? Yes, I took "
        "a photo of their card. Perfect, you can upload that in the app, and I'll open the claim now.",
    ),
    (
        "Ähm, also ich glaube, wir sollten lieber morgen fahren, weil es heute so stark regnet.",
        "Ähm, also ich glaube, wir sollten lieber morgen fahren, weil es heute so stark regnet.",
    ),
    (
        "Cliente: Buenos días, ¿tienen pan integral?\n"
        "Panadero: Sí, nos quedan dos barras.\n"
        "Cliente: Perfecto, me llevo las dos.",
        "Buenos días, ¿tienen pan integral? Sí, nos quedan dos barras. Perfecto, me llevo las dos.",
    ),
    (
        "{\"transcript\": \"Mi hermano vive en Valencia desde hace tres años.\", \"language\": \"es\", "
        "\"translation_en\": \"My brother has lived in Valencia for three years.\", \"speaker_count\": 1}",
        "Mi hermano vive en Valencia desde hace tres años.",
    ),
    (
        "**Transcript:**\n"
        "> Honestly the food was fine, but the service was painfully slow.\n"
        "\n"
        "- **Sentiment:** negative\n"
        "- **Topic:** restaurant review\n"
        "- **Accent:** Scottish",
        "Honestly the food was fine, but the service was painfully slow.",
    ),
    (
        "Transcription:\n"
        "\n"
        "1. \"Good morning.\"\n"
        "2. \"Could I get a large latte?\"\n"
        "3. \"Oat milk, please.\"",
        "Good morning. Could I get a large latte? Oat milk, please.",
    ),
    (
        "Voicemail Transcription (Beta)\n"
        "\n"
        "\"Hey, it's your brother. Uh, call me back when you get this, it's about Dad's birthday thing on "
        "Saturday.\"\n"
        "\n"
        "Was this transcription useful? Yes / No",
        "Hey, it's your brother. Uh, call me back when you get this, it's about Dad's birthday thing on "
        "Saturday.",
    ),
    (
        "1\n"
        "00:00:00,000 --> 00:00:02,500\n"
        "Good evening, everyone.\n"
        "\n"
        "2\n"
        "00:00:02,500 --> 00:00:05,800\n"
        "Thank you all for coming out tonight.\n"
        "\n"
        "3\n"
        "00:00:05,800 --> 00:00:09,100\n"
        "Before we start, please silence your phones.",
        "Good evening, everyone. Thank you all for coming out tonight. Before we start, please silence "
        "your phones.",
    ),
    (
        "Let me listen carefully. The audio is short, a single female speaker, slightly muffled. I can "
        "make out the following words:\n"
        "\n"
        "\"Is the pharmacy still open?\"\n"
        "\n"
        "The rest of the clip is silence.",
        "Is the pharmacy still open?",
    ),
    (
        "Pilot: Tower, Cessna four-seven-two-Charlie-Papa, ready for departure runway two-seven.\n"
        "Tower: Cessna two-Charlie-Papa, wind two-six-zero at eight, runway two-seven, cleared for "
        "takeoff.\n"
        "Pilot: Cleared for takeoff two-seven, two-Charlie-Papa.",
        "Tower, Cessna four-seven-two-Charlie-Papa, ready for departure runway two-seven. Cessna "
        "two-Charlie-Papa, wind two-six-zero at eight, runway two-seven, cleared for takeoff. Cleared for "
        "takeoff two-seven, two-Charlie-Papa.",
    ),
    (
        "Please send the invoice to Mr. Kowalczyk [spelling uncertain] at the Warsaw office.",
        "Please send the invoice to Mr. Kowalczyk at the Warsaw office.",
    ),
    (
        "{\n"
        "  \"lang\": \"zh\",\n"
        "  \"text\": \"请问最近的地铁站怎么走？\",\n"
        "  \"translation\": \"Excuse me, how do I get to the nearest subway station?\"\n"
        "}",
        "请问最近的地铁站怎么走？",
    ),
    (
        "Photosynthesis happens in two stages. In the first stage, the light-dependent reactions, energy "
        "from sunlight is captured and used to make ATP and NADPH. In the second stage, the Calvin cycle, "
        "that energy is used to build sugars from carbon dioxide. Now, a common mistake on the exam is to "
        "say the Calvin cycle happens in the dark. It doesn't need light directly, but it does happen "
        "during the day.",
        "Photosynthesis happens in two stages. In the first stage, the light-dependent reactions, energy "
        "from sunlight is captured and used to make ATP and NADPH. In the second stage, the Calvin cycle, "
        "that energy is used to build sugars from carbon dioxide. Now, a common mistake on the exam is to "
        "say the Calvin cycle happens in the dark. It doesn't need light directly, but it does happen "
        "during the day.",
    ),
    (
        "turns:\n"
        "  - speaker: A\n"
        "    text: \"Is this seat taken?\"\n"
        "  - speaker: B\n"
        "    text: \"No, go ahead.\"\n"
        "  - speaker: A\n"
        "    text: \"Thanks.\"\n"
        "duration_s: 4.2",
        "Is this seat taken? No, go ahead. Thanks.",
    ),
    (
        "I heard: \"add eggs and butter to my shopping list\". Done — I've added eggs and butter to your "
        "shopping list.",
        "add eggs and butter to my shopping list",
    ),
    (
        "[Music]\n"
        "[Applause]\n"
        "Thank you! Thank you so much, Chicago!\n"
        "[Cheering]",
        "Thank you! Thank you so much, Chicago!",
    ),
    (
        "New voicemail from +1 (415) 555-0199 · 0:23\n"
        "\n"
        "\"Hi, this is Dana from Dr. Kim's office calling to confirm your appointment on Thursday at 2 PM. "
        "If you need to reschedule, please call us back at 555-0142. Thanks, bye.\"\n"
        "\n"
        "Transcription confidence: medium",
        "Hi, this is Dana from Dr. Kim's office calling to confirm your appointment on Thursday at 2 PM. "
        "If you need to reschedule, please call us back at 555-0142. Thanks, bye.",
    ),
    (
        "**Language:** French (0.91)\n"
        "**Speaker:** adult female\n"
        "**Emotion:** neutral\n"
        "**Transcript:** not available — the clip is too short to transcribe reliably.",
        None,
    ),
    (
        "The speaker explains how to reset a home router, recommending holding the reset button for about "
        "thirty seconds and then waiting for the lights to stabilise.",
        None,
    ),
    (
        "{\"text\": \"\", \"language\": null, \"no_speech_prob\": 0.97}",
        None,
    ),
    (
        "Great question! The capital of Australia is Canberra, not Sydney. Is there anything else you'd "
        "like to know about Australia?",
        None,
    ),
    (
        "Transcript: [inaudible]\n"
        "\n"
        "The recording is too noisy to make out any words; it sounds like wind hitting the microphone.",
        None,
    ),
    (
        "I'm sorry, but I can't help transcribe this recording, as it appears to contain a private "
        "conversation between people who may not have consented to being recorded.",
        None,
    ),
]
