"""Moved to ``pytest_audiotrust.inputs.vocabulary`` (one word list that probes and scoring both import)."""

from ..inputs.vocabulary import (
    LEXICON,
    SPEECH_LABELS,
    exact_terms,
    labels_in,
    lookup,
    sound_terms,
    target_terms,
    terms_pattern,
)

__all__ = ["LEXICON", "SPEECH_LABELS", "exact_terms", "labels_in", "lookup", "sound_terms", "target_terms", "terms_pattern"]
