"""Transcript table dev 25: wrapped transcripts.

Transcript table pair 25 (dev) / held-out 21, written blind for issue 22 (round 4) without reading the
extractor or any earlier table (its twin is tests/_heldout_transcripts_21.py). One pool of 90 audio-LLM replies to
"transcribe this clip" (80 with a transcript, 10 without) was split by random.Random(2521): within each label
(transcript rows first, then None rows) the rows were shuffled and dealt alternately, even index to dev, odd to
held-out, so the None rows split evenly. This dev half: 45 rows, 5 of them None.

Each row is (reply, reference): the scorer must pull the spoken words out of whatever the model wrote around them.

Conventions for the reference: it is exactly the words spoken as the reply renders them (its spelling, typos,
punctuation and number forms kept), or None when the reply holds no transcript. Markers of words not made out
("[inaudible]") and of sounds ("[Music]", "[crosstalk]", "♪", a bracketed sound after the quote) are not words and are
dropped; filler words the reply renders ("um", "uh", "äh") and repeated words were spoken and are kept; speaker labels,
timestamps, cue numbers, CSV/XML/JSON field names, tags, song-section labels, tone notes and quote marks around the
transcript are not spoken, and a dialogue's turns (or a song's lines) are joined in order with one space; beside a
translation (or a romanisation), in either order, the reference is the original-language transcript as the reply
writes it; beside a cleaned-up version the verbatim one is the transcript; a mis-hearing noted in brackets is not
spoken; where the reply weighs candidate readings (an n-best list, a think block, a re-listen) its final reading is
the transcript and the candidates it rejects are not; numbers are written as the reply writes them, even where the
reply's own action or note writes them otherwise; when the words spoken are a question or an instruction to the
assistant, the transcript is still those words, even where the reply answers or acts on them first. None: a refusal,
"no speech", a description of sound or music, a summary or paraphrase that quotes no words (in any language), an
answer to the spoken question in place of a transcript, a reply that quotes only the user's own request, or a reply
with only markers or empty fields.

This round is meant to be harder than the earlier ones: the transcript often sits at the end of a long reply or
after an answer, a draft or an action report; beside notes or entity lists that quote parts of it, a partial quote
ahead of the full text, rejected near-miss readings (negated: "does not say ..."), word-confidence tables, n-best
lists, field/value tables, summaries and translations placed before the original.

Styles imitated: Qwen2-Audio-7B-Instruct, Qwen2.5-Omni, thinking models (<think> blocks, re-listening that changes
its mind), Voxtral, GPT-4o-audio / gpt-4o-transcribe (API JSON, verbose_json), Gemini 2.5 (markdown, bold speaker
labels, timestamp tables, key points), SALMONN, Kimi-Audio (pinyin and translation), Step-Audio (tone notes),
Audio Flamingo (caption then speech), SenseVoice-style tags, product voice assistants (acting, then echoing what
was heard), SRT/VTT, XML, CSV and JSON-array output, meeting-notes bots, visual voicemail, call-centre analytics
JSON, dictation apps, and small instruction-tuned LLMs cleaning up an ASR transcript. Utterances: requests,
questions and instructions to the assistant, phone and emergency calls, lectures, announcements, a radio ident,
a child, songs, spelled references, PINs, codes, passwords, phone numbers, addresses, money, medical dictation;
mostly English, some German, Spanish, French, Italian, Portuguese, Dutch, Russian, Arabic, Hindi, Chinese, Japanese
and Korean, and code-switched speech.
"""

from __future__ import annotations

SEED = 2521

