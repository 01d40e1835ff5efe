"""YAMNet (spec ``yamnet``) cost: model load, and milliseconds per 5 s clip split into the numpy log-mel
front end and the int8 ONNX network (one onnxruntime thread), plus the Silero VAD ONNX path on the same clip.

    python benchmarks/bench_yamnet.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, median_seconds, row


def main() -> None:
    import numpy as np

    from pytest_audiotrust.models import yamnet
    from pytest_audiotrust.probes.events import bundled_events
    from pytest_audiotrust.scoring import vad

    start = time.perf_counter()
    yamnet._session()
    load = time.perf_counter() - start
    dog = bundled_events()["dog"].load()
    clip = (np.resize(dog.samples, 5 * 16_000), 16_000)  # 5 s: the 4 s dog recording, looped
    front = median_seconds(lambda: yamnet.patches(clip[0]), repeat=20)
    total = median_seconds(lambda: yamnet.clip_scores(clip), repeat=20)
    vad.speech_regions(clip)
    silero = median_seconds(lambda: vad.speech_regions(clip), repeat=10)
    emit([
        row("YAMNet model load (unzip cached)", f"{load:.2f} s", "< 1 s", load < 1.0),
        row("YAMNet per 5 s clip (front end + network)", f"{total * 1000:.0f} ms", "~50 ms, 1 core", total < 0.1,
            f"front end {front * 1000:.1f} ms, network {(total - front) * 1000:.0f} ms for 9 patches"),
        row("Silero VAD (ONNX, no torch) per 5 s clip", f"{silero * 1000:.0f} ms", "< 100 ms", silero < 0.1),
    ])


if __name__ == "__main__":
    main()
