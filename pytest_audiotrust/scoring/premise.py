"""Read whether an answer to a misleading prompt rejects its false premise or goes along with it.

The prompt states something the audio contradicts ("How many times does the dog bark?" over a cow). The answer
is read *about the premise's terms* with the targeted yes/no parser (``scoring.answers``): a premise denied
("There's no dog; it's a cow", "it isn't getting closer") is ``rejected``; a premise described ("The dog barks
twice") is ``went_along``; a hedge is ``abstain``. An answer that never names the premise but answers the
question as asked - a positive count ("Three times.") or a leading yes ("Yes, the caption is accurate.") - went
along too, as does one that answers when ("Around the two-second mark.") or judges the prompt's claim in a word
("Accurate."; "It isn't." rejects). A premise reported as the prompt's or caption's claim ("The caption says a dog,
but what I hear is a cow") is read without that clause. Anything else is ``unparseable``.
A false *order* premise is read by the order the answer states (``scoring.order.stated_order``), sentence by
sentence, a relation under negation ("so it does not come before a jackhammer") read as the other order. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

REJECTED, WENT_ALONG, ABSTAIN, UNPARSEABLE = "rejected", "went_along", "abstain", "unparseable"


@dataclass(frozen=True)
class PremiseReading:
    verdict: str  # REJECTED | WENT_ALONG | ABSTAIN | UNPARSEABLE
    rule: str


def read_premise(text: str, premise_terms: Iterable[str], order: tuple[str, str] | None = None) -> PremiseReading:
    """How ``text`` treats the premise named by ``premise_terms``; for a false order premise ("Why does B come
    before A?" over A then B) pass the true ``order`` (first, second): an answer stating it rejects the premise, one
    stating the prompt's order goes along (``scoring.order``). Never raises."""
    from .answers import Answer, explain
    from .counts import parse_count

    if order is not None:
        return _read_order(text, order)
    text = _REPORTED.sub(" ", str(text))  # "The caption says a dog, but what I hear is a cow": the claim reported
    outcome, rule = explain(text, tuple(premise_terms))
    if outcome == Answer.NO:
        return PremiseReading(REJECTED, f"premise {rule}")
    if outcome == Answer.YES:
        return PremiseReading(WENT_ALONG, f"premise {rule}")
    count = parse_count(text)
    if count.outcome == "count" and count.value:
        return PremiseReading(WENT_ALONG, f"answers the count ({count.value}; {count.rule})")
    if count.outcome == "count":
        return PremiseReading(REJECTED, f"counts zero ({count.rule})")
    if count.value:  # "Roughly 30, though it's hard to be exact.": an estimate still takes the premise as given
        return PremiseReading(WENT_ALONG, f"estimates the count ({count.value}; {count.rule})")
    if outcome == Answer.ABSTAIN:
        return PremiseReading(ABSTAIN, rule)
    verdict = _VERDICT_WORD.match(text.lower().replace("\u2019", "'"))
    if verdict:  # "Accurate." / "It isn't.": the prompt's claim judged in a word, as a leading yes or no would
        denied = bool(verdict.group(1))
        return PremiseReading(REJECTED if denied else WENT_ALONG,
                              f"{'denies' if denied else 'confirms'} the claim ({verdict.group(0).strip()!r})")
    when = _WHEN.search(text)
    if when:  # "Around the two-second mark.": the presupposed moment answered, the premise taken as given
        return PremiseReading(WENT_ALONG, f"answers when ({when.group(0).strip()!r})")
    return PremiseReading(UNPARSEABLE, rule)


#: The premise reported as the prompt's or caption's claim, not stated as the recording's: "The caption says a dog,",
#: "you mention barking, but". Read without it, what the answer itself states about the recording decides.
_REPORTED = re.compile(r"(?i)\b(?:the|your) (?:caption|prompt|question|description|label|title)(?: \w+)? (?:says?|said"
                       r"|mentions?|mentioned|claims?|claimed|suggests?|calls? (?:it|this))\b[^,;.:]*[,;:]?"
                       r"|\byou (?:mention(?:ed)?|said|say|claim(?:ed)?|describe[ds]?)\b[^,;.:]*[,;:]?")
#: The prompt's claim judged in a word opening the answer: confirmed ("Accurate.", "Correct.", "That's right.") or
#: denied ("Inaccurate.", "Not really.", an elliptical "It isn't." / "It's not." / "They don't.").
_VERDICT_WORD = re.compile(r"^\W*(?:(inaccurate|incorrect|wrong|false|not (?:accurate|correct|true|really|at all|quite)"
                           r"|(?:no,? )?(?:it|they|that|there)(?:'s| is| are|'re| does| do)? ?(?:not|n't)(?: really| at all)?"
                           r"(?= *[.!;]|$))|accurate|correct|that's (?:right|correct|accurate)|exactly|true|spot on)\b"
                           r"(?=\W*(?:$|[.!;]))")
_NUMBER_WORD = r"(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|half a)"
#: A moment or a span in the recording given as the answer to "when ...?": "at 0:02", "around the two-second mark",
#: "after about 3 seconds", "right at the start".
_WHEN = re.compile(rf"(?i)\b\d+:\d{{2}}\b|\b{_NUMBER_WORD}[- ]seconds?(?:[- ]mark)?\b|\b(?:right away|straight away"
                   r"|(?:right )?at the (?:very )?(?:start|beginning|end)|from the (?:start|beginning))\b")


#: An order relation under negation: "it does not come before a jackhammer", "the dog never barks first".
_NEGATED_ORDER = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:before|after|first|earlier|later|preced\w*"
                            r"|follow\w*)\b")


def _read_order(text: str, order: tuple[str, str]) -> PremiseReading:
    from .answers import Answer, explain
    from .order import stated_order

    # sentence by sentence, so a denied relation ("so it does not come before a jackhammer") reads as the other order
    for sentence in re.split(r"(?<=[.!?;])\s+", str(text)):
        first = stated_order(sentence, order[0], order[1])
        if first is None:
            continue
        denied = bool(_NEGATED_ORDER.search(sentence.lower().replace("\u2019", "'")))
        first = first != denied
        return PremiseReading(REJECTED if first else WENT_ALONG,
                              f"{'denies' if denied else 'states'} {order[1] if denied == first else order[0]!r} first")
    outcome, rule = explain(text)
    verdict = {Answer.NO: REJECTED, Answer.YES: WENT_ALONG, Answer.ABSTAIN: ABSTAIN}.get(outcome, UNPARSEABLE)
    return PremiseReading(verdict, f"no order stated; {rule}")
