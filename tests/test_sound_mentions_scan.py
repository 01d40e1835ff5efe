"""``sound_mentions`` finds with the base pattern and a small pattern of a question's new phrases exactly what one
pattern of all terms would find (the oracle below compiles that pattern, as the code did before)."""

from __future__ import annotations

import random

import pytest

from pytest_audiotrust.vocab import sounds

ANSWERS = [
    "no, i don't hear a dog barking loudly; there is only heavy rain and a distant car horn.",
    "yes. a barking dog can be heard near the start, then a siren wail fades in.",
    "the clip only has church bells ringing. i can't hear any cat meowing in it.",
    "it sounds like glass shattering followed by footsteps on gravel, not a baby crying.",
    "i'm unable to determine that from the recording; it could be a cat or a baby.",
    "there is the sound of rain, and a dog barks twice. no siren.",
    "sure! the audio contains: dog, bark, barking, rain on a roof, thunder.",
    "a church bell rings over the air conditioner hum; no cash register, no church choir.",
]
EXTRAS = [("dog barking loudly",), ("barking dog", "siren wail"), ("cat meowing",), ("glass shattering", "baby"),
          ("the sound of rain",), ("bark",), ("footsteps on gravel", "a dog"),
          ("church", "air", "cash"), ("church bell ringing", "air conditioner hum"), ()]


def _oracle(text: str, extra: tuple[str, ...]) -> list[tuple[int, int]]:
    terms = tuple(dict.fromkeys((*sounds._all_terms(), *(t.lower() for t in extra if t.strip()))))
    return [(m.start(), m.end()) for m in sounds.terms_pattern(terms).finditer(text)]


@pytest.mark.parametrize("extra", EXTRAS)
def test_mentions_match_one_combined_pattern(extra: tuple[str, ...]) -> None:
    for text in ANSWERS:
        assert [(s, e) for s, e, _, _ in sounds.sound_mentions(text, extra)] == _oracle(text, extra), (text, extra)


def test_mentions_match_on_random_word_salads() -> None:
    rnd = random.Random(24)
    pool = [*sounds._all_terms(), "the", "a", "and", "no", "not", "i", "hear", "barking dog", "cat meowing", "is"]
    phrases = ["dog barking loudly", "barking dog", "cat meowing", "siren wail", "car", "a dog", "heavy rain", "baby",
               "church", "air", "cash", "church bell ringing"]
    for _ in range(200):
        text = " ".join(rnd.choice(pool) for _ in range(rnd.randint(3, 20))).lower()
        extra = tuple(rnd.sample(phrases, rnd.randint(1, 3)))
        assert [(s, e) for s, e, _, _ in sounds.sound_mentions(text, extra)] == _oracle(text, extra), (text, extra)


def test_a_question_phrase_the_lexicon_lacks_is_still_found() -> None:
    found = sounds.sound_mentions("i hear a theremin solo and a dog.", ("theremin solo",))
    assert [(s, e, terms) for s, e, terms, _ in found] == [(9, 22, ("theremin solo",)), (29, 32, ("dog",))]


def test_owners_and_inflections_match_a_scan_of_every_label_and_pattern() -> None:
    """The term index and the stem pre-check against the definitions: scan every label, try every term's pattern."""
    from pytest_audiotrust.memo import session

    with session():
        terms = sounds._all_terms()
        for term in (*terms, "Dog ", "barking", "theremin", ""):
            t = term.lower().strip()
            scan = tuple(lab for lab, ts in sounds.LEXICON.items() if t in ts or t in sounds._split_label(lab))
            assert sounds.owners(term) == scan, term
        rnd = random.Random(7)
        surfaces = [t + rnd.choice(["", "s", "es", "ing", "ed", "er"]) for t in rnd.sample(terms, 120)]
        surfaces += ["clapping", "cries", "barked", "the dog", "Dog", "an alarm"]
        hits = 0
        for surface in surfaces:
            scan = tuple(t for t in terms if sounds.terms_pattern((t,)).fullmatch(surface))
            assert sounds.terms_of(surface, terms) == scan, surface
            hits += bool(scan)
        assert hits >= 100  # most generated inflections are inflections of some term: the comparison is not vacuous
    assert sounds.terms_of("clapping", ("clap", "clapping", "applause")) == ("clap", "clapping")
