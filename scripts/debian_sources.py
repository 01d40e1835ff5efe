"""Fetch Debian data packages without installing them: ``apt-get download`` + ``dpkg-deb -x`` into a folder.

Shared by the fixture scripts that take real recordings from Debian (``make_real_clips.py``,
``make_noise_fixtures.py``). ``--debs DIR`` on those scripts reuses ``.deb`` files already downloaded.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Package:
    """One extracted package: its name, exact version and the folder its files were unpacked into."""

    name: str
    version: str
    root: Path

    def file(self, path: str) -> Path:
        """A file of the package by its installed path (``/usr/share/...``)."""
        found = self.root / path.lstrip("/")
        if not found.is_file():
            raise FileNotFoundError(f"{self.name} {self.version}: no file {path}")
        return found

    def source(self, path: str) -> str:
        """How a manifest names where a file came from: ``package version: /installed/path``."""
        return f"Debian {self.name} {self.version}: {path}"


def fetch(name: str, work: Path, debs: Path | None = None) -> Package:
    """Download (or take from ``debs``) the package ``name`` and unpack it under ``work/name``."""
    work.mkdir(parents=True, exist_ok=True)
    found = sorted((debs or work).glob(f"{name}_*.deb"))
    if not found:
        subprocess.run(["apt-get", "download", name], cwd=work, check=True, capture_output=True)
        found = sorted(work.glob(f"{name}_*.deb"))
    if not found:
        raise FileNotFoundError(f"apt-get download {name} left no {name}_*.deb in {work}")
    deb = found[-1]
    version = subprocess.run(["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True,
                             text=True).stdout.strip()
    root = work / name
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return Package(name, version, root)
