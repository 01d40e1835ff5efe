"""HELD-OUT yes/no verdict set 16, written blind (issue 22): composed as one pool of 186 rows without reading the reader
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

HELD-OUT: scored once as written (``tests/heldout_scores/sixteenth_set_first_score.txt``, totals only); never read
its misses, never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

#: (AudioSet display name asked about, the question's phrase, the model's reply, what the reply says about it).
ANSWERS: list[tuple[str, str, str, str]] = [
    # plain answer
    ("Cough", "someone coughing", "Yes, a person coughs several times.", YES),
    ("Chainsaw", "a chainsaw", "**Answer: No.**\n\nThe audio features:\n- Birdsong (several species)\n- A light "
     "breeze through leaves\n- Distant voices\n\nThere is no engine or cutting noise that would indicate a "
     "chainsaw.", NO),
    ("Bee, wasp, etc.", "a bee buzzing", "No, I don't detect any buzzing insects in this recording.", NO),
    ("Gunshot, gunfire", "gunshots", "{\"answer\": \"yes\", \"confidence\": 0.93, \"evidence\": \"three sharp "
     "impulsive bangs with echo at 1.2s, 1.9s and 4.0s\"}", YES),
    ("Meow", "a cat meowing", "Yes — about three seconds in you can hear a cat meow twice, fairly close to the "
     "microphone. It sounds like a domestic cat, possibly asking for food.", YES),
    ("Horse", "a horse", "Yes. I can hear hooves clopping on a hard surface and, around the eight-second mark, a "
     "horse neighing.", YES),
    ("Cat", "a cat", "没有。录音中只有人说话的声音，没有听到猫叫。", NO),
    ("Laughter", "laughter", "Yes, there's laughter. Two or three people laugh together after someone tells what "
     "sounds like a joke.", YES),
    ("Microwave oven", "a microwave", "<think>The clip has a humming appliance and then three beeps. The hum plus "
     "beeps and a door latch clicking open is typical of a microwave oven.</think>\nYes, a microwave runs and "
     "then beeps when it finishes.", YES),
    ("Owl", "an owl", "No owl. The night-time ambience has crickets and a distant dog, nothing that resembles an "
     "owl's hoot.", NO),
    ("Doorbell", "a doorbell", "Yes! I heard a doorbell ring — it's a two-tone 'ding-dong' chime near the start of "
     "the recording. Would you like me to check who's at the door?", YES),
    ("Helicopter", "a helicopter", "Let me think through what I hear. There is a low, rhythmic thumping that rises "
     "and then fades, with a turbine whine on top of it. That pulsing pattern is characteristic of rotor blades. "
     "So yes, this is a helicopter passing overhead.", YES),
    ("Rain", "rain", "No, en la grabación no se oye lluvia; solo hay viento y tráfico lejano.", NO),
    ("Dog", "a dog barking", "Yes. A medium-sized dog barks in short bursts, maybe five or six times, somewhere in a "
     "backyard; a lawn sprinkler ticks in the background.", YES),
    ("Fireworks", "fireworks", "Yes, the audio contains fireworks. You can hear the whistle of rockets going up "
     "followed by loud pops and crackles, along with people cheering.", YES),
    ("Frying (food)", "food frying", "No, I don't hear anything frying. The kitchen sounds are limited to chopping "
     "on a cutting board and a tap running briefly.", NO),
    ("Vacuum cleaner", "a vacuum cleaner", "Answer: No\nExplanation: The steady whirring sound in the clip is a desk "
     "fan; its pitch is too low and constant for a vacuum cleaner, and there's no change in sound as it would "
     "move across a floor.", NO),
    ("Applause", "applause", "Yes, at the end of the clip the audience breaks into applause that lasts about five "
     "seconds.", YES),
    ("Siren", "a siren", "I listened to the whole clip. It contains wind noise and the rustling of a microphone "
     "being handled. No siren can be heard at any point.", NO),
    ("Dog", "a dog", "{\"answer\": \"no\", \"detected_events\": [\"speech\", \"music\", \"door\"]}", NO),
    # the word names something else / the source does something else
    ("Thunder", "thunder", "Yes, thunder rumbles twice in the distance, and there's the steady patter of rain on a "
     "window.", YES),
    ("Crow", "a crow", "No crow cawing. A man crows triumphantly after winning a card game, laughing and shouting.",
     NO),
    ("Bus", "a bus", "No. The recording is a school cafeteria; a teacher announces that the buses are late today, "
     "but no vehicle noise is heard.", NO),
    ("Bird", "birds", "Yes. The speaker is talking about the birdhouse he built, and real birds are singing in the "
     "garden behind him — sparrows and a blackbird.", YES),
    ("Horse", "a horse", "Yes. It isn't only the carousel's painted horses going round with organ music — a real "
     "horse neighs and clip-clops nearby, probably a pony ride at the fair.", YES),
    ("Gunshot, gunfire", "gunshots", "No gunfire. It's a nail gun on a construction site firing repeatedly into "
     "wood, plus a radio playing.", NO),
    ("Glass", "glass", "Yes, there's glass: a bottle clinks against a glass as someone pours a drink, and you can "
     "hear the liquid filling it.", YES),
    ("Whistle", "a whistle", "No whistle is blown. The commentator says the referee 'has the whistle in his mouth', "
     "but the crowd noise continues with no whistle sound.", NO),
    ("Fire", "a fire", "No crackling fire. It's an office building: a heavy fire door slams shut twice and people "
     "talk in a corridor.", NO),
    ("Cat", "a cat", "No cat. A man is describing how he caught a huge catfish last summer while a river flows past "
     "behind him.", NO),
    ("Fire", "fire", "Yes — a campfire crackles in the foreground and people are talking around it.", YES),
    ("Rain", "rain", "No rain. There's the rustle of someone putting on a rain jacket and zipping it up, then "
     "footsteps on a wooden floor.", NO),
    ("Horse", "a horse", "No real horse — it's a child on a wooden rocking horse, which creaks back and forth, and "
     "the child is giggling.", NO),
    ("Whale vocalization", "whale song", "No. The only whale here is in the narration — a documentary voiceover says "
     "'the blue whale is the largest animal' over ambient synth music. No actual whale vocalizations.", NO),
    ("Bell", "a bell", "Yes, a small bell rings — it sounds like a shop door bell as someone walks in.", YES),
    ("Bee, wasp, etc.", "a bee", "No bees. It's a spelling bee — a child spells a word out loud and a moderator says "
     "'correct', followed by clapping.", NO),
    ("Drum", "a drum", "I don't hear a drum being played. The rhythmic thumping is a washing machine drum spinning "
     "unevenly during the spin cycle.", NO),
    ("Ice cream truck, ice cream van", "an ice cream truck", "No truck. A child is asking for ice cream in a "
     "kitchen, and a freezer door opens and shuts.", NO),
    ("Knock", "knocking", "No knocking. The speaker says 'knock on wood' after mentioning his health, but there's no "
     "actual knock heard.", NO),
    ("Dog", "a dog barking", "No dog here. Someone is cooking on a grill and you can hear hot dogs sizzling while "
     "people chat.", NO),
    ("Ocean", "the ocean", "No ocean sounds. The track is from an ambient playlist titled 'Ocean Dreams', but the "
     "audio itself is a soft synth pad and piano.", NO),
    ("Wind", "wind", "No wind. A musician is playing a wind instrument — a flute, I think — in a quiet room.", NO),
    # a related but different sound, or the target named over a sibling
    ("Violin, fiddle", "a violin", "It's a violin, not a viola — the range goes well above what a viola would play, "
     "and the tone is bright.", YES),
    ("Cello", "a cello", "No, that's a double bass rather than a cello. The notes are very low and it's being "
     "plucked in a jazz walking line.", NO),
    ("Trumpet", "a trumpet", "What you're hearing is a trombone — you can hear the slide glissandos between notes. I "
     "wouldn't call it a trumpet.", NO),
    ("Frog", "a frog", "No frogs. The chirping chorus is crickets, with a steady pulse typical of field crickets on "
     "a summer night.", NO),
    ("Roaring cats (lions, tigers)", "a lion roaring", "That's a bear growling, not a lion's roar — it's a lower, "
     "more guttural sound without the lion's grunting series at the end.", NO),
    ("Sailboat, sailing ship", "a sailboat", "I hear a boat's outboard engine, not a sailboat; there's no flapping "
     "sail or creaking rigging.", NO),
    ("Goat", "a goat", "Yes, there's a goat — a loud nasal bleat. It's not a sheep; the pitch is too wobbly.", YES),
    ("Wind chime", "wind chimes", "Yes, there are wind chimes tinkling in a light breeze, along with birdsong.", YES),
    ("Church bell", "church bells", "The bells are handbells played by a group indoors, not church bells in a tower.",
     NO),
    ("Crow", "a crow", "The bird calls are from a raven — deeper, croaking 'kronk' sounds — rather than a crow's caw.",
     NO),
    ("Snare drum", "a snare drum", "There's a drum kit, but the part is carried by the kick drum and toms; the snare "
     "isn't used in this excerpt.", NO),
    ("Owl", "an owl", "The hooting is a mourning dove — that 'hoo-OO-oo-oo' pattern is often mistaken for an owl but "
     "is a dove's call.", NO),
    ("Electric shaver, electric razor", "an electric razor", "The buzzing is an electric toothbrush, not a razor — "
     "there's the sound of brushing and spitting.", NO),
    ("Ambulance (siren)", "an ambulance siren", "The siren is a police car's wail-and-yelp pattern rather than an "
     "ambulance.", NO),
    ("French horn", "a French horn", "I'd identify the brass instrument as a French horn, not a trombone — mellow "
     "tone, no slide.", YES),
    ("Helicopter", "a helicopter", "That's a propeller plane, a small single-engine aircraft flying over, not a "
     "helicopter; there's no blade slap.", NO),
    ("Pigeon, dove", "pigeons", "Yes, those soft cooing sounds are pigeons, and you can hear their wings flapping "
     "when they take off.", YES),
    ("Jet engine", "a jet engine", "Yes, it's a jet airliner taking off — the turbine whine builds into a roar.", YES),
    ("Stream", "a stream", "It's a waterfall rather than a stream — a constant heavy roar of falling water.", NO),
    ("Fire engine, fire truck (siren)", "a fire truck", "The siren sounds like an ambulance's hi-lo tone; I don't "
     "hear the air horn or the deep mechanical wail of a fire engine.", NO),
    ("Dog", "a dog", "The howling you hear is from coyotes, a group of them yipping and howling together, not a "
     "domestic dog.", NO),
    ("Sheep", "sheep", "Those are goats bleating. The calls are more nasal and erratic than a sheep's baa.", NO),
    # hedge, uncertainty, cannot hear audio
    ("Helicopter", "a helicopter", "Possibly. There's a low throbbing sound, but it's too masked by wind to tell "
     "whether it's a helicopter or a truck idling.", ABSTAIN),
    ("Thunder", "thunder", "My confidence is about 50%: the low rumble at the end could be thunder or a heavy "
     "vehicle on a bridge.", ABSTAIN),
    ("Bell", "a bell", "I'm unable to listen to the audio you've shared, but if you let me know what the clip "
     "contains I'd be happy to help.", ABSTAIN),
    ("Gunshot, gunfire", "gunshots", "It's difficult to say whether those bangs are gunshots or fireworks. Both "
     "produce sharp impulsive sounds with echoes, and there are no other cues in the recording.", ABSTAIN),
    ("Ocean", "the ocean", "It might be ocean waves, or it might be traffic heard from far away — the two can be "
     "indistinguishable in low-quality recordings.", ABSTAIN),
    ("Siren", "a siren", "There might be a siren very faintly in the background around 0:07, but the level is so low "
     "it could also be a distant car alarm. I'd say it's uncertain.", ABSTAIN),
    ("Cat", "a cat", "I'm sorry, but I can't listen to audio files. If you describe the sound, I can help you figure "
     "out whether it might be a cat.", ABSTAIN),
    ("Dog", "a dog barking", "The audio file seems to be empty or corrupted — I couldn't hear anything, so I can't "
     "tell you whether a dog is barking.", ABSTAIN),
    ("Water", "water", "I'm not able to play or analyze audio. Please upload a transcript or describe what you hear.",
     ABSTAIN),
    ("Baby cry, infant cry", "a baby crying", "I can't determine that from this clip. The high-pitched wail might be "
     "a baby, but cats in heat can sound almost identical.", ABSTAIN),
    ("Walk, footsteps", "footsteps", "Maybe? There's a rhythmic tapping that might be footsteps, but it might also "
     "be someone drumming their fingers.", ABSTAIN),
    # negation scope and contrast
    ("Cat", "a cat", "Not only a cat but also a dog: the cat hisses and the dog growls back.", YES),
    ("Rain", "rain", "No thunder, just rain: a steady downpour on a tin roof.", YES),
    ("Bird", "birds", "I can't say there are no birds — there are clearly several sparrows chirping.", YES),
    ("Walk, footsteps", "footsteps", "Neither footsteps nor voices — just the hum of a refrigerator.", NO),
    ("Laughter", "laughter", "She isn't laughing; she's crying, with soft sobs between sentences.", NO),
    ("Thunder", "thunder", "No thunder, just rain falling steadily on a tin roof.", NO),
    ("Crying, sobbing", "someone crying", "She isn't laughing, she's crying — soft sobs between sentences.", YES),
    ("Vehicle horn, car horn, honking", "a car horn", "A car drives past without honking; the only other sound is a "
     "bicycle bell.", NO),
    ("Applause", "applause", "The speech ends without any applause; the room stays silent and then chairs scrape.", NO),
    ("Knock", "knocking", "Nothing but knocking: someone raps on a door repeatedly, and there are no voices or other "
     "sounds.", YES),
    # off-topic or no answer about the target
    ("Ocean", "the ocean", "Ocean waves are caused primarily by wind blowing across the surface of the water, "
     "transferring energy that travels for thousands of kilometres.", UNPARSEABLE),
    ("Cough", "coughing", "Sorry, I didn't catch that. Can you say it again?", UNPARSEABLE),
    ("Trumpet", "a trumpet", "Here are some tips for learning the trumpet:\n1. Practise long tones daily.\n2. Work "
     "on lip slurs.\n3. Use a metronome.", UNPARSEABLE),
    ("Siren", "a siren", "Hmm.", UNPARSEABLE),
    ("Church bell", "church bells", "<|en|><|transcribe|> thank you for watching", UNPARSEABLE),
    ("Typing", "typing", "Transcription: 'okay so the next slide shows the quarterly numbers'", UNPARSEABLE),
    ("Thunder", "thunder", "Genre: ambient. Mood: calm. Tempo: 70 BPM.", UNPARSEABLE),
    ("Fire", "a fire", "The speaker is a middle-aged woman with a British accent.", UNPARSEABLE),
]
