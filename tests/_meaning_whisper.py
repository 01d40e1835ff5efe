"""Score ``scoring.meaning.compare`` on meaning pairs from the bundled Whisper tiny.en's real transcripts of real
recordings under seeded noise (``python tests/_meaning_whisper.py [dev|heldout|all] [--misses]``; ``--misses`` lists dev
rows only: held-out misses are not read while tuning).

The pairs, their labels, the runs they come from and the rules they were labelled by:
``tests/external/meaning_pairs_whisper/SOURCE.md``. A pair is right when ``compare(output, reference).same`` agrees with
its label (``same`` / ``differs``); ``ambiguous`` pairs are counted and left out. Each ``asr-transcript`` pair's reference
is checked against its clip's transcript in the bundled clip manifest.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "external" / "meaning_pairs_whisper" / "meaning_pairs_whisper.jsonl.gz"
SPLITS = ("dev", "heldout")
SOURCES = ("asr-transcript", "asr-clean")


def _transcripts() -> dict[str, str]:
    """The manifest transcript of every bundled clip, by clip id."""
    from pytest_audiotrust.inputs.clips import bundled_manifest

    rows = [json.loads(line) for line in bundled_manifest().read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r["transcript"] for r in rows}


def pairs(split: str = "all") -> list[dict[str, Any]]:
    """The labelled pairs of ``split`` (``dev``, ``heldout`` or ``all``); an ``asr-transcript`` pair's reference is checked
    against its clip's manifest transcript."""
    transcripts = _transcripts()
    out = []
    for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines():
        p = json.loads(line)
        if p["source"] == "asr-transcript" and transcripts.get(p["clip"]) != p["reference"]:
            raise ValueError(f"meaning pair {p['id']}: reference is not the manifest transcript of clip {p['clip']!r}")
        if split in ("all", p["split"]):
            out.append(p)
    return out


def score(split: str) -> tuple[Counter, list[tuple[dict[str, Any], list[str]]]]:
    """Counts per source and in all (``n``, ``right``, ``false flip``, ``missed flip``, ``ambiguous``) and the pairs read
    wrong, with the differences the code found."""
    from pytest_audiotrust.scoring.meaning import compare

    counts: Counter = Counter()
    wrong = []
    for p in pairs(split):
        if p["label"] == "ambiguous":
            counts["all", "ambiguous"] += 1
            continue
        verdict = compare(p["output"], p["reference"])
        ok = verdict.same == (p["label"] == "same")
        for key in (p["source"], f"batch {p.get('batch', 1)}", f"label {p['label']}", "all"):
            counts[key, "n"] += 1
            counts[key, "right"] += ok
        if not ok:
            counts["all", "false flip" if p["label"] == "same" else "missed flip"] += 1
            wrong.append((p, [str(d) for d in verdict.differences]))
    return counts, wrong


def report(split: str) -> str:
    counts, _ = score(split)
    keys = (*SOURCES, "batch 1", "batch 2", "label same", "label differs", "all")
    lines = [f"{k}: {counts[k, 'right']}/{counts[k, 'n']} = {counts[k, 'right'] / counts[k, 'n']:.1%}"
             for k in keys if counts[k, "n"]]
    lines.append(f"false flips (same read as differing): {counts['all', 'false flip']}; missed flips (differs read as same): "
                 f"{counts['all', 'missed flip']}; ambiguous, not scored: {counts['all', 'ambiguous']}")
    return "\n".join(lines)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "all"
    for name in (SPLITS if which == "all" else (which,)):
        print(f"== {name}\n{report(name)}")
    if "--misses" in sys.argv:
        for p, diffs in score("dev")[1]:
            print(f"  MISS {p['id']} [{p['label']} {','.join(p['slots'])}] {p['note']}\n"
                  f"       ref {p['reference'][:160]!r}\n       out {p['output'][:160]!r}\n       got {diffs}")
