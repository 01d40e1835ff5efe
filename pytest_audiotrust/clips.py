"""Clip sets: the bundled speech clips (``fixtures/clips/manifest.jsonl``) or a user's own.

Reading a manifest is stdlib-only, so tests can be parametrized at collection
time without loading audio; audio is read when a test asks for the clip.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .data import fixtures_dir
from .errors import ConfigError

if TYPE_CHECKING:
    from .audio import Clip

REQUIRED_KEYS = ("id", "file", "transcript")


@dataclass(frozen=True)
class ClipEntry:
    """A clip known by id, path and transcript; ``load()`` reads its audio."""

    id: str
    path: Path
    transcript: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def load(self) -> Clip:
        from .audio import Audio, Clip

        return Clip(Audio.load(self.path), self.transcript, self.id, dict(self.metadata))


def bundled_manifest() -> Path:
    return fixtures_dir() / "clips" / "manifest.jsonl"


def read_manifest(path: str | Path, *, allow_outside: bool = False) -> list[ClipEntry]:
    """Parse a JSONL manifest; files are relative to the manifest and may not escape its folder."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"clip manifest {path}: file not found")
    root = path.parent.resolve()
    entries: list[ClipEntry] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: invalid JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a JSON object with keys {list(REQUIRED_KEYS)}")
        missing = [k for k in REQUIRED_KEYS if not isinstance(item.get(k), str) or not item.get(k)]
        if missing:
            raise ConfigError(f"{where}: missing or empty {missing}; every clip needs {list(REQUIRED_KEYS)}")
        if item["id"] in seen:
            raise ConfigError(f"{where}: duplicate clip id {item['id']!r}")
        seen.add(item["id"])
        file = (root / item["file"]).resolve()
        if not allow_outside and not file.is_relative_to(root):
            raise ConfigError(f"{where}: file {item['file']!r} escapes the manifest folder {root}")
        meta = {k: v for k, v in item.items() if k not in REQUIRED_KEYS}
        entries.append(ClipEntry(item["id"], file, item["transcript"], meta))
    if not entries:
        raise ConfigError(f"clip manifest {path}: no clips listed")
    return entries


def bundled_clips() -> list[ClipEntry]:
    return read_manifest(bundled_manifest())
