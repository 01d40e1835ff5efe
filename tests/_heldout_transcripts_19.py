"""Transcript table held-out 19: wrapped transcripts.

Transcript table pair 23 (dev) / held-out 19, written blind for issue 22 without reading the
extractor or any earlier table. One pool of 90 audio-LLM replies to "transcribe this clip" (80 with a
transcript, 10 without) was split by random.Random(2319): within each label (transcript rows first,
then None rows) the rows were shuffled and dealt alternately, even index to dev, odd to held-out, so the
None rows split evenly. This held-out half: 45 rows, 5 of them None.

Each row is (reply, reference): the scorer must pull the spoken words out of whatever the model
wrote around them.

Conventions for the reference: it is exactly the words spoken as the reply renders them (its spelling,
punctuation and number forms kept), or None when the reply holds no transcript. Markers of words not made out
("[inaudible]", "(unclear)") and of sounds ("[laughs]", "[Music]") are not words and are dropped; filler words
the reply renders ("um", "uh", "euh") were spoken and are kept; speaker labels, timestamps, cue numbers, field
names and tags are not spoken, and a dialogue's turns are joined in order with one space; beside a translation the
reference is the original-language transcript as the reply writes it; beside a cleaned-up version the verbatim one
is the transcript; a mis-hearing noted in brackets is not spoken; numbers are written as the reply writes them;
when the words spoken are a question or an instruction to the assistant, the transcript is still those words.
None: a refusal, "no speech", a description of sound or music, a summary or paraphrase that quotes no words, an
answer to the spoken question in place of a transcript, or a reply with only markers or empty fields.

Styles imitated: Qwen2-Audio-7B-Instruct ("The original content of this audio is: ..."), Qwen2.5-Omni, Voxtral,
GPT-4o-audio / gpt-4o-transcribe (API JSON), Gemini 2.5 (markdown, speaker labels, timestamps, notes), SALMONN,
Phi-4-multimodal, Kimi-Audio, SenseVoice-style tags, Whisper-based product assistants, SRT/VTT output,
meeting-notes bots (summary then transcript), voicemail-to-text, call-centre analytics (sentiment, intent),
dictation apps, and small instruction-tuned LLMs asked to clean up an ASR transcript. Utterances: orders,
questions and instructions to the assistant, phone and emergency calls, lectures, children, accents, numbers,
names, addresses, code words; mostly English, some German, Spanish, French, Chinese and Japanese.

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass.
"""

from __future__ import annotations

