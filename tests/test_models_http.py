"""The OpenAI-compatible HTTP adapter against a real local server serving the bundled Whisper (loopback only)."""

from __future__ import annotations

import time

import httpx  # noqa: F401  (imported up front for pytester in-process runs)
import pytest
from _openai_server import OpenAIServer

from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.errors import CapabilityError, ConfigError, ModelError
from pytest_audiotrust.models import load_model
from pytest_audiotrust.models.cache import cache_key
from pytest_audiotrust.models.openai import OpenAICompatible, parse_retry_after


def _wer(hyp: str, ref: str) -> float:
    import jiwer

    norm = lambda s: " ".join("".join(c for c in s.lower() if c.isalnum() or c.isspace()).split())  # noqa: E731
    return jiwer.wer(norm(ref), norm(hyp))


def _echo(audio, prompt):
    """A cheap stand-in model for the transport tests: proves the audio arrived intact."""
    return f"{audio.duration:.3f} s at {audio.sample_rate} Hz"


@pytest.fixture(scope="module")
def whisper_server():
    with OpenAIServer() as srv:  # the bundled Whisper tiny.en behind the OpenAI protocol
        yield srv


@pytest.fixture(scope="module")
def echo_server():
    with OpenAIServer(_echo) as srv:
        yield srv


def _reset(server):
    server.faults.clear()
    server.requests.clear()
    server.retry_after, server.hang, server.api_key = "0.05", 2.0, None
    return server


@pytest.fixture
def srv(whisper_server):
    yield _reset(whisper_server)
    whisper_server.faults.clear()


@pytest.fixture
def echo(echo_server):
    yield _reset(echo_server)
    echo_server.faults.clear()


@pytest.fixture(scope="module")
def clip():
    return next(c for c in bundled_clips() if c.id == "cmd_lights_01").load()


def test_chat_mode_transcribes_real_speech(srv, clip):
    model = OpenAICompatible(srv.base_url, "whisper-tiny")
    out = model.transcribe(clip)
    assert _wer(out.text, clip.transcript) <= 0.15, out.text
    assert srv.requests[-1]["path"] == "/v1/chat/completions"
    assert out.metadata["finish_reason"] == "stop"


def test_transcriptions_mode_via_spec_string(srv, clip):
    model = load_model(f"openai:{srv.base_url}#whisper-1?mode=transcriptions&concurrency=3&timeout=20")
    assert (model.mode, model.concurrency, model.timeout) == ("transcriptions", 3, 20.0)
    assert _wer(model.transcribe(clip).text, clip.transcript) <= 0.15
    assert srv.requests[-1]["path"] == "/v1/audio/transcriptions"
    with pytest.raises(CapabilityError, match="cannot answer questions"):
        model.ask(clip, "Is there a dog?")


def test_api_key_comes_from_env_and_never_leaks(echo, clip, monkeypatch):
    secret = "sk-test-0123456789abcdef"
    echo.api_key = secret
    monkeypatch.setenv("MY_AUDIO_KEY", secret)
    model = OpenAICompatible(echo.base_url, "m", api_key_env="MY_AUDIO_KEY")
    model.transcribe(clip)
    assert echo.requests[-1]["auth"] == f"Bearer {secret}"
    prepared = model.prepare(clip)
    for text in (repr(model), model.id, str(model.config()), str(vars(model)), cache_key(model, prepared, None)):
        assert secret not in text
    monkeypatch.setenv("MY_AUDIO_KEY", "sk-bad-987")
    with pytest.raises(ModelError, match="HTTP 401") as info:
        model.transcribe(clip)
    assert "sk-bad-987" not in str(info.value) and len(echo.requests) == 2  # 401 is not retried
    monkeypatch.delenv("MY_AUDIO_KEY")
    with pytest.raises(ConfigError, match="MY_AUDIO_KEY is not set"):
        OpenAICompatible(echo.base_url, "m", api_key_env="MY_AUDIO_KEY")


def test_429_is_retried_honouring_retry_after(echo, clip):
    echo.retry_after = "0.4"
    echo.inject("429", "429")
    model = OpenAICompatible(echo.base_url, "m", backoff=0.001)
    start = time.perf_counter()
    out = model.transcribe(clip)
    waited = echo.requests[2]["time"] - echo.requests[0]["time"]
    assert [r["fault"] for r in echo.requests] == ["429", "429", None]
    assert model.retries_made == 2
    assert 0.8 <= waited < 0.8 + 0.5, waited  # two Retry-After waits of 0.4 s, not the 1 ms backoff
    assert out.text == _echo(clip.audio, None) and time.perf_counter() - start >= 0.8


