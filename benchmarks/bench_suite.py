"""Where the example suite's wall time goes, its peak memory, and the response cache (cold vs warm).

Runs the README's main job (``pytest example_suites``) on the bundled Whisper in a subprocess,
reads the per-case stage timings the plugin records (``timings``: model / corrupt / score) from the
JSON results, and reports the fraction of wall time *not* spent inside the model's generate call.

    python benchmarks/bench_suite.py
    BENCH_SUITE="example_suites/test_voice_assistant_trust.py example_suites/test_accent_fairness.py" \
        python benchmarks/bench_suite.py      # a subset (say so beside the figures)

Runs as an installed plugin runs (bytecode caches on, ``_common.INSTALLED_ENV``).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import INSTALLED_ENV, PYTHON, ROOT, emit, row, run

#: What to run: the README's main job, or the paths in ``$BENCH_SUITE`` (a representative subset).
SUITE = os.environ.get("BENCH_SUITE", "example_suites").split()


def _run_suite(tmp: Path, name: str, *extra: str) -> tuple[float, dict, float]:
    out_json = tmp / f"{name}.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = run([PYTHON, "-m", "pytest", *SUITE, "-q", "-p", "no:randomly", f"--audiotrust-json={out_json}",
                "-o", f"cache_dir={tmp / 'pytest_cache'}", *extra], cwd=ROOT,
               base={k: v for k, v in INSTALLED_ENV.items() if k != "AUDIOTRUST_CACHE_DIR"})  # cold means cold
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1) or not out_json.exists():
        raise SystemExit(f"suite run failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    rss_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return wall, json.loads(out_json.read_text()), rss_mb


def _stages(doc: dict) -> dict[str, float]:
    totals: dict[str, float] = {}
    for r in doc["records"]:
        for k, v in (r.get("timings") or {}).items():
            totals[k] = totals.get(k, 0.0) + v
    return totals


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        has_cache = "--audiotrust-cache" in run([PYTHON, "-m", "pytest", "--help"], cwd=ROOT).stdout
        cache_opt = ("--audiotrust-cache=rw",) if has_cache else ()
        wall, doc, rss = _run_suite(tmp, "cold", *cache_opt)
        st = _stages(doc)
        prefetch = (doc.get("extras") or {}).get("prefetch") or {}
        st["prefetch model"] = float(prefetch.get("model_s", 0.0))  # answers fetched before the tests ran
        model = st.get("model", 0.0) + st["prefetch model"]
        other = wall - model
        detail = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(st.items()))
        what = " ".join(SUITE)
        rows.append(row("overhead: wall time not in model generate", f"{other / wall:.1%}", "<= 10 %", other / wall <= 0.10,
                        f"{what}: wall {wall:.1f}s; stages: {detail}; rest = interpreter, imports, model/embedder "
                        "loading, pytest"))
        per_case = (st.get("corrupt", 0.0) + st.get("score", 0.0)) / max(1, len(doc["records"]))
        rows.append(row("overhead per case (corrupt + score + record)", f"{per_case * 1000:.1f} ms", "report", None,
                        f"{len(doc['records'])} cases"))
        rows.append(row("peak RSS of the example suite", f"{rss:.0f} MB", "report", None,
                        "max resident set of the pytest process"))
        if has_cache:
            warm, _, _ = _run_suite(tmp, "warm", *cache_opt)
            rows.append(row("cache: warm rerun vs cold", f"{wall / warm:.1f}x faster", ">= 20x", wall / warm >= 20,
                            f"cold {wall:.1f}s, warm {warm:.1f}s (same cache dir)"))
    emit(rows)


if __name__ == "__main__":
    main()
