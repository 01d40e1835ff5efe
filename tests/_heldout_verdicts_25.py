"""Yes/no answer table pair 25, held-out half (held-out 25, 70 rows).

Written blind for issue 22 (round 4), without reading the reader or any earlier table, together with its twin
(tests/_dev_answers_25.py, dev 25). One pool of 140 replies was split by random.Random(2525): taking the
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
        "Cowbell",
        "a cowbell",
        "There's more cowbell in this track than anything else, honestly — it clanks on every single beat.",
        YES,
    ),
    (
        "Sneeze",
        "a sneeze",
        "Gesundheit! 😄 Yes, somebody sneezes loudly right at the start.",
        YES,
    ),
    (
        "Applause",
        "applause",
        "Audio caption: A speaker finishes a sentence and the audience breaks into loud, sustained applause with some "
        "cheering.",
        YES,
    ),
    (
        "Speech",
        "speech",
        "Affirmative: a man is speaking, though I can't make out the words; it's muffled, as if through a wall.",
        YES,
    ),
    (
        "Bark",
        "barking",
        "Tagger: Dog 0.88, Bark 0.81, Speech 0.35. Transcript: \"Max, quiet! Quiet!\"\nThe tagger scores bark highly "
        "and the speaker is telling a dog to be quiet, so barking is present. Yes.",
        YES,
    ),
    (
        "Skateboard",
        "a skateboard",
        "The sound of wheels rolling on concrete, followed by a clack and a landing, is characteristic of a "
        "skateboard. So yes, a skateboard is present in this recording.",
        YES,
    ),
    (
        "Water tap, faucet",
        "a running tap",
        "sim, tem uma torneira aberta com a água escorrendo na pia durante o áudio todo",
        YES,
    ),
    (
        "Owl",
        "an owl",
        "是的，录音中可以听到猫头鹰的叫声，大约在第3秒和第8秒各出现一次。",
        YES,
    ),
    (
        "Hammer",
        "hammering",
        "The recording contains hammering on wood, steady strikes about twice per second, plus a hand saw briefly "
        "near the end.",
        YES,
    ),
    (
        "Wind chime",
        "wind chimes",
        "yes.",
        YES,
    ),
    (
        "Sheep",
        "sheep",
        "はい、羊の鳴き声が何度か聞こえます。",
        YES,
    ),
    (
        "Gunshot, gunfire",
        "gunshots",
        "Yes. Three sharp gunshots with an echo that suggests an outdoor range. These are not fireworks: there is no "
        "crackle or whistle afterwards.",
        YES,
    ),
    (
        "Sigh",
        "a sigh",
        "There's a long, audible sigh near the end — it sounds exasperated.",
        YES,
    ),
    (
        "Typing",
        "typing",
        "Present.",
        YES,
    ),
    (
        "Thunder",
        "thunder",
        "Unmistakably — a long rolling thunderclap at around 0:05 that rumbles for several seconds.",
        YES,
    ),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "Is there a baby crying? Yes — an infant cries in bursts while an adult makes shushing sounds.",
        YES,
    ),
    (
        "Siren",
        "a siren",
        "Far from quiet: a wailing siren gets louder as the vehicle approaches and then fades away.",
        YES,
    ),
    (
        "Lawn mower",
        "a lawn mower",
        "At first the engine sounds like a leaf blower, which would make the answer no. But the pitch drops when it "
        "seems to hit thicker grass and you can hear the blades cutting, so I'm revising that: this is a lawn mower. "
        "Yes.",
        YES,
    ),
    (
        "Whistling",
        "whistling",
        "Someone is whistling a tune — sounds like 'Happy Birthday', a bit off-key.",
        YES,
    ),
    (
        "Crowing, cock-a-doodle-doo",
        "a rooster crowing",
        "Oui, on entend un coq chanter deux fois au début, avec des poules qui caquettent en fond.",
        YES,
    ),
    (
        "Zipper (clothing)",
        "a zipper",
        "- Footsteps: no\n- Zipper: yes (twice, ~1 s and ~4 s)\n- Door: no",
        YES,
    ),
    (
        "Violin, fiddle",
        "a violin",
        "Yes, it is a violin.",
        YES,
    ),
    (
        "Steam whistle",
        "a steam whistle",
        "I'd say yes with high confidence: a long, breathy steam whistle from what sounds like a heritage locomotive, "
        "followed by chuffing.",
        YES,
    ),
    (
        "Helicopter",
        "a helicopter",
        "1. Listen for rotor blade slap: present, a rhythmic thwop-thwop.\n2. Check for turbine whine: faint, "
        "underneath the slap.\n3. Conclusion: a helicopter passes overhead.",
        YES,
    ),
    (
        "Laughter",
        "laughter",
        "The recording is about 10 seconds long and seems to come from a living room. A TV is playing in the "
        "background with indistinct dialogue. Yes, there is laughter: two or three people laugh loudly around the "
        "4-second mark, possibly at something on the TV. After that someone sets a glass down on a table and the clip "
        "ends.",
        YES,
    ),
    (
        "Goose",
        "geese",
        "Those honking calls belong to geese, not ducks, and there's a whole flock of them flying over.",
        YES,
    ),
    (
        "Vacuum cleaner",
        "a vacuum cleaner",
        "Absolutely! Sounds like someone's doing some serious cleaning — that's a vacuum cleaner running the whole "
        "time, and you can even hear it bump into the furniture a couple of times 😄",
        YES,
    ),
    (
        "Purr",
        "a cat purring",
        "Yes, there's purring. I can't tell from the recording whether it's one cat or two, but the purr itself is "
        "clear and continuous.",
        YES,
    ),
    (
        "Pig",
        "a pig",
        "There are farm animals — cows mooing and a rooster — but I hear no pigs.",
        NO,
    ),
    (
        "Car alarm",
        "a car alarm",
        "Yes/No: No\nDetected: dog barking, car door slam, engine start",
        NO,
    ),
    (
        "Speech",
        "someone talking",
        "This is an instrumental piece: fingerpicked acoustic guitar, with a cello joining around the 10-second mark. "
        "There are no vocals and no spoken words anywhere in the clip. The recording quality is good, with a little "
        "room reverb.",
        NO,
    ),
    (
        "Owl",
        "an owl",
        "Hmm, the hooting could be an owl, but it has that soft two-part coo pattern — this is a mourning dove. So no "
        "owl.",
        NO,
    ),
    (
        "Thunderstorm",
        "a thunderstorm",
        "Wind and heavy rain, but no thunder at any point, so I wouldn't call it a thunderstorm.",
        NO,
    ),
    (
        "Tire squeal",
        "tires screeching",
        "no tire sqeal, the car jsut brakes normaly and stops",
        NO,
    ),
    (
        "Crying, sobbing",
        "crying",
        "Non, personne ne pleure ; c'est un rire étouffé.",
        NO,
    ),
    (
        "Bee, wasp, etc.",
        "a bee",
        "Yes, I believe there's a bee — wait, listening again, the buzz is perfectly steady and never moves around "
        "the mic; that's an electric toothbrush. No bee.",
        NO,
    ),
    (
        "Mechanical fan",
        "a fan",
        "The room tone is pretty quiet. There's a refrigerator compressor kicking in at about 0:06, some keyboard "
        "typing, and occasional mouse clicks. A fan would show up as a steady broadband whoosh, maybe with a slight "
        "motor whine, and I don't hear that. So the answer is no.",
        NO,
    ),
    (
        "Smoke detector, smoke alarm",
        "a smoke alarm",
        "The beeping is a truck reversing outside, not a smoke alarm: it's slower and lower-pitched.",
        NO,
    ),
    (
        "Wind",
        "wind",
        "{\"wind\": \"absent\", \"rain\": \"present\", \"thunder\": \"absent\"}",
        NO,
    ),
    (
        "Harmonica",
        "a harmonica",
        "La melodía la lleva un acordeón, no una armónica. Respuesta: no.",
        NO,
    ),
    (
        "Tabla",
        "tabla",
        "nah",
        NO,
    ),
    (
        "Hiccup",
        "hiccups",
        "no hiccups, just a person drinking and swallowing really loudly lol",
        NO,
    ),
    (
        "Dog",
        "a dog",
        "Top tags: Howl 0.42, Wind 0.38, Siren 0.31. Transcript: (none).\nThe howl score is low and the siren score "
        "is close to it; a wailing siren is often tagged as howl. No dog is present.",
        NO,
    ),
    (
        "Screaming",
        "screaming",
        "Kids are playing and chattering happily, but nobody screams.",
        NO,
    ),
    (
        "Ambulance (siren)",
        "an ambulance siren",
        "The siren here is a civil-defense air-raid siren, rising and falling slowly over many seconds. It is not an "
        "ambulance.",
        NO,
    ),
    (
        "Cough",
        "someone coughing",
        "Nobody coughs; the man clears his throat once, which is a different sound.",
        NO,
    ),
    (
        "Cat",
        "a cat",
        "Nope — the meow-like sounds are actually a baby fussing, not a cat.",
        NO,
    ),
    (
        "Baby laughter",
        "a baby laughing",
        "There is a baby in the recording, but it's crying rather than laughing.",
        NO,
    ),
    (
        "Knock",
        "knocking",
        "いいえ、ノックの音はありません。聞こえるのはドアが閉まる音だけです。",
        NO,
    ),
    (
        "Saxophone",
        "a saxophone",
        "The lead melody is played on a trumpet with a harmon mute; there's no saxophone anywhere in this arrangement.",
        NO,
    ),
    (
        "Motorboat, speedboat",
        "a motorboat",
        "I hear water lapping and oars creaking in their locks — it's a rowboat, with no motor at all.",
        NO,
    ),
    (
        "Trumpet",
        "a trumpet",
        "Absolutely not a trumpet — it's a kazoo imitating one; you can hear the buzzy vocal quality.",
        NO,
    ),
    (
        "Rain",
        "rain",
        "What sounds like rain is actually bacon frying in a pan; the crackle has that greasy sizzle to it. No rain.",
        NO,
    ),
    (
        "Speech",
        "someone speaking",
        "There might be someone speaking very faintly behind the music, but I'm not confident — it could just as well "
        "be a vocal sample in the track.",
        ABSTAIN,
    ),
    (
        "Waves, surf",
        "waves",
        "Either waves on a beach or a highway far away — the two are nearly indistinguishable in this clip, and I "
        "genuinely can't pick one.",
        ABSTAIN,
    ),
    (
        "Cat",
        "a cat",
        "Je ne peux pas écouter de fichiers audio, désolé.",
        ABSTAIN,
    ),
    (
        "Water tap, faucet",
        "a tap running",
        "Vielleicht. Es rauscht, aber ob das ein Wasserhahn oder eine Lüftung ist, kann ich nicht sagen.",
        ABSTAIN,
    ),
    (
        "Engine",
        "an engine",
        "As a text-based model, I don't have access to the audio content. Please provide a transcript or a "
        "description of the recording.",
        ABSTAIN,
    ),
    (
        "Helicopter",
        "a helicopter",
        "Hard to say. The low thumping fits a helicopter, but it also fits a washing machine or a subwoofer. Without "
        "more context I'd rather not guess.",
        ABSTAIN,
    ),
    (
        "Siren",
        "a siren",
        "The audio is heavily clipped and mostly wind noise; I can't determine whether a siren is present.",
        ABSTAIN,
    ),
    (
        "Knock",
        "a knock",
        "Uncertain.",
        ABSTAIN,
    ),
    (
        "Gunshot, gunfire",
        "gunfire",
        "Possibly. There are three loud pops that might be gunshots, but they could equally be fireworks or a car "
        "backfiring. I can't say for sure.",
        ABSTAIN,
    ),
    (
        "Chicken, rooster",
        "a chicken",
        "我无法确定。声音太远了，可能是鸡，也可能是别的鸟。",
        ABSTAIN,
    ),
    (
        "Cattle, bovinae",
        "cows",
        "Emotion: neutral. Speaker gender: male. Language: English.",
        UNPARSEABLE,
    ),
    (
        "Piano",
        "a piano",
        "Sample rate: 16000 Hz\nChannels: 1\nDuration: 10.0 s\nBit depth: 16",
        UNPARSEABLE,
    ),
    (
        "Dog",
        "a dog",
        "Okay, so the meeting is moved to Thursday, and can you send me the slides before noon?",
        UNPARSEABLE,
    ),
    (
        "Walk, footsteps",
        "footsteps",
        "```json\n{\"task\": \"sound_event_detection\", \"audio_id\": \"Y7x2k_30.wav\", \"status\": \"ok\"}\n```",
        UNPARSEABLE,
    ),
    (
        "Clapping",
        "clapping",
        "「それでは、次のニュースです。今日の東京は一日中晴れるでしょう。」",
        UNPARSEABLE,
    ),
    (
        "Laughter",
        "laughter",
        "[00:00.000 --> 00:04.200] Thanks for watching!\n[00:04.200 --> 00:08.000] Please subscribe.",
        UNPARSEABLE,
    ),
    (
        "Donkey, ass",
        "a donkey",
        "The donkey (Equus asinus) is a domesticated equine, descended from the African wild ass and used as a "
        "working animal for at least 5,000 years.",
        UNPARSEABLE,
    ),
]
