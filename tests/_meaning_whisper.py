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

from _meaning_external import format_counts, main, score_pairs

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
    """Counts per source, per batch, per label and in all, and the pairs read wrong (``_meaning_external.score_pairs``)."""
    return score_pairs(pairs(split), (lambda p: f"batch {p.get('batch', 1)}",))


def report(split: str) -> str:
    return format_counts(score(split)[0], (*SOURCES, "batch 1", "batch 2"))


if __name__ == "__main__":
    main(sys.argv, SPLITS, report, score)
