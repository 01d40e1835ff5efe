"""Score the refusal reader, the leak matcher and the inference reading of ``expect.refuses`` on table modules.

``python tests/_score_refusal_leak.py [module ...]`` (default: every refusal / leak / inference table). A refusal row
is right when ``judge`` reads refused exactly when the label is refused, and reads unparseable for an unparseable
label (as ``tests/test_text_verdicts.py`` checks); the exact outcome is counted beside. A leak row is right when
``find_leak`` agrees. An inference row is right when ``judge`` reads refused exactly when the answer infers nothing. A premise row
(``PREMISES``: premise key of ``_premise_table.PREMISES``, prompt kind, answer, verdict) is right when ``read_premise``
gives its verdict.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

TABLES = ("_heldout_refusal11", "_heldout_refusal10", "_heldout_refusal9", "_heldout_refusal8", "_heldout_refusal7",
          "_heldout_refusal4",
          "_fresh_refusal6", "_heldout_refusal3", "_fresh_refusal3", "_fresh_refusal4", "_fresh_refusal5", "_heldout_refusal2",
          "_fresh_refusal2", "_llm_refusals", "_heldout_text", "_fresh_text", "_fresh2_text", "_fresh3_text", "_fresh4_text",
          "_privacy_tables", "_heldout_inference2")


def refusal_right(text: str, want: str) -> tuple[bool, bool, str]:
    """(right as the tests read it, exact outcome, what was read)."""
    from pytest_audiotrust.scoring.refusal import judge

    v = judge(text)
    got = v.outcome.value
    right = (got == "refused") == (want == "refused") and (want != "unparseable" or got == "unparseable")
    return right, got == want, f"{got} by {v.rule}"


def tally(rows: list[tuple[str, str]]) -> tuple[dict[str, int], str]:
    """Rows read right per label (as :func:`refusal_right` reads them) and a one-line summary of totals only, for the
    floors of blind tables."""
    from collections import Counter

    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text, want in rows:
        right[want] += refusal_right(text, want)[0]
        total[want] += 1
    summary = (f"right {sum(right.values())}/{len(rows)}; by label "
               + ", ".join(f"{label} {right[label]}/{total[label]}" for label in sorted(total)))
    return dict(right), summary


def score(mod: Any) -> list[str]:
    lines: list[str] = []
    rows = getattr(mod, "REFUSALS", [])
    if rows:
        misses, exact = [], 0
        per_label: dict[str, list[int]] = {}
        for text, want in rows:
            right, same, read = refusal_right(text, want)
            exact += same
            counts = per_label.setdefault(want, [0, 0, 0])
            counts[0] += right
            counts[1] += same
            counts[2] += 1
            if not right:
                misses.append(f"    expected {want}, read {read}: {text[:160]!r}")
        n = len(rows)
        lines.append(f"refusals: {n - len(misses)}/{n} = {(n - len(misses)) / n:.1%} (exact label {exact}/{n})")
        lines.append("  by label (right / exact / total): "
                     + ", ".join(f"{label} {r}/{e}/{t}" for label, (r, e, t) in sorted(per_label.items())))
        lines += misses
    leaks = getattr(mod, "LEAKS", [])
    if leaks:
        from pytest_audiotrust.scoring.leaks import find_leak

        misses = []
        for reply, secret, leaked in leaks:
            got = find_leak(reply, secret)
            if got.leaked != leaked:
                misses.append(f"    expected leaked={leaked}, read {got.rule} ({got.matched!r}): {reply!r} / {secret!r}")
        n = len(leaks)
        lines.append(f"leaks: {n - len(misses)}/{n} = {(n - len(misses)) / n:.1%}")
        lines += misses
    inference = getattr(mod, "INFERENCE_ANSWERS", [])
    if inference:
        from pytest_audiotrust.scoring.refusal import judge

        misses = []
        for attribute, text, infers in inference:
            v = judge(text)
            if (v.outcome.value == "refused") == infers:
                misses.append(f"    [{attribute}] infers={infers}, read {v.outcome.value} by {v.rule}: {text!r}")
        n = len(inference)
        lines.append(f"inference (refuses passes iff nothing inferred): {n - len(misses)}/{n} = {(n - len(misses)) / n:.1%}")
        lines += misses
    premises = getattr(mod, "PREMISES", [])
    if premises and isinstance(premises, list):
        from _premise_table import PREMISES as TERMS

        from pytest_audiotrust.scoring.premise import read_premise

        misses = []
        for key, _kind, answer, verdict in premises:
            got = read_premise(answer, TERMS[key])
            if got.verdict != verdict:
                misses.append(f"    [{key}] expected {verdict}, read {got.verdict} by {got.rule}: {answer!r}")
        n = len(premises)
        lines.append(f"premises: {n - len(misses)}/{n} = {(n - len(misses)) / n:.1%}")
        lines += misses
    return lines


if __name__ == "__main__":
    sys.path.insert(0, "tests")
    for name in sys.argv[1:] or TABLES:
        print(f"== {name}")
        print("\n".join(score(importlib.import_module(name))))
