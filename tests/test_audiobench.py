"""AudioBench's 198 real replies of nine audio LLMs to yes/no questions about audio (``tests/_audiobench.py``; data,
licence and labelling rules in ``tests/external/audiobench/SOURCE.md``), scored per split against a floor at the
measured level, and the shapes their dev misses exposed, checked on sentences that are not rows of the set beside
look-alike controls that must keep their reading.

First sight (``tests/heldout_scores/audiobench_first_score.txt``): dev 98/110, held out 81/88. After the v22j fixes
(``audiobench_after_v22j.txt``): dev 107/110, held out 86/88 (held out scored once, its misses not read). Counts (144
"How many ...?" replies, ``audiobench_counts_*.txt``): dev 124/132 -> 131/132, held out 10/12 -> 11/12. A third
model family, google/gemma-4-E2B-it, often without the audio ("Based on the image provided, ..."), held out only and
scored once after the fixes (``audiobench_gemma_score.txt``): yes/no 13/20, counts 2/3.
"""

from __future__ import annotations

import _audiobench as ab
import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain
from pytest_audiotrust.scoring.counts import parse_count


def test_labels_match_the_stored_logs_and_the_split_is_by_model() -> None:
    rows = ab.rows(ab.DEV + ab.HELDOUT)  # raises when a label row's question or reply differs from the stored log
    assert not set(ab.DEV) & set(ab.HELDOUT)
    assert len(rows) == 198 and {r["model"] for r in rows} == set(ab.DEV + ab.HELDOUT)
    assert {r["label"] for r in rows} <= {"yes", "no", "abstain", "unparseable"}


@pytest.mark.parametrize(("models", "floor"), [(ab.DEV, 107), (ab.HELDOUT, 86)], ids=["dev", "heldout"])
def test_each_split_holds_its_measured_floor(models: tuple[str, ...], floor: int) -> None:
    counts, wrong = ab.score(models)
    listing = "\n".join(f"  [{r['model']} | {r['question']}] {r['reply']!r}: label {r['label']}, read {got}" for r, got in wrong)
    assert counts["all", "right"] >= floor, f"{counts['all', 'right']}/{counts['all', 'n']} < {floor}:\n{listing}"


@pytest.mark.parametrize(("kind", "floor"), [("answers", 13), ("counts", 2)])
def test_a_third_model_family_holds_its_measured_floor(kind: str, floor: int) -> None:
    counts, _ = ab.score(ab.GEMMA, kind)  # held out only: its misses are not listed, so they are not read while tuning
    assert counts["all", "n"] == {"answers": 20, "counts": 3}[kind]
    assert counts["all", "right"] >= floor, f"{counts['all', 'right']}/{counts['all', 'n']} < {floor}"


def test_count_labels_match_the_stored_logs() -> None:
    rows = ab.count_rows(ab.DEV + ab.HELDOUT)  # raises when a row differs from its stored log
    assert len(rows) == 144 and all(isinstance(r["label"], int) or r["label"] == "abstain" for r in rows)


@pytest.mark.parametrize(("models", "floor"), [(ab.DEV, 131), (ab.HELDOUT, 11)], ids=["dev", "heldout"])
def test_counts_hold_their_measured_floor(models: tuple[str, ...], floor: int) -> None:
    counts, wrong = ab.score(models, "counts")
    listing = "\n".join(f"  [{r['model']} | {r['question']}] {r['reply']!r}: label {r['label']}, read {got}" for r, got in wrong)
    assert counts["all", "right"] >= floor, f"{counts['all', 'right']}/{counts['all', 'n']} < {floor}:\n{listing}"


@pytest.mark.parametrize(("text", "expected"), [
    # no input, or no information about the count: no count is given, the negation is not about the sound
    ("The recording does not provide information about how many knocks there are.", "abstain"),
    ("Sorry, no transcript of the audio was given, so I cannot answer how many times the bell rang.", "abstain"),
    ("It is not possible to determine how many times the dog barks from this clip.", "abstain"),
    ("The number of knocks is not specified.", "abstain"),
    ("The exact count of rings remains unknown.", "abstain"),
    # controls: the sound denied is a zero; a stated number stands beside a gap about something else
    ("No knocks can be heard at all.", 0),
    ("There is no knocking in this audio.", 0),
    ("The number of knocks is three.", 3),
    ("The bell rings twice; no information about the dog.", 2),
])
def test_a_reply_without_input_or_information_gives_no_count(text: str, expected: int | str) -> None:
    c = parse_count(text)
    assert (c.value if c.outcome == "count" else c.outcome) == expected


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # a transcript (what a cascade reads) that does not mention a sound says nothing about it: no answer
    ("Rain", "rain", "No. The transcription contains only a greeting and never mentions rain.", "abstain"),
    ("Rain", "rain", "The transcript doesn't mention rain at all, so whether it rains can't be said from it.", "abstain"),
    ("Siren", "a siren", "No, a siren is not mentioned anywhere in the transcribed conversation.", "abstain"),
    # control: an audio analysis or description that does not mention a sound reports it absent
    ("Rain", "rain", "Going by the audio analysis, there is no mention of rain; only wind and traffic are listed.", "no"),
    ("Siren", "a siren", "The description lists a train horn and rail noise; a siren is not mentioned.", "no"),
    ("Rain", "rain", "No, it is not raining in this recording.", "no"),  # control
    # no transcript (a cascade's stand-in for the audio) given: the model had nothing to listen to
    ("Sheep", "sheep", "Sorry, no transcript of the audio was provided, so I cannot hear sheep or anything else.", "abstain"),
    ("Sheep", "sheep", "No speech transcription was given to me, so I can't say.", "abstain"),
    ("Sheep", "sheep", "No, I cannot hear sheep in this recording; it is a tractor.", "no"),  # control
])
def test_a_text_source_that_is_silent_leaves_the_sound_open(label: str, phrase: str, text: str, expected: str) -> None:
    assert explain(text, target_terms(label, phrase))[0].value == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an answer word, then a last statement that leaves the question open: the statement is the answer
    ("No. The caller only says hello; no information is given about whether the phone was answered.", "abstain"),
    ("Yes, well, the transcript has a few words, so it's impossible to determine if the room is large or not.", "abstain"),
    ("No, there is no mention of a door closing in the transcribed text.", "abstain"),
    # controls: the doubt follows from a denial; the gap is about something else; the answer word stands alone
    ("No. No door was heard, so I can't say if it was closed before the knock.", "no"),
    ("Yes, the room is large, though there are no details about its furniture.", "yes"),
    ("No, the door is closed; I hear it latch, though it is impossible to determine the room.", "no"),
    ("No, the door is not mentioned.", "no"),
])
def test_a_reply_that_ends_by_leaving_the_question_open_abstains(text: str, expected: str) -> None:
    assert explain(text)[0].value == expected


@pytest.mark.parametrize(("text", "expected"), [
    # seen in SALMONN's full Clotho-AQA log (dev): a voice described as broken is what the clip holds, not a bad file
    ("Yes, the speaker's voice is broken and crackly throughout.", "yes"),
    ("No, the singer's voices are not broken up at all.", "no"),
    # controls: a damaged file is no input
    ("Sorry, the audio file is corrupted, so I cannot answer.", "abstain"),
    ("The recording seems to be damaged.", "abstain"),
])
def test_a_voice_described_as_broken_is_no_damaged_file(text: str, expected: str) -> None:
    assert explain(text)[0].value == expected
