"""Silero VAD on onnxruntime directly (``scoring.vad``): the same segments as silero-vad's own torch path, no torch."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.probes import pauses
from pytest_audiotrust.probes.events import bundled_events
from pytest_audiotrust.scoring.vad import VAD_PARAMS, speech_regions


def _two_utterances():
    clips = bundled_clips()
    return pauses.PauseSpec("pause.inside_6s", clips[0], clips[1]).make(7)


def _inputs() -> dict[str, np.ndarray]:
    clips = bundled_clips()
    out = {c.id: c.load().audio.resample(16_000).samples for c in clips[:4]}
    out["pause.inside_6s"] = _two_utterances().audio.resample(16_000).samples
    out["event.dog"] = bundled_events()["dog"].load().samples
    out["pink_noise"] = (np.random.default_rng(3).standard_normal(40_000) * 0.05).astype(np.float32)
    return out


def test_segments_match_silero_vads_torch_path() -> None:
    torch = pytest.importorskip("torch")
    silero = pytest.importorskip("silero_vad")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        model = silero.load_silero_vad(onnx=True)
    seen_speech = 0
    for name, x in _inputs().items():
        model.reset_states()
        ref = silero.get_speech_timestamps(torch.from_numpy(np.array(x, np.float32)), model, sampling_rate=16_000,
                                           return_seconds=True, **VAD_PARAMS)
        expected = tuple((round(float(s["start"]), 3), round(float(s["end"]), 3)) for s in ref)
        assert speech_regions((x, 16_000)).regions == expected, name
        seen_speech += bool(expected)
    assert seen_speech >= 5  # the comparison covered real speech spans, not only empty results


def test_speech_with_a_pause_gives_two_spans_and_the_pause_is_not_speech() -> None:
    vad = speech_regions(_two_utterances().audio)
    assert len(vad.regions) >= 2
    gaps = [b[0] - a[1] for a, b in zip(vad.regions, vad.regions[1:], strict=False)]
    assert max(gaps) > 5.0  # the inserted 6 s pause, less Silero's 30 ms padding and word edges


def test_vad_and_yamnet_run_without_importing_torch() -> None:
    code = (
        "import sys, numpy as np\n"
        "from pytest_audiotrust.scoring.vad import speech_regions\n"
        "from pytest_audiotrust.models.yamnet import tag\n"
        "x = (np.random.default_rng(1).standard_normal(32000) * 0.1).astype('float32')\n"
        "speech_regions((x, 16000)); tag((x, 16000))\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
