"""Build the bundled REAL speech clips (``fixtures/clips/real/``) from recordings of people in Debian packages.

    python scripts/make_real_clips.py                  # apt-get download + dpkg-deb -x (no install), convert, write
    python scripts/make_real_clips.py --debs DIR       # take the .deb files from DIR instead of downloading
    python scripts/make_real_clips.py --check          # verify the committed files against the manifest (offline)
    python scripts/make_real_clips.py --check --debs DIR   # ...and decode-compare them with a fresh conversion

Sources (licence read from each package's ``copyright`` file):

- ``asterisk-core-sounds-en-wav``: telephone prompts recorded by Allison Smith (CC-BY-SA-3.0), 8 kHz;
  transcripts from ``core-sounds-en.txt.gz`` of ``asterisk-core-sounds-en``. Prompts are picked by name
  (below): full sentences a voice assistant or phone system says (commands, keypad numbers, statuses);
  tone-only entries ("[this is a simple beep tone]"), fragments ("...") and prompts whose published
  transcript has a typo are left out.
- ``pocketsphinx-testdata``: LibriVox public-domain readings (Jane Austen, *Sense and Sensibility*), 16 kHz,
  with a ``transcription`` file.

Each clip is resampled to 16 kHz (soxr VHQ) and written as 16-bit FLAC; the manifest line records the
package, version and file it came from, licence, attribution, speaker, language, category and the SHA-256
of the decoded PCM, which ``--check`` verifies. The script owns the ``source_kind: "real"`` lines of
``fixtures/clips/manifest.jsonl``; ``make_fixtures.py`` owns the TTS lines.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from debian_sources import Package, fetch  # noqa: E402

OUT = ROOT / "fixtures" / "clips"
SUBDIR = "real"
RATE = 16_000
SOUNDS = "/usr/share/asterisk/sounds/en_US_f_Allison"
TRANSCRIPTS = "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz"
LIBRIVOX = "/usr/share/pocketsphinx/test/data/librivox"

ALLISON = {
    "speaker": "Allison Smith",
    "license": "CC-BY-SA-3.0",
    "attribution": "Asterisk core sound prompts recorded by Allison Smith (http://www.theivrvoice.com), "
                   "financial contributions by Digium, Inc.; CC-BY-SA-3.0; resampled to 16 kHz FLAC",
}
LIBRIVOX_META = {
    "speaker": "LibriVox volunteer reader (Sense and Sensibility, chapter 1)",
    "license": "Public-Domain (LibriVox recording of a public-domain text)",
    "attribution": "Jane Austen, Sense and Sensibility, chapter 1, LibriVox public-domain recording, "
                   "excerpts as shipped in CMU Sphinx test data; resampled FLAC",
}

#: Allison Smith prompts by category (names as in the package; the transcript comes from core-sounds-en.txt)
PROMPTS: dict[str, tuple[str, ...]] = {
    "command": (
        "check-number-dial-again", "please-try-call-later", "priv-recordintro", "transfer", "pls-hold-while-try",
        "vm-enter-num-to-call", "vm-starmain", "vm-reenterpassword", "vm-whichbox", "privacy-prompt",
        "vm-newpassword", "vm-rec-name", "enter-num-blacklist", "entr-num-rmv-blklist", "conf-getpin",
        "conf-getconfno", "agent-pass", "vm-dialout", "followme/pls-hold-while-try", "vm-helpexit",
        "vm-tocancelmsg", "vm-record-prepend",
    ),
    "numbers": (
        "vm-delete", "vm-prev", "vm-reachoper", "vm-next", "vm-repeat", "vm-review-urgent", "vm-toforward",
        "vm-tocallnum", "vm-toreply", "vm-torerecord", "vm-calldiffnum", "vm-tomakecall", "vm-tohearenv",
        "vm-tocallback", "followme/options", "vm-forward-multiple", "vm-forward", "vm-opts", "vm-tempgreeting2",
        "vm-review", "dir-multi9",
    ),
    "statement": (
        "all-circuits-busy-now", "cannot-complete-as-dialed", "number-not-answering", "vm-msgsaved",
        "vm-passchanged", "vm-tooshort", "vm-msgforwarded", "conf-now-muted", "conf-leaderhasleft",
        "confbridge-removed", "feature-not-avail-line", "speed-dial-empty", "vm-sorry", "vm-nobodyavail",
        "vm-mailboxfull", "privacy-unident", "ss-noservice", "queue-youarenext", "followme/sorry",
        "followme/status", "vm-nonumber", "tt-weasels", "tt-monkeysintro", "vm-mismatch", "conf-onlyperson",
        "demo-echodone", "vm-tempgreetactive", "privacy-incorrect",
    ),
    "question": ("vm-savefolder",),
}
#: Published transcripts that differ from the recording: both Whisper tiny.en and Whisper base hear the
#: corrected text (checked 2026-12-01); the manifest line keeps the published text in ``transcript_published``.
CORRECTIONS = {
    "vm-savefolder": "Which folder should I save this message to?",
    "vm-mismatch": "The password you entered and re-entered did not match. Please try again.",
}
#: LibriVox utterance ids in pocketsphinx-testdata's librivox/transcription
READINGS = ("0870", "0880", "0890", "0920", "0930")


def clip_id(prompt: str) -> str:
    return "allison_" + re.sub(r"[^a-z0-9]+", "_", prompt.lower()).strip("_")


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def allison_transcripts(pkg: Package) -> dict[str, str]:
    """``name: text`` lines of core-sounds-en.txt (comments and blank lines skipped)."""
    out: dict[str, str] = {}
    for line in gzip.decompress(pkg.file(TRANSCRIPTS).read_bytes()).decode("utf-8").splitlines():
        if line.startswith(";") or ":" not in line:
            continue
        name, _, text = line.partition(":")
        out[name.strip()] = _tidy(text)
    return out


def librivox_transcripts(pkg: Package) -> dict[str, str]:
    """``<s> text </s> (utterance-id)`` lines; the text is lower case without punctuation, as published."""
    out: dict[str, str] = {}
    for line in pkg.file(f"{LIBRIVOX}/transcription").read_text().splitlines():
        m = re.fullmatch(r"\s*<s>(.*)</s>\s*\((\S+)\)\s*", line)
        if m:
            out[m.group(2)] = _tidy(m.group(1))
    return out


def _convert(path: Path) -> bytes:
    from pytest_audiotrust.audio import Audio

    return Audio.load(path).resample(RATE).to_bytes("FLAC", "PCM_16")


def _pcm(data: bytes | Path):  # type: ignore[no-untyped-def]
    import io

    import soundfile as sf

    return sf.read(io.BytesIO(data) if isinstance(data, bytes) else str(data), dtype="int16")


def _sha(samples) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(samples.tobytes()).hexdigest()


def plan(en: Package, en_text: Package, ps: Package) -> list[tuple[dict[str, object], Path]]:
    """(manifest entry without the audio hash and length, source file) for every selected clip."""
    texts = allison_transcripts(en_text)
    items: list[tuple[dict[str, object], Path]] = []
    for category, names in PROMPTS.items():
        for name in names:
            text = texts[name]
            if text.startswith("[") or "..." in text:
                raise ValueError(f"prompt {name}: {text!r} is a tone or a fragment, not a sentence")
            path = f"{SOUNDS}/{name}.wav"
            fixed = {"transcript_published": text} if name in CORRECTIONS else {}
            items.append(({
                "id": clip_id(name), "file": f"{SUBDIR}/{clip_id(name)}.flac", "transcript": CORRECTIONS.get(name, text),
                "category": category, "language": "en-US", "source_kind": "real", **ALLISON,
                "source": en.source(path), "transcript_source": en_text.source(f"{TRANSCRIPTS} ({name})"), **fixed,
            }, en.file(path)))
    readings = librivox_transcripts(ps)
    for n in READINGS:
        utt = f"sense_and_sensibility_01_austen_64kb-{n}"
        path = f"{LIBRIVOX}/{utt}.wav"
        items.append(({
            "id": f"librivox_austen_{n}", "file": f"{SUBDIR}/librivox_austen_{n}.flac", "transcript": readings[utt],
            "category": "reading", "language": "en-US", "source_kind": "real", **LIBRIVOX_META,
            "source": ps.source(path), "transcript_source": ps.source(f"{LIBRIVOX}/transcription ({utt})"),
        }, ps.file(path)))
    return items


def packages(work: Path, debs: Path | None) -> tuple[Package, Package, Package]:
    return (fetch("asterisk-core-sounds-en-wav", work, debs), fetch("asterisk-core-sounds-en", work, debs),
            fetch("pocketsphinx-testdata", work, debs))


def merge_manifest(path: Path, real_lines: list[str]) -> str:
    """The manifest with its ``source_kind: real`` lines replaced by ``real_lines`` (other lines kept, in order)."""
    kept = [ln for ln in (path.read_text().splitlines() if path.is_file() else [])
            if ln.strip() and json.loads(ln).get("source_kind") != "real"]
    return "\n".join(kept + real_lines) + "\n"


def committed_real(out: Path) -> list[dict[str, object]]:
    path = out / "manifest.jsonl"
    return [e for e in (json.loads(ln) for ln in path.read_text().splitlines() if ln.strip())
            if e.get("source_kind") == "real"]


def check_committed(out: Path) -> list[str]:
    """Offline check: every real clip's file decodes to the PCM hash, rate and length its manifest line records."""
    problems: list[str] = []
    entries = committed_real(out)
    want_ids = [clip_id(n) for names in PROMPTS.values() for n in names] + [f"librivox_austen_{n}" for n in READINGS]
    if [e["id"] for e in entries] != want_ids:
        problems.append(f"{out}/manifest.jsonl: real clip ids differ from the script's selection")
    for e in entries:
        f = out / str(e["file"])
        if not f.is_file():
            problems.append(f"{f}: missing")
            continue
        x, rate = _pcm(f)
        if rate != RATE or len(x) != e.get("frames") or _sha(x) != e.get("sha256_pcm"):
            problems.append(f"{f}: decoded audio ({len(x)} frames at {rate} Hz) differs from its manifest line")
    return problems


