"""On-disk, content-addressed response cache and the :class:`CachedModel` wrapper.

A cache key is the SHA-256 of (adapter id, adapter version, decoding config, model
identity (``revision=``, and what an OpenAI-compatible server's ``/v1/models`` reports),
audio digest, prompt, repeat index). Entries are small JSON files written atomically
(temporary file + ``os.replace``), so two pytest-xdist workers writing the same key
never leave a torn file; a truncated or garbage entry reads as a miss and is
rewritten. Errors are never cached. Modes: ``off`` (bypass), ``read`` (use hits,
write nothing), ``rw`` (use hits, store misses). Whatever the mode, :meth:`CachedModel.prefetch`
fetches every input it is given concurrently; answers the disk may not keep (``off``, ``read``, no
cache dir) are held in memory for the session (:class:`MemoryAnswers`), never written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..inputs.audio import Audio
from ..memo import memoized
from .base import AudioModel, Response

MODES = ("off", "read", "rw")
#: Bumped when the entry format changes; old entries then miss.
FORMAT = 1


def check_mode(mode: str, what: str = "--audiotrust-cache") -> str:
    if mode not in MODES:
        raise ConfigError(f"{what}={mode!r}: expected one of {', '.join(MODES)}")
    return mode


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "item"):
        return obj.item()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return repr(obj)


@memoized
def _plugin_version() -> str:
    try:
        from importlib.metadata import version

        return version("pytest-audiotrust")
    except Exception:
        return "unknown"


def cache_key(model: AudioModel, audio: Audio, prompt: str | None, repeat: int = 0) -> str:
    """Content address of one model call (the API key or other secrets never enter it)."""
    material = {
        "format": FORMAT,
        "id": model.id,
        "version": str(getattr(model, "version", "")),
        "plugin": _plugin_version(),
        "config": model.config(),
        "identity": model.identity(),
        "audio": audio.digest(),
        "prompt": prompt,
        "repeat": int(repeat),
    }
    blob = json.dumps(material, sort_keys=True, default=_jsonable).encode()
    return hashlib.sha256(blob).hexdigest()


class ResponseCache:
    """A directory of ``<key[:2]>/<key>.json`` entries."""

    def __init__(self, root: str | os.PathLike[str], mode: str = "rw") -> None:
        self.root = Path(root)
        self.mode = check_mode(mode, "ResponseCache(mode)")
        self.hits = self.misses = self.writes = self.corrupt = self.write_errors = 0
        self.write_error: str | None = None
        self._lock = threading.Lock()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Response | None:
        if self.mode == "off":
            return None
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self._count("misses")
            return None
        except OSError:
            self._count("misses")
            return None
        try:
            data = json.loads(raw)
            if not (isinstance(data, dict) and data.get("key") == key and isinstance(data.get("text"), str)
                    and isinstance(data.get("metadata"), dict)):
                raise ValueError("not a cache entry")
        except ValueError:  # truncated / garbage / foreign: a miss; the next put rewrites it
            self._count("corrupt")
            self._count("misses")
            return None
        self._count("hits")
        return Response(data["text"], {**data["metadata"], "cached": True})

    def put(self, key: str, response: Response) -> None:
        if self.mode != "rw":
            return
        path = self._path(key)
        blob = json.dumps({"key": key, "text": response.text, "metadata": response.metadata},
                          sort_keys=True, default=_jsonable).encode()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:8]}.", suffix=".tmp")
        except OSError as exc:  # read-only or unusable cache dir: answer anyway, say so in the summary
            self._write_failed(exc)
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            self._write_failed(exc)
            return
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._count("writes")

    def _write_failed(self, exc: OSError) -> None:
        self._count("write_errors")
        if self.write_error is None:
            self.write_error = f"cannot write to the response cache {self.root}: {exc.strerror or exc}"

    def _count(self, name: str) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def stats(self) -> dict[str, Any]:
        return {"mode": self.mode, "dir": str(self.root), "hits": self.hits, "misses": self.misses,
                "writes": self.writes, "corrupt": self.corrupt, "write_errors": self.write_errors,
                "write_error": self.write_error}


#: A prefetch goes to the model in chunks taking about this long, so progress can be reported between them.
CHUNK_SECONDS = 2.0


def _chunks(todo: list[int], model: AudioModel) -> Any:
    """``todo`` in chunks a whole number of the adapter's parallel slots (``concurrency`` / ``batch_size``) wide,
    sized from the previous chunk's pace to take about :data:`CHUNK_SECONDS` (at most 64 slots)."""
    width = max(1, int(getattr(model, "concurrency", 0) or getattr(model, "batch_size", 0) or 1))
    size, start = 2 * width, 0
    while start < len(todo):
        chunk = todo[start:start + size]
        began = time.perf_counter()
        yield chunk
        start += len(chunk)
        per_item = (time.perf_counter() - began) / len(chunk)
        fits = int(CHUNK_SECONDS / per_item) if per_item > 0 else 64 * width
        size = min(64 * width, max(width, fits // width * width))


class MemoryAnswers:
    """Prefetched answers held in memory for one session: the cache of ``--audiotrust-cache=off`` / ``read``.

    Only :meth:`CachedModel.prefetch` stores here (a live call in ``off`` mode still asks the model)."""

    def __init__(self) -> None:
        self._answers: dict[str, Response] = {}
        self.hits = self.stored = 0
        self._lock = threading.Lock()

    def __contains__(self, key: str) -> bool:
        return key in self._answers

    def get(self, key: str) -> Response | None:
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self.hits += 1
        return None if found is None else Response(found.text, {**found.metadata, "prefetched": True})

    def put(self, key: str, response: Response) -> None:
        with self._lock:
            self._answers[key] = response
            self.stored += 1

    def stats(self) -> dict[str, int]:
        return {"stored": self.stored, "hits": self.hits}


class CachedModel(AudioModel):
    """Wrap ``model`` so identical calls are answered from ``cache`` (``None``: no cache, calls pass through).

    Pure: it reads and writes no per-test state itself. The plugin passes two callbacks:
    ``scope()`` returns ``(scope id, repeat)`` of the running test (its node id and the ``repeats=k``
    run index, 0-based); the n-th identical call inside one scope gets repeat index
    ``repeat * 1000 + n``, so a sampling model asked k times, or run k times by ``repeats=k``,
    gives k distinct samples, each cached. ``on_answer(model_id, seconds)`` is told of every answer
    (``seconds`` 0 for a hit); ``on_heard(heard)`` of what a cascade's language model was given for each answer
    (``Response.metadata["heard"]``). Without ``scope`` every call has repeat index 0: a plain cache.
    Everything else (``id``, ``config``, capabilities, sample rate) is the wrapped model's.
    """

    def __init__(self, model: AudioModel, cache: ResponseCache | None, *,
                 scope: Callable[[], tuple[str, int]] | None = None,
                 on_answer: Callable[[str, float], None] | None = None,
                 on_heard: Callable[[dict[str, Any]], None] | None = None) -> None:
        if not isinstance(model, AudioModel):
            raise ConfigError(f"CachedModel(model=...): expected an AudioModel, got {type(model).__name__}")
        self.inner = model
        self.cache = cache
        self.capabilities = model.capabilities
        self.sample_rate = model.sample_rate
        self._scope = scope
        self._on_answer = on_answer
        self._on_heard = on_heard
        self._seen: dict[str, int] = {}
        self._seen_scope: str | None = None
        self._lock = threading.Lock()
        #: Prefetched answers the disk cache does not keep (mode off or read, or no cache at all).
        self.memory = MemoryAnswers()

    @property
    def id(self) -> str:
        return self.inner.id

    @property
    def version(self) -> str:  # type: ignore[override]
        return str(getattr(self.inner, "version", ""))

    @property
    def revision(self) -> str | None:  # type: ignore[override]
        return self.inner.revision

    def config(self) -> dict[str, Any]:
        return self.inner.config()

    def identity(self) -> dict[str, Any]:
        return self.inner.identity()

    def prepare(self, audio: Any) -> Audio:
        return self.inner.prepare(audio)

    def _repeat(self, base_key: str) -> int:
        if self._scope is None:
            return 0
        scope, offset = self._scope()
        with self._lock:
            if scope != self._seen_scope:
                self._seen_scope, self._seen = scope, {}
            n = self._seen.get(base_key, 0)
            self._seen[base_key] = n + 1
        return int(offset) * 1000 + n

    def _key(self, audio: Audio, prompt: str | None) -> str:
        base = cache_key(self.inner, audio, prompt, 0)
        repeat = self._repeat(base)
        return base if repeat == 0 else cache_key(self.inner, audio, prompt, repeat)

    def _get(self, key: str) -> Response | None:
        if key in self.memory:
            return self.memory.get(key)
        return self.cache.get(key) if self.cache is not None else None

    def _put(self, key: str, response: Response) -> None:
        if self.cache is not None:
            self.cache.put(key, response)

    def _answered(self, seconds: float, *responses: Any) -> None:
        if self._on_answer is not None:
            self._on_answer(self.id, seconds)
        if self._on_heard is not None:
            for response in responses:
                heard = getattr(response, "metadata", {}).get("heard") if isinstance(response, Response) else None
                if isinstance(heard, dict):
                    self._on_heard(heard)

    def _generate(self, audio: Audio, prompt: str | None) -> Response:  # pragma: no cover - generate is overridden
        return self.inner._generate(audio, prompt)

    def generate(self, audio: Any, prompt: str | None = None) -> Response:
        prepared = self.prepare(audio)
        key = self._key(prepared, prompt)
        hit = self._get(key)
        if hit is not None:
            self._answered(0.0, hit)
            return hit
        start = time.perf_counter()
        response = None
        try:
            response = self.inner.generate(prepared, prompt)
        finally:
            self._answered(time.perf_counter() - start, response)
        self._put(key, response)
        return response

    def generate_batch(
        self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False
    ) -> list[Response]:
        """Answer hits from the cache and send only the misses to the model, as one batch."""
        prepared = [(self.prepare(a), p) for a, p in items]
        keys = [self._key(a, p) for a, p in prepared]
        out: list[Any] = [self._get(k) for k in keys]
        todo = [i for i, r in enumerate(out) if r is None]
        start = time.perf_counter()
        if todo:
            fresh = self.inner.generate_batch([prepared[i] for i in todo], return_exceptions=return_exceptions)
            for i, response in zip(todo, fresh, strict=True):
                if isinstance(response, Response):
                    self._put(keys[i], response)
                out[i] = response
        self._answered(time.perf_counter() - start, *out)
        return out

    def prefetch(self, items: list[tuple[Any, str | None]] | list[tuple[Any, str | None, int]], *,
                 progress: Callable[[int, int], None] | None = None) -> int:
        """Answer ``items`` — ``(audio, prompt)`` or ``(audio, prompt, repeat)`` — ahead of the tests with one
        batch call (as concurrent as the adapter allows), in every cache mode.

        Later ``generate`` calls with the same audio, prompt and repeat index are then answered without the
        model: from the disk cache (``rw``) or, where the disk keeps nothing (``off``, ``read``, no cache
        dir), from :attr:`memory` for the rest of the session. Failures are not kept: the test that makes
        that call later sees the adapter's error itself (at once, when the adapter's circuit breaker has
        opened). ``progress(done, total)`` is told how many of the ``total`` inputs the cache could not
        answer have been asked (the batch goes out in chunks of about a second each, so it can report).
        Returns the number of answers stored.
        """
        prepared = [(self.prepare(it[0]), it[1], int(it[2]) if len(it) > 2 else 0) for it in items]  # type: ignore[misc]
        keys = [cache_key(self.inner, a, p, r) for a, p, r in prepared]
        first = {k: i for i, k in reversed(list(enumerate(keys)))}
        on_disk = self.cache is not None and self.cache.mode != "off"
        todo = [first[k] for k in dict.fromkeys(keys)
                if k not in self.memory and not (on_disk and self.cache.get(k) is not None)]  # type: ignore[union-attr]
        todo.sort(key=lambda i: prepared[i][1] is not None)  # transcriptions, then questions: full batches of each
        keep = self.cache.put if self.cache is not None and self.cache.mode == "rw" else self.memory.put
        stored = done = 0
        if progress is not None:
            progress(0, len(todo))
        for chunk in _chunks(todo, self.inner):
            fresh = self.inner.generate_batch([prepared[i][:2] for i in chunk], return_exceptions=True)
            for i, response in zip(chunk, fresh, strict=True):
                if isinstance(response, Response):
                    keep(keys[i], response)
                    stored += 1
            done += len(chunk)
            if progress is not None:
                progress(done, len(todo))
        return stored

    def with_system(self, system: str) -> AudioModel:
        """The wrapped model with ``system`` as its system prompt, behind this cache and callbacks (one view per prompt,
        kept on this wrapper so repeat indices carry on)."""
        views = self.__dict__.setdefault("_system_views", {})
        if system not in views:
            views[system] = CachedModel(self.inner.with_system(system), self.cache, scope=self._scope,
                                        on_answer=self._on_answer, on_heard=self._on_heard)
        return views[system]

    def close(self) -> None:
        self.inner.close()

    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not yet set (during construction/unpickling)
            raise AttributeError(name)
        return getattr(self.inner, name)

    def __repr__(self) -> str:
        return f"<CachedModel {self.inner!r} cache={self.cache.mode if self.cache is not None else 'off'}>"
