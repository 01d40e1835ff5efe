"""Group gates: a safe expression parser, grouping of case records, and Wilson-bound verdicts.

A gate is written on the marker as ``gate="pass_rate >= 0.9"``. Supported forms
(no ``eval``; anything else is a :class:`ConfigError`)::

    pass_rate >= X   pass_rate > X      the one-sided Wilson lower bound of the pass rate clears X
    fail_rate <= X   fail_rate < X      the one-sided Wilson upper bound of the fail rate stays under X
    mean(METRIC) <= X  (or >=, <, >)    a one-sided Student's t confidence bound of the mean

Bounds are one-sided at ``confidence`` (a gate is a one-sided claim: "at least 0.9"). Cases of one clip are
not independent: each gate also reports the design effect of clustering by clip (``clustering``) and the
bound computed with the effective sample size; the verdict is taken on the case-level bound.

A group is every case of one test function (or of one ``gate_group="name"``).
With ``repeats=k`` the k runs of a case are first reduced to one verdict
(``all`` / ``majority`` / ``any``). Verdicts: ``pass``, ``fail`` or
``inconclusive`` (too few cases to decide). Stdlib only (scipy for t quantiles, imported on use).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from statistics import fmean, stdev
from typing import Any

from ..errors import ConfigError
from ..scoring.stats import design_effect, t_quantile, wilson_bound

RATE_METRICS = ("pass_rate", "fail_rate")
OPS = (">=", "<=", ">", "<")
REDUCERS = ("all", "majority", "any")
VERDICTS = ("pass", "fail", "inconclusive")
DEFAULT_CONFIDENCE = 0.95
#: A mean gate needs at least this many values unless ``min_n`` says otherwise.
MEAN_MIN_N = 2

_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_GATE = re.compile(
    rf"^\s*(?:(?P<rate>pass_rate|fail_rate)|mean\s*\(\s*(?P<metric>[A-Za-z_][A-Za-z0-9_.]*)\s*\))"
    rf"\s*(?P<op>>=|<=|>|<)\s*(?P<num>{_NUMBER})\s*$"
)


@dataclass(frozen=True)
class GateExpr:
    """A parsed gate: ``subject op threshold`` (subject: pass_rate, fail_rate or mean(metric))."""

    subject: str
    op: str
    threshold: float
    metric: str | None = None

    def __str__(self) -> str:
        lhs = f"mean({self.metric})" if self.subject == "mean" else self.subject
        return f"{lhs} {self.op} {self.threshold!r}"

    def holds(self, value: float) -> bool:
        return {">=": value >= self.threshold, ">": value > self.threshold,
                "<=": value <= self.threshold, "<": value < self.threshold}[self.op]


def parse_gate(text: Any) -> GateExpr:
    """Parse a gate expression; raises ConfigError (only) naming what was expected."""
    if not isinstance(text, str):
        raise ConfigError(f"gate={text!r}: expected a string such as 'pass_rate >= 0.9'")
    m = _GATE.match(text)
    if m is None:
        raise ConfigError(
            f"gate={text!r}: expected 'pass_rate >= X', 'pass_rate > X', 'fail_rate <= X', 'fail_rate < X' "
            "or 'mean(METRIC) <= X' (also >=, <, >) with X a number"
        )
    op, value = m["op"], float(m["num"])
    if not math.isfinite(value):
        raise ConfigError(f"gate={text!r}: the threshold must be a finite number")
    if m["rate"]:
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"gate={text!r}: a rate threshold must lie in [0, 1], got {value:g}")
        want = ">" if m["rate"] == "pass_rate" else "<"
        if not op.startswith(want):
            raise ConfigError(
                f"gate={text!r}: {m['rate']} gates bound the rate from {'below' if want == '>' else 'above'}; "
                f"use {m['rate']} {want}= X"
            )
        if op in (">", "<") and value == (1.0 if op == ">" else 0.0):
            raise ConfigError(f"gate={text!r}: can never hold; did you mean {m['rate']} {op}= {value:g}?")
        return GateExpr(m["rate"], op, value)
    return GateExpr("mean", op, value, m["metric"])


#: Metrics ``expect`` records with a number a ``mean(...)`` gate can average (``expect.gap`` adds ``<metric>_gap``).
MEAN_METRICS = ("wer", "cer", "similarity", "hallucinated_words", "insertion_rate", "count")
#: Metrics ``expect`` records as a label (yes/no, refused, leaked, premise rejected, robust) or as a value that may be
#: absent (the budget at which an answer flipped, None when it never did): gate them on ``pass_rate``.
LABEL_METRICS = ("answer", "refusal", "leak", "premise", "answer_robustness", "flip_snr_db", "flip_linf")


def check_metric(expr: GateExpr, where: str = "gate") -> GateExpr:
    """A ``mean(METRIC)`` gate must name a metric some ``expect`` helper records as a number (checked at
    collection: a typo would otherwise run the whole group and end inconclusive with n=0)."""
    metric = expr.metric
    if expr.subject != "mean" or metric is None or metric in MEAN_METRICS or metric.endswith("_gap"):
        return expr
    if metric in LABEL_METRICS:
        raise ConfigError(f"{where}={str(expr)!r}: {metric!r} is recorded as a label, not a number; "
                          "gate it on pass_rate, e.g. gate='pass_rate >= 0.9'")
    from ..errors import unknown_name

    known = [*MEAN_METRICS, *(f"{m}_gap" for m in MEAN_METRICS if m != "count")]
    raise ConfigError(f"{where}={str(expr)!r}: {unknown_name('metric', metric, known)}")


def check_confidence(value: Any, where: str = "confidence") -> float:
    try:
        conf = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}={value!r}: expected a number in (0, 1), e.g. 0.95") from None
    if not 0.0 < conf < 1.0:
        raise ConfigError(f"{where}={value!r}: expected a number in (0, 1), e.g. 0.95")
    return conf


def check_positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}={value!r}: expected a whole number >= 1")
    return value


def check_reducer(value: Any) -> str:
    if value not in REDUCERS:
        from ..errors import unknown_name

        raise unknown_name("repeats reducer", str(value), REDUCERS)
    return str(value)


def _every_case(expr: GateExpr) -> bool:
    """``pass_rate >= 1`` / ``fail_rate <= 0``: no bound can show it, so it means "every case passes"."""
    return (expr.subject, expr.op, expr.threshold) in (("pass_rate", ">=", 1.0), ("fail_rate", "<=", 0.0))


def derived_min_n(expr: GateExpr, confidence: float) -> int:
    """Smallest n at which a perfect score could satisfy a rate gate (1 for thresholds no bound can clear)."""
    if expr.subject == "mean":
        return MEAN_MIN_N
    target = expr.threshold if expr.subject == "pass_rate" else 1.0 - expr.threshold
    strict = expr.op in (">", "<")
    if _every_case(expr):
        return 1
    for n in range(1, 100_001):
        low = wilson_bound(n, n, confidence)
        if low > target or (not strict and low >= target):
            return n
    return 100_001  # the bound never clears this threshold (e.g. pass_rate >= 1)


# ----------------------------------------------------------------------------- case outcomes
def case_passed(record: dict[str, Any]) -> bool:
    """A case passes when the test passed and every measurement in it passed (an error is a miss)."""
    if record.get("outcome") != "passed":
        return False
    return all(m.get("passed") for m in record.get("measurements") or [])


def reduce_repeats(passes: list[bool], reducer: str) -> bool:
    if reducer == "all":
        return all(passes)
    if reducer == "any":
        return any(passes)
    return sum(passes) * 2 > len(passes)


def group_key(record: dict[str, Any]) -> str:
    info = (record.get("params") or {}).get("gate") or {}
    return info.get("group") or record["nodeid"].split("[", 1)[0]


@dataclass
class _Case:
    key: str
    runs: list[dict[str, Any]]


def _cases(records: list[dict[str, Any]]) -> list[_Case]:
    by_case: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        info = (r.get("params") or {}).get("gate") or {}
        by_case[info.get("case") or r["nodeid"]].append(r)
    return [_Case(k, sorted(v, key=lambda r: r["nodeid"])) for k, v in sorted(by_case.items())]


def evaluate_group(name: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    """One verdict dict for the records of one gate group (see module doc and README for the schema)."""
    infos = [(r.get("params") or {}).get("gate") or {} for r in records]
    settings = {(i.get("expression"), i.get("confidence"), i.get("min_n"), i.get("repeats", 1), i.get("reducer", "all"))
                for i in infos}
    first = infos[0] if infos else {}
    expression = first.get("expression")
    confidence = float(first.get("confidence") or DEFAULT_CONFIDENCE)
    repeats = int(first.get("repeats") or 1)
    reducer = first.get("reducer") or "all"
    cases = [c for c in _cases(records) if not all(r.get("outcome") == "skipped" for r in c.runs)]
    skipped = len(_cases(records)) - len(cases)
    case_verdicts = []
    for c in cases:
        runs = [r for r in c.runs if r.get("outcome") != "skipped"]
        case_verdicts.append((c.key, [case_passed(r) for r in runs], runs))
    reduced = [(k, reduce_repeats(p, reducer), runs) for k, p, runs in case_verdicts]
    n = len(reduced)
    passes = sum(1 for _, ok, _ in reduced if ok)
    gate: dict[str, Any] = {
        "name": name,
        "group": name,
        "expression": expression,
        "n": n,
        "passes": passes,
        "rate": round(passes / n, 4) if n else None,
        "lower_bound": None,
        "upper_bound": None,
        "confidence": confidence,
        "min_n": None,
        "min_n_source": None,
        "verdict": "inconclusive",
        "reason": "",
        "skipped": skipped,
        "errors": sum(1 for _, _, runs in reduced for r in runs if r.get("outcome") in ("failed", "error")),
        "misses": [k for k, ok, _ in reduced if not ok],
        "repeats": repeats,
        "reducer": reducer,
        "pass_hat_k": round(sum(1 for _, p, _ in case_verdicts if p and all(p)) / n, 4) if n else None,
        "value": None,
        "bound": None,
        "method": None,
        "clustering": None,
    }
    if len(settings) > 1:
        gate.update(verdict="fail", reason=f"conflicting gate settings in group {name!r}: {sorted(map(str, settings))}")
        return gate
    if expression is None:  # repeats without a gate: every reduced case must pass
        gate["expression"] = f"every case passes ({reducer} of {repeats} repeats)"
        gate.update(min_n=1, min_n_source="derived", lower_bound=None)
        if n == 0:
            gate["reason"] = "no cases ran"
        else:
            gate["verdict"] = "pass" if passes == n else "fail"
            gate["reason"] = f"{n - passes} case(s) missed under the {reducer!r} reducer" if passes < n else ""
        return gate
    expr = parse_gate(expression)
    min_n = first.get("min_n")
    gate["min_n"], gate["min_n_source"] = (int(min_n), "marker") if min_n else (derived_min_n(expr, confidence), "derived")
    if expr.subject == "mean":
        return _mean_verdict(gate, expr, reduced)
    if n:
        low, high = wilson_bound(passes, n, confidence, "lower"), wilson_bound(passes, n, confidence, "upper")
        gate["lower_bound"], gate["upper_bound"] = round(low, 4), round(high, 4)
        gate["method"] = "Wilson score, one-sided"
        gate["bound"] = gate["lower_bound"] if expr.subject == "pass_rate" else round(1.0 - low, 4)
        gate["clustering"] = _clustered_rate(reduced, confidence, expr.subject)
    if n < gate["min_n"]:
        need = "" if gate["min_n_source"] == "marker" else " (fewer than a perfect score needs to clear the bound)"
        gate["reason"] = f"too few cases to decide: n={n} < min_n={gate['min_n']}{need}"
        return gate
    if _every_case(expr):
        gate["verdict"] = "pass" if passes == n else "fail"
        gate["reason"] = f"{expr} means every case passes: {n - passes} of {n} missed"
        return gate
    low = wilson_bound(passes, n, confidence, "lower")
    if expr.subject == "pass_rate":
        ok, bound_text = expr.holds(low), f"one-sided Wilson lower bound {low:.4f}"
    else:
        ok, bound_text = expr.holds(1.0 - low), f"one-sided Wilson upper bound of the fail rate {1.0 - low:.4f}"
    gate["verdict"] = "pass" if ok else "fail"
    gate["reason"] = (f"{bound_text} {'satisfies' if ok else 'does not satisfy'} {expr} at {confidence:.0%} confidence"
                      + _clustering_note(gate, expr))
    return gate


def _clip_of(runs: list[dict[str, Any]]) -> str | None:
    clip = runs[0].get("clip") if runs else None
    return str(clip["id"]) if isinstance(clip, dict) and clip.get("id") is not None else None


def _clusters(items: list[tuple[str | None, float]]) -> list[list[float]] | None:
    """Values grouped by clip; None when no case names a clip (nothing to cluster by)."""
    if not any(clip is not None for clip, _ in items):
        return None
    groups: dict[str, list[float]] = defaultdict(list)
    for i, (clip, v) in enumerate(items):
        groups[clip if clip is not None else f"\0case{i}"].append(v)
    return [groups[k] for k in sorted(groups)]


def _clustered_rate(reduced: list[tuple[str, bool, list[dict[str, Any]]]], confidence: float,
                    subject: str) -> dict[str, Any] | None:
    clusters = _clusters([(_clip_of(runs), 1.0 if ok else 0.0) for _, ok, runs in reduced])
    if clusters is None:
        return None
    info = design_effect(clusters)
    n_eff = info["effective_n"]
    if n_eff:
        p = sum(map(sum, clusters)) / sum(map(len, clusters))
        low = wilson_bound(p * n_eff, n_eff, confidence, "lower")
        info["clustered_bound"] = round(low if subject == "pass_rate" else 1.0 - low, 4)
    else:
        info["clustered_bound"] = None
    return info


def _clustering_note(gate: dict[str, Any], expr: GateExpr) -> str:
    """What clustering by clip does to the bound, for the reason text."""
    info = gate.get("clustering")
    if not info:
        return ""
    if info["design_effect"] is None:
        return (f"; all {gate['n']} cases come from {info['clusters']} clip(s): they are not independent and the "
                "bound is optimistic")
    if info["design_effect"] <= 1.0 or info.get("clustered_bound") is None:
        return f"; design effect 1 over {info['clusters']} clips (no measurable clustering)"
    holds = expr.holds(info["clustered_bound"])
    return (f"; clustered by clip (design effect {info['design_effect']:.2f} over {info['clusters']} clips, effective "
            f"n {info['effective_n']:.1f}) the bound is {info['clustered_bound']:.4f}, which "
            f"{'also satisfies' if holds else 'would not satisfy'} it")


def _mean_verdict(gate: dict[str, Any], expr: GateExpr, reduced: list[tuple[str, bool, list[dict[str, Any]]]]) -> dict[str, Any]:
    items = [(_clip_of(runs), float(m["value"])) for _, _, runs in reduced for r in runs for m in r.get("measurements") or []
             if m.get("metric") == expr.metric and isinstance(m.get("value"), (int, float)) and not isinstance(m["value"], bool)]
    values = [v for _, v in items]
    n = len(values)
    gate["n"] = n
    if n == 0:
        gate["reason"] = f"no measurement of metric {expr.metric!r} in the group"
        return gate
    mean = fmean(values)
    conf = gate["confidence"]
    half = t_quantile(conf, n - 1) * stdev(values) / math.sqrt(n) if n > 1 else math.inf
    gate.update(value=round(mean, 4), lower_bound=round(mean - half, 4) if n > 1 else None,
                upper_bound=round(mean + half, 4) if n > 1 else None, method=f"Student's t, one-sided, df={n - 1}")
    upper = expr.op.startswith("<")
    gate["bound"] = gate["upper_bound"] if upper else gate["lower_bound"]
    clusters = _clusters(items)
    if clusters is not None and n > 1:
        info = design_effect(clusters)
        if info["design_effect"] is not None and info["clusters"] > 1:
            se = stdev(values) * math.sqrt(info["design_effect"] / n)
            h = t_quantile(conf, info["clusters"] - 1) * se
            info["clustered_bound"] = round(mean + h if upper else mean - h, 4)
        else:
            info["clustered_bound"] = None
        gate["clustering"] = info
    if n < gate["min_n"]:
        gate["reason"] = f"too few values to decide: n={n} < min_n={gate['min_n']}"
        return gate
    bound = mean + half if upper else mean - half
    ok = expr.holds(bound)
    gate["verdict"] = "pass" if ok else "fail"
    side = "upper" if upper else "lower"
    gate["reason"] = (f"mean {mean:.4f}, one-sided Student's t {side} bound {bound:.4f} (df={n - 1}) "
                      f"{'satisfies' if ok else 'does not satisfy'} {expr} at {conf:.0%} confidence"
                      + _clustering_note(gate, expr))
    return gate


def evaluate(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gate verdicts for every gated group among ``records`` (records without gate info are ignored)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        if (r.get("params") or {}).get("gate"):
            groups[group_key(r)].append(r)
    return [evaluate_group(name, recs) for name, recs in sorted(groups.items())]