def build(out: Path, check: bool, debs: Path | None) -> int:
    sys.path.insert(0, str(ROOT))
    if check and debs is None:
        problems = check_committed(out)
        for p in problems:
            print(p, file=sys.stderr)
        if not problems:
            print(f"{len(committed_real(out))} real clips in {out} match their manifest lines")
        return 1 if problems else 0
    with tempfile.TemporaryDirectory() as tmp:
        items = plan(*packages(Path(tmp), debs))
        lines, problems = [], check_committed(out) if check else []
        for entry, src in items:
            data = _convert(src)
            x, _ = _pcm(data)
            full = {**entry, "frames": len(x), "sha256_pcm": _sha(x)}
            lines.append(json.dumps(full))
            if check:
                old = out / str(entry["file"])
                if old.is_file():
                    y, _ = _pcm(old)
                    if len(y) != len(x) or abs(y.astype(int) - x).max() > 2:
                        problems.append(f"{old}: differs from a fresh conversion of {entry['source']}")
            else:
                (out / SUBDIR).mkdir(parents=True, exist_ok=True)
                (out / str(entry["file"])).write_bytes(data)
        if check:
            if [json.loads(ln) for ln in lines] != committed_real(out):
                problems.append(f"{out}/manifest.jsonl: real clip lines differ from a fresh build")
            for p in problems:
                print(p, file=sys.stderr)
            if not problems:
                print(f"checked {len(items)} real clips against their sources")
            return 1 if problems else 0
        (out / "manifest.jsonl").write_text(merge_manifest(out / "manifest.jsonl", lines))
        print(f"wrote {len(items)} real clips to {out / SUBDIR}")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the committed clips; write nothing")
    ap.add_argument("--debs", type=Path, help="folder holding the .deb files (default: apt-get download)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"clip folder (default {OUT})")
    args = ap.parse_args()
    raise SystemExit(build(args.out, args.check, args.debs))
