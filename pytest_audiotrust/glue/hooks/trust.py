"""Sub-plugin: the trust scorecard in the terminal summary (the trust probe fixtures are entries of
``fixture_table.FIXTURES``).

Only stdlib + pytest at module level.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The trust scorecard after the audiotrust summary, when the run measured a trust dimension."""
    if hasattr(config, "workerinput"):
        return
    from ..session import STATE_KEY

    state = config.stash.get(STATE_KEY, None)
    if state is None or not state.records:
        return
    from ...report.scorecard import terminal_lines

    for line in terminal_lines(state.records, state.gates):
        terminalreporter.write_line(line)
