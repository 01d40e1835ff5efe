"""Same seed -> bit-identical corrupted audio and identical verdicts (3 serial runs and -n 2); another seed differs."""

from __future__ import annotations

import json

import pytest

SUITE = """
import pytest
from pytest_audiotrust import expect, results
from pytest_audiotrust.models import CallableModel

# answers depend on every bit of the audio it hears: any nondeterminism flips verdicts
MODEL = CallableModel(lambda audio, prompt: "quiet" if int(audio.digest()[:2], 16) % 2 else "loud", name="parity")

@pytest.mark.audiotrust(corruptions=["noise.white", "noise.pink", "noise.brown"], severities=[2, 5],
                        clips=["cmd_lights_01", "weather_01"])
def test_corrupted(speech_clip, corruption):
    noisy = corruption(speech_clip)
    results.current().params["digest"] = noisy.audio.digest()
    assert corruption(speech_clip).audio == noisy.audio  # same fixture value -> same audio
    expect.wer(MODEL.transcribe(noisy), "quiet", max_wer=0.0)
"""


def _digests(pytester: pytest.Pytester, *args: str) -> dict[str, tuple[str, bool]]:
    pytester.runpytest("-p", "no:randomly", "--audiotrust-json=out.json", *args)
    doc = json.loads((pytester.path / "out.json").read_text())
    return {r["nodeid"]: (r["params"]["digest"], r["measurements"][0]["passed"]) for r in doc["records"]}


def test_same_seed_same_audio_and_verdicts_serial_and_xdist(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_det=SUITE)
    runs = [_digests(pytester, "--audiotrust-seed=7") for _ in range(3)]
    assert len(runs[0]) == 3 * 2 * 2  # 3 corruptions x 2 severities x 2 clips
    assert runs[0] == runs[1] == runs[2]
    assert _digests(pytester, "--audiotrust-seed=7", "-n", "2") == runs[0]
    verdicts = {v[1] for v in runs[0].values()}
    assert verdicts == {True, False}, "the planted parity model should pass on some cases and fail on others"
    other = _digests(pytester, "--audiotrust-seed=8")
    assert other.keys() == runs[0].keys()
    assert all(other[k][0] != runs[0][k][0] for k in other), "a different seed must change every corrupted clip"
