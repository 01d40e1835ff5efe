"""Group gates, repeats and inconclusive handling as a user meets them (pytester runs)."""

from __future__ import annotations

import json

import hypothesis  # noqa: F401  (its plugin imports it in every run: import once, up front)
import pytest

import pytest_audiotrust.gates
import pytest_audiotrust.scoring.text  # noqa: F401

# A conftest that dumps State.gates as JSON at session end, so tests can read the verdict dicts.
DUMP_GATES = """
import json, pytest
from pytest_audiotrust.session import STATE_KEY

@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    if not hasattr(session.config, "workerinput"):
        with open("gates.json", "w") as f:
            json.dump(session.config.stash[STATE_KEY].gates, f)
"""

GATED = """
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(gate={gate!r}{extra})
@pytest.mark.parametrize("i", range({n}))
def test_group(i):
    if {skip}:
        pytest.skip("no audio for this case")
    out = "turn off the lights" if i < {passes} else "turn on the radio"
    expect.wer(out, "turn off the lights", max_wer=0.1)
"""


def _gates(pytester: pytest.Pytester) -> list[dict]:
    return json.loads((pytester.path / "gates.json").read_text())


# (passes, n, gate, extra marker kwargs, verdict, exit code); n == 0: three cases, all skipped
TABLE = [
    (0, 0, "pass_rate >= 0.2", "", "inconclusive", 1),   # nothing measured: never a silent pass
    (8, 10, "pass_rate >= 0.54", "", "pass", 0),
    (8, 10, "pass_rate >= 0.6", "", "fail", 1),          # raw 0.8, one-sided Wilson lower 0.5408
    (10, 10, "pass_rate >= 0.7", "", "pass", 0),         # all pass: lower 0.7871
    (10, 10, "pass_rate >= 0.7", ", confidence=0.99", "inconclusive", 1),  # 99%: 10 cases cannot show 0.7
    (3, 4, "pass_rate >= 0.2", ", min_n=5", "inconclusive", 1),
]


@pytest.mark.parametrize(("passes", "n", "gate", "extra", "verdict", "ret"), TABLE)
def test_gate_verdict_table(pytester: pytest.Pytester, passes, n, gate, extra, verdict, ret) -> None:
    pytester.makeconftest(DUMP_GATES)
    pytester.makepyfile(GATED.format(gate=gate, extra=extra, n=n or 3, passes=passes, skip=n == 0))
    result = pytester.runpytest("-q")
    assert result.ret == ret
    (g,) = _gates(pytester)
    assert (g["n"], g["passes"], g["verdict"], g["skipped"]) == (n, passes, verdict, 0 if n else 3)
    assert g["name"] == "test_gate_verdict_table.py::test_group"
    assert result.parseoutcomes().get("passed", 0) == n  # misses inside a gated group do not fail alone


def test_gate_failure_fails_the_session_though_every_test_passed(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(GATED.format(gate="pass_rate >= 0.6", extra="", n=10, passes=8, skip=False))
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=10)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines([
        "audiotrust gates (1; inconclusive -> fail):",
        "  FAIL * test_gate_failure_fails_the_session_though_every_test_passed.py::test_group: pass_rate >= 0.6"
        "  n=10 passes=8 rate=0.800 wilson_lower=0.5408 @0.95  min_n=5",
        "*one-sided Wilson lower bound 0.5408 does not satisfy pass_rate >= 0.6 at 95% confidence",
        "*miss: *test_group[[]8[]]",
        "*miss: *test_group[[]9[]]",
    ])


