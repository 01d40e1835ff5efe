"""Question probes for audio LLMs: absent events (POPE-style), present-event controls, no/mismatched audio.

* ``absent``: "Is there a sound of X?" about a bundled event clip where X is absent; X is chosen
  ``random`` (seeded, any absent sound), by ``popularity`` (the most frequent absent sound) or
  ``adversarial`` (a sound that often co-occurs with the one present) — after Kuan et al. (2024).
  Right answer: "no".
* ``present``: the same phrasings asking about the sound that *is* there. Right answer: "yes"
  (so a model that always says "no" fails).
* ``mismatched``: a question about X asked with audio that lacks X: silence (no audio at all),
  noise, another event, or speech. Right answer: "no" ("abstain" also accepted for silence).
  Exposes answers from text priors rather than from listening.

Every item is asked in several phrasings (``PHRASINGS``): wording alone moves results a lot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError, unknown_name
from ..inputs.seeding import derive_seed
from .base import Probe
from .events import CO_OCCURS, POPULARITY, VOCABULARY

PHRASINGS: tuple[str, ...] = (
    "Is there a sound of {x} in the audio?",
    "Do you hear {x} in this recording? Answer yes or no.",
    "Does this clip contain {x}?",
)
STRATEGIES: tuple[str, ...] = ("random", "popularity", "adversarial")
CONTROLS: tuple[str, ...] = ("silence", "noise", "other_event", "speech")
POPULAR_TOP_K = 3


def choose_absent(event: str, strategy: str, seed: int) -> str:
    """The vocabulary key of a sound absent from ``event``'s clip, chosen by ``strategy``."""
    import numpy as np

    rng = np.random.default_rng(derive_seed(seed, "absent", event, strategy))
    if strategy == "random":
        candidates = [k for k in VOCABULARY if k != event]
        return candidates[int(rng.integers(len(candidates)))]
    if strategy == "popularity":  # POPE: one of the top-k most frequent sounds that are absent
        top = [k for k in POPULARITY if k != event][:POPULAR_TOP_K]
        return top[int(rng.integers(len(top)))]
    if strategy == "adversarial":
        return CO_OCCURS[event][0]
    raise unknown_name("absent-event strategy", strategy, STRATEGIES)


@dataclass(frozen=True)
class QuestionSpec:
    """One question probe, known at collection time (no audio loaded yet)."""

    id: str
    family: str  # "absent" | "present" | "mismatched"
    event: str  # the event clip the question is *about* (its audio is used for absent/present)
    asked_about: str  # vocabulary key in the question
    phrasing: int
    expected: str
    strategy: str | None = None
    control: str | None = None

    @property
    def question(self) -> str:
        return PHRASINGS[self.phrasing].format(x=VOCABULARY[self.asked_about])

    def _audio(self, seed: int):  # -> Audio
        import numpy as np

        from ..inputs.audio import Audio
        from .events import bundled_events

        events = bundled_events()
        if self.control is None:
            return events[self.event].load()
        if self.control == "silence":
            return Audio(np.zeros(3 * 16_000, np.float32), 16_000, "probe:silence")
        if self.control == "noise":
            from ..corruptions.noise import colored_noise
            from ..inputs.derived import built

            def pink() -> tuple[Audio, dict[str, Any]]:
                x = colored_noise(3 * 16_000, np.random.default_rng(seed), 1.0) * 10 ** (-30 / 20)
                return Audio(x.astype(np.float32), 16_000, "probe:noise.pink_-30dBFS"), {}

            return built({"kind": "probe", "name": "noise.pink_-30dBFS", "seconds": 3, "seed": seed}, pink)[0]
        if self.control == "other_event":
            return events[other_event(self.event)].load()
        if self.control == "speech":
            from ..inputs.clips import bundled_clips

            return bundled_clips()[0].load().audio
        raise unknown_name("mismatched-audio control", self.control, CONTROLS)

    def make(self, seed: int) -> Probe:
        desc = {
            "absent": f"asks about {VOCABULARY[self.asked_about]!r} ({self.strategy} choice) in a clip of "
                      f"{VOCABULARY[self.event]!r}; it is absent",
            "present": f"asks about {VOCABULARY[self.asked_about]!r} in a clip of it (control: right answer yes)",
            "mismatched": f"asks about {VOCABULARY[self.asked_about]!r} with {self._control_words()} instead",
        }[self.family]
        meta: dict[str, Any] = {"description": desc, "event": self.event, "asked_about": self.asked_about,
                                "phrasing": self.phrasing, "seed": seed, "target": VOCABULARY[self.asked_about],
                                "target_terms": list(asked_terms(self.asked_about))}
        if self.strategy:
            meta["strategy"] = self.strategy
        if self.control:
            meta["control"] = self.control
        accept = ("abstain",) if self.control == "silence" else ()
        return Probe(self.id, self.family, self._audio(seed), self.expected, self.question, meta, None, accept)

    def _control_words(self) -> str:
        return {"silence": "3 s of digital silence (no audio)", "noise": "3 s of pink noise",
                "other_event": f"a clip of {VOCABULARY[other_event(self.event)]!r}",
                "speech": "a speech clip"}.get(self.control or "", "")


