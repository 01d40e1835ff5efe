"""Meaning pairs for expect.consistent(output, other), table 6: dev half (100 rows).

The sixth meaning-pair table pair (dev 6 / HELD-OUT 6), written blind for issue 22 (round 3) without reading the
scorer or any earlier table. One pool of 200 pairs, split by a seeded shuffle (random.Random(2406))
within each (kind, same_meaning) group, alternate rows: even index to dev, odd to held-out. This file holds the
dev (even-index) rows; its twin is tests/_heldout_consistent6.py (held-out half).

Labelling rules. same_meaning is True when a careful human would say both texts tell the same thing about the
clip (or say the same utterance), wording, length, hedging and formatting aside. A broader class agrees with a
narrower one it covers; a sound named by its source agrees with the same sound named by its action; a hedge agrees
with the plain claim; "can't tell" does not agree with a definite answer; the same events in another order are a
different account.

"answer" rows (60 here: 30 True, 30 False) are two answers about one clip, in the shapes the audio LLM
families write: long replies with the answer in the middle or at the end, reasoning that changes its mind, JSON,
markdown tables and bullets, Q/A layouts, hedges, typos, and now and then Chinese, Spanish, French, German or
Italian; source vs action, paraphrased reports of what a speaker says, British vs American words, counts in words vs
digits, a broader class vs a narrower one; and flips (False), several hidden in long answers that otherwise match:
distance, loudness, a count, sex, age, mood, order, direction, a sibling sound or instrument, heard vs denied,
starts vs stops, rises vs falls, reported content (a day, a time, a number, up vs down, before vs after), who said
what, a place, a language, and a reply that settles on another answer than the one it first considered.

"transcript" rows (40 here: 20 True, 20 False) are two transcripts of one utterance: numbers, dates,
times, money, phone numbers, postcodes and flight numbers spoken vs written, fillers, stutters and restarts,
contractions and colloquial forms, abbreviations, timestamps and markdown wrappers, punctuation, case and dropped
accents, British/American spelling, a homophone misspelling; and flips: one content word, a negation (plain or
hidden in a long text), a number (fifteen/fifty, digits swapped), a preposition, a name, a tense, a title, a plural,
an opposite, an idiom's negation, an ASR near-homophone, in English, French, German, Spanish and Chinese.

Rows are (output, other, same_meaning, kind).
"""

from __future__ import annotations

SEED = 2406
POOL_SIZE = 200

