"""Additive noise at a target SNR on the active speech level (ITU-T P.56, see :mod:`.levels`).

Noise types: white/pink/brown (spectral shaping of Gaussian noise), babble (the bundled bed: six
streams of three real talkers - French, Italian, Russian Asterisk voices, none of them in the test clips -
built offline by ``scripts/make_noise_fixtures.py``), ambient beds
synthesised on the fly from the seeded generator (street, cafe, car) and a user noise file.

The SNR is the ratio of the clean signal's active speech level, measured per ITU-T P.56 method B
(:mod:`.levels`), to the mean power of the added noise over the whole clip. Leading/trailing silence and
pauses therefore do not dilute the speech level. The achieved SNR is measured after mixing and reported.
"""

from __future__ import annotations

import numpy as np

from ..inputs.audio import Audio
from ..inputs.data import fixtures_dir
from .base import Corrupted, Corruption

SNR_LEVELS_DB = (30.0, 20.0, 10.0, 5.0, 0.0)


def speech_power(x: np.ndarray, sample_rate: int) -> float:
    """Power of the active speech in ``x`` per ITU-T P.56 (0.0 for silence)."""
    from .levels import active_power

    return active_power(x, sample_rate)


def _reference_power(x: np.ndarray, sample_rate: int) -> float:
    """What an SNR is relative to: the P.56 speech power, or full scale (1.0) for a silent signal."""
    p = speech_power(x, sample_rate)
    return p if p > 0 else 1.0


def measured_snr_db(clean: np.ndarray, noisy: np.ndarray, sample_rate: int) -> float:
    """SNR of ``noisy`` against ``clean``: P.56 active speech power of ``clean`` over the mean power of
    ``noisy - clean``. A silent ``clean`` is measured against full scale, as :func:`mix_at_snr` scales it."""
    noise = np.asarray(noisy, dtype=np.float64) - clean
    p_noise = float(np.mean(np.square(noise)))
    if p_noise == 0:
        return float("inf")
    return float(10 * np.log10(_reference_power(clean, sample_rate) / p_noise))


def colored_noise(n: int, rng: np.random.Generator, exponent: float, channels: int = 1) -> np.ndarray:
    """Gaussian noise with a 1/f**exponent power spectrum (0 white, 1 pink, 2 brown), unit RMS."""
    from scipy.fft import irfft, next_fast_len, rfft

    m = n if exponent == 0 else next_fast_len(n, real=True)  # FFT at a fast length, then cut
    shape = (m,) if channels == 1 else (m, channels)
    white = rng.standard_normal(shape)
    if exponent == 0:
        out = white
    else:
        spec = rfft(white, axis=0)
        f = np.fft.rfftfreq(m)
        f[0] = f[1] if m > 1 else 1.0
        scale = f ** (-exponent / 2)
        spec *= scale if spec.ndim == 1 else scale[:, None]
        out = irfft(spec, n=m, axis=0)[:n]
    out = out - out.mean(axis=0)
    rms = np.sqrt(np.mean(np.square(out)))
    return out / (rms if rms > 0 else 1.0)


def mix_at_snr(audio: Audio, noise: np.ndarray, snr_db: float) -> Corrupted:
    """Scale ``noise`` (same shape as the audio) so the P.56 speech-to-noise ratio equals ``snr_db``; mix."""
    x = audio.samples.astype(np.float64)
    p_sig = _reference_power(x, audio.sample_rate)
    p_noise = float(np.mean(np.square(noise, dtype=np.float64)))
    gain = np.sqrt(p_sig / (p_noise * 10 ** (snr_db / 10))) if p_noise > 0 else 0.0
    y = x + gain * noise
    achieved = {"snr_db_measured": round(float(measured_snr_db(x, y, audio.sample_rate)), 3), "noise_gain": round(float(gain), 6)}
    return Corrupted(audio.with_samples(y.astype(np.float32)), achieved)


def _colored(exponent: float):
    def fn(audio: Audio, rng: np.random.Generator, *, snr_db: float) -> Corrupted:
        noise = colored_noise(audio.frames, rng, exponent, audio.channels)
        return mix_at_snr(audio, noise, snr_db)

    return fn


# ---- beds -------------------------------------------------------------------------------------------

def _bed_from_file(path: str, audio: Audio, rng: np.random.Generator, what: str) -> np.ndarray:
    from ._dsp import as_channels, load_file_audio, loop_segment

    bed = load_file_audio(path, audio.sample_rate, what)
    return as_channels(loop_segment(bed, audio.frames, rng), audio.channels)


def babble_bed_path() -> str:
    return str(fixtures_dir() / "noise" / "babble.flac")


def _lowpassed(n: int, rng: np.random.Generator, sample_rate: int, exponent: float, high_hz: float) -> np.ndarray:
    from ._dsp import filt

    return filt(colored_noise(n, rng, exponent), sample_rate, high_hz=high_hz, order=4, zero_phase=False)


def _events(n: int, rng: np.random.Generator, sample_rate: int, per_second: float, length_s: float) -> list[tuple[int, int]]:
    """Random (start, length) event positions: a Poisson process with ``per_second`` events."""
    count = int(rng.poisson(per_second * n / sample_rate))
    starts = rng.integers(0, max(1, n), size=count)
    lengths = (rng.uniform(0.5, 1.5, size=count) * length_s * sample_rate).astype(int) + 1
    return list(zip(starts.tolist(), lengths.tolist(), strict=True))


