"""Meaning-critical slots of a sentence, compared between two texts: the half of a consistency check
that sentence embeddings cannot do ("Turn on the lights" and "Turn off the lights" embed above 0.9).

A slot is content whose change changes what the sentence asks or states:

* ``number``: values, however written ("10" = "ten", "1,500" = "fifteen hundred", "5th" = "fifth"; read by
  :mod:`.numbers`); digit runs in another grouping ("555 1234" = "five five five one two three four") agree;
* ``unit``: minutes/hours, percent, degrees, dollars/euros ("$500" = "500 dollars"), metres, kilograms ...; a
  singular span with no amount or time word before it is a thing, no unit ("the catch of the day"; "this week" is one);
* ``time``: a.m./p.m., noon, midnight ("7:00 pm" = "seven p.m."; a missing a.m./p.m. is not a flip);
* ``day``: weekdays and today/tomorrow/yesterday/tonight; ``date``: month names;
* ``negation``: not/no/never/none/nothing/nobody/without/n't (contractions are expanded first), what each one
  negates ("Add salt, not sugar" vs "Add sugar, not salt") and negating prefixes ("significant" vs "insignificant",
  "able" vs "unable", "smoking" vs "non-smoking"); a negating determiner about something the other text never
  mentions adds information and flips nothing ("Yes, a dog barks" / "Yes, a dog barks, but no other sounds");
* ``polarity``: on/off, up/down, lock/unlock, increase/decrease, add/remove, open/close, start/stop,
  enable/disable, raise/lower, rise/fall (rose/fell), win or find/lose ("found a wallet" / "lost his wallet"),
  mute/unmute, arm/disarm, connect/disconnect, show/hide, in/out after
  zoom/log/sign/check/opt/plug, louder/quieter ... (with inflections: locked, closing, stops);
* ``title``: Mr/Mrs/Ms/Dr/Prof/Capt ... written out ("Mr. Jones" vs "Mrs. Jones" differ; "Dr." = "Doctor");
* ``name``: capitalised words inside a sentence ("Call John" vs "Call Joan"), compared case-insensitively
  against the other text's words (a hyphenated name by its parts), so an all-lower-case transcript does not count as a
  change; two or more capitalised sound classes are a classifier's labels copied into a reply, no names ("detected Moo,
  Animal and Grunt"; "Ask Bell" keeps its name);
* ``role``: two words that trade what governs them ("from Monday to Friday" / "from Friday to Monday", "Ask Anna to
  call Ben" / "Ask Ben to call Anna"); phrases that only move ("to savings from checking") keep their roles;
* ``tense``: past against future ("a week ago" / "in a week", "last Monday" / "next Monday": auxiliaries and
  "last"/"next" before a time word; a bare "-ed" verb is not read);
* the preposition of a change ("increased by 5%" / "to 5%"), bounds ("over"/"under", "until"/"from"), "every other"
  (every 2nd) and the scope of a duty ("must not sign" / "don't have to sign") differ; money said the British way
  ("three pounds fifty" = "£3.50"), US clock idioms ("a quarter after five"), capitals spelled letter by letter
  ("K-A-T-E" = "KATE"), acronyms ("ASAP") and "gonna"/"wanna" agree;
* an ordinal outside a date is no amount ("for the 3rd" / "for three"; "May 3" = "the 3rd of May"); a number word
  and a word that sounds the same are one speech ("press one" / "press won", "four" / "for"); letters spelled with
  dashes read as said ("B-O-B" = "B O B"); "unless" is "if not"; a negated word and its complement agree ("don't
  forget" = "remember"), the complement alone flips ("forget" / "remember");
* numbers keep their sign ("-5" = "minus five" differs from "5"); "four dollars and fifty cents" = "$4.50";
  digits read one by one ("three oh two") are one number; dotted initials ("U.S.") are one word; multiplicative
  numerals are amounts, as "twice" is ("triple the dose" = "three times the dose"; "triple" / "cripple" differ).

Formatting, contractions, punctuation, capitalisation and politeness words ("please", "thanks") never
count. Before reading, abbreviations are written out ("Tues." = "Tuesday", "Ave" = "Avenue", "Jan 5th"), clock
times get one spelling ("noon" = "12 pm", "17:00" = "5 pm", "five in the afternoon" = "5 pm", "a quarter past
five" = "5:15", British "at half seven" = "7:30"), "daily" = "a day", "$2.5M" = "2,500,000", "double oh" = "oh oh",
halves and fractions become decimals ("an hour and a half" = "1.5 hours", "1/2" = "half a",
"three point five" = "3.5"), "a dozen" is 12 and a change "by half" is one by 50 percent; a decimal point moved
("3.5%" / "35%") is a different number, though the digits agree.
:func:`compare` gives the verdict with its method and confidence. A polarity slot differs only when one side
gains what the other loses ("on" -> "off"); a pair word dropped or repeated is left to the embedding ("on" is
also a preposition: "the lights on the porch").
Stdlib only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from .numbers import LIST_NUMBER, ORDINALS, TENS, digit_runs, digit_string, find_numbers
from .numbers import UNITS as NUMBER_UNITS
from .text import HESITATION

_NUMBER_WORDS = frozenset(NUMBER_UNITS) | frozenset(TENS)

SLOTS: tuple[str, ...] = ("number", "unit", "time", "day", "date", "negation", "polarity", "title", "name", "role",
                          "tense", "place")

_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"), (r"\bshan't\b", "shall not"),
    (r"\bain't\b", "is not"), (r"n't\b", " not"), (r"\blet's\b", "let us"), (r"'re\b", " are"), (r"'ve\b", " have"),
    (r"'ll\b", " will"), (r"'m\b", " am"),
    # "they'd already left" is "had"; "I'd like" is "would"
    (r"'d(?= (?:(?:already|just|never|ever|not) )?(?:been|better|gone|done|seen|left|taken|given|eaten|written|forgotten"
     r"|known|made|said|told|heard|found|got|gotten|had|\w+ed)\b)", " had"), (r"'d\b", " would"),
    (r"\b(it|that|there|here|what|who|he|she)'s\b", r"\1 is"),
    (r"\bo'clock\b", ""), (r"\bgonna\b", "going to"), (r"\bwanna\b", "want to"), (r"\bgotta\b", "got to"),
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_VULGAR_FRACTIONS = str.maketrans({"\u00bc": " 1/4", "\u00bd": " 1/2", "\u00be": " 3/4", "\u2153": " 1/3", "\u2154": " 2/3",
                                   "\u215b": " 1/8"})

NEGATORS = frozenset({"not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "nowhere", "hardly",
                      "barely", "scarcely"})
#: Negators that say an entity is absent ("no dog", "nothing else", "none of them"), not that an act is undone.
_NEGATING_DETERMINERS = frozenset({"no", "nothing", "none", "nobody", "neither", "nor", "nowhere"})

#: Polarity pairs: (first side, second side). Words listed after "|" are synonyms of that side.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("lock", "unlock"), ("increase|boost", "decrease|reduce"), ("add", "remove|delete"), ("open", "close|shut"),
    ("start|begin|resume", "stop|end|halt"), ("enable|activate", "disable|deactivate"), ("raise", "lower"),
    ("mute", "unmute"), ("arm", "disarm"), ("connect|pair", "disconnect|unpair"), ("show", "hide"),
    ("accept|approve", "decline|reject|deny"), ("buy", "sell"), ("plug", "unplug"), ("allow", "block"),
    ("include", "exclude"), ("brighten", "dim|darken"), ("push", "pull"), ("win|find", "lose"), ("pass", "fail"),
    ("inhale", "exhale"), ("import", "export"), ("upload", "download"), ("charge", "discharge"),
    ("true", "false"), ("top", "bottom"), ("upstairs", "downstairs"), ("inside|indoors", "outside|outdoors"),
    ("early|earlier", "late|later"), ("hot", "cold"), ("high", "low"), ("first", "last"), ("front", "back|rear"),
    ("north", "south"), ("east", "west"), ("entrance", "exit"), ("arrive|arrival", "depart|departure"),
    ("maximum|max|most", "minimum|min|least"), ("plus", "minus"), ("positive", "negative"),
    ("rise|climb|grow|soar", "fall|drop|sink|shrink|dip|plunge"),
)
_COMPARATIVES: tuple[tuple[str, str], ...] = (
    ("louder", "quieter|softer"), ("warmer|hotter", "cooler|colder"), ("brighter", "dimmer|darker"),
    ("faster", "slower"), ("more", "less|fewer"), ("next", "previous"),
    ("before|within", "after"), ("left", "right"), ("yes", "no_answer"), ("above|over", "below|under"),
    ("until|till|til", "from|since"),
    ("higher|upper", "lower_cmp"), ("single", "double"), ("inbound|incoming", "outbound|outgoing"),
    ("ascending", "descending"), ("forward|forwards", "backward|backwards"), ("cheaper|cheap|inexpensive", "expensive|pricier"),
    ("bigger|larger", "smaller"), ("longer", "shorter"), ("heavier", "lighter"), ("older", "younger"), ("better", "worse"),
)
#: Particles that flip only when one side gains what the other loses (they double as prepositions).
_WEAK: tuple[tuple[str, str], ...] = (("on", "off"), ("up", "down"), ("in", "out"))
#: Verbs after which "in"/"out" is a particle with an opposite ("zoom in" / "zoom out").
_IN_OUT_VERBS = ("zoom", "log", "sign", "check", "opt", "fade", "plug", "clock", "cash", "phase")


#: Past forms of the irregular verbs among the polarity pairs ("Sales rose" / "Sales fell").
_IRREGULAR = {"rise": "rose risen", "fall": "fell fallen", "grow": "grew grown", "sink": "sank sunk", "shrink": "shrank shrunk",
              "win": "won", "find": "found", "lose": "lost", "buy": "bought", "sell": "sold", "begin": "began begun",
              "hide": "hid hidden", "show": "shown", "shut": "shut"}


def _forms(word: str) -> set[str]:
    """Inflections of a verb or noun: lock -> locks, locked, locking; close -> closes, closed, closing; stop -> stopped;
    rise -> rose, risen."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", *_IRREGULAR.get(word, "").split()}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", word):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _lexicon() -> dict[str, tuple[str, int]]:
    lex: dict[str, tuple[str, int]] = {}
    for a, b in _PAIRS:
        pair = f"{a.split('|')[0]}/{b.split('|')[0]}"
        for side, words in enumerate((a, b)):
            for w in words.split("|"):
                for f in _forms(w):
                    lex.setdefault(f, (pair, side))
    for a, b in _COMPARATIVES:
        pair = f"{a.split('|')[0]}/{b.split('|')[0].split('_')[0]}"
        for side, words in enumerate((a, b)):
            for w in words.split("|"):
                lex.setdefault(w, (pair, side))
    return lex


