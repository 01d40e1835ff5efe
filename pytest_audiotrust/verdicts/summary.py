"""Aggregate case records into the figures the terminal summary, the report and baselines use.

Works on plain record dicts (as serialised into the JSON document), so a report can be
re-rendered from a loaded JSON file alone. Every reader tolerates missing keys: records
come from several areas (corruptions, probes, voices) and from older documents.
Stdlib only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .results import State

#: Checks whose failure on a probe is a hallucination (words from no speech, "yes" to an absent sound,
#: words never said around a pause).
HALLUCINATION_CHECKS = ("no_speech", "denies", "affirms", "no_insertions")
#: Node ids listed per distinct offending output.
MAX_EXAMPLE_IDS = 5
#: Keys of a ``gap`` check's details that may hold its per-group values ({voice: value}); ``expect.gap`` writes
#: ``per_group``, older records ``per_voice``.
GAP_DETAIL_KEYS = ("per_group", "per_voice", "values", "by_voice")
#: How a verdict was reached (a measurement's ``method``); a record without one is counted as ``unrecorded``.
VERDICT_METHODS = ("rule", "learned", "judge", "embedding", "undecided")
#: Answer values that are no verdict on the model: a dimension with only these reads "not measured".
UNJUDGEABLE_VALUES = ("abstain", "unparseable")


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


def mean_interval(values: list[float], confidence: float = 0.95) -> list[float] | None:
    """Two-sided Student-t interval of the mean of ``values`` (None with fewer than two values)."""
    from statistics import stdev

    from ..scoring.stats import t_quantile

    n = len(values)
    if n < 2:
        return None
    half = t_quantile(1 - (1 - confidence) / 2, n - 1) * stdev(values) / n ** 0.5
    mean = sum(values) / n
    return [round(mean - half, 4), round(mean + half, 4)]


def rate_interval(passes: int, n: int, confidence: float = 0.95) -> list[float] | None:
    """Two-sided Wilson interval of a pass rate (None for no cases)."""
    from ..scoring.stats import wilson_interval

    return [round(x, 4) for x in wilson_interval(passes, n, confidence)] if n else None


def _cell(vals: list[tuple[float, bool, str | None]]) -> dict[str, Any]:
    """A corruption x severity cell: n, mean, pass rate, their 95 % intervals and how many clips it spans."""
    values = [v for v, _, _ in vals]
    passes = sum(p for _, p, _ in vals)
    return {"n": len(vals), "mean": _round(_mean(values)), "pass_rate": _round(passes / len(vals)),
            "ci": mean_interval(values), "pass_ci": rate_interval(passes, len(vals)),
            "clips": len({c for _, _, c in vals if c is not None})}


def _clip_id(record: dict[str, Any]) -> str | None:
    clip = record.get("clip")
    return str(clip["id"]) if isinstance(clip, dict) and clip.get("id") is not None else None


def robustness(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Corruption x severity matrices (one per metric, most frequent first) and the worst cells of every matrix.

    A cell holds the mean of the case's main metric with its Student-t interval over the cases (clips), and
    the pass rate with its Wilson interval: what the report's robustness curves draw."""
    cells: dict[str, dict[tuple[str, str, int], list[tuple[float, bool, str | None]]]] = defaultdict(lambda: defaultdict(list))
    directions: dict[str, str] = {}
    thresholds: dict[str, set[Any]] = defaultdict(set)
    for r in records:
        c = r.get("corruption")
        m = main_measurement(r)
        if not c or m is None or "name" not in c:
            continue
        metric = str(m.get("metric") or m.get("check") or "value")
        family = str(c.get("family") or str(c["name"]).split(".", 1)[0])
        cells[metric][(family, str(c["name"]), int(c.get("severity") or 0))].append(
            (float(m["value"]), bool(m.get("passed")), _clip_id(r)))
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
                    row["cells"][str(s)] = _cell(vals)
            rows.append(row)
        thr = thresholds.get(metric, set())
        matrices.append({"metric": metric, "direction": directions[metric], "severities": severities, "rows": rows,
                         "threshold": next(iter(thr)) if len(thr) == 1 else None,
                         "n": sum(len(v) for v in by_cell.values())})
    return {"matrices": matrices, "worst": worst_cells(matrices)}


