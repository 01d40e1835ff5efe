"""Resolve ``module:attribute`` references (``python:`` specs for models and clip sets)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..errors import ConfigError


def import_factory(target: str, what: str) -> tuple[Callable[..., Any], str]:
    """Import ``module:attr`` and return the callable with its dotted name; errors say ``what`` was being loaded."""
    module_name, _, attr = target.partition(":")
    if not module_name or not attr:
        raise ConfigError(f"{what}: expected python:<module>:<factory>")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(f"{what}: cannot import module {module_name!r} ({exc})") from exc
    factory = getattr(module, attr, None)
    if factory is None:
        raise ConfigError(f"{what}: module {module_name!r} has no attribute {attr!r}")
    if not callable(factory):
        raise ConfigError(f"{what}: {module_name}.{attr} is a {type(factory).__name__}, expected a callable")
    return factory, f"{module_name}.{attr}"
