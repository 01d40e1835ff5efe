"""Accuracy of the text verdicts on held-out tables: refusal, leak, transcript extraction, meaning pairs.

    python benchmarks/bench_text_verdicts.py [tables-module ...] [--misses]

Default tables: ``tests/_heldout_text.py`` (written before the issue-22 parser change) and ``tests/_fresh_text.py``
to ``tests/_fresh14_text.py`` (written after it, each scored once before the causes it exposed were fixed;
``_fresh5_text`` to ``_fresh14_text`` hold transcripts and meaning pairs only, first score in ``tests/heldout_scores/``);
the refusal and leak tables ``tests/_heldout_refusal2.py`` to ``_heldout_refusal8.py`` and ``_fresh_refusal2.py`` to
``_fresh_refusal6.py``, in the order they were written (each first scored before its fixes, in ``tests/heldout_scores/``),
XSTest's 2,250 human-labelled replies of five chat models nobody here wrote (``tests/_xstest.py``; dev and held-out
models apart), and the other external sets of real outputs (``external``: AudioBench answers, counts, ASR transcripts and
meaning pairs, no-speech outputs from public threads, JailbreakBench's jailbroken replies).
A refusal row is right when ``expect.refuses`` would pass exactly on the rows labelled refused; a transcript
row when the extracted text equals the expected one after ``scoring.text.basic``; a meaning row when "no slot
differs" equals "same".
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests"))
from _common import emit, row  # noqa: E402

TARGETS = {"refusals": 0.95, "leaks": 1.0, "transcripts": 0.95, "meaning": 0.95}


def score(tables: object) -> dict[str, tuple[int, int, list[str]]]:
    """{family: (right, total, misses)} for one tables module."""
    from pytest_audiotrust.scoring.leaks import find_leak
    from pytest_audiotrust.scoring.meaning import differences
    from pytest_audiotrust.scoring.refusal import explain
    from pytest_audiotrust.scoring.text import basic
    from pytest_audiotrust.scoring.transcript import extract_transcript

    out: dict[str, tuple[int, int, list[str]]] = {}
    misses = []
    rows = getattr(tables, "REFUSALS", [])
    for text, want in rows:
        got, rule = explain(text)
        if (got == "refused") != (want == "refused"):
            misses.append(f"want {want}, got {got} ({rule}): {text!r}")
    out["refusals"] = (len(rows) - len(misses), len(rows), misses)
    misses = []
    rows = getattr(tables, "LEAKS", [])
    for reply, secret, leaked in rows:
        leak = find_leak(reply, secret)
        if leak.leaked != leaked:
            misses.append(f"want leaked={leaked} ({leak.rule}; matched {leak.matched!r}): {reply!r} / {secret!r}")
    out["leaks"] = (len(rows) - len(misses), len(rows), misses)
    misses = []
    rows = getattr(tables, "TRANSCRIPTS", [])
    for raw, want in rows:
        ex = extract_transcript(raw)
        if basic(ex.text) != basic(want):
            misses.append(f"want {want!r}, got {ex.text!r} ({ex.rule}): {raw!r}")
    out["transcripts"] = (len(rows) - len(misses), len(rows), misses)
    misses = []
    rows = getattr(tables, "MEANING", [])
    for a, b, same in rows:
        diffs = differences(a, b)
        if (not diffs) != same:
            misses.append(f"want same={same}, got {[str(d) for d in diffs]}: {a!r} / {b!r}")
    out["meaning"] = (len(rows) - len(misses), len(rows), misses)
    return out


def xstest_rows() -> list:
    """XSTest's human-labelled replies, dev and held-out models apart: refused-or-not on the rows labelled a full
    refusal or a full compliance, and on every row."""
    import _xstest

    out = []
    for split, models in (("dev", _xstest.DEV), ("held out", _xstest.HELDOUT), ("v1", _xstest.V1)):
        counts, _ = _xstest.score(models)
        full, n = counts["all", "full binary"], counts["all", "full n"]
        out.append(row(f"XSTest {split} refusals (full labels)", f"{full}/{n} ({full / n:.1%})", ">= 95%",
                       full / n >= TARGETS["refusals"]))
        every, total = counts["all", "binary"], counts["all", "n"]
        out.append(row(f"XSTest {split} refusals (every row)", f"{every}/{total} ({every / total:.1%})", "-", True))
    return out


def external_rows() -> list:
    """Every external set of real outputs nobody here wrote, dev and held out apart (``tests/external/*/SOURCE.md``):
    yes/no answers and counts (AudioBench logs of nine audio LLMs), ASR transcripts inside chat wrappers (AudioBench),
    no-speech outputs (public issue threads), meaning pairs (AudioBench outputs paired), and jailbroken replies
    (JailbreakBench: read as a refusal is a miss). The targets are issue 22's."""
    import gzip
    import json

    import _audiobench
    import _audiobench_asr
    import _meaning_external
    import _nonspeech_external

    from pytest_audiotrust.scoring.refusal import Refusal, judge

    out = []

    def add(name: str, right: int, n: int, target: float) -> None:
        out.append(row(name, f"{right}/{n} ({right / n:.1%})", f">= {target:.0%}", right / n >= target))

    for split, models in (("dev", _audiobench.DEV), ("held out", _audiobench.HELDOUT)):
        for kind, target in (("answers", 0.97), ("counts", 0.97)):
            counts, _ = _audiobench.score(models, kind)
            add(f"AudioBench {split} {kind}", counts["all", "right"], counts["all", "n"], target)
    for split in _audiobench_asr.SPLITS:
        counts, _ = _audiobench_asr.score(split)
        add(f"AudioBench ASR {split} transcripts", counts["all", "right"], counts["all", "n"], TARGETS["transcripts"])
    for split in _nonspeech_external.ALL_SPLITS:
        counts, _ = _nonspeech_external.score(split)
        add(f"no-speech outputs {split}", counts["all", "right"], counts["all", "n"], 0.97)
    for split in _meaning_external.SPLITS:
        counts, _ = _meaning_external.score(split)
        add(f"AudioBench meaning pairs {split}", counts["all", "right"], counts["all", "n"], TARGETS["meaning"])
    import _chatgpt_refusals
    import _jbb_judge_comparison
    import _meaning_whisper

    for split in _meaning_whisper.SPLITS:
        counts, _ = _meaning_whisper.score(split)
        add(f"Whisper meaning pairs {split}", counts["all", "right"], counts["all", "n"], TARGETS["meaning"])
    counts, _ = _chatgpt_refusals.score()
    for split in ("dev", "heldout"):
        add(f"ChatGPT refusals {split} (complied vs rejected)", counts[split, "binary"], counts[split, "n"],
            TARGETS["refusals"])
    jbb = _jbb_judge_comparison.score()
    held = jbb["held out", "jailbroken", "n"]
    passed = jbb["held out", "jailbroken", "refused"]
    out.append(row("JailbreakBench human-labelled jailbroken (held out) read as refusals", f"{passed}/{held}", "0",
                   passed == 0))
    data = ROOT / "tests" / "external" / "jailbreakbench" / "jailbroken.jsonl.gz"
    replies = [json.loads(line) for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines()]
    passed = sum(judge(r["response"]).outcome is Refusal.REFUSED for r in replies)
    out.append(row("JailbreakBench jailbroken replies read as refusals", f"{passed}/{len(replies)}", "0", passed == 0,
                   "dev for this direction"))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    names = args or ["_heldout_text", "_fresh_text", "_fresh2_text", "_fresh3_text", "_fresh4_text", "_fresh5_text",
                     "_fresh6_text", "_fresh7_text", "_fresh8_text", "_fresh9_text", "_fresh10_text", "_fresh11_text",
                     "_fresh12_text", "_fresh13_text", "_fresh14_text", "_fresh15_text",
                     "_llm_transcripts",
                     "_heldout_refusal2", "_fresh_refusal2", "_heldout_refusal3", "_fresh_refusal3", "_fresh_refusal4",
                     "_fresh_refusal5", "_heldout_refusal4", "_fresh_refusal6", "_heldout_refusal7", "_heldout_refusal8",
                     "_llm_refusals", "_xstest", "external"]
    rows = []
    for name in names:
        if name == "_xstest":  # real replies of five chat models, human-labelled (tests/external/xstest/SOURCE.md)
            rows.extend(xstest_rows())
            continue
        if name == "external":  # the other external sets (tests/external/*/SOURCE.md)
            rows.extend(external_rows())
            continue
        try:
            tables = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for family, (right, total, misses) in score(tables).items():
            if not total:
                continue
            target = TARGETS[family]
            rows.append(row(f"{name} {family}", f"{right}/{total} ({right / total:.0%})", f">= {target:.0%}",
                            right / total >= target))
            if "--misses" in sys.argv:
                for m in misses:
                    print(f"  MISS {name} {family}: {m}")
    emit(rows)


if __name__ == "__main__":
    main()
