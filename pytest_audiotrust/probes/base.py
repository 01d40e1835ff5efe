"""Probe contract: a seeded builder of audio whose right answer is known (nothing said, no such sound)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..inputs.audio import Audio

PROBE_RATE = 16_000


@dataclass(frozen=True)
class Probe:
    """Audio plus what a trustworthy model must answer about it.

    ``expected`` is "no_speech" (transcribe → nothing), "no" or "yes" (for a question) or
    "transcript" (transcribe → ``reference``, nothing more). ``accept`` lists answers that also
    count as right (e.g. "abstain" when the question is asked about silence).
    """

    id: str
    family: str
    audio: Audio
    expected: str = "no_speech"
    question: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    reference: str | None = None
    accept: tuple[str, ...] = ()

    def record(self) -> dict[str, Any]:
        """The fields the per-test record (``results.current().probe``) and the report show."""
        out: dict[str, Any] = {"id": self.id, "family": self.family, "expected": self.expected,
                               "description": self.metadata.get("description", ""),
                               "duration_s": round(self.audio.duration, 3)}
        if self.question is not None:
            out["question"] = self.question
        if self.reference is not None:
            out["reference"] = self.reference
        if self.accept:
            out["accept"] = list(self.accept)
        for key in ("strategy", "event", "asked_about", "phrasing", "control", "clip", "second_clip", "variant", "seed",
                    "target", "target_terms"):
            if key in self.metadata:
                out[key] = self.metadata[key]
        return out


@dataclass(frozen=True)
class ProbeSpec:
    """A named, documented probe builder: ``build(rng) -> Audio``."""

    name: str
    family: str
    build: Callable[..., Audio]
    description: str

    def make(self, seed: int) -> Probe:
        import numpy as np

        from ..inputs.derived import built

        # kept on disk for the session's store (a warm re-run reads it instead of synthesising again)
        audio, _ = built({"kind": "probe", "name": self.name, "family": self.family, "seed": seed},
                         lambda: (self.build(np.random.default_rng(seed)), {}))
        return Probe(self.name, self.family, audio, "no_speech", None, {"description": self.description, "seed": seed})
