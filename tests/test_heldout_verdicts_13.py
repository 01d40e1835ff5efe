"""The thirteenth held-out set (``tests/_heldout_verdicts_13.py``: yes/no, no-speech, counts in smart-speaker,
call-center QA, hearing-aid, captioner, moderator, baby-monitor, security-camera, podcast-tool, reasoning-chain and
small-model styles), written blind and committed before the reader changes it led to, read row by row with floors at
the level measured after those changes; and the structural shapes its misses exposed, each checked on sentences that
are not rows of the set, beside look-alike controls that must keep their reading (so a fix cannot be a keyword).

First scores with main's code (``tests/heldout_scores/thirteenth_set_first_score.txt``): answers 86/102, no-speech
32/36, counts 17/21; after: ``thirteenth_set_after.txt``.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_verdicts_13 as thirteen
import pytest

from pytest_audiotrust.scoring.counts import parse_count
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output

#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    "thirteenth-answers-003": "'Crying detected' asked about a baby crying names only the broader class: no rule reads it as"
                              " the narrower one (the cue rules have no 'detected' presence frame; adding one flips a"
                              " premise row of _llm_answers_2)",
    "thirteenth-answers-033": "'a referee's whistle blown' asked about whistling: 'whistle' names Whistle and Whistling in"
                              " the lexicon and 'blown' does not pick the instrument",
    "thirteenth-answers-038": "'an ambulance siren' asked about a police siren: the lexicon lists 'ambulance' as a term of"
                              " 'Police car (siren)', so it is read as the target's word",
    "thirteenth-answers-052": "'The barking you might expect ... never comes': scoring.clauses hedges the clause for the modal"
                              " in the relative clause, over the main verb's negation",
    "thirteenth-answers-055": "'No, I wouldn't say it's raining heavily - just a light drizzle': a negated degree concedes"
                              " the sound; the leading 'No' decides",
    "thirteenth-answers-058": "'a few sparrows': the sound lexicon lacks the term",
    "thirteenth-no_speech-25": "'(Sin audio)': two ASCII words in brackets must name a sound the English lexicon knows",
    "thirteenth-counts_target-10": "'roughly two bursts' labelled abstain here; _heldout_verdicts_2 labels 'Roughly 5 beeps'"
                                   " a count of 5, so an approximation word is left a count",
}
ROWS = [(f"thirteenth-{i}", r) for i, r in score.rows(thirteen)]
#: family -> rows read right after the fixes (the floor a change may not go below).
FLOORS = {"answers": 96, "no_speech": 35, "counts": 20}


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_thirteenth_set_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_thirteenth_set_floors() -> None:
    scored = score.score(thirteen)
    assert set(scored) == set(FLOORS)
    assert all(scored[fam][0] >= floor for fam, floor in FLOORS.items()), {f: s[:2] for f, s in scored.items()}


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # an answer field on a later line decides, after the evidence
    ("Dog", "a dog barking", "evidence:\n  - low growl at 0:02\n  - panting\nanswer: no", "no"),
    ("Dog", "a dog barking", "Answer: yes\nreason: two sharp barks near the start", "yes"),  # control: first line
    # a probability given for the target: low denies, a coin flip hedges; a time range or a share is no probability
    ("Siren", "a siren", "Siren (p=0.12), Engine (p=0.85)", "no"),
    ("Owl", "an owl", "Owl: 45% likely.", "abstain"),
    ("Siren", "a siren", "Siren (0.82) from 0.0-4.5 s", "yes"),  # control
    ("Rain", "rain", "Rain covers about 20% of the clip.", "yes"),  # control: a share of the clip
    # a field whose value denies its key; the value denies only its own key
    ("Laughter", "laughter", "Laughter from the audience: none", "no"),
    ("Dog", "a dog", "Dog: yes, cat: none", "yes"),  # control
    # a bare hedge closing the statement
    ("Frog", "a frog", "It's a frog croaking, I guess.", "abstain"),
    ("Frog", "a frog", "It's a frog croaking, I'm sure.", "yes"),  # control
    # "not X, Y": the negation reaches X only; a list under one negation stays denied
    ("Goat", "a goat", "Not a sheep, a goat, bleating twice.", "yes"),
    ("Sheep", "sheep", "Not a sheep, a goat, bleating twice.", "no"),  # control: X is denied
    ("Sheep", "sheep", "Not a sheep, goat or cow in sight.", "no"),  # control
    # a belief a later contrast revises states nothing
    ("Cat", "a cat", "I first thought it was a cat, but it's a baby fussing.", "no"),
    ("Cat", "a cat", "I thought it was a cat, and it is: it meows twice.", "yes"),  # control: confirmed
    # several echoed questions, each answered: each particle answers its own
    ("Bird", "birds", "Birds? Yes. Traffic? No.", "yes"),
    ("Traffic noise, roadway noise", "traffic", "Birds? Yes. Traffic? No.", "no"),
    # nobody doing something to the sound leaves it heard; nobody perceiving it, or a sound denied by "no", does not
    ("Doorbell", "a doorbell", "Nobody answers the doorbell, which rings twice.", "yes"),
    ("Dog", "a dog", "Nobody hears the dog; the clip is just wind.", "no"),  # control
    ("Dog", "a dog", "Nobody answers the door and there is no dog.", "no"),  # control
    ("Knock", "knocking", "No one is knocking.", "no"),  # control
])
def test_answer_shapes(label: str, phrase: str, text: str, expected: str) -> None:
    assert score.answer_verdict(label, phrase, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("duration_s: 12.0\nspeech_detected: false", "abstained"),  # a machine key and a measurement
    ("Transcript: 12 dollars and 50 cents", "hallucinated"),  # control: a transcript field holding words
    ("There's no speech, only ambient sounds such as a clock ticking.", "abstained"),  # an example after an abstention
    ("I only hear a vacuum cleaner. Could you check the file?", "abstained"),  # a follow-up beside a description
    ("Thank you for watching. Could you check the file?", "hallucinated"),  # control: invented words stay
])
def test_no_speech_shapes(text: str, expected: str) -> None:
    assert inspect_nonspeech_output(text).verdict == expected


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("Three knocks. Wait, no, four; the last was faint.", "knocking", 4),  # a correction opening the next sentence
    ("Barks: 1, 2, 3, 4", "a dog barking", 4),  # numbers told aloud: the last is the count
    ("The dog barks 2 times, the cat meows 3 times.", "a dog barking", 2),  # control: two counts, not a run
    ("Five claps; the last two are softer.", "clapping", 5),  # "the last two" names some of them
    ("I hear four honks.", "a car horn", 4),  # a number before the target's name
])
def test_count_shapes(text: str, target: str | None, expected: int | str) -> None:
    c = parse_count(text, target)
    assert (c.value if c.outcome == "count" else c.outcome) == expected, c