def street_bed(n: int, sample_rate: int, rng: np.random.Generator) -> np.ndarray:
    """Traffic rumble + passing vehicles (swelling low-passed noise) + occasional two-tone horns."""
    t = np.arange(n) / sample_rate
    out = _lowpassed(n, rng, sample_rate, 1.5, 800.0)
    passing = np.zeros(n)
    for start, length in _events(n, rng, sample_rate, 0.4, 3.0):  # passing vehicles: Gaussian swells of one noise
        a, b = max(0, start - length), min(n, start + length)
        passing[a:b] += np.exp(-0.5 * ((np.arange(a, b) - start) / (length / 3)) ** 2)
    if passing.any():
        out += 3.0 * passing * _lowpassed(n, rng, sample_rate, 1.0, 2500.0)
    for start, length in _events(n, rng, sample_rate, 0.08, 0.35):  # horns
        seg = np.arange(start, min(n, start + length))
        f = rng.choice([380.0, 420.0, 470.0])
        out[seg] += 1.5 * (np.sign(np.sin(2 * np.pi * f * t[seg])) + np.sin(2 * np.pi * 1.26 * f * t[seg])) * 0.5
    return out


def cafe_bed(n: int, sample_rate: int, rng: np.random.Generator) -> np.ndarray:
    """Distant babble (the bundled bed, low-passed) + room tone + cutlery/dish clatter transients."""
    from ._dsp import filt, load_file_audio, loop_segment

    babble = loop_segment(load_file_audio(babble_bed_path(), sample_rate, "noise.cafe"), n, rng)
    babble = filt(babble, sample_rate, high_hz=min(3000.0, sample_rate * 0.45), order=4, zero_phase=False)
    out = babble / (np.std(babble) + 1e-12) + 0.3 * colored_noise(n, rng, 1.0)
    for start, length in _events(n, rng, sample_rate, 1.5, 0.06):
        seg = np.arange(start, min(n, start + length))
        ring = np.sin(2 * np.pi * rng.uniform(2000, min(7000, sample_rate * 0.45)) * (seg - start) / sample_rate)
        out[seg] += rng.uniform(1.0, 4.0) * ring * np.exp(-(seg - start) / (0.012 * sample_rate))
    return out


def car_bed(n: int, sample_rate: int, rng: np.random.Generator) -> np.ndarray:
    """Cabin noise: engine harmonics with slowly drifting rpm + low-passed road/tyre roar + wind."""
    t = np.arange(n) / sample_rate
    rpm = 1800 + 300 * np.sin(2 * np.pi * rng.uniform(0.03, 0.08) * t + rng.uniform(0, 2 * np.pi))
    phase = 2 * np.pi * np.cumsum(rpm / 60 * 2) / sample_rate  # 4-stroke, 4 cylinders: 2 firings per revolution
    z = np.exp(1j * phase)  # harmonics k = 1..5 as powers of one complex exponential (5x cheaper than 5 sines)
    zk, engine = z.copy(), z.imag.copy()
    for k in range(2, 6):
        zk *= z
        engine += zk.imag / k
    roar = _lowpassed(n, rng, sample_rate, 2.0, 400.0)
    wind = _lowpassed(n, rng, sample_rate, 1.0, 1500.0)
    return 0.6 * engine / np.std(engine) + roar / np.std(roar) + 0.4 * wind / (np.std(wind) + 1e-12)


def _ambient(builder):
    def fn(audio: Audio, rng: np.random.Generator, *, snr_db: float) -> Corrupted:
        from ._dsp import as_channels

        bed = builder(audio.frames, audio.sample_rate, rng)
        return mix_at_snr(audio, as_channels(bed, audio.channels), snr_db)

    return fn


def _babble(audio: Audio, rng: np.random.Generator, *, snr_db: float) -> Corrupted:
    return mix_at_snr(audio, _bed_from_file(babble_bed_path(), audio, rng, "noise.babble"), snr_db)


def _file(audio: Audio, rng: np.random.Generator, *, snr_db: float, path: str | None) -> Corrupted:
    bed = _bed_from_file(path or babble_bed_path(), audio, rng, "noise.file")
    out = mix_at_snr(audio, bed, snr_db)
    return Corrupted(out.audio, {**out.achieved, "path": str(path or babble_bed_path())})


_LEVELS = tuple({"snr_db": s} for s in SNR_LEVELS_DB)

CORRUPTIONS = [
    Corruption("noise.white", _colored(0.0), _LEVELS, "white Gaussian noise at a target speech SNR (dB)"),
    Corruption("noise.pink", _colored(1.0), _LEVELS, "pink (1/f) noise at a target speech SNR (dB)"),
    Corruption("noise.brown", _colored(2.0), _LEVELS, "brown (1/f^2) noise at a target speech SNR (dB)"),
    Corruption("noise.babble", _babble, _LEVELS,
               "real babble: 3 talkers (fr/it/ru) in 6 streams, none in the test clips; target SNR (dB)"),
    Corruption("noise.street", _ambient(street_bed), _LEVELS,
               "synthesised street: traffic rumble, passing vehicles, horns; SNR (dB)"),
    Corruption("noise.cafe", _ambient(cafe_bed), _LEVELS, "synthesised cafe: distant babble, room tone, dish clatter; SNR (dB)"),
    Corruption("noise.car", _ambient(car_bed), _LEVELS, "synthesised car cabin: engine harmonics, road roar, wind; SNR (dB)"),
    Corruption("noise.file", _file, tuple({"snr_db": s, "path": None} for s in SNR_LEVELS_DB),
               "a user noise file (param path; looped from a seeded offset; default the babble bed) at a target SNR (dB)"),
]
