"""Score the verdict parsers on a held-out table module (``python tests/_heldout_score.py [module]``).

Each verdict is read the way ``expect`` reads it: yes/no about the probe's target terms (``target_terms(label,
phrase)``, as question probes record them), no-speech via ``inspect_nonspeech_output``, counts via ``parse_count``,
order and speaker-pair answers as ``expect.answers`` reads them (``scoring.order.read_order`` / ``read_pair``; before
issue 22: ``explain`` then ``stated_order``/``stated_relation``), wrapped transcripts by ``extract_transcript``
(``TRANSCRIPTS`` rows: the words after ``scoring.text.basic``, or None for a reply holding no transcript).
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


def transcript_verdict(text: str) -> str | None:
    """The transcript ``extract_transcript`` takes out of a reply, after ``scoring.text.basic``; None when it keeps the
    reply whole as holding no transcript."""
    from pytest_audiotrust.scoring.text import basic
    from pytest_audiotrust.scoring.transcript import extract_transcript

    got = extract_transcript(text)
    return None if got.refusal else basic(got.text)


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


#: ``_llm_answers_2.json`` row kind -> the values its labels take.
LABELS_2 = {"answers": ("yes", "no", "abstain", "unparseable"), "orders": ("yes", "no", "abstain", "unparseable"),
            "pairs": ("yes", "no", "abstain", "unparseable"), "refusals": ("refused", "complied", "partial", "unparseable"),
            "leaks": ("leaked", "none"), "premise": ("rejected", "went_along", "abstain", "unparseable")}


def replay(row: dict[str, Any]) -> Any:
    """What the plugin reads from one ``_llm_answers_2.json`` row with the CURRENT code: the row's ``expect`` check
    run on its answer inside a throwaway case record carrying the row's probe fields (a gate record, so a miss is
    recorded instead of raised), or, for an answer-robustness row, the reader ``expect.robust_answer`` applies to each
    of its answers. Returns the measured value (a count is an int)."""
    import contextvars

    from pytest_audiotrust.verdicts import expect, results

    probe, text, check = dict(row["probe"]), row["answer"], row["check"]
    if check == "robust_answer":
        return expect._read_answer(text, probe["family"], probe.get("target"), probe.get("relation"))[0]

    def run() -> Any:
        record = results.CaseRecord(nodeid=row["source"], probe=probe or None, gate="held-out replay")
        results._RECORD.set(record)
        if check == "affirms":
            expect.affirms(text, target=None if probe.get("family") else probe.get("target"))
        elif check == "denies":
            expect.denies(text, target=None if probe.get("family") else probe.get("target"))
        elif check == "answers":
            expect.answers(text, "yes")
        elif check == "count":
            expect.count(text, int(probe.get("count", 0)))
        elif check == "refuses":
            expect.refuses(text)
        elif check == "no_leak":
            expect.no_leak(text, probe["secret"])
        elif check == "rejects_premise":
            expect.rejects_premise(text)
        else:
            raise ValueError(f"_llm_answers_2.json: row {row['source']!r} has an unknown check {check!r}")
        return record.measurements[-1].value

    return contextvars.copy_context().run(run)


def llm_answers_2(path: str = "tests/_llm_answers_2.json") -> dict[str, list[tuple[Any, Any, str]]]:
    """kind -> [(label, current verdict, shown row)] for the bundled LLM's real answers from the example suites, each
    labelled by reading it (``scripts/extract_llm_answers.py``)."""
    import json
    from pathlib import Path

    out: dict[str, list[tuple[Any, Any, str]]] = {}
    for row in json.loads(Path(path).read_text(encoding="utf-8"))["rows"]:
        shown = f"[{row['source'].split('::')[-1]} | {row['question']}] {row['answer']}"
        out.setdefault(row["kind"], []).append((row["label"], replay(row), shown))
    return out


def answer_table(name: str) -> tuple[list[dict[str, Any]], list[str]]:
    """(rows, row ids ``kind-NNN``) of a labelled real-answer file in ``tests/`` (``_llm_answers_2.json`` format)."""
    import json
    from pathlib import Path

    rows = json.loads((Path(__file__).resolve().parent / name).read_text(encoding="utf-8"))["rows"]
    return rows, [f"{r['kind']}-{i:03d}" for i, r in enumerate(rows)]


def row_params(rows: list[tuple[str, Any]], known_misses: dict[str, str]) -> list[Any]:
    """``(id, row)`` pairs as pytest params, a known miss marked ``xfail(strict=True)`` with its reason (strict: a fix
    must remove its id); a known-miss id that names no row is an error, so a stale entry cannot linger."""
    import pytest

    ids = {i for i, _ in rows}
    stale = sorted(set(known_misses) - ids)
    if stale:
        raise ValueError(f"KNOWN_MISSES names rows that do not exist: {stale}")
    return [pytest.param(r, id=i, marks=[pytest.mark.xfail(strict=True, reason=known_misses[i])] if i in known_misses
                         else []) for i, r in rows]


def label_problems(rows: list[dict[str, Any]]) -> list[str]:
    """Rows labelled outside their kind's vocabulary (counts: a number or abstain), and rows that repeat another."""
    import json

    bad = []
    for r in rows:
        allowed = LABELS_2.get(r["kind"])
        ok = isinstance(r["label"], int) or r["label"] == "abstain" if allowed is None else r["label"] in allowed
        if not ok:
            bad.append(f"{r['source']}: label {r['label']!r} is not one of {allowed or 'a count / abstain'}")
    keys = [(r["check"], r["question"], r["answer"], json.dumps(r["probe"], sort_keys=True)) for r in rows]
    return bad + [f"{len(keys) - len(set(keys))} repeated rows"] * (len(set(keys)) != len(keys))


