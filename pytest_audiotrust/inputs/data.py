"""Where the bundled data lives: inside the wheel (``_data/``) or, from a source checkout, the repo root."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parents[1]  # the package folder (this module is in inputs/)


def _find(name: str) -> Path:
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled data folder {name!r} not found next to {_PKG}; reinstall pytest-audiotrust")


def fixtures_dir() -> Path:
    return _find("fixtures")


def suites_dir() -> Path:
    return _find("corruptions")
