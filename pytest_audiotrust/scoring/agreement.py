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
and someone is trying to calm it." / "Yes, there is a baby crying."). Two answers that report
what someone says ("The speaker says ...") differ when the speakers differ in sex, age or mood; what was said is left
to the caller (``Agreement.reported``: ``expect.consistent`` compares those words alone, by the slots and the embedding).
Stdlib and the project's vocabularies only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from .answers import Answer, explain
from .numbers import LIST_NUMBER, ORDINALS, SCALES, TENS, TIMES, UNITS, count_words
from .text import stem

#: Words that report speech: what follows is content to compare, not a description of the clip.
_REPORTED = re.compile(r"\b(?:say|says|said|saying|tells|told|announc(?:es|ed|ing)|mention(?:s|ed|ing)?|quot(?:es|ed|ing)"
                       r"|reads|reading|recit\w*|asks?|asked|asking|request(?:s|ed|ing)?|explain(?:s|ed|ing)?"
                       r"|complain(?:s|ed|ing)?|remind(?:s|ed|ing)?)\b|[\"“”]")
#: A guess at what a sound is like, to the end of its clause ("meowing, as if asking for food"), and the answerer's own
#: hedge ("I'd say it's a sheep"): no report of speech.
_AS_IF = re.compile(r"\b(?:as if|as though|like (?:it|he|she|they|someone|somebody) (?:is|was|were|are))\b[^.;:!?\n]*"
                    r"|\bi(?:'d|’d| would| could| can| must)?(?: have to)? say\b")
#: A verb reporting speech and the words that lead into what was said ("says that", "asks for", "reads out").
_REPORT = re.compile(r"\b(?:says?|said|saying|tells?|told|announc(?:es?|ed|ing)|mentions?|mentioned|states?|stated|asks?"
                     r"|asked|asking|reads?|reading|dictates?|wants?|reports?|explain(?:s|ed)?|complain(?:s|ed)?"
                     r"|remind(?:s|ed)?)\b\s*(?:(?:the )?(?:listeners?|passengers|audience|everyone)\s+(?=that\b))?"
                     r"(?:that\s+|to\s+|for\s+|out\s+)?(?:someone\s+|them\s+|us\s+)?", re.IGNORECASE)
#: Words that describe a clip rather than say something in it ("I hear", "the recording", "in the background").
_DESCRIBES = re.compile(r"\b(?:hear|hears|heard|hearing|audible|inaudible|audio|clip|recording|sound|sounds|sounded|noises?"
                        r"|present|absent|background|foreground|detect\w*|listen\w*|identif\w*)\b")
#: What an answer about a clip is made of besides the sounds it names and the speaker's sex and mood: function words,
#: perception, presence, hedging, counting and the words for a clip and a speaker.
_FRAME = frozenset("""
a an the and or but nor so of in on at to from with by for as into onto over under near about than then also too just
only very really quite some any several many few more most other another each every both all no not yes yeah yep nope
never none nothing there here this that these those which who what it its is are was were be been being am seem seems
seemed appear appears appeared i you he she they we me him her them us my your his their our one ones do does did has
have had can could may might would should will shall must hear hears heard hearing listen listening audible inaudible
sound sounds sounded sounding noise noises audio clip clips recording recordings track file sample snippet background
foreground distance distant faint faintly loud loudly soft softly quiet quietly clear clearly like likely unlikely
probably possibly perhaps maybe definitely certainly apparently mostly mainly mixed present absent detected detect
detects detection identified identify identifies contains contain containing include includes including feature features
featuring occur occurs happening times time once twice again start beginning end middle throughout brief briefly short
long continuous repeatedly someone somebody something person people speaker speakers voice voices tone talking speaking
speaks speak making made make heard can't cannot don't doesn't isn't aren't wasn't there's here's it's that's i'm
answer response sure think believe tell say certain confident unsure uncertain though although
emotion emotions gender age language predicted prediction predictions observation observations event events label labels
class classes category categories type count confidence score probability environment setting key
""".split())
#: Words for the speaker or their voice, which the sound lexicon also reads as sounds ("speaker": speech, "tone").
_SPEAKER = frozenset({"speaker", "speakers", "voice", "voices", "tone", "tones", "narrator", "caller"})
#: The speaker's sex and mood, each a closed set of classes ("a female voice" = "a woman").
_ATTRIBUTES: dict[str, dict[str, str]] = {
    "sex": {"male": "man men male males guy guys boy boys gentleman gentlemen masculine he his him",
            "female": "woman women female females lady ladies girl girls feminine she her hers"},
    "age": {"child": "child children kid kids boy boys girl girls toddler infant baby teen teenager teenage young youthful",
            "adult": "adult adults grown-up grown-ups middle-aged man men woman women gentleman gentlemen lady ladies",
            "elderly": "elderly old older senior seniors aged aging ageing grandmother grandfather"},
    "mood": {"happy": "happy joyful cheerful glad excited delighted pleased upbeat elated amused happiness joy",
             "sad": "sad unhappy sorrowful depressed gloomy melancholy melancholic tearful upset downcast sadness sorrow",
             "angry": "angry furious irritated annoyed mad frustrated irate hostile anger rage frustration",
             "calm": "calm relaxed neutral composed peaceful serene even-toned calmness",
             "fearful": "afraid scared fearful frightened anxious nervous worried panicked tense fear anxiety",
             "surprised": "surprised astonished shocked amazed startled surprise",
             "disgusted": "disgusted repulsed disgust"},
}


