"""Fourth blind held-out table for ``expect.consistent(output, other)`` (issue 22), mostly pairs of answers an audio LLM
gives about one clip, written BLIND on 2026-12-07 by helper h30 (branch v26b), for the lead to score code that nobody
tuning it has seen this table with.

Blind: the writer did not open ``pytest_audiotrust/scoring/`` or ``verdicts/``, any ``tests/_dev_*``, ``_heldout_*`` or
``_fresh_*`` table's rows or any meaning/agreement test, and did not run the verdict on any row while writing it. Read
for the format: the first 22 lines of ``tests/_heldout_consistent3.py``, ``tests/_consistent_score.py`` and
``tests/test_heldout_consistent.py`` (no rows in either). Committed alone, then scored once with the code as it stood
(``tests/heldout_scores/heldout_consistent4_first_score.txt``, totals only).

Each row is ``(output, other, same_meaning, kind)``, labelled by reading it: ``same_meaning`` is True when a careful
human would say both texts tell the same thing about the clip (or say the same utterance), wording, length, hedging and
formatting aside. A broader class ("a vehicle") agrees with a narrower one it covers; a sound named by its source agrees
with the same sound named by its action ("a kettle" / "water boiling"); a hedge agrees with the plain claim; "can't
tell" does not agree with a definite answer; the same events in another order are a different account.

- ``answer``: two answers about one clip: source vs action, paraphrased reports of what a speaker says, a crowd said two
  ways, long descriptions vs short ones, JSON, bullets or markdown vs prose, hedged vs plain, counts in words vs digits;
  and flips, several hidden in long answers that otherwise match: distance, loudness, a count, sex, age, mood, order,
  direction, one sound swapped for a sibling, heard vs denied, reported content.
- ``transcript``: two transcripts of one utterance: numbers and money spoken vs written, fillers and restarts,
  contractions, abbreviations, punctuation and case; and flips: one content word, a negation, a number, a preposition.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, bool, str]] = [
    # ---------------------------------------------------------------- answers, same meaning
    ("That's a kettle on the stove.", "Water is boiling.", True, "answer"),
    ("A dog is barking.", "I hear barking from a dog somewhere in the background.", True, "answer"),
    ("Someone is knocking on a door.", "Knocking.", True, "answer"),
    ("The speaker says she'll be late because her train was cancelled.",
     "She explains that her train got cancelled, so she's running late.", True, "answer"),
    ('{"sound": "rain", "intensity": "heavy"}', "Heavy rain is falling.", True, "answer"),
    ("- car engine\n- horn honking\n- footsteps", "There's a car engine, a horn honking, and footsteps.", True, "answer"),
    ("It might be a vacuum cleaner, though I'm not completely sure.", "A vacuum cleaner.", True, "answer"),
    ("A vehicle passes by.", "A motorcycle drives past.", True, "answer"),
    ("The recording captures a busy café: cups clinking, an espresso machine hissing, and lots of people chatting.",
     "Café ambience.", True, "answer"),
    ("A crowd is cheering.", "Many people are cheering.", True, "answer"),
    ("Someone slams a door.", "A door is slammed shut.", True, "answer"),
    ("A baby is crying.", "The sound is an infant crying.", True, "answer"),
    ("There are three speakers.", "I can hear 3 different people talking.", True, "answer"),
    ("The speaker is a man, probably middle-aged, and he sounds calm.", "A calm, middle-aged male voice.", True, "answer"),
    ("Yes, there's a siren, and it gets louder as it comes closer.", "Yes. An emergency siren is audible, approaching.",
     True, "answer"),
    ("The speaker is speaking Spanish.", "The language is Spanish.", True, "answer"),
    ("He says the meeting has moved to Thursday at 3.",
     "According to the speaker, the meeting is now on Thursday at three o'clock.", True, "answer"),
    ("Birds are chirping.", "Birdsong.", True, "answer"),
    ("The phone is ringing.", "A telephone rings.", True, "answer"),
    ("Thunder.", "A thunderstorm rumbling.", True, "answer"),
    ("**Sound:** applause\n**Source:** an audience", "An audience applauding.", True, "answer"),
    ("No, there is no speech in this clip; it's only music.",
     "The clip contains instrumental music without anyone speaking.", True, "answer"),
    ("I can't hear any dog barking.", "No, there's no dog in the recording.", True, "answer"),
    ("A woman is laughing.", "The sound is female laughter.", True, "answer"),
    ("Footsteps on gravel.", "Someone is walking on a gravel path.", True, "answer"),
    ("The speaker sounds angry.", "He's clearly furious and raising his voice.", True, "answer"),
    ("Typing on a keyboard.", "Someone's typing on a computer keyboard.", True, "answer"),
    ("This appears to be a recording made outdoors near a road. I can hear a steady stream of traffic, occasional car "
     "horns, and around the five-second mark a bus pulls away.", "Street traffic with horns and a bus.", True, "answer"),
    ("A clock is ticking.", "The tick-tock of a clock.", True, "answer"),
    ("Two people are having a conversation in English.", "A dialogue between two English speakers.", True, "answer"),
    ("The speaker asks where the nearest pharmacy is.", "He's asking for directions to a pharmacy nearby.", True,
     "answer"),
    ("This is probably a cat meowing.", "It sounds like a cat.", True, "answer"),
    ("Glass shattering.", "Something made of glass breaks.", True, "answer"),
    ("An alarm clock is going off.", "An alarm is beeping.", True, "answer"),
    ('{"events": ["dog barking", "door closing"]}', "A dog barks, then a door closes.", True, "answer"),
    ("The audio is silent.", "There's nothing audible in this clip, just silence.", True, "answer"),
    ("A man and a woman are arguing.", "A couple is having an argument, one male voice and one female voice.", True,
     "answer"),
    ("A helicopter is flying overhead.", "The whirring of helicopter rotors overhead.", True, "answer"),
    ("Based on what I can hear, I'd say this is most likely someone frying food in a pan, with oil sizzling quite "
     "loudly throughout the clip.", "Sizzling from a frying pan.", True, "answer"),
    ("The speaker tells the caller that the store closes at nine tonight.",
     "She says the shop shuts at 9 pm today.", True, "answer"),
    # ---------------------------------------------------------------- answers, flips
    ("A dog is barking.", "A cat is meowing.", False, "answer"),
    ("A solo violin plays a slow, sad melody in a reverberant hall, with a few coughs from the audience near the end.",
     "A solo cello plays a slow, sad melody in a reverberant hall, with a few coughs from the audience near the end.",
     False, "answer"),
    ("A train passes very close to the microphone, loud and rumbling, with its horn blaring.",
     "A train can be heard far away, faint and rumbling, with its horn blaring.", False, "answer"),
    ("Someone is whispering.", "Someone is shouting.", False, "answer"),
    ("I can hear two dogs barking at each other.", "I can hear three dogs barking at each other.", False, "answer"),
    ("The speaker is a young woman with a British accent, talking about her holiday plans.",
     "The speaker is a young man with a British accent, talking about his holiday plans.", False, "answer"),
    ("The speaker sounds cheerful and excited about the trip.", "The speaker sounds anxious and worried about the trip.",
     False, "answer"),
    ("First a door opens, then footsteps, then a chair scrapes.", "First footsteps, then a door opens, then a chair "
     "scrapes.", False, "answer"),
    ("Yes, there is a siren in the background.", "No siren can be heard in this recording.", False, "answer"),
    ("The speaker is speaking German.", "I can't determine which language is being spoken; the audio is too muffled.",
     False, "answer"),
    ("She says the package was delivered this morning.", "She says the package still hasn't been delivered.", False,
     "answer"),
    ("He says the flight leaves at 7:40.", "He says the flight leaves at 7:14.", False, "answer"),
    ('{"sound": "rain", "intensity": "light"}', "Heavy rain is pouring down.", False, "answer"),
    ("A microwave is beeping.", "An oven timer is beeping.", False, "answer"),
    ("The clip opens with a few seconds of wind, then a dog barks twice, and finally a car drives away slowly on a wet "
     "road.", "The clip opens with a few seconds of wind, then a dog barks twice, and finally a car drives up slowly on "
     "a wet road and stops.", False, "answer"),
    ("A single person is clapping.", "An audience is applauding.", False, "answer"),
    ("I think it might be a motorcycle.", "It's definitely a lawnmower.", False, "answer"),
    ("The speaker is an elderly man.", "The speaker is a child.", False, "answer"),
    ("The music is fast and upbeat.", "The music is slow and melancholic.", False, "answer"),
    ("Birds are chirping in the background.", "There are no birds in the background; it's just wind.", False, "answer"),
    ("- footsteps\n- a knock at the door\n- a dog barking", "Footsteps, a knock at the door, and a cat meowing.", False,
     "answer"),
    ("The speaker is speaking Portuguese.", "The speaker is speaking Spanish.", False, "answer"),
    ("Someone is strumming an acoustic guitar by a campfire; you can hear the fire crackling and people humming along.",
     "Someone is strumming a banjo by a campfire; you can hear the fire crackling and people humming along.", False,
     "answer"),
    ("The baby is laughing.", "The baby is crying.", False, "answer"),
    ("There are four distinct voices in this meeting recording, two of them talking over each other near the end.",
     "There are five distinct voices in this meeting recording, two of them talking over each other near the end.",
     False, "answer"),
    ("He says he will come to the party.", "He says he won't be able to make it to the party.", False, "answer"),
    ("The phone rings once.", "The phone rings five times.", False, "answer"),
    ("This was recorded indoors, in a small room with some echo.", "This was recorded outdoors in an open field.", False,
     "answer"),
    ("A man is coughing.", "A man is sneezing.", False, "answer"),
    ("The car accelerates away.", "The car slows down and stops.", False, "answer"),
    ("Yes, there is speech: a man says \"hello\".", "No, there is no speech; the only sound is a man coughing.", False,
     "answer"),
    ("A thunderstorm is going on. The thunder is close and very loud, rattling the windows, and heavy rain hits the "
     "roof the whole time.", "A thunderstorm is going on. The thunder is distant and quiet, and heavy rain hits the roof "
     "the whole time.", False, "answer"),
    ('{"emotion": "happy", "speaker": "female"}', "The woman sounds sad.", False, "answer"),
    ("She mentions buying milk and then going to the bank.", "She mentions going to the bank and then buying milk.",
     False, "answer"),
    ("A helicopter.", "An airplane flying overhead.", False, "answer"),
    ("A calm, low-pitched male voice reads a weather forecast: sunny in the morning, showers after lunch, and a high of "
     "18 degrees.", "A calm, low-pitched female voice reads a weather forecast: sunny in the morning, showers after "
     "lunch, and a high of 18 degrees.", False, "answer"),
    ("It's hard to say for sure, but the speaker seems to be asking the receptionist to book a table for four people "
     "at eight.", "The speaker asks the receptionist to cancel a table for four at eight.", False, "answer"),
    # ---------------------------------------------------------------- transcripts, same
    ("I'll meet you at 5 pm.", "I'll meet you at five p.m.", True, "transcript"),
    ("um so I was thinking we could uh go tomorrow", "So I was thinking we could go tomorrow.", True, "transcript"),
    ("Dr. Smith will see you now.", "Doctor Smith will see you now.", True, "transcript"),
    ("It's 20% off.", "It's twenty percent off.", True, "transcript"),
    ("Their car is over there.", "their car is over there", True, "transcript"),
    ("I want to-- I want to book a table for two.", "I want to book a table for two.", True, "transcript"),
    ("The U.S. economy grew last year.", "The US economy grew last year.", True, "transcript"),
    ("Call me at 555 0199.", "Call me at five five five, oh one nine nine.", True, "transcript"),
    ("We're going to need a bigger boat.", "We are going to need a bigger boat.", True, "transcript"),
    ("OK, let's start.", "Okay, let's start.", True, "transcript"),
    ("The meeting is on March 3rd.", "The meeting is on March third.", True, "transcript"),
    ("Please turn left at the, uh, next light.", "Please turn left at the next light.", True, "transcript"),
    ("It costs $12.50.", "It costs twelve dollars and fifty cents.", True, "transcript"),
    # ---------------------------------------------------------------- transcripts, flips
    ("I'll meet you at 5 pm.", "I'll meet you at 9 pm.", False, "transcript"),
    ("I can come tomorrow.", "I can't come tomorrow.", False, "transcript"),
    ("Turn left at the light.", "Turn right at the light.", False, "transcript"),
    ("The red file is on the desk.", "The red file is under the desk.", False, "transcript"),
    ("She bought fifteen apples.", "She bought fifty apples.", False, "transcript"),
    ("Please close the window.", "Please close the door.", False, "transcript"),
    ("We need the report by Monday.", "We need the report by Friday.", False, "transcript"),
    ("He's always on time.", "He's never on time.", False, "transcript"),
    ("The flight to Boston is delayed.", "The flight to Austin is delayed.", False, "transcript"),
    ("It costs $12.50.", "It costs $21.50.", False, "transcript"),
    ("I'd like a coffee with milk.", "I'd like a coffee without milk.", False, "transcript"),
    ("The patient is allergic to penicillin.", "The patient isn't allergic to penicillin.", False, "transcript"),
    ("Let's meet at the north entrance.", "Let's meet at the south entrance.", False, "transcript"),
]
