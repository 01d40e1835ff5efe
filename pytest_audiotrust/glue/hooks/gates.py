"""Sub-plugin: group gates, repeats and scoring settings.

- ``@pytest.mark.audiotrust(gate="pass_rate >= 0.9", min_n=20, confidence=0.95, gate_group="street")``:
  misses in the group are recorded, one verdict per group decides (Wilson bound), at session end.
- ``repeats=k, reducer="all"|"majority"|"any"``: each case runs k times (ids ``rep1``..``repk``);
  the k runs are reduced to one case verdict; pass^k is reported.
- Options: ``--audiotrust-inconclusive=fail|warn``, ``--audiotrust-embedding-model=PATH``.

Only stdlib + pytest at module level.
"""

from __future__ import annotations

from typing import Any

import pytest

MARKER_KEYS = {"gate_group", "reducer"}
INCONCLUSIVE_MODES = ("fail", "warn")


def add_options(group: Any, parser: pytest.Parser) -> None:
    group.addoption("--audiotrust-inconclusive", dest="audiotrust_inconclusive", default=None, choices=INCONCLUSIVE_MODES,
                    help="what an inconclusive gate (too few cases to decide) does: fail the session or warn "
                         "(default: fail; ini: audiotrust_inconclusive)")
    group.addoption("--audiotrust-embedding-model", dest="audiotrust_embedding_model", default=None, metavar="PATH|NAME",
                    help="sentence-transformers model for semantic similarity (default: bundled all-MiniLM-L6-v2; "
                         "ini: audiotrust_embedding_model)")
    group.addoption("--audiotrust-judge-url", dest="audiotrust_judge_url", default=None, metavar="URL",
                    help="score expect.consistent/similarity with an LLM judge at this OpenAI-compatible base URL "
                         "(never the default; needs --audiotrust-judge-model; key from $AUDIOTRUST_JUDGE_API_KEY)")
    group.addoption("--audiotrust-judge-model", dest="audiotrust_judge_model", default=None, metavar="NAME",
                    help="model name the judge endpoint serves")
    group.addoption("--audiotrust-judge", dest="audiotrust_judge", default=None, metavar="URL#MODEL|local",
                    help="let a judge decide the yes/no and no-speech verdicts the rules leave undecided, where its "
                         "measured confidence holds: any OpenAI-compatible chat model (URL#model; key from "
                         "$AUDIOTRUST_JUDGE_API_KEY) or 'local' (the bundled LLM); never refusals")
    parser.addini("audiotrust_inconclusive", "inconclusive gates: fail or warn", default="fail")
    parser.addini("audiotrust_embedding_model", "sentence-transformers model path or name for semantic similarity",
                  default="")


def _inconclusive_mode(config: pytest.Config) -> str:
    mode = config.getoption("audiotrust_inconclusive") or config.getini("audiotrust_inconclusive") or "fail"
    if mode not in INCONCLUSIVE_MODES:
        raise pytest.UsageError(f"ini audiotrust_inconclusive={mode!r}: expected 'fail' or 'warn'")
    return str(mode)


def pytest_configure(config: pytest.Config) -> None:
    from ...scoring.text import NORMALIZERS
    from ...verdicts.thresholds import SETTINGS_KEY, ExpectSettings

    _inconclusive_mode(config)
    settings = config.stash.setdefault(SETTINGS_KEY, ExpectSettings())
    model = config.getoption("audiotrust_embedding_model") or config.getini("audiotrust_embedding_model") or None
    settings.embedding_model = model
    settings.judge = _judge(config)
    settings.verdict_judge = _verdict_judge(config)
    if settings.normalizer not in NORMALIZERS:
        raise pytest.UsageError(f"ini audiotrust_normalizer={settings.normalizer!r}: expected one of {', '.join(NORMALIZERS)}")


