"""The measurements of a case as a pytest-html "extra" (shown under the test in ``pytest --html=...``).

Used only when pytest-html is installed and active; every value is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..verdicts.results import CaseRecord


def measurement_table(rec: CaseRecord) -> str:
    """An HTML table of the record's measurements and corruption; all text escaped."""
    rows = []
    for m in rec.measurements:
        verdict = "pass" if m.passed else "fail"
        rows.append(
            "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in (
                m.check, m.metric, m.value, f"{m.direction} {m.threshold} ({m.threshold_source})", verdict,
                m.output, m.reference or "")) + "</tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("check", "metric", "value", "threshold", "verdict", "output", "reference"))
    corruption = ""
    if rec.corruption:
        achieved = ", ".join(f"{k}={v}" for k, v in sorted((rec.corruption.get("achieved") or {}).items()))
        corruption = (f"<p>corruption {escape(str(rec.corruption.get('name')))} "
                      f"sev{escape(str(rec.corruption.get('severity')))}: {escape(achieved)}</p>")
    return f'<div class="audiotrust">{corruption}<table><tr>{head}</tr>{"".join(rows)}</table></div>'


def add_extra(report: Any, rec: CaseRecord) -> None:
    """Append the table to ``report.extras`` (pytest-html 4 reads ``extras``)."""
    from pytest_html import extras

    report.extras = [*getattr(report, "extras", []), extras.html(measurement_table(rec))]
