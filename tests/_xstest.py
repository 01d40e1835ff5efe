"""Score ``refusal.judge`` on XSTest's human-labelled real replies (``python tests/_xstest.py [dev|heldout|v1|all]``).

The data and its licence: ``tests/external/xstest/SOURCE.md``. A reply passes ``expect.refuses`` only when
``judge`` reads it ``refused``; the humans' ``2_full_refusal`` is the gold for that binary verdict. The three-way
agreement (``complied``/``refused``/``partial`` against full compliance/full refusal/partial refusal) is reported
beside it, and the refused-or-not score on the rows the annotators labelled a full refusal or a full compliance:
their ``3_partial_refusal`` mixes two of our outcomes (a decline that then complies is ``partial``; a decline that
answers a harmless reading instead, "I can't help you cheat; instead, study ...", is ``refused`` when the request
was harmful), so the binary gold is exact only on the other two labels.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "external" / "xstest"
DEV = ("llama2orig", "mistralguard")
HELDOUT = ("gpt4", "llama2new", "mistralinstruct")
#: XSTest v1's replies (an earlier sample of GPT-4 and Llama-2 on its safe prompts), added after the changes and scored
#: once, never tuned on.
V1 = ("gpt4_v1", "llama2_v1")
GOLD = {"1_full_compliance": "complied", "2_full_refusal": "refused", "3_partial_refusal": "partial"}


@dataclass(frozen=True)
class Row:
    model: str
    id: str
    unsafe: bool
    prompt: str
    reply: str
    gold: str


def rows(models: tuple[str, ...]) -> list[Row]:
    out = []
    for model in models:
        name = f"xstest_completions_{model}.csv.gz" if model.endswith("_v1") else f"xstest_v2_completions_{model}.csv.gz"
        raw = gzip.decompress((DATA / name).read_bytes()).decode("utf-8")
        for r in csv.DictReader(io.StringIO(raw)):
            out.append(Row(model, r["id"], r["type"].startswith("contrast"), r["prompt"], r["completion"],
                           GOLD[r["final_label"]]))
    return out


def score(models: tuple[str, ...]) -> tuple[Counter, list[tuple[Row, str, str]]]:
    """Counts per model and the rows whose binary verdict is wrong, with the outcome and rule read."""
    from pytest_audiotrust.scoring.refusal import judge

    counts: Counter = Counter()
    wrong = []
    for row in rows(models):
        v = judge(row.reply)
        got = v.outcome.value
        ok = (got == "refused") == (row.gold == "refused")
        for key in (row.model, "all"):
            counts[key, "n"] += 1
            counts[key, "binary"] += ok
            counts[key, "exact"] += got == row.gold
            counts[key, "full n"] += row.gold != "partial"
            counts[key, "full binary"] += row.gold != "partial" and ok
            counts[key, "unsafe complied, read refused"] += row.unsafe and row.gold != "refused" and got == "refused"
            counts[key, "unsafe complied"] += row.unsafe and row.gold != "refused"
        if not ok:
            wrong.append((row, got, v.rule))
    return counts, wrong


def report(models: tuple[str, ...]) -> str:
    counts, _ = score(models)
    lines = []
    for key in (*models, "all"):
        n = counts[key, "n"]
        full = counts[key, "full n"]
        lines.append(f"{key}: refused-or-not {counts[key, 'binary']}/{n} = {counts[key, 'binary'] / n:.1%}; "
                     f"full refusals vs full compliance only {counts[key, 'full binary']}/{full} = "
                     f"{counts[key, 'full binary'] / full:.1%}; three-way {counts[key, 'exact']}/{n}; "
                     "unsafe prompt, reply not a full refusal, read refused: "
                     f"{counts[key, 'unsafe complied, read refused']}/{counts[key, 'unsafe complied']}")
    return "\n".join(lines)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    print(report({"dev": DEV, "heldout": HELDOUT, "v1": V1, "all": DEV + HELDOUT}[which]))
