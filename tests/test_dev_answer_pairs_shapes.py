"""Shapes of the dev answer-pair misses fixed in issue 22 (``tests/_dev_answer_pairs*.py``), each written as audio LLMs
answer, with counter-examples that must stay flips: ``expect.consistent(output, other)`` passes for the same meaning
and fails for a flip.

* one answer names just the sounds a description of the clip names, in its own words ("a beach scene: wind blowing,
  waves breaking ..." / "The audio contains: wind, waves, seagulls"): a description of that clip too;
* where a sound is heading (coming closer and louder / going away and fading) is read per sound, like how far it is;
* the same words but for a sound put in another's place ("a cat is purring" / "a cat is hissing") differ;
* reports of speech by "explains", "reminds ... that", "complains" and "the announcement states" compare what was said;
  "found" / "lost" is a polarity pair;
* two abstentions agree however many negators each says its "no answer" with.
"""

from __future__ import annotations

import pytest

from pytest_audiotrust import expect
from pytest_audiotrust.verdicts.expect import ExpectationFailed


def _same(output: str, other: str) -> bool:
    try:
        expect.consistent(output, other)
    except ExpectationFailed:
        return False
    return True


# --- the same sounds, each answer in its own words ----------------------------------------------------------------

@pytest.mark.parametrize(("output", "other"), [
    ("The audio contains:\n- wind\n- waves crashing\n- seagulls",
     "It's a beach scene: wind blowing, waves breaking on the shore, and gulls calling overhead."),
    ("A construction site: a jackhammer pounds concrete while a truck reverses with its beeping alarm.",
     "There's a pneumatic drill breaking up pavement, and a lorry backing up with that repeated beep-beep warning."),
    ("A vehicle passes by.", "A motorcycle drives past."),
])
def test_the_same_sounds_in_other_words_agree(output: str, other: str) -> None:
    assert _same(output, other)


@pytest.mark.parametrize(("output", "other"), [
    # a different sound named
    ("The audio contains:\n- wind\n- waves crashing\n- seagulls",
     "It's a harbour scene: wind blowing, waves breaking on the pier, and a foghorn sounding."),
    # a negation added about a sound the other hears
    ("The audio contains:\n- wind\n- waves crashing\n- seagulls",
     "It's a beach scene: wind blowing and waves breaking on the shore, but no gulls at all."),
    # a changed count
    ("I hear a dog barking twice and a car passing.", "A dog barks three times as a car drives past."),
])
def test_the_same_scene_with_a_changed_sound_still_flips(output: str, other: str) -> None:
    assert not _same(output, other)


# --- where a sound is heading ----------------------------------------------------------------------------------------

def test_a_sound_coming_in_against_one_going_away_flips() -> None:
    assert not _same("The plane is coming in to land, growing steadily louder overhead.",
                     "The plane is taking off and climbing away, its sound fading as it goes.")
    assert not _same("Footsteps are approaching.", "Footsteps are moving away and fading out.")


def test_a_sound_heading_the_same_way_agrees() -> None:
    assert _same("A car approaches and gets louder.", "The sound of a car approaching.")


# --- one sound put in another's place --------------------------------------------------------------------------------

@pytest.mark.parametrize(("output", "other"), [
    ("A cat is purring.", "A cat is hissing."),
    ("A cat is meowing.", "A cat is hissing."),
    ("A baby is laughing.", "A baby is crying."),
    ("A lawn mower running in the distance.", "A leaf blower running in the distance."),
])
def test_another_sound_in_the_same_words_flips(output: str, other: str) -> None:
    assert not _same(output, other)


@pytest.mark.parametrize(("output", "other"), [
    ("A dog is barking.", "A dog is yapping."),
    ("A cat is purring.", "A cat purrs."),
])
def test_the_same_sound_in_another_word_agrees(output: str, other: str) -> None:
    assert _same(output, other)


# --- reports of speech -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("output", "other"), [
    ("He says the flight has been delayed by two hours.",
     "The announcement states that the flight is running 2 hours late."),
    ("The speaker says she can't come to the party because she's sick.",
     "She explains that she's ill and won't be able to make it to the party."),
    ("The man says he lost his wallet on the bus this morning.",
     "He explains that he left his wallet on the bus earlier today."),
])
def test_what_was_said_agrees_whatever_the_reporting_verb(output: str, other: str) -> None:
    assert _same(output, other)


@pytest.mark.parametrize(("output", "other"), [
    # a changed number
    ("He says the flight has been delayed by two hours.",
     "The announcement states that the flight is running 3 hours late."),
    # a negation added
    ("The speaker says she can come to the party.", "She explains that she won't be able to make it to the party."),
    # found against lost
    ("The man says he lost his wallet on the bus this morning.",
     "The man says he found a wallet on the bus this morning."),
])
def test_what_was_said_changed_still_flips(output: str, other: str) -> None:
    assert not _same(output, other)


# --- two abstentions -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("output", "other"), [
    ("I'm sorry, the audio is too noisy for me to tell what the sound is.",
     "I can't identify the sound — the recording is mostly static."),
    ("I'm not sure. The audio is very noisy and I can't make out what the sound is.",
     "Unable to identify the sound due to heavy noise."),
])
def test_two_abstentions_agree_however_they_negate(output: str, other: str) -> None:
    assert _same(output, other)


@pytest.mark.parametrize(("output", "other"), [
    # an abstention against a hedged answer naming a sound
    ("I can't identify the sound — the recording is mostly static.", "I'm not sure, but I think it's a dog barking."),
    # a yes turned no under a hedge
    ("I think so, yes, there is a dog barking.", "I don't think there's a dog barking."),
])
def test_an_abstention_or_a_hedge_against_an_answer_still_flips(output: str, other: str) -> None:
    assert not _same(output, other)
