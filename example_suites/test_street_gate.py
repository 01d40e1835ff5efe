"""A gated trust spec: one verdict for a group of noisy cases, decided on a confidence bound.

Run it against the bundled Whisper tiny.en:

    pytest example_suites/test_street_gate.py

Each case compares the transcript of a noisy clip with the transcript of the clean
clip (CheckList INV). A single noisy case that changes the meaning is recorded as a
miss but does not fail alone: the group passes when the Wilson lower bound of its
pass rate (95 % confidence) clears 0.5 -- "tiny.en keeps the meaning in at least
half of these street-noise cases, and we can show it".

By default the gate draws 11 of the 22 real command prompts (``bundled:real,category=command``, Allison Smith;
``sample=11``, seeded) x {white, pink} x severities 1 and 3 (30 and 10 dB SNR on the P.56 active speech level):
44 cases. Measured 2026-12-06, seed 1234: 34 of 44 keep the meaning (raw 0.773, Wilson lower bound 0.655): the
gate passes. A regression to 27 of 44 (raw 0.614, bound 0.490) fails it, though every test still "passes";
``pass_rate >= 0.8`` would fail today's model (0.655 < 0.8). The full sweep (``--audiotrust-full``: all 22
prompts, 88 cases): 70 of 88 (raw 0.795, bound 0.716; by noise: white@30 dB and pink@30 dB 95 %, pink@10 dB 68 %,
white@10 dB 59 %).
The terminal summary shows n, rate, bound and the misses.
"""

import pytest

from pytest_audiotrust import expect


@pytest.mark.audiotrust(corruptions=["noise.white", "noise.pink"], severities=[1, 3], gate="pass_rate >= 0.5",
                        min_similarity=0.8, sample=11)
def test_meaning_survives_street_noise(audiotrust_model, speech_clip, corruption):
    clean = audiotrust_model.transcribe(speech_clip)
    noisy = audiotrust_model.transcribe(corruption(speech_clip))
    expect.consistent(noisy, clean, anchor=speech_clip.transcript)
