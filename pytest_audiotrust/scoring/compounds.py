"""Whether a sound's word names the sound or is part of a thing's name: "a water heater hums", "a frying pan is set
down", "a sea lion barks" name no water, frying or lion heard.

Read from the word before or after the mention with WordNet's two-word nouns (``vocab.word_classes``), which say
whether the compound is a kind (or a part) of what the mention names:

- the word before (not an adjective: "a black cat" is a cat) and the mention form a noun that is not a kind of what the
  mention names ("sea lion", "guinea pig");
- the mention and the word after it form a noun that is not a kind or a part of what the mention names ("water heater",
  "car park"; not "rain shower", "rotor blade"), and that word names a thing (its first sense an artifact, food,
  place ...; not "presence" or "activity", which are the sound's; not a person or group, who may make it: "a flute
  player"; not the audio: "a bird recording").

Such a mention names another thing heard, not the target: the answer reads it as another sound.
"""

from __future__ import annotations

import re
from collections.abc import Collection

#: Words that start no compound: determiners, pronouns, prepositions, conjunctions, auxiliaries.
_FUNCTION = frozenset("""
a an the this that these those my your his her its our their some any no every each all both either neither one another
other such what which who whom whose where when while as if because since until than then so and or nor but yet of in
on at by for with from to into onto over under near off out up down about after before behind like is are was were be
been am has have had do does did can could may might must shall should will would not never also too only just still
even again here there now it he she they we you i me him them us
""".split())
#: Words for the audio itself: "a bird recording" is of a bird.
_MEDIA = frozenset({"recording", "clip", "audio", "track", "sample", "file", "footage", "video", "source"})
_NEXT = re.compile(r" ([a-z]+)\b(?!['\u2019-])")
_PREV = re.compile(r"\b([a-z]+) $")


def singulars(word: str) -> tuple[str, ...]:
    """``word`` and the singulars it may be the regular plural of ("dogs": dog; "boxes": box; "ponies": pony)."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        out.append(word[:-1])
    return tuple(out)


def modifies_a_noun(t: str, start: int, end: int, base: str, sounds_at: Collection[int] = ()) -> bool:
    """Whether the mention ``t[start:end]`` (lower-case text; ``base``: the term it inflects) is part of a thing's name
    rather than the sound's (see the module). ``sounds_at``: where other sound mentions start; a sound after the mention
    is read by the answer reader, not here ("a car horn")."""
    from ..vocab.word_classes import compound, in_class

    words = t[start:end].split()
    if not words:
        return False
    word, last = words[-1], (base.split() or words)[-1]
    prev = _PREV.search(t, max(0, start - 30), start)
    if prev and len(words) == 1 and prev.group(1) not in _FUNCTION and not in_class(prev.group(1), "adj"):
        flags = next((f for s in singulars(word) if (f := compound(prev.group(1), s)) is not None), None)
        if flags is not None and not flags[1]:
            return True  # "sea lion", "guinea pig": a noun of its own, not a kind of lion or pig
    after = _NEXT.match(t, end)
    if after is None or after.start(1) in sounds_at or after.group(1) in _FUNCTION:
        return False
    heads = [h for h in singulars(after.group(1)) if h not in _MEDIA and in_class(h, "thing")]
    return any((f := compound(last, h)) is not None and not f[0] for h in heads)
