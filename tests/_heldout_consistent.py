"""Held-out table for the meaning verdict users call, ``expect.consistent(output, other)`` (issue 22, row "meaning
flips vs paraphrases"), written BLIND on 2026-12-06 by helper h13 (branch v23a), before the lead changes how two texts
are judged to mean the same.

Blind: the writer did not open ``scoring/meaning.py``, ``scoring/similarity.py``, ``verdicts/expect.py`` or any earlier
meaning table or meaning test, and did not run the verdict on any row while writing it; only the README's user-facing
promise was read ("sentence-embedding similarity >= 0.85 and no meaning-critical slot differs"). Committed alone, then
scored once with main's code as it stood (``tests/heldout_scores/heldout_consistent_first_score.txt``, totals only).

Each row is ``(output, other, same_meaning, kind)``, labelled by reading it: ``same_meaning`` is True when a careful
human would say both texts say or ask the same thing, wording and formatting aside.

- ``transcript``: the same utterance as two ASR systems, or a clean and a noisy run, would write it (voice commands,
  phone calls, announcements, dictation): digits vs spoken numbers, titles and abbreviations, contractions, fillers and
  false starts, casing and punctuation, split or joined words, British/US spelling, homophone slips that leave the
  request intact, negated forms that mean the same; and flips a mis-recognition makes (a number, unit, day, time, name,
  negation, on/off polarity, who-does-what, a swapped content word, a garbled run that lost the request).
- ``answer``: two answers an audio LLM gives about the same clip on clean and on noisy audio, worded differently
  (multi-sentence, hedged, describing the sounds), and pairs whose content differs.

Never edit a row to make it pass: the table measures the verdict as written; a miss is fixed in the code, by its cause.
"""

from __future__ import annotations

T, A = "transcript", "answer"

