"""Meaning pairs for expect.consistent(output, other), table 7: HELD-OUT half (100 rows).

The seventh meaning-pair table pair (dev 7 / HELD-OUT 7), written blind for issue 22 (round 4) without reading the
scorer or any earlier table. One pool of 200 pairs, split by a seeded shuffle (random.Random(2507))
within each (kind, same_meaning) group, alternate rows: even index to dev, odd to held-out. This file holds the
held-out (odd-index) rows; its twin is tests/_dev_consistent7.py (dev half).

Labelling rules. same_meaning is True when a careful human would say both texts tell the same thing about the
clip (or say the same utterance), wording, length, hedging and formatting aside. A broader class agrees with a
narrower one it covers; a sound named by its source agrees with the same sound named by its action; a hedge agrees
with the plain claim; "can't tell" does not agree with a definite answer; the same events in another order are a
different account.

"answer" rows (60 here: 30 True, 30 False) are two answers about one clip, in the shapes the audio LLM
families write: long replies with the answer in the middle or at the end, reasoning that changes its mind (and
settles on the other's answer, or on a different one), JSON, markdown tables, headings and bullets, numbered lists,
Q/A and multiple-choice layouts, hedges, typos, and now and then Chinese, Spanish, French, German or Italian; source
vs action, paraphrased reports of what a speaker says, British vs American words, counts in words vs digits, a
broader class vs a narrower one, two "can't tell"s; and flips (False), several hidden in long answers or lists that
otherwise match: distance, loudness, a count, sex, age, mood, order, direction, a sibling sound or instrument, heard
vs denied, starts vs stops, opens vs closes, arrives vs leaves, rises vs falls, reported content (a day, a number,
up vs down, before vs after, left vs right, delayed vs cancelled, a corrected place), who said what, a place or room,
a language, a topic, a JSON field against prose, and "can't tell" against a definite answer.

"transcript" rows (40 here: 20 True, 20 False) are two transcripts of one utterance: numbers, dates,
times (half past, quarter past, "halb acht"), money, phone numbers, postcodes, room and flight numbers spoken vs
written, fillers, stutters and restarts (a self-correction), contractions and colloquial forms, abbreviations and
titles spelled out, timestamps, speaker labels and markdown wrappers, punctuation, case and dropped accents,
British/American spelling, a homophone misspelling; and flips: one content word, a negation (plain, inside fillers
or hidden in a long text), a number (fifteen/fifty, thirteen/thirty, forty/fourteen, digits swapped), a time, a
date, a preposition, a name, a tense, a title, a plural, an opposite, an idiom's negation, morning vs evening, an ASR
near-homophone, in English, French, German, Spanish, Italian and Chinese.

Rows are (output, other, same_meaning, kind).
"""

from __future__ import annotations

SEED = 2507
POOL_SIZE = 200

