"""Sub-plugin: progress of long model work (the prefetch) on pytest's terminal.

``audiotrust prefetch, <model>: 120/1110 answers (11 %), 3.8/s, ETA 4m20s`` — on a terminal one line
rewritten in place (at most 4 times a second); when output is not a terminal (CI logs, pipes) a new line
every ``audiotrust_progress_interval`` seconds (ini, default 10; 0 turns progress off), never ``\\r``.
Nothing under ``-q``. On an xdist worker (whose terminal is the controller's stderr) each worker writes
plain periodic lines prefixed with its id, since in-place rewrites of several processes would garble.
Stdlib + pytest only at module level.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

#: Seconds between in-place rewrites on a terminal.
TTY_EVERY_S = 0.25


def add_options(group: Any, parser: pytest.Parser) -> None:
    parser.addini("audiotrust_progress_interval", "seconds between progress lines of long model work (the prefetch) "
                  "when output is not a terminal; 0 = no progress lines", default="10")


def _interval(config: pytest.Config) -> float:
    raw = str(config.getini("audiotrust_progress_interval")).strip()
    try:
        value = float(raw)
    except ValueError:
        raise pytest.UsageError(f"ini audiotrust_progress_interval={raw!r}: expected a number of seconds, e.g. 10") from None
    if not value >= 0:
        raise pytest.UsageError(f"ini audiotrust_progress_interval={raw!r}: expected a number of seconds >= 0")
    return value


def pytest_configure(config: pytest.Config) -> None:
    _interval(config)  # a bad value is a usage error at start-up, not at the first prefetch


def duration(seconds: float) -> str:
    """``4m20s`` / ``1h02m`` / ``12s``."""
    s = max(0, round(seconds))
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"


def progress_text(label: str, done: int, total: int, elapsed: float, what: str = "answers") -> str:
    """One progress line: done/total, percentage, rate and ETA (rate and ETA once something is done)."""
    pct = f" ({100 * done // total} %)" if total else ""
    line = f"{label}: {done}/{total} {what}{pct}"
    if done and elapsed > 0:
        rate = done / elapsed
        line += f", {rate:.1f}/s" if rate >= 1 else f", {1 / rate:.1f} s each"
        if done < total:
            line += f", ETA {duration((total - done) / rate)}"
    return line


class Progress:
    """Progress of one task with a known total, written where the user sees it (see module docstring).

    ``update(done, total)`` as work completes; ``finish()`` writes the last line. ``clock`` and ``write``
    are injectable for tests; by default the terminal reporter (or stderr on an xdist worker) is used.
    """

    def __init__(self, config: pytest.Config, label: str, *, what: str = "answers",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.label = label
        self.what = what
        self.clock = clock
        self.started = clock()
        self.done = self.total = 0
        self._last_write = float("-inf")
        self._written = False
        self._counted = False
        worker = getattr(config, "workerinput", None)
        self.worker = str(worker["workerid"]) if worker else None
        self.reporter = config.pluginmanager.get_plugin("terminalreporter")
        interval = _interval(config)
        self.enabled = config.get_verbosity() >= 0 and interval > 0 and (self.reporter is not None or self.worker)
        self.tty = bool(self.worker is None and self.reporter is not None and self.reporter.isatty())
        self.every = TTY_EVERY_S if self.tty else interval

    def note(self, text: str) -> None:
        """A one-off line about the task (e.g. what it is preparing), written at once."""
        self._emit(f"{self.label}: {text}", final=False, keep=True)  # kept: updates rewrite the line below
        self._last_write = self.clock()

    def update(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if total and done >= total:
            return  # finish() writes the closing line
        now = self.clock()
        if not self._counted or now - self._last_write >= self.every:
            self._counted = True
            self._emit(progress_text(self.label, done, total, now - self.started, self.what), final=False)
            self._last_write = now

    def finish(self) -> None:
        """The closing line: how many, how long, the rate (written only when something was reported)."""
        if not self._written:
            return
        elapsed = self.clock() - self.started
        rate = f", {self.done / elapsed:.1f}/s" if self.done and elapsed > 0 else ""
        self._emit(f"{self.label}: {self.done}/{self.total} {self.what} in {duration(elapsed)}{rate}", final=True)

    def _emit(self, line: str, *, final: bool, keep: bool = False) -> None:
        if not self.enabled:
            return
        capman = self.config.pluginmanager.get_plugin("capturemanager")
        if capman is None:
            self._write(line, final, keep)
            return
        with capman.global_and_fixture_disabled():  # the prefetch runs inside a test's setup, under capture
            self._write(line, final, keep)

    def _write(self, line: str, final: bool, keep: bool) -> None:
        if self.worker is not None:
            sys.stderr.write(f"[{self.worker}] {line}\n")
            sys.stderr.flush()
            self._written = True
            return
        tr = self.reporter
        if not self._written:
            tr.ensure_newline()  # leave the test file's progress line; ours follow it
        if self.tty:
            tr.rewrite(line, erase=True)
            if final or keep:
                tr.write("\n", flush=True)
            else:
                tr.flush()
        else:
            tr.write_line(line)
        self._written = True
        if final:
            _resume_test_line(tr, self.config)


def _resume_test_line(tr: Any, config: pytest.Config) -> None:
    """Re-open the running test file's line, so its result letters do not land on our last line."""
    from ...verdicts import results

    tr.currentfspath = None  # verbose mode re-writes the test's prefix itself
    nodeid = results.current().nodeid
    if nodeid and not nodeid.startswith("<") and tr.verbosity <= 0:
        tr.write_fspath_result(nodeid, "")
