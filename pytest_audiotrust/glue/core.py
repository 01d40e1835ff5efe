"""Core pytest hooks and fixtures of pytest-audiotrust (exposed by the entry module ``pytest_audiotrust.plugin``).

Only stdlib + pytest at module level: a pytest run that does not use the plugin
pays nothing for it. Heavy modules (numpy, models, scoring) are imported inside
fixtures and hooks, when a test asks for them.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from typing import Any

import pytest

from ..verdicts import results
from .session import STATE_KEY, State, build_settings, given_as, marker_kwargs

_MEMO_KEY = pytest.StashKey[ExitStack]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("audiotrust", "audio model trust testing (pytest-audiotrust)")
    group.addoption("--audiotrust-model", dest="audiotrust_model", default=None, metavar="SPEC",
                    help="model under test, e.g. whisper:tiny.en or python:pkg.mod:factory (ini: audiotrust_model)")
    group.addoption("--audiotrust-report", dest="audiotrust_report", default=None, metavar="PATH",
                    help="write a self-contained HTML trust report to PATH")
    group.addoption("--audiotrust-json", dest="audiotrust_json", default=None, metavar="PATH",
                    help="write the machine-readable results (JSON) to PATH")
    group.addoption("--audiotrust-seed", dest="audiotrust_seed", default=None, metavar="INT|last",
                    help="global seed for corruptions and probes; 'last' reuses the previous run's (ini: audiotrust_seed)")
    group.addoption("--audiotrust-clips", dest="audiotrust_clips", default=None, metavar="PATH",
                    help="clip set for speech_clip: 'bundled' (all), 'bundled:real', 'bundled:tts', "
                         "'bundled:category=NAME,lang=CODE', a JSONL manifest, a folder of audio + .txt, "
                         "python:mod:factory or hf:PATH (ini: audiotrust_clips)")
    group.addoption("--audiotrust-threshold", dest="audiotrust_threshold", action="append", default=[],
                    metavar="NAME=VALUE", help="override a default threshold, e.g. max_wer=0.2 (repeatable)")
    group.addoption("--audiotrust-full", dest="audiotrust_full", action="store_true", default=False,
                    help="run every case of each probe fixture: ignore the sample=N of @pytest.mark.audiotrust markers")
    parser.addini("audiotrust_model", "model spec of the model under test", default="bundled:chat")
    parser.addini("audiotrust_clips", "clip set: 'bundled', a JSONL manifest, a folder of audio + .txt, python:mod:factory "
                 "or hf:PATH", default="bundled")
    parser.addini("audiotrust_seed", "global seed for corruptions and probes", default="1234")
    parser.addini("audiotrust_thresholds", "default thresholds, NAME=VALUE per line", type="linelist", default=[])
    parser.addini("audiotrust_normalizer", "text normaliser for WER/CER: whisper, basic or none", default="whisper")
    from . import hooks

    for module in hooks.modules():
        add_options = getattr(module, "add_options", None)
        if add_options is not None:
            add_options(group, parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "audiotrust(corruptions=None, severities=None, gate=None, min_n=None, confidence=0.95, repeats=1, sample=None, "
        "**thresholds): parametrize the corruption fixture from a suite or names, set thresholds "
        "(max_wer=, min_similarity=...) and gate the group on a pass rate.",
    )
    from ..errors import ConfigError
    from ..verdicts.thresholds import SETTINGS_KEY, ExpectSettings

    try:
        settings = build_settings(config)
    except ConfigError as exc:  # a bad option or ini value: one line, exit code 4, no traceback
        raise pytest.UsageError(str(exc)) from None
    for option, value in (("--audiotrust-report", settings.report), ("--audiotrust-json", settings.json_path)):
        _check_output_path(option, value)
    config.stash[SETTINGS_KEY] = ExpectSettings(thresholds=dict(settings.thresholds), normalizer=settings.normalizer)
    state = State(settings)
    config.stash[STATE_KEY] = state
    from .. import memo

    config.stash[_MEMO_KEY] = stack = ExitStack()  # the session's memo: loaded models, catalogs (released at unconfigure)
    stack.enter_context(memo.session())
    if settings.clips not in ("", "bundled"):  # the bundled set is checked by its own tests; others now
        try:
            state.clip_entries()
        except ConfigError as exc:
            raise pytest.UsageError(f"{given_as(config, 'audiotrust_clips')}={settings.clips!r}: {exc}") from None
    config.pluginmanager.register(_Collector(state), "audiotrust-collector")
    from . import hooks

    for module in hooks.modules():
        if not config.pluginmanager.is_registered(module):
            config.pluginmanager.register(module, f"audiotrust-{module.__name__.rsplit('.', 1)[-1]}")
    if config.getoption("numprocesses", None) and not hasattr(config, "workerinput"):
        _check_model_scheme(config, settings.model_spec)  # the xdist controller collects nothing: check it here
    cache = getattr(config, "cache", None)
    if cache is not None and not hasattr(config, "workerinput"):
        cache.set("audiotrust/last_seed", settings.seed)


def pytest_unconfigure(config: pytest.Config) -> None:
    stack = config.stash.get(_MEMO_KEY, None)
    if stack is not None:
        stack.close()


def _check_model_scheme(config: pytest.Config, spec: str) -> None:
    """An unknown scheme no ``pytest_audiotrust_make_model`` hook could own is a usage error."""
    from ..errors import ConfigError
    from ..models.spec import parse_spec

    try:
        parse_spec(spec)
    except ConfigError as exc:
        if not config.hook.pytest_audiotrust_make_model.get_hookimpls():
            raise pytest.UsageError(f"{given_as(config, 'audiotrust_model')}={spec!r}: {exc}") from None


def _check_output_path(option: str, value: str | None) -> None:
    """A report path must name a file whose folder exists or can be made (checked now, not at session end)."""
    if not value:
        return
    from pathlib import Path

    path = Path(value)
    if path.is_dir():
        raise pytest.UsageError(f"{option}={value!r}: is a directory; expected a file path such as report.html")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise pytest.UsageError(f"{option}={value!r}: {parent} is a file; expected a file path in a folder")
            return


def _marker_kwargs(node: Any) -> dict[str, Any]:
    """The node's merged ``audiotrust`` marker kwargs (``session.marker_kwargs``), errors as usage errors."""
    from ..errors import ConfigError

    try:
        return marker_kwargs(node)
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize the fixture table's fixtures (``fixture_table.FIXTURES``) a test requests."""
    marker = _marker_kwargs(metafunc.definition)
    from ..fixture_table import BY_NAME

    if not marker and BY_NAME.keys().isdisjoint(metafunc.fixturenames):
        return  # not a trust spec: cost nothing
    from . import hooks
    from .parametrize import parametrize

    extra = {k for module in hooks.modules() for k in getattr(module, "MARKER_KEYS", ())}
    parametrize(metafunc, marker, metafunc.config.stash[STATE_KEY], extra)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Build the model under test once collection knows a test needs it: a bad ``--audiotrust-model``
    (unknown scheme, malformed target) is one usage error now, not an error in every test. Adapters
    load their weights / open connections lazily, so this costs little."""
    state = config.stash[STATE_KEY]
    if config.getoption("audiotrust_model"):
        overridden = [i for i in items if "audiotrust_model" in getattr(i, "fixturenames", ()) and not _uses_builtin_model(i)]
        if overridden:
            _check_model_scheme(config, state.settings.model_spec)  # malformed: still a usage error
            _warn_overridden(config, overridden)
    if state.model is not None or not any(_uses_builtin_model(i) for i in items):
        return
    from .hooks.models import make_model

    state.model = make_model(config, state.settings.model_spec)


def _warn_overridden(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``--audiotrust-model`` given while a conftest ``audiotrust_model`` fixture overrides it for ``items``: a
    warning at the fixture's line, naming both."""
    import inspect
    import warnings

    where: dict[tuple[str, int], int] = {}
    for item in items:
        func = item._fixtureinfo.name2fixturedefs["audiotrust_model"][-1].func  # type: ignore[attr-defined]
        try:
            at = (inspect.getsourcefile(func) or "?", inspect.getsourcelines(func)[1])
        except (OSError, TypeError):
            at = (getattr(func, "__module__", "?"), 0)
        where[at] = where.get(at, 0) + 1
    for (path, line), n in where.items():
        warnings.warn_explicit(pytest.PytestConfigWarning(
            f"--audiotrust-model={config.getoption('audiotrust_model')} is not used: the audiotrust_model fixture "
            f"defined here overrides it ({n} tests). Remove one of the two, or have the fixture read the option "
            "(request.config.getoption('audiotrust_model'))."), category=None, filename=path, lineno=line)