PAIRS: list[tuple[str, str, bool, str]] = [
    (
        "happy",
        "The speaker sounds cheerful and upbeat throughout the whole recording.",
        True,
        "answer",
    ),
    (
        "There are three distinct knocks on the door.",
        "Knock, knock, knock - 3 knocks at a door.",
        True,
        "answer",
    ),
    (
        "The voice belongs to a young child, probably around five or six years old.",
        "A little kid is talking.",
        True,
        "answer",
    ),
    (
        "The speaker says the budget meeting has been moved to Thursday afternoon.",
        "He's letting everyone know that the budget meeting is now happening on Thursday, in the afternoon, "
        "rather than at the originally scheduled time.",
        True,
        "answer",
    ),
    (
        "Hmm, at first this sounds like rain on a roof, because of the dense, irregular patter. But there are "
        "people cheering and whistling at the end, and the patter swells and fades like a crowd. So no, not "
        "rain - it's applause from an audience.",
        "An audience clapping.",
        True,
        "answer",
    ),
    (
        "**Summary:** The clip is about 10 seconds long and was most likely recorded outdoors.\n\n**Main "
        "sound:** A motorcycle revving its engine a few times before pulling away.\n\n**Other details:** Light "
        "wind noise; no speech.",
        "motorbike revs then drives off",
        True,
        "answer",
    ),
    (
        "The recording quality is fairly low, with some clipping in the first second and a persistent hiss. "
        "There's a brief rustling that could be clothing. Taking everything into account, the main event is a "
        "door being slammed shut.",
        "A door slams.",
        True,
        "answer",
    ),
    (
        "No speech is present in this recording; it's just ambient forest sounds.",
        "There's nobody talking at all - only woodland ambience.",
        True,
        "answer",
    ),
    (
        "The narration is delivered by a female voice with a British accent.",
        "A woman narrates; she sounds British.",
        True,
        "answer",
    ),
    (
        "Two speakers: a man and a woman.",
        "There are 2 people talking - one male, one female.",
        True,
        "answer",
    ),
    (
        "The speaker is talking in Portuguese.",
        "Language: Portuguese (it sounds like a Brazilian accent).",
        True,
        "answer",
    ),
    (
        "Sounds like someone's knocking at your front door.",
        "Knocking on a door.",
        True,
        "answer",
    ),
    (
        "Someone is mowing the lawn with a petrol mower.",
        "A gas-powered lawn mower is running.",
        True,
        "answer",
    ),
    (
        "In this audio clip, a woman speaks in a calm, measured tone. She explains how to repot a houseplant, "
        "mentioning that the roots should be gently loosened before the plant goes into fresh soil. There is "
        "no background music.",
        "Female speaker, calm delivery, giving step-by-step instructions for repotting a plant (loosen the "
        "roots, use new soil). No music.",
        True,
        "answer",
    ),
    (
        "Let me think. At first the rhythmic thumping could be a heartbeat, but the metallic squeal between "
        "the thumps and the steady clatter point elsewhere. Listening again, these are wheels going over rail "
        "joints.\n\n**Final answer:** a train.",
        "train on tracks",
        True,
        "answer",
    ),
    (
        "The clock chimes twelve times, which would mark either midnight or noon.",
        "12 chimes from a clock.",
        True,
        "answer",
    ),
    (
        "The lifeguard warns listeners not to swim once the red flag has been raised.",
        "He tells people that swimming is forbidden after the red flag goes up.",
        True,
        "answer",
    ),
    (
        "The pitch of the tone rises steadily over the clip.",
        "A sine sweep going upward in frequency.",
        True,
        "answer",
    ),
    (
        "Q: What instrument is playing?\nA: A violin.",
        "The instrument you hear is a violin (bowed strings).",
        True,
        "answer",
    ),
    (
        "The woman asks where the station is, and the man replies that it's two blocks north.",
        "A female voice asks for directions to the station; a male voice answers: two blocks to the north.",
        True,
        "answer",
    ),
    (
        "a helicopter",
        "Rotor blades chopping overhead.",
        True,
        "answer",
    ),
    (
        "A faint, distant rumble of thunder.",
        "Thunder far away, quiet.",
        True,
        "answer",
    ),
    (
        "The caller asks to cancel her gym subscription and wants a confirmation email.",
        "Customer (female) requests cancellation of the gym membership and asks to be emailed a confirmation.",
        True,
        "answer",
    ),
    (
        "这段音频里有人在弹钢琴，旋律很舒缓。",
        "Slow, gentle piano music.",
        True,
        "answer",
    ),
    (
        "The man sounds sad and tired.",
        "Melancholic, weary male voice.",
        True,
        "answer",
    ),
    (
        "She says she'll be home at half past six.",
        "The woman states that she will get home at 6:30.",
        True,
        "answer",
    ),
    (
        "Footsteps on gravel.",
        "Someone walking along a gravel path.",
        True,
        "answer",
    ),
    (
        "The car moves from left to right across the stereo field.",
        "A vehicle passes by, panning from the left channel over to the right.",
        True,
        "answer",
    ),
    (
        "Si sente il suono di una chitarra acustica.",
        "An acoustic guitar is playing.",
        True,
        "answer",
    ),
    (
        "Sure! Here's what I can hear in the clip:\n\n1. A kettle heating up and eventually whistling.\n2. "
        "Some clinking, like a spoon stirring in a mug.\n\nOverall, it sounds like someone is making tea or "
        "coffee in a kitchen.",
        "Kettle whistles, then a spoon clinks in a cup - someone making a hot drink.",
        True,
        "answer",
    ),
    (
        "Soft, gentle rain pattering quietly on a window.",
        "A loud, torrential downpour hammering against the window.",
        False,
        "answer",
    ),
    (
        "Recorded at a busy train station.",
        "Recorded in a busy shopping mall.",
        False,
        "answer",
    ),
    (
        "I didn't hear any alarm.",
        "Your alarm is going off.",
        False,
        "answer",
    ),
    (
        "Somone is typng on a keybord quikly.",
        "Someone is typing slowly on an old typewriter.",
        False,
        "answer",
    ),
    (
        "The speaker says the flight is delayed.",
        "The speaker says the flight has been cancelled.",
        False,
        "answer",
    ),
    (
        "A jet flying low overhead, very loud.",
        "A distant jet, barely audible.",
        False,
        "answer",
    ),
    (
        "Hardly any traffic noise - the street is almost silent.",
        "Heavy traffic noise dominates the recording.",
        False,
        "answer",
    ),
    (
        "The pilot announces that we'll be landing in about twenty minutes.",
        "The pilot says we'll be taking off in about twenty minutes.",
        False,
        "answer",
    ),
    (
        "The bell rings seven times.",
        "8 bell strikes.",
        False,
        "answer",
    ),
    (
        "There is background music playing softly under the speech.",
        "The speech is clear and there's no background music.",
        False,
        "answer",
    ),
    (
        "Take the medicine before meals, the doctor says.",
        "The doctor says to take the medicine after meals.",
        False,
        "answer",
    ),
    (
        "The engine starts up at the end of the clip.",
        "The engine shuts off at the end of the clip.",
        False,
        "answer",
    ),
    (
        "First a phone rings, then someone picks up and says hello.",
        "Someone says hello, and then a phone starts ringing.",
        False,
        "answer",
    ),
    (
        "A bird of prey screeching - most likely a hawk.",
        "A seagull calling.",
        False,
        "answer",
    ),
    (
        "Three people are having a conversation.",
        "It's a dialogue between two people.",
        False,
        "answer",
    ),
    (
        "The clip opens with seagulls and crashing waves. A few children are shouting in the distance, and a "
        "man calls out 'ice cream!' a couple of times. It's almost certainly recorded on a beach.",
        "Seagulls and crashing waves, kids shouting far off, and a woman calling out 'ice cream!' a couple of "
        "times - a beach, clearly.",
        False,
        "answer",
    ),
    (
        "It's not a baby crying; it's a cat.",
        "A baby is crying.",
        False,
        "answer",
    ),
    (
        "The newsreader says unemployment went up last quarter.",
        "Per the newsreader, unemployment fell in the last quarter.",
        False,
        "answer",
    ),
    (
        "Yes, there's a siren.",
        "No siren is audible in this clip.",
        False,
        "answer",
    ),
    (
        "Le train arrive en gare.",
        "The train is leaving the station.",
        False,
        "answer",
    ),
    (
        "The speaker first mentions Paris, then corrects himself and says the conference is actually in Lyon.",
        "The conference is in Paris, according to the speaker.",
        False,
        "answer",
    ),
    (
        "A cello is playing a slow melody.",
        "A viola plays a slow melody.",
        False,
        "answer",
    ),
    (
        "{\"transcript_summary\": \"customer thanks the agent\", \"sentiment\": \"positive\"}",
        "The customer complains to the agent and sounds annoyed.",
        False,
        "answer",
    ),
    (
        "The audio is of a man giving a lecture about photosynthesis.",
        "A man lecturing about cellular respiration.",
        False,
        "answer",
    ),
    (
        "The long reverb tail suggests a large cathedral.",
        "The dry, close sound suggests a small recording booth.",
        False,
        "answer",
    ),
    (
        "A dog barks somewhere far away.",
        "A dog is barking right next to the microphone.",
        False,
        "answer",
    ),
    (
        "Options: helicopter or lawnmower. The rhythmic thwop-thwop could suggest a helicopter... but the "
        "steady ground-level drone and the sound of grass being cut make it clear. Answer: lawnmower.",
        "A helicopter flying over.",
        False,
        "answer",
    ),
    (
        "In this clip I can hear a man knocking on a wooden door. He knocks four times, pauses, and then calls "
        "out someone's name.",
        "A man knocks on a wooden door three times, pauses, then calls out a name.",
        False,
        "answer",
    ),
    (
        "| Speaker | Emotion |\n|---|---|\n| Man | calm |\n| Woman | angry |",
        "The man is angry, while the woman stays calm.",
        False,
        "answer",
    ),
    (
        "The plane flies over from right to left.",
        "The aircraft pans from left to right.",
        False,
        "answer",
    ),
    (
        "The train to - sorry, the bus to Oxford leaves at noon.",
        "The bus to Oxford leaves at noon.",
        True,
        "transcript",
    ),
    (
        "Speaker 1: Can you pass the salt, please?",
        "can you pass the salt please",
        True,
        "transcript",
    ),
    (
        "It's about 5 km from here.",
        "it's about five kilometres from here",
        True,
        "transcript",
    ),
    (
        "Son las dos y media.",
        "Son las 2:30.",
        True,
        "transcript",
    ),
    (
        "In 1999 the company had 450 employees.",
        "in nineteen ninety-nine the company had four hundred and fifty employees",
        True,
        "transcript",
    ),
    (
        "The rent is $1,250 a month.",
        "the rent is twelve hundred and fifty dollars a month",
        True,
        "transcript",
    ),
    (
        "Um, so, I-I think we should, uh, probably leave now.",
        "So I think we should probably leave now.",
        True,
        "transcript",
    ),
    (
        "我们下午三点半见。",
        "我们下午3:30见。",
        True,
        "transcript",
    ),
    (
        "The meeting's on the 3rd of March, 2024.",
        "The meeting is on March 3, 2024.",
        True,
        "transcript",
    ),
    (
        "Their going to the park later.",
        "They're going to the park later.",
        True,
        "transcript",
    ),
    (
        "His flight, BA 287, lands at Heathrow.",
        "his flight b a two eight seven lands at heathrow",
        True,
        "transcript",
    ),
    (
        "Postcode is SW1A 1AA.",
        "post code is s w one a, one a a",
        True,
        "transcript",
    ),
    (
        "```\nThe colour of the sky changed at dusk.\n```",
        "The color of the sky changed at dusk.",
        True,
        "transcript",
    ),
    (
        "Llegamos el 15 de julio.",
        "Llegamos el quince de julio.",
        True,
        "transcript",
    ),
    (
        "Dr. Patel will see you now.",
        "Doctor Patel will see you now.",
        True,
        "transcript",
    ),
    (
        "Call me on 07700 900123.",
        "call me on oh seven seven oh oh, nine oh oh, one two three",
        True,
        "transcript",
    ),
    (
        "Room 1204, please.",
        "room twelve oh four please",
        True,
        "transcript",
    ),
    (
        "Mr. and Mrs. Smith arrived at 8 a.m.",
        "mister and missus smith arrived at eight am",
        True,
        "transcript",
    ),
    (
        "We're gonna need a bigger boat.",
        "We are going to need a bigger boat.",
        True,
        "transcript",
    ),
    (
        "Turn to page 112.",
        "turn to page one hundred and twelve",
        True,
        "transcript",
    ),
    (
        "Call 555-0142.",
        "call five five five, zero one four four",
        False,
        "transcript",
    ),
    (
        "Please call Mr. Johnson back.",
        "Please call Mr. Jensen back.",
        False,
        "transcript",
    ),
    (
        "I want to live here.",
        "I want to leave here.",
        False,
        "transcript",
    ),
    (
        "My postcode is M1 4BT.",
        "my post code is m one, four p t",
        False,
        "transcript",
    ),
    (
        "I will finish the report.",
        "I finished the report.",
        False,
        "transcript",
    ),
    (
        "Dr. Lee will chair the session.",
        "Mrs. Lee will chair the session.",
        False,
        "transcript",
    ),
    (
        "The patient has been moved to ward six.",
        "The patients have been moved to ward six.",
        False,
        "transcript",
    ),
    (
        "Honestly, it's a piece of cake.",
        "Honestly, it's no piece of cake.",
        False,
        "transcript",
    ),
    (
        "Il treno è in ritardo.",
        "Il treno è in anticipo.",
        False,
        "transcript",
    ),
    (
        "The door on the left is the exit.",
        "The door on the right is the exit.",
        False,
        "transcript",
    ),
    (
        "Tengo quince años.",
        "Tengo cincuenta años.",
        False,
        "transcript",
    ),
    (
        "Put the keys on the table.",
        "Put the keys under the table.",
        False,
        "transcript",
    ),
    (
        "Um, yeah, so I, I did, uh, lock the front door before we left.",
        "Yeah so I didn't lock the front door before we left.",
        False,
        "transcript",
    ),
    (
        "我明天去北京。",
        "我昨天去了北京。",
        False,
        "transcript",
    ),
    (
        "Der Zug fährt um acht Uhr ab.",
        "Der Zug kommt um acht Uhr an.",
        False,
        "transcript",
    ),
    (
        "Could you pass me the pepper?",
        "Could you pass me the paper?",
        False,
        "transcript",
    ),
    (
        "Thanks for getting back to me so quickly. I've gone over the proposal with the team, and we all think "
        "the timeline is realistic, so we'll go ahead and sign the contract next week.",
        "Thanks for getting back to me so quickly. I've gone over the proposal with the team and we all think "
        "the timeline isn't realistic, so we'll go ahead and sign the contract next week.",
        False,
        "transcript",
    ),
    (
        "The kids are playing in the garden.",
        "The kids are playing in the garage.",
        False,
        "transcript",
    ),
    (
        "She's been working here for ten years.",
        "She'll be working here for ten years.",
        False,
        "transcript",
    ),
    (
        "He walked into the store.",
        "He walked out of the store.",
        False,
        "transcript",
    ),
]
