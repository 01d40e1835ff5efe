"""A third batch for task h25 (issue 22), written after the fixes from ``_dev_answers_15`` and ``_dev_answers_15b`` and
committed before being scored: captions in the style of audio-captioning models ("The audio contains ..."), terse
instruction-tuned replies, verbose assistant replies, and the structures of the DEV table in new wordings. Scored once as
written (``tests/heldout_scores/dev_answers_15c_first_score.txt``). Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # captioning-model style: the answer is what the caption names
    ("Dog", "a dog barking", "The audio contains a man speaking followed by a dog barking in the distance.", YES),
    ("Dog", "a dog barking", "The audio contains a man speaking followed by a door closing.", NO),
    ("Rain", "rain", "Wind blows strongly while leaves rustle.", NO),
    ("Siren", "a siren", "An emergency vehicle siren wails as traffic passes by.", YES),
    ("Church bell", "church bells", "A clock chimes the hour while pigeons coo.", NO),
    ("Chicken, rooster", "a rooster crowing", "Chickens cluck and a rooster crows in the early morning.", YES),
    # terse replies
    ("Cat", "a cat", "Nope, just a dog.", NO),
    ("Cat", "a cat", "Yes (meowing at 0:03).", YES),
    ("Thunder", "thunder", "Possibly.", ABSTAIN),
    ("Thunder", "thunder", "Unclear - could be a truck.", ABSTAIN),
    ("Piano", "a piano", "Piano, yes. Also strings.", YES),
    ("Piano", "a piano", "Strings only, no piano.", NO),
    # verbose assistant replies
    ("Helicopter", "a helicopter",
     "Great question! Based on my analysis of the audio, I can identify a few distinct sound sources. The most prominent "
     "is a rhythmic whup-whup sound, which is characteristic of helicopter rotor blades. So yes, a helicopter is present. "
     "Let me know if you'd like more details!", YES),
    ("Helicopter", "a helicopter",
     "Thanks for sharing the clip! I listened carefully. While there's a low mechanical drone, it lacks the pulsing "
     "rotor pattern a helicopter would produce - it's more consistent with a ceiling fan. So I don't believe a "
     "helicopter is present.", NO),
    ("Baby cry, infant cry", "a baby crying",
     "I want to be careful here. There is a high-pitched vocalisation around 0:05 that some might hear as crying, but it "
     "is brief and could equally be a cat. I can't say with confidence whether a baby is crying.", ABSTAIN),
    # related but different sound named as present
    ("Vehicle horn, car horn, honking", "a car horn", "A bicycle bell rings twice, then a bus pulls away.", NO),
    ("Owl", "an owl", "A pigeon coos on the ledge.", NO),
    ("Violin, fiddle", "a violin", "A viola and a cello play a duet.", NO),
    ("Fire alarm", "a fire alarm", "The beeping is a truck reversing.", NO),
    ("Applause", "applause", "People are cheering and stomping, but nobody claps.", NO),
    # negation scope
    ("Dog", "a dog barking", "Not a single bark in the whole clip.", NO),
    ("Dog", "a dog barking", "The dog never stops barking.", YES),
    ("Bird", "birds", "No birds except a crow cawing at the end.", YES),
    ("Speech", "speech", "Nobody says a word.", NO),
    ("Speech", "speech", "Nobody else speaks, only the narrator.", YES),
    # hedges / may or may not
    ("Train", "a train", "There may or may not be a train under the wind noise.", ABSTAIN),
    ("Train", "a train", "It's either a train or heavy traffic - I can't separate them.", ABSTAIN),
    ("Train", "a train", "There's definitely a train; I'm just unsure whether it's freight or passenger.", YES),
    # cannot hear
    ("Cough", "coughing", "I don't have the ability to listen to audio, but if you describe it I can help.", ABSTAIN),
    ("Cough", "coughing", "I can't hear any coughing in this recording.", NO),
    # comparisons / counterfactuals / expectations in new wordings
    ("Explosion", "an explosion", "The door slam is as sharp as an explosion but much quieter.", NO),
    ("Siren", "a siren", "Were there a siren, it would dominate the mix; there isn't one.", NO),
    ("Thunder", "thunder", "You'd expect thunder with this much rain, but there's none.", NO),
    ("Thunder", "thunder", "As expected with this much rain, thunder rumbles twice.", YES),
    # tables / JSON / lists
    ("Cat", "a cat", "Detected: dog (0.91), bird (0.40)\nNot detected: cat", NO),
    ("Dog", "a dog", "Detected: dog (0.91), bird (0.40)\nNot detected: cat", YES),
    ("Rain", "rain", '{"labels": [{"name": "rain", "score": 0.08}, {"name": "wind", "score": 0.77}]}', NO),
    ("Wind", "wind", '{"labels": [{"name": "rain", "score": 0.08}, {"name": "wind", "score": 0.77}]}', YES),
    # final answer contradicting the reasoning
    ("Frog", "a frog",
     "The rhythmic croaking strongly suggests frogs near water.\n\nFinal answer: no, this is a duck.", NO),
    # self-correction
    ("Bee, wasp, etc.", "bees", "Bees buzzing - wait, no, it's an electric razor.", NO),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("The doorbell rings two times.", 2, "a doorbell"),
    ("Two knocks, a pause, and then one last knock.", 3, "knocking"),
    ("It barks a few times - maybe four or five.", "abstain", "a dog barking"),
    ("Answer: 3", 3, "a beep"),
    ("The horn honks once and the siren wails twice.", 1, "a car horn"),
    ("None - the phone never rings.", 0, "a telephone ringing"),
]
