"""A third batch for task h35 (issue 22), written after the second batch's fixes and committed before being scored:
markdown and terse answers of small audio LLMs, enumerated occurrences ("Bark 1", "ding-dong, ding-dong"), counts of
a sound beside counts of what follows it, doubt about the sound itself; order as numbered sequences and "once X stops";
speaker pairs answered as a question echo, as ages and kinds, and as near-certain statements. Scored once as written
(``tests/heldout_scores/dev_counts_19c_first_score.txt``). Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

#: (reply, the count it states of the target or "abstain", the target asked about)
COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("**Answer:** The knocking occurs **three** times.", 3, "knocking"),
    ("- Bark 1: 0:00.5\n- Bark 2: 0:01.7\n- Bark 3: 0:04.0", 3, "a dog barking"),
    ("The bell tolls. It tolls again. And again. Three tolls in total.", 3, "a bell"),
    ("I heard 2 car horns: one short honk and one long honk.", 2, "a car horn"),
    ("The glass shatters one time near the end of the clip.", 1, "glass breaking"),
    ("Sneezes: none. Coughs: three.", 0, "a sneeze"),
    ("Sneezes: none. Coughs: three.", 3, "coughing"),
    ("There were a few knocks, I believe 3.", 3, "knocking"),
    ("The clapping is rhythmic, around 8 to 10 claps.", ABSTAIN, "clapping"),
    ("The cat meows and then meows again.", 2, "a cat meowing"),
    ("I can hear the chime ring out 4 times, though the last one is cut off.", 4, "a clock chime"),
    ("There might be one gunshot, but it could also be a firework.", ABSTAIN, "gunshots"),
    ("count=5 event=beep", 5, "a beep"),
    ("Only the horn: 1 honk. No siren.", 0, "a siren"),
    ("The dog barked 3 times, then whimpered twice.", 3, "a dog barking"),
    ("The doorbell: ding-dong, ding-dong. So it rang twice.", 2, "a doorbell"),
]

#: (first sound, second sound, relation asked, reply, label), as in ``tests/_dev_counts_19.py``
ORDERS: list[tuple[str, str, str, str, str]] = [
    ("a dog barking", "a siren", "before", "Sequence of events: (1) siren wail, (2) dog barking, (3) silence.", NO),
    ("a siren", "a dog barking", "before", "Sequence of events: (1) siren wail, (2) dog barking, (3) silence.", YES),
    ("a knock", "footsteps", "after", "The knock is heard once the footsteps stop.", YES),
    ("rain", "thunder", "before",
     "Thunder rumbles in the distance while rain continues to fall; the rain begins before the first rumble.", YES),
    ("a cat meowing", "a dog barking", "before", "The dog barks and the cat meows at the same moment.", ABSTAIN),
    ("an alarm", "a crash", "after", "There is no alarm in this clip.", NO),
    ("an alarm", "a crash", "before", "Crash first; alarm afterwards.", NO),
    ("a baby crying", "laughter", "after", "No - the laughter comes after the baby's cry, not before.", NO),
]

#: (reply to "Are these two clips the same speaker?", label)
PAIRS: list[tuple[str, str]] = [
    ("Same speaker? No.", NO),
    ("The speaker in both recordings appears to be the same middle-aged man.", YES),
    ("Voice 1 sounds like a teenage boy; voice 2 sounds like an adult woman.", NO),
    ("I can't be certain, but they sound quite similar.", ABSTAIN),
    ("These are identical voices, almost certainly one speaker.", YES),
    ("The second recording seems to be AI-generated, mimicking the first speaker.", NO),
    ("They are the same person speaking at different speeds.", YES),
    ("Definitely two different voices.", NO),
]
