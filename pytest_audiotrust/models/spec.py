"""Model spec strings (``--audiotrust-model``): ``scheme:target?option=value&...``.

Built in: ``whisper:tiny.en`` and ``python:package.module:factory``. Option values
are parsed as JSON where possible (``true``, ``0.5``, ``null``/``none``), else kept
as strings: ``whisper:tiny.en?vad_filter=true&no_speech_threshold=none``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from ..errors import ConfigError, unknown_name
from .base import AudioModel
from .callable import CallableModel

DEFAULT_SPEC = "whisper:tiny.en"


def _parse_value(raw: str) -> Any:
    if raw.lower() == "none":
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _whisper(target: str, options: dict[str, Any]) -> AudioModel:
    from .faster_whisper import FasterWhisper

    return FasterWhisper(target or "tiny.en", **options)


def _python(target: str, options: dict[str, Any]) -> AudioModel:
    module_name, _, attr = target.partition(":")
    if not module_name or not attr:
        raise ConfigError(f"model spec python:{target}: expected python:<module>:<factory>")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(f"model spec python:{target}: cannot import module {module_name!r} ({exc})") from exc
    factory = getattr(module, attr, None)
    if factory is None:
        raise ConfigError(f"model spec python:{target}: module {module_name!r} has no attribute {attr!r}")
    made = factory(**options)
    if isinstance(made, AudioModel):
        return made
    if callable(made):
        return CallableModel(made, name=f"{module_name}.{attr}")
    raise ConfigError(f"model spec python:{target}: {attr}() returned {type(made).__name__}, expected an AudioModel")


#: scheme -> loader(target, options). Adapters register their scheme here.
LOADERS: dict[str, Callable[[str, dict[str, Any]], AudioModel]] = {
    "whisper": _whisper,
    "python": _python,
}


def parse_spec(spec: str) -> tuple[str, str, dict[str, Any]]:
    """Split ``scheme:target?k=v`` into its parts, validating the scheme."""
    if not isinstance(spec, str) or ":" not in spec:
        raise ConfigError(f"model spec {spec!r}: expected 'scheme:target', e.g. {DEFAULT_SPEC!r}")
    scheme, _, rest = spec.partition(":")
    if scheme not in LOADERS:
        raise unknown_name("model scheme", scheme, LOADERS)
    target, _, query = rest.partition("?")
    options = {k: _parse_value(v) for k, v in parse_qsl(query, keep_blank_values=True, strict_parsing=False)}
    return scheme, target, options


def load_model(spec: str = DEFAULT_SPEC, **options: Any) -> AudioModel:
    """Build a model from a spec string; keyword options override those in the spec."""
    scheme, target, parsed = parse_spec(spec)
    return LOADERS[scheme](target, {**parsed, **options})
