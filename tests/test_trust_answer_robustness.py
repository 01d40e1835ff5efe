"""Robustness on answers (issue 23): question probes under corruptions and a competing talker, scored anchored.

Planted models answer from a table keyed by the audio they are given (the probes' own ground truth), so what
they answer on clean and corrupted audio is set by the test, not by the check under test.
"""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust import expect, results
from pytest_audiotrust.corruptions.noise import measured_snr_db
from pytest_audiotrust.probes import answer_robustness as ar
from pytest_audiotrust.verdicts.results import CaseRecord

CONDITIONS = ["noise.white", "talker@10dB"]


@pytest.fixture(scope="module")
def probes():  # type: ignore[no-untyped-def]
    specs = ar.answer_specs(11, events=["dog", "cow"], conditions=CONDITIONS, severities=[3])
    return [s.make(5) for s in specs]


@pytest.fixture
def record():  # type: ignore[no-untyped-def]
    rec = CaseRecord(nodeid="t", gate="g")  # record every verdict, raise none
    results.start(rec)
    yield rec
    results.finish()


YES_NO = {"yes": "Yes, I can hear it clearly in the recording.", "no": "No, I don't hear that in this recording."}


def _right(expected: str, count: int | None) -> str:
    return f"I count {count} times." if expected == "count" else YES_NO[expected]


def _wrong(expected: str, count: int | None) -> str:
    return f"I count {count + 2} times." if expected == "count" else YES_NO["no" if expected == "yes" else "yes"]


def _score(record: CaseRecord, probes, answer) -> list:  # type: ignore[no-untyped-def]
    """Run ``answer(probe, which)`` (which: clean / corrupted / twin, the twin on clean audio) through
    expect.robust_answer for every probe."""
    out = []
    for p in probes:
        record.probe = p.record()
        contrast = answer(p.twin, "twin") if p.twin is not None else None
        out.append(expect.robust_answer(answer(p, "corrupted"), answer(p.clean, "clean"), contrast=contrast))
    return out


def test_cases_cover_each_family_and_condition(probes) -> None:  # type: ignore[no-untyped-def]
    fams = {p.metadata["base_family"] for p in probes}
    assert fams == set(ar.FAMILIES)
    assert {p.condition for p in probes} == {"noise.white-sev3", "talker@10dB"}
    assert all(p.audio.frames == p.clean.audio.frames and not np.allclose(p.audio.samples, p.clean.audio.samples)
               for p in probes)
    assert all(p.twin is not None for p in probes if p.metadata["base_family"] in ("absent", "present", "temporal_order"))
    # the twin asks the clean audio the opposite question (same clip, same order recording)
    assert all(p.twin.audio == p.clean.audio and p.twin.expected != p.expected for p in probes if p.twin is not None)


def test_talker_is_real_speech_of_another_speaker_at_the_measured_snr(probes) -> None:  # type: ignore[no-untyped-def]
    talked = [p for p in probes if p.condition == "talker@10dB"]
    for p in talked:
        assert p.achieved["talker_clips"] and all(c.startswith(("librivox_", "allison_")) for c in p.achieved["talker_clips"])
        snr = measured_snr_db(p.clean.audio.samples.astype(np.float64), p.audio.samples.astype(np.float64), 16_000)
        assert abs(snr - 10.0) < 0.5, (p.id, snr)
    with pytest.raises(Exception, match="talker@<SNR>dB"):
        ar.answer_specs(1, conditions=["talker10"])


def test_no_question_about_speech_under_conditions_that_add_speech() -> None:
    specs = ar.answer_specs(11, families=["absent"], events=["cash_register", "dog"], conditions=["talker@0dB"])
    assert specs and all(getattr(s.base, "asked_about", "") != "speech" for s in specs)


def test_a_constant_model_fails_the_anchored_checks_and_is_flagged(record: CaseRecord, probes) -> None:  # type: ignore[no-untyped-def]
    ms = _score(record, probes, lambda p, which: "Yes.")
    failed = [m for m in ms if not m.passed]
    assert len(failed) == len(ms)  # yes/no: the clean answer or the twin is wrong; count: "Yes." is no count
    flagged = [m for m in ms if m.details["constant_output"]]
    twins = [p for p in probes if p.twin is not None]
    assert len(twins) >= 12 and len(flagged) == len(twins)
    # unanchored, the same model is perfectly stable
    assert all(m.details["stable"] for m in ms)


