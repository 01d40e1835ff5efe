"""Small signal helpers shared by the corruption families (filters, resampling, measurement)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ..memo import memoized


@memoized
def _butter(kind: str, edges: tuple[float, ...], sample_rate: int, order: int) -> np.ndarray:
    from scipy.signal import butter

    return butter(order, list(edges) if len(edges) > 1 else edges[0], btype=kind, fs=sample_rate, output="sos")


def filt(x: np.ndarray, sample_rate: int, *, low_hz: float | None = None, high_hz: float | None = None,
         order: int = 6, zero_phase: bool = True) -> np.ndarray:
    """Butterworth high-pass above ``low_hz`` and/or low-pass below ``high_hz`` (length preserved)."""
    from scipy.signal import sosfilt, sosfiltfilt

    nyq = sample_rate / 2
    if high_hz is not None and high_hz >= nyq * 0.999:
        high_hz = None
    if low_hz is not None and low_hz <= 0:
        low_hz = None
    if low_hz is None and high_hz is None:
        return x
    if low_hz is not None and high_hz is not None:
        sos = _butter("bandpass", (float(low_hz), float(high_hz)), sample_rate, order)
    elif low_hz is not None:
        sos = _butter("highpass", (float(low_hz),), sample_rate, order)
    else:
        sos = _butter("lowpass", (float(high_hz),), sample_rate, order)
    f = sosfiltfilt if zero_phase and len(x) > 3 * (2 * len(sos) + 1) else sosfilt
    return f(sos, x, axis=0)


def resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    """soxr resampling (high quality); identity when the rates match."""
    if src == dst:
        return x
    import soxr

    return np.asarray(soxr.resample(x, src, dst, quality="HQ"))


def fit_length(x: np.ndarray, n: int) -> np.ndarray:
    """Cut or zero-pad along axis 0 to exactly ``n`` frames."""
    if len(x) == n:
        return x
    if len(x) > n:
        return x[:n]
    pad = [(0, n - len(x))] + [(0, 0)] * (x.ndim - 1)
    return np.pad(x, pad)


def as_channels(x: np.ndarray, channels: int) -> np.ndarray:
    """Mono noise/RIR to ``channels`` columns (identical), or keep as is when it already matches."""
    if channels == 1:
        return x if x.ndim == 1 else x.mean(axis=1)
    if x.ndim == 1:
        return np.repeat(x[:, None], channels, axis=1)
    if x.shape[1] != channels:
        return np.repeat(x.mean(axis=1)[:, None], channels, axis=1)
    return x


def loop_segment(bed: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` frames of ``bed`` from a random offset, wrapping around (tiling) when the bed is short."""
    start = int(rng.integers(0, len(bed)))
    reps = -(-(start + n) // len(bed))
    tiled = np.concatenate([bed] * reps, axis=0) if reps > 1 else bed
    return tiled[start:start + n]


def band_energy_above(x: np.ndarray, sample_rate: int, cutoff_hz: float) -> float:
    """Fraction of the signal's energy above ``cutoff_hz`` (0..1)."""
    from scipy.fft import next_fast_len, rfft

    mono = x if x.ndim == 1 else x.mean(axis=1)
    m = next_fast_len(len(mono), real=True)
    spec = np.abs(rfft(mono.astype(np.float64), n=m)) ** 2
    freqs = np.fft.rfftfreq(m, 1 / sample_rate)
    total = spec.sum()
    return float(spec[freqs > cutoff_hz].sum() / total) if total > 0 else 0.0


def bandwidth_hz(x: np.ndarray, sample_rate: int, fraction: float = 0.995) -> float:
    """Frequency below which ``fraction`` of the energy lies (the measured bandwidth).

    Averaged periodogram of non-overlapping Hann-windowed 1024-sample frames (one batched FFT)."""
    from scipy.fft import rfft

    mono = (x if x.ndim == 1 else x.mean(axis=1)).astype(np.float64)
    n = min(1024, len(mono))
    k = len(mono) // n
    frames = mono[: k * n].reshape(k, n) * np.hanning(n)
    psd = np.mean(np.abs(rfft(frames, axis=1)) ** 2, axis=0)
    freqs = np.fft.rfftfreq(n, 1 / sample_rate)
    cum = np.cumsum(psd)
    if cum[-1] <= 0:
        return 0.0
    return float(freqs[int(np.searchsorted(cum, fraction * cum[-1]))])


def snr_db(reference: np.ndarray, test: np.ndarray) -> float:
    """Plain SNR of ``test`` against ``reference`` (whole signal)."""
    n = min(len(reference), len(test))
    reference, test = reference[:n], test[:n]
    err = float(np.sum(np.square(test - reference, dtype=np.float64)))
    sig = float(np.sum(np.square(reference, dtype=np.float64)))
    if err == 0:
        return float("inf")
    return float(10 * np.log10(sig / err)) if sig > 0 else float("-inf")


def lag_samples(reference: np.ndarray, delayed: np.ndarray, max_lag: int) -> int:
    """Delay of ``delayed`` relative to ``reference`` by cross-correlation, searched in 0..max_lag (one FFT size)."""
    from scipy.fft import irfft, next_fast_len, rfft

    a = (reference if reference.ndim == 1 else reference.mean(axis=1)).astype(np.float64)
    b = (delayed if delayed.ndim == 1 else delayed.mean(axis=1)).astype(np.float64)
    m = next_fast_len(max(len(a), len(b)) + max_lag, real=True)
    xc = irfft(rfft(b, n=m) * np.conj(rfft(a, n=m)), n=m)  # xc[k] = sum_t b[t + k] a[t]
    return int(np.argmax(xc[: max_lag + 1]))


def load_file_audio(path: object, sample_rate: int, what: str) -> np.ndarray:
    """Load a user-supplied audio file (noise bed or RIR) as mono float64 at ``sample_rate``."""
    if not isinstance(path, (str, Path)) or not str(path):
        raise ConfigError(f"{what}: parameter 'path' must name an audio file, got {path!r}")
    return _load_cached(str(Path(path).expanduser().resolve()), sample_rate, what)


@memoized
def _load_cached(path: str, sample_rate: int, what: str) -> np.ndarray:
    if not Path(path).is_file():
        raise ConfigError(f"{what}: file {path} does not exist (parameter 'path')")
    audio = Audio.load(path).to_mono()
    if audio.sample_rate != sample_rate:
        audio = audio.resample(sample_rate)
    arr = audio.samples.astype(np.float64)
    arr.setflags(write=False)
    return arr