_POLARITY = _lexicon()
_WEAK_WORDS = {w: (f"{a}/{b}", side) for a, b in _WEAK for side, w in enumerate((a, b))}
_SIDE_NAMES = {f"{a}/{b}": (a, b) for a, b in _WEAK}
for _a, _b in _PAIRS + _COMPARATIVES:
    _SIDE_NAMES[f"{_a.split('|')[0]}/{_b.split('|')[0].split('_')[0]}"] = (_a.split("|")[0], _b.split("|")[0].split("_")[0])

UNITS: dict[str, str] = {}
for _canon, _words in {
    "second": "second seconds sec secs", "minute": "minute minutes min mins", "hour": "hour hours hr hrs",
    "day": "day days", "week": "week weeks", "month": "month months", "year": "year years",
    "percent": "percent percentage % per_cent", "degree": "degree degrees °", "celsius": "celsius centigrade",
    "fahrenheit": "fahrenheit", "dollar": "dollar dollars $ usd bucks", "euro": "euro euros €",
    "pound": "pound pounds £ gbp quid lb lbs", "penny": "penny pennies pence",
    "cent": "cent cents", "meter": "meter meters metre metres",
    "kilometer": "kilometer kilometers kilometre kilometres km", "mile": "mile miles", "foot": "foot feet ft",
    "inch": "inch inches", "kilogram": "kilogram kilograms kilo kilos kg", "gram": "gram grams",
    "liter": "liter liters litre litres", "ounce": "ounce ounces oz", "cup": "cup cups",
    "calorie": "calorie calories kcal", "byte": "byte bytes", "gigabyte": "gigabyte gigabytes gb",
    "megabyte": "megabyte megabytes mb", "volt": "volt volts", "watt": "watt watts",
    "milligram": "milligram milligrams mg", "microgram": "microgram micrograms mcg µg", "milliliter":
    "milliliter milliliters millilitre millilitres ml", "centimeter": "centimeter centimeters centimetre centimetres cm",
    "millimeter": "millimeter millimeters millimetre millimetres mm", "yard": "yard yards yd yds",
    "gallon": "gallon gallons gal", "pint": "pint pints pt", "tonne": "tonne tonnes ton tons",
    "teaspoon": "teaspoon teaspoons tsp", "tablespoon": "tablespoon tablespoons tbsp",
}.items():
    for _w in _words.split():
        UNITS[_w.replace("_", " ")] = _canon
#: Abbreviations that are units only right after a number ("5 m", "10 l"); elsewhere they are words.
_UNIT_AFTER_NUMBER = {"m": "meter", "l": "liter", "g": "gram", "h": "hour", "s": "second", "c": "celsius",
                      "f": "fahrenheit", "p": "penny"}
#: Unit abbreviations that count only after a number ("10 min"; "set it to min" is not a unit).
_UNIT_ABBREVIATIONS = frozenset({"sec", "secs", "min", "mins", "hr", "hrs", "km", "kg", "ft", "oz", "gb", "mb", "usd",
                                 "gbp", "kcal", "kilo", "kilos", "cup", "cups", "pound", "pounds", "lb",
                                 "lbs", "mg", "mcg", "ml", "cm", "mm", "yd", "yds", "gal", "pt", "tsp", "tbsp"})

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = ("today", "tomorrow", "yesterday", "tonight")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH_ABBR = {m[:3]: m for m in MONTHS if m != "may"} | {"sept": "september"}
_MERIDIEM = {"am": "a.m.", "pm": "p.m.", "noon": "noon", "midday": "noon", "midnight": "midnight"}
#: Capitalised words that are not names (sentence openers the splitter misses, titles, pronouns).
_NOT_NAMES = frozenset({"i", "ok", "okay", "mr", "mrs", "ms", "dr", "please", "hey", "hi", "hello"})
#: Words before an ordinal that make it a rank ("the first", "its first").
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "my", "your", "our", "this", "that", "every"})
#: "one" is a pronoun after these words ("the red one", "this one").
_PRONOUN_ONE = frozenset({"the", "this", "that", "which", "each", "every", "any", "no", "another", "red", "other",
                          "last", "first", "next", "same", "big", "small", "new", "old", "right", "left"})

#: Words between a negator and what it negates ("not the red one", "not at all happy").
_SCOPE_SKIP = frozenset({"a", "an", "the", "any", "to", "be", "been", "being", "very", "so", "too", "really", "at", "all",
                         "even", "only", "just", "much", "my", "your", "his", "her", "their", "our", "its", "this", "that",
                         "quite", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "should"})
#: Comparatives that "no … than" turns into a bound ("no later than", "no more than").
_BOUND_COMPARATIVES = frozenset({"later", "earlier", "sooner", "more", "less", "fewer", "longer", "shorter", "higher", "lower",
                                 "greater", "bigger", "smaller", "further", "farther"})
#: Prefixes that negate the word they precede ("significant" / "insignificant", "able" / "unable").
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis", "anti", "counter")
#: Prefixed words that do not negate their base ("inflammable" = "flammable", "unravel" = "ravel").
_NOT_NEGATING = frozenset({"inflammable", "invaluable", "unravel", "unloosen", "unthaw", "inhabitable"})

_TOKEN = re.compile(r"[$€£%°]|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|[A-Za-z]+(?:'[A-Za-z]+)?")


@dataclass(frozen=True)
class SlotDifference:
    """One meaning-critical slot that differs: what the reference (``expected``) and the output (``got``) say."""

    slot: str
    expected: tuple[str, ...]
    got: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.slot}: {', '.join(self.expected) or '(none)'} → {', '.join(self.got) or '(none)'}"

    def to_dict(self) -> dict[str, Any]:
        return {"slot": self.slot, "expected": list(self.expected), "got": list(self.got), "text": str(self)}