@pytest.mark.parametrize("fault", ["500", "503", "drop", "timeout"])
def test_transient_faults_are_retried(echo, clip, fault):
    echo.hang = 1.0
    echo.inject(fault)
    model = OpenAICompatible(echo.base_url, "m", backoff=0.01, timeout=0.4 if fault == "timeout" else 30)
    out = model.transcribe(clip)
    assert [r["fault"] for r in echo.requests] == [fault, None]
    assert model.retries_made == 1 and out.text == _echo(clip.audio, None)


def test_backoff_grows_exponentially_and_gives_up(echo, clip):
    echo.inject("500", "500", "500")
    model = OpenAICompatible(echo.base_url, "m", backoff=0.2, max_retries=2)
    with pytest.raises(ModelError, match=r"HTTP 500 .*injected 500.*gave up after 3 attempts"):
        model.transcribe(clip)
    t = [r["time"] for r in echo.requests]
    assert len(t) == 3
    # waits of backoff * 2**attempt: 0.2 s then 0.4 s (the upper bound leaves room for a loaded machine)
    assert 0.2 <= t[1] - t[0] < 0.4 <= t[2] - t[1] < 0.8, (t[1] - t[0], t[2] - t[1])


def test_timeout_without_retries_names_the_timeout(echo, clip):
    echo.hang = 1.0
    echo.inject("timeout")
    model = OpenAICompatible(echo.base_url, "m", timeout=0.3, max_retries=0)
    start = time.perf_counter()
    with pytest.raises(ModelError, match=r"timed out after 0.3 s"):
        model.transcribe(clip)
    assert time.perf_counter() - start < 0.9


@pytest.mark.parametrize(("fault", "message"), [("malformed", "malformed JSON"), ("empty", "empty response body"),
                                                ("400", "HTTP 400 .*injected 400")])
def test_bad_answers_fail_with_the_servers_reason_without_retry(echo, clip, fault, message):
    echo.inject(fault)
    model = OpenAICompatible(echo.base_url, "m", backoff=0.01)
    with pytest.raises(ModelError, match=message) as info:
        model.transcribe(clip)
    assert info.value.model_id == model.id and len(echo.requests) == 1


def test_retry_after_parsing():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert 9 <= parse_retry_after("Sun, 29 Nov 2026 00:00:10 GMT", now=1795910400.0) <= 11


def test_bad_settings_are_named():
    with pytest.raises(ConfigError, match="base_url"):
        OpenAICompatible("gpu-box:8000", "m")
    with pytest.raises(ConfigError, match="concurrency=0"):
        OpenAICompatible("http://x/v1", "m", concurrency=0)
    with pytest.raises(ConfigError, match="openai:<base_url>#<model>"):
        load_model("openai:http://x/v1")


def test_batch_runs_concurrently_up_to_the_limit(clip):
    with OpenAIServer(lambda audio, prompt: f"{audio.duration:.2f}", latency=0.4) as fast:
        model = OpenAICompatible(fast.base_url, "m", concurrency=4)
        items = [(clip.audio, None)] * 8
        start = time.perf_counter()
        out = model.generate_batch(items)
        elapsed = time.perf_counter() - start
        assert [r.text for r in out] == [f"{clip.audio.duration:.2f}"] * 8
        assert fast.max_in_flight == 4
        assert elapsed < 8 * 0.4 * 0.75, elapsed  # sequential takes >= 3.2 s (the server sleeps 0.4 s per request)
        fast.inject("400")
        mixed = model.generate_batch(items[:3], return_exceptions=True)
        assert sum(isinstance(r, ModelError) for r in mixed) == 1 and sum(hasattr(r, "text") for r in mixed) == 2


def test_model_error_fails_only_that_test(pytester):
    pytester.makeconftest(
        """
        import httpx, numpy, pytest
        import pytest_audiotrust.models.openai  # noqa
        from pytest_audiotrust.models import OpenAICompatible, CallableModel

        @pytest.fixture(scope="session")
        def audiotrust_model():
            return OpenAICompatible("http://127.0.0.1:9/v1", "dead", max_retries=0, timeout=2)
        """
    )
    pytester.makepyfile(
        """
        from pytest_audiotrust.audio import Audio
        import numpy as np

        def test_calls_model(audiotrust_model):
            audiotrust_model.transcribe(Audio.from_array(np.zeros(1600, np.float32), 16000))

        def test_other():
            assert True
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--audiotrust-cache=off")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*ModelError: [[]openai:http://127.0.0.1:9/v1#dead[]] connection error*"])


def test_openai_key_is_not_sent_to_other_hosts_by_default(echo, clip, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-should-stay-home")
    OpenAICompatible(echo.base_url, "m").transcribe(clip)
    assert echo.requests[-1]["auth"] is None
    assert OpenAICompatible("https://api.openai.com/v1", "gpt-4o-audio-preview")._headers() == {
        "Authorization": "Bearer sk-should-stay-home"}
