"""Acoustic corruptions: pure, seeded functions of (audio, severity, params) that report what they achieved."""

from __future__ import annotations

from typing import Any

from .. import results
from ..audio import Clip, as_audio
from .base import Corrupted, Corruption
from .registry import catalog, get, names
from .suites import CaseSpec, load_suite, resolve

__all__ = [
    "BoundCorruption", "CaseSpec", "Corrupted", "Corruption", "apply", "catalog", "get", "load_suite", "names",
    "resolve",
]


def apply(audio: Any, name: str, severity: int, seed: int = 0, **params: Any) -> Corrupted:
    """Corrupt anything audio-like with corruption ``name`` at ``severity`` (deterministic in ``seed``)."""
    import numpy as np

    return get(name).apply(as_audio(audio), severity, np.random.default_rng(seed), **params)


class BoundCorruption:
    """A corruption fixed to a severity, parameters and seed: the value of the ``corruption`` fixture.

    Calling it on a ``Clip`` returns a ``Clip`` (same transcript); on anything else an ``Audio``.
    The same object gives bit-identical output for the same input. What was achieved is
    kept in ``achieved`` and recorded for the report.
    """

    def __init__(self, case: CaseSpec, seed: int) -> None:
        self.case = case
        self.seed = seed
        self.corruption = get(case.name)
        self.achieved: dict[str, Any] | None = None

    name = property(lambda self: self.case.name)
    severity = property(lambda self: self.case.severity)
    params = property(lambda self: dict(self.case.params))
    id = property(lambda self: self.case.id)

    def __call__(self, x: Any) -> Any:
        import numpy as np

        audio = as_audio(x, what=f"corruption {self.id}")
        params = dict(self.case.params)
        if isinstance(x, Clip) and "text" in self.corruption.levels[0] and "text" not in params:
            params["text"] = x.transcript  # voice.* corruptions re-speak the clip's words
        with results.timed("corrupt"):
            out = self.corruption.apply(audio, self.severity, np.random.default_rng(self.seed), **params)
        self.achieved = out.achieved
        from ..report.artifacts import attach_audio  # no-op unless --audiotrust-report-audio

        attach_audio("clean", audio)
        attach_audio("corrupted", out.audio)
        results.current().corruption = {
            "name": self.name, "family": self.corruption.family, "severity": self.severity,
            "seed": self.seed, "achieved": out.achieved,
        }
        if isinstance(x, Clip):
            return x.with_audio(out.audio, corruption=self.id)
        return out.audio

    def __repr__(self) -> str:
        return f"<corruption {self.id} seed={self.seed}>"


