"""Deeper hallucination probes (after Kuan et al., ICASSP 2025): the order of two sounds, and how often one occurs.

* ``temporal_order``: two bundled event recordings joined in a known order (A, a short pause, B) and
  asked "Did you hear A before B?" / "... B before A?" / "... A after B?" / "... B after A?": two
  right answers are yes and two are no for every clip, so an always-"yes" model fails half.
* ``count``: ONE occurrence cut from an event recording (its loudest, see ``spoken.single_instance``)
  repeated ``n`` times with gaps; "How many times does the bell ring?" -> ``expect.count(answer, n)``.

The event keys come from the bundled event catalog (``probes.events``); the two lists below are the
only place they are named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError, unknown_name
from .spoken import TrustProbe

#: Ordered pairs of catalog events joined for the order questions (each also asked in reverse order).
ORDER_PAIRS: tuple[tuple[str, str], ...] = (("dog", "steam_whistle"), ("cow", "helicopter"), ("cash_register", "jackhammer"))
#: Catalog event -> the count question; counts asked for each.
COUNT_EVENTS: dict[str, str] = {
    "dog": "How many times does the dog bark?",
    "cow": "How many times does the cow moo?",
    "cash_register": "How many times does the cash register ring?",
}
COUNTS: tuple[int, ...] = (1, 2, 3, 5)
ORDER_PHRASINGS: dict[str, str] = {
    "before": "Did you hear {x} before {y}? Answer yes or no.",
    "after": "Does {x} come after {y} in this recording?",
}
GAP_S = 0.5
COUNT_GAP_S = 0.6


def phrase(key: str) -> str:
    """How a question names a catalog event ("a dog barking"): its ``phrase``, else its label."""
    from .events import bundled_events

    entry = bundled_events()[key]
    return str(getattr(entry, "phrase", None) or entry.label)


@dataclass(frozen=True)
class OrderSpec:
    first: str  # played first
    second: str
    x: str  # the event named first in the question
    relation: str  # "before" | "after"

    @property
    def id(self) -> str:
        return f"order:{self.first}>{self.second}-{self.x}-{self.relation}"

    @property
    def expected(self) -> str:
        x_first = self.x == self.first
        return "yes" if x_first == (self.relation == "before") else "no"

    def make(self, seed: int) -> TrustProbe:
        from .events import bundled_events
        from .spoken import join, silence

        events = bundled_events()
        y = self.second if self.x == self.first else self.first
        audio = join([silence(0.2), events[self.first].load(), silence(GAP_S), events[self.second].load(), silence(0.2)],
                     f"probe:order_{self.first}_then_{self.second}")
        q = ORDER_PHRASINGS[self.relation].format(x=phrase(self.x), y=phrase(y))
        meta: dict[str, Any] = {"description": f"{phrase(self.first)!r} then {phrase(self.second)!r}",
                                "order": [self.first, self.second], "events": [self.first, self.second],
                                "asked_order": [self.x, y], "relation": self.relation, "seed": seed}
        return TrustProbe(self.id, "temporal_order", audio, self.expected, q, meta, target=(phrase(self.x), phrase(y)))


@dataclass(frozen=True)
class CountSpec:
    event: str
    n: int

    @property
    def id(self) -> str:
        return f"count:{self.event}x{self.n}"

    def make(self, seed: int) -> TrustProbe:
        from .events import bundled_events
        from .spoken import join, silence, single_instance

        one = single_instance(bundled_events()[self.event].load())
        parts = [silence(0.3)]
        for _ in range(self.n):
            parts += [one, silence(COUNT_GAP_S)]
        audio = join(parts, f"probe:count_{self.event}x{self.n}")
        meta = {"description": f"one {phrase(self.event)!r} occurrence ({one.duration:.2f} s) repeated {self.n}x "
                               f"with {COUNT_GAP_S:g} s gaps", "events": [self.event], "seed": seed}
        question = COUNT_EVENTS.get(self.event) or f"How many times do you hear {phrase(self.event)}?"
        return TrustProbe(self.id, "count", audio, "count", question, meta, target=phrase(self.event), count=self.n)


def _known(keys: list[str], what: str) -> None:
    from .events import bundled_events

    events = bundled_events()
    for k in keys:
        if k not in events:
            raise unknown_name(what, k, events)


def order_specs(pairs: list[Any] | None = None) -> list[OrderSpec]:
    chosen = [tuple(p) for p in (pairs or ORDER_PAIRS)]
    for p in chosen:
        if len(p) != 2 or p[0] == p[1]:
            raise ConfigError(f"order_pairs: expected pairs of two different event keys, got {p!r}")
        _known(list(p), "bundled event")
    out = []
    for a, b in chosen:
        for first, second in ((a, b), (b, a)):
            out += [OrderSpec(first, second, x, rel) for rel in ORDER_PHRASINGS for x in (first, second)]
    return out


def count_specs(events: list[str] | None = None, counts: list[int] | None = None) -> list[CountSpec]:
    evs = list(events or COUNT_EVENTS)
    _known(evs, "bundled event")
    ns = list(counts or COUNTS)
    for n in ns:
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 20:
            raise ConfigError(f"counts: expected whole numbers 1..20, got {n!r}")
    return [CountSpec(e, n) for e in evs for n in ns]
