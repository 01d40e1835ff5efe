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

from ..verdicts.summary import case_verdict, hallucination_source, heard_of, margin, overall_verdict
from .charts import bar_chart, robustness_curves

TEMPLATES = Path(__file__).parent / "templates"
_SAFE_SRC = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\.(wav|flac|ogg|mp3)$")
_DIFF_TOKEN = re.compile(r"\[([+-])([^\]]*)\]|\[([^\]]*?)->([^\]]*)\]|(\S+)")
#: Where a long config value may break: after these separators (never inside a token).
_SEPARATORS = re.compile(r"(?<=[/?&=:,;#._@-])")
#: Rows of the "worst first" table.
WORST_ROWS = 15


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


def wrap_at_separators(value: Any) -> Any:
    """Escaped text with ``<wbr>`` after separators (``/ ? & = : , ; # . _ @ -``): a long config string or node id
    wraps between its parts, not mid-token."""
    from markupsafe import Markup, escape

    return Markup("<wbr>").join(escape(part) for part in _SEPARATORS.split(fmt(value)))


def _clip(value: Any, limit: int = 300) -> Any:
    """Long strings in a case's details are cut (the JSON keeps them whole)."""
    return value[:limit] + "…" if isinstance(value, str) and len(value) > limit else value


def heat_class(rate: Any) -> str:
    if not isinstance(rate, (int, float)):
        return "hna"
    return f"h{round(max(0.0, min(1.0, float(rate))) * 10)}"


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
            "duration": r.get("duration"), "heard": heard_of(r), "source": hallucination_source(r)}


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
        "matrices": rob.get("matrices") or [],
        "worst": [w for w in rob.get("worst") or [] if w.get("pass_rate", 1) < 1][:WORST_ROWS],
        "curves": robustness_curves(rob.get("matrices") or []),
        "hallucination": summary.get("hallucination") or {"families": {}, "offending": []},
        "models_side_by_side": models_side_by_side((summary.get("hallucination") or {}).get("families") or {}),
        "fairness": fairness_view(summary.get("fairness") or {"tables": [], "gap_checks": []}),
        "cascade": summary.get("cascade") or {}, "heard_cases": [c for c in cases if c["heard"]],
        "methods": summary.get("verdict_methods") or {},
        "cases": cases, "verdicts": verdicts, "pope": pope_tables(summary.get("pope") or {}), **_trust(doc),
        "gate_verdicts": {str(g.get("group") or g.get("name")): g.get("verdict") for g in doc.get("gates") or []},
    }


#: POPE figures drawn as bars per set (strategy, phrasing), in this order.
POPE_BARS = (("f1", "F1"), ("accuracy", "accuracy"), ("yes_ratio", "yes-ratio"))


def pope_tables(pope: dict[str, Any]) -> list[dict[str, Any]]:
    """One POPE table and chart per model: rows (all, per strategy, per phrasing), F1/accuracy/yes-ratio bars per
    row (a dashed line at yes-ratio 0.5, the balanced answer), and the F1 spread across phrasings."""
    out = []
    for model, p in sorted(pope.items()):
        rows = [("all", p.get("all") or {})]
        rows += [(f"strategy {k}", v) for k, v in sorted((p.get("by_strategy") or {}).items())]
        rows += [(f"phrasing {k}", v) for k, v in sorted((p.get("by_phrasing") or {}).items())]
        bars = [{"label": "" if j else label, "key": f"{label} · {name}", "value": row.get(key), "group": name,
                 "gap_before": bool(i and not j)}
                for i, (label, row) in enumerate(rows) for j, (key, name) in enumerate(POPE_BARS)]
        out.append({"model": model, "rows": rows, "spread": (p.get("phrasing_spread") or {}).get("f1"),
                    "chart": bar_chart(bars, vmax=1.0, mark=0.5, w=340)})
    return out


#: Columns of the side-by-side hallucination table, per model.
SIDE_BY_SIDE = (("rate", "hallucination rate"), ("yes_ratio", "yes-ratio"), ("missed_rate", "missed controls"))


def models_side_by_side(families: dict[str, Any]) -> dict[str, Any] | None:
    """Hallucination figures with one row per probe family and one column group per model configuration
    (None unless the run probed several models)."""
    models = sorted({str(f.get("model")) for f in families.values() if f.get("model")})
    if len(models) < 2:
        return None
    grid: dict[str, dict[str, Any]] = {}
    for f in families.values():
        if f.get("family") and f.get("model"):
            grid.setdefault(str(f["family"]), {})[str(f["model"])] = f
    return {"models": models, "columns": SIDE_BY_SIDE, "rows": sorted(grid.items())}


def fairness_view(fair: dict[str, Any]) -> dict[str, Any]:
    """Fairness tables and gap checks, each with a bar chart of its per-voice (per-group) values."""
    tables = [{**t, "chart": bar_chart([{"label": r["voice"], "value": r.get("mean")} for r in t.get("rows") or []])}
              for t in fair.get("tables") or []]
    checks = [{**g, "chart": bar_chart([{"label": k, "value": v} for k, v in (g.get("per_voice") or {}).items()])
               if g.get("per_voice") else None} for g in fair.get("gap_checks") or []]
    return {"tables": tables, "gap_checks": checks}


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
    env.filters["wrap"] = wrap_at_separators
    env.filters["pct"] = lambda x: "n/a" if not isinstance(x, (int, float)) else f"{x:.0%}"
    return env.get_template("report.html.j2").render(
        csp=csp, script=Markup(script), style=Markup(style), **view_model(doc))
