"""Scoring cost per item: sentence embeddings of 1,000 output pairs (batched), WER of 10,000 pairs and the
ITU-T P.56 active speech level (which every noise corruption measures twice) on 10 s of real speech.

    python benchmarks/bench_scoring.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, row

WORDS = ("turn off the lights in kitchen set a timer for ten minutes play some music call my sister "
         "what is weather tomorrow morning when does next train leave please send report team friday").split()


def _sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 12))) for _ in range(n)]


def main() -> None:
    from pytest_audiotrust.scoring import similarity as sim
    from pytest_audiotrust.scoring.wer import word_error

    rows = []
    a, b = _sentences(1000, 1), _sentences(1000, 2)
    start = time.perf_counter()
    sim.embed(["warm up the model"])
    load = time.perf_counter() - start
    start = time.perf_counter()
    for x, y in zip(a[:50], b[:50], strict=True):
        sim.similarity(x, y)  # pair by pair: one model call per pair
    one_by_one = (time.perf_counter() - start) * 20  # scaled to 1,000 pairs
    sim._cache.clear()
    start = time.perf_counter()
    sim.embed(a + b)  # one batched call for 2,000 texts
    batched = time.perf_counter() - start
    rows.append(row("embeddings: 1,000 pairs batched", f"{batched:.2f} s ({batched / 1000 * 1000:.1f} ms/pair)", "report", None,
                    f"model load {load:.1f} s once; pair by pair ~{one_by_one:.1f} s ({one_by_one / batched:.1f}x slower)"))
    start = time.perf_counter()
    cached = [sim.similarity(x, y) for x, y in zip(a, b, strict=True)]
    hit = time.perf_counter() - start
    rows.append(row("similarity: 1,000 pairs, embeddings cached", f"{hit * 1000:.0f} ms", "report", None,
                    f"{hit / len(cached) * 1e6:.0f} us/pair"))

    refs, hyps = _sentences(10_000, 3), _sentences(10_000, 4)
    word_error(refs[0], hyps[0])  # load the normaliser once
    for norm in ("basic", "whisper"):
        start = time.perf_counter()
        for r, h in zip(refs, hyps, strict=True):
            word_error(h, r, norm)
        t = time.perf_counter() - start
        rows.append(row(f"WER: 10,000 pairs ({norm} normaliser)", f"{t:.2f} s", "report", None,
                        f"{t / 10_000 * 1e6:.0f} us/pair"))

    import numpy as np
    from _common import median_seconds

    from pytest_audiotrust.clips import clip_set
    from pytest_audiotrust.corruptions.levels import active_level

    speech = np.concatenate([e.load().audio.samples for e in clip_set("bundled:real")[:6]])[: 10 * 16_000]
    t = median_seconds(lambda: active_level(speech, 16_000), repeat=9)
    rows.append(row("P.56 active level: 10 s of real speech", f"{t * 1000:.1f} ms", "report", None,
                    f"{10 / t:.0f}x real time"))
    emit(rows)


if __name__ == "__main__":
    main()
