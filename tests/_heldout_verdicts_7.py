"""SEVENTH held-out verdict set (issue 22), written after the sixth set's fixes were committed, without reading the
readers' rules again, and scored once as written (``tests/heldout_scores/seventh_set_first_score.txt``: the estimate
of how those fixes generalise). Mixed styles of GPT-4o-audio, Gemini, Qwen2-Audio, SALMONN, Voxtral and a cascade,
ordinary and hard. Same row shapes as ``_heldout_verdicts_6``. Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    ("Dog", "a dog barking", "Yes. There's a dog barking twice, around the 3-second mark.", YES),
    ("Dog", "a dog barking", "No barking. I hear a cat and some birds.", NO),
    ("Dog", "a dog barking",
     "**Short answer:** no.\n\n**Longer answer:** The sharp sounds are a hammer hitting a nail, repeated four times.", NO),
    ("Dog", "a dog barking", "Arf! Arf! \u2014 a small terrier is definitely barking here.", YES),
    ("Dog", "a dog barking", "A dog whimpers quietly but never barks.", NO),
    ("Dog", "a dog barking", "I'm fairly sure that's a dog barking, though it's far away.", YES),
    ("Dog", "a dog barking", '{"dog_barking": {"present": false}, "cat_meowing": {"present": true}}', NO),
    ("Dog", "a dog barking", "Sound events detected:\n- 0.0\u20132.1 s: Bark (p=0.88)\n- 2.1\u20135.0 s: Wind (p=0.52)", YES),
    ("Dog", "a dog barking", "It's hard to say; the bark-like sound could just as well be a seal.", ABSTAIN),
    ("Dog", "a dog barking", "I don't have the ability to hear audio files, sorry.", ABSTAIN),
    ("Siren", "a siren", "There's an ambulance siren wailing as it goes past.", YES),
    ("Siren", "a siren", "Nope \u2014 that rising tone is a kettle about to boil.", NO),
    ("Siren", "a siren", "The wailing you hear is a baby, not a siren.", NO),
    ("Siren", "a siren", "### Answer\nYes\n\n### Why\nA two-tone European-style siren is audible from 0:04.", YES),
    ("Siren", "a siren", "I wouldn't call it a siren. It's a car alarm chirping.", NO),
    ("Siren", "a siren", "If that's a siren, it's extremely faint; I can't confirm it.", ABSTAIN),
    ("Siren", "a siren", "Siren: \u2717", NO),
    ("Siren", "a siren", "No, I don't hear a siren, just a busy road.", NO),
    ("Rain", "rain", "Rain is pouring down on a tin roof.", YES),
    ("Rain", "rain", "That's the sound of bacon frying, which is often mistaken for rain.", NO),
    ("Rain", "rain", "Rain? Not at all \u2014 it's a shower running in a bathroom.", NO),
    ("Rain", "rain", "There might be light rain in the background, but it's masked by traffic.", ABSTAIN),
    ("Rain", "rain", "Heavy rainfall with distant thunder.", YES),
    ("Thunder", "thunder", "A long thunderclap rolls across the sky.", YES),
    ("Thunder", "thunder", "I can't say for sure whether there's thunder; the rumble is very faint.", ABSTAIN),
    ("Thunder", "thunder", "The boom is a door slamming, not thunder.", NO),
    ("Bird", "birds chirping", "Several birds are singing \u2014 it sounds like a dawn chorus.", YES),
    ("Bird", "birds chirping", "The chirps come from a smoke alarm, not from birds.", NO),
    ("Bird", "birds chirping", "Tweet tweet! Little birds in a garden.", YES),
    ("Cat", "a cat meowing", "Meow! A kitten is calling for its mother.", YES),
    ("Cat", "a cat meowing", "The cat only hisses and growls; there's no meowing.", NO),
    ("Cat", "a cat meowing", "Rather than a cat, it's a baby fussing.", NO),
    ("Applause", "applause", "The audience claps enthusiastically at the end.", YES),
    ("Applause", "applause", "People laugh, but nobody applauds.", NO),
    ("Applause", "applause", "- Applause: present (0:07\u20130:12)\n- Speech: present", YES),
    ("Music", "music", "A jazz trio plays: piano, upright bass and brushed drums.", YES),
    ("Music", "music", "There's no music, only someone reading aloud.", NO),
    ("Music", "music", "Possibly faint music from another room, but I'm not certain.", ABSTAIN),
    ("Speech", "someone speaking", "A man speaks briefly in German.", YES),
    ("Speech", "someone speaking", "Nobody talks at all; the only sound is a clock ticking.", NO),
    ("Speech", "someone speaking", "There's humming, but no actual words are spoken.", NO),
    ("Helicopter", "a helicopter", "The whop-whop-whop of a helicopter flying low.", YES),
    ("Helicopter", "a helicopter", "It's a leaf blower, not a helicopter.", NO),
    ("Train", "a train", "A train horn sounds twice and the carriages rattle past.", YES),
    ("Train", "a train", "I'm not hearing a train; it's a truck on the highway.", NO),
    ("Church bell", "church bells", "Church bells ring out the hour.", YES),
    ("Church bell", "church bells", "Only a doorbell rings; there are no church bells.", NO),
    ("Knock", "someone knocking on a door", "Knock, knock, knock \u2014 three firm knocks on a wooden door.", YES),
    ("Knock", "someone knocking on a door", "I hear footsteps and a door opening, but nobody knocks.", NO),
    ("Baby cry, infant cry", "a baby crying", "A newborn is wailing loudly.", YES),
    ("Baby cry, infant cry", "a baby crying", "A baby giggles and coos; it isn't crying.", NO),
    ("Cough", "someone coughing", "Someone coughs three times and sniffles.", YES),
    ("Cough", "someone coughing", "I hear a sneeze, not a cough.", NO),
    ("Laughter", "people laughing", "A crowd bursts out laughing after the punchline.", YES),
    ("Laughter", "people laughing", "Laughter? None that I could hear.", NO),
    ("Water", "running water", "A tap is running into a sink.", YES),
    ("Vehicle horn, car horn, honking", "a car horn", "Beep beep! A car honks at a cyclist.", YES),
    ("Vehicle horn, car horn, honking", "a car horn", "I don't think there's a horn; the beeps are from a truck reversing.", NO),
    ("Dog", "a dog barking", "What would you like me to focus on in the recording?", UNPARSEABLE),
    ("Siren", "a siren", "The recording was likely made with a smartphone microphone.", UNPARSEABLE),
]

NO_SPEECH: list[tuple[str, str]] = [
    ("No speech detected in this audio.", "abstained"),
    ("**Transcript:** *(no speech \u2014 background music only)*", "abstained"),
    ('{"text": "", "language": null}', "abstained"),
    ("[Music playing]", "abstained"),
    ("There's nothing to transcribe; the clip is a recording of rain.", "abstained"),
    ("I couldn't find any spoken words, only birdsong.", "abstained"),
    ("Transcript: \u2014", "abstained"),
    ("- Speech: not detected\n- Environment: outdoors", "abstained"),
    ("Sorry, no one is speaking in this recording.", "abstained"),
    ("**Transcript:** \"See you next week, everybody!\"", "hallucinated"),
    ("Okay, thank you.", "hallucinated"),
    ('{"text": "Welcome to the show."}', "hallucinated"),
    ("There's no speech, but at the end someone says 'hey'.", "hallucinated"),
    ("Nothing to transcribe. Thanks for listening!", "hallucinated"),
    ("Speaker A: Can you hear me now?", "hallucinated"),
]

COUNTS: list[tuple[str, int | str]] = [
    ("**Count:** 5", 5),
    ("The doorbell rings two times.", 2),
    ("Three or four knocks.", "abstain"),
    ("I counted exactly seven beeps.", 7),
    ("No rings at all.", 0),
    ("Approximately a dozen or more barks.", "abstain"),
    ("- 0:01 beep\n- 0:02 beep\n- 0:03 beep\n- 0:05 beep", 4),
    ("It knocks four times, pauses, then knocks once more \u2014 five knocks in total.", 5),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("Dog barks: 2\nCar horn: 3", 3, "a car horn"),
    ("The horn honks once while the dog barks four times.", 4, "a dog barking"),
]

ORDERS: list[tuple[str, str, str, str, str]] = [
    ("a dog barking", "a siren", "before", "The siren starts at 0:02; the dog only barks from 0:06.", NO),
    ("a dog barking", "a siren", "after", "Barking \u2192 siren \u2192 silence", NO),
    ("rain", "thunder", "before", "First the rain, then a loud crack of thunder.", YES),
    ("rain", "thunder", "after", '{"order": ["thunder", "rain"]}', YES),
    ("applause", "music", "before", "1. Music\n2. Applause", NO),
    ("glass breaking", "a scream", "after", "The glass shatters at 1.0 s and the scream follows at 1.8 s.", NO),
    ("a telephone ringing", "a door knock", "before", "They happen at the same moment.", ABSTAIN),
    ("a car horn", "a dog barking", "before", "Yes \u2014 horn first, barking second.", YES),
]

PAIRS: list[tuple[str, str]] = [
    ("Yes, same speaker.", YES),
    ("These are two different speakers \u2014 one male, one female.", NO),
    ('{"same_speaker": true, "confidence": 0.77}', YES),
    ("I can't rule out that they're the same person; the clips are very short.", ABSTAIN),
    ("The second clip sounds AI-generated, so not the same person.", NO),
    ("Identical voice, different room acoustics.", YES),
    ("Verdict: different.", NO),
    ("I don't believe these are different people.", YES),
]
