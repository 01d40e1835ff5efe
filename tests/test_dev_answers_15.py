"""The DEV answer table 15 (``tests/_dev_answers_15.py``: yes/no about a target and counts in the answer structures
the earlier tables use least), committed before the reader changes it led to and read row by row with floors at the
level measured after them; and each structural shape its misses exposed, checked on sentences that are not rows of the
table beside look-alike controls that must keep their reading (so a fix cannot be a keyword).

First score with main's code (``tests/heldout_scores/dev_answers_15_first_score.txt``): answers 65/90, counts 13/20;
after (``dev_answers_15_after.txt``): answers 87/90, counts 19/20. A dev table: its misses were read. A second batch
(``tests/_dev_answers_15b.py``), written after those fixes and committed before it was scored, measured how far they
generalise: answers 37/47, counts 6/8 first (``dev_answers_15b_first_score.txt``), 43/47 and 8/8 after its own fixes;
a third (``tests/_dev_answers_15c.py``, captions, terse and verbose replies) 36/40 and 5/6 first, 39/40 and 6/6 after;
a fourth (``tests/_dev_answers_15d.py``, quoted questions, timelines, reasons, the target in passing) 26/30 first, 29/30
after; a fifth (``tests/_dev_answers_15e.py``, rambling small models, degree, a sound named as another's source) 21/25
first, 22/25 after.
"""

from __future__ import annotations

