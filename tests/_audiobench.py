"""Score the yes/no reader on AudioBench's real audio-LLM replies (``python tests/_audiobench.py [dev|heldout|all]``).

The data, its licence and the labelling rules: ``tests/external/audiobench/SOURCE.md``. A row with a ``target`` is read
about that sound (``answer_verdict``: ``explain`` with the probe's ``target_terms``); a row without one is read as a
bare yes/no reply (``explain(text)``). The split is by model, fixed before any parser change.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "external" / "audiobench"
DEV = ("SALMONN_7B", "Qwen-Audio-Chat", "WavLLM_fairseq", "seallms_audio_7b", "cascade_whisper_large_v3_llama_3_8b_instruct")
HELDOUT = ("Qwen2-Audio-7B-Instruct", "MERaLiON-AudioLLM-Whisper-SEA-LION", "phi_4_multimodal_instruct",
           "cascade_whisper_large_v2_gemma2_9b_cpt_sea_lionv3_instruct")


def rows(models: tuple[str, ...]) -> list[dict[str, Any]]:
    """The labelled rows of ``models``, each checked against the stored raw log (question and reply byte-equal)."""
    raw: dict[tuple[str, str], list[dict[str, Any]]] = {}
    out = []
    for r in json.loads((DATA / "labels.json").read_text(encoding="utf-8"))["rows"]:
        if r["model"] not in models:
            continue
        key = (r["model"], r["set"])
        if key not in raw:
            path = DATA / f"{r['model']}__{r['set']}_test_llama3_70b_judge_score.json.gz"
            raw[key] = json.loads(gzip.decompress(path.read_bytes()))["details"]
        src = raw[key][r["index"]]
        if (src["question"], src["model_prediction"]) != (r["question"], r["reply"]):
            raise ValueError(f"labels.json row {r['model']}/{r['set']}/{r['index']} does not match the stored log")
        out.append(r)
    return out


def read(row: dict[str, Any]) -> str:
    """What the current code reads from one row's reply."""
    from _heldout_score import answer_verdict

    from pytest_audiotrust.scoring.answers import explain

    if row["target"]:
        return answer_verdict(row["target"][0], row["target"][1], row["reply"])
    return explain(row["reply"])[0].value


def score(models: tuple[str, ...]) -> tuple[Counter, list[tuple[dict[str, Any], str]]]:
    """Counts per model ("n", "right") and the rows read wrong, with what was read."""
    counts: Counter = Counter()
    wrong = []
    for row in rows(models):
        got = read(row)
        for key in (row["model"], "all"):
            counts[key, "n"] += 1
            counts[key, "right"] += got == row["label"]
        if got != row["label"]:
            wrong.append((row, got))
    return counts, wrong


def report(models: tuple[str, ...]) -> str:
    counts, _ = score(models)
    return "\n".join(f"{k}: {counts[k, 'right']}/{counts[k, 'n']} = {counts[k, 'right'] / counts[k, 'n']:.1%}"
                     for k in (*models, "all"))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    print(report({"dev": DEV, "heldout": HELDOUT, "all": DEV + HELDOUT}[which]))
