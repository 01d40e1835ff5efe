"""Score ``inspect_nonspeech_output`` on real outputs of ASR models on audio without speech, quoted from public threads
(``python tests/_nonspeech_external.py [dev|heldout|dev2|all] [--misses]``; ``--misses`` lists dev and dev2 rows only:
held-out misses are not read while tuning).

The data, its labels and where each row comes from: ``tests/external/nonspeech_outputs/SOURCE.md``. A row is right
when the verdict equals its label (``empty`` / ``abstained`` / ``hallucinated``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).parent / "external" / "nonspeech_outputs"
#: ``rows.json``: the first batch (dev / heldout); ``rows_2.json``: a second batch gathered after the first score, all dev
#: ("dev2").
DATA = (FOLDER / "rows.json", FOLDER / "rows_2.json")
SPLITS = ("dev", "heldout")
ALL_SPLITS = (*SPLITS, "dev2")


@dataclass(frozen=True)
class Row:
    id: str
    split: str
    label: str
    output: str
    model: str
    audio: str
    source_url: str
    repository: str


def rows(split: str = "all") -> list[Row]:
    out = []
    for r in (r for path in DATA for r in json.loads(path.read_text(encoding="utf-8"))):
        if split in ("all", r["split"]):
            out.append(Row(r["id"], r["split"], r["label"], r["output"], r["model"], r["audio"], r["source_url"],
                           r["repository"]))
    return out


def expected_split(all_rows: list[Row]) -> dict[str, str]:
    """repository -> split of the first batch by the rule fixed before scoring: repositories in sha256 order alternate
    dev / heldout, those holding an abstained or empty row alternated apart from the others."""
    def key(repo: str) -> str:
        return hashlib.sha256(repo.encode()).hexdigest()

    with_abstention = {r.repository for r in all_rows if r.label != "hallucinated"}
    others = {r.repository for r in all_rows} - with_abstention
    out = {}
    for group in (sorted(with_abstention, key=key), sorted(others, key=key)):
        for i, repo in enumerate(group):
            out[repo] = SPLITS[i % 2]
    return out


def verdict(row: Row) -> str:
    from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output

    return inspect_nonspeech_output(row.output).verdict


def score(split: str) -> tuple[Counter, list[tuple[Row, str]]]:
    """Counts per label and in all (right / n), and the rows read wrong with their verdict."""
    counts: Counter = Counter()
    wrong = []
    for row in rows(split):
        got = verdict(row)
        for key in (f"label {row.label}", "all"):
            counts[key, "n"] += 1
            counts[key, "right"] += got == row.label
        if got != row.label:
            wrong.append((row, got))
    return counts, wrong


def report(split: str) -> str:
    counts, _ = score(split)
    lines = []
    for key in ("label hallucinated", "label abstained", "label empty", "all"):
        n = counts[key, "n"]
        if n:
            lines.append(f"{key}: {counts[key, 'right']}/{n} = {counts[key, 'right'] / n:.1%}")
    return "\n".join(lines)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "all"
    for s in (ALL_SPLITS if which == "all" else (which,)):
        print(f"[{s}]\n{report(s)}")
    if "--misses" in sys.argv:
        for row, got in score("dev")[1] + score("dev2")[1]:
            print(f"  MISS {row.id} [{row.model}] label {row.label!r}, verdict {got!r}: {row.output!r}")
