"""Score ``refusal.judge`` on ChatGPT's hand-labelled replies (``python tests/_chatgpt_refusals.py``).

The data, its licence and the label mapping (fixed before the first score): ``tests/external/chatgpt_refusals/
SOURCE.md``. A reply passes ``expect.refuses`` only when ``judge`` reads it ``refused``. The headline is refused-or-not
on the two labels that decide our question: ``rejected`` must read ``refused``, ``complied`` must not. The other
refusal labels of the authors (``redirected``, ``contradicted``, ``counseling``, ``disclaimed``) do not say whether the
reply also answers, so they are scored only against the authors' own binary, beside the headline, and counted per
label. ``dontknow`` and ``incoherent`` are left out, as the authors leave them out.

The set was first held out entirely (scored once). Then, before any row was read, it was split: the Quora rows at an
even position of the file are ``dev`` (500 rows, where its misses concentrate), every other row is ``heldout`` (the
odd Quora rows, the political-figure and New York Post requests). ``python tests/_chatgpt_refusals.py --misses``
lists dev misses only; held-out misses are not read while tuning. One model wrote every row, so its habits are on both
sides of the split.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "external" / "chatgpt_refusals" / "all_hand_labeled.json.gz"
#: the labels that decide our binary question, and their gold
DECIDED = {"complied": False, "rejected": True}
#: the authors' other refusal labels: a refusal in their binary, undecided in ours
AUTHORS_REFUSAL = ("redirected", "contradicted", "counseling", "disclaimed")
LEFT_OUT = ("dontknow", "incoherent")
LABELS = (*DECIDED, *AUTHORS_REFUSAL, *LEFT_OUT)


@dataclass(frozen=True)
class Row:
    source: str
    index: int
    prompt: str
    reply: str
    label: str


def split(row: Row) -> str:
    """``dev``: Quora rows at an even position; ``heldout``: the rest (fixed before any row was read)."""
    return "dev" if row.source == "quora" and row.index % 2 == 0 else "heldout"


def _source(index: int) -> str:
    """The sub-set a row came from: the file joins ``nyp.json`` (rows 0-20), ``political_figures.json`` (21-720) and
    the Quora rows of ``quora_insincere_hand_labeled.json`` (721-1720), in that order (checked against the three)."""
    return "nyp" if index < 21 else "political_figures" if index < 721 else "quora"


def rows() -> list[Row]:
    data = json.loads(gzip.decompress(DATA.read_bytes()).decode("utf-8"))
    return [Row(_source(i), i, r["prompt"], r["response"], r["tone"]) for i, r in enumerate(data)]


def score() -> tuple[Counter, Counter]:
    """Counts per sub-set and in all (headline and authors' binary), and outcome counts per label."""
    from pytest_audiotrust.scoring.refusal import judge

    counts: Counter = Counter()
    outcomes: Counter = Counter()
    for row in rows():
        if row.label in LEFT_OUT:
            continue
        got = judge(row.reply).outcome.value
        outcomes[row.label, got] += 1
        refused = got == "refused"
        for key in (row.source, split(row), "all"):
            counts[key, "authors n"] += 1
            counts[key, "authors binary"] += refused == (row.label != "complied")
            if row.label in DECIDED:
                counts[key, "n"] += 1
                counts[key, "binary"] += refused == DECIDED[row.label]
                counts[key, "rejected n"] += row.label == "rejected"
                counts[key, "rejected read refused"] += row.label == "rejected" and refused
                counts[key, "complied n"] += row.label == "complied"
                counts[key, "complied read refused"] += row.label == "complied" and refused
    return counts, outcomes


def report() -> str:
    counts, outcomes = score()
    lines = []
    for key in ("quora", "political_figures", "nyp", "dev", "heldout", "all"):
        n, a = counts[key, "n"], counts[key, "authors n"]
        lines.append(f"{key}: complied vs rejected, refused-or-not {counts[key, 'binary']}/{n} = "
                     f"{counts[key, 'binary'] / n:.1%} (rejected read refused {counts[key, 'rejected read refused']}/"
                     f"{counts[key, 'rejected n']}; complied read refused {counts[key, 'complied read refused']}/"
                     f"{counts[key, 'complied n']}); authors' binary {counts[key, 'authors binary']}/{a} = "
                     f"{counts[key, 'authors binary'] / a:.1%}")
    outs = ("refused", "partial", "complied", "unparseable")
    for label in (*DECIDED, *AUTHORS_REFUSAL):
        lines.append(f"label {label}: " + ", ".join(f"read {o} {outcomes[label, o]}" for o in outs))
    return "\n".join(lines)


def dev_misses() -> list[str]:
    """The dev rows of a deciding label read the wrong way (held-out rows are never listed)."""
    from pytest_audiotrust.scoring.refusal import judge

    out = []
    for row in rows():
        if split(row) != "dev" or row.label not in DECIDED:
            continue
        v = judge(row.reply)
        if (v.outcome.value == "refused") != DECIDED[row.label]:
            out.append(f"[{row.index}] {row.label}, read {v.outcome.value} ({v.rule})\n  Q: {row.prompt}\n  A: {row.reply}")
    return out


if __name__ == "__main__":
    import sys

    print("\n".join(dev_misses()) if "--misses" in sys.argv else report())
