"""Word classes and two-word nouns from Princeton WordNet 3.0 (its notice and licence in ``contrasts_COPYRIGHT.txt``,
as for ``contrasts``), kept in ``word_classes.json.gz`` beside this module by ``scripts/make_word_classes.py``. They
tell a sound's name from the same word inside a thing's name ("a water heater", "a sea lion") and who is reported to
speak ("the farmer talks about ..."). Loaded only when an answer is read. Stdlib only."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from ..memo import memoized

DATA = Path(__file__).with_name("word_classes.json.gz")


@memoized
def _data() -> dict[str, Any]:
    raw = json.loads(gzip.decompress(DATA.read_bytes()).decode("utf-8"))
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in raw.items()}


def in_class(word: str, name: str) -> bool:
    """Whether the lower-case ``word`` is in the class ``name``: "adj" (a WordNet adjective), "thing" (a noun whose
    first sense is a thing and none a sound: "heater", "pan"; not "presence", "player"), "person" (a noun whose first
    sense is a person: "farmer", "chef"), "speech_verb" (a verb whose first sense is one of communication, or an
    irregular form of one: "remark", "told") or "sound_verb" (a verb whose first sense is one of perception, where
    WordNet files making a sound: "ring", "honk")."""
    return word in _data()[name]


def compound(first: str, last: str) -> tuple[bool, bool] | None:
    """For a two-word noun that names no sound ("water heater", "hot dog"): (whether it is a kind of what its first word
    names, whether it is a kind of what its last word names); None when WordNet has no such noun."""
    flags = _data()["compound"].get(f"{first} {last}")
    return None if flags is None else (flags[0] == "1", flags[1] == "1")
