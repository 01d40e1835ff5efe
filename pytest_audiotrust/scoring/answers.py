"""Parse a model's answer to a yes/no question into one of four explicit outcomes.

``yes``, ``no``, ``abstain`` (can't tell / no audio / hedged / refuses) and ``unparseable``.
An unparseable answer is never folded into yes or no.

The parser is an ordered rule table (first match wins, see ``RULES``): refusals and
"no audio" first, then a leading yes/no word ("Yes, faintly", "No, I can't hear a dog"),
then hedges ("maybe", "hard to tell"), then negations anywhere ("There is no barking",
"I don't hear any dog"), then affirmations ("A dog is barking", "I can hear a siren"),
then a bare yes/no word anywhere ("The answer is no"). ``explain(text)`` says which rule fired.

With a ``target`` (the sound asked about: a phrase, or a sequence of phrases/terms such as a probe's
``target_terms``), the answer is read as being *about that sound* (``TARGET_RULES``): every mention of
the target (through synonyms and inflections, ``inputs.vocabulary``) is judged in its own clause, so
"No siren, but a dog is barking" is a yes about the dog and "It's a siren, not a dog" a no; an answer
that only asserts some other sound ("I only hear footsteps") is a no; a description of the target
without a yes-word ("A dog barks in the distance") is a yes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from itertools import pairwise

from ..memo import memoized


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    UNPARSEABLE = "unparseable"


_MEDIA = r"(audio|sound file|sound clip|recording|clip|file|attachment|media)s?"

#: (name, outcome, pattern) in the order they are tried. Patterns run on the lower-cased, space-collapsed text
#: with typographic apostrophes made plain.
RULES: tuple[tuple[str, Answer, re.Pattern[str]], ...] = tuple(
    (name, outcome, re.compile(pattern))
    for name, outcome, pattern in (
        ("no audio / cannot process audio or answer", Answer.ABSTAIN,
         rf"\b(no|without( an?| any)?) {_MEDIA} (was |were |is |has been |have been )?"
         r"(provided|attached|given|available|included|uploaded|shared)"
         rf"|\b(can ?not|can't|couldn't|unable to|not able to|don't have the ability to|do not have the ability to"
         rf"|don't have access to|do not have access to|have no access to|no way to) (hear|listen to|process|access|play|open"
         rf"|analy[sz]e|perceive|receive|see) (the |this |that |any |your |an? )?{_MEDIA}(?! of)\b"
         rf"|\b(don't|do not|cannot|can't) (have )?access (to )?(the |this |that |any |your |an? )?{_MEDIA}"
         rf"|\bwithout (hearing|listening to|access to|being able to hear) (the |this |that |your |an? )?{_MEDIA}"
         r"|\bas an? (ai|language model|text-based|text based)\b|\bi'm (just )?a text\b"
         r"|^\W*(i )?(can ?not|can't|am unable to|'m unable to|am not able to|'m not able to|won't) answer"
         r" (that|this|the question|your question)\b"),
        ("yes and no", Answer.ABSTAIN, r"^\W*yes and no\b|\bboth yes and no\b"),
        ("leading no", Answer.NO,
         r"^\W*(not that i (can|could) (hear|tell|detect|make out)"
         r"|no(?! doubt| idea)|nope|nah|negative|false|not at all|not really|absolutely not|definitely not|certainly not"
         r"|of course not|probably not|likely not|most likely not|almost certainly not|i don't think so|i do not think so"
         r"|i don't believe so|i do not believe so|it does not|it doesn't|there isn't|there aren't|there's none)\b"),
        ("leading yes", Answer.YES,
         r"^\W*(yes|yeah|yep|yup|yes indeed|correct|affirmative|true|indeed|absolutely|certainly|definitely|of course|sure"
         r"|no doubt|i think so|i believe so|probably|likely|most likely|almost certainly|it does|that's right|right)\b"),
        ("hedge", Answer.ABSTAIN,
         r"\b(not sure|unsure|uncertain|unclear|not certain|can't tell|cannot tell|can not tell|can't be sure|cannot be sure"
         r"|hard to (tell|say|determine)|difficult to (tell|say|determine)|impossible to (tell|say|determine)"
         r"|not possible to (tell|say|determine)|i don't know|i do not know|no idea|can't (say|determine)"
         r"|cannot (say|determine)|unable to (tell|say|determine|identify)|ambiguous|inconclusive|maybe|perhaps|possibly"
         r"|too \w+( \w+)? (for me )?to (tell|say|determine|be sure|make out)"
         r"|might (be|have|contain)|could be|may (be|contain|have)|no way to (tell|know))\b"),
        ("negation", Answer.NO,
         r"\bthere(?: is|'s| are| was| were) (no|not|none)\b|\bthere (isn't|aren't|wasn't|weren't)\b|\b(isn't|aren't) any\b"
         r"|\b(don't|do not|didn't|did not|can't|can ?not|couldn't|could not|doesn't|does not) (really |actually |clearly )?"
         r"(hear|detect|identify|notice|find|make out|pick up|perceive|contain|include|feature|have|appear)\b"
         r"|\bno (sign|signs|trace|traces|evidence|indication|hint|sound|sounds|noise|noises)\b"
         r"|\bnothing (like|resembling|that sounds)\b|\b(is|are|was|were) not (present|audible|heard|detected|there)\b"
         r"|\bnot (present|audible|detected)\b|\b(is|are) absent\b|\b(contains|includes|hear|heard) no\b|\bbut no\b"
         r"|\bno \w+( \w+)? (is|are|was|were|can be|could be) \w+|\b(only|just) (silence|noise|static|hiss)\b"
         r"|\b(is|was) (completely |entirely )?silent\b|\bhear nothing\b|\bnothing (is|was|can be) (heard|audible)\b"
         r"|\bnone\b|\bi don't think\b|\bi do not think\b|\babsent\b|\bnowhere\b"),
        ("affirmation", Answer.YES,
         r"\bthere(?: is|'s| are| was| were) (a|an|some|the|faint|clear|clearly|distinct|definitely|indeed|several|multiple"
         r"|\w+ing)\b|\bi (can )?(clearly |definitely |distinctly |faintly )?(hear|detect|notice)\b|\bcan be (heard|detected)\b"
         r"|\b(is|are) (audible|present|heard)\b|\b(contains|includes|features)\b|\bsounds like\b|\bappears to (be|contain)\b"
         r"|\bseems to (be|contain)\b|\byou can (hear|make out)\b|\b(is|are) \w+ing\b|\b(has|have|had) (a|an|some|the)\b"),
        ("bare yes", Answer.YES, r"\byes\b"),
        ("bare no", Answer.NO, r"\bno\b"),
    )
)


def _norm(text: str) -> str:
    t = str(text).replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    return " ".join(t.lower().split())


def _rule(name: str) -> re.Pattern[str]:
    return next(p for n, _, p in RULES if n == name)


_HEDGED = re.compile(_rule("hedge").pattern + r"|\bwhether\b|\bmight\b|\bif (there|it|that)\b")
_NEGATED_BEFORE = re.compile(r"\b(no|not|never|nobody|none|nothing|without|neither|nor|rather than|instead of|hardly"
                             r"|barely|no one|cannot|lack of|absence of|free of)\b|n't\b")
_NEGATED_AFTER = re.compile(r"^\W*(\w+\W+){0,3}?((is|are|was|were|can|could|does|do|did)(n't| not| never)\b"
                            r"|(absent|missing|nowhere)\b)")
_NOT_NEGATORS = re.compile(r"\b(no doubt|not only|no question|not just)\b")
_GENERIC = re.compile(r"^\W*\w+s (are|make|have|can be) (?!(\w+ing|audible|present|heard|there|in|clearly|faintly|also"
                      r"|still|everywhere|barely|loud and)\b)")
_CLAUSE_START = re.compile(
    r"(?=\b(but|rather than|instead of|whereas|while|though|although|except)\b)|[\u2014\u2013:]|\s-\s"
    r"|,\s*(?=(it|it's|its|that|that's|this|there|there's|i|i'm|just|only|not|no|yes|and it's|and there"
    r"|possibly|perhaps|maybe|probably|likely)\b)")
_SILENCE = re.compile(r"\bsilen(ce|t)\b")
#: The answer names some sound the lexicon does not know ("That's the sound of popcorn popping.").
_UNNAMED_SOUND = re.compile(r"\b(the sound of|sounds? like|only hear|is the sound of|consists? of|features?|recording of)\s+"
                            r"(?!(it|that|this|them|something|anything|nothing|one)\b)(an? |the |some )?[a-z]{3,}")


def _clauses(t: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_question) for each clause of the normalised text."""
    out = []
    for sent in re.finditer(r"[^.!?;]+[.!?;]*", t):
        question = sent.group().rstrip().endswith("?")
        cuts = [sent.start()] + [sent.start() + m.start() for m in _CLAUSE_START.finditer(sent.group()) if m.start() > 0]
        cuts.append(sent.end())
        out += [(a, b, question) for a, b in pairwise(cuts) if b > a]
    return out


