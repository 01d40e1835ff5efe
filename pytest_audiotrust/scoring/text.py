"""Text normalisation before WER: Whisper's English normaliser (transformers, offline) or a basic one."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..errors import unknown_name

NORMALIZERS = ("whisper", "basic", "none")


@cache
def _whisper_normalizer():  # type: ignore[no-untyped-def]
    from transformers.models.whisper.english_normalizer import EnglishTextNormalizer

    return EnglishTextNormalizer({})


def basic(text: str) -> str:
    """Lower-case, strip accents and punctuation (keeping apostrophes inside words), collapse spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w\s']|(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


def normalize(text: str, mode: str = "whisper") -> str:
    """Normalise ``text`` with ``mode`` ("whisper": numbers, spellings, contractions; "basic"; "none")."""
    if mode == "none":
        return text
    if mode == "basic":
        return basic(text)
    if mode == "whisper":
        return " ".join(_whisper_normalizer()(text).split())
    raise unknown_name("text normaliser", mode, NORMALIZERS)
