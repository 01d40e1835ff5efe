"""The model runtime as users run it: k real samples for repeats, every model cached however it was made,
model identity in cache keys, a circuit breaker on dead endpoints, concurrent prefetch of question probes and
corrupted clips, clean usage errors, no state carried between in-process runs, xdist cache counts."""

from __future__ import annotations

import fnmatch
import json
import socket
from pathlib import Path

import jiwer  # noqa: F401  (pytester in-process runs need these imported up front)
import numpy as np
import pytest
import soundfile  # noqa: F401
import soxr  # noqa: F401
from _openai_server import OpenAIServer

from pytest_audiotrust import expect, results


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


@pytest.fixture(autouse=True)
def _own_cache_dir(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "responses"))


# ----------------------------------------------------------------------------- repeats are k real samples
STOCHASTIC_CONFTEST = """
import pytest
from pytest_audiotrust.models import CallableModel

LOG = {log!r}
ANSWERS = ["Yes, a dog is barking twice near the start.", "I don't hear a dog; the clip is silent.",
           "Yes, there is a dog barking in the background."]

def answer(audio, prompt):
    with open(LOG, "a") as fh:
        fh.write("call\\n")
    with open(LOG) as fh:
        n = len(fh.read().splitlines())
    return ANSWERS[(n - 1) % len(ANSWERS)]  # a sampling model: another answer on each call

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(answer, name="sampler")
"""

REPEATED = """
import numpy as np
import pytest
from pytest_audiotrust import expect

@pytest.mark.audiotrust(repeats=3)
def test_hears_the_dog(audiotrust_model):
    expect.affirms(audiotrust_model.ask((np.zeros(1600, "float32"), 16000), "Is there a dog barking?"))
"""


def test_repeats_are_k_samples_each_cached(pytester: pytest.Pytester) -> None:
    log = pytester.path / "calls.log"
    pytester.makeconftest(STOCHASTIC_CONFTEST.format(log=str(log)))
    pytester.makepyfile(test_rep=REPEATED)
    out = pytester.path / "out.json"
    pytester.runpytest("-p", "no:randomly", f"--audiotrust-json={out}")
    assert len(_lines(log)) == 3  # three runs, three real calls (not one call and two cache hits)
    (gate,) = json.loads(out.read_text())["gates"]
    assert gate["repeats"] == 3 and gate["pass_hat_k"] == 0.0  # 2 of the 3 samples affirm: pass^3 fails
    assert gate["verdict"] == "fail"
    pytester.runpytest("-p", "no:randomly", f"--audiotrust-json={out}")
    assert len(_lines(log)) == 3  # warm: each repeat's own sample from the cache
    assert json.loads(out.read_text())["gates"][0]["pass_hat_k"] == 0.0


# ----------------------------------------------------------------------------- the README's first recipe
README_CONFTEST = """
import pytest
from pytest_audiotrust.models import CallableModel

def my_asr(samples, sample_rate):
    with open({log!r}, "a") as fh:
        fh.write(f"{{len(samples)}} samples at {{sample_rate}}\\n")
    return "" if float(abs(samples).max()) < 0.01 else "Turn off the lights in the kitchen."

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(lambda audio, prompt: my_asr(audio.samples, audio.sample_rate))
"""

README_SUITE = """
from pytest_audiotrust import expect

def test_transcript_is_accurate(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.15)

def test_no_words_from_non_speech(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
"""


def _verdicts(result: pytest.RunResult) -> list[str]:
    return sorted(line.split(" - ")[0] for line in result.outlines if line.startswith(("PASSED ", "FAILED ", "ERROR ")))


