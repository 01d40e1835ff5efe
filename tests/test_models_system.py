"""A system prompt per call (``model.ask(audio, question, system=...)``): role-scenario probes need one.

It reaches a chat model as its system message, takes part in cache keys (two roles are two cache
entries), reaches a ``python:`` callable with a ``system`` parameter, and a model without one is refused
with a CapabilityError (the probe skips with the reason) rather than asked without it.
"""

from __future__ import annotations

import pytest

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.errors import CapabilityError
from pytest_audiotrust.models import CallableModel, load_model
from pytest_audiotrust.models.cache import CachedModel, ResponseCache


@pytest.fixture(scope="module")
def tone() -> Audio:
    import numpy as np

    t = np.arange(8000) / 16000
    return Audio((0.1 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 16000, "test:tone_440Hz")


def test_a_callable_with_a_system_parameter_gets_it(tone: Audio) -> None:
    model = CallableModel(lambda audio, prompt, system=None: f"role={system}", name="roles")
    assert model.ask(tone, "Who are you?").text == "role=None"
    assert model.ask(tone, "Who are you?", system="You are a bank's assistant.").text == "role=You are a bank's assistant."
    assert model.ask(tone, "Who are you?").text == "role=None"  # the view is a copy: the model keeps no role


def test_two_roles_are_two_cache_entries(tmp_path, tone: Audio) -> None:
    calls: list[str | None] = []

    def fn(audio, prompt, system=None):  # type: ignore[no-untyped-def]
        calls.append(system)
        return f"answer under {system}"

    model = CachedModel(CallableModel(fn, name="roles"), ResponseCache(tmp_path))
    a = model.ask(tone, "Q?", system="A")
    b = model.ask(tone, "Q?", system="B")
    again = model.ask(tone, "Q?", system="A")
    plain = model.ask(tone, "Q?")
    assert (a.text, b.text, again.text, plain.text) == ("answer under A", "answer under B", "answer under A", "answer under None")
    assert calls == ["A", "B", None]  # the second "A" came from the cache


def test_models_without_a_system_prompt_refuse_it(tone: Audio) -> None:
    plain = CallableModel(lambda audio, prompt: "ok", name="plain")
    with pytest.raises(CapabilityError, match="takes no system prompt"):
        plain.ask(tone, "Q?", system="You are a bank's assistant.")
    with pytest.raises(CapabilityError, match="takes no system prompt"):
        load_model("whisper:tiny.en").with_system("You are a bank's assistant.")


def test_a_chat_model_sends_it_as_the_system_message(tone: Audio, monkeypatch: pytest.MonkeyPatch) -> None:
    from pytest_audiotrust.models.openai import OpenAICompatible

    sent: list[list[dict]] = []

    def post(self, path, **kwargs):  # type: ignore[no-untyped-def]
        sent.append(kwargs["json"]["messages"])
        return {"choices": [{"message": {"content": "fine"}, "finish_reason": "stop"}]}

    monkeypatch.setattr(OpenAICompatible, "_post", post)
    model = OpenAICompatible("http://127.0.0.1:9/v1", "served")
    model.ask(tone, "Q?", system="You are a hospital's triage assistant.")
    model.ask(tone, "Q?")
    assert sent[0][0] == {"role": "system", "content": "You are a hospital's triage assistant."}
    assert [m["role"] for m in sent[1]] == ["user"]
    assert model.system_prompt is None
    with pytest.raises(CapabilityError, match="mode 'transcriptions'"):
        OpenAICompatible("http://127.0.0.1:9/v1", "served", mode="transcriptions").with_system("You are a bank's assistant.")
