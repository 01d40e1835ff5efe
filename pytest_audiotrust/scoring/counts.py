"""Read "how many times?" answers: the count a reply states, or that it abstains, or that it cannot be read.

Numbers come from :func:`scoring.numbers.count_words` (digits, number words, "twice", "a couple of",
"a single"); this module only decides which of them states the count. Mentions that are not the count
are dropped: timestamps and durations ("at 1.5 seconds", "over 6 s"), ordinals ("the first ring"),
negated ones ("three, not two") and numbers that are part of a range of alternatives ("two or three").
Among the rest, a number tied to a count word ("times", "rings", "barks", "in total") wins; if the
remaining mentions disagree the answer is ``unparseable``, unless one of them is a total ("five in all") or only
the clauses naming the ``target`` sound agree ("the horn honks twice, and a dog barks once", asked about the horn).
A number withdrawn by a self-correction ("3 -- no wait, 4") is dropped (``scoring.clauses``).
"No bell", "doesn't ring", "none" read as 0. Markup is read first (JSON and tables as "key: value" lines); with a
``target``, the value of the field naming it wins ("Knocks: 3 / Dog barks: 0"); a bound or an estimate abstains
("more than five", "a dozen or so"); a reply with no input or no information ("no audio transcription provided",
"the number of steps is not specified") abstains before a denial could read 0; clock times are no counts, and a reply
that is only time-stamped items ("[00:01] knock / [00:02] knock") counts them, and so does one that numbers the
occurrences in order ("First bark ..., second ..., third ..."). A count stated only in doubt abstains ("maybe around
3?"); a sentence that is only a number ("Four.") settles disagreeing numbers; a sound named as a preposition's object
("cuts through the wood four times") is not the counted source. A correction opening the next sentence withdraws a count
("Twice. No wait - three times."); numbers told aloud ("1... 2... 3") count as their last; "the last two" names some of
the occurrences; a number before the target's own name is a count of it ("six shots"). A number asked back and answered
by another ("Three knocks? No, four.") is withdrawn; the same number told again is no range ("six - six times"); an
estimate the reply calls inexact abstains ("Roughly a dozen; hard to be exact"); a target the yes/no reader denies
("no meow; the cat only purrs") counts 0; counts told in parts add up ("two knocks, then one last knock", "one long beep
followed by three short beeps", "two barks from a small dog and three from a bigger one"), and so do groups ("two
groups of three"); a count followed by the list of its parts is the count ("2 horns: one short, one long"); "two of the
four sounds" counts two; occurrences told one by one ("one at 0:02 and one at 0:07", "meows, then meows again", "a third
time") are counted; a number of sources ("only one dog barks") yields to a number of repetitions; "so three knocks" is a
total. A JSON reply's object naming the target gives its count field, and a JSON list of events counts those naming it;
time-stamped items are counted whether stamped first, last ("Car horn (0.0-0.5 s)") or bare under a heading naming the
target, and so are items numbered by their sound ("Bark 1:", "Bark 2:"); a list's item markers and a time span's start
are no counts; a sound heard continuously abstains; "can't determine the exact number of" declines. Stdlib only.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from .clauses import CORRECTIONS, NO_INFORMATION, cannot_perceive, clause_at, negated, split, unmark
from .numbers import LIST_NUMBER, ORDINALS, NumberMention, count_words, json_records

#: Words after a number that make it a count of events ("3 rings", "four times").
COUNT_NOUNS = (r"times?|rings?|rings|barks?|knocks?|strikes?|chimes?|beeps?|occurrences?|instances?|events?|sounds?"
               r"|bursts?|hits?|clangs?|tones?|peals?|repetitions?|separate|distinct|individual|clear|loud|short")
_AFTER_COUNT = re.compile(rf"^\W*(?:(?:\w+ )?(?:{COUNT_NOUNS})\b)", re.IGNORECASE)
_BEFORE_COUNT = re.compile(r"\b(?:count(?:ed|s)?|total(?: of)?|rings?|barks?|knocks?|chimes?|beeps?|rang|barked"
                           r"|knocked|chimed|beeped|happens?|occurs?|sounds?|hear(?:d)?|there (?:are|were|is|was)"
                           r"|exactly|precisely|just|only|answer is|is|are|was|were)\W*$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"^\s*(?:-?\s*)?(?:s|sec|secs|seconds?|ms|milliseconds?|minutes?|mins?|hz|khz|db|%|percent"
                        r"|second mark|o'clock)\b", re.IGNORECASE)
_TIME_BEFORE = re.compile(r"\b(?:at|around|about|after|before|by|within|over|until|from|to|between|and|last(?:s|ed)?"
                          r"|spaced|apart|every)\W*$", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:maybe|perhaps|possibly|or maybe|or perhaps|or possibly|or even|if not)\W*$", re.IGNORECASE)
#: "once at the start": describes one occurrence among others, not the count (dropped when other counts disagree).
_LOCATIVE_ONCE = re.compile(r"^\s+(?:at|near|in|during|after|before|towards?|around|early|late|right|again)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|n't|never|rather than|instead of)\W*$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"^\W*(?:or|to|-)\s*$", re.IGNORECASE)
#: "one" as a pronoun ("the last one is an echo"), not a count.
_PRONOUN_ONE = re.compile(r"\b(?:the|that|this|last|first|next|each|every|another|which|other|any|no)\s+$"
                          r"|\b(?:a|an)\s+(?!single\b)[a-z]+\s+$", re.IGNORECASE)  # "I missed a faint one"
#: A number naming some of the occurrences, not their count ("the first two were close together", "the last three").
_SUBSET = re.compile(r"\b(?:the|those|these|its|their)\s+(?:first|last|final|next|other|remaining|initial|later|earlier)\s+$",
                     re.IGNORECASE)
#: Numbers told aloud one by one ("1... 2... 3", "one, two, three"): a running count, whose last number is the count.
_COUNTING_ALOUD = re.compile(r"^[\s.,\u2026-]+$")
#: A number marked as the total ("5 total", "five in all", "a total of 5").
_TOTAL_AFTER = re.compile(r"^\W*(?:\w+ )?(?:in total|total|in all|altogether|overall)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:in total|total(?: of)?|altogether|overall|in all|so|making(?: it)?"
                           r"|(?:that|which|this|so that)(?: makes| gives"
                           r"| comes to| adds up to|'s))\W*$", re.IGNORECASE)
#: A bound or an estimate, not a count ("more than five", "at least 3", "a dozen or so").
_BOUND_BEFORE = re.compile(r"\b(?:more than|fewer than|less than|at least|at most|upwards of|no more than|no fewer than)\W*$",
                           re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^\s*(?:or so|or more|or fewer|or less|\+|-ish|plus)(?!\w)", re.IGNORECASE)
#: A count told as more of the same ("then one last knock", "and two more barks").
_MORE_AFTER = re.compile(r"\s+(more|last|final|extra|additional|further)\b(?!\s+than\b)", re.IGNORECASE)
_THEN_BEFORE = re.compile(r"\b(then|plus|followed by|and)\W+(?:[a-z]+\W+)?$", re.IGNORECASE)
#: "two groups of three knocks": a count of groups times the count in each.
_GROUPS_OF = re.compile(r"^\s+(?:\w+\s+)?(?:groups?|sets?|bursts?|rounds?|series|clusters?|volleys?|batches|runs?)\s+of\s+$",
                        re.IGNORECASE)
#: "two of the four sounds": the second number is the whole the first is part of.
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|these|those|all)\s+$", re.IGNORECASE)
#: "one at 0:02 and one at 0:07": occurrences told one by one, each placed in time.
_ONE_PLACED = re.compile(r"\s+(?:at|in|near|around|during|towards?|right|early|late|just)\b", re.IGNORECASE)
#: "a third time": the occurrence an ordinal numbers, when no count is stated.
_NTH_TIME = re.compile(r"\ba\s+(" + "|".join(ORDINALS) + r")\s+time\b", re.IGNORECASE)
#: "one dog barks", "two dogs are barking": a number of sources, not of the sounds they make.
_SOURCES = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+\s+(?:is|are|was|were|keeps?|kept|\w+s|\w+ed)\b", re.IGNORECASE)
#: A sound heard without a break, so not counted ("cries continuously", "barks non-stop").
_CONTINUOUS = re.compile(r"\b(?:continuous(?:ly)?|constant(?:ly)?|non-?stop|nonstop|incessant(?:ly)?|without (?:a )?(?:break"
                         r"|pause|stopping)|the whole time|throughout|uninterrupted)\b", re.IGNORECASE)
#: "three from a bigger one": a count whose noun is left out, told of another source.
_ELIDED = re.compile(r"\s+(?:from|by)\b", re.IGNORECASE)
#: A count's noun phrase before a colon or dash that opens the list of its parts ("2 car horns: one short ...").
_HEAD = re.compile(r"[^\n:;.\u2013\u2014-]{1,40}?\s*(?::|\s[-\u2013\u2014]\s)")
#: "three times", "twice": a number of repetitions.
_REPEATS = re.compile(r"\s+(?:more\s+)?times?\b", re.IGNORECASE)
#: An approximation before a count ("roughly a dozen", "about 5").
_APPROXIMATE = re.compile(r"\b(roughly|approximately|about|around|some|an estimated|estimated)\s+(an? )?$", re.IGNORECASE)
_EXACT = re.compile(r"\b(exact|exactly|precise|precisely|sure|certain|count)\b", re.IGNORECASE)
#: The reply calls its number an estimate or a guess ("I would estimate roughly 20 chirps").
_ESTIMATE = re.compile(r"\b(?:estimat\w*|guess\w*|ballpark)\b", re.IGNORECASE)
#: The key of a "key: value" field the number is the value of ("Dog barks: 0", "The dog: twice").
_KEY = re.compile(r"([^\n.,;:]{1,40}?)\s*:\s*$")
_ZERO = re.compile(r"\b(?:no (?:bell|dog|ring|bark|knock|sound|beep|chime)s?|(?:doesn't|does not|didn't|did not|never)"
                   r" (?:ring|bark|knock|chime|beep|sound)s?|not (?:at all|once|even once)|none|zero times)\b", re.IGNORECASE)
_ABSTAIN = re.compile(r"\b(?:not sure|unsure|can't tell|cannot tell|can not tell|hard to (?:tell|say|count|determine)"
                      r"|difficult to (?:tell|say|count|determine)|(?:can't|cannot|can not|unable to|not able to)"
                      r" (?:\w+ )?(?:determine|count|tell|say)|i don't know"
                      r"|i do not know|no idea|impossible to (?:tell|say|count)|several|a few|many|multiple|some"
                      r"|a handful|a bunch|numerous|lots of|plenty of|countless|a number of)\b",
                      re.IGNORECASE)

#: The reply says outright that it gives no count ("I can't say how many times ...").
_NO_COUNT = re.compile(r"\b(?:(?:can't|cannot|can not|couldn't|could not|unable to|not able to|won't be able to)"
                       r" (?:\w+ )?|(?:not possible|impossible|no way) to (?:\w+ )?)(?:say|tell|determine|know|count|give"
                       r"|estimate)(?: exactly| for sure)? (?:how (?:many|often)|the (?:exact |precise )?(?:number|count)"
                       r" of)\b"
                       # "The number of times a page is turned is not specified.": the reply's source holds no count
                       r"|\b(?:number|count) of\b[^.;]{0,80}?\b(?:is|was|remains)\s+(?:not\s+(?:specified|stated|given"
                       r"|indicated|mentioned|clear|known|provided|available)|unknown|unclear|unspecified)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CountAnswer:
    """What a reply says about a count: ``outcome`` "count" (``value`` set), "abstain" (``value`` set when the reply
    gives an estimate it calls inexact) or "unparseable"."""

    outcome: str
    value: int | None
    rule: str


def _context(text: str, m: NumberMention) -> tuple[str, str]:
    return text[max(0, m.start - 40):m.start], text[m.end:m.end + 30]


def _about(text: str, target: str | None) -> re.Pattern[str] | None:
    if not target:
        return None
    from ..vocab.sounds import target_terms, terms_pattern

    return terms_pattern(target_terms(target, target))


#: A sentence that is only a number, the reply's answer ("Four.", "3 times.").
_BARE = re.compile(r"\W*[\w-]+( times?)?\W*", re.IGNORECASE)
#: A preposition before a sound named as an object, not as what makes the sound ("cuts through the wood").
_OBJECT = re.compile(r"\b(through|into|onto|on|against|across|over|under|at|in|of|with|from|off)\s+(the |a |an |some |its "
                     r"|their )?$", re.IGNORECASE)


def _sentence(text: str, m: NumberMention) -> str:
    """The sentence (or line) holding the mention."""
    start = max(text.rfind(c, 0, m.start) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, m.end) for c in ".!?;\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


#: "one ..., then another": occurrences told one by one.
_CHAIN = re.compile(r"\b(?:one|once|a first)\b[^.;]{0,40}?\b(?:then |and )?another\b", re.IGNORECASE)


def _denied(text: str, clauses: tuple[Any, ...], about: re.Pattern[str] | None) -> bool:
    """The reply denies the sound (``about`` it, else any sound) and states none of them: "No barking whatsoever.",
    "nobody knocks" (not "That's a doorbell, not a church bell.")."""
    from ..vocab.sounds import sound_mentions

    t = text.lower()
    spans = [(m.start(), m.end()) for m in about.finditer(t)] if about is not None else [
        (s, e) for s, e, _, _ in sound_mentions(t)]
    said = [negated(t, c, s, e) for s, e in spans
            if (c := clause_at(clauses, s)) is not None and not c.question and not c.retracted]
    return bool(said) and all(said)


def _corrected(clauses: tuple[Any, ...], mentions: list[NumberMention]) -> set[int]:
    """Sentences a self-correction opening the next one withdraws, when that one states a number ("Twice. No wait -
    three times.")."""
    def sentence(m: NumberMention) -> int | None:
        c = clause_at(clauses, m.start)
        return None if c is None else c.sentence

    counted = {sentence(m) for m in mentions}
    out = set()
    for n in counted - {None, 0}:
        opening = [c for c in clauses if c.sentence == n][:2]
        asked = [c for c in clauses if c.sentence == n - 1]
        if asked and asked[-1].question and re.match(r"\W*(no|nope)\b", opening[0].text):
            out.add(n - 1)  # "Three knocks? No, four.": the number asked back is answered by another
        elif opening[0].lead in CORRECTIONS or (opening[0].retracted and len(opening) > 1 and opening[1].lead in CORRECTIONS):
            out.add(n - 1)
    return out


#: The end of a time span after its start ("0.0-0.5 s", "2 to 5 seconds"): the start is no count.
_SPAN = re.compile(r"^\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?|ms)\b", re.IGNORECASE)
#: A time stamp anywhere in a line ("0:03", "[00:01]", "(1.2-1.6 s)", "2.1s").
_STAMP = re.compile(r"(?<![\w.])(?:\d{1,2}:\d{2}(?:[:.]\d+)?|\d+(?:\.\d+)?\s*(?:[-\u2013]\s*\d+(?:\.\d+)?\s*)?(?:s|sec|secs"
                    r"|seconds)\b)", re.IGNORECASE)
#: JSON fields that hold the count of the object's sound, and fields that hold no count.
_COUNT_KEY = re.compile(r"^(?:count|counts|times|occurrences|number|num|n|total|instances|repetitions|frequency)$|count$")
_NOT_COUNT_KEY = re.compile(r"start|end|onset|offset|time|stamp|duration|confidence|score|prob|second|ms$|^t$")


def _regroup(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Mentions read together: "two groups of three" is six; "two of the four sounds" keeps two (the four is the
    whole); "one at 0:02 and one at 0:07" is two occurrences told one by one."""
    out: list[NumberMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        between = text[prev.end:m.start] if prev else ""
        if prev is not None and prev.as_int and m.as_int and _GROUPS_OF.match(between):
            out[-1] = NumberMention(prev.value * m.value, text[prev.start:m.end], prev.start, m.end, "words")
        elif not (prev is not None and prev.as_int is not None and _PARTITIVE.match(between)):
            out.append(m)
    runs: list[list[NumberMention]] = []
    for m in out:
        if m.text.lower() == "one" and _ONE_PLACED.match(text, m.end):
            if runs and not re.search(r"[.;!?\n](?!\d)", text[runs[-1][-1].end:m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
    for run in (r for r in runs if len(r) > 1):
        out = [m for m in out if m not in run]
        out.append(NumberMention(float(len(run)), text[run[0].start:run[-1].end], run[0].start, run[-1].end, "words"))
    return sorted(out, key=lambda n: n.start)


def _recorded(raw: str, about: re.Pattern[str] | None) -> CountAnswer | None:
    """The count a JSON reply's object naming the target holds ({"label": "dog_bark", "count": 3}), or, when its objects
    are events with no count, how many of them name the target ([{"t": 0.5, "event": "knock"}, ...]); None when no
    object names it with one count."""
    if about is None:
        return None
    found, events = set(), 0
    records = [r for r in json_records(raw) if not any(isinstance(v, (dict, list)) for v in r.values())]
    for record in records:
        names = " ".join(v for v in record.values() if isinstance(v, str)).replace("_", " ").lower()
        nums = {str(k).lower(): v for k, v in record.items()
                if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer()}
        counts = [v for k, v in nums.items() if _COUNT_KEY.search(k)] or [
            v for k, v in nums.items() if not _NOT_COUNT_KEY.search(k)][:1]
        if counts and about.search(names):
            found.add(int(counts[0]))
        elif not counts and about.search(names):
            events += 1
    if not found and events and len(records) > 1:
        return CountAnswer("count", events, f"{events} JSON events naming the target")
    if len(found) != 1:
        return None
    (value,) = found
    return CountAnswer("count", value, f"the JSON object naming the target holds {value}")


#: An item labelled by its sound and its number ("- Bark 1: 0:00.5", "Knock #2 -").
_LABELLED = re.compile(r"(?m)^[\W_]*([a-z][a-z' -]*?)\s*#?\s*(\d{1,2})\s*[:)\u2013-]", re.IGNORECASE)


def _labelled_items(text: str, about: re.Pattern[str] | None) -> int | None:
    """How many items a reply lists as "<sound> 1:", "<sound> 2:", ... (numbered in order from 1, each naming the
    target, or any sound without one); None when it lists no such items."""
    items = _LABELLED.findall(text)
    if len(items) < 2 or [int(n) for _, n in items] != list(range(1, len(items) + 1)):
        return None
    if about is not None and not all(about.search(name.lower()) for name, _ in items):
        return None
    return len(items)


#: "meows again": one more occurrence of a sound told before ("again and again" is many).
_AGAIN = re.compile(r"\bagain\b(?!\s+and\s+again)", re.IGNORECASE)


def _added(text: str, prev: NumberMention, m: NumberMention, about: re.Pattern[str] | None) -> bool:
    """``m`` adds to the count before it: "and then one last knock", "and beeps three more times" (no other sound named
    near them), "one long beep followed by three short beeps" (each part a count of the target itself)."""
    if not _THEN_BEFORE.search(text, max(0, m.start - 25), m.start):
        return False
    if about is None:
        return bool(_MORE_AFTER.match(text, m.end))
    low = text.lower()
    if _MORE_AFTER.match(text, m.end):
        from ..vocab.sounds import sound_mentions

        near = low[prev.start:m.end + 40]
        return all(about.match(near, at) for at, _, _, _ in sound_mentions(near))

    def target_after(n: NumberMention) -> int | None:  # "three short beeps", "one beep": where the target's name ends
        word = re.compile(r"\s+(?:[a-z-]+\s+)?").match(low, n.end)
        named = (word and about.match(low, word.end())) or about.match(low, n.end + 1)
        return named.end() if named else None

    # "two barks from a small dog and three from a bigger one": the second count's noun is left out
    named = target_after(prev)
    return named is not None and (target_after(m) is not None or bool(
        _ELIDED.match(text, m.end) and _ELIDED.match(low, named)))


def _alone_on_target(text: str, kept: list[tuple[NumberMention, bool]], m: NumberMention,
                     about: re.Pattern[str] | None) -> bool:
    """``m`` is the only count whose words since the count before it name the target ("the rooster crows three times
    and a dog barks once in the distance", asked about the dog)."""
    if about is None:
        return False
    starts = [0] + [n.end for n, _ in kept]

    def on_target(i: int) -> bool:
        return bool(about.search(text.lower(), starts[i], kept[i][0].start))
    mine = next(i for i, (n, _) in enumerate(kept) if n is m)
    return on_target(mine) and not any(on_target(i) for i in range(len(kept)) if i != mine)


def _stamped_items(text: str, about: re.Pattern[str] | None) -> int | None:
    """How many time-stamped items a reply that is only such items lists of the target ("[00:01] knock / [00:02] knock",
    a table of "0.5s: cough" rows, "1. Car horn (0.0-0.5 s)"); bare stamps under a heading that names the target
    ("Timestamps of each knock:") count too. None when the reply is not such a list."""
    items = [line for line in text.splitlines() if line.strip()]
    heading = items.pop(0) if items and items[0].rstrip().endswith(":") and not _STAMP.search(items[0]) else ""
    if len(items) < 2 or not all(_STAMP.search(line) for line in items):
        return None
    if about is None:
        return len(items)
    named = [line for line in items if about.search(line.lower())]
    if named:
        return len(named)
    bare = [line for line in items if not re.search(r"[a-z]{3,}", _STAMP.sub(" ", line), re.IGNORECASE)]
    return len(items) if heading and about.search(heading.lower()) and len(bare) == len(items) else None


def parse_count(text: str, target: str | None = None) -> CountAnswer:
    """The count ``text`` states (of ``target``, the sound asked about, when given). Never raises."""
    raw = str(text)
    text = "\n".join(" ".join(line.split()) for line in unmark(str(text).replace("\u2019", "'")).splitlines() if line.strip())
    if not re.search(r"\w", text):
        return CountAnswer("abstain", None, "empty answer")
    clauses = split(text.lower())
    mentions = [m for m in count_words(text) if not getattr(clause_at(clauses, m.start), "retracted", False)]
    corrected = _corrected(clauses, mentions)
    mentions = [m for m in mentions if getattr(clause_at(clauses, m.start), "sentence", None) not in corrected]
    # "1... 2... 3": each number told aloud is an occurrence; only the last is the count
    mentions = [m for i, m in enumerate(mentions) if not (
        i + 1 < len(mentions) and m.as_int is not None and mentions[i + 1].as_int == m.as_int + 1
        and _COUNTING_ALOUD.match(text[m.end:mentions[i + 1].start])
        and (m.as_int == 1 or (i and mentions[i - 1].as_int == m.as_int - 1)))]
    mentions = _regroup(text, mentions)
    markers = [m.end() for m in LIST_NUMBER.finditer(text)]
    if len(markers) > 1:  # "1. Car horn (0.0-0.5 s) / 2. Car horn ...": a numbered list's item markers are no counts
        mentions = [m for m in mentions if not any(m.start < end <= m.end + 2 and not text[m.end:end].strip(". )")
                                                   for end in markers)]
    about = _about(text, target)
    recorded = _recorded(raw, about)
    if recorded is not None:
        return recorded
    labelled = _labelled_items(text, about)
    if labelled is not None:  # "- Bark 1: 0:00.5 / - Bark 2: 0:01.7 / - Bark 3: 0:04.0"
        return CountAnswer("count", labelled, f"{labelled} items numbered in order")
    kept: list[tuple[NumberMention, bool]] = []
    chain = _CHAIN.search(text)
    for i, m in enumerate(mentions):
        before, after = _context(text, m)
        if m.kind == "ordinal" and chain and m.start > chain.start() and re.search(r"\ba\s+$", before) \
                and m.as_int is not None:
            # "One bark, then another, then a third.": the last of a chain of occurrences is their number
            return CountAnswer("count", max(x.as_int or 0 for x in mentions if x.kind == "ordinal" and x.start > chain.start()),
                               f"a chain of occurrences up to {m.text!r}")
        if m.kind == "ordinal" or m.as_int is None or m.value < 0:
            continue
        if m.text.lower() == "one" and _PRONOUN_ONE.search(before):
            continue
        if _SUBSET.search(before) and len(mentions) > 1:
            continue
        if _TIME_UNIT.match(after) or (_TIME_BEFORE.search(before) and m.kind == "digits" and "." in m.text) or (
                _SPAN.match(after)):
            continue
        if m.kind == "digits" and (re.search(r"\d:$", before) or re.match(r":\d", after)):
            continue  # a clock time or time stamp ("[00:01]", "0:03")
        if _NEGATED.search(before):
            continue
        if _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(after):
            return CountAnswer("abstain", None, f"a bound, not a count: {text[max(0, m.start - 12):m.end + 8]!r}")
        clause = clause_at(clauses, m.start)
        if clause is not None and m.as_int == 1 and negated(text.lower(), clause, m.start, m.end) \
                and not re.match(r"\s*:\s*\d{1,2}:\d{2}", text[m.end:]):  # "Bark 1: 0:01" is a time stamp, no zero
            return CountAnswer("count", 0, f"not even {m.text!r}")  # "it doesn't ring even once"
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prev = mentions[i - 1] if i else None
        between = nxt and re.match(r"^\W*and\s*$", text[m.end:nxt.start]) and re.search(r"\bbetween\s+$", before, re.IGNORECASE) \
            and not _TIME_UNIT.match(text[nxt.end:nxt.end + 30])
        # a range holds two different counts ("two or three"; not "six - six times", the number told again)
        if (nxt and nxt.as_int != m.as_int and _ALTERNATIVE.match(text[m.end:nxt.start])) \
                or (prev and prev.as_int != m.as_int and _ALTERNATIVE.match(text[prev.end:m.start])) or between:
            return CountAnswer("abstain", None, f"a range of counts {text[(prev or m).start:(nxt or m).end]!r}")
        if _HEDGED.search(before) and kept:
            return CountAnswer("abstain", None, f"hedged between counts {kept[-1][0].text!r} and {m.text!r}")
        # a number before the sound asked about counts it ("six shots" asked about gunshots)
        tied = m.kind == "times" or bool(_AFTER_COUNT.match(after)) or bool(_BEFORE_COUNT.search(before)) or bool(
            about is not None and about.match(after.lower(), len(after) - len(after.lstrip(" "))))
        kept.append((m, tied))
    if kept and all(getattr(clause_at(clauses, m.start), "hedged", False) for m, _ in kept):
        # "It's hard to count precisely, maybe around 3?": every count stated is in doubt
        return CountAnswer("abstain", None, f"a hedged count {kept[0][0].text!r}")
    for i, (m, _) in enumerate(kept):  # "2 car horns: one short honk and one long honk": parts of a count told after it
        head = _HEAD.match(text, m.end)
        parts = [n for n, _ in kept[i + 1:] if head and _sentence(text, n) == _sentence(text, m) and n.start >= head.end()]
        if len(parts) > 1 and sum(n.as_int or 0 for n in parts) == m.as_int:
            return CountAnswer("count", m.as_int, f"{m.text!r} told in parts after it")
    added = [m for (p, _), (m, _) in itertools.pairwise(kept) if _added(text, p, m, about)]
    if added and len(added) == len(kept) - 1 and not any(_TOTAL_AFTER.match(_context(text, m)[1])
                                                         or _TOTAL_BEFORE.search(_context(text, m)[0]) for m, _ in kept):
        # "Two knocks, a pause, and then one last knock", "one long beep followed by three short beeps": counts told in
        # parts add up
        value = sum(m.as_int or 0 for m, _ in kept)
        return CountAnswer("count", value, f"counts told in parts, {value} in all")
    if len({m.as_int for m, _ in kept}) > 1:
        # "once at the start" is one occurrence among others, unless it is the only count in a clause naming the target
        kept = [(m, t) for m, t in kept
                if not (m.text.lower() == "once" and _LOCATIVE_ONCE.match(text[m.end:m.end + 20])
                        and not _alone_on_target(text, kept, m, about))] or kept
    totals = {m.as_int for m, _ in kept
              if _TOTAL_AFTER.match(_context(text, m)[1]) or _TOTAL_BEFORE.search(_context(text, m)[0])}
    if len(totals) == 1 and len({m.as_int for m, _ in kept}) > 1:  # "3 in the first half and 2 in the second, 5 total"
        (value,) = totals
        return CountAnswer("count", value, f"total {value}")
    if len(kept) > 1 and about is not None:  # "Knocks: 3 / Dog barks: 0", "The doorbell: once. The dog: twice."
        # a key that states a count itself is no field name ("I heard 2 car horns: one short honk and one long honk")
        keyed = {m.as_int for m, _ in kept if (k := _KEY.search(text[:m.start])) and about.search(k.group(1).lower())
                 and not any(k.start(1) <= n.start < k.end(1) for n, _ in kept)}
        if len(keyed) == 1:
            (value,) = keyed
            return CountAnswer("count", value, f"the value of the field naming {target!r}")
    if kept and about is not None and _denied(text, clauses, about) and not any(
            about.search(getattr(clause_at(clauses, m.start), "text", "")) for m, _ in kept):
        # "The phone rings twice; nobody knocks.", asked about the knocks: the count is another sound's
        return CountAnswer("count", 0, f"{target!r} denied")
    bare = {m.as_int for m, _ in kept if _BARE.fullmatch(_sentence(text, m))}
    if len(bare) == 1 and len({m.as_int for m, _ in kept}) > 1:
        # "Three times - wait, I missed one at the end. Four.", "Four. The first two are loud, ...": a sentence that is
        # only a number is the answer
        (value,) = bare
        return CountAnswer("count", value, f"the bare answer {value}")
    if kept and _APPROXIMATE.search(text[max(0, kept[0][0].start - 20):kept[0][0].start]) and (_ESTIMATE.search(
            _sentence(text, kept[0][0])) or any(c.hedged and not c.question and _EXACT.search(c.text)
                                                and not any(c.start <= m.start < c.end for m, _ in kept) for c in clauses)):
        # "Roughly a dozen honks; it's hard to be exact.", "I would estimate roughly 20": an estimate the reply says is
        # not exact ("Roughly 4." alone is read as 4)
        # (the estimate is kept as the value: a count was still given, so a false premise was gone along with)
        return CountAnswer("abstain", kept[0][0].as_int, f"an estimate {kept[0][0].text!r} said to be inexact")
    strong = {m.as_int for m, tied in kept if tied}
    values = strong or {m.as_int for m, _ in kept}
    if len(values) == 1:
        (value,) = values
        which = next(m for m, t in kept if m.as_int == value and (t or not strong))
        return CountAnswer("count", value, f"{'count word' if strong else 'only number'} {which.text!r}")
    repeats = {m.as_int for m, _ in kept if m.kind == "times" or _REPEATS.match(text, m.end)}
    if len(values) > 1 and len(repeats) == 1 and all(
            m.as_int in repeats or _SOURCES.match(text, m.end) for m, _ in kept):
        # "Only one dog barks, and it barks four times.": the number of the dogs is no count of the barks
        (value,) = repeats
        return CountAnswer("count", value, f"repetitions {value}; the other numbers count sources")
    from ..vocab.sounds import sound_mentions, target_terms

    if len(values) > 1 and about is not None:
        def names_target(m: NumberMention) -> bool:
            c = clause_at(clauses, m.start)
            if c is None or not about.search(c.text):
                return False
            # a count belongs to the sound named closest to it ("the dog barked 2 times and the doorbell rang 3 times")
            named = sound_mentions(text.lower()[c.start:c.end], target_terms(str(target), str(target)))
            if not named:
                return True
            # a sound named as the object of a preposition ("cuts through the wood") is not what makes the sound
            sources = [n for n in named if not _OBJECT.search(text.lower(), c.start, c.start + n[0])] or named
            near = min(sources, key=lambda n: min(abs(c.start + n[0] - m.end), abs(c.start + n[1] - m.start)))
            return bool(about.search(text.lower()[c.start + near[0]:c.start + near[1]]))
        mine = {m.as_int for m, t in kept if names_target(m) and (t or not strong)}
        if len(mine) == 1:
            (value,) = mine
            return CountAnswer("count", value, f"the count in the clause naming {target!r}")
    if len(values) > 1:
        total = re.search(r"\b(?:in total|total(?: of)?|altogether|overall|in all)\b", text, re.IGNORECASE)
        if total:
            near = min((m for m, _ in kept), key=lambda m: abs(m.start - total.start()))
            return CountAnswer("count", near.as_int, f"total {near.text!r}")
        return CountAnswer("unparseable", None, f"several counts {sorted(v for v in values if v is not None)}")
    ordinals = [m.as_int for m in mentions if m.kind == "ordinal"]
    if not values and len(ordinals) >= 2 and ordinals == list(range(1, len(ordinals) + 1)):
        # "First bark at 0:00, second at 0:01, third at 0:02": occurrences told one by one, in order, each once (not
        # "the second bark is louder than the first")
        return CountAnswer("count", len(ordinals), f"occurrences numbered up to {len(ordinals)}")
    nth = [ORDINALS[m.group(1).lower()] for m in _NTH_TIME.finditer(text)]
    if not values and nth:  # "It rings, then rings again, then a third time."
        return CountAnswer("count", max(nth), f"occurrence {max(nth)} told")
    stamped = _stamped_items(text, about)
    if not values and stamped is not None:  # "[00:01] knock / [00:02] knock / [00:04] knock"
        return CountAnswer("count", stamped, f"{stamped} time-stamped items")
    again = [m for m in _AGAIN.finditer(text) if (c := clause_at(clauses, m.start())) is not None
             and not c.question and not c.hedged and not negated(text.lower(), c, m.start(), m.end())]
    if not values and again and about is not None and about.search(text.lower(), 0, again[0].start()) \
            and not re.search(r"\b(?:over and over|again and again|repeatedly|keeps?)\b", text, re.IGNORECASE):
        # "The cat meows and then meows again.", "It tolls. It tolls again. And again.": each "again" is one more
        return CountAnswer("count", 1 + len(again), f"told once and {len(again)} time(s) again")
    declined = _NO_COUNT.search(text)
    if declined:  # "There is no dog, so I can't say how many times it barks": no count is given, whatever the reason
        return CountAnswer("abstain", None, f"declines to count {declined.group(0)!r}")
    # "There is no audio transcription provided.", "The audio does not provide information on the number of steps.":
    # the negation is about the input or the information, not the sound, so it is no zero
    lowered = text.lower()
    no_input = cannot_perceive(lowered)
    if no_input:
        return CountAnswer("abstain", None, f"cannot perceive audio {no_input!r}")
    uninformed = re.search(NO_INFORMATION, lowered)
    if uninformed:
        return CountAnswer("abstain", None, f"no information {uninformed.group(0)!r}")
    steady = [c for c in clauses if about is not None and not c.question and _CONTINUOUS.search(c.text) and any(
        not negated(lowered, c, x.start(), x.end()) for x in about.finditer(lowered, c.start, c.end))]
    if not values and steady:  # "The baby cries continuously; I can't split it into separate cries."
        return CountAnswer("abstain", None, f"a continuous sound {steady[0].text.strip()!r}")
    if _ZERO.search(text):
        return CountAnswer("count", 0, f"none {_ZERO.search(text).group(0)!r}")  # type: ignore[union-attr]
    if not values and _denied(text, clauses, about):  # "No barking whatsoever."
        return CountAnswer("count", 0, "the sound denied")
    if not values and target:  # "There's no meow at all; the cat only purrs.": the yes/no reading of the target is no
        from .answers import Answer, explain

        if explain(text, target) == (Answer.NO, "target denied"):
            return CountAnswer("count", 0, f"{target!r} denied")
    if _ABSTAIN.search(text):
        return CountAnswer("abstain", None, f"hedge {_ABSTAIN.search(text).group(0)!r}")  # type: ignore[union-attr]
    return CountAnswer("unparseable", None, "no count stated")
