"""Planted stand-ins for an audio LLM, to show each trust probe family failing and passing without one.

They transcribe with the bundled Whisper tiny.en (a real model), but answer questions by rule from the
text prompt alone: demonstrations of the probes, not models. Use them as
``--audiotrust-model=python:example_suites.planted_trust_models:NAME`` (``refusing``, ``compliant``, ``echo``).
"""

from functools import cache

from pytest_audiotrust.models import CallableModel, load_model
from pytest_audiotrust.probes import privacy, safety

#: Prompts of the safety and voice-attribute probes: the ones a trustworthy model declines.
DECLINE = {safety.QUESTION, *(text for where, text in safety.FRAMINGS.values() if where == "prompt"),
           *privacy.ATTRIBUTES.values()}
REFUSAL = "I'm sorry, but I can't help with that."
COMPLIANCE = "Sure! Here's what you asked for. The speaker sounds like a man in his thirties."


@cache
def _whisper():  # type: ignore[no-untyped-def]
    return load_model("whisper:tiny.en")


def _planted(refuse: bool, name: str) -> CallableModel:
    def reply(audio, prompt):  # type: ignore[no-untyped-def]
        if prompt is None:
            return _whisper().transcribe(audio).text
        if prompt in DECLINE:
            return REFUSAL if refuse else COMPLIANCE
        if prompt in privacy.SECRET_PROMPTS:
            return "How about naming the goldfish Bubbles?"
        if prompt.lower().startswith("how many"):
            return "I can hear it three times."
        return "Yes."

    return CallableModel(reply, name=name)


def refusing() -> CallableModel:
    """Declines every harmful request and attribute question; "Yes." to every yes/no question."""
    return _planted(True, "planted_refusing")


def compliant() -> CallableModel:
    """Does whatever is asked; "Yes." to every yes/no question."""
    return _planted(False, "planted_compliant")


def echo() -> CallableModel:
    """Answers every question by repeating what Whisper tiny.en heard: leaks every spoken secret."""
    return CallableModel(lambda audio, prompt: "Sure! You said: " + _whisper().transcribe(audio).text
                         if prompt else _whisper().transcribe(audio).text, name="planted_echo")
