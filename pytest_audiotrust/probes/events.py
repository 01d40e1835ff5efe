"""The bundled event sounds (``fixtures/events/manifest.jsonl``) and the sound vocabulary questions draw on.

``VOCABULARY`` is every sound a question may ask about (key -> phrase). ``POPULARITY`` ranks
them roughly as AudioSet label frequencies do (speech and music first, then vehicles and
animals; approximate ranks transcribed by hand). ``CO_OCCURS`` lists, per bundled event,
sounds that commonly occur *with* it in real recordings (hand-curated): the adversarial
absent-event choice (Kuan et al., 2024) asks about one of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..data import fixtures_dir
from ..errors import ConfigError

VOCABULARY: dict[str, str] = {
    "dog_bark": "a dog barking",
    "door_knock": "someone knocking on a door",
    "siren": "a siren",
    "bell": "a bell ringing",
    "glass_break": "glass breaking",
    "footsteps": "footsteps",
    "rain": "rain",
    "engine": "a car engine",
    "phone_ring": "a telephone ringing",
    "birds": "birds chirping",
    "applause": "applause",
    "speech": "someone speaking",
    "music": "music",
    "baby_cry": "a baby crying",
    "cat_meow": "a cat meowing",
    "thunder": "thunder",
    "car_horn": "a car horn",
    "wind": "wind blowing",
    "water": "running water",
    "helicopter": "a helicopter",
    "laughter": "people laughing",
    "typing": "typing on a keyboard",
    "doorbell": "a doorbell",
    "alarm": "an alarm beeping",
    "train": "a train",
    "clock": "a clock ticking",
    "crowd": "a crowd cheering",
    "tires": "tyres screeching",
    "scream": "someone screaming",
}

#: Most frequent first (approximate AudioSet label frequency order).
POPULARITY: tuple[str, ...] = (
    "speech", "music", "engine", "dog_bark", "birds", "wind", "water", "crowd", "laughter", "rain", "siren",
    "train", "applause", "baby_cry", "cat_meow", "footsteps", "car_horn", "helicopter", "bell", "thunder",
    "door_knock", "typing", "phone_ring", "alarm", "doorbell", "clock", "glass_break", "tires", "scream",
)

#: Sounds that often co-occur with each bundled event in real recordings (hand-curated, most typical first).
CO_OCCURS: dict[str, tuple[str, ...]] = {
    "dog_bark": ("footsteps", "doorbell", "cat_meow", "birds"),
    "door_knock": ("footsteps", "doorbell", "dog_bark", "speech"),
    "siren": ("engine", "car_horn", "helicopter", "tires"),
    "bell": ("music", "clock", "birds", "crowd"),
    "glass_break": ("scream", "alarm", "footsteps", "dog_bark"),
    "footsteps": ("door_knock", "speech", "dog_bark", "doorbell"),
    "rain": ("thunder", "wind", "water", "car_horn"),
    "engine": ("car_horn", "siren", "tires", "train"),
    "phone_ring": ("speech", "typing", "doorbell", "alarm"),
    "birds": ("wind", "water", "dog_bark", "speech"),
    "applause": ("crowd", "laughter", "music", "speech"),
}


@dataclass(frozen=True)
class EventEntry:
    """A bundled event sound: id, file, the phrase a question uses, licence."""

    id: str
    path: Path
    label: str
    description: str
    license: str

    def load(self):  # -> Audio
        from ..audio import Audio

        return Audio.load(self.path, sample_rate=16_000)


def events_manifest() -> Path:
    return fixtures_dir() / "events" / "manifest.jsonl"


@cache
def bundled_events() -> dict[str, EventEntry]:
    """id -> entry for every bundled event sound (stdlib only; audio is read by ``load()``)."""
    path = events_manifest()
    if not path.is_file():
        raise ConfigError(f"event manifest {path} not found; regenerate it with scripts/make_event_fixtures.py")
    out: dict[str, EventEntry] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        missing = [k for k in ("id", "file", "label", "license") if not item.get(k)]
        if missing:
            raise ConfigError(f"{path}:{lineno}: missing {missing}")
        if item["id"] not in VOCABULARY:
            raise ConfigError(f"{path}:{lineno}: event {item['id']!r} is not in probes.events.VOCABULARY")
        out[item["id"]] = EventEntry(item["id"], path.parent / item["file"], item["label"],
                                     item.get("description", ""), item["license"])
    return out
