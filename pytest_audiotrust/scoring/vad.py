"""Voice activity detection with Silero VAD: the ONNX model inside the ``silero-vad`` PyPI package, run by
onnxruntime directly (no torch: the package's own wrapper imports it, so the package is never imported here).

The model loads once per process (lazily, ~0.1 s) and scores 10 s of audio in ~50 ms. Segments follow
silero-vad's ``get_speech_timestamps`` with ``VAD_PARAMS`` (``tests/test_vad_onnx.py`` checks them
against the package's own torch path). ``speech_regions(audio)`` returns the ``(start_s, end_s)``
spans Silero calls speech.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..memo import memoized

VAD_RATE = 16_000
#: Silero's own defaults except where noted; recorded with every VAD result.
VAD_PARAMS: dict[str, Any] = {"threshold": 0.5, "min_speech_duration_ms": 250, "min_silence_duration_ms": 100,
                              "speech_pad_ms": 30}
WINDOW = 512  # samples per Silero step at 16 kHz (32 ms)
CONTEXT = 64  # samples of the previous step prepended to each window, as silero-vad's OnnxWrapper does
MODEL_FILE = "silero_vad.onnx"  # opset 16: the file load_silero_vad(onnx=True) reads
_HINT = "VAD checks need Silero VAD's ONNX model and onnxruntime: pip install 'pytest-audiotrust[vad]'"


@memoized
def _session():  # type: ignore[no-untyped-def]
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("silero_vad")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"{_HINT} (package silero-vad not found)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / MODEL_FILE
    if not path.is_file():
        raise ConfigError(f"{_HINT} ({path} is missing)")
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise ConfigError(f"{_HINT} (onnxruntime not installed)") from exc
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def speech_probs(samples: Any) -> list[float]:
    """Silero's speech probability per 512-sample window of 16 kHz mono samples (the last one zero-padded)."""
    import numpy as np

    x = np.asarray(samples, dtype=np.float32).reshape(-1)
    if len(x) % WINDOW:
        x = np.pad(x, (0, WINDOW - len(x) % WINDOW))
    session = _session()
    state = np.zeros((2, 1, 128), np.float32)
    context = np.zeros((1, CONTEXT), np.float32)
    sr = np.array(VAD_RATE, dtype=np.int64)
    probs = []
    for i in range(0, len(x), WINDOW):
        chunk = np.concatenate([context, x[None, i : i + WINDOW]], axis=1)
        out, state = session.run(None, {"input": chunk, "state": state, "sr": sr})
        probs.append(float(out.reshape(-1)[0]))
        context = chunk[:, -CONTEXT:]
    return probs


def _segments(probs: list[float], n_samples: int, threshold: float, min_speech_duration_ms: int,
              min_silence_duration_ms: int, speech_pad_ms: int) -> list[tuple[int, int]]:
    """Silero's ``get_speech_timestamps_from_probs`` without a maximum segment length, in samples."""
    min_speech = VAD_RATE * min_speech_duration_ms / 1000
    min_silence = VAD_RATE * min_silence_duration_ms / 1000
    pad = VAD_RATE * speech_pad_ms / 1000
    neg_threshold = max(threshold - 0.15, 0.01)
    spans: list[list[int]] = []
    start: int | None = None
    temp_end = 0
    for i, p in enumerate(probs):
        at = WINDOW * i
        if p >= threshold and temp_end:
            temp_end = 0
        if p >= threshold and start is None:
            start = at
            continue
        if p < neg_threshold and start is not None:
            temp_end = temp_end or at
            if at - temp_end < min_silence:
                continue
            if temp_end - start > min_speech:
                spans.append([start, temp_end])
            start, temp_end = None, 0
    if start is not None and n_samples - start > min_speech:
        spans.append([start, n_samples])
    for i, span in enumerate(spans):
        if i == 0:
            span[0] = int(max(0, span[0] - pad))
        if i != len(spans) - 1:
            gap = spans[i + 1][0] - span[1]
            if gap < 2 * pad:
                span[1] += int(gap // 2)
                spans[i + 1][0] = int(max(0, spans[i + 1][0] - gap // 2))
            else:
                span[1] = int(min(n_samples, span[1] + pad))
                spans[i + 1][0] = int(max(0, spans[i + 1][0] - pad))
        else:
            span[1] = int(min(n_samples, span[1] + pad))
    return [(s, e) for s, e in spans]


@dataclass(frozen=True)
class VadResult:
    """Speech spans (seconds) Silero found, the total speech time and the audio duration."""

    regions: tuple[tuple[float, float], ...]
    speech_s: float
    duration_s: float

    @property
    def has_speech(self) -> bool:
        return bool(self.regions)

    def to_dict(self) -> dict[str, Any]:
        return {"regions": [list(r) for r in self.regions], "speech_s": self.speech_s, "duration_s": self.duration_s,
                "params": dict(VAD_PARAMS)}


def speech_regions(audio: Any) -> VadResult:
    """Run Silero VAD on anything audio-like (mono-mixed and resampled to 16 kHz first)."""
    from ..inputs.audio import as_audio

    a = as_audio(audio, what="speech_regions(audio)").to_mono().resample(VAD_RATE)
    spans = _segments(speech_probs(a.samples), a.frames, **VAD_PARAMS)
    # as silero-vad's return_seconds: rounded to 0.1 s, clipped to the audio length
    duration = a.frames / VAD_RATE
    regions = tuple((round(max(round(s / VAD_RATE, 1), 0.0), 3), round(min(round(e / VAD_RATE, 1), duration), 3))
                    for s, e in spans)
    return VadResult(regions, round(sum(e - s for s, e in regions), 3), round(a.duration, 3))


def overlaps_speech(start: float, end: float, vad: VadResult, pad_s: float = 0.2) -> bool:
    """Whether ``[start, end]`` (seconds) touches any VAD speech region widened by ``pad_s``."""
    return any(start < e + pad_s and end > s - pad_s for s, e in vad.regions)
