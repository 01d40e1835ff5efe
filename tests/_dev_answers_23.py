"""Yes/no answer table pair 23, dev half (70 rows).

Written blind for issue 22, without reading the reader or any earlier table, together with its held-out twin
(tests/_heldout_verdicts_21.py, held-out 21). One pool of 140 replies was split by random.Random(2321): within
each expected label the rows were shuffled, then alternate rows went to dev (even index) and held out (odd).

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
    ("Toilet flush", "a toilet flushing", "Yes, a toilet is flushed and then the tank refills.", YES),
    (
        "Frying (food)",
        "food frying",
        "Yes. There is a continuous sizzling sound, like food frying in hot oil in a pan.",
        YES,
    ),
    (
        "Fireworks",
        "fireworks",
        "Yes, I hear a series of loud pops and crackles consistent with fireworks, with people cheering in the "
        "background.",
        YES,
    ),
    ("Baby cry, infant cry", "a baby crying", "Ja, im Hintergrund weint ein Baby.", YES),
    ("Blender", "a blender", "Yes there is a blender. it runs for about 5 seconds then stops", YES),
    (
        "Shatter",
        "glass breaking",
        "Yes, there is the sound of glass shattering, like a bottle dropped on a tile floor.",
        YES,
    ),
    (
        "Tick-tock",
        "a clock ticking",
        "Step 1: Identify the sounds: a regular, periodic clicking at about one click per second.\nStep 2: Compare "
        "with candidates: a metronome or a clock.\nStep 3: The quiet mechanical timbre and the slight tick/tock "
        "alternation fit a wall clock.\nFinal answer: Yes",
        YES,
    ),
    (
        "Vehicle horn, car horn, honking",
        "a car horn",
        "Yes, there are several car horns honking in what sounds like heavy city traffic.",
        YES,
    ),
    (
        "Jackhammer",
        "a jackhammer",
        "Yes, a jackhammer is pounding at what sounds like a construction site, along with a truck idling.",
        YES,
    ),
    ("Rain", "rain", "Sí, se escucha lluvia cayendo sobre un techo de metal.", YES),
    ("Applause", "applause", "yes, there's applause and some cheering at the end", YES),
    (
        "Typing",
        "typing on a keyboard",
        "Based on the audio, I can hear the rapid clicking of keys on a keyboard, which indicates someone is "
        "typing. So the answer is yes.",
        YES,
    ),
    (
        "Doorbell",
        "a doorbell",
        "Yes. At about 0:03 a two-tone doorbell chime (\"ding-dong\") rings, followed by footsteps approaching the "
        "door.",
        YES,
    ),
    (
        "Church bell",
        "church bells",
        "Yes, church bells can be heard ringing in the background, along with light traffic noise.",
        YES,
    ),
    (
        "Waves, surf",
        "ocean waves",
        "The recording captures waves crashing on a beach, with seagulls calling overhead.",
        YES,
    ),
    ("Cough", "someone coughing", "A man coughs twice near the microphone, then clears his throat.", YES),
    ("Cat", "a cat", "是的，录音中可以听到猫叫声。", YES),
    (
        "Drum kit",
        "drums",
        "Yes. There's a drum kit playing a rock beat with a prominent snare and crash cymbals.",
        YES,
    ),
    (
        "Microwave oven",
        "a microwave",
        "The clip has the hum of a microwave oven running, then three beeps when it finishes. So yes.",
        YES,
    ),
    ("Knock", "knocking", "Someone is knocking on a wooden door three times.", YES),
    (
        "Bicycle bell",
        "a bicycle bell",
        "Although most of the clip is street noise, yes, a bicycle bell rings once near the end.",
        YES,
    ),
    (
        "Thunder",
        "thunder",
        "Oui, on entend un coup de tonnerre au début de l'enregistrement, suivi du bruit de la pluie.",
        YES,
    ),
    (
        "Screaming",
        "screaming",
        "Yes, I can hear a child screaming, though it sounds playful rather than distressed.",
        YES,
    ),
    ("Hammer", "hammering", "Yes, someone is hammering nails, likely into wood.", YES),
    (
        "Cheering",
        "cheering",
        "Yes! The crowd erupts into cheering, likely after a goal is scored at a sporting event.",
        YES,
    ),
    (
        "Telephone bell ringing",
        "a phone ringing",
        "Yes — an old-style telephone rings four times before someone picks up.",
        YES,
    ),
    (
        "Fire alarm",
        "a fire alarm",
        "| Sound | Present |\n|---|---|\n| Fire alarm | ✅ Yes |\n| Speech | ❌ No |",
        YES,
    ),
    (
        "Gunshot, gunfire",
        "gunshots",
        "Yes, there are several gunshots — about five sharp bangs in quick succession — followed by shouting.",
        YES,
    ),
    ("Dog", "a dog", "No.", NO),
    ("Microwave oven", "a microwave", "No, the humming is a refrigerator compressor.", NO),
    ("Knock", "knocking", "No knocking. The thuds are someone walking up a wooden staircase.", NO),
    (
        "Doorbell",
        "a doorbell",
        "The recording contains a microwave beeping and someone opening a cabinet. There is no doorbell.",
        NO,
    ),
    (
        "Church bell",
        "church bells",
        "No. The bells you might notice are a wind chime on a porch, not church bells.",
        NO,
    ),
    ("Snoring", "snoring", "I don't hear any snoring. It's a quiet bedroom with a fan running.", NO),
    ("Motorcycle", "a motorcycle", "No, the vehicle is a large diesel truck, not a motorcycle.", NO),
    ("Siren", "a siren", "No, I don't hear any siren. The audio is mostly traffic noise and a bus pulling away.", NO),
    ("Frog", "frogs", "No frogs; the chirping is from crickets.", NO),
    (
        "Jackhammer",
        "a jackhammer",
        "There isn't a jackhammer. I hear a power drill being used briefly, and some hammering.",
        NO,
    ),
    ("Gunshot, gunfire", "gunshots", "No. The bangs are a door slamming twice.", NO),
    ("Wind", "wind", "No, it's completely still; the recording is indoors in a quiet office.", NO),
    ("Drum kit", "drums", "No drums. This is an a cappella choir.", NO),
    ("Crying, sobbing", "someone crying", "No, the person is laughing, not crying.", NO),
    ("Car alarm", "a car alarm", "No, it's a police siren passing in the distance.", NO),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "Nein, es ist kein Baby zu hören. Man hört nur eine Katze, die miaut.",
        NO,
    ),
    ("Cheering", "cheering", "No. The crowd is murmuring quietly; there's no cheering.", NO),
    ("Piano", "a piano", "{\"answer\": \"no\", \"detected\": [\"acoustic guitar\", \"male singing\"]}", NO),
    (
        "Crowing, cock-a-doodle-doo",
        "a rooster crowing",
        "No rooster crowing can be heard. There are hens clucking and some wild birds.",
        NO,
    ),
    ("Waves, surf", "ocean waves", "No, it's rain on a window, not ocean waves.", NO),
    (
        "Vehicle horn, car horn, honking",
        "a car horn",
        "No — cars are passing by on a wet road, but none of them honk.",
        NO,
    ),
    ("Sneeze", "a sneeze", "nope, no sneezing. just someone sniffling a couple times", NO),
    ("Whistling", "whistling", "Nein, niemand pfeift; man hört nur Vogelgezwitscher.", NO),
    ("Laughter", "laughter", "No, nobody laughs. Two people are having a serious conversation.", NO),
    ("Siren", "a siren", "Tags: Music, Electronic music, Synthesizer.\nNo siren detected.\nAnswer: No", NO),
    (
        "Church bell",
        "church bells",
        "Je ne peux pas écouter de fichiers audio, je ne suis donc pas en mesure de répondre à cette question.",
        ABSTAIN,
    ),
    (
        "Speech",
        "someone speaking",
        "Hmm, it sounds like there could be muffled voices behind the music, but I can't say for sure.",
        ABSTAIN,
    ),
    ("Piano", "a piano", "Probability of piano: 0.5", ABSTAIN),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "No puedo determinarlo con certeza; hay un sonido agudo que podría ser un bebé llorando o un gato.",
        ABSTAIN,
    ),
    ("Cat", "a cat", "无法确定。录音中有一个很短的声音，可能是猫叫，也可能是婴儿的声音。", ABSTAIN),
    ("Applause", "applause", "The audio quality is too poor for me to determine whether there is applause.", ABSTAIN),
    (
        "Doorbell",
        "a doorbell",
        "I cannot confirm this. The chime at the start might be a doorbell, though it could just as well be a "
        "notification sound from a phone.",
        ABSTAIN,
    ),
    (
        "Siren",
        "a siren",
        "Possibly. There is a faint rising and falling tone in the distance that could be a siren, but it is too "
        "muffled to be sure.",
        ABSTAIN,
    ),
    (
        "Shatter",
        "glass breaking",
        "Let me analyze. A sharp crash happens at 0:04. Glass breaking would usually leave a high-frequency "
        "tinkling after the impact, which I can't clearly make out. It may be glass or a ceramic plate. I can't "
        "determine this definitively.",
        ABSTAIN,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "I'm not certain — it might be a chainsaw, or it might be a dirt bike revving in the distance.",
        ABSTAIN,
    ),
    (
        "Cough",
        "coughing",
        "The speaker says: \"I think we should reschedule the meeting to Thursday afternoon.\"",
        UNPARSEABLE,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "Chainsaws were first developed in the late 18th century by Scottish doctors to assist in childbirth. Today "
        "they are mainly used in forestry for felling and limbing trees.",
        UNPARSEABLE,
    ),
    ("Cat", "a cat", "猫是一种常见的家养宠物，性格比较独立。", UNPARSEABLE),
    (
        "Vacuum cleaner",
        "a vacuum cleaner",
        "Vacuum cleaners typically produce noise levels between 70 and 80 dB.",
        UNPARSEABLE,
    ),
    (
        "Applause",
        "applause",
        "Sure! Here's a short poem about applause:\n\nHands that meet in thunderous praise,\nEchoes through the "
        "concert haze...",
        UNPARSEABLE,
    ),
    ("Helicopter", "a helicopter", "Thank you for watching!", UNPARSEABLE),
    ("Bird", "birds", "Let me know if you have any other questions about the audio!", UNPARSEABLE),
]
