"""The example street-noise gate on the real bundled Whisper tiny.en: same verdicts, run after run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import hypothesis  # noqa: F401  (its pytest plugin imports it in every pytester run: import once, up front)
import numpy.fft  # noqa: F401
import pytest
import sentence_transformers  # noqa: F401

import pytest_audiotrust.corruptions
import pytest_audiotrust.gates
import pytest_audiotrust.models  # noqa: F401
from pytest_audiotrust.clips import bundled_clips

EXAMPLE = Path(__file__).resolve().parents[1] / "example_suites" / "test_street_gate.py"
CLIPS = ("cmd_lights_01", "cmd_alarm_01")  # one clip tiny.en handles, one whose meaning noise changes

DUMP = """
import json, pytest
from pytest_audiotrust.session import STATE_KEY

@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    state = session.config.stash[STATE_KEY]
    cases = {r["nodeid"]: [m["value"] for m in r["measurements"]] for r in state.records}
    with open("run.json", "w") as f:
        json.dump({"gates": state.gates, "cases": cases}, f)
"""


@pytest.mark.slow
def test_street_gate_gives_identical_verdicts_three_times(pytester: pytest.Pytester) -> None:
    entries = {e.id: e for e in bundled_clips()}
    lines = []
    for cid in CLIPS:
        e = entries[cid]
        shutil.copy(e.path, pytester.path / e.path.name)
        lines.append(json.dumps({"id": cid, "file": e.path.name, "transcript": e.transcript}))
    (pytester.path / "clips.jsonl").write_text("\n".join(lines) + "\n")
    pytester.makepyfile(test_street_gate=EXAMPLE.read_text())
    pytester.makeconftest(DUMP)
    runs = []
    for i in range(3):  # a fresh response cache per run: every run asks the model again (clean clips once)
        result = pytester.runpytest("-q", "-p", "no:randomly", "--audiotrust-clips=clips.jsonl", "-o", f"cache_dir=cache{i}",
                                    "--audiotrust-seed=1234")
        result.assert_outcomes(passed=2 * 2 * len(CLIPS))  # misses never fail a gated case alone
        runs.append((result.ret, json.loads((pytester.path / "run.json").read_text())))
    (ret, first), *rest = runs
    for ret_i, run in rest:
        assert ret_i == ret
        assert run["cases"] == first["cases"]  # every similarity, to 4 decimals
        assert run["gates"] == first["gates"]
    (gate,) = first["gates"]
    # one-sided 95 %: a perfect score's bound n / (n + z^2) clears 0.5 from n = ceil(z^2) = ceil(2.706) = 3
    assert gate["n"] == 8 and gate["expression"] == "pass_rate >= 0.5" and gate["min_n"] == 3
    assert gate["verdict"] in ("pass", "fail")  # 8 cases are enough to decide at 0.5 (3/3 would clear it)
    assert ret == (0 if gate["verdict"] == "pass" else 1)
    print("street gate on", CLIPS, {k: gate[k] for k in ("n", "passes", "rate", "lower_bound", "verdict")})
