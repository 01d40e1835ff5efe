"""FIFTEENTH held-out verdict set (issue 22), written blind (before reading the scoring or verdict modules or any
earlier table's rows) by imagining models and products the earlier sets did not: Qwen2.5-Omni, SALMONN-13B captions,
LTU / LTU-AS sound-event lists, Pengi captions, WavLLM, Ultravox and LLaMA-Omni chat, Mini-Omni one-liners, Gemini 2.5
Flash markdown, GPT-4o-mini-audio, Claude behind an ASR cascade, product assistants (call-centre QA bot, smart-speaker
skill, meeting-notes app, accessibility captioner), Spanish / German / Chinese replies then English, YAML / bullet /
table / JSON output, long reasoning and ``<think>`` blocks, a related but different sound described, the target's
parent or child class, a sound's source vs its action, hedges, corrections, "I can't hear audio", off-topic replies;
counts as words, ranges, corrections and per-source counts; no-speech written many ways (other languages,
placeholders, captions, tags, apologies, invented lyrics and Whisper-style stock phrases). Labelled by reading what
each reply SAYS. Scored once as written (``tests/heldout_scores/fifteenth_set_first_score.txt``). Same row shapes as
``_heldout_verdicts_14``. Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"
EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

#: (AudioSet display name asked about, the question's phrase, the model's reply, what the reply says).
ANSWERS: list[tuple[str, str, str, str]] = [
    # Qwen2.5-Omni
    ("Dog", "a dog barking", "Yes, there is a dog barking in the audio. It barks about three times near the start, "
     "with some traffic noise in the background.", YES),
    ("Piano", "a piano", "No, I don't hear a piano. The melody is played on an acoustic guitar, accompanied by light "
     "percussion.", NO),
    ("Rain", "rain", "The audio contains the sound of rain falling steadily on a roof, along with occasional distant "
     "thunder.", YES),
    ("Siren", "a siren", "No siren can be heard. The recording is of a quiet office: keyboard typing and an air "
     "conditioner humming.", NO),
    # SALMONN-13B
    ("Cat", "a cat meowing", "A cat is meowing and a woman is speaking in the background. A cat is meowing.", YES),
    ("Helicopter", "a helicopter", "An aircraft engine is running and wind is blowing. There is no helicopter.", NO),
    ("Applause", "applause", "a crowd of people clapping and cheering after a speech", YES),
    ("Church bell", "a church bell", "A bell rings. It sounds like a small hand bell or a bicycle bell, not a church "
     "bell.", NO),
    # LTU / LTU-AS
    ("Thunder", "thunder", "Yes. The low rumbling that builds and fades at 4 seconds is characteristic of thunder.", YES),
    ("Baby cry, infant cry", "a baby crying", "No. The high-pitched sound is a cat's meow rather than an infant crying; "
     "its pitch contour is too short and regular.", NO),
    ("Cough", "someone coughing", "Sound events: speech, cough, throat clearing. Answer: yes, a man coughs twice.", YES),
    ("Gunshot, gunfire", "gunshots", "Sound events detected: fireworks, crowd, cheering. Based on the reverberant "
     "cracking followed by whistling, these are fireworks rather than gunshots.", NO),
    # Pengi
    ("Water tap, faucet", "a running tap", "water runs from a faucet into a sink", YES),
    ("Toilet flush", "a toilet flushing", "water is running from a faucet into a sink", NO),
    ("Bird", "birds chirping", "birds are chirping and tweeting outdoors", YES),
    ("Frog", "frogs croaking", "insects are buzzing and crickets chirp at night", NO),
    # WavLLM
    ("Speech", "someone speaking", "Yes, a man is speaking in English; he appears to be giving directions to a train "
     "station.", YES),
    ("Laughter", "laughter", "I did not detect any laughter. The speaker's tone is calm and neutral throughout.", NO),
    # Ultravox
    ("Doorbell", "a doorbell", "Oh yeah, that's definitely a doorbell — the classic two-tone ding-dong. Sounds like "
     "someone's at the door!", YES),
    ("Vacuum cleaner", "a vacuum cleaner", "Hmm, I can see why you'd think that, but that whirring is more like a hair "
     "dryer than a vacuum. So, no vacuum.", NO),
    ("Knock", "knocking", "Honestly I'm not sure. There are some thuds in there, but they could be knocking or just "
     "someone moving furniture.", ABSTAIN),
    # LLaMA-Omni
    ("Ocean", "ocean waves", "Yes, I can hear ocean waves crashing on the shore, and some seagulls too.", YES),
    ("Train", "a train", "No, there isn't a train. What you're hearing is heavy truck traffic on a highway.", NO),
    # Mini-Omni
    ("Clock", "a clock ticking", "Yes, ticking clock.", YES),
    ("Mosquito", "a mosquito", "Nope, no mosquito.", NO),
    ("Hair dryer", "a hair dryer", "Sure! It's a hair dryer.", YES),
    # Gemini 2.5 Flash
    ("Chainsaw", "a chainsaw", "**Yes.**\n\nThe audio features a chainsaw:\n\n* **0:00–0:03:** engine pull-start\n"
     "* **0:03–0:12:** high-revving cutting sound\n* **0:12–end:** idling", YES),
    ("Fireworks", "fireworks", "**Short answer:** No.\n\n**Details:** The sharp bangs are too regular and dry for "
     "fireworks; they're consistent with a nail gun on a construction site.", NO),
    ("Whistling", "someone whistling", "### Analysis\nThe tonal melody between 2 s and 6 s is produced by a **person "
     "whistling** a tune, not by an instrument.\n\n### Answer\nYes.", YES),
    ("Violin, fiddle", "a violin", "### Instruments detected\n| Instrument | Confidence |\n|---|---|\n| Cello | High |\n"
     "| Double bass | Medium |\n\nI don't detect a violin; the bowed sounds are all in a lower register.", NO),
    # GPT-4o-mini-audio
    ("Crying, sobbing", "someone crying", "It sounds like someone is sobbing quietly — there are shaky breaths and "
     "sniffles between the sobs.", YES),
    ("Skateboard", "a skateboard", "I don't think there's a skateboard. The rolling sound is more like a suitcase being "
     "wheeled over pavement.", NO),
    ("Typing", "typing on a keyboard", "I'm unable to listen to audio directly, so I can't tell whether there's typing "
     "in the clip.", ABSTAIN),
    # Claude behind an ASR cascade
    ("Bark", "a dog barking", "Based on the transcript I was given, there's no description of non-speech sounds, so I "
     "can't determine whether a dog is barking.", ABSTAIN),
    ("Cheering", "cheering", "The transcript includes the annotation \"[crowd cheering]\" at 00:14, so yes, there "
     "appears to be cheering.", YES),
    ("Music", "music", "The ASR transcript reads \"[music] welcome back to the show [music]\", which indicates music is "
     "playing at the start and end.", YES),
    ("Snoring", "snoring", "The transcript I received is empty apart from a note saying \"[no speech]\". That tells me "
     "nothing about snoring, so I can't say either way.", ABSTAIN),
    # call-centre QA bot
    ("Shout", "shouting", "QA check: Agent raised voice? NO. Customer raised voice? NO. No shouting detected on this "
     "call.", NO),
    ("Music", "hold music", "Hold music detected: YES (00:42–02:10).", YES),
    ("Baby cry, infant cry", "a baby crying", "Background noise flags: baby crying (00:31), TV. Call quality: "
     "acceptable.", YES),
    # smart-speaker skill
    ("Smoke detector, smoke alarm", "a smoke alarm", "I heard a beeping sound that matches a smoke alarm. Do you want me "
     "to call your emergency contact?", YES),
    ("Shatter", "glass shattering", "I didn't hear any glass breaking. Your home is quiet right now. I'll keep "
     "listening.", NO),
    # meeting-notes app
    ("Telephone bell ringing", "a phone ringing", "Meeting notes\n- 10:02 Phone rang; Sam stepped out\n- 10:05 Budget "
     "review resumed", YES),
    ("Laughter", "laughter", "Summary: Team discussed Q3 roadmap. Sentiment: neutral. Notable events: none (no "
     "laughter, applause or interruptions detected).", NO),
    # accessibility captioner
    ("Door", "a door", "[door creaks open] [footsteps]", YES),
    ("Slam", "a door slamming", "[door closes softly] [footsteps fade]", NO),
    ("Clapping", "clapping", "[audience murmurs]\n[clapping]\n[music continues]", YES),
    # Spanish / German / Chinese, then English
    ("Rain", "rain", "Sí, se oye lluvia cayendo sobre el tejado. (Yes, I can hear rain falling on the roof.)", YES),
    ("Dog", "a dog", "Nein, ich höre keinen Hund. Es ist eine Katze, die miaut. / No, I don't hear a dog; it's a cat "
     "meowing.", NO),
    ("Car", "a car", "有，音频里有一辆汽车驶过。Yes, a car drives past in the audio.", YES),
    ("Aircraft", "an airplane", "没有。这是吸尘器的声音，不是飞机。No — this is a vacuum cleaner, not an airplane.", NO),
    ("Bird", "birds", "Ja, man hört Vögel zwitschern. In English: yes, birds are chirping.", YES),
    ("Thunder", "thunder", "No estoy seguro. Podría ser un trueno lejano o un camión. I'm not sure — it could be "
     "distant thunder or a truck.", ABSTAIN),
    ("Speech", "a person talking", "Ja, eine Frau spricht Deutsch. Yes, a woman is speaking German.", YES),
    # YAML / bullets / tables / JSON
    ("Siren", "a siren", "target: siren\npresent: true\nconfidence: 0.82\nnotes: wailing siren passes from left to "
     "right", YES),
    ("Alarm clock", "an alarm clock", "target: alarm clock\npresent: false\nconfidence: 0.9\nheard_instead: microwave "
     "beeping", NO),
    ("Drum", "drums", "- Drums: not present\n- Bass guitar: present\n- Vocals: present", NO),
    ("Guitar", "a guitar", "- Guitar: present (strummed, acoustic)\n- Vocals: absent", YES),
    ("Engine", "an engine", "| Sound | Present |\n|---|---|\n| Engine | ✅ |\n| Horn | ❌ |", YES),
    ("Vehicle horn, car horn, honking", "a car horn", "| Sound | Present |\n|---|---|\n| Engine | ✅ |\n| Car horn | ❌ |",
     NO),
    ("Howl", "a dog howling", '{"target": "howl", "detected": false, "closest_match": "dog barking", "confidence": 0.71}',
     NO),
    ("Growling", "growling", '{"answer": "yes", "evidence": "low growl from a dog at 00:03-00:05"}', YES),
    # long reasoning
    ("Kettle whistle", "a kettle whistling", "Let me think about this step by step. First, there's a low rumble that "
     "grows louder, which is consistent with water heating. Then there are bubbling sounds, which suggests the water is "
     "boiling. However, I never hear the rising high-pitched whistle that a whistling kettle makes. So although a "
     "kettle is clearly on the stove, it doesn't whistle. Final answer: no.", NO),
    ("Frying (food)", "food frying", "Step 1: identify the dominant texture — it's a dense crackle with small pops.\n"
     "Step 2: compare with candidates — rain on a window is softer and more uniform; static is more even; frying has "
     "the pops of oil.\nStep 3: conclusion — this is food sizzling in a pan.\nAnswer: Yes.", YES),
    ("Heart sounds, heartbeat", "a heartbeat", "<think>The rhythmic low thumps could be footsteps or a heartbeat. They "
     "come in pairs, lub-dub, about 70 per minute, which matches a heartbeat.</think>\nYes, there's a heartbeat.", YES),
    ("Walk, footsteps", "footsteps", "<think>Is it footsteps? The sounds are irregular knocks on wood... could be "
     "someone walking on a wooden floor, or knocking. The spacing is too uneven for walking.</think>\nI don't believe "
     "these are footsteps; it sounds like someone knocking on a wooden surface.", NO),
    # parent / child class, a related but different sound
    ("Bird", "a bird", "A crow is cawing repeatedly from a distance.", YES),
    ("Crow", "a crow", "There are birds singing, but I can't tell which species they are.", ABSTAIN),
    ("Animal", "an animal", "Yes — a horse neighs and its hooves clop on the road.", YES),
    ("Cat", "a cat", "The purring you hear is actually an electric toothbrush, not a cat.", NO),
    ("Music", "music", "No music — it's just people talking in a busy café.", NO),
    ("Police car (siren)", "a police siren", "It's a siren, but the two-tone hi-lo pattern is typical of an ambulance "
     "in Europe rather than a police car.", NO),
    ("Emergency vehicle", "an emergency vehicle", "Yes, a fire truck siren is wailing as it goes past.", YES),
    ("Water", "water", "Yes, I hear a stream babbling over rocks.", YES),
    ("Stream", "a stream", "The water sound is waves breaking on a beach rather than a stream.", NO),
    ("Insect", "insects", "A bee buzzes close to the microphone.", YES),
    ("Bee, wasp, etc.", "a bee", "That buzzing is a mosquito, not a bee — it's thinner and higher.", NO),
    ("Hammer", "a hammer", "The banging is consistent with someone hammering nails into wood.", YES),
    ("Drill", "a drill", "I hear a saw cutting through wood; there's no drilling.", NO),
    # a sound's source vs its action
    ("Microwave oven", "a microwave", "You can hear the hum of a microwave running and then three beeps when it "
     "finishes.", YES),
    ("Blender", "a blender", "There's a motor whirring, but it's a coffee grinder, not a blender.", NO),
    ("Telephone", "a telephone", "A phone is vibrating on a table; it never actually rings.", YES),
    ("Ringtone", "a ringtone", "A phone is vibrating on a table; it never actually rings.", NO),
    ("Fire", "a fire", "I can hear wood crackling in a fireplace.", YES),
    ("Car alarm", "a car alarm", "A car starts and drives off; no alarm goes off.", NO),
    # hedges
    ("Owl", "an owl", "It's possibly an owl hooting, though it could also be a dove cooing.", ABSTAIN),
    ("Sneeze", "a sneeze", "I'm fairly confident someone sneezes at around 0:05.", YES),
    ("Wind", "wind", "I'd lean towards no — the rushing sound is more likely traffic than wind.", NO),
    ("Chewing, mastication", "chewing", "There might be some chewing, but the audio is too muffled for me to be sure.",
     ABSTAIN),
    ("Sigh", "a sigh", "Probably yes: there's a long exhale that sounds like a sigh at the end.", YES),
    ("Hiccup", "hiccups", "It's unlikely; the short sounds are more like a clock ticking than hiccups.", NO),
    ("Cash register", "a cash register", "I can't tell — there's a ding, which might be a cash register or a "
     "microwave.", ABSTAIN),
    ("Pigeon, dove", "pigeons", "I can't confirm pigeons — the cooing is very faint under the wind noise.", ABSTAIN),
    # negation scope, contrast, corrections
    ("Laughter", "laughing", "Although I expected laughter given the sitcom setting, there isn't any in this clip.", NO),
    ("Applause", "applause", "Not only is there applause, there's also whistling and cheering.", YES),
    ("Doorbell", "a doorbell", "I wouldn't say it's anything other than a doorbell.", YES),
    ("Alarm", "an alarm", "No doubt about it: an alarm is going off.", YES),
    ("Siren", "a siren", "No, wait — listening again, there is a siren, faintly, at the very end.", YES),
    ("Clock", "a clock", "Yes... actually no, that ticking is a metronome, not a clock.", NO),
    # "I can't hear audio"
    ("Guitar", "a guitar", "As a text-based AI, I can't hear audio. If you describe the sound, I can help identify "
     "whether it's a guitar.", ABSTAIN),
    ("Horse", "a horse", "I don't have access to the audio file, so I can't confirm whether there's a horse.", ABSTAIN),
    # off-topic
    ("Piano", "a piano", "Here's a fun fact: the piano was invented by Bartolomeo Cristofori around 1700 in Italy.",
     UNPARSEABLE),
    ("Train", "a train", "What time would you like me to set the alarm for?", UNPARSEABLE),
    ("Cough", "coughing", "Sure, here is a haiku about autumn:\nLeaves drift on cold wind\nthe river carries them home\n"
     "silence after rain", UNPARSEABLE),
    ("Bicycle bell", "a bicycle bell", "<|audio_bos|><|AUDIO|><|audio_eos|>", UNPARSEABLE),
    ("Ocean", "the ocean", "The audio is 12.4 seconds long, sampled at 16 kHz, mono.", UNPARSEABLE),
    # many sounds, many phrasings
    ("Baby laughter", "a baby laughing", "Yes! A baby is giggling — it's adorable, and an adult is laughing along.", YES),
    ("Screaming", "screaming", "No screaming — the children are laughing and talking at normal volume.", NO),
    ("Whispering", "whispering", "Yes, two people are whispering; the words are hard to make out.", YES),
    ("Singing", "singing", "It's instrumental only — no one sings.", NO),
    ("Choir", "a choir", "A single soprano sings; it's a solo voice rather than a choir.", NO),
    ("Orchestra", "an orchestra", "Yes. Full orchestra — strings, brass and timpani.", YES),
    ("Saxophone", "a saxophone", "The lead instrument is a trumpet with a mute, not a saxophone.", NO),
    ("Flute", "a flute", "I'd say yes, the breathy high melody is a flute.", YES),
    ("Electronic music", "electronic music", "Genre: EDM / electronic dance music. Tempo ~128 BPM.", YES),
    ("Lawn mower", "a lawn mower", "It sounds like a lawn mower to me, running in a neighbouring garden.", YES),
    ("Motorcycle", "a motorcycle", "A motorcycle revs its engine twice and then speeds away.", YES),
    ("Truck", "a truck", "Only cars pass by; I don't hear any trucks or buses.", NO),
    ("Bus", "a bus", "Yes — a bus pulls up, the air brakes hiss and the doors open.", YES),
    ("Skidding", "tires skidding", "No, there's no skidding; the car brakes smoothly and stops.", NO),
    ("Explosion", "an explosion", "Nothing like an explosion — only a door slamming shut.", NO),
    ("Waterfall", "a waterfall", "Yes, the constant roar sounds like a large waterfall.", YES),
    ("Thunderstorm", "a thunderstorm", "Just light rain, no thunder — so I wouldn't call it a thunderstorm.", NO),
    ("Keys jangling", "keys jangling", "Someone jingles a set of keys and unlocks a door.", YES),
    ("Coin (dropping)", "a coin dropping", "That metallic clink is a spoon hitting a mug, not a coin falling.", NO),
    ("Scissors", "scissors", "Yes, snip snip — scissors cutting paper.", YES),
    ("Zipper (clothing)", "a zipper", "I'm not hearing a zipper; the ripping sound is Velcro being pulled apart.", NO),
    ("Printer", "a printer", "Yes, an inkjet printer is printing a page.", YES),
    ("Camera", "a camera shutter", "No camera shutter is audible.", NO),
    ("Sewing machine", "a sewing machine", "A sewing machine is running in short bursts.", YES),
    ("Mechanical fan", "a fan", "No fan; the hum is from a refrigerator compressor.", NO),
    ("Air conditioning", "an air conditioner", "Yes, an air conditioning unit hums steadily in the background.", YES),
    ("Pig", "a pig", "Oink oink! Yes, that's a pig grunting.", YES),
    ("Sheep", "sheep", "Those are goats bleating, not sheep.", NO),
    ("Duck", "a duck", "Quacking ducks on a pond, yes.", YES),
    ("Goose", "geese", "Those honks are from a car horn, not geese.", NO),
    ("Cattle, bovinae", "cows", "Yes, cows mooing in a field with a cowbell.", YES),
    ("Elephant", "an elephant", "No elephant. The trumpeting sound is an actual brass trumpet.", NO),
    ("Roaring cats (lions, tigers)", "a lion roaring", "That's a lion's roar, very deep and loud.", YES),
    ("Monkey", "monkeys", "No monkeys — it's tropical birds screeching.", NO),
    ("Chicken, rooster", "a rooster", "A rooster crows at dawn.", YES),
    ("Whale vocalization", "whale song", "Yes, the long, eerie moans are humpback whale song.", YES),
    ("Children playing", "children playing", "No kids are playing — it's an empty playground with only wind.", NO),
    ("Crowd", "a crowd", "Yes, a large crowd is chanting at a stadium.", YES),
    ("Run", "someone running", "The footsteps are slow and steady — someone walking, not running.", NO),
    ("Breathing", "breathing", "Heavy breathing is audible, like after exercise.", YES),
    ("Humming", "humming", "The speaker isn't humming; she's singing the words clearly.", NO),
    ("Finger snapping", "finger snapping", "Yes, someone snaps their fingers to the beat.", YES),
    ("Dishes, pots, and pans", "dishes clattering", "Kitchen sounds: plates and pots clattering as someone washes up. "
     "Yes.", YES),
    ("Electric toothbrush", "an electric toothbrush", "It's not an electric toothbrush — it's a phone vibrating.", NO),
    ("Bathtub (filling or washing)", "a bathtub filling", "Water pours into a bathtub, yes.", YES),
    ("Static", "static", "The background is clean, without static or hiss.", NO),
    ("White noise", "white noise", "Yes — steady white noise, like a fan or a sound machine.", YES),
    ("Beep, bleep", "beeping", "No beeps, only a continuous tone.", NO),
]

#: (reply to "transcribe this" on audio that holds no speech, what the reply does).
NO_SPEECH: list[tuple[str, str]] = [
    ("", EMPTY),
    ("[no speech]", EMPTY),
    ("(silence)", EMPTY),
    ("<|nospeech|>", EMPTY),
    ("♪ [instrumental] ♪", EMPTY),
    ("[Music playing]\n[Applause]", EMPTY),
    ("There is no speech in this recording, only rain and distant thunder.", EMPTY),
    ("No hay voz en este audio; solo se escucha música de fondo. (There is no voice in this audio, only background "
     "music.)", EMPTY),
    ("Keine Sprache erkannt. (No speech detected.)", EMPTY),
    ("音频中没有语音，只有风声。There is no speech in the audio, only wind.", EMPTY),
    ('{"text": "", "language": null, "segments": []}', EMPTY),
    ('transcript: ""\nnon_speech_events:\n  - dog barking\n  - car passing', EMPTY),
    ("WEBVTT\n\n00:00:00.000 --> 00:00:10.000\n[music]", EMPTY),
    ("Speech detected: NO\nAudio type: music (piano)", EMPTY),
    ("I listened carefully, and nobody says anything in this clip — it's just a dog barking and some birds.", EMPTY),
    ("The clip contains only an instrumental track, so there's nothing to transcribe.", EMPTY),
    ("- Speech: none\n- Music: yes\n- Noise: low", EMPTY),
    ("Caption: Waves crash on a beach while gulls call overhead.", EMPTY),
    ("Transcription: N/A (no spoken content)", EMPTY),
    ("Sorry, there's no speech here to transcribe — only static.", EMPTY),
    ("Nothing was said.", EMPTY),
    ("| Start | End | Text |\n|---|---|---|\n| 0.0 | 8.0 | (no speech) |", EMPTY),
    ("I'm sorry, but I can't process audio files.", ABSTAINED),
    ("As a text-only model, I'm unable to listen to recordings.", ABSTAINED),
    ("I can't transcribe this audio. Please upload a clearer recording.", ABSTAINED),
    ("Lo siento, no puedo procesar archivos de audio. (Sorry, I can't process audio files.)", ABSTAINED),
    ("The audio is too distorted for me to determine whether anyone is speaking.", ABSTAINED),
    ("Error: audio could not be decoded.", ABSTAINED),
    ("I'm not able to help with that request.", ABSTAINED),
    ("Thank you for watching! Don't forget to like and subscribe.", HALLUCINATED),
    ("♪ Dance with me tonight, under the neon lights ♪", HALLUCINATED),
    ("Transcript: Okay, so, um, let's get started.", HALLUCINATED),
    ('{"text": "Hello? Is anyone there?", "language": "en"}', HALLUCINATED),
    ("Speaker 1: Hey, can you hear me?\nSpeaker 2: Yeah, loud and clear.", HALLUCINATED),
    ("Sí, claro. Vamos a la playa mañana. (Yes, of course. We're going to the beach tomorrow.)", HALLUCINATED),
    ("Shh, shh, it's okay, go to sleep.", HALLUCINATED),
    ('The speaker says: "Please stand clear of the closing doors."', HALLUCINATED),
    ("[music] I love you baby [music]", HALLUCINATED),
    ("字幕由Amara.org社区提供", HALLUCINATED),
    ("Untertitel im Auftrag des ZDF, 2020", HALLUCINATED),
    ("I hear someone whispering: 'over here'.", HALLUCINATED),
]

#: (reply to "how many ...?", the count it states or ABSTAIN, the target the question counted).
COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("I counted three knocks on the door.", 3, "knocks"),
    ("The dog barks five times.", 5, "barks"),
    ("There are two dog barks and four car horns.", 4, "car horns"),
    ("Per source: dog — 2 barks; car horn — 4 honks.", 2, "barks"),
    ("Five... no, six beeps. I missed one at the end.", 6, "beeps"),
    ("Somewhere between three and five claps, the recording is too noisy to be exact.", ABSTAIN, "claps"),
    ("A dozen or so gunshots.", 12, "gunshots"),
    ("The bell rang twice.", 2, "bell rings"),
    ("No sirens at all — zero.", 0, "sirens"),
    ("Cuento cuatro golpes. (I count four knocks.)", 4, "knocks"),
    ("Ich zähle sieben Schläge der Kirchenglocke — seven strikes of the church bell.", 7, "bell strikes"),
    ("我数到三声狗叫。I count three barks.", 3, "barks"),
    ("count: 8\nunit: footsteps\nconfidence: medium", 8, "footsteps"),
    ("| Event | Count |\n|---|---|\n| Cough | 3 |\n| Sneeze | 1 |", 1, "sneezes"),
    ("- Coughs: 3\n- Sneezes: 1\n- Throat clears: 2", 3, "coughs"),
    ('{"event": "door slam", "count": 2}', 2, "door slams"),
    ("Let me count: the first clap is at 0.5 s, the second at 1.2 s, the third at 1.9 s, and a fourth at 2.6 s. That "
     "gives four claps in total.", 4, "claps"),
    ("I can't count them reliably; the beeps overlap with music.", ABSTAIN, "beeps"),
    ("I'm unable to listen to audio, so I can't tell how many times the phone rings.", ABSTAIN, "rings"),
    ("Just one honk.", 1, "honks"),
    ("The rooster crows a couple of times — twice, I think.", 2, "crows"),
    ("Around 10 chirps.", 10, "chirps"),
    ("There were 3 knocks, then a pause, then 3 more knocks — 6 in total.", 6, "knocks"),
    ("Not three but two gunshots; the third bang is an echo.", 2, "gunshots"),
    ("There are four speakers, and the second one sneezes twice.", 2, "sneezes"),
    ("I heard the alarm beep eleven times before it stopped.", 11, "beeps"),
    ("Answer: B) 3", 3, "claps"),
    ("Zero coughs — only sniffing.", 0, "coughs"),
    ("Maybe 4, maybe 5 — hard to say.", ABSTAIN, "barks"),
    ("The drum is hit 16 times, in four groups of four.", 16, "drum hits"),
]
