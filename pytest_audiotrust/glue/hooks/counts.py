"""Sub-plugin: pytest's own outcome counts (every test, as pytest's summary line counts them), kept in
``State.extras["pytest_outcomes"]`` so the audiotrust headline, the JSON and the report say what pytest says.
Under xdist the controller counts the reports its workers send. Only stdlib + pytest at module level.
"""

from __future__ import annotations

from typing import Any

import pytest

OUTCOMES = ("passed", "failed", "skipped", "error", "xfailed", "xpassed")


def outcome_of(report: pytest.TestReport) -> str | None:
    """The pytest summary bucket one report adds to (None: the report adds nothing, e.g. a passed setup)."""
    if hasattr(report, "wasxfail") and report.when in ("setup", "call"):
        return "xfailed" if report.skipped else ("xpassed" if report.passed else None)
    if report.when == "call":
        return str(report.outcome)
    if report.failed:
        return "error"
    return "skipped" if report.skipped else None


class _Counter:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        key = outcome_of(report)
        if key is None:
            return
        from ..session import STATE_KEY

        state = self.config.stash.get(STATE_KEY, None)
        if state is not None:
            counts: dict[str, Any] = state.extras.setdefault("pytest_outcomes", dict.fromkeys(OUTCOMES[:4], 0))
            counts[key] = counts.get(key, 0) + 1


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Counter(config), "audiotrust-outcome-counter")
