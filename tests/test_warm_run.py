"""A warm re-run loads no model, tagger, VAD or embedder it does not need: everything it would compute is on disk.

Cold and warm runs are subprocesses (in-process runs share ``sys.modules``); a conftest records at session end
which heavy runtimes the run imported."""

from __future__ import annotations

import json

import pytest

HEAVY = ("ctranslate2", "faster_whisper", "onnxruntime", "sentence_transformers", "torch")

CONFTEST = f"""
import json, sys

def pytest_sessionfinish(session):
    with open("loaded.json", "w") as fh:
        json.dump(sorted(m for m in {HEAVY!r} if m in sys.modules), fh)
"""

SUITE = """
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(probes=["silence.digital", "tone.sine_440Hz"])
def test_no_words_from_non_speech(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe), audio=nonspeech_probe)

@pytest.mark.audiotrust(events=["dog"], absent_strategies=["adversarial"], phrasings=[0])
def test_no_phantom_sound_events(audiotrust_model, absent_event_probe):
    expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))
"""


def _run(pytester: pytest.Pytester) -> tuple[list[str], dict]:
    result = pytester.runpytest_subprocess("-p", "no:randomly", "--audiotrust-model=bundled:tiny.en",
                                           "--audiotrust-json=out.json")
    assert result.ret in (0, 1), result.outlines[-20:]
    doc = json.loads((pytester.path / "out.json").read_text())
    return json.loads((pytester.path / "loaded.json").read_text()), doc


def _facts(doc: dict) -> list:
    """What each case measured and tagged (not timings): a warm run must reproduce it exactly."""
    return sorted(json.dumps([r["nodeid"], r["outcome"], [m["value"] for m in r["measurements"]],
                              [m["details"].get("vad_speech_s") for m in r["measurements"]],
                              (r.get("probe") or {}).get("audio_tags")], sort_keys=True) for r in doc["records"])


def test_a_warm_rerun_loads_no_model_tagger_or_vad(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "cache"))
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_suite=SUITE)
    cold_loaded, cold = _run(pytester)
    # the cold run needed them: Whisper (CTranslate2) to transcribe, onnxruntime for YAMNet and Silero VAD
    assert {"ctranslate2", "faster_whisper", "onnxruntime"} <= set(cold_loaded), cold_loaded
    assert len(cold["records"]) >= 3
    assert all((r.get("probe") or {}).get("audio_tags") for r in cold["records"])
    assert any("vad_speech_s" in m["details"] for r in cold["records"] for m in r["measurements"])
    warm_loaded, warm = _run(pytester)
    assert warm_loaded == [], warm_loaded  # answers, tags and VAD results all came from disk
    assert _facts(warm) == _facts(cold)


BUILDERS = ("scipy", "pytest_audiotrust.tts.espeak")

CORRUPTING_SUITE = """
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(corruptions=["noise.white", "codec.mp3", "channel.bandpass", "voice.en_gb"], severities=[3],
                        clips=["allison_check_number_dial_again"], clip_set="bundled:real")
def test_transcript_survives(audiotrust_model, speech_clip, corruption):
    expect.wer(audiotrust_model.transcribe(corruption(speech_clip)), speech_clip.transcript, max_wer=0.5)

@pytest.mark.audiotrust(probes=["tone.drum_loop_synthesised"])
def test_no_words_from_a_drum_loop(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
"""


def _corruption_facts(doc: dict) -> list:
    return sorted(json.dumps([r["nodeid"], r.get("corruption"), (r.get("probe") or {}).get("duration_s")],
                             sort_keys=True) for r in doc["records"])


def test_a_warm_rerun_corrupts_and_synthesises_nothing(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """Corrupted clips, a re-spoken clip (eSpeak NG) and a synthesised probe come from the derived-audio store: the
    warm run imports neither scipy (filters, FFT noise) nor the TTS engine, and reproduces every figure."""
    monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "cache"))
    pytester.makeconftest(CONFTEST.replace(repr(HEAVY), repr(HEAVY + BUILDERS)))
    pytester.makepyfile(test_suite=CORRUPTING_SUITE)
    cold_loaded, cold = _run(pytester)
    assert set(BUILDERS) <= set(cold_loaded), cold_loaded
    assert len(cold["records"]) == 5 and sum(1 for r in cold["records"] if r.get("corruption")) == 4
    assert list((pytester.path / "cache" / "audio").rglob("*.audio"))
    warm_loaded, warm = _run(pytester)
    assert warm_loaded == [], warm_loaded
    assert _facts(warm) == _facts(cold) and _corruption_facts(warm) == _corruption_facts(cold)
