"""The ``Audio`` value type (float32 samples + sample rate) and ``Clip`` (audio + transcript).

``Audio`` is immutable: operations return new objects. Samples are stored as a
float32 array shaped ``(frames,)`` for mono or ``(frames, channels)``.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import AudioError
from ..memo import memoized

if TYPE_CHECKING:
    from numpy.typing import ArrayLike

MIN_SAMPLE_RATE = 1000
MAX_SAMPLE_RATE = 384_000


def _check_rate(sample_rate: Any, what: str) -> int:
    if isinstance(sample_rate, bool) or not isinstance(sample_rate, (int, np.integer)):
        raise AudioError(f"{what}: sample_rate must be an int in Hz, got {sample_rate!r}")
    if not MIN_SAMPLE_RATE <= int(sample_rate) <= MAX_SAMPLE_RATE:
        raise AudioError(f"{what}: sample_rate {sample_rate} Hz is outside {MIN_SAMPLE_RATE}..{MAX_SAMPLE_RATE} Hz")
    return int(sample_rate)


def _to_float32(samples: np.ndarray, what: str) -> np.ndarray:
    """Convert PCM integer or float arrays to float32 in [-1, 1] (integers are scaled, floats kept)."""
    if samples.dtype.kind in "iu":
        info = np.iinfo(samples.dtype)
        if samples.dtype.kind == "u":
            mid = (int(info.max) + 1) / 2
            return ((samples.astype(np.float64) - mid) / mid).astype(np.float32)
        return (samples.astype(np.float64) / (int(info.max) + 1)).astype(np.float32)
    if samples.dtype.kind == "f":
        return samples.astype(np.float32, copy=False)
    raise AudioError(f"{what}: expected integer PCM or float samples, got dtype {samples.dtype}")


@dataclass(frozen=True, eq=False)
class Audio:
    """Float32 audio samples with their sample rate.

    ``samples`` is ``(frames,)`` (mono) or ``(frames, channels)``. Construction
    validates: finite values only, a sane sample rate, at least one frame.
    """

    samples: np.ndarray
    sample_rate: int
    source: str = ""

    def __post_init__(self) -> None:
        what = f"Audio({self.source or 'array'})"
        rate = _check_rate(self.sample_rate, what)
        arr = np.asarray(self.samples)
        if arr.ndim not in (1, 2):
            raise AudioError(f"{what}: expected samples shaped (frames,) or (frames, channels), got shape {arr.shape}")
        if arr.ndim == 2 and arr.shape[1] > arr.shape[0]:
            raise AudioError(
                f"{what}: shape {arr.shape} looks channels-first; expected (frames, channels) - transpose it"
            )
        arr = _to_float32(arr, what)
        if arr.shape[0] == 0:
            raise AudioError(f"{what}: expected at least one sample, got an empty array")
        if not np.isfinite(arr).all():
            bad = int((~np.isfinite(arr)).sum())
            raise AudioError(f"{what}: {bad} samples are NaN or Inf; expected finite values")
        arr = np.ascontiguousarray(arr)
        arr.setflags(write=False)
        object.__setattr__(self, "samples", arr)
        object.__setattr__(self, "sample_rate", rate)

    # ---- constructors -------------------------------------------------
    @classmethod
    def from_array(cls, samples: ArrayLike, sample_rate: int, source: str = "") -> Audio:
        """Wrap a numpy array (or anything array-like, including a torch tensor)."""
        return cls(_array_from(samples, "Audio.from_array(samples)"), sample_rate, source)

    @classmethod
    def load(cls, source: str | os.PathLike[str] | bytes, *, sample_rate: int | None = None) -> Audio:
        """Read a file path or in-memory encoded bytes (WAV, FLAC, OGG/Opus, MP3, ... via libsndfile).

        ``sample_rate`` resamples after loading when given.
        """
        import soundfile as sf

        if isinstance(source, (bytes, bytearray, memoryview)):
            name, handle = "<bytes>", io.BytesIO(bytes(source))
            if len(source) == 0:
                raise AudioError("Audio.load(<bytes>): expected encoded audio, got 0 bytes")
        else:
            path = Path(source)
            name, handle = str(path), path
            if not path.exists():
                raise AudioError(f"Audio.load({name}): file does not exist")
            if path.is_dir():
                raise AudioError(f"Audio.load({name}): expected an audio file, got a directory")
            if path.stat().st_size == 0:
                raise AudioError(f"Audio.load({name}): file is empty (0 bytes)")
        _check_riff_complete(bytes(source) if isinstance(source, (bytes, bytearray, memoryview)) else path, name)
        try:
            data, rate = sf.read(handle, dtype="float32", always_2d=False)
        except Exception as exc:  # soundfile raises LibsndfileError/RuntimeError/TypeError
            raise AudioError(
                f"Audio.load({name}): not readable as audio ({exc}); expected WAV/FLAC/OGG/MP3 readable by libsndfile"
            ) from exc
        audio = cls(data, int(rate), source=name)
        return audio.resample(sample_rate) if sample_rate else audio

    @classmethod
    def from_hf(cls, item: dict[str, Any]) -> Audio:
        """From a Hugging Face ``datasets`` audio dict ``{"array": ..., "sampling_rate": ...}``."""
        missing = {"array", "sampling_rate"} - set(item)
        if missing:
            raise AudioError(f"Audio.from_hf: expected keys 'array' and 'sampling_rate', missing {sorted(missing)}")
        return cls.from_array(item["array"], int(item["sampling_rate"]), source=str(item.get("path") or ""))

    # ---- properties -----------------------------------------------------
    @property
    def channels(self) -> int:
        return 1 if self.samples.ndim == 1 else int(self.samples.shape[1])

    @property
    def frames(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        return self.frames / self.sample_rate

    @property
    def peak(self) -> float:
        return float(np.max(np.abs(self.samples)))

    @property
    def rms(self) -> float:
        return float(np.sqrt(np.mean(np.square(self.samples, dtype=np.float64))))

    def digest(self) -> str:
        """SHA-256 over rate, shape and samples: equal digests mean bit-identical audio."""
        h = hashlib.sha256(f"{self.sample_rate}:{self.samples.shape}".encode())
        h.update(self.samples.tobytes())
        return h.hexdigest()

    # ---- transforms ----------------------------------------------------
    def with_samples(self, samples: ArrayLike, sample_rate: int | None = None) -> Audio:
        return Audio(np.asarray(samples, dtype=np.float32), sample_rate or self.sample_rate, self.source)

    def to_mono(self) -> Audio:
        if self.channels == 1:
            return self
        return self.with_samples(self.samples.mean(axis=1))

    def resample(self, sample_rate: int) -> Audio:
        """High-quality resampling (soxr VHQ)."""
        rate = _check_rate(sample_rate, "Audio.resample")
        if rate == self.sample_rate:
            return self
        import soxr

        out = soxr.resample(self.samples, self.sample_rate, rate, quality="VHQ")
        return Audio(np.asarray(out, dtype=np.float32), rate, self.source)

    def to_bytes(self, format: str = "WAV", subtype: str | None = None) -> bytes:
        """Encode in memory (``format`` as libsndfile names it: WAV, FLAC, OGG, MP3...)."""
        import soundfile as sf

        buf = io.BytesIO()
        sf.write(buf, self.samples, self.sample_rate, format=format, subtype=subtype)
        return buf.getvalue()

    def save(self, path: str | os.PathLike[str], subtype: str | None = None) -> Path:
        """Write to ``path``; the format follows the extension."""
        import soundfile as sf

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        sf.write(str(path), self.samples, self.sample_rate, subtype=subtype)
        return path

    def __repr__(self) -> str:
        src = f", source={self.source!r}" if self.source else ""
        return f"Audio({self.duration:.2f}s, {self.sample_rate} Hz, {self.channels} ch{src})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Audio):
            return NotImplemented
        return self.sample_rate == other.sample_rate and np.array_equal(self.samples, other.samples)

    __hash__ = None  # type: ignore[assignment]


@memoized(maxsize=512)
def read_once(path: str, sample_rate: int | None = None) -> Audio:
    """``Audio.load(path, sample_rate=...)``, read once per session: ``Audio`` is immutable, so every test may share it."""
    return Audio.load(path, sample_rate=sample_rate)


@dataclass(frozen=True)
class Clip:
    """A speech clip: audio, its exact transcript, a stable id, and free-form metadata."""

    audio: Audio
    transcript: str
    id: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def with_audio(self, audio: Audio, **metadata: Any) -> Clip:
        return Clip(audio, self.transcript, self.id, {**self.metadata, **metadata})


def _check_riff_complete(source: bytes | Path, name: str) -> None:
    """libsndfile reads a truncated WAV silently (fewer frames): compare the data chunk's declared size to what is there."""
    if isinstance(source, Path):
        with source.open("rb") as fh:
            head = fh.read(12)
            if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return
            size = source.stat().st_size
            fh.seek(12)
            body = fh.read(min(size, 1 << 16))
        offset = 12
    else:
        if source[:4] != b"RIFF" or source[8:12] != b"WAVE":
            return
        size, body, offset = len(source), source[12 : 12 + (1 << 16)], 12
    pos = 0
    while pos + 8 <= len(body):
        chunk, length = body[pos : pos + 4], int.from_bytes(body[pos + 4 : pos + 8], "little")
        if chunk == b"data":
            available = size - (offset + pos + 8)
            if length not in (0, 0xFFFFFFFF) and available < length:
                raise AudioError(
                    f"Audio.load({name}): truncated WAV: its header declares {length} bytes of audio data "
                    f"but the file holds {available}; expected a complete file"
                )
            return
        pos += 8 + length + (length & 1)


