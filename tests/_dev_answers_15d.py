"""A fourth batch for task h25 (issue 22), written after the third batch's fixes and committed before being scored:
replies that quote the question, answer several questions at once, describe timelines, give reasons before or after the
answer, and speak of the target in passing. Scored once as written (``tests/heldout_scores/dev_answers_15d_first_score.txt``).
Never edit a row to make it pass."""

from __future__ import annotations

YES, NO, ABSTAIN, UNPARSEABLE = "yes", "no", "abstain", "unparseable"

ANSWERS: list[tuple[str, str, str, str]] = [
    # quoting the question
    ("Dog", "a dog barking", '"Is there a dog barking?" - Yes, twice near the start.', YES),
    ("Dog", "a dog barking", "You asked whether a dog is barking. It isn't; the sound is a goose honking.", NO),
    ("Siren", "a siren", "To your question about a siren: I can't make one out over the wind, so I'm not sure.", ABSTAIN),
    # timelines
    ("Rain", "rain", "0:00-0:10 wind\n0:10-0:25 rain on a tin roof\n0:25-0:30 silence", YES),
    ("Thunder", "thunder", "0:00-0:10 wind\n0:10-0:25 rain on a tin roof\n0:25-0:30 silence", NO),
    ("Cat", "a cat",
     "Timeline: 0:02 door opens; 0:04 footsteps; 0:07 a cat meows; 0:09 door closes.", YES),
    # reasons around the answer
    ("Helicopter", "a helicopter", "Because the thumping has no rotor rhythm, no, it's not a helicopter.", NO),
    ("Helicopter", "a helicopter", "Yes, because of the steady rotor thump overhead.", YES),
    ("Frog", "frogs", "Since it's a daytime city recording, frogs are unlikely, and I don't hear any.", NO),
    # target in passing
    ("Dog", "a dog",
     "The recording is of a park. Children play, a ball bounces, and somewhere a dog barks once.", YES),
    ("Dog", "a dog",
     "The recording is of a park - children play and a ball bounces. It's the kind of place you'd see dogs, but none "
     "can be heard.", NO),
    ("Music", "music", "A radio is on, playing pop music softly under the conversation.", YES),
    ("Music", "music", "The radio is switched off, so there's no music, only conversation.", NO),
    # several questions at once
    ("Bird", "birds", "1) Birds? Yes, sparrows. 2) Wind? Light. 3) Traffic? None.", YES),
    ("Traffic noise, roadway noise", "traffic", "1) Birds? Yes, sparrows. 2) Wind? Light. 3) Traffic? None.", NO),
    # sibling / parent sounds
    ("Trumpet", "a trumpet", "A trombone plays a slow solo.", NO),
    ("Trumpet", "a trumpet", "Brass instruments - a trumpet and a tuba - play a fanfare.", YES),
    ("Goat", "a goat", "It's a sheep bleating, not a goat.", NO),
    ("Cattle, bovinae", "cattle", "Farm animals are audible, including cows mooing.", YES),
    # hedge vs assertion
    ("Glass", "glass breaking", "That definitely sounds like glass breaking.", YES),
    ("Glass", "glass breaking", "That might be glass breaking, or a plate dropped on tiles.", ABSTAIN),
    ("Snoring", "snoring", "I'm fairly sure it's snoring, though the room noise makes it a bit harder.", YES),
    ("Snoring", "snoring", "I'm not at all sure; it could be snoring or a fan.", ABSTAIN),
    # negation of perception vs of the sound
    ("Doorbell", "a doorbell", "I didn't catch any doorbell.", NO),
    ("Doorbell", "a doorbell", "I almost missed it, but there's a faint doorbell at 0:14.", YES),
    ("Doorbell", "a doorbell", "No one answers, but the doorbell rings three times.", YES),
    # numbers about the target
    ("Siren", "a siren", "Siren presence score: 12/100.", NO),
    ("Siren", "a siren", "Siren presence score: 91/100.", YES),
    # refusals and can't hear
    ("Gunshot, gunfire", "gunshots", "I'd rather not analyse content that may involve violence.", ABSTAIN),
    ("Gunshot, gunfire", "gunshots", "There's no audio attached to your message.", ABSTAIN),
]

COUNTS_WITH_TARGET: list[tuple[str, int | str, str]] = []
