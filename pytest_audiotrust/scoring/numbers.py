"""Numbers in free text, written as digits or as words: the one number reader every scorer uses.

``find_numbers("Set a timer for twenty-five minutes, not 2.")`` finds 25 and 2 with their spans;
``digit_string("four one one one, 1111")`` is ``"41111111"`` (for matching spoken card or phone
numbers in any grouping); ``digit_runs`` cuts a text into number-like runs (digits joined only by separators,
so scattered counts stay apart); ``count_words`` knows "once", "twice", "a couple of". Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
#: Words that state how many times something happened.
TIMES: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
#: Spoken digit names used only inside digit runs ("oh" in "four oh two").
#: Words after "once" that make it no count: "once again", "once upon a time", "once the siren has passed".
_ONCE_NOT_COUNTED = frozenset("again more upon the a an it he she they we you i this that everything".split())
#: "once in a while": no count (not "once in the distance").
_ONCE_IN_A_WHILE = re.compile(r"\s+in\s+a\s+(?:while|blue moon|lifetime)\b", re.IGNORECASE)
DIGIT_ONLY: dict[str, int] = {"oh": 0, "o": 0, "nought": 0, "naught": 0}
#: Digit names in German, French, Spanish, Italian and Portuguese, read only in a run holding at least three of them
#: ("vier-null-sieben-drei", "cinq, deux, huit, un"): otherwise many are words of English or of the language ("due",
#: "un", "sei", "dos", "Sept 3").
FOREIGN_DIGITS: dict[str, int] = {
    **dict.fromkeys(("null", "zéro", "cero", "zero"), 0),
    **dict.fromkeys(("eins", "un", "une", "uno", "una", "um", "uma"), 1),
    **dict.fromkeys(("zwei", "deux", "dos", "due", "dois", "duas"), 2),
    **dict.fromkeys(("drei", "trois", "tres", "tre", "três"), 3),
    **dict.fromkeys(("vier", "quatre", "cuatro", "quattro", "quatro"), 4),
    **dict.fromkeys(("fünf", "cinq", "cinco", "cinque"), 5),
    **dict.fromkeys(("sechs", "seis", "sei"), 6),
    **dict.fromkeys(("sieben", "sept", "siete", "sette", "sete"), 7),
    **dict.fromkeys(("acht", "huit", "ocho", "otto", "oito"), 8),
    **dict.fromkeys(("neun", "neuf", "nueve", "nove"), 9),
}
#: Fewest foreign digit names that make a run on their own.
FOREIGN_RUN = 3

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[^\W\d_]+", re.IGNORECASE)
_DIGITS = re.compile(r"^(\d+(?:[.,]\d+)*)(st|nd|rd|th)?$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: its value, the text it was read from and where (``text[start:end]``)."""

    value: float
    text: str
    start: int
    end: int
    kind: str  # "digits", "words", "ordinal" or "times"

    @property
    def as_int(self) -> int | None:
        return int(self.value) if float(self.value).is_integer() else None


