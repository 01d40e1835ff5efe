"""Semantic scoring: embeddings (bundled MiniLM, cached, explicit empties) and the optional LLM judge."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx  # noqa: F401  (the judge imports it inside pytester runs)
import hypothesis  # noqa: F401
import pytest
import sentence_transformers  # noqa: F401  (slow first import: once per process, before pytester runs)

import pytest_audiotrust.gates  # noqa: F401
from pytest_audiotrust import expect, results
from pytest_audiotrust.errors import ConfigError, ModelError
from pytest_audiotrust.scoring import similarity as sim
from pytest_audiotrust.scoring.judge import LLMJudge, parse_score


def test_paraphrase_scores_above_a_changed_command() -> None:
    same = sim.similarity("turn off the lights in the kitchen", "switch off the kitchen lights")
    changed = sim.similarity("turn off the lights in the kitchen", "turn on the lights in the garage")
    unrelated = sim.similarity("turn off the lights in the kitchen", "what is the weather tomorrow")
    assert same > 0.8 > changed > unrelated  # measured: ~0.9, ~0.6, ~0.1 with all-MiniLM-L6-v2
    assert unrelated < 0.3


def test_empties_are_explicit_not_embedded() -> None:
    assert sim.similarity("", "  ") == 1.0
    assert sim.similarity("", "turn off the lights") == 0.0
    assert sim.similarity("turn off the lights", " ") == 0.0
    raw = float((sim.embed([""]) @ sim.embed(["turn off the lights"]).T)[0, 0])
    assert 0.02 < raw < 0.4  # what the embedding alone would have said (the ~0.13 the design notes measured)


def test_embeddings_are_cached_per_text() -> None:
    text = "set an alarm for seven thirty tomorrow morning"
    sim.embed([text])
    counts = sim.embeddings().stats  # the session's
    before = dict(counts)
    sim.similarity(text, text + " please")
    sim.similarity(text, text + " please")
    assert counts["misses"] - before["misses"] == 1  # only the new text was encoded, once
    assert counts["hits"] - before["hits"] == 3


def test_bad_embedding_model_is_named() -> None:
    with pytest.raises(ConfigError, match="embedding model '/nonexistent/model' could not be loaded offline"):
        sim.similarity("a", "b", "/nonexistent/model")


def test_embedding_model_option_reaches_expect(pytester: pytest.Pytester) -> None:
    path = sim.default_model_path()
    pytester.makepyfile(
        f"""
        from pytest_audiotrust import expect
        def test_x():
            m = expect.consistent("turn off the lights", "switch the lights off", min_similarity=0.5)
            assert m.details["scorer"] == "embedding" and m.details["embedding_model"] == {path!r}
        """
    )
    pytester.runpytest("-q", f"--audiotrust-embedding-model={path}").assert_outcomes(passed=1)
    result = pytester.runpytest("-q", "--audiotrust-embedding-model=/nonexistent/model")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*ConfigError: embedding model '/nonexistent/model' could not be loaded offline*"])


# ----------------------------------------------------------------------------- LLM judge
class _JudgeServer:
    """An OpenAI-compatible chat endpoint on 127.0.0.1 answering from a script."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, str]] = []
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                status, content = server.replies.pop(0) if server.replies else (200, '{"score": 1.0, "reason": "same"}')
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def judge_server() -> Iterator[_JudgeServer]:
    server = _JudgeServer()
    yield server
    server.close()


@pytest.fixture
def record() -> Iterator[results.CaseRecord]:
    saved = results.current()
    rec = results.CaseRecord(nodeid="direct")
    results.start(rec)
    yield rec
    results.start(saved)


