"""The sound lexicon lives in :mod:`pytest_audiotrust.vocab.sounds` (a low module scoring imports too); this name
stays for code that imported it from the probes."""

from ..vocab.sounds import (  # noqa: F401
    LEXICON,
    SPEECH_LABELS,
    exact_terms,
    labels_in,
    lookup,
    sound_terms,
    target_terms,
    terms_pattern,
)