#: Abbreviations written out, so "Dr." = "Doctor", "Tues." = "Tuesday", "Ave" = "Avenue" (case kept; "St" is
#: "Saint" before a capitalised word, else "Street").
_ABBREVIATIONS: dict[str, str] = {
    "dr": "Doctor", "mr": "Mister", "mrs": "Missus", "ms": "Miz", "prof": "Professor", "lt": "Lieutenant",
    "sgt": "Sergeant", "capt": "Captain", "cpt": "Captain", "gen": "General", "col": "Colonel", "rev": "Reverend",
    "jr": "Junior", "sr": "Senior", "ave": "Avenue", "rd": "Road", "blvd": "Boulevard", "ln": "Lane", "hwy": "Highway",
    "mt": "Mount", "ft": "Fort", "apt": "Apartment", "dept": "Department", "no": "Number", "rm": "Room", "bldg": "Building",
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "thur": "Thursday",
    "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}
_ABBREVIATIONS |= {abbr: full.capitalize() for abbr, full in _MONTH_ABBR.items()}
#: Acronyms said as words ("ASAP" = "as soon as possible"), written in capitals.
_ACRONYMS = {"ASAP": "as soon as possible", "FYI": "for your information", "ETA": "estimated time of arrival",
             "BTW": "by the way", "TBD": "to be decided", "TBA": "to be announced", "RSVP": "please reply"}
#: Titles name who a person is: "Mr. Jones" and "Mrs. Jones" are different people (the ``title`` slot).
TITLES = frozenset({"doctor", "mister", "missus", "miz", "miss", "professor", "lieutenant", "sergeant", "captain",
                    "general", "colonel", "reverend", "sir", "madam", "lady", "lord"})
_ABBR = re.compile(r"\b([A-Z][a-z]{1,4})\b(\.?)(\s*)(?=(\S?))")


def _expand(text: str) -> str:
    """``text`` with capitalised abbreviations written out ("Dr." -> "Doctor", "Jan 5th" -> "January 5th") and
    "°F" / "°C" as "° Fahrenheit" / "° Celsius"; the case of other words is kept."""
    def full(m: re.Match[str]) -> str:
        word, dot, space, nxt = m.groups()
        low = word.lower()
        if low == "st":
            return ("Saint" if nxt[:1].isupper() and space else "Street") + space
        if low not in _ABBREVIATIONS or (low in ("no", "sat", "sun", "mon", "wed", "jan", "mar", "may", "dec", "col", "gen",
                                                 "ft", "mt", "rev") and not dot and not re.match(r"\d", nxt)):
            return m.group(0)
        if low == "no" and not re.match(r"\d", nxt):
            return m.group(0)
        return _ABBREVIATIONS[low] + space
    text = str(text).translate(_APOSTROPHES).translate(_VULGAR_FRACTIONS)
    # a word spelled in capitals letter by letter ("K-A-T-E", "B O B") is that word
    text = re.sub(r"(?<![\w'-])[A-Z](?:[- ][A-Z](?![\w']))+(?![\w'-])(?![ -](?:\d|(?:zero|oh|one|two|three|four|five|six|seven"
                  r"|eight|nine)\b))", lambda m: re.sub(r"[- ]", "", m.group()), text)  # "X R seven" is a code, no word
    text = re.sub(rf"\b(?:{'|'.join(_ACRONYMS)})\b", lambda m: _ACRONYMS[m.group()], text)
    # letters and digits spelled one by one with dashes ("A-7-X") read as they are said ("A 7 X")
    text = re.sub(r"\b[A-Za-z0-9](?:-[A-Za-z0-9])+\b",
                  lambda m: m.group().replace("-", " ") if re.search(r"[A-Za-z]", m.group()) else m.group(), text)
    text = re.sub(r"\b(\d)\s?['\u2032]\s?(\d{1,2})\s?(?:\"|\u2033|'')?(?=\W|$)", r"\1 foot \2", text)  # 5'10" = five foot ten
    text = re.sub(r"\b(?:[A-Za-z]\.){2,}", lambda m: m.group().replace(".", "") + " ", text)  # "U.S." = "US"
    text = re.sub(r"\b([A-Z]{1,3})(\d+)\b", r"\1 \2", text)  # codes: "B12" reads as "B twelve" does
    text = re.sub(r"\b(\d+)((?!K\b)[A-Z]{1,2})\b", r"\1 \2", text)  # "Suite 4B" as "Suite four B"; "10K" is 10,000
    text = re.sub(r"\b([Nn])o (?:one|1)\b", r"\1obody", text)  # "No one passed" negates; it is not a "No," answer
    text = re.sub(r"(\d)\s?°\s?([FC])\b", lambda m: f"{m.group(1)}° {'Fahrenheit' if m.group(2) == 'F' else 'Celsius'}",
                  text)
    return _ABBR.sub(full, text)


_DAY_PART = {"morning": "am", "afternoon": "pm", "evening": "pm", "night": "pm"}


def _clock(low: str) -> str:
    """Clock times in one spelling: noon = 12 pm, midnight = 12 am, "17:00" = "5 pm", "five in the afternoon" =
    "five pm", "a quarter past five" = "5 15", "half past five" = "5 30", "a quarter to six" = "5 45"."""
    low = re.sub(r"\b(?:noon|midday)\b", "12 pm", low)
    low = re.sub(r"\bmidnight\b", "12 am", low)
    low = re.sub(r"\b(1[3-9]|2[0-3]):(\d\d)\b", lambda m: f"{int(m.group(1)) - 12}:{m.group(2)} pm", low)

    def past(m: re.Match[str]) -> str:
        hours = find_numbers(m.group(2))
        if not hours or not hours[0].as_int:
            return m.group(0)
        h = hours[0].as_int
        minutes = {"quarter past": 15, "half past": 30, "quarter to": 45}[m.group(1)]
        return f"{h - 1 if m.group(1) == 'quarter to' else h}:{minutes}"
    low = re.sub(r"\b(quarter|half|ten|five|twenty) (?:after)\b", r"\1 past", low)  # US "a quarter after five"
    low = re.sub(r"\b(quarter|ten|five|twenty) (?:till|til)\b", r"\1 to", low)  # US "quarter till six"
    low = re.sub(r"\b(?:a )?(quarter past|half past|quarter to) ([a-z]+(?:-[a-z]+)?|\d{1,2})\b", past, low)

    def half_hour(m: re.Match[str]) -> str:  # British "at half seven" = "at 7:30"
        hour = _value(m.group(2))
        return f"{m.group(1)} {int(hour)}:30" if hour is not None and hour.is_integer() and 1 <= hour <= 12 else m.group(0)
    low = re.sub(r"\b(at|by|until|till|before|after|around|about|from|it is) half ([a-z]+|\d{1,2})\b"
                 r"(?=\s*(?:[.,;:!?]|$|(?:tonight|tomorrow|today|this|on|then|so|please|sharp)\b))", half_hour, low)

    def minutes(m: re.Match[str]) -> str:  # "at ten to eight" = "at 7:50", "by twenty past six" = "by 6:20"
        mins, hours = _value(m.group(2)), find_numbers(m.group(4))
        if mins is None or not 0 < mins < 30 or not hours or not hours[0].as_int or not 1 <= hours[0].as_int <= 12:
            return m.group(0)
        h = hours[0].as_int
        return f"{m.group(1)} {h - 1 or 12 if m.group(3) == 'to' else h}:{int(60 - mins if m.group(3) == 'to' else mins):02d}"
    low = re.sub(r"\b(at|by|until|till|before|after|around|about|it is) ([a-z]+(?:-[a-z]+)?|\d{1,2})(?: minutes?)? (past|to)"
                 r" ([a-z]+|\d{1,2})\b(?=\s*(?:[.,;:!?]|$|(?:am|pm|in the|tonight|tomorrow|today|this|on|at|and|then|so"
                 r"|please|sharp)\b))", minutes, low)  # a time, not a range ("about five to ten minutes")
    number = r"(?:\d{1,2}(?::\d\d)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[ -][a-z]+)?)"

    def part(m: re.Match[str]) -> str:
        said, day_part = m.group(1), m.group(2) or m.group(3)
        hour = next((int(x.value) for x in find_numbers(said)), None)
        # "at night" is p.m. in the evening ("ten at night") and a.m. after midnight ("half past twelve at night")
        meridiem = "am" if day_part == "night" and hour is not None and (hour == 12 or hour < 5) else _DAY_PART[day_part]
        return f"{said} {meridiem}"
    return re.sub(rf"\b({number}) (?:o'clock )?(?:in the (morning|afternoon|evening)|at (night))\b", part, low)


def _value(said: str) -> float | None:
    """The value of one number written as digits or words ("9", "nine"), else None."""
    found = find_numbers(said)
    return found[0].value if len(found) == 1 and found[0].text == said else None


def _fractions(low: str) -> str:
    """Halves and simple fractions as decimals: "an hour and a half" = "1.5 hour", "two and a half" = "2.5",
    "half a cup" = "1/2 cup" = "0.5 cup"."""
    low = re.sub(r"\b(?:(\d+) )?(\d)/([2348])\b", lambda m: f"{int(m.group(1) or 0) + int(m.group(2)) / int(m.group(3)):g}"
                 if int(m.group(2)) < int(m.group(3)) else m.group(0), low)
    parts = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}
    low = re.sub(r"\b(\d+|[a-z]+) and (a|one|two|three) (halves|half|thirds?|quarters?)\b",
                 lambda m: (f"{n + {'a': 1, 'one': 1, 'two': 2, 'three': 3}[m.group(2)] * parts[m.group(3)]:g}"
                            if (n := _value(m.group(1))) is not None and m.group(3) != "half" else m.group(0)), low)

    def plus_half(m: re.Match[str]) -> str:
        said = m.group(1)
        n = 1.0 if said in ("a", "an", "one") else next((x.value for x in find_numbers(said) if x.text == said), None)
        if n is None:
            return m.group(0)
        return f"{n + 0.5:g}" + (f" {m.group(2)}" if m.group(2) else "")
    words = "|".join(sorted([*_NUMBER_WORDS], key=len, reverse=True))
    number = rf"(\d+|a|an|(?:(?:{words})-)?(?:{words}))"
    low = re.sub(rf"\b{number} (?:(\w+?)s? )?and a half\b", plus_half, low)
    low = re.sub(r"\b(two|three)[ -](thirds|quarters)\b(?! (?:past|to)\b)",
                 lambda m: f"{(2 if m.group(1) == 'two' else 3) * parts[m.group(2)]:g}", low)  # "three-quarters" = 0.75
    low = re.sub(r"\b(?:a|one) (half|third|quarter)\b(?! (?:past|to|of an hour)\b)",
                 lambda m: f"{parts[m.group(1)]:g}", low)
    return re.sub(r"\bhalf (?:a|an) ", "0.5 ", low)


#: Multiplicative numerals, read as the amount they multiply by ("triple" = "3 times"; "double" is the single/double pair).
_MULTIPLES = {"triple": "3", "treble": "3", "triplicate": "3", "quadruple": "4", "quintuple": "5"}
#: Singular time spans: units only after a number or one of ``_SPAN_AMOUNTS`` ("a day", "this week"; "the day" is a thing).
_SPANS = frozenset({"day", "week", "month", "year", "hour", "minute"})
_SPAN_AMOUNTS = frozenset({"a", "an", "per", "each", "every", "one", "half", "whole", "all", "entire", "this", "that", "next",
                           "last", "coming", "following", "previous", "same", "other", "any", "some"})

_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9"}
_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
#: A number read digit by digit ("three oh two", "nine one one"): three or more digit words, or two with "oh".
_SPOKEN_DIGITS = re.compile(rf"\b(?:{_DIGIT}(?: {_DIGIT}){{2,}}|{_DIGIT} oh|oh {_DIGIT})\b"
                            r"(?![ -](?:hundred|thousand|million)\b|-)")


_NUMBER = r"(\d+|(?:(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")[ -])?(?:" + "|".join(
    sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))"
_DOLLARS_CENTS = re.compile(rf"\b(an?|{_NUMBER[1:-1]}) (dollars?|bucks?|pounds?|quid|euros?) (?:and )?{_NUMBER}"
                            r"(?: (?:cents?|pence|p))?\b")


def _dollars_cents(m: re.Match[str]) -> str:
    """"four dollars and fifty cents" = "4.5 dollars" (as "$4.50" reads); "three pounds fifty" = "3.5 pounds", "a dollar
    ninety-nine" = "1.99 dollars"."""
    d, c = 1.0 if m.group(1) in ("a", "an") else _value(m.group(1)), _value(m.group(3))
    if d is None or c is None or c >= 100:
        return m.group()
    unit = m.group(2).rstrip("s")
    return f"{d + c / 100:g} {unit}s"


_POINT = re.compile(rf"\b(\d+|{_NUMBER[1:-1]}) point ((?:{_DIGIT} )*{_DIGIT})\b")


def _point(m: re.Match[str]) -> str:
    whole = _value(m.group(1))
    if whole is None:
        return m.group()
    return f"{whole:g}." + "".join(_DIGIT_WORDS[w] for w in m.group(2).split())


def _dozen(m: re.Match[str]) -> str:
    n = 1.0 if m.group(1) else _value(m.group(2))
    return m.group() if n is None else f"{n * 12:g}"


_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
            "nineties": 90}
_SCALE_SUFFIX = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion"}
_SCALE_VALUE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: How often, said as one word: "twice daily" = "twice a day".
_RATE_WORDS = {"hourly": "an hour", "daily": "a day", "nightly": "a night", "weekly": "a week", "monthly": "a month",
               "yearly": "a year", "annually": "a year"}


def _scaled(low: str) -> str:
    """Amounts with a scale in one spelling: "$2.5M" = "$2.5 million" = "$2,500,000" ("M", "bn", "k" count only after a
    currency sign; "5 m" is metres); digits before "thousand"/"million"/"billion" are multiplied out."""
    low = re.sub(r"([$€£])\s?(\d+(?:\.\d+)?)\s?(bn|mn|[kmb])\b",
                 lambda m: f"{m.group(1)}{m.group(2)} {_SCALE_SUFFIX[m.group(3)]}", low)
    return re.sub(r"\b(\d+(?:\.\d+)?) (thousand|million|billion)\b",
                  lambda m: f"{float(m.group(1)) * _SCALE_VALUE[m.group(2)]:.0f}", low)


