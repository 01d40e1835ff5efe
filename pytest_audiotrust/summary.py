"""Aggregate case records into the figures the terminal summary and the report show."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .session import State


def case_verdict(record: dict[str, Any]) -> str:
    if record.get("outcome") in ("failed", "error") and not record.get("measurements"):
        return "error"
    ms = record.get("measurements") or []
    return "pass" if ms and all(m["passed"] for m in ms) and record.get("outcome") == "passed" else (
        "fail" if ms else record.get("outcome", "unknown"))


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts, per-corruption and per-probe-family figures."""
    counts: dict[str, int] = defaultdict(int)
    by_corruption: dict[tuple[str, int], list[float]] = defaultdict(list)
    probe_fam: dict[str, list[bool]] = defaultdict(list)
    for r in records:
        counts[case_verdict(r)] += 1
        c = r.get("corruption")
        for m in r.get("measurements") or []:
            if c and isinstance(m.get("value"), (int, float)):
                by_corruption[(c["name"], c["severity"])].append(float(m["value"]))
            if m["check"] == "no_speech" and r.get("probe"):
                probe_fam[r["probe"]["family"]].append(not m["passed"])
    return {
        "counts": dict(counts),
        "total": len(records),
        "corruption_means": {f"{n}@sev{s}": sum(v) / len(v) for (n, s), v in sorted(by_corruption.items())},
        "hallucination_rates": {f: (sum(v) / len(v), len(v)) for f, v in sorted(probe_fam.items())},
    }


def terminal_lines(state: State) -> list[str]:
    if not state.records:
        return []
    s = summarize(state.records)
    lines = ["", f"audiotrust: {s['total']} case(s) measured on seed {state.settings.seed}: "
             + ", ".join(f"{v} {k}" for k, v in sorted(s["counts"].items()))]
    for fam, (rate, n) in s["hallucination_rates"].items():
        lines.append(f"  hallucination rate [{fam}]: {rate:.0%} of {n}")
    if state.settings.report:
        lines.append(f"  report: {state.settings.report}")
    if state.settings.json_path:
        lines.append(f"  json:   {state.settings.json_path}")
    return lines
