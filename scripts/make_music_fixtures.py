"""Build the bundled REAL music excerpts (``fixtures/music/``) from Debian's ``asterisk-moh-opsound-wav``.

    python scripts/make_music_fixtures.py              # apt-get download + dpkg-deb -x (no install), cut, write
    python scripts/make_music_fixtures.py --debs DIR   # take the .deb from DIR instead of downloading
    python scripts/make_music_fixtures.py --check      # offline: committed files decode to their manifest hashes

Five hold-music tracks (Macroform, Manolo Camp, Reno Project; CC-BY-SA-3.0 by the authors'
permission, per the package's ``copyright``): one 6 s excerpt each, resampled from 8 kHz to 16 kHz, 16-bit
FLAC. An excerpt in which Silero VAD hears any speech is refused (the probes claim "no words in it").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from debian_sources import fetch  # noqa: E402

OUT = ROOT / "fixtures" / "music"
RATE = 16_000
SECONDS = 6.0
MOH = "/usr/share/asterisk/moh"
LICENSE = "CC-BY-SA-3.0"
#: (id, file stem in the package, artist, start of the excerpt in seconds)
TRACKS = (
    ("macroform_cold_day", "macroform-cold_day", "Paul Shuler (Macroform)", 30.0),
    ("macroform_robot_dity", "macroform-robot_dity", "Paul Shuler (Macroform)", 30.0),
    ("macroform_the_simplicity", "macroform-the_simplicity", "Paul Shuler (Macroform)", 30.0),
    ("manolo_camp_morning_coffee", "manolo_camp-morning_coffee", "Manolo Camp", 20.0),
    ("reno_project_system", "reno_project-system", "Reno Project", 30.0),
)


def _sha(samples) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(samples.tobytes()).hexdigest()


def check_committed(out: Path) -> int:
    import soundfile as sf

    status = 0
    rows = [json.loads(ln) for ln in (out / "manifest.jsonl").read_text().splitlines() if ln.strip()]
    if [r["id"] for r in rows] != [t[0] for t in TRACKS]:
        print(f"{out}/manifest.jsonl: ids differ from the script's track list", file=sys.stderr)
        status = 1
    for r in rows:
        x, rate = sf.read(str(out / r["file"]), dtype="int16")
        if rate != RATE or _sha(x) != r["sha256_pcm"]:
            print(f"{out / r['file']}: decoded audio differs from its manifest line", file=sys.stderr)
            status = 1
    if status == 0:
        print(f"{len(rows)} music excerpts in {out} match their manifest lines")
    return status


def build(out: Path, check: bool, debs: Path | None) -> int:
    sys.path.insert(0, str(ROOT))
    if check:
        return check_committed(out)
    import io

    import soundfile as sf

    from pytest_audiotrust.audio import Audio
    from pytest_audiotrust.scoring.vad import speech_regions

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        pkg = fetch("asterisk-moh-opsound-wav", Path(tmp), debs)
        out.mkdir(parents=True, exist_ok=True)
        for clip_id, stem, artist, start in TRACKS:
            path = f"{MOH}/{stem}.wav"
            full = Audio.load(pkg.file(path)).resample(RATE)
            a, b = int(start * RATE), int((start + SECONDS) * RATE)
            excerpt = full.with_samples(full.samples[a:b])
            heard = speech_regions(excerpt).speech_s
            if heard > 0:
                raise SystemExit(f"{stem} at {start} s: Silero VAD hears {heard:.2f} s of speech; pick another excerpt")
            data = excerpt.to_bytes("FLAC", "PCM_16")
            (out / f"{clip_id}.flac").write_bytes(data)
            x, _ = sf.read(io.BytesIO(data), dtype="int16")
            lines.append(json.dumps({
                "id": clip_id, "file": f"{clip_id}.flac",
                "description": f"{SECONDS:g} s of recorded hold music (no speech per Silero VAD)",
                "artist": artist, "title": stem.split("-", 1)[1].replace("_", " "), "start_s": start,
                "license": LICENSE, "attribution": f"{stem.split('-', 1)[1].replace('_', ' ')} by {artist}, "
                                                   "CC-BY-SA-3.0 (Asterisk music on hold); excerpt resampled to 16 kHz",
                "source": pkg.source(path), "sample_rate": RATE, "sha256_pcm": _sha(x),
            }))
    (out / "manifest.jsonl").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} music excerpts to {out}")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the committed excerpts; write nothing")
    ap.add_argument("--debs", type=Path, help="folder holding the .deb (default: apt-get download)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    args = ap.parse_args()
    raise SystemExit(build(args.out, args.check, args.debs))