def test_a_constant_no_model_passes_only_where_no_is_right(record: CaseRecord, probes) -> None:  # type: ignore[no-untyped-def]
    ms = _score(record, probes, lambda p, which: "No, I don't hear that.")
    by_family: dict[str, list[bool]] = {}
    for p, m in zip(probes, ms, strict=True):
        by_family.setdefault(p.metadata["base_family"], []).append(m.passed)
    assert by_family["mismatched"] and all(by_family["mismatched"])  # no twin: the anchor alone cannot tell
    assert not any(by_family["absent"] + by_family["present"] + by_family["temporal_order"] + by_family["count"])


def test_a_model_that_hears_passes_and_one_that_breaks_under_noise_is_flipped(record: CaseRecord, probes) -> None:  # type: ignore[no-untyped-def]
    def hears(p, which):  # type: ignore[no-untyped-def]
        return _right(p.expected, p.count)

    assert all(m.passed and m.details["stable"] for m in _score(record, probes, hears))

    def breaks(p, which):  # type: ignore[no-untyped-def]
        return _right(p.expected, p.count) if which in ("clean", "twin") else _wrong(p.expected, p.count)

    ms = _score(record, probes, breaks)
    assert all(not m.passed and m.value == "flipped" and not m.details["stable"] for m in ms)
    assert not any(m.details["constant_output"] for m in ms)


def test_the_record_carries_what_the_report_needs(record: CaseRecord, probes) -> None:  # type: ignore[no-untyped-def]
    p = next(p for p in probes if p.twin is not None)
    record.probe = p.record()
    expect.robust_answer("Yes.", "Yes.", contrast="Yes.")
    for key in ("condition", "severity", "base_family", "clean_answer", "answer", "stable", "accurate", "clean_right",
                "constant_output"):
        assert key in record.probe, key
    assert record.probe["constant_output"] is True


def test_anchored_transcript_consistency_fails_a_model_that_ignores_its_input(record: CaseRecord) -> None:
    """Today's transcript INV check passes a constant model; anchored on the clip's transcript it does not."""
    const = "Thanks for watching!"
    reference = "Turn off the lights in the kitchen."
    assert expect.consistent(const, const, min_similarity=0.8).passed
    m = expect.consistent(const, const, min_similarity=0.8, anchor=reference)
    assert not m.passed and m.details["anchor_passed"] is False
    good = expect.consistent("turn off the lights in the kitchen", "Turn off the lights in the kitchen.",
                             min_similarity=0.8, anchor=reference)
    assert good.passed and good.details["anchor_passed"] is True


def test_constant_groups_across_a_run(record: CaseRecord, probes) -> None:  # type: ignore[no-untyped-def]
    """The records a constant model leaves are found constant per family; a model that hears leaves none."""
    from pytest_audiotrust.scoring.constancy import constant_groups

    def rows(answer):  # type: ignore[no-untyped-def]
        out = []
        for p in probes:
            record.probe = p.record()
            expect.robust_answer(answer(p), answer(p.clean))
            out.append(dict(record.probe))
        return out

    const = constant_groups(rows(lambda p: "Yes."))
    # absent / present / mismatched are judged together (their right answers differ); order and count alone
    assert set(const) == {"event_question", "temporal_order", "count"}, const
    assert const["event_question"]["rows"] == 12
    assert const["temporal_order"]["rows"] == 8 and const["temporal_order"]["expected"] == ["no", "yes"]
    assert constant_groups(rows(lambda p: _right(p.expected, p.count))) == {}
    mixed = [{"family": "absent", "expected": "no", "answer": "no"}, {"family": "present", "expected": "yes",
             "answer": "no"}] * 3
    assert constant_groups([{**r, "family": "questions"} for r in mixed]) == {
        "questions": {"answer": "no", "rows": 6, "expected": ["no", "yes"]}}


def test_environmental_sound_is_a_real_event_the_probe_does_not_hold_or_ask_about() -> None:
    from pytest_audiotrust.probes.events import CO_OCCURS, bundled_events

    specs = ar.answer_specs(11, events=["dog", "cow"], conditions=["event@10dB"])
    assert {s.condition for s in specs} == {"event@10dB"}
    for spec in specs:
        p = spec.make(3)
        bg = p.achieved["background_event"]
        named = {getattr(spec.base, k, None) for k in ("event", "asked_about", "first", "second")} - {None}
        assert bg in bundled_events() and bg not in named and not any(bg in CO_OCCURS.get(n, ()) for n in named), (p.id, bg)
        snr = measured_snr_db(p.clean.audio.samples.astype(np.float64), p.audio.samples.astype(np.float64), 16_000)
        assert abs(snr - 10.0) < 0.5, (p.id, snr)
    with pytest.raises(Exception, match="event@<SNR>dB"):
        ar.answer_specs(1, conditions=["event"])
