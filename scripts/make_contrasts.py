"""Write pytest_audiotrust/vocab/contrasts.json.gz: English words that contrast, from WordNet 3.0 (Debian
``wordnet-base``, its data files only; licence copied to ``contrasts_COPYRIGHT.txt`` beside it), kept to the lower-case
words of Debian ``wamerican`` (SCOWL). ``scoring.agreement`` reads two answers about one clip that each add words of
their own ("in the morning" / "an outdoor scene") as agreeing unless a word of one contrasts with a word of the other:

* antonyms ("inside" / "outside", "loud" / "quiet"), with the other words of their senses ("large, big" is the antonym
  of "small, little": "big" / "little"), not the senses similar to them (which range too far);
* nouns of one kind ("kitchen" / "bedroom": rooms), in their two most frequent senses, neither naming the other.

    apt-get download wordnet-base wamerican && dpkg-deb -x wordnet-base_*.deb wn && dpkg-deb -x wamerican_*.deb wam
    python scripts/make_contrasts.py wn/usr/share/wordnet wam/usr/share/dict/american-english
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from collections import defaultdict
from pathlib import Path

from wordnet_files import index, synsets

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pytest_audiotrust" / "vocab" / "contrasts.json.gz"
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
SENSES = 2  # a noun's kinds: its most frequent senses only (WordNet orders senses by frequency)


def main(wordnet_dir: str, wordlist: str) -> None:
    wordnet = Path(wordnet_dir)
    keep = {w for w in Path(wordlist).read_text(encoding="utf-8").split() if w.islower() and w.isalpha()}
    data = {pos: synsets(wordnet, pos) for pos in ("noun", "verb", "adj", "adv")}
    pairs: set[tuple[str, str]] = set()

    def add(xs: list[str], ys: list[str]) -> None:
        for x in xs:
            for y in ys:
                if x != y and x in keep and y in keep:
                    pairs.add((min(x, y), max(x, y)))

    # each antonym pointer joins the words of its two senses: a head synset's other words share its antonyms ("large,
    # big" / "small, little"), which holds the pointer's own pair of words
    for by_offset in data.values():
        for synset in by_offset.values():
            for symbol, offset, tpos, _ in synset.pointers:
                if symbol == "!":
                    add(list(synset.words), list(data[POS[tpos]][offset].words))
    # nouns of one kind: sharing a direct hypernym in their first senses, neither above the other, not synonyms
    kinds: dict[str, set[int]] = defaultdict(set)
    above: dict[str, set[int]] = defaultdict(set)
    nouns = data["noun"]
    for word, offsets in index(wordnet, "noun").items():
        if word not in keep:
            continue
        for off in offsets[:SENSES]:
            hypers = [p[1] for p in nouns[off].pointers if p[0] in ("@", "@i")]
            kinds[word].update(hypers)
            above[word].add(off)
    shared = defaultdict(int)  # a kind only one kept word has contrasts nothing
    for hs in kinds.values():
        for h in hs:
            shared[h] += 1
    kinds = {w: {h for h in hs if shared[h] > 1} for w, hs in kinds.items()}
    kinds = {w: hs for w, hs in kinds.items() if hs}
    ids = {off: i for i, off in enumerate(sorted({o for w in kinds for o in kinds[w] | above[w]}))}  # dense numbers
    shutil.copyfile(wordnet.parent / "doc" / "wordnet-base" / "copyright", OUT.parent / "contrasts_COPYRIGHT.txt")
    payload = {"source": "WordNet 3.0 (Debian wordnet-base 1:3.0-37), words of Debian wamerican",
               "antonyms": sorted(" ".join(p) for p in pairs),
               "noun_kinds": {w: sorted(ids[h] for h in hs) for w, hs in kinds.items()},
               "noun_senses": {w: sorted(ids[o] for o in above[w]) for w in kinds}}
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))  # the same bytes on every run
    print(f"{len(pairs)} antonym pairs, {len(kinds)} nouns -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
