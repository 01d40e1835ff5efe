"""No-speech table pair 24, DEV half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

What a model wrote when played a clip with NO speech in it (music, rain, a dog, silence, traffic, machinery,
a crowd's wordless noise, wind, birdsong, noise, a baby babbling, humming) and asked to transcribe it.

Written blind for issue 22 (round 3), without reading the reader or any earlier table. One pool of 100 rows
(10 EMPTY, 50 ABSTAINED, 40 HALLUCINATED) was written, then split with random.Random(2424): within each label
(in the order EMPTY, ABSTAINED, HALLUCINATED) the rows were shuffled and alternate rows went to the dev table
tests/_dev_nospeech_24.py (even index) and to the held-out table tests/_heldout_verdicts_24.py (odd index).
This file is the dev half; its twin is tests/_heldout_verdicts_24.py.

Labels, by a careful human reading:
- EMPTY: no words at all (empty string, whitespace, only punctuation, an empty transcript field in JSON/SRT/VTT,
  an empty code block or tag).
- ABSTAINED: the output says there is no speech or nothing to transcribe, names or describes the non-speech
  sounds (people included: a crowd murmurs, someone hums, a baby babbles), gives a placeholder ("None.",
  "N/A", "[Music]", "(no speech)", a music note, a speaker label with only a placeholder), or declines;
  quoted words the output itself says were NOT spoken (what it first misheard, the recogniser's debunked
  hypothesis, the user's instruction, an onomatopoeia, a piece's title) do not change that.
- HALLUCINATED: the output presents words as having been said or sung: an invented transcript, a phantom
  closing or subtitle credit (in any language), lyrics, a speaker line with content, reported speech, a
  description of the sounds that quotes or reports a line as said, even with a disclaimer before or after.

Styles imitated: Whisper, faster-whisper, whisper.cpp and WhisperX raw output (phantom closings and subtitle
credits in German, French, Japanese, Chinese, Korean and Russian, repetition loops, an invented sermon, leaked
special tokens, timestamps, diarised speaker labels); OpenAI verbose_json, WhisperX JSON, SRT and WebVTT
exports; Qwen2-Audio, Qwen2.5-Omni, SALMONN, Gemini, GPT-4o-audio, Voxtral, Kimi-Audio, Step-Audio and Audio
Flamingo answers (long replies with the answer in the middle or at the end, markdown reports, tables, bullet
lists, JSON, reasoning that changes its mind either way, hedges, typos, answers in Chinese, Japanese, Korean,
Russian, German, French, Spanish and Hindi); product voice assistants; small LLMs behind an ASR cascade
(relaying or debunking the recogniser's hypothesis); and hard mixtures both ways (a no-speech claim followed
by a transcript, a "no music" negation beside a reported line, a transcript that opens with "No" or
"Silence", quoted phrases the output says were not spoken).
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    ("...", EMPTY),
    ('{"segments": [], "word_segments": []}', EMPTY),
    (
        "```\n"
        "\n"
        "```",
        EMPTY,
    ),
    ('{"text": "", "language": "en", "duration": 14.2, "segments": []}', EMPTY),
    (" - - ", EMPTY),
    (
        "| Time | Speaker | Text |\n"
        "|---|---|---|\n"
        "| 00:00–00:10 | — | (no speech) |\n"
        "| 00:10–00:20 | — | (no speech) |",
        ABSTAINED,
    ),
    (
        "Thanks for sharing the file! I listened to the full 45 seconds. There's no speech anywhere in it "
        "— what you've got is a field recording of a forest stream, with a woodpecker drumming around the "
        "20-second mark and a jet passing overhead toward the end. If you were expecting dialogue, it's "
        "possible the wrong file was attached. Let me know if you'd like me to describe the soundscape in "
        "more detail.",
        ABSTAINED,
    ),
    (
        "This is a karaoke backing track: drums, bass and a synth lead where the vocal line would normally "
        "be. No one is singing, so there are no lyrics to write out.",
        ABSTAINED,
    ),
    ("Il n'y a rien à transcrire : on n'entend que le vent qui souffle.", ABSTAINED),
    (
        "To transcribe audio, I listen for voiced segments, segment them into utterances and convert each "
        "one to text. I went through the entire 40-second clip this way, including the quieter passage "
        "near the end where I boosted the gain. Result: no transcribable speech — the file contains only a "
        "refrigerator compressor cycling on and off.",
        ABSTAINED,
    ),
    ("The clock ticks steadily and then chimes twelve times; no one speaks at any point.", ABSTAINED),
    ("SPEAKER_00: [inaudible]", ABSTAINED),
    (
        "Speaker 1: [silence]\n"
        "Speaker 2: [silence]",
        ABSTAINED,
    ),
    (
        "Transcript:\n"
        "\n"
        "\n"
        "(end of transcript — no speech was found in the recording)",
        ABSTAINED,
    ),
    (
        "Nothing in this recording resembles speech. Apart from a few clicks at the very start it's a "
        "steady, even hiss — most likely pink noise or an untuned channel.",
        ABSTAINED,
    ),
    (
        'The piece appears to be "Clair de Lune" by Debussy — solo piano with no vocals, so there are no '
        "lyrics or spoken words to transcribe.",
        ABSTAINED,
    ),
    ("No hay voz en este audio; solo se escucha música instrumental de guitarra.", ABSTAINED),
    (
        "**Speech present:** No\n"
        "**Language:** —\n"
        "**Transcript:** —\n"
        "**Sound events:** lawn mower (continuous), dog barking twice near the end",
        ABSTAINED,
    ),
    (
        "### Transcript\n"
        "\n"
        "_No speech detected._\n"
        "\n"
        "### Audio events\n"
        "\n"
        "| Time | Event |\n"
        "|---|---|\n"
        "| 0:00 | footsteps on gravel |\n"
        "| 0:06 | car door closes |\n"
        "| 0:09 | engine starts |",
        ABSTAINED,
    ),
    (
        'The speech recognizer returned "thank you for watching", but that phrase is a well-known Whisper '
        "artefact on music and silence. This clip contains only solo piano, so the correct transcript is "
        "empty.",
        ABSTAINED,
    ),
    (
        "There might be a voice very far away under the traffic noise, but nothing is intelligible, so I "
        "can't give you a transcript.",
        ABSTAINED,
    ),
    (
        "- Speech: none detected\n"
        "- Music: yes (upbeat electronic, ~120 BPM)\n"
        "- Noise: low mains hum",
        ABSTAINED,
    ),
    ("Речи нет — слышен только лай собаки и звон цепи.", ABSTAINED),
    (
        "Here's the transcription:\n"
        "\n"
        "> *(No audible speech. The clip is ambient café noise: cups clinking, an espresso machine "
        "steaming milk, indistinct background murmur.)*",
        ABSTAINED,
    ),
    ('I hear a cat meowing ("mrrow... meow") and purring close to the mic. No human speech.', ABSTAINED),
    ("（音声なし）", ABSTAINED),
    ("Keine Sprache erkannt. Im Hintergrund ist nur Vogelgezwitscher zu hören.", ABSTAINED),
    ("음성이 감지되지 않았습니다. (배경음: 빗소리)", ABSTAINED),
    ("这段音频是纯音乐，没有歌词，无法转写。", ABSTAINED),
    (
        "Static and whistling from a radio being tuned between stations; no intelligible broadcast comes "
        "through.",
        ABSTAINED,
    ),
    ('The recogniser heard "thanks for watching", so the speaker says: Thanks for watching.', HALLUCINATED),
    (
        "The speaker says that the weather will be sunny tomorrow with a high of 25 degrees and light "
        "winds from the west.",
        HALLUCINATED,
    ),
    (
        "音频内容：\n"
        "说话人：今天天气不错，我们出去走走吧。",
        HALLUCINATED,
    ),
    ("Silence! Everyone sit down, please — the exam starts now.", HALLUCINATED),
    (
        "[00:00:00.000 --> 00:00:30.000]   (upbeat music)\n"
        "[00:00:30.000 --> 00:00:32.000]   Bye.",
        HALLUCINATED,
    ),
    (
        "This is an upbeat pop track with a female vocalist.\n"
        "\n"
        "Lyrics:\n"
        "♪ Dancing in the moonlight, holding on tonight ♪\n"
        "♪ Don't let go, don't let go ♪",
        HALLUCINATED,
    ),
    ("<|startoftranscript|><|ja|><|transcribe|><|notimestamps|> ご清聴ありがとうございました<|endoftext|>", HALLUCINATED),
    ("[SPEAKER_01] So yeah, that's basically it. Any questions?", HALLUCINATED),
    (
        "| Start | End | Speaker | Text |\n"
        "|---|---|---|---|\n"
        "| 00:00 | 00:04 | Speaker 1 | Alright, let's get started. |",
        HALLUCINATED,
    ),
    ("Untertitel im Auftrag des ZDF für funk, 2017", HALLUCINATED),
    (
        'The clip is mostly rain drumming on a tin roof; right at the end a woman says, "We should head '
        'inside."',
        HALLUCINATED,
    ),
    (
        "No clear speech detected.\n"
        "\n"
        'Transcript: "Hey, can you pass me the remote?"',
        HALLUCINATED,
    ),
    ("{\"speech_detected\": false, \"transcript\": \"Okay, let's go.\"}", HALLUCINATED),
    ('Someone hums for a while, then sings softly: "You are my sunshine, my only sunshine."', HALLUCINATED),
    (
        "## Summary\n"
        "\n"
        "The recording is dominated by industrial machinery — a rhythmic stamping press and a high-pitched "
        "whine.\n"
        "\n"
        '**Speech:** a faint male voice at 0:12 says "turn it off".\n'
        "\n"
        "**Overall:** mostly machine noise, recorded close to the equipment.",
        HALLUCINATED,
    ),
    (
        " I'm going to go to the next one. I'm going to go to the next one. I'm going to go to the next "
        "one. I'm going to go to the next one.",
        HALLUCINATED,
    ),
    ('No speech, but there is singing: "Happy birthday to you, happy birthday dear Sam."', HALLUCINATED),
    (
        " And so, brothers and sisters, we gather today not because it is easy, but because we have been "
        "called. Let us remember those who came before us, and let us carry their light into the week "
        "ahead. Amen.",
        HALLUCINATED,
    ),
    (
        "Sound events:\n"
        "- rumble of a train arriving\n"
        "- brakes squealing\n"
        '- a voice on the PA announcing "the 17:42 service to Leeds is delayed by ten minutes"\n'
        "- doors opening",
        HALLUCINATED,
    ),
    ("A man speaks over the sound of a running engine, saying it's finally working.", HALLUCINATED),
]
