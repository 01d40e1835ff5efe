"""Reverberation and far field: synthetic room impulse responses (target RT60 and DRR), user RIR files,
FFT convolution (``scipy.signal.fftconvolve``) and distance-dependent air absorption.

The synthetic RIR is a direct impulse followed, after a 3 ms gap, by Gaussian noise under an
exponential envelope that falls 60 dB in RT60 (a diffuse late field). The direct impulse is scaled
to the target direct-to-reverberant ratio. Every application *measures* the RIR it used: RT60 by
Schroeder backward integration (T20: line fit from -5 to -25 dB of the late-field decay, extrapolated
to -60 dB) and DRR (energy within 2.5 ms of the direct peak vs the rest).

Output length equals input length: the reverberant tail beyond the end of the input is cut.
Output level is matched to the input's active speech level (ITU-T P.56), as an automatic gain control would.
"""

from __future__ import annotations

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ..inputs.data import fixtures_dir
from ..memo import memoized
from ._dsp import as_channels, load_file_audio
from .base import Corrupted, Corruption
from .noise import speech_power

_GAP_S = 0.003      # direct sound to onset of the late field
_DIRECT_S = 0.0025  # window around the direct peak counted as direct energy

#: air absorption in dB per metre (ISO 9613-1, 20 °C, 50 % relative humidity), octave centres in Hz
_AIR_DB_PER_M = ((63, 0.0001), (125, 0.0004), (250, 0.001), (500, 0.002), (1000, 0.005), (2000, 0.009),
                 (4000, 0.029), (8000, 0.1), (16000, 0.33))


def synthetic_rir(sample_rate: int, rt60_s: float, drr_db: float, rng: np.random.Generator) -> np.ndarray:
    """A diffuse-field RIR with the target RT60 (s) and direct-to-reverberant ratio (dB); direct at index 0."""
    if not 0.05 <= rt60_s <= 10:
        raise ConfigError(f"reverb: rt60_s must be between 0.05 and 10 s, got {rt60_s!r}")
    n = round(rt60_s * 1.2 * sample_rate) + 1
    t = np.arange(n) / sample_rate
    tail = rng.standard_normal(n) * 10 ** (-3 * t / rt60_s)
    tail[: int(_GAP_S * sample_rate)] = 0.0
    direct = np.sqrt(np.sum(tail**2) * 10 ** (drr_db / 10))
    h = tail
    h[0] = direct
    return h / direct


def _direct(h: np.ndarray, direct_index: int | None) -> int:
    return int(np.argmax(np.abs(h))) if direct_index is None else int(direct_index)


def rt60_schroeder(h: np.ndarray, sample_rate: int, direct_index: int | None = None) -> float:
    """RT60 (s) from an impulse response by Schroeder backward integration of its late field (T20 fit).

    ``direct_index`` locates the direct sound (default: the largest sample, right unless DRR is very low).
    """
    h = np.asarray(h, dtype=np.float64)
    h = h if h.ndim == 1 else h.mean(axis=1)
    peak = _direct(h, direct_index)
    late = h[peak + int(_DIRECT_S * sample_rate):]
    energy = np.cumsum(late[::-1] ** 2)[::-1]
    if energy.size == 0 or energy[0] <= 0:
        raise ConfigError("reverb: impulse response has no energy after the direct sound; cannot measure RT60")
    edc = 10 * np.log10(np.maximum(energy / energy[0], 1e-30))
    sel = np.nonzero((edc <= -5) & (edc >= -25))[0]
    if sel.size < 2:
        raise ConfigError("reverb: impulse response decays less than 25 dB; cannot measure RT60 (T20)")
    slope, _ = np.polyfit(sel / sample_rate, edc[sel], 1)
    return float(-60.0 / slope)


def drr_db(h: np.ndarray, sample_rate: int, direct_index: int | None = None) -> float:
    """Direct-to-reverberant ratio (dB): energy within 2.5 ms of the direct sound vs everything after."""
    h = np.asarray(h, dtype=np.float64)
    h = h if h.ndim == 1 else h.mean(axis=1)
    peak = _direct(h, direct_index)
    w = int(_DIRECT_S * sample_rate)
    direct = float(np.sum(h[max(0, peak - w): peak + w] ** 2))
    rev = float(np.sum(h[peak + w:] ** 2))
    return float("inf") if rev == 0 else float(10 * np.log10(direct / rev))


def air_absorption_db(freqs: np.ndarray, distance_m: float) -> np.ndarray:
    """Attenuation (dB) at ``freqs`` over ``distance_m`` of air (log-log interpolation of ISO 9613-1)."""
    f0 = np.log([f for f, _ in _AIR_DB_PER_M])
    a0 = np.log([a for _, a in _AIR_DB_PER_M])
    f = np.log(np.maximum(np.asarray(freqs, dtype=np.float64), _AIR_DB_PER_M[0][0]))
    a = np.interp(f, f0, a0)
    above = f > f0[-1]  # extrapolate the last octave's log-log slope
    a[above] = a0[-1] + (f[above] - f0[-1]) * (a0[-1] - a0[-2]) / (f0[-1] - f0[-2])
    return distance_m * np.exp(a)