def _uses_builtin_model(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    defs = getattr(info, "name2fixturedefs", {}).get("audiotrust_model") if info is not None else None
    return bool(defs) and getattr(defs[-1].func, "__module__", None) == __name__


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):  # type: ignore[no-untyped-def]
    """The running test's record lives on the item and is current (``results.current()``) only while its
    runtest protocol runs: an in-process pytester run inside a test cannot leak into it."""
    kwargs = _marker_kwargs(item)
    from .session import THRESHOLD_NAMES, repeat_index

    record = results.CaseRecord(
        nodeid=item.nodeid,
        test=getattr(item, "originalname", item.name),
        params={"thresholds": {k: v for k, v in kwargs.items() if k in THRESHOLD_NAMES}},
        gate=str(kwargs["gate"]) if kwargs.get("gate") else None,
    )
    if repeat_index(item):
        record.params["repeat"] = repeat_index(item)
    with results.running(item, record):
        return (yield)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    rep = outcome.get_result()
    if rep.when == "call" or (rep.when == "setup" and not rep.passed):
        rec = item.stash.get(results.RECORD_KEY, None) or results.current()
        model = getattr(item, "funcargs", {}).get("audiotrust_model")
        rec.model = getattr(model, "id", None) if model is not None else rec.model
        rec.outcome = "error" if rep.when == "setup" and rep.failed else rep.outcome
        rec.duration = round(rep.duration, 4)
        if rep.failed:
            rec.error = _short_error(call)
        if rec.measurements or rec.corruption or rec.probe or rec.clip or rec.error:
            rep.user_properties.append((results.USER_PROPERTY, rec.to_json()))


