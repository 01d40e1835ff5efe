"""Offline text-to-speech: eSpeak NG accents and the Piper neural voice, under one catalog of named voices."""

from __future__ import annotations

from .voices import ACCENT_NAMES, VOICES, Voice, get, names, speak

__all__ = ["ACCENT_NAMES", "VOICES", "Voice", "get", "names", "speak"]
