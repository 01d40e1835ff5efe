"""Read answers that state an order or a speaker relation instead of saying yes or no.

Audio LLMs asked "Did you hear a dog barking before a siren?" often answer with the order itself
("The siren comes first, then the dog barks.") and, asked "Are these the same speaker?", with the
relation ("These sound like two different people."). When the yes/no parser finds no answer,
``expect.answers`` asks these readers:

* :func:`stated_order` finds which of two sounds the reply puts first ("X comes first", "X before /
  after Y", "first X, then Y", "X followed by Y", "Y, and then X", "Y \u2192 X", time stamps, rank markers such as
  "1) X 2) Y" or a JSON reply's "first" / "second") by the sounds' content words.
* :func:`stated_relation` finds "same" or "different" speakers, or "uncertain", clause by clause
  (``scoring.clauses``): a cue's polarity decides ("not the same voice" is different, "nothing suggests a different
  speaker" and "does not sound synthetic; it is the same person" are same), a hedged cue is uncertain.
  Voices told apart only by description (a male and a female voice, a child and an adult, two regional accents) are
  different; a doubt a contrast raises after the verdict ("..., but it could be an impersonator") leaves it uncertain.
* :func:`read_order` and :func:`read_pair` give the verdict ``expect.answers`` records: the model cannot hear
  audio -> abstain; a leading yes/no word (not an adverb opening a statement, "Likely different speakers"), unless a
  self-correction after it states the order ("Yes ... . Actually, the bell rings first") or the order it asserts
  contradicts it (unparseable); else the stated order/relation (an order stated only in doubt abstains); else the plain
  yes/no reading. A JSON reply's events are ordered by their start fields.

``stated_order``/``stated_relation`` return None when the reply does not state it. Stdlib only.
"""

from __future__ import annotations

import re

from .clauses import CORRECTIONS, Clause, cannot_perceive, clause_at, normalize, split, stance
from .numbers import json_records
from .text import stem

_STOP = {"a", "an", "the", "someone", "some", "of", "on", "sound", "sounds", "noise"}


def _stems(phrase: str) -> list[str]:
    """Content-word stems of a sound phrase: "a dog barking" -> ["dog", "bark"]."""
    return [stem(w) for w in re.findall(r"[a-z]+", phrase.lower()) if w not in _STOP]


def _positions(text: str, phrase: str, other: str = "") -> list[int]:
    """Where ``text`` mentions the sound: its content-word stems and the words that name it (``vocab.sounds``),
    without the words it shares with the ``other`` sound."""
    from ..vocab.sounds import target_terms, terms_pattern

    mine, theirs = set(target_terms(phrase, phrase)), set(target_terms(other, other)) if other else set()
    found = {m.start() for s in _stems(phrase) for m in re.finditer(rf"\b{re.escape(s)}\w*", text)}
    found |= {m.start() for m in terms_pattern(tuple(mine - theirs)).finditer(text)}
    return sorted(found)


_FIRST_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:comes?|came|is|was|are|were|happens?|happened|occurs?|occurred|starts?"
                          r"|started|heard|plays?|played|barks?|barked|rings?|rang|sounds?|sounded|begins?|began)?\W*"
                          r"(?:\w+\W+)?(?:first|earlier|at the (?:start|beginning)|already)\b")
_BEFORE = re.compile(r"^\W*(?:\w+\W+){0,4}?(before|followed by|and then|then|after that|after which|afterwards|prior to|ahead of"
                     r"|earlier than|precedes|preceded by|preceded|after|later than|follows|followed)\b")
#: Words after X that put X *after* the other sound (the rest put it before).
_LATER = ("after", "later than", "follows", "followed", "preceded by")
#: Words after X that put X last ("the horn is the last sound", "X ends the clip", "X came second").
_LAST_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:last|at the (?:end|very end)|ends (?:the|it)|closes (?:the|it)|finally"
                         r"|(?:came|comes|was|is|happened|happens|occurred|occurs|sounded|sounds|heard|arrived"
                         r"|arrives) second)\b")
#: A clause opened by one of these comes after the clauses before it ("A few seconds later, a phone rings").
_SEQUENCE_LEAD = re.compile(r"^\W*(?:and\W+)?(?:\w+\W+){0,3}?(?:then|later|afterwards?|after that|after which|next"
                            r"|subsequently|followed by|shortly after|soon after|finally|eventually)\b")
