"""benchmarks/run.py's options and bench_suite's case sample and outcome comparison (behaviour, not timing)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    request.addfinalizer(lambda: sys.path.remove(str(BENCH)))
    return importlib.import_module("run"), importlib.import_module("bench_suite")


def test_plugin_names_startup_and_suite_with_the_suite_options(bench) -> None:  # type: ignore[no-untyped-def]
    run, _ = bench
    names, env = run.parse(["plugin", "--model", "bundled:tiny.en", "--cases=120", "suite", "--seed", "7",
                            "--suite", "example_suites/test_street_gate.py"])
    assert names == ["startup", "suite"]
    assert env == {"BENCH_MODEL": "bundled:tiny.en", "BENCH_CASES": "120", "BENCH_SEED": "7",
                   "BENCH_SUITE": "example_suites/test_street_gate.py"}


@pytest.mark.parametrize(("argv", "says"), [(["--cases", "many"], "--cases='many': expected a whole number"),
                                           (["--model"], "--model: expected a value"),
                                           (["--fast"], "unknown option '--fast'"),
                                           (["suite", "--seed=-1"], "--seed='-1': expected a whole number")])
def test_bad_options_name_themselves(bench, argv: list[str], says: str) -> None:  # type: ignore[no-untyped-def]
    run, _ = bench
    with pytest.raises(SystemExit) as exc:
        run.parse(argv)
    assert says in str(exc.value)


def test_the_case_sample_is_seeded_ordered_and_whole_when_not_asked(bench) -> None:  # type: ignore[no-untyped-def]
    _, suite = bench
    ids = [f"example_suites/test_x.py::test_y[{i}]" for i in range(50)]
    first = suite.sample_cases(ids, 10, 24)
    assert len(first) == len(set(first)) == 10 and set(first) <= set(ids)
    assert first == sorted(first, key=ids.index)  # collection order kept
    assert suite.sample_cases(ids, 10, 24) == first and suite.sample_cases(ids, 10, 25) != first
    assert suite.sample_cases(ids, 0, 24) == ids and suite.sample_cases(ids, 80, 24) == ids


def test_outcomes_ignore_timings_and_cache_flags_only(bench) -> None:  # type: ignore[no-untyped-def]
    _, suite = bench
    cold = {"records": [{"nodeid": "a", "outcome": "passed", "timings": {"model": 1.5}, "duration": 2.0,
                         "measurements": [{"value": 0.1, "details": {"cached": False, "seconds": 1.2}}]}]}
    warm = {"records": [{"nodeid": "a", "outcome": "passed", "timings": {"model": 0.0}, "duration": 0.01,
                         "measurements": [{"value": 0.1, "details": {"cached": True, "seconds": 0.0}}]}]}
    assert suite.outcomes(cold) == suite.outcomes(warm)
    warm["records"][0]["measurements"][0]["value"] = 0.2
    assert suite.outcomes(cold) != suite.outcomes(warm)
