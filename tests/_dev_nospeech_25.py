"""No-speech table pair 25, DEV half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

What a model wrote when played a clip with NO speech in it (music, rain, thunder, a dog, silence, traffic, machinery,
household appliances, a train, a stadium crowd's wordless noise, wind, birdsong, waves, a fire, bells, laughter, a baby
babbling, humming) and asked to transcribe it.

Written blind for issue 22 (round 4), without reading the reader or any earlier table. One pool of 100 rows
(10 EMPTY, 50 ABSTAINED, 40 HALLUCINATED) was written, then split with random.Random(2526): within each label
(in the order EMPTY, ABSTAINED, HALLUCINATED) the rows were shuffled and alternate rows went to the dev table
tests/_dev_nospeech_25.py (even index) and to the held-out table tests/_heldout_verdicts_26.py (odd index).
This file is the dev half; its twin is tests/_heldout_verdicts_26.py.

Labels, by a careful human reading:
- EMPTY: no words at all (empty string, whitespace, only punctuation, an empty transcript field in JSON/SRT/VTT,
  an empty code block or tag, a decoder's special tokens with no text between them).
- ABSTAINED: the output says there is no speech or nothing to transcribe, names or describes the non-speech
  sounds (people included: a crowd roars, someone hums, two people laugh, a baby babbles), gives a placeholder
  ("N/A", "[instrumental]", "[Silence]", "<no_speech>", a music note, a speaker label with only a placeholder),
  or declines; quoted words the output itself says were NOT spoken (what it first misheard, the recogniser's
  debunked hypothesis, the user's instruction, an onomatopoeia, a piece's title) do not change that.
- HALLUCINATED: the output presents words as having been said or sung: an invented transcript, a phantom
  closing or subtitle credit (in any language), lyrics, a speaker line with content, reported speech, a
  description of the sounds that quotes or reports a line as said, even with a hedge or disclaimer before or after.

Styles imitated: Whisper, faster-whisper, whisper.cpp and WhisperX raw output (phantom closings and subtitle
credits in Spanish, Chinese, Japanese, Russian and French, a repetition loop, leaked special tokens around a
phrase, timestamps, diarised speaker labels); OpenAI verbose_json (text beside a high no_speech_prob), WhisperX
JSON, SRT and WebVTT exports; Qwen2-Audio, Qwen2.5-Omni, SALMONN, Gemini, GPT-4o-audio, Voxtral, Kimi-Audio,
Step-Audio and Audio Flamingo answers (long replies with the answer in the middle or at the end, markdown
reports, tables, bullet lists, JSON, numbered reasoning, reasoning that changes its mind either way, hedges,
typos, answers in Chinese, Japanese, Korean, Russian, German, French, Spanish, Portuguese and Hindi); product
voice assistants (a decline, a command heard and acted on); small LLMs behind an ASR cascade (relaying or
debunking the recogniser's hypothesis); and hard mixtures both ways (a no-speech claim followed by a timestamped
line, a "no music" negation beside a reported line, transcripts that open with "No", "Nothing", "There is no"
or "I can't hear you", quoted phrases the output says were not spoken).
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    ('{"text": "", "segments": [], "language": "en"}', EMPTY),
    ("```text\n\n```", EMPTY),
    ("。", EMPTY),
    ("   \n\t\n  ", EMPTY),
    (
        "1\n"
        "00:00:00,000 --> 00:00:15,240\n"
        "\n"
        "\n",
        EMPTY,
    ),
    (
        "No music, no voices — just construction noise: a jackhammer and a truck reversing with its alarm beeping.",
        ABSTAINED,
    ),
    (
        "The recording is of a stadium crowd: cheering, clapping, whistles, and a long rumble of indistinct voices. "
        "No individual words can be distinguished, so I can't produce a transcript.",
        ABSTAINED,
    ),
    ("N/A – the audio is just a metronome clicking at roughly 120 BPM.", ABSTAINED),
    ("一开始我以为开头有人说了“喂”，但仔细听是狗叫声。整段音频里没有人声，无需转写。", ABSTAINED),
    (
        "WEBVTT\n"
        "\n"
        "00:00:00.000 --> 00:00:05.000\n"
        "[dog barking]\n"
        "\n"
        "00:00:05.000 --> 00:00:11.000\n"
        "[barking continues, distant car horn]\n",
        ABSTAINED,
    ),
    ("音声には発話が含まれていません。波の音とカモメの鳴き声だけが聞こえます。", ABSTAINED),
    ("♪ ~ ♪", ABSTAINED),
    ("Não há fala neste áudio; ouve-se apenas o som das ondas e do vento.", ABSTAINED),
    (
        "Transcription:\n"
        "\n"
        "[Silence]\n"
        "\n"
        "The file appears to contain about 30 seconds of near-digital silence with a faint hiss.",
        ABSTAINED,
    ),
    ("这段音频中没有人说话，只有持续的风扇转动声和偶尔的键盘敲击声，因此无法提供转录内容。", ABSTAINED),
    (
        "The audio contains the sound of a freight train passing over tracks, with its horn blowing twice. No human "
        "speech is present.",
        ABSTAINED,
    ),
    (
        '{"segments": [], "non_speech_events": [{"start": 0.0, "end": 9.8, "label": "applause"}], "text": '
        '"[applause]"}',
        ABSTAINED,
    ),
    (
        "Désolé, je n'entends auccune parole dans cet extrait : il s'agit uniquement d'un bruit de ventilation "
        "continu.",
        ABSTAINED,
    ),
    (
        "**Transcript**\n"
        "\n"
        "> _No intelligible speech._\n"
        "\n"
        "**Sounds:** crackling fire, a log shifting, faint wind outside.",
        ABSTAINED,
    ),
    ("[음악] — 가사 없는 기타 연주만 들립니다.", ABSTAINED),
    (
        "You asked me to \"transcribe everything said in the clip,\" but nothing is said: it's a recording of a "
        "dishwasher running.",
        ABSTAINED,
    ),
    ("nope, no talking in this one, just birds 🐦", ABSTAINED),
    (
        "At first I thought someone said \"hello\" at around 0:03, but on a second listen it's the creak of a door "
        "hinge with a vaguely vocal pitch. There's no actual speech.\n"
        "\n"
        "Transcript: (none)",
        ABSTAINED,
    ),
    (
        "The speech recognizer returned \"thank you so much for listening\", but that's a well-known artifact Whisper "
        "produces on silent or music-only audio. The clip itself is a solo piano piece with no vocals, so the correct "
        "transcription is empty.",
        ABSTAINED,
    ),
    (
        "Nothing in this clip is spoken. Neither the opening seconds nor the ending contain a voice; what you hear "
        "throughout is an air conditioner cycling on and off.",
        ABSTAINED,
    ),
    ("Hmm, I didn't catch anything. Could you try again?", ABSTAINED),
    ("Ther is no speach in teh audio, only musik playing (sounds like jazz saxofone).", ABSTAINED),
    ("音频内容：[环境音：鸟鸣、溪流]\n转写：无", ABSTAINED),
    ("Речи в записи нет. Слышен только гул холодильника и тиканье настенных часов.", ABSTAINED),
    ("[SPEAKER_01]: (music)", ABSTAINED),
    (
        '{"text": " And that concludes our lecture for today.", "segments": [{"id": 0, "start": 0.0, "end": 3.2, '
        '"text": " And that concludes our lecture for today.", "no_speech_prob": 0.88}]}',
        HALLUCINATED,
    ),
    ("No speech detected.\n\n[00:12.400 --> 00:14.100] All right, let's get started.", HALLUCINATED),
    ("♪ Oh, the night is young and so are we ♪\n♪ Dancing till the morning comes ♪", HALLUCINATED),
    ("There's no music in the clip. A man says \"testing, one, two\" and then taps the mic twice.", HALLUCINATED),
    (
        "At first this sounds like just wind, but listening closely there's a woman's voice underneath it.\n"
        "\n"
        "Transcript: \"I'll be home late, don't wait up.\"",
        HALLUCINATED,
    ),
    (
        'The speech recognizer heard: "turn left at the next intersection." So the transcript is: Turn left at the '
        'next intersection.',
        HALLUCINATED,
    ),
    ('I heard: "set a timer for ten minutes." Setting a timer for ten minutes.', HALLUCINATED),
    ("チャンネル登録よろしくお願いします", HALLUCINATED),
    ('처음에는 음악만 있는 줄 알았는데, 중간에 남자 목소리로 "여보세요?"라고 말하는 게 들립니다.', HALLUCINATED),
    (
        "The clip is dominated by machinery — a large industrial fan or HVAC unit — and for most of its length "
        "there's nothing else. Near the very end, though, someone close to the microphone mutters \"that's the last "
        "one\" before the recording stops.",
        HALLUCINATED,
    ),
    ('- 0:00–0:20: silence / low hum\n- 0:21: a child whispers "goodnight, mommy"\n- 0:22–0:30: silence', HALLUCINATED),
    ("नमस्ते दोस्तों, आज हम बात करेंगे मौसम के बारे में।", HALLUCINATED),
    ("<|startoftranscript|><|en|><|transcribe|> So, um, yeah, that's pretty much it.<|endoftext|>", HALLUCINATED),
    ("请不吝点赞 订阅 转发 打赏支持明镜与点点栏目", HALLUCINATED),
    ('A choir sings "Gloria in excelsis Deo" over an organ accompaniment in a reverberant church.', HALLUCINATED),
    (
        "1\n"
        "00:00:00,000 --> 00:00:02,500\n"
        "Okay.\n"
        "\n"
        "2\n"
        "00:00:02,500 --> 00:00:05,000\n"
        "Okay.\n"
        "\n"
        "3\n"
        "00:00:05,000 --> 00:00:07,500\n"
        "Okay.\n",
        HALLUCINATED,
    ),
    ("えーと、次の駅で降りてください。", HALLUCINATED),
    ("好的，那我们明天早上九点在公司门口见。", HALLUCINATED),
    ("I'm not confident, but the transcription is probably: \"where did you put the blue folder\"", HALLUCINATED),
    (
        "The speaker welcomes listeners to the podcast and explains that today's episode is about sourdough baking "
        "and keeping a starter alive.",
        HALLUCINATED,
    ),
]