def rows(mod: Any) -> list[tuple[str, tuple[str, tuple[Any, ...]]]]:
    """``(row id, (family, row))`` for every row of a table module; counts rows as ``(text, count, target)``."""
    out: list[tuple[str, tuple[str, tuple[Any, ...]]]] = [(f"answers-{i:03d}", ("answers", r))
                                                          for i, r in enumerate(getattr(mod, "ANSWERS", []))]
    out += [(f"no_speech-{i:02d}", ("no_speech", r)) for i, r in enumerate(getattr(mod, "NO_SPEECH", []))]
    out += [(f"counts-{i:02d}", ("counts", (t, e, None))) for i, (t, e) in enumerate(getattr(mod, "COUNTS", []))]
    out += [(f"counts_target-{i:02d}", ("counts", r)) for i, r in enumerate(getattr(mod, "COUNTS_WITH_TARGET", []))]
    out += [(f"orders-{i:02d}", ("orders", r)) for i, r in enumerate(getattr(mod, "ORDERS", []))]
    out += [(f"pairs-{i:02d}", ("pairs", r)) for i, r in enumerate(getattr(mod, "PAIRS", []))]
    out += [(f"transcripts-{i:02d}", ("transcripts", r)) for i, r in enumerate(getattr(mod, "TRANSCRIPTS", []))]
    return out


def read_row(family: str, row: tuple[Any, ...]) -> tuple[Any, Any, str]:
    """(what the reader says, the row's label, the answer text) for one row of :func:`rows`."""
    if family == "answers":
        label, phrase, text, want = row
        return answer_verdict(label, phrase, text), want, text
    if family == "counts":
        text, want, target = row
        return count_verdict(text, target), want, text
    if family == "orders":
        a, b, relation, text, want = row
        return order_verdict(a, b, relation, text), want, text
    if family == "transcripts":
        from pytest_audiotrust.scoring.text import basic

        text, want = row
        return transcript_verdict(text), None if want is None else basic(want), text
    text, want = row
    return (no_speech_verdict(text) if family == "no_speech" else pair_verdict(text)), want, text


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
        "transcripts": [(*read_row("transcripts", r)[:2], r[0]) for r in getattr(mod, "TRANSCRIPTS", [])],
    }
    for fam, items in rows.items():
        if items:
            misses = [f"expected {e!r} got {g!r}: {t}" for g, e, t in items if g != e]
            out[fam] = (len(items) - len(misses), len(items), misses)
    return out


if __name__ == "__main__":
    sys.path.insert(0, "tests")
    name = sys.argv[1] if len(sys.argv) > 1 else "_heldout_verdicts"
    if name.endswith(".json") and "_llm_answers_" in name and not name.endswith("_llm_answers.json"):  # the 2nd format
        for kind, items in llm_answers_2(name).items():
            misses = [f"label {e!r}, verdict {g!r}: {t}" for e, g, t in items if e != g]
            print(f"{kind}: {len(items) - len(misses)}/{len(items)} = {1 - len(misses) / len(items):.1%}")
            for m in misses:
                print("   ", m)
        sys.exit(0)
    module = llm_answers(name) if name.endswith(".json") else importlib.import_module(name)
    for fam, (right, total, misses) in score(module).items():
        print(f"{fam}: {right}/{total} = {right / total:.1%}")
        for m in misses:
            print("   ", m)
