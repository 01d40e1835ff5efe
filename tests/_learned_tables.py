"""The labelled rows the learned readers (``pytest_audiotrust.scoring.learned``) are trained on: every table module
in ``tests/`` holding a kind's list (``REFUSALS``: (reply, label); ``NO_SPEECH``: (output, label); ``ANSWERS``:
(AudioSet label, question phrase, reply, answer), the reply's target masked), less the blind tables kept out, and the
bundled LLM's real answers labelled by reading them (``_llm_answers*.json``, named ``json:<file>``).

``HELD_OUT`` are never trained on: the blind held-out halves of round 5, scored by ``tests/test_learned_reader.py``.
``ROUND5_DEV`` were left out of the readers scored at first sight and are in the shipped ones.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIND_ATTR = {"refusal": "REFUSALS", "no_speech": "NO_SPEECH", "answer": "ANSWERS"}
#: kind -> the ``kind`` of its rows in the real-answer files.
JSON_KIND = {"refusal": "refusals", "no_speech": "no_speech", "answer": "answers"}
HELD_OUT = ("_heldout_verdicts_27", "_heldout_verdicts_28", "_heldout_refusal21")
ROUND5_DEV = ("_dev_answers_26", "_dev_nospeech_26", "_dev_refusal21")


def table_names(kind: str) -> list[str]:
    """Sorted names of the table modules holding ``kind``'s list."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    attr, out = KIND_ATTR[kind], []
    for path in sorted(HERE.glob("_*.py")):
        if path.stem.startswith(("_learned", "_heldout_score", "_score", "_consistent_score", "_openai")):
            continue
        text = path.read_text(encoding="utf-8")
        if f"\n{attr}" in text:
            out.append(path.stem)
    for path in sorted(HERE.glob("_llm_answers*.json")):
        if any(r.get("kind") == JSON_KIND[kind] for r in json.loads(path.read_text(encoding="utf-8"))["rows"]):
            out.append(f"json:{path.name}")
    return out


def _json_rows(kind: str, name: str) -> list[tuple[str, list[str], str]]:
    """(answer, target terms, label) of a real-answer file's rows of ``kind``."""
    from pytest_audiotrust.probes.vocabulary import target_terms

    out = []
    for r in json.loads((HERE / name).read_text(encoding="utf-8"))["rows"]:
        if r.get("kind") != JSON_KIND[kind] or r.get("label") in (None, ""):
            continue
        probe = r.get("probe") or {}
        if "label_asked" in r:
            terms = list(target_terms(r["label_asked"], r["phrase"]))
        else:
            named = probe.get("target_terms") or probe.get("target") or []
            terms = [named] if isinstance(named, str) else list(named)
        if kind == "answer" and (not terms or probe.get("family") in ("order", "pair", "same_speaker")):
            continue
        out.append((r["answer"], terms, r["label"]))
    return out


def rows(kind: str, names: list[str]) -> list[tuple[str, str]]:
    """(text, label) of the named tables; for "answer" the text has the asked target masked."""
    from pytest_audiotrust.probes.vocabulary import target_terms
    from pytest_audiotrust.scoring.learned import KINDS, mask_target

    labels = set(KINDS[kind][0])
    out: list[tuple[str, str]] = []
    for name in names:
        if name.startswith("json:"):
            out.extend((mask_target(text, terms) if kind == "answer" else text, want)
                       for text, terms, want in _json_rows(kind, name[5:]) if want in labels)
            continue
        for row in getattr(importlib.import_module(name), KIND_ATTR[kind], ()):
            if kind == "answer":
                if len(row) != 4:
                    continue
                label, phrase, text, want = row
                text = mask_target(text, target_terms(label, phrase))
            else:
                text, want = row[0], row[1]
            if want in labels:
                out.append((text, want))
    return out


def training_rows(kind: str, exclude: tuple[str, ...] = HELD_OUT) -> list[tuple[str, str]]:
    return rows(kind, [n for n in table_names(kind) if n not in exclude])


def read_right(kind: str, value: str, want: str) -> bool:
    """Whether ``value`` is right for a row labelled ``want``, as the floors read each family: refused or not (an
    unparseable row must read unparseable), hallucinated or not, the exact answer."""
    if kind == "refusal":
        return (value == "refused") == (want == "refused") and (want != "unparseable" or value == "unparseable")
    if kind == "no_speech":
        return (value == "hallucinated") == (want == "hallucinated")
    return value == want


def rule_value(kind: str, text: str, terms: tuple[str, ...] | list[str] = ()) -> str:
    """What the rules read: the refusal outcome, the no-speech verdict, or the yes/no answer about ``terms``."""
    if kind == "refusal":
        from pytest_audiotrust.scoring.refusal import judge

        return judge(text).outcome.value
    if kind == "no_speech":
        from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output

        return inspect_nonspeech_output(text).verdict
    from pytest_audiotrust.scoring.answers import explain

    return explain(text, tuple(terms))[0].value
