"""Meaning pairs for expect.consistent(output, other), table 5: HELD-OUT half (100 rows).

The fifth meaning-pair table pair (dev 5 / HELD-OUT 5), written blind for issue 22 without reading the
scorer or any earlier table. One pool of 200 pairs, split by a seeded shuffle (random.Random(2405))
within each (kind, same_meaning) group, alternate rows: even index to dev, odd to held-out.

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass.

Labelling rules. same_meaning is True when a careful human would say both texts tell the same thing about the
clip (or say the same utterance), wording, length, hedging and formatting aside. A broader class ("a vehicle")
agrees with a narrower one it covers; a sound named by its source agrees with the same sound named by its action
("a kettle" / "water boiling"); a hedge agrees with the plain claim; "can't tell" does not agree with a definite
answer; the same events in another order are a different account.

"answer" rows (about 60%) are two answers about one clip: source vs action, paraphrased reports of what a speaker
says (bill/check, chemist/pharmacy, lift/elevator), a crowd said two ways, long descriptions vs short ones, JSON,
bullets or markdown vs prose, hedged vs plain, counts in words vs digits, British vs American words; and flips
(False), several hidden in long answers that otherwise match: distance, loudness, a count, sex, age, mood, order,
direction, one sound swapped for a sibling, heard vs denied, a sound that starts vs stops, reported content, who
said what, a time or a place.

"transcript" rows (about 40%) are two transcripts of one utterance: numbers, dates, times and money spoken vs
written, fillers and restarts, contractions, abbreviations, punctuation and case, British/American spelling; and
flips: one content word, a negation, a number, a preposition, a name, a tense.

About half True, half False in each kind. Rows are (output, other, same_meaning, kind).
"""

from __future__ import annotations

SEED = 2405
POOL_SIZE = 200

