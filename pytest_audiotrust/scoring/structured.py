"""A reply written as data read as the words it says: a JSON object (fenced or bare) becomes "key: value" lines
(``{"sound_events": ["church bells"], "speech": false}`` -> "sound events: church bells" and "no speech"); markdown
emphasis, code fences and a classifier's scores ("Chainsaw (0.91)") are dropped. Stdlib only."""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"^\s*```[\w-]*\s*\n?(.*?)\n?```\s*$", re.DOTALL)
#: A classifier's score after a label: "Chainsaw (0.91)", "Speech (87%)".
SCORE = re.compile(r"\s*\(\s*(?:\d*\.\d+|\d{1,3}\s*%)\s*\)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_`](?=\S)|(?<=\S)[*_`](?!\w)")


def _lines(data: Any, key: str = "") -> list[str]:
    if isinstance(data, dict):
        return [line for k, v in data.items() for line in _lines(v, str(k).replace("_", " ").strip())]
    if isinstance(data, bool):  # a flag named for what it reports: "speech": false is "no speech"
        return [key if data else f"no {key}"] if key else ["yes" if data else "no"]
    if isinstance(data, list):
        if all(not isinstance(x, (dict, list)) for x in data):
            items = ", ".join(str(x) for x in data) if data else "none"
            return [f"{key}: {items}" if key else items]
        return [line for x in data for line in _lines(x, key)]
    if data is None:
        return [f"{key}: none" if key else "none"]
    return [f"{key}: {data}" if key else str(data)]


def as_text(text: str) -> str:
    """``text`` with a JSON object or list read as lines of words, markdown emphasis and a classifier's scores after
    its labels removed."""
    body = text.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    if body[:1] in "{[":
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, (dict, list)):
            return "\n".join(_lines(data))
    return SCORE.sub("", _EMPHASIS.sub("", text))
