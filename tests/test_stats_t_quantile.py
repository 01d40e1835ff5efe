"""Student's t quantile without scipy: checked against scipy.stats (an independent implementation) and printed tables."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pytest_audiotrust.scoring.stats import t_quantile

PS = (0.0005, 0.001, 0.025, 0.05, 0.1, 0.3, 0.45, 0.5, 0.55, 0.7, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995)
DFS = (0.5, 1, 1.5, 2, 3, 4, 5, 7, 9, 10, 14, 19, 29, 30, 49, 99, 100, 101, 250, 999, 10_000)


@pytest.mark.parametrize("df", DFS)
def test_matches_scipy_to_double_precision(df: float) -> None:
    stats = pytest.importorskip("scipy.stats")
    for p in PS:
        assert t_quantile(p, df) == pytest.approx(float(stats.t.ppf(p, df)), rel=1e-11, abs=1e-14), (p, df)


@pytest.mark.parametrize(("p", "df", "table"), [(0.975, 1, 12.706), (0.975, 2, 4.303), (0.95, 5, 2.015),
                                                (0.995, 10, 3.169), (0.975, 30, 2.042), (0.9995, 120, 3.373)])
def test_printed_table_values(p: float, df: float, table: float) -> None:
    assert t_quantile(p, df) == pytest.approx(table, abs=5e-4)
    assert t_quantile(1 - p, df) == pytest.approx(-table, abs=5e-4)


def test_limits_and_bad_arguments() -> None:
    assert t_quantile(0.975, float("inf")) == pytest.approx(1.959964, abs=1e-6)
    assert t_quantile(0.5, 3) == 0.0
    for p, df in ((0.0, 3), (1.0, 3), (0.9, 0), (0.9, -2)):
        with pytest.raises(ValueError, match="t_quantile"):
            t_quantile(p, df)


def test_needs_no_scipy() -> None:
    code = ("import sys; from pytest_audiotrust.scoring.stats import t_quantile; t_quantile(0.975, 7); "
            "print('scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