def _with_adverbs(words: str) -> list[str]:
    """Each mood word and the adverb made from it ("calm": "calmly", "angry": "angrily")."""
    return [f for w in words.split() for f in (w, w[:-1] + "ily" if w.endswith("y") else w + "ly")]


_ATTRIBUTE_WORDS = frozenset(w for classes in _ATTRIBUTES.values() for words in classes.values()
                             for w in _with_adverbs(words))
_ATTRIBUTE_PATTERNS = tuple((kind, cls, re.compile(rf"\b(?:{'|'.join(map(re.escape, _with_adverbs(words)))})\b"))
                            for kind, classes in _ATTRIBUTES.items() for cls, words in classes.items())
#: Words for a crowd of sources ("a crowd", "a whole room of people", "an orchestra").
_GROUP = (r"crowds?|groups?|audiences?|choir|chorus|orchestra|ensemble|many|numerous|lots of|a lot of|dozens|hundreds"
          r"|thousands|a bunch of|a pack of|a flock of|a herd of|whole (?:room|audience|crowd|class)|a room (?:full )?of"
          r"|large number")
#: Words that say how many without a number ("several times", "a few knocks", "repeatedly").
_VAGUE_COUNT = re.compile(rf"\b(?:several|few|multiple|countless|lots|a number of|repeatedly|over and over|again and again"
                          rf"|{_GROUP})\b")
#: Numbers that count nothing: a time in the clip ("[00:03]", "at 0:05"), a length ("2.5s", "about five seconds"), a
#: share or a confidence ("78%", "0.91"; ``as_text`` already drops a label's "(0.91)").
_NOT_COUNTS = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b|\b\d*\.?\d+\s*(?:%|percent\b)|\b\d*\.?\d+(?:s|ms)\b"
                         r"|(?:\b[\w.]+[\s-]+)?\b(?:secs?|seconds?|ms|milliseconds?|minutes?|mins?)\b|\b0?\.\d+\b")
#: How far, how loud and how many a description says a sound is, each a closed set of classes, read per sound from the
#: clause that names it ("a dog barks in the distance": far).
_SCALES: dict[str, dict[str, str]] = {
    # a sound from beyond the room the recorder is in is far from it ("from another room", "next door", "through a wall")
    "distance": {"far": r"in the distance|distant|far(?:-|\s+)(?:away|off)|from afar|a long way (?:off|away)|from far|far from"
                        r"|(?:from|in) (?:another|the next|a different|an adjoining|an adjacent|the other) room|next door"
                        r"|through (?:a|the) wall|down the (?:hall|hallway|corridor)",
                 "near": r"close by|close-by|up close|close to (?:the|a|my|our)\b|(?:very|quite|so|really) close|nearby"
                         r"|near (?:the |a )?(?:mic|microphone|recorder|listener)|next to (?:the |a )?(?:mic|microphone|recorder)"
                         r"|right (?:next to|beside|by|outside)|just outside|directly overhead|close range"},
    "loudness": {"loud": r"loud|loudly|very loud|blaring|blasting|booming|deafening|(?:at )?full volume|thunderous"
                         r"|at (?:a )?high volume|pounding loudly",
                 "soft": r"soft|softly|quiet|quietly|faint|faintly|gentle|gently|hushed|barely audible|muted|low volume"},
    # where a sound is heading: coming closer and louder, or going away and fading
    "course": {"approaching": r"approach\w*|coming (?:in|closer|nearer|towards?)|(?:getting|growing|becoming)(?: \w+)? "
                              r"(?:louder|closer|nearer)|louder and louder|draw(?:s|ing)? (?:near|closer)|closing in",
               "receding": r"reced\w*|fad(?:e|es|ed|ing)(?: away| out)?|(?:moving|going|goes|drives?|driving|flies|flying"
                           r"|climbing|heading) (?:off |out )?away|(?:getting|growing|becoming)(?: \w+)? "
                           r"(?:quieter|fainter|softer|further)|dies? (?:away|down)|dying (?:away|down)|into the distance"},
    # one source against a crowd; a count against another count or "several" is ``_count_change``'s
    "number": {"one": r"single|lone|solo|solitary|alone|just one|only one|one (?:person|man|woman|boy|girl|child|voice"
                      r"|speaker|individual|singer)",
               "many": _GROUP},
}
_SCALE_PATTERNS = tuple((kind, cls, re.compile(rf"\b(?:{words})\b")) for kind, classes in _SCALES.items()
                        for cls, words in classes.items())
