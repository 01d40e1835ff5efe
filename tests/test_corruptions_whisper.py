"""Severity curves on the real bundled Whisper tiny.en: mean WER must not fall as severity rises.

30 model calls: 2 families x severities 1/3/5 x 5 bundled clips. Measured on this machine (seed 1):
noise.white 0.073 / 0.174 / 0.794, channel.lowpass 0.130 / 0.340 / 0.576 (also seen: reverb.room 0 / 0.086 / 0.614,
codec.gsm 0.209 / 0.243 / 0.282). Tolerance for "does not decrease": 0.05 mean WER, about two word errors over
the five clips (~45 reference words), the size of one decoding flip; and severity 5 must be clearly worse
than severity 1 (+0.2), so the test fails if a family stops degrading.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.corruptions import apply
from pytest_audiotrust.models import load_model
from pytest_audiotrust.scoring.wer import word_error

pytestmark = pytest.mark.slow

CLIPS = ("cmd_lights_01", "weather_01", "question_train_01", "dictation_01", "dictation_02")
TOLERANCE = 0.05


@pytest.fixture(scope="module")
def whisper():
    return load_model("whisper:tiny.en")


@pytest.mark.parametrize("family", ["noise.white", "channel.lowpass"])
def test_mean_wer_does_not_decrease_with_severity(whisper, family: str) -> None:
    by_id = {e.id: e for e in bundled_clips()}
    clips = [by_id[i].load() for i in CLIPS]
    curve = []
    for sev in (1, 3, 5):
        rates = [word_error(whisper.transcribe(apply(c.audio, family, sev, seed=1).audio).text, c.transcript).rate
                 for c in clips]
        curve.append(float(np.mean(rates)))
    print(f"{family}: mean WER at severities 1/3/5 = {np.round(curve, 3).tolist()}")
    assert all(b >= a - TOLERANCE for a, b in itertools.pairwise(curve)), curve
    assert curve[-1] >= curve[0] + 0.2, curve