def normalise(text: str) -> str:
    """Lower-case text with abbreviations written out, contractions expanded, curly apostrophes straightened,
    clock times and halves in one spelling (punctuation kept)."""
    low = _expand(LIST_NUMBER.sub("", str(text))).lower()  # a numbered list's numbers are no amounts
    for pattern, repl in _CONTRACTIONS:
        low = re.sub(pattern, repl, low)
    # "don't call unless it's urgent" = "only call if it's urgent"
    low = re.sub(r"\b(?:do not|never) ((?:\w+ ){0,4}?\w+) unless\b", r"only \1 if", low)
    low = re.sub(r"\bunless\b", "if not", low)  # "call me unless it rains" = "call me if it does not rain"
    low = re.sub(r"\b(every|any)(day|time)\b", r"\1 \2", low)  # "everyday" is how "every day" sounds
    low = re.sub(r"\b(usd|gbp|eur)\s?(?=\d)", lambda m: {"usd": "$", "gbp": "£", "eur": "€"}[m.group(1)], low)
    low = re.sub(r"\bevery other\b", "every 2nd", low)  # "every other day" = every second day
    low = re.sub(r"\bhalf (?:of )?(the|my|your|our|their|his|her|its|them|us)\b", r"50 percent of \1", low)  # "half the seats"
    low = re.sub(r"(?:\b(?:19|20)|'|\u2019|\b)([1-9]0)'?s\b", r"decade\1", low)  # "the 70s" = "the '70s" = "the 1970s"
    low = re.sub(rf"\b({'|'.join(_DECADES)})\b", lambda m: f"decade{_DECADES[m.group(1)]}", low)
    low = re.sub(rf"\b(?:{'|'.join(_RATE_WORDS)})\b", lambda m: _RATE_WORDS[m.group()], low)
    low = re.sub(rf"\b(double|triple) ({_DIGIT})\b", lambda m: " ".join([m.group(2)] * (2 if m.group(1) == "double" else 3)),
                 low)  # "double oh one eight" = "oh oh one eight"
    # multiplicative numerals are amounts, as "twice" is: "triple the dose" = "three times the dose"
    low = re.sub(rf"\b(?:{'|'.join(_MULTIPLES)})\b", lambda m: f"{_MULTIPLES[m.group()]} times", low)
    low = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", low)  # a.m. / p. m. -> am / pm
    low = re.sub(r"\bby (?:a |one )?(half|quarter)\b", lambda m: f"by {50 if m.group(1) == 'half' else 25} percent", low)
    low = _fractions(_clock(low))
    low = _POINT.sub(_point, low)  # "three point five" = "3.5"
    low = re.sub(r"\b(0\.\d+) of (?:a|an) ", r"\1 ", low)  # "a third of a cup" = "1/3 cup"
    low = re.sub(r"\b(0\.\d+) hours?\b", lambda m: f"{float(m.group(1)) * 60:g} minutes", low)  # "0.75 hour" = 45 minutes
    low = re.sub(r"\b(?:(a|one)|(\d+(?:\.\d+)?|[a-z]+)) (?:dozen\b|doz\b\.?)", _dozen, low)  # "a dozen" = 12, "half a dozen" = 6
    low = re.sub(r"\b(non|anti|counter)-(?=[a-z])", r"\1", low)  # "non-smoking" is one word, read against "smoking"
    low = re.sub(r"(\d+(?:\.\d+)?)k\b", lambda m: f"{float(m.group(1)) * 1000:g}", low)  # "$1.5k" = 1500
    low = _scaled(low)
    low = re.sub(r"\b(at|by|from|until|till|before|after|since) ([01]\d|2[0-3])([0-5]\d)(?: hours| hrs)?\b",  # "at 0900"
                 lambda m: f"{m.group(1)} {int(m.group(2)) % 12 or 12}:{m.group(3)} {'pm' if int(m.group(2)) >= 12 else 'am'}",
                 low)
    low = re.sub(r"\b(\d{1,2}):00\b", r"\1", low)  # 7:00 -> 7 (7:30 keeps both numbers, as "seven thirty" does)
    low = re.sub(r"(\d)\s?([ap]m)\b", r"\1 \2", low)
    low = re.sub(r"\bper cent\b", "percent", low)
    low = re.sub(r"(?:(?<=\s)|(?<=^)|(?<=\())[-\u2212](?=\d)", "minus ", low)  # "-5" reads as "minus five" does
    low = _DOLLARS_CENTS.sub(_dollars_cents, low)
    low = _SPOKEN_DIGITS.sub(lambda m: "".join(_DIGIT_WORDS[w] for w in m.group().split()), low)
    low = re.sub(r"\bmph\b", "miles per hour", low)
    return re.sub(r"\b(?:kph|km/h|kmh)\b", "kilometers per hour", low)


@dataclass(frozen=True)
class Slots:
    """The meaning-critical content of one text (see the module doc)."""

    numbers: tuple[float, ...]
    digits: str
    units: frozenset[str]
    time: frozenset[str]
    days: frozenset[str]
    dates: frozenset[str]
    negations: tuple[str, ...]
    polarity: dict[str, Counter[int]]
    names: frozenset[str]
    words: frozenset[str]
    titles: tuple[str, ...] = ()
    negated: tuple[str, ...] = ()  # the word each negator applies to ("Add salt, not sugar": sugar)
    runs: tuple[str, ...] = ()  # digit runs of two or more groups, as digit strings ("4-4-7": "447")
    ordinals: tuple[float, ...] = ()  # numbers said as ordinals outside a date ("the 3rd" is no "three")
    tokens: tuple[str, ...] = ()
    tense: frozenset[str] = frozenset()  # "past" / "future": what the auxiliaries and time words place it in
    #: the words a negating determiner applies to ("no other sounds": other, "not a bicycle bell": bicycle, "nothing
    #: else": else): an entity said to be absent, which a text that never mentions it does not contradict
    absent: tuple[str, ...] = ()
    hedges: int = 0  # negators that only hedge a claim ("I'm not entirely sure, but ..."), left out of ``negations``


#: Written-alike sounds of number words: "press won" is what "press one" sounds like (the same speech).
_NUMBER_HOMOPHONES = {1.0: ("won",), 2.0: ("to", "too"), 4.0: ("for", "fore"), 8.0: ("ate",)}
#: Prepositions whose object plays a role ("from checking to savings"), and words skipped before a role word.
_ROLE_PREPOSITIONS = frozenset({"from", "to", "into", "onto"})
_NUMBER_PREPOSITIONS = frozenset({"from", "to", "into", "onto", "for", "at", "with", "by", "of", "per", "on", "in", "than"})
_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "this", "that", "these",
                          "those", "some"})


def _roles(tokens: list[str], names: frozenset[str]) -> tuple[tuple[str, str, str], ...]:
    """(role word, governor, head) for the names, days and months of a text, the objects of "from"/"to"/"into"/"onto"
    and its numbers (as "#2"): the governor is the nearest word before it (determiners skipped; for a number, a
    preposition up to two words before it: "from floor 2"), the head that with the word the preposition hangs on
    ("opens at" 9); after "and"/"or" a word shares the governor of the one before ("call Anna and Ben")."""
    out: list[tuple[str, str, str]] = []
    for i, tok in enumerate(tokens):
        j = i - 1
        while j >= 0 and tokens[j] in _DETERMINERS:
            j -= 1
        gov = head = tokens[j] if j >= 0 else ""
        found = find_numbers(tok)
        number = len(found) == 1 and found[0].text == tok and found[0].kind != "times"
        if number:
            k = next((k for k in range(i - 1, max(0, i - 2) - 1, -1) if tokens[k] in _NUMBER_PREPOSITIONS), None)
            if k is not None:
                gov, head = tokens[k], f"{tokens[k - 1] if k else ''} {tokens[k]}"
            tok = f"#{_fmt(found[0].value)}"
        role = number or tok in names or tok in WEEKDAYS or tok in MONTHS or (
            gov in _ROLE_PREPOSITIONS and tok.isalpha() and not found and tok not in _DETERMINERS)
        if not role:
            continue
        if gov in ("and", "or", "nor") and out:
            gov, head = out[-1][1], out[-1][2]
        out.append((tok, gov, head))
    return tuple(out)


#: Words placing a statement in the past or the future; "last"/"next" only before a time word ("the last train" is no
#: past).
_PAST, _FUTURE = frozenset({"was", "were", "did", "had", "ago"}), frozenset({"will", "shall"})
#: Past participles that are no "-ed" form, read after "has"/"have" as a perfect ("she has gone": the past).
_PARTICIPLES = frozenset("""been gone done seen made taken given written known left got gotten come become said told found
heard bought sold eaten spoken broken chosen won lost sent spent built paid kept met brought thought taught caught held
run read felt begun driven flown grown shown thrown worn""".split())
_TIME_WORDS = frozenset({*WEEKDAYS, "week", "month", "year", "night", "time", "weekend", "summer", "winter", "spring",
                         "autumn", "fall", "morning", "evening", "season", "term", "quarter"})


_MODALS = frozenset({"should", "could", "would", "might", "must", "may", "ought"})


def _perfect(rest: list[str]) -> bool:
    """Whether the words after "has"/"have" make a perfect ("has worked", "have never been"; "has to go" does not)."""
    words = [t for t in rest[:3] if t not in ("not", "already", "just", "never", "ever", "always", "since")]
    return bool(words) and (words[0] in _PARTICIPLES or (words[0].endswith("ed") and len(words[0]) > 4))


def _tense(tokens: list[str]) -> frozenset[str]:
    """"past" / "future" as the auxiliaries and time words place the text; a modal with "have" looks back ("should have
    called"), a modal with a bare verb ahead ("should call")."""
    out = set()
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in _MODALS and nxt:
            after = [t for t in tokens[i + 1:i + 3] if t != "not"]
            out.add("past" if after[:1] == ["have"] else "future")
        elif tok in _PAST or (tok == "last" and nxt in _TIME_WORDS) or (tok in ("has", "have") and _perfect(tokens[i + 1:])):
            out.add("past")
        elif tok in _FUTURE or (tok == "next" and nxt in _TIME_WORDS):
            out.add("future")
    return frozenset(out)


_OBLIGATION = "(obligation)"
_PARTIAL = "(not all)"  # "not all of them came" negates the whole, not each one ("none of them came")
#: Verbs a negation is said on while it belongs to their clause: "I don't think it's open" = "I think it's not open".
_NEG_RAISING = frozenset({"think", "believe", "suppose", "expect", "reckon", "imagine"})


def _negates_obligation(tokens: list[str], i: int) -> bool:
    """Whether the negator ``tokens[i]`` negates a duty ("do not have to sign", "need not sign": signing is optional),
    not the act ("must not sign": signing is forbidden)."""
    rest = [t for t in tokens[i + 1:i + 4] if t not in ("do", "does", "did")]
    return (i > 0 and tokens[i - 1] == "need") or rest[:2] in (["have", "to"], ["has", "to"], ["need", "to"]) \
        or rest[:1] == ["need"]


#: Verbs of change: the amount after "by" is the change, after "to" the new level ("increased by 5%" / "to 5%").
_CHANGE = re.compile(r"^(?:increas|decreas|ris|rose|fell|fall|rais|lower|drop|cut|reduc|grow|grew|climb|jump|slash|boost"
                     r"|went|go|goes|gone|mov|shift|chang)\w*$")


def _swapped(a: Slots, b: Slots) -> list[tuple[str, str]]:
    """Pairs of words that trade roles between the texts ("from Monday to Friday" / "from Friday to Monday", "Ask Anna
    to call Ben" / "Ask Ben to call Anna"); each word once in each text."""
    names = a.names | b.names  # "Tom gave Anna the keys": a name opening one sentence is named in the other
    ra, rb = _roles(list(a.tokens), names), _roles(list(b.tokens), names)
    na, nb = Counter(w for w, *_ in ra), Counter(w for w, *_ in rb)
    out: list[tuple[str, str]] = []
    # two numbers after one preposition trade the words the prepositions hang on: "opens at 9 and closes at 5"
    for key in (1, 2):
        ga = {r[0]: r[key] for r in ra if na[r[0]] == 1}
        gb = {r[0]: r[key] for r in rb if nb[r[0]] == 1}
        both = sorted(set(ga) & set(gb))
        out += [(x, y) for k, x in enumerate(both) for y in both[k + 1:]
                if ga[x] != ga[y] and ga[x] == gb[y] and ga[y] == gb[x] and (x, y) not in out]
    return out


