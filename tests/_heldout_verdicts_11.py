"""ELEVENTH held-out verdict set (issue 22, round 4, table B), written after the tenth set's fixes were committed,
imagining yet other models and products than table A: voice assistants ("Sure! Here's what I found"), classifier APIs
(key=value lines, scores), reasoning models (<think> blocks, "Answer:" last), pedantic and rhetorical replies, SRT /
WebVTT subtitle files, Whisper's one-word hallucinations, tally marks and "x2" counts, ordinal and "by the time"
orders, speaker-verification outputs (ACCEPT/REJECT, similarity scores, "≠"). Scored once as written
(``tests/heldout_scores/eleventh_set_first_score.txt``: the generalisation estimate of the round). Same row shapes as
``_heldout_verdicts_7``. Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # voice-assistant habits
    ("Dog", "a dog barking", "Sure! Here's what I found: a dog barks a few times near the beginning.", YES),
    ("Siren", "a siren", "Good question! I listened closely, and I didn't pick up any siren.", NO),
    ("Rain", "rain", "\U0001f327\ufe0f Yep, that's rain on a window!", YES),
    ("Dog", "a dog barking", "\U0001f436 Woof! Yes, there's definitely a pup barking in there.", YES),
    # classifier-API and key=value habits
    ("Siren", "a siren", "result=positive; class=siren; confidence=0.87", YES),
    ("Dog", "a dog barking", "result=negative; top_class=cat_meow; confidence=0.74", NO),
    ("Music", "music", "Summary: urban street. Events: car horn x2, footsteps, music (distant).", YES),
    ("Siren", "a siren", "Summary: urban street. Events: car horn x2, footsteps, music (distant).", NO),
    ("Dog", "a dog barking", "Barking: absent. Meowing: present.", NO),
    # reasoning models
    ("Thunder", "thunder", "<think>The low rumble at 0:03 is long and rolling, typical of thunder.</think>\nAnswer: yes", YES),
    ("Thunder", "thunder", "<think>Could be thunder, but the envelope is too short; more like a truck.</think>\nAnswer: no",
     NO),
    ("Bird", "birds chirping", "Step 1: identify the high-pitched sounds. Step 2: they are repetitive chirps. Conclusion: "
     "yes, birds.", YES),
    # pedantic, rhetorical, double negative
    ("Dog", "a dog barking", "Technically, what you hear is a coyote yipping, not a domestic dog.", NO),
    ("Siren", "a siren", "A siren? In a quiet forest recording? No.", NO),
    ("Rain", "rain", "I wouldn't say there's no rain - there is some, lightly.", YES),
    ("Thunder", "thunder", "Can't say I hear any thunder.", NO),
    ("Dog", "a dog barking", "There's not a single bark in the clip.", NO),
    ("Dog", "a dog barking", "The dog in the clip isn't barking; it's panting heavily.", NO),
    ("Dog", "a dog barking", "If anything, it's a cat hissing.", NO),
    ("Siren", "a siren", "Definitely not a siren - more of a tea kettle whistle.", NO),
    # other sounds with a shared source or a near class
    ("Church bell", "church bells", "A handbell is rung at a school.", NO),
    ("Vehicle horn, car horn, honking", "a car horn", "A bicycle horn squeaks twice.", NO),
    ("Bird", "birds chirping", "An owl hoots a few times.", YES),
    ("Cat", "a cat meowing", "A lion roars in the distance.", NO),
    ("Baby cry, infant cry", "a baby crying", "A child whines about bedtime, but no infant is crying.", NO),
    ("Applause", "applause", "A single person claps slowly, twice.", YES),
    # hedges and refusals to decide
    ("Helicopter", "a helicopter", "The thumping is consistent with a helicopter or a washing machine; hard to call.",
     ABSTAIN),
    ("Train", "a train", "I'd put it at 50/50 between a train and heavy traffic.", ABSTAIN),
    ("Cough", "someone coughing", "Possibly a cough at 0:04, or a chair creaking.", ABSTAIN),
    ("Dog", "a dog barking", "I'm not able to listen to recordings, but dogs often bark at doorbells.", ABSTAIN),
    ("Speech", "someone speaking", "Unable to analyze: the file appears to be empty.", ABSTAIN),
    # answering something else
    ("Siren", "a siren", "Here are three tips for recording better audio: use a pop filter, ...", UNPARSEABLE),
    ("Music", "music", "What genre are you interested in?", UNPARSEABLE),
    # plain shapes, written fresh
    ("Laughter", "people laughing", "Yes, a few people chuckle.", YES),
    ("Laughter", "people laughing", "No one laughs.", NO),
    ("Water", "running water", "Water is trickling from a hose.", YES),
    ("Helicopter", "a helicopter", "A helicopter passes overhead.", YES),
    ("Train", "a train", "No train; the rumble is an airplane taking off.", NO),
    ("Knock", "someone knocking on a door", "Someone raps on the door twice.", YES),
    ("Cat", "a cat meowing", "It might be a cat, but it's too faint to be sure.", ABSTAIN),
    ("Music", "music", "Only speech and a ticking clock; no music.", NO),
    ("Speech", "someone speaking", "Yes, a child is reciting the alphabet.", YES),
]

NO_SPEECH: list[tuple[str, str]] = [
    ("1\n00:00:00,000 --> 00:00:05,000\n[music]", "abstained"),
    ("WEBVTT\n\n00:00.000 --> 00:05.000\n(wind blowing)", "abstained"),
    ("Transcription failed: no speech segments found.", "abstained"),
    ("Language detected: none. Text: ''", "abstained"),
    ("[Speaker 1]: [no speech]", "abstained"),
    ("Silence.", "abstained"),
    ("(laughs)", "abstained"),
    ("I don't hear anyone talking - it's a dishwasher.", "abstained"),
    ("No transcript available because the clip is instrumental.", "abstained"),
    ("The speaker says nothing.", "abstained"),
    ("Music.", "abstained"),
    ("\U0001f507 No spoken content.", "abstained"),
    # hallucinated words
    ("you", "hallucinated"),
    ("Hmm.", "hallucinated"),
    ("\u266a La la la \u266a", "hallucinated"),
    ("1\n00:00:00,000 --> 00:00:03,000\nPlease subscribe to my channel.", "hallucinated"),
    ("WEBVTT\n\n00:00.000 --> 00:02.000\nOkay.", "hallucinated"),
    ("[wind blowing] Hello? Is anyone there?", "hallucinated"),
]

COUNTS: list[tuple[str, int | str]] = [
    ("Twice, maybe three times.", "abstain"),
    ("A single bark.", 1),
    ("It rang 4x.", 4),
    ("Count = 2", 2),
    ("One bark, then another, then a third.", 3),
    ("No barking whatsoever.", 0),
    ("Several (at least 4).", "abstain"),
    ("Once or twice.", "abstain"),
    ("A handful of knocks.", "abstain"),
    ("zero", 0),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("events: knock x3, doorbell x1", 3, "someone knocking on a door"),
    ("The phone rings twice; nobody knocks.", 0, "someone knocking on a door"),
]

ORDERS: list[tuple[str, str, str, str, str]] = [
    ("rain", "thunder", "before", "Order of events: (1) thunder (2) rain", NO),
    ("rain", "thunder", "before", "The rain precedes the thunder.", YES),
    ("rain", "thunder", "before", "Rain came second.", NO),
    ("rain", "thunder", "before", "By the time the thunder rolls, the rain has already started.", YES),
    ("rain", "thunder", "after", "Thunder opens the clip; rain closes it.", YES),
    ("rain", "thunder", "before", "Both at once.", ABSTAIN),
    ("rain", "thunder", "before", "Rain, and only after that, thunder.", YES),
    ("rain", "thunder", "before", "The thunder never comes before the rain.", YES),
    ("glass breaking", "a scream", "before", "Scream at 00:02, glass at 00:05.", NO),
    ("a telephone ringing", "a door knock", "before", "First came the knock, second the phone.", NO),
    ("a dog barking", "a siren", "before", "Can't determine the order from this clip.", ABSTAIN),
]

PAIRS: list[tuple[str, str]] = [
    ("Match: yes (similarity 0.91)", YES),
    ("Voice A \u2260 Voice B", NO),
    ("Likely the same individual.", YES),
    ("No match.", NO),
    ("They're not different people.", YES),
    ("Inconclusive.", ABSTAIN),
    ("Speaker verification: REJECT", NO),
    ("Same timbre, same accent - one person.", YES),
    ("Clip 2 is a voice clone of clip 1's speaker.", NO),
    ("I can't be certain without more audio.", ABSTAIN),
]
