"""POPE-style figures for yes/no question probes (Li et al. 2023; Kuan et al. 2024 for audio).

Present-event probes are the positives, absent-event probes the negatives; the model's "yes" is the
positive prediction. Every answer that is not a "yes" (no, abstain, unparseable) is a negative
prediction, as in POPE; abstentions and unparseable answers are also counted apart so a reader sees
them. Pure functions, stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Confusion:
    """Counts of one set of yes/no probes."""

    tp: int = 0  # present, answered yes
    fn: int = 0  # present, answered anything else
    fp: int = 0  # absent, answered yes
    tn: int = 0  # absent, answered anything else
    abstained: int = 0
    unparseable: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fn + self.fp + self.tn


def confusion(cases: Iterable[tuple[bool, str]]) -> Confusion:
    """Count ``(present, answer)`` pairs; ``answer`` is a parsed answer (``yes``/``no``/``abstain``/``unparseable``)."""
    tp = fn = fp = tn = ab = un = 0
    for present, answer in cases:
        yes = answer == "yes"
        ab += answer == "abstain"
        un += answer == "unparseable"
        if present:
            tp, fn = tp + yes, fn + (not yes)
        else:
            fp, tn = fp + yes, tn + (not yes)
    return Confusion(tp, fn, fp, tn, ab, un)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def metrics(c: Confusion) -> dict[str, Any]:
    """Accuracy, precision, recall, F1 and yes-ratio (None where undefined: precision without a yes answer,
    recall without positives)."""
    precision = c.tp / (c.tp + c.fp) if c.tp + c.fp else None
    recall = c.tp / (c.tp + c.fn) if c.tp + c.fn else None
    f1 = 2 * c.tp / (2 * c.tp + c.fp + c.fn) if c.tp + c.fp + c.fn else None  # = harmonic mean of P and R; 0 if TP = 0
    return {
        "n": c.n, "positives": c.tp + c.fn, "negatives": c.fp + c.tn,
        "tp": c.tp, "fp": c.fp, "tn": c.tn, "fn": c.fn, "abstained": c.abstained, "unparseable": c.unparseable,
        "accuracy": _ratio(c.tp + c.tn, c.n), "precision": None if precision is None else round(precision, 4),
        "recall": None if recall is None else round(recall, 4), "f1": None if f1 is None else round(f1, 4),
        "yes_ratio": _ratio(c.tp + c.fp, c.n),
    }


def spread(rows: dict[str, dict[str, Any]], key: str = "f1") -> dict[str, Any] | None:
    """Max minus min of ``key`` over ``rows`` (e.g. per phrasing), with the best and worst row; None under 2 rows."""
    vals = {k: r[key] for k, r in rows.items() if r.get(key) is not None}
    if len(vals) < 2:
        return None
    best, worst = max(vals, key=vals.__getitem__), min(vals, key=vals.__getitem__)
    return {"metric": key, "spread": round(vals[best] - vals[worst], 4), "best": best, "worst": worst}


def pope(probes: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """POPE figures from question-probe cases ``{present, answer, strategy (negatives), phrasing}``.

    Per sampling strategy, the strategy's negatives are scored against all positives (as POPE builds
    its random / popular / adversarial sets); per phrasing, positives and negatives of that phrasing.
    """
    cases = list(probes)
    pos = [c for c in cases if c["present"]]
    neg = [c for c in cases if not c["present"]]

    def pairs(items: list[dict[str, Any]]) -> list[tuple[bool, str]]:
        return [(bool(c["present"]), str(c["answer"])) for c in items]

    strategies = sorted({str(c.get("strategy")) for c in neg if c.get("strategy")})
    phrasings = sorted({str(c.get("phrasing")) for c in cases if c.get("phrasing") is not None})
    by_strategy = {s: metrics(confusion(pairs(pos + [c for c in neg if str(c.get("strategy")) == s])))
                   for s in strategies}
    by_phrasing = {p: metrics(confusion(pairs([c for c in cases if str(c.get("phrasing")) == p]))) for p in phrasings}
    return {"all": metrics(confusion(pairs(cases))), "by_strategy": by_strategy, "by_phrasing": by_phrasing,
            "phrasing_spread": {k: spread(by_phrasing, k) for k in ("f1", "accuracy", "yes_ratio")}}
