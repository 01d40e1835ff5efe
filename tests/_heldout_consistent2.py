"""Second blind held-out table for ``expect.consistent(output, other)`` (issue 22), mostly pairs of answers an audio
LLM gives about one clip, written BLIND on 2026-12-06 by helper h20 (branch v24c), for the lead to score code that
nobody tuning it has seen this table with.

Blind: the writer did not open ``scoring/meaning.py``, ``scoring/agreement.py``, ``scoring/answers.py``,
``verdicts/expect.py``, any earlier meaning/consistent table or meaning/agreement test, nor the external LLM answer
pairs, and did not run the verdict on any row while writing it; only the README's description of
``expect.consistent`` was read, and the first 20 lines of ``tests/_heldout_consistent.py`` for the row format and kind
names. Committed alone, then scored once with the code as it stood
(``tests/heldout_scores/heldout_consistent2_first_score.txt``, totals only).

Each row is ``(output, other, same_meaning, kind)``, labelled by reading it: ``same_meaning`` is True when a careful
human would say both texts tell the same thing about the clip (or say the same utterance), wording, length, hedging and
formatting aside. A broader class ("an animal", "a vehicle") agrees with a narrower one it covers; a hedge ("I think
it's a cat") agrees with the plain claim; "can't tell" does not agree with a definite answer.

- ``answer``: two answers an audio LLM (Qwen2-Audio, SALMONN, Gemini, GPT-4o, or a cascade that copies classifier
  labels) gives about one clip, on clean and on noisy audio: reworded, longer or shorter, hedged, a list against a
  sentence, a broader class, what the speaker says paraphrased, emotion/speaker descriptions, counts, yes/no; and flips:
  another sound, a sound denied vs heard, yes vs no, definite vs can't tell, another count, another speaker sex/age/mood
  or accent, other reported content, swapped order of events.
- ``transcript``: one utterance as two ASR runs write it: spoken numbers vs digits, titles and abbreviations, fillers
  and repeats, contractions, joined words, British/US spelling, homophone slips; and flips of a content word, number,
  day, polarity, who-does-what, or a garbled run.

Never edit a row to make it pass; add a new table instead.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, bool, str]] = [
    # --- answer, same meaning ---
    ("The sound of a dog barking can be heard.",
     "A dog is barking repeatedly in the background, with some wind noise.", True, "answer"),
    ("There is a siren from an emergency vehicle passing by.",
     "I hear an ambulance or police siren getting louder and then fading, as if it drives past.", True, "answer"),
    ("Speech, Music", "A man is talking while music plays softly behind him.", True, "answer"),
    ("Yes, there is a baby crying in this recording.", "Yes — an infant can be heard crying throughout the clip.",
     True, "answer"),
    ("No, I don't hear any glass breaking.",
     "No. The clip contains only footsteps and a door; nothing sounds like glass shattering.", True, "answer"),
    ("The speaker says she will be late for the meeting because her train was cancelled.",
     "She's saying her train got cancelled, so she'll arrive late to the meeting.", True, "answer"),
    ("The speaker sounds angry and frustrated.", "The tone is irritated — the man seems quite angry.", True, "answer"),
    ("There are three knocks on the door.", "Someone knocks on a door three times.", True, "answer"),
    ("It sounds like rain falling on a roof, possibly with some distant thunder.",
     "Rain. Heavy rainfall on a hard surface; there may be faint thunder.", True, "answer"),
    ("An animal is making noise, likely outdoors.", "A dog barks outdoors.", True, "answer"),
    ("Birds are chirping.",
     "The audio features birdsong — several small birds singing in what sounds like a park or garden in the morning.",
     True, "answer"),
    ("The speaker is an adult male, probably middle-aged, speaking calmly.",
     "A calm man's voice; he sounds like someone in his forties or fifties.", True, "answer"),
    ("The audio contains:\n1. a car engine starting\n2. a horn honking", "A car engine starts and then a horn honks.",
     True, "answer"),
    ("I think it's a cat meowing, but the recording is quite noisy.", "A cat is meowing.", True, "answer"),
    ("Two people are having a conversation, a man and a woman.",
     "The clip is a dialogue between a male and a female speaker.", True, "answer"),
    ("Yes.", "Yes, a telephone rings twice near the start of the recording.", True, "answer"),
    ("The person asks what time the pharmacy closes today.", "They want to know the pharmacy's closing time today.",
     True, "answer"),
    ("This is a recording of a crowd cheering and applauding, probably at a sports event.",
     "Applause and cheering from a large audience.", True, "answer"),
    ("The music is a slow piano piece; it sounds sad or melancholic.", "A solo piano plays a slow, melancholic melody.",
     True, "answer"),
    ("The sound is a train horn, followed by the rumble of a train passing.",
     "Train. A locomotive blows its horn and then passes by on the tracks.", True, "answer"),
    ("The speaker seems happy and excited.", "She sounds cheerful — excited, even.", True, "answer"),
    ("There's no speech in this clip, only background noise.",
     "I can't hear anyone speaking; it's just ambient noise, maybe an air conditioner hum.", True, "answer"),
    ("Water is running from a tap.", "The sound of running water, like a faucet left on in a kitchen sink.",
     True, "answer"),
    ("Dog", "The audio contains a dog barking.", True, "answer"),
    ("The speaker counts from one to five.", "He counts: one, two, three, four, five.", True, "answer"),
    ("The man says the package was delivered to the wrong address.",
     "According to the speaker, his parcel went to an incorrect address.", True, "answer"),
    ("I hear footsteps on a wooden floor, then a door closes.",
     "Footsteps (on wood, I think) followed by the sound of a door shutting.", True, "answer"),
    ("It's a helicopter flying overhead.",
     "The recording seems to capture a helicopter — the rhythmic thumping of rotor blades passing above.",
     True, "answer"),
    ("Yes, the speaker sounds like a child.", "Yes — the voice is that of a young child, maybe five or six years old.",
     True, "answer"),
    ("Approximately four gunshots.", "There are four loud bangs that sound like gunshots.", True, "answer"),
    ("An alarm clock is beeping.", "There's a repetitive electronic beeping, most likely an alarm clock going off.",
     True, "answer"),
    ("The speaker is a woman with a British accent reading a weather forecast.",
     "A female voice with an English accent reads out the weather forecast.", True, "answer"),
    ("No, there is no music in the background.", "There isn't any background music — just the speaker's voice.",
     True, "answer"),
    ("A vehicle passes by.", "A motorcycle drives past, the engine noise rising and then fading.", True, "answer"),
    ("The audio is of someone typing on a keyboard.", "Keyboard typing — rapid clicking of keys, as at a computer.",
     True, "answer"),
    ("It's hard to tell, but it might be a chainsaw or a leaf blower.",
     "I'm not sure; the noise could be a chainsaw, or possibly a leaf blower.", True, "answer"),
    ("The clip opens with a few seconds of silence. Then a woman says, 'Good morning, how can I help you?' in a "
     "friendly tone. There's faint office chatter behind her.",
     "A woman greets the caller with 'Good morning, how can I help you?'; she sounds friendly. Office noise in the "
     "background.", True, "answer"),
    ("Sure! In this audio, I can hear a rooster crowing a couple of times, along with some hens clucking nearby.",
     "Rooster crowing, chickens.", True, "answer"),
    ("I cannot say for certain, but it sounds like a vacuum cleaner.", "Vacuum cleaner running.", True, "answer"),
    # --- answer, flips ---
    ("A dog is barking.", "A cat is meowing.", False, "answer"),
    ("Yes, there is a siren in the recording.", "No, I do not hear a siren; the sound is a car alarm.", False, "answer"),
    ("There is no baby crying in this clip.", "A baby is crying in the background.", False, "answer"),
    ("The speaker sounds calm and relaxed.", "The speaker sounds angry and is raising his voice.", False, "answer"),
    ("The speaker is a young woman.", "The speaker is an elderly man.", False, "answer"),
    ("There are three knocks on the door.", "There are five knocks on the door.", False, "answer"),
    ("The speaker says the meeting is moved to Thursday.", "The speaker says the meeting is cancelled.",
     False, "answer"),
    ("A car horn honks, then a dog barks.", "A dog barks, then a car horn honks.", False, "answer"),
    ("It is a dog barking.", "I can't tell what the sound is; the audio is too noisy.", False, "answer"),
    ("Yes, I can hear birds singing.", "No, there are no birds; what you hear is a squeaky wheel.", False, "answer"),
    ("Rain falling on a roof.", "Bacon sizzling in a frying pan.", False, "answer"),
    ("The speaker asks for the price of a ticket to Boston.", "The speaker asks for the price of a ticket to Austin.",
     False, "answer"),
    ("Church bells are ringing.", "A bicycle bell rings twice.", False, "answer"),
    ("Music", "Speech", False, "answer"),
    ("The recording has two speakers, both male.", "The recording has two speakers, a man and a woman.",
     False, "answer"),
    ("The man sounds happy.", "The man sounds sad.", False, "answer"),
    ("A helicopter flies overhead.", "A lawn mower is running nearby.", False, "answer"),
    ("The speaker says she will arrive at 7 pm.", "The speaker says she will arrive at 11 am.", False, "answer"),
    ("There is music playing, a guitar.", "There is music playing, a violin.", False, "answer"),
    ("The speaker says he loves the new phone.", "The speaker complains that the new phone keeps crashing.",
     False, "answer"),
    ("Footsteps approach and a door opens.", "Footsteps approach and a door slams shut.", False, "answer"),
    ("No speech is present in this clip.", "A woman is speaking; she says 'turn left at the next junction'.",
     False, "answer"),
    ("The child is laughing.", "The child is crying.", False, "answer"),
    ("Two gunshots.", "Six gunshots are heard in rapid succession.", False, "answer"),
    ("The sound is definitely a smoke alarm.",
     "It might be a smoke alarm, but it could also be a microwave beeping; I can't be sure.", False, "answer"),
    ("The speaker has an American accent.", "The speaker has an Indian accent.", False, "answer"),
    ("An engine idles; there are no other sounds.", "An engine idles while a man shouts something.", False, "answer"),
    ("The speaker is reading numbers: 4, 8, 15, 16.", "The speaker is reading numbers: 4, 8, 50, 60.",
     False, "answer"),
    ("Thunder rumbles in the distance.", "Fireworks are going off in the distance.", False, "answer"),
    ("The woman asks him to close the window.", "The woman asks him to open the window.", False, "answer"),
    ("Cow, Moo", "A sheep is bleating.", False, "answer"),
    ("The dog is barking, not growling.", "The dog is growling, not barking.", False, "answer"),
    ("The audio features a man speaking in a calm tone. He explains how to reset the router. There is some "
     "background hum.",
     "The audio features a man speaking in an agitated tone. He complains that the router doesn't work. There is "
     "some background hum.", False, "answer"),
    # --- transcript, same meaning ---
    ("set a timer for fifteen minutes", "Set a timer for 15 minutes.", True, "transcript"),
    ("Call Doctor Patel's office at two thirty.", "call Dr. Patel's office at 2:30", True, "transcript"),
    ("um I'd like to uh book a table for four", "I'd like to book a table for 4.", True, "transcript"),
    ("Turn off the living room lights", "turn off the livingroom lights.", True, "transcript"),
    ("The flight leaves at six forty-five a.m.", "The flight leaves at 6:45 AM.", True, "transcript"),
    ("What's the weather like in New York tomorrow?", "what is the weather like in NYC tomorrow", True, "transcript"),
    ("Please pay the invoice by the thirty-first.", "Please pay the invoice by the 31st.", True, "transcript"),
    ("I can't make it, I'm sorry", "I cannot make it. I'm sorry.", True, "transcript"),
    ("Send a message to Mom saying I'll be home at nine.", "send a message to mom saying I will be home at 9",
     True, "transcript"),
    ("play the the previous song", "Play the previous song.", True, "transcript"),
    ("The meeting room's on the second floor", "The meeting room is on the 2nd floor.", True, "transcript"),
    ("Add milk, eggs and bread to my shopping list.", "add milk eggs and bread to my shopping list",
     True, "transcript"),
    ("Our total came to one hundred and twenty dollars.", "Our total came to $120.", True, "transcript"),
    ("Remind me to call the colour lab.", "Remind me to call the color lab.", True, "transcript"),
    ("It's about 5 km from the station.", "It's about five kilometres from the station.", True, "transcript"),
    ("The patient's BP is one forty over ninety.", "The patient's blood pressure is 140/90.", True, "transcript"),
    ("Mister Smith will see you now.", "Mr Smith will see you now.", True, "transcript"),
    ("Flight BA two eight six", "Flight B.A. 286", True, "transcript"),
    ("Write a note to their teacher.", "Right a note to there teacher.", True, "transcript"),
    # --- transcript, flips ---
    ("Set a timer for fifteen minutes.", "Set a timer for fifty minutes.", False, "transcript"),
    ("Turn on the kitchen lights.", "Turn off the kitchen lights.", False, "transcript"),
    ("The train to Leeds is delayed.", "The train to Leeds is cancelled.", False, "transcript"),
    ("I do want the extended warranty.", "I don't want the extended warranty.", False, "transcript"),
    ("Call Sarah at nine.", "Call Sara at five.", False, "transcript"),
    ("Meet me on Tuesday at the north entrance.", "Meet me on Thursday at the north entrance.", False, "transcript"),
    ("Transfer two hundred dollars to savings.", "Transfer two thousand dollars to savings.", False, "transcript"),
    ("The dog bit the mailman.", "The mailman bit the dog.", False, "transcript"),
    ("Book a flight to Austria.", "Book a flight to Australia.", False, "transcript"),
    ("Take two tablets every four hours.", "Take two tablets every fourteen hours.", False, "transcript"),
    ("Please lock the back door.", "Please unlock the back door.", False, "transcript"),
    ("Gate B twelve is now boarding.", "Gate D twelve is now boarding.", False, "transcript"),
    ("Add a reminder for my dentist appointment.", "Add a reminder for my dentist a pointless.", False, "transcript"),
    ("The store opens at 8 a.m.", "The store closes at 8 a.m.", False, "transcript"),
    ("Decrease the volume.", "Increase the volume.", False, "transcript"),
]