def _judge(config: pytest.Config):  # type: ignore[no-untyped-def]
    url, model = config.getoption("audiotrust_judge_url"), config.getoption("audiotrust_judge_model")
    if not url and not model:
        return None
    if not (url and model):
        raise pytest.UsageError("--audiotrust-judge-url and --audiotrust-judge-model go together: give both")
    from ...errors import ConfigError
    from ...scoring.judge import LLMJudge
    from .models import judge_cache

    try:
        return LLMJudge(url, model, api_key_env="AUDIOTRUST_JUDGE_API_KEY", cache=judge_cache(config))
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None


def _verdict_judge(config: pytest.Config):  # type: ignore[no-untyped-def]
    spec = config.getoption("audiotrust_judge")
    if not spec:
        return None
    from ...errors import ConfigError
    from ...scoring.judge import HTTPLabels, LocalLabels, VerdictJudge, parse_judge_spec
    from .models import judge_cache

    try:
        if spec == "local":
            from ...models.llm import LocalLLM

            backend: object = LocalLabels(LocalLLM())
        else:
            url, model = parse_judge_spec(spec)
            backend = HTTPLabels(url, model, api_key_env="AUDIOTRUST_JUDGE_API_KEY")
        return VerdictJudge(backend, cache=judge_cache(config))
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None
    except ImportError as exc:
        raise pytest.UsageError(f"--audiotrust-judge={spec!r}: the bundled LLM is not installed ({exc})") from None


def pytest_unconfigure(config: pytest.Config) -> None:
    from ...verdicts.thresholds import SETTINGS_KEY

    settings = config.stash.get(SETTINGS_KEY, None)
    if settings is not None and settings.judge is not None:
        settings.judge.close()
        settings.judge = None
    if settings is not None and settings.verdict_judge is not None:
        settings.verdict_judge.close()
        settings.verdict_judge = None


# ----------------------------------------------------------------------------- marker validation + repeats
def _marker(node: Any) -> dict[str, Any]:
    from ..session import marker_kwargs

    return marker_kwargs(node)


def gate_settings(marker: dict[str, Any]) -> dict[str, Any] | None:
    """Validated gate/repeat settings from marker kwargs (None when the test is neither gated nor repeated)."""
    from ...errors import ConfigError
    from ...verdicts.gates import (
        DEFAULT_CONFIDENCE,
        check_confidence,
        check_metric,
        check_positive_int,
        check_reducer,
        parse_gate,
    )

    gate = marker.get("gate")
    repeats = check_positive_int(marker.get("repeats", 1), "repeats")
    if gate is not None:
        check_metric(parse_gate(gate))
    elif any(k in marker for k in ("min_n", "confidence", "gate_group")):
        given = sorted(k for k in ("min_n", "confidence", "gate_group") if k in marker)
        raise ConfigError(f"@pytest.mark.audiotrust({', '.join(given)}=...) needs gate=, e.g. gate='pass_rate >= 0.9'")
    if "reducer" in marker and repeats == 1:
        raise ConfigError("@pytest.mark.audiotrust(reducer=...) needs repeats=k with k > 1")
    if gate is None and repeats == 1:
        return None
    group = marker.get("gate_group")
    if group is not None and (not isinstance(group, str) or not group.strip()):
        raise ConfigError(f"gate_group={group!r}: expected a non-empty name")
    return {
        "expression": gate,
        "confidence": check_confidence(marker.get("confidence", DEFAULT_CONFIDENCE)),
        "min_n": check_positive_int(marker["min_n"], "min_n") if marker.get("min_n") is not None else None,
        "repeats": repeats,
        "reducer": check_reducer(marker.get("reducer", "all")),
        "group": group,
    }