#: A temporal word right before a sound makes it the reference: "once the siren has passed, ...", "following the
#: knock", "after the song finishes" (the reference comes first); "before the siren", "until the knock" (it comes last).
_REFERENCE = re.compile(r"(?<!shortly )(?<!soon )(?<!right )(?<!just )(?<!and )(?<!, )(?<!immediately )"
                        r"\b(after|once|following|since|as soon as|before|prior to|ahead of|until)\W+"
                        r"(?!(?:that|this|which|it|then)\b)(?:\w+\W+){0,2}$")
_AFTER_REFERENCE = ("after", "once", "following", "since", "as soon as")
#: The two sounds are heard together: no order is stated.
SIMULTANEOUS = re.compile(r"\b(?:at the same time|simultaneous\w*|overlap\w*|concurrent\w*|together throughout"
                          r"|both at once|(?:within|in|at) the same (?:second|moment|instant))\b")
#: An arrow between two sounds is "then" ("scream \u2192 glass breaking").
_ARROW = re.compile(r"\s*(?:\u2192|\u27f6|\u2794|\u279c|=>|(?<!-)->)\s*")
#: A rank marker before a sound: "1) thunder 2) rain", "first: thunder, second: rain" (a JSON reply's keys).
_RANK = re.compile(r"(?:^|(?<=[\s,;(\[]))(?:(\d{1,2})[.)]|(first|second|third|fourth|fifth|last)\s*:"
                   # "First came the knock, second the phone": an ordinal opening an item, before its sound
                   r"|(?<![a-z] )(?<!the )(first|second|third|fourth|fifth|last)(?:\s+(?:came|comes|was|is|there's|there is"
                   r"|we hear|you hear|i hear|heard))?(?=\s+(?:the|a|an|some)\b))(?=\s)")
_LISTED = re.compile(r"\b(?:order|sequence|timeline|chronology|events in order)\W*:")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": 99}
#: "The clip ends with X" puts X last; "opens with X" puts it first.
_ENDS_WITH = re.compile(r"\b(?:ends|ended|closes|closed|finishes|finished|concludes|concluded) with\s+(?:[\w'-]+\s+){0,2}$")
_OPENS_WITH = re.compile(r"\b(?:starts|started|opens|opened|begins|began) with\s+(?:[\w'-]+\s+){0,2}$")
#: A time stamp: "0:03", "(6-8 s)", "at 1.2 seconds" (its start, in seconds).
_STAMP = re.compile(r"\b(\d{1,2}):(\d{2})\b|\b(\d+(?:\.\d+)?)\s*(?:[-\u2013]\s*\d+(?:\.\d+)?\s*)?(?:s|sec|secs|seconds)\b")
_LEADING_FIRST = re.compile(r"\b(?:first|at first|initially|to begin with|it starts with|starts with|begins with"
                            r"|opens with)\b")


def _sequenced(t: str, pa: list[int], pb: list[int]) -> bool | None:
    """Narrative order: a clause opened by "then" / "later" / "followed by" holds the sound that comes after the
    sound named in an earlier clause."""
    clauses = split(t)
    led = False
    for i, c in enumerate(clauses):
        # "and then, a second later, the dog barks": a lead holding neither sound opens the next clause of its sentence
        led = bool(_SEQUENCE_LEAD.match(c.text)) or (led and i > 0 and clauses[i - 1].sentence == c.sentence)
        if not led:
            continue
        has_a = any(c.start <= p < c.end for p in pa)
        has_b = any(c.start <= p < c.end for p in pb)
        if has_a == has_b:
            led = led and not has_a
            continue
        led = False
        later, earlier = (pa, pb) if has_a else (pb, pa)
        if any(p < c.start for p in earlier) and not any(p < c.start for p in later):
            return not has_a
    return None


def _timed(t: str, first: str, second: str) -> bool | None:
    """Order by time stamps: each sound takes the stamp in its own line or comma-separated item ("1. Rain (0-6 s)",
    "0:00 dog barks, 0:03 car horn"); None unless both sounds are stamped."""
    starts: dict[bool, float] = {}
    # a sentence naming both sounds with their stamps is cut at "and" / "then" / "while" ("the dog barks at 1.2 s and
    # the horn blares at 3.8 s")
    for seg in re.split(r"[\n,;]|\s(?=(?:and|then|while|whereas)\s)", t):
        stamp = _STAMP.search(seg)
        if not stamp:
            continue
        has_a, has_b = bool(_positions(seg, first, second)), bool(_positions(seg, second, first))
        if has_a == has_b:
            continue
        at = int(stamp.group(1)) * 60 + int(stamp.group(2)) if stamp.group(1) else float(stamp.group(3))
        starts.setdefault(has_a, at)
    if len(starts) < 2 or starts[True] == starts[False]:
        return None
    return starts[True] < starts[False]