def asked_terms(asked_about: str) -> tuple[str, ...]:
    """The words that name the sound a question asks about: its AudioSet label's synonyms (the bundled event's
    ``label`` when that is an AudioSet display name, else the vocabulary key), the phrase asked and the event's
    own ``synonyms``, if its manifest entry has them."""
    from ..vocab.sounds import lookup, target_terms
    from .events import bundled_events

    entry = bundled_events().get(asked_about)
    label = str(getattr(entry, "label", "") or "")
    return target_terms(label if lookup(label) else asked_about, VOCABULARY[asked_about],
                        extra=tuple(getattr(entry, "synonyms", None) or ()))


def other_event(event: str) -> str:
    """A different bundled event for the shuffled-audio control: the next one whose sound does not co-occur."""
    from .events import bundled_events

    names = list(bundled_events())
    i = names.index(event)
    for step in range(1, len(names)):
        cand = names[(i + step) % len(names)]
        if cand not in CO_OCCURS.get(event, ()):
            return cand
    raise ConfigError(f"no other bundled event to pair with {event!r}")


def _check(values: list[Any] | None, known: tuple[Any, ...], what: str) -> list[Any]:
    if values is None:
        return list(known)
    for v in values:
        if v not in known:
            raise unknown_name(what, str(v), [str(k) for k in known])
    return list(values)


def _events(events: list[str] | None) -> list[str]:
    from .events import bundled_events

    return _check(events, tuple(bundled_events()), "bundled event")


def _phrasings(phrasings: list[int] | None) -> list[int]:
    if phrasings is None:
        return list(range(len(PHRASINGS)))
    for p in phrasings:
        if not isinstance(p, int) or not 0 <= p < len(PHRASINGS):
            raise ConfigError(f"phrasings: expected indices 0..{len(PHRASINGS) - 1}, got {p!r}")
    return list(phrasings)


def absent_specs(seed: int, events: list[str] | None = None, strategies: list[str] | None = None,
                 phrasings: list[int] | None = None) -> list[QuestionSpec]:
    out = []
    for ev in _events(events):
        for strategy in _check(strategies, STRATEGIES, "absent-event strategy"):
            x = choose_absent(ev, strategy, seed)
            for p in _phrasings(phrasings):
                out.append(QuestionSpec(f"absent:{x}@{ev}-{strategy}-q{p}", "absent", ev, x, p, "no", strategy=strategy))
    return out


def present_specs(events: list[str] | None = None, phrasings: list[int] | None = None) -> list[QuestionSpec]:
    return [QuestionSpec(f"present:{ev}-q{p}", "present", ev, ev, p, "yes")
            for ev in _events(events) for p in _phrasings(phrasings)]


def mismatched_specs(events: list[str] | None = None, controls: list[str] | None = None,
                     phrasings: list[int] | None = None) -> list[QuestionSpec]:
    return [QuestionSpec(f"mismatched:{ev}-{c}-q{p}", "mismatched", ev, ev, p, "no", control=c)
            for ev in _events(events) for c in _check(controls, CONTROLS, "mismatched-audio control")
            for p in _phrasings(phrasings if phrasings is not None else [0])]
