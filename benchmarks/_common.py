"""Shared helpers for the benchmark scripts: timing, result rows, table printing."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
#: Child environment of an installed plugin: bytecode caches written and used (pip compiles on install), so no figure
#: is the time to compile sources on every start (``PYTHONDONTWRITEBYTECODE`` is dropped).
INSTALLED_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
        base: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` with ``env`` added to ``base`` (default: this process's environment)."""
    return subprocess.run(cmd, cwd=cwd, env={**(os.environ if base is None else base), **(env or {})},
                          capture_output=True, text=True)


def row(figure: str, value: str, target: str, ok: bool | None, note: str = "") -> dict[str, object]:
    return {"figure": figure, "value": value, "target": target, "ok": ok, "note": note}


def emit(rows: list[dict[str, object]]) -> None:
    """Print rows as a table, or as JSON lines when BENCH_JSON=1 (for benchmarks/run.py)."""
    if os.environ.get("BENCH_JSON") == "1":
        for r in rows:
            print("BENCHROW " + json.dumps(r))
        return
    print_table(rows)


def print_table(rows: list[dict[str, object]]) -> None:
    cols = ["figure", "value", "target", "ok", "note"]
    cells = [[str({True: "yes", False: "NO", None: "-"}.get(r["ok"], r["ok"])) if c == "ok" else str(r[c]) for c in cols]
             for r in rows]
    widths = [max(len(c), *(len(x[i]) for x in cells)) for i, c in enumerate(cols)]
    print(" | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for x in cells:
        print(" | ".join(v.ljust(w) for v, w in zip(x, widths, strict=True)))