#: A JSON field holding when an event starts ("start", "onset", "start_time", "timestamp").
_START_KEY = re.compile(r"^(?:start|onset|begin|time|timestamp|t|at)(?:[ _-]?(?:time|s|sec|secs|seconds|ms))?$")


def _recorded(text: str, first: str, second: str) -> bool | None:
    """Order by a JSON reply's events and their start fields ({"label": "car horn", "start": 1.2}); None unless both
    sounds are objects with a start."""
    starts: dict[bool, float] = {}
    for record in json_records(text):
        name = " ".join(v for v in record.values() if isinstance(v, str)).replace("_", " ").lower()
        at = next((v for k, v in record.items() if _START_KEY.match(str(k).lower())), None)
        if isinstance(at, str) and re.fullmatch(r"\d{1,2}:\d{2}(?:\.\d+)?", at.strip()):
            minutes, seconds = at.strip().split(":")
            at = int(minutes) * 60 + float(seconds)
        if not isinstance(at, (int, float)) or isinstance(at, bool):
            continue
        has_a, has_b = bool(_positions(name, first, second)), bool(_positions(name, second, first))
        if has_a != has_b:
            starts.setdefault(has_a, float(at))
    if len(starts) < 2 or starts[True] == starts[False]:
        return None
    return starts[True] < starts[False]


def _ranked(t: str, pa: list[int], pb: list[int]) -> bool | None:
    """Order by rank markers: each sound takes the rank of the marker right before it; None unless both are ranked."""
    marks = [(m.start(), int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2) or m.group(3)]) for m in _RANK.finditer(t)]
    if len(marks) < 2:
        return None

    def rank(ps: list[int]) -> int | None:
        ranks = [next((r for at, r in reversed(marks) if at < p), None) for p in ps]
        return min((r for r in ranks if r is not None), default=None)

    ra, rb = rank(pa), rank(pb)
    return None if ra is None or rb is None or ra == rb else ra < rb


_NEGATOR = re.compile(r"\b(?:not|never|no longer)\b|n't\b")


def _relation_denied(t: str, clause: Clause | None, p: int, relation: str) -> bool:
    """The order relation stated of the sound at ``p`` is negated: a negator between the sound and the relation word
    ("the rain does not come before"), or one with the sound in its scope ("it wasn't the glass first")."""
    if _NEGATOR.search(relation):
        return True
    return clause is not None and not clause.question and stance(t, clause, p, p + 1) == "denied" \
        and bool(_NEGATOR.search(t[clause.start:p]))


