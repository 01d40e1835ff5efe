"""Startup cost: what the installed plugin adds to a pytest run that does not use it, and collection of 600 cases.

Runs as an installed plugin runs: with bytecode caches (``PYTHONDONTWRITEBYTECODE`` is dropped for the child runs;
a warm-up run writes the caches), so the figure is not the time to compile our sources on every start. Wall time and
CPU time (user + system of the child) are both reported: on a shared machine CPU time is the steadier figure.

    python benchmarks/bench_startup.py
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import INSTALLED_ENV, PYTHON, emit, row, run

REPEAT = 21


ENV = INSTALLED_ENV


def _cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _collect(cwd: Path, *extra: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``pytest --collect-only`` in ``cwd``."""
    import subprocess

    start, cpu = time.perf_counter(), _cpu()
    # hypothesis' own plugin costs ~1 s of import with high variance; it is unrelated to ours, so leave it out of both
    out = subprocess.run([PYTHON, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-p",
                          "no:hypothesispytest", *extra], cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed, used = time.perf_counter() - start, _cpu() - cpu
    if out.returncode not in (0, 5):
        raise SystemExit(f"pytest failed in {cwd}:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return elapsed, used


def _timed_collect(cwd: Path, *extra: str) -> float:
    return _collect(cwd, *extra)[0]


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain"
        plain.mkdir()
        for i in range(20):
            (plain / f"test_m{i}.py").write_text("\n".join(f"def test_{j}(): assert {j} == {j}" for j in range(10)))
        (plain / "pytest.ini").write_text("[pytest]\n")
        _collect(plain)  # warm the OS file cache and write the bytecode caches
        # interleave to cancel drift
        with_p, without_p = [], []
        for _ in range(REPEAT):
            with_p.append(_collect(plain))
            without_p.append(_collect(plain, "-p", "no:audiotrust"))
        # paired differences of interleaved runs cancel the machine's drift; report their median and spread
        for i, what in ((0, "wall"), (1, "CPU")):
            diffs = sorted((w[i] - wo[i]) * 1000 for w, wo in zip(with_p, without_p, strict=True))
            added_ms = statistics.median(diffs)
            q1, q3 = diffs[len(diffs) // 4], diffs[(3 * len(diffs)) // 4]
            rows.append(row(f"startup: plugin installed, unused (200 tests), {what} time",
                            f"{added_ms:+.0f} ms (IQR {q1:+.0f}..{q3:+.0f})", "<= 50 ms", added_ms <= 50,
                            f"median of {REPEAT} paired runs; {statistics.median(w[i] for w in with_p):.3f}s vs "
                            f"{statistics.median(w[i] for w in without_p):.3f}s with -p no:audiotrust"))

        big = Path(tmp) / "big"
        big.mkdir()
        (big / "pytest.ini").write_text("[pytest]\n")
        (big / "test_big.py").write_text(
            "import pytest\n"
            "@pytest.mark.parametrize('repeat', range(5))\n"
            "@pytest.mark.audiotrust(corruptions=['noise.white', 'noise.pink', 'noise.brown'], severities=[1, 2, 3, 4, 5],\n"
            "                        clips=['cmd_lights_01', 'cmd_timer_01', 'cmd_music_01', 'cmd_call_01', 'weather_01',\n"
            "                               'dictation_01', 'dictation_02'])\n"
            "def test_big(speech_clip, corruption, repeat):\n    pass\n"
        )
        out = run([PYTHON, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"], cwd=big)
        n = next((ln.split()[0] for ln in out.stdout.splitlines() if "tests collected" in ln), "?")
        t_big = statistics.median(_timed_collect(big) for _ in range(3))
        rows.append(row(f"collection of a {n}-case parametrized suite", f"{t_big:.2f} s", "<= 2 s", t_big <= 2.0,
                        "wall time of `pytest --collect-only` incl. interpreter start"))
    emit(rows)


if __name__ == "__main__":
    main()
