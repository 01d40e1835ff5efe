"""Sub-plugin of the model runtime: ``--audiotrust-cache``, the ``pytest_audiotrust_make_model`` hookspec,
and ``make_model(config)`` used by the ``audiotrust_model`` fixture. Stdlib + pytest only at module level."""

from __future__ import annotations

import os
from typing import Any

import pytest

CACHE_ENV = "AUDIOTRUST_CACHE_DIR"


def add_options(group: Any, parser: pytest.Parser) -> None:
    group.addoption("--audiotrust-cache", dest="audiotrust_cache", default=None, choices=("off", "read", "rw"),
                    help="model response cache: off, read (use hits only) or rw (default; store misses). "
                         f"Lives under pytest's cache dir, or ${CACHE_ENV} (ini: audiotrust_cache)")
    parser.addini("audiotrust_cache", "model response cache mode: off, read or rw", default="rw")
    group.addoption("--audiotrust-prefetch", dest="audiotrust_prefetch", default=None, choices=("off", "on", "auto"),
                    help="before the first test, send every collected clean clip and non-speech probe to the model in "
                         "one batch (concurrent for HTTP, batched for transformers) and cache the answers; auto (default) "
                         "= on for adapters that batch (ini: audiotrust_prefetch)")
    parser.addini("audiotrust_prefetch", "prefetch clean inputs in one batch: off, on or auto", default="auto")


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from .. import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


def pytest_configure(config: pytest.Config) -> None:
    """Keep sentence embeddings on disk beside the response cache, so a warm re-run never loads the embedder."""
    mode = config.getoption("audiotrust_cache", None) or str(config.getini("audiotrust_cache"))
    from ..scoring import similarity

    if mode not in ("rw", "read"):
        similarity.configure_disk_cache(None)
        return
    env = os.environ.get(CACHE_ENV)
    cache = getattr(config, "cache", None)
    where = os.path.join(env, "embeddings") if env else (str(cache.mkdir("audiotrust-embeddings")) if cache else None)
    similarity.configure_disk_cache(where, mode)


def cache_mode(config: pytest.Config) -> str:
    from ..models.cache import check_mode

    opt = config.getoption("audiotrust_cache", None)
    return check_mode(opt, "--audiotrust-cache") if opt else check_mode(str(config.getini("audiotrust_cache")),
                                                                        "ini audiotrust_cache")


