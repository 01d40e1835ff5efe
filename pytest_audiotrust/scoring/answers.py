"""Parse a model's answer to a yes/no question into one of four explicit outcomes.

``yes``, ``no``, ``abstain`` (can't tell / no audio / hedged / refuses) and ``unparseable``.
An unparseable answer is never folded into yes or no.

The parser is an ordered rule table (first match wins, see ``RULES``): refusals and
"no audio" first, then a leading yes/no word ("Yes, faintly", "No, I can't hear a dog"),
then hedges ("maybe", "hard to tell"), then negations anywhere ("There is no barking",
"I don't hear any dog"), then affirmations ("A dog is barking", "I can hear a siren"),
then a bare yes/no word anywhere ("The answer is no"). ``explain(text)`` says which rule fired.

With a ``target`` (the sound asked about: a phrase, or a sequence of terms such as a probe's ``target_terms``),
the answer is read from its structure (``TARGET_RULES``), not from cue lists: it is cut into clauses
(``scoring.clauses``: negation scope, contrast leads "rather than X", self-corrections, hedges), every sound it names
is found (``vocab.sounds.sound_mentions``, longest term first: "a bicycle bell" is not "bell") and related to the
class asked through the AudioSet ontology (``vocab.ontology``): the target or a narrower class, a word it shares with
another sound ("cat" asked about meowing), a broader class ("crying" asked about a baby crying) or another sound (a
bicycle bell asked about church bells). A source and what it does are one event ("crickets chirping" is crickets).
Asserted target -> yes; the target, a shared word or a broader class denied -> no ("it never meows", "isn't crying");
mixed -> a leading yes/no word, else the majority, ties to the last; hedged -> abstain; a shared word made specific
by another sound ("a cat purrs") or another sound alone -> no. An echoed question takes its reply's polarity
("Thunder? I'm not hearing it."); a conclusion clause about the target ("..., so I cannot determine whether ...")
decides alone; a denial limited in time ("no siren at first") does not outweigh the sound asserted later; only a
leading answer *particle* ("No.", "Yes,"), not a determiner ("No siren ..."), settles a mixed answer; a habit of a
kind ("Dogs bark to communicate") is no event of the clip; a reply whose last statement leaves the question open ("No,
there is no mention of waves in the transcription"; "..., so it's impossible to determine whether ...") abstains,
whatever answer word it opened with. A kind of the target or another sound denied by its own name leaves an asserted
target heard ("A cat purrs; it never meows" asked about a cat); a likeness ("which can sound similar to snoring") does
not outweigh a denial; an answer particle after an echoed question leads ("A dog barks? No, that's a seal"); a yes
doubted by an opening doubt ("I'm not certain. ...") or by an alternative offered after it ("..., though they could be
firecrackers") abstains; a target named only in a withdrawn part is another sound ("What you might think is a vacuum
is actually a fan"). An ``answer:`` field on any line decides; a probability given for the target ("Siren: 3%",
"confidence 0.45") denies it below 0.3 and hedges it up to 0.5; a field value ("...: none") denies its own key; a bare
trailing "maybe" hedges; "not X, Y" states Y; "no one answers the knocking" leaves the knocking heard; a belief a later
contrast revises ("I initially thought vacuum, but ...") states nothing; several echoed questions each take their own
particle. The standard of a comparison ("louder than a siren", "as loud as thunder") is not heard; a probability
named before the sound ("Probability of a siren: 0.04", "P(train) = 0.5") is read like one after it; a contrast that
re-identifies the sound just named as a kin of it ("..., but it is a ship's horn") decides; a possessive maker is
another kind ("a ship's horn"); answer particles of other languages ("Oui", "Nein") lead; an ``Answer:`` after the
reasoning on the same line decides; candidates offered one by one ("possibly a dog, possibly a big cat") abstain; one
list item does not specify another's shared word; "the answer is yes" ending a reasoning reply is an answer field, and
so is a presence field of a structured reply ('"present": false') about the target; a multiple-choice reply that picks
a bare letter ("(A) Train (B) Airplane - Correct answer: B") is read as the option under it; an animal or instrument named by its
own name makes the sound of the verb after it ("a ukulele strums" asked about a guitar, "a goose honks" asked about a
car horn); a broader class named only by a kind the lexicon files under it ("cicadas", an insect, asked about
crickets) is another sound, by its own name ("some insect") a broader one. ``verdict()`` adds the method
and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from enum import StrEnum
from itertools import pairwise

from .clauses import (
    CANNOT_PERCEIVE,
    CONCLUSIONS,
    CORRECTIONS,
    FORMER_BELIEF,
    HEDGE,
    NEGATIVE_DETERMINERS,
    NO_INFORMATION,
    SPEECH_VERB,
    TEMPORAL,
    Clause,
    clause_at,
    negated,
    normalize,
    split,
    stance,
)
from .verdict import Verdict


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    UNPARSEABLE = "unparseable"


#: A label before the answer word ("**Answer:** No.", "Response - yes").
_LABEL = r"^\W*(?:(?:final |short |my )?(?:answer|response|verdict|result|prediction|decision)\W+)?"

#: An answer given as a labelled field ("**Answer:** No. ...") is the verdict, whatever the description after it.
_ANSWER_FIELD = re.compile(r"(?:(?:^|[.!?]\s+)\W*(?:final |short |my )?(?:answer|response|verdict|result|prediction|decision"
                           r"|conclusion)"
                           # or stated as the conclusion of reasoning: "Therefore, the answer is yes."
                           r"\W+|\b(?:the|my) (?:final |short )?answer (?:is|would be|has to be)\W+)(yes|no|positive|negative)\b",
                           re.MULTILINE)
#: A presence field of a structured reply ('"present": false', "detected = true"): its value answers for the sound named.
_PRESENCE_FIELD = re.compile(r"\b(?:present|is_present|detected|is_detected|audible|heard|found)\W{0,3}[:=]\s*\W?(true|false"
                             r"|yes|no)\b")
#: A multiple-choice reply: its options ("(A) Train (B) Airplane") and the bare letter it picks last ("Correct answer: B.").
_OPTION = re.compile(r"(?:^|\s)\(?([a-e])[).:]\s+([^\n]+?)(?=\s+\(?[a-e][).:]\s|\s+[\u2014\u2013-]\s|[.;\n]|$)")
_CHOSEN = re.compile(r"\b(?:answer|option|choice)\W+(?:is\W+)?\(?([a-e])\)?\W*$")

#: (name, outcome, pattern) in the order they are tried. Patterns run on the lower-cased, space-collapsed text
#: with typographic apostrophes made plain.
RULES: tuple[tuple[str, Answer, re.Pattern[str]], ...] = tuple(
    (name, outcome, re.compile(pattern))
    for name, outcome, pattern in (
        ("no audio / cannot process audio or answer", Answer.ABSTAIN, CANNOT_PERCEIVE.pattern),
        ("yes and no", Answer.ABSTAIN, r"^\W*yes and no\b|\bboth yes and no\b"),
        ("leading no", Answer.NO,
         _LABEL + r"(not that i (can|could) (hear|tell|detect|make out)|not (to my ears|as far as i (can|could) (hear|tell)"
         r"|from what i (can |could )?hear|that i('m| am) aware of|that i (noticed|heard))"
         r"|no(?! doubt| idea)|nope|nah|nein|não|нет|non(?=\s*([,.!;]|$))|negative|false|not at all|not really|absolutely not"
         # CJK particles, before their punctuation ("不，", "いいえ、")
         r"|(?:不是|没有|不|いいえ|아니요|아니오)(?=\W|$)"
         # a Chinese answer restates the verb with its object ("没有打雷。": no thunder; "不是电话铃声，是闹钟")
         r"|(?:没有|不是)[\u4e00-\u9fff]{1,8}(?=[\uff0c\u3002\uff1b,.;!\uff01]|$)"
         # a negated noun opening the reply in other languages ("Kein Flugzeug.", "Nessun organo:", "Aucune sirène.")
         rf"|(?:{NEGATIVE_DETERMINERS})\s+[^\W\d_]+"
         r"(?:\s+[^\W\d_]+)?(?=\s*[.:;!,\u2014\u2013-]|$)"
         r"|definitely not|certainly not"
         r"|of course not|probably not|likely not|most likely not|almost certainly not|i don't think so|i do not think so"
         r"|i don't believe so|i do not believe so|it does not|it doesn't|there isn't|there aren't|there's none)\b"),
        ("leading yes", Answer.YES,
         _LABEL + r"(yes|yeah|yep|yup|oui|ja|sí|sì|sim|да|(?:是的|是|对|有的|はい|네|예)(?=\W|$)"
         r"|有(?=[\uff0c\u3002\uff01,.!]|$)|yes indeed|correct|affirmative"
         r"|positive|true|indeed|absolutely|certainly"
         r"|definitely|of course|sure"
         r"|no doubt|i think so|i believe so|probably|likely|most likely|almost certainly|it does|that's right|right)\b"
         # "Sure! Here's a summary: ...": the word takes up the request, it does not answer it
         r"(?!\W+(here's|here is|here are|let me|let's|i'd be happy|i'm happy|happy to|(i can|i'll|i will|i'd|i would)"
         r" (help|describe|analy[sz]e|transcribe|summari[sz]e|do that|write))\b)"),
        ("hedge", Answer.ABSTAIN, HEDGE.pattern),
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


#: A reasoning model's deliberation before its answer ("<think>Could be thunder, but ...</think> Answer: no").
_REASONING = re.compile(r"<(think|thinking|reasoning|thought)>.*?</\1>", re.DOTALL | re.IGNORECASE)


def _norm(text: str) -> str:
    """Normalised text with its line breaks kept: a line of a list, a heading or a "key: value" field is a sentence. A
    reasoning block the reply answers after is the model's deliberation, not its answer."""
    answer = _REASONING.sub(" ", str(text))
    return "\n".join(" ".join(line.split()) for line in normalize(answer if re.search(r"\w", answer) else text).splitlines())


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _bare(word: str) -> str:
    """The lower-case word without a possessive ending ("Thunder's" -> "thunder")."""
    return re.sub(r"'s?$", "", word.lower())


