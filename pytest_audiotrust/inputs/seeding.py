"""Deterministic seeds: every random choice derives from (global seed, a stable key such as a test node id)."""

from __future__ import annotations

import hashlib

DEFAULT_SEED = 1234


def derive_seed(global_seed: int, *keys: object) -> int:
    """A 63-bit seed from the global seed and any number of stable keys (stable across processes)."""
    h = hashlib.sha256(str(int(global_seed)).encode())
    for key in keys:
        h.update(b"\x1f" + str(key).encode())
    return int.from_bytes(h.digest()[:8], "big") >> 1


def rng(global_seed: int, *keys: object):  # -> numpy.random.Generator (numpy imported lazily)
    import numpy as np

    return np.random.default_rng(derive_seed(global_seed, *keys))