PAIRS: list[tuple[str, str, bool, str]] = [
    # --- transcripts that mean the same: numbers, times, money, dates --------------------------------------------------
    ("Please go to room 221 for your appointment.", "please go to room two twenty one for your appointment", True, T),
    ("the meeting is at three thirty p m on thursday", "The meeting is at 3:30 PM on Thursday.", True, T),
    ("Call me back at 555-0142.", "call me back at five five five zero one four two", True, T),
    ("It costs $24.99 plus tax.", "it costs twenty four dollars and ninety nine cents plus tax", True, T),
    ("she was born in nineteen eighty seven", "She was born in 1987.", True, T),
    ("Set a timer for 15 minutes.", "set a timer for fifteen minutes", True, T),
    ("battery is at forty percent", "Battery is at 40%.", True, T),
    ("Take the 2nd exit at the roundabout.", "take the second exit at the roundabout", True, T),
    ("Flight BA 286 is now boarding at gate 12.", "flight b a two eight six is now boarding at gate twelve", True, T),
    ("the package will arrive on march third", "The package will arrive on March 3rd.", True, T),
    ("Set the thermostat to 72 degrees.", "set the thermostat to seventy-two degrees", True, T),
    ("It's a quarter past seven.", "It's 7:15.", True, T),
    ("The total is one thousand two hundred and fifty euros.", "The total is €1,250.", True, T),
    ("Temperature tonight will drop to minus five degrees.", "Temperature tonight will drop to -5 degrees.", True, T),
    ("my pin is four four seven one", "My PIN is 4471.", True, T),
    # --- titles and abbreviations ---------------------------------------------------------------------------------
    ("Dr. Patel will see you now.", "Doctor Patel will see you now.", True, T),
    ("turn left onto main street and park behind the bank", "Turn left onto Main St. and park behind the bank.", True, T),
    ("It's approx. 5 km to the station.", "it's approximately five kilometers to the station", True, T),
    ("mister and missus johnson are waiting in the lobby", "Mr. and Mrs. Johnson are waiting in the lobby.", True, T),
    ("New paragraph. Dear Ms. Lee, thank you for your letter of the 5th.",
     "new paragraph dear ms lee thank you for your letter of the fifth", True, T),
    # --- contractions, fillers, false starts, repeated words --------------------------------------------------------
    ("I don't think we're ready yet.", "I do not think we are ready yet.", True, T),
    ("Um, I'd like to, uh, book a table for four.", "I'd like to book a table for four.", True, T),
    ("Can you, like, turn the the volume down?", "Can you turn the volume down?", True, T),
    ("We'll meet at the, at the, I mean, the north entrance.", "We'll meet at the north entrance.", True, T),
    ("I'll be there in a couple of minutes.", "i will be there in a couple minutes", True, T),
    ("the meetings been moved to ten am", "The meeting's been moved to 10 a.m.", True, T),
    # --- casing, punctuation, word order, politeness --------------------------------------------------------------
    ("THE NEXT TRAIN TO BOSTON DEPARTS FROM PLATFORM SIX", "The next train to Boston departs from platform 6.", True, T),
    ("hey siri whats the weather like in new york tomorrow", "Hey Siri, what's the weather like in New York tomorrow?", True, T),
    ("Sorry, we're about twenty minutes late.", "We're about 20 minutes late, sorry.", True, T),
    ("open the garage door please", "Open the garage door.", True, T),
    ("Please hold while I transfer your call to billing.",
     "please hold while i transfer your call to the billing department", True, T),
    ("ladies and gentlemen we're now approaching london paddington",
     "Ladies and gentlemen, we are now approaching London Paddington.", True, T),
    ("okay google call mom", "OK Google, call Mom.", True, T),
    # --- split or joined words, spelling variants, homophone slips --------------------------------------------------
    ("We don't sell that any more.", "we don't sell that anymore", True, T),
    ("you have three new voice mails", "You've got 3 new voicemails.", True, T),
    ("Please e-mail me the invoice.", "please email me the invoice", True, T),
    ("The colour of the car is grey.", "The color of the car is gray.", True, T),
    ("We need to organise the catalogue by Monday.", "We need to organize the catalog by Monday.", True, T),
    ("Please put the boxes over their by the door.", "Please put the boxes over there by the door.", True, T),
    ("Your flight has been cancelled due to whether conditions.",
     "Your flight has been canceled due to weather conditions.", True, T),
    # --- negated forms that say the same ----------------------------------------------------------------------------
    ("That's not possible before Friday.", "That's impossible before Friday.", True, T),
    ("The store isn't open on Sundays.", "The store is closed on Sundays.", True, T),
    # --- transcripts that flip: numbers, units, times, days ---------------------------------------------------------
    ("Please go to room 231.", "Please go to room 221.", False, T),
    ("The meeting is at 3:30 on Tuesday.", "The meeting is at 3:30 on Thursday.", False, T),
    ("set a timer for fifty minutes", "Set a timer for 15 minutes.", False, T),
    ("The train to Leeds departs from platform 14.", "The train to Leeds departs from platform 4.", False, T),
    ("Transfer 500 euros to my savings account.", "Transfer 500 dollars to my savings account.", False, T),
    ("add two grams of flour", "Add two kilograms of flour.", False, T),
    ("The pharmacy closes at 6 a.m.", "The pharmacy closes at 6 p.m.", False, T),
    ("The flight is delayed by two minutes.", "The flight is delayed by two hours.", False, T),
    ("Your balance is $1,520.", "Your balance is $1,250.", False, T),
    ("Pick up the dog from the vet at midnight.", "Pick up the dog from the vet at noon.", False, T),
    ("we can deliver on the thirtieth", "We can deliver on the 13th.", False, T),
    ("Please take two tablets three times a day.", "Please take two tablets twice a day.", False, T),
    # --- transcripts that flip: names, negation, polarity, who does what --------------------------------------------
    ("Call Sandra and tell her I'm running late.", "Call Sarah and tell her I'm running late.", False, T),
    ("Lock the front door.", "Don't lock the front door.", False, T),
    ("turn off the kitchen lights", "Turn on the kitchen lights.", False, T),
    ("The patient is not allergic to penicillin.", "The patient is allergic to penicillin.", False, T),
    ("Unlock the back door.", "Lock the back door.", False, T),
    ("Disable do not disturb.", "Enable do not disturb.", False, T),
    ("Decrease the volume.", "Increase the volume.", False, T),
    ("Mary paid John back on Friday.", "John paid Mary back on Friday.", False, T),
    # --- transcripts that flip: plain content words, a lost request -------------------------------------------------
    ("Add sugar to the shopping list.", "Add salt to the shopping list.", False, T),
    ("I'd like an aisle seat, please.", "I'd like a window seat, please.", False, T),
    ("Confirm my order from yesterday.", "Cancel my order from yesterday.", False, T),
    ("Send the report to the finance team.", "Send the report to the marketing team.", False, T),
    # the noisy run kept a few words and lost what was asked (reschedule, to when)
    ("i need to uh the the dentist next", "I need to reschedule my dentist appointment to next week.", False, T),
    # --- answers that mean the same ---------------------------------------------------------------------------------
    ("I can hear a dog barking several times; it sounds like it's outdoors.",
     "A dog is barking repeatedly, probably a medium-sized dog somewhere outside.", True, A),
    ("Steady rainfall on what sounds like a roof, and there's distant thunder now and then.",
     "The audio contains rain falling steadily on a roof, with occasional thunder in the distance.", True, A),
    ("Yes — a siren can be heard, wailing up and down as an ambulance drives past.",
     "Yes, there is a siren in the recording. It rises and falls, like an ambulance passing by.", True, A),
    ("There are no birds in this recording; it's mainly the sound of traffic.",
     "No, I don't hear any birds. The clip is mostly traffic noise.", True, A),
    ("The speaker's tone is cheerful and enthusiastic.", "The speaker sounds happy and excited.", True, A),
    ("A man and a woman are having a conversation about what to have for dinner.",
     "There are two people talking: a man and a woman discussing dinner plans.", True, A),
    ("In this clip, someone asks how to get to the railway station.",
     "The speaker is asking for directions to the train station.", True, A),
    ("It sounds like a slow piano tune, although it's hard to be certain because the audio is faint.",
     "I think it's a piano playing a slow melody, but the recording is quiet, so I'm not completely sure.", True, A),
    ("Someone knocks on the door three times.", "There are three knocks on the door.", True, A),
    ("According to the speaker, he'll get there tomorrow at 8 a.m.",
     "The man says he will arrive at 8 o'clock tomorrow morning.", True, A),
    ("It sounds like a crowded coffee shop, with conversations, the clink of cups and the hiss of a coffee machine.",
     "This is a recording of a busy café: people chatting, cups clinking, and an espresso machine hissing.", True, A),
    ("The baby isn't crying - it's babbling and giggling.",
     "No, the baby is not crying. You can hear it babbling and laughing.", True, A),
    ("The speaker appears to have a British accent.", "It sounds like the speaker has a British accent.", True, A),
    ("I can't hear anyone speaking; the audio is just music.",
     "There is no speech in this clip, only background music.", True, A),
    ("Toward the end, a car horn sounds two times.", "The car horn honks twice near the end of the clip.", True, A),
    ("Yes. Keyboard typing can be heard for the whole clip.",
     "Yes, someone is typing on a keyboard throughout the recording.", True, A),
    ("It's an announcement that the shop is closing in 15 minutes.",
     "The announcement says the store will close in fifteen minutes.", True, A),
    ("It's hard to tell - the sound might be a cat, or maybe a crying baby.",
     "I'm not sure; it could be a cat or possibly a baby crying.", True, A),
    ("A rooster crows one time against a background of birdsong; it sounds like early morning.",
     "Birds are chirping in the morning, and a rooster crows once.", True, A),
    ("A woman, clearly angry, complains loudly that her delivery hasn't arrived on time.",
     "The woman sounds angry; she is raising her voice and complaining about a late delivery.", True, A),
    # --- answers that differ ----------------------------------------------------------------------------------------
    ("A cat is meowing in the background.", "A dog is barking in the background.", False, A),
    ("No, there is no siren, only traffic.", "Yes, there is a siren.", False, A),
    ("The speaker sounds anxious and tense.", "The speaker sounds happy and relaxed.", False, A),
    ("Someone knocks on the door twice.", "Someone knocks on the door three times.", False, A),
    ("The woman asks the man to close the window.", "The man asks the woman to close the window.", False, A),
    ("It's a flute playing a fast tune.", "It's a violin playing a fast tune.", False, A),
    ("The speaker says the meeting is confirmed.", "The speaker says the meeting is cancelled.", False, A),
    ("The clip contains wind blowing through trees, with no rain.",
     "The clip contains heavy rain and thunder.", False, A),
    ("The speaker is an elderly man.", "The speaker is a young woman.", False, A),
    ("The car passes from right to left.", "The car passes from left to right.", False, A),
    # a definite yes against an abstention: they do not state the same thing (the noisy answer no longer says a baby cries)
    ("I'm not sure whether there is a baby; the sound is too muffled to tell.",
     "Yes, a baby is crying loudly throughout.", False, A),
    ("The announcement says the train to Manchester has been cancelled.",
     "The announcement says the train to Manchester is delayed by 20 minutes.", False, A),
    ("The speaker is asking how to get to the hospital.", "The speaker is asking how to get to the airport.", False, A),
    ("There is music with a woman singing in Italian.", "There is music with a man singing in Spanish.", False, A),
    ("Water is being poured into a glass.", "Water is boiling in a kettle, and then the kettle whistles.", False, A),
]
