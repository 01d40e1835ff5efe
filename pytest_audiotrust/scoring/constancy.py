"""Constant outputs across a run: groups of probe records where the model gave one answer to every input although
the right answers differ (a model that ignores its input). For the report and the scorecard; pure, stdlib only.

``rows`` are probe records (``CaseRecord.probe`` dicts) as the checks leave them: ``expected`` (and ``count`` for
count probes) is the right answer, ``answer`` the parsed answer when a check parsed one, else ``output`` (compared
lower-cased, whitespace and end punctuation folded).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

MIN_ROWS = 4
#: Families asked the same kind of question ("Is there a sound of X?") are judged together: their right answers
#: differ across them (present: yes; absent, mismatched: no).
GROUPS = {"absent": "event_question", "present": "event_question", "mismatched": "event_question"}


def _right(row: Mapping[str, Any]) -> Any:
    return row.get("count") if row.get("expected") == "count" else row.get("expected")


def _given(row: Mapping[str, Any]) -> Any:
    if row.get("answer") is not None:
        return str(row["answer"])
    out = row.get("output")
    return None if out is None else re.sub(r"[\s.!?]+$", "", " ".join(str(out).lower().split()))


def constant_groups(rows: Iterable[Mapping[str, Any]], *, min_rows: int = MIN_ROWS) -> dict[str, dict[str, Any]]:
    """family (``base_family`` for answer-robustness rows; the event-question families as one, ``GROUPS``) ->
    {answer, rows, expected} for each of at least ``min_rows`` answered rows whose answers are all the same while
    their right answers are not."""
    groups: dict[str, list[tuple[Any, Any]]] = {}
    for row in rows:
        given = _given(row)
        if given is None or row.get("expected") is None:
            continue
        fam = str(row.get("base_family") or row.get("family") or "")
        fam = GROUPS.get(fam, fam)
        groups.setdefault(fam, []).append((given, _right(row)))
    out: dict[str, dict[str, Any]] = {}
    for fam, pairs in groups.items():
        answers, rights = {a for a, _ in pairs}, {str(r) for _, r in pairs}
        if len(pairs) >= min_rows and len(answers) == 1 and len(rights) > 1:
            out[fam] = {"answer": next(iter(answers)), "rows": len(pairs), "expected": sorted(rights)}
    return out
