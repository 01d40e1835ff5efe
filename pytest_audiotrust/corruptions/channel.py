"""Channel effects: clipping, level, filters, DC offset, quantisation, resampling chains.

Own code throughout (each a few lines of numpy/scipy, exactly parameterised and deterministic):
audiomentations' ``ClippingDistortion``/``LowPassFilter``/``BandPassFilter`` draw their parameters from
the global ``random`` module and cannot report what they achieved, so they serve only as the
benchmark's reference. Filters are zero-phase Butterworth (``sosfiltfilt``), so nothing is delayed.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ._dsp import band_energy_above, bandwidth_hz, filt, fit_length, snr_db
from .base import Corrupted, Corruption


def _clipping(audio: Audio, rng: np.random.Generator, *, clip_fraction: float) -> Corrupted:
    """Hard-clip at the level exceeded by ``clip_fraction`` of the samples (no make-up gain)."""
    if not 0 < clip_fraction < 1:
        raise ConfigError(f"channel.clipping: clip_fraction must be in (0, 1), got {clip_fraction!r}")
    x = audio.samples.astype(np.float64)
    level = float(np.quantile(np.abs(x), 1 - clip_fraction))
    y = np.clip(x, -level, level)
    achieved = {"clip_level": round(level, 5), "clipped_fraction": round(float(np.mean(np.abs(x) > level)), 5),
                "snr_db_vs_input": round(snr_db(x, y), 2)}
    return Corrupted(audio.with_samples(y), achieved)


def quantize(x: np.ndarray, bits: int) -> np.ndarray:
    """Uniform mid-tread quantiser over [-1, 1) with ``bits`` bits (values beyond full scale saturate)."""
    if not isinstance(bits, (int, np.integer)) or not 1 <= bits <= 24:
        raise ConfigError(f"channel: bits must be an int in 1..24, got {bits!r}")
    q = 2.0 ** (bits - 1)
    return np.clip(np.round(x * q), -q, q - 1) / q


def _gain(audio: Audio, rng: np.random.Generator, *, gain_db: float, bits: int) -> Corrupted:
    """Change the level, then store as ``bits``-bit PCM (so a quiet recording loses resolution, a loud one clips)."""
    x = audio.samples.astype(np.float64)
    scaled = x * 10 ** (gain_db / 20)
    y = quantize(scaled, bits)
    peak = float(np.max(np.abs(y)))
    achieved = {"peak_dbfs": round(float(20 * np.log10(peak)), 2) if peak > 0 else float("-inf"),
                "snr_db_vs_input": round(snr_db(scaled, y), 2)}
    return Corrupted(audio.with_samples(y), achieved)


def _filter(low: bool, high: bool):
    def fn(audio: Audio, rng: np.random.Generator, **p: float) -> Corrupted:
        lo, hi = p.get("low_hz") if low else None, p.get("high_hz") if high else None
        nyq = audio.sample_rate / 2
        if lo is not None and not 0 < lo < nyq:
            raise ConfigError(f"channel filter: low_hz must be in (0, {nyq:g}) Hz at {audio.sample_rate} Hz, got {lo!r}")
        if hi is not None and hi <= 0:
            raise ConfigError(f"channel filter: high_hz must be > 0 Hz, got {hi!r}")
        if hi is not None and hi >= nyq:  # nothing above Nyquist to remove: this edge is a no-op (reported)
            hi = None
        if lo is not None and hi is not None and lo >= hi:
            raise ConfigError(f"channel filter: low_hz {lo!r} must be below high_hz {hi!r}")
        y = filt(audio.samples.astype(np.float64), audio.sample_rate, low_hz=lo, high_hz=hi, order=int(p.get("order", 8)) // 2)
        achieved: dict[str, float | None] = {"bandwidth_hz": round(bandwidth_hz(y, audio.sample_rate)),
                                             "effective_high_hz": hi, "effective_low_hz": lo}
        if hi is not None:
            achieved["energy_above_cutoff"] = round(band_energy_above(y, audio.sample_rate, hi * 1.25), 6)
        return Corrupted(audio.with_samples(y), achieved)

    return fn


def _dc_offset(audio: Audio, rng: np.random.Generator, *, offset: float) -> Corrupted:
    """Add a DC offset (fraction of full scale); the converter saturates at ±1."""
    x = audio.samples.astype(np.float64)
    y = np.clip(x + offset, -1.0, 1.0)
    return Corrupted(audio.with_samples(y), {"mean": round(float(np.mean(y)), 5),
                                             "clipped_fraction": round(float(np.mean(np.abs(x + offset) > 1.0)), 5)})


def _quantize(audio: Audio, rng: np.random.Generator, *, bits: int) -> Corrupted:
    x = audio.samples.astype(np.float64)
    y = quantize(x, bits)
    return Corrupted(audio.with_samples(y), {"snr_db_vs_input": round(snr_db(x, y), 2)})


def _resample_chain(audio: Audio, rng: np.random.Generator, *, via_hz: list[int] | tuple[int, ...], quality: str) -> Corrupted:
    """Resample through each rate in ``via_hz`` and back (soxr ``quality``: HQ clean, LQ/QQ leave aliasing)."""
    import soxr

    rates = [int(r) for r in ([via_hz] if isinstance(via_hz, int) else via_hz)]
    if not rates or any(not 1000 <= r <= 384000 for r in rates):
        raise ConfigError(f"channel.resample: via_hz must be a list of rates in 1000..384000 Hz, got {via_hz!r}")
    if quality not in ("QQ", "LQ", "MQ", "HQ", "VHQ"):
        raise ConfigError(f"channel.resample: quality must be one of QQ/LQ/MQ/HQ/VHQ, got {quality!r}")
    y, rate = audio.samples.astype(np.float64), audio.sample_rate
    for r in [*rates, audio.sample_rate]:
        y, rate = np.asarray(soxr.resample(y, rate, r, quality=quality)), r
    y = fit_length(y, audio.frames)
    return Corrupted(audio.with_samples(y), {"bandwidth_hz": round(bandwidth_hz(y, audio.sample_rate)),
                                             "lowest_rate_hz": min(rates)})


CORRUPTIONS = [
    Corruption("channel.clipping", _clipping, tuple({"clip_fraction": f} for f in (0.001, 0.005, 0.02, 0.05, 0.15)),
               "hard clipping at the level exceeded by a fraction of the samples (no make-up gain)"),
    Corruption("channel.gain", _gain, tuple({"gain_db": g, "bits": 16} for g in (-12, -24, -36, -48, -60)),
               "level change (dB) then 16-bit PCM: a quiet recording loses resolution"),
    Corruption("channel.lowpass", _filter(False, True), tuple({"high_hz": f} for f in (6000, 4000, 3000, 2000, 1000)),
               "8th-order zero-phase Butterworth low-pass at a cutoff (Hz)"),
    Corruption("channel.highpass", _filter(True, False), tuple({"low_hz": f} for f in (150, 300, 600, 1000, 1500)),
               "8th-order zero-phase Butterworth high-pass at a cutoff (Hz)"),
    Corruption("channel.bandpass", _filter(True, True),
               tuple({"low_hz": lo, "high_hz": hi}
                     for lo, hi in ((100, 7000), (200, 5000), (300, 3400), (500, 2500), (800, 1800))),
               "zero-phase Butterworth band-pass (Hz)"),
    Corruption("channel.dc_offset", _dc_offset, tuple({"offset": o} for o in (0.01, 0.05, 0.1, 0.25, 0.5)),
               "DC offset (fraction of full scale), saturating at ±1"),
    Corruption("channel.quantize", _quantize, tuple({"bits": b} for b in (12, 10, 8, 6, 4)),
               "uniform quantisation to a bit depth, no dither"),
    Corruption("channel.resample", _resample_chain,
               ({"via_hz": [11025], "quality": "HQ"}, {"via_hz": [8000], "quality": "HQ"},
                {"via_hz": [22050, 8000], "quality": "LQ"},
                {"via_hz": [6000], "quality": "QQ"}, {"via_hz": [11025, 4000], "quality": "QQ"}),
               "resampling chain through lower rates and back (soxr; low qualities leave aliasing)"),
]
CORRUPTIONS = [dataclasses.replace(c, seeded=False) for c in CORRUPTIONS]  # no randomness in this family
