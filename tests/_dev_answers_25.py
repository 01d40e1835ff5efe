"""Yes/no answer table pair 25, dev half (dev 25, 70 rows).

Written blind for issue 22 (round 4), without reading the reader or any earlier table, together with its twin
(tests/_heldout_verdicts_25.py, held-out 25). One pool of 140 replies was split by random.Random(2525): taking the
expected labels in the order YES, NO, ABSTAIN, UNPARSEABLE, each label's rows were shuffled, then alternate rows
went to dev (even index) and held out (odd).

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

Round 4 is meant to be harder than the earlier pairs. Styles: one-word and one-line answers ("Present.", "nah",
"Uncertain."); captions and scene descriptions that never say yes or no; long replies whose answer sits in the
middle or comes only in the last sentence; step-by-step reasoning that first leans to a look-alike and then
reverses (a "yes ... wait, listening again" that ends in no, a "would make the answer no" that ends in yes); the
asked sound ruled out in favour of a look-alike that is there instead (kazoo for trumpet, oboe for flute, double
bass for cello, rowboat for motorboat, a reversing truck for a smoke alarm), or confirmed against a look-alike
("not a doorbell and not a wind chime"); the source present without the asked sound (a baby crying, not
laughing; cheering without clapping; a throat-clear, not a cough); negation words around a yes ("Far from quiet",
"Not a doorbell") and a conversational "Sure"/"Mhm" opening a no; hedges about a detail (how many cats, which
crow species, what the words are) next to a firm answer; markdown tables whose other rows say yes or no, a
timeline table, bullet and step lists, JSON plain and fenced, a "Yes/No:" form; tagger-plus-transcript cascades
reasoning over scores; odds, "either ... or", "maybe?" and "I think so? ... Not sure" hedges; a truncated file;
refusals to listen in English and French; a meeting transcript, a Whisper subtitle hallucination, audio metadata,
a speaker-attribute line, a question back, an echoed multiple-choice prompt and an echoed instruction, a
chat-template token, a word loop, a poem, an off-topic fact and an encyclopedia line about the asked animal;
typos and lowercase chat style; rows in German, French, Spanish, Italian, Portuguese, Chinese and Japanese.
Replies imitate Qwen2-Audio-7B-Instruct, Qwen2.5-Omni, SALMONN, LTU, Gemini 2.5, GPT-4o-audio, Voxtral,
Kimi-Audio, Audio Flamingo 2/3, Step-Audio, product voice assistants, and a small instruction-tuned LLM
(0.5B-3B) fed a Whisper transcript plus an audio tagger's top labels, on everyday clips (homes, kitchens,
bathrooms, streets, offices, workshops, construction, farms, nature, the sea, music of several kinds, vehicles,
trains, aircraft, emergencies).

Counts: YES 28, NO 25, ABSTAIN 10, UNPARSEABLE 7.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    (
        "Ocean",
        "the ocean",
        "Waves crashing on a beach, gulls overhead. Definitely the sea.",
        YES,
    ),
    (
        "Microwave oven",
        "a microwave oven",
        "Yes: the steady hum of a running microwave, then three beeps at the end when it finishes.",
        YES,
    ),
    (
        "Train horn",
        "a train horn",
        "Answer: YES\nReason: two long blasts, a short one and another long one (the grade-crossing pattern) from a "
        "locomotive horn.",
        YES,
    ),
    (
        "Fire alarm",
        "a fire alarm",
        "Honestly? Yes. It's that awful three-pulse pattern fire alarms use, repeating for the whole clip.",
        YES,
    ),
    (
        "Dishes, pots, and pans",
        "dishes clattering",
        "Plates and pots clanking in a sink; someone is washing up.",
        YES,
    ),
    (
        "Toilet flush",
        "a toilet flushing",
        "yea toilet flush right at the begining, then the tank refiling for the rest of it",
        YES,
    ),
    (
        "Snoring",
        "snoring",
        "Ja, man hört deutlich ein Schnarchen, gleichmäßig etwa alle vier Sekunden.",
        YES,
    ),
    (
        "Electric shaver, electric razor",
        "an electric shaver",
        "Yes, an electric razor: a buzzing that changes pitch as it moves across stubble.",
        YES,
    ),
    (
        "Frying (food)",
        "frying",
        "```json\n{\"answer\": \"yes\", \"sound\": \"frying\", \"notes\": \"oil sizzling in a pan\"}\n```",
        YES,
    ),
    (
        "Drill",
        "a drill",
        "The user asks whether there is a drill. There is: a cordless drill whirring in short bursts, as if driving "
        "screws into something.",
        YES,
    ),
    (
        "Kettle whistle",
        "a kettle whistling",
        "It starts with water coming to the boil, and at about 6 s a high-pitched whistle rises and holds — that's a "
        "kettle. So yes.",
        YES,
    ),
    (
        "Sewing machine",
        "a sewing machine",
        "The answer is yes. The fast mechanical rattling that starts and stops in short bursts is a sewing machine, "
        "most likely a domestic electric one.",
        YES,
    ),
    (
        "Cough",
        "coughing",
        "| Sound | Present |\n|---|---|\n| Speech | No |\n| Cough | Yes |\n| Sneeze | No |",
        YES,
    ),
    (
        "Bicycle bell",
        "a bicycle bell",
        "The only sound that isn't traffic is a bicycle bell, rung twice at around 3 seconds; otherwise it's just "
        "cars passing.",
        YES,
    ),
    (
        "Piano",
        "a piano",
        "yes piano (upright, slightly out of tune) + someone humming along",
        YES,
    ),
    (
        "Typewriter",
        "a typewriter",
        "Yes — the rhythmic clack-clack with a little *ding* and a carriage return every few seconds is a manual "
        "typewriter, not a computer keyboard.",
        YES,
    ),
    (
        "Snare drum",
        "a snare drum",
        "**Yes.** The backbeat on 2 and 4 is a snare drum with the snares engaged — you can hear the crisp rattle. A "
        "kick drum and hi-hat are also present.",
        YES,
    ),
    (
        "Didgeridoo",
        "a didgeridoo",
        "The clip opens with a low, continuous drone at roughly 70 Hz, with rhythmic overtone modulation and the odd "
        "barked vocalization on top of it. At first this could be mistaken for throat singing or a synthesizer pad, "
        "but the circular-breathing pulses and the 'wah' formant sweeps give it away. So, to answer your question: "
        "yes, this is a didgeridoo.",
        YES,
    ),
    (
        "Motorcycle",
        "a motorcycle",
        "Yes, a motorcycle revs up and drives off. It isn't a car; the engine note is higher and more staccato.",
        YES,
    ),
    (
        "Church bell",
        "church bells",
        "Not a doorbell and not a wind chime — those are big, heavy church bells tolling, at least four strikes.",
        YES,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "{\"target\": \"chainsaw\", \"present\": true, \"confidence\": 0.91, \"segments\": [[2.4, 9.8]]}",
        YES,
    ),
    (
        "Harp",
        "a harp",
        "Sí, se escucha un arpa: arpegios suaves de cuerdas pulsadas con mucha resonancia.",
        YES,
    ),
    (
        "Rain on surface",
        "rain hitting a surface",
        "Nothing else is audible apart from steady rain drumming on what sounds like a tin roof.",
        YES,
    ),
    (
        "Crow",
        "a crow",
        "Yes—crows. Several caws from at least two birds. (I can't say whether they're American crows or fish crows.)",
        YES,
    ),
    (
        "Frog",
        "frogs",
        "I initially took the repeated pulsed calls for crickets, but the pitch is too low and each call has a "
        "throaty, resonant quality. On reflection these are frogs, probably a chorus of tree frogs. Answer: Yes.",
        YES,
    ),
    (
        "Keys jangling",
        "keys jangling",
        "Si sente un mazzo di chiavi che tintinna, poi una porta che si apre. Quindi sì.",
        YES,
    ),
    (
        "Horse",
        "a horse",
        "| Time | Event |\n|---|---|\n| 0–3 s | hooves clopping on pavement |\n| 4 s | horse whinnies |\n| 5–10 s | "
        "carriage wheels rolling |\n\nSo a horse is present.",
        YES,
    ),
    (
        "Mosquito",
        "a mosquito",
        "Ugh, yes — that thin, high whine coming and going near the mic is a mosquito.",
        YES,
    ),
    (
        "Vehicle horn, car horn, honking",
        "a car horn",
        "Sure, there's traffic — cars passing at moderate speed and a bus pulling away from a stop — but nobody honks.",
        NO,
    ),
    (
        "Gong",
        "a gong",
        "| Instrument | Heard? |\n|---|---|\n| Cymbal | ✅ |\n| Gong | ❌ |\n| Bell | ✅ |",
        NO,
    ),
    (
        "Bird",
        "birds",
        "Negative. Only traffic and a distant siren.",
        NO,
    ),
    (
        "Goat",
        "a goat",
        "No.",
        NO,
    ),
    (
        "Organ",
        "an organ",
        "Nessun organo: è un coro a cappella in una chiesa, con molto riverbero.",
        NO,
    ),
    (
        "Chicken, rooster",
        "chickens",
        "```json\n{\"chicken\": false, \"detected\": [\"duck\", \"goose\"]}\n```",
        NO,
    ),
    (
        "Flute",
        "a flute",
        "Initially I thought the high melody was a flute, but the attack is too sharp and there's a reedy buzz in the "
        "tone; it's an oboe. So the answer is no.",
        NO,
    ),
    (
        "Choir",
        "a choir",
        "It's a single female vocalist accompanied by piano — no choir.",
        NO,
    ),
    (
        "Clapping",
        "clapping",
        "The crowd cheers and whistles, but I don't hear any hands clapping.",
        NO,
    ),
    (
        "Cello",
        "a cello",
        "The low bowed line is a double bass rather than a cello — too low and too gruff. So: no cello.",
        NO,
    ),
    (
        "Doorbell",
        "a doorbell",
        "There's a knock at the door at 0:03, followed by footsteps, but no doorbell rings.",
        NO,
    ),
    (
        "Guitar",
        "a guitar",
        "不是吉他，是尤克里里，音色更亮、更短。所以没有吉他。",
        NO,
    ),
    (
        "Aircraft",
        "an airplane",
        "Kein Flugzeug. Das tiefe Brummen ist ein Lkw im Leerlauf.",
        NO,
    ),
    (
        "Silence",
        "silence",
        "No — there's a constant background hum and people chatting the whole time; there are no silent stretches.",
        NO,
    ),
    (
        "Train",
        "a train",
        "The rhythmic clacking is a washing machine with an unbalanced load, not a train on tracks.",
        NO,
    ),
    (
        "Shatter",
        "glass shattering",
        "Glasses clink together in a toast, but nothing breaks or shatters.",
        NO,
    ),
    (
        "Water",
        "water",
        "Dry recording: paper rustling and a pen scratching, nothing liquid at all.",
        NO,
    ),
    (
        "Jackhammer",
        "a jackhammer",
        "Mhm, it's a construction site for sure — an excavator beeping as it reverses and some shovel scraping — but "
        "the rapid pounding of a jackhammer isn't there.",
        NO,
    ),
    (
        "Meow",
        "a cat meowing",
        "Neither meowing nor barking — just a parrot squawking.",
        NO,
    ),
    (
        "Walk, footsteps",
        "footsteps",
        "- Door creak: present\n- Keys: present\n- Footsteps: not present\n- Speech: present",
        NO,
    ),
    (
        "Fireworks",
        "fireworks",
        "Those bangs are gunshots, not fireworks: single sharp reports with no crackle or whistle afterwards.",
        NO,
    ),
    (
        "Telephone bell ringing",
        "a phone ringing",
        "I listened closely: the only ring-like sound is a microwave's end-of-cycle beep. There's no telephone "
        "ringing.",
        NO,
    ),
    (
        "Cricket",
        "crickets",
        "Those chirps come from birds, not crickets — they're tonal and melodic rather than a steady pulsed trill.",
        NO,
    ),
    (
        "Electric guitar",
        "an electric guitar",
        "**No.** The guitar you hear is acoustic (steel-string, strummed), with no amplification or distortion.",
        NO,
    ),
    (
        "Snake",
        "a snake hissing",
        "The hiss is air leaking from a tire valve, not a snake.",
        NO,
    ),
    (
        "Cough",
        "a cough",
        "```json\n{\"cough\": \"uncertain\", \"confidence\": 0.5}\n```",
        ABSTAIN,
    ),
    (
        "Drum",
        "drums",
        "The file seems to be cut off after 0.2 seconds, so there's nothing for me to judge either way.",
        ABSTAIN,
    ),
    (
        "Rain",
        "rain",
        "About a 60% chance it's rain; otherwise it's a shower running in the next room.",
        ABSTAIN,
    ),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "Es difícil decirlo: el sonido podría ser un bebé llorando o un gato maullando.",
        ABSTAIN,
    ),
    (
        "Bird",
        "a bird",
        "Let me think step by step. The high-pitched chirps at 2 s and 5 s could be a bird. However, they are very "
        "regular, which suggests a squeaky wheel or a smoke detector's low-battery chirp. The spectral shape is "
        "ambiguous, and I can't decide between these, so I can't give a definite answer.",
        ABSTAIN,
    ),
    (
        "Typing",
        "someone typing",
        "I think so? There's some clicking, but it might be someone clicking a pen. Not sure.",
        ABSTAIN,
    ),
    (
        "Violin, fiddle",
        "a fiddle",
        "Maybe? There's a bowed string instrument, but at this quality I can't tell a violin from a viola.",
        ABSTAIN,
    ),
    (
        "Dog",
        "a dog",
        "I'm unable to listen to audio files. If you describe the sounds, I can help you work out whether there's a "
        "dog.",
        ABSTAIN,
    ),
    (
        "Frog",
        "frogs",
        "It could be frogs or it could be a cricket chorus; the recording is too compressed for me to tell them apart.",
        ABSTAIN,
    ),
    (
        "Glass",
        "glass clinking",
        "| Sound | Present |\n|---|---|\n| Glass clinking | unsure |\n| Speech | yes |",
        ABSTAIN,
    ),
    (
        "Guitar",
        "a guitar",
        "The capital of Australia is Canberra.",
        UNPARSEABLE,
    ),
    (
        "Car",
        "a car",
        "Describe the audio in detail.",
        UNPARSEABLE,
    ),
    (
        "Bell",
        "a bell",
        "<|endoftext|><|endoftext|>",
        UNPARSEABLE,
    ),
    (
        "Rain",
        "rain",
        "Here is a poem about rain:\nSoft taps upon the window pane,\nthe garden drinks, the gutters strain...",
        UNPARSEABLE,
    ),
    (
        "Singing",
        "singing",
        "the the the the the the the the the the the the",
        UNPARSEABLE,
    ),
    (
        "Trumpet",
        "a trumpet",
        "Is there a trumpet in this recording? Options: (A) yes (B) no",
        UNPARSEABLE,
    ),
    (
        "Bird",
        "birds",
        "What kind of birds are you interested in? Songbirds, waterfowl, or birds of prey?",
        UNPARSEABLE,
    ),
]
