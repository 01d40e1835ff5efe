"""Acoustic corruptions: pure, seeded functions of (audio, severity, params) that report what they achieved.

They record nothing themselves: the ``corruption`` fixture gives its ``BoundCorruption`` an ``observer``
(the recording layer) that puts what was applied on the test's record and the report."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from ..inputs.audio import Clip, as_audio
from ..inputs.derived import built, file_digest
from .base import Corrupted, Corruption
from .registry import catalog, get, names
from .suites import CaseSpec, load_suite, resolve

__all__ = [
    "BoundCorruption", "CaseSpec", "Corrupted", "Corruption", "apply", "catalog", "get", "load_suite", "names",
    "resolve",
]


def apply(audio: Any, name: str, severity: int, seed: int = 0, **params: Any) -> Corrupted:
    """Corrupt anything audio-like with corruption ``name`` at ``severity`` (deterministic in ``seed``).

    Inside a plugin session the result is kept in the session's derived-audio store (``inputs.derived``), keyed by
    the input's digest, the corruption, its parameters and the seed: a warm re-run reads it instead of corrupting."""
    import numpy as np

    clean = as_audio(audio)
    corruption = get(name)

    def build() -> tuple[Any, dict[str, Any]]:
        made = corruption.apply(clean, severity, np.random.default_rng(seed), **params)
        return made.audio, made.achieved

    files = {k: file_digest(v) for k, v in params.items()  # a user's noise bed / impulse response: its contents
             if (k == "path" or k.endswith("_path")) and isinstance(v, (str, os.PathLike))}
    recipe = {"kind": "corruption", "input": clean.digest(), "name": name, "severity": severity, "params": params,
              "seed": seed, "files": files}
    return Corrupted(*built(recipe, build))


#: Told of each application: ``(bound corruption, clean audio, Corrupted result, seconds spent)``.
Observer = Callable[[Any, Any, Corrupted, float], None]


class BoundCorruption:
    """A corruption fixed to a severity, parameters and seed: the value of the ``corruption`` fixture.

    Calling it on a ``Clip`` returns a ``Clip`` (same transcript); on anything else an ``Audio``.
    The same object gives bit-identical output for the same input. What was achieved is kept in
    ``achieved``; ``observer(bound, clean_audio, corrupted, seconds)``, when set, is told of each application.
    """

    def __init__(self, case: CaseSpec, seed: int, observer: Observer | None = None) -> None:
        self.case = case
        self.seed = seed
        self.corruption = get(case.name)
        self.achieved: dict[str, Any] | None = None
        self.observer = observer

    name = property(lambda self: self.case.name)
    severity = property(lambda self: self.case.severity)
    params = property(lambda self: dict(self.case.params))
    id = property(lambda self: self.case.id)

    def __call__(self, x: Any) -> Any:
        audio = as_audio(x, what=f"corruption {self.id}")
        params = dict(self.case.params)
        if isinstance(x, Clip) and "text" in self.corruption.levels[0] and "text" not in params:
            params["text"] = x.transcript  # voice.* corruptions re-speak the clip's words
        start = time.perf_counter()
        out = apply(audio, self.name, self.severity, self.seed, **params)
        self.achieved = out.achieved
        if self.observer is not None:
            self.observer(self, audio, out, time.perf_counter() - start)
        if isinstance(x, Clip):
            return x.with_audio(out.audio, corruption=self.id)
        return out.audio

    def __repr__(self) -> str:
        return f"<corruption {self.id} seed={self.seed}>"


