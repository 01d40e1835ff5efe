"""DEV answer table 15 (issue 22, task h25): yes/no about a target and counts, written before any reader change in the
answer STRUCTURES the earlier tables use least - long multi-paragraph answers naming the target in several clauses of
different polarity, the target named only as a parent or sibling class, comparisons, hypotheticals and conditionals,
questions back to the user, reported expectations ("you might expect X, but"), per-item yes/no lists, tables, JSON,
a final "Answer:" that overrides (or contradicts) the reasoning, self-corrections, probabilities, negated hedges,
scope ("not only X but Y"), double negation and answers in other languages. Labelled by reading each answer as a
listener would. A DEV table: its misses may be read and drive fixes (first score:
``tests/heldout_scores/dev_answers_15_first_score.txt``; after: ``dev_answers_15_after.txt``). Row shapes as in
``_heldout_verdicts_13``."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # --- long answers naming the target in several clauses with different polarity
    ("Dog", "a dog barking",
     "The recording opens with traffic noise and a few footsteps on pavement. At first I wondered whether the sharp "
     "sound at 0:03 was a dog barking, but listening again it is clearly a car door closing.\n\nSo no - there is no "
     "barking anywhere in the clip.", NO),
    ("Dog", "a dog barking",
     "There's no cat or bird in this clip, and no music either. What you can hear, quite clearly, is a dog barking "
     "several times near the microphone, with a person telling it to be quiet.", YES),
    ("Siren", "a siren",
     "Let me describe what I hear.\n\nThe first half is mostly wind against the microphone. There is no siren in the "
     "first ten seconds.\n\nAround 0:12, though, a siren fades in from the distance and gets louder until the end, "
     "so yes, a siren is present.", YES),
    ("Rain", "rain",
     "Rain is a common thing to expect in outdoor recordings like this, and the hiss might make you think of it. "
     "However, the steady hiss here is a kettle coming to the boil in a kitchen; no rain is falling.", NO),
    ("Cat", "a cat meowing",
     "I can't say for certain that it isn't a cat, but the high, repeated cry sounds much more like a seagull. "
     "Overall I don't believe there is a cat meowing.", NO),
    ("Church bell", "church bells",
     "The clip is a busy street scene. Someone rings a bicycle bell twice to get past pedestrians, a bus pulls away, "
     "and people chat. Church bells don't feature at all.", NO),
    ("Thunder", "thunder",
     "Summary: a storm.\nDetails: heavy rain on a roof for the whole clip. The low rumble near the end is thunder, "
     "rolling for about four seconds. Earlier rumbles are just a truck outside, not thunder.", YES),
    ("Baby cry, infant cry", "a baby crying",
     "Mostly an adult talking softly. The baby in the room makes small cooing noises and laughs once. It does not "
     "cry at any point.", NO),
    # --- the target named only as a parent or sibling class
    ("Dog", "a dog barking", "I can hear some kind of animal, but I can't make out which one.", ABSTAIN),
    ("Church bell", "church bells", "Bells are ringing, but these are the small handbells of a carol group.", NO),
    ("Chicken, rooster", "a rooster crowing", "Farmyard birds: a duck quacks and geese honk. No chickens.", NO),
    ("Violin, fiddle", "a violin", "It is a string instrument, but the deep range and bowed tone point to a cello.",
     NO),
    ("Music", "music", "A jazz trio - piano, upright bass and brushed drums - plays a slow ballad.", YES),
    ("Bird", "birds", "The chirping is not from birds; it's crickets in a field at night.", NO),
    ("Vehicle horn, car horn, honking", "a car horn",
     "A vehicle sounds its horn, but it is the deep blast of a ship's horn in a harbour.", NO),
    ("Cough", "someone coughing", "A human vocal sound: a person sneezes twice and sniffs.", NO),
    # --- comparisons
    ("Siren", "a siren", "The alarm here is louder than a siren, but it is a fire alarm bell, not a siren.", NO),
    ("Siren", "a siren",
     "The siren in this clip is louder than the traffic around it and lasts about eight seconds.", YES),
    ("Dog", "a dog barking", "It's more like a fox screaming than a dog barking.", NO),
    ("Thunder", "thunder", "The boom is as loud as thunder, but it's fireworks going off over the river.", NO),
    ("Helicopter", "a helicopter",
     "Compared to the lawn mower in the first clip, this helicopter is much louder and has that thumping rotor "
     "sound.", YES),
    # --- hypotheticals and conditionals
    ("Siren", "a siren",
     "If there were a siren, you would hear a rising and falling wail. Nothing like that is here; it's only "
     "birdsong.", NO),
    ("Dog", "a dog barking",
     "If you're asking about the sound at 0:05 - yes, that's a dog barking, a small one by the pitch.", YES),
    ("Glass", "glass breaking",
     "Had the glass actually broken, there would be a sharp shatter followed by tinkling pieces. The clip only has a "
     "glass being set down on a table.", NO),
    ("Train", "a train",
     "It would be a train if the rhythm were regular, but the rumbling here is irregular, so I can't be sure either "
     "way.", ABSTAIN),
    ("Rain", "rain", "Unless that's a shower running in the next room, it's rain on a window.", ABSTAIN),
    # --- questions back to the user
    ("Doorbell", "a doorbell", "Do you mean the chime at 0:04? That's a doorbell, yes.", YES),
    ("Doorbell", "a doorbell",
     "Are you sure you uploaded the right file? This one only has a microwave beeping, no doorbell.", NO),
    ("Piano", "a piano", "Which part of the clip do you mean? It's 30 seconds long and has several sections.",
     UNPARSEABLE),
    ("Speech", "someone speaking",
     "Could you clarify what counts as speaking? There's humming and a few sighs, but no words.", NO),
    # --- reported expectations
    ("Cow", "a cow mooing",
     "You might expect a cow in a farm recording like this, but all I can hear are sheep bleating.", NO),
    ("Applause", "applause",
     "One would normally expect applause at the end of a concert recording, and indeed it comes: the audience claps "
     "for about ten seconds.", YES),
    ("Bird", "birds chirping",
     "People often assume morning recordings have birdsong. This one doesn't: it's a quiet room with a ticking clock.",
     NO),
    ("Gunshot, gunfire", "gunshots",
     "The user may think these are gunshots, but they are fireworks crackling.", NO),
    # --- lists with per-item yes/no
    ("Dog", "a dog barking", "- Dog barking: yes\n- Cat meowing: no\n- Bird song: no", YES),
    ("Cat", "a cat meowing", "- Dog barking: yes\n- Cat meowing: no\n- Bird song: no", NO),
    ("Car", "a car", "1. Car engine - not present\n2. Motorcycle - present\n3. Horn - not present", NO),
    ("Motorcycle", "a motorcycle", "1. Car engine - not present\n2. Motorcycle - present\n3. Horn - not present", YES),
    ("Bird", "birds", "Birds ✔️  Wind ✔️  Traffic ✖️", YES),
    ("Traffic noise, roadway noise", "traffic", "Birds ✔️  Wind ✔️  Traffic ✖️", NO),
    # --- tables
    ("Thunder", "thunder",
     "| Event | Heard? | Time |\n|-------|--------|------|\n| Rain | Yes | 0-30 s |\n| Thunder | No | - |", NO),
    ("Rain", "rain",
     "| Event | Heard? | Time |\n|-------|--------|------|\n| Rain | Yes | 0-30 s |\n| Thunder | No | - |", YES),
    ("Laughter", "laughter", "| Sound | Detected |\n| --- | --- |\n| Laughter | Possibly |\n| Speech | Yes |",
     ABSTAIN),
    # --- JSON
    ("Siren", "a siren", '{"siren": false, "alarm": true, "note": "electronic alarm, steady tone"}', NO),
    ("Siren", "a siren", '```json\n{"answer": "yes", "sound": "siren", "confidence": 0.91}\n```', YES),
    ("Dog", "a dog", '{"detected": ["cat", "bird"], "not_detected": ["dog"]}', NO),
    ("Cat", "a cat", '{"detected": ["cat", "bird"], "not_detected": ["dog"]}', YES),
    ("Engine", "an engine", '{"answer": null, "reason": "audio could not be decoded"}', ABSTAIN),
    # --- a final answer after reasoning (the final answer decides; a reasoning chain that ends undecided abstains)
    ("Dog", "a dog barking",
     "Reasoning: there are short, sharp bursts at 0:02 and 0:04, which could suggest barking. However, the spectral "
     "shape matches a hammer on wood.\nAnswer: no", NO),
    ("Siren", "a siren",
     "Step 1: the sound is a sustained tone.\nStep 2: its pitch does not sweep up and down.\nStep 3: so it is not a "
     "typical siren.\nFinal answer: Yes, a siren is present.", YES),
    ("Bird", "a bird",
     "Thinking: chirps at high frequency, repeated... could be a bird, could be a squeaky wheel.\nAnswer: cannot "
     "determine.", ABSTAIN),
    # --- self-correction
    ("Dog", "a dog barking", "Yes - actually, no. On a second listen that's a seal barking, not a dog.", NO),
    ("Cat", "a cat", "No cat... wait, yes, there's a faint meow at 0:09.", YES),
    ("Rain", "rain", "It's rain. Correction: it's applause from a distant crowd; I misheard it at first.", NO),
    ("Knock", "knocking", "I said no earlier, but I was wrong: there are three knocks at the start.", YES),
    # --- probability numbers
    ("Siren", "a siren", "Probability of a siren: 0.04.", NO),
    ("Siren", "a siren", "I'd put it at around 95% that a siren is audible.", YES),
    ("Train", "a train", "P(train) = 0.5 - genuinely a coin flip.", ABSTAIN),
    ("Owl", "an owl", "Chance of owl: low (about 10%). More likely a mourning dove.", NO),
    # --- negated hedges and double negation
    ("Dog", "a dog barking", "I'm not unsure at all: that's a dog barking.", YES),
    ("Dog", "a dog barking", "I'm not certain, but I don't think there's a dog.", NO),
    ("Thunder", "thunder", "It's not that there's no thunder - there is, faintly, at 0:20.", YES),
    ("Rain", "rain", "I can't say there isn't rain; it's impossible to tell with this much noise.", ABSTAIN),
    ("Cat", "a cat", "It isn't not a cat - it is one, purring loudly.", YES),
    ("Bird", "birds", "There is no absence of birdsong here; birds sing throughout.", YES),
    ("Car", "a car", "I wouldn't say there's no car; one drives past at 0:15.", YES),
    # --- scope
    ("Dog", "a dog", "Not only a dog but also a cat can be heard, the dog barking and the cat hissing.", YES),
    ("Cat", "a cat", "Not a cat but a baby, whimpering softly.", NO),
    ("Speech", "speech", "There's not just music but also someone talking over it.", YES),
    ("Music", "music", "Not just speech: music plays underneath the whole time.", YES),
    ("Applause", "applause", "Neither applause nor cheering - the audience is silent.", NO),
    ("Laughter", "laughter", "No laughter, only speech and a little music.", NO),
    # --- translations and other languages
    ("Dog", "a dog barking", "Oui, on entend un chien qui aboie.", YES),
    ("Dog", "a dog barking", "No, no se oye ningún perro; solo hay lluvia.", NO),
    ("Siren", "a siren", "Ja, eine Sirene ist zu hören.", YES),
    ("Cat", "a cat", "Translation of my answer: \"No, there is no cat in the recording.\"", NO),
    # --- refusal / can't hear
    ("Piano", "a piano", "As a text-only model I can't process audio, so I can't tell whether there's a piano.",
     ABSTAIN),
    ("Piano", "a piano",
     "I can't hear every detail in such a noisy clip, but the piano melody is clear from start to end.", YES),
    # --- mixed structural controls written as real answers
    ("Telephone bell ringing", "a telephone ringing",
     "Nobody picks up the phone, which keeps ringing for the entire clip.", YES),
    ("Baby cry, infant cry", "a baby crying",
     "The baby stops crying right at the start, and the rest is silence.", YES),
    ("Dog", "a dog barking", "The dog is asleep and silent; there's only the hum of a fridge.", NO),
    ("Speech", "someone speaking", "Someone is about to speak - you hear them inhale - but the clip cuts off.", NO),
    ("Vacuum cleaner", "a vacuum cleaner", "It sounds like a vacuum cleaner, though it could be a hair dryer.",
     ABSTAIN),
    ("Helicopter", "a helicopter",
     "There's a helicopter - or at least something very much like one - circling overhead; I'm fairly confident.",
     YES),
    ("Frog", "frogs", "Definitely not frogs. Those are crickets.", NO),
    ("Horse", "a horse", "Sounds like hooves, but no neighing; I'd guess a horse walking, though not sure.", ABSTAIN),
    ("Water", "water", "Water is running from a tap throughout.", YES),
    ("Wind", "wind", "Despite what the title says, there is no wind noise; the recording is very clean.", NO),
    ("Explosion", "an explosion",
     "I wouldn't call it an explosion: it's a door slamming very hard.", NO),
    ("Guitar", "a guitar",
     "The guitar part is obvious. The question is whether there's also a bass - there isn't.", YES),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("The dog barks three times. Earlier I thought it barked twice, but I missed one at 0:08.", 3, "a dog barking"),
    ("There are 2 knocks, then a pause, then 2 more knocks - 4 in total.", 4, "knocking"),
    ("I hear the doorbell ring once, and the phone ring four times.", 1, "a doorbell"),
    ("The phone rings four times; the doorbell once.", 4, "a telephone ringing"),
    ("| Sound | Count |\n|---|---|\n| Clap | 6 |\n| Whistle | 1 |", 6, "clapping"),
    ('{"event": "gunshot", "count": 3}', 3, "gunshots"),
    ("If there were more barks you'd hear them after 0:10, but there are just two.", 2, "a dog barking"),
    ("Reasoning: the first cough is at 0:01, another at 0:04. Final count: 2.", 2, "coughing"),
    ("Not three but five beeps - the last two are quiet.", 5, "a beep"),
    ("Roughly a dozen honks; it's hard to be exact.", "abstain", "a car horn"),
    ("It's either seven or eight chimes.", "abstain", "a chime"),
    ("Zero. There are no sneezes, only sniffles.", 0, "a sneeze"),
    ("The rooster crows once, the hens cluck many times.", 1, "a rooster crowing"),
    ("Trois aboiements.", 3, "a dog barking"),
    ("The bell tolls - one, two, three, four, five, six - six times for six o'clock.", 6, "a bell ringing"),
    ("There's no meow at all; the cat only purrs.", 0, "a cat meowing"),
    ("Three knocks? No, four: I missed a faint one.", 4, "knocking"),
    ("I can't count reliably: the barks overlap with a second dog.", "abstain", "a dog barking"),
    ("Two thunderclaps, about ten seconds apart, plus continuous rain.", 2, "thunder"),
    ("A single gunshot, followed by echoes that sound like more but aren't.", 1, "gunshots"),
]
