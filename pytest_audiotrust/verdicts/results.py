"""Per-test records: what each ``expect`` measured, which corruption/probe/clip was used, the verdict.

A record lives on the running test's item (``item.stash[RECORD_KEY]``); :func:`current` finds it
through a context variable that the plugin sets and resets around each test's runtest protocol
(:func:`running`), so an in-process pytester run inside a test never leaks into it. The plugin
serialises the record into the test report's ``user_properties`` so it travels to the xdist
controller and into the report. Stdlib + pytest only: the hook module imports it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from typing import Any

import pytest

from ..errors import ConfigError

USER_PROPERTY = "audiotrust"


@dataclass
class Measurement:
    """One check: ``value`` compared to ``threshold`` in ``direction`` ("max", "min" or "eq")."""

    check: str
    metric: str
    value: Any
    threshold: Any
    direction: str
    passed: bool
    output: str
    reference: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    threshold_source: str = "argument"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CaseRecord:
    """Everything the report needs about one test case."""

    nodeid: str
    test: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    corruption: dict[str, Any] | None = None
    probe: dict[str, Any] | None = None
    clip: dict[str, Any] | None = None
    model: str | None = None
    measurements: list[Measurement] = field(default_factory=list)
    gate: str | None = None
    outcome: str = "passed"
    duration: float = 0.0
    error: str | None = None
    artifacts: dict[str, str] = field(default_factory=dict)
    #: Seconds spent per stage inside this test: "model", "corrupt", "score" (the rest is pytest + the test body).
    timings: dict[str, float] = field(default_factory=dict)
    #: What a cascade model's language model was given for this case's first answer (``Response.metadata["heard"]``:
    #: transcript and sound labels), so a reader tells a hallucination of the ear from one of the language model.
    heard: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["measurements"] = [m.to_dict() for m in self.measurements]
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), default=_jsonable, sort_keys=True)


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if isinstance(obj, (set, tuple)):
        return list(obj)
    return str(obj)


#: The running test's record and its session's config (set per test by :func:`running`).
_RECORD: ContextVar[CaseRecord | None] = ContextVar("audiotrust_record", default=None)
_CONFIG: ContextVar[Any] = ContextVar("audiotrust_config", default=None)
RECORD_KEY = pytest.StashKey[CaseRecord]()


@contextmanager
def timed(stage: str) -> Iterator[None]:
    """Add the time spent in the block to the running test's ``timings[stage]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        add_time(stage, time.perf_counter() - start)


def add_time(stage: str, seconds: float) -> None:
    """Add ``seconds`` to the running test's ``timings[stage]``."""
    rec = current()
    rec.timings[stage] = round(rec.timings.get(stage, 0.0) + seconds, 6)


def current() -> CaseRecord:
    """The record of the running test; outside a pytest run a throwaway record (one per context)."""
    rec = _RECORD.get()
    if rec is None:
        rec = CaseRecord(nodeid="<outside pytest>")
        _RECORD.set(rec)
    return rec


def current_config() -> Any:
    """The ``pytest.Config`` of the running test's session, or ``None`` outside a test."""
    return _CONFIG.get()


@contextmanager
def running(item: Any, record: CaseRecord) -> Iterator[CaseRecord]:
    """Make ``record`` (stored on ``item``) the current record for the block, then restore what was before."""
    item.stash[RECORD_KEY] = record
    rec_token, cfg_token = _RECORD.set(record), _CONFIG.set(item.config)
    try:
        yield record
    finally:
        _RECORD.reset(rec_token)
        _CONFIG.reset(cfg_token)


def start(record: CaseRecord) -> None:
    """Make ``record`` current in this context (direct ``expect`` use outside a pytest-run test)."""
    _RECORD.set(record)


def detach(nodeid: str) -> CaseRecord:
    """In this context (e.g. a ``contextvars.copy_context()`` run), leave the running test: a throwaway
    record, no session config. For work done on no test's behalf, such as the plugin's prefetch."""
    rec = CaseRecord(nodeid=nodeid)
    _RECORD.set(rec)
    _CONFIG.set(None)
    return rec


def finish() -> CaseRecord | None:
    rec = _RECORD.get()
    _RECORD.set(None)
    return rec


# ----------------------------------------------------------------------------- the run: settings, records, document
SCHEMA = "pytest-audiotrust/results"
SCHEMA_VERSION = 2


@dataclass
class Settings:
    model_spec: str
    seed: int
    clips: str
    report: str | None
    json_path: str | None
    normalizer: str
    thresholds: dict[str, tuple[float, str]]


@dataclass
class State:
    settings: Settings
    records: list[dict[str, Any]] = field(default_factory=list)
    started: float = field(default_factory=time.time)
    model_info: dict[str, Any] = field(default_factory=dict)
    #: Group-gate verdicts (dicts), filled at session finish by the gates sub-plugin.
    gates: list[dict[str, Any]] = field(default_factory=list)
    #: Free-form session-level data other areas contribute to the report (e.g. baseline comparison).
    extras: dict[str, Any] = field(default_factory=dict)

    #: The clip set's entries, resolved once (``clip_entries``).
    clips: list[Any] | None = None
    #: Clip sets a marker names with ``clip_set=`` (source -> entries), resolved once each.
    other_clip_sets: dict[str, list[Any]] = field(default_factory=dict)
    #: The model under test when it had to be built at collection (a spec only a conftest hook knows).
    model: Any = None

    def add(self, record: dict[str, Any]) -> None:
        self.records.append(record)

    def clip_entries(self, wanted: list[str] | None = None, source: str | None = None) -> list[Any]:
        """THE clip-entry resolver: the session's clip set (``clips.clip_set``, loaded once) or, for a marker's
        ``clip_set="bundled:real"``, that one, narrowed to the ``wanted`` ids (a marker's ``clips=[...]``) in
        that order; an unknown id is a ConfigError."""
        from ..inputs.clips import clip_set

        if source is None or source == self.settings.clips:
            if self.clips is None:
                self.clips = clip_set(self.settings.clips)
            entries = self.clips
        else:
            if source not in self.other_clip_sets:
                self.other_clip_sets[source] = clip_set(source)
            entries = self.other_clip_sets[source]
        if not wanted:
            return list(entries)
        by_id = {e.id: e for e in entries}
        for w in wanted:
            if w not in by_id:
                from ..errors import unknown_name

                raise unknown_name("clip id", w, by_id)
        return [by_id[w] for w in wanted]


def check_document(document: Any, source: str = "document") -> dict[str, Any]:
    """Validate the envelope of a results document; errors name ``source`` and what was expected."""
    if not isinstance(document, dict):
        raise ConfigError(f"{source}: expected a JSON object with schema {SCHEMA!r}, got {type(document).__name__}")
    if document.get("schema") != SCHEMA:
        raise ConfigError(f"{source}: schema {document.get('schema')!r} is not {SCHEMA!r}; "
                          "expected a file written by --audiotrust-json")
    version = document.get("version")
    if not isinstance(version, int) or not 1 <= version <= SCHEMA_VERSION:
        raise ConfigError(f"{source}: schema version {version!r} is not supported; expected 1..{SCHEMA_VERSION}")
    if not isinstance(document.get("records"), list):
        raise ConfigError(f"{source}: 'records' must be a list of case records")
    return document
