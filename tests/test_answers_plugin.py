"""denies/affirms read the target from the running probe: planted audio LLMs through a real pytest run."""

from __future__ import annotations

import json

import pytest

from pytest_audiotrust import expect, results
from pytest_audiotrust.expect import ExpectationFailed

DOG_TESTS = '''
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(events=["dog"], controls=["other_event", "noise"])
def test_no_phantom_dog(audiotrust_model, mismatched_audio_probe):
    expect.denies(audiotrust_model.ask(mismatched_audio_probe.audio, mismatched_audio_probe.question))

@pytest.mark.audiotrust(events=["dog"], phrasings=[0, 1])
def test_hears_the_dog(audiotrust_model, present_event_probe):
    expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))
'''


def _run(pytester: pytest.Pytester, planted_model, reply: str) -> tuple[dict[str, str], list[dict], dict]:
    planted_model(reply)
    pytester.makepyfile(DOG_TESTS)
    pytester.runpytest("-p", "no:randomly", "--audiotrust-json=out.json", "--audiotrust-report=report.html")
    doc = json.loads((pytester.path / "out.json").read_text())
    records = doc["records"]
    return {r["nodeid"].split("::")[-1]: r["outcome"] for r in records}, records, doc["summary"]


def test_siren_not_a_dog_to_an_absent_dog_probe_is_a_correct_denial(pytester: pytest.Pytester, planted_model) -> None:
    outcomes, records, summary = _run(pytester, planted_model, "It's a siren, not a dog.")
    absent = {k: v for k, v in outcomes.items() if k.startswith("test_no_phantom_dog")}
    present = {k: v for k, v in outcomes.items() if k.startswith("test_hears_the_dog")}
    assert len(absent) == 2 and set(absent.values()) == {"passed"}
    assert len(present) == 2 and set(present.values()) == {"failed"}  # it did not hear the dog that is there
    for r in records:
        probe = r["probe"]
        assert probe["target"] == "a dog barking" and "bark" in probe["target_terms"]
        assert probe["answer"] == "no" and probe["answer_rule"] == "target denied" and probe["hallucinated"] is False
        details = r["measurements"][0]["details"]
        assert details["target"] == "a dog barking" and details["target_source"] == "probe"
    # the session's hallucination accounting counts none of the correct denials
    assert summary["hallucination"]["families"]["mismatched"]["hallucinated"] == 0
    html = (pytester.path / "report.html").read_text()
    assert "parsed by rule:</small> target denied" in html and "a dog barking" in html


def test_a_description_of_the_dog_is_a_yes_without_a_yes_word(pytester: pytest.Pytester, planted_model) -> None:
    outcomes, records, _ = _run(pytester, planted_model, "A dog barks in the distance.")
    assert {v for k, v in outcomes.items() if k.startswith("test_hears_the_dog")} == {"passed"}
    absent = [r for r in records if r["nodeid"].split("::")[-1].startswith("test_no_phantom_dog")]
    assert {r["outcome"] for r in absent} == {"failed"} and all(r["probe"]["hallucinated"] for r in absent)


@pytest.fixture
def record():
    results.start(results.CaseRecord(nodeid="t"))
    yield results.current()
    results.finish()


def test_target_argument_wins_over_the_probe(record) -> None:
    record.probe = {"id": "absent:dog", "family": "absent", "expected": "no", "target": "a dog barking",
                    "target_terms": ["dog", "bark"]}
    m = expect.denies("The recording features an ambulance siren.")
    assert m.passed and m.details["rule"] == "another sound instead"
    with pytest.raises(ExpectationFailed, match=r"target: 'a siren' \(argument\)"):
        expect.denies("The recording features an ambulance siren.", target="a siren")
    assert expect.affirms("The recording features an ambulance siren.", target="a siren").details["rule"] == "target described"


def test_without_probe_or_argument_the_answer_is_read_as_before(record) -> None:
    m = expect.affirms("There is a siren.")
    assert m.passed and m.details["target"] is None and m.details["target_source"] == "none"
