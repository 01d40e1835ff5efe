"""A fifth batch for task h25 (issue 22), written after the fourth batch's fixes and committed before being scored:
small audio LLMs that ramble, answers that restate the question's sound while denying it, qualifiers of degree and
distance, and a sound named only as the cause or source of another. Scored once as written
(``tests/heldout_scores/dev_answers_15e_first_score.txt``). Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # rambling small models
    ("Dog", "a dog barking",
     "The audio is a dog. The dog is barking. The dog is barking loudly. There is a dog barking in the audio.", YES),
    ("Dog", "a dog barking",
     "In this audio there is no dog. There is a cat. The cat is meowing. There is no dog barking in the audio.", NO),
    ("Rain", "rain", "rain rain rain heavy rain falling on the roof", YES),
    # restating while denying
    ("Siren", "a siren", "A siren? No - what you hear is a car alarm cycling through its tones.", NO),
    ("Siren", "a siren", "Siren: not that I can tell; the wail is a dog howling.", NO),
    ("Violin, fiddle", "a violin", "Violin: yes, a solo violin, slightly out of tune.", YES),
    # degree and distance
    ("Thunder", "thunder", "Very faint thunder far away, barely audible.", YES),
    ("Thunder", "thunder", "Barely any sound at all - certainly no thunder.", NO),
    ("Traffic noise, roadway noise", "traffic", "Traffic is very distant, but it's there throughout.", YES),
    ("Speech", "speech", "Muffled voices through a wall; you can't make out words, but people are talking.", YES),
    # a sound named as the source or cause of another
    ("Wind", "wind", "Wind chimes tinkle on a porch.", NO),
    ("Wind", "wind", "Wind makes the chimes tinkle and rattles the shutters.", YES),
    ("Water", "water", "A water heater clicks on in the basement.", NO),
    ("Fire", "fire", "A fire truck's siren approaches.", NO),
    ("Fire", "fire", "A campfire crackles and pops.", YES),
    # related but different sounds
    ("Church bell", "church bells", "A ship's bell rings on deck.", NO),
    ("Cat", "a cat", "A lion roars at the zoo.", NO),
    ("Frog", "a frog", "Toads trill from the pond.", NO),
    ("Bird", "birds", "A flock of geese honks overhead.", YES),
    # may or may not / hedged
    ("Clock", "a clock ticking", "Ticking, yes - though whether it's a clock or a timer I can't say.", ABSTAIN),
    ("Clock", "a clock ticking", "A wall clock ticks steadily; I'm confident about that.", YES),
    ("Engine", "an engine", "Hard to say. There's a hum that may or may not be an engine.", ABSTAIN),
    # can't hear
    ("Engine", "an engine", "Sorry, I only see text here - there's no sound for me to analyse.", ABSTAIN),
    # answer at the end after listing
    ("Laughter", "laughter", "Sounds: speech, chairs scraping, a cough. Laughter: none.", NO),
    ("Cough", "a cough", "Sounds: speech, chairs scraping, a cough. Laughter: none.", YES),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = []
