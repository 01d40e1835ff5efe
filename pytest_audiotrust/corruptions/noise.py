"""Additive noise at a target SNR, measured over the speech-active part of the signal.

SNR is computed against the power of the *active* frames of the clean signal
(frames within 40 dB of the loudest frame), so leading/trailing silence does not
dilute the speech power. The achieved SNR is measured after mixing and reported.
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .base import Corrupted, Corruption

SNR_LEVELS_DB = (30.0, 20.0, 10.0, 5.0, 0.0)
_FRAME_S = 0.02


def active_mask(x: np.ndarray, sample_rate: int, floor_db: float = 40.0) -> np.ndarray:
    """Per-sample mask of frames within ``floor_db`` of the loudest 20 ms frame (an energy VAD)."""
    mono = x if x.ndim == 1 else x.mean(axis=1)
    n = max(1, int(_FRAME_S * sample_rate))
    frames = len(mono) // n
    if frames == 0:
        return np.ones(len(mono), dtype=bool)
    energy = np.square(mono[: frames * n].astype(np.float64)).reshape(frames, n).mean(axis=1)
    peak = energy.max()
    if peak <= 0:
        return np.zeros(len(mono), dtype=bool)
    keep = energy >= peak * 10 ** (-floor_db / 10)
    mask = np.repeat(keep, n)
    return np.concatenate([mask, np.full(len(mono) - len(mask), keep[-1])])


def speech_power(x: np.ndarray, sample_rate: int) -> float:
    mask = active_mask(x, sample_rate)
    if not mask.any():
        return 0.0
    sel = x[mask] if x.ndim == 1 else x[mask].mean(axis=1)
    return float(np.mean(np.square(sel, dtype=np.float64)))


def measured_snr_db(clean: np.ndarray, noisy: np.ndarray, sample_rate: int) -> float:
    """SNR of ``noisy`` against ``clean`` over the clean signal's active frames."""
    mask = active_mask(clean, sample_rate)
    noise = (noisy - clean)[mask]
    p_noise = float(np.mean(np.square(noise, dtype=np.float64)))
    p_sig = speech_power(clean, sample_rate)
    if p_noise == 0:
        return float("inf")
    return 10 * np.log10(p_sig / p_noise)


def colored_noise(n: int, rng: np.random.Generator, exponent: float, channels: int = 1) -> np.ndarray:
    """Gaussian noise with a 1/f**exponent power spectrum (0 white, 1 pink, 2 brown), unit RMS."""
    shape = (n,) if channels == 1 else (n, channels)
    white = rng.standard_normal(shape)
    if exponent == 0:
        out = white
    else:
        spec = np.fft.rfft(white, axis=0)
        f = np.fft.rfftfreq(n)
        f[0] = f[1] if n > 1 else 1.0
        scale = f ** (-exponent / 2)
        spec *= scale if spec.ndim == 1 else scale[:, None]
        out = np.fft.irfft(spec, n=n, axis=0)
    out = out - out.mean(axis=0)
    rms = np.sqrt(np.mean(np.square(out)))
    return out / (rms if rms > 0 else 1.0)


def mix_at_snr(audio: Audio, noise: np.ndarray, snr_db: float) -> Corrupted:
    """Scale ``noise`` (same shape as the audio) so the speech-active SNR equals ``snr_db``; mix."""
    x = audio.samples.astype(np.float64)
    p_sig = speech_power(x, audio.sample_rate)
    if p_sig == 0:
        # No signal to measure against: treat the target as relative to full scale (0 dBFS).
        p_sig = 1.0
    mask = active_mask(x, audio.sample_rate)
    if not mask.any():
        mask = np.ones(len(x), dtype=bool)
    p_noise = float(np.mean(np.square(noise[mask], dtype=np.float64)))
    gain = np.sqrt(p_sig / (p_noise * 10 ** (snr_db / 10))) if p_noise > 0 else 0.0
    y = x + gain * noise
    achieved = {"snr_db": round(measured_snr_db(x, y, audio.sample_rate), 3), "noise_gain": float(gain)}
    return Corrupted(audio.with_samples(y.astype(np.float32)), achieved)


def _colored(exponent: float):
    def fn(audio: Audio, rng: np.random.Generator, *, snr_db: float) -> Corrupted:
        noise = colored_noise(audio.frames, rng, exponent, audio.channels)
        return mix_at_snr(audio, noise, snr_db)

    return fn


_LEVELS = tuple({"snr_db": s} for s in SNR_LEVELS_DB)

CORRUPTIONS = [
    Corruption("noise.white", _colored(0.0), _LEVELS, "white Gaussian noise at a target speech SNR (dB)"),
    Corruption("noise.pink", _colored(1.0), _LEVELS, "pink (1/f) noise at a target speech SNR (dB)"),
    Corruption("noise.brown", _colored(2.0), _LEVELS, "brown (1/f^2) noise at a target speech SNR (dB)"),
]
