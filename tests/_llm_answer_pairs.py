"""Score the bundled LLM's real answer pairs (``tests/external/llm_answer_pairs/pairs.json``) through ``expect.consistent``.

    python tests/_llm_answer_pairs.py [--misses]

Each labelled pair (clean answer, answer under a corruption; ``same`` or ``differs`` by reading, ``ambiguous`` left
out) is judged by ``expect.consistent(a, b)`` with its defaults, as a user calls it: passing means "same", raising
``ExpectationFailed`` means "differs". Totals per split (dev / heldout) and label: right, false flips (a ``same`` pair
called different), missed flips (a ``differs`` pair passed). ``--misses`` lists the DEV misses only; held-out rows
are never printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import _consistent_score as cs

PAIRS = Path(__file__).resolve().parent / "external" / "llm_answer_pairs" / "pairs.json"
SPLITS = ("dev", "heldout")
LABELS = ("same", "differs")


def rows(path: Path = PAIRS) -> list[dict]:
    """The labelled pairs, ambiguous ones left out."""
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r["label"] in LABELS]


def score(pairs: list[dict]) -> tuple[dict[str, cs.Tally], dict[tuple[str, str], cs.Tally], list[tuple[dict, str]]]:
    """(tally per split, tally per (split, label), dev misses with the failure's first line)."""
    by_split = {s: cs.Tally() for s in SPLITS}
    by_label = {(s, lab): cs.Tally() for s in SPLITS for lab in LABELS}
    misses = []
    for r in pairs:
        passed, why = cs.judge(r["a"], r["b"])
        same = r["label"] == "same"
        by_split[r["split"]].add(same, passed)
        by_label[(r["split"], r["label"])].add(same, passed)
        if passed != same and r["split"] == "dev":
            misses.append((r, why))
    return by_split, by_label, misses


def render(pairs: list[dict], misses: bool = False) -> str:
    by_split, by_label, missed = score(pairs)
    lines = []
    for s in SPLITS:
        lines.append(by_split[s].line(s))
        lines += [by_label[(s, lab)].line(f"  {s} label {lab}") for lab in LABELS]
    if misses:
        for r, why in missed:
            lines.append(f"    [dev {r['id']}] labelled {r['label']}: {r['a']!r} / {r['b']!r} -> {why or 'passed'}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if set(argv) - {"--misses"}:
        print("usage: python tests/_llm_answer_pairs.py [--misses]", file=sys.stderr)
        return 2
    print(render(rows(), misses="--misses" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
