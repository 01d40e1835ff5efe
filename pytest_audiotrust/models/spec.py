"""Model spec strings (``--audiotrust-model``): ``scheme:target?option=value&...``.

Built in: ``whisper:tiny.en``, ``whisper:base`` (or a CTranslate2 model directory), ``yamnet:`` (the
AudioSet sound-event classifier), ``bundled:tiny.en`` (the default: Whisper for speech + YAMNet for sounds),
``bundled:chat`` (a cascade audio LLM: Whisper + YAMNet feeding a local text LLM),
``transformers:<path-or-id>``, ``openai:<base_url>#<model>`` and
``python:package.module:factory``; the ``pytest_audiotrust_make_model`` hook adds more. Option values
are parsed as JSON where possible (``true``, ``0.5``, ``null``/``none``), else kept
as strings: ``whisper:tiny.en?vad_filter=true&no_speech_threshold=none``.
"""

from __future__ import annotations

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


def _transformers(target: str, options: dict[str, Any]) -> AudioModel:
    if not target:
        raise ConfigError("model spec transformers:<path-or-id>: expected a model directory or hub id after 'transformers:'")
    from .transformers import TransformersModel

    return TransformersModel(target, **options)


def _openai(target: str, options: dict[str, Any]) -> AudioModel:
    base_url, sep, model = target.partition("#")
    if not sep or not base_url or not model:
        raise ConfigError(
            f"model spec openai:{target}: expected openai:<base_url>#<model>, "
            "e.g. openai:http://localhost:8000/v1#Qwen/Qwen2-Audio-7B-Instruct?concurrency=8"
        )
    from .openai import OpenAICompatible

    return OpenAICompatible(base_url, model, **options)


def _yamnet(target: str, options: dict[str, Any]) -> AudioModel:
    if target:
        raise ConfigError(f"model spec yamnet:{target}: expected 'yamnet:' (options after '?', e.g. yamnet:?threshold=0.3)")
    from .yamnet import YAMNet

    return YAMNet(**options)


def _bundled(target: str, options: dict[str, Any]) -> AudioModel:
    from .bundled import bundled

    return bundled(target, options)


def _python(target: str, options: dict[str, Any]) -> AudioModel:
    from ..inputs.loader import import_factory

    factory, name = import_factory(target, f"model spec python:{target}")
    made = factory(**options)
    if isinstance(made, AudioModel):
        return made
    if callable(made):
        return CallableModel(made, name=name)
    raise ConfigError(f"model spec python:{target}: {name}() returned {type(made).__name__}, expected an AudioModel")


#: scheme -> loader(target, options). Adapters register their scheme here.
LOADERS: dict[str, Callable[[str, dict[str, Any]], AudioModel]] = {
    "whisper": _whisper,
    "transformers": _transformers,
    "openai": _openai,
    "python": _python,
    "yamnet": _yamnet,
    "bundled": _bundled,
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