PAIRS: list[tuple[str, str, bool, str]] = [
    (
        "The audio contains the sound of a car horn honking.",
        "car horn",
        True,
        "answer",
    ),
    (
        "He says he is going to the chemist to pick up his prescription.",
        "The man mentions heading to the pharmacy to collect his prescription.",
        True,
        "answer",
    ),
    (
        "- Speaker: adult woman\n- Language: Spanish\n- Tone: calm",
        "A calm adult female speaking Spanish.",
        True,
        "answer",
    ),
    (
        "The clip is too noisy; I can't determine what the speaker says.",
        "The speech is unintelligible because of the background noise.",
        True,
        "answer",
    ),
    (
        "He's ordering a coffee with oat milk and asks for it to take away.",
        "The customer orders a to-go coffee made with oat milk.",
        True,
        "answer",
    ),
    (
        "The speaker says the train to Leeds has been cancelled.",
        "According to the announcement, the Leeds service will not run today.",
        True,
        "answer",
    ),
    (
        "A toilet flushing.",
        "The sound of a loo being flushed.",
        True,
        "answer",
    ),
    (
        "A large crowd is cheering.",
        "It sounds like an audience of many people shouting and whooping with excitement, like at a stadium.",
        True,
        "answer",
    ),
    (
        "The crowd is booing.",
        "The audience expresses its disapproval by jeering and booing.",
        True,
        "answer",
    ),
    (
        "The woman asks if the shop accepts cards.",
        "She's asking whether she can pay by card at the store.",
        True,
        "answer",
    ),
    (
        "A phone is ringing.",
        "The ringtone of a telephone.",
        True,
        "answer",
    ),
    (
        "The man sounds angry.",
        "He seems furious, raising his voice in anger.",
        True,
        "answer",
    ),
    (
        "Autumn leaves rustling underfoot as someone walks.",
        "Footsteps crunching thru dry leaves.",
        True,
        "answer",
    ),
    (
        "There are roughly a dozen people clapping.",
        "About twelve people applauding.",
        True,
        "answer",
    ),
    (
        "It's a dentist's drill.",
        "A high-pitched dental drill whirring, like at the dentist's office.",
        True,
        "answer",
    ),
    (
        "There are two speakers: a man and a woman.",
        "2 people talk — one male, one female.",
        True,
        "answer",
    ),
    (
        "The sound is a kettle.",
        "Water boiling.",
        True,
        "answer",
    ),
    (
        "The sound is coming from the left.",
        "Source direction: left side.",
        True,
        "answer",
    ),
    (
        "Speaker emotion: happy",
        "The speaker sounds cheerful and upbeat.",
        True,
        "answer",
    ),
    (
        "The woman says she left her umbrella on the bus.",
        "She mentions forgetting her brolly on the bus.",
        True,
        "answer",
    ),
    (
        "Someone is hammering a nail into wood.",
        "The clip contains a hammer striking, probably on a wooden surface.",
        True,
        "answer",
    ),
    (
        "Thunder.",
        "A thunderstorm rumbling.",
        True,
        "answer",
    ),
    (
        "The speaker asks the waiter to bring the bill.",
        "She's asking for the check.",
        True,
        "answer",
    ),
    (
        "The speaker says her flat is on the third floor.",
        "She says her apartment is on the third floor.",
        True,
        "answer",
    ),
    (
        "No, I don't hear any music.",
        "There is no music in this recording.",
        True,
        "answer",
    ),
    (
        "Someone is typing on a keyboard.",
        "Keyboard clicks.",
        True,
        "answer",
    ),
    (
        "Waves crashing on a beach.",
        "The sea — surf breaking on the shore.",
        True,
        "answer",
    ),
    (
        "The baby is crying.",
        "An infant wailing.",
        True,
        "answer",
    ),
    (
        "The clip has a cat meowing.",
        "Un chat qui miaule.",
        True,
        "answer",
    ),
    (
        "**Answer:** Birdsong.\n\n**Details:** Several birds are chirping outdoors.",
        "Birds chirping outside.",
        True,
        "answer",
    ),
    (
        "The plane is taking off.",
        "The plane is landing.",
        False,
        "answer",
    ),
    (
        "The speaker sounds like a teenager.",
        "The speaker sounds like someone in their seventies.",
        False,
        "answer",
    ),
    (
        "A dog barking far away in the distance.",
        "A dog barking right next to the microphone.",
        False,
        "answer",
    ),
    (
        "The man asks for the bill and the woman says she'll pay.",
        "The woman asks for the bill and the man says he'll pay.",
        False,
        "answer",
    ),
    (
        "The rain starts partway through the clip.",
        "The rain stops partway through the clip.",
        False,
        "answer",
    ),
    (
        "The voice belongs to an elderly man.",
        "It's a teenage boy speaking.",
        False,
        "answer",
    ),
    (
        "Thunder rumbling.",
        "Fireworks exploding.",
        False,
        "answer",
    ),
    (
        "The speaker says the flight is delayed by an hour.",
        "The speaker says the flight has been cancelled.",
        False,
        "answer",
    ),
    (
        "The alarm goes off at the end of the clip.",
        "An alarm that was ringing is switched off at the end of the clip.",
        False,
        "answer",
    ),
    (
        "A crow cawing.",
        "A seagull squawking.",
        False,
        "answer",
    ),
    (
        "The speaker lists 7 items.",
        "She lists six items.",
        False,
        "answer",
    ),
    (
        "Yes, a dog barks twice near the end.",
        "No, there are no animal sounds.",
        False,
        "answer",
    ),
    (
        "The man says he'll call back tomorrow.",
        "The man says he'll call back tonight.",
        False,
        "answer",
    ),
    (
        "The speaker says he lost his wallet on the Tube.",
        "He says he lost his phone on the Underground.",
        False,
        "answer",
    ),
    (
        "Heavy rain.",
        "Light drizzle.",
        False,
        "answer",
    ),
    (
        "Five people are talking.",
        "It's a conversation between two people.",
        False,
        "answer",
    ),
    (
        "- Event: gunshots\n- Number: 5\n- Distance: far",
        "Five gunshots fired close by.",
        False,
        "answer",
    ),
    (
        "She asks where the lift is.",
        "She asks where the stairs are.",
        False,
        "answer",
    ),
    (
        "There is no speech, only instrumental music.",
        "A man sings over the instrumental music.",
        False,
        "answer",
    ),
    (
        "A trumpet plays a short fanfare.",
        "A trombone plays a short fanfare.",
        False,
        "answer",
    ),
    (
        "The crowd sounds disappointed, groaning.",
        "The crowd is cheering happily.",
        False,
        "answer",
    ),
    (
        "The clip is a street scene: cars passing, people chatting, and a church bell ringing in the distance.",
        "A street scene with cars passing and people chatting; no bells or music can be heard.",
        False,
        "answer",
    ),
    (
        "The background music fades in halfway through.",
        "The background music fades out halfway through.",
        False,
        "answer",
    ),
    (
        "A train approaches, growing louder, and blows its horn twice.",
        "A train moving away, getting quieter, blows its horn twice.",
        False,
        "answer",
    ),
    (
        "A woman is singing.",
        "A man sings.",
        False,
        "answer",
    ),
    (
        "The speaker says 'hello' and then coughs.",
        "The speaker coughs, then says hello.",
        False,
        "answer",
    ),
    (
        "The car moves from left to right.",
        "The car passes from right to left.",
        False,
        "answer",
    ),
    (
        "Two people argue: a man accuses a woman of lying, and she denies it, crying.",
        "Two men are arguing; one accuses the other of lying and the other denies it, in tears.",
        False,
        "answer",
    ),
    (
        "A person sneezes.",
        "A person coughs.",
        False,
        "answer",
    ),
    (
        "This is a voicemail from a man named Tom. He says he's running about twenty minutes late for dinner and "
        "apologizes; he sounds cheerful and relaxed.",
        "Voicemail: Tom says he'll be about 20 minutes late for dinner and apologises. He sounds irritated and tense.",
        False,
        "answer",
    ),
    (
        "Turn left on Main St.",
        "Turn left on Main Street.",
        True,
        "transcript",
    ),
    (
        "The password is A-B-C-1-2-3.",
        "The password is ABC123.",
        True,
        "transcript",
    ),
    (
        "The final score was 3-1.",
        "the final score was three to one",
        True,
        "transcript",
    ),
    (
        "He's 6 ft 2.",
        "He's six foot two.",
        True,
        "transcript",
    ),
    (
        "The flight is at 14:45.",
        "the flight is at fourteen forty-five",
        True,
        "transcript",
    ),
    (
        "Mr. and Mrs. Smith are here.",
        "Mister and Missus Smith are here.",
        True,
        "transcript",
    ),
    (
        "Okay, so the first step is, is to preheat the oven.",
        "OK so the first step is to preheat the oven",
        True,
        "transcript",
    ),
    (
        "We'll meet at 7 o'clock.",
        "we will meet at seven o'clock",
        True,
        "transcript",
    ),
    (
        "My favourite colour is grey.",
        "My favorite color is gray.",
        True,
        "transcript",
    ),
    (
        "Room 4B, please.",
        "room four B please",
        True,
        "transcript",
    ),
    (
        "Don't forget your passport.",
        "Do not forget your passport.",
        True,
        "transcript",
    ),
    (
        "Call me at 555-0134.",
        "call me at five five five oh one three four",
        True,
        "transcript",
    ),
    (
        "He was born in 1987.",
        "he was born in nineteen eighty-seven",
        True,
        "transcript",
    ),
    (
        "It costs $5.",
        "it costs five dollars",
        True,
        "transcript",
    ),
    (
        "It's the 21st of June.",
        "it's the twenty-first of June",
        True,
        "transcript",
    ),
    (
        "Please call the NHS helpline.",
        "please call the N.H.S. helpline",
        True,
        "transcript",
    ),
    (
        "I've got an appointment with Prof. Jones at half past three.",
        "I have got an appointment with Professor Jones at half past 3.",
        True,
        "transcript",
    ),
    (
        "The bus leaves from gate 221.",
        "the bus leaves from gate two twenty-one",
        True,
        "transcript",
    ),
    (
        "Let's organise the programme.",
        "Let's organize the program.",
        True,
        "transcript",
    ),
    (
        "Yeah, I'm gonna grab lunch.",
        "Yeah, I'm going to grab lunch.",
        True,
        "transcript",
    ),
    (
        "It costs $15.",
        "it costs fifty dollars",
        False,
        "transcript",
    ),
    (
        "Send it to John.",
        "Send it from John.",
        False,
        "transcript",
    ),
    (
        "She was born in 1978.",
        "she was born in nineteen eighty-seven",
        False,
        "transcript",
    ),
    (
        "Please bring your umbrella.",
        "Please bring your laptop.",
        False,
        "transcript",
    ),
    (
        "It's 30% off.",
        "it's thirteen percent off",
        False,
        "transcript",
    ),
    (
        "She walks to work.",
        "She walked to work.",
        False,
        "transcript",
    ),
    (
        "Flight BA 249 is now boarding.",
        "flight B A two forty-nine is now delayed",
        False,
        "transcript",
    ),
    (
        "The package will arrive on Tuesday.",
        "The package will arrive on Thursday.",
        False,
        "transcript",
    ),
    (
        "Ask Karen about the report.",
        "Ask Kevin about the report.",
        False,
        "transcript",
    ),
    (
        "We're leaving in 5 minutes.",
        "we're leaving in five hours",
        False,
        "transcript",
    ),
    (
        "The cat is sleeping on the bed.",
        "The cat is sleeping on the bench.",
        False,
        "transcript",
    ),
    (
        "Das ist nicht richtig.",
        "Das ist richtig.",
        False,
        "transcript",
    ),
    (
        "Mix it for 90 seconds.",
        "mix it for nineteen seconds",
        False,
        "transcript",
    ),
    (
        "I can go tomorrow.",
        "I can't go tomorrow.",
        False,
        "transcript",
    ),
    (
        "Take the 15 bus to the station.",
        "Take the fifty bus to the station.",
        False,
        "transcript",
    ),
    (
        "My flat is in London.",
        "My flat is in Lisbon.",
        False,
        "transcript",
    ),
    (
        "Meet me at half past four.",
        "meet me at a quarter past four",
        False,
        "transcript",
    ),
    (
        "My number ends in 4 7 9.",
        "my number ends in four seven five",
        False,
        "transcript",
    ),
    (
        "The meeting is at 10:30.",
        "the meeting is at ten thirteen",
        False,
        "transcript",
    ),
    (
        "Yeah, uh, so the price went up by 2 dollars.",
        "So the price went down by two dollars.",
        False,
        "transcript",
    ),
]
