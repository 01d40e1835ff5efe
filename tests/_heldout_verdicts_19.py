"""Yes/no answer table, held-out 19 (90 rows): is the asked sound in the recording?

HELD-OUT: score it for totals only. Never read its misses and never edit a row to make it pass.

This is the yes/no table pair 22 (dev) / held-out 19, written blind for issue 22 without reading
the reader or any earlier table, from one pool of 180 replies split by random.Random(2219):
within each label the rows were shuffled and alternate rows went to tests/_dev_answers_22.py
(even index) and to this held-out table (odd index).

Label definitions (what a careful human reads the reply as saying about the target asked; the question was
"Is there <phrase> in this recording?"):
- YES: the asked sound is there.
- NO: the asked sound is not there.
- ABSTAIN: the reply hedges, gives odds, cannot tell, or says it cannot hear audio.
- UNPARSEABLE: no answer about the target: off topic, a transcript, metadata, a question back, the question
  echoed.

Rows are (label, phrase, reply, expected): label is an AudioSet display name, phrase is how the question named
the target, reply is what an audio LLM answered, expected is the reading above.

Styles imitated: Qwen2-Audio and Qwen2.5-Omni (short sentences), SALMONN (caption then answer), Gemini and
GPT-4o-audio (longer explanations, markdown), Voxtral, Kimi-Audio, Step-Audio, Audio Flamingo, small
instruction-tuned LLMs behind a Whisper ASR cascade ("the transcript I received..."), product voice assistants;
one word to a paragraph, bullets, tables, JSON, typos, replies in Chinese, Spanish, German and French now and
then.
Shapes mixed (yes and no in each): plain answers of every length; the target's word used for something that is
not the sound (food, game, idiom, object, clothing, name, team, a person doing something); the source present
but not making the asked sound, and the asked sound made by its source described in other words; a related
sound named instead (sibling species, another bell/horn/alarm/instrument) and corrections; reasoning before a
final answer, including reasoning that changes its mind; hedges, odds, "can't confirm", "I can't listen to
audio"; negation scope and contrast ("no doubt", "not only", "neither ... nor"); lists, tables, JSON with
present/absent fields; sounds that start or stop mid-clip, or are only mentioned or discussed by speakers.
"""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    (
        'Siren',
        'a siren',
        'Sí, se escucha una sirena de ambulancia que se acerca y luego se aleja.',
        YES,
    ),
    (
        'Purr',
        'a cat purring',
        'Yes, a continuous soft purring, very close to the microphone — probably a cat lying on the recorder.',
        YES,
    ),
    (
        'Cough',
        'someone coughing',
        '| Sound | Present |\n|---|---|\n| Coughing | ✅ Yes |\n| Speech | ✅ Yes |\n| Music | ❌ No |',
        YES,
    ),
    (
        'Police car (siren)',
        'a police siren',
        "This isn't an ambulance or a fire truck; it's a police car siren, the wail-yelp pattern. So yes.",
        YES,
    ),
    (
        'Siren',
        'a siren',
        "There's no doubt about it — a siren is blaring.",
        YES,
    ),
    (
        'Baby cry, infant cry',
        'a baby crying',
        'Heads up: I detected a baby crying in the nursery recording.',
        YES,
    ),
    (
        'Waves, surf',
        'waves',
        'The audio features the sound of ocean waves crashing against the shore, with seagulls calling overhead. '
        'Yes.',
        YES,
    ),
    (
        'Chainsaw',
        'a chainsaw',
        "No mistaking it: that's a chainsaw.",
        YES,
    ),
    (
        'Piano',
        'a piano',
        'Yes, there is a piano playing a slow melody in a minor key.',
        YES,
    ),
    (
        'Dog',
        'a dog barking',
        "Yes — a dog barks twice near the start. Someone also mentions buying hot dogs, but that's unrelated; the "
        'barking itself is clearly audible.',
        YES,
    ),
    (
        'Frog',
        'frogs',
        'Not only frogs — there are crickets and a distant owl too. The frogs are croaking loudly throughout.',
        YES,
    ),
    (
        'Dog',
        'a dog barking',
        'Yes.',
        YES,
    ),
    (
        'Chirp, tweet',
        'birds chirping',
        'Yes, there are birds chirping in this recording.',
        YES,
    ),
    (
        'Goose',
        'geese',
        'Yes. A flock of geese honking as they fly over.',
        YES,
    ),
    (
        'Siren',
        'a siren',
        'Yes — a wailing siren rises and falls throughout the clip, getting louder as it approaches.',
        YES,
    ),
    (
        'Vehicle horn, car horn, honking',
        'a car horn',
        'Yes. Two short honks from a car horn at around 4 seconds, followed by traffic noise.',
        YES,
    ),
    (
        'Applause',
        'applause',
        "Oui, on entend des applaudissements nourris à la fin de l'enregistrement.",
        YES,
    ),
    (
        'Moo',
        'a cow mooing',
        'The animal vocalizing is a cow — long, low moos. Yes.',
        YES,
    ),
    (
        'Smoke detector, smoke alarm',
        'a smoke alarm',
        'Let me think. The sound might be a single low-battery chirp repeating every ~40 seconds... actually no, '
        "it's a continuous loud beeping, three beeps then a pause, which is what a smoke alarm does when "
        'triggered. Answer: yes.',
        YES,
    ),
    (
        'Whale vocalization',
        'whale sounds',
        '是的。录音里有鲸鱼的叫声，低沉而悠长，像是座头鲸的歌声。',
        YES,
    ),
    (
        'Bagpipes',
        'bagpipes',
        'yes bagpipes (sounds like a pipe band playing Amazing Grace)',
        YES,
    ),
    (
        'Fireworks',
        'fireworks',
        'Yes. The recording contains a series of fireworks: you can hear the whistle of rockets launching, '
        'followed by loud bangs and crackling bursts. A crowd can be heard cheering in between, which suggests a '
        "public display, possibly New Year's Eve or a national holiday.",
        YES,
    ),
    (
        'Owl',
        'an owl hooting',
        "At first the low repeated tone sounds like a dove cooing, but the rhythm — a deep 'hoo, hoo-hoo, hooo' — "
        'is characteristic of a great horned owl. Final answer: yes, there is an owl hooting.',
        YES,
    ),
    (
        'Kettle whistle',
        'a kettle whistling',
        'Yes — the kettle starts whistling around the 5-second mark and gets louder.',
        YES,
    ),
    (
        'Doorbell',
        'a doorbell',
        "Sounds like someone's at the door! I heard a doorbell ring twice.",
        YES,
    ),
    (
        'Screaming',
        'screaming',
        'yes, a few people scream (sounds like a roller coaster drop)',
        YES,
    ),
    (
        'Lawn mower',
        'a lawn mower',
        'Yes, but only in the second half — a lawn mower starts up around 0:06 and runs until the recording ends.',
        YES,
    ),
    (
        'Motorcycle',
        'a motorcycle',
        'YES\n\nA motorcycle accelerates past, the engine note rising then dropping (Doppler effect).',
        YES,
    ),
    (
        'Bee, wasp, etc.',
        'bees buzzing',
        "Yes; the constant buzzing is from bees, likely near a hive, as it's dense and layered.",
        YES,
    ),
    (
        'Whistling',
        'someone whistling',
        'A man is whistling a cheerful tune while he walks. Yes.',
        YES,
    ),
    (
        'Cello',
        'a cello',
        "Yes. The low bowed line under the piano is a cello, not a double bass — it's too high and singing for "
        'that.',
        YES,
    ),
    (
        'Helicopter',
        'a helicopter',
        '{"target": "helicopter", "present": true, "confidence": 0.93, "timestamps": [[0.0, 10.0]]}',
        YES,
    ),
    (
        'Church bell',
        'church bells',
        'Yes, church bells can be heard ringing in the background, tolling slowly about six times.',
        YES,
    ),
    (
        'Fire alarm',
        'a fire alarm',
        'Yes, a fire alarm is sounding — a repeating three-beep pattern (the standard temporal-3 evacuation '
        'signal).',
        YES,
    ),
    (
        'Vacuum cleaner',
        'a vacuum cleaner',
        'Yes. A vacuum cleaner is running at the start and is switched off at about 3 seconds; the rest is quiet '
        'room tone.',
        YES,
    ),
    (
        'Chicken, rooster',
        'a rooster crowing',
        'The clip opens with a loud cock-a-doodle-doo from a male chicken, then some clucking hens. So yes.',
        YES,
    ),
    (
        'Fire alarm',
        'a fire alarm',
        'No. The two speakers discuss testing the fire alarm next Tuesday, but no alarm actually goes off in the '
        'recording.',
        NO,
    ),
    (
        'Dog',
        'a dog barking',
        'No dogs barking. A man is talking about grilling hot dogs at a barbecue, and you can hear the grill '
        'sizzling.',
        NO,
    ),
    (
        'Lawn mower',
        'a lawn mower',
        'No. Someone pulls the starter cord of a lawn mower three times, but the engine never catches.',
        NO,
    ),
    (
        'Toilet flush',
        'a toilet flushing',
        'no toilet flush, its a sink runing',
        NO,
    ),
    (
        'Rain',
        'rain',
        "No rain sound. The speaker says 'it never rains but it pours' when talking about work, but the only "
        'sounds are her voice and a ticking clock.',
        NO,
    ),
    (
        'Bee, wasp, etc.',
        'bees buzzing',
        "No. The speaker is a kid describing her bee costume for Halloween; there's no buzzing.",
        NO,
    ),
    (
        'Horse',
        'a horse',
        'No. The braying is from a donkey, not a horse.',
        NO,
    ),
    (
        'Piano',
        'a piano',
        '{"present": ["acoustic guitar", "male vocals", "tambourine"], "absent": ["piano", "drums"]}',
        NO,
    ),
    (
        'Baby cry, infant cry',
        'a baby crying',
        "I didn't hear a baby crying. Everything sounds quiet in the nursery.",
        NO,
    ),
    (
        'Rain',
        'rain',
        '没有，录音里没有下雨的声音，只有风声和远处的车流声。',
        NO,
    ),
    (
        'Train',
        'a train',
        "At first I wondered if the rumble was a distant train, but it's steady and has no wheel clatter or horn; "
        "it's highway traffic. So no, there's no train.",
        NO,
    ),
    (
        'Helicopter',
        'a helicopter',
        'No. What sounds like rotor thumping is actually a washing machine on spin cycle.',
        NO,
    ),
    (
        'Laughter',
        'laughter',
        '**No.** Nobody laughs; the audience is silent throughout the speech.',
        NO,
    ),
    (
        'Bell',
        'a bell',
        'No bell is heard; someone is chopping a bell pepper on a cutting board.',
        NO,
    ),
    (
        'Goose',
        'geese',
        'No, those are ducks quacking, not geese honking.',
        NO,
    ),
    (
        'Chainsaw',
        'a chainsaw',
        'No. Lo que se oye es una moto de cross, no una motosierra.',
        NO,
    ),
    (
        'Kettle whistle',
        'a kettle whistling',
        "No, the kettle is boiling — you can hear the bubbling — but it's an electric one and clicks off without "
        'whistling.',
        NO,
    ),
    (
        'Chirp, tweet',
        'birds chirping',
        'No, there are no birds chirping in this audio.',
        NO,
    ),
    (
        'Fireworks',
        'fireworks',
        'No — that single pop is a car backfiring, not fireworks.',
        NO,
    ),
    (
        'Piano',
        'a piano',
        "No. The speaker is talking about his piano lessons as a kid, but there's no actual piano playing — just "
        'speech.',
        NO,
    ),
    (
        'Siren',
        'a siren',
        "Step 1: The rising-falling tone at 0:02 could be a siren.\nStep 2: But it's short, repeats exactly, and "
        "has a musical timbre — it's a synth in a pop track.\nStep 3: No traffic or Doppler shift.\nConclusion: No.",
        NO,
    ),
    (
        'Church bell',
        'church bells',
        "No. It's a bicycle bell, rung twice.",
        NO,
    ),
    (
        'Church bell',
        'church bells',
        'No, there are no church bells in this recording.',
        NO,
    ),
    (
        'Rain',
        'rain',
        "No. It's wind blowing through trees, not rain.",
        NO,
    ),
    (
        'Owl',
        'an owl hooting',
        "The soft 'hoo-hoo' at first suggests an owl. However, the two-note pattern with the rising second "
        "syllable, repeated in sets of five, matches a mourning dove. Final answer: no, it's a dove, not an owl.",
        NO,
    ),
    (
        'Church bell',
        'church bells',
        'Nein, keine Kirchenglocken. Man hört nur Straßenverkehr und Stimmen.',
        NO,
    ),
    (
        'Roaring cats (lions, tigers)',
        'a lion roaring',
        "No lion. A man says 'the Lions scored again' while watching a football game on TV; there's crowd noise "
        'from the broadcast, but no roaring animal.',
        NO,
    ),
    (
        'Waves, surf',
        'waves',
        'No. Although the steady whooshing might resemble surf at first, it is actually a constant broadband noise '
        'from an air conditioning unit or ventilation fan; there is no rhythmic rise and fall that waves would '
        'produce, and no other beach sounds such as gulls or voices in the distance.',
        NO,
    ),
    (
        'Crying, sobbing',
        'someone crying',
        "No. A man says 'I could cry' as a joke, and everyone laughs, but no one actually cries.",
        NO,
    ),
    (
        'Dog',
        'a dog barking',
        "There is a dog in the recording — you can hear it panting and its tags jingling — but it doesn't bark at "
        'any point. So no.',
        NO,
    ),
    (
        'Chainsaw',
        'a chainsaw',
        'No chainsaw. The sound is a leaf blower — similar two-stroke engine but steady, with no cutting load.',
        NO,
    ),
    (
        'Screaming',
        'screaming',
        "Absolutely not — it's a calm lecture; the only voice is the professor's.",
        NO,
    ),
    (
        'Frog',
        'frogs',
        '| Sound | Present? |\n|---|---|\n| Frogs | Unclear |\n| Crickets | Yes |',
        ABSTAIN,
    ),
    (
        'Whale vocalization',
        'whale sounds',
        "Possibly — I'd put it at 50/50. The low moans resemble whale song but could be a ship's hull creaking.",
        ABSTAIN,
    ),
    (
        'Helicopter',
        'a helicopter',
        'Schwer zu sagen – das Knattern könnte ein Hubschrauber sein, aber auch ein Traktor.',
        ABSTAIN,
    ),
    (
        'Cough',
        'someone coughing',
        "I can't be certain. There's a brief sound at 0:03 that might be a cough or just a bump on the microphone.",
        ABSTAIN,
    ),
    (
        'Cat',
        'a cat meowing',
        'The transcript I received only contains speech, so I have no way of knowing whether a cat meowed in the '
        'recording.',
        ABSTAIN,
    ),
    (
        'Rain',
        'rain',
        "It's hard to tell. The hiss could be rain, or it could just be tape noise.",
        ABSTAIN,
    ),
    (
        'Mosquito',
        'a mosquito',
        'Uncertain.',
        ABSTAIN,
    ),
    (
        'Owl',
        'an owl hooting',
        'Je ne peux pas écouter les fichiers audio, donc je ne peux pas répondre.',
        ABSTAIN,
    ),
    (
        'Doorbell',
        'a doorbell',
        "Sorry, I'm not able to analyze sounds in recordings yet.",
        ABSTAIN,
    ),
    (
        'Bee, wasp, etc.',
        'bees buzzing',
        "It could be bees buzzing, or a small electric motor. Without more context I can't tell.",
        ABSTAIN,
    ),
    (
        'Church bell',
        'church bells',
        'Probability of church bells: 0.55',
        ABSTAIN,
    ),
    (
        'Snoring',
        'snoring',
        'I cannot determine whether snoring is present; the audio appears to be heavily compressed and mostly '
        'silent.',
        ABSTAIN,
    ),
    (
        'Thunder',
        'thunder',
        '无法确定。低频的隆隆声可能是雷声，也可能是远处的卡车。',
        ABSTAIN,
    ),
    (
        'Violin, fiddle',
        'a violin',
        'Vielen Dank fürs Zuhören, bis zum nächsten Mal!',
        UNPARSEABLE,
    ),
    (
        'Gunshot, gunfire',
        'gunshots',
        'Genre: Hip-hop\nTempo: 92 BPM\nKey: F minor',
        UNPARSEABLE,
    ),
    (
        'Crow',
        'a crow',
        '<|en|><|transcribe|> thank you for watching',
        UNPARSEABLE,
    ),
    (
        'Laughter',
        'laughter',
        'Why do you ask? Were you expecting someone to laugh?',
        UNPARSEABLE,
    ),
    (
        'Thunder',
        'thunder',
        '这段音频的标题是“夏日傍晚”，时长约十秒。',
        UNPARSEABLE,
    ),
    (
        'Church bell',
        'church bells',
        'Duration: 10.0 s | Sample rate: 16 kHz | Channels: 1',
        UNPARSEABLE,
    ),
    (
        'Baby cry, infant cry',
        'a baby crying',
        'Question: Is there a baby crying in this recording?\nAnswer:',
        UNPARSEABLE,
    ),
    (
        'Horse',
        'a horse',
        'Pouvez-vous préciser la question ?',
        UNPARSEABLE,
    ),
    (
        'Piano',
        'a piano',
        'The mood of this recording is calm and reflective, suitable for meditation.',
        UNPARSEABLE,
    ),
]
