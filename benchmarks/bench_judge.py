"""Verdict judges: accuracy, coverage and seconds per verdict, per verdict kind, next to the rules.

    python benchmarks/bench_judge.py [local | URL#model | none] [--sample=N] [--kinds=answer,no_speech,refusal]
                                     [--tables=MOD,MOD]

Rows are the held-out tables (``tests/_heldout_verdicts*.py``, sets 1–5) and the bundled LLM's hand-labelled answers
(``tests/_llm_answers.json``, when present): yes/no about a target ("answer") and no-speech outputs ("no_speech");
refusals ("refusal") are XSTest's human-labelled replies of five chat models to its unsafe prompts (``tests/_xstest.py``,
full refusals and full compliances; a partial compliance is read "complied" by the rules).
For each kind: the rules' accuracy and how many they leave undecided; the judge's accuracy on every row and at each
confidence floor (with the share of rows it covers there), and on the rows the rules leave undecided; the median
seconds per judge verdict (cache off). The floor used by ``scoring.judge.JUDGE_MIN_CONFIDENCE`` is the lowest at
which the judge's accuracy on these rows is >= 95 %. Also prints each yes/no rule's precision (``RULE_CONFIDENCE``).
``--tables=`` reads the yes/no and no-speech rows from those table modules instead (a fresh blind table, scored once),
and prints the rules alone against the rules with the judge deciding what they leave undecided at its floor, with no
row's text on stdout. Each judged row is written to stderr; send it elsewhere for a held-out table nobody should read.
"""

from __future__ import annotations

import collections
import importlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests"))
from _common import emit, row  # noqa: E402

FLOORS = (0.5, 0.6, 0.7, 0.8, 0.9)
NO_SPEECH_VALUE = {"empty": "abstained", "abstained": "abstained", "hallucinated": "hallucinated"}


def table_rows(names: tuple[str, ...]) -> dict[str, list[tuple[str, str, str]]]:
    """kind -> (text, context, expected verdict) from yes/no (``ANSWERS``) and no-speech (``NO_SPEECH``) tables."""
    out: dict[str, list[tuple[str, str, str]]] = {"answer": [], "no_speech": []}
    for name in names:
        mod = importlib.import_module(name)
        out["answer"] += [(t, f"Is there {ph} in the audio?|{lab}|{ph}", e) for lab, ph, t, e in getattr(mod, "ANSWERS", ())]
        out["no_speech"] += [(t, "", NO_SPEECH_VALUE[e]) for t, e in getattr(mod, "NO_SPEECH", ()) if e != "empty"]
    return {k: v for k, v in out.items() if v}


def rows() -> dict[str, list[tuple[str, str, str]]]:
    """kind -> (text, context, expected verdict)."""
    out = table_rows(("_heldout_verdicts", "_heldout_verdicts_2", "_heldout_verdicts_3", "_heldout_verdicts_4",
                      "_heldout_verdicts_5"))
    labelled = ROOT / "tests" / "_llm_answers.json"
    if labelled.is_file():
        for r in json.loads(labelled.read_text(encoding="utf-8"))["rows"]:
            if r["kind"] == "answers" and r.get("label"):
                out["answer"].append((r["answer"], f"Is there {r['phrase']} in the audio?|{r['label_asked']}|{r['phrase']}",
                                      r["label"]))
            elif r["kind"] == "no_speech" and r.get("label") in ("abstained", "hallucinated"):
                out["no_speech"].append((r["answer"], "", r["label"]))
    import _xstest  # refusals: XSTest's human-labelled replies to its unsafe prompts (full labels only)

    out["refusal"] = [(r.reply, r.prompt, r.gold) for r in _xstest.rows(_xstest.DEV + _xstest.HELDOUT)
                      if r.unsafe and r.gold != "partial"]
    return out


def rule_verdict(kind: str, text: str, context: str):  # type: ignore[no-untyped-def]
    from pytest_audiotrust.scoring.answers import verdict
    from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
    from pytest_audiotrust.scoring.verdict import Verdict
    from pytest_audiotrust.vocab.sounds import target_terms

    if kind == "answer":
        _, label, phrase = context.split("|")
        return verdict(text, target_terms(label, phrase))
    if kind == "refusal":
        from pytest_audiotrust.scoring.refusal import judge

        v = judge(text)
        if v.outcome.value == "unparseable":
            return Verdict("unparseable", v.rule, "undecided")
        return Verdict("refused" if v.outcome.value == "refused" else "complied", v.rule)
    return Verdict(NO_SPEECH_VALUE[inspect_nonspeech_output(text).verdict], "no-speech rules")


def judge_backend(spec: str):  # type: ignore[no-untyped-def]
    from pytest_audiotrust.scoring.judge import HTTPLabels, LocalLabels, parse_judge_spec

    if spec == "local":
        from pytest_audiotrust.models.llm import LocalLLM

        return LocalLabels(LocalLLM())
    return HTTPLabels(*parse_judge_spec(spec), api_key_env="AUDIOTRUST_JUDGE_API_KEY")


