"""The tenth and eleventh held-out verdict sets (``tests/_heldout_verdicts_10.py`` / ``_11.py``, tables A and B of
round 4, each committed before the reader changes it led to) read row by row, and the structural shapes their misses
exposed, each checked on sentences that are not rows of the sets, beside look-alike controls that must keep their
reading (so a fix cannot be a keyword).

First scores as written: ``tests/heldout_scores/tenth_set_first_score.txt`` (answers 63/71, no-speech 22/26, counts
14/14, orders 8/12, pairs 11/12) and ``eleventh_set_first_score.txt`` (written after the tenth set's fixes: answers
35/42, no-speech 13/18, counts 8/12, orders 9/11, pairs 8/10); after the v22g fixes: ``*_after_v22g.txt``.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_verdicts_10 as ten
import _heldout_verdicts_11 as eleven
import pytest

from pytest_audiotrust.scoring.counts import parse_count
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.order import read_order, read_pair, stated_order

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    # labelled "abstained"; the project's convention (tests/_answer_tables.py) reads an output with no word as "empty"
    "tenth-no_speech-03": "'...' has no word: read 'empty' (the label vocabulary's name for it), labelled 'abstained'",
    "tenth-no_speech-04": "'-' has no word: read 'empty' (the label vocabulary's name for it), labelled 'abstained'",
}
ROWS = [(f"tenth-{i}", r) for i, r in score.rows(ten)] + [(f"eleventh-{i}", r) for i, r in score.rows(eleven)]


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_tenth_and_eleventh_sets_row_by_row(row: tuple[str, tuple]) -> None:
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
    ("Siren", "a siren", "I can hear everything except the siren.", "no"),
    ("Dog", "a dog barking", "All the sounds except the dog are faint.", "yes"),  # control: a property, not presence
    # an alternative offered to a bare yes withdraws it; a bare no stays
    ("Dog", "a dog barking", "Yes, though it might also be a seal.", "abstain"),
    ("Dog", "a dog barking", "No, it could be a seal.", "no"),  # control
    ("Dog", "a dog barking", "Yes, a dog barks, and it might also be a puppy.", "yes"),  # control: the target is stated
    # a reply reporting what a speaker says answers another question; the speech itself is another sound
    ("Dog", "a dog barking", "The man talks about feeding the dog tomorrow.", "unparseable"),
    ("Siren", "a siren", "The announcer says the train is delayed by ten minutes.", "unparseable"),
    ("Dog", "a dog barking", "A man speaks briefly in German.", "no"),  # control: the speech as a sound
    ("Dog", "a dog barking", "A man says hello.", "no"),  # control: a word said, no reported content
    ("Speech", "someone speaking", "The woman says she is going to take the dog out.", "yes"),  # control: speech asked
    ("Dog", "a dog barking", "A man says hello and a dog barks.", "yes"),  # control: a sound beside the speech
    # a reasoning block is deliberation; the answer after it decides
    ("Thunder", "thunder", "<think>Sounds like thunder at first.</think> Final answer: no, it's a truck.", "no"),
    ("Thunder", "thunder", "<think>Is it thunder or a truck?</think>\nThunder, clearly.", "yes"),
    # key=value lines are fields; "result: negative" is a labelled answer
    ("Dog", "a dog barking", "status=ok; result=negative; class=none", "no"),
    ("Dog", "a dog barking", "status=ok result=positive class=dog", "yes"),
    ("Dog", "a dog barking", "The formula a=b does not apply; a dog barks.", "yes"),  # control: no key=value line
    # "can't say I hear X" denies; "can't say" alone hedges
    ("Siren", "a siren", "Can't say that I heard a siren.", "no"),
    ("Siren", "a siren", "I can't say whether there's a siren.", "abstain"),  # control
    # two candidates, "hard to call"
    ("Train", "a train", "It's compatible with a train or a truck.", "abstain"),
    ("Train", "a train", "It's consistent with a train passing.", "yes"),  # control: one candidate
    # the reply cannot open the file
    ("Dog", "a dog barking", "Could not process: unsupported format.", "abstain"),
    ("Dog", "a dog barking", "A dog barks; I could not process the rest.", "yes"),  # control: not the opening
    # a made thing played by someone is another sound; a made thing naming another maker is another kind of the sound
    ("Church bell", "church bells", "A gong is struck three times.", "no"),
    ("Vehicle horn, car horn, honking", "a car horn", "A bus horn blares.", "yes"),  # control: a bus is a road vehicle
    ("Vehicle horn, car horn, honking", "a car horn", "A boat horn sounds across the harbour.", "no"),
    ("Laughter", "people laughing", "The crowd laughs loudly.", "yes"),  # control: no made thing
    # the device that made the recording is not heard in it
    ("Telephone bell ringing", "a telephone ringing", "Recorded on a phone, I think; there is no ringing.", "no"),
    ("Telephone bell ringing", "a telephone ringing", "Captured with a phone. A phone rings twice.", "yes"),  # control
    # a sound that ended before the clip; a reply handing over another text
    ("Rain", "rain", "The rain had already stopped; only water drips from the roof.", "no"),
    ("Rain", "rain", "The rain stops halfway through.", "yes"),  # control: it was heard before it stopped
    ("Dog", "a dog barking", "Sure! Here's a haiku about a barking dog: ...", "unparseable"),
    ("Dog", "a dog barking", "Here is what I hear: a dog barking twice.", "yes"),  # control: a report, no other task
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
    # subtitle scaffolding and speaker labels are no words
    ("1\n00:00:01,000 --> 00:00:03,500\n(applause)\n\n2\n00:00:04,000 --> 00:00:06,000\n(applause)", "abstained"),
    ("1\n00:00:01,000 --> 00:00:03,500\nSee you tomorrow.", "hallucinated"),  # control
    ("SPEAKER_00: (silence)", "abstained"),
    ("SPEAKER_00: Thanks, bye.", "hallucinated"),  # control
    # "says nothing"; what the audio is after an abstention
    ("The man in the clip says nothing at all.", "abstained"),
    ("Nobody speaks; it's a washing machine.", "abstained"),
    ("It's a washing machine.", "hallucinated"),  # control: no abstention before it names no sound the lexicon knows
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
    # "X came second"; an ordinal opening an item
    ("The horn came second.", "before", "no"),
    ("The horn, then the barking a second later.", "before", "yes"),  # control: "a second" is a duration
    ("First came the horn, second the barking.", "before", "yes"),
    ("The first sound is the barking, then the horn.", "before", "no"),  # control: "the first" is no rank marker
])
def test_order_shapes(text: str, relation: str, expected: str) -> None:
    assert read_order(text, "a car horn", "a dog barking", relation)[0] == expected


@pytest.mark.parametrize(("text", "target", "expected"), [
    # a chain of occurrences counts to its last ordinal
    ("One knock, then another, then a third, then a fourth.", None, 4),
    ("The third knock is the loudest.", None, "unparseable"),  # control: no chain
    # a sound denied and none stated counts 0; another sound's count is not the target's
    ("No knocking at all.", None, 0),
    ("That's a doorbell, not a knock.", None, "unparseable"),  # control: another sound stated
    ("The dog barks three times; nobody knocks.", "someone knocking on a door", 0),
    ("The dog barks three times; nobody knocks.", "a dog barking", 3),  # control
    ("A handful of barks.", None, "abstain"),
])
def test_count_shapes(text: str, target: str | None, expected: int | str) -> None:
    c = parse_count(text, target)
    assert (c.value if c.outcome == "count" else c.outcome) == expected, c


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
    ("Speaker 1 \u2260 Speaker 2", "no"),
    ("Verification result: ACCEPTED", "yes"),
    ("Speaker verification: no match", "no"),
    ("The match was played in a stadium.", "unparseable"),  # control: no bare relation word
])
def test_pair_shapes(text: str, expected: str) -> None:
    assert read_pair(text)[0] == expected
