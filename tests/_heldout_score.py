"""Score the verdict parsers on a held-out table module (``python tests/_heldout_score.py [module]``).

Each verdict is read the way ``expect`` reads it: yes/no about the probe's target terms (``target_terms(label,
phrase)``, as question probes record them), no-speech via ``inspect_nonspeech_output``, counts via ``parse_count``,
order and speaker-pair answers as ``expect.answers`` reads them (``scoring.order.read_order`` / ``read_pair``; before
issue 22: ``explain`` then ``stated_order``/``stated_relation``).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


def answer_verdict(label: str, phrase: str, text: str) -> str:
    from pytest_audiotrust.probes.vocabulary import target_terms
    from pytest_audiotrust.scoring.answers import explain

    return explain(text, target_terms(label, phrase))[0].value


def no_speech_verdict(text: str) -> str:
    from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output

    return inspect_nonspeech_output(text).verdict


def count_verdict(text: str, target: str | None = None) -> int | str:
    from pytest_audiotrust.scoring.counts import parse_count

    c = parse_count(text, target)
    return c.value if c.outcome == "count" else c.outcome


def order_verdict(first: str, second: str, relation: str, text: str) -> str:
    from pytest_audiotrust.scoring.order import read_order

    return read_order(text, first, second, relation)[0]


def pair_verdict(text: str) -> str:
    from pytest_audiotrust.scoring.order import read_pair

    return read_pair(text)[0]


def llm_answers(path: str = "tests/_llm_answers.json") -> Any:
    """The bundled LLM's hand-labelled answers (``scripts/make_llm_answers.py``) as a table module."""
    import json
    from pathlib import Path
    from types import SimpleNamespace

    rows = json.loads(Path(path).read_text(encoding="utf-8"))["rows"]
    labelled = [r for r in rows if r.get("label") not in (None, "")]
    count = [(r["answer"], int(r["label"]) if str(r["label"]).isdigit() else r["label"], r["target"])
             for r in labelled if r["kind"] == "counts"]
    return SimpleNamespace(
        ANSWERS=[(r["label_asked"], r["phrase"], r["answer"], r["label"]) for r in labelled if r["kind"] == "answers"],
        NO_SPEECH=[(r["answer"], r["label"]) for r in labelled if r["kind"] == "no_speech"],
        COUNTS_WITH_TARGET=count,
        ORDERS=[(r["first"], r["second"], r["relation"], r["answer"], r["label"]) for r in labelled if r["kind"] == "orders"],
    )


def score(mod: Any) -> dict[str, tuple[int, int, list[str]]]:
    """family -> (right, total, misses)."""
    out: dict[str, tuple[int, int, list[str]]] = {}
    rows: dict[str, list[tuple[Any, Any, str]]] = {
        "answers": [(answer_verdict(lab, ph, t), e, f"[{lab}] {t}") for lab, ph, t, e in getattr(mod, "ANSWERS", [])],
        "no_speech": [(no_speech_verdict(t), e, t) for t, e in getattr(mod, "NO_SPEECH", [])],
        "counts": [(count_verdict(t), e, t) for t, e in getattr(mod, "COUNTS", [])]
        + [(count_verdict(t, target), e, f"[{target}] {t}") for t, e, target in getattr(mod, "COUNTS_WITH_TARGET", [])],
        "orders": [(order_verdict(a, b, r, t), e, f"[{a} {r} {b}] {t}") for a, b, r, t, e in getattr(mod, "ORDERS", [])],
        "pairs": [(pair_verdict(t), e, t) for t, e in getattr(mod, "PAIRS", [])],
    }
    for fam, items in rows.items():
        if items:
            misses = [f"expected {e!r} got {g!r}: {t}" for g, e, t in items if g != e]
            out[fam] = (len(items) - len(misses), len(items), misses)
    return out


if __name__ == "__main__":
    sys.path.insert(0, "tests")
    name = sys.argv[1] if len(sys.argv) > 1 else "_heldout_verdicts"
    module = llm_answers(name) if name.endswith(".json") else importlib.import_module(name)
    for fam, (right, total, misses) in score(module).items():
        print(f"{fam}: {right}/{total} = {right / total:.1%}")
        for m in misses:
            print("   ", m)
