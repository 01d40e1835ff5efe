"""Verdicts from structure (issue 22): the held-out tables, the clause machinery, the ontology relations, and the
speaker-pair / order / count readers on the shapes the issue names."""

from __future__ import annotations

import ast
from pathlib import Path

import _heldout_score as score
import _heldout_verdicts
import _heldout_verdicts_2
import _heldout_verdicts_3
import _heldout_verdicts_4
import _heldout_verdicts_5
import pytest

from pytest_audiotrust.scoring.clauses import cannot_perceive, clause_at, normalize, split, stance, unmark
from pytest_audiotrust.scoring.counts import parse_count
from pytest_audiotrust.scoring.order import read_order, read_pair, stated_relation
from pytest_audiotrust.scoring.verdict import Verdict
from pytest_audiotrust.vocab.ontology import ancestors, most_specific, relation
from pytest_audiotrust.vocab.sounds import sound_mentions

#: family -> the share a held-out set must reach (issue 22: answers and no-speech >= 97 %).
FLOORS = {"answers": 0.97, "no_speech": 0.97, "counts": 0.95, "orders": 0.95, "pairs": 0.95}


@pytest.mark.parametrize("module", [_heldout_verdicts, _heldout_verdicts_2, _heldout_verdicts_3, _heldout_verdicts_4,
                                    _heldout_verdicts_5], ids=["first", "second", "third", "fourth", "fifth"])
def test_held_out_sets_are_read_right(module) -> None:  # type: ignore[no-untyped-def]
    scores = score.score(module)
    low = {fam: (right, total, misses) for fam, (right, total, misses) in scores.items() if right / total < FLOORS[fam]}
    assert not low, "\n".join(f"{fam}: {r}/{n}\n  " + "\n  ".join(m) for fam, (r, n, m) in low.items())


def test_held_out_sets_are_large_and_cover_every_outcome() -> None:
    m = _heldout_verdicts
    assert len(m.ANSWERS) >= 120 and len(m.NO_SPEECH) >= 50 and len(m.COUNTS) >= 30 and len(m.ORDERS) >= 30
    assert len(m.PAIRS) >= 30
    for rows in (m.ANSWERS, _heldout_verdicts_2.ANSWERS):
        outcomes = [e for *_, e in rows]
        assert all(outcomes.count(o) >= 1 for o in ("yes", "no", "abstain", "unparseable"))
    assert sum(v == "hallucinated" for _, v in m.NO_SPEECH) >= 15


#: Rows of the fourth set the readers still get wrong, kept as written (strict: a fix must remove the id). A shape no
#: structural cue reads yet: an instrument's name used as another source's verb ("an elephant trumpets": the ontology
#: carries no Elephant class to say the source is an animal). (A sound that ended before the clip, "the rain has already
#: stopped when the recording begins", and a reply that is another task, a poem about rain, are read since v22g.)
FOURTH_KNOWN_MISSES = {"answers-085"}
FOURTH = score.rows(_heldout_verdicts_4)


@pytest.mark.parametrize(("row",), [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason="known miss"))
                                    if i in FOURTH_KNOWN_MISSES else (r,) for i, r in FOURTH], ids=[i for i, _ in FOURTH])
def test_fourth_set_row_by_row(row: tuple[str, tuple]) -> None:
    got, want, text = score.read_row(*row)
    assert got == want, text


def test_fourth_set_covers_the_harder_shapes() -> None:
    m = _heldout_verdicts_4
    assert len(m.ANSWERS) >= 120 and len(m.NO_SPEECH) >= 40
    outcomes = [e for *_, e in m.ANSWERS]
    assert all(outcomes.count(o) >= 3 for o in ("yes", "no", "abstain", "unparseable"))
    texts = " ".join(t for _, _, t, _ in m.ANSWERS)
    assert "|---|" in texts and "\u274c" in texts and '{"' in texts and "```json" in texts  # table, cross, JSON
    assert sum(v == "hallucinated" for _, v in m.NO_SPEECH) >= 15


