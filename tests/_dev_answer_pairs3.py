"""Third DEV table of answer pairs for ``expect.consistent`` (issue 22), for task h34 (branch v26f).

Written by helper h34 on 2026-12-07 (about 00:30 UTC) before opening ``scoring/agreement.py`` or
``vocab/contrasts.py``, labelled by reading each pair. Each row is two answers an audio LLM (Qwen2-Audio, SALMONN,
Gemini, GPT-4o audio, Kimi-Audio, or a small cascade that copies classifier labels) could give about ONE clip to the
same question, on clean and on noisy audio: ``(output, other, same_meaning, kind)``. It leans on last round's known
misses: a sound named by its source vs by its action, paraphrased reports of what was said, descriptions with many
words of their own on each side, one source vs a crowd, distance and loudness stated on both sides. ``same_meaning``
is True when a listener would take both answers to say the same thing about the clip. This is a DEV table: rows may
be read, discussed and tuned on.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, bool, str]] = [
    # ---- same meaning: the sound named by its source vs by its action ----
    ("A rooster.", "I hear a cock crowing, probably early in the morning on a farm.", True, "answer"),
    ("The sound is a baby.", "An infant is crying and fussing.", True, "answer"),
    ("This is a telephone.", "A phone is ringing, with the classic double ring of a landline.", True, "answer"),
    ("It's a car horn.", "Somebody is honking at the traffic.", True, "answer"),
    ("A chainsaw.", "Someone is cutting wood with a chainsaw; the motor revs up and down.", True, "answer"),
    ("Church bells.", "Bells are ringing out from a tower, slow and resonant.", True, "answer"),
    ("The clip contains a cat.", "A cat is meowing repeatedly, as if asking for food.", True, "answer"),
    ("A siren.", "An emergency vehicle's siren is wailing.", True, "answer"),
    ("I believe it's a frog.", "Croaking, like frogs near a pond.", True, "answer"),
    ("Answer: a typewriter.", "Someone is typing on an old mechanical typewriter; you can hear the keys clack.", True,
     "answer"),
    ("A dog.", "Barking, quite insistent, a medium-sized dog by the sound of it.", True, "answer"),
    ("Horse.", "Hooves clip-clop on a road, and a horse neighs once.", True, "answer"),
    # ---- same meaning: paraphrased report of what was said ----
    (
        "The woman asks the waiter for the bill.",
        "She is telling the server that she would like to pay and asking for the check.",
        True,
        "answer",
    ),
    (
        "The man says his train has been delayed by twenty minutes.",
        "He mentions that his train is running about 20 minutes late.",
        True,
        "answer",
    ),
    (
        "The speaker is asking for directions to the nearest pharmacy.",
        "Someone wants to know how to get to a chemist's nearby.",
        True,
        "answer",
    ),
    (
        "The pilot announces that the plane will be landing shortly and asks passengers to fasten their seatbelts.",
        "It's a cockpit announcement: we're about to begin our descent, please buckle up.",
        True,
        "answer",
    ),
    (
        "A child says she is hungry and wants a snack.",
        "The little girl complains that she wants something to eat.",
        True,
        "answer",
    ),
    (
        "The speaker reminds listeners that the library closes at 6 pm today.",
        "The message says the library will shut at six this evening.",
        True,
        "answer",
    ),
    (
        "He apologises for being late to the meeting.",
        "The man says sorry for arriving late to the meeting.",
        True,
        "answer",
    ),
    # ---- same meaning: descriptions with many words of their own on each side ----
    (
        "The audio captures a busy café: the hiss of a milk steamer, cups clinking on saucers, and a low hum of "
        "conversation from several tables.",
        "Sounds like a coffee shop. An espresso machine is frothing milk, crockery rattles now and then, and people "
        "are chatting quietly in the background.",
        True,
        "answer",
    ),
    (
        "A heavy rainstorm: rain drums on a tin roof and water gushes out of a gutter.",
        "The clip is dominated by a downpour pounding on a metal roof, with a drainpipe overflowing nearby.",
        True,
        "answer",
    ),
    (
        "In this recording, waves roll onto a beach and seagulls call overhead.",
        "Ocean surf breaks on the shore, and you can hear gulls crying above it.",
        True,
        "answer",
    ),
    (
        "A construction site: a jackhammer pounds concrete while a truck reverses with its beeping alarm.",
        "There's a pneumatic drill breaking up pavement, and a lorry backing up with that repeated beep-beep warning.",
        True,
        "answer",
    ),
    (
        "The recording is of a forest at dawn. Many birds are singing, there's a gentle breeze through the leaves, "
        "and a stream trickles somewhere nearby.",
        "Birdsong fills the woods in the early morning; wind rustles the trees and a brook babbles close by.",
        True,
        "answer",
    ),
    (
        "Someone is frying food in a pan: oil sizzles and spatters, and a spatula scrapes the pan now and then.",
        "Cooking sounds — a skillet sizzling loudly with hot oil popping, plus the occasional scrape of a utensil.",
        True,
        "answer",
    ),
    (
        "A train passes: the rhythmic clatter of wheels over rail joints, growing and then receding, with a horn "
        "blast at the start.",
        "It's a passing locomotive. It sounds its whistle first, then the clickety-clack of the carriages on the "
        "tracks gets louder and fades away.",
        True,
        "answer",
    ),
    (
        "There's a keyboard being typed on quickly, and a computer mouse clicking in between.",
        "An office sound: rapid keystrokes on a laptop, interrupted by mouse clicks.",
        True,
        "answer",
    ),
    # ---- same meaning: markdown / JSON vs prose ----
    (
        '{"sound_events": ["dog barking", "car passing"], "speech": false}',
        "A dog is barking and a car drives past. No one is speaking.",
        True,
        "answer",
    ),
    (
        "**Detected:**\n1. Applause\n2. Cheering\n3. Whistling",
        "An audience is clapping and cheering, and some people whistle.",
        True,
        "answer",
    ),
    (
        "- **Speaker:** adult male\n- **Emotion:** angry\n- **Language:** English",
        "An angry man is speaking in English.",
        True,
        "answer",
    ),
    (
        '```json\n{"answer": "yes", "event": "glass breaking"}\n```',
        "Yes, there is the sound of glass shattering.",
        True,
        "answer",
    ),
    # ---- same meaning: hedged vs plain; reasoning before the answer ----
    (
        "It's hard to be fully certain with the background noise, but this seems to be a vacuum cleaner.",
        "A vacuum cleaner is running.",
        True,
        "answer",
    ),
    (
        "The steady whirring and the occasional gear change suggest a bicycle being ridden. So yes, a bicycle is "
        "present.",
        "Yes. A bike is being ridden.",
        True,
        "answer",
    ),
    (
        "No. I listened for any music, but I only hear a fan humming and some distant traffic.",
        "There is no music in this clip.",
        True,
        "answer",
    ),
    (
        "Probably a woman, judging by the pitch of the voice.",
        "The speaker is female.",
        True,
        "answer",
    ),
    # ---- same meaning: distance or loudness stated alike on both sides ----
    (
        "A dog is barking in the distance.",
        "Far away, a dog barks a few times.",
        True,
        "answer",
    ),
    (
        "Thunder rumbles very close by, loud enough to rattle the windows.",
        "A loud, nearby thunderclap.",
        True,
        "answer",
    ),
    (
        "Someone is whispering softly.",
        "A person speaks in a very quiet, hushed voice.",
        True,
        "answer",
    ),
    (
        "A crowd is shouting loudly at a protest.",
        "Lots of people chanting and yelling at a demonstration; it's very loud.",
        True,
        "answer",
    ),
    # ---- same meaning: one source / a crowd stated alike ----
    (
        "A large crowd of people is applauding.",
        "An audience claps enthusiastically, it sounds like hundreds of people.",
        True,
        "answer",
    ),
    (
        "Just one bird is chirping.",
        "A single bird sings repeatedly.",
        True,
        "answer",
    ),
    # ---- same meaning: both decline ----
    (
        "I'm sorry, the audio is too noisy for me to tell what the sound is.",
        "I can't identify the sound — the recording is mostly static.",
        True,
        "answer",
    ),
    (
        "I cannot determine the speaker's age from this clip.",
        "It's not possible to tell how old the speaker is from the audio.",
        True,
        "answer",
    ),
    # ---- flips: distance ----
    (
        "A dog is barking in the distance.",
        "A dog is barking right next to the microphone.",
        False,
        "answer",
    ),
    (
        "Thunder rumbles far away.",
        "Thunder cracks directly overhead, very close.",
        False,
        "answer",
    ),
    (
        "A siren can be heard faintly from a long way off.",
        "A siren is blaring close by, just outside.",
        False,
        "answer",
    ),
    (
        "The speaker is standing close to the microphone.",
        "The speaker sounds distant from the microphone, as if across the room.",
        False,
        "answer",
    ),
    # ---- flips: loudness ----
    (
        "A man is speaking loudly.",
        "A man is speaking softly.",
        False,
        "answer",
    ),
    (
        "The music is playing very quietly in the background.",
        "The music is blasting at full volume.",
        False,
        "answer",
    ),
    (
        "A baby is crying loudly, screaming.",
        "A baby whimpers quietly.",
        False,
        "answer",
    ),
    (
        "Someone is knocking gently on the door.",
        "Someone is pounding loudly on the door.",
        False,
        "answer",
    ),
    # ---- flips: one source vs a crowd ----
    (
        "A single person is laughing.",
        "A whole room of people is laughing.",
        False,
        "answer",
    ),
    (
        "One man is shouting.",
        "A crowd of men is shouting.",
        False,
        "answer",
    ),
    (
        "A lone violin plays a slow melody.",
        "An orchestra plays a slow melody, with many violins.",
        False,
        "answer",
    ),
    (
        "There is one car driving past.",
        "Heavy traffic, lots of cars driving past.",
        False,
        "answer",
    ),
    (
        "Two people are talking.",
        "A large group of people are talking over each other at a party.",
        False,
        "answer",
    ),
    # ---- flips: another sound of the same family ----
    ("A dog is barking.", "A dog is growling.", False, "answer"),
    ("A kettle is whistling.", "A kettle is boiling quietly, just bubbling without any whistle.", False, "answer"),
    ("A cat is purring.", "A cat is hissing.", False, "answer"),
    ("A car engine is starting.", "A car is braking hard, with tyres screeching.", False, "answer"),
    ("A woman is laughing.", "A woman is crying.", False, "answer"),
    ("The sound is a trumpet.", "The sound is a trombone.", False, "answer"),
    # ---- flips: the reported speech changed ----
    (
        "The woman asks the waiter for the bill.",
        "The woman asks the waiter for the menu.",
        False,
        "answer",
    ),
    (
        "The man says his train has been delayed by twenty minutes.",
        "The man says his train has been cancelled.",
        False,
        "answer",
    ),
    (
        "The speaker says the library closes at 6 pm today.",
        "The speaker says the library is closed all day today.",
        False,
        "answer",
    ),
    (
        "He accepts the job offer.",
        "He turns down the job offer.",
        False,
        "answer",
    ),
    (
        "The announcer says the flight to Paris is boarding at gate 12.",
        "The announcer says the flight to Paris has been delayed.",
        False,
        "answer",
    ),
    # ---- flips: long descriptions that differ in one key fact ----
    (
        "The audio captures a busy café: the hiss of a milk steamer, cups clinking on saucers, and a low hum of "
        "conversation from several tables.",
        "The audio captures a quiet, empty café: the hiss of a milk steamer and cups clinking on saucers, with no "
        "conversation at all.",
        False,
        "answer",
    ),
    (
        "A train passes from left to right, its horn sounding as it approaches.",
        "A train stands still at the platform with its engine idling; nothing passes by.",
        False,
        "answer",
    ),
    (
        "Rain falls steadily on a tin roof, and there is no thunder.",
        "Rain falls steadily on a tin roof, with thunder rolling every few seconds.",
        False,
        "answer",
    ),
    (
        "A man speaks calmly in English, and a phone rings once in the background.",
        "A man speaks calmly in Spanish, and a phone rings once in the background.",
        False,
        "answer",
    ),
    (
        "The recording is of a forest at dawn. Many birds are singing and a stream trickles nearby.",
        "The recording is of a forest at night. Crickets chirp and an owl hoots; no birds are singing.",
        False,
        "answer",
    ),
    (
        "Inside a car: the engine hums, the indicator ticks, and the driver hums along to the radio.",
        "Standing on a pavement outside as cars go by; someone hums a tune while walking.",
        False,
        "answer",
    ),
    (
        "A small crowd of about a dozen people chat at a garden party, glasses clinking.",
        "One person talks on the phone in an otherwise silent garden, a glass clinks once.",
        False,
        "answer",
    ),
    # ---- flips: speaker attribute ----
    ("The speaker is an elderly man.", "The speaker is a young boy.", False, "answer"),
    ("She sounds happy and excited.", "She sounds sad and tired.", False, "answer"),
    ("The speaker has a British accent.", "The speaker has an American accent.", False, "answer"),
    # ---- flips: yes vs no, negation ----
    (
        "Yes, a doorbell rings near the end of the clip.",
        "No, I don't hear a doorbell at any point.",
        False,
        "answer",
    ),
    (
        "There is music playing in the background.",
        "There is no music, only people talking.",
        False,
        "answer",
    ),
    (
        "After listening carefully, I did not hear any speech in the clip.",
        "Yes, someone says a few words at the start.",
        False,
        "answer",
    ),
    # ---- flips: start vs stop, order ----
    (
        "The rain stops halfway through the clip.",
        "The rain starts halfway through the clip.",
        False,
        "answer",
    ),
    (
        "A door slams and then a dog barks.",
        "A dog barks and then a door slams.",
        False,
        "answer",
    ),
    # ---- flips: definite vs can't tell ----
    (
        "The speaker is a woman.",
        "I can't tell whether the speaker is a man or a woman; the voice is too distorted.",
        False,
        "answer",
    ),
    (
        "It's a helicopter.",
        "I'm not able to identify this sound.",
        False,
        "answer",
    ),
]
