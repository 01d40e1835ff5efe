"""Answer structure, stop 39 (``scoring.answers``, ``clauses``): a statement about a kind (a definition, a habit stated
with a frequency word) speaks of the kind, not of the clip, to the end of its sentence; a clause telling how the
model reached its answer ("Having listened twice") is no reply, and a "yes" that only takes up the request ("Yes, I
went through the clip") is no answer; "yes or no" is the question's frame; a rival said to sound the same leaves both
open; a passive or named reported question ("I was asked whether ...") and the model's own question ("I wondered
whether ...") echo the question; "I can't listen to audio" and "can't say for certain" in French, Spanish, German and
Portuguese; a labelled conclusion; a probability near even odds; a hedge given as a field's value. Each reply is
written as audio LLMs answer, in other words than any table row; each failed before the change it tests, beside
controls that keep their reading."""

from __future__ import annotations

import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain

CASES = [
    # a statement about the kind, not the clip: no answer about the clip
    ("Chainsaw", "a chainsaw", "Chainsaws usually run at around 100 to 120 decibels, so hearing protection is "
     "recommended.", "unparseable"),
    ("Goat", "a goat", "A goat is a domesticated ruminant of the genus Capra; goats are often louder than sheep.",
     "unparseable"),
    ("Harmonica", "a harmonica", "The harmonica is a free-reed wind instrument. In this clip, though, I hear a "
     "harmonica wailing over an acoustic guitar.", "yes"),
    # ... a clip's own sound with a frequency word is still the clip's
    ("Dog", "a dog", "Yes - the dogs in this clip usually bark in pairs, one answering the other.", "yes"),
    # how the model got to its reply is not the reply
    ("Trumpet", "a trumpet", "The question is whether a trumpet plays. After listening twice, I'd say it does not; "
     "the brass line is a trombone.", "no"),
    ("Violin", "a violin", "Yes, I went through the recording twice, and there is no violin; the strings are a "
     "cello section.", "no"),
    ("Violin", "a violin", "Yes, I went through the recording twice. A violin carries the melody.", "yes"),
    # "yes or no" is the question's frame; a rival that sounds the same leaves it open
    ("Hair dryer", "a hair dryer", "A simple yes or no is difficult: the whir fits a hair dryer, though a small "
     "vacuum would be virtually indistinguishable.", "abstain"),
    ("Hair dryer", "a hair dryer", "A hair dryer runs on high, but it sounds exactly the same as the one before.",
     "yes"),
    # other languages: cannot listen, cannot say for certain
    ("Rain", "rain", "Lo siento, no puedo escuchar archivos de audio, así que no puedo responder.", "abstain"),
    ("Rain", "rain", "Ich kann diese Aufnahme leider nicht anhören.", "abstain"),
    ("Rain", "rain", "Je ne peux pas l'affirmer avec certitude : on entend un crépitement régulier.", "abstain"),
    # a labelled conclusion after the reasoning decides
    ("Helicopter", "a helicopter", "1) The thumping at 0:05 might be rotor blades.\n2) But it speeds up and slows "
     "down with the bass line, so it is part of the song.\nConclusion: no.", "no"),
    # the model's own question, answered later, states nothing
    ("Thunder", "thunder", "At first I wondered if the boom was far-off thunder, but it's sharp and has no rolling tail "
     "or rain; it's a door slamming. So no, there's no thunder.", "no"),
    # a probability stated as the only claim: middling hedges, low denies; a detector's decision it qualifies stands
    ("Siren", "a siren", "Probability of a siren: 0.57", "abstain"),
    ("Siren", "a siren", "Estimated likelihood of a siren: 10%.", "no"),
    ("Siren", "a siren", "A siren was detected with 61% confidence around 0:12.", "yes"),
    # a hedge given as a field's value is the key's answer
    ("Owl", "an owl", "Owl: uncertain\nWind: yes\nRain: no", "abstain"),
    ("Owl", "an owl", "Owl - unclear; wind - yes", "abstain"),
    # a statement about a kind named in two words
    ("Church bell", "church bells", "Church bells are traditionally cast from bronze and tuned after casting.",
     "unparseable"),
]


@pytest.mark.parametrize(("label", "phrase", "reply", "want"), CASES, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_answer_structure_stop39(label: str, phrase: str, reply: str, want: str) -> None:
    assert explain(reply, target_terms(label, phrase))[0].value == want