def test_readme_conftest_model_is_cached_warm_rerun_makes_no_calls(small_clip_set, pytester: pytest.Pytester) -> None:
    log = pytester.path / "calls.log"
    pytester.makeconftest(README_CONFTEST.format(log=str(log)))
    pytester.makeini("[pytest]\naudiotrust_normalizer = basic\n" + small_clip_set(2))
    pytester.makepyfile(test_readme=README_SUITE)
    cold = pytester.runpytest("-p", "no:randomly", "-rA")
    n = sum(cold.parseoutcomes().get(k, 0) for k in ("passed", "failed"))
    cold_calls = len(_lines(log))
    assert n >= 3 and cold_calls == n  # one call per distinct input
    warm = pytester.runpytest("-p", "no:randomly", "-rA")
    assert len(_lines(log)) == cold_calls  # 0 model calls on the warm re-run
    assert _verdicts(warm) == _verdicts(cold)
    warm.stdout.fnmatch_lines([f"audiotrust model cache (rw), *: {n} hits, 0 misses*"])


def test_models_from_the_factory_fixture_and_plain_callables_are_wrapped(pytester: pytest.Pytester) -> None:
    log = pytester.path / "calls.log"
    pytester.makeconftest(f"""
import pytest

@pytest.fixture(scope="session")
def audiotrust_model():
    def plain(audio, prompt):  # not even a CallableModel
        with open({str(log)!r}, "a") as fh:
            fh.write("call\\n")
        return ""
    return plain
""")
    pytester.makepyfile("""
import numpy as np
from pytest_audiotrust import expect, results

def test_plain(audiotrust_model):
    expect.no_speech(audiotrust_model.transcribe((np.zeros(1600, "float32"), 16000)))
    assert results.current().model == "python:audiotrust_model.<locals>.plain"
""")
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)
    assert len(_lines(log)) == 1


# ----------------------------------------------------------------------------- identity: a redeploy is a miss
def _silent_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_served="""
import numpy as np

def test_one(audiotrust_model):
    assert audiotrust_model.transcribe((np.zeros(8000, "float32"), 16000)).text
""")


def test_redeploy_under_the_same_name_is_a_cache_miss(pytester: pytest.Pytester) -> None:
    with OpenAIServer(lambda audio, prompt: "hello from the server") as server:
        _silent_suite(pytester)
        spec = f"--audiotrust-model=openai:{server.base_url}#m"

        def posts() -> int:
            return sum(1 for r in server.requests if r["path"].endswith("/chat/completions"))

        pytester.runpytest("-p", "no:randomly", spec).assert_outcomes(passed=1)
        pytester.runpytest("-p", "no:randomly", spec).assert_outcomes(passed=1)
        assert posts() == 1 and server.gets.count("/v1/models") == 2  # /v1/models: once per session
        server.models = [{"id": "m", "object": "model", "created": 2, "owned_by": "test"}]  # new weights, same name
        pytester.runpytest("-p", "no:randomly", spec).assert_outcomes(passed=1)
        assert posts() == 2
        pytester.runpytest("-p", "no:randomly", spec).assert_outcomes(passed=1)
        assert posts() == 2
        out = pytester.path / "out.json"
        pinned = spec + "?revision=2026-12-01"
        pytester.runpytest("-p", "no:randomly", pinned, f"--audiotrust-json={out}").assert_outcomes(passed=1)
        assert posts() == 3  # a pinned revision is part of the key too
        info = json.loads(out.read_text())["meta"]["model_info"]  # the report names what was tested
        assert info["model.revision"] == "2026-12-01" and json.loads(info["model.served"])["created"] == 2


# ----------------------------------------------------------------------------- circuit breaker
def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dead_endpoint_fails_every_test_at_once_naming_the_url(small_clip_set, pytester: pytest.Pytester) -> None:
    url = f"http://127.0.0.1:{_dead_port()}/v1"
    pytester.makeini("[pytest]\naudiotrust_normalizer = basic\n" + small_clip_set(2))
    pytester.makepyfile(test_dead="""
import pytest
from pytest_audiotrust import expect

@pytest.mark.parametrize("i", range(10))
def test_call(audiotrust_model, speech_clip, i):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript)
""")
    out = pytester.path / "out.json"
    result = pytester.runpytest("-p", "no:randomly", f"--audiotrust-model=openai:{url}#m", f"--audiotrust-json={out}")
    result.assert_outcomes(failed=20)
    doc = json.loads(out.read_text())
    errors = [c["error"] for c in doc["records"]]
    assert url in doc["meta"]["model_info"]["model.unavailable"]  # the report says so too
    assert len(errors) == 20 and all(f"circuit breaker open: {url} failed 3 times in a row" in e for e in errors)
    assert all("(first error: connection error at http://127.0.0.1" in e for e in errors)  # the first error, named
    summary = [ln for ln in result.outlines if "is unreachable" in ln]
    assert len(summary) == 1 and url in summary[0]


