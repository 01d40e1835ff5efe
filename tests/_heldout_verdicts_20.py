"""No-speech table pair 22 (dev) / held-out 20: the held-out half.

What a model wrote when played a clip with NO speech in it (music, rain, a dog, silence, traffic,
machinery, a crowd's wordless noise, wind, birdsong, noise) and asked to transcribe it. Written blind for
issue 22, without reading the reader or any earlier table. One pool of 130 outputs was split by
random.Random(2220): within each label the rows were shuffled and alternate rows went to the dev table
(tests/_dev_nospeech_22.py) and the held-out table (tests/_heldout_verdicts_20.py); this file holds
65 rows (7 empty, 32 abstained, 26 hallucinated).

Labels, by a careful human reading:
- EMPTY: no words at all (empty string, whitespace, only punctuation, an empty transcript field in JSON/SRT).
- ABSTAINED: the output says there is no speech or nothing to transcribe, names or describes the non-speech
  sounds (people included: a crowd murmurs, someone hums, a baby babbles), gives a placeholder ("None.",
  "N/A", "[Music]", "(no speech)", "♪", a speaker label with only a placeholder), or declines; quoted
  words the output itself says were NOT spoken (what it would write, the user's instruction, an onomatopoeia
  like a doorbell's "ding-dong") do not change that.
- HALLUCINATED: the output presents words as having been said or sung: an invented transcript, a phantom
  closing or subtitle credit ("Thanks for watching!", "Subtitles by the Amara.org community", in any
  language), lyrics, a speaker line with content, a description of the sounds that then quotes a line as
  said, even with a disclaimer before or after.

Styles: Whisper of all sizes (sound tags and captions, phantom closings and subtitle credits in English, Japanese,
Korean, German, French, Russian, Chinese, Spanish and Portuguese, repetition loops), faster-whisper and
WhisperX JSON segments and speaker labels, SRT and WebVTT cues, Qwen2-Audio, Qwen2.5-Omni, SALMONN, Gemini,
GPT-4o-audio, Voxtral, product voice assistants, and small instruction-tuned LLMs behind an ASR cascade.
Long multi-sentence outputs, markdown, and outputs that mix a description of the sounds with quoted words
appear under both labels, with hard cases both ways.

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass.
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # Whisper: a single space segment
    (" ", EMPTY),
    # Gemini: unicode ellipsis only
    ("…", EMPTY),
    # Whisper (tiny): nothing decoded
    ("", EMPTY),
    # faster-whisper JSON: empty text field
    ('{"text": ""}', EMPTY),
    # faster-whisper JSON: no segments, whitespace text
    ('{"segments": [], "text": " ", "language": "en"}', EMPTY),
    # Qwen2-Audio: bare ellipsis
    ("...", EMPTY),
    # small LLM: an empty quoted string
    ('""', EMPTY),
    # GPT-4o-audio: quotes the user's instruction
    (
        "You asked me to \"transcribe this clip word for word,\" but there aren't any words in "
        "it — only wind gusting against what sounds like a microphone.",
        ABSTAINED,
    ),
    # Whisper: dog caption
    ("(dog barking)", ABSTAINED),
    # Gemini: speaker label with no-speech placeholder
    ("Speaker 1: (no speech)", ABSTAINED),
    # Whisper (fr): applause caption
    ("(Applaudissements)", ABSTAINED),
    # WebVTT: instrumental caption
    (
        "WEBVTT\n\n00:00:00.000 --> 00:00:08.000\n"
        "♪ instrumental music ♪\n",
        ABSTAINED,
    ),
    # Qwen2-Audio: throat clearing and cough
    ("A man clears his throat and coughs a couple of times, but says nothing.", ABSTAINED),
    # SRT: cue holding a sound description
    (
        "1\n00:00:00,000 --> 00:00:12,480\n[rain and thunder]\n",
        ABSTAINED,
    ),
    # reasoning model behind ASR: think then answer
    (
        "Let me listen carefully. I hear a repetitive mechanical clanking, like a printing "
        "press or a conveyor belt, and a faint electrical whine. There is no human voice at "
        "any point.\n\nFinal answer: no transcribable speech.",
        ABSTAINED,
    ),
    # Whisper (ko): music tag
    ("(음악)", ABSTAINED),
    # Whisper: padded silence tag
    ("[ Silence ]", ABSTAINED),
    # Whisper: asterisk caption
    ("*birds chirping*", ABSTAINED),
    # Qwen2-Audio (zh): no speech content
    ("（无语音内容）", ABSTAINED),
    # Qwen2.5-Omni: what it would put in the field
    ('There is no speech. If I had to fill in the transcript field, I would put "[no speech]".', ABSTAINED),
    # SALMONN: sounds including a person whistling
    ("a dog is barking and a man is whistling", ABSTAINED),
    # Qwen2-Audio (ja): no speech
    ("音声が含まれていません。", ABSTAINED),
    # Whisper: typing caption
    ("[Sounds of typing on a keyboard]", ABSTAINED),
    # Qwen2-Audio: statement of no speech with description
    (
        "The audio contains no speech; it is a recording of heavy rain on a tin roof with "
        "occasional rumbles of thunder.",
        ABSTAINED,
    ),
    # GPT-4o-audio: long track description
    (
        "I listened to the full 45 seconds. It opens with a low drone, then a drum machine "
        "comes in around the 10-second mark, with a synth melody layered on top. I didn't hear "
        "any vocals — no singing or talking — so the transcript would be empty. Want me to "
        "describe the track in more detail, like tempo or genre?",
        ABSTAINED,
    ),
    # Voxtral: placeholder
    ("[no speech]", ABSTAINED),
    # faster-whisper JSON: music tag in text and segment
    ('{"text": "[Music]", "segments": [{"start": 0.0, "end": 30.0, "text": "[Music]"}]}', ABSTAINED),
    # custom pipeline JSON: null transcript with reason
    ('{"transcript": null, "no_speech": true, "reason": "audio contains only traffic noise"}', ABSTAINED),
    # SALMONN: instrumental description
    (
        "the audio is a piece of instrumental music featuring a piano and a string section, "
        "there is no speech",
        ABSTAINED,
    ),
    # small LLM behind ASR: explains the [Music] tag
    (
        "The input transcript only contains the tag [Music], which indicates background music "
        "with no spoken content. There's nothing to transcribe.",
        ABSTAINED,
    ),
    # Gemini (de): no speech, background only
    ("Keine Sprache erkennbar – nur Hintergrundgeräusche.", ABSTAINED),
    # Whisper large-v3: uppercase caption tag
    (" [MUSIC PLAYING]", ABSTAINED),
    # GPT-4o-audio (es): only a dog
    ("No hay voz en el audio; solo se escucha el ladrido de un perro.", ABSTAINED),
    # GPT-4o-audio: hedged birds and stream
    (
        "I might be wrong, but I don't think anyone is speaking — I only hear birds and maybe "
        "a stream running nearby.",
        ABSTAINED,
    ),
    # GPT-4o-audio: bullet summary
    (
        "- Speech: none\n- Background: steady rain, distant thunder\n"
        "- Transcript: (empty)",
        ABSTAINED,
    ),
    # GPT-4o-audio: names the piece, no words
    (
        "That sounds like the opening of Beethoven's Fifth Symphony played by a full orchestra "
        "— there are no words in it.",
        ABSTAINED,
    ),
    # Gemini: crowd murmur
    ("A large crowd murmurs and occasionally cheers; no individual words can be made out.", ABSTAINED),
    # GPT-4o-audio: says what it would write, not said
    (
        'If there were speech I would write it out here, for example "Hi, thanks for calling," '
        "but this recording only has birdsong — mostly a robin and some sparrows — so there is "
        "no transcript.",
        ABSTAINED,
    ),
    # Gemini: waves and gulls
    (
        "This audio clip does not contain any spoken language. It features the sound of waves "
        "crashing on a shore, with seagulls calling in the background. Therefore, there is no "
        "transcription to provide.",
        ABSTAINED,
    ),
    # WebVTT (ko): phantom news sign-off
    (
        "WEBVTT\n\n00:00.000 --> 00:05.000\nMBC 뉴스 이덕영입니다.\n",
        HALLUCINATED,
    ),
    # Gemini: pop song chorus
    (
        "This is a pop song with a female vocalist. The chorus goes: \"Hold me closer, don't "
        'you let me fall."',
        HALLUCINATED,
    ),
    # Whisper (de): phantom closing
    ("Vielen Dank fürs Zuschauen!", HALLUCINATED),
    # small LLM behind ASR: reasons, then outputs the phantom line
    (
        'The ASR output is "thank you for watching". This appears to be a phrase from the end '
        "of a video.\n\nTranscription: Thank you for watching.",
        HALLUCINATED,
    ),
    # Whisper (zh): like-subscribe phantom
    ("请不吝点赞 订阅 转发 打赏支持明镜与点点栏目", HALLUCINATED),
    # GPT-4o-audio: sure, here's the transcript
    (
        "Sure! Here's the transcription:\n\n\"Welcome back to the channel. Today we're going "
        'to be looking at..."\n\nThe audio cuts off after that.',
        HALLUCINATED,
    ),
    # Whisper (es): repetition loop
    ("Gracias. Gracias. Gracias. Gracias. Gracias. Gracias.", HALLUCINATED),
    # Whisper (ko): phantom closing
    ("시청해 주셔서 감사합니다.", HALLUCINATED),
    # Whisper: sung line with notes
    ("♪ You are my sunshine, my only sunshine ♪", HALLUCINATED),
    # SRT: phantom channel plug
    (
        "1\n00:00:00,000 --> 00:00:03,000\nDon't forget to hit the bell icon.\n",
        HALLUCINATED,
    ),
    # Whisper (ru): to be continued
    ("Продолжение следует...", HALLUCINATED),
    # Qwen2-Audio: speaker says
    ("The speaker says: 'Turn left at the next intersection.'", HALLUCINATED),
    # faster-whisper JSON: text despite high no-speech probability
    ("{\"text\": \" I'll see you guys next time.\", \"no_speech_prob\": 0.91}", HALLUCINATED),
    # WhisperX JSON: speaker segment with a question
    (
        '{"segments": [{"start": 1.2, "end": 2.9, "speaker": "SPEAKER_00", "text": "Can you '
        'hear me now?"}]}',
        HALLUCINATED,
    ),
    # Qwen2.5-Omni: humming, then sung words
    (
        "It's a lullaby — someone hums for a bit and then softly sings \"hush little baby, "
        "don't say a word.\"",
        HALLUCINATED,
    ),
    # SALMONN-style crowd chant with words
    ("A crowd is chanting \"Let's go, Rangers!\" over and over.", HALLUCINATED),
    # GPT-4o-audio: denies clear speech, then quotes some
    (
        "I don't hear any clear speech. The only thing I could make out was someone saying "
        "\"okay, bye\" at the very end, but it's faint.",
        HALLUCINATED,
    ),
    # small LLM behind ASR: transcript with trailing disclaimer
    (
        'Transcript: "Hello everyone, thank you for joining." (Note: the audio quality is poor '
        "and contains background music.)",
        HALLUCINATED,
    ),
    # Whisper: captions around a spoken line
    ("(dog barking) Get down, Max! (dog barking)", HALLUCINATED),
    # faster-whisper JSON: phantom closing segment
    (
        '{"segments": [{"start": 0.0, "end": 4.2, "text": " Thank you so much for '
        'watching."}], "language": "en"}',
        HALLUCINATED,
    ),
    # Whisper (ru): subtitle editor credit
    ("Редактор субтитров А.Семкин Корректор А.Егорова", HALLUCINATED),
    # Whisper: Amara credit
    ("Subtitles by the Amara.org community", HALLUCINATED),
    # Whisper large-v2: longer phantom sign-off
    (" Thanks for watching, and I'll see you in the next video.", HALLUCINATED),
    # Whisper (ja): phantom closing
    ("ご視聴ありがとうございました", HALLUCINATED),
    # Qwen2.5-Omni: rain, then a quoted line
    (
        "It's mostly rain on a window, but near the end I think someone says \"did you close "
        'the car door?"',
        HALLUCINATED,
    ),
    # Whisper: phantom closing
    (" Thank you for watching!", HALLUCINATED),
]
