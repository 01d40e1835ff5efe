"""Timing: speed (tempo and pitch together), tempo (time-stretch, pitch kept), pitch shift (tempo kept).

Tempo and pitch use audiomentations' ``TimeStretch`` and ``PitchShift`` with the Signalsmith Stretch
backend (good quality, >300x real time): the transform's parameters are set directly and ``apply`` is
called, so nothing is drawn from the global ``random`` module and the result is deterministic. Speed is
our own: soxr resampling (a tape played faster). Lengths: speed and tempo return ``frames / factor``
(the same speech said faster); pitch keeps the length.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ._dsp import fit_length, resample
from .base import Corrupted, Corruption


def _check_factor(value: float, what: str) -> float:
    if not 0.25 <= float(value) <= 4:
        raise ConfigError(f"{what}: factor must be within 0.25..4, got {value!r}")
    return float(value)


def _speed(audio: Audio, rng: np.random.Generator, *, factor: float) -> Corrupted:
    f = _check_factor(factor, "timing.speed")
    src = round(audio.sample_rate * f)
    y = resample(audio.samples.astype(np.float64), src, audio.sample_rate)
    return Corrupted(audio.with_samples(y), {"duration_ratio": round(len(y) / audio.frames, 4)})


def _channels_first(x: np.ndarray) -> np.ndarray:
    """audiomentations wants (channels, frames) float32, writable (the Signalsmith binding rejects read-only arrays)."""
    return np.array(x.T if x.ndim == 2 else x, dtype=np.float32, order="C", copy=True)


def _audiomentations(what: str):
    try:
        import audiomentations
    except ImportError as exc:
        raise ConfigError(f"{what} needs audiomentations: pip install 'pytest-audiotrust[augment]'") from exc
    return audiomentations


def _tempo(audio: Audio, rng: np.random.Generator, *, rate: float) -> Corrupted:
    TimeStretch = _audiomentations("timing.tempo").TimeStretch

    r = _check_factor(rate, "timing.tempo")
    t = TimeStretch(min_rate=r, max_rate=r, leave_length_unchanged=False, method="signalsmith_stretch", p=1.0)
    t.parameters = {"should_apply": True, "rate": r}
    y = t.apply(_channels_first(audio.samples), audio.sample_rate)
    y = y.T if y.ndim == 2 else y
    achieved = {"duration_ratio": round(len(y) / audio.frames, 4), "via": "audiomentations.TimeStretch"}
    return Corrupted(audio.with_samples(y), achieved)


def _pitch(audio: Audio, rng: np.random.Generator, *, semitones: float) -> Corrupted:
    PitchShift = _audiomentations("timing.pitch").PitchShift

    if not -24 <= float(semitones) <= 24:
        raise ConfigError(f"timing.pitch: semitones must be within -24..24, got {semitones!r}")
    t = PitchShift(min_semitones=semitones, max_semitones=semitones, method="signalsmith_stretch", p=1.0)
    t.parameters = {"should_apply": True, "num_semitones": float(semitones)}
    y = t.apply(_channels_first(audio.samples), audio.sample_rate)
    y = fit_length(y.T if y.ndim == 2 else y, audio.frames)
    return Corrupted(audio.with_samples(y), {"via": "audiomentations.PitchShift"})


CORRUPTIONS = [
    Corruption("timing.speed", _speed, tuple({"factor": f} for f in (1.05, 1.1, 1.2, 1.35, 1.5)),
               "played faster by a factor (tempo and pitch rise together; soxr resampling)", length="frames / factor"),
    Corruption("timing.tempo", _tempo, tuple({"rate": r} for r in (1.1, 1.2, 1.35, 1.5, 1.75)),
               "time-stretched faster by a rate, pitch kept (audiomentations TimeStretch, Signalsmith)", length="frames / rate",
               requires=("audiomentations",)),
    Corruption("timing.pitch", _pitch, tuple({"semitones": s} for s in (1.0, 2.0, 4.0, 6.0, 9.0)),
               "pitch raised by semitones, tempo kept (audiomentations PitchShift, Signalsmith)", requires=("audiomentations",)),
]
CORRUPTIONS = [dataclasses.replace(c, seeded=False) for c in CORRUPTIONS]  # no randomness in this family
