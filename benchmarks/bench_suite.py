"""Where the example suite's wall time goes, its peak memory, and the response cache (cold vs warm).

Runs the README's main job (``pytest example_suites``) in a subprocess on the plugin's default model
(``bundled:chat``, the cascade LLM) or the one named, reads the per-case stage timings the plugin records
(``timings``: model / corrupt / score) and the prefetch's model time from the JSON results, and reports the
fraction of wall time *not* spent inside the model. Then runs the same cases again on the same cache (warm)
and checks that every verdict came back the same.

    python benchmarks/bench_suite.py
    BENCH_MODEL=bundled:tiny.en python benchmarks/bench_suite.py         # another model (say so beside the figures)
    BENCH_CASES=120 python benchmarks/bench_suite.py                      # a seeded sample of 120 collected cases
    BENCH_SUITE="example_suites/test_voice_assistant_trust.py example_suites/test_accent_fairness.py" \\
        python benchmarks/bench_suite.py                                  # a subset of files

(``benchmarks/run.py --model ... --cases ... --suite ...`` sets the same variables.) ``BENCH_SEED`` (default 24)
seeds the case sample. Runs as an installed plugin runs (bytecode caches on, ``_common.INSTALLED_ENV``); the
cold run starts from an empty response cache, derived-audio store and embedding cache (a fresh pytest cache dir),
with the model weights already assembled on disk.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import INSTALLED_ENV, PYTHON, ROOT, emit, row, run

#: What to run: the README's main job, or the paths in ``$BENCH_SUITE`` (a representative subset).
SUITE = os.environ.get("BENCH_SUITE", "example_suites").split()
#: The model under test (empty: the plugin's default, ini ``audiotrust_model`` = bundled:chat).
MODEL = os.environ.get("BENCH_MODEL", "")
#: How many collected cases to run (0: all), sampled with ``BENCH_SEED``.
CASES = int(os.environ.get("BENCH_CASES", "0") or 0)
SEED = int(os.environ.get("BENCH_SEED", "24"))
#: Outcome fields that legitimately differ between a cold and a warm run.
VOLATILE = frozenset({"timings", "duration", "seconds", "cached", "prefetched"})


def _env() -> dict[str, str]:
    return {k: v for k, v in INSTALLED_ENV.items() if k != "AUDIOTRUST_CACHE_DIR"}  # cold means cold


def _model_args() -> list[str]:
    return [f"--audiotrust-model={MODEL}"] if MODEL else []


def sample_cases(ids: list[str], n: int, seed: int) -> list[str]:
    """``n`` of the collected node ids, a seeded sample kept in collection order (all of them when n is 0 or more)."""
    if n <= 0 or n >= len(ids):
        return list(ids)
    chosen = set(random.Random(seed).sample(range(len(ids)), n))
    return [x for i, x in enumerate(ids) if i in chosen]


def _targets(tmp: Path) -> list[str]:
    """What the pytest runs are given: the suite paths, or a seeded sample of the node ids they collect."""
    if CASES <= 0:
        return SUITE
    proc = run([PYTHON, "-m", "pytest", *SUITE, "--collect-only", "-q", "-p", "no:randomly", *_model_args(),
                "-o", f"cache_dir={tmp / 'collect_cache'}"], cwd=ROOT, base=_env())
    ids = [ln.strip() for ln in proc.stdout.splitlines() if "::" in ln and not ln.startswith(" ")]
    if proc.returncode != 0 or not ids:
        raise SystemExit(f"collection failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return sample_cases(ids, CASES, SEED)


def _run_suite(tmp: Path, name: str, targets: list[str], *extra: str) -> tuple[float, dict, float]:
    out_json = tmp / f"{name}.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = run([PYTHON, "-m", "pytest", *targets, "-q", "-p", "no:randomly", f"--audiotrust-json={out_json}",
                "-o", f"cache_dir={tmp / 'pytest_cache'}", *_model_args(), *extra], cwd=ROOT, base=_env())
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


def outcomes(doc: dict) -> dict[str, str]:
    """Each case's record without what may differ between runs (timings, cache flags), as canonical JSON."""
    def strip(o: object) -> object:
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k not in VOLATILE}
        if isinstance(o, list):
            return [strip(v) for v in o]
        return o

    return {r["nodeid"]: json.dumps(strip(r), sort_keys=True) for r in doc["records"]}


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        targets = _targets(tmp)
        has_cache = "--audiotrust-cache" in run([PYTHON, "-m", "pytest", "--help"], cwd=ROOT).stdout
        cache_opt = ("--audiotrust-cache=rw",) if has_cache else ()
        wall, doc, rss = _run_suite(tmp, "cold", targets, *cache_opt)
        st = _stages(doc)
        prefetch = (doc.get("extras") or {}).get("prefetch") or {}
        st["prefetch model"] = float(prefetch.get("model_s", 0.0))  # answers fetched before the tests ran
        model = st.get("model", 0.0) + st["prefetch model"]
        other = wall - model
        detail = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(st.items()))
        models = ", ".join((doc.get("meta") or {}).get("models") or []) or MODEL or "default"
        what = " ".join(SUITE) + (f" ({len(targets)} sampled cases, seed {SEED})" if CASES > 0 else "")
        rows.append(row("overhead: wall time not in model generate", f"{other / wall:.1%}", "<= 10 %", other / wall <= 0.10,
                        f"{what} on {models}: wall {wall:.1f}s, model {model:.1f}s; stages: {detail}; rest = "
                        "interpreter, imports, model/embedder loading, pytest"))
        per_case = (st.get("corrupt", 0.0) + st.get("score", 0.0)) / max(1, len(doc["records"]))
        rows.append(row("overhead per case (corrupt + score + record)", f"{per_case * 1000:.1f} ms", "report", None,
                        f"{len(doc['records'])} cases"))
        rows.append(row("peak RSS of the example suite", f"{rss:.0f} MB", "report", None,
                        "max resident set of the pytest process"))
        if has_cache:
            warm, warm_doc, _ = _run_suite(tmp, "warm", targets, *cache_opt)
            same = outcomes(warm_doc) == outcomes(doc)
            rows.append(row("cache: warm rerun vs cold", f"{wall / warm:.1f}x faster", ">= 20x",
                            wall / warm >= 20 and same,
                            f"cold {wall:.1f}s, warm {warm:.1f}s (same cache dir); outcomes "
                            f"{'identical' if same else 'DIFFER'} (timings aside)"))
    emit(rows)


if __name__ == "__main__":
    main()