def test_breaker_opens_after_n_consecutive_failures_and_a_success_resets_it() -> None:
    from pytest_audiotrust.errors import ModelError
    from pytest_audiotrust.models.openai import OpenAICompatible

    with OpenAIServer(lambda audio, prompt: "ok") as server:
        model = OpenAICompatible(server.base_url, "m", max_retries=0, breaker=2, timeout=0.3)
        server.hang = 0.6
        audio = (np.zeros(1600, "float32"), 16000)
        server.inject("timeout")
        with pytest.raises(ModelError, match="timed out"):
            model.transcribe(audio)
        assert model.transcribe(audio).text == "ok"  # a success resets the count
        server.inject("timeout", "timeout")
        with pytest.raises(ModelError, match="timed out"):
            model.transcribe(audio)
        with pytest.raises(ModelError, match=r"circuit breaker open: .* failed 2 times in a row \(first error: timed out"):
            model.transcribe(audio)
        sent = len(server.requests)
        with pytest.raises(ModelError, match="circuit breaker open"):
            model.transcribe(audio)
        assert len(server.requests) == sent  # open: nothing is sent any more
        assert model.unavailable and server.base_url in model.unavailable


# ----------------------------------------------------------------------------- prefetch of everything known
def _answer(audio, prompt):
    if prompt is None or prompt.startswith("Transcribe"):
        return ""
    return "No, I don't hear that; the recording has something else in it."


PROBE_SUITE = """
import pytest
from pytest_audiotrust import expect

def test_absent(audiotrust_model, absent_event_probe):
    audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question)

@pytest.mark.audiotrust(repeats=2)
def test_mismatched(audiotrust_model, mismatched_audio_probe):
    audiotrust_model.ask(mismatched_audio_probe.audio, mismatched_audio_probe.question)

@pytest.mark.audiotrust(corruptions=["noise.white"], severities=[1, 3])
def test_noisy(audiotrust_model, speech_clip, corruption):
    audiotrust_model.transcribe(corruption(speech_clip))
"""


def test_prefetch_sends_question_probes_and_corrupted_clips_concurrently(small_clip_set, pytester: pytest.Pytester) -> None:
    with OpenAIServer(_answer, latency=0.02) as server:
        pytester.makeini("[pytest]\naudiotrust_normalizer = basic\n" + small_clip_set(2))
        pytester.makepyfile(test_probes=PROBE_SUITE)
        out = pytester.path / "out.json"
        result = pytester.runpytest("-p", "no:randomly", f"--audiotrust-model=openai:{server.base_url}#m?concurrency=8",
                                    f"--audiotrust-json={out}")
        n = result.parseoutcomes()["passed"]
        assert n > 10 and "failed" not in result.parseoutcomes()
        posts = [r for r in server.requests if r["path"].endswith("/chat/completions")]
        assert server.max_in_flight > 1  # concurrent
        # every test read its answer from the cache the prefetch filled (one request per distinct input)
        result.stdout.fnmatch_lines([f"audiotrust model cache (rw), *: {n} hits, {len(posts)} misses, {len(posts)} written*"])
    # the time spent before the tests is in the JSON: every request the server saw (identical inputs go once),
    # and at least the server's latency over 8 parallel slots
    prefetch = json.loads(out.read_text())["extras"]["prefetch"]
    assert prefetch["requests"] >= len(posts) and prefetch["answered"] >= len(posts)
    assert prefetch["model_s"] >= 0.02 * len(posts) / 8


