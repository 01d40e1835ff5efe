"""Sub-plugin of the model runtime: ``--audiotrust-cache``, ``--audiotrust-prefetch``, the
``pytest_audiotrust_make_model`` hookspec, and the wrapping of every model under test.

Whatever the ``audiotrust_model`` fixture returns — the built-in one, or an override in the user's
``conftest.py`` returning an ``AudioModel`` or a plain ``f(audio, prompt)`` callable — and whatever
``audiotrust_load_model`` builds is wrapped once per session (:func:`wrap_cached`) in a
:class:`~pytest_audiotrust.models.cache.CachedModel`: answers cached on disk, the running test's
repeat index in every cache key, the model id and time recorded on the running test's record,
and the inputs the collected tests will send prefetched in one batch. Session state (the wrapped
models, notes, xdist workers' counts) lives in ``config.stash``. Stdlib + pytest only at module level.
"""

from __future__ import annotations

import json
import os
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import pytest

CACHE_ENV = "AUDIOTRUST_CACHE_DIR"
PREFETCH_MODES = ("off", "on", "auto")
WORKER_OUTPUT = "audiotrust_models"


def add_options(group: Any, parser: pytest.Parser) -> None:
    group.addoption("--audiotrust-cache", dest="audiotrust_cache", default=None, choices=("off", "read", "rw"),
                    help="model response cache: off, read (use hits only) or rw (default; store misses). "
                         f"Lives under pytest's cache dir, or ${CACHE_ENV} (ini: audiotrust_cache)")
    parser.addini("audiotrust_cache", "model response cache mode: off, read or rw", default="rw")
    group.addoption("--audiotrust-prefetch", dest="audiotrust_prefetch", default=None, choices=PREFETCH_MODES,
                    help="before the first test, send every input the collected tests will give the model (clean "
                         "clips, non-speech probes, question probes with their questions, corrupted clips) in one "
                         "batch (concurrent for HTTP, batched for transformers) and cache the answers; auto (default) "
                         "= on for adapters that batch (ini: audiotrust_prefetch)")
    parser.addini("audiotrust_prefetch", "prefetch known inputs in one batch: off, on or auto", default="auto")


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from .. import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