def _sample(items: list, rules: list, n: int | None) -> list[int]:  # type: ignore[type-arg]
    """Row indices the judge is asked about: every rule-undecided row plus a seeded sample of ``n`` (all if None)."""
    import random

    idx = list(range(len(items)))
    if n is None or n >= len(idx):
        return idx
    undecided = [i for i in idx if rules[i].method == "undecided"]
    rest = random.Random(22).sample([i for i in idx if i not in undecided], max(0, n - len(undecided)))
    return sorted(undecided + rest)


def main(spec: str, sample: int | None, kinds: tuple[str, ...] | None = None, tables: tuple[str, ...] = ()) -> None:
    from pytest_audiotrust.scoring.judge import JUDGE_MIN_CONFIDENCE, VERDICT_KINDS, VerdictJudge

    judge = VerdictJudge(judge_backend(spec)) if spec != "none" else None
    out = []
    per_rule: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for kind, items in (table_rows(tables) if tables else rows()).items():
        if kinds and kind not in kinds:
            continue
        rules = [rule_verdict(kind, t, c) for t, c, _ in items]
        for v, (_, _, e) in zip(rules, items, strict=True):
            if kind == "answer":
                per_rule[v.rule][0] += v.value == e
                per_rule[v.rule][1] += 1
        right = sum(v.value == e for v, (_, _, e) in zip(rules, items, strict=True))
        undecided = [i for i, v in enumerate(rules) if v.method == "undecided"]
        out.append(row(f"{kind}: rules", f"{right}/{len(items)} = {right / len(items):.1%}", "report", None,
                       f"{len(undecided)} undecided"))
        if judge is None:
            continue
        asked = _sample(items, rules, sample)
        items, rules = [items[i] for i in asked], [rules[i] for i in asked]
        undecided = [i for i, v in enumerate(rules) if v.method == "undecided"]
        got, seconds = [], []
        for text, context, _ in items:
            start = time.perf_counter()
            probs, _ = judge.probabilities(kind, text, context.split("|")[0])
            seconds.append(time.perf_counter() - start)
            label = max(probs, key=probs.__getitem__)
            got.append((VERDICT_KINDS[kind]["labels"][label], probs[label]))
            print(json.dumps({"kind": kind, "text": text, "expected": items[len(got) - 1][2], "judge": got[-1][0],
                              "p": round(got[-1][1], 3), "s": round(seconds[-1], 2)}), file=sys.stderr, flush=True)
        ok = [g == e for (g, _), (_, _, e) in zip(got, items, strict=True)]
        out.append(row(f"{kind}: judge {judge.id}, {len(items)} rows", f"{sum(ok)}/{len(ok)} = {sum(ok) / len(ok):.1%}", "report",
                       None, f"median {statistics.median(seconds):.2f} s/verdict"))
        for floor in FLOORS:
            kept = [k for k, (_, p) in zip(ok, got, strict=True) if p >= floor]
            if kept:
                out.append(row(f"{kind}: judge at p >= {floor}", f"{sum(kept)}/{len(kept)} = {sum(kept) / len(kept):.1%}",
                               ">= 95 % to decide", sum(kept) / len(kept) >= 0.95, f"covers {len(kept) / len(ok):.0%}"))
        floor = JUDGE_MIN_CONFIDENCE.get(kind)
        if tables and floor is not None and len(items) == len(rules):  # every row asked: rules + judge, as a run decides
            both = sum((g == e) if (v.method == "undecided" and p >= floor) else (v.value == e)
                       for v, (g, p), (_, _, e) in zip(rules, got, items, strict=True))
            taken = sum(v.method == "undecided" and p >= floor for v, (_, p) in zip(rules, got, strict=True))
            out.append(row(f"{kind}: rules + judge at p >= {floor} on undecided", f"{both}/{len(items)}", "report", None,
                           f"judge decided {taken} of {len(undecided)} undecided"))
        if undecided:
            und = [ok[i] for i in undecided]
            shown = "" if tables else "; ".join(f"{items[i][0][:40]!r}->{got[i][0]}@{got[i][1]:.2f}" for i in undecided[:6])
            out.append(row(f"{kind}: judge on rule-undecided rows", f"{sum(und)}/{len(und)}", "report", None,
                           shown or f"labels {dict(collections.Counter(items[i][2] for i in undecided))}"))
    for rule, (right, n) in sorted(per_rule.items(), key=lambda x: -x[1][1]):
        out.append(row(f"rule precision: {rule}", f"{right}/{n}", "report", None, f"smoothed {(right + 1) / (n + 2):.2f}"))
    emit(out)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--sample=")), None)
    only = next((tuple(a.split("=")[1].split(",")) for a in sys.argv[1:] if a.startswith("--kinds=")), None)
    tables = next((tuple(a.split("=")[1].split(",")) for a in sys.argv[1:] if a.startswith("--tables=")), ())
    main(args[0] if args else "local", n, only, tables)
