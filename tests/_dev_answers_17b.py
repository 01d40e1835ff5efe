"""A second batch for task h31 (issue 22), written after the fixes dev table 17 led to and committed alone before being
scored: kin sounds of the target (siblings, parents, children in the AudioSet ontology), sources without the action
asked about, pronouns, hedges, replies that cannot hear, reasoning with a final answer, other languages, structured
replies and multiple-choice letters, in new wording. Labels are a careful human reading of each reply. Scored once as
written (``tests/heldout_scores/dev_answers_17b_first_score.txt``). Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # kin sounds
    ("Piano", "a piano", "This is an electric piano, a Rhodes by the sound of it, playing soft jazz chords.", YES),
    ("Organ", "an organ", "A harmonium-like drone, but listening closer it's a bagpipe chanter and drones.", NO),
    ("Drum", "drums", "A snare drum plays a marching rhythm.", YES),
    ("Drum", "drums", "Only cymbals and a hi-hat - no drums are hit.", NO),
    ("Bell", "a bell", "A cowbell clanks as the animals move.", YES),
    ("Trumpet", "a trumpet", "The brass part is a bugle call, reveille.", NO),
    ("Violin, fiddle", "a violin", "A string quartet: two violins, a viola and a cello.", YES),
    ("Flute", "a flute", "A bassoon and an oboe trade phrases.", NO),
    ("Bird", "birds", "Seagulls squawk over the harbor.", YES),
    ("Horse", "a horse", "That braying is a donkey.", NO),
    ("Pig", "a pig", "A turkey gobbles in the yard.", NO),
    ("Insect", "insects", "A swarm of bees drones around the hive.", YES),
    ("Snake", "a snake", "A rattlesnake shakes its tail.", YES),
    ("Boat, Water vehicle", "a boat", "A kayak paddle dips into the lake.", YES),
    ("Aircraft", "an aircraft", "A propeller plane drones overhead.", YES),
    ("Train", "a train", "It's a subway car rattling through a tunnel.", YES),
    ("Car", "a car", "A truck with air brakes hisses to a stop.", NO),
    # sources without the action, and compounds
    ("Dog", "a dog barking", "The dog is drinking from its bowl; lapping sounds only.", NO),
    ("Telephone bell ringing", "a phone ringing", "Someone is tapping on a phone screen.", NO),
    ("Clock", "a clock ticking", "A grandfather clock chimes the hour.", NO),
    ("Water", "water", "A water pistol is squeezed but it's empty and just clicks.", NO),
    ("Bird", "a bird", "A bird whistle toy is blown by a child.", NO),
    # pronouns
    ("Dog", "a dog barking", "I can hear a dog; it's whining rather than barking.", NO),
    ("Baby cry, infant cry", "a baby crying", "There's a baby, and it cries for about ten seconds.", YES),
    ("Cat", "a cat meowing", "A cat is nearby. It hisses at something but doesn't meow.", NO),
    # hedges
    ("Thunder", "thunder", "Possibly distant thunder, or just a heavy truck - I can't be sure.", ABSTAIN),
    ("Engine", "an engine", "An engine may be running somewhere in the background, though it's very faint and I'm"
     " not confident.", ABSTAIN),
    ("Rain", "rain", "I'm fairly sure that's rain on a tin roof.", YES),
    # replies that cannot hear
    ("Dog", "a dog", "Unfortunately I can't play or listen to audio. Please describe what you hear.", ABSTAIN),
    ("Siren", "a siren", "The file seems to be empty or corrupted - I couldn't open it.", ABSTAIN),
    # reasoning with a final answer
    ("Helicopter", "a helicopter", "The sound has a rhythmic thumping at about 5 Hz, typical of rotor blades. A jet would"
     " be a continuous roar. The pitch changes as it passes. So the answer is yes: a helicopter.", YES),
    ("Siren", "a siren", "Let me reason. A siren sweeps up and down in pitch. This tone is steady and beeps at intervals,"
     " like a reversing truck. Final answer: no.", NO),
    # other languages
    ("Dog", "a dog", "No, no se oye ning\u00fan perro.", NO),
    ("Bird", "birds", "Oui, des oiseaux chantent.", YES),
    ("Train", "a train", "\u4e0d\uff0c\u8fd9\u662f\u6c7d\u8f66\u7684\u58f0\u97f3\u3002", NO),
    ("Rain", "rain", "\u306f\u3044\u3001\u96e8\u304c\u964d\u3063\u3066\u3044\u307e\u3059\u3002", YES),
    # structured replies
    ("Cat", "a cat", '{"label": "cat", "detected": true, "score": 0.88}', YES),
    ("Cough", "a cough", "- **Cough:** not detected\n- **Sneeze:** detected", NO),
    ("Sneeze", "a sneeze", "- **Cough:** not detected\n- **Sneeze:** detected", YES),
    ("Piano", "a piano", "```yaml\npiano: false\nguitar: true\n```", NO),
    # multiple-choice letters
    ("Dog", "a dog", "Options: (A) cat (B) dog (C) cow. My answer: B", YES),
    ("Cow", "a cow", "Options: (A) cat (B) dog (C) cow. My answer: B", NO),
    ("Siren", "a siren", "C", UNPARSEABLE),
    ("Rain", "rain", "The best choice is A) rain on a window.", YES),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = []
