"""Scoring settings sub-plugin: transcript extraction for WER/CER and the learned second reader (stdlib + pytest only at
module level)."""

from __future__ import annotations

from typing import Any

import pytest

_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def add_options(group: Any, parser: pytest.Parser) -> None:
    parser.addini("audiotrust_extract_transcript",
                  "take the transcript out of chat wrappers ('Sure! Here's the transcription: ...') before WER/CER: "
                  "true or false (default true; per call: expect.wer(..., extract=False))", default="true")
    parser.addini("audiotrust_learned_reader",
                  "let the learned reader (scoring.learned) overrule the rules on refusals, no-speech outputs and "
                  "yes/no answers where its probability reaches its measured floor: true or false (default false: "
                  "it helps on blind written tables and hurts on real chat-model replies; README)", default="false")


def _bool_ini(config: pytest.Config, name: str, default: str = "true") -> bool:
    """The ini value ``name`` as a bool; a bad value is a usage error naming it."""
    value = str(config.getini(name) or default).strip().lower()
    if value not in _TRUE + _FALSE:
        raise pytest.UsageError(f"ini {name}={value!r}: expected true or false")
    return value in _TRUE


def extract_transcript_setting(config: pytest.Config) -> bool:
    """The ini value of ``audiotrust_extract_transcript`` as a bool; a bad value is a usage error naming it."""
    return _bool_ini(config, "audiotrust_extract_transcript")


def pytest_configure(config: pytest.Config) -> None:
    from ...verdicts.thresholds import SETTINGS_KEY, ExpectSettings

    settings = config.stash.setdefault(SETTINGS_KEY, ExpectSettings())
    settings.extract_transcript = extract_transcript_setting(config)
    settings.learned_reader = _bool_ini(config, "audiotrust_learned_reader", "false")
