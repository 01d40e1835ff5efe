"""Write pytest_audiotrust/vocab/word_classes.json.gz from Princeton WordNet 3.0 (Debian ``wordnet-base``; its licence
is in ``pytest_audiotrust/vocab/contrasts_COPYRIGHT.txt``, copied there by ``make_contrasts.py`` from the same package).

What the answer reader needs to tell a sound's name from the same word inside a thing's name ("a water heater hums",
"a frying pan is set down", "a sea lion barks"):

- ``adj``: the one-word adjectives ("a black cat" is a cat; "hot", "big", "cold" start idioms as well);
- ``thing``: one-word nouns whose first (most frequent) sense is a thing (an artifact, food, place, plant ...; not an
  act, attribute, event or state: "presence", "activity"; not a person or group: "player", "flock") and none of whose
  senses is a sound;
- ``person``: one-word nouns whose first sense is a person ("farmer", "chef", "vendor");
- ``speech_verb``: one-word verbs whose first sense is one of communication ("say", "remark", "complain"), with their
  irregular forms ("said", "told", "spoke");
- ``sound_verb``: one-word verbs whose first sense is one of perception, where WordNet files making a sound ("ring",
  "honk", "beep"; also "hear", "notice");
- ``compound``: two-word nouns none of whose senses is a sound, each with two flags: whether one of its senses is a
  kind or a part of what its first word names ("rain shower", "rotor blade") and whether one is a kind of what its last
  word names ("tree frog", "sea gull"; not "sea lion", "guinea pig").

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wordnet
    python scripts/make_word_classes.py wordnet/usr/share/wordnet
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from wordnet_files import index, synsets

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pytest_audiotrust" / "vocab" / "word_classes.json.gz"
#: The roots of the senses that name a sound: sound and noise (every sense), a communication by voice and an
#: auditory communication (``data.noun`` offsets of WordNet 3.0, found by their lemmas below).
SOUND_LEMMAS = ("sound", "noise", "auditory_communication", "vocalization", "animal_communication", "cry", "call",
                "music")
#: The lexicographer files of things (``lexnames``): animal, artifact, body, food, location, object, plant, possession,
#: substance; not acts, attributes, events, states, quantities ("siren presence", "dog activity"), nor people and groups,
#: who may be the source ("a saxophone player", "a bird flock").
CONCRETE = frozenset({5, 6, 8, 13, 15, 17, 20, 21, 27})
_WORD = re.compile(r"[a-z]+")


def closure(offset: int, up: dict[int, list[int]], seen: dict[int, frozenset[int]]) -> frozenset[int]:
    """The synset and every synset above it."""
    if offset not in seen:
        seen[offset] = frozenset()  # a cycle (none in WordNet 3.0) ends here
        seen[offset] = frozenset({offset}).union(*(closure(h, up, seen) for h in up.get(offset, ())))
    return seen[offset]


def build(wordnet: Path) -> dict[str, object]:
    nouns = index(wordnet, "noun")
    data = synsets(wordnet, "noun")
    up = {o: [p[1] for p in s.pointers if p[0] in ("@", "@i") and p[2] == "n"] for o, s in data.items()}
    parts_of = {o: [p[1] for p in s.pointers if p[0] in ("%p", "%m", "%s") and p[2] == "n"] for o, s in data.items()}
    lemmas = {o: s.words for o, s in data.items()}

    def concrete(lemma: str) -> bool:
        return data[nouns[lemma][0]].lexfile in CONCRETE

    seen: dict[int, frozenset[int]] = {}
    roots = {o for lemma in SOUND_LEMMAS for o in nouns.get(lemma, ())}

    def sounds(lemma: str) -> bool:
        return any(closure(o, up, seen) & roots for o in nouns[lemma])

    def kind_of(lemma: str, word: str) -> bool:
        # a synset above one of its senses is named by the word ("tree frog": frog), or one of its own senses is
        # ("sea gull": gull, seagull, sea gull); not a sense where the word is only a later synonym ("hot dog": frank,
        # frankfurter, hotdog, hot dog, dog, wiener: the sausage, not the animal)
        for own in nouns[lemma]:
            for o in closure(own, up, seen):
                names = lemmas[o]
                if names[0] == word or (o != own and word in names):
                    return True
        return False

    def single(lemmas: dict[str, list[int]]) -> list[str]:
        return sorted(w for w in lemmas if _WORD.fullmatch(w))

    whole_of: dict[int, set[int]] = {}
    for whole, ps in parts_of.items():
        for part in ps:
            whole_of.setdefault(part, set()).add(whole)

    def part_of(lemma: str, word: str) -> bool:
        # a sense of it is a part of what the word names or of a part of that, or of a kind of either ("rotor blade": a
        # main rotor's, a kind of rotor)
        for own in nouns[lemma]:
            wholes = {w for o in closure(own, up, seen) for w in whole_of.get(o, ())}
            wholes |= {w for p in wholes for w in whole_of.get(p, ())}
            if any(word in lemmas[x] for w in wholes for x in closure(w, up, seen)):
                return True
        return False

    compound = {}
    for lemma in nouns:
        words = lemma.split("_")
        if len(words) == 2 and all(_WORD.fullmatch(w) for w in words) and not sounds(lemma):
            first = kind_of(lemma, words[0]) or part_of(lemma, words[0])
            compound[" ".join(words)] = f"{int(first)}{int(kind_of(lemma, words[1]))}"
    verbs = index(wordnet, "verb")
    verb_data = synsets(wordnet, "verb")
    speech = {w for w in single(verbs) if verb_data[verbs[w][0]].lexfile == 32}
    forms = {line.split()[0] for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines()
             if _WORD.fullmatch(line.split()[0]) and set(line.split()[1:]) & speech}
    return {
        "person": [w for w in single(nouns) if data[nouns[w][0]].lexfile == 18],
        "speech_verb": sorted(speech | forms),
        "sound_verb": [w for w in single(verbs) if verb_data[verbs[w][0]].lexfile == 39],
        "source": "Princeton WordNet 3.0 (Debian wordnet-base); see contrasts_COPYRIGHT.txt",
        "adj": single(index(wordnet, "adj")),
        "thing": [w for w in single(nouns) if concrete(w) and not sounds(w)],
        "compound": dict(sorted(compound.items())),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "data.noun").is_file():
        print(__doc__, file=sys.stderr)
        return 2
    data = json.dumps(build(Path(argv[0])), separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