def _names(text: str) -> frozenset[tuple[str, str]]:
    """Words written as a name: a capitalised run that a lower-case word of its line leads into ("the old Snake game",
    "the Oklahoma City Thunder", "playing 'Duck, Duck, Goose'"), each as (the word before it, the word), lower-cased.
    A run opening a line, sentence, cell or field ("Thunder rolls.", "| Church Bells |") is no name."""
    out: set[tuple[str, str]] = set()
    for line in str(text).splitlines():
        words = list(_WORD.finditer(line))
        lower = False  # the run of capitalised words so far was led into by a lower-case word
        for a, b in pairwise(words):
            w = b.group()
            if re.fullmatch(r"[\s,'\"\u2018\u2019\u201c\u201d(]*", line[a.end():b.start()]) is None \
                    or not w[0].isupper() or w.isupper() or w.startswith("I'"):
                lower = False
                continue
            lower = lower or a.group()[0].islower()
            if lower:
                out.add((_bare(a.group()), _bare(w)))
    return frozenset(out)


_WORD_BEFORE = re.compile(r"([a-z][a-z'-]*)[\s,'\"(]*$")


def _named(t: str, start: int, end: int, names: frozenset[tuple[str, str]]) -> bool:
    """The mention ``t[start:end]`` is a word of a name (:func:`_names`): "the Snake game", "Owl from Winnie-the-Pooh";
    not an adjective written with a capital ("a French horn", "Tibetan singing bowls")."""
    from ..vocab.word_classes import in_class

    prev = _WORD_BEFORE.search(t, max(0, start - 40), start) if names else None
    word = t[start:end].split()[0]
    return prev is not None and (_bare(prev.group(1)), word) in names and not in_class(word, "adj")


def _rule(name: str) -> re.Pattern[str]:
    return next(p for n, _, p in RULES if n == name)


#: A kind named as a subject: a bare or indefinite noun phrase ("ducks", "a duck", "vacuum cleaners"), not one this
#: clip's (the, this, its, two ...) nor a pronoun.
_KIND_SUBJECT = (r"(an? )?(?!(the|this|these|those|that|some|its|their|my|our|your|his|her|both|two|three|several|many"
                 r"|there|it|i|we)\b)([a-z-]+ ){0,2}[a-z]+")
_GENERIC = re.compile(rf"^\W*{_KIND_SUBJECT}s (are|make|have|can be) (?!(\w+ing|audible|present|heard|there|in|clearly"
                      r"|faintly|also|still|everywhere|barely|loud and)\b)"
                      # a habit of a kind, not an event of the clip: "Dogs bark to communicate with their owners."
                      r"|^\W*[a-z]+s (usually |often |typically |generally |commonly |tend to |can |may )?[a-z]+"
                      r" (to (?!the\b|a\b|an\b|each\b)[a-z]+|when|whenever|because)\b"
                      # the kind's history: "Sirens were invented in the 18th century."
                      r"|^\W*[a-z]+s (were|are|have been) (first |originally )?(invented|developed|designed|introduced|patented"
                      r"|created|domesticated|named|bred)\b"
                      # a kind's habits stated with a frequency word: "Vacuum cleaners typically produce 70-80 dB."
                      rf"|^\W*{_KIND_SUBJECT}s (usually|often|typically|generally|commonly|normally|tend to) "
                      # a definition: "A duck is a waterfowl of the family Anatidae", "Sirens are a type of alarm"
                      rf"|^\W*{_KIND_SUBJECT} (is|are) (an?|any) (?!(\w+ ){{0,3}}(sound|noise|recording|clip|audio)s?\b)"
                      r"(\w+ ){0,3}(of|that|which|used|found)\b"
                      rf"|^\W*{_KIND_SUBJECT} (is|are) (a|any) (type|kind|sort|member|form|family|species|genus|group"
                      r"|class) of\b")
#: A denial of presence ("No dog was detected", "there is no sheep"), not of a mention or a description.
_ABSENT = re.compile(r"\b(no|none|absent|not (present|detected|heard|audible|there))\b")
_SILENCE = re.compile(r"\bsilen(ce|t)\b")
#: The answer names some sound the lexicon does not know ("That's the sound of popcorn popping.").
_UNNAMED_SOUND = re.compile(r"\b(the sound of|sounds? like|only hear|is the sound of|consists? of|features?|recording of)\s+"
                            r"(?!(it|that|this|them|something|anything|nothing|one)\b)(an? |the |some )?[a-z]{3,}"
                            r"|^\W*(an?|the|some)\s+([a-z'-]+\s+){0,2}(whirs|whirrs|hums|buzzes|beeps|clicks|rumbles|roars|whines"
                            r"|hisses|crackles|rattles|squeaks|creaks|clatters|drones|thuds|bangs|ticks|dings|chimes|sizzles"
                            r"|gurgles|splashes|pops|calls|squawks|screeches|trills|brays|bellows|squeals|clanks|clangs|thumps"
                            r"|(is|are) (whirring|humming|buzzing|beeping|clicking|rumbling|roaring|whining"
                            r"|hissing|crackling|rattling|squeaking|creaking|droning|ticking|sizzling)"
                            # a source played by someone: "A handbell is rung", "a gong is struck"
                            r"|(is|are|was|were|gets|get) (being )?(rung|struck|played|blown|honked|sounded|tapped|banged"
                            r"|plucked|strummed|shaken|beaten))\b")
#: A reply to an echoed question ("Music? None that I could pick out."; "Is it a siren? No."): its polarity.
_REPLY_YES = re.compile(r"^\W*(also |then )?(yes|yeah|yep|yup|correct|true|indeed|affirmative|absolutely|definitely|certainly"
                        r"|of course|it is|it does|there is|there are)\b")
_REPLY_NO = re.compile(r"^\W*(also |then |short answer\W+)?(no|nope|nah|none|not|never|negative|false|incorrect|nothing"
                       r"|it isn't|it is not|there isn't|there is not)\b|\b(not|no|never|none|nothing)\b|n't\b")
#: A speaker and a verb reporting what they say ("the woman says she ...", "the speaker is explaining how ..."): the words
#: after it are the content of the speech, not sounds in the clip.
_REPORTED_SPEECH = re.compile(r"\b(speakers?|narrator|man|woman|men|women|person|voice|he|she|they|someone|somebody|host"
                              r"|presenter|announcer|child|boy|girl|guy|lady|caller|reporter)\b[^.;:]{0,25}?\b"
                              r"((talks?|talking|talked|complains?|complaining|jokes?|joking) about|reads? out|reading out"
                              r"|gives? instructions|giving instructions"
                              r"|(says|said|saying|mentions?|mentioned|mentioning|explains?|explained|explaining|discuss(?:es|ed|ing)?"
                              r"|asks?|asked|asking|tells?|told|telling|announces?|announced|announcing|describes|described"
                              r"|describing)"
                              # followed by a clause or a topic ("says she ...", "explaining how ..."), not by a word said
                              # ("A man says hello.": the speech as a sound)
                              r"(?=\s+(that|how|what|why|when|where|whether|if|about|she|he|they|it|we|i|you|the|his|her"
                              r"|their|to)\b))\b")
#: Words taking up a request before asking about it ("Sure!", "Of course.", "Happy to help!").
_TAKING_UP = re.compile(r"\W*(sure|of course|okay|ok|certainly|absolutely|hmm+|hi|hello|hey|happy to help|glad to help"
                        r"|i'd be happy to help|great question|what a great question)\W*")
#: A reply that opens by handing over another text ("Here is a short poem about rain:", "Sure! Here's a haiku ...").
_ANOTHER_TASK = re.compile(r"^\W*((sure|of course|certainly|okay|ok)\W+)?(here is|here's|here are|below is)\b[^.:\n]{0,40}?"
                           r"\b(poem|story|song|haiku|essay|limerick|joke|recipe|summary|list of tips|tips|facts|lyrics|script"
                           r"|letter|email|paragraph)\b")
#: The device or place a recording was made with ("recorded on a phone", "made with a smartphone microphone").
_RECORDED_WITH = re.compile(r"\b(made|recorded|captured|taken|filmed|shot)( \w+)? (with|on|using|through|via) (an? |the |some"
                            r"|\w+'s )?([\w-]+ ){0,2}$")
#: A quotation: in double or curly quotes, or in single quotes that are no apostrophes.
_QUOTED = re.compile(r"\"([^\"\n]+)\"|\u201c([^\u201d\n]+)\u201d|\u2018([^\u2019\n]+)\u2019|(?<!\w)'([^'\n]+?)'(?!\w)")
#: What a quoted title follows ("Title: \"Summer Breeze\"", "a song called 'Thunder Road'"): the quote is a work's name.
_TITLE_BEFORE = re.compile(r"\b(title|titled|entitled|called|named|song|track|album|single|episode|film|movie|book|show)"
                           r"\W{0,4}$")
#: A suffix making a sound's name a likeness ("marimba-style", "siren-like", "bell-shaped", "horn-ish").
_LIKENESS_SUFFIX = re.compile(r"-(style|styled|like|type|esque|ish|sounding|inspired|shaped|themed)\b")
#: A sound as the subject of "would" ("A real smoke alarm would be much louder", "a dog would bark more often"): what it
#: would be like, said of a sound that is not there; the clause states no sound heard. The subject: what leads the
#: clause, then the mention ...
_IRREALIS_BEFORE = re.compile(r"\W*((but|and|whereas|while|so|because)\s+)?((a|an|the|any|real|actual|genuine|true|typical"
                              r"|normal)\s+){0,3}$")
