"""Non-speech probes: audio with no words in it. The right transcript is empty (or an abstention).

Families: ``silence`` (digital, dithered, room tone, > 30 s), ``noise`` (white/pink/brown at
several RMS levels), ``tone`` (sines, sweep, DTMF, beeps, and synthesised chords, melody and drum loop,
named ``*_synthesised``), ``music`` (real recordings: excerpts of five CC-BY-SA hold-music tracks in
``fixtures/music``, built by ``scripts/make_music_fixtures.py``), ``event`` (the bundled real recordings of everyday sounds),
``garbage`` (clipped noise, DC offset, clicks) and ``short`` (< 0.5 s). Levels are RMS in dBFS unless named otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..corruptions.noise import colored_noise
from ..inputs.audio import Audio
from . import synth
from .base import PROBE_RATE, ProbeSpec

DURATION_S = 5.0
LONG_S = 40.0


def _audio(x: np.ndarray, name: str) -> Audio:
    return Audio(np.clip(x, -1.0, 1.0).astype(np.float32), PROBE_RATE, f"probe:{name}")


def _n(seconds: float) -> int:
    return round(seconds * PROBE_RATE)


def _spec(name: str, family: str, description: str, make: Callable[[np.random.Generator], np.ndarray]) -> ProbeSpec:
    return ProbeSpec(name, family, lambda rng: _audio(make(rng), name), description)


def _dither(rng: np.random.Generator, n: int) -> np.ndarray:
    """TPDF dither of +-1 LSB at 16 bits (about -98 dBFS RMS)."""
    lsb = 1 / 32768
    return (rng.uniform(-0.5, 0.5, n) + rng.uniform(-0.5, 0.5, n)) * lsb


def _room_tone(rng: np.random.Generator) -> np.ndarray:
    n = _n(DURATION_S)
    t = np.arange(n) / PROBE_RATE
    hum = sum(a * np.sin(2 * np.pi * f * t) for f, a in ((50, 1.0), (100, 0.5), (150, 0.3)))
    return (synth.set_rms(colored_noise(n, rng, 1.5), -60.0) + synth.set_rms(hum, -66.0))


def _noise(exponent: float, level_db: float) -> Callable[[np.random.Generator], np.ndarray]:
    return lambda rng: colored_noise(_n(DURATION_S), rng, exponent) * synth.dbfs(level_db)


def _event(name: str) -> Callable[[np.random.Generator], Audio]:
    def build(rng: np.random.Generator) -> Audio:
        from .events import bundled_events

        audio = bundled_events()[name].load()
        return Audio(audio.samples, audio.sample_rate, f"probe:event.{name}")

    return build


def music_manifest() -> Path:
    from ..inputs.data import fixtures_dir

    return fixtures_dir() / "music" / "manifest.jsonl"


def _music_rows() -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in music_manifest().read_text(encoding="utf-8").splitlines() if ln.strip()]


def _music(row: dict[str, Any]) -> ProbeSpec:
    def build(rng: np.random.Generator) -> Audio:
        audio = Audio.load(music_manifest().parent / row["file"])
        return Audio(audio.samples, audio.sample_rate, f"probe:music.{row['id']}")

    return ProbeSpec(f"music.{row['id']}", "music", build,
                     f"{row['description']}: {row['title']} by {row['artist']} ({row['license']})")


def _clipped(rng: np.random.Generator) -> np.ndarray:
    return np.clip(rng.standard_normal(_n(DURATION_S)) * 4.0, -1.0, 1.0) * 0.99


def _dc(rng: np.random.Generator) -> np.ndarray:
    return np.full(_n(DURATION_S), 0.5) + _dither(rng, _n(DURATION_S))


def _clicks(rng: np.random.Generator) -> np.ndarray:
    x = np.zeros(_n(DURATION_S))
    x[rng.integers(0, len(x), 40)] = rng.choice([-0.9, 0.9], 40)
    return x


def _event_specs() -> list[ProbeSpec]:
    from .events import bundled_events

    return [ProbeSpec(f"event.{e.id}", "event", _event(e.id), e.description) for e in bundled_events().values()]


PROBES: list[ProbeSpec] = [
    _spec("silence.digital", "silence", "5 s of exact zeros", lambda rng: np.zeros(_n(DURATION_S))),
    _spec("silence.dithered", "silence", "5 s of 16-bit TPDF dither (about -98 dBFS)", lambda rng: _dither(rng, _n(DURATION_S))),
    _spec("silence.room_tone", "silence", "5 s of room tone: -60 dBFS rumble plus 50 Hz mains hum", _room_tone),
    _spec("silence.long_40s", "silence", "40 s of 16-bit dither (longer than one 30 s Whisper window)",
          lambda rng: _dither(rng, _n(LONG_S))),
    _spec("noise.white_-45dBFS", "noise", "5 s white noise at -45 dBFS RMS", _noise(0.0, -45.0)),
    _spec("noise.white_-30dBFS", "noise", "5 s white noise at -30 dBFS RMS", _noise(0.0, -30.0)),
    _spec("noise.white_-15dBFS", "noise", "5 s white noise at -15 dBFS RMS", _noise(0.0, -15.0)),
    _spec("noise.pink_-40dBFS", "noise", "5 s pink (1/f) noise at -40 dBFS RMS", _noise(1.0, -40.0)),
    _spec("noise.pink_-20dBFS", "noise", "5 s pink (1/f) noise at -20 dBFS RMS", _noise(1.0, -20.0)),
    _spec("noise.brown_-35dBFS", "noise", "5 s brown (1/f^2) noise at -35 dBFS RMS", _noise(2.0, -35.0)),
    _spec("noise.brown_-15dBFS", "noise", "5 s brown (1/f^2) noise at -15 dBFS RMS", _noise(2.0, -15.0)),
    _spec("tone.sine_440Hz", "tone", "5 s 440 Hz sine at -20 dBFS RMS", lambda rng: synth.sine(440, DURATION_S)),
    _spec("tone.sine_1kHz_loud", "tone", "5 s 1 kHz sine at -6 dBFS RMS", lambda rng: synth.sine(1000, DURATION_S, -6.0)),
    _spec("tone.sweep_50Hz-7kHz", "tone", "5 s logarithmic sweep 50 Hz -> 7 kHz at -20 dBFS RMS",
          lambda rng: synth.log_sweep(50, 7000, DURATION_S)),
    _spec("tone.dtmf", "tone", "DTMF digits 0123456789*# (telephone keypad tones)", lambda rng: synth.dtmf("0123456789*#")),
    _spec("tone.beeps", "tone", "1 kHz beeps, 0.25 s every second, 5 s", lambda rng: synth.beep_train()),
    _spec("tone.chords_synthesised", "tone", "6 s synthesised piano-like chords I-V-vi-IV in C major",
          lambda rng: synth.chords()),
    _spec("tone.plucked_melody_synthesised", "tone", "6 s synthesised plucked-string pentatonic melody (seeded)",
          synth.plucked_melody),
    _spec("tone.drum_loop_synthesised", "tone", "6 s synthesised drum loop: kick, snare, hi-hat at 110 bpm",
          synth.drum_loop),
    *[_music(row) for row in _music_rows()],
    *_event_specs(),
    _spec("garbage.clipped_noise", "garbage", "5 s of hard-clipped loud noise (near full-scale square-ish)", _clipped),
    _spec("garbage.dc_offset", "garbage", "5 s of constant +0.5 DC offset with dither", _dc),
    _spec("garbage.clicks", "garbage", "5 s of silence with 40 random full-scale clicks", _clicks),
    _spec("short.silence_0.3s", "short", "0.3 s of exact zeros", lambda rng: np.zeros(_n(0.3))),
    _spec("short.noise_0.2s", "short", "0.2 s of white noise at -20 dBFS RMS",
          lambda rng: rng.standard_normal(_n(0.2)) * synth.dbfs(-20.0)),
    _spec("short.tone_0.1s", "short", "0.1 s 1 kHz beep at -20 dBFS RMS", lambda rng: synth.sine(1000, 0.1)),
]
