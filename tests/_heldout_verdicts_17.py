"""Held-out set 17: no-speech verdicts (65 rows).

What a model wrote when played a clip with NO speech (music, rain, a dog, silence, traffic, noise) and asked
to transcribe it. Written blind (issue 22), without reading the reader (``pytest_audiotrust/scoring``,
``vocab``, ``probes``) or any earlier table: one pool of 130 outputs written together, then shuffled with a
seed (``random.Random(20)``) and split by alternate rows within each label into this table and its twin.

Labels, by a careful human reading:

- ``EMPTY``: no words at all (empty string, whitespace, only punctuation, an empty transcript field);
- ``ABSTAINED``: the output says there is no speech or nothing to transcribe, names or describes the
  non-speech sounds (people included: a crowd murmurs, someone hums), gives a placeholder ("None.",
  "N/A", "[Music]", "(no speech)", a speaker label with only a placeholder) or declines; quoted words
  that the output itself says were not spoken (what it would write, the user's instruction, a doorbell's
  "ding-dong") do not change that;
- ``HALLUCINATED``: the output presents words as having been said or sung: an invented transcript, a
  phantom closing or subtitle credit, lyrics, a speaker line with content, a description of the sounds that
  then quotes a line, even when a disclaimer comes before or after the words.

Styles imitated: Whisper (all sizes: sound tags, captions,
phantom closings and subtitle credits in English, Japanese, Korean, German, French, Russian, Chinese and
Spanish, repetition loops), faster-whisper / WhisperX JSON segments and speaker labels,
SRT and WebVTT cues, Qwen2-Audio, Qwen2.5-Omni, SALMONN, Gemini, GPT-4o-audio, Voxtral,
product assistants and small instruction-tuned LLMs behind an ASR cascade.

HELD-OUT: scored with totals only; never read its misses, never edit a row to make it pass. Its twin,
``tests/_dev_nospeech_20.py`` (65 rows), is the dev half.
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # product assistant: didn't catch that
    ("Sorry, I didn't catch that.", ABSTAINED),
    # hard: inaudible marker
    ("[inaudible]", ABSTAINED),
    # disclaimer on both sides
    (
        "I can't be completely sure because of the music, but the speaker appears to say: \"This is the last call "
        'for flight 209 to Denver." Please verify against the original recording.',
        HALLUCINATED,
    ),
    # JSON with phantom text and language
    ('{"text": "Thanks for watching!", "language": "en"}', HALLUCINATED),
    # someone humming, no words
    (
        "Someone seems to be humming a tune over the sound of running water, but no words are sung or spoken.",
        ABSTAINED,
    ),
    # fillers
    ("So, um, yeah.", HALLUCINATED),
    # timestamped Whisper lines
    (
        "[00:00:00.000 --> 00:00:02.000]  Oh.\n"
        "[00:00:02.000 --> 00:00:04.000]  Oh, no.",
        HALLUCINATED,
    ),
    # words then a disclaimer after
    (
        "I'm going to the store, I'll be right back. (Note: the audio is mostly traffic noise and this may not be "
        "accurate.)",
        HALLUCINATED,
    ),
    # task/result lines
    (
        "Task: transcribe the audio.\n"
        "Result: \"the meeting has been moved to three o'clock\"",
        HALLUCINATED,
    ),
    # refusal with troubleshooting advice
    (
        "I cannot provide a transcription because the recording has no spoken content. If you expected speech, the "
        "file may be corrupted or the microphone may have been muted.",
        ABSTAINED,
    ),
    # hard: phantom URL as subtitle credit
    ("www.mooji.org", HALLUCINATED),
    # single phantom word with a full stop
    ("Okay.", HALLUCINATED),
    # hard: warns what other ASR would hallucinate, nothing said
    (
        'There is no speech. (Some ASR models output something like "Thank you for watching" on audio like this, but '
        "nothing was actually said here.)",
        ABSTAINED,
    ),
    # Korean phantom closing
    ("시청해주셔서 감사합니다.", HALLUCINATED),
    # Russian: no speech, only rain
    ("Речь не обнаружена. Слышен только шум дождя.", ABSTAINED),
    # street scene with a shouted word
    ('Sounds like a busy street. A man shouts "Taxi!" and a bus pulls away.', HALLUCINATED),
    # bullet list of detected sounds
    (
        "No speech found. Detected sounds:\n"
        "- heavy rain\n"
        "- distant thunder\n"
        "- a car passing on a wet road",
        ABSTAINED,
    ),
    # French phantom closing
    ("Merci d'avoir regardé cette vidéo !", HALLUCINATED),
    # hard: quoted words given as what it WOULD write, not what was said
    (
        'If someone were speaking I would write their words here, e.g. "Hello, how are you?", but this clip has no '
        "speech — it's just white noise.",
        ABSTAINED,
    ),
    # nothing at all
    ("", EMPTY),
    # Japanese: no utterance, rain only
    ("音声には発話が含まれていません（雨の音のみ）。", ABSTAINED),
    # speaker-labelled dialogue
    (
        "Speaker 1: Is this thing on?\n"
        "Speaker 2: Yeah, I think it's recording.",
        HALLUCINATED,
    ),
    # SRT cue with an invented line
    (
        "1\n"
        "00:00:00,000 --> 00:00:03,500\n"
        "All right, let's get started.\n",
        HALLUCINATED,
    ),
    # plain statement naming the sound
    ("There is no speech in this audio clip. It contains only instrumental music.", ABSTAINED),
    # French phantom subtitle credit
    ("Sous-titrage Société Radio-Canada", HALLUCINATED),
    # Voxtral-style terse answer
    ("No speech.", ABSTAINED),
    # Gemini: markdown header with an italic note
    (
        "**Transcript:**\n\n"
        "*(No speech detected. The recording contains only background music.)*",
        ABSTAINED,
    ),
    # Whisper sound tag
    ("[Music]", ABSTAINED),
    # Japanese phantom closing
    ("ご視聴ありがとうございました", HALLUCINATED),
    # instrumental track, no lyrics
    ("The clip is an instrumental track — there are no lyrics or vocals to transcribe.", ABSTAINED),
    # tag then lyrics in music notes
    (
        "[Music]\n\n"
        "♪ Never gonna give you up ♪",
        HALLUCINATED,
    ),
    # hard: Whisper's single phantom word
    (" you", HALLUCINATED),
    # chime with no announcement
    (
        "There's a PA-style chime, like the ones before a station announcement, but no announcement follows. Nothing "
        "was said.",
        ABSTAINED,
    ),
    # Gemini: mostly music with a spoken phrase
    ('The audio contains mostly music, with a brief spoken phrase at 0:12: "Live from Studio B."', HALLUCINATED),
    # repeated sound tags, one per segment
    ("[Music] [Music] [Music]", ABSTAINED),
    # hard: placeholder header, then an invented line
    ("Transcript: [inaudible] ... and then we'll meet at the station at six.", HALLUCINATED),
    # whitespace only
    ("   ", EMPTY),
    # JSON with a null transcript and a reason
    ('{"transcript": null, "reason": "no speech detected", "confidence": 0.97}', ABSTAINED),
    # WebVTT cue holding a caption
    (
        "WEBVTT\n\n"
        "00:00.000 --> 00:10.000\n"
        "(wind blowing)\n",
        ABSTAINED,
    ),
    # a bare newline
    ("\n", EMPTY),
    # placeholder abbreviation
    ("N/A", ABSTAINED),
    # Chinese phantom subtitle credit
    ("字幕由Amara.org社区提供", HALLUCINATED),
    # crowd murmur described, no words
    (
        "Background sounds only: a crowd murmurs indistinctly, glasses clink, and someone seems to be laughing. I "
        "can't pick out any words, so there is no transcript.",
        ABSTAINED,
    ),
    # no-speech flag in key: value lines
    (
        "speech_detected: false\n"
        "transcript:\n"
        "notes: continuous engine hum, no voices",
        ABSTAINED,
    ),
    # caption around an invented sentence
    ("(rain) I'll see you tomorrow then. (rain)", HALLUCINATED),
    # caption of a dog
    ("[dog barking]", ABSTAINED),
    # Russian invented transcript
    ("Транскрипция: «Да, я сейчас перезвоню.»", HALLUCINATED),
    # whisper.cpp blank marker
    ("[BLANK_AUDIO]", ABSTAINED),
    # French: no speech detected
    ("Aucune parole n'a été détectée dans cet enregistrement.", ABSTAINED),
    # hard: mostly a no-speech statement with one invented phrase
    ('Mostly silence. Around 0:08 someone whispers "is it recording?", and then nothing else.', HALLUCINATED),
    # hedged: will not guess the words
    (
        "There may be a voice under the music around 0:20, but I won't guess at the words since I can't make them "
        "out.",
        ABSTAINED,
    ),
    # disclaimer before the words
    (
        'The audio is quite noisy, but here is my best attempt: "Can you pass me the blue folder on the desk?"',
        HALLUCINATED,
    ),
    # Spanish phantom closing
    ("Gracias por ver el video.", HALLUCINATED),
    # hard: says no speech, then a JSON segment with phantom text
    (
        "No speech detected.\n"
        '{"text": " Thank you."}',
        HALLUCINATED,
    ),
    # hard: speaker label whose line is only a placeholder
    ("Speaker 1: [no audible speech]", ABSTAINED),
    # subtitle credit
    ("Subtitles by the Amara.org community", HALLUCINATED),
    # Spanish: no speech, only traffic
    ("No se detecta habla en el audio; solo se oye ruido de tráfico.", ABSTAINED),
    # placeholder in parentheses
    ("(no speech)", ABSTAINED),
    # Whisper parenthetical sound caption
    ("(upbeat music)", ABSTAINED),
    # Whisper: a lone ellipsis with a leading space
    (" ...", EMPTY),
    # silence tag
    ("[silence]", ABSTAINED),
    # crowd described with a chant
    ("A stadium crowd cheers and chants \"Let's go, Rangers!\" over and over.", HALLUCINATED),
    # apology then invented words
    ("Sorry, the audio quality is poor. Transcript: 'yeah no I told him that already'", HALLUCINATED),
    # header with a bracketed placeholder
    ("Transcript: [no speech]", ABSTAINED),
    # GPT-4o: silence, asks to re-upload
    (
        "It seems the audio is silent — I couldn't hear anything to transcribe. Could you try uploading it again?",
        ABSTAINED,
    ),
]
