"""Yes/no answer table pair 24, dev half (dev 24, 70 rows).

Written blind for issue 22 (round 3), without reading the reader or any earlier table, together with its twin
(tests/_heldout_verdicts_23.py, held-out 23). One pool of 140 replies was split by random.Random(2423): taking the
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

Round 3 is meant to be harder than the earlier pairs. Styles: terse one-word answers; captions that never say yes
or no; long replies whose answer sits in the middle or at the end; chain-of-thought that weighs a look-alike and
then answers, or changes its mind part-way; negation words inside a yes ("not only...", "no doubt", "no dogs, no
traffic, just rain") and a conversational "yes" opening a no; the asked sound named only as what it is not, or
mistaken for a look-alike that is there instead; the source present without the asked sound; hedges about a detail
(genre, a diagnosis, a species) next to a firm answer about the target; markdown tables whose other rows say yes or
no, step lists, bullet lists with a "not present" line, and JSON (plain and fenced); a tag-plus-transcript cascade
reasoning over scores; odds, 50/50 and "can't tell which of two" hedges; refusals to listen; a transcript, metadata,
a question back, an echoed multiple-choice prompt, a chat-template token, a loop of one word, and an encyclopedia
line about the asked animal; typos; rows in German, French, Spanish, Italian, Portuguese, Chinese and Japanese.
Replies imitate Qwen2-Audio-7B-Instruct, Qwen2.5-Omni, SALMONN, LTU, Gemini 2.5, GPT-4o-audio, Voxtral,
Kimi-Audio, Audio Flamingo 2/3, Step-Audio, and a small instruction-tuned LLM (0.5B-3B) fed a Whisper transcript
plus an audio tagger's top labels, on everyday clips (homes, streets, offices, nature, music, sports, vehicles,
animals, kitchens, farms, construction, emergencies).

Counts: YES 28, NO 25, ABSTAIN 10, UNPARSEABLE 7.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    (
        "Frying (food)",
        "food frying",
        "Someone is cooking: oil sizzles in a pan as something is dropped in, and a spatula scrapes the bottom now "
        "and then.",
        YES,
    ),
    (
        "Electric guitar",
        "an electric guitar",
        "It isn't an acoustic guitar — it's an electric guitar with heavy distortion and some wah pedal.",
        YES,
    ),
    (
        "Walk, footsteps",
        "footsteps",
        "Detected events:\n- footsteps on gravel (0.0–12.4 s)\n- distant birdsong\n- a gate creaking at ~10 s",
        YES,
    ),
    (
        "Thunder",
        "thunder",
        "Let me think about this step by step.\n1. The clip opens with steady rainfall.\n2. Around 0:05 there is a "
        "low rumble. It could be a passing truck, but it begins with a sharp crack and rolls on for several seconds "
        "with no engine tone.\n3. That profile matches thunder, not traffic.\n\nFinal answer: Yes.",
        YES,
    ),
    (
        "Frog",
        "frogs",
        "Lots of them! A chorus of frogs croaking, with crickets underneath. Sounds like a pond at night.",
        YES,
    ),
    (
        "Owl",
        "an owl",
        "Around the 4-second mark an owl hoots — two soft hoots, then a longer one. Otherwise it's quiet woodland at "
        "night.",
        YES,
    ),
    (
        "Gunshot, gunfire",
        "gunshots",
        "```json\n{\n  \"question\": \"gunshots\",\n  \"answer\": \"yes\",\n  \"details\": \"three sharp reports at "
        "0:01, 0:02 and 0:05, consistent with a handgun at an outdoor range\"\n}\n```",
        YES,
    ),
    (
        "Jackhammer",
        "a jackhammer",
        "Construction site: a jackhammer pounds away almost continuously, with a truck reversing somewhere behind it.",
        YES,
    ),
    (
        "Bark",
        "a dog barking",
        "Not only is there a dog barking, there seem to be two of them: a deep bark on the left and a higher, yappier "
        "one answering it from further away.",
        YES,
    ),
    (
        "Church bell",
        "church bells",
        "Ja, man hört deutlich Kirchenglocken, die zur vollen Stunde läuten – zuerst eine tiefe, dann mehrere hellere "
        "Glocken.",
        YES,
    ),
    (
        "Typing",
        "typing",
        "This sounds like a typical open-plan office. There's a low HVAC hum and distant conversation that's too "
        "muffled to make out. To answer your question: yes, someone is typing on a keyboard close to the microphone — "
        "the rapid clicking is very clear between 0:03 and 0:08. Later a phone buzzes once on the desk, and a chair "
        "creaks as someone shifts their weight.",
        YES,
    ),
    (
        "Dishes, pots, and pans",
        "dishes clattering",
        "There's a lot of clattering of plates and pots — someone is unloading a dishwasher, I think — so yes.",
        YES,
    ),
    (
        "Cheering",
        "cheering",
        "The crowd erupts — cheering, whistles and an air horn — right after what sounds like a goal being announced "
        "over the PA.",
        YES,
    ),
    (
        "Rain",
        "rain",
        "Sim, está chovendo bastante durante toda a gravação.",
        YES,
    ),
    (
        "Bird vocalization, bird call, bird song",
        "birdsong",
        "是的，录音中可以清楚地听到鸟叫声，尤其是在前五秒，像是几只麻雀在叽叽喳喳。",
        YES,
    ),
    (
        "Piano",
        "a piano",
        "**Yes.** The recording features a solo acoustic piano playing what sounds like a slow ballad in a minor "
        "key.\n\n* **Instrument:** upright or grand piano (sustain pedal used heavily)\n* **Other sounds:** light "
        "room reverb, a faint cough at 0:12",
        YES,
    ),
    (
        "Water tap, faucet",
        "a running tap",
        "Definitely. Water runs from a faucet into a metal sink for about six seconds and then shuts off with a "
        "squeak of the handle.",
        YES,
    ),
    (
        "Rain on surface",
        "rain on a roof",
        "No dogs, no traffic, no voices — just steady rain drumming on what sounds like a corrugated metal roof.",
        YES,
    ),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "There's no doubt about it. An infant cries from roughly 0:02 until the end, with a short pause where an "
        "adult tries to shush it.",
        YES,
    ),
    (
        "Wind chime",
        "wind chimes",
        "はい、風鈴の音がはっきり聞こえます。風が吹くたびに鳴っています。",
        YES,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "| Sound | Present | Notes |\n|---|---|---|\n| Chainsaw | ✅ | revving from 0:00 to 0:09 |\n| Birds | ❌ | — "
        "|\n| Speech | ❌ | — |",
        YES,
    ),
    (
        "Applause",
        "applause",
        "yse, the audiance aplauds loudly after the speeker finishes",
        YES,
    ),
    (
        "Motorcycle",
        "a motorcycle",
        "A motorbike revs and accelerates away from left to right; the engine note is high and whiny, like a sport "
        "bike. Yes.",
        YES,
    ),
    (
        "Helicopter",
        "a helicopter",
        "I don't think anyone could miss it — a helicopter passes low overhead, rotor blades thumping, and fades out "
        "to the right.",
        YES,
    ),
    (
        "Goat",
        "a goat",
        "A goat bleats repeatedly while a bell clanks around its neck.",
        YES,
    ),
    (
        "Drum kit",
        "drums",
        "Yes, there's a full drum kit: kick, snare on 2 and 4, and a ride cymbal. A bass guitar and a distorted "
        "electric guitar sit on top.",
        YES,
    ),
    (
        "Siren",
        "a siren",
        "You can't miss it: a wailing siren rises and falls across the whole clip and gets louder as the vehicle "
        "approaches, then Doppler-shifts down as it passes.",
        YES,
    ),
    (
        "Chicken, rooster",
        "chickens",
        "Absolutely, there are hens clucking all over the place, plus one rooster near the end.",
        YES,
    ),
    (
        "Doorbell",
        "a doorbell",
        "What sounds like a doorbell is actually the microwave finishing: a two-tone chime followed by its door "
        "opening. So no doorbell.",
        NO,
    ),
    (
        "Guitar",
        "a guitar",
        "Definitely not. The plucked instrument is a harp; the range and the glissandos give it away.",
        NO,
    ),
    (
        "Saxophone",
        "a saxophone",
        "I was asked whether a saxophone is present. Having analysed the audio, I conclude that it is not; the solo "
        "instrument is a trumpet with a harmon mute.",
        NO,
    ),
    (
        "Meow",
        "a cat meowing",
        "The cat only purrs. It's clearly content and never meows.",
        NO,
    ),
    (
        "Fire alarm",
        "a fire alarm",
        "Yes, there's an alarm... actually no, listening again, it's an alarm clock on a bedside table, not a "
        "building fire alarm. So the answer is no.",
        NO,
    ),
    (
        "Pig",
        "a pig",
        "No pigs here — it's a man imitating oinking noises to make a toddler laugh.",
        NO,
    ),
    (
        "Singing",
        "singing",
        "Transcript: \"thank you for calling, your call is important to us, please hold.\" Tags: Speech 0.87, "
        "Telephone 0.40. There is no singing in this clip; it's a recorded phone message.",
        NO,
    ),
    (
        "Cowbell",
        "a cowbell",
        "Nope.",
        NO,
    ),
    (
        "Cricket",
        "crickets",
        "None. The chirping comes from small birds (sparrows, maybe), not crickets.",
        NO,
    ),
    (
        "Toilet flush",
        "a toilet flushing",
        "Only a bathroom tap runs briefly. No toilet flush.",
        NO,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "| Event | Detected |\n|-------|----------|\n| Lawn mower | yes |\n| Chainsaw | no |\n| Birdsong | yes |",
        NO,
    ),
    (
        "Finger snapping",
        "finger snaps",
        "It's clapping, not snapping — the claps land on the off-beats of the song.",
        NO,
    ),
    (
        "Motorboat, speedboat",
        "a speedboat",
        "There's water lapping against a dock and some gulls, but no motor — no speedboat.",
        NO,
    ),
    (
        "Rain",
        "rain",
        "It sounds like rain at first, but it's actually bacon frying in a pan; you can hear the tongs. No rain.",
        NO,
    ),
    (
        "Whistle",
        "a referee's whistle",
        "Negative.",
        NO,
    ),
    (
        "Acoustic guitar",
        "an acoustic guitar",
        "Yes, I listened to the whole clip carefully, and there is no acoustic guitar in it; the chords are played on "
        "an electric piano.",
        NO,
    ),
    (
        "Explosion",
        "an explosion",
        "There's one loud bang, but it's a door slamming, not an explosion.",
        NO,
    ),
    (
        "Applause",
        "applause",
        "The crowd cheers and whistles, but nobody claps — there's no applause as such.",
        NO,
    ),
    (
        "Engine",
        "an engine",
        "Nothing mechanical at all — no engines, no traffic. Just wind in the trees and a few birds.",
        NO,
    ),
    (
        "Gunshot, gunfire",
        "gunfire",
        "Not gunfire. Those bangs are fireworks — you can hear the whistle before each pop and crackling afterwards.",
        NO,
    ),
    (
        "Car alarm",
        "a car alarm",
        "Absent. The only alarm-like sound is a distant ambulance.",
        NO,
    ),
    (
        "Female speech, woman speaking",
        "a woman speaking",
        "Only a man speaks; his voice is deep and there's no female voice at any point.",
        NO,
    ),
    (
        "Horse",
        "a horse",
        "No, non c'è nessun cavallo: il rumore di zoccoli è fatto con due gusci di noce di cocco, come un effetto "
        "sonoro da film.",
        NO,
    ),
    (
        "Harmonica",
        "a harmonica",
        "Is it a harmonica? No. The reedy sound is an accordion; you can hear the bellows between phrases.",
        NO,
    ),
    (
        "Speech",
        "speech",
        "There's no speech — it's purely instrumental music, a jazz trio with piano, upright bass and brushes.",
        NO,
    ),
    (
        "Idling",
        "an idling engine",
        "| Candidate | Likelihood |\n|---|---|\n| Idling engine | ~50% |\n| Air conditioner | ~40% |\n| Other | ~10% |",
        ABSTAIN,
    ),
    (
        "Goat",
        "a goat",
        "Probability that a goat is present: 0.48",
        ABSTAIN,
    ),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "I'm sorry, but I can't listen to audio. If you describe what you hear, I can help you work out what it is.",
        ABSTAIN,
    ),
    (
        "Knock",
        "knocking",
        "{\"answer\": \"uncertain\", \"confidence\": 0.5, \"reason\": \"clipping and heavy wind noise mask the "
        "transients\"}",
        ABSTAIN,
    ),
    (
        "Frog",
        "a frog",
        "It might be a frog or it might be a cricket; the chirp is too short for me to tell.",
        ABSTAIN,
    ),
    (
        "Thunder",
        "thunder",
        "No estoy seguro. Hay un estruendo grave que podría ser un trueno, pero también un camión pasando.",
        ABSTAIN,
    ),
    (
        "Owl",
        "an owl",
        "I'm 50/50 on this one — the hooting could be an owl or a mourning dove.",
        ABSTAIN,
    ),
    (
        "Printer",
        "a printer",
        "The audio cuts out after about a second, so I really can't tell.",
        ABSTAIN,
    ),
    (
        "Electric toothbrush",
        "an electric toothbrush",
        "Yes or no is hard here: the buzz fits an electric toothbrush, but an electric shaver sounds almost identical.",
        ABSTAIN,
    ),
    (
        "Sigh",
        "a sigh",
        "Possibly. There's an exhalation at the end, but it's ambiguous whether that's a sigh or just heavy breathing.",
        ABSTAIN,
    ),
    (
        "Drum",
        "a drum",
        "Duration: 10.00 s | Sample rate: 16000 Hz | Channels: 1 | Codec: PCM s16le",
        UNPARSEABLE,
    ),
    (
        "Duck",
        "ducks",
        "A duck is a waterfowl of the family Anatidae; ducks are generally smaller than swans and geese.",
        UNPARSEABLE,
    ),
    (
        "Sheep",
        "a sheep",
        "Is there a sheep in this recording?",
        UNPARSEABLE,
    ),
    (
        "Bell",
        "a bell",
        "<|im_end|>",
        UNPARSEABLE,
    ),
    (
        "Chime",
        "a chime",
        "Sure! Here's a haiku:\nAutumn moonlight —\na worm digs silently\ninto the chestnut.",
        UNPARSEABLE,
    ),
    (
        "Cattle, bovinae",
        "cows",
        "the the the the the the the the the the the the",
        UNPARSEABLE,
    ),
    (
        "Horse",
        "a horse",
        "The speaker sounds like a middle-aged woman with a British accent, speaking calmly and slowly.",
        UNPARSEABLE,
    ),
]
