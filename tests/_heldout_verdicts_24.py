"""No-speech table pair 24, HELD-OUT half (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

What a model wrote when played a clip with NO speech in it (music, rain, a dog, silence, traffic, machinery,
a crowd's wordless noise, wind, birdsong, noise, a baby babbling, humming) and asked to transcribe it.

Written blind for issue 22 (round 3), without reading the reader or any earlier table. One pool of 100 rows
(10 EMPTY, 50 ABSTAINED, 40 HALLUCINATED) was written, then split with random.Random(2424): within each label
(in the order EMPTY, ABSTAINED, HALLUCINATED) the rows were shuffled and alternate rows went to the dev table
tests/_dev_nospeech_24.py (even index) and to the held-out table tests/_heldout_verdicts_24.py (odd index).
This file is the held-out half; its twin is tests/_dev_nospeech_24.py.

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
    (
        "  \n"
        "\t  ",
        EMPTY,
    ),
    ('""', EMPTY),
    ("<transcript></transcript>", EMPTY),
    ("", EMPTY),
    (
        "WEBVTT\n"
        "\n",
        EMPTY,
    ),
    ("A crowd cheers and applauds in a large arena while an air horn blares twice.", ABSTAINED),
    (
        "## Audio analysis\n"
        "\n"
        "**Duration:** ~30 s\n"
        "\n"
        "**Background:** steady rain on a window, occasional distant thunder at ~0:11 and ~0:24.\n"
        "\n"
        "**Transcription:** None — there are no spoken words anywhere in the clip.\n"
        "\n"
        "**Other notes:** the rain intensifies slightly toward the end; no music, no vehicles.",
        ABSTAINED,
    ),
    (
        "Let me check carefully.\n"
        "1. 0–5 s: wind against the microphone.\n"
        "2. 5–12 s: seagulls calling.\n"
        "3. 12–18 s: waves.\n"
        "No segment contains a human voice, so my answer is: no speech.",
        ABSTAINED,
    ),
    (
        'Whisper tends to print " you" on near-silent clips like this one, but nobody actually says '
        "anything here; leave the transcript blank.",
        ABSTAINED,
    ),
    ("N/A – instrumental track", ABSTAINED),
    ("*sighs* ... [coughing] ... [throat clearing]", ABSTAINED),
    ("ASR output: <empty>. Since the recognizer returned nothing, there is no speech to transcribe.", ABSTAINED),
    (
        'A baby babbles ("ba-ba-ba", "gah") and giggles for most of the clip. Those are sounds, not words, '
        "so there is nothing to write down.",
        ABSTAINED,
    ),
    (
        "Hmm, I'm not hearing any words in that clip — just what sounds like a washing machine on its spin "
        "cycle. Want to try recording again?",
        ABSTAINED,
    ),
    (
        "Unfortunately I can't produce a transcript for this one: the only sounds are a crowd murmuring at "
        "a train station and a departure chime, with no announcement following it.",
        ABSTAINED,
    ),
    (
        "On my first pass I wrote down \"okay\" for the sound at 0:04, but after re-listening it's clearly "
        "the office chair creaking, not a voice.\n"
        "\n"
        "Final transcript: (empty)",
        ABSTAINED,
    ),
    (
        "At first I thought I heard someone say \"hello\" around 0:03, but on a second listen it's a door "
        "hinge creaking. Nobody speaks in this recording, so there's nothing to transcribe.",
        ABSTAINED,
    ),
    (
        "You asked me to \"transcribe this clip word for word\", but there aren't any words in it — it's "
        "twenty seconds of a kettle coming to the boil and clicking off.",
        ABSTAINED,
    ),
    (
        "Sorry, I can only transcribe spoken language, and this file seems to contain nothing but a smoke "
        "alarm beeping every few seconds.",
        ABSTAINED,
    ),
    ("Sorry, I didn't catch that.", ABSTAINED),
    ("इस ऑडियो में कोई बोलचाल नहीं है, केवल पृष्ठभूमि में संगीत बज रहा है।", ABSTAINED),
    ("A man hums a slow, low melody — no lyrics, no words, just the tune.", ABSTAINED),
    (
        "1\n"
        "00:00:00,000 --> 00:00:22,000\n"
        "♪ (instrumental) ♪\n",
        ABSTAINED,
    ),
    ("无语音内容。", ABSTAINED),
    ('{"segments": [{"start": 0.0, "end": 12.4, "text": "[Music]"}], "text": "[Music]"}', ABSTAINED),
    ("音频中没有人说话，只有汽车从旁边驶过的声音。", ABSTAINED),
    ('{"transcript": "", "contains_speech": false, "events": ["rain", "thunder", "car passing"]}', ABSTAINED),
    (
        "That sounds like a podcast intro jingle — just the music bed. The host hasn't started talking yet "
        "by the time the clip ends.",
        ABSTAINED,
    ),
    (
        "This sounds like a TV playing in another room, but it's far too muffled — I can't make out a "
        "single word of it.",
        ABSTAINED,
    ),
    ("no speach detected, jsut bg noise lol", ABSTAINED),
    ("There's no music in the background; the man just says he'll call you back later.", HALLUCINATED),
    ("No, no, no, not again!", HALLUCINATED),
    ("Transcription : « Bon, on y va ? »", HALLUCINATED),
    (
        "1\n"
        "00:00:00,000 --> 00:00:03,500\n"
        "See you in the next video.\n",
        HALLUCINATED,
    ),
    (
        "Редактор субтитров А.Синецкая\n"
        "Корректор А.Егорова",
        HALLUCINATED,
    ),
    (
        "Sure! Here's what I hear in the audio. The recording starts with birdsong and a light breeze "
        'rustling leaves. Around the middle, a woman softly says, "Look, there it is," and then the birds '
        "carry on until the clip ends. Let me know if you'd like a timestamped version!",
        HALLUCINATED,
    ),
    (
        "| Field | Value |\n"
        "|---|---|\n"
        "| Speech | Yes (brief) |\n"
        "| Language | English |\n"
        '| Content | "Pick up the phone." |\n'
        "| Background | vacuum cleaner |",
        HALLUCINATED,
    ),
    (
        "Note: the audio quality is very poor and there may not be any speech at all. Best-effort "
        "transcript: \"I'll be right back.\"",
        HALLUCINATED,
    ),
    (
        "The crowd noise builds steadily — cheering, clapping, a whistle — and then someone close to the "
        'microphone shouts "Goal!" before the roar takes over again.',
        HALLUCINATED,
    ),
    (" 감사합니다.", HALLUCINATED),
    (
        "[Instrumental intro]\n"
        "\n"
        "I've been walking down this road so long\n"
        "Waiting for the morning light to come along",
        HALLUCINATED,
    ),
    ("Sous-titrage ST' 501", HALLUCINATED),
    (
        "At first this sounds like plain traffic, but listening more closely there's a man near the start "
        "shouting a warning.\n"
        "\n"
        "Transcript: Watch out!",
        HALLUCINATED,
    ),
    (
        "- 0:00 – dog barking\n"
        '- 0:05 – man: "Max, come here!"\n'
        "- 0:08 – dog barking again\n"
        "- 0:12 – gate closes",
        HALLUCINATED,
    ),
    (
        "Let me think. The clip has strong wind noise and what could be a flag flapping. At first I'd say "
        "there's no speech... wait, at 0:09 there's a whisper under the wind: \"are you there?\"\n"
        "\n"
        "Final transcript: Are you there?",
        HALLUCINATED,
    ),
    ('The toddler clearly says, "I want the blue one," and then laughs.', HALLUCINATED),
    ('{"text": " Okay, thank you.", "language": "en"}', HALLUCINATED),
    ('You said: "call mom". Calling Mom on mobile…', HALLUCINATED),
    (
        "Sorry, the recording is really noisy. Here's my best attempt:\n"
        "\n"
        "Uh, yeah, I think we're good to go. Just, um, lock the door behind you.",
        HALLUCINATED,
    ),
    ("请不吝点赞 订阅 转发 打赏支持明镜与点点栏目", HALLUCINATED),
]
