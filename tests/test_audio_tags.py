"""Every non-speech and event probe record carries YAMNet's top-3 labels, and the report shows them."""

from __future__ import annotations

import json

import pytest

from tests._html import parse

SUITE = """
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(probes=["silence.digital", "event.dog"])
def test_ns(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))

@pytest.mark.audiotrust(events=["cow"], absent_strategies=["adversarial"], phrasings=[0])
def test_absent(audiotrust_model, absent_event_probe):
    expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))
"""


def _records(pytester: pytest.Pytester, *args: str) -> dict[str, dict]:
    pytester.makepyfile(SUITE)
    result = pytester.runpytest("--audiotrust-json=out.json", *args)
    assert result.ret in (0, 1), result.stdout.str()
    return {r["nodeid"].split("::")[-1]: r for r in json.loads((pytester.path / "out.json").read_text())["records"]}


def test_probe_records_carry_what_the_audio_holds(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("Yes, I think so.")
    recs = _records(pytester, "--audiotrust-report=report.html")
    dog = recs["test_ns[probe:event.dog]"]["probe"]["audio_tags"]
    silence = recs["test_ns[probe:silence.digital]"]["probe"]["audio_tags"]
    cow = recs["test_absent[absent:sheep@cow-adversarial-q0]"]["probe"]["audio_tags"]
    assert len(dog) == len(silence) == len(cow) == 3
    assert "Dog" in [label for label, _ in dog] and silence[0][0] == "Silence"
    assert "Moo" in [label for label, _ in cow] and all(0.0 <= p <= 1.0 for _, p in cow)
    assert [p for _, p in dog] == sorted((p for _, p in dog), reverse=True)
    page = parse((pytester.path / "report.html").read_text())
    cases = page.section_text("cases")
    assert "probe event.dog (event) audio holds (YAMNet): Animal 1.00, Domestic animals, pets 0.99, Dog 0.99" in cases
    assert "probe silence.digital (silence) audio holds (YAMNet): Silence 0.99," in cases
    assert "(absent) audio holds (YAMNet): Cattle, bovinae 0.99, Moo 0.99" in cases


def test_tags_can_be_switched_off_and_bad_values_fail_at_start(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("No.")
    pytester.makeini("[pytest]\naudiotrust_tags = off\n")
    recs = _records(pytester)
    assert all("audio_tags" not in r["probe"] for r in recs.values())
    pytester.makeini("[pytest]\naudiotrust_tags = sometimes\n")
    result = pytester.runpytest()
    result.stderr.fnmatch_lines(["*audiotrust_tags='sometimes': expected one of auto, on, off*"])
