"""Random-but-seeded sampling within a family: ``<family>.random`` picks one member with the seeded
generator and applies it at the same severity (with its own derived seed). The pick is reported."""

from __future__ import annotations

import numpy as np

from ..inputs.audio import Audio
from .base import Corrupted, Corruption

FAMILIES = ("noise", "reverb", "codec", "channel", "transmission", "timing")


def members(family: str) -> list[str]:
    """Catalog members of ``family`` that a random draw may pick (not other ``.random`` entries)."""
    from .registry import catalog

    return sorted(n for n, c in catalog().items() if c.family == family and not n.endswith(".random"))


def _random(family: str):
    def fn(audio: Audio, rng: np.random.Generator, *, pick_severity: int) -> Corrupted:
        from .registry import get

        names = members(family)
        name = names[int(rng.integers(len(names)))]
        out = get(name).apply(audio, int(pick_severity), np.random.default_rng(int(rng.integers(0, 2**63 - 1))))
        return Corrupted(out.audio, {"picked": name, "picked_achieved": out.achieved})

    return fn


CORRUPTIONS = [
    Corruption(f"{family}.random", _random(family), tuple({"pick_severity": s} for s in range(1, 6)),
               f"one {family} corruption drawn with the seeded generator, at the same severity",
               length="that of the corruption picked")
    for family in FAMILIES
]
