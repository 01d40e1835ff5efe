"""The eighteenth held-out verdict set (``tests/_heldout_verdicts_18.py``): 87 replies to "is <sound> in this
recording?", written blind (issue 22) together with dev table ``tests/_dev_answers_21.py`` from one pool of 175
hand-written replies, split by a seeded shuffle (``random.Random(114)``, the first seed from 21 up keeping each label
within two of an even split; alternate rows): 87 here, 88 there. Nobody who wrote a row read the answer reader
(``scoring/``, ``vocab/`` beyond the list of AudioSet display names, ``probes/``) or an earlier table.

Each row is ``(label, phrase, reply, expected)``: ``label`` an AudioSet display name, ``phrase`` how the question
names the target ("Is there <phrase> in this recording?"), ``reply`` an audio LLM's free text, ``expected`` what a
careful human reads the reply as saying about the target asked: YES (the asked sound is there), NO (it is not),
ABSTAIN (the model hedges, gives odds, cannot tell, or says it cannot hear audio) or UNPARSEABLE (no answer about the
target at all: off topic, a transcript, metadata, the question echoed). Replies a careful human could not label
confidently were left out.

Styles imitated: Qwen2-Audio, Qwen2.5-Omni, SALMONN, LTU, Gemini 2.x, GPT-4o-audio, Voxtral, Kimi-Audio, Step-Audio,
Audio Flamingo, product assistants behind ASR + LLM cascades and small instruction-tuned LLMs; one-word answers,
captions, reasoning then answer, markdown, bullets, tables, JSON, and a few in Chinese, Spanish, German and French.
Shapes, yes and no mixed in each: plain answers; the target's word used for something that is not the sound (a food,
brand, team, idiom, simile, lyric, topic); the source present making another sound, and the asked sound made by its
source; a related sound named instead (sibling species, instrument, siren, horn) and corrections; hedges,
probabilities and "I can't listen to audio"; negation scope and contrast ("without", "no X, just Y", "never stops",
"not only"); off-topic replies.

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass; the floor in
``tests/test_heldout_verdicts_18.py`` is its first score.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # plain yes, described
    ("Dog", "a dog barking",
     "Yes, there is a dog barking in the recording. The barks are sharp and repeated, roughly five "
     "times in the first ten seconds.", YES),
    # plain no, other sounds named
    ("Meow", "a cat meowing",
     "No. The audio contains a person speaking and some kitchen clatter; I do not hear a cat.", NO),
    # plain yes, one word (Qwen2-Audio)
    ("Rain", "rain", "yes", YES),
    # plain no, one word
    ("Thunder", "thunder", "No", NO),
    # plain no, answer then reasoning (LTU)
    ("Chainsaw", "a chainsaw",
     "Answer: No. Reasoning: The dominant sound is a steady low-frequency hum consistent with an air "
     "conditioner; there are no revving engine bursts or cutting sounds typical of a chainsaw.", NO),
    # plain no, other sounds named (GPT-4o)
    ("Baby cry, infant cry", "a baby crying",
     "No, I don't hear a baby crying. The clip is mostly adult conversation with a television playing "
     "in the background.", NO),
    # plain yes, JSON
    ("Siren", "a siren",
     '{"target": "siren", "present": true, "confidence": 0.91, "timestamps": ["00:02-00:11"]}', YES),
    # plain no, markdown table
    ("Piano", "a piano",
     "| Sound | Present |\n|---|---|\n| Piano | No |\n| Acoustic guitar | Yes |\n| Male vocals | Yes |", NO),
    # plain no, Spanish
    ("Crowing, cock-a-doodle-doo", "a rooster crowing",
     "No, en la grabación no se oye ningún gallo cantando; solo hay viento y algunos pájaros.", NO),
    # plain no, French
    ("Vehicle horn, car horn, honking", "a car horn",
     "Non, je n'entends pas de klaxon. On entend seulement le bruit de la circulation au loin.", NO),
    # plain no, numbered steps
    ("Shatter", "glass shattering",
     "Step 1: Identify the sounds — a door creaks, then footsteps on wood. Step 2: Check for the target "
     "— there is no sharp, high-frequency crash or tinkling of fragments. Conclusion: no glass shatters "
     "in this clip.", NO),
    # plain yes, other sounds named
    ("Waves, surf", "waves crashing",
     "Yes — waves break against the shore every few seconds, with the hiss of surf pulling back between "
     "them. Seagulls can also be heard.", YES),
    # plain yes, timestamps
    ("Owl", "an owl hooting",
     "Yes. An owl hoots twice — a low 'hoo-hoo' — at around 0:03 and again at 0:07, over a background "
     "of night insects.", YES),
    # plain no, dash
    ("Crying, sobbing", "someone crying",
     "No — the speaker sounds calm throughout, and there's no crying or sobbing.", NO),
    # plain yes, onomatopoeia (Step-Audio)
    ("Bicycle bell", "a bicycle bell",
     "Yes, a bicycle bell rings twice — 'ding ding' — near the start of the clip.", YES),
    # plain yes, caption then yes (Audio Flamingo)
    ("Stream", "a stream", "The audio has a babbling stream with water flowing over rocks. Yes.", YES),
    # plain yes, sequence
    ("Train horn", "a train horn",
     "Yes. A train horn blares twice as the train approaches, followed by the clatter of wheels on the "
     "track.", YES),
    # plain yes, markdown headings
    ("Drum kit", "drums",
     "### Answer\nYes\n\n### Details\nA full drum kit (kick, snare and hi-hats) drives the track "
     "alongside a bass guitar.", YES),
    # plain no, 'negative'
    ("Jackhammer", "a jackhammer",
     "Negative. The construction noise is an excavator's engine and beeping; no jackhammer is audible.", NO),
    # plain no, 'cannot detect'
    ("Whale vocalization", "whale song",
     "No, I cannot detect any whale sounds; this sounds like an underwater recording of a boat "
     "propeller.", NO),
    # plain yes, with another instrument
    ("Accordion", "an accordion", "Yes: an accordion plays a waltz, with a tambourine keeping time.", YES),
    # word in a food, no
    ("Dog", "a dog barking",
     "No. A man at a food stand orders two hot dogs with mustard; apart from chatter and a grill "
     "sizzling, there are no animal sounds.", NO),
    # word in a song title and the sound present, yes
    ("Rain", "rain",
     "Yes — steady rain patters on the window the whole time. Someone is humming 'Singin' in the Rain' "
     "over it.", YES),
    # word as 'spelling bee', no
    ("Bee, wasp, etc.", "a bee buzzing",
     "No buzzing at all. It's a spelling bee — a child spells out 'necessary' letter by letter and the "
     "audience claps.", NO),
    # word in an idiom, other honking, no
    ("Goose", "a goose honking",
     "No. The only honking here is a car horn at an intersection; the passenger jokes about getting "
     "goose bumps from the cold.", NO),
    # word as a phone game, no
    ("Snake", "a snake hissing",
     "No hissing snake. Someone is playing the old Snake game on a phone; you hear little beeps as it "
     "eats and a buzz when the game ends.", NO),
    # word as 'night owls' on the radio, no
    ("Owl", "an owl hooting",
     "I don't hear an owl. It's a late-night radio host saying 'this one goes out to all you night "
     "owls' before a song starts.", NO),
    # word as a topic and the sound present, yes
    ("Piano", "a piano",
     "Yes, a piano plays softly. The speaker, meanwhile, is describing how she moved her grand piano "
     "into a new apartment.", YES),
    # word as a machine part, no
    ("Drum", "a drum",
     "No drumming. There's a washing machine whose drum is spinning, making a rhythmic whooshing.", NO),
    # word as a broken car part, no
    ("Vehicle horn, car horn, honking", "a car horn",
     "No honking — the speaker is a mechanic explaining that the horn relay in the steering column is "
     "broken, so it won't sound at all.", NO),
    # word in an idiom, no
    ("Elephant", "an elephant",
     "No elephant. The panelists keep referring to 'the elephant in the room' during a tense meeting.", NO),
    # word as a topic, no
    ("Fire alarm", "a fire alarm",
     "No. The speakers discuss installing a fire alarm in the hallway, but none goes off during the "
     "clip.", NO),
    # word in a book title and the sound present, yes
    ("Ocean", "the ocean",
     "Yes, ocean waves are audible throughout; a man also reads a passage from 'The Old Man and the "
     "Sea'.", YES),
    # word in an idiom and the sound present, yes
    ("Bark", "a dog barking",
     "Yes. Despite the man joking that his dog's bark is worse than his bite, the dog does bark — three "
     "sharp woofs at 0:05.", YES),
    # source present, purring, no
    ("Meow", "a cat meowing",
     "A cat is present: it's purring loudly close to the microphone. It doesn't meow at any point.", NO),
    # asked sound from the source, yes
    ("Knock", "knocking on a door", "Yes, someone knocks on the door three times, pauses, then knocks again.", YES),
    # asked sound from the source, yes
    ("Vehicle horn, car horn, honking", "a car horn",
     "Yes: the taxi driver leans on the horn twice at the intersection.", YES),
    # source present, barking not howling, no
    ("Howl", "a dog howling", "The dog in this recording barks and whines at the door, but doesn't howl.", NO),
    # source present, bells and chewing, no
    ("Moo", "a cow mooing",
     "There are cows nearby — their bells clank and you can hear them chewing grass — but none of them "
     "moo.", NO),
    # asked sound from the source, yes
    ("Sawing", "sawing", "Yes — a handsaw cuts back and forth through a plank, then the offcut drops.", YES),
    # source present, lid and hand-washing, no
    ("Toilet flush", "a toilet flushing",
     "The toilet lid is closed with a thud and someone washes their hands, but I don't hear a flush.", NO),
    # source present, moved not played, no
    ("Piano", "a piano being played",
     "Someone is moving a piano — you hear it rolling on casters and thumping into a door frame — but "
     "it isn't played.", NO),
    # asked sound from the source, yes
    ("Helicopter", "a helicopter flying",
     "Yes, a helicopter takes off from the pad and flies off into the distance.", YES),
    # source present, pushed with engine off, no
    ("Motorcycle", "a motorcycle engine",
     "A motorcycle is present but it's being pushed along — you hear the tires on gravel and the "
     "kickstand, and the engine never starts.", NO),
    # source present, never starts, no
    ("Chainsaw", "a chainsaw running",
     "Someone pulls the chainsaw's starter cord four times; it sputters but never actually starts "
     "running.", NO),
    # asked sound from the source, yes
    ("Snoring", "a man snoring", "Yes — the man sleeping on the couch snores loudly and irregularly.", YES),
    # sibling siren, no
    ("Police car (siren)", "a police siren",
     "The siren in this clip is an ambulance's hi-lo two-tone, not a police car.", NO),
    # correction away from the target, no
    ("Trumpet", "a trumpet",
     "At first I thought it was a trumpet, but on closer listening it's a trombone — you can hear the "
     "slide glissandos.", NO),
    # correction to the target, yes
    ("Trumpet", "a trumpet",
     "At first it sounded like a cornet, but the bright, piercing tone is definitely a trumpet.", YES),
    # correction to the target, yes
    ("Gull, seagull", "seagulls",
     "Yes, gulls are crying overhead — I first took them for crows, but the calls are too high and "
     "laughing.", YES),
    # sibling instrument, no
    ("Saxophone", "a saxophone", "The reed instrument playing the melody is a clarinet, not a saxophone.", NO),
    # sibling instrument, no
    ("Banjo", "a banjo", "The plucked instrument is a mandolin; I don't hear a banjo.", NO),
    # target with sibling ruled out, yes
    ("Ukulele", "a ukulele", "Yes, it's a ukulele strumming — small-bodied and bright, not a guitar.", YES),
    # other rumble, no
    ("Thunder", "thunder", "That low rumble isn't thunder — it's a truck passing on the road outside.", NO),
    # sibling bells, no
    ("Church bell", "church bells", "The bells you hear are wind chimes on a porch, not church bells.", NO),
    # target with sibling ruled out, yes
    ("Pigeon, dove", "pigeons cooing", "Yes — pigeons coo on the windowsill. Not an owl, despite the low pitch.", YES),
    # sibling bird, no
    ("Duck", "a duck", "Those honks are geese, not ducks.", NO),
    # sibling horn, no
    ("Train horn", "a train horn", "The horn is a ship's foghorn, blown from the harbour — not a train.", NO),
    # sibling guitar, no
    ("Electric guitar", "an electric guitar",
     "The guitar is acoustic — no amplification or distortion — so no electric guitar.", NO),
    # target with sibling ruled out, yes
    ("Acoustic guitar", "an acoustic guitar",
     "Yes, an acoustic guitar, fingerpicked. There's no electric guitar or bass.", YES),
    # cannot listen to audio
    ("Rain", "rain",
     "I'm sorry, but I can't listen to audio files. If you describe the recording, I can help you "
     "figure out whether it contains rain.", ABSTAIN),
    # 50% probability
    ("Owl", "an owl hooting",
     "There's roughly a 50% chance the hoots are from an owl; they might equally be a person imitating "
     "one.", ABSTAIN),
    # 'possibly', cannot confirm
    ("Siren", "a siren",
     "Possibly. A rising and falling tone is faintly audible, but it's buried under traffic and I can't "
     "confirm it's a siren.", ABSTAIN),
    # cannot tell, distorted
    ("Cat", "a cat", "I can't tell from this clip — the audio is heavily distorted.", ABSTAIN),
    # as an AI, cannot hear
    ("Piano", "a piano",
     "As an AI language model, I don't have the ability to hear sounds, so I can't determine whether a "
     "piano is playing.", ABSTAIN),
    # 'maybe?', might be a cat
    ("Baby cry, infant cry", "a baby crying",
     "Maybe? There's a high-pitched wail briefly, but it might be a cat.", ABSTAIN),
    # 'not sure', three candidates
    ("Chainsaw", "a chainsaw",
     "I'm not sure. The buzzing engine might be a chainsaw, a leaf blower, or a dirt bike.", ABSTAIN),
    # question back, might be rain
    ("Applause", "applause",
     "Applause? Hard to tell — it might be heavy rain on a roof, which sounds very similar.", ABSTAIN),
    # no access to the audio
    ("Knock", "a knock", "I don't have access to the audio you mentioned. Could you upload it again?", ABSTAIN),
    # crying or out of breath
    ("Crying, sobbing", "someone crying",
     "The woman's voice trembles; she might be crying or just out of breath. I can't say definitively.", ABSTAIN),
    # 40% probability
    ("Mosquito", "a mosquito",
     "Probability of a mosquito: about 40%. The whine is faint and could also be electrical "
     "interference.", ABSTAIN),
    # sheep or goats
    ("Sheep", "sheep bleating",
     "Hmm, I can't make out whether those are sheep or goats; there's bleating of some kind, but I "
     "can't confirm sheep.", ABSTAIN),
    # wind or recorder hiss
    ("Wind", "wind",
     "Yes or no is difficult here: there's broadband noise that may be wind on the microphone, or just "
     "the recorder's hiss.", ABSTAIN),
    # markdown table, unclear
    ("Bird", "birds", "| Sound | Present |\n|---|---|\n| Birds | Unclear |\n| Traffic | Yes |", ABSTAIN),
    # 'not only', yes
    ("Bark", "a dog barking", "Not only is there a dog barking, but a second dog joins in toward the end.", YES),
    # 'nothing but', yes
    ("Mechanical fan", "a fan", "I hear nothing but a fan humming.", YES),
    # 'neither ... nor', no
    ("Meow", "a cat meowing", "Neither a cat nor a dog can be heard; it's just a man talking on the phone.", NO),
    # 'not that there's no', yes
    ("Piano", "a piano",
     "It's not that there's no piano — there is, quietly under the vocals; you just have to listen for "
     "it.", YES),
    # 'without any', no
    ("Siren", "a siren", "The street is busy but without any sirens — only cars and people.", NO),
    # 'not a single', no
    ("Cough", "coughing", "Not a single cough in the whole clip.", NO),
    # 'no shortage of', yes
    ("Snoring", "snoring", "No shortage of snoring here — he snores the whole way through.", YES),
    # 'nobody X, but Y', asked Y, yes
    ("Knock", "a knock on the door", "Nobody rings the doorbell, but someone knocks loudly instead.", YES),
    # 'don't stop', yes
    ("Bird vocalization, bird call, bird song", "birds singing", "The birds don't stop singing for a moment.", YES),
    # file metadata only
    ("Rain", "rain", "The recording is 12.4 seconds long, mono, sampled at 16 kHz.", UNPARSEABLE),
    # transcript only
    ("Guitar", "a guitar", "Transcript: \"okay so we'll meet at the station at noon, don't be late\"", UNPARSEABLE),
    # asks what to do
    ("Meow", "a cat meowing", "Sure! What would you like me to do with this audio clip?", UNPARSEABLE),
    # echoes the question
    ("Piano", "a piano", "Question 2: Is there a piano? Please answer yes or no.", UNPARSEABLE),
]