def _array_from(value: Any, what: str) -> np.ndarray:
    """numpy arrays, lists and torch tensors (detached, moved to CPU) to a numpy array."""
    mod = type(value).__module__
    if mod.startswith("torch"):
        value = value.detach().cpu()
        if str(value.dtype) in ("torch.bfloat16", "torch.float16"):
            value = value.float()
        value = value.numpy()
        # torch audio is (channels, frames); ours is (frames, channels)
        if value.ndim == 2 and value.shape[0] <= 8 < value.shape[1]:
            value = value.T
        if value.ndim == 2 and value.shape[1] == 1:
            value = value[:, 0]
    arr = np.asarray(value)
    if arr.dtype == object:
        raise AudioError(f"{what}: expected numeric samples, got an object array")
    return arr


def as_audio(value: Any, *, what: str = "audio") -> Audio:
    """Accept anything audio-like: Audio, Clip/probe (``.audio``), path, bytes, HF dict, numpy+rate tuple, tensor."""
    if isinstance(value, Audio):
        return value
    inner = getattr(value, "audio", None)
    if isinstance(inner, Audio):
        return inner
    if isinstance(value, (str, os.PathLike, bytes, bytearray)):
        return Audio.load(value)
    if isinstance(value, dict):
        return Audio.from_hf(value)
    if isinstance(value, tuple) and len(value) == 2:
        return Audio.from_array(value[0], value[1])
    raise AudioError(
        f"{what}: expected Audio, Clip, a path, encoded bytes, a HF {{'array','sampling_rate'}} dict "
        f"or an (array, sample_rate) tuple; got {type(value).__name__}"
    )
