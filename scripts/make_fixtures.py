"""Regenerate the bundled speech clips (``fixtures/clips``) with the offline eSpeak NG voices.

    python scripts/make_fixtures.py            # writes FLAC files + manifest.jsonl
    python scripts/make_fixtures.py --check    # verifies the committed manifest matches this script

Deterministic: the same espeakng-loader version gives the same audio.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fixtures" / "clips"
RATE = 16_000
LICENSE = "CC0-1.0 (synthesised by eSpeak NG from text written for this project)"

#: (id, category, voice, rate wpm, text)
CLIPS: list[tuple[str, str, str, int, str]] = [
    ("cmd_lights_01", "command", "en-us", 160, "Turn off the lights in the kitchen."),
    ("cmd_timer_01", "command", "en-us", 160, "Set a timer for ten minutes."),
    ("cmd_music_01", "command", "en", 160, "Play some relaxing music in the living room."),
    ("cmd_call_01", "command", "en-us", 160, "Call my sister on her mobile phone."),
    ("weather_01", "question", "en-us", 160, "What is the weather going to be like tomorrow morning?"),
    ("question_train_01", "question", "en", 160, "When does the next train to the city leave?"),
    ("dictation_01", "dictation", "en-us", 165, "Please send the report to the whole team before Friday."),
    ("dictation_02", "dictation", "en", 165, "The meeting was moved to the small room on the second floor."),
]


def build(check: bool) -> int:
    sys.path.insert(0, str(ROOT))
    from pytest_audiotrust.tts.espeak import EspeakVoice, synthesize

    lines = []
    for clip_id, category, voice, wpm, text in CLIPS:
        file = f"{clip_id}.flac"
        lines.append(json.dumps({
            "id": clip_id, "file": file, "transcript": text, "category": category,
            "voice": f"espeak:{voice}", "license": LICENSE,
        }))
        if not check:
            audio = synthesize(text, EspeakVoice(voice, rate=wpm)).resample(RATE)
            audio.save(OUT / file, subtype="PCM_16")
    manifest = "\n".join(lines) + "\n"
    path = OUT / "manifest.jsonl"
    if check:
        if path.read_text() != manifest:
            print(f"{path} differs from what scripts/make_fixtures.py generates", file=sys.stderr)
            return 1
        return 0
    path.write_text(manifest)
    print(f"wrote {len(CLIPS)} clips to {OUT}")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the manifest without writing audio")
    raise SystemExit(build(ap.parse_args().check))
