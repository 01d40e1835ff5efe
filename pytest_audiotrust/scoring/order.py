"""Read answers that state an order or a speaker relation instead of saying yes or no.

Audio LLMs asked "Did you hear a dog barking before a siren?" often answer with the order itself
("The siren comes first, then the dog barks.") and, asked "Are these the same speaker?", with the
relation ("These sound like two different people."). When the yes/no parser finds no answer,
``expect.answers`` asks these readers:

* :func:`stated_order` finds which of two sounds the reply puts first ("X comes first", "X before /
  after Y", "first X, then Y", "X followed by Y", "Y, and then X") by the sounds' content words.
* :func:`stated_relation` finds "same" or "different" speakers ("two different people", "not the same
  voice", "the second voice is synthetic", "the same person").

Each returns None when the reply does not state it. Stdlib only.
"""

from __future__ import annotations

import re

_STOP = {"a", "an", "the", "someone", "some", "of", "on", "sound", "sounds", "noise"}


def _stems(phrase: str) -> list[str]:
    """Content-word stems of a sound phrase: "a dog barking" -> ["dog", "bark"]."""
    out = []
    for w in re.findall(r"[a-z]+", phrase.lower()):
        if w in _STOP:
            continue
        for suffix in ("ing", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
        out.append(w)
    return out


def _positions(text: str, phrase: str) -> list[int]:
    """Where ``text`` mentions the sound (any of its content-word stems)."""
    return sorted(m.start() for s in _stems(phrase) for m in re.finditer(rf"\b{re.escape(s)}\w*", text))


_FIRST_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:comes?|came|is|was|are|were|happens?|happened|occurs?|occurred|starts?"
                          r"|started|heard|plays?|played|barks?|barked|rings?|rang|sounds?|sounded|begins?|began)?\W*"
                          r"(?:\w+\W+)?(?:first|earlier|at the (?:start|beginning))\b")
_BEFORE = re.compile(r"^\W*(?:\w+\W+){0,4}?(before|followed by|and then|then|after that|afterwards|prior to|ahead of"
                     r"|earlier than|precedes|preceded by|preceded|after|later than|follows|followed)\b")
#: Words after X that put X *after* the other sound (the rest put it before).
_LATER = ("after", "later than", "follows", "followed", "preceded by")
_LEADING_FIRST = re.compile(r"\b(?:first|at first|initially|to begin with|it starts with|starts with|begins with"
                            r"|opens with)\b")


def stated_order(text: str, first: str, second: str) -> bool | None:
    """True if ``text`` puts ``first`` before ``second``, False if after, None if it states no order."""
    t = " ".join(str(text).lower().replace("\u2019", "'").split())
    pa, pb = _positions(t, first), _positions(t, second)
    if not pa and not pb:
        return None
    for px, py, sign in ((pa, pb, True), (pb, pa, False)):
        for p in px:
            tail = t[p:]
            word_end = re.match(r"\w+", tail)
            rest = tail[word_end.end():] if word_end else tail
            if _FIRST_AFTER.match(rest) and not re.match(r"^\W*(?:\w+\W+){0,3}?(?:not|never)\b", rest):
                return sign
            m = _BEFORE.match(rest)
            if m and any(q > p for q in py):
                return sign != (m.group(1) in _LATER)
    if not pa or not pb:
        return None
    a, b = min(pa), min(pb)
    if _LEADING_FIRST.search(t[: max(a, b)]) and re.search(r"\b(?:then|followed by|after that|afterwards|later|next)\b",
                                                           t[min(a, b):]):
        return a < b
    return None


_DIFFERENT = re.compile(r"\b(?:different|two separate|distinct|another) (?:speakers?|people|persons?|voices?|individuals?)\b"
                        r"|\bnot (?:the )?same (?:speaker|person|voice|individual)\b|\b(?:speakers?|voices?) (?:are|sound"
                        r"|seem) (?:\w+ )?(?:different|distinct)\b|\bare different\b|\b(?:synthetic|synthesi[sz]ed"
                        r"|computer[- ]generated|text-to-speech|tts|artificial|robotic|fake|cloned|spoofed)\b"
                        r"|\bsomeone else\b|\bdon't match\b|\bdo not match\b|\bdoesn't match\b")
_SAME = re.compile(r"\b(?:the )?same (?:speaker|person|voice|individual)\b|\b(?:voices?|speakers?) (?:match|are identical)\b"
                   r"|\bboth (?:clips|recordings|voices) (?:are|come from|belong to) (?:the same|one)\b|\bone (?:speaker"
                   r"|person)\b")


def stated_relation(text: str) -> str | None:
    """"same" or "different" when ``text`` states how the two voices relate, else None."""
    t = " ".join(str(text).lower().replace("\u2019", "'").split())
    if _DIFFERENT.search(t):
        return "different"
    if _SAME.search(t):
        return "same"
    return None
