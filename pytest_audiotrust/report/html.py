"""HTML rendering: a view model from the results document, Jinja2 with autoescape, a hash-based CSP.

The page is one file: CSS and a small filter script are inlined and allowed by their SHA-256 in the
Content-Security-Policy (no 'unsafe-inline', no network). Audio players reference WAV files beside the
report (``<stem>_files/``) by validated relative paths only.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

from ..verdicts.summary import case_verdict, margin, overall_verdict

TEMPLATES = Path(__file__).parent / "templates"
_SAFE_SRC = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\.(wav|flac|ogg|mp3)$")
_DIFF_TOKEN = re.compile(r"\[([+-])([^\]]*)\]|\[([^\]]*?)->([^\]]*)\]|(\S+)")
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22")


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def diff_tokens(diff: Any) -> list[dict[str, str]]:
    """``"turn [off->on] the [+really] [-lights]"`` -> tokens with kind equal/sub/ins/del for colouring."""
    if not isinstance(diff, str) or not diff:
        return []
    out = []
    for m in _DIFF_TOKEN.finditer(diff):
        if m.group(1):
            out.append({"kind": "ins" if m.group(1) == "+" else "del", "text": m.group(2)})
        elif m.group(3) is not None:
            out.append({"kind": "sub", "old": m.group(3), "text": m.group(4)})
        else:
            out.append({"kind": "eq", "text": m.group(5)})
    return out


def safe_src(path: Any) -> str | None:
    """A relative ``folder/file.wav`` path, or None: no schemes, no ``..``, no absolute paths."""
    if isinstance(path, str) and _SAFE_SRC.match(path) and ".." not in path:
        return path
    return None


def fmt(value: Any) -> str:
    """Numbers shortened for tables; everything else as text (escaped by the template)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:
            return "nan"
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    if value is None:
        return ""
    return str(value)


def _clip(value: Any, limit: int = 300) -> Any:
    """Long strings in a case's details are cut (the JSON keeps them whole)."""
    return value[:limit] + "…" if isinstance(value, str) and len(value) > limit else value


def heat_class(rate: Any) -> str:
    if not isinstance(rate, (int, float)):
        return "hna"
    return f"h{round(max(0.0, min(1.0, float(rate))) * 10)}"


def curves(matrix: dict[str, Any]) -> list[dict[str, Any]]:
    """One inline-SVG chart per corruption family: mean metric against severity, a line per corruption."""
    sevs = matrix["severities"]
    if not sevs:
        return []
    w, h, left, right, top, bottom = 360, 190, 44, 12, 12, 34
    values = [c["mean"] for r in matrix["rows"] for c in r["cells"].values() if c["mean"] is not None]
    thr = matrix.get("threshold")
    ymax = max([1.0, *values, *([thr] if isinstance(thr, (int, float)) else [])])
    lo, hi = min(sevs), max(sevs)

    def x(s: int) -> float:
        return round(left + (w - left - right) * ((s - lo) / (hi - lo) if hi > lo else 0.5), 1)

    def y(v: float) -> float:
        return round(top + (h - top - bottom) * (1 - v / ymax), 1)

    charts: dict[str, dict[str, Any]] = {}
    for row in matrix["rows"]:
        chart = charts.setdefault(row["family"], {"family": row["family"], "lines": []})
        pts = [(int(s), c["mean"]) for s, c in sorted(row["cells"].items(), key=lambda kv: int(kv[0])) if c["mean"] is not None]
        colour = PALETTE[len(chart["lines"]) % len(PALETTE)]
        chart["lines"].append({"name": row["corruption"], "colour": colour, "idx": len(chart["lines"]) % len(PALETTE),
                               "points": " ".join(f"{x(s)},{y(v)}" for s, v in pts),
                               "dots": [{"x": x(s), "y": y(v), "label": f"sev{s}: {fmt(v)}"} for s, v in pts]})
    axis = {"w": w, "h": h, "x0": left, "x1": w - right, "y0": y(0), "y1": top,
            "xticks": [{"x": x(s), "label": f"sev{s}"} for s in sevs],
            "yticks": [{"y": y(v), "label": fmt(round(v, 2))} for v in (0, ymax / 2, ymax)],
            "threshold": y(thr) if isinstance(thr, (int, float)) else None}
    return [{**c, "axis": axis} for _, c in sorted(charts.items())]


