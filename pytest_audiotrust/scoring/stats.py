"""Statistics for gates: the Wilson score interval of a pass rate."""

from __future__ import annotations

import math
from statistics import NormalDist


def wilson_interval(passes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Two-sided Wilson score interval for ``passes`` successes out of ``n``; (0, 1) when n == 0."""
    if n < 0 or not 0 <= passes <= n:
        raise ValueError(f"wilson_interval: expected 0 <= passes <= n, got passes={passes}, n={n}")
    if not 0 < confidence < 1:
        raise ValueError(f"wilson_interval: confidence must be in (0, 1), got {confidence}")
    if n == 0:
        return 0.0, 1.0
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = passes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def wilson_lower(passes: int, n: int, confidence: float = 0.95) -> float:
    return wilson_interval(passes, n, confidence)[0]
