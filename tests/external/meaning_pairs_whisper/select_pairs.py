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
"""

import json
import sys
from pathlib import Path

from pytest_audiotrust.scoring.text import basic


def main(files: list[str]) -> None:
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
    clips = sorted({clip for _, clip, _, _ in found})
    split = {clip: ("dev", "heldout")[i % 2] for i, clip in enumerate(clips)}
    counter: dict[str, int] = {}
    for (source, clip, ref, out), where in sorted(found.items()):
        counter[clip] = counter.get(clip, 0) + 1
        print(json.dumps({"id": f"{clip}-{counter[clip]:02d}", "source": source, "split": split[clip], "clip": clip,
                          "reference": ref, "output": out, "from": where}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