#: ... then "would" or "'d" within two words ("A smoke alarm would", "a real siren's wail would").
_IRREALIS_AFTER = re.compile(r"(\w*(\s|'s\s)){0,2}?(would|'d)\b(?!\s+you\b)")
#: ... or one of several subjects joined by "or"/"and" ("fireworks or a nail gun would sound similar").
_IRREALIS_JOINED = re.compile(r"\W*((but|and|whereas|while|so|because)\s+)?((a|an|the|any|real|actual|genuine|true|typical"
                              r"|normal)\s+){0,3}([a-z'-]+\s+){0,2}?[a-z'-]+(\s*,\s*|\s+(or|and|nor)\s+)((a|an|the|any|real"
                              r"|actual|genuine|true|typical|normal)\s+){0,3}([a-z'-]+\s+)?$")
#: A new subject after reported speech ("A man says hello and a dog barks"): what follows is heard again.
_NEW_SUBJECT = re.compile(r"\s(and|while|as|then|but|whereas)\s+(then\s+)?(a|an|the|some|another|there)\b")
#: An alternative offered to the identity a reply says yes to ("Yes, though it might also be a seal").
_ALTERNATIVE = re.compile(r"\b(it|that|this|they|the sound|the noise)( \w+)? (might|could|may)( also| just as well| equally"
                          r"| as easily)? be\b")


def _in_reported_speech(t: str, clause: Clause, pos: int) -> bool:
    """``t[pos]`` lies in what a speaker is reported to say in ``clause``."""
    said = _REPORTED_SPEECH.search(t, clause.start, clause.end)
    end = said.end() if said else _said_from(t, clause.start, clause.end)
    if end is None or pos < end:
        return False
    new = _NEW_SUBJECT.search(t, end, clause.end)
    return new is None or pos < new.start()


_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?|['\"‘“:]")
#: Who may be reported to speak besides a person noun.
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "someone", "somebody", "everyone", "people", "nobody"})
#: What starts the content of a speech act: a clause, a topic or a quotation.
_SAID = frozenset({"that", "how", "what", "why", "whether", "if", "about", "'", '"', "\u2018", "\u201c", ":"})
#: What starts a reported question.
_ASKED = frozenset({"how", "what", "why", "whether", "if"})


#: Verbs of communication whose object is what is talked about ("discuss the fire alarm", "mention a dog").
_TOPIC_VERBS = frozenset({"discuss", "mention", "describe", "recommend", "suggest", "propose", "recount", "praise",
                          "criticize", "criticise"})


def _is_person(word: str) -> bool:
    """A pronoun for someone speaking or a noun whose first WordNet sense is a person ("the farmer", "the farmers")."""
    from ..vocab.word_classes import in_class
    from .compounds import singulars

    return word in _SPEAKER_PRONOUNS or any(in_class(x, "person") for x in singulars(word))


def _said_from(t: str, start: int, end: int) -> int | None:
    """Where the content of a speech act reported in ``t[start:end]`` starts, or None: a speaker (a pronoun, or a noun
    whose first WordNet sense is a person: "the farmer") and within four words a verb of communication (its first sense:
    "talks", "remarks", "calls out"; not one that names a sound but speech: "cries"), then, within four more words ("on
    the phone"), what is said: a clause, a topic ("about his cattle") or a quotation ("'two chicken sandwiches'"); or
    right after a verb whose object is the topic ("discuss installing a fire alarm")."""
    from ..vocab.sounds import sound_terms
    from ..vocab.word_classes import in_class

    words = [(m.group(), m.end()) for m in _WORDS.finditer(t, start, end)]
    heard = sound_terms(exclude_speech=True)
    for i, (w, _) in enumerate(words):
        if not _is_person(w):
            continue
        for j in range(i + 1, min(i + 5, len(words))):
            bases = _verb_bases(words[j][0])
            if any(in_class(v, "speech_verb") for v in bases) and not any(b in heard for b in bases):
                # a verb of communication that names no sound but speech ("cries", "screams" are heard)
                if _TOPIC_VERBS & set(bases):  # "the speakers discuss installing a fire alarm": its object is the topic
                    return words[j][1]
                said = next((k for k in range(j + 1, min(j + 6, len(words))) if words[k][0] in _SAID), None)
                if said is not None and not (words[said][0] in _ASKED and "ask" in bases):
                    return words[said][1]
                break  # "the user asked whether there is rain": a reported question is the question echoed
    return None


_SUBJECT_BEFORE = re.compile(r"\b([a-z]+)\s+([a-z]+ly\s+)?$")


def _person_does(t: str, start: int, end: int, asked: tuple[str, ...], sounds_at: Collection[int] = ()) -> bool:
    """An animal's sound word said as the verb of a person ("a man crows triumphantly", "the coach barks orders", "she
    purrs"), asked about an animal: what a person does, not the animal heard. ``sounds_at``: where sound mentions start;
    a sound's source is no person ("a tiger growls", though WordNet's first "tiger" is a fierce person)."""
    from ..vocab.ontology import ancestors

    word = t[start:end]
    if " " in word or not _VERB.search(word) or not asked or not all("Animal" in ancestors(lab) for lab in asked):
        return False
    prev = _SUBJECT_BEFORE.search(t, max(0, start - 40), start)
    return prev is not None and prev.start(1) not in sounds_at and _is_person(prev.group(1))


