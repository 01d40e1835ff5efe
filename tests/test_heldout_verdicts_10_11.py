"""The tenth held-out verdict set (``tests/_heldout_verdicts_10.py``, table A of round 4, committed before any reader
change) read row by row, and the structural shapes its misses exposed, each checked on sentences that are not rows of
the set, beside look-alike controls that must keep their reading (so a fix cannot be a keyword).

First score as written: ``tests/heldout_scores/tenth_set_first_score.txt`` (answers 63/71, no-speech 22/26, counts
14/14, orders 8/12, pairs 11/12); after the v22g fixes: ``tenth_set_after_v22g.txt``.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_verdicts_10 as ten
import pytest

from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.order import read_order, read_pair, stated_order

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    # labelled "abstained"; the project's convention (tests/_answer_tables.py) reads an output with no word as "empty"
    "tenth-no_speech-03": "'...' has no word: read 'empty' (the label vocabulary's name for it), labelled 'abstained'",
    "tenth-no_speech-04": "'-' has no word: read 'empty' (the label vocabulary's name for it), labelled 'abstained'",
}
ROWS = [(f"tenth-{i}", r) for i, r in score.rows(ten)]


@pytest.mark.parametrize(("row",), [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[i]))
                                    if i in KNOWN_MISSES else (r,) for i, r in ROWS], ids=[i for i, _ in ROWS])
def test_tenth_set_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # a reported question or a topic lead is answered by the clause after it, in the same sentence
    ("Thunder", "thunder", "As to whether there is thunder: no, only wind.", "no"),
    ("Thunder", "thunder", "As to whether there is thunder: yes, twice.", "yes"),
    ("Cat", "a cat meowing", "As for the cat: it's hard to say, the sound is muffled.", "abstain"),
    ("Cat", "a cat meowing", "About the cat - I can't make it out.", "abstain"),
    ("Cat", "a cat meowing", "As for the cat, it meows twice.", "yes"),  # control: a topic with its own statement
    # a subject that only resembles the target: the copula says what it is
    ("Siren", "a siren", "What sounds like a siren is actually a kettle.", "no"),
    ("Siren", "a siren", "What sounded like a siren was a boy whistling.", "no"),
    ("Knock", "someone knocking on a door", "There are knocks on what sounds like a wooden door.", "yes"),  # control
    # "except" after a universal leaves the sound out; after a negated quantifier it is the one heard
    ("Rain", "rain", "All the sounds except rain are clear: a dog, a car, a door.", "no"),
    ("Rain", "rain", "I hear nothing except rain.", "yes"),  # control
    ("Rain", "rain", "Nothing except the rain is audible.", "yes"),  # control
    # an alternative offered to a bare yes withdraws it; a bare no stays
    ("Dog", "a dog barking", "Yes, though it might also be a seal.", "abstain"),
    ("Dog", "a dog barking", "No, it could be a seal.", "no"),  # control
    ("Dog", "a dog barking", "Yes, a dog barks, and it might also be a puppy.", "yes"),  # control: the target is stated
    # a reply reporting what a speaker says answers another question; the speech itself is another sound
    ("Dog", "a dog barking", "The man talks about feeding the dog tomorrow.", "unparseable"),
    ("Siren", "a siren", "The announcer says the train is delayed by ten minutes.", "unparseable"),
    ("Dog", "a dog barking", "A man speaks briefly in German.", "no"),  # control: the speech as a sound
    ("Speech", "someone speaking", "The woman says she is going to take the dog out.", "yes"),  # control: speech asked
    ("Dog", "a dog barking", "A man says hello and a dog barks.", "yes"),  # control: a sound beside the speech
    # refusing to judge, "can't make it out"
    ("Dog", "a dog barking", "It's not something I can judge from this clip.", "abstain"),
    ("Dog", "a dog barking", "I can't make out a dog.", "no"),  # control: the target, not "it", can't be made out
])
def test_answer_shapes(label: str, phrase: str, text: str, expected: str) -> None:
    assert score.answer_verdict(label, phrase, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("<|nocaptions|>", "abstained"),
    ("<|en|><|transcribe|> Thanks for watching!", "hallucinated"),  # control: words after the tokens
    ("(indistinct)", "abstained"),
    ("(indistinct) I'll call you back.", "hallucinated"),  # control
])
def test_no_speech_shapes(text: str, expected: str) -> None:
    assert inspect_nonspeech_output(text).verdict == expected


@pytest.mark.parametrize(("text", "relation", "expected"), [
    # a relation under negation states the other order
    ("The horn does not come after the barking.", "before", "yes"),
    ("The horn is not the first sound; the barking is.", "before", "no"),
    ("It wasn't the barking first.", "before", "yes"),
    ("The horn comes first.", "before", "yes"),  # control
    ("Not only does the horn come first, it is also louder.", "before", "yes"),  # control: "not only" negates nothing
    # "after which" is "then"; a "then" clause holding no sound opens the next clause
    ("The barking stops, after which the horn honks.", "before", "no"),
    ("The horn honks and then, after a pause, the barking starts.", "before", "yes"),
    ("The horn honks after the barking.", "before", "no"),  # control: "after" alone puts the horn last
])
def test_order_shapes(text: str, relation: str, expected: str) -> None:
    assert read_order(text, "a car horn", "a dog barking", relation)[0] == expected


def test_stated_order_reads_negation_only_when_asked() -> None:
    # premise.py reads each sentence's negation itself; read_order and robust answers ask stated_order to
    text = "The rain does not come before the thunder."
    assert stated_order(text, "rain", "thunder") is True
    assert stated_order(text, "rain", "thunder", negation=True) is False


@pytest.mark.parametrize(("text", "expected"), [
    ("It doesn't sound cloned; it's the same man.", "yes"),
    ("There isn't any doubt: two different speakers.", "no"),
    ("It doesn't.", "no"),  # control: a bare answer word
    ("No. The voices differ.", "no"),  # control
])
def test_pair_shapes(text: str, expected: str) -> None:
    assert read_pair(text)[0] == expected
