"""Answer scoring cost: target-aware yes/no parsing, no-speech verdicts and transcript extraction per output.

    python benchmarks/bench_answers.py

Inputs are the test tables (``tests/_answer_tables.py``): answers written the way audio LLMs answer.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests"))
from _common import emit, row  # noqa: E402

REPEAT = 20


def main() -> None:
    from _answer_tables import NO_SPEECH, PHRASES, TARGETED, WRAPPED

    start = time.perf_counter()
    from pytest_audiotrust.probes.vocabulary import target_terms
    from pytest_audiotrust.scoring.answers import parse_answer

    targets = {label: target_terms(label, PHRASES.get(label)) for label, _, _ in TARGETED}
    parse_answer("I only hear footsteps.", targets["Dog"])
    first = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(REPEAT):
        for label, text, _ in TARGETED:
            parse_answer(text, targets[label])
    t = (time.perf_counter() - start) / (REPEAT * len(TARGETED))
    rows = [row(f"parse_answer with a target ({len(TARGETED)} answers x {REPEAT})", f"{t * 1e6:.0f} us/answer", "report",
                None, f"first call (import, lexicon regexes) {first * 1000:.0f} ms once")]

    from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
    from pytest_audiotrust.scoring.transcript import extract_transcript

    for name, items, fn in (("no-speech verdict", [t for t, _ in NO_SPEECH], inspect_nonspeech_output),
                            ("transcript extraction", [r for r, _ in WRAPPED], extract_transcript)):
        fn(items[0])
        start = time.perf_counter()
        for _ in range(REPEAT):
            for text in items:
                fn(text)
        t = (time.perf_counter() - start) / (REPEAT * len(items))
        rows.append(row(f"{name} ({len(items)} outputs x {REPEAT})", f"{t * 1e6:.0f} us/output", "report", None))
    emit(rows)


if __name__ == "__main__":
    main()
