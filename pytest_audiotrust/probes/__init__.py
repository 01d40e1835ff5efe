"""Hallucination probes: audio whose right answer is known to be "nothing" or "no"."""

from __future__ import annotations

import importlib

from ..errors import unknown_name
from ..memo import memoized
from .base import Probe, ProbeSpec

__all__ = ["Probe", "ProbeSpec", "catalog", "get", "names"]

#: Modules whose ``PROBES`` lists (of ``ProbeSpec``) make up the non-speech catalog.
PROBE_MODULES = ("nonspeech",)


@memoized
def catalog() -> dict[str, ProbeSpec]:
    out: dict[str, ProbeSpec] = {}
    for mod in PROBE_MODULES:
        for p in importlib.import_module(f"{__package__}.{mod}").PROBES:
            out[p.name] = p
    return out


def get(name: str) -> ProbeSpec:
    cat = catalog()
    if name not in cat:
        raise unknown_name("probe", name, cat)
    return cat[name]


def names() -> list[str]:
    return sorted(catalog())