def _verb_bases(word: str) -> tuple[str, ...]:
    """``word`` and the bases it may be a regular inflection of ("remarks", "talked", "calling": remark, talk, call)."""
    from .compounds import singulars

    out = list(singulars(word))
    for suffix in ("ing", "ed", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[:-len(suffix)]
            out += [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return tuple(out)


#: Words that may stand between a sound's source and what it does without making them two sounds.
#: "No, it's not just one horn": after the answer word, a count corrected upward.
_UPWARD = re.compile(r"\W*(it's |it is |there's |there is |there are |that's )?not (just|only|merely)\b")
#: "other" before a sound denied ("no other animals", "nothing from any additional birds"): the denial leaves out the
#: sounds the reply already named, so it says nothing about them.
_OTHER_BEFORE = re.compile(r"\b(other|else|additional|further|more)\s+$")
_SAME_EVENT_GAP = re.compile(r"^[\s-]*((is|are|was|were|be|being|been|a|an|the|that|which|who|keeps|kept|starts|started"
                             r"|'s|of|its|their)[\s-]+)*$")


def _target_terms(target: str | Iterable[str]) -> tuple[str, ...]:
    """A phrase ("a car horn") is expanded to its sound's synonyms; each item of a sequence of terms only through
    the label it exactly belongs to (a probe's ``target_terms`` are expanded already: guessing again drifts)."""
    if isinstance(target, str):
        return _expanded_phrase(target)
    return _expanded_terms(tuple(str(x) for x in target))


def _expanded_phrase(phrase: str) -> tuple[str, ...]:
    from ..vocab.sounds import target_terms

    return target_terms(phrase, phrase)


def _expanded_terms(items: tuple[str, ...]) -> tuple[str, ...]:
    from ..vocab.sounds import exact_terms

    out: list[str] = []
    for item in items:
        terms = exact_terms(item)
        # a phrase that is no label's term ("a siren", "an ambulance siren") is read as a phrase; a bare word stays itself
        out += terms if len(terms) > 1 or len(item.split()) < 2 else _expanded_phrase(item)
    return tuple(dict.fromkeys(out))


def _target_labels(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The AudioSet classes the target names: those whose display name holds the first term (``target_terms`` puts
    the label's own name first; its synonyms may name narrower or other classes: "bell" for Church bell)."""
    from ..vocab.sounds import LEXICON, owners

    if not terms:
        return ()
    first = terms[0].strip().lower()
    named = tuple(lab for lab in LEXICON if first in (p.strip().lower() for p in re.sub(r"\([^)]*\)", "", lab).split(",")))
    return named or owners(first)


def _asked(t: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The classes the question asks about. The question's phrase may name what its source does ("a dog barking" for
    the label Dog: a source and an action, Bark); when the reply speaks of that action or another of the source's by its
    own name ("it growls; I never hear it bark", "a dog is there, but it only growls"), it is read against the action,
    so the source heard doing something else is no yes."""
    from ..vocab.ontology import ancestors, parents
    from ..vocab.sounds import labels_in, sound_mentions

    named = _target_labels(terms)
    for term in terms[1:]:
        words = term.split()
        # the phrase's source is one of the label's names ("a rooster crowing" for "Chicken, rooster")
        if len(words) < 2 or not any(w.endswith("ing") for w in words[1:]) \
                or not any(x.startswith(words[0].rstrip("s")) for x in terms if len(x.split()) == 1):
            continue
        below = labels_in(term)
        # the reply names that action or a sibling of it by its own name ("it only growls": Growling and Bark, both Dog's)
        kin = {p for lab in below for p in parents(lab)}
        if below and all(ancestors(lab) & set(named) for lab in below) and any(
                _own_name(m, lab) for _, _, matched, labels in sound_mentions(t, terms) for m in matched
                for lab in labels if lab in below or (lab not in named and set(parents(lab)) & kin)):
            return below
    return named


def _relation(matched: tuple[str, ...], labels: tuple[str, ...], terms: tuple[str, ...], asked: tuple[str, ...]) -> str:
    """How one sound mention relates to the target: "target" (it names the target, a narrower class, or a broader
    one it is also a word for: "bell" for church bells), "generic" (a word the target shares with a different
    sound: "cat" asked about meowing also names purring), "broader" (only classes above the target: "crying"
    asked about a baby crying) or "other" (a different sound: a bicycle bell asked about church bells)."""
    from ..vocab.ontology import most_specific, relation

    named = any(m in terms for m in matched)
    if not labels or not asked:
        return "target" if named else "other"
    rels = {lab: relation(lab, asked) for lab in labels}
    mine = any(r in ("same", "narrower") for r in rels.values())
    if mine and "other" not in rels.values():
        return "target"
    if mine or named:
        return "generic"
    if all(rels[lab] == "broader" for lab in most_specific(labels)):
        # a broader class named by a word of its own ("an insect"), not by one of the kinds under it that the lexicon
        # files there ("cicadas" asked about crickets: another insect)
        return "broader" if any(_own_name(m, lab) for m in matched for lab in labels) else "other"
    return "other"


#: (relation to the target, stance, clause, classes named, classes named by their own name, whether no other sound is
#: part of the event, whether it is only named as what another sound resembles)
Event = tuple[str, str, Clause, frozenset[str], frozenset[str], bool, bool]
#: A likeness before a sound ("which can sound similar to snoring", "reminiscent of a siren"): a comparison, at the end
#: of the text before the mention.
_LIKENESS = re.compile(r"\b(similar to|resembl\w*|reminiscent of|akin to|(sounds?|sounding|sounded) (a (bit|lot) )?like)"
                       r"\W+(an? |the |some )?$")


def _own_name(term: str, label: str) -> bool:
    """``term`` is ``label``'s own name or one of its comma-separated names ("cattle" for "Cattle, bovinae"), not only
    a synonym the lexicon gives it ("cattle" is also listed for "Moo")."""
    for part in re.sub(r"\([^)]*\)", "", label).lower().split(","):
        part = part.strip()
        if term == part or term in (part + "s", part + "es", part + "ing") or part in (term + "s", term + "es", term + "ing"):
            return True
    return False


#: The sources that make their own sounds: what an animal or an instrument does is its sound.
_ANIMATE = frozenset({"Animal", "Musical instrument"})
#: A verb's inflection ending a mention ("growls", "strumming", "barked").
_VERB = re.compile(r"[a-z](s|ing|ed)$")


def _events(t: str, terms: tuple[str, ...], clauses: tuple[Clause, ...], asked: tuple[str, ...] | None = None,
            names: frozenset[tuple[str, str]] = frozenset()) -> list[Event]:
    """(relation to the target, stance, clause, classes named, classes named by their own name, whether no other sound
    is part of the event) for each sound event the answer states outside questions.

    A source and what it does form one event ("crickets chirping", "a cat purrs", "a crowd applauds"): a word only the
    target has makes it the target ("applauds", "a motorcycle engine" asked about an engine); otherwise a different
    source or action makes it another sound ("purrs" asked about meowing; "chirp" is a bird's and a cricket's)."""
    from ..vocab.ontology import ancestors
    from ..vocab.sounds import sound_mentions
    from .compounds import modifies_a_noun

    asked = _target_labels(terms) if asked is None else asked
    groups: list[list[tuple[int, int, str, tuple[str, ...], tuple[str, ...]]]] = []
    last: tuple[int, Clause | None] = (-1, None)
    replies: dict[Clause, str] = {}
    mentions = sound_mentions(t, terms)
    starts = {m[0] for m in mentions}
    quotes = list(_QUOTED.finditer(t))
    # a sentence that opens as a statement about a kind speaks of the kind, not of the clip, to its end ("Ducks are
    # generally smaller than swans and geese.")
    generic = {c.sentence for i, c in enumerate(clauses)
               if (i == 0 or clauses[i - 1].sentence != c.sentence) and _GENERIC.match(c.text)}
    firsts: dict[Clause | None, tuple[int, int, tuple[str, ...], tuple[str, ...]]] = {}  # each clause's first mention
    for m in mentions:
        firsts.setdefault(clause_at(clauses, m[0]), m)
    for start, end, matched, labels in mentions:
        clause = clause_at(clauses, start)
        if clause is not None and _in_reported_speech(t, clause, start):
            continue  # "she says she'll take the dog out": the dog is in what is said, not in the clip
        first = firsts.get(clause)
        if first and _IRREALIS_BEFORE.match(t, clause.start, first[0]) and _IRREALIS_AFTER.match(t, first[1]):
            continue  # "A smoke alarm would be much louder": what the sound would be like, not that it is heard
        if first and start > first[0] and _IRREALIS_JOINED.match(t, clause.start, start) and _IRREALIS_AFTER.match(t, end):
            continue  # "..., but fireworks or a nail gun would sound similar": one of the subjects of "would"
        if any(q.start() < start and end < q.end() and len(q.group(q.lastindex or 0).split()) >= 4 for q in quotes):
            continue  # "the lyric 'here comes the rain again'": words quoted, sung or said, not a sound heard
        if any(q.start() < start and end < q.end() and _TITLE_BEFORE.search(t, max(0, q.start() - 12), q.start())
               for q in quotes):
            continue  # 'Title: "Summer Breeze (Live)"': a work's name, not a sound heard
        if _LIKENESS_SUFFIX.match(t, end):
            continue  # "a marimba-style ringtone", "a siren-like whine": a likeness, not the sound
        if _RECORDED_WITH.search(t[max(clause.start if clause else 0, start - 40):start]):
            continue  # "made with a smartphone microphone": the device that recorded the clip is not heard in it
        if clause is not None and clause.question and not clause.retracted:
            said = _reply(clauses, clause)
            if said:
                replies[clause] = said
        if clause is None or (clause.question and clause not in replies) or clause.retracted or _GENERIC.match(clause.text) \
                or clause.sentence in generic:
            continue
        rel = _relation(matched, labels, terms, asked)
        own = tuple(lab for lab in labels if any(_own_name(m, lab) for m in matched))
        if modifies_a_noun(t, start, end, matched[0], starts) or _named(t, start, end, names) \
                or (rel in ("target", "generic") and _person_does(t, start, end, asked, starts)):
            # "a water heater hums", "a sea lion": a thing's name, not a sound's; "the old Snake game": a name; "a man
            # crows triumphantly": what a person does, not the animal
            rel, labels, own = "other", (), ()
        if groups and last[1] is clause and _SAME_EVENT_GAP.match(t[last[0]:start]):
            groups[-1].append((start, end, rel, labels, own))
        else:
            groups.append([(start, end, rel, labels, own)])
        last = (end, clause)
    out = []
    name_words = {w for lab in asked for w in re.findall(r"[a-z]+", lab.lower())}
    for k, group in enumerate(groups):
        rels = [g[2] for g in group]
        # "a rotary phone's bell" asked about a telephone bell ringing: the other word is a word of the class's own name,
        # so the source and its part name the target together
        part = ["part" if r == "other" and set(re.findall(r"[a-z]+", t[g[0]:g[1]])) <= name_words else r
                for g, r in zip(group, rels, strict=True)]
        if len(group) > 1 and "part" in part and all(r in ("target", "generic", "part") for r in part):
            rels = ["target"] * len(rels)
        for j in range(len(group) - 1):  # "a bicycle horn", "a ship's horn": the source before the word makes it another
            # kind of horn
            if rels[j:j + 2] == ["other", "target"] and t[group[j][1]:group[j + 1][0]].strip() in ("", "'s") \
                    and not _fits(group[j][3], group[j + 1][3]):
                rels[j + 1] = "other"
                if len(group) == 2:
                    break
        for j in range(len(group) - 1):  # "a tiger growls" asked about a cat, "a ukulele strums" asked about a guitar:
            # an animal or instrument named does what the verb after it says; the verb is its sound
            if rels[j] == "other" and group[j][4] and all(_ANIMATE & ancestors(lab) for lab in group[j][4]):
                rels[j + 1:] = ["other" if r in ("target", "generic") and _VERB.search(t, group[k][0], group[k][1]) else r
                                for k, r in enumerate(rels[j + 1:], j + 1)]
                break
        generic = frozenset(lab for g, r in zip(group, rels, strict=True) if r == "generic" for lab in g[3])
        if generic and "target" not in rels and not any(
                _specifies(frozenset(g[3]), generic) for g, r in zip(group, rels, strict=True) if r == "other"):
            # "the audience claps" asked about applause: the source is none of the kinds the shared word names, so it
            # does not make the word another sound (as "crickets" does "chirping" asked about birds)
            rels = ["generic" if r == "other" else r for r in rels]
        if "other" in rels and "target" not in rels:
            rel = "other"  # "a cat purrs" asked about meowing; "crickets chirping" asked about birds
        else:
            rel = next(r for r in ("target", "generic", "broader", "other") if r in rels)
        start, end = group[0][0], group[-1][1]
        clause = clause_at(clauses, start)
        assert clause is not None
        said = replies.get(clause) or stance(t, clause, start, end)
        said = _restated(t, clauses, clause, said, rel, (group[0][0], group[-1][1]),
                         (groups[k - 1][-1][1] if k else 0, groups[k + 1][0][0] if k + 1 < len(groups) else len(t)))
        if said == "withdrawn" or (said == "denied" and _OTHER_BEFORE.search(t, clause.start, start)):
            continue  # "A rooster crows. No other animals are audible.": the denial excludes what was named
        out.append((rel, said, clause, frozenset(lab for g in group for lab in g[3]),
                    frozenset(lab for g in group for lab in g[4]), "other" not in rels,
                    bool(_LIKENESS.search(t, clause.start, start))))
    return out


#: A probability or confidence given for a sound: a percentage ("Siren: 3%", "(confidence 92%)"; not a share, "10% of
#: the clip"), or a fraction named as one ("confidence: 0.55", "score 0.2") or standing alone in brackets ("Dog (0.64)";
#: not a time or a range, "(0.0-9.8 s)"), on the sound's line or a confidence line under it.
_PROBABILITY_AFTER = re.compile(r"[^\n]*?(?:\n(?=\W*(?:confidence|probability|prob|score|likelihood)\b)[^\n]*?)?"
                                r"(?:(?<![\d:.])(\d{1,3}(?:\.\d+)?)\s*(?:%|/\s*100\b)(?!\s*of\b)"
                                r"|(?:\b(?:confidence|probability|prob|score|likelihood|p)\W{0,4}|\()(0?\.\d+|1\.0+|0|1)"
                                r"(?![\d:.]|\s*[-\u2013]|\s*(?:s|sec|secs|seconds|db)\b))")
#: A probability named before the sound and given after it ("Probability of a siren: 0.04", "P(train) = 0.5").
_PROBABILITY_NAMED = re.compile(r"\b(probability|prob|chance|likelihood|confidence|p)\W{0,3}(of |that |for )?(an? |the )?"
                                r"\W{0,2}$")
_PROBABILITY_VALUE = re.compile(r"\W{0,2}(present|detected|is present|audible)?\s*[:=]\s*"
                                r"(?:(\d{1,3}(?:\.\d+)?)\s*%|(0?\.\d+|1\.0+|0|1)"
                                r"(?![\d%]|[:.]\d))")
#: A probability stated before the sound it is for ("about a 50% chance that's an owl").
_PROBABILITY_BEFORE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%\s*(?:chance|probability|likelihood|likely|sure|certain|confident"
                                 r"|confidence)\b[^\n.;,]*$")
#: A field whose value denies every sound its key names ("Background music under speech: none", "Crying: not detected").
_EMPTY_VALUE = re.compile(r"(?:^|[,|;\n])([^,|;\n:]*):\s*(none|no|n/?a|null|nil|false|absent|zero|0|0%"
                          r"|not (detected|present|heard|found|audible))\W*$")
#: A bare hedge closing the statement before it ("..., maybe.", "..., I guess?").
_TRAILING_HEDGE = re.compile(r"^\W*((though|although|but)\W+)?(maybe|perhaps|possibly|i think|i guess|not sure|i'm not sure"
                             r"|or not)\W*$")
#: "Not X, Y": the negation reaches X only.
_NOT_THIS_BUT = re.compile(r"\W*not\s+(an?\s+|the\s+)?[\w' -]{1,30}?,(?![^\n]*(\b(no|not|never|nor|or)\b|n't\b))")
#: Nobody as the subject of a verb whose object is the sound ("No one answers the knocking at the door"): the negation
#: denies the agent, not the sound, unless the verb perceives or makes it ("nobody hears a dog", "no one makes a sound").
_NOBODY_DOES = re.compile(r"\b(no one|no-one|nobody)\s+(?!(hears?|heard|notices?|noticed|detects?|detected|makes?|made|is|was"
                          r"|are|were|can|could|does|did|has|had)\b)[a-z]+s?\s+((up|out|off|down|on|in)\s+)?(to\s+|at\s+|about\s+)?(the|that|this|its"
                          r"|their|his|her)\s+((?!(no|not|never|nor|without)\b)[a-z'-]+\s+)*$")
#: The standard a sound is compared with ("as loud as thunder", "louder than a siren", "compared to the lawn mower").
_STANDARD = re.compile(r"\b(as (\w+ ){1,2}as|(?!(other|rather|further)\b)\w+er than|(more|less) (\w+,? (and |or )?){1,3}than"
                       r"|compared (to|with)|in comparison (to|with))"
                       r"\s+(an?\s+|the\s+|some\s+|any\s+)?([a-z'-]+\s+)?$")
_CONTRAST_LEADS = ("but", "however", "though", "although", "yet", "whereas")


def _restated(t: str, clauses: tuple[Clause, ...], clause: Clause, said: str, rel: str, span: tuple[int, int],
              around: tuple[int, int]) -> str:
    """The stance of the mention at ``span`` once the structure around it is read: a probability given for a sound about
    the target (below 0.3 denied, up to one half hedged, up to 0.6 when stated as odds), a field value denying its
    key, a bare hedge closing its statement, "not X, Y" (Y stated), nobody doing something to it (heard), or a belief
    a later contrast revises ("withdrawn": the mention states nothing). ``around``: where the mentions before and
    after it end and start."""
    start, end = span
    if said == "asserted" and rel != "other":
        # a probability stated before reaches every sound up to the mention in its clause ("a 40% chance those hoots are
        # from an owl"), not across a comma ("Dog: 90% chance, siren ...")
        m = _PROBABILITY_AFTER.match(t, end, around[1]) or _PROBABILITY_BEFORE.search(t, clause.start, start)
        p = (float(m.group(1)) / 100 if m.group(1) else float(m.group(2))) if m else None
        even = 0.5  # a tagger's score beside a detected sound ("Bark (0.59)") reports a detection above one half
        if m is None and _PROBABILITY_NAMED.search(t, max(around[0], clause.start), start):
            v = _PROBABILITY_VALUE.match(t, end, around[1])
            p = (float(v.group(2)) / 100 if v.group(2) else float(v.group(3))) if v else None
            even = 0.6  # odds stated as a probability leave near-even odds open ("Probability of a siren: 0.55")
        if p is not None and p <= 1:
            return "denied" if p < 0.3 else "hedged" if p <= 0.5 or p < even else said
    if said == "asserted":
        field = _EMPTY_VALUE.search(clause.text)
        if field and clause.start + field.start(1) <= start < clause.start + field.end(1):
            return "denied"
        # the key and its value cut into two clauses ("piano: false" on a line of its own)
        line = (t.rfind("\n", 0, start), t.find("\n", end) % (len(t) + 1))
        field = _EMPTY_VALUE.search(t, max(0, line[0]), line[1])
        if field and field.start(1) <= start < field.end(1) and not re.search(r"[.!?]\s", field.group(1)):
            return "denied"
        i = clauses.index(clause)
        if i + 1 < len(clauses) and clauses[i + 1].sentence == clause.sentence and not clauses[i + 1].question \
                and _TRAILING_HEDGE.match(clauses[i + 1].text):
            return "hedged"
    contrast = _NOT_THIS_BUT.match(clause.text)
    if said == "denied" and contrast and clause.start + contrast.end() <= start:
        return "asserted"
    nobody = _NOBODY_DOES.search(t, clause.start, start)
    if said == "denied" and nobody and not _sounds_it(t, nobody.start()):
        return "asserted"  # "No one answers the knocking": nobody does something to the sound, which is heard
    if said == "asserted" and _STANDARD.search(t, max(0, clause.start - 30), start):
        return "withdrawn"  # "as loud as thunder", "louder than a siren": the standard of a comparison is not heard
    if FORMER_BELIEF.search(t, clause.start, start) and any(
            c.start > clause.start and c.sentence == clause.sentence and (c.lead in _CONTRAST_LEADS or c.lead in CORRECTIONS)
            for c in clauses):
        return "withdrawn"
    return said


def _sounds_it(t: str, pos: int) -> bool:
    """The verb after "nobody" at ``pos`` makes a sound (WordNet's first sense: "Nobody rings the doorbell", "no one
    honks"): nobody makes the sound, which stays denied."""
    from ..vocab.word_classes import in_class

    verb = re.match(r"(no one|no-one|nobody)\s+([a-z]+)", t[pos:])
    return bool(verb and any(in_class(v, "sound_verb") for v in _verb_bases(verb.group(2))))


def _fits(source: tuple[str, ...], head: tuple[str, ...]) -> bool:
    """A made thing can name the maker of a made sound's class ("truck" for a vehicle horn: both under motor vehicles) or
    not ("bicycle"): the head's parents and their parents (the ontology's top categories aside) meet the source's own
    classes or their ancestors. No lineage to compare (a class under a top category only) fits."""
    from ..vocab.ontology import ancestors, parents

    made = {"Sounds of things", "Musical instrument"}
    if not all(made & ancestors(x) for x in (*source, *head)):
        return True  # only a made thing names another kind of made thing ("the audience laughs" is no compound)
    near = {p for h in head for q in parents(h) for p in (q, *parents(q)) if parents(p)}
    mine = {lab for s in source for lab in (s, *ancestors(s))}
    return not near or bool(near & mine)


#: A clause that only tells how the model reached its answer ("Having analysed the audio", "After listening twice",
#: "I listened to the whole clip carefully"): no answer itself. It names nothing it looked for; a clause that does ("I
#: listen for low rumbles") is ``clauses._METHOD``'s, read as a question about what it names.
_PROCEDURE = re.compile(r"^\W*(and |so )?((having|after|upon|on) (carefully |closely |repeatedly )?(analy[sz]\w*|listen\w*"
                        r"|review\w*|check\w*|examin\w*|heard|hearing|play\w*|went through|going through)"
                        r"|(i|we) (have |'ve )?(now |carefully |closely )?(listened|analy[sz]ed|reviewed|checked|examined"
                        r"|played|went through|replayed))\b(?![^.;:!?]*\b(no|not|n't|never|yes|but)\b)[^.;:!?]*[.;:!?]?\s*$")


def _reply(clauses: tuple[Clause, ...], question: Clause) -> str | None:
    """The stance of the reply to an echoed question ("Thunder? I'm not hearing it." -> denied), or None."""
    # the reply follows the question in the next sentence ("Thunder? I'm not hearing it.") or in its own sentence after
    # a reported question or topic ("To answer whether there is a siren: there isn't one.")
    after = [c for c in clauses if c.start >= question.end]
    while len(after) > 1 and _PROCEDURE.match(after[0].text):
        after = after[1:]  # "Having analysed the audio, I conclude that it is not": how the model got to its reply
    if not after or after[0].question:
        return None
    first = after[0]
    # "...: I can't make one out, so I'm not sure.": a doubt the reply concludes with hedges it
    if first.hedged or any(c.sentence == first.sentence and c.lead in CONCLUSIONS and c.hedged for c in after):
        return "hedged"
    said = _REPLY_YES.match(first.text)
    if said and said.group(2) in ("yes", "yeah", "yep", "yup", "correct", "true", "indeed", "affirmative"):
        return "asserted"
    if _REPLY_NO.search(first.text) and len(first.text.split()) <= 8:
        return "denied"
    return "asserted" if said else None


def _specifies(other: frozenset[str], generic: frozenset[str]) -> bool:
    """The other sound is one of the kinds a generic word also names ("purring" for "a cat", asked about meowing)."""
    from ..vocab.ontology import ancestors

    return any(lab in generic or ancestors(lab) & generic for lab in other)


def _leading(t: str, clauses: tuple[Clause, ...] = ()) -> tuple[Answer, str] | None:
    """The answer particle the reply opens with ("No.", "Yes,", "Not really -"), also after the question it echoes ("A
    dog barks? No, ..."), not a determiner ("No siren ..."), unless a self-correction retracts it ("Yes. Sorry, I
    misspoke ...") or a contrast follows it ("No, but ...")."""
    if any(c.retracted or c.lead in CORRECTIONS for c in clauses):
        return None
    # several echoed questions each with its own reply ("Door slam?: no. Footsteps?: yes."): each particle answers its
    # own question, none the whole reply
    if sum(c.question and i + 1 < len(clauses) and not clauses[i + 1].question for i, c in enumerate(clauses)) > 1:
        return None
    echo = next((i for i, c in enumerate(clauses) if not c.question), len(clauses))
    if 0 < echo < len(clauses) and clauses[echo].sentence != clauses[echo - 1].sentence:
        t = t[clauses[echo].start:].lstrip()
    if _hedge_opens(clauses):
        return None
    for name, outcome, pattern in RULES[2:4]:
        m = pattern.search(t)
        if m and re.match(r"\W*(but|however|though|although|yet|aber|ma|però|pero|mais|mas|porém)\b", t[m.end():]):
            return None  # "No, but a dog is barking.": the word concedes, the content answers
        if m and outcome is Answer.NO and _UPWARD.match(t, m.end()):
            return None  # "No, it's not just one horn - several drivers honk": the word corrects a count upward
        if m and outcome is Answer.YES and re.match(r"\s*(or|/)\s*no\b", t[m.end():]):
            return None  # "Yes or no is hard here: ...": the question's frame, not an answer
        if m and outcome is Answer.YES and _PROCEDURE.match(re.match(r"[^\w]*([^,.;:!?]*)", t[m.end():]).group(1)):
            return None  # "Yes, I listened to the whole clip, and there is no guitar": the word takes up the request
        if m and (len(m.group().split()) > 1 or re.match(r"\s*([^\w\s]|$)", t[m.end():])):
            return outcome, name
    return None


def _answers_broader(events: list[Event], clauses: tuple[Clause, ...], no: list[int]) -> bool:
    """The answer word's sentence states a broader class or another sound before the target's denial ("Yes, there are
    birds - pigeons and sparrows - but no seagulls"): the word answers about what it states, the denial about the
    target."""
    if not clauses or not no:
        return False
    first = next((c for c in clauses if not c.question), clauses[0])
    denied = min(events[i][2].start for i in no)
    return any(e[1] == "asserted" and e[0] in ("broader", "other") and e[2].sentence == first.sentence
               and e[2].start < denied for e in events)


def _hedge_opens(clauses: tuple[Clause, ...]) -> bool:
    """The reply opens with a hedge whose first word only looks like an answer word ("No estoy seguro; podría ser ...",
    "Not sure - maybe a fox"): it leaves the question open, it does not answer it."""
    first = next((c for c in clauses if not c.question), None)
    return first is not None and first.hedged and len(re.findall(r"\w+", first.text)) > 1 and not first.lead \
        and _PARTICLE.fullmatch(first.text) is None and not re.match(r"\W*\w+\W*[,;:.!\u2014\u2013-]", first.text)


def _contradicts(asserted: Event, denied: list[Event], asked: tuple[str, ...]) -> bool:
    """The asserted event names by its own name a class the answer also denies, or a narrower one ("No train was
    detected; the sounds are a train horn"): the same sound is said to be absent and present. A denial that reaches
    its class only through a more specific word ("no jet plane" for Aircraft) is contradicted by a narrower class
    only, not by the class's own, broader name ("the sounds are ... an aircraft")."""
    from ..vocab.ontology import ancestors, most_specific
    from ..vocab.sounds import sound_mentions

    # the class a denial names is its most specific one: "no rooster crowing" denies crowing, not every rooster sound
    same: set[str] = set()
    below: set[str] = set()
    for e in denied:
        if e[4] or not e[3]:
            named = e[4] or frozenset(lab for m in sound_mentions(e[2].text) for lab in m[3])
            same |= set(most_specific(named) or asked)
        else:
            below |= set(most_specific(e[3]))
    return any(lab in same or ancestors(lab) & (same | below) for lab in asserted[4])


def _excepted(clauses: tuple[Clause, ...], clause: Clause) -> bool:
    """The next clause of the sentence makes an exception to the denial ("No birds except a crow cawing")."""
    i = clauses.index(clause)
    return i + 1 < len(clauses) and clauses[i + 1].sentence == clause.sentence and clauses[i + 1].lead == "except"


def _sentence_to(clauses: tuple[Clause, ...], clause: Clause) -> str:
    """The text of ``clause``'s sentence up to its end ("Earlier rumbles are a truck, not thunder": the time limit is in
    the clause before the denial)."""
    return " ".join(c.text for c in clauses if c.sentence == clause.sentence and c.start <= clause.start) or clause.text


#: A list item ("- Drums: present", "2. Motorcycle - present").
_ITEM = re.compile(r"^\s*([-*\u2022]|\d+[.)])\s")


def _decide(events: list[Event], t: str, asked: tuple[str, ...], clauses: tuple[Clause, ...] = (),
            source: tuple[str, ...] = ()) -> tuple[Answer, str] | None:
    """The verdict the stated events give, or None when they say nothing about the target. ``source``: the classes of
    the source when the question asks what it does (Dog for "a dog barking", read against Bark)."""
    from ..vocab.ontology import parents, relation

    about = ("target", "generic", "broader")
    concluded = [e for e in events if e[2].lead in CONCLUSIONS and e[0] in about]
    reason = [e for e in events if e not in concluded and e[0] in about and e[1] == "denied" and _ABSENT.search(e[2].text)]
    if concluded and reason and all(e[1] == "hedged" for e in concluded):
        # "No dog was detected, so I can't say if it is barking": the doubt follows from the denial, which answers
        events = [e for e in events if e not in concluded]
    elif concluded:  # "..., so I cannot determine whether thunder is present": the conclusion is the answer
        events = concluded
    yes = [i for i, e in enumerate(events) if e[0] == "target" and e[1] == "asserted"]
    no = [i for i, e in enumerate(events) if e[0] in about and e[1] == "denied"]
    if yes and no:  # a denial limited in time ("no siren at first") leaves the sound heard later
        no = [i for i in no if not TEMPORAL.search(_sentence_to(clauses, events[i][2])) and not _excepted(clauses, events[i][2])]
    if yes and no:  # a broader class named present ("Only cattle were detected") does not outweigh the denial
        yes = [i for i in yes if not events[i][4] or not asked
               or any(relation(lab, asked) in ("same", "narrower") for lab in events[i][4])]
    if yes and no:  # a likeness ("a cat purring, which can sound similar to snoring") does not outweigh a denial
        yes = [i for i in yes if not events[i][6]]
    if yes and no and not any(events[i][5] for i in yes):
        # an event that joins the target's word with another sound ("someone is frying chicken") is no clear statement
        # of the target: it does not outweigh a denial ("No live chickens - someone is frying chicken")
        yes = []
    if yes and no and asked:  # a sound denied by its own name that is only a kind of the target or another sound leaves
        # the target heard ("A cat purrs; it never meows" asked about a cat; "an air-raid siren rather than an
        # ambulance" asked about a siren; "A dog barks, but it never growls" asked about barking)
        no = [i for i in no if not events[i][4] or any(relation(lab, asked) in ("same", "broader") for lab in events[i][4])]
    lead = _leading(t, clauses)
    # Contradictions: the answer calls the same sound absent and present ("No train was detected; the sounds are a
    # train horn"), or its leading word says the opposite of everything it states about the target ("No. The
    # classifier detected a siren."). Neither side is the answer. Only a plain statement of the sound counts: an event
    # that joins the target's word with another sound ("a dog meowing", "a car hammer") is no clear statement of it.
    pure = [i for i in yes if events[i][5]]
    absent = [events[j] for j in no if _ABSENT.search(events[j][2].text)]
    if absent and any(_contradicts(events[i], absent, asked) for i in pure):
        return Answer.UNPARSEABLE, "contradicts itself"
    if lead and lead[0] is Answer.NO and yes and not no:
        return (Answer.UNPARSEABLE, "contradicts itself") if pure else lead
    if lead and lead[0] is Answer.YES and no and not yes and not _answers_broader(events, clauses, no):
        return Answer.UNPARSEABLE, "contradicts itself"
    if yes and no:
        if lead:  # a leading yes/no word settles a mixed answer
            return lead
        if len(yes) != len(no):
            return (Answer.YES, "target described") if len(yes) > len(no) else (Answer.NO, "target denied")
        return (Answer.YES, "target described") if max(yes) > max(no) else (Answer.NO, "target denied")
    if yes:
        return Answer.YES, "target described"
    if no:
        return Answer.NO, "target denied"
    if any(e[0] in ("target", "generic") and e[1] == "hedged" for e in events):
        return Answer.ABSTAIN, "target hedged"
    generic = [e[3] for e in events if e[0] == "generic" and e[1] == "asserted"]
    if generic and lead and lead[0] is Answer.NO:
        # "Nope. A phone buzzes on vibrate ..." asked about a phone ringing: the word the target shares with other sounds
        # names the source, and the answer word says it does not make the sound asked
        return lead
    if generic:
        shared = frozenset().union(*(frozenset(lab for lab in g if relation(lab, asked) not in ("same", "narrower"))
                                     for g in generic))
        # asked what a source does, another thing it does is another sound, even by a word the source shares ("a dog is
        # there, but it only growls" asked about a dog barking: Growling is another of Dog's sounds)
        # a list whose items each state one sound: another item does not specify the shared word ("- Violin: present /
        # - Drums: present" asked about drums)
        items = {e[2].sentence for e in events if e[0] == "generic" and e[1] == "asserted" and _ITEM.match(e[2].text)}
        if any(e[1] == "asserted" and (e[0] == "other" or (e[0] == "generic" and e[4] and all(
                relation(lab, asked) == "other" and set(parents(lab)) & set(source) for lab in e[4])))
               and _specifies(e[3], shared) and not (items and e[2].sentence not in items) for e in events):
            return Answer.NO, "another sound instead"
        return Answer.YES, "target described"
    return None


#: A line of a transcript: a speaker's label and the words ("Speaker 1: Thank you all for coming.", "SPEAKER_00: ...",
#: "Man: ..."), or a speaker said to say a quotation ('The speaker says: "We'll meet at five."').
_SPEAKER_LINE = re.compile(r"\W*((speaker|spk|voice|person|narrator|caller|agent|host|guest|man|woman|child|interviewer"
                           r"|interviewee)\s*\w{0,3})\s*:\s*\S.*")
_SAYS_QUOTE = re.compile(rf"\W*((the|a|an) )?(speaker|man|woman|narrator|person|voice|caller|someone|he|she|child)( \w+)?"
                         rf" {SPEECH_VERB}\W*\s*\"[^\"]+\"\W*")


def _only_words_said(t: str) -> bool:
    """The reply is only a transcript: every line a speaker's label and words, or one speaker said to say a quotation.
    It gives the words spoken, not an answer about the sound asked."""
    lines = [line for line in t.splitlines() if line.strip()]
    return bool(lines) and (all(_SPEAKER_LINE.fullmatch(line) for line in lines)
                            or (len(lines) == 1 and _SAYS_QUOTE.fullmatch(lines[0]) is not None))


#: A statement of who the speaker is or how they sound ("The speaker is a middle-aged woman", "The emotion of the
#: speaker is neutral", "The voice sounds calm").
_SPEAKER_TRAIT = re.compile(r"\W*(the |this )?((speaker|voice|narrator)('s)?( \w+)?|(emotion|tone|mood|accent|gender|age"
                            r"|language|sentiment|pitch) of the (speaker|voice|narrator)) (is|sounds|seems|appears|has|'s)\b"
                            r"(?! (talking|speaking|saying|describing|explaining|discussing|reading|asking|telling)\b)")


def _only_the_speaker(t: str, clauses: tuple[Clause, ...], terms: tuple[str, ...]) -> bool:
    """Every statement of the reply says who the speaker is or how they sound, and it names no sound but speech: it
    answers another question (the speaker's traits), not whether the sound asked is there."""
    from ..vocab.ontology import relation
    from ..vocab.sounds import sound_mentions

    said = [c for c in clauses if not c.question and re.search(r"\w", c.text)]
    firsts = [c for c in said if c is next(x for x in said if x.sentence == c.sentence)]
    traits = [_SPEAKER_TRAIT.match(c.text) for c in firsts]
    if not firsts or not all(traits):
        return False
    # the trait's own words ("the tone of the speaker") name no sound heard
    subjects = [(c.start, c.start + m.end()) for c, m in zip(firsts, traits, strict=True) if m]
    return all(relation(lab, ("Speech",)) in ("same", "narrower") for start, end, _, labels in sound_mentions(t, terms)
               if not any(a <= start and end <= b for a, b in subjects) for lab in labels)


def _about_what_is_said(t: str, events: list[Event], asked: tuple[str, ...], clauses: tuple[Clause, ...]) -> bool:
    """The reply only reports what a speaker says ("The speaker is explaining how to file a tax return."), asked about
    another sound: it answers another question (the speech as a sound, "A man speaks in German.", is another sound, and
    so is a reply that also says what the audio is: "The audio is a lecture. The speaker talks about ...")."""
    from ..vocab.ontology import relation

    if not events or any(relation(lab, ("Speech",)) in ("same", "narrower") for lab in asked):
        return False
    if any(not c.question and not _REPORTED_SPEECH.search(t, c.start, c.end) for c in clauses):
        return False
    return all(_REPORTED_SPEECH.search(t, e[2].start, e[2].end) and all(relation(lab, ("Speech",)) in ("same", "narrower")
                                                                         for lab in e[3]) for e in events) \
        and not any(_NEW_SUBJECT.search(t, e[2].start, e[2].end) for e in events)


#: A statement that leaves the question open: its source says nothing on it, or the reply cannot decide *whether*.
_OPEN = re.compile(rf"\b({NO_INFORMATION})|\b((impossible|not possible|no way|unable|not able|hard|difficult) to"
                   r"|(can't|cannot|can not|couldn't|could not)( be)?) (determine|determined|tell|told|say|said|know|confirm"
                   r"|confirmed|judge|answer)\b.*\b(whether|if|or not)\b")


_PARTICLE = re.compile(r"\W*(yes|no|nope|yeah|yep|nah)\W*")


def _left_open(clauses: tuple[Clause, ...]) -> bool:
    """The reply ends by leaving the question open ("No, there is no mention of X in the transcription."; "No, ..., so
    it's impossible to determine whether ..."): its last statement, not the answer word it opened with, is the answer,
    unless it follows from a denial before it."""
    said = [c for c in clauses if not c.question and not c.retracted and re.search(r"\w", c.text)]
    if not said or not said[-1].hedged or not _OPEN.search(said[-1].text):
        return False
    before = [c for c in said[:-1] if not _PARTICLE.fullmatch(c.text)]
    # "Yes, the room is large, though there are no details about its furniture.": the gap is about something else
    if before and not re.search(r"\b(whether|if|or not)\b", said[-1].text) and not all(c.hedged for c in before):
        return False
    # "No. No dog was detected, so I can't say if it barked first.": the doubt follows from a denial, which answers
    return not any(not c.hedged and _ABSENT.search(c.text) for c in before)


def _withdrawn(t: str, terms: tuple[str, ...], clauses: tuple[Clause, ...]) -> bool:
    """The target is named only in parts a self-correction withdraws, and the correction states something else."""
    from ..vocab.sounds import sound_mentions

    named = [clause_at(clauses, start) for start, _, matched, _ in sound_mentions(t, terms) if any(m in terms for m in matched)]
    return bool(named) and all(c is not None and c.retracted for c in named) and any(
        c.lead in CORRECTIONS and not c.retracted and not c.question and not c.hedged
        and re.search(r"\w", c.text.lstrip(" ,").removeprefix(c.lead)) for c in clauses)


#: A candidate offered as one of several ("possibly a big cat", "or maybe a fox").
_CANDIDATE = re.compile(r"^\W*(or |and )?(possibly|perhaps|maybe)\s+(an?|the|some)\b")


def _doubted(events: list[Event], clauses: tuple[Clause, ...], asked: tuple[str, ...] = ()) -> bool:
    """The reply doubts the target it describes: it opens with a doubt that names no sound ("I'm not certain. The
    croaking could come from frogs ..."), or offers, after the target, another identity for what it heard ("Three
    cracks that sound like gunshots, though they could be firecrackers")."""
    said = [e for e in events if e[0] == "target" and e[1] == "asserted"]
    if not said:
        return False
    first = [c for c in clauses if c.sentence == clauses[0].sentence]
    if len(clauses) > len(first) and any(c.hedged for c in first) and not any(c.question for c in first) \
            and not any(e[2] in first for e in events):
        return True
    about = {e[2] for e in events if e[0] in ("target", "generic", "broader")}
    # an alternative, not a detail of the sound ("it might be a small terrier"): opened by a contrast or "or", or
    # marked as one ("it could also be", "could just as easily be")
    # "Ticking, yes - though whether it's a clock or a timer I can't say": the sound heard is named by a shared word, and
    # the target's own name only as one of alternatives in doubt
    if not any(set(e[4]) & set(asked) for e in said) and any(
            e[0] == "target" and e[1] == "hedged" and set(e[4]) & set(asked) and e[2].start > said[0][2].start
            and re.search(r"\bor\b", e[2].text) for e in events):
        return True
    # "An animal is growling, possibly a dog, possibly a big cat": the target and another offered as candidates
    candidates = {e[0] for e in events if e[1] == "hedged" and _CANDIDATE.match(e[2].text) and e[2].start > said[0][2].start}
    if {"target", "other"} <= candidates:
        return True
    return any(c.hedged and not c.question and not c.retracted and c not in about and _ALTERNATIVE.search(c.text)
               and c.start > said[0][2].start and (c.lead in ("but", "though", "although", "however", "yet", "whereas",
                                                               "while") or re.match(r"\W*or\b", c.text)
                                                   or _ALTERNATIVE.search(c.text).group(4))
               for c in clauses)


#: A contrast that says what the sound just named is ("..., but it is the deep blast of a ship's horn"; not "but it's far
#: away" or "but it's mostly traffic").
_IDENTITY = re.compile(r"^\W*(but|however|though|although|yet)\W+(it|this|that|these|those|they)('s| is| are| was| were)"
                       r" (actually |really |in fact |clearly )?(just |only )?(the|an?|some)\b")


def _reidentified(events: list[Event], clauses: tuple[Clause, ...]) -> list[Event]:
    """Events without the target stated in a clause that a contrast after it re-identifies as another sound ("A vehicle
    sounds its horn, but it is the deep blast of a ship's horn"): the later identity says what was heard."""
    from ..vocab.ontology import parents

    def kin(labels: frozenset[str]) -> set[str]:
        return set(labels) | {p for lab in labels for p in parents(lab) if parents(p)}

    said = [e for e in events if e[0] == "other" and e[1] == "asserted" and _IDENTITY.match(e[2].text)
            and not any(x[2] is e[2] and x[0] != "other" for x in events)]
    # the identity names a kin of the sound it revises (a ship's horn for a horn; not "a recording played on a phone")
    return [e for e in events if not (e[0] == "target" and e[1] == "asserted" and any(
        b[2].sentence == e[2].sentence and clauses.index(b[2]) == clauses.index(e[2]) + 1 and kin(b[3]) & kin(e[3])
        for b in said))]


#: A last sentence that is only an answer word, maybe after a conclusion ("Yes.", "So, no.", "Therefore the answer is
#: yes.").
_CLOSING = re.compile(r"\W*((so|therefore|thus|hence|overall|in short|in summary|in conclusion|to conclude|to sum up"
                      r"|all in all|in the end"
                      # ... in other languages ("Quindi sì.", "Donc non.", "Also ja.", "Así que no.", "Então sim.")
                      r"|quindi|dunque|donc|also|daher|así que|por lo tanto|entonces|então|portanto)\W+)?"
                      r"((the|my|final) (final )?answer (is|would be)\W+)?(?P<word>yes|no|sì|sí|oui|ja|sim|non|nein|não)\W*")


def _closing_answer(t: str, clauses: tuple[Clause, ...]) -> tuple[Answer, str] | None:
    """The answer word a reasoning reply ends with: its last sentence is only that word, after at least one sentence
    of reasoning, in a reply asking nothing back (an echoed question's own reply is not the whole answer)."""
    said = [c for c in clauses if re.search(r"\w", c.text)]
    if not said or any(c.question for c in clauses) or said[-1].sentence == said[0].sentence:
        return None
    last = next(c for c in said if c.sentence == said[-1].sentence)
    m = _CLOSING.fullmatch(t[last.start:].strip())
    if m is None:
        return None
    return (Answer.YES, "leading yes") if _rule("leading yes").match(m.group("word")) else (Answer.NO, "leading no")


_PRONOUN_SUBJECT = re.compile(r"\W*(but |and |yet |though )?(it|they|he|she|this|that)\b")
#: Words of a question's phrase that name neither the source nor what it does.
_PHRASE_FILLERS = frozenset({"a", "an", "the", "being", "is", "are", "of", "some", "someone", "something"})


def _action_denied(t: str, terms: tuple[str, ...], clauses: tuple[Clause, ...], asked: tuple[str, ...],
                   events: list[Event]) -> list[Event]:
    """Denials of what the question asks the source to do, said of the source or a pronoun for it ("Someone is moving a
    piano ... but it isn't played", "it sputters but never actually starts running", "it doesn't crow"): the phrase's
    closing participle ("played", "running", "crowing"), in any inflection, negated in a clause that names no sound but
    another. Each is the target denied."""
    phrase = [w for w in terms[-1].split() if w not in _PHRASE_FILLERS] if terms else []
    if len(phrase) < 2 or not re.search(r"[a-z](ing|ed)$", phrase[-1]):
        return []
    bases = set(_verb_bases(phrase[-1]))
    out: list[Event] = []
    for m in re.finditer(r"[a-z]+", t):
        clause = clause_at(clauses, m.start())
        if clause is None or clause.question or clause.retracted or not set(_verb_bases(m.group())) & bases:
            continue
        if any(e[2] is clause and (e[0] in ("target", "generic")
                                   or (e[0] == "broader" and not _PRONOUN_SUBJECT.match(clause.text))) for e in events):
            # "No other animal is barking": the clause's own sound mention says what is denied ("..., but it doesn't cry":
            # a broader word said of the source is the action asked)
            continue
        if negated(t, clause, m.start(), m.end()) and not any(e[2] is clause for e in out):
            out.append(("target", "denied", clause, frozenset(asked), frozenset(asked), True, False))
    return out


def _mentions_target(t: str, terms: tuple[str, ...]) -> bool:
    """The text names the target or a narrower class of it."""
    from ..vocab.sounds import sound_mentions

    return any(_relation(m, labels, terms, _target_labels(terms)) == "target" for _, _, m, labels in sound_mentions(t, terms))


def _explain_target(t: str, target: str | Iterable[str], names: frozenset[tuple[str, str]] = frozenset()
                    ) -> tuple[Answer, str]:
    terms = _target_terms(target)
    clauses = split(t)
    if RULES[0][2].search(t):
        return RULES[0][1], RULES[0][0]
    if all(c.question for c in clauses) and not _rule("leading no").search(t) and not _rule("leading yes").search(t):
        return Answer.UNPARSEABLE, "question back"
    if any(c.question for c in clauses) and all(c.question or _TAKING_UP.fullmatch(c.text) for c in clauses):
        return Answer.UNPARSEABLE, "question back"  # "Sure! What would you like me to do with this clip?"
    # an answer field opening the reply or a line of it ("**Answer:** No. ...", a YAML "answer: no" after the evidence)
    fields = {f.group(1) in ("yes", "positive") for f in _ANSWER_FIELD.finditer(t)}
    if len(fields) == 1:
        return (Answer.YES, "leading yes") if fields.pop() else (Answer.NO, "leading no")
    closing = _closing_answer(t, clauses)
    if closing is not None:  # "... the horn at the end make it unmistakable. Yes." / "So, no."
        return closing
    present = {f.group(1) in ("true", "yes") for f in _PRESENCE_FIELD.finditer(t)}
    if len(present) == 1 and _mentions_target(t, terms):  # '{"target": "dog", "present": false}'
        return (Answer.YES, "leading yes") if present.pop() else (Answer.NO, "leading no")
    chosen = _CHOSEN.search(t)
    options = {m.group(1): m.group(2) for m in _OPTION.finditer(t[:chosen.start()])} if chosen else {}
    if chosen and len(options) > 1 and chosen.group(1) in options:  # "(A) Train (B) Airplane - Correct answer: B."
        return _explain_target(options[chosen.group(1)], terms, names)
    offered = list(_OPTION.finditer(t))
    if not chosen and {m.group(2).strip(" .").lower() for m in offered} >= {"yes", "no"} \
            and not re.search(r"\w", t[offered[-1].end():]):
        return Answer.UNPARSEABLE, "question back"  # "... a train in this recording? Options: (A) yes (B) no"
    if _ANOTHER_TASK.match(t):  # "Here is a short poem about rain: ...": the reply does another task
        return Answer.UNPARSEABLE, "another task"
    asked = _asked(t, terms)
    events = _events(t, terms, clauses, asked, names)
    if _only_words_said(t) or _only_the_speaker(t, clauses, terms):
        return Answer.UNPARSEABLE, "describes what is said"
    if _about_what_is_said(t, events, asked, clauses):
        return Answer.UNPARSEABLE, "describes what is said"
    events = _reidentified(events, clauses)
    events += _action_denied(t, terms, clauses, asked, events)
    named = _target_labels(terms)
    decided = _decide(events, t, asked, clauses, named if asked != named else ())
    if decided == (Answer.YES, "target described") and _doubted(events, clauses, asked):
        return Answer.ABSTAIN, "target hedged"
    if decided is not None:
        return decided
    if _rule("leading yes").search(t) and (any(e[0] == "other" and e[1] == "hedged" for e in events) or any(
            c.hedged and not c.question and _ALTERNATIVE.search(c.text) for c in clauses)):
        # "Yes, I think so, although it could also be a baby": the reply doubts the identity it says yes to
        return Answer.ABSTAIN, "target hedged"
    if RULES[1][2].search(t):  # "yes and no" without a stated event about the target
        return RULES[1][1], RULES[1][0]
    if _left_open(clauses):
        return Answer.ABSTAIN, "left open"
    # the cue rules read what the reply still says: a part withdrawn by a self-correction ("What you might mistake for a
    # vacuum is actually a hair dryer") neither hedges nor answers
    live = "".join(c.text for c in clauses if not c.retracted) if any(c.retracted for c in clauses) else t
    opens_hedged = _hedge_opens(clauses)
    for name, outcome, pattern in RULES[2:5]:
        if pattern.search(live.strip()) and not (opens_hedged and outcome is not Answer.ABSTAIN):
            return outcome, name
    if any(e[0] == "other" and e[1] == "asserted" and not _SILENCE.fullmatch(e[2].text.strip(" .")) for e in events):
        return Answer.NO, "another sound instead"
    if any(_UNNAMED_SOUND.search(c.text) and not negated(t, c, c.end, c.end) for c in clauses if not c.question):
        return Answer.NO, "another sound instead"
    if _withdrawn(t, terms, clauses):  # "What you might think is a vacuum is actually a fan.": the correction names another
        return Answer.NO, "another sound instead"
    for name, outcome, pattern in RULES[5:]:
        if pattern.search(live):
            return outcome, name
    return Answer.UNPARSEABLE, "no rule matched"


#: The rule names ``explain(text, target)`` can give, in the order they are tried.
TARGET_RULES: tuple[str, ...] = (
    "empty answer", RULES[0][0], RULES[1][0], "question back", "another task", "describes what is said", "contradicts itself",
    "target hedged",
    "target denied",
    "target described",
    "left open", *(n for n, _, _ in RULES[2:5]), "another sound instead", *(n for n, _, _ in RULES[5:]), "no rule matched",
)


def explain(text: str, target: str | Iterable[str] | None = None) -> tuple[Answer, str]:
    """The outcome for ``text`` (about ``target`` when given) and the name of the rule that decided it."""
    t = _norm(text)
    if not re.search(r"\w", t):
        return Answer.ABSTAIN, "empty answer"
    if target is not None and not isinstance(target, str):
        target = tuple(str(x) for x in target)
    if target:
        return _explain_target(t, target, _names(text))
    if not any(p.search(t) for _, _, p in RULES[:2]) and _left_open(split(t)):
        return Answer.ABSTAIN, "left open"
    for name, outcome, pattern in RULES:
        if pattern.search(t):
            return outcome, name
    return Answer.UNPARSEABLE, "no rule matched"


#: Each rule's precision on the project's yes/no tables (tests/_answer_tables.py and the held-out sets, 484 rows,
#: smoothed (right + 1) / (n + 2)); ``benchmarks/bench_judge.py`` prints it again. Rules not listed: 0.7.
RULE_CONFIDENCE: dict[str, float] = {
    "target described": 0.99, "target denied": 0.98, "target hedged": 0.97, "leading no": 0.95, "leading yes": 0.9,
    "hedge": 0.94, RULES[0][0]: 0.94, "another sound instead": 0.86, "question back": 0.83, "empty answer": 0.9,
}


def verdict(text: str, target: str | Iterable[str] | None = None) -> Verdict:
    """``explain`` as a :class:`~.verdict.Verdict`: the rule that decided, "rule" or "undecided", and a confidence."""
    answer, rule = explain(text, target)
    if answer is Answer.UNPARSEABLE:
        return Verdict(answer.value, rule, "undecided", 0.0)
    return Verdict(answer.value, rule, "rule", RULE_CONFIDENCE.get(rule, 0.7))


def parse_answer(text: str, target: str | Iterable[str] | None = None) -> Answer:
    """Classify ``text`` as yes / no / abstain / unparseable, about ``target`` when given. Never raises."""
    return explain(text, target)[0]
