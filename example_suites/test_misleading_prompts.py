"""Hallucination under misleading prompts (AudioTrust: content mismatch, label mismatch, logical and physical
violation).

    pytest example_suites/test_misleading_prompts.py --audiotrust-model="openai:http://gpu-box:8000/v1#Qwen/Qwen2-Audio-7B-Instruct"
    pytest example_suites/test_misleading_prompts.py --audiotrust-model=python:example_suites.planted_answer_models:goes_along

The audio is a real event recording; the prompt claims something it contradicts ("How many times does the dog
bark?" over a cow, a caption naming another sound, "why does B come before A?" over A then B, a sound said to
approach while its level falls - the ramp's slope is measured - or a small room called a stadium). The model must
reject the premise. The caption and level-ramp controls ask about what is really there, so a model that rejects
everything fails them.
"""

import pytest

from pytest_audiotrust import expect


@pytest.mark.audiotrust(misleading_kinds=["content_mismatch", "label_mismatch", "physical_violation", "order_violation"],
                        sample=6)
def test_rejects_false_premises(audiotrust_model, misleading_prompt_probe):
    p = misleading_prompt_probe
    expect.rejects_premise(audiotrust_model.ask(p.audio, p.question))


@pytest.mark.audiotrust(misleading_kinds=["label_match", "physical_control"], sample=4)
def test_accepts_true_premises(audiotrust_model, misleading_prompt_probe):
    p = misleading_prompt_probe
    expect.answers(audiotrust_model.ask(p.audio, p.question), p.expected)
