"""Clip sets: the bundled speech clips (``fixtures/clips/manifest.jsonl``) or a user's own.

``audiotrust_clips`` (ini) / ``--audiotrust-clips`` selects one of:

- ``bundled`` (default): every clip shipped with the plugin (real recordings and TTS);
  ``bundled:SELECTORS`` picks a part, selectors joined by commas: ``real`` / ``tts`` (``source_kind``),
  ``category=NAME`` (``command``, ``numbers``, ...), ``lang=CODE`` (``en`` matches ``en-US`` too),
  e.g. ``bundled:real,category=command``;
- a JSONL manifest: one ``{"id", "file", "transcript", ...}`` object per line, files relative to it;
- a directory: every audio file (``.wav .flac .ogg .opus .mp3``) with a same-named ``.txt`` transcript;
- ``python:package.module:factory``: a function returning rows (dicts) with an audio column and a
  transcript column, e.g. a Hugging Face ``datasets`` split; columns via ``?audio=audio&text=text&id=id``;
- ``hf:PATH`` a dataset saved with ``datasets``' ``save_to_disk`` (needs ``datasets`` installed),
  ``?split=test`` for a ``DatasetDict``, same column options. An ``Audio`` column is read from its stored
  bytes/path with soundfile (cast to ``decode=False``): datasets >= 4 would need torchcodec to decode it.

Reading manifests and directories is stdlib-only, so tests can be parametrized at
collection time without loading audio; audio is read when a test asks for the clip.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ..errors import ConfigError
from .data import fixtures_dir

if TYPE_CHECKING:
    from .audio import Audio, Clip

REQUIRED_KEYS = ("id", "file", "transcript")
AUDIO_EXTENSIONS = (".wav", ".flac", ".ogg", ".opus", ".mp3")


@dataclass(frozen=True)
class ClipEntry:
    """A clip known by id, path and transcript; ``load()`` reads its audio.

    Clips from an in-memory dataset carry ``loader`` (returns the ``Audio``); ``path`` then
    names the source (``python:mod:factory#3``).
    """

    id: str
    path: Path
    transcript: str
    metadata: dict[str, Any] = field(default_factory=dict)
    loader: Callable[[], Audio] | None = field(default=None, compare=False, repr=False)

    def load(self) -> Clip:
        from .audio import Clip, read_once

        audio = self.loader() if self.loader is not None else read_once(str(self.path))
        return Clip(audio, self.transcript, self.id, dict(self.metadata))


def bundled_manifest() -> Path:
    return fixtures_dir() / "clips" / "manifest.jsonl"


def read_manifest(path: str | Path, *, allow_outside: bool = False) -> list[ClipEntry]:
    """Parse a JSONL manifest; files are relative to the manifest and may not escape its folder.

    Given a directory or a ``bundled``/``python:``/``hf:`` spec instead, reads that clip set (see ``clip_set``).
    """
    if _is_spec(str(path)) or Path(path).is_dir():
        return clip_set(str(path))
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
        entries.append(ClipEntry(item["id"], file, item["transcript"], {**meta, "line": lineno}))
    if not entries:
        raise ConfigError(f"clip manifest {path}: no clips listed")
    for e in entries:  # after parsing, so malformed lines are reported first
        if not e.path.is_file():
            raise ConfigError(f"{path}:{e.metadata['line']}: audio file for clip {e.id!r} not found (looked for {e.path})")
    for e in entries:
        e.metadata.pop("line")
    return entries


def bundled_clips() -> list[ClipEntry]:
    return read_manifest(bundled_manifest())


def read_directory(folder: str | Path) -> list[ClipEntry]:
    """Every audio file in ``folder`` (not recursive) with a same-named UTF-8 ``.txt`` transcript; id = file stem."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError(f"clip folder {folder}: not a directory")
    audio = sorted(p for p in folder.iterdir() if p.suffix.lower() in AUDIO_EXTENSIONS and p.is_file())
    if not audio:
        raise ConfigError(f"clip folder {folder}: no audio files ({', '.join(AUDIO_EXTENSIONS)}) found")
    entries: list[ClipEntry] = []
    seen: dict[str, Path] = {}
    for file in audio:
        if file.stem in seen:
            raise ConfigError(f"clip folder {folder}: {seen[file.stem].name} and {file.name} share the id {file.stem!r}")
        seen[file.stem] = file
        txt = file.with_suffix(".txt")
        if not txt.is_file():
            raise ConfigError(f"clip folder {folder}: {file.name} has no transcript; expected {txt.name} next to it")
        try:
            text = txt.read_text(encoding="utf-8").strip()
        except UnicodeDecodeError as exc:
            raise ConfigError(f"clip folder {folder}: transcript {txt.name} is not UTF-8 text ({exc.reason})") from None
        if not text:
            raise ConfigError(f"clip folder {folder}: transcript {txt.name} is empty")
        entries.append(ClipEntry(file.stem, file.resolve(), text, {"source": "directory"}))
    return entries


def _is_spec(source: str) -> bool:
    return source.startswith(("python:", "hf:", "bundled:")) or source == "bundled"


SOURCE_KINDS = ("real", "tts")
_SELECTOR_KEYS = ("category", "lang")


def _language_matches(language: object, wanted: str) -> bool:
    """``lang=en`` matches ``en`` and ``en-US``; ``lang=en-US`` only ``en-US`` (case-insensitive, ``_`` = ``-``)."""
    have = str(language or "").lower().replace("_", "-")
    want = wanted.lower().replace("_", "-")
    return have == want or have.startswith(want + "-")


def select_bundled(entries: list[ClipEntry], selectors: str, source: str) -> list[ClipEntry]:
    """Filter bundled entries by ``real``/``tts``, ``category=NAME`` and ``lang=CODE`` (comma-separated, all must hold)."""
    chosen = list(entries)
    for raw in (s.strip() for s in selectors.split(",")):
        key, eq, value = raw.partition("=")
        if not eq and raw in SOURCE_KINDS:
            chosen = [e for e in chosen if e.metadata.get("source_kind") == raw]
            continue
        if not eq or key not in _SELECTOR_KEYS or not value:
            raise ConfigError(
                f"audiotrust_clips {source!r}: unknown selector {raw!r}; expected {' or '.join(SOURCE_KINDS)}, "
                "category=NAME or lang=CODE, joined by commas (e.g. bundled:real,category=command)"
            )
        if key == "category":
            known = sorted({str(e.metadata.get("category")) for e in entries})
            if value not in known:
                raise ConfigError(f"audiotrust_clips {source!r}: no bundled category {value!r}; categories are {known}")
            chosen = [e for e in chosen if e.metadata.get("category") == value]
        else:
            chosen = [e for e in chosen if _language_matches(e.metadata.get("language"), value)]
    if not chosen:
        raise ConfigError(f"audiotrust_clips {source!r}: the selectors leave no bundled clip")
    return chosen


def _split_options(spec: str) -> tuple[str, dict[str, str]]:
    target, _, query = spec.partition("?")
    options = dict(parse_qsl(query, keep_blank_values=True))
    unknown = set(options) - {"audio", "text", "id", "split"}
    if unknown:
        raise ConfigError(f"clip set {spec}: unknown option(s) {sorted(unknown)}; expected audio=, text=, id=, split=")
    return target, options


def _rows_from_python(target: str, spec: str) -> Any:
    from .loader import import_factory

    factory, _ = import_factory(target, f"clip set {spec}")
    return factory()


def _rows_from_disk(path: str, split: str | None, spec: str) -> Any:
    try:
        import datasets
    except ImportError:
        raise ConfigError(
            f"clip set {spec}: reading a saved dataset needs the 'datasets' package (pip install datasets); "
            "or pass rows through python:<module>:<factory>"
        ) from None
    if not Path(path).exists():
        raise ConfigError(f"clip set {spec}: no saved dataset at {path}")
    ds = datasets.load_from_disk(path)
    if isinstance(ds, datasets.DatasetDict):
        if split is None or split not in ds:
            raise ConfigError(f"clip set {spec}: choose a split with ?split=NAME; available: {sorted(ds)}")
        ds = ds[split]
    return ds


def _undecoded(rows: Any, column: str) -> Any:
    """A ``datasets`` table whose ``Audio`` column decodes on access (datasets >= 4 needs torchcodec for that)
    cast to ``decode=False``, so rows carry the stored ``{"bytes", "path"}`` and soundfile reads them."""
    feature = (getattr(rows, "features", None) or {}).get(column) if hasattr(rows, "cast_column") else None
    if type(feature).__name__ != "Audio" or not getattr(feature, "decode", False):
        return rows
    import datasets

    return rows.cast_column(column, datasets.Audio(decode=False))


def _columns(rows: Any) -> list[str] | None:
    names = getattr(rows, "column_names", None)
    return list(names) if isinstance(names, (list, tuple)) else None


def _audio_loader(value: Any, where: str) -> Callable[[], Audio]:
    from ..errors import AudioError
    from .audio import Audio, as_audio

    def load() -> Audio:
        try:
            if isinstance(value, dict) and "array" not in value and (value.get("bytes") or value.get("path")):
                return Audio.load(value.get("bytes") or value["path"])
            if hasattr(value, "get_all_samples"):  # datasets>=4 decodes audio to a torchcodec AudioDecoder
                samples = value.get_all_samples()
                return Audio.from_array(samples.data, int(samples.sample_rate))
            return as_audio(value, what=where)
        except AudioError as exc:
            raise AudioError(f"{where}: unreadable audio ({exc})") from exc

    return load


def read_rows(
    rows: Iterable[Any], spec: str, *, audio: str = "audio", text: str = "text", id_column: str | None = None
) -> list[ClipEntry]:
    """Rows (dicts; e.g. a HF ``datasets`` split) with an ``audio`` column and a ``text`` transcript column."""
    wanted = {"audio": audio, "text": text, **({"id": id_column} if id_column else {})}
    columns = _columns(rows)
    for opt, col in wanted.items():
        if columns is not None and col not in columns:
            raise ConfigError(f"clip set {spec}: no {opt} column {col!r}; columns are {columns} (choose with ?{opt}=NAME)")
    entries: list[ClipEntry] = []
    seen: set[str] = set()
    for i, row in enumerate(rows):
        where = f"clip set {spec} row {i}"
        if not isinstance(row, dict):
            raise ConfigError(f"{where}: expected a dict with columns {audio!r} and {text!r}, got {type(row).__name__}")
        for opt, col in wanted.items():
            if col not in row:
                raise ConfigError(f"{where}: no {opt} column {col!r}; columns are {sorted(row)} (choose with ?{opt}=NAME)")
        transcript = row[text]
        if not isinstance(transcript, str) or not transcript.strip():
            raise ConfigError(f"{where}: transcript column {text!r} must be non-empty text, got {transcript!r}")
        clip_id = str(row[id_column]) if id_column else f"row{i:04d}"
        if clip_id in seen:
            raise ConfigError(f"{where}: duplicate clip id {clip_id!r}")
        seen.add(clip_id)
        meta = {k: v for k, v in row.items() if k not in (audio, text) and isinstance(v, (str, int, float, bool))}
        entries.append(ClipEntry(clip_id, Path(f"{spec}#{i}"), transcript.strip(), meta, _audio_loader(row[audio], where)))
    if not entries:
        raise ConfigError(f"clip set {spec}: no rows")
    return entries


def clip_set(source: str) -> list[ClipEntry]:
    """THE resolver of an ``audiotrust_clips`` value to clip entries (see the module docstring for the forms)."""
    source = str(source).strip()
    if source in ("", "bundled"):
        return bundled_clips()
    if source.startswith("bundled:"):
        return select_bundled(bundled_clips(), source.removeprefix("bundled:"), source)
    if _is_spec(source):
        target, opts = _split_options(source)
        scheme, _, target = target.partition(":")
        if scheme == "python":
            if "split" in opts:
                raise ConfigError(f"clip set {source}: ?split= applies to hf: datasets; a python factory returns one split")
            rows = _rows_from_python(target, source)
        else:
            rows = _rows_from_disk(target, opts.get("split"), source)
        audio = opts.get("audio", "audio")
        rows = _undecoded(rows, audio)
        return read_rows(rows, source, audio=audio, text=opts.get("text", "text"), id_column=opts.get("id"))
    path = Path(source)
    if path.is_dir():
        return read_directory(path)
    if path.is_file():
        return read_manifest(path)
    raise ConfigError(
        f"audiotrust_clips {source!r}: not found; expected 'bundled' (or bundled:real, bundled:tts, "
        "bundled:category=NAME, bundled:lang=CODE), a .jsonl manifest, a folder of audio + .txt, "
        "python:module:factory or hf:PATH"
    )

