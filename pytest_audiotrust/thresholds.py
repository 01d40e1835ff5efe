"""Threshold defaults and the session's expectation settings (stdlib only: the hooks set them at start-up
without importing the scoring code). ``expect`` reads them; the objects are shared, never rebound."""

from __future__ import annotations

from typing import Any

#: Built-in defaults, used when nothing else sets a threshold.
DEFAULTS: dict[str, float] = {
    "max_wer": 0.15,
    "max_cer": 0.10,
    "min_similarity": 0.85,
    "max_words": 0,
    "max_insertion_rate": 0.05,
}

#: Thresholds set by the plugin from CLI / ini (name -> value); marker values live on the record.
configured: dict[str, float] = {}
#: Normaliser for WER/CER, embedding model, optional judge, and the source ("cli"/"ini") of each configured threshold.
settings: dict[str, Any] = {"normalizer": "whisper", "embedding_model": None, "judge": None}
