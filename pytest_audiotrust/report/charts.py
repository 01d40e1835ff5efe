"""Chart geometry for the HTML report: inline SVG line charts with confidence bands and horizontal bar charts.

Functions return plain dicts of pixel coordinates; ``templates/charts.html.j2`` draws them (no JS, no
library, nothing the CSP has to allow). Labels stay text for the template to escape.
"""

from __future__ import annotations

from typing import Any

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22")
#: Error-rate metrics preferred as a family's robustness curve (then the family's most frequent metric).
CURVE_METRICS = ("wer", "cer")


def _fmt(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _dot(p: tuple[Any, ...], x: Any, y: Any, label: Any) -> dict[str, Any]:
    s, v, lo, hi = p[:4]
    ci = f" (95% CI {label(lo)}–{label(hi)})" if lo is not None and hi is not None else ""
    n = f", n={p[4]}" if len(p) > 4 and p[4] is not None else ""
    return {"x": x(s), "y": y(v), "sev": s, "value": v, "label": f"sev{s}: {label(v)}{ci}{n}"}


def line_chart(lines: list[dict[str, Any]], xs: list[int], *, ymax: float, threshold: float | None = None,
               percent: bool = False, w: int = 270, h: int = 200) -> dict[str, Any]:
    """Lines over severities: ``lines`` are ``{"name", "points": [(x, y, lo, hi)]}`` (lo/hi None: no band).

    Each line gets a polyline, dots (tooltip: value, interval, n) and a band polygon where intervals exist.
    ``ymax`` is the top of the y axis (bands are clamped into [0, ymax] for drawing only)."""
    left, right, top, bottom = 40, 18, 10, 34
    lo_x, hi_x = min(xs), max(xs)

    def x(s: float) -> float:
        return round(left + (w - left - right) * ((s - lo_x) / (hi_x - lo_x) if hi_x > lo_x else 0.5), 1)

    def y(v: float) -> float:
        return round(top + (h - top - bottom) * (1 - max(0.0, min(ymax, v)) / ymax), 1)

    def label(v: float) -> str:
        return f"{v:.0%}" if percent else _fmt(v)

    out = []
    for i, ln in enumerate(lines):
        pts = sorted(ln["points"], key=lambda p: p[0])
        banded = [p for p in pts if p[2] is not None and p[3] is not None]
        band = ""
        if len(banded) > 1:
            band = " ".join(f"{x(p[0])},{y(p[3])}" for p in banded)
            band += " " + " ".join(f"{x(p[0])},{y(p[2])}" for p in reversed(banded))
        out.append({
            "name": ln["name"], "colour": PALETTE[i % len(PALETTE)], "idx": i % len(PALETTE), "band": band,
            "points": " ".join(f"{x(p[0])},{y(p[1])}" for p in pts),
            "bars": [{"x": x(p[0]), "y0": y(p[2]), "y1": y(p[3])} for p in banded],
            "dots": [_dot(p, x, y, label) for p in pts],
        })
    axis = {"w": w, "h": h, "x0": left, "x1": w - right, "y0": y(0), "y1": top,
            "xticks": [{"x": x(s), "label": f"sev{s}"} for s in xs],
            "yticks": [{"y": y(v), "label": label(v)} for v in (0, ymax / 2, ymax)],
            "threshold": y(threshold) if isinstance(threshold, (int, float)) and 0 <= threshold <= ymax else None}
    return {"axis": axis, "lines": out}


def _family_metric(matrices: list[dict[str, Any]], family: str) -> dict[str, Any] | None:
    """The matrix a family's curve draws: WER, else CER, else the metric with most of the family's cases."""
    having = [mx for mx in matrices if any(r["family"] == family for r in mx["rows"])]
    for name in CURVE_METRICS:
        for mx in having:
            if mx["metric"] == name:
                return mx
    return max(having, key=lambda mx: sum(c["n"] for r in mx["rows"] if r["family"] == family for c in r["cells"].values()),
               default=None)


def robustness_curves(matrices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per corruption family: the main metric (WER where measured) against severity, one line per corruption
    with its 95 % interval over clips as a band, and the pass rate of the same cases with its Wilson band."""
    families = sorted({r["family"] for mx in matrices for r in mx["rows"]})
    out = []
    for fam in families:
        mx = _family_metric(matrices, fam)
        if mx is None:
            continue
        rows = [r for r in mx["rows"] if r["family"] == fam]
        xs = sorted({int(s) for r in rows for s in r["cells"]})

        def series(key: str, band: str, rows: list[dict[str, Any]] = rows) -> list[dict[str, Any]]:
            lines = []
            for r in rows:
                pts = []
                for s, c in r["cells"].items():
                    if c.get(key) is None:
                        continue
                    ci = c.get(band) if isinstance(c.get(band), list) and len(c[band]) == 2 else (None, None)
                    pts.append((int(s), float(c[key]), ci[0], ci[1], c.get("n")))
                lines.append({"name": r["corruption"], "points": pts})
            return lines

        metric_lines = series("mean", "ci")
        means = [p[1] for ln in metric_lines for p in ln["points"]]
        thr = mx.get("threshold")
        # the axis follows the means (a two-clip t interval can be ten times wider): wider bands are cut at the top
        ymax = round(max([1.0, *(1.25 * m for m in means), *([thr] if isinstance(thr, (int, float)) else [])]), 2)
        cut = any(p[3] is not None and p[3] > ymax for ln in metric_lines for p in ln["points"])
        clips = max((c.get("clips") or 0 for r in rows for c in r["cells"].values()), default=0)
        n = sum(c["n"] for r in rows for c in r["cells"].values())
        out.append({"family": fam, "metric": mx["metric"], "direction": mx["direction"], "n": n, "clips": clips,
                    "value": line_chart(metric_lines, xs, ymax=ymax, threshold=thr), "cut": cut,
                    "pass": line_chart(series("pass_rate", "pass_ci"), xs, ymax=1.0, percent=True)})
    return out


def bar_chart(rows: list[dict[str, Any]], *, vmax: float | None = None, percent: bool = False, w: int = 420,
              mark: float | None = None) -> dict[str, Any]:
    """Horizontal bars: ``rows`` are ``{"label", "value", "group"?, "key"?, "gap_before"?}`` (value None: "n/a").

    Rows with the same ``group`` share one colour (a legend entry); ``key`` names a bar for readers of the page
    (default: its label); ``gap_before`` leaves space above a row. ``mark`` draws a dashed reference line."""
    label_w, right, bar_h, gap, top = 150, 50, 14, 3, 4
    values = [r["value"] for r in rows if isinstance(r.get("value"), (int, float))]
    vmax = vmax or max([*values, 1e-9])
    span = w - label_w - right
    groups = list(dict.fromkeys(r.get("group") for r in rows))
    out, yy = [], top
    for r in rows:
        yy += bar_h if r.get("gap_before") else 0
        v = r.get("value")
        gi = groups.index(r.get("group"))
        width = round(span * max(0.0, min(1.0, v / vmax)), 1) if isinstance(v, (int, float)) else 0
        text = "n/a" if not isinstance(v, (int, float)) else (f"{v:.0%}" if percent else _fmt(v))
        out.append({"label": str(r["label"]), "key": str(r.get("key", r["label"])), "y": yy, "width": width, "text": text,
                    "value": v, "colour": PALETTE[gi % 10],
                    "ty": yy + bar_h - 3, "tx": label_w + width + 4, "note": r.get("note")})
        yy += bar_h + gap
    return {"w": w, "h": yy + top, "x0": label_w, "bar_h": bar_h, "rows": out,
            "legend": [{"name": g, "idx": i % 10} for i, g in enumerate(groups) if g is not None],
            "mark": round(label_w + span * mark / vmax, 1) if isinstance(mark, (int, float)) and mark <= vmax else None}
