"""The yes/no/abstain/unparseable answer parser, table-driven (phrasings models actually produce)."""

from __future__ import annotations

import pytest

from pytest_audiotrust.scoring.answers import Answer, explain, parse_answer
from pytest_audiotrust.scoring.hallucination import yes_ratio

Y, N, A, U = Answer.YES, Answer.NO, Answer.ABSTAIN, Answer.UNPARSEABLE

TABLE: list[tuple[str, Answer]] = [
    # plain and leading yes
    ("Yes", Y), ("yes.", Y), ("YES!", Y), ("Yeah, there is.", Y), ("Yep", Y), ("Yes, faintly.", Y),
    ("Yes, a dog is barking in the background.", Y), ("Correct.", Y), ("Absolutely, I can hear it clearly.", Y),
    ("Definitely.", Y), ("Of course.", Y), ("Probably yes.", Y), ("I think so.", Y), ("No doubt, that's a siren.", Y),
    ("True", Y), ("It does.", Y),
    # affirmations without a yes word
    ("There is a dog barking.", Y), ("There's a faint siren in the background.", Y), ("I can hear footsteps.", Y),
    ("I hear rain falling.", Y), ("A dog is barking.", Y), ("Barking can be heard near the end.", Y),
    ("The audio contains the sound of glass breaking.", Y), ("It sounds like a doorbell.", Y),
    ("The recording has a bell ringing twice.", Y), ("There are several knocks.", Y),
    ("The answer is yes.", Y), ("Answer: yes", Y),
    # plain and leading no
    ("No", N), ("no.", N), ("NO", N), ("Nope.", N), ("Nah", N), ("No, I can't hear any dog.", N),
    ("No, there is no barking.", N), ("Not at all.", N), ("Not really.", N), ("Absolutely not.", N),
    ("Definitely not, it's just rain.", N), ("Probably not.", N), ("I don't think so.", N), ("False", N),
    ("Negative.", N), ("It doesn't.", N),
    # negations anywhere
    ("I don't hear any dog.", N), ("There is no barking.", N), ("There's no siren in this clip.", N),
    ("There are no footsteps.", N), ("I do not hear a siren.", N), ("I can't hear a doorbell in this recording.", N),
    ("I cannot detect any glass breaking.", N), ("The audio doesn't contain a dog.", N),
    ("No sign of a dog here.", N), ("The recording is completely silent.", N), ("It's only noise.", N),
    ("I hear rain but no thunder.", N), ("No dog is barking in this clip.", N), ("A siren is not present.", N),
    ("The clip contains no speech.", N), ("I hear nothing.", N), ("The answer is no.", N),
    ("I don't think there's a cat in it.", N), ("I couldn't detect a bell.", N),
    # abstentions (refusals, no audio, hedges) and empty
    ("", A), ("   ", A), ("...", A), ("I can't tell.", A), ("I'm not sure.", A), ("Not sure.", A),
    ("It's hard to say.", A), ("It is difficult to determine from this clip.", A), ("I don't know.", A),
    ("Maybe.", A), ("Possibly, but it could be wind.", A), ("There might be a faint bark.", A),
    ("No audio was provided.", A), ("I can't listen to audio files.", A), ("I'm unable to process the audio.", A),
    ("As an AI language model, I cannot hear sounds.", A), ("I don't have access to the recording.", A),
    ("Yes and no.", A), ("It's unclear.", A), ("I have no idea.", A), ("The result is inconclusive.", A),
    # unparseable: no yes/no/abstain signal at all
    ("The weather is nice today.", U), ("Dog.", U), ("42", U), ("Transcription: turn off the lights", U),
    ("Please clarify the question.", U), ("Blue.", U),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[f"{i:02d}:{t[:32]}" for i, (t, _) in enumerate(TABLE)])
def test_parses_phrasing(text: str, expected: Answer) -> None:
    got, rule = explain(text)
    assert got == expected, f"{text!r}: parsed {got} by rule {rule!r}, expected {expected}"


def test_table_is_large_and_covers_every_outcome() -> None:
    assert len(TABLE) >= 60
    counts = {o: sum(1 for _, e in TABLE if e == o) for o in Answer}
    assert all(counts[o] >= 5 for o in Answer), counts


def test_unparseable_is_never_folded_into_yes_or_no() -> None:
    for text in ("Dog.", "The weather is nice today.", "Blue."):
        assert parse_answer(text) not in (Answer.YES, Answer.NO)


def test_parser_never_raises_on_odd_input() -> None:
    for text in ("\x00", "😀", "?" * 1000, "yes " * 500, "’’’"):
        assert parse_answer(text) in set(Answer)


def test_yes_ratio_counts_each_outcome_apart() -> None:
    r = yes_ratio(["yes", "yes", "no", "abstain", "unparseable"])
    assert r == {"n": 5, "yes_ratio": 0.4, "yes": 2, "no": 1, "abstain": 1, "unparseable": 1}
    assert yes_ratio([])["yes_ratio"] is None
