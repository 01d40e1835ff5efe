"""Second, smaller DEV batch of answer pairs for task h34 (branch v26f), written on 2026-12-07 (about 01:10 UTC) AFTER
the fixes made on ``tests/_dev_answer_pairs3.py``, as the honest first-sight check of whether they generalise. Labelled
by reading each pair: ``(output, other, same_meaning, kind)``, two answers an audio LLM (Qwen2-Audio, SALMONN, Gemini,
GPT-4o audio, or a cascade copying classifier labels) could give about ONE clip, on clean and on noisy audio. True
when a listener would take both to say the same thing about the clip. A DEV table: rows may be read and tuned on.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, bool, str]] = [
    # ---- same meaning ----
    ("Footsteps.", "Someone is walking on a hard floor; the steps are steady and unhurried.", True, "answer"),
    ("A doorbell.", "The ding-dong of a doorbell rings once.", True, "answer"),
    ("Based on the audio, I'd say it's a sheep.", "Bleating, most likely from a sheep.", True, "answer"),
    ("The sound is a duck.", "A duck is quacking several times.", True, "answer"),
    ("A whistle kettle.", "A kettle reaches the boil and whistles.", True, "answer"),
    (
        "There's a baby crying somewhere far off, and a TV is on in the room.",
        "I can hear a television playing, and in the distance an infant is crying.",
        True,
        "answer",
    ),
    (
        "Loud music with a heavy bass beat.",
        "The clip is dominated by very loud music; the bass is thumping.",
        True,
        "answer",
    ),
    (
        "A small stream trickles quietly.",
        "Water flows gently in a brook, a soft, calm sound.",
        True,
        "answer",
    ),
    (
        "One woman is singing.",
        "A single female voice sings a song without accompaniment.",
        True,
        "answer",
    ),
    (
        "A crowd is booing.",
        "Many people in an audience are booing and jeering.",
        True,
        "answer",
    ),
    (
        "**Answer:** Yes\n\n**Explanation:** A car horn honks twice near the end of the recording.",
        "Yes — towards the end someone honks a car horn two times.",
        True,
        "answer",
    ),
    (
        '{"speaker_gender": "male", "emotion": "neutral", "content": "reading a news report"}',
        "A man reads the news in a calm, neutral tone.",
        True,
        "answer",
    ),
    (
        "No, I don't hear any birds. There's only the hum of an air conditioner.",
        "There are no birds in this recording.",
        True,
        "answer",
    ),
    (
        "The speaker asks the listener to call her back after six o'clock.",
        "She wants the person to return her call sometime after 6.",
        True,
        "answer",
    ),
    (
        "The man says he lost his wallet on the bus this morning.",
        "He explains that he left his wallet on the bus earlier today.",
        True,
        "answer",
    ),
    (
        "A cat is meowing loudly and insistently.",
        "The recording has a cat that meows loudly over and over.",
        True,
        "answer",
    ),
    (
        "It seems to be a lawnmower, though it's quite far away.",
        "A lawn mower running in the distance.",
        True,
        "answer",
    ),
    (
        "I'm not sure. The audio is very noisy and I can't make out what the sound is.",
        "Unable to identify the sound due to heavy noise.",
        True,
        "answer",
    ),
    (
        "A few people are talking quietly in a room.",
        "There's some soft conversation between a few people indoors.",
        True,
        "answer",
    ),
    (
        "The engine of a motorcycle revs loudly right next to the recorder.",
        "A motorbike revving, very loud and very close.",
        True,
        "answer",
    ),
    # ---- flips ----
    ("A dog is howling.", "A dog is barking.", False, "answer"),
    ("A cat is meowing.", "A cat is hissing.", False, "answer"),
    ("A baby is laughing.", "A baby is crying.", False, "answer"),
    (
        "There's a baby crying somewhere far off, and a TV is on in the room.",
        "A baby is crying right beside the microphone, and a TV is on in the room.",
        False,
        "answer",
    ),
    (
        "Loud music with a heavy bass beat.",
        "Faint music with a bass beat, barely audible.",
        False,
        "answer",
    ),
    (
        "One woman is singing.",
        "A choir of women is singing.",
        False,
        "answer",
    ),
    (
        "A crowd is booing.",
        "A single man is booing.",
        False,
        "answer",
    ),
    (
        "A car horn honks close by.",
        "A car horn honks far away.",
        False,
        "answer",
    ),
    (
        "The TV is on at a low volume.",
        "The TV is on at high volume, blaring.",
        False,
        "answer",
    ),
    (
        "The speaker asks the listener to call her back after six o'clock.",
        "The speaker asks the listener not to call her back.",
        False,
        "answer",
    ),
    (
        "The man says he lost his wallet on the bus this morning.",
        "The man says he found a wallet on the bus this morning.",
        False,
        "answer",
    ),
    (
        "Yes, a car horn honks twice near the end.",
        "No, there's no car horn in this clip; just traffic rumble.",
        False,
        "answer",
    ),
    (
        "A man speaks calmly.",
        "A man is shouting angrily.",
        False,
        "answer",
    ),
    (
        "The kettle is whistling.",
        "The kettle has stopped whistling and is now silent.",
        False,
        "answer",
    ),
    (
        "A lawn mower running in the distance.",
        "A leaf blower running in the distance.",
        False,
        "answer",
    ),
    (
        "It's a woman speaking French.",
        "It's a woman speaking Italian.",
        False,
        "answer",
    ),
    (
        "A motorbike revving, very loud and very close.",
        "A motorbike revving faintly, far down the street.",
        False,
        "answer",
    ),
    (
        "Rain is falling heavily.",
        "There is no rain; it's the sound of frying food.",
        False,
        "answer",
    ),
    (
        "Just one person is clapping.",
        "An audience of hundreds is clapping.",
        False,
        "answer",
    ),
    (
        "A phone rings and then someone answers it.",
        "Someone is talking, and then a phone rings.",
        False,
        "answer",
    ),
    (
        "Birds chirp in the morning.",
        "An owl hoots at night.",
        False,
        "answer",
    ),
    (
        "I hear a single gunshot.",
        "I hear a burst of many gunshots, like automatic fire.",
        False,
        "answer",
    ),
]