def test_inconclusive_warns_when_asked(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(GATED.format(gate="pass_rate >= 0.9", extra="", n=5, passes=5, skip=False))
    failing = pytester.runpytest("-q")
    assert failing.ret == pytest.ExitCode.TESTS_FAILED
    failing.stdout.fnmatch_lines(["*INCONCLUSIVE*n=5 passes=5 rate=1.000 wilson_lower=0.6489*min_n=25",
                                  "*too few cases to decide: n=5 < min_n=25*"])
    warned = pytester.runpytest("-q", "--audiotrust-inconclusive=warn")
    assert warned.ret == pytest.ExitCode.OK
    warned.stdout.fnmatch_lines(["audiotrust gates (1; inconclusive -> warn):", "*INCONCLUSIVE*"])
    pytester.makeini("[pytest]\naudiotrust_inconclusive = warn\n")
    assert pytester.runpytest("-q").ret == pytest.ExitCode.OK


def test_an_erroring_gated_case_is_a_visible_miss(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(DUMP_GATES)
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect

        @pytest.mark.audiotrust(gate="pass_rate >= 0.1")
        @pytest.mark.parametrize("i", range(6))
        def test_group(i):
            if i == 0:
                raise ConnectionError("model endpoint went away")
            if i == 1:
                pytest.skip("not applicable")
            if i == 2:
                return  # measured nothing and passed: still a case
            expect.wer("a b c", "a b c")
        """
    )
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=4, failed=1, skipped=1)
    (g,) = _gates(pytester)
    assert (g["n"], g["passes"], g["errors"], g["skipped"]) == (5, 4, 1, 1)
    assert g["misses"] == ["test_an_erroring_gated_case_is_a_visible_miss.py::test_group[0]"]
    result.stdout.fnmatch_lines(["*ConnectionError: model endpoint went away*", "*miss: *test_group[[]0[]]"])


def test_gate_group_spans_functions(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(DUMP_GATES)
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect
        street = pytest.mark.audiotrust(gate="pass_rate >= 0.6", gate_group="street")

        @street
        @pytest.mark.parametrize("i", range(6))
        def test_a(i):
            expect.wer("a b c", "a b c")

        @street
        @pytest.mark.parametrize("i", range(6))
        def test_b(i):
            expect.wer("a b c" if i else "x", "a b c")
        """
    )
    assert pytester.runpytest("-q").ret == 0
    (g,) = _gates(pytester)
    assert (g["name"], g["n"], g["passes"], g["verdict"]) == ("street", 12, 11, "pass")
    assert g["lower_bound"] == pytest.approx(0.6988, abs=1e-4)  # scipy binomtest(11, 12) 90 % Wilson lower


def test_repeats_run_each_case_k_times_and_reduce(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(DUMP_GATES)
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect

        @pytest.mark.audiotrust(repeats=3, reducer="majority")
        @pytest.mark.parametrize("case", ["steady", "flaky", "broken"])
        def test_stochastic(case, audiotrust_repeat):
            ok = case == "steady" or (case == "flaky" and audiotrust_repeat != 2)
            expect.wer("a b c" if ok else "x y z", "a b c")
        """
    )
    result = pytester.runpytest("-v")
    result.stdout.fnmatch_lines(["*test_stochastic[[]steady-rep1[]] PASSED*", "*test_stochastic[[]broken-rep3[]] PASSED*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # "broken" fails under majority
    (g,) = _gates(pytester)
    assert (g["n"], g["passes"], g["repeats"], g["reducer"], g["verdict"]) == (3, 2, 3, "majority", "fail")
    assert g["misses"] == ["test_repeats_run_each_case_k_times_and_reduce.py::test_stochastic[broken]"]
    assert g["pass_hat_k"] == pytest.approx(1 / 3, abs=1e-4)  # only "steady" passed all 3
    result.stdout.fnmatch_lines(["*FAIL*every case passes (majority of 3 repeats)*pass^3=0.333 reducer=majority*"])


@pytest.mark.parametrize(("marker", "message"), [
    ('gate="pass_rate => 0.9"', "gate='pass_rate => 0.9': expected 'pass_rate >= X'"),
    ('gate="pass_rate >= 0.9", confidence=1.5', "confidence=1.5: expected a number in (0, 1)"),
    ('gate="pass_rate >= 0.9", min_n=0', "min_n=0: expected a whole number >= 1"),
    ("min_n=10", "min_n=...) needs gate="),
    ('repeats=3, reducer="mostly"', "unknown repeats reducer 'mostly'"),
    ('reducer="any"', "reducer=...) needs repeats=k"),
    ('gate="mean(wre) <= 0.2"', "gate='mean(wre) <= 0.2': unknown metric 'wre'; did you mean 'wer'"),
    ('gate="mean(similarty) >= 0.8"', "unknown metric 'similarty'; did you mean 'similarity'"),
    ('gate="mean(answer) >= 0.5"', "'answer' is recorded as a label, not a number; gate it on pass_rate"),
])
def test_bad_gate_arguments_fail_collection_by_name(pytester: pytest.Pytester, marker: str, message: str) -> None:
    pytester.makepyfile(f"import pytest\n@pytest.mark.audiotrust({marker})\ndef test_x():\n    pass\n")
    result = pytester.runpytest("-q")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert message in result.stdout.str()


@pytest.mark.parametrize("gate", ["mean(wer) <= 0.2", "mean(similarity) >= 0.8", "mean(wer_gap) <= 0.1",
                                  "mean(hallucinated_words) <= 0.5"])
def test_gates_on_recorded_metrics_collect(pytester: pytest.Pytester, gate: str) -> None:
    pytester.makepyfile(f"import pytest\n@pytest.mark.audiotrust(gate={gate!r})\ndef test_x():\n    pass\n")
    result = pytester.runpytest("-q", "--collect-only")
    assert result.ret == pytest.ExitCode.OK, result.outlines


def test_gates_under_xdist_are_decided_once_on_the_controller(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(DUMP_GATES)
    pytester.makepyfile(GATED.format(gate="pass_rate >= 0.6", extra="", n=10, passes=8, skip=False))
    result = pytester.runpytest_subprocess("-q", "-n", "2", "-p", "no:hypothesispytest")
    result.assert_outcomes(passed=10)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    (g,) = _gates(pytester)
    assert (g["n"], g["passes"], g["verdict"], g["lower_bound"]) == (10, 8, "fail", 0.5408)
    assert result.stdout.str().count("audiotrust gates (1;") == 1
