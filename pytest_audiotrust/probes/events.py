"""The bundled event sounds (``fixtures/events/manifest.jsonl``) and the sound vocabulary questions draw on.

The bundled events are real recordings (``scripts/make_event_fixtures.py`` records source, licence
and attribution per file), each named by its AudioSet display name (``label``) with the phrase a
question uses (``phrase``) and synonyms for answer matching.

``VOCABULARY`` is every sound a question may ask about (key -> phrase), ``LABELS`` its AudioSet
display name (key -> label). ``POPULARITY`` ranks them roughly as AudioSet label frequencies do
(speech and music first; approximate ranks transcribed by hand). ``CO_OCCURS`` lists, per bundled
event, sounds that commonly occur *with* it in real recordings (hand-curated): the adversarial
absent-event choice (Kuan et al., 2024) asks about the first. Every vocabulary sound other than
its own is absent from each bundled clip: YAMNet scores its label below ``ABSENT_BELOW`` there
(``tests/test_events_real.py`` checks it), so any absent-sound question is truly about a sound
that is not in the audio.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..inputs.data import fixtures_dir
from ..memo import memoized

#: A vocabulary sound counts as absent from a clip when the tagger scores its label below this.
ABSENT_BELOW = 0.5

#: key -> (AudioSet display name, question phrase). Bundled events first (same label/phrase as the manifest).
_SOUNDS: dict[str, tuple[str, str]] = {
    "dog": ("Dog", "a dog barking"),
    "cow": ("Moo", "a cow mooing"),
    "frog": ("Frog", "a frog croaking"),
    "pig": ("Pig", "a pig oinking"),
    "horse": ("Horse", "a horse neighing"),
    "bird": ("Bird", "birds chirping"),
    "helicopter": ("Helicopter", "a helicopter"),
    "train": ("Train", "a train"),
    "airplane": ("Fixed-wing aircraft, airplane", "a jet plane taking off"),
    "cheering": ("Cheering", "a crowd cheering"),
    "jackhammer": ("Jackhammer", "a jackhammer"),
    "power_tool": ("Power tool", "a power saw cutting"),
    "steam_whistle": ("Steam whistle", "a steam whistle"),
    "cash_register": ("Cash register", "a cash register"),
    "crumpling": ("Crumpling, crinkling", "paper being crumpled"),
    # sounds no bundled clip holds (asked about only as absent sounds)
    "speech": ("Speech", "someone speaking"),
    "music": ("Music", "music"),
    "car": ("Car", "a car driving past"),
    "siren": ("Siren", "a siren"),
    "car_horn": ("Vehicle horn, car horn, honking", "a car horn"),
    "baby_cry": ("Baby cry, infant cry", "a baby crying"),
    "cat": ("Cat", "a cat meowing"),
    "chicken": ("Chicken, rooster", "a rooster crowing"),
    "sheep": ("Sheep", "sheep bleating"),
    "duck": ("Duck", "ducks quacking"),
    "rain": ("Rain", "rain"),
    "thunder": ("Thunder", "thunder"),
    "wind": ("Wind", "wind blowing"),
    "doorbell": ("Doorbell", "a doorbell"),
    "door_knock": ("Knock", "someone knocking on a door"),
    "footsteps": ("Walk, footsteps", "footsteps"),
    "church_bell": ("Church bell", "church bells ringing"),
    "telephone": ("Telephone bell ringing", "a telephone ringing"),
    "applause": ("Applause", "applause"),
    "laughter": ("Laughter", "people laughing"),
    "glass": ("Shatter", "glass breaking"),
    "typing": ("Typing", "typing on a keyboard"),
    "chainsaw": ("Chainsaw", "a chainsaw"),
    "motorcycle": ("Motorcycle", "a motorcycle"),
    "gunshot": ("Gunshot, gunfire", "a gunshot"),
    "smoke_alarm": ("Smoke detector, smoke alarm", "a smoke alarm beeping"),
}

VOCABULARY: dict[str, str] = {k: phrase for k, (_, phrase) in _SOUNDS.items()}
LABELS: dict[str, str] = {k: label for k, (label, _) in _SOUNDS.items()}

#: Most frequent first (approximate AudioSet label frequency order).
POPULARITY: tuple[str, ...] = (
    "speech", "music", "car", "dog", "bird", "wind", "rain", "siren", "train", "laughter", "applause", "cheering",
    "baby_cry", "cat", "footsteps", "car_horn", "helicopter", "airplane", "thunder", "horse", "cow", "chicken",
    "motorcycle", "door_knock", "typing", "telephone", "church_bell", "doorbell", "gunshot", "duck", "sheep",
    "frog", "pig", "glass", "chainsaw", "smoke_alarm", "power_tool", "jackhammer", "steam_whistle",
    "cash_register", "crumpling",
)

#: Sounds that often co-occur with each bundled event in real recordings (hand-curated, most typical first).
CO_OCCURS: dict[str, tuple[str, ...]] = {
    "dog": ("cat", "doorbell", "footsteps", "chicken"),
    "cow": ("sheep", "chicken", "pig", "horse"),
    "frog": ("rain", "bird", "wind", "thunder"),
    "pig": ("chicken", "cow", "sheep", "duck"),
    "horse": ("cow", "footsteps", "dog", "chicken"),
    "bird": ("wind", "rain", "dog", "speech"),
    "helicopter": ("siren", "airplane", "car", "wind"),
    "train": ("car_horn", "steam_whistle", "car", "speech"),
    "airplane": ("helicopter", "car", "speech", "wind"),
    "cheering": ("applause", "laughter", "music", "speech"),
    "jackhammer": ("power_tool", "car", "chainsaw", "speech"),
    "power_tool": ("chainsaw", "jackhammer", "typing", "speech"),
    "steam_whistle": ("train", "car_horn", "siren", "speech"),
    "cash_register": ("speech", "typing", "telephone", "footsteps"),
    "crumpling": ("typing", "footsteps", "speech", "glass"),
}


@dataclass(frozen=True)
class EventEntry:
    """A bundled event sound: id, file, AudioSet label, question phrase, synonyms, source and licence."""

    id: str
    path: Path
    label: str
    phrase: str
    synonyms: tuple[str, ...]
    source: str
    license: str
    attribution: str

    @property
    def description(self) -> str:
        return f"real recording of {self.phrase} (AudioSet: {self.label}); {self.attribution}"

    def load(self):  # -> Audio
        from ..inputs.audio import read_once

        return read_once(str(self.path), 16_000)


def events_manifest() -> Path:
    return fixtures_dir() / "events" / "manifest.jsonl"


@memoized
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
        missing = [k for k in ("id", "file", "label", "phrase", "source", "license", "attribution") if not item.get(k)]
        if missing:
            raise ConfigError(f"{path}:{lineno}: missing {missing}")
        key = item["id"]
        if key not in VOCABULARY:
            raise ConfigError(f"{path}:{lineno}: event {key!r} is not in probes.events.VOCABULARY")
        if (item["label"], item["phrase"]) != _SOUNDS[key]:
            raise ConfigError(f"{path}:{lineno}: label/phrase {item['label']!r}/{item['phrase']!r} differ from "
                              f"probes.events ({_SOUNDS[key][0]!r}/{_SOUNDS[key][1]!r})")
        out[key] = EventEntry(key, path.parent / item["file"], item["label"], item["phrase"],
                              tuple(item.get("synonyms", ())), item["source"], item["license"], item["attribution"])
    return out
