"""The twelfth held-out sets (``tests/_heldout_verdicts_12.py``: yes/no, no-speech, counts, orders, pairs;
``tests/_heldout_transcripts_12.py``: wrapped transcripts), each written blind and committed before the reader changes
they led to, read row by row with floors at the level measured after those changes; and the structural shapes their
misses exposed, each checked on sentences that are not rows of the sets, beside look-alike controls that must keep
their reading (so a fix cannot be a keyword).

First scores with main's code (``tests/heldout_scores/twelfth_set_first_score.txt``): answers 91/105, no-speech
42/43, counts 16/20, orders 10/10, pairs 8/10, transcripts 33/37; after: ``twelfth_set_after.txt``.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_transcripts_12 as transcripts
import _heldout_verdicts_12 as twelve
import pytest

from pytest_audiotrust.scoring.counts import parse_count
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.order import read_pair
from pytest_audiotrust.scoring.text import basic

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    "twelfth-answers-011": "'too low for a violin' denies the violin: a negation frame scoring.clauses does not read",
    # twelfth-answers-049: read since v26c (the lexicon holds the ontology's tools)
    "twelfth-answers-050": "'a till drawer' is a cash register: the sound lexicon lacks the term",
    "twelfth-answers-052": "'a whistle blast, like one from a steam locomotive' is a steam whistle: 'blast' is read as an"
                           " explosion and the source named after 'from' does not make the whistle a steam whistle",
    "twelfth-answers-078": "'nobody actually laughs': scoring.clauses cuts at 'actually' as a self-correction and withdraws "
                           "'nobody'",
    # twelfth-answers-094: read since v26c (a presence field of a JSON reply answers)
    "twelfth-answers-103": "a quoted utterance ('The speaker says, \"Let's hear it ...\"') is read as speech heard (another "
                           "sound, no) by the project's convention ('A man says hello.'); labelled as a reply about what is "
                           "said (unparseable)",
}
ROWS = [(f"twelfth-{i}", r) for i, r in score.rows(twelve)] + [(f"twelfth-{i}", r) for i, r in score.rows(transcripts)]
#: family -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {"answers": 100, "no_speech": 43, "counts": 20, "orders": 10, "pairs": 10, "transcripts": 37}


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_twelfth_sets_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_twelfth_sets_floors() -> None:
    scored = {**score.score(twelve), **score.score(transcripts)}
    assert set(scored) == set(FLOORS)
    assert all(scored[fam][0] >= floor for fam, floor in FLOORS.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # a kind of the target, or another of its source's sounds, denied by its own name leaves the target heard
    ("Cat", "a cat", "The cat purrs contentedly but never meows.", "yes"),
    ("Meow", "a cat meowing", "The cat purrs contentedly but never meows.", "no"),  # control: the kind asked is denied
    ("Siren", "a siren", "It's a police siren, not an ambulance.", "yes"),
    ("Ambulance (siren)", "an ambulance siren", "It's a police siren, not an ambulance.", "no"),  # control
    ("Dog", "a dog barking", "The dog barks twice but never growls.", "yes"),
    ("Dog", "a dog barking", "The dog growls twice but never barks.", "no"),  # control
    # asked what a source does, another thing it does is no yes; asked about the source, it is
    ("Dog", "a dog barking", "A dog is present; it only growls.", "no"),
    ("Dog", "a dog", "A dog is present; it only growls.", "yes"),  # control
    ("Chicken, rooster", "a rooster crowing", "Only hens clucking, no crowing.", "no"),
    ("Chicken, rooster", "chickens", "Only hens clucking, no crowing.", "yes"),  # control
    # an answer particle after the echoed question leads the reply
    ("Dog", "a dog barking", "A dog? No, it's a fox barking.", "no"),
    ("Dog", "a dog barking", "A dog? Yes, barking twice.", "yes"),  # control
    # a yes doubted: an alternative offered after it, or a doubt opening the reply
    ("Gunshot, gunfire", "gunshots", "Two bangs like gunshots, though they could be a door slamming.", "abstain"),
    ("Gunshot, gunfire", "gunshots", "Two gunshots; they could be from a rifle.", "yes"),  # control: a detail
    ("Dog", "a dog barking", "Yes, a dog barks; it might be a terrier.", "yes"),  # control: no contrast, no "also"
    ("Frog", "a frog croaking", "Hard to say. The croaks could come from frogs.", "abstain"),
    ("Frog", "a frog croaking", "Good question. Frogs croak throughout.", "yes"),  # control: no doubt
    # a withdrawn part neither hedges nor names the target
    ("Vacuum cleaner", "a vacuum cleaner", "What you might think is a vacuum is actually a fan.", "no"),
    ("Vacuum cleaner", "a vacuum cleaner", "It might be a vacuum cleaner.", "abstain"),  # control
    # a likeness does not outweigh a denial; alone it still reads as the sound
    ("Snoring", "snoring", "A dog growls, which can sound a bit like snoring, but nobody snores.", "no"),
    ("Siren", "a siren", "A wailing tone, like a siren.", "yes"),  # control
])
def test_answer_shapes(label: str, phrase: str, text: str, expected: str) -> None:
    assert score.answer_verdict(label, phrase, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Speech: none. Background: traffic.", "abstained"),  # a field opening after a sentence
    ("Speech: none. Thanks for watching.", "hallucinated"),  # control: words after the field
])
def test_no_speech_shapes(text: str, expected: str) -> None:
    assert inspect_nonspeech_output(text).verdict == expected


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("Maybe two times.", None, "abstain"),  # a count stated only in doubt
    ("Two times, I'm sure.", None, 2),  # control
    ("Three. The first two are close together, the last is faint.", None, 3),  # a bare answer settles
    ("First knock at 0:01, second at 0:02, third at 0:03.", None, 3),  # occurrences numbered in order
    ("The second knock is louder than the first.", None, "unparseable"),  # control: no enumeration
    ("The dog barks at the cat three times, and the cat hisses twice.", "a dog barking", 3),  # "at the cat": an object
    ("The cat hisses twice and the dog barks three times.", "a dog barking", 3),  # control
])
def test_count_shapes(text: str, target: str | None, expected: int | str) -> None:
    c = parse_count(text, target)
    assert (c.value if c.outcome == "count" else c.outcome) == expected, c


@pytest.mark.parametrize(("text", "expected"), [
    ("It's the same young man in both clips.", "yes"),
    ("They are not the same elderly woman.", "no"),  # control
    ("I'm not able to identify people from their voices.", "abstain"),
    ("Same accent, different people.", "no"),  # control: "same" qualifies no person
])
def test_pair_shapes(text: str, expected: str) -> None:
    assert read_pair(text)[0] == expected


@pytest.mark.parametrize(("text", "words"), [
    ("Please call me back after lunch. The tone is calm.", "Please call me back after lunch."),
    ("The tone was perfect for the wedding.", "The tone was perfect for the wedding."),  # control: speech about a tone
    ("(Spanish) Hola, ¿qué tal?", "Hola, ¿qué tal?"),
    ("(laughs) That's hilarious.", "That's hilarious."),
    ("Recognized text → Where is my phone?", "Where is my phone?"),
    ("Could you upload the recording again? It seems to be silent.", None),
    ("Could you send the recording to Anna?", "Could you send the recording to Anna?"),  # control: no "again"
])
def test_transcript_shapes(text: str, words: str | None) -> None:
    assert score.transcript_verdict(text) == (None if words is None else basic(words))
