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
    """Student's t quantile for probability ``p`` and ``df`` > 0 degrees of freedom (the normal quantile for df = inf).

    Newton's method on the t CDF (a regularised incomplete beta, by continued fraction), from the normal quantile,
    bracketed by bisection: to double precision, without importing scipy (~1 s)."""
    if not 0 < p < 1:
        raise ValueError(f"t_quantile: p must be in (0, 1), got {p}")
    if not df > 0:
        raise ValueError(f"t_quantile: df must be > 0, got {df}")
    if math.isinf(df):
        return NormalDist().inv_cdf(p)
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1 - p, df)
    tail = 1 - p  # find t > 0 with P(T > t) = tail
    log_norm = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    lo, hi = 0.0, math.inf
    t = max(NormalDist().inv_cdf(p), 1e-3)
    for _ in range(200):
        excess = _t_upper(t, df) - tail  # > 0: t is too small
        if excess > 0:
            lo = t
        else:
            hi = t
        density = math.exp(log_norm - (df + 1) / 2 * math.log1p(t * t / df))
        step = excess / density if density > 0 else math.inf
        nxt = t + step
        if not lo < nxt < hi:  # Newton left the bracket: bisect (or double while there is no upper end)
            nxt = lo * 2 + 1 if math.isinf(hi) else (lo + hi) / 2
        if abs(nxt - t) <= 4e-16 * max(1.0, abs(nxt)):
            return nxt
        t = nxt
    return t


def _t_upper(t: float, df: float) -> float:
    """P(T > t) for t >= 0: half the regularised incomplete beta I_{df/(df+t²)}(df/2, 1/2)."""
    return 0.5 * _beta_reg(df / 2, 0.5, df / (df + t * t), t * t / (df + t * t), -math.log1p(t * t / df))


def _beta_reg(a: float, b: float, x: float, y: float, log_x: float) -> float:
    """The regularised incomplete beta function I_x(a, b), given ``y`` = 1 - x and ln x exactly (continued fraction,
    modified Lentz)."""
    if x <= 0:
        return 0.0
    if y <= 0:
        return 1.0
    front = math.exp(a * log_x + b * math.log(y) + _log_gamma_ratio(a, b) - math.lgamma(b))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1 - front * _beta_fraction(b, a, y) / b


def _log_gamma_ratio(a: float, b: float) -> float:
    """ln Γ(a + b) - ln Γ(a); for large ``a`` from Stirling's series (lgamma's difference would lose digits)."""
    if a < 100:
        return math.lgamma(a + b) - math.lgamma(a)

    def tail(z: float) -> float:  # Stirling's series after its leading terms (error < 1 / (1680 z^7))
        return 1 / (12 * z) - 1 / (360 * z ** 3) + 1 / (1260 * z ** 5)

    return (a - 0.5) * math.log1p(b / a) + b * math.log(a + b) - b + tail(a + b) - tail(a)


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 100_000):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 + num * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1) < 1e-16:
            break
    return h


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
