"""Hallucination detectors and the expect helpers on them (no model calls; outputs measured from tiny.en)."""

from __future__ import annotations

import pytest

from pytest_audiotrust import expect, results
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.expect import ExpectationFailed
from pytest_audiotrust.models import Response
from pytest_audiotrust.probes import pauses
from pytest_audiotrust.scoring.hallucination import (
    inspect_nonspeech_output,
    is_sound_annotation,
    known_phrases,
    repetition_loop,
    unsupported_by_vad,
)

#: Outputs of the bundled Whisper tiny.en, filters off, on our non-speech probes (seed 1234; events are real recordings).
MEASURED = {
    "silence.digital": "You",
    "event.helicopter": "Thank you for watching!",
    "event.frog": "Thank you very much.",
    "event.pig": "We'll see you next time.",
    "event.dog": "Ha ha ha ha ha ha ha ha ha ha ha ha",
    "garbage.dc_offset": "Thank you so much for watching and I'll see you in the next video.",
    "garbage.clicks": "I'm going to do it. " * 6,
    "event.cow": "A" + "a" * 200,
}


@pytest.fixture(autouse=True)
def fresh_record():
    results.start(results.CaseRecord(nodeid="t"))
    yield
    results.finish()


@pytest.mark.parametrize("probe", sorted(MEASURED))
def test_measured_whisper_outputs_are_hallucinations_with_a_kind(probe: str) -> None:
    f = inspect_nonspeech_output(MEASURED[probe])
    assert f.hallucinated and f.words > 0 and f.chars > 0
    assert f.known_phrases or f.repetition, probe


def test_loops_are_found_generically() -> None:
    assert repetition_loop("I'm going to do it. " * 5) == "i'm going to do it"
    drums = "So, let's go ahead and take a look at how we're going to" + " go ahead and take a look at how we're going to" * 4
    assert repetition_loop(drums) == "go ahead and take a look at how we're going to"
    assert repetition_loop("Set the thermostatatatatatatatat") == "ta"
    assert repetition_loop("the cat sat on the mat") is None
    assert repetition_loop("banana Mississippi") is None


def test_nothing_said_forms_are_not_hallucinations() -> None:
    for text in ("", "   ", ".", ". . . . .", "[no speech]", "(silence)", "[BLANK_AUDIO]", "There is no speech.",
                 "[Music]", "(applause)", "APPLAUSE", "♪♪"):
        assert not inspect_nonspeech_output(text).hallucinated, text
    assert is_sound_annotation("[Music]") and is_sound_annotation("APPLAUSE")
    assert not is_sound_annotation("[Music] Thank you") and not is_sound_annotation("Applause please, thank you")


def test_bag_matches_on_word_boundaries_only() -> None:
    assert "you" in known_phrases("You")
    assert "thanks for watching" in known_phrases("Thanks for watching!")
    assert "subtitles by the amara org community" in known_phrases("Subtitles by the Amara.org community")
    assert known_phrases("youth orchestra") == ()


def test_no_speech_fails_with_the_offending_text_and_records_it() -> None:
    results.current().probe = {"id": "silence.digital", "family": "silence", "expected": "no_speech"}
    with pytest.raises(ExpectationFailed) as exc:
        expect.no_speech("Thank you for watching!")
    msg = str(exc.value)
    assert "'Thank you for watching!'" in msg and "4 word(s)" in msg and "known Whisper hallucination" in msg
    probe = results.current().probe
    assert probe["hallucinated"] is True and probe["output"] == "Thank you for watching!" and probe["words"] == 4
    m = results.current().measurements[-1]
    assert m.value == 4 and m.details["known_phrases"] and not m.passed


def test_no_speech_passes_on_nothing_and_runs_vad_when_given_audio() -> None:
    from pytest_audiotrust import probes

    silence = probes.get("silence.digital").make(1)
    m = expect.no_speech(Response(""), audio=silence)
    assert m.passed and m.details["vad_speech_s"] == 0 and m.details["vad_method"] == "no speech in audio"
    with pytest.raises(ExpectationFailed, match="Silero VAD heard 0 s of speech"):
        expect.no_speech("You", audio=silence)
    assert results.current().measurements[-1].details["unsupported_text"] == "You"


def test_unsupported_by_vad_attributes_segments_outside_speech() -> None:
    clip = next(e for e in bundled_clips() if e.id == "weather_01").load()
    probe = pauses.build("pause.trailing_10s", clip, 1)
    end = clip.audio.duration
    out = Response(f"{clip.transcript} Thank you.", {"segments": [
        {"start": 0.0, "end": end, "text": clip.transcript},
        {"start": end + 4.0, "end": end + 6.0, "text": " Thank you."},
    ]})
    f = unsupported_by_vad(out, probe.audio)
    assert f.method == "segments outside speech" and f.unsupported_text == "Thank you." and f.words == 2
    assert f.speech_s == pytest.approx(end, abs=0.4)
    assert unsupported_by_vad(Response(clip.transcript), probe.audio).method == "no segment timestamps"


def test_no_insertions_counts_words_never_said_and_loops() -> None:
    ref = "Set the thermostat to 21 degrees."
    assert expect.no_insertions("Set the thermostat to 21 degrees.", ref).passed
    with pytest.raises(ExpectationFailed, match=r"6 word\(s\) never said"):
        expect.no_insertions("Set the thermostat to 21 degrees. Set the thermostat to 21 degrees.", ref)
    with pytest.raises(ExpectationFailed, match="repetition loop: 'ta'"):
        expect.no_insertions("Set the thermostatatatatatatatatatat", ref, max_rate=1.0)


def test_denies_and_affirms_use_the_four_outcomes() -> None:
    assert expect.denies("No, I can't hear any dog.").passed
    with pytest.raises(ExpectationFailed, match="parsed 'abstain'"):
        expect.denies("I'm not sure.")
    with pytest.raises(ExpectationFailed, match="parsed 'unparseable'"):
        expect.denies("Blue.")
    assert expect.denies("I'm not sure.", allow_abstain=True).passed
    assert expect.affirms("Yes, faintly.").passed
    with pytest.raises(ExpectationFailed, match="parsed 'no'"):
        expect.affirms("There is no barking.")


def test_a_probe_that_accepts_abstention_lets_denies_pass_on_it() -> None:
    results.current().probe = {"id": "mismatched:siren-silence-q0", "family": "mismatched", "expected": "no",
                               "accept": ["abstain"], "question": "Is there a sound of a siren in the audio?"}
    assert expect.denies("I can't tell, the clip seems silent.").passed
    with pytest.raises(ExpectationFailed) as exc:
        expect.denies("Yes, a siren.")
    assert "question: 'Is there a sound of a siren in the audio?'" in str(exc.value)
    probe = results.current().probe
    assert probe["answer"] == "yes" and probe["answer_rule"] == "leading yes" and probe["hallucinated"] is True
