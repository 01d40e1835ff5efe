"""Meaning pairs for expect.consistent(output, other), table 5: dev half (100 rows).

The fifth meaning-pair table pair (dev 5 / HELD-OUT 5), written blind for issue 22 without reading the
scorer or any earlier table. One pool of 200 pairs, split by a seeded shuffle (random.Random(2405))
within each (kind, same_meaning) group, alternate rows: even index to dev, odd to held-out.

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
        '{"sound_event": "door_knock", "count": 3}',
        "Someone knocks on a door three times.",
        True,
        "answer",
    ),
    (
        "The speaker is a child.",
        "It's a young kid talking, maybe around six or seven years old.",
        True,
        "answer",
    ),
    (
        "The music is a solo piano piece.",
        "Just a piano playing, no other instruments.",
        True,
        "answer",
    ),
    (
        "The speaker says they have a flat tyre and need to pull over.",
        "The speaker says they've got a flat tire and have to stop at the side of the road.",
        True,
        "answer",
    ),
    (
        "Three dogs are barking.",
        '{"animals": ["dog", "dog", "dog"], "action": "barking"}',
        True,
        "answer",
    ),
    (
        "I think the speaker is an elderly man.",
        "An old man.",
        True,
        "answer",
    ),
    (
        "I hear a vehicle passing by.",
        "A motorcycle drives past.",
        True,
        "answer",
    ),
    (
        "Yes, there is a siren in the clip.",
        "A siren can be heard.",
        True,
        "answer",
    ),
    (
        "The speaker is probably frustrated.",
        "Frustrated.",
        True,
        "answer",
    ),
    (
        "An emergency vehicle siren — likely an ambulance.",
        "Ambulance siren.",
        True,
        "answer",
    ),
    (
        "The speaker is whispering.",
        "He speaks in a very quiet whisper.",
        True,
        "answer",
    ),
    (
        "Sounds of a vacuum cleaner.",
        "Someone is hoovering.",
        True,
        "answer",
    ),
    (
        "It might be rain falling on a roof, though I'm not completely certain.",
        "Rain on a roof.",
        True,
        "answer",
    ),
    (
        "A lorry reversing, with its beeping warning signal.",
        "a truck backing up and beeping",
        True,
        "answer",
    ),
    (
        "He says the meeting has been moved to Thursday.",
        "The speaker explains that the meeting is now on Thursday instead.",
        True,
        "answer",
    ),
    (
        "The rooster crows.",
        "A cockerel crowing.",
        True,
        "answer",
    ),
    (
        "This audio clip features a man speaking in a calm, measured voice. He is giving a weather forecast, "
        "saying that tomorrow will be sunny with highs around 25 degrees. There is no background music.",
        "A calm man reads a forecast: sunny tomorrow, high of about twenty-five degrees, no music behind him.",
        True,
        "answer",
    ),
    (
        "The audio is an engine starting up.",
        "A car engine turns over and starts.",
        True,
        "answer",
    ),
    (
        "The sound is a clock ticking.",
        "tick-tock of a clock",
        True,
        "answer",
    ),
    (
        "A dog.",
        "The audio features a dog barking repeatedly.",
        True,
        "answer",
    ),
    (
        "The speaker is laughing.",
        "Laughter.",
        True,
        "answer",
    ),
    (
        "| Attribute | Value |\n|---|---|\n| Event | glass breaking |\n| Count | 1 |",
        "A single glass shatters.",
        True,
        "answer",
    ),
    (
        "Footsteps on a wooden floor.",
        "Someone is walking across wooden floorboards.",
        True,
        "answer",
    ),
    (
        "The announcement says the lift is out of service.",
        "An announcement states that the elevator is not working.",
        True,
        "answer",
    ),
    (
        "A helicopter flying overhead.",
        "Aircraft overhead.",
        True,
        "answer",
    ),
    (
        "Let me think. There's a loud whirring motor and the pitch rises, then settles, with something chopping "
        "inside a jug — that's consistent with a blender. Answer: a blender.",
        "Food blender running.",
        True,
        "answer",
    ),
    (
        "The bell rings 4 times.",
        "I count four rings of the bell.",
        True,
        "answer",
    ),
    (
        "The speaker is counting from one to ten in German.",
        "Someone counts 1 through 10 in German.",
        True,
        "answer",
    ),
    (
        "Chopping vegetables on a cutting board.",
        "A knife hitting a chopping board over and over, like someone dicing food.",
        True,
        "answer",
    ),
    (
        "The speaker is asking for directions to the nearest petrol station.",
        "She wants to know how to get to the closest gas station.",
        True,
        "answer",
    ),
    (
        "The speaker says he's allergic to peanuts.",
        "The speaker says he loves peanuts.",
        False,
        "answer",
    ),
    (
        "The audio contains a siren that is very close to the recording device, along with the sound of traffic.",
        "There is a faint siren far away and some traffic.",
        False,
        "answer",
    ),
    (
        "He says the meeting is at 3 pm.",
        "He says the meeting is at five in the afternoon.",
        False,
        "answer",
    ),
    (
        "The sound is a hair dryer.",
        "The sound is a vacuum cleaner.",
        False,
        "answer",
    ),
    (
        '{"speaker_gender": "female", "emotion": "sad", "language": "Italian"}',
        "A woman speaking Italian who sounds happy.",
        False,
        "answer",
    ),
    (
        "**Setting:** indoor swimming pool\n**Sounds:** splashing, children shouting, a whistle",
        "Children shouting and splashing at a beach, with a lifeguard's whistle.",
        False,
        "answer",
    ),
    (
        "The recording features a woman speaking English with a British accent. She explains that the museum "
        "opens at nine and closes at five, and that tickets cost twelve pounds. Traffic noise is audible in the "
        "background.",
        "A British woman says the museum opens at 9 and closes at 5, with tickets at £15. Some traffic noise "
        "behind her.",
        False,
        "answer",
    ),
    (
        "The speaker's gender is unclear from this clip.",
        "The speaker is female.",
        False,
        "answer",
    ),
    (
        "The clock chimes twelve times.",
        "The clock strikes 11.",
        False,
        "answer",
    ),
    (
        "Yes, there's a baby crying in the background.",
        "No baby can be heard in this recording.",
        False,
        "answer",
    ),
    (
        "El hablante dice que hace frío.",
        "The speaker says it's hot.",
        False,
        "answer",
    ),
    (
        "The speaker is shouting.",
        "The speaker talks in a soft, quiet voice.",
        False,
        "answer",
    ),
    (
        "The speaker sounds calm and relaxed.",
        "The speaker sounds anxious and stressed.",
        False,
        "answer",
    ),
    (
        "The footsteps are coming up the stairs.",
        "Someone is walking down the stairs.",
        False,
        "answer",
    ),
    (
        "The announcement is for platform 4.",
        "The announcement is for platform seven.",
        False,
        "answer",
    ),
    (
        "A violin is playing a slow melody.",
        "A cello is playing a slow melody.",
        False,
        "answer",
    ),
    (
        "A motorcycle revving.",
        "A chainsaw revving.",
        False,
        "answer",
    ),
    (
        "The woman tells the man she's leaving.",
        "The man tells the woman he's leaving.",
        False,
        "answer",
    ),
    (
        "I can't tell what animal this is.",
        "It's a horse neighing.",
        False,
        "answer",
    ),
    (
        "She says she's waiting at the train station.",
        "She says she's waiting at the bus stop.",
        False,
        "answer",
    ),
    (
        "The announcer says the store closes in ten minutes.",
        "The announcer says the store opens in ten minutes.",
        False,
        "answer",
    ),
    (
        "The child asks her mother for ice cream.",
        "The mother offers the child ice cream.",
        False,
        "answer",
    ),
    (
        "The interviewer asks about salary, and the candidate says she wants to work remotely.",
        "The candidate asks about salary, and the interviewer says the job is remote.",
        False,
        "answer",
    ),
    (
        "It's probably a bicycle bell.",
        "I'm unable to identify the sound.",
        False,
        "answer",
    ),
    (
        "The recording was made in a busy restaurant.",
        "It sounds like it was recorded in a quiet library.",
        False,
        "answer",
    ),
    (
        "The music is very loud.",
        "Quiet music is playing softly in the background.",
        False,
        "answer",
    ),
    (
        "The doorbell rings twice.",
        "The doorbell rings three times.",
        False,
        "answer",
    ),
    (
        "First a door slams, then a dog barks.",
        "A dog barks, and then a door slams.",
        False,
        "answer",
    ),
    (
        "The first speaker is a woman, then a man responds.",
        "A man speaks first and then a woman answers.",
        False,
        "answer",
    ),
    (
        "The caller says her package arrived damaged.",
        "The caller says her package never arrived.",
        False,
        "answer",
    ),
    (
        "It was, uh, roughly a hundred and twenty people.",
        "It was roughly 120 people.",
        True,
        "transcript",
    ),
    (
        "Can you, can you hear me now?",
        "Can you hear me now?",
        True,
        "transcript",
    ),
    (
        "So, like, you know, the train was late again.",
        "The train was late again.",
        True,
        "transcript",
    ),
    (
        "It's about 50% off.",
        "it's about fifty percent off",
        True,
        "transcript",
    ),
    (
        "I'd like a table for 2, please.",
        "I would like a table for two please",
        True,
        "transcript",
    ),
    (
        "We need 3 kg of flour.",
        "we need three kilograms of flour",
        True,
        "transcript",
    ),
    (
        "I can't make it on Friday.",
        "I cannot make it on Friday.",
        True,
        "transcript",
    ),
    (
        "Vitamin D is important in the winter.",
        "vitamin d is important in the winter",
        True,
        "transcript",
    ),
    (
        "The ETA is 5 mins.",
        "The ETA is five minutes.",
        True,
        "transcript",
    ),
    (
        "Thanks, I appreciate it!",
        "thanks i appreciate it",
        True,
        "transcript",
    ),
    (
        "The meeting's on March 3rd at 10:30 a.m.",
        "the meeting's on march third at ten thirty am",
        True,
        "transcript",
    ),
    (
        "The total is £12.50.",
        "the total is twelve pounds fifty",
        True,
        "transcript",
    ),
    (
        "Um, I — I think we should, uh, go now.",
        "I think we should go now.",
        True,
        "transcript",
    ),
    (
        "The U.S. economy grew 2.5 percent.",
        "The US economy grew two point five percent.",
        True,
        "transcript",
    ),
    (
        "Ich komme um 8 Uhr.",
        "ich komme um acht uhr",
        True,
        "transcript",
    ),
    (
        "The temperature is 18°C.",
        "The temperature is eighteen degrees Celsius.",
        True,
        "transcript",
    ),
    (
        "WHERE ARE YOU GOING",
        "Where are you going?",
        True,
        "transcript",
    ),
    (
        "Apt. 12, 3rd floor",
        "apartment twelve third floor",
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
        "We traveled to the theater.",
        "We travelled to the theatre.",
        True,
        "transcript",
    ),
    (
        "The shop is next to the bank.",
        "The shop is behind the bank.",
        False,
        "transcript",
    ),
    (
        "She has worked here for ten years.",
        "She will work here for ten years.",
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
        "I've never been to Japan.",
        "I have been to Japan.",
        False,
        "transcript",
    ),
    (
        "I'll meet you after lunch.",
        "I'll meet you before lunch.",
        False,
        "transcript",
    ),
    (
        "I'll have the chicken salad, please.",
        "I'll have the tuna salad, please.",
        False,
        "transcript",
    ),
    (
        "The doctor said I should rest.",
        "The doctor said I shouldn't rest.",
        False,
        "transcript",
    ),
    (
        "We should buy a new car.",
        "We should buy a used car.",
        False,
        "transcript",
    ),
    (
        "It happened on the 3rd of May.",
        "it happened on the third of March",
        False,
        "transcript",
    ),
    (
        "Mrs. Brown teaches French.",
        "Mr. Brown teaches French.",
        False,
        "transcript",
    ),
    (
        "I need two tickets to Boston.",
        "I need ten tickets to Boston.",
        False,
        "transcript",
    ),
    (
        "Please close the window.",
        "Please close the door.",
        False,
        "transcript",
    ),
    (
        "Turn right at the lights.",
        "Turn left at the lights.",
        False,
        "transcript",
    ),
    (
        "Dr. Lee is not available today.",
        "Doctor Lee is available today.",
        False,
        "transcript",
    ),
    (
        "Add a teaspoon of salt.",
        "Add a tablespoon of salt.",
        False,
        "transcript",
    ),
    (
        "He'd already left when we arrived.",
        "He'll already have left when we arrive.",
        False,
        "transcript",
    ),
    (
        "Nobody called this morning.",
        "Somebody called this morning.",
        False,
        "transcript",
    ),
    (
        "Um, I think, I think it's fine.",
        "I don't think it's fine.",
        False,
        "transcript",
    ),
    (
        "They're going to the park.",
        "They went to the park.",
        False,
        "transcript",
    ),
    (
        "The lecture is with Prof. Okafor in room 12.",
        "The lecture is with Professor Okafor in room 20.",
        False,
        "transcript",
    ),
]
