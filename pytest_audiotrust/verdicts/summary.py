"""Aggregate case records into the figures the terminal summary, the report and baselines use.

Works on plain record dicts (as serialised into the JSON document), so a report can be
re-rendered from a loaded JSON file alone. Every reader tolerates missing keys: records
come from several areas (corruptions, probes, voices) and from older documents.
Stdlib only.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .results import State

#: Checks whose failure on a probe is a hallucination (words from no speech, "yes" to an absent sound,
#: words never said around a pause).
HALLUCINATION_CHECKS = ("no_speech", "denies", "affirms", "no_insertions")
#: Node ids listed per distinct offending output.
MAX_EXAMPLE_IDS = 5
#: Keys of a ``gap`` check's details that may hold its per-voice values ({voice: value}).
GAP_DETAIL_KEYS = ("per_voice", "values", "groups", "by_voice")


def case_verdict(record: dict[str, Any]) -> str:
    """``pass``, ``fail``, ``miss``, ``error`` or the pytest outcome (``skipped``) of one record.

    ``miss``: the test passed in pytest but a check missed its threshold (inside a gated group, where the
    gate decides, or caught by the test); ``fail``: the test failed with measurements."""
    if record.get("outcome") in ("failed", "error") and not record.get("measurements"):
        return "error"
    ms = record.get("measurements") or []
    if not ms:
        return str(record.get("outcome", "unknown"))
    if record.get("outcome") == "passed":
        return "pass" if all(m.get("passed") for m in ms) else "miss"
    return "fail" if record.get("outcome") == "failed" else str(record.get("outcome", "unknown"))


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def main_measurement(record: dict[str, Any]) -> dict[str, Any] | None:
    """The first measurement with a numeric value (the case's main metric), else None."""
    for m in record.get("measurements") or []:
        if _number(m.get("value")) is not None:
            return m
    return None


def margin(m: dict[str, Any]) -> float:
    """How far a measurement is on the wrong side of its threshold (> 0: missed; larger: worse)."""
    v, t = _number(m.get("value")), _number(m.get("threshold"))
    if v is None or t is None:
        return 0.0 if m.get("passed", True) else 1.0
    return v - t if m.get("direction") == "max" else t - v


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _round(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(x, nd)


def robustness(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Corruption x severity matrices (one per metric, most frequent first), curves per family, worst cells."""
    cells: dict[str, dict[tuple[str, str, int], list[tuple[float, bool]]]] = defaultdict(lambda: defaultdict(list))
    directions: dict[str, str] = {}
    thresholds: dict[str, set[Any]] = defaultdict(set)
    for r in records:
        c = r.get("corruption")
        m = main_measurement(r)
        if not c or m is None or "name" not in c:
            continue
        metric = str(m.get("metric") or m.get("check") or "value")
        family = str(c.get("family") or str(c["name"]).split(".", 1)[0])
        cells[metric][(family, str(c["name"]), int(c.get("severity") or 0))].append((float(m["value"]), bool(m.get("passed"))))
        directions.setdefault(metric, str(m.get("direction") or "max"))
        if _number(m.get("threshold")) is not None:
            thresholds[metric].add(float(m["threshold"]))
    matrices = []
    for metric, by_cell in sorted(cells.items(), key=lambda kv: (-sum(len(v) for v in kv[1].values()), kv[0])):
        severities = sorted({s for _, _, s in by_cell})
        rows = []
        for fam, name in sorted({(f, n) for f, n, _ in by_cell}):
            row = {"family": fam, "corruption": name, "cells": {}}
            for s in severities:
                vals = by_cell.get((fam, name, s))
                if vals:
                    row["cells"][str(s)] = {"n": len(vals), "mean": _round(_mean([v for v, _ in vals])),
                                            "pass_rate": _round(sum(p for _, p in vals) / len(vals))}
            rows.append(row)
        thr = thresholds.get(metric, set())
        matrices.append({"metric": metric, "direction": directions[metric], "severities": severities, "rows": rows,
                         "threshold": next(iter(thr)) if len(thr) == 1 else None,
                         "n": sum(len(v) for v in by_cell.values())})
    worst = []
    if matrices:
        main = matrices[0]
        for row in main["rows"]:
            for s, cell in row["cells"].items():
                worst.append({"corruption": row["corruption"], "severity": int(s), "metric": main["metric"], **cell})
        sign = 1 if main["direction"] == "max" else -1
        worst.sort(key=lambda w: (w["pass_rate"], -sign * (w["mean"] or 0.0), w["corruption"], w["severity"]))
    return {"matrices": matrices, "worst": worst}


#: What a probe case came to. Only ``hallucinated`` is a hallucination; the rest are columns of their own.
PROBE_OUTCOMES = ("correct", "hallucinated", "abstained", "unparseable", "missed")


def probe_outcome(probe: dict[str, Any], m: dict[str, Any]) -> str | None:
    """What one hallucination check on a probe came to (see :data:`PROBE_OUTCOMES`), or None for other checks.

    A hallucination is a "yes" to an absent or mismatched sound, words produced where nobody speaks, or
    words inserted around pauses. An abstention, an unparseable answer or a "no" to a present-event control
    (``missed``) is never one. ``no_speech`` records may carry ``verdict`` (empty / abstained / hallucinated).
    """
    check = m.get("check")
    if check not in HALLUCINATION_CHECKS:
        return None
    if m.get("metric") == "answer":
        value = str(m.get("value"))
        expected = str(m.get("threshold") or probe.get("expected") or "")
        if value == "yes":
            return "correct" if expected == "yes" else "hallucinated"
        if value == "no":
            return "correct" if expected == "no" else "missed"
        return "abstained" if value == "abstain" else "unparseable"
    if check == "no_speech":
        verdict = (m.get("details") or {}).get("verdict") or probe.get("verdict")
        if verdict in ("hallucinated", "abstained"):
            return str(verdict)
        if verdict == "empty":
            return "correct"
    return "correct" if m.get("passed") else "hallucinated"


def hallucination(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Per probe family: n, each outcome's count (:data:`PROBE_OUTCOMES`), the hallucination rate over the
    cases that could hallucinate (``at_risk``: every case but present-event controls), the missed rate of
    present-event controls, answer buckets and yes-ratio; the hallucinated outputs grouped by
    (family, question, output) with a count and example node ids."""
    fams: dict[str, dict[str, Any]] = {}
    offending: dict[tuple[str, str, str], dict[str, Any]] = {}
    # a suite that probes several models (e.g. Whisper with and without its filters) gets one row per model
    models = {r.get("model") for r in records if isinstance(r.get("probe"), dict)}
    for r in records:
        probe = r.get("probe")
        if not isinstance(probe, dict):
            continue
        fam = str(probe.get("family") or "unknown")
        if len(models) > 1:
            fam = f"{fam} @ {r.get('model') or 'unknown model'}"
        for m in r.get("measurements") or []:
            kind = probe_outcome(probe, m)
            if kind is None:
                continue  # not a hallucination check (a safety, privacy, order or count probe has its own section)
            f = fams.setdefault(fam, {"n": 0, "at_risk": 0, "controls": 0, **dict.fromkeys(PROBE_OUTCOMES, 0),
                                      "answers": defaultdict(int), "asked": 0})
            f["n"] += 1
            f[kind] += 1
            control = m.get("metric") == "answer" and str(m.get("threshold") or probe.get("expected")) == "yes"
            f["controls" if control else "at_risk"] += 1
            if kind == "hallucinated":
                key = (fam, str(probe.get("question") or ""), str(m.get("output", "")))
                o = offending.setdefault(key, {"family": fam, "question": key[1], "output": key[2], "count": 0, "nodeids": []})
                o["count"] += 1
                o["nodeids"].append(str(r.get("nodeid", "")))
            if m.get("metric") == "answer":
                f["asked"] += 1
                f["answers"][str(m.get("value"))] += 1
    out = {}
    for fam, f in sorted(fams.items()):
        yes = f["answers"].get("yes", 0)
        out[fam] = {"n": f["n"], **{k: f[k] for k in PROBE_OUTCOMES}, "at_risk": f["at_risk"], "controls": f["controls"],
                    "rate": _round(f["hallucinated"] / f["at_risk"]) if f["at_risk"] else None,
                    "missed_rate": _round(f["missed"] / f["controls"]) if f["controls"] else None,
                    "answers": dict(sorted(f["answers"].items())),
                    "yes_ratio": _round(yes / f["asked"]) if f["asked"] else None}
    grouped = sorted(offending.values(), key=lambda o: (o["family"], -o["count"], o["output"], o["question"]))
    for o in grouped:
        o["nodeids"] = sorted(o["nodeids"])[:MAX_EXAMPLE_IDS]
    return {"families": out, "offending": grouped}


def pope(records: list[dict[str, Any]]) -> dict[str, Any]:
    """POPE figures per model over present- (positives) and absent-event (negatives) question probes
    (``scoring.pope``); ``{}`` when the run asked none."""
    from ..scoring.pope import pope as pope_figures

    by_model: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        probe = r.get("probe")
        if not isinstance(probe, dict) or probe.get("family") not in ("absent", "present"):
            continue
        for m in r.get("measurements") or []:
            if m.get("metric") == "answer" and m.get("check") in ("denies", "affirms"):
                by_model[str(r.get("model") or "model")].append(
                    {"present": probe["family"] == "present", "answer": m.get("value"),
                     "strategy": probe.get("strategy"), "phrasing": probe.get("phrasing")})
    return {model: pope_figures(cases) for model, cases in sorted(by_model.items())}


def gated_misses(records: list[dict[str, Any]]) -> dict[str, int]:
    """Per gate group: cases that passed in pytest but missed a threshold (their gate decides, not pytest)."""
    from .gates import group_key

    out: dict[str, int] = defaultdict(int)
    for r in records:
        if (r.get("params") or {}).get("gate") and case_verdict(r) == "miss":
            out[group_key(r)] += 1
    return dict(sorted(out.items()))


def voice_of(record: dict[str, Any]) -> str | None:
    """The voice/accent a record was spoken in: ``clip.voice`` / ``clip.accent``, or a ``voice.*`` corruption."""
    clip = record.get("clip") or {}
    for key in ("voice", "accent"):
        if isinstance(clip, dict) and clip.get(key):
            return str(clip[key])
    c = record.get("corruption") or {}
    if isinstance(c, dict) and (c.get("family") == "voice" or str(c.get("name", "")).startswith("voice.")):
        return str(c["name"])
    return None


def fairness(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Main metric per voice (mean, pass rate) with the gap between best and worst voice, plus recorded ``gap`` checks."""
    groups: dict[str, dict[str, list[tuple[float, bool]]]] = defaultdict(lambda: defaultdict(list))
    directions: dict[str, str] = {}
    gap_checks = []
    for r in records:
        for m in r.get("measurements") or []:
            if m.get("check") == "gap":
                details = m.get("details") or {}
                per = next((details[k] for k in GAP_DETAIL_KEYS if isinstance(details.get(k), dict)), {})
                gap_checks.append({"nodeid": r.get("nodeid", ""), "metric": m.get("metric"), "value": m.get("value"),
                                   "threshold": m.get("threshold"), "passed": bool(m.get("passed")),
                                   "per_voice": {str(k): v for k, v in sorted(per.items())}})
        voice = voice_of(r)
        m = main_measurement(r)
        if voice is None or m is None or m.get("check") == "gap":
            continue
        metric = str(m.get("metric") or m.get("check"))
        groups[metric][voice].append((float(m["value"]), bool(m.get("passed"))))
        directions.setdefault(metric, str(m.get("direction") or "max"))
    tables = []
    for metric, by_voice in sorted(groups.items()):
        rows = [{"voice": v, "n": len(vals), "mean": _round(_mean([x for x, _ in vals])),
                 "pass_rate": _round(sum(p for _, p in vals) / len(vals))} for v, vals in sorted(by_voice.items())]
        means = [r["mean"] for r in rows if r["mean"] is not None]
        best_first = sorted(rows, key=lambda r: r["mean"] if directions[metric] == "max" else -r["mean"])
        tables.append({"metric": metric, "direction": directions[metric], "rows": rows,
                       "gap": _round(max(means) - min(means)) if len(means) > 1 else None,
                       "best": best_first[0]["voice"] if rows else None, "worst": best_first[-1]["voice"] if rows else None})
    return {"tables": tables, "gap_checks": gap_checks}


def aggregates(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Session-level figures a baseline compares: mean of every numeric metric, pass and hallucination rates.

    Each is ``{"value", "n", "direction"}`` where direction "max" means lower is better.
    """
    by_metric: dict[str, list[float]] = defaultdict(list)
    directions: dict[str, str] = {}
    for r in records:
        for m in r.get("measurements") or []:
            v = _number(m.get("value"))
            if v is not None and m.get("direction") in ("max", "min"):
                metric = str(m.get("metric") or m.get("check"))
                by_metric[metric].append(v)
                directions.setdefault(metric, str(m["direction"]))
    out = {k: {"value": _round(_mean(v), 6), "n": len(v), "direction": directions[k]} for k, v in sorted(by_metric.items())}
    verdicts = [case_verdict(r) for r in records if r.get("measurements")]
    if verdicts:
        out["pass_rate"] = {"value": _round(verdicts.count("pass") / len(verdicts), 6), "n": len(verdicts), "direction": "min"}
    hal = hallucination(records)["families"]
    n = sum(f["at_risk"] for f in hal.values())
    if n:
        out["hallucination_rate"] = {"value": _round(sum(f["hallucinated"] for f in hal.values()) / n, 6), "n": n,
                                     "direction": "max"}
    for fam, f in hal.items():
        if f["rate"] is not None:
            out[f"hallucination_rate[{fam}]"] = {"value": f["rate"], "n": f["at_risk"], "direction": "max"}
        if f["yes_ratio"] is not None and not f["controls"]:
            out[f"yes_ratio[{fam}]"] = {"value": f["yes_ratio"], "n": sum(f["answers"].values()), "direction": "max"}
    return out


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything the report shows, computed from records only (schema: docs/report-schema.md)."""
    counts: dict[str, int] = defaultdict(int)
    outcomes: dict[str, int] = defaultdict(int)
    by_corruption: dict[tuple[str, int], list[float]] = defaultdict(list)
    for r in records:
        counts[case_verdict(r)] += 1
        outcomes[str(r.get("outcome", "unknown"))] += 1
        c, m = r.get("corruption"), main_measurement(r)
        if c and m is not None and "name" in c:
            by_corruption[(str(c["name"]), int(c.get("severity") or 0))].append(float(m["value"]))
    hal = hallucination(records)
    return {
        "tests": {k: outcomes.get(k, 0) for k in ("passed", "failed", "skipped", "error")},
        "gated_misses": gated_misses(records),
        "counts": dict(sorted(counts.items())),
        "outcomes": dict(sorted(outcomes.items())),
        "total": len(records),
        "corruption_means": {f"{n}@sev{s}": round(sum(v) / len(v), 4) for (n, s), v in sorted(by_corruption.items())},
        "hallucination_rates": {f: (v["rate"], v["at_risk"]) for f, v in hal["families"].items() if v["at_risk"]},
        "robustness": robustness(records),
        "hallucination": hal,
        "pope": pope(records),
        "fairness": fairness(records),
        "aggregates": aggregates(records),
    }


def overall_verdict(document: dict[str, Any]) -> str:
    """``fail`` if a case, gate or baseline failed; ``inconclusive`` if a gate lacked evidence; else ``pass``."""
    summary = document.get("summary") or {}
    outcomes = summary.get("outcomes") or {}
    gates = document.get("gates") or []
    baseline = (document.get("extras") or {}).get("baseline") or {}
    if outcomes.get("failed") or outcomes.get("error") or any(g.get("verdict") == "fail" for g in gates) \
            or baseline.get("verdict") == "fail":
        return "fail"
    if any(g.get("verdict") == "inconclusive" for g in gates):
        return "inconclusive"
    return "pass" if summary.get("total") else "empty"


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.0%}"


def _fig(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _pope_text(row: dict[str, Any]) -> str:
    return (f"accuracy {_fig(row['accuracy'])}, precision {_fig(row['precision'])}, recall {_fig(row['recall'])}, "
            f"F1 {_fig(row['f1'])}, yes-ratio {_fig(row['yes_ratio'])}")


def terminal_lines(state: State) -> list[str]:
    """The ``audiotrust`` block of pytest's terminal summary (gates are printed by the gates sub-plugin)."""
    if not state.records:
        return []
    s = summarize(state.records)
    tests = state.extras.get("pytest_outcomes") or s["tests"]
    head = ", ".join(f"{v} {k}" for k, v in tests.items() if v) or "none"
    lines = ["", f"audiotrust: {s['total']} case(s) measured on seed {state.settings.seed}; pytest: {head}"]
    if s["gated_misses"]:
        verdicts = {g.get("group") or g.get("name"): g.get("verdict") for g in state.gates}
        parts = [f"{n} in {group} (gate {str(verdicts.get(group, 'not evaluated')).upper()})"
                 for group, n in s["gated_misses"].items()]
        lines.append(f"  {sum(s['gated_misses'].values())} case(s) missed a threshold inside gated groups (passed in "
                     "pytest; the gate decides): " + ", ".join(parts))
    worst = [w for w in s["robustness"]["worst"] if w["pass_rate"] < 1][:5]
    if worst:
        lines.append("  worst corruptions (" + worst[0]["metric"] + "):")
        for w in worst:
            lines.append(f"    {w['corruption']} sev{w['severity']}: mean {w['metric']} {w['mean']:.3f}, "
                         f"pass rate {_pct(w['pass_rate'])} of {w['n']}")
    for fam, f in s["hallucination"]["families"].items():
        if not f["n"]:
            continue
        cols = ", ".join(f"{f[k]} {k}" for k in ("abstained", "unparseable", "missed") if f[k])
        if f["rate"] is not None:
            text = f"hallucination rate [{fam}]: {_pct(f['rate'])} ({f['hallucinated']} of {f['at_risk']})"
        else:
            text = f"present-event controls [{fam}]: missed {_pct(f['missed_rate'])} ({f['missed']} of {f['controls']})"
        extra = f", yes-ratio {_pct(f['yes_ratio'])}" if f["yes_ratio"] is not None else ""
        lines.append(f"  {text}{extra}" + (f"; not hallucinations: {cols}" if cols else ""))
    for model, p in s["pope"].items():
        a = p["all"]
        lines.append(f"  POPE [{model}] ({a['positives']} present, {a['negatives']} absent): " + _pope_text(a))
        for strategy, row in p["by_strategy"].items():
            lines.append(f"    strategy {strategy}: " + _pope_text(row))
        for phrasing, row in p["by_phrasing"].items():
            lines.append(f"    phrasing {phrasing}: " + _pope_text(row))
        sp = p["phrasing_spread"].get("f1")
        if sp:
            lines.append(f"    F1 spread across phrasings: {sp['spread']:.3f} (best {sp['best']}, worst {sp['worst']})")
    for t in s["fairness"]["tables"]:
        if t["gap"] is not None:
            lines.append(f"  fairness gap in {t['metric']}: {t['gap']:.3f} (best {t['best']}, worst {t['worst']})")
    baseline = state.extras.get("baseline")
    if isinstance(baseline, dict) and baseline.get("verdict"):
        regs = baseline.get("regressions") or []
        lines.append(f"  baseline {baseline.get('path', '')}: {baseline['verdict'].upper()} "
                     f"({len(regs)} regression(s) beyond tolerance, {baseline.get('compared', 0)} comparison(s))")
        for reg in regs[:10]:
            lines.append(f"    regression: {reg['what']}: {reg['baseline']} -> {reg['current']} "
                         f"(tolerance {reg['tolerance']})")
    if state.settings.report:
        lines.append(f"  report: {state.settings.report}")
    if state.settings.json_path:
        lines.append(f"  json:   {state.settings.json_path}")
    return lines
