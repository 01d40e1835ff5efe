"""The learned reader against the rules, leave-one-round-out on the blind rounds, and what each costs per verdict.

    python benchmarks/bench_learned_reader.py [--rounds=1,2,3,4,5] [--external-only]

For each blind round of issue 22 (a dev and a held-out table per family, written by people who read no reader code):
the rules as they stood at that round's first sight (a git worktree at the commit named in ``ROUNDS``, run in a child
process) and a learned reader trained only on the tables committed before the round's tables (``scoring.learned.train``
on ``tests/_learned_tables.py``'s rows). Neither had seen a row it is scored on. Prints, per family, the accuracy of
rules alone, of the reader alone, and of rules overruled by the reader from each floor, on rounds 1-4 (where
``learned.FLOORS`` is chosen: the highest floor within 1 % of the best accuracy) and on round 5 (scored after the
floors were chosen); the overrides made at the shipped floor and how many were right; the errors that matter to a
trust gate (a non-refusal read as a refusal, a hallucination read as none); and the median milliseconds per verdict
of each reader. Then the shipped reader on real outputs of other models labelled by other people (``tests/external/``:
XSTest, ChatGPT refusals, JailbreakBench, Whisper no-speech outputs, AudioBench), rules against rules + reader. No row
text is printed. Needs git history (the worktrees) and scipy (training).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import _learned_tables as tables  # noqa: E402

#: round -> (first-sight commit, family -> (held-out table, dev table)).
ROUNDS: dict[int, tuple[str, dict[str, tuple[str, str]]]] = {
    1: ("5aff07c", {"answer": ("_heldout_verdicts_19", "_dev_answers_22"),
                    "no_speech": ("_heldout_verdicts_20", "_dev_nospeech_22"),
                    "refusal": ("_heldout_refusal18", "_dev_refusal18")}),
    2: ("7886a29", {"answer": ("_heldout_verdicts_21", "_dev_answers_23"),
                    "no_speech": ("_heldout_verdicts_22", "_dev_nospeech_23")}),
    3: ("4f8a84f", {"answer": ("_heldout_verdicts_23", "_dev_answers_24"),
                    "no_speech": ("_heldout_verdicts_24", "_dev_nospeech_24"),
                    "refusal": ("_heldout_refusal19", "_dev_refusal19")}),
    4: ("196dde4", {"answer": ("_heldout_verdicts_25", "_dev_answers_25"),
                    "no_speech": ("_heldout_verdicts_26", "_dev_nospeech_25"),
                    "refusal": ("_heldout_refusal20", "_dev_refusal20")}),
    5: ("6aed70b", {"answer": ("_heldout_verdicts_27", "_dev_answers_26"),
                    "no_speech": ("_heldout_verdicts_28", "_dev_nospeech_26"),
                    "refusal": ("_heldout_refusal21", "_dev_refusal21")}),
}
THRESHOLDS = (0.6, 0.7, 0.8, 0.9, 0.95, 0.99)

#: Run in the worktree's interpreter path: the rule verdict of every row of the named tables, as JSON on stdout.
_DUMP = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
from pytest_audiotrust.scoring.refusal import judge
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.answers import explain
from pytest_audiotrust.probes.vocabulary import target_terms
import pytest_audiotrust
assert pytest_audiotrust.__file__.startswith(sys.argv[2]), pytest_audiotrust.__file__
out = {}
for spec in sys.argv[3:]:
    name, kind = spec.split(":")
    mod = importlib.import_module(name)
    if kind == "refusal":
        out[name] = [judge(t).outcome.value for t, _ in mod.REFUSALS]
    elif kind == "no_speech":
        out[name] = [inspect_nonspeech_output(t).verdict for t, _ in mod.NO_SPEECH]
    else:
        out[name] = [explain(t, target_terms(a, p))[0].value for a, p, t, _ in mod.ANSWERS]
print(json.dumps(out))
"""