@pytest.mark.parametrize("mode", ["off", "read"])
def test_prefetch_is_concurrent_in_every_cache_mode_and_writes_nothing(mode, small_clip_set, pytester: pytest.Pytester) -> None:
    """``off`` / ``read`` (empty cache): the same requests as a cold ``rw`` run, sent concurrently before the
    tests, held in memory; the tests ask the server nothing more; nothing lands on disk."""
    pytester.makeini("[pytest]\naudiotrust_normalizer = basic\n" + small_clip_set(2))
    pytester.makepyfile(test_probes=PROBE_SUITE)
    with OpenAIServer(_answer, latency=0.02) as server:
        spec = f"--audiotrust-model=openai:{server.base_url}#m?concurrency=8"
        cold = pytester.runpytest("-p", "no:randomly", spec, "--audiotrust-cache=rw", "-o", "cache_dir=rwcache")
        rw_posts = len([r for r in server.requests if r["path"].endswith("/chat/completions")])
    responses = pytester.path / "responses"
    for entry in list(responses.rglob("*")) if responses.exists() else []:  # forget what the rw run stored
        if entry.is_file():
            entry.unlink()
    with OpenAIServer(_answer, latency=0.02) as server:
        result = pytester.runpytest("-p", "no:randomly", f"--audiotrust-model=openai:{server.base_url}#m?concurrency=8",
                                    f"--audiotrust-cache={mode}")
        posts = [r for r in server.requests if r["path"].endswith("/chat/completions")]
        in_flight = server.max_in_flight
    n = result.parseoutcomes()["passed"]
    assert n == cold.parseoutcomes()["passed"] and n > 10 and "failed" not in result.parseoutcomes()
    assert in_flight > 1  # the misses went out together, not one by one
    assert len(posts) == rw_posts < n  # one request per distinct input, as with the disk cache; no test asked again
    assert not [f for f in responses.rglob("*.json")] if responses.exists() else True  # nothing written
    result.stdout.fnmatch_lines([f"audiotrust prefetch (cache {mode}), *: {len(posts)} answers held in memory for this "
                                 f"session (none written), {n} used"])


# ----------------------------------------------------------------------------- usage errors
USAGE_CASES = [
    (["--audiotrust-threshold", "max_wer=abc"], "", "--audiotrust-threshold max_wer='abc': expected a number"),
    (["--audiotrust-threshold=max_wer=abc"], "", "--audiotrust-threshold max_wer='abc': expected a number"),
    (["--audiotrust-threshold", "max_wr=0.2"], "", "--audiotrust-threshold 'max_wr=0.2': unknown threshold 'max_wr'; "
                                                   "did you mean 'max_wer'"),
    (["--audiotrust-seed", "xyz"], "", "--audiotrust-seed: expected an integer or 'last', got 'xyz'"),
    ([], "audiotrust_seed = 1.5", "ini audiotrust_seed: expected an integer or 'last', got '1.5'"),
    (["--audiotrust-model=nosuch:thing"], "", "unknown model scheme 'nosuch'"),
    (["-n", "2", "--audiotrust-model=nosuch:thing"], "", "--audiotrust-model='nosuch:thing': unknown model scheme"),
    (["--audiotrust-model=openai:http://h/v1"], "", "expected openai:<base_url>#<model>"),
    (["--audiotrust-clips=/no/such/dir"], "", "--audiotrust-clips='/no/such/dir'"),
    ([], "audiotrust_model = nosuch:thing", "ini audiotrust_model='nosuch:thing': unknown model scheme"),
    ([], "audiotrust_cache = sometimes", "ini audiotrust_cache='sometimes': expected one of off, read, rw"),
    ([], "audiotrust_prefetch = maybe", "ini audiotrust_prefetch='maybe': expected one of off, on, auto"),
    ([], "audiotrust_normalizer = fancy", "ini audiotrust_normalizer='fancy'"),
    ([], "audiotrust_thresholds = max_wer", "ini audiotrust_thresholds 'max_wer': expected NAME=VALUE"),
    (["--audiotrust-report=."], "", "--audiotrust-report='.': is a directory"),
    (["--audiotrust-json=notes.txt/out.json"], "", "--audiotrust-json='notes.txt/out.json': notes.txt is a file"),
]


