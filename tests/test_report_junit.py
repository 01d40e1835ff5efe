"""junitxml: each measured case carries its metrics and verdict as <property> elements for CI systems."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import pytest_audiotrust.expect
import pytest_audiotrust.scoring.wer  # noqa: F401


def test_junitxml_carries_metrics_and_verdicts(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect
        REF = "turn off the lights in the kitchen"
        def test_close():
            expect.wer("turn off the lights in the garden", REF, max_wer=0.2)
        def test_far():
            expect.wer("turn on the radio", REF, max_wer=0.2)
        def test_plain():
            assert True
        """
    )
    result = pytester.runpytest("-q", "-o", "audiotrust_normalizer=basic", "--junitxml=junit.xml")
    result.assert_outcomes(passed=2, failed=1)
    cases = {c.get("name"): c for c in ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")}
    props = {name: {p.get("name"): p.get("value") for p in c.iter("property")} for name, c in cases.items()}
    assert props["test_close"] == {"audiotrust.wer.wer": str(round(1 / 7, 4)), "audiotrust.verdict": "pass"}
    assert props["test_far"]["audiotrust.verdict"] == "fail" and float(props["test_far"]["audiotrust.wer.wer"]) > 0.5
    assert props["test_plain"] == {}
