"""Transmission: packet loss (random, bursty, Gilbert-Elliott), with or without concealment; dropouts; jitter.

The signal is cut into packets of ``frame_ms``. A lost packet is either zeroed (``concealment="none"``)
or concealed by repeating the last received packet, attenuated 6 dB per further consecutive loss and
cross-faded over 2 ms (``"repeat"``, in the spirit of G.711 Appendix I). Patterns: ``random`` loses exactly
round(rate x packets) packets at uniformly random positions and ``bursty`` the same count in bursts of geometric
length (mean ``burst_frames``), so short clips get the rate asked for; ``gilbert_elliott`` runs the two-state
chain P(good->bad) = p, P(bad->good) = r = 1/burst_frames, every packet in the bad state lost, whose
stationary loss rate is p/(p+r) (the achieved rate varies per draw, as on a real network).
The achieved loss rate and mean burst length are reported. Output length equals input length.
"""

from __future__ import annotations

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from .base import Corrupted, Corruption

_FADE_S = 0.002


def loss_pattern(n_frames: int, rng: np.random.Generator, loss_rate: float, pattern: str, burst_frames: float) -> np.ndarray:
    """Boolean mask of lost packets."""
    if not 0 <= loss_rate < 1:
        raise ConfigError(f"transmission: loss_rate must be in [0, 1), got {loss_rate!r}")
    if pattern == "random":  # uniformly random positions, exactly round(rate * packets) of them
        lost = np.zeros(n_frames, dtype=bool)
        lost[rng.permutation(n_frames)[: round(loss_rate * n_frames)]] = True
        return lost
    if pattern in ("bursty", "gilbert_elliott") and burst_frames < 1:
        raise ConfigError(f"transmission: burst_frames must be >= 1, got {burst_frames!r}")
    if pattern == "bursty":  # exactly round(rate * packets) lost, in bursts of geometric length (mean burst_frames)
        lost = np.zeros(n_frames, dtype=bool)
        target = round(loss_rate * n_frames)
        while (have := int(lost.sum())) < target:
            length = min(int(rng.geometric(1.0 / burst_frames)), target - have)
            start = int(rng.integers(0, n_frames - length + 1))
            lost[start:start + length] = True
        return lost
    if pattern == "gilbert_elliott":
        r = 1.0 / burst_frames
        p = r * loss_rate / (1 - loss_rate)
        u = rng.random(n_frames)
        lost = np.zeros(n_frames, dtype=bool)
        bad = rng.random() < loss_rate  # start in the stationary distribution
        for i in range(n_frames):
            lost[i] = bad
            bad = (u[i] >= r) if bad else (u[i] < p)
        return lost
    raise ConfigError(f"transmission: pattern must be 'random', 'bursty' or 'gilbert_elliott', got {pattern!r}")


def _bursts(lost: np.ndarray) -> list[int]:
    out, run = [], 0
    for v in lost:
        if v:
            run += 1
        elif run:
            out.append(run)
            run = 0
    if run:
        out.append(run)
    return out


def apply_losses(x: np.ndarray, sample_rate: int, lost: np.ndarray, frame: int, concealment: str) -> np.ndarray:
    """Zero or conceal the lost packets of ``x`` (packets of ``frame`` samples), cross-fading every packet edge."""
    if concealment not in ("none", "repeat"):
        raise ConfigError(f"transmission: concealment must be 'none' or 'repeat', got {concealment!r}")
    if not lost.any():
        return x.copy()
    n = len(x)
    fade = max(1, min(frame, int(_FADE_S * sample_rate)))
    ramp = np.linspace(0.0, 1.0, fade, endpoint=False)
    if x.ndim == 2:
        ramp = ramp[:, None]
    padded = np.concatenate([x, np.zeros((frame + fade, *x.shape[1:]))])
    y = np.empty_like(padded)
    prev: np.ndarray | None = None
    last_good: np.ndarray | None = None
    run = 0
    for i, is_lost in enumerate(lost):
        a = i * frame
        if not is_lost:
            src, run = padded[a:a + frame + fade], 0
            last_good = padded[a:a + frame]
        else:
            run += 1
            if concealment == "none" or last_good is None:
                src = np.zeros((frame + fade, *x.shape[1:]))
            else:
                src = np.resize(last_good, (frame + fade, *x.shape[1:])) * 0.5 ** (run - 1)
        y[a:a + frame] = src[:frame]
        if prev is not None and (is_lost or lost[i - 1]):
            y[a:a + fade] = prev[frame:frame + fade] * (1 - ramp) + src[:fade] * ramp
        prev = src
    return y[:n]