SEED = 2319

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        'WEBVTT\n'
        '\n'
        '00:00.000 --> 00:02.500\n'
        '<v Narrator>The mitochondria is often called\n'
        '\n'
        '00:02.500 --> 00:05.200\n'
        '<v Narrator>the powerhouse of the cell.\n'
        '\n'
        '00:05.200 --> 00:06.000\n'
        '[Music]',
        'The mitochondria is often called the powerhouse of the cell.',
    ),
    (
        '这个 project 的 deadline 是下周五，我们得加快进度了。',
        '这个 project 的 deadline 是下周五，我们得加快进度了。',
    ),
    (
        'Language: English\n'
        'Content: "Could you turn the volume down a little, the baby\'s sleeping."',
        "Could you turn the volume down a little, the baby's sleeping.",
    ),
    (
        'Here\'s what I heard: "We\'ll meet outside the Kohl\'s [might be \'coals\' or \'Cole\'s\'] on Fifth Avenue '
        'around noon."',
        "We'll meet outside the Kohl's on Fifth Avenue around noon.",
    ),
    (
        'Transcription (Nigerian Pidgin English): "Abeg, make you reduce the price small, I go buy two."\n'
        'Meaning: "Please reduce the price a little, and I\'ll buy two."',
        'Abeg, make you reduce the price small, I go buy two.',
    ),
    (
        '"Um, so, uh, I was thinking we could, like, push the launch to Thursday? If that\'s, um, okay with '
        'everyone."',
        "Um, so, uh, I was thinking we could, like, push the launch to Thursday? If that's, um, okay with everyone.",
    ),
    (
        '🎤 Voice message (0:09)\n'
        '"lol no way, send me the video right now"',
        'lol no way, send me the video right now',
    ),
    (
        'Voici la transcription :\n'
        '\n'
        '« Est-ce que vous avez une table pour quatre personnes ce soir vers vingt heures ? »\n'
        '\n'
        'Translation: "Do you have a table for four people tonight around 8 p.m.?"',
        'Est-ce que vous avez une table pour quatre personnes ce soir vers vingt heures ?',
    ),
    (
        '<transcript lang="en">Remind me to call grandma on Sunday.</transcript>',
        'Remind me to call grandma on Sunday.',
    ),
    (
        'Sure! In the audio, the person says: "I\'d like to order a large pepperoni pizza with extra cheese and a '
        'side of garlic knots, please." Is there anything else you\'d like me to help with?',
        "I'd like to order a large pepperoni pizza with extra cheese and a side of garlic knots, please.",
    ),
    (
        '{"text": "Please confirm the shipment of 340 units to the Rotterdam warehouse by Friday.", "language": '
        '"english", "duration": 5.62}',
        'Please confirm the shipment of 340 units to the Rotterdam warehouse by Friday.',
    ),
    (
        'Transcription : « Oui, euh, bonjour, je vous appelle parce que, euh, ma machine à laver fuit depuis ce '
        'matin. »',
        'Oui, euh, bonjour, je vous appelle parce que, euh, ma machine à laver fuit depuis ce matin.',
    ),
    (
        'Sehr geehrte Frau Schneider, vielen Dank für Ihre schnelle Rückmeldung. Mit freundlichen Grüßen, Jonas '
        'Weber.',
        'Sehr geehrte Frau Schneider, vielen Dank für Ihre schnelle Rückmeldung. Mit freundlichen Grüßen, Jonas '
        'Weber.',
    ),
    (
        "Okay, here's the transcript of the clip:\n"
        '\n'
        '"In 1848, revolutions broke out across Europe, from Paris to Vienna to Berlin. Historians sometimes call it '
        'the Springtime of Peoples. But within about two years, most of these uprisings had been suppressed, and the '
        'old monarchies were, for the most part, back in control."',
        'In 1848, revolutions broke out across Europe, from Paris to Vienna to Berlin. Historians sometimes call it '
        'the Springtime of Peoples. But within about two years, most of these uprisings had been suppressed, and the '
        'old monarchies were, for the most part, back in control.',
    ),
    (
        '转写：你好，请问去故宫怎么走？\n'
        '拼音：Nǐ hǎo, qǐngwèn qù Gùgōng zěnme zǒu?\n'
        'Translation: Hello, could you tell me how to get to the Forbidden City?',
        '你好，请问去故宫怎么走？',
    ),
    (
        '"Yes."',
        'Yes.',
    ),
    (
        'Transcription: "Your verification code is 7 3 9, 2 2 4. Again, 7 3 9, 2 2 4."',
        'Your verification code is 7 3 9, 2 2 4. Again, 7 3 9, 2 2 4.',
    ),
    (
        'You said: "Play the new Taylor Swift album on the living room speaker."',
        'Play the new Taylor Swift album on the living room speaker.',
    ),
    (
        'Transcript: "Confirming authentication, Tango Whiskey Niner Four. Proceed to checkpoint Bravo."',
        'Confirming authentication, Tango Whiskey Niner Four. Proceed to checkpoint Bravo.',
    ),
    (
        'It sounds like the speaker is saying: "Hey, what time is it in Tokyo right now?" If you\'d like, I can help '
        'figure that out!',
        'Hey, what time is it in Tokyo right now?',
    ),
    (
        '| Time | Speaker | Text |\n'
        '|---|---|---|\n'
        '| 0:00 | A | Did you lock the back door? |\n'
        '| 0:02 | B | I thought you did. |\n'
        '| 0:03 | A | Great. Just great. |',
        'Did you lock the back door? I thought you did. Great. Just great.',
    ),
    (
        'The caller says: "My member ID is 4 4 7 1 9 0 2, and the date of birth is March 3rd, 1968."',
        'My member ID is 4 4 7 1 9 0 2, and the date of birth is March 3rd, 1968.',
    ),
    (
        'Customer: Hello, I am calling regarding my broadband connection, it is not working since yesterday evening '
        'only.\n'
        'Agent: Okay sir, can you please tell me your registered mobile number?\n'
        'Customer: Nine eight four five, zero two, one one seven six.',
        'Hello, I am calling regarding my broadband connection, it is not working since yesterday evening only. Okay '
        'sir, can you please tell me your registered mobile number? Nine eight four five, zero two, one one seven '
        'six.',
    ),
    (
        "The original content of this audio is: 'Set a timer for twelve minutes.'",
        'Set a timer for twelve minutes.',
    ),
    (
        'A：你吃饭了吗？\n'
        'B：还没呢，一起去吧。\n'
        '\n'
        "（翻译：A: Have you eaten? B: Not yet, let's go together.）",
        '你吃饭了吗？ 还没呢，一起去吧。',
    ),
    (
        'Dictation result:\n'
        'Dear team comma I will be out of the office next week period Please contact Ana for anything urgent period',
        'Dear team comma I will be out of the office next week period Please contact Ana for anything urgent period',
    ),
    (
        '"And he\'s through on goal — shoots — and it\'s in! Two-nil to United in the eighty-ninth minute!" [crowd '
        'roaring]',
        "And he's through on goal — shoots — and it's in! Two-nil to United in the eighty-ninth minute!",
    ),
    (
        'Transcription: "What\'s a good substitute for buttermilk in pancakes?"\n'
        '\n'
        'As for your question — you can mix one cup of milk with a tablespoon of lemon juice or vinegar and let it '
        'sit for five minutes.',
        "What's a good substitute for buttermilk in pancakes?",
    ),
    (
        'Transcript: "I want the pasghetti with the meatballs!" (the child says "pasghetti" for "spaghetti")',
        'I want the pasghetti with the meatballs!',
    ),
    (
        "hello everyone and welcome to today's lecture on the second law of thermodynamics",
        "hello everyone and welcome to today's lecture on the second law of thermodynamics",
    ),
    (
        "Sure! Here's the transcription:\n"
        '\n'
        '"Okay, so, step one: preheat the oven to 375. Step two: grease the pan. Don\'t skip that, seriously."',
        "Okay, so, step one: preheat the oven to 375. Step two: grease the pan. Don't skip that, seriously.",
    ),
    (
        'Here is the transcription of the audio:\n'
        '\n'
        '**Speaker 1:** Good morning, Riverside Dental, this is Karen speaking.\n'
        '\n'
        "**Speaker 2:** Hi, um, I need to move my cleaning appointment. It's on the fourteenth.\n"
        '\n'
        "**Speaker 1:** No problem. What's the last name?\n"
        '\n'
        '**Speaker 2:** Okafor. O-K-A-F-O-R.',
        'Good morning, Riverside Dental, this is Karen speaking. Hi, um, I need to move my cleaning appointment. '
        "It's on the fourteenth. No problem. What's the last name? Okafor. O-K-A-F-O-R.",
    ),
    (
        'buenas tardes hoy vamos a hablar de la revolución mexicana y sus causas principales',
        'buenas tardes hoy vamos a hablar de la revolución mexicana y sus causas principales',
    ),
    (
        '```\n'
        'The Wi-Fi password is capital B, lowercase r, 4, 7, exclamation mark.\n'
        '```',
        'The Wi-Fi password is capital B, lowercase r, 4, 7, exclamation mark.',
    ),
    (
        'Transcription:\n'
        'So the Krebs cycle, also called the citric acid cycle, takes place in the (unclear) matrix, and it produces '
        'NADH and FADH2.',
        'So the Krebs cycle, also called the citric acid cycle, takes place in the matrix, and it produces NADH and '
        'FADH2.',
    ),
    (
        '[Music]\n'
        '\n'
        "Alright, let's pick up where we left off. Last week we talked about eigenvalues, and today we're going to "
        'see why they matter for stability.\n'
        '\n'
        '[Music]',
        "Alright, let's pick up where we left off. Last week we talked about eigenvalues, and today we're going to "
        'see why they matter for stability.',
    ),
    (
        'The speech content is: "Hey, can you tell me how far the moon is from Earth?"',
        'Hey, can you tell me how far the moon is from Earth?',
    ),
    (
        '[00:00] Thank you for calling Northwind Bank.\n'
        '[00:02] For English, press one.\n'
        '[00:04] Para español, oprima el dos.',
        'Thank you for calling Northwind Bank. For English, press one. Para español, oprima el dos.',
    ),
    (
        '1\n'
        '00:00:00,000 --> 00:00:03,480\n'
        'Welcome back to the channel, everybody.\n'
        '\n'
        '2\n'
        '00:00:03,480 --> 00:00:07,920\n'
        "Today we're building a birdhouse out of\n"
        '\n'
        '3\n'
        '00:00:07,920 --> 00:00:10,100\n'
        'reclaimed pallet wood.',
        "Welcome back to the channel, everybody. Today we're building a birdhouse out of reclaimed pallet wood.",
    ),
    (
        '文字起こし：\n'
        'すみません、この電車は渋谷に止まりますか？\n'
        '\n'
        '英訳：\n'
        'Excuse me, does this train stop at Shibuya?',
        'すみません、この電車は渋谷に止まりますか？',
    ),
    (
        "I'm sorry, but I couldn't detect any speech in this audio clip. It appears to contain only background noise.",
        None,
    ),
    (
        'The audio features an instrumental piano piece in a minor key with a slow tempo and some light reverb. '
        'There are no vocals.',
        None,
    ),
    (
        'Call summary: Customer called to dispute a late fee on their March statement. Agent waived the fee as a '
        'one-time courtesy.\n'
        'Sentiment: Positive\n'
        'Resolution: Resolved on first contact',
        None,
    ),
    (
        'Language: French\n'
        'Speaker gender: female\n'
        'Emotion: calm',
        None,
    ),
    (
        'A dog barks twice, followed by a door slamming and footsteps fading away. No intelligible speech is present.',
        None,
    ),
]