@pytest.hookimpl(trylast=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("audiotrust") is None:
        return  # not a trust spec: cost nothing
    from ...errors import AudiotrustError

    try:
        info = gate_settings(_marker(metafunc.definition))
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(f"{metafunc.definition.nodeid}: {exc}") from None
    if info and info["repeats"] > 1:
        from ..session import REPEAT_PARAM, repeat_id

        k = info["repeats"]
        metafunc.fixturenames.append(REPEAT_PARAM)
        metafunc.parametrize(REPEAT_PARAM, range(1, k + 1), ids=[repeat_id(i) for i in range(1, k + 1)], indirect=True)


@pytest.fixture
def audiotrust_repeat(request: pytest.FixtureRequest) -> int:
    """Which run (1..k) of a case marked ``repeats=k`` this is."""
    return int(getattr(request, "param", 1))


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("audiotrust") is None:
        return
    from ...verdicts import results

    info = gate_settings(_marker(item))
    if info is None:
        return
    rec = results.current()
    from ..session import strip_repeat_id

    rec.params["gate"] = {**info, "case": strip_repeat_id(item.nodeid)}
    if not rec.gate:  # repeats without a gate: reps do not fail alone, the reducer decides
        rec.gate = f"repeats={info['repeats']} reducer={info['reducer']}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Make sure every gated case reaches the controller, even one that measured nothing."""
    outcome = yield
    rep = outcome.get_result()
    if not (rep.when == "call" or (rep.when == "setup" and not rep.passed)):
        return
    from ...verdicts import results

    if any(name == results.USER_PROPERTY for name, _ in rep.user_properties):
        return
    rec = results.current()
    if rec.nodeid == item.nodeid and rec.params.get("gate"):
        if rep.skipped:
            rec.outcome = "skipped"
        rep.user_properties.append((results.USER_PROPERTY, rec.to_json()))


# ----------------------------------------------------------------------------- verdicts
def _state(config: pytest.Config):  # type: ignore[no-untyped-def]
    from ..session import STATE_KEY

    return config.stash.get(STATE_KEY, None)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return
    state = _state(session.config)
    if state is None or not state.records:
        return
    from ...verdicts.gates import evaluate

    state.gates = evaluate(state.records)
    mode = _inconclusive_mode(session.config)
    blocking = [g for g in state.gates if g["verdict"] == "fail" or (g["verdict"] == "inconclusive" and mode == "fail")]
    for g in state.gates:
        g["blocking"] = g in blocking
    if blocking and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def gate_lines(gates: list[dict[str, Any]], mode: str) -> list[str]:
    """Terminal lines: one per gate with n, rate and the bound used, then its misses."""
    lines = ["", f"audiotrust gates ({len(gates)}; inconclusive -> {mode}):"]
    for g in gates:
        verdict = g["verdict"].upper()
        rate = "-" if g["rate"] is None else f"{g['rate']:.3f}"
        bound = "-" if g["lower_bound"] is None else f"{g['lower_bound']:.4f}"
        figures = f"n={g['n']} passes={g['passes']} rate={rate} wilson_lower={bound} @{g['confidence']:g}"
        if g.get("value") is not None:
            figures = f"n={g['n']} mean={g['value']:.4f} bounds=[{g['lower_bound']}, {g['upper_bound']}] @{g['confidence']:g}"
        if g["repeats"] > 1:
            figures += f" pass^{g['repeats']}={g['pass_hat_k']:.3f} reducer={g['reducer']}"
        lines.append(f"  {verdict:<12} {g['name']}: {g['expression']}  {figures}  min_n={g['min_n']}")
        if g["reason"]:
            lines.append(f"               {g['reason']}")
        for miss in g["misses"][:5]:
            lines.append(f"               miss: {miss}")
        if len(g["misses"]) > 5:
            lines.append(f"               ... and {len(g['misses']) - 5} more miss(es)")
    return lines


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    state = _state(config)
    if state is None or not state.gates:
        return
    mode = _inconclusive_mode(config)
    for line in gate_lines(state.gates, mode):
        stripped = line.lstrip()
        markup = {"red": True} if stripped.startswith(("FAIL", "INCONCLUSIVE") if mode == "fail" else "FAIL") else (
            {"yellow": True} if stripped.startswith("INCONCLUSIVE") else ({"green": True} if stripped.startswith("PASS") else {}))
        terminalreporter.write_line(line, **markup)
