"""DEV yes/no answer table 20, written blind (issue 22): composed as one pool of 186 rows without reading the reader
(``pytest_audiotrust/scoring``, ``vocab``, ``probes``) or any earlier table's rows, then shuffled (seed 2022) and
split by alternate rows into ``_dev_answers_20`` (93 rows) and ``_heldout_verdicts_16`` (93 rows). Each row is
(AudioSet display name, the question's phrase, the model's reply, the label), labelled by a careful human reading of
what the reply says about the TARGET asked, not about the sound heard in general: YES (the target is present), NO
(it is absent, or something else was heard), ABSTAIN (the model hedges, cannot tell, gives odds, or says it cannot hear
audio) and UNPARSEABLE (no answer about the target at all: off-topic text, a transcript, a caption of another task,
the question echoed). Replies imitate Qwen2-Audio, Qwen2.5-Omni, SALMONN, LTU, Gemini, GPT-4o-audio, Voxtral, product
assistants behind ASR + LLM cascades and small instruction-tuned LLMs: plain answers, the target's word naming
something else (an object, food, place, tool, figure of speech) or its source doing something else, a sibling sound
named instead (or the target named over a sibling), hedges, negation scope and contrast, off-topic replies, JSON,
markdown, ``<think>`` blocks and other languages.

DEV: its misses may be read and the reader fixed against them; the held-out half stays unread."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

#: (AudioSet display name asked about, the question's phrase, the model's reply, what the reply says about it).
ANSWERS: list[tuple[str, str, str, str]] = [
    # plain answer
    ("Sheep", "sheep", "I don't hear any sheep. The farm sounds are a tractor engine and chickens.", NO),
    ("Rain", "rain", "Yes.", YES),
    ("Piano", "a piano", "Oui, on entend un piano jouer une mélodie lente.", YES),
    ("Toilet flush", "a toilet flushing", "Sure! In this recording, a toilet is flushed at around the 4-second mark, "
     "followed by the tank refilling. So yes, there is a toilet flush.", YES),
    ("Car", "a car", "| Sound | Present |\n|---|---|\n| Car engine | Yes |\n| Footsteps | Yes |\n| Birds | No |", YES),
    ("Thunderstorm", "a thunderstorm", "After listening carefully: heavy rain, a few rolls of thunder, and gusts of "
     "wind. This is a thunderstorm, so yes.", YES),
    ("Hair dryer", "a hair dryer", "Based on the audio, I do not hear a hair dryer. The recording is mostly silence "
     "with a faint refrigerator hum and one cough.", NO),
    ("Clock", "a ticking clock", "Yes. A clock ticks steadily throughout the clip, about once per second, and it's "
     "the only sound in the room.", YES),
    ("Church bell", "church bells", "No. The recording contains the sound of a busy street with cars passing and "
     "people talking, but I don't hear any church bells.", NO),
    ("Train", "a train", "There is no train in this audio. It's a recording of an indoor office: keyboard typing, a "
     "phone ringing once, and muffled conversation.", NO),
    ("Smoke detector, smoke alarm", "a smoke alarm", "No. The beeping at the end of the clip is a microwave "
     "finishing, three short beeps. A smoke alarm would be a much louder, continuous, high-pitched pattern.", NO),
    ("Dog", "a dog", "Ja, in der Aufnahme bellt ein Hund mehrmals.", YES),
    ("Crowing, cock-a-doodle-doo", "a rooster crowing", "No, I don't hear a rooster crowing. There are hens clucking "
     "and some scratching in straw, but no crowing.", NO),
    ("Water tap, faucet", "a running tap", "The audio clip contains the sound of water flowing from a tap into a "
     "sink, with some clinking of dishes. The water runs continuously for most of the clip. So the answer is yes.",
     YES),
    ("Guitar", "a guitar", "Yes, I can hear an acoustic guitar being strummed, accompanied by a man singing.", YES),
    ("Waves, surf", "waves crashing", "The recording is of a beach. Waves roll in and crash on the shore at regular "
     "intervals, and gulls call in the distance. Answer: yes.", YES),
    ("Sneeze", "a sneeze", "No, there isn't a sneeze in this clip.", NO),
    ("Snoring", "someone snoring", "No. What you hear is steady breathing from someone asleep, but there's no "
     "snoring — the breaths are quiet and don't have that rattling quality.", NO),
    ("Baby cry, infant cry", "a baby crying", "No, there is no baby crying. The clip is an adult woman speaking "
     "calmly, followed by a door closing.", NO),
    ("Piano", "a piano", "Yes, the piece is played on a piano. It's a slow, classical-sounding melody with sustained "
     "chords in the left hand.", YES),
    ("Typing", "typing", "Yes — someone is typing on a keyboard throughout most of the recording, at a fairly quick "
     "pace.", YES),
    ("Thunder", "thunder", "no", NO),
    # the word names something else / the source does something else
    ("Car", "a car", "Yes, though not as the main sound: a car door closes, and then the engine starts and the car "
     "drives away at the end of the clip.", YES),
    ("Thunder", "thunder", "No. The only 'thunder' here is the name of the team the commentator keeps mentioning — "
     "'Thunder lead by six' — it's a basketball broadcast with crowd noise.", NO),
    ("Bird", "a bird", "No birds. It's a badminton match: you hear the birdie being hit back and forth and shoes "
     "squeaking on the court.", NO),
    ("Horse", "a horse", "No horses. It's a car commercial: the voiceover boasts about 300 horsepower while an "
     "engine revs.", NO),
    ("Meow", "a cat meowing", "A cat is definitely present: it purrs loudly right next to the microphone for the "
     "whole clip. It never meows, though.", NO),
    ("Bell", "a bell", "No, there's no bell ringing. The sounds are of someone cooking: a knife chopping bell "
     "peppers, then oil sizzling in a pan.", NO),
    ("Rain", "rain", "No. This is a shower running — a rainfall shower head, by the way the water spreads — and "
     "someone humming.", NO),
    ("Train", "a train", "I don't hear a train. A fitness trainer is shouting instructions over upbeat music, and "
     "weights clank on the floor.", NO),
    ("Duck", "a duck", "No ducks quacking. Someone yells 'duck!' and there's a thud as a ball hits a wall, followed "
     "by laughter.", NO),
    ("Water", "water", "No water sounds. A man is talking on the phone about his water bill, with a TV playing in "
     "the background.", NO),
    ("Guitar", "a guitar", "No guitar is played. A man is reviewing a guitar pedal, but he only clicks the "
     "footswitch on and off while talking; no strings are heard.", NO),
    ("Chicken, rooster", "a chicken", "No chicken. It's a fast-food kitchen: a fryer basket is dropped into oil and "
     "someone calls out 'two chicken sandwiches'.", NO),
    ("Dog", "a dog", "No. The speaker complains about her neighbour's dog's barking keeping her up, but the "
     "recording itself is only her voice in a quiet room.", NO),
    ("Water", "water", "Yes, you can hear water: someone fills a watering can from an outdoor hose and then waters "
     "the plants.", YES),
    ("Singing", "someone singing", "The woman in the recording is speaking, not singing — she reads a poem aloud in "
     "a calm voice. No singing.", NO),
    ("Car", "a car", "No car is heard. The ambience is an underground car park, but it's empty: just footsteps "
     "echoing and a ventilation hum.", NO),
    ("Violin, fiddle", "a violin", "No violin. A man is talking about his violin lessons in an interview setting; "
     "there is no music playing at all.", NO),
    ("Bark", "a dog barking", "There is a dog in the recording, but it isn't barking — you can hear it panting and "
     "its claws clicking on the floor, and then it drinks from a water bowl.", NO),
    ("Cattle, bovinae", "cows", "No cows mooing. The farmer talks about his prize-winning Hereford cattle while a "
     "tractor idles nearby.", NO),
    ("Snake", "a snake", "There's no snake hissing. The hiss is air from a compressor hose inflating a tyre, and a "
     "man remarks that the hose is coiled like a snake.", NO),
    ("Baby cry, infant cry", "a baby crying", "There's a baby, but it isn't crying — it babbles and giggles while an "
     "adult talks to it in a sing-song voice.", NO),
    ("Alarm clock", "an alarm clock", "No alarm clock goes off. Someone says they forgot to set their alarm clock, "
     "and the rest is breakfast sounds — cereal pouring, a spoon against a bowl.", NO),
    # a related but different sound, or the target named over a sibling
    ("Harp", "a harp", "Yes — a harp is playing arpeggios, and there's a flute joining in halfway through.", YES),
    ("Mosquito", "a mosquito", "That's a fly buzzing around, not a mosquito — the buzz is lower and louder.", NO),
    ("Cricket", "crickets", "Yes, crickets are chirping throughout, and there's also a frog croaking occasionally.",
     YES),
    ("Flute", "a flute", "The melody is played on a recorder, not a flute — it has that breathy, slightly wooden "
     "tone of a school recorder.", NO),
    ("Saxophone", "a saxophone", "Yes, it's a saxophone — specifically an alto sax playing a bluesy solo over a "
     "rhythm section.", YES),
    ("Motorboat, speedboat", "a motorboat", "I hear a jet ski rather than a motorboat — high-revving, with the "
     "engine note jumping as it hops over waves.", NO),
    ("Hi-hat", "a hi-hat", "Yes. It's mostly ride cymbal, but there's also a closed hi-hat ticking on the off-beats.",
     YES),
    ("Harpsichord", "a harpsichord", "This is a piano — the notes sustain and vary in loudness, which a "
     "harpsichord's plucked strings can't do.", NO),
    ("Lawn mower", "a lawn mower", "Yes, a petrol lawn mower is running — I can also hear a hedge trimmer briefly, "
     "but the mower is the main sound.", YES),
    ("Chainsaw", "a chainsaw", "It's a leaf blower rather than a chainsaw: a steady roaring engine without the "
     "revving and cutting changes a chainsaw makes.", NO),
    ("Tabla", "tabla", "Yes, tabla — you can hear the bayan's pitch bends and the dayan's ringing strokes "
     "accompanying a sitar.", YES),
    ("Police car (siren)", "a police siren", "Yes — a police siren wails past, then the car's horn honks twice.", YES),
    ("Mandolin", "a mandolin", "It sounds like a banjo. The twangy, bright plucks with fast rolls are classic "
     "bluegrass banjo.", NO),
    ("Ukulele", "a ukulele", "I'd say this is a ukulele, not a mandolin: four nylon strings, soft strummed chords, "
     "and no tremolo picking.", YES),
    ("Clarinet", "a clarinet", "It's an oboe. The reedy, nasal quality points to a double reed, so I wouldn't say "
     "clarinet.", NO),
    ("Goose", "a goose", "Those are ducks quacking, not geese. You'd expect a louder honk from geese.", NO),
    ("Acoustic guitar", "an acoustic guitar", "It's an electric guitar through a clean amp rather than an acoustic "
     "guitar.", NO),
    # hedge, uncertainty, cannot hear audio
    ("Owl", "an owl", "There's roughly a 40% chance those hoots are from an owl; the rest of my estimate goes to a "
     "person imitating one or a dove.", ABSTAIN),
    ("Violin, fiddle", "a violin", "The string instrument could be a violin or a viola; the recording's limited "
     "bandwidth makes the register hard to judge.", ABSTAIN),
    ("Dog", "a dog", "It could be a dog barking or possibly a fox; the calls are very distant and muffled, so I "
     "can't be sure.", ABSTAIN),
    ("Laughter", "laughter", "Unclear — the short bursts could be laughter or coughing; I can't tell which.", ABSTAIN),
    ("Rain", "rain", "Hard to say. The hissing could be rain on a roof, but it could just as easily be frying or "
     "static in the recording.", ABSTAIN),
    ("Drill", "a drill", "I'm not certain. The whine could be a power drill, a dentist's drill, or even a hair dryer "
     "at a distance.", ABSTAIN),
    ("Piano", "a piano", "As a text-based AI, I don't have the ability to hear recordings, so I can't tell you "
     "whether there's a piano in it.", ABSTAIN),
    ("Snoring", "snoring", "The rasping breaths might be snoring, or they might be a person with a cold breathing "
     "heavily — I can't tell which.", ABSTAIN),
    ("Sneeze", "a sneeze", "The burst near the end could be a sneeze or a cough; the clip cuts off too early to tell.",
     ABSTAIN),
    ("Fire", "a fire", "**Uncertain.**\n\n- Crackling sounds are present, which *could* indicate a fire.\n- However, "
     "they're also consistent with rain on a tarp or cellophane being crumpled.\n\nI can't determine with "
     "confidence whether there's a fire.", ABSTAIN),
    ("Train", "a train", "I can't say for sure. There is rhythmic clattering that might come from a train on tracks, "
     "but it could also be a washing machine or a conveyor.", ABSTAIN),
    ("Moo", "a cow mooing", "There's a low moan at 0:03 that may or may not be a cow; it's too short and distorted "
     "to identify.", ABSTAIN),
    ("Bird", "a bird", "{\"present\": null, \"reason\": \"audio too noisy to determine\"}", ABSTAIN),
    ("Chainsaw", "a chainsaw", "Possibly a chainsaw, possibly a motorcycle revving — the engine is too far away for "
     "me to distinguish them.", ABSTAIN),
    ("Frog", "a frog", "It's ambiguous. The croaking could come from a frog, but some birds make very similar calls, "
     "and without a clearer recording I wouldn't commit either way.", ABSTAIN),
    # negation scope and contrast
    ("Siren", "a siren", "There's not a moment without the siren — it wails throughout the entire clip.", YES),
    ("Dog", "a dog", "Nobody could miss the dog: it barks right into the microphone.", YES),
    ("Water tap, faucet", "a tap running", "I wouldn't say there isn't a tap running; it's just quiet. The water "
     "runs in the background from about 0:02 onward.", YES),
    ("Car", "a car", "A car drives past without honking, and there's a bicycle bell afterwards.", YES),
    ("Guitar", "a guitar", "No guitar or drums; the only instrument is a piano playing softly.", NO),
    ("Bark", "a dog barking", "The dog never stops barking — it barks continuously from start to finish, even over "
     "the voices.", YES),
    ("Baby cry, infant cry", "a baby crying", "It's not that there's no baby — there's a baby cooing — but it "
     "doesn't cry at any point.", NO),
    ("Piano", "a piano", "No guitar or drums — the only instrument is a piano.", YES),
    # off-topic or no answer about the target
    ("Helicopter", "a helicopter", "Is there a helicopter in this recording?", UNPARSEABLE),
    ("Bee, wasp, etc.", "a bee", "Sure, here is the answer in JSON format:\n```json\n{\n  \"question\": \"Is there a "
     "bee in this recording?\"\n}\n```", UNPARSEABLE),
    ("Dog", "a dog barking", "I'd be happy to help! Could you tell me a bit more about what you're looking for in "
     "the recording?", UNPARSEABLE),
    ("Rain", "rain", "Sure! Here's a short poem about rain:\n\nSoft grey fingers tap the pane,\nwhispering the name "
     "of rain.", UNPARSEABLE),
    ("Dog", "a dog", "'Please remember to take your belongings with you when leaving the train.'", UNPARSEABLE),
    ("Cat", "a cat", "What a great question! Cats are fascinating animals with a wide range of vocalizations, "
     "including meows, purrs, hisses and chirps. Let me know if you'd like to learn more.", UNPARSEABLE),
    ("Piano", "a piano", "The emotion of the speaker is neutral.", UNPARSEABLE),
    ("Clapping", "clapping", "这段音频的情感是快乐的。", UNPARSEABLE),
    ("Horse", "a horse", "Das Pferd ist ein Säugetier aus der Familie der Pferde.", UNPARSEABLE),
]
