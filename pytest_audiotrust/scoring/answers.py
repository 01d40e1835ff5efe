"""Parse a model's answer to a yes/no question into one of four explicit outcomes.

``yes``, ``no``, ``abstain`` (can't tell / no audio / hedged / refuses) and ``unparseable``.
An unparseable answer is never folded into yes or no.

The parser is an ordered rule table (first match wins, see ``RULES``): refusals and
"no audio" first, then a leading yes/no word ("Yes, faintly", "No, I can't hear a dog"),
then hedges ("maybe", "hard to tell"), then negations anywhere ("There is no barking",
"I don't hear any dog"), then affirmations ("A dog is barking", "I can hear a siren"),
then a bare yes/no word anywhere ("The answer is no"). ``explain(text)`` says which rule fired.
"""

from __future__ import annotations

import re
from enum import StrEnum


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
        ("no audio / cannot process audio", Answer.ABSTAIN,
         rf"\b(no|without( an?| any)?) {_MEDIA} (was |were |is |has been |have been )?"
         r"(provided|attached|given|available|included|uploaded|shared)"
         rf"|\b(can ?not|can't|couldn't|unable to|not able to|don't have the ability to|do not have the ability to"
         rf"|don't have access to|do not have access to|have no access to|no way to) (hear|listen to|process|access|play|open"
         rf"|analy[sz]e|perceive|receive|see) (the |this |that |any |your |an? )?{_MEDIA}(?! of)\b"
         rf"|\b(don't|do not|cannot|can't) (have )?access (to )?(the |this |that |any |your |an? )?{_MEDIA}"
         r"|\bas an? (ai|language model|text-based|text based)\b|\bi'm (just )?a text\b"),
        ("yes and no", Answer.ABSTAIN, r"^\W*yes and no\b|\bboth yes and no\b"),
        ("leading no", Answer.NO,
         r"^\W*(no(?! doubt| idea)|nope|nah|negative|false|not at all|not really|absolutely not|definitely not|certainly not"
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


def explain(text: str) -> tuple[Answer, str]:
    """The outcome for ``text`` and the name of the rule that decided it."""
    t = _norm(text)
    if not re.search(r"\w", t):
        return Answer.ABSTAIN, "empty answer"
    for name, outcome, pattern in RULES:
        if pattern.search(t):
            return outcome, name
    return Answer.UNPARSEABLE, "no rule matched"


def parse_answer(text: str) -> Answer:
    """Classify ``text`` as yes / no / abstain / unparseable. Never raises."""
    return explain(text)[0]
