"""A second batch for task h35 (issue 22), written after the fixes dev table 19 led to and committed before being
scored: counts, temporal-order and speaker-pair answers in further real answer styles (reasoning then a count, tallies
like "x2", JSON event lists, "at least", echoes told apart from shots; "only then", time ranges, reflexive answer words;
similarity scores, accents, descriptions that stop short of a verdict). Scored once as written
(``tests/heldout_scores/dev_counts_19b_first_score.txt``). Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

#: (reply, the count it states of the target or "abstain", the target asked about)
COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("Let me count: bark (0:01), bark (0:03), bark (0:06). So the dog barks 3 times.", 3, "a dog barking"),
    ("The siren can be heard once, though it's very faint and might be from a TV.", 1, "a siren"),
    ("Answer: 2 (two knocks, both on a wooden door).", 2, "knocking"),
    ("I hear a total of five gunshots: three in quick succession and two more a few seconds later.", 5, "gunshots"),
    ("The doorbell is pressed twice, but the second press doesn't produce a ring.", 1, "a doorbell"),
    ("Events: cough x2, sneeze x1, throat clearing x3", 2, "coughing"),
    ("Meows: 4\nPurrs: continuous", 4, "a cat meowing"),
    ("The horn is honked three or four times in a row.", ABSTAIN, "a car horn"),
    ("It sounds like the phone rings six times before going to voicemail.", 6, "a telephone ringing"),
    ("No thunder. Only light rain.", 0, "thunder"),
    ("The baby cries continuously; I can't split it into separate cries.", ABSTAIN, "a baby crying"),
    ("First knock at 0.3 s, second at 1.1 s, third at 1.9 s, and a final fourth knock at 3.0 s.", 4, "knocking"),
    ("Two barks from a small dog and three from a bigger one.", 5, "a dog barking"),
    ("I count seven chimes, matching 7 o'clock.", 7, "a clock chime"),
    ("The whistle is blown a couple of times by the referee.", 2, "a whistle"),
    ("Gunshots detected: 0", 0, "gunshots"),
    ('[{"t": 0.5, "event": "knock"}, {"t": 1.4, "event": "knock"}, {"t": 3.2, "event": "footsteps"}]', 2, "knocking"),
    ("The rooster crows at least twice.", ABSTAIN, "a rooster crowing"),
    ("Counting the echoes, there are 6 bangs, but only 3 actual gunshots.", 3, "gunshots"),
]

#: (first sound, second sound, relation asked, reply, label), as in ``tests/_dev_counts_19.py``
ORDERS: list[tuple[str, str, str, str, str]] = [
    ("a dog barking", "a doorbell", "before", "The doorbell rings, and only then does the dog start barking.", NO),
    ("a doorbell", "a dog barking", "before", "The doorbell rings, and only then does the dog start barking.", YES),
    ("thunder", "rain", "after", "Rain is falling from the start; the thunder only comes in at 0:07.", YES),
    ("a car horn", "a siren", "before",
     "Timeline:\n- 00:00-00:03: siren approaching\n- 00:04: car horn\n- 00:05-00:10: traffic", NO),
    ("a baby crying", "a door slam", "before", "Yes. The baby starts crying right after the door slams.", UNPARSEABLE),
    ("a whistle", "a cheer", "after", "The cheer comes after the whistle.", NO),
    ("footsteps", "a door opening", "before",
     "The footsteps approach and stop; a moment later the door creaks open.", YES),
    ("a gunshot", "a scream", "before", "A scream, then a gunshot, then silence.", NO),
    ("a gunshot", "a scream", "after", "A scream, then a gunshot, then silence.", YES),
]

#: (reply to "Are these two clips the same speaker?", label)
PAIRS: list[tuple[str, str]] = [
    ("Likely different speakers (similarity score 0.31).", NO),
    ("Both recordings: same speaker. Confidence: moderate.", YES),
    ("The voices are clearly from the same woman; only the background noise differs.", YES),
    ("I'm unable to compare voices.", ABSTAIN),
    ("The second sample is higher in pitch and has a British accent, unlike the first, which sounds American.", NO),
    ("Probably not the same person.", NO),
    ("Recording 1: adult male. Recording 2: adult male. I can't say more than that.", ABSTAIN),
    ("Yes - same man, same slight lisp.", YES),
]