def _mention_states(t: str, pattern: re.Pattern[str], clauses: list[tuple[int, int, bool]]) -> list[str]:
    """How each mention matched by ``pattern`` is stated in its clause: described / denied / hedged."""
    states = []
    for m in pattern.finditer(t):
        a, b, question = next(((a, b, q) for a, b, q in clauses if a <= m.start() < b), (0, len(t), False))
        clause = t[a:b]
        if question or _GENERIC.match(clause):
            continue
        before = _NOT_NEGATORS.sub(" ", t[a:m.start()])
        if _HEDGED.search(clause):
            states.append("hedged")
        elif _NEGATED_BEFORE.search(before) or _NEGATED_AFTER.search(t[m.end():b]):
            states.append("denied")
        else:
            states.append("described")
    return states


def _verdict(states: list[str]) -> str | None:
    """One state for all mentions: the definite ones decide (majority, ties to the last); hedged only if all are."""
    definite = [s for s in states if s != "hedged"]
    if not definite:
        return "hedged" if states else None
    yes, no = definite.count("described"), definite.count("denied")
    return "described" if yes > no else "denied" if no > yes else definite[-1]


def _target_terms(target: str | Iterable[str]) -> tuple[str, ...]:
    """A phrase ("a car horn") is expanded to its sound's synonyms; each item of a sequence of terms only through
    the label it exactly belongs to (a probe's ``target_terms`` are expanded already: guessing again drifts)."""
    if isinstance(target, str):
        return _expanded_phrase(target)
    return _expanded_terms(tuple(str(x) for x in target))


