"""Signal generators for probes: tones, sweeps, music-like signals and synthetic everyday sounds.

Everything is plain numpy, seeded by the ``rng`` passed in, float64 at ``PROBE_RATE``
unless a rate is given. ``scripts/make_event_fixtures.py`` renders the ``EVENTS`` here
into ``fixtures/events/`` so the bundled event sounds are reproducible from source.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..corruptions.noise import colored_noise

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


# ----------------------------------------------------------------------------- everyday sounds (events)
def dog_bark(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """Barks: a harmonic, quickly falling voiced burst (f0 ~ 450 -> 300 Hz) with breath noise and a formant."""
    out = np.zeros(int(duration * sr))
    for start in (0.2, 0.55, 1.6, 1.95):
        d = rng.uniform(0.14, 0.2)
        t = _t(d, sr)
        f0 = rng.uniform(420, 520) * (1 - 0.35 * t / d)
        phase = 2 * np.pi * np.cumsum(f0) / sr
        voiced = sum(np.sin(h * phase) / h for h in range(1, 12))
        env = (1 - np.exp(-t * 200)) * np.exp(-t * 12)
        bark = _bandpass(voiced + 0.6 * rng.standard_normal(len(t)), 300, 3000, sr, 2) * env
        _place(out, bark, start + rng.uniform(-0.02, 0.02), sr)
    return set_peak(out, 0.7)


def door_knock(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """Two groups of three knuckle knocks on a wooden door: damped low resonances plus a click."""
    out = np.zeros(int(duration * sr))
    t = _t(0.12, sr)
    for group in (0.3, 1.6):
        for k in range(3):
            body = sum(a * np.sin(2 * np.pi * f * rng.uniform(0.97, 1.03) * t) * np.exp(-t * dmp)
                       for f, a, dmp in ((110, 1.0, 45), (240, 0.6, 60), (520, 0.3, 90)))
            click = _highpass(rng.standard_normal(len(t)), 1500, sr) * np.exp(-t * 400) * 0.4
            _place(out, body + click, group + k * 0.22, sr)
    return set_peak(out, 0.7)


def siren(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """An emergency-vehicle wail: a bright tone sweeping 650-1400 Hz with a 1.5 s period."""
    t = _t(duration, sr)
    f = 1025 + 375 * np.sin(2 * np.pi * t / 1.5 + rng.uniform(0, 2 * np.pi))
    phase = 2 * np.pi * np.cumsum(f) / sr
    x = sum(np.sin(h * phase) / h for h in range(1, 6))
    return set_peak(_fade(x, 50, sr), 0.6)


def bell(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """Two strikes of a bell: inharmonic partials (1, 2.76, 5.4, 8.93 x 660 Hz) with long decays."""
    out = np.zeros(int(duration * sr))
    t = _t(2.0, sr)
    for start, f in ((0.1, 660.0), (1.2, 660.0 * 0.75)):
        x = sum(a * np.sin(2 * np.pi * f * r * t) * np.exp(-t * dmp)
                for r, a, dmp in ((1, 1.0, 1.5), (2.76, 0.5, 2.5), (5.4, 0.25, 4.0), (8.93, 0.12, 6.0)))
        _place(out, x, start, sr)
    return set_peak(out, 0.6)


def glass_break(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """A crash of bright noise then many small high-pitched decaying shards."""
    out = np.zeros(int(duration * sr))
    t = _t(0.4, sr)
    _place(out, _highpass(rng.standard_normal(len(t)), 2500, sr) * np.exp(-t * 15), 0.2, sr)
    for _ in range(60):
        d = rng.uniform(0.03, 0.15)
        ts = _t(d, sr)
        shard = np.sin(2 * np.pi * rng.uniform(3000, 7500) * ts) * np.exp(-ts * rng.uniform(30, 80))
        _place(out, shard * rng.uniform(0.1, 0.5), 0.2 + rng.exponential(0.35), sr)
    return set_peak(out, 0.6)


def footsteps(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """Walking on a hard floor: heel thump then toe scuff, one step every ~0.5 s."""
    out = np.zeros(int(duration * sr))
    t = _t(0.09, sr)
    for start in np.arange(0.15, duration - 0.2, 0.5):
        heel = _lowpass(rng.standard_normal(len(t)), 700, sr) * np.exp(-t * 60)
        toe = _bandpass(rng.standard_normal(len(t)), 800, 4000, sr, 2) * np.exp(-t * 90) * 0.3
        _place(out, heel, start + rng.uniform(-0.02, 0.02), sr)
        _place(out, toe, start + 0.07, sr)
    return set_peak(out, 0.6)


def rain(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """Steady rain: a band of pink noise plus hundreds of tiny drop clicks."""
    n = int(duration * sr)
    bed = _bandpass(colored_noise(n, rng, 1.0), 400, 7000, sr, 2) * 0.08
    t = _t(0.01, sr)
    for start in rng.uniform(0, duration, int(150 * duration)):
        drop = np.sin(2 * np.pi * rng.uniform(1500, 5000) * t) * np.exp(-t * 600) * rng.uniform(0.02, 0.15)
        _place(bed, drop, start, sr)
    return set_peak(_fade(bed, 100, sr), 0.5)


def engine(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """A car engine idling then revving: firing pulses (~30 -> 80 Hz) through a low body resonance."""
    t = _t(duration, sr)
    f = 30 + 50 * np.clip((t - 1.0) / 1.2, 0, 1) ** 2
    phase = 2 * np.pi * np.cumsum(f) / sr
    pulses = sum(np.sin(h * phase) / h for h in range(1, 20))
    rumble = _lowpass(rng.standard_normal(len(t)), 300, sr) * 0.6
    x = _lowpass(pulses + rumble, 1200, sr) * (1 + 0.2 * np.sin(2 * np.pi * 3 * t))
    return set_peak(_fade(x, 80, sr), 0.6)


def phone_ring(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """A telephone ringing (UK cadence): 400+450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off."""
    out = np.zeros(int(duration * sr))
    t = _t(0.4, sr)
    ring = np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)
    ring = np.sign(ring) * np.abs(ring) ** 0.7  # a little buzz
    for start in (0.1, 0.7, 2.1, 2.7):
        _place(out, _fade(ring, 10, sr), start, sr)
    return set_peak(out, 0.5)


def birds(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """Birdsong: fast rising/falling FM chirps between 2.5 and 6 kHz in short phrases."""
    out = np.zeros(int(duration * sr))
    for start in np.sort(rng.uniform(0, duration - 0.2, 18)):
        d = rng.uniform(0.05, 0.14)
        t = _t(d, sr)
        f = rng.uniform(2500, 4000) + rng.uniform(-1500, 2000) * (t / d) + 300 * np.sin(2 * np.pi * 40 * t)
        chirp = np.sin(2 * np.pi * np.cumsum(f) / sr) * np.sin(np.pi * t / d) ** 2
        _place(out, chirp * rng.uniform(0.3, 1.0), start, sr)
    return set_peak(out, 0.5)


def applause(rng: np.random.Generator, duration: float = 3.0, sr: int = RATE) -> np.ndarray:
    """A crowd clapping: thousands of short band-passed noise bursts, swelling then fading."""
    n = int(duration * sr)
    out = np.zeros(n)
    t = _t(0.015, sr)
    for start in rng.uniform(0, duration, int(400 * duration)):
        clap = rng.standard_normal(len(t)) * np.exp(-t * 300)
        _place(out, clap * rng.uniform(0.2, 1.0), start, sr)
    out = _bandpass(out, 600, 6000, sr, 2)
    env = np.minimum(1.0, _t(duration, sr) / 0.4) * np.minimum(1.0, (duration - _t(duration, sr)) / 0.8)
    return set_peak(out * env, 0.6)


#: name -> (generator, the phrase a question uses for it, description).
EVENTS: dict[str, tuple[Callable[..., np.ndarray], str, str]] = {
    "dog_bark": (dog_bark, "a dog barking", "four dog-bark-like voiced bursts"),
    "door_knock": (door_knock, "someone knocking on a door", "two groups of three knocks on wood"),
    "siren": (siren, "a siren", "an emergency-vehicle wail sweeping 650-1400 Hz"),
    "bell": (bell, "a bell ringing", "two strikes of an inharmonic bell"),
    "glass_break": (glass_break, "glass breaking", "a bright crash then falling shards"),
    "footsteps": (footsteps, "footsteps", "six steps on a hard floor"),
    "rain": (rain, "rain", "steady rain with drops"),
    "engine": (engine, "a car engine", "an engine idling then revving"),
    "phone_ring": (phone_ring, "a telephone ringing", "two rings of a UK telephone"),
    "birds": (birds, "birds chirping", "birdsong chirps at 2.5-6 kHz"),
    "applause": (applause, "applause", "a crowd clapping"),
}
