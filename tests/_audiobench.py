"""Score the yes/no and count readers on AudioBench's real audio-LLM replies
(``python tests/_audiobench.py [dev|heldout|gemma|all] [answers|counts]``).

The data, its licence and the labelling rules: ``tests/external/audiobench/SOURCE.md``. A row with a ``target`` is read
about that sound (``answer_verdict``: ``explain`` with the probe's ``target_terms``); a row without one is read as a
bare yes/no reply (``explain(text)``). Count rows (``count_labels.json``) are read by ``parse_count`` without a target.
The split is by model, fixed before any parser change.
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
#: A third model family from another repository's logs (``gemma_4_e2b_it.json``), held out only.
GEMMA = ("gemma_4_e2b_it",)
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


def count_rows(models: tuple[str, ...]) -> list[dict[str, Any]]:
    """The labelled "How many ...?" rows of ``models``, each checked against its stored raw log."""
    cache: dict[str, Any] = {}
    out = []
    for r in json.loads((DATA / "count_labels.json").read_text(encoding="utf-8"))["rows"]:
        if r["model"] not in models:
            continue
        if r["file"] not in cache:
            raw = json.loads(gzip.decompress((DATA / r["file"]).read_bytes()))
            cache[r["file"]] = raw["details"] if isinstance(raw, dict) else raw
        src = cache[r["file"]][r["index"]]
        if (src.get("question", src.get("text")), src["model_prediction"]) != (r["question"], r["reply"]):
            raise ValueError(f"count_labels.json row {r['file']}/{r['index']} does not match the stored log")
        out.append(r)
    return out


def gemma_rows(kind: str = "answers") -> list[dict[str, Any]]:
    """google/gemma-4-E2B-it's labelled rows (``gemma_4_e2b_it.json``): a third model family, held out only."""
    data = json.loads((DATA / "gemma_4_e2b_it.json").read_text(encoding="utf-8"))
    return [dict(r, model="gemma_4_e2b_it") for r in data["rows" if kind == "answers" else "counts"]]


def read_count(row: dict[str, Any]) -> int | str:
    """The count the current code reads from one row's reply (a number, or its outcome)."""
    from _heldout_score import count_verdict

    return count_verdict(row["reply"])


def read(row: dict[str, Any]) -> str:
    """What the current code reads from one row's reply."""
    from _heldout_score import answer_verdict

    from pytest_audiotrust.scoring.answers import explain

    if row["target"]:
        return answer_verdict(row["target"][0], row["target"][1], row["reply"])
    return explain(row["reply"])[0].value


def score(models: tuple[str, ...], kind: str = "answers") -> tuple[Counter, list[tuple[dict[str, Any], Any]]]:
    """Counts per model ("n", "right") and the rows read wrong, with what was read."""
    counts: Counter = Counter()
    wrong = []
    if models == GEMMA:
        todo = gemma_rows(kind)
    else:
        todo = rows(models) if kind == "answers" else count_rows(models)
    for row in todo:
        got = read(row) if kind == "answers" else read_count(row)
        for key in (row["model"], "all"):
            counts[key, "n"] += 1
            counts[key, "right"] += got == row["label"]
        if got != row["label"]:
            wrong.append((row, got))
    return counts, wrong


def report(models: tuple[str, ...], kind: str = "answers") -> str:
    counts, _ = score(models, kind)
    return "\n".join(f"{k}: {counts[k, 'right']}/{counts[k, 'n']} = {counts[k, 'right'] / counts[k, 'n']:.1%}"
                     for k in (*models, "all") if counts[k, "n"])


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    kind = sys.argv[2] if len(sys.argv) > 2 else "answers"
    print(report({"dev": DEV, "heldout": HELDOUT, "gemma": GEMMA, "all": DEV + HELDOUT}[which], kind))
