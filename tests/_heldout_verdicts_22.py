"""No-speech table, HELD-OUT 22 (50 rows: 5 EMPTY, 25 ABSTAINED, 20 HALLUCINATED).

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass.

What a model wrote when played a clip with NO speech in it (music, rain, a dog, silence, traffic, machinery,
a crowd's wordless noise, wind, birdsong, noise, a baby babbling, humming) and asked to transcribe it.

Written blind for issue 22, without reading the reader or any earlier table, together with the dev table
tests/_dev_nospeech_23.py (no-speech table pair 23). One pool of 100 rows was written, then split with
random.Random(2322): within each label the rows were shuffled and alternate rows went to the dev table
(even index) and to this file (odd index).

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
    # small LLM behind ASR cascade echoing an empty hypothesis, just dots
    ('...', EMPTY),
    # OpenAI verbose_json with empty text and no segments
    ('{"text": "", "segments": [], "language": "en", "duration": 12.48}', EMPTY),
    # SRT export with a single cue and no text
    ('1\n00:00:00,000 --> 00:00:09,600\n\n', EMPTY),
    # product assistant returning only a dash
    ('-', EMPTY),
    # faster-whisper joined segments: whitespace only
    ('   ', EMPTY),
    # WhisperX diarised line with placeholder only
    ('SPEAKER_00: [no speech detected]', ABSTAINED),
    # Gemini markdown report, factory machinery
    (
        '**Transcription**\n\nThere is no spoken dialogue in this audio.\n\n**Audio '
        'description**\n- Continuous industrial machinery noise (possibly a compressor)\n- '
        'Metallic clanks at roughly 0:04 and 0:09\n- No voices detected',
        ABSTAINED,
    ),
    # WhisperX speaker label with a music tag
    ('SPEAKER_00: [music]', ABSTAINED),
    # form-filling assistant placeholder
    ('N/A', ABSTAINED),
    # whisper.cpp blank-audio token
    ('[BLANK_AUDIO]', ABSTAINED),
    # GPT-4o-audio, baby babble quoted as non-words
    (
        'It sounds like a recording of a baby babbling — "ba-ba-ba", "gah" kinds of sounds — '
        "but there aren't any real words I can transcribe.",
        ABSTAINED,
    ),
    # SRT cue holding only a sound tag
    ('1\n00:00:00,000 --> 00:00:12,400\n[MUSIC PLAYING]\n', ABSTAINED),
    # faster-whisper with timestamps and silence tag
    ('[0.00s -> 5.12s] (silence)\n[5.12s -> 10.00s] (silence)', ABSTAINED),
    # Whisper bracket tag on instrumental music
    ('[Music]', ABSTAINED),
    # GPT-4o-audio apology, birdsong
    (
        "I'm sorry, but there doesn't seem to be any speech in this clip to transcribe — it's "
        'just what sounds like birds chirping, maybe a blackbird and a few sparrows.',
        ABSTAINED,
    ),
    # humming tag with asterisks
    ('*hums a slow melody*', ABSTAINED),
    # SALMONN lowercase caption, baby
    ('a baby is babbling and cooing while an adult laughs softly in the background', ABSTAINED),
    # markdown bold label with italic placeholder
    ('**Transcription:** _(none — the clip contains only machinery noise)_', ABSTAINED),
    # SALMONN caption, stadium cheering
    ('the sound of a crowd cheering and clapping in a stadium', ABSTAINED),
    # pre-empts the common hallucination
    (
        'Nothing to transcribe. (Speech models sometimes output "Subtitles by the Amara.org '
        'community" on clips like this; that phrase does not appear in the audio.)',
        ABSTAINED,
    ),
    # Korean no-speech placeholder
    ('(음성 없음)', ABSTAINED),
    # terse cascade LLM placeholder
    ('None.', ABSTAINED),
    # Russian assistant, wind
    ('В записи нет речи — слышен только шум ветра.', ABSTAINED),
    # JSON null transcript with has_speech false
    (
        '{"transcript": null, "has_speech": false, "note": "instrumental music only (acoustic '
        'guitar)"}',
        ABSTAINED,
    ),
    # reasoning then answer, rain and thunder
    (
        'Let me listen carefully. The clip is about 10 seconds of steady rain with one roll of '
        "thunder around the 6-second mark. I don't hear any voices.\n\nTranscription: (empty — "
        'no speech present)',
        ABSTAINED,
    ),
    # Gemini, traffic, with offer to retry
    (
        "I couldn't detect any spoken words in this recording. It sounds like street traffic — "
        'cars passing, tyres on wet asphalt and a horn somewhere in the distance. If you meant '
        'to upload a different file, feel free to try again!',
        ABSTAINED,
    ),
    # Step-Audio one-liner, crowd without words
    (
        "Only wordless crowd noise — general chatter you can't make out, a few laughs. No "
        'transcribable speech.',
        ABSTAINED,
    ),
    # declines: piano, no vocals
    ("I can't transcribe this one — it's purely instrumental piano music with no vocals.", ABSTAINED),
    # quotes the user's instruction back, white noise
    (
        'You asked me to "transcribe the following audio", but there\'s no spoken content in '
        "it — it's steady static / white noise for the whole clip.",
        ABSTAINED,
    ),
    # Whisper German music tag
    ('[Musik]', ABSTAINED),
    # Whisper large-v3 phantom sign-off
    (" I'll see you in the next video. Bye!", HALLUCINATED),
    # whisper.cpp timestamped phantom
    ('[00:00:00.000 --> 00:00:29.980]   Thank you very much.', HALLUCINATED),
    # cascade LLM relaying a phantom
    (
        'Transcription: "Thank you."\n\nThe speaker briefly thanks someone, then the recording '
        'ends.',
        HALLUCINATED,
    ),
    # Whisper classic phantom, leading space
    (' Thank you.', HALLUCINATED),
    # Whisper outro with subscribe plea
    (' Thank you for watching. Please subscribe to my channel and hit the bell icon.', HALLUCINATED),
    # music tags sandwiching a phantom outro
    ('[Music] Thank you for watching! [Music] [Music]', HALLUCINATED),
    # invented lyrics over a music clip
    (" ♪ I've been waiting for you all night long ♪\n ♪ Don't let me go, don't let me go ♪", HALLUCINATED),
    # Qwen2-Audio invented quoted speech
    ('The speaker says: "Hello, how are you doing today?"', HALLUCINATED),
    # WhisperX speaker label with phantom thanks
    ('SPEAKER_00: Thanks, everyone.', HALLUCINATED),
    # notes then Amara credit
    ('♪ ♪ ♪\nSubtitles by the Amara.org community', HALLUCINATED),
    # Whisper Chinese channel-plug hallucination
    ('请不吝点赞 订阅 转发 打赏支持明镜与点点栏目', HALLUCINATED),
    # faster-whisper segments with dash dialogue
    ("[0.00s -> 3.40s]  - Are you okay?\n[3.40s -> 6.00s]  - Yeah, I'm fine.", HALLUCINATED),
    # crowd tag then invented chant
    ("[crowd noise] Let's go! Let's go! Let's go!", HALLUCINATED),
    # Voxtral faint-speech claim with quote
    (
        'The audio contains faint speech: "...okay, turn left here..." followed by traffic '
        'noise.',
        HALLUCINATED,
    ),
    # SRT with phantom outro cues
    (
        '1\n00:00:00,000 --> 00:00:02,000\nThank you for watching!\n\n2\n00:00:02,000 --> '
        '00:00:04,000\nSee you next time.\n',
        HALLUCINATED,
    ),
    # music tag plus hedged heard words
    (
        '[Music playing]\n\nNote: I may be mistaken, but I think I hear the words "come home" '
        'near the end.',
        HALLUCINATED,
    ),
    # Whisper Spanish outro
    (' ¡Gracias por ver el video!', HALLUCINATED),
    # Whisper transcription-service credit
    (' Transcription by CastingWords', HALLUCINATED),
    # whisper tiny single phantom word
    (' you', HALLUCINATED),
    # description, then a quoted line as said
    (
        'The clip is mostly rain on a window, but at around 0:07 someone seems to say "I\'ll '
        'be right back."',
        HALLUCINATED,
    ),
]