#: Where a clause of a description ends: what is said of one sound stays in its clause.
_CLAUSE_END = re.compile(r"[.;:!?,\n—–(]|\s-\s|\b(?:and|while|whereas|but|then|as|with|plus)\b")
_NUMBER_WORDS = frozenset(UNITS.keys() | TENS.keys() | SCALES.keys() | ORDINALS.keys() | TIMES.keys())
_NEGATED = re.compile(r"(?:\b(?:not|no|never|nor|neither|without|rather than|instead of)|n't)\W+(?:\w+\W+){0,2}$")
#: Opening answers that are answers, not descriptions ("leading yes", an abstention), by the rule that read them.
_OPENING_RULES = ("leading yes", "leading no", "yes and no", "hedge")


class Mention(NamedTuple):
    """A sound a text names: its lexicon terms, its most specific classes ("piano": Piano, not Music), the words naming
    it and where they stand."""

    terms: tuple[str, ...]
    labels: frozenset[str]
    words: str
    start: int
    end: int
    #: The class the words name as a source over the sounds in ``labels`` ("dog": Dog, over Bark and Howl).
    sources: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Agreement:
    """Whether two answers agree (None: not both answers about sounds, so not read here), why, and the answer both
    open with when they open with the same one ("No, I don't hear music." / "No. Only traffic.")."""

    agree: bool | None
    reason: str
    answered: Answer | None = None
    #: What each answer reports was said, when both report speech ("The speaker says the meeting is at 3."): the
    #: caller compares these words, not the frames around them.
    reported: tuple[str, str] | None = None


def _opening(text: str) -> Answer | None:
    answer, rule = explain(text)
    return answer if rule in _OPENING_RULES or answer is Answer.ABSTAIN else None


def _attributes(low: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for kind, cls, pattern in _ATTRIBUTE_PATTERNS:
        if any(not _NEGATED.search(low[:m.start()]) for m in pattern.finditer(low)):
            found.setdefault(kind, set()).add(cls)
    return found


def _attribute_change(ta: dict[str, set[str]], tb: dict[str, set[str]]) -> str | None:
    """The speaker's sex, age or mood that two readings name differently ("sex: female → male"), or None."""
    for kind in ta.keys() & tb.keys():
        if not ta[kind] & tb[kind]:
            return f"{kind}: {'/'.join(sorted(tb[kind]))} → {'/'.join(sorted(ta[kind]))}"
    return None


def _scales(low: str, mentions: list[Mention]) -> list[dict[str, set[str]]]:
    """For each of ``mentions``, how far, how loud and how many its clause says the sound is ("a dog barks in the
    distance": far). A clause naming no sound ("A loud, nearby thunderclap", "Thunder cracks overhead, very close")
    speaks of the sounds of the clause before it, or else of the one after."""
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(low)), len(low)]
    clauses = [(i, j) for i, j in pairwise(cuts) if low[i:j].strip()]
    named = [[k for k, m in enumerate(mentions) if i <= m.start < j] for i, j in clauses]
    found: list[dict[str, set[str]]] = [{} for _ in mentions]
    for c, (i, j) in enumerate(clauses):
        near = [n for n in (*range(c, -1, -1), *range(c + 1, len(clauses))) if named[n]]
        if not near:
            continue
        for kind, cls, pattern in _SCALE_PATTERNS:
            if any(not _NEGATED.search(low[:i + m.start()]) for m in pattern.finditer(low[i:j])):
                for k in named[near[0]]:
                    found[k].setdefault(kind, set()).add(cls)
    return found


