"""Run one expect check on one probe outside a pytest run (for builder-level tests of the issue-23 families)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[1] / "example_suites"


def planted(name: str) -> Any:
    """A model of ``example_suites/planted_probe_models.py`` by name."""
    if str(EXAMPLES.parent) not in sys.path:
        sys.path.insert(0, str(EXAMPLES.parent))
    from example_suites import planted_probe_models

    return getattr(planted_probe_models, name)()


def verdict(probe: Any, check: Any, *args: Any) -> tuple[bool, Any]:
    """(passed, measurement) of ``check(*args)`` recorded against ``probe`` as the running test's probe."""
    from pytest_audiotrust import expect, results
    from pytest_audiotrust.results import CaseRecord

    results.start(CaseRecord(nodeid=f"probe::{probe.id}"))
    results.current().probe = probe.record()
    try:
        try:
            check(*args)
        except expect.ExpectationFailed:
            pass
        m = results.current().measurements[-1]
        return m.passed, m
    finally:
        results.finish()


def outcomes(recorder: Any) -> dict[str, dict[str, str]]:
    """test name -> parameter id -> outcome of an in-process pytester run (a setup failure counts as the outcome)."""
    out: dict[str, dict[str, str]] = {}
    for rep in recorder.getreports("pytest_runtest_logreport"):
        if rep.when == "call" or (rep.when == "setup" and not rep.passed):
            test, _, param = rep.nodeid.split("::")[-1].partition("[")
            out.setdefault(test, {})[param.rstrip("]")] = rep.outcome
    return out
