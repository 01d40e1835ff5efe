"""Exceptions with messages that name the file/parameter and what was expected."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class AudiotrustError(Exception):
    """Base class of every error the plugin raises on purpose."""


class AudioError(AudiotrustError, ValueError):
    """Audio could not be loaded or is not valid audio."""


class ConfigError(AudiotrustError, ValueError):
    """A suite, option, marker argument or manifest is malformed."""


class ModelError(AudiotrustError, RuntimeError):
    """A model call failed; carries the adapter id so the report can name it."""

    def __init__(self, model_id: str, message: str) -> None:
        super().__init__(f"[{model_id}] {message}")
        self.model_id = model_id
        self.reason = message


class CapabilityError(AudiotrustError):
    """The model under test cannot do what a probe needs (e.g. answer questions)."""


class VoiceNotFoundError(AudiotrustError, LookupError):
    """A TTS voice or its data is not installed."""


def unknown_name(kind: str, name: str, known: Iterable[str]) -> ConfigError:
    """Build a ConfigError for an unknown name, with a 'did you mean' suggestion."""
    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return ConfigError(f"unknown {kind} {name!r}{hint} (known: {', '.join(known)})")