def stated_order(text: str, first: str, second: str, *, negation: bool = False) -> bool | None:
    """True if ``text`` puts ``first`` before ``second``, False if after, None if it states no order (or says the
    two sounds are heard together). With ``negation``, a relation under negation states the other order ("the rain
    does not come before the thunder"; ``read_order`` reads it so); without, the relation word is taken as it stands
    (``scoring.premise`` reads the negation of each sentence itself)."""
    text = _ARROW.sub(", then ", str(text))
    t = " ".join(normalize(text).split())
    if SIMULTANEOUS.search(t):
        return None
    pa, pb = _positions(t, first, second), _positions(t, second, first)
    if not pa and not pb:
        return None
    clauses = split(t)
    for px, py, sign in ((pa, pb, True), (pb, pa, False)):
        for p in px:
            clause = clause_at(clauses, p)
            tail = t[p:clause.end if clause else len(t)]
            word_end = re.match(r"\w+", tail)
            rest = tail[word_end.end():] if word_end else tail
            # a relation under negation states the other order: "the rain does not come before the thunder", "it
            # wasn't the glass first"
            opens = _FIRST_AFTER.match(rest)
            last = _LAST_AFTER.match(rest)
            m = _BEFORE.match(rest)
            if m and not any(p < q <= p + len(tail) for q in py):
                m = None
            said = opens or last or m
            if not said:
                continue
            flip = negation and _relation_denied(t, clause, p, said.group())
            if opens:
                return sign != flip
            if last:
                return sign == flip
            assert m is not None
            return (sign != (m.group(1) in _LATER)) != flip
    if not pa or not pb:
        return None
    for px, py, sign in ((pa, pb, True), (pb, pa, False)):
        for p in px:
            clause = clause_at(clauses, p)
            m = _REFERENCE.search(t[max(clause.start if clause else 0, p - 40):p])
            if m and any(c.sentence == clause.sentence and any(c.start <= q < c.end for q in py) for c in clauses):
                return sign if m.group(1) in _AFTER_REFERENCE else not sign
    for px, sign in ((pa, True), (pb, False)):
        for p in px:
            if _ENDS_WITH.search(t[max(0, p - 40):p]):
                return not sign
            if _OPENS_WITH.search(t[max(0, p - 40):p]):
                return sign
    sequenced = _sequenced(t, pa, pb)
    if sequenced is not None:
        return sequenced
    recorded = _recorded(str(text), first, second)
    if recorded is not None:
        return recorded
    timed = _timed(normalize(text), first, second)
    if timed is not None:
        return timed
    ranked = _ranked(t, pa, pb)
    if ranked is not None:
        return ranked
    listed = _LISTED.search(t)  # "order: thunder, rain" (a JSON reply's list): the sounds in the order they are listed
    if listed:
        la, lb = [p for p in pa if p > listed.end()], [p for p in pb if p > listed.end()]
        if la and lb:
            return min(la) < min(lb)
    a, b = min(pa), min(pb)
    if _LEADING_FIRST.search(t[: max(a, b)]) and re.search(r"\b(?:then|followed by|after that|afterwards|later|next)\b",
                                                           t[min(a, b):]):
        return a < b
    return None


#: Words that say the two voices are one person.
_SAME = re.compile(r"\bsame (?:(?!and\b|or\b)[a-z-]+ ){0,2}?(?:speaker|person|voice|individual|man|woman|people|one)\b"
                   r"|\b(?:is|are|sounds?|seems?) (?:\w+ )?the same\b|\bthe same\W*$|\b(?:match|matches|matching|identical"
                   r"|consistent)\b|\bone (?:speaker|person|individual)\b")
#: Words that say they are two people.
_DIFFERENT = re.compile(r"\b(?:different|difference|distinct|differ|differs|another|separate"
                        r"|two (?:\w+ )?(?:people|persons|speakers|individuals|voices)|someone else|mismatch\w*)\b")
#: Words that say the second voice is not a person's recording (a spoof is a different speaker).
_SPOOF = re.compile(r"\b(?:synthetic|synthesi[sz]ed|computer[- ]generated|ai[- ]generated|text-to-speech|tts|artificial"
                    r"|robotic|fake|clone|cloned|cloning|spoof\w*|imitation|deepfake|machine[- ]generated|impersonat\w*|impostor"
                    r"|mimic\w*)\b")
#: A clause about the voices (not "the recording quality differs").
_ABOUT_VOICES = re.compile(r"\b(?:speakers?|voices?|people|persons?|individuals?|man|woman|men|women|they|them|these"
                           r"|those|both|speaker [ab12]|second|first|someone)\b")


#: What "different" may qualify besides the voices: the recording or what is said ("same speaker, different microphone").
_NOT_THE_VOICE = re.compile(r"\s+(?:\w+\s+)?(?:microphones?|mics?|recordings?|quality|rooms?|settings?|devices?|conditions"
                            r"|channels?|backgrounds?|levels?|volumes?|equipment|environments?|sessions?|days?|moods?|emotions?"
                            r"|content|words|sentences?|text|phrases?|topics?|lengths?|loudness|noise|speeds?|paces?|tempos?|rates?"
                            r"|times|styles?|distances?|locations?)\b")


def _cues(t: str, c: Clause) -> list[tuple[str, str]]:
    """(relation, stance) for each cue in one clause."""
    out = []
    about = bool(_ABOUT_VOICES.search(c.text))
    for pattern, rel in ((_SAME, "same"), (_DIFFERENT, "different"), (_SPOOF, "spoof")):
        if rel == "spoof" or about:
            for m in pattern.finditer(t, c.start, c.end):
                if rel == "different" and _NOT_THE_VOICE.match(t, m.end()):
                    continue
                word = m.start() + m.group().rstrip(" .!?").rfind(" ") + 1  # "are not the same": "not" scopes over it
                out.append((rel, stance(t, c, word, m.end())))
    return out


