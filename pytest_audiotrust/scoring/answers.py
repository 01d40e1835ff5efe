"""Parse a model's answer to a yes/no question into one of four explicit outcomes.

``yes``, ``no``, ``abstain`` (can't tell / no audio / refuses) and ``unparseable``.
An unparseable answer is never folded into yes or no.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    UNPARSEABLE = "unparseable"


_ABSTAIN = re.compile(
    r"\b(i (can(no|')?t|am unable to|'m unable to|am not able to|'m not able to) (tell|determine|say|be sure|know)"
    r"|not sure|unsure|unclear|hard to (tell|say)|difficult to (tell|say)|no audio|cannot (hear|process|access) (the )?audio"
    r"|can't (hear|process|access) (the )?audio|i don't know|uncertain|not possible to (tell|determine))\b",
    re.IGNORECASE,
)
_NEG_CUE = re.compile(
    r"^(no|nope|not at all|negative|absolutely not|definitely not|certainly not)\b"
    r"|\b(there (is|are|was|were)(n't| not| no)|there's no|i (do not|don't|can't|cannot|didn't|did not) hear"
    r"|no (sound|sounds|sign|evidence|trace) of|isn't any|aren't any|is absent|are absent|not present"
    r"|does not (contain|include)|doesn't (contain|include)|no .{0,30}(is|are) (present|audible|heard))\b",
    re.IGNORECASE,
)
_POS_CUE = re.compile(
    r"^(yes|yeah|yep|yup|correct|affirmative|indeed|certainly|definitely|absolutely|sure)\b"
    r"|\b(there (is|are|was|were) (a|an|some|the|faint|clear|distinct|\w+ing)\b|i (can )?hear|is audible|are audible"
    r"|(is|are) present|contains|includes|can be heard)",
    re.IGNORECASE,
)


def parse_answer(text: str) -> Answer:
    """Classify ``text`` as yes / no / abstain / unparseable. Never raises."""
    t = " ".join(str(text).strip().split())
    if not t:
        return Answer.ABSTAIN
    if _ABSTAIN.search(t):
        return Answer.ABSTAIN
    neg = bool(_NEG_CUE.search(t))
    pos = bool(_POS_CUE.search(t))
    if neg and not (pos and not _NEG_CUE.match(t) and _POS_CUE.match(t)):
        return Answer.NO
    if pos:
        return Answer.YES
    return Answer.UNPARSEABLE
