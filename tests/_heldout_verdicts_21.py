"""Yes/no answer table pair 23, held-out 21 (70 rows).

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass.

Written blind for issue 22, without reading the reader or any earlier table, together with its dev twin
(tests/_dev_answers_23.py, dev 23). One pool of 140 replies was split by random.Random(2321): within each
expected label the rows were shuffled, then alternate rows went to dev (even index) and held out (odd).

Each row is (label, phrase, reply, expected):
- label: the AudioSet display name of the target sound;
- phrase: how the question named it: "Is there <phrase> in this recording?";
- reply: what an audio LLM answered;
- expected: what a careful human reads the reply as saying about the target asked:
  YES: the asked sound is there;
  NO: it is not;
  ABSTAIN: the reply hedges, gives odds, cannot tell, or says it cannot hear audio;
  UNPARSEABLE: no answer about the target (off topic, a transcript, metadata, a question back,
  the question echoed).

Styles: terse one-word answers; captions that never say yes or no; long explanations; chain-of-thought
that ends in an answer; markdown tables, step lists and JSON; answers about a related but different sound; the source
present without the asked sound; hedges and probabilities; refusals to listen; off-topic or hallucinated
tangents; a few rows in Spanish, German, French or Chinese. Replies imitate Qwen2-Audio-7B-Instruct,
Qwen2.5-Omni, SALMONN, LTU, Gemini 2.5, GPT-4o-audio, Voxtral, Kimi-Audio, Audio Flamingo 2/3, Step-Audio,
and a small instruction-tuned LLM (0.5B-3B) fed a Whisper transcript plus an audio tagger's top labels, on
everyday clips (homes, streets, offices, nature, music, sports, vehicles, animals, kitchens, emergencies).

Counts: YES 28, NO 25, ABSTAIN 10, UNPARSEABLE 7.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    (
        "Walk, footsteps",
        "footsteps",
        "Yes, I can hear footsteps on a hard floor, possibly someone walking in heels down a hallway.",
        YES,
    ),
    (
        "Water tap, faucet",
        "a running faucet",
        "Yes, water is running from a tap, probably into a sink — you can hear it splashing and then being turned "
        "off.",
        YES,
    ),
    (
        "Ambulance (siren)",
        "an ambulance siren",
        "Transcript: [no speech]\nAudio tags: Siren, Ambulance (siren), Vehicle\n\nYes, an ambulance siren is "
        "present in the recording.",
        YES,
    ),
    ("Saxophone", "a saxophone", "Yes, a saxophone plays a jazz solo over a walking bass line.", YES),
    ("Violin, fiddle", "a violin", "Yes, a solo violin plays a slow melody.", YES),
    ("Train horn", "a train horn", "Yes, a train horn blares twice as the train approaches the crossing.", YES),
    ("Whistling", "whistling", "Ja. Jemand pfeift eine fröhliche Melodie.", YES),
    ("Piano", "a piano", "{\"answer\": \"yes\", \"confidence\": 0.93}", YES),
    (
        "Alarm clock",
        "an alarm clock",
        "Answer: Yes\nReason: A repetitive electronic beeping typical of a digital alarm clock is heard, and it "
        "stops when someone presses a button.",
        YES,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "Let me think about this. The recording contains a high-pitched two-stroke engine that revs up and down in "
        "bursts, with occasional crunching sounds consistent with cutting wood. This pattern is characteristic of a "
        "chainsaw.\n\nAnswer: yes",
        YES,
    ),
    (
        "Speech",
        "someone speaking",
        "Yes, a woman is speaking. She says: \"Okay, I'll meet you at the station at six.\"",
        YES,
    ),
    (
        "Crowing, cock-a-doodle-doo",
        "a rooster crowing",
        "A rooster crows loudly several times while other birds chirp in the background.",
        YES,
    ),
    ("Snoring", "snoring", "yes snoring", YES),
    (
        "Bird",
        "birds",
        "The sound of birds chirping and singing in a forest, with a gentle breeze rustling leaves.",
        YES,
    ),
    ("Cricket", "crickets", "Yes, crickets are chirping continuously throughout.", YES),
    (
        "Helicopter",
        "a helicopter",
        "Yes — the rhythmic thumping of rotor blades is clearly audible overhead, getting louder and then fading.",
        YES,
    ),
    (
        "Dog",
        "a dog",
        "Based on the audio tags (Dog: 0.87, Bark: 0.81, Speech: 0.12), yes, there is a dog in this recording.",
        YES,
    ),
    (
        "Siren",
        "a siren",
        "The audio features an emergency vehicle siren wailing as it passes by, with the pitch dropping as it moves "
        "away.",
        YES,
    ),
    ("Wind", "wind", "Yes, strong wind is blowing across the microphone, causing low buffeting noise.", YES),
    ("Sneeze", "a sneeze", "yep, someone sneezes right at the start (around 0:01)", YES),
    (
        "Lawn mower",
        "a lawn mower",
        "**Yes.**\n\nThe recording features a gasoline lawn mower engine running steadily, which is the dominant "
        "sound. Birdsong is faintly audible in the background.",
        YES,
    ),
    ("Dog", "a dog barking", "Yes.", YES),
    ("Car alarm", "a car alarm", "Yes, a car alarm is going off, cycling through several different tones.", YES),
    (
        "Motorcycle",
        "a motorcycle",
        "Yes. The recording is dominated by a motorcycle engine revving and then accelerating away.",
        YES,
    ),
    ("Frog", "frogs", "Yes. Frogs are croaking, along with crickets — sounds like a pond at night.", YES),
    (
        "Crying, sobbing",
        "someone crying",
        "Yes. An adult woman can be heard sobbing quietly, with sniffles in between.",
        YES,
    ),
    ("Laughter", "laughter", "There is laughter — a group of people laughing after someone tells a joke.", YES),
    ("Guitar", "a guitar", "Yes, an acoustic guitar is being strummed, accompanied by a male vocalist.", YES),
    (
        "Dog",
        "a dog",
        "The transcript is: \"Come here, buddy, good boy!\" The audio tags are Speech (0.91), Male speech (0.64). "
        "No dog sound was detected, so the answer is no.",
        NO,
    ),
    (
        "Thunder",
        "thunder",
        "Non, il n'y a pas de tonnerre. On entend seulement la pluie et quelques voitures qui passent.",
        NO,
    ),
    ("Shatter", "glass breaking", "No, the sound is dishes clinking together in a sink — nothing breaks.", NO),
    (
        "Helicopter",
        "a helicopter",
        "Let's think step by step. The sound is a steady low-frequency roar without the periodic \"chop\" of rotor "
        "blades. It rises and falls slowly, like a jet passing at high altitude. Therefore, the answer is no.",
        NO,
    ),
    ("Rain", "rain", "No. The hissing sound is a shower running in a bathroom, not rain.", NO),
    (
        "Train horn",
        "a train horn",
        "No train horn. A train does pass on the tracks, but it never sounds its horn.",
        NO,
    ),
    ("Applause", "applause", "No, the audience is silent; only a single speaker is giving a lecture.", NO),
    ("Toilet flush", "a toilet flushing", "No. The sound is a bathtub draining.", NO),
    (
        "Bark",
        "a dog barking",
        "There's a dog in the recording — you can hear it panting and its tags jingling — but it never barks.",
        NO,
    ),
    ("Chainsaw", "a chainsaw", "There is no chainsaw in this recording; the engine sound is a leaf blower.", NO),
    (
        "Lawn mower",
        "a lawn mower",
        "**No.** The engine noise in the recording comes from a motorcycle idling, not a lawn mower.",
        NO,
    ),
    ("Saxophone", "a saxophone", "The lead instrument is a trumpet with a mute, not a saxophone, so no.", NO),
    ("Walk, footsteps", "footsteps", "Answer: No", NO),
    ("Speech", "someone speaking", "No, there's no speech at all, only instrumental music.", NO),
    ("Bird", "birds", "No birds are audible. The clip is dominated by highway traffic.", NO),
    ("Cough", "coughing", "No coughing is heard; there's just a man reading the news.", NO),
    ("Cat", "a cat", "没有，录音里没有猫的声音，只有狗叫。", NO),
    (
        "Blender",
        "a blender",
        "No — that's a coffee grinder; it's shorter and crunchier than a blender would sound.",
        NO,
    ),
    ("Telephone bell ringing", "a phone ringing", "No phone rings in this clip.", NO),
    (
        "Water tap, faucet",
        "a running faucet",
        "No, the water sound is a small stream flowing over rocks outdoors.",
        NO,
    ),
    ("Fireworks", "fireworks", "No fireworks — the popping is popcorn in a microwave.", NO),
    ("Typing", "typing", "No. The clicking sounds are from a computer mouse, not keyboard typing.", NO),
    (
        "Guitar",
        "a guitar",
        "No, there isn't. The recording is of a busy café: an espresso machine hisses, cups clink, and several "
        "conversations overlap. I don't detect any music at all, so there's no guitar.",
        NO,
    ),
    ("Violin, fiddle", "a violin", "No. The string instrument is a cello playing low sustained notes.", NO),
    ("Fire alarm", "a fire alarm", "No. The beeping is a truck reversing, not a fire alarm.", NO),
    (
        "Walk, footsteps",
        "footsteps",
        "Unclear. There are some rhythmic thumps that could be footsteps, but they could also be someone tapping on "
        "a table.",
        ABSTAIN,
    ),
    (
        "Bird",
        "birds",
        "I'd put it at about 60% that there are birds — a few faint chirps could be birds or a squeaky hinge.",
        ABSTAIN,
    ),
    (
        "Gunshot, gunfire",
        "gunshots",
        "The transcript is empty, and the audio tags (Explosion 0.31, Gunshot 0.29, Door 0.25) are too "
        "low-confidence to go on. I can't determine whether there are gunshots.",
        ABSTAIN,
    ),
    (
        "Fire alarm",
        "a fire alarm",
        "{\"answer\": \"uncertain\", \"reason\": \"high-pitched beeping detected but source unclear\"}",
        ABSTAIN,
    ),
    ("Dog", "a dog", "I'm sorry, but I can't listen to audio. If you describe the recording, I can help.", ABSTAIN),
    (
        "Snoring",
        "snoring",
        "Likelihood: medium. The low periodic noise could be snoring, but it could also be a fan or a purring cat.",
        ABSTAIN,
    ),
    ("Cough", "coughing", "Maybe? There's a short burst at the end that might be a cough or a laugh.", ABSTAIN),
    (
        "Rain",
        "rain",
        "It's hard to tell. The constant hiss could be rain or just background noise from the recorder.",
        ABSTAIN,
    ),
    (
        "Thunder",
        "thunder",
        "Ich bin mir nicht sicher. Das tiefe Grollen könnte Donner sein, aber auch ein vorbeifahrender Lastwagen.",
        ABSTAIN,
    ),
    (
        "Helicopter",
        "a helicopter",
        "As an AI text model, I don't have the ability to hear audio files, so I can't determine whether there's a "
        "helicopter.",
        ABSTAIN,
    ),
    ("Rain", "rain", "\"Thanks for calling, please leave a message after the tone.\"", UNPARSEABLE),
    ("Piano", "a piano", "Duration: 10.0 s, sample rate: 16 kHz, channels: 1.", UNPARSEABLE),
    ("Thunder", "thunder", "Speaker 1: ¿Dónde dejaste las llaves?\nSpeaker 2: En la mesa de la cocina.", UNPARSEABLE),
    ("Dog", "a dog", "What kind of dog are you asking about?", UNPARSEABLE),
    ("Siren", "a siren", "Is there a siren in this recording?", UNPARSEABLE),
    ("Doorbell", "a doorbell", "Question: Is there a doorbell in this recording?\nAnswer:", UNPARSEABLE),
    ("Laughter", "laughter", "Genre: Pop. Tempo: 120 BPM. Key: C major.", UNPARSEABLE),
]
