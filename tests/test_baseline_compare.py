"""Baselines: --audiotrust-baseline passes on an identical run and fails the session on a planted regression."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import numpy  # noqa: F401  (pytester's in-process runs need these imported first)
import pytest
import soundfile  # noqa: F401
import soxr  # noqa: F401

import pytest_audiotrust.expect
import pytest_audiotrust.models
import pytest_audiotrust.report
import pytest_audiotrust.scoring.wer  # noqa: F401
from pytest_audiotrust.baseline import compare, parse_tolerances
from pytest_audiotrust.errors import ConfigError

CONFTEST = '''
import pytest
from pytest_audiotrust.models import CallableModel

@pytest.fixture(scope="session")
def audiotrust_model():
    # short (lights) clip: the planted transcript; longer clip: always the same wrong words
    return CallableModel(lambda audio, prompt: {lights!r} if audio.duration < 2.0 else "play some music", name="planted")
'''

SUITE = '''
from pytest_audiotrust import expect

def test_accurate(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.9)
'''
GOOD = "turn off the lights in the kitchen"
WORSE = "turn off the light in the kitchen"  # one word of seven wrong: mean WER +0.071 over two clips


def _manifest(folder: Path) -> Path:
    from pytest_audiotrust.clips import bundled_manifest

    rows = [json.loads(x) for x in bundled_manifest().read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["id"] in ("cmd_lights_01", "cmd_music_01")]
    for r in rows:
        shutil.copyfile(bundled_manifest().parent / r["file"], folder / r["file"])
    (folder / "clips.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder / "clips.jsonl"


@pytest.fixture
def run(pytester: pytest.Pytester):  # type: ignore[no-untyped-def]
    pytester.makepyfile(test_suite=SUITE)
    manifest = _manifest(pytester.path)

    def go(lights: str, *extra: str) -> Any:
        pytester.makeconftest(CONFTEST.format(lights=lights))
        return pytester.runpytest("-q", "-p", "no:cacheprovider", f"--audiotrust-clips={manifest}",
                                  "-o", "audiotrust_normalizer=basic", *extra)

    return go


def test_identical_run_passes_and_planted_regression_fails(run, pytester: pytest.Pytester) -> None:  # type: ignore[no-untyped-def]
    first = run(GOOD, "--audiotrust-json=base.json")
    assert first.ret == pytest.ExitCode.OK
    base = json.loads((pytester.path / "base.json").read_text())
    assert base["summary"]["aggregates"]["wer"]["value"] > 0  # the music clip is always wrong

    same = run(GOOD, "--audiotrust-baseline=base.json", "--audiotrust-report=same.html")
    same.assert_outcomes(passed=2)
    assert same.ret == pytest.ExitCode.OK
    same.stdout.fnmatch_lines(["  baseline base.json: PASS (0 regression(s) beyond tolerance, * comparison(s))"])

    worse = run(WORSE, "--audiotrust-baseline=base.json", "--audiotrust-report=worse.html", "--audiotrust-json=worse.json")
    worse.assert_outcomes(passed=2)  # every test still passes on its own threshold...
    assert worse.ret == pytest.ExitCode.TESTS_FAILED  # ...but the session fails on the regression
    worse.stdout.fnmatch_lines([
        "  baseline base.json: FAIL (1 regression(s) beyond tolerance, * comparison(s))",
        "    regression: wer: * -> * (tolerance +0.02)",
    ])
    result = json.loads((pytester.path / "worse.json").read_text())["extras"]["baseline"]
    reg = result["regressions"][0]
    assert reg["name"] == "wer" and reg["delta"] == pytest.approx((1 / 7) / 2, abs=1e-4)
    assert result["newly_failing"] == []
    html = (pytester.path / "worse.html").read_text()
    assert 'id="baseline"' in html and 'class="regression"' in html

    # a looser tolerance lets the same change through; a per-case tolerance catches it again
    assert run(WORSE, "--audiotrust-baseline=base.json", "--audiotrust-compare-fail=wer:+0.1").ret == pytest.ExitCode.OK
    per_case = run(WORSE, "--audiotrust-baseline=base.json", "--audiotrust-compare-fail=wer:+0.1,case.wer:+0.1")
    assert per_case.ret == pytest.ExitCode.TESTS_FAILED
    per_case.stdout.fnmatch_lines(["    regression: test_suite.py::test_accurate[[]clip:cmd_lights_01[]]::wer: 0.0 -> 0.1429*"])


def test_bad_tolerance_and_missing_baseline_are_usage_errors(run) -> None:  # type: ignore[no-untyped-def]
    bad = run(GOOD, "--audiotrust-baseline=base.json", "--audiotrust-compare-fail=wer=0.02")
    bad.stderr.fnmatch_lines(["*--audiotrust-compare-fail: 'wer=0.02' is not NAME:AMOUNT*"])
    assert bad.ret == pytest.ExitCode.USAGE_ERROR
    missing = run(GOOD, "--audiotrust-baseline=nope.json")
    missing.stderr.fnmatch_lines(["*--audiotrust-baseline nope.json: file does not exist*"])
    assert missing.ret == pytest.ExitCode.USAGE_ERROR


def test_tolerance_syntax() -> None:
    t = {x.pattern: x for x in parse_tolerances("wer:+0.02, hallucination_rate:+1pp,similarity:-5%,yes_ratio*:2pp")}
    assert t["wer"].allowed(0.3) == 0.02 and t["hallucination_rate"].allowed(0.5) == pytest.approx(0.01)
    assert t["similarity"].relative and t["similarity"].allowed(0.9) == pytest.approx(0.045)
    assert t["yes_ratio*"].allowed(0) == pytest.approx(0.02)
    for bad in ("wer", "wer:+x", ":0.1", ""):
        with pytest.raises(ConfigError, match="--audiotrust-compare-fail"):
            parse_tolerances(bad)


def _doc(hallucinated: int, similarity: float) -> dict[str, Any]:
    recs = [{"nodeid": f"t.py::test_probe[p{i}]", "outcome": "passed", "probe": {"id": f"p{i}", "family": "silence"},
             "measurements": [{"check": "no_speech", "metric": "hallucinated_words", "value": int(i < hallucinated),
                               "threshold": 0, "direction": "max", "passed": i >= hallucinated, "output": ""}]}
            for i in range(100)]
    recs.append({"nodeid": "t.py::test_inv", "outcome": "passed", "measurements": [
        {"check": "consistent", "metric": "similarity", "value": similarity, "threshold": 0.5, "direction": "min",
         "passed": True, "output": ""}]})
    from pytest_audiotrust.summary import summarize

    return {"schema": "pytest-audiotrust/results", "version": 1, "meta": {}, "records": recs, "summary": summarize(recs)}


def test_compare_directions_and_percentage_points() -> None:
    tol = parse_tolerances("hallucination_rate:+1pp,similarity:-0.02")
    base = _doc(hallucinated=3, similarity=0.90)
    assert compare(base, copy.deepcopy(base), tol)["verdict"] == "pass"
    # 3 % -> 4 %: exactly one point, allowed; 3 % -> 5 %: two points, a regression
    assert compare(base, _doc(4, 0.90), tol)["regressions"] == []
    res = compare(base, _doc(5, 0.90), tol)
    assert res["verdict"] == "fail" and {r["name"] for r in res["regressions"]} == {"hallucination_rate"}
    assert res["newly_failing"] == ["t.py::test_probe[p3]::no_speech", "t.py::test_probe[p4]::no_speech"]
    # similarity is "higher is better": a drop beyond 0.02 regresses, a rise is an improvement
    assert {r["name"] for r in compare(base, _doc(3, 0.87), tol)["regressions"]} == {"similarity"}
    better = compare(base, _doc(1, 0.95), tol)
    assert better["verdict"] == "pass" and {"similarity", "hallucination_rate"} <= {r["name"] for r in better["improvements"]}
