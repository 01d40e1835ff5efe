"""Build the unlabelled meaning pairs of tests/external/meaning_pairs/ from the two bundled AudioBench folders (run once;
kept for the record): ``python tests/external/meaning_pairs/select_pairs.py > pairs_unlabelled.jsonl``.

Rule, fixed before any pair was labelled or scored:

* ``asr-reference``: each row of ``tests/external/audiobench_asr`` with a labelled transcript that differs from its
  reference (compared lower-case, punctuation dropped); ``output`` = the labelled transcript, ``reference`` = the
  reference. Identical pairs test nothing and are left out.
* ``asr-systems``: two rows of different systems with the same reference (compared as above), both with a labelled
  transcript, whose transcripts differ; systems sorted case-insensitively (then row id); ``reference`` = the first
  system's transcript, ``output`` = the second's.
* ``yesno-systems`` / ``count-systems``: the labelled yes/no rows (``labels.json``) and the nine models' "How many"
  rows (``count_labels.json``, the 20-row files only) of ``tests/external/audiobench``, grouped by item (set, index);
  the item's systems sorted case-insensitively form a chain (1-2, 2-3, ..., 8-9) and item k (items in sorted order)
  takes the links with an even position when k is even, odd when k is odd (about four pairs per item);
  ``reference`` = the first system's reply, ``output`` = the second's.
* **Split by model**, the model split of ``tests/external/audiobench_asr`` (dev: Qwen2-Audio-7B-Instruct, WavLLM_fairseq,
  phi_4_multimodal_instruct, the Whisper-large-v3 + Llama-3 cascade; the other five held out): a pair goes to the split
  of its row's model (``asr-reference``) or of its first system (pairs of two systems).
"""

import gzip
import itertools
import json
import re
from pathlib import Path

EXTERNAL = Path(__file__).resolve().parent.parent
DEV = ("Qwen2-Audio-7B-Instruct", "WavLLM_fairseq", "phi_4_multimodal_instruct", "cascade_whisper_large_v3_llama_3_8b_instruct")


def plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def split(model: str) -> str:
    return "dev" if model in DEV else "heldout"


def main() -> None:
    asr = [json.loads(line) for line in gzip.decompress((EXTERNAL / "audiobench_asr" / "audiobench_asr_rows.jsonl.gz")
                                                        .read_bytes()).decode("utf-8").splitlines()]
    out = []
    for r in asr:
        if r["transcript"] and plain(r["transcript"]) != plain(r["reference"]):
            out.append({"id": f"ref-{r['id']}", "source": "asr-reference", "split": split(r["model"]),
                        "model_ref": "reference", "model_out": r["model"], "from": [r["id"]],
                        "reference": r["reference"], "output": r["transcript"]})
    groups: dict[str, list] = {}
    for r in asr:
        if r["transcript"]:
            groups.setdefault(plain(r["reference"]), []).append(r)
    for ref in sorted(groups):
        ordered = sorted(groups[ref], key=lambda r: (r["model"].lower(), r["id"]))
        for x, y in itertools.combinations(ordered, 2):
            if x["model"] != y["model"] and plain(x["transcript"]) != plain(y["transcript"]):
                out.append({"id": f"sys-{x['id']}-{y['id']}", "source": "asr-systems", "split": split(x["model"]),
                            "model_ref": x["model"], "model_out": y["model"], "from": [x["id"], y["id"]],
                            "reference": x["transcript"], "output": y["transcript"]})
    ab = EXTERNAL / "audiobench"
    for name, file in (("yesno-systems", "labels.json"), ("count-systems", "count_labels.json")):
        items: dict[tuple, list] = {}
        for r in json.loads((ab / file).read_text(encoding="utf-8"))["rows"]:
            if name == "count-systems" and "full" in r["file"]:
                continue
            items.setdefault((r["set"], r["index"]), []).append(r)
        for k, key in enumerate(sorted(items)):
            ordered = sorted(items[key], key=lambda r: r["model"].lower())
            for pos, (x, y) in enumerate(itertools.pairwise(ordered)):
                if pos % 2 != k % 2:
                    continue
                out.append({"id": f"{name.split('-')[0]}-{key[0]}-{key[1]}-{pos}", "source": name, "split": split(x["model"]),
                            "model_ref": x["model"], "model_out": y["model"], "question": x["question"],
                            "from": [f"{x['model']}/{key[0]}/{key[1]}", f"{y['model']}/{key[0]}/{key[1]}"],
                            "reference": x["reply"], "output": y["reply"]})
    for row in out:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
