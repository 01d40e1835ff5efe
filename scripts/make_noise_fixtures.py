"""Regenerate the bundled noise beds (``fixtures/noise``) and impulse responses (``fixtures/rirs``).

    python scripts/make_noise_fixtures.py                # apt-get download the voices, write files + manifests
    python scripts/make_noise_fixtures.py --debs DIR     # take the .deb files from DIR instead
    python scripts/make_noise_fixtures.py --check        # offline: committed files decode to their manifest hashes
    python scripts/make_noise_fixtures.py --check --debs DIR   # ...and a fresh build gives the same manifests

Babble is six streams of real talkers who are NOT in the bundled test clips: the French (June Wallack,
CC-BY-SA-3.0), Italian (Carlo Flora, CC-BY-3.0) and Russian (Maxim Topal, CC-BY-3.0) Asterisk prompt voices
from Debian (``asterisk-core-sounds-{fr,it,ru}-wav``; the Spanish set is left out: it is Allison Smith, who
speaks the English test clips). Two streams per talker, each a seeded shuffle of that talker's prompts with
short pauses, levelled and summed; tone-only prompts and the ``silence/`` files are skipped. The mix is
CC-BY-SA-3.0 (share-alike of the French part; the CC-BY parts allow it).
The RIR is a synthetic room (``reverb.synthetic_rir``). Deterministic.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from debian_sources import Package, fetch  # noqa: E402

RATE = 16_000
SEED = 20261201
BABBLE_SECONDS = 20.0
STREAMS_PER_TALKER = 2
#: (package, folder under /usr/share/asterisk/sounds, speaker, language, licence)
TALKERS = (
    ("asterisk-core-sounds-fr-wav", "fr_CA_f_June", "June Wallack", "fr-CA", "CC-BY-SA-3.0"),
    ("asterisk-core-sounds-it-wav", "it_IT_m_Carlo", "Carlo Flora", "it-IT", "CC-BY-3.0"),
    ("asterisk-core-sounds-ru-wav", "ru_RU_f_IvrvoiceRU", "Maxim Topal (ivrvoice.ru)", "ru-RU", "CC-BY-3.0"),
)
LICENSE = ("CC-BY-SA-3.0 (mix of Asterisk prompts by June Wallack, CC-BY-SA-3.0; Carlo Flora, CC-BY-3.0; "
           "Maxim Topal, CC-BY-3.0)")
ATTRIBUTION = ("Babble mixed from the French (June Wallack), Italian (Carlo Flora) and Russian (Maxim Topal, "
               "ivrvoice.ru) Asterisk sound prompts, Debian asterisk-core-sounds-{fr,it,ru}-wav")
TRANSCRIPTS = "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz"


def _tone_prompts(en_text: Package) -> set[str]:
    """Prompt names whose English transcript is a bracketed sound ("[this is a simple beep tone]")."""
    names = set()
    for line in gzip.decompress(en_text.file(TRANSCRIPTS).read_bytes()).decode("utf-8").splitlines():
        name, sep, text = line.partition(":")
        if sep and text.strip().startswith("["):
            names.add(name.strip())
    return names


def _talker_prompts(pkg: Package, folder: str, skip: set[str]) -> list[Path]:
    root = pkg.root / "usr/share/asterisk/sounds" / folder
    return sorted(p for p in root.rglob("*.wav")
                  if str(p.relative_to(root).with_suffix("")) not in skip and p.relative_to(root).parts[0] != "silence")


def _babble(work: Path, debs: Path | None) -> tuple[np.ndarray, list[dict[str, object]]]:
    from pytest_audiotrust.audio import Audio

    rng = np.random.default_rng(SEED)
    skip = _tone_prompts(fetch("asterisk-core-sounds-en", work, debs))
    n = int(BABBLE_SECONDS * RATE)
    out = np.zeros(n)
    sources: list[dict[str, object]] = []
    for package, folder, speaker, language, licence in TALKERS:
        pkg = fetch(package, work, debs)
        prompts = _talker_prompts(pkg, folder, skip)
        used: list[str] = []
        for _ in range(STREAMS_PER_TALKER):
            lead = int(rng.uniform(1.0, 3.0) * RATE)  # cut from inside the stream: no common silent start
            stream: list[np.ndarray] = []
            while sum(len(s) for s in stream) < n + lead:
                path = prompts[int(rng.integers(len(prompts)))]
                used.append(str(path.relative_to(pkg.root / "usr/share/asterisk/sounds" / folder)))
                voiced = Audio.load(path).resample(RATE).samples.astype(np.float64)
                stream.append(voiced * 10 ** (rng.uniform(-3, 3) / 20))
                stream.append(np.zeros(int(rng.uniform(0.05, 0.3) * RATE)))
            talk = np.concatenate(stream)[lead:lead + n]
            out += talk / (np.sqrt(np.mean(talk**2)) + 1e-12)
        sources.append({"speaker": speaker, "language": language, "license": licence,
                        "source": pkg.source(f"/usr/share/asterisk/sounds/{folder}/"), "prompts": sorted(set(used))})
    return 0.9 * out / np.max(np.abs(out)), sources  # the level is irrelevant (mixing rescales it): no clipping


def _write(path: Path, samples: np.ndarray, subtype: str) -> dict[str, object]:
    import soundfile as sf

    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), samples.astype(np.float32), RATE, subtype=subtype)
    data, _ = sf.read(str(path), dtype="float32")
    return {
        "file": path.name, "sample_rate": RATE, "seconds": round(len(data) / RATE, 3),
        "sha256_pcm": hashlib.sha256(data.tobytes()).hexdigest(), "license": LICENSE,
    }


def check_committed() -> int:
    """Offline: every file in both manifests decodes to its recorded rate and PCM hash, and names its licence."""
    import soundfile as sf

    status = 0
    for folder in ("noise", "rirs"):
        manifest = json.loads((ROOT / "fixtures" / folder / "manifest.json").read_text())
        for entry in manifest["files"]:
            path = ROOT / "fixtures" / folder / entry["file"]
            data, rate = sf.read(str(path), dtype="float32")
            if rate != entry["sample_rate"] or hashlib.sha256(data.tobytes()).hexdigest() != entry["sha256_pcm"]:
                print(f"{path}: decoded audio differs from its manifest entry", file=sys.stderr)
                status = 1
            if not entry.get("license") or not entry.get("source"):
                print(f"{path}: manifest entry lacks a licence or source", file=sys.stderr)
                status = 1
    if status == 0:
        print("noise beds and impulse responses match their manifests")
    return status


def build(check: bool, debs: Path | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from pytest_audiotrust.corruptions.reverb import rt60_schroeder, synthetic_rir

    if check and debs is None:
        return check_committed()
    work = tempfile.TemporaryDirectory()
    babble, sources = _babble(Path(work.name), debs)
    rir = synthetic_rir(RATE, rt60_s=0.8, drr_db=0.0, rng=np.random.default_rng(20261129))
    targets = {
        ROOT / "fixtures" / "noise": [("babble.flac", babble, "PCM_16", {
            "kind": "babble", "talkers": len(TALKERS), "streams": len(TALKERS) * STREAMS_PER_TALKER,
            "attribution": ATTRIBUTION, "source": "Debian asterisk-core-sounds-{fr,it,ru}-wav (see sources)",
            "sources": sources})],
        ROOT / "fixtures" / "rirs": [("room_rt60_0p8.wav", rir / np.max(np.abs(rir)), "PCM_16", {
            "kind": "synthetic room", "rt60_s_target": 0.8, "drr_db_target": 0.0,
            "license": "CC0-1.0 (synthesised by this script)",
            "source": "scripts/make_noise_fixtures.py (reverb.synthetic_rir, seed 20261129)"})],
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
                print(f"{mpath}: differs from what the script generates (rerun scripts/make_noise_fixtures.py)",
                      file=sys.stderr)
                status = 1
        else:
            mpath.write_text(text)
            print(f"wrote {mpath}")
    if check and status == 0:
        print("noise beds and impulse responses match a fresh build from the packages")
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only verify (offline: files against manifests)")
    ap.add_argument("--debs", type=Path, help="folder holding the .deb files (default: apt-get download)")
    args = ap.parse_args()
    return build(args.check, args.debs)


if __name__ == "__main__":
    raise SystemExit(main())