@dataclass
class Runtime:
    """The session's model runtime: every wrapped model, one-off notes, and xdist workers' counts."""

    mode: str
    prefetch: str
    cache_dir: str | None
    #: id(what the fixture/factory returned) -> (that object, kept alive; its wrapper).
    wrapped: dict[int, tuple[Any, Any]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    worker_stats: list[dict[str, Any]] = field(default_factory=list)
    #: Model ids already prefetched (a function-scoped fixture returning a new model per test prefetches once).
    prefetched: set[str] = field(default_factory=set)


RUNTIME_KEY = pytest.StashKey[Runtime]()
#: The session's derived-audio store (``inputs.derived``), made active at configure and closed at unconfigure.
STORE_KEY = pytest.StashKey[ExitStack]()
ITEMS_KEY = pytest.StashKey[list]()


def _mode(config: pytest.Config, option: str, ini: str, allowed: tuple[str, ...]) -> str:
    opt = config.getoption(option, None)
    value = str(opt if opt else config.getini(ini)).strip()
    if value not in allowed:
        where = f"--{option.replace('_', '-')}" if opt else f"ini {ini}"
        raise pytest.UsageError(f"{where}={value!r}: expected one of {', '.join(allowed)}")
    return value


def cache_mode(config: pytest.Config) -> str:
    return _mode(config, "audiotrust_cache", "audiotrust_cache", ("off", "read", "rw"))


def cache_dir(config: pytest.Config) -> str | None:
    """``$AUDIOTRUST_CACHE_DIR`` or ``<pytest cache dir>/d/audiotrust-responses`` (shared by xdist workers);
    ``None`` when neither exists (``-p no:cacheprovider`` without the variable)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return env
    cache = getattr(config, "cache", None)
    return str(cache.mkdir("audiotrust-responses")) if cache is not None else None


def pytest_configure(config: pytest.Config) -> None:
    """Check the cache/prefetch modes (a bad value is a usage error now, not at the first test) and keep
    sentence embeddings and Silero VAD results on disk beside the response cache, so a warm re-run never loads
    the embedder or the VAD model."""
    mode = cache_mode(config)
    prefetch = _mode(config, "audiotrust_prefetch", "audiotrust_prefetch", PREFETCH_MODES)
    where = cache_dir(config) if mode != "off" else None
    config.stash[RUNTIME_KEY] = Runtime(mode, prefetch, where)
    from ...verdicts.thresholds import SETTINGS_KEY

    settings = config.stash.get(SETTINGS_KEY, None)
    if settings is not None and where is not None:
        env = os.environ.get(CACHE_ENV)
        cache = getattr(config, "cache", None)
        emb = os.path.join(env, "embeddings") if env else (str(cache.mkdir("audiotrust-embeddings")) if cache else None)
        settings.embedding_cache = (emb, mode) if emb else None
        vad = os.path.join(env, "vad") if env else (str(cache.mkdir("audiotrust-vad")) if cache else None)
        settings.vad_cache = (vad, mode) if vad else None
    if where is not None:  # corrupted clips and synthesised speech, by recipe: a warm re-run builds no audio
        env = os.environ.get(CACHE_ENV)
        cache = getattr(config, "cache", None)
        audio = os.path.join(env, "audio") if env else (str(cache.mkdir("audiotrust-audio")) if cache else None)
        if audio is not None:
            from ...inputs import derived

            config.stash[STORE_KEY] = stack = ExitStack()
            stack.enter_context(derived.session(derived.AudioStore(audio, mode)))


def pytest_unconfigure(config: pytest.Config) -> None:
    stack = config.stash.get(STORE_KEY, None)
    if stack is not None:
        stack.close()


def judge_cache(config: pytest.Config) -> Any:
    """The response cache (mode per ``--audiotrust-cache``) that keeps LLM-judge verdicts, or None."""
    mode = cache_mode(config)
    where = cache_dir(config) if mode != "off" else None
    if where is None:
        return None
    from ...models.cache import ResponseCache

    return ResponseCache(os.path.join(where, "judge"), mode)


def make_model(config: pytest.Config, spec: str) -> Any:
    """The model under test: the ``pytest_audiotrust_make_model`` hook first, then the spec loaders.
    (The plugin wraps it — cache, records, prefetch — when the ``audiotrust_model`` fixture returns it.)"""
    from ...errors import ConfigError
    from ...models import AudioModel, CallableModel, load_model

    hook = getattr(config.hook, "pytest_audiotrust_make_model", None)
    model = hook(config=config, spec=spec) if hook is not None else None
    if model is None:
        try:
            return load_model(spec)
        except ConfigError as exc:
            from ..session import given_as

            raise pytest.UsageError(f"{given_as(config, 'audiotrust_model')}={spec!r}: {exc}") from None
    if not isinstance(model, AudioModel):
        if not callable(model):
            raise pytest.UsageError(f"pytest_audiotrust_make_model returned {type(model).__name__} for {spec!r}; "
                                    "expected an AudioModel, a callable or None")
        model = CallableModel(model)
    return model


def _scope() -> tuple[str, int]:
    """The running test's node id and 0-based ``repeats=k`` run index (for the cache's repeat keys)."""
    from ...verdicts import results

    rec = results.current()
    repeat = rec.params.get("repeat", 0)
    return rec.nodeid, repeat if isinstance(repeat, int) else 0


def _answered(model_id: str, seconds: float) -> None:
    """Record on the running test which model answered and the time it spent (0 for a cache hit)."""
    from ...verdicts import results

    rec = results.current()
    rec.model = model_id
    rec.timings["model"] = round(rec.timings.get("model", 0.0) + seconds, 6)


def _heard(heard: dict[str, Any]) -> None:
    """Record on the running test what a cascade's language model was given (its first answer's)."""
    from ...verdicts import results

    rec = results.current()
    if rec.heard is None:
        rec.heard = {"transcript": heard.get("transcript"), "labels": heard.get("labels")}


def wrap_cached(config: pytest.Config, model: Any, *, what: str = "audiotrust_model") -> Any:
    """Wrap ``model`` (an ``AudioModel`` or a callable) once per session: response cache per
    ``--audiotrust-cache`` (``off``: no cache, still recorded), repeat-aware keys, per-test records."""
    from ...errors import ConfigError
    from ...models import AudioModel, CallableModel
    from ...models.cache import CachedModel, ResponseCache

    runtime = config.stash[RUNTIME_KEY]
    if isinstance(model, CachedModel) and any(w is model for _, w in runtime.wrapped.values()):
        return model
    if id(model) in runtime.wrapped:
        return runtime.wrapped[id(model)][1]
    inner = model
    if not isinstance(inner, AudioModel):
        if not callable(inner):
            raise ConfigError(f"{what} returned {type(model).__name__}; expected an AudioModel or a "
                              "callable f(audio, prompt) -> str")
        inner = CallableModel(inner)
    cache = None
    if runtime.mode != "off":
        if runtime.cache_dir is None:
            note = f"audiotrust model cache: off (pytest's cacheprovider is disabled; set ${CACHE_ENV} to cache)"
            if note not in runtime.notes:
                runtime.notes.append(note)
        else:
            cache = ResponseCache(runtime.cache_dir, runtime.mode)
    wrapped = CachedModel(inner, cache, scope=_scope, on_answer=_answered, on_heard=_heard)
    runtime.wrapped[id(model)] = (model, wrapped)
    return wrapped


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: Any, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Wrap whatever the ``audiotrust_model`` fixture returns (built in or the user's override)."""
    value = yield
    if fixturedef.argname != "audiotrust_model" or value is None:
        return value
    config = request.config
    runtime = config.stash[RUNTIME_KEY]
    wrapped = wrap_cached(config, value)  # a value that is no model fails the test, naming the fixture
    cached = fixturedef.cached_result
    if cached is not None:
        fixturedef.cached_result = (wrapped, *cached[1:])
    if wrapped.id not in runtime.prefetched and _prefetch_enabled(config, wrapped):
        runtime.prefetched.add(wrapped.id)  # once per model, however often a narrow-scoped fixture runs
        prefetch_collected(config, wrapped)
    return wrapped


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    config.stash[ITEMS_KEY] = list(items)