def case_view(r: dict[str, Any]) -> dict[str, Any]:
    ms = []
    for m in r.get("measurements") or []:
        if not isinstance(m, dict):
            continue
        details = m.get("details") if isinstance(m.get("details"), dict) else {}
        ms.append({**m, "details": details, "diff": diff_tokens(details.get("diff")),
                   "extra": {k: _clip(v) for k, v in sorted(details.items()) if k != "diff" and not isinstance(v, (dict, list))}})
    c = r.get("corruption") if isinstance(r.get("corruption"), dict) else None
    probe = r.get("probe") if isinstance(r.get("probe"), dict) else None
    clip = r.get("clip") if isinstance(r.get("clip"), dict) else None
    arts = r.get("artifacts") if isinstance(r.get("artifacts"), dict) else {}
    order = {"clean": 0, "corrupted": 1}
    audio = [{"name": k, "src": safe_src(v)} for k, v in sorted(arts.items(), key=lambda kv: (order.get(kv[0], 2), kv[0]))]
    worst = max((margin(m) for m in ms), default=0.0)
    labels = []
    if c:
        labels.append(f"{c.get('name', '?')} sev{c.get('severity', '?')}")
    if probe:
        labels.append(f"probe {probe.get('id', '?')} ({probe.get('family', '?')})")
        tags = probe.get("audio_tags") if isinstance(probe.get("audio_tags"), list) else []
        named = [f"{t[0]} {float(t[1]):.2f}" for t in tags if isinstance(t, list) and len(t) == 2
                 and isinstance(t[1], (int, float))]
        if named:
            labels.append("audio holds (YAMNet): " + ", ".join(named))
    if clip:
        labels.append(f"clip {clip.get('id', '?')}" + (f" · voice {clip['voice']}" if clip.get("voice") else "")
                      + (f" · {clip['source_kind']} speech, {clip['speaker']} ({clip.get('license', '?')})"
                         if clip.get("source_kind") == "real" and clip.get("speaker") else ""))
    return {"nodeid": str(r.get("nodeid", "")), "verdict": case_verdict(r), "measurements": ms, "corruption": c,
            "achieved": {k: v for k, v in sorted(((c or {}).get("achieved") or {}).items())} if c else {},
            "probe": probe, "clip": clip, "labels": labels, "model": r.get("model"),
            # a missed threshold is already shown by its measurement; other failures keep their message
            "error": None if str(r.get("error") or "").startswith("ExpectationFailed") else r.get("error"),
            "outcome": r.get("outcome"), "audio": [a for a in audio if a["src"]], "worst": worst,
            "duration": r.get("duration")}


def view_model(doc: dict[str, Any]) -> dict[str, Any]:
    summary = doc.get("summary") or {}
    rob = summary.get("robustness") or {"matrices": [], "worst": []}
    cases = [case_view(r) for r in doc.get("records") or [] if isinstance(r, dict)]
    rank = {"fail": 0, "error": 1}
    cases.sort(key=lambda c: (rank.get(c["verdict"], 2), -c["worst"], c["nodeid"]))
    verdicts = sorted({c["verdict"] for c in cases})
    from . import redact

    meta = dict(doc.get("meta") or {})
    meta["model_info"] = redact(meta.get("model_info") or {})
    return {
        "doc": doc, "meta": meta, "summary": summary, "verdict": doc.get("verdict") or overall_verdict(doc),
        "gates": doc.get("gates") or [], "baseline": (doc.get("extras") or {}).get("baseline"),
        "matrices": rob.get("matrices") or [], "worst": [w for w in rob.get("worst") or [] if w.get("pass_rate", 1) < 1][:10],
        "curves": curves(rob["matrices"][0]) if rob.get("matrices") else [],
        "hallucination": summary.get("hallucination") or {"families": {}, "offending": []},
        "fairness": summary.get("fairness") or {"tables": [], "gap_checks": []},
        "cases": cases, "verdicts": verdicts, "pope": pope_tables(summary.get("pope") or {}), **_trust(doc),
        "gate_verdicts": {str(g.get("group") or g.get("name")): g.get("verdict") for g in doc.get("gates") or []},
    }


def pope_tables(pope: dict[str, Any]) -> list[dict[str, Any]]:
    """One POPE table per model: rows (all, per strategy, per phrasing) and the F1 spread across phrasings."""
    out = []
    for model, p in sorted(pope.items()):
        rows = [("all", p.get("all") or {})]
        rows += [(f"strategy {k}", v) for k, v in sorted((p.get("by_strategy") or {}).items())]
        rows += [(f"phrasing {k}", v) for k, v in sorted((p.get("by_phrasing") or {}).items())]
        out.append({"model": model, "rows": rows, "spread": (p.get("phrasing_spread") or {}).get("f1")})
    return out


def _trust(doc: dict[str, Any]) -> dict[str, Any]:
    """The scorecard and refusal tables: from the document, or recomputed for one written before they existed."""
    from .scorecard import trust_sections

    return {k: doc.get(k) or v for k, v in trust_sections(doc).items()}


def render(doc: dict[str, Any]) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    style = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    csp = ("default-src 'none'; "
           f"script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
           "img-src data:; media-src 'self' file:; base-uri 'none'; form-action 'none'")
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["fmt"] = fmt
    env.filters["heat"] = heat_class
    env.filters["pct"] = lambda x: "n/a" if not isinstance(x, (int, float)) else f"{x:.0%}"
    return env.get_template("report.html.j2").render(
        csp=csp, script=Markup(script), style=Markup(style), **view_model(doc))
