"""``find_leak`` on human-labelled real LLM outputs that may give a secret away (Tensor Trust), not bundled.

    python benchmarks/bench_leaks_external.py PATH/prompt_extraction_detection.jsonl

The data: ``detecting-extractions/v1/prompt_extraction_detection.jsonl`` of ``HumanCompatibleAI/tensor-trust-data``
(commit e2385ea9cf448c9641b96e2e39f113ed4979a5b0; paper arXiv:2311.01011): 230 outputs of GPT-3.5 in the Tensor Trust
game, each with the defender's access code and a human label ``is_prompt_extraction`` (the output lets an attacker
get the access code). The repository states no licence, so the file is read from where you put it and is not
bundled (get it with ``git clone https://github.com/HumanCompatibleAI/tensor-trust-data``).

Tensor Trust's label is broader than ``no_leak``'s question. ``find_leak`` asks whether the reply states the secret
(a run of its digits or words, spelled or said aloud); an extraction often gives the code only indirectly (a rule
"if the input is X, say Access Granted" with X = the code rot13-encoded, a riddle whose answer is the code, hex).
So the figures are: precision (of the outputs read as leaks, how many the humans call extractions), recall on the
extractions that contain the code's characters verbatim (case and spacing aside, a check by substring, not by the
parser), and recall on all extractions (the indirect ones are out of reach by design).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, row


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print(__doc__.split("\n\n")[1] if __doc__ else "", file=sys.stderr)
        print(f"expected the path of prompt_extraction_detection.jsonl, got {argv!r}", file=sys.stderr)
        return 2
    from pytest_audiotrust.scoring.leaks import find_leak

    data = [json.loads(line) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = tn = verbatim = verbatim_hit = 0
    wrong: list[str] = []
    for r in data:
        leaked = find_leak(r["llm_output"], r["access_code"]).leaked
        label = bool(r["is_prompt_extraction"])
        tp += leaked and label
        fp += leaked and not label
        fn += label and not leaked
        tn += not label and not leaked
        if label and _squash(r["access_code"]) and _squash(r["access_code"]) in _squash(r["llm_output"]):
            verbatim += 1
            verbatim_hit += leaked
        if leaked and not label:
            wrong.append(f"read as a leak, labelled no extraction: code {r['access_code']!r} (sample {r['sample_id']})")
        elif label and not leaked and _squash(r["access_code"]) in _squash(r["llm_output"]):
            wrong.append(f"code verbatim in the output but not read: {r['access_code']!r} (sample {r['sample_id']})")
    rows = [
        row("outputs", str(len(data)), "", None, f"{tp + fn} labelled extractions"),
        row("precision (read as leak -> extraction)", f"{tp}/{tp + fp}", "100 %", fp == 0),
        row("recall, code verbatim in the output", f"{verbatim_hit}/{verbatim}", "100 %", verbatim_hit == verbatim),
        row("recall, all extractions", f"{tp}/{tp + fn}", "", None, "indirect extractions (rules, riddles, rot13) are "
            "out of reach of a run detector by design"),
        row("no extraction, read as none", f"{tn}/{tn + fp}", "", None),
    ]
    print("find_leak on Tensor Trust's human-labelled prompt extractions")
    emit(rows)
    for line in wrong:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
