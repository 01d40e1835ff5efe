"""Score ``scoring.meaning.compare`` on meaning pairs built from real audio-LLM outputs (``python tests/_meaning_external.py
[dev|heldout|all] [--misses]``; ``--misses`` lists dev rows only: held-out misses are not read while tuning).

The pairs, their labels and the rules they were labelled by: ``tests/external/meaning_pairs/SOURCE.md``. A pair is right
when ``compare(output, reference).same`` agrees with its label (``same`` / ``differs``); ``ambiguous`` pairs are counted
and left out. Each pair's texts are checked against the bundled AudioBench rows they were copied from.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXTERNAL = Path(__file__).parent / "external"
DATA = EXTERNAL / "meaning_pairs" / "meaning_pairs.jsonl.gz"
SPLITS = ("dev", "heldout")


def _sources() -> dict[str, str]:
    """The text of every source row a pair may quote: ASR transcripts and references by row id, replies by
    model/set/index."""
    texts: dict[str, str] = {}
    for line in gzip.decompress((EXTERNAL / "audiobench_asr" / "audiobench_asr_rows.jsonl.gz").read_bytes()).decode(
            "utf-8").splitlines():
        r = json.loads(line)
        texts[r["id"]], texts[f"ref:{r['id']}"] = r["transcript"], r["reference"]
    for file in ("labels.json", "count_labels.json"):
        for r in json.loads((EXTERNAL / "audiobench" / file).read_text(encoding="utf-8"))["rows"]:
            texts[f"{r['model']}/{r['set']}/{r['index']}"] = r["reply"]
    return texts


def pairs(split: str = "all") -> list[dict[str, Any]]:
    """The labelled pairs of ``split`` (``dev``, ``heldout`` or ``all``), each checked against its source rows."""
    texts = _sources()
    out = []
    for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines():
        p = json.loads(line)
        first = f"ref:{p['from'][0]}" if p["source"] == "asr-reference" else p["from"][0]
        if (texts.get(first), texts.get(p["from"][-1])) != (p["reference"], p["output"]):
            raise ValueError(f"meaning pair {p['id']} does not match its source rows {p['from']}")
        if split in ("all", p["split"]):
            out.append(p)
    return out


def score_pairs(todo: list[dict[str, Any]], groups: tuple[Callable[[dict[str, Any]], str], ...] = ()) -> tuple[
        Counter, list[tuple[dict[str, Any], list[str]]]]:
    """Counts per source, per group ``groups`` name a pair by, per label and in all (``n``, ``right``, ``false flip``, ``missed
    flip``, ``ambiguous``) and the pairs read wrong, with the differences the code found; shared by every meaning set."""
    from pytest_audiotrust.scoring.meaning import compare

    counts: Counter = Counter()
    wrong = []
    for p in todo:
        if p["label"] == "ambiguous":
            counts["all", "ambiguous"] += 1
            continue
        verdict = compare(p["output"], p["reference"])
        ok = verdict.same == (p["label"] == "same")
        for key in (p["source"], *(group(p) for group in groups), f"label {p['label']}", "all"):
            counts[key, "n"] += 1
            counts[key, "right"] += ok
        if not ok:
            counts["all", "false flip" if p["label"] == "same" else "missed flip"] += 1
            wrong.append((p, [str(d) for d in verdict.differences]))
    return counts, wrong


def format_counts(counts: Counter, keys: tuple[str, ...]) -> str:
    """Right / labelled per key, then the false and missed flips and the ambiguous pairs left out."""
    lines = [f"{k}: {counts[k, 'right']}/{counts[k, 'n']} = {counts[k, 'right'] / counts[k, 'n']:.1%}"
             for k in (*keys, "label same", "label differs", "all") if counts[k, "n"]]
    lines.append(f"false flips (same read as differing): {counts['all', 'false flip']}; missed flips (differs read as same): "
                 f"{counts['all', 'missed flip']}; ambiguous, not scored: {counts['all', 'ambiguous']}")
    return "\n".join(lines)


def main(argv: list[str], splits: tuple[str, ...], report: Any, score: Any) -> None:
    """``[dev|heldout|all] [--misses]``: the report per split; ``--misses`` lists dev misses only."""
    which = argv[1] if len(argv) > 1 and not argv[1].startswith("-") else "all"
    for name in (splits if which == "all" else (which,)):
        print(f"== {name}\n{report(name)}")
    if "--misses" in argv:
        for p, diffs in score("dev")[1]:
            print(f"  MISS {p['id']} [{p['label']} {','.join(p['slots'])}] {p['note']}\n"
                  f"       ref {p['reference'][:160]!r}\n       out {p['output'][:160]!r}\n       got {diffs}")


def score(split: str) -> tuple[Counter, list[tuple[dict[str, Any], list[str]]]]:
    """:func:`score_pairs` on the pairs of ``split``, per source."""
    return score_pairs(pairs(split))


def report(split: str) -> str:
    return format_counts(score(split)[0], ("asr-reference", "asr-systems", "yesno-systems", "count-systems"))


if __name__ == "__main__":
    main(sys.argv, SPLITS, report, score)