PAIRS: list[tuple[str, str, bool, str]] = [
    (
        "very faint whispering, hard to make out the words",
        "Someone whispers quietly; the words are unintelligible.",
        True,
        "answer",
    ),
    (
        "Il y a un chien qui aboie au loin.",
        "A dog barking far away.",
        True,
        "answer",
    ),
    (
        "Answer: No, there is no music in this clip.",
        "The recording contains no music at all.",
        True,
        "answer",
    ),
    (
        "The announcer says the 6:45 to Brighton is cancelled due to a signalling fault.",
        "Announcement: the quarter-to-seven train to Brighton has been cancelled because of a signal problem.",
        True,
        "answer",
    ),
    (
        "The audio is a short recording. In it, a woman is speaking English with a slight accent. She is reading "
        "out a recipe: she says to preheat the oven to 180 degrees and bake the cake for forty minutes. Her voice "
        "is clear and there is little background noise. Overall the quality is good.",
        "A woman reads a recipe: oven at 180°, bake the cake 40 minutes.",
        True,
        "answer",
    ),
    (
        "Based on the transcript, the speaker is thanking everyone for coming to the wedding and proposing a toast "
        "to the bride and groom.",
        "The speaker thanks the guests and raises a glass to the newlyweds.",
        True,
        "answer",
    ),
    (
        "The clip captures the crackle and pop of a wood fire.",
        "Logs burning in a fireplace.",
        True,
        "answer",
    ),
    (
        "{\"speaker\": \"child\", \"content_summary\": \"asks for a glass of water\"}",
        "A kid asks if they can have some water.",
        True,
        "answer",
    ),
    (
        "It's difficult to be certain given the low quality, but the speaker is most likely a teenage boy.",
        "A teenage boy is speaking.",
        True,
        "answer",
    ),
    (
        "I count five chimes from what sounds like a church bell.",
        "Church bell rings 5 times.",
        True,
        "answer",
    ),
    (
        "teh audio has a dog barkng and a man telling it to be quite",
        "A man tells a barking dog to be quiet.",
        True,
        "answer",
    ),
    (
        "The voice belongs to an elderly man, maybe in his eighties, speaking slowly.",
        "An old man talks slowly.",
        True,
        "answer",
    ),
    (
        "Neither speech nor music appears anywhere in the clip; the only thing audible is the hum of an air "
        "conditioner.",
        "Air-conditioning hum, nothing else.",
        True,
        "answer",
    ),
    (
        "The speaker spells out her surname: S-M-I-T-H.",
        "She spells her last name, Smith.",
        True,
        "answer",
    ),
    (
        "The speaker, a man with a calm voice, is explaining that he's moving into a new flat next month.",
        "He calmly says he's relocating to a new apartment next month.",
        True,
        "answer",
    ),
    (
        "There are three knocks on a wooden door.",
        "Knock count: 3 (wooden door)",
        True,
        "answer",
    ),
    (
        "the sound is of a tap left running into a sink",
        "Running water from a faucet.",
        True,
        "answer",
    ),
    (
        "Probably a helicopter — the chopping rotor pulses are fairly clear, though the recording is muffled.",
        "Helicopter flying.",
        True,
        "answer",
    ),
    (
        "Speaker count: 2",
        "There are two different voices in the clip.",
        True,
        "answer",
    ),
    (
        "- Sound source: wall clock\n- Pattern: regular ticking\n- Other sounds: none",
        "Just the ticking of a clock.",
        True,
        "answer",
    ),
    (
        "Sure! In this recording I can hear a steady mechanical whirring that rises and falls slightly, along with "
        "the occasional bump against furniture. This is most consistent with someone vacuuming a carpeted room. "
        "There is no speech or music.",
        "A vacuum cleaner is running.",
        True,
        "answer",
    ),
    (
        "Two people are having a conversation: a man and a woman discussing their holiday plans for the summer.",
        "A man and a woman talk about their summer vacation plans.",
        True,
        "answer",
    ),
    (
        "At first I thought this was applause, but listening again the patter is too even and there's a faint "
        "rumble of thunder, so it's heavy rain.",
        "Heavy rainfall with distant thunder.",
        True,
        "answer",
    ),
    (
        "Si sente il suono di una campanella di bicicletta.",
        "A bicycle bell rings.",
        True,
        "answer",
    ),
    (
        "The motorbike gets louder as it approaches and then fades as it moves away.",
        "A motorcycle drives past.",
        True,
        "answer",
    ),
    (
        "Thunder rumbles in the distance.",
        "Far-off thunder.",
        True,
        "answer",
    ),
    (
        "Ein Mann niest zweimal.",
        "A man sneezes twice.",
        True,
        "answer",
    ),
    (
        "Yes — the speaker does sound nervous; her voice trembles and she hesitates a lot.",
        "The woman seems anxious.",
        True,
        "answer",
    ),
    (
        "Ambient noise of a busy restaurant: cutlery clinking, chatter, and background music.",
        "Restaurant ambience — chatter, silverware clinking, some music playing.",
        True,
        "answer",
    ),
    (
        "| Time | Event |\n|---|---|\n| 0-3 s | phone ringing |\n| 3-8 s | man answers, says \"hello?\" |",
        "The phone rings and then a man picks up and says hello.",
        True,
        "answer",
    ),
    (
        "Everything in the clip is natural ambience except a short car horn near the end.",
        "Pure natural ambience; no man-made sounds at all.",
        False,
        "answer",
    ),
    (
        "In this clip a medium-sized dog barks twice at something outside, then goes quiet. A car passes in the "
        "background but there's no speech.",
        "The dog barks three times, then silence; a car goes by and nobody talks.",
        False,
        "answer",
    ),
    (
        "She's booking a table for four on Saturday evening.",
        "She wants to book a table for four on Sunday evening.",
        False,
        "answer",
    ),
    (
        "Il pleut légèrement, sans orage.",
        "Heavy rain and thunder.",
        False,
        "answer",
    ),
    (
        "说话人是一位年轻女性，她听起来很生气。",
        "A young woman who sounds very happy.",
        False,
        "answer",
    ),
    (
        "I can't tell whether this is a man or a woman.",
        "Probably a woman, judging by the pitch.",
        False,
        "answer",
    ),
    (
        "The engine is switched off and the clip ends in silence.",
        "The clip starts in silence and then the engine starts up.",
        False,
        "answer",
    ),
    (
        "The audio is dominated by a continuous high-pitched motor whine with a rushing air sound; this is a hair "
        "dryer, probably in a bathroom given the echo.",
        "A blender is whirring in a kitchen.",
        False,
        "answer",
    ),
    (
        "**Analysis**\n\n- Environment: indoor, a small room with some echo\n- Source: a grandfather clock\n- "
        "Events: the clock strikes seven times, then ticking continues\n- Speech: none",
        "A clock in a small echoey room chimes eight times and keeps ticking; no one talks.",
        False,
        "answer",
    ),
    (
        "The speaker's gender cannot be determined from this clip; the voice is heavily distorted.",
        "A man is speaking through a distorted channel.",
        False,
        "answer",
    ),
    (
        "Only instrumental music — no vocals at all.",
        "A song with a female singer over piano.",
        False,
        "answer",
    ),
    (
        "The speaker is a young woman asking for directions to the museum.",
        "A young man asks how to get to the museum.",
        False,
        "answer",
    ),
    (
        "It starts like rain on a tin roof... wait, no. The crackling is irregular and there are sharp pops, which "
        "is much more like a campfire. Final answer: a fire burning.",
        "Rain pattering on a metal roof.",
        False,
        "answer",
    ),
    (
        "The woman says 'I'm sorry', and the man replies 'It's fine'.",
        "The man apologizes and the woman tells him it's fine.",
        False,
        "answer",
    ),
    (
        "Yes, there is a dog in the recording.",
        "No dog can be heard.",
        False,
        "answer",
    ),
    (
        "My first guess was an owl, given the hooting, but the pattern 'coo-COO-coo' is really a pigeon or dove. "
        "Answer: a dove cooing.",
        "An owl hooting.",
        False,
        "answer",
    ),
    (
        "the man is sayng he dosent want to go to the party",
        "The man says he wants to go to the party.",
        False,
        "answer",
    ),
    (
        "The girl asks if she can go outside, and her father says no.",
        "The father asks if he can go outside and the girl tells him no.",
        False,
        "answer",
    ),
    (
        "This audio appears to be from a podcast. Two hosts, both men, are discussing the latest smartphone "
        "releases; one of them laughs frequently. Audio quality is studio-grade.",
        "A podcast where a man and a woman discuss new smartphones, with lots of laughter and studio-quality sound.",
        False,
        "answer",
    ),
    (
        "Let's consider the clues. The sound has a high-pitched squeal, then a thud. The squeal is brakes, and the "
        "thud is an impact. So a car brakes hard and then crashes.",
        "A car brakes sharply and manages to stop in time without hitting anything.",
        False,
        "answer",
    ),
    (
        "The CEO says revenue rose by ten percent this quarter.",
        "According to the CEO, revenue fell 10% this quarter.",
        False,
        "answer",
    ),
    (
        "The caller says her flight number is BA 217.",
        "She gives her flight as BA 271.",
        False,
        "answer",
    ),
    (
        "A violin plays a fast melody.",
        "It's a fast tune on a viola.",
        False,
        "answer",
    ),
    (
        "| Sound | Count |\n|---|---|\n| Gunshot | 2 |\n| Scream | 1 |",
        "Three gunshots and one scream.",
        False,
        "answer",
    ),
    (
        "She sounds slightly nervous, maybe?",
        "She sounds completely calm and confident.",
        False,
        "answer",
    ),
    (
        "The pitch of the siren rises steadily.",
        "The siren's pitch keeps falling.",
        False,
        "answer",
    ),
    (
        "{\"speech_present\": true, \"music_present\": false}",
        "There's music but nobody talks.",
        False,
        "answer",
    ),
    (
        "A door is being opened slowly with a long creak.",
        "A door slams shut.",
        False,
        "answer",
    ),
    (
        "This is the sound of a wolf howling — long, sustained, rising then falling in pitch, with some reverb "
        "suggesting an open landscape at night.",
        "A dog howling at night.",
        False,
        "answer",
    ),
    (
        "The alarm is set for 7:30 a.m., the speaker confirms.",
        "She confirms the alarm for half past six in the morning.",
        False,
        "answer",
    ),
    (
        "Transcript: \"Please send the invoice by e-mail.\"",
        "please send the invoice by email",
        True,
        "transcript",
    ),
    (
        "We need to— we have to leave by six.",
        "We have to leave by 6.",
        True,
        "transcript",
    ),
    (
        "Je voudrais un café, s'il vous plaît.",
        "je voudrais un cafe sil vous plait",
        True,
        "transcript",
    ),
    (
        "Ich habe heute keine Zeit, tut mir leid.",
        "ich hab heute keine zeit tut mir leid",
        True,
        "transcript",
    ),
    (
        "My postcode is SW1A 1AA.",
        "My postcode is S W one A, one A A.",
        True,
        "transcript",
    ),
    (
        "The COVID-19 vaccine rollout began in December.",
        "the covid nineteen vaccine rollout began in december",
        True,
        "transcript",
    ),
    (
        "I-I-I don't — I don't know what happened.",
        "I don't know what happened.",
        True,
        "transcript",
    ),
    (
        "OK so first things first — we've got 3 agenda items and about 45 minutes, so let's keep each one to 15 "
        "mins max.",
        "okay so first things first we've got three agenda items and about forty five minutes so let's keep each "
        "one to fifteen minutes max",
        True,
        "transcript",
    ),
    (
        "Take Route 66 west for about 200 miles.",
        "take route sixty six west for about two hundred miles",
        True,
        "transcript",
    ),
    (
        "We analysed the colour of the theatre's curtains.",
        "We analyzed the color of the theater's curtains.",
        True,
        "transcript",
    ),
    (
        "She grew up in the U.K. in the '90s.",
        "She grew up in the UK in the nineties.",
        True,
        "transcript",
    ),
    (
        "Well... I mean... I guess we could try.",
        "Well, I mean, I guess we could try.",
        True,
        "transcript",
    ),
    (
        "So, like, you know, it was, uh, pretty cold out there.",
        "It was pretty cold out there.",
        True,
        "transcript",
    ),
    (
        "The deadline is March 3rd, 2024.",
        "the deadline is march third twenty twenty-four",
        True,
        "transcript",
    ),
    (
        "The score was 3–1 at half-time.",
        "The score was three one at halftime.",
        True,
        "transcript",
    ),
    (
        "We drove from St. Louis to Kansas City.",
        "we drove from saint louis to kansas city",
        True,
        "transcript",
    ),
    (
        "The patient's BP is 120 over 80.",
        "The patient's blood pressure is one twenty over eighty.",
        True,
        "transcript",
    ),
    (
        "Their going to be late again.",
        "They're going to be late again.",
        True,
        "transcript",
    ),
    (
        "我明天早上八点到公司。",
        "我明天早上8点到公司",
        True,
        "transcript",
    ),
    (
        "It was the 4th of July, 1976.",
        "It was the fourth of July nineteen seventy-six.",
        True,
        "transcript",
    ),
    (
        "Il est arrivé hier soir.",
        "Il arrive demain soir.",
        False,
        "transcript",
    ),
    (
        "Can you pick up the kids at three thirty?",
        "Can you pick up the kids at 3:13?",
        False,
        "transcript",
    ),
    (
        "Ask Karen to sign the form.",
        "Ask Sharon to sign the form.",
        False,
        "transcript",
    ),
    (
        "My number is 555-0192.",
        "my number is five five five zero one two nine",
        False,
        "transcript",
    ),
    (
        "Mrs. Patel will see you at 4 p.m.",
        "Mr. Patel will see you at 4 p.m.",
        False,
        "transcript",
    ),
    (
        "Everyone except Tom passed the exam.",
        "Everyone, including Tom, passed the exam.",
        False,
        "transcript",
    ),
    (
        "She walks to school every day, even when it's raining, because the bus is always late.",
        "She walked to school every day, even when it was raining, because the bus was always late.",
        False,
        "transcript",
    ),
    (
        "The store is open until nine on weekdays.",
        "The store is open until nine on weekends.",
        False,
        "transcript",
    ),
    (
        "I can make it to the meeting on Monday.",
        "I can't make it to the meeting on Monday.",
        False,
        "transcript",
    ),
    (
        "The invoice is due on the 13th of June.",
        "The invoice is due on the thirtieth of June.",
        False,
        "transcript",
    ),
    (
        "He sold his car to his brother.",
        "He sold his car to his mother.",
        False,
        "transcript",
    ),
    (
        "Put the box on the shelf.",
        "Put the box under the shelf.",
        False,
        "transcript",
    ),
    (
        "Turn left at the second traffic light.",
        "Turn right at the second traffic light.",
        False,
        "transcript",
    ),
    (
        "I could care less about the results.",
        "I couldn't care less about the results.",
        False,
        "transcript",
    ),
    (
        "The meeting is in room 204.",
        "the meeting is in room two forty",
        False,
        "transcript",
    ),
    (
        "I have already sent the email.",
        "I haven't sent the email yet.",
        False,
        "transcript",
    ),
    (
        "um the the doctor said I should, uh, rest for a week",
        "The doctor said I should rest for a month.",
        False,
        "transcript",
    ),
    (
        "Transcript: \"We'll need fifteen chairs for the event.\"",
        "We'll need fifty chairs for the event.",
        False,
        "transcript",
    ),
    (
        "Please close the window before you leave.",
        "Please close the door before you leave.",
        False,
        "transcript",
    ),
    (
        "[00:00.000 --> 00:02.500] The password is tiger seven.",
        "The password is tiger eleven.",
        False,
        "transcript",
    ),
]
