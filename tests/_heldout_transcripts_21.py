"""Transcript table held-out 21: wrapped transcripts.

Transcript table pair 25 (held-out) / dev 25, written blind for issue 22 (round 4) without reading the
extractor or any earlier table (its twin is tests/_dev_transcripts_25.py). One pool of 90 audio-LLM replies to
"transcribe this clip" (80 with a transcript, 10 without) was split by random.Random(2521): within each label
(transcript rows first, then None rows) the rows were shuffled and dealt alternately, even index to dev, odd to
held-out, so the None rows split evenly. This held-out half: 45 rows, 5 of them None.

Each row is (reply, reference): the scorer must pull the spoken words out of whatever the model wrote around them.

Conventions for the reference: it is exactly the words spoken as the reply renders them (its spelling, typos,
punctuation and number forms kept), or None when the reply holds no transcript. Markers of words not made out
("[inaudible]") and of sounds ("[Music]", "[crosstalk]", "♪", a bracketed sound after the quote) are not words and are
dropped; filler words the reply renders ("um", "uh", "äh") and repeated words were spoken and are kept; speaker labels,
timestamps, cue numbers, CSV/XML/JSON field names, tags, song-section labels, tone notes and quote marks around the
transcript are not spoken, and a dialogue's turns (or a song's lines) are joined in order with one space; beside a
translation (or a romanisation), in either order, the reference is the original-language transcript as the reply
writes it; beside a cleaned-up version the verbatim one is the transcript; a mis-hearing noted in brackets is not
spoken; where the reply weighs candidate readings (an n-best list, a think block, a re-listen) its final reading is
the transcript and the candidates it rejects are not; numbers are written as the reply writes them, even where the
reply's own action or note writes them otherwise; when the words spoken are a question or an instruction to the
assistant, the transcript is still those words, even where the reply answers or acts on them first. None: a refusal,
"no speech", a description of sound or music, a summary or paraphrase that quotes no words (in any language), an
answer to the spoken question in place of a transcript, a reply that quotes only the user's own request, or a reply
with only markers or empty fields.

This round is meant to be harder than the earlier ones: the transcript often sits at the end of a long reply or
after an answer, a draft or an action report; beside notes or entity lists that quote parts of it, a partial quote
ahead of the full text, rejected near-miss readings (negated: "does not say ..."), word-confidence tables, n-best
lists, field/value tables, summaries and translations placed before the original.

Styles imitated: Qwen2-Audio-7B-Instruct, Qwen2.5-Omni, thinking models (<think> blocks, re-listening that changes
its mind), Voxtral, GPT-4o-audio / gpt-4o-transcribe (API JSON, verbose_json), Gemini 2.5 (markdown, bold speaker
labels, timestamp tables, key points), SALMONN, Kimi-Audio (pinyin and translation), Step-Audio (tone notes),
Audio Flamingo (caption then speech), SenseVoice-style tags, product voice assistants (acting, then echoing what
was heard), SRT/VTT, XML, CSV and JSON-array output, meeting-notes bots, visual voicemail, call-centre analytics
JSON, dictation apps, and small instruction-tuned LLMs cleaning up an ASR transcript. Utterances: requests,
questions and instructions to the assistant, phone and emergency calls, lectures, announcements, a radio ident,
a child, songs, spelled references, PINs, codes, passwords, phone numbers, addresses, money, medical dictation;
mostly English, some German, Spanish, French, Italian, Portuguese, Dutch, Russian, Arabic, Hindi, Chinese, Japanese
and Korean, and code-switched speech.
"""

from __future__ import annotations

