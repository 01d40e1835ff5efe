"""How an answer is built decides what it says about the target (``scoring.answers``, stop 38): a word written as a
name, a person doing what an animal's word says, one of several subjects of "would", an event that joins the target's
word with another sound, an answer word about a broader class, a closing answer word after the reasoning, a hedge that
opens with "No", negation in other languages, a reply that is only a transcript, a denied lack, the source present
doing something else than what the question asks, and "I can't confirm". Each reply is
written as audio LLMs answer, in other words than any table row; each failed before the change it tests."""

from __future__ import annotations

import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import _names, explain

CASES = [
    # a capitalised word inside a sentence is a name: a game, a team, a character
    ("Snake", "a snake", "No snake. The kids are playing Snake on an old Nokia and laughing every time it beeps.", "no"),
    ("Thunder", "thunder", "Nope, no thunder; the radio host is going over last night's Thunder game with a caller.",
     "no"),
    # ... not an adjective written with a capital, nor a word opening its sentence
    ("French horn", "a French horn", "Yes, a French horn plays a slow, mellow melody over soft strings.", "yes"),
    ("Thunder", "thunder", "Thunder rumbles in the distance, twice, and rain starts to fall.", "yes"),
    # an animal's sound word as a person's verb is what the person does
    ("Dog", "a dog barking", "No dog. A drill sergeant barks orders at the recruits while their boots stamp in time.",
     "no"),
    ("Dog", "a dog barking", "A small dog barks twice at the door, then whines.", "yes"),
    # one of several subjects of "would" is what would sound alike, not what is heard
    ("Thunder", "thunder", "I hear a low rumble that rises and fades. A passing truck or thunder would both sound like "
     "this, and I can't tell which.", "abstain"),
    # the target's word joined with another sound does not outweigh a denial
    ("Chicken, rooster", "chickens", "No chickens here. It's a kitchen, and chicken is frying in a pan while someone "
     "chops onions.", "no"),
    # the answer word's sentence states a broader class; the denial is the answer about the target
    ("Guitar", "a guitar", "Yes, there's music - a piano and some brushed drums - but no guitar anywhere.", "no"),
    # the answer word decides when the reply states only the source, by the word it shares with other sounds
    ("Telephone bell ringing", "a phone ringing", "No. Someone's phone vibrates on the table a few times and then "
     "stops.", "no"),
    # a closing answer word after the reasoning
    ("Baby laughter", "a baby laughing", "Small, quick giggles from an infant, with an adult cooing back at it. So, "
     "yes.", "yes"),
    ("Train", "a train", "The rhythm is the clatter of wheels over rail joints, and a horn sounds twice near the end. "
     "Yes.", "yes"),
    # a hedge opening with the other language's "no" leaves the question open
    ("Dog", "a dog", "Não tenho certeza; pode ser um cachorro ou um lobo.", "abstain"),
    # negation in French and German
    ("Piano", "a piano", "Il n'y a pas de piano dans cet extrait, seulement une guitare et une voix.", "no"),
    ("Piano", "a piano", "Im Clip ist kein Piano zu hören, nur eine Geige.", "no"),
    # a reply that is only a transcript answers no question about a sound
    ("Dog", "a dog", "Speaker 1: Did you lock the back door?\nSpeaker 2: Yes, twice, and I checked the windows.",
     "unparseable"),
    ("Siren", "a siren", 'The woman says: "I\'ll call you back after lunch, the meeting ran late."', "unparseable"),
    ("Dog", "a dog", "A man says hello and a dog barks.", "yes"),
    # the source present, what the question asks it to do denied of it or of a pronoun for it
    ("Piano", "a piano being played", "Two movers are carrying an upright piano down the stairs - lots of grunting and "
     "bumping - but nobody plays it and it isn't played at any point.", "no"),
    ("Lawn mower", "a lawn mower running", "Someone yanks the lawn mower's pull cord again and again; it coughs but "
     "never actually starts running.", "no"),
    ("Chainsaw", "a chainsaw running", "Yes, a chainsaw is running at full throttle, cutting through a log.", "yes"),
    ("Baby cry, infant cry", "a baby crying", "It isn't that there's no baby: there's a baby gurgling and babbling, "
     "but it doesn't cry at all.", "no"),
    # the standard of a long comparison is not heard
    ("Horse", "a horse", "That's a donkey braying - it sounds far more raspy and drawn out than a horse's neigh.", "no"),
    # "can't confirm" leaves it open
    ("Siren", "a siren", "There's a faint wavering tone under the traffic, but I can't confirm it is a siren.",
     "abstain"),
    # a reply only about who the speaker is answers another question; a request taken up with a question back answers
    # none
    ("Dog", "a dog", "The speaker sounds like an older man, calm and a little hoarse.", "unparseable"),
    ("Rain", "rain", "The tone of the speaker is cheerful and upbeat.", "unparseable"),
    ("Dog", "a dog", "The speaker sounds calm, and a dog barks twice behind him.", "yes"),
    ("Siren", "a siren", "Of course! Which part of the recording should I focus on?", "unparseable"),
    # what a speaker discusses or mentions is talked about, not heard
    ("Smoke detector, smoke alarm", "a smoke alarm", "No. Two colleagues mention the smoke alarm that went off "
     "yesterday, but nothing beeps in this recording.", "no"),
    # a denied lack is presence
    ("Dog", "a dog barking", "There's no lack of barking here - the dog goes off constantly.", "yes"),
]


@pytest.mark.parametrize(("label", "phrase", "reply", "want"), CASES, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_answer_structure(label: str, phrase: str, reply: str, want: str) -> None:
    assert explain(reply, target_terms(label, phrase))[0].value == want


def test_names_are_capitalised_runs_led_into_by_a_lower_case_word() -> None:
    assert _names("The kids play 'Duck, Duck, Goose' at recess.") == {("play", "duck"), ("duck", "duck"),
                                                                       ("duck", "goose")}
    assert _names("Reading out the Oklahoma City Thunder's score") == {("the", "oklahoma"), ("oklahoma", "city"),
                                                                      ("city", "thunder")}
    # a run that opens a line, a sentence or a table cell is no name
    assert _names("Church Bells\n| Dog Barking | Yes |\nThunder rolls. Yes, Thunder again.") == frozenset()