def cache_dir(config: pytest.Config) -> str | None:
    """``$AUDIOTRUST_CACHE_DIR`` or ``<pytest cache dir>/d/audiotrust-responses`` (shared by xdist workers);
    ``None`` when neither exists (``-p no:cacheprovider`` without the variable)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return env
    cache = getattr(config, "cache", None)
    return str(cache.mkdir("audiotrust-responses")) if cache is not None else None


def make_model(config: pytest.Config, spec: str) -> Any:
    """The model under test: the ``pytest_audiotrust_make_model`` hook first, then the spec loaders;
    wrapped in the response cache unless ``--audiotrust-cache=off``."""
    from ..models import AudioModel, CallableModel, load_model

    hook = getattr(config.hook, "pytest_audiotrust_make_model", None)
    model = hook(config=config, spec=spec) if hook is not None else None
    if model is None:
        model = load_model(spec)
    elif not isinstance(model, AudioModel):
        if not callable(model):
            raise pytest.UsageError(f"pytest_audiotrust_make_model returned {type(model).__name__} for {spec!r}; "
                                    "expected an AudioModel, a callable or None")
        model = CallableModel(model)
    model = wrap_cached(config, model)
    if _prefetch_enabled(config, model):
        prefetch_collected(config, model)
    return model


def wrap_cached(config: pytest.Config, model: Any) -> Any:
    """Wrap ``model`` in the response cache per ``--audiotrust-cache`` (``off`` returns it unchanged)."""
    from ..models.cache import CachedModel, ResponseCache

    mode = cache_mode(config)
    if mode == "off" or isinstance(model, CachedModel):
        return model
    where = cache_dir(config)
    if where is None:
        _NOTES.append(f"audiotrust model cache: off (pytest's cacheprovider is disabled; set ${CACHE_ENV} to cache)")
        return model
    cached = CachedModel(model, ResponseCache(where, mode))
    _MADE.append(cached)  # its hit/miss/write-error counts go in the terminal summary
    return cached


ITEMS_KEY = pytest.StashKey[list]()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    config.stash[ITEMS_KEY] = list(items)


def _prefetch_enabled(config: pytest.Config, model: Any) -> bool:
    from ..models import AudioModel
    from ..models.cache import CachedModel

    mode = config.getoption("audiotrust_prefetch", None) or str(config.getini("audiotrust_prefetch"))
    if mode not in ("off", "on", "auto"):
        raise pytest.UsageError(f"audiotrust_prefetch={mode!r}: expected off, on or auto")
    if mode == "off" or not isinstance(model, CachedModel) or model.cache.mode != "rw":
        return False
    if "transcribe" not in model.capabilities:
        return False
    return mode == "on" or type(model.inner).generate_batch is not AudioModel.generate_batch


def prefetch_inputs(config: pytest.Config) -> list[Any]:
    """Clean audio the collected tests will hand the model: their ``speech_clip`` and ``nonspeech_probe``
    parameters (deduplicated). Under xdist each worker takes its own stripe; the shared cache joins them."""
    from ..seeding import derive_seed
    from ..session import STATE_KEY

    seed = config.stash[STATE_KEY].settings.seed
    seen: dict[tuple[str, str], Any] = {}
    for item in config.stash.get(ITEMS_KEY, []):
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "audiotrust_model" not in getattr(item, "fixturenames", ()):
            continue
        if "speech_clip" in params:
            entry = params["speech_clip"]
            seen.setdefault(("clip", str(getattr(entry, "id", entry))), lambda e=entry: e.load().audio)
        if "nonspeech_probe" in params:
            spec = params["nonspeech_probe"]
            seen.setdefault(("probe", spec.name), lambda p=spec: p.make(derive_seed(seed, "probe", p.name)).audio)
    loaders = list(seen.values())
    worker = getattr(config, "workerinput", None)
    if worker is not None:
        index, count = int(worker["workerid"].lstrip("gw") or 0), int(worker.get("workercount", 1))
        loaders = loaders[index::count]
    return [load() for load in loaders]


def prefetch_collected(config: pytest.Config, model: Any) -> int:
    """Warm the response cache with transcripts of every clean collected input, in one batch."""
    audios = prefetch_inputs(config)
    return model.prefetch([(a, None) for a in audios]) if audios else 0


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    for note in dict.fromkeys(_NOTES):
        terminalreporter.write_line(note)
    _NOTES.clear()
    for model in _MADE:  # only CachedModel instances are kept here
        s = model.cache.stats()
        terminalreporter.write_line(f"audiotrust model cache ({s['mode']}): {s['hits']} hits, {s['misses']} misses, "
                                    f"{s['writes']} written, {s['corrupt']} unreadable entries replaced")
        if s["write_errors"]:
            terminalreporter.write_line(f"  WARNING: {s['write_errors']} answers not cached: {s['write_error']}",
                                        yellow=True)
    _MADE.clear()


_MADE: list[Any] = []
_NOTES: list[str] = []


@pytest.fixture(scope="session")
def audiotrust_load_model(pytestconfig: pytest.Config):  # type: ignore[no-untyped-def]
    """Factory for more models under test, built and response-cached like ``audiotrust_model``:
    ``audiotrust_load_model("whisper:tiny.en", vad_filter=True)`` (spec string + adapter options)."""
    made: list[Any] = []

    def load(spec: str, **options: Any) -> Any:
        from ..models import load_model

        model = wrap_cached(pytestconfig, load_model(spec, **options))
        made.append(model)
        return model

    yield load
    for model in made:
        model.close()
