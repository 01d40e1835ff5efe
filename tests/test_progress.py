"""Progress of the prefetch on pytest's terminal: periodic lines when output is not a terminal (no ``\\r``),
nothing under ``-q``, one prefixed line stream per xdist worker; and the line's arithmetic (rate, ETA)."""

from __future__ import annotations

import re

import jiwer  # noqa: F401  (pytester in-process runs need these imported up front)
import pytest
import soundfile  # noqa: F401
import soxr  # noqa: F401
from _openai_server import OpenAIServer

from pytest_audiotrust.hooks.progress import duration, progress_text

SUITE = """
import pytest

def test_absent(audiotrust_model, absent_event_probe):
    audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question)
"""


def _answer(audio, prompt):  # type: ignore[no-untyped-def]
    return "I don't hear that; the clip has something else in it, maybe a car passing."


@pytest.fixture(autouse=True)
def _own_cache_dir(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "responses"))


def _setup(pytester: pytest.Pytester, interval: str) -> None:
    pytester.makeini(f"[pytest]\naudiotrust_progress_interval = {interval}\n")
    pytester.makepyfile(test_probes=SUITE)


PROGRESS = re.compile(r"audiotrust prefetch, (?P<model>\S+): (?P<done>\d+)/(?P<total>\d+) answers")


def test_prefetch_progress_is_periodic_lines_without_a_terminal(pytester: pytest.Pytester) -> None:
    _setup(pytester, "0.3")
    with OpenAIServer(_answer, latency=0.1) as server:  # 1 request at a time: seconds of prefetch
        result = pytester.runpytest("-p", "no:randomly", f"--audiotrust-model=openai:{server.base_url}#m?concurrency=1")
        n_requests = len(server.requests)
    n = result.parseoutcomes()["passed"]
    text = "\n".join(result.outlines)
    assert "\r" not in text  # not a terminal: whole lines, no in-place rewrites
    result.stdout.fnmatch_lines([f"audiotrust prefetch, *: preparing the inputs of {n} tests",
                                 f"audiotrust prefetch, *: 0/{n_requests} answers (0 %)",
                                 f"audiotrust prefetch, *: {n_requests}/{n_requests} answers in *s, */s"])
    counts = [(int(m["done"]), int(m["total"])) for m in map(PROGRESS.search, result.outlines) if m]
    middle = [d for d, t in counts if 0 < d < t]
    assert middle, counts  # lines while it ran, with a rate and an ETA
    assert any(re.search(r"\d+/\d+ answers \(\d+ %\), [\d.]+(/s| s each), ETA \d+", ln) for ln in result.outlines)
    assert [d for d, _ in counts] == sorted(d for d, _ in counts)  # it only goes forward
    assert all(m["model"].startswith("openai:") for m in map(PROGRESS.search, result.outlines) if m)  # names its model


def test_no_progress_under_q(pytester: pytest.Pytester) -> None:
    _setup(pytester, "0.3")
    with OpenAIServer(_answer, latency=0.05) as server:
        result = pytester.runpytest("-q", "-p", "no:randomly", f"--audiotrust-model=openai:{server.base_url}#m")
    assert result.parseoutcomes()["passed"] > 5
    assert not [ln for ln in result.outlines if "audiotrust prefetch" in ln]


def test_xdist_workers_write_prefixed_lines(pytester: pytest.Pytester) -> None:
    _setup(pytester, "0.3")
    with OpenAIServer(_answer, latency=0.05) as server:
        result = pytester.runpytest_subprocess("-n", "2", "-p", "no:randomly",
                                               f"--audiotrust-model=openai:{server.base_url}#m?concurrency=1")
    assert result.parseoutcomes()["passed"] > 5
    lines = [ln for ln in result.outlines + result.errlines if "audiotrust prefetch" in ln]
    assert "\r" not in "\n".join(result.outlines + result.errlines)
    # each worker prefetches its own share and says so on its own lines
    assert {ln.split("]")[0] + "]" for ln in lines} == {"[gw0]", "[gw1]"}, lines
    assert all(re.match(r"\[gw[01]\] audiotrust prefetch, openai:\S+: ", ln) for ln in lines), lines
    finals = [ln for ln in lines if " answers in " in ln]
    assert len(finals) == 2, lines


def test_a_bad_interval_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\naudiotrust_progress_interval = often\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*ini audiotrust_progress_interval='often': expected a number of seconds*"])


@pytest.mark.parametrize(("done", "total", "elapsed", "want"), [
    (0, 1110, 0.0, "p: 0/1110 answers (0 %)"),
    (111, 1110, 30.0, "p: 111/1110 answers (10 %), 3.7/s, ETA 4m30s"),
    (3, 10, 6.0, "p: 3/10 answers (30 %), 2.0 s each, ETA 14s"),
    (10, 10, 5.0, "p: 10/10 answers (100 %), 2.0/s"),
])
def test_progress_line_rate_and_eta(done: int, total: int, elapsed: float, want: str) -> None:
    # expected figures worked out by hand: 111 in 30 s is 3.7/s; the 999 left take 270 s = 4m30s
    assert progress_text("p", done, total, elapsed) == want


def test_duration_formats() -> None:
    assert [duration(s) for s in (0, 59.4, 61, 3599, 3720)] == ["0s", "59s", "1m01s", "59m59s", "1h02m"]
