"""DEV wrapped-transcript table 18 (issue 22, task h32), written before reading ``scoring/transcript.py`` past its
function names. Transcripts wrapped as models wrap them: JSON / YAML fields, speaker labels, timestamps, SRT / VTT
cues, translations beside the original, a "Transcript:" line followed by commentary on tone, numbered sections, quotes
inside prose, captions ("[music]", "(laughs)", "♪") inside a transcript, music lyrics (real words: a transcript), and
transcripts in other languages; plus replies holding no transcript (a refusal, "no speech" in another language, a
description of the sound). Each row is (reply, the words spoken), or (reply, None) when the reply holds no transcript;
a reply holding an original and a translation was spoken in the original's language. Scored by
``tests/_heldout_score.py _dev_transcripts_18``. A DEV table: its misses may be read and fixed for their cause. First
score: ``tests/heldout_scores/dev_18_first_score.txt``."""

from __future__ import annotations

TRANSCRIPTS: list[tuple[str, str | None]] = [
    # JSON and YAML fields
    ('{"transcription": "The boarding gate has changed to B twelve.", "language": "en", "duration": 3.2}',
     "The boarding gate has changed to B twelve."),
    ('```json\n{\n  "speaker": "female",\n  "text": "I left my keys on the kitchen counter.",\n  "emotion": "worried"\n}'
     "\n```", "I left my keys on the kitchen counter."),
    ('{"chunks": [{"timestamp": [0.0, 2.1], "text": " Could you"}, {"timestamp": [2.1, 3.9], "text": " repeat that?"}]}',
     "Could you repeat that?"),
    ("```yaml\ntranscript: We need three more chairs in the hall.\nspeakers: 1\nlanguage: English\n```",
     "We need three more chairs in the hall."),
    ("- speaker: Nurse\n  says: Please roll up your sleeve.\n- speaker: Patient\n  says: Is this going to hurt?",
     "Please roll up your sleeve. Is this going to hurt?"),
    # speaker labels and timestamps
    ("SPEAKER_00: Did the package arrive?\nSPEAKER_01: Not yet, maybe tomorrow.",
     "Did the package arrive? Not yet, maybe tomorrow."),
    ("[0.00s - 2.40s] The museum is closed on Mondays.", "The museum is closed on Mondays."),
    ("[00:00.00 --> 00:02.10]  I'll be there in ten.\n[00:02.10 --> 00:04.00]  Keep the engine running.",
     "I'll be there in ten. Keep the engine running."),
    ("**Host** (00:01): Welcome to the podcast.\n**Guest** (00:03): Thanks for having me.",
     "Welcome to the podcast. Thanks for having me."),
    ("Interviewer: What did you study?\nCandidate: Mechanical engineering, mostly robotics.",
     "What did you study? Mechanical engineering, mostly robotics."),
    ("- **Man:** Is the kettle on?\n- **Woman:** It just boiled.", "Is the kettle on? It just boiled."),
    # SRT and VTT
    ("1\n00:00:00,000 --> 00:00:01,900\nDon't touch that wire.\n\n2\n00:00:01,900 --> 00:00:03,000\nIt's live.",
     "Don't touch that wire. It's live."),
    ("WEBVTT\n\n00:00.000 --> 00:02.000\n- Where are you?\n- Stuck in traffic.",
     "Where are you? Stuck in traffic."),
    ("```srt\n1\n00:00:00,000 --> 00:00:02,500\nThe train to Leeds is delayed.\n```",
     "The train to Leeds is delayed."),
    ("WEBVTT\nKind: captions\nLanguage: en\n\n00:00:00.000 --> 00:00:02.800\nPlease switch off your phones.",
     "Please switch off your phones."),
    # translations beside the original
    ("Transcription (German): Wo ist der Bahnhof?\nTranslation (English): Where is the train station?",
     "Wo ist der Bahnhof?"),
    ('The speaker says in Italian, "Vorrei un caff\u00e8, per favore," which means "I would like a coffee, please."',
     "Vorrei un caff\u00e8, per favore."),
    ("\u539f\u6587\uff1a\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002\n\u8bd1\u6587\uff1aThe weather is nice today.",
     "\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002"),
    ("**Spanish:** Necesito ayuda con mi maleta.\n**English:** I need help with my suitcase.",
     "Necesito ayuda con mi maleta."),
    ("Je suis en retard, d\u00e9sol\u00e9. (Translation: I'm late, sorry.)", "Je suis en retard, d\u00e9sol\u00e9."),
    # transcripts in other languages
    ("Transkript: Ich komme morgen um acht Uhr.", "Ich komme morgen um acht Uhr."),
    ("Transcripci\u00f3n: \u00bfA qu\u00e9 hora abre la farmacia?", "\u00bfA qu\u00e9 hora abre la farmacia?"),
    ("\u8f6c\u5199\u7ed3\u679c\uff1a\u8bf7\u5728\u4e0b\u4e00\u7ad9\u4e0b\u8f66\u3002",
     "\u8bf7\u5728\u4e0b\u4e00\u7ad9\u4e0b\u8f66\u3002"),
    # "Transcript:" then commentary on tone
    ("Transcript: I told you not to wait up for me.\n\nThe tone is apologetic but a little defensive.",
     "I told you not to wait up for me."),
    ("Transcript: \"We're out of milk again.\"\nTone: exasperated. Pace: fast.", "We're out of milk again."),
    ("Transcription: Happy birthday, Grandpa!\nThe speaker sounds excited, and there is laughter in the background.",
     "Happy birthday, Grandpa!"),
    ("Here's what I heard: \"turn off the oven before you leave.\" The speaker sounds rushed and slightly stressed, "
     "possibly talking on a phone.", "turn off the oven before you leave."),
    # numbered sections and markdown
    ("1. **Transcription:** The meeting moved to Thursday.\n2. **Speaker:** adult female\n3. **Emotion:** neutral",
     "The meeting moved to Thursday."),
    ("**Transcript**\n\n> Can I pay by card?\n\n**Notes**\n- Background: caf\u00e9 noise\n- Accent: Irish",
     "Can I pay by card?"),
    ("### 1) Speech\nThe lift is on the left.\n### 2) Background sounds\nFootsteps, a door closing.",
     "The lift is on the left."),
    ("Sure! Here's the transcription:\n\n1. Grab your coat.\n2. We're leaving in five minutes.",
     "Grab your coat. We're leaving in five minutes."),
    # quotes inside prose
    ('In the clip, a child asks, "Can we get ice cream?" and an adult laughs.', "Can we get ice cream?"),
    ("The recording features an older man who says 'I've lived here for forty years' in a calm voice.",
     "I've lived here for forty years"),
    ('It sounds like someone on a train announcing: \u201cThe next stop is Central Station.\u201d',
     "The next stop is Central Station."),
    ('The woman says \u201cI\u2019ll call you back\u201d before the line goes quiet.', "I\u2019ll call you back"),
    # captions inside a transcript
    ("[music] Good evening and welcome to the news. [music fades]", "Good evening and welcome to the news."),
    ("(laughs) No way, that's hilarious.", "No way, that's hilarious."),
    ("Okay, ready? [door slams] Let's go.", "Okay, ready? Let's go."),
    ("[background chatter] Table for four, please.", "Table for four, please."),
    # lyrics: real words, a transcript
    ("\u266a Here comes the sun, and I say it's all right \u266a", "Here comes the sun, and I say it's all right"),
    ("Lyrics:\nTwinkle, twinkle, little star,\nHow I wonder what you are.",
     "Twinkle, twinkle, little star, How I wonder what you are."),
    ('The singer sings: "Row, row, row your boat, gently down the stream."',
     "Row, row, row your boat, gently down the stream."),
    ("[Verse 1]\nI walked along the river\nWhere the willows used to grow",
     "I walked along the river Where the willows used to grow"),
    # special tokens and plain
    ("<|en|><|transcribe|><|notimestamps|> Mind the gap between the train and the platform.<|endoftext|>",
     "Mind the gap between the train and the platform."),
    ("please hold while I transfer your call", "please hold while I transfer your call"),
    ("The audio contains a man saying hello and asking for directions to the beach: \"Hi, which way to the beach?\"",
     "Hi, which way to the beach?"),
    # look-alikes: spoken words that resemble wrapper lines
    ("Translation services are on the second floor.", "Translation services are on the second floor."),
    ("Speaker volume is too low, can you turn it up?", "Speaker volume is too low, can you turn it up?"),
    ("Summary of the meeting is due by noon.", "Summary of the meeting is due by noon."),
    # no transcript in the reply
    ("Sorry, I can't provide a transcription \u2014 the audio is too distorted for me to make out any words.", None),
    ("No hay habla en este audio.", None),
    ("Kein gesprochener Text \u2013 nur Vogelgezwitscher.", None),
    ("\u6ca1\u6709\u8bed\u97f3\u5185\u5bb9\u3002", None),
    ("The audio contains only a washing machine spinning; there is nothing to transcribe.", None),
    ('{"transcript": "", "reason": "no speech detected"}', None),
    ("I'm not able to transcribe copyrighted song lyrics, but I can describe the music: an upbeat pop track with "
     "female vocals.", None),
]
