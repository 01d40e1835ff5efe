"""Text normalisation before WER: Whisper's English normaliser (transformers, offline) or a basic one."""

from __future__ import annotations

import re
import unicodedata

from ..errors import unknown_name
from ..memo import memoized

NORMALIZERS = ("whisper", "basic", "none")
#: What each normaliser does, as the report shows it next to a WER/CER.
DESCRIPTIONS = {
    "whisper": "Whisper EnglishTextNormalizer: lower-case, punctuation and fillers removed, numbers/spellings standardised",
    "basic": "lower-case, accents and punctuation removed, whitespace collapsed",
    "none": "texts compared exactly as produced",
}


@memoized
def spelling_map() -> dict[str, str]:
    """Whisper's British->American spelling map (``english.json``, shipped by PyPI ``whisper-normalizer``), or {}."""
    import json
    from importlib.util import find_spec

    spec = find_spec("whisper_normalizer")
    if spec is None or not spec.submodule_search_locations:
        return {}
    from pathlib import Path

    path = Path(next(iter(spec.submodule_search_locations))) / "normalizers" / "english.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@memoized
def _whisper_normalizer():  # type: ignore[no-untyped-def]
    return _english_normalizer_module().EnglishTextNormalizer(spelling_map())


def _english_normalizer_module():  # type: ignore[no-untyped-def]
    """transformers' ``models/whisper/english_normalizer.py``, executed from its file: the module needs only the
    standard library and ``regex``, while importing it through the package first imports all of ``transformers``
    (~1-2 s). The same code either way; the package import is the fallback."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("transformers")  # locates the package without importing it
    if spec is not None and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "models" / "whisper" / "english_normalizer.py"
        source = importlib.util.spec_from_file_location("_audiotrust_whisper_english_normalizer", path)
        if path.is_file() and source is not None and source.loader is not None:
            module = importlib.util.module_from_spec(source)
            try:
                source.loader.exec_module(module)
                return module
            except ImportError:
                pass
    from transformers.models.whisper import english_normalizer

    return english_normalizer


#: Hesitations said between words ("uh", "um", "erm", "hmm"), with the comma or stop after them: a transcript keeps
#: them, a clean text drops them ("five, um, three"; "Uh, the meeting's at two").
HESITATION = re.compile(r"\b(?:u+h+m*|u+m+|e+r+m*|a+h+|hm+|mm+|mhm)\b[,.]*\s*", re.IGNORECASE)


def stem(word: str) -> str:
    """A word without its plural or "-ing" ending, for comparing words said in other forms ("rings" / "ringing" /
    "ring", "pets" / "pet"); at least three letters stay."""
    for suffix in ("ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def basic(text: str) -> str:
    """Lower-case, strip accents and punctuation (keeping apostrophes inside words, typographic ones made plain),
    collapse spaces."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s']|(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


def describe(mode: str) -> str:
    """One line saying what normaliser ``mode`` does (raises for an unknown one)."""
    if mode not in DESCRIPTIONS:
        raise unknown_name("text normaliser", mode, NORMALIZERS)
    if mode == "whisper":
        n = len(spelling_map())
        return DESCRIPTIONS[mode] + (f", {n} British->American spellings" if n else
                                     " (no spelling map: pip install whisper-normalizer)")
    return DESCRIPTIONS[mode]


def normalize(text: str, mode: str = "whisper") -> str:
    """Normalise ``text`` with ``mode`` ("whisper": numbers, spellings, contractions; "basic"; "none")."""
    if mode == "none":
        return text
    if mode == "basic":
        return basic(text)
    if mode == "whisper":
        return " ".join(_whisper_normalizer()(text).split())
    raise unknown_name("text normaliser", mode, NORMALIZERS)
