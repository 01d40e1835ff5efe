"""The issue-23 fixtures as a user meets them: table entries, readable ids, marker narrowing, planted models."""

from __future__ import annotations

import pytest
from _probe_checks import outcomes as _outcomes

SPECS = '''
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(events=["cow", "helicopter"], misleading_kinds=["content_mismatch", "physical_violation"])
def test_rejects_false_premises(audiotrust_model, misleading_prompt_probe):
    p = misleading_prompt_probe
    expect.rejects_premise(audiotrust_model.ask(p.audio, p.question))

@pytest.mark.audiotrust(events=["cow"], answer_families=["absent", "present"], answer_conditions=["noise.white",
                        "talker@5dB"], severities=[4])
def test_answers_survive(audiotrust_model, answer_robustness_probe):
    p = answer_robustness_probe
    twin = audiotrust_model.ask(p.twin.audio, p.twin.question) if p.twin is not None else None
    expect.robust_answer(audiotrust_model.ask(p.audio, p.question), audiotrust_model.ask(p.clean.audio, p.question),
                         contrast=twin)
'''


def test_a_constant_model_fails_both_families(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("Yes.")
    pytester.makepyfile(SPECS)
    got = _outcomes(pytester.inline_run("-p", "no:randomly"))
    premises = got["test_rejects_false_premises"]
    assert "content_mismatch:cat@cow-f0" not in premises  # cow's adversarial absent sound is sheep
    assert "content_mismatch:sheep@cow-f0" in premises and "physical_violation:approach@helicopter-f0" in premises
    assert set(premises.values()) == {"failed"}
    robust = got["test_answers_survive"]
    assert sorted(robust) == ["absent:sheep@cow-adversarial-q0~noise.white-sev4", "absent:sheep@cow-adversarial-q0~talker@5dB",
                              "present:cow-q0~noise.white-sev4", "present:cow-q0~talker@5dB"]
    assert set(robust.values()) == {"failed"}


def test_a_premise_rejecting_model_passes_the_misleading_prompts(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("I don't hear that at all; the premise of the question seems wrong.")
    pytester.makepyfile(SPECS)
    got = _outcomes(pytester.inline_run("-p", "no:randomly"))
    assert set(got["test_rejects_false_premises"].values()) == {"passed"}
    assert len(got["test_rejects_false_premises"]) >= 5


def test_an_unknown_kind_is_a_collection_error_naming_it(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("No.")
    pytester.makepyfile('''
import pytest

@pytest.mark.audiotrust(misleading_kinds=["dog_mismatch"])
def test_x(audiotrust_model, misleading_prompt_probe):
    pass
''')
    result = pytester.runpytest("-p", "no:randomly")
    result.stdout.fnmatch_lines(["*misleading-prompt kind*dog_mismatch*"])
