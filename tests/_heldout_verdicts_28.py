"""No-speech table pair 26, HELD-OUT half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

What a model wrote when played a clip with NO speech in it (waves and gulls, a cat purring, a train, a washing
machine, wind chimes and cicadas, a piano, a campfire, a fridge, church bells and pigeons, a ceiling fan, a dog,
laughter, a vacuum cleaner, a kettle, a dishwasher, a guitar, humming, a baby babbling, dawn birdsong, footsteps on
gravel, snoring, a printer, a guzheng, a hair dryer, a crow, wind, a sweep tone, an orchestra, a smoke alarm, a
thunderstorm, a car alarm, a horse on cobblestones, a bus door, a phone vibrating, fireworks, traffic, typing, a cafe,
machinery, construction) and asked to transcribe it.

Written blind for issue 22 (round 5), without reading the reader or any earlier table. One pool of 100 rows
(10 EMPTY, 50 ABSTAINED, 40 HALLUCINATED) was written, then split with random.Random(2627): within each label
(in the order EMPTY, ABSTAINED, HALLUCINATED) the rows were shuffled and alternate rows went to the dev table
tests/_dev_nospeech_26.py (even index) and to the held-out table tests/_heldout_verdicts_28.py (odd index).
This file is the held-out half; its twin is tests/_dev_nospeech_26.py.

Labels, by a careful human reading:
- EMPTY: no words at all (empty string, whitespace, only punctuation, an empty transcript field in JSON/SRT/VTT,
  an empty code block or tag, a decoder's special tokens with no text between them).
- ABSTAINED: the output says there is no speech or nothing to transcribe, names or describes the non-speech
  sounds (people included: someone hums, two people laugh, a baby babbles, a man snores), gives a placeholder
  ("N/A", "[instrumental]", "[BLANK_AUDIO]", "[Music]", a sound tag in a cue, a speaker label with only a
  placeholder), or declines; quoted words the output itself says were NOT spoken (what it first misheard, the
  recogniser's debunked hypothesis, the user's instruction, an onomatopoeia, a piece's title) do not change that.
- HALLUCINATED: the output presents words as having been said or sung: an invented transcript, a phantom
  closing or subtitle credit (in any language), lyrics, a speaker line with content, reported speech, a command
  the assistant says it heard, a description of the sounds that quotes or reports a line as said, even with a
  hedge or disclaimer before or after.

Styles imitated: Whisper, whisper.cpp and WhisperX raw output (phantom closings and subtitle credits in English,
German, Korean, Italian, Portuguese and Dutch, a repetition loop, special tokens around a phrase, timestamps,
diarised speaker labels, sound tags around a word); OpenAI verbose_json (text beside a high no_speech_prob), SRT and
WebVTT exports with a cue holding a line, a placeholder or nothing; Qwen2-Audio, Qwen2.5-Omni, SALMONN, Gemini,
GPT-4o-audio, Voxtral, Kimi-Audio, Step-Audio and Audio Flamingo answers (long replies with the answer in the middle
or at the end, markdown reports, a table with a transcript column, key/value lists, JSON with and without a
transcript, numbered reasoning, reasoning that changes its mind either way, hedges, typos, bare sound captions,
answers in Chinese, Japanese, Korean, Russian, German, French, Spanish, Portuguese, Italian, Dutch, Turkish and
Hindi); product voice assistants (a decline, a command heard and acted on); small LLMs behind an ASR cascade
(relaying or debunking the recogniser's hypothesis, an empty hypothesis); and hard mixtures both ways (a no-speech
claim followed by a timestamped line, a "no music" negation beside a reported line, transcripts that open with
"No", "Nothing", "There is no" or "I can't hear you", a parrot's words, "Nothing is said", "the speaker" meaning a
loudspeaker, quoted phrases the output says were not spoken).
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    ("WEBVTT\n\n00:00:00.000 --> 00:00:08.500\n\n", EMPTY),
    ("", EMPTY),
    ("<|startoftranscript|><|en|><|transcribe|><|notimestamps|><|endoftext|>", EMPTY),
    ('""', EMPTY),
    ("<transcript>\n</transcript>", EMPTY),
    (
        "Yes, I listened to the full 45 seconds. There's no dialogue or narration at all — it's a field recording of "
        "a forest at dawn with lots of birdsong (I can pick out a blackbird and what might be a wren).",
        ABSTAINED,
    ),
    (
        "Aucune parole n'est prononcée dans cet extrait. On entend une cloche d'église sonner midi, puis des pigeons.",
        ABSTAINED,
    ),
    ("Nessun parlato rilevato. Si sentono solo dei campanelli a vento e il fruscio delle foglie.", ABSTAINED),
    (
        "I could be wrong, but I don't think there's any speech here. It sounds like a printer feeding paper, maybe "
        "an inkjet, and nothing else.",
        ABSTAINED,
    ),
    ("[BLANK_AUDIO]", ABSTAINED),
    (
        "At around 0:06 I thought I heard someone call \"Hey!\", but it's actually a crow cawing — the pitch contour "
        "is too regular for a human voice. So: no speech in this recording.",
        ABSTAINED,
    ),
    ("Sin diálogos: únicamente se oyen fuegos artificiales y algunos perros ladrando a lo lejos.", ABSTAINED),
    ("Sorry, I didn't catch that.", ABSTAINED),
    (
        '```json\n{"segments": [{"start": 0.0, "end": 18.2, "type": "music", "text": "[instrumental]"}], '
        '"has_vocals": false}\n```',
        ABSTAINED,
    ),
    ("Transcrição: nenhuma. O áudio contém só o barulho de um ventilador de teto, sem ninguém falando.", ABSTAINED),
    (
        "The transcript is blank because nobody talks: it's a recording of a horse trotting on cobblestones, with a "
        "snort or two. 😊",
        ABSTAINED,
    ),
    ("Речи в записи нет. Слышен только треск костра, иногда с хлопком лопается полено.", ABSTAINED),
    (
        'This is a solo guitar arrangement of "Hallelujah" — purely instrumental, nobody sings the lyrics, so I have '
        "no transcript to give you.",
        ABSTAINED,
    ),
    (
        "Speech: none\nSinging: none\nHumming: yes — a woman hums a slow tune from about 0:03 to 0:20\nOther: cutlery "
        "on plates",
        ABSTAINED,
    ),
    ("🎵 [instrumental – no vocals] 🎵", ABSTAINED),
    (
        "Nothing is said. The only sounds are footsteps on gravel and a gate creaking open and then banging shut.",
        ABSTAINED,
    ),
    ("WEBVTT\n\n00:00:00.000 --> 00:00:25.000\n[wind howling]\n", ABSTAINED),
    (
        'A man hums what sounds like the melody of "Yesterday" while washing dishes. He never sings any of the words, '
        "he only hums, so there's nothing to write down.",
        ABSTAINED,
    ),
    (
        "Transcript: [no speech]\n\nSummary: the recording captures a thunderstorm. There are two loud thunder claps "
        "(around 0:04 and 0:19) and continuous rain in between.",
        ABSTAINED,
    ),
    (
        "Honestly, this one tricked me at first. The whoosh at the start sounded like a breathy \"so\", but it's a "
        "bus door opening with a hiss of air brakes, and the rest is engine idle. I'd mark it as no speech.",
        ABSTAINED,
    ),
    (
        "The speaker here is literally a loudspeaker: it's playing a test tone that sweeps from low to high "
        "frequency. No one is talking.",
        ABSTAINED,
    ),
    ("这段音频里没有人说话，只能听到洗衣机脱水时的轰鸣声和偶尔的咔哒声，因此无法提供转写内容。", ABSTAINED),
    (
        "Hmm, I'm not picking up any talking in that — it's just a cat purring pretty loudly, and at one point it "
        "sounds like it's kneading a blanket. Want to try sending a different clip?",
        ABSTAINED,
    ),
    (
        "I don't hear anyone shout \"help\" in this — the sound you're asking about is a car alarm cycling through "
        "its siren patterns. There is no voice in the recording.",
        ABSTAINED,
    ),
    ("SPEAKER_00: [laughs]\nSPEAKER_01: [laughs]\nSPEAKER_00: [laughter continues]", ABSTAINED),
    (
        "The track is mostly instrumental — synth pads and a four-on-the-floor kick — apart from one sung hook that "
        'repeats twice: "take me higher".',
        HALLUCINATED,
    ),
    (
        "| Time | Event | Transcript |\n|---|---|---|\n| 0:00–0:06 | Dog barking | — |\n| 0:06–0:08 | Man's voice | "
        '"Rex, quiet!" |\n| 0:08–0:20 | Dog whining | — |',
        HALLUCINATED,
    ),
    (
        '{"text": " you", "segments": [{"id": 0, "start": 0.0, "end": 29.98, "text": " you", "avg_logprob": -1.42, '
        '"compression_ratio": 0.27, "no_speech_prob": 0.93}], "language": "english"}',
        HALLUCINATED,
    ),
    (
        "A man greets someone named Tom and asks whether he remembered the keys. There's no reply. In the background "
        "a dog barks a few times.",
        HALLUCINATED,
    ),
    (
        "[00:00.000 --> 00:03.480]  Okay, let's get started.\n[00:03.480 --> 00:30.000]  Let's get started.",
        HALLUCINATED,
    ),
    ("Ondertiteld door de Amara.org gemeenschap", HALLUCINATED),
    ('वक्ता कहता है: "चलो, अब शुरू करते हैं।"', HALLUCINATED),
    ("音频中有一位男士说“谢谢大家的收看”，其余部分为背景音乐。", HALLUCINATED),
    ("(wind blowing)\n\nHello?\n\n(wind blowing)", HALLUCINATED),
    (
        "Ambience of a busy café: cups clinking, an espresso machine hissing, chairs scraping, and a barista calling "
        'out "Oat flat white for Priya!"',
        HALLUCINATED,
    ),
    (
        'The ASR system transcribed the clip as: "please subscribe and hit the bell". The speaker is asking viewers '
        "to subscribe to the channel and turn on notifications.",
        HALLUCINATED,
    ),
    ("transcirpt: ok so thats it guys, thnx for listnin\n(lots of backgrnd noise, maybe a fan?)", HALLUCINATED),
    ("<|startoftranscript|><|en|><|transcribe|><|0.00|> Bye!<|1.80|><|endoftext|>", HALLUCINATED),
    ("Transcript:\n\"No, no, leave it there. I'll get it later.\"", HALLUCINATED),
    ("[00:00.000 --> 00:04.200]  Nothing's wrong with it, it just needs a minute to warm up.", HALLUCINATED),
    ("Speaker 1: I can't hear you, the line's breaking up. Can you call me back?", HALLUCINATED),
    (" Sottotitoli creati dalla comunità Amara.org", HALLUCINATED),
    ("转写：“喂，你听得到吗？我这边信号不太好。”", HALLUCINATED),
    ("MBC 뉴스 이덕영입니다.", HALLUCINATED),
    ('Okay, I heard "set a timer for twelve minutes" — your twelve-minute timer starts now.', HALLUCINATED),
]
