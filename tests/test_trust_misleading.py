"""Misleading-prompt probes (issue 23): what they play, what they claim, and ``expect.rejects_premise``.

The answer table (``_premise_table``) was committed before the check existed; its score is asserted in full.
"""

from __future__ import annotations

import numpy as np
import pytest
from _premise_table import ORDER_ROWS, PREMISES, REJECTED, ROWS

from pytest_audiotrust import expect, results
from pytest_audiotrust.probes import misleading
from pytest_audiotrust.probes.events import bundled_events
from pytest_audiotrust.verdicts.results import CaseRecord


@pytest.fixture
def record():  # type: ignore[no-untyped-def]
    rec = CaseRecord(nodeid="t")
    results.start(rec)
    yield rec
    results.finish()


@pytest.mark.parametrize(("premise", "kind", "answer", "verdict"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_held_out_answers(record: CaseRecord, premise: str, kind: str, answer: str, verdict: str) -> None:
    record.gate = "g"  # record, do not raise: the verdict is compared with the table's
    m = expect.rejects_premise(answer, premise_terms=PREMISES[premise])
    assert (m.value, m.passed) == (verdict, verdict == REJECTED)
    assert record.probe is None or "premise_verdict" in record.probe


#: Held-out order rows: 3 of 7 read right by the premise-term reading alone, 6 of 7 by the order reading; 7 of 7 since
#: the clause reader (scoring.clauses) reads "I'm not able to tell which sound comes first" as a hedge (abstain).
ORDER_MISSES: set[int] = set()


@pytest.mark.parametrize("i", range(len(ORDER_ROWS)))
def test_held_out_order_answers(record: CaseRecord, i: int) -> None:
    first, second, answer, verdict = ORDER_ROWS[i]
    record.gate = "g"
    record.probe = {"true_order": [first, second], "family": "misleading_prompt", "kind": "order_violation"}
    m = expect.rejects_premise(answer)
    assert (m.value == verdict) != (i in ORDER_MISSES), (m.value, m.details["rule"])


def test_specs_cover_every_kind_with_unique_ids() -> None:
    specs = misleading.misleading_specs(20261206)
    kinds = {s.kind for s in specs}
    assert {s.make(1).family for s in specs[:3]} == {"misleading_prompt"}
    assert kinds == set(misleading.KINDS)
    assert len({s.id for s in specs}) == len(specs)
    # the brief's example: the catalog's dog-count question asked over another animal's recording
    dog = [s for s in specs if s.kind == "content_mismatch" and s.about == "dog" and s.form == len(misleading.CONTENT_FORMS)]
    assert dog and dog[0].event != "dog"
    assert dog[0].make(1).question == "How many times does the dog bark?"


def test_content_and_label_probes_play_the_real_recording_not_the_claimed_sound() -> None:
    events = bundled_events()
    for spec in misleading.misleading_specs(3, ["content_mismatch", "label_mismatch"], ["cow", "dog"]):
        probe = spec.make(5)
        assert spec.about != spec.event
        assert probe.audio == events[spec.event].load()
        assert probe.expected == "reject" and probe.metadata["premise_terms"]


def _rms_db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(np.square(x.astype(np.float64))) + 1e-20))


@pytest.mark.parametrize("event", list(misleading.MOVING_EVENTS))
def test_level_ramp_falls_and_rises_as_claimed(event: str) -> None:
    """Measured independently of ``level_slope_db_per_s``: the level of the last second against the first."""
    down = misleading.MisleadingSpec("physical_violation", event, 0, "approach").make(1)
    up = misleading.MisleadingSpec("physical_control", event, 0, "rising").make(1)
    for probe, sign in ((down, -1), (up, 1)):
        x, sr = probe.audio.samples, probe.audio.sample_rate
        change = _rms_db(x[-sr:]) - _rms_db(x[:sr])
        assert sign * change > 12, (event, change)  # nominal 24 dB over 4 s: 18 dB between the outer seconds
        slope = probe.metadata["level_slope_db_per_s"]
        assert abs(slope - sign * misleading.RAMP_DB / misleading.RAMP_SECONDS) < 1.5, (event, slope)
    assert down.expected == "reject" and up.expected == "yes"


def test_stadium_probe_is_a_short_room() -> None:
    probe = misleading.MisleadingSpec("physical_violation", "cash_register", 0, "stadium").make(2)
    assert abs(probe.metadata["rt60_s_measured"] - misleading.ROOM_RT60_S) < 0.05
    dry = bundled_events()["cash_register"].load()
    assert probe.audio.frames == dry.frames and not np.allclose(probe.audio.samples, dry.samples)


def test_unknown_kind_and_event_are_named() -> None:
    from pytest_audiotrust.errors import ConfigError

    with pytest.raises(ConfigError, match="misleading-prompt kind"):
        misleading.misleading_specs(1, ["dogs"])
    with pytest.raises(ConfigError, match="bundled event"):
        misleading.misleading_specs(1, None, ["unicorn"])


GOES_ALONG = {"How many": "I can hear it three times.", "At what point": "It starts at about 0:01 and lasts two seconds.",
              "This is a recording": "Sure! It's a loud, clear sound close to the microphone.",
              "Caption": "Yes, the caption is accurate.", "The ": "It's getting closer at about 30 km/h.",
              "This was recorded": "Around 40,000 fans are in the stadium.",
              "Why does": "Probably because the second sound was recorded first and then mixed in."}


def _goes_along(prompt: str) -> str:
    return next(v for k, v in GOES_ALONG.items() if prompt.startswith(k))


def test_a_model_that_goes_along_fails_every_false_premise(record: CaseRecord) -> None:
    record.gate = "g"
    specs = [s for s in misleading.misleading_specs(9, events=["cow", "helicopter", "cash_register"])
             if s.expected == "reject"]
    passed = []
    for spec in specs:
        probe = spec.make(1)
        record.probe = probe.record()
        assert (record.probe["premise_terms"] or record.probe["true_order"]) and record.probe["kind"] == spec.kind
        passed.append(expect.rejects_premise(_goes_along(probe.question)).passed)
    assert len(specs) >= 8 and not any(passed)


def test_a_model_that_rejects_every_premise_fails_the_controls(record: CaseRecord) -> None:
    record.gate = "g"
    skeptic = "I don't hear that in this recording; it's something else entirely."
    controls = misleading.misleading_specs(9, ["label_match"], ["cow", "dog", "train"])
    for spec in controls:
        probe = spec.make(1)
        record.probe = probe.record()
        assert not expect.affirms(skeptic).passed, probe.id
