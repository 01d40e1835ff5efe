"""Throughput of every corruption as a multiple of real time on ONE core, beside the audiomentations equivalent.

    python benchmarks/bench_corruptions.py                 # severity 3, 10 s of 16 kHz speech
    python benchmarks/bench_corruptions.py --severity 5 --seconds 30

Pinned to one CPU (sched_setaffinity + single-threaded BLAS/FFT). Each figure is the median of 5 runs after a
warm-up. Target: >= 100x real time, except reverb with long RIRs (``reverb.*`` at RT60 >= 1 s) and TTS (voice.*,
not benchmarked here).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import emit, median_seconds, row  # noqa: E402

from pytest_audiotrust.audio import Audio  # noqa: E402
from pytest_audiotrust.clips import bundled_clips  # noqa: E402
from pytest_audiotrust.corruptions import catalog  # noqa: E402

TARGET = 100.0
FAMILIES = ("noise", "reverb", "codec", "channel", "transmission", "timing", "chain")
EXEMPT = ("reverb.",)  # long-RIR convolution is allowed to be slower


def audiomentations_equivalents(sev: int) -> dict[str, tuple[str, object]]:
    """Our name -> (audiomentations transform name, configured transform) at parameters matching ``sev``."""
    try:
        import audiomentations as am
    except ImportError:
        return {}
    from pytest_audiotrust.corruptions.noise import babble_bed_path
    from pytest_audiotrust.corruptions.reverb import bundled_rir

    lv = {n: dict(c.levels[sev - 1]) for n, c in catalog().items() if c.family in FAMILIES}
    snr = lv["noise.white"]["snr_db"]
    out: dict[str, tuple[str, object]] = {
        "noise.white": ("AddGaussianSNR", am.AddGaussianSNR(min_snr_db=snr, max_snr_db=snr, p=1.0)),
        "noise.pink": ("AddColorNoise(pink)", am.AddColorNoise(min_snr_db=snr, max_snr_db=snr, min_f_decay=-3.01,
                                                                max_f_decay=-3.01, p=1.0)),
        "noise.brown": ("AddColorNoise(brown)", am.AddColorNoise(min_snr_db=snr, max_snr_db=snr, min_f_decay=-6.02,
                                                                  max_f_decay=-6.02, p=1.0)),
        "noise.babble": ("AddBackgroundNoise", am.AddBackgroundNoise(sounds_path=babble_bed_path(), min_snr_db=snr,
                                                                     max_snr_db=snr, p=1.0)),
        "reverb.rir_file": ("ApplyImpulseResponse", am.ApplyImpulseResponse(ir_path=bundled_rir(), p=1.0)),
        "channel.lowpass": ("LowPassFilter", am.LowPassFilter(min_cutoff_freq=lv["channel.lowpass"]["high_hz"],
                                                              max_cutoff_freq=lv["channel.lowpass"]["high_hz"], p=1.0)),
        "channel.highpass": ("HighPassFilter", am.HighPassFilter(min_cutoff_freq=lv["channel.highpass"]["low_hz"],
                                                                 max_cutoff_freq=lv["channel.highpass"]["low_hz"], p=1.0)),
        "channel.bandpass": ("BandPassFilter", am.BandPassFilter(min_center_freq=1000, max_center_freq=1000,
                                                                 min_bandwidth_fraction=1.5, max_bandwidth_fraction=1.5, p=1.0)),
        "channel.clipping": ("ClippingDistortion", am.ClippingDistortion(min_percentile_threshold=2, max_percentile_threshold=2,
                                                                         p=1.0)),
        "channel.gain": ("Gain", am.Gain(min_gain_db=lv["channel.gain"]["gain_db"], max_gain_db=lv["channel.gain"]["gain_db"],
                                         p=1.0)),
        "channel.quantize": ("BitCrush", am.BitCrush(min_bit_depth=lv["channel.quantize"]["bits"],
                                                     max_bit_depth=lv["channel.quantize"]["bits"], p=1.0)),
        "channel.resample": ("Aliasing", am.Aliasing(min_sample_rate=8000, max_sample_rate=8000, p=1.0)),
        "transmission.dropout": ("TimeMask", am.TimeMask(min_band_part=0.1, max_band_part=0.1, p=1.0)),
        "timing.pitch": ("PitchShift", am.PitchShift(min_semitones=4, max_semitones=4, p=1.0)),
        "timing.tempo": ("TimeStretch", am.TimeStretch(min_rate=1.35, max_rate=1.35, leave_length_unchanged=False, p=1.0)),
    }
    try:
        out["codec.mp3"] = ("Mp3Compression", am.Mp3Compression(min_bitrate=32, max_bitrate=32, p=1.0))
        out["codec.mp3"][1](np.zeros(16000, dtype=np.float32), 16000)
    except Exception:  # needs fast-mp3-augment (not installed by default)
        out["codec.mp3"] = ("Mp3Compression (not installed: fast-mp3-augment)", None)
    try:
        out["reverb.room"] = ("RoomSimulator", am.RoomSimulator(p=1.0))
        out["reverb.room"][1](np.zeros(16000, dtype=np.float32), 16000)
    except Exception:  # needs pyroomacoustics
        out["reverb.room"] = ("RoomSimulator (not installed: pyroomacoustics)", None)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--severity", type=int, default=3, choices=range(1, 6))
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args(argv)

    clip = {e.id: e for e in bundled_clips()}["dictation_01"].load().audio
    reps = int(np.ceil(args.seconds * clip.sample_rate / clip.frames))
    audio = Audio.from_array(np.tile(clip.samples, reps)[: int(args.seconds * clip.sample_rate)], clip.sample_rate)
    x32 = np.array(audio.samples, dtype=np.float32)
    theirs = audiomentations_equivalents(args.severity)

    table: list[tuple[str, float, str, float | None]] = []
    for name, c in sorted(catalog().items()):
        if c.family not in FAMILIES:
            continue
        rng = np.random.default_rng(0)
        c.apply(audio, args.severity, rng)  # warm-up: imports, caches, filter design
        ours = audio.duration / median_seconds(lambda c=c: c.apply(audio, args.severity, np.random.default_rng(0)))
        label, transform = theirs.get(name, ("", None))
        their_x = None
        if transform is not None:
            transform(x32.copy(), audio.sample_rate)
            their_x = audio.duration / median_seconds(lambda t=transform: t(x32.copy(), audio.sample_rate))
        table.append((name, ours, label, their_x))

    rows = []
    for name, ours, label, their_x in table:
        exempt = name.startswith(EXEMPT) or name.startswith("chain.far_field")
        note = f"audiomentations {label}: {their_x:.0f}x" if their_x else (f"audiomentations {label}" if label else "")
        if exempt:
            note = (note + "; " if note else "") + "exempt (reverb)"
        ok = None if exempt else ours >= TARGET
        rows.append(row(f"{name} sev{args.severity}", f"{ours:.0f}x", f">= {TARGET:.0f}x", ok, note))
    if os.environ.get("BENCH_JSON") == "1":
        emit(rows)
        return 0
    w = max(len(n) for n, *_ in table)
    print(f"Corruption throughput, severity {args.severity}, {audio.duration:.0f} s of {audio.sample_rate} Hz speech, one core "
          f"(x real time, median of 5)\n")
    print(f"{'corruption'.ljust(w)} | {'ours':>8} | {'>=100x':6} | audiomentations equivalent")
    print(f"{'-' * w}-+-{'-' * 8}-+-{'-' * 6}-+-{'-' * 40}")
    for (name, ours, label, their_x), r in zip(table, rows, strict=True):
        ok = {True: "yes", False: "NO", None: "exempt"}[r["ok"]]
        theirs_txt = f"{label}: {their_x:.0f}x" if their_x else label
        print(f"{name.ljust(w)} | {ours:>7.0f}x | {ok:6} | {theirs_txt}")
    below = [r["figure"] for r in rows if r["ok"] is False]
    print(f"\n{len(rows)} corruptions; below target: {', '.join(below) if below else 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
