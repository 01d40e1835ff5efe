"""How two AudioSet classes relate (the ontology's parent links, ``ontology_table.PARENTS``): the same class, a
narrower one (a descendant: "Church bell" under "Bell"), a broader one (an ancestor) or another (a sibling or
unrelated: "Bicycle bell" next to "Church bell"). Stdlib only."""

from __future__ import annotations

from collections.abc import Iterable

from ..memo import memoized
from .ontology_table import PARENTS

#: Relation names, from closest to farthest.
RELATIONS = ("same", "narrower", "broader", "other")

#: Parents AudioSet leaves out that a listener asked about the broader thing counts: it files farm birds (ducks,
#: geese, chickens) under livestock and an alarm clock under alarms, yet a goose honking is a bird heard and an alarm
#: clock ringing is a clock.
KIND_OF: dict[str, tuple[str, ...]] = {"Fowl": ("Bird",), "Alarm clock": ("Clock",)}


def parents(label: str) -> tuple[str, ...]:
    """The display names of ``label``'s parents (empty for a root or a class the table does not hold): the
    ontology's, then :data:`KIND_OF`'s."""
    return PARENTS.get(label, ()) + KIND_OF.get(label, ())


def ancestors(label: str) -> frozenset[str]:
    """Every class above ``label`` (its parents, their parents, ...); the ontology is a DAG."""
    seen: set[str] = set()
    todo = list(parents(label))
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += parents(name)
    return frozenset(seen)


def relation(label: str, targets: Iterable[str]) -> str:
    """How ``label`` relates to the closest of ``targets``: "same", "narrower" (below a target), "broader"
    (above one) or "other"."""
    targets = tuple(targets)
    if label in targets:
        return "same"
    above = ancestors(label)
    if any(t in above for t in targets):
        return "narrower"
    if any(label in ancestors(t) for t in targets):
        return "broader"
    return "other"


def most_specific(labels: Iterable[str]) -> tuple[str, ...]:
    """``labels`` without those that are an ancestor of another of them."""
    labels = tuple(dict.fromkeys(labels))
    above = set().union(*(ancestors(lab) for lab in labels)) if labels else set()
    return tuple(lab for lab in labels if lab not in above)


@memoized
def label_parts() -> frozenset[str]:
    """The lower-case parts of every class name the table holds ("Livestock, farm animals, working animals":
    "livestock", "farm animals", "working animals"), as a classifier's labels are copied into a reply."""
    names = set(PARENTS) | {p for ps in PARENTS.values() for p in ps}
    return frozenset(part.strip().lower() for name in names for part in name.split(","))