def _prefetch_enabled(config: pytest.Config, model: Any) -> bool:
    from ...models import AudioModel

    runtime = config.stash[RUNTIME_KEY]
    if runtime.prefetch == "off":  # every cache mode prefetches: off/read keep the answers in memory
        return False
    return runtime.prefetch == "on" or type(model.inner).generate_batch is not AudioModel.generate_batch


def _items(config: pytest.Config) -> list[Any]:
    items = [i for i in config.stash.get(ITEMS_KEY, []) if "audiotrust_model" in getattr(i, "fixturenames", ())]
    worker = getattr(config, "workerinput", None)
    if worker is not None:  # each worker takes its own stripe; the shared cache joins them
        index, count = int(worker["workerid"].lstrip("gw") or 0), int(worker.get("workercount", 1))
        items = items[index::count]
    return items


def prefetch_inputs(config: pytest.Config, capabilities: frozenset[str] = frozenset({"transcribe"})) -> list[Any]:
    """``(audio, prompt, repeat, system)`` for every input the collected tests will hand the model, deduplicated:
    clean ``speech_clip`` s and ``nonspeech_probe`` s (transcribed), what every question-asking probe asks
    (its table entry's ``asked``: audio, question and system prompt, for models that can answer), and the
    corrupted clip of each ``corruption`` x ``speech_clip`` case. Built from the probe specs' ``make()``
    and the corruption cases exactly as the fixtures build them, in a context of its own so nothing is
    written on the running test's record."""
    import contextvars

    return contextvars.copy_context().run(_build_inputs, config, capabilities)


def _build_inputs(config: pytest.Config, capabilities: frozenset[str]) -> list[Any]:
    from ...fixture_table import BY_NAME, FIXTURES
    from ...verdicts import results
    from ..session import STATE_KEY, strip_repeat_id

    results.detach("<prefetch>")
    seed = config.stash[STATE_KEY].settings.seed
    todo: dict[tuple[Any, ...], Any] = {}
    for item in _items(config):
        params = getattr(getattr(item, "callspec", None), "params", {})
        rep = int(params.get("audiotrust_repeat", 1)) - 1
        r = rep * 1000
        node = strip_repeat_id(item.nodeid)
        if "speech_clip" in params and "corruption" in params and "transcribe" in capabilities:
            entry, case = params["speech_clip"], params["corruption"]
            todo.setdefault(("corrupted", case.id, entry.id, node, r),
                            lambda e=entry, c=case, n=node, r=r: [_corrupted(BY_NAME["corruption"].build(c, seed, n), e, r)])
        elif "speech_clip" in params and "transcribe" in capabilities:
            entry = params["speech_clip"]
            todo.setdefault(("clip", str(entry.id), r), lambda e=entry, r=r: [(e.load().audio, None, r, None)])
        for fx in FIXTURES:  # the probes: (audio, question) for a question, audio to transcribe otherwise
            if fx.records != "probe" or not fx.prefetch or fx.name not in params:
                continue
            if ("ask" if fx.asks else "transcribe") in capabilities:
                spec = params[fx.name]
                todo.setdefault((fx.name, fx.case_id(spec), r), lambda f=fx, p=spec, n=node, r=r: _probe(f, p, seed, n, r))
    return [item for build in todo.values() for item in build()]


