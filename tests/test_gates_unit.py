"""Gate expressions, Wilson bounds and group verdicts (pure functions, no pytest run inside)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.gates import derived_min_n, evaluate, evaluate_group, parse_gate, reduce_repeats
from pytest_audiotrust.scoring.stats import wilson_interval, wilson_lower

# Reference values: scipy.stats.binomtest(k, n).proportion_ci(conf, "wilson") (two-sided score interval).
WILSON = [
    (8, 10, 0.95, 0.4902, 0.9433),
    (10, 10, 0.95, 0.7225, 1.0),
    (0, 10, 0.95, 0.0, 0.2775),
    (45, 50, 0.95, 0.7864, 0.9565),
    (1, 2, 0.95, 0.0945, 0.9055),
    (28, 32, 0.95, 0.7193, 0.9503),
    (95, 100, 0.95, 0.8882, 0.9785),
    (8, 10, 0.90, 0.5408, 0.9314),
    (10, 10, 0.90, 0.7871, 1.0),
]


@pytest.mark.parametrize(("k", "n", "conf", "low", "high"), WILSON)
def test_wilson_matches_reference_values(k: int, n: int, conf: float, low: float, high: float) -> None:
    got_low, got_high = wilson_interval(k, n, conf)
    assert got_low == pytest.approx(low, abs=5e-5)
    assert got_high == pytest.approx(high, abs=5e-5)


def test_wilson_of_nothing_is_uninformative() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError, match="passes <= n"):
        wilson_lower(3, 2)


def _records(passes: int, n: int, gate: str = "pass_rate >= 0.5", **info) -> list[dict]:
    g = {"expression": gate, "confidence": 0.95, "min_n": None, "repeats": 1, "reducer": "all", "group": None, **info}
    return [
        {"nodeid": f"t.py::test_g[{i}]", "outcome": "passed",
         "measurements": [{"metric": "wer", "value": 0.0 if i < passes else 0.5, "passed": i < passes}],
         "params": {"gate": {**g, "case": f"t.py::test_g[{i}]"}}}
        for i in range(n)
    ]


# (passes, n, gate, min_n) -> verdict, lower bound (None when n == 0)
VERDICTS = [
    (0, 0, "pass_rate >= 0.5", None, "inconclusive", None),     # nothing ran
    (8, 10, "pass_rate >= 0.5", None, "fail", 0.4902),          # raw 0.8 clears 0.5, the bound does not
    (8, 10, "pass_rate >= 0.49", None, "pass", 0.4902),
    (8, 10, "pass_rate > 0.4902", None, "fail", 0.4902),        # strict: 0.49016 is not > 0.4902
    (10, 10, "pass_rate >= 0.7", None, "pass", 0.7225),         # all pass
    (10, 10, "pass_rate >= 0.75", None, "inconclusive", 0.7225),  # all pass, but 10 cases can never show 0.75
    (10, 10, "pass_rate >= 0.75", 5, "fail", 0.7225),           # ... unless the user set min_n
    (3, 3, "pass_rate >= 0.3", 5, "inconclusive", 0.4385),      # explicit min_n
    (45, 50, "fail_rate <= 0.22", None, "pass", 0.7864),        # upper fail bound 0.2136
    (45, 50, "fail_rate < 0.2", None, "fail", 0.7864),
    (5, 5, "pass_rate >= 1.0", None, "pass", 0.5655),           # "all must pass": no bound could ever show 1.0
    (4, 5, "fail_rate <= 0", None, "fail", 0.3755),
]


@pytest.mark.parametrize(("passes", "n", "gate", "min_n", "verdict", "lower"), VERDICTS)
def test_group_verdict_uses_wilson_lower_bound(passes, n, gate, min_n, verdict, lower) -> None:
    result = evaluate_group("g", _records(passes, n, gate, min_n=min_n))
    assert (result["n"], result["passes"]) == (n, passes)
    assert result["verdict"] == verdict, result["reason"]
    assert result["lower_bound"] == (None if lower is None else pytest.approx(lower, abs=1e-4))
    assert len(result["misses"]) == n - passes


def test_derived_min_n_is_where_a_perfect_score_first_clears() -> None:
    expr = parse_gate("pass_rate >= 0.9")
    n = derived_min_n(expr, 0.95)
    assert wilson_lower(n, n) >= 0.9 > wilson_lower(n - 1, n - 1)
    assert n == 35


def test_errors_and_skips() -> None:
    recs = _records(4, 4, "pass_rate >= 0.1")
    recs[0]["outcome"], recs[0]["measurements"] = "failed", []  # the model raised: a miss, counted
    recs[1]["outcome"] = "skipped"  # not a case
    g = evaluate_group("g", recs)
    assert (g["n"], g["passes"], g["errors"], g["skipped"]) == (3, 2, 1, 1)
    assert g["misses"] == ["t.py::test_g[0]"]


def test_mean_gate_uses_a_confidence_bound() -> None:
    recs = _records(10, 10, "mean(wer) <= 0.1")
    for i, r in enumerate(recs):
        r["measurements"][0]["value"] = 0.05 if i % 2 else 0.07
    g = evaluate_group("g", recs)
    assert g["verdict"] == "pass" and g["value"] == pytest.approx(0.06)
    assert g["upper_bound"] == pytest.approx(0.06 + 1.959964 * 0.0105409 / 10**0.5, abs=1e-4)
    recs[0]["measurements"][0]["value"] = 0.5  # one bad case widens the bound past 0.1
    assert evaluate_group("g", recs)["verdict"] == "fail"


def test_repeats_are_reduced_per_case() -> None:
    recs = []
    for case, reps in {"a": [True, True, False], "b": [True, True, True], "c": [False, True, False]}.items():
        for i, ok in enumerate(reps, 1):
            recs.append({"nodeid": f"t.py::test_r[{case}-rep{i}]", "outcome": "passed",
                         "measurements": [{"metric": "wer", "value": 0, "passed": ok}],
                         "params": {"gate": {"expression": None, "confidence": 0.95, "min_n": None, "repeats": 3,
                                             "reducer": "majority", "group": None, "case": f"t.py::test_r[{case}]"}}})
    (g,) = evaluate(recs)
    assert (g["n"], g["passes"], g["verdict"], g["misses"]) == (3, 2, "fail", ["t.py::test_r[c]"])
    assert g["pass_hat_k"] == pytest.approx(1 / 3, abs=1e-4)
    assert reduce_repeats([True, False], "majority") is False and reduce_repeats([True, False], "any") is True


def test_gate_group_joins_functions_and_conflicts_fail() -> None:
    a = _records(5, 5, "pass_rate >= 0.4", group="street")
    b = [{**r, "nodeid": r["nodeid"].replace("test_g", "test_h")} for r in _records(5, 5, "pass_rate >= 0.4", group="street")]
    for r in b:
        r["params"]["gate"]["case"] = r["nodeid"]
    (g,) = evaluate(a + b)
    assert (g["name"], g["n"], g["verdict"]) == ("street", 10, "pass")
    b[0]["params"]["gate"]["expression"] = "pass_rate >= 0.9"
    (g,) = evaluate(a + b)
    assert g["verdict"] == "fail" and "conflicting gate settings" in g["reason"]


# ----------------------------------------------------------------------------- parser properties
ops = st.sampled_from([">=", ">"])
rates = st.floats(min_value=0, max_value=1, allow_nan=False).map(lambda x: round(x, 6))
spaces = st.sampled_from(["", " ", "  "])


@given(ops, rates, spaces, spaces)
def test_valid_rate_expressions_round_trip(op: str, value: float, s1: str, s2: str) -> None:
    if op == ">" and value == 1.0:
        return  # rejected: can never hold (see test_bad_expressions_name_what_was_expected)
    expr = parse_gate(f"{s1}pass_rate{s1}{op}{s2}{value!r}{s2}")
    assert (expr.subject, expr.op, expr.threshold) == ("pass_rate", op, value)
    assert parse_gate(str(expr)) == expr


@given(st.sampled_from(["<=", "<", ">=", ">"]), st.floats(allow_nan=False, allow_infinity=False, width=32),
       st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,10}", fullmatch=True))
def test_valid_mean_expressions_round_trip(op: str, value: float, metric: str) -> None:
    expr = parse_gate(f"mean({metric}) {op} {value!r}")
    assert (expr.subject, expr.metric, expr.op, expr.threshold) == ("mean", metric, op, value)
    assert parse_gate(str(expr)) == expr


@given(st.one_of(st.text(max_size=40), st.integers(), st.none(), st.floats(), st.lists(st.text(max_size=3))))
def test_garbage_raises_only_config_error(garbage: object) -> None:
    try:
        expr = parse_gate(garbage)
    except ConfigError as exc:
        assert "gate=" in str(exc)
    else:
        assert parse_gate(str(expr)) == expr


@pytest.mark.parametrize(("text", "message"), [
    ("pass_rate >= 1.5", "must lie in [0, 1]"),
    ("pass_rate <= 0.5", "use pass_rate >= X"),
    ("fail_rate >= 0.1", "use fail_rate <= X"),
    ("__import__('os').system('x') >= 1", "expected 'pass_rate >= X'"),
    ("pass_rate >= 0.9 and 1", "expected"),
    ("mean(wer) <= 1e999", "finite"),
    ("pass_rate > 1", "can never hold; did you mean pass_rate >= 1?"),
    ("fail_rate < 0.0", "can never hold; did you mean fail_rate <= 0?"),
])
def test_bad_expressions_name_what_was_expected(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(f"gate={text!r}") + ".*" + re.escape(message)):
        parse_gate(text)
