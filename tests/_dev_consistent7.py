"""Meaning pairs for expect.consistent(output, other), table 7: dev half (100 rows).

The seventh meaning-pair table pair (dev 7 / HELD-OUT 7), written blind for issue 22 (round 4) without reading the
scorer or any earlier table. One pool of 200 pairs, split by a seeded shuffle (random.Random(2507))
within each (kind, same_meaning) group, alternate rows: even index to dev, odd to held-out. This file holds the
dev (even-index) rows; its twin is tests/_heldout_consistent7.py (held-out half).

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
        "I heard what sounds like a smoke alarm going off.",
        "That's a smoke detector sounding its alarm.",
        True,
        "answer",
    ),
    (
        "El audio muestra a dos personas conversando en una cafetería; se oyen tazas y una máquina de espresso "
        "de fondo.",
        "Two people chatting in a coffee shop, with cups clinking and an espresso machine in the background.",
        True,
        "answer",
    ),
    (
        "A brass instrument is playing a fanfare.",
        "Trumpet fanfare.",
        True,
        "answer",
    ),
    (
        "我先以为是下雨声，但仔细听是锅里的油在滋滋作响，所以答案是：在煎东西。",
        "Something frying in a pan - sizzling oil.",
        True,
        "answer",
    ),
    (
        "{\"speaker_gender\": \"male\", \"age_group\": \"elderly\", \"emotion\": \"neutral\"}",
        "An old man speaking in a neutral, matter-of-fact tone.",
        True,
        "answer",
    ),
    (
        "The audio contains a cat meowing repeatedly.",
        "Meow... meow... meow. It's a cat, several times over.",
        True,
        "answer",
    ),
    (
        "The speeker counts down from five to one and then says 'go'.",
        "Countdown 5-4-3-2-1, then \"Go!\"",
        True,
        "answer",
    ),
    (
        "| Attribute | Value |\n|---|---|\n| Speaker | adult male |\n| Emotion | angry |\n| Language | English "
        "|",
        "An adult man speaking English, and he sounds furious.",
        True,
        "answer",
    ),
    (
        "A bird is chirping.",
        "This is a robin singing.",
        True,
        "answer",
    ),
    (
        "{\"sound_event\": \"glass breaking\", \"confidence\": 0.82, \"environment\": \"indoor\"}",
        "Sounds like someone dropped a glass and it shattered - indoors, I think.",
        True,
        "answer",
    ),
    (
        "Insects buzzing.",
        "A bee buzzing around.",
        True,
        "answer",
    ),
    (
        "Based on the transcript, the speaker is ordering a large pepperoni pizza for delivery.",
        "Order: 1x large pepperoni pizza (delivery).",
        True,
        "answer",
    ),
    (
        "The audio features a man speaking in a news-broadcast style, reporting on the weather: sunny skies "
        "with temperatures around twenty degrees.",
        "Weather report by a male anchor: sunny, roughly 20°.",
        True,
        "answer",
    ),
    (
        "It might be a vacuum cleaner, though I'm not entirely certain given the background hum.",
        "A vacuum cleaner is running.",
        True,
        "answer",
    ),
    (
        "I'd guess this is probably a sheep, based on the bleating.",
        "A sheep bleats.",
        True,
        "answer",
    ),
    (
        "The transcript suggests the speaker is describing a recipe for pancakes: flour, eggs, milk.",
        "Speaker goes through a pancake recipe (flour, eggs and milk).",
        True,
        "answer",
    ),
    (
        "- Sound: doorbell\n- Followed by: dog barking\n- Setting: inside a house",
        "A doorbell rings and then a dog starts barking inside the house.",
        True,
        "answer",
    ),
    (
        "音频中是一只狗在叫，叫了好几声。",
        "A dog barks several times.",
        True,
        "answer",
    ),
    (
        "The announcer says the train to Leeds will depart from platform 4.",
        "Station announcement: the Leeds service is leaving from platform four.",
        True,
        "answer",
    ),
    (
        "I can't tell what the speaker is saying; the audio is too distorted.",
        "Unintelligible - the speech is too garbled to make out.",
        True,
        "answer",
    ),
    (
        "Ther is a dog barkng and a man yeling at it to stop",
        "A man shouts at a barking dog, telling it to stop.",
        True,
        "answer",
    ),
    (
        "The music stops abruptly halfway through the clip.",
        "About halfway in, the music cuts off suddenly.",
        True,
        "answer",
    ),
    (
        "Oh, that's a rooster crowing! Sounds like early morning on a farm.",
        "cock-a-doodle-doo - a rooster",
        True,
        "answer",
    ),
    (
        "He says to take the tablet after eating.",
        "The instruction given: take the pill once you've had a meal.",
        True,
        "answer",
    ),
    (
        "On entend un homme qui tousse plusieurs fois.",
        "A man coughing repeatedly.",
        True,
        "answer",
    ),
    (
        "Eine Frau lacht herzlich.",
        "A woman is laughing warmly.",
        True,
        "answer",
    ),
    (
        "### Analysis\n- **Scene:** airport terminal\n- **Evidence:** boarding announcements, rolling suitcases",
        "This sounds like an airport - there are flight announcements and wheeled luggage.",
        True,
        "answer",
    ),
    (
        "Answer: (C) Siren",
        "An emergency vehicle's siren is wailing.",
        True,
        "answer",
    ),
    (
        "The cashier tells the customer the total comes to twelve fifty.",
        "The total mentioned is 12.50.",
        True,
        "answer",
    ),
    (
        "Se escucha lluvia intensa cayendo sobre un tejado de chapa.",
        "Heavy rain drumming on a tin roof.",
        True,
        "answer",
    ),
    (
        "The speaker is an elderly man describing his vegetable garden.",
        "An elderly woman talks about her vegetable garden.",
        False,
        "answer",
    ),
    (
        "A cat purring.",
        "A cat hissing.",
        False,
        "answer",
    ),
    (
        "An old woman laughing.",
        "A young girl laughing.",
        False,
        "answer",
    ),
    (
        "The woman speaks English with a slight French accent, and you can hear a dog barking briefly near the "
        "end.",
        "A woman with a light French accent speaks English; there are no other sounds apart from her voice.",
        False,
        "answer",
    ),
    (
        "She ends the sentence with a rising intonation, as if asking a question.",
        "Her intonation falls at the end - a statement, not a question.",
        False,
        "answer",
    ),
    (
        "An alarm tone whose pitch climbs steadily over five seconds.",
        "A five-second alarm tone, sliding downward in pitch.",
        False,
        "answer",
    ),
    (
        "The woman sounds excited and happy about the news.",
        "The woman sounds upset and disappointed by the news.",
        False,
        "answer",
    ),
    (
        "1. Thunder\n2. Rain begins\n3. Wind picks up",
        "Wind picks up first, then rain begins, and finally thunder.",
        False,
        "answer",
    ),
    (
        "A teenage boy is speaking.",
        "A middle-aged man is speaking.",
        False,
        "answer",
    ),
    (
        "首先听到敲门声，然后是门铃声。",
        "A doorbell rings, then someone knocks.",
        False,
        "answer",
    ),
    (
        "Jemand öffnet eine Tür.",
        "Someone shuts a door.",
        False,
        "answer",
    ),
    (
        "An electric guitar solo.",
        "An acoustic guitar strumming chords.",
        False,
        "answer",
    ),
    (
        "neutral",
        "The speaker sounds scared.",
        False,
        "answer",
    ),
    (
        "The man asks for the bill and the waitress says she'll bring it.",
        "The woman asks for the bill and the waiter says he'll bring it over.",
        False,
        "answer",
    ),
    (
        "This could be a gunshot... but the tonal decay and the regular rhythm show it's a drum being struck. "
        "Answer: a drum.",
        "A gunshot.",
        False,
        "answer",
    ),
    (
        "Here's a breakdown:\n\n- **Environment:** indoor, likely a kitchen\n- **Sounds:** water running from "
        "a tap, dishes clinking, a microwave beeping three times\n- **Speech:** none",
        "Kitchen scene: tap water running, dishes clinking, and a microwave beeping twice; nobody speaks.",
        False,
        "answer",
    ),
    (
        "No se oye ningún coche; solo pájaros.",
        "Cars passing by, with birds in the background.",
        False,
        "answer",
    ),
    (
        "I can't determine the speaker's gender from this clip.",
        "The speaker is male.",
        False,
        "answer",
    ),
    (
        "At first I thought it was a drum, but the sharp crack and the long echo make me think it's actually a "
        "gunshot. Final answer: gunshot.",
        "drum hit",
        False,
        "answer",
    ),
    (
        "{\"event\": \"dog barking\", \"count\": 2, \"distance\": \"near\"}",
        "Two barks from a dog that sounds quite far off.",
        False,
        "answer",
    ),
    (
        "Could be a violin, maybe.",
        "Definitely not a violin - it's a viola.",
        False,
        "answer",
    ),
    (
        "The speaker is speaking Japanese.",
        "The speaker is speaking Korean.",
        False,
        "answer",
    ),
    (
        "Il bambino ride.",
        "The child is crying.",
        False,
        "answer",
    ),
    (
        "The speaker says the package will arrive on Tuesday.",
        "According to the speaker, the package arrives Thursday.",
        False,
        "answer",
    ),
    (
        "Answer: (B) Piano",
        "The instrument is a pipe organ.",
        False,
        "answer",
    ),
    (
        "He says the store opens at nine.",
        "He mentions that the shop closes at nine.",
        False,
        "answer",
    ),
    (
        "Turn left at the bakery, he says.",
        "He says to turn right at the bakery.",
        False,
        "answer",
    ),
    (
        "音频中有一个男人在唱歌。",
        "A woman is singing.",
        False,
        "answer",
    ),
    (
        "She asks for 15 copies of the report.",
        "She wants fifty copies of the report.",
        False,
        "answer",
    ),
    (
        "He asks to turn the music down.",
        "He wants the music turned up.",
        False,
        "answer",
    ),
    (
        "The organization analyzed the data.",
        "The organisation analysed the data.",
        True,
        "transcript",
    ),
    (
        "I'm gonna grab a coffee, wanna come?",
        "I'm going to grab a coffee, do you want to come?",
        True,
        "transcript",
    ),
    (
        "The temperature dropped to minus ten degrees.",
        "The temperature dropped to -10°.",
        True,
        "transcript",
    ),
    (
        "Das kostet 19,99 €.",
        "Das kostet neunzehn Euro neunundneunzig.",
        True,
        "transcript",
    ),
    (
        "I'll meet you at 3:45 pm.",
        "i'll meet you at three forty-five p.m.",
        True,
        "transcript",
    ),
    (
        "Y'all ain't seen nothin' yet.",
        "You all haven't seen anything yet.",
        True,
        "transcript",
    ),
    (
        "She's twenty-one years old.",
        "She is 21 years old.",
        True,
        "transcript",
    ),
    (
        "The total is £3.99.",
        "the total is three pounds ninety-nine",
        True,
        "transcript",
    ),
    (
        "Add two tablespoons of sugar.",
        "Add 2 tbsp of sugar.",
        True,
        "transcript",
    ),
    (
        "Es ist halb acht.",
        "Es ist 7:30.",
        True,
        "transcript",
    ),
    (
        "We need to, we need to finish this by, um, Friday.",
        "We need to finish this by Friday.",
        True,
        "transcript",
    ),
    (
        "OK, so, like, the thing is, I dunno.",
        "Okay so the thing is, I don't know.",
        True,
        "transcript",
    ),
    (
        "[00:00:03.120 --> 00:00:05.880] Please fasten your seatbelts.",
        "Please fasten your seat belts.",
        True,
        "transcript",
    ),
    (
        "I can't believe it's already nine o'clock!",
        "I cannot believe it is already 9:00.",
        True,
        "transcript",
    ),
    (
        "**Agent:** Thank you for calling, how may I help you?",
        "Thank you for calling. How may I help you?",
        True,
        "transcript",
    ),
    (
        "It's 50% off until the 1st.",
        "it's fifty percent off until the first",
        True,
        "transcript",
    ),
    (
        "Wir treffen uns um Viertel nach drei.",
        "wir treffen uns um 3:15",
        True,
        "transcript",
    ),
    (
        "Je suis allé à l'école à pied.",
        "je suis alle a l ecole a pied",
        True,
        "transcript",
    ),
    (
        "Bonjour, je voudrais réserver une table pour quatre personnes.",
        "bonjour je voudrais reserver une table pour 4 personnes",
        True,
        "transcript",
    ),
    (
        "我的电话号码是一三八一二三四五六七八。",
        "我的电话号码是13812345678。",
        True,
        "transcript",
    ),
    (
        "Wir haben dreizehn Gäste.",
        "Wir haben dreißig Gäste.",
        False,
        "transcript",
    ),
    (
        "Send it to Katherine.",
        "Send it to Kathleen.",
        False,
        "transcript",
    ),
    (
        "The deadline is the 13th of May.",
        "The deadline is May 30th.",
        False,
        "transcript",
    ),
    (
        "[00:01.200] My PIN is 4725.",
        "My PIN is 4752.",
        False,
        "transcript",
    ),
    (
        "Let's meet at quarter past seven.",
        "Let's meet at 7:45.",
        False,
        "transcript",
    ),
    (
        "Flight UA 418 is now boarding at gate 22.",
        "flight u a four eight one is now boarding at gate twenty two",
        False,
        "transcript",
    ),
    (
        "That'll be twelve dollars fifty.",
        "That'll be $15.20.",
        False,
        "transcript",
    ),
    (
        "That's not really my cup of tea.",
        "That's really my cup of tea.",
        False,
        "transcript",
    ),
    (
        "Vamos a la playa mañana.",
        "Fuimos a la playa ayer.",
        False,
        "transcript",
    ),
    (
        "I'll need fifteen chairs for the hall.",
        "I'll need 50 chairs for the hall.",
        False,
        "transcript",
    ),
    (
        "Good evening, this is your captain speaking. We're currently cruising at thirty-seven thousand feet, "
        "and we expect to land in Denver in about forty minutes. The local temperature is a pleasant "
        "twenty-two degrees.",
        "Good evening, this is your captain speaking. We're currently cruising at 37,000 feet and we expect to "
        "land in Denver in about fourteen minutes. The local temperature is a pleasant 22 degrees.",
        False,
        "transcript",
    ),
    (
        "Il ne pleut pas aujourd'hui.",
        "il pleut aujourd'hui",
        False,
        "transcript",
    ),
    (
        "J'ai soixante-dix euros.",
        "J'ai 60 euros.",
        False,
        "transcript",
    ),
    (
        "Sí, quiero café.",
        "No, no quiero café.",
        False,
        "transcript",
    ),
    (
        "一共是四十块钱。",
        "一共是十四块钱。",
        False,
        "transcript",
    ),
    (
        "The child was asleep.",
        "The children were asleep.",
        False,
        "transcript",
    ),
    (
        "Wash your hands before you eat.",
        "Wash your hands after you eat.",
        False,
        "transcript",
    ),
    (
        "Your appointment has been moved to Wednesday the ninth at ten thirty in the morning, at our Elm "
        "Street branch.",
        "Your appointment's been moved to Wednesday the 9th at 10:30 in the evening at our Elm Street branch.",
        False,
        "transcript",
    ),
    (
        "I can attend the dinner on Friday.",
        "I can't attend the dinner on Friday.",
        False,
        "transcript",
    ),
    (
        "The price went up yesterday.",
        "The price went down yesterday.",
        False,
        "transcript",
    ),
]
