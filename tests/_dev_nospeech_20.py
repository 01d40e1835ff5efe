"""No-speech table 20, the DEV half (65 rows).

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

DEV: its misses may be read and the reader fixed in general ways (never for one row). Its twin,
``tests/_heldout_verdicts_17.py`` (65 rows), is held out.
"""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    # hard: names the song the instrumental resembles
    ("This sounds like an instrumental cover of 'Bohemian Rhapsody' — piano and strings only, no vocals.", ABSTAINED),
    # header then a parenthetical description
    (
        "Transcription:\n\n"
        "(The audio contains a dog barking repeatedly and a car door closing. No human speech is present.)",
        ABSTAINED,
    ),
    # Chinese invented announcement
    ("请大家注意安全，谢谢。", HALLUCINATED),
    # sound tags around a phantom closing
    ("[Music] Thank you for watching. [Music]", HALLUCINATED),
    # laughter the only human sound
    ("The laughter at 0:05 is the only human sound in the clip; there are no words to transcribe.", ABSTAINED),
    # hard: says no intelligible speech, then gives words
    (
        'The audio contains no intelligible speech apart from the words "okay, thank you" at the very end.',
        HALLUCINATED,
    ),
    # sports crowd, no intelligible words
    (
        "This is crowd noise from what sounds like a stadium — cheering, whistles and an air horn. No individual "
        "words can be made out.",
        ABSTAINED,
    ),
    # Korean phantom news sign-off
    ("MBC 뉴스 이덕영입니다.", HALLUCINATED),
    # Russian phantom 'to be continued'
    ("Продолжение следует...", HALLUCINATED),
    # dashes only, as a subtitle line with no text
    (" - -", EMPTY),
    # German phantom subtitle credit
    ("Untertitel im Auftrag des ZDF, 2021", HALLUCINATED),
    # Spanish header with an invented quote
    ("Transcripción: «Bueno, vamos a empezar la reunión.»", HALLUCINATED),
    # hard: quotes the user's instruction, not the audio
    (
        "You asked me to \"transcribe the following audio\", but there isn't any speech in it — only a fan humming.",
        ABSTAINED,
    ),
    # Qwen2-Audio: 'the speech says'
    ("The speech says: 'Turn left at the next intersection.'", HALLUCINATED),
    # terse answer
    ("Nothing to transcribe.", ABSTAINED),
    # narration then subtitle credit
    (
        "[music playing]\n"
        "Subtitles by Rev.com",
        HALLUCINATED,
    ),
    # hedged, yet gives words
    ('There is no clear speech, but I think I hear someone say "come here, boy" near the end.', HALLUCINATED),
    # hard: 'the speaker says nothing'
    ("The speaker says nothing; the clip is silent apart from a faint hiss.", ABSTAINED),
    # faster-whisper JSON segments with phantom text
    (
        '[{"start": 0.0, "end": 4.2, "text": " Thank you."}, {"start": 4.2, "end": 9.8, "text": " Thank you."}]',
        HALLUCINATED,
    ),
    # cascade LLM reading an empty ASR result
    ("The ASR system returned an empty transcript for this audio, which suggests it contains no speech.", ABSTAINED),
    # WebVTT with a phantom credit
    (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:04.000\n"
        "Subtitles created by the community\n",
        HALLUCINATED,
    ),
    # Whisper caption, dramatic score
    ("(dramatic music)", ABSTAINED),
    # a unicode ellipsis
    ("…", EMPTY),
    # German: no spoken text, only a dog
    ("Kein gesprochener Text erkennbar – nur Hundebellen.", ABSTAINED),
    # Gemini: markdown transcript with a timestamp and a caveat
    (
        "**Transcript**\n\n"
        "> [00:02] Alright, so today we're going to talk about the weather.\n\n"
        "*Note: heavy background music makes parts of this unclear.*",
        HALLUCINATED,
    ),
    # SALMONN: description then words attributed to a man
    ('A man speaks over the sound of waves: "The tide is coming in, we need to move the boat."', HALLUCINATED),
    # invented lyrics in music notes
    ("♪ I've been waiting for you all night long ♪", HALLUCINATED),
    # placeholder word
    ("None.", ABSTAINED),
    # faster-whisper segments whose only text is a sound tag
    ('[{"start": 0.0, "end": 29.98, "text": " [Music]"}]', ABSTAINED),
    # birdsong described
    ("I can hear birds chirping and a gentle breeze, but no one speaks in this clip.", ABSTAINED),
    # chatty assistant naming a vacuum cleaner
    (
        "Hmm, I'm not hearing any words in that recording — just what sounds like a vacuum cleaner running. Want to "
        "try another clip?",
        ABSTAINED,
    ),
    # header with an invented quote
    ('Transcript: "Welcome back to the channel, everyone."', HALLUCINATED),
    # Chinese: no one speaking, only music
    ("这段音频中没有人说话，只有音乐声。", ABSTAINED),
    # markdown bullets of timestamped lines
    (
        '- **0:00–0:03**: "Okay, can everyone hear me?"\n'
        "- **0:03–0:07**: *(music)*\n"
        "- **0:07–0:10**: \"Great, let's begin.\"",
        HALLUCINATED,
    ),
    # Whisper phantom closing
    ("Thank you for watching.", HALLUCINATED),
    # asterisk action caption
    ("*crickets chirping*", ABSTAINED),
    # GPT-4o: transcript then a caveat
    (
        "Here's the transcription:\n\n"
        "\"Hey, it's me. Call me back when you get this.\"\n\n"
        "There's a lot of background noise, so some words may be inaccurate.",
        HALLUCINATED,
    ),
    # Qwen2-Audio: one-line caption
    ("The audio is of a dog barking.", ABSTAINED),
    # hard: JSON whose only field is an empty transcript
    ('{"text": ""}', EMPTY),
    # WhisperX speaker segment
    ("SPEAKER_00: Mm-hmm, right.", HALLUCINATED),
    # SRT cue holding a caption
    (
        "1\n"
        "00:00:00,000 --> 00:00:30,000\n"
        "[MUSIC PLAYING]\n",
        ABSTAINED,
    ),
    # description then nothing to transcribe
    (
        "The audio consists of steady rainfall with occasional thunder; no one is speaking, so there is nothing to "
        "transcribe.",
        ABSTAINED,
    ),
    # special token as the whole output
    ("<|nospeech|>", ABSTAINED),
    # repeated pronoun
    ("I I I I I I I I I I I I", HALLUCINATED),
    # apology naming the sounds
    (
        "I'm sorry, but I can't transcribe this audio because it doesn't contain any spoken words. It sounds like "
        "traffic noise — cars passing and a horn honking in the distance.",
        ABSTAINED,
    ),
    # header with an empty quoted transcript
    ('Transcript: ""', ABSTAINED),
    # music described, then lyrics quoted
    (
        "This is an upbeat pop song. The lyrics go: \"Dancing in the moonlight, everybody's feeling warm and "
        'bright."',
        HALLUCINATED,
    ),
    # a single full stop
    (".", EMPTY),
    # markdown table row with a placeholder
    (
        "| Time | Speaker | Text |\n"
        "|---|---|---|\n"
        "| 00:00–00:30 | — | *(music only, no speech)* |",
        ABSTAINED,
    ),
    # cascade LLM restating an invented user utterance
    ("The user said: \"What's the weather like tomorrow?\"", HALLUCINATED),
    # Qwen2.5-Omni: conversational description of rock music
    (
        "Well, it's just some rock music playing. There's a guitar riff and drums going, but I don't hear anyone "
        "singing or talking.",
        ABSTAINED,
    ),
    # sound description then a quoted invented line
    (
        'The recording features heavy rain and distant thunder. At one point a voice seems to say, "We should head '
        'inside before it gets worse."',
        HALLUCINATED,
    ),
    # caption of rain
    ("(rain pattering on a window)", ABSTAINED),
    # SALMONN: music caption
    ("The audio features a piano melody accompanied by soft strings. There are no vocals.", ABSTAINED),
    # Whisper repetition loop
    (
        "I'm going to go ahead and do that. I'm going to go ahead and do that. I'm going to go ahead and do that.",
        HALLUCINATED,
    ),
    # Qwen2.5-Omni: chatty, quotes a child
    (
        "Oh, there's a dog barking and a kid in the background — sounds like they're yelling \"Stop it, Max!\" at "
        "one point.",
        HALLUCINATED,
    ),
    # German invented voicemail
    ("Hallo, hier ist die Mailbox von Thomas. Bitte hinterlassen Sie eine Nachricht.", HALLUCINATED),
    # numbered analysis ending in no transcript
    (
        "1. Speech activity: none detected\n"
        "2. Dominant sound: white noise (fan or air conditioner)\n"
        "3. Transcript: not applicable",
        ABSTAINED,
    ),
    # hedged: faint speech, no words made out
    (
        "There might be faint speech very far in the background, but I cannot make out any words.\n\n"
        "Transcription: (unintelligible)",
        ABSTAINED,
    ),
    # music notes with nothing between them
    ("♪ ♪", ABSTAINED),
    # chatty LLM with an invented call opening
    (
        "Sure! Here's the transcript of the audio:\n\n"
        "\"Good morning everyone, and thank you for joining today's call. Let's start with the quarterly numbers.\"",
        HALLUCINATED,
    ),
    # muffled TV, no word made out
    (
        "A TV seems to be on in another room; you can tell there's a voice, but it's far too muffled to make out a "
        "single word.",
        ABSTAINED,
    ),
    # phantom closing with a call to subscribe
    ("Thanks for watching! Please subscribe to my channel.", HALLUCINATED),
    # meta talk about the task
    (
        "The task asks for a transcription, but the clip is a ten-second recording of rain on a window. Since "
        "transcription only applies to spoken language, I'll leave the transcript empty.",
        ABSTAINED,
    ),
    # hard: quoted onomatopoeia of a doorbell
    (
        'There is no dialogue. The only recognisable sound is a doorbell (a two-tone "ding-dong") followed by a dog '
        "barking.",
        ABSTAINED,
    ),
]