def _stance(text: str, word: str) -> str:
    t = normalize(text)
    i = t.index(word)
    clause = clause_at(split(t), i)
    assert clause is not None
    return "retracted" if clause.retracted else stance(t, clause, i, i + len(word))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A cat purrs; it never meows.", "meows", "denied"),
    ("A cat purrs; it never meows.", "purrs", "asserted"),
    ("I hear hens clucking, but no crowing.", "crowing", "denied"),
    ("It's a fox rather than a dog.", "dog", "denied"),
    ("It's a fox rather than a dog.", "fox", "asserted"),
    ("It sounds more like frying bacon than rain.", "rain", "denied"),
    ("The thunder is louder than the rain.", "rain", "asserted"),
    ("There may or may not be a train.", "train", "hedged"),
    ("It could be a train or a truck.", "truck", "hedged"),
    ("A dog could be heard barking.", "dog", "asserted"),
    ("Applause: not detected.", "applause", "denied"),
    ("What sounds like a siren is actually someone whistling.", "siren", "retracted"),
    ("There are 3 — no wait, 4 — knocks.", "3", "retracted"),
    ("No siren, but a dog is barking.", "dog", "asserted"),
    ("I have no doubt there's thunder, though it's far away.", "thunder", "asserted"),
    ("There's no mistaking the church bells ringing.", "church bells", "asserted"),
    ("I can't rule out a siren in the background.", "siren", "hedged"),
    ("It is possible to hear rain falling on the roof.", "rain", "asserted"),
    ("The sound is consistent with a helicopter, but also with a large fan.", "helicopter", "hedged"),
    ("The sound is consistent with a helicopter.", "helicopter", "asserted"),
    ("The dog stays quiet the whole time.", "dog", "denied"),
    ("Dog barking \u2014 not present.", "dog barking", "denied"),
    ("A cat meows \u2014 no, scratch that, it's a baby whimpering.", "cat", "retracted"),
    ("No dog, I think... Actually, on a second listen, there is a dog barking.", "no dog", "retracted"),
    ("The meowing I first expected turned out to be a squeaky door hinge.", "meowing", "retracted"),
])
def test_clause_stance(text: str, word: str, expected: str) -> None:
    assert _stance(text, word) == expected


def test_markup_is_read_as_key_value_lines() -> None:
    assert unmark("| Sound | Present |\n|---|---|\n| Dog barking | No |\n| Siren | Yes |").splitlines() == [
        "Dog barking: No.", "Siren: Yes."]
    assert unmark("\u2705 Wind\n\u274c Birds chirping").splitlines() == ["Wind: yes.", "Birds chirping: no."]
    assert "siren: yes" in unmark('```json\n{"siren": true, "confidence": 0.92}\n```')
    assert unmark("[Birds chirping] [Wind blowing]") == "[Birds chirping] [Wind blowing]"  # a tag is no JSON


def test_an_echoed_question_takes_the_replys_polarity_and_a_conclusion_decides() -> None:
    from pytest_audiotrust.scoring.answers import explain

    assert explain("Is it a siren? No. Is it a car alarm? Yes.", "a siren")[0] == "no"
    assert explain("Thunder? I'm not hearing it.", "thunder")[0] == "no"
    assert explain("You asked whether a siren is present. It isn't.", "a siren")[0] == "no"
    assert explain("The user asked whether there is rain; there is none.", "rain")[0] == "no"
    assert explain("You asked whether there's a dog: yes, there is a dog barking.", "a dog barking")[0] == "yes"
    assert explain("Is there a dog barking? Yes \u2014 right at the start.", "a dog barking")[0] == "yes"
    said = "The audio analysis does not mention thunder, so I cannot determine whether thunder is present."
    assert explain(said, "thunder")[0] == "abstain"
    # a denial limited in time leaves the sound heard later; a leading determiner "no" is no answer word
    assert explain("No siren at first, but at 0:07 an ambulance siren becomes audible.", "a siren")[0] == "yes"
    assert explain("Earlier there was barking; by the end the dog is silent.", "a dog barking")[0] == "yes"
    assert explain("No siren at all; the dog is silent too.", "a siren")[0] == "no"


def test_cannot_perceive_is_about_the_audio_not_a_sound_in_it() -> None:
    assert cannot_perceive(normalize("I'm sorry, but I can't listen to audio."))
    assert cannot_perceive(normalize("I have no way of playing the recording you shared."))
    assert cannot_perceive(normalize("Sorry, I can't compare voices."))
    assert not cannot_perceive(normalize("I can't hear a dog in this recording."))


def test_ontology_relations_come_from_audioset() -> None:
    assert relation("Bicycle bell", ["Church bell"]) == "other"  # siblings under Bell
    assert relation("Church bell", ["Bell"]) == "narrower"
    assert relation("Bell", ["Church bell"]) == "broader"
    assert relation("Purr", ["Meow"]) == "other" and "Cat" in ancestors("Meow")
    assert most_specific(["Bell", "Church bell", "Dog"]) == ("Church bell", "Dog")


def test_sound_mentions_take_the_longest_term() -> None:
    found = sound_mentions("a small bicycle bell rather than church bells")
    assert [(terms[0], "Bicycle bell" in labels) for _, _, terms, labels in found][:1] == [("bicycle bell", True)]
    assert all("Bicycle bell" not in labels for _, _, _, labels in found[1:])


