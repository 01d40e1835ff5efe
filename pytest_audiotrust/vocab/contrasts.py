"""Words that contrast ("inside" / "outside", "big" / "little", "kitchen" / "bedroom"), from WordNet 3.0: its antonyms
(with each adjective's similar words) and nouns of one kind (sharing a direct hypernym in their two most frequent
senses, neither naming the other). The data, ``contrasts.json.gz`` beside this module, is written by
``scripts/make_contrasts.py`` (WordNet's licence: ``contrasts_COPYRIGHT.txt``). Loaded only when two answers each say
something of their own. Stdlib only."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..memo import memoized

DATA = Path(__file__).with_name("contrasts.json.gz")


@memoized
def _data() -> tuple[frozenset[tuple[str, str]], dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        raw: dict[str, Any] = json.load(f)
    antonyms = frozenset(tuple(p.split()) for p in raw["antonyms"])
    kinds = {w: frozenset(h) for w, h in raw["noun_kinds"].items()}
    senses = {w: frozenset(s) for w, s in raw["noun_senses"].items()}
    return antonyms, kinds, senses  # type: ignore[return-value]


def contrast(x: str, y: str) -> str | None:
    """How the lower-case words ``x`` and ``y`` contrast: "antonyms", "one kind" (nouns of one kind, neither a sense
    of the other's kind), or None."""
    if x == y:
        return None
    antonyms, kinds, senses = _data()
    if (min(x, y), max(x, y)) in antonyms:
        return "antonyms"
    kx, ky = kinds.get(x), kinds.get(y)
    if not (kx and ky) or senses[x] & senses[y] or kx & senses[y] or ky & senses[x]:
        return None
    return "one kind" if kx & ky else None


def contrasting(xs: Iterable[Iterable[str]], ys: Iterable[Iterable[str]]) -> tuple[str, str, str] | None:
    """The first pair of words that contrast, one from ``xs`` and one from ``ys``, each given as its forms ("rings",
    "ring"), and how (antonyms first): none when a form of one is a form of the other."""
    pairs = [(tuple(fx), tuple(fy)) for fx in xs for fy in ys]
    for wanted in ("antonyms", "one kind"):
        for fx, fy in pairs:
            if not set(fx) & set(fy) and any(contrast(a, b) == wanted for a in fx for b in fy):
                return fx[0], fy[0], wanted
    return None
