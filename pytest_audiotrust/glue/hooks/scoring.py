"""Scoring settings sub-plugin: transcript extraction for WER/CER (stdlib + pytest only at module level)."""

from __future__ import annotations

from typing import Any

import pytest

_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def add_options(group: Any, parser: pytest.Parser) -> None:
    parser.addini("audiotrust_extract_transcript",
                  "take the transcript out of chat wrappers ('Sure! Here's the transcription: ...') before WER/CER: "
                  "true or false (default true; per call: expect.wer(..., extract=False))", default="true")


def extract_transcript_setting(config: pytest.Config) -> bool:
    """The ini value of ``audiotrust_extract_transcript`` as a bool; a bad value is a usage error naming it."""
    value = str(config.getini("audiotrust_extract_transcript") or "true").strip().lower()
    if value not in _TRUE + _FALSE:
        raise pytest.UsageError(f"ini audiotrust_extract_transcript={value!r}: expected true or false")
    return value in _TRUE


def pytest_configure(config: pytest.Config) -> None:
    from ...verdicts.thresholds import SETTINGS_KEY, ExpectSettings

    config.stash.setdefault(SETTINGS_KEY, ExpectSettings()).extract_transcript = extract_transcript_setting(config)