SEED = 2521

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        'The speaker says one word: "Checkmate."',
        "Checkmate.",
    ),
    (
        "**Transcript**\n\n| Time | Speaker | Text |\n|---|---|---|\n| 00:00 | Speaker A | Did you bring the "
        "extension cord? |\n| 00:03 | Speaker B | It's in the blue bin by the door. |\n| 00:06 | Speaker A | Perfect, "
        "thanks. |\n\n**Key points**\n- Extension cord location: blue bin by the door.",
        "Did you bring the extension cord? It's in the blue bin by the door. Perfect, thanks.",
    ),
    (
        'Translation: "I left the keys under the flowerpot, next to the door."\n\nOriginal (Spanish): "Dejé las '
        'llaves debajo de la maceta, al lado de la puerta."',
        "Dejé las llaves debajo de la maceta, al lado de la puerta.",
    ),
    (
        "Mensagem de voz (00:12):\nOlá, fala a Inês da lavandaria, o seu casaco já está pronto, pode vir buscá-lo "
        "amanhã.\n— Transcrição automática",
        "Olá, fala a Inês da lavandaria, o seu casaco já está pronto, pode vir buscá-lo amanhã.",
    ),
    (
        'start,end,speaker,text\n0.00,2.35,S1,"Where did you park?"\n2.35,4.10,S2,"Level three, near the elevators."\n'
        '4.10,5.00,S1,"Got it."',
        "Where did you park? Level three, near the elevators. Got it.",
    ),
    (
        '"Let\'s do the dentist on Wednesday — sorry, Thursday — at ten."\n\nThe speaker corrects themselves from '
        "Wednesday to Thursday.",
        "Let's do the dentist on Wednesday — sorry, Thursday — at ten.",
    ),
    (
        'You asked: "Can you transcribe this for me?" Sure — the recording says: "Mind the gap between the train and '
        'the platform."',
        "Mind the gap between the train and the platform.",
    ),
    (
        "*[Chorus]*\n*Hold on, hold on, the night is almost through*\n*Hold on, hold on, I'm coming back to you*",
        "Hold on, hold on, the night is almost through Hold on, hold on, I'm coming back to you",
    ),
    (
        'This sounds like a young child. What I can make out: "Mommy, the doggy ate my sandwich!" [giggles]',
        "Mommy, the doggy ate my sandwich!",
    ),
    (
        "Here's a draft:\n\nSubject: Running late\n\nHi Tom, I'm running about 15 minutes late, start without me.\n\n"
        '---\nBased on your voice note: "email Tom that I\'m running fifteen minutes late and to start without me"',
        "email Tom that I'm running fifteen minutes late and to start without me",
    ),
    (
        '🎙️ "turn the living room lights to thirty percent and make them warm"\n\n✅ Living Room Lights → 30%, 2700K',
        "turn the living room lights to thirty percent and make them warm",
    ),
    (
        "（语气：焦急）\n“喂？你到哪儿了？电影马上就开始了！”",
        "喂？你到哪儿了？电影马上就开始了！",
    ),
    (
        "Transkription:\n„Kannst du bitte das Licht im Flur ausmachen? Ich bin schon im Bett.“\n\nÜbersetzung (EN): "
        '"Can you please turn off the light in the hallway? I\'m already in bed."',
        "Kannst du bitte das Licht im Flur ausmachen? Ich bin schon im Bett.",
    ),
    (
        'A man speaks over light rain and distant traffic. The speech content is: "I\'m parked on the corner of Fifth '
        'and Alder, the silver hatchback."',
        "I'm parked on the corner of Fifth and Alder, the silver hatchback.",
    ),
    (
        "Transcribed (ru): «Ваш код подтверждения: 7 3 0 5 1 8. Никому его не сообщайте.»\nThis looks like an "
        "automated SMS-verification call.",
        "Ваш код подтверждения: 7 3 0 5 1 8. Никому его не сообщайте.",
    ),
    (
        "Transcription : « On se retrouve au café vers midi, okay? Bring the slides. »\n(Le locuteur passe du "
        "français à l'anglais.)",
        "On se retrouve au café vers midi, okay? Bring the slides.",
    ),
    (
        '```json\n{\n  "detected_language": "it",\n  "transcript": "Scusi, quanto costa il biglietto per Firenze?",\n'
        '  "translation_en": "Excuse me, how much is the ticket to Florence?",\n  "confidence": 0.91\n}\n```',
        "Scusi, quanto costa il biglietto per Firenze?",
    ),
    (
        "Entities detected:\n- PHONE: 0161 496 0732\n- PERSON: Gareth\n\nTranscript:\nHiya, it's Gareth, ring me back "
        "on oh one six one, four nine six, oh seven three two.",
        "Hiya, it's Gareth, ring me back on oh one six one, four nine six, oh seven three two.",
    ),
    (
        "♪ Take me down to the river when the morning's new ♪\n♪ I'll be waiting by the water, waiting there for you ♪",
        "Take me down to the river when the morning's new I'll be waiting by the water, waiting there for you",
    ),
    (
        "A：すみません、駅はどっちですか？\nB：まっすぐ行って、二つ目の信号を右です。",
        "すみません、駅はどっちですか？ まっすぐ行って、二つ目の信号を右です。",
    ),
    (
        "N-best:\n1. I'd like the salmon, medium rare. (p=0.52)\n2. I'd like the salmon, medium well. (p=0.31)\n3. I "
        "like the salmon, medium rare. (p=0.17)\n\nSelected: I'd like the salmon, medium rare.",
        "I'd like the salmon, medium rare.",
    ),
    (
        "| Word | Confidence |\n|---|---|\n| please | 0.98 |\n| cancel | 0.95 |\n| my | 0.99 |\n| nine | 0.61 |\n| "
        "o'clock | 0.93 |\n\nFull text: please cancel my nine o'clock",
        "please cancel my nine o'clock",
    ),
    (
        '[{"speaker": "A", "text": "Is the soup vegetarian?"}, {"speaker": "B", "text": "The lentil one is, the '
        'chowder isn\'t."}]',
        "Is the soup vegetarian? The lentil one is, the chowder isn't.",
    ),
    (
        "Transcript: My booking reference is Q as in Quebec, seven, X, two, two, M.\n\nSo the reference code is "
        "Q7X22M.",
        "My booking reference is Q as in Quebec, seven, X, two, two, M.",
    ),
    (
        "WEBVTT\n\n00:00.000 --> 00:02.200\n<v Nurse>What's your date of birth?\n\n00:02.200 --> 00:04.900\n<v "
        "Patient>March third, nineteen sixty-two.",
        "What's your date of birth? March third, nineteen sixty-two.",
    ),
    (
        '{"task": "transcribe", "language": "english", "duration": 6.42, "text": "I\'d like to dispute a charge of '
        'forty-nine ninety-nine from last Tuesday.", "segments": [{"id": 0, "start": 0.0, "end": 3.1, "text": "I\'d '
        'like to dispute a charge of forty-nine ninety-nine"}, {"id": 1, "start": 3.1, "end": 6.42, "text": " from '
        'last Tuesday."}]}',
        "I'd like to dispute a charge of forty-nine ninety-nine from last Tuesday.",
    ),
    (
        "## Meeting summary\n- Budget for Q3 offsite approved\n- Dana to book venue\n\n## Action items\n1. Dana: book "
        "venue by Friday\n\n## Full transcript\nDana: So we're approved for the offsite?\nMarcus: Yep, finance signed "
        "off this morning.\nDana: Great, I'll book the venue by Friday.",
        "So we're approved for the offsite? Yep, finance signed off this morning. Great, I'll book the venue by "
        "Friday.",
    ),
    (
        "Transcriptie: Kun je de fietsen even binnenzetten? Het gaat zo regenen.\nVertaling: Can you bring the bikes "
        "inside? It's about to rain.",
        "Kun je de fietsen even binnenzetten? Het gaat zo regenen.",
    ),
    (
        'OK, I\'ve set a timer for 12 minutes. ⏱️\n\nYou said: "set a timer for twelve minutes for the pasta"',
        "set a timer for twelve minutes for the pasta",
    ),
    (
        'Transcription: "The total comes to $1,284.50, and we need it by the 15th."\n\nAmounts mentioned: $1,284.50\n'
        "Dates mentioned: the 15th",
        "The total comes to $1,284.50, and we need it by the 15th.",
    ),
    (
        'Child (approx. 4 years old): "I wanna go to the pway-ground an\' swing on the big swing!"',
        "I wanna go to the pway-ground an' swing on the big swing!",
    ),
    (
        "The original content of this audio is: 'How much longer do I need to leave the bread in the oven?'",
        "How much longer do I need to leave the bread in the oven?",
    ),
    (
        "Operadora: 112, ¿cuál es su emergencia?\nLlamante: Mi padre se ha caído en la cocina y no responde.\n\n"
        "(Traducción: Operator: 112, what's your emergency? Caller: My father fell in the kitchen and isn't "
        "responding.)",
        "112, ¿cuál es su emergencia? Mi padre se ha caído en la cocina y no responde.",
    ),
    (
        "- [0:00] **Agent:** Thank you for calling Northwind, this is Leah.\n- [0:03] **Caller:** Hi, my internet's "
        "been down since last night.\n- [0:07] **Agent:** Sorry to hear that, can I get your account number?",
        "Thank you for calling Northwind, this is Leah. Hi, my internet's been down since last night. Sorry to hear "
        "that, can I get your account number?",
    ),
    (
        '<think>The user wants a transcript. Audio: a man, fast speech. Candidate A: "We\'ll need four hundred '
        'shares." Candidate B: "We\'ll need four hundred chairs." He mentions the auditorium, so chairs.</think>\n\n'
        '"We\'ll need four hundred chairs for the auditorium, minimum."\n\nLet me know if you want timestamps.',
        "We'll need four hundred chairs for the auditorium, minimum.",
    ),
    (
        'Listening... it sounds like "the quarry is closed to hikers". Wait — re-listening, "quarry" is right, but '
        'the last word starts with a clear plosive, so it\'s "bikers", not "hikers", and there\'s a short tail I '
        "missed. Final transcript: The quarry is closed to bikers until further notice.",
        "The quarry is closed to bikers until further notice.",
    ),
    (
        "Transcription:\nToday we'll look at why the Roman aqueducts kept such a shallow gradient — in some stretches "
        "it drops less than a metre per kilometre.\n\nThis segment introduces aqueduct engineering; the lecturer's "
        'figure of "less than a metre per kilometre" is accurate for parts of the route feeding the Pont du Gard.',
        "Today we'll look at why the Roman aqueducts kept such a shallow gradient — in some stretches it drops less "
        "than a metre per kilometre.",
    ),
    (
        "原文：明天早上八点在公司门口集合，别迟到。\n拼音：Míngtiān zǎoshang bā diǎn zài gōngsī ménkǒu jíhé, bié "
        "chídào.\n译文：Meet at the company entrance at 8 tomorrow morning — don't be late.",
        "明天早上八点在公司门口集合，别迟到。",
    ),
    (
        '<think>\nFirst pass: "the meeting moved to Room 4D". Hmm, the consonant after "Room 4" is ambiguous. '
        'Listening again, the speaker adds "B as in bravo" right after, so it\'s 4B. Also the first word is "Our", '
        'not "The".\n</think>\nTranscript: Our meeting moved to Room 4B, B as in bravo.',
        "Our meeting moved to Room 4B, B as in bravo.",
    ),
    (
        '들은 내용: "오늘 저녁에 뭐 먹을까?"\n\n추천: 날씨가 쌀쌀하니까 김치찌개 어떠세요?',
        "오늘 저녁에 뭐 먹을까?",
    ),
    (
        "Canberra is the capital of Australia. Many people assume it's Sydney, but Canberra was purpose-built as a "
        "compromise between Sydney and Melbourne.",
        None,
    ),
    (
        "<think>The signal is heavily clipped and the speech is buried under crowd noise; I can't make out any words "
        "with confidence.</think>\nSorry — I couldn't make out any words in this clip. The audio is too distorted. "
        "Could you upload a cleaner recording?",
        None,
    ),
    (
        "The clip contains no intelligible speech — only a ceiling fan humming and, at around 0:04, a door closing.",
        None,
    ),
    (
        "I can't help identify who is speaking in this recording, and I won't transcribe it either, since it appears "
        "to be a private phone call recorded without the other party's knowledge.",
        None,
    ),
    (
        "[inaudible] [inaudible] [Music] [inaudible]",
        None,
    ),
]