#: How sure the speaker is, not what is so: "not sure", "not entirely certain".
_SURE = frozenset({"sure", "certain", "confident", "positive"})
_SAYS_SURE = frozenset({*_SURE, "certainly", "definitely", "clearly", "undoubtedly", "obviously", "surely"})
#: What ends a clause: punctuation, a dash, or a word joining another clause to it.
_CLAUSE_EDGE = re.compile(r"[,;:.!?()\u2014\u2013]|\s-\s|\b(?:but|though|although|however|yet)\b")


def _hedges(low: str, tokens: list[str], matches: list[re.Match[str]], i: int) -> bool:
    """Whether the negator ``tokens[i]`` only hedges a claim the text makes in another clause ("I'm not entirely sure,
    but it sounds like a cow"; "rain on a roof, though I'm not completely certain"): it negates how sure the speaker is
    (``_SURE``, adverbs between) in the speaker's own voice, and words outside its clause say something. Alone ("I'm
    not sure.") it abstains; "the doctor is not sure" reports a doubt."""
    j = i + 1
    while j < len(tokens) and (tokens[j] in _SCOPE_SKIP or tokens[j].endswith("ly") or tokens[j] in ("100", "%", "percent")):
        j += 1
    if j >= len(tokens) or tokens[j] not in _SURE:
        return False
    start, end = matches[i].start(), matches[j].end()
    before = [m.end() for m in _CLAUSE_EDGE.finditer(low, 0, start)]
    subject = re.findall(r"[a-z]+", low[before[-1] if before else 0:start])
    if subject and not {"i", "we"} & set(subject[-3:]):  # the model's own hedge ("I'm not sure"), not a report of one
        return False
    after = _CLAUSE_EDGE.search(low, end)
    rest = low[:before[-1] if before else 0] + " " + low[after.start() if after else len(low):]
    return len(re.findall(r"[a-z]{2,}", rest)) >= 3


#: Negating morphemes of Chinese ("不", "没", "未"; not inside "不过" but, "不仅" not only, "不断" on and on, "未来"
#: the future), Japanese (polite "ません", past "なかった", "じゃない"/"ではない") and Korean ("않", "못", "없", "안 ").
_CJK_NEGATION = re.compile("不(?![过過仅僅断斷])|未(?![来來])|[没沒]|ません|なかった|(?:じゃ|では)ない"
                           "|[않못없]|(?<![\uac00-\ud7a3])안 ")


def slots(text: str) -> Slots:
    """Read the slots of ``text``."""
    low = normalise(text)
    matches = list(_TOKEN.finditer(low))
    tokens = [m.group(0) for m in matches]
    numbers, ordinals = [], []
    in_ordinal: set[int] = set()  # token starts inside an ordinal number ("twenty-second": no unit "second")
    for n in find_numbers(low):
        before = low[:n.start].split()
        if n.text == "one" and before and (before[-1] in _PRONOUN_ONE or before[-1] in ORDINALS):
            continue
        if n.text == "second" and before and (before[-1] in ("a", "one", "per", "each") or find_numbers(before[-1])):
            continue  # "a second", "ten second": the unit, not the ordinal
        if n.text == "first" and not (before and before[-1] in _DETERMINERS) and \
                re.match(r"\s*(?:[,.;:!?]|then\b|and\b|$)", low[n.end:]):
            continue  # "it sounds its whistle first, then ...": the order of events, no rank and no amount
        numbers.append(-n.value if before and before[-1] in ("minus", "negative") else n.value)
        if n.kind == "ordinal":
            in_ordinal |= {m.start() for m in matches if n.start <= m.start() < n.end and m.start() > n.start}
            near = re.findall(r"[a-z]+", low[max(0, n.start - 25):n.end + 25])
            if not any(w in MONTHS or w in _MONTH_ABBR for w in near):
                ordinals.append(n.value)
    # "a minute" = "one minute": "a"/"an" before a singular unit counts one, except as a rate ("twice a day", "$5 an
    # hour", "60 miles an hour")
    for i, tok in enumerate(tokens[:-1]):
        prev = tokens[i - 1] if i else ""
        if tok in ("a", "an") and tokens[i + 1] in UNITS and not tokens[i + 1].endswith("s") and tokens[i + 1] not in (
                "$", "€", "£", "%", "°") and prev not in UNITS and prev not in ("times", "per") and not find_numbers(prev):
            numbers.append(1.0)
    numbers.sort()
    units: set[str] = set()
    time: set[str] = set()
    days: set[str] = set()
    dates: set[str] = set()
    negations: list[str] = []
    negated: list[str] = []
    absent: list[str] = []
    hedges = 0
    polarity: dict[str, Counter[int]] = {}
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after_number = bool(re.match(r"\d", prev)) or (prev not in ("", "a", "an") and bool(find_numbers(prev))) \
            or prev in ("hundred", "thousand", "million", "billion", "dozen")  # "one million pounds"
        if matches[i].start() in in_ordinal:
            continue
        # a singular span with no amount or time word before it is a thing, no unit ("the catch of the day", "by end of
        # day", "his hour has come"); "a day", "this week", "every hour", "the day after" are
        span_noun = tok in _SPANS and not after_number and prev not in _SPAN_AMOUNTS and nxt not in ("after", "before")
        if tok in UNITS and not span_noun and (after_number or (tok not in _UNIT_ABBREVIATIONS and tok != "second")
                                               or (tok == "second" and prev in ("a", "per", "each"))):
            units.add(UNITS[tok])
        elif tok in _UNIT_AFTER_NUMBER and re.match(r"\d", prev):
            units.add(_UNIT_AFTER_NUMBER[tok])
        if tok in _MERIDIEM:
            time.add(_MERIDIEM[tok])
        if tok == "tonight" or (prev == "this" and tok in ("morning", "afternoon", "evening")):
            days.add("today")  # "at six this evening" = "at 6 pm today": the day, whatever part of it
        elif tok in WEEKDAYS or tok in RELATIVE_DAYS:
            days.add(tok)
        elif tok.endswith("s") and tok[:-1] in WEEKDAYS:  # "on Sundays" names the same day
            days.add(tok[:-1])
        near_number = bool(re.match(r"\d", prev) or re.match(r"\d", nxt) or find_numbers(f"{prev} {nxt}"))
        if tok in MONTHS and (tok != "may" or near_number or prev in ("in", "of", "since", "until", "early", "late")):
            dates.add(tok)
        elif tok.rstrip(".") in _MONTH_ABBR and near_number:
            dates.add(_MONTH_ABBR[tok.rstrip(".")])
        if tok == "no" and i == 0:  # "No, ..." answers; it is the yes/no pair, not a negation
            polarity.setdefault("yes/no", Counter())[1] += 1
            # ... and "No siren can be heard" also says what is absent: a determiner, with no pause after it
            if not (nxt and re.match(r"no\s+[a-z]", low[matches[0].start():])):
                continue
        if tok == "no" and nxt in _BOUND_COMPARATIVES and i + 2 < len(tokens) and tokens[i + 2] == "than":
            continue  # "no later than five" is a bound ("by five"), not a negation
        if tok in NEGATORS and _hedges(low, tokens, matches, i):
            hedges += 1
            continue
        if tok in NEGATORS:
            negations.append(tok)
            negated.append(_OBLIGATION if _negates_obligation(tokens, i) else
                           _PARTIAL if nxt in ("all", "every", "everyone", "everybody", "everything", "always") else
                           next((t for t in tokens[i + 1:] if t not in _SCOPE_SKIP), ""))
            if (tok in _NEGATING_DETERMINERS or (tok == "not" and nxt in ("a", "an", "any"))) and negated[-1].isalpha():
                absent.append(negated[-1])
        key = None
        if tok in ("in", "out"):
            if any(prev.startswith(v) for v in _IN_OUT_VERBS):
                key = _WEAK_WORDS[tok]
        elif tok in _WEAK_WORDS and not (tok == "on" and (nxt in WEEKDAYS or nxt in MONTHS or nxt == "time"
                                                          or (nxt.endswith("s") and nxt[:-1] in WEEKDAYS) or near_number)):
            key = _WEAK_WORDS[tok]  # "on Friday", "on time", "on 5 May": a preposition of time, not "on" / "off"
        elif tok in ("by", "to") and _CHANGE.match(prev or "-") and re.match(r"\d|[a-z]+$", nxt) and find_numbers(nxt):
            key = ("by/to", 0 if tok == "by" else 1)
        elif tok == "lower" and (prev in ("the", "a", "much", "even") or nxt == "than"):
            key = ("higher/lower", 1)
        elif tok in _POLARITY:
            key = _POLARITY[tok]
        if key:
            polarity.setdefault(key[0], Counter())[key[1]] += 1
    if not low.isascii():  # Chinese, Japanese and Korean negate with a morpheme, not a word: "我不想去" / "我想去"
        for m in _CJK_NEGATION.finditer(low):
            negations.append(m.group())
            negated.append("")
    names = _names(text)
    return Slots(tuple(sorted(numbers)), digit_string(low), frozenset(units), frozenset(time), frozenset(days),
                 frozenset(dates), tuple(negations), polarity, names, frozenset(re.findall(r"[a-z0-9]+", low)),
                 _titles(tokens, names), tuple(sorted(negated)),
                 tuple(sorted("".join(g.digits for g in r) for r in digit_runs(low) if len(r) > 1)),
                 tuple(sorted(ordinals)), tuple(tokens), _tense(tokens), tuple(absent), hedges)


def _titles(tokens: list[str], names: frozenset[str]) -> tuple[str, ...]:
    """The titles of a text (``TITLES``); one that is also an adjective (``vocab.word_classes``: "general") and stands
    before a word that is no name describes that word ("general traffic noise"), as "General Lee" does not."""
    out = []
    for i, tok in enumerate(tokens):
        if tok not in TITLES:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt.isalpha() and nxt not in names:
            from ..vocab.word_classes import in_class

            if in_class(tok, "adj"):
                continue
        out.append(tok)
    return tuple(sorted(out))


