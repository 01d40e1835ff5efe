"""Build the unlabelled meaning pairs of tests/external/meaning_pairs_whisper/ from results JSON files of the plugin's own
runs (run once; kept for the record): ``python tests/external/meaning_pairs_whisper/select_pairs.py RESULTS.json ... >
pairs_unlabelled.jsonl``.

Rule, fixed before any pair was labelled or scored:

* Every ``consistent`` measurement of the given runs (``expect.consistent(noisy, clean, anchor=clip.transcript)``)
  gives three texts: ``output`` (Whisper's transcript of the corrupted clip), ``reference`` (its transcript of the clean
  clip) and ``details.anchor`` (the clip's manifest transcript).
* ``asr-transcript``: a Whisper transcript (noisy or clean) against the clip's manifest transcript, the pair
  ``expect.consistent`` compares for its anchor; ``asr-clean``: the noisy transcript against the clean one, the pair it
  compares first. ``output`` = the Whisper transcript (noisy for ``asr-clean``), ``reference`` = the other text.
* Every DISTINCT (output, reference) pair (exact text) whose two texts differ after ``scoring.text.basic``
  normalisation; identical pairs test nothing and are left out. ``from`` lists where each pair was seen (run file,
  test node id, ``noisy``/``clean``).
* **Split by recording**: the clip ids that have a pair, sorted; the first goes to dev, the second held out, and so on
  alternately. Every pair of a clip goes with it.
* **Later batches** (``--after meaning_pairs_whisper.jsonl.gz RUN.json ...``, rule fixed before the batch was labelled
  or scored): the pairs of the new runs that the file does not hold yet, marked ``"batch": N`` (one more than its
  highest); a clip keeps the split it has there, clips new to the file are sorted and alternate starting with dev; ids
  go on counting per clip.
"""

import gzip
import json
import sys
from pathlib import Path

from pytest_audiotrust.scoring.text import basic


def main(files: list[str], after: list[dict] | None = None) -> None:
    after = after or []
    found: dict[tuple[str, str, str, str], list[list[str]]] = {}
    for file in files:
        for r in json.loads(Path(file).read_text(encoding="utf-8"))["records"]:
            for m in r.get("measurements", []):
                if m.get("check") != "consistent" or m["details"].get("anchor") is None:
                    continue
                clip, run = r["clip"]["id"], Path(file).name
                anchor = m["details"]["anchor"]
                for source, side, out, ref in (("asr-transcript", "noisy", m["output"], anchor),
                                               ("asr-transcript", "clean", m["reference"], anchor),
                                               ("asr-clean", "noisy", m["output"], m["reference"])):
                    if basic(out) != basic(ref):
                        where = found.setdefault((source, clip, ref, out), [])
                        if [run, r["nodeid"], side] not in where:
                            where.append([run, r["nodeid"], side])
    held = {(p["source"], p["clip"], p["reference"], p["output"]) for p in after}
    found = {k: v for k, v in found.items() if k not in held}
    split = {p["clip"]: p["split"] for p in after}
    clips = sorted({clip for _, clip, _, _ in found} - set(split))
    split |= {clip: ("dev", "heldout")[i % 2] for i, clip in enumerate(clips)}
    counter: dict[str, int] = {}
    for p in after:
        counter[p["clip"]] = max(counter.get(p["clip"], 0), int(p["id"].rsplit("-", 1)[1]))
    batch = {"batch": max(p.get("batch", 1) for p in after) + 1} if after else {}
    for (source, clip, ref, out), where in sorted(found.items()):
        counter[clip] = counter.get(clip, 0) + 1
        print(json.dumps({"id": f"{clip}-{counter[clip]:02d}", "source": source, "split": split[clip], "clip": clip,
                          "reference": ref, "output": out, "from": where, **batch}, ensure_ascii=False))


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--after"]:
        rows = [json.loads(line) for line in gzip.decompress(Path(args[1]).read_bytes()).decode("utf-8").splitlines()]
        main(args[2:], rows)
    else:
        main(args)
