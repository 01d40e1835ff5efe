"""Run every benchmark and print one table, each figure beside its target.

    python benchmarks/run.py            # all
    python benchmarks/run.py startup scoring
    python benchmarks/run.py plugin     # the plugin's own cost: start-up, overhead %, warm vs cold (startup + suite)
    python benchmarks/run.py plugin --cases 120                  # the suite rows on a seeded sample of 120 cases
    python benchmarks/run.py plugin --model bundled:tiny.en      # ... on another model than the default bundled:chat
    python benchmarks/run.py suite --suite "example_suites/test_voice_assistant_trust.py" --seed 7

``--model``, ``--cases``, ``--seed`` and ``--suite`` go to ``bench_suite.py`` (as ``BENCH_MODEL``, ``BENCH_CASES``,
``BENCH_SEED``, ``BENCH_SUITE``); the table names the model and the sample beside the figures.

Each ``bench_*.py`` script also runs alone. Figures are measured side by side in one run
on this machine; the README quotes the last table with the machine it ran on.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import PYTHON, print_table, run  # noqa: E402

ORDER = ("startup", "suite", "models", "yamnet", "chat", "runtime", "corruptions", "scoring", "answers", "trust")
#: Names that stand for several benchmarks.
GROUPS = {"plugin": ("startup", "suite")}
#: Options forwarded to the benchmarks as environment variables.
OPTIONS = {"--model": "BENCH_MODEL", "--cases": "BENCH_CASES", "--seed": "BENCH_SEED", "--suite": "BENCH_SUITE"}


def parse(argv: list[str]) -> tuple[list[str], dict[str, str]]:
    """Benchmark names (groups expanded, in order, once each) and the environment the options set."""
    names: list[str] = []
    env: dict[str, str] = {}
    args = list(argv)
    while args:
        arg = args.pop(0)
        option, eq, value = arg.partition("=")
        if option in OPTIONS:
            if not eq:
                if not args:
                    raise SystemExit(f"{option}: expected a value, e.g. {option}=...")
                value = args.pop(0)
            if option in ("--cases", "--seed") and not value.isdigit():
                raise SystemExit(f"{option}={value!r}: expected a whole number")
            env[OPTIONS[option]] = value
        elif arg.startswith("-"):
            raise SystemExit(f"unknown option {arg!r}; expected one of {', '.join(OPTIONS)}")
        else:
            names += GROUPS.get(arg, (arg,))
    return list(dict.fromkeys(names)), env


def main(argv: list[str]) -> int:
    names, env = parse(argv)
    wanted = names or [n for n in ORDER if (HERE / f"bench_{n}.py").exists()]
    rows: list[dict[str, object]] = []
    raw: list[str] = []
    for name in wanted:
        script = HERE / f"bench_{name}.py"
        if not script.exists():
            print(f"no benchmark {name!r}: expected {script}", file=sys.stderr)
            return 2
        start = time.perf_counter()
        proc = run([PYTHON, str(script)], env={"BENCH_JSON": "1", **env})
        took = time.perf_counter() - start
        found = [json.loads(ln[len("BENCHROW "):]) for ln in proc.stdout.splitlines() if ln.startswith("BENCHROW ")]
        if proc.returncode != 0:
            last = ((proc.stderr or proc.stdout).strip().splitlines() or [""])[-1][:120]
            rows.append({"figure": f"[{name}] FAILED", "value": f"exit {proc.returncode}", "target": "-",
                         "ok": False, "note": last})
        for r in found:
            r["figure"] = f"[{name}] {r['figure']}"
        rows.extend(found)
        if not found and proc.returncode == 0:
            raw.append(f"--- {name} ({took:.0f} s) ---\n{proc.stdout.rstrip()}")
    cpu = os.cpu_count()
    print(f"machine: {platform.machine()}, {cpu} cores, Python {platform.python_version()}, {platform.platform()}")
    print_table(rows)
    for block in raw:
        print(block)
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
