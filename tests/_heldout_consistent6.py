"""Meaning pairs for expect.consistent(output, other), table 6: HELD-OUT half (100 rows).

The sixth meaning-pair table pair (dev 6 / HELD-OUT 6), written blind for issue 22 (round 3) without reading the
scorer or any earlier table. One pool of 200 pairs, split by a seeded shuffle (random.Random(2406))
within each (kind, same_meaning) group, alternate rows: even index to dev, odd to held-out. This file holds the
held-out (odd-index) rows; its twin is tests/_dev_consistent6.py (dev half).

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
        "Q: Is the speaker male or female?\nA: Male.",
        "The voice is a man's.",
        True,
        "answer",
    ),
    (
        "The question asks what the speaker wants. He mentions being hungry, then asks whether the kitchen is still "
        "open, and finally says he'd like to order the soup of the day. So: he wants to order soup.",
        "He'd like to get the soup of the day.",
        True,
        "answer",
    ),
    (
        "Footsteps on gravel.",
        "Someone is walking on a gravel path.",
        True,
        "answer",
    ),
    (
        "A large audience is clapping and cheering.",
        "Applause and cheers from a crowd.",
        True,
        "answer",
    ),
    (
        "The emotion conveyed is sadness. The speaker's pitch is low, speech rate is slow, and she sighs at one point.",
        "sad",
        True,
        "answer",
    ),
    (
        "Se escucha a un bebé llorando mientras una mujer intenta calmarlo.",
        "A woman is trying to soothe a crying infant.",
        True,
        "answer",
    ),
    (
        "Hmm, this one's tricky. I'd say it's likely a snoring person rather than an animal — the rhythm matches "
        "breathing.",
        "Someone is snoring.",
        True,
        "answer",
    ),
    (
        "It isn't true that there's no speech — a man says a few words near the end.",
        "A man speaks briefly toward the end of the clip.",
        True,
        "answer",
    ),
    (
        "I'm not entirely sure, but it seems like a cow mooing in a field.",
        "A cow.",
        True,
        "answer",
    ),
    (
        "Yes, the dog stops barking about halfway through the clip.",
        "The barking ends midway.",
        True,
        "answer",
    ),
    (
        "| Speaker | Gender | Emotion |\n|---|---|---|\n| 1 | Female | Angry |",
        "One woman, and she sounds furious.",
        True,
        "answer",
    ),
    (
        "Let me reason step by step. The low rumble at the start could be thunder, but it is too regular, and "
        "there's a rhythmic clatter every second or so, like wheels over rail joints, plus a horn near the end. So "
        "my answer is: a train passing by.",
        "A train going past, sounding its horn.",
        True,
        "answer",
    ),
    (
        "She says she left her mobile on the bus.",
        "The woman says she forgot her cell phone on the bus.",
        True,
        "answer",
    ),
    (
        "{\"event\": \"glass_shattering\", \"confidence\": 0.87, \"speech\": false}",
        "Something made of glass breaks; nobody speaks.",
        True,
        "answer",
    ),
    (
        "The speaker is counting down from five to one before something explodes — maybe fireworks.",
        "Someone counts down 5, 4, 3, 2, 1 and then there's a bang, possibly a firework.",
        True,
        "answer",
    ),
    (
        "{\"sounds\": [\"siren\", \"car horn\", \"traffic\"]}",
        "A siren, car horns and general traffic noise.",
        True,
        "answer",
    ),
    (
        "An animal is making noise — I believe it's a sheep bleating.",
        "A sheep.",
        True,
        "answer",
    ),
    (
        "Some kind of bird is singing.",
        "This is the song of a blackbird, a melodious fluting phrase repeated from a garden.",
        True,
        "answer",
    ),
    (
        "A stringed instrument is being played slowly and mournfully.",
        "A cello playing a slow, sad melody.",
        True,
        "answer",
    ),
    (
        "It sounds like a baby is laughing.",
        "Infant giggling.",
        True,
        "answer",
    ),
    (
        "1. A car door closes\n2. An engine starts\n3. The car drives away",
        "Someone shuts a car door, starts the engine and drives off.",
        True,
        "answer",
    ),
    (
        "The clip is of a referee blowing a whistle, followed by a crowd roaring.",
        "A whistle blows, then a crowd cheers loudly.",
        True,
        "answer",
    ),
    (
        "**Summary of the audio**\n\nThe clip is about 10 seconds long. It opens with a few seconds of room tone, "
        "after which a smoke alarm starts emitting loud, high-pitched beeps in groups of three. The beeping "
        "continues until the end of the recording.\n\n**Speech:** none detected.",
        "A smoke detector begins beeping loudly after a short silence.",
        True,
        "answer",
    ),
    (
        "这段音频里有人在用键盘打字。",
        "Someone is typing on a keyboard.",
        True,
        "answer",
    ),
    (
        "The woman tells the caller that the office is closed until Monday.",
        "According to her, the office won't reopen before Monday.",
        True,
        "answer",
    ),
    (
        "音频中可以听到一只猫在喵喵叫，背景很安静。",
        "A cat meows in a quiet room.",
        True,
        "answer",
    ),
    (
        "The man asks the shop assistant whether they sell trainers in size ten.",
        "He's asking the clerk if they have sneakers in a size 10.",
        True,
        "answer",
    ),
    (
        "Someone is drilling into a wall.",
        "An electric drill.",
        True,
        "answer",
    ),
    (
        "Her tone is upbeat and cheerful throughout.",
        "The woman sounds happy.",
        True,
        "answer",
    ),
    (
        "On entend des vagues qui se brisent sur la plage et quelques mouettes.",
        "Waves crashing on a beach, with a few gulls calling.",
        True,
        "answer",
    ),
    (
        "The speaker is talking in Spanish.",
        "The speaker is talking in Portuguese.",
        False,
        "answer",
    ),
    (
        "A woman is whispering a short message into the microphone.",
        "A woman shouts a short message.",
        False,
        "answer",
    ),
    (
        "He says the package will arrive on Thursday.",
        "He mentions the parcel is due to arrive on Tuesday.",
        False,
        "answer",
    ),
    (
        "No one is speaking; it's just a dog panting.",
        "A man talks to his panting dog.",
        False,
        "answer",
    ),
    (
        "An electric guitar solo with heavy distortion.",
        "An acoustic guitar being strummed gently.",
        False,
        "answer",
    ),
    (
        "There are three people talking over each other.",
        "Two people are having a conversation.",
        False,
        "answer",
    ),
    (
        "The recording contains thunder. The rumble is very close and sharp, as if the lightning struck nearby; "
        "rain is also falling steadily.",
        "Steady rain with thunder rumbling far off in the distance.",
        False,
        "answer",
    ),
    (
        "The recording is a voicemail. A man named Tom says he's running late and will be at the restaurant at "
        "around eight thirty, and asks them to order drinks without him.",
        "Voicemail from Tom: running late, he'll get to the restaurant around 9:30, go ahead and order drinks.",
        False,
        "answer",
    ),
    (
        "Birds are chirping in the background while a man mows the lawn.",
        "A lawnmower runs; I can't hear any birds.",
        False,
        "answer",
    ),
    (
        "The car passes from left to right.",
        "The car moves from the right side to the left.",
        False,
        "answer",
    ),
    (
        "Could be a washing machine on spin cycle, I think.",
        "A dishwasher running.",
        False,
        "answer",
    ),
    (
        "That sounds like a doorbell.",
        "That's a phone ringing.",
        False,
        "answer",
    ),
    (
        "A small child is singing a nursery rhyme.",
        "An adult woman sings a nursery rhyme.",
        False,
        "answer",
    ),
    (
        "No, I don't hear any traffic; it's a quiet suburban street with only birdsong.",
        "A suburban street with birdsong and some passing traffic.",
        False,
        "answer",
    ),
    (
        "The sound is a sewing machine.",
        "A paper shredder is running.",
        False,
        "answer",
    ),
    (
        "A crow is cawing repeatedly.",
        "A seagull keeps squawking.",
        False,
        "answer",
    ),
    (
        "The speaker says the store opens at nine and closes at five.",
        "She says the store opens at five and closes at nine.",
        False,
        "answer",
    ),
    (
        "Una donna ride.",
        "A woman is crying.",
        False,
        "answer",
    ),
    (
        "{\"gender\": \"male\", \"emotion\": \"sad\", \"language\": \"English\"}",
        "An English-speaking man who sounds angry.",
        False,
        "answer",
    ),
    (
        "First the baby starts crying, and then the dog begins to bark.",
        "A dog barks, which then makes a baby cry.",
        False,
        "answer",
    ),
    (
        "- Speech: yes (one man)\n- Music: no\n- Noise: light wind",
        "A man speaks over soft background music and a little wind.",
        False,
        "answer",
    ),
    (
        "He says to take the tablet after meals.",
        "He says the tablet should be taken before eating.",
        False,
        "answer",
    ),
    (
        "A frog croaking by a pond.",
        "Crickets chirping near a pond.",
        False,
        "answer",
    ),
    (
        "The music stops abruptly about five seconds in.",
        "About five seconds in, music suddenly starts.",
        False,
        "answer",
    ),
    (
        "Sounds like an airport terminal — there's a boarding announcement and rolling suitcases.",
        "A busy train station, with a platform announcement and rolling luggage.",
        False,
        "answer",
    ),
    (
        "Someone is playing piano in the same room, close to the microphone.",
        "Piano playing faintly from another room.",
        False,
        "answer",
    ),
    (
        "The man sounds relaxed and amused while telling the story.",
        "The man sounds irritated as he tells the story.",
        False,
        "answer",
    ),
    (
        "The speaker lists four items she needs from the shop: milk, eggs, bread and butter.",
        "She names 3 things to buy: milk, eggs and bread.",
        False,
        "answer",
    ),
    (
        "The speaker is a weather presenter. She says tomorrow will start cloudy with some showers in the morning, "
        "clearing to sunshine by the afternoon, with highs around 18 degrees.",
        "Weather forecast: a sunny morning turning to showers in the afternoon, around 18 degrees.",
        False,
        "answer",
    ),
    (
        "He says he left his keys in the kitchen.",
        "He says he left the keys in the car.",
        False,
        "answer",
    ),
    (
        "Hey Siri, set a timer for 10 minutes.",
        "hey siri set a timer for ten minutes",
        True,
        "transcript",
    ),
    (
        "The temperature dropped to -5°C overnight.",
        "the temperature dropped to minus five degrees celsius overnight",
        True,
        "transcript",
    ),
    (
        "Hola, ¿cómo estás? Hace mucho que no te veo.",
        "hola como estas hace mucho que no te veo",
        True,
        "transcript",
    ),
    (
        "Um, so, the the quarterly report is due, uh, on Friday.",
        "So the quarterly report is due on Friday.",
        True,
        "transcript",
    ),
    (
        "Add 2 tbsp of olive oil.",
        "Add two tablespoons of olive oil.",
        True,
        "transcript",
    ),
    (
        "I'll see you at half past four.",
        "I will see you at half past four",
        True,
        "transcript",
    ),
    (
        "[00:00.000 --> 00:03.200]  Welcome back to the show, everyone.",
        "Welcome back to the show everyone.",
        True,
        "transcript",
    ),
    (
        "Call me back on 07700 900123.",
        "call me back on oh seven seven double oh nine double oh one two three",
        True,
        "transcript",
    ),
    (
        "gonna grab some lunch, wanna come?",
        "Going to grab some lunch, want to come?",
        True,
        "transcript",
    ),
    (
        "If you're experiencing a medical emergency, hang up and dial 999. For non-urgent advice, call 111.",
        "if you're experiencing a medical emergency hang up and dial nine nine nine for non urgent advice call one "
        "one one",
        True,
        "transcript",
    ),
    (
        "That's £20 for the two tickets.",
        "that's twenty pounds for the two tickets",
        True,
        "transcript",
    ),
    (
        "The meeting's been moved to 2:00 PM.",
        "The meeting has been moved to two p.m.",
        True,
        "transcript",
    ),
    (
        "Dr. Okafor is on the 3rd floor.",
        "Doctor Okafor is on the third floor.",
        True,
        "transcript",
    ),
    (
        "Prices went up by 50%.",
        "Prices went up by fifty percent.",
        True,
        "transcript",
    ),
    (
        "Mr. and Mrs. Hughes arrived at 10 a.m.",
        "Mister and Missus Hughes arrived at ten A M.",
        True,
        "transcript",
    ),
    (
        "Flight AA 1402 now boarding at gate B12.",
        "Flight A A fourteen oh two now boarding at gate B twelve.",
        True,
        "transcript",
    ),
    (
        "About 1,500 people attended.",
        "about fifteen hundred people attended",
        True,
        "transcript",
    ),
    (
        "That'll be $12.50, please.",
        "that'll be twelve dollars fifty please",
        True,
        "transcript",
    ),
    (
        "Vitamin D, 1000 IU a day.",
        "vitamin D one thousand I U a day",
        True,
        "transcript",
    ),
    (
        "**Transcription:**\n\n> Thanks so much for calling. How can I help you today?",
        "Thanks so much for calling, how can I help you today?",
        True,
        "transcript",
    ),
    (
        "我不想去那个地方。",
        "我想去那个地方。",
        False,
        "transcript",
    ),
    (
        "It's hard to recognize speech in a noisy room.",
        "It's hard to wreck a nice beach in a noisy room.",
        False,
        "transcript",
    ),
    (
        "Don't forget to feed the cat.",
        "Don't forget to feed the cats.",
        False,
        "transcript",
    ),
    (
        "Ich komme um halb acht.",
        "Ich komme um acht.",
        False,
        "transcript",
    ),
    (
        "The lecture starts at quarter to ten.",
        "The lecture starts at quarter past ten.",
        False,
        "transcript",
    ),
    (
        "Hola, necesito dos boletos para Madrid.",
        "Hola, necesito doce boletos para Madrid.",
        False,
        "transcript",
    ),
    (
        "He's always been on time.",
        "He's never been on time.",
        False,
        "transcript",
    ),
    (
        "She's allergic to peanuts.",
        "She's allergic to peaches.",
        False,
        "transcript",
    ),
    (
        "The train departs at 7:15.",
        "The train departs at seven fifty.",
        False,
        "transcript",
    ),
    (
        "We were told to wait outside.",
        "We were told not to wait outside.",
        False,
        "transcript",
    ),
    (
        "It's unlikely to rain this afternoon.",
        "It's likely to rain this afternoon.",
        False,
        "transcript",
    ),
    (
        "I thought the film was predictable.",
        "I thought the film was unpredictable.",
        False,
        "transcript",
    ),
    (
        "Send it to the London office by Friday.",
        "Send it from the London office by Friday.",
        False,
        "transcript",
    ),
    (
        "That's a hundred and fifty dollars.",
        "That's $115.",
        False,
        "transcript",
    ),
    (
        "Hey Google, turn off the kitchen lights.",
        "hey google turn on the kitchen lights",
        False,
        "transcript",
    ),
    (
        "I bought the apples at the market.",
        "I bought an apple at the market.",
        False,
        "transcript",
    ),
    (
        "I'd like to cancel my subscription.",
        "I'd like to change my subscription.",
        False,
        "transcript",
    ),
    (
        "We'll meet before lunch.",
        "We'll meet after lunch.",
        False,
        "transcript",
    ),
    (
        "Good morning everyone, and welcome to the annual general meeting. Before we begin, please make sure your "
        "phones are switched off, and note that the fire exits are located at the back of the hall.",
        "Good morning everyone and welcome to the annual general meeting. Before we begin please make sure your "
        "phones are switched on, and note that the fire exits are located at the back of the hall.",
        False,
        "transcript",
    ),
    (
        "The results were better than expected.",
        "The results were worse than expected.",
        False,
        "transcript",
    ),
]
