"""Whether two answers about one clip say the same thing, read from what they answer rather than their wording: the
half of ``expect.consistent`` that sentence embeddings cannot do for answers ("Yes, I hear two knocks." and "Yes, there
are two knocks on a door." embed at 0.69, as "a dog barking" and "a cat meowing" do at 0.63).

Each answer is read for:

* the answer it opens with: yes, no, or none given ("I can't tell", "hard to say"; ``scoring.answers``);
* every sound it names (``vocab.sounds``), as present, absent or left open about that sound (``scoring.answers``,
  asked about that sound's terms);
* the speaker's sex and mood when it names them ("a man", "a female voice"; "sounds angry"), unless negated.

Two answers **differ** when their opening answers differ; when a sound both name (a term or class in common) is present
in one and absent or left open in the other; when a class one denies holds a sound the other hears ("no music" / "a
piano plays"); when each names a present sound the other never mentions, nor a class above or below it, reading each
answer's most specific sounds ("a dog barks" / "a cat meows"; "Vehicle, Car" / "Vehicle, Truck"); or when they name
another sex or mood. They **agree** when both are answers about the clip (each opens with an answer, or names a sound
and describes what is heard: "I hear", "the recording", "in the background", or is a list of sounds, as a classifier's
labels) and none of that holds: detail one adds and the other leaves unsaid is no difference ("Yes, a baby is crying,
and someone is trying to calm it." / "Yes, there is a baby crying."). An answer that reports
what someone says ("The speaker says ...") is not read here: its words are the content, left to the embedding.
Stdlib and the project's vocabularies only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answers import Answer, explain

#: Words that report speech: what follows is content to compare, not a description of the clip.
_REPORTED = re.compile(r"\b(?:say|says|said|saying|tells|told|announc\w*|mention\w*|quot\w*|reads|reading|recit\w*|asks?"
                       r"|asked|asking|request\w*)\b|[\"“”]")
#: Words that describe a clip rather than say something in it ("I hear", "the recording", "in the background").
_DESCRIBES = re.compile(r"\b(?:hear|hears|heard|hearing|audible|inaudible|audio|clip|recording|sound|sounds|sounded|noises?"
                        r"|present|absent|background|foreground|detect\w*|listen\w*|identif\w*)\b")
#: The speaker's sex and mood, each a closed set of classes ("a female voice" = "a woman").
_ATTRIBUTES: dict[str, dict[str, str]] = {
    "sex": {"male": "man men male males guy guys boy boys gentleman gentlemen masculine he his him",
            "female": "woman women female females lady ladies girl girls feminine she her hers"},
    "mood": {"happy": "happy joyful cheerful glad excited delighted pleased upbeat elated amused",
             "sad": "sad unhappy sorrowful depressed gloomy melancholy melancholic tearful upset downcast",
             "angry": "angry furious irritated annoyed mad frustrated irate hostile",
             "calm": "calm relaxed neutral composed peaceful serene even-toned",
             "fearful": "afraid scared fearful frightened anxious nervous worried panicked tense",
             "surprised": "surprised astonished shocked amazed startled",
             "disgusted": "disgusted repulsed"},
}
_NEGATED = re.compile(r"\b(?:not|no|never|n't|nor|neither|without|rather than|instead of)\W+(?:\w+\W+){0,2}$")
#: Opening answers that are answers, not descriptions ("leading yes", an abstention), by the rule that read them.
_OPENING_RULES = ("leading yes", "leading no", "yes and no", "hedge")


@dataclass(frozen=True)
class Agreement:
    """Whether two answers agree (None: not both answers about sounds, so not read here) and why."""

    agree: bool | None
    reason: str


def _opening(text: str) -> Answer | None:
    answer, rule = explain(text)
    return answer if rule in _OPENING_RULES or answer is Answer.ABSTAIN else None


def _attributes(low: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for kind, classes in _ATTRIBUTES.items():
        for cls, words in classes.items():
            for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, words.split()))})\b", low):
                if not _NEGATED.search(low[:m.start()]):
                    found.setdefault(kind, set()).add(cls)
    return found


def _mentions(low: str) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Each sound named: its terms and its most specific classes ("piano": Piano, not Music)."""
    from ..vocab.ontology import most_specific
    from ..vocab.sounds import sound_mentions

    return [(terms, frozenset(most_specific(labels))) for _, _, terms, labels in sound_mentions(low)]


