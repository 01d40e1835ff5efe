"""THIRTEENTH held-out verdict set (issue 22, round 6), written blind (before reading the scoring modules or any
earlier table's rows) by imagining products the earlier sets did not: smart-speaker skills, call-center QA bots,
hearing-aid sound alerts, accessibility captioners, game voice-chat moderators, baby monitors, security cameras,
podcast cleanup tools, reasoning models with long chains, small 1-3B audio models that ramble or repeat, and replies
as tables, bullets, YAML, emojis, confidence percentages and timestamps. Yes/no about a target (a related but other
sound present, negation scope, contrast, hedges and "can't hear audio" = abstain), no-speech (placeholders, silence
tags, refusals to transcribe noise, hallucinated words that must still count), counts. Scored once as written
(``tests/heldout_scores/thirteenth_set_first_score.txt``). Same row shapes as ``_heldout_verdicts_12``. Never edit a
row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"
EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

ANSWERS: list[tuple[str, str, str, str]] = [
    # smart speakers, security cameras, baby monitors, hearing-aid alerts
    ("Doorbell", "a doorbell", "Alexa here! I detected a knock at the front door, but no doorbell chime.", NO),
    ("Dog", "a dog barking", "Yes — your security camera picked up barking at 3:42 AM. 🐕", YES),
    ("Baby cry, infant cry", "a baby crying",
     "Baby monitor status: 😴 Sleeping peacefully. Sounds detected: soft breathing, white noise machine. "
     "Crying: not detected.", NO),
    ("Baby cry, infant cry", "a baby crying", "⚠️ Alert! Crying detected (confidence 92%) at 02:14:07.", YES),
    ("Baby cry, infant cry", "a baby crying",
     "Your little one was fussing briefly at 3:10, but it didn't escalate to crying 🍼", NO),
    ("Baby laughter", "a baby laughing", "👶 Giggles detected! Your baby laughed twice around 7:02 AM.", YES),
    ("Glass", "glass breaking",
     "Security event log:\n- 01:02:33 Motion (outdoor)\n- 01:02:41 Dog bark\nNo glass-break events in this clip.", NO),
    ("Glass", "glass shattering",
     "Alert: Shatter sound detected — possible window break (confidence 74%). Please review footage.", YES),
    ("Car", "a car", "Person detected at driveway. Vehicle: none.", NO),
    ("Smoke detector, smoke alarm", "a smoke alarm",
     "Sound alert 🔔: Microwave beep detected in kitchen. Smoke alarm: not detected.", NO),
    ("Doorbell", "a doorbell", "Your hearing-aid app recognised: Doorbell (Ding-dong) — 2 times.", YES),
    ("Speech", "speech", "Mode: Speech in noise 🗣️ — speech detected over restaurant babble.", YES),
    ("Snoring", "snoring", "Sleep report: You snored for 23 minutes last night 😴. Loudest at 2:14 AM (58 dB).", YES),
    ("Cough", "coughing", "Sleep report: no coughing episodes recorded. Sleep talking: 2 events.", NO),
    ("Fire alarm", "a fire alarm", "A car alarm is going off outside.", NO),
    ("Car alarm", "a car alarm", "A car alarm is going off outside.", YES),
    # tables
    ("Siren", "a siren",
     "| Sound | Present | Confidence |\n|---|---|---|\n| Siren | ✅ | 88% |\n| Car horn | ❌ | 12% |", YES),
    ("Vehicle horn, car horn, honking", "a car horn",
     "| Sound | Present | Confidence |\n|---|---|---|\n| Siren | ✅ | 88% |\n| Car horn | ❌ | 12% |", NO),
    ("Slam", "a door slamming", "| Question | Answer |\n|---|---|\n| Door slam? | No |\n| Footsteps? | Yes |", NO),
    ("Walk, footsteps", "footsteps", "| Question | Answer |\n|---|---|\n| Door slam? | No |\n| Footsteps? | Yes |", YES),
    # YAML / JSON
    ("Meow", "a cat meowing",
     "detected_sounds:\n  - label: purring\n    confidence: 0.81\n  - label: meowing\n    confidence: 0.07\nanswer: no", NO),
    ("Rain", "rain", "event: rain\npresent: true\nconfidence: 0.93\nnotes: steady rainfall on a roof", YES),
    ("Microwave oven", "a microwave",
     "answer: yes\nevidence:\n  - hum at 0-30s\n  - three beeps at the end\nconfidence: high", YES),
    ("Blender", "a blender", "answer: uncertain\nreason: motor noise could be a blender or a food processor", ABSTAIN),
    ("Water tap, faucet", "a running tap",
     '{"question": "Is there a running tap?", "answer": "no", "heard": ["toilet flushing"]}', NO),
    # confidence percentages
    ("Owl", "an owl hooting",
     "I'd estimate about a 50% chance that's an owl; it could just as easily be a dove cooing.", ABSTAIN),
    ("Owl", "an owl hooting", "Yes (confidence: 97%). A clear 'hoo-hoo' pattern typical of a great horned owl.", YES),
    ("Siren", "a siren", "Siren: 3% | Alarm: 91% | Verdict: alarm clock ringing", NO),
    ("Chainsaw", "a chainsaw", "Probability chainsaw present: 0.55. Too close to call.", ABSTAIN),
    # timestamps
    ("Gunshot, gunfire", "gunshots",
     "[00:00-00:03] fireworks crackling\n[00:03-00:07] crowd cheering\n[00:07-00:10] fireworks again\n"
     "No gunfire; the bangs are fireworks.", NO),
    ("Dog", "a dog",
     "00:00:01.200 --> 00:00:02.900\n[dog barking]\n00:00:04.000 --> 00:00:05.500\n[dog barking]", YES),
    # a related but other sound present
    ("Church bell", "church bells", "There's a bell, but it's a small bicycle bell being rung twice, not church bells.", NO),
    ("Telephone bell ringing", "a phone ringing", "I hear an alarm clock beeping on a nightstand.", NO),
    ("Whistling", "a person whistling", "That's a referee's whistle blown three times during a match.", NO),
    ("Cough", "someone coughing",
     "Someone clears their throat a couple of times, and there's a sniffle, but no actual coughing.", NO),
    ("Crowing, cock-a-doodle-doo", "a rooster crowing", "Chickens are clucking in a barnyard; none of them crows.", NO),
    ("Chicken, rooster", "a rooster", "It's a turkey gobbling, not a rooster.", NO),
    ("Moo", "a cow mooing", "It is a sheep. The sheep is bleating. baa baa.", NO),
    ("Police car (siren)", "a police siren", "An ambulance siren passes with a yelp pattern.", NO),
    ("Vacuum cleaner", "a vacuum cleaner",
     "A hair dryer is running; I initially thought vacuum, but the pitch is too high.", NO),
    ("Hair dryer", "a hair dryer", "A hair dryer is running; I initially thought vacuum, but the pitch is too high.", YES),
    ("Stream", "a stream", "It's rain on a tin roof, not running water from a stream.", NO),
    ("Keys jangling", "keys jangling", "Coins clinking in a pocket, I believe — not keys.", NO),
    ("Mosquito", "a mosquito", "❌ No mosquito. That whine is an electric toothbrush 🪥", NO),
    ("Frog", "a frog croaking", "🦗 Nope — those are crickets chirping, not frogs! 🌙", NO),
    ("Elephant", "an elephant", "I can't hear an elephant anywhere in this clip; there's a lion roaring.", NO),
    ("Printer", "a printer", "Printer? No. Scanner? Yes — a flatbed scanner head moving.", NO),
    ("Clock", "a clock ticking",
     "Okay, so the question is about a clock ticking. Let me listen... there's a steady tick... tick... that's "
     "consistent with a metronome on a piano. Actually the piano notes come in, so it's a metronome. Final answer: "
     "no clock.", NO),
    ("Goose", "geese honking", "I hear no geese, but ducks are quacking loudly.", NO),
    ("Duck", "ducks quacking", "I hear no geese, but ducks are quacking loudly.", YES),
    ("Violin, fiddle", "a violin", "It sounds like a violin at first, but it's actually a viola — deeper tone.", NO),
    # negation scope
    ("Dog", "a dog barking", "The dog in the recording never barks; it only whines and pants.", NO),
    ("Dog", "a dog barking", "The barking you might expect from the dog never comes; it just sniffs around.", NO),
    ("Dog", "a dog", "Not only is there a dog, it's barking nonstop.", YES),
    ("Knock", "knocking", "No one answers the knocking at the door.", YES),
    ("Rain", "rain", "No, I wouldn't say it's raining heavily — just a light drizzle on the window.", YES),
    ("Crying, sobbing", "someone crying", "The woman sounds upset but she isn't crying — her voice is steady.", NO),
    ("Crying, sobbing", "someone crying", "Crying? Definitely. Quiet sobbing for most of the clip.", YES),
    ("Bird", "birds", "Everything's quiet except for a few sparrows.", YES),
    ("Wind chime", "wind chimes", "Wind blowing through trees. No chimes.", NO),
    ("Wind", "wind", "Wind blowing through trees. No chimes.", YES),
    # contrast
    ("Thunder", "thunder", "It's a truck rumbling past rather than thunder.", NO),
    ("Thunder", "thunder", "Not rain, thunder — a long rolling rumble at about 4 seconds.", YES),
    ("Trumpet", "a trumpet", "That's a saxophone solo, not a trumpet.", NO),
    ("Saxophone", "a saxophone", "That's a saxophone solo, not a trumpet.", YES),
    # hedges and can't-hear
    ("Helicopter", "a helicopter", "Hard to say. The thumping could be a helicopter or a washing machine on spin.", ABSTAIN),
    ("Helicopter", "a helicopter", "It may or may not be a helicopter; the recording is too muffled.", ABSTAIN),
    ("Goat", "a goat", "Possibly a goat, possibly a child imitating one — I can't be sure.", ABSTAIN),
    ("Snoring", "snoring", "I think so? There's a rhythmic rasping that sounds like snoring, maybe.", ABSTAIN),
    ("Snoring", "snoring", "I'm fairly confident: yes, that's someone snoring.", YES),
    ("Cricket", "crickets",
     "At night you can hear crickets — or are they cicadas? Either way, insects are buzzing.", ABSTAIN),
    ("Engine", "an engine idling", "The audio quality is too poor for me to tell whether an engine is idling.", ABSTAIN),
    ("Gunshot, gunfire", "gunshots",
     "- Loud bang at 0:03\n- Could be a gunshot, a car backfiring, or a door slamming\n- Not enough context to decide",
     ABSTAIN),
    ("Piano", "a piano",
     "As a text-based model, I can't listen to audio files. If you describe the sound, I can help identify whether "
     "it's a piano.", ABSTAIN),
    ("Piano", "a piano", "I'm unable to process the attached audio, so I can't confirm whether a piano is playing.", ABSTAIN),
    ("Monkey", "monkeys",
     "I can't hear audio, but based on the filename 'jungle_monkeys.wav', probably yes.", ABSTAIN),
    ("Whispering", "whispering", "Two people whispering — hard to make out the words, though.", YES),
    ("Sheep", "sheep", "Hard to believe, but yes: a flock of sheep bleating in what sounds like a city street.", YES),
    # long reasoning chains
    ("Train", "a train",
     "<think>The user asks whether there is a train. I hear a low rumble... could be a train. But there's also a "
     "rhythmic clacking, which is typical of rails. Wait, the horn at the end sounds like a ship foghorn? No, it's "
     "two-tone, typical of a train horn. So yes.</think>\nYes, a train passes by and sounds its horn.", YES),
    ("Train", "a train",
     "Let me think step by step.\n1. The audio starts with wind noise.\n2. Then a deep horn blast. A train horn? "
     "Possibly, but it is long and single-toned, like a ship's foghorn.\n3. Waves lap against something.\n"
     "Conclusion: this is a harbour scene with a foghorn; there is no train.", NO),
    # small models that ramble or repeat
    ("Bird", "birds chirping",
     "Yes yes the birds are chirping the birds are chirping the birds are chirping in the morning in the morning", YES),
    ("Bird", "birds chirping",
     "The audio is a sound of a sound of water. water flowing water flowing. no birds no birds", NO),
    ("Horse", "a horse neighing",
     "The sound is horse. The horse is a animal that is neighing. Neighing is a sound horse make.", YES),
    ("Cat", "a cat", "The the the the the the the", UNPARSEABLE),
    ("Horse", "a horse", "Yes, there is no horse.", UNPARSEABLE),
    # bullets and emojis
    ("Applause", "applause", "**Answer:** No\n\n- The crowd is chanting and cheering\n- There is no clapping at any point",
     NO),
    ("Laughter", "people laughing", "- Laughter: ✔️ (several people, 0:05–0:09)\n- Speech: ✔️\n- Music: ✖️", YES),
    ("Music", "music", "- Laughter: ✔️ (several people, 0:05–0:09)\n- Speech: ✔️\n- Music: ✖️", NO),
    ("Frog", "a frog croaking", "🐸🎶 Ribbit! Yep, that's a frog croaking by a pond 🌙", YES),
    ("Bee, wasp, etc.", "a bee buzzing", "✅ Bee buzzing detected 🐝", YES),
    # call-center QA, captioners, game voice chat, podcast tools
    ("Music", "hold music",
     "Call QA summary: hold segment from 01:10 to 02:45 contained silence only; no hold music was played.", NO),
    ("Typing", "keyboard typing",
     "Agent compliance: ❌ Background noise detected — keyboard typing audible during the customer's account "
     "verification.", YES),
    ("Dog", "a dog barking",
     "Background noise flags: baby crying (00:32), dog barking (01:05). Recommendation: coach agent on mute usage.", YES),
    ("Applause", "applause", "[APPLAUSE]\nSPEAKER: Thank you all for coming tonight.", YES),
    ("Laughter", "laughter", "[audience murmurs]\n[chair creaks]\nNo laughter cues in this segment.", NO),
    ("Screaming", "screaming",
     "Moderation verdict: player yelled loudly ('LET'S GOOO') — excited shouting, not screaming in distress.", NO),
    ("Gunshot, gunfire", "gunfire",
     "Voice chat contains in-game gunfire sound effects in the background; no real-world violence detected.", YES),
    ("Music", "background music",
     "Podcast cleanup report:\n• Intro music: 0:00–0:18 (removed)\n• Background music under speech: none\n"
     "• Ums removed: 14", NO),
    ("Breathing", "breathing", "Detected artifacts: mouth clicks (12), heavy breaths (5), plosives (3).", YES),
    # assorted
    ("Sneeze", "a sneeze", "Achoo! Yes — a loud sneeze followed by 'bless you'.", YES),
    ("Waves, surf", "waves", "Sounds like surf crashing on a beach, seagulls above.", YES),
    ("Zipper (clothing)", "a zipper", "Zip! That's a jacket zipper being pulled up.", YES),
]

NO_SPEECH: list[tuple[str, str]] = [
    ("", EMPTY),
    ("[silence]", ABSTAINED),
    ("<silence>", ABSTAINED),
    ("(no speech detected)", ABSTAINED),
    ("🔇 No speech detected in this clip.", ABSTAINED),
    ("I can't transcribe this — it's only background noise.", ABSTAINED),
    ("Sorry, I couldn't detect any spoken words. The audio appears to contain only a fan humming.", ABSTAINED),
    ("Caption: [baby monitor static]", ABSTAINED),
    ("♪ ♪", ABSTAINED),
    ("🎵🎵🎵", ABSTAINED),
    ("transcript: null", ABSTAINED),
    ("text: ''\nlanguage: null\nno_speech_prob: 0.97", ABSTAINED),
    ("[00:00:00 - 00:00:30] (silence)", ABSTAINED),
    ("The recording contains a baby monitor's white noise; no one speaks.", ABSTAINED),
    ("I'm not able to transcribe sounds that aren't speech, such as this doorbell chime.", ABSTAINED),
    ("Nothing was said.", ABSTAINED),
    ("No transcribable content 🤷", ABSTAINED),
    ("| Time | Speaker | Text |\n|---|---|---|\n| — | — | (no speech) |", ABSTAINED),
    ("* (no dialogue) *", ABSTAINED),
    ("[BLANK_AUDIO]", ABSTAINED),
    ("Transcription: N/A (the clip is music only). Confidence: 99%", ABSTAINED),
    ("The speaker is silent.", ABSTAINED),
    ("No speech present. Detected: dog barking (0:02), car passing (0:05).", ABSTAINED),
    ("Transcript unavailable: the audio is just a ringing phone.", ABSTAINED),
    ("I hear only static. Is it possible the microphone was muted?", ABSTAINED),
    ("(Sin audio)", ABSTAINED),
    ("Thanks for listening to the show. Don't forget to subscribe!", HALLUCINATED),
    ("[Music] Thank you.", HALLUCINATED),
    ("Speaker 1: Okay. Speaker 2: Yeah.", HALLUCINATED),
    ("00:00:00,000 --> 00:00:05,000\nSubtitles by the Amara.org community", HALLUCINATED),
    ("Okay.", HALLUCINATED),
    ("Um, so, yeah.", HALLUCINATED),
    ("[dog barks] Good boy!", HALLUCINATED),
    ("No speech. Bye!", HALLUCINATED),
    ("Please subscribe", HALLUCINATED),
    ("ご視聴ありがとうございました", HALLUCINATED),
]

COUNTS: list[tuple[str, int | str]] = []

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("The dog barks 🐕🐕🐕 three times!", 3, "a dog barking"),
    ("count: 4\nevent: knock\nconfidence: 0.88", 4, "knocking"),
    ("| Event | Count |\n|---|---|\n| Bark | 2 |\n| Howl | 1 |", 2, "a dog barking"),
    ("Hmm, let me count: first bark at 0.5 s, second at 1.1 s, third at 1.7 s... and a fourth at 2.3 s. Total: 4.", 4,
     "a dog barking"),
    ("I count maybe 3 or 4 honks — they overlap.", "abstain", "a car horn"),
    ("Doorbell rang twice (00:03, 00:09).", 2, "a doorbell"),
    ("The cow moos once. After that there are only birds.", 1, "a cow mooing"),
    ("Knocks: ✊✊✊✊✊ (5)", 5, "knocking"),
    ("There were no sneezes in the clip.", 0, "a sneeze"),
    ("- 0:01 beep\n- 0:02 beep\n- 0:03 beep", 3, "a beep"),
    ("Approximately 10% of the clip is barking, roughly two bursts.", "abstain", "a dog barking"),
    ("The bell rings 3 times at 12:00 noon.", 3, "a bell ringing"),
    ("I heard the gun fire six shots, though the first two were very close together.", 6, "gunshots"),
    ("Twice. No wait — three times; I missed a quiet one.", 3, "a door knock"),
    ("It's impossible to count; the clapping is continuous.", "abstain", "clapping"),
    ("Counting dog barks: 1... 2... 3. Also 2 cat meows.", 3, "a dog barking"),
    ("The rooster crows 2x.", 2, "a rooster crowing"),
    ("Number of coughs: zero. The person sneezes once.", 0, "coughing"),
    ("I cannot hear audio, so I can't count the barks.", "abstain", "a dog barking"),
    ("Between 2 and 4 chimes.", "abstain", "a chime"),
    ("The frog croaks four times in 10 seconds.", 4, "a frog croaking"),
]
