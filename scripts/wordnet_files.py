"""Read WordNet 3.0's database files as Debian ``wordnet-base`` ships them (``/usr/share/wordnet``): the synsets of a
part of speech (``data.*``) and its index of lemmas (``index.*``). Shared by the scripts that write the project's
WordNet-derived vocabularies (``make_contrasts.py``, ``make_word_classes.py``). Stdlib only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Synset:
    """One synset: its words in order (lower-case, an adjective's position marker dropped), its pointers (symbol,
    target offset, target part of speech, source/target word numbers) and its lexicographer file's number."""

    words: tuple[str, ...]
    pointers: tuple[tuple[str, int, str, str], ...]
    lexfile: int


def synsets(wordnet: Path, pos: str) -> dict[int, Synset]:
    """offset -> synset, from ``data.{pos}`` (pos: "noun", "verb", "adj", "adv")."""
    out = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split("|")[0].split()
        n = int(fields[3], 16)
        words = tuple(re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(n))
        at = 4 + 2 * n
        ptrs = tuple((fields[at + 1 + 4 * i], int(fields[at + 2 + 4 * i]), fields[at + 3 + 4 * i], fields[at + 4 + 4 * i])
                     for i in range(int(fields[at])))
        out[int(fields[0])] = Synset(words, ptrs, int(fields[1]))
    return out


def index(wordnet: Path, pos: str) -> dict[str, list[int]]:
    """lemma -> its synsets' offsets, most frequent sense first, from ``index.{pos}``."""
    out = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        out[f[0]] = [int(x) for x in f[-int(f[2]):]]
    return out
