"""DEV table of answer pairs for ``expect.consistent`` (issue 22): the lead reads it and tunes on it.

Written by helper h21 on 2026-12-06 (about 20:15-20:30 UTC), before seeing any scoring code, labelled by reading.
Each row is two answers an audio LLM (Qwen2-Audio, SALMONN, Gemini, GPT-4o, Voxtral, or a small cascade that copies
classifier labels) could give about ONE clip to the same question, once on clean and once on noisy audio:
``(output, other, same_meaning, kind)``. ``same_meaning`` is True when a listener would take both answers to say the
same thing about the clip (rewordings, added non-contradicting detail, hedged vs plain, broader vs specific class),
False when the answer flips (another sound, heard vs denied, yes vs no, definite vs "can't tell", another count,
speaker sex/age/mood, reported content, order of two sounds). This is a DEV table, not a held-out one: rows may be
read, discussed and tuned on.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, bool, str]] = [
    # ---- same meaning: reworded descriptions of the sounds ----
    (
        "A dog is barking repeatedly in the background.",
        "There's a dog barking several times, somewhere behind the microphone.",
        True,
        "answer",
    ),
    (
        "The clip contains the sound of heavy rain falling on a roof.",
        "Rain is pouring down onto what sounds like a metal or tiled roof.",
        True,
        "answer",
    ),
    (
        "I can hear a car engine starting and then idling.",
        "An engine turns over, catches, and then runs at idle for the rest of the recording.",
        True,
        "answer",
    ),
    (
        "Birds are chirping, probably outdoors in the morning.",
        "The audio features birdsong; it sounds like an outdoor scene.",
        True,
        "answer",
    ),
    (
        "Someone is knocking on a wooden door.",
        "The recording is of knocking on a door, which sounds like it is made of wood.",
        True,
        "answer",
    ),
    ("A baby is crying loudly.", "The main sound is an infant wailing.", True, "answer"),
    ("There is applause from a large audience.", "A big crowd is clapping their hands.", True, "answer"),
    (
        "The audio is of a siren passing by, likely an ambulance.",
        "An emergency vehicle siren, possibly an ambulance, gets louder and then fades as it drives past.",
        True,
        "answer",
    ),
    # longer answer adding non-contradicting detail
    (
        "A phone is ringing.",
        "A telephone rings about four times. It has an old-fashioned bell tone, and there is a faint hum underneath.",
        True,
        "answer",
    ),
    (
        "Water is running from a tap.",
        "The sound is water running from a faucet into a sink; near the end the flow gets slightly stronger, "
        "and you can hear it splashing against the basin.",
        True,
        "answer",
    ),
    (
        "Someone is typing on a keyboard.",
        "This is keyboard typing. The keys sound mechanical and the typing is fairly fast, with a short pause "
        "around the middle of the clip.",
        True,
        "answer",
    ),
    (
        "A cat meows.",
        "A cat meows a couple of times, fairly close to the microphone. There are no other notable sounds.",
        True,
        "answer",
    ),
    # hedged vs plain
    ("It sounds like rain.", "Rain is falling.", True, "answer"),
    ("I think this might be a train passing, though the audio is a bit muffled.", "A train passes by.", True, "answer"),
    ("Based on the audio, it seems to be a vacuum cleaner running.", "A vacuum cleaner is running.", True, "answer"),
    ("This is most likely the sound of frying food in a pan.", "Food is sizzling in a frying pan.", True, "answer"),
    # list vs sentence
    (
        "Sounds present: dog barking, car horn, people talking.",
        "In this recording a dog barks, a car honks its horn, and several people are talking in the background.",
        True,
        "answer",
    ),
    (
        "1. Footsteps\n2. A door closing\n3. Keys jingling",
        "I hear footsteps, then a door shutting and some keys jingling.",
        True,
        "answer",
    ),
    (
        "The audio contains:\n- wind\n- waves crashing\n- seagulls",
        "It's a beach scene: wind blowing, waves breaking on the shore, and gulls calling overhead.",
        True,
        "answer",
    ),
    # broader class vs specific
    ("An animal is making noise.", "A dog is barking.", True, "answer"),
    ("There is a musical instrument playing.", "Someone is playing the piano.", True, "answer"),
    ("A vehicle passes by.", "A motorcycle drives past.", True, "answer"),
    ("A bird is singing.", "I can hear a songbird, perhaps a robin, singing.", True, "answer"),
    # speaker descriptions reworded
    ("The speaker is a young woman.", "It's a female voice, and she sounds fairly young.", True, "answer"),
    ("The speaker sounds cheerful.", "She sounds happy and upbeat.", True, "answer"),
    (
        "The speaker is an elderly man with a calm tone.",
        "It's an older male voice; he speaks slowly and sounds relaxed.",
        True,
        "answer",
    ),
    ("The speaker seems angry.", "The person sounds annoyed, even furious, raising his voice at several points.", True, "answer"),
    ("The speaker's emotion is sad.", "He sounds quite down, almost on the verge of tears.", True, "answer"),
    ("There are two speakers: a man and a woman.", "I hear a conversation between a male and a female voice.", True, "answer"),
    # reports of what the speaker says, paraphrased
    ("The speaker says the meeting is at 3.", "They mention the meeting starts at three.", True, "answer"),
    (
        "The woman asks for directions to the train station.",
        "She is asking someone how to get to the railway station.",
        True,
        "answer",
    ),
    (
        "The caller wants to cancel her appointment on Friday.",
        "A woman phones to call off her Friday appointment.",
        True,
        "answer",
    ),
    (
        "He says the flight has been delayed by two hours.",
        "The announcement states that the flight is running 2 hours late.",
        True,
        "answer",
    ),
    (
        "The speaker is reading out a phone number: 555-0142.",
        "Someone dictates the number five five five, zero one four two.",
        True,
        "answer",
    ),
    ("The man says he'll be home by 7 pm.", "He tells someone he will get back home at seven in the evening.", True, "answer"),
    # counts said differently
    ("There are three knocks on the door.", "Someone knocks 3 times.", True, "answer"),
    ("The bell rings twice.", "I hear the bell ring two times.", True, "answer"),
    ("A dog barks four times in total.", "The dog lets out 4 barks.", True, "answer"),
    ("The clock strikes twelve.", "A clock chimes 12 times, like midnight or noon.", True, "answer"),
    # yes/no answers with different explanations
    ("Yes, there is a dog barking in the clip.", "Yes. About halfway through, a dog barks a few times.", True, "answer"),
    ("No, I don't hear any music.", "No. The recording contains only traffic noise and some wind.", True, "answer"),
    ("Yes, a siren can be heard.", "Yes — there is a police or ambulance siren in the distance.", True, "answer"),
    ("No, the speaker does not sound angry.", "No; she sounds calm and even a little amused.", True, "answer"),
    # "no X" said in different ways
    ("There is no speech in this recording.", "Nobody talks; the audio is just background noise.", True, "answer"),
    ("No birds can be heard.", "I don't hear any birdsong at all in this clip.", True, "answer"),
    ("There's no music playing.", "The clip doesn't contain any music.", True, "answer"),
    (
        "The audio is silent apart from a faint hiss.",
        "There's essentially nothing here except some low background hiss.",
        True,
        "answer",
    ),
    # classifier labels vs prose
    ("Speech, Male speech, Narration", "A man is narrating something in a calm voice.", True, "answer"),
    ("Dog; Bark; Domestic animals, pets", "A pet dog is barking.", True, "answer"),
    ("Rain, Rain on surface, Raindrop", "It's raining, and you can hear the drops hitting a surface.", True, "answer"),
    ("Vehicle horn, car horn, honking", "A car honks its horn.", True, "answer"),
    ("Music, Guitar, Acoustic guitar", "Someone is playing an acoustic guitar.", True, "answer"),
    # ---- flips: another sound ----
    ("A dog is barking in the background.", "A cat is meowing in the background.", False, "answer"),
    ("It sounds like rain falling on a roof.", "This sounds like bacon frying in a pan.", False, "answer"),
    ("A train is passing by on the tracks.", "An airplane is flying overhead.", False, "answer"),
    ("I can hear church bells ringing.", "I can hear a bicycle bell ringing a few times.", False, "answer"),
    ("Someone is playing the violin.", "Someone is playing the trumpet.", False, "answer"),
    ("The main sound is a baby crying.", "The main sound is a baby laughing.", False, "answer"),
    ("Dog; Bark", "Cat; Meow", False, "answer"),
    # sound heard vs denied
    ("A car horn honks twice near the end.", "There is no car horn in this recording, only engine noise.", False, "answer"),
    (
        "There is music playing softly in the background.",
        "I don't hear any music; the background is just room noise.",
        False,
        "answer",
    ),
    ("You can hear a person speaking.", "There is no speech in the clip.", False, "answer"),
    ("The rooster crows at the start.", "Hens are clucking, but there is no crowing.", False, "answer"),
    # yes vs no
    ("Yes, there is a siren in the audio.", "No, I don't hear a siren.", False, "answer"),
    ("Yes. The speaker sounds nervous.", "No, the speaker sounds confident and relaxed.", False, "answer"),
    ("No, there are no footsteps.", "Yes, footsteps can be heard walking across a hard floor.", False, "answer"),
    # definite vs can't tell
    ("A dog is barking.", "It's hard to tell what the sound is; the audio is too noisy to identify it.", False, "answer"),
    ("The speaker is a man.", "I can't determine the speaker's gender from this recording.", False, "answer"),
    ("Yes, there is a doorbell.", "It may or may not be a doorbell; the recording is too distorted to be sure.", False, "answer"),
    # another count
    ("There are three knocks on the door.", "Someone knocks twice on the door.", False, "answer"),
    ("The bell rings four times.", "The bell rings 6 times.", False, "answer"),
    ("I count two different speakers.", "There appear to be three distinct speakers in the conversation.", False, "answer"),
    # another speaker sex / age / mood
    ("The speaker is a young woman.", "The speaker is a middle-aged man.", False, "answer"),
    ("It's a child's voice.", "It's an elderly person's voice.", False, "answer"),
    ("The speaker sounds happy and excited.", "The speaker sounds sad and tired.", False, "answer"),
    ("She sounds calm.", "She sounds angry and is almost shouting.", False, "answer"),
    ("It's a female voice.", "The voice belongs to a man.", False, "answer"),
    # another reported content
    ("The speaker says the meeting is at 3.", "The speaker says the meeting is at 4.", False, "answer"),
    ("The caller wants to cancel the order.", "The caller wants to confirm the order.", False, "answer"),
    ("He says the flight is delayed.", "He says the flight is on time.", False, "answer"),
    ("The announcement asks passengers to go to gate 12.", "The announcement asks passengers to go to gate 21.", False, "answer"),
    ("She says she will arrive on Monday.", "She says she will arrive on Wednesday.", False, "answer"),
    ("The man agrees to the proposal.", "The man rejects the proposal.", False, "answer"),
    # swapped order of two sounds
    ("First a door slams, then a dog starts barking.", "First a dog barks, and then a door slams shut.", False, "answer"),
    ("A car starts and then a horn honks.", "A horn honks and then a car starts.", False, "answer"),
]