def stated_relation(text: str) -> str | None:
    """"same", "different" or "uncertain" when ``text`` states how the two voices relate, else None."""
    # "Voice A \u2260 Voice B": the sign is the relation
    t = " ".join(normalize(re.sub(r"\s*(?:\u2260|!=|=/=)\s*", " is not the same as ", str(text))).split())
    word = _BARE_RELATION.match(t)  # "Verdict: different." / "Same." / "Speaker verification: REJECT": the word alone
    if word:
        return "different" if word.group(1) in _DIFFERENT_WORDS else "same"
    clauses = split(t)
    verdicts: list[str] = []
    hedged = False
    doubted: set[str] = set()  # relations a contrast after the verdicts leaves open ("..., but it could be an impostor")
    for c in clauses:
        if c.question or c.retracted:
            continue
        for rel, st in _cues(t, c):
            if st == "hedged":
                hedged = True
                if verdicts and c.lead in ("but", "though", "although", "however", "yet"):
                    doubted.add("same" if rel == "same" else "different")
            elif rel == "same":
                verdicts.append("same" if st == "asserted" else "different")
            elif rel == "different":
                verdicts.append("different" if st == "asserted" else "same")
            elif st == "asserted":  # a spoof said to be there; "not synthetic" says nothing about identity
                verdicts.append("different")
    if verdicts:
        same, diff = verdicts.count("same"), verdicts.count("different")
        verdict = "same" if same > diff else "different" if diff > same else verdicts[-1]
        return "uncertain" if doubted - {verdict} else verdict
    if hedged:
        return "uncertain"
    return "different" if _described_apart(clauses) else None


#: Kinds of voice on one axis each: a clause giving one voice one kind and another clause another kind tells two people.
_VOICE_KINDS = (
    {"male": re.compile(r"\b(?:male|man|masculine|gentleman|boy)\b"),
     "female": re.compile(r"\b(?:female|woman|feminine|lady|girl)\b")},
    {"child": re.compile(r"\b(?:child|kid|toddler|boy|girl)\b"),
     "adult": re.compile(r"\b(?:adult|grown-up|elderly|old man|old woman)\b")},
    # accents by region only: a language's name ("English", "French") may be what is spoken, not how
    {accent: re.compile(rf"\b{accent}\b") for accent in ("american", "british", "scottish", "irish", "welsh", "australian",
                                                         "canadian", "indian", "south african", "southern")},
)


_ABOUT_CLIPS = re.compile(r"\b(?:clips?|recordings?|samples?)\b")


def _described_apart(clauses: tuple[Clause, ...]) -> bool:
    """Two asserted clauses describe the voices as different kinds ("The first voice is a deep male voice; the second
    is a higher-pitched female voice.")."""
    for axis in _VOICE_KINDS:
        kinds = []
        for c in clauses:
            if c.question or c.retracted or c.hedged or not (_ABOUT_VOICES.search(c.text) or _ABOUT_CLIPS.search(c.text)):
                continue
            found = {kind for kind, pattern in axis.items() if pattern.search(c.text)}
            if len(found) == 1:
                kinds.append(found.pop())
        if len(set(kinds)) > 1:
            return True
    return False


_BARE_RELATION = re.compile(r"^\W*(?:(?:final |my )?(?:(?:speaker )?(?:verification|match)(?: result| decision)?|verdict|answer"
                            r"|result|conclusion|decision)\W+)?(same|different|not the same|identical|accept|accepted|reject"
                            r"|rejected|match|no match|mismatch|verified)\W*$")
#: The words of a bare relation that say two people (a verification system's REJECT is "not the claimed speaker").
_DIFFERENT_WORDS = ("different", "not the same", "reject", "rejected", "no match", "mismatch")
#: "No" as a determiner ("No difference in the speaker ...") negates its noun; it is no answer word.
_DETERMINER_NO = re.compile(r"^\W*no\s+(?!(?:i|it|it's|they|they're|the|there|this|that|these|those|we|he|she|you|not|no"
                            r"|way|sir|ma'am)\b)[a-z]")


#: "It doesn't sound synthetic; ...", "There isn't any echo": a subject and verb opening a statement, no answer word.
_STATEMENT_LEAD = re.compile(r"^\W*(?:it|there|they|that)(?: does| do|'s| is| are)?(?:n't| not)\s+[a-z]")


