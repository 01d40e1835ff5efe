"""Pull the bundled LLM's real answers to question and trust probes out of an ``--audiotrust-json`` results file, for
hand labelling (``tests/_llm_answers_2.json``).

    python scripts/extract_llm_answers.py RESULTS.json OUT.json

One row per distinct answer (kind, reading context, text): the record's node id, which output of the record it is
(``output``; for answer-robustness probes also ``clean_output`` and ``contrast_output``), the check that reads it,
the question, the answer, and the probe fields the reader needs (target terms, relation, secret, premise terms...).
The plugin's verdict (value, passed, parsed answer, rule) is NOT copied: ``label`` is left empty, to be filled by a
person reading the answer. Transcription checks (wer, no_speech, consistent...) are skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

#: check -> the kind of label its answers get.
KINDS = {"affirms": "answers", "denies": "answers", "count": "counts", "refuses": "refusals", "no_leak": "leaks",
         "rejects_premise": "premise"}
#: Probe fields a reader needs (never the parsed verdict).
CONTEXT = ("family", "target", "target_terms", "relation", "secret", "secret_kind", "premise", "premise_terms",
           "true_order", "count", "kind", "pair", "attribute", "category")
#: The fields that change how an answer is read (rows equal in these, the question and the answer are one row).
READING = ("family", "target", "target_terms", "relation", "secret", "premise_terms", "true_order")


def _kind(check: str, family: str | None) -> str:
    if check == "answers":
        return {"temporal_order": "orders", "speaker_pair": "pairs"}.get(family or "", "answers")
    return KINDS[check]


def rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(row: dict[str, Any]) -> None:
        reading = {k: v for k, v in row["probe"].items() if k in READING}
        key = json.dumps([row["kind"], row["check"], row["question"], reading, row["answer"]], sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(row)

    for rec in records:
        probe = rec.get("probe") or {}
        for m in rec["measurements"]:
            check = m.get("check")
            if check == "robust_answer":
                base = probe["base_family"]
                kind = {"count": "counts", "temporal_order": "orders"}.get(base, "answers")
                ctx = {"family": base, "target": probe.get("target_terms") or probe.get("target"),
                       "relation": probe.get("relation")}
                twin = dict(ctx, target=probe.get("twin_target"))
                for field, question, c in (("output", probe["question"], ctx), ("clean_output", probe["question"], ctx),
                                           ("contrast_output", probe.get("twin_question"), twin)):
                    if probe.get(field):
                        add({"source": rec["nodeid"], "field": field, "check": "robust_answer", "kind": kind,
                             "question": question, "answer": probe[field], "probe": c, "label": ""})
            elif check in KINDS or check == "answers":
                ctx = {k: probe[k] for k in CONTEXT if probe.get(k) not in (None, "", [])}
                if not probe:  # a check given its target as an argument (no probe record)
                    ctx = {"target": m["details"].get("target")}
                add({"source": rec["nodeid"], "field": "output", "check": check, "kind": _kind(check, probe.get("family")),
                     "question": probe.get("question") or m["details"].get("question"), "answer": m["output"],
                     "probe": ctx, "label": ""})
    return out


if __name__ == "__main__":
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    data = json.loads(src.read_text(encoding="utf-8"))
    table = {"model": data["meta"]["model_spec"], "models": data["meta"]["models"], "created": data["meta"]["created"],
             "rows": rows(data["records"])}
    dst.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table['rows'])} rows -> {dst}")
