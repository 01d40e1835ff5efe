"""The sixth held-out verdict set (``tests/_heldout_verdicts_6.py``: GPT-4o-audio / Gemini / Qwen2-Audio / SALMONN /
Voxtral / cascade styles, committed before any reader change) read row by row, and the structural shapes its misses
exposed, each checked on sentences that are not rows of the set.

First score as written: ``tests/heldout_scores/sixth_set_first_score.txt`` (answers 116/137, no-speech 33/41, counts
16/24, orders 15/21, pairs 18/20); after the v22d fixes: ``tests/heldout_scores/sixth_set_after_v22d.txt``. The
seventh set (``tests/_heldout_verdicts_7.py``) was written after those fixes and scored once as written
(``seventh_set_first_score.txt``: 54/60, 14/15, 10/10, 7/8, 7/8), then its causes fixed (``seventh_set_after_v22d.txt``).
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_verdicts_6 as six
import _heldout_verdicts_7 as seven
import pytest

from pytest_audiotrust.scoring.clauses import clause_at, normalize, split, stance
from pytest_audiotrust.scoring.counts import parse_count
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.order import read_order, read_pair


def _rows(m, set_id: str) -> list[tuple[str, tuple]]:  # type: ignore[no-untyped-def]
    return [(f"{set_id}-{i}", r) for i, r in score.rows(m)]


#: Rows still read differently from their label, kept as written (strict: a fix must remove the id).
KNOWN_MISSES = {
    # AudioSet files Throat clearing under Cough; the lexicon has no entry, so the clause names no sound
    "sixth-answers-092": "throat clearing: AudioSet puts it under Cough, the label says no",
    # "a tap is running": AudioSet files Water tap under Domestic sounds, not Water, and "running" names Run
    "seventh-answers-055": "a running tap is read as a tap and a person running, not as running water",
}
ROWS = _rows(six, "sixth") + _rows(seven, "seventh")


@pytest.mark.parametrize("row", score.row_params(ROWS, KNOWN_MISSES))
def test_sixth_and_seventh_sets_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_sixth_set_is_large_and_covers_the_new_styles() -> None:
    assert len(six.ANSWERS) >= 120 and len(six.NO_SPEECH) >= 40 and len(six.ORDERS) >= 20 and len(six.PAIRS) >= 20
    assert len(six.COUNTS) + len(six.COUNTS_WITH_TARGET) >= 20
    outcomes = [e for *_, e in six.ANSWERS]
    assert all(outcomes.count(o) >= 5 for o in ("yes", "no", "abstain", "unparseable"))
    texts = " ".join(t for _, _, t, _ in six.ANSWERS)
    for shape in ("**Answer:**", "###", '{"present"', "[00:", "(0.", "Yes and no", "If ", "Woof", "<answer>"):
        assert shape in texts, shape
    assert sum(v == "hallucinated" for _, v in six.NO_SPEECH) >= 15


def _stance(text: str, word: str) -> str:
    t = normalize(text)
    i = t.index(word)
    clause = clause_at(split(t), i)
    assert clause is not None
    return "question" if clause.question else stance(t, clause, i, i + len(word))


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a negated negation cancels; a single negation still denies
    ("It's not true that there's no dog.", "dog", "asserted"),
    ("It is not the case that no siren sounds.", "siren", "asserted"),
    ("I don't think there's no thunder at all.", "thunder", "asserted"),
    ("I don't think there's thunder at all.", "thunder", "denied"),
    ("There is no dog and no cat.", "cat", "denied"),
    # "less X than Y" denies X, not Y
    ("It's less a siren than a car alarm.", "siren", "denied"),
    ("It's less a siren than a car alarm.", "car alarm", "asserted"),
    ("The dog is less loud than the siren.", "dog", "asserted"),
    # a condition about what the sound is hedges the whole sentence; one about the question's words echoes it
    ("If the hum is an engine, then yes, there is an engine.", "there is an engine", "hedged"),
    ("If you listen closely, you can hear a cat.", "cat", "asserted"),
    ("If by music you mean the ringtone, that's not music.", "by music", "question"),
    # the model's own procedure states nothing about the clip
    ("First, I listened for any barking.", "barking", "question"),
    # probability words
    ("A helicopter is unlikely to be present.", "helicopter", "denied"),
    ("The crackle is often mistaken for rain.", "rain", "denied"),
    ("It could just as well be an owl.", "owl", "hedged"),
    ("That rhythm would fit a helicopter.", "helicopter", "hedged"),
    ("The score is low (dog: 0.12).", "dog", "asserted"),
])
def test_clause_shapes(text: str, word: str, expected: str) -> None:
    assert _stance(text, word) == expected


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # the phrase's action is the class asked once the reply names it; the source alone then answers nothing
    ("Dog", "a dog barking", "There's a dog, sure, but it whines the whole time and never barks.", "no"),
    ("Dog", "a dog barking", "A dog is heard near the end.", "yes"),
    ("Bird", "birds chirping", "A crow caws twice and a parrot squawks.", "yes"),  # no chirp named: the label decides
    ("Cat", "a cat meowing", "The cat hisses; it does not meow.", "no"),
    # a bare conclusion lead governs the rest of its sentence
    ("Rain", "rain", "There is a hiss that resembles rain on a roof. Thus, yes, it is rain.", "yes"),
    # Python-dict and markdown-line replies
    ("Rain", "rain", "{'rain': True, 'thunder': False}", "yes"),
    ("Thunder", "thunder", "{'rain': True, 'thunder': False}", "no"),
    ("Speech", "someone speaking", "* **Music** \u2013 piano\n* **Speech** \u2013 none", "no"),
    # the audio never arrived; a request taken up is no yes; a kind's history is no event
    ("Siren", "a siren", "The attachment didn't load on my side, so I can't say.", "abstain"),
    ("Siren", "a siren", "Of course! Here's a short poem about city nights.", "unparseable"),
    ("Dog", "a dog barking", "Dogs were domesticated from wolves.", "unparseable"),
    # a source with a part of the target class's own name
    ("Church bell", "church bells", "The church's bell tolls slowly.", "yes"),
    # a source none of the shared word's kinds does not make it another sound; one of them does
    ("Applause", "applause", "The crowd claps for a long time.", "yes"),
    ("Bird", "birds chirping", "Crickets chirp all night.", "no"),
    # a one-field object holding a boolean
    ("Cat", "a cat meowing", '{"cat_meowing": {"detected": false}}', "no"),
])
def test_answer_shapes(label: str, phrase: str, text: str, expected: str) -> None:
    assert score.answer_verdict(label, phrase, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("**Transcription:** N/A\n**Note:** only birdsong and wind.", "abstained"),
    ("{'transcript': '', 'has_speech': False, 'speech': 'no'}", "abstained"),
    ("[00:00:01.000 --> 00:00:04.000] [Applause]", "abstained"),
    ("[00:00:01.000 --> 00:00:04.000] Thanks for watching!", "hallucinated"),
    ("I played it twice, but there's no speech, only traffic.", "abstained"),
    ("- Speech: no\n- Noise: moderate", "abstained"),
    ("Detected language: unknown", "abstained"),
    ("0 spoken words.", "abstained"),
    ("Transcript: the birds are not singing today.", "hallucinated"),
    ("Speech: none\nSetting: a kitchen\nConfidence: high", "abstained"),
    ('Speech: none\nNote: "let\'s go home"', "hallucinated"),
])
def test_no_speech_shapes(text: str, expected: str) -> None:
    assert inspect_nonspeech_output(text).verdict == expected


def test_count_shapes() -> None:
    assert parse_count("At least four barks.").outcome == "abstain"
    assert parse_count("Seven or so.").outcome == "abstain"
    assert parse_count("One near the start, one in the middle, one at the end: that makes three.").value == 3
    assert parse_count("0:02 \u2014 bell\n0:05 \u2014 bell").value == 2
    assert parse_count("Horn: 2\nDog: 4", "a dog barking").value == 4
    assert parse_count('{"knock": 2, "doorbell": 5}', "someone knocking on a door").value == 2
    assert parse_count("Barks at 0:01 and 0:03, so twice.").value == 2  # clock times are no counts


def test_order_and_pair_shapes() -> None:
    assert read_order("horn \u2192 barking", "a car horn", "a dog barking", "before")[0] == "yes"
    assert read_order("1) barking 2) horn", "a car horn", "a dog barking", "before")[0] == "no"
    assert read_order('{"first": "barking", "second": "horn"}', "a car horn", "a dog barking", "after")[0] == "yes"
    assert read_order("The horn sounds at 0.4 s while the dog barks at 2.5 s.", "a car horn", "a dog barking",
                      "before")[0] == "yes"
    assert read_order("They start in the same instant.", "a car horn", "a dog barking", "before")[0] == "abstain"
    assert read_pair("One speaker; different recording conditions.")[0] == "yes"
    assert read_pair("If the first clip isn't edited, it's the same person.")[0] == "abstain"
    assert read_pair("Answer: not the same.")[0] == "no" and read_pair("Same.")[0] == "yes"
    assert read_order('{"sequence": ["horn", "barking"]}', "a car horn", "a dog barking", "before")[0] == "yes"
