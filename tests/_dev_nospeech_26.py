"""No-speech table pair 26, DEV half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

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
This file is the dev half; its twin is tests/_heldout_verdicts_28.py.

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
    (". . .", EMPTY),
    (" \n\t  \n", EMPTY),
    ("1\n00:00:00,000 --> 00:00:04,200\n \n", EMPTY),
    ("```\n\n```", EMPTY),
    ('{"text": "", "segments": [], "language": "en"}', EMPTY),
    ("【转写结果】无\n【说明】音频为纯音乐（古筝独奏），未检测到人声。", ABSTAINED),
    ("[00:00.000 --> 00:14.000]  (dog barking)\n[00:14.000 --> 00:21.500]  (dog whimpering)", ABSTAINED),
    (
        "申し訳ありませんが、この音声には人の声が含まれていません。聞こえるのは風鈴の音と遠くのセミの鳴き声だけです。",
        ABSTAINED,
    ),
    (
        'ASR hypothesis: "" (empty). The recognizer found no words, so I have nothing to summarize or translate. The '
        "audio appears to be near-silence with faint room tone.",
        ABSTAINED,
    ),
    (
        "Er wordt niets gezegd in deze opname; je hoort alleen een trein die voorbijrijdt en een overweg die belt.",
        ABSTAINED,
    ),
    ("(no speech — just a phone vibrating on a wooden table)", ABSTAINED),
    (
        "Here's a breakdown of the audio you shared:\n\n**Overview**\nThe recording is roughly 30 seconds long and "
        "was captured outdoors, probably near a shoreline.\n\n**What I can hear**\n* Waves breaking at regular "
        "intervals\n* Gulls calling overhead (high, drawn-out cries)\n* Wind buffeting the microphone, which causes "
        "some low-frequency rumble\n\n**Transcription**\nThere isn't any. I listened for voices under the wind noise "
        "but couldn't find a single spoken word, so the transcript is empty.\n\nLet me know if you'd like me to "
        "identify the bird species more precisely!",
        ABSTAINED,
    ),
    (
        'The speech recognizer returned: "Thank you for watching." That phrase is a well-known artifact Whisper '
        "produces on silent or music-only audio, and the energy profile here is consistent with steady fan noise. I'm "
        "treating this as no speech: nothing was actually said.",
        ABSTAINED,
    ),
    (
        'Transcript: "Come on, come on, come on"\n\nWait — re-listening, that rhythmic pattern is the train wheels '
        "going over the rail joints, not a voice. I don't think anyone says anything. Corrected transcript: (no "
        "speech).",
        ABSTAINED,
    ),
    ("说话人1：（沉默）", ABSTAINED),
    ('No lyrics — this is the theme from "Jurassic Park" played by a full orchestra. Transcript: N/A', ABSTAINED),
    ("इस ऑडियो में कोई भी व्यक्ति बोल नहीं रहा है; केवल ट्रेन के पहियों और हॉर्न की आवाज़ सुनाई देती है।", ABSTAINED),
    (
        'Only a baby babbling — "ba-ba, ga-ga" type sounds, no real words — and a rattle being shaken. No '
        "intelligible speech.",
        ABSTAINED,
    ),
    ("오디오에 말소리가 없습니다. 처음부터 끝까지 피아노 연주만 들립니다.", ABSTAINED),
    ("1\n00:00:00,000 --> 00:00:12,000\n[无语音]\n", ABSTAINED),
    ("A man is snoring loudly while a clock ticks in the background.", ABSTAINED),
    (
        "1. Checked the whole clip for voice activity — the spectrum shows broadband noise with no formant "
        "structure.\n2. The sound matches a hair dryer on its high setting.\n3. No segment contains speech.\n\n"
        "Answer: there is no speech to transcribe.",
        ABSTAINED,
    ),
    (
        "| Time | Sound | Speech? |\n|---|---|---|\n| 0:00–0:09 | Kettle heating, rising hiss | No |\n| 0:09–0:12 | "
        "Click as the kettle switches off | No |\n| 0:12–0:20 | Water poured into a mug | No |\n\nNo words are spoken "
        "anywhere in the clip.",
        ABSTAINED,
    ),
    (
        "Let me think about this carefully. The clip opens with a low hum that builds in volume, which could be an "
        "engine. Around the middle there's a sharp, repeated chirp — I considered whether it might be a child's "
        "voice, but it's too uniform and repeats at an exact interval, which points to a smoke alarm's low-battery "
        "beep. There are no formants or syllable rhythm anywhere. Final answer: the audio has no speech, only an "
        "engine hum and a smoke detector chirp.",
        ABSTAINED,
    ),
    (" [ Music ]\n [ Music ]\n [ Applause ]", ABSTAINED),
    ("no speach detected in audio.  just wind + maybe a flag flapping??  cant transcribe anything sorry", ABSTAINED),
    (
        "You asked me to \"transcribe everything the speaker says word for word,\" but there isn't a speaker — the "
        "clip is 40 seconds of a dishwasher running. Nothing to transcribe.",
        ABSTAINED,
    ),
    (
        '{\n  "transcript": null,\n  "speech_present": false,\n  "detected_events": ["vacuum cleaner", "furniture '
        'scraping"],\n  "confidence": 0.97\n}',
        ABSTAINED,
    ),
    ("Kayıtta konuşma yok; sadece martı sesleri ve dalgaların kıyıya vurması duyuluyor.", ABSTAINED),
    (
        "Ich kann hier leider nichts transkribieren: Die Aufnahme enthält keine Sprache, nur das gleichmäßige Brummen "
        "eines Kühlschranks und einmal ein kurzes Klacken.",
        ABSTAINED,
    ),
    (" Thanks for watching, and I'll see you in the next one.", HALLUCINATED),
    (
        "\"There is no way we're finishing this tonight.\" — that's the only line, spoken by a man near the start; "
        "the rest is keyboard typing.",
        HALLUCINATED,
    ),
    ('A parrot squawks a few times and then clearly says "hello, pretty bird" before whistling.', HALLUCINATED),
    (
        "{\"speech_detected\": true, \"language\": \"en\", \"transcript\": \"Hold on, I'll be right there.\", "
        '"confidence": 0.41}',
        HALLUCINATED,
    ),
    (
        "At first I took this for pure machinery noise — a lathe or a drill press. But on a second pass there's a "
        'voice under it at 0:11: someone shouts "Mind your hands!" So the transcript is: Mind your hands!',
        HALLUCINATED,
    ),
    (
        "Welcome back to the channel, everyone.\n\n(Note: the audio is extremely noisy and mostly consists of wind, "
        "so this transcription may be inaccurate.)",
        HALLUCINATED,
    ),
    ("「ちょっと待って、今行くから。」と女性が言っています。背景には雨の音が聞こえます。", HALLUCINATED),
    (
        " I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm sorry. I'm "
        "sorry.",
        HALLUCINATED,
    ),
    (
        "There's no music or background noise to speak of — just a child saying \"Mommy, look at me!\" and then "
        "giggling.",
        HALLUCINATED,
    ),
    ("Untertitelung des ZDF für funk, 2017", HALLUCINATED),
    ("Transcripción: «Bueno, ya está, vámonos a casa.» (se oye viento de fondo)", HALLUCINATED),
    ("No speech detected.\n\n[00:00:27.30 --> 00:00:29.10] Mm, alright then.", HALLUCINATED),
    ("Legendas pela comunidade Amara.org", HALLUCINATED),
    (
        "**Speech:** yes — one short utterance\n- 0:03 — a man, sounding tired: \"That's enough for today.\"\n\n"
        "**Background:** construction noise (jackhammer, a reversing beeper)",
        HALLUCINATED,
    ),
    ("[SPEAKER_00] 0.52–2.10: Are we recording?\n[SPEAKER_00] 2.10–3.05: Okay, good.", HALLUCINATED),
    (
        "I'm not 100% sure because the rain is so loud, but I believe someone says \"we should head back\" at about "
        "0:15. Other than that, just rain.",
        HALLUCINATED,
    ),
    ("♪ Hold me close, don't let me go ♪\n♪ Underneath the summer snow ♪", HALLUCINATED),
    ("Someone whispers a name near the end, something like \"Clara\". Otherwise it's just room noise.", HALLUCINATED),
    (
        "1\n00:00:01,200 --> 00:00:03,900\nShh, listen.\n\n2\n00:00:25,000 --> 00:00:28,000\nDid you hear that?\n",
        HALLUCINATED,
    ),
    (
        "The clip is dominated by traffic — buses idling, a motorbike passing at 0:09, a distant siren. Under all "
        "that, a woman on the pavement says, \"Excuse me, is this the stop for the 24?\" After that it's just traffic "
        "again until the end.",
        HALLUCINATED,
    ),
]
