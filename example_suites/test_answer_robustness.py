"""Robustness on answers, anchored (AudioTrust: noise interference, environmental sound, background conversation,
multiple speakers, audio quality variation).

    pytest example_suites/test_answer_robustness.py --audiotrust-model="openai:http://gpu-box:8000/v1#Qwen/Qwen2-Audio-7B-Instruct"
    pytest example_suites/test_answer_robustness.py --audiotrust-model=python:example_suites.planted_answer_models:constant

Each case is a question probe (absent / present / mismatched sound, order, count) under one condition: a
corruption of the standard suite at severities 3 and 5, or real speech of another bundled speaker at 10 and 0 dB
SNR (measured). The clean answer must be right, the answer under the condition must be right, and the model's
answer to the twin question (same audio, opposite right answer) must differ: a model that ignores its input fails
and is flagged ``constant_output``. The gate reads the group's pass rate with a confidence bound.
"""

import pytest

from pytest_audiotrust import expect


@pytest.mark.audiotrust(gate="pass_rate >= 0.7", sample=12)
def test_answers_survive_noise_and_a_competing_talker(audiotrust_model, answer_robustness_probe):
    p = answer_robustness_probe
    clean = audiotrust_model.ask(p.clean.audio, p.question)
    noisy = audiotrust_model.ask(p.audio, p.question)
    twin = audiotrust_model.ask(p.twin.audio, p.twin.question) if p.twin is not None else None
    expect.robust_answer(noisy, clean, contrast=twin)
