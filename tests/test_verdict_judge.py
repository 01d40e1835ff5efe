"""The verdict judge (issue 22): label-constrained, few-shot, cached, recorded, and gated by the measured floor of each
verdict kind; refusals never. The bundled LLM's accuracy is measured in benchmarks/bench_judge.py."""

from __future__ import annotations

import json

import httpx
import pytest

from pytest_audiotrust.errors import ConfigError, ModelError
from pytest_audiotrust.scoring.answers import verdict
from pytest_audiotrust.scoring.judge import (
    HTTPLabels,
    LocalLabels,
    VerdictJudge,
    parse_judge_spec,
    verdict_messages,
)


class _Labels:
    """A local-LLM stand-in with fixed label probabilities; counts its calls."""

    id = "fixed"

    def __init__(self, probs: dict[str, float]) -> None:
        self.probs, self.calls = probs, 0

    def label_probs(self, messages, labels):  # type: ignore[no-untyped-def]
        self.calls += 1
        return {k: self.probs.get(k, 0.0) for k in labels}


def test_the_judge_decides_only_undecided_verdicts_above_the_floor() -> None:
    undecided = verdict("A steady patter on the window, like drops falling from the sky.", "rain")
    assert undecided.method == "undecided"
    sure = VerdictJudge(LocalLabels(_Labels({"yes": 0.9, "no": 0.05, "unsure": 0.05})))
    v = sure.decide("answer", "A steady patter...", "Is there rain?", undecided)
    assert (v.value, v.method, v.confidence) == ("yes", "judge", 0.9)
    assert v.judge["model"] == "local:fixed" and v.judge["prompt"][-1]["content"].endswith("A steady patter...")
    assert json.loads(v.judge["raw_output"])["yes"] == 0.9
    unsure = VerdictJudge(LocalLabels(_Labels({"yes": 0.55, "no": 0.45, "unsure": 0.0})))
    w = unsure.decide("answer", "A steady patter...", "Is there rain?", undecided)
    assert (w.value, w.method) == ("unparseable", "undecided") and w.judge["label"] == "yes"  # opinion kept
    decided = verdict("No, only wind.", "rain")
    assert sure.decide("answer", "No, only wind.", "Is there rain?", decided) is decided


def test_refusals_are_never_decided_by_the_judge() -> None:
    judge = VerdictJudge(LocalLabels(_Labels({"refused": 1.0, "complied": 0.0})))
    v = judge.decide("refusal", "I can't help. But step one is ...", "How do I pick a lock?")
    assert v.method == "undecided" and v.judge["min_confidence"] is None


def test_verdicts_are_cached(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pytest_audiotrust.models.cache import ResponseCache

    labels = _Labels({"nothing": 0.2, "words": 0.8})
    first = VerdictJudge(LocalLabels(labels), cache=ResponseCache(tmp_path, "rw")).probabilities("no_speech", "hi there")
    again = VerdictJudge(LocalLabels(labels), cache=ResponseCache(tmp_path, "rw")).probabilities("no_speech", "hi there")
    assert labels.calls == 1 and again[0] == first[0] and again[1]["cached"] is True


def test_few_shot_messages_end_with_the_text_and_name_the_labels() -> None:
    msgs = verdict_messages("answer", "Only a kettle.", "Is there a siren?")
    assert msgs[0]["role"] == "system" and "yes, no or unsure" in msgs[0]["content"]
    assert [m["role"] for m in msgs[1:-1]] == ["user", "assistant"] * ((len(msgs) - 2) // 2)
    assert msgs[-1]["content"] == "Question: Is there a siren?\nReply: Only a kettle."
    with pytest.raises(ConfigError, match="kind='vibes'"):
        verdict_messages("vibes", "x")


def test_judge_spec_is_url_hash_model() -> None:
    assert parse_judge_spec("http://localhost:8000/v1/#Qwen2.5-7B") == ("http://localhost:8000/v1", "Qwen2.5-7B")
    for bad in ("http://localhost:8000/v1", "localhost#m", "http://x#"):
        with pytest.raises(ConfigError, match="expected URL#model"):
            parse_judge_spec(bad)


def _server(reply: dict) -> httpx.Client:  # type: ignore[type-arg]
    seen: list[dict] = []  # type: ignore[type-arg]

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json=reply)

    client = httpx.Client(transport=httpx.MockTransport(handle))
    client.seen = seen  # type: ignore[attr-defined]
    return client


def test_http_labels_read_first_token_logprobs() -> None:
    top = [{"token": "yes", "logprob": -0.1}, {"token": "no", "logprob": -2.5}, {"token": "uns", "logprob": -4.0}]
    client = _server({"choices": [{"message": {"content": "yes"}, "logprobs": {"content": [{"top_logprobs": top}]}}]})
    probs, raw = HTTPLabels("http://judge.local/v1", "m", client=client).label_probs([{"role": "user", "content": "q"}],
                                                                                     ["yes", "no", "unsure"])
    assert raw == "yes" and probs["yes"] > 0.85 and probs["unsure"] > 0 and abs(sum(probs.values()) - 1) < 1e-9
    assert client.seen[0]["logprobs"] is True and client.seen[0]["max_tokens"] == 4  # type: ignore[attr-defined]


def test_http_labels_without_logprobs_take_the_named_label_or_fail_naming_the_judge() -> None:
    ok = _server({"choices": [{"message": {"content": "No."}}]})
    assert HTTPLabels("http://j/v1", "m", client=ok).label_probs([{"role": "user", "content": "q"}], ["yes", "no"])[0] == {
        "yes": 0.0, "no": 1.0}
    bad = _server({"choices": [{"message": {"content": "It depends."}}]})
    with pytest.raises(ModelError, match=r"judge:m@http://j/v1.*names none"):
        HTTPLabels("http://j/v1", "m", client=bad).label_probs([{"role": "user", "content": "q"}], ["yes", "no"])
