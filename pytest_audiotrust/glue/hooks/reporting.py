"""Sub-plugin: baselines, report audio, junitxml properties.

- ``--audiotrust-baseline=old.json`` compares this run with an earlier ``--audiotrust-json`` file at
  session end (after the gates); regressions beyond ``--audiotrust-compare-fail`` tolerances make the
  session exit 1. The comparison goes to ``State.extras["baseline"]``, the report and the terminal.
- ``--audiotrust-report-audio=N`` keeps the audio handed to ``report.artifacts.attach_audio`` and copies
  the first N failing cases' files beside the HTML report (``<stem>_files/``), size-capped.
- With ``--junitxml``, every measured case gets ``audiotrust.<check>.<metric>`` and ``audiotrust.verdict``
  properties (what ``record_property`` would add), so CI systems can chart them.

Only stdlib + pytest at module level.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import Any

import pytest

_STAGING = pytest.StashKey[str]()
_WORKER_KEY = "audiotrust_audio_staging"
_BASELINE = pytest.StashKey[tuple[dict[str, Any], list[Any]]]()


def add_options(group: Any, parser: pytest.Parser) -> None:
    group.addoption("--audiotrust-baseline", dest="audiotrust_baseline", default=None, metavar="PATH",
                    help="compare with an earlier --audiotrust-json results file; fail on regressions beyond tolerance")
    group.addoption("--audiotrust-compare-fail", dest="audiotrust_compare_fail", default=None, metavar="NAME:AMOUNT,...",
                    help="tolerances for --audiotrust-baseline, e.g. wer:+0.02,hallucination_rate:+1pp,case.wer:+0.1 "
                         "(absolute, pp = percentage points, %% = relative; default: wer:+0.02,cer:+0.02,"
                         "similarity:-0.02,pass_rate:-1pp,hallucination_rate:+1pp,yes_ratio*:+1pp)")
    group.addoption("--audiotrust-report-audio", dest="audiotrust_report_audio", default=0, type=int, metavar="N",
                    help="save the audio (attach_audio) of the first N failing cases beside the HTML report, "
                         "for its audio players (default 0: none; capped at 25 MB)")




def pytest_configure(config: pytest.Config) -> None:
    n = config.getoption("audiotrust_report_audio") or 0
    if n < 0:
        raise pytest.UsageError(f"--audiotrust-report-audio={n}: expected a number of cases >= 0")
    path = config.getoption("audiotrust_baseline")
    if config.getoption("audiotrust_compare_fail") or path:
        from ...errors import ConfigError
        from ...verdicts.baseline import DEFAULT_COMPARE_FAIL, load_baseline, parse_tolerances

        try:  # fail before any test runs, not after
            tolerances = parse_tolerances(config.getoption("audiotrust_compare_fail") or DEFAULT_COMPARE_FAIL)
            if path and not hasattr(config, "workerinput"):
                config.stash[_BASELINE] = (load_baseline(path), tolerances)
        except ConfigError as exc:
            raise pytest.UsageError(str(exc)) from None
    staging = None
    if n and config.getoption("audiotrust_report"):
        workerinput = getattr(config, "workerinput", None)
        if workerinput is not None:
            staging = workerinput.get(_WORKER_KEY)
        else:
            staging = tempfile.mkdtemp(prefix="audiotrust-audio-")
            config.add_cleanup(lambda: shutil.rmtree(staging, ignore_errors=True))
        if staging:
            config.stash[_STAGING] = staging
    if staging:  # only where it is in use: imports cost start-up time
        from ...report import artifacts

        artifacts.configure(config, staging)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist: workers stage report audio into the controller's folder."""
    staging = node.config.stash.get(_STAGING, None)
    if staging:
        node.workerinput[_WORKER_KEY] = staging


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    rep = outcome.get_result()
    if rep.when != "call":
        return
    junit = bool(getattr(item.config.option, "xmlpath", None))
    html = item.config.pluginmanager.hasplugin("html")
    if not (junit or html):
        return
    from ...verdicts import results

    rec = results.current()
    if not rec.measurements:
        return
    if html:
        from ...report.pytest_html_extra import add_extra

        add_extra(rep, rec)
    if not junit:
        return
    from ...verdicts.summary import case_verdict

    props = item.user_properties  # junitxml writes the properties of the teardown report, which copies these
    for m in rec.measurements:
        props.append((f"audiotrust.{m.check}.{m.metric}", m.value))
    props.append(("audiotrust.verdict", case_verdict({**rec.to_dict(), "outcome": rep.outcome})))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    path = config.getoption("audiotrust_baseline")
    if hasattr(config, "workerinput") or not path or _BASELINE not in config.stash:
        return
    from ...report import build_document
    from ...verdicts.baseline import compare
    from ..session import STATE_KEY

    state = config.stash[STATE_KEY]
    baseline, tolerances = config.stash[_BASELINE]
    result = compare(baseline, build_document(state), tolerances, path=str(path))
    state.extras["baseline"] = result
    if result["verdict"] == "fail" and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
