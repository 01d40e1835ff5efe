"""No-speech table pair 25, HELD-OUT half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

What a model wrote when played a clip with NO speech in it (music, rain, thunder, a dog, silence, traffic, machinery,
household appliances, a train, a stadium crowd's wordless noise, wind, birdsong, waves, a fire, bells, laughter, a baby
babbling, humming) and asked to transcribe it.

Written blind for issue 22 (round 4), without reading the reader or any earlier table. One pool of 100 rows
(10 EMPTY, 50 ABSTAINED, 40 HALLUCINATED) was written, then split with random.Random(2526): within each label
(in the order EMPTY, ABSTAINED, HALLUCINATED) the rows were shuffled and alternate rows went to the dev table
tests/_dev_nospeech_25.py (even index) and to the held-out table tests/_heldout_verdicts_26.py (odd index).
This file is the held-out half; its twin is tests/_dev_nospeech_25.py.

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
    ("<|startoftranscript|><|en|><|transcribe|><|notimestamps|><|endoftext|>", EMPTY),
    ('{"utterances": [{"speaker": "SPEAKER_00", "start": 0.52, "end": 3.1, "text": ""}]}', EMPTY),
    ("…", EMPTY),
    ('<transcription lang="und"></transcription>', EMPTY),
    (
        "WEBVTT\n"
        "\n"
        "00:00:00.000 --> 00:00:07.500\n"
        "\n",
        EMPTY,
    ),
    (
        "It is possible that there is some very faint speech buried under the music, but I cannot make out any words. "
        "The audio mainly features an upbeat electronic track with a four-on-the-floor kick drum and a filtered synth "
        "pad.",
        ABSTAINED,
    ),
    (
        'This is an instrumental version — the melody is "Bohemian Rhapsody" played on a music box, but no lyrics are '
        'sung.',
        ABSTAINED,
    ),
    ('{"text": "<|nospeech|>", "no_speech_prob": 0.97}', ABSTAINED),
    (
        "No hay voz en esta grabación. Se escucha el tráfico de una avenida, algunas bocinas y, al final, la sirena "
        "de una ambulancia que se aleja.",
        ABSTAINED,
    ),
    ("Aucune parole / No speech — only church bells ringing (about twelve strokes).", ABSTAINED),
    ("1\n00:00:00,000 --> 00:00:22,000\n[instrumental]\n", ABSTAINED),
    (
        'A baby is babbling — it sounds like "ba-ba-ba" and a drawn-out "daaa" — but these are not words, so there is '
        'nothing to transcribe.',
        ABSTAINED,
    ),
    (
        'The recognizer produced "Untertitel im Auftrag des ZDF, 2021", which is a subtitle credit Whisper often '
        'invents on silent input. Nobody says it in the clip — the clip is just wind noise — so there is no '
        'transcript.',
        ABSTAINED,
    ),
    ("इस ऑडियो में कोई बोली गई बात नहीं है; केवल बारिश और बादलों की गड़गड़ाहट सुनाई देती है।", ABSTAINED),
    ("- Speech: none\n- Music: yes (solo violin, slow tempo)\n- Noise floor: low\n- Transcript: —", ABSTAINED),
    (
        "Draft transcript: \"okay, let's go\"?\n"
        "On re-listening, that was a car engine turning over, not a voice. Final transcript: none — the clip has no "
        "speech.",
        ABSTAINED,
    ),
    ("Keine Sprache erkennbar – nur Vogelgezwitscher (vermutlich Amseln) und leises Blätterrauschen.", ABSTAINED),
    (
        "The ambience suggests a train station — a large reverberant hall, rolling suitcases, footsteps, and a "
        "three-note chime of the kind that usually precedes an announcement. However, no announcement follows the "
        "chime, and nobody speaks near the microphone.\n"
        "\n"
        "Transcription: [no speech]",
        ABSTAINED,
    ),
    (
        '{"transcript": null, "speech_present": false, "detected_events": ["dog barking", "chain rattling", "wind"], '
        '"confidence": 0.94}',
        ABSTAINED,
    ),
    ("<no_speech>", ABSTAINED),
    (
        "Let me work through this.\n"
        "1) Is there a human voice? No — the only sounds are a kettle heating up and then whistling.\n"
        "2) Could the whistle be mistaken for a voice? Possibly by an ASR system, but it carries no phonemes.\n"
        "3) Conclusion: the transcription is empty.\n"
        "\n"
        "**Final answer:** no speech.",
        ABSTAINED,
    ),
    (
        "| Field | Value |\n"
        "|---|---|\n"
        "| Transcript | *(empty — no speech)* |\n"
        "| Language | n/a |\n"
        "| Background | cicadas, a distant lawnmower |",
        ABSTAINED,
    ),
    (
        "Sure! I listened to the audio carefully. The clip is about 20 seconds long and consists of steady rain "
        "falling on what sounds like a tin roof, with a roll of distant thunder around the 12-second mark. There is "
        "no spoken language anywhere in the recording, so there is nothing to transcribe. If you have another file "
        "with dialogue, feel free to share it and I'll transcribe it for you.",
        ABSTAINED,
    ),
    (
        "## Transcription\n"
        "\n"
        "*No speech detected.*\n"
        "\n"
        "## Audio description\n"
        "\n"
        "| Time | Event |\n"
        "|---|---|\n"
        "| 0:00–0:08 | Washing machine spin cycle, rhythmic thumping |\n"
        "| 0:08–0:15 | Drum slows; a beep sounds three times |\n"
        "\n"
        "**Note:** the beeps are electronic tones, not words.",
        ABSTAINED,
    ),
    (
        "Thanks for the clip! After listening, my best assessment is that it contains no speech at all — the content "
        "is a thunderstorm: heavy rain, a couple of thunderclaps near 0:06 and 0:19, and water dripping from a "
        "gutter. I've double-checked the quieter passages for whispering and found none. If you expected dialogue, "
        "the wrong file may have been uploaded.",
        ABSTAINED,
    ),
    (
        'Someone hums a melody (it resembles "Twinkle, Twinkle, Little Star") without singing any words. No lyrics or '
        'speech to transcribe.',
        ABSTAINED,
    ),
    (
        "ASR output: \"\" (empty). Since the recognizer returned nothing and you asked for a transcript, I'll report "
        "that no speech was detected in the clip.",
        ABSTAINED,
    ),
    (
        "Two people seem to be laughing together for about five seconds, then a door closes. Nobody says anything "
        "intelligible — it's laughter only.",
        ABSTAINED,
    ),
    ("这段录音是纯音乐，钢琴独奏，没有歌词，也没有人声。", ABSTAINED),
    (
        "I'm not able to transcribe this one — there aren't any spoken words, just what sounds like a cat purring "
        "close to the microphone.",
        ABSTAINED,
    ),
    (" Please subscribe to my channel and hit the bell icon so you don't miss the next video.", HALLUCINATED),
    ("Nothing to see here, folks, keep moving. Keep moving, please.", HALLUCINATED),
    (
        'The audio features a dog barking while a woman calls out "Max, come here!" from some distance away.',
        HALLUCINATED,
    ),
    (
        '{"segments": [{"start": 1.02, "end": 2.4, "text": " Come on.", "words": [{"word": "Come", "score": 0.31}, '
        '{"word": "on.", "score": 0.28}]}], "language": "en"}',
        HALLUCINATED,
    ),
    ("Here's the transcription:\n\n\"Hey, it's me. Call me back when you get this, okay? Bye.\"", HALLUCINATED),
    (
        '## Transcription\n'
        '\n'
        '| Time | Speaker | Text |\n'
        '|---|---|---|\n'
        '| 0:02 | Unknown | "Hello? Is anyone there?" |\n'
        '\n'
        '## Background\n'
        'Heavy wind and rattling shutters.',
        HALLUCINATED,
    ),
    ("I can't hear you, you're breaking up — hello? Hello?", HALLUCINATED),
    (
        " I'm going to go to the store. I'm going to go to the store. I'm going to go to the store. I'm going to go "
        "to the store. I'm going to go to the store.",
        HALLUCINATED,
    ),
    (
        "There is mainly rain in this recording. Very faintly, someone might be saying \"close the window\", though "
        "I'm not certain.",
        HALLUCINATED,
    ),
    ("录音里有一个男人说：“快点，要迟到了。”背景是汽车喇叭声和引擎声。", HALLUCINATED),
    ("Merci d'avoir regardé cette vidéo, n'oubliez pas de vous abonner.", HALLUCINATED),
    ("hola que tal, te llamo despues porque ahora estoy manejando", HALLUCINATED),
    (
        'The audio is mostly ambient street noise with traffic passing. Around the 4-second mark, a man says, "Excuse '
        'me, is this the bus to downtown?" After that, the traffic noise continues until the end of the clip.',
        HALLUCINATED,
    ),
    ("No, I told you already, the keys are on the counter next to the fruit bowl.", HALLUCINATED),
    ("No clear speech, but the speaker seems to say: \"we'll meet back here at noon.\"", HALLUCINATED),
    ("Спасибо, что досмотрели до конца! Ставьте лайки и подписывайтесь на канал.", HALLUCINATED),
    ("SPEAKER_00: Can you hear me?\nSPEAKER_01: Yeah, loud and clear.", HALLUCINATED),
    ("There is no way I'm paying forty dollars for a parking ticket.", HALLUCINATED),
    ('{"speech_present": true, "transcript": "mm-hmm, yeah, right", "events": ["rain"]}', HALLUCINATED),
    ("Subtítulos realizados por la comunidad de Amara.org", HALLUCINATED),
]
