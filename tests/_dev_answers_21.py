"""Dev yes/no answer table 21 (``tests/_dev_answers_21.py``): 88 replies to "is <sound> in this recording?", written
blind (issue 22) together with held-out set ``tests/_heldout_verdicts_18.py`` from one pool of 175 hand-written
replies, split by a seeded shuffle (``random.Random(114)``, the first seed from 21 up keeping each label within two
of an even split; alternate rows): 88 here, 87 there. Nobody who wrote a row read the answer reader (``scoring/``,
``vocab/`` beyond the list of AudioSet display names, ``probes/``) or an earlier table.

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

DEV: its misses may be read and the reader changed for them; the held-out half (``_heldout_verdicts_18``) is the
check that such a change generalises.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # plain yes, caption then answer (SALMONN)
    ("Church bell", "church bells ringing",
     "The audio features church bells ringing in the distance, accompanied by birds chirping and light "
     "wind. So the answer is yes.", YES),
    # plain yes, markdown (Gemini)
    ("Helicopter", "a helicopter",
     "**Yes.** A helicopter is clearly audible — you can hear the rhythmic *thwop-thwop* of its rotor "
     "blades growing louder as it passes overhead around 0:04–0:09.", YES),
    # plain no, JSON
    ("Doorbell", "a doorbell", '{"answer": "no", "explanation": "Only footsteps and a door closing are audible."}', NO),
    # plain yes, bullets then answer
    ("Frog", "frogs croaking",
     "Here's what I hear:\n- Crickets chirping steadily\n- Frogs croaking in a chorus\n- Occasional "
     "wind gusts\n\nSo yes, frogs are present.", YES),
    # plain yes, markdown table
    ("Applause", "applause",
     "| Sound | Present |\n|---|---|\n| Speech | Yes |\n| Applause | Yes |\n| Music | No |", YES),
    # plain yes, Chinese
    ("Bark", "a dog barking", "是的，录音里可以听到狗叫声，大约出现了三次。", YES),
    # plain yes, German
    ("Vacuum cleaner", "a vacuum cleaner",
     "Ja, im Hintergrund läuft ein Staubsauger, der etwa ab Sekunde 3 deutlich zu hören ist.", YES),
    # plain yes, reasoning then answer
    ("Toilet flush", "a toilet flushing",
     "Let me think about this. There's a rushing water sound that starts abruptly, swirls, and then the "
     "tank refills with a hiss. That pattern is characteristic of a toilet flush. Answer: yes.", YES),
    # plain yes, product assistant
    ("Snoring", "snoring",
     "Sure! Based on the audio, I can confirm there is someone snoring — it's a slow, rhythmic rumbling "
     "on each inhale.", YES),
    # plain no, small LLM
    ("Cough", "someone coughing", "The answer is no. There is no coughing in the audio.", NO),
    # plain yes, listed with other sounds
    ("Fireworks", "fireworks",
     "Yes, there are fireworks: several whistling launches followed by loud bursts and crackling, plus "
     "people cheering.", YES),
    # plain no, other sounds named
    ("Microwave oven", "a microwave",
     "I don't hear a microwave in this recording. The clip contains water running from a tap and dishes "
     "being stacked.", NO),
    # plain no (Voxtral)
    ("Violin, fiddle", "a violin", "No, there isn't a violin in this audio. The recording is a solo piano piece.", NO),
    # plain yes, short (Kimi-Audio)
    ("Gunshot, gunfire", "gunshots", "Yes, gunshots can be heard.", YES),
    # plain no, casual
    ("Laughter", "laughter", "Nope, nobody laughs in this clip — it's a single person reading aloud.", NO),
    # plain yes, described
    ("Mosquito", "a mosquito",
     "Yes — a thin, high-pitched whine drifts in and out, the characteristic sound of a mosquito flying "
     "near the microphone.", YES),
    # plain yes, colon
    ("Cash register", "a cash register", "Yes, a cash register drawer opens with a 'cha-ching' and coins rattle.", YES),
    # plain no, field: value
    ("Walk, footsteps", "footsteps", "Footsteps: not present. Audio consists of wind and rustling leaves.", NO),
    # word in a vegetable, no
    ("Bell", "a bell ringing",
     "No bell rings. The speaker is chopping a bell pepper on a cutting board — you hear the knife "
     "hitting the board and the radio in the background.", NO),
    # word as a team name, no
    ("Thunder", "thunder",
     "There's no thunder. The commentator is excitedly reading out basketball scores, including the "
     "Oklahoma City Thunder's win last night.", NO),
    # word inside 'horsepower', no
    ("Horse", "a horse",
     "Not in the sound itself — the word 'horse' only comes up because the narrator mentions a car's "
     "horsepower. I hear an engine revving but no horse.", NO),
    # word in song lyrics, no
    ("Rain", "rain",
     "No rain is audible. The song playing includes the lyric 'here comes the rain again', but the "
     "recording itself is dry — just music and a crowd.", NO),
    # word in an idiom, no
    ("Fire", "a fire crackling",
     "No. The speaker says the new product spread 'like wildfire', but the only sounds are his voice "
     "and a keyboard.", NO),
    # word as the sport, no
    ("Cricket", "crickets chirping",
     "The audio is a cricket match commentary — bat hitting ball, crowd applause, and an announcer. "
     "There are no cricket insects chirping, so no.", NO),
    # word as the sport and the insect present, yes
    ("Cricket", "crickets chirping",
     "Yes, crickets chirp steadily in the background while two people chat about last night's cricket "
     "match.", YES),
    # word in a simile, no
    ("Whistle", "a whistle", "No whistle. The man says the house is 'clean as a whistle' while a vacuum runs.", NO),
    # word as a dress's train, no
    ("Train", "a train",
     "No train is audible. The woman is talking about her wedding dress's train being too long; the "
     "background is quiet room tone.", NO),
    # word inside a brand name, no
    ("Cat", "a cat",
     "No cat. A construction worker mentions the Caterpillar excavator they're using, and you hear its "
     "diesel engine and tracks.", NO),
    # word as a cricket score, no
    ("Duck", "a duck quacking",
     "No. It's a sports broadcast: the commentator says the batter is out for a duck, and the crowd "
     "groans. No quacking.", NO),
    # word in an idiom, no
    ("Frog", "a frog croaking",
     "The man has a frog in his throat — he clears it several times while speaking — but there is no "
     "actual frog croaking.", NO),
    # word as a food and the sound present, yes
    ("Chicken, rooster", "chickens clucking",
     "Yes, chickens are clucking in a coop. A woman nearby is also talking about what to cook for "
     "dinner — chicken soup.", YES),
    # topic, and the target also sounds, yes
    ("Fire alarm", "a fire alarm",
     "Yes — while the speakers are discussing where to put a new fire alarm, the old one in the hallway "
     "goes off with a loud repeating beep.", YES),
    # word in a restaurant's name, no
    ("Church bell", "church bells",
     "No bells. The podcast host is interviewing someone about a restaurant called The Church Bell on "
     "Main Street; it's just two voices.", NO),
    # word as a chart type, no
    ("Waterfall", "a waterfall",
     "Not a real waterfall: a vlogger describes a 'waterfall' chart in her spreadsheet while typing. No "
     "rushing water can be heard.", NO),
    # source present, other sound (panting), no
    ("Bark", "a dog barking",
     "There is a dog in the recording — you can hear it panting and its collar tags jingling as it "
     "moves — but it never barks.", NO),
    # source present, only filled, no
    ("Kettle whistle", "a kettle whistling",
     "No whistle. Someone fills a kettle at the tap and switches it on; the clip ends before it boils.", NO),
    # asked sound from the source, yes
    ("Kettle whistle", "a kettle whistling",
     "Yes — after a rising rumble the kettle starts whistling loudly and is taken off the stove.", YES),
    # source present, clucking, no
    ("Crowing, cock-a-doodle-doo", "a rooster crowing",
     "The rooster is there, but only clucking and scratching around the yard; it doesn't crow.", NO),
    # asked sound from the source, yes
    ("Church bell", "a church bell ringing", "Yes, the bell in the church tower rings out twelve times for noon.", YES),
    # source present, closed gently, no
    ("Slam", "a door slamming", "A door opens and closes gently with a soft click — no slam.", NO),
    # source present, no alarm, no
    ("Car alarm", "a car alarm", "A car is audible — it starts, idles and drives away — but no alarm goes off.", NO),
    # source present, dialled not ringing, no
    ("Telephone bell ringing", "a phone ringing",
     "A phone is being used — you hear someone dialing and then talking into it — but it never rings.", NO),
    # asked sound from the source, yes
    ("Ringtone", "a ringtone",
     "Yes, a cell phone goes off with a marimba-style ringtone before someone answers it.", YES),
    # source present, babbling, no
    ("Baby cry, infant cry", "a baby crying",
     "A baby is there, but it's babbling and giggling happily, not crying.", NO),
    # asked sound from the source, yes
    ("Baby laughter", "a baby laughing",
     "Yes — the baby laughs in delighted bursts every time the adult says 'peekaboo'.", YES),
    # source present, dropped not used, no
    ("Hammer", "hammering",
     "There's a toolbox being opened and a hammer is dropped onto the concrete floor with a clank, but "
     "nobody hammers anything.", NO),
    # asked sound from the source, yes
    ("Water tap, faucet", "a running tap",
     "Yes, the tap is turned on and runs into the sink for about five seconds.", YES),
    # source present, wings not song, no
    ("Bird vocalization, bird call, bird song", "birds singing",
     "There are pigeons flapping their wings and landing on the ledge, but no singing or calls.", NO),
    # source present, ticking only, no
    ("Alarm clock", "an alarm clock ringing",
     "The clock on the nightstand ticks steadily, but the alarm itself never goes off.", NO),
    # sibling instrument, no
    ("Violin, fiddle", "a violin", "It's a cello — the register is far too low for a violin. So no violin.", NO),
    # sibling bird named, no
    ("Owl", "an owl", "What sounds like hooting is actually a mourning dove cooing.", NO),
    # sibling insect named, target not denied
    ("Bee, wasp, etc.", "a bee", "The buzzing comes from a mosquito flying close to the microphone.", NO),
    # sibling bird named, no
    ("Crow", "a crow cawing", "The birds are seagulls squawking over a harbour; no crows.", NO),
    # sibling beeper named, no
    ("Smoke detector, smoke alarm", "a smoke alarm",
     "The beeping is a microwave timer finishing, not a smoke alarm.", NO),
    # target and sibling ruled out, yes
    ("Fire engine, fire truck (siren)", "a fire truck siren",
     "Yes — a fire truck siren wails, accompanied by the truck's air horn. It's not a police car; the "
     "wail is slower.", YES),
    # mistaken for the target at first, no
    ("Roaring cats (lions, tigers)", "a lion roaring",
     "No lion — the deep roaring is a motorcycle revving. I initially mistook it for an animal.", NO),
    # sibling instrument, no
    ("Harmonica", "a harmonica", "The reedy melody is an accordion, not a harmonica.", NO),
    # correction to the target, yes
    ("Hammer", "a hammer",
     "Yes, hammering. I initially confused it with a knock at the door, but the blows are metallic and "
     "evenly spaced — a hammer on nails.", YES),
    # correction to the target, yes
    ("Goose", "geese honking",
     "Yes, it's a flock of Canada geese honking overhead — I'd initially labelled them ducks, but the "
     "honks are too deep.", YES),
    # self-correction to the target, yes
    ("Ambulance (siren)", "an ambulance siren",
     "Yes, I hear an ambulance siren — the European two-tone. Earlier I said police, but the pattern is "
     "an ambulance's.", YES),
    # could be the target or another sound
    ("Bark", "a dog barking",
     "It's hard to say. There's a short sharp sound at 0:04 that could be a dog barking, but it could "
     "also be someone shouting in the distance.", ABSTAIN),
    # may be the target or a plane
    ("Thunder", "thunder",
     "There's a low rumble at the end. It may be thunder, or it may be a plane; I can't be sure.", ABSTAIN),
    # 'uncertain', frogs or insects
    ("Frog", "frogs croaking",
     "Uncertain. The background chorus could be frogs or insects — the recording is too low quality to "
     "distinguish.", ABSTAIN),
    # JSON, uncertain
    ("Gunshot, gunfire", "gunshots",
     '{"present": "uncertain", "confidence": 0.5, "note": "impulsive bangs could be gunshots or '
     'fireworks"}', ABSTAIN),
    # cannot determine with confidence
    ("Helicopter", "a helicopter",
     "I cannot determine this with confidence. The low thudding might be a helicopter, or just wind "
     "buffeting the microphone.", ABSTAIN),
    # Chinese, not sure
    ("Dog", "a dog barking", "不太确定，背景里有一些声音，可能是狗叫，也可能是别的动物。", ABSTAIN),
    # violin or viola, muffled
    ("Violin, fiddle", "a violin",
     "It could be a violin or a viola — the recording is too muffled for me to say which, or whether "
     "either is there at all.", ABSTAIN),
    # 'might be', not confident
    ("Horse", "a horse",
     "There might be hoofbeats in the background, but I'm not confident enough to say a horse is "
     "present.", ABSTAIN),
    # 'unclear', glass or ceramic
    ("Shatter", "breaking glass",
     "It's unclear. Something falls and breaks around 0:06 — glass is possible, but ceramic is just as "
     "likely.", ABSTAIN),
    # unable to determine
    ("Whistling", "someone whistling",
     "Unable to determine. The audio contains a faint tonal sound that may be whistling or a kettle.", ABSTAIN),
    # text-only assistant
    ("Doorbell", "a doorbell",
     "I'm sorry, I can only process text right now. Please describe what you hear and I'll do my best.", ABSTAIN),
    # cow or foghorn
    ("Moo", "a cow mooing",
     "I think there might be a cow, but honestly it could be a foghorn far away. I'd need a cleaner "
     "recording.", ABSTAIN),
    # Spanish, not sure
    ("Rain", "rain", "No estoy seguro; podría ser lluvia o el ruido de una ducha.", ABSTAIN),
    # negated 'without', yes
    ("Rain", "rain", "There isn't a single second of this clip without rain — it pours the entire time.", YES),
    # 'no X, just Y', no
    ("Bark", "a dog barking", "No dog, just a fox screaming in the garden.", NO),
    # 'never stops', yes
    ("Car alarm", "a car alarm", "The car alarm never stops — it wails for the whole recording.", YES),
    # 'no X, no Y, just Z', asked X, no
    ("Thunder", "thunder", "No thunder, no rain — just wind.", NO),
    # 'no X, no Y, just Z', asked Z, yes
    ("Wind", "wind", "No thunder, no rain — just wind.", YES),
    # 'without a doubt', yes
    ("Bark", "a dog barking", "Without a doubt, a dog is barking.", YES),
    # 'nobody X, but Y', asked X, no
    ("Doorbell", "a doorbell", "Nobody rings the doorbell, but someone knocks loudly instead.", NO),
    # 'apart from X ... silent', yes
    ("Applause", "applause", "Apart from the applause at the end, the audience stays silent.", YES),
    # 'not X but Y', no
    ("Car", "a car", "It's not a car but a bus pulling away from the stop.", NO),
    # 'wouldn't say there's no', yes
    ("Helicopter", "a helicopter", "I wouldn't say there's no helicopter — its rotor is faint, but it's there.", YES),
    # encyclopaedia about the target, off topic
    ("Dog", "a dog barking",
     "Dogs are domesticated descendants of wolves and communicate through barking, growling and body "
     "language.", UNPARSEABLE),
    # a haiku
    ("Church bell", "church bells",
     "Here's a haiku:\nMorning mist rises\nover the quiet valley\nthe day slowly wakes", UNPARSEABLE),
    # mythology about the word
    ("Siren", "a siren",
     "Sirens in Greek mythology were creatures who lured sailors with their enchanting songs.", UNPARSEABLE),
    # generic sign-off
    ("Thunder", "thunder", "I'm here to help! Let me know if you have any other questions.", UNPARSEABLE),
    # a recipe
    ("Frying (food)", "frying",
     "To fry an egg, heat a pan with a little oil over medium heat, crack the egg in, and cook until "
     "the white sets.", UNPARSEABLE),
]