def _probe(fx: Any, spec: Any, seed: int, node: str, r: int) -> list[tuple[Any, str | None, int, str | None]]:
    probe = fx.build(spec, seed, node)
    if not fx.asks:
        return [(probe.audio, None, r, None)]
    return [(audio, question, r, system) for audio, question, system in fx.asked(probe)]


def _corrupted(bound: Any, entry: Any, r: int) -> tuple[Any, None, int, None]:
    out = bound(entry.load())
    return getattr(out, "audio", out), None, r, None


def prefetch_collected(config: pytest.Config, model: Any) -> int:
    """Warm the response cache with the answers to every known input, in one batch. A model that fails
    here (e.g. an endpoint that is down) is left to fail each test with its own message."""
    import time

    from ...errors import CapabilityError, ModelError
    from ..session import STATE_KEY
    from .progress import Progress

    start = time.perf_counter()
    bar = Progress(config, f"audiotrust prefetch, {model.id}")
    bar.note(f"preparing the inputs of {len(_items(config))} tests")
    items = prefetch_inputs(config, frozenset(model.capabilities))
    built = time.perf_counter()
    if not items:
        return 0
    by_system: dict[str | None, list[Any]] = {}
    for audio, prompt, repeat, system in items:
        by_system.setdefault(system, []).append((audio, prompt, repeat))
    answered, asked, later = 0, 0, len(items)
    for system, group in by_system.items():  # one batch per system prompt (the role a probe gives the assistant)
        later -= len(group)
        seen = [0]

        def report(done: int, todo: int, before: int = asked, rest: int = later, seen: list[int] = seen) -> None:
            seen[0] = todo  # answers this group needs; the groups still to come count at most their size
            bar.update(before + done, before + todo + rest)
        try:
            target = model if system is None else model.with_system(system)
            answered += target.prefetch(group, progress=report)
        except (ModelError, CapabilityError):
            pass
        asked += seen[0]
    bar.finish()
    # model time spent before the tests (not on any test's record): the report and benchmarks count it
    done = time.perf_counter()
    totals = config.stash[STATE_KEY].extras.setdefault("prefetch", {"requests": 0, "answered": 0, "inputs_s": 0.0,
                                                                      "model_s": 0.0})
    totals["requests"] += len(items)
    totals["answered"] += answered
    totals["inputs_s"] = round(totals["inputs_s"] + built - start, 3)
    totals["model_s"] = round(totals["model_s"] + done - built, 3)
    return answered


# ----------------------------------------------------------------------------- summary (xdist-aware)
def _model_stats(config: pytest.Config) -> list[dict[str, Any]]:
    out = []
    for _, model in config.stash[RUNTIME_KEY].wrapped.values():
        entry: dict[str, Any] = {"id": model.id, "unavailable": getattr(model.inner, "unavailable", None),
                                 "refused": getattr(getattr(model.inner, "breaker", None), "refused", 0),
                                 "revision": model.revision, "served": getattr(model.inner, "_served", None)}
        if model.cache is not None:
            entry["cache"] = model.cache.stats()
        entry["memory"] = model.memory.stats()
        out.append(entry)
    return out


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """On an xdist worker: send this worker's cache counts and breaker state to the controller. On the
    controller (or without xdist): put each model's identity, cache counts and breaker state in the
    report's model info (before the report is written)."""
    config = session.config
    runtime = config.stash[RUNTIME_KEY]
    output = getattr(config, "workeroutput", None)
    if output is not None:
        output[WORKER_OUTPUT] = json.dumps({"models": _model_stats(config), "notes": runtime.notes})
        return
    from ..session import STATE_KEY

    state = config.stash.get(STATE_KEY, None)
    if state is not None:
        state.model_info.update(model_info(config))


