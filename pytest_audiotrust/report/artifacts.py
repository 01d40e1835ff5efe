"""Audio artefacts for the report: ``attach_audio(name, audio)`` keeps a case's audio for its audio players.

Off by default and free when off. With ``--audiotrust-report=PATH --audiotrust-report-audio=N`` the
reporting sub-plugin points :func:`configure` at a per-session staging folder (shared by xdist
workers); every ``attach_audio`` call then writes a 16-bit WAV there and records its path in the running
test's record (``results.current().artifacts[name]``). When the report is written, the audio of the
first ``N`` failing cases (by node id) is copied into ``<report stem>_files/`` beside the HTML, within a
size cap; the staging folder is removed.

Callers (the corruption fixture, probes, a user's test) use conventional names so the report can pair
players: ``"clean"`` for the input before corruption and ``"corrupted"`` for what the model heard;
any other name gets its own player::

    from pytest_audiotrust.report.artifacts import attach_audio
    attach_audio("clean", clip)          # Audio, Clip, probe, path, (array, rate) ...
    attach_audio("corrupted", noisy)
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from ..verdicts import results

#: Longest audio kept per artefact (seconds); longer audio is truncated, the report says so.
MAX_SECONDS = 30.0

#: The session's staging folder (in ``config.stash``; found through the running test's config).
STAGING_KEY = pytest.StashKey[Path]()
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


def configure(config: pytest.Config, staging_dir: str | Path) -> None:
    """Turn attaching on for ``config``'s session (a folder). Called by the reporting sub-plugin."""
    path = Path(staging_dir)
    path.mkdir(parents=True, exist_ok=True)
    config.stash[STAGING_KEY] = path


def _staging() -> Path | None:
    config = results.current_config()
    return config.stash.get(STAGING_KEY, None) if config is not None else None


def enabled() -> bool:
    return _staging() is not None


def safe_name(name: str) -> str:
    """Artefact names become file names: letters, digits, ``-`` and ``_`` only."""
    cleaned = _SAFE_NAME.sub("_", str(name)).strip("_")[:40]
    return cleaned or "audio"


def attach_audio(name: str, audio: Any) -> Path | None:
    """Keep ``audio`` as artefact ``name`` of the running test; a no-op returning None unless enabled.

    ``audio`` is anything :func:`pytest_audiotrust.audio.as_audio` accepts. Returns the written WAV path.
    """
    staging = _staging()
    if staging is None:
        return None
    if not isinstance(name, str) or not name:
        raise ValueError(f"attach_audio(name={name!r}): expected a non-empty string such as 'clean' or 'corrupted'")
    from ..inputs.audio import as_audio

    a = as_audio(audio, what=f"attach_audio({name!r})")
    if a.duration > MAX_SECONDS:
        a = a.with_samples(a.samples[: int(MAX_SECONDS * a.sample_rate)])
    rec = results.current()
    folder = staging / hashlib.sha256(rec.nodeid.encode()).hexdigest()[:16]
    path = a.save(folder / f"{safe_name(name)}.wav", subtype="PCM_16")
    rec.artifacts[safe_name(name)] = str(path)
    return path
