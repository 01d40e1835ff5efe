"""Abstentions are nothing: ``expect.no_speech`` on what audio LLMs say about speech-free audio."""

from __future__ import annotations

import pytest
from _answer_tables import NO_SPEECH

from pytest_audiotrust import expect, results
from pytest_audiotrust.expect import ExpectationFailed
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output, is_abstention


@pytest.fixture(autouse=True)
def fresh_record():
    results.start(results.CaseRecord(nodeid="t"))
    yield
    results.finish()


def test_no_speech_table_agrees_at_least_95_percent() -> None:
    wrong = [(text, exp, inspect_nonspeech_output(text)) for text, exp in NO_SPEECH
             if inspect_nonspeech_output(text).verdict != exp]
    agreement = 1 - len(wrong) / len(NO_SPEECH)
    listing = "\n".join(f"  {t!r}: expected {e}, got {f.verdict} (invented {f.invented!r})" for t, e, f in wrong)
    assert agreement >= 0.95, f"agreement {agreement:.3f} on {len(NO_SPEECH)} outputs; disagreements:\n{listing}"


def test_table_is_large_and_mixes_abstentions_and_hallucinations() -> None:
    assert len(NO_SPEECH) >= 30
    kinds = [v for _, v in NO_SPEECH]
    assert kinds.count("abstained") >= 15 and kinds.count("hallucinated") >= 10 and kinds.count("empty") >= 3


@pytest.mark.parametrize("text", [
    "The audio contains no speech.", "I'm sorry, but there is no speech to transcribe.", "The audio is silent.",
    "There is nothing to transcribe; I only hear a dog barking.", "[no speech]", "(music)", "*silence*",
])
def test_the_issue_abstentions_pass_and_say_so(text: str) -> None:
    m = expect.no_speech(text)
    assert m.passed and m.value == 0 and m.details["verdict"] == "abstained" and is_abstention(text)


def test_invented_words_next_to_an_abstention_still_fail_and_are_counted_alone() -> None:
    results.current().probe = {"id": "silence.digital", "family": "silence", "expected": "no_speech"}
    with pytest.raises(ExpectationFailed) as exc:
        expect.no_speech("There is no speech. Thanks for watching!")
    m = results.current().measurements[-1]
    assert m.details["verdict"] == "hallucinated" and m.value == 3  # "thanks for watching", not the abstention
    assert m.details["invented_text"] == "Thanks for watching"
    assert "invented: 'Thanks for watching'" in str(exc.value) and "known Whisper hallucination" in str(exc.value)
    assert results.current().probe["verdict"] == "hallucinated"


def test_verdicts_are_recorded_for_empty_and_abstained_outputs() -> None:
    results.current().probe = {"id": "noise.white", "family": "noise", "expected": "no_speech"}
    assert expect.no_speech("  ").details["verdict"] == "empty"
    assert results.current().probe["verdict"] == "empty"
    assert expect.no_speech("No one is speaking in this clip. It sounds like rain on a roof.").details["verdict"] == "abstained"
    assert results.current().probe["verdict"] == "abstained" and results.current().probe["hallucinated"] is False


def test_a_sound_word_inside_invented_speech_is_not_an_abstention() -> None:
    # Whisper-style invented sentences that merely contain a sound word
    for text in ("The dog is barking at the mailman.", "Thank you for the music.", "I'm sorry.", "So"):
        assert inspect_nonspeech_output(text).verdict == "hallucinated", text


def test_a_transcript_wrapper_around_nothing_is_empty_and_around_words_counts_the_words() -> None:
    m = expect.no_speech('Sure! Here\'s the transcription: ". . . ."')
    assert m.passed and m.details["verdict"] == "empty" and m.details["raw_output"].startswith("Sure!")
    with pytest.raises(ExpectationFailed, match="raw output"):
        expect.no_speech('Sure! Here\'s the transcription: "Thank you."')
    assert results.current().measurements[-1].value == 2
    with pytest.raises(ExpectationFailed, match="4 word"):  # off: the wrapper's own words count
        expect.no_speech('Sure! Here\'s the transcription: ". . . ."', extract=False)
