"""Yes/no answer table pair 24, held-out half (held-out 23, 70 rows).

Written blind for issue 22 (round 3), without reading the reader or any earlier table, together with its twin
(tests/_dev_answers_24.py, dev 24). One pool of 140 replies was split by random.Random(2423): taking the
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
        "Whistling",
        "someone whistling",
        "A person whistles a cheerful tune — it sounds like \"Don't Worry, Be Happy\" — over the swish of a broom "
        "sweeping a floor.",
        YES,
    ),
    (
        "Horse",
        "a horse",
        "有的。我听到了马蹄声和一声马嘶，应该是在马场录的。",
        YES,
    ),
    (
        "Train horn",
        "a train horn",
        "The recording was made near a level crossing. The crossing bells ring continuously, and then a train horn "
        "sounds two long blasts, one short and one long — the standard North American pattern for approaching a "
        "crossing. So yes, a train horn is clearly present.",
        YES,
    ),
    (
        "Tick-tock",
        "a clock ticking",
        "It's faint and you have to listen past the fridge hum, but a clock is ticking steadily throughout — about "
        "one tick per second.",
        YES,
    ),
    (
        "Laughter",
        "laughter",
        "Sì, si sentono diverse persone ridere, come a una cena tra amici.",
        YES,
    ),
    (
        "Microwave oven",
        "a microwave",
        "Yep — the hum of a microwave running, then three beeps when it's done, and the door popping open.",
        YES,
    ),
    (
        "Crying, sobbing",
        "someone crying",
        "A woman is sobbing quietly while someone else tries to comfort her. It's a distressing clip, but to answer "
        "plainly: crying is present.",
        YES,
    ),
    (
        "Hammer",
        "hammering",
        "The hammering is intermittent but unmistakable: someone drives a few nails into wood, pauses, then carries "
        "on.",
        YES,
    ),
    (
        "Telephone bell ringing",
        "a phone ringing",
        "Oui, on entend un vieux téléphone à cadran sonner deux fois avant que quelqu'un décroche.",
        YES,
    ),
    (
        "Kettle whistle",
        "a kettle whistling",
        "**Answer:** yes\n\n**Evidence:** a sustained, rising tone near 2 kHz starting at ~7 s, preceded by bubbling "
        "— the classic sound of a stovetop kettle coming to the boil.",
        YES,
    ),
    (
        "Sneeze",
        "a sneeze",
        "Someone sneezes loudly at 0:03 (\"achoo!\") and another person says \"bless you\".",
        YES,
    ),
    (
        "Fireworks",
        "fireworks",
        "Fireworks: a series of whistling rockets, each followed by a bang and a crackle, with a crowd going \"ooh\" "
        "after the bigger bursts.",
        YES,
    ),
    (
        "Snoring",
        "snoring",
        "Someone is snoring — loud, rhythmic and slightly nasal, with a short gasp at 0:06 that could point to sleep "
        "apnea, though I can't diagnose that from audio.",
        YES,
    ),
    (
        "Toilet flush",
        "a toilet flushing",
        "The clip ends with a toilet being flushed and the cistern refilling. Before that it's mostly silence with an "
        "extractor fan running.",
        YES,
    ),
    (
        "Vacuum cleaner",
        "a vacuum cleaner",
        "The dominant sound is a vacuum cleaner; its pitch changes as the brush head moves from carpet to hard floor. "
        "There's also a dog whining in another room.",
        YES,
    ),
    (
        "Shatter",
        "glass shattering",
        "Yes — at 0:04 a glass or bottle hits a tiled floor and shatters, and you can hear the shards skitter away "
        "afterwards.",
        YES,
    ),
    (
        "Baby laughter",
        "a baby laughing",
        "The baby giggles and squeals with delight every time the adult says \"boo!\" — very cute. Yes.",
        YES,
    ),
    (
        "Lawn mower",
        "a lawn mower",
        "Sí. Se oye una cortadora de césped funcionando todo el tiempo, y al final el motor se acelera.",
        YES,
    ),
    (
        "Cough",
        "someone coughing",
        "{\"target\": \"cough\", \"present\": true, \"count\": 3, \"timestamps_s\": [1.2, 4.8, 5.1]}",
        YES,
    ),
    (
        "Doorbell",
        "a doorbell",
        "Ding-dong! A doorbell rings at the start, followed by footsteps hurrying to the door.",
        YES,
    ),
    (
        "Meow",
        "a cat meowing",
        "Hmm, at first I'd have said no — most of the clip is purring. But right at the end (around 0:09) the cat "
        "gives one clear, drawn-out meow, so the answer is yes.",
        YES,
    ),
    (
        "Crowing, cock-a-doodle-doo",
        "a rooster crowing",
        "A rooster crows twice. No other animals are audible.",
        YES,
    ),
    (
        "Sewing machine",
        "a sewing machine",
        "I hear the rapid mechanical chatter of a sewing machine, starting and stopping as the fabric is "
        "repositioned. So the answer is yes.",
        YES,
    ),
    (
        "Vehicle horn, car horn, honking",
        "a car horn",
        "No, it's not just one car horn — several drivers are leaning on their horns at once, like a traffic jam at "
        "rush hour.",
        YES,
    ),
    (
        "Violin, fiddle",
        "a violin",
        "There's definitely a violin. I'm not sure whether it's a classical piece or a folk tune, but the bowed "
        "melody is clearly a violin rather than a viola or cello.",
        YES,
    ),
    (
        "Cat",
        "a cat",
        "yes",
        YES,
    ),
    (
        "Speech",
        "speech",
        "Transcript: \"okay everyone, settle down, we're starting.\" Audio tags: Speech (0.91), Chatter (0.44). Since "
        "the transcript contains words, someone is talking. Answer: yes.",
        YES,
    ),
    (
        "Ocean",
        "the ocean",
        "Based on the audio tags (Waves, surf: 0.88; Ocean: 0.79; Wind: 0.52) and an empty transcript, this is a "
        "beach recording. Yes, the ocean can be heard.",
        YES,
    ),
    (
        "Police car (siren)",
        "a police siren",
        "It's an ambulance siren, not a police car — you can hear the paramedic radio chatter as it pulls up.",
        NO,
    ),
    (
        "Wind",
        "wind",
        "Sounds in this clip:\n- indoor room tone\n- ceiling fan\n- cutlery on plates\n\nNot present: wind, traffic, "
        "speech.",
        NO,
    ),
    (
        "Thunder",
        "thunder",
        "没有打雷。录音里只有持续的雨声和偶尔的风声。",
        NO,
    ),
    (
        "Typing",
        "typing",
        "The recording seems to come from a home office. A desk fan whirs at a steady pitch, a mug is set down at "
        "0:02, and a person sighs. Later, paper rustles as pages are turned and a pen scratches on paper for a few "
        "seconds. I was listening specifically for keystrokes, and there aren't any — no typing at all.",
        NO,
    ),
    (
        "Scissors",
        "scissors",
        "I can hear paper being torn and folded, but no scissors cutting.",
        NO,
    ),
    (
        "Train",
        "a train",
        "Reasoning: the rumble is long and rhythmic, which suggests a train. However, there's no clickety-clack of "
        "wheels on rail joints and no horn, and there's a tyre-on-asphalt hiss with a diesel engine — it's a heavy "
        "truck on a highway.\n\nAnswer: no.",
        NO,
    ),
    (
        "Helicopter",
        "a helicopter",
        "At first the low whirring sounds like a helicopter, but the pitch is steady and there's no blade slap. It's "
        "a leaf blower being used nearby. So, no helicopter.",
        NO,
    ),
    (
        "Crow",
        "a crow",
        "Those are seagulls, not crows — the long laughing calls you get around a harbour.",
        NO,
    ),
    (
        "Mosquito",
        "a mosquito",
        "Zero. I checked for the thin high-pitched whine, but it isn't there; the only high tone is coil whine from a "
        "TV.",
        NO,
    ),
    (
        "Snake",
        "a snake hissing",
        "That hiss is steam escaping from a pressure cooker — no snake.",
        NO,
    ),
    (
        "Sneeze",
        "sneezing",
        "I don't hear anyone sneezing. There are a couple of sniffles, but no sneeze.",
        NO,
    ),
    (
        "Baby cry, infant cry",
        "a baby crying",
        "No. Lo que se oye es un gato maullando, que a veces suena parecido al llanto de un bebé.",
        NO,
    ),
    (
        "Vacuum cleaner",
        "a vacuum cleaner",
        "Nein, das ist kein Staubsauger, sondern ein Föhn – man hört, wie sich jemand die Haare trocknet.",
        NO,
    ),
    (
        "Cough",
        "coughing",
        "Non, personne ne tousse ; on entend seulement quelqu'un se racler la gorge une fois.",
        NO,
    ),
    (
        "Laughter",
        "laughter",
        "No laughter. The group is talking seriously, and at one point someone says \"this isn't funny\".",
        NO,
    ),
    (
        "Telephone bell ringing",
        "a phone ringing",
        "不是电话铃声，是闹钟在响。",
        NO,
    ),
    (
        "Hammer",
        "hammering",
        "No, that's not a hammer. The rhythmic knocking is someone knocking on a wooden door.",
        NO,
    ),
    (
        "Church bell",
        "church bells",
        "The only bell is a bicycle bell rung twice near the end; there are no church bells.",
        NO,
    ),
    (
        "Bee, wasp, etc.",
        "a bee buzzing",
        "The buzzing is an electric razor, not a bee.",
        NO,
    ),
    (
        "Waves, surf",
        "waves",
        "No waves — it's a river or stream babbling over rocks, not the sea.",
        NO,
    ),
    (
        "Snoring",
        "snoring",
        "The person is breathing heavily, as if asleep, but never actually snores.",
        NO,
    ),
    (
        "Whispering",
        "whispering",
        "The two speakers talk at normal volume the whole time; nobody whispers.",
        NO,
    ),
    (
        "Smoke detector, smoke alarm",
        "a smoke alarm",
        "The beeping is a truck reversing outside, not a smoke alarm.",
        NO,
    ),
    (
        "Siren",
        "a siren",
        "{\"label\": \"Siren\", \"detected\": false, \"closest_match\": \"Car alarm\", \"score\": 0.12}",
        NO,
    ),
    (
        "Bark",
        "a dog barking",
        "There's a dog, but it isn't barking — you can hear it panting, its tags jingling and its claws clicking on "
        "the floor.",
        NO,
    ),
    (
        "Dog",
        "a dog",
        "The transcript doesn't mention a dog, and Dog isn't among the tagger's labels, but the tagger only lists its "
        "top three, so I can't confirm either way.",
        ABSTAIN,
    ),
    (
        "Gunshot, gunfire",
        "gunshots",
        "Let's analyse. There are three sharp transients. Gunshots would have a hard attack and an echo; fireworks "
        "would usually have a whistle or crackle. Neither cue is clear, and a car backfiring is also possible. "
        "Conclusion: I cannot determine this reliably.",
        ABSTAIN,
    ),
    (
        "Smoke detector, smoke alarm",
        "a smoke alarm",
        "Hard to say. There's a high-pitched beep at 0:06 that could be a smoke alarm, but it could just as easily be "
        "a microwave or a delivery van backing up.",
        ABSTAIN,
    ),
    (
        "Bird",
        "birds",
        "不确定，可能有一点鸟叫，但背景噪音太大了。",
        ABSTAIN,
    ),
    (
        "Cat",
        "a cat",
        "As a text-only model I don't have access to the recording, so I can't say whether there's a cat in it.",
        ABSTAIN,
    ),
    (
        "Stream",
        "a stream",
        "Difficile à dire : ça pourrait être un ruisseau, ou simplement un robinet qui coule au loin.",
        ABSTAIN,
    ),
    (
        "Trumpet",
        "a trumpet",
        "There's a brass instrument, but I can't tell whether it's a trumpet or a cornet at this recording quality.",
        ABSTAIN,
    ),
    (
        "Walk, footsteps",
        "footsteps",
        "Maybe? There's a soft rhythmic thud around 0:03 that might be steps on carpet, or it might just be handling "
        "noise on the microphone.",
        ABSTAIN,
    ),
    (
        "Ambulance (siren)",
        "an ambulance",
        "Schwer zu sagen – es gibt eine Sirene, aber ob es ein Krankenwagen oder ein Polizeiauto ist, kann ich nicht "
        "erkennen.",
        ABSTAIN,
    ),
    (
        "Humming",
        "humming",
        "It's possible someone is humming along under the music, but I might just be hearing the vocal track itself. "
        "I wouldn't commit either way.",
        ABSTAIN,
    ),
    (
        "Vehicle",
        "a vehicle",
        "Which part of the recording do you mean — the first minute or the part after the pause?",
        UNPARSEABLE,
    ),
    (
        "Train",
        "a train",
        "Answer the following question about the audio: Is there a train in this recording? Options: (A) yes (B) no",
        UNPARSEABLE,
    ),
    (
        "Whistle",
        "a whistle",
        "大家好，欢迎收听今天的节目，我们今天要聊的是城市交通。",
        UNPARSEABLE,
    ),
    (
        "Pigeon, dove",
        "pigeons",
        "The Eiffel Tower was completed in 1889 and was initially criticised by many Parisian artists.",
        UNPARSEABLE,
    ),
    (
        "Cough",
        "coughing",
        "\"...and the next slide shows the quarterly numbers, which, as you can see, are up eight percent.\"",
        UNPARSEABLE,
    ),
    (
        "Keys jangling",
        "keys jangling",
        "Speaker 1: Did you grab the keys?\nSpeaker 2: They're in my bag, hang on.",
        UNPARSEABLE,
    ),
    (
        "Tambourine",
        "a tambourine",
        "Title: \"Summer Breeze (Live)\" — Artist: unknown — Genre: Pop — Year: 2014",
        UNPARSEABLE,
    ),
]
