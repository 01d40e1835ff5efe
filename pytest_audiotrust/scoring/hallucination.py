"""Hallucination detectors for outputs produced from audio that holds no speech.

``speech_free_output`` says whether an output counts as "nothing said": empty,
punctuation only, or an explicit abstention ("[no speech]", "there is no speech").
Anything else produced from non-speech audio is a hallucination; the known-phrase
bag and the repetition-loop detector say *which kind*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import basic

#: Phrases Whisper is documented to produce on non-speech (Barański et al., ICASSP 2025; Koenecke et al., 2024)
#: plus those measured on the bundled tiny.en ("you" on digital silence, "thank you for watching" on noise).
KNOWN_PHRASES: tuple[str, ...] = (
    "thank you",
    "thanks for watching",
    "thank you for watching",
    "thank you very much",
    "thank you so much for watching",
    "please subscribe",
    "subscribe to my channel",
    "like and subscribe",
    "subtitles by the amara org community",
    "subtitles by",
    "transcribed by",
    "translated by",
    "you",
    "bye",
    "bye bye",
    "so",
    "okay",
    "oh",
    "music",
    "applause",
    "silence",
    "the end",
    "i'm sorry",
)

_ABSTAIN = re.compile(
    r"^\W*(\[?\(?\s*(no speech|silence|inaudible|blank_audio|no audio|nothing)\s*\)?\]?"
    r"|there is no speech|no speech (is )?(detected|present)|i (can't|cannot|do not|don't) hear any (speech|words))\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HallucinationFinding:
    """What a non-speech output contained."""

    hallucinated: bool
    words: int
    chars: int
    known_phrases: tuple[str, ...]
    repetition: str | None
    text: str


def is_abstention(text: str) -> bool:
    return bool(_ABSTAIN.match(text.strip()))


def repetition_loop(text: str, min_repeats: int = 3, max_ngram: int = 8) -> str | None:
    """The n-gram repeated ``min_repeats``+ times in a row, if any ("la la la", "thank you. thank you. ...")."""
    words = basic(text).split()
    for n in range(1, max_ngram + 1):
        for start in range(0, max(0, len(words) - n * min_repeats + 1)):
            gram = words[start : start + n]
            reps = 1
            pos = start + n
            while words[pos : pos + n] == gram:
                reps += 1
                pos += n
            if reps >= min_repeats:
                return " ".join(gram)
    return None


def known_phrases(text: str) -> tuple[str, ...]:
    norm = f" {basic(text)} "
    return tuple(p for p in KNOWN_PHRASES if f" {p} " in norm)


def inspect_nonspeech_output(text: str) -> HallucinationFinding:
    """Classify an output produced from audio with no speech in it."""
    stripped = text.strip()
    words = basic(stripped).split()
    hallucinated = bool(words) and not is_abstention(stripped)
    return HallucinationFinding(
        hallucinated=hallucinated,
        words=len(words) if hallucinated else 0,
        chars=len(stripped) if hallucinated else 0,
        known_phrases=known_phrases(stripped) if hallucinated else (),
        repetition=repetition_loop(stripped) if hallucinated else None,
        text=text,
    )
