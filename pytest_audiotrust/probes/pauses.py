"""Long-pause and truncation probes built from speech clips: the transcript must hold what was said, nothing more.

Whisper-style models invent words in long non-speech stretches around and inside speech
("Careless Whisper", Koenecke et al., FAccT 2024). Each variant takes a clip (audio + exact
transcript) and adds silence or noise, or cuts it mid-word; the reference stays the clip's
transcript, so ``expect.no_insertions(out, probe.reference)`` counts words never said.

Silence here is 16-bit TPDF dither (about -98 dBFS), as a real recorder would give.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..errors import unknown_name
from .base import PROBE_RATE, Probe

if TYPE_CHECKING:
    from ..inputs.audio import Clip
    from ..inputs.clips import ClipEntry

_FRAME = int(0.02 * PROBE_RATE)


def _dither(rng: np.random.Generator, seconds: float) -> np.ndarray:
    n = round(seconds * PROBE_RATE)
    return (rng.uniform(-0.5, 0.5, n) + rng.uniform(-0.5, 0.5, n)) / 32768


def _frame_energy(x: np.ndarray) -> np.ndarray:
    n = len(x) // _FRAME
    return np.square(x[: n * _FRAME].astype(np.float64)).reshape(n, _FRAME).mean(axis=1)


def _active_span(e: np.ndarray) -> tuple[int, int]:
    on = np.flatnonzero(e >= e.max() * 1e-4)
    return int(on[0]), int(on[-1]) + 1


def mid_word(x: np.ndarray) -> int:
    """Sample index of the loudest 20 ms frame in 55-80 % of the speech (inside a word)."""
    e = _frame_energy(x)
    a, b = _active_span(e)
    lo, hi = a + int(0.55 * (b - a)), a + int(0.8 * (b - a))
    return (lo + int(np.argmax(e[lo:hi]))) * _FRAME + _FRAME // 2


Builder = Callable[[np.ndarray, np.ndarray, np.random.Generator], tuple[np.ndarray, dict]]


def _leading(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict]:
    return np.concatenate([_dither(rng, 10.0), x]), {"silence_s": 10.0, "where": "before"}


def _trailing(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict]:
    return np.concatenate([x, _dither(rng, 10.0)]), {"silence_s": 10.0, "where": "after"}


def _inside(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict]:
    return np.concatenate([x, _dither(rng, 6.0), y]), {"silence_s": 6.0, "where": "between two utterances"}


def _around(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict]:
    parts = [_dither(rng, 5.0), x, _dither(rng, 5.0), y, _dither(rng, 5.0)]
    return np.concatenate(parts), {"silence_s": 15.0, "where": "before, between and after two utterances"}


def _cut(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict]:
    c = mid_word(x)
    return np.concatenate([x[:c], _dither(rng, 2.0)]), {"cut_at_s": round(c / PROBE_RATE, 3), "kept": round(c / len(x), 3)}


def _noise_tail(x: np.ndarray, y: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict]:
    from ..corruptions.noise import colored_noise

    tail = colored_noise(round(8.0 * PROBE_RATE), rng, 1.0) * 10 ** (-35 / 20)
    return np.concatenate([x, tail]), {"noise": "pink", "noise_dbfs": -35.0, "noise_s": 8.0}


#: variant -> (family, builder, description, uses a second clip)
VARIANTS: dict[str, tuple[str, Builder, str, bool]] = {
    "pause.leading_10s": ("long_pause", _leading, "10 s of silence before the speech", False),
    "pause.trailing_10s": ("long_pause", _trailing, "10 s of silence after the speech", False),
    "pause.inside_6s": ("long_pause", _inside, "two utterances with 6 s of silence between them", True),
    "pause.around_15s": ("long_pause", _around, "5 s of silence before, between and after two utterances", True),
    "cut.mid_word": ("truncation", _cut, "speech cut inside a word (55-80 % through), then 2 s of silence", False),
    "tail.pink_noise": ("truncation", _noise_tail, "speech followed by 8 s of pink noise at -35 dBFS RMS", False),
}


@dataclass(frozen=True)
class PauseSpec:
    """A long-pause/truncation variant applied to one clip (and, for two-utterance variants, the next clip)."""

    variant: str
    entry: ClipEntry
    partner: ClipEntry | None = None

    @property
    def id(self) -> str:
        return f"{self.variant}-clip:{self.entry.id}"

    def make(self, seed: int) -> Probe:
        if self.variant not in VARIANTS:
            raise unknown_name("long-pause variant", self.variant, VARIANTS)
        return build(self.variant, self.entry.load(), seed, self.partner.load() if self.partner else None)


def build(variant: str, clip: Clip, seed: int, partner: Clip | None = None) -> Probe:
    """Apply ``variant`` to ``clip`` (resampled to 16 kHz mono) with a seeded generator.

    Two-utterance variants put ``partner`` (default: ``clip`` again) after the pause, so the silence
    sits between whole words; the reference is then both transcripts.
    """
    from ..inputs.audio import Audio

    if variant not in VARIANTS:
        raise unknown_name("long-pause variant", variant, VARIANTS)
    family, fn, description, two = VARIANTS[variant]
    second = (partner or clip) if two else None
    x = clip.audio.to_mono().resample(PROBE_RATE).samples.astype(np.float64)
    y = second.audio.to_mono().resample(PROBE_RATE).samples.astype(np.float64) if second else np.zeros(0)
    out, details = fn(x, y, np.random.default_rng(seed))
    audio = Audio(np.clip(out, -1, 1).astype(np.float32), PROBE_RATE, f"probe:{variant}:{clip.id}")
    meta = {"description": description, "variant": variant, "clip": clip.id, "seed": seed, **details}
    reference = clip.transcript
    if second is not None:
        meta["second_clip"] = second.id
        reference = f"{clip.transcript} {second.transcript}"
    return Probe(f"{variant}-clip:{clip.id}", family, audio, "transcript", None, meta, reference)


def pause_specs(entries: list[ClipEntry], variants: list[str] | None = None) -> list[PauseSpec]:
    """Every chosen variant on every clip; two-utterance variants pair each clip with the next one."""
    chosen = list(VARIANTS) if variants is None else variants
    for v in chosen:
        if v not in VARIANTS:
            raise unknown_name("long-pause variant", v, VARIANTS)
    return [PauseSpec(v, e, entries[(i + 1) % len(entries)] if VARIANTS[v][3] else None)
            for v in chosen for i, e in enumerate(entries)]
