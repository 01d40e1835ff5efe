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


def speech_regions(audio: Any, disk: tuple[str, str] | None = None) -> VadResult:
    """Run Silero VAD on anything audio-like (mono-mixed and resampled to 16 kHz first).

    ``disk = (directory, mode)``: results are kept there per audio digest and ``VAD_PARAMS`` (mode "read" never
    writes), so a warm re-run answers from disk and never loads the ONNX model."""
    from ..inputs.audio import as_audio

    a = as_audio(audio, what="speech_regions(audio)").to_mono().resample(VAD_RATE)
    path = _disk_path(disk[0], a.digest()) if disk else None
    found = _from_disk(path) if path is not None else None
    if found is not None:
        return found
    spans = _segments(speech_probs(a.samples), a.frames, **VAD_PARAMS)
    # as silero-vad's return_seconds: rounded to 0.1 s, clipped to the audio length
    duration = a.frames / VAD_RATE
    regions = tuple((round(max(round(s / VAD_RATE, 1), 0.0), 3), round(min(round(e / VAD_RATE, 1), duration), 3))
                    for s, e in spans)
    result = VadResult(regions, round(sum(e - s for s, e in regions), 3), round(a.duration, 3))
    if path is not None and disk is not None and disk[1] == "rw":
        _to_disk(path, result)
    return result


def _disk_path(root: str, digest: str) -> Any:
    import hashlib
    import json
    from pathlib import Path

    key = hashlib.sha256(json.dumps([MODEL_FILE, VAD_PARAMS, digest], sort_keys=True).encode()).hexdigest()
    return Path(root) / key[:2] / f"{key}.json"


def _from_disk(path: Any) -> VadResult | None:
    import json

    try:
        data = json.loads(path.read_bytes())
        regions = tuple((s, e) for s, e in data["regions"])
        numbers = [x for r in regions for x in r] + [data["speech_s"], data["duration_s"]]
        if not all(isinstance(x, (int, float)) for x in numbers):
            raise ValueError("not a VAD result")
        return VadResult(regions, data["speech_s"], data["duration_s"])  # as computed (JSON keeps 0 vs 0.0)
    except (OSError, ValueError, KeyError, TypeError):  # missing, truncated or foreign: a miss, rewritten
        return None


def _to_disk(path: Any, result: VadResult) -> None:
    import json
    import os
    import tempfile

    blob = json.dumps({"regions": [list(r) for r in result.regions], "speech_s": result.speech_s,
                       "duration_s": result.duration_s}).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(tmp, path)
    except OSError:  # an unwritable cache only costs the next run a VAD pass
        return


def overlaps_speech(start: float, end: float, vad: VadResult, pad_s: float = 0.2) -> bool:
    """Whether ``[start, end]`` (seconds) touches any VAD speech region widened by ``pad_s``."""
    return any(start < e + pad_s and end > s - pad_s for s, e in vad.regions)
