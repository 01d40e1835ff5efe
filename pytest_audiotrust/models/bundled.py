"""The default model under test: Whisper tiny.en for speech + YAMNet for questions about sounds (spec ``bundled``).

:class:`Routed` composes two adapters by request: ``transcribe`` (prompt ``None``) goes to the
speech model, ``ask`` (any prompt) to the sound model. Its id names both
(``whisper:tiny.en+yamnet``), its config holds both configs, so cached answers and reports tell
them apart. ``bundled:tiny.en?vad_filter=true&threshold=0.3`` passes ``threshold``/``top_k`` to
YAMNet and every other option to Whisper. ``--audiotrust-model`` (or an ``audiotrust_model``
fixture in conftest.py) replaces the pair as a whole.
"""

from __future__ import annotations

from typing import Any

from ..errors import CapabilityError, ConfigError
from ..inputs.audio import Audio
from .base import AudioModel, Response

#: Options of ``bundled:`` that go to YAMNet; all others go to Whisper.
SOUND_OPTIONS = ("threshold", "top_k")


class Routed(AudioModel):
    """``transcribe`` -> ``speech``, ``ask`` -> ``sounds``; one model under test made of two adapters."""

    sample_rate = None  # each part resamples to its own rate

    def __init__(self, speech: AudioModel, sounds: AudioModel) -> None:
        for name, part, cap in (("speech", speech, "transcribe"), ("sounds", sounds, "ask")):
            if not isinstance(part, AudioModel):
                raise ConfigError(f"Routed({name}=...): expected an AudioModel, got {type(part).__name__}")
            if cap not in part.capabilities:
                raise ConfigError(f"Routed({name}={part.id!r}): that model cannot {cap}")
        self.speech, self.sounds = speech, sounds
        self.capabilities = frozenset({"transcribe", "ask"})

    @property
    def id(self) -> str:
        return f"{self.speech.id}+{self.sounds.id}"

    @property
    def version(self) -> str:  # type: ignore[override]
        return f"{self.speech.version}+{self.sounds.version}"

    def config(self) -> dict[str, Any]:
        return {"transcribe": {"model": self.speech.id, **self.speech.config()},
                "ask": {"model": self.sounds.id, **self.sounds.config()}}

    def _part(self, prompt: str | None) -> AudioModel:
        return self.speech if prompt is None else self.sounds

    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        part = self._part(prompt)
        response = part._generate(part.prepare(audio), prompt)
        return Response(response.text, {**response.metadata, "routed_to": part.id})

    def generate_batch(self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False) -> list[Response]:
        """Transcriptions go to the speech model's batch path (faster-whisper batches them), questions to YAMNet."""
        out: list[Any] = [None] * len(items)
        for part in (self.speech, self.sounds):
            idx = [i for i, (_, prompt) in enumerate(items) if self._part(prompt) is part]
            if idx:
                answers = part.generate_batch([items[i] for i in idx], return_exceptions=return_exceptions)
                for i, answer in zip(idx, answers, strict=True):
                    out[i] = answer if not isinstance(answer, Response) else Response(
                        answer.text, {**answer.metadata, "model": self.id, "routed_to": part.id})
        return out

    def describe(self, audio: Any) -> Response:
        """What the sound model hears (YAMNet's top labels)."""
        describe = getattr(self.sounds, "describe", None)
        if describe is None:
            raise CapabilityError(f"model {self.sounds.id} has no describe()")
        return describe(audio)

    def close(self) -> None:
        self.speech.close()
        self.sounds.close()


def bundled(target: str = "", options: dict[str, Any] | None = None) -> AudioModel:
    """Whisper ``target`` (default tiny.en) + YAMNet, with ``options`` split between them; ``bundled:chat`` is the
    cascade audio LLM (:func:`.chat.bundled_chat`: Whisper tiny.en + YAMNet + the local LLM)."""
    if target == "chat":
        from .chat import bundled_chat

        return bundled_chat(options)
    from .faster_whisper import FasterWhisper
    from .yamnet import YAMNet

    options = dict(options or {})
    sound_opts = {k: options.pop(k) for k in SOUND_OPTIONS if k in options}
    return Routed(FasterWhisper(target or "tiny.en", **options), YAMNet(**sound_opts))
