"""What a speaker is reported to talk about, and what a sound would be like, are not sounds heard (``scoring.answers``):
a person (WordNet's first sense: "the farmer") with a verb of communication ("talks about", "remarks that", "calls out
'...'"), and a sound as the subject of "would"; a negated "without" affirms (``scoring.clauses``);
a probability given before a sound reaches it.
Replies written as audio LLMs describe clips."""

from __future__ import annotations

import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain

CASES = [
    # the target is only the topic of what someone says
    ("Cattle, bovinae", "cows", "No cows mooing. The farmer talks about his prize-winning Hereford cattle while a "
     "tractor idles nearby.", "no"),
    ("Water", "water", "No water sounds. A man is talking on the phone about his water bill, with a TV playing in the "
     "background.", "no"),
    ("Snake", "a snake", "No snake. The hiss is air from a compressor hose, and the mechanic remarks that the hose is "
     "coiled like a snake.", "no"),
    ("Chicken, rooster", "a chicken", "No chicken. A cashier calls out 'two chicken sandwiches' over the fryer noise.",
     "no"),
    # ... while a sound the speaker makes, or a sound after the speech, is heard
    ("Dog", "a dog", "A toddler cries whenever the dog barks, which happens three times in the clip.", "yes"),
    ("Dog", "a dog", "The vet explains that the puppy is nervous, and then the dog yelps twice.", "yes"),
    ("Train", "a train", "The announcer says the doors are closing, and a train pulls out with a long horn blast.",
     "yes"),
    # what a sound would be like is no sound heard
    ("Dog", "a dog", "A dog would bark far more sharply than this; these are a man's dry coughs.", "no"),
    ("Siren", "a siren", "There's no siren. A real siren would rise and fall in pitch; this tone stays flat.", "no"),
    ("Dog", "a dog", "Yes - that would be a dog: two short barks at the start, then panting.", "yes"),
    # a negated "without" affirms ("not a moment without"); "without" alone denies
    ("Dog", "a dog", "The clip never goes ten seconds without the dog barking at the mail carrier.", "yes"),
    ("Rain", "rain", "Honestly, there isn't a single stretch without rain drumming on the skylight.", "yes"),
    ("Dog", "a dog", "The hallway recording is quiet without any barking; just a fridge hum.", "no"),
    # a probability stated before the sounds reaches every one up to the target in its clause, not past a comma
    ("Owl", "an owl", "I would put about a 35% chance on those hoots coming from an owl; a mourning dove is likelier.",
     "abstain"),
    ("Owl", "an owl", "There is a 90% chance the hooting is an owl calling.", "yes"),
    ("Dog", "a dog", "A 10% chance of rain sounds, but the dog barking is certain.", "yes"),
    # nobody making the sound denies it; nobody doing something else to it leaves it heard
    ("Car horn", "a car horn", "Nobody honks the horn in this clip; the cars just idle at the light.", "no"),
    ("Knock", "knocking", "No one answers the knocking, which goes on for a good ten seconds.", "yes"),
    # a likeness suffix, and words quoted as sung or said, name no sound heard
    ("Siren", "a siren", "No. There is a siren-like whine, but it is a dentist's drill at high speed.", "no"),
    ("Thunder", "thunder", "No thunder here; the radio host just reads the headline 'storms and thunder expected "
     "tonight' before the weather jingle.", "no"),
    ("Dog", "a dog", "Yes: a dog barks twice, then someone says \"good boy\".", "yes"),
    # a text-only modality and hedges in other languages abstain
    ("Doorbell", "a doorbell", "Sorry, I can only understand typed text. Could you describe the sound for me?",
     "abstain"),
    ("Dog", "a dog", "Vielleicht ein Hund, aber es könnte auch ein Fuchs sein.", "abstain"),
    ("Cat", "a cat", "听起来可能是猫叫，但我不太确定。", "abstain"),
    # a negation reaching a "without" several words on
    ("Dog", "a dog", "There is never a stretch of the clip without the dog yapping at something.", "yes"),
]


@pytest.mark.parametrize(("label", "phrase", "reply", "want"), CASES,
                         ids=[f"{c[0].split(',')[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_speech_topics_and_what_would_be(label: str, phrase: str, reply: str, want: str) -> None:
    assert explain(reply, target_terms(label, phrase))[0].value == want
