"""A second batch for task h25 (issue 22), written after the DEV table 15 fixes and committed before being scored, to see
whether those fixes generalise: the same least-used structures in new wordings, and a few new ones. Scored once as
written (``tests/heldout_scores/dev_answers_15b_first_score.txt``); fixes it leads to are recorded after. Row shapes as
in ``_dev_answers_15``. Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # long, mixed polarity
    ("Cat", "a cat meowing",
     "Short answer: no.\n\nLonger answer: the clip is a living room with a TV on. There's a moment at 0:07 that "
     "resembles a meow, but it's a squeaky door hinge. No cat can be heard at any point.", NO),
    ("Bird", "birds chirping",
     "There are no people talking and no traffic. Birds, however, are chirping throughout - at least two species, "
     "one with a repeated two-note call.", YES),
    ("Siren", "a siren",
     "I don't hear a siren in the first part. Later, though, there is definitely one - a police siren, rising and "
     "falling, from 0:18 to the end.", YES),
    ("Applause", "applause",
     "The speech ends at 0:40. Normally you'd expect applause there. Instead, the room stays silent, and someone "
     "coughs.", NO),
    # parent / sibling classes
    ("Guitar", "a guitar", "A plucked string instrument is playing, most likely a harp judging by the range.", NO),
    ("Bird", "a bird", "Some kind of bird is calling, though I can't identify the species.", YES),
    ("Goose", "a goose", "Waterfowl are calling - ducks quacking on a pond; I don't hear any honking geese.", NO),
    ("Dog", "a dog", "An animal is growling, possibly a dog, possibly a big cat.", ABSTAIN),
    # comparisons
    ("Thunder", "thunder", "The bass in this track is deeper than thunder.", NO),
    ("Dog", "a dog barking", "The dog barks louder than the TV playing in the background.", YES),
    ("Siren", "a siren", "It's not as high-pitched as a siren; it's a kettle whistling.", NO),
    # hypotheticals / conditionals
    ("Rain", "rain", "If it were raining, you'd hear drops on the window. The clip is dry: just a clock ticking.", NO),
    ("Cat", "a cat", "If that's a cat, it's a very hoarse one - but yes, I believe it's a cat meowing.", YES),
    ("Dog", "a dog barking", "A dog would be barking if someone came to the door, but nobody does and it stays quiet.",
     NO),
    # questions back
    ("Train", "a train", "Did you mean the rumble at the start? If so, that's a train passing.", YES),
    ("Train", "a train", "Are you asking about the train? There's no train here, only a tram bell.", NO),
    # reported expectations / beliefs
    ("Dog", "a dog barking",
     "Many listeners would assume that sharp sound is a dog barking, but it is actually a seal.", NO),
    ("Thunder", "thunder", "You'd think it was thunder from the rumble, and you'd be right: thunder rolls at 0:05.",
     YES),
    ("Baby cry, infant cry", "a baby crying",
     "One might expect a baby crying on a baby-monitor clip; this one only has a baby babbling.", NO),
    # per-item lists
    ("Cough", "coughing", "Sounds checked:\n• Coughing - yes (x2)\n• Sneezing - no\n• Laughing - no", YES),
    ("Sneeze", "sneezing", "Sounds checked:\n• Coughing - yes (x2)\n• Sneezing - no\n• Laughing - no", NO),
    ("Piano", "a piano", "Instruments:\n- Piano: absent\n- Violin: present\n- Drums: present", NO),
    ("Drum", "drums", "Instruments:\n- Piano: absent\n- Violin: present\n- Drums: present", YES),
    # tables / JSON
    ("Doorbell", "a doorbell", "| Sound | Heard |\n|---|---|\n| Doorbell | No |\n| Knock | Yes |", NO),
    ("Knock", "knocking", "| Sound | Heard |\n|---|---|\n| Doorbell | No |\n| Knock | Yes |", YES),
    ("Fireworks", "fireworks", '{"present": ["fireworks", "crowd"], "absent": ["thunder"]}', YES),
    ("Thunder", "thunder", '{"present": ["fireworks", "crowd"], "absent": ["thunder"]}', NO),
    ("Helicopter", "a helicopter", '{"helicopter": {"detected": true, "confidence": 0.88}}', YES),
    # final answers
    ("Owl", "an owl",
     "Let me think. Hooting at night is typical of owls. But this hoot is two-note and soft, which matches a mourning "
     "dove. Answer: No.", NO),
    ("Frog", "frogs",
     "Considerations: the croaks are rhythmic and low; toads and frogs both fit. Conclusion: it is frogs, yes.", YES),
    # self-corrections
    ("Bell", "a bell", "No bell - sorry, I mean there IS a bell, a small one, at 0:12.", YES),
    ("Horse", "a horse", "A horse trotting... actually that's just someone tapping a table.", NO),
    # probabilities
    ("Rain", "rain", "Likelihood of rain: 12%.", NO),
    ("Rain", "rain", "Rain: 0.97 (very likely)", YES),
    ("Chainsaw", "a chainsaw", "I'm about 50/50 on whether that's a chainsaw or a dirt bike.", ABSTAIN),
    # negated hedges and double negation
    ("Cow", "a cow", "There's no doubt in my mind: a cow is mooing.", YES),
    ("Cow", "a cow", "I'm not saying there isn't a cow, but I can't hear one.", NO),
    ("Water", "water", "It's not untrue to say there's water running - a stream flows throughout.", YES),
    # scope
    ("Laughter", "laughter", "Not only is there laughter, there's also applause.", YES),
    ("Applause", "applause", "Not only is there laughter, there's also applause.", YES),
    ("Music", "music", "There's neither music nor singing; it's a podcast with two hosts talking.", NO),
    ("Speech", "speech", "There's neither music nor singing; it's a podcast with two hosts talking.", YES),
    # other languages
    ("Bird", "birds", "Sí, se escuchan pájaros cantando.", YES),
    ("Bird", "birds", "Nein, keine Vögel.", NO),
    # cannot hear
    ("Siren", "a siren", "I'm unable to play audio files, so I can't check for a siren.", ABSTAIN),
    # unrealised / ended
    ("Alarm clock", "an alarm clock", "The alarm clock is set to go off but never rings during the clip.", NO),
    ("Dog", "a dog barking", "The dog starts to bark right at the end.", YES),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("Four knocks? Let me recount - yes, four.", 4, "knocking"),
    ("The bird chirps twice, then the phone rings three times, then the bird chirps once more - three chirps in all.", 3,
     "birds chirping"),
    ("| Event | Times |\n|---|---|\n| Cough | 3 |\n| Sneeze | 0 |", 0, "a sneeze"),
    ("If the first sound were a bark too, that would make three, but it's a cough, so two barks.", 2, "a dog barking"),
    ("About five beeps - I can't be certain of the exact number.", "abstain", "a beep"),
    ("Count: 7 (some overlap, but I'm confident).", 7, "clapping"),
    ("There's no horn at all.", 0, "a car horn"),
    ("I initially counted four claps but there are five.", 5, "clapping"),
]
