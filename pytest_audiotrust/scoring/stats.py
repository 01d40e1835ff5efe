"""Statistics for gates: Wilson score bounds of a pass rate, Student's t quantiles, design effects.

A gate states "at 95 % confidence the pass rate is at least X": that is a *one-sided* bound, so
:func:`wilson_bound` uses z = Φ⁻¹(0.95) = 1.645 (a two-sided interval's endpoint would be a 97.5 %
one-sided statement). Cases of one clip are not independent: :func:`design_effect` estimates the
intra-clip correlation (one-way ANOVA estimator) and Kish's design effect 1 + (m̄ − 1)·ICC.
"""

from __future__ import annotations

import math
from statistics import NormalDist, fmean
from typing import Any


def _check(passes: float, n: float, confidence: float) -> None:
    if n < 0 or not 0 <= passes <= n:
        raise ValueError(f"wilson: expected 0 <= passes <= n, got passes={passes}, n={n}")
    if not 0 < confidence < 1:
        raise ValueError(f"wilson: confidence must be in (0, 1), got {confidence}")


def _wilson(p: float, n: float, z: float) -> tuple[float, float]:
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def wilson_interval(passes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Two-sided Wilson score interval for ``passes`` successes out of ``n``; (0, 1) when n == 0."""
    _check(passes, n, confidence)
    if n == 0:
        return 0.0, 1.0
    return _wilson(passes / n, n, NormalDist().inv_cdf(1 - (1 - confidence) / 2))


def wilson_bound(passes: float, n: float, confidence: float = 0.95, side: str = "lower") -> float:
    """One-sided Wilson score bound: the pass rate is at least (``lower``) / at most (``upper``) this at
    ``confidence``. ``n`` may be an effective (non-integer) sample size; n == 0 gives 0 (lower) or 1 (upper)."""
    _check(passes, n, confidence)
    if n == 0:
        return 0.0 if side == "lower" else 1.0
    low, high = _wilson(passes / n, n, NormalDist().inv_cdf(confidence))
    return low if side == "lower" else high


def wilson_lower(passes: int, n: int, confidence: float = 0.95) -> float:
    """One-sided lower Wilson bound (what a ``pass_rate >= X`` gate compares with X)."""
    return wilson_bound(passes, n, confidence, "lower")


def t_quantile(p: float, df: float) -> float:
    """Student's t quantile (scipy, imported on first use); the normal quantile for df = inf."""
    if math.isinf(df):
        return NormalDist().inv_cdf(p)
    from scipy.stats import t

    return float(t.ppf(p, df))


def design_effect(clusters: list[list[float]]) -> dict[str, Any]:
    """Intra-cluster correlation (one-way ANOVA estimator, clipped to [0, 1]) and Kish's design effect
    ``1 + (m̄ - 1) * ICC`` of values grouped by cluster (e.g. case verdicts 1/0 grouped by clip).

    Returns ``{clusters, mean_size, icc, design_effect, effective_n}``; icc and design_effect are None when
    they cannot be estimated (one cluster, or one value per cluster)."""
    groups = [list(map(float, c)) for c in clusters if c]
    k, big_n = len(groups), sum(len(c) for c in groups)
    out: dict[str, Any] = {"clusters": k, "mean_size": round(big_n / k, 4) if k else None, "icc": None,
                           "design_effect": None, "effective_n": None}
    if k < 2 or big_n <= k:
        if k and big_n == k:  # one value per cluster: independent by construction
            out.update(icc=0.0, design_effect=1.0, effective_n=float(big_n))
        return out
    grand = fmean(v for c in groups for v in c)
    msb = sum(len(c) * (fmean(c) - grand) ** 2 for c in groups) / (k - 1)
    msw = sum((v - fmean(c)) ** 2 for c in groups for v in c) / (big_n - k)
    n0 = (big_n - sum(len(c) ** 2 for c in groups) / big_n) / (k - 1)
    denom = msb + (n0 - 1) * msw
    icc = 0.0 if denom <= 0 else min(1.0, max(0.0, (msb - msw) / denom))
    deff = 1 + (big_n / k - 1) * icc
    out.update(icc=round(icc, 4), design_effect=round(deff, 4), effective_n=round(big_n / deff, 4))
    return out


def rate_difference_bounds(x1: int, n1: int, x2: int, n2: int, confidence: float = 0.95) -> tuple[float, float]:
    """One-sided bounds (each at ``confidence``) of p1 - p2 for x1/n1 and x2/n2 successes: Newcombe's hybrid score
    interval (method 10, Newcombe 1998) built from the two Wilson intervals; (-1, 1) when a group is empty."""
    _check(x1, n1, confidence)
    _check(x2, n2, confidence)
    if n1 == 0 or n2 == 0:
        return -1.0, 1.0
    z = NormalDist().inv_cdf(confidence)
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = _wilson(p1, n1, z)
    l2, u2 = _wilson(p2, n2, z)
    d = p1 - p2
    return (max(-1.0, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)),
            min(1.0, d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)))
