"""AudioBench's 198 real replies of nine audio LLMs to yes/no questions about audio (``tests/_audiobench.py``; data,
licence and labelling rules in ``tests/external/audiobench/SOURCE.md``), scored per split against a floor at the
measured level, and the shapes their dev misses exposed, checked on sentences that are not rows of the set beside
look-alike controls that must keep their reading.

First sight (``tests/heldout_scores/audiobench_first_score.txt``): dev 98/110, held out 81/88. After the v22j fixes
(``audiobench_after_v22j.txt``): dev 107/110, held out 86/88 (held out scored once, its misses not read).
"""

from __future__ import annotations

import _audiobench as ab
import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain


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
