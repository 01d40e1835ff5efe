"""Transcript table dev 24: wrapped transcripts.

Transcript table pair 24 (dev) / held-out 20, written blind for issue 22 (round 3) without reading the extractor or
any earlier table (its twin is tests/_heldout_transcripts_20.py). One pool of 90 audio-LLM replies to "transcribe
this clip" (80 with a transcript, 10 without) was split by random.Random(2420): within each label (transcript rows
first, then None rows) the rows were shuffled and dealt alternately, even index to dev, odd to held-out, so the
None rows split evenly. This dev half: 45 rows, 5 of them None.

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
        "start,end,speaker,text\n"
        "0.0,1.8,S1,\"Where did you park?\"\n"
        "1.8,4.2,S2,\"Level minus two, near the lifts.\"",
        "Where did you park? Level minus two, near the lifts.",
    ),
    (
        "Transcription (German):\n"
        "\"Der Zug nach Hamburg fällt heute leider aus, bitte nutzen Sie den Ersatzverkehr ab Gleis 3.\"\n\n"
        "English translation:\n"
        "\"Unfortunately the train to Hamburg is cancelled today, please use the replacement service from platform "
        "3.\"",
        "Der Zug nach Hamburg fällt heute leider aus, bitte nutzen Sie den Ersatzverkehr ab Gleis 3.",
    ),
    (
        "[Music]\n"
        "♪ Oh the wind blows cold on the harbour wall ♪\n"
        "[Music]",
        "Oh the wind blows cold on the harbour wall",
    ),
    (
        "Transcript: I have been on hold for forty minutes.\n"
        "Emotion: angry\n"
        "Gender: male\n"
        "Age: 30-40",
        "I have been on hold for forty minutes.",
    ),
    (
        "The original content of this audio is: 'I told you the boiler makes that noise every time the heating kicks "
        "in.' Based on the tone, the speaker sounds frustrated.",
        "I told you the boiler makes that noise every time the heating kicks in.",
    ),
    (
        "Oye, did you send the fotos del cumpleaños to tu abuela or not yet?",
        "Oye, did you send the fotos del cumpleaños to tu abuela or not yet?",
    ),
    (
        "You asked: \"What's the boiling point of water at the top of Everest?\"\n\n"
        "At roughly 8,849 m, water boils at about 70 °C because of the lower air pressure.",
        "What's the boiling point of water at the top of Everest?",
    ),
    (
        "The person in the audio is asking: \"How many tablespoons are in a quarter cup?\" There are 4 tablespoons in "
        "a quarter cup.",
        "How many tablespoons are in a quarter cup?",
    ),
    (
        "我下周三要去 Singapore 出差，帮我订一下酒店。",
        "我下周三要去 Singapore 出差，帮我订一下酒店。",
    ),
    (
        "<transcript lang=\"en\">\n"
        "  <segment start=\"0.00\" end=\"2.10\">Is this seat taken?</segment>\n"
        "  <segment start=\"2.10\" end=\"3.40\">No, go ahead.</segment>\n"
        "</transcript>",
        "Is this seat taken? No, go ahead.",
    ),
    (
        "```text\n"
        "The derivative of x squared is two x, and that's really all you need for today's problem set.\n"
        "```",
        "The derivative of x squared is two x, and that's really all you need for today's problem set.",
    ),
    (
        "This is a short clip of a man speaking over traffic noise, probably recorded on a phone at a bus stop. He "
        "sounds a little out of breath. The exact words are: \"Running late, tell them to start without me.\"",
        "Running late, tell them to start without me.",
    ),
    (
        "Here is the transcript:\n\n"
        "> Our flight got bumped to 6:15 so I'll miss the toast, sorry!\n\n"
        "Notes:\n"
        "- Background noise suggests an airport terminal.\n"
        "- The speaker may say \"6:50\" rather than \"6:15\"; the audio is slightly clipped.",
        "Our flight got bumped to 6:15 so I'll miss the toast, sorry!",
    ),
    (
        "النص: من فضلك، أين أقرب محطة مترو؟",
        "من فضلك، أين أقرب محطة مترو؟",
    ),
    (
        "DISPATCH: 911, what's the address of your emergency?\n"
        "CALLER: It's 4417 Birchwood Lane, my neighbour's garage is on fire!\n"
        "DISPATCH: Is anyone inside?\n"
        "CALLER: I don't— I don't think so.",
        "911, what's the address of your emergency? It's 4417 Birchwood Lane, my neighbour's garage is on fire! Is "
        "anyone inside? I don't— I don't think so.",
    ),
    (
        "Caller: Yeah it's oh-seven-seven, double-oh, nine-double-oh, one-two-three.",
        "Yeah it's oh-seven-seven, double-oh, nine-double-oh, one-two-three.",
    ),
    (
        "please remind me to water the tomatoes at seven pm",
        "please remind me to water the tomatoes at seven pm",
    ),
    (
        "I heard: \"call mum mobile\". Did you mean \"Call Mum (mobile)\"? Say yes to confirm.",
        "call mum mobile",
    ),
    (
        "Transcript (child speaker, some words unclear):\n"
        "\"and then the dinosaur [inaudible] eated all the, the sandwiches and mummy was cross\"",
        "and then the dinosaur eated all the, the sandwiches and mummy was cross",
    ),
    (
        "<|en|><|NEUTRAL|><|Speech|><|withitn|>Turn left after the petrol station and it's the third house on the "
        "right.",
        "Turn left after the petrol station and it's the third house on the right.",
    ),
    (
        "[00:00:01] Right, can everyone at the back hear me? [00:00:04] Good. [00:00:05] Let's start with the safety "
        "briefing.",
        "Right, can everyone at the back hear me? Good. Let's start with the safety briefing.",
    ),
    (
        "Heard (en-US): Hey Google, turn the living room lights down to twenty percent.",
        "Hey Google, turn the living room lights down to twenty percent.",
    ),
    (
        "Dictation complete ✓\n\n"
        "Dear Mr Halvorsen, I am writing to follow up on our call last Tuesday.\n\n"
        "Words: 14 · Duration: 0:06",
        "Dear Mr Halvorsen, I am writing to follow up on our call last Tuesday.",
    ),
    (
        "| Time | Speaker | Text |\n"
        "|---|---|---|\n"
        "| 00:00 | A | Is the pool open to non-members? |\n"
        "| 00:03 | B | Only on weekends, and it's six pounds a session. |",
        "Is the pool open to non-members? Only on weekends, and it's six pounds a session.",
    ),
    (
        "so um basically the idea is, like, an app that tells you when your houseplants are thirsty",
        "so um basically the idea is, like, an app that tells you when your houseplants are thirsty",
    ),
    (
        "Yes — the speaker says \"No, absolutely not, I never signed that form.\"",
        "No, absolutely not, I never signed that form.",
    ),
    (
        "Voicemail from +44 7700 900123 (0:18)\n\n"
        "\"Hey, it's Tom. Uh, the plumber can't come till Wednesday now, so don't take the day off tomorrow. Call me "
        "back.\"\n\n"
        "Transcription provided by Visual Voicemail. Accuracy may vary.",
        "Hey, it's Tom. Uh, the plumber can't come till Wednesday now, so don't take the day off tomorrow. Call me "
        "back.",
    ),
    (
        "The audio says: \"Please keep your belongings with you at all times.\"",
        "Please keep your belongings with you at all times.",
    ),
    (
        "好的，这段音频的内容是：“请问二号线末班车是几点？”",
        "请问二号线末班车是几点？",
    ),
    (
        "Transcript:\n"
        "So the (unclear) results came back and, um, the cholesterol's a bit high.",
        "So the results came back and, um, the cholesterol's a bit high.",
    ),
    (
        "## Meeting summary\n"
        "- Budget for Q3 offsite approved\n"
        "- Dana to book venue\n\n"
        "## Action items\n"
        "1. Dana: book venue by Friday\n\n"
        "## Transcript\n"
        "**Marcus (00:00):** Right, so are we all happy with twelve thousand for the offsite?\n"
        "**Dana (00:04):** Yep. I'll book the venue by Friday.\n"
        "**Marcus (00:07):** Brilliant, thanks.",
        "Right, so are we all happy with twelve thousand for the offsite? Yep. I'll book the venue by Friday. "
        "Brilliant, thanks.",
    ),
    (
        "文字起こし：\n"
        "「すみません、この電車は新宿に止まりますか？」\n\n"
        "(Romaji: Sumimasen, kono densha wa Shinjuku ni tomarimasu ka?)\n"
        "(English: Excuse me, does this train stop at Shinjuku?)",
        "すみません、この電車は新宿に止まりますか？",
    ),
    (
        "- **[0:00] Host:** Welcome back to Gardening Hour.\n"
        "- **[0:03] Host:** Today, caller Bev has a question about blackfly on her broad beans.",
        "Welcome back to Gardening Hour. Today, caller Bev has a question about blackfly on her broad beans.",
    ),
    (
        "Claro, aquí está la transcripción:\n\n"
        "\"I'll send you the slides after lunch.\"",
        "I'll send you the slides after lunch.",
    ),
    (
        "The audio does not say \"ship it tonight\"; it says \"skip it tonight\" — as in, don't go to the gym "
        "tonight. Full line: \"Honestly I'd skip it tonight, your knee needs the rest.\"",
        "Honestly I'd skip it tonight, your knee needs the rest.",
    ),
    (
        "Output:\n\n"
        "Your total comes to $1,249.50, and the first payment is due on 03/15.",
        "Your total comes to $1,249.50, and the first payment is due on 03/15.",
    ),
    (
        "**Cleaned version:** I'd like to cancel my gym membership, effective the end of this month.\n\n"
        "**Verbatim:** uh I'd like to, um, cancel my gym membership, like, effective the end of of this month",
        "uh I'd like to, um, cancel my gym membership, like, effective the end of of this month",
    ),
    (
        "WEBVTT\n\n"
        "00:00.000 --> 00:03.200\n"
        "<v Nurse>Can you tell me your date of birth?\n\n"
        "00:03.200 --> 00:05.000\n"
        "<v Patient>Third of March, fifty-two.",
        "Can you tell me your date of birth? Third of March, fifty-two.",
    ),
    (
        "Detected language: Portuguese (confidence 0.91)\n\n"
        "Transcrição: Vou chegar um pouco atrasado, o trânsito na marginal está parado.",
        "Vou chegar um pouco atrasado, o trânsito na marginal está parado.",
    ),
    (
        "I ran the clip through twice because the first few seconds are quite muffled, and the speaker is a fair "
        "distance from the microphone. Here's my best transcription:\n\n"
        "\"If the east gate's locked, go round by the allotments and come in past the cricket pavilion.\"\n\n"
        "If you need this for directions, you might want to check the gate opening hours with the park office, since "
        "the speaker seems to expect it could be locked. I can also produce a timestamped version if that helps.",
        "If the east gate's locked, go round by the allotments and come in past the cricket pavilion.",
    ),
    (
        "No speech detected. The clip contains only wind noise and what sounds like a car passing about halfway "
        "through.",
        None,
    ),
    (
        "Summary: The caller, a woman from a dental practice, is confirming an appointment next week and asks the "
        "listener to call back if the time doesn't work.",
        None,
    ),
    (
        "The capital of New Zealand is Wellington, not Auckland — a common mix-up.",
        None,
    ),
    (
        "<|nospeech|><|EMO_UNKNOWN|><|BGM|><|withitn|>",
        None,
    ),
    (
        "This is an instrumental piece: a solo cello playing a slow melody in D minor, with light room reverb. There "
        "are no vocals.",
        None,
    ),
]
