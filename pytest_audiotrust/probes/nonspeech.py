"""Non-speech probes: audio with no words in it. The right transcript is empty (or an abstention)."""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from ..corruptions.noise import colored_noise
from .base import PROBE_RATE, ProbeSpec

DURATION_S = 5.0


def _dbfs(level_db: float) -> float:
    return float(10 ** (level_db / 20))


def _silence(rng: np.random.Generator) -> Audio:
    return Audio(np.zeros(int(DURATION_S * PROBE_RATE), np.float32), PROBE_RATE, "probe:silence.digital")


def _noise(exponent: float, level_db: float, name: str):
    def build(rng: np.random.Generator) -> Audio:
        x = colored_noise(int(DURATION_S * PROBE_RATE), rng, exponent) * _dbfs(level_db)
        return Audio(x.astype(np.float32), PROBE_RATE, f"probe:{name}")

    return build


PROBES = [
    ProbeSpec("silence.digital", "silence", _silence, "5 s of exact zeros"),
    ProbeSpec("noise.white_-30dBFS", "noise", _noise(0.0, -30.0, "noise.white_-30dBFS"), "5 s white noise at -30 dBFS RMS"),
    ProbeSpec("noise.white_-15dBFS", "noise", _noise(0.0, -15.0, "noise.white_-15dBFS"), "5 s white noise at -15 dBFS RMS"),
]
