"""Score ``extract_transcript`` on AudioBench's real ASR replies of nine audio LLMs (``python tests/_audiobench_asr.py
[dev|heldout|all] [--misses]``; ``--misses`` lists dev rows only: held-out misses are not read while tuning).

The data, its labels and licence: ``tests/external/audiobench_asr/SOURCE.md``. An extraction is right when
``scoring.text.basic`` of it equals that of the labelled transcript; a row labelled empty (the reply delivers no
transcript) is right when the extraction is empty or says the reply holds none (``Extraction.refusal``: kept whole,
not a transcript). WER against the reference is reported beside it for the raw reply, the extraction and the label.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "external" / "audiobench_asr" / "audiobench_asr_rows.jsonl.gz"
SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class Row:
    id: str
    split: str
    model: str
    form: str
    reply: str
    reference: str
    transcript: str

    @property
    def kind(self) -> str:
        """``empty`` (no transcript), ``whole`` (the reply is the transcript) or ``unwrapped`` (a part of it is)."""
        return "empty" if not self.transcript else "whole" if self.transcript == self.reply else "unwrapped"


def rows(split: str = "all") -> list[Row]:
    out = []
    for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines():
        r = json.loads(line)
        if split in ("all", r["split"]):
            out.append(Row(r["id"], r["split"], r["model"], r["form"], r["reply"], r["reference"], r["transcript"]))
    return out


def extracted(row: Row) -> tuple[bool, str, str]:
    """(right?, the extracted text, the rule that decided)."""
    from pytest_audiotrust.scoring.text import basic
    from pytest_audiotrust.scoring.transcript import extract_transcript

    ex = extract_transcript(row.reply)
    if not row.transcript:
        return (not basic(ex.text) or ex.refusal), ex.text, ex.rule
    return basic(ex.text) == basic(row.transcript), ex.text, ex.rule


def score(split: str) -> tuple[Counter, list[tuple[Row, str, str]]]:
    """Counts per model, per kind and in all, WER sums, and the rows read wrong (text, rule)."""
    from pytest_audiotrust.scoring.wer import word_error

    counts: Counter = Counter()
    wrong = []
    for row in rows(split):
        ok, text, rule = extracted(row)
        for key in (row.model, f"kind {row.kind}", "all"):
            counts[key, "n"] += 1
            counts[key, "right"] += ok
        counts["wer raw"] += min(word_error(row.reply, row.reference).rate, 1.0)
        counts["wer extracted"] += min(word_error(text, row.reference).rate, 1.0)
        counts["wer label"] += min(word_error(row.transcript, row.reference).rate, 1.0)
        if not ok:
            wrong.append((row, text, rule))
    return counts, wrong


def report(split: str) -> str:
    counts, _ = score(split)
    keys = sorted({k[0] for k in counts if isinstance(k, tuple) and k[0] != "all" and not k[0].startswith("kind ")})
    lines = []
    for key in (*keys, "kind whole", "kind unwrapped", "kind empty", "all"):
        n = counts[key, "n"]
        if n:
            lines.append(f"{key}: {counts[key, 'right']}/{n} = {counts[key, 'right'] / n:.1%}")
    n = counts["all", "n"]
    lines.append(f"mean WER (capped at 1) vs reference: raw reply {counts['wer raw'] / n:.3f}, extraction "
                 f"{counts['wer extracted'] / n:.3f}, labelled transcript {counts['wer label'] / n:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "all"
    print(report(which))
    if "--misses" in sys.argv:
        for row, text, rule in score("dev")[1]:
            print(f"  MISS {row.id} [{row.model}] want {row.transcript!r}\n       got {text!r} ({rule})")
