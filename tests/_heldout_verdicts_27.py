"""Yes/no answer table pair 26, held-out half (held-out 27, 70 rows).

Written blind for issue 22 (round 5), without reading the reader or any earlier table, together with its twin
(tests/_dev_answers_26.py, dev 26). One pool of 140 replies was split by random.Random(2626): taking the
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

Round 5 is meant to be harder than the earlier pairs. Styles: terse replies ("Sure is.", "mhm, ...", "None
whatsoever.", "Negative.", "Affirmative."); captions that confirm the sound without a yes word, and an exhaustive
"contains only" caption; long replies whose answer sits in the middle or only in the last sentence; step-by-step and
<think> reasoning, argument lists, and reasoning that changes its mind in either direction (a "yes. Wait." that ends
in no, an "I first marked this as absent" that ends in present); the asked sound ruled out for a look-alike that is
there instead (a cello for a violin, a clarinet for a saxophone, a tuning fork for a singing bowl, a slide whistle
for a trombone, a mourning dove for an owl, a peacock for a rooster, collar tags for keys, a fridge hum for a person
humming, a civil-defence siren for a police siren), and a broader sound confirmed through a narrower one (an
electric guitar for "a guitar"); the source there without the asked sound (a purring cat that never meows, hooves
without a neigh, a dog that whines but never barks, a bathtub without a flush); negation words around a yes ("No
doubt about it", "Never heard a clearer one", "No dog, no cat: just a goat") and a "Sure"/"Sorry" opening a no;
hedges about a detail (the species, the number of cats, the make of the phone) beside a firm answer; markdown tables
whose other rows say yes or no, a timeline table, a multi-question answer sheet, bullet and numbered lists, headed
markdown verdicts, JSON plain and fenced, a "Yes/No:" form; tagger-plus-transcript cascades reasoning over scores;
odds, percentages, "either ... or", "Possibly", "idk", a clipped recording, a table row marked unclear; refusals to
listen in English and German; a meeting transcript, a Chinese ASR transcript, an Amara subtitle hallucination, file
metadata, a speaker-attribute line, an answer to another question, a question back, an echoed question, an echoed
system prompt, audio placeholder tokens, a word loop, a haiku, an off-topic fact and an encyclopedia line about the
asked instrument; typos, lowercase chat style, emoji; rows in German, Dutch, French, Spanish, Italian, Portuguese,
Chinese, Japanese and Korean. Replies imitate Qwen2-Audio-7B-Instruct, Qwen2.5-Omni, SALMONN, Gemini 2.5,
GPT-4o-audio, Voxtral, Kimi-Audio, Audio Flamingo 2/3, Step-Audio, product voice assistants, and a small
instruction-tuned LLM fed a Whisper transcript plus an audio tagger's top labels, on everyday clips (homes,
kitchens, bathrooms, offices, streets, parks, workshops, building sites, farms, ponds, beaches, harbours, music of
several kinds, vehicles, trains, aircraft, emergencies).

Counts: YES 28, NO 25, ABSTAIN 10, UNPARSEABLE 7.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    (
        "Slam",
        "a door slamming",
        (
            "| Time | Event |\n"
            "|---|---|\n"
            "| 0–2 s | silence |\n"
            "| 2–5 s | door opens |\n"
            "| 5–8 s | footsteps on a wooden floor |\n"
            "| 8–10 s | door slams shut |"
        ),
        YES,
    ),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "Oui, on entend un bébé pleurer dès le début, puis une voix de femme qui essaie de le calmer.",
        YES,
    ),
    (
        "Motorcycle",
        "a motorcycle",
        "yeah theres def a motorcyle going past around the midle, loud revving then it fades out",
        YES,
    ),
    (
        "Kettle whistle",
        "a kettle whistle",
        (
            "Let me think. The high sustained tone could be a smoke alarm, since it is loud and piercing. But a smoke "
            "alarm beeps in bursts at a fixed pitch, and this tone is continuous and rises as it goes on, with a faint "
            "bubbling of boiling water underneath it. That's a kettle coming to the boil. Final answer: yes."
        ),
        YES,
    ),
    (
        "Bicycle bell",
        "a bicycle bell",
        (
            "**Short answer:** it's there, though faint.\n"
            "\n"
            "**Details:**\n"
            "- 0:00–0:04: street ambience, a bus pulling away\n"
            "- 0:04–0:07: a bicycle bell rings twice (two bright \"ding\" sounds)\n"
            "- 0:07–end: footsteps and a conversation in Spanish"
        ),
        YES,
    ),
    (
        "Purr",
        "a cat purring",
        "Here's what I found: the sound in your recording matches \"Cat purring\".",
        YES,
    ),
    (
        "Knock",
        "knocking",
        (
            "Yeah, I can hear it. It's a little faint under the music, but somebody is definitely knocking on a door: "
            "three knocks, a pause, then two more."
        ),
        YES,
    ),
    (
        "Turkey",
        "a turkey",
        "Gobble gobble! Yes, a turkey, not a goose or a chicken. Clear as day around 0:04.",
        YES,
    ),
    (
        "Sneeze",
        "a sneeze",
        "lol yes someone sneezes REALLY loud at like 0:03",
        YES,
    ),
    (
        "Car alarm",
        "a car alarm",
        (
            "I first marked this as absent because the first ten seconds are only traffic, but at 0:14 a car alarm "
            "kicks in and runs to the end. Corrected answer: present."
        ),
        YES,
    ),
    (
        "Train horn",
        "a train horn",
        "mhm, two long blasts, then the rumble of the wagons going by",
        YES,
    ),
    (
        "Typing",
        "typing",
        (
            "Detected events:\n"
            "- speech (male, 0–3 s)\n"
            "- typing on a keyboard (3–11 s)\n"
            "- mouse clicks\n"
            "- phone notification at 9 s"
        ),
        YES,
    ),
    (
        "Idling",
        "an engine idling",
        (
            "If the low drone were a refrigerator compressor, the answer would be no. It isn't: the drone has a "
            "regular firing pulse and the slight rattle of an exhaust, so an engine is idling close by. Yes."
        ),
        YES,
    ),
    (
        "Church bell",
        "a church bell",
        (
            "Ja, im Hintergrund hört man deutlich eine Kirchenglocke läuten, etwa ab Sekunde fünf, insgesamt zwölf "
            "Schläge."
        ),
        YES,
    ),
    (
        "Gull, seagull",
        "seagulls",
        (
            "There's a layered soundscape here. The dominant element is surf: waves break on a beach at regular "
            "intervals and the foam hisses back. Gulls call intermittently; I count at least four distinct calls. Wind "
            "buffets the microphone at 0:12 and again at 0:20, which briefly distorts the recording. Nothing "
            "mechanical and no voices.\n"
            "\n"
            "So, regarding seagulls: yes."
        ),
        YES,
    ),
    (
        "Guitar",
        "a guitar",
        (
            "Yes, though you should know it's an electric guitar rather than an acoustic one: the distortion and amp "
            "hum give it away."
        ),
        YES,
    ),
    (
        "Ambulance (siren)",
        "an ambulance siren",
        "Present (0.94). The siren rises and falls with a clear Doppler shift as the ambulance passes the microphone.",
        YES,
    ),
    (
        "Vacuum cleaner",
        "a vacuum cleaner",
        "是的，录音中可以听到明显的吸尘器声音，持续了大约十秒，中间有一次停顿。",
        YES,
    ),
    (
        "Thunder",
        "thunder",
        "| Sound | Detected |\n|---|---|\n| Rain | No |\n| Thunder | Yes |\n| Wind | No |\n| Hail | No |",
        YES,
    ),
    (
        "Fire engine, fire truck (siren)",
        "a fire truck siren",
        "Ja, er is duidelijk een sirene van een brandweerwagen te horen, die steeds dichterbij komt.",
        YES,
    ),
    (
        "Ratchet, pawl",
        "a ratchet",
        (
            "Step 1: Background: a constant low hum, likely ventilation.\n"
            "Step 2: Foreground events: fast clicking, a metallic clank, a man grunting.\n"
            "Step 3: Compare with the target: the clicking is rapid and regular with a pawl-like snap on each stroke, "
            "as from a socket wrench.\n"
            "Conclusion: the target sound is present."
        ),
        YES,
    ),
    (
        "Mosquito",
        "a mosquito",
        "Hmm, honestly? Yes. It's faint, but that high whine coming and going near the mic is a mosquito.",
        YES,
    ),
    (
        "Hair dryer",
        "a hair dryer",
        (
            "Absolutely not a quiet clip: there's a hair dryer running on high the entire time, switched to a lower "
            "setting near the end."
        ),
        YES,
    ),
    (
        "Bark",
        "a dog barking",
        (
            "The audio features a man speaking in a calm tone, followed by the sound of a door closing. In the "
            "background, a dog can be heard barking twice, and there is faint traffic noise throughout."
        ),
        YES,
    ),
    (
        "Jackhammer",
        "a jackhammer",
        (
            "No doubt about it: that's a jackhammer, rapid pneumatic hammering on concrete with a compressor droning "
            "behind it."
        ),
        YES,
    ),
    (
        "Telephone bell ringing",
        "a telephone ringing",
        (
            "I'm not confident about the make or age of the phone, but the ringing itself is unmistakable: an "
            "old-style mechanical bell ring, four times."
        ),
        YES,
    ),
    (
        "Applause",
        "applause",
        "Sí. Se oyen aplausos al final, justo después de la última nota.",
        YES,
    ),
    (
        "Trumpet",
        "a trumpet",
        "Certainly! 🎺 The trumpet comes in at 0:10 with a bright fanfare.",
        YES,
    ),
    (
        "Bark",
        "a dog barking",
        "There is a dog, but it only whines and pants. It never barks.",
        NO,
    ),
    (
        "Moo",
        "a cow mooing",
        (
            "I can't tell exactly what the animal in the background is, maybe a goat or a sheep, but it's definitely "
            "not a cow; there's no mooing."
        ),
        NO,
    ),
    (
        "Printer",
        "a printer",
        "没有。录音里只有键盘敲击声和空调的嗡嗡声，没有听到打印机。",
        NO,
    ),
    (
        "Police car (siren)",
        "a police siren",
        (
            "There's a siren, yes, but it's an air-raid style civil defence siren, a slow wail that rises and falls "
            "over many seconds. As for a police car siren: no."
        ),
        NO,
    ),
    (
        "Vehicle horn, car horn, honking",
        "a car horn",
        "否。这段音频中没有汽车喇叭声，只有发动机的怠速声。",
        NO,
    ),
    (
        "Hammer",
        "hammering",
        "Sure, I listened carefully. Nope: no hammering at all, only someone using a power drill.",
        NO,
    ),
    (
        "Sewing machine",
        "a sewing machine",
        (
            "Let me go through it. The opening is a steady mechanical whirr, which could be a sewing machine or a "
            "small fan. There are rhythmic clicks at about four per second, which at first suggests a needle. But the "
            "whirr doesn't change when the clicks stop, there's a steady airflow hiss, and the clicks keep the same "
            "rate the whole time. It's a desk fan with a loose grille. Therefore: no sewing machine."
        ),
        NO,
    ),
    (
        "Applause",
        "applause",
        "| Sound | Present |\n|---|---|\n| Speech | ✔ |\n| Music | ✔ |\n| Applause | ✘ |\n| Laughter | ✔ |",
        NO,
    ),
    (
        "Chicken, rooster",
        "a rooster",
        (
            "Yes, a rooster calls at the beginning... actually, listening again, that's a peacock: the call is higher "
            "and more nasal, a repeated \"may-awe\". No rooster."
        ),
        NO,
    ),
    (
        "Vacuum cleaner",
        "a vacuum cleaner",
        "Nein, das ist kein Staubsauger, sondern ein Föhn: Der Ton ist höher und man hört kein Ansaugen.",
        NO,
    ),
    (
        "Female speech, woman speaking",
        "a woman speaking",
        "The recording is silent except for a light tape hiss.",
        NO,
    ),
    (
        "Horse",
        "a horse neighing",
        "Hooves clopping on cobblestones, yes, but the horse never neighs or whinnies.",
        NO,
    ),
    (
        "Bird vocalization, bird call, bird song",
        "birdsong",
        "Non, aucun chant d'oiseau ; on n'entend que la pluie qui tombe sur un toit en tôle.",
        NO,
    ),
    (
        "Speech",
        "speech",
        (
            "Events detected:\n"
            "- Rain on surface (0–20 s)\n"
            "- Thunder (12 s)\n"
            "- Wind (intermittent)\n"
            "\n"
            "Not detected: hail, speech, vehicles."
        ),
        NO,
    ),
    (
        "Dental drill, dentist's drill",
        "a dentist's drill",
        "Não. O som é de uma furadeira elétrica numa parede, não de um dentista.",
        NO,
    ),
    (
        "Walk, footsteps",
        "footsteps",
        "None whatsoever.",
        NO,
    ),
    (
        "Saxophone",
        "a saxophone",
        (
            "What sounds like a sax is actually a clarinet: there's no reedy growl and the low register is pure and "
            "hollow. So no saxophone."
        ),
        NO,
    ),
    (
        "Mandolin",
        "a mandolin",
        "nope. thats a ukulele not a mandolin, no tremolo picking anywhere",
        NO,
    ),
    (
        "Meow",
        "a cat meowing",
        "A cat is definitely there, purring loudly right next to the mic, but it doesn't meow at any point.",
        NO,
    ),
    (
        "Gunshot, gunfire",
        "gunshots",
        "{\"label\": \"Gunshot, gunfire\", \"detected\": false, \"closest_match\": \"Fireworks\", \"score\": 0.12}",
        NO,
    ),
    (
        "Motorcycle",
        "a motorcycle",
        (
            "No motorcycle. The engine is a small two-stroke, most likely a leaf blower, judging by the steady pitch "
            "and the lack of any Doppler shift."
        ),
        NO,
    ),
    (
        "Tambourine",
        "a tambourine",
        "Yes/No: No\nWhat's there instead: sleigh bells.",
        NO,
    ),
    (
        "Keys jangling",
        "keys jangling",
        "There's jingling, but it's a dog's collar tags as the dog shakes itself, not keys.",
        NO,
    ),
    (
        "Whistling",
        "someone whistling",
        (
            "This clip is about 20 seconds long, recorded indoors with a moderate echo. A man hums a melody from 0:03 "
            "to 0:11; it's hummed with lips closed, not whistled, so there's no whistling. After that a chair scrapes, "
            "cutlery clinks on a plate, and a woman says \"dinner's ready\"."
        ),
        NO,
    ),
    (
        "Owl",
        "an owl",
        "What sounds like hooting is a mourning dove, with its soft coo-OO-oo-oo pattern. No owl.",
        NO,
    ),
    (
        "Skateboard",
        "a skateboard",
        (
            "There's a rolling whoosh and a clack that could be a skateboard, or a suitcase on paving stones. Can't "
            "decide."
        ),
        ABSTAIN,
    ),
    (
        "Didgeridoo",
        "a didgeridoo",
        (
            "At first I'd have said yes, that's a didgeridoo drone. But the drone has no circular-breathing pulses and "
            "could just as well be a synth or a throat singer. I'm not confident either way."
        ),
        ABSTAIN,
    ),
    (
        "Whispering",
        "someone whispering",
        "Can't tell from this recording: the mic is too far away and everything is masked by wind.",
        ABSTAIN,
    ),
    (
        "Steam whistle",
        "a steam whistle",
        "{\"present\": null, \"confidence\": 0.5, \"note\": \"ambiguous: could be a steam whistle or a boat horn\"}",
        ABSTAIN,
    ),
    (
        "Accordion",
        "an accordion",
        "Non saprei: potrebbe esserci una fisarmonica, ma potrebbe anche essere un'armonica.",
        ABSTAIN,
    ),
    (
        "Hammer",
        "a hammer",
        (
            "The clip is heavily clipped and distorted, everything is one wall of noise, so I can't tell whether a "
            "hammer is in there."
        ),
        ABSTAIN,
    ),
    (
        "Whale vocalization",
        "whale song",
        "idk tbh, might be a whale?? or just a synth pad",
        ABSTAIN,
    ),
    (
        "Thunder",
        "thunder",
        (
            "| Sound | Present |\n"
            "|---|---|\n"
            "| Wind | yes |\n"
            "| Rain | yes |\n"
            "| Thunder | unclear: the low rumble at 0:15 could be distant traffic |"
        ),
        ABSTAIN,
    ),
    (
        "Reversing beeps",
        "reversing beeps",
        (
            "Hard to say. Something beeps several times, but it's too muffled to tell a reversing lorry from a "
            "pedestrian crossing signal."
        ),
        ABSTAIN,
    ),
    (
        "Zipper (clothing)",
        "a zipper",
        "Possibly. There's a short rasp at 0:06 that might be a zipper, or it might be fabric rubbing against the mic.",
        ABSTAIN,
    ),
    (
        "Vehicle horn, car horn, honking",
        "a car horn",
        "Duration: 00:00:14.22, Sample rate: 44100 Hz, Channels: 2, Bitrate: 1411 kb/s",
        UNPARSEABLE,
    ),
    (
        "Dog",
        "a dog",
        "\"...and that's why we moved the launch to Thursday. Any questions before we wrap up?\"",
        UNPARSEABLE,
    ),
    (
        "Toilet flush",
        "a toilet flushing",
        "Is there a toilet flushing in this recording? Answer with yes or no.",
        UNPARSEABLE,
    ),
    (
        "Cash register",
        "a cash register",
        "You are a helpful assistant. Listen to the audio and answer the question.",
        UNPARSEABLE,
    ),
    (
        "Typing",
        "typing",
        "Gender: female; Age: 30-40; Emotion: neutral; Language: English",
        UNPARSEABLE,
    ),
    (
        "Gong",
        "a gong",
        "The Eiffel Tower was completed in 1889 as the entrance arch to the World's Fair.",
        UNPARSEABLE,
    ),
    (
        "Cough",
        "coughing",
        "Sous-titres réalisés par la communauté d'Amara.org",
        UNPARSEABLE,
    ),
]
