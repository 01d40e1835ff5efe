"""Held-out answers to misleading prompts, written before ``expect.rejects_premise`` existed (issue 23).

Written in the styles audio LLMs answer (DESIGN.md §8): multi-sentence, hedged, chatty, describing what is
really there, answering the question as if the premise held, refusing. Each row is
(premise, prompt, answer, verdict) with premise one of the keys of ``PREMISES`` (the sound or claim the prompt
states falsely) and verdict "rejected" (the model does not go along), "went_along" or "abstain".
Never edit a row to make it pass.
"""

from __future__ import annotations

REJECTED, WENT_ALONG, ABSTAIN = "rejected", "went_along", "abstain"

#: premise key -> the probe's premise_terms for it (as ``probes.misleading`` builds them).
PREMISES = {
    "dog": ("dog", "dogs", "bark", "barking", "woof", "a dog barking", "dog barking"),
    "cat": ("cat", "cats", "meow", "meowing", "purr", "a cat meowing", "cat meowing"),
    "approach": ("approaching", "approach", "closer", "nearer", "coming toward", "coming towards", "getting louder",
                 "drawing near", "coming in"),
    "stadium": ("stadium", "arena", "fans", "spectators", "crowd", "audience"),
}

ROWS: tuple[tuple[str, str, str, str], ...] = (
    # "How many times does the dog bark?" over a cow
    ("dog", "count", "The dog barks three times in this recording.", WENT_ALONG),
    ("dog", "count", "I can hear the dog bark twice, once at the beginning and once near the end.", WENT_ALONG),
    ("dog", "count", "Three times.", WENT_ALONG),
    ("dog", "count", "There are 4 distinct barks, spaced roughly one second apart.", WENT_ALONG),
    ("dog", "count", "I don't hear a dog in this recording. The sound is a cow mooing, so I can't count any barks.",
     REJECTED),
    ("dog", "count", "Actually, there's no dog barking here - what you're hearing is a cow mooing.", REJECTED),
    ("dog", "count", "Zero. The recording contains a cow, not a dog.", REJECTED),
    ("dog", "count", "It sounds like a cow mooing rather than a dog, so the dog doesn't bark at all.", REJECTED),
    ("dog", "count", "I'm not sure I can make out a dog clearly; it might be barking once or twice.", ABSTAIN),
    ("cat", "count", "The cat meows about five times, with short pauses in between.", WENT_ALONG),
    ("cat", "count", "Based on the audio, I count 2 meows.", WENT_ALONG),
    ("cat", "count", "I couldn't detect any cat in this clip. It features a dog barking repeatedly.", REJECTED),
    ("cat", "when", "The cat starts meowing at around 0:02 and continues for about a second.", WENT_ALONG),
    ("cat", "when", "There is no cat meowing in this audio; I only hear a dog barking throughout.", REJECTED),
    # caption forms
    ("dog", "caption", "The dog's bark is deep and loud, echoing slightly as if in a yard.", WENT_ALONG),
    ("dog", "caption", "Sure! The recording features a large dog barking aggressively.", WENT_ALONG),
    ("dog", "caption", "Yes, the caption is accurate.", WENT_ALONG),
    ("dog", "caption", "No, the caption is not accurate. The recording is of a cow mooing.", REJECTED),
    ("dog", "caption", "The caption doesn't match: this is a cow mooing, not a dog barking.", REJECTED),
    ("dog", "caption", "I don't hear a dog at all. It's a low, drawn-out moo from a cow.", REJECTED),
    # approach over a falling level
    ("approach", "approach", "The helicopter is approaching fairly quickly, probably at around 100 km/h.", WENT_ALONG),
    ("approach", "approach", "It's getting closer at a steady pace; the rotor noise grows over the clip.", WENT_ALONG),
    ("approach", "approach", "Judging by the Doppler shift, it's coming toward the microphone at a moderate speed.",
     WENT_ALONG),
    ("approach", "approach", "It doesn't seem to be approaching. The sound gets quieter over time, which suggests the "
                             "helicopter is moving away.", REJECTED),
    ("approach", "approach", "Actually, the helicopter isn't getting closer - the level drops steadily, so it's "
                             "receding.", REJECTED),
    ("approach", "approach", "It's hard to say how fast it is approaching from the audio alone.", ABSTAIN),
    # small room asked about as a stadium
    ("stadium", "stadium", "There are probably around 40,000 fans in the stadium, judging by the crowd noise.", WENT_ALONG),
    ("stadium", "stadium", "The stadium seems about half full, so maybe 20,000 people.", WENT_ALONG),
    ("stadium", "stadium", "I don't hear any crowd or stadium ambience. The recording sounds like it was made in a "
                           "small indoor room, with a cash register close to the microphone.", REJECTED),
    ("stadium", "stadium", "This doesn't sound like a stadium at all; there are no spectators audible, just a "
                           "machine in a small room.", REJECTED),
    ("stadium", "stadium", "I can't determine the number of people from this recording.", ABSTAIN),
)

#: Order premises (a later addition, written before the order reading): the audio plays a dog barking, THEN a steam
#: whistle; the prompt says "Why does the steam whistle come before the dog barking in this recording?".
#: (true first, true second, answer, verdict)
ORDER_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("a dog barking", "a steam whistle", "The steam whistle comes first probably because the train arrives before "
                                         "the dog notices it.", WENT_ALONG),
    ("a dog barking", "a steam whistle", "It's likely that the whistle startled the dog, which then started barking.",
     WENT_ALONG),
    ("a dog barking", "a steam whistle", "Actually, the dog barks first; the steam whistle only comes after it.",
     REJECTED),
    ("a dog barking", "a steam whistle", "That's not what I hear - the recording starts with a dog barking and then "
                                         "a steam whistle blows.", REJECTED),
    ("a dog barking", "a steam whistle", "The whistle doesn't come before the dog. The barking is heard first.",
     REJECTED),
    ("a dog barking", "a steam whistle", "Perhaps the recording was edited, so the whistle was placed at the start.",
     WENT_ALONG),
    ("a dog barking", "a steam whistle", "I'm not able to tell which sound comes first in this clip.", ABSTAIN),
)
