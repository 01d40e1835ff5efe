"""The report from a real run: the bundled Whisper tiny.en (filters off) on two clips, one corruption and one
non-speech probe (5 model calls), with the failing cases' audio saved beside the report."""

from __future__ import annotations

import json
import shutil
import wave

import faster_whisper  # noqa: F401  (import before pytester runs: extension modules load once)
import numpy.fft  # noqa: F401
import pytest
import scipy.signal  # noqa: F401
import soundfile  # noqa: F401
import soxr  # noqa: F401
from _html import parse

import pytest_audiotrust.corruptions
import pytest_audiotrust.expect
import pytest_audiotrust.models
import pytest_audiotrust.probes
import pytest_audiotrust.report.artifacts
import pytest_audiotrust.scoring.hallucination
import pytest_audiotrust.scoring.wer  # noqa: F401

pytestmark = pytest.mark.slow

RAW_WHISPER = "whisper:tiny.en?no_speech_threshold=none&log_prob_threshold=none&compression_ratio_threshold=none"
SUITE = '''
import pytest
from pytest_audiotrust import expect
from pytest_audiotrust.report.artifacts import attach_audio

def test_accurate(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.15)

@pytest.mark.audiotrust(corruptions=["noise.white"], severities=[5])
def test_survives_noise(audiotrust_model, speech_clip, corruption):
    attach_audio("clean", speech_clip)
    noisy = corruption(speech_clip)
    attach_audio("corrupted", noisy)
    expect.wer(audiotrust_model.transcribe(noisy), speech_clip.transcript, max_wer=0.0)

def test_no_speech(audiotrust_model, nonspeech_probe):
    attach_audio("probe", nonspeech_probe)
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
'''


def test_real_whisper_run_renders_outputs_metrics_and_audio(pytester: pytest.Pytester) -> None:
    from pytest_audiotrust.clips import bundled_manifest

    rows = [json.loads(x) for x in bundled_manifest().read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["id"] in ("cmd_lights_01", "cmd_timer_01")]
    for r in rows:
        shutil.copyfile(bundled_manifest().parent / r["file"], pytester.path / r["file"])
    (pytester.path / "clips.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pytester.makepyfile(test_real=SUITE)
    result = pytester.runpytest("-q", "-k", "not no_speech or silence.digital", "--audiotrust-clips=clips.jsonl",
                                f"--audiotrust-model={RAW_WHISPER}", "-o", "audiotrust_normalizer=basic",
                                "--audiotrust-report=out/real.html", "--audiotrust-json=out/real.json",
                                "--audiotrust-report-audio=10")
    doc = json.loads((pytester.path / "out" / "real.json").read_text(encoding="utf-8"))
    recs = {r["nodeid"].split("::")[1]: r for r in doc["records"]}
    assert len(recs) == 5
    # what tiny.en really wrote: clean speech close to the reference; digital silence turned into words
    probe = recs["test_no_speech[probe:silence.digital]"]["measurements"][0]
    assert probe["output"].strip() and not probe["passed"]  # the documented "You" on silence, filters off
    for r in ("test_accurate[clip:cmd_lights_01]", "test_accurate[clip:cmd_timer_01]"):
        assert recs[r]["measurements"][0]["value"] <= 0.3, recs[r]["measurements"][0]
    assert doc["meta"]["models"] and doc["meta"]["models"][0].startswith("whisper:tiny.en")
    html = (pytester.path / "out" / "real.html").read_text(encoding="utf-8")
    page = parse(html)
    text = "".join(page.text)
    for r in recs.values():
        for m in r["measurements"]:
            assert m["output"] in text
    fails = sorted(n for n, r in recs.items() if any(not m["passed"] for m in r["measurements"]))
    assert f"{len(fails)} fail" in text
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    # audio of failing cases beside the report, in the order of their node ids, real 16-bit WAV files
    folder = pytester.path / "out" / "real_files"
    saved = sorted(p.name for p in folder.iterdir())
    n_with_audio = sum(1 for n in fails if n.startswith(("test_survives_noise", "test_no_speech")))
    assert len(saved) == sum(2 if n.startswith("test_survives_noise") else 1 for n in fails
                             if n.startswith(("test_survives_noise", "test_no_speech")))
    assert doc["meta"]["audio"]["cases"] == n_with_audio and doc["meta"]["audio"]["bytes"] == sum(
        (folder / s).stat().st_size for s in saved)
    assert sorted(a["src"] for a in page.find("audio")) == sorted(f"real_files/{s}" for s in saved)
    for s in saved:
        with wave.open(str(folder / s)) as w:
            assert w.getsampwidth() == 2 and w.getframerate() == 16000 and w.getnframes() > 1000
