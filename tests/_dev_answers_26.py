"""Yes/no answer table pair 26, dev half (dev 26, 70 rows).

Written blind for issue 22 (round 5), without reading the reader or any earlier table, together with its twin
(tests/_heldout_verdicts_27.py, held-out 27). One pool of 140 replies was split by random.Random(2626): taking the
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
        "Water tap, faucet",
        "a water tap running",
        (
            "In the audio, there is a woman speaking and the sound of water running from a faucet, and then the water "
            "stops and she continues speaking."
        ),
        YES,
    ),
    (
        "Harp",
        "a harp",
        "Isn't that obvious? There's a harp glissando right at the start and plucked chords after.",
        YES,
    ),
    (
        "Blender",
        "a blender",
        "Sim, há um liquidificador ligado por uns cinco segundos, depois alguém fala.",
        YES,
    ),
    (
        "Crow",
        "a crow",
        "はい、後半にカラスの鳴き声が二回聞こえます。車の音も少し入っています。",
        YES,
    ),
    (
        "Drum",
        "drums",
        "有的，音频里有明显的鼓声，节奏很稳，听起来像是一整套架子鼓。",
        YES,
    ),
    (
        "Horse",
        "a horse",
        "```json\n{\n  \"dog\": false,\n  \"cat\": false,\n  \"horse\": true,\n  \"cow\": false\n}\n```",
        YES,
    ),
    (
        "Harmonica",
        "a harmonica",
        "yes?? the harmonica is the lead instrument the whole time lol",
        YES,
    ),
    (
        "Lawn mower",
        "a lawn mower",
        "Sì, c'è un tosaerba in funzione per quasi tutta la durata della registrazione.",
        YES,
    ),
    (
        "Sheep",
        "a sheep",
        "Not just one sheep: there are several, a whole flock bleating over each other near the microphone.",
        YES,
    ),
    (
        "Sawing",
        "someone sawing",
        (
            "<think>Rhythmic scraping, back and forth, about two strokes per second. Could be sanding, but the strokes "
            "are long and have the pitched rasp of teeth biting into wood, which is sawing.</think>\n"
            "Yes, someone is sawing wood."
        ),
        YES,
    ),
    (
        "Frog",
        "frogs",
        (
            "Whisper transcript: (none)\n"
            "Tagger: Frog 0.71, Insect 0.44, Wild animals 0.38\n"
            "\n"
            "There is no speech, and the highest tag is Frog, which fits the rhythmic croaking of a pond at night. Yes."
        ),
        YES,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "{\"target\": \"chainsaw\", \"present\": true, \"confidence\": 0.91, \"segments\": [[2.1, 9.8]]}",
        YES,
    ),
    (
        "Rain",
        "rain",
        "Sure is. Steady and fairly heavy.",
        YES,
    ),
    (
        "Whistle",
        "a whistle",
        (
            "This is an outdoor recording, probably a park in the late afternoon. There are children shouting in the "
            "distance, a few birds, and the steady hiss of a sprinkler. A man says something like \"over here\" at "
            "about 3 seconds. Toward the end, closer to the microphone, someone throws a ball against a wall several "
            "times. To answer your question: the whistle is there too, one short sharp blast right before the man "
            "speaks."
        ),
        YES,
    ),
    (
        "Snoring",
        "snoring",
        (
            "It would be hard to miss: the snoring is loud and regular for the whole clip, with a little whistle on "
            "each inhale."
        ),
        YES,
    ),
    (
        "Microwave oven",
        "a microwave oven",
        "The sound of a microwave oven running can be heard, followed by three beeps and the door being opened.",
        YES,
    ),
    (
        "Doorbell",
        "a doorbell",
        "네, 녹음 중간에 초인종 소리가 두 번 들립니다.",
        YES,
    ),
    (
        "Goat",
        "a goat",
        "No dog, no cat: just a goat, bleating over and over.",
        YES,
    ),
    (
        "Bird",
        "a bird",
        (
            "Yes. I can't tell you the species, and it's mostly drumming rather than song (possibly a woodpecker), but "
            "it's clearly a bird."
        ),
        YES,
    ),
    (
        "Typewriter",
        "a typewriter",
        "Answer: yes (the typewriter's carriage-return bell rings at 0:07, after a burst of key strikes).",
        YES,
    ),
    (
        "Helicopter",
        "a helicopter",
        "Affirmative. Rotor blades, that classic chop-chop-chop, passing from left to right and fading.",
        YES,
    ),
    (
        "Meow",
        "a cat meowing",
        (
            "A cat is meowing, no question about that. What I can't tell you is whether it's one cat or two: the meows "
            "overlap near the end and have slightly different pitches."
        ),
        YES,
    ),
    (
        "Piano",
        "a piano",
        (
            "Transcript (Whisper): \"\"\n"
            "Audio tags: Piano 0.82, Music 0.79, Classical music 0.41, Speech 0.05\n"
            "\n"
            "The transcript is empty, so nobody is talking, and the top tag is Piano with a high score. The clip is a "
            "solo piano piece. Answer: Yes."
        ),
        YES,
    ),
    (
        "Crash cymbal",
        "a crash cymbal",
        "### Verdict\n✅ **Detected**\n\n### Notes\nTwo crashes, each at the start of the chorus.",
        YES,
    ),
    (
        "Fire",
        "a fire crackling",
        "Yes/No: Yes\nEvidence: broadband crackle with irregular pops and a soft roar, consistent with a wood fire.",
        YES,
    ),
    (
        "Foghorn",
        "a foghorn",
        (
            "Never heard a clearer one. Deep, long foghorn blasts, repeated roughly every ten seconds over the sound "
            "of the harbour."
        ),
        YES,
    ),
    (
        "Crowing, cock-a-doodle-doo",
        "a rooster crowing",
        (
            "I was about to say no, because the first half is nothing but wind in the trees. The second half, though, "
            "has a clear rooster crowing twice, so the answer is yes."
        ),
        YES,
    ),
    (
        "Siren",
        "a siren",
        "Q1 (dog): no\nQ2 (siren): yes\nQ3 (speech): no",
        YES,
    ),
    (
        "Trombone",
        "a trombone",
        "No trombone. The glissandos come from a slide whistle: thin and airy, with no brass buzz.",
        NO,
    ),
    (
        "Fire alarm",
        "a fire alarm",
        "I didn't detect a fire alarm. The beeping I heard matches a microwave finishing its cycle.",
        NO,
    ),
    (
        "Chainsaw",
        "a chainsaw",
        "That's a hard no from me. A leaf blower, maybe, but definitely no chainsaw.",
        NO,
    ),
    (
        "Thunder",
        "thunder",
        "No, non c'è nessun tuono; il rombo è quello di un camion che passa.",
        NO,
    ),
    (
        "Tick-tock",
        "a clock ticking",
        (
            "Not that I can hear, and I listened three times. The regular tapping is water dripping into a sink, not a "
            "clock."
        ),
        NO,
    ),
    (
        "Ringtone",
        "a phone ringing",
        (
            "## Analysis\n"
            "\n"
            "1. **Background:** office HVAC hum.\n"
            "2. **Foreground:** two people talking, a stapler, paper shuffling.\n"
            "3. **Target (phone ringing):** not found. A short chime occurs at 0:09, but it is a single laptop "
            "notification, not a ringing phone.\n"
            "\n"
            "## Answer\n"
            "No."
        ),
        NO,
    ),
    (
        "Singing bowl",
        "a singing bowl",
        (
            "Sorry, no. What you're hearing is a tuning fork: the tone is pure, dies away in a couple of seconds and "
            "has none of the beating of a singing bowl."
        ),
        NO,
    ),
    (
        "Bagpipes",
        "bagpipes",
        "{\"answer\": \"no\", \"reason\": \"the drone is a didgeridoo, with no bagpipe chanter melody\"}",
        NO,
    ),
    (
        "Frying (food)",
        "frying",
        (
            "Yes. Wait. The crackling I took for frying is actually vinyl surface noise: there's no sizzle after the "
            "pops and the crackle repeats with the turntable's rotation. Final: no frying."
        ),
        NO,
    ),
    (
        "Clapping",
        "clapping",
        "no i dont hear anyone claping, thats rain hitting a tarp",
        NO,
    ),
    (
        "Telephone bell ringing",
        "a telephone ringing",
        "No. Lo que suena es un timbre de bicicleta, no un teléfono.",
        NO,
    ),
    (
        "Snake",
        "a snake",
        (
            "Initially I thought the rattling at 0:02 was a rattlesnake. But it's too irregular and has the hollow, "
            "seed-filled sound of a shaker in the music. So the answer is no, there's no snake."
        ),
        NO,
    ),
    (
        "Violin, fiddle",
        "a violin",
        (
            "The bowed line sits in a low register with a dark, woody tone. That's a cello, not a violin; no violin is "
            "playing."
        ),
        NO,
    ),
    (
        "Toilet flush",
        "a toilet flushing",
        "Water, yes: a bathtub filling up. No flush at any point.",
        NO,
    ),
    (
        "Piano",
        "a piano",
        "いいえ、ピアノではありません。マリンバの音です。",
        NO,
    ),
    (
        "French horn",
        "a French horn",
        "Neither a French horn nor any other brass instrument appears; it's strings and a flute throughout.",
        NO,
    ),
    (
        "Humming",
        "someone humming",
        "There is a hum, but it comes from a fridge compressor; no person is humming.",
        NO,
    ),
    (
        "Train horn",
        "a train horn",
        (
            "Transcript: \"the bus to Leeds is now departing from stand four\"\n"
            "Tags: Speech 0.91, Vehicle 0.40, Bus 0.33\n"
            "Question: train horn\n"
            "\n"
            "The announcement and the tags point to a bus station; nothing suggests a horn or a train. Answer: No."
        ),
        NO,
    ),
    (
        "Laughter",
        "laughter",
        "People are talking and one of them gasps in surprise, but nobody laughs.",
        NO,
    ),
    (
        "Sneeze",
        "a sneeze",
        (
            "Hmm, I don't hear any sneezing. There's a cough at about two seconds and someone sniffles afterwards, but "
            "no sneeze."
        ),
        NO,
    ),
    (
        "Helicopter",
        "a helicopter",
        "No, there's no helicopter. 那是远处的割草机声音。",
        NO,
    ),
    (
        "Boat, Water vehicle",
        "a boat",
        "The audio contains only the sound of ocean waves crashing on the shore.",
        NO,
    ),
    (
        "Goose",
        "a goose",
        "| Candidate | Verdict |\n|---|---|\n| Goose | no |\n| Duck | yes |\n| Chicken | no |",
        NO,
    ),
    (
        "Train",
        "a train",
        (
            "**Is there a train?** No.\n"
            "\n"
            "The rumble you might mistake for a train is thunder: it rolls for several seconds, there's no rhythmic "
            "clacking of wheels over rail joints, and no horn. Rain begins right after."
        ),
        NO,
    ),
    (
        "Gong",
        "a gong",
        "Negative.",
        NO,
    ),
    (
        "Rodents, rats, mice",
        "a mouse squeaking",
        "Yes or no, I genuinely can't tell. The squeaks could be a mouse, or a rusty hinge.",
        ABSTAIN,
    ),
    (
        "Frog",
        "a frog",
        "不太确定，可能有青蛙叫，也可能是某种昆虫。",
        ABSTAIN,
    ),
    (
        "Flute",
        "a flute",
        (
            "It could be either a flute or a recorder. The register and breathy attack fit both, and I can't separate "
            "them in this clip."
        ),
        ABSTAIN,
    ),
    (
        "Explosion",
        "an explosion",
        (
            "Probability of an explosion: about 45%. The boom fits an explosion, but it fits a door slamming close to "
            "the microphone just as well."
        ),
        ABSTAIN,
    ),
    (
        "Siren",
        "a siren",
        (
            "I'm unable to listen to audio files. If you describe the recording, I can help you reason about whether "
            "it contains a siren."
        ),
        ABSTAIN,
    ),
    (
        "Cricket",
        "crickets",
        "No estoy seguro; podría ser un grillo o una alarma electrónica lejana.",
        ABSTAIN,
    ),
    (
        "Heart sounds, heartbeat",
        "a heartbeat",
        (
            "Arguments for: there's a low, periodic thump at around 70 bpm. Arguments against: it could just as easily "
            "be footsteps on the floor above or the mic being handled. Without a cleaner recording I can't commit "
            "either way."
        ),
        ABSTAIN,
    ),
    (
        "Snare drum",
        "a snare drum",
        "Maybe 60/40 for a snare, but the hits are buried under the guitars.",
        ABSTAIN,
    ),
    (
        "Doorbell",
        "a doorbell",
        "Leider kann ich keine Audiodateien abspielen oder analysieren.",
        ABSTAIN,
    ),
    (
        "Baby laughter",
        "a baby laughing",
        (
            "I'm sorry, but I can't process audio content directly. Could you share a transcript or describe what you "
            "hear?"
        ),
        ABSTAIN,
    ),
    (
        "Bass drum",
        "a bass drum",
        "music music music music music music music music music music music music music music",
        UNPARSEABLE,
    ),
    (
        "Bagpipes",
        "bagpipes",
        (
            "The bagpipe is a woodwind instrument using enclosed reeds fed from a constant reservoir of air in the "
            "form of a bag."
        ),
        UNPARSEABLE,
    ),
    (
        "Wind chime",
        "wind chimes",
        "Autumn wind whispers\nthrough the empty marketplace\na lantern sways slow",
        UNPARSEABLE,
    ),
    (
        "Bird",
        "a bird",
        "今天天气不错，我们去公园散步吧。",
        UNPARSEABLE,
    ),
    (
        "Helicopter",
        "a helicopter",
        "The language spoken is Portuguese (Brazilian).",
        UNPARSEABLE,
    ),
    (
        "Piano",
        "a piano",
        "Which part of the recording do you mean, the first track or the second?",
        UNPARSEABLE,
    ),
    (
        "Speech",
        "speech",
        "<|audio_bos|><|AUDIO|><|audio_eos|>",
        UNPARSEABLE,
    ),
]
