"""A sound's word inside a thing's name ("a water heater hums") is no mention of the sound; the same word heading a
noun that is a kind or part of it ("a tree frog", "rotor blades") still is (``scoring.compounds``, WordNet's two-word
nouns in ``vocab.word_classes``). Replies written as audio LLMs describe clips; labels are a careful reading."""

from __future__ import annotations

import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain
from pytest_audiotrust.scoring.compounds import modifies_a_noun
from pytest_audiotrust.vocab.sounds import sound_mentions
from pytest_audiotrust.vocab.word_classes import compound, in_class

CASES = [
    # the word is part of a thing's name: the thing is heard, not the target
    ("Water", "water", "The clip is quiet apart from a water heater that clicks on and hums in the basement.", "no"),
    ("Fire", "fire", "Someone sets off a fire extinguisher in three short bursts; nothing is burning.", "no"),
    ("Frying (food)", "frying", "A frying pan is set down hard on the counter, then a drawer closes.", "no"),
    ("Car", "a car", "It's an empty car park at night: footsteps echo off the concrete and a ventilation fan drones.",
     "no"),
    ("Roaring cats (lions, tigers)", "a lion", "Those barks are from a sea lion colony on the rocks by the shore.", "no"),
    ("Pig", "a pig", "A guinea pig squeaks excitedly, probably because it heard its food bag rustle.", "no"),
    # the same word heading a kind or a part of what it names, or after an adjective: the target is heard
    ("Frog", "a frog", "Yes. There's a tree frog calling repeatedly from somewhere close to the microphone.", "yes"),
    ("Helicopter", "a helicopter", "The steady thwop-thwop is rotor blades overhead, so yes, a helicopter.", "yes"),
    ("Cat", "a cat", "A black cat meows twice near the door and then starts purring.", "yes"),
    ("Flute", "a flute", "Yes - a flute player runs through a few scales, with some breath noise between phrases.",
     "yes"),
    ("Rain", "rain", "Yes, a brief rain shower patters on the roof and then eases off.", "yes"),
    ("Bird", "a bird", "I can hear a bird recording from a nature documentary: several finches chirping.", "yes"),
]


@pytest.mark.parametrize(("label", "phrase", "reply", "want"), CASES, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_a_thing_named_with_a_sound_word(label: str, phrase: str, reply: str, want: str) -> None:
    assert explain(reply, target_terms(label, phrase))[0].value == want


def test_both_mentions_of_one_reply_are_read_apart() -> None:
    # the first "water" names a heater, the second the water heard
    text = "a water heater hums, and then water runs into the sink."
    found = [(text[s:e], modifies_a_noun(text, s, e, m[0], {x[0] for x in sound_mentions(text)}))
             for s, e, m, _ in sound_mentions(text) if text[s:e] == "water"]
    assert found == [("water", True), ("water", False)]


def test_word_classes_from_wordnet() -> None:
    # two-word nouns and their kinds, as WordNet files them
    assert compound("water", "heater") == (False, True)
    assert compound("tree", "frog") == (False, True)
    assert compound("sea", "lion") == (False, False)
    assert compound("rotor", "blade") == (True, False)
    assert compound("dog", "barking") is None
    assert in_class("heater", "thing") and in_class("pan", "thing")
    assert not in_class("presence", "thing") and not in_class("player", "thing") and not in_class("noise", "thing")
    assert in_class("black", "adj") and not in_class("sea", "adj")
    assert in_class("farmer", "person") and not in_class("dog", "person")
    assert in_class("remark", "speech_verb") and in_class("told", "speech_verb") and not in_class("hammer", "speech_verb")


def test_word_classes_carry_their_source_and_licence() -> None:
    import gzip
    import json

    from pytest_audiotrust.vocab import word_classes

    assert "WordNet 3.0" in json.loads(gzip.decompress(word_classes.DATA.read_bytes()))["source"]
    assert word_classes.DATA.with_name("contrasts_COPYRIGHT.txt").read_text().count("Princeton University") >= 2
