"""Model adapters. Each adapter imports its own library lazily, on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import AudioModel, Response
from .callable import CallableModel
from .spec import load_model, parse_spec

if TYPE_CHECKING:
    from .faster_whisper import FasterWhisper

__all__ = ["AudioModel", "CallableModel", "FasterWhisper", "Response", "load_model", "parse_spec"]


def __getattr__(name: str) -> Any:
    if name == "FasterWhisper":
        from .faster_whisper import FasterWhisper

        return FasterWhisper
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
