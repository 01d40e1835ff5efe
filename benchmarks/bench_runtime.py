"""Model runtime as users run it, through pytest (one subprocess per run, fresh response cache each):

1. throughput (with the disk cache, then with ``--audiotrust-cache=off``): the absent-event question probes
   against a loopback OpenAI-compatible server that takes
   0.25 s per request (standing in for a remote GPU box), ``concurrency=1`` vs ``concurrency=8``. The
   plugin's prefetch sends them through ``generate_batch`` before the first test; the figure is the time
   the server was busy answering (first request to last answer) and, beside it, the whole pytest run.
   Verdicts must be identical.
2. fail-fast: 20 tests against a port nothing listens on: wall time of the whole run until every test
   has failed naming the URL (circuit breaker, default 3 consecutive connection failures).

Run: ``.venv/bin/python benchmarks/bench_runtime.py [--latency 0.25]``.
"""

from __future__ import annotations

import argparse
import hashlib
import socket
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
from _common import PYTHON, emit, row, run  # noqa: E402

PROBES = textwrap.dedent(
    """
    from pytest_audiotrust import expect

    def test_no_phantom_events(audiotrust_model, absent_event_probe):
        expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))
    """
)

DEAD = textwrap.dedent(
    """
    import numpy as np
    import pytest

    @pytest.mark.parametrize("i", range(20))
    def test_call(audiotrust_model, i):
        audiotrust_model.transcribe((np.zeros(16000, "float32"), 16000))
    """
)


def _answer(audio, prompt):  # type: ignore[no-untyped-def]
    """Answers in the style audio LLMs use, a mix of denials and phantom yeses (fixed per question)."""
    if prompt and hashlib.sha256(prompt.encode()).digest()[0] < 40:
        return "Yes, I can hear that clearly in the background, near the start of the clip."
    return "No, I don't hear that; the recording has a different sound in it."


def _pytest(suite: Path, *args: str) -> tuple[float, list[str], str]:
    start = time.perf_counter()
    proc = run([PYTHON, "-m", "pytest", "-q", "-rA", "-p", "no:randomly", "-p", "no:xdist", str(suite), *args],
               cwd=suite, env={"AUDIOTRUST_CACHE_DIR": str(suite / f"cache-{time.time_ns()}")})
    took = time.perf_counter() - start
    verdicts = sorted(ln.split(" - ")[0] for ln in proc.stdout.splitlines() if ln.startswith(("PASSED ", "FAILED ", "ERROR ")))
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-200:]
    return took, verdicts, last


def bench_throughput(latency: float, cache: str = "rw") -> list[dict[str, object]]:
    """Concurrency 1 vs 8 with ``--audiotrust-cache=cache`` (``off``: the prefetched answers live in memory)."""
    from _openai_server import OpenAIServer

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        suite = Path(tmp)
        (suite / "test_probes.py").write_text(PROBES)
        (suite / "pytest.ini").write_text("[pytest]\n")
        busy: dict[int, float] = {}
        runs: dict[int, tuple[float, list[str], str]] = {}
        for conc in (1, 8):
            with OpenAIServer(_answer, latency=latency) as server:
                runs[conc] = _pytest(suite, f"--audiotrust-model=openai:{server.base_url}#m?concurrency={conc}",
                                     f"--audiotrust-cache={cache}")
                posts = [r["time"] for r in server.requests]
                busy[conc] = (max(posts) - min(posts) + latency) if posts else float("nan")
                n_req = len(posts)
            rows.append(row(f"question probes, cache {cache}, concurrency={conc}", f"{busy[conc]:.1f} s", "-", None,
                            f"{n_req} requests x {latency:.2f} s; whole pytest run {runs[conc][0]:.1f} s; {runs[conc][2]}"))
        speedup = busy[1] / busy[8]
        whole = runs[1][0] / runs[8][0]
        same = runs[1][1] == runs[8][1] and bool(runs[1][1])
        rows.append(row(f"question probes, cache {cache}, speed-up concurrency 8 vs 1", f"{speedup:.1f}x", ">= 5x",
                        speedup >= 5 and same, ("verdicts identical" if same else "VERDICTS DIFFER")
                        + f"; whole run {whole:.1f}x"))
    return rows


def bench_fail_fast() -> list[dict[str, object]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        suite = Path(tmp)
        (suite / "test_dead.py").write_text(DEAD)
        (suite / "pytest.ini").write_text("[pytest]\n")
        took, verdicts, last = _pytest(suite, f"--audiotrust-model=openai:http://127.0.0.1:{port}/v1#m")
    failed = sum(v.startswith("FAILED") for v in verdicts)
    return [row("dead endpoint, 20 tests", f"{took:.1f} s", "<= 30 s (aim 10)", took <= 30 and failed == 20,
                f"{failed} failed; {last}")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.25)
    args = parser.parse_args()
    emit(bench_throughput(args.latency) + bench_throughput(args.latency, "off") + bench_fail_fast())


if __name__ == "__main__":
    main()