def _scale_change(ma: list[Mention], mb: list[Mention], a: str, b: str) -> str | None:
    """How far, how loud or how many two descriptions say one sound is, when they say it differently ("distance: far →
    near" for "a dog barks in the distance" / "a dog barks right next to the microphone"), or None."""
    ka, kb = _scales(a, ma), _scales(b, mb)
    for x, sx in zip(ma, ka, strict=True):
        for y, sy in zip(mb, kb, strict=True):
            if sx and sy and _related_sound(x, y):
                change = _attribute_change(sx, sy)
                if change:
                    return f"{change} ({x.terms[0]})"
    return None


def _mentions(low: str) -> list[Mention]:
    from ..vocab.ontology import most_specific
    from ..vocab.sounds import sound_mentions

    out = []
    for start, end, terms, labels in sound_mentions(low):
        narrow = frozenset(most_specific(labels))
        sources = frozenset(lab for lab in labels if lab not in narrow
                            and {p.strip() for p in lab.lower().split(",")} & set(terms))
        out.append(Mention(terms, narrow, low[start:end], start, end, sources))
    return out


def _channel(m: Mention) -> bool:
    """A mention of the recording's condition (AudioSet's "Channel, environment and background": noise, static, hiss
    on the line) rather than of a sound in the scene."""
    from ..vocab.ontology import ancestors

    return bool(m.labels) and all("Channel, environment and background" in ancestors(lab) | {lab} for lab in m.labels)


def _without_channel(mentions: list[Mention], other: list[Mention], opening: Answer | None) -> list[Mention]:
    """``mentions`` without the recording's condition when the other answer names none and this one answers anyway
    (names another sound, or cannot tell): "hard to be sure with the background noise, but it seems to be a vacuum
    cleaner", "I can't identify it: the recording is mostly static". "Just static." keeps its static."""
    if any(_channel(m) for m in other):
        return mentions
    kept = [m for m in mentions if not _channel(m)]
    return kept if kept or opening is Answer.ABSTAIN else mentions


def _same_sound(a: Mention, b: Mention) -> bool:
    """Two mentions name one sound: a term or a class in common."""
    return bool(set(a.terms) & set(b.terms) or a.labels & b.labels)


def _related_sound(a: Mention, b: Mention) -> bool:
    """Two mentions name one sound or one under the other ("music" / "a piano", "an animal" / "a grunt")."""
    from ..vocab.ontology import relation

    return _same_sound(a, b) or any(relation(x, b.labels) != "other" for x in a.labels)


def _broader(a: Mention, b: Mention) -> bool:
    """Whether mention ``a`` names a class above one of ``b``'s ("music" above "a piano")."""
    from ..vocab.ontology import relation

    return any(relation(x, b.labels) == "broader" for x in a.labels)


def _acts_of(source: Mention, other: Mention) -> bool:
    """Whether ``other`` names which sound ``source`` makes, a source named for several ("a dog", which barks or howls,
    growling; "a cat" meowing): each of its classes lies under the class the source names. A source named for one
    sound ("a clock": tick-tock) is that sound."""
    from ..vocab.ontology import ancestors

    return other is not source and len(source.labels) > 1 and bool(other.labels) and bool(source.sources) and all(
        ancestors(lab) & source.sources for lab in other.labels)


def _specific(mentions: list[Mention]) -> list[Mention]:
    """The mentions no other mention of the same text narrows ("Vehicle, Car, Engine": car and engine; "a dog is
    growling": growling, not the barking a dog is also named for)."""
    return [m for m in mentions if not any((_broader(m, o) and not _same_sound(m, o)) or _acts_of(m, o)
                                           for o in mentions)]


def _own_words(low: str, mentions: list[Mention]) -> set[str]:
    """The words of ``low`` besides the sounds it names (``mentions``), the speaker's sex and mood and frame words."""
    rest = low
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[:m.start] + " " + rest[m.end:]
    # a count is compared by the number slot, not here ("rings four times" / "rings")
    return {w for w in re.findall(r"[a-z][a-z'-]*", re.sub(r"'s\b", "", rest.replace("’", "'"))) if w not in _FRAME
            and w not in _ATTRIBUTE_WORDS and w not in _NUMBER_WORDS}


