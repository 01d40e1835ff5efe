"""FOURTEENTH held-out verdict set (issue 22), written blind (before reading the scoring or verdict modules or any
earlier table's rows) by imagining models and products the earlier sets did not: Voxtral, Phi-4-multimodal,
Kimi-Audio, Step-Audio, MiniCPM-o, Audio Flamingo 2/3 (captions, ``<think>`` blocks), GPT-4o realtime voice mode
transcribed, Gemini 2.x long answers with markdown headings; replies in another language then translated, restating
the question, "Answer: B" multiple-choice habits, chain-of-thought with a final line, sound lists with timestamps or
probabilities, "it's likely" / "I believe" / "I'm fairly sure", the target named only to be denied in a subordinate
clause, a parent or a sibling class of the target named, counts with corrections or ranges, refusals to transcribe
noise, SRT/VTT cues and JSON around no-speech. Labelled by reading what each reply SAYS. Scored once as written
(``tests/heldout_scores/fourteenth_set_first_score.txt``). Same row shapes as ``_heldout_verdicts_13``. Never edit a
row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"
EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

ANSWERS: list[tuple[str, str, str, str]] = [
    # Voxtral: short, sometimes French first, then English
    ("Dog", "a dog barking", "Oui, on entend un chien aboyer. In English: yes, a dog barks twice near the start.", YES),
    ("Church bell", "church bells",
     "Non, pas de cloches. Translation: No, there are no bells, only wind and a car driving past.", NO),
    ("Clapping", "clapping", "No.", NO),
    ("Clapping", "clapping", "Yes, briefly, near the end.", YES),
    ("Siren", "a siren",
     "Although you might expect a siren on a busy street like this, what I hear is a bus braking and people talking.", NO),
    ("Crowing, cock-a-doodle-doo", "a rooster crowing",
     "I believe there are chickens here: hens clucking and scratching at the ground, but nothing that crows.", NO),
    # Phi-4-multimodal: formal, "Based on the audio input"
    ("Cat", "a cat meowing",
     "The audio contains a cat. The cat is meowing repeatedly, which suggests it may be hungry or seeking attention.", YES),
    ("Fire alarm", "a fire alarm",
     "Based on the audio input, there is no fire alarm sound present. The audio features a kitchen timer ringing instead.",
     NO),
    ("Music", "music", "As a text-based model, I do not have access to the audio content you are referring to.", ABSTAIN),
    # Kimi-Audio: restates the question
    ("Thunder", "thunder",
     "Question: Is there thunder in the audio?\nAnswer: Yes. A low rumble builds at around 6 seconds and fades out.", YES),
    ("Knock", "knocking",
     "You asked whether there is knocking in the clip. There is: four firm knocks on a wooden door at 0:02.", YES),
    ("Knock", "knocking",
     "You asked whether there is knocking in the clip. I don't hear any; the tapping at 0:02 is water dripping into a sink.",
     NO),
    # multiple-choice habit
    ("Doorbell", "a doorbell", "Answer: B", UNPARSEABLE),
    ("Doorbell", "a doorbell", "Answer: B\n\n(B) No. The chime is a microwave finishing, not a doorbell.", NO),
    ("Baby cry, infant cry", "a baby crying",
     "Options: (A) yes (B) no (C) cannot determine\nAnswer: (A) yes", YES),
    ("Owl", "an owl", "The correct option is (C) cannot be determined from the recording.", ABSTAIN),
    # chain of thought, then a final line
    ("Applause", "applause",
     "Let me think step by step. First, a speaker addresses a crowd. Then there is a pause. Then many hands clap together "
     "for several seconds, so applause is present.\nFinal answer: yes", YES),
    ("Gunshot, gunfire", "gunshots",
     "Step 1: find the impulsive sounds. There are three sharp pops.\nStep 2: compare them with gunshots. Gunshots have a "
     "longer echo tail; these are dry and short, consistent with balloons popping.\nFinal answer: no", NO),
    ("Snoring", "snoring",
     "Initially the rhythmic rasping suggests snoring. However, listening more closely, it's a hand saw cutting wood back "
     "and forth.\nConclusion: no snoring.", NO),
    # lists with timestamps or probabilities
    ("Vehicle horn, car horn, honking", "a car horn",
     "Detected events:\n[00:00.0-00:03.2] engine idling\n[00:03.2-00:03.9] car horn\n[00:04.0-00:10.0] traffic", YES),
    ("Bird", "birds singing", "Top predictions:\n1. Wind (0.71)\n2. Rustling leaves (0.18)\n3. Bird (0.04)", NO),
    ("Chainsaw", "a chainsaw", "chainsaw: 0.93\nleaf blower: 0.05\nlawn mower: 0.02", YES),
    # hedges that still commit, and hedges that do not
    ("Frog", "frogs croaking", "It's likely frogs: there's a rhythmic croaking chorus, typical of a pond at night.", YES),
    ("Toilet flush", "a toilet flushing", "I'm fairly sure that's a toilet flushing, followed by the tank refilling.", YES),
    ("Typing", "typing", "I believe someone is typing on a mechanical keyboard in a quiet office.", YES),
    ("Engine", "an engine",
     "It's likely not an engine; the drone is too steady and pure, more like a refrigerator humming.", NO),
    ("Owl", "an owl", "There may be an owl hooting very faintly at the end, but the clip is too noisy to tell.", ABSTAIN),
    ("Hammer", "hammering", "The repeated banging could be hammering, or someone knocking on a wall.", ABSTAIN),
    ("Goat", "a goat", "I'm not sure. It might be a goat, or a child imitating one.", ABSTAIN),
    ("Mosquito", "a mosquito", "There's a buzzing insect, maybe a fly or a mosquito; I can't tell which.", ABSTAIN),
    ("Violin, fiddle", "a violin",
     "I hear a bowed string instrument, though I can't tell whether it's a violin or a viola.", ABSTAIN),
    # "I can't hear audio"
    ("Typing", "typing",
     "I'm sorry, but I can't listen to audio files. If you describe the sound, I can help you work out whether it's typing.",
     ABSTAIN),
    ("Crying, sobbing", "someone crying",
     "I cannot reliably determine from this audio whether the person is crying.", ABSTAIN),
    # the target named only to be denied in a subordinate clause
    ("Dog", "a dog barking",
     "Even though the owner mentions her dog, no barking can be heard; only footsteps and a door closing.", NO),
    ("Fireworks", "fireworks",
     "Although the recording is from New Year's Eve, the bangs are car doors slamming, not fireworks.", NO),
    ("Baby cry, infant cry", "a baby crying",
     "**Short answer:** No.\n\n**Explanation:** The high-pitched sound is a cat yowling outside, which people often "
     "mistake for a baby crying. No infant is audible.", NO),
    # a sibling or a parent class of the target
    ("Church bell", "church bells",
     "Are church bells ringing? Not quite: the bell you hear is a tram's warning bell as it pulls away.", NO),
    ("Dog", "a dog barking", "That's a fox barking: the high, screamy bark foxes make at night.", NO),
    ("Police car (siren)", "a police siren",
     "A fire engine wails past with its siren, and its air horn blasts at the end.", NO),
    ("Sheep", "sheep", "Those are goats bleating, I'm fairly sure; sheep sound deeper.", NO),
    ("Guitar", "a guitar", "The plucked strings belong to a harp, not a guitar; the range is much wider.", NO),
    ("Cat", "a cat meowing", "There's some kind of animal making noises, but I can't identify which animal.", ABSTAIN),
    ("Motorcycle", "a motorcycle", "I hear a vehicle engine revving, but I can't tell what kind of vehicle it is.",
     ABSTAIN),
    ("Bird", "birds", "Yes, a crow caws several times from a rooftop.", YES),
    ("Vehicle", "a vehicle", "Yes: a motorcycle accelerates past from left to right.", YES),
    ("Musical instrument", "a musical instrument", "There's a piano playing a slow melody in a large room.", YES),
    ("Insect", "insects", "Crickets chirp steadily throughout the recording.", YES),
    # negation scope: the animal is there, the sound asked is not
    ("Dog", "a dog barking", "The dog in the clip doesn't bark at all; it whimpers and scratches at the door.", NO),
    ("Dog", "a dog barking", "Yes and no: there's a dog, but it's growling rather than barking.", NO),
    ("Telephone bell ringing", "a phone ringing",
     "A phone? No ringing, but a phone vibrates on a wooden table twice.", NO),
    ("Slam", "a door slam", "The door is closed gently, with no slam.", NO),
    # Gemini 2.x long answers with markdown headings
    ("Rain", "rain",
     "## Summary\nThe recording captures steady rainfall on a tin roof.\n\n## Details\n- **Rain:** present throughout\n"
     "- **Thunder:** not detected\n- **Speech:** none", YES),
    ("Thunder", "thunder",
     "## Summary\nThe recording captures steady rainfall on a tin roof.\n\n## Details\n- **Rain:** present throughout\n"
     "- **Thunder:** not detected\n- **Speech:** none", NO),
    ("Vacuum cleaner", "a vacuum cleaner",
     "### Analysis\n\n**Is a vacuum cleaner present?** No.\n\n**What is present instead?** A kitchen blender running in "
     "short pulses.", NO),
    ("Applause", "applause",
     "Here's a breakdown of the audio:\n\n### Sounds\n1. **Speech (0:00-0:12):** a man gives a short toast.\n"
     "2. **Glasses clinking (0:12-0:14)**\n3. **Laughter (0:14-0:18)**\n\n### Notably absent\n- Applause\n- Music", NO),
    ("Laughter", "laughter",
     "Here's a breakdown of the audio:\n\n### Sounds\n1. **Speech (0:00-0:12):** a man gives a short toast.\n"
     "2. **Glasses clinking (0:12-0:14)**\n3. **Laughter (0:14-0:18)**\n\n### Notably absent\n- Applause\n- Music", YES),
    # GPT-4o realtime voice mode, transcribed
    ("Dog", "a dog barking",
     "Oh, yeah, totally, there's a dog going off in the background, like, pretty excited about something!", YES),
    ("Siren", "a siren",
     "Hmm, so, I'm listening... nope, I'm not picking up any siren. It's mostly just, uh, kind of a low hum, like an air "
     "conditioner.", NO),
    ("Laughter", "laughter", "Ha, yes! Someone's definitely laughing there. Sounds like a little kid giggling.", YES),
    # Step-Audio and others: another language, then a translation
    ("Cough", "coughing", "音频中有咳嗽声。Translation: There is coughing in the audio, twice, from an adult man.", YES),
    ("Sneeze", "a sneeze", "没有打喷嚏的声音。(There is no sneeze; the person only clears their throat.)", NO),
    ("Rain", "rain", "Es regnet nicht. Das Geräusch ist eine Dusche. (It is not raining; the sound is a shower running.)", NO),
    ("Wind chime", "wind chimes", "はい、風鈴の音が聞こえます。Yes, I can hear wind chimes tinkling in a breeze.", YES),
    # MiniCPM-o and Audio Flamingo 2/3 captions
    ("Glass", "glass breaking",
     "The sound is consistent with glass shattering, followed by pieces falling onto a hard floor.", YES),
    ("Dog", "a dog", "🐶 Woof! Yep, that's a dog barking at the mail carrier.", YES),
    ("Helicopter", "a helicopter", "The audio features a helicopter hovering overhead, its rotor blades chopping.", YES),
    ("Helicopter", "a helicopter",
     "<think>The sound has a rhythmic chopping, but the rhythm is too fast and there is a high whine, more like a small "
     "drone.</think>\nNo. It is a small quadcopter drone, not a helicopter.", NO),
    ("Train", "a train", "A train horn blows as a train passes by on the tracks.", YES),
    ("Horse", "a horse", "Clip-clop of hooves on cobblestones, then a whinny: a horse, for sure.", YES),
    # JSON answers
    ("Siren", "a siren",
     '```json\n{"question": "Is there a siren?", "answer": "yes", "evidence": "rising and falling wail from 1.5 s"}\n```',
     YES),
    ("Crying, sobbing", "someone crying", '{"answer": "no", "heard": ["laughter", "chatter"]}', NO),
    # corrections, contrasts and double negatives
    ("Thunder", "thunder", "Yes. Actually, no: on a second listen that rumble is a truck crossing a bridge.", NO),
    ("Siren", "a siren", "I can't say there isn't a siren; there's a faint wail under the traffic at 0:08.", YES),
    ("Dog", "a dog", "Not only is there a dog barking, there's also a cat hissing back at it.", YES),
    ("Car alarm", "a car alarm", "A house burglar alarm is beeping, not a car alarm.", NO),
    ("Alarm clock", "an alarm clock", "No alarm clock: the repetitive beeping comes from a truck reversing.", NO),
    ("Smoke detector, smoke alarm", "a smoke alarm",
     "The beeping is a smoke detector chirping: the low-battery chirp, about once every thirty seconds.", YES),
    ("Piano", "a piano", "Piano: absent. Instruments heard: electric organ, drums.", NO),
    ("Waves, surf", "ocean waves", "It sounds more like traffic on a distant motorway than ocean waves.", NO),
    ("Microwave oven", "a microwave", "Three beeps at the end: that's a microwave oven finishing its timer.", YES),
    ("Water tap, faucet", "running water", "Water runs from a tap into a sink for the whole clip.", YES),
    ("Explosion", "an explosion", "Boom at 0:03: that's a large explosion, followed by debris falling.", YES),
    ("Walk, footsteps", "footsteps", "Yes. Someone walks across a wooden floor in heels, then stops at 0:07.", YES),
    ("Door", "a door", "A door creaks open and then slams shut.", YES),
    # nothing said about the clip
    ("Bird", "birds", "The recording was made at 6 AM in a park in Lisbon.", UNPARSEABLE),
    ("Cat", "a cat", "Cats are known for a wide range of vocalizations, including meows, purrs and hisses.", UNPARSEABLE),
]

NO_SPEECH: list[tuple[str, str]] = [
    ("", EMPTY),
    ("There is no speech in this audio; it contains only birdsong.", ABSTAINED),
    ("The audio does not contain any spoken words. Therefore, there is nothing to transcribe.", ABSTAINED),
    ("<|nospeech|>", ABSTAINED),
    ("1\n00:00:00,000 --> 00:00:05,000\n[MUSIC]", ABSTAINED),
    ("WEBVTT\n\n00:00.000 --> 00:04.000\n(wind noise)", ABSTAINED),
    ("WEBVTT\n\n00:00.000 --> 00:03.000\nThanks for watching!", HALLUCINATED),
    ('{"transcript": "", "language": "en", "note": "no speech detected"}', ABSTAINED),
    ('{"text": "Please subscribe to my channel.", "language": "en"}', HALLUCINATED),
    ("Transcription: (none)\nTranslation: (none)", ABSTAINED),
    ("Sous-titres réalisés par la communauté d'Amara.org", HALLUCINATED),
    ("字幕由Amara.org社区提供", HALLUCINATED),
    ("Hmm, I don't hear anyone talking. It just sounds like rain on a window.", ABSTAINED),
    ("这段音频没有人说话。(No one speaks in this audio.)", ABSTAINED),
    ('Transcript: "Okay."', HALLUCINATED),
    ("I'm sorry, I can only transcribe speech, and this recording is a dog barking.", ABSTAINED),
    ("Let me analyze. The audio contains a steady hum and occasional clicks. No human voice is present.\n"
     "Final transcript: N/A", ABSTAINED),
    ("Speaker 0 [00:00-00:04]: Mm-hmm.", HALLUCINATED),
    ("🎵 (instrumental) 🎵", ABSTAINED),
    ("you", HALLUCINATED),
    ("Transcript: nothing intelligible, just static and a few clicks.", ABSTAINED),
    ("## Transcription\n\n*No speech detected.*\n\n## Audio description\nA fan whirs steadily.", ABSTAINED),
    ('"Hello? Hello?"\n\n(Translation: not needed.)', HALLUCINATED),
    ("I can hear a washing machine spinning, but nobody says anything.", ABSTAINED),
    ("Answer: There is no speech.", ABSTAINED),
    ("Transcript: Uh, so, yeah.", HALLUCINATED),
    ("1. Speech: absent\n2. Music: absent\n3. Other: vacuum cleaner", ABSTAINED),
    ("[BLANK_AUDIO]", ABSTAINED),
    ("Thank you. (The audio is mostly silence, so this may be a mis-detection.)", HALLUCINATED),
]

COUNTS: list[tuple[str, int | str]] = []

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("Three barks, then a pause, then two more: five in total.", 5, "a dog barking"),
    ("I count 4 knocks, or maybe 5; the last one is faint.", ABSTAIN, "knocking"),
    ("Somewhere between three and five honks.", ABSTAIN, "a car horn"),
    ("Let me count the beeps: beep (0.5 s), beep (1.5 s), beep (2.5 s).\nFinal answer: 3", 3, "beeps"),
    ("Answer: C (4 times)", 4, "a bell ringing"),
    ("The dog barks six times. Correction: seven; I missed one overlapping the car horn.", 7, "a dog barking"),
    ("Gunshots: 2 (timestamps 0:01.2, 0:03.8)", 2, "gunshots"),
    ('{"event": "cough", "count": 3}', 3, "coughing"),
    ("Two? Three? It's hard to count when they overlap.", ABSTAIN, "hand claps"),
    ("No knocks at all.", 0, "knocking"),
    ("Okay so I heard, um, the doorbell ring, one, two, yeah, twice.", 2, "a doorbell"),
    ("I'm unable to listen to audio, so I can't count the barks.", ABSTAIN, "a dog barking"),
    ("Il y a trois coups de sifflet. (There are three whistle blasts.)", 3, "a whistle"),
    ("The rooster crows once at dawn, and the hens cluck many times.", 1, "a rooster crowing"),
    ("Step 1: locate the claps. Step 2: there are claps at 0.2 s, 0.9 s, 1.6 s and 2.4 s.\nFinal count: four.", 4,
     "clapping"),
    ("The phone rings 3 times before someone picks up and says hello twice.", 3, "a phone ringing"),
    ("At least four thunderclaps, possibly more.", ABSTAIN, "thunder"),
]
