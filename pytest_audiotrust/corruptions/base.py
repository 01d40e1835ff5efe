"""Corruption contract: a pure, seeded function of (audio, severity, params) that reports what it achieved."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio

SEVERITIES = (0, 1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Corrupted:
    """The corrupted audio and the parameters actually achieved (measured where possible)."""

    audio: Audio
    achieved: dict[str, Any]


#: fn(audio, rng, **params) -> Corrupted
CorruptFn = Callable[..., Corrupted]


@dataclass(frozen=True)
class Corruption:
    """A named corruption with documented parameters for severities 1-5 (0 is identity).

    ``levels[s-1]`` holds the keyword parameters passed to ``fn`` at severity ``s``.
    ``length`` documents how output length relates to input ("same" unless stated).
    ``seeded`` is False for corruptions whose output does not depend on the generator (filters,
    codecs, clipping...): the same input always gives the same output, whatever the seed.
    """

    name: str
    fn: CorruptFn
    levels: tuple[Mapping[str, Any], ...]
    description: str = ""
    length: str = "same"
    requires: tuple[str, ...] = field(default_factory=tuple)
    seeded: bool = True

    def __post_init__(self) -> None:
        if "." not in self.name:
            raise ValueError(f"corruption name {self.name!r}: expected 'family.name'")
        if len(self.levels) != 5:
            raise ValueError(f"corruption {self.name}: expected parameters for 5 severities, got {len(self.levels)}")

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]

    def params_for(self, severity: int) -> dict[str, Any]:
        check_severity(severity, self.name)
        return {} if severity == 0 else dict(self.levels[severity - 1])

    def apply(self, audio: Audio, severity: int, rng: np.random.Generator, **overrides: Any) -> Corrupted:
        """Corrupt ``audio`` at ``severity``; ``overrides`` replace documented parameters."""
        params = self.params_for(severity)
        if severity == 0 and not overrides:
            return Corrupted(audio, {"severity": 0, "identity": True})
        unknown = set(overrides) - set(self.levels[0])
        if unknown:
            raise ConfigError(
                f"corruption {self.name}: unknown parameter(s) {sorted(unknown)}; expected some of {sorted(self.levels[0])}"
            )
        params.update(overrides)
        result = self.fn(audio, rng, **params)
        achieved = {"severity": severity, **params, **result.achieved}
        return Corrupted(result.audio, achieved)


def check_severity(severity: Any, name: str) -> int:
    if isinstance(severity, bool) or not isinstance(severity, (int, np.integer)) or not 0 <= severity <= 5:
        raise ConfigError(f"corruption {name}: severity must be an int 0..5 (0 = identity), got {severity!r}")
    return int(severity)