def _short_error(call: pytest.CallInfo[None]) -> str | None:
    if call.excinfo is None:
        return None
    return f"{call.excinfo.typename}: {call.excinfo.value}"[:2000]


class _Collector:
    """Gathers case records from test reports (on the xdist controller too: user_properties travel)."""

    def __init__(self, state: State) -> None:
        self.state = state

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for name, value in report.user_properties:
            if name == results.USER_PROPERTY:
                self.state.add(json.loads(value))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return
    state = session.config.stash[STATE_KEY]
    if state.settings.report or state.settings.json_path:
        from ..report import write_outputs

        write_outputs(state, session.config)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    state = config.stash[STATE_KEY]
    if not state.records:
        return
    from ..verdicts.summary import terminal_lines

    for line in terminal_lines(state):
        terminalreporter.write_line(line)


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def audiotrust_seed(pytestconfig: pytest.Config) -> int:
    """The global seed (``--audiotrust-seed``); per-case seeds derive from it and the test node id."""
    return pytestconfig.stash[STATE_KEY].settings.seed


@pytest.fixture(scope="session")
def audiotrust_model(pytestconfig: pytest.Config):  # type: ignore[no-untyped-def]
    """The model under test, built from ``--audiotrust-model`` / ini ``audiotrust_model`` (default
    ``bundled:chat``: Whisper tiny.en transcribes; questions go to a cascade audio LLM, Whisper's transcript and YAMNet's
    sound labels handed to a local Qwen2.5-Coder-0.5B-Instruct; offline).
    Override this fixture in your conftest.py to test your own model: the plugin caches and records it either way."""
    from .hooks.models import make_model

    state = pytestconfig.stash[STATE_KEY]
    model = state.model if state.model is not None else make_model(pytestconfig, state.settings.model_spec)
    yield model  # the plugin wraps it (cache, records, prefetch), as it wraps a conftest's override
    model.close()
