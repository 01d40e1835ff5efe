"""No-speech table pair 22 (dev) / held-out 20: the dev half.

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
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # WhisperX JSON: one segment with empty text
    ('[{"start": 0.0, "end": 29.98, "text": "", "speaker": "SPEAKER_00"}]', EMPTY),
    # Whisper: tabs and spaces
    ("   \t  ", EMPTY),
    # SRT: one cue with timing but no text
    (
        "1\n00:00:00,000 --> 00:00:05,000\n\n",
        EMPTY,
    ),
    # Whisper (zh): a lone full stop
    ("。", EMPTY),
    # small LLM cascade: blank lines only
    ("\n\n", EMPTY),
    # GPT-4o-audio: a lone dash
    ("-", EMPTY),
    # WebVTT: header and a cue with no text
    (
        "WEBVTT\n\n00:00.000 --> 00:04.000\n",
        EMPTY,
    ),
    # Whisper (pt): background music caption
    ("[Música de fundo]", ABSTAINED),
    # Whisper: single music note
    ("♪", ABSTAINED),
    # Gemini: jazz, no vocals
    (
        "This is an instrumental jazz track (saxophone, upright bass, brushed drums). There "
        "are no vocals or lyrics to transcribe.",
        ABSTAINED,
    ),
    # Qwen2-Audio: humming
    ("Someone is humming a melody, but there are no lyrics or words.", ABSTAINED),
    # Whisper (zh): wind caption
    ("（风声）", ABSTAINED),
    # product assistant API field: N/A
    ("N/A", ABSTAINED),
    # GPT-4o-audio: machinery hum, offers retry
    (
        "I'm not able to hear any spoken words in this recording — it sounds like machinery "
        "humming, maybe an air conditioner or a generator running steadily. If you meant to "
        "upload a different file, feel free to send it again!",
        ABSTAINED,
    ),
    # small LLM cascade: bare None
    ("None.", ABSTAINED),
    # Gemini: markdown transcription header with italic note
    (
        "**Transcription:**\n\n*(No speech detected. The audio consists of city traffic noise: "
        "car engines, a horn honking twice, and tires on wet pavement.)*",
        ABSTAINED,
    ),
    # Whisper (de): music tag
    ("[Musik]", ABSTAINED),
    # Whisper (ja): music tag
    ("[音楽]", ABSTAINED),
    # small LLM behind ASR: empty transcript
    (
        "The transcription appears to be empty, so there is nothing to transcribe. Please "
        "provide an audio file that contains speech.",
        ABSTAINED,
    ),
    # Voxtral: terse
    ("No speech detected.", ABSTAINED),
    # GPT-4o-audio: mentions the usual phantom line and says it is absent
    (
        'Speech recognizers often print "Thanks for watching!" on clips like this, but nothing '
        "is actually said here — it's just an espresso machine hissing and cups clinking.",
        ABSTAINED,
    ),
    # Whisper: parenthesised rain caption
    ("(rain falling)", ABSTAINED),
    # Voxtral: repeats the instruction it got
    (
        'Your request says "Please transcribe the following audio." The audio itself, however, '
        "is twenty seconds of silence with a faint hiss.",
        ABSTAINED,
    ),
    # whisper.cpp: blank audio token
    ("[BLANK_AUDIO]", ABSTAINED),
    # Whisper: raw no-speech token leaked
    ("<|nospeech|>", ABSTAINED),
    # Qwen2.5-Omni: chatty no-speech answer
    (
        "There's no one talking in this clip — it's just a dog barking a few times, and it "
        "sounds like it's outside in a backyard. So there's nothing for me to transcribe here.",
        ABSTAINED,
    ),
    # Whisper (ru): rain-noise caption
    ("[Шум дождя]", ABSTAINED),
    # WhisperX: speaker label with placeholder
    ("SPEAKER_00: [music]", ABSTAINED),
    # Gemini: markdown table of sounds
    (
        "| Time | Content |\n|---|---|\n| 0:00–0:15 | Traffic noise |\n"
        "| 0:15–0:30 | Car horn, engine idling |\n"
        "\nNo speech present.",
        ABSTAINED,
    ),
    # Qwen2.5-Omni: rooster onomatopoeia
    (
        'The clip is a rooster crowing — sort of a "cock-a-doodle-doo" — with some hens '
        "clucking around it. No human speech.",
        ABSTAINED,
    ),
    # Qwen2.5-Omni: doorbell onomatopoeia
    ('The only sound is a doorbell going "ding-dong" twice, followed by silence. Nobody speaks.', ABSTAINED),
    # small LLM: says the tag below is a placeholder
    (
        'Note: the word "silence" below is a placeholder, not speech.\n'
        "\n[silence]",
        ABSTAINED,
    ),
    # Whisper: music tag
    ("[Music]", ABSTAINED),
    # WhisperX: second speaker label with inaudible placeholder
    ("SPEAKER_01: [inaudible]", ABSTAINED),
    # Qwen2.5-Omni (fr): only music
    ("Il n'y a aucune parole dans cet enregistrement, seulement de la musique.", ABSTAINED),
    # product assistant: didn't catch that
    ("Sorry, I didn't catch that.", ABSTAINED),
    # Gemini: distant muffled voices, no words
    (
        "There are muffled voices somewhere far in the background, too faint to make out a "
        "single word. Transcript: none.",
        ABSTAINED,
    ),
    # Qwen2.5-Omni: plain decline
    ("I can't transcribe this because there's no speech in it.", ABSTAINED),
    # Qwen2.5-Omni: baby babbling
    ("A baby babbles and coos — I can't make out any actual words.", ABSTAINED),
    # WhisperX: speaker line with content
    ("SPEAKER_00: Alright, let's get started.", HALLUCINATED),
    # Whisper (es): phantom closing
    ("¡Gracias por ver el video!", HALLUCINATED),
    # SRT: music cue then a thank-you cue
    (
        "1\n00:00:00,000 --> 00:00:24,000\n[Music]\n"
        "\n2\n00:00:24,000 --> 00:00:26,500\nThank you.\n",
        HALLUCINATED,
    ),
    # Whisper: invented lyrics with notes
    (
        "♪ I've been waiting for you all night long ♪\n"
        "♪ Baby, don't let go ♪",
        HALLUCINATED,
    ),
    # Whisper: the classic lone word
    (" you", HALLUCINATED),
    # Whisper: tag followed by phantom closing
    (
        "[Music]\n\nThanks for watching!",
        HALLUCINATED,
    ),
    # Whisper (ja): invented cooking intro
    ("皆さんこんにちは、今日は新しいレシピを紹介します。", HALLUCINATED),
    # GPT-4o-audio: hedged lyrics
    (
        "There's a lot of music and it's hard to hear, but the lyrics seem to be: \"Dancing in "
        "the moonlight, everybody's feeling warm and bright.\"",
        HALLUCINATED,
    ),
    # SALMONN: lowercase speech claim with quoted words
    ("a woman says thank you for calling please hold and then music plays", HALLUCINATED),
    # Gemini: timestamped log with a man's line
    (
        "[00:00] (rain)\n[00:04] Man: Looks like it's not stopping anytime soon.\n"
        "[00:09] (thunder)",
        HALLUCINATED,
    ),
    # Whisper: long invented recipe monologue
    (
        " So the first thing you want to do is preheat your oven to 350 degrees. While that's "
        "heating up, grab a large bowl and whisk together the flour, the baking soda and a "
        "pinch of salt. Then in a separate bowl, cream the butter and the sugar until it's "
        "nice and fluffy.",
        HALLUCINATED,
    ),
    # Gemini: traffic description, then a shouted line
    (
        'The clip is mostly traffic noise. A car horn honks, and a pedestrian shouts "Watch '
        'it!" at around 0:07.',
        HALLUCINATED,
    ),
    # Whisper (de): broadcaster subtitle credit
    ("Untertitel im Auftrag des ZDF, 2017", HALLUCINATED),
    # Whisper (pt): Amara credit
    ("Legendas pela comunidade Amara.org", HALLUCINATED),
    # Qwen2-Audio: original content phrasing
    ("The original content of this audio is: 'The meeting has been moved to Thursday.'", HALLUCINATED),
    # GPT-4o-audio: markdown bullets with a quoted mic check
    (
        '**Transcript**\n- 0:00 – "Testing, testing, one two three."\n'
        "- 0:05 – (feedback squeal)",
        HALLUCINATED,
    ),
    # product assistant: heard a command and acts
    ('I heard: "play some jazz". Playing jazz on Spotify.', HALLUCINATED),
    # Whisper (fr): phantom closing
    ("Merci d'avoir regardé cette vidéo !", HALLUCINATED),
    # Voxtral: plausible filler sentence
    ("Okay, so let me just check the settings here.", HALLUCINATED),
    # Whisper (ko): subscribe-and-like phantom
    ("구독과 좋아요 부탁드립니다.", HALLUCINATED),
    # Whisper (zh): invented programme greeting
    ("大家好，欢迎收看本期节目。", HALLUCINATED),
    # Voxtral: disclaimer first, then an invented line
    (
        "Note: The audio is very noisy and may contain errors.\n"
        "\nTranscription: We need to get out of here before the storm hits.",
        HALLUCINATED,
    ),
    # Qwen2.5-Omni: noise, then one word
    ('Mostly background noise. I can make out one word near the end: "hello?"', HALLUCINATED),
    # Whisper (fr): Amara credit
    ("Sous-titres réalisés par la communauté d'Amara.org", HALLUCINATED),
    # Whisper: repetition loop
    (
        " I'm going to go ahead and do it. I'm going to go ahead and do it. I'm going to go "
        "ahead and do it. I'm going to go ahead and do it. I'm going to go ahead and do it.",
        HALLUCINATED,
    ),
    # Gemini: two-speaker markdown transcript
    (
        "**Transcription:**\n\nSpeaker 1: Hey, are you coming tonight?\n"
        "Speaker 2: Yeah, I'll be there around eight.",
        HALLUCINATED,
    ),
]
