"""Threshold defaults and the session's expectation settings.

Nothing here is module-level mutable state: the plugin stores one :class:`ExpectSettings` per pytest
session in ``config.stash[SETTINGS_KEY]`` at configure time, and :func:`active` finds it through the
running test (``results.current_config()``: a context variable set around each test's runtest
protocol). Outside a pytest run (or before one configures) the built-in defaults apply.
``settings`` and ``configured`` are read-only views of the active session's values, kept for the
``expect`` helpers that read ``settings["normalizer"]`` / ``configured[name]``.
Stdlib + pytest only: the hooks import it at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

#: Built-in defaults, used when nothing else sets a threshold.
DEFAULTS: dict[str, float] = {
    "max_wer": 0.15,
    "max_cer": 0.10,
    "min_similarity": 0.85,
    "max_words": 0,
    "max_insertion_rate": 0.05,
}


@dataclass
class ExpectSettings:
    """What ``expect`` reads for one session: configured thresholds (name -> (value, "cli"|"ini")), the WER
    normaliser, the embedding model, the optional LLM judge and where sentence embeddings are kept on disk."""

    thresholds: dict[str, tuple[float, str]] = field(default_factory=dict)
    normalizer: str = "whisper"
    embedding_model: str | None = None
    judge: Any = None
    #: The judge for verdicts the rules leave undecided (``scoring.judge.VerdictJudge``; ``--audiotrust-judge``), or None.
    verdict_judge: Any = None
    #: (directory, mode "rw"|"read") of the on-disk embedding cache, or None.
    embedding_cache: tuple[str, str] | None = None
    #: (directory, mode "rw"|"read") of the on-disk Silero VAD results, or None.
    vad_cache: tuple[str, str] | None = None
    #: Whether WER/CER take the transcript out of chat wrappers (ini ``audiotrust_extract_transcript``).
    extract_transcript: bool = True
    #: Whether the learned reader may overrule the rules where its measured floor holds (ini ``audiotrust_learned_reader``,
    #: off unless set).
    learned_reader: bool = False

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"normalizer": self.normalizer, "embedding_model": self.embedding_model,
                               "judge": self.judge, "verdict_judge": self.verdict_judge,
                               "embedding_cache": self.embedding_cache, "vad_cache": self.vad_cache,
                               "extract_transcript": self.extract_transcript, "learned_reader": self.learned_reader}
        out.update({f"source:{name}": source for name, (_, source) in self.thresholds.items()})
        return out


SETTINGS_KEY = pytest.StashKey[ExpectSettings]()


def active() -> ExpectSettings:
    """The running session's settings (``config.stash``), or the defaults outside pytest."""
    from .results import current_config

    config = current_config()
    found = config.stash.get(SETTINGS_KEY, None) if config is not None else None
    return found if found is not None else ExpectSettings()


class _SettingsView(Mapping[str, Any]):
    """Read-only ``settings["normalizer"]`` / ``settings.get("judge")`` over :func:`active`."""

    def __getitem__(self, key: str) -> Any:
        return active().as_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(active().as_dict())

    def __len__(self) -> int:
        return len(active().as_dict())


class _ConfiguredView(Mapping[str, float]):
    """Read-only ``configured[name]``: thresholds set by CLI / ini in the active session."""

    def __getitem__(self, key: str) -> float:
        return active().thresholds[key][0]

    def __iter__(self) -> Iterator[str]:
        return iter(active().thresholds)

    def __len__(self) -> int:
        return len(active().thresholds)


#: Read-only views (immutable objects; the values live in ``config.stash``).
settings: Mapping[str, Any] = _SettingsView()
configured: Mapping[str, float] = _ConfiguredView()