def test_judge_scores_and_everything_is_recorded(judge_server: _JudgeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    judge_server.replies = [(200, 'Sure. {"score": 0.35, "reason": "on vs off flips the command"}')]
    monkeypatch.setenv("MY_JUDGE_KEY", "k")
    judge = LLMJudge(judge_server.url, "tiny-judge", api_key_env="MY_JUDGE_KEY")
    assert "k" not in vars(judge).values()  # the key is read at request time, never stored
    saved = results.current()
    results.start(results.CaseRecord(nodeid="direct"))
    try:
        with pytest.raises(expect.ExpectationFailed) as info:
            expect.consistent("turn on the lights", "turn off the lights", min_similarity=0.8, judge=judge)
        (m,) = results.current().measurements
    finally:
        results.start(saved)
    assert m.value == 0.35 and not m.passed
    assert m.details["scorer"] == "llm_judge" and m.details["judge_model"] == "tiny-judge"
    assert m.details["judge_raw_output"] == 'Sure. {"score": 0.35, "reason": "on vs off flips the command"}'
    assert m.details["judge_reason"] == "on vs off flips the command"
    (req,) = judge_server.requests
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer k"
    assert req["body"]["model"] == "tiny-judge" and req["body"]["temperature"] == 0.0
    assert req["body"]["messages"][0]["content"] == m.details["judge_prompt"]
    assert "Transcript A: turn off the lights\nTranscript B: turn on the lights" in m.details["judge_prompt"]
    assert "scored by llm_judge" in str(info.value)


def test_judge_failures_name_the_judge(judge_server: _JudgeServer) -> None:
    judge = LLMJudge(judge_server.url, "tiny-judge", max_retries=1, backoff=0.0)
    judge_server.replies = [(200, "they are fairly similar")]
    with pytest.raises(ModelError, match=r"\[judge:tiny-judge@http://127.0.0.1:\d+/v1\] unparseable judge output.*fairly"):
        judge.judge("a", "b")
    judge_server.replies = [(500, "boom"), (500, "boom")]
    with pytest.raises(ModelError, match=r"HTTP 500 from http://127.0.0.1:\d+/v1/chat/completions.*gave up after 2 attempts"):
        judge.judge("a", "b")
    assert len(judge_server.requests) == 3
    # empties never reach the judge
    assert expect._semantic("", "", judge) == (1.0, {"scorer": "empty-text rule"})
    assert len(judge_server.requests) == 3


def test_judge_retries_like_the_model_adapter_and_caches_verdicts(judge_server: _JudgeServer, tmp_path) -> None:
    from pytest_audiotrust.models.cache import ResponseCache

    cache = ResponseCache(tmp_path / "judge", "rw")
    judge = LLMJudge(judge_server.url, "tiny-judge", backoff=0.0, cache=cache)
    judge_server.replies = [(503, "busy"), (200, '{"score": 0.2, "reason": "off is not on"}')]
    first = judge.judge("turn on the lights", "turn off the lights")
    assert first.score == 0.2 and len(judge_server.requests) == 2  # one retry after the 503
    again = LLMJudge(judge_server.url, "tiny-judge", cache=ResponseCache(tmp_path / "judge", "rw"))
    assert again.judge("turn on the lights", "turn off the lights") == first  # a fresh judge, from the cache
    assert len(judge_server.requests) == 2
    judge_server.replies = [(200, '{"score": 0.9, "reason": "same"}')]
    assert again.judge("turn on the lights", "switch on the lights").score == 0.9  # other texts: asked
    assert len(judge_server.requests) == 3 and cache.stats()["writes"] == 1


def test_judge_from_command_line_options(pytester: pytest.Pytester, judge_server: _JudgeServer) -> None:
    judge_server.replies = [(200, '{"score": 0.9, "reason": "same meaning"}')]
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect
        def test_x():
            m = expect.consistent("switch the lights off", "turn off the lights", min_similarity=0.85)
            assert m.details["scorer"] == "llm_judge" and m.value == 0.9
        """
    )
    pytester.runpytest("-q", f"--audiotrust-judge-url={judge_server.url}", "--audiotrust-judge-model=tiny-judge"
                       ).assert_outcomes(passed=1)
    assert expect.settings["judge"] is None  # never leaks past the run; never the default
    result = pytester.runpytest("-q", f"--audiotrust-judge-url={judge_server.url}")
    result.stderr.fnmatch_lines(["*--audiotrust-judge-url and --audiotrust-judge-model go together*"])


@pytest.mark.parametrize(("raw", "score"), [
    ('{"score": 0.7, "reason": "x"}', 0.7),
    ('```json\n{"score": 1, "reason": "same"}\n```', 1.0),
    ("0.25", 0.25),
    ("Score: .5", 0.5),
])
def test_parse_score(raw: str, score: float) -> None:
    assert parse_score(raw)[0] == score


@pytest.mark.parametrize("raw", ['{"score": 7}', "between 0.2 and 0.4", "", '{"score": true}'])
def test_parse_score_refuses_to_guess(raw: str) -> None:
    with pytest.raises(ValueError, match="expected JSON"):
        parse_score(raw)


def test_judge_arguments_are_checked() -> None:
    with pytest.raises(ConfigError, match="base_url='gpu-box:8000'"):
        LLMJudge("gpu-box:8000", "m")
    with pytest.raises(ConfigError, match=r"\{reference\} and \{output\}"):
        LLMJudge("http://x/v1", "m", prompt="rate it")


def test_embeddings_on_disk_spare_the_model_on_a_warm_run(tmp_path, monkeypatch) -> None:
    import numpy as np

    from pytest_audiotrust import memo
    from pytest_audiotrust.scoring import similarity as sim

    texts = ["turn off the lights", "set a timer for ten minutes"]
    disk = (str(tmp_path / "emb"), "rw")
    with memo.session():  # a session of its own: nothing embedded yet
        cold = sim.embed(texts, None, disk)
    files = sorted((tmp_path / "emb").rglob("*.npy"))
    assert len(files) == 2
    with memo.session():  # a new session: the embeddings come from disk

        def no_model(name):  # type: ignore[no-untyped-def]
            raise AssertionError("the embedding model must not be needed on a warm run")

        monkeypatch.setattr(sim, "_model", no_model)
        assert np.array_equal(sim.embed(texts, None, disk), cold)
    files[0].write_bytes(b"garbage")  # a damaged entry is a miss, recomputed and rewritten
    with memo.session():
        with pytest.raises(AssertionError, match="must not be needed"):
            sim.embed(texts, None, disk)
