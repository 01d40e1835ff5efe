"""Headline counts a reader can trust: the terminal summary, JSON and HTML say what pytest says, and
checks that missed inside a gated group are counted apart, next to their gate's verdict."""

from __future__ import annotations

import json
import re

import pytest
from _html import parse

SUITE = """
import pytest
from pytest_audiotrust import expect

@pytest.fixture
def broken():
    raise RuntimeError("model server down")

@pytest.mark.audiotrust(gate="pass_rate >= 0.6")
@pytest.mark.parametrize("i", range(12))
def test_street(i):
    expect.wer("turn off the lights" if i < 9 else "turn on the light", "turn off the lights", max_wer=0.2)

@pytest.mark.parametrize("i", range(3))
def test_plain(i):
    expect.wer("turn off the lights" if i else "burn of the nights", "turn off the lights", max_wer=0.2)

@pytest.mark.audiotrust(max_wer=0.1)
def test_skipped():
    pytest.skip("no clip for this voice")

def test_error(broken):
    expect.wer("a", "a")
"""


def test_headline_counts_agree_with_pytest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(SUITE)
    result = pytester.runpytest("-q", "-p", "no:randomly", "--audiotrust-json=r.json", "--audiotrust-report=r.html")
    pytest_counts = result.parseoutcomes()
    assert pytest_counts == {"passed": 14, "failed": 1, "skipped": 1, "errors": 1}
    doc = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    tests = doc["extras"]["pytest_outcomes"]  # every test, as pytest counts them
    errors = pytest_counts.get("errors", pytest_counts.get("error", 0))
    assert tests == {"passed": pytest_counts["passed"], "failed": pytest_counts["failed"],
                     "skipped": pytest_counts["skipped"], "error": errors}
    # the measured records (the skipped test measured nothing) agree on everything they hold
    assert doc["summary"]["tests"] == {**tests, "skipped": 0}
    # the 3 gated misses passed in pytest; counted apart, next to the gate (one-sided bound of 9/12 = 0.5)
    assert doc["summary"]["gated_misses"] == {"test_headline_counts_agree_with_pytest.py::test_street": 3}
    (gate,) = doc["gates"]
    assert gate["verdict"] == "fail" and gate["passes"] == 9
    assert doc["summary"]["counts"] == {"error": 1, "fail": 1, "miss": 3, "pass": 11}
    # the terminal says the same
    head = next(line for line in result.outlines if line.startswith("audiotrust: "))
    assert head.endswith(f"{tests['passed']} passed, {tests['failed']} failed, {tests['skipped']} skipped, "
                         f"{tests['error']} error")
    result.stdout.fnmatch_lines(["  3 case(s) missed a threshold inside gated groups (passed in pytest; the gate decides): "
                                 "3 in *test_street (gate FAIL)"])
    # and the HTML header
    page = parse((pytester.path / "r.html").read_text(encoding="utf-8"))
    shown = {a["data-count"] for a in page.find("span") if a.get("data-count")}
    assert set(shown) == {"passed", "failed", "skipped", "error"}
    header = page.section_text("header")
    for k, v in tests.items():
        assert re.search(rf"\b{v} {k}\b", header), (k, v, header)
    (miss,) = page.find("span", **{"data-misses": "3"})
    assert miss["data-group"].endswith("::test_street")
    assert "(gate fail)" in header


def test_counts_under_xdist_are_the_controllers(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(SUITE)
    result = pytester.runpytest_subprocess("-q", "-n", "2", "-p", "no:randomly", "-p", "no:hypothesispytest",
                                           "--audiotrust-json=r.json")
    doc = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    assert result.parseoutcomes() == {"passed": 14, "failed": 1, "skipped": 1, "errors": 1}
    assert doc["extras"]["pytest_outcomes"] == {"passed": 14, "failed": 1, "skipped": 1, "error": 1}
