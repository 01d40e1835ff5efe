"""Model adapters. Each adapter imports its own library lazily, on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import AudioModel, Response
from .callable import CallableModel
from .spec import load_model, parse_spec

if TYPE_CHECKING:
    from .bundled import Routed
    from .cache import CachedModel, ResponseCache
    from .faster_whisper import FasterWhisper
    from .openai import OpenAICompatible
    from .transformers import TransformersModel
    from .yamnet import YAMNet

__all__ = [
    "AudioModel",
    "CachedModel",
    "CallableModel",
    "FasterWhisper",
    "OpenAICompatible",
    "Response",
    "ResponseCache",
    "Routed",
    "TransformersModel",
    "YAMNet",
    "load_model",
    "parse_spec",
]

_LAZY = {
    "FasterWhisper": ".faster_whisper",
    "OpenAICompatible": ".openai",
    "TransformersModel": ".transformers",
    "CachedModel": ".cache",
    "ResponseCache": ".cache",
    "Routed": ".bundled",
    "YAMNet": ".yamnet",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
