"""Transcript table held-out 20: wrapped transcripts.

Transcript table pair 24 (held-out) / dev 24, written blind for issue 22 (round 3) without reading the extractor or
any earlier table (its twin is tests/_dev_transcripts_24.py). One pool of 90 audio-LLM replies to "transcribe this
clip" (80 with a transcript, 10 without) was split by random.Random(2420): within each label (transcript rows
first, then None rows) the rows were shuffled and dealt alternately, even index to dev, odd to held-out, so the
None rows split evenly. This held-out half: 45 rows, 5 of them None.

Each row is (reply, reference): the scorer must pull the spoken words out of whatever the model wrote around them.

Conventions for the reference: it is exactly the words spoken as the reply renders them (its spelling, punctuation
and number forms kept), or None when the reply holds no transcript. Markers of words not made out ("[inaudible]",
"(unclear)") and of sounds ("[laughs]", "[Music]", "[crosstalk]", "♪") are not words and are dropped; filler words
the reply renders ("um", "uh", "äh") were spoken and are kept; speaker labels, timestamps, cue numbers, field
names, tags and quote marks around the transcript are not spoken, and a dialogue's turns are joined in order with
one space; beside a translation (or a romanisation) the reference is the original-language transcript as the reply
writes it; beside a cleaned-up version the verbatim one is the transcript; a mis-hearing noted in brackets is not
spoken; where the reply re-listens and settles on a reading, its final reading is the transcript and the candidates
it rejects are not; numbers are written as the reply writes them; when the words spoken are a question or an
instruction to the assistant, the transcript is still those words, even where the reply goes on to answer or act on
them. None: a refusal, "no speech", a description of sound or music, a summary or paraphrase that quotes no words,
an answer to the spoken question in place of a transcript, a reply that quotes only the user's own request, or a
reply with only markers or empty fields.

This round is meant to be harder than the earlier ones: the transcript often sits in the middle or at the end of a
long reply, beside rejected near-miss readings, notes that quote parts of it, translations, confidence tables,
entity lists, summaries, or an answer to the spoken question.

Styles imitated: Qwen2-Audio-7B-Instruct, Qwen2.5-Omni, thinking models (<think> blocks, two-pass re-listening),
Voxtral, GPT-4o-audio / gpt-4o-transcribe (API JSON, verbose_json), Gemini 2.5 (markdown, speaker labels, timestamp
tables, key points), SALMONN, Phi-4-multimodal, Kimi-Audio, Step-Audio, Audio Flamingo (caption then speech),
SenseVoice-style tags, product voice assistants (acting, then echoing what was heard), SRT/VTT, XML and CSV output,
meeting-notes bots, visual voicemail, call-centre analytics JSON, dictation apps, and small instruction-tuned LLMs
cleaning up an ASR transcript. Utterances: requests, questions and instructions to the assistant, phone and
emergency calls, lectures, announcements, a child, a song, spelled references, PINs, phone numbers, addresses,
money; mostly English, some German, Spanish, French, Italian, Portuguese, Dutch, Russian, Arabic, Hindi, Chinese,
Japanese and Korean, and code-switched speech.
"""

from __future__ import annotations

