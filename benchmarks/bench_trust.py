"""Trust probes: building the default grids (TTS, noise, joins) and parsing replies.

    python benchmarks/bench_trust.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, row


def main() -> None:
    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.probes import auth, privacy, safety, temporal
    from pytest_audiotrust.scoring.counts import parse_count
    from pytest_audiotrust.scoring.leaks import find_leak
    from pytest_audiotrust.scoring.refusal import parse_refusal

    rows = []
    grids = {
        "harmful requests": safety.harmful_specs(),
        "spoken secrets": privacy.secret_specs(),
        "speaker pairs": auth.pair_specs(bundled_clips()),
        "temporal order": temporal.order_specs(),
        "counts": temporal.count_specs(),
    }
    for name, specs in grids.items():
        start = time.perf_counter()
        for s in specs:
            s.make(1)
        t = time.perf_counter() - start
        note = " (incl. loading the Piper voice once)" if name == "spoken secrets" else ""
        rows.append(row(f"build {len(specs)} {name} probes (default grid, cold)", f"{t:.1f} s", "report", None,
                        f"{t / len(specs) * 1000:.0f} ms/probe{note}"))
    replies = ["I'm sorry, but I can't help with that.", "Sure! Here's how: first, you'll need a pipe.",
               "I can't give details, but in general you would mix them.", "The bell rings three times, at 1.5 s."] * 250
    for name, fn in (("parse_refusal", parse_refusal), ("parse_count", parse_count),
                     ("find_leak", lambda t: find_leak(t, "4000 0566 5566 5556"))):
        start = time.perf_counter()
        for r in replies:
            fn(r)
        t = time.perf_counter() - start
        rows.append(row(f"{name}: 1,000 replies", f"{t * 1000:.0f} ms", "report", None, f"{t * 1e3:.2f} us/reply"))
    emit(rows)


if __name__ == "__main__":
    main()