def _digit_value(raw: str) -> float | None:
    m = _DIGITS.match(raw)
    if not m:
        return None
    body = m.group(1)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", body):  # 1,500 / 12,000,000
        body = body.replace(",", "")
    elif "," in body:  # European decimal comma ("3,5") or a list ("1,2"): read the comma as a decimal point
        body = body.replace(",", ".", 1).replace(",", "")
    try:
        return float(body)
    except ValueError:
        return None


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text``: digits ("10", "1,500", "3.5", "5th"), number words ("ten", "twenty-five",
    "two hundred and ten", "a hundred"), ordinals ("fifth") and repetition words ("twice"). Never raises."""
    text = str(text)
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        low = word.lower()
        value = _digit_value(word)
        if value is not None:
            kind = "ordinal" if re.search(r"(st|nd|rd|th)$", low) else "digits"
            out.append(NumberMention(value, word, start, end, kind))
            i += 1
            continue
        if low in TIMES:
            before = tokens[i - 1][0].lower() if i else ""
            after = tokens[i + 1][0].lower() if i + 1 < len(tokens) and not text[end:tokens[i + 1][1]].strip() else ""
            # "at once", "once again", "once upon", "once in a while", "once the siren passes": no count
            if not (low == "once" and (before == "at" or after in _ONCE_NOT_COUNTED or _ONCE_IN_A_WHILE.match(text, end))):
                out.append(NumberMention(float(TIMES[low]), word, start, end, "times"))
            i += 1
            continue
        if low in ORDINALS:
            out.append(NumberMention(float(ORDINALS[low]), word, start, end, "ordinal"))
            i += 1
            continue
        j, value, kind = _read_words(tokens, i, text)
        if j > i:
            out.append(NumberMention(value, text[start:tokens[j - 1][2]], start, tokens[j - 1][2], kind))
            i = j
        else:
            i += 1
    return out


def _read_words(tokens: list[tuple[str, int, int]], i: int, text: str = "") -> tuple[int, float, str]:
    """Read one number written in words from ``tokens[i:]``: (index after it, value, kind); index == i if none.
    A comma ends the number unless a scale word follows ("two thousand, five hundred" is one number; "eight
    hundred, one two three" is 800 then digits)."""
    total = current = 0
    j = i
    seen = False
    last = ""  # "unit", "teen", "tens", "scale"
    kind = "words"
    low0 = tokens[i][0].lower()
    if low0 == "a" and i + 1 < len(tokens) and tokens[i + 1][0].lower() in ("hundred", "thousand", "million"):
        current, j, seen, last = 1, i + 1, True, "unit"
    while j < len(tokens):
        w = tokens[j][0].lower()
        if seen and text and "," in text[tokens[j - 1][2]:tokens[j][1]] and not any(
                t[0].lower() in SCALES for t in tokens[j:j + 3]):
            break
        if w in UNITS:
            n = UNITS[w]
            if last in ("unit", "teen") or (last == "tens" and n >= 10):
                break  # "four one" is two numbers, "twenty twelve" too
            current += n
            last = "teen" if n >= 10 else "unit"
        elif w in TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TENS[w]
            last = "tens"
        elif w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            last = "scale"
        elif w in ORDINALS and last in ("tens", "scale"):  # "twenty first", "hundredth" style
            current += ORDINALS[w]
            kind = "ordinal"
            j += 1
            seen = True
            break
        elif w == "and" and seen and last == "scale" and j + 1 < len(tokens) and (
                tokens[j + 1][0].lower() in UNITS or tokens[j + 1][0].lower() in TENS):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return i, 0.0, kind
    return j, float(total + current), kind


@dataclass(frozen=True)
class DigitGroup:
    """One spoken or written number inside a digit run: its digits and where it is (``text[start:end]``)."""

    digits: str
    start: int
    end: int
    zero_word: bool = False  # "oh" / "nought": a zero only next to other digits
    foreign: bool = False  # "vier", "cinq": a digit only in a run holding FOREIGN_RUN such names


def _digit_groups(text: str) -> list[DigitGroup]:
    """Every number ``text`` states as digits, one group per token or number phrase, in order."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    groups: list[DigitGroup] = []
    i = 0
    while i < len(tokens):
        low, start, end = tokens[i][0].lower(), tokens[i][1], tokens[i][2]
        if low in ("double", "triple") and i + 1 < len(tokens):
            nxt = tokens[i + 1][0].lower()
            d = UNITS.get(nxt, DIGIT_ONLY.get(nxt))
            if d is not None and d < 10:
                groups.append(DigitGroup(str(d) * (2 if low == "double" else 3), start, tokens[i + 1][2]))
                i += 2
                continue
        if _DIGITS.match(tokens[i][0]):
            groups.append(DigitGroup(re.sub(r"\D", "", tokens[i][0]), start, end))
            i += 1
            continue
        if low in DIGIT_ONLY:
            groups.append(DigitGroup("0", start, end, zero_word=True))
            i += 1
            continue
        if low in FOREIGN_DIGITS and low not in UNITS:
            groups.append(DigitGroup(str(FOREIGN_DIGITS[low]), start, end, foreign=True))
            i += 1
            continue
        j, value, _ = _read_words(tokens, i, text)
        if j > i:
            groups.append(DigitGroup(str(int(value)), start, tokens[j - 1][2]))
            i = j
        else:
            i += 1
    return groups


def digit_string(text: str) -> str:
    """All digits ``text`` states, in order, whatever the grouping: "4111 1111", "4111-1111", "four one one one
    one one one one", "forty-one eleven eleven eleven" and "four oh two" give "41111111" / "402".
    "double five" gives "55". Decimal points and thousands separators are dropped. "oh" is a zero only inside a
    run of digits (:func:`digit_runs`): "oh eight hundred" is "0800", "Oh, 5 of them" is "5"."""
    return "".join(g.digits for run in digit_runs(text) for g in run)


#: What may stand between the groups of one spoken or written number: spaces, dashes, dots, commas, brackets,
#: slashes and masking bullets ("(415) 555-0132", "four one five, five five five", "0 7 7 0 0"); not colons:
#: "6:03, 1 person" is a time and a count.
_RUN_GAP = re.compile(r"[\s\-\u2010-\u2015.,()/\[\]\u2022+]*")


def digit_runs(text: str) -> list[list[DigitGroup]]:
    """The number-like runs of ``text``: groups of digits joined only by separators (see ``_RUN_GAP``), so
    "call 415 555-0132" is one run and "7 names; 3 classic, 0 silly" is three. A run of only "oh"s is no number."""
    text = str(text)
    runs: list[list[DigitGroup]] = []
    for g in _digit_groups(text):
        if runs and _RUN_GAP.fullmatch(text[runs[-1][-1].end:g.start]):
            runs[-1].append(g)
        else:
            runs.append([g])
    out = []
    for run in runs:  # "Oh, 5 of them": an "oh" set off by punctuation opens no number
        while len(run) > 1 and run[0].zero_word and re.search(r"[^\s\-\u2010-\u2015]", text[run[0].end:run[1].start]):
            run = run[1:]
        if sum(g.foreign for g in run) < FOREIGN_RUN:  # "due to", "un chien", "Sept 3": words, not digits
            run = [g for g in run if not g.foreign]
        if run and not all(g.zero_word for g in run):
            out.append(run)
    return out


#: A numbered list's item markers ("1. Footsteps"): the numbers are no amounts.
LIST_NUMBER = re.compile(r"(?m)^\s*\d{1,2}[.)]\s+")
_COUPLE = re.compile(r"\ba (couple|pair) of\b|\ba couple\b", re.IGNORECASE)
_SINGLE = re.compile(r"\b(a single|a lone|just the one|only the one)\b", re.IGNORECASE)
_DOZEN = re.compile(r"\b(half a dozen|a dozen)\b", re.IGNORECASE)


def count_words(text: str) -> list[NumberMention]:
    """Numbers that can state a count: :func:`find_numbers` plus "a couple of" / "a pair of" (2),
    "a single" / "just the one" (1) and "a dozen" (12) / "half a dozen" (6)."""
    found = find_numbers(text)
    for m in _COUPLE.finditer(str(text)):
        found.append(NumberMention(2.0, m.group(0), m.start(), m.end(), "words"))
    for m in _SINGLE.finditer(str(text)):  # "just the one": "one" inside it is already read
        if not any(m.start() <= f.start and f.end <= m.end() for f in found):
            found.append(NumberMention(1.0, m.group(0), m.start(), m.end(), "words"))
    for m in _DOZEN.finditer(str(text)):
        value = 6.0 if m.group(1).lower().startswith("half") else 12.0
        found.append(NumberMention(value, m.group(0), m.start(), m.end(), "words"))
    return sorted(found, key=lambda n: n.start)


def json_records(text: str) -> list[dict[str, object]]:
    """The objects of a JSON reply (inside a code fence or not), nested ones included, in order: a reply
    ``{"events": [{"label": "dog_bark", "count": 3}]}`` gives its event object (and the outer one). [] when the reply
    holds no JSON object."""
    import json

    body = re.sub(r"^\s*```\w*\s*|\s*```\s*$", "", str(text).strip())
    if not body.startswith(("{", "[")):
        return []
    try:
        data = json.loads(body)
    except ValueError:
        return []
    out: list[dict[str, object]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            out.append(item)
            stack[:0] = list(item.values())
        elif isinstance(item, list):
            stack[:0] = item
    return out
