"""A sixteenth text-verdict set (meaning pairs only): answers the way audio LLMs answer questions about a clip,
paraphrased (same meaning) or flipped, written after the external meaning sets and before the two causes it exposed
were fixed. Scored once as written (``tests/heldout_scores/fresh15_text_first_score.txt``: 20/22, two false flips),
then one cause was fixed (an opening "No" before a noun is a determiner too) and one left ("rings once" / "a single
ring"). Labelled by reading each row. Never edit a row to make it pass."""

from __future__ import annotations

MEANING: list[tuple[str, str, bool]] = [
    ("Yes, I hear two knocks.", "Yes, there are two knocks on a door.", True),
    ("The speaker says the train leaves at 5 pm.", "According to the speaker, the train departs at five in the evening.",
     True),
    ("Yes. A dog barks three times.", "Yes, the dog barks 3 times in the clip.", True),
    ("It sounds like a woman asking for the time.", "A female voice asks what time it is.", True),
    ("The clip contains rain and distant thunder.", "I can hear rain falling, with thunder far away.", True),
    ("No, I can't hear any music.", "There's no music in this recording.", True),
    ("The caller wants to cancel the order.", "They're asking to cancel their order.", True),
    ("Yes, a phone rings once.", "Yes, there is a single phone ring.", True),
    ("It's a man reading a list of numbers: 4, 7, 9.", "A male speaker reads the numbers four, seven and nine.", True),
    ("The audio is silent; there's nothing to transcribe.", "There is no speech in the audio.", True),
    ("The person says they will arrive on Monday.", "The speaker says they'll get there Monday.", True),
    ("Yes, a baby is crying, and someone is trying to calm it.", "Yes, there is a baby crying.", True),
    ("The announcement says the store closes in 10 minutes.", "The announcement: the store will close in ten minutes.",
     True),
    ("No, the siren is not present.", "No siren can be heard.", True),
    ("I don't hear a cat.", "There is no cat in this audio.", True),
    ("Yes, I hear two knocks.", "Yes, I hear three knocks.", False),
    ("The train leaves at 5 pm.", "The train leaves at 5 am.", False),
    ("Yes, there's a dog barking.", "No, there isn't a dog barking.", False),
    ("The speaker says to turn left.", "The speaker says to turn right.", False),
    ("The meeting is on Monday.", "The meeting is on Tuesday.", False),
    ("The store closes in 10 minutes.", "The store closes in 10 hours.", False),
    ("The caller wants to cancel the order.", "The caller doesn't want to cancel the order.", False),
]
