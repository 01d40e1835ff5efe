"""Sound-synonym lexicon keyed by AudioSet display names, and matching through inflections (shared by probes and scoring).

``LEXICON`` maps an AudioSet display name ("Dog", "Telephone bell ringing", "Applause") to the words an
answer uses for that sound (base forms: "bark" also matches "barks", "barking", "barked"). Question probes
record ``target_terms(label, phrase)``; the answer parser matches them with ``terms_pattern``. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..memo import memoized

#: AudioSet display name -> words and phrases that name the sound (base forms; inflections are matched).
LEXICON: dict[str, tuple[str, ...]] = {
    # --- animals
    "Animal": ("animal",),
    "Dog": ("dog", "bark", "woof", "yap", "howl", "growl", "puppy", "whimper", "canine", "bow-wow"),
    "Bark": ("bark", "dog", "woof", "yap"),
    "Howl": ("howl", "dog", "wolf"),
    "Growling": ("growl", "snarl"),
    "Cat": ("cat", "meow", "miaow", "mew", "purr", "kitten", "kitty", "feline"),
    "Meow": ("meow", "cat", "miaow", "mew"),
    "Purr": ("purr", "cat"),
    "Cattle, bovinae": ("cow", "cattle", "bull", "moo", "bovine"),
    "Moo": ("moo", "cow", "cattle", "bovine"),
    "Horse": ("horse", "neigh", "whinny", "hoof", "gallop", "clip-clop"),
    "Pig": ("pig", "oink", "grunt", "hog", "swine"),
    "Sheep": ("sheep", "bleat", "baa", "lamb"),
    "Goat": ("goat", "bleat"),
    "Chicken, rooster": ("chicken", "hen", "rooster", "cluck", "crow of a rooster", "cock-a-doodle-doo"),
    "Cluck": ("cluck", "clucking hen"),
    "Crowing, cock-a-doodle-doo": ("rooster", "crowing", "cock-a-doodle-doo"),
    "Duck": ("duck", "quack", "mallard"),
    "Quack": ("quack", "duck"),
    "Goose": ("goose", "geese", "honk of a goose"),
    "Bird": ("bird", "chirp", "tweet", "birdsong", "songbird", "warble", "twitter", "bird call"),
    "Bird vocalization, bird call, bird song": ("bird", "chirp", "tweet", "birdsong", "bird call"),
    "Chirp, tweet": ("chirp", "tweet", "bird"),
    "Crow": ("crow", "caw", "raven"),
    "Owl": ("owl", "hoot"),
    "Pigeon, dove": ("pigeon", "dove", "coo"),
    "Frog": ("frog", "croak", "toad", "ribbit"),
    "Insect": ("insect", "buzzing insect", "bee", "cricket", "cicada", "mosquito", "a fly", "housefly", "horsefly"),
    "Cricket": ("cricket", "chirping cricket", "chirp"),
    "Mosquito": ("mosquito",),
    "Bee, wasp, etc.": ("bee", "wasp", "buzzing bee"),
    "Roaring cats (lions, tigers)": ("lion", "tiger", "roar"),
    "Elephant": ("elephant", "trumpet of an elephant"),
    "Monkey": ("monkey", "ape", "chimpanzee"),
    "Whale vocalization": ("whale",),
    # more animals of the AudioSet ontology (their parents: ``ontology_table``)
    "Donkey, ass": ("donkey", "bray", "mule"),
    "Turkey": ("turkey", "gobble"),
    "Gull, seagull": ("gull", "seagull"),
    "Rodents, rats, mice": ("rodent", "rat", "mice"),
    "Chipmunk": ("chipmunk",),
    "Snake": ("snake", "rattlesnake"),
    # --- human sounds
    "Speech": ("speech", "speak", "speaker", "talk", "voice", "conversation", "spoken", "says", "said", "saying",
               "narrator", "narration", "words", "dialogue", "someone speaking"),
    "Male speech, man speaking": ("man speaking", "male voice", "man talking", "male speech"),
    "Female speech, woman speaking": ("woman speaking", "female voice", "woman talking", "female speech"),
    "Child speech, kid speaking": ("child speaking", "kid speaking", "child's voice", "child talking"),
    "Conversation": ("conversation", "people talking", "chatter", "chat"),
    "Whispering": ("whisper",),
    "Shout": ("shout", "yell"),
    "Screaming": ("scream", "shriek"),
    "Laughter": ("laugh", "laughter", "giggle", "chuckle", "cackle"),
    "Baby laughter": ("baby laugh", "baby laughing", "giggling baby"),
    "Crying, sobbing": ("cry", "sob", "weep"),
    "Baby cry, infant cry": ("baby", "infant", "newborn", "crying baby", "baby cry", "toddler crying"),
    "Cough": ("cough",),
    "Sneeze": ("sneeze",),
    "Sniff": ("sniff",),
    "Breathing": ("breathing", "breath", "panting", "gasp"),
    "Snoring": ("snore",),
    "Sigh": ("sigh",),
    "Singing": ("sing", "singer", "vocals", "choir", "song"),
    "Humming": ("humming",),
    "Whistling": ("whistle",),
    "Clapping": ("clap", "clapping", "handclap", "hand clap"),
    "Applause": ("applause", "applaud", "clap", "handclap", "ovation"),
    "Cheering": ("cheer", "cheering crowd"),
    "Crowd": ("crowd", "audience", "spectators"),
    "Chatter": ("chatter", "babble", "murmur", "chat"),
    "Children playing": ("children playing", "kids playing"),
    "Walk, footsteps": ("footstep", "walking", "walk", "steps", "stomp", "pacing"),
    "Run": ("running footsteps", "someone running"),
    "Chewing, mastication": ("chewing", "munching", "crunching"),
    "Burping, eructation": ("burp",),
    "Hiccup": ("hiccup",),
    "Heart sounds, heartbeat": ("heartbeat", "heart beat"),
    "Finger snapping": ("finger snap", "snapping fingers"),
    # --- household and domestic
    "Door": ("door creak", "door slam", "door closing", "door opening", "door shutting", "door closes", "door opens"),
    "Knock": ("knock", "rap on a door", "rapping on a door"),
    "Doorbell": ("doorbell", "door bell", "ding-dong"),
    "Slam": ("slam",),
    "Telephone": ("telephone", "phone", "cellphone", "cell phone", "mobile phone", "landline", "smartphone"),
    "Telephone bell ringing": ("telephone", "phone", "ringtone", "cellphone", "cell phone", "landline"),
    "Ringtone": ("ringtone", "phone"),
    "Telephone dialing, DTMF": ("dial tone", "dialing", "touch tone", "dtmf"),
    "Busy signal": ("busy signal",),
    "Alarm clock": ("alarm clock",),
    "Clock": ("clock", "tick-tock", "ticking"),
    "Tick-tock": ("tick-tock", "ticking", "clock"),
    "Typing": ("typing", "keyboard", "keystroke", "typewriter"),
    "Computer keyboard": ("keyboard", "typing", "keystroke"),
    "Writing": ("writing", "pen on paper", "pencil"),
    "Dishes, pots, and pans": ("dishes", "pots", "pans", "clatter of dishes", "cutlery", "plates"),
    "Cutlery, silverware": ("cutlery", "silverware", "fork", "knife", "spoon"),
    "Frying (food)": ("frying", "sizzle", "sizzling"),
    "Microwave oven": ("microwave",),
    "Blender": ("blender",),
    "Water tap, faucet": ("tap", "faucet"),
    "Sink (filling or washing)": ("sink",),
    "Bathtub (filling or washing)": ("bathtub", "bath filling"),
    "Toilet flush": ("toilet", "flush"),
    "Vacuum cleaner": ("vacuum", "hoover"),
    "Hair dryer": ("hair dryer", "hairdryer", "blow dryer"),
    "Electric toothbrush": ("toothbrush",),
    "Zipper (clothing)": ("zipper", "zip"),
    "Keys jangling": ("jangling keys", "keys jangling"),
    "Coin (dropping)": ("coin",),
    "Scissors": ("scissors",),
    "Sewing machine": ("sewing machine",),
    "Mechanical fan": ("ceiling fan", "electric fan", "desk fan"),
    "Cupboard open or close": ("cupboard", "cabinet"),
    "Drawer open or close": ("drawer",),
    "Sliding door": ("sliding door",),
    "Typewriter": ("typewriter",),
    "Electric shaver, electric razor": ("electric shaver", "electric razor", "shaver"),
    "Shuffling cards": ("shuffling cards", "card shuffle", "shuffle of cards"),
    "Velcro, hook and loop fastener": ("velcro",),
    "Packing tape, duct tape": ("packing tape", "duct tape"),
    "Ratchet, pawl": ("ratchet",),
    "Gears": ("gears",),
    "Pulleys": ("pulley",),
    "Boiling": ("boil",),
    "Air conditioning": ("air conditioning", "air conditioner"),
    "Cash register": ("cash register",),
    "Printer": ("printer", "printing"),
    "Camera": ("camera shutter", "shutter click"),
    "Glass": ("glass", "clink", "chink"),
    "Shatter": ("shatter", "glass breaking", "breaking glass", "glass shattering", "smash", "broken glass"),
    "Chink, clink": ("clink", "chink", "glasses clinking"),
    "Wood": ("wood", "creak"),
    "Chop": ("chop", "chopping"),
    "Sawing": ("sawing",),
    "Hammer": ("hammer", "hammering"),
    "Drill": ("drill",),
    "Power tool": ("power tool", "drill"),
    # --- vehicles and engines
    "Vehicle": ("vehicle",),
    "Car": ("car passing", "car driving", "cars passing", "passing car"),
    "Vehicle horn, car horn, honking": ("horn", "honk", "car horn", "hooter"),
    "Car alarm": ("car alarm",),
    "Skidding": ("skid", "screech", "tyre", "tire"),
    "Tire squeal": ("tire squeal", "tyre screech", "screeching tires", "screeching tyres"),
    "Traffic noise, roadway noise": ("traffic", "road noise", "roadway noise", "cars"),
    "Motorcycle": ("motorcycle", "motorbike", "scooter"),
    "Truck": ("truck", "lorry"),
    "Bus": ("bus",),
    "Emergency vehicle": ("emergency vehicle", "ambulance", "fire truck", "fire engine", "police car"),
    "Police car (siren)": ("police siren", "police car"),
    "Ambulance (siren)": ("ambulance",),
    "Fire engine, fire truck (siren)": ("fire engine", "fire truck"),
    "Train": ("train", "railway", "locomotive", "railroad", "freight train", "subway", "tram"),
    "Train horn": ("train horn", "train whistle"),
    "Rail transport": ("train", "railway", "rails"),
    "Aircraft": ("aircraft", "airplane", "aeroplane", "plane", "jet"),
    "Helicopter": ("helicopter", "chopper", "rotor"),
    "Boat, Water vehicle": ("boat", "ship"),
    "Bicycle": ("bicycle", "bike", "bicycle bell"),
    "Skateboard": ("skateboard",),
    "Engine": ("engine", "motor", "revving", "idling", "car engine"),
    "Idling": ("idling", "engine idling"),
    "Lawn mower": ("lawn mower", "lawnmower", "mower"),
    "Chainsaw": ("chainsaw",),
    "Jackhammer": ("jackhammer", "pneumatic drill"),
    "Sanding": ("sanding", "sander"),
    "Dental drill, dentist's drill": ("dental drill", "dentist's drill"),
    "Ship": ("ship",),
    "Sailboat, sailing ship": ("sailboat", "sailing boat", "yacht"),
    "Rowboat, canoe, kayak": ("rowboat", "rowing boat", "canoe", "kayak"),
    "Motorboat, speedboat": ("motorboat", "speedboat", "jet ski"),
    "Race car, auto racing": ("race car", "racing car", "auto racing"),
    "Ice cream truck, ice cream van": ("ice cream truck", "ice cream van"),
    "Air brake": ("air brake",),
    "Reversing beeps": ("reversing beeps", "backup beeper", "reverse beeper"),
    "Jet engine": ("jet engine",),
    "Propeller, airscrew": ("propeller",),
    # --- alarms and signals
    "Alarm": ("alarm", "beep", "beeping", "buzzer", "smoke alarm", "fire alarm"),
    "Siren": ("siren", "ambulance", "police siren", "fire engine", "fire truck", "emergency vehicle", "police car"),
    "Civil defense siren": ("air raid siren", "civil defense siren", "civil defence siren"),
    "Smoke detector, smoke alarm": ("smoke alarm", "smoke detector"),
    "Fire alarm": ("fire alarm",),
    "Buzzer": ("buzzer",),
    "Beep, bleep": ("beep", "bleep"),
    "Bell": ("bell", "chime", "ring of a bell", "ding", "handbell", "hand bell"),
    "Church bell": ("church bell", "bell", "chime", "toll", "carillon"),
    "Bicycle bell": ("bicycle bell", "bike bell"),
    "Wind chime": ("wind chime",),
    "Whistle": ("whistle",),
    "Kettle whistle": ("kettle", "kettle whistle", "whistling kettle"),
    "Steam whistle": ("steam whistle",),
    "Foghorn": ("foghorn", "fog horn"),
    "Jingle bell": ("jingle bell", "sleigh bell"),
    "Cowbell": ("cowbell",),
    "Tubular bells": ("tubular bells",),
    "Tuning fork": ("tuning fork",),
    # --- music
    "Music": ("music", "musical", "melody", "song", "tune", "piano", "guitar", "instrument", "band", "orchestra",
              "drum", "violin", "beat", "soundtrack", "jazz", "chord", "instrumental", "orchestral"),
    "Musical instrument": ("instrument",),
    "Guitar": ("guitar",),
    "Strum": ("strum",),
    "Piano": ("piano", "keys of a piano"),
    "Drum": ("drum", "drumbeat", "percussion"),
    "Drum kit": ("drum kit", "drums"),
    "Violin, fiddle": ("violin", "fiddle"),
    "Trumpet": ("trumpet",),
    "Flute": ("flute",),
    "Saxophone": ("saxophone", "sax"),
    "Organ": ("organ",),
    "Harp": ("harp",),
    "Orchestra": ("orchestra", "symphony"),
    "Choir": ("choir", "chorus"),
    "Song": ("song",),
    "Electronic music": ("electronic music", "synth", "synthesizer"),
    "Synthesizer": ("synthesizer", "synth"),
    # more instruments of the AudioSet ontology, by family (their parents: ``ontology_table``)
    "Plucked string instrument": ("plucked string instrument", "plucked instrument"),
    "Banjo": ("banjo",),
    "Sitar": ("sitar",),
    "Mandolin": ("mandolin",),
    "Zither": ("zither",),
    "Ukulele": ("ukulele", "uke"),
    "Electric guitar": ("electric guitar",),
    "Bass guitar": ("bass guitar", "electric bass"),
    "Acoustic guitar": ("acoustic guitar",),
    "Steel guitar, slide guitar": ("steel guitar", "slide guitar", "pedal steel"),
    "Harpsichord": ("harpsichord",),
    "Electric piano": ("electric piano",),
    "Rhodes piano": ("rhodes piano",),
    "Clavinet": ("clavinet",),
    "Hammond organ": ("hammond organ",),
    "Electronic organ": ("electronic organ",),
    "Percussion": ("percussion",),
    "Snare drum": ("snare drum", "snare"),
    "Bass drum": ("bass drum", "kick drum"),
    "Timpani": ("timpani", "kettledrum"),
    "Tabla": ("tabla",),
    "Drum machine": ("drum machine",),
    "Drum roll": ("drum roll", "drumroll"),
    "Cymbal": ("cymbal",),
    "Hi-hat": ("hi-hat", "hihat"),
    "Crash cymbal": ("crash cymbal",),
    "Wood block": ("wood block", "woodblock"),
    "Tambourine": ("tambourine",),
    "Maraca": ("maraca", "shaker"),
    "Gong": ("gong",),
    "Mallet percussion": ("mallet percussion",),
    "Marimba, xylophone": ("marimba", "xylophone"),
    "Glockenspiel": ("glockenspiel",),
    "Vibraphone": ("vibraphone",),
    "Steelpan": ("steelpan", "steel drum", "steel pan"),
    "Brass instrument": ("brass instrument", "brass section", "tuba", "euphonium", "sousaphone"),
    "French horn": ("french horn",),
    "Trombone": ("trombone",),
    "Cornet": ("cornet",),
    "Bugle": ("bugle",),
    "Bowed string instrument": ("bowed string instrument", "string instrument", "viola"),
    "String section": ("string section", "strings", "string quartet"),
    "Cello": ("cello", "violoncello"),
    "Double bass": ("double bass", "contrabass", "upright bass"),
    "Wind instrument, woodwind instrument": ("woodwind", "wind instrument"),
    "Clarinet": ("clarinet",),
    "Oboe": ("oboe",),
    "Bassoon": ("bassoon",),
    "Alto saxophone": ("alto saxophone", "alto sax"),
    "Soprano saxophone": ("soprano saxophone", "soprano sax"),
    "Harmonica": ("harmonica", "mouth organ"),
    "Accordion": ("accordion",),
    "Bagpipes": ("bagpipes", "bagpipe"),
    "Didgeridoo": ("didgeridoo",),
    "Theremin": ("theremin",),
    "Singing bowl": ("singing bowl",),
    # --- nature and weather
    "Rain": ("rain", "raindrop", "rainfall", "drizzle", "downpour", "rainstorm", "shower of rain"),
    "Raindrop": ("raindrop", "rain"),
    "Rain on surface": ("rain on", "rain"),
    "Thunder": ("thunder", "thunderclap", "thunderstorm"),
    "Thunderstorm": ("thunderstorm", "thunder", "storm"),
    "Wind": ("wind", "gust", "breeze"),
    "Wind noise (microphone)": ("wind noise",),
    "Water": ("water", "running water", "trickle", "splash", "flowing water", "pouring"),
    "Stream": ("stream", "brook", "creek"),
    "Waterfall": ("waterfall",),
    "Ocean": ("ocean", "sea", "surf"),
    "Waves, surf": ("wave", "surf"),
    "Fire": ("fire", "crackle", "crackling fire", "flames"),
    "Fireworks": ("firework",),
    "Explosion": ("explosion", "explode", "blast", "boom"),
    "Gunshot, gunfire": ("gunshot", "gunfire", "shot fired", "gun"),
    "Machine gun": ("machine gun",),
    "Artillery fire": ("artillery",),
    "Cap gun": ("cap gun",),
    # --- generic and noise
    "Silence": ("silence", "silent"),
    "White noise": ("white noise",),
    "Pink noise": ("pink noise",),
    "Static": ("static", "hiss"),
    "Hum": ("hum", "mains hum"),
    "Noise": ("noise", "background noise"),
    "Tone": ("tone", "pure tone"),
    "Sine wave": ("sine wave",),
    "Click": ("click",),
    "Environmental noise": ("ambient noise", "environmental noise", "ambience", "ambient sound"),
    "Inside, small room": ("room tone",),
}

#: The labels of spoken language: the no-speech check treats these as speech, not as a described sound.
SPEECH_LABELS: frozenset[str] = frozenset({
    "Speech", "Male speech, man speaking", "Female speech, woman speaking", "Child speech, kid speaking",
    "Conversation", "Whispering", "Shout", "Chatter",
})

_STOP = frozenset({"a", "an", "the", "some", "someone", "somebody", "sound", "sounds", "of", "on", "in", "at", "to",
                   "any", "people", "person", "noise", "audio", "clip", "recording"})


def _key(label: str) -> str:
    return " ".join(label.replace("_", " ").lower().split())


@memoized
def _by_key() -> dict[str, str]:
    return {_key(label): label for label in LEXICON}


def lookup(label: str) -> str | None:
    """The AudioSet display name for ``label`` (case, spaces and underscores ignored), or None."""
    return _by_key().get(_key(label))


def _split_label(label: str) -> list[str]:
    return [p.strip().lower() for p in re.sub(r"\([^)]*\)", "", label).split(",") if p.strip()]


@memoized
def _owner_index() -> dict[str, tuple[str, ...]]:
    """term -> the labels it names (a lexicon word of theirs or a part of their display name), in lexicon order."""
    index: dict[str, list[str]] = {}
    for label, terms in LEXICON.items():
        for term in dict.fromkeys([*terms, *_split_label(label)]):
            index.setdefault(term, []).append(label)
    return {term: tuple(labels) for term, labels in index.items()}


@memoized
def _label_patterns() -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]:
    """Each label with (term, compiled pattern) for each of its lexicon terms, built once for ``labels_in``."""
    return tuple((label, tuple((term, terms_pattern((term,))) for term in terms)) for label, terms in LEXICON.items())


def labels_in(text: str) -> tuple[str, ...]:
    """The labels whose terms occur in ``text``: those matched by the longest term, then by the most distinct terms
    ("cat meowing": Cat and Meow, not Purr), then the most specific of them in the AudioSet ontology (Meow)."""
    from .ontology import most_specific

    hits: dict[str, tuple[int, int]] = {}
    lower = text.lower()
    for label, patterns in _label_patterns():
        found = [term for term, pattern in patterns if pattern.search(lower)]
        if found:
            hits[label] = (max(len(t.split()) for t in found), len(found))
    if not hits:
        return ()
    best = max(hits.values())
    return most_specific(label for label, n in hits.items() if n == best)


def target_terms(label: str, phrase: str | None = None, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Every term that names the sound ``label`` (an AudioSet display name), in match order.

    The label's own parts, its lexicon synonyms, the question's ``phrase`` (without its article) and
    ``extra`` (e.g. a manifest's ``synonyms``). An unknown label is resolved from the sound words found
    in it and in ``phrase`` ("someone knocking on a door" -> Knock); failing that, their content words.
    """
    found = lookup(label)
    labels = (found,) if found else labels_in(f"{_key(label)} . {phrase or ''}")
    out: list[str] = []
    for lab in labels:
        out += [*_split_label(lab), *LEXICON[lab]]
    if not labels:
        out += [w for w in re.findall(r"[a-z][a-z'-]+", f"{_key(label)} {(phrase or '').lower()}") if w not in _STOP]
    if phrase:
        words = [w for w in phrase.lower().split() if w]
        while words and words[0] in ("a", "an", "the", "some", "someone", "somebody"):
            words = words[1:]
        if words:
            out.append(" ".join(words))
    out += [str(e).lower() for e in extra if str(e).strip()]
    return tuple(dict.fromkeys(t.strip() for t in out if t.strip()))