@pytest.mark.parametrize(("text", "expected"), [
    ("The second voice does not sound synthetic; it is the same person.", "same"),
    ("Nothing suggests a different speaker.", "same"),
    ("I don't think these are the same speaker.", "different"),
    ("Although the recording quality differs, the voice is the same.", "same"),
    ("It might be the same person.", "uncertain"),
    ("The second sample is an AI-generated imitation of the first speaker.", "different"),
])
def test_speaker_relation_reads_polarity(text: str, expected: str) -> None:
    assert stated_relation(text) == expected


def test_pair_and_order_readers_abstain_when_the_model_cannot_hear() -> None:
    assert read_pair("I'm not able to verify speaker identity from audio.")[0] == "abstain"
    assert read_order("I'm sorry, I can't listen to audio.", "a dog barking", "a siren", "before")[0] == "abstain"
    assert read_order("They overlap at the same time.", "rain", "thunder", "before")[0] == "abstain"
    assert read_order("Someone knocks. A few seconds later, a phone rings.", "a telephone ringing", "a door knock",
                      "before")[0] == "no"


def test_count_reads_the_clause_about_the_target_and_drops_corrections() -> None:
    text = "I hear the horn honk twice, and a dog bark once."
    assert parse_count(text).outcome == "unparseable"  # without the target the two counts disagree
    assert parse_count(text, "a car horn").value == 2
    assert parse_count(text, "a dog barking").value == 1
    assert parse_count("There are 3 — no wait, 4 — knocks.").value == 4
    assert parse_count("It doesn't ring even once.").value == 0
    assert parse_count("I count three rings. Wait \u2014 the last one is an echo, so two.").value == 2
    assert parse_count("There are 3 knocks in the first half and 2 in the second half, 5 total.").value == 5
    assert parse_count("Between 3 and 5 times.").outcome == "abstain"
    assert parse_count("Between 0 and 3 seconds the bell rings twice.").value == 2  # a time span, not a range of counts
    assert parse_count("The dog barked 2 times and the doorbell rang 3 times.", "a doorbell").value == 3
    assert parse_count("The bell rings a dozen times.").value == 12


def test_order_reads_time_stamps_and_what_a_clip_opens_or_ends_with() -> None:
    assert read_order("Timeline: 0:00 dog barks, 0:03 car horn.", "a car horn", "a dog barking", "after")[0] == "yes"
    assert read_order("1. Rain (0\u20136 s)\n2. Thunder (6\u20138 s)", "rain", "thunder", "before")[0] == "yes"
    assert read_order("The clip ends with applause; before that, a band plays.", "applause", "music", "before")[0] == "no"
    assert read_order("The clip begins with thunder, and rain starts later.", "rain", "thunder", "before")[0] == "no"
    assert read_pair("No difference in the speaker that I can hear.")[0] == "yes"


def test_verdict_records_method_and_confidence() -> None:
    from pytest_audiotrust.scoring.answers import verdict

    v = verdict("It's a fox, not a dog.", "a dog barking")
    assert (v.value, v.method, v.rule) == ("no", "rule", "target denied") and 0.9 <= v.confidence <= 1
    u = verdict("The weather is nice today.", "a dog barking")
    assert (u.value, u.method, u.confidence) == ("unparseable", "undecided", 0.0)
    with pytest.raises(ValueError, match="method"):
        Verdict("yes", "x", method="guess")


def test_scoring_and_vocab_never_import_probes() -> None:
    root = Path(__file__).resolve().parent.parent / "pytest_audiotrust"
    for folder in ("scoring", "vocab"):
        for path in (root / folder).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    assert "probes" not in (node.module or ""), f"{path.name} imports {node.module}"


def test_the_bundled_llms_real_answers_labelled_by_reading_are_read_right() -> None:
    """``tests/_llm_answers.json``: the bundled LLM's raw answers (``scripts/make_llm_answers.py``), each labelled by a
    person reading it (what it says, not whether it is right)."""
    table = score.llm_answers(str(Path(__file__).resolve().parent / "_llm_answers.json"))
    scores = score.score(table)
    assert sum(total for _, total, _ in scores.values()) >= 64
    # counts: a wrong number is a miss; abstain read for "unparseable" (both fail expect.count) is measured, not gated
    read = [(t, e, score.count_verdict(t, target)) for t, e, target in table.COUNTS_WITH_TARGET]
    wrong_numbers = [r for r in read if r[1] != r[2] and (isinstance(r[1], int) or isinstance(r[2], int))]
    assert not wrong_numbers
    low = {fam: v for fam, v in scores.items() if v[0] / v[1] < 0.95 and fam != "counts"}
    assert not low, "\n".join(f"{fam}: {r}/{n}\n  " + "\n  ".join(m) for fam, (r, n, m) in low.items())