#: "Likely different speakers", "Probably the same voice": an adverb opening a statement, no answer word.
_ADVERB_LEAD = re.compile(r"^\W*(?:most |very |quite )?(?:likely|probably|possibly|definitely|certainly|clearly|maybe|perhaps"
                          r"|surely|absolutely)\s+(?!(?:yes|no|not)\b)[a-z]")


def _yes_no(text: str) -> tuple[str, str]:
    from .answers import explain

    parsed, rule = explain(text)
    t = " ".join(normalize(text).split())
    if rule.startswith("leading") and _ADVERB_LEAD.match(t):
        return parsed.value, "an adverb opening a statement"
    if rule == "leading no" and _DETERMINER_NO.match(t):
        return parsed.value, "no as a determiner"
    if rule.startswith("leading") and _STATEMENT_LEAD.match(t):
        return parsed.value, "a statement, not an answer word"
    return parsed.value, rule


#: The model declines to tell who is speaking ("I can't verify identity from voice recordings.", "I'm not able to identify
#: people by their voices"): no relation is stated.
_DECLINES_IDENTITY = re.compile(r"\b(?:can't|cannot|can not|unable to|not able to|won't|will not|don't|do not|not allowed to)"
                                r"(?: help(?: you)? with)? (?:verify|identify|determine|confirm|recogni[sz]e|compare|match)\w*"
                                r"\b[^.;]{0,40}?\b(?:identit\w*|people|persons?|individuals?|who)\b")


def read_pair(text: str) -> tuple[str, str]:
    """(yes/no/abstain/unparseable, rule) for "Are these the same speaker?": "yes" is the same speaker; a model that
    cannot hear the audio or declines to identify people by voice abstains."""
    t = " ".join(normalize(text).split())
    if cannot_perceive(t):
        return "abstain", "cannot perceive audio"
    if _DECLINES_IDENTITY.search(t):
        return "abstain", "cannot perceive who speaks (declines to identify)"
    value, rule = _yes_no(text)
    relation = stated_relation(text)
    if "leading" in rule:
        if {"same": "yes", "different": "no"}.get(relation or "", value) != value:
            # "No. The second recording is a live recording of the same person.": the leading word and the relation
            # it states disagree; neither is the answer (as ``answers`` reads a contradicted leading word)
            return "unparseable", "contradicts itself"
        return value, rule
    if relation is not None:
        return {"same": "yes", "different": "no", "uncertain": "abstain"}[relation], f"states {relation} speakers"
    return value, rule


def _correction(t: str) -> int | None:
    """Where a self-correction after the reply's opening starts ("Yes, ... . Actually, the bell rings first"), or None."""
    return next((c.start for c in split(t) if c.lead in CORRECTIONS and c.start > 0), None)


def read_order(text: str, first: str, second: str, relation: str) -> tuple[str, str]:
    """(yes/no/abstain/unparseable, rule) for "Did you hear ``first`` ``relation`` ("before"/"after") ``second``?"."""
    t = " ".join(normalize(text).split())
    if cannot_perceive(t):
        return "abstain", "cannot perceive audio"
    value, rule = _yes_no(text)
    if "leading" in rule:
        at = _correction(t)
        revised = None if at is None else stated_order(t[at:], first, second, negation=True)
        if revised is None:
            # only what the reply asserts ("I can't say if a dog barked before a whistle" states no order)
            asserted = " ".join(c.text for c in split(t) if not (c.question or c.hedged or c.retracted))
            stated = stated_order(asserted, first, second, negation=True)
            if stated is not None and ("yes" if stated == (relation == "before") else "no") != value:
                # "Yes. The baby starts crying right after the door slams.": the answer word and the order it states
                # disagree; neither is the answer
                return "unparseable", "contradicts itself"
            return value, rule
        # "Yes, I heard a horn before a bell. Actually, the bell rings first": the correction is the answer
        return ("yes" if revised == (relation == "before") else "no"), "a correction states the order"
    if SIMULTANEOUS.search(t):
        return "abstain", "states the sounds overlap"
    stated = stated_order(text, first, second, negation=True)
    if stated is not None:
        named = [c for c in split(t) if not c.question and any(
            c.start <= p < c.end for p in _positions(t, first, second) + _positions(t, second, first))]
        if named and all(c.hedged for c in named):
            # "It's difficult to determine the order; the bell may come first": the order is only a guess
            return "abstain", "states the order only in doubt"
        yes = stated == (relation == "before")
        return ("yes" if yes else "no"), f"states {first if stated else second!r} first"
    return value, rule
