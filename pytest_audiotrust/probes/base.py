"""Probe contract: a seeded builder of audio whose right answer is known (nothing said, no such sound)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..audio import Audio

PROBE_RATE = 16_000


@dataclass(frozen=True)
class Probe:
    """Audio plus what a trustworthy model must answer about it.

    ``expected`` is "no_speech" (transcribe → nothing), "no" or "yes" (for a question).
    """

    id: str
    family: str
    audio: Audio
    expected: str = "no_speech"
    question: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ProbeSpec:
    """A named, documented probe builder: ``build(rng) -> Audio``."""

    name: str
    family: str
    build: Callable[..., Audio]
    description: str

    def make(self, seed: int) -> Probe:
        import numpy as np

        audio = self.build(np.random.default_rng(seed))
        return Probe(self.name, self.family, audio, "no_speech", None, {"description": self.description, "seed": seed})
