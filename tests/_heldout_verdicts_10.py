"""TENTH held-out verdict set (issue 22, round 4, table A), written before any reader change of this round and scored
once as written (``tests/heldout_scores/tenth_set_first_score.txt``). About two thirds are shapes no earlier table
holds: answers that restate the question first, quote the tags they were given, hedge then commit, scope with
"only"/"except"/"apart from", name plural or collective targets, list "X, Y and Z but no W", describe the speech
instead of the sounds, compare loudness, limit presence in time, answer a negative question, decline a yes/no, reply
lowercase with typos or in one word; no-speech placeholders and transcripts of a non-speech sound; counts in words
("a couple", "twice"); orders with "preceded by", "after which", "initially ... later". The rest are plain shapes the
issue lists, written fresh. Same row shapes as ``_heldout_verdicts_7``. Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # the question restated first
    ("Dog", "a dog barking", "You asked whether a dog is barking. Having listened, I can confirm a dog barks twice.", YES),
    ("Dog", "a dog barking", "Is there a dog barking? No - what sounds like barking is a man coughing.", NO),
    ("Siren", "a siren", "Question: is a siren audible? Answer: yes, a police siren passes from left to right.", YES),
    ("Siren", "a siren", "To answer whether there is a siren: there isn't one. The clip is a quiet office.", NO),
    ("Rain", "rain", "Regarding rain: I can't make it out clearly enough to say.", ABSTAIN),
    # tags quoted back
    ("Dog", "a dog barking", "The labels include 'Dog' (0.62) and 'Bark' (0.55), so yes, a dog is barking.", YES),
    ("Siren", "a siren", "The detected tags are 'Vehicle' (0.71) and 'Traffic noise' (0.40); 'Siren' is not among them.", NO),
    ("Music", "music", "Tags provided: Speech 0.91, Music 0.08. Music scores very low, so I'd say there's no music.", NO),
    ("Applause", "applause", "Based on the tag 'Clapping' (0.83), the audience is applauding.", YES),
    # hedge then commit / commit then hedge
    ("Dog", "a dog barking", "I'm not certain, but yes, it sounds like a dog barking in the distance.", YES),
    ("Thunder", "thunder", "Hard to be sure at first, but on a second listen it's definitely thunder.", YES),
    ("Helicopter", "a helicopter", "It took me a moment, but no, that's a washing machine on spin, not a helicopter.", NO),
    ("Cat", "a cat meowing", "Yes, I think so, although it could also be a baby; I really can't tell them apart here.", ABSTAIN),
    # only / except / apart from
    ("Bird", "birds chirping", "Only wind and distant traffic are audible.", NO),
    ("Bird", "birds chirping", "Apart from the birds chirping, there's a lawnmower.", YES),
    ("Rain", "rain", "Everything except rain: wind, a door, and a kettle.", NO),
    ("Speech", "someone speaking", "Apart from a radio playing music, the room is silent.", NO),
    ("Train", "a train", "The only vehicle I hear is a train.", YES),
    # plural / collective targets
    ("Dog", "a dog barking", "A pack of dogs is barking and howling.", YES),
    ("Dog", "a dog barking", "Dogs? None at all. It's a flock of geese honking.", NO),
    ("Bird", "birds chirping", "A flock of sparrows is chirping in a hedge.", YES),
    ("Applause", "applause", "A crowd of people cheer and whistle, but nobody claps.", NO),
    # lists with a "but no"
    ("Siren", "a siren", "I hear traffic, horns and a bus braking, but no siren.", NO),
    ("Cat", "a cat meowing", "Footsteps, a door and a cat meowing, but no dog.", YES),
    ("Thunder", "thunder", "Rain, wind and some thunder, but no lightning crackle.", YES),
    ("Dog", "a dog barking", "Birds, cars and children playing, but no dogs.", NO),
    # about the speech content instead of the sounds
    ("Siren", "a siren", "The speaker is explaining how to file a tax return.", UNPARSEABLE),
    ("Dog", "a dog barking", "The woman says she is going to take the dog for a walk later.", UNPARSEABLE),
    # comparatives / faint
    ("Dog", "a dog barking", "The siren is much louder than the dog, but the dog does bark a few times.", YES),
    ("Dog", "a dog barking", "The dog is faint but clearly barking.", YES),
    ("Music", "music", "The music is quieter than the conversation, yet it plays throughout.", YES),
    ("Siren", "a siren", "The car alarm is louder than anything else; there's no siren at all.", NO),
    # presence limited in time
    ("Dog", "a dog barking", "At the start there is a dog barking, then silence.", YES),
    ("Rain", "rain", "For the first few seconds it's quiet; later a light rain begins.", YES),
    ("Applause", "applause", "Applause only at the very end, for about two seconds.", YES),
    # negative questions answered
    ("Siren", "a siren", "Isn't there a siren? No, there isn't.", NO),
    ("Siren", "a siren", "Isn't there a siren? Yes there is, very faint near the end.", YES),
    ("Thunder", "thunder", "No, there isn't any thunder.", NO),
    # refusing to answer the yes/no
    ("Dog", "a dog barking", "I can't determine that from the audio.", ABSTAIN),
    ("Helicopter", "a helicopter", "That's not something I'm able to judge from this recording.", ABSTAIN),
    ("Train", "a train", "Not that I can hear.", NO),
    ("Church bell", "church bells", "not that i can tell, its mostly traffic", NO),
    # lowercase, typos, no punctuation
    ("Dog", "a dog barking", "yes theres a dog barkin in the backround", YES),
    ("Siren", "a siren", "no siren just some cars", NO),
    ("Rain", "rain", "yeah its raining pretty hard", YES),
    ("Cat", "a cat meowing", "no cat i think its a babby", NO),
    # one-word / very short
    ("Dog", "a dog barking", "Nope.", NO),
    ("Siren", "a siren", "Affirmative.", YES),
    ("Thunder", "thunder", "Negative.", NO),
    ("Dog", "a dog barking", "yep, a dog", YES),
    ("Music", "music", "Nah.", NO),
    # related but different sound / ontology siblings
    ("Church bell", "church bells", "A bicycle bell rings twice as someone rides by.", NO),
    ("Church bell", "church bells", "Yes, bells: it sounds like a carillon from a cathedral tower.", YES),
    ("Vehicle horn, car horn, honking", "a car horn", "A train horn blows in the distance.", NO),
    ("Baby cry, infant cry", "a baby crying", "A toddler laughs and babbles happily.", NO),
    ("Knock", "someone knocking on a door", "Someone is hammering nails into wood.", NO),
    ("Cough", "someone coughing", "A person clears their throat and then coughs once.", YES),
    # plain shapes, written fresh
    ("Dog", "a dog barking", "Yes, a dog is barking.", YES),
    ("Dog", "a dog barking", "No, I don't hear any barking.", NO),
    ("Siren", "a siren", "There's a fire engine siren approaching.", YES),
    ("Rain", "rain", "It may or may not be rain; the hiss is ambiguous.", ABSTAIN),
    ("Rain", "rain", "The patter could be rain or it could be a frying pan.", ABSTAIN),
    ("Cat", "a cat meowing", "A cat purrs contentedly, but it never meows.", NO),
    ("Speech", "someone speaking", "Two people are chatting in Spanish.", YES),
    ("Laughter", "people laughing", "The audience laughs at the joke.", YES),
    ("Laughter", "people laughing", "There is no laughter, just someone sighing.", NO),
    ("Baby cry, infant cry", "a baby crying", "An infant is crying in the background.", YES),
    ("Train", "a train", "It's a subway train pulling into a station.", YES),
    ("Helicopter", "a helicopter", "I'm sorry, I can't listen to audio.", ABSTAIN),
    ("Music", "music", "Is there anything else you'd like to know about the clip?", UNPARSEABLE),
    ("Applause", "applause", "It's not applause - it's heavy rain on a tent.", NO),
]

NO_SPEECH: list[tuple[str, str]] = [
    ("[inaudible]", "abstained"),
    ("(silence)", "abstained"),
    ("<|nospeech|>", "abstained"),
    ("...", "abstained"),
    ("-", "abstained"),
    ("The audio contains no intelligible speech, only a hum.", "abstained"),
    ("*dog barking*", "abstained"),
    ("[MUSIC]", "abstained"),
    ("(sound of a car engine idling)", "abstained"),
    ("\u266a\u266a\u266a", "abstained"),
    ("[no speech detected]", "abstained"),
    ("Transcript: (none)", "abstained"),
    ("no words just noise", "abstained"),
    ("I didn't catch any speech - it's only wind.", "abstained"),
    ("Nothing is being said.", "abstained"),
    ("[BLANK_AUDIO]", "abstained"),
    ("*applause*", "abstained"),
    ("(unintelligible)", "abstained"),
    # hallucinated words
    ("Thank you for watching, see you next time.", "hallucinated"),
    ("[inaudible] ...and then we went home.", "hallucinated"),
    ("*dog barking* Get off the couch!", "hallucinated"),
    ("Subtitles by the Amara.org community", "hallucinated"),
    ("Transcript: \"Okay, let's begin.\"", "hallucinated"),
    ("Bye.", "hallucinated"),
    ("So, um, yeah.", "hallucinated"),
    ("(music) I love you baby (music)", "hallucinated"),
]

COUNTS: list[tuple[str, int | str]] = [
    ("A couple of knocks.", 2),
    ("The bell rings once.", 1),
    ("It barks twice.", 2),
    ("I hear the horn three times.", 3),
    ("Several beeps, I couldn't count them exactly.", "abstain"),
    ("A dozen rings.", 12),
    ("Only one knock.", 1),
    ("two knocks i think", 2),
    ("There are four distinct claps of thunder.", 4),
    ("I'm unable to count them.", "abstain"),
    ("None - the doorbell never rings.", 0),
    ("Five or six barks.", "abstain"),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = [
    ("The dog barks twice and the doorbell rings three times.", 2, "a dog barking"),
    ("The doorbell rings once; the dog barks a couple of times.", 1, "a doorbell"),
]

ORDERS: list[tuple[str, str, str, str, str]] = [
    ("a dog barking", "a siren", "before", "The siren is preceded by a dog barking.", YES),
    ("a dog barking", "a siren", "before", "The dog barks, after which a siren wails.", YES),
    ("a dog barking", "a siren", "after", "Initially a siren, later a dog barking.", YES),
    ("rain", "thunder", "before", "Thunder, followed by rain.", NO),
    ("rain", "thunder", "before", "The rain does not come before the thunder; the thunder comes first.", NO),
    ("glass breaking", "a scream", "before", "It wasn't the glass first - the scream came first.", NO),
    ("applause", "music", "after", "The applause is preceded by music.", YES),
    ("a car horn", "a dog barking", "before", "The horn honks and then, a second later, the dog barks.", YES),
    ("a car horn", "a dog barking", "after", "No, the horn came first.", NO),
    ("a telephone ringing", "a door knock", "before", "I can't tell which one came first.", ABSTAIN),
    ("rain", "thunder", "after", "yes thunder then rain", YES),
    ("glass breaking", "a scream", "after", "Initially there is a scream; the glass breaks later.", YES),
]

PAIRS: list[tuple[str, str]] = [
    ("It doesn't sound synthetic; it is the same person.", YES),
    ("Not the same person - the pitch and accent differ.", NO),
    ("Same speaker? I'd say no.", NO),
    ("yep same guy", YES),
    ("Both clips are the same woman speaking.", YES),
    ("They could be the same person or siblings; I can't be sure.", ABSTAIN),
    ("Different speakers.", NO),
    ("I can't compare voices from audio.", ABSTAIN),
    ("The second voice is not a different person; it's the first speaker with a cold.", YES),
    ("Negative, these are two distinct voices.", NO),
    ("I'm not certain, but I believe it's the same speaker.", YES),
    ("The voices are similar, but they belong to different people.", NO),
]