def _same_sound(a: tuple[tuple[str, ...], frozenset[str]], b: tuple[tuple[str, ...], frozenset[str]]) -> bool:
    """Two mentions name one sound: a term or a class in common."""
    return bool(set(a[0]) & set(b[0]) or a[1] & b[1])


def _related_sound(a: tuple[tuple[str, ...], frozenset[str]], b: tuple[tuple[str, ...], frozenset[str]]) -> bool:
    """Two mentions name one sound or one under the other ("music" / "a piano", "an animal" / "a grunt")."""
    from ..vocab.ontology import relation

    return _same_sound(a, b) or any(relation(x, b[1]) != "other" for x in a[1])


def _broader(a: tuple[tuple[str, ...], frozenset[str]], b: tuple[tuple[str, ...], frozenset[str]]) -> bool:
    """Whether mention ``a`` names a class above one of ``b``'s ("music" above "a piano")."""
    from ..vocab.ontology import relation

    return any(relation(x, b[1]) == "broader" for x in a[1])


def _specific(mentions: list[tuple[tuple[str, ...], frozenset[str]]]) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """The mentions no other mention of the same text narrows ("Vehicle, Car, Engine": car and engine)."""
    return [m for m in mentions if not any(_broader(m, o) and not _same_sound(m, o) for o in mentions)]


def _describes(low: str, mentions: list[tuple[tuple[str, ...], frozenset[str]]]) -> bool:
    """Whether ``low`` describes a clip: it says what is heard ("I hear", "in the recording") or is nothing but a list
    of sounds ("Whistle, Steam whistle, Alarm, Hiss", a classifier's labels)."""
    items = [i for i in re.split(r"[,;]|\band\b", low.strip(" .")) if i.strip()]
    return bool(_DESCRIBES.search(low)) or (len(items) > 1 and len(mentions) >= len(items) - 1
                                             and len(low.split()) <= 3 * len(items))


def _stance(text: str, terms: tuple[str, ...]) -> Answer:
    return explain(text, terms)[0]


def compare_answers(output: str, reference: str) -> Agreement:
    """Whether ``output`` and ``reference``, two answers about one clip, say the same thing (see the module)."""
    a, b = output.lower(), reference.lower()
    if _REPORTED.search(a) or _REPORTED.search(b):
        return Agreement(None, "reports what is said")
    ma, mb = _mentions(a), _mentions(b)
    oa, ob = _opening(output), _opening(reference)
    if not ((ma or oa) and (mb or ob) and (oa or _describes(a, ma)) and (ob or _describes(b, mb))):
        return Agreement(None, "not both answers about sounds")
    if oa and ob and oa is not ob:
        return Agreement(False, f"answer: {ob.value} → {oa.value}")
    for x in ma:
        for y in mb:
            if _same_sound(x, y):
                terms = tuple(dict.fromkeys(x[0] + y[0]))
                sa, sb = _stance(output, terms), _stance(reference, terms)
                if Answer.UNPARSEABLE not in (sa, sb) and sa is not sb:
                    return Agreement(False, f"{terms[0]}: {sb.value} → {sa.value}")
            elif _related_sound(x, y):  # "no music" denies "a piano"; "an animal" says nothing of "a grunt"
                for broad, narrow, tb, tn in ((x, y, output, reference), (y, x, reference, output)):
                    if _broader(broad, narrow) and _stance(tb, broad[0]) is Answer.NO and _stance(tn, narrow[0]) is Answer.YES:
                        return Agreement(False, f"{broad[0][0]} denied, {narrow[0][0]} heard")
    sa_, sb_ = _specific(ma), _specific(mb)
    only_a = [x[0] for x in sa_ if not any(_related_sound(x, y) for y in sb_) and _stance(output, x[0]) is Answer.YES]
    only_b = [y[0] for y in sb_ if not any(_related_sound(y, x) for x in sa_) and _stance(reference, y[0]) is Answer.YES]
    if only_a and only_b:
        return Agreement(False, f"another sound: {only_b[0][0]} → {only_a[0][0]}")
    ta, tb = _attributes(a), _attributes(b)
    for kind in ta.keys() & tb.keys():
        if not ta[kind] & tb[kind]:
            return Agreement(False, f"{kind}: {'/'.join(sorted(tb[kind]))} → {'/'.join(sorted(ta[kind]))}")
    return Agreement(True, "the answers agree on every sound they name")
