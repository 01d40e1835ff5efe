"""Signal generators for probes: tones, sweeps, DTMF, beeps and music-like test signals.

Everything is plain numpy, seeded by the ``rng`` passed in, float64 at ``PROBE_RATE``
unless a rate is given. Each generator is named for the signal it makes; none pretends to be
an everyday sound (the bundled event sounds are real recordings: ``fixtures/events``).
"""

from __future__ import annotations

import numpy as np

RATE = 16_000


def dbfs(level_db: float) -> float:
    """Linear amplitude of a level in dB relative to full scale."""
    return float(10 ** (level_db / 20))


def set_rms(x: np.ndarray, level_db: float) -> np.ndarray:
    rms = float(np.sqrt(np.mean(np.square(x)))) if len(x) else 0.0
    return x * (dbfs(level_db) / rms) if rms > 0 else x


def set_peak(x: np.ndarray, peak: float) -> np.ndarray:
    m = float(np.max(np.abs(x))) if len(x) else 0.0
    return x * (peak / m) if m > 0 else x


def _t(duration: float, sr: int = RATE) -> np.ndarray:
    return np.arange(round(duration * sr)) / sr


def _place(out: np.ndarray, x: np.ndarray, at_s: float, sr: int = RATE) -> None:
    i = int(at_s * sr)
    n = min(len(x), len(out) - i)
    if n > 0:
        out[i : i + n] += x[:n]


def _bandpass(x: np.ndarray, lo: float, hi: float, sr: int = RATE, order: int = 4) -> np.ndarray:
    from scipy.signal import butter, sosfilt

    sos = butter(order, [lo, min(hi, sr / 2 * 0.99)], btype="band", fs=sr, output="sos")
    return sosfilt(sos, x)


def _lowpass(x: np.ndarray, hi: float, sr: int = RATE, order: int = 4) -> np.ndarray:
    from scipy.signal import butter, sosfilt

    return sosfilt(butter(order, hi, btype="low", fs=sr, output="sos"), x)


def _highpass(x: np.ndarray, lo: float, sr: int = RATE, order: int = 4) -> np.ndarray:
    from scipy.signal import butter, sosfilt

    return sosfilt(butter(order, lo, btype="high", fs=sr, output="sos"), x)


def _fade(x: np.ndarray, ms: float = 10.0, sr: int = RATE) -> np.ndarray:
    n = min(len(x) // 2, int(ms / 1000 * sr))
    if n > 0:
        ramp = np.linspace(0.0, 1.0, n)
        x = x.copy()
        x[:n] *= ramp
        x[-n:] *= ramp[::-1]
    return x


# ----------------------------------------------------------------------------- tones and music
def sine(freq: float, duration: float, level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    return _fade(np.sin(2 * np.pi * freq * _t(duration, sr))) * dbfs(level_db) * np.sqrt(2)


def log_sweep(f0: float, f1: float, duration: float, level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    t = _t(duration, sr)
    k = np.log(f1 / f0)
    phase = 2 * np.pi * f0 * duration / k * (np.exp(t / duration * k) - 1)
    return _fade(np.sin(phase)) * dbfs(level_db) * np.sqrt(2)


DTMF = {"1": (697, 1209), "2": (697, 1336), "3": (697, 1477), "4": (770, 1209), "5": (770, 1336), "6": (770, 1477),
        "7": (852, 1209), "8": (852, 1336), "9": (852, 1477), "0": (941, 1336), "*": (941, 1209), "#": (941, 1477)}


def dtmf(digits: str, tone_s: float = 0.12, gap_s: float = 0.08, level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    parts = []
    for d in digits:
        lo, hi = DTMF[d]
        t = _t(tone_s, sr)
        parts.append(_fade(np.sin(2 * np.pi * lo * t) + np.sin(2 * np.pi * hi * t), 5, sr))
        parts.append(np.zeros(int(gap_s * sr)))
    return set_rms(np.concatenate(parts), level_db)


def beep_train(freq: float = 1000.0, beep_s: float = 0.25, period_s: float = 1.0, duration: float = 5.0,
               level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    out = np.zeros(int(duration * sr))
    for start in np.arange(0.0, duration - beep_s, period_s):
        _place(out, _fade(np.sin(2 * np.pi * freq * _t(beep_s, sr)), 5, sr), start, sr)
    return out * dbfs(level_db) * np.sqrt(2)


def _note(freq: float, duration: float, sr: int = RATE, decay: float = 2.5) -> np.ndarray:
    """A piano-ish additive note: 6 harmonics, exponential decay."""
    t = _t(duration, sr)
    x = sum(np.sin(2 * np.pi * freq * h * t) / h**1.5 for h in range(1, 7))
    return _fade(x * np.exp(-decay * t), 5, sr)


def _midi(n: float) -> float:
    return 440.0 * 2 ** ((n - 69) / 12)


def chords(duration: float = 6.0, level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    """I-V-vi-IV in C major, one chord per second, looped to ``duration``."""
    prog = [(60, 64, 67), (55, 59, 62), (57, 60, 64), (53, 57, 60)]
    out = np.zeros(int(duration * sr))
    for i, start in enumerate(np.arange(0.0, duration, 1.0)):
        for n in prog[i % len(prog)]:
            _place(out, _note(_midi(n), 1.2, sr), start, sr)
    return set_rms(out, level_db)


def plucked_melody(rng: np.random.Generator, duration: float = 6.0, level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    """Karplus-Strong plucked string playing a seeded pentatonic melody (eighth notes at 120 bpm)."""
    scale = [60, 62, 64, 67, 69, 72, 74, 76]
    out = np.zeros(int(duration * sr))
    step = 0.25
    for start in np.arange(0.0, duration - step, step):
        f = _midi(scale[int(rng.integers(len(scale)))])
        period = max(2, int(sr / f))
        n = int(0.6 * sr)
        buf = rng.uniform(-1, 1, period)
        y = np.empty(n)
        for i in range(n):
            y[i] = buf[i % period]
            buf[i % period] = 0.996 * 0.5 * (buf[i % period] + buf[(i + 1) % period])
        _place(out, _fade(y, 5, sr), start, sr)
    return set_rms(out, level_db)


def drum_loop(rng: np.random.Generator, duration: float = 6.0, level_db: float = -20.0, sr: int = RATE) -> np.ndarray:
    """Kick on 1 and 3, snare on 2 and 4, closed hi-hat on eighths, 110 bpm."""
    beat = 60 / 110
    out = np.zeros(int(duration * sr))
    t = _t(0.35, sr)
    kick = np.sin(2 * np.pi * (50 + 90 * np.exp(-t * 25)) * t) * np.exp(-t * 9)
    snare = (0.6 * rng.standard_normal(len(t)) + 0.4 * np.sin(2 * np.pi * 190 * t)) * np.exp(-t * 18)
    hat = _highpass(rng.standard_normal(int(0.05 * sr)), 6000, sr) * np.exp(-_t(0.05, sr) * 80)
    for i, start in enumerate(np.arange(0.0, duration, beat)):
        _place(out, kick if i % 2 == 0 else snare, start, sr)
        _place(out, 0.4 * hat, start, sr)
        _place(out, 0.3 * hat, start + beat / 2, sr)
    return set_rms(out, level_db)