def exact_terms(term: str) -> tuple[str, ...]:
    """``term`` and, when it is a term of exactly one label, that label's other terms ("clapping" -> applause,
    clap...). Nothing is guessed from the words inside it ("vehicle horn" is not "vehicle"; "hooter" is two sounds)."""
    t = term.lower().strip()
    named = owners(t)
    if len(named) != 1:
        return (t,) if t else ()
    return tuple(dict.fromkeys((t, *_split_label(named[0]), *LEXICON[named[0]])))


def _inflect(word: str) -> str:
    """A regex for ``word`` and its regular inflections (bark/barks/barking/barked, clap/clapping, cry/cries)."""
    w = re.escape(word)
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiou":
        return rf"{re.escape(word[:-1])}(?:e|es|ed|ing|er|ers)"
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return rf"{re.escape(word[:-1])}(?:y|ies|ied|ying)"
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", word) and len(word) <= 5:
        return rf"{w}(?:{re.escape(word[-1])}?(?:ing|ed|er|ers)|s|es)?"
    return rf"{w}(?:s|es|ed|ing|er|ers)?"


@memoized
def terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching any of ``terms`` (lower-case text) with inflections, longest term first."""
    parts = []
    for term in sorted({t.lower().strip() for t in terms if t.strip()}, key=lambda t: (-len(t), t)):
        words = re.split(r"[\s-]+", term)
        parts.append(r"[\s-]+".join("(?:a|an|the)" if w in ("a", "an", "the") else _inflect(w) for w in words))
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?!\w)")


@memoized
def sound_terms(exclude_speech: bool = False) -> tuple[str, ...]:
    """Every term of every label (optionally without the speech labels)."""
    out: list[str] = []
    for label, terms in LEXICON.items():
        if exclude_speech and label in SPEECH_LABELS:
            continue
        out += terms
    return tuple(dict.fromkeys(out))


def owners(term: str) -> tuple[str, ...]:
    """The labels ``term`` names (one of their lexicon words or a part of their display name), in lexicon order."""
    return _owner_index().get(term.lower().strip(), ())


@memoized
def _all_terms() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*sound_terms(), *(p for lab in LEXICON for p in _split_label(lab))]))


def _stem(term: str) -> str:
    """Text every inflection of ``term`` starts with: its first word less its last letter (``_inflect`` keeps at least
    that much; an article, matched as any article, gives nothing)."""
    first = re.split(r"[\s-]+", term.lower().strip())[0]
    return "" if first in ("a", "an", "the") else first[:-1]


def terms_of(surface: str, terms: Iterable[str]) -> tuple[str, ...]:
    """Which of ``terms`` the matched text ``surface`` is an inflection of ("clapping": clapping, clap).

    Terms whose stem ``surface`` does not start with cannot match and are not tried (``terms`` is often every sound
    term: trying each pattern cost most of a verdict's time)."""
    stems = _stems()
    return tuple(t for t in dict.fromkeys(terms)
                 if t.strip() and surface.startswith(stems[t] if t in stems else _stem(t))
                 and terms_pattern((t,)).fullmatch(surface))


@memoized
def _stems() -> dict[str, str]:
    return {t: _stem(t) for t in _all_terms()}


def _term_key(term: str) -> tuple[int, str]:
    """A term's place in ``terms_pattern``'s alternation (longest first, then alphabetical)."""
    t = term.lower().strip()
    return -len(t), t


def _find_all(text: str, base: tuple[str, ...], extra: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of ``terms_pattern(base + extra).finditer(text)``, without compiling that pattern for every new
    ``extra`` (a pattern of all ~550 sound terms takes ~70 ms to compile; questions bring new phrases).

    ``base``'s pattern (compiled once) and a small pattern of the new ``extra`` terms are searched side by side;
    the earlier match wins. At the same position the combined alternation would take the alternative that comes first
    in its order: the smallest ``_term_key`` among the terms each side's match is an inflection of (``terms_of``),
    since every term that fully matches the same text also matches there."""
    own = {t.lower().strip() for t in base}
    new = tuple(t for t in extra if t.lower().strip() and t.lower().strip() not in own)
    whole = terms_pattern(base)
    if not new:
        yield from whole.finditer(text)
        return
    added = terms_pattern(new)
    pos = 0
    while True:
        a, b = whole.search(text, pos), added.search(text, pos)
        if a is None and b is None:
            return
        if a is not None and b is not None and a.start() == b.start():
            first_a = min(map(_term_key, terms_of(a.group(), base)))
            m = a if first_a < min(map(_term_key, terms_of(b.group(), new))) else b
        else:
            m = a if b is None or (a is not None and a.start() < b.start()) else b
        yield m
        pos = m.end()


def sound_mentions(text: str, extra: tuple[str, ...] = ()) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """Every sound named in lower-cased ``text``, longest term first: (start, end, terms it matches, labels they name).

    "a bicycle bell" is one mention of "bicycle bell" (Bicycle bell, Bicycle), not of "bell"; ``extra`` terms
    (a question's own phrase) are matched too and name no label unless the lexicon has them.
    """
    terms = tuple(dict.fromkeys((*_all_terms(), *(t.lower() for t in extra if t.strip()))))
    out = []
    for m in _find_all(text, _all_terms(), terms[len(_all_terms()):]):
        matched = terms_of(m.group(), terms) or (m.group(),)
        out.append((m.start(), m.end(), matched, tuple(dict.fromkeys(lab for t in matched for lab in owners(t)))))
    return out
