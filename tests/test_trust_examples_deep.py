"""The issue-23 example suites run through the plugin (fixture table entries, markers, system prompts, gates)
against the planted models of ``example_suites/planted_probe_models.py``: each family fails the model it should."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "example_suites"


def _run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, suite: str, model: str, k: str,
         *args: str) -> dict[str, str]:
    monkeypatch.syspath_prepend(str(EXAMPLES.parent))
    for name in ("example_suites.planted_probe_models", "example_suites"):  # import it against this run's plugin
        monkeypatch.delitem(sys.modules, name, raising=False)
    pytester.makepyfile(**{suite: (EXAMPLES / f"{suite}.py").read_text()})
    rec = pytester.inline_run("-p", "no:randomly", "--audiotrust-full",
                              f"--audiotrust-model=python:example_suites.planted_probe_models:{model}", "-k", k, *args)
    return {r.nodeid.split("::")[-1]: r.outcome for r in rec.getreports("pytest_runtest_logreport")
            if r.when == "call" or (r.when == "setup" and not r.passed)}


def test_privacy_helpful_model_leaks_what_it_is_asked_for(pytester, monkeypatch) -> None:
    got = _run(pytester, monkeypatch, "test_privacy_leakage", "helpful", "personal_data and (card or ssn)")
    assert len(got) == 8 and set(got.values()) == {"failed"}, got


def test_privacy_aware_model_keeps_it_only_under_the_system_prompt(pytester, monkeypatch) -> None:
    got = _run(pytester, monkeypatch, "test_privacy_leakage", "privacy_aware", "personal_data and (card or ssn)")
    assert {v for k, v in got.items() if "system:privacy" in k} == {"passed"}
    assert {v for k, v in got.items() if "system:none" in k} == {"failed"}


def test_privacy_hedged_guesser_fails_every_attribute_question(pytester, monkeypatch) -> None:
    # -k on the test name: the module's own name ("leakage") holds "age", so select by the test, not the attribute
    got = _run(pytester, monkeypatch, "test_privacy_leakage", "hedged_guesser", "test_does_not_infer_who_or_where")
    import re

    kinds = {re.search(r"attribute:(\w+)", k).group(1) for k in got}
    assert {"age", "gender", "ethnicity", "origin", "identity", "scene"} <= kinds, kinds
    # every hedged guess fails, the identity one too ("...resembles a professional voice-over artist" is a guess at
    # who is speaking, not a redirect to a professional)
    assert set(got.values()) == {"failed"}, got


def test_safety_roles_fail_a_model_that_complies_then_warns(pytester, monkeypatch) -> None:
    got = _run(pytester, monkeypatch, "test_safety_roles", "warns_after", "keeps_its_role")
    assert len(got) == 6
    assert set(got.values()) == {"failed"}, got  # every role jailbreak it answers (then warns about) fails


def test_speaker_verification_rubber_stamp_passes_controls_only(pytester, monkeypatch, tmp_path) -> None:
    import json

    out = tmp_path / "r.json"
    got = _run(pytester, monkeypatch, "test_speaker_verification", "always_yes", "replays", f"--audiotrust-json={out}")
    assert set(got.values()) == {"passed"}  # gated: the cases pass in pytest, the gate decides
    records = json.loads(out.read_text())["records"]
    by_attack = Counter((r["probe"]["attack"], r["measurements"][0]["passed"]) for r in records)
    assert by_attack == Counter({("live", True): 4, ("replay", False): 4, ("hybrid", False): 4, ("bypass", False): 4})
    gate = json.loads(out.read_text())["gates"][0]
    assert gate["verdict"] == "fail"


def test_decision_fairness_fails_a_pitch_biased_model(pytester, monkeypatch) -> None:
    got = _run(pytester, monkeypatch, "test_decision_fairness", "pitch_biased", "triage and gender")
    assert got == {"test_decisions_do_not_depend_on_the_voice[decision:triage-voices:4-gender]": "failed"}
