"""Per-test records: what each ``expect`` measured, which corruption/probe/clip was used, the verdict.

A record lives on the running test (``current()``); the plugin serialises it into
the test report's ``user_properties`` so it travels to the xdist controller and
into the report. Only stdlib here: the hook module imports it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

USER_PROPERTY = "audiotrust"


@dataclass
class Measurement:
    """One check: ``value`` compared to ``threshold`` in ``direction`` ("max", "min" or "eq")."""

    check: str
    metric: str
    value: Any
    threshold: Any
    direction: str
    passed: bool
    output: str
    reference: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    threshold_source: str = "argument"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CaseRecord:
    """Everything the report needs about one test case."""

    nodeid: str
    test: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    corruption: dict[str, Any] | None = None
    probe: dict[str, Any] | None = None
    clip: dict[str, Any] | None = None
    model: str | None = None
    measurements: list[Measurement] = field(default_factory=list)
    gate: str | None = None
    outcome: str = "passed"
    duration: float = 0.0
    error: str | None = None
    artifacts: dict[str, str] = field(default_factory=dict)
    #: Seconds spent per stage inside this test: "model", "corrupt", "score" (the rest is pytest + the test body).
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["measurements"] = [m.to_dict() for m in self.measurements]
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), default=_jsonable, sort_keys=True)


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if isinstance(obj, (set, tuple)):
        return list(obj)
    return str(obj)


_current: CaseRecord | None = None


@contextmanager
def timed(stage: str) -> Iterator[None]:
    """Add the time spent in the block to the running test's ``timings[stage]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        rec = current()
        rec.timings[stage] = round(rec.timings.get(stage, 0.0) + time.perf_counter() - start, 6)


def current() -> CaseRecord:
    """The record of the running test; outside a pytest run a throwaway record."""
    global _current
    if _current is None:
        _current = CaseRecord(nodeid="<outside pytest>")
    return _current


def start(record: CaseRecord) -> None:
    global _current
    _current = record


def finish() -> CaseRecord | None:
    global _current
    rec, _current = _current, None
    return rec
