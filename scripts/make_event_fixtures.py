"""Render the synthetic event sounds of ``pytest_audiotrust.probes.synth.EVENTS`` into ``fixtures/events/``.

Usage: ``python scripts/make_event_fixtures.py [--out fixtures/events] [--seed 20261129]``

Every file is generated from source here (no recordings), so it is CC0-1.0; the
manifest records the generator, seed, duration and licence per file. Output is
16 kHz mono 16-bit FLAC, a few tens of kB each.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import soundfile as sf

from pytest_audiotrust.probes.synth import EVENTS, RATE
from pytest_audiotrust.seeding import derive_seed

LICENSE = "CC0-1.0 (synthesised from code in pytest_audiotrust/probes/synth.py; no recording used)"


def render(out_dir: Path, seed: int, duration: float = 3.0) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, (fn, phrase, description) in EVENTS.items():
        s = derive_seed(seed, "event", name)
        x = fn(np.random.default_rng(s), duration, RATE)
        x = np.clip(x, -1.0, 1.0).astype(np.float32)
        path = out_dir / f"{name}.flac"
        sf.write(path, x, RATE, subtype="PCM_16")
        rows.append({"id": name, "file": path.name, "label": phrase, "description": description,
                     "generator": f"pytest_audiotrust.probes.synth.{fn.__name__}", "seed": s,
                     "duration_s": duration, "sample_rate": RATE, "license": LICENSE})
    (out_dir / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "fixtures" / "events"))
    ap.add_argument("--seed", type=int, default=20261129)
    args = ap.parse_args()
    rows = render(Path(args.out), args.seed)
    total = sum((Path(args.out) / r["file"]).stat().st_size for r in rows)
    print(f"wrote {len(rows)} event sounds to {args.out} ({total / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