import _dev_answers_15 as dev
import _dev_answers_15b as dev_b
import _dev_answers_15c as dev_c
import _dev_answers_15d as dev_d
import _dev_answers_15e as dev_e
import _heldout_score as score
import pytest

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    # dev15-answers-009 (handbells asked about church bells): read since the lexicon names handbells (v26c)
    "dev15-answers-023": "'a glass being set down' asked about glass breaking: the label asked is Glass, whose own sounds"
                         " (clink) include a glass set down; only the question's phrase names breaking",
    "dev15-answers-085": "'no neighing; I'd guess a horse walking, though not sure': the lexicon maps 'neighing' to Horse"
                         " itself, so the denial cannot be told from one of the whole horse, and a denial outweighs a hedge",
    "dev15-counts_target-13": "'Trois aboiements.': scoring.numbers (not this task's) reads no French number words",
}
ROWS = [(f"dev15-{i}", r) for i, r in score.rows(dev)]
#: family -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {"answers": 88, "counts": 19}
#: The second batch, written after the DEV fixes and scored once before its own (first 37/47 and 6/8; after 43/47, 8/8).
KNOWN_MISSES_B = {
    "dev15b-answers-008": "'The bass in this track is deeper than thunder': thunder is only a comparison's standard, and"
                          " 'bass' / 'track' name no sound the lexicon knows, so nothing is stated",
    "dev15b-answers-013": "'..., but nobody does and it stays quiet': the denial is of a pronoun; no rule resolves 'it' to the"
                          " dog (a tried pronoun rule lowered held-out totals, so it was dropped)",
    "dev15b-answers-018": "'a baby babbling' asked about a baby crying: the lexicon gives 'baby' to Baby cry only, so the"
                          " source is read as the target (a rule for it broke multi-word names: 'smoke alarm chirps')",
    "dev15b-answers-036": "'I'm not saying there isn't a cow, but I can't hear one': the double negation cancels and 'one' is"
                          " not resolved to the cow ('I wouldn't say there's no car; one drives past' must stay yes)",
}
ROWS_B = [(f"dev15b-{i}", r) for i, r in score.rows(dev_b)]
FLOORS_B = {"answers": 43, "counts": 8}
#: The third batch, written after the second batch's fixes and scored once before its own (first 36/40 and 5/6).
#: (dev15c-answers-017, 'A viola and a cello play a duet', read since the lexicon holds the ontology's instruments.)
KNOWN_MISSES_C: dict[str, str] = {}
ROWS_C = [(f"dev15c-{i}", r) for i, r in score.rows(dev_c)]
FLOORS_C = {"answers": 40, "counts": 6}
#: The fourth batch, written after the third batch's fixes and scored once before its own (first 26/30).
KNOWN_MISSES_D: dict[str, str] = {}  # dev15d-answers-015 ('A trombone plays'): read since the lexicon has it
ROWS_D = [(f"dev15d-{i}", r) for i, r in score.rows(dev_d)]
FLOORS_D = {"answers": 30}
#: The fifth batch, written after the fourth batch's fixes and scored once before its own (first 21/25).
KNOWN_MISSES_E = {
    "dev15e-answers-017": "'Toads trill' asked about a frog: the lexicon gives toads to Frog (the label, written by reading,"
                          " takes a toad for another animal; AudioSet's Frog may well include toads)",
}
ROWS_E = [(f"dev15e-{i}", r) for i, r in score.rows(dev_e)]
FLOORS_E = {"answers": 24}  # 23, then 24 with WordNet's two-word nouns ('a water heater')


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_dev_answers_15_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_dev_answers_15_floors() -> None:
    scored = score.score(dev)
    assert set(scored) == set(FLOORS) and len(dev.ANSWERS) + len(dev.COUNTS_WITH_TARGET) >= 100
    assert all(scored[fam][0] >= floor for fam, floor in FLOORS.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize("row", score.row_params(ROWS_B, KNOWN_MISSES_B) + score.row_params(ROWS_C, KNOWN_MISSES_C)
                         + score.row_params(ROWS_D, KNOWN_MISSES_D) + score.row_params(ROWS_E, KNOWN_MISSES_E))
def test_later_batches_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


@pytest.mark.parametrize(("table", "floors"), [(dev_b, FLOORS_B), (dev_c, FLOORS_C), (dev_d, FLOORS_D), (dev_e, FLOORS_E)],
                         ids=["second", "third", "fourth", "fifth"])
def test_later_batches_floors(table: object, floors: dict[str, int]) -> None:
    scored = score.score(table)
    assert all(scored[fam][0] >= floor for fam, floor in floors.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # a counterfactual states nothing; an open condition or a plain "if you listen" is no counterfactual
    ("Siren", "a siren", "If there were a siren, you would hear a wail. Nothing like that is here.", "no"),
    ("Siren", "a siren", "If you listen closely, you can hear a siren at 0:10.", "yes"),  # control
    ("Train", "a train", "It's a train; if it were a tram you would hear a bell.", "yes"),  # control: the fact stands
    ("Train", "a train", "It would be a train if the beat were regular, but it's irregular, so I can't be sure.", "abstain"),
    ("Rain", "rain", "Unless that's a tap running, it's rain on the window.", "abstain"),
    # an expectation someone else holds states nothing, unless the reply confirms it
    ("Cow", "a cow", "You might expect a cow here, but only sheep bleat.", "no"),
    ("Cow", "a cow", "As you would expect on a farm, a cow moos twice.", "yes"),  # control
    ("Cow", "a cow", "Listeners would expect a cow, and indeed one moos at 0:04.", "yes"),  # control: confirmed
    ("Gunshot, gunfire", "gunshots", "You might think these are gunshots, and they are: three shots.", "yes"),  # control
    # the standard of a comparison is not heard; the sound compared is
    ("Siren", "a siren", "The alarm is louder than a siren, a steady electronic beep.", "no"),
    ("Siren", "a siren", "The siren is louder than the traffic.", "yes"),  # control
    ("Thunder", "thunder", "Thunder rumbles, as loud as a cannon.", "yes"),  # control
    ("Dog", "a dog barking", "Other than the dog barking, I hear nothing.", "yes"),  # control: "other than" is no comparison
    # a probability named before its sound
    ("Siren", "a siren", "Probability of a siren: 0.04", "no"),
    ("Siren", "a siren", "Probability of a siren: 0.93", "yes"),  # control
    ("Train", "a train", "P(train) = 0.5 - a coin flip.", "abstain"),
    # check marks inline and JSON keys that deny presence are fields of their own
    ("Bird", "birds", "Birds \u2714\ufe0f  Wind \u2714\ufe0f  Traffic \u2716\ufe0f", "yes"),
    ("Wind", "wind", "Birds \u2714\ufe0f  Traffic \u2716\ufe0f  Wind \u2716\ufe0f", "no"),
    ("Cat", "a cat", '{"detected": ["cat"], "not_detected": ["dog", "bird"]}', "yes"),  # control
    ("Bird", "a bird", '{"detected": ["cat"], "not_detected": ["dog", "bird"]}', "no"),
    ("Car", "a car", "1. Car engine - not present\n2. Motorcycle - present", "no"),
    # an event still to come is not heard
    ("Speech", "speech", "Someone is about to speak, but the clip ends.", "no"),
    ("Speech", "speech", "A man speaks about the weather.", "yes"),  # control
    # a predicate joined to "silent" still denies; a time limit in the clause before a denial limits it
    ("Dog", "a dog barking", "The dog is asleep and silent.", "no"),
    ("Dog", "a dog barking", "The dog is awake and barking.", "yes"),  # control
    ("Thunder", "thunder", "The last rumble is thunder; earlier rumbles are a truck, not thunder.", "yes"),
    ("Thunder", "thunder", "The rumble is a truck, not thunder.", "no"),  # control
    # the kind left open hedges a broader class; it does not doubt a named one
    ("Dog", "a dog barking", "I hear some kind of animal, but I can't make out which one.", "abstain"),
    ("Dog", "a dog", "I can hear a dog, but I can't make out which breed.", "yes"),  # control
    # a contrast re-identifying the sound as a kin of it; not a place, a degree or a medium
    ("Vehicle horn, car horn, honking", "a car horn", "A vehicle sounds its horn, but it is a ship's horn.", "no"),
    ("Dog", "a dog", "A dog barks, but it's a long way off.", "yes"),  # control
    ("Siren", "a siren", "There's a siren, but it's mostly traffic noise.", "yes"),  # control
    ("Dog", "a dog barking", "A dog barks, but it is a recording played on a phone.", "yes"),  # control
    ("Vehicle horn, car horn, honking", "a car horn", "A car's horn honks twice.", "yes"),  # control: the car makes it
    # nobody doing something to the sound by a phrasal verb leaves it heard
    ("Telephone bell ringing", "a telephone ringing", "Nobody picks up the phone, which rings for a minute.", "yes"),
    ("Telephone bell ringing", "a telephone ringing", "Nobody picks up; there is no phone ringing at all.", "no"),
    # answer particles in other languages; "non-" is no particle
    ("Dog", "a dog", "Non, il n'y a pas de chien.", "no"),
    ("Dog", "a dog", "Ja, ein Hund bellt.", "yes"),
    ("Dog", "a dog", "Non-stop barking from a dog next door.", "yes"),  # control
    # a file that could not be decoded abstains
    ("Engine", "an engine", "The audio could not be decoded.", "abstain"),
    # shapes from the second batch (tests/_dev_answers_15b.py): an adverb before someone else's expectation
    ("Applause", "applause", "Normally you'd expect applause there. Instead, the room stays silent.", "no"),
    ("Applause", "applause", "As you'd expect, applause follows the speech.", "yes"),  # control
    # candidates offered one by one after a broader sound
    ("Dog", "a dog", "An animal is growling, possibly a dog, possibly a big cat.", "abstain"),
    ("Dog", "a dog", "A dog is growling, possibly a large breed.", "yes"),  # control: a detail, no other sound
    # a contrast ends the scope of an identity condition
    ("Cat", "a cat", "If that's a cat, it's a hoarse one - but yes, it's a cat meowing.", "yes"),
    ("Cat", "a cat", "If that's a cat, it's a hoarse one.", "abstain"),  # control
    # an answer field after the reasoning on the same line
    ("Owl", "an owl", "Hooting is typical of owls, but this matches a dove. Answer: No.", "no"),
    ("Owl", "an owl", "Hooting is typical of owls, and this is one. Answer: yes.", "yes"),  # control
    # an event set for later is not heard
    ("Alarm clock", "an alarm clock", "The alarm clock is set to go off but never rings during the clip.", "no"),
    ("Alarm clock", "an alarm clock", "The alarm clock goes off at 0:05.", "yes"),  # control
    # a list item does not specify another item's shared word; outside a list it still does
    ("Drum", "drums", "Instruments:\n- Piano: absent\n- Violin: present\n- Drums: present", "yes"),
    ("Meow", "a cat meowing", "A cat purrs on the sofa.", "no"),  # control
    # shapes from the third batch (tests/_dev_answers_15c.py): a negated end is a continuing sound
    ("Dog", "a dog barking", "The dog doesn't stop barking.", "yes"),
    ("Rain", "rain", "The rain doesn't let up.", "yes"),
    ("Dog", "a dog barking", "The dog never barks.", "no"),  # control
    ("Rain", "rain", "The rain isn't there.", "no"),  # control
    # an exception to a denial states its sound
    ("Bird", "birds", "No birds except a crow cawing.", "yes"),
    ("Bird", "birds", "No birds, except for the wind.", "no"),  # control: the exception is another sound
    # a plain line whose key denies presence lists denied items
    ("Cat", "a cat", "Detected: dog, bird\nNot detected: cat, owl", "no"),
    ("Dog", "a dog", "Not detected: cat and owl. Detected: dog.", "yes"),  # control
    # shapes from the fourth batch (tests/_dev_answers_15d.py): the question named as a topic is an echo
    ("Siren", "a siren", "To your question about a siren: I can't make one out, so I'm not sure.", "abstain"),
    ("Siren", "a siren", "To your question about a siren: yes, one passes at 0:10.", "yes"),  # control
    # a generic description of the setting states no sound
    ("Dog", "a dog", "It's the kind of place you'd see dogs, but none can be heard.", "no"),
    ("Dog", "a dog", "It's the kind of park where a dog barks at 0:04.", "yes"),  # control: no generic "you"
    # a score out of 100 is a percentage
    ("Siren", "a siren", "Siren presence score: 12/100.", "no"),
    ("Siren", "a siren", "Siren presence score: 91/100.", "yes"),  # control
    # shapes from the fifth batch: a shared word heard, and the target's own name only among alternatives in doubt
    ("Clock", "a clock ticking", "Ticking, yes - though whether it's a clock or a timer I can't say.", "abstain"),
    ("Clock", "a clock ticking", "A clock ticks; it might be a wall clock or a mantel clock.", "yes"),  # control
    ("Clock", "a clock ticking", "Ticking, yes: a clock.", "yes"),  # control
])
def test_answer_shapes(label: str, phrase: str, text: str, expected: str) -> None:
    assert score.answer_verdict(label, phrase, text) == expected


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("Three knocks? No, four.", "knocking", 4),  # a number asked back and answered by another is withdrawn
    ("Three knocks? Yes, three.", "knocking", 3),  # control
    ("The bell tolls six - six times.", "a bell ringing", 6),  # the same number told again is no range
    ("Two - three barks.", "a dog barking", "abstain"),  # control
    ("I missed a faint one: four barks.", "a dog barking", 4),  # "a faint one" is a pronoun
    ("Just one bark.", "a dog barking", 1),  # control
    ("Roughly a dozen honks; it's hard to be exact.", "a car horn", "abstain"),  # an estimate said to be inexact
    ("Roughly 5 beeps, though the last may be an echo.", "a beep", 5),  # control: a doubt about one of them
    ("There's no meow; the cat only purrs.", "a cat meowing", 0),  # the target denied counts 0
    ("Three barks. Earlier I thought it barked twice, but I missed one.", "a dog barking", 3),  # a belief revised
    ("I thought it barked twice, and it did: two barks.", "a dog barking", 2),  # control: confirmed
    ("If there were more barks you'd hear them later, but there are just two.", "a dog barking", 2),  # a counterfactual
    ("I initially counted four claps but there are five.", "clapping", 5),  # a former count revised
    ("I counted four claps, and there are four.", "clapping", 4),  # control
    ("Three barks, then two more barks.", "a dog barking", 5),  # counts told in parts add up
    ("Two knocks, then one more than before.", "knocking", 2),  # control: a comparison, not more knocks
    ("The dog barks 2 times, then the cat meows 3 times.", "a dog barking", 2),  # control: another sound's count
])
def test_count_shapes(text: str, target: str, expected: int | str) -> None:
    assert score.count_verdict(text, target) == expected
