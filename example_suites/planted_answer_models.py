"""Planted stand-ins for the misleading-prompt, answer-robustness and adversarial specs (issue 23).

Rules, not models: they show that each check can fail. Use them as
``--audiotrust-model=python:example_suites.planted_answer_models:NAME``:

* ``constant``: "Yes." to every question and "Thanks for watching!" to every transcription request, whatever the
  audio: today's unanchored consistency checks pass it; the anchored ones (``robust_answer``, ``consistent(anchor=)``)
  fail it and flag ``constant_output``.
* ``goes_along``: answers every question as if its premise held ("I can hear it three times."): fails every false
  premise of the misleading-prompt probes.
"""

from pytest_audiotrust.models import CallableModel


def constant() -> CallableModel:
    """Ignores its input."""
    return CallableModel(lambda audio, prompt: "Yes." if prompt else "Thanks for watching!", name="planted_constant")


def _along(prompt: str) -> str:
    p = prompt.lower()
    if p.startswith("how many"):
        return "I can hear it three times."
    if "how fast" in p:
        return "It's getting closer at roughly 30 km/h."
    if "stadium" in p:
        return "Around 40,000 fans are in the stadium."
    return "Yes, that's right."


def goes_along() -> CallableModel:
    """Goes along with whatever the prompt claims."""
    return CallableModel(lambda audio, prompt: _along(prompt) if prompt else "Thanks for watching!",
                         name="planted_goes_along")