def _packet_loss(audio: Audio, rng: np.random.Generator, *, loss_rate: float, frame_ms: float, pattern: str,
                 burst_frames: float, concealment: str) -> Corrupted:
    frame = round(frame_ms * audio.sample_rate / 1000)
    if frame < 1:
        raise ConfigError(f"transmission: frame_ms must give at least one sample, got {frame_ms!r}")
    n_frames = -(-audio.frames // frame)
    lost = loss_pattern(n_frames, rng, float(loss_rate), pattern, float(burst_frames))
    y = apply_losses(audio.samples.astype(np.float64), audio.sample_rate, lost, frame, concealment)
    bursts = _bursts(lost)
    achieved = {"loss_rate_achieved": round(float(lost.mean()), 5), "packets": n_frames, "packets_lost": int(lost.sum()),
                "mean_burst_packets": round(float(np.mean(bursts)), 3) if bursts else 0.0}
    return Corrupted(audio.with_samples(y), achieved)


def _dropout(audio: Audio, rng: np.random.Generator, *, per_second: float, dropout_ms: float) -> Corrupted:
    """Silence round(per_second x duration) stretches of ``dropout_ms`` (at least one) at uniformly random times,
    with 2 ms fades; reports the fraction of time lost."""
    n, sr = audio.frames, audio.sample_rate
    count = max(1, round(per_second * n / sr)) if per_second > 0 else 0
    length = int(dropout_ms * sr / 1000)
    gain = np.ones(n)
    fade = max(1, int(_FADE_S * sr))
    down = np.linspace(1.0, 0.0, fade + 1)[1:]
    for start in np.sort(rng.integers(0, n, size=count)):
        a, b = int(start), min(n, int(start) + length)
        gain[a:b] = 0.0
        lo = max(0, a - fade)  # fade out before the gap and back in after it
        gain[lo:a] = np.minimum(gain[lo:a], down[fade - (a - lo):])
        hi = min(n, b + fade)
        gain[b:hi] = np.minimum(gain[b:hi], down[::-1][: hi - b])
    x = audio.samples.astype(np.float64)
    y = x * (gain if x.ndim == 1 else gain[:, None])
    return Corrupted(audio.with_samples(y), {"dropouts": count, "time_dropped_fraction": round(float(np.mean(gain == 0)), 5)})


def _jitter(audio: Audio, rng: np.random.Generator, *, jitter_ms: float, buffer_ms: float, frame_ms: float) -> Corrupted:
    """Network delay per packet = |N(0, jitter_ms)|; packets later than the playout buffer are concealed (repeat).

    The number of late packets is its expectation, round(packets x P(|N| > buffer)), so short clips get the
    rate the parameters imply; which packets are late follows the drawn delays (the largest ones).
    """
    from math import erf, sqrt

    frame = round(frame_ms * audio.sample_rate / 1000)
    n_frames = -(-audio.frames // frame)
    delay = np.abs(rng.normal(0.0, float(jitter_ms), size=n_frames))
    p_late = 1.0 - erf(buffer_ms / (jitter_ms * sqrt(2))) if jitter_ms > 0 else 0.0
    late = np.zeros(n_frames, dtype=bool)
    late[np.argsort(-delay, kind="stable")[: round(p_late * n_frames)]] = True
    y = apply_losses(audio.samples.astype(np.float64), audio.sample_rate, late, frame, "repeat")
    return Corrupted(audio.with_samples(y), {"late_rate_achieved": round(float(late.mean()), 5),
                                             "late_rate_expected": round(p_late, 5),
                                             "delay_p95_ms": round(float(np.quantile(delay, 0.95)), 2)})


_RATES = (0.01, 0.03, 0.05, 0.10, 0.20)


def _levels(**fixed: object) -> tuple[dict[str, object], ...]:
    return tuple({"loss_rate": r, **fixed} for r in _RATES)


CORRUPTIONS = [
    Corruption("transmission.packet_loss", _packet_loss,
               _levels(frame_ms=20.0, pattern="random", burst_frames=1.0, concealment="none"),
               "random (Bernoulli) loss of 20 ms packets at a rate 1/3/5/10/20 %, lost packets zeroed"),
    Corruption("transmission.packet_loss_plc", _packet_loss,
               _levels(frame_ms=20.0, pattern="random", burst_frames=1.0, concealment="repeat"),
               "random loss of 20 ms packets, concealed by repeating the last packet (decaying)"),
    Corruption("transmission.burst_loss", _packet_loss,
               _levels(frame_ms=20.0, pattern="bursty", burst_frames=4.0, concealment="none"),
               "bursty loss of 20 ms packets: exactly the rate, in bursts of geometric length (mean 4 packets), zeroed"),
    Corruption("transmission.gilbert_elliott", _packet_loss,
               _levels(frame_ms=20.0, pattern="gilbert_elliott", burst_frames=4.0, concealment="none"),
               "Gilbert-Elliott two-state loss of 20 ms packets (stationary rate 1/3/5/10/20 %, mean burst 4): varies per draw"),
    Corruption("transmission.dropout", _dropout,
               tuple({"per_second": p, "dropout_ms": d} for p, d in ((0.2, 50), (0.5, 100), (0.5, 200), (1.0, 250), (1.0, 500))),
               "silent dropouts at random times: rate (per s, at least one) and length (ms)"),
    Corruption("transmission.jitter", _jitter,
               tuple({"jitter_ms": j, "buffer_ms": 40.0, "frame_ms": 20.0} for j in (10, 15, 20, 30, 50)),
               "per-packet network delay |N(0, jitter_ms)| against a 40 ms playout buffer; late packets concealed"),
]
