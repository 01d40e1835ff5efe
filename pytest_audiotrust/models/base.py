"""The adapter protocol every model under test implements.

An adapter turns ``(audio, prompt)`` into a :class:`Response`. ``prompt=None``
means "transcribe". Subclasses implement :meth:`AudioModel._generate`; the base
class validates input, times the call and wraps failures in :class:`ModelError`
so a failing model fails *that* test, never the session. Adapters are pure: they write no per-test
records (the plugin's wrapper, :class:`~pytest_audiotrust.models.cache.CachedModel` with the plugin's
callbacks, records which model answered and how long it took).
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from ..errors import CapabilityError, ModelError
from ..inputs.audio import Audio, as_audio

TRANSCRIBE_PROMPT = "Transcribe the audio exactly. If there is no speech, answer with nothing."


@dataclass(frozen=True)
class Response:
    """A model's answer: its text and metadata (timings, segments, decoding options...)."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text


class AudioModel(ABC):
    """Base class of model adapters. ``capabilities`` says what probes may ask of it."""

    #: "transcribe": can write down speech; "ask": answers free-form questions about audio.
    capabilities: frozenset[str] = frozenset({"transcribe", "ask"})
    #: Sample rate the model wants; inputs are resampled (and down-mixed) to it.
    sample_rate: int | None = 16_000
    #: Bump when an adapter change alters outputs for the same id/config (part of cache keys).
    version: str = "1"
    #: What the user pinned as the model's revision (weights tag, commit, deploy id); part of cache keys.
    revision: str | None = None

    @property
    @abstractmethod
    def id(self) -> str:
        """A stable identifier of the model *and* its configuration (used in reports and cache keys)."""

    def config(self) -> dict[str, Any]:
        """The settings that change outputs (reported, and part of cache keys)."""
        return {}

    def identity(self) -> dict[str, Any]:
        """What identifies the weights behind ``id`` (``revision``; a served model adds what its server
        reports). Part of cache keys, so new weights under the same name are a cache miss."""
        return {"revision": self.revision} if self.revision else {}

    @abstractmethod
    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        """Run the model on prepared (mono, resampled) audio."""

    def prepare(self, audio: Any) -> Audio:
        audio = as_audio(audio, what=f"{self.id}.generate(audio)").to_mono()
        return audio.resample(self.sample_rate) if self.sample_rate else audio

    def generate(self, audio: Any, prompt: str | None = None) -> Response:
        """Answer ``prompt`` about ``audio`` (``None`` = transcribe)."""
        prepared = self.prepare(audio)
        start = time.perf_counter()
        try:
            response = self._generate(prepared, prompt)
        except (ModelError, CapabilityError):
            raise
        except Exception as exc:
            raise ModelError(self.id, f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(response, Response):
            raise ModelError(self.id, f"adapter returned {type(response).__name__}, expected Response")
        meta = {"model": self.id, "prompt": prompt, "seconds": round(time.perf_counter() - start, 4)}
        return Response(response.text, {**meta, **response.metadata})

    def generate_batch(
        self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False
    ) -> list[Response]:
        """Many requests at once, answers in input order; adapters that batch or run concurrently override this.

        With ``return_exceptions=True`` a failed item yields its exception in place of a
        ``Response`` (like ``asyncio.gather``); otherwise the first failure is raised.
        """
        out: list[Any] = []
        for audio, prompt in items:
            try:
                out.append(self.generate(audio, prompt))
            except Exception as exc:
                if not return_exceptions:
                    raise
                out.append(exc)
        return out

    def transcribe(self, audio: Any) -> Response:
        """Write down what is said (empty text when nothing is)."""
        if "transcribe" not in self.capabilities:
            raise CapabilityError(f"model {self.id} cannot transcribe")
        return self.generate(audio, None)

    def with_system(self, system: str) -> AudioModel:
        """This model with ``system`` as its system prompt (the role a product gives the assistant).

        Adapters whose ``system_prompt`` attribute reaches the model (OpenAI-compatible chat, transformers) return a
        shallow copy with it replaced: weights and connections are shared, and ``config()`` (part of cache keys) carries
        the new prompt. Adapters without one (speech-to-text, YAMNet) raise :class:`CapabilityError`, so a probe that
        needs a system prompt is skipped with the reason rather than asked without it."""
        if not isinstance(system, str) or not system.strip():
            raise ValueError(f"{self.id}.with_system(system=...): expected a non-empty system prompt, got {system!r}")
        if "system_prompt" not in vars(self):
            raise CapabilityError(f"model {self.id} takes no system prompt (its adapter has no system_prompt setting); "
                                  "role-scenario probes need a chat model (openai:, transformers:, or a python: callable "
                                  "with a `system` parameter)")
        import copy

        view = copy.copy(self)
        view.system_prompt = system  # type: ignore[attr-defined]
        return view

    def ask(self, audio: Any, question: str, system: str | None = None) -> Response:
        """Ask a free-form question about the audio; ``system`` (optional) is sent as the system prompt
        (see :meth:`with_system`)."""
        if system is not None:
            return self.with_system(system).ask(audio, question)
        if "ask" not in self.capabilities:
            raise CapabilityError(
                f"model {self.id} is speech-to-text only and cannot answer questions about audio; "
                "point --audiotrust-model at an audio LLM for question probes"
            )
        if not isinstance(question, str) or not question.strip():
            raise ValueError(f"{self.id}.ask(question=...): expected a non-empty question, got {question!r}")
        return self.generate(audio, question)

    def close(self) -> None:
        """Release resources (connections, threads); nothing to release by default."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"