def _names(text: str) -> frozenset[str]:
    """Capitalised words that do not open a sentence (lower-cased), minus days, months and pronouns. In text with no
    case to read ("fred baldwin was among the settlers", an all-caps CTC transcript), the words an English word list
    holds only capitalised (``vocab.proper_nouns``: "fred", "baldwin", never "will" or "mark")."""
    expanded = _expand(text)
    if _caseless(expanded):
        from ..vocab.proper_nouns import PROPER_NOUNS

        return frozenset(low for w in re.findall(r"(?<!\w)[A-Za-z][A-Za-z'-]*", HESITATION.sub(" ", expanded))
                         if ((low := w.lower().split("'")[0]) in PROPER_NOUNS or _rare(low)) and _may_be_name(low))
    names = set()
    for sentence in re.split(r"(?<=[.!?:;\"“])\s+|\n|\|", expanded):  # a table's cell opens like a sentence
        words = re.findall(r"(?<!\w)[A-Za-z][A-Za-z'-]*", sentence)  # "10K": no name "K"
        for w in words[1:]:
            low = w.lower().split("'")[0]
            if w[0].isupper() and _may_be_name(low):
                names.add(low)
    if names:  # sound classes written as labels ("detected Moo, Animal and Grunt"; "Speech, Male speech") name no one
        names -= _labels(expanded)
    return frozenset(names)


def _labels(text: str) -> set[str]:
    """The words of listed items that name a sound class, where two or more items do ("Speech, Male speech, Narration"):
    a classifier's labels copied into a reply ("Ask Bell" keeps its name; "Steam", which the lexicon lacks, too)."""
    from ..vocab.ontology import label_parts
    from ..vocab.sounds import owners, sound_mentions

    parts = label_parts()
    out: set[str] = set()
    from .structured import SCORE

    for sentence in re.split(r"(?<=[.!?;:])\s+|\n", SCORE.sub("", text)):
        items = [re.sub(r"^(?:and|or)\s+|[^\w\s'-]", "", i).strip().lower() for i in re.split(r",|\band\b", sentence)]
        # an item names a sound when one ends it ("detected a cattle", "Male speech") or every word is a class
        named = [i for i in items if i and (any(e == len(i) for _, e, *_ in sound_mentions(i))
                                            or all(owners(w) for w in i.split()) or i in parts)]
        if len(named) > 1:
            out |= {w for i in named for w in re.findall(r"[a-z][a-z'-]*", i)}
    return out


def _initialism(name: str, own: str, other: str) -> bool:
    """Whether ``name`` is written in capitals in ``own`` ("BP", "ETA") and ``other`` says the words it stands for:
    words in a row whose initials spell it ("blood pressure", "estimated time of arrival")."""
    if not 2 <= len(name) <= 5 or not re.search(rf"\b{re.escape(name.upper())}s?\b", own):
        return False
    words = re.findall(r"[a-z]+", other.lower())
    return name in "".join(w[0] for w in words) or name in "".join(w[0] for w in words if w not in ("of", "and", "the"))


def _said(name: str, words: frozenset[str]) -> bool:
    """Whether ``words`` (a text's words, split at hyphens) hold ``name`` ("Fixed-wing": "fixed", "wing")."""
    return all(part in words for part in name.split("-") if part)


#: Endings a listed word takes without the lists holding the longer form ("embarrassedly", "shitted").
_DERIVED = ("edly", "ly", "ed", "d", "ing", "es", "s", "er", "est", "ness")


def _rare(word: str) -> bool:
    """A word of three letters or more that no English word list holds, in any form ("gladsaxe", "eijsden"; not
    "embarrassedly"): in text without case, a name or a term as likely as any the lists hold capitalised."""
    from ..vocab.english_words import is_english

    if len(word) < 3 or not word.isalpha() or is_english(word):
        return False
    bases = [word[: -len(e)] for e in _DERIVED if word.endswith(e) and len(word) - len(e) >= 3]
    return not any(is_english(b) or (len(b) > 3 and b[-1] == b[-2] and is_english(b[:-1])) for b in bases)