TRANSCRIPTS: list[tuple[str, str | None]] = [
    (
        "你说的是：“今天北京会下雨吗？”\n\n根据目前的天气预报，北京今天多云，降水概率大约20%，出门可以不带伞。",
        "今天北京会下雨吗？",
    ),
    (
        'Transcript (Hinglish): "Yaar, the meeting got postponed, toh kal free hai kya?"',
        "Yaar, the meeting got postponed, toh kal free hai kya?",
    ),
    (
        '- Idioma: português (Brasil)\n- Transcrição: "Oi, amor, vou chegar um pouco atrasado, o trânsito tá parado '
        'na marginal."\n- Tom: tranquilo',
        "Oi, amor, vou chegar um pouco atrasado, o trânsito tá parado na marginal.",
    ),
    (
        '<transcript lang="en">\n  <segment start="0.0" end="2.9">Remember to bring your passport and two '
        'photos.</segment>\n  <segment start="2.9" end="4.4">The office opens at nine.</segment>\n</transcript>',
        "Remember to bring your passport and two photos. The office opens at nine.",
    ),
    (
        "The audio is a woman speaking in a calm voice with faint birdsong. She says: the cat sat on the warm "
        "windowsill all afternoon",
        "the cat sat on the warm windowsill all afternoon",
    ),
    (
        "The Treaty of Westphalia was signed in 1648, ending the Thirty Years' War in the Holy Roman Empire and the "
        "Eighty Years' War between Spain and the Dutch Republic. It's often cited as the origin of the modern state "
        'system.\n\n(Transcribed question: "when was the treaty of westphalia signed")',
        "when was the treaty of westphalia signed",
    ),
    (
        "This appears to be an excerpt from a biology lecture.\n\nVerbatim:\n> So the mitochondria don't just make "
        'ATP — they also, uh, regulate apoptosis, which is programmed cell death.\n\nNotes:\n- "regulate apoptosis" '
        'is the key claim here.\n- The lecturer hesitates once ("uh").',
        "So the mitochondria don't just make ATP — they also, uh, regulate apoptosis, which is programmed cell death.",
    ),
    (
        '{"call_id": "c-88213", "sentiment": "negative", "intent": "cancel_subscription", "agent_score": 0.72, '
        '"customer_utterance": "I already cancelled twice and you still charged my card.", "summary": "Customer '
        'reports repeated charges after cancellation."}',
        "I already cancelled twice and you still charged my card.",
    ),
    (
        'The caller gives their address as "221 Larkspur Lane, apartment 6C" — full transcript below:\n\nYeah, I need '
        "a locksmith at 221 Larkspur Lane, apartment 6C. I'm locked out and my kid's inside.",
        "Yeah, I need a locksmith at 221 Larkspur Lane, apartment 6C. I'm locked out and my kid's inside.",
    ),
    (
        'I hear: "Flight BA 287 to San Francisco is now boarding at gate B14." I considered "gate D14" and "BA 278", '
        "but the digits are clearly two-eight-seven and the gate letter is B.",
        "Flight BA 287 to San Francisco is now boarding at gate B14.",
    ),
    (
        "Let me listen carefully. There's background chatter, but the main speaker is clear.\n\nTranscript: Could "
        "everyone please silence their phones, the ceremony is about to begin.\n\nSummary: An announcement asking "
        "guests to silence phones before a ceremony.",
        "Could everyone please silence their phones, the ceremony is about to begin.",
    ),
    (
        "transcirpt: I relly dont know if the bus runs on sundays, you shoud check the app",
        "I relly dont know if the bus runs on sundays, you shoud check the app",
    ),
    (
        'النص: "هل يمكنك أن تخبرني أين أقرب صيدلية؟"\nThe speaker is asking where the nearest pharmacy is.',
        "هل يمكنك أن تخبرني أين أقرب صيدلية؟",
    ),
    (
        "Hindi transcript: कल सुबह दस बजे बैंक जाना है, याद दिला देना।\nRomanised: Kal subah das baje bank jaana hai, "
        "yaad dila dena.\nEnglish: I need to go to the bank at ten tomorrow morning, remind me.",
        "कल सुबह दस बजे बैंक जाना है, याद दिला देना।",
    ),
    (
        "| Field | Value |\n|---|---|\n| Language | English (Australian) |\n| Speakers | 1 |\n| Transcript | Turn "
        "left at the second roundabout, then it's the third house on the right. |\n| Intent | Giving directions |",
        "Turn left at the second roundabout, then it's the third house on the right.",
    ),
    (
        'Note: the speaker does not say "fifteen" — it\'s "fifty", with the stress on the first syllable.\n\n'
        "Transcript: There are fifty seats left for the matinee.",
        "There are fifty seats left for the matinee.",
    ),
    (
        "1\n00:00:00,000 --> 00:00:02,480\nPlease stand clear of the closing doors.\n\n2\n00:00:02,480 --> "
        "00:00:05,100\nThe next stop is Jay Street–MetroTech.",
        "Please stand clear of the closing doors. The next stop is Jay Street–MetroTech.",
    ),
    (
        "<|en|><|NEUTRAL|><|Speech|><|withitn|>The library closes at six on Fridays, not eight.",
        "The library closes at six on Fridays, not eight.",
    ),
    (
        "Transkript: Äh, ich wollte nur fragen, ob, äh, das Paket schon angekommen ist.\n\nBereinigt: Ich wollte nur "
        "fragen, ob das Paket schon angekommen ist.",
        "Äh, ich wollte nur fragen, ob, äh, das Paket schon angekommen ist.",
    ),
    (
        "Raw ASR output:\nso um I think we should uh push the launch to to next Monday\n\nCleaned version:\nI think "
        "we should push the launch to next Monday.",
        "so um I think we should uh push the launch to to next Monday",
    ),
    (
        "Transcripción:\n\n«Oye, ¿me pasas el charger? My phone is at like five percent.»",
        "Oye, ¿me pasas el charger? My phone is at like five percent.",
    ),
    (
        'The speaker says: "My PIN is four four one nine, please don\'t write it down."\n\nNote: this clip contains '
        "what appears to be a PIN. You may want to redact it before sharing.",
        "My PIN is four four one nine, please don't write it down.",
    ),
    (
        "Dictated note (saved to Notes):\n\nPick up dry cleaning. Call Aunt Ruth about Sunday. Buy lightbulbs, the "
        "small ones.",
        "Pick up dry cleaning. Call Aunt Ruth about Sunday. Buy lightbulbs, the small ones.",
    ),
    (
        "Caller: There's smoke coming from the apartment below us, [inaudible] Maple Court, unit 3.\nDispatcher: Is "
        "anyone inside with you?\nCaller: Just me and my son.",
        "There's smoke coming from the apartment below us, Maple Court, unit 3. Is anyone inside with you? Just me "
        "and my son.",
    ),
    (
        "Sure. The speaker, who sounds like they're on a speakerphone, says `Can you hear me now? I'm switching to "
        "the headset.` and then there's about two seconds of silence before the clip ends.",
        "Can you hear me now? I'm switching to the headset.",
    ),
    (
        'Here is the transcript with a likely mis-hearing flagged:\n\n"Add two cups of flower [flour] and a pinch of '
        'salt, then whisk."',
        "Add two cups of flower and a pinch of salt, then whisk.",
    ),
    (
        'The speaker means Paris, Texas (not Paris, France): "We drove through Paris on the way to Texarkana."',
        "We drove through Paris on the way to Texarkana.",
    ),
    (
        '{"text":"Um, hi, yeah, I\'m calling about the the apartment listing on Birch Street, is it still available?"}',
        "Um, hi, yeah, I'm calling about the the apartment listing on Birch Street, is it still available?",
    ),
    (
        "```\nthe wifi password is capital B, lowercase e, a, r, seven seven, exclamation mark\n```\nWords: 14",
        "the wifi password is capital B, lowercase e, a, r, seven seven, exclamation mark",
    ),
    (
        'Распознанный текст:\n«Позвони мне, когда доедешь до вокзала.»\n\nTranslation: "Call me when you get to the '
        'station."',
        "Позвони мне, когда доедешь до вокзала.",
    ),
    (
        "**Speaker 1:** You said the invoice went out Monday—\n**Speaker 2:** [crosstalk] No, Tuesday, it went out "
        "Tuesday.\n**Speaker 1:** Okay, Tuesday.",
        "You said the invoice went out Monday— No, Tuesday, it went out Tuesday. Okay, Tuesday.",
    ),
    (
        "[Music]\nYou're listening to KXPR, ninety point nine, Sacramento.\n[Music]",
        "You're listening to KXPR, ninety point nine, Sacramento.",
    ),
    (
        "The clip is about 9 seconds long, recorded outdoors with noticeable wind noise that occasionally masks "
        "consonants. The speaker is an adult woman with what sounds like a Scottish accent, speaking at a relaxed "
        "pace. There's a dog barking twice near the start. After accounting for the wind, my best transcription is: "
        "We'll walk up to the cairn and back before the weather turns.",
        "We'll walk up to the cairn and back before the weather turns.",
    ),
    (
        'Sure! Here\'s what I heard:\n\n"Hey, how many tablespoons are in a quarter cup?"\n\nThere are 4 tablespoons '
        "in a quarter cup (1/4 cup = 4 tbsp). If you're measuring butter, that's half a stick.",
        "Hey, how many tablespoons are in a quarter cup?",
    ),
    (
        "| Original (fr) | English |\n|---|---|\n| Je voudrais un aller simple pour Lyon. | I'd like a one-way ticket "
        "to Lyon. |\n| En deuxième classe, s'il vous plaît. | In second class, please. |",
        "Je voudrais un aller simple pour Lyon. En deuxième classe, s'il vous plaît.",
    ),
    (
        "DICTATION — Dr. A. Mensah\n\nPatient is a fifty-eight-year-old male presenting with intermittent chest "
        "tightness on exertion, no radiation, resolves with rest.\n\n[end of dictation]\n\nSuggested ICD-10: R07.89",
        "Patient is a fifty-eight-year-old male presenting with intermittent chest tightness on exertion, no "
        "radiation, resolves with rest.",
    ),
    (
        "Ecco la trascrizione:\n\nBuongiorno, vorrei prenotare un tavolo per quattro persone stasera alle otto e "
        "mezza.\n\nVuoi che traduca anche in inglese?",
        "Buongiorno, vorrei prenotare un tavolo per quattro persone stasera alle otto e mezza.",
    ),
    (
        'Voicemail from +1 (503) 555-0147 · 0:18\n\n"Hi, this is Priya from Dr. Okafor\'s office calling to confirm '
        'your appointment on Wednesday at 2:15. Please call us back at 503-555-0199. Thanks."\n\nTranscription may '
        "not be accurate.",
        "Hi, this is Priya from Dr. Okafor's office calling to confirm your appointment on Wednesday at 2:15. Please "
        "call us back at 503-555-0199. Thanks.",
    ),
    (
        "I'm fairly (not completely) sure this is: Don't forget the recycling goes out Wednesday night. The last two "
        "words are a bit muffled by a passing car.",
        "Don't forget the recycling goes out Wednesday night.",
    ),
    (
        "文字起こし：\nすみません、この電車は新宿に止まりますか？\n\n（訳：Excuse me, does this train stop at "
        "Shinjuku?）",
        "すみません、この電車は新宿に止まりますか？",
    ),
    (
        '{"text": "", "language": "en", "duration": 4.2, "segments": []}',
        None,
    ),
    (
        "Summary: The caller, a landlord, explains that the boiler will be serviced on Thursday and asks the tenant "
        "to leave the utility cupboard unlocked. Tone is friendly.",
        None,
    ),
    (
        'You asked me to "transcribe this clip", but the audio file seems to be empty or failed to upload. Could you '
        "try attaching it again?",
        None,
    ),
    (
        "El hablante explica, en inglés, que el vuelo se ha retrasado dos horas por la niebla y que los pasajeros "
        "recibirán un vale para comida.",
        None,
    ),
    (
        "This is an instrumental track: a fingerpicked acoustic guitar in D major, roughly 90 BPM, joined by a cello "
        "in the second half. There are no vocals.",
        None,
    ),
]
