"""Second DEV table of answer pairs for ``expect.consistent`` (issue 22): the lead reads it and tunes on it.

Written by helper h27 on 2026-12-06 (about 22:45 UTC) without opening any scoring code or held-out table,
labelled by reading. Each row is two answers an audio LLM (Qwen2-Audio, SALMONN, Gemini, GPT-4o, Voxtral, Kimi-Audio,
or a small cascade that copies classifier labels) could give about ONE clip to the same question, once on clean and
once on noisy audio: ``(output, other, same_meaning, kind)``. It aims at shapes the first dev table
(tests/_dev_answer_pairs.py) has few of. ``same_meaning`` is True when a listener would take both answers to say the
same thing about the clip: a 3-5 sentence description vs a one-liner, markdown bullets vs prose, an added guess at
the scene or cause, the sound named by its source vs by its action, hedged vs plain, other verbs for one sound, JSON
vs a sentence, "Answer: yes. Reason: ..." vs "Yes, because ...", speaker described at other lengths, reported speech
paraphrased in other words, timestamps or confidence numbers in one answer only, another closing remark about audio
quality. False when the answer flips: another sound of the same family, approaching vs leaving, starting vs stopping,
inside vs outside, one vs many sources, definite vs "can't tell", the speaker's request changed, another speaker
attribute, order swapped with "before"/"after", yes vs no stated after reasoning. This is a DEV table, not a held-out
one: rows may be read, discussed and tuned on.
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, bool, str]] = [
    # ---- same meaning: a long description vs a one-liner ----
    (
        "The recording captures a thunderstorm. There is a long, low rumble of thunder that starts faint and builds "
        "over a few seconds. Steady rain can be heard throughout, hitting what sounds like foliage or the ground. "
        "Toward the end the thunder fades out and only the rain remains.",
        "Thunder and rain.",
        True,
        "answer",
    ),
    (
        "A lawn mower.",
        "This audio clip features a petrol lawn mower running continuously. The engine has a buzzy, slightly "
        "uneven tone, and its pitch dips now and then as if the blades are cutting through thicker grass. "
        "There are no voices or other notable sounds in the clip.",
        True,
        "answer",
    ),
    (
        "In this clip, a person is chopping vegetables on a wooden cutting board. The knife strikes are quick and "
        "regular, with a short pause every few seconds. You can also hear a faint scraping sound, as if the pieces "
        "are being pushed aside with the blade.",
        "Someone chopping food on a cutting board.",
        True,
        "answer",
    ),
    (
        "Sheep bleating.",
        "The main sound source here is sheep. Several bleats can be heard, some higher and some lower, which "
        "suggests a few animals of different ages. Wind noise is present in the background, consistent with an "
        "open field.",
        True,
        "answer",
    ),
    (
        "It's a crowd cheering at a sports event. The cheering swells suddenly, as if a goal or a point was just "
        "scored, and a horn or vuvuzela blasts in the middle of it. After about five seconds the noise settles "
        "into a general murmur of the crowd.",
        "A stadium crowd erupts in cheers.",
        True,
        "answer",
    ),
    (
        "A helicopter flying.",
        "The dominant sound is the rhythmic thumping of helicopter rotor blades, accompanied by the whine of its "
        "turbine engine. The sound stays at a fairly constant level for the whole clip, so the helicopter seems to "
        "be hovering or circling rather than passing by.",
        True,
        "answer",
    ),
    # ---- same meaning: markdown bullet list vs prose ----
    (
        "**Sound events detected:**\n- Glass clinking\n- Cutlery on plates\n- Background chatter from many people\n- Soft music",
        "I can hear glasses clinking and knives and forks on plates, with lots of people chatting and some quiet "
        "music playing underneath.",
        True,
        "answer",
    ),
    (
        "The clip has a clock ticking steadily, and about halfway through an alarm starts beeping.",
        "Here's what I hear:\n\n* **Ticking clock** – steady, throughout the clip\n* **Alarm beeps** – begin around the middle",
        True,
        "answer",
    ),
    (
        "### Audio description\n1. **Main source:** a fountain or stream — continuous running water\n2. **Secondary:** "
        "birds chirping occasionally\n3. **Speech:** none",
        "Water is flowing continuously, like a stream or a fountain, and a few birds chirp now and then. Nobody speaks.",
        True,
        "answer",
    ),
    (
        "A motorbike revs its engine a few times and then a man shouts something I can't make out.",
        "- Motorcycle engine revving (several times)\n- Then a male voice shouting (words unclear)",
        True,
        "answer",
    ),
    (
        "Key observations:\n• Speaker: adult female\n• Language: Spanish\n• Tone: friendly, conversational",
        "A woman is speaking Spanish in a friendly, chatty way.",
        True,
        "answer",
    ),
    # ---- same meaning: one answer adds a guess at the place or the cause ----
    (
        "A kettle whistles.",
        "There's a kettle whistling loudly — probably in a kitchen, and someone is likely making tea.",
        True,
        "answer",
    ),
    (
        "I can hear an announcement over a loudspeaker and the hum of many people walking and talking.",
        "This sounds like a train station or an airport: a public address announcement plays over a busy crowd "
        "of people moving around and talking.",
        True,
        "answer",
    ),
    (
        "Pots and pans are clattering and something is sizzling.",
        "Pots and pans clatter while something sizzles. It seems someone is cooking dinner, maybe in a "
        "restaurant kitchen given how busy it sounds.",
        True,
        "answer",
    ),
    (
        "A smoke alarm is beeping.",
        "A smoke detector is going off with loud, repeated beeps. Perhaps someone burnt something while cooking, "
        "or its battery is low.",
        True,
        "answer",
    ),
    (
        "There are children shouting and laughing, and a ball bouncing.",
        "Kids are shouting and laughing while a ball bounces — it sounds like a school playground during break time.",
        True,
        "answer",
    ),
    (
        "A drill is running in short bursts.",
        "Someone is using a power drill in short bursts; my guess is a home renovation, maybe putting up shelves.",
        True,
        "answer",
    ),
    # ---- same meaning: the sound named by its source vs by its action ----
    ("A kettle.", "Water is boiling and bubbling.", True, "answer"),
    ("The sound is a motorcycle.", "An engine is revving hard, like a motorbike's.", True, "answer"),
    ("A door.", "Someone opens a door, which creaks, and then closes it.", True, "answer"),
    ("The audio features a hair dryer.", "Someone is blow-drying their hair.", True, "answer"),
    ("Fireworks.", "A series of loud bangs and crackles, like fireworks exploding in the sky.", True, "answer"),
    ("I think it's a washing machine.", "Laundry is spinning and sloshing around in a machine.", True, "answer"),
    # ---- same meaning: hedge vs plain statement ----
    (
        "From what I can make out, this appears to be a woodpecker tapping on a tree, although the noise in the "
        "recording makes it a little uncertain.",
        "A woodpecker is drumming on a tree.",
        True,
        "answer",
    ),
    ("A cow moos.", "It sounds to me like a cow mooing, if I'm hearing it correctly.", True, "answer"),
    (
        "The speaker is most likely reading a weather forecast.",
        "The speaker reads out a weather forecast.",
        True,
        "answer",
    ),
    (
        "There's a good chance this is a photocopier or printer running; it has that repetitive mechanical whirr-and-clunk.",
        "A printer is printing pages.",
        True,
        "answer",
    ),
    # ---- same meaning: different verbs for one sound ----
    ("Thunder rumbles in the distance.", "Thunder roars far away.", True, "answer"),
    ("A truck engine growls as it idles.", "The truck's engine rumbles while idling.", True, "answer"),
    ("The wind howls around the building.", "Wind is whistling and moaning around the building.", True, "answer"),
    ("A small dog yaps at something.", "A little dog barks sharply at something.", True, "answer"),
    # ---- same meaning: JSON object vs a sentence ----
    (
        '{"sound_events": ["church bells"], "speech": false, "environment": "outdoor"}',
        "Church bells are ringing outdoors, and there's no speech.",
        True,
        "answer",
    ),
    (
        "The speaker is a man who sounds frustrated.",
        '```json\n{\n  "gender": "male",\n  "emotion": "frustrated"\n}\n```',
        True,
        "answer",
    ),
    (
        '{"answer": "yes", "evidence": "a baby cries from about 2s to the end"}',
        "Yes, there's a baby crying, starting a couple of seconds in and continuing to the end.",
        True,
        "answer",
    ),
    (
        '{"count": 3, "event": "gunshot"}',
        "Three gunshots are heard.",
        True,
        "answer",
    ),
    # ---- same meaning: "Answer: yes. Reason: ..." vs "Yes, because ..." ----
    (
        "Answer: Yes.\nReason: A high-pitched, wailing siren rises and falls throughout the second half of the clip.",
        "Yes, because a siren can be heard wailing during the second half.",
        True,
        "answer",
    ),
    (
        "Answer: No. Reason: the only sounds are traffic and wind; there is no human voice.",
        "No, because I only hear cars and wind, not anyone speaking.",
        True,
        "answer",
    ),
    (
        "Yes — the speaker is clearly asking a question, since her pitch rises at the end of the sentence.",
        "**Answer:** Yes\n**Reasoning:** The intonation goes up at the end, which is typical of a question.",
        True,
        "answer",
    ),
    (
        "Answer: no\nExplanation: The clip is entirely instrumental (piano and strings), so there are no lyrics.",
        "No, because it's purely instrumental music — piano and strings with no one singing.",
        True,
        "answer",
    ),
    # ---- same meaning: emotion / speaker described at different lengths ----
    (
        "Anxious.",
        "The speaker sounds anxious. Her voice is slightly shaky, she speaks quickly, and there are several "
        "nervous pauses, which together suggest she's worried about something.",
        True,
        "answer",
    ),
    (
        "The voice belongs to an older man, maybe in his sixties or seventies. He speaks slowly with a slightly "
        "hoarse, gravelly quality, and he has a noticeable Scottish accent.",
        "An elderly Scottish man.",
        True,
        "answer",
    ),
    ("Male, adult, neutral tone.", "It's a grown man speaking in a matter-of-fact, neutral way.", True, "answer"),
    (
        "The child sounds excited.",
        "It's a young child, and they sound really excited — talking fast, giggling, and raising their voice with enthusiasm.",
        True,
        "answer",
    ),
    (
        "Emotion: disgust",
        "The speaker seems disgusted by something; you can hear it in the 'ugh' and the way she drags out the words.",
        True,
        "answer",
    ),
    # ---- same meaning: what the speaker says, paraphrased in other words ----
    (
        "The man is asking whether the shop is still open.",
        "He wants to know if the store has closed yet for the day.",
        True,
        "answer",
    ),
    (
        "The speaker says she can't come to the party because she's sick.",
        "She explains that she's ill and won't be able to make it to the party.",
        True,
        "answer",
    ),
    (
        "The announcer warns passengers not to leave their bags unattended.",
        "It's a station announcement reminding travellers to keep their luggage with them at all times.",
        True,
        "answer",
    ),
    (
        "The caller reports that the heating in her flat has stopped working.",
        "A woman is calling because her apartment's heating is broken.",
        True,
        "answer",
    ),
    (
        "The speaker thanks everyone for coming and says the talk will start in five minutes.",
        "He welcomes the audience, expresses gratitude for their attendance, and tells them the presentation "
        "begins shortly, in about 5 minutes.",
        True,
        "answer",
    ),
    (
        "The woman is telling her son to put his shoes on because they are late.",
        "A mother hurries her boy along, asking him to get his shoes on since they're running behind.",
        True,
        "answer",
    ),
    # ---- same meaning: timestamps in one answer only ----
    (
        "[00:00–00:03] footsteps on gravel\n[00:03–00:07] a car door opens and shuts\n[00:07–00:10] engine starts",
        "Someone walks over gravel, opens and shuts a car door, and starts the engine.",
        True,
        "answer",
    ),
    (
        "A dog barks a few times.",
        "A dog barks at 0:01, 0:02 and 0:04.",
        True,
        "answer",
    ),
    (
        "The speaker coughs once in the middle of her sentence.",
        "At around 00:05, mid-sentence, the speaker coughs once.",
        True,
        "answer",
    ),
    (
        "0.0s-2.5s: speech (male)\n2.5s-6.0s: applause",
        "A man speaks briefly and then the audience applauds.",
        True,
        "answer",
    ),
    # ---- same meaning: confidence numbers in one answer only ----
    (
        "Chainsaw (0.91), Engine (0.62), Outside, rural or natural (0.35)",
        "Someone is running a chainsaw outdoors.",
        True,
        "answer",
    ),
    (
        "The speaker sounds happy.",
        "Predicted emotion: happy (confidence: 78%).",
        True,
        "answer",
    ),
    (
        "Yes, there is a cat meowing. Confidence: 0.85",
        "Yes, I can hear a cat meowing.",
        True,
        "answer",
    ),
    (
        "It's a violin, with about 70% confidence — the noise makes it hard to be fully certain.",
        "A violin is playing.",
        True,
        "answer",
    ),
    # ---- same meaning: a different closing remark about audio quality ----
    (
        "A goat is bleating. The recording is clear and well balanced.",
        "A goat is bleating. Note that the audio is quite noisy and a bit distorted.",
        True,
        "answer",
    ),
    (
        "The man says he has lost his wallet on the bus. The audio quality is good.",
        "The man says he has lost his wallet on the bus. There's some background hiss, but the speech is still intelligible.",
        True,
        "answer",
    ),
    (
        "An electric guitar is playing a distorted riff.",
        "An electric guitar is playing a distorted riff. (The clip is heavily compressed, so fine details are lost.)",
        True,
        "answer",
    ),
    (
        "There's a phone vibrating on a table. Hope this helps!",
        "A phone is vibrating on a table; the low-level static in the recording doesn't affect this.",
        True,
        "answer",
    ),
    # ---- flips: another sound from the same family ----
    (
        "The melody is played on a violin — bright, high-pitched, with some vibrato.",
        "The melody is played on a cello; it has a deep, warm, low tone with some vibrato.",
        False,
        "answer",
    ),
    (
        "I can hear crows cawing, probably from a nearby tree.",
        "I can hear seagulls calling, probably flying somewhere nearby.",
        False,
        "answer",
    ),
    ("Acoustic guitar, Strum", "Ukulele, Strum", False, "answer"),
    (
        "The sound is a fire truck's siren.",
        "The sound is a police car's siren, with the typical fast yelp pattern.",
        False,
        "answer",
    ),
    # ---- flips: approaching vs leaving ----
    (
        "A train approaches from far away, getting louder and louder until it's right next to the microphone.",
        "A train is pulling away; it starts loud and gradually fades into the distance.",
        False,
        "answer",
    ),
    (
        "Footsteps come closer and stop right in front of the recorder.",
        "Footsteps walk away from the recorder and fade out.",
        False,
        "answer",
    ),
    (
        "The plane is coming in to land, growing steadily louder overhead.",
        "The plane is taking off and climbing away, its sound fading as it goes.",
        False,
        "answer",
    ),
    # ---- flips: a sound starting vs stopping ----
    (
        "At the end of the clip the music suddenly stops, leaving only room noise.",
        "At the end of the clip music suddenly starts playing over the room noise.",
        False,
        "answer",
    ),
    (
        "The rain begins partway through; the first few seconds are dry.",
        "It's raining at the start, and then the rain stops partway through.",
        False,
        "answer",
    ),
    (
        "Someone switches the vacuum cleaner on about two seconds in.",
        "The vacuum cleaner is running and then someone switches it off about two seconds in.",
        False,
        "answer",
    ),
    # ---- flips: inside vs outside ----
    (
        "This was recorded indoors — there's a noticeable room echo and the traffic sounds muffled through a window.",
        "This was recorded outdoors, right next to a busy street; the traffic is loud and there's no room echo.",
        False,
        "answer",
    ),
    (
        "The conversation takes place inside a car, with the engine hum and road noise around them.",
        "The two people are talking outside on the pavement while cars drive past.",
        False,
        "answer",
    ),
    (
        "Environment: indoor (small room)",
        "The acoustics suggest an open outdoor space, perhaps a park.",
        False,
        "answer",
    ),
    # ---- flips: one vs many sources ----
    (
        "A single dog is barking.",
        "Several dogs are barking at once, it sounds like a whole pack.",
        False,
        "answer",
    ),
    (
        "One person is clapping slowly.",
        "A whole audience is clapping.",
        False,
        "answer",
    ),
    (
        "It's a solo singer, a woman, singing without accompaniment.",
        "It's a choir singing a cappella, with many voices in harmony.",
        False,
        "answer",
    ),
    # ---- flips: a definite answer vs "I can't tell" ----
    (
        "The speaker is speaking German.",
        "I'm unable to identify the language — the speech is buried under too much noise.",
        False,
        "answer",
    ),
    (
        "Yes, there are footsteps on a wooden floor.",
        "I can't say for sure whether there are footsteps; there are some thumps, but they could be anything.",
        False,
        "answer",
    ),
    (
        "The sound is a blender running.",
        "Sorry, I can't identify this sound with any confidence. It could be a blender, a drill, or some other motor.",
        False,
        "answer",
    ),
    # ---- flips: the speaker's request changed ----
    (
        "The caller would like to book a table for four people on Saturday evening.",
        "The caller would like to cancel her table for four on Saturday evening.",
        False,
        "answer",
    ),
    (
        "He is asking the assistant to turn the lights on in the living room.",
        "He is asking the assistant to turn the lights off in the living room.",
        False,
        "answer",
    ),
    (
        "The customer wants to upgrade her phone plan to unlimited data.",
        "The customer wants to downgrade to a cheaper plan with less data.",
        False,
        "answer",
    ),
    # ---- flips: another speaker attribute ----
    (
        "The speaker has a strong American Southern accent.",
        "The speaker has a clear British accent, something like Received Pronunciation.",
        False,
        "answer",
    ),
    (
        "He is whispering throughout the clip.",
        "He is shouting throughout the clip.",
        False,
        "answer",
    ),
    (
        "The speaker sounds like a teenager, maybe 15 or 16.",
        "The speaker sounds like an adult, probably in their forties.",
        False,
        "answer",
    ),
    # ---- flips: order swapped, said with "before" / "after" ----
    (
        "The glass shatters before the woman screams.",
        "The woman screams, and after that the glass shatters.",
        False,
        "answer",
    ),
    (
        "The doorbell rings after the dog starts barking.",
        "The dog starts barking after the doorbell rings.",
        False,
        "answer",
    ),
    (
        "Before the applause, the speaker says 'thank you'.",
        "The speaker only says 'thank you' after the applause has begun.",
        False,
        "answer",
    ),
    # ---- flips: yes vs no given after the reasoning ----
    (
        "Let me think about this. There's a repeated high-pitched chirping throughout the clip, and it has the "
        "steady rhythm of a cricket rather than a bird. So the answer is no, there are no birds in this recording.",
        "There's a repeated high-pitched chirping throughout the clip with a sing-song pattern, which is typical "
        "of a small songbird. So yes, a bird can be heard.",
        False,
        "answer",
    ),
    (
        "The voice is calm and steady, the volume stays low, and the words are spoken slowly; therefore, no, "
        "the speaker does not sound angry.",
        "Her volume jumps suddenly, she speaks through clenched teeth and stresses every word. Taking all of "
        "this into account: yes, she sounds angry.",
        False,
        "answer",
    ),
    (
        "Step 1: identify the sounds — an engine, tyres on a wet road, a horn. Step 2: check for a siren — none "
        "of these is a siren. Final answer: No.",
        "Step 1: identify the sounds — an engine, tyres on a wet road, a rising and falling wail. Step 2: the "
        "wail matches an emergency siren. Final answer: Yes.",
        False,
        "answer",
    ),
    (
        "Although the recording is quite noisy, I can make out two distinct voices taking turns. So, to answer "
        "your question, yes, more than one person is speaking.",
        "Although the recording is noisy, the voice has the same pitch and timbre throughout and there are no "
        "turn changes. So, to answer your question, no — only one person is speaking.",
        False,
        "answer",
    ),
]