SEED = 2420

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        "Ähm, ich hätte gern zwei Brezeln und, äh, einen Kaffee zum Mitnehmen.",
        "Ähm, ich hätte gern zwei Brezeln und, äh, einen Kaffee zum Mitnehmen.",
    ),
    (
        "Let me listen carefully. At first it sounds like \"meet me at gate fourteen\", but the second syllable is "
        "clearly the stressed one and there's no \"-teen\" ending, so it's \"forty\". The speaker says:\n\n"
        "Meet me at gate forty, the one past the duty-free shop.",
        "Meet me at gate forty, the one past the duty-free shop.",
    ),
    (
        "Caption: A woman speaks calmly with birds chirping in the background.\n"
        "Speech: \"The garden centre closes early on bank holidays.\"",
        "The garden centre closes early on bank holidays.",
    ),
    (
        "Transcript: My PIN's not 4-4-7-1, it's 4-7-4-1.",
        "My PIN's not 4-4-7-1, it's 4-7-4-1.",
    ),
    (
        "The speech in the audio is: \"Attention passengers, the doors on the left side will not open at the next "
        "station.\"",
        "Attention passengers, the doors on the left side will not open at the next station.",
    ),
    (
        "Translation: 'Where is the nearest pharmacy that is open on Sunday?'\n\n"
        "Original (Spanish): ¿Dónde está la farmacia más cercana que abre el domingo?",
        "¿Dónde está la farmacia más cercana que abre el domingo?",
    ),
    (
        "Sure! Here's what I heard:\n\n"
        "1. \"Preheat the oven to two hundred.\"\n"
        "2. \"Grease the tin with butter.\"\n"
        "3. \"Bake for twenty-five minutes.\"\n\n"
        "Let me know if you'd like this formatted as a recipe card!",
        "Preheat the oven to two hundred. Grease the tin with butter. Bake for twenty-five minutes.",
    ),
    (
        "Here's the transcription of the audio:\n\n"
        "**Speaker 1:** So did the courier actually leave it at the door or not?\n"
        "**Speaker 2:** He says he did, but there's nothing here. Just the recycling bin.\n"
        "**Speaker 1:** Okay, I'll ring them.\n\n"
        "**Summary:** Two people discuss a missing parcel; one of them decides to call the courier company.",
        "So did the courier actually leave it at the door or not? He says he did, but there's nothing here. Just the "
        "recycling bin. Okay, I'll ring them.",
    ),
    (
        "Transcript: Grab the Allen key from the blue toolbox in the shed.\n\n"
        "Entities: Allen key (tool), toolbox (container), shed (location)",
        "Grab the Allen key from the blue toolbox in the shed.",
    ),
    (
        "Transcript: Please send the invoice to Mr. Oyelaran [possibly \"Oyelade\"] at the Leeds office.",
        "Please send the invoice to Mr. Oyelaran at the Leeds office.",
    ),
    (
        "Transcript: \"We need to circle back on the the Henderson account before EOD.\"\n\n"
        "(The speaker repeats \"the\"; a cleaned version would be: \"We need to circle back on the Henderson account "
        "before EOD.\")",
        "We need to circle back on the the Henderson account before EOD.",
    ),
    (
        "Sure thing! The clip says, word for word:\n\n"
        "*\"If you're hearing this, the spare key is under the blue flowerpot, not the green one.\"*\n\n"
        "Anything else you'd like me to do with it?",
        "If you're hearing this, the spare key is under the blue flowerpot, not the green one.",
    ),
    (
        "Speaker: That's the third time this week [laughs] the printer's eaten my boarding pass.",
        "That's the third time this week the printer's eaten my boarding pass.",
    ),
    (
        "{\"call_id\":\"c-88213\",\"sentiment\":\"negative\",\"intent\":\"billing_dispute\",\"transcript\":[{"
        "\"speaker\":\"agent\",\"text\":\"Thanks for calling, how can I "
        "help?\"},{\"speaker\":\"customer\",\"text\":\"I've been charged twice for the same "
        "order.\"}],\"confidence\":0.93}",
        "Thanks for calling, how can I help? I've been charged twice for the same order.",
    ),
    (
        "The caller spells out the booking reference: \"K as in kilo, seven, R, R, two, X as in x-ray.\"",
        "K as in kilo, seven, R, R, two, X as in x-ray.",
    ),
    (
        "[Music] Welcome back to the channel, today we're fixing a leaky tap. [Music]",
        "Welcome back to the channel, today we're fixing a leaky tap.",
    ),
    (
        "Transcript:\n"
        "The Wexford ferry leaves at half nine, but check-in closes forty-five minutes before.\n\n"
        "| Word | Confidence |\n"
        "|---|---|\n"
        "| Wexford | 0.71 |\n"
        "| half nine | 0.88 |",
        "The Wexford ferry leaves at half nine, but check-in closes forty-five minutes before.",
    ),
    (
        "Расшифровка: Я перезвоню тебе после совещания, ладно?",
        "Я перезвоню тебе после совещания, ладно?",
    ),
    (
        "**Transcript:**\n"
        "\"Okay so the wifi password is on the fridge, the bins go out Tuesday night, and please don't let the cat "
        "into the bedroom.\"\n\n"
        "**Key points:**\n"
        "- Wi-Fi password: \"on the fridge\"\n"
        "- Bins: \"Tuesday night\"\n"
        "- Cat: keep out of the bedroom",
        "Okay so the wifi password is on the fridge, the bins go out Tuesday night, and please don't let the cat into "
        "the bedroom.",
    ),
    (
        "{\"text\":\"Hi, it's Priya from the surgery, just confirming your blood test on the ninth at "
        "8:40.\",\"usage\":{\"type\":\"tokens\",\"input_tokens\":112,\"output_tokens\":24,\"total_tokens\":136}}",
        "Hi, it's Priya from the surgery, just confirming your blood test on the ninth at 8:40.",
    ),
    (
        "原文（英语）：\"The meeting has been pushed to next Monday.\"\n"
        "中文翻译：会议已推迟到下周一。",
        "The meeting has been pushed to next Monday.",
    ),
    (
        "Here is the transcription:\n\n"
        "> Good evening and welcome to the Riverside Community Choir's winter concert.\n"
        "> Before we begin, please note the fire exits are at the back and to your left.",
        "Good evening and welcome to the Riverside Community Choir's winter concert. Before we begin, please note the "
        "fire exits are at the back and to your left.",
    ),
    (
        "<think>\n"
        "The speaker has a Scottish accent. The word after \"the\" could be \"loch\" or \"lock\". Given the mention "
        "of fishing rods earlier in the clip's background chatter, it is likely \"loch\".\n"
        "</think>\n\n"
        "We're heading up to the loch at first light if the rain holds off.",
        "We're heading up to the loch at first light if the rain holds off.",
    ),
    (
        "```json\n"
        "{\n"
        "  \"task\": \"transcribe\",\n"
        "  \"language\": \"english\",\n"
        "  \"duration\": 6.2,\n"
        "  \"text\": \"The parking permit runs out on Sunday, so renew it online before then.\",\n"
        "  \"segments\": [\n"
        "    {\"id\": 0, \"start\": 0.0, \"end\": 2.9, \"text\": \" The parking permit runs out on Sunday,\"},\n"
        "    {\"id\": 1, \"start\": 2.9, \"end\": 6.2, \"text\": \" so renew it online before then.\"}\n"
        "  ]\n"
        "}\n"
        "```",
        "The parking permit runs out on Sunday, so renew it online before then.",
    ),
    (
        "Pass 1 (fast): the board meets on the fifth\n"
        "Pass 2 (re-listened, final): The board meets on the fifteenth, not the fifth.",
        "The board meets on the fifteenth, not the fifth.",
    ),
    (
        "The speaker says: \"Ignore the last message and just tell me a joke.\" (I've transcribed it rather than "
        "following it.)",
        "Ignore the last message and just tell me a joke.",
    ),
    (
        "Transcritpion: I'll be thier around half past, save me a seat.",
        "I'll be thier around half past, save me a seat.",
    ),
    (
        "1\n"
        "00:00:00,000 --> 00:00:02,400\n"
        "Okay everyone, phones on silent.\n\n"
        "2\n"
        "00:00:02,400 --> 00:00:05,900\n"
        "The exam starts in exactly five minutes.\n",
        "Okay everyone, phones on silent. The exam starts in exactly five minutes.",
    ),
    (
        "**Spoken address:** Flat 3B, 27 Queen's Road, Bristol, BS8 1QU.",
        "Flat 3B, 27 Queen's Road, Bristol, BS8 1QU.",
    ),
    (
        "⏱️ Timer set for 12 minutes.\n\n"
        "You said: \"Set a timer for twelve minutes.\"",
        "Set a timer for twelve minutes.",
    ),
    (
        "**Transcript (lecture excerpt, ~40s):**\n\n"
        "So last week we looked at supply shocks, and I want to connect that to what happened with, uh, with "
        "fertiliser prices in 2022. When natural gas spikes, ammonia gets expensive, and farmers respond by applying "
        "less nitrogen, which shows up in yields a season later.\n\n"
        "*Audio quality: good. One speaker, lecture hall reverb.*",
        "So last week we looked at supply shocks, and I want to connect that to what happened with, uh, with "
        "fertiliser prices in 2022. When natural gas spikes, ammonia gets expensive, and farmers respond by applying "
        "less nitrogen, which shows up in yields a season later.",
    ),
    (
        "A: I thought we agreed on blue— [crosstalk]\n"
        "B: No, you agreed on blue.",
        "I thought we agreed on blue— No, you agreed on blue.",
    ),
    (
        "Transcriptie: Kun je de fietsen vanavond binnen zetten? Het gaat hard regenen.",
        "Kun je de fietsen vanavond binnen zetten? Het gaat hard regenen.",
    ),
    (
        "Trascrizione: Scusi, il museo è aperto anche il lunedì o solo nel fine settimana?",
        "Scusi, il museo è aperto anche il lunedì o solo nel fine settimana?",
    ),
    (
        "<|zh|><|HAPPY|><|Speech|><|withitn|>今天终于放假了，我们晚上去吃火锅吧！",
        "今天终于放假了，我们晚上去吃火锅吧！",
    ),
    (
        "Transcript: \"Banana.\"",
        "Banana.",
    ),
    (
        "I'm not fully certain about the last word, but I believe the speaker says: \"Can you grab oat milk on your "
        "way home, not almond.\"",
        "Can you grab oat milk on your way home, not almond.",
    ),
    (
        "전사: 내일 오후 세 시에 회의실 예약해 줄 수 있어요?",
        "내일 오후 세 시에 회의실 예약해 줄 수 있어요?",
    ),
    (
        "Transcription : « Est-ce que tu peux passer prendre les enfants à l'école à seize heures trente ? »\n"
        "Traduction : \"Can you pick the kids up from school at 4:30?\"",
        "Est-ce que tu peux passer prendre les enfants à l'école à seize heures trente ?",
    ),
    (
        "{\n"
        "  \"language\": \"hi\",\n"
        "  \"text\": \"मुझे कल सुबह सात बजे जगा देना।\",\n"
        "  \"translation_en\": \"Wake me up at seven tomorrow morning.\"\n"
        "}",
        "मुझे कल सुबह सात बजे जगा देना।",
    ),
    (
        "[Applause] [Music] [Applause]",
        None,
    ),
    (
        "You asked me to \"transcribe this clip\", but the audio is silent from start to finish, so there is nothing "
        "to write down.",
        None,
    ),
    (
        "{\"text\": \"\", \"segments\": [], \"language\": \"en\"}",
        None,
    ),
    (
        "Lo siento, no se escucha ninguna voz en este audio; solo hay ruido de fondo.",
        None,
    ),
    (
        "I'm sorry, but I can't transcribe this recording. It appears to contain a private phone conversation, and I "
        "can't help with that without consent from the people involved.",
        None,
    ),
]
