"""Regenerate the bundled noise beds (``fixtures/noise``) and impulse responses (``fixtures/rirs``).

    python scripts/make_noise_fixtures.py            # writes the files + manifest.json in each folder
    python scripts/make_noise_fixtures.py --check    # verifies the committed manifests match this script

Babble is built offline from the bundled speech clips (``fixtures/clips``, CC0): several talkers,
each a stream of shuffled clips with random pauses, pitch/formant-shifted by resampling so the
voices differ, summed. The RIR is a synthetic room (``reverb.synthetic_rir``). Deterministic (fixed seed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RATE = 16_000
SEED = 20261129
BABBLE_SECONDS = 20.0
TALKERS = 6
#: the clips mixed into the babble (pinned, so adding clips to the manifest does not change the bed)
BABBLE_CLIPS = ("cmd_lights_01", "cmd_timer_01", "cmd_music_01", "cmd_call_01", "weather_01", "question_train_01",
                "dictation_01", "dictation_02")
LICENSE = "CC0-1.0 (derived from the bundled eSpeak NG clips / synthesised by this script)"


def _babble() -> np.ndarray:
    import soxr

    from pytest_audiotrust.clips import bundled_clips

    rng = np.random.default_rng(SEED)
    by_id = {e.id: e for e in bundled_clips()}
    clips = [by_id[i].load().audio.resample(RATE).samples.astype(np.float64) for i in BABBLE_CLIPS]
    n = int(BABBLE_SECONDS * RATE)
    out = np.zeros(n)
    for talker in range(TALKERS):
        factor = 0.8 + 0.4 * talker / max(1, TALKERS - 1)  # 0.8..1.2: different apparent pitch/formants
        stream: list[np.ndarray] = [np.zeros(int(rng.uniform(0, 1.5) * RATE))]
        while sum(len(s) for s in stream) < n:
            clip = clips[int(rng.integers(len(clips)))]
            voiced = np.asarray(soxr.resample(clip, RATE, int(RATE * factor)))
            stream.append(voiced * 10 ** (rng.uniform(-3, 3) / 20))
            stream.append(np.zeros(int(rng.uniform(0.05, 0.4) * RATE)))
        talk = np.concatenate(stream)[:n]
        out += talk / (np.sqrt(np.mean(talk**2)) + 1e-12)
    return 0.25 * out / np.sqrt(np.mean(out**2))


def _sources() -> dict[str, str]:
    """SHA-256 (first 16 hex) of each clip file mixed into the babble: a changed clip explains a --check failure."""
    from pytest_audiotrust.clips import bundled_clips

    by_id = {e.id: e for e in bundled_clips()}
    return {i: hashlib.sha256(by_id[i].path.read_bytes()).hexdigest()[:16] for i in BABBLE_CLIPS}


def _write(path: Path, samples: np.ndarray, subtype: str) -> dict[str, object]:
    import soundfile as sf

    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), samples.astype(np.float32), RATE, subtype=subtype)
    data, _ = sf.read(str(path), dtype="float32")
    return {
        "file": path.name, "sample_rate": RATE, "seconds": round(len(data) / RATE, 3),
        "sha256_pcm": hashlib.sha256(data.tobytes()).hexdigest(), "license": LICENSE,
    }


def build(check: bool) -> int:
    sys.path.insert(0, str(ROOT))
    from pytest_audiotrust.corruptions.reverb import rt60_schroeder, synthetic_rir

    babble = _babble()
    rir = synthetic_rir(RATE, rt60_s=0.8, drr_db=0.0, rng=np.random.default_rng(SEED))
    targets = {
        ROOT / "fixtures" / "noise": [("babble.flac", babble, "PCM_16", {"kind": "babble", "talkers": TALKERS,
                                                                         "sources": _sources()})],
        ROOT / "fixtures" / "rirs": [("room_rt60_0p8.wav", rir / np.max(np.abs(rir)), "PCM_16",
                                      {"kind": "synthetic room", "rt60_s_target": 0.8, "drr_db_target": 0.0})],
    }
    status = 0
    scratch = tempfile.TemporaryDirectory()
    for folder, items in targets.items():
        manifest = []
        out_dir = Path(scratch.name) / folder.name if check else folder
        for name, samples, subtype, meta in items:
            entry = {**_write(out_dir / name, samples, subtype), **meta}
            if "rt60_s_target" in meta:
                import soundfile as sf

                data, _ = sf.read(str(out_dir / name), dtype="float64")
                entry["rt60_s_measured"] = round(rt60_schroeder(data, RATE), 3)
            manifest.append(entry)
        text = json.dumps({"generator": "scripts/make_noise_fixtures.py", "seed": SEED, "files": manifest}, indent=2) + "\n"
        mpath = folder / "manifest.json"
        if check:
            if not mpath.exists() or mpath.read_text() != text:
                print(f"{mpath}: differs from what the script generates (if the 'sources' hashes changed, the bundled "
                      "clips were re-synthesised: rerun scripts/make_noise_fixtures.py)", file=sys.stderr)
                status = 1
        else:
            mpath.write_text(text)
            print(f"wrote {mpath}")
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify the manifests")
    return build(ap.parse_args().check)


if __name__ == "__main__":
    raise SystemExit(main())
