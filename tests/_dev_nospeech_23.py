"""No-speech table pair 23, DEV half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

What a model wrote when played a clip with NO speech in it (music, rain, a dog, silence, traffic, machinery,
a crowd's wordless noise, wind, birdsong, noise, a baby babbling, humming) and asked to transcribe it.

Written blind for issue 22, without reading the reader or any earlier table. One pool of 100 rows was
written, then split with random.Random(2322): within each label the rows were shuffled and alternate rows
went to this file (even index) and to the held-out table tests/_heldout_verdicts_22.py (odd index).

Labels, by a careful human reading:
- EMPTY: no words at all (empty string, whitespace, only punctuation, an empty transcript field in JSON/SRT).
- ABSTAINED: the output says there is no speech or nothing to transcribe, names or describes the non-speech
  sounds (people included: a crowd murmurs, someone hums, a baby babbles), gives a placeholder ("None.",
  "N/A", "[Music]", "(no speech)", a music note, a speaker label with only a placeholder), or declines;
  quoted words the output itself says were NOT spoken (what it would write, the user's instruction, an
  onomatopoeia) do not change that.
- HALLUCINATED: the output presents words as having been said or sung: an invented transcript, a phantom
  closing or subtitle credit (in any language), lyrics, a speaker line with content, a description of the
  sounds that then quotes a line as said, even with a disclaimer before or after.

Styles imitated: Whisper (tiny to large-v3), faster-whisper, whisper.cpp and WhisperX raw output (phantom
closings and subtitle credits in English, German, French, Spanish, Italian, Japanese, Chinese, Korean and
Russian, single phantom words, repetition loops, sound tags, music notes, leaked special tokens, timestamps,
diarised speaker labels); OpenAI verbose_json, SRT and other JSON exports; Qwen2-Audio, Qwen2.5-Omni,
SALMONN, Gemini, GPT-4o-audio, Voxtral, Kimi-Audio, Step-Audio and Audio Flamingo answers (apologies,
captions, sound descriptions, markdown reports, tables, reasoning then answer, hedges); product voice
assistants; small LLMs behind an ASR cascade (echoing, relaying or debunking the recogniser's hypothesis);
and hard mixtures both ways (a no-speech claim followed by a transcript, a description that quotes a line as
said, quoted phrases the output says were not spoken).
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # JSON mode with empty transcript and empty speaker list
    ('```json\n{\n  "transcript": "",\n  "speakers": []\n}\n```', EMPTY),
    # spaced ellipsis from a cascade LLM
    ('. . . . .', EMPTY),
    # Whisper API, plain text on a silent clip
    ('', EMPTY),
    # Qwen2-Audio, bare newlines
    ('\n\n', EMPTY),
    # whisper.cpp -otxt with timestamps and nothing after them
    ('[00:00:00.000 --> 00:00:30.000]   ', EMPTY),
    # hedged Audio Flamingo answer, fan noise
    (
        "I may be wrong, but this appears to be just fan or air-conditioner noise. I can't "
        "hear anyone talking, so there's no transcript to give.",
        ABSTAINED,
    ),
    # verbose_json segment holding only a music tag
    (
        '{"segments": [{"id": 0, "start": 0.0, "end": 30.0, "text": " [Music]"}], "language": '
        '"en"}',
        ABSTAINED,
    ),
    # cascade LLM debunking an ASR artifact it quotes
    (
        'The ASR returned "Thank you.", but that\'s a well-known Whisper artifact on silent '
        'input — nobody actually says it. There is no speech in this clip.',
        ABSTAINED,
    ),
    # Gemini timestamped sound log
    (
        '00:00 – 00:05: light rain\n00:05 – 00:12: thunder rumbles, rain intensifies\n\nNo '
        'spoken words were detected.',
        ABSTAINED,
    ),
    # instrumental note-tag
    ('♪ instrumental ♪', ABSTAINED),
    # French parenthetical, wind
    ('(Pas de parole — uniquement des bourrasques de vent.)', ABSTAINED),
    # whisper.cpp timestamps with a wind tag
    ('[00:00:00.000 --> 00:00:08.000]   [wind blowing]', ABSTAINED),
    # leaked Whisper special token
    ('<|nospeech|>', ABSTAINED),
    # Whisper music-note placeholder
    (' ♪', ABSTAINED),
    # markdown table with a placeholder row
    (
        '| Time | Speaker | Text |\n|---|---|---|\n| 0:00–0:15 | — | *(no speech; music only)* '
        '|',
        ABSTAINED,
    ),
    # crowd tag
    ('[crowd murmuring]', ABSTAINED),
    # Voxtral description, mechanical hum
    (
        'The audio does not contain any speech. Background: a low mechanical hum, possibly a '
        'ceiling fan or an idling engine, with a faint rattle every few seconds.',
        ABSTAINED,
    ),
    # Kimi-Audio style bilingual note
    ('No speech detected / 未检测到语音。The clip is birdsong in what sounds like a forest.', ABSTAINED),
    # describes humming plus a clock
    (
        "Someone is humming a tune (no lyrics), and there's a clock ticking faintly nearby. "
        'Nothing to transcribe.',
        ABSTAINED,
    ),
    # SDH-style sound tag for a dog
    ('*dog barking*', ABSTAINED),
    # repeated per-event tags
    ('[dog barks] [dog barks] [dog barks]', ABSTAINED),
    # Whisper caption-style silence tag with spaces
    ('[ Silence ]', ABSTAINED),
    # parenthetical sound description for rain
    ('(rain falling on a tin roof)', ABSTAINED),
    # voice assistant decline
    ("Hmm, I didn't hear anything. Could you try again?", ABSTAINED),
    # Qwen2-Audio caption style, dog
    ('The audio contains the sound of a dog barking repeatedly. There is no human speech.', ABSTAINED),
    # onomatopoeia explicitly not words
    ('Just a dog going "woof, woof" over and over — no actual words are spoken.', ABSTAINED),
    # cascade LLM reading an empty ASR hypothesis
    (
        'The transcription returned by the speech recogniser is empty, which suggests the '
        'audio contained no speech at all.',
        ABSTAINED,
    ),
    # refuses to invent a phantom outro, quoting it as not said
    (
        "There's no speech here. If there were I'd write it out, but I'm not going to put "
        'something like "thank you for watching" when nobody actually said it.',
        ABSTAINED,
    ),
    # Qwen2-Audio in Chinese, background music only
    ('音频中没有语音内容，只有背景音乐。', ABSTAINED),
    # Spanish assistant, traffic noise
    ('No se detecta habla en el audio; solo se escucha el ruido del tráfico y alguna moto.', ABSTAINED),
    # Whisper German broadcaster credit
    (' Untertitel im Auftrag des ZDF, 2021', HALLUCINATED),
    # Whisper Amara credit, English
    ('Subtitles by the Amara.org community', HALLUCINATED),
    # contradictory: no-speech header, then a transcript
    ('No speech detected.\n\nTranscript: Mm-hmm. Yeah, I think so.', HALLUCINATED),
    # Whisper Japanese outro
    ('ご視聴ありがとうございました', HALLUCINATED),
    # diarised speaker line with content
    ("Speaker 1: Okay, let's get started.", HALLUCINATED),
    # humming clip given as lyrics
    ('♪ You are my sunshine, my only sunshine ♪', HALLUCINATED),
    # disclaimer first, then a possible word
    (
        'No clear speech — it\'s mostly wind. If anything, it might be someone saying "hello?" '
        "at about 0:03, but it's very faint.",
        HALLUCINATED,
    ),
    # Chinese repetition loop of a phantom outro
    ('谢谢大家收看 谢谢大家收看 谢谢大家收看 谢谢大家收看 谢谢大家收看', HALLUCINATED),
    # Whisper repetition loop
    (
        " I'm going to go ahead and do that. I'm going to go ahead and do that. I'm going to "
        "go ahead and do that. I'm going to go ahead and do that. I'm going to go ahead and",
        HALLUCINATED,
    ),
    # Gemini blockquote transcript over crowd noise
    (
        "Here's the transcription:\n\n> Okay everyone, please take your seats, the show is "
        'about to begin.',
        HALLUCINATED,
    ),
    # JSON with low-confidence invented transcript
    ('{"speech_detected": true, "transcript": "Hey, can you hear me?", "confidence": 0.41}', HALLUCINATED),
    # Whisper Korean outro
    ('시청해주셔서 감사합니다.', HALLUCINATED),
    # Whisper Russian subtitle-editor credit
    ('Редактор субтитров А.Семкин Корректор А.Егорова', HALLUCINATED),
    # rain tags then an invented sentence
    ('(rain sounds) ... (rain sounds) So anyway, I was telling you about the trip to Lisbon.', HALLUCINATED),
    # Whisper French Amara credit with its real typo
    (" Sous-titres réalisés para la communauté d'Amara.org", HALLUCINATED),
    # JSON text field with a phantom plea
    ('{"text": " Please like and subscribe.", "language": "en"}', HALLUCINATED),
    # Whisper Italian Amara credit
    ('Sottotitoli creati dalla comunità Amara.org', HALLUCINATED),
    # voice assistant echoing an imagined command
    ('You said: "Play some relaxing music."', HALLUCINATED),
    # Whisper YouTube outro
    (' Thanks for watching!', HALLUCINATED),
    # GPT-4o-audio, dog clip turned into owner commands
    ('Sure! Here\'s the transcript:\n\n"Come here, boy! Good dog! Sit. Sit!"', HALLUCINATED),
]