def _forms(word: str) -> tuple[str, ...]:
    """A word and the forms a dictionary lists it under ("slowly": "slow", "noisily": "noisy", "rings": "ring")."""
    base = word[:-3] + "y" if word.endswith("ily") else word[:-2] if word.endswith("ly") and len(word) > 4 else word
    return tuple(dict.fromkeys((word, stem(word), base)))


def _speaker_frame(low: str) -> bool:
    """Whether ``low`` (the words before a reporting verb) only names who speaks: "the speaker", "a female voice",
    "he", "the announcement", "according to the caller, the"."""
    words = re.findall(r"[a-z][a-z-]*", low)
    return len(words) <= 6 and not _own_words(low, _mentions(low)) - {"announcement", "announcer", "caller", "according",
                                                                       "message"}


def _describes(low: str, mentions: list[Mention], loose: float = 1 / 3) -> str | None:
    """How ``low`` describes a clip: "plainly" when it says what is heard ("I hear", "in the recording"), is a list of
    short labels all but one of which name sounds ("Whistle, Steam whistle, Alarm, Steam") or is made only of the
    sounds it names, the speaker's sex and mood and frame words (``_FRAME``: "A dog is barking.", "The speaker sounds
    cheerful."); "loosely" when a third of its words (``loose``) or fewer are its own ("A dog barks repeatedly in the
    distance"), it negates none of them and asks nothing of anyone ("please", "you"); else None ("At the tone, please record your
    message", "The door isn't unlocked")."""
    from ..vocab.ontology import label_parts

    items = [i.strip(" -•*:") for i in re.split(r"[,;\n]|\band\b", low.strip(" .")) if i.strip(" -•*:")]
    labels = len(mentions) + sum(i in label_parts() for i in items)  # "Outside, rural or natural": a class, unnamed
    if _DESCRIBES.search(low) or (len(items) > 1 and labels >= len(items) - 1 and all(len(i.split()) <= 3 for i in items)):
        return "plainly"
    own = _own_words(low, mentions)
    if not own:
        return "plainly"
    words = re.findall(r"[a-z][a-z-]*", low)
    # a negation of its own words ("the door isn't unlocked") is no answer about a sound
    negated = any(n and not any(n.start() <= s.start < m.start() for s in mentions)  # "no music playing" negates music
                  for w in own for m in re.finditer(rf"\b{re.escape(w)}\b", low) for n in [_NEGATED.search(low[:m.start()])])
    return ("loosely" if len(own) <= len(words) * loose and not negated
            and not re.search(r"\b(?:please|you|your|let's|we)\b", low) else None)


def _stance(text: str, terms: tuple[str, ...]) -> Answer:
    """How ``text`` answers of a sound it names itself: heard, denied or left open. Another source named with it is no
    other sound *instead* ("A smoke alarm is beeping.": the beeping is heard)."""
    answer, rule = explain(text, terms)
    return Answer.YES if rule == "another sound instead" else answer


def _undecided(text: str, mentions: list[Mention], opening: Answer | None) -> bool:
    """Whether ``text`` answers that it cannot tell, naming no sound it hears ("hard to tell what the sound is") or
    weighing two or more as alternatives ("could be a dog or a fox"), against a lean towards one ("it might be a
    train", "appears to be a woodpecker, although the noise makes it uncertain")."""
    if opening is not Answer.ABSTAIN:
        return False
    open_ = [m for m in mentions if _stance(text, m.terms) is Answer.ABSTAIN]
    heard = [m for m in mentions if _stance(text, m.terms) is Answer.YES]
    if heard:
        return False
    low = text.lower()
    return not open_ or any(x.labels != y.labels and re.search(r"\b(?:or|either|versus|vs)\b", low[x.end:y.start])
                            for i, x in enumerate(open_) for y in open_[i + 1:])


def _one_word_for_another(a: str, b: str) -> bool:
    """Whether two texts are the same words but for one or two put in place of others ("the dog needs a walk" / "the
    dog needs a bath"): the shape of a changed word, which no rule here tells from a synonym; the embedding, which
    reads such near-identical texts well, decides."""
    from difflib import SequenceMatcher

    wa, wb = re.findall(r"[a-z0-9'-]+", a), re.findall(r"[a-z0-9'-]+", b)
    ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    return 0 < len(ops) <= 2 and all(tag == "replace" and i2 - i1 <= 2 and j2 - j1 <= 2 for tag, i1, i2, j1, j2 in ops)


