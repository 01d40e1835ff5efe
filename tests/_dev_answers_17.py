"""A dev batch for task h31 (issue 22), written before the reader was opened and committed alone before being scored:
a related but different sound named as present (a sibling, parent or child of the target in the ontology), a source
named without the action asked about, compound nouns whose head is not the sound, pronouns that carry a denial,
hedges, replies that cannot hear, long reasoning ending in an answer, other languages, markdown / JSON and
multiple-choice letters; instruments, animals and household sounds the lexicon may lack. Labels are a careful human
reading of each reply. Scored once as written (``tests/heldout_scores/dev_answers_17_first_score.txt``). Never edit a
row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # a sibling of the target named as what is heard
    ("Violin, fiddle", "a violin", "The recording features a cello playing a slow, low melody with rich vibrato.", NO),
    ("Violin, fiddle", "a violin", "I hear a viola. Its tone is a little darker than a violin's would be.", NO),
    ("Trumpet", "a trumpet", "It sounds like a trombone sliding between notes rather than a trumpet.", NO),
    ("Guitar", "a guitar", "A banjo is being picked quickly in a bluegrass style.", NO),
    ("Guitar", "a guitar", "A ukulele strums a simple four-chord progression.", NO),
    ("Flute", "a flute", "A clarinet plays a melancholic line over soft strings.", NO),
    ("Saxophone", "a saxophone", "A tuba oompahs along with a marching band.", NO),
    ("Piano", "a piano", "A harpsichord plays what sounds like a Baroque dance.", NO),
    ("Organ", "an organ", "An accordion plays a waltz in a cafe.", NO),
    ("Drum", "drums", "A tambourine shakes along with hand claps; there's no drum.", NO),
    ("Dog", "a dog", "A wolf howls in the distance, answered by another.", NO),
    ("Dog", "a dog barking", "Coyotes yip and howl somewhere far off.", NO),
    ("Cat", "a cat", "A tiger growls, low and rumbling.", NO),
    ("Chicken, rooster", "a chicken", "A duck quacks a few times near the water.", NO),
    ("Cricket", "crickets", "Cicadas buzz loudly in the trees.", NO),
    ("Bee, wasp, etc.", "a bee", "A mosquito whines close to the microphone.", NO),
    ("Sheep", "sheep", "A goat bleats repeatedly.", NO),
    ("Horse", "a horse", "A donkey brays loudly, twice.", NO),
    ("Owl", "an owl", "A loon calls across the lake at night.", NO),
    ("Whale vocalization", "whales", "Dolphins click and whistle underwater.", NO),
    ("Vacuum cleaner", "a vacuum cleaner", "A hair dryer blows on its high setting.", NO),
    ("Air conditioning", "an air conditioner", "A dehumidifier hums in the corner of the room.", NO),
    ("Sewing machine", "a sewing machine", "A typewriter clacks rapidly, with a bell at the end of each line.", NO),
    ("Keys jangling", "keys jangling", "Coins jingle in someone's pocket as they walk.", NO),
    ("Door", "a door", "A drawer is pulled open and slammed shut.", NO),
    ("Toilet flush", "a toilet flushing", "A bathroom sink tap runs for a few seconds and then stops.", NO),
    # a child of the target named as what is heard
    ("Bell", "a bell", "A handbell choir plays a Christmas carol.", YES),
    ("Bell", "bells", "Sleigh bells jingle throughout the track.", YES),
    ("Bird", "birds", "A crow caws twice from a rooftop.", YES),
    ("Bird", "birds", "A duck quacks near the pond.", YES),
    ("Bird", "a bird", "A rooster crows at dawn.", YES),
    ("Bird", "birds", "Geese honk as they fly over.", YES),
    ("Bird", "a bird", "A woodpecker drums on a tree trunk.", YES),
    ("Insect", "insects", "Crickets chirp steadily all through the clip.", YES),
    ("Insect", "an insect", "A fly buzzes around the microphone.", YES),
    ("Frog", "a frog", "Bullfrogs croak all around the pond.", YES),
    ("Cattle, bovinae", "a cow", "A bull bellows from the field.", YES),
    ("Pig", "a pig", "Piglets squeal and grunt in a pen.", YES),
    ("Wind instrument, woodwind instrument", "a woodwind instrument", "An oboe plays a solo.", YES),
    ("Musical instrument", "a musical instrument", "A harmonica wails over a shuffle rhythm.", YES),
    ("Percussion", "percussion", "A xylophone plays a quick run of notes.", YES),
    ("Clock", "a clock", "An alarm clock rings for about five seconds.", YES),
    ("Vehicle", "a vehicle", "A motorcycle revs and then drives off.", YES),
    ("Vacuum cleaner", "a vacuum cleaner", "A robot vacuum bumps along the skirting board, whirring.", YES),
    ("Mechanical fan", "a fan", "A ceiling fan whirs and ticks quietly.", YES),
    # a parent of the target named, the kind left open or told apart
    ("Crow", "a crow", "Some bird is calling, but I can't tell which species.", ABSTAIN),
    ("Dog", "a dog", "An animal is panting close to the mic; I can't tell which one.", ABSTAIN),
    ("Violin, fiddle", "a violin", "A string instrument plays, bowed and low, more like a cello than a violin.", NO),
    ("Car", "a car", "A vehicle passes by; it's a motorcycle, judging by the engine note.", NO),
    # a compound noun whose head is not the sound asked about
    ("Water", "water", "The only sound is the water heater humming.", NO),
    ("Fire", "fire", "A fire alarm beeps three times.", NO),
    ("Fire", "fire", "A fire extinguisher is discharged in short bursts.", NO),
    ("Bird", "birds", "A bird feeder creaks as it swings in the wind.", NO),
    ("Rain", "rain", "A rain jacket rustles as someone walks.", NO),
    ("Rain", "rain", "Someone slowly turns a rain stick, making a soft pattering.", NO),
    ("Dog", "a dog", "A hot dog vendor calls out prices over the crowd.", NO),
    ("Thunder", "thunder", "Thunderous applause fills the hall.", NO),
    # a source named without the action asked about
    ("Kettle whistle", "a kettle whistling", "Water is boiling in a pot on the stove, bubbling hard.", NO),
    ("Kettle whistle", "a kettle whistling", "I hear a kettle being filled at the tap.", NO),
    ("Kettle whistle", "a kettle whistling", "The kettle whistles shrilly as it comes to the boil.", YES),
    ("Frying (food)", "food frying", "Bacon sizzles in a hot pan.", YES),
    ("Frying (food)", "food frying", "A frying pan is set down on the counter with a clunk.", NO),
    ("Hammer", "hammering", "A hammer is dropped onto a concrete floor.", NO),
    # a pronoun carries the denial
    ("Dog", "a dog barking", "I hear a dog. It isn't barking though, just panting.", NO),
    ("Cat", "a cat meowing", "There's a cat \u2014 it never meows, it only purrs.", NO),
    ("Dog", "a dog barking", "There's a dog in the yard and it barks twice.", YES),
    ("Siren", "a siren", "Something wails in the distance. It's not a siren; it's a dog howling.", NO),
    ("Baby cry, infant cry", "a baby crying", "A baby is there, cooing and babbling. It doesn't cry at any point.", NO),
    # hedges
    ("Engine", "an engine", "There may or may not be an engine idling under the wind noise.", ABSTAIN),
    ("Thunder", "thunder", "That low rumble could be thunder, or it could be a truck going over a bridge.", ABSTAIN),
    ("Speech", "speech", "It's hard to tell whether anyone is talking; the voices, if that's what they are, are too"
     " muffled.", ABSTAIN),
    ("Bird", "birds", "Probably not birds - the chirping seems electronic, like a smoke alarm with a low battery.", NO),
    ("Rain", "rain", "It's likely rain, yes.", YES),
    # replies that cannot hear
    ("Dog", "a dog", "I'm a text-based model and can't listen to audio files. If you describe the sound, I can help.",
     ABSTAIN),
    ("Siren", "a siren", "As an AI language model, I don't have the ability to hear. However, sirens typically have a"
     " rising and falling pitch.", ABSTAIN),
    ("Rain", "rain", "I'm unable to process the audio attachment. Could you try re-uploading it?", ABSTAIN),
    ("Cat", "a cat", "No audio was provided with your message, so I can't say whether there's a cat.", ABSTAIN),
    # long reasoning ending in an answer
    ("Train", "a train", "Let's think step by step. The audio begins with a low rumble that grows louder. There is a"
     " rhythmic clacking at regular intervals, consistent with wheels passing over rail joints. Then a horn sounds"
     " twice. A bus or truck would not produce the clacking pattern. Therefore, the answer is yes.", YES),
    ("Helicopter", "a helicopter", "First, I listen for the characteristic 'whop-whop' of rotor blades. The sound here"
     " is a continuous high-pitched whine without that pulsing, which is more consistent with a jet or a drone. A"
     " helicopter would have a clear periodic beat. Final answer: No.", NO),
    ("Applause", "applause", "Step 1: identify the sounds - a crowd murmur, a few whistles, and a speaker. Step 2: check"
     " for applause - clapping would appear as dense broadband bursts; I don't detect any. Conclusion: no applause.",
     NO),
    ("Dog", "a dog barking", "**Analysis:** The clip contains a sharp, repeated vocalization at 0:02, 0:04 and 0:07."
     " The pitch contour and abrupt onset match a medium-sized dog. Some might mistake it for a fox, but foxes have a"
     " more screaming bark.\n\n**Answer:** Yes, a dog is barking.", YES),
    ("Cough", "a cough", "The clip has someone clearing their throat and then sniffing. Although throat-clearing is"
     " similar to a cough, it isn't one. So: no cough.", NO),
    ("Glass", "glass breaking", "Reasoning: there's a bright crash with tinkling fragments afterward, typical of"
     " shattering glass rather than ceramic. Answer: yes.", YES),
    # other languages
    ("Dog", "a dog", "S\u00ed, se escucha un perro ladrando al fondo.", YES),
    ("Cat", "a cat", "Non, je n'entends aucun chat, seulement de la pluie.", NO),
    ("Bird", "birds", "\u662f\u7684\uff0c\u53ef\u4ee5\u542c\u5230\u9e1f\u53eb\u58f0\u3002", YES),
    ("Siren", "a siren", "Nein, keine Sirene. Nur Stra\u00dfenverkehr.", NO),
    ("Rain", "rain", "\u3044\u3044\u3048\u3001\u96e8\u306e\u97f3\u306f\u805e\u3053\u3048\u307e\u305b\u3093\u3002", NO),
    ("Car", "a car", "Sim, h\u00e1 um carro passando.", YES),
    ("Speech", "speech", "Oui, un homme parle en anglais.", YES),
    # markdown and JSON
    ("Dog", "a dog", '```json\n{"target": "dog", "present": false, "confidence": 0.91}\n```', NO),
    ("Siren", "a siren", '{"answer": "yes", "evidence": "rising and falling wail from 0:03 to 0:11"}', YES),
    ("Piano", "a piano", "| Sound | Present |\n|---|---|\n| Piano | \u274c |\n| Guitar | \u2705 |", NO),
    ("Guitar", "a guitar", "| Sound | Present |\n|---|---|\n| Piano | \u274c |\n| Guitar | \u2705 |", YES),
    ("Wind", "wind", "### Result\n- **Wind:** Yes, gusting throughout\n- **Rain:** No", YES),
    ("Rain", "rain", "### Result\n- **Wind:** Yes, gusting throughout\n- **Rain:** No", NO),
    ("Engine", "an engine", '{"sounds": [{"label": "engine", "score": 0.12}, {"label": "wind", "score": 0.81}]}', NO),
    ("Bird", "birds", "```\npresent: yes\nsound: birdsong (several species)\n```", YES),
    # multiple-choice letters
    ("Cat", "a cat", "B) Cat meowing", YES),
    ("Dog", "a dog", "The answer is (C) siren.", NO),
    ("Siren", "a siren", "The answer is (C) siren.", YES),
    ("Bird", "birds", "Answer: A. Birds chirping", YES),
    ("Rain", "rain", "I'd choose option D: none of the above - the sound is a shower running.", NO),
    ("Clock", "a clock", "Option 2 (clock ticking) is correct.", YES),
    ("Train", "a train", "(A) Train (B) Airplane (C) Bus \u2014 Correct answer: B.", NO),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = []
