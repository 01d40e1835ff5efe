"""Gate expressions, Wilson bounds and group verdicts (pure functions, no pytest run inside)."""

from __future__ import annotations

import math
import re
from statistics import NormalDist

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.gates import derived_min_n, evaluate, evaluate_group, parse_gate, reduce_repeats
from pytest_audiotrust.scoring.stats import design_effect, t_quantile, wilson_bound, wilson_interval, wilson_lower

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


# (passes, n, gate, min_n) -> verdict, one-sided 95 % lower bound (None when n == 0); the bounds are
# scipy's two-sided 90 % Wilson endpoints, the one-sided 95 % bound (see test_one_sided_wilson_...)
VERDICTS = [
    (0, 0, "pass_rate >= 0.5", None, "inconclusive", None),     # nothing ran
    (8, 10, "pass_rate >= 0.6", None, "fail", 0.5408),          # raw 0.8 clears 0.6, the bound does not
    (8, 10, "pass_rate >= 0.54", None, "pass", 0.5408),
    (8, 10, "pass_rate > 0.5408", None, "fail", 0.5408),        # strict: 0.54079 is not > 0.5408
    (10, 10, "pass_rate >= 0.78", None, "pass", 0.7871),        # all pass
    (10, 10, "pass_rate >= 0.8", None, "inconclusive", 0.7871),  # all pass, but 10 cases can never show 0.8
    (10, 10, "pass_rate >= 0.8", 5, "fail", 0.7871),            # ... unless the user set min_n
    (3, 3, "pass_rate >= 0.3", 5, "inconclusive", 0.5258),      # explicit min_n
    (45, 50, "fail_rate <= 0.2", None, "pass", 0.8085),         # upper fail bound 0.1915
    (45, 50, "fail_rate < 0.19", None, "fail", 0.8085),
    (5, 5, "pass_rate >= 1.0", None, "pass", 0.6489),           # "all must pass": no bound could ever show 1.0
    (4, 5, "fail_rate <= 0", None, "fail", 0.4353),
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
    # closed form for a perfect score: the lower bound is n / (n + z^2), so n >= 9 z^2 with z = 1.6449
    z = NormalDist().inv_cdf(0.95)
    assert n == math.ceil(9 * z * z) == 25


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
    # Student's t, one-sided 95 % at df = 9 (table value 1.8331), not the normal 1.96 (nor 1.645)
    assert g["upper_bound"] == pytest.approx(0.06 + 1.833113 * 0.0105409 / 10**0.5, abs=6e-5)
    assert g["method"] == "Student's t, one-sided, df=9"
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


@pytest.mark.parametrize(("k", "n", "conf"), [(8, 10, 0.95), (10, 10, 0.95), (45, 50, 0.95), (1, 2, 0.9), (33, 40, 0.99)])
def test_one_sided_wilson_is_the_two_sided_endpoint_at_twice_the_tail(k: int, n: int, conf: float) -> None:
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=2 * conf - 1, method="wilson")
    assert wilson_bound(k, n, conf, "lower") == pytest.approx(ci.low, abs=1e-9)
    assert wilson_bound(k, n, conf, "upper") == pytest.approx(ci.high, abs=1e-9)
    assert wilson_lower(k, n, conf) > wilson_interval(k, n, conf)[0]  # the two-sided one claimed more than stated


@pytest.mark.parametrize(("p", "df", "table"), [(0.95, 9, 1.8331), (0.975, 4, 2.7764), (0.95, 1, 6.3138),
                                                (0.99, 29, 2.4620), (0.95, math.inf, 1.6449)])
def test_t_quantile_matches_printed_tables(p: float, df: float, table: float) -> None:
    assert t_quantile(p, df) == pytest.approx(table, abs=1e-4)


def test_design_effect_by_hand() -> None:
    # two clips of 4: 3/4 and 1/4 pass. MSB = 0.5, MSW = 1.5 / 6 = 0.25, n0 = 4 -> ICC = 0.25 / 1.25 = 0.2
    d = design_effect([[1, 1, 1, 0], [1, 0, 0, 0]])
    assert d["icc"] == pytest.approx(0.2) and d["design_effect"] == pytest.approx(1.6)
    assert d["effective_n"] == pytest.approx(5.0) and d["clusters"] == 2
    # clips that all pass or all fail: cases of a clip are copies, ICC 1, design effect = cluster size
    assert design_effect([[1] * 5, [0] * 5])["design_effect"] == pytest.approx(5.0)
    # the same rate in every clip: no clustering
    assert design_effect([[1, 1, 0], [1, 0, 1], [0, 1, 1]])["design_effect"] == pytest.approx(1.0)
    assert design_effect([[1, 1, 1]])["design_effect"] is None  # one clip: not estimable


def test_gate_reports_clustering_by_clip() -> None:
    recs = _records(8, 10, "pass_rate >= 0.5")
    for i, r in enumerate(recs):  # clip a: cases 0-4 (all pass), clip b: cases 5-9 (3 pass, 2 fail)
        r["clip"] = {"id": "a" if i < 5 else "b"}
    g = evaluate_group("g", recs)
    assert g["verdict"] == "pass" and g["lower_bound"] == pytest.approx(0.5408, abs=1e-4)
    c = g["clustering"]
    expected = design_effect([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    assert c["design_effect"] == expected["design_effect"] > 1
    assert c["clustered_bound"] == pytest.approx(wilson_bound(0.8 * expected["effective_n"], expected["effective_n"]),
                                                 abs=1e-4)
    assert c["clustered_bound"] < g["lower_bound"] and "design effect" in g["reason"]
    assert evaluate_group("g", _records(8, 10, "pass_rate >= 0.5"))["clustering"] is None  # no clips: nothing to say


def test_every_metric_expect_records_is_known_to_mean_gates() -> None:
    """The metric names a gate is checked against are the ones ``expect`` writes (read from its source)."""
    import ast
    import inspect

    from pytest_audiotrust import expect
    from pytest_audiotrust.gates import LABEL_METRICS, MEAN_METRICS

    recorded = set()
    for node in ast.walk(ast.parse(inspect.getsource(expect))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Measurement":
            metric = node.args[1]
            if isinstance(metric, ast.IfExp):  # one metric name or another, by the search's budget
                recorded |= {metric.body.value, metric.orelse.value}
            else:
                recorded.add(metric.value if isinstance(metric, ast.Constant) else ast.unparse(metric))
    assert len(recorded) >= 9
    unknown = {m for m in recorded if m not in MEAN_METRICS + LABEL_METRICS and not m.endswith("_gap")}
    assert unknown == {"f'{metric}_gap'"}, unknown  # expect.gap's metric, allowed by its suffix