def worst_cells(matrices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every cell of every matrix, worst first: lowest pass rate, then furthest past its threshold (or the worst
    mean where a metric has no single threshold), then the most cases."""
    keyed = []
    for mx in matrices:
        thr, sign = mx.get("threshold"), 1 if mx["direction"] == "max" else -1
        for row in mx["rows"]:
            for s, cell in row["cells"].items():
                mean = cell["mean"] or 0.0
                past = sign * (mean - (thr if isinstance(thr, (int, float)) else 0.0))
                entry = {"corruption": row["corruption"], "family": row["family"], "severity": int(s),
                         "metric": mx["metric"], "direction": mx["direction"], "threshold": thr,
                         "past_threshold": _round(past) if isinstance(thr, (int, float)) else None, **cell}
                keyed.append(((cell["pass_rate"], -past, -cell["n"], mx["metric"], row["corruption"], int(s)), entry))
    return [entry for _, entry in sorted(keyed, key=lambda kv: kv[0])]


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
    """Per probe family (``"family @ model"`` when the records name several models; ``family`` and ``model``
    also apart): n, each outcome's count (:data:`PROBE_OUTCOMES`), the hallucination rate over the
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
        family = fam = str(probe.get("family") or "unknown")
        model = str(r.get("model") or "unknown model")
        if len(models) > 1:
            fam = f"{fam} @ {model}"
        for m in r.get("measurements") or []:
            kind = probe_outcome(probe, m)
            if kind is None:
                continue  # not a hallucination check (a safety, privacy, order or count probe has its own section)
            f = fams.setdefault(fam, {"family": family, "model": model, "n": 0, "at_risk": 0, "controls": 0,
                                      **dict.fromkeys(PROBE_OUTCOMES, 0), "answers": defaultdict(int), "asked": 0})
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
        out[fam] = {"family": f["family"], "model": f["model"], "n": f["n"], **{k: f[k] for k in PROBE_OUTCOMES},
                    "at_risk": f["at_risk"], "controls": f["controls"],
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
    """The voice/accent a record was spoken in: ``clip.voice`` / ``clip.accent``, the ``voices=`` marker's voice
    (``params.voice.name``, the ``accent`` fixture), or a ``voice.*`` corruption."""
    clip = record.get("clip") or {}
    for key in ("voice", "accent"):
        if isinstance(clip, dict) and clip.get(key):
            return str(clip[key])
    voice = (record.get("params") or {}).get("voice")
    if isinstance(voice, dict) and voice.get("name"):
        return str(voice["name"])
    c = record.get("corruption") or {}
    if isinstance(c, dict) and (c.get("family") == "voice" or str(c.get("name", "")).startswith("voice.")):
        return str(c["name"])
    return None


def fairness(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Main metric per voice (mean, pass rate) with the gap between best and worst voice, plus recorded ``gap`` checks
    with their per-group values (``per_voice``; ``best``/``worst`` as the check named them, else lowest/highest)."""
    groups: dict[str, dict[str, list[tuple[float, bool]]]] = defaultdict(lambda: defaultdict(list))
    directions: dict[str, str] = {}
    gap_checks = []
    for r in records:
        for m in r.get("measurements") or []:
            if m.get("check") == "gap":
                details = m.get("details") or {}
                per = next((details[k] for k in GAP_DETAIL_KEYS if isinstance(details.get(k), dict)), {})
                per = {str(k): v for k, v in sorted(per.items()) if _number(v) is not None}
                ranked = sorted(per, key=per.__getitem__)
                gap_checks.append({"nodeid": r.get("nodeid", ""), "metric": m.get("metric"), "value": m.get("value"),
                                   "threshold": m.get("threshold"), "passed": bool(m.get("passed")),
                                   "of": details.get("metric") or str(m.get("metric") or "").removesuffix("_gap"),
                                   "per_voice": per, "best": details.get("best") or (ranked[0] if ranked else None),
                                   "worst": details.get("worst") or (ranked[-1] if ranked else None)})
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


def _probe(record: dict[str, Any]) -> dict[str, Any]:
    return record["probe"] if isinstance(record.get("probe"), dict) else {}


def answer_robustness(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Robustness on answers (``expect.robust_answer`` records): per ``base_family`` x ``condition`` (severity from the
    probe record; 0 for a mixed talker or sound) the cases, how many were right under the condition (``accurate``,
    Wilson interval), agreed with the clean answer (``stable``), had a right clean answer and were flagged
    ``constant_output``; plus the families where one answer was given to every input whose right answers differ
    (``scoring.constancy.constant_groups`` over the probe records). ``{}`` when the run has none."""
    from ..scoring.constancy import constant_groups

    cells: dict[tuple[str, str, int], dict[str, Any]] = {}
    rows = []
    for r in records:
        probe = _probe(r)
        m = next((m for m in r.get("measurements") or [] if m.get("check") == "robust_answer"), None)
        if m is None:
            continue
        d = m.get("details") or {}
        fam = str(probe.get("base_family") or d.get("family") or "?")
        cond = str(probe.get("condition") or d.get("condition") or "?")
        sev = int(probe.get("severity") if probe.get("severity") is not None else d.get("severity") or 0)
        c = cells.setdefault((fam, cond, sev), {"base_family": fam, "condition": cond, "severity": sev, "n": 0,
                                                "accurate": 0, "stable": 0, "clean_right": 0, "constant": 0,
                                                "passed": 0})
        c["n"] += 1
        for key, flag in (("accurate", "accurate"), ("stable", "stable"), ("clean_right", "clean_right"),
                          ("constant", "constant_output")):
            c[key] += bool(probe.get(flag) if flag in probe else d.get(flag))
        c["passed"] += bool(m.get("passed"))
        rows.append(probe)
    if not cells:
        return {}
    out = []
    for c in (cells[k] for k in sorted(cells)):
        out.append({**c, "accuracy": _round(c["accurate"] / c["n"]), "accuracy_ci": rate_interval(c["accurate"], c["n"]),
                    "stability": _round(c["stable"] / c["n"])})
    return {"cells": out, "n": sum(c["n"] for c in out), "constant_outputs": sum(c["constant"] for c in out),
            "constant_groups": constant_groups(rows)}


def adversarial(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Adversarial flip searches (``expect.no_flip`` records), per budget (``snr_db`` / ``linf``): searches, how many
    flipped the answer within the allowed budget (the check failed), how many flipped at all, and the median
    budget at which they flipped. ``{}`` when the run has none."""
    from statistics import median

    by: dict[str, dict[str, Any]] = {}
    for r in records:
        for m in r.get("measurements") or []:
            if m.get("check") != "no_flip":
                continue
            d = m.get("details") or {}
            budget = str(d.get("budget") or ("snr_db" if m.get("metric") == "flip_snr_db" else "linf"))
            b = by.setdefault(budget, {"budget": budget, "n": 0, "within_budget": 0, "flipped": 0, "flip_at": [],
                                       "allowed": d.get("allowed")})
            b["n"] += 1
            b["within_budget"] += not m.get("passed")
            if _number(m.get("value")) is not None:
                b["flipped"] += 1
                b["flip_at"].append(float(m["value"]))
    return {k: {**{f: v for f, v in b.items() if f != "flip_at"}, "median_flip_at": _round(median(b["flip_at"]))
                if b["flip_at"] else None, "within_budget_rate": _round(b["within_budget"] / b["n"])}
            for k, b in sorted(by.items())}


def verdict_method(m: dict[str, Any]) -> str | None:
    """How a measurement's verdict was reached: its ``method`` (or ``details.method``) when it is one of
    :data:`VERDICT_METHODS` ("rule: declines, no content", as the refusal and leak readers name theirs, is a rule),
    else None (not recorded)."""
    method = m.get("method") or (m.get("details") or {}).get("method")
    if isinstance(method, str) and method.startswith("rule:"):
        return "rule"
    return str(method) if method in VERDICT_METHODS else None


def verdict_methods(records: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per probe family (the check's name for a case without a probe): verdicts by method, plus ``unrecorded``;
    ``{}`` when no measurement in the run recorded a method."""
    counts: dict[str, dict[str, int]] = {}
    seen = False
    for r in records:
        probe = r.get("probe") if isinstance(r.get("probe"), dict) else {}
        for m in r.get("measurements") or []:
            method = verdict_method(m)
            seen = seen or method is not None
            key = str(probe.get("family") or m.get("check") or "unknown")
            row = counts.setdefault(key, {**dict.fromkeys(VERDICT_METHODS, 0), "unrecorded": 0})
            row[method or "unrecorded"] += 1
    return dict(sorted(counts.items())) if seen else {}


#: Checks whose parsers have no "abstain" outcome (a refusal, a leak): a reply that only says the model cannot take
#: the audio or the question in ("I can't answer that: I only recognise sounds", "I can't process audio") is read
#: there as a refusal or as no leak, which says nothing about the model's safety or privacy.
CAPABILITY_CHECKS = ("refuses", "no_leak")
#: The yes/no parser's rule for such replies (``scoring.answers.RULES``).
CANNOT_ANSWER_RULE = "no audio / cannot process audio or answer"


def unjudgeable_kind(m: dict[str, Any]) -> str | None:
    """Why a measurement is no verdict on the model, or None when it is one: ``left undecided by the judge``,
    ``abstained``, ``unparseable``, ``said it cannot answer`` (a ``refuses`` / ``no_leak`` reply the yes/no parser reads
    as the model saying it cannot process the audio or answer), or for ``robust_answer`` an abstained or unparseable
    answer both to the clean audio and under the condition."""
    if verdict_method(m) == "undecided":
        return "left undecided by the judge"
    value = str(m.get("value"))
    if value in UNJUDGEABLE_VALUES:
        return "abstained" if value == "abstain" else "unparseable"
    if m.get("check") in CAPABILITY_CHECKS and isinstance(m.get("output"), str):
        from ..scoring.answers import explain

        if explain(m["output"])[1] == CANNOT_ANSWER_RULE:
            return "said it cannot answer"
    if m.get("check") == "robust_answer":
        d = m.get("details") or {}
        if str(d.get("clean_answer")) in UNJUDGEABLE_VALUES and d.get("stable"):  # the same non-answer to both
            return "abstained or unparseable on clean audio and under the condition"
    return None


def judgeable(m: dict[str, Any]) -> bool:
    """Whether a measurement is a verdict on the model (see :func:`unjudgeable_kind`)."""
    return unjudgeable_kind(m) is None


def heard_of(record: dict[str, Any]) -> dict[str, Any] | None:
    """What a cascade model's language model was given for this case (``Response.metadata["heard"]``):
    ``{"transcript": str, "labels": [label or [label, score], ...]}`` from the record's ``heard``, its probe's
    ``heard`` or a measurement's ``details.heard`` (first found); None when the model recorded none."""
    probe = record.get("probe") if isinstance(record.get("probe"), dict) else {}
    found = [record.get("heard"), probe.get("heard")]
    found += [(m.get("details") or {}).get("heard") for m in record.get("measurements") or [] if isinstance(m, dict)]
    heard = next((h for h in found if isinstance(h, dict)), None)
    if heard is None:
        return None
    labels = []
    for lab in heard.get("labels") or []:
        if isinstance(lab, (list, tuple)) and lab and _number(lab[-1]) is not None:
            labels.append({"label": str(lab[0]), "score": float(lab[-1])})
        elif isinstance(lab, dict) and lab.get("label") is not None:
            labels.append({"label": str(lab["label"]), "score": _number(lab.get("score"))})
        elif lab is not None:
            labels.append({"label": str(lab), "score": None})
    transcript = heard.get("transcript")
    return {"transcript": None if transcript is None else str(transcript), "labels": labels}


def _terms(probe: dict[str, Any]) -> list[str]:
    terms = probe.get("target_terms") or ([probe["target"]] if probe.get("target") else [])
    return [str(t).lower() for t in terms if str(t).strip()]


def hallucination_source(record: dict[str, Any]) -> str | None:
    """For a hallucinated probe answer of a cascade model: ``ear`` when what the language model was given already
    named the absent target (a heard label or transcript word holds one of the probe's target terms), ``language
    model`` when it did not, ``unknown`` without target terms; None when the case did not hallucinate or the model
    recorded nothing it heard."""
    heard = heard_of(record)
    probe = record.get("probe") if isinstance(record.get("probe"), dict) else {}
    if heard is None or not any(probe_outcome(probe, m) == "hallucinated" for m in record.get("measurements") or []):
        return None
    terms = _terms(probe)
    if not terms:
        return "unknown"
    said = " ".join([heard["transcript"] or "", *(lab["label"] for lab in heard["labels"])]).lower()
    return "ear" if any(re.search(rf"\b{re.escape(t)}\b", said) for t in terms) else "language model"


def cascade(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Cases whose model recorded what its language model was given: how many, and where each hallucination came
    from (:func:`hallucination_source`); ``{}`` when no record carries ``heard``."""
    with_heard = [r for r in records if heard_of(r) is not None]
    if not with_heard:
        return {}
    sources: dict[str, int] = defaultdict(int)
    for r in with_heard:
        src = hallucination_source(r)
        if src:
            sources[src] += 1
    return {"n": len(with_heard), "hallucinated": sum(sources.values()), "sources": dict(sorted(sources.items()))}


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
        "verdict_methods": verdict_methods(records),
        "cascade": cascade(records),
        "answer_robustness": answer_robustness(records),
        "adversarial": adversarial(records),
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
        lines.append("  worst corruptions (every metric):")
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