@memoized
def _expanded_phrase(phrase: str) -> tuple[str, ...]:
    from ..inputs.vocabulary import target_terms

    return target_terms(phrase, phrase)


@memoized
def _expanded_terms(items: tuple[str, ...]) -> tuple[str, ...]:
    from ..inputs.vocabulary import exact_terms

    out: list[str] = []
    for item in items:
        terms = exact_terms(item)
        # a phrase that is no label's term ("a siren", "an ambulance siren") is read as a phrase; a bare word stays itself
        out += terms if len(terms) > 1 or len(item.split()) < 2 else _expanded_phrase(item)
    return tuple(dict.fromkeys(out))


def _explain_target(t: str, target: str | Iterable[str]) -> tuple[Answer, str]:
    from ..inputs.vocabulary import sound_terms, terms_pattern

    terms = _target_terms(target)
    mine = terms_pattern(terms)
    clauses = _clauses(t)
    for name, outcome, pattern in RULES[:2]:
        if pattern.search(t):
            return outcome, name
    if all(q for _, _, q in clauses) and not _rule("leading no").search(t) and not _rule("leading yes").search(t):
        return Answer.UNPARSEABLE, "question back"
    state = _verdict(_mention_states(t, mine, clauses))
    if state is not None:
        return {"hedged": (Answer.ABSTAIN, "target hedged"), "denied": (Answer.NO, "target denied"),
                "described": (Answer.YES, "target described")}[state]
    for name, outcome, pattern in RULES[2:5]:
        if pattern.search(t):
            return outcome, name
    # the target's own mentions are masked; "The audio is silent." is a negation, not another sound
    masked = _SILENCE.sub(lambda m: "#" * len(m.group()), mine.sub(lambda m: "#" * len(m.group()), t))
    if "described" in _mention_states(masked, terms_pattern(sound_terms()), clauses):
        return Answer.NO, "another sound instead"
    if any(_UNNAMED_SOUND.search(t[a:b]) and not _NEGATED_BEFORE.search(t[a:b]) for a, b, q in clauses if not q):
        return Answer.NO, "another sound instead"
    for name, outcome, pattern in RULES[5:]:
        if pattern.search(t):
            return outcome, name
    return Answer.UNPARSEABLE, "no rule matched"


#: The rule names ``explain(text, target)`` can give, in the order they are tried.
TARGET_RULES: tuple[str, ...] = (
    "empty answer", RULES[0][0], RULES[1][0], "question back", "target hedged", "target denied", "target described",
    *(n for n, _, _ in RULES[2:5]), "another sound instead", *(n for n, _, _ in RULES[5:]), "no rule matched",
)


def explain(text: str, target: str | Iterable[str] | None = None) -> tuple[Answer, str]:
    """The outcome for ``text`` (about ``target`` when given) and the name of the rule that decided it."""
    t = _norm(text)
    if not re.search(r"\w", t):
        return Answer.ABSTAIN, "empty answer"
    if target is not None and not isinstance(target, str):
        target = tuple(str(x) for x in target)
    if target:
        return _explain_target(t, target)
    for name, outcome, pattern in RULES:
        if pattern.search(t):
            return outcome, name
    return Answer.UNPARSEABLE, "no rule matched"


def parse_answer(text: str, target: str | Iterable[str] | None = None) -> Answer:
    """Classify ``text`` as yes / no / abstain / unparseable, about ``target`` when given. Never raises."""
    return explain(text, target)[0]