@pytest.mark.parametrize(("args", "ini", "message"), USAGE_CASES, ids=[c[2][:40] for c in USAGE_CASES])
def test_bad_options_are_one_line_usage_errors(pytester: pytest.Pytester, args: list[str], ini: str, message: str) -> None:
    (pytester.path / "notes.txt").write_text("a file, not a folder")
    pytester.makeini(f"[pytest]\n{ini}\n")
    pytester.makepyfile(test_any="def test_model(audiotrust_model):\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [ln for ln in result.errlines if ln.strip()]
    assert len(errors) == 1 and errors[0].startswith("ERROR: ") and message in errors[0], errors
    text = "\n".join(result.outlines + result.errlines)
    assert "Traceback" not in text and "INTERNALERROR" not in text


# ----------------------------------------------------------------------------- no state carried between runs
def test_in_process_runs_do_not_leak_settings_or_records(pytester: pytest.Pytester, request: pytest.FixtureRequest) -> None:
    pytester.makepyfile(test_inner="""
import os
from pytest_audiotrust import expect

def test_threshold():
    assert expect._threshold("max_wer", None) == tuple(eval(os.environ["WANT"]))
""")
    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("WANT", "(0.9, 'cli')")
        pytester.runpytest("-p", "no:randomly", "--audiotrust-threshold", "max_wer=0.9").assert_outcomes(passed=1)
        mp.setenv("WANT", "(0.15, 'default')")
        pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=1)
    finally:
        mp.undo()
    # and the test that started both runs still has its own settings and record
    assert expect._threshold("max_wer", None) == (0.15, "default")
    assert results.current().nodeid == request.node.nodeid


# ----------------------------------------------------------------------------- xdist: counts summed
def test_cache_counts_are_summed_over_xdist_workers(small_clip_set, pytester: pytest.Pytester) -> None:
    log = pytester.path / "calls.log"
    pytester.makeconftest(README_CONFTEST.format(log=str(log)))
    pytester.makeini("[pytest]\naudiotrust_normalizer = basic\n" + small_clip_set(4))
    pytester.makepyfile(test_x="""
import pytest
from pytest_audiotrust import expect

@pytest.mark.parametrize("again", range(2))
def test_transcribed(audiotrust_model, speech_clip, again):
    assert audiotrust_model.transcribe(speech_clip).text
""")
    pytester.runpytest("-p", "no:randomly")  # warm the cache serially: 4 calls
    assert len(_lines(log)) == 4
    warm = pytester.runpytest_subprocess("-p", "no:randomly", "-n", "2")
    warm.assert_outcomes(passed=8)
    assert len(_lines(log)) == 4
    lines = [ln for ln in warm.outlines if ln.startswith("audiotrust model cache")]
    # one line, naming the model, with both workers' counts summed
    assert len(lines) == 1 and fnmatch.fnmatch(lines[0], "audiotrust model cache (rw), *: 8 hits, 0 misses, 0 written, "
                                                        "0 unreadable entries replaced"), lines


def test_a_fixture_returning_no_model_fails_its_tests_naming_the_fixture(pytester: pytest.Pytester) -> None:
    pytester.makeconftest("""
import pytest

@pytest.fixture(scope="session")
def audiotrust_model():
    return "whisper:tiny.en"  # a spec string, not a model
""")
    pytester.makepyfile("def test_a(audiotrust_model):\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*ConfigError: audiotrust_model returned str; expected an AudioModel or a callable*"])