def _names_the_same(mentions: list[Mention], described: list[Mention]) -> bool:
    """Whether two answers name the same sounds, each said in its own words: every sound either names is one the other
    names, or one above or below it ("a vehicle passes" / "a motorcycle drives past"; "a jackhammer ..., a truck ..." /
    "a pneumatic drill ..., a lorry ..."). A sound only one of them names leaves the other's wording to the embedding."""
    return bool(mentions and described) and all(any(_related_sound(x, y) for y in ys) for xs, ys in
                                                 ((mentions, described), (described, mentions)) for x in xs)


def _instruction(*texts: str) -> bool:
    """Whether one of ``texts`` opens with a verb and its object, as words said to someone do ("Water the plants every
    day", "Ring the bell twice"), where a description opens with the sound ("Water drips", "A bell rings")."""
    return any(re.match(r"\W*[a-z]+\s+(?:the|a|an|my|your|his|her|their|our|this|that|these|those|it|them)\b", t.lower())
               for t in texts)


def _replaced(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """Where two texts that are the same words but for one or two put in place of others (``_one_word_for_another``)
    differ: the character span of each replaced run of words, in ``a`` and in ``b``; None for other texts."""
    from difflib import SequenceMatcher

    if not _one_word_for_another(a, b):
        return None
    wa, wb = list(re.finditer(r"[a-z0-9'-]+", a)), list(re.finditer(r"[a-z0-9'-]+", b))
    ops = SequenceMatcher(None, [m[0] for m in wa], [m[0] for m in wb], autojunk=False).get_opcodes()
    return [((wa[i1].start(), wa[i2 - 1].end()), (wb[j1].start(), wb[j2 - 1].end()))
            for tag, i1, i2, j1, j2 in ops if tag == "replace"]


def _sound_swapped(a: str, b: str, ma: list[Mention], mb: list[Mention]) -> str | None:
    """The sound one answer names where the other, in the same words otherwise, names another or a thing that is no
    such sound ("a cat is purring" / "a cat is hissing", "a baby is laughing" / "crying", "a lawn mower running" / "a
    leaf blower running"), as a reason; None when the words put in place name the same sound ("barks" / "yaps")."""
    for (sa, ea), (sb, eb) in _replaced(a, b) or ():
        # only the sound's name put in place of the other's ("is chirping" / "sings repeatedly" says more); a word for
        # any sound ("making noise", ``_FRAME``) names none in particular
        xs = [m for m in ma if (m.start, m.end) == (sa, ea) and m.words not in _FRAME]
        ys = [m for m in mb if (m.start, m.end) == (sb, eb) and m.words not in _FRAME]
        if not (xs or ys) or (not xs and any(m.start < ea and m.end > sa for m in ma)) \
                or (not ys and any(m.start < eb and m.end > sb for m in mb)):
            continue
        for x in xs:  # against the sounds put in its place, or, where none is, any the other answer names
            if not any(_related_sound(x, y) for y in (ys or mb)):
                return f"another sound: {ys[0].terms[0] if ys else b[sb:eb]} → {x.terms[0]}"
        for y in ys:
            if not any(_related_sound(y, x) for x in (xs or ma)):
                return f"another sound: {y.terms[0]} → {xs[0].terms[0] if xs else a[sa:ea]}"
    return None


def _count_change(a: str, b: str) -> bool:
    """Whether two answers say how many differently, where the number slots cannot tell: "once" / "several times",
    "a couple" / "three", "two knocks" / "a knock" (one of the things counted). A count only one answer gives, the
    other saying nothing of how many, is detail ("rings three times" / "is ringing")."""
    a, b = (_NOT_COUNTS.sub(" ", LIST_NUMBER.sub("", t)) for t in (a, b))
    na, nb = count_words(a), count_words(b)
    ca, cb = {n.value for n in na}, {n.value for n in nb}
    if ca == cb:
        return False
    if ca and cb:
        return True
    counted, other = (na, b) if ca else (nb, a)
    if _VAGUE_COUNT.search(other):
        return True
    for n in counted:  # the thing counted, named once by the other answer: "two knocks" / "a knock"
        thing = re.match(r"\W*(?:[a-z-]+\s+)?([a-z]+)", (a if ca else b)[n.end:])
        if n.value != 1 and thing and re.search(rf"\b(?:a|an|one|single)\s+(?:[a-z-]+\s+)?{re.escape(stem(thing[1]))}\b", other):
            return True
    return False


def _order_change(a: str, b: str, ma: list[Mention], mb: list[Mention]) -> bool:
    """Whether two answers put two sounds they both name in the opposite order (``scoring.order``: "first a door
    slams, then a dog barks" / "a dog barks, and after that a door slams")."""
    from .order import stated_order

    common = list({x.labels: (x, y) for x in ma for y in mb if _same_sound(x, y)}.values())
    for i, (x1, y1) in enumerate(common):
        for x2, y2 in common[i + 1:]:
            if x1.labels & x2.labels or y1.labels & y2.labels:
                continue
            oa = stated_order(a, x1.words, x2.words, negation=True)
            ob = stated_order(b, y1.words, y2.words, negation=True)
            if oa is not None and ob is not None and oa != ob:
                return True
    return False


def _answered(a: str, b: str, oa: Answer | None, ob: Answer | None, ma: list[Mention], mb: list[Mention]) -> Answer | None:
    """The yes or no both agreeing answers give: the one both open with, or the one an answer opens with when the
    other, opening with none, says the same of every sound both name ("No. I only hear a fan." / "There is no music."
    of music)."""
    if oa is ob or (oa and ob):
        return oa if oa is ob else None
    opened, text, mentions, others = (oa, b, mb, ma) if oa else (ob, a, ma, mb)
    common = [x for x in mentions if any(_same_sound(x, y) for y in others)]
    return opened if common and all(_stance(text, x.terms) is opened for x in common) else None


#: A label that hands over a worked answer's conclusion ("... so it's a blender. Answer: a blender.").
_ANSWER_LABEL = re.compile(r"(?:^|(?<=[.!?\n]))[ \t*#>]*(?:final answer|answer|conclusion|verdict)\*{0,2}:\*{0,2}[ \t]*"
                           r"(?=\S)", re.IGNORECASE)
#: An identifier's underscore between words ("door_knock", "dog_bark"): a gap between two words.
_SNAKE = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")


def _handed_over(text: str) -> str:
    """What the last answer label of ``text`` hands over (its reasoning before is how it got there), else ``text``;
    an identifier's words (``door_knock``) apart."""
    text = _SNAKE.sub(" ", text)
    ends = [m.end() for m in _ANSWER_LABEL.finditer(text)]
    return text[ends[-1]:] if ends else text


def compare_answers(output: str, reference: str) -> Agreement:
    """Whether ``output`` and ``reference``, two answers about one clip, say the same thing (see the module)."""
    from .structured import as_text

    output, reference = _handed_over(as_text(output)), _handed_over(as_text(reference))
    a, b = output.lower(), reference.lower()
    ma, mb = _mentions(a), _mentions(b)
    if _order_change(a, b, ma, mb):  # "the doorbell rings after the dog barks" / "the dog barks after the doorbell rings"
        return Agreement(False, "order: the same sounds in another order")
    if _REPORTED.search(_AS_IF.sub(" ", a)) or _REPORTED.search(_AS_IF.sub(" ", b)):
        ra, rb = _REPORT.search(output), _REPORT.search(reference)
        # an answer's frame names only the speaker ("The speaker", "A female voice", "The caller"); a transcript's
        # words before "said" are its own ("the old man looked up and said")
        if not (ra and rb and all(_speaker_frame(t[:r.start()]) for t, r in ((a, ra), (b, rb)))):
            return Agreement(None, "reports what is said")
        change = _attribute_change(_attributes(a[:ra.start()]), _attributes(b[:rb.start()]))  # "a man" / "a woman" says
        if change:
            return Agreement(False, change)
        return Agreement(None, "reports what is said", reported=(output[ra.end():], reference[rb.end():]))
    scale = _scale_change(ma, mb, a, b)  # "far away" / "right next to the mic" of one sound, whatever else each says
    if scale:
        return Agreement(False, scale)
    oa, ob = _opening(output), _opening(reference)
    named = ma, mb  # a condition of the recording put in a sound's place is another sound ("purring" / "hissing")
    ma, mb = _without_channel(ma, mb, oa), _without_channel(mb, ma, ob)
    ta, tb = _attributes(a), _attributes(b)
    da = oa or _describes(a, ma) if (ma or oa or ta) else None
    db = ob or _describes(b, mb) if (mb or ob or tb) else None
    # an answer naming just the sounds a description of the clip names is a description of that clip too, however it
    # words what they do ("It's a beach scene: wind blowing, waves breaking ..." beside "The audio contains: wind, waves"),
    # unless it negates its own words ("The door isn't unlocked") or speaks to someone ("please", "you", "Water the
    # plants every day")
    if da and not db and _names_the_same(mb, ma) and _describes(b, mb, loose=1.0) and not _instruction(a, b):
        db = "by its sounds"
    elif db and not da and _names_the_same(ma, mb) and _describes(a, ma, loose=1.0) and not _instruction(a, b):
        da = "by its sounds"
    if not (da and db):
        return Agreement(None, "not both answers about sounds")
    if oa and ob and oa is not ob:
        return Agreement(False, f"answer: {ob.value} → {oa.value}")
    ua, ub = _undecided(output, ma, oa), _undecided(reference, mb, ob)
    if ua != ub and (ma or mb) and not (oa is Answer.NO or ob is Answer.NO):
        return Agreement(False, f"answer: {'left open' if ub else 'a sound'} → {'left open' if ua else 'a sound'}")
    for x in ma:
        for y in mb:
            if _same_sound(x, y):
                terms = tuple(dict.fromkeys(x.terms + y.terms))
                sa, sb = _stance(output, terms), _stance(reference, terms)
                if {sa, sb} == {Answer.YES, Answer.NO}:  # a lean ("perhaps a robin") against a plain word is no change
                    return Agreement(False, f"{terms[0]}: {sb.value} → {sa.value}")
            elif _related_sound(x, y):  # "no music" denies "a piano"; "an animal" says nothing of "a grunt"
                for broad, narrow, tb_, tn in ((x, y, output, reference), (y, x, reference, output)):
                    if _broader(broad, narrow) and _stance(tb_, broad.terms) is Answer.NO \
                            and _stance(tn, narrow.terms) is Answer.YES:
                        return Agreement(False, f"{broad.terms[0]} denied, {narrow.terms[0]} heard")
    # a word for the speaker or their voice ("the speaker", "her tone") is no other sound heard
    sa_, sb_ = ([m for m in _specific(ms) if m.words not in _SPEAKER] for ms in (ma, mb))
    # a lean is the answer against another sound named plainly or leant towards: a lean towards a source ("I think it
    # might be a motorcycle" / "a lawnmower") where the two share no sound, towards an action where they share its
    # source ("a dog growling, I think" / "a dog barking"); a guessed action of no shared source ("a woodpecker, tapping
    # I think") is detail, and one answer weighing alternatives is ``_undecided``'s
    decided = not (ua or ub)
    apart = decided and not any(_related_sound(x, y) for x in ma for y in mb)

    def claimed(m: Mention, text: str, mine: list[Mention], theirs: list[Mention]) -> bool:
        if _stance(text, m.terms) is Answer.YES:
            return True
        if not decided or _stance(text, m.terms) is not Answer.ABSTAIN:
            return False
        if m.words.endswith("ing"):  # its source named in it ("a baby crying") or beside it ("a dog ... growling")
            return " " in m.words or any(_same_sound(s, t) for s in mine if s is not m for t in theirs)
        return apart
    only_a = [x.terms for x in sa_ if not any(_related_sound(x, y) for y in sb_) and claimed(x, output, ma, mb)]
    only_b = [y.terms for y in sb_ if not any(_related_sound(y, x) for x in sa_) and claimed(y, reference, mb, ma)]
    if only_a and only_b:
        return Agreement(False, f"another sound: {only_b[0][0]} → {only_a[0][0]}")
    change = _attribute_change(ta, tb)
    if change:
        return Agreement(False, change)
    swapped = _sound_swapped(a, b, *named)
    if swapped:  # "a cat is purring" / "a cat is hissing": one sound put in another's place
        return Agreement(False, swapped)
    if _count_change(a, b):
        return Agreement(None, "how many, said differently")
    wa, wb = _own_words(a, ma), _own_words(b, mb)
    sa, sb = {stem(w) for w in wa}, {stem(w) for w in wb}
    if not (sa <= sb or sb <= sa):  # words of its own on each side: detail, unless they contrast ("kitchen" / "bedroom")
        from ..vocab.contrasts import contrasting

        pair = contrasting([_forms(w) for w in wa if stem(w) not in sb], [_forms(w) for w in wb if stem(w) not in sa])
        if pair:  # antonyms differ ("fast" / "slowly"); nouns of one kind may be two words for one thing ("crowd")
            return Agreement(False if pair[2] == "antonyms" else None, f"{pair[2]}: {pair[1]} → {pair[0]}")
        if _one_word_for_another(a, b):
            return Agreement(None, "one word said for another")  # "the dog needs a walk" / "the dog needs a bath"
    return Agreement(True, "the answers agree on every sound they name", _answered(output, reference, oa, ob, ma, mb))