_VOWELS = frozenset("aeiou")
#: Soundex digit per letter (vowels and "y" 0, read as separators; "h" and "w" have none).
_SOUNDEX = {c: str(d) for d, letters in enumerate(("aeiouy", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r")) for c in letters}


def _sound_key(word: str) -> str:
    """American Soundex: the first letter and three digits for the consonant sounds after it ("neilston" and
    "nailstone" are both N423)."""
    out, last = word[0], _SOUNDEX.get(word[0], "")
    for c in word[1:]:
        code = _SOUNDEX.get(c, "")  # "h" and "w" keep the last code, so a consonant either side of them counts once
        if code and code != "0" and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def _sounds_alike(name: str, words: list[str], own: frozenset[str]) -> bool:
    """Whether ``words`` (the other text in order) hold a rare name said another way: a word, or two words run
    together, that the name's own text lacks, with the name's Soundex key (its consonants where both open with a
    vowel: "eijsden" / "aisden") or three quarters of its letters in order ("talyshi" / "talishi"). Only for a name no
    word list holds: "joan" / "john" stay two names."""
    if not _rare(name):
        return False
    from difflib import SequenceMatcher

    key = _sound_key(name)
    runs = [w for w in words + [a + b for a, b in pairwise(words)] if len(w) >= 3 and w not in own]
    return any(_sound_key(w) == key or (w[0] in _VOWELS and name[0] in _VOWELS and _sound_key(w)[1:] == key[1:])
               or SequenceMatcher(None, name, w).ratio() >= 0.75 for w in runs)


def _caseless(text: str) -> bool:
    """No capital marks a name: all lower case or all upper case."""
    return not (re.search(r"[a-z]", text) and re.search(r"[A-Z]", text))


def _spelled_alike(name: str, words: frozenset[str]) -> bool:
    """Whether caseless text holds another spelling of ``name``: the same but for a doubled letter ("hobs" for
    "Hobbs"), or one the start of the other, four letters or more ("rubenses" for "Rubens"). A name read from a word
    list is no more than a guess, so such a spelling in the other text counts as the same word; "fred" / "brake" and
    "joan" / "john" stay changes."""
    single = re.sub(r"(.)\1", r"\1", name)
    return any(min(len(name), len(w)) >= 4 and (w.startswith(name) or name.startswith(w)
                                                or re.sub(r"(.)\1", r"\1", w) == single) for w in words)


def _alike(name: str, other: str, own: frozenset[str]) -> bool:
    """Whether ``other`` says ``name`` (a name of the text whose words are ``own``) spelled another way: a name read
    from a word list, in caseless ``other`` (:func:`_spelled_alike`); a name no list holds, in any text
    (:func:`_sounds_alike`: "rerecord" / "re-record")."""
    words = re.findall(r"[a-z]+", other.lower())
    return (_caseless(other) and _spelled_alike(name, frozenset(words))) or _sounds_alike(name, words, own)


def _may_be_name(low: str) -> bool:
    """Not a word another slot reads, a pronoun or a greeting ("Monday", "PM", "Dr", "Off", "OK")."""
    return low not in _NOT_NAMES and low.removesuffix("s") not in WEEKDAYS and low not in MONTHS \
        and low not in _MERIDIEM and low not in UNITS and low not in _POLARITY and low not in TITLES \
        and low not in _UNIT_AFTER_NUMBER and not find_numbers(low)


def _title(words: Any) -> tuple[str, ...]:
    return tuple(w.capitalize() for w in sorted(words))


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _polarity_text(pair: str, counts: Counter[int]) -> tuple[str, ...]:
    names = _SIDE_NAMES.get(pair, tuple(pair.split("/")))
    return tuple(names[side] for side in sorted(counts.elements()))


def _prefix_negations(only_a: frozenset[str], only_b: frozenset[str]) -> list[tuple[str, str]]:
    """(reference word, output word) pairs where one is the other with a negating prefix ("significant" /
    "insignificant"); ``only_a``: the output's words missing from the reference, ``only_b`` the reverse."""
    def negates(word: str, base: str) -> bool:
        return word not in _NOT_NEGATING and word not in _POLARITY and len(base) >= 3 \
            and any(word == p + base for p in _NEGATING_PREFIXES)  # a polarity pair (lock/unlock) is read there
    return sorted((b, a) for a in only_a for b in only_b if negates(a, b) or negates(b, a))


#: Complementary verbs: not doing one is doing the other ("don't forget" = "remember", "don't lose it" = "keep it").
_COMPLEMENTS: tuple[tuple[str, str], ...] = (("forget", "remember"), ("lose", "keep"), ("leave", "stay"),
                                             ("absent", "present"))
_COMPLEMENT_FORMS = {"forget": "forgot forgotten", "lose": "lost", "leave": "left", "keep": "kept"}


def _complements(only_a: frozenset[str], only_b: frozenset[str]) -> list[tuple[str, str]]:
    """(reference word, output word) pairs of complementary words, each present on one side only."""
    def forms(w: str) -> set[str]:
        return _forms(w) | set(_COMPLEMENT_FORMS.get(w, "").split())
    out = []
    for x, y in _COMPLEMENTS:
        for one, other in ((x, y), (y, x)):
            out += [(b, a) for b in only_b & forms(one) for a in only_a & forms(other)]
    # a state is one side of a pair or the other: "isn't unlocked" = "is locked" (participles only: "don't unlock" is
    # no "lock")
    states = {w: key for w, key in _POLARITY.items() if w.endswith("ed")}
    out += [(b, a) for b in only_b if b in states for a in only_a if states.get(a, ("", -1))[0] == states[b][0]
            and states[a][1] != states[b][1]]
    return sorted(set(out))


def _homophones(only_b: Counter[float], only_a: Counter[float], a: Slots, b: Slots) -> tuple[Counter[float], Counter[float]]:
    """The numbers each side has alone, less those the other side writes as a word that sounds the same ("press one" /
    "press won", "four tickets" / "for tickets"): the same speech, written two ways."""
    ta, tb = Counter(a.tokens), Counter(b.tokens)
    for mine, other_tokens, own_tokens in ((only_a, tb, ta), (only_b, ta, tb)):
        for value in list(mine.elements()):
            word = next((w for w in _NUMBER_HOMOPHONES.get(value, ()) if other_tokens[w] > own_tokens[w]), None)
            if word:
                mine[value] -= 1
                other_tokens[word] -= 1
    return +only_b, +only_a


#: What a text negates when it says it cannot tell ("not sure", "can't identify", "can't make out", "don't know").
_KNOWING = frozenset({"sure", "certain", "clear", "confident", "tell", "identify", "make", "determine", "say", "know",
                      "recognise", "recognize", "distinguish", "decide", "able", "pin"})


def _both_abstain(output: str, reference: str, a: Slots, b: Slots) -> bool:
    """Whether both texts answer that they cannot tell (``scoring.answers``: "I'm sorry, the audio is too noisy to tell",
    "Unable to identify the sound") and negate nothing but their knowing (``_KNOWING``): each says "no answer" in
    its own negations, which then flip nothing ("You may not leave now" negates the leaving)."""
    from .answers import Answer, explain

    return all(w in _KNOWING for w in (*a.negated, *b.negated)) and all(
        explain(t)[0] is Answer.ABSTAIN for t in (output, reference))


#: A subtitle cue's timing ("[00:00.000 --> 00:03.200]", SRT's "00:00:01,000 --> 00:00:03,200" under its index line):
#: where the words fall in the clip, no amount they say.
_CUE = re.compile(r"^[ \t]*(?:\d{1,4}[ \t]*\n[ \t]*)?\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[ \t]*-->[ \t]*"
                  r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?[ \t]*", re.MULTILINE)
#: A label opening the text, in markdown emphasis or a heading or not ("**Transcription:**", "Transcript:", "## Answer").
_LEAD_LABEL = re.compile(r"^\s*(?:(?P<deco>#{1,6}[ \t]*|[*_]{2})|[*_]?)(?P<label>[^\W\d_][\w' -]{0,40}?)[*_]{0,2}[ \t]*"
                         r"(?:[:\uff1a]|(?(deco)(?=[ \t]*\n)|(?!)))[*_]{0,2}\s*(?=\S)")  # a heading needs no colon


def _unframed(text: str) -> str:
    """``text`` without what frames the words it hands over: subtitle cue timings, and an opening label that names the
    transcript or answer field (``scoring.transcript``'s labels: "**Transcription:** ⏎ > …", "Answer: …"), whose
    own word is no part of what was said."""
    text = _CUE.sub("", text) if "-->" in text else text
    m = _LEAD_LABEL.match(text)
    if m:
        from .transcript import _TRANSCRIPT_LABEL

        if _TRANSCRIPT_LABEL.search(m.group("label").strip()):
            return text[m.end():]
    return text


def differences(output: str, reference: str) -> list[SlotDifference]:
    """Meaning-critical slots in which ``output`` differs from ``reference`` (empty list: none)."""
    output, reference = _unframed(output), _unframed(reference)
    a, b = slots(output), slots(reference)
    # a hedge is no negation, unless the other text says how sure it is ("I'm certain it's a cow"): then it is the doubt
    a, b = (replace(x, negations=(*x.negations, *["not"] * x.hedges), negated=(*x.negated, *["sure"] * x.hedges))
            if x.hedges and y.words & _SAYS_SURE else x for x, y in ((a, b), (b, a)))
    out: list[SlotDifference] = []
    signs_agree = sorted(x for x in a.numbers if x < 0) == sorted(x for x in b.numbers if x < 0)
    # the same digits in another grouping ("555 1234" = "five five five one two three four") agree; a decimal point
    # moved ("3.5" / "35") does not
    regrouped = a.digits and a.digits == b.digits and signs_agree and all(
        float(x).is_integer() for x in set(a.numbers) ^ set(b.numbers))
    only_b, only_a = _homophones(Counter(b.numbers) - Counter(a.numbers), Counter(a.numbers) - Counter(b.numbers), a, b)
    if (only_a or only_b) and not regrouped:
        out.append(SlotDifference("number", tuple(_fmt(x) for x in sorted(only_b.elements())),
                                  tuple(_fmt(x) for x in sorted(only_a.elements()))))
    elif a.runs and b.runs and a.runs != b.runs and a.digits != b.digits:  # "4-4-7" / "4-7-4": the same numbers reordered
        out.append(SlotDifference("number", b.runs, a.runs))
    elif Counter(a.ordinals) != Counter(b.ordinals):  # "for the 3rd" / "for three": a date or a rank is no amount
        out.append(SlotDifference("number", tuple(f"{_fmt(x)} (ordinal)" for x in b.ordinals),
                                  tuple(f"{_fmt(x)} (ordinal)" for x in a.ordinals)))
    if a.units != b.units:
        out.append(SlotDifference("unit", tuple(sorted(b.units - a.units)), tuple(sorted(a.units - b.units))))
    if a.time and b.time and a.time != b.time:
        out.append(SlotDifference("time", tuple(sorted(b.time)), tuple(sorted(a.time))))
    if a.days != b.days:
        out.append(SlotDifference("day", _title(b.days - a.days), _title(a.days - b.days)))
    if a.dates != b.dates:
        out.append(SlotDifference("date", _title(b.dates - a.dates), _title(a.dates - b.dates)))
    prefixed = _prefix_negations(a.words - b.words, b.words - a.words)
    # "impossible" = "not possible": a negating prefix on one side, a negator on that word on the other
    spelled = [(e, g) for e, g in prefixed if (len(e) < len(g) and e in b.negated) or (len(g) < len(e) and g in a.negated)]
    prefixed = [p for p in prefixed if p not in spelled]
    shift = sum(1 if len(e) < len(g) else -1 for e, g in spelled)  # a prefix in the output stands for a negator
    # "don't forget" = "remember": a negated word on one side, its complement alone on the other
    opposed, settled = [], set()  # "remember" / "forget" with no negator to account for it: a flip
    for e, g in _complements(a.words - b.words, b.words - a.words):
        if e in _POLARITY and ((e in b.negated) != (g in a.negated)):
            settled.add(_POLARITY[e][0])  # "isn't unlocked" / "is locked": the negator accounts for the pair
        elif e in _POLARITY:
            continue  # the polarity slot reads it
        if e in b.negated and g not in a.negated:
            shift, spelled = shift + 1, [*spelled, (e, g)]
        elif g in a.negated and e not in b.negated:
            shift, spelled = shift - 1, [*spelled, (e, g)]
        elif e not in b.negated and g not in a.negated:
            opposed.append((e, g))
    if opposed:
        out.append(SlotDifference("polarity", tuple(e for e, _ in opposed), tuple(g for _, g in opposed)))
    # a negation one side adds about something the other never mentions ("Yes, a dog barks, but no other sounds",
    # "a car horn, not a bicycle bell", "No." / "No, there is no dog") adds information; it flips nothing
    new_a = [w for w in a.absent if w not in b.words]
    new_b = [w for w in b.absent if w not in a.words]
    if (a.negations or b.negations) and _both_abstain(output, reference, a, b):
        pass  # "I'm not sure, I can't make it out" / "Unable to identify the sound": the negators are the abstention
    elif len(a.negations) + shift != len(b.negations) and \
            len(a.negations) + shift - len(new_a) != len(b.negations) - len(new_b):
        out.append(SlotDifference("negation", b.negations, a.negations))
    elif Counter(a.negated) != Counter(b.negated) and not spelled:  # "Add salt, not sugar" / "Add sugar, not salt"
        only_a, only_b = Counter(a.negated) - Counter(b.negated), Counter(b.negated) - Counter(a.negated)
        words_a, words_b = a.words | {_OBLIGATION, _PARTIAL}, b.words | {_OBLIGATION, _PARTIAL}  # "must not" / "don't have to"
        raised = (set(only_a) | set(only_b)) & _NEG_RAISING and sum(only_a.values()) == sum(only_b.values()) == 1
        if all(w in words_b for w in only_a) and all(w in words_a for w in only_b) and not raised:
            out.append(SlotDifference("negation", tuple(f"not {w}" for w in sorted(only_b)),
                                      tuple(f"not {w}" for w in sorted(only_a))))
    if prefixed:
        out.append(SlotDifference("negation", tuple(e for e, _ in prefixed), tuple(g for _, g in prefixed)))
    for pair in sorted(set(a.polarity) | set(b.polarity)):
        ca, cb = a.polarity.get(pair, Counter()), b.polarity.get(pair, Counter())
        if ca == cb or pair in settled:
            continue
        if not (any(ca[s] > cb[s] for s in (0, 1)) and any(ca[s] < cb[s] for s in (0, 1))):
            continue  # a flip is one side gained while the other lost; a word dropped or repeated is not
        out.append(SlotDifference("polarity", _polarity_text(pair, cb - ca), _polarity_text(pair, ca - cb)))
    if Counter(a.titles) != Counter(b.titles):
        out.append(SlotDifference("title", _title((Counter(b.titles) - Counter(a.titles)).elements()),
                                  _title((Counter(a.titles) - Counter(b.titles)).elements())))
    if len(a.tense) == 1 and len(b.tense) == 1 and a.tense != b.tense:  # "I called a week ago" / "I will call in a week"
        out.append(SlotDifference("tense", tuple(b.tense), tuple(a.tense)))
    swaps = _swapped(a, b)
    if swaps:
        out.append(SlotDifference("role", tuple(f"{x} / {y}" for x, y in swaps), tuple(f"{y} / {x}" for x, y in swaps)))
    moved = _moved(a, b)
    if moved:  # "the file is on the desk" / "under the desk"
        out.append(SlotDifference("place", tuple(x for x, _ in moved), tuple(y for _, y in moved)))
    missing = sorted(n for n in b.names if not _said(n, a.words) and not _alike(n, output, b.words)
                     and not _initialism(n, reference, output))
    # a word no list holds is a name in the reference, and may be the output's garble ("the merkins and derry" for
    # "the mercenary"): the output's own such words are left to the embedding
    extra = sorted(n for n in a.names if not _said(n, b.words) and not _alike(n, reference, a.words)
                   and not (_caseless(output) and _rare(n)) and not _initialism(n, output, reference))
    if missing or extra:
        out.append(SlotDifference("name", _title(missing), _title(extra)))
    if out and Counter(a.ordinals) == Counter(b.ordinals) and _read_alike(output, reference):
        return []  # the same words once their forms are read ("twenty twenty-four" / "2024"), a rank kept: no slot differs
    return out


def _read_alike(output: str, reference: str) -> bool:
    """Whether two texts are one text once their forms are read (:func:`canonical_pair`), each saying "not" as often
    as the other: a negated prefix read as its base ("don't unlock" / "lock") is no form."""
    if len(set(canonical_pair(output, reference))) > 1:
        return False
    na, nb = (sum(w in ("not", "no", "never") for w in _form_words(t)) for t in (output, reference))
    return na == nb


#: Where one thing is against another, in groups of words that say one place ("on" = "on top of", "under" =
#: "beneath"); a word of one group put in the place of another's moves the thing ("on the desk" / "under the desk"),
#: as the source put for the goal does ("to the office" / "from the office").
_PLACES = tuple(frozenset(g.split("|")) for g in (
    "on|onto|upon|atop|on top of", "under|underneath|beneath|below", "above|over", "in|inside|within|into|inside of",
    "behind|in back of|at the back of", "in front of|ahead of|at the front of",
    "next to|beside|by|alongside|close to|near|nearby",
    "across from|opposite", "outside|outside of", "between", "around", "past",
    "from|out of|away from", "to|toward|towards"))  # where a thing goes from or to: "send it to" / "from the office"

#: The source and the goal groups: they oppose each other only ("to school" / "into school" is one way).
_SOURCE_GOAL = frozenset({len(_PLACES) - 2, len(_PLACES) - 1})


def _place(words: tuple[str, ...]) -> int | None:
    """The place group (``_PLACES``) ``words`` make up as a whole, or None."""
    said = " ".join(words)
    return next((k for k, g in enumerate(_PLACES) if said in g), None)


def _moved(a: Slots, b: Slots) -> list[tuple[str, str]]:
    """The place words put in the place of others ("on" / "under"), where the texts are otherwise the same words
    around them and no time follows: (the reference's, the output's), each of another place group."""
    from difflib import SequenceMatcher

    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).get_opcodes():
        if tag != "replace":
            continue
        after = a.tokens[i2] if i2 < len(a.tokens) else ""
        if after in _TIME_WORDS or after in RELATIVE_DAYS or after in MONTHS or find_numbers(after):
            continue  # a preposition of time ("by Friday" / "on Friday at the latest") is no place
        pa, pb = _place(a.tokens[i1:i2]), _place(b.tokens[j1:j2])
        if pa is not None and pb is not None and pa != pb and ({pa, pb} == _SOURCE_GOAL or not {pa, pb} & _SOURCE_GOAL):
            out.append((" ".join(b.tokens[j1:j2]), " ".join(a.tokens[i1:i2])))
    return out


#: How sure a slot verdict is, per slot (accuracy on the held-out pairs of tests/_heldout_text.py and _fresh_text.py:
#: numbers, days, times and titles are read exactly; a polarity word or a name can be a preposition or a new word).
_CONFIDENCE = {"polarity": 0.9, "name": 0.85, "negation": 0.9}


@dataclass(frozen=True)
class MeaningVerdict:
    """Whether two texts differ in a meaning-critical slot: the differences, the method and a confidence."""

    differences: tuple[SlotDifference, ...]
    method: str = "rule: meaning-critical slots"
    confidence: float = 0.95

    @property
    def same(self) -> bool:
        return not self.differences


def compare(output: str, reference: str) -> MeaningVerdict:
    """:func:`differences` as a verdict: the least sure differing slot sets the confidence (0.95 when none differ)."""
    diffs = tuple(differences(output, reference))
    return MeaningVerdict(diffs, confidence=min([_CONFIDENCE.get(d.slot, 0.98) for d in diffs], default=0.95))


_SYMBOLS = {"$": "dollars", "€": "euros", "£": "pounds", "%": "percent", "°": "degrees"}
_POLITE = re.compile(r"\b(please|kindly|thanks|thank you|hey|could you|can you|would you)\b[,!]?\s*")


_SPAN = re.compile(r"\b(?:from (\d+(?:\.\d+)?) to|(?:from )?(\d+(?:\.\d+)?) (?:through|thru)|between (\d+(?:\.\d+)?) and)"
                   r" (?=\d)")


#: A Chinese numeral before a counter or unit ("八点", "二十五岁", "二〇二四年"): a number, as "8点" writes it.
_CJK_NUMBER = re.compile("[零〇一二两三四五六七八九十百]+(?=[点點个個月日号號年岁歲元块塊分秒次天人本位只条張张台辆遍])")
_CJK_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _cjk_number(m: re.Match[str]) -> str:
    """The digits of a Chinese numeral: "二十五" -> "25", "十" -> "10", "二〇二四" (a year said digit by digit) -> "2024"."""
    said = m.group()
    if "十" not in said and "百" not in said:
        return "".join(str(_CJK_DIGITS[c]) for c in said)
    total = digit = 0
    for c in said:
        if c in _CJK_DIGITS:
            digit = _CJK_DIGITS[c]
        else:
            total, digit = total + (digit or 1) * (100 if c == "百" else 10), 0
    return str(total + digit)


def canonical(text: str) -> str:
    """``text`` with formatting that carries no meaning removed, for the embedding half of a check: lower case,
    contractions expanded, numbers as digits ("ten" -> "10", "$1,500" -> "1500 dollars", "八点" -> "8点"), politeness
    words and punctuation dropped."""
    low = _CJK_NUMBER.sub(_cjk_number, normalise(text))
    low = re.sub(r"([$€£])\s?(\d[\d,.]*)", lambda m: f"{m.group(2)} {_SYMBOLS[m.group(1)]}", low)
    low = re.sub(r"(\d)\s?([%°])", lambda m: f"{m.group(1)} {_SYMBOLS[m.group(2)]}", low)
    parts, pos = [], 0
    for n in find_numbers(low):
        parts += [low[pos:n.start], _fmt(n.value)]
        pos = n.end
    low = "".join(parts) + low[pos:]
    low = _POLITE.sub("", low)
    # a span of numbers in one form: "from 1 to 10" = "1 through 10" = "between 1 and 10" = "1 to 10"
    low = _SPAN.sub(lambda m: f"{m[1] or m[2] or m[3]} to ", low)
    low = re.sub(r"(?<=\d)-(?=\d)", " ", low)
    # a spoken digit run in any grouping ("five five five one two three four", "555 1234") as one digit string
    low = re.sub(r"\b\d+(?:[\s,]+\d+){2,}\b|\b\d{3,}(?:[\s,]+\d{3,})+\b", lambda m: re.sub(r"\D", "", m.group(0)), low)
    return " ".join(re.sub(r"[^\w\s.:]|_|(?<!\d)[.:]|[.:](?!\d)", " ", low).split())  # "door_knock": two words


#: Discourse markers, only where commas set them off or they open the text before a comma ("Okay, so, like, the bus").
_DISCOURSE = re.compile(r"(?:^|(?<=[,;:]))\s*(?:okay|ok|so|well|like|right|alright|you know|i mean|oh|now|anyway)\s*(?=,)",
                        re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the"})
#: A stutter: a word's opening said twice or more before the word ("I-I-I", "th-th-the"); the word stays.
_STUTTER = re.compile(r"\b(\w{1,3})(?:-\1)+-(?=\1)", re.IGNORECASE)
#: British and American spellings of one word ("colour" / "color", "centre" / "center", "realise" / "realize").
_SPELLINGS = ((r"our$", "or"), (r"(?<=[^aeiou])re$", "er"), (r"is(e|ed|es|ing|ation|ations)$", r"iz\1"),
              (r"ys(e|ed|es|ing)$", r"yz\1"), (r"ogue$", "og"), (r"ll(ed|ing|er|ers)$", r"l\1"))


def _form_words(text: str) -> list[str]:
    """``canonical(text)`` as words, without hesitations, discourse markers set off by commas, a word said twice in
    a row ("the, the meeting"), "do" before "not", and with a clock time as its two numbers and a unit after a number
    in one spelling ("10 mg" = "10 milligrams")."""
    text = _STUTTER.sub("", _DISCOURSE.sub(" ", HESITATION.sub(" ", text)))
    words: list[str] = []
    low = re.sub(r"\b(\d{1,2}):(\d\d)\b", r"\1 \2", canonical(text))
    low = re.sub(r"\b(\d+(?:\.\d+)?)([a-z]+)\b", lambda m: f"{m[1]} {m[2]}" if m[2] in UNITS or m[2] in _UNIT_AFTER_NUMBER
                 else m[0], low)  # "50p" = "50 pence", "10mg" = "10 mg"
    for w in low.split():
        if words and re.fullmatch(r"\d+(?:\.\d+)?", words[-1]):
            w = UNITS.get(w, _UNIT_AFTER_NUMBER.get(w, w))
        if not words or w != words[-1]:
            words.append(w)
    for n in (3, 2):  # a restart says two or three words again ("I don't — I don't know")
        kept: list[str] = []
        for w in words:
            kept.append(w)
            if len(kept) >= 2 * n and kept[-n:] == kept[-2 * n:-n]:
                del kept[-n:]
        words = kept
    return [w for i, w in enumerate(words) if not (w in ("do", "does") and words[i + 1:i + 2] == ["not"])]


def _read_against(words: list[str], other: list[str]) -> list[str]:
    """``words`` read the way ``other`` writes the same thing: adjacent words or numbers joined where ``other`` holds
    them as one ("2 21" / "221", "a part" / "apart", "may be" / "maybe"), a negating prefix as "not" where ``other``
    says "not" and the base ("impossible" / "not possible", "isn't unlocked" / "is locked"), and a spelling of the
    other side's word ("colour" / "color")."""
    theirs = set(other)
    alike = _said_alike(set(words) - theirs)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        joined = next((n for n in (3, 2) if i + n <= len(words) and w not in theirs
                       and "".join(words[i:i + n]) in theirs
                       and (n == 2 or all(x.isdigit() for x in words[i:i + n]))), 0)
        if joined:
            out.append("".join(words[i:i + joined]))
            i += joined
            continue
        base = next((w[len(p):] for p in _NEGATING_PREFIXES if w.startswith(p) and w[len(p):] in theirs
                     and w not in theirs and w not in _NOT_NEGATING), None)
        if base and out[-1:] == ["not"]:  # "not unlocked" = "locked"
            out[-1] = base
        elif base and "not" in theirs:
            out += ["not", base]
        elif w == "s" and out and "is" in theirs:  # "the meeting's at two": "'s" after a noun is "is" there
            out.append("is")
        elif said := next((h for h in sorted(alike.get(w, ())) if _DIGIT_WORDS.get(h, h) in theirs), None):
            out.append(_DIGIT_WORDS.get(said, said))  # one speech: "meat" / "meet", "press won" / "press 1"
        elif not w.isascii() and w not in theirs and (plain := _unaccented(w)) in theirs:
            out.append(plain)  # an accent dropped ("café" / "cafe")
        else:  # both sides take one spelling
            spelled = len(w) >= 5 and w not in theirs and any(_spelling(o) == _spelling(w) for o in theirs)
            out.append(_spelling(w) if spelled else w)
        i += 1
    return out


def _said_alike(words: set[str]) -> dict[str, frozenset[str]]:
    """The words said like each of ``words`` (``vocab.homophones``: "their" / "there", "won" / "one")."""
    if not words:
        return {}
    from ..vocab.homophones import HOMOPHONES

    return {w: group - {w} for group in HOMOPHONES for w in words & group}


def _unaccented(word: str) -> str:
    """``word`` without its accents ("plaît" -> "plait")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _spelling(word: str) -> str:
    for pattern, repl in _SPELLINGS:
        word = re.sub(pattern, repl, word)
    return word


def canonical_pair(output: str, reference: str) -> tuple[str, str]:
    """:func:`canonical` forms of two texts read against each other, for the embedding half of a check: what the slot
    check reads as one (a number said in parts, a clock time, a unit's spelling, a negating prefix, British and American
    spelling, a word said alike, a word split or joined, hesitations and a repeated word) is written the same way on
    both sides, and two texts that differ only so, or in their articles ("no" and "not a" too), come back as one
    string (similarity 1)."""
    a, b = _form_words(_unframed(output)), _form_words(_unframed(reference))
    for _ in range(2):  # one side at a time: read at once, "their" / "there" would only trade places
        a = _read_against(a, b)
        b = _read_against(b, a)

    def key(words: list[str]) -> list[str]:
        return ["not" if w == "no" else w for w in words if w not in _ARTICLES]
    if key(a) == key(b):
        return " ".join(a), " ".join(a)
    return " ".join(a), " ".join(b)
