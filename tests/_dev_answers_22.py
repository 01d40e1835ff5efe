"""Yes/no answer table 22, dev half (90 rows): is the asked sound in the recording?

This is the yes/no table pair 22 (dev) / held-out 19, written blind for issue 22 without reading
the reader or any earlier table, from one pool of 180 replies split by random.Random(2219):
within each label the rows were shuffled and alternate rows went to this dev table (even index)
and to tests/_heldout_verdicts_19.py (odd index).

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
        'Trumpet',
        'a trumpet',
        "There's no saxophone or trombone here, but yes, a trumpet plays the main melody.",
        YES,
    ),
    (
        'Guitar',
        'a guitar',
        'Answer: YES. An acoustic guitar is being strummed.',
        YES,
    ),
    (
        'Laughter',
        'laughter',
        'Sounds detected:\n- Male speech\n- Laughter (a group laughing at 0:07)\n- Clinking glasses\n\nSo yes, '
        'laughter is present.',
        YES,
    ),
    (
        'Ambulance (siren)',
        'an ambulance siren',
        "Sí. Es una sirena de ambulancia, con el típico patrón 'yelp' de Estados Unidos.",
        YES,
    ),
    (
        'Chainsaw',
        'a chainsaw',
        '**Answer:** Yes\n\n**Details:** A two-stroke chainsaw engine revs up at 0:03 and cuts through wood until '
        'the end of the clip.',
        YES,
    ),
    (
        'Baby cry, infant cry',
        'a baby crying',
        'I hear an infant wailing and sobbing intermittently while a woman tries to soothe it, so the answer is '
        'yes.',
        YES,
    ),
    (
        'Horse',
        'a horse',
        'Yes, I can hear hooves clip-clopping on pavement and a horse snorting and neighing once near the end.',
        YES,
    ),
    (
        'Crying, sobbing',
        'someone crying',
        'Yes. A woman is sobbing quietly while someone else speaks to her.',
        YES,
    ),
    (
        'Baby laughter',
        'a baby laughing',
        'A baby giggles and laughs several times as an adult plays peekaboo. So, yes.',
        YES,
    ),
    (
        'Dog',
        'a dog barking',
        '是的，录音中可以听到狗叫声，大约在第5秒左右。',
        YES,
    ),
    (
        'Accordion',
        'an accordion',
        'Yes, an accordion is playing a musette waltz; it sounds like a street performer in Paris.',
        YES,
    ),
    (
        'Train',
        'a train',
        "I can't say it isn't a train: the rhythmic clack of wheels over rail joints and the horn at the end make "
        'it unmistakable. Yes.',
        YES,
    ),
    (
        'Singing',
        'singing',
        'Ja. Eine Frauenstimme singt ein Volkslied, begleitet von einer Gitarre.',
        YES,
    ),
    (
        'Violin, fiddle',
        'a violin',
        "Yes, a solo violin. It's playing what sounds like a Bach partita.",
        YES,
    ),
    (
        'Mosquito',
        'a mosquito',
        'Yes — that high-pitched whine that fades in and out is a mosquito flying close to the mic.',
        YES,
    ),
    (
        'Piano',
        'a piano',
        'Yes — a piano plays. (The speaker also mentions his grand piano lessons, but the instrument itself is '
        'audible, playing scales.)',
        YES,
    ),
    (
        'Thunder',
        'thunder',
        'yes ther is thunder, a big rumble at arround 7 sec',
        YES,
    ),
    (
        'Thunder',
        'thunder',
        'Ja, im Hintergrund ist deutlich Donnergrollen zu hören.',
        YES,
    ),
    (
        'Siren',
        'a siren',
        "Yes. One of the speakers says 'is that an ambulance?' and right after that you can actually hear a siren "
        'passing.',
        YES,
    ),
    (
        'Cricket',
        'crickets',
        "Crickets chirping throughout, yes - it's a night recording.",
        YES,
    ),
    (
        'Crow',
        'a crow',
        "Yes. Several harsh 'caw caw' calls from a crow are audible over light wind.",
        YES,
    ),
    (
        'Typing',
        'typing',
        'yes - rapid keyboard typing, mechanical keys from the sound of it',
        YES,
    ),
    (
        'Gull, seagull',
        'seagulls',
        'Oui, on entend des mouettes qui crient au-dessus de la plage.',
        YES,
    ),
    (
        'Church bell',
        'church bells',
        "I initially thought the ringing was a gong, but listening again there's a clear tolling pattern from a "
        'tower — church bells. Yes.',
        YES,
    ),
    (
        'Jackhammer',
        'a jackhammer',
        '### Result\n- **Jackhammer:** present (continuous pneumatic hammering, 0:00–0:09)\n- **Speech:** faint '
        'shouting\n- **Traffic:** yes',
        YES,
    ),
    (
        'Crow',
        'a crow',
        "Not a raven, as I first thought — the calls are too high-pitched and nasal for that. It's an American "
        'crow. So yes.',
        YES,
    ),
    (
        'Knock',
        'knocking',
        'Yes — three firm knocks on a wooden door, then a pause, then two more.',
        YES,
    ),
    (
        'Speech',
        'anyone talking',
        'Yes — someone says "okay, let\'s get started, everyone take a seat."',
        YES,
    ),
    (
        'Cat',
        'a cat meowing',
        'Yep, a cat meows a few times.',
        YES,
    ),
    (
        'Dog',
        'a dog barking',
        '```json\n{"detected_sounds": ["dog barking", "wind", "footsteps"], "answer": "yes"}\n```',
        YES,
    ),
    (
        'Snoring',
        'snoring',
        "It's not loud, but there is definitely someone snoring.",
        YES,
    ),
    (
        'Drum kit',
        'drums',
        'Yes, a full drum kit: kick, snare and hi-hat, at roughly 120 BPM.',
        YES,
    ),
    (
        'Telephone bell ringing',
        'a phone ringing',
        'Yes — an old-style landline phone is ringing, the classic double bell ring, four times before someone '
        'picks up.',
        YES,
    ),
    (
        'Rain',
        'rain',
        'yes, steady rain on what sounds like a tin roof',
        YES,
    ),
    (
        'Rain',
        'rain',
        "Mostly it's traffic, but underneath everything there's the hiss of rain and tires on wet asphalt, so yes, "
        "it's raining.",
        YES,
    ),
    (
        'Gunshot, gunfire',
        'gunshots',
        'Definitely. Three sharp gunshots in quick succession, with echo off nearby buildings.',
        YES,
    ),
    (
        'Jackhammer',
        'a jackhammer',
        "No jackhammer. It's a woodpecker drumming on a hollow tree.",
        NO,
    ),
    (
        'Thunder',
        'thunder',
        "The weather reporter says 'thunderstorms are expected later tonight', but there's no thunder in the audio "
        'itself. So: no.',
        NO,
    ),
    (
        'Duck',
        'ducks',
        "No ducks. The kids are playing 'Duck, Duck, Goose' in a schoolyard — it's children shouting and running.",
        NO,
    ),
    (
        'Siren',
        'a siren',
        'Nein. Das ist kein Martinshorn, sondern eine Kirchenglocke.',
        NO,
    ),
    (
        'Dog',
        'a dog barking',
        'No.',
        NO,
    ),
    (
        'Chicken, rooster',
        'chickens',
        'No live chickens — someone is frying chicken in a skillet and talking about the recipe.',
        NO,
    ),
    (
        'Violin, fiddle',
        'a violin',
        '不是小提琴，是二胡的声音。所以答案是否定的。',
        NO,
    ),
    (
        'Dog',
        'a dog barking',
        'No, no hay ningún perro ladrando. Solo se oye a un gato maullando.',
        NO,
    ),
    (
        'Car alarm',
        'a car alarm',
        'No, there is no car alarm going off.',
        NO,
    ),
    (
        'Siren',
        'a siren',
        '{"sound": "siren", "present": false, "confidence": 0.97}',
        NO,
    ),
    (
        'Thunder',
        'thunder',
        "Non, pas de tonnerre. Le grondement vient d'un camion qui passe.",
        NO,
    ),
    (
        'Gunshot, gunfire',
        'gunshots',
        'No gunshots.',
        NO,
    ),
    (
        'Siren',
        'a siren',
        'No siren is audible; the clip contains only indoor conversation and dishes clinking.',
        NO,
    ),
    (
        'Cricket',
        'crickets',
        "No crickets — it's a radio commentary of a cricket match, with the announcer describing a boundary and "
        'the crowd cheering.',
        NO,
    ),
    (
        'Alarm clock',
        'an alarm clock',
        '- Alarm clock: absent\n- Microwave beep: present (3 beeps at 0:05)\n- Speech: present',
        NO,
    ),
    (
        'Cat',
        'a cat meowing',
        'A cat is present (purring and lapping water), but it never meows. Answer: no.',
        NO,
    ),
    (
        'Cough',
        'someone coughing',
        "No one coughs. A woman clears her throat once before speaking, but that's not a cough.",
        NO,
    ),
    (
        'Trumpet',
        'a trumpet',
        'No trumpet — the brass you hear is a trombone, you can hear the slide glissandos.',
        NO,
    ),
    (
        'Saxophone',
        'a saxophone',
        "Nope, that's a clarinet.",
        NO,
    ),
    (
        'Baby cry, infant cry',
        'a baby crying',
        'Neither a baby crying nor any other human vocalization is present.',
        NO,
    ),
    (
        'Applause',
        'applause',
        "There's a crowd murmuring, but no one claps at any point, so no applause.",
        NO,
    ),
    (
        'Fire alarm',
        'a fire alarm',
        "No. The beeping is a truck's reversing alarm, not a fire alarm.",
        NO,
    ),
    (
        'Bagpipes',
        'bagpipes',
        'My first thought was bagpipes because of the constant drone, but the reedy melody is a hurdy-gurdy — you '
        'can hear the wheel cranking. So the answer is no.',
        NO,
    ),
    (
        'Drum kit',
        'drums',
        'Not drums but hand claps and foot stomps keep the beat here. No drums.',
        NO,
    ),
    (
        'Vehicle horn, car horn, honking',
        'a car horn',
        "No, there is no car horn. There's a bicycle bell at 0:02 and some traffic noise, but nobody honks.",
        NO,
    ),
    (
        'Crow',
        'a crow',
        'Detected:\n- Sparrows chirping\n- Distant traffic\n- A woodpecker drumming\n\nNot detected: crow.',
        NO,
    ),
    (
        'Owl',
        'an owl hooting',
        'No owl. The narrator is reading a passage about Owl from Winnie-the-Pooh; only her voice and some page '
        'turning can be heard.',
        NO,
    ),
    (
        'Telephone bell ringing',
        'a phone ringing',
        'Nope. A phone buzzes on vibrate against a table, but it never rings.',
        NO,
    ),
    (
        'Thunder',
        'thunder',
        '| Sound | Detected |\n|-------|----------|\n| Thunder | No |\n| Rain | Yes |\n| Wind | Yes |',
        NO,
    ),
    (
        'Gull, seagull',
        'seagulls',
        'Yes, there are birds — pigeons cooing and sparrows — but no seagulls.',
        NO,
    ),
    (
        'Piano',
        'a piano',
        "Non, il n'y a pas de piano ; c'est une guitare acoustique.",
        NO,
    ),
    (
        'Crow',
        'a crow',
        'No — the bird you hear is a rooster crowing at dawn, not a crow.',
        NO,
    ),
    (
        'Crow',
        'a crow',
        '{"crow": "uncertain", "confidence": 0.4}',
        ABSTAIN,
    ),
    (
        'Violin, fiddle',
        'a violin',
        'Perhaps. The high string line might be a violin or a viola — hard to tell on this recording.',
        ABSTAIN,
    ),
    (
        'Chainsaw',
        'a chainsaw',
        "I can't confirm that. There's a motor sound, but it might be a chainsaw or a dirt bike.",
        ABSTAIN,
    ),
    (
        'Gunshot, gunfire',
        'gunshots',
        'There are several sharp bangs. They might be gunshots, but fireworks or a nail gun would sound similar at '
        "this distance. I can't say either way.",
        ABSTAIN,
    ),
    (
        'Dog',
        'a dog barking',
        "I can't listen to audio files, so I'm unable to tell whether a dog is barking.",
        ABSTAIN,
    ),
    (
        'Piano',
        'a piano',
        'Possibly — the chords could be a piano or a harpsichord; the recording is too muffled to say.',
        ABSTAIN,
    ),
    (
        'Laughter',
        'laughter',
        "There might be some laughter in the background crowd, but I can't confirm it.",
        ABSTAIN,
    ),
    (
        'Applause',
        'applause',
        'Maybe 60/40 in favour of applause — it could also be rain on a roof.',
        ABSTAIN,
    ),
    (
        'Vehicle horn, car horn, honking',
        'a car horn',
        "I'm not sure. There's a short blast at the very end, but it's clipped, so it could be a horn or a goose.",
        ABSTAIN,
    ),
    (
        'Train',
        'a train',
        'The rhythmic clacking points to a train, but the lack of a horn and the short clip length make me '
        "hesitant; it could also be a rolling suitcase on pavement. I can't give a definite answer.",
        ABSTAIN,
    ),
    (
        'Siren',
        'a siren',
        "Maybe. There's a faint tone in the background that could be a distant siren, but it's too buried in the "
        'noise to be sure.',
        ABSTAIN,
    ),
    (
        'Baby cry, infant cry',
        'a baby crying',
        'No estoy seguro. Podría ser un bebé llorando o un gato maullando; el audio es muy corto.',
        ABSTAIN,
    ),
    (
        'Fire alarm',
        'a fire alarm',
        "As an AI text model, I don't have the ability to hear audio. If you can describe the sound, I can help "
        "identify whether it's a fire alarm.",
        ABSTAIN,
    ),
    (
        'Rain',
        'rain',
        'What kind of rain do you mean — a light drizzle or a downpour?',
        UNPARSEABLE,
    ),
    (
        'Typing',
        'typing',
        "[00:00.000 --> 00:04.200] okay so the quarterly numbers look good\n[00:04.200 --> 00:07.900] let's move "
        'on to hiring',
        UNPARSEABLE,
    ),
    (
        'Owl',
        'an owl hooting',
        'Owls are nocturnal birds of prey known for their silent flight and distinctive hooting calls, which they '
        'use to mark territory.',
        UNPARSEABLE,
    ),
    (
        'Chainsaw',
        'a chainsaw',
        "Sure! Here's a short poem about the forest:\n\nTall pines whisper in the breeze,\nMoss grows soft beneath "
        'the trees...',
        UNPARSEABLE,
    ),
    (
        'Motorcycle',
        'a motorcycle',
        'The recording was made with a Zoom H5 recorder at 48 kHz, 24-bit.',
        UNPARSEABLE,
    ),
    (
        'Cat',
        'a cat meowing',
        '¿Quieres que te describa todo el audio o solo los sonidos de animales?',
        UNPARSEABLE,
    ),
    (
        'Dog',
        'a dog barking',
        'Is there a dog barking in this recording?',
        UNPARSEABLE,
    ),
    (
        'Siren',
        'a siren',
        'The speaker says: "We\'ll meet at the station around five, don\'t be late."',
        UNPARSEABLE,
    ),
    (
        'Applause',
        'applause',
        "Speaker 1: Thank you all for coming tonight.\nSpeaker 2: It's an honor to be here.",
        UNPARSEABLE,
    ),
]
