"""Wrap any ``f(audio, prompt) -> str`` as a model under test."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from ..inputs.audio import Audio
from .base import AudioModel, Response


class CallableModel(AudioModel):
    """A model from a plain function ``fn(audio: Audio, prompt: str | None) -> str | Response``."""

    def __init__(
        self,
        fn: Callable[[Audio, str | None], Any],
        *,
        name: str | None = None,
        sample_rate: int | None = 16_000,
        capabilities: tuple[str, ...] = ("transcribe", "ask"),
        revision: str | None = None,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"CallableModel(fn=...): expected a callable, got {type(fn).__name__}")
        self.fn = fn
        self.revision = revision
        self._name = name or getattr(fn, "__qualname__", type(fn).__name__)
        self.sample_rate = sample_rate
        self.capabilities = frozenset(capabilities)

    @property
    def id(self) -> str:
        return f"python:{self._name}"

    def config(self) -> dict[str, Any]:
        try:
            src = inspect.getsource(self.fn)
        except (OSError, TypeError):
            src = repr(self.fn)
        import hashlib

        cfg = {"callable": self._name, "source_sha256": hashlib.sha256(src.encode()).hexdigest()[:16]}
        return {**cfg, "revision": self.revision} if self.revision else cfg

    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        out = self.fn(audio, prompt)
        if isinstance(out, Response):
            return out
        if not isinstance(out, str):
            raise TypeError(f"{self._name} returned {type(out).__name__}; expected str or Response")
        return Response(out)
