"""Baseline comparison: this run against an earlier results JSON, metric by metric, with tolerances.

In the spirit of pytest-benchmark's ``--benchmark-compare-fail``: ``--audiotrust-baseline=old.json``
compares, and ``--audiotrust-compare-fail=wer:+0.02,hallucination_rate:+1pp`` says how much worse each
figure may get before the run fails.

Figures compared
- aggregates (``summary.aggregates``): the mean of every numeric metric (``wer``, ``similarity``,
  ``hallucinated_words``...), ``pass_rate``, ``hallucination_rate``, ``hallucination_rate[FAMILY]``,
  ``yes_ratio[FAMILY]``;
- per case: each numeric measurement, keyed by node id + check (+ its index when a test checks the
  same thing twice), named ``case.METRIC`` in tolerances (``case.wer:+0.1``).

Tolerance syntax ``NAME:AMOUNT`` (comma separated): ``+0.02`` absolute, ``+1pp`` percentage points
(0.01), ``+5%`` relative to the baseline value. The amount is how far the figure may move in its *worse*
direction (up for error rates, down for similarity and pass rate), so the sign only documents intent.
``NAME`` may end in ``*`` (``hallucination_rate*`` matches every family). Figures without a tolerance
are compared and listed, never fail the run. With no ``--audiotrust-compare-fail`` the defaults in
:data:`DEFAULT_COMPARE_FAIL` apply.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError

DEFAULT_COMPARE_FAIL = "wer:+0.02,cer:+0.02,similarity:-0.02,pass_rate:-1pp,hallucination_rate:+1pp,yes_ratio*:+1pp"
_TOL = re.compile(r"^\s*([A-Za-z_][\w.\[\]*-]*)\s*:\s*([+-]?)(\d+(?:\.\d+)?)\s*(pp|%)?\s*$")
EPS = 1e-9


@dataclass(frozen=True)
class Tolerance:
    """How far a figure may get worse: ``amount`` absolute, or relative (fraction of the baseline) when ``relative``."""

    pattern: str
    amount: float
    relative: bool
    text: str

    def allowed(self, baseline: float) -> float:
        return abs(baseline) * self.amount if self.relative else self.amount


def parse_tolerances(spec: str, source: str = "--audiotrust-compare-fail") -> list[Tolerance]:
    """``"wer:+0.02,hallucination_rate:+1pp,similarity:-5%"`` -> tolerances, with named errors."""
    out = []
    for part in (p for p in str(spec).split(",") if p.strip()):
        m = _TOL.match(part)
        if not m:
            raise ConfigError(f"{source}: {part.strip()!r} is not NAME:AMOUNT; expected e.g. wer:+0.02, "
                              "hallucination_rate:+1pp or similarity:-5%")
        name, sign, number, unit = m.groups()
        value = float(number)
        amount = value / 100 if unit in ("pp", "%") else value
        out.append(Tolerance(name, amount, unit == "%", f"{sign}{number}{unit or ''}"))
    if not out:
        raise ConfigError(f"{source}: empty; expected NAME:AMOUNT[,NAME:AMOUNT...], e.g. wer:+0.02")
    return out


def load_baseline(path: str | Path) -> dict[str, Any]:
    """Read and validate a results JSON written by ``--audiotrust-json``."""
    from .results import check_document

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"--audiotrust-baseline {p}: file does not exist; expected a results JSON from --audiotrust-json")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"--audiotrust-baseline {p}: not valid JSON ({exc})") from None
    return check_document(doc, f"--audiotrust-baseline {p}")


def _case_figures(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        seen: dict[str, int] = {}
        for m in r.get("measurements") or []:
            v = m.get("value")
            if isinstance(v, bool) or not isinstance(v, (int, float)) or m.get("direction") not in ("max", "min"):
                continue
            check = str(m.get("check"))
            seen[check] = seen.get(check, 0) + 1
            key = f"{r.get('nodeid')}::{check}" + (f"#{seen[check]}" if seen[check] > 1 else "")
            out[key] = {"metric": str(m.get("metric") or check), "value": float(v), "direction": m["direction"],
                        "passed": bool(m.get("passed"))}
    return out


def _tolerance_for(name: str, tolerances: list[Tolerance]) -> Tolerance | None:
    for t in tolerances:  # the first matching pattern wins, as written
        if fnmatch.fnmatchcase(name, t.pattern):
            return t
    return None


def _worsening(baseline: float, current: float, direction: str) -> float:
    """How much worse ``current`` is than ``baseline`` (> 0 worse, < 0 better)."""
    return current - baseline if direction == "max" else baseline - current


def compare(baseline: dict[str, Any], current: dict[str, Any], tolerances: list[Tolerance],
            path: str = "") -> dict[str, Any]:
    """Compare two results documents; the result goes to ``State.extras["baseline"]`` and the report.

    ``verdict`` is "fail" when any figure got worse by more than its tolerance.
    """
    regressions, improvements, changes = [], [], []
    compared = 0

    def check(what: str, name: str, b: float, c: float, direction: str) -> None:
        nonlocal compared
        compared += 1
        worse = _worsening(b, c, direction)
        if abs(worse) <= EPS:
            return
        tol = _tolerance_for(name, tolerances)
        entry = {"what": what, "name": name, "baseline": b, "current": c, "delta": round(c - b, 6),
                 "direction": direction, "tolerance": tol.text if tol else None}
        if worse > 0 and tol is not None and worse > tol.allowed(b) + EPS:
            regressions.append(entry)
        elif worse < 0:
            improvements.append(entry)
        else:
            changes.append(entry)

    b_agg = (baseline.get("summary") or {}).get("aggregates") or {}
    c_agg = (current.get("summary") or {}).get("aggregates") or {}
    for name in sorted(set(b_agg) & set(c_agg)):
        b, c = b_agg[name], c_agg[name]
        if isinstance(b.get("value"), (int, float)) and isinstance(c.get("value"), (int, float)):
            check(name, name, float(b["value"]), float(c["value"]), str(c.get("direction") or b.get("direction") or "max"))
    b_cases, c_cases = _case_figures(baseline.get("records") or []), _case_figures(current.get("records") or [])
    newly_failing = []
    for key in sorted(set(b_cases) & set(c_cases)):
        b, c = b_cases[key], c_cases[key]
        check(key, f"case.{c['metric']}", b["value"], c["value"], c["direction"])
        if b["passed"] and not c["passed"]:
            newly_failing.append(key)
    missing = sorted(set(b_cases) - set(c_cases))
    new = sorted(set(c_cases) - set(b_cases))
    return {
        "path": str(path), "verdict": "fail" if regressions else "pass", "compared": compared,
        "tolerances": {t.pattern: t.text for t in tolerances},
        "regressions": regressions, "improvements": improvements, "within_tolerance": changes,
        "newly_failing": newly_failing, "missing": missing, "new": new,
        "baseline_meta": {k: (baseline.get("meta") or {}).get(k) for k in ("created", "seed", "model_spec", "models")},
    }
