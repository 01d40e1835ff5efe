"""A verdict with how it was reached: the value, the rule (or judge) that decided, the method and a confidence.

``method`` is "rule" (a parser rule decided), "learned" (the learned reader, ``scoring.learned``, overruled the rules
where its measured floor holds), "judge" (an LLM judge decided what the rules left open, with its prompt and raw
output in ``judge``) or "undecided" (nothing decided: the value is "unparseable"). ``confidence``
is, for a rule, that rule's measured precision on the project's verdict tables (``benchmarks/bench_judge.py``
re-measures it) and, for the learned reader or a judge, the probability it gave the label it chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

METHODS = ("rule", "learned", "judge", "undecided")


@dataclass(frozen=True)
class Verdict:
    value: str
    rule: str
    method: str = "rule"
    confidence: float = 1.0
    judge: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"Verdict method={self.method!r}: expected one of {', '.join(METHODS)}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"Verdict confidence={self.confidence!r}: expected a number in [0, 1]")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "rule": self.rule, "method": self.method,
                               "confidence": round(self.confidence, 3)}
        if self.judge:
            out["judge"] = dict(self.judge)
        return out