def _convolve(audio: Audio, h: np.ndarray) -> np.ndarray:
    from scipy.signal import fftconvolve

    x = audio.samples.astype(np.float64)
    hh = h if audio.channels == 1 else as_channels(h, audio.channels)
    y = fftconvolve(x, hh, mode="full", axes=0)[: audio.frames]
    p_in, p_out = speech_power(x, audio.sample_rate), speech_power(y, audio.sample_rate)
    return y * np.sqrt(p_in / p_out) if p_out > 0 and p_in > 0 else y


def _measured(h: np.ndarray, sample_rate: int, direct_index: int | None = 0) -> dict[str, float]:
    return {"rt60_s_measured": round(rt60_schroeder(h, sample_rate, direct_index), 4),
            "drr_db_measured": round(drr_db(h, sample_rate, direct_index), 3),
            "rir_seconds": round(len(h) / sample_rate, 3)}


def _room(audio: Audio, rng: np.random.Generator, *, rt60_s: float, drr_db: float) -> Corrupted:
    h = synthetic_rir(audio.sample_rate, float(rt60_s), float(drr_db), rng)
    y = _convolve(audio, h)
    return Corrupted(audio.with_samples(y), _measured(h, audio.sample_rate))


def _far_field(audio: Audio, rng: np.random.Generator, *, distance_m: float, rt60_s: float,
               critical_distance_m: float) -> Corrupted:
    if distance_m <= 0 or critical_distance_m <= 0:
        raise ConfigError(
            f"reverb.far_field: distance_m and critical_distance_m must be > 0, got {distance_m}, {critical_distance_m}"
        )
    target_drr = 20 * np.log10(critical_distance_m / distance_m)  # direct falls as 1/r, diffuse field stays
    h = synthetic_rir(audio.sample_rate, float(rt60_s), float(target_drr), rng)
    spec = np.fft.rfft(h)
    freqs = np.fft.rfftfreq(len(h), 1 / audio.sample_rate)
    h = np.fft.irfft(spec * 10 ** (-air_absorption_db(freqs, distance_m) / 20), n=len(h))
    y = _convolve(audio, h)
    hf = float(air_absorption_db(np.array([4000.0]), distance_m)[0])
    return Corrupted(audio.with_samples(y), {**_measured(h, audio.sample_rate), "drr_db_target": round(float(target_drr), 3),
                                              "air_absorption_db_at_4khz": round(hf, 3)})


@memoized
def bundled_rir() -> str:
    return str(fixtures_dir() / "rirs" / "room_rt60_0p8.wav")


def _rir_file(audio: Audio, rng: np.random.Generator, *, path: str | None, drr_db: float | None) -> Corrupted:
    h = np.array(load_file_audio(path or bundled_rir(), audio.sample_rate, "reverb.rir_file"))
    peak = int(np.argmax(np.abs(h)))
    h = h[peak:]  # no pre-delay: the output stays aligned with the input
    if drr_db is not None:
        w = int(_DIRECT_S * audio.sample_rate)
        d, r = float(np.sum(h[:w] ** 2)), float(np.sum(h[w:] ** 2))
        if r > 0:
            h[w:] *= np.sqrt(d / (r * 10 ** (drr_db / 10)))
    y = _convolve(audio, h)
    return Corrupted(audio.with_samples(y), {**_measured(h, audio.sample_rate), "rir": str(path or bundled_rir())})


CORRUPTIONS = [
    Corruption(
        "reverb.room", _room,
        tuple({"rt60_s": r, "drr_db": d} for r, d in ((0.2, 12.0), (0.4, 6.0), (0.7, 2.0), (1.0, 0.0), (1.5, -3.0))),
        "a synthetic room: RT60 (s) and direct-to-reverberant ratio (dB); RT60 measured by Schroeder integration",
        length="same (tail past the end is cut)",
    ),
    Corruption(
        "reverb.far_field", _far_field,
        tuple({"distance_m": d, "rt60_s": 0.6, "critical_distance_m": 1.4} for d in (1.0, 2.0, 4.0, 8.0, 16.0)),
        "talker at a distance: DRR = 20·log10(critical distance / distance), plus air absorption over the distance",
        length="same (tail past the end is cut)",
    ),
    Corruption(
        "reverb.rir_file", _rir_file,
        tuple({"path": None, "drr_db": d} for d in (12.0, 6.0, 0.0, -6.0, -12.0)),
        "convolve with an impulse response file (param path; default the bundled RT60 0.8 s room), tail rescaled to a DRR (dB)",
        length="same (tail past the end is cut)", seeded=False,
    ),
]
