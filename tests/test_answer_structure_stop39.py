"""Answer structure, stop 39 (``scoring.answers``, ``clauses``): a statement about a kind (a definition, a habit
stated with a frequency word) speaks of the kind, not of the clip, to the end of its sentence; a clause telling how
the model reached its answer ("Having listened twice") is no reply, and a "yes" that only takes up the request
("Yes, I went through the clip") is no answer; "yes or no" is the question's frame; a rival said to sound the same
leaves both open; a passive or named reported question ("I was asked whether ...") echoes the question; "I can't
listen to audio" and "can't say for certain" in French, Spanish, German and Portuguese. Each reply is written as
audio LLMs answer, in other words than any table row; each failed before the change it tests."""

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
]


@pytest.mark.parametrize(("label", "phrase", "reply", "want"), CASES, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_answer_structure_stop39(label: str, phrase: str, reply: str, want: str) -> None:
    assert explain(reply, target_terms(label, phrase))[0].value == want