def _reports(config: pytest.Config) -> list[dict[str, Any]]:
    runtime = config.stash[RUNTIME_KEY]
    return [{"models": _model_stats(config), "notes": runtime.notes}, *runtime.worker_stats]


def model_info(config: pytest.Config) -> dict[str, str]:
    """Flat ``name -> text`` facts about the models under test for the report (one prefix per model): id,
    revision, what the server reported, an open circuit breaker. (Cache counts vary run to run: terminal only.)"""
    seen: dict[str, dict[str, Any]] = {}
    for report in _reports(config):
        for m in report["models"]:
            into = seen.setdefault(m["id"], {})
            for k in ("revision", "served", "unavailable"):
                into[k] = into.get(k) or m.get(k)
    out: dict[str, str] = {}
    for i, (model_id, m) in enumerate(seen.items()):
        prefix = "model" if len(seen) == 1 else f"model{i + 1}"
        out[prefix] = model_id
        if m.get("revision"):
            out[f"{prefix}.revision"] = str(m["revision"])
        if m.get("served"):
            out[f"{prefix}.served"] = json.dumps(m["served"], sort_keys=True)
        if m.get("unavailable"):
            out[f"{prefix}.unavailable"] = str(m["unavailable"])
    return out


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """On the xdist controller: collect what each worker sent."""
    raw = getattr(node, "workeroutput", {}).get(WORKER_OUTPUT)
    if raw:
        node.config.stash[RUNTIME_KEY].worker_stats.append(json.loads(raw))


COUNTS = ("hits", "misses", "writes", "corrupt", "write_errors")


def summary_lines(config: pytest.Config) -> list[tuple[str, dict[str, bool]]]:
    """Terminal lines: notes, each model's cache counts (summed over xdist workers) and, once per
    endpoint, an open circuit breaker."""
    reports = _reports(config)
    lines: list[tuple[str, dict[str, bool]]] = [(n, {}) for n in dict.fromkeys(n for r in reports for n in r["notes"])]
    caches: dict[tuple[str, str], dict[str, Any]] = {}
    memory: dict[str, dict[str, int]] = {}
    broken: dict[str, str] = {}
    for report in reports:
        for m in report["models"]:
            if m.get("unavailable"):
                broken.setdefault(m["id"], m["unavailable"])
            held = memory.setdefault(m["id"], {"stored": 0, "hits": 0})
            for k in held:
                held[k] += int((m.get("memory") or {}).get(k, 0))
            s = m.get("cache")
            if s is None:
                continue
            total = caches.setdefault((m["id"], s["mode"]), {k: 0 for k in COUNTS} | {"write_error": None})
            for k in COUNTS:
                total[k] += s[k]
            total["write_error"] = total["write_error"] or s.get("write_error")
    for (model_id, mode), s in caches.items():  # one line per model (ids differ per configuration)
        lines.append((f"audiotrust model cache ({mode}), {model_id}: {s['hits']} hits, {s['misses']} misses, "
                      f"{s['writes']} written, {s['corrupt']} unreadable entries replaced", {}))
        if s["write_errors"]:
            lines.append((f"  WARNING: {s['write_errors']} answers not cached: {s['write_error']}", {"yellow": True}))
    mode = config.stash[RUNTIME_KEY].mode
    for model_id, held in memory.items():
        if held["stored"]:
            lines.append((f"audiotrust prefetch (cache {mode}), {model_id}: {held['stored']} answers held in memory "
                          f"for this session (none written), {held['hits']} used", {}))
    for model_id, message in broken.items():
        lines.append((f"audiotrust: model {model_id} is unreachable: {message}", {"red": True}))
    return lines


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    for line, markup in summary_lines(config):
        terminalreporter.write_line(line, **markup)


@pytest.fixture(scope="session")
def audiotrust_load_model(pytestconfig: pytest.Config):  # type: ignore[no-untyped-def]
    """Factory for more models under test, built, cached and recorded like ``audiotrust_model``:
    ``audiotrust_load_model("whisper:tiny.en", vad_filter=True)`` (spec string + adapter options)."""
    made: list[Any] = []

    def load(spec: str, **options: Any) -> Any:
        from ...models import load_model

        model = wrap_cached(pytestconfig, load_model(spec, **options), what=f"audiotrust_load_model({spec!r})")
        made.append(model)
        return model

    yield load
    for model in made:
        model.close()
