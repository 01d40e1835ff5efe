"""Active speech level per ITU-T P.56 (method B), the reference every SNR in the noise family is set and measured on.

Method B of ITU-T Rec. P.56 (12/2011), as in the ITU-T G.191 ``sv56`` tool: the rectified signal is smoothed
twice by a one-pole filter with time constant 0.03 s; a sample counts as active for a threshold ``c`` while
the envelope is at least ``c`` or fell below it less than the 0.2 s hangover ago. Thresholds are a ladder
of 6 dB steps; the active level is where the level of the active samples lies 15.9 dB (the margin ``M``)
above the threshold, interpolated in dB between the two rungs around it. Full scale is 1.0 (0 dBov).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TIME_CONSTANT_S = 0.03
HANGOVER_S = 0.2
MARGIN_DB = 15.9
#: thresholds 2**-k, k = 0..STEPS-1: 1.0 (0 dBov) down to ~-180 dBov in 6.02 dB steps
STEPS = 30


@dataclass(frozen=True)
class ActiveLevel:
    """P.56 result: ``level_db`` (dBov, 10·log10 of ``power``), ``power`` (mean square of active speech),
    ``activity`` (fraction of samples counted active). A silent signal has power 0 and level -inf."""

    level_db: float
    power: float
    activity: float


def _mono(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    return x if x.ndim == 1 else x.mean(axis=1)


def envelope(x: np.ndarray, sample_rate: int) -> np.ndarray:
    """The P.56 envelope q(n): |x| through two cascaded one-pole smoothers, g = exp(-1 / (fs · 0.03 s))."""
    from scipy.signal import lfilter

    g = np.exp(-1.0 / (sample_rate * TIME_CONSTANT_S))
    p = lfilter([1 - g], [1, -g], np.abs(_mono(x)))
    return lfilter([1 - g], [1, -g], p)


def active_level(x: np.ndarray, sample_rate: int) -> ActiveLevel:
    """ITU-T P.56 method B active level of ``x`` (float samples, full scale 1.0; a multichannel signal is mixed)."""
    mono = _mono(x)
    n = len(mono)
    energy = float(np.sum(np.square(mono)))
    if n == 0 or energy == 0.0:
        return ActiveLevel(float("-inf"), 0.0, 0.0)
    q = envelope(mono, sample_rate)
    # a sample is active for threshold c when the envelope reached c at any of the samples n-hang .. n, i.e. when
    # the trailing maximum of q over hang+1 samples is >= c: one sliding maximum serves every threshold
    from scipy.ndimage import maximum_filter1d

    hang = round(HANGOVER_S * sample_rate)
    width = hang + 1
    trailing = maximum_filter1d(np.concatenate([np.zeros(hang), q]), size=width, mode="constant", cval=0.0)
    held = np.sort(trailing[width // 2: width // 2 + n])
    thresholds = 2.0 ** -np.arange(STEPS - 1, -1, -1)  # ascending: quietest rung first
    deltas, levels, counts = [], [], []
    for c in thresholds:
        count = n - int(np.searchsorted(held, c, side="left"))
        if count == 0:
            break
        level = 10 * np.log10(energy / count)
        counts.append(count)
        levels.append(level)
        deltas.append(level - 20 * np.log10(c))
    if not levels:  # quieter than the lowest rung everywhere: nothing is active; report the long-term level
        mean = energy / n
        return ActiveLevel(float(10 * np.log10(mean)), float(mean), 0.0)
    # delta falls as the threshold rises; find the first rung at or below the margin and interpolate
    for j, d in enumerate(deltas):
        if d <= MARGIN_DB:
            if j == 0:
                return _result(levels[0], counts[0], n)
            d0, d1 = deltas[j - 1], d
            frac = (d0 - MARGIN_DB) / (d0 - d1)
            level = levels[j - 1] + frac * (levels[j] - levels[j - 1])
            count = counts[j - 1] + frac * (counts[j] - counts[j - 1])
            return _result(level, count, n)
    # never within the margin (e.g. a full-scale square wave): every rung's active part is the level
    return _result(levels[-1], counts[-1], n)


def _result(level_db: float, count: float, n: int) -> ActiveLevel:
    return ActiveLevel(float(level_db), float(10 ** (level_db / 10)), float(count / n))


def active_power(x: np.ndarray, sample_rate: int) -> float:
    """Mean square of the active speech per P.56 (0.0 for a silent signal)."""
    return active_level(x, sample_rate).power
