"""Whether a lower-case word is English: in Debian's wamerican or wbritish word list (SCOWL; notice and licences in
``proper_nouns_COPYRIGHT.txt``), kept lower-cased in ``english_words.txt.gz`` beside this module by
``scripts/make_proper_nouns.py``. A word in neither list is a rare name or term ("gladsaxe", "eijsden"). Loaded only
when a text without case is read for names. Stdlib only."""

from __future__ import annotations

import gzip
from pathlib import Path

from ..memo import memoized

DATA = Path(__file__).with_name("english_words.txt.gz")


@memoized
def _words() -> frozenset[str]:
    return frozenset(gzip.decompress(DATA.read_bytes()).decode("utf-8").split())


def is_english(word: str) -> bool:
    """Whether the lower-case ``word`` (or the word before its apostrophe: "aarhus's") is in either word list."""
    return word.split("'")[0] in _words()