def first_commit(name: str) -> int:
    """Unix time of the commit that added a table (``json:<file>`` or a module name)."""
    path = f"tests/{name[5:]}" if name.startswith("json:") else f"tests/{name}.py"
    out = subprocess.run(["git", "log", "--format=%ct", "--", path], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    if not out:
        raise SystemExit(f"bench_learned_reader: {path} has no commit in git history (run from a clone)")
    return int(out[-1])


def rule_values(commit: str, specs: list[str]) -> dict[str, list[str]]:
    """Rule verdicts of the tables in ``specs`` ("name:kind") with the code at ``commit``."""
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "wt"
        subprocess.run(["git", "worktree", "add", "-f", "--detach", str(wt), commit], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            done = subprocess.run([sys.executable, "-c", _DUMP, str(ROOT / "tests"), str(wt), *specs], cwd=wt,
                                  env={"PYTHONPATH": str(wt), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"bench_learned_reader: rules at {commit} failed:\n{done.stderr[-2000:]}")
            return json.loads(done.stdout)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=ROOT, capture_output=True)


def combined(kind: str, rule: str, probs: dict[str, float], floor: float) -> str:
    """The rules' value, or the reader's where it decides from ``floor``."""
    from pytest_audiotrust.scoring.learned import decide

    r = decide(kind, probs, rule, floor)
    return r.label if r.decides else rule


def main(argv: list[str]) -> None:
    from pytest_audiotrust.scoring import learned

    wanted = next((a.split("=", 1)[1] for a in argv if a.startswith("--rounds=")), "1,2,3,4,5")
    rounds = [int(r) for r in wanted.split(",")]
    scored: dict[tuple[int, str], list[tuple[str, str, str, dict[str, float]]]] = {}
    timing: dict[str, list[float]] = {}
    for r in rounds:
        commit, families = ROUNDS[r]
        rules = rule_values(commit, [f"{t}:{k}" for k, pair in families.items() for t in pair])
        for kind, pair in families.items():
            cut = min(first_commit(t) for t in pair)
            names = [n for n in tables.table_names(kind) if n not in pair and first_commit(n) < cut]
            rows = tables.rows(kind, names)
            model = learned.train([t for t, _ in rows], [w for _, w in rows])
            out = scored.setdefault((r, kind), [])
            for name in pair:
                for (text, want), rule in zip(tables.rows(kind, [name]), rules[name], strict=True):
                    start = time.perf_counter()
                    probs = model.probabilities(text)
                    timing.setdefault(kind, []).append(time.perf_counter() - start)
                    out.append((name, want, rule, probs))
            print(f"round {r} {kind}: reader trained on {len(rows)} rows of {len(names)} tables", flush=True)
    report(scored, timing, rounds)


def rule_ms(kind: str, texts: list[tuple[str, tuple[str, ...]]]) -> float:
    """Median milliseconds per verdict of the current rules on ``texts``."""
    times = []
    for text, terms in texts:
        start = time.perf_counter()
        tables.rule_value(kind, text, terms)
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def report(scored, timing, rounds) -> None:  # type: ignore[no-untyped-def]
    from pytest_audiotrust.scoring.learned import FLOORS

    for kind in ("refusal", "no_speech", "answer"):
        print(f"\n== {kind} (shipped floor {FLOORS[kind]})")
        print("  rows                      n  rules  reader " + " ".join(f"  >={t:<4}" for t in THRESHOLDS))
        best_at: dict[float, int] = {}
        for label, sel in (("rounds 1-4", lambda r: r < 5), ("round 5", lambda r: r == 5)):
            rows = [x for (r, k), xs in scored.items() if k == kind and sel(r) for x in xs]
            for part in ("held-out", "dev"):
                sub = [x for x in rows if ("_heldout" in x[0]) == (part == "held-out")]
                if not sub:
                    continue
                rules = sum(tables.read_right(kind, rule, w) for _, w, rule, _ in sub)
                alone = sum(tables.read_right(kind, combined(kind, rule, p, 0.0), w) for _, w, rule, p in sub)
                at = [sum(tables.read_right(kind, combined(kind, rule, p, t), w) for _, w, rule, p in sub) for t in THRESHOLDS]
                if label == "rounds 1-4":
                    for t, n in zip(THRESHOLDS, at, strict=True):
                        best_at[t] = best_at.get(t, 0) + n
                print(f"  {label:10s} {part:9s} {len(sub):4d}  {rules:5d}  {alone:6d} " + " ".join(f"{n:7d}" for n in at))
            floor = FLOORS[kind]
            over = [(combined(kind, rule, p, floor), w, rule) for _, w, rule, p in rows
                    if combined(kind, rule, p, floor) != rule]
            good = sum(tables.read_right(kind, v, w) for v, w, _ in over)
            was = sum(tables.read_right(kind, rule, w) for _, w, rule in over)
            if kind == "refusal":
                risk = "non-refusals read as refused"
                before = sum(rule == "refused" and w != "refused" for _, w, rule, _ in rows)
                after = sum(combined(kind, rule, p, floor) == "refused" and w != "refused" for _, w, rule, p in rows)
            elif kind == "no_speech":
                risk = "hallucinations read as none"
                before = sum(rule != "hallucinated" and w == "hallucinated" for _, w, rule, _ in rows)
                after = sum(combined(kind, rule, p, floor) != "hallucinated" and w == "hallucinated"
                            for _, w, rule, p in rows)
            else:
                risk = "absent sounds read as yes"
                before = sum(rule == "yes" and w != "yes" for _, w, rule, _ in rows)
                after = sum(combined(kind, rule, p, floor) == "yes" and w != "yes" for _, w, rule, p in rows)
            print(f"  {label}: at the shipped floor the reader overruled {len(over)} rule verdicts, {good} to the right "
                  f"value ({was} were right before); {risk}: rules {before}, rules + reader {after}")
        if best_at:
            top = max(best_at.values())
            chosen = max(t for t, n in best_at.items() if n >= top - 0.01 * len(
                [x for (r, k), xs in scored.items() if k == kind and r < 5 for x in xs]))
            print(f"  floor chosen on rounds 1-4 (highest within 1 % of the best): {chosen}")
        reader_ms = 1000 * statistics.median(timing[kind])
        print(f"  median ms per verdict: reader {reader_ms:.2f}, rules {timed_rules(kind, scored, rounds):.2f}")


def timed_rules(kind: str, scored, rounds) -> float:  # type: ignore[no-untyped-def]
    from pytest_audiotrust.probes.vocabulary import target_terms

    texts: list[tuple[str, tuple[str, ...]]] = []
    for r in rounds:
        for name in ROUNDS[r][1].get(kind, ()):
            for row in getattr(__import__(name), tables.KIND_ATTR[kind]):
                texts.append((row[2], tuple(target_terms(row[0], row[1]))) if kind == "answer" else (row[0], ()))
    return rule_ms(kind, texts)


def external() -> None:
    """Rules against rules + the shipped reader (at its floors) on real outputs of other models labelled by other
    people (``tests/external/``; never trained on): refused or not, hallucinated or not, the yes/no answer."""
    import _audiobench
    import _chatgpt_refusals
    import _jbb_judge_comparison
    import _nonspeech_external
    import _xstest

    from pytest_audiotrust.probes.vocabulary import target_terms
    from pytest_audiotrust.scoring import learned

    def both(kind: str, text: str, rule: str, terms: tuple[str, ...] = ()) -> tuple[str, str]:
        r = learned.read(kind, text, rule, terms)
        return rule, r.label if r.decides else rule

    sets: list[tuple[str, str, list[tuple[str, str, tuple[str, ...]]]]] = []
    for part, models in (("dev", _xstest.DEV), ("held out", _xstest.HELDOUT), ("v1", _xstest.V1)):
        sets.append(("refusal", f"XSTest {part}", [(r.reply, r.gold, ()) for r in _xstest.rows(models)]))
    for part in ("dev", "heldout"):
        sets.append(("refusal", f"ChatGPT refusals {part}", [
            (r.reply, "refused" if _chatgpt_refusals.DECIDED[r.label] else "complied", ()) for r in _chatgpt_refusals.rows()
            if r.label in _chatgpt_refusals.DECIDED and _chatgpt_refusals.split(r) == part]))
    sets.append(("refusal", "JailbreakBench jailbroken (held out)", [
        (r.reply, "complied", ()) for r in _jbb_judge_comparison.rows() if r.jailbroken and not r.in_dev]))
    for part in ("dev", "heldout", "dev2"):
        sets.append(("no_speech", f"Whisper no-speech outputs {part}",
                     [(r.output, r.label, ()) for r in _nonspeech_external.rows(part)]))
    for part, models in (("dev", _audiobench.DEV), ("held out", _audiobench.HELDOUT)):
        sets.append(("answer", f"AudioBench yes/no {part}", [
            (r["reply"], r["label"], tuple(target_terms(*r["target"][:2]))) for r in _audiobench.rows(models) if r["target"]]))
    print("\n== real outputs of other models (tests/external/, never trained on): rows right, rules -> rules + reader")
    for kind, name, rows in sets:
        read = [(want, *both(kind, text, tables.rule_value(kind, text, terms), terms)) for text, want, terms in rows]
        before = sum(tables.read_right(kind, rule, want) for want, rule, _ in read)
        after = sum(tables.read_right(kind, final, want) for want, _, final in read)
        extra = ""
        if kind == "refusal":
            extra = (f"; non-refusals read as refused {sum(r == 'refused' and w != 'refused' for w, r, _ in read)} -> "
                     f"{sum(f == 'refused' and w != 'refused' for w, _, f in read)}")
        print(f"  {name:40s} {len(read):5d} rows: {before} -> {after}{extra}")


if __name__ == "__main__":
    if "--external-only" not in sys.argv:
        main([a for a in sys.argv[1:] if a != "--external-only"])
    external()
