"""Model runtime benchmark: prints, side by side in one run,

1. a small trust suite on the default model (bundled Whisper tiny.en), cold cache vs warm cache;
2. OpenAI-compatible HTTP throughput, sequential vs ``generate_batch`` with concurrency 8, against the
   local test server (a) standing in for a remote GPU server (fixed service time, I/O bound) and
   (b) serving the bundled Whisper on this machine's CPUs (compute bound);
3. faster-whisper: sequential ``transcribe`` (one worker, every core on each call) vs the adapter's
   ``generate_batch`` (one one-thread worker per core, transcribing concurrently) vs ``BatchedInferencePipeline``
   over the same clips (clips joined with ``clip_timestamps`` so one call decodes them as one batch).

Run: ``.venv/bin/python benchmarks/bench_models.py [--clips 8] [--requests 24]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SUITE = textwrap.dedent(
    """
    from pytest_audiotrust import expect

    def test_transcript_is_accurate(audiotrust_model, speech_clip):
        expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.5)

    def test_no_words_from_non_speech(audiotrust_model, nonspeech_probe):
        expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
    """
)


def bench_cache() -> list[tuple[str, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        suite = Path(tmp) / "suite"
        suite.mkdir()
        (suite / "test_suite.py").write_text(SUITE)
        (suite / "pytest.ini").write_text("[pytest]\naudiotrust_normalizer = basic\n")
        env = {**os.environ, "AUDIOTRUST_CACHE_DIR": str(Path(tmp) / "cache")}
        rows, outcomes = [], []
        for label in ("cold (empty cache)", "warm (cached)"):
            start = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", str(suite)], cwd=suite,
                                  env=env, capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-300:]
            cache_line = next((ln for ln in proc.stdout.splitlines() if "model cache" in ln), "")
            outcomes.append(summary.split(" in ")[0])
            rows.append((f"suite, {label}", f"{elapsed:.1f} s", f"{summary.split(' in ')[0]}; {cache_line.split(': ', 1)[-1]}"))
        rows.append(("suite speed-up warm vs cold", f"{_num(rows[0][1]) / _num(rows[1][1]):.1f}x",
                     "same verdicts" if outcomes[0] == outcomes[1] else f"VERDICTS DIFFER: {outcomes}"))
        return rows


def _num(s: str) -> float:
    return float(s.split()[0])


def bench_http(n: int, latency: float) -> list[tuple[str, str, str]]:
    from _openai_server import OpenAIServer

    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.models.openai import OpenAICompatible

    clip = bundled_clips()[0].load()
    rows = []
    for label, server in (
        (f"remote-like server ({latency:.2f} s service time)", OpenAIServer(lambda a, p: "ok", latency=latency)),
        ("bundled Whisper tiny.en served on this box", OpenAIServer()),
    ):
        with server:
            model = OpenAICompatible(server.base_url, "m", concurrency=8)
            model.transcribe(clip)  # warm up (connection, model load)
            items = [(clip.audio, None)] * n
            start = time.perf_counter()
            for audio, prompt in items:
                model.generate(audio, prompt)
            seq = time.perf_counter() - start
            start = time.perf_counter()
            model.generate_batch(items)
            conc = time.perf_counter() - start
            model.close()
        rows.append((f"HTTP {label}, sequential", f"{n / seq:.1f} req/s", f"{n} requests in {seq:.1f} s"))
        rows.append((f"HTTP {label}, concurrency 8", f"{n / conc:.1f} req/s",
                     f"{seq / conc:.1f}x sequential; max in flight {server.max_in_flight}"))
    return rows


def bench_faster_whisper(n_clips: int) -> list[tuple[str, str, str]]:
    import numpy as np
    from faster_whisper import BatchedInferencePipeline

    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.models import FasterWhisper
    from pytest_audiotrust.models.faster_whisper import DEFAULT_DECODING

    clips = [c.load() for c in bundled_clips()[:n_clips]]
    adapter = FasterWhisper("tiny.en", workers=1)  # one call after another, all the cores on each
    adapter.transcribe(clips[0])  # load
    start = time.perf_counter()
    seq = [adapter.transcribe(c).text for c in clips]
    t_seq = time.perf_counter() - start
    workers = FasterWhisper("tiny.en")  # the default: one one-thread replica per core (at most 4)
    workers.transcribe(clips[0])
    start = time.perf_counter()
    together = [r.text for r in workers.generate_batch([(c, None) for c in clips])]
    t_workers = time.perf_counter() - start
    same_workers = sum(a == b for a, b in zip(seq, together, strict=True))
    samples = [adapter.prepare(c.audio).samples for c in clips]
    gap = np.zeros(16000, np.float32)
    stamps, parts, pos = [], [], 0
    for s in samples:
        stamps.append({"start": pos / 16000, "end": (pos + len(s)) / 16000})
        parts += [s, gap]
        pos += len(s) + len(gap)
    options = {k: v for k, v in DEFAULT_DECODING.items() if k not in ("vad_filter", "condition_on_previous_text")}
    pipe = BatchedInferencePipeline(adapter._load())
    start = time.perf_counter()
    segments, _ = pipe.transcribe(np.concatenate(parts), clip_timestamps=stamps, vad_filter=False, batch_size=8, **options)
    segments = list(segments)
    t_batch = time.perf_counter() - start
    batched = ["".join(s.text for s in segments if st["start"] - 0.01 <= s.start < st["end"]).strip() for st in stamps]
    same = sum(a == b for a, b in zip(seq, batched, strict=True))
    return [
        ("faster-whisper tiny.en, sequential", f"{len(clips) / t_seq:.2f} clips/s", f"{len(clips)} clips in {t_seq:.1f} s"),
        (f"FasterWhisper.generate_batch ({workers.workers} workers x {workers.cpu_threads} thread)",
         f"{len(clips) / t_workers:.2f} clips/s",
         f"{t_seq / t_workers:.2f}x sequential; identical transcripts {same_workers}/{len(clips)}"),
        ("faster-whisper tiny.en, BatchedInferencePipeline (batch 8)", f"{len(clips) / t_batch:.2f} clips/s",
         f"{t_seq / t_batch:.2f}x sequential; identical transcripts {same}/{len(clips)}"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=8)
    parser.add_argument("--requests", type=int, default=24)
    parser.add_argument("--latency", type=float, default=0.25)
    args = parser.parse_args()
    rows = bench_cache() + bench_http(args.requests, args.latency) + bench_faster_whisper(args.clips)
    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':<{width}}  {'result':>14}  notes")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>14}  {note}")
    print(f"(machine: {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
